"""Fabrique de séances cohérentes (aucune erreur) que chaque test dérègle d'un seul point."""

from __future__ import annotations

import datetime as dt

import attrs

from deliberations.model import (
    Assemblee,
    Collectivite,
    DecomptesDeclares,
    Deliberation,
    Elu,
    Mandat,
    Organe,
    Presence,
    Procuration,
    Scrutin,
    Seance,
    StatutPresence,
    TypeCollectivite,
)

SEANCE = dt.date(2024, 9, 26)


def membre(i: int) -> Elu:
    return Elu(prenom=f"Prénom{i}", nom=f"NOM{i}")


def seance(
    *,
    membres: int = 10,
    presents: int = 7,
    procurations: int = 2,
    type: TypeCollectivite = TypeCollectivite.COMMUNE,
    population: int | None = 5000,
    departement: str | None = "86",
    date: dt.date = SEANCE,
    convocation: dt.date | None = dt.date(2024, 9, 19),
    organe: Organe = Organe.CONSEIL_MUNICIPAL,
) -> Seance:
    """``presents`` premiers membres présents ; les ``procurations`` suivants donnent pouvoir
    aux premiers présents (à partir du 3e, pour ne pas charger président et secrétaire)."""
    elus = [membre(i) for i in range(1, membres + 1)]
    presences = [Presence(elu=e, statut=StatutPresence.PRESENT) for e in elus[:presents]]
    procs = []
    for k, e in enumerate(elus[presents : presents + procurations]):
        presences.append(Presence(elu=e, statut=StatutPresence.REPRESENTE))
        procs.append(Procuration(mandant=e, mandataire=elus[(2 + k) % presents]))
    presences += [
        Presence(elu=e, statut=StatutPresence.ABSENT) for e in elus[presents + procurations :]
    ]
    votants = presents + procurations
    return Seance(
        assemblee=Assemblee(
            collectivite=Collectivite(
                nom="Ville de Test",
                type=type,
                population=population,
                departement=departement,
            ),
            organe=organe,
            mandats=[Mandat(elu=e) for e in elus],
        ),
        date=date,
        date_convocation=convocation,
        president=elus[0],
        secretaires=[elus[1]],
        presences=presences,
        procurations=procs,
        deliberations=[
            Deliberation(
                numero="D1",
                objet="Objet",
                scrutins=[
                    Scrutin(pour=votants, contre=0, abstentions=0, dont_procurations=procurations)
                ],
            )
        ],
        decomptes=DecomptesDeclares(
            en_exercice=membres, presents=presents, procurations=procurations, votants=votants
        ),
    )


def avec_scrutin(s: Seance, **changements: object) -> Seance:
    """La séance dont le scrutin de la première délibération est modifié."""
    d = s.deliberations[0]
    scrutin = attrs.evolve(d.scrutins[0], **changements)
    return attrs.evolve(
        s, deliberations=[attrs.evolve(d, scrutins=[scrutin]), *s.deliberations[1:]]
    )
