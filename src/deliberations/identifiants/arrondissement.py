"""Numéro d'arrondissement (un chiffre, tel que l'écrit le protocole ACTES).

>>> validate(' 2 ')
'2'
>>> validate('12')
Traceback (most recent call last):
    ...
deliberations.erreurs.FormatInvalide: Arrondissement 12 : un arrondissement est un seul chiffre (0 à 9).
>>> is_valid('0')
True
"""

from __future__ import annotations

from deliberations.erreurs import FormatInvalide
from deliberations.identifiants._commun import est_valide, exiger_chaine

__all__ = ["compact", "format", "is_valid", "validate"]


def compact(numero: str) -> str:
    """Retire les espaces."""
    return exiger_chaine("Arrondissement", numero).strip()


def validate(numero: str) -> str:
    """Renvoie le chiffre de l'arrondissement ou lève :class:`FormatInvalide`."""
    valeur = compact(numero)
    if len(valeur) != 1 or valeur not in "0123456789":
        raise FormatInvalide(
            f"Arrondissement {valeur} : un arrondissement est un seul chiffre (0 à 9)."
        )
    return valeur


def is_valid(numero: str) -> bool:
    """Vrai si ``numero`` est un numéro d'arrondissement valide."""
    return est_valide(validate, numero)


def format(numero: str) -> str:
    """Forme lisible (le chiffre)."""
    return compact(numero)
