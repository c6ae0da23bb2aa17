"""Les préfiltres des expressions régulières (:mod:`deliberations.extrait.prefiltres`) : toute
correspondance possible de chaque expression préfiltrée contient l'un de ses mots.

La preuve lit l'arbre de l'expression (analyseur de ``re``, interne à Python 3.11 ; le test
est sauté ailleurs) : une suite d'éléments est couverte si l'un d'eux l'est, ou si chaque
texte d'un morceau de la suite au langage fini contient un mot ; une alternative l'est si
toutes ses branches le sont ; une répétition (au moins une fois) ou une assertion positive,
si son contenu l'est.
"""

from __future__ import annotations

import importlib
import itertools
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import prefiltres, preparation, reconnaisseurs
from deliberations.texte import minuscules_meme_longueur

analyseur: Any = pytest.importorskip("re._parser", reason="analyseur de re interne à Python 3.11+")
c: Any = importlib.import_module("re._constants")

_LANGAGE_MAX = 256


def _langage(op: Any, av: Any) -> set[str] | None:
    """Les textes (en nombre fini et petit) que l'élément peut lire, ou ``None``."""
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN and all(o is c.LITERAL for o, _ in av):
        return {chr(v) for _, v in av}
    if op is c.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _langage_suite(av[3])
    if op is c.BRANCH:
        branches = [_langage_suite(b) for b in av[1]]
        return None if any(b is None for b in branches) else set().union(*branches)  # type: ignore[arg-type]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[1] <= 3:
        un = _langage_suite(av[2])
        if un is None:
            return None
        textes = {"".join(p) for n in range(av[0], av[1] + 1) for p in itertools.product(un, repeat=n)}
        return textes if len(textes) <= _LANGAGE_MAX else None
    return None


def _langage_suite(suite: Any) -> set[str] | None:
    textes = {""}
    for op, av in suite:
        un = _langage(op, av)
        if un is None:
            return None
        textes = {a + b for a in textes for b in un}
        if len(textes) > _LANGAGE_MAX:
            return None
    return textes


def _couvert(suite: Any, mots: tuple[str, ...], forme: Any) -> bool:
    """Vrai si toute correspondance de la suite contient l'un des mots."""
    morceau: set[str] = {""}
    for op, av in suite:
        un = _langage(op, av)
        if un is not None and len(morceau) * len(un) <= _LANGAGE_MAX:
            morceau = {a + b for a in morceau for b in un}
        else:
            if morceau != {""} and all(prefiltres.contient_un(forme(t), mots) for t in morceau):
                return True
            morceau = un if un is not None else {""}
        if un is None and _element_couvert(op, av, mots, forme):
            return True
    return morceau != {""} and all(prefiltres.contient_un(forme(t), mots) for t in morceau)


def _element_couvert(op: Any, av: Any, mots: tuple[str, ...], forme: Any) -> bool:
    if op is c.SUBPATTERN:
        return not av[1] & re.IGNORECASE and _couvert(av[3], mots, forme)
    if op is c.BRANCH:
        return all(_couvert(b, mots, forme) for b in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return av[0] >= 1 and _couvert(av[2], mots, forme)
    if op is c.ASSERT:
        return _couvert(av[1], mots, forme)
    if op is c.ATOMIC_GROUP:
        return _couvert(av, mots, forme)
    return False


def _preuve(motif: re.Pattern[str], mots: tuple[str, ...], minuscules: bool) -> bool:
    if motif.flags & re.IGNORECASE:
        return False  # (l'insensibilité à la casse de re a ses équivalences : non prouvé)
    forme = minuscules_meme_longueur if minuscules else str
    return _couvert(analyseur.parse(motif.pattern, motif.flags), mots, forme)


def test_les_modules_declarent_leurs_prefiltres() -> None:
    assert len(prefiltres.PREFILTRES) >= 5  # (déclarés à l'import de deliberations.extrait)


@pytest.mark.parametrize(
    ("motif", "mots", "minuscules"),
    prefiltres.PREFILTRES,
    ids=[m.pattern[:40] for m, _, _ in prefiltres.PREFILTRES],
)
def test_chaque_prefiltre_est_prouve(
    motif: re.Pattern[str], mots: tuple[str, ...], minuscules: bool
) -> None:
    assert _preuve(motif, mots, minuscules), (motif.pattern[:120], mots)


@pytest.mark.parametrize(
    ("motif", "mots", "prouve"),
    [
        (r"ab(?:cd|ce)", ("c",), True),
        (r"x(?:cd|ef)", ("cd",), False),  # la branche « ef » n'a pas le mot
        (r"(?<=\s)(?=(?:Pouvoirs?|POUVOIRS?)\s*:)", ("pouvoir",), True),
        (r"a?bc", ("a",), False),
        (r"(?:seance|conseil\s+municipal)\s+du", ("seance", "conseil"), True),
        (r"(?i:seance)", ("seance",), False),
        (r"(?!seance)x", ("seance",), False),
    ],
)
def test_la_preuve_elle_meme(motif: str, mots: tuple[str, ...], prouve: bool) -> None:
    assert _preuve(re.compile(motif), mots, minuscules=True) is prouve


_REUNIES = [
    (reconnaisseurs._UN_DES_NUMEROS, reconnaisseurs._NUMEROS),
    (
        preparation._UN_DES_TAMPONS,
        (
            preparation._PAGE,
            preparation._ENVOI,
            preparation._RECU,
            preparation._PUBLIE,
            preparation._ACCUSE,
            preparation._TELETRANSMISSION,
            preparation._RECEPTION,
        ),
    ),
]
_MOTS_DES_FORMES = st.sampled_from(
    ["deliberation", "n°", "n", "point", "1", "2.1", "2024-12", ")", " ", "-", ":", "a", "page",
     "3/4", "envoye en prefecture le", "publie", "le", "Délibération", "N°", "é",
     "accuse de reception en prefecture", "date de teletransmission", "date de reception", ":"]
)  # fmt: skip


@pytest.mark.parametrize(("reunie", "motifs"), _REUNIES)
@given(texte=st.lists(_MOTS_DES_FORMES, max_size=8).map("".join) | st.text(max_size=30))
def test_une_des_trouve_ce_que_trouve_l_une(
    reunie: re.Pattern[str], motifs: tuple[re.Pattern[str], ...], texte: str
) -> None:
    assert (reunie.match(texte) is not None) == any(m.match(texte) for m in motifs)
    assert (reunie.search(texte) is not None) == any(m.search(texte) for m in motifs)
