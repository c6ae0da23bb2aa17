"""Règle du quorum (CGCT L2121-17, L3121-14, L4132-13 ; lois et ordonnance de la crise
sanitaire, données datées) et conditions d'une seconde convocation."""

from __future__ import annotations

from collections.abc import Iterator

from deliberations.model import Seance, TypeSeance
from deliberations.texte import cle_texte
from deliberations.validation.contexte import Contexte, Point
from deliberations.validation.droit import PRESENTS_OU_REPRESENTES, quorum_requis
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


def _article_seconde(ctx: Contexte) -> str:
    if ctx.derogation is not None:
        return ctx.derogation.source
    return ctx.article(
        "CGCT art. L2121-17 al. 2",
        "CGCT art. L2121-17 al. 2 et L5211-1",
        "CGCT art. L3121-14 al. 2",
        "CGCT art. L4132-13 al. 2",
    )


def compte_representes(ctx: Contexte) -> bool:
    """Vrai si les membres représentés comptent pour le quorum (données datées)."""
    if ctx.derogation is not None:
        installation = ctx.seance.type is TypeSeance.INSTALLATION
        compte = ctx.derogation.compte(ctx.commission_permanente, installation)
        return compte == PRESENTS_OU_REPRESENTES
    return ctx.commission_permanente


@regle(
    "quorum",
    "Quorum : plus de la moitié des membres en exercice physiquement présents, à chaque point ; "
    "seconde convocation après un défaut de quorum",
    "CGCT art. L2121-17 (communes, EPCI par L5211-1), L3121-14, L4132-13",
    [
        "quorum.non-atteint",
        "quorum.indetermine",
        "quorum.seconde-convocation",
        "quorum.seconde-convocation-delai",
        "quorum.seconde-convocation-envoi",
        "quorum.non-verifiable",
    ],
)
def verifier_quorum(ctx: Contexte) -> Iterator[Constat]:
    """Le quorum est apprécié à chaque délibération ; les pouvoirs ne comptent pas (sauf
    quand un texte dit « présents ou représentés »)."""
    points = ctx.points
    if ctx.seance.seconde_convocation:
        yield from _seconde_convocation(ctx)
        points = _hors_ordre_du_jour(ctx)
        if not points:
            return
    article = _article(ctx)
    if ctx.en_exercice is None:
        yield Constat(
            code="quorum.indetermine",
            severite=Severite.AVERTISSEMENT,
            message="Le nombre de membres en exercice est inconnu : le quorum ne peut pas être vérifié.",
            article=article,
        )
        return
    for point in points:
        yield from _quorum_au_point(ctx, point, article)


def _quorum_au_point(ctx: Contexte, point: Point, article: str) -> Iterator[Constat]:
    presents = point.nb_presents_quorum
    n = point.en_exercice if point.en_exercice is not None else ctx.en_exercice
    if presents is None or n is None:
        yield Constat(
            code="quorum.indetermine",
            severite=Severite.AVERTISSEMENT,
            message=f"Nombre de présents inconnu ({point.designation}) : quorum non vérifiable.",
            chemin=point.chemin,
            article=article,
        )
        return
    requis = quorum_requis(n, ctx.derogation)
    compte, libelle = presents, "présents"
    if compte_representes(ctx) and point.nb_representes is not None:
        compte += point.nb_representes
        libelle = "présents ou représentés"
    if compte >= requis:
        return
    precisions = []
    if point.retires:
        precisions.append(f"{len(point.retires)} membre(s) retiré(s) non compté(s)")
    if point.distants_non_comptes:
        precisions.append(
            f"{len(point.distants_non_comptes)} présent(s) à distance non compté(s), aucun "
            "texte ne le permettant"
        )
    suite = "".join(f", {p}" for p in precisions)
    yield Constat(
        code="quorum.non-atteint",
        severite=Severite.ERREUR,
        message=f"{compte} {libelle} sur {n} membres en exercice, {requis} requis "
        f"({point.designation}{suite}).",
        chemin=point.chemin,
        article=article,
        details={"presents": compte, "en_exercice": n, "requis": requis},
    )


def seance_sans_quorum(ctx: Contexte) -> Seance | None:
    """La séance sans quorum qui a précédé la seconde convocation, si le fichier la contient."""
    jour = ctx.seance.date_defaut_quorum
    if jour is None:
        return None
    return next((s for s in ctx.seances if s.date == jour), None)


def _hors_ordre_du_jour(ctx: Contexte) -> tuple[Point, ...]:
    """Points absents de l'ordre du jour de la séance sans quorum : le quorum s'y applique."""
    premiere = seance_sans_quorum(ctx)
    if premiere is None or not premiere.deliberations:
        return ()
    objets = {cle_texte(d.objet) for d in premiere.deliberations}
    return tuple(p for p in ctx.points if cle_texte(p.deliberation.objet) not in objets)


def _seconde_convocation(ctx: Contexte) -> Iterator[Constat]:
    seance = ctx.seance
    article = _article_seconde(ctx)
    defaut = seance.date_defaut_quorum
    premiere = seance_sans_quorum(ctx)
    precisions = []
    if defaut is None:
        precisions.append("la date de la séance sans quorum n'est pas donnée : délai non vérifié")
    elif premiere is None or not premiere.deliberations:
        precisions.append(
            f"la séance du {defaut:%d/%m/%Y} n'est pas dans le fichier : ordre du jour non vérifié"
        )
    if ctx.alsace_moselle:
        precisions.append("en Alsace-Moselle, la convocation doit le dire expressément (L2541-4)")
    yield Constat(
        code="quorum.seconde-convocation",
        severite=Severite.INFO,
        message="Séance réunie après un défaut de quorum : aucun quorum n'est exigé pour les "
        "points de l'ordre du jour de la séance précédente"
        + "".join(f" ; {p}" for p in precisions)
        + ".",
        article=article,
    )
    if defaut is None:
        return
    ecart = (seance.date - defaut).days
    plein_droit = ctx.famille in ("departement", "region") and ctx.derogation is None
    if (plein_droit and ecart != 3) or ecart < 3:
        attendu = "exactement trois jours" if plein_droit else "au moins trois jours"
        yield Constat(
            code="quorum.seconde-convocation-delai",
            severite=Severite.ERREUR,
            message=f"{ecart} jour(s) entre la séance sans quorum du {defaut:%d/%m/%Y} et celle "
            f"du {seance.date:%d/%m/%Y} ; {attendu} requis pour délibérer sans quorum.",
            chemin="date_defaut_quorum",
            article=article,
            details={"jours": ecart},
        )
    convocation = seance.date_convocation
    if not plein_droit and convocation is not None and convocation < defaut:
        yield Constat(
            code="quorum.seconde-convocation-envoi",
            severite=Severite.ERREUR,
            message=f"La nouvelle convocation ({convocation:%d/%m/%Y}) précède la séance sans "
            f"quorum du {defaut:%d/%m/%Y} : elle doit être adressée après ce constat.",
            chemin="date_convocation",
            article=article,
        )
