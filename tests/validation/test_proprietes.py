"""Propriétés : le validateur ne lève jamais sur une séance quelconque, et il est déterministe."""

from __future__ import annotations

from hypothesis import given

from deliberations.model import Seance
from deliberations.validation import valider
from tests.strategies import seances


@given(seances)
def test_jamais_d_exception_et_deterministe(seance: Seance) -> None:
    premier = valider(seance)
    assert "regle.echec" not in premier.codes(), premier.vers_texte()
    assert valider(seance) == premier
    assert premier.to_dict() == valider(seance).to_dict()
