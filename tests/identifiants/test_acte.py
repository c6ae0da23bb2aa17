"""Identifiant d'acte @CTES : décomposition, validation, accord avec le schéma et les messages réels."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.actes.nommage import id_acte
from deliberations.erreurs import ComposantInvalide, FormatInvalide, IdentifiantInvalide
from deliberations.identifiants import acte


def test_parties() -> None:
    parties = acte.decomposer("02A-242100410-20240926-D_2024_12-DE")
    assert parties.departement == "02A" and parties.siren == "242100410"
    assert parties.date == dt.date(2024, 9, 26)
    assert (parties.numero, parties.nature) == ("D_2024_12", "DE")


@pytest.mark.parametrize(
    ("valeur", "exception", "extrait"),
    [
        ("021-242100410-20240230-1-DE", ComposantInvalide, "20240230 n'existe pas"),
        ("21-242100410-20240926-1-DE", FormatInvalide, "{département}-{SIREN}"),
        ("021-242100410-20240926-1-de", FormatInvalide, "attendue"),
        ("021-242100410-20240926-NUMERO_DE_16_CAR-DE", FormatInvalide, "attendue"),
        ("", FormatInvalide, "attendue"),
    ],
)
def test_erreurs_precises(valeur: str, exception: type[Exception], extrait: str) -> None:
    with pytest.raises(exception, match=re.escape(extrait)):
        acte.validate(valeur)
    assert not acte.is_valid(valeur)


def test_pas_une_chaine() -> None:
    with pytest.raises(FormatInvalide, match="chaîne"):
        acte.validate(21)  # type: ignore[arg-type]


_DEPARTEMENTS = st.sampled_from(["001", "021", "02A", "02B", "095", "971", "976"])
_NUMEROS = st.text(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=15
)


@given(
    _DEPARTEMENTS,
    st.from_regex(r"[0-9]{9}", fullmatch=True),
    st.dates(min_value=dt.date(1982, 3, 2), max_value=dt.date(2099, 12, 31)),
    _NUMEROS,
    st.sampled_from(["DE", "AR", "AI", "CC", "BF", "AU"]),
)
def test_aller_retour_avec_le_nommage(
    dept: str, siren: str, date: dt.date, numero: str, nature: str
) -> None:
    """L'identifiant que compose l'écriture des transmissions se décompose en ses parties."""
    identifiant = id_acte(dept, siren, date, numero, nature)
    assert acte.decomposer(identifiant) == (dept, siren, date, numero, nature)
    assert acte.conforme_au_schema(identifiant)


@given(st.text(max_size=60))
def test_texte_quelconque(texte: str) -> None:
    try:
        parties = acte.decomposer(texte)
    except IdentifiantInvalide:
        return
    assert acte.conforme_au_schema(acte.compact(texte)) and parties.date.year >= 1000


def test_identifiants_des_messages_reels(reference: Path) -> None:
    """Les ``IDActe`` des accusés S²LOW et Pastell de référence se décomposent, et la date
    retrouvée est celle qu'ils écrivent."""
    vus = set()
    for message in sorted((reference / "actes" / "examples").rglob("*.xml")):
        vus.update(re.findall(r'IDActe="([^"]+)"', message.read_text("utf-8", "replace")))
    assert vus, "aucun IDActe dans les messages de référence"
    for identifiant in vus:
        parties = acte.decomposer(identifiant)
        assert f"{parties.date:%Y%m%d}" == identifiant.split("-")[2]
        assert acte.conforme_au_schema(identifiant)
