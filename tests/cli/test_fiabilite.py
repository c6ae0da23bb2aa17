"""Ligne de commande face aux entrées démesurées ou spéciales et aux sorties impossibles :
une ligne en français, le bon code de sortie, jamais de trace Python."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from deliberations.cli import main
from tests.conftest import EXEMPLE_SEED, RACINE


def _lancer(*arguments: str, **options: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(RACINE / "src"), **options.pop("env", {})}  # type: ignore[dict-item]
    if "stdout" not in options:
        options["stdout"] = subprocess.PIPE
    return subprocess.run(
        [sys.executable, "-m", "deliberations.cli", *arguments],
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        env=env,
        timeout=120,
        **options,  # type: ignore[call-overload]
    )


@pytest.mark.parametrize("commande", ["resumer", "valider"])
def test_fichier_creux_geant_refuse_avant_lecture(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], commande: str
) -> None:
    creux = tmp_path / "creux.json"
    with creux.open("wb") as f:
        f.truncate(1 << 30)  # 1 Gio creux : rien n'est lu
    assert main([commande, str(creux)]) == 2
    erreur = capsys.readouterr().err
    assert "plus que la limite de 256 Mio" in erreur and erreur.count("\n") == 1
    assert main([commande, str(EXEMPLE_SEED), "--taille-max", "10k"]) == 2
    assert "limite de 10 Kio" in capsys.readouterr().err
    assert main([commande, str(EXEMPLE_SEED), "--taille-max", "1M"]) == 0


@pytest.mark.parametrize("commande", ["resumer", "valider"])
def test_fichiers_speciaux_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], commande: str
) -> None:
    tube = tmp_path / "tube.json"
    os.mkfifo(tube)
    for chemin in ("/dev/zero", str(tube), str(tmp_path)):
        assert main([commande, chemin]) == 2
        assert chemin in capsys.readouterr().err


def test_taille_max_invalide(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resumer", str(EXEMPLE_SEED), "--taille-max", "beaucoup"]) == 2
    assert "taille invalide" in capsys.readouterr().err


def test_entree_standard_bornee() -> None:
    resultat = _lancer("resumer", "-", "--taille-max", "1k", input=EXEMPLE_SEED.read_text("utf-8"))
    assert resultat.returncode == 2 and "entrée standard" in resultat.stderr
    resultat = _lancer("resumer", "-", input=EXEMPLE_SEED.read_text("utf-8"))
    assert resultat.returncode == 0 and "Dijon métropole" in resultat.stdout


def test_erreur_interne_code_70_et_debug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def defaut(arguments: argparse.Namespace) -> int:
        raise KeyError("clé interne")

    from deliberations.cli import modele

    monkeypatch.setattr(modele, "_schema", defaut)
    assert main(["schema"]) == 70
    erreur = capsys.readouterr().err
    assert erreur.count("\n") == 1 and "erreur interne (KeyError)" in erreur
    assert "Traceback" not in erreur and "--debug" in erreur
    assert main(["--debug", "schema"]) == 70
    assert "Traceback" in capsys.readouterr().err


def test_memoire_insuffisante_code_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def defaut(arguments: argparse.Namespace) -> int:
        raise MemoryError

    from deliberations.cli import modele

    monkeypatch.setattr(modele, "_schema", defaut)
    assert main(["schema"]) == 2
    assert "mémoire insuffisante" in capsys.readouterr().err


def test_resumer_n_ecrit_jamais_de_controle_brut(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from deliberations.cli import commun

    assert commun.texte_affichable("a\x1b[31mb\u202ec") == "a\\x1b[31mb\\u202ec"
    donnees = json.loads(EXEMPLE_SEED.read_text("utf-8"))
    donnees["deliberations"][0]["objet"] = "Rouge \u001b[31m"
    faux = tmp_path / "controle.json"
    faux.write_text(json.dumps(donnees), encoding="utf-8")
    assert main(["resumer", str(faux)]) == 2
    sortie = capsys.readouterr()
    assert "\x1b" not in sortie.out + sortie.err and "U+001B" in sortie.err


# ----------------------------------------------------------------- vrais processus


@pytest.mark.parametrize("commande", ["resumer", "valider"])
def test_tube_ferme_termine_en_silence(tmp_path: Path, commande: str) -> None:
    """La sortie (≈ 500 Kio) dépasse le tampon d'un tube : le lecteur parti, l'écriture
    échoue vraiment, et la commande se termine sans trace, avec son code habituel."""
    seance = json.loads(EXEMPLE_SEED.read_text("utf-8"))
    registre = tmp_path / "registre.json"
    registre.write_text(json.dumps({"seances": [seance] * 250}), encoding="utf-8")
    code = (
        "import subprocess, sys\n"
        f"p = subprocess.Popen([sys.executable, '-m', 'deliberations.cli', {commande!r}, "
        f"{str(registre)!r}], stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)\n"
        "p.stdout.read(1); p.stdout.close()\n"
        "erreur = p.stderr.read(); print(p.wait()); sys.stdout.write(erreur.decode())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(RACINE / "src")}
    resultat = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    code_sortie, _, erreur = resultat.stdout.partition("\n")
    assert code_sortie == "0", resultat.stdout
    assert erreur == ""


def test_tube_ferme_pendant_l_aide() -> None:
    resultat = subprocess.run(
        f"{sys.executable} -m deliberations.cli schema | head -c 1",
        shell=True, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(RACINE / "src")},
    )  # fmt: skip
    assert resultat.stdout == "{" and resultat.stderr == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full absent")
def test_sortie_pleine_code_2() -> None:
    with open("/dev/full", "w") as plein:
        resultat = _lancer("schema", stdout=plein)
    assert resultat.returncode == 2
    assert resultat.stderr.startswith("deliberations : écriture impossible sur la sortie standard")
    assert resultat.stderr.count("\n") == 1


def test_encodage_ascii_code_2() -> None:
    resultat = _lancer("resumer", str(EXEMPLE_SEED), env={"PYTHONIOENCODING": "ascii"})
    assert resultat.returncode == 2
    assert "PYTHONIOENCODING=utf-8" in resultat.stderr and resultat.stderr.count("\n") == 1
    assert "Traceback" not in resultat.stderr


def test_encodage_ascii_rapports_sans_accents_echappes() -> None:
    # Balayage des entrées hostiles : le résumé d'un lot (sortie d'erreur) s'écrivait
    # « 0 en \xe9chec » ; la sortie standard, elle, n'a que de l'ASCII : code 0.
    extrait = EXEMPLE_SEED.parent / "extrait-dijon-metropole-2024-09-26.txt"
    resultat = _lancer(
        "valider", str(extrait), str(EXEMPLE_SEED), "--travailleurs", "1",
        env={"PYTHONIOENCODING": "ascii"},
    )  # fmt: skip
    assert resultat.returncode == 0
    assert "0 en echec" in resultat.stderr and "\\x" not in resultat.stderr


def test_erreur_de_donnees_une_ligne_sans_trace(tmp_path: Path) -> None:
    faux = tmp_path / "faux.json"
    faux.write_text("[" * 50_000, encoding="utf-8")
    resultat = _lancer("valider", str(faux))
    assert resultat.returncode == 2
    assert "trop imbriqué" in resultat.stderr and "Traceback" not in resultat.stderr


def test_extrait_sans_seance_code_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Règle commune : un contenu dont rien n'a pu être tiré donne 2, dans toutes les commandes."""
    bruit = tmp_path / "bruit.txt"
    bruit.write_bytes(bytes(range(256)) * 4)
    assert main(["extrait", "lire", str(bruit)]) == 2
    assert main(["valider", str(bruit)]) == 2
    faux = tmp_path / "faux.json"
    faux.write_bytes(bytes(range(256)))
    assert main(["resumer", str(faux)]) == 2
    assert "UTF-8" in capsys.readouterr().err


