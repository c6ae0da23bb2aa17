"""Les raccourcis de la quatrième passe de vitesse lisent comme les expressions d'origine.

Chaque raccourci écarte du travail sans changer la réponse : une garde de deux caractères
(:data:`deliberations.extrait.prefiltres.GARDES_DOUBLES`), la découpe d'une liste sans « ) »,
le mot de lien cherché à la fin, le chiffre d'un texte ASCII, le numéro de délibération
essayé seulement sur un chiffre ou une parenthèse. Chacun est comparé à l'expression telle
qu'écrite sur toutes les lignes du corpus (sous leur forme plate) et sur des textes faits des
mots qu'elle lit.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from deliberations.extrait import personnes, prefiltres, reconnaisseurs
from deliberations.texte import minuscules_meme_longueur

CORPUS = Path(__file__).parent / "corpus"


def _lignes_du_corpus() -> list[str]:
    lignes: set[str] = set()
    for chemin in sorted(CORPUS.glob("*.txt")):
        for ligne in chemin.read_text("utf-8").splitlines():
            lignes.add(ligne)
            lignes.add(minuscules_meme_longueur(ligne))
    return sorted(lignes)


LIGNES = _lignes_du_corpus()

_MOTS_DES_INTITULES = st.sampled_from(
    ["presents", "absents excuses", "pouvoirs", "procurations", "secretaire de seance", "objet",
     "deliberation n°", "nombre de membres", "conseillers en exercice", "etaient presents",
     "ont complete le quorum", "effectif legal", "membres titulaires", "delegues suppleants",
     "president de seance", "adopte a l'unanimite", "1ere deliberation", "12 eme deliberation",
     "dcm 32/2019 -", "cp n°", "questions diverses", "rapporteur", "excuse(e)s", "present(e)s",
     "suppleant(e)s", "assistaient egalement", "date de la convocation", "m. alain", "mme ines",
     "resultat du vote", "pour extrait conforme", "communes non representees", " ", ", ", ". ",
     ":", " : ", "-", ")", "(", "1", "a", "e", "de", "le", "du", "recu", "x"]
)  # fmt: skip
_TEXTES_D_INTITULES = st.lists(_MOTS_DES_INTITULES, max_size=12).map("".join)


def _correspondances(motif: re.Pattern[str], texte: str) -> list[tuple[int, int]]:
    return [m.span() for m in motif.finditer(texte)]


def test_des_gardes_doubles_sont_declarees() -> None:
    assert prefiltres.GARDES_DOUBLES  # (déclarées à l'import de deliberations.extrait)


@pytest.mark.parametrize(
    ("motif", "gardee"),
    [(m, g) for m, _deux, g in prefiltres.GARDES_DOUBLES],
    ids=[m.pattern[:40] for m, _, _ in prefiltres.GARDES_DOUBLES],
)
def test_une_garde_double_trouve_pareil_sur_le_corpus(
    motif: re.Pattern[str], gardee: re.Pattern[str]
) -> None:
    for ligne in LIGNES:
        assert _correspondances(gardee, ligne) == _correspondances(motif, ligne), ligne


@given(texte=_TEXTES_D_INTITULES)
def test_une_garde_double_trouve_pareil(texte: str) -> None:
    for motif, _deux, gardee in prefiltres.GARDES_DOUBLES:
        assert _correspondances(gardee, texte) == _correspondances(motif, texte)


@given(texte=_TEXTES_D_INTITULES)
def test_chaque_debut_declare_commence_une_correspondance(texte: str) -> None:
    """Toute correspondance de l'expression d'origine commence par l'un des débuts déclarés."""
    for motif, deux, _gardee in prefiltres.GARDES_DOUBLES:
        debut = re.compile("|".join(deux))
        for m in motif.finditer(texte):
            assert debut.match(texte, m.start()), (motif.pattern[:40], texte[m.start() :])


_MOTS_DES_LISTES = st.sampled_from(
    ["Mme", "M.", "Anne", "PETIT", ",", ", ", ";", " et ", " - ", "\t", "(", "pouvoir à", " ",
     "qui", "de", "membres", "1er", "Adjoint", "d'", "Monsieur", "LUC", "é", "procuration", "D",
     "Délégation", "Écologie et Solidarités", "maire", "vice-présidente"]
)  # fmt: skip


@given(texte=st.lists(_MOTS_DES_LISTES, max_size=14).map("".join))
def test_une_liste_sans_parenthese_fermante_se_decoupe_pareil(texte: str) -> None:
    assert ")" not in texte
    sans = personnes._SEPARATEURS_SANS_PARENTHESE
    assert sans.split(texte) == personnes._SEPARATEURS_LISTE.split(texte)


def test_les_listes_du_corpus_se_decoupent_pareil() -> None:
    for ligne in LIGNES:
        if ")" not in ligne:
            attendu = personnes._SEPARATEURS_LISTE.split(ligne)
            assert personnes._SEPARATEURS_SANS_PARENTHESE.split(ligne) == attendu


_MOTS_DE_LIEN = st.sampled_from(
    ["à", "A", "par", "PAR", "de", "d'", "pour", "du", "au", "profit  de", "profit\tde", "(",
     "suppléante", "SUPPLEANT", "titulaire", "X", "LE", "DU", "M.", "Jean", "DUPONT", "-", "'",
     " ", "  ", "\n", "é", "ab"]
)  # fmt: skip


@given(texte=st.lists(_MOTS_DE_LIEN, max_size=8).map("".join))
def test_le_mot_de_lien_final_est_cherche_a_la_fin(texte: str) -> None:
    propre = texte.rstrip()
    attendu = (
        prefiltres.finit_par_un(propre, personnes._FINS_LIEN_FINAL)
        and personnes._LIEN_FINAL.search(texte) is not None
        and not personnes._nom_en_du(texte)
    )
    assert personnes._lien_final(texte) == attendu


@given(texte=st.text(alphabet="ab1٣３²é ", max_size=12))
def test_un_chiffre_se_lit_comme_avec_d(texte: str) -> None:
    assert reconnaisseurs._a_un_chiffre(texte) == (re.search(r"\d", texte) is not None)


_MOTS_DES_NUMEROS = st.sampled_from(
    ["deliberation", "delib.", "dcm", "d", "point", "question", "n°", "n", "no", "numero", " ",
     "-", ":", ".", "/", "_", "a", "h", ")", "°", "page", "voeux", "motion", "ere", "x", "1", "20"]
)  # fmt: skip


@example(texte="a/ a")  # « A/ Objet » : une barre, sans chiffre ni parenthèse
@given(texte=st.lists(_MOTS_DES_NUMEROS, max_size=8).map("".join))
def test_un_numero_lit_un_chiffre_ou_une_parenthese(texte: str) -> None:
    if ")" not in texte and "/" not in texte and re.search(r"\d", texte) is None:
        assert reconnaisseurs._UN_DES_NUMEROS.match(texte) is None


def test_les_numeros_du_corpus_ont_un_chiffre_ou_une_parenthese() -> None:
    for ligne in LIGNES:
        plat = minuscules_meme_longueur(ligne)
        if reconnaisseurs._UN_DES_NUMEROS.match(plat) is not None:
            assert ")" in plat or "/" in plat or re.search(r"\d", plat), ligne
