"""Export Popolo : valide pour les schémas de l'équipe (tests/popolo/schemas, écrits d'après
la spécification publiée sur popoloproject.com), références internes cohérentes,
décomptes et procurations fidèles au modèle."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from referencing import Registry, Resource

from deliberations.cli import main
from deliberations.model import (
    Assemblee,
    Collectivite,
    Deliberation,
    Elu,
    Mandat,
    Presence,
    Procuration,
    Registre,
    Scrutin,
    Seance,
    Vote,
    lire_seance,
)
from deliberations.popolo import exporter_popolo
from tests.conftest import EXEMPLE_SEED
from tests.strategies import registres

SCHEMAS = Path(__file__).parent / "schemas"


def _validateur() -> jsonschema.Draft202012Validator:
    ressources = []
    for chemin in SCHEMAS.glob("*.json"):
        contenu = json.loads(chemin.read_text("utf-8"))
        ressources.append((contenu["$id"], Resource.from_contents(contenu)))
    registre: Registry[Any] = Registry().with_resources(ressources)
    schema = json.loads((SCHEMAS / "export.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, registry=registre)


VALIDATEUR = _validateur()


def _verifier(document: dict[str, Any]) -> None:
    erreurs = [f"{list(e.absolute_path)} : {e.message}" for e in VALIDATEUR.iter_errors(document)]
    assert not erreurs, erreurs[:5]
    ids = {nom: {o["id"] for o in objets} for nom, objets in document.items()}
    for nom, objets in document.items():
        assert len(ids[nom]) == len(objets), f"identifiants en double dans {nom}"
    references = {
        "person_id": "persons",
        "organization_id": "organizations",
        "parent_id": "organizations",
        "motion_id": "motions",
        "legislative_session_id": "events",
        "voter_id": "persons",
        "proxy_for": "persons",
        "principal_id": "persons",
        "proxy_id": "persons",
    }

    def parcourir(valeur: Any) -> None:
        if isinstance(valeur, dict):
            for cle, v in valeur.items():
                if cle in references:
                    assert v in ids[references[cle]], f"{cle} {v} inconnu"
                parcourir(v)
        elif isinstance(valeur, list):
            for v in valeur:
                parcourir(v)

    parcourir(document)


def test_seed_valide_et_fidele() -> None:
    seance = lire_seance(EXEMPLE_SEED)
    document = exporter_popolo(seance)
    _verifier(document)
    assert len(document["memberships"]) == len(seance.assemblee.mandats)
    assert len(document["events"][0]["attendees"]) == len(seance.presents())
    assert len(document["events"][0]["proxies"]) == len(seance.procurations)
    assert len(document["motions"]) == len(seance.deliberations)
    scrutin = seance.deliberations[0].scrutin
    assert scrutin is not None
    comptes = {c["option"]: c["value"] for c in document["vote_events"][0]["counts"]}
    assert comptes.get("yes") == scrutin.pour and comptes.get("no") == scrutin.contre


def test_vote_nominatif_et_procuration() -> None:
    a, b, c = Elu(nom="ALPHA"), Elu(nom="BETA", prenom="Lou"), Elu(nom="GAMMA", identifiant="e-3")
    assemblee = Assemblee(
        collectivite=Collectivite(nom="Ville d'Essai", type="commune", siren="218601946"),
        organe="conseil_municipal",
        mandats=[Mandat(elu=e) for e in (a, b, c)],
    )
    scrutin = Scrutin(
        pour=2,
        contre=1,
        resultat="adopte",
        votes=[
            Vote(elu=a, choix="pour"),
            Vote(elu=b, choix="pour", mandataire=a),
            Vote(elu=c, choix="contre"),
        ],
    )
    seance = Seance(
        assemblee=assemblee,
        date=dt.date(2024, 3, 14),
        presences=[
            Presence(elu=a, statut="present"),
            Presence(elu=b, statut="represente"),
            Presence(elu=c, statut="present"),
        ],
        procurations=[Procuration(mandant=b, mandataire=a, date=dt.date(2024, 3, 10))],
        deliberations=[Deliberation(numero="2024-12", objet="Budget", scrutins=[scrutin])],
    )
    document = exporter_popolo(seance)
    _verifier(document)
    votes = document["vote_events"][0]["votes"]
    assert votes[1] == {"option": "yes", "voter_id": "personne/alpha", "proxy_for": "personne/lou-beta"}
    assert votes[2]["voter_id"] == "personne/e-3"
    assert document["events"][0]["proxies"] == [
        {"principal_id": "personne/lou-beta", "proxy_id": "personne/alpha", "written": True,
         "date": "2024-03-10"}
    ]
    assert document["motions"][0]["result"] == document["vote_events"][0]["result"] == "pass"
    assert document["organizations"][0]["id"] == "collectivite/siren-218601946"


def test_decompte_inconnu_omis() -> None:
    seance = lire_seance(EXEMPLE_SEED)
    d = Deliberation(numero="x", objet="Sans décompte", scrutins=[Scrutin(pour=10)])
    document = exporter_popolo(Registre(seances=[Seance(
        assemblee=seance.assemblee, date=seance.date, deliberations=[d])]))
    assert document["vote_events"][0]["counts"] == [{"option": "yes", "value": 10}]
    assert "result" not in document["vote_events"][0]


def test_les_schemas_refusent_un_document_faux() -> None:
    document = exporter_popolo(lire_seance(EXEMPLE_SEED))
    document["vote_events"][0]["counts"][0]["option"] = "oui"
    assert not VALIDATEUR.is_valid(document)
    document = exporter_popolo(lire_seance(EXEMPLE_SEED))
    document["events"][0]["proxies"][0]["mandant"] = "x"
    assert not VALIDATEUR.is_valid(document)


@given(registres)
def test_tout_registre_s_exporte_en_popolo_valide(registre: Registre) -> None:
    _verifier(exporter_popolo(registre))


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exporter", "popolo", str(EXEMPLE_SEED)]) == 0
    _verifier(json.loads(capsys.readouterr().out))
    sortie = tmp_path / "popolo.json"
    assert main(["exporter", "popolo", str(EXEMPLE_SEED), "-o", str(sortie)]) == 0
    _verifier(json.loads(sortie.read_text("utf-8")))
    assert main(["exporter", "popolo", str(tmp_path / "absent.json")]) == 2


def test_rien_de_perdu_rien_de_double() -> None:
    seance = lire_seance(EXEMPLE_SEED)
    apres_midi = Seance(
        assemblee=seance.assemblee,
        date=seance.date,
        deliberations=[
            Deliberation(numero="1", objet="Premier objet"),
            Deliberation(numero="1", objet="Même numéro, autre objet"),
        ],
    )
    document = exporter_popolo([seance, apres_midi])
    _verifier(document)
    assert len(document["events"]) == 2
    assert len(document["memberships"]) == len(seance.assemblee.mandats)
    assert len(document["motions"]) == len(seance.deliberations) + 2


def test_suppleant_qui_siege_est_un_participant() -> None:
    seance = lire_seance(EXEMPLE_SEED)
    supp = Elu(prenom="Claude", nom="SUPPLEANT")
    seance = attrs.evolve(
        seance, presences=[*seance.presences, Presence(elu=supp, statut="suppleant")]
    )
    document = exporter_popolo(seance)
    _verifier(document)
    noms = [a["name"] for a in document["events"][0]["attendees"]]
    assert len(noms) == len(seance.presents()) and noms[-1] == "Claude SUPPLEANT"
