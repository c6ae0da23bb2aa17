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
    "165": "convocation : None au lieu de \"2011-03-17\" ; secretaires : 1 manquant(s), 0 en trop ; décomptes : en_exercice ; presents : 1 manquant(s), 1 en trop ; absents : 1 manquant(s), 0 en trop ; procurations : 3 manquante(s), 0 en trop ; mouvements : {} au lieu de {'ronan quemener': [2, None], 'erwan jegou': [3, None]} (texte aplati : « ABSENT AYANT DONNE PROCURATION : X à Y, Z (arrivé à la question 3) à W » non lu, décomptes collés « En exercice : 23 Présents : 19 Votants : 22 Date de la convocation : … » et « a été élu secrétaire à 20 voix pour » non lus)",
    "166": 'type : None au lieu de "commune" (type vide quand la collectivité n\'est pas nommée alors que le document parle du Conseil Municipal et du Maire)',
    "167": 'date : "2022-03-15" au lieu de "2022-03-07" ; décomptes : procurations ; presents : 7 manquant(s), 0 en trop ; excuses : 2 manquant(s), 0 en trop ; procurations : 2 manquante(s), 0 en trop (date de publication (15 mars) prise pour la date de séance sans constat ; liste des présents dans l\'item « Nombre de conseillers présents : 7 : NOM Prénom, … ; » non lue ; « de X à Y, … et de Z à W » : deux pouvoirs sur quatre)',
    "168": "collectivite : None au lieu de \"Vaux-sur-Aronde\" ; secretaires : 1 manquant(s), 0 en trop ; presents : 2 manquant(s), 4 en trop ; procurations : 1 manquante(s), 0 en trop (collectivité lue seulement au pied de page « Mairie de X - adresse », après les délibérations, où elle n'est plus cherchée ; noms coupés par <br> (« Agnès LE<br>GOFF », « Julien<br>CAPRON ») ; secrétaire « … que Monsieur X sera Secrétaire de séance » ; « Absent(s/es) représenté(s/es) :<br>X donne pouvoir à Y »)",
    "169": "secretaires : 1 manquant(s), 0 en trop ; presents : 8 manquant(s), 0 en trop ; absents : 1 manquant(s), 0 en trop ; procurations : 2 manquante(s), 0 en trop (texte aplati : « Etaient Présents : Mesdames et Messieurs A, B, … » close sans ponctuation, pouvoirs collés sans séparateur, « a été désigné Secrétaire de séance » non lus)",
    "170": "aucune séance construite : extrait.date-absente (texte aplati : date « MARDI 15 SEPTEMBRE 2020 – LIEU » dans le titre non trouvée ; les trois points « Objet : / Rapporteur : / Vote : » se lisent justes dès que la date est lue)",
    "171": "absents : 0 manquant(s), 1 en trop ; excuses : 0 manquant(s), 1 en trop ; procurations : 2 manquante(s), 2 en trop ; suppleances : 1 manquante(s), 0 en trop (noms coupés en fin de ligne dans « X donne pouvoir à Florence / GIRARDEAU » ; « Membres suppléants remplaçants un membre titulaire : X (en remplacement de Y) »)",
    "172": "presents : 13 manquant(s), 0 en trop ; absents : 2 manquant(s), 0 en trop ; procurations : 2 manquante(s), 0 en trop ; suppleances : 2 manquante(s), 0 en trop (tableau de présence aplati en lignes à tabulations (X / suppléé par / pouvoir donné à) non lu)",
    "173": 'president : None au lieu de "Bernard VIALLE" ; presents : 9 manquant(s), 0 en trop ; absents : 1 manquant(s), 0 en trop ; procurations : 2 manquante(s), 0 en trop ; suppleances : 2 manquante(s), 0 en trop (tableau HTML de présence (X / suppléé par / pouvoir donné à) non lu ; présidence « … qui a présidé la séance » non lue)',
    "174": 'collectivite : None au lieu de "SIVOM de la Vallée du Rieutort" ; type : None au lieu de "syndicat" ; organe : "conseil_municipal" au lieu de "comite_syndical" ; date : "2014-07-08" au lieu de "2014-07-07" ; décomptes : presents (billet de blog : date de publication prise pour la date de séance sans constat ; « Conseil Syndical du SIVOM de X » ni collectivité ni organe ; « Étaient présents 7 des élus délégués sur les 9 »)',
    "175": 'collectivite : "Conseil Départemental Madame Catherine VERDIER. Monsieur Raymond FOURNIAL ouvre la" au lieu de "Département de la Haute-Lizière" ; president : "Raymond FOURNIAL" au lieu de "Catherine VERDIER" ; procurations : 1 manquante(s), 0 en trop (texte aplati : collectivité lue « Conseil Départemental Madame … » sans constat ; président doyen d\'âge retenu alors que la présidente élue préside les délibérations, sans constat ; « Absent excusé ayant donné pouvoir : X donne pouvoir à Y »)',
    "176": "aucune séance construite : extrait.date-absente (date en lettres « le vendredi dix-huit novembre deux mil seize » non trouvée après l'entête du site de dépôt ; les trois rapports se lisent justes dès que la date est lue)",
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
