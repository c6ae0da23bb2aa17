"""Les préfiltres des expressions régulières (:mod:`deliberations.extrait.prefiltres`) : toute
correspondance possible de chaque expression préfiltrée contient l'un de ses mots.

La preuve lit l'arbre de l'expression (analyseur de ``re``, interne à Python 3.11 ; le test
est sauté ailleurs) : une suite d'éléments est couverte si l'un d'eux l'est, ou si chaque
texte d'un morceau de la suite au langage fini contient un mot ; une alternative l'est si
toutes ses branches le sont ; une répétition (au moins une fois) ou une assertion positive,
si son contenu l'est.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import re
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from deliberations.extrait import analyse, personnes, prefiltres, preparation, reconnaisseurs
from deliberations.texte import base_meme_longueur, minuscules_meme_longueur

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
            if un is None and op is c.BRANCH and morceau != {""} and all(
                _couvert([*((c.LITERAL, ord(x)) for x in debut), *branche], mots, forme)
                for debut in morceau
                for branche in av[1]
            ):  # « c(?:onseil…|omite…) » : le début commun des branches mis en facteur
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


@functools.cache
def _antecedents() -> dict[int, list[int]]:
    """Pour chaque minuscule de re (``_sre.unicode_tolower``), les caractères qui y mènent."""
    sre: Any = importlib.import_module("_sre")
    antecedents: dict[int, list[int]] = {}
    for x in range(0x110000):
        antecedents.setdefault(sre.unicode_tolower(x), []).append(x)
    return antecedents


@functools.cache
def _insensibles(caractere: str) -> frozenset[str]:
    """Les caractères que ``caractere`` lit sous ``re.IGNORECASE`` : ceux de même minuscule,
    et ceux des équivalences ajoutées par re (``re._casefix``), comme le compile re 3.11."""
    sre: Any = importlib.import_module("_sre")
    casefix: Any = importlib.import_module("re._casefix")
    if not sre.unicode_iscased(ord(caractere)):
        return frozenset(caractere)
    bas = sre.unicode_tolower(ord(caractere))
    lus = frozenset(chr(x) for y in (bas, *casefix._EXTRA_CASES.get(bas, ())) for x in _antecedents()[y])
    assert all(re.fullmatch(re.escape(caractere), x, re.I) for x in lus)
    assert not lus & set("Σσς")  # (la minuscule de Σ dépend de ce qui l'entoure : exclu)
    return lus


def _sans_casse(suite: Any) -> list[tuple[Any, Any]]:
    """L'arbre d'une expression ``re.IGNORECASE`` où chaque lettre devient la classe des
    caractères qu'elle lit : la preuve porte alors sur des textes sans équivalences."""
    sortie: list[tuple[Any, Any]] = []
    for op, av in suite:
        if op is c.LITERAL:
            op, av = c.IN, [(c.LITERAL, ord(x)) for x in sorted(_insensibles(chr(av)))]
        elif op is c.IN and all(o in (c.LITERAL, c.CATEGORY) for o, _ in av):
            # (une catégorie, « \\s », lit les mêmes caractères sans casse)
            av = [(o, v) for o, v in av if o is c.CATEGORY] + [
                (c.LITERAL, ord(x)) for o, v in av if o is c.LITERAL for x in sorted(_insensibles(chr(v)))
            ]
        elif op is c.IN:
            av = [(c.CATEGORY, None)]  # (intervalle, négation : rien d'énuméré)
        elif op is c.SUBPATTERN:
            av = (*av[:3], _sans_casse(av[3]))
        elif op is c.BRANCH:
            av = (av[0], [_sans_casse(b) for b in av[1]])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            av = (av[0], av[1], _sans_casse(av[2]))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            av = (av[0], _sans_casse(av[1]))
        elif op is c.ATOMIC_GROUP:
            av = _sans_casse(av)
        elif op not in (c.AT, c.ANY):
            op, av = c.IN, [(c.CATEGORY, None)]  # (inconnu : ni lu ni couvert)
        sortie.append((op, av))
    return sortie


