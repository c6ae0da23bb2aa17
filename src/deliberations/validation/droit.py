"""Règles datées et seuils du droit : périodes dérogatoires, délais, articles.

Les périodes dérogatoires de la crise sanitaire (quorum au tiers, deux procurations par
mandataire) sont des **données** (``donnees/derogations.csv``), pas des branches de code.

>>> import datetime as dt
>>> derogation_au(dt.date(2021, 3, 1)).procurations_par_mandataire
2
>>> derogation_au(dt.date(2024, 9, 26)) is None
True
>>> quorum_requis(86), quorum_requis(86, derogation_au(dt.date(2021, 3, 1)))
(44, 29)
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from importlib import resources

import attrs

__all__ = [
    "DEPARTEMENTS_ALSACE_MOSELLE",
    "PeriodeDerogatoire",
    "derogation_au",
    "derogations",
    "quorum_requis",
]

DEPARTEMENTS_ALSACE_MOSELLE = frozenset({"57", "67", "68"})
"""Départements où s'appliquent les articles L2541-1 et suivants du CGCT."""


@attrs.frozen(kw_only=True)
class PeriodeDerogatoire:
    """Période où la loi a dérogé au quorum et au nombre de procurations."""

    debut: dt.date
    fin: dt.date
    quorum_numerateur: int
    quorum_denominateur: int
    procurations_par_mandataire: int
    source: str

    def couvre(self, jour: dt.date) -> bool:
        """Vrai si ``jour`` est dans la période (bornes incluses)."""
        return self.debut <= jour <= self.fin


@functools.cache
def derogations() -> tuple[PeriodeDerogatoire, ...]:
    """Les périodes dérogatoires connues, dans l'ordre."""
    texte = resources.files(__package__).joinpath("donnees/derogations.csv").read_text("utf-8")
    return tuple(
        PeriodeDerogatoire(
            debut=dt.date.fromisoformat(ligne["debut"]),
            fin=dt.date.fromisoformat(ligne["fin"]),
            quorum_numerateur=int(ligne["quorum_numerateur"]),
            quorum_denominateur=int(ligne["quorum_denominateur"]),
            procurations_par_mandataire=int(ligne["procurations_par_mandataire"]),
            source=ligne["source"],
        )
        for ligne in csv.DictReader(io.StringIO(texte))
    )


def derogation_au(jour: dt.date) -> PeriodeDerogatoire | None:
    """La période dérogatoire en vigueur le jour ``jour``, ou ``None``."""
    return next((p for p in derogations() if p.couvre(jour)), None)


def quorum_requis(en_exercice: int, derogation: PeriodeDerogatoire | None = None) -> int:
    """Nombre minimal de présents : plus de la moitié, ou la fraction dérogatoire.

    Hors dérogation : ``en_exercice // 2 + 1`` (11 → 6, 8 → 5). En période dérogatoire,
    le tiers des membres en exercice, arrondi à l'entier supérieur.
    """
    if derogation is None:
        return en_exercice // 2 + 1
    n, d = derogation.quorum_numerateur, derogation.quorum_denominateur
    return -(-en_exercice * n // d)
