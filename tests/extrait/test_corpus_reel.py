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
    "200": "president : None au lieu de « Gérard LAMBLIN » (« La réunion a débuté le … sous la présidence du Maire, M NOM Prénom. » non comprise, sans constat extrait.president) ; decomptes : votants 11 au lieu de 10, en exercice (11) et présents (9) perdus (tableau « En exercice<br>Présents<br>Votants » | « : 11<br>: 9<br>: 10 » : intitulés et nombres dans deux cellules ; le constat extrait.decompte dit à tort « Le document annonce 11 votants ») ; deliberations : numéro « 1 » (rang, extrait.numero-absent) au lieu de « 2022-07 » et objet suivi de « N° interne de l'acte : 2022-07 » (numéro écrit après le titre)",
    "201": "president : None au lieu de « Nadine CHOLLEY » (« sous la présidence du Maire, Mme NOM Prénom. » dans la phrase « La réunion a débuté le … » non lue) ; decomptes : présents (13) et votants (14) perdus (« En exercice Présents Votants : 15 : 13 : 14 », intitulés puis nombres ; seul en exercice lu) ; deliberations : numéro « 1 » (rang, extrait.numero-absent) au lieu de « 2021-23 » (« Objet : Titre N° interne de l'acte : 2021-23 », numéro après le titre)",
    "202": "president : None au lieu de « Michel GIRARDOT » (phrase « La réunion a débuté le … sous la présidence du Maire, M NOM Prénom. » non lue) ; decomptes : présents et votants (11) perdus (« Votants  : 11  : 11  : 11 », intitulés puis nombres) ; deliberations : numéro « 1 » (rang) au lieu de « 2023-02 » et objet suivi de « N° interne de l'acte : 2023-02 »",
    "203": "president : None au lieu de « Jacques FOURNIER » (ligne « La réunion a débuté le … sous la présidence du Maire, M NOM Prénom. » non comprise) ; decomptes : rien de lu (intitulés « En exercice / Présents / Votants » un par ligne puis nombres « : 14 / : 10 / : 12 » un par ligne, lignes non comprises) ; presents : « Votants » lu comme un présent (intitulé de la colonne des décomptes) d'où 11 présents et l'erreur vote.total (12 voix pour 13 présents ou représentés) que le document ne porte pas ; deliberations : numéro « 1 » (rang) au lieu de « 2020-58 » et objet suivi de « N° interne de l'acte : 2020-58 »",
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
