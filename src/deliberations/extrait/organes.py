"""Les noms des organes délibérants tels que les textes les écrivent, lus une fois de
``donnees/organes.csv`` : une ligne par nom (forme minuscule sans accents), l'organe du modèle
qu'il désigne et s'il est une assemblée plénière (« conseil municipal ») ou une instance
déléguée (« commission permanente », « bureau communautaire »).

Les expressions de l'analyseur qui citent des organes (titres datés, organe qui délibère,
suite d'un en-tête) prennent leurs noms ici plutôt que de les recopier.

>>> motif(organes={Organe.COMITE_SYNDICAL})
"(?:comite[\\\\s'’]+syndical|conseil[\\\\s'’]+syndical)"
>>> import re
>>> bool(re.fullmatch(motif(plenieres=True), "conseil general"))
True
>>> re.fullmatch(motif(plenieres=True), "commission permanente") is None
True
"""

from __future__ import annotations

import csv
from collections.abc import Container
from importlib import resources

import attrs

from deliberations.model import Organe

__all__ = ["NOMS", "NomOrgane", "motif"]


@attrs.frozen
class NomOrgane:
    """Un nom d'organe : ``nom`` (minuscules sans accents, mots séparés d'une espace),
    ``organe`` désigné, ``pleniere`` (assemblée plénière, ou instance déléguée)."""

    nom: str
    organe: Organe
    pleniere: bool


def _lire() -> tuple[NomOrgane, ...]:
    texte = resources.files("deliberations.extrait").joinpath("donnees/organes.csv").read_text("utf-8")
    return tuple(
        NomOrgane(rangee["nom"], Organe(rangee["organe"]), rangee["pleniere"] == "oui")
        for rangee in csv.DictReader(texte.splitlines())
    )


NOMS: tuple[NomOrgane, ...] = _lire()


def motif(
    *,
    organes: Container[Organe] | None = None,
    sauf: Container[Organe] = (),
    plenieres: bool | None = None,
) -> str:
    """L'alternative (groupe non capturant) des noms retenus, pour une forme « plate » du
    texte : ceux des ``organes`` donnés (tous par défaut), hors ``sauf`` ; ``plenieres`` :
    seulement les assemblées plénières (``True``) ou les instances déléguées (``False``)."""
    retenus = [
        n.nom.replace(" ", r"[\s'’]+")  # (« conseil d agglomeration » : l'élision aussi)
        for n in NOMS
        if (organes is None or n.organe in organes)
        and n.organe not in sauf
        and (plenieres is None or n.pleniere is plenieres)
    ]
    return "(?:" + "|".join(retenus) + ")"
