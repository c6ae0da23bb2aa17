"""Vingt et unième session : formes trouvées en lisant de vrais documents publiés (hors dépôt),
chacune reproduite ici sur un petit texte inventé (noms, lieux et nombres inventés)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from deliberations.extrait import analyse, lire_extrait
from deliberations.extrait.personnes import est_fonction_d_agent, lire_personne
from tests.extrait.comparaison import projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


def _lignes(texte: str) -> str:
    return texte


FORMES: list[Callable[[str], str]] = [_lignes, _aplati]


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


def test_suite_sans_prenoms_usuels_n_est_pas_coupee() -> None:
    """Une suite de mots alternés dont les « prénoms » ne sont pas des prénoms usuels n'est pas
    découpée par la règle des noms sans séparateur (le morceau est rendu tel quel)."""
    suite = "Salle DURAND Route MARTIN Place PETIT Cour BLANC"
    assert analyse._noms_sans_separateur([suite]) == [suite]
    assert analyse._noms_sans_separateur(["MM Luc AMIEL Yves BONNET Rose CAZES"]) == [
        "Luc AMIEL", "Yves BONNET", "Rose CAZES"
    ]


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
