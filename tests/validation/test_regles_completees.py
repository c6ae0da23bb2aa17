"""Issue 12 : les cas que les règles du CGCT traitaient mal ou ignoraient.

Chaque test dérègle un seul point d'une séance cohérente (la fabrique) et vérifie le
constat attendu, puis la séance juste de l'autre côté du seuil."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from deliberations.model import (
    Candidat,
    CategorieDeliberation,
    ChoixVote,
    Deliberation,
    Demission,
    Elu,
    Fonction,
    ModeScrutin,
    MotifRetrait,
    Organe,
    Presence,
    Procuration,
    ResultatVote,
    Retrait,
    Scrutin,
    Seance,
    StatutPresence,
    TypeCollectivite,
    TypeSeance,
    Vote,
)
from deliberations.validation import Severite, valider
from tests.validation.fabrique import avec_scrutin, membre, seance


def codes(s: Seance, **options: object) -> list[str]:
    return valider(s, **options).codes()  # type: ignore[arg-type]


def avec_deliberation(s: Seance, **changements: object) -> Seance:
    d = attrs.evolve(s.deliberations[0], **changements)
    return attrs.evolve(s, deliberations=[d, *s.deliberations[1:]])


def statut(s: Seance, elu: Elu, **changements: object) -> Seance:
    presences = [attrs.evolve(p, **changements) if p.elu == elu else p for p in s.presences]
    return attrs.evolve(s, presences=presences)


def deux_points(s: Seance, pour: int) -> Seance:
    d2 = Deliberation(numero="D2", objet="Second objet", scrutins=[Scrutin(pour=pour, contre=0)])
    return attrs.evolve(s, deliberations=[*s.deliberations, d2], decomptes=None)


# ------------------------------------------------------------ 1. quorum COVID : qui compte


def covid(jour: dt.date, presents: int, procurations: int, **options: object) -> Seance:
    return seance(
        membres=30,
        presents=presents,
        procurations=procurations,
        date=jour,
        convocation=jour - dt.timedelta(days=13),
        **options,  # type: ignore[arg-type]
    )


def test_ordonnance_2020_391_presents_ou_representes() -> None:
    jour = dt.date(2020, 5, 15)
    assert codes(covid(jour, 9, 1)) == []
    r = valider(covid(jour, 8, 1))
    assert r.codes() == ["quorum.non-atteint"]
    assert (
        "9 présents ou représentés sur 30 membres en exercice, 10 requis" in r.constats[0].message
    )
    assert "2020-391" in (r.constats[0].article or "")


def test_bornes_de_l_ordonnance_2020_391() -> None:
    # 9 présents et 1 représenté sur 30 : 10 requis
    assert codes(covid(dt.date(2020, 4, 1), 9, 1)) == ["quorum.non-atteint"]
    assert codes(covid(dt.date(2020, 4, 2), 9, 1)) == []
    assert codes(covid(dt.date(2020, 7, 10), 9, 1)) == []
    assert codes(covid(dt.date(2020, 7, 11), 9, 1)) == ["quorum.non-atteint"]


def test_installation_printemps_2020_presents_seulement() -> None:
    jour = dt.date(2020, 6, 1)
    installation = attrs.evolve(covid(jour, 9, 1), type=TypeSeance.INSTALLATION)
    assert codes(installation) == ["quorum.non-atteint"]
    assert "2020-562" in (valider(installation).constats[0].article or "")
    assert codes(attrs.evolve(covid(jour, 10, 1), type=TypeSeance.INSTALLATION)) == []
    assert codes(covid(jour, 9, 1)) == []


def test_loi_2020_1379_presents_seulement() -> None:
    jour = dt.date(2021, 3, 4)
    assert codes(covid(jour, 10, 1)) == []
    r = valider(covid(jour, 9, 1))
    assert r.codes() == ["quorum.non-atteint"]
    assert "9 présents sur 30" in r.constats[0].message


def test_commission_permanente_en_periode_covid_compte_les_presents() -> None:
    options = {"type": TypeCollectivite.DEPARTEMENT, "organe": Organe.COMMISSION_PERMANENTE}
    jour = dt.date(2021, 3, 4)
    assert codes(covid(jour, 10, 2, **options)) == []
    assert codes(covid(jour, 9, 2, **options)) == ["quorum.non-atteint"]
    # hors période, la commission permanente compte les représentés (L3121-14-1)
    hors = dt.date(2024, 9, 26)
    assert codes(covid(hors, 15, 1, **options)) == []
    assert codes(covid(hors, 14, 1, **options)) == ["quorum.non-atteint"]


# ------------------------------------------------------------ 2. présence à distance


def a_distance(jour: dt.date, presents: int = 7, **options: object) -> Seance:
    s = seance(
        presents=presents,
        procurations=0,
        date=jour,
        convocation=jour - dt.timedelta(days=13),
        **options,  # type: ignore[arg-type]
    )
    s = statut(s, membre(presents), statut=StatutPresence.PRESENT_A_DISTANCE)
    return avec_scrutin(s, pour=presents, dont_procurations=0)


def test_commune_ne_delibere_pas_a_distance_depuis_aout_2022() -> None:
    assert codes(a_distance(dt.date(2022, 7, 31))) == []
    r = valider(a_distance(dt.date(2022, 8, 1)))
    assert r.codes() == ["seance.distance-non-permise"]
    assert r.constats[0].severite is Severite.ERREUR
    # le membre à distance ne compte pas au quorum : 5 comptés sur 10, 6 requis
    r = valider(a_distance(dt.date(2024, 9, 26), presents=6))
    assert r.codes() == ["quorum.non-atteint", "seance.distance-non-permise"]
    assert "1 présent(s) à distance non compté(s)" in r.constats[0].message


def test_commune_entre_deux_periodes_derogatoires() -> None:
    assert codes(a_distance(dt.date(2021, 10, 15))) == ["seance.distance-non-permise"]
    assert codes(a_distance(dt.date(2021, 11, 10))) == []


@pytest.mark.parametrize(
    ("type_", "organe", "jour", "permis"),
    [
        (TypeCollectivite.METROPOLE, Organe.CONSEIL_METROPOLITAIN, dt.date(2020, 1, 15), True),
        (TypeCollectivite.METROPOLE, Organe.CONSEIL_METROPOLITAIN, dt.date(2019, 12, 28), False),
        (TypeCollectivite.SYNDICAT, Organe.COMITE_SYNDICAL, dt.date(2020, 1, 15), False),
        (TypeCollectivite.SYNDICAT, Organe.COMITE_SYNDICAL, dt.date(2022, 8, 1), True),
        (TypeCollectivite.METROPOLE, Organe.BUREAU, dt.date(2024, 9, 26), False),
        (TypeCollectivite.DEPARTEMENT, Organe.CONSEIL_DEPARTEMENTAL, dt.date(2021, 10, 15), False),
        (TypeCollectivite.DEPARTEMENT, Organe.CONSEIL_DEPARTEMENTAL, dt.date(2024, 9, 26), True),
        (TypeCollectivite.REGION, Organe.COMMISSION_PERMANENTE, dt.date(2024, 9, 26), True),
    ],
)
def test_qui_peut_compter_les_presents_a_distance(
    type_: TypeCollectivite, organe: Organe, jour: dt.date, permis: bool
) -> None:
    s = a_distance(jour, type=type_, organe=organe, population=None)
    assert codes(s) == ([] if permis else ["seance.distance-non-permise"])


# ------------------------------------------------------------ 3. suppléants des EPCI


def supplee(presents: int, type_: TypeCollectivite = TypeCollectivite.METROPOLE) -> Seance:
    """``presents`` sièges occupés, dont celui du membre ``presents`` par son suppléant."""
    s = seance(membres=10, presents=presents, procurations=0, type=type_, population=None)
    s = statut(s, membre(presents), statut=StatutPresence.REMPLACE, suppleant=Elu(nom="SUPPLEANT"))
    s = attrs.evolve(s, decomptes=attrs.evolve(s.decomptes, presents=presents, votants=presents))
    return avec_scrutin(s, pour=presents, dont_procurations=0)


def test_suppleant_compte_au_quorum_et_vote() -> None:
    assert codes(supplee(6)) == []
    r = valider(supplee(5))
    assert r.codes() == ["quorum.non-atteint"]
    assert "5 présents sur 10" in r.constats[0].message


def test_suppleant_vote_nominatif() -> None:
    s = supplee(6)
    votes = [Vote(elu=membre(i), choix=ChoixVote.POUR) for i in range(1, 6)]
    votes.append(Vote(elu=Elu(nom="SUPPLEANT"), choix=ChoixVote.POUR))
    assert codes(avec_scrutin(s, votes=votes)) == []
    votes[-1] = Vote(elu=Elu(nom="INCONNU"), choix=ChoixVote.POUR)
    assert codes(avec_scrutin(s, votes=votes)) == ["vote.votant-absent"]


def test_suppleant_hors_epci() -> None:
    s = supplee(7, TypeCollectivite.COMMUNE)
    s = avec_scrutin(s, pour=6)
    s = attrs.evolve(s, decomptes=attrs.evolve(s.decomptes, presents=6, votants=6))
    assert codes(s) == ["seance.suppleant-hors-epci"]


# ------------------------------------------------------------ 4. compte administratif à égalité


def compte_administratif(**scrutin: object) -> Seance:
    s = avec_deliberation(
        seance(),
        categorie=CategorieDeliberation.COMPTE_ADMINISTRATIF,
        president=membre(3),
        retraits=[Retrait(elu=membre(1), motif=MotifRetrait.COMPTE_ADMINISTRATIF)],
    )
    return avec_scrutin(s, **scrutin)


def test_compte_administratif_egalite_arrete() -> None:
    base = {"pour": 4, "contre": 4, "abstentions": 0}
    assert codes(compte_administratif(**base, resultat=ResultatVote.ADOPTE)) == []
    r = valider(compte_administratif(**base, resultat=ResultatVote.REJETE))
    assert r.codes() == ["resultat.contradictoire"]
    assert r.constats[0].article == "CGCT art. L1612-12 al. 2"
    contre = {"pour": 3, "contre": 4, "abstentions": 1}
    assert codes(compte_administratif(**contre, resultat=ResultatVote.REJETE)) == []
    assert codes(compte_administratif(**contre, resultat=ResultatVote.ADOPTE)) == [
        "resultat.contradictoire"
    ]


# ------------------------------------------------------------ 5. seconde convocation et total


def test_seconde_convocation_garde_le_total_des_voix() -> None:
    s = attrs.evolve(seance(membres=10, presents=3, procurations=0), seconde_convocation=True)
    assert codes(s) == ["quorum.seconde-convocation"]
    assert codes(avec_scrutin(s, pour=2)) == ["quorum.seconde-convocation", "vote.total"]


# ------------------------------------------------------------ 6. démission en séance


def test_demission_en_seance_reduit_les_membres_en_exercice() -> None:
    s = seance(membres=10, presents=6, procurations=0)
    s = deux_points(statut(s, membre(6), depart_point=1), pour=5)
    r = valider(s)
    assert r.codes() == ["quorum.non-atteint"]
    assert "5 présents sur 10 membres en exercice, 6 requis" in r.constats[0].message
    # membre 10 (absent) démissionne après le point 1 : 9 en exercice, 5 requis
    demission = attrs.evolve(s, demissions=[Demission(elu=membre(10), apres_point=1)])
    assert codes(demission) == []
    # une démission après le point 2 n'a pas d'effet sur le point 2
    tardive = attrs.evolve(s, demissions=[Demission(elu=membre(10), apres_point=2)])
    assert codes(tardive) == ["quorum.non-atteint"]


def test_demissionnaire_qui_vote_ensuite() -> None:
    s = deux_points(seance(membres=10, presents=6, procurations=0), pour=5)
    s = attrs.evolve(s, demissions=[Demission(elu=membre(6), apres_point=1)])
    votes = [Vote(elu=membre(i), choix=ChoixVote.POUR) for i in range(1, 6)]
    d2 = attrs.evolve(s.deliberations[1], scrutins=[Scrutin(pour=5, votes=votes)])
    assert codes(attrs.evolve(s, deliberations=[s.deliberations[0], d2])) == []
    votes[-1] = Vote(elu=membre(6), choix=ChoixVote.POUR)
    d2 = attrs.evolve(d2, scrutins=[Scrutin(pour=5, votes=votes)])
    assert codes(attrs.evolve(s, deliberations=[s.deliberations[0], d2])) == ["vote.votant-absent"]


# ------------------------------------------------------------ 7. installation du conseil


def test_installation_trois_jours_francs() -> None:
    def installation(convocation: dt.date) -> Seance:
        s = seance(population=12000, convocation=convocation)
        return attrs.evolve(s, type=TypeSeance.INSTALLATION)

    assert codes(installation(dt.date(2024, 9, 22))) == []
    r = valider(installation(dt.date(2024, 9, 23)))
    assert r.codes() == ["convocation.delai"]
    assert "L2121-7" in (r.constats[0].article or "")
    assert codes(seance(population=12000, convocation=dt.date(2024, 9, 22))) == [
        "convocation.delai"
    ]


# ------------------------------------------------------------ 8. douze jours (départements, régions)


def test_region_douze_jours_erreur() -> None:
    s = seance(type=TypeCollectivite.REGION, population=None, convocation=dt.date(2024, 9, 15))
    r = valider(s)
    assert r.codes() == ["convocation.delai"]
    assert r.constats[0].severite is Severite.ERREUR
    assert "11 jour(s)" in r.constats[0].message
    assert r.constats[0].article == "CGCT art. L4132-18"


def test_commission_permanente_sans_delai_de_douze_jours() -> None:
    # L3121-19 et L4132-18 : douze jours avant une réunion du conseil, pas de la commission
    # permanente (délai du règlement intérieur, que la séance ne dit pas)
    for type_ in (TypeCollectivite.REGION, TypeCollectivite.DEPARTEMENT):
        s = seance(
            type=type_,
            population=None,
            convocation=dt.date(2024, 9, 15),
            organe=Organe.COMMISSION_PERMANENTE,
        )
        assert "convocation.delai" not in valider(s).codes()


# ------------------------------------------------------------ 9. secrétaire de séance


def test_secretaire_avertissement() -> None:
    for s in (
        attrs.evolve(seance(), secretaires=[]),
        attrs.evolve(seance(), secretaires=[membre(10)]),
    ):
        r = valider(s)
        assert r.ok
        assert [c.severite for c in r] == [Severite.AVERTISSEMENT]
        assert "165510" in (r.constats[0].article or "")


# ------------------------------------------------------------ 10. procurations successives


def successives(simultanees: bool) -> Seance:
    """8 arrive au point 2 ; 9 part après le point 1 (ou est absent toute la séance) ; tous
    deux ont donné pouvoir à 3."""
    s = seance(membres=10, presents=7, procurations=0)
    presences = [p for p in s.presences if p.elu not in (membre(8), membre(9))]
    presences.append(Presence(elu=membre(8), statut=StatutPresence.PRESENT, arrivee_point=2))
    presences.append(
        Presence(elu=membre(9), statut=StatutPresence.REPRESENTE)
        if simultanees
        else Presence(elu=membre(9), statut=StatutPresence.PRESENT, depart_point=1)
    )
    procs = [
        Procuration(mandant=membre(8), mandataire=membre(3)),
        Procuration(mandant=membre(9), mandataire=membre(3)),
    ]
    s = attrs.evolve(s, presences=presences, procurations=procs)
    s = avec_scrutin(s, pour=9, dont_procurations=None)
    return deux_points(s, pour=9)  # 9 votants à chaque point


def test_procurations_successives_pas_de_cumul() -> None:
    assert codes(successives(False)) == []
    r = valider(successives(True))
    assert r.codes() == ["procuration.cumul"]
    assert r.constats[0].details == (("procurations", 2), ("limite", 1))


# ------------------------------------------------------------ 11. retirés « ne prend pas part »


def test_retire_compte_comme_ne_prenant_pas_part() -> None:
    s = avec_deliberation(seance(), retraits=[Retrait(elu=membre(5))])
    # 6 présents (5 s'est retiré) et 2 pouvoirs : 8 votants ; le procès-verbal compte 5
    # parmi ceux qui ne prennent pas part au vote
    assert codes(avec_scrutin(s, pour=8, ne_prend_pas_part=1)) == []
    assert codes(avec_scrutin(s, pour=8, ne_prend_pas_part=0)) == []
    assert codes(avec_scrutin(s, pour=9, ne_prend_pas_part=0)) == ["vote.total"]
    assert codes(avec_scrutin(s, pour=8, ne_prend_pas_part=2)) == ["vote.total"]


def test_retire_note_ne_prenant_pas_part_au_vote_nominatif() -> None:
    s = seance(membres=5, presents=4, procurations=0)
    votes = [Vote(elu=membre(i), choix=ChoixVote.POUR) for i in (1, 2, 3)]
    votes.append(Vote(elu=membre(4), choix=ChoixVote.NE_PREND_PAS_PART))
    d = attrs.evolve(
        s.deliberations[0],
        retraits=[Retrait(elu=membre(4))],
        scrutins=[Scrutin(pour=3, ne_prend_pas_part=1, votes=votes)],
    )
    assert codes(attrs.evolve(s, deliberations=[d])) == []


def test_retire_qui_vote_un_seul_constat() -> None:
    s = seance(membres=5, presents=4, procurations=0)
    votes = [Vote(elu=membre(i), choix=ChoixVote.POUR) for i in (1, 2, 4)]
    d = attrs.evolve(
        s.deliberations[0],
        retraits=[Retrait(elu=membre(4))],
        scrutins=[Scrutin(pour=3, votes=votes)],
    )
    assert codes(attrs.evolve(s, deliberations=[d])) == ["interet.vote"]


# ------------------------------------------------------------ 12. trois séances consécutives


def avec_pouvoir_du(jour: dt.date, maladie: bool = False) -> Seance:
    s = seance(procurations=1, date=jour, convocation=jour - dt.timedelta(days=7))
    (p,) = s.procurations
    return attrs.evolve(
        s, procurations=[attrs.evolve(p, date=dt.date(2024, 5, 30), maladie=maladie)]
    )


JOURS = [dt.date(2024, 6, 6), dt.date(2024, 7, 4), dt.date(2024, 8, 29), dt.date(2024, 9, 26)]


def test_pouvoir_trois_seances_consecutives() -> None:
    seances = [avec_pouvoir_du(j) for j in JOURS]
    assert codes(seances[2], registre=seances[:3]) == []
    r = valider(seances[3], registre=seances)
    assert r.codes() == ["procuration.trois-seances"]
    assert r.constats[0].severite is Severite.ERREUR
    assert "4 séances consécutives" in r.constats[0].message
    # une séance sans ce pouvoir rompt la suite
    coupure = [seances[0], attrs.evolve(seances[1], procurations=()), *seances[2:]]
    assert codes(seances[3], registre=coupure) == []
    malade = [avec_pouvoir_du(j, maladie=True) for j in JOURS]
    assert codes(malade[3], registre=malade) == []


# ------------------------------------------------------------ 13. seconde convocation


def seconde(defaut: dt.date, convocation: dt.date, **options: object) -> Seance:
    s = seance(membres=10, presents=3, procurations=0, convocation=convocation, **options)  # type: ignore[arg-type]
    return attrs.evolve(s, seconde_convocation=True, date_defaut_quorum=defaut)


def test_seconde_convocation_trois_jours_apres() -> None:
    urgence = {"type": TypeSeance.URGENCE}
    juste = attrs.evolve(seconde(dt.date(2024, 9, 23), dt.date(2024, 9, 23)), **urgence)
    assert codes(juste) == ["quorum.seconde-convocation"]
    court = attrs.evolve(seconde(dt.date(2024, 9, 24), dt.date(2024, 9, 24)), **urgence)
    r = valider(court)
    assert r.codes() == ["quorum.seconde-convocation", "quorum.seconde-convocation-delai"]
    assert r.constats[1].severite is Severite.ERREUR


def test_seconde_convocation_envoyee_avant_la_seance_manquee() -> None:
    assert codes(seconde(dt.date(2024, 9, 19), dt.date(2024, 9, 19))) == [
        "quorum.seconde-convocation"
    ]
    assert codes(seconde(dt.date(2024, 9, 19), dt.date(2024, 9, 18))) == [
        "quorum.seconde-convocation",
        "quorum.seconde-convocation-envoi",
    ]


def test_seconde_convocation_ordre_du_jour() -> None:
    s = seconde(dt.date(2024, 9, 19), dt.date(2024, 9, 19))
    premiere = attrs.evolve(
        seance(date=dt.date(2024, 9, 19), convocation=dt.date(2024, 9, 12)),
        deliberations=[Deliberation(numero="D1", objet="Objet")],
    )
    assert codes(s, registre=[premiere, s]) == ["quorum.seconde-convocation"]
    ajout = deux_points(s, pour=3)
    r = valider(ajout, registre=[premiere, ajout])
    assert r.codes() == ["quorum.seconde-convocation", "quorum.non-atteint"]
    assert r.constats[1].chemin == "deliberations[1]"


def test_departement_de_plein_droit_trois_jours_plus_tard() -> None:
    options = {"type": TypeCollectivite.DEPARTEMENT, "population": None}
    assert codes(seconde(dt.date(2024, 9, 23), dt.date(2024, 9, 1), **options)) == [
        "quorum.seconde-convocation"
    ]
    assert codes(seconde(dt.date(2024, 9, 21), dt.date(2024, 9, 1), **options)) == [
        "quorum.seconde-convocation",
        "quorum.seconde-convocation-delai",
    ]


# ------------------------------------------------------------ 14. voix prépondérante


def egalite_nominative(president: ChoixVote, resultat: ResultatVote, **scrutin: object) -> Seance:
    s = seance(membres=4, presents=4, procurations=0)
    autre = ChoixVote.CONTRE if president is ChoixVote.POUR else ChoixVote.POUR
    votes = [
        Vote(elu=membre(1), choix=president),
        Vote(elu=membre(2), choix=president),
        Vote(elu=membre(3), choix=autre),
        Vote(elu=membre(4), choix=autre),
    ]
    return avec_scrutin(
        s, pour=2, contre=2, abstentions=0, votes=votes, resultat=resultat, **scrutin
    )


def test_voix_preponderante_du_president_au_vote_nominatif() -> None:
    assert codes(egalite_nominative(ChoixVote.POUR, ResultatVote.ADOPTE)) == []
    assert codes(egalite_nominative(ChoixVote.CONTRE, ResultatVote.REJETE)) == []
    r = valider(egalite_nominative(ChoixVote.CONTRE, ResultatVote.ADOPTE))
    assert r.codes() == ["resultat.contradictoire"]
    assert r.constats[0].article == "CGCT art. L2121-20 al. 3"
    # pas de voix prépondérante au scrutin secret : l'égalité vaut rejet
    secret = egalite_nominative(ChoixVote.POUR, ResultatVote.ADOPTE, mode=ModeScrutin.SECRET)
    r = valider(secret)
    assert r.codes() == ["resultat.contradictoire"]
    assert "scrutin secret" in r.constats[0].message


# ------------------------------------------------------------ 15. compte administratif sans retrait


def ca_sans_retrait(**scrutin: object) -> Seance:
    s = avec_deliberation(
        seance(), categorie=CategorieDeliberation.COMPTE_ADMINISTRATIF, president=membre(3)
    )
    return avec_scrutin(s, **scrutin)


def test_compte_administratif_le_maire_ne_vote_pas() -> None:
    r = valider(ca_sans_retrait())
    assert r.codes() == ["interet.compte-administratif"]
    assert r.constats[0].severite is Severite.ERREUR
    assert codes(ca_sans_retrait(pour=8, ne_prend_pas_part=1)) == []
    votes = [Vote(elu=membre(i), choix=ChoixVote.POUR) for i in range(1, 8)]
    votes += [Vote(elu=membre(8), choix="pour", mandataire=membre(3))]
    votes += [Vote(elu=membre(9), choix="pour", mandataire=membre(4))]
    assert codes(ca_sans_retrait(votes=votes)) == ["interet.compte-administratif"]
    votes[0] = Vote(elu=membre(1), choix=ChoixVote.NE_PREND_PAS_PART)
    assert codes(ca_sans_retrait(pour=8, ne_prend_pas_part=1, votes=votes)) == []


def test_compte_administratif_pas_de_pouvoir_du_maire() -> None:
    # le maire (1) est absent et a donné pouvoir à 3 : son pouvoir ne sert pas au vote
    s = seance(membres=10, presents=7, procurations=0)
    s = statut(s, membre(1), statut=StatutPresence.REPRESENTE)
    s = attrs.evolve(
        s,
        president=membre(2),
        secretaires=[membre(4)],
        procurations=[Procuration(mandant=membre(1), mandataire=membre(3))],
        decomptes=None,
    )
    mandats = [
        attrs.evolve(m, fonction=Fonction.MAIRE) if m.elu == membre(1) else m
        for m in s.assemblee.mandats
    ]
    s = attrs.evolve(s, assemblee=attrs.evolve(s.assemblee, mandats=mandats))
    s = avec_deliberation(s, categorie=CategorieDeliberation.COMPTE_ADMINISTRATIF)
    r = valider(avec_scrutin(s, pour=7, dont_procurations=1))
    assert r.codes() == ["interet.compte-administratif"]
    assert "Prénom1 NOM1" in r.constats[0].message
    assert codes(avec_scrutin(s, pour=6, ne_prend_pas_part=1, dont_procurations=0)) == []


def test_compte_administratif_preside_par_le_maire_sans_retrait() -> None:
    s = avec_deliberation(ca_sans_retrait(pour=8, ne_prend_pas_part=1), president=membre(1))
    assert codes(s) == ["interet.compte-administratif"]


# ------------------------------------------------------------ 16. scrutin public, secret, nominations


def test_scrutin_public_sans_liste() -> None:
    r = valider(avec_scrutin(seance(), mode=ModeScrutin.PUBLIC))
    assert r.codes() == ["vote.public-sans-liste"]
    votes = [Vote(elu=membre(i), choix=ChoixVote.POUR) for i in range(1, 8)]
    votes += [Vote(elu=membre(8), choix="pour"), Vote(elu=membre(9), choix="pour")]
    assert codes(avec_scrutin(seance(), mode=ModeScrutin.PUBLIC, votes=votes)) == []


@pytest.mark.parametrize(
    ("mode", "demandeurs", "attendu"),
    [
        (ModeScrutin.SECRET, 3, []),  # un tiers de 7 présents : 3
        (ModeScrutin.SECRET, 2, ["vote.demande-insuffisante"]),
        (ModeScrutin.PUBLIC, 2, []),  # un quart de 7 présents : 2
        (ModeScrutin.PUBLIC, 1, ["vote.demande-insuffisante"]),
    ],
)
def test_seuil_de_demande(mode: ModeScrutin, demandeurs: int, attendu: list[str]) -> None:
    votes = [Vote(elu=membre(i), choix=ChoixVote.POUR) for i in range(1, 10)]
    liste = votes if mode is ModeScrutin.PUBLIC else []
    s = avec_scrutin(seance(), mode=mode, demandeurs=demandeurs, votes=liste)
    assert codes(s) == attendu


def test_seuil_de_demande_scrutin_public_departement() -> None:
    s = seance(type=TypeCollectivite.DEPARTEMENT, population=None, convocation=dt.date(2024, 9, 1))
    votes = [Vote(elu=membre(i), choix=ChoixVote.POUR) for i in range(1, 10)]
    public = {"mode": ModeScrutin.PUBLIC, "votes": votes}
    assert codes(avec_scrutin(s, **public, demandeurs=2)) == []  # un sixième de 7 : 2
    assert codes(avec_scrutin(s, **public, demandeurs=1)) == ["vote.demande-insuffisante"]


def nomination(*candidats: Candidat, tour: int | None = 1, **scrutin: object) -> Seance:
    s = avec_deliberation(seance(), categorie=CategorieDeliberation.NOMINATION)
    d = s.deliberations[0]
    scrutin.setdefault("mode", ModeScrutin.SECRET)
    d = attrs.evolve(d, scrutins=[Scrutin(candidats=candidats, tour=tour, **scrutin)])  # type: ignore[arg-type]
    return attrs.evolve(s, deliberations=[d])


def test_nomination_au_scrutin_secret() -> None:
    a = Candidat(nom="A", voix=9, designe=True)
    assert codes(nomination(a)) == []
    assert codes(nomination(a, mode=ModeScrutin.MAIN_LEVEE)) == ["vote.nomination-non-secret"]
    assert codes(nomination(a, mode=ModeScrutin.MAIN_LEVEE, secret_ecarte=True)) == []


def test_nomination_au_conseil_regional_toujours_secrete() -> None:
    a = Candidat(nom="A", voix=9, designe=True)
    region = nomination(a, mode=ModeScrutin.PUBLIC, secret_ecarte=True)
    votes = [Vote(elu=membre(i), choix=ChoixVote.POUR) for i in range(1, 10)]
    region = avec_scrutin(region, votes=votes)
    collectivite = attrs.evolve(
        region.assemblee.collectivite, type=TypeCollectivite.REGION, population=None
    )
    region = attrs.evolve(
        region,
        assemblee=attrs.evolve(region.assemblee, collectivite=collectivite),
        date_convocation=dt.date(2024, 9, 1),
    )
    r = valider(region)
    assert r.codes() == ["vote.nomination-non-secret"]
    assert r.constats[0].article == "CGCT art. L4132-14"


def test_nomination_majorite_absolue_puis_relative() -> None:
    assert (
        codes(nomination(Candidat(nom="A", voix=5, designe=True), Candidat(nom="B", voix=4))) == []
    )
    trois = (
        Candidat(nom="A", voix=4, designe=True),
        Candidat(nom="B", voix=3),
        Candidat(nom="C", voix=2),
    )
    r = valider(nomination(*trois, tour=2))
    assert r.codes() == ["vote.nomination-majorite"]
    assert r.constats[0].severite is Severite.ERREUR
    assert codes(nomination(*trois, tour=3)) == []
    assert codes(nomination(*trois, tour=None)) == ["vote.nomination-majorite"]


def test_nomination_egalite_au_plus_age() -> None:
    jeune = Candidat(nom="A", voix=4, naissance=dt.date(1970, 1, 1), designe=True)
    age = Candidat(nom="B", voix=4, naissance=dt.date(1950, 1, 1))
    assert codes(nomination(jeune, age, tour=3)) == ["vote.nomination-majorite"]
    assert (
        codes(
            nomination(attrs.evolve(jeune, designe=False), attrs.evolve(age, designe=True), tour=3)
        )
        == []
    )


# ------------------------------------------------------------ 17. L1111-6


def aide(**scrutin: object) -> Seance:
    s = avec_deliberation(
        seance(),
        categorie=CategorieDeliberation.AIDE_ORGANISME,
        representants_organisme=[membre(5)],
    )
    return avec_scrutin(s, **scrutin)


def test_representant_de_l_organisme_ne_vote_pas() -> None:
    r = valider(aide())
    assert r.codes() == ["interet.representant"]
    assert r.constats[0].severite is Severite.ERREUR
    assert r.constats[0].article == "CGCT art. L1111-6"
    assert codes(aide(pour=8, ne_prend_pas_part=1)) == []
    retire = avec_deliberation(aide(pour=8), retraits=[Retrait(elu=membre(5))])
    assert codes(retire) == []
    inconnu = aide(pour=None, contre=None, abstentions=None, dont_procurations=None)
    assert [c.severite for c in valider(inconnu)] == [Severite.AVERTISSEMENT]


# ------------------------------------------------------------ 18. délégation de vote d'un département


def test_delegation_departementale_une_reunion() -> None:
    def reunion(jour: dt.date) -> Seance:
        s = seance(
            type=TypeCollectivite.DEPARTEMENT,
            organe=Organe.CONSEIL_DEPARTEMENTAL,
            population=None,
            procurations=1,
            date=jour,
            convocation=jour - dt.timedelta(days=20),
        )
        (p,) = s.procurations
        return attrs.evolve(s, procurations=[attrs.evolve(p, date=dt.date(2024, 6, 1))])

    juin, septembre = reunion(dt.date(2024, 6, 10)), reunion(dt.date(2024, 9, 26))
    assert codes(juin, registre=[juin, septembre]) == []
    r = valider(septembre, registre=[juin, septembre])
    assert r.codes() == ["procuration.une-reunion"]
    assert r.constats[0].article == "CGCT art. L3121-16"
    nouvelle = attrs.evolve(
        septembre, procurations=[attrs.evolve(septembre.procurations[0], date=dt.date(2024, 9, 20))]
    )
    assert codes(nouvelle, registre=[juin, nouvelle]) == []


# ------------------------------------------------------------ 19. note explicative de synthèse


@pytest.mark.parametrize(
    ("population", "note", "attendu"),
    [
        (3500, False, ["convocation.note-explicative"]),
        (3499, False, []),
        (5000, True, []),
        (5000, None, []),
    ],
)
def test_note_explicative(population: int, note: bool | None, attendu: list[str]) -> None:
    s = attrs.evolve(
        seance(population=population, convocation=dt.date(2024, 9, 20)), note_explicative=note
    )
    assert codes(s) == attendu


def test_note_explicative_epci_avertissement() -> None:
    s = seance(type=TypeCollectivite.METROPOLE, population=250000)
    r = valider(attrs.evolve(s, note_explicative=False))
    assert r.codes() == ["convocation.note-explicative"]
    assert r.constats[0].severite is Severite.AVERTISSEMENT


# ------------------------------------------------------------ faits non établis


def test_fait_non_etabli_devient_information() -> None:
    s = attrs.evolve(seance(), president=None)
    assert codes(s) == ["seance.president-inconnu"]
    r = valider(s, non_etablis=["president"])
    assert r.codes() == ["seance.non-verifiable"]
    assert r.constats[0].severite is Severite.INFO
    assert "non vérifiable : le document ne le dit pas" in r.constats[0].message


def test_faits_portes_par_la_seance() -> None:
    """La séance porte ses faits non établis : ``valider`` s'en sert sans qu'on les passe, et
    ceux qu'on passe en plus s'y ajoutent."""
    s = attrs.evolve(seance(), president=None, secretaires=(), non_etablis=["president"])
    assert sorted(codes(s)) == ["seance.non-verifiable", "seance.secretaire-manquant"]
    r = valider(s, non_etablis=["secretaires"])
    assert r.codes() == ["seance.non-verifiable"] * 2 and r.ok


def test_faits_non_etablis_quorum_et_votes() -> None:
    s = seance()
    s = attrs.evolve(
        s,
        assemblee=attrs.evolve(s.assemblee, mandats=()),
        decomptes=attrs.evolve(s.decomptes, en_exercice=None),
        deliberations=[Deliberation(numero="D1", objet="Objet")],
    )
    assert codes(s) == ["quorum.indetermine", "vote.sans-scrutin"]
    r = valider(s, non_etablis=["decomptes.en_exercice", "scrutins"])
    assert r.codes() == ["quorum.non-verifiable", "vote.non-verifiable"]
    assert r.ok and all(c.severite is Severite.INFO for c in r)


def test_procurations_non_etablies() -> None:
    s = seance()
    s = attrs.evolve(s, procurations=(), decomptes=None)
    attendu = ["procuration.statut", "procuration.statut", "vote.total", "vote.procurations"]
    assert sorted(codes(s)) == sorted(attendu)
    r = valider(s, non_etablis=["procurations"])
    assert sorted(r.codes()) == sorted(
        ["procuration.non-verifiable"] * 2 + ["vote.non-verifiable"] * 2
    )
    assert r.ok


def test_date_et_organe_supposes() -> None:
    """Une date déduite (signature) ne juge ni la période des textes ni le délai ; un organe
    supposé ne choisit pas la famille de règles : non vérifiable, jamais une erreur."""
    s = a_distance(dt.date(2024, 9, 26))
    assert codes(s) == ["seance.distance-non-permise"]
    assert valider(s, non_etablis=["date"]).codes() == ["seance.non-verifiable"]
    hors_epci = supplee(7, TypeCollectivite.COMMUNE)
    hors_epci = avec_scrutin(hors_epci, pour=6)
    hors_epci = attrs.evolve(
        hors_epci, decomptes=attrs.evolve(hors_epci.decomptes, presents=6, votants=6)
    )
    r = valider(attrs.evolve(hors_epci, non_etablis=["organe"]))
    assert r.codes() == ["seance.non-verifiable"] and r.ok
    assert "l'organe délibérant, supposé" in r.constats[0].message


def test_fait_inconnu() -> None:
    with pytest.raises(ValueError, match="faits possibles"):
        valider(seance(), non_etablis=["meteo"])
