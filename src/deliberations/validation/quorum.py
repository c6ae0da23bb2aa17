"""Règle du quorum (CGCT L2121-17, L3121-14, L4132-13 ; loi 2020-290 art. 10)."""

from __future__ import annotations

from collections.abc import Iterator

from deliberations.validation.contexte import Contexte
from deliberations.validation.droit import quorum_requis
from deliberations.validation.rapport import Constat, Severite
from deliberations.validation.regles import regle


def _article(ctx: Contexte) -> str:
    if ctx.derogation is not None:
        return ctx.derogation.source
    if ctx.commission_permanente:
        return ctx.article(
            "CGCT art. L2121-17",
            "CGCT art. L2121-17",
            "CGCT art. L3121-14-1",
            "CGCT art. L4132-13-1",
        )
    return ctx.article(
        "CGCT art. L2121-17",
        "CGCT art. L2121-17 et L5211-1",
        "CGCT art. L3121-14",
        "CGCT art. L4132-13",
    )


@regle(
    "quorum",
    "Quorum : plus de la moitié des membres en exercice physiquement présents, à chaque point",
    "CGCT art. L2121-17 (communes, EPCI par L5211-1), L3121-14, L4132-13",
    ["quorum.non-atteint", "quorum.indetermine", "quorum.seconde-convocation"],
)
def verifier_quorum(ctx: Contexte) -> Iterator[Constat]:
    """Le quorum est apprécié à chaque délibération ; les pouvoirs ne comptent pas."""
    article = _article(ctx)
    if ctx.seance.seconde_convocation:
        precision = (
            " En Alsace-Moselle, la seconde convocation doit le dire expressément (CGCT L2541-4)."
            if ctx.alsace_moselle
            else ""
        )
        yield Constat(
            code="quorum.seconde-convocation",
            severite=Severite.INFO,
            message="Séance réunie après un défaut de quorum : aucun quorum n'est exigé, "
            "seulement pour les points de l'ordre du jour de la séance précédente." + precision,
            article=ctx.article(
                "CGCT art. L2121-17 al. 2",
                "CGCT art. L2121-17 al. 2",
                "CGCT art. L3121-14",
                "CGCT art. L4132-13",
            ),
        )
        return
    n = ctx.en_exercice
    if n is None:
        yield Constat(
            code="quorum.indetermine",
            severite=Severite.AVERTISSEMENT,
            message="Le nombre de membres en exercice est inconnu : le quorum ne peut pas être vérifié.",
            article=article,
        )
        return
    requis = quorum_requis(n, ctx.derogation)
    for point in ctx.points:
        presents = point.nb_presents
        if presents is None:
            yield Constat(
                code="quorum.indetermine",
                severite=Severite.AVERTISSEMENT,
                message=f"Nombre de présents inconnu ({point.designation}) : quorum non vérifiable.",
                chemin=point.chemin,
                article=article,
            )
            continue
        compte = presents
        libelle = "présents"
        if ctx.commission_permanente and point.nb_representes is not None:
            compte += point.nb_representes
            libelle = "présents ou représentés"
        if compte < requis:
            retraits = (
                f", {len(point.retires)} membre(s) retiré(s) non compté(s)" if point.retires else ""
            )
            yield Constat(
                code="quorum.non-atteint",
                severite=Severite.ERREUR,
                message=f"{compte} {libelle} sur {n} membres en exercice, {requis} requis "
                f"({point.designation}{retraits}).",
                chemin=point.chemin,
                article=article,
                details={"presents": compte, "en_exercice": n, "requis": requis},
            )
