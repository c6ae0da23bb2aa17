"""Lecture tolérante des lignes répétées : le cache des conversions, les comptes d'un coup et
le JSON par morceaux de ``scdl lire`` donnent exactement ce que donne la lecture ligne à
ligne (mêmes objets, mêmes constats, mêmes lignes JSON, mêmes comptes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deliberations.cli import main
from deliberations.cli import scdl as cli_scdl
from deliberations.scdl import NOMS, lire_scdl
from deliberations.scdl import lecture as module_lecture
from deliberations.scdl.collecte import Collecteur, resumer
from deliberations.scdl.lecture import LecteurSCDL
from deliberations.validation.rapport import Severite
from tests.scdl.reference_lecture import ligne_json_reference

ENTETE = ",".join(NOMS)
ENTETE_MINIMAL = ",".join(NOMS[:7])
VALIDE = (
    "Ville de Poitiers,21860194600013,D1,2023-05-10,7.1,"
    "Finances locales/Décisions budgétaires,Budget primitif"
)
DEGENERES = {
    "une-cellule": ("objet", ["a"]),
    "virgules": (ENTETE, ["," * 16]),
    "date-illisible": ("DELIB_DATE", ["x"]),
    "date-illisible-entete-complet": (ENTETE, [",,,x" + "," * 13]),
    "valides-identiques": (ENTETE_MINIMAL, [VALIDE]),
    "melange": (
        ENTETE_MINIMAL,
        [
            "a",
            "a,b",
            " a ",
            "",
            ",,,",
            "x,y,z,w,v,u,t,s",
            VALIDE,
            VALIDE.replace("2023-05-10", "10/05/2023").replace("21860194600013", "218 601 946 00013"),
            VALIDE.replace("Budget primitif", '"Budget\nprimitif"'),
        ],
    ),
}


def _fichier(dossier: Path, entete: str, modeles: list[str], n: int) -> Path:
    """``n`` lignes tirées des modèles dans un ordre fixe (répétitions proches et lointaines)."""
    f = dossier / "f.csv"
    lignes = [modeles[(i * 7 + i // 5) % len(modeles)] for i in range(n)]
    f.write_text(entete + "\n" + "\n".join(lignes) + "\n", encoding="utf-8")
    return f


def _sans_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """La référence : chaque ligne convertie pour elle-même, rien de partagé."""
    monkeypatch.setattr(LecteurSCDL, "_retenir", lambda self, cle, conversion: None)


def _lignes(f: Path) -> list[Any]:
    with lire_scdl(f) as lecteur:
        lignes = list(lecteur)
        return [lignes, lecteur.rapport.vers_dict(), lecteur.lignes_lues]


def _reference_cli(f: Path, limite: int) -> tuple[str, str, int]:
    """``scdl lire`` ligne à ligne, tel qu'il était écrit avant les caches : un
    ``json.dumps`` par ligne, chaque constat compté un à un."""
    collecteur = Collecteur(limite)
    sortie = []
    with lire_scdl(f) as lecteur:
        for ligne in lecteur:
            sortie.append(ligne_json_reference(ligne))
            for rang in collecteur.compter_plusieurs(ligne.codes):
                collecteur.constats.append(ligne.constats[rang])
    rapport = lecteur.rapport + collecteur.rapport()
    code = 0 if dict(rapport.statistiques)["erreurs"] == 0 else 1
    return "".join(sortie), rapport.vers_texte() + "\n", code


@pytest.mark.parametrize("cas", sorted(DEGENERES))
def test_lignes_identiques_a_la_lecture_ligne_a_ligne(
    cas: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entete, modeles = DEGENERES[cas]
    f = _fichier(tmp_path, entete, modeles, 2000)
    obtenu = _lignes(f)
    with monkeypatch.context() as m:
        _sans_cache(m)
        attendu = _lignes(f)
    assert obtenu[1:] == attendu[1:]
    assert len(obtenu[0]) == len(attendu[0])
    for a, b in zip(obtenu[0], attendu[0], strict=True):
        assert (a.numero, a.collectivite, a.deliberation, a.vote_effectif) == (
            b.numero,
            b.collectivite,
            b.deliberation,
            b.vote_effectif,
        )
        assert a.brut == b.brut and a.faits == b.faits and a.constats == b.constats
    # brut : un dictionnaire neuf par ligne, même quand la conversion est partagée
    assert len({id(ligne.brut) for ligne in obtenu[0]}) == len(obtenu[0])


@pytest.mark.parametrize("limite", [0, 3, 1000])
@pytest.mark.parametrize("cas", sorted(DEGENERES))
def test_scdl_lire_identique_a_la_reference(
    cas: str,
    limite: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entete, modeles = DEGENERES[cas]
    f = _fichier(tmp_path, entete, modeles, 2000)
    code = main(["scdl", "lire", str(f), "--limite", str(limite)])
    sortie = capsys.readouterr()
    with monkeypatch.context() as m:
        _sans_cache(m)
        attendu = _reference_cli(f, limite)
    assert (sortie.out, sortie.err, code) == attendu


def test_caches_petits_memes_sorties(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Caches minuscules (vidés sans cesse) : la sortie ne change pas."""
    modeles = [VALIDE.replace("D1", f"D{i}") for i in range(9)] + ["a", "b,c"]
    f = _fichier(tmp_path, ENTETE_MINIMAL, modeles, 1500)
    with monkeypatch.context() as m:
        _sans_cache(m)
        attendu = _reference_cli(f, 5)
    monkeypatch.setattr(module_lecture, "TAILLE_CACHE_LIGNES", 3)
    monkeypatch.setattr(module_lecture, "TAILLE_EMPREINTES", 4)
    monkeypatch.setattr(cli_scdl, "_TAILLE_CACHES", 2)
    code = main(["scdl", "lire", str(f), "--limite", "5"])
    sortie = capsys.readouterr()
    assert (sortie.out, sortie.err, code) == attendu


