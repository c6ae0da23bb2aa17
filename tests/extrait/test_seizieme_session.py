"""Seizième session : deux procurations dans une même rubrique ou une même phrase (dix-septième
vague de sondes, ``benchmarks/extrait_sondes.py``, famille ``procurations17``). Chaque test
échoue sans sa correction ; les textes sont courts et inventés, sous leur forme à lignes et
aplatie ; des propriétés hypothesis bornent les nouvelles lectures sur des entrées tirées au
hasard."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.analyse import _deux_cellules_de_pouvoir
from deliberations.extrait.reconnaisseurs import pouvoirs_respectifs
from deliberations.model import Seance, StatutPresence
from tests.extrait.comparaison import projection

TETE = (
    "COMMUNE DE VAUDREY\nSéance du conseil municipal du 12 mars 2021\n"
    "En exercice : 7 - Présents : 4 - Votants : 6\n"
    "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL\n"
)
FIN = "\nSecrétaire de séance : Mme Anne PETIT\nDélibération n° 2021-08 : Vente d'un terrain\nAdopté à l'unanimité."
DEUX = [["Marc FAURE", "Iris VIDAL"], ["Nadia BERGER", "Luc BLANC"]]


def _seance(milieu: str, aplati: bool) -> Seance:
    texte = TETE + milieu + FIN
    seance = lire_extrait(" ".join(texte.split()) if aplati else texte).seance
    assert seance is not None
    return seance


def _paires(seance: Seance) -> list[list[str | None]]:
    return sorted(projection(seance)["procurations"])


@pytest.mark.parametrize("aplati", [False, True])
def test_second_pouvoir_sans_verbe(aplati: bool) -> None:
    """« X donne pouvoir à Y et Z à W » : le verbe du second pouvoir est sous-entendu."""
    seance = _seance("Mme Nadia BERGER donne pouvoir à M. Luc BLANC et M. Marc FAURE à Mme Iris VIDAL", aplati)
    assert _paires(seance) == DEUX


@pytest.mark.parametrize("aplati", [False, True])
def test_nombre_de_pouvoirs_dans_l_intitule(aplati: bool) -> None:
    """« Pouvoirs (2) : … » est un intitulé, dans le flux d'un texte aplati aussi."""
    seance = _seance("Pouvoirs (2) : Mme Nadia BERGER à M. Luc BLANC, M. Marc FAURE à Mme Iris VIDAL", aplati)
    assert _paires(seance) == DEUX


@pytest.mark.parametrize("aplati", [False, True])
def test_mandataire_entre_parentheses_sans_mot_de_lien(aplati: bool) -> None:
    """« Représentés : Mme X (M. Y), M. Z (Mme W) » : la parenthèse nomme le mandataire."""
    seance = _seance("Représentés : Mme Nadia BERGER (M. Luc BLANC), M. Marc FAURE (Mme Iris VIDAL)", aplati)
    assert _paires(seance) == DEUX
    assert not projection(seance)["absents"]


@pytest.mark.parametrize("aplati", [False, True])
def test_pouvoirs_respectifs(aplati: bool) -> None:
    """« X et Z ont donné pouvoir respectivement à Y et à W » : les paires dans l'ordre."""
    seance = _seance(
        "Mme Nadia BERGER et M. Marc FAURE ont donné pouvoir respectivement à M. Luc BLANC et à Mme Iris VIDAL.",
        aplati,
    )
    assert _paires(seance) == DEUX


def test_pouvoirs_respectifs_de_longueurs_differentes_ne_sont_pas_apparies() -> None:
    """Deux mandants pour trois mandataires : aucune paire n'est devinée."""
    assert pouvoirs_respectifs(
        "Mme A ROUX et M. B VIAL ont donné pouvoir respectivement à M. C PONS, à Mme D FAY et à M. E LUC."
    ) is None


def test_rangees_d_un_tableau_de_pouvoirs_sans_mot_de_lien() -> None:
    """« Pouvoirs : » puis « Mme X ⇥ M. Y » par rangée : chaque rangée est un pouvoir."""
    seance = _seance("Pouvoirs :\nMme Nadia BERGER\tM. Luc BLANC\nM. Marc FAURE\tMme Iris VIDAL", False)
    assert _paires(seance) == DEUX


def test_cellule_qui_n_est_pas_une_personne_n_est_pas_un_mandataire() -> None:
    assert _deux_cellules_de_pouvoir("Mme Nadia BERGER\tExcusée") == "Mme Nadia BERGER\tExcusée"
    assert _deux_cellules_de_pouvoir("Mme Nadia BERGER\tM. Luc BLANC") == "Mme Nadia BERGER à M. Luc BLANC"


def test_represente_sans_mandataire_nomme() -> None:
    """« Mme X (pouvoir) » : représentée, le mandataire que le document ne nomme pas est vide
    (pas de procuration inventée) et c'est dit ; la projection des attendus l'écrit
    ``[X, null]``."""
    texte = TETE + "Excusés : Mme Nadia BERGER (pouvoir), M. Marc FAURE" + FIN
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert not resultat.seance.procurations
    statut = {str(p.elu): p.statut for p in resultat.seance.presences}
    assert statut["Madame Nadia BERGER"] is StatutPresence.REPRESENTE
    assert "extrait.mandataire-inconnu" in resultat.rapport.codes()
    assert projection(resultat.seance)["procurations"] == [["Nadia BERGER", None]]


@given(st.text(max_size=300))
def test_pouvoirs_respectifs_sur_texte_quelconque(texte: str) -> None:
    lu = pouvoirs_respectifs(texte)
    assert lu is None or "donne pouvoir à" in lu


