"""deliberations : les délibérations des collectivités locales françaises, en données.

Tout ce dont une application a besoin s'importe depuis la racine du paquet :

>>> import deliberations as dl
>>> seance = dl.lire_seance("examples/seance-dijon-metropole-2024-09-26.json")
>>> rapport = dl.valider(seance)
>>> rapport.ok, len(seance.deliberations) > 0
(True, True)
>>> dl.Elu(nom="DUPONT", civilite="madame").civilite is dl.Civilite.MADAME
True

Les parties du paquet :

- `deliberations.model` : le modèle typé (collectivités, assemblées, élus, mandats,
  séances, présences, procurations, délibérations, scrutins, votes) et son JSON ;
- `deliberations.identifiants` : SIREN, SIRET, codes de département et d'arrondissement ;
- `deliberations.nomenclature` : natures d'actes et matières de la classification ACTES ;
- `deliberations.validation` : les règles du CGCT appliquées à une séance (constats) ;
- `deliberations.scdl` : le format open data SCDL « délibérations » (écrire, lire, valider) ;
- `deliberations.extrait` : la lecture des extraits du registre et des procès-verbaux ;
- `deliberations.actes` : le protocole @CTES du contrôle de légalité ;
- `deliberations.popolo` : l'export Popolo / Open Civic Data ;
- `deliberations.rapport_html` : le rapport de validation en une page HTML autonome ;
- `deliberations.erreurs` : les exceptions, toutes dérivées de `ErreurDeliberations` ;
- `deliberations.texte` : normalisation du texte (blancs, clés de comparaison) ;
- `deliberations.cli` : la ligne de commande ``deliberations``.

Les noms de la racine sont chargés à la première utilisation : ``import deliberations``
reste léger.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover - pour les vérificateurs de types seulement
    from deliberations.erreurs import (
        DonneesInvalides,
        ElementIntrouvable,
        ErreurDeliberations,
        FichierIllisible,
        IdentifiantInvalide,
    )
    from deliberations.extrait import ResultatExtrait, lire_extrait
    from deliberations.model import (
        Assemblee,
        Budget,
        Candidat,
        CategorieDeliberation,
        ChoixVote,
        Civilite,
        Collectivite,
        DecomptesDeclares,
        Deliberation,
        Demission,
        Elu,
        FaitNonEtabli,
        Fonction,
        InvariantViole,
        Mandat,
        ModeScrutin,
        MotifRetrait,
        NatureActe,
        Organe,
        Presence,
        Procuration,
        Registre,
        ResultatVote,
        Retrait,
        RoleMandat,
        Scrutin,
        Seance,
        StatutPresence,
        Transmission,
        TypeCollectivite,
        TypeInvalide,
        TypeSeance,
        Vote,
        depuis_dict,
        ecrire_json,
        lire_json,
        lire_seance,
        schema_json,
        vers_dict,
        vers_json,
    )
    from deliberations.popolo import exporter_popolo
    from deliberations.rapport_html import ecrire_html, vers_html
    from deliberations.scdl import (
        EcrivainSCDL,
        LecteurSCDL,
        LigneSCDL,
        ecrire_scdl,
        lire_scdl,
        valider_scdl,
    )
    from deliberations.validation import (
        Catalogue,
        Constat,
        Rapport,
        Severite,
        valider,
    )

# Nom exporté -> module qui le définit.
_EMPLACEMENTS: dict[str, str] = {
    **dict.fromkeys(
        [
            "Assemblee",
            "Budget",
            "Candidat",
            "CategorieDeliberation",
            "ChoixVote",
            "Civilite",
            "Collectivite",
            "DecomptesDeclares",
            "Deliberation",
            "Demission",
            "Elu",
            "FaitNonEtabli",
            "Fonction",
            "InvariantViole",
            "Mandat",
            "ModeScrutin",
            "MotifRetrait",
            "NatureActe",
            "Organe",
            "Presence",
            "Procuration",
            "Registre",
            "ResultatVote",
            "Retrait",
            "RoleMandat",
            "Scrutin",
            "Seance",
            "StatutPresence",
            "Transmission",
            "TypeCollectivite",
            "TypeInvalide",
            "TypeSeance",
            "Vote",
            "depuis_dict",
            "ecrire_json",
            "lire_json",
            "lire_seance",
            "schema_json",
            "vers_dict",
            "vers_json",
        ],
        "deliberations.model",
    ),
    **dict.fromkeys(
        ["Catalogue", "Constat", "Rapport", "Severite", "valider"], "deliberations.validation"
    ),
    **dict.fromkeys(
        [
            "EcrivainSCDL",
            "LecteurSCDL",
            "LigneSCDL",
            "ecrire_scdl",
            "lire_scdl",
            "valider_scdl",
        ],
        "deliberations.scdl",
    ),
    **dict.fromkeys(["ResultatExtrait", "lire_extrait"], "deliberations.extrait"),
    **dict.fromkeys(
        [
            "DonneesInvalides",
            "ElementIntrouvable",
            "ErreurDeliberations",
            "FichierIllisible",
            "IdentifiantInvalide",
        ],
        "deliberations.erreurs",
    ),
    "exporter_popolo": "deliberations.popolo",
    **dict.fromkeys(["ecrire_html", "vers_html"], "deliberations.rapport_html"),
}

__all__ = [
    "Assemblee",
    "Budget",
    "Candidat",
    "Catalogue",
    "CategorieDeliberation",
    "ChoixVote",
    "Civilite",
    "Collectivite",
    "Constat",
    "DecomptesDeclares",
    "Deliberation",
    "Demission",
    "DonneesInvalides",
    "EcrivainSCDL",
    "ElementIntrouvable",
    "Elu",
    "ErreurDeliberations",
    "FaitNonEtabli",
    "FichierIllisible",
    "Fonction",
    "IdentifiantInvalide",
    "InvariantViole",
    "LecteurSCDL",
    "LigneSCDL",
    "Mandat",
    "ModeScrutin",
    "MotifRetrait",
    "NatureActe",
    "Organe",
    "Presence",
    "Procuration",
    "Rapport",
    "Registre",
    "ResultatExtrait",
    "ResultatVote",
    "Retrait",
    "RoleMandat",
    "Scrutin",
    "Seance",
    "Severite",
    "StatutPresence",
    "Transmission",
    "TypeCollectivite",
    "TypeInvalide",
    "TypeSeance",
    "Vote",
    "__version__",
    "depuis_dict",
    "ecrire_html",
    "ecrire_json",
    "ecrire_scdl",
    "exporter_popolo",
    "lire_extrait",
    "lire_json",
    "lire_scdl",
    "lire_seance",
    "schema_json",
    "valider",
    "valider_scdl",
    "vers_dict",
    "vers_html",
    "vers_json",
]


def __getattr__(nom: str) -> Any:
    """Charge à la demande les noms de la racine (voir ``__all__``)."""
    module = _EMPLACEMENTS.get(nom)
    if module is None:
        raise AttributeError(f"le module 'deliberations' n'a pas d'attribut {nom!r}")
    valeur = getattr(importlib.import_module(module), nom)
    globals()[nom] = valeur
    return valeur


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
