"""Accord de verdicts avec validata-table sur des fichiers mutés (extra « validata »).

Part d'un fichier SCDL valide de quelques lignes, applique une mutation à la fois (dates,
SIRET, matières, en-têtes, encodages, séparateurs, votes, adresses, lignes vides ou
inégales…), valide chaque fichier avec la bibliothèque et avec validata-table, puis imprime
le taux d'accord (verdict, puis ensemble ligne/colonne/type d'erreur) et les désaccords par
sorte de mutation, en marquant ceux qui sont des écarts documentés (docs/scdl.md).

    python benchmarks/scdl_comparaison_validata.py --schema ../shared/reference/scdl/deliberations-2.1.5.schema.json

Ce n'est pas un test : rien n'échoue, les chiffres sont imprimés.
"""

from __future__ import annotations

import argparse
import codecs
import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from deliberations.scdl import NOMS, valider_scdl, verdict_officiel

ICI = Path(__file__).resolve().parent
SCHEMA_DEFAUT = (
    ICI.parent.parent / "shared" / "reference" / "scdl" / "deliberations-2.1.5.schema.json"
)
BASE = {
    "COLL_NOM": "Communauté de communes du Val d'Exemple",
    "COLL_SIRET": "21860194600013",
    "DELIB_ID": "CC-2024-{i}",
    "DELIB_DATE": "2024-03-{j:02d}",
    "DELIB_MATIERE_CODE": "7.1",
    "DELIB_MATIERE_NOM": "finances locales/décisions budgétaires",
    "DELIB_OBJET": "Budget annexe, décision modificative n°{i}",
    "BUDGET_ANNEE": "2024",
    "BUDGET_NOM": "Budget annexe assainissement",
    "PREF_ID": "PREF086",
    "PREF_DATE": "2024-03-{k:02d}",
    "VOTE_EFFECTIF": "33",
    "VOTE_REEL": "30",
    "VOTE_POUR": "25",
    "VOTE_CONTRE": "3",
    "VOTE_ABSTENTION": "2",
    "DELIB_URL": "https://www.exemple.fr/deliberations/CC-2024-{i}.pdf",
}
ECARTS_DOCUMENTES = {"nom-sans-oblique", "nfd", "tronque", "entete-minuscules", "sep-excel"}


def _lignes(n: int) -> list[dict[str, str]]:
    return [
        {k: v.format(i=i, j=1 + i % 27, k=2 + i % 27) for k, v in BASE.items()} for i in range(n)
    ]


def _csv(lignes: list[dict[str, str]], sep: str = ",", entete: list[str] | None = None) -> str:
    def cellule(v: str) -> str:
        return f'"{v}"' if any(c in v for c in (sep, '"', "\n")) else v

    noms = entete or list(NOMS)
    corps = [sep.join(noms)] + [sep.join(cellule(x.get(n, "")) for n in NOMS) for x in lignes]
    return "\r\n".join(corps) + "\r\n"


def _cellule(colonne: str, valeurs: list[str]) -> Callable[[random.Random], bytes]:
    def muter(alea: random.Random) -> bytes:
        lignes = _lignes(5)
        lignes[alea.randrange(5)][colonne] = alea.choice(valeurs)
        return _csv(lignes).encode()

    return muter


