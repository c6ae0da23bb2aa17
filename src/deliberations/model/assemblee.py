"""Assemblées délibérantes et leurs membres.

>>> import datetime as dt
>>> from deliberations.model import Assemblee, Collectivite, Elu, Mandat, Organe
>>> c = Collectivite(nom="Ville d'Exemple", type="commune")
>>> a = Assemblee(collectivite=c, organe=Organe.CONSEIL_MUNICIPAL, mandats=[
...     Mandat(elu=Elu(nom="A")), Mandat(elu=Elu(nom="B"), fin=dt.date(2024, 1, 31))])
>>> len(a.membres_en_exercice(dt.date(2024, 6, 1)))
1
>>> a.trouver(Elu(nom="a")).elu.nom
'A'
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from deliberations.erreurs import EnumerationFrancaise
from deliberations.model._validateurs import InvariantViole, tuple_de, verifier_types
from deliberations.model.collectivite import Collectivite
from deliberations.model.elus import Elu, Mandat, RoleMandat


class Organe(EnumerationFrancaise, str, enum.Enum):
    """Organe délibérant."""

    CONSEIL_MUNICIPAL = "conseil_municipal"
    CONSEIL_COMMUNAUTAIRE = "conseil_communautaire"
    CONSEIL_METROPOLITAIN = "conseil_metropolitain"
    CONSEIL_DEPARTEMENTAL = "conseil_departemental"
    CONSEIL_REGIONAL = "conseil_regional"
    COMITE_SYNDICAL = "comite_syndical"
    BUREAU = "bureau"
    COMMISSION_PERMANENTE = "commission_permanente"

    @property
    def libelle(self) -> str:
        """Intitulé en français (« conseil métropolitain »…)."""
        return {
            Organe.CONSEIL_MUNICIPAL: "conseil municipal",
            Organe.CONSEIL_COMMUNAUTAIRE: "conseil communautaire",
            Organe.CONSEIL_METROPOLITAIN: "conseil métropolitain",
            Organe.CONSEIL_DEPARTEMENTAL: "conseil départemental",
            Organe.CONSEIL_REGIONAL: "conseil régional",
            Organe.COMITE_SYNDICAL: "comité syndical",
            Organe.BUREAU: "bureau",
            Organe.COMMISSION_PERMANENTE: "commission permanente",
        }[self]


def _effectif(instance: Any, attribut: attrs.Attribute[int | None], valeur: int | None) -> None:
    if valeur is not None and (
        isinstance(valeur, bool) or not isinstance(valeur, int) or valeur < 1
    ):
        raise InvariantViole(
            "effectif_legal", f"un effectif d'au moins 1 est attendu ({valeur!r})."
        )


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Assemblee:
    """L'assemblée d'une collectivité : son organe, ses mandats, son effectif légal."""

    collectivite: Collectivite
    organe: Organe = attrs.field(converter=Organe)
    mandats: tuple[Mandat, ...] = attrs.field(default=(), converter=tuple_de)
    effectif_legal: int | None = attrs.field(default=None, validator=_effectif)

    def membres_en_exercice(self, jour: dt.date) -> tuple[Mandat, ...]:
        """Mandats de titulaires en cours le jour ``jour`` (les sièges vacants n'y sont pas)."""
        return tuple(m for m in self.mandats if m.role is RoleMandat.TITULAIRE and m.en_cours(jour))

    def trouver(self, elu: Elu, jour: dt.date | None = None) -> Mandat | None:
        """Le mandat de ``elu`` (en cours le jour ``jour`` s'il est donné), ou ``None``.

        Quand plusieurs mandats correspondent (homonymes sans prénom), le premier dont la
        clé complète est identique l'emporte.
        """
        candidats = [
            m for m in self.mandats if m.elu.correspond(elu) and (jour is None or m.en_cours(jour))
        ]
        for m in candidats:
            if m.elu.cle == elu.cle:
                return m
        return candidats[0] if candidats else None
