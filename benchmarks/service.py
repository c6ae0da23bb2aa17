"""Banc d'essai du service HTTP, sur la boucle locale seulement (127.0.0.1).

Lance ``deliberations serve``, envoie 200 requêtes, 20 à la fois, mêlant les points d'accès
(dont un CSV SCDL de 100 000 lignes), et mesure : débit, latences p50/p95 par point d'accès,
pic de mémoire du service (processus principal et processus de traitement), mémoire du
processus principal au début et à la fin (elle ne doit pas croître), statuts reçus (jamais 500).
Pair comparé : la même vérification faite en lançant la ligne de commande, ce que ferait une
application PHP ou Java sans le service (rapport de latence médiane).

Usage (depuis la racine du dépôt, avec l'extra ``web``) :

    python benchmarks/service.py [--requetes 200] [--simultanees 20]

Ce n'est pas un test : rien n'échoue, les chiffres sont imprimés.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ICI = Path(__file__).resolve().parent
RACINE = ICI.parent
EXEMPLES = RACINE / "examples"


def _memoire(pid: int) -> int:
    """Mémoire résidente (Kio) du processus ``pid`` et de ses descendants."""
    total = 0
    enfants = [pid]
    while enfants:
        courant = enfants.pop()
        try:
            total += _rss(courant)
            for tache in Path(f"/proc/{courant}/task").iterdir():
                liste = (tache / "children").read_text().split()
                enfants.extend(int(e) for e in liste)
        except (OSError, StopIteration):
            continue
    return total


def _rss(pid: int) -> int:
    etat = Path(f"/proc/{pid}/status").read_text()
    ligne = next(x for x in etat.splitlines() if x.startswith("VmRSS"))
    return int(ligne.split()[1])


def _charges(dossier: Path) -> list[tuple[str, str, bytes]]:
    gros = dossier / "gros.csv"
    subprocess.run(
        [sys.executable, str(ICI / "generer_scdl.py"), str(gros), "--lignes", "100000"], check=True
    )
    seance = (EXEMPLES / "seance-dijon-metropole-2024-09-26.json").read_bytes()
    extrait = (EXEMPLES / "extrait-dijon-metropole-2024-09-26.txt").read_bytes()
    petit = b"".join(gros.read_bytes().splitlines(keepends=True)[:200])
    return [
        ("/seances/validation", "application/json", seance),
        ("/scdl/conversion?siret=24210041000016", "application/json", seance),
        ("/extraits/lecture", "text/plain", extrait),
        ("/scdl/validation", "text/csv", petit),
        ("/seances/validation", "application/json", b'{"seances": [{"x": 1}]}'),
        ("/scdl/validation", "text/csv", gros.read_bytes()),
    ]


def _envoyer(adresse: str, chemin: str, type_: str, corps: bytes) -> tuple[str, int, float]:
    requete = urllib.request.Request(adresse + chemin, data=corps, method="POST")
    requete.add_header("Content-Type", type_)
    debut = time.perf_counter()
    try:
        with urllib.request.urlopen(requete, timeout=300) as reponse:
            reponse.read()
            statut = reponse.status
    except urllib.error.HTTPError as erreur:
        statut = erreur.code
    return chemin.split("?")[0], statut, time.perf_counter() - debut


def _cli_mediane(dossier: Path) -> float:
    seance = EXEMPLES / "seance-dijon-metropole-2024-09-26.json"
    durees = []
    for _ in range(5):
        debut = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "deliberations.cli", "valider", str(seance), "--format", "json"],
            capture_output=True,
            check=False,
        )
        durees.append(time.perf_counter() - debut)
    return statistics.median(durees)


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--requetes", type=int, default=200)
    arguments.add_argument("--simultanees", type=int, default=20)
    arguments.add_argument("--port", type=int, default=8791)
    options = arguments.parse_args()
    with tempfile.TemporaryDirectory() as dossier:
        charges = _charges(Path(dossier))
        service = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "deliberations.cli",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(options.port),
            ]
        )
        adresse = f"http://127.0.0.1:{options.port}"
        for _ in range(200):
            try:
                urllib.request.urlopen(adresse + "/", timeout=1).read()
                break
            except OSError:
                time.sleep(0.05)
        # Échauffement : une requête de chaque sorte, pour que la mémoire mesurée au début soit
        # celle d'un service qui a déjà tout chargé ; elle ne doit plus croître ensuite.
        for charge in charges:
            _envoyer(adresse, *charge)
        rss_debut = _rss(service.pid)
        pic = [0]
        fini = threading.Event()

        def surveiller() -> None:
            while not fini.is_set():
                pic[0] = max(pic[0], _memoire(service.pid))
                time.sleep(0.05)

        veilleur = threading.Thread(target=surveiller)
        veilleur.start()
        plan = [charges[i % len(charges)] for i in range(options.requetes)]
        debut = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(options.simultanees) as pool:
            resultats = list(pool.map(lambda c: _envoyer(adresse, *c), plan))
        duree = time.perf_counter() - debut
        fini.set()
        veilleur.join()
        rss_fin = _rss(service.pid)
        seule = statistics.median(_envoyer(adresse, *charges[0])[2] for _ in range(5))
        service.terminate()
        service.wait(10)
        cli = _cli_mediane(Path(dossier))
    _imprimer(resultats, duree, rss_debut, rss_fin, pic[0], cli, seule)


def _imprimer(
    resultats: list[tuple[str, int, float]],
    duree: float,
    rss_debut: int,
    rss_fin: int,
    pic: int,
    cli: float,
    seule: float,
) -> None:
    statuts = collections.Counter(s for _, s, _ in resultats)
    print(f"{len(resultats)} requêtes en {duree:.1f} s : {len(resultats) / duree:.1f} requêtes/s")
    print(f"statuts : {dict(sorted(statuts.items()))} (500 : {statuts.get(500, 0)})")
    par_point: dict[str, list[float]] = collections.defaultdict(list)
    for point, _, latence in resultats:
        par_point[point].append(latence)
    print(f"{'point d accès':24} {'n':>4} {'p50 (ms)':>9} {'p95 (ms)':>9}")
    for point, latences in sorted(par_point.items()):
        latences.sort()
        p95 = latences[min(len(latences) - 1, int(0.95 * len(latences)))]
        print(
            f"{point:24} {len(latences):4} {statistics.median(latences) * 1000:9.0f} "
            f"{p95 * 1000:9.0f}"
        )
    print(
        f"mémoire du processus principal : {rss_debut / 1024:.1f} Mio après échauffement, "
        f"{rss_fin / 1024:.1f} Mio à la fin"
    )
    print(f"pic de mémoire du service (avec les traitements) : {pic / 1024:.0f} Mio")
    print(
        f"pair, une requête seule : ligne de commande « valider » {cli * 1000:.0f} ms, "
        f"service {seule * 1000:.0f} ms : le service est {cli / seule:.1f}× plus rapide"
    )


if __name__ == "__main__":
    main()
