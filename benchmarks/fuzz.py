"""Recherche au hasard : les tests de propriétés (hypothesis) avec beaucoup d'exemples tirés au
hasard, à l'inverse de l'intégration continue où ils sont déterministes.

Usage : python benchmarks/fuzz.py [--exemples 2000] [--minutes 5] [CHEMINS_DE_TESTS…]

Lance pytest avec le profil « fuzz » de tests/conftest.py (``derandomize=False``, sans base
d'exemples) sur les tests qui utilisent hypothesis, en boucle jusqu'à la durée demandée.
Chaque échec est affiché avec sa graine (``--hypothesis-seed``) et le décorateur
``@reproduce_failure`` à coller pour le rejouer ; le code de sortie est 1 si un tour a échoué.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parents[1]


def tests_de_proprietes() -> list[str]:
    """Les fichiers de tests qui utilisent hypothesis."""
    return sorted(
        str(p.relative_to(RACINE))
        for p in (RACINE / "tests").rglob("test_*.py")
        if "hypothesis" in p.read_text("utf-8")
    )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--exemples", type=int, default=2000, help="exemples par test et par tour")
    p.add_argument("--minutes", type=float, default=5.0, help="durée totale visée")
    p.add_argument("chemins", nargs="*", help="tests à lancer (défaut : tous ceux d'hypothesis)")
    arguments = p.parse_args()
    chemins = arguments.chemins or tests_de_proprietes()
    env = {
        **os.environ,
        "HYPOTHESIS_PROFILE": "fuzz",
        "HYPOTHESIS_EXEMPLES": str(arguments.exemples),
    }
    fin = time.monotonic() + 60 * arguments.minutes
    tours = echecs = 0
    while time.monotonic() < fin:
        tours += 1
        graine = int.from_bytes(os.urandom(4), "big")
        commande = [
            sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
            f"--hypothesis-seed={graine}", "-k", "not reference", *chemins,
        ]  # fmt: skip
        debut = time.monotonic()
        resultat = subprocess.run(commande, cwd=RACINE, env=env, check=False)
        duree = time.monotonic() - debut
        print(f"tour {tours} : graine {graine}, {duree:.0f} s, code {resultat.returncode}")
        if resultat.returncode not in (0, 5):
            echecs += 1
    print(f"{tours} tour(s), {echecs} en échec")
    return 1 if echecs else 0


if __name__ == "__main__":
    sys.exit(main())
