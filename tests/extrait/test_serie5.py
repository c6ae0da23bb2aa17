"""Familles de mises en page trouvées par la cinquième mesure hors échantillon (documents 210
à 219) : chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

import datetime as dt

from deliberations.extrait import lire_extrait
from deliberations.extrait.reconnaisseurs import date_seance, secretaire


def test_date_de_convocation_du_conseil_n_est_pas_la_date_de_seance() -> None:
    ligne = (
        "L'an DEUX MILLE QUINZE le 14 décembre à 20 H 30, le Conseil municipal, légalement "
        "convoqué, s'est réuni. Date convocation du Conseil Municipal : 7 décembre 2015"
    )
    assert date_seance(ligne) == dt.date(2015, 12, 14)


def test_nom_commencant_comme_un_article_n_est_pas_coupe() -> None:
    assert secretaire("Cédric Laurent est désigné secrétaire de séance.") == "Cédric Laurent"
    assert secretaire("Secrétaire de séance : Mme Lise LEROY La séance est ouverte") == (
        "Mme Lise LEROY"
    )


def test_secretaire_prenom_nom_en_casse_normale() -> None:
    texte = "Séance du 9 février 2024\nLéa Lambert est désignée secrétaire de séance.\n"
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [(e.prenom, e.nom) for e in seance.secretaires] == [("Léa", "Lambert")]


def test_commune_dans_a_la_mairie_de() -> None:
    from deliberations.extrait.collectivite import dans_la_prose

    ligne = (
        "le conseil municipal, légalement convoqué le jeudi deux mars, se réunit en séance "
        "publique à la mairie de Landrecourt-Sommaux sous la présidence de Josiane Thouvenin"
    )
    assert dans_la_prose(ligne) == "Landrecourt-Sommaux"
    assert dans_la_prose("s'est réuni à la Mairie en séance publique sous la présidence") is None


def test_titre_de_blog_mairie_de_x_deux_points() -> None:
    from deliberations.extrait.collectivite import en_tete

    assert en_tete("Mairie de Berneval-sur-Lozier : le blog municipal mardi 17 mars 2009") == (
        "Berneval-sur-Lozier",
        "commune",
    )


def test_presidence_de_son_maire_et_ligne_coupee() -> None:
    texte = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE LA VILLE DE TRUC\n"
        "L’an DEUX MILLE VINGT ET UN le 29 mars à 18 H 30, le Conseil municipal,\n"
        "légalement convoqué en séance ordinaire, s’est réuni salle des fêtes, sous la\n"
        "présidence de son Maire, Henri CASTEX.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.president is not None
    assert (seance.president.prenom, seance.president.nom) == ("Henri", "CASTEX")


def test_convocation_dont_la_date_ouvre_la_ligne_suivante() -> None:
    texte = (
        "PROCES-VERBAL DE LA REUNION PUBLIQUE DU CONSEIL MUNICIPAL\n"
        "LUNDI 14 FEVRIER 2011\n"
        "Le Conseil municipal de la Commune de Truc (Loiret), légalement convoqué\n"
        "le 7 février 2011, s’est réuni en session ordinaire, à la salle du conseil,\n"
        "à 20h30, sous la présidence de monsieur Jacques BOURDIN, Maire.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert seance.date == dt.date(2011, 2, 14)
    assert seance.date_convocation == dt.date(2011, 2, 7)
    assert seance.president is not None and seance.president.nom == "BOURDIN"


def _decomptes(texte: str) -> tuple[int | None, ...]:
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.decomptes is not None
    d = seance.decomptes
    return d.en_exercice, d.presents, d.procurations, d.votants


def test_colonne_de_nombres_avant_ses_libelles_sur_des_lignes() -> None:
    texte = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE LA VILLE DE TRUC\n"
        "23\n18\n3\n21\nNombre de Conseillers en exercice\nPrésents\nProcurations\nVotants\n"
        "N° 2021 3 1\nL’an DEUX MILLE VINGT ET UN le 29 mars à 18 H 30, le Conseil municipal\n"
    )
    assert _decomptes(texte) == (23, 18, 3, 21)


def test_colonne_de_nombres_avant_ses_libelles_dans_le_flux() -> None:
    texte = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE LA VILLE DE TRUC (ARIÈGE) "
        "19 14 2 16 Nombre de Conseillers en exercice Présents Procurations Votants N° 2015 9 4 "
        "L’an DEUX MILLE QUINZE le 14 décembre à 20 H 30, le Conseil municipal s’est réuni. " * 3
    )
    assert _decomptes(texte) == (19, 14, 2, 16)


def test_autant_de_nombres_que_de_libelles_sinon_rien() -> None:
    from deliberations.extrait.preparation import valeurs_puis_libelles

    texte = "séance 2015 9 Présents Votants Procurations"
    assert valeurs_puis_libelles(texte) == texte


def _noms(seance: object, statut: str) -> list[str]:
    from deliberations.model import Seance, StatutPresence

    assert isinstance(seance, Seance)
    voulu = StatutPresence(statut)
    return sorted(f"{p.elu.prenom} {p.elu.nom}" for p in seance.presences if p.statut is voulu)


def test_presents_et_absents_en_prose_sans_intitule() -> None:
    texte = (
        "Séance du conseil municipal du vendredi 10 mars 2017\n"
        "Le conseil municipal se réunit en séance publique à la mairie de Truc. Josiane "
        "Thouvenin, Gilles Marchal, Patrice Collignon, formant la majorité des membres en "
        "exercice, sont présents. Daniel Poirot représenté par Gilles Marchal, Sylvie Noël et "
        "Karine Vuillaume représentée par Josiane Thouvenin sont absents. Gilles Marchal est "
        "désigné secrétaire de séance.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert _noms(seance, "present") == ["Gilles Marchal", "Josiane Thouvenin", "Patrice Collignon"]
    assert _noms(seance, "absent") == ["Sylvie Noël"]
    assert sorted((p.mandant.nom, p.mandataire.nom) for p in seance.procurations) == [
        ("Poirot", "Marchal"),
        ("Vuillaume", "Thouvenin"),
    ]
    assert [e.nom for e in seance.secretaires] == ["Marchal"]


def test_phrase_qui_n_est_pas_une_liste_de_noms() -> None:
    from deliberations.extrait.analyse import _phrase_de_presence

    assert _phrase_de_presence("Les crédits nécessaires sont présents au budget.") is None


def test_fin_de_liste_formant_la_majorite() -> None:
    texte = (
        "Séance du 19 septembre 2019\n"
        "Etaient présents : MM. LEVASSEUR, BRIQUET, Mme AUBRY, M. HAMEL et Mme POTTIER formant "
        "la majorité des membres en exercice.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert sorted(p.elu.nom for p in seance.presences) == [
        "AUBRY",
        "BRIQUET",
        "HAMEL",
        "LEVASSEUR",
        "POTTIER",
    ]


def test_absents_et_avaient_donne_pouvoir() -> None:
    texte = (
        "Séance du 8 mars 2005\nEtaient présents : Mme Brigitte AUGER, M. Hervé GAUCHER.\n"
        "Etaient absents et avaient donné pouvoir : M. René QUANTIN à Mme Brigitte AUGER, "
        "Mme Josiane RABIER à M. Hervé GAUCHER.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert sorted((p.mandant.nom, p.mandataire.nom) for p in seance.procurations) == [
        ("QUANTIN", "AUGER"),
        ("RABIER", "GAUCHER"),
    ]


def test_numero_dans_la_ligne_de_vote_apres_un_titre_sans_numero() -> None:
    texte = (
        "Séance du conseil municipal du vendredi 10 mars 2017\n\n"
        "Présents : Josiane THOUVENIN, Gilles MARCHAL, Patrice COLLIGNON.\n\n"
        "Compte administratif 2016\n\n"
        "Gilles Marchal, premier adjoint, présente le compte administratif 2016.\n\n"
        "Délibération n° DE-2017-08 : 2 pour, 0 contre, 1 abstention.\n\n"
        "Vote des taux 2017\n\n"
        "Les taux communaux restent inchangés pour 2017.\n\n"
        "Délibération n° DE-2017-09 : adoptée à l’unanimité.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    points = [(d.numero, d.objet) for d in seance.deliberations]
    assert points == [
        ("DE-2017-08", "Compte administratif 2016"),
        ("DE-2017-09", "Vote des taux 2017"),
    ]
    premier, second = seance.deliberations
    assert (premier.scrutins[0].pour, premier.scrutins[0].abstentions) == (2, 1)
    assert second.scrutins[0].unanimite


def test_deux_intertitres_separes_d_un_blanc_ne_font_pas_un_point() -> None:
    texte = (
        "Séance du 10 mars 2017\nPrésents : Josiane THOUVENIN, Gilles MARCHAL.\n\n"
        "Délibérations\n\nÉtaient absents et représentés : Karine VUILLAUME.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [d.objet for d in seance.deliberations] == []


def test_titre_deux_points_puis_apres_en_avoir_delibere_et_alineas() -> None:
    texte = (
        "Séance du 19 septembre 2019\n"
        "Etaient présents : MM. LEVASSEUR, BRIQUET, Mme AUBRY.\n"
        "Secrétaire de séance : M. BRIQUET\n\n"
        "Subvention : Après en avoir délibéré, le Conseil Municipal décide d'attribuer une "
        "subvention de 800€ à l'association des Amis du Lavoir.\n\n"
        "Délibération portant sur la création d'un poste : Après en avoir délibéré, à "
        "l'unanimité le conseil municipal décide :\n\n"
        "1)    De créer un poste d'adjoint administratif à temps non complet,\n\n"
        "2)    D'inscrire les crédits correspondants au budget.\n\n"
        "Rapport sur l'eau : Le Maire présente le rapport annuel. Après en avoir délibéré, le "
        "conseil municipal approuve le rapport par 2 voix pour et 1 abstention.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [d.objet for d in seance.deliberations] == [
        "Subvention",
        "Délibération portant sur la création d'un poste",
        "Rapport sur l'eau",
    ]
    assert not seance.deliberations[0].scrutins
    assert seance.deliberations[1].scrutins[0].unanimite
    assert (
        seance.deliberations[2].scrutins[0].pour,
        seance.deliberations[2].scrutins[0].abstentions,
    ) == (2, 1)


def test_intitule_suivi_d_une_phrase_n_est_pas_un_titre() -> None:
    texte = (
        "Séance du 19 septembre 2019\nEtaient présents : MM. LEVASSEUR, BRIQUET.\n"
        "Questions diverses : Le Maire informe le conseil du repas des aînés.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and not seance.deliberations


def test_une_annee_suivie_de_pour_n_est_pas_un_vote() -> None:
    from deliberations.extrait.reconnaisseurs import votes

    phrase = "décide de maintenir les taux de 2008 pour la taxe d'habitation, par 12 voix pour"
    assert votes(phrase) == [("pour", 12)]


def test_titres_en_fin_de_ligne_dans_un_texte_aplati() -> None:
    morceaux = [
        "Séance du 10 mars 2009. Etaient présents : Mmes RIGAULT, BESNARD, MM. DUVAL, FERON.",
        "Secrétaire de séance : Mme BESNARD.",
        "Compte administratif 2008 : Madame le Maire ayant quitté la salle, le Conseil "
        "Municipal, sous la présidence de M. DUVAL, doyen d'âge, approuve le compte "
        "administratif 2008 de la commune par 2 voix pour et 1 abstention.",
        "Affectation du résultat : Après en avoir délibéré, à l'unanimité le conseil municipal "
        "décide d'affecter l'excédent de fonctionnement à la section d'investissement.",
        "Taux d'imposition 2009 : Après en avoir délibéré, le Conseil Municipal décide de "
        "maintenir les taux de 2008 pour la taxe d'habitation, par 3 voix pour et 1 voix contre.",
    ]
    texte = " ".join(morceaux) + " " + "Questions diverses : aucune. " * 40
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [d.objet for d in seance.deliberations] == [
        "Compte administratif 2008",
        "Affectation du résultat",
        "Taux d'imposition 2009",
    ]
    votes = [(s.pour, s.contre, s.abstentions) for d in seance.deliberations for s in d.scrutins]
    assert votes == [(2, None, 1), (None, None, None), (3, 1, None)]
    assert seance.president is None or seance.president.nom != "DUVAL"


def test_extraits_a_la_suite_numero_avant_l_objet_en_capitales() -> None:
    entete = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE LA VILLE DE TRUC\n"
        "N° 2021 3 {n}\n"
        "L’an DEUX MILLE VINGT ET UN le 29 mars à 18 H 30, le Conseil municipal s’est réuni.\n"
        "Présents : Henri CASTEX, Josette ROUMAGNAC, Alain ESTEBE.\n"
    )
    corps = (
        "OBJET : VOTE DES TAUX D’IMPOSITION 2021\n"
        "Monsieur le Maire rappelle que la part départementale est transférée aux communes.\n"
        "Après en avoir délibéré, le Conseil Municipal ADOPTE les taux ci-dessus.\n"
        "POUR : 3 CONTRE : 0 ABSTENTION : 0\nPour extrait conforme,\nLe Maire,\n",
        "OBJET : BUDGET PRIMITIF 2021\n"
        "Monsieur Alain ESTEBE, adjoint aux finances, présente le projet de budget.\n"
        "Après en avoir délibéré, le Conseil Municipal APPROUVE le budget primitif.\n"
        "POUR : 2 CONTRE : 1 ABSTENTION : 0\n",
    )
    texte = "".join(entete.format(n=i) + c for i, c in enumerate(corps, 1))
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("2021 3 1", "VOTE DES TAUX D'IMPOSITION 2021"),
        ("2021 3 2", "BUDGET PRIMITIF 2021"),
    ]
    assert [d.scrutins[0].pour for d in seance.deliberations] == [3, 2]


def test_pour_suivi_d_un_infinitif_n_est_pas_un_vote() -> None:
    from deliberations.extrait.reconnaisseurs import votes

    assert votes("ajuster les crédits du chapitre 012 pour tenir compte du remplacement") == []
    assert votes("adopté par 12 voix pour la délibération et 2 contre") == [
        ("pour", 12),
        ("contre", 2),
    ]


def test_rubriques_romaines_puis_points_degre() -> None:
    texte = (
        "Séance du 14 février 2011\nPrésents : Jacques BOURDIN, Annie PELLETIER, Denis BARBIER.\n\n"
        "I – FINANCES\n\n1°) Débat d'orientation budgétaire 2011\n"
        "Le Conseil municipal prend acte de la tenue du débat d'orientation budgétaire.\n\n"
        "2°) Demande de subvention au titre de la DGE\nAdopté à l'unanimité.\n\n"
        "II – PERSONNEL\n\n3°) Création d'un poste d'adjoint technique\n"
        "Adopté par 2 voix pour et 1 abstention.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("1", "Débat d'orientation budgétaire 2011"),
        ("2", "Demande de subvention au titre de la DGE"),
        ("3", "Création d'un poste d'adjoint technique"),
    ]


def test_degre_dans_un_point_numerote_autrement_est_un_alinea() -> None:
    texte = (
        "Séance du 14 avril 2013\nPrésents : Jacques BOURDIN, Annie PELLETIER.\n"
        "2013-11 : Compte administratif 2012\nLe Conseil municipal :\n"
        "1°) Lui donne acte de la présentation faite du compte administratif,\n"
        "2°) Arrête les résultats définitifs.\nVote : unanimité\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [d.numero for d in seance.deliberations] == ["2013-11"]


def test_points_lettres_dans_un_texte_aplati() -> None:
    texte = (
        "Séance du 8 mars 2005. Etaient présents : Mme Brigitte AUGER, M. Hervé GAUCHER. "
        "Nombre de conseillers en exercice : 3 – présents : 2 – votants : 2 A) Budget primitif "
        "2005 de la commune Monsieur Hervé GAUCHER présente le budget primitif. Résultat du vote"
        " : 2 voix pour. B) Budget annexe de l'assainissement Le budget annexe s'équilibre. "
        "Adopté à l'unanimité. " + "Informations diverses. " * 60
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("A", "Budget primitif 2005 de la commune"),
        ("B", "Budget annexe de l'assainissement"),
    ]


def test_points_annonces_par_l_ordre_du_jour_dans_un_texte_aplati() -> None:
    texte = (
        "Séance du mardi 14 mai 2013. Présents : Bernard AUBERTIN, Nadine CLEMENT, Joël DEMANGE. "
        "Ordre du Jour - Budget primitif 2013 ; - Travaux de voirie (deux devis) ; - Fleurissement"
        " du village ; - Questions diverses. Budget primitif 2013 Bernard Aubertin présente le "
        "budget primitif. Vote : 2 pour, 1 contre. Travaux de voirie Deux devis ont été reçus. "
        "Vote : unanimité. Fleurissement du village Nadine Clément présente les plantations, "
        "sans vote. " + "La séance est levée. " * 60
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [d.objet for d in seance.deliberations] == ["Budget primitif 2013", "Travaux de voirie"]
    assert (
        seance.deliberations[0].scrutins[0].pour,
        seance.deliberations[0].scrutins[0].contre,
    ) == (
        2,
        1,
    )


def test_intertitre_du_proces_verbal_precedent_vote_ou_non() -> None:
    debut = "Séance du 9 février 2024\nPrésents : Martine COLLIN, Yves BERTRAND, Luc FONTAINE.\n\n"
    vote = (
        "Procès-verbal de la séance précédente\n\n"
        "Le procès-verbal de la séance du 12 janvier 2024 est adopté (2 pour, 1 abstention).\n"
    )
    lu = (
        "Examen du procès-verbal de la séance précédente\n\n"
        "Le procès-verbal est lu ; aucune remarque n'est formulée.\n"
    )
    seance = lire_extrait(debut + vote).seance
    assert seance is not None
    assert [d.objet for d in seance.deliberations] == ["Procès-verbal de la séance précédente"]
    assert seance.deliberations[0].scrutins[0].pour == 2
    seance = lire_extrait(debut + lu).seance
    assert seance is not None and not seance.deliberations
