"""Arithmétique des votes et résultat (CGCT L2121-20, L2121-21)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from deliberations.model import (
    CategorieDeliberation,
    ChoixVote,
    Elu,
    ModeScrutin,
    ResultatVote,
    Scrutin,
)
from deliberations.validation.contexte import Contexte, Point, contient
from deliberations.validation.droit import seuil_demande
from deliberations.validation.rapport import Constat, Severite
from deliberations.validation.regles import regle

ARTICLE_VOTE = "CGCT art. L2121-20"


def _a_decompte(s: Scrutin) -> bool:
    """Vrai si le scrutin donne au moins le nombre de voix pour (sinon la somme est inconnue)."""
    return s.pour is not None


@regle(
    "votes",
    "Votes : les voix égalent les membres présents ou représentés, procurations et votes "
    "nominatifs cohérents, scrutin public nominatif, seuils de demande, nominations au scrutin "
    "secret et à la bonne majorité",
    "CGCT art. L2121-20 et L2121-21, L3121-15, L4132-14",
    [
        "vote.sans-scrutin",
        "vote.total",
        "vote.procurations",
        "vote.nominatifs",
        "vote.double",
        "vote.votant-absent",
        "vote.blancs-hors-secret",
        "vote.public-sans-liste",
        "vote.demande-insuffisante",
        "vote.nomination-non-secret",
        "vote.nomination-majorite",
        "vote.non-verifiable",
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
    if _a_decompte(s) and attendus is not None:
        total = s.votants or 0
        if not _total_admis(total, attendus, point, s):
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
    yield from _verifier_mode(ctx, point, chemin, s)
    if s.candidats:
        yield from _verifier_candidats(point, chemin, s)


def _total_admis(total: int, attendus: int, point: Point, s: Scrutin) -> bool:
    """Le total est juste, ou ne dépasse les attendus que des membres retirés que le
    document compte parmi ceux qui ne prennent pas part au vote."""
    ecart = total - attendus
    return ecart == 0 or 0 < ecart <= min(len(point.retires), s.ne_prend_pas_part or 0)


def _verifier_mode(ctx: Contexte, point: Point, chemin: str, s: Scrutin) -> Iterator[Constat]:
    nomination = point.deliberation.categorie is CategorieDeliberation.NOMINATION
    article = ctx.article(
        "CGCT art. L2121-21",
        "CGCT art. L2121-21 et L5211-1",
        "CGCT art. L3121-15",
        "CGCT art. L4132-14",
    )
    if s.mode is ModeScrutin.PUBLIC and not s.votes:
        yield Constat(
            code="vote.public-sans-liste",
            severite=Severite.AVERTISSEMENT,
            message=f"Scrutin public sans la liste des votants et du sens de leur vote "
            f"({point.designation}) : le registre doit les porter.",
            chemin=chemin,
            article=article,
        )
    if nomination and s.mode is not None and s.mode is not ModeScrutin.SECRET:
        yield from _nomination_non_secrete(ctx, point, chemin, s.mode, s.secret_ecarte)
    yield from _verifier_demande(ctx, point, chemin, s, nomination)


def _nomination_non_secrete(
    ctx: Contexte, point: Point, chemin: str, mode: ModeScrutin, secret_ecarte: bool
) -> Iterator[Constat]:
    """Nominations au scrutin secret : l'assemblée peut y renoncer à l'unanimité (communes,
    EPCI, départements, L2121-21 al. 5 et L3121-15), pas un conseil régional (L4132-14)."""
    if ctx.famille == "departement":
        return  # le secret n'y est obligatoire que si un texte le prévoit : non vérifiable
    region = ctx.famille == "region"
    if secret_ecarte and not region:
        return
    raison = (
        "le scrutin secret est obligatoire pour les nominations au conseil régional"
        if region
        else "sans décision unanime de ne pas recourir au scrutin secret"
    )
    yield Constat(
        code="vote.nomination-non-secret",
        severite=Severite.AVERTISSEMENT,
        message=f"Nomination votée au scrutin {mode.libelle} : {raison} ({point.designation}).",
        chemin=chemin,
        article=ctx.article(
            "CGCT art. L2121-21 al. 4 et 5",
            "CGCT art. L2121-21 al. 4 et 5 et L5211-1",
            "CGCT art. L3121-15",
            "CGCT art. L4132-14",
        ),
    )


def _verifier_demande(
    ctx: Contexte, point: Point, chemin: str, s: Scrutin, nomination: bool
) -> Iterator[Constat]:
    if s.demandeurs is None or s.mode not in (ModeScrutin.PUBLIC, ModeScrutin.SECRET):
        return
    if nomination and s.mode is ModeScrutin.SECRET:
        return
    seuil = seuil_demande(ctx.famille, s.mode.value)
    if seuil is None or point.nb_presents is None:
        return
    numerateur, denominateur, article = seuil
    requis = -(-point.nb_presents * numerateur // denominateur)
    if s.demandeurs < requis:
        yield Constat(
            code="vote.demande-insuffisante",
            severite=Severite.AVERTISSEMENT,
            message=f"Scrutin {s.mode.libelle} demandé par {s.demandeurs} membre(s) ; "
            f"{numerateur}/{denominateur} des {point.nb_presents} présents, soit {requis}, "
            f"est requis ({point.designation}).",
            chemin=f"{chemin}.demandeurs",
            article=article,
            details={"demandeurs": s.demandeurs, "requis": requis},
        )


def _verifier_candidats(point: Point, chemin: str, s: Scrutin) -> Iterator[Constat]:
    """Nomination : majorité absolue aux deux premiers tours, relative au troisième, le plus
    âgé l'emportant à égalité (CGCT L2121-21 al. 4)."""
    exprimes = sum(c.voix for c in s.candidats)
    meilleur = max(c.voix for c in s.candidats)
    for k, c in enumerate(s.candidats):
        if not c.designe:
            continue
        probleme = None
        if (s.tour or 1) < 3 and 2 * c.voix <= exprimes:
            probleme = f"{c.voix} voix sur {exprimes} suffrages exprimés, sans la majorité absolue"
            if s.tour is None:
                probleme += (
                    " (tour non indiqué : un troisième tour se décide à la majorité relative)"
                )
        elif (s.tour or 1) >= 3 and c.voix < meilleur:
            probleme = f"{c.voix} voix quand un autre candidat en a {meilleur}"
        elif (s.tour or 1) >= 3 and c.naissance is not None:
            egaux = [a for a in s.candidats if a.voix == c.voix and a.naissance is not None]
            if any(a.naissance < c.naissance for a in egaux if a.naissance):
                probleme = "à égalité de voix, l'élection revient au plus âgé"
        if probleme:
            yield Constat(
                code="vote.nomination-majorite",
                severite=Severite.AVERTISSEMENT if s.tour is None else Severite.ERREUR,
                message=f"{c.nom} est déclaré élu au tour {s.tour or '(non indiqué)'} avec "
                f"{probleme} ({point.designation}).",
                chemin=f"{chemin}.candidats[{k}]",
                article="CGCT art. L2121-21 al. 4",
            )


