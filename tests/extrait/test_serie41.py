"""Familles de mises en page trouvées par la quarante et unième mesure hors échantillon
(documents 563 à 572 : cinquième tirage à l'image de la mesure extérieure) : chaque règle sur un
petit texte inventé, indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait.html import texte_html
from deliberations.extrait.reconnaisseurs import president, procuration, votes
from tests.extrait.comparaison import projection, seance_lue


@pytest.mark.parametrize("intitule", ["Siégeaient :", "Siègent :", "SIÉGEAIENT :"])
def test_intitule_siegent_ouvre_la_liste_des_presents(intitule: str) -> None:
    """« … Votants : 4 Siégeaient : NOM Prénom, Prénom NOM … Absents : … » (texte aplati) et
    « Siègent : » sur sa ligne : les membres qui siègent sont les présents."""
    aplati = (
        "MAIRIE DE BRUC-SUR-LAYE Séance du conseil municipal du 3 mars 2020 Le conseil "
        "municipal, légalement convoqué, s'est réuni à la mairie en séance publique. "
        "Conseillers en exercice : 5 Présents : 3 Votants : 4 "
        f"{intitule} MARTIN Jean, Maire, Sylvie DURAND, LEROY Paul "
        "Absents : Mme Agnès VIALLE, M. Guy BORIE. 1. Budget Adopté à l'unanimité."
    )
    lignes = aplati.replace(f" {intitule} ", f"\n{intitule} ")
    lignes = lignes.replace(" Absents", "\nAbsents").replace(" 1. ", "\n1. ")
    for texte in (aplati, lignes):
        p = projection(seance_lue(texte))
        assert sorted(p["presents"]) == ["Jean MARTIN", "Paul LEROY", "Sylvie DURAND"], texte
        assert sorted(p["absents"]) == ["Agnès VIALLE", "Guy BORIE"]


@pytest.mark.parametrize(
    ("phrase", "nom"),
    [
        ("M. Roger LECLERC, Président, dirige les débats.", "M. Roger LECLERC"),
        ("Mme Anne ROUX, Maire, assure la présidence de la séance.", "Mme Anne ROUX"),
        ("Ouverture de la séance par Mme Corinne DELORME, Maire.", "Mme Corinne DELORME"),
        ("Ouverture de la séance à 20 h 35 par M. Paul VIDAL.", "M. Paul VIDAL"),
        (
            "Le Maire, M. Bernard JOLY, ayant constaté que le quorum est atteint, déclare la "
            "séance ouverte.",
            "M. Bernard JOLY",
        ),
    ],
)
def test_president_dans_une_phrase_d_ouverture(phrase: str, nom: str) -> None:
    """Le président dit par la phrase qui ouvre la séance ou dirige les débats."""
    assert president(phrase) == nom


def test_incise_d_ouverture_n_est_pas_un_nom() -> None:
    """« Le Maire, ayant constaté le quorum, déclare la séance ouverte » : pas de nom."""
    assert president("Le Maire, ayant constaté le quorum, déclare la séance ouverte.") is None


@pytest.mark.parametrize(
    "texte",
    [
        "M. Éric BAILLY ayant délégué son vote à M. Denis MOUGIN",
        "M. Éric BAILLY a délégué son vote à M. Denis MOUGIN",
        "M. Éric BAILLY a confié son pouvoir à M. Denis MOUGIN",
        "M. Éric BAILLY (Aulnay) a confié son pouvoir à M. Denis MOUGIN",
        "M. Éric BAILLY se fait représenter par M. Denis MOUGIN",
    ],
)
def test_pouvoir_en_phrase_vote_delegue_ou_confie(texte: str) -> None:
    """« X ayant délégué son vote à Y », « X a confié son pouvoir à Y », « X se fait
    représenter par Y » : le mandant, puis le mandataire."""
    mandant, mandataire = procuration(texte) or ("", "")
    assert mandant.startswith("M. Éric BAILLY")
    assert mandataire == "M. Denis MOUGIN"


def test_pouvoirs_en_phrase_dans_la_seance() -> None:
    """Les trois tournures dans une liste de pouvoirs et une liste d'absents d'un texte aplati."""
    texte = (
        "MAIRIE DE BRUC-SUR-LAYE Séance du conseil municipal du 3 mars 2020 Le conseil "
        "municipal, légalement convoqué, s'est réuni à la mairie en séance publique. "
        "Présents : MARTIN Jean, Maire, Sylvie DURAND, LEROY Paul "
        "Pouvoirs : Mme Agnès VIALLE se fait représenter par M. Paul LEROY ; M. Guy BORIE a "
        "confié son pouvoir à Mme Sylvie DURAND "
        "Absents : M. Éric BAILLY ayant délégué son vote à M. Jean MARTIN, M. Luc ROCHE. "
        "1. Budget Adopté à l'unanimité."
    )
    p = projection(seance_lue(texte))
    assert sorted(map(tuple, p["procurations"])) == [
        ("Agnès VIALLE", "Paul LEROY"),
        ("Guy BORIE", "Sylvie DURAND"),
        ("Éric BAILLY", "Jean MARTIN"),
    ]


def test_pouvoirs_de_tournures_melees_separes_par_point_virgule_texte_aplati() -> None:
    """« Pouvoirs : X a donné pouvoir à Y ; Z se fait représenter par W ; V (pouvoir à U) » dans
    un texte aplati : la liste continue après le premier pouvoir en phrase."""
    texte = (
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL – JEUDI 18 MARS 2021 Le conseil "
        "municipal de la commune de Bruc, régulièrement convoqué le 11 mars 2021, s'est réuni "
        "à la mairie. Présents : MARTIN Jean, Sylvie DURAND, LEROY Paul, ROUXEL Nathalie "
        "Pouvoirs : Mme Agnès VIALLE a donné pouvoir à M. Paul LEROY ; M. Rémi BOSCHER se fait "
        "représenter par Mme Nathalie ROUXEL ; Mme Katell LE DÛ (pouvoir à M. Jean MARTIN) "
        "Absents : M. Luc ROCHE. 1. Budget Adopté à l'unanimité."
    )
    p = projection(seance_lue(texte))
    assert sorted(map(tuple, p["procurations"])) == [
        ("Agnès VIALLE", "Paul LEROY"),
        ("Katell LE DÛ", "Jean MARTIN"),
        ("Rémi BOSCHER", "Nathalie ROUXEL"),
    ]


@pytest.mark.parametrize(
    ("phrase", "voix"),
    [
        ("approuve par dix-huit voix pour, aucune voix contre et trois abstentions.", (18, 0, 3)),
        ("adopte par 12 voix pour, aucune voix contre et deux abstentions.", (12, 0, 2)),
    ],
)
def test_aucune_voix_contre_vaut_zero(phrase: str, voix: tuple[int, int, int]) -> None:
    """« aucune voix contre », « aucune abstention » : zéro, dit par le document."""
    texte = (
        "Commune de Bruc\nSéance du conseil municipal du 3 mars 2020\n"
        "Présents : MARTIN Jean, Sylvie DURAND, LEROY Paul\n1. Budget\n"
        f"Le conseil municipal {phrase}\n"
    )
    s = projection(seance_lue(texte))["deliberations"][0]["scrutin"]
    assert (s["pour"], s["contre"], s["abstentions"]) == voix


def test_present_a_partir_du_rapport_designe_par_son_numero() -> None:
    """« Absent : M. X (présent à partir du rapport n° 18-CP-07-03) » : l'arrivée au rang de
    ce rapport (3), pas au point 18."""
    texte = (
        "DÉPARTEMENT DE LA VÉZÈRE\nRÉUNION DE LA COMMISSION PERMANENTE DU LUNDI 9 JUILLET 2018\n"
        "Siègent : M. Pascal DELPEYROUX, Président ; Mme CHAMBON Isabelle ; M. Lionel AUBISSE.\n"
        "Absent : M. Didier SOURSAC (présent à partir du rapport n° 18-CP-07-03).\n"
        "Rapport n° 18-CP-07-01 – Voirie\nAdopté à l'unanimité.\n"
        "Rapport n° 18-CP-07-02 – Randonnée\nAdopté à l'unanimité.\n"
        "Rapport n° 18-CP-07-03 – Aérodrome\nAdopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert p["mouvements"] == {"Didier SOURSAC": [3, None]}
    assert "Didier SOURSAC" in p["presents"]


def test_points_en_chiffres_romains_a_tiret_dans_le_flux() -> None:
    """« … Secrétaire de séance : Mme X I – Titre : le comité adopte … II – Titre : après
    débat, … III – Titre : le comité autorise … Adopté à l'unanimité. » (texte aplati)."""
    texte = (
        "SIVU DES DEUX RIVES COMPTE RENDU DE LA RÉUNION DU COMITÉ SYNDICAL Le mercredi 28 "
        "octobre 2009, les membres du comité syndical se sont réunis à la mairie de Bruc sur "
        "convocation du Président. Présents : LECLERC Roger, Annick DUVAL, HÉBERT Jean-Louis "
        "Secrétaire de séance : Mme Annick DUVAL I – Décision modificative n° 1 : le comité "
        "syndical adopte la décision modificative par trois voix pour. II – Tarifs de la piscine "
        "pour 2010 : après débat, les tarifs sont adoptés par deux voix pour et une voix contre "
        "(M. HÉBERT). III – Travaux des vestiaires : le comité autorise le Président à lancer "
        "la consultation. Adopté à l'unanimité. La séance est levée à vingt heures."
    )
    p = projection(seance_lue(texte))
    lus = [(d["numero"], d["objet"], d["scrutin"]["pour"]) for d in p["deliberations"]]
    assert lus == [
        ("I", "Décision modificative n° 1", 3),
        ("II", "Tarifs de la piscine pour 2010", 2),
        ("III", "Travaux des vestiaires", None),
    ]
    assert p["secretaires"] == ["Annick DUVAL"]


