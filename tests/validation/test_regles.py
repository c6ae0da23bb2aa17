"""Chaque règle : une séance qui l'enfreint donne exactement son constat, avec ses chiffres ;
une séance juste du bon côté du seuil n'en donne aucun."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from deliberations.model import (
    ChoixVote,
    DecomptesDeclares,
    Deliberation,
    Elu,
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
    lire_seance,
)
from deliberations.validation import CATALOGUE, Rapport, Severite, valider
from tests.conftest import EXEMPLE_SEED
from tests.validation.fabrique import avec_scrutin, membre, seance


def codes(r: Rapport) -> list[str]:
    return r.codes()


def test_fabrique_sans_constat() -> None:
    assert codes(valider(seance())) == []


# ------------------------------------------------------------------ le seed


def seed() -> Seance:
    return lire_seance(EXEMPLE_SEED)


def seed_avec_presents(n: int) -> Seance:
    """Le seed où seuls ``n`` des 67 présents le restent (mandataires, président et
    secrétaire gardés), décomptes et scrutin ajustés : seul le quorum peut casser."""
    s = seed()
    gardes = {p.mandataire.cle for p in s.procurations} | {"francois rebsamen", "antoine hoareau"}
    a_retirer = 67 - n
    presences = []
    for p in s.presences:
        if a_retirer and p.statut is StatutPresence.PRESENT and p.elu.cle not in gardes:
            presences.append(attrs.evolve(p, statut=StatutPresence.ABSENT))
            a_retirer -= 1
        else:
            presences.append(p)
    assert a_retirer == 0
    s = attrs.evolve(s, presences=presences, decomptes=attrs.evolve(s.decomptes, presents=n))
    return avec_scrutin(s, pour=n + 11)


def test_seed_sans_erreur() -> None:
    rapport = valider(seed())
    assert rapport.ok
    assert list(rapport) == []


def test_seed_40_presents_quorum() -> None:
    rapport = valider(seed_avec_presents(40))
    assert codes(rapport) == ["quorum.non-atteint"]
    (constat,) = rapport
    assert "40 présents sur 86 membres en exercice, 44 requis" in constat.message
    assert constat.severite is Severite.ERREUR
    assert constat.article == "CGCT art. L2121-17 et L5211-1"
    assert constat.chemin == "deliberations[0]"


def test_seed_44_presents_juste_assez() -> None:
    assert codes(valider(seed_avec_presents(44))) == []
    assert codes(valider(seed_avec_presents(43))) == ["quorum.non-atteint"]


# ------------------------------------------------------------------ quorum


def test_quorum_nombre_impair() -> None:
    # 11 membres : 6 requis
    assert codes(valider(seance(membres=11, presents=6, procurations=0))) == []
    r = valider(seance(membres=11, presents=5, procurations=0))
    assert codes(r) == ["quorum.non-atteint"]
    assert "5 présents sur 11 membres en exercice, 6 requis" in r.constats[0].message


def test_quorum_les_procurations_ne_comptent_pas() -> None:
    r = valider(seance(membres=10, presents=5, procurations=4))
    assert codes(r) == ["quorum.non-atteint"]


def test_quorum_commission_permanente_compte_les_representes() -> None:
    s = seance(
        membres=10,
        presents=5,
        procurations=1,
        type=TypeCollectivite.DEPARTEMENT,
        convocation=dt.date(2024, 9, 1),
        organe=Organe.COMMISSION_PERMANENTE,
    )
    assert codes(valider(s)) == []


def test_quorum_periode_covid_tiers() -> None:
    jour = dt.date(2021, 3, 4)
    conv = jour - dt.timedelta(days=10)
    assert (
        codes(valider(seance(membres=30, presents=10, procurations=0, date=jour, convocation=conv)))
        == []
    )
    r = valider(seance(membres=30, presents=9, procurations=0, date=jour, convocation=conv))
    assert codes(r) == ["quorum.non-atteint"]
    assert "10 requis" in r.constats[0].message
    assert "2020-1379" in (r.constats[0].article or "")


def test_quorum_au_point_apres_des_departs() -> None:
    s = seance(membres=10, presents=6, procurations=0)
    # deux membres partent après le point 1 ; le point 2 n'a plus que 4 présents
    presences = [
        attrs.evolve(p, depart_point=1) if p.elu in (membre(5), membre(6)) else p
        for p in s.presences
    ]
    d2 = Deliberation(numero="D2", objet="Second", scrutins=[Scrutin(pour=4, contre=0)])
    s = attrs.evolve(s, presences=presences, deliberations=[*s.deliberations, d2])
    r = valider(s)
    assert codes(r) == ["quorum.non-atteint"]
    assert r.constats[0].chemin == "deliberations[1]"
    assert "point 2" in r.constats[0].message


def test_quorum_retraits_non_comptes() -> None:
    s = seance(membres=10, presents=6, procurations=0)
    d = s.deliberations[0]
    d = attrs.evolve(
        d,
        retraits=[Retrait(elu=membre(6), motif=MotifRetrait.INTERESSE)],
        scrutins=[Scrutin(pour=5)],
    )
    r = valider(attrs.evolve(s, deliberations=[d]))
    assert codes(r) == ["quorum.non-atteint"]
    assert "retiré" in r.constats[0].message


def test_quorum_seconde_convocation() -> None:
    s = attrs.evolve(seance(membres=10, presents=3, procurations=0), seconde_convocation=True)
    r = valider(s)
    assert codes(r) == ["quorum.seconde-convocation"]
    assert r.ok


def test_quorum_indetermine() -> None:
    s = seance()
    s = attrs.evolve(
        s,
        assemblee=attrs.evolve(s.assemblee, mandats=()),
        decomptes=attrs.evolve(s.decomptes, en_exercice=None),
    )
    assert codes(valider(s)) == ["quorum.indetermine"]


# ------------------------------------------------------------------ procurations


def test_procuration_cumul() -> None:
    s = seance(membres=10, presents=6, procurations=2)
    p0, p1 = s.procurations
    s = attrs.evolve(s, procurations=[p0, attrs.evolve(p1, mandataire=p0.mandataire)])
    r = valider(s)
    assert codes(r) == ["procuration.cumul"]
    assert "détient 2 procurations" in r.constats[0].message
    assert "1 permise" in r.constats[0].message


def test_procuration_cumul_permis_en_periode_covid() -> None:
    jour, conv = dt.date(2021, 3, 4), dt.date(2021, 2, 20)
    s = seance(membres=10, presents=6, procurations=2, date=jour, convocation=conv)
    p0, p1 = s.procurations
    s = attrs.evolve(s, procurations=[p0, attrs.evolve(p1, mandataire=p0.mandataire)])
    assert codes(valider(s)) == []


def test_procuration_mandataire_absent() -> None:
    s = seance(membres=10, presents=6, procurations=1)
    (p,) = s.procurations
    s = attrs.evolve(s, procurations=[attrs.evolve(p, mandataire=membre(10))])
    s = avec_scrutin(s, pour=6, dont_procurations=0)
    r = valider(s)
    assert codes(r) == ["procuration.mandataire-absent"]


def test_procuration_chaine() -> None:
    # 9 donne pouvoir à 8, qui a lui-même donné pouvoir à 4 : la chaîne est interdite,
    # et le pouvoir de 9 ne peut servir (8 est absent).
    s = seance(membres=10, presents=6, procurations=2)
    s = attrs.evolve(
        s,
        procurations=[*s.procurations, Procuration(mandant=membre(9), mandataire=membre(8))],
        presences=[
            attrs.evolve(p, statut=StatutPresence.REPRESENTE) if p.elu == membre(9) else p
            for p in s.presences
        ],
        decomptes=attrs.evolve(s.decomptes, procurations=3, votants=9),
    )
    assert sorted(set(codes(valider(s)))) == [
        "procuration.chaine",
        "procuration.mandataire-absent",
    ]


def test_procuration_non_ecrite_et_hors_validite() -> None:
    s = seance(membres=10, presents=6, procurations=1)
    (p,) = s.procurations
    assert codes(valider(attrs.evolve(s, procurations=[attrs.evolve(p, ecrite=False)]))) == [
        "procuration.non-ecrite"
    ]
    fin = attrs.evolve(p, debut=dt.date(2024, 1, 1), fin=dt.date(2024, 6, 30))
    r = valider(attrs.evolve(s, procurations=[fin]))
    assert codes(r) == ["procuration.hors-validite"]
    juste = attrs.evolve(p, debut=dt.date(2024, 1, 1), fin=dt.date(2024, 9, 26))
    # valable depuis janvier : la limite de trois séances (L2121-20) n'est pas vérifiable
    # sur cette seule séance, ce qu'une information dit
    r = valider(attrs.evolve(s, procurations=[juste]))
    assert codes(r) == ["procuration.trois-seances"]
    assert r.ok and r.constats[0].severite is Severite.INFO
    du_jour = attrs.evolve(p, debut=dt.date(2024, 9, 26), fin=dt.date(2024, 9, 26))
    assert codes(valider(attrs.evolve(s, procurations=[du_jour]))) == []


def test_procuration_non_membre() -> None:
    s = seance(membres=10, presents=6, procurations=1)
    (p,) = s.procurations
    etranger = Elu(prenom="Paul", nom="EXTERIEUR")
    s = attrs.evolve(
        s,
        procurations=[attrs.evolve(p, mandataire=etranger)],
        presences=[*s.presences, Presence(elu=etranger, statut=StatutPresence.PRESENT)],
    )
    assert "procuration.non-membre" in codes(valider(s))


def test_procuration_doublon() -> None:
    s = seance(membres=10, presents=6, procurations=1)
    (p,) = s.procurations
    s = attrs.evolve(s, procurations=[p, attrs.evolve(p, mandataire=membre(5))])
    assert "procuration.doublon" in codes(valider(s))


def test_procuration_mandant_present() -> None:
    s = seance(membres=10, presents=6, procurations=0)
    s = attrs.evolve(s, procurations=[Procuration(mandant=membre(6), mandataire=membre(5))])
    s = attrs.evolve(s, decomptes=attrs.evolve(s.decomptes, procurations=1, votants=7))
    assert codes(valider(s)) == ["procuration.mandant-present"]


def test_represente_sans_procuration() -> None:
    s = seance(membres=10, presents=6, procurations=1)
    s = attrs.evolve(
        s, procurations=[], decomptes=attrs.evolve(s.decomptes, procurations=0, votants=6)
    )
    s = avec_scrutin(s, pour=6, dont_procurations=0)
    assert codes(valider(s)) == ["procuration.statut"]


# ------------------------------------------------------------------ votes et résultat


def test_vote_total() -> None:
    r = valider(avec_scrutin(seance(), pour=8))
    assert codes(r) == ["vote.total"]
    assert "8 voix décomptées" in r.constats[0].message
    assert "9 membres présents ou représentés (7 présents, 2 procurations" in r.constats[0].message


def test_vote_total_avec_ne_prend_pas_part() -> None:
    assert codes(valider(avec_scrutin(seance(), pour=7, ne_prend_pas_part=2))) == []


def test_vote_procurations_exces() -> None:
    r = valider(avec_scrutin(seance(), dont_procurations=3))
    assert codes(r) == ["vote.procurations"]
    assert codes(valider(avec_scrutin(seance(), dont_procurations=2))) == []


def test_votes_nominatifs() -> None:
    s = seance(membres=4, presents=3, procurations=0)
    votes = [Vote(elu=membre(i), choix=ChoixVote.POUR) for i in (1, 2, 3)]
    assert codes(valider(avec_scrutin(s, pour=3, votes=votes))) == []
    assert codes(
        valider(avec_scrutin(s, pour=3, votes=[*votes[:2], Vote(elu=membre(3), choix="contre")]))
    ) == ["vote.nominatifs"]
    double = [*votes[:2], Vote(elu=membre(2), choix=ChoixVote.POUR)]
    assert codes(valider(avec_scrutin(s, pour=3, votes=double))) == ["vote.double"]
    absent = [*votes[:2], Vote(elu=membre(4), choix=ChoixVote.POUR)]
    assert codes(valider(avec_scrutin(s, pour=3, votes=absent))) == ["vote.votant-absent"]


def test_blancs_hors_scrutin_secret() -> None:
    s = avec_scrutin(seance(), pour=8, blancs_nuls=1, mode=ModeScrutin.MAIN_LEVEE)
    assert codes(valider(s)) == ["vote.blancs-hors-secret"]
    s = avec_scrutin(seance(), pour=8, blancs_nuls=1, mode=ModeScrutin.SECRET)
    assert codes(valider(s)) == []


def test_resultat_contradictoire() -> None:
    r = valider(avec_scrutin(seance(), resultat=ResultatVote.REJETE))
    assert codes(r) == ["resultat.contradictoire"]
    assert "9 pour et 0 contre" in r.constats[0].message


def test_abstentions_ne_sont_pas_des_suffrages() -> None:
    s = avec_scrutin(seance(), pour=2, contre=1, abstentions=6, resultat=ResultatVote.ADOPTE)
    assert codes(valider(s)) == []


def test_egalite() -> None:
    s = avec_scrutin(seance(), pour=4, contre=4, abstentions=1, resultat=ResultatVote.ADOPTE)
    assert codes(valider(s)) == ["resultat.egalite"]
    tranche = avec_scrutin(
        seance(), pour=4, contre=4, abstentions=1, resultat="adopte", voix_preponderante=True
    )
    assert codes(valider(tranche)) == []
    secret = avec_scrutin(
        seance(), pour=4, contre=4, abstentions=1, resultat="adopte", mode=ModeScrutin.SECRET
    )
    r = valider(secret)
    assert codes(r) == ["resultat.contradictoire"]
    assert "scrutin secret" in r.constats[0].message


def test_unanimite_avec_contre() -> None:
    r = valider(avec_scrutin(seance(), pour=8, contre=1, unanimite=True))
    assert codes(r) == ["resultat.unanimite"]


# ------------------------------------------------------------------ convocation


@pytest.mark.parametrize(
    ("type_", "population", "convocation", "attendu"),
    [
        (TypeCollectivite.COMMUNE, 3000, dt.date(2024, 9, 22), []),  # 3 jours francs
        (TypeCollectivite.COMMUNE, 3000, dt.date(2024, 9, 23), ["convocation.delai"]),
        (TypeCollectivite.COMMUNE, 3500, dt.date(2024, 9, 20), []),  # 5 jours francs
        (TypeCollectivite.COMMUNE, 3500, dt.date(2024, 9, 21), ["convocation.delai"]),
        (TypeCollectivite.METROPOLE, None, dt.date(2024, 9, 20), []),
        (TypeCollectivite.COMMUNAUTE_DE_COMMUNES, 900, dt.date(2024, 9, 21), ["convocation.delai"]),
        (TypeCollectivite.DEPARTEMENT, None, dt.date(2024, 9, 13), []),
        # « douze jours au moins avant la réunion » (L3121-19) : 12 jours, pas 12 jours francs
        (TypeCollectivite.DEPARTEMENT, None, dt.date(2024, 9, 14), []),
        (TypeCollectivite.DEPARTEMENT, None, dt.date(2024, 9, 15), ["convocation.delai"]),
        (TypeCollectivite.REGION, None, dt.date(2024, 9, 14), []),
        (TypeCollectivite.REGION, None, dt.date(2024, 9, 15), ["convocation.delai"]),
        (TypeCollectivite.COMMUNE, None, dt.date(2024, 9, 21), ["convocation.population-inconnue"]),
        (TypeCollectivite.COMMUNE, None, dt.date(2024, 9, 27), ["convocation.apres-seance"]),
    ],
)
def test_delai_de_convocation(
    type_: TypeCollectivite, population: int | None, convocation: dt.date, attendu: list[str]
) -> None:
    s = seance(type=type_, population=population, convocation=convocation)
    assert codes(valider(s)) == attendu


@pytest.mark.parametrize(
    ("seance_du", "convocation", "attendu"),
    [
        # avant le renouvellement général de 2020 (L5211-1 ancien) : 3 jours francs si l'EPCI ne
        # comprend aucune commune de 3 500 habitants, 5 sinon ; le fichier ne le dit pas
        (dt.date(2016, 3, 14), dt.date(2016, 3, 9), ["convocation.population-inconnue"]),  # 4 jf
        (dt.date(2016, 3, 14), dt.date(2016, 3, 10), ["convocation.population-inconnue"]),  # 3 jf
        (dt.date(2016, 3, 14), dt.date(2016, 3, 11), ["convocation.delai"]),  # 2 jf
        (dt.date(2016, 3, 14), dt.date(2016, 3, 8), []),  # 5 jf
        # depuis (L5211-1, loi NOTRe) : 5 jours francs pour tout EPCI
        (dt.date(2021, 3, 15), dt.date(2021, 3, 10), ["convocation.delai"]),  # 4 jf
    ],
)
def test_delai_de_convocation_d_un_epci_selon_la_periode(
    seance_du: dt.date, convocation: dt.date, attendu: list[str]
) -> None:
    """L5211-1 : avant le renouvellement général de 2020, le délai d'un EPCI dépendait de ses
    communes membres (une commune de 3 500 habitants ou plus : 5 jours francs ; sinon 3) ;
    depuis, 5 jours francs pour tout EPCI. Ce que le fichier ne dit pas n'est pas une erreur."""
    s = seance(
        type=TypeCollectivite.COMMUNAUTE_DE_COMMUNES,
        population=None,
        date=seance_du,
        convocation=convocation,
        organe=Organe.CONSEIL_COMMUNAUTAIRE,
    )
    r = valider(s)
    assert [c for c in codes(r) if c.startswith("convocation.")] == attendu


