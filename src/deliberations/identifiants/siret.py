"""SIRET : identifiant à 14 chiffres d'un établissement (SIREN + NIC).

La clé de Luhn porte sur les 14 chiffres ; pour La Poste (SIREN ``356000000``) la somme
des chiffres doit être un multiple de 5. La vérification est celle de python-stdnum
(:mod:`stdnum.fr.siret`), la même que Validata.

>>> validate('218 601 946 00013')
'21860194600013'
>>> validate('2186019460001')
Traceback (most recent call last):
    ...
deliberations.erreurs.LongueurInvalide: SIRET 2186019460001 : un SIRET a 14 chiffres, pas 13.
>>> is_valid('21860194600014')
False
>>> is_valid('35600000000048')
True
>>> format('21860194600013')
'218 601 946 00013'
"""

from __future__ import annotations

from stdnum.fr import siret as _stdnum_siret

from deliberations.identifiants._commun import est_valide, exiger_chaine, valider_chiffres

__all__ = ["compact", "format", "is_valid", "validate"]


def compact(numero: str) -> str:
    """Retire espaces, points et tirets."""
    return str(_stdnum_siret.compact(exiger_chaine("SIRET", numero)))


def validate(numero: str) -> str:
    """Renvoie la forme compacte du SIRET ou lève une :class:`IdentifiantInvalide` précise."""
    return valider_chiffres("SIRET", 14, compact(numero), _stdnum_siret.validate)


def is_valid(numero: str) -> bool:
    """Vrai si ``numero`` est un SIRET valide."""
    return est_valide(validate, numero)


def format(numero: str) -> str:
    """Forme lisible ``218 601 946 00013``."""
    valeur = compact(numero)
    return " ".join((valeur[0:3], valeur[3:6], valeur[6:9], valeur[9:]))
