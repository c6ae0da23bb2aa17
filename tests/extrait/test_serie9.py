"""Familles de mises en page trouvées par la neuvième mesure hors échantillon (documents 250
à 259 : conseils communautaires, comités syndicaux, bureau, commissions permanentes de
département et de région) : chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import collectivite_generale, nom_avant_communaute
from deliberations.extrait.groupes import pour_la_commune
from deliberations.extrait.normalisation import decoller, petites_capitales, segmenter
from deliberations.extrait.preparation import _tableau_a_barres, preparer
from deliberations.extrait.reconnaisseurs import (
    couper_titre,
    decision_adoptee,
    objet_proces_verbal,
    organe,
)
from deliberations.model import Organe, Seance, StatutPresence
from tests.extrait.comparaison import seance_lue as _seance

_SIVU = (
    "SYNDICAT INTERCOMMUNAL À VOCATION UNIQUE DES TROIS VALLONS\n"
    "Le Comité syndical s'est réuni le jeudi 23 mars 2006 à 20 h 30, sous la présidence de "
    "Mme Annick ROUSSELOT, Présidente.\n"
)



def _statuts(seance: Seance) -> dict[str, str]:
    return {p.elu.nom: p.statut.value for p in seance.presences}


def test_commune_de_x_en_tete_de_ligne_ouvre_un_groupe_de_delegues() -> None:
    lue = pour_la_commune("Commune de Vaulx : M. Daniel FOURNIER, Mme Pascale THEVENOT (titulaires)")
    assert lue is not None and lue[0] == ["Vaulx"]
    recollee = pour_la_commune("Commune de A : M. Paul ROUX (titulaire) Commune de B : M. Luc REY")
    assert recollee is not None and recollee[0] == ["A", "B"]
    assert pour_la_commune("Monsieur le maire de la commune de A : M. Paul ROUX") is None
    seance = _seance(
        _SIVU + "Étaient présents :\n"
        "Commune de Montferrand : Mme Annick ROUSSELOT, M. Serge BILLOT (titulaires)\n"
        "Commune de Vaulx : M. Daniel FOURNIER, Mme Pascale THEVENOT (titulaires)\n"
    )
    assert sorted(e.nom for e in seance.presents()) == ["BILLOT", "FOURNIER", "ROUSSELOT", "THEVENOT"]


def test_commune_du_mandant_entre_parentheses_avant_donne_pouvoir() -> None:
    seance = _seance(
        _SIVU + "Étaient présents : Mme Annick ROUSSELOT, M. Lucien GIRARDOT\n"
        "Pouvoir : M. Jacques PERNOT (Chaumont-sur-Aube) donne pouvoir à M. Lucien GIRARDOT.\n"
    )
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [
        ("PERNOT", "GIRARDOT")
    ]


def test_excuse_remplace_par_sa_suppleante_nommee_parmi_les_presents() -> None:
    seance = _seance(
        _SIVU + "Étaient présents : Mme Annick ROUSSELOT, Mme Evelyne JACOB (suppléante de "
        "M. Roland MIGNOT)\n"
        "Absent excusé : M. Roland MIGNOT (Chaumont), remplacé par sa suppléante.\n"
    )
    assert _statuts(seance)["MIGNOT"] == StatutPresence.REMPLACE.value


def test_proces_verbal_presente_a_une_seance_ulterieure_date_de_son_objet() -> None:
    assert objet_proces_verbal("Objet : Procès-verbal du comité syndical du mardi 17 décembre 2019")
    assert not objet_proces_verbal("Objet : Approbation du procès-verbal de la séance du 3 mai")
    resultat = lire_extrait(
        "Syndicat d'énergies du Haut-Anjou\nCOMITÉ SYNDICAL MARDI 4 FÉVRIER 2020\n"
        "Objet : Procès-verbal du comité syndical du mardi 17 décembre 2019\n"
        "1- Approbation du procès-verbal du 15 octobre 2019. Il est adopté à l'unanimité.\n"
    )
    assert resultat.seance is not None and resultat.seance.date == dt.date(2019, 12, 17)
    codes = {c.code for c in resultat.rapport.constats}
    assert {"extrait.date-proces-verbal", "extrait.date-divergente"} <= codes
    assert resultat.seance.deliberations[0].objet.startswith("Approbation")


def test_rang_apres_le_dernier_nombre_d_un_vote_ouvre_le_point_suivant() -> None:
    texte = (
        "COMITÉ SYNDICAL DU 4 FÉVRIER 2020 " + "Exposé du rapporteur sur le point. " * 30
        + "2- Délibération relative au groupement. Les membres décident à l'unanimité. "
        "Nombre de votants : 30 Abstention : 0 Opposition : 0 Approbation : 30 "
        "3- Délibération relative aux statuts. Les membres décident à la majorité : "
        "- d'approuver les statuts. Abstention : 2 Opposition : 1 Approbation : 27"
    )
    lignes = [ligne.texte for ligne in preparer(texte).lignes]
    assert any(ligne.startswith("3- Délibération relative aux statuts") for ligne in lignes)


def test_bandeau_de_page_repete_dans_un_texte_aplati() -> None:
    bandeau = "Syndicat d'énergies du Haut-Anjou | Comité syndical | Rapport | Mardi 4 février 2020"
    texte = f"{bandeau} " + "Texte du point un. " * 40 + f"{bandeau} 2 Suite du point deux. " * 2
    prep = preparer(texte)
    assert sum(ligne.texte.count("Rapport | Mardi") for ligne in prep.lignes) == 1
    assert [raison for _, _, raison in prep.retirees] == ["en-tête de page répété"] * 2


def test_decident_a_la_majorite_dit_l_adoption() -> None:
    assert decision_adoptee("Les membres du comité syndical décident à la majorité : - d'approuver")
    assert not decision_adoptee("La majorité des membres décide de reporter le point.")


def test_nom_de_region_de_plusieurs_mots_lu_en_entier() -> None:
    seance = _seance(
        "RÉGION CENTRE-VAL DE LOIRE\nCOMMISSION PERMANENTE RÉGIONALE\n"
        "Réunion du vendredi 19 mai 2023\nPrésidence : Mme Hélène CORDIER\n"
        "Étaient présents : Mme Hélène CORDIER, M. Olivier BARBIER\n"
    )
    assert seance.assemblee.collectivite.nom == "RÉGION CENTRE-VAL DE LOIRE"
    assert collectivite_generale("DÉPARTEMENT DU TERRITOIRE DE BELFORT") == (
        "DÉPARTEMENT DU TERRITOIRE DE BELFORT"
    )


def test_presents_groupes_par_groupe_politique() -> None:
    resultat = lire_extrait(
        "RÉGION NORMANDIE\nCOMMISSION PERMANENTE\nRéunion du lundi 6 mars 2023\n"
        "Étaient présents :\n"
        "Groupe Socialistes, Radicaux et Citoyens : Mme Hélène CORDIER, M. Olivier BARBIER,\n"
        "Mme Nadia BENSALEM\n"
        "Groupe Rassemblement National : M. Christophe BAUDRY\n"
        "Absents ayant donné délégation de vote :\n"
        "Mme Lucie TANGUY (Écologie et Solidarités) à Mme Hélène CORDIER\n"
    )
    seance = resultat.seance
    assert seance is not None
    assert sorted(e.nom for e in seance.presents()) == ["BARBIER", "BAUDRY", "BENSALEM", "CORDIER"]
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [
        ("TANGUY", "CORDIER")
    ]
    assert sum(c.code == "extrait.groupe-politique" for c in resultat.rapport.constats) == 2


_RECUEIL_COLLE = (
    "Délibération publiée au recueil n° 14 le : 9 avril 2008EXTRAITDUREGISTRE DES "
    "DÉLIBERATIONSDU CONSEIL GÉNÉRAL___________Réunion du vendredi 4 avril 2008____RAPPORT N° "
    "3DATE DE LA CONVOCATION : 25 mars 2008PRÉSIDENT : M. Henri LABORDESECRÉTAIRE DE SÉANCE : "
    "Mme Odile FAVREAUÉTAIENT PRÉSENTS : MM. Jacques AUDOIN - le Dr Paul BERNIER - GuyBESSON - "
    "Mme Odile FAVREAU - MM. Gilles CHAUMETTE -Jean-Claude DELPY - Henri LABORDE etRené "
    "MOREAU.ABSENTS EXCUSÉS : MM. le Dr Michel FAURIE et ClaudeGIBAUD.OBJET DE LA DÉLIBÉRATION : "
    "DÉSIGNATION DES REPRÉSENTANTS AUX COLLÈGESM. Henri LABORDE, RAPPORTEUR.Pouvoir de :M. le Dr "
    "Michel Faurie à M. Guy Besson,M. Claude Gibaud à Mme Odile FavreauADOPTÉ.Nathalie ROUGERIE"
    "Poste : 52.14N° 3____DÉSIGNATION DES REPRÉSENTANTS" + " Texte du rapport." * 60
)


def test_extrait_de_recueil_aplati_aux_fins_de_ligne_collees() -> None:
    seance = _seance(_RECUEIL_COLLE)
    assert seance.date == dt.date(2008, 4, 4)
    assert seance.date_convocation == dt.date(2008, 3, 25)
    assert seance.president is not None and seance.president.nom == "LABORDE"
    assert [e.nom for e in seance.secretaires] == ["FAVREAU"]
    assert sorted(e.nom for e in seance.presents()) == [
        "AUDOIN", "BERNIER", "BESSON", "CHAUMETTE", "DELPY", "FAVREAU", "LABORDE", "MOREAU"
    ]
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [
        ("FAURIE", "BESSON"), ("GIBAUD", "FAVREAU")
    ]
    (deliberation,) = seance.deliberations
    assert deliberation.numero == "3"
    assert deliberation.objet == "DÉSIGNATION DES REPRÉSENTANTS AUX COLLÈGES"
    assert deliberation.scrutins[0].resultat is not None


def test_objet_aux_mots_colles_refait_avec_la_seconde_copie_du_titre() -> None:
    texte = _RECUEIL_COLLE.replace(
        "DÉSIGNATION DES REPRÉSENTANTS AUX COLLÈGESM.", "DÉSIGNATION DU CONSEILGÉNÉRAL AUX COLLÈGESM."
    ).replace("N° 3____DÉSIGNATION DES REPRÉSENTANTS", "N° 3____DÉSIGNATION DU CONSEIL GÉNÉRALAUX COLLÈGES")
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert resultat.seance.deliberations[0].objet == "DÉSIGNATION DU CONSEIL GÉNÉRAL AUX COLLÈGES"
    assert any(c.code == "extrait.objet-recolle" for c in resultat.rapport.constats)


def test_petites_capitales_mais_pas_un_prenom_colle_au_nom() -> None:
    assert petites_capitales("M. Louis GRiMaL et RenéMOREAU") == "M. Louis GRIMAL et RenéMOREAU"


def test_nom_d_usage_avant_communaute_de_communes_en_tete() -> None:
    suite = (
        "CONSEIL COMMUNAUTAIRE\nRéunion du 17 SEPTEMBRE 2014\n"
        "Etaient présents :\nJean-Paul DUCOS\nSylvie MONTAGUT\n"
    )
    seance = _seance("Brassenne\nCommunauté de Communes\n" + suite)
    assert seance.assemblee.collectivite.nom == "Communauté de communes Brassenne"
    seance = _seance("Estrigon Communauté de Communes " + suite)
    assert seance.assemblee.collectivite.nom == "Communauté de communes Estrigon"
    assert nom_avant_communaute("Le Président de la Communauté de Communes") is None


_COLONNES_APLATIES = (
    "Estrigon Communauté de Communes CONSEIL COMMUNAUTAIRE COMPTE-RENDU Réunion du 22 MARS 2011 "
    "Le Conseil communautaire, dûment convoqué, se réuni sous la présidence de Marc DUPIN. "
    "Etaient présents : AIGNAN-D'ESTRIGON BARSAC-LE-HAUT CAUMONT LAVERNOSE Jean-Claude FOURCADE "
    "Annie SOULÉ Marc DUPIN Claude MARTY (suppléant de Roger ESTÈVE) Jeanine CAZES "
    "Etaient excusés : - Roger ESTÈVE - Hélène FAURÉ a donné pouvoir à Marc DUPIN "
    "Etait absent : - Didier CAMPISTRON 1 Après appel des conseillers, le quorum est atteint. "
    "Secrétaire de séance : Annie SOULÉ A l'ordre du jour : o Approbation du compte rendu du "
    "conseil communautaire du 8 février 2011 o Budget primitif 2011 o Questions diverses "
    "DELIBERATION N° 11-03-11 BUDGET PRIMITIF 2011 Le budget s'équilibre à 2 318 400 €. "
    + "Le président présente le budget section par section. " * 12
    + "Le Conseil communautaire, après en avoir délibéré, à l'unanimité, adopte le budget."
)


def test_colonne_des_communes_puis_colonne_des_delegues_sur_une_ligne() -> None:
    resultat = lire_extrait(_COLONNES_APLATIES)
    seance = resultat.seance
    assert seance is not None
    assert sorted(e.nom for e in seance.presents()) == ["CAZES", "DUPIN", "FOURCADE", "SOULÉ"]
    statuts = _statuts(seance)
    assert statuts["ESTÈVE"] == StatutPresence.REMPLACE.value
    assert statuts["CAMPISTRON"] == StatutPresence.ABSENT.value
    assert [e.nom for e in seance.secretaires] == ["SOULÉ"]
    assert [d.numero for d in seance.deliberations] == ["11-03-11"]
    assert any(c.code == "extrait.groupe-commune" for c in resultat.rapport.constats)


def test_suppleance_entre_parentheses_sur_les_lignes_suivantes() -> None:
    seance = _seance(
        "COMMUNAUTE DE COMMUNES DU PAYS DE LA VÔGE\n"
        "Séance du Conseil Communautaire du jeudi 15 novembre 2007\n"
        "Etaient présents :\nHARSAULT\nM. DIDIER Jean-Luc\nMme GÉRARD Sylviane\n"
        "(suppléante de Mme BALLAND\nIrène)\nUZEMAIN\nM. VILLAUME Jacques\n"
    )
    assert sorted(e.nom for e in seance.presents()) == ["DIDIER", "VILLAUME"]
    assert _statuts(seance)["BALLAND"] == StatutPresence.REMPLACE.value


def test_vote_coupe_en_fin_de_ligne_avant_son_libelle() -> None:
    seance = _seance(
        "COMMUNAUTE DE COMMUNES DU PAYS DE LA VÔGE\nSéance du jeudi 15 novembre 2007\n"
        "Présents : M. Paul ROUX, M. Luc REY\n\n2 – Zone d'activités : acquisition de terrains\n"
        "Le Conseil Communautaire, après en avoir délibéré, par 18 voix pour, 2 voix contre et 2\n"
        "abstentions, approuve l'acquisition et autorise le Président à signer l'acte.\n"
    )
    scrutin = seance.deliberations[0].scrutins[0]
    assert (scrutin.pour, scrutin.contre, scrutin.abstentions) == (18, 2, 2)


def test_morceau_trop_long_coupe_apres_un_point_virgule() -> None:
    groupes = " ; ".join(f"Pour la commune de Lieu{i} : Mme Nadine TOUJA{i}" for i in range(30))
    morceaux = [t for _, t in segmenter("Étaient présents : " + groupes + ".")]
    assert len(morceaux) > 1
    assert all(m.rstrip(".").endswith((";", *(f"TOUJA{i}" for i in range(30)))) for m in morceaux)


def test_sigle_dans_un_titre_en_casse_mixte_ne_le_coupe_pas() -> None:
    titre, suite = couper_titre(
        "Convention avec le PETR Portes de Gascogne pour l'instruction Adopté à l'unanimité."
    )
    assert titre == "Convention avec le PETR Portes de Gascogne pour l'instruction"
    assert suite.startswith("Adopté")
    assert couper_titre("CESSION DES CAMBOUS Afin d'aménager la zone")[0] == "CESSION DES CAMBOUS"


def test_tableau_de_decisions_a_barres_aux_cellules_coupees() -> None:
    seance = _seance(
        "COMMUNAUTÉ DE COMMUNES CŒUR DE BOISCHAUT\nBUREAU COMMUNAUTAIRE\n"
        "Séance du lundi 4 novembre 2019\nMembres présents : M. Gérard BOUCHET, Mme Sylvie RAGOT\n\n"
        "N° | Objet | Décision\n"
        "B-2019-031 | Marché de collecte – avenant n° 2 | Adopté à l'unanimité\n"
        "B-2019-032 | Demande de subvention DETR 2020 | Adopté à\nl'unanimité\n"
        "B-2019-033 | Tarifs de l'école de musique | Adopté – Pour : 7 /\n"
        "Contre : 1 / Abstention : 1\n\nQuestions diverses\n"
    )
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("B-2019-031", "Marché de collecte – avenant n° 2"),
        ("B-2019-032", "Demande de subvention DETR 2020"),
        ("B-2019-033", "Tarifs de l'école de musique"),
    ]
    assert seance.deliberations[1].scrutins[0].unanimite
    scrutin = seance.deliberations[2].scrutins[0]
    assert (scrutin.pour, scrutin.contre, scrutin.abstentions) == (7, 1, 1)


def test_quorum_en_membres_presents_sur_le_total() -> None:
    seance = _seance(
        "RÉGION NORMANDIE\nCOMMISSION PERMANENTE\nRéunion du lundi 6 mars 2023\n"
        "Étaient présents : Mme Hélène CORDIER, M. Olivier BARBIER\n"
        "Quorum : 2 membres présents sur 26 – Votants : 2\n"
    )
    assert seance.decomptes is not None
    assert (seance.decomptes.presents, seance.decomptes.votants) == (2, 2)


def test_decomptes_ecrits_a_chaque_point_seulement() -> None:
    point = (
        "Nombre de délégués en exercice : 54\nNombre de présents : 28\n"
        "Nombre de votants : 30 Abstention : 0 Opposition : 0 Approbation : 30\n"
    )
    resultat = lire_extrait(
        "SYNDICAT D'ÉNERGIES DU HAUT-ANJOU\nCOMITÉ SYNDICAL DU MARDI 17 DÉCEMBRE 2019\n"
        "1- Groupement de commandes pour l'achat d'électricité\n" + point
        + "2- Contributions des communes pour l'année 2020\n" + point
    )
    seance = resultat.seance
    assert seance is not None and seance.decomptes is not None
    d = seance.decomptes
    assert (d.en_exercice, d.presents, d.votants) == (54, 28, 30)
    assert sum(c.code == "extrait.decompte-repete" for c in resultat.rapport.constats) == 3
    autre = lire_extrait(
        "SYNDICAT D'ÉNERGIES DU HAUT-ANJOU\nCOMITÉ SYNDICAL DU MARDI 17 DÉCEMBRE 2019\n"
        "1- Groupement de commandes\n" + point
        + "2- Contributions\n" + point.replace("28", "27")
    ).seance
    assert autre is not None and (autre.decomptes is None or autre.decomptes.presents is None)


_TEXTE_COLLE = st.text(
    alphabet=st.sampled_from(list("aeéGuyBESONRAPT2008 _.M-:|;DÉLIBRé\n")), max_size=200
)


@given(_TEXTE_COLLE)
def test_decoller_ne_fait_qu_ajouter_des_blancs(texte: str) -> None:
    """Les fins de ligne recollées : des blancs ajoutés (et les filets « ___ » retirés), aucun
    autre caractère perdu ni ajouté."""

    def sans_blancs(x: str) -> str:
        return re.sub(r"\s", "", x)

    assert sans_blancs(decoller(texte)) == sans_blancs(re.sub(r"_{3,}", "", texte))


@given(_TEXTE_COLLE)
def test_tableau_a_barres_garde_le_texte_des_cellules(texte: str) -> None:
    """Les rangées d'un tableau à barres : les barres deviennent des tabulations, les lignes de
    suite rejoignent leur rangée ; aucun autre caractère perdu ni ajouté."""
    lignes = [(i, ligne) for i, ligne in enumerate(("N° | Objet | Décision\n" + texte).split("\n"))]
    lues = _tableau_a_barres(lignes)

    def propre(paires: list[tuple[int, str]]) -> str:
        return re.sub(r"[\s|]", "", "".join(t for _, t in paires))

    assert propre(lues) == propre(lignes)


def test_commission_permanente_apres_conseil_regional_dans_un_en_tete_aplati() -> None:
    assert organe("RÉGION CENTRE-VAL DE LOIRE CONSEIL RÉGIONAL COMMISSION PERMANENTE RÉGIONALE") == (
        Organe.COMMISSION_PERMANENTE,
        None,
    )
    assert organe("Le conseil régional, réuni en séance plénière") == (
        Organe.CONSEIL_REGIONAL,
        None,
    )


def test_objet_proces_verbal_en_capitales() -> None:
    assert objet_proces_verbal("OBJET : PROCÈS-VERBAL DU COMITÉ SYNDICAL DU MARDI 17 DÉCEMBRE 2019")
