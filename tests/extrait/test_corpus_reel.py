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
    "115": "délibération 3 : objet mal délimité ; délibération 5 : objet mal délimité",
    "117": "excuses : 1 manquant(s), 0 en trop ; procurations : 1 manquante(s), 0 en trop ; délibérations : 0 lues pour 4",
    "131": "suppleances : 5 manquante(s), 0 en trop (suppléant dont le titulaire n'est pas nommé : le modèle n'a pas de Presence pour lui, constat extrait.suppleant-sans-titulaire)",
    "132": "suppleances : 2 manquante(s), 0 en trop (suppléant dont le titulaire n'est pas nommé : le modèle n'a pas de Presence pour lui, constat extrait.suppleant-sans-titulaire)",
    "137": "délibération 4 : objet mal délimité",
    "141": "excuses : 0 manquant(s), 0 en trop ; procurations : 3 manquante(s), 0 en trop ; suppleances : 1 manquante(s), 0 en trop ; délibération 3 : objet mal délimité ; délibération 4 : objet mal délimité",
    "142": "presents : 1 manquant(s), 0 en trop ; suppleances : 2 manquante(s), 0 en trop (suppléant dont le titulaire n'est pas nommé : le modèle n'a pas de Presence pour lui, constat extrait.suppleant-sans-titulaire)",
    "145": "procurations : 1 manquante(s), 0 en trop ; mouvements : {} au lieu de {'evelyne moneger': [None, 2]} ; délibérations : 0 lues pour 4",
    "148": "presents : 1 manquant(s), 3 en trop ; procurations : 3 manquante(s), 0 en trop ; délibération 4 : scrutin différent",
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
