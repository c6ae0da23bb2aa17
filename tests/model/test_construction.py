"""Constructeur rapide : le même objet que le constructeur vérifié, ou la même erreur, pour
toute valeur ; le chemin rapide est bien pris quand les valeurs sont propres."""

from __future__ import annotations

import datetime as dt
from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.model import (
    Budget,
    Collectivite,
    Deliberation,
    Elu,
    Scrutin,
    Transmission,
)
from deliberations.model._construction import constructeur_rapide

CHAMPS_DELIBERATION = (
    "numero", "objet", "matiere", "date", "budget", "scrutins", "transmission", "url",
)  # fmt: skip

_TEXTES = st.one_of(
    st.sampled_from(["D1", "Budget primitif", "7.1", "8.2.1", "https://x.fr/a.pdf", "", " "]),
    st.text(alphabet=st.sampled_from("aé1. /:\n\t\r\x1b\u202e\u00a0\ud800"), max_size=8),
)
_VALEURS = st.one_of(
    st.none(),
    _TEXTES,
    st.integers(-3, 5),
    st.booleans(),
    st.sampled_from([dt.date(2023, 5, 10), dt.datetime(2023, 5, 10, 8, 0), 2.5, b"x"]),
    st.builds(Scrutin, pour=st.integers(0, 9)),
    st.builds(Transmission, prefecture=st.sampled_from(["PREF086", None])),
    st.just(Budget(annee="2024")),
    st.just(Elu(nom="A")),
    st.lists(st.builds(Scrutin, pour=st.integers(0, 9)), max_size=2),
    st.lists(st.builds(Scrutin, pour=st.integers(0, 9)), max_size=2).map(tuple),
    st.just((Elu(nom="A"),)),
)


def _resultat(fabrique: Any, *arguments: Any, **nommes: Any) -> tuple[str, Any]:
    try:
        return "objet", fabrique(*arguments, **nommes)
    except Exception as erreur:  # la même classe et le même message sont attendus
        return type(erreur).__name__, str(erreur)


def _comparer(classe: type, champs: tuple[str, ...], valeurs: tuple[Any, ...]) -> None:
    rapide = constructeur_rapide(classe, champs)
    obtenu = _resultat(rapide, *valeurs)
    attendu = _resultat(classe, **dict(zip(champs, valeurs, strict=True)))
    assert obtenu == attendu
    if obtenu[0] == "objet":  # mêmes types de valeurs aussi (un str n'est pas une sous-classe)
        for champ in attrs.fields(classe):
            a, b = getattr(obtenu[1], champ.name), getattr(attendu[1], champ.name)
            assert type(a) is type(b)


@given(st.tuples(*[_VALEURS] * len(CHAMPS_DELIBERATION)))
def test_propriete_deliberation_comme_le_constructeur_verifie(valeurs: tuple[Any, ...]) -> None:
    _comparer(Deliberation, CHAMPS_DELIBERATION, valeurs)


@given(
    numero=_TEXTES,
    objet=_TEXTES,
    matiere=st.one_of(st.none(), st.sampled_from(["7.1", "8.2.1", "9.9", "7", "x", " 7.1"])),
    date=st.one_of(st.none(), st.dates()),
    url=st.one_of(st.none(), _TEXTES),
    scrutins=st.lists(st.builds(Scrutin, pour=st.integers(0, 9)), max_size=2).map(tuple),
)
def test_propriete_deliberation_valeurs_de_lecteur(
    numero: str, objet: str, matiere: str | None, date: dt.date | None, url: str | None,
    scrutins: tuple[Scrutin, ...],
) -> None:  # fmt: skip
    """Les valeurs qu'un lecteur donne (textes, codes, dates) : le cas où les gardes jouent."""
    valeurs = (numero, objet, matiere, date, None, scrutins, None, url)
    _comparer(Deliberation, CHAMPS_DELIBERATION, valeurs)


@given(st.tuples(_VALEURS, _VALEURS, _VALEURS))
def test_propriete_scrutin_comme_le_constructeur_verifie(valeurs: tuple[Any, ...]) -> None:
    _comparer(Scrutin, ("pour", "contre", "abstentions"), valeurs)


@given(st.tuples(_VALEURS, _VALEURS))
def test_propriete_transmission_comme_le_constructeur_verifie(valeurs: tuple[Any, ...]) -> None:
    _comparer(Transmission, ("prefecture", "date_reception"), valeurs)


@given(st.tuples(_VALEURS, _VALEURS))
def test_propriete_budget_comme_le_constructeur_verifie(valeurs: tuple[Any, ...]) -> None:
    """Un convertisseur sans garde connue (l'année) est appelé à chaque fois."""
    _comparer(Budget, ("annee", "nom"), valeurs)


@given(
    st.tuples(st.sampled_from(["2024", "2024/2025", " 2024 ", "2025/2024", "x"]), _VALEURS)
)
def test_propriete_budget_annees(valeurs: tuple[Any, ...]) -> None:
    _comparer(Budget, ("annee", "nom"), valeurs)


def test_chemin_rapide_sans_constructeur_verifie() -> None:
    """Des valeurs propres, ou à convertir (blancs doublés, saut de ligne, liste), ne passent
    pas par ``__init__`` ; une valeur refusée (vide, vide une fois neutralisée, date et
    heure, liste d'autre chose que des scrutins) y passe et y lève l'erreur."""
    rapide = constructeur_rapide(Deliberation, CHAMPS_DELIBERATION)
    Deliberation(numero="D1", objet="x", matiere="7.1")  # le code 7.1 est vérifié une fois
    propres = ("D1", "Budget primitif", "7.1", dt.date(2024, 1, 2), None, (), None, "https://x")
    a_convertir = ("D1", "Budget  pri\nmitif", "7.1", None, None, [], None, " https://x ")
    for valeurs in (propres, a_convertir):
        with mock.patch.object(Deliberation, "__init__", side_effect=AssertionError):
            objet = rapide(*valeurs)
        assert objet == Deliberation(**dict(zip(CHAMPS_DELIBERATION, valeurs, strict=True)))
    for rang, sale in [(0, ""), (1, "\x1b"), (3, dt.datetime(2024, 1, 2, 3)), (5, [1])]:
        valeurs = (*propres[:rang], sale, *propres[rang + 1 :])
        refus = AssertionError("vérifié")
        with mock.patch.object(Deliberation, "__init__", side_effect=refus), pytest.raises(
            AssertionError, match="vérifié"
        ):
            rapide(*valeurs)


@pytest.mark.parametrize(
    ("classe", "champs", "raison"),
    [
        (Collectivite, ("nom",), "__attrs_post_init__"),
        (Deliberation, ("objet",), "numero : pas de valeur par défaut"),
        (Deliberation, ("numero", "objet", "inconnu"), "champs inconnus"),
    ],
)
def test_refus_a_la_creation(classe: type, champs: tuple[str, ...], raison: str) -> None:
    with pytest.raises(ValueError, match=raison):
        constructeur_rapide(classe, champs)
