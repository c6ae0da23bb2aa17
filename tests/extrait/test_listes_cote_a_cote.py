"""Deux listes côte à côte (une page de registre en deux colonnes copiée ligne à ligne) : la
colonne de gauche est lue d'abord, puis celle de droite (cas des sondes « registre »)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.model import StatutPresence

_NOMS = [("Paul", "ROUX"), ("Anne", "PETIT"), ("Luc", "BLANC"), ("Iris", "VIDAL"), ("Noé", "FABRE"), ("Lise", "CARON")]


@given(st.integers(5, 20), st.permutations(_NOMS))
def test_presents_a_gauche_pouvoirs_a_droite(blanc: int, noms: list[tuple[str, str]]) -> None:
    """« Présents : A, B,      Pouvoirs : Mme X à » / « C, D       M. C » : quatre présents et un
    pouvoir (les noms de droite étaient lus à la suite de ceux de gauche, comme absents)."""
    (a, b, c, d, x, _) = [f"{p} {n}" for p, n in noms]
    gauche1, gauche2 = f"Présents : M. {a}, Mme {b},", f"M. {c}, Mme {d}"
    largeur = max(len(gauche1), len(gauche2)) + blanc
    texte = (
        "COMMUNE DE VAUDREY\nSéance du 26 septembre 2024\n"
        + gauche1.ljust(largeur) + f"Pouvoirs : Mme {x} à\n"
        + gauche2.ljust(largeur) + f"M. {c}\n"
        + "Secrétaire de séance : Mme " + b + "\nDélibération n° 2024-31 : Tarifs\nAdopté à l'unanimité.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    presents = [f"{p.elu.prenom} {p.elu.nom}" for p in seance.presences if p.statut is StatutPresence.PRESENT]
    assert presents == [a, b, c, d]
    assert [(f"{p.mandant.prenom} {p.mandant.nom}", f"{p.mandataire.prenom} {p.mandataire.nom}") for p in seance.procurations] == [(x, c)]


_NOMS_PRENOMS = [
    ("AUBRY", "Gérard"), ("LAMBERT", "Sylvie"), ("BARRAUD", "Christiane"), ("LAURENT", "Joël"),
    ("BENOIT", "Jean-François"), ("LEMAIRE", "Anne"), ("BERNARD", "Monique"), ("MARTY", "Hugues"),
]


@given(st.permutations(_NOMS_PRENOMS), st.integers(4, 30), st.sampled_from([" ", "  "]))
def test_une_liste_sur_deux_colonnes_fusionnees(noms: list[tuple[str, str]], blanc: int, espace: str) -> None:
    """« PRÉSENTS : » puis « AUBRY Gérard [large blanc] LAMBERT Sylvie » ligne à ligne : chaque
    cellule est un présent (une ligne entière était lue comme un seul nom, signalé) ; les
    espaces doublés n'y changent rien (les rangées en colonnes ne sont pas recollées)."""
    lignes = [
        f"{a} {pa}".ljust(24) + " " * blanc + f"{b} {pb}"
        for (a, pa), (b, pb) in zip(noms[::2], noms[1::2], strict=True)
    ]
    texte = (
        "COMMUNE DE VAUDREY\nSéance du 26 septembre 2024\nPRÉSENTS :\n"
        + "\n".join(lignes)
        + "\n\nSecrétaire de séance : Mme Sylvie LAMBERT\nDélibération n° 2024-31 : Tarifs\n"
        "Adopté à l'unanimité.\n"
    ).replace(" ", espace)
    seance = lire_extrait(texte).seance
    assert seance is not None
    presents = sorted(p.elu.nom for p in seance.presences if p.statut is StatutPresence.PRESENT)
    assert presents == sorted(nom for nom, _ in noms)
