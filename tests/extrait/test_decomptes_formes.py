"""Décomptes écrits en lettres, en phrase ou le nombre avant le libellé."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r

_TETE = "COMMUNE DE VILLERS\nSéance du 2 novembre 2016\n"
_LISTES = (
    "\nPrésents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul BERNARD, Mme Lucie PETIT\n"
    "Secrétaire de séance : Mme Anne MARTIN\n"
)


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        (
            "Nombre de membres en exercice : quinze ; présents : quatre ; votants : quatre",
            (15, 4, 4),
        ),
        ("15 conseillers en exercice, 4 présents, 4 votants", (15, 4, 4)),
        ("quatre conseillers présents.", (None, 4, None)),
        ("Le nombre de conseillers présents étant de 4, le quorum est atteint.", (None, 4, None)),
        (
            "Membres afférents : 15 ; en exercice : 15 ; qui ont pris part à la délibération : 4",
            (15, None, 4),
        ),
    ],
)
def test_decomptes_lus(ligne: str, attendu: tuple[int | None, ...]) -> None:
    resultat = lire_extrait(_TETE + ligne + _LISTES)
    assert resultat.seance is not None and resultat.seance.decomptes is not None
    d = resultat.seance.decomptes
    assert (d.en_exercice, d.presents, d.votants) == attendu
    assert "extrait.ligne-non-comprise" not in [c.code for c in resultat.rapport]


def test_nombre_avant_libelle_seulement_avec_en_exercice() -> None:
    assert r.decomptes("adopté par 12 voix, 4 présents ayant quitté la salle") == []
    assert r.decomptes("Présents : quatre / votants : cinq") == [("presents", 4), ("votants", 5)]


@pytest.mark.parametrize(
    "ligne",
    [
        "Absents : M. Marc ROUX, Mme Rose BLANC (excusés)",
        "Étaient absents : M. Marc ROUX et Mme Rose BLANC, excusés",
    ],
)
def test_pluriel_final_dit_toute_la_liste_excusee(ligne: str) -> None:
    resultat = lire_extrait(_TETE + ligne + _LISTES)
    assert resultat.seance is not None
    statuts = {p.elu.nom: p.statut.value for p in resultat.seance.presences}
    assert statuts["ROUX"] == statuts["BLANC"] == "excuse"


def test_singulier_final_ne_dit_que_le_dernier() -> None:
    resultat = lire_extrait(_TETE + "Absents : M. Marc ROUX, Mme Rose BLANC (excusée)" + _LISTES)
    assert resultat.seance is not None
    statuts = {p.elu.nom: p.statut.value for p in resultat.seance.presences}
    assert (statuts["ROUX"], statuts["BLANC"]) == ("absent", "excuse")


def test_liste_vide_ecrite_d_un_trait() -> None:
    resultat = lire_extrait(_TETE + "Excusés : /" + _LISTES)
    assert "extrait.ligne-non-comprise" not in [c.code for c in resultat.rapport]


@given(
    st.permutations([("En exercice", "en_exercice"), ("Présents", "presents"), ("Votants", "votants")]),
    st.lists(st.integers(0, 99), min_size=3, max_size=3),
    st.sampled_from(["\t", "    ", "          "]),
)
def test_ligne_de_libelles_puis_ligne_de_nombres(
    libelles: list[tuple[str, str]], nombres: list[int], blanc: str
) -> None:
    """Le cadre d'un registre : « En exercice    Présents    Votants » puis « 15    12    13 » ;
    chaque nombre revient au libellé au-dessus de lui (rien n'était lu)."""
    texte = (
        _TETE
        + "Nombre de conseillers\n"
        + blanc.join(lib for lib, _ in libelles)
        + "\n"
        + blanc.join(str(v) for v in nombres)
        + _LISTES
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.decomptes is not None
    lus = {cle: getattr(seance.decomptes, cle) for _, cle in libelles}
    assert lus == {cle: v for (_, cle), v in zip(libelles, nombres, strict=True)}


def test_presents_au_moment_du_vote_ne_sont_pas_ceux_de_la_seance() -> None:
    """« Présents au moment du vote : 4 » dans l'unique point d'un extrait dont le cadre ne dit
    pas les présents : le nombre de ce vote n'est pas retenu pour la séance (il l'était)."""
    texte = (
        _TETE
        + "Membres en exercice : 6\nQui ont pris part à la délibération : 5\n"
        + _LISTES
        + "OBJET : Tarifs de la cantine\nPrésents au moment du vote : 4\nAdopté à l'unanimité.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.decomptes is not None
    assert (seance.decomptes.en_exercice, seance.decomptes.presents) == (6, None)


@given(
    st.permutations([("En exercice", "en_exercice"), ("Présents", "presents"), ("Votants", "votants")]),
    st.lists(st.integers(0, 99), min_size=3, max_size=3),
)
def test_cadre_aplati_libelles_sans_deux_points_puis_nombres(
    libelles: list[tuple[str, str]], nombres: list[int]
) -> None:
    """Le même cadre dans un texte aplati (« En exercice Présents Votants 6 4 5 ») : « Votants
    6 » était lu (le premier nombre au dernier libellé)."""
    texte = (
        "COMMUNE DE VILLERS Séance du 2 novembre 2016 Nombre de conseillers "
        + " ".join(lib for lib, _ in libelles)
        + " "
        + " ".join(str(v) for v in nombres)
        + _LISTES.replace("\n", " ")
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.decomptes is not None
    lus = {cle: getattr(seance.decomptes, cle) for _, cle in libelles}
    assert lus == {cle: v for (_, cle), v in zip(libelles, nombres, strict=True)}


def test_nombre_de_delegues_est_l_effectif() -> None:
    """« Nombre de délégués : 9    En exercice : 9 … » (comité syndical) : l'effectif, comme
    « Nombre de conseillers : » (il n'était pas lu) ; « délégués en exercice », « délégués
    présents » gardent leur sens."""
    assert r.decomptes("Nombre de délégués : 9    En exercice : 9    Présents : 8") == [
        ("membres", 9),
        ("en_exercice", 9),
        ("presents", 8),
    ]
    assert r.decomptes("Nombre de délégués en exercice : 18") == [("en_exercice", 18)]
    assert r.decomptes("Nombre de délégués présents : 12") == [("presents", 12)]
