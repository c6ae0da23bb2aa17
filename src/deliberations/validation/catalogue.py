"""Le catalogue des règles de la bibliothèque, dans l'ordre d'application."""

from __future__ import annotations

from deliberations.validation.convocation import verifier_convocation
from deliberations.validation.procurations import verifier_procurations
from deliberations.validation.quorum import verifier_quorum
from deliberations.validation.regles import Catalogue
from deliberations.validation.seance import verifier_interets, verifier_seance
from deliberations.validation.votes import verifier_resultat, verifier_votes

CATALOGUE = Catalogue(
    [
        verifier_quorum,
        verifier_procurations,
        verifier_votes,
        verifier_resultat,
        verifier_convocation,
        verifier_seance,
        verifier_interets,
    ]
)
"""Les règles du CGCT livrées avec la bibliothèque."""
