"""Règles de la séance : président, secrétaire, liste des membres, décomptes annoncés."""

from __future__ import annotations

from collections.abc import Iterator

from deliberations.model import Elu
from deliberations.validation.contexte import Contexte, contient
from deliberations.validation.rapport import Constat, Severite
from deliberations.validation.regles import regle


def _present_dans_la_seance(ctx: Contexte, elu: Elu) -> bool:
    presence = ctx.seance.presence_de(elu)
    return presence is not None and presence.statut.physiquement_present


@regle(
    "seance",
    "Séance : président et secrétaire présents et membres ; présents et absents égalent les "
    "membres en exercice ; décomptes annoncés conformes aux listes",
    "CGCT art. L2121-15, L2121-17, R2121-9",
    [
        "seance.type-inconnu",
        "seance.president-inconnu",
        "seance.president-absent",
        "seance.secretaire-manquant",
        "seance.secretaire-absent",
        "seance.presence-double",
        "seance.presence-non-membre",
        "seance.membre-sans-presence",
        "seance.decompte",
        "seance.numero-double",
    ],
)
def verifier_seance(ctx: Contexte) -> Iterator[Constat]:
    """Contrôles de la feuille de présence et de l'en-tête de la séance."""
    seance = ctx.seance
    if not ctx.type_connu:
        yield Constat(
            code="seance.type-inconnu",
            severite=Severite.INFO,
            message="Type de collectivité inconnu : les règles des communes sont appliquées.",
            chemin="assemblee.collectivite.type",
        )
    if seance.president is None:
        yield Constat(
            code="seance.president-inconnu",
            severite=Severite.AVERTISSEMENT,
            message="Le président de séance n'est pas indiqué.",
            chemin="president",
        )
    elif ctx.presences_connues and not _present_dans_la_seance(ctx, seance.president):
        yield Constat(
            code="seance.president-absent",
            severite=Severite.ERREUR,
            message=f"Le président de séance {seance.president} ne figure pas parmi les présents.",
            chemin="president",
            article="CGCT art. L2121-14",
        )
    if not seance.secretaires:
        yield Constat(
            code="seance.secretaire-manquant",
            severite=Severite.ERREUR,
            message="Aucun secrétaire de séance n'est désigné.",
            chemin="secretaires",
            article="CGCT art. L2121-15",
        )
    for i, secretaire in enumerate(seance.secretaires):
        if ctx.membre(secretaire) is False or (
            ctx.presences_connues and not _present_dans_la_seance(ctx, secretaire)
        ):
            yield Constat(
                code="seance.secretaire-absent",
                severite=Severite.ERREUR,
                message=f"Le secrétaire de séance {secretaire} doit être un membre présent.",
                chemin=f"secretaires[{i}]",
                article="CGCT art. L2121-15",
            )
    yield from _verifier_presences(ctx)
    yield from _verifier_decomptes(ctx)
    numeros: dict[str, int] = {}
    for i, d in enumerate(seance.deliberations):
        if d.numero in numeros:
            yield Constat(
                code="seance.numero-double",
                severite=Severite.ERREUR,
                message=f"Le numéro {d.numero} est porté par deux délibérations "
                f"(deliberations[{numeros[d.numero]}] et [{i}]).",
                chemin=f"deliberations[{i}].numero",
                article="CGCT art. R2121-9",
            )
        numeros.setdefault(d.numero, i)


