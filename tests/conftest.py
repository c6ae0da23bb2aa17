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

# Profils hypothesis. Par défaut (et dans .ci/run), les exemples sont tirés de façon
# déterministe, sans base d'exemples : deux exécutions donnent le même résultat. La recherche
# au hasard continue dans ``benchmarks/fuzz.py`` (profil « fuzz », HYPOTHESIS_PROFILE=fuzz).
settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev", max_examples=60, deadline=None, derandomize=True, database=None, print_blob=True
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("HYPOTHESIS_EXEMPLES", "2000")),
    deadline=None,
    derandomize=False,
    database=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


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
