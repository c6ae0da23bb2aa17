"""Traitement par lot : un dossier d'extraits (texte et PDF), un bilan, un CSV SCDL."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.cli import lot, main
from deliberations.extrait import lire_extrait
from deliberations.scdl import valider_scdl
from tests.conftest import EXEMPLE_SEED

CORPUS = Path(__file__).parents[1] / "extrait" / "corpus"


def _dossier(tmp_path: Path, avec_pdf: bool = True) -> Path:
    dossier = tmp_path / "lot"
    (dossier / "sous-dossier").mkdir(parents=True)
    for rang, texte in enumerate(sorted(CORPUS.glob("*.txt"))[:6]):
        cible = dossier / ("sous-dossier" if rang % 2 else "") / texte.name
        shutil.copy(texte, cible)
    (dossier / "zz-illisible.txt").write_text("rien à lire ici\n", encoding="utf-8")
    (dossier / "notes.odt").write_bytes(b"ignore")  # extension hors lot : ignoree
    if avec_pdf:
        pytest.importorskip("pdfplumber", reason="extra « pdf » non installé (pdfplumber)")
        from tests.extrait.test_pdf import pdf_depuis_texte

        texte = (CORPUS / "01-commune-unanimite-lettres.txt").read_text("utf-8")
        pdf_depuis_texte(texte, dossier / "zz-extrait.pdf")
        (dossier / "zz-casse.pdf").write_bytes(b"%PDF-1.4 tronque")
    return dossier


def _bilan(texte: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(texte)))


def test_extrait_lire_un_dossier(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier = _dossier(tmp_path)
    sortie = tmp_path / "tout.csv"
    code = main(
        ["extrait", "lire", str(dossier), "--scdl", str(sortie), "--siret", "21860194600013",
         "--matiere", "5.2", "--travailleurs", "2"]
    )
    flux = capsys.readouterr()
    lignes = _bilan(flux.out)
    fichiers = lot.fichiers_du_lot([str(dossier)], (".txt", ".pdf"))
    assert [ligne["fichier"] for ligne in lignes] == fichiers and len(fichiers) == 9
    statuts = {Path(ligne["fichier"]).name: ligne["statut"] for ligne in lignes}
    assert statuts["zz-illisible.txt"] == statuts["zz-casse.pdf"] == "echec"
    assert statuts["zz-extrait.pdf"] != "echec"
    assert code == 2  # des documents en échec, le lot est allé au bout
    attendu = sum(
        len(s.deliberations)
        for f in fichiers
        if f.endswith(".txt") and (s := lire_extrait(Path(f).read_text("utf-8")).seance)
    )
    pdf = next(ligne for ligne in lignes if ligne["fichier"].endswith("zz-extrait.pdf"))
    attendu += int(pdf["deliberations"])
    assert dict(valider_scdl(sortie).statistiques)["lignes"] == attendu
    assert "\r[" not in flux.err  # pas de barre hors terminal
    assert "9 document(s) : 7 lu(s), 2 en échec" in flux.err


def test_barre_de_progression_sur_un_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dossier = _dossier(tmp_path, avec_pdf=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    bilan = tmp_path / "bilan.csv"
    main(["extrait", "lire", str(dossier), "--bilan", str(bilan), "--travailleurs", "1"])
    assert "7/7 fichiers" in capsys.readouterr().err
    assert len(_bilan(bilan.read_text("utf-8"))) == 7


def test_valider_plusieurs_fichiers_en_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    absent = tmp_path / "absent.json"
    code = main(["valider", str(EXEMPLE_SEED), str(absent), "--format", "html"])
    page = capsys.readouterr().out
    assert code == 2
    assert page.count("<section>") == 2 and "Verdict général : Non valide" in page
    assert "Document illisible : fichier introuvable" in page


def test_scdl_valider_un_dossier(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = Path(__file__).parents[1] / "scdl" / "corpus"
    code = main(["scdl", "valider", str(corpus)])
    lignes = _bilan(capsys.readouterr().out)
    assert len(lignes) == len(list(corpus.glob("*.csv")))
    for ligne in lignes:
        rapport = valider_scdl(ligne["fichier"])
        assert int(ligne["erreurs"]) == len(rapport.erreurs)
    assert code == (1 if any(int(x["erreurs"]) for x in lignes) else 0)


def test_valider_un_lot_en_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bilan = tmp_path / "bilan.csv"
    code = main(["valider", str(EXEMPLE_SEED), str(tmp_path), "--format", "json", "--bilan", str(bilan)])
    donnees = json.loads(capsys.readouterr().out)
    assert code == 0  # le dossier vide n'apporte aucun fichier
    assert [d["statut"] for d in donnees] == ["lu"] and donnees[0]["ok"] is True
    assert len(_bilan(bilan.read_text("utf-8"))) == 1


@given(
    st.lists(
        st.builds(
            lot.Bilan,
            fichier=st.text(max_size=30),
            statut=st.sampled_from([lot.LU, lot.CONSTATS, lot.ECHEC]),
            deliberations=st.integers(0, 500),
            erreurs=st.integers(0, 500),
            avertissements=st.integers(0, 500),
            message=st.text(max_size=60),
        ),
        max_size=6,
    )
)
def test_bilan_csv_aller_retour(bilans: list[lot.Bilan]) -> None:
    """Le bilan CSV se relit champ pour champ, quels que soient les noms et les messages."""
    lignes = list(csv.DictReader(io.StringIO(lot.bilan_csv(bilans), newline="")))
    relus = [
        (ligne["fichier"], ligne["statut"], int(ligne["deliberations"]), int(ligne["erreurs"]),
         int(ligne["avertissements"]), ligne["message"])
        for ligne in lignes
    ]
    assert relus == [
        (b.fichier, b.statut, b.deliberations, b.erreurs, b.avertissements, b.message)
        for b in bilans
    ]
