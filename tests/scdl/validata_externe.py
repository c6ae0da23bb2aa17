"""Programme lancé dans l'environnement virtuel de validata-table (``.venv-validata``).

La comparaison avec validata-table est une vérification de l'équipe, pas un besoin des
utilisateurs : validata-table (qui épingle d'anciennes versions de python-stdnum, Flask…)
vit dans un environnement à part, créé par ``.ci/run``. Les tests appellent ce programme
avec le Python de cet environnement (variable ``DELIBERATIONS_VALIDATA_PYTHON``) :

    python validata_externe.py validata|frictionless FICHIER.csv SCHEMA.json

Il écrit sur sa sortie le rapport JSON (``{"valid": …, "errors": […]}``), ou
``{"plantage": "TypeDErreur"}`` quand l'outil plante sur le fichier.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


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
            resultat = frictionless.validate(str(fichier), schema=str(schema))
        print(json.dumps({"valid": resultat.valid, "errors": []}))


if __name__ == "__main__":
    main()
