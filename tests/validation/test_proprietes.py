"""Propriétés : le validateur ne lève jamais sur une séance quelconque, et il est déterministe."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.model import Registre, Seance
from deliberations.validation import valider
from deliberations.validation.droit import faits_non_etablis
from deliberations.validation.non_etablis import FAITS
from tests.strategies import registres, seances


@given(seances)
def test_jamais_d_exception_et_deterministe(seance: Seance) -> None:
    premier = valider(seance)
    assert "regle.echec" not in premier.codes(), premier.vers_texte()
    assert valider(seance) == premier
    assert premier.vers_dict() == valider(seance).vers_dict()


@given(
    registres,
    st.lists(st.sampled_from(FAITS), unique=True),
)
def test_registre_et_faits_non_etablis_jamais_d_exception(
    registre: Registre, non_etablis: list[str]
) -> None:
    for seance in registre.seances:
        rapport = valider(seance, registre=registre, non_etablis=non_etablis)
        assert "regle.echec" not in rapport.codes(), rapport.vers_texte()
        # un fait non établi ne laisse ni erreur ni avertissement parmi ses constats
        table = faits_non_etablis()
        dependants = {code for f in non_etablis for code in table[f][1]}
        assert not [c for c in rapport if c.code in dependants]
