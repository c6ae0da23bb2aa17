"""Présences précisées par renvoi ou par numéro de point (documents 222–229) : « (ayant la
procuration de Y) », « (ayant la suppléance de Y) », « (départ à compter de la 2020.04.04) »,
renvois numérotés « (1) X a été présente à partir de la délibération N°… »."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.reconnaisseurs import mouvement
from deliberations.model import Seance, StatutPresence

TETE = (
    "COMMUNAUTE DE COMMUNES DU VAL DE BRIERE\nSéance du 16 septembre 2020\n"
    "Le Conseil Communautaire s'est réuni sous la présidence de Monsieur Paul ROUX, Président.\n"
)
POINTS = (
    "2020.04.01 – Tarifs\nAdopté à l'unanimité.\n"
    "2020.04.02 – Budget\nAdopté à l'unanimité.\n"
    "2020.04.03 – Voirie\nAdopté à l'unanimité.\n"
)


def _seance(texte: str) -> Seance:
    s = lire_extrait(texte).seance
    assert s is not None
    return s


def _mouvements(s: Seance) -> dict[str, tuple[int | None, int | None]]:
    return {p.elu.nom: (p.arrivee_point, p.depart_point) for p in s.presences if p.arrivee_point or p.depart_point}


def test_procuration_et_suppleance_notees_chez_celui_qui_siege() -> None:
    s = _seance(
        TETE + "Etaient présents : ROUX Paul, VIAL Anne (ayant la procuration de MOREL Luc), "
        "GODARD Alain (ayant la suppléance de ZIMMER Pierre), DURAND Eve.\n" + POINTS
    )
    assert [(p.mandant.nom, p.mandataire.nom) for p in s.procurations] == [("MOREL", "VIAL")]
    remplaces = [(p.elu.nom, p.suppleant.nom) for p in s.presences if p.statut is StatutPresence.REMPLACE]
    assert remplaces == [("ZIMMER", "GODARD")]


def test_depart_et_arrivee_a_compter_d_un_numero_de_point() -> None:
    s = _seance(
        TETE + "Etaient présents : ROUX Paul, VIAL Anne (départ à compter de la 2020.04.03), "
        "DURAND Eve (arrivée à compter de la 2020.04.02).\n" + POINTS
    )
    assert _mouvements(s) == {"VIAL": (None, 2), "DURAND": (2, None)}


def test_absent_ou_mandant_dont_l_arrivee_est_dite() -> None:
    """« Absent : M. X (arrivé à la question 2) » et un mandant « (arrivé à la question 3) » :
    présents à partir de leur arrivée, hors des décomptes d'ouverture ; le pouvoir reste."""
    resultat = lire_extrait(
        TETE + "Présents : ROUX Paul, VIAL Anne, DURAND Eve.\n"
        "Absent ayant donné procuration : MOREL Luc (arrivé à la question 3) à VIAL Anne.\n"
        "Absent : GODARD Alain (arrivé à la question 2).\n"
        "En exercice : 5 Présents : 3 Votants : 4\n" + POINTS
    )
    s = resultat.seance
    assert s is not None
    assert _mouvements(s) == {"MOREL": (3, None), "GODARD": (2, None)}
    assert {p.elu.nom for p in s.presences if p.statut is StatutPresence.PRESENT} == {
        "ROUX", "VIAL", "DURAND", "MOREL", "GODARD"
    }
    assert [(p.mandant.nom, p.mandataire.nom) for p in s.procurations] == [("MOREL", "VIAL")]
    codes = [c.code for c in resultat.rapport]
    assert codes.count("extrait.arrivee-d-un-absent") == 2
    assert "extrait.decompte" not in codes and "extrait.procuration-en-cours-de-seance" not in codes


def test_numero_de_point_inconnu_signale() -> None:
    resultat = lire_extrait(
        TETE + "Etaient présents : ROUX Paul, VIAL Anne (départ à compter de la 2020.09.09).\n" + POINTS
    )
    assert "extrait.mouvement-numero" in {c.code for c in resultat.rapport.constats}
    assert resultat.seance is not None and not _mouvements(resultat.seance)


def test_renvois_numerotes_apres_les_listes() -> None:
    s = _seance(
        TETE + "Conseillers présents : Paul ROUX, Anne VIAL (1), Eve DURAND (2), Luc MOREL.\n"
        "Conseillers excusés non représentés : Jean BLANC (1).Anne VIAL a été\n"
        "présente à partir de la délibération N°2020.04.02.\n"
        "(2) Eve DURAND a quitté la séance à partir de la délibération N°2020.04.03 et a donné\n"
        "procuration à Luc MOREL.\n"
        "Luc MOREL a été désigné secrétaire de séance.\n" + POINTS
    )
    assert _mouvements(s) == {"VIAL": (2, None), "DURAND": (None, 2)}
    assert [(p.mandant.nom, p.mandataire.nom) for p in s.procurations] == [("DURAND", "MOREL")]
    assert [e.nom for e in s.secretaires] == ["MOREL"]
    assert {p.elu.nom for p in s.presences if p.statut is StatutPresence.EXCUSE} == {"BLANC"}


def test_renvois_dans_un_texte_aplati() -> None:
    s = _seance(
        (TETE + "Conseillers présents : Paul ROUX, Anne VIAL (1), Luc MOREL. Conseillers excusés "
         "non représentés : Jean BLANC (1).Anne VIAL a été présente à partir de la délibération "
         "N°2020.04.02. Luc MOREL a été désigné secrétaire de séance. "
         "DELIBERATION N°2020.04.01 : Tarifs Adoptée à l'unanimité. DELIBERATION N°2020.04.02 : "
         "Budget Adoptée à l'unanimité.").replace("\n", " ")
    )
    assert _mouvements(s) == {"VIAL": (2, None)}
    assert [e.nom for e in s.secretaires] == ["MOREL"]


@given(st.text(max_size=80))
def test_mouvement_par_numero_jamais_d_exception(texte: str) -> None:
    m = mouvement(texte + " départ à compter de la 2020.04.03")
    assert m is None or m.depart_numero in (None, "2020.04.03") or m.depart is not None
