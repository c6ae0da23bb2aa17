"""Le service HTTP, interrogé par un vrai client sur un vrai serveur (``deliberations serve``)."""

from __future__ import annotations

import contextlib
import io
import json
import tarfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deliberations.cli import main
from deliberations.model import lire_json
from deliberations.scdl import ecrire_scdl
from tests.web.conftest import EXEMPLES, Service, lancer

SEANCE = EXEMPLES / "seance-dijon-metropole-2024-09-26.json"
EXTRAIT = EXEMPLES / "extrait-dijon-metropole-2024-09-26.txt"
SIRET = "24210041000016"


def cli_json(*arguments: str) -> Any:
    """Ce que la ligne de commande écrit avec ``--format json``."""
    sortie = io.StringIO()
    with contextlib.redirect_stdout(sortie), contextlib.redirect_stderr(io.StringIO()):
        main([*arguments, "--format", "json"])
    return json.loads(sortie.getvalue())


def cli_json_sans_format(*arguments: str) -> Any:
    """Ce que la ligne de commande écrit en JSON (commande sans option ``--format``)."""
    sortie = io.StringIO()
    with contextlib.redirect_stdout(sortie), contextlib.redirect_stderr(io.StringIO()):
        main(list(arguments))
    return json.loads(sortie.getvalue())


def csv_scdl(tmp_path: Path, *, casser: bool = False) -> Path:
    chemin = tmp_path / "deliberations.csv"
    with chemin.open("w", encoding="utf-8", newline="") as sortie:
        ecrire_scdl(lire_json(SEANCE), sortie, siret=SIRET)
    if casser:
        texte = chemin.read_text("utf-8").replace("2024-09-26", "26/09/2024", 1)
        chemin.write_text(texte, "utf-8")
    return chemin


def test_validation_d_une_seance_comme_la_ligne_de_commande(service: Service) -> None:
    statut, reponse = service.json("/seances/validation", SEANCE.read_bytes(), "application/json")
    assert statut == 200
    assert reponse == cli_json("valider", str(SEANCE))


def test_validation_scdl_comme_la_ligne_de_commande(service: Service, tmp_path: Path) -> None:
    for casser in (False, True):
        chemin = csv_scdl(tmp_path, casser=casser)
        statut, reponse = service.json("/scdl/validation", chemin.read_bytes(), "text/csv")
        assert statut == 200
        assert reponse == cli_json("scdl", "valider", str(chemin))
        assert reponse["valide"] is not casser


def test_validation_scdl_stricte(service: Service, tmp_path: Path) -> None:
    corps = csv_scdl(tmp_path).read_bytes()
    _, souple = service.json("/scdl/validation", corps, "text/csv")
    _, strict = service.json("/scdl/validation?strict=vrai", corps, "text/csv")
    assert strict == cli_json("scdl", "valider", str(tmp_path / "deliberations.csv"), "--strict")
    assert souple != strict or souple["constats"] == strict["constats"]


def cli_html(*arguments: str) -> str:
    sortie = io.StringIO()
    with contextlib.redirect_stdout(sortie), contextlib.redirect_stderr(io.StringIO()):
        main([*arguments, "--format", "html"])
    return sortie.getvalue()


def test_rapports_html_comme_la_ligne_de_commande(service: Service, tmp_path: Path) -> None:
    chemin = csv_scdl(tmp_path, casser=True)
    cas = [
        ("/seances/validation", SEANCE, "application/json", ["valider"]),
        ("/scdl/validation", chemin, "text/csv", ["scdl", "valider"]),
    ]
    for adresse, fichier, type_, commande in cas:
        statut, type_recu, corps = service.envoyer(
            f"{adresse}?format=html&nom={fichier.name}", fichier.read_bytes(), type_
        )
        assert statut == 200 and type_recu.startswith("text/html")
        attendu = cli_html(*commande, str(fichier)).replace(str(fichier), fichier.name)
        assert corps.decode("utf-8").rstrip("\n") == attendu.rstrip("\n")


def test_conversion_scdl(service: Service, tmp_path: Path) -> None:
    statut, type_, corps = service.envoyer(
        f"/scdl/conversion?siret={SIRET}", SEANCE.read_bytes(), "application/json"
    )
    assert statut == 200 and type_.startswith("text/csv")
    assert corps == csv_scdl(tmp_path).read_bytes()


def test_lecture_d_un_extrait_et_son_csv(service: Service) -> None:
    statut, reponse = service.json("/extraits/lecture", EXTRAIT.read_bytes(), "text/plain")
    assert statut == 200
    assert reponse["seance"]["date"] == "2024-09-26"
    assert reponse["seance"] == cli_json("extrait", "lire", str(EXTRAIT))
    statut, type_, corps = service.envoyer(
        "/extraits/lecture?format=scdl", EXTRAIT.read_bytes(), "text/plain"
    )
    assert statut == 200 and type_.startswith("text/csv")
    assert corps.decode("utf-8").startswith("COLL_NOM,")


