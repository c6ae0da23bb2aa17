"""Préfiltres des expressions régulières les plus essayées : les mots sans lesquels une
expression ne peut rien trouver, cherchés avant elle.

Chercher un mot (``mot in texte``) coûte bien moins qu'une expression essayée à chaque
position d'une ligne ; la plupart des lignes n'ont aucun des mots, et l'expression n'est
alors pas lancée. Le résultat est le même : chaque préfiltre est vérifié contre son
expression par ``tests/extrait/test_prefiltres.py`` (toute correspondance possible de
l'expression contient l'un des mots), qui échoue si l'expression change sans lui.

:func:`une_des` réunit des expressions essayées l'une après l'autre en une seule, qui écarte
d'une recherche le texte qu'aucune ne lit.

Trois autres préfiltres, prouvés de même : :func:`fins_requises` (les caractères dont l'un
finit toute correspondance d'une expression ancrée à la fin par « $ », regardés avant elle
par :func:`finit_par_un`), :func:`debuts_requis` (ceux dont l'un la commence, regardés par
:func:`commence_par_un` avant une expression essayée au début du texte) et
:func:`avec_garde` (une assertion sur le premier caractère, qui écarte d'un seul test chaque
position d'une recherche où rien ne peut commencer).
"""

from __future__ import annotations

import re

PREFILTRES: list[tuple[re.Pattern[str], tuple[str, ...], bool]] = []
"""Chaque expression préfiltrée, ses mots, et vrai si les mots sont cherchés dans la forme
en minuscules sans accents du texte (:func:`deliberations.texte.minuscules_meme_longueur`)."""


def mots_requis(motif: re.Pattern[str], *mots: str, minuscules: bool = False) -> tuple[str, ...]:
    """Déclare les mots dont l'un figure dans tout texte où ``motif`` trouve quelque chose
    (cherchés dans la forme en minuscules sans accents du texte si ``minuscules``)."""
    PREFILTRES.append((motif, mots, minuscules))
    return mots


def contient_un(texte: str, mots: tuple[str, ...]) -> bool:
    """Vrai si le texte contient l'un des mots.

    >>> contient_un("séance du conseil", ("conseil", "bureau")), contient_un("vote", ("pour",))
    (True, False)
    """
    for mot in mots:  # noqa: SIM110 (boucle : plus rapide que any() et son générateur)
        if mot in texte:
            return True
    return False


FINS: list[tuple[re.Pattern[str], frozenset[str], bool]] = []
"""Chaque expression préfiltrée par ses derniers caractères, ces caractères, et vrai s'ils
sont regardés après les blancs de la fin (``blancs``)."""

GARDES: list[tuple[re.Pattern[str], str, re.Pattern[str]]] = []
"""Chaque expression gardée par :func:`avec_garde` (telle qu'écrite), sa classe de premiers
caractères et l'expression gardée."""

GARDES_DOUBLES: list[tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str]]] = []
"""Chaque expression gardée aussi par ses deux premiers caractères, ces débuts, et
l'expression gardée (vérifiées par ``tests/extrait/test_vitesse.py`` : mêmes
correspondances que l'expression telle qu'écrite sur les lignes du corpus et sur des textes
faits de ses mots)."""


def fins_requises(
    motif: re.Pattern[str], caracteres: str, *, blancs: bool = False
) -> frozenset[str]:
    """Déclare les caractères dont l'un finit toute correspondance de ``motif``, qui finit par
    « $ » (sans ``re.MULTILINE``) ; avec ``blancs``, l'un d'eux est le dernier caractère qui
    n'est pas un blanc (regardé dans ``texte.rstrip()``)."""
    fins = frozenset(caracteres)
    FINS.append((motif, fins, blancs))
    return fins


