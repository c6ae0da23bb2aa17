"""Exceptions du paquet.

Toutes les exceptions levées volontairement par la bibliothèque dérivent de
:class:`ErreurDeliberations`. Celles qui signalent une valeur mal formée dérivent aussi de
:class:`ValueError`, pour que le code existant qui attrape ``ValueError`` continue de marcher.

>>> from deliberations.erreurs import CleInvalide, IdentifiantInvalide
>>> issubclass(CleInvalide, IdentifiantInvalide) and issubclass(CleInvalide, ValueError)
True
"""

from __future__ import annotations

import csv
import errno
import functools
import io
from importlib import resources

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
    "message_exception",
    "message_json",
    "message_systeme",
    "message_xml",
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
    connu = _ERRNO.get(erreur.errno or 0)
    if connu:
        return connu
    return f"accès impossible (erreur système {erreur.errno})"


_ERRNO = {
    errno.ENOSPC: "plus de place sur le disque ou le périphérique",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.ELOOP: "trop de liens symboliques",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.EROFS: "système de fichiers en lecture seule",
    errno.EIO: "erreur d'entrée-sortie du périphérique",
    errno.EPIPE: "la sortie a été fermée",
    errno.EEXIST: "le fichier existe déjà",
    errno.EFBIG: "fichier trop grand pour le système",
    errno.EDQUOT: "quota de disque dépassé",
}


# Messages français des exceptions connues de la bibliothèque standard et de ses analyseurs :
# une seule table, pour que jamais un message anglais (« Expecting value »…) n'atteigne
# l'utilisateur. Les clés sont les débuts des messages anglais de ``json``.
_MESSAGES_JSON = {
    "Expecting value": "une valeur est attendue",
    "Expecting property name enclosed in double quotes": (
        "un nom de champ entre guillemets droits est attendu"
    ),
    "Expecting ':' delimiter": "« : » est attendu",
    "Expecting ',' delimiter": "« , » est attendu",
    "Unterminated string starting at": "chaîne non terminée",
    "Invalid control character at": "caractère de contrôle non échappé dans une chaîne",
    "Invalid \\escape": "séquence d'échappement invalide",
    "Invalid \\uXXXX escape": "séquence \\uXXXX invalide",
    "Extra data": "texte en trop après la fin du JSON",
    "Illegal trailing comma before end of object": "virgule en trop avant la fin de l'objet",
    "Illegal trailing comma before end of array": "virgule en trop avant la fin de la liste",
}


def message_json(anglais: str) -> str:
    """Traduit le message d'une :class:`json.JSONDecodeError`.

    >>> message_json("Expecting value")
    'une valeur est attendue'
    >>> message_json("Quelque chose d'inédit")
    'syntaxe invalide'
    """
    for debut, francais in _MESSAGES_JSON.items():
        if anglais.startswith(debut):
            return francais
    return "syntaxe invalide"


@functools.cache
def _messages_xml() -> dict[int, str]:
    texte = resources.files("deliberations").joinpath("donnees/erreurs_xml.csv").read_text("utf-8")
    return {int(ligne["code"]): ligne["message"] for ligne in csv.DictReader(io.StringIO(texte))}


def message_xml(code: int) -> str:
    """Message français d'une erreur de syntaxe XML de libxml2, d'après son code (table
    ``donnees/erreurs_xml.csv``), pour que le message anglais n'atteigne pas l'utilisateur.

    >>> message_xml(4)
    'document vide ou ne commençant pas par une balise « < »'
    >>> message_xml(9999)
    'syntaxe XML invalide (erreur libxml2 n° 9999)'
    """
    return _messages_xml().get(code, f"syntaxe XML invalide (erreur libxml2 n° {code})")


def message_exception(erreur: BaseException) -> str:
    """Message français d'une exception connue (mémoire, récursion, entiers trop longs,
    accès aux fichiers, encodage…), ou une description neutre avec son type sinon.

    >>> message_exception(MemoryError())
    'mémoire insuffisante pour traiter cette entrée'
    >>> message_exception(RecursionError("maximum recursion depth exceeded"))
    'structure trop imbriquée pour être traitée'
    """
    if isinstance(erreur, ErreurDeliberations):
        return str(erreur)
    if isinstance(erreur, MemoryError):
        return "mémoire insuffisante pour traiter cette entrée"
    if isinstance(erreur, RecursionError):
        return "structure trop imbriquée pour être traitée"
    if isinstance(erreur, OSError):
        return message_systeme(erreur)
    if isinstance(erreur, UnicodeError):
        return "texte dans un encodage inattendu"
    if isinstance(erreur, ValueError) and "integer string conversion" in str(erreur):
        return "nombre trop long (plus de 4 300 chiffres)"
    return f"erreur inattendue ({type(erreur).__name__})"


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
