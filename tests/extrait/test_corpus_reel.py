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
    "165": "convocation : None au lieu de \"2011-03-17\" ; secretaires : 1 manquant(s), 0 en trop ; décomptes : en_exercice ; presents : 1 manquant(s), 1 en trop ; absents : 1 manquant(s), 0 en trop ; procurations : 3 manquante(s), 0 en trop ; mouvements : {} au lieu de {'ronan quemener': [2, None], 'erwan jegou': [3, None]} ; délibérations : 1 lues pour 4 (texte aplati : « ABSENT AYANT DONNE PROCURATION : X à Y, Z (arrivé à la question 3) à W » non lu, décomptes collés « En exercice : 23 Présents : 19 Votants : 22 Date de la convocation : … » et « a été élu secrétaire à 20 voix pour » non lus, points « 1 TITRE » sans séparateur non découpés : les votes des quatre points sont versés sur le premier)",
    "166": 'type : None au lieu de "commune" ; délibération 1 : objet mal délimité ; délibération 2 : objet mal délimité ; délibération 3 : objet mal délimité (titre de point « 1. Objet : » gardé avec ses deux-points ; type vide quand la collectivité n\'est pas nommée alors que le document parle du Conseil Municipal et du Maire)',
    "167": "décomptes : procurations ; presents : 7 manquant(s), 0 en trop ; absents : 0 manquant(s), 1 en trop ; excuses : 0 manquant(s), 2 en trop ; procurations : 2 manquante(s), 0 en trop ; délibérations : 0 lues pour 5 (liste des présents dans l'item « Nombre de conseillers présents : 7 : NOM Prénom, … ; » non lue ; « de X à Y, … et de Z à W » : deux pouvoirs sur quatre ; titres en <li><strong> suivis du vote non reconnus comme délibérations)",
    "168": "secretaires : 1 manquant(s), 0 en trop ; presents : 2 manquant(s), 4 en trop ; procurations : 1 manquante(s), 0 en trop ; délibérations : 0 lues pour 4 (noms coupés par <br> (« Agnès LE<br>GOFF », « Julien<br>CAPRON ») ; secrétaire « … que Monsieur X sera Secrétaire de séance » ; « Absent(s/es) représenté(s/es) :<br>X donne pouvoir à Y » ; « N° 2020/14 » et titre dans deux <div> successifs non reconnus comme délibérations)",
    "169": "secretaires : 1 manquant(s), 0 en trop ; presents : 8 manquant(s), 0 en trop ; absents : 1 manquant(s), 0 en trop ; procurations : 2 manquante(s), 0 en trop ; délibérations : 1 lues pour 4 (texte aplati : « Etaient Présents : Mesdames et Messieurs A, B, … » close sans ponctuation, pouvoirs collés sans séparateur, « a été désigné Secrétaire de séance » non lus ; « N° 2009/31 TITRE » : une délibération lue sur quatre, avec le vote d'une autre)",
    "170": 'collectivite : None au lieu de "Communauté de Communes des Lacs Médocains" ; type : None au lieu de "communaute_de_communes" ; president : None au lieu de "Hélène DARRIET" ; secretaires : 1 manquant(s), 0 en trop ; presents : 19 manquant(s), 0 en trop ; procurations : 1 manquante(s), 0 en trop ; suppleances : 1 manquante(s), 0 en trop ; délibération 2 : objet mal délimité ; délibération 2 : scrutin différent (texte aplati : « PRESIDENTE : X ETAIENT PRESENTS : … Membres titulaires : … » collés en une ligne non découpés ; collectivité nommée seulement dans la prose « du conseil de la Communauté de Communes des … » ; « Rapporteur : X » gardé dans l\'objet du point 2, « Vote : Pour : 20 Contre : 0 Abstention : 1 » non lu)',
    "171": "absents : 0 manquant(s), 1 en trop ; excuses : 0 manquant(s), 2 en trop ; procurations : 2 manquante(s), 2 en trop ; suppleances : 1 manquante(s), 0 en trop ; délibérations : 0 lues pour 3 (noms coupés en fin de ligne dans « X donne pouvoir à Florence / GIRARDEAU » ; « Membres suppléants remplaçants un membre titulaire : X (en remplacement de Y) » ; points « Objet : TITRE EN CAPITALES / Rapporteur : / Vote : » pris pour des thèmes sans objet et non repris ; le départ « à l'issue de ce point » est rattaché au point 2 mais signalé incertain tant que les points ne sont pas lus)",
    "172": "presents : 13 manquant(s), 0 en trop ; absents : 2 manquant(s), 0 en trop ; procurations : 2 manquante(s), 0 en trop ; suppleances : 2 manquante(s), 0 en trop ; délibération 1 : objet mal délimité ; délibération 2 : objet mal délimité ; délibération 2 : scrutin différent ; délibération 3 : objet mal délimité (tableau de présence aplati en lignes à tabulations (X / suppléé par / pouvoir donné à) non lu ; « 1. Objet : adopté … » : deux-points gardés dans l'objet, vote en phrase sur la même ligne non lu)",
    "173": 'president : None au lieu de "Bernard VIALLE" ; presents : 9 manquant(s), 0 en trop ; absents : 1 manquant(s), 0 en trop ; procurations : 2 manquante(s), 0 en trop ; suppleances : 2 manquante(s), 0 en trop ; délibérations : 0 lues pour 3 (tableau HTML de présence (X / suppléé par / pouvoir donné à) non lu ; présidence « … qui a présidé la séance » non lue ; points en <h3> sans numéro non reconnus)',
    "174": 'collectivite : None au lieu de "SIVOM de la Vallée du Rieutort" ; type : None au lieu de "syndicat" ; organe : "conseil_municipal" au lieu de "comite_syndical" ; décomptes : presents ; délibérations : 0 lues pour 3 (billet de blog : « Conseil Syndical du SIVOM de X » ni collectivité ni organe ; « Étaient présents 7 des élus délégués sur les 9 » ; points « - Objet : issue » non reconnus)',
    "175": "procurations : 1 manquante(s), 0 en trop ; délibération 2 : objet mal délimité ; délibération 2 : scrutin différent ; délibération 3 : objet mal délimité ; délibération 3 : scrutin différent (texte aplati : « Absent excusé ayant donné pouvoir : X donne pouvoir à Y » non lu ; votes « Pour : 17 Contre : 0 Abstention : 9 » collés au titre)",
    "176": "presents : 1 manquant(s), 0 en trop ; excuses : 2 manquant(s), 0 en trop ; procurations : 4 manquante(s), 0 en trop (président excusé « pouvoir à M. X à partir de 11 H 00 » : présent à l'ouverture, lu seulement représenté ; « X (pouvoir à Y), Z (pouvoir à W), Vice-présidents » : pouvoirs lus, mais X et Z non comptés excusés ; pouvoirs successifs « pouvoirs à A jusqu'à …, à B de … à …, à C à partir de … » et « (à A à partir de …) » non lus)",
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
