"""Familles de mises en page trouvées par la quarante-sixième mesure hors échantillon
(documents 613 à 622 : huitième tirage à l'image de la mesure extérieure) : chaque règle sur un
petit texte inventé, indépendamment du corpus."""

from __future__ import annotations

import pytest

from tests.extrait.comparaison import projection, seance_lue

_LISTE = "Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN, Mme Anne DUVAL.\n"


def test_date_seule_suivie_de_l_heure_et_du_lieu() -> None:
    """« du lundi 29 mars 2004 à 20 h 30 – salle des fêtes de X » sous le titre : la date de la
    séance, même quand le lieu allonge la ligne."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL DE BRUNE\n"
        "COMPTE RENDU DE LA RÉUNION DU CONSEIL COMMUNAUTAIRE\n"
        "du lundi 29 mars 2004 à 20 h 30 – salle des fêtes de Vernoux-sur-Brune\n"
        + _LISTE
        + "1 – Budget primitif\nAdopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["date"] == "2004-03-29"


def test_numero_d_ordre_puis_objet() -> None:
    """« N° d'ordre : 2021-118 » puis « Objet : Titre » : un seul point, numéroté 2021-118
    (le numéro n'ouvre pas un point vide, ce qui décalait les rangs des départs)."""
    texte = (
        "Commune de Valbrune\nSéance du conseil municipal du 3 mai 2019\n"
        + _LISTE
        + "N° d'ordre : 2021-118\nObjet : Décision modificative n° 3\nRapporteur : M. Paul ARNAUD\n"
        "Adopté à l'unanimité.\n"
        "N° d'ordre : 2021-119\nObjet : Tarifs municipaux\nAdopté à l'unanimité.\n"
    )
    points = projection(seance_lue(texte))["deliberations"]
    assert [(p["numero"], p["objet"]) for p in points] == [
        ("2021-118", "Décision modificative n° 3"),
        ("2021-119", "Tarifs municipaux"),
    ]


def test_pouvoirs_en_deux_colonnes_mandants_et_mandataires() -> None:
    """« Absents ayant donné pouvoir :      Pouvoirs reçus par : » puis une rangée par pouvoir
    (copie ``pdftotext -layout``) : chaque rangée est une procuration, le mandant n'est pas un
    absent sans pouvoir ni le mandataire un absent."""
    texte = (
        "Commune de Valbrune\nSéance du conseil municipal du 3 mai 2019\n"
        + _LISTE
        + "Absents ayant donné pouvoir :            Pouvoirs reçus par :\n"
        "Mme Claire FABRE                         M. Paul ARNAUD\n"
        "M. Hervé TALON                           Mme Lise BERTIN\n"
        "\nAbsent : M. Kévin LOISEAU.\n"
        "1 – Budget primitif\nAdopté à l'unanimité.\n"
    )
    seance = projection(seance_lue(texte))
    assert seance["procurations"] == [["Claire FABRE", "Paul ARNAUD"], ["Hervé TALON", "Lise BERTIN"]]
    assert seance["absents"] == ["Kévin LOISEAU"]


@pytest.mark.parametrize(
    ("phrase", "nombre"),
    [
        ("M. Paul ARNAUD, maire, quitte la salle et ne prend part ni au débat ni au vote.", 1),
        ("Mme Lise BERTIN, adjointe, ne participe ni au débat ni au vote.", 1),
        ("Paul ARNAUD et Lise BERTIN, conseillers de la commune bénéficiaire, ne prennent pas part au vote.", 2),
    ],
)
def test_ne_prennent_pas_part_nommes_ou_ni_au_debat_ni_au_vote(phrase: str, nombre: int) -> None:
    """« ne prend part ni au débat ni au vote », « ne participe ni au débat ni au vote » : un
    élu qui ne vote pas ; « Prénom X et Prénom Y, conseillers …, ne prennent pas part au vote »
    (sans civilité) : deux."""
    texte = (
        "Commune de Valbrune\nSéance du conseil municipal du 3 mai 2019\n"
        + _LISTE
        + "1 – Budget primitif\n"
        + phrase
        + "\nVote : 2 pour, 0 contre, 0 abstention.\n"
    )
    (point,) = projection(seance_lue(texte))["deliberations"]
    assert point["scrutin"]["ne_prend_pas_part"] == nombre


def test_compte_rendu_des_decisions_est_un_point_et_arrivee_avant_l_examen() -> None:
    """« Délibération n° 2006-142 : Compte rendu des décisions prises par le Président » est un
    point (pas le titre du document) ; « Arrivée de M. X à 18 h 40, avant l'examen de ce
    point. » : arrivée au point en cours, qui a donc le bon rang."""
    texte = (
        "Communauté d'agglomération du Grand Val\nSéance du conseil communautaire du 19 octobre 2006\n"
        "Étaient présents : MM. ARNAUD, COLIN, Mme BERTIN.\nAbsents excusés : M. AUSSEL.\n"
        "Délibération n° 2006-142 : Compte rendu des décisions prises par le Président par délégation\n"
        "Le Conseil prend acte des décisions prises.\n"
        "Délibération n° 2006-143 : Budget\nVote : 3 pour. Adopté.\n"
        "Délibération n° 2006-144 : Transports urbains\n"
        "Arrivée de M. AUSSEL à 18 h 40, avant l'examen de ce point.\nVote : 4 pour. Adopté.\n"
    )
    seance = projection(seance_lue(texte))
    assert [p["numero"] for p in seance["deliberations"]] == ["2006-142", "2006-143", "2006-144"]
    assert seance["mouvements"] == {"AUSSEL": [3, None]}
    assert "AUSSEL" in seance["presents"]


def test_points_degre_apres_une_case_vide_dans_un_texte_aplati() -> None:
    """« … Pour : 8 Contre : / Abstention : / 2°) Titre : texte … » dans une page aplatie : la
    barre oblique d'une case vide vaut zéro voix, et le point suivant s'ouvre après elle."""
    texte = (
        "Compte rendu du conseil municipal du 18 mars 2005. Le conseil municipal de Valbrune s'est "
        "réuni sous la présidence de M. Paul ARNAUD, maire. Sont présents : MM. ARNAUD, COLIN, "
        "Mme BERTIN, M. DUVAL. M. COLIN est désigné secrétaire. 1°) Budget primitif 2005 : le "
        "conseil municipal adopte le budget. Pour : 4 Contre : / Abstention : / 2°) Église – "
        "toiture : le conseil approuve le devis. Pour : 3 Contre : 1 (M. DUVAL) Abstention : / "
        "3°) Logement communal – loyer : le loyer est porté à 380 €. Adopté à l'unanimité. "
        "Questions diverses : néant. La séance est levée à 23 h."
    )
    points = projection(seance_lue(texte))["deliberations"]
    assert [p["objet"] for p in points] == ["Budget primitif 2005", "Église – toiture", "Logement communal – loyer"]
    assert [(p["scrutin"]["pour"], p["scrutin"]["contre"], p["scrutin"]["abstentions"]) for p in points] == [
        (4, 0, 0),
        (3, 1, 0),
        (None, None, None),
    ]


def test_tableau_de_pouvoirs_fini_par_un_autre_intitule() -> None:
    """Le tableau des pouvoirs en deux colonnes finit à la rangée qui porte un intitulé
    (« Absent : X      Secrétaire de séance : Y ») : elle n'est pas lue comme un pouvoir."""
    texte = (
        "Commune de Valbrune\nSéance du conseil municipal du 3 mai 2019\n"
        + _LISTE
        + "Absents ayant donné pouvoir :            Pouvoirs reçus par :\n"
        "Mme Claire FABRE                         M. Paul ARNAUD\n"
        "Absent : M. Kévin LOISEAU                Secrétaire de séance : Mme Lise BERTIN\n"
        "1 – Budget primitif\nAdopté à l'unanimité.\n"
    )
    seance = projection(seance_lue(texte))
    assert seance["procurations"] == [["Claire FABRE", "Paul ARNAUD"]]
    assert seance["absents"] == ["Kévin LOISEAU"]
    assert seance["secretaires"] == ["Lise BERTIN"]
