"""Le lecteur construit délibérations, scrutins, transmissions et lignes par les constructeurs
rapides du modèle : sur des lignes quelconques (propres, à réparer, fausses), il rend
exactement ce que rend le même lecteur avec les constructeurs vérifiés (mêmes objets, mêmes
constats), et ``scdl lire`` écrit les mêmes octets que ``json.dumps`` de ``vers_dict``."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deliberations.cli import main
from deliberations.model import Deliberation, Scrutin, Transmission
from deliberations.scdl import NOMS, lire_scdl
from deliberations.scdl import lecture as module_lecture
from deliberations.scdl.lecture import LigneSCDL
from tests.scdl.reference_lecture import ligne_json_reference

_HOSTILES = st.text(alphabet=st.sampled_from("aZé7.- /:,;\"\n\r\t\x1b\u202e\u00a0"), max_size=6)
_PAR_COLONNE: dict[str, list[str]] = {
    "COLL_NOM": ["Ville de Poitiers", " Ville ", "Ville  de", ""],
    "COLL_SIRET": ["21860194600013", "218 601 946 00013", "21860194600014", ""],
    "DELIB_ID": ["D1", " D1 ", "D  1", "D\n1", ""],
    "DELIB_DATE": ["2023-05-10", "10/05/2023", "2023-02-30", "2023-05-10T10:00", "x", ""],
    "DELIB_MATIERE_CODE": ["7.1", "8.2.1", "9.9", "7", "x", " 7.1 ", ""],
    "DELIB_MATIERE_NOM": ["Finances locales/Décisions budgétaires", "thème maison", ""],
    "DELIB_OBJET": ["Budget primitif", "Budget\nprimitif", "a  b", " x ", "\x1bz", ""],
    "BUDGET_ANNEE": ["2023", "2023/2024", "2024/2023", "20x3", ""],
    "BUDGET_NOM": ["Budget principal", " b ", ""],
    "PREF_ID": ["PREF086", " PREF086", "P\nX", ""],
    "PREF_DATE": ["2023-05-12", "12/05/2023", "x", ""],
    "DELIB_URL": ["https://x.fr/a.pdf", "https://x.fr/a b", "a\tb", " https://x ", ""],
}
_VOTES = ["", "0", "12", "-3", "12.0", "1,00", "x", " 7 ", "+4", "99999999999999999999"]


def _cellule(nom: str) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(_PAR_COLONNE.get(nom, _VOTES)), _HOSTILES)


_LIGNE = st.tuples(*(_cellule(nom) for nom in NOMS)).flatmap(
    lambda cellules: st.integers(-2, 2).map(
        lambda ecart: list(cellules[: len(cellules) + ecart]) + ["en trop"] * max(ecart, 0)
    )
)


def _csv(lignes: list[list[str]]) -> bytes:
    texte = io.StringIO()
    ecrivain = csv.writer(texte, lineterminator="\n")
    ecrivain.writerow(NOMS)
    ecrivain.writerows(lignes)
    return texte.getvalue().encode("utf-8")


def _verifies(monkeypatch: pytest.MonkeyPatch) -> None:
    """La référence : chaque objet par son constructeur vérifié (caches vidés)."""
    noms = ("numero", "objet", "matiere", "date", "budget", "scrutins", "transmission", "url")
    remplacements: dict[str, Any] = {
        "_nouvelle_deliberation": lambda *v: Deliberation(**dict(zip(noms, v, strict=True))),
        "_nouvelle_transmission": lambda p, d: Transmission(prefecture=p, date_reception=d),
        "_nouveau_scrutin": lambda p, c, a: Scrutin(pour=p, contre=c, abstentions=a),
        "_nouvelle_ligne": LigneSCDL,
    }
    for nom, fabrique in remplacements.items():
        monkeypatch.setattr(module_lecture, nom, fabrique)
    _vider_caches()


def _vider_caches() -> None:
    for cache in (module_lecture._transmission, module_lecture._scrutin_positif):
        cache.cache_clear()


def _lecture(donnees: bytes) -> list[Any]:
    with lire_scdl(donnees) as lecteur:
        lignes = [
            (x.numero, x.collectivite, x.deliberation, x.vote_effectif, x.brut, x.faits, x.constats)
            for x in lecteur
        ]
        return [lignes, lecteur.rapport.vers_dict()]


def _json_reference(donnees: bytes) -> str:
    sortie = []
    with lire_scdl(donnees) as lecteur:
        for ligne in lecteur:
            sortie.append(ligne_json_reference(ligne))
    return "".join(sortie)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lignes=st.lists(_LIGNE, min_size=1, max_size=8))
def test_propriete_memes_lignes_que_les_constructeurs_verifies(
    lignes: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    donnees = _csv(lignes)
    _vider_caches()
    obtenu = _lecture(donnees)
    with monkeypatch.context() as m:
        _verifies(m)
        attendu = _lecture(donnees)
    _vider_caches()
    assert obtenu == attendu
    for (*_, deliberation, _e, _b, _f, _c), (*_, reference, _e2, _b2, _f2, _c2) in zip(
        obtenu[0], attendu[0], strict=True
    ):  # mêmes types aussi (égalité d'attrs comprise)
        assert type(deliberation) is type(reference)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lignes=st.lists(_LIGNE, min_size=1, max_size=8))
def test_propriete_scdl_lire_memes_octets_que_json_dumps(
    lignes: list[list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "l.csv"
    f.write_bytes(_csv(lignes))
    capsys.readouterr()
    main(["scdl", "lire", str(f)])
    assert capsys.readouterr().out == _json_reference(f.read_bytes())


def test_lignes_propres_par_le_chemin_rapide(monkeypatch: pytest.MonkeyPatch) -> None:
    """Une ligne propre ne passe par aucun ``__init__`` vérifié (le chemin rapide est pris)."""
    ligne = [_PAR_COLONNE.get(nom, ["12"])[0] for nom in NOMS]
    ligne[NOMS.index("VOTE_REEL")] = "36"
    _vider_caches()
    Deliberation(numero="D1", objet="x", matiere="7.1")  # le code 7.1 est connu du modèle
    for classe in (Deliberation, Scrutin, Transmission):
        monkeypatch.setattr(classe, "__init__", _refuse)
    with lire_scdl(_csv([ligne])) as lecteur:
        (lue,) = list(lecteur)
    _vider_caches()
    assert lue.deliberation is not None and lue.faits == ()
    assert lue.deliberation.scrutins[0].pour == 12


def _refuse(*arguments: Any, **nommes: Any) -> None:
    raise AssertionError("constructeur vérifié appelé")


@pytest.mark.parametrize("nom", ["\x1b", "\u202e", "\x1b \u202e"])
def test_nom_de_collectivite_neutralise_est_un_constat(nom: str) -> None:
    """Un COLL_NOM fait des seuls caractères que le modèle neutralise (vide une fois
    neutralisé) : une erreur de la ligne, pas une exception (trouvé par la propriété)."""
    donnees = f"COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_OBJET\n{nom},21860194600013,D1,x\n"
    with lire_scdl(donnees.encode()) as lecteur:
        (ligne,) = list(lecteur)
    assert ligne.collectivite is None and ligne.deliberation is not None
    (constat,) = [c for c in ligne.constats if c.chemin.endswith("colonne COLL_NOM")]
    assert constat.code == "constraint-error" and ("valeur", nom) in constat.details
