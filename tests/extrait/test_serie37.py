"""Familles de mises en page trouvées par la trente-septième mesure hors échantillon (documents
523 à 532 : délibérations et votes) : chaque règle sur un petit texte, indépendamment du
corpus."""

from __future__ import annotations

from deliberations.extrait.reconnaisseurs import couper_titre, decision_adoptee
from tests.extrait.comparaison import projection, seance_lue

_ENTETE = (
    "Commune de Vauclerc\nProcès-verbal du conseil municipal du 12 mai 2014\n"
    "sous la présidence de M. Jean DELORME, Maire.\n"
    "Présents : M. Jean DELORME, Mme Anne ROY, M. Paul MARTY, Mme Rose DUVAL, M. Luc GARAT.\n"
    "Secrétaire de séance : Mme Anne ROY.\n"
)


def test_numero_a_lettres_en_fin_de_titre() -> None:
    """« Titre : CP-2024-118 » (numéro à préfixe de lettres après le titre) ouvre un point."""
    seance = seance_lue(
        _ENTETE + "Aide aux communes pour la voirie rurale – programme 2024 : CP-2024-118\n"
        "Pour : 5 Contre : 0 Abstention : 0\n"
        "Cession d'un délaissé routier : CP-2024-119\nAdopté à l'unanimité.\n"
    )
    points = projection(seance)["deliberations"]
    assert [(x["numero"], x["objet"]) for x in points] == [
        ("CP-2024-118", "Aide aux communes pour la voirie rurale – programme 2024"),
        ("CP-2024-119", "Cession d'un délaissé routier"),
    ]
    assert points[0]["scrutin"]["pour"] == 5


def test_deliberation_annee_lettres_numero_dans_un_texte_aplati() -> None:
    """« Délibération 2021-DEL-014 : Titre Le compte … est conforme … » sur une seule ligne : un
    point par numéro, le titre sans la phrase d'exposé qui le suit."""
    seance = seance_lue(
        _ENTETE.replace("\n", " ")
        + "Délibération 2021-DEL-014 : Approbation du compte de gestion 2020 Le compte de gestion "
        "dressé par le comptable public est conforme au compte administratif. Pour : 5 - Contre : 0 "
        "- Abstention : 0 Délibération 2021-DEL-015 : Tarifs de la redevance pour 2022 Pour : 4 - "
        "Contre : 1 - Abstention : 0 Questions diverses : néant. " + "La séance est levée. " * 40
    )
    points = projection(seance)["deliberations"]
    assert [(x["numero"], x["objet"]) for x in points] == [
        ("2021-DEL-014", "Approbation du compte de gestion 2020"),
        ("2021-DEL-015", "Tarifs de la redevance pour 2022"),
    ]
    assert [x["scrutin"]["pour"] for x in points] == [5, 4]


def test_nombre_sujet_apres_un_sigle_ouvre_l_expose() -> None:
    """Après un sigle, un nombre sujet (« … du SCoT Deux candidats se présentent ») ouvre la
    phrase d'exposé ; un nom propre après le sigle (« SCoT Cinq Vallées ») reste dans le titre."""
    assert couper_titre("Délégué au syndicat mixte du SCoT Deux candidats se présentent.") == (
        "Délégué au syndicat mixte du SCoT",
        "Deux candidats se présentent.",
    )
    assert couper_titre("Adhésion au SCoT Cinq Vallées")[1] == ""


def test_voix_preponderante_puis_decision() -> None:
    """« … la voix du Maire est prépondérante : le conseil retient l'entreprise A » : adopté."""
    assert decision_adoptee(
        "Pour l'offre A : 4, pour l'offre B : 4. Les voix étant partagées, la voix du Maire est "
        "prépondérante : le conseil retient l'entreprise A."
    )
    assert not decision_adoptee("Les voix étant partagées, la voix du Maire est prépondérante.")
    seance = seance_lue(
        _ENTETE.replace("\n", " ")
        + "1) Réfection de la toiture : choix de l'entreprise Deux offres ont été reçues, celle de "
        "l'entreprise Lacoste pour 18 420 € HT et celle de l'entreprise Baylac pour 17 960 € HT. "
        "Pour l'offre Lacoste : 2, pour l'offre Baylac : 2. Les voix étant partagées, la voix du "
        "Maire est prépondérante : le conseil retient l'entreprise Lacoste. 2) Tarifs de la "
        "cantine Adopté à l'unanimité. " + "La séance est levée. " * 40
    )
    scrutin = projection(seance)["deliberations"][0]["scrutin"]
    assert scrutin is not None and scrutin["resultat"] == "adopte"
    assert scrutin["pour"] is None and scrutin["contre"] is None


def test_blancs_ou_nuls_dans_un_paragraphe_d_election() -> None:
    """« Liste A : 4 voix ; liste B : 1 voix ; blancs ou nuls : 0. Sont désignés : … (titulaires),
    … (suppléant). » : un paragraphe long coupé aux points-virgules, les blancs lus."""
    seance = seance_lue(
        _ENTETE + "2014/45 – Désignation des délégués au syndicat d'énergies\n"
        "Il est procédé au scrutin secret.\n"
        "Liste « Pour Vauclerc » : 4 voix ; liste « Vauclerc Autrement » : 1 voix ; blancs ou "
        "nuls : 0. Sont désignés : M. Paul MARTY et Mme Rose DUVAL (titulaires), M. Luc GARAT "
        "(suppléant).\n"
        "2014/46 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    scrutin = projection(seance)["deliberations"][0]["scrutin"]
    assert scrutin is not None
    assert (scrutin["mode"], scrutin["blancs_nuls"], scrutin["pour"]) == ("secret", 0, None)
