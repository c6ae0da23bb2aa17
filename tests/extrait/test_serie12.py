"""Familles de mises en page trouvées par la douzième mesure hors échantillon (documents 280
à 289 : comités syndicaux et conseils généraux, textes de PDF aplatis, pages web, extraits) :
chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

import datetime as dt

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import en_tete
from deliberations.extrait.html import texte_html
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


# --- appel nominatif d'un conseil général ---------------------------------------------------

_APPEL = (
    "CONSEIL GENERAL DU VAL-DE-SARRE REUNION DU 14 OCTOBRE 2013 PROCES-VERBAL Le Conseil Général "
    "du Val-de-Sarre s est réuni à l Hôtel du Département le 14 octobre 2013 sous la présidence "
    "de Monsieur Bernard LECOMTE, Président du Conseil Général. Nombre de membres en exercice : 7 "
    "Etaient présents au moment de l appel nominatif : Michel AUBRY, Françoise BAZIN, Bernard "
    "LECOMTE, Didier WALLET Ont complété le quorum après l appel nominatif : Pascal DUBOIS, "
    "Isabelle LEROUX Absents représentés au moment de l appel nominatif : Jean-Luc CAUDRON donne "
    "pouvoir à Michel AUBRY Absent : Olivier DELMOTTE Monsieur le Président constate que le "
    "quorum est atteint. Rapport n° 14 - DECISION MODIFICATIVE N° 2 Le rapport n° 14 est adopté "
    "à l unanimité."
)


def test_quorum_complete_apres_l_appel_et_representes_au_moment_de_l_appel() -> None:
    s = _seance(_APPEL)
    assert sorted(_noms(s.presents())) == [
        "Bernard LECOMTE",
        "Didier WALLET",
        "Françoise BAZIN",
        "Isabelle LEROUX",
        "Michel AUBRY",
        "Pascal DUBOIS",
    ]
    assert [(_noms([p.mandant])[0], _noms([p.mandataire])[0]) for p in s.procurations] == [
        ("Jean-Luc CAUDRON", "Michel AUBRY")
    ]


# --- délégués groupés par commune : suppléant qui siège, pouvoir entre titulaires -------------

_PAR_COMMUNE = (
    "SYNDICAT INTERCOMMUNAL A VOCATION MULTIPLE DE LA VALLEE DU FORON DIRECTION DES AFFAIRES "
    "GENERALES Suivi des Assemblées PROCES-VERBAL Réunion du Comité syndical du 18 mars 2010 à "
    "18 h30 Présents : Commune de BOËGE : Madame Sylvie GAVARD, Messieurs Bernard CHAFFARD, "
    "Marcel DUCRUET, Monsieur Jean-Claude BOSSON représenté par Monsieur Luc MEYNET suppléant, "
    "Commune de FILLINGES : Mesdames Odile CHATEL, Nicole PASQUIER, Madame Anne DESCHAMPS "
    "représentée par Madame Odile CHATEL, Commune de MACHILLY : Monsieur Pierre VULLIEZ, "
    "Monsieur André ROSSAT par Monsieur Daniel JACQUIER suppléant, Excusés : Monsieur Georges "
    "CHEVALLIER (Commune de VIUZ), Madame Lydie MARTIN (Commune de BOËGE). Monsieur Bernard "
    "CHAFFARD, Président, ouvre la séance à 18 h 35. Procès-verbal du Comité syndical du 18 mars "
    "2010 1/3 1 – FINANCES – Budget primitif 2010 Le Président présente le budget primitif. "
    "Après en avoir délibéré, le Comité syndical, à l'unanimité, approuve le budget primitif. "
    "Procès-verbal du Comité syndical du 18 mars 2010 2/3 2 – PERSONNEL – Création d'un poste "
    "Après en avoir délibéré, le Comité syndical, par 8 voix pour et 1 abstention, approuve la "
    "création du poste. Procès-verbal du Comité syndical du 18 mars 2010 3/3"
)


def test_represente_par_un_suppleant_ou_par_un_titulaire() -> None:
    s = _seance(_PAR_COMMUNE)
    assert sorted(_noms(s.presents())) == [
        "Bernard CHAFFARD",
        "Marcel DUCRUET",
        "Nicole PASQUIER",
        "Odile CHATEL",
        "Pierre VULLIEZ",
        "Sylvie GAVARD",
    ]
    supplees = {_noms([p.suppleant])[0]: _noms([p.elu])[0] for p in s.presences if p.suppleant}
    assert supplees == {"Luc MEYNET": "Jean-Claude BOSSON", "Daniel JACQUIER": "André ROSSAT"}
    assert [(_noms([p.mandant])[0], _noms([p.mandataire])[0]) for p in s.procurations] == [
        ("Anne DESCHAMPS", "Odile CHATEL")
    ]


def test_liste_finie_apres_une_parenthese_et_president_qui_ouvre_la_seance() -> None:
    s = _seance(_PAR_COMMUNE)
    assert sorted(_noms(e.elu for e in s.presences if e.statut.value == "excuse")) == [
        "Georges CHEVALLIER",
        "Lydie MARTIN",
    ]
    assert s.president is not None and s.president.nom == "CHAFFARD"


def test_pied_de_page_avant_son_numero_et_service_apres_le_nom() -> None:
    s = _seance(_PAR_COMMUNE)
    assert [(d.numero, d.objet) for d in s.deliberations] == [
        ("1", "FINANCES – Budget primitif 2010"),
        ("2", "PERSONNEL – Création d'un poste"),
    ]
    assert s.assemblee.collectivite.nom == "SYNDICAT INTERCOMMUNAL A VOCATION MULTIPLE DE LA VALLEE DU FORON"


# --- « pour la commune de X : » en lignes, pied de page nu, représentés, suppléés -------------

_EAUX = """Nombre de délégués en exercice : 9
COMPTE-RENDU DU COMITE SYNDICAL DU 6 DECEMBRE 2012
L'an deux mille douze, le 6 décembre, à 18H30, les membres du Comité syndical se sont réunis sur la convocation qui leur a été adressée, par le Président du Syndicat Intercommunal des Eaux de la Barberolle, le 28 novembre 2012.
Étaient présents Mesdames et Messieurs les délégués titulaires :
pour la commune de ALIXAN : madame ROCHAS Aurélie monsieur FAURE Gilbert
pour la commune de CHATEAUDOUBLE :
Comité syndical du 6 décembre 2012 Compte-rendu 1

