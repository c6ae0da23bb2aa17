"""Banc d'essai : un dossier de N extraits engendrés (texte et PDF) lu par lot.

Engendre N documents (par défaut 1 000 : des variantes numérotées des documents du
corpus de l'équipe, un sur dix mis en page en PDF avec fpdf2), puis lance
``deliberations extrait lire DOSSIER --scdl … --bilan …`` avec un seul processus (le pair
nommé : la lecture séquentielle), puis avec tous les cœurs, et affiche les durées et leur
rapport. Ce n'est pas un test.

Usage : python benchmarks/lot_extraits.py [--documents 1000] [--part-pdf 0.1]
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import fpdf

ICI = Path(__file__).resolve().parent
SOURCES = sorted((ICI.parent / "tests" / "extrait" / "corpus").glob("*.txt"))


def _pdf(texte: str, chemin: Path) -> None:
    document = fpdf.FPDF(format="A4")
    document.set_auto_page_break(False)
    document.set_font("Helvetica", size=8)
    for i, ligne in enumerate(texte.split("\n")):
        if i % 45 == 0:
            document.add_page()
        y = 18 + (i % 45) * 6
        for colonne, cellule in enumerate(ligne.split("\t")):
            if cellule.strip():
                document.set_xy(10 + 95 * colonne, y)
                document.cell(90, 5, cellule.strip().encode("latin-1", "replace").decode("latin-1"))
    document.output(str(chemin))


def engendrer(dossier: Path, nombre: int, part_pdf: float) -> None:
    textes = [p.read_text("utf-8") for p in SOURCES]
    pas_pdf = max(round(1 / part_pdf), 1) if part_pdf > 0 else 0
    for rang in range(nombre):
        texte = textes[rang % len(textes)].replace("2024", str(2000 + rang % 25))
        nom = dossier / f"{rang:05d}"
        if pas_pdf and rang % pas_pdf == 0:
            _pdf(texte, nom.with_suffix(".pdf"))
        else:
            nom.with_suffix(".txt").write_text(texte, encoding="utf-8")


def lancer(dossier: Path, travailleurs: int) -> tuple[float, Counter[str]]:
    bilan = dossier.parent / f"bilan-{travailleurs}.csv"
    debut = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "deliberations.cli", "extrait", "lire", str(dossier),
         "--scdl", str(dossier.parent / "lot.csv"), "--siret", "21860194600013",
         "--bilan", str(bilan), "--travailleurs", str(travailleurs)],
        check=False,
        capture_output=True,
    )
    duree = time.perf_counter() - debut
    with bilan.open(encoding="utf-8") as f:
        return duree, Counter(ligne["statut"] for ligne in csv.DictReader(f))


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--documents", type=int, default=1000)
    parseur.add_argument("--part-pdf", type=float, default=0.1)
    a = parseur.parse_args()
    coeurs = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as temporaire:
        dossier = Path(temporaire) / "extraits"
        dossier.mkdir()
        engendrer(dossier, a.documents, a.part_pdf)
        seul, statuts = lancer(dossier, 1)
        tous, statuts_tous = lancer(dossier, coeurs)
    assert statuts == statuts_tous, (statuts, statuts_tous)
    print(f"{a.documents} documents ({a.part_pdf:.0%} en PDF) ; bilan : {dict(statuts)}")
    print(f"un processus (lecture séquentielle) : {seul:.1f} s ({a.documents / seul:.0f} doc/s)")
    print(f"{coeurs} processus : {tous:.1f} s ({a.documents / tous:.0f} doc/s)")
    print(f"rapport séquentiel / lot : {seul / tous:.2f} (idéal : {coeurs})")


if __name__ == "__main__":
    main()