def _preuve(motif: re.Pattern[str], mots: tuple[str, ...], minuscules: bool) -> bool:
    suite = analyseur.parse(motif.pattern, motif.flags)
    if not motif.flags & re.IGNORECASE:
        forme = minuscules_meme_longueur if minuscules else str
        return _couvert(suite, mots, forme)
    # Sans casse : les mots sont cherchés dans les minuscules du texte (``str.lower``) ou
    # dans sa forme en minuscules sans accents ; chaque caractère d'une correspondance y
    # devient sa minuscule (une lettre par lettre, sauf sigma, exclu), à sa place.
    formes = (str.lower, lambda t: base_meme_longueur(t).lower())
    return minuscules and all(_couvert(_sans_casse(suite), mots, f) for f in formes)


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
        (r"(?:seance|(?:conseil\s+m|comite\s+s))", ("seance", "conseil", "comite"), True),
        (r"(?:seance|(?:conseil\s+m|comite\s+s))", ("seance", "conseil"), False),
        (r"(?i:seance)", ("seance",), False),
        (r"(?i)documents?", ("document",), True),
        (r"(?i)ab", ("ab",), True),
        (r"(?i)s", ("s",), False),  # « ſ » (s long) : lu par « s » sans casse, sa minuscule reste « ſ »
        (r"(?i)(?:seance|conseil)", ("seance",), False),
        (r"(?!seance)x", ("seance",), False),
    ],
)
def test_la_preuve_elle_meme(motif: str, mots: tuple[str, ...], prouve: bool) -> None:
    assert _preuve(re.compile(motif), mots, minuscules=True) is prouve


def _caracteres(op: Any, av: Any) -> set[str] | None:
    """Les caractères qu'un élément d'un seul caractère peut lire (``None`` : inconnus)."""
    if op is c.LITERAL:
        return {chr(av)}
    if op is not c.IN:
        return None
    lus: set[str] = set()
    for o, v in av:
        if o is c.LITERAL:
            lus.add(chr(v))
        elif o is c.RANGE and v[1] - v[0] < 1000:
            lus.update(chr(x) for x in range(v[0], v[1] + 1))
        else:
            return None  # (négation, catégorie : non énumérés)
    return lus


def _blanc_seul(op: Any, av: Any) -> bool:
    """Vrai si l'élément ne lit qu'un blanc (``\\s``, espace, tabulation…)."""
    return op is c.IN and all(
        (o is c.CATEGORY and v is c.CATEGORY_SPACE) or (o is c.LITERAL and chr(v).isspace())
        for o, v in av
    )


def _derniers(suite: Any, blancs: bool = False) -> tuple[set[str] | None, bool]:
    """Les derniers caractères possibles d'une correspondance de la suite, et vrai si elle
    peut ne rien lire ; avec ``blancs``, les derniers qui ne sont pas des blancs (un élément
    qui ne lit que des blancs est transparent)."""
    fins: set[str] = set()
    for op, av in reversed(list(suite)):
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT) or (blancs and _blanc_seul(op, av)):
            continue  # (rien de lu, ou seulement des blancs)
        un, vide = _derniers_element(op, av, blancs)
        if un is not None and blancs and any(x.isspace() for x in un):
            un, vide = {x for x in un if not x.isspace()}, True
        if un is None:
            return None, False
        fins |= un
        if not vide:
            return fins, False
    return fins, True


def _derniers_element(op: Any, av: Any, blancs: bool) -> tuple[set[str] | None, bool]:
    if op is c.SUBPATTERN:
        # (« (?i:…) » : chaque lettre du groupe compte pour tous les caractères qu'elle lit)
        return _derniers(_sans_casse(av[3]) if av[1] & re.IGNORECASE else av[3], blancs)
    if op is c.BRANCH:
        branches = [_derniers(b, blancs) for b in av[1]]
        if any(b is None for b, _ in branches):
            return None, False
        return set().union(*(b for b, _ in branches)), any(v for _, v in branches)  # type: ignore[misc]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        if blancs and len(av[2]) == 1 and _blanc_seul(*av[2][0]):
            return set(), True
        un, vide = _derniers(av[2], blancs)
        return un, vide or av[0] == 0
    if op is c.ATOMIC_GROUP:
        return _derniers(av, blancs)
    return _caracteres(op, av), False


