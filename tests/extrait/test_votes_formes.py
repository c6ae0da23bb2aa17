"""Lignes de vote : le libellé avant ou après le nombre, jamais confondus."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import reconnaisseurs as r


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        # libellé puis nombre, sans « contre » : « 4 Abstention » n'est pas 4 abstentions
        ("VOTE : Pour 4 Abstention 1", [("pour", 4), ("abstentions", 1)]),
        ("VOTE : Pour 5", [("pour", 5)]),
        ("Résultat du vote : Contre 2 Pour 9", [("contre", 2), ("pour", 9)]),
        ("Vote : Pour 7 – Contre 1 – Abstention 0", [("pour", 7), ("contre", 1), ("abstentions", 0)]),
        # nombre puis libellé
        ("Adopté par 4 voix pour, 1 abstention", [("pour", 4), ("abstentions", 1)]),
        ("4 pour, 1 contre", [("pour", 4), ("contre", 1)]),
        ("12 pour 3 contre 1 abstention", [("pour", 12), ("contre", 3), ("abstentions", 1)]),
        ("Adopté (Pour 10, Abstention 2)", [("pour", 10), ("abstentions", 2)]),
        ("Vote : Pour = 12 ; Contre = 3", [("pour", 12), ("contre", 3)]),
        # « pour » suivi d'une durée ou d'un montant n'est pas un libellé de vote
        ("adopté pour 3 ans par 12 voix pour", [("pour", 12)]),
        ("28 établissements pour 6,9 M€ ; 14 voix pour", [("pour", 14)]),
    ],
)
def test_votes(ligne: str, attendu: list[tuple[str, int]]) -> None:
    assert r.votes(ligne) == attendu


_LIBELLES = {"pour": "Pour", "contre": "Contre", "abstentions": "Abstentions"}


@given(
    st.permutations(["pour", "contre", "abstentions"]),
    st.lists(st.integers(min_value=0, max_value=99), min_size=3, max_size=3),
    st.booleans(),
    st.sampled_from([" ", ", ", " - ", " / "]),
)
def test_voix_lues_dans_les_deux_ordres(
    ordre: list[str], nombres: list[int], libelle_d_abord: bool, separateur: str
) -> None:
    """Aller-retour : des voix écrites libellé puis nombre, ou nombre puis libellé, dans
    n'importe quel ordre, se relisent telles quelles."""
    morceaux = [
        f"{_LIBELLES[cle]} {n}" if libelle_d_abord else f"{n} {_LIBELLES[cle].lower()}"
        for cle, n in zip(ordre, nombres, strict=True)
    ]
    ligne = "Vote : " + separateur.join(morceaux)
    assert r.votes(ligne) == list(zip(ordre, nombres, strict=True))