@given(st.text(max_size=120))
def test_deux_cellules_sur_texte_quelconque(texte: str) -> None:
    lu = _deux_cellules_de_pouvoir(texte)
    assert lu == texte or " à " in lu


@given(
    st.lists(st.sampled_from(["Mme Anne ROUX", "M. Luc VIAL", "Mme Iris PONS", "M. Yves FAY"]), min_size=4, max_size=4, unique=True),
    st.sampled_from([" et ", ", "]),
)
def test_pouvoirs_respectifs_gardent_l_ordre(noms: list[str], lien: str) -> None:
    mandants, mandataires = noms[:2], noms[2:]
    texte = f"{lien.join(mandants)} ont donné pouvoir respectivement à {lien.join(mandataires)}."
    lu = pouvoirs_respectifs(texte)
    assert lu is not None
    for a, b in zip(mandants, mandataires, strict=True):
        assert f"{a} donne pouvoir à {b}" in lu


@pytest.mark.parametrize("aplati", [False, True])
def test_arrivee_nommee_apres_le_titre_d_un_point(aplati: bool) -> None:
    """« … : Tarifs Arrivée de Mme X à 20 h 45. Le conseil … » (aplati) : la phrase du
    mouvement est coupée du titre et de la suite ; X arrive au point."""
    texte = (
        "COMMUNE DE VAUDREY\nSéance du conseil municipal du 12 mars 2021\n"
        "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC\nPouvoirs : Mme Nadia BERGER à M. Luc BLANC\n"
        "Secrétaire de séance : Mme Anne PETIT\nDélibération n° 2021-08 : Vente d'un terrain\n"
        "Arrivée de Mme Nadia BERGER à 20 h 45.\nLe conseil municipal, après en avoir délibéré, approuve la vente."
    )
    resultat = lire_extrait(" ".join(texte.split()) if aplati else texte)
    assert resultat.seance is not None
    assert projection(resultat.seance)["mouvements"] == {"Nadia BERGER": [1, None]}
    assert resultat.seance.deliberations[0].objet == "Vente d'un terrain"


def test_indemnite_de_depart_n_est_pas_un_mouvement() -> None:
    """« Indemnité de départ de M. X » (sans heure ni point) reste dans le titre."""
    from deliberations.extrait.normalisation import segmenter

    ligne = "Délibération n° 2021-08 : Indemnité de départ de M. Paul ROUX, agent communal " * 8
    assert all("Indemnité" in m or not m.startswith("départ") for _, m in segmenter(ligne))


# --- tableaux HTML quelconques : une rangée plus courte que l'en-tête ne lève plus d'IndexError

_MOTS_DE_GRILLE = [
    "Nom", "Présent", "Excusé", "Absent", "Pouvoir à", "Suppléant", "Présence", "X", "P", "E", "Pv",
    "ROY Anne", "M. Paul ROUX", "pouvoir à ROY Anne", "Délégué titulaire", "Commune", "VAUDREY", "",
    "à partir du point 3", "(jusqu'au point 2)", "Observations", "absent excusé", "Situation",
]
_ATTRIBUT = st.sampled_from(["", ' rowspan="2"', ' rowspan="x"', ' rowspan="99999"', ' colspan="3"', ' colspan="0"'])
_CELLULE = st.builds(
    lambda tag, attribut, mot: f"<{tag}{attribut}>{mot}</{tag}>",
    st.sampled_from(["td", "th"]), _ATTRIBUT, st.sampled_from(_MOTS_DE_GRILLE),
)
_RANGEE = st.lists(_CELLULE, max_size=6).map(lambda cellules: "<tr>" + "".join(cellules) + "</tr>")


def _page(rangees: list[str]) -> str:
    return (
        "<html><body><h1>Conseil municipal du 5 avril 2018</h1><p>Commune de Vaudrey</p>"
        f"<table>{''.join(rangees)}</table><p>1. Tarifs</p><p>Adopté.</p></body></html>"
    )


def test_rangee_plus_courte_que_la_colonne_des_personnes() -> None:
    """Rangée d'une cellule de moins que l'en-tête, la colonne des personnes étant la dernière
    (relevé par un essai au hasard) : lue sans exception."""
    from deliberations.extrait.html import texte_html

    page = _page([
        "<tr></tr>",
        "<tr><td>pouvoir à ROY Anne</td><td>Délégué titulaire</td><td>Observations</td></tr>",
        "<tr><th>Délégué titulaire</th><td>absent excusé</td><th>à partir du point 3</th></tr>",
        "<tr><th>Présence</th><th>M. Paul ROUX</th><th colspan='2'>(jusqu'au point 2)</th><th>Délégué titulaire</th></tr>",
        "<tr><th>pouvoir à ROY Anne</th><th>M. Paul ROUX</th><td>VAUDREY</td><th>X</th><td>absent excusé</td></tr>",
        "<tr><td>absent excusé</td><th>Délégué titulaire</th><td>(jusqu'au point 2)</td><td>ROY Anne</td></tr>",
        "<tr><th>pouvoir à ROY Anne</th><th>A</th><td>VAUDREY</td></tr>",
    ])
    assert lire_extrait(texte_html(page)) is not None


@given(st.lists(_RANGEE, max_size=10))
def test_tableau_html_quelconque_sans_exception(rangees: list[str]) -> None:
    from deliberations.extrait.html import texte_html

    resultat = lire_extrait(texte_html(_page(rangees)))
    assert resultat.rapport is not None
