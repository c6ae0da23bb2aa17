"""Arithmétique des votes et résultat (CGCT L2121-20, L2121-21)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from deliberations.model import ChoixVote, ModeScrutin, ResultatVote, Scrutin
from deliberations.validation.contexte import Contexte, Point, contient
from deliberations.validation.rapport import Constat, Severite
from deliberations.validation.regles import regle

ARTICLE_VOTE = "CGCT art. L2121-20"


def _a_decompte(s: Scrutin) -> bool:
    """Vrai si le scrutin donne au moins le nombre de voix pour (sinon la somme est inconnue)."""
    return s.pour is not None


@regle(
    "votes",
    "Arithmétique des votes : les voix égalent les membres présents ou représentés, "
    "procurations et votes nominatifs cohérents",
    "CGCT art. L2121-20 et L2121-21",
    [
        "vote.sans-scrutin",
        "vote.total",
        "vote.procurations",
        "vote.nominatifs",
        "vote.double",
        "vote.votant-absent",
        "vote.blancs-hors-secret",
    ],
)
def verifier_votes(ctx: Contexte) -> Iterator[Constat]:
    """Pour chaque scrutin : somme des voix, procurations, votes nominatifs."""
    for point in ctx.points:
        d = point.deliberation
        if not d.scrutins:
            yield Constat(
                code="vote.sans-scrutin",
                severite=Severite.INFO,
                message=f"Aucun scrutin enregistré ({point.designation}).",
                chemin=point.chemin,
            )
        for j, s in enumerate(d.scrutins):
            yield from _verifier_scrutin(ctx, point, j, s)


def _verifier_scrutin(ctx: Contexte, point: Point, j: int, s: Scrutin) -> Iterator[Constat]:
    chemin = f"{point.chemin}.scrutins[{j}]"
    attendus = point.nb_votants_attendus
    if _a_decompte(s) and attendus is not None and not ctx.seance.seconde_convocation:
        total = s.votants or 0
        if total != attendus:
            yield Constat(
                code="vote.total",
                severite=Severite.ERREUR,
                message=f"{total} voix décomptées ({s.decompte_texte()}) pour {attendus} membres "
                f"présents ou représentés ({point.nb_presents} présents, "
                f"{point.nb_representes} procurations ; {point.designation}).",
                chemin=chemin,
                article="CGCT art. L2121-20",
                details={"voix": total, "attendues": attendus},
            )
    if (
        s.dont_procurations is not None
        and point.nb_representes is not None
        and s.dont_procurations > point.nb_representes
    ):
        yield Constat(
            code="vote.procurations",
            severite=Severite.ERREUR,
            message=f"{s.dont_procurations} votes par procuration annoncés pour "
            f"{point.nb_representes} procurations utilisables ({point.designation}).",
            chemin=chemin,
            article="CGCT art. L2121-20",
        )
    if s.blancs_nuls and s.mode is not None and s.mode is not ModeScrutin.SECRET:
        yield Constat(
            code="vote.blancs-hors-secret",
            severite=Severite.AVERTISSEMENT,
            message=f"{s.blancs_nuls} bulletins blancs ou nuls dans un scrutin {s.mode.libelle} "
            f"({point.designation}).",
            chemin=chemin,
        )
    if s.votes:
        yield from _verifier_nominatifs(ctx, point, chemin, s)


def _verifier_nominatifs(ctx: Contexte, point: Point, chemin: str, s: Scrutin) -> Iterator[Constat]:
    vus: list[int] = []
    for k, vote in enumerate(s.votes):
        if any(s.votes[m].elu.correspond(vote.elu) for m in vus):
            yield Constat(
                code="vote.double",
                severite=Severite.ERREUR,
                message=f"{vote.elu} vote plusieurs fois ({point.designation}).",
                chemin=f"{chemin}.votes[{k}]",
                article=ARTICLE_VOTE,
            )
        vus.append(k)
        if point.presents is not None and point.procurations is not None:
            present = contient(point.presents, vote.elu)
            procuration = next(
                (p for p in point.procurations if p.mandant.correspond(vote.elu)), None
            )
            if not present and procuration is None:
                yield Constat(
                    code="vote.votant-absent",
                    severite=Severite.ERREUR,
                    message=f"{vote.elu} vote sans être présent ni représenté au "
                    f"{point.designation}.",
                    chemin=f"{chemin}.votes[{k}]",
                    article=ARTICLE_VOTE,
                )
            elif (
                procuration is not None
                and vote.mandataire is not None
                and not vote.mandataire.correspond(procuration.mandataire)
            ):
                yield Constat(
                    code="vote.votant-absent",
                    severite=Severite.ERREUR,
                    message=f"Le vote de {vote.elu} est porté par {vote.mandataire}, "
                    f"mais sa procuration désigne {procuration.mandataire}.",
                    chemin=f"{chemin}.votes[{k}].mandataire",
                    article=ARTICLE_VOTE,
                )
    comptes = Counter(v.choix for v in s.votes)
    comparaisons = (
        ("pour", s.pour, comptes[ChoixVote.POUR]),
        ("contre", s.contre, comptes[ChoixVote.CONTRE]),
        ("abstentions", s.abstentions, comptes[ChoixVote.ABSTENTION]),
        ("ne prend pas part", s.ne_prend_pas_part, comptes[ChoixVote.NE_PREND_PAS_PART]),
        ("blancs ou nuls", s.blancs_nuls, comptes[ChoixVote.BLANC] + comptes[ChoixVote.NUL]),
    )
    ecarts = [
        f"{nom} {annonce} annoncés, {compte} nominatifs"
        for nom, annonce, compte in comparaisons
        if annonce is not None and annonce != compte
    ]
    if ecarts:
        yield Constat(
            code="vote.nominatifs",
            severite=Severite.ERREUR,
            message="Les votes nominatifs ne donnent pas les totaux annoncés : "
            + " ; ".join(ecarts)
            + f" ({point.designation}).",
            chemin=chemin,
            article="CGCT art. L2121-21",
        )


@regle(
    "resultat",
    "Résultat : adopté si les « pour » dépassent les « contre » ; égalité tranchée par la voix "
    "du président, sauf au scrutin secret",
    "CGCT art. L2121-20 al. 2 et 3",
    ["resultat.contradictoire", "resultat.egalite", "resultat.unanimite"],
)
def verifier_resultat(ctx: Contexte) -> Iterator[Constat]:
    """Le résultat annoncé doit être celui que donnent les chiffres."""
    for point in ctx.points:
        for j, s in enumerate(point.deliberation.scrutins):
            chemin = f"{point.chemin}.scrutins[{j}]"
            if s.unanimite and ((s.contre or 0) > 0 or s.pour == 0):
                yield Constat(
                    code="resultat.unanimite",
                    severite=Severite.ERREUR,
                    message=f"Unanimité annoncée avec {s.pour} pour et {s.contre} contre "
                    f"({point.designation}).",
                    chemin=chemin,
                    article="CGCT art. L2121-20",
                )
            if s.pour is None and s.contre is None:
                continue
            pour, contre = s.pour or 0, s.contre or 0
            secret = s.mode is ModeScrutin.SECRET
            if pour == contre and pour > 0 and not secret:
                if s.resultat is None or not s.voix_preponderante:
                    yield Constat(
                        code="resultat.egalite",
                        severite=Severite.AVERTISSEMENT,
                        message=f"Égalité ({pour} pour, {contre} contre) : le résultat dépend de "
                        f"la voix prépondérante du président, non indiquée ({point.designation}).",
                        chemin=chemin,
                        article="CGCT art. L2121-20 al. 3",
                    )
                continue
            calcule = ResultatVote.ADOPTE if pour > contre else ResultatVote.REJETE
            if s.resultat is not None and s.resultat is not calcule:
                egalite = " (égalité au scrutin secret)" if pour == contre and secret else ""
                yield Constat(
                    code="resultat.contradictoire",
                    severite=Severite.ERREUR,
                    message=f"Résultat annoncé « {s.resultat.libelle} » alors que {pour} pour et "
                    f"{contre} contre donnent « {calcule.libelle} »{egalite} ({point.designation}).",
                    chemin=f"{chemin}.resultat",
                    article="CGCT art. L2121-20",
                )
