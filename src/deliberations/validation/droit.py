"""Règles datées et seuils du droit : périodes dérogatoires, délais, articles.

Les périodes dérogatoires de la crise sanitaire (quorum au tiers, présents ou représentés
selon le texte, deux procurations par mandataire) sont des **données**
(``donnees/derogations.csv``), pas des branches de code ; de même les assemblées qui
peuvent compter des membres présents à distance, et depuis quand (``donnees/distance.csv``),
les seuils de demande d'un scrutin public ou secret (``donnees/demandes_scrutin.csv``) et
les règles qui dépendent d'un fait qu'un document peut taire (``donnees/non_etablis.csv``).

>>> import datetime as dt
>>> derogation_au(dt.date(2021, 3, 1)).procurations_par_mandataire
2
>>> derogation_au(dt.date(2024, 9, 26)) is None
True
>>> quorum_requis(86), quorum_requis(86, derogation_au(dt.date(2021, 3, 1)))
(44, 29)
>>> derogation_au(dt.date(2020, 5, 15)).quorum_compte
'presents_ou_representes'
>>> distance_permise(dt.date(2024, 9, 26), "commune", "commune", "conseil_municipal") is None
True
>>> distance_permise(dt.date(2024, 9, 26), "epci", "syndicat", "comite_syndical")
'CGCT art. L5211-11-1 (loi n° 2022-217 dite 3DS, art. 170)'
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from importlib import resources

import attrs

from deliberations.model.seance import FaitNonEtabli

__all__ = [
    "DEPARTEMENTS_ALSACE_MOSELLE",
    "PRESENTS",
    "PRESENTS_OU_REPRESENTES",
    "PeriodeDerogatoire",
    "derogation_au",
    "derogations",
    "distance_permise",
    "faits_non_etablis",
    "quorum_requis",
    "regle_delai_epci",
    "seuil_demande",
]

PRESENTS = "presents"
PRESENTS_OU_REPRESENTES = "presents_ou_representes"

DEPARTEMENTS_ALSACE_MOSELLE = frozenset({"57", "67", "68"})
"""Départements où s'appliquent les articles L2541-1 et suivants du CGCT."""


@attrs.frozen(kw_only=True)
class PeriodeDerogatoire:
    """Période où la loi a dérogé au quorum et au nombre de procurations."""

    debut: dt.date
    fin: dt.date
    quorum_numerateur: int
    quorum_denominateur: int
    quorum_compte: str
    quorum_compte_commission_permanente: str
    quorum_compte_installation: str
    procurations_par_mandataire: int
    source: str

    def couvre(self, jour: dt.date) -> bool:
        """Vrai si ``jour`` est dans la période (bornes incluses)."""
        return self.debut <= jour <= self.fin

    def compte(self, commission_permanente: bool, installation: bool = False) -> str:
        """Qui compte pour le quorum : ``presents`` ou ``presents_ou_representes`` (pour une
        commission permanente, ou pour la séance d'installation qui élit le maire)."""
        if commission_permanente:
            return self.quorum_compte_commission_permanente
        return self.quorum_compte_installation if installation else self.quorum_compte


def _lignes(nom: str) -> list[dict[str, str]]:
    texte = resources.files(__package__).joinpath(f"donnees/{nom}").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(texte)))


@functools.cache
def derogations() -> tuple[PeriodeDerogatoire, ...]:
    """Les périodes dérogatoires connues, dans l'ordre."""
    return tuple(
        PeriodeDerogatoire(
            debut=dt.date.fromisoformat(ligne["debut"]),
            fin=dt.date.fromisoformat(ligne["fin"]),
            quorum_numerateur=int(ligne["quorum_numerateur"]),
            quorum_denominateur=int(ligne["quorum_denominateur"]),
            quorum_compte=ligne["quorum_compte"],
            quorum_compte_commission_permanente=ligne["quorum_compte_commission_permanente"],
            quorum_compte_installation=ligne["quorum_compte_installation"],
            procurations_par_mandataire=int(ligne["procurations_par_mandataire"]),
            source=ligne["source"],
        )
        for ligne in _lignes("derogations.csv")
    )


def _couvre(valeur: str, cle: str) -> bool:
    return valeur == "*" or cle in valeur.split()


def distance_permise(jour: dt.date, famille: str, type_: str, organe: str) -> str | None:
    """Le texte qui permet de compter des membres présents à distance ce jour-là, ou ``None``.

    Une commune ne le peut que pendant les périodes de la crise sanitaire ; un EPCI à
    fiscalité propre depuis 2019 (L5211-11-1), tout EPCI, les départements et les régions
    depuis le 1er août 2022 (loi 3DS).
    """
    for ligne in _lignes("distance.csv"):
        fin = dt.date.fromisoformat(ligne["fin"]) if ligne["fin"] else dt.date.max
        if (
            dt.date.fromisoformat(ligne["debut"]) <= jour <= fin
            and _couvre(ligne["familles"], famille)
            and _couvre(ligne["types"], type_)
            and _couvre(ligne["organes"], organe)
        ):
            return ligne["source"]
    return None


def regle_delai_epci(jour: dt.date) -> tuple[str, str]:
    """La règle du délai de convocation d'un EPCI ce jour-là (``selon_communes_membres`` :
    5 jours francs si l'EPCI comprend une commune de 3 500 habitants ou plus, 3 sinon ;
    ``communes_3500`` : 5 jours francs) et son texte (``donnees/delais_epci.csv``).

    >>> regle_delai_epci(dt.date(2016, 3, 14))[0], regle_delai_epci(dt.date(2024, 9, 26))[0]
    ('selon_communes_membres', 'communes_3500')
    """
    for ligne in _lignes("delais_epci.csv"):
        fin = dt.date.fromisoformat(ligne["fin"]) if ligne["fin"] else dt.date.max
        if dt.date.fromisoformat(ligne["debut"]) <= jour <= fin:
            return ligne["regle"], ligne["source"]
    return "communes_3500", "CGCT art. L5211-1"


def seuil_demande(famille: str, mode: str) -> tuple[int, int, str] | None:
    """Fraction des membres présents qui peut exiger un scrutin ``public`` ou ``secret``
    (numérateur, dénominateur, article), ou ``None`` si le texte n'en fixe pas ici."""
    for ligne in _lignes("demandes_scrutin.csv"):
        if ligne["famille"] == famille and ligne["mode"] == mode:
            return int(ligne["numerateur"]), int(ligne["denominateur"]), ligne["source"]
    return None


@functools.cache
def faits_non_etablis() -> dict[str, tuple[str, frozenset[str]]]:
    """Pour chaque fait qu'un document peut taire (:class:`~deliberations.model.FaitNonEtabli`) :
    son libellé et les codes de constats qui en dépendent (``donnees/non_etablis.csv``)."""
    codes: dict[FaitNonEtabli, set[str]] = {fait: set() for fait in FaitNonEtabli}
    for ligne in _lignes("non_etablis.csv"):
        if ligne["code"]:
            codes[FaitNonEtabli(ligne["fait"])].add(ligne["code"])
    return {fait.value: (fait.libelle, frozenset(codes[fait])) for fait in FaitNonEtabli}


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