def test_les_modules_declarent_leurs_fins_et_gardes() -> None:
    assert prefiltres.FINS and prefiltres.GARDES  # (déclarées à l'import de deliberations.extrait)


def _fin_prouvee(motif: re.Pattern[str], fins: frozenset[str], blancs: bool = False) -> bool:
    """Le motif finit par « $ » (sans MULTILINE), et le caractère lu juste avant est toujours
    l'un des caractères déclarés (jamais « \\n », que « $ » peut suivre) ; avec ``blancs``, le
    dernier caractère lu qui n'est pas un blanc (jamais un blanc, que ``rstrip`` retire).
    Sans casse, chaque lettre compte pour tous les caractères qu'elle lit."""
    if motif.flags & re.MULTILINE:
        return False
    suite = list(analyseur.parse(motif.pattern, motif.flags))
    if motif.flags & re.IGNORECASE:
        suite = _sans_casse(suite)
    if suite[-1] != (c.AT, c.AT_END):
        return False
    derniers, vide = _derniers(suite[:-1], blancs)
    if derniers is None or vide or not derniers <= fins:
        return False
    return not any(x.isspace() for x in fins) if blancs else "\n" not in fins


@pytest.mark.parametrize(
    ("motif", "fins", "blancs"), prefiltres.FINS, ids=[m.pattern[:40] for m, _, _ in prefiltres.FINS]
)
def test_chaque_fin_requise_est_prouvee(
    motif: re.Pattern[str], fins: frozenset[str], blancs: bool
) -> None:
    assert _fin_prouvee(motif, fins, blancs), motif.pattern[:120]


_MINUSCULES = "abcdefghijklmnopqrstuvwxyz"


@pytest.mark.parametrize(
    ("motif", "fins", "prouve"),
    [
        (r"[A-Z][a-z]+$", _MINUSCULES, True),
        (r"[A-Z][a-z]*$", _MINUSCULES, False),  # « A » seul finit par une capitale
        (r"x(?:ab|cd)?$", "bdx", True),
        (r"x(?:ab|cd)?$", "bd", False),
        (r"[a-z]+(?=\.)$", _MINUSCULES, True),
        (r"[a-z]+$|\d$", _MINUSCULES, False),  # (pas de « $ » en dernier élément)
        (r"\w+$", _MINUSCULES, False),  # (catégorie : non énumérée)
        (r"(?i)ab$", "b", False),  # « B » aussi
        (r"(?:(?i:ab)|c)$", "bBc", True),
        (r"(?:(?i:ab)|c)$", "bc", False),  # « B » aussi, dans le groupe sans casse
        (r"(?i)ab$", "bB", True),
        (r"(?i)as$", "sS", False),  # « ſ » (s long) aussi
    ],
)
def test_la_preuve_des_fins(motif: str, fins: str, prouve: bool) -> None:
    assert _fin_prouvee(re.compile(motif), frozenset(fins)) is prouve


@pytest.mark.parametrize(
    ("motif", "fins", "prouve"),
    [
        (r"ab\s*$", "b", True),
        (r"ab\s*$", "a", False),
        (r"ab\s*[,.]?\s*$", "b,.", True),
        (r"ab\s*[,.]?\s*$", "b,", False),
        (r"a[b ]$", "ab", True),  # « a » suivi d'une espace : « a » est le dernier non-blanc
        (r"a[b ]$", "b", False),
        (r"\s*$", "a", False),  # (que des blancs)
        (r"a\S*$", "a", False),  # (catégorie : non énumérée)
        (r"ab\s*$", "b ", False),  # (un blanc parmi les fins : jamais regardé)
    ],
)
def test_la_preuve_des_fins_apres_les_blancs(motif: str, fins: str, prouve: bool) -> None:
    assert _fin_prouvee(re.compile(motif), frozenset(fins), blancs=True) is prouve


