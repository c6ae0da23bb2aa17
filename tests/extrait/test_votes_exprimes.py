"""Le total des suffrages exprimés et les voix qui le suivent (sondes, famille « votes »)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import reconnaisseurs as r


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        ("Adopté à la majorité des suffrages exprimés : 4 pour, 1 contre.", [("pour", 4), ("contre", 1)]),
        ("Suffrages exprimés : 5 Pour : 4 Contre : 1", [("exprimes", 5), ("pour", 4), ("contre", 1)]),
        ("Suffrages exprimés : 17 voix pour, 2 contre", [("pour", 17), ("contre", 2)]),
        ("Votants : 6 Pour : 5 Contre : 1", [("pour", 5), ("contre", 1)]),
    ],
)
def test_voix_apres_le_total_des_exprimes(ligne: str, attendu: list[tuple[str, int]]) -> None:
    assert r.votes(ligne) == attendu


def test_nombre_suivi_d_un_libelle_n_est_pas_ses_voix() -> None:
    """« 5 Pour : 4 » : le 5 appartient au libellé précédent, jamais 5 voix pour."""
    assert ("pour", 5) not in r.votes("Nombre de votants 5 Pour : 4 Contre : 1")


@given(st.integers(0, 999), st.integers(0, 999))
def test_aller_retour_des_voix(pour: int, contre: int) -> None:
    assert r.votes(f"Suffrages exprimés : {pour + contre} Pour : {pour} Contre : {contre}") == [
        ("exprimes", pour + contre),
        ("pour", pour),
        ("contre", contre),
    ]
    assert r.votes(f"Adopté à la majorité des suffrages exprimés : {pour} pour, {contre} contre.") == [
        ("pour", pour),
        ("contre", contre),
    ]


@pytest.mark.parametrize(
    ("phrase", "adoptee"),
    [
        ("Après en avoir délibéré, le Conseil Municipal décide à la majorité des suffrages exprimés (4 voix pour, 1 voix contre) d'approuver les tarifs.", True),
        ("Les membres du comité syndical décident à la majorité : - d'approuver le budget", True),
        ("Le conseil municipal, après en avoir délibéré, par 4 voix pour et 1 voix contre (M. Luc BLANC), DÉCIDE d'approuver les tarifs.", True),
        # les virgules d'une parenthèse de noms ne ferment pas le vote
        ("Après en avoir délibéré, par 25 voix pour et 5 voix contre (groupe X : MM. A, B, Mmes C, D), APPROUVE le compte administratif 2018.", True),
        ("Le conseil municipal, après en avoir délibéré, décide de rejeter la demande.", False),
        ("Le conseil municipal, à l'unanimité, refuse la proposition.", False),
    ],
)
def test_la_phrase_du_dispositif_dit_l_adoption(phrase: str, adoptee: bool) -> None:
    """« décide à la majorité » (l'expression lisait « deciden(t) » : jamais « décide »),
    « décide d'approuver » : adopté ; un refus ne dit rien du résultat du vote."""
    assert r.decision_adoptee(phrase) is adoptee


@pytest.mark.parametrize(
    ("phrase", "issue", "moins"),
    [
        ("Le conseil municipal, à l'unanimité, refuse la proposition.", "rejete", ()),
        ("Le conseil municipal rejette la proposition par 3 voix contre et 2 voix pour.", "rejete", ()),
        ("Les conseillers refusent cette proposition à deux voix contre une.", "rejete", ()),
        # la délibération peut dire un refus (adoptée) : l'issue n'est pas dite, ni rejet ni adoption
        ("Le conseil municipal, à l'unanimité, refuse la proposition de la société Alpha.", None, ()),
        ("Le conseil municipal, à l'unanimité, refuse la proposition d'achat du terrain.", None, ()),
        ("Adopté à l'unanimité moins une voix (M. Luc BLANC, contre).", "adopte", (("contre", 1),)),
        ("Adopté à l'unanimité moins deux voix (Mme Anne PETIT et M. Luc BLANC : abstention).", "adopte", (("abstentions", 2),)),
        # sans parenthèse, le sens de la voix n'est pas dit : rien n'est compté
        ("Adopté à l'unanimité moins une voix.", "adopte", ()),
    ],
)
def test_la_proposition_refusee_et_la_voix_de_moins(phrase: str, issue: str | None, moins: tuple[tuple[str, int], ...]) -> None:
    """« refuse la proposition. » rejette le point mis aux voix ; « refuse la proposition de X »
    est le contenu d'une délibération adoptée. « moins une voix (M. X, contre) » : une voix contre."""
    res = r.resultat(phrase)
    assert res is not None
    assert (res.resultat.value if res.resultat else None) == issue
    assert res.moins == moins
