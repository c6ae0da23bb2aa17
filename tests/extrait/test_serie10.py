"""Familles de mises en page trouvées par la dixième mesure hors échantillon (documents 260
à 269 : extraits et procès-verbaux tels que les produisent les logiciels de mairie et la
chaîne de télétransmission @CTES) : chaque règle sur un petit texte, indépendamment du
corpus."""

from __future__ import annotations

import datetime as dt

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import nature_seule
from deliberations.extrait.preparation import preparer
from deliberations.extrait.reconnaisseurs import organe
from deliberations.model import Organe, StatutPresence
from tests.extrait.comparaison import seance_lue as _seance

_COMMUNE = (
    "COMMUNE DE VALMONT\n"
    "Séance du 9 octobre 2014\n"
    "Le Conseil Municipal de Valmont s'est réuni sous la présidence de Mme Annick LE GOFF, "
    "Maire.\n"
)


def test_nom_de_syndicat_qui_ne_dit_que_son_service_continue_sur_la_ligne_suivante() -> None:
    assert nature_seule("Syndicat intercommunal d'alimentation en eau potable")
    assert nature_seule("SYNDICAT DE COLLECTE ET DE TRAITEMENT DES ORDURES MÉNAGÈRES")
    assert not nature_seule("Syndicat intercommunal d'alimentation en eau potable du Clain")
    seance = _seance(
        "SYNDICAT INTERCOMMUNAL D'ALIMENTATION EN EAU POTABLE\n"
        "DE LA VALLÉE DU CLAIN SUPÉRIEUR\n"
        "REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
        "Séance du 14 mars 2017\n"
    )
    assert seance.assemblee.collectivite.nom == (
        "SYNDICAT INTERCOMMUNAL D'ALIMENTATION EN EAU POTABLE DE LA VALLÉE DU CLAIN SUPÉRIEUR"
    )
    assert seance.assemblee.organe is Organe.COMITE_SYNDICAL


def test_nom_coupe_apres_le_prenom_finit_par_un_point_sur_la_ligne_suivante() -> None:
    seance = _seance(
        _COMMUNE + "Présents : Mme Annick LE GOFF, M. Yannick GUÉGAN.\n"
        "Absents excusés : M. Pascal LE ROUX (pouvoir à Mme Annick LE GOFF), Mme Sandrine\n"
        "MAHÉO.\n"
    )
    excuses = {(p.elu.prenom, p.elu.nom) for p in seance.presences if p.statut is StatutPresence.EXCUSE}
    assert ("Sandrine", "MAHÉO") in excuses
    assert "MAHÉO." not in {e.nom for e in seance.presents()}


def test_numero_ecrit_au_bout_de_la_ligne_de_l_objet() -> None:
    seance = _seance(
        _COMMUNE + "Objet : Tarifs de la cantine scolaire – année 2014-2015        N° 2014-045\n"
        "Le Conseil Municipal, après en avoir délibéré, à l'unanimité, fixe les tarifs.\n"
    )
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("2014-045", "Tarifs de la cantine scolaire – année 2014-2015")
    ]
    seance = _seance(
        _COMMUNE + "Objet : Décision modificative N° 3\nAdopté à l'unanimité.\n"
    )
    assert [d.objet for d in seance.deliberations] == ["Décision modificative N° 3"]


def test_numero_d_acte_apres_l_objet_sur_la_ligne_et_dans_le_flux() -> None:
    seance = _seance(_COMMUNE + "Objet : Cession d'une parcelle - DE_2019_012\nAdopté à l'unanimité.\n")
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("DE_2019_012", "Cession d'une parcelle")
    ]
    aplati = (
        "COMMUNE DE VALMONT EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL Séance "
        "du 14 mars 2019 L'an deux mille dix-neuf, le quatorze mars, le Conseil Municipal s'est "
        "réuni sous la présidence de M. Gérard POIRIER, Maire. Présents : M. Gérard POIRIER, "
        "Mme Sylvie HUAULT, M. Paul ROUX. Objet : Cession d'une parcelle communale au lieu-dit "
        "Les Noues - DE_2019_012 Monsieur le Maire expose au Conseil Municipal que des riverains "
        "ont sollicité l'acquisition de la parcelle. Le Conseil Municipal, après en avoir "
        "délibéré, à l'unanimité, décide de céder la parcelle. " + "Pour copie conforme. " * 20
    )
    seance = _seance(aplati)
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("DE_2019_012", "Cession d'une parcelle communale au lieu-dit Les Noues")
    ]


