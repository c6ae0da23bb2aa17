"""Ce que le document n'établit pas n'est pas une faute : constats requalifiés.

Une séance lue dans un extrait peut ne pas dire qui présidait, qui était secrétaire, ni
la date de convocation. :func:`requalifier` remplace chaque constat d'erreur ou
d'avertissement qui dépend d'un fait non établi (table ``donnees/faits_requis.json``) par
une information ``<famille>.non-verifiable`` qui dit pourquoi le point n'a pas pu être
vérifié. Les constats tirés des faits établis restent ce qu'ils sont.

>>> from deliberations.validation.rapport import Constat, Rapport
>>> r = Rapport([Constat(code="seance.secretaire-manquant", severite="erreur", message="…")])
>>> [(c.code, c.severite.value) for c in requalifier(r, frozenset({"secretaires"}))]
[('seance.non-verifiable', 'info')]
"""

from __future__ import annotations

import json
from importlib import resources

from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["FAITS_REQUIS", "requalifier"]

FAITS_REQUIS: dict[str, frozenset[str]] = {
    code: frozenset(faits)
    for code, faits in json.loads(
        resources.files("deliberations.validation")
        .joinpath("donnees/faits_requis.json")
        .read_text("utf-8")
    ).items()
    if not code.startswith("_")
}
"""Pour chaque code de constat, les faits du modèle dont il dépend."""


def requalifier(rapport: Rapport, non_etablis: frozenset[str]) -> Rapport:
    """Le rapport où les constats qui dépendent d'un fait non établi deviennent des infos."""
    if not non_etablis:
        return rapport
    constats: list[Constat] = []
    for c in rapport:
        manquants = FAITS_REQUIS.get(c.code, frozenset()) & non_etablis
        if not manquants or c.severite is Severite.INFO:
            constats.append(c)
            continue
        famille = c.code.split(".")[0]
        constats.append(
            Constat(
                code=f"{famille}.non-verifiable",
                severite=Severite.INFO,
                message=f"Non vérifiable : le document n'établit pas {', '.join(sorted(manquants))} "
                f"(constat « {c.code} » écarté : {c.message})",
                chemin=c.chemin,
                article=c.article,
                details={"code": c.code, "faits": ", ".join(sorted(manquants))},
            )
        )
    return Rapport(constats)
