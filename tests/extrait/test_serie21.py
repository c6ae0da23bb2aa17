"""Familles de mises en page trouvées par la vingt-et-unième mesure hors échantillon (documents
366 à 375 : intercommunalités et syndicats) : chaque règle sur un petit texte, indépendamment du
corpus."""

from __future__ import annotations

from deliberations.extrait.appel import est_commune_seule, rangees_d_appel
from deliberations.model import StatutPresence
from tests.extrait.comparaison import noms_de_statut as _noms
from tests.extrait.comparaison import projection
from tests.extrait.comparaison import seance_lue as _seance

_ENTETE = (
    "Communauté de communes du Val de Sorne\nConseil communautaire du 14 mars 2017\n"
    "sous la présidence de M. Jean-Luc DEMARCQ, Président.\n"
)


# --- feuille d'appel : l'état écrit après chaque nom -------------------------------------------


def test_feuille_d_appel_une_ligne_par_delegue_sous_sa_commune() -> None:
    seance = _seance(
        _ENTETE + "Appel des délégués :\nCOMMUNE / DÉLÉGUÉ / ÉTAT\nAUTHEUIL-LES-BOIS\n"
        "M. DEMARCQ Jean-Luc Présent\nMme LEFÈVRE Martine Présente\nBÉTHISY-LE-VAL\n"
        "M. CARON Didier Présent\nM. DUBOIS Gérard Excusé – pouvoir à M. CARON Didier\n"
        "M. PRÉVOST Claude Absent\nGLAIGNES\nM. ROBIN Thierry Excusé\n"
        "M. COLLET Serge Suppléant de M. ROBIN Thierry\n"
        "1. Budget primitif\nAdopté à l'unanimité.\n"
    )
    assert _noms(seance, StatutPresence.PRESENT) == ["Jean-Luc DEMARCQ", "Martine LEFÈVRE", "Didier CARON"]
    assert _noms(seance, StatutPresence.ABSENT) == ["Claude PRÉVOST"]
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("DUBOIS", "CARON")]
    remplace = [p for p in seance.presences if p.statut is StatutPresence.REMPLACE]
    assert [(p.elu.nom, p.suppleant.nom if p.suppleant else None) for p in remplace] == [("ROBIN", "COLLET")]


def test_appel_nominal_une_ligne_par_commune_points_virgules() -> None:
    seance = _seance(
        _ENTETE + "Il est procédé à l'appel nominal des délégués :\n"
        "LUZECH : M. Jean-Luc DEMARCQ présent ; M. Alain CROS présent ; M. Jean VIDAL absent excusé, représenté par sa "
        "suppléante Mme Odette BRU ; Mme Nicole CAYROU présente\n"
        "MARMINIAC : M. Serge LAFON absent excusé, pouvoir à M. Alain CROS (LUZECH)\n"
        "SOTURAC : M. Louis MAURY absent excusé\n1. Budget primitif\nAdopté à l'unanimité.\n"
    )
    assert _noms(seance, StatutPresence.PRESENT) == ["Jean-Luc DEMARCQ", "Alain CROS", "Nicole CAYROU"]
    assert "Louis MAURY" in _noms(seance, StatutPresence.EXCUSE)
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("LAFON", "CROS")]


def test_une_phrase_n_est_pas_une_ligne_d_appel() -> None:
    assert rangees_d_appel("M. Paul NADAL présente le budget primitif") is None
    assert rangees_d_appel("VIRE : M. Paul NADAL présent ; le maire expose") is None
    assert not est_commune_seule("Le Président ouvre la séance")


# --- rubriques à tirets dans une liste aplatie ------------------------------------------------

_APLATI = (
    "SMICTOM DU VAL COMPTE RENDU DE LA SÉANCE DU COMITÉ SYNDICAL DU 24 MARS 2016 sous la "
    "présidence de Mme FAURIE, Présidente. Étaient présents : - Délégués titulaires : Mmes "
    "AUDIER, FAURIE, MM. BARDET, BRETTE. - Délégués suppléants avec voix délibérative : M. "
    "CROUZILLE (pour M. DESBORDES). - Délégué suppléant sans voix délibérative : M. QUEYROI. "
    "Étaient excusés : - Délégués titulaires : Mme CHAZELAS, M. DESBORDES. - Délégués "
    "suppléants : MM. AUBOIN, PELISSIER. Étaient absents : MM. BONNAUD, CHATARD. "
    "Délibération n° 2016/12 – Compte administratif 2015 Adopté à l'unanimité."
)


def test_sous_intitules_a_tirets_apres_etaient_presents() -> None:
    seance = _seance(_APLATI)
    assert _noms(seance, StatutPresence.PRESENT) == ["AUDIER", "FAURIE", "BARDET", "BRETTE"]
    remplace = [p for p in seance.presences if p.statut is StatutPresence.REMPLACE]
    assert [(p.elu.nom, p.suppleant.nom if p.suppleant else None) for p in remplace] == [
        ("DESBORDES", "CROUZILLE")
    ]