_TAMPON = (
    "Envoyé en préfecture le 20/07/2018 Reçu en préfecture le 20/07/2018 Affiché le "
    "ID : 043-224300019-20180716-CP2018_07_12-DE"
)


def test_tampon_de_teletransmission_retire_du_flux_meme_au_milieu_d_un_nom() -> None:
    texte = (
        _TAMPON + " COMMUNE DE VALMONT Séance du 14 mars 2019 L'an deux mille dix-neuf, le "
        "quatorze mars, le Conseil Municipal s'est réuni. Présents : M. Gérard POIRIER, M. Bruno "
        + _TAMPON + " CHAUVEAU, Mme Carole PESCHE. " + "Le Conseil prend acte. " * 20
    )
    prep = preparer(texte)
    assert prep.identifiant_actes == "043-224300019-20180716-CP2018_07_12-DE"
    assert prep.date_envoi == dt.date(2018, 7, 20)
    assert not any("préfecture" in ligne.texte or "ID :" in ligne.texte for ligne in prep.lignes)
    seance = _seance(texte)
    assert seance.date == dt.date(2019, 3, 14)
    assert "CHAUVEAU" in {e.nom for e in seance.presents()}


def test_accuse_de_reception_entier_retire_du_flux() -> None:
    texte = (
        "COMMUNE DE VALMONT Séance du 14 mars 2019 Présents : M. Gérard POIRIER. Accusé de "
        "réception en préfecture 056-215601234-20141009-2014_045-DE Date de télétransmission : "
        "13/10/2014 Date de réception préfecture : 13/10/2014 Le Conseil prend acte. " * 3
    )
    prep = preparer(texte)
    assert prep.identifiant_actes == "056-215601234-20141009-2014_045-DE"
    assert not any("fecture" in ligne.texte for ligne in prep.lignes)


def test_commission_permanente_nommee_par_le_titre_apres_le_conseil_departemental() -> None:
    lu = organe(
        "CONSEIL DÉPARTEMENTAL DE LA HAUTE-LOIRE EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS "
        "DE LA COMMISSION PERMANENTE Réunion du 16 juillet 2018"
    )
    assert lu == (Organe.COMMISSION_PERMANENTE, "CONSEIL DÉPARTEMENTAL DE LA HAUTE-LOIRE")
    # le titre d'un conseil départemental qui délibère lui-même ne change pas l'organe
    assert organe("CONSEIL DÉPARTEMENTAL DE LA HAUTE-LOIRE EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS")[
        0
    ] is Organe.CONSEIL_DEPARTEMENTAL
    assert lire_extrait(_TAMPON + " CONSEIL DÉPARTEMENTAL DE LA HAUTE-LOIRE Réunion du 16 juillet 2018").seance is not None


def test_en_tete_de_commune_apres_departement_et_arrondissement_et_nom_compose() -> None:
    seance = _seance(
        "Département de la Meuse. Arrondissement de Verdun. Commune de Béthincourt-sur-Forges\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 21 octobre 2005\n"
    )
    assert seance.assemblee.collectivite.nom == "Béthincourt-sur-Forges"
    # « Mars » dans un nom composé n'est pas le mois (l'en-tête aplati d'un logiciel)
    seance = _seance(
        "REPUBLIQUE FRANCAISE DEPARTEMENT DE LA SARTHE COMMUNE DE SAINT-MARS-SOUS-BALLON "
        "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL Séance du 14 mars 2019\n"
    )
    assert seance.assemblee.collectivite.nom == "SAINT-MARS-SOUS-BALLON"


def test_pied_de_page_repete_qui_nomme_la_communaute() -> None:
    pied = "Communauté de communes du Val de Brenne – Procès-verbal du conseil du 15 mars 2023"
    resultat = lire_extrait(
        "CONSEIL COMMUNAUTAIRE DU\n15 MARS 2023\nPROCES VERBAL\n"
        "Le Conseil Communautaire s'est réuni au siège de la Communauté de Communes.\n"
        "1. Budget primitif 2023\nAdopté à l'unanimité.\n"
        f"{pied}        1/2\n2. Tarifs 2023\nAdopté à l'unanimité.\n{pied}        2/2\n"
    )
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom == "Communauté de communes du Val de Brenne"
    assert "extrait.collectivite-hors-en-tete" in {c.code for c in resultat.rapport}


