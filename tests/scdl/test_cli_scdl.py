"""Ligne de commande ``scdl`` : limites, bornes, écriture sûre, lecture en flux."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from deliberations.cli import main
from deliberations.scdl import NOMS
from tests.conftest import EXEMPLE_SEED

ENTETE = ",".join(NOMS[:7])
BONNE = "Ville de Poitiers,21860194600013,D{},2023-05-10,7.1,Finances locales/Budget,Objet"


def test_limite_deux_douze_erreurs_invalide(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "f.csv"
    f.write_text(
        ENTETE
        + "\n"
        + "\n".join(BONNE.format(i).replace("2023-05-10", "x") for i in range(12))
        + "\n"
    )
    assert main(["scdl", "valider", str(f), "--limite", "2"]) == 1
    assert "INVALIDE" in capsys.readouterr().out
    assert main(["scdl", "valider", str(f), "--limite", "0", "--format", "json"]) == 1
    rapport = json.loads(capsys.readouterr().out)
    erreurs = [c for c in rapport["constats"] if c["severite"] == "erreur"]
    assert rapport["statistiques"]["erreurs"] == 12 and len(erreurs) == 12


@pytest.mark.parametrize("contenu", [b"", b"\xef\xbb\xbf"], ids=["vide", "bom"])
def test_vide_illisible_code_2(tmp_path: Path, contenu: bytes) -> None:
    f = tmp_path / "v.csv"
    f.write_bytes(contenu)
    for action in ("valider", "lire"):
        assert main(["scdl", action, str(f)]) == 2


def test_fichiers_speciaux_et_trop_grands_code_2(tmp_path: Path) -> None:
    tube = tmp_path / "tube"
    os.mkfifo(tube)
    f = tmp_path / "f.csv"
    f.write_text(ENTETE + "\n" + BONNE.format(1) + "\n")
    for action in ("valider", "lire"):
        assert main(["scdl", action, "/dev/zero"]) == 2
        assert main(["scdl", action, str(tube)]) == 2
        assert main(["scdl", action, str(f), "--taille-max", "0"]) == 2


def test_ecrire_sans_force_ne_remplace_rien(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sortie = tmp_path / "d.csv"
    sortie.write_text("à garder")
    arguments = [
        "scdl",
        "ecrire",
        str(EXEMPLE_SEED),
        "-o",
        str(sortie),
        "--siret",
        "24210041000016",
    ]
    assert main(arguments) == 2
    assert sortie.read_text() == "à garder"
    assert main([*arguments, "--force", "--datapackage"]) == 0
    assert (tmp_path / "datapackage.json").exists()
    autre = tmp_path / "autre.csv"
    assert main([*arguments[:3], "-o", str(autre), "--datapackage"]) == 2  # paquet existant
    assert not autre.exists()
    assert main(["scdl", "ecrire", str(EXEMPLE_SEED), "-o", str(EXEMPLE_SEED), "--force"]) == 2


def test_ecrire_registre_vide_pas_de_fichier(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registre = tmp_path / "r.json"
    registre.write_text(json.dumps({"seances": []}))
    sortie = tmp_path / "d.csv"
    assert main(["scdl", "ecrire", str(registre), "-o", str(sortie)]) == 1
    err = capsys.readouterr().err
    assert "ecriture.vide" in err and "ligne(s) écrite(s)" not in err
    assert not sortie.exists()


def test_lire_en_flux_une_reparation_par_ligne(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = 20_000
    f = tmp_path / "f.csv"
    f.write_text(
        ENTETE
        + "\n"
        + "\n".join(BONNE.format(i).replace("2023-05-10", "10/05/2023") for i in range(n))
        + "\n"
    )
    assert main(["scdl", "lire", str(f)]) == 0
    sortie = capsys.readouterr()
    assert len(sortie.out.splitlines()) == n
    assert sortie.err.count("reparation.date") == 1000  # --limite par défaut
    assert f"{n - 1000} autre(s) constat(s) non affiché(s)" in sortie.err
    assert main(["scdl", "lire", str(f), "--limite", "5"]) == 0
    assert capsys.readouterr().err.count("reparation.date") == 5


def test_lire_tronque_meme_verdict_que_valider(tmp_path: Path) -> None:
    f = tmp_path / "t.csv"
    f.write_text(ENTETE + "\n" + BONNE.format(1).replace(",Objet", ',"Obj'))
    assert main(["scdl", "valider", str(f)]) == 1
    assert main(["scdl", "lire", str(f)]) == 1
