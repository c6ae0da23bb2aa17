"""Sous-commande ``exporter popolo`` : un fichier du modèle vers Popolo / Open Civic Data."""

from __future__ import annotations

import argparse
import json
from typing import Any

from deliberations.cli.commun import SORTIE_OK
from deliberations.fichiers import ecrire_atomique
from deliberations.model import lire_json


def ajouter(sous: Any) -> None:
    """Déclare le groupe ``exporter``."""
    groupe = sous.add_parser("exporter", help="exporte vers un autre standard (popolo)")
    formats = groupe.add_subparsers(dest="format_export", metavar="FORMAT", required=True)
    p = formats.add_parser(
        "popolo",
        help="personnes, mandats, séances, délibérations et scrutins au format Popolo (JSON)",
        description="Écrit le document Popolo / Open Civic Data des séances d'un fichier JSON "
        "du modèle ; les procurations suivent l'extension documentée (proxies, proxy_for). "
        "Code de sortie : 0 écrit, 2 entrée illisible.",
    )
    p.add_argument("seance", help="séance ou registre au format JSON du modèle")
    p.add_argument("-o", "--sortie", help="fichier JSON à écrire (sortie standard sinon)")
    p.add_argument("--force", action="store_true", help="remplace un fichier de sortie existant")
    p.set_defaults(action=_popolo)


def _popolo(arguments: argparse.Namespace) -> int:
    from deliberations.popolo import exporter_popolo

    texte = json.dumps(exporter_popolo(lire_json(arguments.seance)), ensure_ascii=False, indent=2)
    if arguments.sortie:
        contenu = (texte + "\n").encode("utf-8")
        ecrire_atomique(
            arguments.sortie, contenu, ecraser=arguments.force, entrees=[arguments.seance]
        )
    else:
        print(texte)
    return SORTIE_OK
