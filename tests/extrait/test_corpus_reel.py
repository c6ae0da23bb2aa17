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
    "180": "presents : 0 lus pour 15 ; procurations : 0 lues pour 2 (texte aplati : « Nombre de conseillers : En exercice : 19 Présents : 15 … Absents : 2 Présents : X, Maire (pouvoir de Y), … » : la seconde rubrique « Présents : » après les décomptes n'est pas lue comme liste (extrait.presents-manquants) ; pouvoirs entre parenthèses « (pouvoir de Y) » et « Procurations : Y (pouvoir à X), » non lus ; les ERREUR extrait.decompte « 15 présents, les listes en donnent 0 » et « 17 votants » accusent le document d'une incohérence qu'il n'a pas)",
    "181": "collectivite : \"cette\" au lieu de null, sans constat (« le Conseil Municipal de cette commune » lu comme un nom de commune) ; procurations : 0 lues pour 1 (« Régis PERRET (pouvoir de Murielle CHAPUIS) » : précision ignorée ; « Procurations : Murielle CHAPUIS (pouvoir à Régis PERRET), » non lu) ; délibérations : ordre du jour « 1) … 4) Voirie … 5) Questions diverses » lu comme points (point 4 placé en tête) ; le point 4 reçoit une unanimité que le document ne lui donne pas (sans doute la phrase « le PV est adopté à l'unanimité » qui suit l'ordre du jour) et son vote réel (« Vote : 11 pour, 2 contre ») est versé au point 3 avec l'unanimité de celui-ci : votes faux signalés seulement par des INFO extrait.sommaire",
    "182": "secretaires, excuses, procurations (4), suppleance : non lus (texte aplati : « X, suppléante de Y. » et « Absent(es) ayant voté par procuration en application des articles … territoriales: A à B, … » non lus ; « Absent(es) excusé(es) : X. Karima HADDAD est désignée en qualité de secrétaire de séance. » reste dans le morceau de la liste : ni excusé ni secrétaire lus)",
    "183": "collectivite : None au lieu de \"Garrigues Métropole\" (nom seulement dans <title>, logo et pied de page) ; presents : 2 en trop (« Thomas NOUGARET à Florence ARNAL », « Sylvie VALAT à Odile PAGES » lus comme présents, extrait.nom-illisible) ; procurations : 1 lue pour 4 (seul le départ avec procuration est lu ; l'intitulé citant les articles du CGCT n'est pas compris)",
    "184": "collectivite : \"Vrigny-sur-Vesle\" au lieu de \"Syndicat Intercommunal Scolaire de la Haute Vesle\" (le nom de la commune du <title> et du pied de page l'emporte sur le syndicat nommé dans le corps ; signalé extrait.collectivite-incoherente, l'organe lu dans les dispositifs étant le comité syndical) ; presents : 2 en trop (« POTRON Xavier (suppléant et non votant) » et « CHARBONNEAUX Eric (suppléant et votant) » comptés présents titulaires : INFO extrait.precision-ignoree seulement) ; suppleance non lue",
    "185": "absents/excuses : « Absent non représenté : Maryline HOUDARD (excusée) » lu comme une procuration sans mandataire (extrait.procuration-incomplete) : rangée parmi les absents au lieu des excusés",
    "186": "collectivite : \"SAINT-UZE\" au lieu de \"Val de Galaure Agglomération\", type non lu (une commune membre de « pour la commune de SAINT-UZE : » prise pour la collectivité ; signalé extrait.collectivite-incoherente face au conseil communautaire ; « par le Président de Val de Galaure Agglomération » non lu) ; presents (11), excuses, procurations (2), suppleance : non lus (texte aplati : « pour la commune de X : madame NOM Prénom monsieur NOM Prénom » non découpé ; extrait.presents-manquants)",
    "187": "presents (16), absents, excuses, procurations (3), suppleance : non lus (groupes « pour la commune de X : monsieur NOM Prénom » et noms seuls sur les lignes suivantes : extrait.ligne-non-comprise)",
    "188": "excuses : « Absent non représenté : Vincent GODARD (excusé) » non lu ; procurations : 1 lue pour 2 (« Céline FOURNIER représentée par Françoise POTTIER Absent non représenté : … » : mandataire illisible, extrait.mandataire-inconnu)",
    "189": "presents : 1 manquant (« Gabriel VOLDOIRE / (arrivé au point 2) et Annick BARGE, conseillers municipaux » : le nom après « et » sur la ligne de la mention d'arrivée est perdu ; la secrétaire est alors « dans aucune liste ») ; procurations : 0 lues pour 1 (« (pouvoir de Lucien MARTINON, Maire) » et « Procurations : Lucien MARTINON, Maire (pouvoir à Raymond CHAMBARD), » non lus) ; mouvements : arrivée au point 2 non lue (extrait.personne-inconnue « Arrivée ou départ de «  » » : nom vide) ; délibérations : ordre du jour lu, point 2 placé avant le point 1, et le point 1 reçoit contre 0, l'unanimité et « adopté » que le document n'écrit pas (« Vote : 7 pour, 1 abstention » ; l'unanimité vient sans doute de la phrase d'approbation du PV) sans constat ; ERREUR extrait.decompte « 8 présents, les listes en donnent 7 » et « 9 votants » dues aux lectures manquées, pas au document",
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
