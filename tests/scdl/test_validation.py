"""Validateur SCDL : verdicts de Validata, en-têtes, structure, profil strict, limites."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from deliberations.erreurs import FichierIllisible
from deliberations.scdl import NOMS, valider_scdl, verdict_officiel
from deliberations.scdl.collecte import Collecteur
from deliberations.validation.rapport import Severite

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


@pytest.mark.parametrize(
    "donnees", [b"", b"\xef\xbb\xbf", b"\xff\xfe"], ids=["vide", "bom", "bom16"]
)
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


@given(
    st.lists(
        st.lists(st.sampled_from(["", "x", "2023-05-10", "7.1"]), min_size=1, max_size=20),
        min_size=1,
        max_size=30,
    ),
    st.integers(min_value=1, max_value=5),
)
def test_comptes_exacts_au_dela_de_la_limite(lignes: list[list[str]], limite: int) -> None:
    """Au-delà de la limite, les cellules manquantes, en trop et obligatoires vides sont
    comptées d'un coup (sans constat construit) : les comptes sont ceux d'une lecture sans
    limite."""
    tampon = io.StringIO()
    ecrivain = csv.writer(tampon, lineterminator="\n")
    ecrivain.writerow(NOMS)
    ecrivain.writerows(lignes)
    donnees = tampon.getvalue().encode()
    borne, complet = valider_scdl(donnees, limite=limite), valider_scdl(donnees, limite=None)
    assert dict(borne.statistiques) == dict(complet.statistiques)
    assert len(borne.erreurs) == min(limite, dict(complet.statistiques)["erreurs"])
    assert borne.omis == complet.omis + len(complet) - len(borne)


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


# ------------------------------------------------------------------ issue 10 : verdict, encodages, en-têtes


def test_verdict_des_comptes_pas_de_la_liste_gardee() -> None:
    mauvaise = {**LIGNE, "DELIB_DATE": "10/05/2023"}
    r = valider_scdl(csv_de([mauvaise] * 12), limite=2)
    assert len(r.erreurs) == 2 and r.omis == 10
    assert dict(r.statistiques)["erreurs"] == 12
    assert not verdict_officiel(r) and not r.ok


def test_verdict_officiel_apres_des_erreurs_strictes_au_dela_de_la_limite() -> None:
    stricte = {**LIGNE, "PREF_ID": "Préfecture"}  # strict.pref-id-format seulement
    fausse = {**LIGNE, "VOTE_POUR": "quarante"}
    r = valider_scdl(csv_de([stricte] * 1200 + [fausse]), strict=True)
    assert all(c.code.startswith("strict.") for c in r.erreurs)  # la liste gardée : strictes
    assert not verdict_officiel(r)  # mais l'erreur de type de la ligne 1 202 compte
    assert dict(r.statistiques)["erreurs.officielles"] == 2  # type-error + cohésion des votes


def test_limite_compte_les_erreurs_seulement() -> None:
    texte = csv_de([{**LIGNE, "DELIB_DATE": "x"}] * 3).decode().replace(",", ";")
    r = valider_scdl(texte.encode("cp1252"), limite=1)
    assert [c.severite.value for c in r] == ["info", "erreur"]  # l'info n'use pas la limite


def test_limite_zero_toutes_jusqu_au_plafond() -> None:
    from deliberations.scdl.collecte import PLAFOND_CONSTATS

    r = valider_scdl(csv_de([{**LIGNE, "DELIB_DATE": "x"}] * 30), limite=0)
    assert len(r.erreurs) == 30
    assert valider_scdl(csv_de([LIGNE]), limite=None).ok
    assert PLAFOND_CONSTATS >= 1000


def test_utf16_texte_unicode_d_excel() -> None:
    texte = csv_de([LIGNE]).decode().replace(",", "\t")
    r = valider_scdl(b"\xff\xfe" + texte.encode("utf-16-le"))
    assert verdict_officiel(r) and r.ok
    assert {"encoding", "dialect", "bom"} <= set(r.codes())


def test_nom_de_colonne_dans_une_autre_casse_invalide() -> None:
    donnees = csv_de([LIGNE]).replace(b"COLL_NOM", b"Coll_nom", 1)
    r = valider_scdl(donnees)
    assert not verdict_officiel(r)
    assert ("missing-label", "COLL_NOM") in {
        (c.code, dict(c.details).get("colonne")) for c in r.erreurs
    }
    assert "header-case" in r.codes()


@pytest.mark.parametrize(
    ("nom", "valide"),
    [
        ("commande publique/transactions /protocole d accord transactionnel", True),
        ("Finances\u00a0locales/budget", False),
        ("\ufb01nances locales/budget", False),
        ("F\u012bnances locales/budget", False),
        ("Libert\u0065\u0301s publiques et pouvoirs de police/police", True),  # NFD : accepté
        ("LIBERTÉS PUBLIQUES ET POUVOIRS DE POLICE/police", True),
        ("Finances locales /budget", False),
        ("Finances locales/ budget", False),
    ],
)
def test_nomenclature_comme_frformat(nom: str, valide: bool) -> None:
    assert valider_scdl(csv_de([{**LIGNE, "DELIB_MATIERE_NOM": nom}])).ok is valide


@pytest.mark.parametrize(
    ("url", "valide"),
    [
        ("https:", True),
        ("https://a b", True),
        ("mailto:x@y.fr", True),
        ("www.x.fr", False),
        (" https://x", False),
    ],
)
def test_format_uri_comme_rfc3986(url: str, valide: bool) -> None:
    assert valider_scdl(csv_de([{**LIGNE, "DELIB_URL": url}])).ok is valide


def test_ligne_sep_d_excel() -> None:
    donnees = b"sep=;\r\n" + csv_de([LIGNE]).decode().replace(",", ";").encode()
    r = valider_scdl(donnees)
    assert r.ok and verdict_officiel(r)
    assert any(c.code == "dialect" and "sep=;" in c.message for c in r.infos)
    assert dict(r.statistiques)["lignes"] == 1


def test_fichier_tronque_dans_un_champ_entre_guillemets() -> None:
    donnees = csv_de([LIGNE, {**LIGNE, "DELIB_URL": ""}]).rstrip(b"\r\n") + b',"https://x'
    r = valider_scdl(donnees)
    assert "source-error" in {c.code for c in r.erreurs}
    assert not verdict_officiel(r)


# ------------------------------------------------------------------ issue 15 : bornes


def test_fichier_special_refuse_avant_lecture(tmp_path: Path) -> None:
    import os

    tube = tmp_path / "tube"
    os.mkfifo(tube)
    with pytest.raises(FichierIllisible, match="ordinaire"):
        valider_scdl(tube)  # pas d'écrivain : ne bloque pas
    with pytest.raises(FichierIllisible, match="ordinaire"):
        valider_scdl("/dev/zero")


def test_fichier_creux_trop_grand_refuse_avant_lecture(tmp_path: Path) -> None:
    from deliberations.fichiers import EntreeTropGrande

    creux = tmp_path / "creux.csv"
    with creux.open("wb") as f:
        f.truncate(3 * 1024 * 1024 * 1024)  # 3 Gio, creux : rien n'est écrit sur le disque
    with pytest.raises(EntreeTropGrande, match="limite"):
        valider_scdl(creux)
    with pytest.raises(EntreeTropGrande):
        valider_scdl(csv_de([LIGNE]), taille_maximale=100)


def test_ligne_geante_refusee_en_francais() -> None:
    from deliberations.scdl.source import LONGUEUR_MAXIMALE

    geante = b"COLL_NOM\n" + b"x" * (2 * LONGUEUR_MAXIMALE + 10) + b"\n"
    with pytest.raises(FichierIllisible, match="caractères sans fin de ligne"):
        valider_scdl(geante)
    champ = b'COLL_NOM\n"' + b"x\n" * LONGUEUR_MAXIMALE + b'"\n'
    with pytest.raises(FichierIllisible, match="un champ de plus de"):
        valider_scdl(champ)


def test_cent_mille_colonnes_en_temps_lineaire() -> None:
    entete = ",".join(NOMS) + "," + ",".join(f"X{i}" for i in range(100_000))
    ligne = ",".join(LIGNE[n] for n in NOMS) + "," * 100_000
    r = valider_scdl(f"{entete}\n{ligne}\n".encode(), limite=5)
    assert verdict_officiel(r)
    assert dict(r.statistiques)["constats.extra-label"] == 100_000
    assert len(r) <= 10


def test_tout_en_erreur_limite_zero_memoire_bornee() -> None:
    from deliberations.scdl.collecte import PLAFOND_CONSTATS

    n = PLAFOND_CONSTATS + 500
    donnees = ",".join(NOMS[:7]).encode() + b"\n" + b",,x,,,,\n" * n
    r = valider_scdl(donnees, limite=0)
    assert len(r.erreurs) == PLAFOND_CONSTATS
    assert dict(r.statistiques)["erreurs"] == 6 * n  # 6 obligatoires vides par ligne
    assert r.omis == 6 * n - PLAFOND_CONSTATS
    assert not verdict_officiel(r)


@given(
    st.lists(
        st.fixed_dictionaries(
            {n: st.sampled_from(["", LIGNE[n], "x", "10/05/2023", "-1"]) for n in NOMS}
        ),
        max_size=12,
    ),
    st.integers(min_value=1, max_value=5),
)
def test_verdict_et_comptes_independants_de_la_limite(
    lignes: list[dict[str, str]], limite: int
) -> None:
    donnees = csv_de(lignes)
    borne, toutes = valider_scdl(donnees, limite=limite), valider_scdl(donnees, limite=None)
    assert verdict_officiel(borne) == verdict_officiel(toutes)
    assert dict(borne.statistiques) == dict(toutes.statistiques)
    assert len(borne.erreurs) == min(limite, len(toutes.erreurs))


def _utf8_valide(octets: bytes) -> bool:
    try:
        octets.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@given(st.lists(st.lists(st.text(alphabet='aé€;,"\n x1', max_size=6), max_size=6), max_size=6))
def test_utf8_presume_puis_cp1252_memes_constats(lignes: list[list[str]]) -> None:
    """Un fichier Windows-1252 est relu depuis le début : mêmes constats qu'en UTF-8, plus l'info
    d'encodage."""
    tampon = io.StringIO()
    csv.writer(tampon).writerows([list(NOMS), *lignes])
    texte = tampon.getvalue()
    brut_cp1252 = texte.encode("cp1252")
    # « é€€ » en Windows-1252 donne E9 80 80, de l'UTF-8 valide (« 退 ») : ces octets-là sont
    # un autre texte, lu comme tel ; la propriété porte sur les fichiers qui ne sont pas de
    # l'UTF-8 valide
    assume(brut_cp1252 == texte.encode("utf-8") or not _utf8_valide(brut_cp1252))
    utf8, cp1252 = valider_scdl(texte.encode("utf-8")), valider_scdl(brut_cp1252)
    sans_encodage = [c for c in cp1252 if c.code != "encoding"]
    if any(ord(c) > 127 for c in texte):
        assert [c.code for c in cp1252 if c.code == "encoding"] == ["encoding"]
    assert sans_encodage == list(utf8)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["type-error", "strict.vote", "reparation.date"]),
            st.sampled_from(list(Severite)),
        ),
        max_size=40,
    ),
    st.integers(min_value=0, max_value=8),
)
def test_compter_plusieurs_egal_compter_un_a_un(
    codes: list[tuple[str, Severite]], limite: int
) -> None:
    """Compter une ligne de constats d'un coup donne les mêmes comptes et garde les mêmes
    constats que les compter un à un."""
    un, tous = Collecteur(limite), Collecteur(limite)
    gardes_un = [rang for rang, (code, sev) in enumerate(codes) if un.compter(code, sev)]
    assert tous.compter_plusieurs(codes) == gardes_un
    assert (tous.erreurs, tous.autres, tous.omis, tous.officielles, tous.par_code) == (
        un.erreurs,
        un.autres,
        un.omis,
        un.officielles,
        un.par_code,
    )
