"""Propriétés des lecteurs étendus à la treizième session : sur une entrée quelconque, jamais
d'exception, et jamais une valeur inventée (une personne perdue, un nom fait d'une civilité, un
nombre qui n'est pas écrit)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.analyse import _lieux_apres_tiret
from deliberations.extrait.normalisation import objet_tel_qu_ecrit, segmenter
from deliberations.extrait.reconnaisseurs import procuration, procuration_courte, votes

_NOM = st.from_regex(r"[A-Z][A-Z]{2,9}", fullmatch=True)
_PRENOM = st.sampled_from(["Paul", "Anne", "Luc", "Iris", "Marc", "Nadia", "Jean-Louis"])
_LIEU = st.sampled_from(["Vaudrey", "La Loye", "Saint-Aubin-des-Bois", "Le Pin", "Val-d'Arnon"])
_CIVILITE = st.sampled_from(["M.", "Mme", "Monsieur", "Madame"])


@given(st.lists(st.tuples(_CIVILITE, _PRENOM, _NOM, _LIEU), min_size=1, max_size=5))
def test_lieux_apres_tiret_sans_perte(delegues: list[tuple[str, str, str, str]]) -> None:
    """« M. X - Commune, … » : chaque délégué reste dans la liste, la commune entre parenthèses
    (ou la liste intacte quand un seul tiret s'y lit)."""
    texte = ", ".join(f"{c} {p} {n} - {lieu}" for c, p, n, lieu in delegues)
    lu = _lieux_apres_tiret(texte)
    for c, p, n, lieu in delegues:
        assert f"{c} {p} {n}" in lu and lieu in lu
    assert lu == texte or " - " not in lu


@given(st.text(max_size=300))
def test_lieux_apres_tiret_quelconque(texte: str) -> None:
    lu = _lieux_apres_tiret(texte)
    # (seuls « - » et « – » deviennent des parenthèses : aucun mot n'est perdu)
    assert re.sub(r"[\s()\-–]", "", lu) == re.sub(r"[\s()\-–]", "", texte)


@given(st.text(max_size=200))
def test_procurations_sans_exception(texte: str) -> None:
    for lu in (procuration(texte), procuration_courte(texte)):
        assert lu is None or (lu[0].strip() and lu[1].strip())


@given(_CIVILITE, _PRENOM, _NOM, st.sampled_from(["(par", "(à", "(pour"]))
def test_procuration_courte_entre_parentheses(civilite: str, prenom: str, nom: str, lien: str) -> None:
    lu = procuration_courte(f"Mme Nadia BERGER {lien} {civilite} {prenom} {nom})")
    assert lu == ("Mme Nadia BERGER", f"{civilite} {prenom} {nom}")


@given(st.sampled_from(["néant", "aucun", "aucune", "zéro", "0"]), st.integers(0, 99))
def test_zero_ecrit_en_mots(zero: str, pour: int) -> None:
    assert votes(f"Pour : {pour} ; Contre : {zero} ; Abstention : {zero}") == [
        ("pour", pour),
        ("contre", 0),
        ("abstentions", 0),
    ]


@given(st.text(max_size=120), st.text(max_size=400))
def test_objet_tel_qu_ecrit_sans_exception(objet: str, origine: str) -> None:
    """L'objet rendu est l'objet lu, ou un morceau du texte d'origine (jamais inventé)."""
    ecrit = objet_tel_qu_ecrit(objet, origine)
    assert ecrit == objet or re.sub(r"\s+", " ", ecrit) in re.sub(r"\s+", " ", origine.replace("’", "'"))


@given(_CIVILITE, _PRENOM, _NOM, st.sampled_from(["est excusé", "s'est excusé", "est absent", "est excusée"]))
def test_phrase_d_absence_jamais_une_civilite_seule(civilite: str, prenom: str, nom: str, verbe: str) -> None:
    """« M. X est excusé. » : jamais une personne nommée « M » (le point de la civilité n'est pas
    une fin de phrase)."""
    texte = (
        "COMMUNE DE VAUDREY\nSéance du 26 septembre 2024\nPrésents : M. Paul ROUX, Mme Anne PETIT\n"
        f"Absents : néant\n{civilite} {prenom} {nom} {verbe}.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    noms = [p.elu.nom for p in seance.presences]
    assert "M" not in noms and nom in noms


@given(st.text(max_size=2000))
def test_segmenter_sans_perte(ligne: str) -> None:
    """Les nouveaux intitulés du flux (« S'est excusé : », « Votes par procuration : »…) coupent
    la ligne sans en perdre un caractère non blanc."""
    morceaux = "".join(m for _n, m in segmenter(ligne))
    assert re.sub(r"\s", "", morceaux) == re.sub(r"\s", "", ligne)
