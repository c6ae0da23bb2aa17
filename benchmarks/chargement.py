"""Chargement d'un grand registre JSON : le chargeur compilé comparé à l'ancien chargeur (qui
interrogeait ``typing`` pour chaque champ de chaque objet) et à ``json.loads`` seul.

Le registre est engendré depuis la séance d'exemple (Dijon métropole, 86 membres, 11
procurations) répétée à des dates successives : 5 000 séances font environ 105 Mio.

Usage : python benchmarks/chargement.py [--seances 5000] [--ancien 300] [--valider]

Les temps de l'ancien chargeur sont mesurés sur ``--ancien`` séances puis ramenés au
fichier entier (il est linéaire) ; ``--valider`` chronomètre aussi ``deliberations valider``
sur le fichier complet (temps et mémoire maximale du processus).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

RACINE = Path(__file__).resolve().parents[1]
EXEMPLE = RACINE / "examples" / "seance-dijon-metropole-2024-09-26.json"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ancien_chargeur import ancien_depuis_dict  # noqa: E402

from deliberations.model import Registre, depuis_dict, lire_json  # noqa: E402


def registre_json(seances: int) -> dict[str, Any]:
    """Le registre de ``seances`` séances (dictionnaire JSON)."""
    modele = json.loads(EXEMPLE.read_text("utf-8"))
    debut = dt.date(2000, 1, 3)
    liste = []
    for i in range(seances):
        jour = debut + dt.timedelta(days=2 * i)
        seance = json.loads(json.dumps(modele))
        seance["date"] = jour.isoformat()
        seance["date_convocation"] = (jour - dt.timedelta(days=8)).isoformat()
        for j, deliberation in enumerate(seance.get("deliberations", [])):
            deliberation["numero"] = f"{jour:%Y%m%d}_{j + 1:03d}"
        liste.append(seance)
    return {"seances": liste}


def ecrire_registre(chemin: Path, seances: int) -> None:
    """Écrit le registre de ``seances`` séances (JSON compact, UTF-8)."""
    with chemin.open("w", encoding="utf-8") as flux:
        json.dump(registre_json(seances), flux, ensure_ascii=False, separators=(",", ":"))


def chrono(fonction: Any) -> float:
    debut = time.perf_counter()
    fonction()
    return time.perf_counter() - debut


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seances", type=int, default=5000)
    p.add_argument("--ancien", type=int, default=300, help="séances chargées par l'ancien")
    p.add_argument("--valider", action="store_true")
    arguments = p.parse_args()
    with tempfile.TemporaryDirectory() as dossier:
        chemin = Path(dossier) / "registre.json"
        ecrire_registre(chemin, arguments.seances)
        taille = chemin.stat().st_size
        print(f"registre : {arguments.seances} séances, {taille / 2**20:.1f} Mio")

        t_json = chrono(lambda: json.loads(chemin.read_bytes()))
        t_nouveau = chrono(lambda: lire_json(chemin))
        echantillon = registre_json(arguments.ancien)
        t_ancien = chrono(lambda: ancien_depuis_dict(Registre, echantillon))
        echantillon = registre_json(arguments.ancien)
        t_conversion = chrono(lambda: depuis_dict(Registre, echantillon))
        facteur = arguments.seances / arguments.ancien
        t_ancien_total = t_ancien * facteur + t_json
        print(f"json.loads seul                 : {t_json:8.2f} s")
        print(f"lire_json (lecture + conversion): {t_nouveau:8.2f} s")
        print(f"ancien charger (estimé)         : {t_ancien_total:8.2f} s")
        print(
            f"conversion dict → modèle, {arguments.ancien} séances : ancienne "
            f"{t_ancien:.3f} s, compilée {t_conversion:.3f} s"
        )
        print(f"rapport conversion ancienne / compilée : {t_ancien / t_conversion:6.1f} ×")
        print(f"rapport charger ancien / nouveau       : {t_ancien_total / t_nouveau:6.1f} ×")
        print(f"rapport charger / json.loads seul      : {t_nouveau / t_json:6.2f} ×")
        if arguments.valider:
            mesurer_valider(chemin)


def mesurer_valider(chemin: Path) -> None:
    """``deliberations valider`` sur le fichier : durée et mémoire maximale du processus."""
    # VmHWM (Linux) : le maximum de ce processus-ci ; ru_maxrss compterait aussi la mémoire
    # du banc lui-même, héritée au moment du fork.
    code = (
        "import pathlib, re, resource, sys\n"
        "from deliberations.cli import main\n"
        f"c = main(['valider', {str(chemin)!r}])\n"
        "etat = pathlib.Path('/proc/self/status')\n"
        "trouve = re.search(r'VmHWM:\\s*(\\d+)', etat.read_text()) if etat.exists() else None\n"
        "ko = trouve.group(1) if trouve else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(ko, file=sys.stderr)\n"
        "sys.exit(c)\n"
    )
    debut = time.perf_counter()
    resultat = subprocess.run(
        [sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True, check=False,
    )  # fmt: skip
    duree = time.perf_counter() - debut
    memoire = int(resultat.stderr.strip().splitlines()[-1]) / 1024
    print(f"deliberations valider           : {duree:8.2f} s, {memoire:.0f} Mio au plus")

if __name__ == "__main__":
    main()