def finit_par_un(texte: str, fins: frozenset[str]) -> bool:
    """Vrai si le dernier caractère du texte, avant un « \\n » final (comme « $ »), est l'un
    des caractères.

    >>> fins = frozenset("ab")
    >>> finit_par_un("xa", fins), finit_par_un("xb\\n", fins), finit_par_un("ax", fins)
    (True, True, False)
    """
    if texte[-1:] == "\n":
        return texte[-2:-1] in fins
    return texte[-1:] in fins


def avec_garde(
    premiers: str, motif: re.Pattern[str], deux_premiers: tuple[str, ...] = ()
) -> re.Pattern[str]:
    """``motif`` précédé de l'assertion ``(?=[premiers])`` : toute correspondance commence par
    l'un de ces caractères (classe d'expression régulière), et une recherche écarte alors d'un
    seul test chaque position où elle ne peut pas commencer, au lieu d'y essayer chaque
    alternative. Mêmes correspondances, mêmes groupes.

    ``deux_premiers`` (facultatif) : les débuts de deux caractères possibles (expressions
    courtes, « a[bu] »), regardés ensuite ; la position est écartée sans essayer les
    alternatives si aucun ne convient (:data:`GARDES_DOUBLES`).

    >>> avec_garde(r"\\d", re.compile(r"\\d+ voix|\\d+ pour")).pattern
    '(?=[\\\\d])(?:\\\\d+ voix|\\\\d+ pour)'
    """
    deux = f"(?={'|'.join(deux_premiers)})" if deux_premiers else ""
    gardee = re.compile(f"(?=[{premiers}]){deux}(?:{motif.pattern})", motif.flags)
    GARDES.append((motif, premiers, gardee))
    if deux_premiers:
        GARDES_DOUBLES.append((motif, deux_premiers, gardee))
    return gardee



DEBUTS: list[tuple[re.Pattern[str], frozenset[str], bool]] = []
"""Chaque expression préfiltrée par son premier caractère, ces caractères, et vrai si elle
peut aussi commencer par des blancs."""


def debuts_requis(
    motif: re.Pattern[str], caracteres: str, *, blancs: bool = False
) -> frozenset[str]:
    """Déclare les caractères dont l'un commence toute correspondance de ``motif`` (jamais
    vide), essayé au début du texte (``match``, ``fullmatch``) ; avec ``blancs``, elle peut
    aussi commencer par un blanc."""
    debuts = frozenset(caracteres)
    DEBUTS.append((motif, debuts, blancs))
    return debuts


def commence_par_un(texte: str, debuts: frozenset[str], blancs: bool = False) -> bool:
    """Vrai si le premier caractère du texte est l'un des caractères (ou, avec ``blancs``, un
    blanc) : sinon l'expression déclarée par :func:`debuts_requis` n'y trouve rien.

    >>> debuts = frozenset("-•")
    >>> commence_par_un("- a", debuts), commence_par_un(" - a", debuts, True), commence_par_un("", debuts)
    (True, True, False)
    """
    premier = texte[:1]
    return premier in debuts or (blancs and premier.isspace())


_DRAPEAUX = ((re.I, "i"), (re.M, "m"), (re.S, "s"), (re.X, "x"))
_GROUPE_NOMME = re.compile(r"\(\?P<\w+>")


def une_des(motifs: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """Une seule expression qui trouve ce que trouve l'une des expressions (groupes nommés
    rendus anonymes, drapeaux gardés) : un texte qu'aucune ne lit est écarté en une recherche
    au lieu d'une par expression.

    >>> une_des((re.compile("(?P<n>[0-9]+) voix"), re.compile("unanimit", re.I))).pattern
    '(?:(?:[0-9]+) voix)|(?i:unanimit)'
    """

    def une(motif: re.Pattern[str]) -> str:
        drapeaux = (c for f, c in _DRAPEAUX if motif.flags & f)
        return f"(?{''.join(drapeaux)}:" + _GROUPE_NOMME.sub("(?:", motif.pattern) + ")"

    return re.compile("|".join(une(motif) for motif in motifs))
