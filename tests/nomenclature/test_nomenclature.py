"""Nomenclature ACTES : API et comparaison avec les oracles de shared/reference/actes."""

from __future__ import annotations

import contextlib
import csv
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations import nomenclature
from deliberations.nomenclature import (
    CLASSIFICATION_NATIONALE,
    CodeMatiereInvalide,
    Matiere,
    MatiereInconnue,
    NatureActe,
)
from deliberations.texte import cle_texte


def _comparable(texte: str) -> str:
    return re.sub(r"[^a-z0-9]", "", cle_texte(texte))


def test_niveaux() -> None:
    assert len(nomenclature.matieres(1)) == 9
    assert len(nomenclature.matieres(2)) == 57
    assert nomenclature.matiere("7.10").libelle == "Divers"
    assert nomenclature.parent("7.10") == nomenclature.matiere("7")
    assert nomenclature.parent("7") is None


def test_code_inconnu_et_mal_forme() -> None:
    with pytest.raises(MatiereInconnue, match=r"9\.99"):
        nomenclature.matiere("9.99")
    with pytest.raises(CodeMatiereInvalide):
        nomenclature.matiere("9,1")


def test_nom_scdl_sans_virgule_ni_parenthese() -> None:
    for m in nomenclature.matieres(2):
        nom = nomenclature.nom_scdl(m.code)
        assert nom == nom.lower()
        assert not set(nom) & set(",()")
        assert nom.count("/") >= 1
        assert "/ " not in nom


def test_nom_scdl_aller_retour() -> None:
    for m in nomenclature.matieres():
        assert nomenclature.depuis_nom_scdl(nomenclature.nom_scdl(m.code)) == m


def test_variantes_reelles_reconnues() -> None:
    # graphies de la classification @CTES réelle : sans accents, coquille « pourvoirs »
    assert (
        nomenclature.depuis_nom_scdl(
            "Libertes publiques et pourvoirs de police/Police municipale"
        ).code
        == "6.1"
    )
    assert nomenclature.depuis_nom_scdl("Commande Publique/Marches publics").code == "1.1"
    assert nomenclature.depuis_nom_scdl("Référentiel maison/thème") is None


def test_classification_prefectorale_complete_la_nationale() -> None:
    locale = CLASSIFICATION_NATIONALE.avec(
        [Matiere("7.1.2", "Budget supplémentaire")], "2019-04-18"
    )
    assert locale.libelle("7.1.2") == "Budget supplémentaire"
    assert [m.code for m in locale.chemin("7.1.2")] == ["7", "7.1", "7.1.2"]
    assert locale.nom_scdl("7.1.2") == "finances locales/décisions budgétaires"
    assert "7.1.2" not in CLASSIFICATION_NATIONALE


def test_natures() -> None:
    assert [n.abrege for n in NatureActe] == ["DE", "AR", "AI", "CC", "BF", "AU"]
    assert NatureActe.depuis_abrege("bf") is NatureActe.DOCUMENT_BUDGETAIRE
    with pytest.raises(ValueError, match="inconnue"):
        NatureActe.depuis_abrege("XX")


@given(st.text(max_size=20))
def test_code_quelconque_erreur_typee(texte: str) -> None:
    with contextlib.suppress(CodeMatiereInvalide, MatiereInconnue):
        nomenclature.matiere(texte)


# ------------------------------------------------------------------ oracles


def _lignes(chemin: Path) -> list[dict[str, str]]:
    with chemin.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_codes_et_intitules_comme_la_classification_officielle(reference: Path) -> None:
    officielle = {
        r["code"]: r["label"]
        for r in _lignes(reference / "actes" / "nomenclature.csv")
        if r["level"] in ("1", "2")
    }
    nos_codes = {m.code: m.libelle for m in nomenclature.matieres()}
    assert set(officielle) == set(nos_codes)
    for code, libelle in officielle.items():
        attendu = _comparable(libelle).replace("pourvoirs", "pouvoirs").replace("etc", "")
        assert _comparable(nos_codes[code]).replace("etc", "") == attendu, code


def test_natures_comme_la_classification_officielle(reference: Path) -> None:
    for r in _lignes(reference / "actes" / "natures-actes.csv"):
        nature = NatureActe(int(r["code"]))
        assert nature.abrege == r["abrege"]
        assert _comparable(nature.libelle) == _comparable(r["label"])


def test_nom_scdl_accepte_par_la_regle_de_validata(reference: Path) -> None:
    """Règle ``nomenclature-acte`` de Validata (NOTES.md §2.2) : préfixe de niveau 1 connu."""
    niveaux1 = {
        cle_texte(r["label"]).replace("pourvoirs", "pouvoirs")
        for r in _lignes(reference / "actes" / "nomenclature.csv")
        if r["level"] == "1"
    }
    for m in nomenclature.matieres(2):
        nom = nomenclature.nom_scdl(m.code)
        assert "/ " not in nom
        assert cle_texte(nom.split("/")[0]) in niveaux1


@given(st.text(max_size=60))
def test_nom_scdl_quelconque_jamais_d_exception(nom: str) -> None:
    resultat = nomenclature.depuis_nom_scdl(nom)
    assert resultat is None or resultat.code in {m.code for m in nomenclature.matieres()}
