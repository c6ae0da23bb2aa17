"""Entrées bornées et sorties sûres (``deliberations.fichiers``)."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deliberations.erreurs import ErreurDeliberations, FichierIllisible
from deliberations.fichiers import (
    EntreeTropGrande,
    SortieExistante,
    SortieRefusee,
    ecrire_atomique,
    lire_octets,
    ouvrir_flux,
)


def test_fichier_special_refuse_sans_bloquer(tmp_path: Path) -> None:
    tube = tmp_path / "tube"
    os.mkfifo(tube)
    for chemin in (tube, Path("/dev/zero"), tmp_path):
        with pytest.raises(FichierIllisible) as erreur:
            lire_octets(chemin, maximum=10)
        assert str(chemin) in str(erreur.value)


def test_taille_verifiee_avant_lecture(tmp_path: Path) -> None:
    creux = tmp_path / "creux.json"
    with creux.open("wb") as f:
        f.truncate(1 << 30)  # 1 Gio creux : rien n'est lu
    with pytest.raises(EntreeTropGrande, match="1024 Mio, plus que la limite de 1 Mio"):
        lire_octets(creux, maximum=1 << 20)


def test_entree_standard_bornee(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 50)))
    with pytest.raises(EntreeTropGrande, match="entrée standard"):
        lire_octets("-", maximum=49)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 50)))
    assert lire_octets("-", maximum=50) == b"x" * 50


def test_flux_lu_par_morceaux(tmp_path: Path) -> None:
    chemin = tmp_path / "a.csv"
    chemin.write_bytes(b"ligne\n" * 10_000)
    with ouvrir_flux(chemin, maximum=60_000) as flux:
        assert sum(1 for _ in flux) == 10_000


def test_sortie_jamais_remplacee_sans_demande(tmp_path: Path) -> None:
    cible = tmp_path / "s.csv"
    cible.write_bytes(b"ancien")
    with pytest.raises(SortieExistante):
        ecrire_atomique(cible, b"nouveau")
    assert cible.read_bytes() == b"ancien"
    ecrire_atomique(cible, b"nouveau", ecraser=True)
    assert cible.read_bytes() == b"nouveau"
    assert [p.name for p in tmp_path.iterdir()] == ["s.csv"]


def test_lien_dossier_absent_et_entree_refuses(tmp_path: Path) -> None:
    ailleurs = tmp_path / "ailleurs.txt"
    lien = tmp_path / "lien.csv"
    lien.symlink_to(ailleurs)
    entree = tmp_path / "entree.json"
    entree.write_bytes(b"{}")
    for cible, entrees in ((lien, ()), (tmp_path / "absent" / "s.csv", ()), (entree, (entree,))):
        with pytest.raises(SortieRefusee):
            ecrire_atomique(cible, b"x", ecraser=True, entrees=entrees)
    assert not ailleurs.exists()
    assert entree.read_bytes() == b"{}"


def test_tube_jamais_remplace_meme_avec_ecraser(tmp_path: Path) -> None:
    # Balayage des entrées hostiles : « -o tube --force » remplaçait le tube par un fichier
    # (et « -o /dev/null --force », lancé par root, aurait remplacé /dev/null).
    tube = tmp_path / "sortie.csv"
    os.mkfifo(tube)
    for ecraser in (False, True):
        with pytest.raises(SortieRefusee, match="pas un fichier ordinaire"):
            ecrire_atomique(tube, b"x", ecraser=ecraser)
        assert stat.S_ISFIFO(os.lstat(tube).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["sortie.csv"]


def test_echec_pendant_l_ecriture_ne_laisse_rien(tmp_path: Path) -> None:
    def ecrivain(flux: object) -> None:
        raise RuntimeError("interrompu")

    with pytest.raises(RuntimeError):
        ecrire_atomique(tmp_path / "s.csv", ecrivain)
    assert list(tmp_path.iterdir()) == []


def test_erreurs_de_la_bibliotheque() -> None:
    assert issubclass(SortieRefusee, ErreurDeliberations)
    assert issubclass(EntreeTropGrande, FichierIllisible)


def test_table_des_tailles_maximales() -> None:
    from deliberations.fichiers import MIO, taille_max, tailles_max

    table = tailles_max()
    assert {"json", "extrait", "pdf", "csv", "xml", "archive", "acte"} <= set(table)
    assert all(valeur >= MIO for valeur in table.values())
    assert taille_max("json") == table["json"]
    with pytest.raises(KeyError):
        taille_max("inconnue")


@pytest.mark.parametrize(
    ("texte", "octets"), [("500", 500), ("64k", 65536), ("20M", 20 << 20), ("1G", 1 << 30)]
)
def test_lire_taille(texte: str, octets: int) -> None:
    from deliberations.fichiers import lire_taille

    assert lire_taille(texte) == octets


@pytest.mark.parametrize("texte", ["", "k", "-5", "1.5M", "٣M", "9" * 30])
def test_lire_taille_invalide(texte: str) -> None:
    from deliberations.fichiers import lire_taille

    with pytest.raises(ValueError, match="taille invalide"):
        lire_taille(texte)


def test_verifier_entree_sans_lire(tmp_path: Path) -> None:
    from deliberations.fichiers import verifier_entree

    creux = tmp_path / "creux.pdf"
    with creux.open("wb") as f:
        f.truncate(1 << 30)
    with pytest.raises(EntreeTropGrande):
        verifier_entree(creux, maximum=1 << 20)
    assert verifier_entree(creux, maximum=1 << 31) == 1 << 30
    assert verifier_entree("-", maximum=1) == -1
    with pytest.raises(FichierIllisible):
        verifier_entree("/dev/zero", maximum=1)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(contenu=st.binary(max_size=5000), maximum=st.integers(0, 6000))
def test_aller_retour_quelconque(tmp_path: Path, contenu: bytes, maximum: int) -> None:
    """Ce qui est écrit se relit à l'identique sous la borne, et est refusé au-delà."""
    cible = ecrire_atomique(tmp_path / "f.bin", contenu, ecraser=True)
    if len(contenu) <= maximum:
        assert lire_octets(cible, maximum=maximum) == contenu
    else:
        with pytest.raises(EntreeTropGrande):
            lire_octets(cible, maximum=maximum)
    assert [p.name for p in tmp_path.iterdir()] == ["f.bin"]
