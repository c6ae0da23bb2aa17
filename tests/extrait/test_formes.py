"""Formes de séance lues par l'analyseur, sur de petits textes écrits pour le test."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.model import StatutPresence


def _codes(texte: str) -> set[str]:
    return {c.code for c in lire_extrait(texte).rapport}


def test_tous_les_membres_sauf() -> None:
    texte = (
        "Conseil municipal de Plouvern\n"
        "Séance du 4 mai 2021\n"
        "Présents : Tous les membres du conseil en exercice, à l'exception de Mme Anne ROUX "
        "ayant donné procuration à M. Paul VIDAL et de M. Luc PETIT, excusé.\n"
        "OBJET : Tarifs de la cantine\n"
        "Adopté à l'unanimité.\n"
    )
    r = lire_extrait(texte)
    assert r.seance is not None
    assert not r.seance.presents()  # le document ne les nomme pas
    assert [(p.mandant.nom, p.mandataire.nom) for p in r.seance.procurations] == [("ROUX", "VIDAL")]
    excuses = [p.elu.nom for p in r.seance.presences if p.statut is StatutPresence.EXCUSE]
    assert excuses == ["PETIT"]
    codes = _codes(texte)
    assert "extrait.presents-non-nommes" in codes
    assert "extrait.mandataire-inconnu" not in codes  # pas de liste où le chercher


def test_depart_avec_pouvoir_apres_un_point_vote() -> None:
    texte = (
        "Séance du 4 mai 2021\n"
        "Présents : M. Paul VIDAL, Mme Anne ROUX, M. Luc PETIT\n"
        "1 - Tarifs de la cantine\n"
        "Adopté à l'unanimité.\n"
        "Mme Anne ROUX quitte la séance et donne pouvoir à M. Paul VIDAL.\n"
        "2 - Travaux de voirie\n"
        "Adopté à l'unanimité.\n"
    )
    r = lire_extrait(texte)
    assert r.seance is not None
    assert [(p.mandant.nom, p.mandataire.nom) for p in r.seance.procurations] == [("ROUX", "VIDAL")]
    roux = next(p for p in r.seance.presences if p.elu.nom == "ROUX")
    assert roux.depart_point == 1
    assert "extrait.procuration-en-cours-de-seance" in _codes(texte)


def test_election_voix_des_candidats() -> None:
    texte = (
        "Séance du 4 mai 2021\n"
        "Présents : M. Paul VIDAL, Mme Anne ROUX, M. Luc PETIT\n"
        "OBJET : Désignation d'un délégué au syndicat des eaux\n"
        "Après vote à bulletin secret, M. Paul VIDAL est désigné par 2 voix, Mme Anne ROUX ayant "
        "obtenu 1 voix ; bulletins blancs ou nuls : 0. Le maire remercie les candidats et rappelle "
        "le calendrier des réunions du syndicat pour l'année.\n"
    )
    r = lire_extrait(texte)
    assert r.seance is not None
    sc = r.seance.deliberations[0].scrutins[0]
    assert (sc.pour, sc.contre, sc.blancs_nuls, sc.mode.value if sc.mode else None) == (
        None,
        None,
        0,
        "secret",
    )
    assert "extrait.voix-candidats" in _codes(texte)
