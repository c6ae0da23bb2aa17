"""Familles de mises en page trouvées par la quarante-troisième mesure hors échantillon
(documents 583 à 592 : pages web de collectivités et leurs copies aplaties) : chaque règle sur
un petit texte inventé, indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait.html import texte_html
from deliberations.extrait.reconnaisseurs import decomptes, numero_deliberation, procuration, votes
from tests.extrait.comparaison import projection, seance_lue


def test_nombre_puis_en_exercice_apres_un_intitule_commun() -> None:
    """« Conseillers : 23 en exercice – 19 présents » : 23 membres en exercice, pas un effectif
    légal (le mot après le nombre le dit) ; « Nombre de conseillers : 19 En exercice : 19 »
    garde ses deux libellés."""
    assert decomptes("Conseillers : 23 en exercice – 19 présents – 3 pouvoirs – 22 votants") == [
        ("en_exercice", 23),
        ("presents", 19),
        ("procurations", 3),
        ("votants", 22),
    ]
    assert decomptes("Nombre de conseillers : 19 En exercice : 19 Présents : 15") == [
        ("membres", 19),
        ("en_exercice", 19),
        ("presents", 15),
    ]


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("Mme Julie PERRAUD a remis pouvoir à M. Paul DELORME", ("Mme Julie PERRAUD", "M. Paul DELORME")),
        ("Mme Nicole BARRAL a délégué son droit de vote à M. Luc BERTIN", ("Mme Nicole BARRAL", "M. Luc BERTIN")),
        ("Pouvoir de Mme RAYNAL Corinne (Vernelle) remis à M. LACROIX Didier", ("Mme RAYNAL Corinne", "M. LACROIX Didier")),
        ("Mme Lucie CAMBON (mandataire : M. Michel BARDOU)", ("Mme Lucie CAMBON", "M. Michel BARDOU")),
    ],
)
def test_tournures_de_pouvoir(texte: str, attendu: tuple[str, str]) -> None:
    """« a remis pouvoir à », « a délégué son droit de vote à », « Pouvoir de X (Commune)
    remis à Y », « X (mandataire : Y) » : le mandant et son mandataire."""
    assert procuration(texte) == attendu


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("Vote : Pour (14) – Contre (0) – Abstention (0)", [("pour", 14), ("contre", 0), ("abstentions", 0)]),
        (
            "Vote : Pour (11) – Contre (2 : M. TESSIER, Mme MASSON) – Abstention (1 : M. GIBERT)",
            [("pour", 11), ("contre", 2), ("abstentions", 1)],
        ),
        (
            "Ont voté pour : 27 – Ont voté contre (4) : Mme A, M. B, Mme C, M. D – Abstentions (2) : Mme E, M. F",
            [("pour", 27), ("contre", 4), ("abstentions", 2)],
        ),
    ],
)
def test_voix_entre_parentheses_apres_le_libelle(texte: str, attendu: list[tuple[str, int]]) -> None:
    """Le nombre entre parenthèses après « Pour », « Contre », « Abstention », seul ou suivi
    des noms des votants."""
    assert votes(texte) == attendu


def test_tableau_de_vote_prennent_part_au_vote() -> None:
    """« Prennent part au vote | Pour | Contre | Abstention » puis « 20 | 17 | 2 | 1 » sous le
    titre d'un point : les voix (la première colonne, ce sont les votants)."""
    texte = (
        "Communauté de communes du Val\nConseil communautaire du 24 septembre 2019\n"
        "Présidence : M. Paul RIVET, Président\n"
        "Délégués présents : M. Paul RIVET, Mme Anne SOUL\n"
        "DC-2019-65 – Tarifs de la redevance\nRésultat : adoptée\n"
        "Prennent part au vote\tPour\tContre\tAbstention\n20\t17\t2\t1\n"
    )
    scrutin = projection(seance_lue(texte))["deliberations"][0]["scrutin"]
    assert (scrutin["pour"], scrutin["contre"], scrutin["abstentions"], scrutin["ne_prend_pas_part"]) == (
        17,
        2,
        1,
        None,
    )


