"""Lecture de PDF (extra « pdf ») : des PDF engendrés par les tests, colonnes comprises."""

from __future__ import annotations

from pathlib import Path

import pytest

from deliberations.erreurs import FichierIllisible
from deliberations.extrait import lire_extrait
from tests.extrait.test_corpus import projection

pytest.importorskip("pdfplumber", reason="extra « pdf » non installé (pdfplumber)")
fpdf = pytest.importorskip("fpdf", reason="fpdf2 n'est pas installé (extra « test »)")

from deliberations.extrait.pdf import texte_pdf  # noqa: E402

CORPUS = Path(__file__).parent / "corpus"


def pdf_depuis_texte(texte: str, chemin: Path, lignes_par_page: int = 45) -> None:
    """Met le texte en page : une cellule par colonne (tabulations), pages de N lignes."""
    document = fpdf.FPDF(format="A4")
    document.set_auto_page_break(False)
    document.set_font("Helvetica", size=8)
    lignes = texte.replace("€", "EUR").replace("œ", "oe").replace("’", "'").split("\n")
    for i, ligne in enumerate(lignes):
        if i % lignes_par_page == 0:
            document.add_page()
            document.set_xy(10, 10)
            document.cell(0, 5, "Registre des deliberations - document de test")
        y = 18 + (i % lignes_par_page) * 6
        for colonne, cellule in enumerate(ligne.split("\t")):
            if cellule.strip():
                document.set_xy(10 + 95 * colonne, y)
                document.cell(90, 5, cellule.strip().encode("latin-1", "replace").decode("latin-1"))
    document.output(str(chemin))


def test_pdf_deux_colonnes(tmp_path: Path) -> None:
    texte = (CORPUS / "12-deux-colonnes-comme-dijon.txt").read_text("utf-8")
    chemin = tmp_path / "extrait.pdf"
    pdf_depuis_texte(texte, chemin)
    resultat = lire_extrait(texte_pdf(chemin))
    attendu = lire_extrait(texte)
    assert resultat.seance is not None and attendu.seance is not None
    assert projection(resultat.seance) == projection(attendu.seance)
    assert resultat.seance.deliberations[0].scrutins == attendu.seance.deliberations[0].scrutins


def test_pdf_du_seed_sur_plusieurs_pages(tmp_path: Path, seed_texte: str) -> None:
    chemin = tmp_path / "seed.pdf"
    pdf_depuis_texte(seed_texte, chemin, lignes_par_page=40)
    resultat = lire_extrait(texte_pdf(chemin))
    s = resultat.seance
    assert s is not None
    assert (len(s.presents()), len(s.procurations), len(s.absents_sans_procuration())) == (
        67,
        11,
        8,
    )
    assert "extrait.ligne-retiree" in resultat.rapport.codes()  # l'en-tête répété de chaque page


def test_pdf_illisible(tmp_path: Path) -> None:
    faux = tmp_path / "faux.pdf"
    faux.write_bytes(b"%PDF-1.4 n'importe quoi")
    with pytest.raises(FichierIllisible):
        texte_pdf(faux)
    with pytest.raises(FichierIllisible):
        texte_pdf(tmp_path / "absent.pdf")
