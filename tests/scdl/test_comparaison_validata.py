"""Comparaison avec validata-table sur le corpus.

validata-table tourne dans un environnement virtuel à part (``.ci/run`` crée
``.venv-validata`` et définit ``DELIBERATIONS_VALIDATA_PYTHON``) : ses dépendances épinglées
n'entrent pas dans l'environnement du projet. Sans cette variable, les tests sont sautés.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from deliberations.model import lire_seance
from deliberations.scdl import ecrire_scdl, valider_scdl, verdict_officiel
from tests.conftest import EXEMPLE_SEED

CORPUS = Path(__file__).parent / "corpus"
ECARTS_VOULUS = {"reel-entete-coquilles.csv", "reel-entete-minuscules.csv"}
SIRET_ILLUSTRATION = "24210041000016"


def _externe(outil: str, chemin: Path, reference: Path) -> dict[str, Any]:
    python = os.environ.get("DELIBERATIONS_VALIDATA_PYTHON")
    if not python:
        pytest.skip(
            "validata-table absent : lancez .ci/run, ou créez un environnement avec "
            "validata-table==0.12.5 et donnez son Python dans DELIBERATIONS_VALIDATA_PYTHON"
        )
    schema = reference / "scdl" / "deliberations-2.1.5.schema.json"
    programme = Path(__file__).with_name("validata_externe.py")
    sortie = subprocess.run(
        [python, str(programme), outil, str(chemin), str(schema)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    resultat: dict[str, Any] = json.loads(sortie.stdout)
    return resultat


def _validata(chemin: Path, reference: Path) -> dict[str, Any]:
    return _externe("validata", chemin, reference)


@pytest.mark.parametrize(
    "fichier",
    [p for p in sorted(CORPUS.glob("*.csv")) if p.name not in ECARTS_VOULUS],
    ids=lambda p: p.name,
)
def test_memes_lignes_et_colonnes_que_validata(fichier: Path, reference: Path) -> None:
    attendu = _validata(fichier, reference)
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
    rapport = ecrire_scdl(lire_seance(EXEMPLE_SEED), sortie, siret=SIRET_ILLUSTRATION)
    assert rapport.ok
    assert valider_scdl(sortie, strict=True).ok
    assert _validata(sortie, reference)["valid"]
    assert _externe("frictionless", sortie, reference)["valid"]