def test_releve_des_decisions_voix_en_barres_obliques() -> None:
    """« N° | Objet | Décision | Vote (pour / contre / abst.) » : « 9 / 0 / 0 » donne les trois
    nombres, « Unanimité » l'unanimité, « Rejetée » le rejet."""
    texte = (
        "Commune de Brassy\nSéance du conseil municipal du 6 février 2009\n"
        "Présents : M. Paul RIVET, Mme Anne SOUL.\n"
        "N°\tObjet\tDécision\tVote (pour / contre / abst.)\n"
        "01/2009\tConvention de fourrière\tAdoptée\t9 / 0 / 0\n"
        "02/2009\tEnfouissement des réseaux\tAdoptée\tUnanimité\n"
        "03/2009\tAchat d'une tondeuse\tRejetée\t3 / 5 / 1\n"
    )
    d = projection(seance_lue(texte))["deliberations"]
    assert [(x["scrutin"]["pour"], x["scrutin"]["contre"], x["scrutin"]["abstentions"]) for x in d] == [
        (9, 0, 0),
        (None, None, None),
        (3, 5, 1),
    ]
    assert [x["scrutin"]["resultat"] for x in d] == ["adopte", "adopte", "rejete"]
    assert [x["scrutin"]["unanimite"] for x in d] == [False, True, False]


def test_rubrique_excuses_barre_pouvoirs() -> None:
    """« Excusés / Pouvoirs : X (pouvoir à Y), Z. » : une seule rubrique ; Z, sans mandataire,
    est excusé (pas absent, pas un pouvoir illisible)."""
    texte = (
        "Commune de Brassy\nConseil municipal du 20 mars 2023\n"
        "Le conseil municipal s'est réuni sous la présidence de M. Paul RIVET, Maire.\n"
        "Présents : M. RIVET Paul, Mme SOUL Anne, M. Luc MARTIN.\n"
        "Excusés / Pouvoirs : M. BOUSQUET Jean (pouvoir à M. RIVET), Mme GAUBERT Lise.\n"
        "Absent : M. HERAIL Denis.\n2023-01 Budget\nAdopté à l'unanimité.\n"
    )
    r = lire_extrait(texte)
    assert r.seance is not None
    p = projection(r.seance)
    assert p["procurations"] == [["Jean BOUSQUET", "Paul RIVET"]]
    assert "Lise GAUBERT" in p["excuses"] and p["absents"] == ["Denis HERAIL"]
    assert not [c for c in r.rapport.filtrer(au_moins="avertissement") if c.code == "extrait.procuration-incomplete"]


def test_nom_complet_d_une_intercommunalite_dans_l_alt_du_bandeau() -> None:
    """« <title>SIVOS des Trois Vallons - …</title> » et le bandeau « <img alt="Syndicat
    intercommunal à vocation scolaire des Trois Vallons"> » : le nom complet, lu en tête."""
    page = (
        "<html><head><title>SIVOS des Trois Vallons - Comité syndical du 2 juillet 2013</title></head>"
        '<body><div><img src="b.jpg" alt="Syndicat intercommunal à vocation scolaire des Trois Vallons">'
        "</div><p>Comité syndical du 2 juillet 2013</p></body></html>"
    )
    assert texte_html(page).split("\n")[0] == "Syndicat intercommunal à vocation scolaire des Trois Vallons"
    sans_nom = page.replace("Syndicat intercommunal à vocation scolaire des Trois Vallons", "Logo")
    assert texte_html(sans_nom).split("\n")[0] == "SIVOS des Trois Vallons"


