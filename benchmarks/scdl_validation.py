"""Banc d'essai : validation SCDL délibérations, cette bibliothèque face à ses pairs.

Engendre des fichiers de 100 000 et 1 000 000 lignes valides, et les mêmes avec 1 % de
lignes cassées, puis mesure sur chacun, dans des processus séparés : cette bibliothèque
(``valider_scdl``), ``frictionless validate`` avec le schéma officiel, validata-table, et
un simple passage ``csv.reader`` (le plancher). Affiche le temps écoulé et le temps CPU (moins
sensible à la charge d'une machine partagée), les lignes par seconde, le pic de mémoire de
chacun et les rapports de temps.

Usage (depuis la racine du dépôt, avec l'extra ``bench``) :

    python benchmarks/scdl_validation.py --schema ../shared/reference/scdl/deliberations-2.1.5.schema.json
    python benchmarks/scdl_validation.py --tailles 100000 --outils deliberations,csv

Ce n'est pas un test : rien n'échoue, les chiffres sont imprimés.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ICI = Path(__file__).resolve().parent
SCHEMA_DEFAUT = (
    ICI.parent.parent / "shared" / "reference" / "scdl" / "deliberations-2.1.5.schema.json"
)

# Chaque mesure tourne dans son propre interpréteur ; il imprime un JSON sur sa dernière ligne.
MESURES = {
    "csv": """
import csv, sys
n = 0
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for _ in csv.reader(f):
        n += 1
resultat = {"lignes": n - 1, "valide": None}
""",
    "deliberations": """
import sys
from deliberations.scdl import valider_scdl, verdict_officiel
r = valider_scdl(sys.argv[1])
resultat = {"lignes": dict(r.statistiques)["lignes"], "valide": verdict_officiel(r),
            "erreurs": sum(v for k, v in r.statistiques if k.startswith("constats."))}
""",
    "frictionless": """
import sys, frictionless
with frictionless.system.use_context(trusted=True):
    r = frictionless.validate(sys.argv[1], schema=sys.argv[2])
resultat = {"valide": r.valid, "erreurs": len(r.flatten(["type"]))}
""",
    "validata": """
import sys, json, validata_core
schema = json.load(open(sys.argv[2], encoding="utf-8"))
r = validata_core.validate(sys.argv[1], schema).to_dict()
resultat = {"valide": r["valid"], "erreurs": len(r["errors"])}
""",
}
ENVELOPPE = """
import json, resource, sys, time
debut, debut_cpu = time.perf_counter(), time.process_time()
{code}
resultat["secondes"] = time.perf_counter() - debut
resultat["cpu"] = time.process_time() - debut_cpu
resultat["pic_mo"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(resultat))
"""


def mesurer(outil: str, fichier: Path, schema: Path) -> dict[str, float | int | bool | None]:
    code = ENVELOPPE.format(code=MESURES[outil])
    debut = time.perf_counter()
    fini = subprocess.run(
        [sys.executable, "-c", code, str(fichier), str(schema)],
        capture_output=True,
        text=True,
        check=False,
    )
    total = time.perf_counter() - debut
    if fini.returncode != 0:
        derniere = (fini.stderr.strip().splitlines() or ["?"])[-1]
        return {"echec": True, "message": derniere[:120], "total": total}  # type: ignore[dict-item]
    resultat: dict[str, float | int | bool | None] = json.loads(
        fini.stdout.strip().splitlines()[-1]
    )
    resultat["total"] = total
    return resultat


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--tailles", default="100000,1000000")
    parseur.add_argument("--outils", default="csv,deliberations,frictionless,validata")
    parseur.add_argument("--schema", type=Path, default=SCHEMA_DEFAUT)
    parseur.add_argument(
        "--dossier", type=Path, default=None, help="où garder les fichiers engendrés"
    )
    a = parseur.parse_args()
    outils = a.outils.split(",")
    if not a.schema.exists() and ({"frictionless", "validata"} & set(outils)):
        sys.exit(f"Schéma officiel introuvable : {a.schema} (option --schema).")
    dossier = a.dossier or Path(tempfile.mkdtemp(prefix="bench-scdl-"))
    dossier.mkdir(parents=True, exist_ok=True)
    print(f"Machine : {sys.platform}, Python {sys.version.split()[0]} ; fichiers dans {dossier}")
    for taille in (int(t) for t in a.tailles.split(",")):
        for casses in (0.0, 0.01):
            fichier = dossier / f"scdl_{taille}_{int(casses * 100)}pc.csv"
            if not fichier.exists():
                subprocess.run(
                    [
                        sys.executable,
                        str(ICI / "generer_scdl.py"),
                        str(fichier),
                        "--lignes",
                        str(taille),
                        "--casses",
                        str(casses),
                    ],
                    check=True,
                )
            print(
                f"\n== {taille} lignes, {casses:.0%} cassées ({fichier.stat().st_size / 1e6:.1f} Mo)"
            )
            print(
                f"{'outil':<14}{'secondes':>10}{'CPU':>7}{'total':>9}{'lignes/s':>12}{'pic Mo':>9}"
                "  verdict"
            )
            resultats = {o: mesurer(o, fichier, a.schema) for o in outils}
            for outil, r in resultats.items():
                if r.get("echec"):
                    print(f"{outil:<14} échec : {r['message']}")
                    continue
                secondes = float(r["secondes"] or 0)
                print(
                    f"{outil:<14}{secondes:>10.2f}{float(r['cpu'] or 0):>7.2f}"
                    f"{float(r['total'] or 0):>9.2f}"
                    f"{taille / secondes:>12,.0f}{float(r['pic_mo'] or 0):>9.0f}  "
                    f"{r.get('valide')} ({r.get('erreurs', '-')} erreurs)".replace(",", " ")
                )
            nous = resultats.get("deliberations")
            if nous and not nous.get("echec"):
                t, cpu = float(nous["secondes"] or 0), float(nous["cpu"] or 0)
                for outil, r in resultats.items():
                    if outil != "deliberations" and not r.get("echec"):
                        print(
                            f"  rapport {outil} / deliberations : "
                            f"{float(r['secondes'] or 0) / t:.2f} (temps écoulé), "
                            f"{float(r['cpu'] or 0) / cpu:.2f} (temps CPU)"
                        )


if __name__ == "__main__":
    main()
