"""Propriétés des aides ajoutées à la onzième session (pages copiées du navigateur) : sur
une entrée quelconque, jamais d'exception, et jamais une valeur inventée."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait.collectivite import apres_copyright, nom_borne_ailleurs
from deliberations.extrait.dates import fenetre_de_date, trouver_date
from deliberations.extrait.preparation import _paires_commune_delegue

_MOTS = st.sampled_from(["SIVOS", "des", "Trois", "Tilleuls", "Écoles", "de", "Vaux", "–", "Mairie", ",", "©"])


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2039, 12, 31)), st.integers(0, 30), st.integers(1, 60))
def test_fenetre_ne_coupe_jamais_une_date_en_chiffres(date: dt.date, avant: int, largeur: int) -> None:
    """Une fenêtre qui commence avant une date « j/mm/aaaa » et finit dedans la lit entière,
    ou pas du tout : jamais une autre année (« 3/04/20|12 » lu 2020)."""
    texte = "x" * avant + f"Séance du {date.day}/{date.month:02d}/{date.year} à 20 h"
    lue = trouver_date(fenetre_de_date(texte, 0, avant + largeur))
    assert lue is None or lue == date


@given(st.lists(_MOTS, min_size=1, max_size=8), st.lists(_MOTS, max_size=30))
def test_nom_borne_est_un_debut_du_nom(mots: list[str], texte: list[str]) -> None:
    nom = " ".join(mots)
    borne = nom_borne_ailleurs(nom, " ".join(texte) + " " + nom)
    assert borne is None or (nom.startswith(borne + " ") and len(borne.split()) >= 3)


@given(st.text(max_size=200))
def test_apres_copyright_est_une_fin_de_la_ligne(ligne: str) -> None:
    suite = apres_copyright(ligne)
    assert suite is None or ligne.endswith(suite)


@given(st.lists(st.text(alphabet=st.sampled_from(list("Arzac M.me LéaPONS   -")), max_size=60), max_size=8))
def test_paires_commune_delegue_garde_chaque_ligne(textes: list[str]) -> None:
    numerotees = list(enumerate(textes, start=1))
    lues = _paires_commune_delegue(numerotees)
    assert [n for n, _ in lues] == [n for n, _ in numerotees]