@pytest.mark.parametrize("distinctes", [5, 40])
def test_cache_borne(distinctes: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module_lecture, "TAILLE_CACHE_LIGNES", 8)
    monkeypatch.setattr(module_lecture, "TAILLE_EMPREINTES", 16)
    longue = VALIDE.replace("Budget primitif", "o" * (module_lecture.LONGUEUR_EN_CACHE + 1))
    modeles = [VALIDE.replace("D1", f"D{i}") for i in range(distinctes)] + [longue]
    f = _fichier(tmp_path, ENTETE_MINIMAL, modeles, 1000)
    repetitions = 0
    with lire_scdl(f) as lecteur:
        for ligne in lecteur:
            repetitions += lecteur.repetition
            assert len(lecteur._conversions) <= 8
            assert len(lecteur._empreintes) <= 16
            longueurs = [sum(map(len, cle)) for cle in lecteur._conversions]
            assert all(n <= module_lecture.LONGUEUR_EN_CACHE for n in longueurs)
            if ligne.deliberation is not None and ligne.deliberation.objet.startswith("ooo"):
                assert not lecteur.repetition  # trop longue : jamais gardée
    assert repetitions > 0 or distinctes > 8


def test_repetition_partage_les_objets(tmp_path: Path) -> None:
    f = _fichier(tmp_path, ENTETE_MINIMAL, [VALIDE], 4)
    with lire_scdl(f) as lecteur:
        lignes = []
        for ligne in lecteur:
            lignes.append((ligne, lecteur.repetition))
    assert [r for _, r in lignes] == [False, True, True, True]
    assert all(ligne.deliberation is lignes[0][0].deliberation for ligne, _ in lignes)
    lignes[1][0].brut["COLL_NOM"] = "modifié"  # brut est à la ligne : rien d'autre ne change
    assert [ligne.brut["COLL_NOM"] for ligne, _ in lignes].count("modifié") == 1


def test_repetition_apres_une_autre_ligne(tmp_path: Path) -> None:
    autre = VALIDE.replace("D1", "D2")
    f = tmp_path / "a.csv"
    f.write_text("\n".join([ENTETE_MINIMAL, VALIDE, autre, VALIDE, autre, VALIDE, VALIDE]) + "\n")
    with lire_scdl(f) as lecteur:
        vues = [(ligne.deliberation.numero, lecteur.repetition) for ligne in lecteur if ligne.deliberation]
    assert vues == [
        ("D1", False), ("D2", False), ("D1", False), ("D2", False), ("D1", True), ("D1", True)
    ]


