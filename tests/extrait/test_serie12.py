"""Familles de mises en page trouvées par la douzième mesure hors échantillon (documents 280
à 289 : comités syndicaux et conseils généraux, textes de PDF aplatis, pages web, extraits) :
chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

import datetime as dt

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import en_tete
from tests.extrait.comparaison import seance_lue as _seance


def _noms(elus: object) -> list[str]:
    return [f"{e.prenom} {e.nom}" if e.prenom else e.nom for e in elus]  # type: ignore[attr-defined]


# --- en-tête rendu après les premiers points d'un PDF aplati --------------------------------

_ENTETE_DEPLACE = (
    "Désignation du secrétaire de séance : M. Roger VIALLET 1. Procès verbal de la réunion du "
    "26 novembre 2013 Chaque délégué a reçu un exemplaire du document. A l'unanimité, "
    "l'assemblée approuve le procès-verbal de la séance du 26 novembre 2013. FINANCES 2. "
    "DELIBERATION Compte de Gestion de l'exercice 2013 Le compte de gestion n'appelle aucune "
    "observation. A l'unanimité, l'assemblée approuve le compte de gestion 2013. SICTOM de la "
    "Haute-Bièvre Lieu : Salle polyvalente de Chabons COMPTE RENDU Réunion du Conseil syndical "
    "du Mercredi 12 Mars 2014 à 18h30 sous la présidence de M. Gilbert MOLLARD, Président "
    "Convocation du 4 mars 2014 Délégués en exercice : 6 Présents : 3 Votants : 3 Etaient "
    "présents : Bizonnes : M. Gilbert MOLLARD, Mme Lucette GIROUD ; Chabons : M. Roger VIALLET "
    "3. DELIBERATION Tarifs 2014 Le Président propose de maintenir les tarifs de l'année "
    "précédente sans aucun changement pour l'ensemble des usagers du service. Par 2 voix pour et "
    "1 abstention, l'assemblée approuve les tarifs 2014."
)


def test_en_tete_apres_les_premiers_points_lu_comme_en_tete() -> None:
    resultat = lire_extrait(_ENTETE_DEPLACE)
    s = resultat.seance
    assert s is not None
    assert s.date == dt.date(2014, 3, 12)  # pas la séance dont le procès-verbal est approuvé
    assert s.date_convocation == dt.date(2014, 3, 4)
    assert s.assemblee.collectivite.nom == "SICTOM de la Haute-Bièvre"  # sans « Lieu : »
    assert s.president is not None and s.president.nom == "MOLLARD"
    assert s.decomptes is not None and (s.decomptes.en_exercice, s.decomptes.votants) == (6, 3)
    assert sorted(_noms(s.presents())) == ["Gilbert MOLLARD", "Lucette GIROUD", "Roger VIALLET"]
    assert "extrait.date-tardive" in {c.code for c in resultat.rapport}  # et c'est dit


def test_proces_verbal_approuve_au_premier_point_n_est_pas_la_date_de_seance() -> None:
    texte = (  # texte aplati (une seule longue ligne)
        "Secrétaire de séance : M. Roger VIALLET 1. Procès verbal de la réunion du 26 novembre "
        "2013 Chaque délégué a reçu un exemplaire du document avec la convocation et aucune "
        "observation n'a été transmise au secrétariat du syndicat avant la séance. A "
        "l'unanimité, l'assemblée approuve le procès-verbal. 2. Tarifs 2014 Le Président "
        "propose de maintenir les tarifs. A l'unanimité, l'assemblée approuve les tarifs."
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is None or resultat.seance.date != dt.date(2013, 11, 26)


# --- nom d'un en-tête suivi du bâtiment et de l'adresse du siège ----------------------------


def test_nom_en_capitales_suivi_du_batiment_et_de_l_adresse() -> None:
    ligne = (
        "SYNDICAT MIXTE DU PAYS DE LA HAUTE-SAULDRE Maison du Pays – 12 rue des Tanneurs – "
        "18700 Aubigny COMPTE RENDU DE LA SEANCE DU COMITE SYNDICAL DU 3 JUILLET 2008"
    )
    assert en_tete(ligne) == ("SYNDICAT MIXTE DU PAYS DE LA HAUTE-SAULDRE", "epci")


# --- extrait d'une commission permanente : numéro, objet, puis l'en-tête ---------------------

_EXTRAIT_CP = """DEPARTEMENT DE LA BAÏSE
COMMISSION PERMANENTE
Réunion du lundi 21 novembre 2011
Délibération n° CP/2011/11/248
Rapport n° 248
OBJET : AIDE AUX COMMUNES RURALES
La Commission Permanente du Conseil Général, régulièrement convoquée le 10 novembre 2011, s'est réunie à l'Hôtel du Département sous la présidence de M. Philippe MARTINON, Président du Conseil Général.
Membres en exercice : 6
Etaient présents :
Groupe Socialiste, Radical et apparentés :
M. Philippe MARTINON (Sérignac-Nord), Mme Arlette DUCLOS (Fleurac)
Groupe Union pour la Baïse :
M. Henri BARRERE (Eauzac)
Non inscrit :
M. Gilbert SOUBIRAN (Montréal)
Absent excusé : M. Serge TOUJA (Marciac)
Après en avoir délibéré,
DECIDE : d'attribuer les subventions.
Pour : 4
Contre : 0
ADOPTE
"""


def test_extrait_numero_de_rapport_apres_le_numero_de_deliberation() -> None:
    s = _seance(_EXTRAIT_CP)
    assert [d.numero for d in s.deliberations] == ["CP/2011/11/248"]
    assert s.deliberations[0].objet == "AIDE AUX COMMUNES RURALES"


def test_extrait_presidence_et_decomptes_apres_l_objet() -> None:
    s = _seance(_EXTRAIT_CP)
    assert s.president is not None and s.president.nom == "MARTINON"
    assert s.decomptes is not None and s.decomptes.en_exercice == 6


def test_groupes_politiques_seuls_sur_leur_ligne() -> None:
    s = _seance(_EXTRAIT_CP)
    assert sorted(_noms(s.presents())) == [
        "Arlette DUCLOS",
        "Gilbert SOUBIRAN",
        "Henri BARRERE",
        "Philippe MARTINON",
    ]
