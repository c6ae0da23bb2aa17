"""Familles de mises en page trouvées par la quarante-quatrième mesure hors échantillon
(documents 593 à 602 : longs procès-verbaux et petites communes) : chaque règle sur un petit
texte inventé, indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from tests.extrait.comparaison import projection, seance_lue

_DEBUT = (
    "Commune de Valbrune\nSéance du conseil municipal du 3 mai 2019\n"
    "Le conseil municipal s'est réuni sous la présidence de M. Paul ARNAUD, Maire.\n"
    "Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN, Mme Anne DUVAL.\n"
)


@pytest.mark.parametrize(
    "phrase",
    [
        "Mme Lise BERTIN a été désignée parmi les membres du conseil pour remplir les "
        "fonctions de secrétaire de séance.",
        "Mme Lise BERTIN a été désignée au sein du conseil pour remplir les fonctions de "
        "secrétaire.",
        "Le conseil désigne Mme Lise BERTIN pour assurer le secrétariat de la séance.",
        "Mme Lise BERTIN accepte d'assurer le secrétariat de la séance.",
        "Fonctions de secrétaire de séance : Mme Lise BERTIN.",
    ],
)
def test_secretaire_dans_une_phrase_ou_sous_un_intitule_de_fonctions(phrase: str) -> None:
    """« désignée parmi les membres du conseil pour remplir les fonctions de secrétaire »,
    « désigne X pour assurer le secrétariat », « X accepte d'assurer le secrétariat »,
    « Fonctions de secrétaire de séance : X » : le secrétaire est lu."""
    texte = _DEBUT + phrase + "\n1 – Budget primitif\nAdopté à l'unanimité.\n"
    assert projection(seance_lue(texte))["secretaires"] == ["Lise BERTIN"]
    plat = (_DEBUT + phrase + " 1 – Budget primitif Adopté à l'unanimité.").replace("\n", " ")
    assert projection(seance_lue(plat))["secretaires"] == ["Lise BERTIN"]


_SEANCE_A_DEUX_POINTS = (
    "Commune de Valbrune\nSéance du conseil municipal du 3 mai 2019\n"
    "Le conseil municipal s'est réuni sous la présidence de M. Paul ARNAUD, Maire.\n"
    "Présents : M. Paul ARNAUD, Mme Lise BERTIN, Mme Anne DUVAL.\n"
    "Absent : M. Marc COLIN.\n"
    "1 – Budget primitif\nAdopté à l'unanimité.\n"
    "{mouvement}\n"
    "2 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize(
    "phrase",
    [
        "M. Marc COLIN a rejoint la séance à 20 h 35, avant l'examen du point n° 2.",
        "M. Marc COLIN rejoint le conseil à 20 h 55, avant le vote du point 2.",
        "M. Marc COLIN fait son entrée en séance à 20 h 40.",
    ],
)
def test_arrivee_en_cours_de_seance(phrase: str) -> None:
    """« a rejoint la séance » (l'auxiliaire n'est pas du nom), « rejoint le conseil / le
    comité », « fait son entrée en séance » (après le point 1 voté) : présent au point 2."""
    for texte in (
        _SEANCE_A_DEUX_POINTS.format(mouvement=phrase),
        _SEANCE_A_DEUX_POINTS.format(mouvement=phrase).replace("\n", " "),
    ):
        p = projection(seance_lue(texte))
        assert "Marc COLIN" in p["presents"]
        assert p["absents"] == []
        assert p["mouvements"] == {"Marc COLIN": [2, None]}


def test_depart_s_excuse_et_quitte_definitivement_la_reunion() -> None:
    """« Mme X, rappelée en séance, s'excuse et quitte définitivement la réunion » après le
    point 1 voté : partie après le point 1 (l'incise et « s'excuse et » ne sont pas du nom)."""
    phrase = (
        "Mme Anne DUVAL, rappelée en séance, s'excuse et quitte définitivement la réunion "
        "à 21 h 40."
    )
    texte = _SEANCE_A_DEUX_POINTS.format(mouvement=phrase)
    assert projection(seance_lue(texte))["mouvements"] == {"Anne DUVAL": [None, 1]}


def _points(texte: str) -> list[dict[str, object]]:
    return projection(seance_lue(texte))["deliberations"]  # type: ignore[no-any-return]


def test_titre_d_un_texte_aplati_ferme_par_a_la_suite_de() -> None:
    """« 7°) Indemnité de conseil allouée au receveur À la suite de la nomination … » (texte
    aplati) : « À la suite de » ouvre l'exposé, il n'est pas du titre."""
    texte = (
        "COMPTE RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL DU 4 AVRIL 2003 Le Conseil municipal "
        "de la commune de Valbrune s'est réuni sous la présidence de Monsieur Paul ARNAUD, Maire. "
        "Étaient présents : M. Paul ARNAUD, Maire, Mme Lise BERTIN, M. Marc COLIN. 1°) Budget "
        "Adopté à l'unanimité. 2°) "
        "Indemnité de conseil allouée au receveur À la suite de la nomination d'un nouveau "
        "receveur, le conseil décide à l'unanimité de lui allouer l'indemnité."
    )
    assert _points(texte)[1]["objet"] == "Indemnité de conseil allouée au receveur"


@pytest.mark.parametrize(
    ("phrase", "attendu"),
    [
        ("Vote : 2 pour, 0 contre, 0 abstention ; 1 conseillère n'ayant pas pris part au vote.", 1),
        ("Mme Anne DUVAL, intéressée, s'est retirée et n'a pas participé à la délibération.", 1),
        ("Mme Anne DUVAL n'a pas pris part au débat ni au vote.", 1),
    ],
)
def test_membre_qui_n_a_pas_pris_part_au_vote(phrase: str, attendu: int) -> None:
    """« 1 conseillère n'ayant pas pris part au vote », « M. X … n'a pas participé à la
    délibération », « n'a pas pris part au débat ni au vote » : un membre ne vote pas."""
    texte = _SEANCE_A_DEUX_POINTS.format(mouvement="").replace(
        "2 – Tarifs de la cantine\nAdopté à l'unanimité.\n",
        f"2 – Tarifs de la cantine\n{phrase}\nPar 2 voix pour et 0 voix contre, le conseil adopte.\n",
    )
    assert _points(texte)[1]["scrutin"]["ne_prend_pas_part"] == attendu  # type: ignore[index]


