"""Validation juridique d'une séance au regard du CGCT.

:func:`valider` applique les règles d'un :class:`Catalogue` (par défaut :data:`CATALOGUE`)
à une séance et renvoie un :class:`Rapport` de constats ; elle ne lève jamais d'exception
à cause des données.

>>> from deliberations.model import lire_seance
>>> seance = lire_seance("examples/seance-dijon-metropole-2024-09-26.json")
>>> rapport = valider(seance)
>>> rapport.ok, rapport.erreurs
(True, ())
>>> print(", ".join(r.identifiant for r in CATALOGUE))
quorum, procurations, votes, resultat, convocation, seance, interets
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from deliberations.model import Registre, Seance
from deliberations.validation.catalogue import CATALOGUE
from deliberations.validation.contexte import Contexte, Point
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
    registre: Registre | Iterable[Seance] = (),
    non_etablis: Collection[str] = (),
) -> Rapport:
    """Valide une séance ; ``regles`` remplace le catalogue par défaut.

    ``registre`` donne les autres séances connues (un :class:`Registre` ou des séances) :
    les règles qui portent sur plusieurs séances (pouvoir valable trois séances, séance sans
    quorum avant une seconde convocation) s'en servent. ``non_etablis`` nomme les faits que
    le document source ne dit pas (voir :mod:`deliberations.validation.non_etablis`), en plus
    de ceux que la séance porte elle-même (``Seance.non_etablis``, mis par le lecteur
    d'extraits) : ce qu'un document ne dit pas n'est jamais une erreur du CGCT.
    """
    seances = registre.seances if isinstance(registre, Registre) else tuple(registre)
    return (regles if regles is not None else CATALOGUE).valider(
        seance_a_valider, registre=seances, non_etablis=non_etablis
    )
