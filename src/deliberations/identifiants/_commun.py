"""Outils partagés par les modules d'identifiants."""

from __future__ import annotations

from collections.abc import Callable

from stdnum import exceptions as stdnum_exceptions

from deliberations.erreurs import (
    CleInvalide,
    ComposantInvalide,
    FormatInvalide,
    IdentifiantInvalide,
    LongueurInvalide,
)


def exiger_chaine(nom: str, valeur: object) -> str:
    """Renvoie ``valeur`` si c'est une chaîne, sinon lève :class:`FormatInvalide`."""
    if not isinstance(valeur, str):
        raise FormatInvalide(f"{nom} : une chaîne de caractères est attendue.")
    return valeur


def valider_chiffres(nom: str, longueur: int, valeur: str, fonction: Callable[[str], str]) -> str:
    """Contrôles communs au SIREN et au SIRET : chiffres seuls, longueur, puis python-stdnum."""
    if not valeur.isascii() or not valeur.isdigit():
        raise FormatInvalide(f"{nom} {valeur} : seuls des chiffres sont permis.")
    if len(valeur) != longueur:
        raise LongueurInvalide(
            f"{nom} {valeur} : un {nom} a {longueur} chiffres, pas {len(valeur)}."
        )
    return traduire_stdnum(nom, fonction, valeur)


def est_valide(validate: Callable[[str], str], numero: str) -> bool:
    """Vrai si ``validate(numero)`` ne lève pas d':class:`IdentifiantInvalide`."""
    try:
        validate(numero)
    except IdentifiantInvalide:
        return False
    return True


def traduire_stdnum(nom: str, fonction: Callable[[str], str], valeur: str) -> str:
    """Appelle une fonction ``validate`` de python-stdnum et traduit ses exceptions."""
    try:
        return fonction(valeur)
    except stdnum_exceptions.InvalidLength:
        raise LongueurInvalide(f"{nom} {valeur} : la longueur est incorrecte.") from None
    except stdnum_exceptions.InvalidChecksum:
        raise CleInvalide(f"{nom} {valeur} : la clé de contrôle est fausse.") from None
    except stdnum_exceptions.InvalidComponent:
        raise ComposantInvalide(f"{nom} {valeur} : une partie du numéro est invalide.") from None
    except stdnum_exceptions.InvalidFormat:
        raise FormatInvalide(f"{nom} {valeur} : seuls des chiffres sont permis.") from None
    except stdnum_exceptions.ValidationError:  # pragma: no cover - filet de sécurité
        raise IdentifiantInvalide(f"{nom} {valeur} : valeur invalide.") from None
