"""Reprise de la trente-troisième série (pages web copiées du navigateur, lues aplaties ou
recollées) : les valeurs fausses sans constat du banc métamorphique et les trois écarts
(484, 486, 491), chaque règle sur un petit texte inventé, indépendamment du corpus."""

from __future__ import annotations

import datetime as dt

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import en_tete, titre_de_page
from deliberations.extrait.reconnaisseurs import date_seance_fiable
from tests.extrait.comparaison import projection, seance_lue

_PRESENTS = (
    "Présents : M. Paul VIAL, Mme Léa PONS, M. Marc ROUX, Mme Anne BRUN, M. Yves CAZAL, "
    "Mme Rose DUMAS, M. Jean ESTÈVE. Secrétaire : Mme Léa PONS. "
)


def test_date_en_chiffres_jamais_coupee_par_la_fenetre_du_titre() -> None:
    """« Réunion du comité syndical Séance du mardi 3/04/2012 » : la fenêtre de 40 caractères
    après « Réunion du » coupait l'année (« 3/04/20|12 »), lue en 2020."""
    ligne = "Réunion du comité syndical Séance du mardi 3/04/2012 Convocation envoyée le 26/03/2012"
    lu = date_seance_fiable(ligne)
    assert lu is not None and lu[0] == dt.date(2012, 4, 3)


def test_date_de_publication_apres_le_titre_n_est_pas_celle_de_la_seance() -> None:
    """« Compte rendu du conseil municipal Publié le 14/03/2011 Séance du lundi 7/03/2011 »
    (page aplatie) : la fenêtre du titre s'arrête à « Publié le »."""
    ligne = "Compte rendu du conseil municipal Publié le 14/03/2011 Séance du lundi 7/03/2011"
    lu = date_seance_fiable(ligne)
    assert lu is not None and lu[0] == dt.date(2011, 3, 7)


def test_menu_et_fil_d_ariane_ne_prolongent_pas_le_nom() -> None:
    """« … Bocage Accueil › Conseil … », « … – Vaux Accueil » (lignes recollées), « … | CC X
    Accueil Actualités Compétences … » (page sur une ligne) : le menu finit le nom."""
    assert en_tete("Communauté de communes Entre Brenne et Bocage Accueil › Conseil › 2010") == (
        "Communauté de communes Entre Brenne et Bocage",
        "epci",
    )
    assert titre_de_page("Conseil municipal du 26 septembre 2008 - Vaux-la-Chaussée Accueil") == (
        "Vaux-la-Chaussée"
    )
    ligne = (
        "Compte rendu du conseil communautaire du 9 février 2012 | Communauté de communes du "
        "Haut-Brenoux Accueil Actualités Compétences Conseil communautaire Marchés publics "
        "Contact Accueil > Conseil communautaire > Comptes rendus Publié le 16 février 2012"
    )
    assert en_tete(ligne) == ("Communauté de communes du Haut-Brenoux", "epci")


def test_nom_d_en_tete_aplati_borne_par_son_ecriture_seule_en_pied_de_page() -> None:
    """« SIVOS des Trois Tilleuls Écoles de A, B et C Accueil … » en tête d'une page aplatie :
    la devise suit le nom ; le pied « SIVOS des Trois Tilleuls – Mairie de A » le borne."""
    texte = (
        "SIVOS des Trois Tilleuls Écoles de Vaux, Blou et Mirande Accueil » Le SIVOS » Comptes "
        "rendus Réunion du comité syndical Séance du mardi 3/04/2012 " + _PRESENTS
        + "Délibération 2012/05 – Participation des communes : adopté à l'unanimité. "
        "Publié le 10/04/2012 | Imprimer SIVOS des Trois Tilleuls – Mairie de Vaux – 1 rue de l'École"
    )
    resultat = lire_extrait(texte)
    assert projection(resultat.seance)["collectivite"] == "SIVOS des Trois Tilleuls"
    assert "extrait.collectivite-bornee" in resultat.rapport.codes()


