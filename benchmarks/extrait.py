"""Banc d'essai : extraits lus par seconde (texte), sur le corpus de l'équipe et le seed.

Usage : python benchmarks/extrait.py [--tours 20]
Cible : au moins 500 documents par seconde et par cœur. Ce n'est pas un test.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from deliberations.extrait import lire_extrait

ICI = Path(__file__).resolve().parent
SOURCES = [
    *sorted((ICI.parent / "tests" / "extrait" / "corpus").glob("*.txt")),
    ICI.parent / "examples" / "extrait-dijon-metropole-2024-09-26.txt",
]


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--tours", type=int, default=20)
    a = parseur.parse_args()
    textes = [p.read_text("utf-8") for p in SOURCES if p.exists()]
    taille = sum(len(t) for t in textes)
    lire_extrait(textes[0])  # chauffe (compilation des expressions)
    debut = time.perf_counter()
    for _ in range(a.tours):
        for texte in textes:
            lire_extrait(texte)
    duree = time.perf_counter() - debut
    documents = a.tours * len(textes)
    debit = documents / duree
    print(f"{len(textes)} documents ({taille / 1000:.0f} ko), {a.tours} tours : {duree:.2f} s")
    print(f"débit : {debit:,.0f} documents/s sur un cœur".replace(",", " "))
    print(f"rapport à la cible de 500 documents/s : {debit / 500:.2f}")


if __name__ == "__main__":
    main()