pour la commune de PEYRUS : monsieur LIOTARD Bernard
Étaient représentés :
monsieur PONSON Michel (CHATEAUDOUBLE) par monsieur FAURE Gilbert

Était suppléé :
monsieur MOUNIER Paul (PEYRUS) par monsieur BRUN Gérard, délégué suppléant
Étaient absents excusés :
monsieur GARNIER Luc (CHATEAUDOUBLE), madame VIAL Odile (ALIXAN)
Secrétaire de séance : madame ROCHAS Aurélie
DELIBERATION N° 2012-31 : TARIFS DE L'EAU
Vote : Pour 5 – Contre 0 – Abstention 0
Comité syndical du 6 décembre 2012 Compte-rendu 2
"""


def test_syndicat_nomme_par_le_president_avec_la_dans_son_nom() -> None:
    s = _seance(_EAUX)
    assert s.assemblee.collectivite.nom == "Syndicat Intercommunal des Eaux de la Barberolle"


def test_liste_par_commune_coupee_par_un_pied_de_page_nu() -> None:
    s = _seance(_EAUX)
    assert sorted(_noms(s.presents())) == ["Aurélie ROCHAS", "Bernard LIOTARD", "Gilbert FAURE"]


def test_representes_supplees_et_excuses_aux_civilites_en_minuscules() -> None:
    s = _seance(_EAUX)
    assert [(_noms([p.mandant])[0], _noms([p.mandataire])[0]) for p in s.procurations] == [
        ("Michel PONSON", "Gilbert FAURE")
    ]
    supplees = {_noms([p.suppleant])[0]: _noms([p.elu])[0] for p in s.presences if p.suppleant}
    assert supplees == {"Gérard BRUN": "Paul MOUNIER"}
    assert sorted(_noms(e.elu for e in s.presences if e.statut.value == "excuse")) == [
        "Luc GARNIER",
        "Odile VIAL",
    ]


# --- vice-présidents nommés par leur fonction, suppléant « délégué suppléant de » -------------

_FONCTIONS = (
    "SYNDICAT MIXTE DU PAYS DE LA HAUTE-SAULDRE COMPTE RENDU DE LA SEANCE DU COMITE SYNDICAL DU "
    "3 JUILLET 2008 L'an deux mil huit, le trois juillet à dix-huit heures, le Comité syndical, "
    "dûment convoqué le 24 juin 2008, s'est réuni sous la présidence de M. Jacques VILLATTE. "
    "Etaient présents : M. Jacques VILLATTE, Président ; M. Alain RAFFESTIN, 1er Vice-Président ; "
    "Mme Brigitte MASSOT, 2ème Vice-Présidente ; MM. Gérard BEDU, Pierre CHOLLET, délégués "
    "titulaires ; M. Yves TAILLANDIER, délégué suppléant de M. Gilles NERAULT. Absents ayant "
    "donné pouvoir : M. Daniel GIRAULT, 3ème Vice-Président, a donné pouvoir à M. le Président ; "
    "Mme Hélène PIAT a donné pouvoir à M. le 1er Vice-Président. Absent : M. Thierry COLAS. "
    "Délibération n° 2008-23 – Objet : Programme LEADER Le Comité syndical, après en avoir "
    "délibéré, approuve la candidature à l'unanimité."
)


def test_pouvoir_donne_a_un_vice_president_designe_par_sa_fonction() -> None:
    resultat = lire_extrait(_FONCTIONS)
    s = resultat.seance
    assert s is not None
    assert sorted((_noms([p.mandant])[0], _noms([p.mandataire])[0]) for p in s.procurations) == [
        ("Daniel GIRAULT", "Jacques VILLATTE"),
        ("Hélène PIAT", "Alain RAFFESTIN"),
    ]
    assert "extrait.mandataire-fonction" in {c.code for c in resultat.rapport}


def test_delegue_suppleant_de_apres_son_nom() -> None:
    s = _seance(_FONCTIONS)
    supplees = {_noms([p.suppleant])[0]: _noms([p.elu])[0] for p in s.presences if p.suppleant}
    assert supplees == {"Yves TAILLANDIER": "Gilles NERAULT"}
    assert "Yves TAILLANDIER" not in _noms(s.presents())


# --- page web d'une commune membre : « Délibération : titre » après une table des matières ----

_PAGE_SIVOS = """<html><body>
<h1>Réunion de comité syndical du 9 octobre 2014</h1>
<p>L'an deux mille quatorze, le 9 octobre à 20h30, le Comité Syndical, légalement convoqué, s'est réuni sous la présidence de Monsieur Jean-Luc HAMELIN, Président.</p>
<p><strong>Etaient présents :</strong></p>
<p>Fresnay-le-Val<br />Mr HAMELIN, MMES LECOQ et VAUTIER</p>
<p>Mr PICOT a été élu secrétaire.</p>
<div><p>Table des matières</p><ul><li>Délibération : tarifs de la garderie</li><li>Délibération : contrat de l'agent</li><li>Questions diverses</li></ul></div>
<h2>Délibération : tarifs de la garderie</h2>
<p>Après en avoir délibéré, le Conseil syndical approuve, à l'unanimité, les tarifs proposés.</p>
<h2>Délibération : contrat de l'agent</h2>
<p>Le Conseil Syndical approuve la proposition par 6 voix pour et 2 abstentions.</p>
<h2>Questions diverses</h2>
<p>La séance est levée à 22h05.</p>
</body></html>
"""


def test_deliberation_deux_points_titre_apres_une_table_des_matieres() -> None:
    s = _seance(texte_html(_PAGE_SIVOS))
    assert [d.objet for d in s.deliberations] == [
        "tarifs de la garderie",
        "contrat de l'agent",
    ]
    assert s.deliberations[1].scrutins[0].pour == 6


def test_liste_finie_apres_une_commune_entre_parentheses_au_singulier() -> None:
    texte = (
        "COMPTE RENDU DE LA REUNION DU COMITE SYNDICAL DU 18 JUIN 2013 Le Comité du Syndicat "
        "Intercommunal d'Energies de la Vallée, régulièrement convoqué le 31 mai 2013, s'est "
        "réuni sous la présidence de M. Gérard TISSERAND, Président. Délégués présents : M. "
        "Gérard TISSERAND (Montrelais), Mme Odile BRANCHU (Saint-Aignan). Délégués excusés : M. "
        "Francis BODIN (Trélazé-Sud), Mme Josiane LEROY (Bauné-la-Forêt). Délégué absent : M. "
        "Thierry GAUTRON (Lué-en-Baugeois)."
    )
    s = _seance(texte)
    assert sorted(_noms(e.elu for e in s.presences if e.statut.value == "excuse")) == [
        "Francis BODIN",
        "Josiane LEROY",
    ]
    assert _noms(e.elu for e in s.presences if e.statut.value == "absent") == ["Thierry GAUTRON"]


def test_points_numerotes_d_un_pdf_aplati_de_syndicat() -> None:
    texte = _ENTETE_DEPLACE.replace(
        "Chabons : M. Roger VIALLET ",
        "Chabons : M. Roger VIALLET Excusés : M. Alain MICHOUD (Burcin) pouvoir à M. Roger "
        "VIALLET, Mme Chantal JAY (Flachères) ",
    ) + (
        " 4. Point sur les points d'apport volontaire Le vice-président présente le bilan des "
        "colonnes enterrées. Le taux de remplissage est satisfaisant."
    )
    s = _seance(texte)
    assert [(d.numero, d.objet) for d in s.deliberations] == [
        ("1", "Procès verbal de la réunion du 26 novembre 2013"),  # l'approbation, un point
        ("2", "Compte de Gestion de l'exercice 2013"),  # sans l'étiquette « DELIBERATION »
        ("3", "Tarifs 2014"),
    ]  # le point d'information sans vote n'est pas une délibération
    assert [(_noms([p.mandant])[0], _noms([p.mandataire])[0]) for p in s.procurations] == [
        ("Alain MICHOUD", "Roger VIALLET")
    ]


def test_nom_de_syndicat_en_capitales_sur_deux_lignes() -> None:
    texte = """SYNDICAT INTERCOMMUNAL D'ELECTRIFICATION
DU CANTON DE MONTFAUCON-SUR-ARVE
COMPTE RENDU DE LA REUNION DU COMITE SYNDICAL DU 27 SEPTEMBRE 2005
Le Comité Syndical, régulièrement convoqué, s'est réuni le vingt-sept septembre deux mille cinq sous la présidence de M. René DUCROZ, Président.
Délégués présents :
ARBUSSIN
M. René DUCROZ, M. Paul MOGENIER
CORNIER-SUR-ARVE

FEIGERES
M. Jean-Louis BOUVIER, M. Michel CHAMOT (suppléant de M. Claude JACQUEMOUD)
"""
    s = _seance(texte)
    assert (
        s.assemblee.collectivite.nom
        == "SYNDICAT INTERCOMMUNAL D'ELECTRIFICATION DU CANTON DE MONTFAUCON-SUR-ARVE"
    )
    assert sorted(_noms(s.presents())) == ["Jean-Louis BOUVIER", "Paul MOGENIER", "René DUCROZ"]
