"""Le corpus modelé sur des documents publiés (101 et suivants) : chaque document se lit
exactement comme son attendu, écrit à la main (règles de comparaison de ``FORMAT.md``).

Un document qui ne se lit pas encore exactement figure dans :data:`ECARTS` avec la raison
précise ; le test est alors un ``xfail`` strict : il échoue le jour où le document se lit
exactement, pour qu'on retire l'écart.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.extrait.comparaison import attendu_de, comparer, documents, lire

ECARTS: dict[str, str] = {
    "165": "mouvements : {} au lieu de {'ronan quemener': [2, None], 'erwan jegou': [3, None]} ; délibérations : 1 lues pour 4 (texte aplati : arrivées « (arrivé à la question N) » d'un absent et d'un mandant lues mais non reportées (le modèle ne porte les mouvements que des présents ; constat extrait.personne-inconnue) ; points « 1 TITRE » sans séparateur non découpés : les votes des quatre points sont versés sur le premier)",
    "166": "délibération 1 : objet mal délimité ; délibération 2 : objet mal délimité ; délibération 3 : objet mal délimité (titre de point « 1. Objet : » gardé avec ses deux-points)",
    "167": 'date : "2022-03-15" au lieu de "2022-03-07" ; délibérations : 0 lues pour 5 (date de publication (15 mars) prise pour la date de séance sans constat ; titres en <li><strong> suivis du vote non reconnus comme délibérations)',
    "168": "délibérations : 0 lues pour 4 (« N° 2020/14 » et titre dans deux <div> successifs non reconnus comme délibérations)",
    "169": "délibérations : 1 lues pour 4 (texte aplati : « N° 2009/31 TITRE » : une délibération lue sur quatre, avec le vote d'une autre)",
    "170": "aucune séance construite : extrait.date-absente (texte aplati : date « MARDI 15 SEPTEMBRE 2020 – LIEU » dans le titre non trouvée)",
    "171": "délibérations : 0 lues pour 3 (points « Objet : / Rapporteur : / Vote : » non reconnus)",
    "172": "délibération 1 : objet mal délimité ; délibération 2 : objet mal délimité ; délibération 2 : scrutin différent ; délibération 3 : objet mal délimité (« 1. Objet : adopté … » : deux-points gardés dans l'objet, vote en phrase sur la même ligne non lu)",
    "173": "presents : 1 manquant(s), 0 en trop ; délibérations : 0 lues pour 3 (la ligne « M. le Président » (délégué désigné par sa fonction, sans nom) est attendue comme un présent sans nom (null), que le modèle ne peut pas porter : signalée par extrait.nom-illisible ; points en <h3> sans numéro non reconnus)",
    "174": 'collectivite : None au lieu de "SIVOM de la Vallée du Rieutort" ; type : None au lieu de "syndicat" ; organe : "conseil_municipal" au lieu de "comite_syndical" ; date : "2014-07-08" au lieu de "2014-07-07" ; délibérations : 0 lues pour 3 (billet de blog : date de publication prise pour la date de séance sans constat ; « Conseil Syndical du SIVOM de X » ni collectivité ni organe ; points « - Objet : issue » non reconnus)',
}


def _cas() -> list[object]:
    cas: list[object] = []
    for document in documents():
        numero = document.name[:3]
        marques = []
        if numero in ECARTS:
            marques.append(pytest.mark.xfail(strict=True, reason=ECARTS[numero]))
        cas.append(pytest.param(document, id=document.stem, marks=marques))
    return cas


@pytest.mark.parametrize("document", _cas())
def test_document_lu_exactement(document: Path) -> None:
    attendu = json.loads(attendu_de(document).read_text("utf-8"))
    resultat = lire(document)
    assert resultat.seance is not None, resultat.rapport.vers_texte()
    verdicts = comparer(resultat, attendu)
    ecarts = {champ: v for champ, v in verdicts.items() if v != "juste"}
    assert not ecarts, ecarts
    if "constats" in attendu:
        codes = sorted({c.code for c in resultat.rapport.filtrer(au_moins="avertissement")})
        assert codes == sorted(attendu["constats"])


def test_chaque_document_a_son_attendu() -> None:
    for document in documents():
        assert attendu_de(document).exists(), document
