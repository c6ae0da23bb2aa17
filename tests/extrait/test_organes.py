"""La table des noms d'organes (``donnees/organes.csv``) et ses lecteurs."""

from __future__ import annotations

import re

import pytest

from deliberations.extrait import organes
from deliberations.extrait import reconnaisseurs as r
from deliberations.model import Organe


@pytest.mark.parametrize("nom", organes.NOMS, ids=lambda n: n.nom)
def test_chaque_nom_de_la_table_est_lu_pour_son_organe(nom: organes.NomOrgane) -> None:
    lu = r.organe(f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU {nom.nom.upper()}")
    assert lu is not None and lu[0] is nom.organe


def test_noms_uniques_et_en_forme_plate() -> None:
    noms = [n.nom for n in organes.NOMS]
    assert len(noms) == len(set(noms))
    assert all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", n) for n in noms)


def test_les_plenieres_sont_les_assemblees_des_collectivites() -> None:
    plenieres = {n.organe for n in organes.NOMS if n.pleniere}
    deleguees = {n.organe for n in organes.NOMS if not n.pleniere}
    assert plenieres.isdisjoint(deleguees)
    assert deleguees == {Organe.COMMISSION_PERMANENTE, Organe.BUREAU}


def test_motif_filtre() -> None:
    motif = re.compile(organes.motif(sauf={Organe.CONSEIL_MUNICIPAL, Organe.BUREAU}))
    assert motif.fullmatch("conseil  general")
    assert motif.fullmatch("conseil municipal") is None
    assert motif.fullmatch("bureau syndical") is None
    assert re.fullmatch(organes.motif(plenieres=False), "commission permanente")
