"""JSON hostile ou démesuré : toujours une erreur typée, en français, qui nomme l'endroit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.erreurs import DonneesInvalides, FichierIllisible
from deliberations.fichiers import EntreeTropGrande
from deliberations.model import (
    DecomptesDeclares,
    Deliberation,
    Elu,
    Registre,
    depuis_dict,
    ecrire_json,
    lire_json,
    lire_seance,
    vers_json,
)
from deliberations.model.serialisation import _analyser, _charger_texte, lire_donnees_json
from tests.conftest import EXEMPLE_SEED


def _ecrire(tmp_path: Path, texte: str) -> Path:
    chemin = tmp_path / "r.json"
    chemin.write_text(texte, encoding="utf-8")
    return chemin


def _seance() -> dict[str, object]:
    return json.loads(EXEMPLE_SEED.read_text("utf-8"))


@pytest.mark.parametrize("profondeur", [1_000, 100_000])
def test_imbrication_demesuree(tmp_path: Path, profondeur: int) -> None:
    chemin = _ecrire(tmp_path, '{"seances": ' + "[" * profondeur + "]" * profondeur + "}")
    with pytest.raises((FichierIllisible, DonneesInvalides)) as erreur:
        lire_json(chemin)
    assert "r.json" in str(erreur.value)
    with pytest.raises(FichierIllisible, match="trop imbriqué"):
        lire_donnees_json(_ecrire(tmp_path, "[" * 100_000 + "]" * 100_000))


def test_substitut_isole_refuse_avec_le_chemin(tmp_path: Path) -> None:
    seance = _seance()
    texte = json.dumps({"seances": [seance, seance]}).replace('"REBSAMEN"', '"REBS\\ud800"', 1)
    with pytest.raises(DonneesInvalides, match="U\\+D800") as erreur:
        lire_json(_ecrire(tmp_path, texte))
    assert erreur.value.chemin == "seances[0].assemblee.mandats[0].elu.nom"


def test_champ_en_double_refuse_avec_le_chemin(tmp_path: Path) -> None:
    texte = json.dumps({"seances": [_seance()]})
    texte = texte.replace('"nom": "REBSAMEN"', '"nom": "REBSAMEN", "nom": "AUTRE"', 1)
    with pytest.raises(DonneesInvalides, match="en double") as erreur:
        lire_json(_ecrire(tmp_path, texte))
    assert erreur.value.chemin == "seances[0].assemblee.mandats[0].elu.nom"
    with pytest.raises(DonneesInvalides, match="en double") as erreur:
        lire_json(_ecrire(tmp_path, '{"seances": [], "seances": []}'))
    assert erreur.value.chemin == "seances"


@pytest.mark.parametrize("caractere", ["\x1b", "\u202e", "\x07", "\x85", "\u2066"])
def test_caractere_invisible_refuse_au_chargement(tmp_path: Path, caractere: str) -> None:
    seance = _seance()
    seance["deliberations"][0]["objet"] = f"Budget{caractere}[31m rouge"  # type: ignore[index]
    texte = json.dumps({"seances": [seance]})
    with pytest.raises(DonneesInvalides, match=f"U\\+{ord(caractere):04X}") as erreur:
        lire_json(_ecrire(tmp_path, texte))
    assert erreur.value.chemin == "seances[0].deliberations[0].objet"


def test_caracteres_invisibles_neutralises_dans_le_modele() -> None:
    d = Deliberation(
        numero="1", objet="Vote\x1b[31m\u202e du budget", dispositif=["Article\x00 1\n\u202eb"]
    )
    assert d.objet == "Vote [31m du budget"
    assert d.dispositif == ("Article  1\nb",)
    assert Elu(nom="A\ud800").nom == "A\ufffd"
    # ce que le modèle garde se relit toujours
    assert depuis_dict(Deliberation, json.loads(vers_json(d))) == d


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("", "une valeur est attendue"),
        ('{"seances": [],}', "ligne 1, colonne 16"),
        ('{"seances": []} x', "texte en trop"),
        ('{"seances" []}', "« : » est attendu"),
        ('{"seances": [] "x": 1}', "« , » est attendu"),
        ("{'seances': []}", "guillemets droits"),
        ('{"seances": [' + "1" * 5000 + "]}", "nombre trop long"),
        ('{"seances": [NaN]}', "NaN"),
    ],
)
def test_syntaxe_invalide_en_francais(tmp_path: Path, texte: str, attendu: str) -> None:
    with pytest.raises(FichierIllisible) as erreur:
        lire_json(_ecrire(tmp_path, texte))
    message = str(erreur.value)
    assert attendu in message
    assert "Expecting" not in message and "Exceeds" not in message


def test_entier_booleen_et_flottant_ne_se_confondent_pas() -> None:
    """Les objets identiques sont partagés pendant un chargement ; ``1``, ``1.0`` et ``true``
    restent pourtant distincts (le second et le troisième sont refusés)."""
    for intrus in (True, 1.0):
        donnees = {"seances": [_seance(), _seance()]}
        donnees["seances"][0]["decomptes"] = {"membres": 1}  # type: ignore[index]
        donnees["seances"][1]["decomptes"] = {"membres": intrus}  # type: ignore[index]
        with pytest.raises(DonneesInvalides) as erreur:
            depuis_dict(Registre, donnees)
        assert erreur.value.chemin == "seances[1].decomptes.membres"
    assert depuis_dict(DecomptesDeclares, {"membres": 1}).membres == 1


def test_registre_lu_au_fil_des_seances(tmp_path: Path) -> None:
    seance = _seance()
    registre = lire_json(_ecrire(tmp_path, json.dumps({"seances": [seance] * 3}, indent=1)))
    assert len(registre.seances) == 3 and registre.seances[0] == registre.seances[2]
    # les objets identiques sont partagés (immuables), pas recopiés
    assert registre.seances[0].assemblee is registre.seances[2].assemblee
    assert lire_json(_ecrire(tmp_path, ' { } ')) == Registre()
    assert lire_json(_ecrire(tmp_path, json.dumps(seance))).seances[0] == registre.seances[0]
    seance["date"] = "2024-02-30"
    with pytest.raises(DonneesInvalides, match="n'existe pas") as erreur:
        lire_json(_ecrire(tmp_path, json.dumps({"seances": [_seance(), seance]})))
    assert erreur.value.chemin == "seances[1].date"
    with pytest.raises(DonneesInvalides, match="un objet est attendu"):
        lire_json(_ecrire(tmp_path, "[]"))


def test_taille_bornee_avant_lecture(tmp_path: Path) -> None:
    creux = tmp_path / "creux.json"
    with creux.open("wb") as f:
        f.truncate(1 << 30)  # 1 Gio creux
    with pytest.raises(EntreeTropGrande, match="limite de 256 Mio"):
        lire_json(creux)
    petit = _ecrire(tmp_path, json.dumps({"seances": [_seance()]}))
    with pytest.raises(EntreeTropGrande, match="limite de 1 Kio"):
        lire_json(petit, taille_max=1024)
    assert len(lire_json(petit, taille_max=10**6).seances) == 1


@given(st.text(max_size=200))
def test_texte_quelconque_erreur_typee(texte: str) -> None:
    try:
        _analyser("x.json", lambda: _charger_texte(texte))
    except (FichierIllisible, DonneesInvalides) as erreur:
        assert str(erreur)


_PETIT = json.dumps(
    {"seances": [{"assemblee": {"collectivite": {"nom": "A"}, "organe": "conseil_municipal"},
                  "date": "2024-01-02"}]},
)  # fmt: skip
_CARACTERES = st.sampled_from([*'{}[]:,"\\ 0a-.etrufnl\ud800\x1b', "seances", "date"])


@given(st.lists(st.tuples(st.integers(0, len(_PETIT)), st.integers(0, 3), _CARACTERES), max_size=4))
def test_lecture_au_fil_egale_lecture_entiere(mutations: list[tuple[int, int, str]]) -> None:
    """Le registre lu séance par séance est celui que donne l'analyse du texte entier ; un
    texte fautif est refusé par les deux, toujours avec une erreur typée."""
    texte = _PETIT
    for position, longueur, insere in mutations:
        texte = texte[:position] + insere + texte[position + longueur :]
    from deliberations.model.serialisation import _DECODEUR, _Contexte, _registre

    def entier() -> Registre:
        return _registre(_DECODEUR.decode(texte), _Contexte())

    resultats = []
    for lecture in (lambda: _charger_texte(texte), entier):
        try:
            resultats.append(_analyser("x.json", lecture))
        except (FichierIllisible, DonneesInvalides):
            resultats.append(None)
    assert resultats[0] == resultats[1]


def test_ecrire_atomique_sans_ecrasement(tmp_path: Path) -> None:
    from deliberations.fichiers import SortieExistante, SortieRefusee

    seance = lire_seance(EXEMPLE_SEED)
    chemin = tmp_path / "s.json"
    chemin.write_text("ancien", encoding="utf-8")
    with pytest.raises(SortieExistante):
        ecrire_json(seance, chemin)
    assert chemin.read_text("utf-8") == "ancien"
    ecrire_json(seance, chemin, ecraser=True)
    assert lire_seance(chemin) == seance
    lien = tmp_path / "lien.json"
    lien.symlink_to(tmp_path / "ailleurs.json")
    with pytest.raises(SortieRefusee):
        ecrire_json(seance, lien, ecraser=True)
    assert not (tmp_path / "ailleurs.json").exists()


def test_fait_non_etabli_inconnu_refuse_avec_le_chemin(tmp_path: Path) -> None:
    seance = _seance()
    seance["non_etablis"] = ["president", "meteo"]
    with pytest.raises(DonneesInvalides, match="meteo") as erreur:
        lire_json(_ecrire(tmp_path, json.dumps({"seances": [seance]})))
    assert erreur.value.chemin is not None and "non_etablis" in erreur.value.chemin
