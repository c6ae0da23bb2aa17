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


def test_numero_a_lettre_collee_apres_deliberation() -> None:
    """« Délibération D2014-12 : Titre » : le numéro à lettre collée après le mot."""
    assert r.numero_deliberation("Délibération D2014-12 : Compte administratif 2013") == (
        "D2014-12",
        None,
        "Compte administratif 2013",
        False,
    )


def test_tableau_commune_delegues_presents_et_suppleants_siegeant() -> None:
    """« Commune   Délégués titulaires présents » puis une commune par ligne, la cellule
    poursuivie sous elle (nom coupé au trait d'union) ; « Délégués suppléants siégeant avec
    voix délibérative : » puis « Mme X (Commune), en remplacement de M. Y »."""
    seance = seance_lue(
        "SYNDICAT INTERCOMMUNAL DES EAUX DE LA BRIONE\n"
        "Compte rendu de la réunion du comité syndical du 9 avril 2014\n"
        "Sous la présidence de M. Henri DUBOS, Président.\n\n"
        "Commune                 Délégués titulaires présents\n"
        "Castelvieil             M. Henri DUBOS, Mme Josette LABAT\n"
        "Targon-le-Bas           M. Didier FOURCADE, Mme Hélène MARSAN-\n"
        "                        LABORDE\n\n"
        "Délégués suppléants siégeant avec voix délibérative :\n"
        "Mme Rose DARRIET (Gornac), en remplacement de M. Jean MÉNARD\n"
        "Excusé : M. Jean MÉNARD\n"
        "Délibération D2014-13 : Affectation des résultats\nAdopté à l'unanimité.\n"
    )
    lu = projection(seance)
    assert lu["presents"] == ["Henri DUBOS", "Josette LABAT", "Didier FOURCADE", "Hélène MARSAN-LABORDE"]
    assert lu["suppleances"] == [["Rose DARRIET", "Jean MÉNARD"]]


def test_presents_suivants_apres_un_tiret_et_arrivee_qui_rejoint() -> None:
    """« Étaient présents les délégués suivants – Commune : M. X ; … » (le tiret tient lieu
    des deux-points) ; « M. X rejoint l'assemblée au cours de l'examen du point n° 2022/088 »
    (arrivée à ce point)."""
    seance = seance_lue(
        "COMMUNAUTÉ DE COMMUNES DU HAUT-VAL – Conseil communautaire du 22 septembre 2022 – Le "
        "conseil s'est réuni sous la présidence de M. Paul MARTY, Président. Étaient présents les "
        "délégués suivants – Aubrac : M. Paul MARTY, Mme Lise ROY ; Bessou : M. Luc VIDAL, M. Jean "
        "PONS. M. Jean PONS est désigné secrétaire de séance. N° 2022/087 – Voirie : Adopté à "
        "l'unanimité. M. Luc VIDAL rejoint l'assemblée au cours de l'examen du point n° 2022/088. "
        "N° 2022/088 – Fonds de concours : Adopté à l'unanimité."
    )
    lu = projection(seance)
    assert lu["presents"] == ["Paul MARTY", "Lise ROY", "Luc VIDAL", "Jean PONS"]
    assert lu["mouvements"] == {"Luc VIDAL": [2, None]}


def test_decomptes_en_lettres_en_rangee_sans_ponctuation() -> None:
    """« Présents : dix Votants : onze » : chaque libellé de la rangée ferme le nombre en
    lettres qui le précède."""
    assert r.decomptes("Présents : dix Votants : onze") == [("presents", 10), ("votants", 11)]
    seance = seance_lue(
        "COMMUNE DE VALMONT\nCompte rendu du conseil municipal du 5 mai 2006\n"
        "Sous la présidence de M. Paul MARTY, Maire.\nNombre de membres en exercice : 13\n"
        "Présents : dix Votants : onze\nEtaient présents : MM. MARTY, ROY.\n"
    )
    d = seance.decomptes
    assert d is not None and (d.en_exercice, d.presents, d.votants) == (13, 10, 11)


def test_mairie_de_apres_le_titre_date_en_capitales() -> None:
    """« COMPTE RENDU CONSEIL MUNICIPAL DU 7 JUILLET 2006 Mairie de X Réunion du … » (texte
    aplati) : la commune suit l'année du titre, en casse mêlée."""
    seance = seance_lue(
        "COMPTE RENDU CONSEIL MUNICIPAL DU 7 JUILLET 2006 Mairie de Fontenelle-sur-Brise Réunion du "
        "vendredi 7 juillet 2006 à 20 h 30, sous la présidence de M. Louis BRETON, Maire. Date de "
        "convocation : 30 juin 2006. Etaient présents : MM. BRETON, DUMONT, GALLET, Mmes PICARD, "
        "RENOUF. M. GALLET a été élu secrétaire. a) Tarifs de la garderie – M. le Maire propose de "
        "porter le tarif de la garderie à 1,20 € la demi-heure. Adopté à l'unanimité."
    )
    assert projection(seance)["collectivite"] == "Fontenelle-sur-Brise"


