"""Formes de l'extrait du registre d'une petite commune (documents 200–203) : décomptes en
deux colonnes aplaties, numéro interne après l'objet, présidence « du Maire », libellés de
décompte qui ne sont jamais des personnes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.personnes import lire_personne
from deliberations.extrait.preparation import preparer
from deliberations.extrait.reconnaisseurs import president

TETE = "COMMUNE DE VAUDREY\nSéance du 4 mai 2021\n"


def _textes(texte: str) -> list[str]:
    return [ligne.texte for ligne in preparer(texte).lignes]


def test_decomptes_en_colonne_sur_une_ligne() -> None:
    lignes = _textes("Nombre de membres En exercice Présents Votants : 15 : 13 : 14 Date")
    assert any("En exercice : 15 Présents : 13 Votants : 14" in t for t in lignes)


def test_decomptes_en_colonne_sur_plusieurs_lignes() -> None:
    lignes = _textes("En exercice\nPrésents\nVotants\n : 14\n : 10\n : 12\nSuite")
    assert lignes == ["En exercice : 14", "Présents : 10", "Votants : 12", "Suite"]
    # le dernier libellé porte la première valeur (deux cellules d'un tableau HTML)
    lignes = _textes("En exercice\nPrésents\nVotants\t: 11\n: 9\n: 10")
    assert lignes == ["En exercice : 11", "Présents : 9", "Votants : 10"]


def test_colonnes_inegales_laissees_telles_quelles() -> None:
    assert _textes("En exercice\nPrésents\n : 14\nSuite") == [
        "En exercice",
        "Présents",
        " : 14",
        "Suite",
    ]
    assert "Présents Votants : 15 : 13 : 14" in " ".join(_textes("Présents Votants : 15 : 13 : 14"))


@given(st.lists(st.integers(min_value=0, max_value=999), min_size=2, max_size=4))
def test_colonnes_relues_dans_l_ordre(valeurs: list[int]) -> None:
    libelles = ["En exercice", "Présents", "Votants", "Absents"][: len(valeurs)]
    texte = "\n".join(libelles) + "\n" + "\n".join(f" : {v}" for v in valeurs)
    assert _textes(texte) == [f"{lib} : {v}" for lib, v in zip(libelles, valeurs, strict=True)]


def test_decomptes_lus_depuis_les_colonnes() -> None:
    resultat = lire_extrait(TETE + "En exercice\nPrésents\nVotants\n : 14\n : 10\n : 12\n")
    assert resultat.seance is not None and resultat.seance.decomptes is not None
    d = resultat.seance.decomptes
    assert (d.en_exercice, d.presents, d.votants) == (14, 10, 12)


def test_numero_interne_apres_l_objet() -> None:
    texte = (
        TETE
        + "Objet : Tarifs de la cantine N° interne de l'acte : 2022-07\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    (d,) = resultat.seance.deliberations
    assert (d.numero, d.objet) == ("2022-07", "Tarifs de la cantine")


def test_presidence_du_maire() -> None:
    assert president("sous la présidence du Maire, M LAMBLIN Gérard.") == "M LAMBLIN Gérard"
    assert (
        president("sous la présidence du Président, Monsieur Jean VIDAL") == "Monsieur Jean VIDAL"
    )


def test_libelles_de_decompte_jamais_des_personnes() -> None:
    for libelle in ("Votants", "VOTANTS", "En exercice", "Présents", "Pouvoirs"):
        assert lire_personne(libelle) is None
    assert lire_personne("DUPONT") is not None
