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
    "165": "mouvements : {} au lieu de {'ronan quemener': [2, None], 'erwan jegou': [3, None]} (« ABSENT : X (arrivé à la question 2) » et un mandant « (arrivé à la question 3) » : arrivées d'un membre noté absent ou représenté, lues et signalées (extrait.personne-inconnue) mais non portées : il faudrait le noter présent à partir du point 2)",
    "170": "collectivite, type : None (la communauté n'est nommée que dans le corps du texte aplati, après les points ; constat extrait.collectivite-absente)",
    "173": "presents : un présent attendu à null (« M. le Président » d'un membre, nommé par sa seule fonction) : le modèle ne porte que des personnes nommées ; lu et signalé (extrait.nom-illisible)",
    "183": "collectivite : None au lieu de « Garrigues Métropole » (nommée seulement dans <title>, le logo et le pied de page, hors de l'en-tête lu ; constat extrait.collectivite-absente)",
    "186": 'presents : un présent perdu (le pied de page « Conseil communautaire du … Compte-rendu 1 2 » collé à son nom dans le texte aplati ; constat extrait.nom-illisible)',
    "190": "deliberations : aucune (points « I TITRE », « II TITRE » en chiffres romains sans séparateur, non reconnus comme titres ; lignes signalées extrait.ligne-non-comprise, votes extrait.vote-hors-deliberation, constat extrait.deliberation-absente)",
    "191": "secretaires et presents : « I. Corinne GARROS » (le « I » du premier point « I APPROBATION … », collé au secrétaire dans le texte aplati, pris pour une initiale, sans constat propre) ; deliberations : numéros romains I, II, III lus comme absents (rang 1, 2, 3, extrait.numero-absent) et laissés en tête des objets « II VOTE … », « III CREATION … »",
    "192": "deliberations : points « 1.1) Titre » non reconnus (extrait.deliberation-absente) ; le reste (décomptes par qualité, « Mmes & MM. », « Déléguée suppléante : X », secrétaire désignée « Nom Prénom ») est lu exactement",
    "193": "deliberations : points « 1.1) Titre » non reconnus dans le texte aplati : une seule délibération, objet « Approbation du Compte-rendu de la séance du 19.09. » avec les voix du point 2.2 (5 pour, 2 contre) et l'unanimité du point 1.1 (extrait.texte-aplati ; la validation relève resultat.unanimite) ; le reste (président, décomptes, listes, pouvoir, secrétaire) est lu exactement",
    "194": "deliberations : aucune (points « I/ TITRE » non reconnus, extrait.deliberation-absente) ; la collectivité du bandeau « SIVOS du X - Syndicat … » est lue",
    "195": "deliberations : aucune (rubriques « I/ FINANCES », « II/ PERSONNEL » dans le texte aplati non reconnues comme points ; extrait.deliberation-absente)",
    "196": "deliberations : aucune (points « I TITRE » en chiffres romains sans séparateur non reconnus ; extrait.deliberation-absente)",
    "197": "deliberations : points « 1.1) Titre » non reconnus (extrait.deliberation-absente) ; le reste (décomptes par qualité, « Délégués suppléants : X (pour Y) », « Mmes & MM. », secrétaire désignée) est lu exactement",
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
