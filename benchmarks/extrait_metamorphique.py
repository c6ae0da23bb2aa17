"""Banc métamorphique des extraits : un même document, copié autrement, doit se lire pareil.

Chaque document texte du corpus (01 à 20 et 101 et suivants) est transformé comme le fait un
copier-coller réel (apostrophes typographiques, espaces insécables, fins de ligne Windows,
texte aplati sur une ligne, en-tête en capitales, interlignes doublés, ligatures de PDF, pieds
de page répétés) ; une seconde série reproduit ce que rendent les PDF tamponnés et paginés
(tampon @CTES sur chaque page ou collé devant un texte aplati, en-tête courant « Page n/N »,
sauts de page ``\f``), la césure en fin de ligne, la typographie française (espaces fines),
les noms en casse de titre, les filets entre les points, un cadre en deux colonnes relu
colonne après colonne et un en-tête en tableau de page web. Pour chaque champ juste sur l'original, le banc compte ce que devient la
lecture du document transformé : toujours juste, manquant, faux signalé par un constat, ou
**faux sans constat** (cible : 0, la règle « jamais faux en silence »). Quand la
transformation réécrit aussi ce que le lecteur doit rendre tel quel (une date citée dans un
objet), la comparaison se fait avec l'attendu transformé de même (``attendu_transforme``).

Usage (depuis la racine du dépôt) : python benchmarks/extrait_metamorphique.py [--detail]
Ce n'est pas un test : il imprime un tableau par transformation.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

RACINE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RACINE))

from deliberations.extrait import lire_extrait  # noqa: E402
from tests.extrait.comparaison import CHAMPS, attendu_de, comparer, documents  # noqa: E402
from tests.extrait.metamorphoses import TRANSFORMATIONS, attendu_transforme  # noqa: E402


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--detail", action="store_true", help="liste les champs perdus")
    parseur.add_argument("--transformation", help="ne lancer que celle-ci (début du nom)")
    a = parseur.parse_args()
    docs = [
        d
        for d in documents(premier_corpus=True)
        if d.suffix == ".txt" and attendu_de(d).exists()
    ]
    bases = {}
    for d in docs:
        texte = d.read_text("utf-8")
        attendu = json.loads(attendu_de(d).read_text("utf-8"))
        verdicts = comparer(lire_extrait(texte), attendu)
        bases[d] = (texte, attendu, [c for c, v in verdicts.items() if v == "juste"])
    print(f"{len(docs)} documents texte ; champs justes sur l'original, puis après transformation")
    print(f"{'transformation':32} {'justes':>7} {'restent':>8} {'manquant':>9} {'signalés':>9} {'faux sans constat':>18}")
    total_silencieux = 0
    for nom, transformer in TRANSFORMATIONS.items():
        if a.transformation and not nom.startswith(a.transformation):
            continue
        compte: Counter[str] = Counter()
        for d, (texte, attendu, justes) in bases.items():
            verdicts = comparer(lire_extrait(transformer(texte)), attendu_transforme(nom, attendu))
            for champ in justes:
                verdict = verdicts.get(champ, "manquant")
                compte[verdict] += 1
                if a.detail and verdict != "juste":
                    print(f"  {nom[:20]:20} {d.name[:44]:44} {champ:13} {verdict}")
        justes_total = sum(len(j) for _, _, j in bases.values())
        total_silencieux += compte["faux"]
        print(
            f"{nom:32} {justes_total:7} {compte['juste'] / justes_total:8.1%} "
            f"{compte['manquant']:9} {compte['faux-signale']:9} {compte['faux']:18}"
        )
    print(f"champs comparés : {', '.join(CHAMPS)}")
    print(f"faux sans constat, toutes transformations : {total_silencieux} (cible 0)")


if __name__ == "__main__":
    main()