def _premiers(suite: Any) -> tuple[set[str] | None, bool]:
    """Les caractères possibles à la position où commence une correspondance de la suite (le
    premier lu, ou celui que regarde une assertion en avant ; catégories écrites ``\\s``…), et
    vrai si rien ne le contraint (la suite peut ne rien lire)."""
    debuts: set[str] = set()
    for op, av in suite:
        if op is c.ASSERT and av[0] == 1:
            # (assertion en avant qui lit au moins un caractère : celui de la position, que la
            # garde regarde, est l'un de ses premiers ; une correspondance vide y commence)
            avant, vide_avant = _premiers(av[1])
            if avant is not None and not vide_avant:
                return debuts | avant, False
            continue
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.IN and any(o is c.CATEGORY for o, _ in av) and all(o in (c.CATEGORY, c.LITERAL) for o, _ in av):
            # (« [\\s.;] » : la catégorie écrite telle quelle, et les caractères)
            un: set[str] | None = {str(v) if o is c.CATEGORY else chr(v) for o, v in av}
            vide = False
        elif op is c.SUBPATTERN:
            un, vide = (None, False) if av[1] & re.IGNORECASE else _premiers(av[3])
        elif op is c.BRANCH:
            branches = [_premiers(b) for b in av[1]]
            if any(b is None for b, _ in branches):
                return None, False
            un = set().union(*(b for b, _ in branches))  # type: ignore[misc]
            vide = any(v for _, v in branches)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            un, vide = _premiers(av[2])
            vide = vide or av[0] == 0
        else:
            un, vide = _caracteres(op, av), False
        if un is None:
            return None, False
        debuts |= un
        if not vide:
            return debuts, False
    return debuts, True


def _garde_prouvee(motif: re.Pattern[str], premiers: str) -> bool:
    """Toute correspondance du motif commence par un caractère de la garde : un caractère
    lu par la classe, ou une catégorie (``\\s``) écrite telle quelle dans la garde."""
    debuts, vide = _premiers(analyseur.parse(motif.pattern, motif.flags))
    if debuts is None or vide:
        return False
    categories = {
        str(v) for op, av in analyseur.parse(f"[{premiers}]") if op is c.IN for o, v in av if o is c.CATEGORY
    }
    classe = re.compile(f"[{premiers}]", motif.flags)
    return all(d in categories or (len(d) == 1 and classe.fullmatch(d)) for d in debuts)


@pytest.mark.parametrize(
    ("motif", "premiers"),
    [(m, p) for m, p, _ in prefiltres.GARDES],
    ids=[m.pattern[:40] for m, _, _ in prefiltres.GARDES],
)
def test_chaque_garde_est_prouvee(motif: re.Pattern[str], premiers: str) -> None:
    assert _garde_prouvee(motif, premiers), motif.pattern[:120]


@pytest.mark.parametrize(
    ("motif", "premiers", "prouve"),
    [
        (r"\s+et\s|,|;", r"\s;,", True),
        (r"\s+et\s|,|;", r"\s,", False),
        (r"(?:ab)?c", "ac", True),
        (r"(?:ab)?c", "a", False),  # « c » seul
        (r"x?", "x", False),  # (peut ne rien lire)
        (r"\d+", r"\s", False),
        (r"(?:^|[\s.;])m", r"\s.;m", True),
        (r"(?:^|[\s.;])m", r"\s.;", False),  # (« m » au début du texte)
        (r"[\s.;]m", r"\s.", False),
        (r"(?<=a)b", "b", True),
        (r"(?<=a)(?=b)", "b", True),  # (vide : le caractère de la position est « b »)
        (r"(?<=a)(?=b)|c", "b", False),
        (r"(?=b)", "c", False),
        (r"x?(?=b)", "xb", True),
        (r"x?(?=b)", "b", False),  # (« x » lu d'abord)
        (r"(?=b?)", "b", False),  # (l'assertion peut ne rien lire)
        (r"(?!b)c", "b", False),
    ],
)
def test_la_preuve_des_gardes(motif: str, premiers: str, prouve: bool) -> None:
    assert _garde_prouvee(re.compile(motif), premiers) is prouve


