"""JSON du modèle : aller-retour sans perte, erreurs localisées, schéma JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.erreurs import DonneesInvalides, FichierIllisible
from deliberations.model import (
    Elu,
    Presence,
    Registre,
    Seance,
    StatutPresence,
    depuis_dict,
    ecrire_json,
    lire_json,
    lire_seance,
    schema_json,
    vers_dict,
    vers_json,
)
from tests.conftest import EXEMPLE_SEED, RACINE
from tests.strategies import json_quelconque, registres, seances


@given(registres)
def test_aller_retour_sans_perte(registre: Registre) -> None:
    texte = vers_json(registre)
    assert depuis_dict(Registre, json.loads(texte)) == registre


@given(seances)
def test_aller_retour_fichier(tmp_path_factory: pytest.TempPathFactory, seance: Seance) -> None:
    chemin = tmp_path_factory.mktemp("json") / "seance.json"
    ecrire_json(seance, chemin)
    assert lire_seance(chemin) == seance


@given(json_quelconque)
def test_json_quelconque_erreur_typee(donnees: Any) -> None:
    try:
        depuis_dict(Registre, donnees)
    except DonneesInvalides as erreur:
        assert erreur.message


def _feuilles(donnees: Any, chemin: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(donnees, dict):
        return [c for k, v in donnees.items() for c in _feuilles(v, (*chemin, k))] + [chemin]
    if isinstance(donnees, list):
        return [c for i, v in enumerate(donnees) for c in _feuilles(v, (*chemin, i))] + [chemin]
    return [chemin]


def _texte_chemin(chemin: tuple[Any, ...]) -> str:
    texte = ""
    for p in chemin:
        texte += f"[{p}]" if isinstance(p, int) else (f".{p}" if texte else p)
    return texte


@given(registres.filter(lambda r: r.seances), st.data())
def test_valeur_corrompue_erreur_au_bon_endroit(registre: Registre, data: st.DataObject) -> None:
    """Une valeur remplacée par du bruit donne une erreur typée qui pointe sur elle (ou plus bas)."""
    donnees = vers_dict(registre)
    chemin = data.draw(st.sampled_from([c for c in _feuilles(donnees) if c]))
    bruit = data.draw(json_quelconque)
    parent = donnees
    for p in chemin[:-1]:
        parent = parent[p]
    parent[chemin[-1]] = bruit
    try:
        depuis_dict(Registre, donnees)
    except DonneesInvalides as erreur:
        cible = _texte_chemin(chemin)
        # l'erreur nomme la valeur remplacée, un de ses descendants, ou l'objet qui la contient
        # quand c'est un invariant entre champs qui casse
        parent_cible = _texte_chemin(chemin[:-1])
        assert erreur.chemin.startswith(cible) or erreur.chemin.startswith(parent_cible)


def test_chemin_exact_d_une_procuration() -> None:
    donnees = json.loads(EXEMPLE_SEED.read_text("utf-8"))
    donnees["procurations"][3]["mandataire"] = {"nom": 12}
    with pytest.raises(DonneesInvalides) as erreur:
        depuis_dict(Registre, {"seances": [donnees]})
    assert erreur.value.chemin == "seances[0].procurations[3].mandataire.nom"
    donnees["procurations"][3]["mandataire"] = None
    with pytest.raises(DonneesInvalides) as erreur:
        depuis_dict(Registre, {"seances": [donnees]})
    assert erreur.value.chemin == "seances[0].procurations[3].mandataire"


def test_champ_inconnu_refuse() -> None:
    with pytest.raises(DonneesInvalides, match="champ inconnu") as erreur:
        depuis_dict(Registre, {"seances": [], "commentaire": "x"})
    assert erreur.value.chemin == "commentaire"


def test_invariant_localise() -> None:
    donnees = json.loads(EXEMPLE_SEED.read_text("utf-8"))
    donnees["assemblee"]["collectivite"]["siren"] = "242100411"
    with pytest.raises(DonneesInvalides, match="clé de contrôle") as erreur:
        depuis_dict(Seance, donnees)
    assert erreur.value.chemin == "assemblee.collectivite.siren"


@pytest.mark.parametrize(
    ("contenu", "message"),
    [(b"{", "JSON invalide ligne 1"), (b"\xff\xfe", "UTF-8"), (b"NaN", "NaN")],
)
def test_fichier_illisible(tmp_path: Path, contenu: bytes, message: str) -> None:
    chemin = tmp_path / "x.json"
    chemin.write_bytes(contenu)
    with pytest.raises(FichierIllisible, match=message):
        lire_json(chemin)


def test_fichier_absent(tmp_path: Path) -> None:
    with pytest.raises(FichierIllisible, match="introuvable"):
        lire_json(tmp_path / "absent.json")


def test_schema_json_publie_a_jour() -> None:
    """Le schéma livré dans docs/ est celui qu'engendre le modèle."""
    publie = json.loads((RACINE / "docs" / "schema" / "registre.schema.json").read_text("utf-8"))
    assert publie == schema_json()


