"""Normalisation de textes français pour les comparer sans se soucier de la casse ni des accents.

>>> cle_texte("  Jean-marc   GONÇALVES ")
'jean-marc goncalves'
>>> cle_texte("Vœux et motions") == cle_texte("VOEUX ET MOTIONS")
True
>>> sans_accents("Élection exécutif")
'Election executif'
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = [
    "INVISIBLES",
    "base_meme_longueur",
    "cle_texte",
    "echappe_invisibles",
    "espaces_normalises",
    "json_sans_invisibles",
    "minuscules_meme_longueur",
    "sans_accents",
    "sans_invisibles",
]

_LIGATURES = str.maketrans(
    {
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "‐": "-",
        "‑": "-",
        "–": "-",
        "—": "-",
        "\u00a0": " ",
        "\u202f": " ",
    }
)
_ESPACES = re.compile(r"\s+")


class _TableBase(dict[int, str]):
    """Table de ``str.translate`` : chaque caractère vers sa lettre de base (calculée une fois)."""

    def __missing__(self, code: int) -> str:
        caractere = chr(code)
        decompose = unicodedata.normalize("NFKD", caractere)
        base = "".join(c for c in decompose if not unicodedata.combining(c))
        valeur = base[:1] if len(base) >= 1 else caractere
        self[code] = valeur
        return valeur


_BASE = _TableBase()


class _TableSansAccents(dict[int, str]):
    """Table de ``str.translate`` : chaque caractère sans ligature (``_LIGATURES``), décomposé
    (NFKD) et sans ses signes combinants, calculé une fois (au plus :data:`_TABLE_MAX`
    caractères gardés : un texte hostile aux milliers de caractères distincts ne la fait pas
    grossir sans fin). La décomposition ne dépend que du caractère : la table donne le même
    texte que la normalisation de la chaîne entière, caractère par caractère en C."""

    def __missing__(self, code: int) -> str:
        decompose = unicodedata.normalize("NFKD", chr(code).translate(_LIGATURES))
        valeur = "".join(c for c in decompose if not unicodedata.combining(c))
        if len(self) < _TABLE_MAX:
            self[code] = valeur
        return valeur


_TABLE_MAX = 8192
_SANS_ACCENTS = _TableSansAccents()


@functools.lru_cache(maxsize=65536)
def sans_accents(texte: str) -> str:
    """Retire les accents et les ligatures (``œ`` devient ``oe``), garde la casse."""
    return texte if texte.isascii() else texte.translate(_SANS_ACCENTS)


def base_meme_longueur(texte: str) -> str:
    """Chaque caractère remplacé par sa lettre de base : même longueur, positions conservées.

    >>> base_meme_longueur("Élu·e œuvre")
    'Elu·e œuvre'
    """
    return texte if texte.isascii() else texte.translate(_BASE)


@functools.lru_cache(maxsize=8192)
def minuscules_meme_longueur(texte: str) -> str:
    """Minuscules sans accents, même longueur que le texte (positions conservées) : la forme
    sur laquelle les reconnaisseurs cherchent, une fois par ligne (en cache : chaque ligne
    passe par une vingtaine de reconnaisseurs).

    >>> minuscules_meme_longueur("Séance du Conseil")
    'seance du conseil'
    """
    plat = base_meme_longueur(texte).lower()
    return plat if len(plat) == len(texte) else texte.lower()


def espaces_normalises(texte: str) -> str:
    """Remplace toute suite de blancs (espaces insécables comprises) par une espace et retire
    les blancs aux extrémités ; les autres caractères sont gardés tels quels.

    >>> espaces_normalises("  l’État\u00a0et  Æsop ")
    'l’État et Æsop'
    """
    if "  " not in texte and texte.isprintable():
        # Un texte imprimable n'a pour blanc que l'espace ASCII : sans double espace, il n'y
        # a rien à remplacer (le cas courant, sans expression régulière).
        return texte.strip()
    return _ESPACES.sub(" ", texte).strip()


@functools.lru_cache(maxsize=65536)
def cle_texte(texte: str) -> str:
    """Clé de comparaison : sans accents, en minuscules, blancs normalisés."""
    return espaces_normalises(sans_accents(texte)).casefold()


# Caractères qu'aucun texte du modèle ne garde : contrôles C0 (sauf tabulation et fins de
# ligne) et C1, mise en forme bidirectionnelle (U+202E renverse l'affichage), moitiés de paires
# de substitution isolées (aucun encodage ne peut les écrire).
INVISIBLES = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SUBSTITUTS = re.compile("[\ud800-\udfff]")


def sans_invisibles(texte: str) -> str:
    """Neutralise les caractères :data:`INVISIBLES` : un contrôle devient une espace, une
    marque bidirectionnelle disparaît, une moitié de paire de substitution devient U+FFFD.

    >>> sans_invisibles("rouge\\x1b[31m\\u202eenvers")
    'rouge [31menvers'
    """
    if texte.isprintable() or not INVISIBLES.search(texte):
        return texte
    texte = _SUBSTITUTS.sub("\ufffd", _BIDI.sub("", texte))
    return INVISIBLES.sub(" ", texte)


def echappe_invisibles(texte: str) -> str:
    """Écrit les caractères :data:`INVISIBLES` sous la forme ``\\x1b`` ou ``\\u202e``, pour les
    afficher sans danger sur un terminal.

    >>> echappe_invisibles("a\\x1b[31m\\u202eb")
    'a\\\\x1b[31m\\\\u202eb'
    """
    if texte.isprintable() or not INVISIBLES.search(texte):
        return texte
    return INVISIBLES.sub(lambda m: ascii(m.group())[1:-1], texte)


def json_sans_invisibles(texte_json: str) -> str:
    """Un texte JSON où les caractères :data:`INVISIBLES` sont écrits ``\\u001b``,
    ``\\u202e`` : le même JSON, sans rien qui pilote un terminal ni qu'un encodage refuse.

    >>> json_sans_invisibles('["a\u202eb"]')
    '["a\\\\u202eb"]'
    """
    if texte_json.isascii() and texte_json.isprintable():
        return texte_json
    return INVISIBLES.sub(lambda m: f"\\u{ord(m.group()):04x}", texte_json)
