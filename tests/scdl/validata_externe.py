"""Programme lancé dans l'environnement virtuel de validata-table (``.venv-validata``).

La comparaison avec validata-table est une vérification de l'équipe, pas un besoin des
utilisateurs : validata-table (qui épingle d'anciennes versions de python-stdnum, Flask…)
vit dans un environnement à part, créé par ``.ci/run``. Les tests appellent ce programme
avec le Python de cet environnement (variable ``DELIBERATIONS_VALIDATA_PYTHON``) :

    python validata_externe.py validata|frictionless|paquet FICHIER SCHEMA.json

(``paquet`` : FICHIER est un ``datapackage.json`` validé par frictionless ; le schéma donné
est ignoré.) Les tests passent par :func:`lancer`, qui saute le test sans cet environnement.

Il écrit sur sa sortie le rapport JSON (``{"valid": …, "errors": […]}``), ou
``{"plantage": "TypeDErreur"}`` quand l'outil plante sur le fichier.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


class Plantage(Exception):
    """validata-table (ou frictionless) a planté sur le fichier."""


def lancer(outil: str, fichier: Path, schema: Path) -> dict[str, Any]:
    """Lance ce programme dans l'environnement de validata-table ; saute le test sans lui."""
    import pytest

    python = os.environ.get("DELIBERATIONS_VALIDATA_PYTHON")
    if not python:
        pytest.skip(
            "validata-table absent : lancez .ci/run, ou créez un environnement avec "
            "validata-table==0.12.5 et frictionless, et donnez son Python dans "
            "DELIBERATIONS_VALIDATA_PYTHON"
        )
    sortie = subprocess.run(
        [python, __file__, outil, str(fichier), str(schema)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    resultat: dict[str, Any] = json.loads(sortie.stdout)
    if "plantage" in resultat:
        raise Plantage(resultat["plantage"])
    return resultat


def main() -> None:
    outil, fichier, schema = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    try:
        _valider(outil, fichier, schema)
    except Exception as erreur:  # le plantage de l'outil est un résultat comparé par les tests
        print(json.dumps({"plantage": type(erreur).__name__}))


def _valider(outil: str, fichier: Path, schema: Path) -> None:
    if outil == "validata":
        import validata_core

        ressource = validata_core.resource_service.from_file_content(
            fichier.name, fichier.read_bytes()
        )
        rapport = validata_core.validation_service.validate_resource(
            ressource, json.loads(schema.read_text("utf-8"))
        ).to_dict()
        erreurs = [
            {cle: e.get(cle) for cle in ("rowNumber", "fieldName", "type")}
            for e in rapport["errors"]
        ]
        print(json.dumps({"valid": rapport["valid"], "errors": erreurs}))
    else:
        import frictionless

        with frictionless.system.use_context(trusted=True):
            if outil == "paquet":
                resultat = frictionless.validate(str(fichier))
            else:
                resultat = frictionless.validate(str(fichier), schema=str(schema))
        print(json.dumps({"valid": resultat.valid, "errors": []}))


if __name__ == "__main__":
    main()
