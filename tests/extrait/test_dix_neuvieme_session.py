"""Dix-neuvième session : formes trouvées en lisant de vrais documents publiés (hors dépôt),
chacune reproduite ici sur un petit texte inventé, en lignes et aplati sur une ligne."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import par_le_maire
from deliberations.extrait.groupes import civilites_puis_lieux
from deliberations.extrait.personnes import civilite_mal_ecrite, lire_personnes
from deliberations.extrait.reconnaisseurs import date_seance_fiable
from tests.extrait.comparaison import projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


_FIN = "Secrétaire de séance : M. Hervé BRUN.\nObjet : Tarifs communaux\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("forme", [str, _aplati])
def test_liste_sans_virgules_avec_pouvoirs_entre_parentheses(forme) -> None:  # type: ignore[no-untyped-def]
    """« Présents : MM. Paul ROUX (a reçu pouvoir de Anne PETIT) Luc BLANC … » : une liste
    sans virgules dont certains noms portent une précision entre parenthèses ; chaque
    précision reste au nom qui la précède (la liste entière était perdue, signalée)."""
    texte = forme(
        "COMMUNAUTE DE COMMUNES DU VAL D'ORGE\nSéance du conseil communautaire du 3 juin 2015\n"
        "Présents : MM. Paul ROUX (a reçu pouvoir de Anne PETIT) Luc BLANC Marie-Hélène GAUTIER "
        "Hervé BRUN Yves MOREL (a reçu pouvoir de Léa FAURE) Chantal DUMAS.\n" + _FIN
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == [
        "Paul ROUX", "Luc BLANC", "Marie-Hélène GAUTIER", "Hervé BRUN", "Yves MOREL", "Chantal DUMAS"
    ]
    assert sorted(p["procurations"]) == [["Anne PETIT", "Paul ROUX"], ["Léa FAURE", "Yves MOREL"]]


def test_liste_sans_virgules_qui_commence_par_une_parenthese_reste_non_lue() -> None:
    """Une précision sans nom devant elle : la liste n'est pas découpée (constat, pas de
    personne inventée)."""
    texte = (
        "COMMUNE DE VALBOIS\nSéance du conseil municipal du 14 mars 2019\n"
        "Présents : (salle des fêtes) Paul ROUX Luc BLANC Hervé BRUN.\n" + _FIN
    )
    lue = seance_lue(texte)
    assert "salle des fêtes" not in " ".join(projection(lue)["presents"]).lower()


@pytest.mark.parametrize("forme", [str, _aplati])
def test_communes_intercalees_devant_nom_prenom(forme) -> None:  # type: ignore[no-untyped-def]
    """« Etaient présents : LIEU M. NOM Prénom LIEU2 M. NOM Prénom (suppléant de M. NOM
    Prénom) … » (tableau commune | délégués copié sans ponctuation, noms écrits NOM Prénom) :
    les communes ne sont pas des membres ; la limite entre le prénom et la commune suivante
    est sûre (la commune était lue comme un élu, ou collée au nom)."""
    texte = forme(
        "SYNDICAT INTERCOMMUNAL DES EAUX DU MONTAT\nCOMPTE RENDU DU COMITE SYNDICAL\n"
        "Séance du mardi 12 avril 2011 à 20 h 30\n"
        "Etaient présents : VERNEUIL-LE-BAS M. GIRAUD Pascal LAVAUR M. TEYSSIER Marc "
        "(suppléant de M. VIDAL Jean) MONTAT Mme CLERC Odile M. BRUN Hervé SAINT-AUBIN "
        "Mme SABATIER Line\n"
        "Pouvoir : M. DUBOIS Alain à M. GIRAUD Pascal\n" + _FIN
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Pascal GIRAUD", "Odile CLERC", "Hervé BRUN", "Line SABATIER"]
    assert p["suppleances"] == [["Marc TEYSSIER", "Jean VIDAL"]]
    assert p["procurations"] == [["Alain DUBOIS", "Pascal GIRAUD"]]


def test_civilites_puis_lieux_nom_d_abord_limite_sure() -> None:
    """Noms écrits NOM Prénom : les mots en capitales après le prénom sont le lieu suivant,
    sans doute ; écrits Prénom NOM, la limite reste une lecture (nom composé possible)."""
    lue = civilites_puis_lieux("ADRIERS M. ROY Luc BOURG Mme PIROT Anne JOUHET M. VIAL Paul")
    assert lue is not None
    assert lue.personnes == ["M. ROY Luc", "Mme PIROT Anne", "M. VIAL Paul"]
    assert lue.lieux == ["ADRIERS", "BOURG", "JOUHET"]
    assert lue.douteuses == []
    autre = civilites_puis_lieux("ADRIERS M. Luc ROY BOURG Mme Anne PIROT JOUHET M. Paul VIAL")
    assert autre is not None and autre.douteuses == ["M. Luc ROY BOURG", "Mme Anne PIROT JOUHET"]


def test_page_aplatie_aux_parties_separees_par_des_tirets() -> None:
    """« … Secrétaire de séance : M. X – Titre : exposé. Vote : 7 pour, 1 contre. Adopté. –
    Titre 2 : exposé. Adopté à l'unanimité. – Informations : … » : chaque titre suivi de
    deux-points, après le tiret qui sépare les parties, est un point (aucun n'était lu)."""
    texte = (
        "Mairie de Valbois – Réunion du conseil municipal du mardi 7 mars 2023 à 20h – Étaient "
        "présents : M. Paul TESSIER, maire, M. Gérard POIRIER, Mme Anne ROGER, M. Hervé BRUN, "
        "Mme Julie HUET – Absent : M. Marc PERRET – Secrétaire de séance : Mme Anne ROGER – "
        "Location de la salle des fêtes : le tarif du week-end passe à 180 €. Vote : 4 pour, 1 "
        "contre. Adopté. – Bornage du chemin rural : le conseil retient le géomètre le moins "
        "disant. Adopté à l'unanimité. – Informations : le repas des aînés aura lieu en mai."
    )
    p = projection(seance_lue(texte))
    assert p["secretaires"] == ["Anne ROGER"]
    assert [(d["objet"], d["scrutin"]["pour"], d["scrutin"]["unanimite"]) for d in p["deliberations"]] == [
        ("Location de la salle des fêtes", 4, False),
        ("Bornage du chemin rural", None, True),
    ]


def test_decisions_d_une_page_web_en_liste_numerotee() -> None:
    """« Ordre du jour et décisions : » puis une liste ``<ol>`` « Titre : approuvée à
    l'unanimité », « Titre : précision : 6 pour, 2 contre » (la puce d'une liste de page web
    ne se copie pas) : un point par élément, sa décision lue ; les questions diverses n'en sont
    pas (les votes de deux points étaient confondus)."""
    from deliberations.extrait import lire_extrait
    from deliberations.extrait.html import texte_html

    page = (
        "<html><body><p><b>CONSEIL MUNICIPAL DU 14 OCTOBRE 2011</b></p>"
        "<p>Mairie de Valbois</p><p><b>Présents :</b> Paul TESSIER, Gérard POIRIER, Anne ROGER, "
        "Hervé BRUN</p><p><b>Secrétaire :</b> Anne ROGER</p>"
        "<p><b>Ordre du jour et décisions :</b></p><ol>"
        "<li>Adhésion au groupement de commandes : approuvée à l'unanimité</li>"
        "<li>Redevance d'occupation : montant fixé à 40 € : 3 pour, 1 contre</li>"
        "<li>Questions diverses : fête du village le 2 juillet</li></ol></body></html>"
    )
    p = projection(lire_extrait(texte_html(page)).seance)
    assert [(d["objet"], d["scrutin"]["pour"], d["scrutin"]["unanimite"]) for d in p["deliberations"]] == [
        ("Adhésion au groupement de commandes", None, True),
        ("Redevance d'occupation", 3, False),
    ]


def test_secretaire_puis_titre_du_premier_point_sans_ponctuation() -> None:
    """« Secrétaire : Anne ROGER Vote des subventions 2021 Le conseil attribue … Adopté à
    l'unanimité Budget … » (compte rendu court aplati, sans ponctuation) : la secrétaire est
    « Anne ROGER » et « Vote des subventions 2021 » le titre du premier point (la secrétaire
    était illisible et le point perdu)."""
    texte = (
        "COMPTE RENDU DU CONSEIL MUNICIPAL DU 9 MARS 2021 Commune de Valbois Présents : Paul "
        "TESSIER (Maire), Gérard POIRIER, Anne ROGER, Hervé BRUN, Julie HUET Absent excusé : Marc "
        "PERRET (pouvoir à Hervé BRUN) Secrétaire : Anne ROGER Vote des subventions 2021 Le "
        "conseil attribue 2 400 € aux associations de la commune. Adopté à l'unanimité Budget "
        "primitif 2021 Le budget s'équilibre à 310 000 € en fonctionnement. Adopté par 4 voix "
        "pour et 1 abstention"
    )
    p = projection(seance_lue(texte))
    assert p["secretaires"] == ["Anne ROGER"]
    assert [d["objet"] for d in p["deliberations"]] == ["Vote des subventions 2021", "Budget primitif 2021"]


def test_secretaire_suivi_d_un_second_prenom_reste_entier() -> None:
    """« Secrétaires : Anne ROGER Julie HUET … » : un prénom après le NOM n'ouvre pas un titre ;
    deux secrétaires sans séparateur (« Anne ROGER Julie HUET » était lue comme une seule
    personne, signalée inconnue)."""
    texte = (
        "COMPTE RENDU DU CONSEIL MUNICIPAL DU 9 MARS 2021 Commune de Valbois Présents : Paul "
        "TESSIER (Maire), Gérard POIRIER, Anne ROGER, Hervé BRUN, Julie HUET, Marc PERRET, Léa "
        "FAURE, Yves MOREL, Luc BLANC Secrétaires : Anne ROGER Julie HUET Objet : Tarifs de la "
        "cantine Le conseil fixe le prix du repas à 3,20 € à compter de la rentrée de septembre, "
        "après avis de la commission des affaires scolaires. Adopté à l'unanimité."
    )
    p = projection(seance_lue(texte))
    assert p["secretaires"] == ["Anne ROGER", "Julie HUET"]
    assert [d["objet"] for d in p["deliberations"]] == ["Tarifs de la cantine"]


def test_numero_d_extrait_en_tete_avant_les_decomptes() -> None:
    """« Délibération n° 2021-045 » seul sur sa ligne en tête d'un extrait du registre, avant
    les décomptes et la phrase d'ouverture, « Objet : » plus bas : une seule délibération, qui
    prend le numéro ; les décomptes sont ceux de la séance (une délibération fantôme avait pour
    objet la phrase d'ouverture, sans constat, et les décomptes étaient perdus)."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL D'ORGE\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL "
        "COMMUNAUTAIRE\nSéance du 12 avril 2022\nDélibération n° 2022-031\n"
        "Nombre de membres en exercice : 9\nNombre de membres présents : 6\nNombre de pouvoirs : 1\n"
        "Nombre de votants : 7\nL'an deux mille vingt-deux, le douze avril à dix-huit heures, le "
        "conseil communautaire, régulièrement convoqué, s'est réuni sous la présidence de M. Paul "
        "TESSIER, Président.\nPrésents : Paul TESSIER, Gérard POIRIER, Anne ROGER, Hervé BRUN, "
        "Julie HUET, Marc PERRET\nAbsent ayant donné pouvoir : Léa FAURE à Paul TESSIER\n"
        "Secrétaire de séance : Anne ROGER\nObjet : Fonds de concours à la commune de Brillon\n"
        "Le conseil communautaire attribue un fonds de concours de 12 000 euros.\nAdopté à "
        "l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert [(d["numero"], d["objet"]) for d in p["deliberations"]] == [
        ("2022-031", "Fonds de concours à la commune de Brillon")
    ]
    assert (p["decomptes"]["en_exercice"], p["decomptes"]["presents"], p["decomptes"]["votants"]) == (9, 6, 7)


def test_numero_d_extrait_sans_objet_est_dit() -> None:
    """Le numéro lu en tête (« N° 2009-31 L'an deux mil neuf … ») sans « Objet : » qui ouvre son
    point : dit (``extrait.numero-non-rattache``), pas perdu en silence."""
    texte = (
        "COMMUNE DE VALBOIS\nN° 2009-31 L'an deux mil neuf, le douze avril, le conseil municipal "
        "s'est réuni sous la présidence de M. Paul TESSIER, maire.\nPrésents : Paul TESSIER, "
        "Gérard POIRIER, Anne ROGER\nSecrétaire de séance : Anne ROGER\n1. Tarifs de la cantine\n"
        "Adopté à l'unanimité.\n"
    )
    codes = [c.code for c in lire_extrait(texte).rapport.constats]
    assert "extrait.numero-non-rattache" in codes


@pytest.mark.parametrize("forme", [str, _aplati])
def test_commune_dont_le_nom_porte_un_chiffre(forme) -> None:  # type: ignore[no-untyped-def]
    """« ROCHE : Anne PETIT SAINT JEAN LES 2 PONTS : Luc BLANC » : le nombre appartient au nom
    de la commune suivante, qui ne s'ajoute pas au nom de la déléguée (« Anne PETIT SAINT JEAN
    LES » était lue sans constat)."""
    texte = forme(
        "SYNDICAT D'ENERGIES DU VAL DE BRISSE\nPROCES-VERBAL DU COMITE DU 14 MARS 2017\n"
        "Délégués présents : ARVILLE : Paul CROZET BESSAY : Hubert GANDON ROCHE : Anne PETIT "
        "SAINT JEAN LES 2 PONTS : Luc BLANC VILLARS : Rose MARTEL\n" + _FIN
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Paul CROZET", "Hubert GANDON", "Anne PETIT", "Luc BLANC", "Rose MARTEL"]


def test_civilite_mal_ecrite_dans_une_liste_par_commune() -> None:
    """« pour la commune de X : madame DUMAS Claire monsier PERRET Hugo » (coquille) : deux
    personnes (« Claire monsier PERRET Hugo DUMAS » était lue sans constat)."""
    texte = _aplati(
        "COMPTE-RENDU DU CONSEIL COMMUNAUTAIRE DU 9 MARS 2016 Étaient présents Mesdames et "
        "Messieurs les conseillers communautaires : pour la commune de AUBIN : madame GARNIER "
        "Louise pour la commune de VERNIOZ : madame DUMAS Claire moniseur PERRET Hugo monsieur "
        "BLANC Denis pour la commune de REVEL : madmae ROCHE Hélène " + _FIN
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Louise GARNIER", "Claire DUMAS", "Hugo PERRET", "Denis BLANC", "Hélène ROCHE"]


def test_longue_liste_par_commune_coupee_devant_un_groupe() -> None:
    """Une liste aplatie « pour la commune de X : madame NOM Prénom … » de plus de 600
    caractères : la coupe se fait devant « pour la commune », et la suite est lue (la moitié
    de la liste était perdue, signalée)."""
    communes = ["ARVILLE", "BESSAY", "CORNAS", "DOMPIERRE", "ESTIVAL", "FONTENAY", "GRIGNON", "HAUTERIVE"]
    noms = [("madame", "GARNIER Louise"), ("monsieur", "FAURE Alain"), ("madame", "ROCHE Hélène"),
            ("monsieur", "TESTE Paul"), ("madame", "VIAL Sylvie"), ("monsieur", "BRUN Louis")]
    groupes = " ".join(
        f"pour la commune de {c} : " + " ".join(f"{civ} {n}" for civ, n in noms[i % 3 : i % 3 + 3])
        for i, c in enumerate(communes)
    )
    texte = (
        "COMPTE-RENDU DU CONSEIL COMMUNAUTAIRE DU 9 MARS 2016 Étaient présents Mesdames et "
        f"Messieurs les conseillers communautaires : {groupes} " + _aplati(_FIN)
    )
    attendus = {" ".join(reversed(n.split())) for _, n in noms[:5]}
    assert set(projection(seance_lue(texte))["presents"]) == attendus


def test_annee_fautive_en_lettres_corrigee_par_la_convocation() -> None:
    """« L'an deux mille dix-huit et le jeudi 14 mars » sous le titre « SÉANCE DU 14 MARS
    2019 », convoquée le 06/03/2019 : la séance est du 14/03/2019, l'année fautive est dite
    (``extrait.date-annee-corrigee`` ; 2018 était retenue, contredite par la convocation)."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL D'ORGE\nDate de la convocation : 06/03/2019\n"
        "SÉANCE DU 14 MARS 2019\nL'an deux mille dix-huit et le jeudi 14 mars à 18 h 30, le "
        "conseil de communauté, régulièrement convoqué, s'est réuni sous la présidence de M. Paul "
        "TESSIER.\nPrésents : Paul TESSIER, Gérard POIRIER, Anne ROGER\n"
        "Secrétaire de séance : Anne ROGER\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None and lu.seance.date.isoformat() == "2019-03-14"
    assert "extrait.date-annee-corrigee" in [c.code for c in lu.rapport.constats]


def test_pied_de_page_du_titre_au_milieu_de_la_liste() -> None:
    """« Conseil communautaire du 9 février 2017 – Procès-verbal 1/4 » (pied de page répété,
    une seule espace avant « 1/4 ») au milieu de la liste des présents : retiré, la liste
    continue (la suite était perdue)."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DES TROIS VALLONS\nPROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE\n"
        "Séance du jeudi 9 février 2017\nÉtaient présents : Paul TESSIER, Gérard POIRIER,\n"
        "Conseil communautaire du 9 février 2017 – Procès-verbal 1/4\n"
        "Anne ROGER, Hervé BRUN.\nSecrétaire de séance : Anne ROGER.\n"
        "1 – Tarifs de la déchetterie\nAdopté à l'unanimité.\n"
        "Conseil communautaire du 9 février 2017 – Procès-verbal 2/4\n"
        "2 – Création d'un poste\nAdopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Paul TESSIER", "Gérard POIRIER", "Anne ROGER", "Hervé BRUN"]


def test_sous_listes_a_puces_et_personnel_du_syndicat() -> None:
    """« Etaient présents : » / « -   Délégués : Messieurs A, B, Madame C » / « -   Personnel
    du syndicat : Madame X » : la sous-liste à puce des délégués est lue entière (le premier
    nom était perdu), le personnel n'est pas membre (il était compté présent)."""
    texte = (
        "COMPTE RENDU DU COMITE SYNDICAL DU 12 AVRIL 2007\n\nEtaient présents :\n\n"
        "-         Délégués : Messieurs PRUNIER, AUBERT, DELAGE, Madame LEBRETON\n\n"
        "-         Personnel du syndicat : Madame ROUSSEL, Monsieur TANGUY\n\n"
        "Etaient excusés :\n\n-         Délégués : Messieurs HAMON, QUERE\n\n"
        "Monsieur PRUNIER, Président, ouvre la séance.\n"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["PRUNIER", "AUBERT", "DELAGE", "LEBRETON"]
    assert p["excuses"] == ["HAMON", "QUERE"]


@pytest.mark.parametrize(
    "phrase, presents, procurations",
    [
        ("A l'ouverture de la séance, 8 délégués étaient présents.", 8, None),
        ("A l'ouverture de la séance, 8 délégués étaient présents ; 1 avait donné pouvoir écrit "
         "de voter en son nom à un autre délégué.", 8, 1),
    ],
)
def test_decomptes_en_phrase_au_singulier_et_clos_par_un_point(phrase, presents, procurations) -> None:  # type: ignore[no-untyped-def]
    """« N délégués étaient présents. » n'est pas un intitulé de liste ; « 1 avait donné
    pouvoir » (singulier) est un décompte des procurations (les deux étaient perdus)."""
    texte = (
        "SYNDICAT D'ENERGIES DU VAL DE BRISSE PROCES-VERBAL Le 14 mars 2017, sur convocation datée "
        "du 1er mars 2017, le Comité du Syndicat s'est réuni en session ordinaire à 17h00 sous la "
        "Présidence de M. Hubert GANDON, Président. Membres en exercice : 12 Quorum : 7 délégués "
        f"{phrase} Délégués présents : ARVILLE : Paul CROZET BESSAY : Hubert GANDON CORNAS : "
        "Lucie PEYRE DOMPIERRE : Marc VIGNAL ESTIVAL : Rose MARTEL FONTENAY : Eric BRUN ROCHEFORT "
        ": Jeanne LAPORTE VILLARS : Anne TISSOT"
    )
    d = projection(seance_lue(texte))["decomptes"]
    assert (d["presents"], d["procurations"]) == (presents, procurations)


def test_ordre_du_jour_soumis_et_non_soumis_a_deliberation() -> None:
    """« Adoption de l'Ordre du jour : » puis les points un par ligne, « Soumis à délibération »,
    « Non soumis à délibération », puis « L'ordre du jour est adopté à l'unanimité. » : aucun
    point n'est une délibération, et ce vote n'est celui d'aucun point (le dernier point annoncé
    était « adopté à l'unanimité », sans constat) ; la commune est celle dont le président de
    séance est maire."""
    texte = (
        "COMPTE RENDU DE SEANCE DU CONSEIL MUNICIPAL DU 12 MARS 2019\n\n"
        "L'an deux mil dix-neuf le douze mars à vingt heures, le Conseil Municipal, légalement "
        "convoqué le 4 mars 2019, s'est réuni à la Mairie sous la présidence de M. ROUX Paul, "
        "Maire de Valbois-sur-Orne.\n\n"
        "ETAIENT PRÉSENTS : MM. ROUX Paul – BLANC Luc – Mme PETIT Anne –\n\n"
        "Adoption de l'Ordre du jour :\n\nApprobation du compte-rendu de séance du 05.02.2019\n\n"
        "Soumis à délibération\nTarifs de la cantine\n\nNon soumis à délibération\n\n"
        "Point sur le chantier de l'école\nQuestions diverses\n\n"
        "L'ordre du jour est adopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert p["deliberations"] == []
    assert p["collectivite"] == "Valbois-sur-Orne"


def test_phrase_du_corps_ne_nomme_pas_la_commune() -> None:
    """« Monsieur le Maire fait part au Conseil Municipal des nouveaux devis … » : pas un nom
    de commune (« Les nouveaux devis reçus … » était la collectivité, sans constat)."""
    texte = (
        "Conseil municipal , SEANCE DU 14 MAI 2008\n\nL'an deux mil huit, le quatorze mai, le "
        "Conseil Municipal s'est réuni sous la présidence de Monsieur ROUX Paul, Maire.\n"
        "Présents : MRS ROUX, BLANC, MME PETIT.\n\nPROJET DE LA SALLE DES FETES\n"
        "Monsieur le Maire fait part au Conseil Municipal des nouveaux devis reçus pour la toiture.\n"
    )
    assert projection(seance_lue(texte))["collectivite"] is None


@pytest.mark.parametrize("forme", [str, _aplati])
def test_virgule_oubliee_entre_deux_noms(forme) -> None:  # type: ignore[no-untyped-def]
    """« …, SOUBIRON Marc FERRAND Odile, … » : NOM, prénom, NOM, prénom font deux personnes
    (« Marc FERRAND Odile SOUBIRON » était lu sans constat)."""
    texte = forme(
        "COMMUNE DE VALBOIS\nSéance du conseil municipal du 9 avril 2019\n"
        "Présents : ROUX Paul, BLANC Luc, SOUBIRON Marc FERRAND Odile, PETIT Anne\n" + _FIN
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Paul ROUX", "Luc BLANC", "Marc SOUBIRON", "Odile FERRAND", "Anne PETIT"]


def test_designation_de_delegues_dans_un_point() -> None:
    """« Délégués titulaires : A, B » / « Délégués suppléants : C, D » dans le point
    « Désignation des délégués … » : une désignation, pas une liste de présence (C et D étaient
    retirés des présents, et des suppléances inventées)."""
    texte = (
        "COMMUNE DE VALBOIS\nSéance du conseil municipal du 15 avril 2008\n"
        "Etaient présents : Paul ROUX, Anne PETIT, Luc BLANC, Marie TANGUY, Loïc MORVAN\n"
        "Secrétaire de séance : Anne PETIT\n1. Désignation des délégués au syndicat des eaux.\n"
        "Le Conseil Municipal a élu, à l'unanimité :\nDélégués titulaires : Luc BLANC, Marie TANGUY\n"
        "Délégués suppléants : Loïc MORVAN, Anne PETIT\n"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Paul ROUX", "Anne PETIT", "Luc BLANC", "Marie TANGUY", "Loïc MORVAN"]
    assert p["suppleances"] == []


def test_reference_sous_le_titre_d_un_point() -> None:
    """« Titre : Avenant … » / « Réf. 2012/03/12 » : la référence numérote le point dont la
    ligne précédente est le titre (le point était absorbé par le précédent, sans constat)."""
    texte = (
        "COMMUNE DE VALBOIS\nSéance du conseil municipal du 12 mars 2012\n\n"
        "Présents : MM. Roux, Blanc, Mmes Petit, Noël.\n\nSecrétaire de séance : Madame Anne Petit.\n\n"
        "Approbation du compte rendu du 6 février 2012.\n\nLe compte rendu est approuvé à l'unanimité.\n\n"
        "Voirie de la rue des Lilas : Avenant n° 1 au marché initial.\n\nRéf. 2012/03/12\n\n"
        "Des travaux supplémentaires sont nécessaires.\n\nLe Conseil municipal décide à l'unanimité "
        "d'approuver l'avenant n° 1.\n\nTarifs de la salle communale 2012.\n\nRéf. 2012/03/13\n\n"
        "Le Conseil municipal fixe à l'unanimité le tarif de location à 120 €.\n"
    )
    p = projection(seance_lue(texte))
    assert [(d["numero"], d["objet"]) for d in p["deliberations"]][1:] == [
        ("2012/03/12", "Voirie de la rue des Lilas : Avenant n° 1 au marché initial"),
        ("2012/03/13", "Tarifs de la salle communale 2012"),
    ]


def test_syndics_sous_liste_et_texte_colle() -> None:
    """« -   Syndics : Messieurs A, B » (syndicat de rivière) : le premier nom n'est plus
    perdu ; « sous la présidence deMonsieur X » (fin de ligne collée d'un PDF) : le président
    est lu ; « CHAZALBRIOUDE Sur Allier » : « Sur » n'est pas un prénom."""
    texte = (
        "COMPTE RENDU DU COMITE SYNDICAL DU 11 OCTOBRE 2006\n\nEtaient présents :\n\n"
        "-         Syndics : Messieurs MICHAUX, ALLAIN, DUBOSC, Madame SAUTREUIL\n\n"
        "Etaient excusés :\n\n-         Syndics : Messieurs LENEVEU, CROCHEMORE\n"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["MICHAUX", "ALLAIN", "DUBOSC", "SAUTREUIL"]
    assert p["excuses"] == ["LENEVEU", "CROCHEMORE"]
    from deliberations.extrait.normalisation import decoller
    from deliberations.extrait.personnes import lire_personne

    assert decoller("sous la présidence deMonsieur GRANDIN, Conseiller") == (
        "sous la présidence de Monsieur GRANDIN, Conseiller"
    )
    assert lire_personne("M. CHAZALBRIOUDE Sur") is None


def test_date_apres_un_nom_de_communaute_sans_article() -> None:
    """« PROCES-VERBAL CONSEIL COMMUNAUTAIRE DE LA COMMUNAUTÉ DE COMMUNES PAYS DE X Le jeudi 15
    mars 2018 à 18 heures … » (en-tête aplati) : la date est lue (sans l'article « DU » devant
    le nom, aucune séance n'était construite)."""
    texte = (
        "PROCES-VERBAL CONSEIL COMMUNAUTAIRE DE LA COMMUNAUTÉ DE COMMUNES PAYS DE BRESSE Le jeudi "
        "15 mars 2018 à 18 heures au siège de la communauté A l ouverture de séance : MEMBRES EN "
        "EXERCICE : 30 - PRESENTS : 22 - VOTANTS : 25 Présents : Mme Odile RAMEL, M. Jean VIGIER"
    )
    assert seance_lue(texte).date.isoformat() == "2018-03-15"


def test_representes_deux_points_avec_precision_du_mandant() -> None:
    """« Représentés : » / « M. A : pouvoir à M. B ; Mme C (jusqu'à la question 3) : pouvoir à
    M. D » : trois pouvoirs (la ligne entière était lue comme le départ d'une personne nommée
    « M. A : pouvoir à … »), la précision du mandant dite."""
    texte = (
        "Procès-verbal du conseil municipal du 12/05/2009\n\nPrésents :\n\n"
        "M. Henri BALDY – Mme Lucie FABRE - M. Marc SOULIER\n\nReprésentés :\n\n"
        "M. Paul ROUQUET : pouvoir à M. Henri BALDY ;  Mme Anne CROS : pouvoir à Mme Lucie FABRE ; "
        "Mme Rose VIALA (jusqu'à la question 3) : pouvoir à M. Marc SOULIER\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    assert sorted(projection(lu.seance)["procurations"]) == [
        ["Anne CROS", "Lucie FABRE"], ["Paul ROUQUET", "Henri BALDY"], ["Rose VIALA", "Marc SOULIER"]
    ]
    assert "extrait.precision-ignoree" in [c.code for c in lu.rapport.constats]


def test_pouvoir_de_vote_et_mandataire_non_verifiable() -> None:
    """« X donne pouvoir de vote à Y » est un pouvoir ; sans liste de présents lue, le
    mandataire absent des présents n'est pas une erreur mais un avertissement (non
    vérifiable)."""
    texte = (
        "Compte rendu du Conseil de Communauté du 14 mars 2007. Représentés : Monsieur Luc PARENT "
        "donne pouvoir de vote à Monsieur Claude ANTOINE. Excusés : Monsieur Jean THIRY."
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    assert projection(lu.seance)["procurations"] == [["Luc PARENT", "Claude ANTOINE"]]
    inconnus = [c for c in lu.rapport.constats if c.code == "extrait.mandataire-inconnu"]
    assert inconnus and all(c.severite.value == "avertissement" for c in inconnus)


def test_titres_a_puce_entre_des_lignes_doublees() -> None:
    """« -  Nomination d'un secrétaire de séance » / « -  Approbation du compte-rendu … » /
    « -  Indemnité … » (titres à puce, interlignes doublés) : chaque titre à puce suivi d'un vote
    est un point (aucun n'était lu)."""
    texte = (
        "COMPTE-RENDU  DE  LA  RÉUNION  DU  CONSEIL  MUNICIPAL DE VALBOIS\n\n12  MAI  2014  A  20 H\n\n"
        "Présents : MM. ROBIN Marcel, DUVAL Laurent, Mme AUBRY Eliane.\n\n"
        "-  Nomination  d'un  secrétaire  de  séance\n\nM.  Laurent  DUVAL  a  été  nommé  secrétaire.\n\n"
        "-  Approbation  du  compte-rendu  de  la  séance  du  2  avril  2014\n\n"
        "Le  compte-rendu  est  approuvé  à  l'unanimité.\n\n"
        "-  Indemnité  de  fonction  du  maire\n\nMonsieur  le  Maire  présente  le  régime.\n\n"
        "Le  conseil  municipal,  à  l'unanimité,  décide  de  fixer  l'indemnité.\n"
    )
    p = projection(seance_lue(texte))
    assert [d["objet"] for d in p["deliberations"]] == [
        "Approbation du compte-rendu de la séance du 2 avril 2014", "Indemnité de fonction du maire"
    ]


def test_mademoiselle_nommee_secretaire_dans_le_flux() -> None:
    """« … Absent excusé : Henri PONS Mademoiselle Lucie PERRET est nommée secrétaire. … »
    (texte aplati) : la secrétaire est lue (« Mademoiselle » n'ouvrait pas la phrase)."""
    texte = (
        "COMPTE RENDU L'an deux mil douze, le neuf février, à 19 Heures, le Conseil Municipal de la "
        "commune de VALBOIS s'est réuni sous la présidence de Monsieur Marc DUVAL, Maire. "
        "Présents : Marc DUVAL, Anne ROUX, Paul GIRAUD, Lucie PERRET, Jean MOREL. Absent excusé : "
        "Henri PONS Mademoiselle Lucie PERRET est nommée secrétaire. Nombre de conseillers en "
        "exercice : 7 Nombre de présents : 5 Monsieur le Maire rappelle l'ordre du jour et ouvre "
        "la séance. Objet : Tarifs de la cantine Le conseil fixe le prix du repas. Adopté à "
        "l'unanimité."
    )
    p = projection(seance_lue(texte))
    assert p["secretaires"] == ["Lucie PERRET"]
    assert p["excuses"] == ["Henri PONS"]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_presents_mesdames_messieurs_sans_intitule(forme) -> None:  # type: ignore[no-untyped-def]
    """« Compte rendu du Conseil de Communauté du … à Rethel Mesdames A, B et Messieurs C, D.
    Représentés : X donne pouvoir de vote à Y » : la liste sans intitulé, suivie des
    représentés, est celle des présents (dit) ; « J-L LAMBERT » est le seul Lambert dont le
    prénom composé a ces initiales (la liste entière était perdue, les pouvoirs en erreur)."""
    texte = forme(
        "Compte rendu du Conseil de Communauté du 14 mars 2007 à Valbois\nMesdames Agnès BRUNO, "
        "Marie LEROY, Chantal VIDAL et Messieurs Claude LAMBERT, Jean-Luc LAMBERT, René COLLET.\n"
        "Représentés : Madame Françoise MOREL donne pouvoir à Madame VIDAL, Monsieur Luc PARENT "
        "donne pouvoir de vote à Monsieur J-L LAMBERT.\nExcusés : Monsieur Jean THIRY.\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    p = projection(lu.seance)
    assert p["presents"] == [
        "Agnès BRUNO", "Marie LEROY", "Chantal VIDAL", "Claude LAMBERT", "Jean-Luc LAMBERT", "René COLLET"
    ]
    assert sorted(p["procurations"]) == [["Françoise MOREL", "Chantal VIDAL"], ["Luc PARENT", "Jean-Luc LAMBERT"]]
    assert "extrait.presents-sans-intitule" in [c.code for c in lu.rapport.constats]


def test_liste_a_barres_et_initiales_composees() -> None:
    """« PRESENTS : LEFEBVRE R. / DUMONT A.M. / LEROY J.P./ FAURE L. » et « ABSENTS AYANT VOTE
    PAR PROCURATION : BECU A. / MARTEL V./ DEROO E. » : « A.M. » est une initiale de prénom (le
    nom était « Dumont », le prénom « A.M ») ; la barre collée à l'initiale sépare deux noms ;
    l'intitulé en capitales reste entier (« AYANT VOTE PAR » était lu comme une commune)."""
    texte = (
        "COMPTE-RENDU DU CONSEIL MUNICIPAL\n\nDu 14 mars 2012\n\n"
        "PRESENTS : LEFEBVRE R. / DUMONT A.M. / CARON L. / LEROY J.P./ FAURE L.\n\n"
        "ABSENTS AYANT VOTE PAR PROCURATION : BECU A. / MARTEL V./ DEROO E.\n\n"
        "SECRETAIRE : CARON L.\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    p = projection(lu.seance)
    assert p["presents"] == ["R. LEFEBVRE", "A.M. DUMONT", "L. CARON", "J.P. LEROY", "L. FAURE"]
    assert "extrait.groupe-commune" not in [c.code for c in lu.rapport.constats]


def test_conformement_apres_le_mandataire_et_adresse_apres_le_nom() -> None:
    """Texte aplati : « Procuration : M. BARBE Louis à M. PUJOL André Conformément à l'article
    L. 2121-15 … » (le mandataire était perdu) ; « 1 COMMUNAUTE DE COMMUNES DE X 12, Rue du
    Moulin VILLE Réunion du … » (numéro de page devant, adresse après : la collectivité était
    perdue)."""
    texte = (
        "1 COMMUNAUTE DE COMMUNES DE LA VALLEE DU LOIR 12, Rue du Moulin SAINT-AUBIN-SUR-LOIR Réunion "
        "du Conseil Communautaire du 14 mars 2012 Date de la Convocation : 5 mars 2012 L'An Deux "
        "Mille Douze le 14 mars à 20 Heures, le Conseil Communautaire légalement convoqué s'est "
        "réuni sous la Présidence de Monsieur Pierre LABAT. Présents : LABAT Pierre, DUFAU Marie, "
        "PUJOL André, SARRAT Claude Absente Excusée : Madame LOUBERE Anne, Procuration : Monsieur "
        "BARBE Louis à Monsieur PUJOL André Conformément à l'article L. 2121-15 du code général des "
        "collectivités territoriales, Madame DUFAU Marie a été désignée secrétaire de séance."
    )
    p = projection(seance_lue(texte))
    assert p["collectivite"] == "COMMUNAUTE DE COMMUNES DE LA VALLEE DU LOIR"
    assert p["procurations"] == [["Louis BARBE", "André PUJOL"]]
    assert p["secretaires"] == ["Marie DUFAU"]


def test_reunion_annoncee_n_est_pas_la_seance() -> None:
    """« … le Conseil Municipal se réunira à la Mairie, en séance publique, le Mardi 29 octobre
    2019, à 20 heures 30 » (annonce d'une autre réunion) n'est pas la date de la séance : seul
    « Le jeudi 15 mars … à 18 heures » qui ouvre la phrase, après le titre, l'est."""
    from deliberations.extrait.reconnaisseurs import date_seance_fiable

    annonce = (
        "Le Maire informe que le Conseil Municipal se réunira à la Mairie, en séance publique, le "
        "Mardi 29 octobre 2019, à 20 heures 30"
    )
    assert date_seance_fiable(annonce) is None


def test_premier_point_titre_puis_phrase_d_adoption() -> None:
    """« Adoption du compte rendu de séance du 5 février 2019 : le compte rendu est adopté à
    l'unanimité. » en premier point : un point, adopté (la ligne était coupée devant
    « adopté », le vote lu hors de toute délibération)."""
    texte = (
        "SÉANCE DU 12 MARS 2019 – Convocation adressée le 4 mars 2019. Le Conseil Municipal s'est "
        "réuni sous la présidence de M. ROUX Paul, Maire de Valbois.\n\n"
        "ETAIENT PRÉSENTS : MM. ROUX Paul – BLANC Luc – Mme PETIT Anne –\n\n"
        "Désignation du secrétaire de séance : M. BLANC Luc est désigné secrétaire de séance.\n\n"
        "Adoption du compte rendu de séance du 5 février 2019 : le compte rendu est adopté à "
        "l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert [(d["objet"], d["scrutin"]["unanimite"]) for d in p["deliberations"]] == [
        ("Adoption du compte rendu de séance du 5 février 2019", True)
    ]


def test_decomptes_successifs_d_un_texte_aplati() -> None:
    """« A l'ouverture de séance : PRESENTS : 22 … A partir du point 2 : PRESENTS : 23 … »
    (aplati) : les décomptes de la séance sont ceux de l'ouverture ; les suivants valent à
    partir d'un point (dits ; les derniers étaient retenus, sans constat)."""
    texte = (
        "PROCES-VERBAL CONSEIL COMMUNAUTAIRE DE LA COMMUNAUTÉ DE COMMUNES PAYS DE BRESSE Le jeudi "
        "15 mars 2018 à 18 heures au siège A l ouverture de séance : MEMBRES EN EXERCICE : 30 - "
        "PRESENTS : 22 - PROCURATIONS : 3 - VOTANTS : 25 A partir du point 2 : MEMBRES EN EXERCICE "
        ": 30 - PRESENTS : 23 - PROCURATIONS : 3 - VOTANTS : 26 A partir du point 5 : MEMBRES EN "
        "EXERCICE : 30 - PRESENTS : 20 - PROCURATIONS : 3 - VOTANTS : 23 Présents : Mme Odile "
        "RAMEL, M. Jean VIGIER"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    d = projection(lu.seance)["decomptes"]
    assert (d["presents"], d["votants"]) == (22, 25)
    assert [c.code for c in lu.rapport.constats].count("extrait.decompte-point") == 2


def test_civilites_jointes_virgule_oubliee_et_compte_entre_parentheses() -> None:
    """« Absents : (3) » / « Mme et Mrs Hélène GUILLOU, Loïc MORVAN  Jean COADOU. » : le nombre
    entre parenthèses est celui de la liste, et la virgule oubliée ne fusionne plus deux noms
    (« Loïc MORVAN Jean COADOU » était un seul absent, sans constat)."""
    texte = (
        "L'an deux mil six, le vendredi 2 juin à 20 heures, le Conseil Municipal de la Commune de "
        "VALBOIS s'est réuni sous la Présidence de M. Yves ROUX, Maire.\nEtaient présents : (3)\n"
        "Mrs Yves ROUX, Mmes Anne PETIT, Paul BLANC.\nAbsents : (3)\n"
        "Mme et Mrs Hélène GUILLOU, Loïc MORVAN  Jean COADOU.\nSecrétaire de séance : Mme Anne PETIT.\n"
    )
    p = projection(seance_lue(texte))
    assert p["absents"] == ["Hélène GUILLOU", "Loïc MORVAN", "Jean COADOU"]
    assert (p["decomptes"]["presents"], p["decomptes"]["absents"]) == (3, 3)


def test_decision_a_l_unanimite_dans_une_longue_phrase() -> None:
    """« Titre » / « … Ceux-ci étant en conformité avec …, le Conseil municipal décide à
    l'unanimité que … » (phrase longue) : le point est adopté à l'unanimité (il était écarté
    comme intertitre sans vote) ; « le conseil avait décidé à l'unanimité » (passé) n'est pas
    un vote."""
    from deliberations.extrait.analyse import _DECIDE_A_L_UNANIMITE
    from deliberations.texte import cle_texte

    texte = (
        "COMMUNE DE VALBOIS\nSéance du conseil municipal du 12 avril 2007\n"
        "Présents : MM. Marchand, Dubreuil, Paget, Sorel.\nMonsieur Sorel est élu secrétaire de séance.\n"
        "Approbation des Comptes de Gestion 2006\n"
        "Monsieur le Maire présente les Comptes de Gestion 2006 établis par Monsieur le Trésorier. "
        "Ceux-ci étant en conformité avec les Comptes Administratifs 2006 (commune, assainissement et "
        "CCAS) le Conseil municipal décide à l'unanimité que les Comptes de Gestion 2006 (commune, "
        "assainissement, CCAS) peuvent être arrêtés.\n"
    )
    p = projection(seance_lue(texte))
    assert [(d["objet"], d["scrutin"]["unanimite"]) for d in p["deliberations"]] == [
        ("Approbation des Comptes de Gestion 2006", True)
    ]
    assert _DECIDE_A_L_UNANIMITE.search(cle_texte("le conseil avait décidé à l'unanimité de")) is None


def test_excuse_arrive_a_une_heure_compte_present() -> None:
    """« Absents excusés : M. X (arrivé à 20 heures 30) procuration à M. Y » : X est compté
    présent (il l'était, après son arrivée), dit par ``extrait.arrivee-sans-point``."""
    texte = (
        "COMMUNE DE VALBOIS\nSéance du conseil municipal du 12 mai 2015\n"
        "Membres présents : M. Paul ROUX - Maire, M. Marc LEROY, Mme Anne DUFOUR.\n"
        "Absents excusés : M. Hervé DELATTRE (arrivé à 20 heures 30) procuration à M. Paul ROUX - "
        "Mme Claire DUBOIS procuration à M. Marc LEROY.\nSecrétaire de séance : Mme Anne DUFOUR\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    assert "Hervé DELATTRE" in projection(lu.seance)["presents"]
    assert "extrait.arrivee-sans-point" in [c.code for c in lu.rapport.constats]


def test_qualite_du_secretaire_n_est_pas_un_second_secretaire() -> None:
    """« SECRETAIRE DE SEANCE : ODILE PERRIN, DELEGUEE DE LA COMMUNE DE RONSAC » : une
    secrétaire et sa qualité (« Deleguee DE LA COMMUNE … » était un second secrétaire)."""
    texte = (
        "Compte-rendu Conseil Communautaire du mardi 17 mars 2015\n"
        "PRÉSENTS : M. Paul ROUX, Mme Odile PERRIN, M. Luc BLANC\n"
        "SECRETAIRE DE SEANCE : ODILE PERRIN, DELEGUEE DE LA COMMUNE DE RONSAC\n"
    )
    assert projection(seance_lue(texte))["secretaires"] == ["Odile PERRIN"]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_cinquieme_audit_noms_de_liste(forme) -> None:  # type: ignore[no-untyped-def]
    """Cinquième lecture de vrais documents : « FERRIEUX Roland Maire, BOISSEL Agnès 1 ère
    adjointe » (fonction sans virgule), « Mme PERRIN- Mr GIRARDET- Mme BAUD » (tiret collé au
    nom), « MmeRAYNAUD » (civilité collée, OCR), « … de Brives-sur-Lorne du mardi 3 mai 2016 »
    (le « du » de la date n'est pas du nom) : chacun était lu faux sans constat."""
    fonctions = forme(
        "COMMUNE DE VALBOIS\nSéance du conseil municipal du 14 mars 2019\n"
        "PRÉSENTS: FERRIEUX Roland Maire, BOISSEL Agnès 1 ère adjointe, TARDIF Hélène\n"
        "Secrétaire : Mme Hélène TARDIF\n"
    )
    assert projection(seance_lue(fonctions))["presents"] == ["Roland FERRIEUX", "Agnès BOISSEL", "Hélène TARDIF"]
    tirets = forme(
        "Procès-verbal de la réunion du Conseil Municipal de Brives-sur-Lorne du mardi 3 mai 2016\n"
        "Présents : Mme FAVRE - Mme PERRIN- Mr GIRARDET- MmeRAYNAUD - Mr MOLLARD\nSecrétaire : Mme FAVRE\n"
    )
    p = projection(seance_lue(tirets))
    assert p["collectivite"] == "Brives-sur-Lorne"
    assert p["presents"] == ["FAVRE", "PERRIN", "GIRARDET", "RAYNAUD", "MOLLARD"]


def test_secretaire_dit_maire_est_a_verifier() -> None:
    """« Secrétaire de séance : M. Jacques GALLAND, Maire, quitte la salle … » (une ligne perdue
    entre l'intitulé et la phrase suivante) : le nom est gardé, mais dit à vérifier
    (``extrait.secretaire-incertain``) ; la qualité seule n'était pas signalée (banc de
    suppression)."""
    texte = (
        "MAIRIE DE VALBOIS Procès-verbal du conseil municipal Séance du vendredi 26 juin 2009\n"
        "Présents : ROUX Paul, GALLAND Jacques, PETIT Anne\n"
        "Secrétaire de séance : M. Jacques GALLAND, Maire, quitte la salle au moment du vote.\n"
    )
    codes = [c.code for c in lire_extrait(texte).rapport.constats]
    assert "extrait.secretaire-incertain" in codes



# --- propriétés : textes arbitraires et formes de la session mêlées ------------------------------

# (un NOM n'est jamais une civilité ni un mot outil écrits en capitales : « MME », « DES »…)
_NOMS = st.text(alphabet="ABCDEFGHIJLMNOPRSTUV", min_size=3, max_size=9).filter(
    lambda n: n not in {"MME", "MMES", "MLLE", "MRS", "DES", "LES", "SUR", "AUX", "PAR", "POUR", "QUI", "EST"}
)
# (un prénom n'est jamais un mot outil ni une particule : « Des », « Les », « Sur »…)
_PRENOMS = st.builds(
    lambda a, b: a + b, st.sampled_from("ABCDEFGHJLMNPRS"), st.text("aeilnorstu", min_size=3, max_size=7)
).filter(lambda p: p.lower() not in {"des", "les", "sur", "sous", "aux", "lès", "par", "pour", "une"})


@given(_NOMS, _PRENOMS, _NOMS, _PRENOMS)
def test_deux_noms_sans_virgule_rendus_tels_quels(nom1, prenom1, nom2, prenom2) -> None:  # type: ignore[no-untyped-def]
    """« NOM Prénom NOM Prénom » donne les deux personnes écrites, dans l'ordre."""
    lus = lire_personnes(f"{nom1} {prenom1} {nom2} {prenom2}")
    assert [(e.nom, e.prenom) for e in lus] == [(nom1, prenom1), (nom2, prenom2)]


@given(st.text(max_size=300))
def test_fonctions_de_la_session_sur_un_texte_arbitraire(texte) -> None:  # type: ignore[no-untyped-def]
    """Un texte quelconque : une valeur ou rien, jamais une exception."""
    assert par_le_maire(texte) is None or isinstance(par_le_maire(texte), str)
    assert all(e.nom for e in lire_personnes(texte))
    assert date_seance_fiable(texte) is None or len(date_seance_fiable(texte) or ()) == 2
    mot = texte.split()[0].lower() if texte.split() else ""
    assert civilite_mal_ecrite(mot) in (None, "monsieur", "madame", "mademoiselle")


@pytest.mark.parametrize("civilite", ["monsieur", "madame", "mademoiselle"])
def test_civilite_bien_ecrite_n_est_pas_corrigee(civilite) -> None:  # type: ignore[no-untyped-def]
    assert civilite_mal_ecrite(civilite) is None


_FORMES = [
    "Adoption de l'Ordre du jour :", "Soumis à délibération", "Non soumis à délibération",
    "L'ordre du jour est adopté à l'unanimité.", "Réf. 2012/03/12", "Délibération n° 2021-045",
    "Nombre de membres en exercice : 9", "Délégués suppléants : Loïc MORVAN, Anne PETIT",
    "Mesdames Agnès BRUNO, Marie LEROY et Messieurs Claude ANTOINE, René COLLET.",
    "Représentés : M. Paul ROUQUET : pouvoir à M. Henri BALDY ; Mme Anne CROS (jusqu'à la question 3) : pouvoir à M. Luc BLANC",
    "A partir du point 2 : PRESENTS : 23 - VOTANTS : 26", "Etaient présents : (4)",
    "Absents excusés : M. Hervé DELATTRE (arrivé à 20 heures 30) procuration à M. Paul ROUX",
    "Secrétaire de séance : M. Jacques GALLAND, Maire, quitte la salle.",
    "PRESENTS : LEFEBVRE R. / DUMONT A.M. / LEROY J.P./ FAURE L.", "Mme PERRIN- Mr GIRARDET- MmeRAYNAUD",
    "Le jeudi 15 mars 2018 à 18 heures", "sous la présidence de M. Paul ROUX, Maire de Valbois.",
    "Titre du point : le compte rendu est adopté à l'unanimité.", "- Indemnité de fonction du maire",
]


@given(st.lists(st.sampled_from(_FORMES), min_size=1, max_size=12), st.sampled_from(["\n", " ", "\n\n"]))
def test_formes_de_la_session_melees(formes, separateur) -> None:  # type: ignore[no-untyped-def]
    """Les formes lues par cette session, dans n'importe quel ordre, en lignes ou aplaties : une
    séance ou aucune (avec le constat qui le dit), jamais une exception ; un mot de fonction ou de
    civilité n'est jamais un présent."""
    lu = lire_extrait(separateur.join(formes))
    if lu.seance is None:
        assert "extrait.date-absente" in [c.code for c in lu.rapport.constats]
        return
    noms = projection(lu.seance)["presents"]
    assert not {"Maire", "Mesdames", "Messieurs", "Mme", "Mr"} & {mot for nom in noms for mot in nom.split()}