def _debut_prouve(motif: re.Pattern[str], debuts: frozenset[str], blancs: bool) -> bool:
    """Toute correspondance du motif (jamais vide) commence par l'un des caractères, ou, avec
    ``blancs``, par un blanc (``\\s`` écrit tel quel). Sans casse, chaque lettre compte pour
    tous les caractères qu'elle lit."""
    suite = list(analyseur.parse(motif.pattern, motif.flags))
    if motif.flags & re.IGNORECASE:
        suite = _sans_casse(suite)
    premiers, vide = _premiers(suite)
    if premiers is None or vide:
        return False
    blanc = {str(v) for op, av in analyseur.parse(r"[\s]") if op is c.IN for _, v in av}
    return all(p in debuts or (blancs and p in blanc) for p in premiers) and not any(
        x.isspace() for x in debuts
    )


@pytest.mark.parametrize(
    ("motif", "debuts", "blancs"),
    prefiltres.DEBUTS,
    ids=[m.pattern[:40] for m, _, _ in prefiltres.DEBUTS],
)
def test_chaque_debut_requis_est_prouve(motif: re.Pattern[str], debuts: frozenset[str], blancs: bool) -> None:
    assert _debut_prouve(motif, debuts, blancs), motif.pattern[:120]


@pytest.mark.parametrize(
    ("motif", "debuts", "blancs", "prouve"),
    [
        (r"^\s*[-–•]\s+(?=\S)", "-–•", True, True),
        (r"^\s*[-–•]\s+(?=\S)", "-–•", False, False),  # (des blancs d'abord)
        (r"^\s*[-–•]\s+(?=\S)", "-•", True, False),
        (r"\s*\d{1,4}\s*", "0123456789", True, False),  # (\\d : une catégorie, non énumérée)
        (r"(?i)ab", "a", False, False),  # « A » aussi
        (r"(?i)ab", "aA", False, True),
        (r"(?i)kb", "kK", False, False),  # « K » (signe kelvin) aussi
        (r"a?", "a", False, False),  # (peut ne rien lire)
    ],
)
def test_la_preuve_des_debuts(motif: str, debuts: str, blancs: bool, prouve: bool) -> None:
    assert _debut_prouve(re.compile(motif), frozenset(debuts), blancs) is prouve


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


_MOTS_DES_LISTES = st.sampled_from(
    ["Mme", "M.", "Anne", "PETIT", ",", ", ", ";", " et ", " - ", "\t", "(", ")", "pouvoir à", " ",
     "qui", "de", "membres", "1er", "Adjoint", "d'", "Monsieur", "LUC", "é", "formant la majorité",
     " des membres", "procuration", "D", "Délégation", "s"]
)  # fmt: skip
_TEXTES_DE_LISTES = st.lists(_MOTS_DES_LISTES, max_size=10).map("".join) | st.text(max_size=30)


@given(texte=_TEXTES_DE_LISTES)
def test_une_garde_trouve_pareil(texte: str) -> None:
    for motif, _premiers, gardee in prefiltres.GARDES:
        assert gardee.split(texte) == motif.split(texte)
        assert [m.span() for m in gardee.finditer(texte)] == [m.span() for m in motif.finditer(texte)]


# _COLLES lit son premier blanc puis regarde les deux lettres qui le précèdent (la recherche
# saute aux blancs) : il découpe comme l'expression d'avant, qui regardait d'abord derrière elle
_COLLES_AVANT = re.compile(
    r"(?<=[A-Za-zÀ-ÿ'\-][A-Za-zÀ-ÿ\.])\s+(?=(?:Monsieur|Madame|Mademoiselle|Mme|Mlle|M\.|Mr|Mrs)\s+[A-Za-zÀ-ÿ])"
    r"(?![^()]*\))"
)


@given(texte=_TEXTES_DE_LISTES)
def test_les_noms_colles_se_decoupent_pareil(texte: str) -> None:
    assert personnes._COLLES.split(texte) == _COLLES_AVANT.split(texte)


