"""Dix-huitième session : formes trouvées en lisant de vrais documents publiés (hors dépôt),
chacune reproduite ici sur un petit texte inventé, en lignes et aplati sur une ligne."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait.normalisation import normaliser
from deliberations.extrait.personnes import est_fonction
from deliberations.model import StatutPresence
from tests.extrait.comparaison import noms_de_statut, projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


_TETE = (
    "COMMUNE DE VALBOIS\nSéance du conseil municipal du 14 mars 2019\n"
    "Présents : M. Paul TESSIER, M. Gérard POIRIER, M. Hervé BRUN.\n"
)
_FIN = "Secrétaire de séance : M. Hervé BRUN.\nObjet : Tarifs communaux\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("forme", [str, _aplati])
def test_qui_avait_donne_pouvoir_dans_la_liste_des_absents(forme) -> None:  # type: ignore[no-untyped-def]
    """« Absents : Madame X qui avait donné pouvoir à Monsieur Y, …, Monsieur Z et Madame W,
    non excusés. » : le plus-que-parfait comme « qui a donné pouvoir » (la ligne entière
    était perdue, signalée seulement)."""
    texte = forme(
        _TETE
        + "Absents : Madame Lucie MONNIER qui avait donné pouvoir à Monsieur Paul TESSIER, "
        "Monsieur Yann GILLET qui avait donné pouvoir à Monsieur Gérard POIRIER, Monsieur Marc "
        "PERRET et Madame Julie HUET, non excusés.\n" + _FIN
    )
    p = projection(seance_lue(texte))
    assert sorted(p["procurations"]) == [
        ["Lucie MONNIER", "Paul TESSIER"],
        ["Yann GILLET", "Gérard POIRIER"],
    ]
    assert sorted(p["absents"]) == ["Julie HUET", "Marc PERRET"]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_devise_de_la_republique_hors_du_nom(forme) -> None:  # type: ignore[no-untyped-def]
    """« Mairie de X LIBERTÉ – ÉGALITÉ – FRATERNITÉ » : la devise n'allonge plus le nom de la
    commune (« X LIBERTE » était lu sans constat)."""
    texte = forme(
        "Mairie de LANDRIEUX LIBERTE – EGALITE – FRATERNITE\n"
        "COMPTE RENDU DE REUNION DU CONSEIL MUNICIPAL SEANCE DU 22 MARS 2018\n"
        "Présents : M. Paul TESSIER, M. Gérard POIRIER, M. Hervé BRUN.\n" + _FIN
    )
    assert seance_lue(texte).assemblee.collectivite.nom == "LANDRIEUX"


@pytest.mark.parametrize(
    "entree, sortie",
    [
        ("COMMUNE DE X Liberté, Égalité, Fraternité\nSéance", "COMMUNE DE X\nSéance"),
        ("RÉPUBLIQUE FRANÇAISE\nLiberté • Égalité • Fraternité\nCOMMUNE", "RÉPUBLIQUE FRANÇAISE\n\nCOMMUNE"),
        ("Mairie de X LIBERTÉ - ÉGALITÉ - FRATERNITÉ 5, rue", "Mairie de X\n5, rue"),
        ("la liberté, l'égalité et la fraternité", "la liberté, l'égalité et la fraternité"),
    ],
)
def test_devise_retiree_par_la_normalisation(entree: str, sortie: str) -> None:
    assert normaliser(entree) == sortie


@pytest.mark.parametrize("nom", ["LEMAIRE", "Lemaire", "LAMAIRE", "LESADJOINTS"])
def test_un_nom_qui_commence_par_un_article_n_est_pas_une_fonction(nom: str) -> None:
    assert not est_fonction(nom)


@pytest.mark.parametrize("fonction", ["le maire", "Le Maire", "l'adjoint", "les adjoints", "la présidente"])
def test_fonctions_avec_article(fonction: str) -> None:
    assert est_fonction(fonction)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_lemaire_est_un_present(forme) -> None:  # type: ignore[no-untyped-def]
    """« Présents : MM. DUBREUIL, LEMAIRE, MARTINEAU » : LEMAIRE est un nom, pas « le maire »
    (il disparaissait de la liste sans constat)."""
    texte = forme(
        "COMMUNE DE SAINT-ANDRE-DES-PRES\nREUNION DU CONSEIL MUNICIPAL DU 12 AVRIL 2016\n"
        "Présents : MM. DUBREUIL, LEMAIRE, MARTINEAU, Mme RIBOT\n"
        "Secrétaire de séance : Mme RIBOT\nObjet : Compte de gestion 2015\nAdopté à l'unanimité.\n"
    )
    presents = noms_de_statut(seance_lue(texte), StatutPresence.PRESENT)
    assert presents == ["DUBREUIL", "LEMAIRE", "MARTINEAU", "RIBOT"]


def test_la_devise_seule_ne_donne_pas_de_seance() -> None:
    assert lire_extrait("Liberté – Égalité – Fraternité").seance is None
