"""Comparaison avec validata-table sur le corpus.

validata-table et frictionless tournent dans un environnement à part (``.ci/run`` crée
``.venv-validata``) : leurs dépendances épinglées n'entrent pas dans l'environnement du projet.
Sans la variable ``DELIBERATIONS_VALIDATA_PYTHON``, ces tests sont sautés.
"""

from __future__ import annotations

import codecs
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest

from deliberations.model import lire_seance
from deliberations.scdl import NOMS, ecrire_scdl, valider_scdl, verdict_officiel
from tests.conftest import EXEMPLE_SEED
from tests.scdl.validata_externe import Plantage, lancer

CORPUS = Path(__file__).parent / "corpus"
ECARTS_VOULUS = {"reel-entete-coquilles.csv", "reel-entete-minuscules.csv"}
"""Fichiers où Validata plante (en-tête sans aucun nom exact) : écart documenté, testé plus bas."""
SIRET_ILLUSTRATION = "24210041000016"


def _schema(reference: Path) -> dict[str, Any]:
    return json.loads((reference / "scdl" / "deliberations-2.1.5.schema.json").read_text("utf-8"))


def _externe(outil: str, nom: str, contenu: bytes, schema: dict[str, Any]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as dossier:
        fichier, chemin_schema = Path(dossier) / nom, Path(dossier) / "schema.json"
        fichier.write_bytes(contenu)
        chemin_schema.write_text(json.dumps(schema), "utf-8")
        return lancer(outil, fichier, chemin_schema)


def _validata(chemin: Path | tuple[str, bytes], schema: dict[str, Any]) -> dict[str, Any]:
    nom, contenu = (chemin.name, chemin.read_bytes()) if isinstance(chemin, Path) else chemin
    return _externe("validata", nom, contenu, schema)


@pytest.mark.parametrize(
    "fichier",
    [p for p in sorted(CORPUS.glob("*.csv")) if p.name not in ECARTS_VOULUS],
    ids=lambda p: p.name,
)
def test_memes_lignes_et_colonnes_que_validata(fichier: Path, reference: Path) -> None:
    attendu = _validata(fichier, _schema(reference))
    eux = {(e.get("rowNumber"), e.get("fieldName"), e["type"]) for e in attendu["errors"]}
    rapport = valider_scdl(fichier)
    nous = {
        (dict(c.details).get("ligne"), dict(c.details).get("colonne"), c.code)
        for c in rapport.erreurs
    }
    assert nous == eux
    assert verdict_officiel(rapport) == attendu["valid"]


def test_seed_en_scdl_accepte_par_validata_et_frictionless(tmp_path: Path, reference: Path) -> None:
    sortie = tmp_path / "seed.csv"
    rapport = ecrire_scdl(lire_seance(EXEMPLE_SEED), sortie, siret=SIRET_ILLUSTRATION)
    assert rapport.ok
    assert valider_scdl(sortie, strict=True).ok
    assert _validata(sortie, _schema(reference))["valid"]
    assert _externe("frictionless", sortie.name, sortie.read_bytes(), _schema(reference))["valid"]


# ------------------------------------------------------------------ les points de l'issue 10

ENTETE = "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET"
LIGNE = "Ville de Poitiers,21860194600013,D1,2023-05-10,7.1,{nom},Budget"
VALIDE = f"{ENTETE}\n{LIGNE.format(nom='Finances locales/Budget')}\n"
LIGNE_COMPLETE = {
    **dict(
        zip(ENTETE.split(","), LIGNE.format(nom="Finances locales/Budget").split(","), strict=True)
    ),
    "BUDGET_ANNEE": "2023",
    "BUDGET_NOM": "Budget principal",
    "PREF_ID": "PREF086",
    "PREF_DATE": "2023-05-12",
    "VOTE_EFFECTIF": "53",
    "VOTE_REEL": "50",
    "VOTE_POUR": "40",
    "VOTE_CONTRE": "6",
    "VOTE_ABSTENTION": "4",
    "DELIB_URL": "https://www.poitiers.fr/delib/D1.pdf",
}


def _avec_nom(nom: str) -> bytes:
    return f"{ENTETE}\n{LIGNE.format(nom=nom)}\n".encode()


MEMES_VERDICTS = {
    "entete-casse": VALIDE.replace("COLL_NOM", "Coll_nom").encode(),
    "utf16-tabulation": codecs.BOM_UTF16_LE + VALIDE.replace(",", "\t").encode("utf-16-le"),
    "url-https-seul": f"{ENTETE},DELIB_URL\n{LIGNE.format(nom='Finances locales/B')},https:\n".encode(),
    "espace-avant-oblique-niveau2": _avec_nom("commande publique/transactions /protocole d accord"),
    "espace-insecable": _avec_nom("Finances\u00a0locales/budget"),
    "ligature": _avec_nom("\ufb01nances locales/budget"),
    "accent-etranger": _avec_nom("F\u012bnances locales/budget"),
    "ligne-sep-excel-cinq-lignes": (
        "sep=,\n" + ",".join(NOMS) + "\n" + (",".join(LIGNE_COMPLETE[n] for n in NOMS) + "\n") * 5
    ).encode(),
    "groupe-partiel": f"{ENTETE},BUDGET_ANNEE\n{LIGNE.format(nom='Finances locales/B')},2023\n".encode(),
}


def _nous(donnees: bytes) -> tuple[bool, set[tuple[Any, Any, str]]]:
    rapport = valider_scdl(donnees)
    erreurs = {
        (dict(c.details).get("ligne"), dict(c.details).get("colonne"), c.code)
        for c in rapport.erreurs
    }
    return verdict_officiel(rapport), erreurs


@pytest.mark.parametrize("cas", sorted(MEMES_VERDICTS))
def test_points_de_l_issue_memes_verdicts_que_validata(cas: str, reference: Path) -> None:
    attendu = _validata((f"{cas}.csv", MEMES_VERDICTS[cas]), _schema(reference))
    valide, erreurs = _nous(MEMES_VERDICTS[cas])
    assert valide == attendu["valid"]
    assert erreurs == {
        (e.get("rowNumber"), e.get("fieldName"), e["type"]) for e in attendu["errors"]
    }


# ------------------------------------------------------------------ écarts documentés (docs/scdl.md)
# Chaque écart de la documentation est vérifié ici des deux côtés : ce que fait Validata, ce
# que fait la bibliothèque. Si Validata change, le test le dit et la documentation se corrige.


def _validata_ou_plantage(nom: str, donnees: bytes, reference: Path) -> bool | str:
    try:
        return bool(_validata((nom, donnees), _schema(reference))["valid"])
    except Plantage as erreur:  # Validata plante : c'est l'écart documenté
        return f"plantage {erreur.args[0]}"


ECARTS = {
    # cas : (données, verdict de Validata, notre verdict officiel)
    "plus-de-100000-lignes": (
        (ENTETE + "\n" + (LIGNE.format(nom="Finances locales/B") + "\n") * 100_001).encode(),
        False,
        True,
    ),
    "entete-minuscules": (
        VALIDE.replace(ENTETE, ENTETE.lower()).encode(),
        "plantage ValueError",
        False,
    ),
    "ligne-sep-excel": (("sep=,\n" + VALIDE).encode(), "plantage ValueError", True),
    "nom-sans-oblique": (_avec_nom("Urbanismes"), True, False),
    "accents-decomposes-nfd": (
        _avec_nom("Libert\u0065\u0301s publiques et pouvoirs de police/x"),
        False,
        True,
    ),
    "tronque-dans-guillemets": (VALIDE.replace(",Budget\n", ',"Bud').encode(), True, False),
    "noms-repetes": (VALIDE.replace("DELIB_OBJET", "DELIB_ID").encode(), False, False),
}


@pytest.mark.parametrize("cas", sorted(ECARTS))
def test_ecarts_documentes_avec_validata(cas: str, reference: Path) -> None:
    donnees, eux, nous = ECARTS[cas]
    assert _validata_ou_plantage(f"{cas}.csv", donnees, reference) == eux
    assert _nous(donnees)[0] is nous


def test_noms_repetes_validata_ne_lit_pas_les_lignes(reference: Path) -> None:
    """Validata rend une erreur générique sans lire les lignes ; ici, les lignes sont lues."""
    donnees = VALIDE.replace("DELIB_OBJET", "DELIB_ID").replace("2023-05-10", "10/05/2023").encode()
    attendu = _validata(("noms.csv", donnees), _schema(reference))
    assert {e["type"] for e in attendu["errors"]} == {"error"}
    assert ("type-error") in {c for _, _, c in _nous(donnees)[1]}
