"""Familles de mises en page trouvées par la vingt-septième mesure hors échantillon (documents
423 à 432 : échantillon tiré comme celui de la mesure extérieure) : chaque règle sur un petit
texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from tests.extrait.comparaison import projection, seance_lue


def test_secretaire_qui_remplit_les_fonctions_ou_assure_le_secretariat() -> None:
    """« Mme X remplit les fonctions de secrétaire », « désigne Mme X pour remplir les
    fonctions de secrétaire », « est désigné pour assurer le secrétariat », « Le secrétariat de
    séance est assuré par » : le secrétaire nommé dans la phrase."""
    assert r.secretaire("Mme Céline PUJOL remplit les fonctions de secrétaire de séance.") == "Mme Céline PUJOL"
    assert r.secretaire("Le Conseil désigne Mme Lucie HOARAU pour remplir les fonctions de secrétaire.") == (
        "Mme Lucie HOARAU"
    )
    assert r.secretaire("M. Paul MALET est désigné pour assurer le secrétariat de la séance.") == "M. Paul MALET"
    assert r.secretaire("Le secrétariat de séance est assuré par Mme Anne LABAT.") == "Mme Anne LABAT"
    assert r.secretaire("Mme Anne ROY assure le secrétariat de séance.") == "Mme Anne ROY"
    # la secrétaire de mairie n'est pas un membre : pas une secrétaire de séance
    assert r.secretaire("La secrétaire de mairie assure le secrétariat.") is None
    assert r.secretaire("Mme Eva DUC, secrétaire de mairie, assure le secrétariat de séance.") is None


def test_arrivee_au_rapport_numerote_par_centaines() -> None:
    """« (à partir du rapport n° 201) » quand les rapports sont numérotés 101, 102, 201 : le
    rang du rapport 201 (3), pas un point 201."""
    seance = seance_lue(
        "DÉPARTEMENT DU VAL-DE-SORNE\nCommission permanente du 20 mars 2023\n"
        "Sous la présidence de Mme Anne ROY, Présidente.\n"
        "Présents : Mme Anne ROY, M. Paul MARTY, M. Luc VIDAL (à partir du rapport n° 201).\n"
        "Rapport n° 101 – Voirie\nAdopté à l'unanimité.\n"
        "Rapport n° 102 – Collèges\nAdopté à l'unanimité.\n"
        "Rapport n° 201 – Sport\nAdopté à l'unanimité.\n"
    )
    assert projection(seance)["mouvements"] == {"Luc VIDAL": [3, None]}


def test_arrivee_au_dela_des_points_lus_dite() -> None:
    """Un point d'arrivée au-delà des points lus, qu'aucun point ne porte : gardé, et dit."""
    resultat = lire_extrait(
        "COMMUNE DE VALMONT\nConseil municipal du 5 mai 2022\n"
        "Sous la présidence de M. Paul MARTY, Maire.\n"
        "Présents : M. Paul MARTY, Mme Anne ROY, M. Luc VIDAL (arrivé au point 7).\n"
        "1. Voirie\nAdopté à l'unanimité.\n2. Cantine\nAdopté à l'unanimité.\n"
    )
    assert "extrait.mouvement-hors-des-points" in {c.code for c in resultat.rapport.constats}


def test_pouvoir_donne_en_partant_coupe_en_fin_de_ligne() -> None:
    """« … quitte la séance à 22 h 15, après la délibération 2008-35, et donne » puis
    « pouvoir à M. X. » sur la ligne suivante (copie de PDF) : la procuration est lue."""
    seance = seance_lue(
        "COMMUNE DE VALMONT\nCompte rendu du conseil municipal du 5 mai 2008\n"
        "Sous la présidence de M. Paul MARTY, Maire.\n"
        "Présents : M. Paul MARTY, Mme Anne ROY, M. Luc VIDAL.\n"
        "DEL 2008-34 – Voirie\nAdopté à l'unanimité.\n"
        "M. Luc VIDAL quitte la séance à 22 h 15, après la délibération 2008-34, et donne\n"
        "pouvoir à Mme Anne ROY.\n"
        "DEL 2008-35 – Cantine\nAdopté à l'unanimité.\n"
    )
    assert projection(seance)["procurations"] == [["Luc VIDAL", "Anne ROY"]]


_ENTETE_APLATI = (
    "COMPTE RENDU CONSEIL MUNICIPAL DU 12 MARS 2004 Commune de Valmont Réunion du vendredi 12 mars "
    "2004 sous la présidence de M. Paul MARTY, Maire. Etaient présents : MM. MARTY, ROY, VIDAL, "
    "Mmes PONS, RIVET. M. ROY a été élu secrétaire. Le compte rendu de la réunion précédente est lu "
    "et adopté. "
)


def test_points_a_barre_dans_le_flux() -> None:
    """« … adopté. 1/ PROGRAMME DE VOIRIE – M. le Maire présente … » : un rang et une barre
    ouvrent un point dans un texte aplati ; « par sept voix pour et trois abstentions (noms),
    décide » donne les voix, en lettres."""
    seance = seance_lue(
        _ENTETE_APLATI + "1/ PROGRAMME DE VOIRIE 2004 – M. le Maire présente les devis reçus pour la "
        "réfection du chemin de la Croix-Blanche et de la rue du Lavoir, après avis de la commission. "
        "Adopté à l'unanimité. 2/ INDEMNITE DU RECEVEUR – M. le Maire rappelle le rôle du receveur "
        "municipal auprès de la commune. Le Conseil Municipal, par trois voix pour et deux abstentions "
        "(Mmes PONS, RIVET), décide d'allouer l'indemnité de conseil au taux de 100 %."
    )
    lues = projection(seance)["deliberations"]
    assert [(x["numero"], x["objet"]) for x in lues] == [
        ("1", "PROGRAMME DE VOIRIE 2004"),
        ("2", "INDEMNITE DU RECEVEUR"),
    ]
    assert (lues[1]["scrutin"]["pour"], lues[1]["scrutin"]["abstentions"]) == (3, 2)


def test_points_a_lettre_minuscule_dans_le_flux() -> None:
    """« … approuvé. a) Rentrée scolaire : tarifs – M. le Maire propose … » : une lettre
    minuscule ouvre un point quand son titre court est suivi du tiret de l'exposé ; « par 4 voix
    pour et 1 contre (M. X), approuve » donne les voix."""
    seance = seance_lue(
        _ENTETE_APLATI + "a) Rentrée scolaire 2006 : tarifs de la garderie – M. le Maire propose de "
        "porter le tarif de la garderie à 1,20 € la demi-heure à compter de la rentrée de septembre. "
        "Adopté à l'unanimité. b) Vente d'un délaissé communal – M. et Mme LEBAS, riverains, demandent "
        "à acquérir le délaissé de 230 m² situé au droit de leur propriété. Le conseil municipal, par "
        "4 voix pour et 1 contre (M. VIDAL), approuve la vente au prix de 4 € le m²."
    )
    lues = projection(seance)["deliberations"]
    assert [(x["numero"], x["objet"]) for x in lues] == [
        ("a", "Rentrée scolaire 2006 : tarifs de la garderie"),
        ("b", "Vente d'un délaissé communal"),
    ]
    assert (lues[1]["scrutin"]["pour"], lues[1]["scrutin"]["contre"]) == (4, 1)
    # « a) de fixer … » reste un alinéa du dispositif
    assert r.numero_deliberation("a) de fixer le tarif – M. le Maire signera") is None


def test_date_en_colonne_voisine_n_est_pas_un_decompte() -> None:
    """« Nombre de conseillers      Date de la convocation : 7 novembre 2019 » (deux colonnes
    fusionnées) : le 7 est le jour de la convocation, pas un nombre de conseillers."""
    assert r.decomptes("Nombre de conseillers        Date de la convocation :\t7 novembre 2019") == []
    assert r.decomptes("Nombre de conseillers     Convocation : 1er mars 2020") == []
    assert r.decomptes("Nombre de conseillers en exercice : 7") == [("en_exercice", 7)]
