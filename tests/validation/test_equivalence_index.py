"""Les recherches indexées de la validation (registre, présences, procurations consécutives)
donnent les mêmes constats qu'un calcul direct, sans index, sur un registre engendré."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from deliberations.model import Elu, Procuration, Seance, depuis_dict
from deliberations.validation import contexte, procurations, seance, valider
from deliberations.validation.contexte import Contexte, contient

EXEMPLE = (
    Path(__file__).resolve().parents[2] / "examples" / "seance-dijon-metropole-2024-09-26.json"
)


def _variante(modele: dict[str, Any], i: int) -> dict[str, Any]:
    """La séance ``i`` : dates voisines (parfois le même jour), collectivité avec ou sans
    SIREN ou renommée, pouvoir daté réutilisé, présence en double."""
    d = copy.deepcopy(modele)
    jour = dt.date(2021, 1, 4) + dt.timedelta(days=7 * (i // 5 * 4 + i % 5 % 4))
    d["date"], d["date_convocation"] = jour.isoformat(), (jour - dt.timedelta(days=8)).isoformat()
    collectivite = d["assemblee"]["collectivite"]
    if i % 3 == 1:
        del collectivite["siren"]
    if i % 7 == 2:
        collectivite["nom"] = "Autre métropole"
    for k, p in enumerate(d["procurations"]):
        if k < 2 + i % 3:
            p["date"] = "2020-12-01"
    if i % 4 == 0:
        d["presences"].append(copy.deepcopy(d["presences"][i % 10]))
    return d


def _registre(n: int) -> tuple[Seance, ...]:
    modele = json.loads(EXEMPLE.read_text("utf-8"))
    return tuple(depuis_dict(Seance, _variante(modele, i)) for i in range(n))


def _groupe_direct(s: Seance, registre: Iterable[Seance]) -> tuple[Seance, ...]:
    return tuple(sorted(contexte._meme_assemblee(s, registre), key=lambda x: x.date))


def _consecutives_directes(ctx: Contexte, proc: Procuration) -> list[Seance]:
    autres = [s for s in ctx.seances if s.date != ctx.jour]
    chronologie = sorted([*autres, ctx.seance], key=lambda s: s.date)
    suite: list[Seance] = []
    for s in reversed(chronologie[: chronologie.index(ctx.seance) + 1]):
        if s is not ctx.seance and not any(
            procurations._meme_pouvoir(proc, p) for p in s.procurations
        ):
            break
        suite.append(s)
    return suite


def _deja_vu_direct(elus: tuple[Elu, ...], i: int) -> bool:
    return contient(list(elus[:i]), elus[i])


def _presence_directe(self: Seance, elu: Elu) -> Any:
    exacts = [p for p in self.presences if p.elu.cle == elu.cle]
    return exacts[0] if exacts else next((p for p in self.presences if p.elu.correspond(elu)), None)


def _constats(registre: tuple[Seance, ...]) -> Iterator[list[tuple[str, str, str]]]:
    for s in registre:
        rapport = valider(s, registre=registre)
        yield sorted((c.code, c.chemin or "", c.message) for c in rapport.constats)


def test_constats_identiques_au_calcul_direct(monkeypatch: pytest.MonkeyPatch) -> None:
    registre = _registre(40)
    indexes = list(_constats(registre))
    monkeypatch.setattr(contexte, "_seances_de_l_assemblee", _groupe_direct)
    monkeypatch.setattr(procurations, "_seances_consecutives", _consecutives_directes)
    monkeypatch.setattr(seance, "_deja_vu", _deja_vu_direct)
    monkeypatch.setattr(Seance, "presence_de", _presence_directe)
    directs = list(_constats(registre))
    assert indexes == directs
    codes = {c for liste in indexes for c, _, _ in liste}
    assert {"procuration.trois-seances", "seance.presence-double"} <= codes
