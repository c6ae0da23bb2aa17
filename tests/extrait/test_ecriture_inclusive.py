"""Écriture inclusive (« Présent(e)s », « nommé(e) », « élu·e·s », « conseiller·ère·s ») et
phrases de nomination du secrétaire qui suivent une liste : chaque règle sur un petit texte,
indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait.normalisation import normaliser
from deliberations.extrait.personnes import lire_personne
from tests.extrait.comparaison import projection

_DEBUT = "COMMUNE DE VERNAY\nSéance du conseil municipal du 6 juillet 2021\n"
_FIN = "1. Budget primitif\nAdopté à l'unanimité.\n"


def _lu(lignes: str) -> tuple[dict[str, object], list[str]]:
    resultat = lire_extrait(_DEBUT + lignes + "\n" + _FIN)
    assert resultat.seance is not None
    return projection(resultat.seance), [c.code for c in resultat.rapport]


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("Absent(s/es) excusé(s/es) :", "Absents excusés :"),
        ("a été nommé(e) secrétaire", "a été nommé secrétaire"),
        ("Conseiller·ère·s en exercice : 15", "Conseillers en exercice : 15"),
        ("présent(e)s : 2 - votant·e·s : 3", "présents : 2 - votants : 3"),
        ("Adjoint(e) au maire", "Adjoint au maire"),
        # un intitulé de liste au pluriel inclusif garde la forme qui le dit intitulé
        ("Excusé·e·s : M. Luc BON", "Excusé(e)s : M. Luc BON"),
        ("PRÉSENT(E)S :", "PRÉSENT(E)S :"),
        # en minuscules dans une phrase, le pluriel ordinaire
        ("des élu·e·s présent·e·s au bureau", "des élus présents au bureau"),
        # une parenthèse qui ne suit pas un mot reste
        ("M. Luc BON (e)", "M. Luc BON (e)"),
    ],
)
def test_normalisation(texte: str, attendu: str) -> None:
    assert normaliser(texte) == attendu


@pytest.mark.parametrize(
    "ligne",
    [
        "A été désignée comme secrétaire de séance : Mme Anne ROUX",
        "A été nommé(e) secrétaire : Mme Anne ROUX",
        "Est désigné(e) secrétaire de séance : Mme Anne ROUX",
        "A été désigné(e) en qualité de secrétaire de séance : Mme Anne ROUX",
    ],
)
def test_nomination_apres_une_liste(ligne: str) -> None:
    """La phrase de nomination qui suit la liste des absents ne lui ajoute personne."""
    lu, codes = _lu("Présents : M. Paul DURAND, Mme Anne ROUX\nAbsents : M. Luc BON\n" + ligne)
    assert lu["secretaires"] == ["Anne ROUX"]
    assert lu["absents"] == ["Luc BON"]
    assert lu["presents"] == ["Paul DURAND", "Anne ROUX"]
    assert "extrait.ligne-non-comprise" not in codes


def test_plusieurs_secretaires_au_pluriel_inclusif() -> None:
    lu, _ = _lu(
        "Présents : M. Jean MARTIN, Mme Anne ROUX\n"
        "Ont été désigné(e)s en qualité de secrétaires de séance : M. Jean MARTIN et Mme Anne ROUX"
    )
    assert lu["secretaires"] == ["Jean MARTIN", "Anne ROUX"]


def test_listes_et_decomptes_inclusifs() -> None:
    lu, _ = _lu(
        "Nombre d'élu·e·s en exercice : 15 - présent(e)s : 2 - votant(e)s : 3\n"
        "Étaient présent·e·s : M. Paul DURAND, Mme Anne ROUX\n"
        "Absent(e)s excusé(e)s ayant donné pouvoir : M. Luc BON à M. Paul DURAND\n"
        "Secrétaire de séance élu(e) : Mme Anne ROUX"
    )
    assert lu["decomptes"] == {
        "membres": None,
        "en_exercice": 15,
        "presents": 2,
        "absents": None,
        "procurations": None,
        "votants": 3,
    }
    assert lu["presents"] == ["Paul DURAND", "Anne ROUX"]
    assert lu["procurations"] == [["Luc BON", "Paul DURAND"]]
    assert lu["secretaires"] == ["Anne ROUX"]


@pytest.mark.parametrize(
    "texte", ["A été désignée comme", "A ont été nommés", "DUPONT sera secrétaire"]
)
def test_une_phrase_n_est_pas_un_nom(texte: str) -> None:
    """Des mots en minuscules qui ne sont jamais dans un nom : pas une personne."""
    assert lire_personne(texte) is None


def test_particules_et_prenoms_restent_des_noms() -> None:
    assert str(lire_personne("Anne de la TOUR")) == "Anne de la TOUR"
    assert str(lire_personne("Jean-Luc MARTIN")) == "Jean-Luc MARTIN"
