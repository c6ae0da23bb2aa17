"""Reprise de la quarantième série (grandes assemblées, documents 554 à 562) : les familles de
mises en page laissées en écart, chacune sur un petit texte inventé, indépendamment du
corpus."""

from __future__ import annotations

from deliberations.extrait import reconnaisseurs as r
from tests.extrait.comparaison import projection, seance_lue


def test_presents_par_groupe_politique_avec_sigle() -> None:
    """« Groupe X (SIGLE) : » seul sur sa ligne, puis les noms par virgules : le groupe (et son
    sigle entre parenthèses) n'est pas un membre, les noms qui suivent sont présents."""
    texte = (
        "Région du Val-de-Sorne\nCommission permanente\nSéance du 3 mars 2016\n"
        "Étaient présents :\n"
        "Groupe Avenir du Val (AV) :\nM. Paul DORE, Mme Anne ROY.\n"
        "Groupe Ensemble pour la Sorne :\nM. Luc VIAL.\n"
        "Non inscrit :\nMme Irène PASCAL.\n\n"
        "1 - Voirie régionale\nAdopté à l'unanimité\n"
    )
    assert projection(seance_lue(texte))["presents"] == [
        "Paul DORE", "Anne ROY", "Luc VIAL", "Irène PASCAL",
    ]


def test_membre_absent_non_represente_est_un_absent() -> None:
    """« Membre absent non représenté : 1 » compte un absent, pas une procuration."""
    assert r.decomptes("Membre absent non représenté : 1") == [("absents", 1)]
    assert r.decomptes("Absentes non représentées : 2") == [("absents", 2)]
    assert r.decomptes("Membres ayant donné pouvoir : 3") == [("procurations", 3)]
