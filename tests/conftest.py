"""Fixtures communes : chemins des oracles de ``../shared`` et des exemples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

RACINE = Path(__file__).resolve().parents[1]
EXEMPLES = RACINE / "examples"
EXEMPLE_SEED = EXEMPLES / "seance-dijon-metropole-2024-09-26.json"
PARTAGE = Path(os.environ.get("DELIBERATIONS_PARTAGE", RACINE.parent / "shared"))

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def _dossier_partage(*parties: str) -> Path:
    chemin = PARTAGE.joinpath(*parties)
    if not chemin.exists():
        pytest.skip(
            f"oracle absent : {chemin} ; donnez le dossier qui contient reference/ et seed/ "
            "dans DELIBERATIONS_PARTAGE (par défaut ../shared, voir le README)"
        )
    return chemin


@pytest.fixture
def reference() -> Path:
    """``shared/reference`` ; le test est sauté (avec la raison) s'il est absent."""
    return _dossier_partage("reference")


@pytest.fixture
def seed_texte() -> str:
    """Le texte de l'extrait fondateur (Dijon métropole, 26/09/2024)."""
    return _dossier_partage("seed", "extrait-dijon-metropole-2024-09-26.txt").read_text("utf-8")
