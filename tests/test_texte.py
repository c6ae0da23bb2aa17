"""Module ``texte`` : normalisation des blancs (raccourci sans expression régulière)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from deliberations.texte import espaces_normalises

_BLANCS = re.compile(r"\s+")


@given(st.text(alphabet=st.sampled_from(list("ab é\u00a0\t\n\r\u2028\u3000\x1c")) | st.characters()))
def test_espaces_normalises_comme_l_expression(texte: str) -> None:
    assert espaces_normalises(texte) == _BLANCS.sub(" ", texte).strip()


def test_espaces_normalises_cas() -> None:
    assert espaces_normalises("  a  b ") == "a b"
    assert espaces_normalises("a b") == "a b"
    assert espaces_normalises(" a\u00a0b\u2028c\t") == "a b c"