def test_delai_en_chiffres() -> None:
    r = valider(seance(population=3000, convocation=dt.date(2024, 9, 24)))
    assert "1 jour(s) franc(s) entre la convocation et la séance, 3 requis" in r.constats[0].message
    assert r.constats[0].article == "CGCT art. L2121-11"


def test_delai_urgence() -> None:
    s = attrs.evolve(seance(convocation=dt.date(2024, 9, 24)), type=TypeSeance.URGENCE)
    assert codes(valider(s)) == []
    s = attrs.evolve(seance(convocation=dt.date(2024, 9, 25)), type=TypeSeance.URGENCE)
    assert codes(valider(s)) == ["convocation.delai"]


def test_delai_alsace_moselle() -> None:
    assert codes(valider(seance(departement="67", convocation=dt.date(2024, 9, 23)))) == []
    r = valider(seance(departement="67", convocation=dt.date(2024, 9, 24)))
    assert codes(r) == ["convocation.delai"]
    assert r.constats[0].article == "CGCT art. L2541-2"


def test_seed_convocation_7_jours_francs() -> None:
    s = attrs.evolve(seed(), date_convocation=dt.date(2024, 9, 21))
    assert codes(valider(s)) == ["convocation.delai"]
    assert "4 jour(s) franc(s)" in valider(s).constats[0].message


