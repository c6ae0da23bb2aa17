"""Règles de la séance : président, secrétaire, liste des membres, décomptes annoncés."""

from __future__ import annotations

from collections.abc import Iterator

from deliberations.model import (
    CategorieDeliberation,
    ChoixVote,
    Deliberation,
    Elu,
    Fonction,
    Mandat,
    MotifRetrait,
    RoleMandat,
    StatutPresence,
)
from deliberations.validation.contexte import Contexte, Point, contient, indices_candidats
from deliberations.validation.rapport import Constat, Severite
from deliberations.validation.regles import regle


def _deja_vu(elus: tuple[Elu, ...], i: int) -> bool:
    """Vrai si un élu qui précède ``elus[i]`` lui correspond."""
    return any(elus[j].correspond(elus[i]) for j in indices_candidats(elus, elus[i]) if j < i)


ARTICLE_SECRETAIRE = (
    "CGCT art. L2121-15 ; formalité non substantielle (CE 27 février 1981, Bocholier ; "
    "CE 11 octobre 1999, n° 165510)"
)


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
        "seance.distance-non-permise",
        "seance.suppleant-hors-epci",
        "seance.non-verifiable",
    ],
)
def verifier_seance(ctx: Contexte) -> Iterator[Constat]:
    """Contrôles de la feuille de présence et de l'en-tête de la séance."""
    seance = ctx.seance
    if not ctx.type_connu:
        yield Constat(
            code="seance.type-inconnu",
            severite=Severite.INFO,
            message=(
                "Type de collectivité inconnu : les règles de la famille de l'organe "
                f"({ctx.famille}) sont appliquées."
            ),
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
            severite=Severite.AVERTISSEMENT,
            message="Aucun secrétaire de séance n'est désigné (formalité non substantielle : "
            "la délibération n'en est pas, à elle seule, irrégulière).",
            chemin="secretaires",
            article=ARTICLE_SECRETAIRE,
        )
    for i, secretaire in enumerate(seance.secretaires):
        if ctx.membre(secretaire) is False or (
            ctx.presences_connues and not _present_dans_la_seance(ctx, secretaire)
        ):
            yield Constat(
                code="seance.secretaire-absent",
                severite=Severite.AVERTISSEMENT,
                message=f"Le secrétaire de séance {secretaire} doit être un membre présent.",
                chemin=f"secretaires[{i}]",
                article=ARTICLE_SECRETAIRE,
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
    vus = tuple(p.elu for p in seance.presences)  # indexé une fois : pas de recherche linéaire
    for i, presence in enumerate(seance.presences):
        yield from _verifier_statut(ctx, i, presence.elu, presence.statut)
        if _deja_vu(vus, i):
            yield Constat(
                code="seance.presence-double",
                severite=Severite.ERREUR,
                message=f"{presence.elu} figure plusieurs fois dans la liste des présences.",
                chemin=f"presences[{i}]",
            )
        if presence.statut is StatutPresence.SUPPLEANT:
            yield from _verifier_suppleant(ctx, i, presence.elu)
        elif ctx.membre(presence.elu) is False:
            yield Constat(
                code="seance.presence-non-membre",
                severite=Severite.ERREUR,
                message=f"{presence.elu} figure dans les présences sans être membre en exercice.",
                chemin=f"presences[{i}]",
            )
    yield from _membres_sans_presence(ctx, vus)


def _verifier_suppleant(ctx: Contexte, i: int, elu: Elu) -> Iterator[Constat]:
    """Un suppléant qui siège pour un titulaire non nommé : pas deux fois, et suppléant en
    exercice si les mandats nomment des suppléants (sinon, rien à vérifier)."""
    seance = ctx.seance
    remplacants = tuple(
        p.suppleant
        for p in seance.presences
        if p.statut is StatutPresence.REMPLACE and p.suppleant is not None
    )
    if contient(remplacants, elu):
        yield Constat(
            code="seance.presence-double",
            severite=Severite.ERREUR,
            message=f"{elu} siège comme suppléant d'un titulaire nommé et, de nouveau, comme "
            "suppléant d'un titulaire non nommé.",
            chemin=f"presences[{i}]",
        )
    suppleants = _mandats_de_suppleants(ctx)
    if suppleants and not contient(tuple(m.elu for m in suppleants), elu):
        yield Constat(
            code="seance.presence-non-membre",
            severite=Severite.ERREUR,
            message=f"{elu} siège comme suppléant sans mandat de suppléant en cours.",
            chemin=f"presences[{i}]",
            article="CGCT art. L5211-6, L5212-7",
        )


def _mandats_de_suppleants(ctx: Contexte) -> tuple[Mandat, ...]:
    return tuple(
        m
        for m in ctx.seance.assemblee.mandats
        if m.role is RoleMandat.SUPPLEANT and m.en_cours(ctx.jour)
    )


def _titulaires_supplees(ctx: Contexte) -> tuple[tuple[Elu, ...], int]:
    """Pour les suppléants au statut ``suppleant`` : les titulaires que leurs mandats nomment,
    et le nombre de ceux dont le titulaire reste inconnu."""
    mandats = _mandats_de_suppleants(ctx)
    titulaires: list[Elu] = []
    inconnus = 0
    for p in ctx.seance.presences:
        if p.statut is not StatutPresence.SUPPLEANT:
            continue
        mandat = next((m for m in mandats if m.elu.correspond(p.elu)), None)
        if mandat is not None and mandat.titulaire is not None:
            titulaires.append(mandat.titulaire)
        else:
            inconnus += 1
    return tuple(titulaires), inconnus


def _membres_sans_presence(ctx: Contexte, vus: tuple[Elu, ...]) -> Iterator[Constat]:
    """Les membres en exercice absents des listes ; un suppléant qui siège pour un titulaire
    non nommé peut les expliquer : tant qu'ils ne sont pas plus nombreux que ces suppléants,
    chacun peut être un titulaire suppléé (avertissement, pas erreur)."""
    manquants = [m for m in ctx.membres if not contient(vus, m)]
    if not manquants:
        return
    titulaires, inconnus = _titulaires_supplees(ctx)
    manquants = [m for m in manquants if not contient(titulaires, m)]
    for membre in manquants:
        message = (
            f"{membre} est membre en exercice mais n'est noté ni présent ni absent : "
            f"présents et absents ({len(vus)}) doivent égaler les membres en exercice "
            f"({len(ctx.membres)})"
        )
        if inconnus >= len(manquants):
            message += (
                f" ; {inconnus} suppléant(s) siègent pour des titulaires que le document ne "
                "nomme pas : il peut être l'un d'eux."
            )
        elif inconnus:
            message += (
                f" ; {inconnus} suppléant(s) siègent pour des titulaires que le document ne "
                f"nomme pas, mais {len(manquants)} membres manquent."
            )
        else:
            message += "."
        yield Constat(
            code="seance.membre-sans-presence",
            severite=Severite.AVERTISSEMENT if inconnus >= len(manquants) else Severite.ERREUR,
            message=message,
            chemin="presences",
        )


def _verifier_statut(ctx: Contexte, i: int, elu: Elu, statut: StatutPresence) -> Iterator[Constat]:
    if statut is StatutPresence.PRESENT_A_DISTANCE and ctx.distance is None:
        yield Constat(
            code="seance.distance-non-permise",
            severite=Severite.ERREUR,
            message=f"{elu} est noté présent à distance : aucun texte ne permet à cette "
            f"assemblée de délibérer à distance le {ctx.jour:%d/%m/%Y} ; il n'est pas compté "
            "au quorum.",
            chemin=f"presences[{i}]",
            article="CGCT art. L2121-7 ; L5211-11-1 et loi n° 2022-217 (3DS), art. 170",
        )
    if statut in (StatutPresence.REMPLACE, StatutPresence.SUPPLEANT) and ctx.famille != "epci":
        quoi = (
            "est noté remplacé par un suppléant"
            if statut is StatutPresence.REMPLACE
            else "est noté suppléant siégeant"
        )
        yield Constat(
            code="seance.suppleant-hors-epci",
            severite=Severite.AVERTISSEMENT,
            message=f"{elu} {quoi} : seuls les conseillers communautaires et les délégués des "
            "syndicats ont des suppléants ; il n'est pas compté comme présent.",
            chemin=f"presences[{i}]",
            article="CGCT art. L5211-6, L5212-7",
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
        presents, siegent = _presents_annonces(ctx, d.presents)
        comparaisons.append(("présents", d.presents, presents))
        comparaisons.append(("procurations", d.procurations, len(seance.procurations)))
        comparaisons.append(("votants", d.votants, siegent + len(seance.procurations)))
        if d.absents is not None:
            sans = len(seance.absents_sans_procuration())
            non_presents = sum(1 for p in seance.presences if not p.statut.physiquement_present)
            # les titulaires suppléés que le document ne nomme pas sont absents aussi
            inconnus = _titulaires_supplees(ctx)[1]
            if d.absents not in (sans, non_presents, non_presents + inconnus):
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


def _presents_annonces(ctx: Contexte, annonce: int | None) -> tuple[int, int]:
    """Les présents des listes, comptés comme le document les compte, et ceux qui votent :
    suppléants compris (ils sont présents et votent), ou, dans un EPCI, « présents ou
    suppléés » (titulaires remplacés compris), ou titulaires seuls (les suppléants de
    titulaires non nommés votent quand même)."""
    seance = ctx.seance
    presents = len(seance.presents())
    supplees = sum(1 for p in seance.presences if p.statut is StatutPresence.REMPLACE)
    suppleants = sum(1 for p in seance.presences if p.statut is StatutPresence.SUPPLEANT)
    arrives = presents - len(seance.presents(1))
    if ctx.famille == "epci" and supplees and annonce == presents + supplees:
        return presents + supplees, presents + supplees  # « présents ou suppléés »
    if ctx.famille == "epci" and supplees and arrives > 0 and annonce == presents + supplees - arrives:
        # « présents ou suppléés » à l'ouverture : sans les membres arrivés en cours de séance
        return presents + supplees - arrives, presents + supplees - arrives
    # dans un EPCI, le suppléant d'un titulaire nommé siège et vote, que le document compte
    # les présents avec ou sans lui (ou ne les compte pas)
    votent = presents + (supplees if ctx.famille == "epci" else 0)
    if suppleants and annonce == presents - suppleants:
        return presents - suppleants, votent  # « titulaires présents »
    if arrives > 0 and annonce == presents - arrives:
        # décomptes d'ouverture : un membre arrivé en cours de séance (``arrivee_point``)
        # n'y est pas compté
        return presents - arrives, votent - arrives
    return presents, votent


@regle(
    "interets",
    "Conflits d'intérêts : un membre intéressé ou retiré ne vote pas, ni pour lui ni comme "
    "mandataire ; le maire ne préside ni ne vote son compte administratif ; les représentants "
    "de la collectivité dans un organisme ne votent pas les aides qui lui sont accordées",
    "CGCT art. L2131-11, L2121-14 et L1111-6",
    [
        "interet.vote",
        "interet.compte-administratif",
        "interet.representant",
        "interet.non-verifiable",
    ],
)
def verifier_interets(ctx: Contexte) -> Iterator[Constat]:
    """Les retraits enregistrés sur une délibération sont confrontés aux votes."""
    for point in ctx.points:
        d = point.deliberation
        for r in d.retraits:
            yield from _retrait_et_votes(point, r.elu)
        constats = list(_retrait_du_maire(ctx, point))
        yield from constats
        if d.categorie is CategorieDeliberation.COMPTE_ADMINISTRATIF and not constats:
            yield from _compte_administratif(ctx, point)
        for k, representant in enumerate(d.representants_organisme):
            yield from _representant(point, k, representant)


def _retrait_du_maire(ctx: Contexte, point: Point) -> Iterator[Constat]:
    """Le maire retiré pour son compte administratif ne préside pas ce point."""
    d = point.deliberation
    for r in d.retraits:
        if (
            r.motif is MotifRetrait.COMPTE_ADMINISTRATIF
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


def _retrait_et_votes(point: Point, retire: Elu) -> Iterator[Constat]:
    for j, s in enumerate(point.deliberation.scrutins):
        for k, vote in enumerate(s.votes):
            if vote.choix is ChoixVote.NE_PREND_PAS_PART:
                continue
            if vote.elu.correspond(retire) or (
                vote.mandataire is not None and vote.mandataire.correspond(retire)
            ):
                role = "comme mandataire" if not vote.elu.correspond(retire) else ""
                yield Constat(
                    code="interet.vote",
                    severite=Severite.ERREUR,
                    message=f"{retire}, intéressé à l'affaire, a pris part au vote "
                    f"{role} ({point.designation}).".replace("  ", " ").replace(" )", ")"),
                    chemin=f"{point.chemin}.scrutins[{j}].votes[{k}]",
                    article="CGCT art. L2131-11",
                )


def _a_vote(d: Deliberation, elu: Elu) -> bool | None:
    """Vrai si un vote nominatif montre ``elu`` prenant part au vote ; faux s'il y a des votes
    nominatifs sans lui ; ``None`` sans votes nominatifs."""
    nominatifs = [v for s in d.scrutins for v in s.votes]
    if not nominatifs:
        return None
    return any(
        v.elu.correspond(elu) and v.choix is not ChoixVote.NE_PREND_PAS_PART for v in nominatifs
    )


def _sans_lui(point: Point, elu: Elu, nombre: int = 1) -> bool | None:
    """D'après les décomptes : faux si ``elu``, présent (ou représenté par un pouvoir
    utilisable) et non retiré, est forcément compté parmi les votants ; vrai s'il est absent
    sans pouvoir, retiré, ou si assez de membres ne prennent pas part au vote ; ``None`` si
    on ne peut rien dire."""
    d = point.deliberation
    if contient(point.retires, elu):
        return True
    vote = _a_vote(d, elu)
    if vote is not None:
        return not vote
    represente = any(p.mandant.correspond(elu) for p in point.procurations or ())
    if point.presents is not None and not contient(point.presents, elu) and not represente:
        return True
    s = d.scrutin
    if s is None or s.votants is None:
        return None
    if (s.ne_prend_pas_part or 0) >= nombre:
        return True
    if point.presents is not None and s.votants == point.nb_votants_attendus:
        return False
    return None


def ordonnateur(ctx: Contexte) -> Elu | None:
    """Le maire (ou le président) en fonction : d'après les mandats, sinon le président de séance."""
    fonction = Fonction.MAIRE if ctx.famille == "commune" else Fonction.PRESIDENT
    mandat = next((m for m in ctx.seance.membres_en_exercice() if m.fonction is fonction), None)
    return mandat.elu if mandat is not None else ctx.seance.president


def _compte_administratif(ctx: Contexte, point: Point) -> Iterator[Constat]:
    maire = ordonnateur(ctx)
    if maire is None:
        return
    d = point.deliberation
    article = "CGCT art. L2121-14"
    if d.president is not None and d.president.correspond(maire):
        yield Constat(
            code="interet.compte-administratif",
            severite=Severite.ERREUR,
            message=f"{maire} préside le vote de son compte administratif : le conseil doit "
            f"élire un autre président ({point.designation}).",
            chemin=f"{point.chemin}.president",
            article=article,
        )
    sans_lui = _sans_lui(point, maire)
    if sans_lui is False:
        yield Constat(
            code="interet.compte-administratif",
            severite=Severite.ERREUR,
            message=f"{maire} prend part au vote de son compte administratif : il doit se "
            f"retirer au moment du vote ({point.designation}).",
            chemin=point.chemin,
            article=article,
        )
    elif sans_lui is None or (
        d.president is None
        and ctx.seance.president is not None
        and ctx.seance.president.correspond(maire)
    ):
        manque = (
            "rien n'indique qu'il s'est retiré au moment du vote"
            if sans_lui is None
            else "le président élu pour ce point n'est pas indiqué"
        )
        yield Constat(
            code="interet.compte-administratif",
            severite=Severite.AVERTISSEMENT,
            message=f"Compte administratif de {maire} : {manque} ({point.designation}).",
            chemin=point.chemin,
            article=article,
        )


def _representant(point: Point, k: int, representant: Elu) -> Iterator[Constat]:
    d = point.deliberation
    nombre = len(d.representants_organisme)
    sans_lui = _sans_lui(point, representant, nombre)
    if sans_lui is True:
        return
    erreur = sans_lui is False
    yield Constat(
        code="interet.representant",
        severite=Severite.ERREUR if erreur else Severite.AVERTISSEMENT,
        message=f"{representant} représente la collectivité dans l'organisme bénéficiaire et "
        + ("prend part au vote" if erreur else "rien n'indique qu'il n'a pas pris part au vote")
        + f" ({point.designation}).",
        chemin=f"{point.chemin}.representants_organisme[{k}]",
        article="CGCT art. L1111-6",
    )
