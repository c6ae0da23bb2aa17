"""Les petits analyseurs (dates, noms, reconnaisseurs) : texte quelconque, jamais d'exception ;
dates écrites puis relues."""

from __future__ import annotations

import datetime as dt

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
