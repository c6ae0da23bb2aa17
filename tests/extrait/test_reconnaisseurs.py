"""Les petits analyseurs (dates, noms, reconnaisseurs) : texte quelconque, jamais d'exception ;
dates écrites puis relues."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.dates import MOIS, nombre_en_lettres, trouver_date
from deliberations.extrait.personnes import decouper, lire_personne, lire_personnes

NOMS_MOIS = {v: k for k, v in MOIS.items()}


@given(st.text(max_size=200))
def test_texte_quelconque_jamais_d_exception(texte: str) -> None:
    trouver_date(texte)
    nombre_en_lettres(texte)
    for morceau in decouper(texte):
        lire_personnes(morceau)
    lire_personne(texte)
    for reconnaisseur in (
        r.organe, r.date_seance, r.president, r.secretaire, r.decomptes, r.section,
        r.procuration, r.mouvement, r.objet, r.numero_deliberation, r.decision, r.votes,
        r.resultat, r.couper_titre,
    ):  # fmt: skip
        reconnaisseur(texte)


@given(st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)))
def test_dates_ecrites_puis_relues(jour: dt.date) -> None:
    assert trouver_date(f"Séance du {jour:%d/%m/%Y}") == jour
    assert trouver_date(f"Séance du {jour.day} {NOMS_MOIS[jour.month]} {jour.year}") == jour
    assert trouver_date(f"réunion du {jour.isoformat()}") == jour


@pytest.mark.parametrize(
    ("texte", "valeur"),
    [
        ("vingt et un", 21),
        ("soixante-dix", 70),
        ("quatre-vingts", 80),
        ("quatre-vingt-dix-sept", 97),
        ("deux mille vingt-quatre", 2024),
        ("mil neuf cent quatre-vingt-dix", 1990),
        ("deux mil vingt-trois", 2023),
        ("dix-huit", 18),
    ],
)
def test_nombres_en_lettres(texte: str, valeur: int) -> None:
    assert nombre_en_lettres(texte) == valeur


@pytest.mark.parametrize(
    ("texte", "titre", "suite"),
    [
        (
            "Devis de réfection du mur du cimetière Trois entreprises ont été consultées.",
            "Devis de réfection du mur du cimetière",
            "Trois entreprises ont été consultées.",
        ),
        (
            "Subventions aux associations Comité des fêtes : 1 200 €",
            "Subventions aux associations",
            "Comité des fêtes : 1 200 €",
        ),
        (
            "Convention avec la caisse familiale Sylvie Bonnafous rappelle que la convention",
            "Convention avec la caisse familiale",
            "Sylvie Bonnafous rappelle que la convention",
        ),
        (
            "DESIGNATIONS AU SEIN DES ORGANISMES Le Conseil Départemental décide",
            "DESIGNATIONS AU SEIN DES ORGANISMES",
            "Le Conseil Départemental décide",
        ),
        # un nom propre après « du », « de la » n'ouvre pas de phrase
        ("Réfection du pont de la Combe du Puech", "Réfection du pont de la Combe du Puech", ""),
        # un mot à majuscule suivi d'un autre (« Paul Eluard ») est un nom propre
        ("Subvention au collège Paul Eluard", "Subvention au collège Paul Eluard", ""),
    ],
)
def test_fin_du_titre_dans_un_texte_aplati(texte: str, titre: str, suite: str) -> None:
    assert r.couper_titre(texte) == (titre, suite)


def test_colonne_des_suppleants_sans_deux_points() -> None:
    sec = r.section("Suppléant(e)s Louis Marcou (pour Gérard Bessou)")
    assert sec is not None
    assert (sec.nom, sec.reste) == ("suppleants", "Louis Marcou (pour Gérard Bessou)")


@given(st.text(alphabet="ab' :1234567\t", max_size=300))
def test_libelles_nombres_comme_la_recherche_complete(plat: str) -> None:
    attendu = [(m.span(), m.groups()) for m in r._LIBELLE_NOMBRE.finditer(plat)]
    assert [(m.span(), m.groups()) for m in r.libelles_nombres(plat)] == attendu


_FRAGMENTS_D_INTITULES = st.sampled_from(
    [
        *sorted(r._MOTS_INTITULE),
        "liste des", "agents", "salariés", "vice-présidents", "Membres", "suppléé", "ont complété le quorum",
       "sans voix délibérative", "délégation", "mandats", "délégués", "conseillers", "titulaires",
       "élus", "ayant donné procuration", "Absent", "Présents", "Excusés", "(e)s", "(es)", "MM.",
       ", mm.", " ", " : ", ":", "-", "M. Paul VIDAL", "1", "X", "de", "la", "séance",
    ]
)  # fmt: skip


def _intitule_sans_son_mot(texte: str) -> bool:
    """Vrai si :func:`section`, son préfiltre ôté, lit un intitulé sans aucun mot du préfiltre
    ni parenthèse (le préfiltre l'aurait écarté à tort)."""
    mots, r._MOTS_SECTION = r._MOTS_SECTION, ("",)  # (« "" » est dans tout texte : sans préfiltre)
    try:
        lue = r.section(texte)
    finally:
        r._MOTS_SECTION = mots
    plat = r._plat(texte)
    return lue is not None and "(" not in plat and not any(m in plat for m in mots)


@given(st.lists(_FRAGMENTS_D_INTITULES, min_size=1, max_size=6).map(" ".join) | st.text(max_size=40))
def test_un_intitule_a_l_un_des_mots_de_section(texte: str) -> None:
    assert not _intitule_sans_son_mot(texte), texte
    assert not _intitule_sans_son_mot(texte + " :"), texte


def test_les_intitules_du_corpus_ont_l_un_des_mots_de_section() -> None:
    corpus = Path(__file__).parent / "corpus"
    lignes = {ligne for p in corpus.glob("*.txt") for ligne in p.read_text("utf-8").splitlines()}
    assert len(lignes) > 1000
    assert not [ligne for ligne in lignes if _intitule_sans_son_mot(ligne)]
