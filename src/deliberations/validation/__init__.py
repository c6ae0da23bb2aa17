"""Validation juridique d'une séance au regard du CGCT.

:func:`valider` applique les règles d'un :class:`Catalogue` (par défaut :data:`CATALOGUE`)
à une séance et renvoie un :class:`Rapport` de constats ; elle ne lève jamais d'exception
à cause des données.

>>> from deliberations.model import charger_seance
>>> seance = charger_seance("examples/seance-dijon-metropole-2024-09-26.json")
>>> rapport = valider(seance)
>>> rapport.ok, rapport.erreurs
(True, ())
>>> print(", ".join(r.identifiant for r in CATALOGUE))
quorum, procurations, votes, resultat, convocation, seance, interets
"""

from __future__ import annotations

from deliberations.model import Seance
from deliberations.validation.catalogue import CATALOGUE
from deliberations.validation.contexte import Contexte, Point
from deliberations.validation.non_verifiable import requalifier
from deliberations.validation.rapport import Constat, Rapport, Severite
from deliberations.validation.regles import Catalogue, Regle, regle

__all__ = [
    "CATALOGUE",
    "Catalogue",
    "Constat",
    "Contexte",
    "Point",
    "Rapport",
    "Regle",
    "Severite",
    "regle",
    "valider",
]


def valider(
    seance_a_valider: Seance,
    regles: Catalogue | None = None,
    *,
    non_etablis: frozenset[str] = frozenset(),
) -> Rapport:
    """Valide une séance ; ``regles`` remplace le catalogue par défaut.

    ``non_etablis`` : les faits que la source n'établit pas (par exemple
    :attr:`deliberations.extrait.ResultatExtrait.non_etablis`) ; les constats qui en
    dépendent deviennent des informations ``<famille>.non-verifiable``.
    """
    rapport = (regles if regles is not None else CATALOGUE).valider(seance_a_valider)
    return requalifier(rapport, frozenset(non_etablis))
