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
    "168": "collectivite : None au lieu de la commune (nommée seulement dans le pied de page, après les délibérations, où la collectivité n'est plus cherchée ; constat extrait.collectivite-absente)",
    "170": "collectivite, type : None (la communauté n'est nommée que dans le corps du texte aplati, après les points ; constat extrait.collectivite-absente)",
    "173": "presents : un présent attendu à null (« M. le Président » d'un membre, nommé par sa seule fonction) : le modèle ne porte que des personnes nommées ; lu et signalé (extrait.nom-illisible)",
    "174": "collectivite, type : None, organe conseil_municipal au lieu de comite_syndical (« Conseil Syndical du SIVOM de X » dans un billet de blog : ni l'organe ni la collectivité reconnus ; signalé extrait.collectivite-absente)",
    "181": "collectivite : \"cette\" au lieu de null, sans constat (« le Conseil Municipal de cette commune » lu comme un nom de commune) ; délibérations : ordre du jour « 1) … 4) Voirie … 5) Questions diverses » lu comme points (point 4 placé en tête) ; le point 4 reçoit une unanimité que le document ne lui donne pas (sans doute la phrase « le PV est adopté à l'unanimité » qui suit l'ordre du jour) et son vote réel (« Vote : 11 pour, 2 contre ») est versé au point 3 avec l'unanimité de celui-ci : votes faux signalés seulement par des INFO extrait.sommaire",
    "182": 'type : None au lieu de "metropole" ; organe : "conseil_municipal" (supposé, extrait.organe-absent) au lieu de "conseil_metropolitain" ; president, secretaires, en_exercice (30) : non lus ; délibérations : 2 lues pour 4 (texte aplati : « Compte-rendu du Conseil de Métropole » ni organe ni type ; « sous la présidence de Monsieur X. Nombre de membres en exercice : 30 » non découpé ; l\'en-tête « Page 1/9 Secrétariat Général … » lu comme délibération n° « 1/9 » ; « 1- Approbation du procès-verbal … » lu avec le rang 2 ; points « N- Titre … Pour : 27 Contre : 0 Abstentions : 2 Adopté » non découpés après le premier)',
    "183": "collectivite : None au lieu de \"Garrigues Métropole\" (nom seulement dans <title>, logo et pied de page) ; procurations : 3 lues pour 4 et mouvements : départ après le point 2 non lu (« Monsieur Franck MAUREL quitte la séance à l'issue de ce point et donne procuration à … » après le point 2, que l'analyseur ne découpe pas : extrait.ligne-non-comprise) ; délibérations : 0 lues pour 4 (points en <h3> « N- Titre » non reconnus : extrait.deliberation-absente, votes « Pour : 22 Contre : 0 Abstentions : 0<br>Adopté à l'unanimité » hors délibération)",
    "184": 'collectivite : "Vrigny-sur-Vesle" au lieu de "Syndicat Intercommunal Scolaire de la Haute Vesle", sans avertissement (le nom de la commune du <title> et du pied de page l\'emporte sur le syndicat nommé dans le corps : INFO extrait.collectivite-divergente seulement) ; type "commune", organe "conseil_municipal" (supposé) au lieu de "syndicat"/"comite_syndical" (« conseil syndical » non reconnu) ; presents : 2 en trop (« POTRON Xavier (suppléant et non votant) » et « CHARBONNEAUX Eric (suppléant et votant) » comptés présents titulaires : INFO extrait.precision-ignoree seulement) ; délibération 02/2017 : abstentions None au lieu de 0 (« et 0 voix d\'Abstention ») ; délibération 03/2017 : scrutin non lu (« décide avec 05 voix Pour, 1 voix Contre et 1 voix d\'Abstention de … », extrait.scrutin-absent)',
    "186": "collectivite, type : None (« par le Président de Val de Galaure Agglomération » non lu ; extrait.collectivite-absente) ; secretaire non lu (« Secrétaire de séance : madame NOM Prénom Le quorum étant atteint, … » dans le flux) ; presents : 10 lus pour 11 (le pied de page « Conseil communautaire du … Compte-rendu 1 2 » collé à « madame TESTE Laurence » dans le texte aplati : extrait.nom-illisible) ; délibérations : 1 lue pour 4 (« N 2015-031 : … » : numéro sans « ° » perdu (rang 1 attribué), points suivants non découpés, et le « ne prend pas part au vote » du point 2015-034 versé au premier point)",
    "187": "collectivite, type, convocation, president (« par le Président de la Communauté de communes du Pays de Jarnioux, monsieur NOM Prénom, » puis « monsieur NOM Prénom ouvre la séance ») : non lus ; decomptes : « Nombre de délégués qui assistent à la séance : … 17 » non lu ; délibération 2009-58 : objet faux sans constat (titre sur deux lignes : la fin de la 2e ligne du texte « mois sur la nouvelle rédaction de l'article 4 des statuts. » collée au titre)",
    "188": "délibérations : 1 lue pour 3 (texte aplati : « Délibération 8/2022 TITRE … » non découpés ; la délibération 7/2022 reçoit une unanimité (sans doute celle d'un point suivant non découpé), sans constat, en plus de « Pour : 12 Contre : 2 Abstention : 0 »)",
    "189": "délibérations : ordre du jour lu, point 2 placé avant le point 1, et le point 1 reçoit contre 0, l'unanimité et « adopté » que le document n'écrit pas (« Vote : 7 pour, 1 abstention » ; l'unanimité vient sans doute de la phrase d'approbation du PV) sans constat",
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
