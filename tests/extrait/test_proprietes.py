"""Propriétés de l'analyseur : jamais d'exception, et un document abîmé donne des constats,
pas des données fausses présentées comme sûres."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from tests.extrait.test_corpus import projection

CORPUS = Path(__file__).parent / "corpus"
DOCUMENTS = {p.stem: p.read_text("utf-8") for p in sorted(CORPUS.glob("[0-9][0-9]-*.txt"))}


@given(st.text(max_size=3000))
def test_texte_quelconque(texte: str) -> None:
    resultat = lire_extrait(texte)
    assert resultat.rapport is not None
    if resultat.seance is None:
        assert "extrait.date-absente" in resultat.rapport.codes()


@given(st.sampled_from(sorted(DOCUMENTS)), st.randoms(use_true_random=False))
def test_lignes_melangees_sans_exception(nom: str, alea: Any) -> None:
    lignes = DOCUMENTS[nom].splitlines()
    alea.shuffle(lignes)
    premier = lire_extrait("\n".join(lignes))
    assert premier == lire_extrait("\n".join(lignes))


def _compatible(partiel: dict[str, Any], complet: dict[str, Any]) -> list[str]:
    """Les faits du document tronqué qui contredisent le document entier."""
    ecarts = []
    for cle, valeur in partiel.items():
        reference = complet[cle]
        if isinstance(valeur, list):
            if any(v not in reference for v in valeur):
                ecarts.append(cle)
        elif isinstance(valeur, dict):
            if any(reference.get(k) != v for k, v in valeur.items()):
                ecarts.append(cle)
        elif valeur is not None and valeur != reference:
            ecarts.append(cle)
    return ecarts


@settings(max_examples=80)
@given(st.sampled_from(sorted(DOCUMENTS)), st.data())
def test_document_tronque_signale_ou_coherent(nom: str, data: st.DataObject) -> None:
    texte = DOCUMENTS[nom]
    lignes = texte.splitlines()
    coupe = data.draw(st.integers(1, len(lignes) - 1))
    complet = lire_extrait(texte)
    partiel = lire_extrait("\n".join(lignes[:coupe]))
    assert complet.seance is not None
    if partiel.seance is None:
        assert not partiel.rapport.ok
        return
    ecarts = _compatible(projection(partiel.seance), projection(complet.seance))
    # une donnée contraire au document entier n'est jamais présentée sans avertissement
    assert not ecarts or not partiel.compris, (ecarts, partiel.rapport.vers_texte())
    for d_partiel, d_complet in zip(
        partiel.seance.deliberations, complet.seance.deliberations, strict=False
    ):
        if d_partiel.scrutins and d_complet.scrutins:
            p, c = d_partiel.scrutins[0], d_complet.scrutins[0]
            for champ in ("pour", "contre", "abstentions", "ne_prend_pas_part", "blancs_nuls"):
                valeur = getattr(p, champ)
                assert valeur is None or valeur == getattr(c, champ) or not partiel.compris
    # une délibération coupée avant son vote est signalée (une coupure entre deux
    # délibérations donne un document plus court, mais exact)
    if any(not d.scrutins for d in partiel.seance.deliberations):
        assert not partiel.compris