MUTATIONS: dict[str, Callable[[random.Random], bytes]] = {
    "date-fr": _cellule(
        "DELIB_DATE", ["10/05/2024", "2024/05/10", "2024-5-10", "2024-02-30", "2024-05-10T00:00:00"]
    ),
    "siret": _cellule(
        "COLL_SIRET", ["21860194600014", "218 601 946 00013", "2186019460001", "35600000000048", ""]
    ),
    "matiere-code": _cellule("DELIB_MATIERE_CODE", ["7", "7.1.2", "07.1", "9.99", "7.10", ""]),
    "matiere-nom": _cellule(
        "DELIB_MATIERE_NOM",
        [
            "Finances locales / budget",
            "FINANCES LOCALES/x",
            "finances/x",
            "Urbanisme",
            "commande publique/a /b",
            "Finances\u00a0locales/x",
        ],
    ),
    "nom-sans-oblique": _cellule("DELIB_MATIERE_NOM", ["Urbanismes", "Finances localesX"]),
    "nfd": _cellule("DELIB_MATIERE_NOM", ["Libert\u0065\u0301s publiques et pouvoirs de police/x"]),
    "budget": _cellule("BUDGET_ANNEE", ["2024/2023", "2024/2024", "24", "2023/2024", ""]),
    "votes": _cellule("VOTE_POUR", ["26", "40.0", "-1", "", "vingt"]),
    "effectif": _cellule("VOTE_EFFECTIF", ["29", "", "33 "]),
    "pref-date": _cellule("PREF_DATE", ["2023-01-01", "", "03/04/2024"]),
    "url": _cellule(
        "DELIB_URL",
        ["https:", "www.exemple.fr/d.pdf", "https://exemple.fr/a b.pdf", "ftp://x", "/relatif"],
    ),
    "obligatoire-vide": _cellule("DELIB_OBJET", [""]),
    "point-virgule": lambda a: _csv(_lignes(5), sep=";").encode(),
    "tabulation": lambda a: _csv(_lignes(5), sep="\t").encode(),
    "cp1252": lambda a: _csv(_lignes(5)).encode("cp1252"),
    "bom": lambda a: codecs.BOM_UTF8 + _csv(_lignes(5)).encode(),
    "utf16": lambda a: codecs.BOM_UTF16_LE + _csv(_lignes(5), sep="\t").encode("utf-16-le"),
    "ligne-vide": lambda a: _csv(_lignes(5)).replace("\r\n", "\r\n\r\n", 2).encode(),
    "ligne-courte": lambda a: (_csv(_lignes(5)) + "a,b\r\n").encode(),
    "ligne-longue": lambda a: _csv(_lignes(5)).replace("\r\n", ",x\r\n", 3).encode(),
    "colonne-en-plus": lambda a: _csv(_lignes(5), entete=[*NOMS[:-1], "DELIB_URL,EXTRA"]).encode(),
    "colonne-absente": lambda a: _csv(_lignes(5)).replace("VOTE_CONTRE", "VOTE_CONTR", 1).encode(),
    "entete-casse": lambda a: _csv(_lignes(5)).replace(a.choice(NOMS), "Coll_nom", 1).encode(),
    "entete-minuscules": lambda a: (
        _csv(_lignes(5)).replace(",".join(NOMS), ",".join(NOMS).lower(), 1).encode()
    ),
    "sep-excel": lambda a: ("sep=,\r\n" + _csv(_lignes(5))).encode(),
    "tronque": lambda a: (
        _csv(_lignes(5)).rstrip("\r\n").rsplit(",", 1)[0].encode() + b',"https://x'
    ),
}


def _validata(nom: str, donnees: bytes, schema: dict[str, Any]) -> tuple[bool | str, set[Any]]:
    import validata_core

    try:
        ressource = validata_core.resource_service.from_file_content(nom, donnees)
        r = validata_core.validation_service.validate_resource(ressource, schema).to_dict()
    except Exception as erreur:
        return f"plantage {type(erreur).__name__}", set()
    return bool(r["valid"]), {
        (e.get("rowNumber"), e.get("fieldName"), e["type"]) for e in r["errors"]
    }


def _nous(donnees: bytes) -> tuple[bool | str, set[Any]]:
    try:
        r = valider_scdl(donnees)
    except Exception as erreur:
        return f"illisible {type(erreur).__name__}", set()
    return verdict_officiel(r), {
        (dict(c.details).get("ligne"), dict(c.details).get("colonne"), c.code) for c in r.erreurs
    }


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--schema", type=Path, default=SCHEMA_DEFAUT)
    parseur.add_argument("--par-mutation", type=int, default=8)
    parseur.add_argument("--graine", type=int, default=2026)
    a = parseur.parse_args()
    schema = json.loads(a.schema.read_text("utf-8"))
    alea = random.Random(a.graine)
    verdicts, ensembles, total = Counter(), Counter(), Counter()
    for sorte, muter in MUTATIONS.items():
        for n in range(a.par_mutation):
            donnees = muter(alea)
            eux, leurs = _validata(f"{sorte}-{n}.csv", donnees, schema)
            nous, nos = _nous(donnees)
            total[sorte] += 1
            verdicts[sorte] += eux == nous
            ensembles[sorte] += eux == nous and leurs == nos
    n = sum(total.values())
    hors = [s for s in total if s not in ECARTS_DOCUMENTES]
    n_hors = sum(total[s] for s in hors)
    print(f"{n} fichiers mutés, {len(total)} sortes de mutation")
    print(f"verdicts identiques : {sum(verdicts.values())}/{n} ({sum(verdicts.values()) / n:.1%})")
    print(f"erreurs identiques (ligne, colonne, type) : {sum(ensembles.values())}/{n}")
    accord = sum(verdicts[s] for s in hors)
    print(f"hors écarts documentés : verdicts identiques {accord}/{n_hors} ({accord / n_hors:.1%})")
    print("\nsorte                   verdicts  erreurs   (écart documenté : *)")
    for sorte in total:
        marque = "*" if sorte in ECARTS_DOCUMENTES else " "
        print(
            f"{sorte:<22}{marque} {verdicts[sorte]:>3}/{total[sorte]:<4} {ensembles[sorte]:>3}/{total[sorte]}"
        )


if __name__ == "__main__":
    main()