def _voter_admis(point: Point, elu: Elu) -> bool:
    """Vrai si ``elu`` siège au point, ou y siège comme suppléant."""
    return contient(point.presents or (), elu) or contient(point.suppleants, elu)


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
            if contient(point.retires, vote.elu):
                continue  # un membre retiré qui vote : c'est le constat interet.vote
            present = _voter_admis(point, vote.elu)
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
    "du président, sauf au scrutin secret ; compte administratif arrêté sauf majorité contre",
    "CGCT art. L2121-20 al. 2 et 3, L1612-12 al. 2",
    ["resultat.contradictoire", "resultat.egalite", "resultat.unanimite"],
)
def verifier_resultat(ctx: Contexte) -> Iterator[Constat]:
    """Le résultat annoncé doit être celui que donnent les chiffres."""
    for point in ctx.points:
        for j, s in enumerate(point.deliberation.scrutins):
            yield from _verifier_un_resultat(ctx, point, f"{point.chemin}.scrutins[{j}]", s)


def _verifier_un_resultat(
    ctx: Contexte, point: Point, chemin: str, s: Scrutin
) -> Iterator[Constat]:
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
        return
    pour, contre = s.pour or 0, s.contre or 0
    secret = s.mode is ModeScrutin.SECRET
    article = "CGCT art. L2121-20"
    precision = ""
    if point.deliberation.categorie is CategorieDeliberation.COMPTE_ADMINISTRATIF:
        calcule = ResultatVote.REJETE if contre > pour else ResultatVote.ADOPTE
        article = "CGCT art. L1612-12 al. 2"
        precision = " (un compte administratif est arrêté sauf majorité contre)"
    elif pour == contre and pour > 0 and not secret:
        choix = _choix_du_president(ctx, point, s)
        if choix is None:
            if s.resultat is None or not s.voix_preponderante:
                yield Constat(
                    code="resultat.egalite",
                    severite=Severite.AVERTISSEMENT,
                    message=f"Égalité ({pour} pour, {contre} contre) : le résultat dépend de "
                    f"la voix prépondérante du président, non indiquée ({point.designation}).",
                    chemin=chemin,
                    article="CGCT art. L2121-20 al. 3",
                )
            return
        calcule = ResultatVote.ADOPTE if choix is ChoixVote.POUR else ResultatVote.REJETE
        article = "CGCT art. L2121-20 al. 3"
        precision = f" (égalité, le président a voté {choix.value} : sa voix est prépondérante)"
    else:
        calcule = ResultatVote.ADOPTE if pour > contre else ResultatVote.REJETE
        if pour == contre and secret:
            precision = " (égalité au scrutin secret)"
    if s.resultat is not None and s.resultat is not calcule:
        yield Constat(
            code="resultat.contradictoire",
            severite=Severite.ERREUR,
            message=f"Résultat annoncé « {s.resultat.libelle} » alors que {pour} pour et "
            f"{contre} contre donnent « {calcule.libelle} »{precision} ({point.designation}).",
            chemin=f"{chemin}.resultat",
            article=article,
        )


def _choix_du_president(ctx: Contexte, point: Point, s: Scrutin) -> ChoixVote | None:
    """Le vote pour ou contre du président de séance (du point, sinon de la séance) dans un
    vote nominatif, ou ``None``."""
    president = point.deliberation.president or ctx.seance.president
    if president is None:
        return None
    for vote in s.votes:
        if vote.mandataire is None and vote.elu.correspond(president):
            return vote.choix if vote.choix in (ChoixVote.POUR, ChoixVote.CONTRE) else None
    return None