# ------------------------------------------------------------------ séance


def test_president_absent() -> None:
    s = attrs.evolve(seance(), president=membre(10))
    assert codes(valider(s)) == ["seance.president-absent"]


def test_secretaire_manquant_ou_absent() -> None:
    assert codes(valider(attrs.evolve(seance(), secretaires=[]))) == ["seance.secretaire-manquant"]
    assert codes(valider(attrs.evolve(seance(), secretaires=[membre(10)]))) == [
        "seance.secretaire-absent"
    ]


def test_membre_sans_presence() -> None:
    s = seance()
    s = attrs.evolve(s, presences=s.presences[:-1])
    assert codes(valider(s)) == ["seance.membre-sans-presence"]


def test_presence_double() -> None:
    s = seance()
    s = attrs.evolve(s, presences=[*s.presences, s.presences[-1]])
    assert codes(valider(s)) == ["seance.presence-double"]


def test_decompte_annonce_faux() -> None:
    s = attrs.evolve(seance(), decomptes=DecomptesDeclares(en_exercice=10, presents=8))
    r = valider(s)
    assert codes(r) == ["seance.decompte"]
    assert "annonce 8 présents, les listes en donnent 7" in r.constats[0].message


def test_numero_double() -> None:
    s = seance()
    d = s.deliberations[0]
    assert "seance.numero-double" in codes(valider(attrs.evolve(s, deliberations=[d, d])))


