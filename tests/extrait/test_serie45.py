"""Familles de mises en page trouvées par la quarante-cinquième mesure hors échantillon
(documents 603 à 612 : septième tirage à l'image de la mesure extérieure) : chaque règle sur un
petit texte inventé, indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait.reconnaisseurs import votes
from tests.extrait.comparaison import projection, seance_lue

_DEBUT = (
    "Commune de Valbrune\nSéance du conseil municipal du 3 mai 2019\n"
    "Le conseil municipal s'est réuni sous la présidence de M. Paul ARNAUD, Maire.\n"
    "Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN, Mme Anne DUVAL.\n"
)


@pytest.mark.parametrize(
    "phrase",
    [
        "Le secrétariat de séance est confié à Mme Lise BERTIN, benjamine du conseil.",
        "Le secrétariat a été confié à Mme Lise BERTIN.",
        "M. Paul ARNAUD, maire, préside la séance ; Mme Lise BERTIN en est la secrétaire.",
    ],
)
def test_secretariat_confie_a_ou_en_est_la_secretaire(phrase: str) -> None:
    """« Le secrétariat de séance est confié à X », « M. Y préside la séance ; Mme X en est la
    secrétaire » : le secrétaire est lu, avec ses fins de ligne ou aplati."""
    texte = _DEBUT + phrase + "\n1 – Budget primitif\nAdopté à l'unanimité.\n"
    assert projection(seance_lue(texte))["secretaires"] == ["Lise BERTIN"]
    plat = (_DEBUT + phrase + " 1 – Budget primitif Adopté à l'unanimité.").replace("\n", " ")
    assert projection(seance_lue(plat))["secretaires"] == ["Lise BERTIN"]


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        ("Le rapport est adopté par dix-neuf voix contre six.", [("pour", 19), ("contre", 6)]),
        ("Élu par quinze voix contre trois.", [("pour", 15), ("contre", 3)]),
        (
            "Vingt voix pour, zéro contre, une abstention (M. X).",
            [("pour", 20), ("contre", 0), ("abstentions", 1)],
        ),
        (
            "Pour : dix-huit – Contre : deux (M. A, Mme B) – Abstention : zéro FINANCES",
            [("pour", 18), ("contre", 2), ("abstentions", 0)],
        ),
    ],
)
def test_voix_en_lettres(ligne: str, attendu: list[tuple[str, int]]) -> None:
    """« par dix-neuf voix contre six » (le second nombre en lettres aussi), « zéro contre »,
    « Contre : deux (noms) », « Abstention : zéro » suivi de la rubrique d'un texte aplati."""
    assert votes(ligne) == attendu


@pytest.mark.parametrize(
    "ligne", ["Accord unanime du Comité (9 votants).", "Vote unanime du conseil."]
)
def test_accord_unanime(ligne: str) -> None:
    """« Accord unanime du Comité (9 votants) » : l'unanimité et l'adoption, sans voix (le nombre
    des votants n'est pas un nombre de voix)."""
    texte = _DEBUT + "\nDélibération n° 2019/11 : Conduite de la rue du Moulin\n" + ligne + "\n"
    scrutin = projection(seance_lue(texte))["deliberations"][0]["scrutin"]
    assert scrutin is not None
    assert (scrutin["unanimite"], scrutin["resultat"], scrutin["pour"]) == (True, "adopte", None)


def test_fonction_en_apposition_des_membres_qui_ne_votent_pas() -> None:
    """« Mme X et M. Y, administrateurs de l'OPAC, ne prennent pas part au vote » : deux
    membres, le sigle de la fonction n'est pas un troisième nom."""
    texte = (
        _DEBUT + "\nDélibération n° 2019/11 : Garantie d'emprunt\n"
        "Mme Lise BERTIN et M. Marc COLIN, administrateurs de l'OPAC, ne prennent pas part au "
        "vote.\nAdopté : 2 pour.\n"
    )
    scrutin = projection(seance_lue(texte))["deliberations"][0]["scrutin"]
    assert scrutin is not None
    assert scrutin["ne_prend_pas_part"] == 2


def test_rapport_cite_dans_une_phrase_de_depart_d_un_texte_aplati() -> None:
    """« Mme X quitte la séance après le vote du rapport n° 12-202 (présents : 3 – votants :
    3). » dans un texte aplati : le rapport cité n'ouvre pas un point."""
    texte = (
        _DEBUT + "Rapport n° 12-201 – Budget supplémentaire Adopté à l'unanimité. "
        "Rapport n° 12-202 – Aide sociale Adopté à l'unanimité. Mme Anne DUVAL quitte la séance "
        "après le vote du rapport n° 12-202 (présents : 3 – votants : 3). Rapport n° 12-203 – "
        "Tourisme Adopté à l'unanimité."
    ).replace("\n", " ")
    numeros = [d["numero"] for d in projection(seance_lue(texte))["deliberations"]]
    assert numeros == ["12-201", "12-202", "12-203"]
