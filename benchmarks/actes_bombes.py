"""Archives hostiles : mémoire et temps de la lecture d'archive ACTES de la bibliothèque,
comparés à la lecture par ``tarfile`` de la bibliothèque standard (ce que faisait la version
précédente, et le pair nommé ici).

Chaque lecture tourne dans un processus à part (mémoire résidente maximale mesurée, temps
limité à ``--delai`` secondes). Les archives sont fabriquées dans un dossier temporaire :
en-tête PAX de 1 Gio, nom long GNU de 1 Gio (archives d'environ 1 Mo), en-tête PAX de 1 Mo
fait de chiffres (analyse quadratique de CPython), « bombe » gzip de 10 Mo, membre de 149 Mio,
XML de 2 millions de balises, archive légitime de 10 Mo. La bibliothèque lit l'archive et ses
messages XML (``lire_transmission``) ; ``tarfile`` en lit seulement les membres.

Usage : python benchmarks/actes_bombes.py [--delai 60] [--sans-pair]
Ce n'est pas un test.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import zlib
from pathlib import Path

GIO = 1024**3


def _entete(nom: bytes, taille: int, genre: bytes) -> bytes:
    info = tarfile.TarInfo(nom.decode())
    info.size = taille
    info.type = genre
    return info.tobuf(format=tarfile.USTAR_FORMAT) if genre != b"x" else _brut(nom, taille, genre)


def _brut(nom: bytes, taille: int, genre: bytes) -> bytes:
    entete = bytearray(512)
    entete[0 : len(nom)] = nom
    entete[100:108] = b"0000644\0"
    entete[124:136] = f"{taille:011o}\0".encode()
    entete[136:148] = b"00000000000\0"
    entete[156:157] = genre
    entete[257:265] = b"ustar\x0000"
    entete[148:156] = b" " * 8
    entete[148:156] = f"{sum(entete):06o}\0 ".encode()
    return bytes(entete)


def _gzip_flux(chemin: Path, morceaux: object) -> None:
    compresseur = zlib.compressobj(9, zlib.DEFLATED, 31)
    with chemin.open("wb") as sortie:
        for morceau in morceaux:  # type: ignore[attr-defined]
            sortie.write(compresseur.compress(morceau))
        sortie.write(compresseur.flush())


def _remplissage(taille: int, motif: bytes = b"a") -> object:
    bloc = motif * (1024 * 1024)
    reste = taille
    while reste > 0:
        yield bloc[: min(reste, len(bloc))]
        reste -= len(bloc)


def fabriquer(dossier: Path) -> dict[str, Path]:
    archives: dict[str, Path] = {}
    pax = dossier / "pax-1gio.tar.gz"
    enregistrement = b"%d comment=" % GIO
    _gzip_flux(
        pax,
        [
            _brut(b"././@PaxHeader", GIO, b"x"),
            enregistrement,
            *_remplissage(GIO - len(enregistrement) - 1),
            b"\n",
        ],
    )
    archives["en-tête PAX de 1 Gio"] = pax
    long = dossier / "nom-long-1gio.tar.gz"
    _gzip_flux(long, [_brut(b"././@LongLink", GIO, b"L"), *_remplissage(GIO)])
    archives["nom long GNU de 1 Gio"] = long
    quadratique = dossier / "pax-quadratique.tar.gz"
    corps = b"1" * (1024 * 1024)  # « \d+ hdrcharset= » cherché à chaque position : quadratique
    _gzip_flux(
        quadratique, [_brut(b"././@PaxHeader", len(corps), b"x"), corps, bytes(-len(corps) % 512)]
    )
    archives["en-tête PAX de 1 Mo de chiffres (analyse quadratique)"] = quadratique
    bombe = dossier / "bombe-gzip.tar.gz"
    _gzip_flux(bombe, [_brut(b"zeros.pdf", 10 * GIO, b"0"), *_remplissage(10 * GIO, b"\0")])
    archives[f"bombe gzip ({bombe.stat().st_size // 1_000_000} Mo → 10 Gio)"] = bombe
    gros = dossier / "membre-149mio.tar.gz"
    n = 149 * 1024 * 1024
    _gzip_flux(gros, [_brut(b"zeros.pdf", n, b"0"), *_remplissage(n, b"\0"), bytes(-n % 512 + 1024)])
    archives["un membre de 149 Mio (sous la limite de 150 Mio)"] = gros
    balises = dossier / "balises.tar.gz"
    xml = b"<a>" + b"<b/>" * 2_000_000 + b"</a>"
    _gzip_flux(balises, [_brut(b"a.xml", len(xml), b"0"), xml, bytes(-len(xml) % 512 + 1024)])
    archives["XML de 2 millions de balises (8 Mio)"] = balises
    legitime = dossier / "SLO-EACT--242100410--20240927-1.tar.gz"
    tampon = io.BytesIO()
    with tarfile.open(fileobj=tampon, mode="w:gz") as tar:
        for i in range(5):
            contenu = b"%PDF-1.7\n" + os.urandom(2 * 1000 * 1000)
            info = tarfile.TarInfo(f"99_DE-021-242100410-20240926-D1-DE-1-1_{i + 1}.pdf")
            info.size = len(contenu)
            tar.addfile(info, io.BytesIO(contenu))
    legitime.write_bytes(tampon.getvalue())
    archives["archive légitime de 10 Mo"] = legitime
    return archives


LECTEURS = {
    "bibliothèque": "from deliberations.actes import lire_transmission\n"
    "try:\n    n = len(lire_transmission(CHEMIN).fichiers)\n    print('lue', n, 'membres')\n"
    "except Exception as e:\n    print('refusée :', type(e).__name__, str(e)[:110])\n",
    "tarfile (stdlib)": "import tarfile\n"
    "try:\n    with tarfile.open(CHEMIN, 'r:*') as t:\n"
    "        n = sum(len(t.extractfile(m).read()) for m in t if m.isfile())\n"
    "    print('lue', n, 'octets')\n"
    "except BaseException as e:\n    print('erreur :', type(e).__name__)\n",
}


def mesurer(code: str, chemin: Path, delai: float) -> tuple[str, float, float]:
    programme = (
        "import resource, sys\nCHEMIN = sys.argv[1]\n"
        + code
        + "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    debut = time.perf_counter()
    try:
        fini = subprocess.run(
            [sys.executable, "-c", programme, str(chemin)],
            capture_output=True,
            text=True,
            timeout=delai,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"interrompue après {delai:.0f} s", delai, float("nan")
    duree = time.perf_counter() - debut
    lignes = fini.stdout.strip().splitlines()
    rss = next((int(x.split()[1]) / 1024 for x in lignes if x.startswith("RSS")), float("nan"))
    verdict = lignes[0] if lignes and not lignes[0].startswith("RSS") else fini.stderr[-100:]
    return verdict, duree, rss


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--delai", type=float, default=60.0)
    parseur.add_argument("--sans-pair", action="store_true", help="ne pas mesurer tarfile")
    a = parseur.parse_args()
    with tempfile.TemporaryDirectory() as dossier:
        archives = fabriquer(Path(dossier))
        for description, chemin in archives.items():
            print(f"{description} ({chemin.stat().st_size / 1e6:.1f} Mo sur disque)")
            resultats = {}
            for nom, code in LECTEURS.items():
                if a.sans_pair and nom != "bibliothèque":
                    continue
                verdict, duree, rss = mesurer(code, chemin, a.delai)
                resultats[nom] = (duree, rss)
                print(f"  {nom:16} {duree:7.2f} s  {rss:8.0f} Mio  {verdict}")
            if len(resultats) == 2:
                (t1, m1), (t2, m2) = resultats["bibliothèque"], resultats["tarfile (stdlib)"]
                print(
                    f"  rapport tarfile / bibliothèque : temps ×{t2 / t1:.1f}, mémoire ×{m2 / m1:.1f}"
                )


if __name__ == "__main__":
    main()
