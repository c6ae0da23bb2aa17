"""Collectivités membres collées aux délégués (listes aplaties), nom long d'un syndicat,
nomination du secrétaire dans le flux."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.groupes import est_lieu_seul, reperes, separer
from deliberations.extrait.normalisation import segmenter
from deliberations.model import Organe

LIEUX = reperes("la réunion se tient à Vernay ; excuse les délégués de Lescoubère").lieux


@pytest.mark.parametrize(
    ("morceau", "attendu"),
    [
        # NOM Prénom puis lieux : le prénom est lu, la suite est un groupe (lecture signalée)
        ("Mr ROBIN Didier Val d'Authion Agglomération", ("Mr ROBIN Didier", "Val d'Authion Agglomération", True)),
        ("Mme KHALFI Nadia Saint-Méen-des-Bois Mûrs-la-Forêt", ("Mme KHALFI Nadia", "Saint-Méen-des-Bois Mûrs-la-Forêt", True)),
        # le mot après le NOM a la forme d'un lieu, ou le document l'emploie comme lieu
        ("Mme LASSALLE Barthèque-d'Oussère", ("Mme LASSALLE", "Barthèque-d'Oussère", False)),
        ("Mr PEDEBOY Lescoubère Noustère-Bas", ("Mr PEDEBOY", "Lescoubère Noustère-Bas", False)),
        # Prénom NOM puis lieu
        ("Mme Sylvie COUSSEAU Saint-Aubin-la-Brenelle", ("Mme Sylvie COUSSEAU", "Saint-Aubin-la-Brenelle", False)),
        ("M. Paul VIDAL Communauté de Communes du Val", ("M. Paul VIDAL", "Communauté de Communes du Val", False)),
    ],
)  # fmt: skip
def test_lieux_colles_separes(morceau: str, attendu: tuple[str, str, bool]) -> None:
    assert separer(morceau, LIEUX) == attendu


@pytest.mark.parametrize(
    "morceau",
    [
        "Mme DUPONT Marie Claire",  # prénom composé sans trait d'union : aucun lieu sûr
        "Mme HERVE Lucie",
        "Mr TESSIER Jean-Paul",
        "M. Jean DUPONT Maire",
        "Mme Anne-Marie DURAND Vice-Présidente",
        "Mr LABORDE (suppléant de Mr CAMPAGNE)",
        "Mr PEDEBOY Noustère-Bas Pardieux-Oussère",  # ni forme ni mention d'un lieu
        "Mr DUPONT Vernay",  # un seul mot après le NOM : le prénom, même s'il nomme un lieu
        "Saint-Martin-du-Bois",  # sans civilité : pas une personne, laissé à l'appelant
    ],
)
def test_personne_laissee_entiere(morceau: str) -> None:
    assert separer(morceau, LIEUX) == (morceau, "", False)


def test_lieu_seul() -> None:
    assert est_lieu_seul("Communauté de Communes des Coteaux du Layon Sud", LIEUX)
    assert est_lieu_seul("Sainte-Colombe-d'Oussère", LIEUX)
    assert est_lieu_seul("Lescoubère", LIEUX)
    assert not est_lieu_seul("Jean Dupont", LIEUX)  # casse mixte, rien de sûr
    assert not est_lieu_seul("Mme Saint-Martin", LIEUX)
    assert not est_lieu_seul("DUPONT Saint-Martin", LIEUX)


def test_reperes() -> None:
    vus = reperes(
        "Présents : Mme CAZENAVE Bernadette Arbéoux-le-Haut. Secrétaire : Mme CAZENAVE "
        "Bernadette. Pouvoir de Jean DUPONT ; la salle de Lescoubère ; d'Oussère."
    )
    assert {"lescoubere", "oussere"} <= vus.lieux
    assert "jean" not in vus.lieux  # « de Jean DUPONT » : une personne
    assert vus.confirme("CAZENAVE", "Bernadette")
    assert not vus.confirme("DUPONT", "Jean")  # nommé une seule fois


_MOTS = st.sampled_from(
    ["Mr", "Mme", "M.", "ROBIN", "Didier", "Val", "d'Authion", "de", "Saint-Jean", "la",
     "Mûrs-la-Forêt", "(suppléant", "X)", "Lescoubère", "Communauté", "DE", "Jean-Paul", ","]
)  # fmt: skip


@given(st.lists(_MOTS, max_size=12))
def test_aucun_mot_perdu(mots: list[str]) -> None:
    morceau = " ".join(mots)
    personne, lieux, devine = separer(morceau, LIEUX)
    assert personne.split() + lieux.split() == morceau.split()
    assert not devine or lieux


@given(st.text(max_size=400))
def test_texte_quelconque(texte: str) -> None:
    vus = reperes(texte)
    separer(texte, vus.lieux)
    est_lieu_seul(texte, vus.lieux)


def test_comite_du_syndicat_nom_long() -> None:
    nom = (
        "Syndicat Intercommunal de Collecte et de Traitement des Ordures Ménagères de la "
        "Vallée de l'Oussère"
    )
    assert r.organe(f"le Comité du {nom} (SICTOM) dûment convoqué") == (
        Organe.COMITE_SYNDICAL,
        nom,
    )
    # sans borne dans la fenêtre, le nom pourrait être tronqué : pas de nom
    sans_fin = f"le Comité du {nom} et de la Vallée de la Basse Oussère et des Coteaux du Haut Pays"
    assert r.organe(sans_fin) == (Organe.COMITE_SYNDICAL, None)
    assert r.organe("le Comité des fêtes de Vernay") is None


def test_nomination_du_secretaire_coupee_dans_le_flux() -> None:
    ligne = (
        "Etaient également présents : Mme FRADIN, comptable Est nommée secrétaire, Mme "
        "CAZENAVE Bernadette Effectif légal du Comité syndical : 16 délégués"
    )
    assert [m for _, m in segmenter(ligne)] == [
        "Etaient également présents : Mme FRADIN, comptable",
        "Est nommée secrétaire, Mme CAZENAVE Bernadette",
        "Effectif légal du Comité syndical : 16 délégués",
    ]
    phrase = "Présents : Mme A, M. B. Mme FRADIN est nommée secrétaire : elle accepte."
    assert not any(m.startswith("est") for _, m in segmenter(phrase))
