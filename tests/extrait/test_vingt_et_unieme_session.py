"""Vingt et unième session : formes trouvées en lisant de vrais documents publiés (hors dépôt),
chacune reproduite ici sur un petit texte inventé (noms, lieux et nombres inventés)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.normalisation import normaliser, reencoder
from deliberations.extrait.personnes import est_fonction_d_agent, lire_personne
from tests.extrait.comparaison import FORMES, projection, seance_lue


def _codes(texte: str) -> list[str]:
    return [c.code for c in lire_extrait(texte).rapport.constats]


_EN_TETE = (
    "COMMUNE DE VALBRUN\n"
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
    "Séance du 12 mars 2019\n"
    "L'an deux mille dix-neuf, le douze mars à vingt heures, le conseil municipal de la commune "
    "de Valbrun, dûment convoqué le 5 mars 2019, s'est réuni sous la présidence de M. Paul "
    "MARTIN, Maire.\n"
    "Membres en exercice : 11\n"
)


@pytest.mark.parametrize("forme", FORMES)
def test_agents_nommes_dans_les_listes_ne_sont_ni_membres_ni_absents(forme: Callable[[str], str]) -> None:
    """« Absents : Mme X, M. Y, Directrice Générale des Services, M. Z, responsable des
    finances » : les agents de la collectivité nommés à la suite des élus ne sont ni absents
    ni membres (Y était lu absent et « Directrice Générale des Services » comme une commune)."""
    texte = forme(
        _EN_TETE
        + "Présents : M. Paul MARTIN, Mme Anne DURAND, M. Luc PETIT, Mme Rose BLANC, M. Jean NOIR, "
        "Mme Lise ROUX, M. Marc VERT\n"
        "Absents : M. Yves GRIS, Madame Agnès TOURNIER, Directrice Générale des Services, Monsieur "
        "Marc BIDOT, responsable des finances, Mme Claire LEROY (secrétaire de mairie)\n"
        "Excusés : Mme Sophie BRUN, M. Eric JAUNE, M. Hugo ROSE\n"
        "Secrétaire de séance : Mme Anne DURAND\n"
    )
    lu = lire_extrait(texte)
    p = projection(lu.seance)
    assert p["absents"] == ["Yves GRIS"]
    assert len(p["presents"]) == 7 and p["excuses"] == ["Sophie BRUN", "Eric JAUNE", "Hugo ROSE"]
    agents = [c.message for c in lu.rapport.constats if c.code == "extrait.non-membres"]
    assert len(agents) == 1
    assert all(nom in agents[0] for nom in ("TOURNIER", "BIDOT", "LEROY"))
    codes = [c.code for c in lu.rapport.constats]
    assert "extrait.groupe-commune" not in codes and "extrait.membres-incomplets" not in codes


def test_fonctions_d_agents_lues_dans_les_donnees() -> None:
    """Les fonctions d'agents viennent de ``donnees/fonctions-agents.txt`` ; une fonction d'élu
    n'en est jamais une."""
    for agent in ("DGS", "Directeur du pôle eau", "secrétaire de mairie", "Agent d’accueil"):
        assert est_fonction_d_agent(agent), agent
    for elu in ("Maire", "Adjointe au Maire", "secrétaire", "conseillère déléguée", "Paul DURAND"):
        assert not est_fonction_d_agent(elu), elu


_SEANCE = (
    "COMPTE RENDU DU CONSEIL MUNICIPAL\n"
    "L'an deux mil vingt-deux, le sept du mois de mars à 20h00, le conseil municipal de Vernoux "
    "s'est réuni sous la présidence de Monsieur Luc AMIEL, Maire.\n"
    "Date de la convocation : 1er mars 2022\n"
)


