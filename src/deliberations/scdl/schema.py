"""Le schéma SCDL « deliberations », lu depuis un fichier Table Schema livré avec le paquet.

Le fichier ``schemas/deliberations-<version>.json`` porte les faits publiés du schéma :
colonnes dans l'ordre, types (``string``, ``date``, ``integer``…), format ``uri``,
contraintes (``required``, ``pattern``, ``enum``, ``maxLength``…) et contrôles
personnalisés de Validata (``custom_checks``). Une nouvelle version du schéma est un
nouveau fichier, pas du code : le validateur est compilé depuis ce fichier
(:mod:`deliberations.scdl.controles`).

>>> print(*NOMS[:3])
COLL_NOM COLL_SIRET DELIB_ID
>>> len(COLONNES), len(OBLIGATOIRES), len(SCHEMA.controles)
(17, 7, 11)
>>> SCHEMA.url
'https://schema.data.gouv.fr/schemas/scdl/deliberations/2.1.5/schema.json'
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

import attrs

from deliberations.erreurs import ErreurDeliberations

__all__ = [
    "COLONNES",
    "NIVEAUX1_NOMENCLATURE",
    "NOMS",
    "OBLIGATOIRES",
    "SCHEMA",
    "VERSION",
    "Colonne",
    "SchemaSCDL",
    "charger_schema",
]

VERSION = "2.1.5"


@attrs.frozen
class Colonne:
    """Une colonne du schéma : nom, type, obligation, motif, format, contraintes, titre."""

    nom: str
    type: str
    obligatoire: bool
    titre: str
    motif: re.Pattern[str] | None = None
    exemple: str = ""
    format: str = "default"
    contraintes: tuple[tuple[str, Any], ...] = ()


@attrs.frozen
class SchemaSCDL:
    """Un schéma lu : version, adresse officielle, colonnes, contrôles personnalisés."""

    version: str
    url: str
    colonnes: tuple[Colonne, ...]
    controles: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]

    @property
    def noms(self) -> tuple[str, ...]:
        """Les noms de colonnes, dans l'ordre du schéma."""
        return tuple(c.nom for c in self.colonnes)


def _colonne(champ: dict[str, Any]) -> Colonne:
    contraintes = dict(champ.get("constraints", {}))
    motif = contraintes.pop("pattern", None)
    return Colonne(
        nom=champ["name"],
        type=champ.get("type", "string"),
        obligatoire=bool(contraintes.pop("required", False)),
        titre=champ.get("title", champ["name"]),
        motif=re.compile(motif) if motif else None,
        exemple=str(champ.get("example", "")),
        format=champ.get("format", "default"),
        contraintes=tuple(sorted(contraintes.items())),
    )


@functools.lru_cache(maxsize=8)
def charger_schema(version: str = VERSION) -> SchemaSCDL:
    """Lit le schéma livré pour ``version`` ; :class:`ErreurDeliberations` s'il n'existe pas."""
    fichier = resources.files("deliberations.scdl") / "schemas" / f"deliberations-{version}.json"
    try:
        brut = json.loads(fichier.read_text(encoding="utf-8"))
    except (OSError, ValueError) as erreur:
        raise ErreurDeliberations(
            f"Schéma SCDL « deliberations » {version} absent ou illisible ({type(erreur).__name__})."
        ) from None
    return SchemaSCDL(
        version=brut["version"],
        url=brut["x-url"],
        colonnes=tuple(_colonne(c) for c in brut["fields"]),
        controles=tuple(
            (c["name"], tuple(sorted(c.get("params", {}).items())))
            for c in brut.get("custom_checks", ())
        ),
    )


SCHEMA = charger_schema(VERSION)
COLONNES: tuple[Colonne, ...] = SCHEMA.colonnes
NOMS: tuple[str, ...] = SCHEMA.noms
OBLIGATOIRES: frozenset[str] = frozenset(c.nom for c in COLONNES if c.obligatoire)

NIVEAUX1_NOMENCLATURE: tuple[str, ...] = (
    "Commande publique",
    "Urbanisme",
    "Domaine et patrimoine",
    "Fonction publique",
    "Institutions et vie politique",
    "Libertés publiques et pouvoirs de police",
    "Finances locales",
    "Domaines de compétences par thèmes",
    "Autres domaines de compétences",
)
"""Les 9 intitulés de niveau 1 que le contrôle ``nomenclature-acte`` de Validata reconnaît."""