_MODELES = st.sampled_from(
    ["a", "", " ", ",", "x,y", VALIDE, VALIDE.replace("7.1", "99"), VALIDE.replace("D1", " D1 "),
     VALIDE.replace("2023-05-10", "2023/05/10"), ",,,x", "a,b,c,d,e,f,g,h,i"]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lignes=st.lists(_MODELES, min_size=1, max_size=60), limite=st.integers(0, 6))
def test_propriete_scdl_lire_identique(
    lignes: list[str],
    limite: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    f = tmp_path / "h.csv"
    f.write_text(ENTETE_MINIMAL + "\n" + "\n".join(lignes) + "\n", encoding="utf-8")
    capsys.readouterr()
    code = main(["scdl", "lire", str(f), "--limite", str(limite)])
    sortie = capsys.readouterr()
    with pytest.MonkeyPatch.context() as m:
        _sans_cache(m)
        attendu = _reference_cli(f, limite)
    assert (sortie.out, sortie.err, code) == attendu


_CODES = st.lists(
    st.tuples(
        st.sampled_from(["type-error", "strict.x", "reparation.date", "missing-cell"]),
        st.sampled_from(list(Severite)),
    ),
    min_size=1,
    max_size=5,
)


@given(lignes=st.lists(st.tuples(_CODES, st.integers(1, 30)), max_size=12), limite=st.integers(0, 8))
def test_propriete_compter_en_bloc_comme_un_a_un(
    lignes: list[tuple[list[tuple[str, Severite]], int]], limite: int
) -> None:
    un_a_un, en_bloc = Collecteur(limite), Collecteur(limite)
    for codes, fois in lignes:
        for _ in range(fois):
            un_a_un.compter_plusieurs(codes)
        resume = resumer(codes)
        restant = fois
        while restant and not en_bloc.sature(resume):
            en_bloc.compter_plusieurs(codes)
            restant -= 1
        if restant:
            en_bloc.compter_en_bloc(resume, restant)
    for nom in ("erreurs", "officielles", "autres", "omis", "par_code"):
        assert getattr(en_bloc, nom) == getattr(un_a_un, nom), nom


def test_compter_en_bloc_refuse_un_collecteur_non_sature() -> None:
    with pytest.raises(ValueError):
        Collecteur(5).compter_en_bloc(resumer([("type-error", Severite.ERREUR)]), 2)


def test_valider_lignes_vides_comptees_exactement(tmp_path: Path) -> None:
    from deliberations.scdl import valider_scdl

    f = tmp_path / "v.csv"
    f.write_text(ENTETE + "\n" + ("," * 16 + "\n") * 50, encoding="utf-8")
    rapport = valider_scdl(f, limite=3)
    stats = dict(rapport.statistiques)
    assert stats["constats.blank-row"] == 50 and stats["erreurs"] == 50
    assert len([c for c in rapport if c.code == "blank-row"]) == 3
    assert rapport.omis == 47


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("limite", [0, 2, 1000])
@pytest.mark.parametrize("cas", sorted(DEGENERES))
def test_valider_repetitions_comptees_comme_ligne_a_ligne(
    cas: str, limite: int, strict: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``scdl valider`` compte d'un coup une ligne qui répète la précédente (limite
    atteinte) : même rapport que ligne à ligne, doublons du profil strict compris."""
    from deliberations.scdl import validation as module_validation
    from deliberations.scdl import valider_scdl

    entete, modeles = DEGENERES[cas]
    f = tmp_path / "r.csv"
    lignes = [m for m in modeles for _ in range(7)] * 30  # suites de 7 lignes identiques
    f.write_text(entete + "\n" + "\n".join(lignes) + "\n", encoding="utf-8")
    obtenu = valider_scdl(f, limite=limite, strict=strict).vers_dict()
    monkeypatch.setattr(module_validation._Repetition, "comptee", lambda self, ligne: False)
    attendu = valider_scdl(f, limite=limite, strict=strict).vers_dict()
    assert obtenu == attendu
