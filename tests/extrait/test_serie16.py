"""Familles de mises en page trouvées par la seizième mesure hors échantillon (documents 316
à 325 : listes de présents et de pouvoirs, points et lignes de vote) : chaque règle sur un
petit texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait.personnes import decouper, lire_personne
from tests.extrait.comparaison import seance_lue as _seance


def _noms(elus: object) -> list[str]:
    return [f"{e.prenom} {e.nom}" if e.prenom else e.nom for e in elus]  # type: ignore[attr-defined]


def _nom(texte: str) -> tuple[str | None, str]:
    elu = lire_personne(texte)
    assert elu is not None, texte
    return elu.prenom, elu.nom


# --- noms : épouse, née, particules ---------------------------------------------------------


def test_epouse_et_nee_ne_sont_pas_le_nom() -> None:
    assert _nom("Mme Chantal LEBRETON épouse GUÉRIN") == ("Chantal", "LEBRETON")
    assert _nom("Odile FOUCAULT née BRIÈRE") == ("Odile", "FOUCAULT")
    assert _nom("LEBRETON épouse GUÉRIN Chantal") == ("Chantal", "LEBRETON")
    assert _nom("Mme Paule DURAND veuve Martin") == ("Paule", "DURAND")


def test_particules_collees_ou_en_casse_ordinaire() -> None:
    assert _nom("Jean-Marc d'HARCOURT") == ("Jean-Marc", "d'HARCOURT")
    assert _nom("F. de Saint-Rémy") == ("F.", "de Saint-Rémy")
    assert _nom("Marie de la Fontaine") == ("Marie", "de la Fontaine")


def test_nom_breton_en_du_n_est_pas_un_lien() -> None:
    assert decouper("Mme Nolwenn LE DU, M. Patrice CAM") == ["Mme Nolwenn LE DU", "M. Patrice CAM"]
    # « PROCURATION DE » en capitales reste un lien vers le nom suivant
    assert len(decouper("M. Paul ROUX DONNE PROCURATION DE, M. Luc VIAL")) == 1


def test_presents_en_phrase_avec_epouse_et_particule() -> None:
    seance = _seance(
        "Commune de Saint-Ouen\nSéance du conseil municipal du 24 septembre 2019\n"
        "Étaient présents : Mesdames Chantal LEBRETON épouse GUÉRIN, Odile FOUCAULT née BRIÈRE "
        "et Annick LE GALL, Messieurs Gérard POTTIER, Jean-Marc d'HARCOURT et Hervé de LA TOUR.\n"
        "Secrétaire de séance : Mme Annick LE GALL.\n"
    )
    presents = _noms(p.elu for p in seance.presences)
    assert sorted(presents) == sorted(
        ["Chantal LEBRETON", "Odile FOUCAULT", "Annick LE GALL", "Gérard POTTIER",
         "Jean-Marc d'HARCOURT", "Hervé de LA TOUR"]
    )  # fmt: skip


# --- syndicat : en-tête aplati suivi de la mairie du siège ; rubriques romaines -----------


def test_en_tete_de_syndicat_suivi_de_la_mairie_du_siege() -> None:
    from deliberations.extrait.collectivite import en_tete

    ligne = (
        "SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLÉE DU LÉGER Mairie de Saint-Julien – 71390 "
        "COMPTE RENDU DE LA RÉUNION DU COMITÉ SYNDICAL DU MARDI 15 MARS 2011"
    )
    assert en_tete(ligne) == ("SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLÉE DU LÉGER", "epci")


def test_rubrique_romaine_d_un_texte_aplati_avant_une_deliberation_numerotee() -> None:
    seance = _seance(
        "SYNDICAT DES EAUX DU LÉGER COMPTE RENDU DU COMITÉ SYNDICAL DU 15 MARS 2011 "
        "Délégués présents : MOREAU Jean, BONIN Gérard, PERRET Michel. "
        "I – ADMINISTRATION GÉNÉRALE Délibération n° 2011-05 : Approbation du compte rendu "
        "Le compte rendu est approuvé à l'unanimité. II – FINANCES Délibération n° 2011-06 : "
        "Budget primitif 2011 Pour 14 – Contre 2 – Abstentions 2 Le budget est adopté."
    )
    assert [d.numero for d in seance.deliberations] == ["2011-05", "2011-06"]


# --- « DCM 30/2019 – Titre » dans un texte aplati -------------------------------------------


def test_points_dcm_sans_numero_ouvert_par_n_degre_dans_un_texte_aplati() -> None:
    seance = _seance(
        "Commune de Saint-Ouen PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL MUNICIPAL DU 24 SEPTEMBRE "
        "2019 Étaient présents : Mesdames Isabelle MARAIS et Annick LE GALL, Messieurs Gérard "
        "POTTIER et Yves TESSIER. Secrétaire de séance : Mme Annick LE GALL. DCM 30/2019 – "
        "Approbation du procès-verbal de la séance du 2 juillet 2019 Le procès-verbal est "
        "approuvé à l'unanimité. DCM 31/2019 – Travaux de voirie Le Conseil retient l'offre. La "
        "délibération est adoptée par 3 voix pour et 1 abstention (Mme MARAIS). DCM 32/2019 – "
        "Indemnité du comptable Votes : Pour 4 – Contre 0 – Abstentions 0 DCM 33/2019 – Vente "
        "d'un terrain Adopté à l'unanimité."
    )
    assert [d.numero for d in seance.deliberations] == ["30/2019", "31/2019", "32/2019", "33/2019"]


# --- heures dans les listes : sortie d'un moment, arrivée et pouvoir à une heure ------------

_PRESENTS_A_L_HEURE = (
    "Commune de Haybes\nProcès Verbal de la Séance du 14 Décembre 2021\n"
    "Présents : M. GOBERT Alain, Maire, Mmes : BAUDRY Sylvie, COLLARD Nadine quitte la séance "
    "à 19h02 et rentre à 19h06, ROYER Carole, MM : BOUILLON Marc, LE GOFF Yannick (parti à "
    "20h15), PONSARD Luc\n"
    "A partir de 18h50, Mme WATHELET Chantal\n"
    "Excusé(s) ayant donné procuration : Mmes : WATHELET Chantal à Mme BAUDRY Sylvie jusqu'à "
    "18h49, THIRY Brigitte à Mme ROYER Carole\n"
    "A partir de 20h16 M. LE GOFF Yannick à M.PONSARD Luc\n"
    "Nombre de membres\n- Afférents au Conseil municipal : 12\n- Représentés : 10\n"
)


def test_sortie_d_un_moment_et_arrivee_a_une_heure_dans_la_liste_des_presents() -> None:
    seance = _seance(_PRESENTS_A_L_HEURE)
    presents = _noms(p.elu for p in seance.presences if p.statut.value == "present")
    assert "Nadine COLLARD" in presents and "Chantal WATHELET" in presents
    assert not any("partir" in p or "quitte" in p for p in presents)
    mandats = {
        (str(p.mandant.nom), str(p.mandataire.nom)) for p in seance.procurations if p.mandataire
    }
    assert ("LE GOFF", "PONSARD") in mandats


def test_representes_au_dela_de_la_moitie_de_l_effectif_ne_sont_pas_des_procurations() -> None:
    from deliberations.extrait import lire_extrait

    resultat = lire_extrait(_PRESENTS_A_L_HEURE)
    assert resultat.seance is not None and resultat.seance.decomptes is not None
    assert resultat.seance.decomptes.procurations is None
    assert any("représentés" in c.message for c in resultat.rapport.constats)


# --- arrivée au point entre parenthèses dans une liste en colonnes ou en suite de liste ----


def test_arrivee_entre_parentheses_dans_des_colonnes_aplaties() -> None:
    seance = _seance(
        "Commune de Montfaucon\nSéance du conseil municipal du 26 juin 2014\nPRÉSENTS :\n"
        "M. Daniel FERRAND, Maire                        Mme Josiane CARRÉ\n"
        "M. Jacques ESCOFFIER, 4e Adjoint                Mme Élodie CHAPUIS (arrivée au point 3)\n"
        "Mme Nadine FAYOLLE, 5e Adjointe                 M. Guy de VEYRAC\n\n"
        "1°) Budget\nAdopté à l'unanimité.\n"
    )
    presents = {f"{p.elu.prenom} {p.elu.nom}": p for p in seance.presences}
    assert "Jacques ESCOFFIER" in presents
    assert presents["Élodie CHAPUIS"].arrivee_point == 3


def test_commune_puis_arrivee_entre_parentheses() -> None:
    seance = _seance(
        "Communauté de communes Cœur de Brenne\nSéance du conseil communautaire du 13 septembre "
        "2022\nPrésents : Françoise GRAVELLE (Mézières), Laurent VIGNAUD (Sainte-Gemme) (arrivé "
        "au point 4), Odile FERRAND (Lureuil).\n1°) Budget\nAdopté à l'unanimité.\n"
    )
    presents = {f"{p.elu.prenom} {p.elu.nom}": p for p in seance.presences}
    assert presents["Laurent VIGNAUD"].arrivee_point == 4


def test_absent_represente_avec_sa_commune_puis_represente_par() -> None:
    seance = _seance(
        "Communauté de communes du Pays de l'Aumance\nSéance du conseil communautaire du 7 avril "
        "2016\nPrésents :\nCOSNE-LE-BOCAGE : M. Jean-Louis PERRIN, Mme Sylviane BARDET\n\n"
        "Absents représentés :\n"
        "Mme Hélène FAURE (Cosne-le-Bocage), représentée par M. Jean-Louis PERRIN\n"
        "M. Didier ROUX (Hérisson-la-Forêt), représenté par Mme Sylviane BARDET\n\n"
        "Point n° 1 – Budget\nAdopté à l'unanimité.\n"
    )
    assert {(p.mandant.nom, p.mandataire.nom) for p in seance.procurations if p.mandataire} == {
        ("FAURE", "PERRIN"),
        ("ROUX", "BARDET"),
    }


def test_titre_suspendu_sur_une_preposition_continue_a_la_ligne() -> None:
    seance = _seance(
        "Communauté de communes du Pays de l'Aumance\nSéance du conseil communautaire du 7 avril "
        "2016\nPrésents : M. Jean-Louis PERRIN, Mme Sylviane BARDET\n\n"
        "Point n° 7 – Convention de mise à disposition d'un agent avec la commune de\n"
        "Meaulne-les-Bois\nVotants : 24     Pour : 22     Contre : 1     Abstentions : 1\n"
        "Adopté à la majorité.\n"
    )
    assert seance.deliberations[0].objet == (
        "Convention de mise à disposition d'un agent avec la commune de Meaulne-les-Bois"
    )


# --- texte aplati : numéro année-rang avant l'approbation, conseiller intéressé après le titre


def test_numero_annee_rang_avant_approbation_et_interesse_apres_le_titre() -> None:
    seance = _seance(
        "Communauté de communes Cœur de Brenne COMPTE RENDU DU CONSEIL COMMUNAUTAIRE Séance du "
        "mardi 13 septembre 2022 Présents : Françoise GRAVELLE (Mézières), Hubert SAINT-AUBIN "
        "(Rosnay), Odile FERRAND (Lureuil). Secrétaire de séance : Odile FERRAND. 2022-45 "
        "Approbation du compte rendu du conseil communautaire du 5 juillet 2022 Adopté à "
        "l'unanimité. 2022-47 Économie – Vente d'un terrain à la SARL Brenne Bois Hubert "
        "SAINT-AUBIN, associé de la société, ne prend pas part au vote. Le Conseil autorise la "
        "vente. Pour : 2 – Contre : 0 – Abstention : 0"
    )
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("2022-45", "Approbation du compte rendu du conseil communautaire du 5 juillet 2022"),
        ("2022-47", "Économie – Vente d'un terrain à la SARL Brenne Bois"),
    ]
    assert seance.deliberations[1].scrutins[0].ne_prend_pas_part == 1


def test_depart_avec_pouvoir_dont_le_mandataire_est_a_la_ligne() -> None:
    seance = _seance(
        "Commune de Montfaucon\nSéance du conseil municipal du 26 juin 2014\n"
        "Présents : M. Daniel FERRAND, Maire, M. Kader BENALI, M. Guy de VEYRAC\n\n"
        "Délibération n° 52-2014 – Tarifs\nAdopté à l'unanimité.\n\n"
        "M. Guy de VEYRAC quitte la séance à 21 h 10, après le vote du point 1, et donne pouvoir\n"
        "à M. Kader BENALI.\n\n"
        "Délibération n° 53-2014 – Voirie\nAdopté à l'unanimité.\n"
    )
    assert [
        (f"{p.mandant.prenom} {p.mandant.nom}", p.mandataire.nom)
        for p in seance.procurations
        if p.mandataire
    ] == [("Guy de VEYRAC", "BENALI")]


# --- points sans numéro d'une page copiée sans lignes blanches ------------------------------


def test_titres_sans_numero_sans_ligne_blanche_apres_une_phrase_finie() -> None:
    seance = _seance(
        "Commune de Solesmes\nSéance du conseil municipal du 19 octobre 2012\n"
        "Etaient présents : MM. Daniel CHEVALLIER, Maire, Claude FOUQUET, Yves LAMBERT.\n"
        "M. Yves LAMBERT est désigné secrétaire de séance.\n"
        "Tarifs de la salle polyvalente pour 2013\n"
        "Le Conseil Municipal, par 2 voix pour et 1 abstention, fixe les tarifs de location.\n"
        "Décision modificative n° 2\n"
        "Il est nécessaire d'ouvrir 6 500 € au compte 2313 pour les travaux de l'église.\n"
        "Adoptée à l'unanimité.\n"
    )
    assert [d.objet for d in seance.deliberations] == [
        "Tarifs de la salle polyvalente pour 2013",
        "Décision modificative n° 2",
    ]
    assert seance.deliberations[0].scrutins[0].unanimite is False


def test_ligne_courte_suivie_d_un_intitule_n_est_pas_un_titre() -> None:
    seance = _seance(
        "Syndicat des eaux de la Sorne\nRéunion du comité syndical du 6 juin 2012\n"
        "Délégués présents : GALLOIS Pierre, LESAGE Didier, THOMAS Bernadette.\n"
        "Secrétaire de séance : Monsieur LESAGE.\n"
        "Convocation aux membres du Comité Syndical et affichage le 29 mai 2012\n"
        "Nombre de membres en exercice : 16\n\n"
        "N° 06.2012.01 – Approbation du procès-verbal\nAdopté à l'unanimité.\n"
    )
    assert seance.decomptes is not None and seance.decomptes.en_exercice == 16


def test_rubrique_romaine_suivie_d_un_filet_puis_d_une_deliberation_numerotee() -> None:
    seance = _seance(
        "Commune de Montfaucon\nSéance du conseil municipal du 26 juin 2014\n"
        "Présents : M. Daniel FERRAND, Maire, M. Kader BENALI\n\n"
        "I – ADMINISTRATION GÉNÉRALE\n\n*************************\n"
        "Délibération n° 52-2014 – Approbation du procès-verbal\nAdopté à l'unanimité.\n"
    )
    assert [d.numero for d in seance.deliberations] == ["52-2014"]


def test_civilite_apres_a_ou_et_reste_dans_le_titre() -> None:
    from deliberations.extrait.reconnaisseurs import couper_titre

    assert couper_titre("Vente de la parcelle AB 212 à M. et Mme PERRAUD M. R. PERRAUD, intéressé") == (
        "Vente de la parcelle AB 212 à M. et Mme PERRAUD",
        "M. R. PERRAUD, intéressé",
    )


def test_titre_en_capitales_continue_apres_l_annee() -> None:
    from deliberations.extrait.reconnaisseurs import couper_titre

    assert couper_titre("COMPTE ADMINISTRATIF 2008 DE LA COMMUNE Mme HAMELIN présente")[0] == (
        "COMPTE ADMINISTRATIF 2008 DE LA COMMUNE"
    )
    assert couper_titre("Budget primitif 2008 Le budget s'équilibre")[0] == "Budget primitif 2008"
