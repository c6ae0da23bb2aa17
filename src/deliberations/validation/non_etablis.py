"""Faits que le document source ne donne pas : « non vérifiable », jamais une erreur.

Un lecteur de documents (l'analyseur d'extraits, par exemple) passe à
:func:`~deliberations.validation.valider` les faits du modèle que sa source ne dit pas,
dans le vocabulaire de ``donnees/non_etablis.csv`` (``president``, ``secretaires``,
``date_convocation``, ``decomptes.en_exercice``, ``presences``, ``procurations``,
``scrutins``, ``scrutins.pour``, ``heure``, ``date``, ``organe``). Chaque constat d'une règle qui a besoin d'un de ces faits devient
une information ``<famille>.non-verifiable``.

>>> from deliberations.validation import Constat, Severite
>>> c = Constat(code="seance.president-inconnu", severite=Severite.AVERTISSEMENT,
...             message="Le président de séance n'est pas indiqué.", chemin="president")
>>> (r,) = requalifier([c], ["president"])
>>> r.code, r.severite.value
('seance.non-verifiable', 'info')
>>> print(r.message)
Contrôle de la séance non vérifiable : le document ne le dit pas (le président de séance). Constat initial : Le président de séance n'est pas indiqué.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from deliberations.validation.droit import faits_non_etablis
from deliberations.validation.rapport import Constat, Severite

__all__ = ["FAITS", "code_non_verifiable", "requalifier", "verifier_faits"]

FAITS = tuple(faits_non_etablis())
_FAMILLES = {
    "quorum": "Quorum",
    "seance": "Contrôle de la séance",
    "convocation": "Délai de convocation",
    "procuration": "Contrôle des procurations",
    "vote": "Contrôle des votes",
    "resultat": "Contrôle du résultat",
    "interet": "Contrôle des intérêts",
}
"""Le vocabulaire des faits qu'un document peut taire."""


def verifier_faits(non_etablis: Collection[str]) -> None:
    """Lève ``ValueError`` pour un fait hors du vocabulaire (erreur de programmation)."""
    inconnus = sorted(set(non_etablis) - set(FAITS))
    if inconnus:
        raise ValueError(
            f"Fait(s) inconnu(s) : {', '.join(inconnus)} ; faits possibles : {', '.join(FAITS)}."
        )


def code_non_verifiable(code: str) -> str:
    """``quorum.indetermine`` → ``quorum.non-verifiable``."""
    return code.split(".", 1)[0] + ".non-verifiable"


def requalifier(constats: Iterable[Constat], non_etablis: Collection[str]) -> list[Constat]:
    """Les constats, ceux qui dépendent d'un fait non établi devenus des informations."""
    table = faits_non_etablis()
    resultat: list[Constat] = []
    for c in constats:
        faits = [f for f in non_etablis if c.code in table[f][1]]
        if not faits or (c.severite is Severite.INFO and c.code.endswith(".non-verifiable")):
            resultat.append(c)
            continue
        libelles = ", ".join(table[f][0] for f in sorted(faits))
        famille = c.code.split(".", 1)[0]
        resultat.append(
            Constat(
                code=code_non_verifiable(c.code),
                severite=Severite.INFO,
                message=f"{_FAMILLES.get(famille, famille.capitalize())} non vérifiable : le "
                f"document ne le dit pas ({libelles}). Constat initial : {c.message}",
                chemin=c.chemin,
                article=c.article,
                details=(*c.details, ("constat", c.code)),
            )
        )
    return resultat
