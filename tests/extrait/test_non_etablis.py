"""Ce que le document n'établit pas devient « non vérifiable », pas une erreur du CGCT."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from deliberations.cli import main
from deliberations.extrait import FAITS, lire_extrait
from deliberations.validation import valider

TEXTE = (
    "Séance du 4 mai 2021\n"
    "Présents : M. Paul VIDAL, Mme Anne ROUX\n"
    "OBJET : Tarifs de la cantine\n"
    "Adopté à l'unanimité.\n"
)


def test_faits_non_etablis_du_vocabulaire() -> None:
    r = lire_extrait(TEXTE)
    assert r.non_etablis <= FAITS
    assert {"secretaires", "president", "date_convocation"} <= r.non_etablis


def test_valider_ne_juge_que_ce_que_dit_le_document() -> None:
    r = lire_extrait(TEXTE)
    assert r.seance is not None
    assert {f.value for f in r.seance.non_etablis} == r.non_etablis  # la séance les porte
    brut = valider(attrs.evolve(r.seance, non_etablis=()))
    assert "seance.secretaire-manquant" in brut.codes()
    juge = valider(r.seance)  # sans rien passer : les faits viennent de la séance
    assert "seance.secretaire-manquant" not in juge.codes()
    assert "seance.non-verifiable" in juge.codes()
    requalifies = [c for c in juge if c.code.endswith(".non-verifiable")]
    assert all(c.severite.value == "info" for c in requalifies)
    # rien n'est perdu : chaque constat est gardé ou requalifié (son code dans les détails)
    origines = {c.code for c in juge} | {dict(c.details).get("constat") for c in juge}
    assert {c.code for c in brut} <= origines
    # et le quorum n'est plus jugé sur les seuls membres nommés : non vérifiable
    assert "quorum.non-verifiable" in juge.codes() and "quorum.non-verifiable" not in brut.codes()
    assert valider(r.seance, non_etablis=r.non_etablis).codes() == juge.codes()


def test_faits_gardes_dans_le_json_de_la_seance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``extrait lire`` puis ``valider`` sur le JSON écrit : le même jugement que sur le
    document (les faits non établis voyagent avec la séance)."""
    texte = tmp_path / "seance.txt"
    texte.write_text(TEXTE, encoding="utf-8")
    assert main(["extrait", "lire", str(texte)]) == 1
    json_seance = tmp_path / "seance.json"
    json_seance.write_text(capsys.readouterr().out, encoding="utf-8")
    assert '"non_etablis"' in json_seance.read_text(encoding="utf-8")
    assert main(["valider", str(json_seance)]) == 0
    sortie = capsys.readouterr().out
    assert "seance.non-verifiable" in sortie and "0 erreur" in sortie


def test_cli_valider_un_extrait_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "seance.html"
    page.write_text(
        "<html><body>"
        + "".join(f"<p>{ligne}</p>" for ligne in TEXTE.splitlines())
        + "</body></html>",
        encoding="utf-8",
    )
    code = main(["valider", str(page)])
    sortie = capsys.readouterr().out
    assert "seance.non-verifiable" in sortie and "0 erreur" in sortie
    assert code == 0
