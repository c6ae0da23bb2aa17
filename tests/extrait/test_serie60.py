"""Familles de mises en page trouvées par la soixantième mesure hors échantillon (documents 735
à 744 : convocation avant la date de séance, « mr » en minuscules, comptes rendus courts
aplatis) : chaque règle sur un petit texte inventé, en lignes et aplati sur une ligne."""

from __future__ import annotations

import datetime as dt

import pytest

from deliberations.extrait.dates import annee_de_l_an
from tests.extrait.comparaison import projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


_LISTES = (
    "Présents : M. Paul ROUX, Mme Anne PETIT, M. Marc COLIN, mr Yves DUVAL.\n"
    "Secrétaire de séance : Mme Anne PETIT.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_convoque_le_avant_s_est_reuni_le(forme) -> None:  # type: ignore[no-untyped-def]
    """« L'an deux mille dix-neuf, le conseil …, convoqué le 18 septembre, s'est réuni le
    vingt-six septembre » : la séance est la date qui suit la réunion, l'année celle de l'an."""
    texte = forme(
        "COMMUNE DE SAINT-BRICE-EN-VAL\n"
        "L'an deux mille dix-neuf, le conseil municipal, convoqué le 18 septembre, s'est réuni le "
        "vingt-six septembre à vingt heures sous la présidence de M. Paul ROUX, Maire.\n"
        + _LISTES + "1 – Tarifs communaux\nAdopté à l'unanimité.\n"
    )
    seance = seance_lue(texte)
    assert seance.date == dt.date(2019, 9, 26)


def test_annee_de_l_an() -> None:
    assert annee_de_l_an("L'an deux mille neuf, le conseil") == 2009
    assert annee_de_l_an("Le conseil s'est réuni") is None


@pytest.mark.parametrize("forme", [str, _aplati])
def test_mr_en_minuscules_est_une_civilite(forme) -> None:  # type: ignore[no-untyped-def]
    """« M. Marc COLIN, mr Yves DUVAL » : « mr » d'une page tapée vite sépare deux présents."""
    texte = forme(
        "COMMUNE DE SAINT-BRICE-EN-VAL\nSéance du 12 mars 2008\n" + _LISTES
        + "1 – Tarifs communaux\nAdopté à l'unanimité.\n"
    )
    assert "Yves DUVAL" in projection(seance_lue(texte))["presents"]


def test_titre_apres_l_issue_dans_un_compte_rendu_aplati() -> None:
    """« … Adopté à l'unanimité Budget primitif Le budget … Adopté par 8 voix pour et 2
    abstentions Subventions … » : l'issue sans ponctuation finit le point, le titre suivant
    ouvre le suivant (le premier point suit l'en-tête)."""
    texte = (
        "COMPTE RENDU DU CONSEIL MUNICIPAL DU 12 AVRIL 2022 Commune de Saint-Brice-en-Val "
        "Présents : Paul ROUX (Maire), Anne PETIT, Marc COLIN, Yves DUVAL, Lise FAURE, Guy VIAL, "
        "Chloé ROCHE Absents excusés : Henri CHAIX (pouvoir à Anne PETIT), Laure NOËL Secrétaire "
        "de séance : Mme Anne PETIT. Vote des taux 2022 Les taux de 2021 sont reconduits. Adopté à "
        "l'unanimité Budget primitif 2022 Le budget s'équilibre à 412 600 €. Adopté par 2 voix pour et "
        "1 abstention Subventions aux associations Enveloppe de 3 150 € répartie entre trois "
        "associations. Adopté à l'unanimité"
    )
    deliberations = projection(seance_lue(texte))["deliberations"]
    assert deliberations[-1]["objet"] == "Subventions aux associations"
    assert deliberations[-1]["scrutin"]["unanimite"] is True
