"""Ouverture d'un CSV qu'on ne peut pas relire (entrée standard, tube) : la copie pour les deux
passes de lecture va sur le disque au-delà d'une petite taille, jamais toute en mémoire
(balayage des entrées hostiles : ``scdl lire - < /dev/zero`` prenait plus de 1 Gio)."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from deliberations.fichiers import EntreeTropGrande
from deliberations.scdl import source
from deliberations.scdl.source import SourceCSV
from tests.conftest import RACINE


class _NonAdressable(io.RawIOBase):
    """Un flux qu'on ne peut lire qu'une fois, comme un tube."""

    def __init__(self, contenu: bytes) -> None:
        self._flux = io.BytesIO(contenu)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, tampon: bytearray) -> int:  # type: ignore[override]
        morceau = self._flux.read(len(tampon))
        tampon[: len(morceau)] = morceau
        return len(morceau)


def _csv(lignes: int) -> bytes:
    return b"A;B\n" + b"".join(b"%d;\xc3\xa9\n" % i for i in range(lignes))


def test_flux_non_adressable_copie_sur_le_disque(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source, "_EN_MEMOIRE", 1024)
    contenu = _csv(2000)
    with SourceCSV.ouvrir(_NonAdressable(contenu), "tube") as s:  # type: ignore[arg-type]
        assert s.flux._rolled  # type: ignore[attr-defined]
        assert (s.encodage, s.separateur) == ("utf-8", ";")
        lignes = list(s.lignes())
    assert len(lignes) == 2001 and lignes[-1] == ["1999", "é"]


def test_flux_non_adressable_petit_reste_en_memoire() -> None:
    with SourceCSV.ouvrir(_NonAdressable(_csv(3)), "tube") as s:  # type: ignore[arg-type]
        assert not s.flux._rolled  # type: ignore[attr-defined]
        assert list(s.lignes())[1] == ["0", "é"]


def test_flux_non_adressable_borne() -> None:
    contenu = _csv(1000)
    with pytest.raises(EntreeTropGrande, match="tube : plus que la limite"):
        SourceCSV.ouvrir(_NonAdressable(contenu), "tube", taille_maximale=len(contenu) - 1)  # type: ignore[arg-type]
    with SourceCSV.ouvrir(_NonAdressable(contenu), "tube", taille_maximale=len(contenu)) as s:  # type: ignore[arg-type]
        assert sum(1 for _ in s.lignes()) == 1001


def test_entree_standard_geante_memoire_bornee() -> None:
    # /dev/zero sur l'entrée standard, limite 96 Mio : refus, sans tout garder en mémoire (la
    # mémoire gagnée pendant la commande est comparée à celle d'avant, imports faits).
    programme = (
        "import resource\n"
        "from deliberations.cli import main\n"
        "avant = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "code = main(['scdl', 'lire', '-', '--taille-max', '96'])\n"
        "apres = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print((apres - avant) // 1024, code)\n"
    )
    with open("/dev/zero", "rb") as zeros:
        resultat = subprocess.run(
            [sys.executable, "-c", programme],
            stdin=zeros,
            capture_output=True,
            check=False,
            timeout=120,
            cwd=RACINE,
        )
    mio, code = resultat.stdout.split()
    assert int(code) == 2 and b"limite de 96 Mio" in resultat.stderr
    assert int(mio) < 48, f"{int(mio)} Mio de plus en mémoire"
