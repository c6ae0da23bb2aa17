"""Banc PDF des extraits : pages lues par seconde, pdfplumber (la bibliothèque, dans son
processus fils borné) contre ``pdftotext -layout`` (poppler-utils), sur les mêmes PDF
engendrés depuis le corpus.

Usage : python benchmarks/extrait_pdf.py [--pages 40]
Demande fpdf2 (extra « test ») et, pour la comparaison, le programme ``pdftotext``.
Ce n'est pas un test.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RACINE))

from deliberations.extrait import lire_extrait  # noqa: E402
from deliberations.extrait.pdf import lire_pdf  # noqa: E402
from tests.extrait.test_pdf import pdf_depuis_texte  # noqa: E402


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--pages", type=int, default=40, help="pages du PDF engendré")
    a = parseur.parse_args()
    corpus = sorted((RACINE / "tests" / "extrait" / "corpus").glob("[0-9]*.txt"))
    texte = "\n".join(p.read_text("utf-8") for p in corpus)
    lignes = texte.split("\n")[: a.pages * 45]
    with tempfile.TemporaryDirectory() as dossier:
        chemin = Path(dossier) / "banc.pdf"
        pdf_depuis_texte("\n".join(lignes), chemin)
        pages = (len(lignes) + 44) // 45
        debut = time.perf_counter()
        texte_plumber, _ = lire_pdf(chemin)
        duree_plumber = time.perf_counter() - debut
        print(f"{pages} pages engendrées depuis le corpus")
        print(f"pdfplumber (processus fils borné) : {pages / duree_plumber:7.1f} pages/s")
        if shutil.which("pdftotext") is None:
            print("pdftotext absent (apt-get install poppler-utils) : pas de comparaison")
            return
        debut = time.perf_counter()
        sortie = subprocess.run(
            ["pdftotext", "-layout", str(chemin), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8", errors="replace")
        duree_poppler = time.perf_counter() - debut
        print(f"pdftotext -layout               : {pages / duree_poppler:7.1f} pages/s")
        print(f"rapport pdftotext / pdfplumber  : {duree_plumber / duree_poppler:7.1f}")
        for nom, t in (("pdfplumber", texte_plumber), ("pdftotext", sortie)):
            r = lire_extrait(t, taille_max=len(t) + 1)
            print(f"texte {nom:10} : {len(t):7d} caractères, séance lue : {r.seance is not None}")


if __name__ == "__main__":
    main()
