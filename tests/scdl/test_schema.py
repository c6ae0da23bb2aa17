"""Le schéma livré avec le paquet, comparé au schéma publié, et sa compilation."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from deliberations.scdl import valider_scdl
from deliberations.scdl.controles import SchemaNonPrisEnCharge, compiler
from deliberations.scdl.schema import SCHEMA, charger_schema


def test_schema_livre_egal_au_schema_publie(reference: Path) -> None:
    publie = json.loads((reference / "scdl" / "deliberations-2.1.5.schema.json").read_text("utf-8"))
    assert SCHEMA.version == publie["version"]
    assert [c.nom for c in SCHEMA.colonnes] == [f["name"] for f in publie["fields"]]
    for colonne, champ in zip(SCHEMA.colonnes, publie["fields"], strict=True):
        contraintes = dict(champ.get("constraints", {}))
        assert colonne.type == champ["type"], colonne.nom
        assert colonne.format == champ.get("format", "default"), colonne.nom
        assert colonne.obligatoire == contraintes.pop("required", False), colonne.nom
        motif = contraintes.pop("pattern", None)
        assert (colonne.motif.pattern if colonne.motif else None) == motif, colonne.nom
        assert dict(colonne.contraintes) == contraintes, colonne.nom
    assert [(n, dict(p)) for n, p in SCHEMA.controles] == [
        (c["name"], c["params"]) for c in publie["custom_checks"]
    ]


def test_version_absente() -> None:
    with pytest.raises(Exception, match="absent ou illisible"):
        charger_schema("9.9.9")


def test_controle_inconnu_refuse_a_la_compilation() -> None:
    schema = attrs.evolve(SCHEMA, controles=(*SCHEMA.controles, ("controle-inconnu", ())))
    with pytest.raises(SchemaNonPrisEnCharge, match="controle-inconnu"):
        compiler(schema, {n: i for i, n in enumerate(SCHEMA.noms)})


def _avec_contraintes(nom: str, **contraintes: object) -> object:
    colonnes = tuple(
        attrs.evolve(c, contraintes=tuple(sorted(contraintes.items()))) if c.nom == nom else c
        for c in SCHEMA.colonnes
    )
    return attrs.evolve(SCHEMA, colonnes=colonnes)


def test_nouvelle_contrainte_du_schema_sans_nouveau_code() -> None:
    """Une contrainte ajoutée au fichier de schéma (enum, maxLength) est appliquée telle quelle."""
    entete = (
        "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET"
    )
    ligne = (
        "Ville de Poitiers,21860194600013,D1,2023-05-10,7.1,Finances locales/Budget,Objet trop long"
    )
    donnees = (entete + "\n" + ligne + "\n").encode()
    court = _avec_contraintes("DELIB_OBJET", maxLength=5)
    r = valider_scdl(donnees, schema=court)  # type: ignore[arg-type]
    assert [(c.code, dict(c.details)["colonne"]) for c in r.erreurs] == [
        ("constraint-error", "DELIB_OBJET")
    ]
    liste = _avec_contraintes("DELIB_ID", enum=["D2", "D3"])
    r = valider_scdl(donnees, schema=liste)  # type: ignore[arg-type]
    assert [dict(c.details)["colonne"] for c in r.erreurs] == ["DELIB_ID"]
    assert valider_scdl(donnees).ok