# ------------------------------------------------------------------ intérêts


def test_interesse_qui_vote() -> None:
    s = seance(membres=5, presents=4, procurations=0)
    d = s.deliberations[0]
    votes = [Vote(elu=membre(i), choix=ChoixVote.POUR) for i in (1, 2, 3, 4)]
    d = attrs.evolve(
        d,
        retraits=[Retrait(elu=membre(4))],
        scrutins=[Scrutin(pour=3, votes=votes[:3])],
    )
    assert codes(valider(attrs.evolve(s, deliberations=[d]))) == []
    d = attrs.evolve(d, scrutins=[Scrutin(pour=3, votes=[*votes[:2], votes[3]])])
    r = valider(attrs.evolve(s, deliberations=[d]))
    assert "interet.vote" in codes(r)


def test_compte_administratif_preside_par_le_maire() -> None:
    s = seance()
    d = attrs.evolve(
        s.deliberations[0],
        retraits=[Retrait(elu=membre(1), motif=MotifRetrait.COMPTE_ADMINISTRATIF)],
        scrutins=[Scrutin(pour=8, contre=0)],
    )
    r = valider(attrs.evolve(s, deliberations=[d]))
    assert codes(r) == ["interet.compte-administratif"]
    d = attrs.evolve(d, president=membre(3))
    assert codes(valider(attrs.evolve(s, deliberations=[d]))) == []


