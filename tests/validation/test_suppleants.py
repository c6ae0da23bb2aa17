"""Suppléants qui siègent pour un titulaire que le document ne nomme pas (statut
``suppleant``) : comptés comme présents et votants dans un EPCI (CGCT L5211-6, L5212-7 ;
quorum L2121-17 par L5211-1), jamais pris pour un membre en exercice manquant sans le dire."""

from __future__ import annotations

import attrs

from deliberations.model import (
    ChoixVote,
    DecomptesDeclares,
    Deliberation,
    Elu,
    Mandat,
    Organe,
    Presence,
    RoleMandat,
    Scrutin,
    Seance,
    StatutPresence,
    TypeCollectivite,
    Vote,
)
from deliberations.validation import Severite, valider
from tests.validation.fabrique import avec_scrutin, membre, seance


def suppleant(i: int) -> Elu:
    return Elu(prenom=f"Suppléant{i}", nom=f"SUPP{i}")


def avec_suppleants(
    presents: int,
    suppleants: int = 1,
    type_: TypeCollectivite = TypeCollectivite.SYNDICAT,
    non_listes: int | None = None,
) -> Seance:
    """10 membres ; ``presents`` titulaires présents ; ``suppleants`` suppléants siègent ; les
    ``non_listes`` titulaires suivants (par défaut autant que de suppléants) ne figurent dans
    aucune liste (ceux que les suppléants remplacent, sans que le document les nomme)."""
    non_listes = suppleants if non_listes is None else non_listes
    s = seance(membres=10, presents=presents, procurations=0, type=type_, population=None)
    retires = {membre(i).cle for i in range(presents + 1, presents + 1 + non_listes)}
    presences = [p for p in s.presences if p.elu.cle not in retires]
    presences += [
        Presence(elu=suppleant(i), statut=StatutPresence.SUPPLEANT)
        for i in range(1, suppleants + 1)
    ]
    siegent = presents + suppleants
    s = attrs.evolve(
        s,
        presences=presences,
        decomptes=DecomptesDeclares(en_exercice=10, presents=siegent, votants=siegent),
    )
    return avec_scrutin(s, pour=siegent, dont_procurations=0)


def avec_mandats(s: Seance, *mandats: Mandat) -> Seance:
    assemblee = attrs.evolve(s.assemblee, mandats=[*s.assemblee.mandats, *mandats])
    return attrs.evolve(s, assemblee=assemblee)


def test_le_suppleant_compte_au_quorum_et_comme_votant() -> None:
    r = valider(avec_suppleants(5))
    # membre 6, non listé, est sans doute le titulaire suppléé : avertissement, pas erreur
    assert r.codes() == ["seance.membre-sans-presence"]
    assert r.constats[0].severite is Severite.AVERTISSEMENT
    assert "NOM6" in r.constats[0].message and "il peut être l'un d'eux" in r.constats[0].message


def test_quorum_non_atteint_meme_avec_le_suppleant() -> None:
    r = valider(avec_suppleants(4))
    assert "quorum.non-atteint" in r.codes()
    quorum = next(c for c in r.constats if c.code == "quorum.non-atteint")
    assert "5 présents sur 10" in quorum.message


def test_mandat_du_suppleant_nomme_son_titulaire() -> None:
    s = avec_mandats(
        avec_suppleants(5),
        Mandat(elu=suppleant(1), role=RoleMandat.SUPPLEANT, titulaire=membre(6)),
    )
    assert valider(s).codes() == []


def test_suppleant_sans_mandat_de_suppleant() -> None:
    s = avec_mandats(
        avec_suppleants(5),
        Mandat(elu=Elu(nom="AUTRE"), role=RoleMandat.SUPPLEANT, titulaire=membre(6)),
    )
    r = valider(s)
    assert "seance.presence-non-membre" in r.codes()
    assert any("sans mandat de suppléant" in c.message for c in r.constats)


def test_plus_de_membres_manquants_que_de_suppleants() -> None:
    r = valider(avec_suppleants(5, non_listes=2))
    manquants = [c for c in r.constats if c.code == "seance.membre-sans-presence"]
    assert len(manquants) == 2
    assert all(c.severite is Severite.ERREUR for c in manquants)
    assert "mais 2 membres manquent" in manquants[0].message


