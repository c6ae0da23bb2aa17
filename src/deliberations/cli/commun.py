"""Outils partagés par les sous-commandes : exécution, erreurs, codes de sortie."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from deliberations.erreurs import ErreurDeliberations

SORTIE_OK = 0
SORTIE_CONSTATS = 1
SORTIE_ILLISIBLE = 2

Action = Callable[[argparse.Namespace], int]


def executer(arguments: argparse.Namespace) -> int:
    """Lance l'action de la sous-commande ; une erreur de la bibliothèque donne le code 2."""
    action: Action = arguments.action
    try:
        return action(arguments)
    except ErreurDeliberations as erreur:
        print(f"deliberations : {erreur}", file=sys.stderr)
        return SORTIE_ILLISIBLE
