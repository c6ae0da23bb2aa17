"""Exceptions du paquet.

Toutes les exceptions levées volontairement par la bibliothèque dérivent de
:class:`ErreurDeliberations`. Celles qui signalent une valeur mal formée dérivent aussi de
:class:`ValueError`, pour que le code existant qui attrape ``ValueError`` continue de marcher.

>>> from deliberations.erreurs import CleInvalide, IdentifiantInvalide
>>> issubclass(CleInvalide, IdentifiantInvalide) and issubclass(CleInvalide, ValueError)
True
"""

from __future__ import annotations

__all__ = [
    "CleInvalide",
    "ComposantInvalide",
    "DonneesInvalides",
    "ElementIntrouvable",
    "EnumerationFrancaise",
    "ErreurDeliberations",
    "FichierIllisible",
    "FormatInvalide",
    "IdentifiantInvalide",
    "LongueurInvalide",
    "ValeurNonPermise",
    "message_systeme",
]


class ErreurDeliberations(Exception):
    """Racine de toutes les erreurs de la bibliothèque."""


class IdentifiantInvalide(ErreurDeliberations, ValueError):
    """Un identifiant (SIREN, SIRET, département…) n'est pas valide."""


class LongueurInvalide(IdentifiantInvalide):
    """L'identifiant n'a pas le bon nombre de caractères."""


class FormatInvalide(IdentifiantInvalide):
    """L'identifiant contient des caractères non permis ou n'a pas la forme attendue."""


class CleInvalide(IdentifiantInvalide):
    """La clé de contrôle de l'identifiant est fausse."""


class ComposantInvalide(IdentifiantInvalide):
    """Une partie de l'identifiant n'existe pas (par exemple un département inconnu)."""


class DonneesInvalides(ErreurDeliberations, ValueError):
    """Des données (JSON, dictionnaire…) ne décrivent pas un objet valide du modèle.

    ``chemin`` désigne l'endroit fautif, par exemple
    ``seances[0].procurations[3].mandataire`` ; ``message`` dit ce qui ne va pas.
    """

    def __init__(self, chemin: str, message: str) -> None:
        self.chemin = chemin
        self.message = message
        lieu = chemin if chemin else "(racine)"
        super().__init__(f"{lieu} : {message}")


class FichierIllisible(ErreurDeliberations):
    """Un fichier ne peut pas être lu (absent, encodage, syntaxe JSON ou XML…)."""

    def __init__(self, fichier: str, message: str) -> None:
        self.fichier = fichier
        self.message = message
        super().__init__(f"{fichier} : {message}")


def message_systeme(erreur: OSError) -> str:
    """Message français pour une erreur d'accès à un fichier.

    >>> message_systeme(FileNotFoundError(2, "No such file or directory"))
    'fichier introuvable'
    """
    if isinstance(erreur, FileNotFoundError):
        return "fichier introuvable"
    if isinstance(erreur, PermissionError):
        return "accès refusé"
    if isinstance(erreur, IsADirectoryError):
        return "c'est un dossier, pas un fichier"
    return f"lecture impossible ({erreur.strerror or erreur})"


class ElementIntrouvable(ErreurDeliberations, KeyError):
    """Un élément demandé par sa clé (numéro de délibération…) n'existe pas.

    C'est aussi une `KeyError`, pour le code qui l'attrapait déjà.

    >>> str(ElementIntrouvable("Aucune délibération n° 12."))
    'Aucune délibération n° 12.'
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class ValeurNonPermise(ErreurDeliberations, ValueError):
    """Une valeur n'est pas l'une de celles d'une énumération ; le message les liste."""


class EnumerationFrancaise:
    """Mélange pour les énumérations du paquet : une valeur inconnue lève
    `ValeurNonPermise`, en français, avec la liste des valeurs permises.

    >>> import enum
    >>> class Couleur(EnumerationFrancaise, str, enum.Enum):
    ...     BLEU = "bleu"
    ...     ROUGE = "rouge"
    >>> Couleur("vert")
    Traceback (most recent call last):
        ...
    deliberations.erreurs.ValeurNonPermise: 'vert' n'est pas une valeur permise de Couleur ; valeurs permises : bleu, rouge.
    """

    @classmethod
    def _missing_(cls, valeur: object) -> None:
        permises = ", ".join(str(m.value) for m in cls)  # type: ignore[attr-defined]
        raise ValeurNonPermise(
            f"{valeur!r} n'est pas une valeur permise de {cls.__name__} ; "
            f"valeurs permises : {permises}."
        )
