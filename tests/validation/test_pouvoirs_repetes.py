"""Une séance aux pouvoirs répétés des milliers de fois (extrait collé plusieurs fois, données
hostiles) se valide en temps linéaire, avec les mêmes constats qu'un calcul direct (balayage
des entrées hostiles : ``valider`` d'un extrait répété 600 fois dépassait 30 s)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from deliberations.model import Elu, Seance, depuis_dict
from deliberations.validation import contexte, procurations, valider
from deliberations.validation.contexte import Contexte

EXEMPLE = (
    Path(__file__).resolve().parents[2] / "examples" / "seance-dijon-metropole-2024-09-26.json"
)


def _seance(repetitions: int) -> Seance:
    """L'exemple, ses 11 pouvoirs répétés et autant de délibérations que de répétitions ; un
    élu part après le deuxième point (les points n'ont pas tous les mêmes pouvoirs)."""
    d: dict[str, Any] = json.loads(EXEMPLE.read_text("utf-8"))
    d["procurations"] = copy.deepcopy(d["procurations"]) * repetitions
    modele = d["deliberations"][0]
    d["deliberations"] = [
        dict(modele, numero=f"2024_{i:03d}", rang=i + 1) for i in range(repetitions)
    ]
    mandataire = d["procurations"][0]["mandataire"]
    for presence in d["presences"]:
        if presence["elu"] == mandataire:
            presence["depart_point"] = 2
    return depuis_dict(Seance, d)


def _simultanees_directes(ctx: Contexte, indices: list[int], masques: list[bytearray]) -> int:
    if not ctx.presences_connues or not ctx.points:
        return len(indices)
    pouvoirs = [ctx.seance.procurations[j] for j in indices]
    return max(sum(1 for p in pouvoirs if p in (pt.procurations or ())) for pt in ctx.points)


def _constats(s: Seance) -> list[tuple[str, str, str]]:
    return sorted((c.code, c.chemin or "", c.message) for c in valider(s).constats)


def test_constats_identiques_au_calcul_direct(monkeypatch: pytest.MonkeyPatch) -> None:
    s = _seance(6)
    regroupes = _constats(s)
    # Sans regroupement : chaque pouvoir décidé seul à chaque point, compté par égalité.
    monkeypatch.setattr(
        contexte, "_paires", lambda pouvoirs: (list(range(len(pouvoirs))), list(pouvoirs))
    )
    monkeypatch.setattr(procurations, "_simultanees", _simultanees_directes)
    assert _constats(s) == regroupes
    codes = {code for code, _, _ in regroupes}
    assert {"procuration.doublon", "procuration.cumul"} <= codes


def test_recherches_lineaires_en_nombre_de_pouvoirs(monkeypatch: pytest.MonkeyPatch) -> None:
    appels = [0]
    correspond = Elu.correspond

    def compte(self: Elu, autre: Elu) -> bool:
        appels[0] += 1
        return correspond(self, autre)

    monkeypatch.setattr(Elu, "correspond", compte)
    mesures = []
    for repetitions in (10, 40):
        s = _seance(repetitions)
        appels[0] = 0
        valider(s)
        mesures.append(appels[0])
    # 4 fois plus de pouvoirs et de points : 4 fois plus de comparaisons (16 si quadratique).
    assert mesures[1] < 6 * mesures[0], mesures
