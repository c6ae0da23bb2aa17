"""Banc d'essai : ``scdl lire`` (lecteur tolérant) en flux, face au validateur et aux versions passées.

Trois familles de fichiers, chacune mesurée dans des processus séparés :

- **réparations** : chaque ligne demande une réparation (date ``jj/mm/aaaa``), tailles qui
  doublent (un temps qui double montre un coût linéaire) ;
- **réalistes** : fichiers de ``benchmarks/generer_scdl.py`` (50 collectivités, matières,
  votes et dates au hasard, 1 % de lignes cassées) ;
- **dégénérés** (``--degeneres``) : les entrées de l'issue de robustesse (un million de
  lignes d'une cellule, un million de lignes de virgules sous l'en-tête complet, une date
  illisible répétée un million de fois, un en-tête de 100 000 colonnes, 300 000 lignes valides
  identiques ; de 1 à 29 Mo) : chacune doit tenir en 5 s et 200 Mo, pour ``scdl lire`` comme
  pour ``scdl valider``.

Pour chaque fichier : ``deliberations scdl lire`` (modèle en JSON, une ligne par délibération),
le lecteur seul par l'API (``lire_scdl``, sans sortie JSON), ``scdl valider`` sur le même fichier
(le pair de référence : le lecteur doit aller à sa vitesse) et, avec ``--avant DOSSIER`` (le
``src`` d'une version antérieure, par exemple ``git archive 60e8917 src | tar -x -C /tmp/avant``),
``scdl lire`` de cette version. Sont imprimés le temps écoulé, le temps CPU (moins sensible à la
charge d'une machine partagée), les lignes par seconde, le pic de mémoire, et les rapports de
temps CPU : ``scdl lire`` / ``scdl valider``, avant / après. Le démarrage de Python et les
imports ne sont pas mesurés (0,3 s environ, à ajouter pour la commande entière).

    python benchmarks/scdl_lecture.py --tailles 20000,40000,80000 --avant /tmp/avant/src
    python benchmarks/scdl_lecture.py --tailles 40000 --degeneres
    python benchmarks/scdl_lecture.py --tailles 40000 --repetitions 5   # machine chargée

Ce n'est pas un test : rien n'échoue, les chiffres sont imprimés.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
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
ENTETE_MINIMAL = ",".join(ENTETE.split(",")[:7])
VALIDE = (
    "Ville de Poitiers,21860194600013,D1,2023-05-10,7.1,Finances locales/Décisions budgétaires,"
    "Budget primitif"
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
import deliberations.cli, deliberations.scdl  # le démarrage n'est pas mesuré
debut, cpu = time.perf_counter(), time.process_time()
with open("/dev/null", "w") as nul, contextlib.redirect_stdout(nul), contextlib.redirect_stderr(nul):
{code}
print(json.dumps({{"secondes": time.perf_counter() - debut, "cpu": time.process_time() - cpu,
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


def ecrire(fichier: Path, entete: str, lignes: Iterator[str]) -> None:
    """Écrit ligne à ligne : le processus parent reste petit (son pic de mémoire survivrait
    au fork et à exec des mesures)."""
    with fichier.open("w", encoding="utf-8") as f:
        f.write(entete + "\n")
        for ligne in lignes:
            f.write(ligne + "\n")


def degeneres() -> dict[str, Callable[[Path], None]]:
    """Les entrées dégénérées de l'issue de robustesse, par nom."""
    million = range(1_000_000)
    return {
        "1 M lignes d'une cellule": lambda f: ecrire(f, "objet", ("a" for _ in million)),
        "1 M lignes de virgules": lambda f: ecrire(f, ENTETE, ("," * 16 for _ in million)),
        "1 M dates illisibles": lambda f: ecrire(f, "DELIB_DATE", ("x" for _ in million)),
        "en-tête de 100 000 colonnes": lambda f: ecrire(
            f, ",".join(f"c{i}" for i in range(100_000)), iter([",".join("v" * 100_000)])
        ),
        "300 000 lignes valides identiques": lambda f: ecrire(
            f, ENTETE_MINIMAL, (VALIDE for _ in range(300_000))
        ),
    }


