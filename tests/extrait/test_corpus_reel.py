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
    "180": "presents : 0 lus pour 15 ; procurations : 0 lues pour 2 (texte aplati : « Nombre de conseillers : En exercice : 19 Présents : 15 … Absents : 2 Présents : X, Maire (pouvoir de Y), … » : la seconde rubrique « Présents : » après les décomptes n'est pas lue comme liste (extrait.presents-manquants) ; pouvoirs entre parenthèses « (pouvoir de Y) » et « Procurations : Y (pouvoir à X), » non lus ; le désaccord avec les décomptes annoncés est un AVERTISSEMENT extrait.decompte « les listes lues peuvent être incomplètes »)",
    "181": "procurations : 0 lues pour 1 (« Régis PERRET (pouvoir de Murielle CHAPUIS) » : précision ignorée ; « Procurations : Murielle CHAPUIS (pouvoir à Régis PERRET), » non lu ; AVERTISSEMENT extrait.decompte « 13 votants, les listes en donnent 12 : les listes lues peuvent être incomplètes »)",
    "182": 'type : None au lieu de "metropole" ; organe : "conseil_municipal" (supposé, extrait.organe-absent) au lieu de "conseil_metropolitain" ; president, secretaires, en_exercice (30), excuses, procurations (4), suppleance : non lus ; délibérations : 2 lues pour 4 (texte aplati : « Compte-rendu du Conseil de Métropole » ni organe ni type ; « sous la présidence de Monsieur X. Nombre de membres en exercice : 30 Présents : » non découpé ; « X, suppléante de Y. » et « Absent(es) ayant voté par procuration … territoriales: A à B, … » non lus ; l\'en-tête « Page 1/9 Secrétariat Général … » lu comme délibération n° « 1/9 » ; « 1- Approbation du procès-verbal … » lu avec le rang 2 ; points « N- Titre … Pour : 27 Contre : 0 Abstentions : 2 Adopté » non découpés après le premier)',
    "183": 'collectivite : None au lieu de "Garrigues Métropole" (nom seulement dans <title>, logo et pied de page) ; presents : 2 en trop (« Thomas NOUGARET à Florence ARNAL », « Sylvie VALAT à Odile PAGES » lus comme présents, extrait.nom-illisible) ; procurations : 0 lues pour 4 ; suppleance « Lucas MOLINIER, suppléant de Henri BAUMES. » non lue ; mouvements : départ après le point 2 avec procuration non lu ; délibérations : 0 lues pour 4 (points en <h3> « N- Titre » non reconnus : extrait.deliberation-absente, votes « Pour : 22 Contre : 0 Abstentions : 0<br>Adopté à l\'unanimité » hors délibération)',
    "185": "absents/excuses : « Absent non représenté : Maryline HOUDARD (excusée) » lu comme une procuration sans mandataire (extrait.procuration-incomplete) : rangée parmi les absents au lieu des excusés",
    "186": "secretaire, presents (11), excuses, procurations (2), suppleance : non lus (texte aplati : « pour la commune de X : madame NOM Prénom monsieur NOM Prénom » non découpé ; extrait.presents-manquants ; la commune d'un groupe de délégués est écartée de la collectivité, extrait.collectivite-organe) ; délibérations : 1 lue pour 4 (« N 2015-031 : … » : numéro sans « ° » perdu (rang 1 attribué), points suivants non découpés, et le « ne prend pas part au vote » du point 2015-034 versé au premier point)",
    "187": "convocation, president (« par le Président de la Communauté de communes du Pays de Jarnioux, monsieur NOM Prénom, » puis « monsieur NOM Prénom ouvre la séance ») : non lus ; decomptes : « Nombre de délégués qui assistent à la séance : … 17 » non lu ; presents (16), absents, excuses, procurations (3), suppleance : non lus (groupes « pour la commune de X : monsieur NOM Prénom » et noms seuls sur les lignes suivantes : extrait.ligne-non-comprise) ; délibération 2009-58 : objet faux (titre sur deux lignes : la fin de la 2e ligne du texte « mois sur la nouvelle rédaction de l'article 4 des statuts. » collée au titre ; seuls des constats de listes sont levés)",
    "188": "excuses : « Absent non représenté : Vincent GODARD (excusé) » non lu ; procurations : 1 lue pour 2 (« Céline FOURNIER représentée par Françoise POTTIER Absent non représenté : … » : mandataire illisible, extrait.mandataire-inconnu) ; délibérations : 1 lue pour 3 (texte aplati : « Délibération 8/2022 TITRE … » non découpés ; la délibération 7/2022 reçoit une unanimité (sans doute celle d'un point suivant non découpé), sans constat, en plus de « Pour : 12 Contre : 2 Abstention : 0 »)",
    "189": "presents : 1 manquant (« Gabriel VOLDOIRE / (arrivé au point 2) et Annick BARGE, conseillers municipaux » : le nom après « et » sur la ligne de la mention d'arrivée est perdu ; la secrétaire est alors « dans aucune liste ») ; procurations : 0 lues pour 1 (« (pouvoir de Lucien MARTINON, Maire) » et « Procurations : Lucien MARTINON, Maire (pouvoir à Raymond CHAMBARD), » non lus) ; mouvements : arrivée au point 2 non lue (extrait.personne-inconnue « Arrivée ou départ de «  » » : nom vide) ; les désaccords avec les décomptes annoncés sont des AVERTISSEMENT extrait.decompte « les listes lues peuvent être incomplètes »",
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
