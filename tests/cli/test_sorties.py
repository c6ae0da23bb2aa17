"""Toutes les sorties en fichier suivent les mêmes règles : jamais d'écrasement sans
``--force``, jamais d'écriture à travers un lien, jamais l'entrée comme sortie."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from deliberations.cli import main
from deliberations.fichiers import SortieExistante
from deliberations.rapport_html import ecrire_html
from deliberations.validation import Rapport
from tests.conftest import EXEMPLE_SEED, EXEMPLES


def test_exporter_popolo_n_ecrase_pas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sortie = tmp_path / "popolo.json"
    sortie.write_text("ancien", "utf-8")
    assert main(["exporter", "popolo", str(EXEMPLE_SEED), "-o", str(sortie)]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert sortie.read_text("utf-8") == "ancien"
    assert main(["exporter", "popolo", str(EXEMPLE_SEED), "-o", str(sortie), "--force"]) == 0
    assert sortie.read_text("utf-8").startswith("{")
    copie = tmp_path / "seance.json"
    shutil.copy(EXEMPLE_SEED, copie)
    assert main(["exporter", "popolo", str(copie), "-o", str(copie), "--force"]) == 2
    assert copie.read_bytes() == EXEMPLE_SEED.read_bytes()


def test_bilan_du_lot_n_ecrase_pas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dossier = tmp_path / "lot"
    dossier.mkdir()
    shutil.copy(EXEMPLES / "extrait-dijon-metropole-2024-09-26.txt", dossier / "a.txt")
    bilan = tmp_path / "bilan.csv"
    bilan.write_text("ancien", "utf-8")
    commande = ["extrait", "lire", str(dossier), "--bilan", str(bilan), "--travailleurs", "1"]
    assert main(commande) == 2
    assert bilan.read_text("utf-8") == "ancien"
    assert main([*commande, "--force"]) == 0
    assert "a.txt" in bilan.read_text("utf-8")
    capsys.readouterr()


def test_ecrire_html_n_ecrase_pas(tmp_path: Path) -> None:
    page = tmp_path / "rapport.html"
    page.write_text("ancien", "utf-8")
    with pytest.raises(SortieExistante):
        ecrire_html(Rapport(), page, titre="T")
    assert page.read_text("utf-8") == "ancien"
    ecrire_html(Rapport(), page, titre="T", ecraser=True)
    assert page.read_text("utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    "commande",
    [
        ["exporter", "popolo", str(EXEMPLE_SEED), "--force", "-o"],
        ["scdl", "ecrire", str(EXEMPLE_SEED), "--force", "-o"],
    ],
)
def test_sortie_tube_refusee_meme_avec_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], commande: list[str]
) -> None:
    # Balayage des entrées hostiles : le tube était remplacé par un fichier ordinaire.
    tube = tmp_path / "sortie"
    os.mkfifo(tube)
    assert main([*commande, str(tube)]) == 2
    erreur = capsys.readouterr().err
    assert "pas un fichier ordinaire" in erreur and erreur.count("\n") == 1
    assert stat.S_ISFIFO(os.lstat(tube).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["sortie"]
