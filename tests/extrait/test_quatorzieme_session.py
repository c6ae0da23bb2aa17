"""Quatorzième session : tournures que les sondes de la quatorzième vague lisaient mal ou pas
(« , soit 4 conseillers » en fin de liste, décomptes à « = », « Exercice : 6 », « Présidée
par » au milieu d'un texte aplati, « M. X est excusé. » dans le flux, « a chargé Y de voter en
son nom », « (pouvoir : Y) », « Procuration écrite de » dans le flux). Chaque test échoue sans
sa correction ; chaque texte est court et inventé, sous sa forme à lignes et aplatie."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.model import Seance

EN_TETE = (
    "COMMUNE DE SAULON\nSéance du 12 mars 2019\n"
    "Nombre de conseillers en exercice : 7 - Présents : 5 - Votants : 6\n"
)
FIN = "Secrétaire de séance : Mme Odile CARRÉ\nDélibération n° 2019-08 : Vente d'un terrain\nAdopté à l'unanimité."
PRESENTS = "Présents : M. Jean FAVRE, Mme Odile CARRÉ, M. Rémi PONS, Mme Léa DURAND, M. Yves MOREL"


def _seance(texte: str, aplati: bool) -> Seance:
    if aplati:
        texte = " ".join(texte.split("\n"))
    seance = lire_extrait(texte).seance
    assert seance is not None
    return seance


def _noms(seance: Seance, statut: str) -> list[str]:
    return [p.elu.nom for p in seance.presences if p.statut.value == statut]


def _mandats(seance: Seance) -> list[tuple[str, str]]:
    return [(m.mandant.nom, m.mandataire.nom) for m in seance.procurations]


@pytest.mark.parametrize("aplati", [False, True])
@pytest.mark.parametrize("fin", [", soit 5 conseillers", " (soit cinq élus présents)", ", soit 5 membres présents."])
def test_soit_n_en_fin_de_liste(fin: str, aplati: bool) -> None:
    texte = "COMMUNE DE SAULON\nSéance du 12 mars 2019\nNombre de conseillers en exercice : 7\n"
    seance = _seance(texte + PRESENTS + fin + "\n" + FIN, aplati)
    assert _noms(seance, "present")[-1] == "MOREL"
    assert len(_noms(seance, "present")) == 5
    assert seance.decomptes is not None and seance.decomptes.presents == 5


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        ("Conseillers en exercice = 7 ; Présents = 5 ; Votants = 6", [("en_exercice", 7), ("presents", 5), ("votants", 6)]),
        ("Exercice : 7 Présents : 5 Votants : 6", [("en_exercice", 7), ("presents", 5), ("votants", 6)]),
        ("Exercice : 2019", []),  # une année, pas un effectif
    ],
)
def test_decomptes_egal_et_exercice(ligne: str, attendu: list[tuple[str, int]]) -> None:
    assert r.decomptes(ligne) == attendu


@pytest.mark.parametrize("phrase", ["Présidée par M. Jean FAVRE, Maire", "Présidence de M. Jean FAVRE, Maire"])
def test_presidence_au_milieu_du_flux(phrase: str) -> None:
    seance = _seance(EN_TETE + phrase + "\n" + PRESENTS + "\n" + FIN, aplati=True)
    assert seance.president is not None and seance.president.nom == "FAVRE"


@pytest.mark.parametrize("aplati", [False, True])
@pytest.mark.parametrize("phrase", ["M. Marc FAURE est excusé.", "Mme Anne FAURE s'est excusée ;"])
def test_excuse_en_phrase_dans_le_flux(phrase: str, aplati: bool) -> None:
    texte = EN_TETE + PRESENTS + "\nPouvoirs : Mme Nadia BERGER à M. Rémi PONS\n" + phrase + "\n" + FIN
    seance = _seance(texte, aplati)
    assert _noms(seance, "excuse") == ["FAURE"]
    assert _mandats(seance) == [("BERGER", "PONS")]


@pytest.mark.parametrize("aplati", [False, True])
@pytest.mark.parametrize(
    "ligne",
    [
        "Mme Nadia BERGER a chargé M. Rémi PONS de voter en son nom",
        "Mme Nadia BERGER (pouvoir : M. Rémi PONS)",
        "Procuration écrite de Mme Nadia BERGER à M. Rémi PONS",
    ],
)
def test_procurations_sans_intitule(ligne: str, aplati: bool) -> None:
    seance = _seance(EN_TETE + PRESENTS + "\n" + ligne + "\n" + FIN, aplati)
    assert _mandats(seance) == [("BERGER", "PONS")]
    assert "BERGER" not in _noms(seance, "present")
    assert len(_noms(seance, "present")) == 5


def test_parenthese_de_pouvoirs_en_fin_de_liste_reste_une_liste() -> None:
    # « (Pouvoirs : X à Y, Z à W) » après les présents : une liste de pouvoirs, pas un mandataire
    texte = EN_TETE + PRESENTS + " (Pouvoirs : Mme Nadia BERGER à M. Rémi PONS)\n" + FIN
    assert _mandats(_seance(texte, False)) == [("BERGER", "PONS")]