def test_releve_sans_numeros_titres_a_virgule_et_voix_a_deux_chiffres() -> None:
    """Relevé « Titre : adopté … » : un titre à virgule coupé devant son issue, « adopté par
    11 voix pour » (deux chiffres) ouvrent chacun leur point ; « M. X, 1er vice-président, fait
    procéder au vote : adopté … » n'en ouvre pas ; « le conseil prend acte » finit le titre."""
    texte = (
        "Mairie de Vaux\nConseil municipal du 21 octobre 2005\n" + _PRESENTS + "\n"
        "Décision modificative n° 2 du budget communal : adoptée à l'unanimité.\n"
        "Travaux d'éclairage public du lotissement des Pins, demande de subvention :\n"
        "adopté à l'unanimité.\n"
        "Vente de la parcelle B 412 au lieu-dit le Travers : adopté par 11 voix pour, 2 contre "
        "et 1 abstention.\n"
        "Compte administratif 2004 : M. le Maire quitte la salle. M. Marc ROUX, 1er adjoint, fait "
        "procéder au vote : adopté par 12 voix pour.\n"
        "Débat d'orientation budgétaire 2006 : le conseil prend acte de la tenue du débat.\n"
    )
    points = [(d["objet"], (d["scrutin"] or {}).get("pour")) for d in projection(seance_lue(texte))["deliberations"]]
    assert points == [
        ("Décision modificative n° 2 du budget communal", None),
        ("Travaux d'éclairage public du lotissement des Pins, demande de subvention", None),
        ("Vente de la parcelle B 412 au lieu-dit le Travers", 11),
        ("Compte administratif 2004", 12),
        ("Débat d'orientation budgétaire 2006", None),
    ]


def test_releve_des_decisions_et_points_deliberes_dans_une_page_aplatie() -> None:
    """« … 21 votants Relevé des décisions 2012-01 Approbation … : adopté » et « … votants :
    11. Points délibérés : 1 – Titre : adopté » : l'intitulé finit les décomptes, le premier
    point commence après lui avec son numéro."""
    for intitule, numero in (("Relevé des décisions 2012-01", "2012-01"), ("Points délibérés : 1 –", "1")):
        texte = (
            "Communauté de communes du Val de Brenoux Conseil communautaire du 9 février 2012 "
            + _PRESENTS + "3 présents, 0 pouvoir, 3 votants " + intitule + " Approbation du "
            "compte rendu de la séance du 8 décembre 2011 : adopté à l'unanimité. 2012-02 Tarifs "
            "de l'accueil de loisirs sans hébergement : adopté à l'unanimité."
        )
        points = projection(seance_lue(texte))["deliberations"]
        assert points[0]["numero"] == numero, intitule
        assert points[0]["objet"] == "Approbation du compte rendu de la séance du 8 décembre 2011"


def test_signature_du_pied_de_page_web() -> None:
    """« … Imprimer © 2005 Mairie de X – Tous droits réservés » au bout d'une longue ligne de
    boutons d'une page aplatie sans autre en-tête : la collectivité du pied de page, gardée avec
    un avertissement."""
    texte = (
        "Aller au contenu Menu Accueil Mairie Contact Conseil municipal du vendredi 21 octobre "
        "2005 " + _PRESENTS + "Relevé de décisions : Budget communal : adopté à l'unanimité. Vente "
        "d'un terrain communal : adoptée à l'unanimité. Tarifs de location de la salle des fêtes "
        "au 1er janvier 2006 : adoptés à l'unanimité. Travaux de voirie du chemin des Vignes, "
        "demande de subvention au Département : adopté à l'unanimité. "
        "Partager cet article : Facebook Twitter E-mail Imprimer Article précédent Article suivant "
        "Plan du site Mentions légales Accessibilité © 2005 Mairie de Castelbrenoux – Tous droits "
        "réservés"
    )
    resultat = lire_extrait(texte)
    assert projection(resultat.seance)["collectivite"] == "Castelbrenoux"
    assert "extrait.collectivite-hors-en-tete" in resultat.rapport.codes()


def test_pied_de_page_qui_nomme_une_autre_commune_que_l_en_tete() -> None:
    """« Commune de A – Conseil municipal » en tête, « Mairie de B – 4 place … » en pied (une
    ligne d'en-tête d'un autre document insérée, banc de suppression) : la collectivité de
    l'en-tête est gardée, mais la divergence avec le pied est dite."""
    texte = (
        "Commune de Vaux-sur-Brenne – Conseil municipal\nCompte rendu du conseil municipal\n"
        "Séance du lundi 7/03/2011\n" + _PRESENTS + "\n"
        "1. Budget primitif 2011 : adopté à l'unanimité.\n\n"
        "Mairie de Blou-la-Lande\n4 place de l'Église\nTél. : 05 00 00 00 00\n"
    )
    resultat = lire_extrait(texte)
    assert projection(resultat.seance)["collectivite"] == "Vaux-sur-Brenne"
    assert "extrait.collectivite-divergente" in resultat.rapport.codes()
