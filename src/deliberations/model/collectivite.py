"""Collectivités territoriales et groupements.

>>> from deliberations.model import Collectivite, TypeCollectivite
>>> dijon = Collectivite(
...     nom="Dijon métropole", type=TypeCollectivite.METROPOLE,
...     siren="242100410", departement="21")
>>> dijon.siren, dijon.famille
(Siren('242100410'), 'epci')
>>> Collectivite(nom="X", type=TypeCollectivite.COMMUNE, siret="21860194600013",
...              siren="242100410")
Traceback (most recent call last):
    ...
deliberations.model._validateurs.InvariantViole: siret : le SIRET 21860194600013 n'appartient pas au SIREN 242100410.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from deliberations.erreurs import EnumerationFrancaise
from deliberations.identifiants import CodeDepartement, Siren, Siret, arrondissement
from deliberations.model._validateurs import (
    InvariantViole,
    garde,
    non_vide,
    texte,
    verifier_types,
)


class TypeCollectivite(EnumerationFrancaise, str, enum.Enum):
    """Catégorie juridique de la collectivité ou du groupement."""

    COMMUNE = "commune"
    COMMUNAUTE_DE_COMMUNES = "communaute_de_communes"
    COMMUNAUTE_D_AGGLOMERATION = "communaute_d_agglomeration"
    COMMUNAUTE_URBAINE = "communaute_urbaine"
    METROPOLE = "metropole"
    METROPOLE_DE_LYON = "metropole_de_lyon"
    SYNDICAT = "syndicat"
    DEPARTEMENT = "departement"
    REGION = "region"
    COLLECTIVITE_STATUT_PARTICULIER = "collectivite_statut_particulier"

    @property
    def libelle(self) -> str:
        """Intitulé en français."""
        return _LIBELLES[self]

    @property
    def famille(self) -> str:
        """Famille de règles du CGCT : ``commune``, ``epci``, ``departement`` ou ``region``.

        La métropole de Lyon et les collectivités à statut particulier suivent, pour les
        règles de séance, celles des départements et des régions (famille ``departement``
        pour Lyon, ``region`` pour les autres).
        """
        return _FAMILLES[self]


_LIBELLES = {
    TypeCollectivite.COMMUNE: "commune",
    TypeCollectivite.COMMUNAUTE_DE_COMMUNES: "communauté de communes",
    TypeCollectivite.COMMUNAUTE_D_AGGLOMERATION: "communauté d'agglomération",
    TypeCollectivite.COMMUNAUTE_URBAINE: "communauté urbaine",
    TypeCollectivite.METROPOLE: "métropole",
    TypeCollectivite.METROPOLE_DE_LYON: "métropole de Lyon",
    TypeCollectivite.SYNDICAT: "syndicat",
    TypeCollectivite.DEPARTEMENT: "département",
    TypeCollectivite.REGION: "région",
    TypeCollectivite.COLLECTIVITE_STATUT_PARTICULIER: "collectivité à statut particulier",
}
_FAMILLES = {
    TypeCollectivite.COMMUNE: "commune",
    TypeCollectivite.COMMUNAUTE_DE_COMMUNES: "epci",
    TypeCollectivite.COMMUNAUTE_D_AGGLOMERATION: "epci",
    TypeCollectivite.COMMUNAUTE_URBAINE: "epci",
    TypeCollectivite.METROPOLE: "epci",
    TypeCollectivite.METROPOLE_DE_LYON: "departement",
    TypeCollectivite.SYNDICAT: "epci",
    TypeCollectivite.DEPARTEMENT: "departement",
    TypeCollectivite.REGION: "region",
    TypeCollectivite.COLLECTIVITE_STATUT_PARTICULIER: "region",
}


def _siren(valeur: str | None) -> Siren | None:
    return None if valeur is None else Siren(valeur)


def _siret(valeur: str | None) -> Siret | None:
    return None if valeur is None else Siret(valeur)


def _departement(valeur: str | None) -> CodeDepartement | None:
    return None if valeur is None else CodeDepartement(valeur)


def _arrondissement(valeur: str | None) -> str | None:
    return None if valeur is None else arrondissement.validate(valeur)


@garde("v is None or (type(v) is int and v >= 0)")
def _population(instance: Any, attribut: attrs.Attribute[int | None], valeur: int | None) -> None:
    if valeur is not None and (
        isinstance(valeur, bool) or not isinstance(valeur, int) or valeur < 0
    ):
        raise InvariantViole(
            "population", f"un nombre d'habitants positif est attendu ({valeur!r})."
        )


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Collectivite:
    """Une collectivité ou un groupement qui délibère.

    ``type`` est facultatif (un fichier SCDL ne le donne pas) ; ``siren`` et ``siret`` aussi (un extrait ne les donne pas toujours) ; quand
    les deux sont donnés, le SIRET doit commencer par le SIREN.
    """

    nom: str = attrs.field(converter=texte, validator=non_vide)
    type: TypeCollectivite | None = attrs.field(
        default=None, converter=attrs.converters.optional(TypeCollectivite)
    )
    siren: Siren | None = attrs.field(default=None, converter=_siren)
    siret: Siret | None = attrs.field(default=None, converter=_siret)
    departement: CodeDepartement | None = attrs.field(default=None, converter=_departement)
    arrondissement: str | None = attrs.field(default=None, converter=_arrondissement)
    population: int | None = attrs.field(default=None, validator=_population)

    def __attrs_post_init__(self) -> None:
        if self.siren is not None and self.siret is not None and self.siret.siren != self.siren:
            raise InvariantViole(
                "siret", f"le SIRET {self.siret} n'appartient pas au SIREN {self.siren}."
            )

    @property
    def siren_effectif(self) -> Siren | None:
        """Le SIREN donné, ou celui que contient le SIRET."""
        if self.siren is not None:
            return self.siren
        return self.siret.siren if self.siret is not None else None

    @property
    def famille(self) -> str | None:
        """Famille de règles du CGCT (voir :attr:`TypeCollectivite.famille`), ``None`` si le
        type est inconnu (un fichier SCDL ne le donne pas)."""
        return self.type.famille if self.type is not None else None
