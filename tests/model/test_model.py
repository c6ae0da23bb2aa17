"""Invariants du modèle et méthodes des classes."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from deliberations.erreurs import IdentifiantInvalide
from deliberations.model import (
    Assemblee,
    Budget,
    Collectivite,
    Deliberation,
    Elu,
    InvariantViole,
    Mandat,
    Organe,
    Presence,
    Procuration,
    RoleMandat,
    Scrutin,
    Seance,
    StatutPresence,
    TypeCollectivite,
)
from deliberations.model.scrutin import ModeScrutin, ResultatVote


def test_collectivite_identifiants_invalides() -> None:
    with pytest.raises(IdentifiantInvalide, match="clé"):
        Collectivite(nom="X", type="commune", siren="242100411")
    with pytest.raises(IdentifiantInvalide, match="14 chiffres"):
        Collectivite(nom="X", type="commune", siret="2421004100001")
    with pytest.raises(IdentifiantInvalide, match="Corse"):
        Collectivite(nom="X", type="commune", departement="20")


def test_collectivite_siren_deduit_du_siret() -> None:
    c = Collectivite(nom="Poitiers", type=TypeCollectivite.COMMUNE, siret="21860194600013")
    assert c.siren_effectif == "218601946"
    assert c.famille == "commune"


def test_familles() -> None:
    assert TypeCollectivite.METROPOLE.famille == "epci"
    assert TypeCollectivite.REGION.famille == "region"


def test_elu_cle_normalisee() -> None:
    assert (
        Elu(prenom="Jean-marc", nom="GONÇALVES").cle == Elu(prenom="Jean Marc", nom="Goncalves").cle
    )
    assert not Elu(prenom="Jean", nom="MARTIN").correspond(Elu(prenom="Christine", nom="MARTIN"))


def test_elu_nom_vide_refuse() -> None:
    with pytest.raises(InvariantViole, match="vide"):
        Elu(nom="   ")


def test_mandat_suppleant() -> None:
    titulaire = Elu(nom="A")
    m = Mandat(elu=Elu(nom="B"), role=RoleMandat.SUPPLEANT, titulaire=titulaire)
    assert m.titulaire == titulaire
    with pytest.raises(InvariantViole, match="suppléant"):
        Mandat(elu=Elu(nom="B"), titulaire=titulaire)


def test_mandat_en_cours() -> None:
    m = Mandat(elu=Elu(nom="A"), debut=dt.date(2020, 7, 1), fin=dt.date(2026, 3, 1))
    assert m.en_cours(dt.date(2024, 1, 1))
    assert not m.en_cours(dt.date(2026, 3, 2))
    assert m.en_cours(dt.date(2026, 3, 1))


def test_comptes_negatifs_refuses() -> None:
    for champ in ("pour", "contre", "abstentions", "ne_prend_pas_part", "blancs_nuls"):
        with pytest.raises(InvariantViole, match=champ):
            Scrutin(**{champ: -1})


def test_booleen_refuse_comme_compte() -> None:
    with pytest.raises(InvariantViole):
        Scrutin(pour=True)


def test_resultat_calcule() -> None:
    assert Scrutin(pour=5, contre=5).resultat_calcule() is None
    assert Scrutin(pour=5, contre=5).resultat_calcule(False) is ResultatVote.REJETE
    assert (
        Scrutin(pour=5, contre=5, mode=ModeScrutin.SECRET).resultat_calcule(True)
        is ResultatVote.REJETE
    )
    assert Scrutin(pour=4, abstentions=6).resultat_calcule() is ResultatVote.ADOPTE


def test_budget_intervalle() -> None:
    assert Budget(annee=" 2024/2025 ").annee == "2024/2025"
    for faux in ("2024/2024", "24", "2024-2025"):
        with pytest.raises(InvariantViole):
            Budget(annee=faux)


def test_matiere_mal_formee() -> None:
    with pytest.raises(InvariantViole, match="matiere"):
        Deliberation(numero="1", objet="x", matiere="8-4")


def test_presence_arrivee_depart() -> None:
    p = Presence(elu=Elu(nom="A"), statut="present", arrivee_point=3, depart_point=5)
    assert [p.present_au_point(r) for r in (2, 3, 5, 6)] == [False, True, True, False]
    with pytest.raises(InvariantViole):
        Presence(elu=Elu(nom="A"), statut="absent", arrivee_point=3)
    with pytest.raises(InvariantViole):
        Presence(elu=Elu(nom="A"), statut="present", arrivee_point=5, depart_point=3)


def test_procuration_a_soi_meme_refusee() -> None:
    with pytest.raises(InvariantViole, match="lui-même"):
        Procuration(mandant=Elu(prenom="Jean", nom="X"), mandataire=Elu(nom="x"))


def test_seance_requetes() -> None:
    a, b, c = Elu(nom="A"), Elu(nom="B"), Elu(nom="C")
    assemblee = Assemblee(
        collectivite=Collectivite(nom="V", type="commune"),
        organe=Organe.CONSEIL_MUNICIPAL,
        mandats=[Mandat(elu=x) for x in (a, b, c)],
    )
    s = Seance(
        assemblee=assemblee,
        date=dt.date(2024, 1, 10),
        presences=[
            Presence(elu=a, statut=StatutPresence.PRESENT, depart_point=1),
            Presence(elu=b, statut=StatutPresence.REPRESENTE),
            Presence(elu=c, statut=StatutPresence.EXCUSE),
        ],
        procurations=[Procuration(mandant=b, mandataire=a)],
        deliberations=[Deliberation(numero="D1", objet="o")],
    )
    assert s.nombre_en_exercice() == 3
    assert s.presents() == (a,)
    assert s.presents(2) == ()
    assert s.absents_sans_procuration() == (c,)
    assert s.deliberation("D1").objet == "o"
    with pytest.raises(KeyError):
        s.deliberation("D2")
    assert "Membres en exercice : 3" in s.resume()


def test_suppleant_qui_siege_pour_un_titulaire_non_nomme() -> None:
    titulaire, supp, absent = Elu(nom="TITULAIRE"), Elu(nom="SUPPLEANT"), Elu(nom="ABSENT")
    assemblee = Assemblee(
        collectivite=Collectivite(nom="Syndicat", type="syndicat"),
        organe=Organe.COMITE_SYNDICAL,
        mandats=[Mandat(elu=titulaire), Mandat(elu=absent)],
    )
    s = Seance(
        assemblee=assemblee,
        date=dt.date(2024, 1, 10),
        presences=[
            Presence(elu=titulaire, statut=StatutPresence.PRESENT),
            Presence(elu=supp, statut="suppleant", arrivee_point=2),
            Presence(elu=absent, statut=StatutPresence.ABSENT),
        ],
    )
    statut = StatutPresence.SUPPLEANT
    assert statut.physiquement_present and statut.libelle.startswith("suppléant siégeant")
    assert s.presents() == (titulaire, supp)
    assert s.presents(1) == (titulaire,)  # arrivé au point 2
    assert s.absents_sans_procuration() == (absent,)
    assert s.nombre_en_exercice() == 2  # le suppléant n'est pas un membre en exercice
    assert "présents : 2 (dont 1 suppléant(s) de titulaires non nommés)" in s.resume()
    # le suppléant siège lui-même : pas de champ ``suppleant`` (réservé au titulaire remplacé)
    with pytest.raises(InvariantViole, match="suppleant"):
        Presence(elu=supp, statut=StatutPresence.SUPPLEANT, suppleant=titulaire)
    with pytest.raises(InvariantViole, match="depart_point"):
        Presence(elu=supp, statut=StatutPresence.SUPPLEANT, arrivee_point=3, depart_point=2)


def test_faits_non_etablis_sans_doublon_dans_l_ordre_du_vocabulaire() -> None:
    from deliberations.erreurs import ValeurNonPermise
    from deliberations.model import FaitNonEtabli

    assemblee = Assemblee(
        collectivite=Collectivite(nom="Ville", type="commune"), organe=Organe.CONSEIL_MUNICIPAL
    )
    s = Seance(
        assemblee=assemblee,
        date=dt.date(2024, 1, 1),
        non_etablis=["heure", "president", "heure", FaitNonEtabli.PRESENCES],
    )
    assert s.non_etablis == (
        FaitNonEtabli.PRESIDENT,
        FaitNonEtabli.PRESENCES,
        FaitNonEtabli.HEURE,
    )
    assert Seance(assemblee=assemblee, date=s.date, non_etablis="heure").non_etablis == (
        FaitNonEtabli.HEURE,
    )
    assert FaitNonEtabli.DECOMPTES_EN_EXERCICE.libelle == "le nombre de membres en exercice"
    with pytest.raises(ValeurNonPermise, match="non_etablis : 'meteo'"):
        Seance(assemblee=assemblee, date=s.date, non_etablis=["meteo"])


def test_resume_ne_donne_pas_les_nommes_pour_l_effectif_non_dit() -> None:
    """Les membres nommés ne sont pas donnés pour les membres en exercice quand la source ne
    dit pas leur nombre ; les faits non dits sont listés."""
    a = Elu(nom="ALPHA")
    assemblee = Assemblee(
        collectivite=Collectivite(nom="Ville", type="commune"),
        organe=Organe.CONSEIL_MUNICIPAL,
        mandats=[Mandat(elu=a)],
    )
    s = Seance(assemblee=assemblee, date=dt.date(2024, 1, 1))
    assert "Membres en exercice : 1 ;" in s.resume()
    assert "Non dit" not in s.resume()
    s = Seance(
        assemblee=assemblee, date=s.date, non_etablis=["decomptes.en_exercice", "president"]
    )
    assert "Membres en exercice : non dit (1 nommé(s)) ;" in s.resume()
    assert "présents : 0 ;" in s.resume()  # la liste des présences, elle, est établie
    s = attrs.evolve(s, non_etablis=["presences"])
    assert "présents : 0 lu(s), liste non établie" in s.resume()
    assert "absents sans procuration : 0 lu(s), liste non établie" in s.resume()
    s = attrs.evolve(s, non_etablis=["decomptes.en_exercice", "president"])
    assert s.resume().endswith(
        "Non dit par le document : le président de séance, le nombre de membres en exercice"
    )
