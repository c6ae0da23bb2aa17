"""Banc d'essai : ``scdl lire`` (lecteur tolérant) en flux, avant et après, face au validateur.

Engendre des fichiers SCDL dont chaque ligne demande une réparation (date ``jj/mm/aaaa``), puis
mesure dans des processus séparés : ``deliberations scdl lire`` (modèle en JSON, une ligne par
délibération), le lecteur seul par l'API (``lire_scdl``, sans sortie JSON) et ``scdl valider``
sur le même fichier. Avec ``--avant DOSSIER`` (le ``src`` d'une version antérieure, par exemple
``git archive 6b62316 src | tar -x -C /tmp/avant``), mesure aussi ``scdl lire`` de cette version :
elle concaténait les rapports ligne après ligne (temps quadratique en nombre de constats).
Les tailles doublent : un temps qui double montre un coût linéaire.

    python benchmarks/scdl_lecture.py --tailles 20000,40000,80000 --avant /tmp/avant/src

Ce n'est pas un test : rien n'échoue, les chiffres sont imprimés.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

RACINE = Path(__file__).resolve().parent.parent
ENTETE = (
    "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,"
    "BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,"
    "VOTE_ABSTENTION,DELIB_URL"
)
LIGNE = (
    "Ville de Poitiers,21860194600013,D{i},10/05/2023,7.1,finances locales/décisions budgétaires,"
    "Objet {i},2023,Budget principal,PREF086,2023-05-12,53,50,40,6,4,https://exemple.fr/D{i}.pdf"
)
MESURES = {
    "scdl lire": "from deliberations.cli import main\nmain(['scdl', 'lire', sys.argv[1]])",
    "lire_scdl (API)": (
        "from deliberations.scdl import lire_scdl\n"
        "with lire_scdl(sys.argv[1]) as l:\n    n = sum(1 for _ in l)"
    ),
    "scdl valider": "from deliberations.cli import main\nmain(['scdl', 'valider', sys.argv[1]])",
}
ENVELOPPE = """
import contextlib, json, resource, sys, time
debut = time.perf_counter()
with open("/dev/null", "w") as nul, contextlib.redirect_stdout(nul), contextlib.redirect_stderr(nul):
{code}
print(json.dumps({{"secondes": time.perf_counter() - debut,
                  "pic_mo": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def mesurer(code: str, fichier: Path, src: Path, limite: float) -> dict[str, float] | None:
    corps = "\n".join("    " + ligne for ligne in code.splitlines())
    try:
        fini = subprocess.run(
            [sys.executable, "-c", ENVELOPPE.format(code=corps), str(fichier)],
            capture_output=True,
            text=True,
            check=False,
            timeout=limite,
            env={**os.environ, "PYTHONPATH": str(src)},
        )
    except subprocess.TimeoutExpired:
        return None
    resultat: dict[str, float] = json.loads(fini.stdout.strip().splitlines()[-1])
    return resultat


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--tailles", default="20000,40000,80000")
    parseur.add_argument("--avant", type=Path, help="dossier src d'une version antérieure")
    parseur.add_argument("--limite", type=float, default=300, help="secondes par mesure")
    arguments = parseur.parse_args()
    dossier = Path(tempfile.mkdtemp(prefix="bench-scdl-lire-"))
    print(f"Python {sys.version.split()[0]} ; fichiers dans {dossier}")
    for taille in (int(t) for t in arguments.tailles.split(",")):
        fichier = dossier / f"lire-{taille}.csv"
        with fichier.open("w", encoding="utf-8") as f:
            f.write(ENTETE + "\n")
            for i in range(taille):  # ligne à ligne : le processus parent reste petit (le pic
                f.write(LIGNE.format(i=i) + "\n")  # de mémoire survit au fork et à exec)
        print(f"\n== {taille} lignes, une réparation par ligne")
        print(f"{'mesure':<24}{'secondes':>10}{'lignes/s':>12}{'pic Mo':>9}")
        temps: dict[str, float] = {}
        essais = [(nom, code, RACINE / "src") for nom, code in MESURES.items()]
        if arguments.avant:
            essais.append(("scdl lire (avant)", MESURES["scdl lire"], arguments.avant))
        for nom, code, src in essais:
            r = mesurer(code, fichier, src, arguments.limite)
            if r is None:
                print(f"{nom:<24}{'> ' + str(int(arguments.limite)):>10}   (arrêté)")
                continue
            temps[nom] = r["secondes"]
            vitesse = taille / max(r["secondes"], 1e-9)
            print(
                f"{nom:<24}{r['secondes']:>10.2f}{vitesse:>12,.0f}{r['pic_mo']:>9.0f}".replace(
                    ",", " "
                )
            )
        if "scdl lire (avant)" in temps:
            print(
                f"  accélération de scdl lire : {temps['scdl lire (avant)'] / temps['scdl lire']:.1f}×"
            )
        if "scdl valider" in temps:
            print(f"  scdl lire / scdl valider : {temps['scdl lire'] / temps['scdl valider']:.1f}")


if __name__ == "__main__":
    main()
