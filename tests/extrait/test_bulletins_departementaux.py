"""Délibérations d'une commission permanente publiées au bulletin officiel d'un département
(documents 224, 225) : « Délibération n° X déposée le … » puis « Objet : … », numéro du
bulletin suivi d'une date, petites capitales mal extraites."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.normalisation import petites_capitales

TETE = (
    "N° 10 - 14 . Octobre 2014\n"
    "La Commission Permanente du Conseil Général du Cantal s'est réunie le 24 octobre 2014, "
    "sous la présidence de M. Gérard CHauMeiL, Président du Conseil Général.\n"
    "présents : M. Gérard CHauMeiL, Mme Simone aRnaL, M. jean-Pierre BeSSe.\n"
    "absents excusés : Mme nicole DeLMaS (pouvoir à Mme Simone aRnaL).\n"
)


def test_depot_et_objet_sur_la_ligne_suivante() -> None:
    s = lire_extrait(
        TETE + "Délibération n° CP/24/10/14/D/2/1 déposée le 30 octobre 2014\n"
        "Objet : Aide à la voirie communale\n"
        "La Commission Permanente du Conseil Général,\n"
        "DéCiDe d'attribuer une aide de 286 450 € ;\n"
        "Adopté à l'unanimité.\n"
    ).seance
    assert s is not None
    assert [(d.numero, d.objet) for d in s.deliberations] == [
        ("CP/24/10/14/D/2/1", "Aide à la voirie communale")
    ]
    assert sorted(p.elu.nom for p in s.presences if p.statut.value == "present") == [
        "ARNAL",
        "BESSE",
        "CHAUMEIL",
    ]
    assert [(p.mandant.nom, p.mandataire.nom) for p in s.procurations] == [("DELMAS", "ARNAL")]


def test_casse_ordinaire_preservee() -> None:
    assert petites_capitales("M. Paul LeBlanc, Mme Anne DuPont") == "M. Paul LeBlanc, Mme Anne DuPont"
    assert petites_capitales("M. jacques viGuieR") == "M. Jacques VIGUIER"


@given(st.text(max_size=80))
def test_petites_capitales_ne_change_que_la_casse(texte: str) -> None:
    assert petites_capitales(texte).lower() == texte.lower()


def test_particule_apres_la_civilite_inchangee() -> None:
    assert petites_capitales("M. de VILLEPIN, Mme de la FAYETTE") == "M. de VILLEPIN, Mme de la FAYETTE"