def test_decompte_des_titulaires_seuls_ou_des_absents_suppleés_compris() -> None:
    s = avec_suppleants(5, non_listes=0)  # le titulaire suppléé est noté absent
    assert valider(s).codes() == []
    titulaires = attrs.evolve(s.decomptes, presents=5, votants=6, absents=5)
    assert valider(attrs.evolve(s, decomptes=titulaires)).codes() == []
    faux = attrs.evolve(s.decomptes, presents=7)
    r = valider(attrs.evolve(s, decomptes=faux))
    assert r.codes() == ["seance.decompte"]
    assert "7 présents, les listes en donnent 6" in r.constats[0].message


def test_le_suppleant_vote_nominativement() -> None:
    s = avec_suppleants(5, non_listes=0)
    votes = [Vote(elu=membre(i), choix=ChoixVote.POUR) for i in range(1, 6)]
    votes.append(Vote(elu=suppleant(1), choix=ChoixVote.POUR))
    assert valider(avec_scrutin(s, votes=votes)).codes() == []
    votes[-1] = Vote(elu=Elu(nom="INCONNU"), choix=ChoixVote.POUR)
    assert valider(avec_scrutin(s, votes=votes)).codes() == ["vote.votant-absent"]


def test_suppleant_hors_epci_non_compte() -> None:
    s = avec_suppleants(5, type_=TypeCollectivite.COMMUNE, non_listes=0)
    r = valider(s)
    assert "seance.suppleant-hors-epci" in r.codes()
    assert any(
        "5 présents sur 10" in c.message for c in r.constats if c.code == "quorum.non-atteint"
    )


def test_suppleant_compte_deux_fois() -> None:
    s = avec_suppleants(5, non_listes=0)
    double = Presence(elu=membre(7), statut=StatutPresence.REMPLACE, suppleant=suppleant(1))
    presences = [double if p.elu == membre(7) else p for p in s.presences]
    r = valider(attrs.evolve(s, presences=presences))
    assert any(c.code == "seance.presence-double" and "de nouveau" in c.message for c in r.constats)


def test_suppleant_arrive_en_cours_de_seance() -> None:
    s = avec_suppleants(5, non_listes=0)
    tardif = Presence(elu=suppleant(1), statut=StatutPresence.SUPPLEANT, arrivee_point=2)
    presences = [tardif if p.elu == suppleant(1) else p for p in s.presences]
    d2 = Deliberation(numero="D2", objet="Second objet", rang=2, scrutins=[Scrutin(pour=6)])
    d1 = attrs.evolve(s.deliberations[0], rang=1, scrutins=[Scrutin(pour=5)])
    s = attrs.evolve(s, presences=presences, deliberations=[d1, d2], decomptes=None)
    r = valider(s)
    # point 1 : 5 présents sur 10, quorum manqué ; point 2 : 6 avec le suppléant arrivé
    quorum = [c for c in r.constats if c.code == "quorum.non-atteint"]
    assert [c.chemin for c in quorum] == ["deliberations[0]"]
    assert "vote.total" not in r.codes()


def _type_inconnu(s: Seance, organe: Organe) -> Seance:
    collectivite = attrs.evolve(s.assemblee.collectivite, type=None)
    assemblee = attrs.evolve(s.assemblee, collectivite=collectivite, organe=organe)
    return attrs.evolve(s, assemblee=assemblee)


def test_type_inconnu_la_famille_vient_de_l_organe_qui_la_dit() -> None:
    # un extrait de conseil communautaire qui ne nomme pas sa communauté : le suppléant siège
    # et vote comme dans tout EPCI, jamais une erreur venue de ce que le document ne dit pas
    r = valider(_type_inconnu(avec_suppleants(5), Organe.CONSEIL_COMMUNAUTAIRE))
    assert r.ok, r.codes()
    assert "seance.suppleant-hors-epci" not in r.codes()
    info = next(c for c in r.constats if c.code == "seance.type-inconnu")
    assert "(epci)" in info.message
    # un bureau ne dit pas la famille : les règles des communes, comme avant
    r = valider(_type_inconnu(avec_suppleants(5), Organe.BUREAU))
    assert "(commune)" in next(c for c in r.constats if c.code == "seance.type-inconnu").message
