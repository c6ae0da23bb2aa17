"""Module ``texte`` : normalisation des blancs (raccourci sans expression régulière)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from deliberations.texte import espaces_normalises, sans_accents

_BLANCS = re.compile(r"\s+")


@given(st.text(alphabet=st.sampled_from(list("ab é\u00a0\t\n\r\u2028\u3000\x1c")) | st.characters()))
def test_espaces_normalises_comme_l_expression(texte: str) -> None:
    assert espaces_normalises(texte) == _BLANCS.sub(" ", texte).strip()


def test_espaces_normalises_cas() -> None:
    assert espaces_normalises("  a  b ") == "a b"
    assert espaces_normalises("a b") == "a b"
    assert espaces_normalises(" a\u00a0b\u2028c\t") == "a b c"


@given(st.text(max_size=60))
def test_sans_accents_comme_la_normalisation_de_la_chaine_entiere(texte: str) -> None:
    """La table caractère par caractère donne le texte de la normalisation NFKD de la chaîne
    entière, signes combinants retirés (la référence d'avant la table)."""
    import unicodedata

    from deliberations.texte import _LIGATURES

    decompose = unicodedata.normalize("NFKD", texte.translate(_LIGATURES))
    attendu = "".join(c for c in decompose if not unicodedata.combining(c))
    assert sans_accents(texte) == attendu