def test_decomptes_en_liste_de_definitions_html() -> None:
    """``<dl><dt>Délégués en exercice</dt><dd>20</dd>…</dl>`` : chaque terme et sa valeur sur
    une ligne, « Délégués en exercice : 20 »."""
    page = (
        "<html><head><title>Conseil communautaire – Communauté de communes du Val de Laye</title>"
        "</head><body><h1>Conseil communautaire du jeudi 7 juillet 2022</h1>"
        "<dl><dt>Délégués en exercice</dt><dd>5</dd><dt>Présents</dt><dd>3</dd>"
        "<dt>Pouvoirs</dt><dd>1</dd><dt>Votants</dt><dd>4</dd></dl>"
        "<p>Présents : PICARD Laurence, Jacky RENARD, GAUTHIER Nadine</p>"
        "<p>Pouvoirs : M. Luc ROY à Mme Laurence PICARD</p>"
        "<h2>1. Budget</h2><p>Adopté à l'unanimité.</p></body></html>"
    )
    assert "Délégués en exercice : 5\n" in texte_html(page)
    d = projection(seance_lue(texte_html(page)))["decomptes"]
    assert (d["en_exercice"], d["presents"], d["procurations"], d["votants"]) == (5, 3, 1, 4)


def test_votes_a_points_de_conduite_en_deux_colonnes() -> None:
    """« POUR ........ 18        CONTRE ....... 1 » (tableau de vote d'une copie de PDF) : le
    libellé, ses points de conduite, puis le nombre."""
    assert votes("      POUR .................... 18        CONTRE ................. 1") == [
        ("pour", 18),
        ("contre", 1),
    ]
    assert votes("      ABSTENTION .............. 1         NE PREND PAS PART ....... 0") == [
        ("abstentions", 1),
        ("ne_prend_pas_part", 0),
    ]


@pytest.mark.parametrize(
    "ligne",
    [
        "Mme Anne-Sophie DELAGE (Dhuizon) → M. Gilles PASQUIER",
        "Mme Anne-Sophie DELAGE (Dhuizon) a confié son pouvoir à M. Gilles PASQUIER",
        "Mme Anne-Sophie DELAGE (Dhuizon) se fait représenter par M. Gilles PASQUIER",
    ],
)
def test_pouvoir_de_delegue_avec_commune_fleche_ou_phrase(ligne: str) -> None:
    """« Mme X (Commune) → M. Y », « … a confié son pouvoir à … » sous « Pouvoirs : »."""
    texte = (
        "Communauté de communes du Val de Laye\nConseil communautaire du 7 juillet 2022\n"
        "Présents : PICARD Laurence (Présidente), Jacky RENARD, Gilles PASQUIER\n"
        f"Pouvoirs :\n{ligne}\n1. Budget\nAdopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [["Anne-Sophie DELAGE", "Gilles PASQUIER"]]