def _verifier_presences(ctx: Contexte) -> Iterator[Constat]:
    seance = ctx.seance
    if not ctx.presences_connues:
        return
    vus: list[Elu] = []
    for i, presence in enumerate(seance.presences):
        if contient(vus, presence.elu):
            yield Constat(
                code="seance.presence-double",
                severite=Severite.ERREUR,
                message=f"{presence.elu} figure plusieurs fois dans la liste des présences.",
                chemin=f"presences[{i}]",
            )
        vus.append(presence.elu)
        if ctx.membre(presence.elu) is False:
            yield Constat(
                code="seance.presence-non-membre",
                severite=Severite.ERREUR,
                message=f"{presence.elu} figure dans les présences sans être membre en exercice.",
                chemin=f"presences[{i}]",
            )
    for membre in ctx.membres:
        if not contient(vus, membre):
            yield Constat(
                code="seance.membre-sans-presence",
                severite=Severite.ERREUR,
                message=f"{membre} est membre en exercice mais n'est noté ni présent ni absent : "
                f"présents et absents ({len(vus)}) doivent égaler les membres en exercice "
                f"({len(ctx.membres)}).",
                chemin="presences",
            )


def _verifier_decomptes(ctx: Contexte) -> Iterator[Constat]:
    seance = ctx.seance
    d = seance.decomptes
    if d is None:
        return
    comparaisons: list[tuple[str, int | None, int | None]] = []
    if ctx.membres:
        comparaisons.append(("membres en exercice", d.en_exercice, len(ctx.membres)))
    if ctx.presences_connues:
        presents = len(seance.presents())
        comparaisons.append(("présents", d.presents, presents))
        comparaisons.append(("procurations", d.procurations, len(seance.procurations)))
        comparaisons.append(("votants", d.votants, presents + len(seance.procurations)))
        if d.absents is not None:
            sans = len(seance.absents_sans_procuration())
            non_presents = sum(1 for p in seance.presences if not p.statut.physiquement_present)
            if d.absents not in (sans, non_presents):
                comparaisons.append(("absents", d.absents, non_presents))
    elif d.votants is not None and d.presents is not None and d.procurations is not None:
        comparaisons.append(("votants", d.votants, d.presents + d.procurations))
    for nom, annonce, compte in comparaisons:
        if annonce is not None and compte is not None and annonce != compte:
            yield Constat(
                code="seance.decompte",
                severite=Severite.ERREUR,
                message=f"Le document annonce {annonce} {nom}, les listes en donnent {compte}.",
                chemin="decomptes",
                details={"decompte": nom, "annonce": annonce, "compte": compte},
            )


@regle(
    "interets",
    "Conflits d'intérêts : un membre intéressé ou retiré ne vote pas, ni pour lui ni comme "
    "mandataire ; le maire ne préside pas le vote de son compte administratif",
    "CGCT art. L2131-11 et L2121-14",
    ["interet.vote", "interet.compte-administratif"],
)
def verifier_interets(ctx: Contexte) -> Iterator[Constat]:
    """Les retraits enregistrés sur une délibération sont confrontés aux votes."""
    for point in ctx.points:
        d = point.deliberation
        for r in d.retraits:
            for j, s in enumerate(d.scrutins):
                for k, vote in enumerate(s.votes):
                    if vote.elu.correspond(r.elu) or (
                        vote.mandataire is not None and vote.mandataire.correspond(r.elu)
                    ):
                        role = "comme mandataire" if not vote.elu.correspond(r.elu) else ""
                        yield Constat(
                            code="interet.vote",
                            severite=Severite.ERREUR,
                            message=f"{r.elu}, intéressé à l'affaire, a pris part au vote "
                            f"{role} ({point.designation}).".replace("  ", " ").replace(" )", ")"),
                            chemin=f"{point.chemin}.scrutins[{j}].votes[{k}]",
                            article="CGCT art. L2131-11",
                        )
            if (
                r.motif.value == "compte_administratif"
                and ctx.seance.president is not None
                and r.elu.correspond(ctx.seance.president)
                and (d.president is None or d.president.correspond(r.elu))
            ):
                yield Constat(
                    code="interet.compte-administratif",
                    severite=Severite.ERREUR,
                    message=f"{r.elu} se retire pour le compte administratif : le conseil doit "
                    f"élire un autre président pour ce point ({point.designation}).",
                    chemin=f"{point.chemin}.president",
                    article="CGCT art. L2121-14",
                )
