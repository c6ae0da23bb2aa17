"""Identifiants des collectivités : SIREN, SIRET, département, arrondissement ; identifiant
d'acte @CTES (:mod:`~deliberations.identifiants.acte`).

Chaque module suit l'interface de python-stdnum : ``compact`` (forme sans séparateurs),
``validate`` (renvoie la forme compacte ou lève une exception précise), ``is_valid`` et
``format`` (forme lisible). Les classes :class:`Siren`, :class:`Siret` et
:class:`CodeDepartement` sont des chaînes validées à la construction : une instance
existe seulement si la valeur est valide.

>>> Siren("218 601 946")
Siren('218601946')
>>> Siren("218601947")
Traceback (most recent call last):
    ...
deliberations.erreurs.CleInvalide: SIREN 218601947 : la clé de contrôle est fausse.
>>> CodeDepartement("2a").actes
'02A'
"""

from __future__ import annotations

from deliberations.erreurs import FormatInvalide
from deliberations.identifiants import acte, arrondissement, departement, siren, siret


class _Identifiant(str):
    """Chaîne validée ; sous-classée pour chaque type d'identifiant."""

    __slots__ = ()

    @staticmethod
    def _valider(valeur: str) -> str:  # pragma: no cover - toujours redéfinie
        raise NotImplementedError

    def __new__(cls, valeur: str) -> _Identifiant:
        if not isinstance(valeur, str):
            raise _type_invalide(cls.__name__, valeur)
        return super().__new__(cls, cls._valider(valeur))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str.__repr__(self)})"

    def formate(self) -> str:
        """Forme lisible de l'identifiant."""
        return str(self)


def _type_invalide(nom: str, valeur: object) -> FormatInvalide:
    return FormatInvalide(
        f"{nom} : une chaîne de caractères est attendue, pas {type(valeur).__name__}."
    )


class Siren(_Identifiant):
    """Numéro SIREN (9 chiffres, clé de Luhn)."""

    __slots__ = ()

    @staticmethod
    def _valider(valeur: str) -> str:
        return siren.validate(valeur)

    def formate(self) -> str:
        """Forme ``218 601 946``."""
        return siren.format(self)


class Siret(_Identifiant):
    """Numéro SIRET (14 chiffres : SIREN et NIC ; règle particulière de La Poste)."""

    __slots__ = ()

    @staticmethod
    def _valider(valeur: str) -> str:
        return siret.validate(valeur)

    @property
    def siren(self) -> Siren:
        """Le SIREN contenu dans le SIRET."""
        return Siren(self[:9])

    def formate(self) -> str:
        """Forme ``218 601 946 00013``."""
        return siret.format(self)


class CodeDepartement(_Identifiant):
    """Code de département : ``01`` à ``95`` (sans ``20``), ``2A``, ``2B``, ``971`` à ``976``."""

    __slots__ = ()

    @staticmethod
    def _valider(valeur: str) -> str:
        return departement.validate(valeur)

    @property
    def actes(self) -> str:
        """Forme sur trois caractères du protocole ACTES (``021``, ``02A``, ``974``)."""
        return departement.format_actes(self)


__all__ = [
    "CodeDepartement",
    "Siren",
    "Siret",
    "acte",
    "arrondissement",
    "departement",
    "siren",
    "siret",
]