def test_pouvoirs_au_premier_adjoint_et_nom_compose_abrege() -> None:
    """« donne pouvoir au premier adjoint », « délégation de vote au 1er vice-président » : le
    présent que la liste dit ainsi ; « à Mme LACOSTE-V. » : le nom composé d'épouse abrégé à
    l'initiale de sa seconde partie."""
    assert r.procuration("Mme Claudine ROUX donne pouvoir au premier adjoint") == (
        "Mme Claudine ROUX",
        "premier adjoint",
    )
    assert r.procuration("M. Yves COMBES, délégation de vote au 1er vice-président") == (
        "M. Yves COMBES",
        "1er vice-président",
    )
    seance = seance_lue(
        "COMMUNE DE VALMONT\nProcès-verbal du conseil municipal du 13 décembre 2016\n"
        "La séance est présidée par Mme Anne ROY, Maire.\n"
        "Présents : Mme Anne ROY, Maire ; M. Luc VIDAL, 1er adjoint, Mme Martine LACOSTE-VIDAL, "
        "adjoints ; M. Paul PONS.\n"
        "Pouvoirs : M. Joël FABRE donne pouvoir à Mme LACOSTE-V. ; Mme Claire RIVET donne pouvoir au "
        "premier adjoint.\n"
    )
    assert sorted(projection(seance)["procurations"]) == [
        ["Claire RIVET", "Luc VIDAL"],
        ["Joël FABRE", "Martine LACOSTE-VIDAL"],
    ]


def test_vote_pour_nombre_suivi_d_un_point_et_dossier_dans_le_flux() -> None:
    """« Vote : pour 19. » : le libellé avant le nombre, fermé par un point ; « … (21 voix).
    Dossier n° 2 : Titre. » ouvre le point suivant dans un texte aplati."""
    assert r.votes("Vote : pour 19.") == [("pour", 19)]
    assert r.votes("pour 6,9 M€") == []
    seance = seance_lue(
        "Commune de Valmont – Procès-verbal de la séance du conseil municipal du mardi 13 décembre "
        "2016 La séance est présidée par Mme Anne ROY, Maire. Présents : Mme Anne ROY, M. Luc VIDAL, "
        "M. Paul PONS. Dossier n° 1 : Décision modificative. Rapporteur : M. Luc VIDAL. Les crédits "
        "du chapitre 012 sont augmentés de 14 000 € pour le remplacement d'un agent en congé de "
        "maladie. Vote : unanimité (3 voix). Dossier n° 2 : Tarifs municipaux 2017. Rapporteur : M. "
        "Paul PONS. Les tarifs augmentent de 1,5 %. Vote : pour 3. Adopté."
    )
    lues = projection(seance)["deliberations"]
    assert [(x["numero"], x["scrutin"]["pour"]) for x in lues] == [("1", 3), ("2", 3)]


def test_tableau_commune_delegues_en_retrait() -> None:
    """Le même tableau copié par ``pdftotext -layout`` : rangées centrées ou en retrait."""
    seance = seance_lue(
        "SYNDICAT INTERCOMMUNAL DES EAUX DE LA BRIONE\n"
        "Compte rendu de la réunion du comité syndical du 9 avril 2014\n"
        "Sous la présidence de M. Henri DUBOS, Président.\n\n"
        "                    Commune                 Délégués titulaires présents\n"
        "        Castelvieil             M. Henri DUBOS, Mme Josette LABAT\n"
        "              Gornac            M. Paul ROUX\n\n"
        "Délibération D2014-13 : Affectation des résultats\nAdopté à l'unanimité.\n"
    )
    assert projection(seance)["presents"] == ["Henri DUBOS", "Josette LABAT", "Paul ROUX"]


def test_present_jusqu_a_une_heure_parmi_les_excuses() -> None:
    """« Absents excusés : X (jusqu'à 21 h 30 - délégation de vote à Y) » : X était présent
    jusqu'à l'heure dite, puis représenté par Y."""
    seance = seance_lue(
        "COMMUNE DE VALMONT\nCompte rendu du conseil municipal du 14 avril 2011\n"
        "Sous la présidence de Monsieur BAUDOT Michel, Maire.\n"
        "Etaient présents : Mmes et MM. BAUDOT Michel, CORNU Anne, VIARD Paul.\n"
        "Absents excusés : MAILLARD Jean-Luc (jusqu'à 21 h 30 - délégation de vote à BAUDOT Michel), "
        "GUYOT Denis.\n"
    )
    lu = projection(seance)
    assert "Jean-Luc MAILLARD" in lu["presents"]
    assert lu["procurations"] == [["Jean-Luc MAILLARD", "Michel BAUDOT"]]


def test_expose_apres_les_deux_points_d_un_titre_aplati() -> None:
    """« N° 2022/088 – Fonds de concours : l'enveloppe de 150 000 € est répartie … » : la
    phrase (sujet, puis verbe conjugué) après les deux-points est l'exposé, pas le titre ; avec
    deux deux-points, ceux d'où part la phrase."""
    seance = seance_lue(
        "COMMUNAUTÉ DE COMMUNES DU HAUT-VAL – Conseil communautaire du 22 septembre 2022 – Le conseil "
        "s'est réuni sous la présidence de M. Paul MARTY, Président. Étaient présents : M. Paul MARTY, "
        "Mme Lise ROY. N° 2022/088 – Fonds de concours 2022 : l'enveloppe de 150 000 € est répartie "
        "entre les communes. Adopté à l'unanimité. N° 2022/089 – Modification des statuts : prise de "
        "la compétence mobilité : la loi d'orientation des mobilités ouvre aux communautés la faculté "
        "de devenir autorité organisatrice. Adopté à l'unanimité."
    )
    assert [x["objet"] for x in projection(seance)["deliberations"]] == [
        "Fonds de concours 2022",
        "Modification des statuts : prise de la compétence mobilité",
    ]