def test_certificat_de_convocation_ne_date_pas_la_seance() -> None:
    seance = _seance(
        "COMMUNE DE LANRELAS CONVOCATION : L'an deux mille seize, le dix-huit novembre, Nous, "
        "LE BRETON Hervé, Maire, certifions avoir convoqué les membres du Conseil Municipal pour "
        "le vingt-cinq novembre deux mille seize.\nREUNION DU 25 NOVEMBRE 2016\n"
    )
    assert seance.date == dt.date(2016, 11, 25)
    assert seance.date_convocation == dt.date(2016, 11, 18)
    assert seance.assemblee.collectivite.nom == "LANRELAS"


def test_numero_d_extrait_devant_la_phrase_d_ouverture() -> None:
    seance = _seance(
        "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL DE COMMUNAUTE\nSéance du 17 juin 2009\n"
        "N° 2009-31 L'an deux mil neuf, le dix-sept juin, le Conseil de Communauté, dûment "
        "convoqué le 9 juin 2009, s'est réuni sous la présidence de M. Roger FAUCHER, Président.\n"
        "Nombre de délégués en exercice : 22 Présents : 17 Votants : 19\n"
        "Objet : Adhésion au syndicat mixte\nAdopté à l'unanimité.\n"
    )
    assert [(d.numero, d.objet) for d in seance.deliberations] == [("2009-31", "Adhésion au syndicat mixte")]
    assert seance.president is not None and seance.president.nom == "FAUCHER"
    assert seance.decomptes is not None and seance.decomptes.en_exercice == 22


def test_cadre_d_un_extrait_lu_apres_son_texte() -> None:
    resultat = lire_extrait(
        _COMMUNE + "Présents : Mme Annick LE GOFF, M. Yannick GUÉGAN.\n"
        "Objet : Tarifs de la cantine        N° 2014-045\nAdopté à l'unanimité.\n"
        "Pour extrait certifié conforme,\nLe Maire,\nAnnick LE GOFF\n"
        "Nombre de membres\nEn exercice : 11\nPrésents : 9\nVotants : 10\n"
        "Date de convocation\n02/10/2014\n"
    )
    seance = resultat.seance
    assert seance is not None and seance.decomptes is not None
    assert (seance.decomptes.en_exercice, seance.decomptes.presents, seance.decomptes.votants) == (11, 9, 10)
    assert seance.date_convocation == dt.date(2014, 10, 2)
    assert "extrait.decompte-repete" in {c.code for c in resultat.rapport}
    # deux délibérations : les nombres écrits avec la seconde restent ceux de ce point
    resultat = lire_extrait(
        _COMMUNE + "1. Tarifs\nAdopté à l'unanimité.\n2. Travaux\nEn exercice : 11\nAdopté.\n"
    )
    assert resultat.seance is not None
    assert resultat.seance.decomptes is None or resultat.seance.decomptes.en_exercice is None


def test_presidence_reprise_apres_le_compte_administratif() -> None:
    resultat = lire_extrait(
        "COMMUNAUTÉ DE COMMUNES DU VAL DE L'OISE\nConseil communautaire du lundi 12 juin 2023\n"
        "Le conseil communautaire s'est réuni sur la convocation de Monsieur Patrick DELVAL, "
        "Président.\nÉtaient présents : Messieurs Patrick DELVAL, Jean-Marie BOUTELEUX.\n"
        "DÉLIBÉRATION N° 2023-041 : COMPTE ADMINISTRATIF 2022\n"
        "Monsieur DELVAL quitte la salle ; Monsieur Jean-Marie BOUTELEUX préside pour ce vote.\n"
        "Le compte administratif est adopté.\n"
        "DÉLIBÉRATION N° 2023-042 : AFFECTATION DU RÉSULTAT 2022\n"
        "Monsieur DELVAL reprend la présidence de la séance.\nAdopté à l'unanimité.\n"
    )
    assert resultat.seance is not None and resultat.seance.president is not None
    assert resultat.seance.president.nom == "DELVAL"
    assert "extrait.president-repris" in {c.code for c in resultat.rapport}


