"""Ligne de commande : aide, version, résumé, codes de sortie."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from deliberations import __version__
from deliberations.cli import main
from tests.conftest import EXEMPLE_SEED


def test_aide_liste_les_commandes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    sortie = capsys.readouterr().out
    assert "resumer" in sortie and "schema" in sortie


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


def test_resumer_exemple(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resumer", str(EXEMPLE_SEED)]) == 0
    sortie = capsys.readouterr().out
    assert "Membres en exercice : 86 ; présents : 67 ; procurations : 11" in sortie
    assert "pour 78" in sortie


def test_fichier_illisible_code_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    faux = tmp_path / "faux.json"
    faux.write_text('{"seances": [{"date": 3}]}', encoding="utf-8")
    assert main(["resumer", str(faux)]) == 2
    assert "seances[0]" in capsys.readouterr().err


def test_commande_inconnue_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inconnue"]) == 2
    assert "erreur" in capsys.readouterr().err


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"].startswith("Registre")


def test_script_installe() -> None:
    resultat = subprocess.run(
        [sys.executable, "-m", "deliberations.cli", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert resultat.returncode == 0 and __version__ in resultat.stdout


def test_valider_exemple_code_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["valider", str(EXEMPLE_SEED)]) == 0
    assert "0 erreur" in capsys.readouterr().out


def test_valider_erreurs_code_1_et_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    donnees = json.loads(EXEMPLE_SEED.read_text("utf-8"))
    donnees["deliberations"][0]["scrutins"][0]["pour"] = 70
    faux = tmp_path / "faux.json"
    faux.write_text(json.dumps(donnees), encoding="utf-8")
    assert main(["valider", str(faux), "--format", "json"]) == 1
    (rapport,) = json.loads(capsys.readouterr().out)
    assert rapport["ok"] is False
    assert [c["code"] for c in rapport["constats"]] == ["vote.total"]
    assert main(["valider", str(faux), "--sans", "votes"]) == 0


def test_valider_illisible_code_2(tmp_path: Path) -> None:
    faux = tmp_path / "faux.json"
    faux.write_text("pas du json", encoding="utf-8")
    assert main(["valider", str(faux)]) == 2
    assert main(["valider", str(EXEMPLE_SEED), "--sans", "inconnue"]) == 2


def test_regles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regles"]) == 0
    assert "quorum.non-atteint" in capsys.readouterr().out


EXTRAIT = EXEMPLE_SEED.parent / "extrait-dijon-metropole-2024-09-26.txt"


def test_extrait_lire_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extrait", "lire", str(EXTRAIT)]) == 0
    sortie = capsys.readouterr()
    seance = json.loads(sortie.out)
    assert seance["date"] == "2024-09-26"
    assert len(seance["procurations"]) == 11
    assert "extrait.numero-absent" in sortie.err


def test_extrait_lire_scdl(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "extrait",
            "lire",
            str(EXTRAIT),
            "--format",
            "scdl",
            "--siret",
            "24210041000016",
            "--matiere",
            "8.2",
        ]
    )
    assert code == 0
    lignes = capsys.readouterr().out.splitlines()
    assert lignes[1].endswith(",86,78,78,0,0,")


def test_extrait_avec_constats_code_1(tmp_path: Path) -> None:
    texte = EXTRAIT.read_text("utf-8").replace(
        "Monsieur Cyril GAUCHER pouvoir à Monsieur Emmanuel BICHOT",
        "Monsieur Cyril GAUCHER pouvoir à Monsieur Inconnu PERSONNE",
    )
    faux = tmp_path / "faux.txt"
    faux.write_text(texte, encoding="utf-8")
    assert main(["extrait", "lire", str(faux), "--format", "texte"]) == 1
    assert main(["extrait", "lire", str(tmp_path / "absent.txt")]) == 2


def test_valider_un_extrait(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["valider", str(EXTRAIT)]) == 0
    assert "0 erreur" in capsys.readouterr().out


def test_scdl_ecrire_et_valider(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sortie = tmp_path / "d.csv"
    assert main(["scdl", "ecrire", str(EXEMPLE_SEED), "-o", str(sortie)]) == 1  # SIRET manquant
    assert (
        main(["scdl", "ecrire", str(EXEMPLE_SEED), "-o", str(sortie), "--siret", "24210041000016", "--force"])
        == 0
    )
    assert main(["scdl", "valider", str(sortie), "--strict"]) == 0
    capsys.readouterr()
    assert main(["scdl", "valider", str(sortie), "--format", "json"]) == 0
    rapport = json.loads(capsys.readouterr().out)
    assert rapport["valide"] is True and rapport["statistiques"]["lignes"] == 1


def test_scdl_valider_invalide_et_illisible(tmp_path: Path) -> None:
    faux = tmp_path / "f.csv"
    faux.write_text("COLL_NOM\nx\n", encoding="utf-8")
    assert main(["scdl", "valider", str(faux)]) == 1
    assert main(["scdl", "valider", str(tmp_path / "absent.csv")]) == 2


def test_scdl_lire(capsys: pytest.CaptureFixture[str]) -> None:
    corpus = EXEMPLE_SEED.parent.parent / "tests" / "scdl" / "corpus" / "valide.csv"
    assert main(["scdl", "lire", str(corpus)]) == 0
    lignes = capsys.readouterr().out.splitlines()
    assert len(lignes) == 3 and json.loads(lignes[0])["ligne"] == 2


def test_actes_generer_verifier_lire(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    acte = tmp_path / "acte.pdf"
    acte.write_bytes(b"%PDF-1.7\n")
    commun = [
        "actes", "generer", str(EXEMPLE_SEED), "--deliberation", "20240926_001", "--acte", str(acte),
        "-o", str(tmp_path), "--classification-date", "2019-04-18", "--date-envoi", "2024-09-27",
    ]  # fmt: skip
    assert main(commun) == 1  # ni adresse de retour ni nature de collectivité
    assert main([*commun, "--nature-collectivite", "45"]) == 1  # pas d'adresse de retour
    assert main([*commun, "--nature-collectivite", "45", "--adresse-retour", "a@b.fr"]) == 0
    archive = tmp_path / "SLO-EACT--242100410--20240927-1.tar.gz"
    assert archive.exists()
    capsys.readouterr()
    assert main(["actes", "verifier", str(archive), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    assert (
        main(
            [
                "actes",
                "generer",
                str(EXEMPLE_SEED),
                "--deliberation",
                "X",
                "--acte",
                str(acte),
                "-o",
                str(tmp_path),
            ]
        )
        == 2
    )
    faux = tmp_path / "faux.xml"
    faux.write_bytes(b'<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>')
    assert main(["actes", "verifier", str(faux)]) == 2
    assert main(["actes", "lire", str(faux)]) == 2
    ar = tmp_path / "ar.xml"
    ar.write_bytes(
        b'<actes:ARActe xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216" '
        b'actes:IDActe="021-242100410-20240926-X-DE" actes:DateReception="2024-09-30"/>'
    )
    capsys.readouterr()
    assert main(["actes", "lire", str(ar)]) == 0
    assert json.loads(capsys.readouterr().out)["message"]["date_reception"] == "2024-09-30"
