"""Reprise de la quarantième série, côté collectivité et points d'un texte aplati : les écarts
556 (département nommé seulement en pied de page) et 561 (en-tête à barres d'une page aplatie,
numéros « B-2023-02-02 » dans le flux), chacun sur un petit texte inventé."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import collectivite_generale, en_tete
from deliberations.model import Organe
from tests.extrait.comparaison import projection, seance_lue

_DEPARTEMENT = """\
Val-d'Auzonne
LE DÉPARTEMENT

PROCÈS-VERBAL DE LA RÉUNION DE L'ASSEMBLÉE DÉPARTEMENTALE DU LUNDI 4 MARS 2024

L'Assemblée départementale s'est réunie sous la présidence de M. Paul VIDAL, Président.

Membres en exercice : 34
Présents : 30

N° 2024-AD-1 - Budget primitif 2024
Adopté à l'unanimité.

{pied} – Procès-verbal de l'Assemblée départementale du 04/03/2024   Page 1/2
"""


def test_departement_nomme_en_pied_de_page() -> None:
    """Le logo ne dit pas « Département de … » ; le pied de page le dit : retenu en dernier
    recours, avec un avertissement."""
    resultat = lire_extrait(_DEPARTEMENT.format(pied="Département du Val-d'Auzonne"))
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom == "Département du Val-d'Auzonne"
    assert resultat.seance.assemblee.organe is Organe.CONSEIL_DEPARTEMENTAL  # « Assemblée départementale »
    codes = {c.code for c in resultat.rapport.constats}
    assert "extrait.collectivite-hors-en-tete" in codes


def test_region_en_pied_d_un_conseil_departemental_ecartee() -> None:
    """Une région au pied d'un procès-verbal de conseil départemental n'est pas la
    collectivité : laissée vide, et c'est dit."""
    resultat = lire_extrait(_DEPARTEMENT.format(pied="Région Auzonne-Garonne"))
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom == "(collectivité non indiquée)"
    assert "extrait.collectivite-absente" in {c.code for c in resultat.rapport.constats}


def test_en_tete_a_barres_d_une_page_aplatie() -> None:
    """« X Métropole | Bureau … | Séance du … | Procès-verbal Le Bureau … » sur une longue
    ligne : la première partie, bornée par les barres, est le nom."""
    ligne = (
        "Vallée-Verte Métropole | Bureau métropolitain | Séance du 6 mars 2023 | Procès-verbal "
        "Le Bureau de la Métropole, dûment convoqué le 24 février 2023, s'est réuni au siège, "
        "sous la présidence de M. Jean ARRIBE. Présents : M. Jean ARRIBE - Mme Anne BIDART"
    )
    assert en_tete(ligne) == ("Vallée-Verte Métropole", "epci")


def test_numeros_annee_mois_rang_dans_le_flux() -> None:
    """« … - Vote : unanimité B-2023-03-02 Titre - … » : un numéro « lettre-année-mois-rang »
    suivi d'un titre ouvre le point suivant dans un texte aplati."""
    texte = (
        "Vallée-Verte Métropole | Bureau métropolitain | Séance du 6 mars 2023 | Procès-verbal "
        "Le Bureau de la Métropole, dûment convoqué le 24 février 2023, s'est réuni au siège, "
        "sous la présidence de M. Jean ARRIBE. Présents : M. Jean ARRIBE - Mme Anne BIDART - "
        "M. Paul CAMOU. Mme Anne BIDART est désignée secrétaire de séance. B-2023-03-01 Habitat "
        "- Garantie d'emprunt - Rapporteur : M. Paul CAMOU - Vote : unanimité B-2023-03-02 "
        "Voirie - Convention de travaux - Rapporteur : M. Jean ARRIBE - Vote : 2 pour, 1 contre "
        "- adopté B-2023-03-03 Culture - Subvention au festival - Vote : unanimité"
    )
    points = projection(seance_lue(texte))["deliberations"]
    assert [p["numero"] for p in points] == ["B-2023-03-01", "B-2023-03-02", "B-2023-03-03"]
    assert points[1]["scrutin"]["contre"] == 1


def test_logo_departement_suivi_de_l_assemblee_n_est_pas_un_nom() -> None:
    """« … LE DÉPARTEMENT Assemblée départementale Réunion du … » (logo d'une page aplatie) :
    « Assemblée » est l'organe, pas le nom du département."""
    ligne = "Val-d'Auzonne LE DÉPARTEMENT Assemblée départementale Réunion du 4 mars 2024 PROCÈS-VERBAL"
    assert collectivite_generale(ligne) is None