def test_objet_avant_la_phrase_d_ouverture_puis_voix_suivies_des_signatures() -> None:
    texte = (
        "CONSEIL DÉPARTEMENTAL DE LA HAUTE-LOIRE EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS DE LA "
        "COMMISSION PERMANENTE Réunion du 16 juillet 2018 Délibération n° CP/2018/07/12 Objet : "
        "Aide aux communes pour la voirie Rapporteur : M. Bernard JOUVE La Commission permanente "
        "du Conseil départemental, régulièrement convoquée le 6 juillet 2018, s'est réunie à "
        "l'Hôtel du Département, sous la présidence de M. Henri ROCHETTE, Président du Conseil "
        "départemental. Étaient présents : M. Henri ROCHETTE, M. Bernard JOUVE, Mme Laure ROUX. "
        "Après en avoir délibéré, DÉCIDE : Article 1er : d'attribuer les subventions. Adopté à "
        "l'unanimité des suffrages exprimés. Pour : 2 Contre : 0 Abstention : 0 Ne prend pas "
        "part au vote : 1 (Mme Laure ROUX) Le Président du Conseil départemental, Henri ROCHETTE "
        "Certifié exécutoire, compte tenu de la transmission en préfecture le 20 juillet 2018 et "
        "de la publication le 20 juillet 2018."
    ) * 1
    seance = _seance(texte + " " * 0)
    assert seance.assemblee.organe is Organe.COMMISSION_PERMANENTE
    assert seance.president is not None and seance.president.nom == "ROCHETTE"
    (scrutin,) = seance.deliberations[0].scrutins
    assert (scrutin.pour, scrutin.contre, scrutin.abstentions, scrutin.ne_prend_pas_part) == (2, 0, 0, 1)


def test_modele_de_logiciel_aplati_intitules_au_pluriel_entre_parentheses_et_voix_entre_parentheses() -> None:
    texte = (
        "COMMUNE DE VALMONT EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL Séance du "
        "14 mars 2019 Nombre de membres afférents au Conseil municipal : 15 en exercice : 15 qui "
        "ont pris part à la délibération : 13 L'an deux mille dix-neuf, le quatorze mars, le "
        "Conseil Municipal s'est réuni sous la présidence de Monsieur Gérard POIRIER, Maire. "
        "Présents : M. Gérard POIRIER, Mme Sylvie HUAULT, M. Paul ROUX Absent(s) excusé(s) : "
        "Mme Isabelle GOUPIL donne pouvoir à M. Gérard POIRIER, M. Thierry BESNARD Absent(s) : "
        "M. Anthony VIVIEN Secrétaire de séance : Mme Sylvie HUAULT Objet : Cession d'une "
        "parcelle - DE_2019_012 Monsieur le Maire expose que des riverains ont sollicité "
        "l'acquisition de la parcelle. Le Conseil Municipal, après en avoir délibéré, à "
        "l'unanimité (pour : 13 contre : 0 abstentions : 0) : - DECIDE de céder la parcelle ZB "
        "n° 57 au prix de 2 060 euros, frais d'acte à la charge des acquéreurs ; - AUTORISE "
        "Monsieur le Maire à signer l'acte et toutes les pièces s'y rapportant. Ainsi fait et "
        "délibéré les jour, mois et an que dessus."
    )
    seance = _seance(texte)
    assert sorted(e.nom for e in seance.presents()) == ["HUAULT", "POIRIER", "ROUX"]
    statuts = {p.elu.nom: p.statut for p in seance.presences}
    assert statuts["BESNARD"] is StatutPresence.EXCUSE and statuts["VIVIEN"] is StatutPresence.ABSENT
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("GOUPIL", "POIRIER")]
    assert seance.decomptes is not None
    assert (seance.decomptes.membres, seance.decomptes.votants) == (15, 13)
    (scrutin,) = seance.deliberations[0].scrutins
    assert (scrutin.pour, scrutin.contre, scrutin.abstentions, scrutin.unanimite) == (13, 0, 0, True)


def test_recueil_d_extraits_date_par_deliberation_n_du_et_commune_du_texte() -> None:
    extrait = (
        "Délibération n° {n} du 18 DECEMBRE 2008 {n}° Objet : {titre} {expose} LE CONSEIL "
        "MUNICIPAL, après en avoir délibéré, ADOPTE à l'unanimité. Ainsi fait et délibéré les "
        "jour mois et an ci-dessus. Pour extrait conforme, Le Maire : Jean-Paul SOLER "
    )
    texte = "Décembre 2008 Page 1 " + "".join(
        extrait.format(n=n, titre=titre, expose=expose)
        for n, titre, expose in (
            (1, "TARIFS DU CIMETIERE", "Monsieur le Maire propose de maintenir les tarifs."),
            (2, "SUBVENTION AU COMITE DES FETES", "Le Comité des Fêtes de la Commune de "
             "Port-Vendrac a organisé la fête de la Saint-Laurent."),
        )
    )
    resultat = lire_extrait(texte * 3)
    seance = resultat.seance
    assert seance is not None and seance.date == dt.date(2008, 12, 18)
    assert [(d.numero, d.objet) for d in seance.deliberations][:2] == [
        ("1", "TARIFS DU CIMETIERE"), ("2", "SUBVENTION AU COMITE DES FETES")
    ]
    assert seance.assemblee.collectivite.nom == "Port-Vendrac"
    assert "extrait.collectivite-hors-en-tete" in {c.code for c in resultat.rapport}
    assert seance.president is None  # le maire signe l'extrait ; nul ne dit qui présidait
    # deux communes nommées : aucune n'est retenue
    autre = texte.replace("Monsieur le Maire propose", "La Commune de Collioure propose")
    seance = _seance(autre * 3)
    assert seance.assemblee.collectivite.nom in (None, "(collectivité non indiquée)")