def test_voix_d_une_longue_phrase_de_dispositif() -> None:
    """« Après en avoir délibéré, le Conseil municipal, par 7 voix pour et 1 abstention, décide
    de … (plus de 300 caractères) » : les voix se lisent au début de la phrase."""
    suite = " et ".join(f"de vendre le lot n° {k} de la parcelle 14 à l'adjudication" for k in range(1, 7))
    texte = (
        "Commune de Valbrune\nSéance du conseil municipal du 26 juin 2009\n"
        "Présents : M. Paul ARNAUD, Maire, Mme Lise BERTIN, M. Marc COLIN.\n"
        "N° 2009-021\nObjet : Vente des bois\n"
        f"Après en avoir délibéré, le Conseil municipal, par 7 voix pour et 1 abstention, décide {suite}.\n"
    )
    scrutin = _points(texte)[0]["scrutin"]
    assert (scrutin["pour"], scrutin["abstentions"]) == (7, 1)  # type: ignore[index]


def test_mouvement_dans_deux_colonnes_collees_est_signale() -> None:
    """Un procès-verbal en deux colonnes copié ligne à ligne (pdftotext -layout) : les points
    d'une colonne se mêlent à ceux de l'autre, le rang d'un départ lu n'est pas sûr (constat
    ``extrait.mouvement-rang``)."""
    gauche = [
        "COMMUNE DE VALBRUNE (HAUTE-MARNE)", "Séance du mardi 24 juin 2014 à 20 h 30",
        "Membres en exercice : 5 – Présents : 5", "Présents : Paul ARNAUD, Jean ROUX,",
        "Lise BERTIN, Marc COLIN, Anne DUVAL.",
        "N° 2014-40 – Budget annexe de l'eau potable", "Adopté à l'unanimité des membres.",
        "N° 2014-41 – Tarifs de la restauration scolaire", "Adopté à l'unanimité des membres.",
        "M. Jean ROUX quitte la séance à 22 h 05.", "",
        "N° 2014-42 – Convention avec le centre de loisirs", "Adopté à l'unanimité des membres.",
    ]
    droite = [
        "N° 2014-43 – Subvention au comité des fêtes", "Adopté à l'unanimité des membres.",
        "N° 2014-44 – Indemnité du receveur municipal", "Adopté à l'unanimité des membres.",
        "Informations du Maire : la fête du village aura", "lieu le dimanche 6 juillet au stade.",
        "Les travaux de la rue Haute débuteront le 7", "juillet et dureront trois semaines.",
        "Le prochain conseil se tiendra le 9 septembre.", "La séance est levée à 22 h 50.",
        "Le Maire,", "Paul ARNAUD", "Fait à Valbrune le 25 juin 2014.",
    ]
    texte = "\n".join(f"{g:<52}      {d}" for g, d in zip(gauche, droite, strict=True)) + "\n"
    resultat = lire_extrait(texte)
    codes = [c.code for c in resultat.rapport.filtrer(au_moins="avertissement")]
    assert resultat.seance is not None
    assert "extrait.mouvement-rang" in codes