def test_delegues_suppleants_sous_etaient_excuses_restent_excuses() -> None:
    seance = _seance(_APLATI)
    assert {"AUBOIN", "PELISSIER", "CHAZELAS"} <= set(_noms(seance, StatutPresence.EXCUSE))
    assert not [p for p in seance.presences if p.statut is StatutPresence.SUPPLEANT]


def test_un_tiret_suivi_de_nombres_n_ouvre_pas_de_rubrique() -> None:
    seance = _seance(
        _ENTETE + "Conseillers en exercice : 15 - Présents : 2 - Votants : 2\n"
        "Présents : M. Jean-Luc DEMARCQ, Mme Anne ROY\n1. Budget\nAdopté à l'unanimité.\n"
    )
    assert seance.decomptes is not None
    assert (seance.decomptes.en_exercice, seance.decomptes.presents) == (15, 2)


# --- « COMMUNE : délégués » séparés par des tirets, une commune sans présent --------------------


def test_communes_deux_points_separees_par_tirets_commune_vide() -> None:
    seance = _seance(
        "COMMUNAUTÉ DE COMMUNES DU HAUT-SORBIER PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE Séance du "
        "jeudi 23 septembre 2021 sous la présidence de M. Gérard MONTEIL, Président. Étaient "
        "présents : AUBERGEAT : Gérard MONTEIL, Sylvie PRADEL – BELLEGARDE : Jean-Claude TIXIER "
        "– LA FAGE-HAUTE : – LESTARDS : Bernard COUDERT (suppléant de Paul ESTRADE) – VEIXOUX : "
        "Roland CHAUZEIX. Absents excusés : Paul ESTRADE. N° 2021-058 – Budget Adopté à "
        "l'unanimité."
    )
    assert _noms(seance, StatutPresence.PRESENT) == [
        "Gérard MONTEIL", "Sylvie PRADEL", "Jean-Claude TIXIER", "Roland CHAUZEIX"
    ]
    remplace = [p for p in seance.presences if p.statut is StatutPresence.REMPLACE]
    assert [(p.elu.nom, p.suppleant.nom if p.suppleant else None) for p in remplace] == [
        ("ESTRADE", "COUDERT")
    ]


# --- extrait de syndicat : décomptes à tirets, numéro en marge, objet en capitales -------------

_EXTRAIT = (
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nSYNDICAT DÉPARTEMENTAL D'ÉNERGIES DU HAUT-VERDON\n\n"
    "Séance du 12 décembre 2019                    Délibération n° 2019-12-07\n\n"
    "Nombre de délégués :\n- en exercice : 42\n- présents : 2\n- votants : 2\n"
    "sous la présidence de M. Jean-Pierre ALLÈGRE, Président.\n"
    "Présents : MM. ALLÈGRE Jean-Pierre, ARNOUX Bruno.\n\n"
    "Objet : TRANSITION ÉNERGÉTIQUE – ADHÉSION AU GROUPEMENT DE COMMANDES D'ÉLECTRICITÉ\n\n"
    "Le Président expose le projet.\nLe Comité syndical, à l'unanimité, APPROUVE l'adhésion.\n"
)


def test_decomptes_en_liste_a_tirets_sous_nombre_de_delegues() -> None:
    seance = _seance(_EXTRAIT)
    assert seance.decomptes is not None
    assert (seance.decomptes.en_exercice, seance.decomptes.presents, seance.decomptes.votants) == (42, 2, 2)


def test_numero_en_marge_de_la_seance_et_objet_en_capitales_avec_tiret() -> None:
    seance = _seance(_EXTRAIT)
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("2019-12-07", "TRANSITION ÉNERGÉTIQUE – ADHÉSION AU GROUPEMENT DE COMMANDES D'ÉLECTRICITÉ")
    ]


def test_abstention_suivie_du_deux_points_du_dispositif() -> None:
    from deliberations.extrait.reconnaisseurs import votes

    assert votes("par 24 voix pour, 3 voix contre et 1 abstention : - APPROUVE") == [
        ("pour", 24), ("contre", 3), ("abstentions", 1)
    ]
    assert votes("Exprimés : 5 Pour : 4 Contre : 1") == [("pour", 4), ("contre", 1)]


# --- page web : tableau « Commune | Présents | Excusés – pouvoirs | Absents », « N° | Titre » ----