def test_cadre_des_decomptes_entrelace_avec_le_texte_et_suppleant_avec_sa_commune() -> None:
    seance = _seance(
        "SYNDICAT INTERCOMMUNAL DES EAUX DU CLAIN\nREGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
        "Séance du 14 mars 2017\nDélibération n° 2017-06\n\n"
        "Nombre de délégués :         L'an deux mille dix-sept, le quatorze mars, le\n"
        "en exercice : 18             Comité syndical, régulièrement convoqué le 6 mars 2017,\n"
        "présents : 13                s'est réuni sous la présidence de M. Jacques\n"
        "pouvoirs : 2                 PÉRONNET, Président.\n"
        "votants : 15\n\n"
        "Étaient présents : M. Jacques PÉRONNET (Vivonne), M. Serge MÉTAIS (Voulon, suppléant de "
        "M. Claude ROY).\n"
        "Objet : Rapport annuel 2016\nLe Comité syndical, à l'unanimité, adopte le rapport.\n"
    )
    assert seance.date_convocation == dt.date(2017, 3, 6)
    assert seance.president is not None and seance.president.nom == "PÉRONNET"
    d = seance.decomptes
    assert d is not None and (d.en_exercice, d.presents, d.procurations, d.votants) == (18, 13, 2, 15)
    remplace = [p for p in seance.presences if p.statut is StatutPresence.REMPLACE]
    assert [(p.elu.nom, p.suppleant.nom if p.suppleant else None) for p in remplace] == [("ROY", "MÉTAIS")]
    # le cadre répété sous le numéro d'une délibération : son libellé n'est pas le titre
    assert [(x.numero, x.objet) for x in seance.deliberations] == [("2017-06", "Rapport annuel 2016")]


def test_deux_colonnes_sans_valeurs_de_cadre_restent_telles_quelles() -> None:
    prep = preparer(
        "Le Président,                   La secrétaire de séance,\n"
        "Didier MARCHAND                 Nicole AUBRY\n"
        "Pour extrait conforme           Le 12 mars 2023\n"
    )
    assert [ligne.texte.split()[:2] for ligne in prep.lignes if ligne.texte] == [
        ["Le", "Président,"], ["Didier", "MARCHAND"], ["Pour", "extrait"]
    ]


def test_numero_puis_objet_sur_la_meme_ligne_et_expose_en_phrase_entiere() -> None:
    seance = _seance(
        _COMMUNE + "N° 2005-31 – Objet : Coupes de bois – état d'assiette de l'exercice 2006\n"
        "Sur proposition de l'Office National des Forêts, le Maire présente l'état d'assiette des "
        "coupes.\nLe Conseil Municipal, à l'unanimité, approuve l'état d'assiette.\n\n"
        "N° 2005-32 – Objet : Location du droit de chasse\nVote : 9 pour.\n"
    )
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("2005-31", "Coupes de bois – état d'assiette de l'exercice 2006"),
        ("2005-32", "Location du droit de chasse"),
    ]
    # un titre coupé en fin de ligne continue sur la suivante
    seance = _seance(
        _COMMUNE + "Objet : Convention d'adhésion au service commun d'instruction des\n"
        "autorisations d'urbanisme\nAdopté à l'unanimité.\n"
    )
    assert [d.objet for d in seance.deliberations] == [
        "Convention d'adhésion au service commun d'instruction des autorisations d'urbanisme"
    ]