@pytest.mark.parametrize("qualite", ["délégué suppléant", "suppléant"])
def test_suppleant_en_l_absence_du_titulaire(qualite: str) -> None:
    """« M. X, délégué suppléant, en l'absence de M. Y » dans la liste des présents : X siège
    pour Y (Y n'est pas présent)."""
    texte = (
        "Communauté de communes du Haut-Val\n"
        "Conseil communautaire – Procès-verbal de la séance du mardi 27 septembre 2016\n"
        f"Étaient présents : M. Jean DUCHÊNE, M. Thierry NOGUÈS, {qualite}, en l'absence de "
        "M. Claude SARRAT, Mme Yvette DAURIAC.\n"
        "La séance est ouverte par M. Jean DUCHÊNE, Président.\n"
        "Délibération n° 2016-58 – Budget\nAdoptée à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert sorted(p["presents"]) == ["Jean DUCHÊNE", "Yvette DAURIAC"]
    assert p["suppleances"] == [["Thierry NOGUÈS", "Claude SARRAT"]]


def test_commune_dans_la_phrase_d_ouverture_apres_le_numero_de_la_deliberation() -> None:
    """« Accueil › … Séance du 7 juillet 2022 – Délibération n° DEL-2022-087 … le conseil
    municipal de la commune de X, légalement convoqué … » (page copiée sur une ligne) : le
    numéro du point précède la phrase d'ouverture, qui nomme pourtant la commune."""
    texte = (
        "Accueil › Délibérations › Délibération n° DEL-2022-087 Extrait du registre des "
        "délibérations du conseil municipal – Séance du 7 juillet 2022 – Délibération n° "
        "DEL-2022-087 L'an deux mille vingt-deux, le sept juillet, le conseil municipal de la "
        "commune de Bellecombe-sur-Ardoise, légalement convoqué le 1er juillet 2022, s'est réuni "
        "sous la présidence de Mme Véronique ASTIER, Maire. Présents : Mme Véronique ASTIER, "
        "M. Paul ROUX, Mme Anne DUVAL. Objet : Garantie d'emprunt Adopté à l'unanimité."
    )
    assert projection(seance_lue(texte))["collectivite"] == "Bellecombe-sur-Ardoise"


def test_absent_retenu_puis_arrive() -> None:
    """« FONTENOTTE : Mme Karine JOLY, retenue » parmi les délégués absents (« retenue » : un
    état, pas du nom), puis « rejoint le comité … avant le vote du point 2 » : présente au point 2."""
    texte = (
        "SIVOS de la Vallée\nRéunion du comité syndical du 18 septembre 2008\n"
        "Délégués présents :\nLAVERNAY : Mme Monique BRULEY, M. Yves CHAPUIS\n"
        "Délégués absents :\nFONTENOTTE : Mme Karine JOLY, retenue\n\n"
        "Mme Monique BRULEY, Présidente, ouvre la séance.\n1 – Tarifs\nAdopté à l'unanimité.\n"
        "Mme Karine JOLY rejoint le comité à 20 h 55, avant le vote du point 2.\n"
        "2 – Convention\nAdopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert "Karine JOLY" in p["presents"] and p["absents"] == []
    assert p["mouvements"] == {"Karine JOLY": [2, None]}