def test_tableau_par_commune_avec_colonne_des_absents_et_numero_barre_titre() -> None:
    from deliberations.extrait import lire_extrait
    from deliberations.extrait.html import texte_html

    html = (
        "<html><body><h1>Conseil communautaire du 30 mars 2023</h1><p>Le Conseil communautaire "
        "de la Communauté d'agglomération Val de Morlanne s'est réuni sous la présidence de M. "
        "Henri LABAT, Président.</p><table><tr><th>Commune</th><th>Délégués présents</th>"
        "<th>Excusés – pouvoirs</th><th>Absents</th></tr><tr><td>MORLANNE</td><td>Henri LABAT"
        "<br>Isabelle BORDENAVE</td><td>Marie CAZAUX (pouvoir à Henri LABAT)</td><td>Kévin "
        "DUPOUY</td></tr><tr><td>URDÈS</td><td>—</td><td>Pierre LAULHÉ</td><td></td></tr>"
        "</table><h3>D2023-041 | Budget primitif 2023</h3><p>Adopté à l'unanimité.</p>"
        "</body></html>"
    )
    seance = lire_extrait(texte_html(html)).seance
    assert seance is not None
    assert _noms(seance, StatutPresence.ABSENT) == ["Kévin DUPOUY"]
    assert "Pierre LAULHÉ" in _noms(seance, StatutPresence.EXCUSE)
    assert [(d.numero, d.objet) for d in seance.deliberations] == [("D2023-041", "Budget primitif 2023")]


# --- deux colonnes de communes réunies sur une ligne ; président dit par la liste -------------


def test_communes_cote_a_cote_et_president_dans_la_liste() -> None:
    seance = _seance(
        "SIVU DU REGROUPEMENT PÉDAGOGIQUE DES TROIS CLOCHERS\nCOMPTE RENDU DE LA RÉUNION DU "
        "COMITÉ SYNDICAL\ndu mardi 5 juillet 2011\n\nDélégués présents :\n"
        "Commune de Villers : Commune de Baulne :\nM. Roger PAILLARD, Président Mme Catherine DEVAUX\n"
        "Commune de Saint-Hilaire :\nM. Denis MARCHAND\n\nI – TARIFS DE LA CANTINE\n"
        "Délibération adoptée à l'unanimité.\n"
    )
    assert _noms(seance, StatutPresence.PRESENT) == ["Roger PAILLARD", "Catherine DEVAUX", "Denis MARCHAND"]
    assert seance.president is not None and seance.president.nom == "PAILLARD"


def test_mr_president_a_ouvert_la_seance() -> None:
    from deliberations.extrait.reconnaisseurs import president

    assert president("Mr LEGRIS, Président, a ouvert la séance à 17h30 et remercié les délégués.") == (
        "Mr LEGRIS"
    )


def test_rang_degre_suivi_de_deliberation_et_numero_ouvre_un_point() -> None:
    seance = _seance(
        _ENTETE + "Présents : M. Jean-Luc DEMARCQ, Mme Anne ROY\n\n"
        "2°) DÉLIBÉRATION 2017/15 – COMPTE ADMINISTRATIF 2016\nLe compte administratif est adopté.\n\n"
        "3°) DÉLIBÉRATION 2017/16 – BUDGET PRIMITIF 2017\nAdopté à l'unanimité.\n"
    )
    assert [d.numero for d in seance.deliberations] == ["2017/15", "2017/16"]


# --- tableau de présence aplati à lettres, sous sa légende -----------------------------------


def test_tableau_a_lettres_aplati_sous_sa_legende() -> None:
    seance = _seance(
        "SIVOM DE LA VALLÉE DU LIZERNE COMPTE RENDU DE LA RÉUNION DU COMITÉ SYNDICAL DU 14 MARS "
        "2018 sous la présidence de M. Daniel JOUFFROY, Président. Liste de présence (P : présent "
        "– E : excusé – A : absent – S : remplacé par son suppléant – Pv : a donné pouvoir) "
        "COMMUNE DÉLÉGUÉS TITULAIRES DÉLÉGUÉS SUPPLÉANTS BRANCIEUX JOUFFROY Daniel P MOUGIN Serge "
        "BOURNOIS Élise E CHAMBON Luc DURNES TISSOT Marcel S BARBIER Jacques LAMBERT Gilles A "
        "COURTET Yves SAINT-ANNEL BRUNET Alain Pv LEBRUN Odile Pouvoir : M. BRUNET Alain à M. "
        "JOUFFROY Daniel. DÉLIBÉRATION 2018-01 : BUDGET Adopté à l'unanimité."
    )
    assert _noms(seance, StatutPresence.PRESENT) == ["Daniel JOUFFROY"]
    assert _noms(seance, StatutPresence.ABSENT) == ["Gilles LAMBERT"]
    assert _noms(seance, StatutPresence.EXCUSE) == ["Élise BOURNOIS"]
    remplace = [p for p in seance.presences if p.statut is StatutPresence.REMPLACE]
    assert [(p.elu.nom, p.suppleant.nom if p.suppleant else None) for p in remplace] == [("TISSOT", "BARBIER")]
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("BRUNET", "JOUFFROY")]


