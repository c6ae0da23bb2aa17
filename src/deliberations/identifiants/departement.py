"""Code de département français.

Codes valides : ``01`` à ``95`` sauf ``20`` (la Corse est ``2A`` et ``2B``), et les
départements d'outre-mer ``971`` à ``976``. La forme compacte est celle de l'INSEE ;
le protocole ACTES écrit le code sur trois caractères (:func:`format_actes`).

>>> validate('21')
'21'
>>> validate(' 2a ')
'2A'
>>> validate('021')
'21'
>>> validate('20')
Traceback (most recent call last):
    ...
deliberations.erreurs.ComposantInvalide: Département 20 : ce code n'existe pas (la Corse est 2A ou 2B).
>>> format_actes('2A'), format_actes('974'), format_actes('1')
('02A', '974', '001')
"""

from __future__ import annotations

from deliberations.erreurs import ComposantInvalide, FormatInvalide
from deliberations.identifiants._commun import est_valide, exiger_chaine

__all__ = ["CODES", "compact", "format", "format_actes", "is_valid", "validate"]

CODES: frozenset[str] = frozenset(
    [f"{n:02d}" for n in range(1, 96) if n != 20] + ["2A", "2B"] + [str(n) for n in range(971, 977)]
)
"""Tous les codes de département valides, en forme compacte."""


def compact(code: str) -> str:
    """Forme INSEE : majuscules, sans espaces, zéro de tête des formes ACTES retiré."""
    valeur = exiger_chaine("Département", code).strip().upper().replace(" ", "")
    if len(valeur) == 3 and valeur.startswith("0"):
        valeur = valeur[1:]
    if len(valeur) == 1 and valeur.isdigit():
        valeur = "0" + valeur
    return valeur


def validate(code: str) -> str:
    """Renvoie la forme compacte du code ou lève une :class:`IdentifiantInvalide` précise."""
    valeur = compact(code)
    if not valeur or not valeur.isascii() or not valeur.isalnum():
        raise FormatInvalide(
            f"Département {valeur!r} : seuls des chiffres (et A ou B) sont permis."
        )
    if valeur not in CODES:
        precision = " (la Corse est 2A ou 2B)" if valeur == "20" else ""
        raise ComposantInvalide(f"Département {valeur} : ce code n'existe pas{precision}.")
    return valeur


def is_valid(code: str) -> bool:
    """Vrai si ``code`` est un code de département valide."""
    return est_valide(validate, code)


def format(code: str) -> str:
    """Forme lisible (la forme INSEE)."""
    return compact(code)


def format_actes(code: str) -> str:
    """Forme sur trois caractères du protocole ACTES : ``021``, ``02A``, ``974``."""
    return compact(code).rjust(3, "0")
