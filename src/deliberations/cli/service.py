"""Sous-commande ``serve`` : le service HTTP et sa page web (extra ``web``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from deliberations.cli.commun import SORTIE_ILLISIBLE, SORTIE_OK
from deliberations.fichiers import MIO


def ajouter(sous: Any) -> None:
    """Déclare la sous-commande ``serve``."""
    p = sous.add_parser(
        "serve",
        help="lance le service HTTP (API JSON et page web ; extra « web »)",
        description="Lance le service HTTP : l'API JSON des vérifications (description "
        "OpenAPI à /openapi.json) et la page web à /. Écoute 127.0.0.1 par défaut.",
    )
    p.add_argument("--host", default="127.0.0.1", help="adresse d'écoute (127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port d'écoute (8000)")
    p.add_argument(
        "--taille-max",
        type=int,
        default=200,
        metavar="MIO",
        help="taille maximale d'un envoi, en Mio (200)",
    )
    p.add_argument(
        "--delai",
        type=float,
        default=60.0,
        metavar="SECONDES",
        help="temps maximal de traitement d'une requête (60)",
    )
    p.add_argument(
        "--memoire-max",
        type=int,
        default=2048,
        metavar="MIO",
        help="mémoire maximale d'un traitement, en Mio (2048)",
    )
    p.add_argument("--travaux", type=int, default=4, help="traitements simultanés (4)")
    p.set_defaults(action=_servir)


def _servir(arguments: argparse.Namespace) -> int:
    try:
        import uvicorn

        from deliberations.web import Configuration, creer_application
    except ImportError:
        print(
            "deliberations : le service demande l'extra « web » : "
            "pip install 'deliberations[web]'.",
            file=sys.stderr,
        )
        return SORTIE_ILLISIBLE
    try:
        configuration = Configuration(
            taille_max=arguments.taille_max * MIO,
            delai=arguments.delai,
            memoire_max=arguments.memoire_max * MIO,
            travaux_simultanes=arguments.travaux,
        )
    except ValueError as erreur:
        print(f"deliberations : {erreur}", file=sys.stderr)
        return SORTIE_ILLISIBLE
    uvicorn.run(
        creer_application(configuration),
        host=arguments.host,
        port=arguments.port,
        log_level="warning",
    )
    return SORTIE_OK
