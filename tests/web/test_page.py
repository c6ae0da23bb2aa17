"""La page web du service, ouverte dans un vrai navigateur (Chromium de Debian, sans tête).

Chromium est installé par ``.ci/run`` (``apt-get install chromium``), qui pose aussi
``DELIBERATIONS_EXIGER_CHROMIUM=1`` : là, son absence fait échouer le test au lieu de le sauter.
Les captures d'écran vont dans ``DELIBERATIONS_ARTEFACTS`` (par défaut ``.artefacts/``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from deliberations.model import lire_json
from deliberations.scdl import ecrire_scdl
from tests.web.conftest import EXEMPLES, Service

NAVIGATEUR = shutil.which("chromium") or shutil.which("chromium-browser")
ARTEFACTS = Path(
    os.environ.get("DELIBERATIONS_ARTEFACTS", Path(__file__).parents[2] / ".artefacts")
)


@pytest.fixture(scope="module")
def page() -> Iterator[Any]:
    if NAVIGATEUR is None:
        if os.environ.get("DELIBERATIONS_EXIGER_CHROMIUM"):
            pytest.fail("Chromium absent alors que .ci/run l'installe (apt-get install chromium)")
        pytest.skip("Chromium absent : apt-get install chromium (installé par .ci/run)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="extra test : playwright")
    with sync_api.sync_playwright() as p:
        navigateur = p.chromium.launch(
            executable_path=NAVIGATEUR,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield navigateur.new_page()
        navigateur.close()


def _capture(page: Any, nom: str) -> None:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"{nom}.png"), full_page=True)


def test_extrait_lu_dans_la_page(page: Any, service: Service) -> None:
    page.goto(service.adresse + "/")
    assert page.title().startswith("deliberations")
    page.get_by_label("Fichier à vérifier").set_input_files(
        str(EXEMPLES / "extrait-dijon-metropole-2024-09-26.txt")
    )
    page.get_by_role("button", name="Vérifier", exact=True).click()
    page.wait_for_selector("#resultat:not([hidden])")
    assert page.locator("#verdict").inner_text() == "Séance lue"
    page.wait_for_selector("#telechargement:not([hidden])")
    lien = page.get_by_role("link", name="Télécharger le CSV SCDL tiré de l'extrait")
    assert lien.get_attribute("href", timeout=5000).startswith("blob:")
    _capture(page, "page-extrait")


def test_scdl_casse_montre_les_constats(page: Any, service: Service, tmp_path: Path) -> None:
    chemin = tmp_path / "casse.csv"
    with chemin.open("w", encoding="utf-8", newline="") as sortie:
        ecrire_scdl(
            lire_json(EXEMPLES / "seance-dijon-metropole-2024-09-26.json"),
            sortie,
            siret="24210041000016",
        )
    chemin.write_text(chemin.read_text("utf-8").replace("2024-09-26", "26/09/2024", 1), "utf-8")
    page.goto(service.adresse + "/")
    page.get_by_label("Fichier à vérifier").set_input_files(str(chemin))
    page.get_by_label("Nature du fichier").select_option("scdl")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Vérifier", exact=True).press("Enter")
    page.wait_for_selector("#resultat:not([hidden])")
    assert page.locator("#verdict").inner_text() == "INVALIDE"
    lignes = page.locator("#constats tbody tr")
    assert lignes.count() >= 1
    assert "DELIB_DATE" in lignes.first.inner_text()
    page.wait_for_selector("#rapport-html:not([hidden])")
    lien = page.get_by_role("link", name="Télécharger le rapport HTML (le même que la ligne de commande)")
    assert lien.get_attribute("href", timeout=5000).startswith("blob:")
    _capture(page, "page-scdl-casse")


def test_page_sans_ressource_exterieure(page: Any, service: Service) -> None:
    demandes: list[str] = []
    page.on("request", lambda r: demandes.append(r.url))
    page.goto(service.adresse + "/")
    page.wait_for_load_state("networkidle")
    assert demandes and all(u.startswith(service.adresse) for u in demandes), demandes