def test_schema_json_valide_l_exemple() -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema n'est pas installé")
    donnees = {"seances": [json.loads(EXEMPLE_SEED.read_text("utf-8"))]}
    jsonschema.validate(donnees, schema_json())


def test_suppleant_aller_retour_et_schema() -> None:
    seance = lire_seance(EXEMPLE_SEED)
    supp = Presence(
        elu=Elu(prenom="Claude", nom="SUPPLEANT"), statut=StatutPresence.SUPPLEANT, depart_point=3
    )
    seance = attrs.evolve(seance, presences=[*seance.presences, supp])
    donnees = json.loads(vers_json(seance))
    assert donnees["presences"][-1]["statut"] == "suppleant"
    assert depuis_dict(Seance, donnees) == seance
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema n'est pas installé")
    jsonschema.validate({"seances": [donnees]}, schema_json())


@given(registres)
def test_vers_json_ligne_comme_json_dumps(registre: Registre) -> None:
    from deliberations.model.serialisation import vers_json_ligne

    attendu = json.dumps(vers_dict(registre), ensure_ascii=False)
    assert vers_json_ligne(registre) == attendu
    # deuxième écriture : sous-objets partagés relus depuis le mémo, même texte
    assert vers_json_ligne(registre) == attendu
    for seance in registre.seances:
        for point in seance.deliberations:
            assert vers_json_ligne(point) == json.dumps(vers_dict(point), ensure_ascii=False)


def test_vers_json_ligne_memo_borne() -> None:
    from deliberations.model import serialisation

    for i in range(3 * serialisation._TAILLE_MEMO):
        elu = Elu(nom=f"N{i}")
        assert serialisation.vers_json_ligne(elu) == json.dumps(vers_dict(elu), ensure_ascii=False)
        assert len(serialisation._MEMO) <= serialisation._TAILLE_MEMO


def test_vers_json_ligne_identifiants_et_enumerations() -> None:
    """Sous-classes de ``str`` (SIREN, SIRET, département), énumérations, dates, tuples
    d'objets : l'écriture en ligne donne le texte de ``json.dumps``."""
    import datetime as dt

    from deliberations.model import Collectivite, Deliberation, Scrutin, TypeCollectivite
    from deliberations.model.serialisation import vers_json_ligne

    collectivite = Collectivite(
        nom="Ville « test »", type=TypeCollectivite.COMMUNE, siren="218601946",
        siret="21860194600013", departement="86", population=0,
    )
    deliberation = Deliberation(
        numero="D1", objet="Objet\u00e9", date=dt.date(2024, 1, 2), rang=3,
        scrutins=[Scrutin(pour=1), Scrutin(pour=2, contre=0)], dispositif=["a", "b\nc"],
    )
    for objet in (collectivite, deliberation):
        assert vers_json_ligne(objet) == json.dumps(vers_dict(objet), ensure_ascii=False)