# ------------------------------------------------------------------ registre des règles


def test_catalogue_desactivation_et_ajout() -> None:
    s = avec_scrutin(seance(), pour=8)
    assert codes(valider(s, CATALOGUE.sans("votes"))) == []
    with pytest.raises(KeyError):
        CATALOGUE.sans("inexistante")


def test_regle_qui_plante_ne_fait_pas_tout_echouer() -> None:
    from deliberations.validation import regle

    @regle("bug", "Règle boguée", "aucun", ["bug"])
    def boguee(ctx: object) -> list[object]:
        raise RuntimeError("patatras")

    r = valider(seance(), CATALOGUE.avec(boguee))  # type: ignore[arg-type]
    assert codes(r) == ["regle.echec"]


def test_rapport_json() -> None:
    r = valider(avec_scrutin(seance(), pour=8))
    d = r.vers_dict()
    assert d["ok"] is False
    assert d["resume"] == {"erreur": 1, "avertissement": 0, "info": 0}
    assert d["constats"][0]["code"] == "vote.total"
    assert d["constats"][0]["details"] == {"voix": 8, "attendues": 9}


def test_decomptes_seuls_sans_liste() -> None:
    s = seance()
    s = attrs.evolve(s, presences=(), procurations=())
    s = attrs.evolve(s, decomptes=attrs.evolve(s.decomptes, presents=4, votants=6))
    s = avec_scrutin(s, pour=6, dont_procurations=2)
    r = valider(s)
    assert codes(r) == ["quorum.non-atteint"]


def test_mandant_excuse_admis_absent_signale() -> None:
    """Un mandant noté « excusé » (« Excusés ayant donné pouvoir : X à Y ») est représenté : pas de
    constat ; noté « absent » (sans excuse), la contradiction est dite."""
    s = seance(membres=10, presents=6, procurations=1)
    (p,) = s.procurations
    for statut, attendu in ((StatutPresence.EXCUSE, []), (StatutPresence.ABSENT, ["procuration.statut"])):
        presences = [
            attrs.evolve(x, statut=statut) if x.elu == p.mandant else x for x in s.presences
        ]
        assert codes(valider(attrs.evolve(s, presences=presences))) == attendu
