"""Comparaison avec validata-table sur le corpus (extra « validata », sinon sauté)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from deliberations.model import charger_seance
from deliberations.scdl import ecrire_scdl, valider_scdl, verdict_officiel
from tests.conftest import EXEMPLE_SEED

CORPUS = Path(__file__).parent / "corpus"
ECARTS_VOULUS = {"reel-entete-coquilles.csv", "reel-entete-minuscules.csv"}
SIRET_ILLUSTRATION = "24210041000016"


def _schema(reference: Path) -> dict[str, Any]:
    return json.loads((reference / "scdl" / "deliberations-2.1.5.schema.json").read_text("utf-8"))


def _validata(chemin: Path, schema: dict[str, Any]) -> dict[str, Any]:
    validata_core = pytest.importorskip(
        "validata_core", reason="validata-table n'est pas installé (extra « validata »)"
    )
    ressource = validata_core.resource_service.from_file_content(chemin.name, chemin.read_bytes())
    rapport: dict[str, Any] = validata_core.validation_service.validate_resource(
        ressource, schema
    ).to_dict()
    return rapport


@pytest.mark.parametrize(
    "fichier",
    [p for p in sorted(CORPUS.glob("*.csv")) if p.name not in ECARTS_VOULUS],
    ids=lambda p: p.name,
)
def test_memes_lignes_et_colonnes_que_validata(fichier: Path, reference: Path) -> None:
    attendu = _validata(fichier, _schema(reference))
    eux = {(e.get("rowNumber"), e.get("fieldName"), e["type"]) for e in attendu["errors"]}
    rapport = valider_scdl(fichier)
    nous = {
        (dict(c.details).get("ligne"), dict(c.details).get("colonne"), c.code)
        for c in rapport.erreurs
    }
    assert nous == eux
    assert verdict_officiel(rapport) == attendu["valid"]


def test_seed_en_scdl_accepte_par_validata_et_frictionless(tmp_path: Path, reference: Path) -> None:
    sortie = tmp_path / "seed.csv"
    rapport = ecrire_scdl(charger_seance(EXEMPLE_SEED), sortie, siret=SIRET_ILLUSTRATION)
    assert rapport.ok
    assert valider_scdl(sortie, strict=True).ok
    assert _validata(sortie, _schema(reference))["valid"]
    frictionless = pytest.importorskip("frictionless", reason="frictionless n'est pas installé")
    with frictionless.system.use_context(trusted=True):
        resultat = frictionless.validate(
            str(sortie), schema=str(reference / "scdl" / "deliberations-2.1.5.schema.json")
        )
    assert resultat.valid