@pytest.mark.parametrize(("reunie", "motifs"), _REUNIES)
@given(texte=st.lists(_MOTS_DES_FORMES, max_size=8).map("".join) | st.text(max_size=30))
def test_une_des_trouve_ce_que_trouve_l_une(
    reunie: re.Pattern[str], motifs: tuple[re.Pattern[str], ...], texte: str
) -> None:
    assert (reunie.match(texte) is not None) == any(m.match(texte) for m in motifs)
    assert (reunie.search(texte) is not None) == any(m.search(texte) for m in motifs)


@given(st.text(alphabet="ab ',()\t\né:", min_size=80, max_size=140))
def test_un_intitule_sans_deux_points_tient_en_une_ligne_courte(texte: str) -> None:
    """Le préfiltre de :func:`reconnaisseurs.section` : sans « : », ``_INTITULE`` ne lit
    qu'une ligne (sans blancs autour) de ``_INTITULE_MAX`` caractères au plus."""
    plat = texte.strip()
    if ":" not in plat and len(plat) > reconnaisseurs._INTITULE_MAX:
        assert reconnaisseurs._INTITULE.match(plat) is None
    assert reconnaisseurs._INTITULE.match("a" * reconnaisseurs._INTITULE_MAX) is not None


@given(st.text(alphabet="Tarif 2019-03:\t\u00a0٣²", max_size=40))
def test_un_numero_en_fin_finit_par_un_chiffre(texte: str) -> None:
    """Le préfiltre de :func:`reconnaisseurs.numero_en_fin` : ``_NUMERO_EN_FIN`` ne lit pas
    une ligne (sans blancs au bout) dont le dernier caractère n'est pas un chiffre."""
    propre = "T" + texte.strip()
    if not propre[-1:].isdigit():
        assert reconnaisseurs._NUMERO_EN_FIN.fullmatch(propre) is None
    assert reconnaisseurs._NUMERO_EN_FIN.fullmatch("Tarifs : 2019-3") is not None


@given(st.text(alphabet="Ab. :\tÉ", max_size=400))
def test_un_titre_a_deux_points_les_a_dans_ses_154_premiers_caracteres(texte: str) -> None:
    """Le préfiltre de ``analyse._titre_deux_points`` : ``_TITRE_DEUX_POINTS`` ne lit rien
    à une position sans « : » dans les 154 caractères qui la suivent."""
    texte = "Titre" + texte + " : Monsieur le Maire expose le rapport suivant"
    for debut in range(len(texte)):
        if texte.find(":", debut, debut + 154) < 0:
            assert analyse._TITRE_DEUX_POINTS.match(texte, debut) is None
    titre = "T" + "x" * 150 + "y"
    assert analyse._TITRE_DEUX_POINTS.match(f"{titre} : Monsieur le Maire expose le rapport") is not None


_MORCEAUX_OCR = st.sampled_from(
    ["Ie", "I'", "0BJET", "Mrne", "Contre", "Pour", ":", " ", "\t", "l", "I", "rn", "RN", "m",
     "unani", "té", "co", "mun", "e", "membre", "aire", "mandat", "ajorit", "x", "'", "1"]
)


@given(st.lists(_MORCEAUX_OCR, max_size=12).map("".join))
@example("Contre :\tl")
@example("Pour:I")
@example("Ie\tconseil")
@example("cornrnune rnernbres")
@settings(max_examples=400)
def test_fautes_ocr_gardees(texte: str) -> None:
    """Les chaînes qui gardent chaque correction d'OCR (``_FAUTES_OCR``, ``_RACINES_FAUTIVES``)
    n'écartent aucun texte que l'expression corrigerait : même résultat que sans elles."""
    from deliberations.extrait import normalisation

    sans_garde = texte
    for motif, correction, _mots in normalisation._FAUTES_OCR:
        sans_garde = motif.sub(correction, sans_garde)
    sans_garde = normalisation._RN_POUR_M.sub(normalisation._m, sans_garde)
    assert normalisation._ocr(texte) == sans_garde
