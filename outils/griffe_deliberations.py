"""Extension griffe de la documentation (mkdocstrings) : rendu des docstrings du paquet.

- les exemples ``>>>`` (doctests) deviennent des blocs de code ``pycon`` : ils s'affichent
  comme du code (et le XML qu'ils contiennent reste visible) au lieu de citations imbriquées ;
- les rôles Sphinx (``:func:`x```, ``:class:`~a.B```…) deviennent du code en ligne.

Le texte source des docstrings n'est pas modifié : les doctests restent exécutés tels quels.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:func|class|mod|meth|attr|data|exc|obj|const|py:\w+):`(~?)([^`]+)`")


def _role(trouve: re.Match[str]) -> str:
    cible = trouve.group(2)
    if trouve.group(1):
        cible = cible.rsplit(".", 1)[-1]
    return f"`{cible}`"


def exemples_en_code(texte: str) -> str:
    """Entoure chaque suite de lignes ``>>>`` (avec leurs résultats) d'un bloc de code."""
    lignes = texte.split("\n")
    sortie: list[str] = []
    dans_bloc = dans_clotures = False
    marge = ""
    for ligne in lignes:
        nue = ligne.strip()
        if nue.startswith("```"):
            dans_clotures = not dans_clotures
        if dans_bloc and not nue:
            sortie.append(f"{marge}```")
            dans_bloc = False
        elif not dans_bloc and not dans_clotures and nue.startswith(">>>"):
            marge = ligne[: len(ligne) - len(ligne.lstrip())]
            if sortie and sortie[-1].strip():
                sortie.append("")
            sortie.append(f"{marge}```pycon")
            dans_bloc = True
        sortie.append(ligne)
    if dans_bloc:
        sortie.append(f"{marge}```")
    return "\n".join(sortie)


class RenduDocstrings(griffe.Extension):
    """Réécrit les docstrings au chargement (voir le module)."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            valeur = _ROLE.sub(_role, obj.docstring.value)
            obj.docstring.value = exemples_en_code(valeur)
