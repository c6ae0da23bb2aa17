"""Le schéma SCDL « deliberations » 2.1.5, écrit d'après sa documentation.

17 colonnes dans cet ordre, dont 7 obligatoires ; types ``string``, ``date`` (ISO
``AAAA-MM-JJ``), ``integer`` et ``uri`` ; trois motifs ; onze contrôles personnalisés que
seul Validata applique.

>>> print(*NOMS[:3])
COLL_NOM COLL_SIRET DELIB_ID
>>> len(COLONNES), len(OBLIGATOIRES)
(17, 7)
"""

from __future__ import annotations

import re

import attrs

__all__ = [
    "COLONNES",
    "NIVEAUX1_NOMENCLATURE",
    "NOMS",
    "OBLIGATOIRES",
    "VERSION",
    "Colonne",
]

VERSION = "2.1.5"


@attrs.frozen
class Colonne:
    """Une colonne du schéma : nom, type, obligation, motif éventuel, titre."""

    nom: str
    type: str
    obligatoire: bool
    titre: str
    motif: re.Pattern[str] | None = None
    exemple: str = ""


COLONNES: tuple[Colonne, ...] = (
    Colonne("COLL_NOM", "string", True, "Nom de la collectivité", exemple="Ville de Poitiers"),
    Colonne(
        "COLL_SIRET",
        "string",
        True,
        "Code SIRET de la collectivité",
        re.compile(r"^\d{14}$"),
        "21860194600013",
    ),
    Colonne("DELIB_ID", "string", True, "Identifiant de la délibération", exemple="1DL15494"),
    Colonne("DELIB_DATE", "date", True, "Date d'adoption de la délibération", exemple="2017-10-15"),
    Colonne(
        "DELIB_MATIERE_CODE",
        "string",
        True,
        "Code de matière issu de la nomenclature ACTES",
        re.compile(r"^\d\.\d{1,2}$"),
        "8.4",
    ),
    Colonne("DELIB_MATIERE_NOM", "string", True, "Nom de matière"),
    Colonne("DELIB_OBJET", "string", True, "Objet de la délibération"),
    Colonne(
        "BUDGET_ANNEE",
        "string",
        False,
        "Année du budget",
        re.compile(r"^[0-9]{4}(/[0-9]{4})?$"),
        "2017/2018",
    ),
    Colonne("BUDGET_NOM", "string", False, "Nom du budget"),
    Colonne("PREF_ID", "string", False, "Identifiant de l'entité exerçant le contrôle de légalité"),
    Colonne("PREF_DATE", "date", False, "Date d'enregistrement auprès du contrôle de légalité"),
    Colonne("VOTE_EFFECTIF", "integer", False, "Effectif théorique des votants"),
    Colonne("VOTE_REEL", "integer", False, "Effectif réel des votants"),
    Colonne("VOTE_POUR", "integer", False, "Pour"),
    Colonne("VOTE_CONTRE", "integer", False, "Contre"),
    Colonne("VOTE_ABSTENTION", "integer", False, "Abstention"),
    Colonne("DELIB_URL", "uri", False, "Lien vers le document de la délibération"),
)

NOMS: tuple[str, ...] = tuple(c.nom for c in COLONNES)
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
