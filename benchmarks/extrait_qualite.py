"""Banc de qualité des extraits : pour chaque champ, la part juste, fausse et manquante sur
tout le corpus (documents 01 à 20 et 101 et suivants), et le nombre de valeurs fausses
données sans constat qui les signale (cible : 0).

Usage (depuis la racine du dépôt) : python benchmarks/extrait_qualite.py [--detail]
Ce n'est pas un test : il imprime un tableau.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

RACINE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RACINE))

from tests.extrait.comparaison import CHAMPS, attendu_de, comparer, documents, lire  # noqa: E402


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--detail", action="store_true", help="liste les champs faux par document")
    a = parseur.parse_args()
    totaux: dict[str, Counter[str]] = {c: Counter() for c in CHAMPS}
    seances = 0
    docs = documents(premier_corpus=True)
    docs = [d for d in docs if attendu_de(d).exists()]
    for document in docs:
        attendu = json.loads(attendu_de(document).read_text("utf-8"))
        resultat = lire(document)
        seances += resultat.seance is not None
        for champ, verdict in comparer(resultat, attendu).items():
            totaux[champ][verdict] += 1
            if a.detail and verdict != "juste":
                print(f"{document.name[:40]:40} {champ:14} {verdict}")
    print(f"{len(docs)} documents, {seances} séances construites")
    print(f"{'champ':14} {'juste':>7} {'faux':>7} {'manquant':>9} {'faux sans constat':>18}")
    muets = 0
    for champ in CHAMPS:
        c = totaux[champ]
        n = sum(c.values()) or 1
        faux = c["faux"] + c["faux-signale"]
        muets += c["faux"]
        print(
            f"{champ:14} {c['juste'] / n:7.0%} {faux / n:7.0%} {c['manquant'] / n:9.0%} "
            f"{c['faux']:18d}"
        )
    print(f"valeurs fausses sans constat : {muets} (cible 0)")


if __name__ == "__main__":
    main()
