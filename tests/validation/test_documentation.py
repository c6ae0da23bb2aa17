"""La page de documentation liste chaque code de constat du catalogue."""

from __future__ import annotations

from deliberations.validation import CATALOGUE
from tests.conftest import RACINE


def test_chaque_code_est_documente() -> None:
    page = (RACINE / "docs" / "validation.md").read_text("utf-8")
    for regle in CATALOGUE:
        for code in regle.codes:
            assert f"`{code}`" in page, code
