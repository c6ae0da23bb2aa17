"""Délai de convocation (CGCT L2121-7, L2121-11, L2121-12, L3121-19, L4132-18) et note
explicative de synthèse (L2121-12)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from deliberations.model import TypeSeance
from deliberations.validation.contexte import Contexte
from deliberations.validation.droit import regle_delai_epci
from deliberations.validation.rapport import Constat, Severite
from deliberations.validation.regles import regle

SEUIL_POPULATION = 3500


def jours_francs(ctx: Contexte) -> int | None:
    """Jours francs entre l'envoi et la séance : ni le jour d'envoi ni celui de la séance."""
    if ctx.seance.date_convocation is None:
        return None
    return (ctx.seance.date - ctx.seance.date_convocation).days - 1


@regle(
    "convocation",
    "Délai de convocation selon la collectivité, sa population, l'urgence et l'installation ; "
    "note explicative de synthèse",
    "CGCT art. L2121-7, L2121-11, L2121-12, L5211-1, L3121-19, L4132-18, L2541-2",
    [
        "convocation.delai",
        "convocation.population-inconnue",
        "convocation.apres-seance",
        "convocation.date-inconnue",
        "convocation.note-explicative",
        "convocation.non-verifiable",
    ],
)
def verifier_convocation(ctx: Contexte) -> Iterator[Constat]:
    """Compare le délai réel au délai légal ; les samedis, dimanches et fériés comptent."""
    yield from _verifier_note(ctx)
    yield from _verifier_delai(ctx)


def _verifier_note(ctx: Contexte) -> Iterator[Constat]:
    """Note explicative de synthèse : communes de 3 500 habitants et plus (L2121-12), EPCI
    comprenant une telle commune (L5211-1)."""
    if ctx.seance.note_explicative is not False or ctx.famille not in ("commune", "epci"):
        return
    population = ctx.seance.assemblee.collectivite.population
    if population is not None and population < SEUIL_POPULATION:
        return
    certain = ctx.famille == "commune" and population is not None
    raison = (
        f"obligatoire à partir de 3 500 habitants ({population} ici)"
        if certain
        else "obligatoire si la collectivité compte (ou, pour un EPCI, comprend une commune "
        "de) 3 500 habitants ou plus, ce que le fichier ne permet pas d'établir"
    )
    yield Constat(
        code="convocation.note-explicative",
        severite=Severite.ERREUR if certain else Severite.AVERTISSEMENT,
        message=f"La convocation n'était pas accompagnée d'une note explicative de synthèse : "
        f"{raison}.",
        chemin="note_explicative",
        article="CGCT art. L2121-12" + ("" if ctx.famille == "commune" else " et L5211-1"),
    )


def _verifier_delai(ctx: Contexte) -> Iterator[Constat]:
    seance = ctx.seance
    convocation = seance.date_convocation
    if convocation is None:
        yield Constat(
            code="convocation.date-inconnue",
            severite=Severite.INFO,
            message="La date d'envoi de la convocation n'est pas connue : délai non vérifiable.",
            chemin="date_convocation",
        )
        return
    if convocation > seance.date:
        yield Constat(
            code="convocation.apres-seance",
            severite=Severite.ERREUR,
            message=f"La convocation ({convocation:%d/%m/%Y}) est postérieure à la séance "
            f"({seance.date:%d/%m/%Y}).",
            chemin="date_convocation",
            article="CGCT art. L2121-10",
        )
        return
    urgence = seance.type is TypeSeance.URGENCE
    envoi = f"convocation du {convocation:%d/%m/%Y}, séance du {seance.date:%d/%m/%Y}"
    if ctx.alsace_moselle:
        # « trois jours au moins avant la séance », la veille en cas d'urgence (jours pleins).
        ecart = (seance.date - convocation).days
        minimum = 1 if urgence else 3
        if ecart < minimum:
            yield Constat(
                code="convocation.delai",
                severite=Severite.ERREUR,
                message=f"{ecart} jour(s) entre la convocation et la séance, {minimum} requis "
                f"en Alsace-Moselle ({envoi}).",
                chemin="date_convocation",
                article="CGCT art. L2541-2",
                details={"jours": ecart, "requis": minimum},
            )
        return
    if ctx.famille in ("departement", "region") and not urgence:
        # (les douze jours de L3121-19 et L4132-18 précèdent une réunion du conseil ; ceux de
        # la commission permanente viennent du règlement intérieur : non vérifiables ici)
        if not ctx.commission_permanente:
            yield from _douze_jours(ctx, convocation, envoi)
        return
    jf = (seance.date - convocation).days - 1
    population = seance.assemblee.collectivite.population
    severite = Severite.ERREUR
    if urgence:
        requis, article = (
            1,
            ctx.article(
                "CGCT art. L2121-11 et L2121-12 (urgence)",
                "CGCT art. L2121-12 et L5211-1 (urgence)",
                "CGCT art. L3121-19 (urgence)",
                "CGCT art. L4132-18 (urgence)",
            ),
        )
    elif ctx.famille == "commune" and seance.type is TypeSeance.INSTALLATION:
        requis, article = 3, "CGCT art. L2121-7 (première réunion après le renouvellement)"
    elif ctx.famille == "commune":
        if population is None:
            if jf < 3:
                requis, article = 3, "CGCT art. L2121-11"
            elif jf < 5:
                yield Constat(
                    code="convocation.population-inconnue",
                    severite=Severite.AVERTISSEMENT,
                    message=f"{jf} jours francs ({envoi}) : suffisant sous 3 500 habitants "
                    "(3 jours francs), insuffisant à partir de 3 500 (5) ; population inconnue.",
                    chemin="date_convocation",
                    article="CGCT art. L2121-11 et L2121-12",
                    details={"jours_francs": jf},
                )
                return
            else:
                return
        elif population < SEUIL_POPULATION:
            requis, article = 3, "CGCT art. L2121-11"
        else:
            requis, article = 5, "CGCT art. L2121-12"
    else:
        regle_epci, texte_epci = regle_delai_epci(seance.date)
        if regle_epci == "selon_communes_membres" and jf < 5:
            if jf >= 3:
                yield Constat(
                    code="convocation.population-inconnue",
                    severite=Severite.AVERTISSEMENT,
                    message=f"{jf} jours francs ({envoi}) : suffisant si l'EPCI ne comprend "
                    "aucune commune de 3 500 habitants ou plus (3 jours francs), insuffisant "
                    "sinon (5) ; ce que le fichier ne permet pas d'établir.",
                    chemin="date_convocation",
                    article=texte_epci,
                    details={"jours_francs": jf},
                )
                return
            requis, article = 3, f"CGCT art. L2121-11 ; {texte_epci}"
        else:
            requis, article = 5, "CGCT art. L2121-12 et L5211-1"
    if jf < requis:
        yield Constat(
            code="convocation.delai",
            severite=severite,
            message=f"{jf} jour(s) franc(s) entre la convocation et la séance, {requis} requis "
            f"({envoi}).",
            chemin="date_convocation",
            article=article,
            details={"jours_francs": jf, "requis": requis},
        )


def _douze_jours(ctx: Contexte, convocation: dt.date, envoi: str) -> Iterator[Constat]:
    """« Douze jours au moins avant la réunion » : un écart de douze jours de calendrier,
    pas douze jours francs (L3121-19, L4132-18)."""
    ecart = (ctx.seance.date - convocation).days
    if ecart < 12:
        yield Constat(
            code="convocation.delai",
            severite=Severite.ERREUR,
            message=f"{ecart} jour(s) entre l'envoi de la convocation et la réunion, douze au "
            f"moins requis ({envoi}).",
            chemin="date_convocation",
            article=ctx.article("", "", "CGCT art. L3121-19", "CGCT art. L4132-18"),
            details={"jours": ecart, "requis": 12},
        )