def realiste(fichier: Path, taille: int) -> None:
    subprocess.run(
        [sys.executable, str(RACINE / "benchmarks" / "generer_scdl.py"), str(fichier),
         "--lignes", str(taille), "--casses", "0.01"],
        check=True,
        env={**os.environ, "PYTHONPATH": str(RACINE / "src")},
    )


def comparer(titre: str, fichier: Path, lignes: int, arguments: argparse.Namespace) -> None:
    """Mesure chaque outil sur ``fichier`` et imprime les temps et les rapports."""
    taille = fichier.stat().st_size / 1e6
    print(f"\n== {titre} ({lignes} lignes, {taille:.1f} Mo)")
    print(f"{'mesure':<24}{'secondes':>10}{'CPU s':>8}{'lignes/s':>12}{'pic Mo':>9}")
    cpu: dict[str, float] = {}
    essais = [(nom, code, RACINE / "src") for nom, code in MESURES.items()]
    if arguments.avant:
        essais.append(("scdl lire (avant)", MESURES["scdl lire"], arguments.avant))
    for nom, code, src in essais:
        r = mesurer(code, fichier, src, arguments.limite)
        for _ in range(arguments.repetitions - 1):  # machine partagée : le moins de CPU
            autre = mesurer(code, fichier, src, arguments.limite)
            if r is None or (autre is not None and autre["cpu"] < r["cpu"]):
                r = autre
        if r is None:
            print(f"{nom:<24}{'> ' + str(int(arguments.limite)):>10}   (arrêté)")
            continue
        cpu[nom] = r["cpu"]
        vitesse = lignes / max(r["secondes"], 1e-9)
        print(
            f"{nom:<24}{r['secondes']:>10.2f}{r['cpu']:>8.2f}{vitesse:>12,.0f}"
            f"{r['pic_mo']:>9.0f}".replace(",", " ")
        )
    if "scdl valider" in cpu and "scdl lire" in cpu:
        print(f"  scdl lire / scdl valider (CPU) : {cpu['scdl lire'] / cpu['scdl valider']:.1f}")
    if "scdl lire (avant)" in cpu and "scdl lire" in cpu:
        print(f"  accélération de scdl lire (CPU) : {cpu['scdl lire (avant)'] / cpu['scdl lire']:.1f}×")


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--tailles", default="20000,40000,80000")
    parseur.add_argument("--avant", type=Path, help="dossier src d'une version antérieure")
    parseur.add_argument("--limite", type=float, default=300, help="secondes par mesure")
    parseur.add_argument("--degeneres", action="store_true", help="mesure aussi les entrées dégénérées")
    parseur.add_argument(
        "--repetitions", type=int, default=1,
        help="mesures de chaque outil ; garde celle qui prend le moins de CPU (machine partagée)",
    )  # fmt: skip
    arguments = parseur.parse_args()
    dossier = Path(tempfile.mkdtemp(prefix="bench-scdl-lire-"))
    print(f"Python {sys.version.split()[0]} ; fichiers dans {dossier}")
    for taille in (int(t) for t in arguments.tailles.split(",")):
        fichier = dossier / f"lire-{taille}.csv"
        ecrire(fichier, ENTETE, (LIGNE.format(i=i) for i in range(taille)))
        comparer("une réparation par ligne", fichier, taille, arguments)
        fichier.unlink()
        fichier = dossier / f"realiste-{taille}.csv"
        realiste(fichier, taille)
        comparer("réaliste (generer_scdl.py, 1 % cassées)", fichier, taille, arguments)
        fichier.unlink()
    if arguments.degeneres:
        for nom, fabriquer in degeneres().items():
            fichier = dossier / "degenere.csv"
            fabriquer(fichier)
            with fichier.open("rb") as f:
                lignes = sum(1 for _ in f) - 1
            comparer(nom, fichier, lignes, arguments)
            fichier.unlink()


if __name__ == "__main__":
    main()
