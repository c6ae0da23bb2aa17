"""Procurations (CGCT L2121-20 ; L3121-16 et L4132-15 ; loi 2020-290 art. 10)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from deliberations.model import Elu, Procuration, Seance, StatutPresence
from deliberations.validation.contexte import Contexte, statut_de
from deliberations.validation.rapport import Constat, Severite
from deliberations.validation.regles import regle


def _article(ctx: Contexte) -> str:
    return ctx.article(
        "CGCT art. L2121-20",
        "CGCT art. L2121-20 et L5211-1",
        "CGCT art. L3121-16",
        "CGCT art. L4132-15",
    )


@regle(
    "procurations",
    "Procurations : pouvoir écrit, entre membres, mandataire présent, une seule utilisable à la "
    "fois par mandataire, sans chaîne, dans sa période de validité, trois séances consécutives "
    "au plus (une réunion pour un département ou une région)",
    "CGCT art. L2121-20 (L5211-1 pour les EPCI), L3121-16, L4132-15",
    [
        "procuration.mandant-present",
        "procuration.mandataire-absent",
        "procuration.non-membre",
        "procuration.non-ecrite",
        "procuration.hors-validite",
        "procuration.cumul",
        "procuration.doublon",
        "procuration.chaine",
        "procuration.statut",
        "procuration.trois-seances",
        "procuration.une-reunion",
        "procuration.non-verifiable",
    ],
)
def verifier_procurations(ctx: Contexte) -> Iterator[Constat]:
    """Chaque procuration est confrontée aux présences, aux mandats et aux autres pouvoirs."""
    seance = ctx.seance
    article = _article(ctx)
    limite = ctx.derogation.procurations_par_mandataire if ctx.derogation else 1
    article_limite = ctx.derogation.source if ctx.derogation else article
    vus_mandants: list[int] = []
    par_mandataire: dict[str, list[int]] = {}
    chaines: dict[Elu, Procuration | None] = {}
    for i, proc in enumerate(seance.procurations):
        chemin = f"procurations[{i}]"
        qui = f"{proc.mandant} → {proc.mandataire}"
        if not proc.ecrite:
            yield Constat(
                code="procuration.non-ecrite",
                severite=Severite.ERREUR,
                message=f"Procuration {qui} : le pouvoir doit être écrit.",
                chemin=chemin,
                article=article,
            )
        for role, elu in (("mandant", proc.mandant), ("mandataire", proc.mandataire)):
            if ctx.membre(elu) is False:
                yield Constat(
                    code="procuration.non-membre",
                    severite=Severite.ERREUR,
                    message=f"Procuration {qui} : le {role} {elu} n'est pas membre en exercice "
                    "de l'assemblée.",
                    chemin=f"{chemin}.{role}",
                    article=article,
                )
        if ctx.presences_connues:
            presence = seance.presence_de(proc.mandant)
            if (
                presence is not None
                and presence.statut.physiquement_present
                and presence.arrivee_point is None
                and presence.depart_point is None
            ):
                yield Constat(
                    code="procuration.mandant-present",
                    severite=Severite.ERREUR,
                    message=f"Procuration {qui} : le mandant est présent pendant toute la séance.",
                    chemin=f"{chemin}.mandant",
                    article=article,
                )
            # (« Excusés ayant donné pouvoir : X à Y » : un excusé peut être représenté ; un
            # absent noté sans excuse ne l'est pas)
            elif presence is not None and presence.statut is StatutPresence.ABSENT:
                yield Constat(
                    code="procuration.statut",
                    severite=Severite.AVERTISSEMENT,
                    message=f"Procuration {qui} : le mandant est noté « {presence.statut.libelle} » "
                    "et non « représenté ».",
                    chemin=f"{chemin}.mandant",
                )
            statut = statut_de(seance, proc.mandataire)
            if statut is None or not statut.physiquement_present:
                yield Constat(
                    code="procuration.mandataire-absent",
                    severite=Severite.ERREUR,
                    message=f"Procuration {qui} : le mandataire n'est pas présent à la séance, "
                    "le pouvoir ne peut pas servir.",
                    chemin=f"{chemin}.mandataire",
                    article=article,
                )
        if proc.date is not None and proc.date > seance.date:
            yield Constat(
                code="procuration.hors-validite",
                severite=Severite.ERREUR,
                message=f"Procuration {qui} : datée du {proc.date:%d/%m/%Y}, après la séance.",
                chemin=f"{chemin}.date",
                article=article,
            )
        if (proc.debut is not None and seance.date < proc.debut) or (
            proc.fin is not None and seance.date > proc.fin
        ):
            periode = (f"du {proc.debut:%d/%m/%Y}" if proc.debut else "sans début") + (
                f" au {proc.fin:%d/%m/%Y}" if proc.fin else ""
            )
            yield Constat(
                code="procuration.hors-validite",
                severite=Severite.ERREUR,
                message=f"Procuration {qui} : valable {periode}, la séance du "
                f"{seance.date:%d/%m/%Y} n'est pas couverte.",
                chemin=chemin,
                article=article,
            )
        # doublon de mandant
        anterieur = next(
            (j for j in vus_mandants if seance.procurations[j].mandant.correspond(proc.mandant)),
            None,
        )
        if anterieur is not None:
            yield Constat(
                code="procuration.doublon",
                severite=Severite.ERREUR,
                message=f"{proc.mandant} a donné plusieurs procurations (procurations "
                f"[{anterieur}] et [{i}]).",
                chemin=chemin,
                article=article,
            )
        vus_mandants.append(i)
        cle = next(
            (
                k
                for k, indices in par_mandataire.items()
                if seance.procurations[indices[0]].mandataire.correspond(proc.mandataire)
            ),
            # (une clé à part : « M. MOREL » et « Mme MOREL », même clé de nom, sont deux
            # mandataires)
            f"{proc.mandataire.cle}#{i}",
        )
        par_mandataire.setdefault(cle, []).append(i)
        # chaîne : le mandataire a lui-même donné procuration (cherché une fois par mandataire)
        if proc.mandataire not in chaines:
            chaines[proc.mandataire] = next(
                (p for p in seance.procurations if p.mandant.correspond(proc.mandataire)), None
            )
        chaine = chaines[proc.mandataire]
        if chaine is not None:
            yield Constat(
                code="procuration.chaine",
                severite=Severite.ERREUR,
                message=f"Procuration {qui} : le mandataire a lui-même donné procuration "
                f"à {chaine.mandataire}.",
                chemin=f"{chemin}.mandataire",
                article=article,
            )
    masques = _pouvoirs_par_point(ctx) if par_mandataire else []
    for indices in par_mandataire.values():
        simultanees = _simultanees(ctx, indices, masques)
        if simultanees > limite:
            mandataire = seance.procurations[indices[0]].mandataire
            mandants = ", ".join(str(seance.procurations[j].mandant) for j in indices)
            en_meme_temps = f", {simultanees} en même temps" if simultanees < len(indices) else ""
            yield Constat(
                code="procuration.cumul",
                severite=Severite.ERREUR,
                message=f"{mandataire} détient {len(indices)} procurations ({mandants}"
                f"{en_meme_temps}) ; {limite} permise{'s' if limite > 1 else ''} par mandataire.",
                chemin=f"procurations[{indices[limite]}]",
                article=article_limite,
                details={"procurations": simultanees, "limite": limite},
            )
    yield from verifier_duree(ctx)
    if ctx.presences_connues:
        for k, presence in enumerate(seance.presences):
            if (
                presence.statut is StatutPresence.REPRESENTE
                and seance.procuration_de(presence.elu) is None
            ):
                yield Constat(
                    code="procuration.statut",
                    severite=Severite.ERREUR,
                    message=f"{presence.elu} est noté « représenté » mais aucune procuration "
                    "de sa part n'est enregistrée.",
                    chemin=f"presences[{k}]",
                    article=article,
                )


def _pouvoirs_par_point(ctx: Contexte) -> list[bytearray]:
    """Pour chaque point, un octet par pouvoir de la séance : 1 s'il y est utilisable. Les
    pouvoirs d'un point sont les objets mêmes de la séance, reconnus par identité (un masque
    par point, construit une fois pour tous les mandataires : pas de recherche dans le tuple
    du point pour chaque pouvoir, et un seul ensemble en mémoire à la fois)."""
    if not ctx.presences_connues:
        return []
    masques = []
    for point in ctx.points:
        utilisables = {id(p) for p in point.procurations or ()}
        masques.append(bytearray(id(p) in utilisables for p in ctx.seance.procurations))
    return masques


def _simultanees(ctx: Contexte, indices: list[int], masques: list[bytearray]) -> int:
    """Le plus grand nombre de ces pouvoirs (leurs rangs dans la séance) utilisables à un même
    point (tous, si la liste des présences ne permet pas de suivre les arrivées et les
    départs)."""
    if not ctx.presences_connues or not ctx.points:
        return len(indices)
    return max(sum(masque[j] for j in indices) for masque in masques)


def _meme_pouvoir(a: Procuration, b: Procuration) -> bool:
    """Même pouvoir : même mandant, même mandataire, même date (ou même début de validité)."""
    cle_a, cle_b = (a.date, a.debut), (b.date, b.debut)
    return (
        a.mandant.correspond(b.mandant)
        and a.mandataire.correspond(b.mandataire)
        and cle_a != (None, None)
        and cle_a == cle_b
    )


def _seances_consecutives(ctx: Contexte, proc: Procuration) -> list[Seance]:
    """Les séances consécutives du registre, jusqu'à celle-ci, où ce pouvoir a servi."""
    # ctx.seances est trié par date : les séances antérieures se trouvent par dichotomie.
    suite = [ctx.seance]
    k = bisect.bisect_left(ctx.seances, ctx.jour, key=lambda s: s.date)
    for s in _avant(ctx.seances, k):
        if not any(_meme_pouvoir(proc, p) for p in s.procurations):
            break
        suite.append(s)
    return suite


