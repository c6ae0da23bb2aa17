"""La racine du paquet : ``import deliberations as dl`` donne toute l'API publique."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import deliberations as dl
from tests.conftest import EXEMPLE_SEED


def test_chaque_nom_de_la_racine_existe() -> None:
    for nom in dl.__all__:
        assert getattr(dl, nom) is not None, nom
    assert set(dl.__all__) == {"__version__", *dl._EMPLACEMENTS}


def test_tout_le_modele_a_la_racine() -> None:
    import deliberations.model as modele

    obsoletes = {"charger", "charger_seance", "ecrire"}
    assert set(modele.__all__) - obsoletes <= set(dl.__all__)


def test_nom_inconnu() -> None:
    with pytest.raises(AttributeError, match="n'a pas d'attribut 'Inconnu'"):
        dl.Inconnu  # noqa: B018


def test_import_leger() -> None:
    code = "import sys, deliberations; print('deliberations.model' in sys.modules)"
    sortie = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert sortie.stdout.strip() == "False"


def test_les_noms_viennent_des_sous_paquets() -> None:
    from deliberations.model import Seance
    from deliberations.validation import valider

    assert dl.Seance is Seance and dl.valider is valider


@pytest.mark.parametrize(
    "module",
    sorted(
        m.name
        for m in pkgutil.walk_packages(dl.__path__, "deliberations.")
        if not m.name.endswith("__main__")
    ),
)
def test_all_de_chaque_module_est_juste(module: str) -> None:
    objet = importlib.import_module(module)
    for nom in getattr(objet, "__all__", []):
        assert hasattr(objet, nom), f"{module}.__all__ annonce {nom}, absent"


def test_anciens_noms_deprecies(tmp_path: Path) -> None:
    import deliberations.model as modele

    with pytest.warns(DeprecationWarning, match="lire_seance"):
        seance = modele.charger_seance(EXEMPLE_SEED)
    with pytest.warns(DeprecationWarning, match="lire_json"):
        assert modele.charger(EXEMPLE_SEED).seances == (seance,)
    with pytest.warns(DeprecationWarning, match="ecrire_json"):
        modele.ecrire(seance, tmp_path / "s.json")
    rapport = dl.valider(seance)
    with pytest.warns(DeprecationWarning, match="vers_dict"):
        assert rapport.to_dict() == rapport.vers_dict()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert dl.lire_seance(tmp_path / "s.json") == seance
