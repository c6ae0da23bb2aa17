"""Familles de mises en page trouvées par la trente-neuvième mesure hors échantillon (documents
543 à 552 : quatrième tirage à l'image de la mesure extérieure) : chaque règle sur un petit
texte inventé, indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait.reconnaisseurs import president
from tests.extrait.comparaison import projection, seance_lue


@pytest.mark.parametrize("intitule", ["Avaient donné pouvoir :", "Ont donné procuration :"])
def test_intitule_de_pouvoirs_en_phrase_dans_le_flux(intitule: str) -> None:
    """« … M. Paul LEROY Avaient donné pouvoir : Mme X à M. Y, … » (texte aplati) : la liste des
    présents finit à l'intitulé, les pouvoirs sont lus."""
    texte = (
        "COMMUNE DE BRUC-SUR-LAYE Séance du conseil municipal du 3 mars 2020 Étaient présents : "
        "M. Jean MARTIN, Maire, Mme DURAND Sylvie, M. Paul LEROY "
        f"{intitule} Mme Agnès VIALLE à M. Jean MARTIN, M. Guy BORIE à Mme Sylvie DURAND "
        "Était absente : Mme Nathalie ESCURE 1. Budget Adopté à l'unanimité."
    )
    p = projection(seance_lue(texte))
    assert sorted(p["presents"]) == ["Jean MARTIN", "Paul LEROY", "Sylvie DURAND"]
    assert sorted(map(tuple, p["procurations"])) == [
        ("Agnès VIALLE", "Jean MARTIN"),
        ("Guy BORIE", "Sylvie DURAND"),
    ]


def test_intitule_suppleant_seul_dans_le_flux() -> None:
    """« … Carole PINEAU (Tigné) Suppléant : M. X (Bruc), suppléant de M. Y Pouvoirs : … »."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL DE LAYE Conseil communautaire du 15 décembre 2020 "
        "Étaient présents : BOURGEAIS Claude (Aulnay), Carole PINEAU (Tigné) "
        "Suppléant : M. Didier RETAILLEAU (Bruc), suppléant de M. Jacques FOUCHER "
        "Pouvoirs : M. Philippe BRAULT (Aulnay) à M. Claude BOURGEAIS "
        "CC-2020-1 Budget Adopté à l'unanimité."
    )
    p = projection(seance_lue(texte))
    assert sorted(p["presents"]) == ["Carole PINEAU", "Claude BOURGEAIS"]
    assert p["suppleances"] == [["Didier RETAILLEAU", "Jacques FOUCHER"]]


def test_delegues_ranges_par_commune_en_casse_mixte() -> None:
    """« Montlaur-d'Olt : FABRE Jean-Louis, Christelle ROQUES », un nom coupé à la ligne."""
    texte = (
        "Communauté de communes du Val de Laye\n"
        "PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE DU 28 SEPTEMBRE 2023\n"
        "Délégués présents :\n"
        "Belmont : Alain ROUQUETTE (Président), VIDAL Monique\n"
        "Montlaur-d'Olt : FABRE Jean-Louis, Christelle ROQUES\n"
        "Peux-et-Moulin : Didier BOUSQUET, Patrick\n"
        "  TRANIER\n"
        "Absents : M. Bernard NAYRAC (Fayet)\n"
        "1. Budget\n"
        "Adopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert sorted(p["presents"]) == [
        "Alain ROUQUETTE", "Christelle ROQUES", "Didier BOUSQUET", "Jean-Louis FABRE",
        "Monique VIDAL", "Patrick TRANIER",
    ]  # fmt: skip
    assert p["absents"] == ["Bernard NAYRAC"]


def test_absents_en_casse_mixte_reste_un_intitule() -> None:
    """« Absents : M. X » n'est pas une commune (intitulé), même sous une liste par commune."""
    texte = (
        "Communauté de communes du Val de Laye\n"
        "Conseil communautaire du 28 septembre 2023\n"
        "Délégués présents :\n"
        "Belmont : Alain ROUQUETTE, VIDAL Monique\n"
        "Excusés : Mme Anne PETIT\n"
        "1. Budget\n"
        "Adopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert sorted(p["presents"]) == ["Alain ROUQUETTE", "Monique VIDAL"]
    assert p["excuses"] == ["Anne PETIT"]


def test_fonction_sans_civilite_puis_nom_ouvre_la_seance() -> None:
    assert president("Le Président, M. Alain ROUQUETTE, ouvre la séance à 18 h 00.") == "M. Alain ROUQUETTE"
    assert president("La Présidente, Anne ROUX, ouvre la séance.") == "Anne ROUX"


def test_sigle_devant_un_nom_commun_cede_au_nom_developpe() -> None:
    """Le `<title>` « SIVOM de la vallée de l'Ance » et l'en-tête au nom développé : le nom
    développé est retenu."""
    texte = (
        "SIVOM de la vallée de l'Ance - comptes rendus\n"
        "Syndicat Intercommunal à Vocations Multiples de la vallée de l'Ance\n"
        "Réunion du Comité Syndical du 12 juin 2003\n"
        "Présents : MM. FAYARD Marcel, Paul BÉRAUD\n"
        "1°) Participation des communes\n"
        "Adopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert p["collectivite"] == "Syndicat Intercommunal à Vocations Multiples de la vallée de l'Ance"
