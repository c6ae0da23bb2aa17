"""La référence de l'API construite par mkdocs : champs et membres d'énumération listés,
exemples rendus en code (XML visible), aucun rôle Sphinx brut."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import RACINE

pytest.importorskip("mkdocs", reason="mkdocs n'est pas installé (extra « docs »)")
sys.path.insert(0, str(RACINE / "outils"))
from griffe_deliberations import exemples_en_code


def test_exemples_entoures_de_blocs_de_code() -> None:
    texte = "Exemple :\n\n>>> 1 + 1\n2\n\nSuite.\n\n```text\n>>> deja en code\n```"
    assert exemples_en_code(texte) == (
        "Exemple :\n\n```pycon\n>>> 1 + 1\n2\n```\n\nSuite.\n\n```text\n>>> deja en code\n```"
    )


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> str:
    site = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=RACINE,
        check=True,
        capture_output=True,
    )
    return (site / "reference" / "index.html").read_text("utf-8")


def test_pas_de_citations_ni_de_roles_bruts(reference: str) -> None:
    assert "<blockquote" not in reference
    assert not re.search(r":(func|class|mod|meth|attr|data|exc):`", reference)
    assert "&lt;a&gt;&lt;b&gt;1&lt;/b&gt;&lt;/a&gt;" in reference  # XML d'un exemple, visible


@pytest.mark.parametrize(
    "ident",
    [
        "deliberations.model.seance.Seance.date",
        "deliberations.model.elus.Elu.civilite",
        "deliberations.model.scrutin.Scrutin.ne_prend_pas_part",
        "deliberations.model.elus.Civilite.MADAME",
        "deliberations.model.scrutin.ChoixVote.NE_PREND_PAS_PART",
    ],
)
def test_champs_et_membres_listes(reference: str, ident: str) -> None:
    assert f'id="{ident}"' in reference
