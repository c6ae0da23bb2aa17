"""Identifiants : SIREN, SIRET, département, arrondissement."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.erreurs import (
    CleInvalide,
    ComposantInvalide,
    FormatInvalide,
    IdentifiantInvalide,
    LongueurInvalide,
)
from deliberations.identifiants import (
    CodeDepartement,
    Siren,
    Siret,
    arrondissement,
    departement,
    siren,
    siret,
)
from tests.strategies import sirens, sirets


def test_siren_valide_et_formate() -> None:
    assert siren.validate("242 100 410") == "242100410"
    assert Siren("242100410").formate() == "242 100 410"


@pytest.mark.parametrize(
    ("valeur", "exception", "extrait"),
    [
        ("242100411", CleInvalide, "clé de contrôle"),
        ("24210041", LongueurInvalide, "9 chiffres, pas 8"),
        ("24210041A", FormatInvalide, "chiffres"),
    ],
)
def test_siren_invalide_message_francais(
    valeur: str, exception: type[Exception], extrait: str
) -> None:
    with pytest.raises(exception, match=extrait):
        Siren(valeur)


def test_siret_treize_chiffres_refuse() -> None:
    with pytest.raises(LongueurInvalide, match="14 chiffres, pas 13"):
        Siret("2186019460001")


def test_siret_la_poste() -> None:
    # La Poste : la somme des chiffres doit être un multiple de 5, pas de clé de Luhn.
    assert siret.is_valid("35600000000048")
    assert not siret.is_valid("35600000000049")


def test_siret_donne_son_siren() -> None:
    assert Siret("21860194600013").siren == Siren("218601946")


@pytest.mark.parametrize("code", ["20", "00", "96", "977", "2C", "", "A"])
def test_departements_refuses(code: str) -> None:
    with pytest.raises(IdentifiantInvalide):
        CodeDepartement(code)


def test_departement_20_message() -> None:
    with pytest.raises(ComposantInvalide, match="la Corse est 2A ou 2B"):
        CodeDepartement("20")


@pytest.mark.parametrize(
    ("code", "compact", "actes"),
    [("1", "01", "001"), ("2b", "2B", "02B"), ("974", "974", "974"), ("095", "95", "095")],
)
def test_departements_acceptes(code: str, compact: str, actes: str) -> None:
    assert CodeDepartement(code) == compact
    assert CodeDepartement(code).actes == actes


def test_nombre_de_departements() -> None:
    assert len(departement.CODES) == 94 + 2 + 6


def test_arrondissement() -> None:
    assert arrondissement.validate("3") == "3"
    assert not arrondissement.is_valid("10")


def test_type_non_chaine_refuse() -> None:
    with pytest.raises(FormatInvalide):
        Siren(242100410)  # type: ignore[arg-type]


@given(sirens())
def test_siren_engendres_valides(numero: str) -> None:
    assert Siren(numero) == numero
    assert siren.compact(siren.format(numero)) == numero


@given(sirets())
def test_siret_engendres_valides(numero: str) -> None:
    assert Siret(numero).siren == numero[:9]


@given(st.text(max_size=20))
def test_texte_quelconque_jamais_autre_exception(texte: str) -> None:
    for module in (siren, siret, departement, arrondissement):
        try:
            module.validate(texte)
        except IdentifiantInvalide as erreur:
            assert str(erreur)
        assert module.is_valid(texte) in (True, False)
