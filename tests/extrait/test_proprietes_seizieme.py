"""Propriétés des lecteurs écrits à la seizième session (série 52 : grilles de présence) : sur
des grilles tirées au hasard, chaque personne est lue une fois à sa place ; sur une entrée
quelconque, jamais d'exception."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml import html as lxml_html

from deliberations.extrait.grilles import grille_aplatie, lignes_de_grille
from deliberations.extrait.html import texte_html
from deliberations.extrait.preparation import _liste_a_observations, _tableau_a_codes_legende_avant
from tests.extrait.comparaison import projection, seance_lue

_NOM = st.from_regex(r"[A-Z]{3,9}", fullmatch=True)
_PRENOM = st.sampled_from(["Paul", "Anne", "Luc", "Iris", "Marc", "Nadia", "Jean-Louis", "Éloïse"])
_STATUT = st.sampled_from(["present", "excuse", "absent", "pouvoir"])
_GRILLE = st.lists(
    st.tuples(_PRENOM, _NOM, _STATUT), min_size=6, max_size=14, unique_by=lambda t: t[1]
).filter(lambda g: g[0][2] == "present" or any(s == "present" for _, _, s in g))
_EXPOSE = " ".join(["Le conseil examine le dossier de la voirie communale et en débat longuement."] * 14)


def _attendus(grille: list[tuple[str, str, str]]) -> tuple[list[str], list[list[str]]]:
    """Les présents, et les pouvoirs donnés au premier présent de la grille."""
    presents = [f"{p} {n}" for p, n, s in grille if s == "present"]
    pouvoirs = [[f"{p} {n}", presents[0]] for p, n, s in grille if s == "pouvoir"]
    return sorted(presents), sorted(pouvoirs)


@given(_GRILLE)
def test_grille_aplatie_chaque_personne_a_sa_place(grille: list[tuple[str, str, str]]) -> None:
    presents, pouvoirs = _attendus(grille)
    premier = next(f"{n} {p}" for p, n, s in grille if s == "present")
    mots = {"present": "X", "excuse": "excusé", "absent": "absent", "pouvoir": f"pouvoir à {premier}"}
    entrees = " ".join(f"{n} {p} {mots[s]}" for p, n, s in grille)
    texte = (
        "MAIRIE DE VALBRUNE Procès-verbal du conseil municipal Séance du vendredi 26 juin 2009 "
        f"Tableau de présence Nom Prénom Présent Pouvoir Absent {entrees} "
        f"N° 2009/045 – Budget {_EXPOSE} Adopté à l'unanimité."
    )
    obtenu = projection(seance_lue(texte))
    assert sorted(obtenu["presents"]) == presents
    assert sorted(obtenu["procurations"]) == pouvoirs


@given(_GRILLE)
def test_grille_html_chaque_personne_a_sa_place(grille: list[tuple[str, str, str]]) -> None:
    presents, pouvoirs = _attendus(grille)
    premier = next(f"{n} {p}" for p, n, s in grille if s == "present")
    rangees = "".join(
        f"<tr><td>{n} {p}</td><td>{'X' if s == 'present' else ''}</td>"
        f"<td>{'X' if s in ('excuse', 'pouvoir') else ''}</td><td>{'X' if s == 'absent' else ''}</td>"
        f"<td>{premier if s == 'pouvoir' else ''}</td></tr>"
        for p, n, s in grille
    )
    page = (
        "<html><body><h1>Commune de Valbrune</h1><p>Conseil municipal du 5 avril 2018</p>"
        "<table><tr><th>Nom Prénom</th><th>Présent</th><th>Excusé</th><th>Absent</th><th>Pouvoir à</th></tr>"
        f"{rangees}</table><h3>1 – Tarifs</h3><p>Adopté à l'unanimité.</p></body></html>"
    )
    obtenu = projection(seance_lue(texte_html(page)))
    assert sorted(obtenu["presents"]) == presents
    assert sorted(obtenu["procurations"]) == pouvoirs


_CELLULE = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


@given(st.lists(st.lists(_CELLULE, min_size=1, max_size=6), min_size=1, max_size=12), st.booleans())
def test_lignes_de_grille_jamais_d_exception(cellules: list[list[str]], entete: bool) -> None:
    tete = "<tr><th>Délégué</th><th>Présent</th><th>Excusé</th><th>Pouvoir à</th></tr>" if entete else ""
    corps = "".join(
        "<tr>" + "".join(f'<td rowspan="{len(c) % 3 + 1}">{c}</td>' for c in rangee) + "</tr>"
        for rangee in cellules
    )
    table = lxml_html.fromstring(f"<table>{tete}{corps}</table>")
    lignes = lignes_de_grille(table)
    assert lignes is None or all(isinstance(ligne, str) for ligne in lignes)


@given(st.text(max_size=600))
def test_grille_aplatie_jamais_d_exception(texte: str) -> None:
    assert isinstance(grille_aplatie("Nom Prénom Présent Excusé Absent " + texte), str)


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=60), max_size=12))
def test_listes_en_colonnes_jamais_d_exception(lignes: list[str]) -> None:
    numerotees = list(enumerate(["   Délégué     Situation     Observations", *lignes, "Légende : P = présent"]))
    assert len(_liste_a_observations(numerotees)) <= len(numerotees)
    assert len(_tableau_a_codes_legende_avant(numerotees)) == len(numerotees)
