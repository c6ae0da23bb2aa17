"""Générateur de fichiers SCDL délibérations synthétiques (valides, ou avec 1 % d'erreurs).

Usage : python benchmarks/generer_scdl.py SORTIE.csv --lignes 100000 [--casses 0.01] [--graine 42]
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

from stdnum import luhn

from deliberations import nomenclature
from deliberations.scdl.schema import NOMS

MOTS = [
    "approbation",
    "convention",
    "avenant",
    "subvention",
    "association",
    "budget",
    "primitif",
    "décision",
    "modificative",
    "tarifs",
    "marché",
    "travaux",
    "voirie",
    "acquisition",
    "parcelle",
    "cession",
    "personnel",
    "création",
    "poste",
]


def siret_aleatoire(alea: random.Random) -> str:
    base = f"2{alea.randrange(10**6, 10**7)}"
    siren = base + luhn.calc_check_digit(base)
    nic = f"{alea.randrange(1, 9999):04d}"
    return siren + nic + luhn.calc_check_digit(siren + nic)


def lignes(n: int, casses: float, graine: int) -> list[dict[str, str]] | object:
    alea = random.Random(graine)
    collectivites = [(f"Commune n°{i}", siret_aleatoire(alea)) for i in range(50)]
    matieres = nomenclature.matieres(2)
    for i in range(n):
        nom, siret = alea.choice(collectivites)
        m = alea.choice(matieres)
        annee = alea.randrange(2015, 2025)
        jour = f"{annee}-{alea.randrange(1, 13):02d}-{alea.randrange(1, 29):02d}"
        effectif = alea.randrange(15, 70)
        reel = alea.randrange(10, effectif + 1)
        pour = alea.randrange(0, reel + 1)
        contre = alea.randrange(0, reel - pour + 1)
        ligne = {
            "COLL_NOM": nom,
            "COLL_SIRET": siret,
            "DELIB_ID": f"D{annee}_{i}",
            "DELIB_DATE": jour,
            "DELIB_MATIERE_CODE": m.code,
            "DELIB_MATIERE_NOM": nomenclature.nom_scdl(m.code),
            "DELIB_OBJET": " ".join(alea.choices(MOTS, k=alea.randrange(4, 16)))
            + ("\nsuite de l'objet" if alea.random() < 0.1 else ""),
            "BUDGET_ANNEE": str(annee) if i % 3 else "",
            "BUDGET_NOM": "Budget principal" if i % 3 else "",
            "PREF_ID": f"PREF0{alea.randrange(10, 96)}",
            "PREF_DATE": jour,
            "VOTE_EFFECTIF": str(effectif),
            "VOTE_REEL": str(reel),
            "VOTE_POUR": str(pour),
            "VOTE_CONTRE": str(contre),
            "VOTE_ABSTENTION": str(reel - pour - contre),
            "DELIB_URL": f"https://exemple.fr/deliberations/{annee}/{i}.pdf",
        }
        if alea.random() < casses:
            champ = alea.choice(
                ["DELIB_DATE", "COLL_SIRET", "VOTE_POUR", "DELIB_MATIERE_NOM", "DELIB_OBJET"]
            )
            ligne[champ] = {
                "DELIB_DATE": "31/12/2020",
                "COLL_SIRET": siret[:-1] + "0" if siret[-1] != "0" else siret[:-1] + "1",
                "VOTE_POUR": "x",
                "DELIB_MATIERE_NOM": "thème maison",
                "DELIB_OBJET": "",
            }[champ]
        yield ligne


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__)
    parseur.add_argument("sortie", type=Path)
    parseur.add_argument("--lignes", type=int, default=100_000)
    parseur.add_argument("--casses", type=float, default=0.0)
    parseur.add_argument("--graine", type=int, default=42)
    a = parseur.parse_args()
    with a.sortie.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(NOMS))
        w.writeheader()
        w.writerows(lignes(a.lignes, a.casses, a.graine))


if __name__ == "__main__":
    main()
