"""Sous-commandes du modèle : ``resumer`` et ``schema``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from deliberations.cli.commun import SORTIE_OK, option_taille_max, texte_affichable
from deliberations.model import lire_json, schema_json


def ajouter(sous: Any) -> None:
    """Déclare les sous-commandes ``resumer`` et ``schema``."""
    resumer = sous.add_parser(
        "resumer",
        help="affiche le résumé des séances d'un fichier JSON du modèle",
        description="Charge un fichier JSON du modèle (registre ou séance) et affiche le "
        "résumé de chaque séance.",
    )
    resumer.add_argument("fichier", help="fichier JSON (registre ou séance), ou - (entrée standard)")
    option_taille_max(resumer, "json")
    resumer.set_defaults(action=_resumer)

    schema = sous.add_parser(
        "schema",
        help="affiche le schéma JSON du format des fichiers du modèle",
        description="Affiche le schéma JSON (draft 2020-12) des fichiers registre.",
    )
    schema.set_defaults(action=_schema)


def _resumer(arguments: argparse.Namespace) -> int:
    registre = lire_json(arguments.fichier, taille_max=arguments.taille_max)
    for i, seance in enumerate(registre.seances):
        print(("\n" if i else "") + texte_affichable(seance.resume()))
    return SORTIE_OK


def _schema(arguments: argparse.Namespace) -> int:
    print(json.dumps(schema_json(), ensure_ascii=False, indent=2))
    return SORTIE_OK
