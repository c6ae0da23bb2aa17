"""Un même document copié autrement se lit pareil : pour les transformations qui ne changent
pas la structure (apostrophes, espaces insécables, fins de ligne Windows, ligatures de PDF,
césures invisibles, espaces doublés, autres intitulés et tournures de l'en-tête, mise en page
de ``pdftotext -layout``, autres puces et numéros, en-tête de page répété, tampon @CTES
sur chaque page, sauts de page et CRLF, espaces typographiques, UTF-8 relu en Windows-1252),
chaque champ juste sur l'original reste juste. Celles qui la changent (texte aplati, en-tête
en capitales, interlignes, pieds de page) sont mesurées par le banc
``benchmarks/extrait_metamorphique.py``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deliberations.extrait import lire_extrait
from tests.extrait.comparaison import attendu_de, comparer, documents
from tests.extrait.metamorphoses import TRANSFORMATIONS, attendu_transforme

DOCUMENTS = [d for d in documents(premier_corpus=True) if d.suffix == ".txt" and attendu_de(d).exists()]
SANS_EFFET = (
    "apostrophes typographiques",
    "apostrophes droites",
    "espaces insécables",
    "fins de ligne Windows",
    "ligatures de PDF",
    "césures invisibles",
    "espaces doublés",
    "autres intitulés",
    "autres tournures",
    "mise en page pdftotext",
    "autres puces et numéros",
    "en-tête de page répété",
    "tampon @CTES sur chaque page",
    "sauts de page et CRLF",
    "espaces typographiques",
    "UTF-8 relu en Windows-1252",
)


# Pertes connues (transformation, numéro du document) → champs perdus et raison ; strict : une
# perte qui disparaît doit être retirée d'ici.
PERTES_CONNUES: dict[tuple[str, str], tuple[frozenset[str], str]] = {
    ("mise en page pdftotext", "500"): (
        frozenset({"procurations"}),
        "document déjà en `pdftotext -layout` : la transformation met en retrait de huit blancs "
        "les paragraphes du document, dont les lignes ne sont plus recollées (« Mme Irène BOUDOU "
        "(Crespin) à » / « Mme Agnès CALMETTES ; … ») : un pouvoir perdu, signalé par un constat "
        "(verdict « faux-signale ») ; les voix du point 2022-031 (« … par 20 voix » / « pour et 1 "
        "abstention. ») se lisent depuis la dix-septième session",
    ),
    ("mise en page pdftotext", "624"): (
        frozenset({"deliberations"}),
        "la phrase d'arrivée du point 3 sur deux lignes (« Mme X arrive à 20 h 55, avant la "
        "présentation de ce point ; elle vote en » / « personne à partir de ce point et son pouvoir "
        "à M. Y prend fin. ») : mise en retrait de huit blancs, la seconde ligne n'est plus "
        "recollée à la première et s'ajoute au titre du point (« Tarifs du restaurant scolaire "
        "2016-2017 personne à partir de ce point … ») ; signalé (verdict « faux-signale »)",
    ),
    ("mise en page pdftotext", "580"): (
        frozenset({"deliberations"}),
        "registre à marge déjà copié par `pdftotext -layout` (numéro et objet dans la marge "
        "gauche) : la transformation met en retrait de huit blancs la dernière ligne de la marge "
        "du point 2004-49 (« réseaux (PVR) »), qui déborde alors la marge et ferme le bloc ; "
        "l'objet est lu « Participation pour voirie et » (test_serie42, registre à marge)",
    ),
}


def _verdicts(document: Path, texte: str, transformation: str | None = None) -> dict[str, str]:
    attendu = json.loads(attendu_de(document).read_text("utf-8"))
    if transformation is not None:
        attendu = attendu_transforme(transformation, attendu)
    return comparer(lire_extrait(texte), attendu)


@pytest.mark.parametrize("transformation", SANS_EFFET)
def test_transformations_sans_effet(transformation: str) -> None:
    perdus = []
    for document in DOCUMENTS:
        texte = document.read_text("utf-8")
        avant = _verdicts(document, texte)
        apres = _verdicts(document, TRANSFORMATIONS[transformation](texte), transformation)
        champs = [champ for champ, v in avant.items() if v == "juste" and apres[champ] != "juste"]
        connues, _raison = PERTES_CONNUES.get((transformation, document.name[:3]), (frozenset(), ""))
        assert connues <= set(champs), f"{document.name} : perte connue disparue, à retirer"
        perdus += [f"{document.name}:{champ}" for champ in champs if champ not in connues]
    assert perdus == []
