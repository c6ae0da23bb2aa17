"""SIREN : identifiant à 9 chiffres d'une entreprise ou d'une collectivité.

Le dernier chiffre est une clé de Luhn. La vérification est celle de python-stdnum
(:mod:`stdnum.fr.siren`), les messages d'erreur sont en français.

>>> compact('218 601 946')
'218601946'
>>> validate('218601946')
'218601946'
>>> validate('21860194')
Traceback (most recent call last):
    ...
deliberations.erreurs.LongueurInvalide: SIREN 21860194 : un SIREN a 9 chiffres, pas 8.
>>> validate('218601947')
Traceback (most recent call last):
    ...
deliberations.erreurs.CleInvalide: SIREN 218601947 : la clé de contrôle est fausse.
>>> is_valid('218601946')
True
>>> format('218601946')
'218 601 946'
"""

from __future__ import annotations

from stdnum.fr import siren as _stdnum_siren

from deliberations.identifiants._commun import est_valide, exiger_chaine, valider_chiffres

__all__ = ["compact", "format", "is_valid", "validate"]


def compact(numero: str) -> str:
    """Retire espaces, points et tirets."""
    return str(_stdnum_siren.compact(exiger_chaine("SIREN", numero)))


def validate(numero: str) -> str:
    """Renvoie la forme compacte du SIREN ou lève une :class:`IdentifiantInvalide` précise."""
    return valider_chiffres("SIREN", 9, compact(numero), _stdnum_siren.validate)


def is_valid(numero: str) -> bool:
    """Vrai si ``numero`` est un SIREN valide."""
    return est_valide(validate, numero)


def format(numero: str) -> str:
    """Forme lisible ``218 601 946``."""
    valeur = compact(numero)
    return " ".join((valeur[0:3], valeur[3:6], valeur[6:]))
