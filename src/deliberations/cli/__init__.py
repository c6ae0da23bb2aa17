"""La ligne de commande ``deliberations``.

Chaque sous-commande vit dans son propre module de ce paquet et s'y déclare par une
fonction ``ajouter(sous_parseurs)`` ; :func:`main` les assemble. Codes de sortie : 0 tout
va bien, 1 des erreurs ont été trouvées dans les données, 2 l'entrée est illisible, la sortie
ne peut pas être écrite ou la commande est mal formée, 70 erreur interne (le détail avec
l'option globale ``--debug``).

>>> main(["--version"])  # doctest: +ELLIPSIS
deliberations ...
0
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from deliberations import __version__
from deliberations.cli import actes, commun, exporter, extrait, modele, scdl, service, validation

__all__ = ["main"]

_MODULES = (modele, validation, scdl, extrait, actes, exporter, service)


class _Parseur(argparse.ArgumentParser):
    """``argparse`` en français, qui sort avec le code 2 sur une commande mal formée."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        traduit = message.replace("the following arguments are required", "arguments manquants")
        traduit = traduit.replace("unrecognized arguments", "arguments inconnus")
        traduit = traduit.replace("invalid choice", "choix invalide")
        sys.stderr.write(f"{self.prog} : erreur : {traduit}\n")
        raise SystemExit(2)


def construire_parseur() -> argparse.ArgumentParser:
    """Le parseur complet, avec toutes les sous-commandes."""
    parseur = _Parseur(
        prog="deliberations",
        description="Délibérations des collectivités locales : modèle, règles du CGCT, "
        "SCDL, @CTES, extraits du registre.",
    )
    parseur.add_argument("--version", action="store_true", help="affiche la version et s'arrête")
    parseur.add_argument(
        "--debug",
        action="store_true",
        help="en cas d'erreur, affiche aussi la trace Python complète (pour signaler un défaut)",
    )
    sous = parseur.add_subparsers(dest="commande", metavar="COMMANDE", parser_class=_Parseur)
    for module in _MODULES:
        module.ajouter(sous)
    return parseur


def main(argv: Sequence[str] | None = None) -> int:
    """Point d'entrée : exécute la commande et renvoie son code de sortie (voir
    :mod:`deliberations.cli.commun` pour la règle des codes)."""
    liste = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in liste[: liste.index("--")] if "--" in liste else "--debug" in liste
    return commun.proteger(lambda: _lancer(liste), debug=debug)


def _lancer(argv: list[str]) -> int:
    parseur = construire_parseur()
    arguments = parseur.parse_args(argv)
    if arguments.version:
        print(f"deliberations {__version__}")
        return commun.SORTIE_OK
    if arguments.commande is None:
        parseur.print_help()
        return commun.SORTIE_OK
    action: commun.Action = arguments.action
    return action(arguments)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