@pytest.mark.parametrize("forme", FORMES)
def test_presents_prenom_nom_sans_separateur(forme: Callable[[str], str]) -> None:
    """« Présents : MM Luc AMIEL Yves BONNET Rose CAZES … » : prénoms et NOM en capitales
    alternés sans virgule, coupés en personnes (la liste entière était « non comprise »)."""
    texte = forme(
        _SEANCE + "Présents : MM Luc AMIEL Yves BONNET Rose CAZES Emma DORIAN Marie Claire ESCANDE\n"
        "Excusés : Iris HUGON, Paul IZARD.\nSecrétaire de séance : Emma DORIAN\n"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Luc AMIEL", "Yves BONNET", "Rose CAZES", "Emma DORIAN", "Marie Claire ESCANDE"]
    assert p["excuses"] == ["Iris HUGON", "Paul IZARD"]


@pytest.mark.parametrize("forme", FORMES)
def test_presents_nom_prenom_sans_separateur_avec_precisions(forme: Callable[[str], str]) -> None:
    """« Membres présents : BORDAS Claude GIRON Pierre (absent du point 1 au point 2) LAMY Anne
    … » : le NOM d'abord, une précision entre parenthèses gardée avec sa personne."""
    texte = forme(
        _SEANCE + "Membres présents : AMIEL Luc BORDAS Claude GIRON Pierre (arrivé au point 2) "
        "LAMY Anne DE LA TOUR Jean\nSecrétaire de séance : LAMY Anne\n"
        "1. Budget primitif\nPour : 5 Contre : 0 Abstention : 0\n"
        "2. Subventions\nPour : 5 Contre : 0 Abstention : 0\n"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Luc AMIEL", "Claude BORDAS", "Pierre GIRON", "Anne LAMY", "Jean DE LA TOUR"]
    assert p["mouvements"] == {"Pierre GIRON": [2, None]}


@pytest.mark.parametrize("forme", FORMES)
def test_excuses_sans_separateur_avec_pouvoirs_et_et_final(forme: Callable[[str], str]) -> None:
    """« Excusés : A (Pouvoir à B) C (Pouvoir à D) E et F. » : personnes sans virgule, chacune
    avec sa précision, « et » avant la dernière (pouvoirs et excusés étaient perdus)."""
    texte = forme(
        _SEANCE + "Présents : MM Luc AMIEL Yves BONNET Rose CAZES Emma DORIAN\n"
        "Excusés : Rémi BOZON (Pouvoir à Yves BONNET) Guy TAVEL (Pouvoir à Rose CAZES) Arnaud GUDIN "
        "et Frédéric DUFAY.\nSecrétaire de séance : Emma DORIAN\n"
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [["Rémi BOZON", "Yves BONNET"], ["Guy TAVEL", "Rose CAZES"]]
    assert p["excuses"] == ["Arnaud GUDIN", "Frédéric DUFAY"]


@pytest.mark.parametrize("forme", FORMES)
def test_ont_delegue_leur_droit_de_vote_ouvre_les_procurations(forme: Callable[[str], str]) -> None:
    """« Ont délégué leur droit de vote conformément à l'article L. 2121-20 du CGCT : M. X
    procuration à M. Y » : un intitulé de procurations (le pouvoir était perdu sans constat,
    et le secrétaire, écrit juste avant, lu illisible) ; la phrase « Le Maire certifie … »
    après l'initiale du mandataire n'en fait pas partie."""
    texte = forme(
        "SEANCE DU 2 MARS 2015\nCOMMUNE DE VILLERS-SUR-ORNE\n"
        "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n"
        "L'an deux mille quinze, le deux mars à vingt heures, le Conseil Municipal de la Commune de "
        "VILLERS-SUR-ORNE s'est réuni sous la présidence de Marc ADAM, Maire.\n"
        "Etaient présents : Mesdames BRUN A., COLIN B., Messieurs ADAM M., DENIS C.\n"
        "Secrétaire de séance : Mme COLIN B.\n"
        "Ont délégué leur droit de vote conformément à l'article L. 2121-20 du Code Général des "
        "Collectivités Territoriales : M. HENRY G. procuration à M. DENIS C.\n"
        "Le Maire certifie que la convocation a été faite le 24 février 2015.\n"
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [["G. HENRY", "C. DENIS"]]
    assert p["secretaires"] == ["B. COLIN"]
    assert p["convocation"] == "2015-02-24"


def test_prenom_abrege_garde_son_point() -> None:
    """« Secrétaire de séance : Mme MAURICE Fr. » : « Fr. » est un prénom abrégé (le point
    n'est pas la fin de la phrase) ; la même personne que « MAURICE F. » de la liste."""
    texte = (
        "Séance du 2 mars 2015\n"
        "Etaient présents : Mesdames CHONE A., MAURICE F., Messieurs ADAM M., DENIS C.\n"
        "Secrétaire de séance : Mme MAURICE Fr.\n"
    )
    p = projection(seance_lue(texte))
    assert p["secretaires"] == ["Fr. MAURICE"]
    assert p["presents"] == ["A. CHONE", "Fr. MAURICE", "M. ADAM", "C. DENIS"]
    fin_de_phrase = lire_personne("M. DUPONT Luc.")  # un prénom usuel : le point finit la phrase
    assert fin_de_phrase is not None and fin_de_phrase.prenom == "Luc"


def _relu(texte: str, codage: str) -> str:
    """Le texte UTF-8 relu dans ``codage`` (les octets que le codage ne définit pas, et les
    caractères de contrôle, perdus à la copie), l'espace insécable devenue une espace."""
    sortie = []
    for octet in texte.encode("utf-8"):
        try:
            c = bytes([octet]).decode(codage)
        except UnicodeDecodeError:
            continue
        sortie.append("" if "\x80" <= c <= "\x9f" else c)
    return "".join(sortie).replace("\u00a0", " ")


_SEANCE_ACCENTUEE = (
    "Compte rendu du Conseil Municipal du 18 décembre 2017\n"
    "Date de la convocation : 8 décembre 2017\n"
    "Présents : M. Michel ARCHE, Maire, M. Eric AUBIN, Mme Hélène BRUNO, M. Gaël COTE\n"
    "Pouvoirs : Mme Anaïs FEVRE à M. Eric AUBIN\n"
    "Secrétaire de séance : Mme Hélène BRUNO\n"
    "Monsieur le Maire soumet le procès-verbal de la séance du 6 novembre 2017 à l’approbation "
    "des conseillers.\n"
)


@pytest.mark.parametrize("codage", ["cp1250", "iso8859_16", "iso8859_2"])
def test_texte_relu_dans_un_codage_d_europe_centrale(codage: str) -> None:
    """« PrĂ©sents », « Ă  » pour « à », « dâemplois » : un texte UTF-8 relu en Windows-1250,
    ISO-8859-16 ou ISO-8859-2 est remis en clair avant la lecture, et c'est dit (la liste des
    présents, le secrétaire et le pouvoir étaient perdus ; la date d'une séance approuvée,
    devenue lisible à moitié, prenait la place de celle du titre)."""
    abime = _relu(_SEANCE_ACCENTUEE, codage)
    assert "Ă" in abime
    lu = lire_extrait(abime)
    p = projection(lu.seance)
    assert p["date"] == "2017-12-18"
    assert p["presents"] == ["Michel ARCHE", "Eric AUBIN", "Hélène BRUNO", "Gaël COTE"]
    assert p["procurations"] == [["Anaïs FEVRE", "Eric AUBIN"]]
    assert p["secretaires"] == ["Hélène BRUNO"]
    assert "extrait.texte-reencode" in [c.code for c in lu.rapport.constats]


def test_possessif_n_est_pas_une_collectivite() -> None:
    """« Il informe les membres du conseil municipal de sa démission, … » : « sa démission »
    n'est pas le nom d'une commune (lu sans constat)."""
    texte = (
        "Conseil municipal du lundi 12 mars 2016\n"
        "Présents : Paul ARNOUX, Marie BLONDEL, Luc ESNAULT.\n"
        "Secrétaire de séance : Marie BLONDEL\n"
        "Il informe ensuite les membres du conseil municipal de sa démission, en tant que "
        "vice-président du syndicat des eaux.\n"
    )
    lu = lire_extrait(texte)
    assert projection(lu.seance)["collectivite"] is None
    assert "extrait.collectivite-absente" in [c.code for c in lu.rapport.constats]


def test_collectivite_d_un_autre_organe_dans_un_objet() -> None:
    """« 2 Aide financière du Conseil Départemental de la Drôme auprès de la Mairie de X » sous
    un conseil municipal : ni le département ni la suite de l'objet ne sont la collectivité."""
    texte = (
        "Compte rendu du Conseil Municipal du : 12 AVRIL 2017\n"
        "Présents : Jean AUBRY, Lise BONNET, Paul CARON\n"
        "Secrétaire de Séance : Paul CARON\n"
        "Ordre du jour : 1 Approbation du compte rendu\n"
        "2 Aide financière du Conseil Départemental de la Drôme auprès de la Mairie de Saint Ormond.\n"
    )
    lu = lire_extrait(texte)
    assert projection(lu.seance)["collectivite"] is None
    assert "extrait.organe-divergent" in [c.code for c in lu.rapport.constats]


@pytest.mark.parametrize("forme", FORMES)
def test_personnes_separees_par_un_point(forme: Callable[[str], str]) -> None:
    """« Absents excusés : Julie HUC. Denis ICHE. » : deux personnes (une seule « Julie HUC.
    Denis ICHE » était lue, sans constat)."""
    texte = forme(
        "Compte rendu du Conseil Municipal du jeudi 6 octobre 2016\n"
        "Présents : Jean ALBOUY, Marc BESSIERE, Paul CAZALS.\n"
        "Absents excusés : Julie HUC. Denis ICHE.\n"
        "Secrétaire de séance : Marc BESSIERE\n"
    )
    assert projection(seance_lue(texte))["excuses"] == ["Julie HUC", "Denis ICHE"]


def test_pouvoir_sans_a_devant_la_civilite() -> None:
    """« Monsieur MARTIN a donné pouvoir Monsieur PERRIN » (le « à » oublié) : une procuration
    (le mandant était lu présent et le mandataire « non nommé »)."""
    texte = (
        "Séance du 03 mars 2010\n"
        "Etaient présents :\nMesdames et Messieurs Anne BRUN, Marc COLIN, Gilles PERRIN.\n"
        "Monsieur MARTIN a donné pouvoir Monsieur PERRIN.\n"
        "Secrétaire : Madame Anne BRUN\n"
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [["MARTIN", "Gilles PERRIN"]]
    assert "MARTIN" not in p["presents"]


def test_nom_ecrit_autrement_que_dans_la_liste() -> None:
    """« Chantal DEMARCO » pour « Chantal DE MARCO » de la liste (mandataire) ; « Claire
    MOREAU-DUPRAT » (nom d'usage) qui préside, « Claire Moreau » dans la liste : la même
    personne, dite (le mandataire était « inconnu », la présidente comptée deux fois)."""
    texte = (
        "SEANCE DU 14 AVRIL 2015\n"
        "Le Conseil municipal s'est réuni le 14 avril 2015 sous la présidence de Mme Claire "
        "MOREAU-DUPRAT, Maire.\n"
        "Présents : M. Jean ALBERT, Mme Claire MOREAU, Mme Chantal DE MARCO, M. Yves HAMON.\n"
        "Procurations : Madame LEBLANC Odile donne pouvoir à Madame DEMARCO Chantal\n"
        "Secrétaire de séance : M. Yves HAMON\n"
    )
    lu = lire_extrait(texte)
    p = projection(lu.seance)
    assert p["presents"] == ["Jean ALBERT", "Claire MOREAU", "Chantal DE MARCO", "Yves HAMON"]
    assert p["president"] == "Claire MOREAU"
    assert p["procurations"] == [["Odile LEBLANC", "Chantal DE MARCO"]]
    codes = [c.code for c in lu.rapport.constats]
    assert codes.count("extrait.nom-graphie") == 2
    assert "extrait.mandataire-inconnu" not in codes and "extrait.personne-inconnue" not in codes


@pytest.mark.parametrize("forme", FORMES)
def test_suppleants_presents_sans_vote(forme: Callable[[str], str]) -> None:
    """« Suppléants présents sans vote : A ; B ; C. » : présents sans siéger, ni présents ni
    suppléances (deux étaient comptés présents, sans constat)."""
    texte = forme(
        "PROCES VERBAL DU CONSEIL COMMUNAUTAIRE DE LA COMMUNAUTE DE COMMUNES DU HAUT VERDON DU "
        "MARDI 5 MARS 2019\n"
        "Titulaires présents avec vote : ARNAUD Léon, BERTIN Claire, CASTEL Marc;\n"
        "Suppléants présents sans vote : FABRE Aimé ; GIRARD René ; HUGON Lise.\n"
        "Suppléants présents avec vote : IMBERT Joël\n"
        "Excusés: JOUVE Remy, KLEIN Marie,\nSecrétaire : CASTEL Marc\n"
    )
    lu = lire_extrait(texte)
    p = projection(lu.seance)
    assert p["presents"] == ["Léon ARNAUD", "Claire BERTIN", "Marc CASTEL"]
    assert p["suppleances"] == [["Joël IMBERT", None]]
    assert "extrait.non-membres" in [c.code for c in lu.rapport.constats]


def test_titre_de_page_en_minuscules_cede_a_l_en_tete() -> None:
    """« proces verbal du conseil communautaire de brenne » (titre coupé d'un site de dépôt) puis
    l'en-tête « … de BRENNE VAL D'ARNON … » : le nom complet de l'en-tête."""
    texte = (
        "proces verbal du conseil communautaire de brenne\n\n12\n"
        "PROCES VERBAL DU CONSEIL COMMUNAUTAIRE de BRENNE VAL D'ARNON DU JEUDI 14 MARS 2019 Le "
        "quatorze mars deux mille dix-neuf à dix-huit heures, les membres du conseil se sont réunis. "
        "Titulaires présents avec vote : MARCHAL Odile, PERRIN Gaston, VIDAL Sophie ; Secrétaire : "
        "VIDAL Sophie\n"
    )
    assert projection(seance_lue(texte))["collectivite"] == "BRENNE VAL D'ARNON"


def test_homonymes_sans_prenom_signales() -> None:
    """« MM. FOUCHER - RIVAL (départ 18h25) - Mmes RIVAL (départ 18h29) » : deux présents de même
    nom sans prénom sont sans doute deux homonymes ; comptés pour un, c'est un avertissement
    (une information seulement avant)."""
    texte = (
        "Séance du 12 mai 2005\n"
        "ETAIENT PRESENTS : MM. BRUNEAU - DELMAS - FOUCHER - RIVAL (départ 18h25) - Mmes RIVAL "
        "(départ 18h29) - SOULIE, Conseillers communautaires.\n"
    )
    assert "extrait.homonymes" in _codes(texte)


def test_lettre_perdue_du_texte_mal_decode_est_dite() -> None:
    """« È » relu en Windows-1250 : son second octet (0x88) n'y est pas défini et se perd à la
    copie ; « FĂVRE » reste illisible, et c'est dit."""
    abime = _relu(_SEANCE_ACCENTUEE.replace("FEVRE", "FÈVRE"), "cp1250")
    assert "FĂVRE" in abime
    assert "extrait.texte-reencode-incomplet" in _codes(abime)
    assert "extrait.texte-reencode-incomplet" not in _codes(_relu(_SEANCE_ACCENTUEE, "cp1250"))


@pytest.mark.parametrize("forme", FORMES)
def test_mandataire_entre_parentheses(forme: Callable[[str], str]) -> None:
    """« ABSENTS EXCUSES : M. NAUDIN (mandataire : M. DELMAS) - … » : des procurations (elles
    étaient perdues, les mandants avec) ; « Mme KERN est secrétaire. » nomme le secrétaire."""
    texte = forme(
        "EXTRAIT du REGISTRE des DELIBERATIONS du CONSEIL de COMMUNAUTE URBAINE de VALMORE.\n"
        "L'an deux mil cinq, le dix mars, le Conseil de Communauté Urbaine de Valmore s'est réuni "
        "sous la présidence de M. BRUNEAU, Président.\n"
        "ETAIENT PRESENTS : MM. BRUNEAU - DELMAS - Mme GARNIER - MM. JACOB - Mme KERN.\n"
        "ABSENTS EXCUSES : M. NAUDIN (mandataire : M. DELMAS) - Mme PAYEN (mandataire : Mme "
        "GARNIER) - M. QUERE.\n"
        "La séance est publique, Mme KERN est secrétaire.\n"
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [["NAUDIN", "DELMAS"], ["PAYEN", "GARNIER"]]
    assert "QUERE" in p["excuses"] and p["secretaires"] == ["KERN"]


@pytest.mark.parametrize("forme", FORMES)
def test_pouvoirs_numerotes(forme: Callable[[str], str]) -> None:
    """« Pouvoirs : 1. Mme X donne pouvoir à M. Y. 2. M. Z donne pouvoir à Mme W. » : chaque
    numéro ouvre une procuration (la suite était lue comme un seul mandataire illisible)."""
    texte = forme(
        "PROCES-VERBAL REUNION DU CONSEIL COMMUNAUTAIRE 05 MARS 2019\n"
        "Etaient présents : MM. ALBARET – BONNAL – CROS et Mmes ESPINASSE – GRAS.\n"
        "Etaient excusés : M. HUGON ET MMES JALLAT – LAPORTE.\n"
        "Pouvoirs : 1. Mme JALLAT donne pouvoir à M. ALBARET. 2. M. HUGON donne pouvoir à Mme "
        "ESPINASSE. 3. Mme LAPORTE donne pouvoir à M. CROS.\n"
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [["JALLAT", "ALBARET"], ["HUGON", "ESPINASSE"], ["LAPORTE", "CROS"]]


@pytest.mark.parametrize("forme", FORMES)
def test_delegues_et_pouvoirs_par_commune(forme: Callable[[str], str]) -> None:
    """« Délégués Titulaires Présents : Berlats : Anne BESSE. Cuq : Paul ALBERT ; Lucie CAMBON. »
    et « … ayant donné pouvoir : Berlats : Henri HUC ayant donné pouvoir à Anne BESSE. » : la
    commune devant chaque groupe n'est ni un membre ni une borne de la liste."""
    texte = forme(
        "Communauté de Communes DES COTEAUX DU TAURON\n"
        "PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE du 9 mai 2017\n"
        "Délégués Titulaires Présents : Berlats : Anne BESSE. Cuq : Paul ALBERT ; Lucie CAMBON ; "
        "Marc DAURAT. Fiac : Jean ESCANDE.\n"
        "Délégués Titulaires Absents excusés ayant donné pouvoir : Berlats : Henri HUC ayant donné "
        "pouvoir à Anne BESSE. Cuq : Rose ICHER ayant donné pouvoir à Marc DAURAT.\n"
        "Délégués Titulaires Absents excusés : Fiac : Jeanne JULIA.\n"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Anne BESSE", "Paul ALBERT", "Lucie CAMBON", "Marc DAURAT", "Jean ESCANDE"]
    assert p["procurations"] == [["Henri HUC", "Anne BESSE"], ["Rose ICHER", "Marc DAURAT"]]
    assert "Jeanne JULIA" in p["excuses"]


@pytest.mark.parametrize("forme", FORMES)
def test_pouvoirs_de_puis_a(forme: Callable[[str], str]) -> None:
    """« Pouvoir(s) : De M. X, Adjoint » ⏎ « A M. Y » : le mandant, puis le mandataire à la
    ligne (ou à la suite, texte aplati) ; ni l'un ni l'autre n'est un absent."""
    texte = forme(
        "Compte Rendu du Conseil Municipal du 05 octobre 2019\n"
        "Présents : M. Jean RIVIERE, Maire, M. Paul SOREL, M. Luc TRAUT\n"
        "Absent(es) : M. Yves PROUX\n"
        "Pouvoir(s) : De M. Christian DOVA, Adjoint\n\nA M. Luc TRAUT\n\n \n"
        "De Mme Renée FAUQUE\n\nA M. Paul SOREL\n"
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [["Christian DOVA", "Luc TRAUT"], ["Renée FAUQUE", "Paul SOREL"]]
    assert p["absents"] == ["Yves PROUX"]


def test_tableau_copie_avec_ses_barres() -> None:
    """« Présents : | M. Paul ROCHE, Maire … | || » (tableau d'une page web copié avec ses
    barres) : les barres sont des séparateurs de cellules (secrétaire, décomptes, listes et
    pouvoir étaient perdus)."""
    texte = (
        "Compte Rendu du Conseil Municipal du 20 mars 2017\n"
        "Date de la convocation : | 10 MARS 2017 | ||\n"
        "Présents : | M. Paul ROCHE, Maire, M. Jean SALLE, Mme Anne VIAL |\n||\n"
        "Absent(es) : | M. Yves CANU | ||\n"
        "Procuration(s) : | Mme Lise BRUN à M. Paul ROCHE | ||\n"
        "Secrétaire de Séance : | Jean SALLE | ||\n"
        "Conseillers en exercice : | 5 | ||\nConseillers présents : | 03 | ||\n"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Paul ROCHE", "Jean SALLE", "Anne VIAL"]
    assert p["absents"] == ["Yves CANU"] and p["secretaires"] == ["Jean SALLE"]
    assert p["procurations"] == [["Lise BRUN", "Paul ROCHE"]]
    assert p["decomptes"]["en_exercice"] == 5 and p["decomptes"]["presents"] == 3


def test_valeur_d_un_decompte_a_la_ligne_et_intitule_a_crochets() -> None:
    """« Conseillers en exercice : » ⏎⏎ « 7 » : la valeur renvoyée à la ligne ; « PRESENTS [3] : »
    et « … AYANT DONNE MANDAT DE VOTE [1]: » : le nombre entre crochets (les listes étaient
    perdues)."""
    texte = (
        "COMMUNE DE KERVALAN\nREUNION DU CONSEIL MUNICIPAL DU 12 MAI 2015\n"
        "PRESENTS [3] : Yann LE GOFF, Anne MORVAN, Paul TANGUY.\n"
        "ABSENTS EXCUSES AYANT DONNE MANDAT DE VOTE [1]: Marc JAFFRE a donné pouvoir à Paul TANGUY\n"
        "Conseillers en exercice :\n\n4\n\nVotants :\n\n4\n"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Yann LE GOFF", "Anne MORVAN", "Paul TANGUY"]
    assert p["procurations"] == [["Marc JAFFRE", "Paul TANGUY"]]
    assert p["decomptes"]["en_exercice"] == 4 and p["decomptes"]["votants"] == 4
    assert p["decomptes"]["presents"] == 3


def test_titre_en_lettres_espacees_et_nom_suivi_d_un_titre() -> None:
    """« Madame Anne HOUEL C O N V O C A T I O N du 4 mars 2016 » (aplati) : le titre recollé
    date la convocation et ne prolonge pas le nom du secrétaire ; « CASTEL Marc OFFICE DE
    TOURISME » : le titre en capitales après « NOM Prénom » n'est pas le nom."""
    texte = (
        "RÉUNION DU 10 MARS 2016 Le dix mars deux mille seize le Conseil Municipal s'est réuni "
        "sous la présidence de M. GARNIER Paul, Maire. PRESENTS : M. GARNIER Paul – Mme HOUEL Anne "
        "– M. IBERT Luc. SECRETAIRE DE SEANCE : Madame Anne HOUEL C O N V O C A T I O N du 4 mars "
        "2016 Le Conseil Municipal se déroulera à la mairie."
    )
    p = projection(seance_lue(texte))
    assert p["convocation"] == "2016-03-04" and p["secretaires"] == ["Anne HOUEL"]
    aplati = (
        "PROCES VERBAL DU CONSEIL COMMUNAUTAIRE DU MARDI 5 MARS 2019 Titulaires présents avec vote "
        ": ARNAUD Léon, CASTEL Marc, DUVAL Rose; Secrétaire : CASTEL Marc OFFICE DE TOURISME "
        "INTERCOMMUNAL Le président explique les statuts."
    )
    assert projection(seance_lue(aplati))["secretaires"] == ["Marc CASTEL"]
    # une longue suite de lettres espacées n'est pas un mot : laissée telle quelle
    assert normaliser("Séance : " + "C O N V " * 5000) == "Séance : " + "C O N V " * 5000


def test_prenom_nom_ouvre_la_seance() -> None:
    """« Paul ARNOUX ouvre la séance en présentant … » : le président, nommé sans civilité."""
    texte = (
        "Compte rendu du Conseil municipal du 12 mars 2016\n"
        "Présents : Paul ARNOUX, Marie BLONDEL, Luc ESNAULT.\n"
        "Paul ARNOUX ouvre la séance en présentant le dernier compte rendu.\n"
    )
    assert projection(seance_lue(texte))["president"] == "Paul ARNOUX"


def test_espace_insecable_relue_avant_les_deux_points() -> None:
    """« Procuration(s)Â : Mme X à M. Y » : l'espace insécable relue en Windows-1252, devenue
    « Â » et une espace, ne cache plus l'intitulé (« ProcurationsÂ » était lu absent)."""
    texte = (
        "Compte Rendu du Conseil Municipal du 18 décembre 2017\n"
        "Présents : M. Michel ARCHE, M. Eric AUBIN\n"
        "Procuration(s)Â : Mme Anaïs FEVRE à M. Eric AUBIN\n"
    )
    lu = lire_extrait(texte)
    p = projection(lu.seance)
    assert p["procurations"] == [["Anaïs FEVRE", "Eric AUBIN"]] and p["absents"] == []
    assert "extrait.texte-reencode" in [c.code for c in lu.rapport.constats]


def test_delegues_titulaires_lus_comme_presents_et_dit() -> None:
    """« … sous la Présidence de X. Délégués titulaires : A, B, C. Délégués suppléants ayant
    pouvoir de leurs titulaires : … » (aplati) : sans autre liste de présents, les titulaires
    nommés sont les présents, et c'est dit (la liste était perdue)."""
    texte = (
        "PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE TENU LE LUNDI 9 MARS 2017 A 18H30 Le Conseil "
        "communautaire s'est réuni sous la Présidence de Paul VERNET. Délégués titulaires : VERNET "
        "Paul, ROCHE Anne, MARTY Luc. Délégués suppléants ayant pouvoir de leurs titulaires : BLANC "
        "Inès (suppléante de GIRARD Yves). Excusés : PONS Léa."
    )
    lu = lire_extrait(texte)
    p = projection(lu.seance)
    assert p["presents"] == ["Paul VERNET", "Anne ROCHE", "Luc MARTY"]
    assert p["suppleances"] == [["Inès BLANC", "Yves GIRARD"]]
    assert "extrait.presents-supposes" in [c.code for c in lu.rapport.constats]


def test_membres_presents_prenant_part_au_vote_dans_le_flux() -> None:
    """« La séance s'est déroulée de 20H00 à 22H00. Membres présents prenant part au vote :
    … » (aplati) : l'intitulé long ouvre la liste."""
    texte = (
        "COMPTE RENDU DU COMITE SYNDICAL DU 14 MARS 2011 Le Comité s'est réuni sous la présidence "
        "de Monsieur Paul VERNET, Président. La séance s'est déroulée de 20H00 à 22H00. Membres "
        "présents prenant part au vote : M. VERNET Paul ; Mme ROCHE Anne ; M. MARTY Luc Absents "
        "excusés : M. GIRARD Yves."
    )
    assert projection(seance_lue(texte))["presents"] == ["Paul VERNET", "Anne ROCHE", "Luc MARTY"]


def test_procurations_numerotees_a_tiret_et_filet_final() -> None:
    """« PROCURATIONS : 1- M. X a donné procuration à Mme Y, 2- … 3- M. Z … » (virgule ou non)
    et « … à M. Y. ------- Monsieur … » : chaque numéro ouvre une procuration, le filet ferme la
    liste (le premier mandataire prenait toute la suite)."""
    texte = (
        "COMPTE-RENDU DE LA RÉUNION DU CONSEIL COMMUNAUTAIRE DU 9 MARS 2017 Présents : Paul "
        "VERNET, Anne ROCHE, Luc MARTY, Odile FAURE PROCURATIONS : 1- M. Marc DUVAL a donné "
        "procuration à Mme Anne ROCHE, 2- Mme Léa PONS a donné procuration à M. Luc MARTY 3- M. "
        "Yves GIRARD a donné procuration à Mme Odile FAURE. --------------------------- Monsieur "
        "Paul VERNET souhaite la bienvenue aux élus."
    )
    assert projection(seance_lue(texte))["procurations"] == [
        ["Marc DUVAL", "Anne ROCHE"], ["Léa PONS", "Luc MARTY"], ["Yves GIRARD", "Odile FAURE"]
    ]


def test_colonne_du_personnel_separee_par_des_espaces() -> None:
    """« Délégués   Personnel du Syndicat » puis « M. A   M. B » : la seconde colonne nomme des
    agents, pas des présents (ils étaient comptés présents, sans constat)."""
    texte = (
        "COMPTE RENDU DU COMITE SYNDICAL DU 14 MARS 2011\n\nEtaient présents :\n\n"
        "Délégués   Personnel du Syndicat\nM. BRUNEAU   M. FAUCHER\nMme VALLIER   Mme LORIOT\n"
        "M. COSTES\n"
    )
    lu = lire_extrait(texte)
    assert projection(lu.seance)["presents"] == ["BRUNEAU", "VALLIER", "COSTES"]
    assert "extrait.non-membres" in [c.code for c in lu.rapport.constats]


def test_date_du_titre_sur_la_ligne_suivante() -> None:
    """« COMPTE RENDU DU COMITE SYNDICAL » ⏎ « DU 14 MARS 2011 » : la date du titre, pas une
    date de publication qui cède à celle d'une séance précédente citée plus bas."""
    texte = (
        "COMPTE RENDU DU COMITE SYNDICAL\nDU 14 MARS 2011\n\nEtaient présents :\nMr BRUNEAU\n"
        "Mme VALLIER\n\nCompte-rendu du dernier comité syndical (18/11/2010)\n"
        "Il est approuvé à l'unanimité.\n"
    )
    lu = lire_extrait(texte)
    assert projection(lu.seance)["date"] == "2011-03-14"
    assert "extrait.date-incertaine" in [c.code for c in lu.rapport.constats]


@pytest.mark.parametrize("forme", FORMES)
def test_pouvoirs_enchaines_portee_et_commune(forme: Callable[[str], str]) -> None:
    """« M X qui a donné pouvoir à M Y (Losse) M Z qui donné pouvoir à M W (à partir du point
    n°18) (Saint-Julien) … » (une longue liste sans séparateur) : chaque pouvoir, sa portée dite,
    la commune ôtée ; la liste trop longue n'est pas coupée entre « à » et le mandataire (le
    mandataire devenait une personne « arrivée au point 18 »)."""
    pouvoirs = " ".join(
        f"M {m} qui a donné pouvoir à M {y} ({c})"
        for m, y, c in [
            ("LABORDE", "ARRIBE", "Losse"), ("BACQUE", "SALLES", "Losse"), ("DARRIEU", "POUYA", "Morcenx"),
            ("LAMARQUE", "LABARTHE", "Morcenx"), ("LE GALL", "LAPORTE", "Morcenx"), ("DUFFAU", "MOUTON", "Saint-Julien-en-Born"),
            ("LAVIGNE", "DARTIGUE", "Saint-Julien-en-Born"),
        ]
    )
    texte = forme(
        "RÉUNION DU CONSEIL DU 19 MARS 2013\n"
        "Présents : MM ARRIBE, SALLES, POUYA, LABARTHE, LAPORTE, MOUTON, DARTIGUE, PIN et DUCASSE\n"
        f"Absents Excusés : {pouvoirs} M SARRAIL qui donné pouvoir à M PIN (à partir du point n°18) "
        "(Saint-Julien-en-Born) M BERDOT qui a donné pouvoir à M DUCASSE (à partir du point n°12) "
        "(Sainte-Eulalie)\n"
    )
    lu = lire_extrait(texte)
    p = projection(lu.seance)
    assert len(p["procurations"]) == 9 and p["procurations"][-1] == ["BERDOT", "DUCASSE"]
    assert p["mouvements"] == {}
    assert [c.code for c in lu.rapport.constats].count("extrait.procuration-partielle") == 2


def test_nom_commun_apres_le_conseil_n_est_pas_une_commune() -> None:
    """« fait part au Conseil Municipal de la proposition de l'Office National des Forêts (ONF) » :
    « la proposition … » n'est pas une commune (lue sans constat) ; « La Rochelle » en est une."""
    texte = (
        "Le trois avril deux mille dix-huit, le Conseil Municipal s'est réuni sous la présidence de "
        "M. Paul VERNET, Maire. Présents : MM. Luc ABRIAL, Anne BOISSIN, Paul VERNET. Monsieur le Maire "
        "fait part au Conseil Municipal de la proposition de l'Office National des Forêts (ONF) "
        "relative aux coupes."
    )
    lu = lire_extrait(texte)
    assert projection(lu.seance)["collectivite"] is None
    assert "extrait.collectivite-absente" in [c.code for c in lu.rapport.constats]


def test_lettres_espacees_apres_le_nom_de_la_ville() -> None:
    """« VILLE DE MONTREUIL-SUR-BRIE D E P A R T E M E N T D E S E I N E … » : les lettres
    espacées recollées (« DEPARTEMENT DE SEINE ») ne prolongent pas le nom de la ville."""
    assert normaliser("VILLE DE VAUX D E P A R T E M E N T D E S E I N E") == "VILLE DE VAUX DEPARTEMENT DE SEINE"
    texte = (
        "1 VILLE DE MONTREUIL-SUR-BRIE D E P A R T E M E N T D E S E I N E - E T - M A R N E "
        "COMPTE RENDU DU CONSEIL MUNICIPAL SEANCE DU 12 MARS 2015 Etaient présents : M. PASCAUD, "
        "Maire, M. LEROUX, MME VIDAL. Secrétaire de Séance : MME VIDAL"
    )
    assert projection(seance_lue(texte))["collectivite"] == "MONTREUIL-SUR-BRIE"


@pytest.mark.parametrize("forme", FORMES)
def test_fonction_d_un_groupe_puis_civilites_et_secretaire_apres_la_qualite(forme: Callable[[str], str]) -> None:
    """« …, Paul DAUMAS, Adjoints Mesdames et Messieurs Anne FOURNIER, …, Conseillers Municipaux
    Secrétaire de séance : Mme Hervé » : ni « Adjoints Mesdames » ni la qualité finale ne sont
    des personnes, et l'intitulé du secrétaire est lu (il était perdu)."""
    texte = forme(
        "Compte rendu du conseil municipal du 9 mars 2012\n"
        "Etaient présents : Mesdames et Messieurs Denis CAROUX Maire, Lucie BERTIN, Paul DAUMAS, "
        "Adjoints Mesdames et Messieurs Anne FOURNIER, Marc GILLOT, Sophie HERVÉ, Conseillers "
        "Municipaux Secrétaire de séance : Mme Hervé\n"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Denis CAROUX", "Lucie BERTIN", "Paul DAUMAS", "Anne FOURNIER", "Marc GILLOT", "Sophie HERVÉ"]
    assert p["secretaires"] == ["Sophie HERVÉ"]


def test_titre_de_point_a_trois_chiffres_n_est_pas_un_en_tete() -> None:
    """« 145 – COMMUNAUTÉ DE COMMUNES DU VAL DE LÈRE / RAPPORT ANNUEL » : le titre d'un point."""
    texte = (
        "Conseil Municipal du 14 mars 2017\n\nPrésents : Paul ARNAUD, Claire BENOIT\n\n"
        "145 – COMMUNAUTÉ DE COMMUNES DU VAL DE LÈRE / RAPPORT ANNUEL 2016 SUR L'EAU\n\n"
        "Le conseil municipal prend acte à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["collectivite"] is None


def test_procurations_lues_par_le_maire_et_intitules_en_phrase() -> None:
    """« … M. le Maire donne lecture à l'Assemblée des procurations reçues : Mme A à Mme B M. C à
    M. D Mme X est désignée secrétaire » ; « Excusés ou absents : » ; « Noms des absents
    représentés : X par Y » ; année collée au mois (« mars2016 »)."""
    texte = (
        "PROCES VERBAL de la séance du CONSEIL MUNICIPAL réuni le 12 mars2016 à 18h30 sous la "
        "Présidence de M. Paul ARNAUD, Maire. Etaient présents : Mme Claire BENOIT, M. Louis CARREL, "
        "Mme Marie DULAC, M. Jean ESTEVE, formant la majorité des membres en exercice Excusés ou "
        "absents : Mme Rose HUGON M. Yves IMBERT Après avoir procédé à l'appel des Conseillers, M. le "
        "Maire donne lecture à l'Assemblée des procurations reçues : Mme Rose HUGON à Mme Claire "
        "BENOIT M. Yves IMBERT à M. Louis CARREL Mme Marie DULAC est désignée secrétaire de séance."
    )
    p = projection(seance_lue(texte))
    assert p["date"] == "2016-03-12"
    assert p["procurations"] == [["Rose HUGON", "Claire BENOIT"], ["Yves IMBERT", "Louis CARREL"]]
    assert "Jean ESTEVE" in p["presents"] and p["secretaires"] == ["Marie DULAC"]
    noms = (
        "Séance du 21 juin 2015\nEtaient présents : Paul ARNAUD, Claire BENOIT.\n"
        "Noms des absents représentés : Anne FABRE par Paul ARNAUD.\n"
        "Noms des absents non représentés : Yves IMBERT.\n"
    )
    q = projection(seance_lue(noms))
    assert q["procurations"] == [["Anne FABRE", "Paul ARNAUD"]] and q["absents"] == ["Yves IMBERT"]


def test_parenthese_jamais_fermee_ne_recolle_pas_la_suite() -> None:
    """« Absents représentés : A (pouvoir à B) - C (pouvoir à D » puis « Absents non représentés :
    E » : la parenthèse est fermée à la fin de la ligne ; l'intitulé suivant et tout le reste
    du document étaient recollés à la ligne et perdus."""
    texte = (
        "Conseil Municipal du 14 mars 2017\n"
        "Présents : Paul Arnaud, Claire Benoît, Louis Carrel\n"
        "Absents représentés : Anne Fabre (pouvoir à Paul Arnaud) - Rose Hugon (pouvoir à Louis Carrel\n"
        "Absents non représentés : Yves Imbert\n"
        "Secrétaire de séance : Claire Benoît\n"
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [["Anne Fabre", "Paul Arnaud"], ["Rose Hugon", "Louis Carrel"]]
    assert p["absents"] == ["Yves Imbert"] and p["secretaires"] == ["Claire Benoît"]


_MOTS_DE_LA_SESSION = st.sampled_from(
    [
        "Présents", ":", "Pouvoirs", "1.", "2-", "De", "A", "M.", "Mme", "Paul", "ARNAUD", "DGS", "(",
        ")", "|", "||", "[3]", "mandataire", "à", "Ă©", "Ă", "Â", "C O N V O C A T I O N", "mars2016",
        "D E P A R T E M E N T", "------", "Délégués titulaires", "Adjoints Mesdames", "12 mars 2016",
        "\n", "Secrétaire de séance", "procurations reçues", "donne pouvoir", "(à partir du point 3)",
    ]
)
_TEXTE_DE_LA_SESSION = st.one_of(
    st.text(max_size=300), st.lists(_MOTS_DE_LA_SESSION, max_size=50).map(" ".join)
)


_AUTRES_FINS_DE_LIGNE = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


@given(_TEXTE_DE_LA_SESSION)
def test_propriete_normalisations_et_lecture(texte: str) -> None:
    """N'importe quel texte fait des formes de la session : la remise en clair et la
    normalisation gardent le nombre de lignes (les lignes citées par les constats restent celles
    du document), et la lecture rend une séance ou un constat, jamais une exception."""
    clair, nombre = reencoder(texte)
    assert nombre >= 0 and clair.count("\n") == texte.count("\n")
    if not _AUTRES_FINS_DE_LIGNE.search(texte):  # (« \r », « \x0b »… : ramenés à « \n » d'abord)
        assert normaliser(texte).count("\n") == texte.count("\n")
    lu = lire_extrait(texte)
    assert lu.seance is not None or any(c.severite.value == "erreur" for c in lu.rapport.constats)


@given(st.text(alphabet="abcdeéèêàâîôûçïëœ ÉÈÀÂÇÔ’«»–…ABCDEFXYZ:;,.-'0123456789", max_size=200))
def test_propriete_relu_en_europe_centrale_rendu_tel_quel(texte: str) -> None:
    """Un texte français relu en Windows-1250 (sans octet perdu à la copie) est rendu tel
    qu'écrit dès qu'il porte une lettre accentuée (l'indice « Ă »)."""
    abime = "".join(bytes([o]).decode("cp1250", errors="replace") for o in texte.encode("utf-8"))
    if "\ufffd" in abime or "Ă" not in abime:
        return  # (un octet que Windows-1250 ne définit pas : perdu, rien à rendre exactement)
    assert reencoder(abime)[0] == texte


def test_liste_a_nombre_en_tete_et_secretaire_apres_le_dernier_pouvoir() -> None:
    """« ETAIENT PRESENTS : 7 M. X M. Y … ETAIENT EXCUSES : 2 Mme A donne pouvoir à M. B … » (le
    nombre, puis la liste sans virgules) ; « … à M. Gillot La secrétaire de séance : Mme Hervé » et
    « … à Monsieur FABRE Luc. Le Conseil Municipal a désigné Madame DULAC Marie pour remplir les
    fonctions de secrétaire » : le dernier pouvoir n'avale plus le secrétaire."""
    texte = (
        "CONSEIL MUNICIPAL Du 3 MARS 2009 Le Conseil Municipal s'est réuni sous la présidence de M. "
        "Jean ROUVIER, Maire. ETAIENT PRESENTS : 4 M. ROUVIER M. BASTIDE Mme CORNU M. DELPECH "
        "ETAIENT EXCUSES : 2 Mme HUGUENIN donne pouvoir à M. BASTIDE M. ISARD donne pouvoir à Mme "
        "CORNU La secrétaire de séance : Mme Cornu"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Jean ROUVIER", "BASTIDE", "CORNU", "DELPECH"]
    assert p["decomptes"]["presents"] == 4
    assert p["procurations"] == [["HUGUENIN", "BASTIDE"], ["ISARD", "CORNU"]]
    assert p["secretaires"] == ["CORNU"]
    phrase = (
        "CONSEIL MUNICIPAL DU 12 MAI 2016 Présents : Mesdames BENOIT Claire, DULAC Marie. Messieurs : "
        "FABRE Luc, ARNAUD Paul. Ont délégué leur droit de vote : Madame IMBERT Lise ayant donné "
        "procuration à Monsieur FABRE Luc. Le Conseil Municipal a désigné Madame DULAC Marie pour "
        "remplir les fonctions de secrétaire."
    )
    q = projection(seance_lue(phrase))
    assert q["procurations"] == [["Lise IMBERT", "Luc FABRE"]] and q["secretaires"] == ["Marie DULAC"]


def test_virgule_oubliee_avant_un_nom_a_particule_n_invente_personne() -> None:
    """« DULAC Marie-Anne LE GALL Rose » (virgule oubliée) : pas une personne au prénom « Marie-Anne
    LE GALL Rose » (lue sans constat) ; le morceau est dit illisible."""
    lu = lire_extrait(
        "COMMUNE de SAINT-ORLAN – CONSEIL MUNICIPAL DU 12 MAI 2016 Présents : Mesdames BENOIT Claire, "
        "DULAC Marie-Anne LE GALL Rose, FABRE Lise."
    )
    assert not any("GALL" in nom for nom in projection(lu.seance)["presents"])
    assert "extrait.nom-illisible" in [c.code for c in lu.rapport.constats]


def test_reunis_au_nombre_de_et_pouvoirs_respectifs() -> None:
    """« … se sont réunis en Mairie au nombre de 5 » : le nombre des présents ; « Monsieur X,
    Madame Y qui ont donné respectivement pouvoir à Madame Z, Madame W » : deux procurations."""
    texte = (
        "COMPTE RENDU DU CONSEIL MUNICIPAL SEANCE DU 4 MAI 2014\n"
        "L'an deux mille quatorze, le 4 mai, les membres composant le Conseil Municipal de Valbrune se "
        "sont réunis en Mairie au nombre de 4, sous la présidence de M. Paul ARNAUD, Maire.\n"
        "Etaient présents : M. ARNAUD, Maire, MME BENOIT, M. CARREL, MME DULAC.\n"
        "Absents et excusés - Pouvoir Monsieur GILLES, Madame HUGON qui ont donné respectivement "
        "pouvoir à Madame BENOIT, Madame DULAC\n"
    )
    p = projection(seance_lue(texte))
    assert p["decomptes"]["presents"] == 4
    assert p["procurations"] == [["GILLES", "BENOIT"], ["HUGON", "DULAC"]]


def test_fonction_en_minuscules_apres_le_nom_et_mes_pour_messieurs() -> None:
    """« Mmes PERON et GUILLOU adjointes; … Mes NICOL, QUERE, adjoints » : la fonction du groupe
    n'est pas un prénom (« adjointes GUILLOU » était lu, sans constat) et « Mes » abrège
    Messieurs ; la procuration qui nomme la même personne la retrouve."""
    texte = (
        "Conseil municipal – Séance du 14 mars 2011\n"
        "Etaient présents : Mmes PERON et GUILLOU adjointes; Mmes LE BRAS et TANGUY conseillères "
        "municipales.\nMr TROADEC, Maire, Mes NICOL et QUERE, adjoints.\n"
        "Pouvoirs : Mme CORRE à Mme GUILLOU, Mr BERTHOU à Mr NICOL.\n"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["PERON", "GUILLOU", "LE BRAS", "TANGUY", "TROADEC", "NICOL", "QUERE"]
    assert p["procurations"] == [["CORRE", "GUILLOU"], ["BERTHOU", "NICOL"]]
    assert lire_personne("Conseillère suppléante") is None  # (une fonction seule, pas un nom)


def test_particule_apres_le_nom_dans_une_intercommunalite_est_dite() -> None:
    """« Hélène PIETRI d'ORNANO » dans une liste de communauté : la fin lue comme la commune
    du délégué, et c'est dit quand le texte ne nomme pas cette commune (elle était ôtée sans
    constat)."""
    texte = (
        "Compte-rendu de réunion du Conseil Communautaire\n12 mars 2018\n"
        "Etaient présents : Mmes et MM. Anne BERNARDI, Paul CASANOVA, conseillers communautaires ;\n"
        "Etaient absents : Mmes et MM. Hélène PIETRI d'ORNANO, Jeanne MARCHI.\n"
    )
    lu = lire_extrait(texte)
    assert "extrait.groupe-nom" in [c.code for c in lu.rapport.constats]


def test_mandataire_a_une_lettre_pres_secretaire_apres_une_incise_absente_singuliere() -> None:
    """« qui donne procuration à Denis Valier » pour « VALLIER Denis » de la liste (une lettre
    de différence, même prénom) ; « Sur proposition du Maire, Sophie Roy est élue secrétaire » ;
    « Conseillère absente non excusée » ⏎ « JACQUET Lise. »."""
    texte = (
        "CONSEIL MUNICIPAL\nSÉANCE DU JEUDI 14 AVRIL 2016\n"
        "Conseillers présents\nBOURDIN Marc (maire), MOUREY Claire, VALLIER Denis et ROY Sophie\n"
        "Conseillers absents excusés\nBERTHET Rose, qui donne procuration à Denis Valier.\n"
        "Conseillère absente non excusée\nJACQUET Lise.\n"
        "Sur proposition du Maire, Sophie Roy est élue secrétaire de séance.\n"
    )
    lu = lire_extrait(texte)
    p = projection(lu.seance)
    assert p["procurations"] == [["Rose BERTHET", "Denis VALLIER"]]
    assert p["absents"] == ["Lise JACQUET"] and p["secretaires"] == ["Sophie ROY"]
    assert "extrait.nom-graphie" in [c.code for c in lu.rapport.constats]


def test_departement_apres_le_nom_de_la_commune() -> None:
    """« COMMUNE DE VALBERNE Haute Saône Procès-verbal … » (en-tête aplati) : le département
    n'est pas du nom (retenu sans constat) ; « LA CHARITE SUR LOIRE » reste entier."""
    texte = (
        "COMMUNE DE VALBERNE Haute Saône Procès-verbal de la séance du Conseil Municipal du mardi 12 "
        "mars 2013 Etaient présents : Anne LOMBARD, Marc VIDAL"
    )
    lu = lire_extrait(texte)
    assert projection(lu.seance)["collectivite"] == "VALBERNE"
    assert "extrait.collectivite-departement" in [c.code for c in lu.rapport.constats]
    from deliberations.extrait.collectivite import sans_departement_final

    assert sans_departement_final("LA CHARITE SUR LOIRE") == "LA CHARITE SUR LOIRE"


@pytest.mark.parametrize("forme", FORMES)
def test_excuses_absents_a_barre_et_pouvoirs_entre_parentheses_sans_virgule(forme: Callable[[str], str]) -> None:
    """« EXCUSES /ABSENTS : MM. HENRY (procuration M. ARNAUD) IVARS (procuration M. BOYER) » : un
    seul intitulé, et chaque NOM suivi de sa parenthèse est une personne ; « Procurations de vote :
    - de X à Y - de Z à W » ; « (pouvoir à Mme Y) Formant la majorité des membres en exercice I) »."""
    texte = forme(
        "COMPTE-RENDU DU CONSEIL COMMUNAUTAIRE DU 9 AVRIL 2019\n"
        "PRESENTS : MM. ARNAUD, BOYER, CLERC, DUMAS\n"
        "EXCUSES /ABSENTS : MM. HENRY (procuration M. ARNAUD) IVARS (procuration M. BOYER)\n"
    )
    assert projection(seance_lue(texte))["procurations"] == [["HENRY", "ARNAUD"], ["IVARS", "BOYER"]]
    de_a = forme(
        "SEANCE DU 4 AVRIL 2012\nEtaient présents : FARGE L. - BRUN A. - COSTE M.\n"
        "Procurations de vote : - de IMBERT C. à BRUN A. - de JULIEN D. à COSTE M.\n"
    )
    assert projection(seance_lue(de_a))["procurations"] == [["C. IMBERT", "A. BRUN"], ["D. JULIEN", "M. COSTE"]]
    majorite = (
        "Conseil municipal du 9 mars 2016 Présents : Mme BERTIN, M. ARNOUX, Mme CORRE. Excusés : Mme "
        "FABRE (pouvoir à Mme CORRE) Formant la majorité des membres en exercice I) BUDGET"
    )
    assert projection(seance_lue(majorite))["procurations"] == [["FABRE", "CORRE"]]


def test_noms_seuls_accoles_apres_une_civilite_plurielle() -> None:
    """« PRESENTS : MM. ARNAUD BOYER CLERC DUMAS FAURE » (aplati, sans séparateur) : chaque NOM est
    une personne, et c'est dit (un seul présent « Arnaud BOYER CLERC … » était inventé)."""
    texte = (
        "COMPTE-RENDU DU CONSEIL COMMUNAUTAIRE DU 9 AVRIL 2019 PRESENTS : MM. ARNAUD BOYER CLERC "
        "DUMAS FAURE EXCUSES : MM. HENRY (procuration M. ARNAUD)"
    )
    lu = lire_extrait(texte)
    p = projection(lu.seance)
    assert p["presents"] == ["ARNAUD", "BOYER", "CLERC", "DUMAS", "FAURE"]
    assert p["procurations"] == [["HENRY", "ARNAUD"]]
    assert "extrait.nom-sans-separateur" in [c.code for c in lu.rapport.constats]


def test_dernier_mandataire_suivi_d_autres_noms_et_d_une_phrase() -> None:
    """« … Yves NOEL donne pouvoir à Rémi DUFOUR Zoé PETIT Jean RIVIERE Avant d'ouvrir la séance,
    … » (aplati) : le mandataire, puis les excusés suivants ; la phrase est dite ; « …,
    Conformément à l'article L2121-15, le Conseil désigne X » n'est pas un pouvoir (« Conformément »
    était lu comme mandant)."""
    texte = (
        "Séance du 5 mars 2015 Etaient présents : Paul CHEVAL, Rémi DUFOUR, Eva GIRON Etaient absents "
        "excusés : Léa MOREL donne pouvoir à Paul CHEVAL Yves NOEL donne pouvoir à Rémi DUFOUR Zoé "
        "PETIT Jean RIVIERE Avant d ouvrir la séance, le Maire donne quelques informations."
    )
    lu = lire_extrait(texte)
    p = projection(lu.seance)
    assert p["procurations"] == [["Léa MOREL", "Paul CHEVAL"], ["Yves NOEL", "Rémi DUFOUR"]]
    assert p["excuses"] == ["Zoé PETIT", "Jean RIVIERE"]
    assert "extrait.ligne-non-comprise" in [c.code for c in lu.rapport.constats]
    conforme = (
        "Séance du 6 octobre 2017 Présents : Anne LE GOFF, Paul MADEC Excusés : Léa QUERE qui a donné "
        "pouvoir à Anne LE GOFF, Conformément à l'article L2121-15 du CGCT, le Conseil Municipal "
        "désigne Paul MADEC secrétaire de séance."
    )
    q = projection(seance_lue(conforme))
    assert q["procurations"] == [["Léa QUERE", "Anne LE GOFF"]]
    assert lire_personne("Solange FRINGANT Henri SCHMITZ") is None  # (deux personnes, pas un prénom)
    assert lire_personne("B. RAYMOND-CLERGUE") is not None


def test_sous_intitules_de_fonction_dans_la_liste() -> None:
    """« Etaient présents : Adjoints : Anne BASSET, Paul CHEVAL, Conseillers : Rémi DUFOUR, … »
    (aplati) : la rubrique de fonction n'emporte pas le premier nom (perdu, signalé)."""
    texte = (
        "Séance du 18 octobre 2012 Etaient présents : Adjoints : Anne BASSET, Paul CHEVAL, "
        "Conseillers : Rémi DUFOUR, Eva GIRON Etaient absents excusés : Yves NOEL"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Anne BASSET", "Paul CHEVAL", "Rémi DUFOUR", "Eva GIRON"]


def test_nombre_puis_liste_sans_nombre_de_et_mandataire_suivi_d_une_phrase() -> None:
    """« Présents : 6 : BLANC Anne – ODIN Marc – … Absents excusés ayant donné procuration : 1 :
    DEVOUASSOUX Rémi à PERRIER Luc Le Maire ouvre la séance » (aplati) : les listes après leur
    nombre ; le mandataire n'est pas « le Maire » de la phrase qui suit (le président était pris
    pour mandataire)."""
    texte = (
        "Compte-rendu de la réunion du Conseil municipal du 3 mars 2021 sous la présidence de "
        "Monsieur Marc ODIN, Maire. Présents : 3 : BLANC Anne – ODIN Marc – PERRIER Luc Absents "
        "excusés ayant donné procuration : 1 : DEVOUASSOUX Rémi à PERRIER Luc Le Maire ouvre la "
        "séance à 20 H 05."
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Anne BLANC", "Marc ODIN", "Luc PERRIER"]
    assert p["procurations"] == [["Rémi DEVOUASSOUX", "Luc PERRIER"]]


def test_secretaire_nomme_pas_remplace_par_une_phrase_plus_bas() -> None:
    """« Secrétaire de séance : Mme POSTIC » puis, plus bas, « Secrétariat de séance : » ⏎ « M. le
    Maire fait appel pour le secrétariat de séance. » : le secrétaire lu reste (il était effacé)."""
    texte = (
        "Conseil municipal – Séance du 9 octobre 2009\n"
        "Etaient présents : M. LE DUC, Maire, Mmes KERBRAT, POSTIC et RIOU.\n"
        "Secrétaire de séance : Mme POSTIC\n\n_____________________\n\n"
        "Secrétariat de séance :\n\nM. le Maire fait appel pour le secrétariat de séance.\n"
    )
    assert projection(seance_lue(texte))["secretaires"] == ["POSTIC"]
