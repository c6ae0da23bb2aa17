"""Rapport HTML : la page est ouverte dans un vrai navigateur sans écran (Chromium).

Chromium imprime la page en PDF ; le texte de ce PDF (lu par pdfplumber) est ce qu'une
personne voit. Sans Chromium, ces tests sont sautés, sauf quand
``DELIBERATIONS_EXIGER_CHROMIUM`` est définie (``.ci/run`` la définit) : ils échouent alors.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.actes.transmission import preparer_transmission
from deliberations.cli import main
from deliberations.model import lire_seance
from deliberations.rapport_html import ecrire_html, vers_html
from deliberations.scdl import ecrire_scdl, valider_scdl
from deliberations.validation import Constat, Rapport
from tests.conftest import EXEMPLE_SEED

pdfplumber = pytest.importorskip("pdfplumber", reason="pdfplumber n'est pas installé (extra pdf)")


def _chromium() -> str:
    for nom in ("chromium", "chromium-browser", "google-chrome"):
        chemin = shutil.which(nom)
        if chemin:
            return chemin
    if os.environ.get("DELIBERATIONS_EXIGER_CHROMIUM"):
        pytest.fail("Chromium est exigé (DELIBERATIONS_EXIGER_CHROMIUM) mais absent")
    pytest.skip("Chromium absent : apt-get install chromium (installé par .ci/run)")


def _affiche(page: Path, tmp_path: Path) -> tuple[str, list[list[str]]]:
    """Ce que Chromium affiche (imprimé en PDF, puis relu) : le texte, et les lignes des
    tableaux (cellules aux blancs normalisés)."""
    pdf = tmp_path / "page.pdf"
    subprocess.run(
        [
            _chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={tmp_path / 'profil'}",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        check=True,
        timeout=120,
    )
    with pdfplumber.open(pdf) as document:
        texte = "\n".join(p.extract_text() or "" for p in document.pages)
        lignes = [
            [re.sub(r"-\s+", "-", " ".join((cellule or "").split())) for cellule in ligne]
            for p in document.pages
            for tableau in p.extract_tables()
            for ligne in tableau
            if len(ligne) == 5  # le tableau des constats (pas l'encadré du verdict)
        ]
    return texte, lignes


def _rapport_mixte() -> Rapport:
    return Rapport(
        [
            Constat(
                code="quorum.non-atteint",
                severite="erreur",
                message="40 présents sur 86 membres en exercice, 44 requis.",
                chemin="deliberations[0]",
                article="CGCT art. L2121-17",
            ),
            Constat(
                code="pattern",
                severite="avertissement",
                message="Valeur <b>x</b> refusée.",
                chemin="ligne 12, colonne DELIB_DATE",
            ),
        ]
    )


def test_page_autonome_sans_ressource_externe() -> None:
    page = vers_html(_rapport_mixte(), titre="Essai")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<b>" not in page  # le message est échappé, pas interprété
    assert '<html lang="fr">' in page and "<caption>" in page and 'scope="col"' in page


def test_chromium_affiche_verdict_et_constats(tmp_path: Path) -> None:
    page = tmp_path / "rapport.html"
    ecrire_html(_rapport_mixte(), page, titre="Séance du 26/09/2024", source="seance.json")
    texte, lignes = _affiche(page, tmp_path)
    assert "Verdict général : Non valide" in texte
    assert "1 erreur(s), 1 avertissement(s), 0 information(s)" in texte
    assert lignes == [
        ["Sévérité", "Ligne ou élément", "Constat", "Article ou règle", "Code"],
        [
            "Erreur",
            "deliberations[0]",
            "40 présents sur 86 membres en exercice, 44 requis.",
            "CGCT art. L2121-17",
            "quorum.non-atteint",
        ],
        [
            "Avertissement",
            "ligne 12, colonne DELIB_DATE",
            "Valeur <b>x</b> refusée.",  # affiché comme texte
            "règle pattern",  # la règle du schéma quand il n'y a pas d'article
            "pattern",
        ],
    ]


def test_cli_valider_html_dans_chromium(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["valider", str(EXEMPLE_SEED), "--format", "html"]) == 0
    page = tmp_path / "valider.html"
    page.write_text(capsys.readouterr().out, encoding="utf-8")
    texte, lignes = _affiche(page, tmp_path)
    assert "Verdict général : Valide" in texte
    assert "Séance du 26/09/2024" in texte
    assert "0 erreur(s)" in texte
    assert all(ligne[0] != "Erreur" for ligne in lignes)


def test_verdict_impose_et_constats_omis() -> None:
    rapport = Rapport([Constat(code="strict.x", severite="erreur", message="m")], omis=3)
    page = vers_html(rapport, titre="SCDL", verdict=True)
    assert "Verdict général : Valide" in page
    assert "3 constat(s) au-delà de la limite, omis" in page


def test_cli_scdl_valider_html_dans_chromium(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fichier = tmp_path / "ville.csv"
    rapport = ecrire_scdl(lire_seance(EXEMPLE_SEED), fichier)  # sans SIRET : erreur voulue
    assert not rapport.ok
    assert main(["scdl", "valider", str(fichier), "--format", "html"]) == 1
    page = tmp_path / "scdl.html"
    page.write_text(capsys.readouterr().out, encoding="utf-8")
    texte, lignes = _affiche(page, tmp_path)
    assert "Verdict général : Non valide" in texte
    attendu = valider_scdl(fichier)
    assert len(lignes) - 1 == len(attendu.constats)
    assert {ligne[4] for ligne in lignes[1:]} == {c.code for c in attendu.constats}


def test_cli_actes_verifier_html_dans_chromium(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seance = lire_seance(EXEMPLE_SEED)
    transmission = preparer_transmission(
        seance.assemblee.collectivite,
        seance.deliberations[0],
        acte=("deliberation.pdf", b"%PDF-1.7 ..."),
        date_decision=seance.date,
        classification_date=dt.date(2019, 4, 18),
        date_envoi=dt.date(2024, 9, 27),
        adresses_retour=["actes@exemple.fr"],
        nature_collectivite="45",
    )
    archive = transmission.ecrire(tmp_path)
    code = main(["actes", "verifier", str(archive), "--format", "html"])
    page = tmp_path / "actes.html"
    page.write_text(capsys.readouterr().out, encoding="utf-8")
    texte, _ = _affiche(page, tmp_path)
    assert code == 0 and "Verdict général : Valide" in texte and "Aucun constat." in texte
    assert archive.name in "".join(texte.split())  # le chemin peut passer à la ligne


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["erreur", "avertissement", "info"]),
            st.text(max_size=40),
            st.text(max_size=80),
        ),
        max_size=8,
    )
)
def test_page_toujours_bien_formee(constats: list[tuple[str, str, str]]) -> None:
    """Quels que soient les textes des constats (balises, entités, contrôles), la page se lit
    et montre chaque message, une ligne de tableau par constat."""
    import lxml.html

    from deliberations.texte import echappe_invisibles

    rapport = Rapport(
        [Constat(code="x.y", severite=g, chemin=c, message=m) for g, c, m in constats]
    )
    document = lxml.html.document_fromstring(vers_html(rapport, titre="<T&>"))
    lignes = document.xpath("//tbody/tr")
    assert len(lignes) == len(constats)
    for ligne, (_, _, message) in zip(lignes, constats, strict=True):
        assert ligne.xpath("td")[2].text_content() == echappe_invisibles(message).replace(
            "\r\n", "\n"
        ).replace("\r", "\n")
    assert document.xpath("//h1")[0].text_content() == "<T&>"
