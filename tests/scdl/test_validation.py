"""Validateur SCDL : verdicts de Validata, en-têtes, structure, profil strict, limites."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.erreurs import FichierIllisible
from deliberations.scdl import NOMS, valider_scdl, verdict_officiel

CORPUS = Path(__file__).parent / "corpus"
LIGNE = {
    "COLL_NOM": "Ville de Poitiers",
    "COLL_SIRET": "21860194600013",
    "DELIB_ID": "D1",
    "DELIB_DATE": "2023-05-10",
    "DELIB_MATIERE_CODE": "7.1",
    "DELIB_MATIERE_NOM": "finances locales/décisions budgétaires",
    "DELIB_OBJET": "Budget",
    "BUDGET_ANNEE": "2023",
    "BUDGET_NOM": "Budget principal",
    "PREF_ID": "PREF086",
    "PREF_DATE": "2023-05-12",
    "VOTE_EFFECTIF": "53",
    "VOTE_REEL": "50",
    "VOTE_POUR": "40",
    "VOTE_CONTRE": "6",
    "VOTE_ABSTENTION": "4",
    "DELIB_URL": "https://www.poitiers.fr/delib/D1.pdf",
}


def csv_de(lignes: list[dict[str, str]], entete: list[str] | None = None) -> bytes:
    tampon = io.StringIO()
    w = csv.DictWriter(tampon, fieldnames=entete or list(NOMS), extrasaction="ignore")
    w.writeheader()
    w.writerows(lignes)
    return tampon.getvalue().encode("utf-8")


def erreurs(donnees: bytes | Path, **options: object) -> list[str]:
    rapport = valider_scdl(donnees, **options)  # type: ignore[arg-type]
    return sorted(f"{c.code}:{dict(c.details).get('colonne')}" for c in rapport.erreurs)


# ------------------------------------------------------------------ oracle Validata


def test_memes_verdicts_que_validata_sur_47_cas(reference: Path) -> None:
    cas = json.loads((reference / "scdl" / "validata-0.12.5-verdicts.json").read_text("utf-8"))
    assert len(cas["cases"]) == 47
    for c in cas["cases"]:
        donnees = csv_de(c["rows"], list(c["rows"][0]))
        assert erreurs(donnees) == sorted(c["validata_errors"]), c["case"]
        assert verdict_officiel(valider_scdl(donnees)) == (not c["validata_errors"]), c["case"]


@pytest.mark.parametrize("fichier", sorted(CORPUS.glob("*.csv")), ids=lambda p: p.name)
def test_corpus_verdict_attendu(fichier: Path) -> None:
    rapport = valider_scdl(fichier)
    assert verdict_officiel(rapport) == fichier.name.startswith("valide") or fichier.name in (
        "reel-entete-minuscules.csv"
    ), rapport.vers_texte()


def test_casse_controles_chaque_controle_present() -> None:
    codes = {c.code for c in valider_scdl(CORPUS / "casse-controles.csv")}
    for attendu in (
        "custom-check-error",
        "year-interval-value",
        "cohesive-columns-value",
        "compare-columns-value",
        "sum-columns-value",
    ):
        assert attendu in codes


# ------------------------------------------------------------------ en-têtes et structure


def test_colonnes_reordonnees_valides_avec_info() -> None:
    r = valider_scdl(csv_de([LIGNE], list(reversed(NOMS))))
    assert r.ok
    assert "header-order" in r.codes()


def test_colonne_obligatoire_manquante() -> None:
    entete = [n for n in NOMS if n != "DELIB_OBJET"]
    r = valider_scdl(csv_de([LIGNE], entete))
    assert [c.code for c in r.erreurs] == ["missing-label"]
    assert "DELIB_OBJET" in r.erreurs[0].message


def test_colonne_en_trop_avertissement() -> None:
    r = valider_scdl(csv_de([{**LIGNE, "X": "1"}], [*NOMS, "X"]))
    assert r.ok
    assert "extra-label" in r.codes()


def test_point_virgule_latin1_bom() -> None:
    texte = csv_de([LIGNE]).decode().replace(",", ";")
    r = valider_scdl(texte.encode("latin-1"))
    assert r.ok and {"encoding", "dialect"} <= set(r.codes())
    r = valider_scdl(b"\xef\xbb\xbf" + csv_de([LIGNE]))
    assert r.ok and "bom" in r.codes()


@pytest.mark.parametrize("donnees", [b"", b"\xef\xbb\xbf", b"\xff\xfe"], ids=["vide", "bom", "bom16"])
def test_fichier_vide_ou_reduit_a_son_bom_illisible(donnees: bytes) -> None:
    with pytest.raises(FichierIllisible, match="vide"):
        valider_scdl(donnees)


def test_entete_vide() -> None:
    assert [c.code for c in valider_scdl(b"\n\n").erreurs] == ["blank-header"]


def test_pas_de_limite_de_lignes() -> None:
    """Validata refuse plus de 100 000 lignes ; ici, aucune limite (écart voulu)."""
    entete = ",".join(NOMS[:7]) + "\n"
    ligne = ",".join(LIGNE[n] for n in NOMS[:7]) + "\n"
    r = valider_scdl((entete + ligne * 100_001).encode())
    assert r.ok
    assert dict(r.statistiques)["lignes"] == 100_001


def test_limite_des_constats_et_comptes() -> None:
    mauvaise = {**LIGNE, "DELIB_DATE": "10/05/2023"}
    r = valider_scdl(csv_de([mauvaise] * 30), limite=10)
    assert len(r) == 10
    assert r.omis == 20
    assert dict(r.statistiques)["constats.type-error"] == 30
    assert r.constats[0].chemin == "ligne 2, colonne DELIB_DATE"
    assert dict(r.constats[0].details)["valeur"] == "10/05/2023"


# ------------------------------------------------------------------ profil strict


@pytest.mark.parametrize(
    ("changement", "code"),
    [
        ({"DELIB_MATIERE_CODE": "8.4"}, "strict.matiere-code-nom"),
        ({"DELIB_MATIERE_CODE": "9.99"}, "strict.matiere-inconnue"),
        ({"PREF_ID": "Préfecture de la Vienne"}, "strict.pref-id-format"),
        ({"PREF_DATE": ""}, "strict.pref-id-date"),
        ({"VOTE_POUR": "52", "VOTE_CONTRE": "-6"}, "strict.vote-negatif"),
        ({"DELIB_URL": "https://www.poitiers.fr/delib/D 1.pdf"}, "strict.url-espace"),
        ({"DELIB_DATE": "2099-01-01", "PREF_DATE": "2099-01-02"}, "strict.date-future"),
    ],
)
def test_profil_strict(changement: dict[str, str], code: str) -> None:
    donnees = csv_de([{**LIGNE, **changement}])
    strict = valider_scdl(donnees, strict=True, aujourd_hui=dt.date(2026, 11, 24))
    assert code in strict.codes()
    assert all(
        c.code.startswith("strict.")
        for c in strict.erreurs
        if c.code not in ("compare-columns-value",)
    )
    assert not any(c.startswith("strict.") for c in valider_scdl(donnees).codes())


def test_strict_delib_id_double() -> None:
    r = valider_scdl(csv_de([LIGNE, LIGNE]), strict=True)
    assert r.codes() == ["strict.delib-id-double"]
    assert "lignes 2 et 3" in r.constats[0].message
    assert verdict_officiel(r)


def test_strict_seul_pas_d_erreur_sur_ligne_correcte() -> None:
    assert valider_scdl(csv_de([LIGNE]), strict=True, aujourd_hui=dt.date(2026, 1, 1)).ok


# ------------------------------------------------------------------ robustesse


@given(st.binary(max_size=2000))
def test_octets_quelconques(donnees: bytes) -> None:
    try:
        rapport = valider_scdl(donnees)
    except FichierIllisible as erreur:
        assert erreur.fichier
    else:
        assert isinstance(rapport.ok, bool)


@given(st.lists(st.lists(st.text(max_size=8), max_size=20), max_size=8))
def test_tableaux_quelconques(lignes: list[list[str]]) -> None:
    tampon = io.StringIO()
    csv.writer(tampon).writerows([list(NOMS), *lignes])
    rapport = valider_scdl(tampon.getvalue().encode())
    for c in rapport:
        assert c.message


def test_fichier_absent(tmp_path: Path) -> None:
    with pytest.raises(FichierIllisible, match="introuvable"):
        valider_scdl(tmp_path / "absent.csv")