def _avant(seances: tuple[Seance, ...], k: int) -> Iterator[Seance]:
    """Les séances d'indice inférieur à ``k``, de la plus récente à la plus ancienne."""
    return (seances[i] for i in range(k - 1, -1, -1))


def verifier_duree(ctx: Contexte) -> Iterator[Constat]:
    """Trois séances consécutives au plus, sauf maladie (L2121-20) ; une réunion seulement
    pour un département ou une région (L3121-16, L4132-15)."""
    une_reunion = ctx.famille in ("departement", "region")
    for i, proc in enumerate(ctx.seance.procurations):
        qui = f"{proc.mandant} → {proc.mandataire}"
        suite = _seances_consecutives(ctx, proc)
        if une_reunion and len(suite) > 1:
            yield Constat(
                code="procuration.une-reunion",
                severite=Severite.ERREUR,
                message=f"Délégation de vote {qui} : déjà utilisée le "
                f"{suite[1].date:%d/%m/%Y} ; elle ne vaut que pour une réunion.",
                chemin=f"procurations[{i}]",
                article=ctx.article("", "", "CGCT art. L3121-16", "CGCT art. L4132-15"),
            )
        elif not une_reunion and len(suite) > 3 and not proc.maladie:
            yield Constat(
                code="procuration.trois-seances",
                severite=Severite.ERREUR,
                message=f"Procuration {qui} : utilisée pour {len(suite)} séances consécutives "
                f"depuis le {suite[-1].date:%d/%m/%Y} ; trois au plus, sauf maladie dûment "
                "constatée.",
                chemin=f"procurations[{i}]",
                article=_article(ctx),
                details={"seances": len(suite)},
            )
        elif not une_reunion and not proc.maladie and _anterieure(ctx, proc) and _seule(ctx):
            yield Constat(
                code="procuration.trois-seances",
                severite=Severite.INFO,
                message=f"Procuration {qui} : établie avant la séance ; la limite de trois "
                "séances consécutives n'est pas vérifiable sans les séances précédentes.",
                chemin=f"procurations[{i}]",
                article=_article(ctx),
            )


def _anterieure(ctx: Contexte, proc: Procuration) -> bool:
    couvre = proc.fin is None or proc.fin >= ctx.jour
    return proc.debut is not None and proc.debut < ctx.jour and couvre


def _seule(ctx: Contexte) -> bool:
    """Vrai si le registre ne donne aucune autre séance de cette assemblée."""
    return all(s.date == ctx.jour for s in ctx.seances)
