"""Libellés seuls sur leurs lignes puis leurs valeurs : lecture en une passe, mêmes sorties
que la lecture qui reprenait chaque début de suite (celle-ci était quadratique : des milliers
d'intitulés vides « Absent : » prenaient des secondes)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait.preparation import (
    _VALEUR_DE_COLONNE,
    _apparier,
    _libelle_ouvert,
    _libelles_puis_valeurs_en_colonne,
)


def _reference(lignes: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """La lecture d'origine : chaque début possible de la suite de libellés essayé tour à tour."""
    resultat: list[tuple[int, str]] = []
    i = 0
    while i < len(lignes):
        j = i
        while j < len(lignes) and _libelle_ouvert(lignes[j][1]):
            j += 1
        k = j
        while j - i >= 3 and k < len(lignes) and _VALEUR_DE_COLONNE.fullmatch(lignes[k][1]):
            k += 1
        ecrit = _apparier([t for _, t in lignes[i:j]], [t.strip() for _, t in lignes[j:k]])
        if j - i >= 3 and ecrit is not None:
            resultat.extend((n, t) for (n, _), t in zip(lignes[i:j], ecrit, strict=True))
            i = k
            continue
        resultat.append(lignes[i])
        i += 1
    return resultat


_LIGNES = st.sampled_from(
    ["En exercice :", "Présents :", "Votants :", "Nombre de membres :", "20", "12", "05/11/2019", "Objet : X", "M. Paul ROUX"]
)


@given(st.lists(_LIGNES, max_size=30))
def test_meme_lecture_que_la_reference(textes: list[str]) -> None:
    lignes = list(enumerate(textes))
    assert _libelles_puis_valeurs_en_colonne(lignes) == _reference(lignes)


def test_colonne_lue() -> None:
    lignes = list(enumerate(["Nombre de membres :", "En exercice :", "Présents :", "Votants :", "15", "12", "12"]))
    assert [t for _, t in _libelles_puis_valeurs_en_colonne(lignes)] == [
        "Nombre de membres :", "En exercice : 15", "Présents : 12", "Votants : 12",
    ]
