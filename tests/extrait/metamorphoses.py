"""Transformations d'un document comme en fait un copier-coller réel (apostrophes, espaces
insécables, fins de ligne, texte aplati, capitales, ligatures, pieds de page) : partagées par
le test métamorphique et ``benchmarks/extrait_metamorphique.py``."""

from __future__ import annotations

import re
from collections.abc import Callable


def _pied_de_page(texte: str) -> str:
    lignes = texte.split("\n")
    sortie: list[str] = []
    for rang, ligne in enumerate(lignes, start=1):
        sortie.append(ligne)
        if rang % 40 == 0:
            sortie += ["", f"Page {rang // 40} sur {len(lignes) // 40 + 1}", ""]
    return "\n".join(sortie)


def _majuscules_en_tete(texte: str) -> str:
    lignes = texte.split("\n")
    return "\n".join(ligne.upper() if rang < 8 else ligne for rang, ligne in enumerate(lignes))


TRANSFORMATIONS: dict[str, Callable[[str], str]] = {
    "apostrophes typographiques": lambda t: t.replace("'", "\u2019"),
    "apostrophes droites": lambda t: t.replace("\u2019", "'"),
    "espaces insécables": lambda t: re.sub(r" (?=[:;!?])", "\u00a0", t).replace("M. ", "M.\u00a0"),
    "fins de ligne Windows": lambda t: t.replace("\n", "\r\n"),
    "interlignes doublés": lambda t: t.replace("\n", "\n\n"),
    "texte aplati": lambda t: re.sub(r"\s*\n\s*", " ", t),
    "en-tête en capitales": _majuscules_en_tete,
    "ligatures de PDF": lambda t: t.replace("fi", "\ufb01").replace("fl", "\ufb02"),
    "pieds de page": _pied_de_page,
}
