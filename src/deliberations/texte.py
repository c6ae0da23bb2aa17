"""Normalisation de textes français pour les comparer sans se soucier de la casse ni des accents.

>>> cle_texte("  Jean-marc   GONÇALVES ")
'jean-marc goncalves'
>>> cle_texte("Vœux et motions") == cle_texte("VOEUX ET MOTIONS")
True
>>> sans_accents("Élection exécutif")
'Election executif'
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["cle_texte", "espaces_normalises", "sans_accents"]

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


def sans_accents(texte: str) -> str:
    """Retire les accents et les ligatures (``œ`` devient ``oe``), garde la casse."""
    decompose = unicodedata.normalize("NFKD", texte.translate(_LIGATURES))
    return "".join(c for c in decompose if not unicodedata.combining(c))


def espaces_normalises(texte: str) -> str:
    """Remplace toute suite de blancs par une espace et retire les blancs aux extrémités."""
    return _ESPACES.sub(" ", texte.translate(_LIGATURES)).strip()


def cle_texte(texte: str) -> str:
    """Clé de comparaison : sans accents, en minuscules, blancs normalisés."""
    return espaces_normalises(sans_accents(texte)).casefold()
