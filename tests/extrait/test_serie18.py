"""Familles de mises en page trouvées par la dix-huitième mesure hors échantillon (documents
336 à 345 : petites communes, décomptes en lettres, présents en phrase, initiales, noms
d'épouse, numérotations rares) : chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait.reconnaisseurs import decision_adoptee, decomptes
from deliberations.model import ResultatVote, StatutPresence
from tests.extrait.comparaison import noms_de_statut as _noms
from tests.extrait.comparaison import seance_lue as _seance

_ENTETE = (
    "Commune de Vauclerc\nCompte rendu de la réunion du conseil municipal du 3 octobre 2017\n"
    "sous la présidence de M. Gérard NOËL, Maire.\n"
)


# --- décomptes en lettres dans une phrase --------------------------------------------------


def test_conseillers_sont_presents_en_lettres() -> None:
    assert decomptes("Le Maire constate que huit conseillers sont présents et que le quorum est atteint.") == [
        ("presents", 8)
    ]
    assert decomptes("12 conseillers étaient présents.") == [("presents", 12)]
    # « les conseillers » n'est pas un nombre
    assert decomptes("Tous les conseillers sont présents.") == []
    # en lettres hors de la phrase du quorum : le récit d'un point, pas un décompte
    assert decomptes("Lors de la visite du 12 septembre, trois conseillers étaient présents.") == []


def test_etant_presents_sur_les_membres_en_exercice() -> None:
    assert sorted(
        decomptes("Cinq conseillers étant présents sur les sept membres en exercice, le quorum est atteint.")
    ) == [("en_exercice", 7), ("presents", 5)]


def test_decompte_en_phrase_apres_une_liste_aplatie() -> None:
    """« Absent : M. GIRAUD Le Maire constate que … » : la phrase ferme la liste."""
    texte = (
        "MAIRIE DE CHAMBONNET Séance du 15 décembre 2020 L'an deux mil vingt, le quinze décembre, "
        "le Conseil Municipal s'est réuni sous la présidence de M. Serge BARRAUD, Maire. "
        "Présents : M. Serge BARRAUD, Mme Lise AUCLAIR, M. Paul ROUGIER Absent : M. Yves GIRAUD "
        "Le Maire constate que trois conseillers sont présents et que le quorum est atteint. "
        "M. Paul ROUGIER a été désigné en qualité de secrétaire de séance. " + "Questions diverses. " * 8
    )
    seance = _seance(texte)
    assert seance.decomptes is not None and seance.decomptes.presents == 3
    assert _noms(seance, StatutPresence.ABSENT) == ["Yves GIRAUD"]


# --- issue dite par le dispositif ----------------------------------------------------------


def test_apres_en_avoir_delibere_accepte() -> None:
    assert decision_adoptee("après en avoir délibéré, accepte la vente dans les conditions proposées.")
    assert decision_adoptee("Le Conseil Municipal, après en avoir délibéré, accepte l'admission en non-valeur.")


def test_decide_puis_approuve_dans_la_meme_phrase() -> None:
    assert decision_adoptee(
        "Le Conseil Municipal décide d'adhérer au groupement de commandes, approuve la convention "
        "constitutive et autorise le Maire à la signer."
    )
    # « décide de » seul ne dit pas l'adoption
    assert not decision_adoptee("Le Conseil Municipal décide de reporter la question.")


# --- numéro au bout du titre ---------------------------------------------------------------


def test_objet_puis_deliberation_numero_en_fin_de_titre() -> None:
    seance = _seance(
        _ENTETE
        + "Objet : Transfert de la compétence eau – délibération n° 2017-15\n"
        "Le Maire présente le projet.\nAdopté.\n"
        "Objet : Coupes de bois de l'exercice 2018 – délibération n° 2017-16\n"
        "Adopté à l'unanimité.\n"
    )
    lues = [(d.numero, d.objet) for d in seance.deliberations]
    assert lues == [
        ("2017-15", "Transfert de la compétence eau"),
        ("2017-16", "Coupes de bois de l'exercice 2018"),
    ]
    assert all(d.scrutins[0].resultat is ResultatVote.ADOPTE for d in seance.deliberations)


# --- numéro année.rang suivi de deux-points dans un texte aplati ---------------------------


def test_numero_annee_point_rang_deux_points_dans_le_flux() -> None:
    texte = (
        "Commune de Courcelles Compte rendu du conseil municipal du 12 mai 2016 "
        "sous la présidence de M. Patrick FAIVRE, Maire. Présents : M. Patrick FAIVRE, "
        "M. Didier JEANNIN, Mme Nadine COLLIN. Mme Nadine COLLIN est désignée secrétaire de séance. "
        "Le compte rendu de la réunion précédente est approuvé. "
        "2016.84 : Budget communal – décision modificative n° 1 Des crédits sont nécessaires. "
        "Le conseil municipal approuve la décision modificative. Pour : 3 – Contre : 0 – Abstention : 0 "
        "2016.85 : Indemnité de gardiennage de l'église Le Maire propose de retenir le plafond. "
        "Pour : 3 – Contre : 0 – Abstention : 0"
    )
    lues = [(d.numero, d.objet) for d in _seance(texte).deliberations]
    assert lues == [
        ("2016.84", "Budget communal – décision modificative n° 1"),
        ("2016.85", "Indemnité de gardiennage de l'église"),
    ]


# --- nom d'épouse seul dans la ligne des pouvoirs ------------------------------------------


def test_nom_d_epouse_seul_dans_les_pouvoirs() -> None:
    seance = _seance(
        _ENTETE
        + "Étaient présents : M. Gérard NOËL, Mme Nadine COLLIN, Mme Sylvie GAUTHIER épouse RENARD.\n"
        "Absents excusés : Mme Lucie BERTHET épouse GIRARDOT, M. Thierry ROY.\n"
        "Pouvoirs : Mme GIRARDOT a donné procuration à Mme RENARD, M. ROY à Mme COLLIN.\n"
        "Secrétaire de séance : Mme Nadine COLLIN.\n"
    )
    paires = sorted(
        (f"{p.mandant.prenom} {p.mandant.nom}", f"{p.mandataire.prenom} {p.mandataire.nom}")
        for p in seance.procurations
    )
    assert paires == [("Lucie BERTHET", "Sylvie GAUTHIER"), ("Thierry ROY", "Nadine COLLIN")]


def test_nom_d_epouse_de_deux_personnes_n_est_pas_resolu() -> None:
    """Deux élues « épouse GIRARDOT » : « Mme GIRARDOT » ne désigne personne de sûr."""
    seance = _seance(
        _ENTETE
        + "Étaient présents : M. Gérard NOËL, Mme Nadine COLLIN, Mme Anne PETIT épouse GIRARDOT.\n"
        "Absents excusés : Mme Lucie BERTHET épouse GIRARDOT.\n"
        "Pouvoirs : Mme GIRARDOT a donné procuration à Mme COLLIN.\n"
    )
    assert [p.mandant.prenom for p in seance.procurations] != ["Lucie"]


# --- convocation dont la phrase est coupée après « qui » -----------------------------------


def test_convocation_qui_leur_a_ete_adressee_sur_la_ligne_suivante() -> None:
    seance = _seance(
        "Commune de Vauclerc\nCompte rendu de la réunion du conseil municipal du 3 octobre 2017\n\n"
        "Le trois octobre deux mille dix-sept, les membres du conseil municipal se sont réunis à la\n"
        "mairie, la séance étant présidée par M. Gérard NOËL, Maire, sur la convocation qui\n"
        "leur a été adressée par le Maire le 26 septembre 2017.\n"
        "Étaient présents : M. Gérard NOËL, Mme Odile MARCHAL.\n"
    )
    assert seance.date_convocation is not None
    assert seance.date_convocation.isoformat() == "2017-09-26"


# --- liste « Absents : » à points-virgules, état après le nom ------------------------------


def test_absents_excuse_apres_le_nom_sans_virgule() -> None:
    seance = _seance(
        _ENTETE
        + "Etaient présents : MM. NOËL - GUYOT - MILLOT\n"
        "Absents : M. CORNU excusé, pouvoir à M. GUYOT ; M. BERTHIER excusé ; M. NAUDIN.\n"
    )
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("CORNU", "GUYOT")]
    assert _noms(seance, StatutPresence.EXCUSE) == ["BERTHIER"]
    assert _noms(seance, StatutPresence.ABSENT) == ["NAUDIN"]


# --- points « 1°/ TITRE : texte » dans un texte aplati, vote au bout d'une longue phrase ----


def test_points_degre_barre_dans_le_flux() -> None:
    texte = (
        "MAIRIE DE LA ROCHE COMPTE-RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU LUNDI 5 AVRIL 2004 "
        "L'an deux mil quatre, le cinq avril, le conseil municipal s'est réuni sous la présidence "
        "de Monsieur Robert THEVENIN, Maire. Etaient présents : MM. THEVENIN - GUYOT - MILLOT. "
        "Madame PERREAU a été élue secrétaire de séance. "
        "1°/ COMPTE ADMINISTRATIF 2003 : Monsieur le Maire quitte la salle. Sous la présidence de "
        "M. GUYOT, adjoint, le conseil municipal examine le compte administratif 2003 qui présente "
        "un excédent de fonctionnement de 23 418,70 € et un excédent d'investissement de 4 102,15 €, "
        "et l'approuve par 2 voix pour. 2°/ BUDGET PRIMITIF 2004 : Le budget s'équilibre à 71 300 €. "
        "Adopté à l'unanimité. 3°/ QUESTIONS DIVERSES : Le nettoyage du village aura lieu en avril."
    )
    points = _seance(texte).deliberations
    assert [(d.numero, d.objet) for d in points] == [
        ("1", "COMPTE ADMINISTRATIF 2003"),
        ("2", "BUDGET PRIMITIF 2004"),
    ]
    assert points[0].scrutins[0].pour == 2
    assert points[0].scrutins[0].resultat is ResultatVote.ADOPTE


# --- « N° 2023-065 – Titre » après le dernier nombre d'un vote (texte aplati) ----------------


def test_numero_n_degre_apres_le_vote_dans_le_flux() -> None:
    texte = (
        "VILLE DE SAINT-AMAND PROCÈS-VERBAL DU CONSEIL MUNICIPAL JEUDI 19 OCTOBRE 2023 • 19H00 "
        "sous la présidence de Mme BRUNEAU Sandrine, Maire. Présents : Mme BRUNEAU Sandrine, "
        "M. DUCLOS Arnaud, Mme LEMOINE Valérie. Secrétariat de séance : M. DUCLOS Arnaud. "
        "N° 2023-064 – Convention avec le centre de gestion Rapporteur : Mme BRUNEAU Sandrine. "
        "Pour : 3 - Contre : 0 - Abstention : 0 - Ne prennent pas part au vote : 0 "
        "N° 2023-065 – Motion relative au service des urgences Rapporteur : Mme BRUNEAU Sandrine. "
        "Pour : 2 - Contre : 0 - Abstentions : 1 - Ne prennent pas part au vote : 0 La motion est adoptée."
    )
    points = _seance(texte).deliberations
    assert [(d.numero, d.scrutins[0].pour) for d in points] == [("2023-064", 3), ("2023-065", 2)]


# --- « M. » initiale d'un prénom dans le groupe « Mmes » ------------------------------------


def test_m_initiale_dans_le_groupe_des_femmes() -> None:
    seance = _seance(
        _ENTETE
        + "Présents : MM. S. BARRAUD - D. PEYROT - J. PEYROT - Mmes AUCLAIR - M. DESCHAMPS - F. TIXIER\n"
    )
    presents = _noms(seance, StatutPresence.PRESENT)
    assert "M. DESCHAMPS" in presents and "DESCHAMPS" not in presents
    assert {"D. PEYROT", "J. PEYROT", "F. TIXIER", "AUCLAIR"} <= set(presents)


def test_m_monsieur_apres_les_femmes_sans_groupe_des_hommes() -> None:
    """« Mmes DUPONT, MARTIN, M. DURAND » : sans groupe « MM. » avant, « M. » est Monsieur."""
    seance = _seance(_ENTETE + "Présents : Mmes DUPONT, MARTIN, M. DURAND, F. ROUX\n")
    assert "DURAND" in _noms(seance, StatutPresence.PRESENT)


# --- secrétaire nommé sans initiale parmi deux homonymes -----------------------------------


def test_secretaire_sans_initiale_parmi_des_homonymes_est_signale() -> None:
    resultat = lire_extrait(
        _ENTETE
        + "Présents : MM. D. PEYROT - J. PEYROT - G. NOËL\n"
        "M. PEYROT a été désigné en qualité de secrétaire de séance.\n"
    )
    assert "extrait.nom-ambigu" in {c.code for c in resultat.rapport}
    assert resultat.seance is not None
    assert [s.prenom for s in resultat.seance.secretaires] == [None]
