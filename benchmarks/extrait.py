"""Banc d'essai : extraits lus par seconde (texte), sur le corpus de l'équipe et le seed.

Deux séries : « référence » (documents 01 à 20 et le seed, la série de la cible d'origine) et
« corpus entier » (avec les documents 101 et suivants, souvent aplatis sur une ligne, plus
longs). Les caches de noms sont vidés avant chaque tour : chaque lecture est une première
lecture.

Usage : python benchmarks/extrait.py [--tours 10]
Cible : au moins 500 documents par seconde et par cœur (série de référence). Ce n'est pas un
test.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from deliberations.extrait import lire_extrait
from deliberations.extrait.personnes import _lire_personne, est_fonction

ICI = Path(__file__).resolve().parent
CORPUS = ICI.parent / "tests" / "extrait" / "corpus"
SEED = ICI.parent / "examples" / "extrait-dijon-metropole-2024-09-26.txt"


def mesurer(nom: str, textes: list[str], tours: int) -> None:
    taille = sum(len(t) for t in textes)
    lire_extrait(textes[0])  # chauffe (compilation des expressions)
    duree = 0.0
    for _ in range(tours):
        _lire_personne.cache_clear()
        est_fonction.cache_clear()
        debut = time.perf_counter()
        for texte in textes:
            lire_extrait(texte, taille_max=len(texte) + 1)
        duree += time.perf_counter() - debut
    debit = tours * len(textes) / duree
    print(
        f"{nom:16} {len(textes):3d} documents ({taille / 1000:4.0f} ko) : "
        f"{debit:6.0f} documents/s, {tours * taille / duree / 1000:6.0f} ko/s, "
        f"rapport à la cible de 500 documents/s : {debit / 500:.2f}"
    )


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--tours", type=int, default=10)
    a = parseur.parse_args()
    reference = [p.read_text("utf-8") for p in sorted(CORPUS.glob("[0-9][0-9]-*.txt"))]
    reference.append(SEED.read_text("utf-8"))
    tout = reference + [p.read_text("utf-8") for p in sorted(CORPUS.glob("[0-9][0-9][0-9]-*.txt"))]
    mesurer("référence", reference, a.tours)
    mesurer("corpus entier", tout, a.tours)


if __name__ == "__main__":
    main()