def test_verification_et_lecture_actes(service: Service, tmp_path: Path) -> None:
    from tests.actes.test_actes import transmission

    archive = transmission().ecrire(tmp_path)
    chemin = f"/actes/verification?nom={archive.name}"
    statut, reponse = service.json(chemin, archive.read_bytes(), "application/gzip")
    assert statut == 200
    assert reponse == cli_json("actes", "verifier", str(archive))
    _, anonyme = service.json("/actes/verification", archive.read_bytes(), "application/gzip")
    assert [c["code"] for c in anonyme["constats"]] == ["actes.nom-non-verifiable"]
    with tarfile.open(archive) as tar:
        membre = next(m for m in tar.getmembers() if m.name.startswith("EACT"))
        fichier = tar.extractfile(membre)
        assert fichier is not None
        enveloppe = fichier.read()
    statut, reponse = service.json("/actes/lecture", enveloppe, "application/xml")
    assert statut == 200
    assert reponse["type"] == "EnveloppeCLMISILL"
    statut, reponse = service.json("/actes/lecture", archive.read_bytes(), "application/gzip")
    assert statut == 200
    rapport = reponse.pop("rapport")
    assert reponse == cli_json_sans_format("actes", "lire", str(archive))
    assert rapport["ok"]


@pytest.mark.parametrize(
    ("chemin", "corps", "type_", "attendu"),
    [
        ("/seances/validation", b"", "application/json", 400),
        ("/seances/validation", b'{"seances": [', "application/json", 400),
        ("/seances/validation", b'{"seances": [{"date": 3}]}', "application/json", 422),
        ("/seances/validation", b"{}", "text/csv", 415),
        ("/seances/validation", b"{}", None, 415),
        ("/scdl/validation", b"\xef\xbb\xbf", "text/csv", 400),
        ("/scdl/validation", b"a;b\n", "application/pdf", 415),
        ("/extraits/lecture", b"%PDF-1.4 pas un vrai pdf", "application/pdf", 400),
        ("/extraits/lecture", b"rien d'un extrait", "text/plain", 422),
        ("/actes/verification", b"\x1f\x8b\x08\x00casse", "application/gzip", 400),
        ("/actes/lecture", b"<a>", "application/xml", 400),
        ("/inconnu", b"x", "text/plain", 404),
    ],
)
def test_entrees_mauvaises(
    service: Service, chemin: str, corps: bytes, type_: str | None, attendu: int
) -> None:
    statut, reponse = service.json(chemin, corps, type_)
    assert statut == attendu, reponse
    assert reponse["erreur"]["statut"] == attendu if "erreur" in reponse else attendu == 422
    assert "Traceback" not in json.dumps(reponse)


def test_envoi_trop_grand(service: Service) -> None:
    corps = b"COLL_NOM\n" + b"x\n" * 600_000  # plus de 1 Mio
    statut, reponse = service.json("/scdl/validation", corps, "text/csv")
    assert statut == 413
    assert "limite" in reponse["erreur"]["message"]


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    b"<l>&c;</l>"
)


def test_xml_et_archive_hostiles(service: Service) -> None:
    statut, reponse = service.json("/actes/lecture", BILLION_LAUGHS, "application/xml")
    assert statut in (200, 400), reponse
    assert "DTD" in json.dumps(reponse, ensure_ascii=False)
    tampon = io.BytesIO()
    with tarfile.open(fileobj=tampon, mode="w:gz") as tar:
        info = tarfile.TarInfo("../../etc/evasion.xml")
        info.size = 3
        tar.addfile(info, io.BytesIO(b"<a/"))
    statut, reponse = service.json("/actes/verification", tampon.getvalue(), "application/gzip")
    assert statut in (200, 400)
    assert not Path("/etc/evasion.xml").exists()


def test_delai_depasse() -> None:
    gros = b"COLL_NOM;COLL_SIRET\n" + b"Commune;24210041000016\n" * 40_000
    for service in lancer("--delai", "0.001"):
        statut, reponse = service.json("/scdl/validation", gros, "text/csv")
        assert statut == 503
        assert "arrêté" in reponse["erreur"]["message"]


def test_description_openapi(service: Service) -> None:
    statut, _, corps = service.envoyer("/openapi.json", b"", None, methode="GET")
    description = json.loads(corps)
    assert statut == 200
    assert set(description["paths"]) == {
        "/seances/validation",
        "/scdl/validation",
        "/scdl/conversion",
        "/extraits/lecture",
        "/actes/verification",
        "/actes/lecture",
    }


POINTS = [
    "/seances/validation",
    "/scdl/validation",
    "/extraits/lecture",
    "/actes/verification",
    "/actes/lecture",
    "/scdl/conversion",
]
TYPES = [
    "application/json",
    "text/csv",
    "text/plain",
    "application/pdf",
    "text/html",
    "application/gzip",
    "application/xml",
]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(POINTS), st.sampled_from(TYPES), st.binary(max_size=300))
def test_octets_quelconques_jamais_500(
    service: Service, chemin: str, type_: str, corps: bytes
) -> None:
    statut, reponse = service.json(chemin, corps, type_)
    assert statut in (200, 400, 413, 415, 422), reponse
