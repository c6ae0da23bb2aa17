"""Le modèle du domaine : collectivités, assemblées, élus, séances, délibérations, scrutins.

Toutes les classes sont immuables (``attrs.frozen``) et vérifient à la construction les
invariants qui valent toujours (un SIREN valide, un décompte positif, un mandat qui finit
après avoir commencé). Les règles qui dépendent du contexte (quorum, délais, procurations)
relèvent de :mod:`deliberations.validation`.

Les enregistrements JSON se font avec :func:`vers_dict`, :func:`depuis_dict`,
:func:`charger` et :func:`ecrire`.
"""

from __future__ import annotations

from deliberations.model._validateurs import InvariantViole
from deliberations.model.assemblee import Assemblee, Organe
from deliberations.model.collectivite import Collectivite, TypeCollectivite
from deliberations.model.deliberation import (
    Budget,
    Deliberation,
    MotifRetrait,
    Retrait,
    Transmission,
)
from deliberations.model.elus import Civilite, Elu, Fonction, Mandat, RoleMandat
from deliberations.model.scrutin import ChoixVote, ModeScrutin, ResultatVote, Scrutin, Vote
from deliberations.model.seance import (
    DecomptesDeclares,
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
    lire_json,
    schema_json,
    vers_dict,
    vers_json,
)
from deliberations.nomenclature import NatureActe

__all__ = [
    "Assemblee",
    "Budget",
    "ChoixVote",
    "Civilite",
    "Collectivite",
    "DecomptesDeclares",
    "Deliberation",
    "Elu",
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
    "TypeSeance",
    "Vote",
    "charger",
    "charger_seance",
    "depuis_dict",
    "ecrire",
    "lire_json",
    "schema_json",
    "vers_dict",
    "vers_json",
]