def test_delegue_suppleant_siegeant_pour_dans_la_liste_des_presents() -> None:
    seance = _seance(
        _ENTETE + "Présents : MM. DEMARCQ Jean-Luc (Secteur de Castellet), GARCIN Louis, délégué "
        "suppléant, siégeant pour M. PAUL Henri (Secteur d'Entrevaux), VIAL Pierre (Secteur de "
        "Thorame).\n1. Budget\nAdopté à l'unanimité.\n"
    )
    remplace = [p for p in seance.presences if p.statut is StatutPresence.REMPLACE]
    assert [(p.elu.nom, p.suppleant.nom if p.suppleant else None) for p in remplace] == [("PAUL", "GARCIN")]
    assert "Louis GARCIN" not in _noms(seance, StatutPresence.PRESENT)


def test_colonne_des_agents_sous_etaient_presents_n_est_pas_membre() -> None:
    seance = _seance(
        "COMPTE RENDU DU COMITE SYNDICAL DU 17 NOVEMBRE 2005\nEtaient présents :\n"
        "Délégués\t \tSyndicat des Rivières\nMr LEGRIS\t \tMr DUFRESNE\nMme HAMEL\nMr QUESNEL\n"
        "Etaient excusés : Mr ANQUETIL\n\nMr LEGRIS, Président, a ouvert la séance.\n"
        "1. Cotisations 2006\nAdoptée à l'unanimité.\n"
    )
    assert _noms(seance, StatutPresence.PRESENT) == ["LEGRIS", "HAMEL", "QUESNEL"]


def test_une_commune_apres_sous_la_presidence_de_n_est_pas_le_president() -> None:
    from deliberations.extrait.reconnaisseurs import president

    assert president("s'est réuni sous la présidence de Commune de Saint-Julien – Conseil municipal") is None
    assert president("s'est réuni sous la présidence de M. Christian DELPECH, Président.") == (
        "M. Christian DELPECH"
    )


def test_tableau_membre_situation_d_une_page_web() -> None:
    """« Membre ⇥ Situation » puis « Mme X ⇥ Présente », « M. Y ⇥ Pouvoir à Mme X », « Mme Z ⇥
    Présente (à partir du rapport n° 3) » (tableau d'une page web) : une feuille d'appel (rien
    n'était lu) ; la parenthèse dit l'arrivée."""
    seance = _seance(
        _ENTETE + "Liste des membres\nMembre\tSituation\nMme Corinne BASTIDE\tPrésente\n"
        "M. Guillaume CHALVET\tPouvoir à Mme Corinne BASTIDE\nM. Pierre FABREGUE\tExcusé\n"
        "Mme Florence TEISSIER\tPrésente (à partir du rapport n° 3)\nMme Régine VIALA\tAbsente\n"
        "Secrétaire de séance : Mme Corinne BASTIDE\n"
    )
    # (le président de l'en-tête, absent du tableau, est compté présent : c'est dit)
    assert _noms(seance, StatutPresence.PRESENT) == ["Corinne BASTIDE", "Florence TEISSIER", "Jean-Luc DEMARCQ"]
    assert _noms(seance, StatutPresence.EXCUSE) == ["Pierre FABREGUE"]
    assert _noms(seance, StatutPresence.ABSENT) == ["Régine VIALA"]
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("CHALVET", "BASTIDE")]
    assert projection(seance)["mouvements"] == {"Florence TEISSIER": [3, None]}


def test_mm_dans_la_parenthese_des_contre_ne_coupe_pas_la_phrase_du_vote() -> None:
    """« par 24 voix pour, 3 voix contre (MM. A, B, Mme C) et 1 abstention (M. D) : » recollé à
    l'exposé en un long paragraphe : « MM. » n'est pas une fin de phrase, l'abstention reste dans
    la phrase du vote."""
    seance = _seance(
        _ENTETE + "Objet : TRANSITION ÉNERGÉTIQUE – ADHÉSION AU GROUPEMENT DE COMMANDES POUR L'ACHAT\n"
        "assurant le rôle de coordonnateur départemental.\n"
        "M. BARRE, M. LAUTIER et Mme MICHON regrettent que le groupement n'impose pas une part\n"
        "d'électricité d'origine renouvelable.\n"
        "Après en avoir délibéré, le Comité syndical, par 24 voix pour, 3 voix contre (MM. BARRE\n"
        "Gilles, LAUTIER Émile, Mme MICHON Anne) et 1 abstention (M. TRUC Gérard) :\n"
        "Fait à Luzech, le 13 mars 2017\n"
    )
    scrutin = projection(seance)["deliberations"][0]["scrutin"]
    assert (scrutin["pour"], scrutin["contre"], scrutin["abstentions"]) == (24, 3, 1)