def test_valider_un_extrait_borne(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texte = tmp_path / "grand.txt"
    with texte.open("wb") as f:
        f.truncate(1 << 30)  # 1 Gio creux, jamais lu
    assert main(["valider", str(texte)]) == 2
    assert "limite de 1 Mio" in capsys.readouterr().err
    pdf = tmp_path / "grand.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" * 200)
    assert main(["valider", str(pdf), "--taille-max", "1k"]) == 2
    assert "limite de 1 Kio" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("exception", "code", "message"),
    [
        (BrokenPipeError(32, "Broken pipe"), 0, ""),
        (OSError(28, "No space left on device"), 2, "plus de place sur le disque"),
        (RecursionError("maximum recursion depth exceeded"), 2, "trop imbriquée"),
    ],
)
def test_exceptions_de_l_environnement(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    exception: BaseException,
    code: int,
    message: str,
) -> None:
    def action(arguments: argparse.Namespace) -> int:
        raise exception

    from deliberations.cli import modele

    monkeypatch.setattr(modele, "_schema", action)
    assert main(["schema"]) == code
    erreur = capsys.readouterr().err
    assert message in erreur and "No space" not in erreur and "Traceback" not in erreur


def test_rapport_sur_la_sortie_d_erreur_sans_controle_brut(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texte = tmp_path / "bruit.txt"
    texte.write_bytes(b"Ligne \x1b[31m rouge \xe2\x80\xae renversee\n" * 3)
    main(["valider", str(texte)])
    erreur = capsys.readouterr().err
    assert "\x1b" not in erreur and "\u202e" not in erreur