def test_rangee_commune_puis_delegues_d_une_page_web() -> None:
    """« Chassenay | M. A, Mme B » (tableau des délégués présents) : la commune n'est pas une
    présente."""
    texte = (
        "Syndicat intercommunal à vocation scolaire des Trois Vallons\n"
        "Comité syndical du 2 juillet 2013\nM. Bernard LÉGER, Président, ouvre la séance.\n"
        "Délégués présents :\n"
        "Chassenay-le-Bas\tM. Bernard LÉGER, Mme Colette VIARD\n"
        "Montvillers\tMme Agnès MOINE, M. Thierry GAUDRY\n"
        "N° 2013-11 : Tarifs\nAdopté à l'unanimité.\n"
    )
    assert sorted(projection(seance_lue(texte))["presents"]) == [
        "Agnès MOINE",
        "Bernard LÉGER",
        "Colette VIARD",
        "Thierry GAUDRY",
    ]


def test_suppleant_siege_en_l_absence_de() -> None:
    """« Suppléant : M. X (Commune) siège en l'absence de Mme Y. » : X supplée Y."""
    texte = (
        "Communauté de communes du Val\nConseil communautaire du 15 décembre 2022\n"
        "Le conseil s'est réuni sous la présidence de M. Paul RIVET.\n"
        "Délégués présents : M. Paul RIVET, Mme Anne SOUL, M. Luc MARTIN.\n"
        "Suppléant : M. Jacques BONNEFOUS (Tayrac) siège en l'absence de Mme Danielle ROUCAYROL.\n"
        "Délibération n° 2022/01 – Budget\nAdoptée à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["suppleances"] == [["Jacques BONNEFOUS", "Danielle ROUCAYROL"]]


@pytest.mark.parametrize("adresse", ["1 rue de la Mairie", "3 avenue du Ségala"])
def test_collectivite_au_pied_d_une_page_aplatie_avant_son_adresse(adresse: str) -> None:
    """« … Partager Imprimer Mairie de X 1 rue de la Mairie … » au bout d'une page copiée sur
    une ligne : la commune, sans son adresse."""
    texte = (
        "Aller au contenu Accueil Ma mairie Conseil municipal Vous êtes ici : Accueil / Comptes "
        "rendus CONSEIL MUNICIPAL DU 9 AVRIL 2018 Compte rendu sommaire – Séance ordinaire du "
        "lundi 9 avril 2018 à 20 h 00 Président de séance : M. Alain PERRIN, Maire Présents : "
        "PERRIN Alain, Maire ; Mme Christine GIRAUD, M. Marc VALLÉE. Secrétaire de séance : Mme "
        "Christine GIRAUD. 1 – Budget primitif 2018 : le budget est adopté à l'unanimité. La "
        "séance est levée à 22 h 10. Dernière mise à jour : 16/04/2018 Partager Imprimer Mairie "
        f"de Quincerot-en-Vallage {adresse} Lundi au vendredi : 9 h – 12 h Mentions légales"
    )
    assert projection(seance_lue(texte))["collectivite"] == "Quincerot-en-Vallage"


def test_rang_du_point_puis_numero_de_la_deliberation() -> None:
    """« Point 1 – n° 24-2023 : Titre » : le numéro de la délibération, sans « n° … » dans
    l'objet ; « Point 1 : Titre » garde son rang."""
    assert numero_deliberation("Point 1 – n° 24-2023 : Rapport sur l'eau") == (
        "24-2023",
        None,
        "Rapport sur l'eau",
        False,
    )
    assert numero_deliberation("Point 1 : Rapport sur l'eau") == ("1", 1, "Rapport sur l'eau", False)


def test_deliberation_adoptee_a_l_unanimite_apres_le_titre_aplati() -> None:
    """« … : Modification des statuts Délibération adoptée à l'unanimité … » dans le flux :
    « Délibération » n'est pas du titre."""
    texte = (
        "Mairie de Brassy Conseil municipal du mardi 12 septembre 2023 Compte rendu de la réunion "
        "du conseil municipal. Le conseil municipal s'est réuni en mairie le mardi 12 septembre "
        "2023 sous la présidence de M. Paul RIVET, maire. Présents : RIVET Paul (maire), SOUL "
        "Anne, MARTIN Luc. Secrétaire : Mme Anne SOUL. Point 1 – n° 24-2023 : Modification des "
        "statuts de la communauté de communes Délibération adoptée à l'unanimité des présents et "
        "représentés. Point 2 – n° 25-2023 : Tarifs de la salle Délibération adoptée par 2 voix "
        "POUR et 1 voix CONTRE (M. MARTIN). Fin de séance à 22 h 05."
    )
    d = projection(seance_lue(texte))["deliberations"]
    assert [(x["numero"], x["objet"]) for x in d] == [
        ("24-2023", "Modification des statuts de la communauté de communes"),
        ("25-2023", "Tarifs de la salle"),
    ]


def test_affaires_deliberees_puis_premier_point_dans_le_flux() -> None:
    """« … secrétaire. Affaires délibérées : 1°) Titre : … Adopté par 8 voix pour, 2 contre.
    2°) … » (texte aplati) : la rubrique, puis le premier point, qui n'est pas perdu."""
    texte = (
        "Commune de Brassy – le blog Compte rendu du conseil municipal du 25 février 2011 Le "
        "Conseil municipal s'est réuni le vendredi 25 février 2011 à 20 h 30, sous la présidence "
        "de Mme Odette RAVIER, Maire. Étaient présents : Mme RAVIER Odette, M. Jean BLANCHOT, M. "
        "Lucien MARGUET. M. Lucien MARGUET a été nommé secrétaire. Affaires délibérées : 1°) Tarif "
        "de l'eau 2011 : le prix du mètre cube est fixé à 1,42 €. Adopté par 2 voix pour, 1 "
        "contre. 2°) Coupes de bois – état d'assiette 2011 : approuvé à l'unanimité. Questions "
        "diverses : néant."
    )
    d = projection(seance_lue(texte))["deliberations"]
    assert [(x["numero"], x["objet"]) for x in d] == [
        ("1", "Tarif de l'eau 2011"),
        ("2", "Coupes de bois – état d'assiette 2011"),
    ]
    assert (d[0]["scrutin"]["pour"], d[0]["scrutin"]["contre"]) == (2, 1)


@pytest.mark.parametrize("intitule", ["Absent :\n", "Absent\n", "Absents\n"])
def test_absent_arrive_nomme_sous_l_intitule(intitule: str) -> None:
    """« Absent » puis, sur la ligne suivante, « M. X (arrivé au point 2) » : X est présent à
    partir du point 2 (comme « Absent : M. X (arrivé au point 2) » sur une ligne)."""
    texte = (
        "Commune de Brassy\nConseil municipal du 27 mai 2021\n"
        "Le conseil municipal s'est réuni sous la présidence de Mme Sophie ARNAUD.\n"
        "Présents :\nSophie ARNAUD, maire\nThomas BERTIN\nLucie MARCHETTI\n"
        f"{intitule}M. Yann COSTE (arrivé au point 2)\n"
        "Mme Lucie MARCHETTI est désignée secrétaire de séance.\n"
        "1. Budget\nAdopté à l'unanimité.\n2. Tarifs\nAdopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert "Yann COSTE" in p["presents"] and p["absents"] == []
    assert p["mouvements"] == {"Yann COSTE": [2, None]}


def test_menu_en_capitales_apres_le_nom_de_la_commune() -> None:
    """« MAIRIE DE X ACCUEIL LA COMMUNE VIE MUNICIPALE … » (page aplatie dont l'en-tête est en
    capitales) : le menu n'est pas du nom de la commune."""
    texte = (
        "MAIRIE DE COURTEVROY-LE-VAL ACCUEIL LA COMMUNE VIE MUNICIPALE CONSEIL MUNICIPAL DU MARDI "
        "12 SEPTEMBRE 2023 Convoqué le 5 septembre 2023, le conseil municipal s'est réuni en "
        "mairie le mardi 12 septembre 2023 sous la présidence de M. Paul RIVET, maire. Présents : "
        "M. Paul RIVET, Mme Anne SOUL. Secrétaire : Mme Anne SOUL. Point 1 – n° 24-2023 : Budget "
        "Délibération adoptée à l'unanimité. Fin de séance à 22 h 05."
    )
    assert projection(seance_lue(texte))["collectivite"] == "COURTEVROY-LE-VAL"
