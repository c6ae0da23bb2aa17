"""Le modèle du domaine : collectivités, assemblées, élus, séances, délibérations, scrutins.

Toutes les classes sont immuables (``attrs.frozen``) et vérifient à la construction les
invariants qui valent toujours (un SIREN valide, un décompte positif, un mandat qui finit
après avoir commencé). Les règles qui dépendent du contexte (quorum, délais, procurations)
relèvent de :mod:`deliberations.validation`.

Les enregistrements JSON se font avec `vers_dict`, `depuis_dict`, `lire_json`,
`lire_seance` et `ecrire_json` (`charger`, `charger_seance` et `ecrire` sont les anciens
noms, dépréciés). Les constructeurs ne convertissent pas les types : une date est un
`datetime.date` (pas un `datetime.datetime`, pas une chaîne) ; seul le chargement JSON
(`depuis_dict`, `lire_json`) convertit les chaînes ISO. Les énumérations acceptent leur
valeur (``"madame"``) comme leur membre (``Civilite.MADAME``).
"""

from __future__ import annotations

from deliberations.model._validateurs import InvariantViole, TypeInvalide
from deliberations.model.assemblee import Assemblee, Organe
from deliberations.model.collectivite import Collectivite, TypeCollectivite
from deliberations.model.deliberation import (
    Budget,
    CategorieDeliberation,
    Deliberation,
    MotifRetrait,
    Retrait,
    Transmission,
)
from deliberations.model.elus import Civilite, Elu, Fonction, Mandat, RoleMandat
from deliberations.model.scrutin import (
    Candidat,
    ChoixVote,
    ModeScrutin,
    ResultatVote,
    Scrutin,
    Vote,
)
from deliberations.model.seance import (
    DecomptesDeclares,
    Demission,
    FaitNonEtabli,
    Presence,
    Procuration,
    Registre,
    Seance,
    StatutPresence,
    TypeSeance,
)
from deliberations.model.serialisation import (
    charger,
    charger_seance,
    depuis_dict,
    ecrire,
    ecrire_json,
    lire_json,
    lire_seance,
    schema_json,
    vers_dict,
    vers_json,
)
from deliberations.nomenclature import NatureActe

__all__ = [
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
    "charger",
    "charger_seance",
    "depuis_dict",
    "ecrire",
    "ecrire_json",
    "lire_json",
    "lire_seance",
    "schema_json",
    "vers_dict",
    "vers_json",
]
