"""SCDL vers pandas : types des colonnes, valeurs non convertibles (extra « pandas »)."""

from __future__ import annotations

import io

import pytest

from deliberations.model import lire_seance
from deliberations.scdl import ecrire_scdl
from deliberations.scdl.tableau import TYPES_PANDAS, ValeurNonConvertible, lire_dataframe
from tests.conftest import EXEMPLE_SEED

pd = pytest.importorskip("pandas", reason="pandas n'est pas installé (extra « pandas »)")


def _csv(**remplacements: str) -> bytes:
    texte = io.StringIO()
    ecrire_scdl(lire_seance(EXEMPLE_SEED), texte, siret="24210041000016")
    contenu = texte.getvalue()
    for avant, apres in remplacements.items():
        contenu = contenu.replace(avant, apres)
    return contenu.encode("utf-8")


def test_codes_et_siret_restent_du_texte() -> None:
    table = lire_dataframe(_csv(**{",8.2,": ",7.10,"}))
    assert table.loc[0, "DELIB_MATIERE_CODE"] == "7.10"
    assert table.loc[0, "COLL_SIRET"] == "24210041000016"
    assert str(table["VOTE_POUR"].dtype) == "Int64" and table.loc[0, "VOTE_POUR"] == 78
    assert str(table["DELIB_DATE"].dtype).startswith("datetime64")
    assert pd.isna(table.loc[0, "PREF_DATE"]) and pd.isna(table.loc[0, "BUDGET_ANNEE"])


def test_separateur_et_encodage_detectes() -> None:
    donnees = _csv().decode().replace(",", ";").encode("cp1252", errors="replace")
    table = lire_dataframe(donnees)
    assert list(table.columns) == list(TYPES_PANDAS)


@pytest.mark.parametrize(
    ("avant", "apres"), [(",78,78,", ",78.0,78,"), ("2024-09-26", "26/09/2024")]
)
def test_valeur_non_convertible_jamais_remplacee_en_silence(avant: str, apres: str) -> None:
    with pytest.raises(ValeurNonConvertible, match="ligne 2, colonne"):
        lire_dataframe(_csv(**{avant: apres}))
