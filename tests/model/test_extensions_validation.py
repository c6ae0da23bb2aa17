"""Champs ajoutés pour la validation juridique (issue 12) : facultatifs, aller-retour JSON,
présents dans le schéma, et un ancien JSON se lit toujours."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from deliberations.erreurs import DonneesInvalides
from deliberations.model import (
    Candidat,
    CategorieDeliberation,
    Deliberation,
    Demission,
    Elu,
    InvariantViole,
    Registre,
    Scrutin,
    TypeSeance,
    depuis_dict,
    lire_seance,
    schema_json,
    vers_dict,
)
from tests.conftest import EXEMPLE_SEED


def test_ancien_json_lu_avec_les_valeurs_par_defaut() -> None:
    s = lire_seance(EXEMPLE_SEED)
    assert s.note_explicative is None and s.date_defaut_quorum is None and s.demissions == ()
    d = s.deliberations[0]
    assert d.categorie is None and d.representants_organisme == ()
    assert d.scrutins[0].candidats == () and d.scrutins[0].tour is None


def test_aller_retour_des_nouveaux_champs() -> None:
    s = lire_seance(EXEMPLE_SEED)
    import attrs

    d = attrs.evolve(
        s.deliberations[0],
        categorie="compte_administratif",
        representants_organisme=[Elu(nom="A")],
        scrutins=[
            Scrutin(
                tour=3,
                candidats=[Candidat(nom="B", voix=4, naissance=dt.date(1950, 1, 2), designe=True)],
                demandeurs=5,
                secret_ecarte=True,
            )
        ],
    )
    s = attrs.evolve(
        s,
        type=TypeSeance.INSTALLATION,
        deliberations=[d],
        note_explicative=False,
        date_defaut_quorum=dt.date(2024, 9, 20),
        demissions=[Demission(elu=Elu(nom="C"), apres_point=0)],
    )
    texte = json.dumps(vers_dict(Registre(seances=[s])))
    assert depuis_dict(Registre, json.loads(texte)).seances[0] == s
    assert '"note_explicative": false' in texte and '"categorie": "compte_administratif"' in texte


def test_schema_connait_les_nouveaux_champs() -> None:
    defs = schema_json()["$defs"]
    assert {"note_explicative", "date_defaut_quorum", "demissions"} <= set(
        defs["Seance"]["properties"]
    )
    assert "installation" in defs["Seance"]["properties"]["type"]["enum"]
    assert defs["Candidat"]["required"] == ["nom", "voix"]
    assert {"categorie", "representants_organisme"} <= set(defs["Deliberation"]["properties"])


def test_invariants() -> None:
    with pytest.raises(InvariantViole, match="apres_point"):
        Demission(elu=Elu(nom="A"), apres_point=-1)
    with pytest.raises(InvariantViole, match="voix"):
        Candidat(nom="A", voix=-2)
    with pytest.raises(ValueError):
        Deliberation(numero="1", objet="x", categorie="inconnue")
    with pytest.raises(DonneesInvalides, match=r"demissions\[0\]\.apres_point"):
        depuis_dict(
            Registre,
            {
                "seances": [
                    {
                        **json.loads(EXEMPLE_SEED.read_text("utf-8")),
                        "demissions": [{"elu": {"nom": "A"}, "apres_point": "1"}],
                    }
                ]
            },
        )
    assert CategorieDeliberation.NOMINATION.libelle == "nomination"
