"""Familles de mises en page trouvées par la trente-troisième mesure hors échantillon
(documents 483 à 492 : pages web copiées du navigateur et textes anciens d'intercommunalités
et de petites communes) : chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from tests.extrait.comparaison import projection, seance_lue


def test_sigle_en_capitales_suivi_d_un_tiret_long_sur_une_ligne() -> None:
    """« SICTOM DE X – Syndicat intercommunal … – COMPTE RENDU … » (texte aplati) : le tiret
    long qui sépare le sigle du nom développé n'est pas du nom."""
    texte = (
        "SMICTOM DU PAYS DE BRENOUX – Syndicat mixte de collecte des ordures ménagères – "
        "COMPTE RENDU DE LA RÉUNION DU COMITÉ SYNDICAL DU 15 MARS 2007 Le quinze mars deux "
        "mille sept, le Comité syndical s'est réuni sous la présidence de M. Paul VIAL. "
        "Délégués présents : M. Paul VIAL, Mme Léa PONS. Délibération 07-01 : Budget primitif "
        "2007. Adopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert p["collectivite"] == "SMICTOM DU PAYS DE BRENOUX"
    assert p["type"] == "syndicat"


def test_president_nomme_seulement_dans_la_liste_entre_parentheses() -> None:
    """« M. X (Président) », « Mme X (Présidente) » dans la liste des présents, sans phrase
    de présidence : ce seul présent dit président préside (comme « M. X, Président ») ; le
    maire dit entre parenthèses ne l'est pas (le document ne dit pas qu'il préside)."""
    texte = (
        "Communauté de communes du Val de Brenoux\nConseil communautaire\n"
        "Séance du mardi 14/12/2010\n"
        "Délégués titulaires présents : M. Paul VIAL (Président), Mme Léa PONS (Vice-présidente), "
        "M. Marc ROUX\n"
        "N° 2010-48 Objet : Budget annexe\nAdoptée à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert p["president"] == "Paul VIAL"
    assert sorted(p["presents"]) == ["Léa PONS", "Marc ROUX", "Paul VIAL"]
    commune = (
        "Mairie de Brenoux\nConseil municipal\nSéance du lundi 7/03/2011\n"
        "Présents : Mme Odette VIAL (Maire), M. Rémi PONS, Mme Léa ROUX\n"
        "1. Budget primitif 2011 : adopté à l'unanimité.\n"
    )
    p = projection(seance_lue(commune))
    assert p["president"] is None
    assert sorted(p["presents"]) == ["Léa ROUX", "Odette VIAL", "Rémi PONS"]


def test_decomptes_nombre_avant_le_libelle() -> None:
    """« 9 présents, 2 pouvoirs, 11 votants. » (en ligne, ou après « Délégués en exercice : 9
    — ») : chaque nombre avant son libellé ; il faut les présents et les votants."""
    texte = (
        "Mairie de Brenoux\nConseil municipal\nSéance du lundi 7/03/2011\n"
        "Présents : M. Rémi PONS, Mme Léa ROUX\n"
        "Délégués en exercice : 4 — 2 présents, 1 pouvoir, 3 votants.\n"
        "1. Budget primitif 2011 : adopté à l'unanimité.\n"
    )
    d = projection(seance_lue(texte))["decomptes"]
    assert (d["en_exercice"], d["presents"], d["procurations"], d["votants"]) == (4, 2, 1, 3)
    # (« 3 conseillers en exercice, 2 présents, 3 votants » : la rangée à « en exercice » se
    # lit toujours en entier)
    texte = texte.replace("Délégués en exercice : 4 — 2 présents, 1 pouvoir, 3 votants.",
                          "4 conseillers en exercice, 2 présents, 3 votants.")
    d = projection(seance_lue(texte))["decomptes"]
    assert (d["en_exercice"], d["presents"], d["votants"]) == (4, 2, 3)


def test_releve_deliberation_numero_tiret_titre_deux_points_issue() -> None:
    """« Délibération 2012/05 – Titre : adopté à l'unanimité. » (relevé des décisions) : le
    numéro devant le titre est celui de la délibération, pas une partie de son objet."""
    texte = (
        "Mairie de Brenoux\nConseil municipal\nSéance du lundi 7/03/2011\n"
        "Présents : M. Rémi PONS, Mme Léa ROUX, M. Yves VIAL\n"
        "Délibération 2011/05 – Participation aux frais de l'école : adopté à l'unanimité.\n"
        "Délibération n° 2011/06 – Tarif de la garderie : adopté par 2 voix pour, 1 contre.\n"
    )
    d = projection(seance_lue(texte))["deliberations"]
    assert [(x["numero"], x["objet"]) for x in d] == [
        ("2011/05", "Participation aux frais de l'école"),
        ("2011/06", "Tarif de la garderie"),
    ]
    assert d[0]["scrutin"]["unanimite"] and d[1]["scrutin"]["pour"] == 2


def test_suppleants_par_commune_une_par_ligne() -> None:
    """« Délégués suppléants présents avec voix délibérative : » puis « Commune : M. X
    (suppléant de M. Y) » une commune par ligne : la commune en tête n'empêche pas de lire la
    suppléance."""
    texte = (
        "Communauté de communes du Val de Brenoux\n"
        "Conseil communautaire – Séance du mardi 14/12/2010\n"
        "Délégués titulaires présents :\n"
        "Brenoux : M. Paul VIAL (Président), Mme Léa PONS\nVaux : M. Yves ROUX\n"
        "Délégués suppléants présents avec voix délibérative :\n"
        "Vaux : M. Marc BISSON (suppléant de M. Michel GOSSELIN)\n"
        "Brenoux : Mme Ana LECHE (suppléante de M. Paul OSMONT)\n"
        "N° 2010-48 Objet : Budget annexe\nAdoptée à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert sorted(p["suppleances"]) == [["Ana LECHE", "Paul OSMONT"], ["Marc BISSON", "Michel GOSSELIN"]]
    assert sorted(p["presents"]) == ["Léa PONS", "Paul VIAL", "Yves ROUX"]