def test_ordre_du_jour_a_rubriques_puis_sous_points_dans_le_flux() -> None:
    texte = (
        "COMMUNE DE LANRELAS CONVOCATION : L an deux mille seize, le dix-huit novembre, Nous, "
        "LE BRETON Hervé, Maire, certifions avoir convoqué les membres du Conseil Municipal. "
        "ORDRE du JOUR : 1 AFFAIRES GENERALES 1-1 Modification du tableau des effectifs 1-2 "
        "Indemnités de fonction des élus 2 FINANCES 2-1 Tarifs communaux 2017 * * * * * "
        "REUNION DU 25 NOVEMBRE 2016 Etaient Présents : M. LE BRETON Hervé, Maire - Mme HAMON "
        "Sylvie - M. ROBERT Pascal Secrétaire de séance : Mme HAMON Sylvie. 1 AFFAIRES GENERALES "
        "1-1 Modification du tableau des effectifs Il est proposé de créer un poste d adjoint "
        "administratif. Adopté à l unanimité. 1-2 Indemnités de fonction des élus Monsieur le "
        "Maire propose de maintenir les taux votés en 2014. Adopté par 2 voix pour et 1 "
        "abstention. 2 FINANCES 2-1 Tarifs communaux 2017 Location de la salle des fêtes : 180 "
        "€ le week-end. Adopté à l unanimité. La séance est levée à 22 h 10."
    )
    seance = _seance(texte)
    assert seance.date == dt.date(2016, 11, 25)
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("1-1", "Modification du tableau des effectifs"),
        ("1-2", "Indemnités de fonction des élus"),
        ("2-1", "Tarifs communaux 2017"),
    ]
    assert seance.deliberations[1].scrutins[0].pour == 2


def test_valeur_de_part_et_d_autre_d_un_saut_de_page_n_est_pas_un_pied_de_page() -> None:
    lignes = [f"Ligne de texte numéro {i} du procès-verbal." for i in range(10)]
    texte = "\n".join([*lignes, "Date de convocation", "02/10/2014"]) + "\f" + "\n".join(
        ["Date d'affichage", "02/10/2014", *lignes]
    )
    prep = preparer(texte)
    assert [ligne.texte for ligne in prep.lignes].count("02/10/2014") == 2
    # un pied de page qui revient au bas de deux pages est retiré
    texte = "\n".join([*lignes[:3], "Mairie de Valmont"]) + "\f" + "\n".join([*lignes[3:6], "Mairie de Valmont"])
    assert "Mairie de Valmont" not in [ligne.texte for ligne in preparer(texte).lignes]


def test_voix_suivies_d_une_longue_liste_de_noms_puis_du_texte() -> None:
    noms = ", ".join(f"M. Prénom{i} NOMDELU{i}" for i in range(12))
    texte = (
        _COMMUNE + "Objet : Tarifs 2019\n"
        f"Pour : 10 Contre : 2 ({noms}) Abstention : 0 Le Maire, Annick LE GOFF Certifié exécutoire "
        "compte tenu de la transmission en préfecture le 20 juillet 2018.\n"
    )
    (scrutin,) = _seance(texte).deliberations[0].scrutins
    assert (scrutin.pour, scrutin.contre, scrutin.abstentions) == (10, 2, 0)


def test_trois_intitules_vides_a_la_suite_puis_les_noms_sont_signales() -> None:
    resultat = lire_extrait(
        _COMMUNE + "Présents : Mme Annick LE GOFF, M. Yannick GUÉGAN.\n"
        "Absents excusés :\nAbsent :\nSecrétaire de séance :\n"
        "Jacques MOREAU, Ginette LORIOT.\nKévin DROUIN.\nNicole AUBRY.\n"
    )
    assert "extrait.intitules-a-la-suite" in {c.code for c in resultat.rapport}


def test_rang_puis_numero_de_deliberation_sur_une_ligne_a_tabulation() -> None:
    seance = _seance(
        _COMMUNE + "2. Délibération n° 2023-014 :\tVote des taux de fiscalité 2023\n"
        "Vote : Pour : 24 – Contre : 0 – Abstention : 0\n"
    )
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("2023-014", "Vote des taux de fiscalité 2023")
    ]


def test_titre_plus_court_que_les_lignes_du_texte_finit_avant_l_expose() -> None:
    ligne = "Le Conseil Municipal, après en avoir délibéré, décide de fixer les tarifs suivants"
    seance = _seance(
        _COMMUNE + f"{ligne} pour l'année.\nObjet : Coupes de bois – état d'assiette 2006\n"
        "Sur proposition de l'Office National des Forêts, le Maire présente l'état d'assiette des coupes à\n"
        "marteler en 2006 dans la forêt communale.\nAdopté à l'unanimité.\n"
    )
    assert [d.objet for d in seance.deliberations] == ["Coupes de bois – état d'assiette 2006"]
