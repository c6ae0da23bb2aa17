"""Lecture de PDF (extra « pdf ») : des PDF engendrés par les tests, colonnes comprises."""

from __future__ import annotations

import shutil
import subprocess
import sys
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


def _pdf_simple(chemin: Path, pages: int = 1, lignes: int = 1, **chiffrement: str) -> None:
    document = fpdf.FPDF()
    document.set_font("Helvetica", size=10)
    for i in range(pages):
        document.add_page()
        for j in range(lignes):
            document.cell(0, 4, f"Seance du 3 mars 2021 - page {i + 1}, ligne {j + 1} : Presents", new_x=fpdf.XPos.LMARGIN, new_y=fpdf.YPos.NEXT)
    if chiffrement:
        document.set_encryption(**chiffrement)
    document.output(str(chemin))


def test_messages_distincts_dossier_mot_de_passe_memoire(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:

    from deliberations.extrait.pdf import LimitesPdf

    with pytest.raises(FichierIllisible, match="c'est un dossier"):
        texte_pdf(tmp_path)
    protege = tmp_path / "protege.pdf"
    _pdf_simple(protege, owner_password="o", user_password="secret")
    with pytest.raises(FichierIllisible, match="protégé par un mot de passe"):
        texte_pdf(protege)
    simple = tmp_path / "simple.pdf"
    _pdf_simple(simple, pages=20, lignes=60)
    # dense (60 lignes par page) : la première page à elle seule demande plus de mémoire que
    # l'espace libre que le fils hérite du tas de son parent ; dans un interpréteur neuf : le fils (fork) d'un processus de test déjà gros pourrait lire
    # sans rien allouer de neuf, et la borne ne serait alors jamais atteinte ; 64 Kio de marge,
    # moins qu'une arène de l'allocateur de Python (1 Mio) : la première allocation neuve échoue
    # quelle que soit la mémoire déjà réservée (avec 1 Mio, la lecture passait parfois)
    programme = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from deliberations.erreurs import FichierIllisible\n"
        "from deliberations.extrait.pdf import LimitesPdf\n"
        "from deliberations.extrait.pdf import texte_pdf\n"
        "try:\n"
        "    texte_pdf(Path(sys.argv[1]), LimitesPdf(moteur='pdfplumber', memoire_max=1 << 16))\n"
        "except FichierIllisible as e:\n"
        "    print(e)\n"
    )
    fini = subprocess.run(
        [sys.executable, "-c", programme, str(simple)], capture_output=True, text=True, check=False
    )
    assert "trop lourd" in fini.stdout, fini.stdout + fini.stderr
    with pytest.raises(FichierIllisible, match="interrompue"):
        texte_pdf(simple, LimitesPdf(duree_max=0))
    assert capfd.readouterr().err == ""  # pdfminer n'écrit rien sur la sortie d'erreur


def test_pdf_au_dela_des_bornes_donne_des_constats(tmp_path: Path) -> None:
    from deliberations.extrait.pdf import LimitesPdf, lire_pdf

    chemin = tmp_path / "long.pdf"
    _pdf_simple(chemin, pages=3)
    for moteur in ("pdfplumber", "pdftotext"):
        if moteur == "pdftotext" and shutil.which("pdftotext") is None:
            continue
        texte, constats = lire_pdf(chemin, LimitesPdf(pages_max=2, moteur=moteur))
        assert texte.count("\f") == 1 and [c.code for c in constats] == ["extrait.pdf-tronque"]
    texte, constats = lire_pdf(chemin, LimitesPdf(objets_max=1))
    assert not texte.strip("\f") and {c.code for c in constats} == {"extrait.pdf-page-ignoree"}
    with pytest.raises(FichierIllisible, match="trop volumineux"):
        lire_pdf(chemin, LimitesPdf(taille_max=10))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) absent")
def test_pdftotext_borne_et_messages(tmp_path: Path) -> None:
    from deliberations.extrait.pdf import LimitesPdf

    protege = tmp_path / "protege.pdf"
    _pdf_simple(protege, owner_password="o", user_password="secret")
    with pytest.raises(FichierIllisible, match="protégé par un mot de passe"):
        texte_pdf(protege, LimitesPdf(moteur="pdftotext"))
    simple = tmp_path / "simple.pdf"
    _pdf_simple(simple, pages=2)
    assert "Seance du 3 mars 2021" in texte_pdf(simple, LimitesPdf(moteur="pdftotext"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) absent")
def test_lecture_mixte_premieres_pages_pdfplumber_suite_pdftotext(tmp_path: Path) -> None:
    """En mode ``auto`` : les pages des listes de présence (les premières) par pdfplumber, la
    suite par pdftotext ; chaque page vient bien de son moteur, aucune n'est perdue ni
    doublée, et la borne de pages vaut pour l'ensemble."""
    from deliberations.extrait.pdf import LimitesPdf, lire_pdf

    chemin = tmp_path / "long.pdf"
    _pdf_simple(chemin, pages=9)
    mixte = texte_pdf(chemin, LimitesPdf(pages_detaillees=3)).split("\f")
    plumber = texte_pdf(chemin, LimitesPdf(moteur="pdfplumber")).split("\f")
    poppler = texte_pdf(chemin, LimitesPdf(moteur="pdftotext")).split("\f")
    assert len(mixte) == len(plumber) == len(poppler) == 9
    assert mixte == plumber[:3] + poppler[3:]
    assert [f"page {i}" in page for i, page in enumerate(mixte, start=1)] == [True] * 9
    texte, constats = lire_pdf(chemin, LimitesPdf(pages_detaillees=3, pages_max=5))
    assert texte.count("\f") == 4 and "page 5" in texte and "page 6" not in texte
    assert [c.code for c in constats] == ["extrait.pdf-tronque"]
    court, constats = lire_pdf(chemin, LimitesPdf(pages_detaillees=20, pages_max=30))
    assert court.split("\f") == plumber and constats == []
