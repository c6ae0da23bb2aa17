"""Familles de mises en page trouvées par la quarante-septième mesure hors échantillon
(documents 623 à 632 : neuvième tirage, procurations sous des formes variées et points nombreux
avec leurs votes) : chaque règle sur un petit texte inventé, indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait.html import texte_html
from deliberations.extrait.reconnaisseurs import votes
from tests.extrait.comparaison import projection, seance_lue

_TETE = "Commune de Valbrune\nSéance du conseil municipal du 3 mai 2019\n"
_LISTE = "Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN, Mme Anne DUVAL.\n"


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        (
            "Pour : 11 Contre : M. ESCURE, Mme GAUTHIER Abstention : M. PEYRAT Le budget est adopté.",
            [("pour", 11), ("contre", 2), ("abstentions", 1)],
        ),
        (
            "Vote : 14 pour ; contre : M. CALVEZ, Mme SALAÜN ; s'abstiennent : M. LOUARN, Mme GOURVÈS.",
            [("pour", 14), ("contre", 2), ("abstentions", 2)],
        ),
        (
            "Contre : Raymond BILLAUD, Estelle GUITTON. Abstention : Colette RIVAULT. Pour : 17.",
            [("contre", 2), ("abstentions", 1), ("pour", 17)],
        ),
        ("Pour : 24     Contre : M. LAFFONT, Mme BENSAÏD et M. GALY", [("pour", 24), ("contre", 3)]),
        ("Pour : 5 Contre : MM. GÉRARD et HUMBERT", [("pour", 5), ("contre", 2)]),
        # le nombre écrit devant le libellé reste celui du document
        ("à la majorité (15 pour, 2 contre : M. Didier RAYNAUD,", [("pour", 15), ("contre", 2)]),
        ("Pour : 12 Contre : NÉANT", [("pour", 12), ("contre", 0)]),
    ],
)
def test_votants_nommes_sans_nombre(ligne: str, attendu: list[tuple[str, int]]) -> None:
    """« Contre : M. X, Mme Y », « s'abstiennent : M. Z, Mme W » : le nombre de voix est celui
    des personnes nommées."""
    assert votes(ligne) == attendu


@pytest.mark.parametrize("aplati", [False, True])
def test_votants_nommes_dans_un_point(aplati: bool) -> None:
    """Le vote nominatif d'un point, texte en lignes ou aplati sur une ligne."""
    texte = (
        _TETE + _LISTE + "Délibération n° 2019/04 – Budget primitif 2019.\n"
        "Pour : 2 Contre : M. Marc COLIN Abstention : Mme Anne DUVAL\nLe budget primitif est adopté.\n"
    )
    if aplati:
        texte = texte.replace("\n", " ")
    scrutin = projection(seance_lue(texte))["deliberations"][0]["scrutin"]
    assert (scrutin["pour"], scrutin["contre"], scrutin["abstentions"]) == (2, 1, 1)


def test_depart_avec_pouvoir_apres_un_point_pris_acte() -> None:
    """« X quitte la séance et donne pouvoir à Y » écrit après un point sans vote dont le
    conseil a pris acte : le départ suit ce point (et non le point voté d'avant)."""
    texte = (
        _TETE + _LISTE + "1 – Budget primitif\nAdopté à l'unanimité.\n"
        "2 – Rapport annuel du SPANC\nLe conseil municipal prend acte du rapport.\n"
        "M. Marc COLIN quitte la séance et donne pouvoir à Mme Anne DUVAL.\n"
        "3 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    seance = projection(seance_lue(texte))
    assert seance["mouvements"] == {"Marc COLIN": [None, 2]}
    assert ["Marc COLIN", "Anne DUVAL"] in seance["procurations"]


def test_tableau_des_procurations_une_cellule_par_ligne() -> None:
    """Un tableau « Mandant | Mandataire » copié d'un PDF une cellule par ligne (en-tête sur deux
    lignes, puis mandant et mandataire en alternance) : une procuration par rangée, les mandants
    ni absents ni « Mandant »."""
    texte = (
        _TETE + _LISTE + "Procurations :\nMandant\nMandataire\n"
        "Mme Sophie CHEVREAU\nM. Paul ARNAUD\nM. Gilbert FOUQUET\nMme Lise BERTIN\n"
        "\nAbsents : M. Patrick SAUVAGE.\n1 – Budget primitif\nAdopté à l'unanimité.\n"
    )
    seance = projection(seance_lue(texte))
    assert seance["procurations"] == [["Sophie CHEVREAU", "Paul ARNAUD"], ["Gilbert FOUQUET", "Lise BERTIN"]]
    assert seance["absents"] == ["Patrick SAUVAGE"]


@pytest.mark.parametrize(
    "phrase",
    [
        "Mme Sophie CHEVREAU arrive à 20 h 55.",
        "Mme Sophie CHEVREAU arrive à 20 h 55, avant la présentation de ce point ; elle vote en"
        "\npersonne à partir de ce point et son pouvoir à M. Paul ARNAUD prend fin.",
    ],
)
def test_arrivee_a_une_heure_pendant_un_point(phrase: str) -> None:
    """« Mme X arrive à 20 h 55. », « … arrive à 20 h 55, avant la présentation de ce point » :
    la mandante est présente à partir du point en cours (avant son vote)."""
    texte = (
        _TETE + _LISTE + "Procuration : Mme Sophie CHEVREAU à M. Paul ARNAUD.\n"
        "1 – Budget primitif\nAdopté à l'unanimité.\n"
        f"2 – Tarifs de la garderie\n{phrase}\nPour : 5 – Contre : 0 – Abstention : 0\nAdoptée.\n"
    )
    seance = projection(seance_lue(texte))
    assert seance["mouvements"] == {"Sophie CHEVREAU": [2, None]}
    assert "Sophie CHEVREAU" in seance["presents"]


@pytest.mark.parametrize("aplati", [False, True])
def test_procuration_en_phrase_a_m_le_maire(aplati: bool) -> None:
    """« Mme X a donné procuration à M. le Maire. » seule dans sa phrase entre la liste des
    présents et les absents (page web aplatie, ou en lignes) : le mandataire est le maire qui
    préside."""
    texte = (
        "Accueil › Conseil municipal\nCONSEIL MUNICIPAL – SÉANCE DU 3 MAI 2019\nLe trois mai deux mille "
        "dix-neuf, le Conseil Municipal de la commune de Valbrune s'est réuni sous la présidence de "
        "Monsieur Paul ARNAUD, Maire.\nMembres en exercice : 7 – Présents : 4 – Votants : 6\n" + _LISTE
        + "Mme Nathalie TEYSSIER a donné procuration à M. le Maire.\n"
        "M. Julien VERGNE a donné procuration à Mme BERTIN.\nAbsent : M. Christian AUBISSE.\n"
        "Délibération n° 2019/04 – Budget primitif 2019.\nAdopté à l'unanimité.\n"
    )
    if aplati:
        texte = texte.replace("\n", " ")
    seance = projection(seance_lue(texte))
    assert seance["procurations"] == [["Nathalie TEYSSIER", "Paul ARNAUD"], ["Julien VERGNE", "Lise BERTIN"]]


def test_mandataire_vice_president_dit_hors_de_la_liste() -> None:
    """« M. X à M. le 1er vice-président » quand la fonction n'est dite qu'à la désignation du
    secrétaire (« M. Y, 1er vice-président, est désigné secrétaire de séance ») : Y."""
    texte = (
        "Communauté d'agglomération Val de Brune\nBureau communautaire du 14 mars 2023\n"
        "Sous la présidence de M. Paul ARNAUD, Président.\n" + _LISTE
        + "Pouvoirs : M. Laurent BOUVIER à M. le 1er vice-président ; Mme Monique COLLOMB à Mme DUVAL.\n"
        "M. Marc COLIN, 1er vice-président, est désigné secrétaire de séance.\n"
        "B2023-041 Budget annexe\nAdopté à l'unanimité.\n"
    )
    seance = projection(seance_lue(texte))
    assert ["Laurent BOUVIER", "Marc COLIN"] in seance["procurations"]


def test_tableau_html_des_procurations_a_entete_en_phrase() -> None:
    """Un tableau HTML « Élu(e) absent(e) | a donné procuration à » sous la légende
    « Procurations » : une procuration par rangée, les mandants ne sont pas des absents."""
    html = (
        "<html><body><h1>Compte rendu du conseil municipal</h1>"
        "<p>Commune de Valbrune - Séance du mardi 6 mars 2012</p>"
        "<p>Présents : Paul ARNAUD, Lise BERTIN, Marc COLIN, Anne DUVAL.</p>"
        "<table><caption>Procurations</caption>"
        "<tr><th>Élu(e) absent(e)</th><th>a donné procuration à</th></tr>"
        "<tr><td>Marie-Pierre LE BIHAN</td><td>Lise BERTIN</td></tr>"
        "<tr><td>Olivier KERDRAON</td><td>Paul ARNAUD</td></tr></table>"
        "<p>Absent : Ronan CARIOU.</p><h2>1. Budget primitif</h2><p>Adopté à l'unanimité.</p>"
        "</body></html>"
    )
    seance = projection(seance_lue(texte_html(html)))
    assert seance["procurations"] == [["Marie-Pierre LE BIHAN", "Lise BERTIN"], ["Olivier KERDRAON", "Paul ARNAUD"]]
    assert seance["absents"] == ["Ronan CARIOU"]


@pytest.mark.parametrize("aplati", [False, True])
def test_depart_avec_pouvoir_precede_de_l_heure(aplati: bool) -> None:
    """« À 12 h 10, Mme X quitte la séance et donne pouvoir à M. Y. » entre deux points : le
    départ de X après le point voté (l'heure en tête n'est pas une partie du nom)."""
    texte = (
        _TETE + _LISTE + "Rapport n° 1.01 – Budget primitif\nAdopté à l'unanimité.\n"
        "À 12 h 10, Mme Anne DUVAL quitte la séance et donne pouvoir à M. COLIN.\n"
        "Rapport n° 1.02 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    if aplati:
        texte = texte.replace("\n", " ")
    seance = projection(seance_lue(texte))
    assert seance["mouvements"] == {"Anne DUVAL": [None, 1]}
    assert ["Anne DUVAL", "Marc COLIN"] in seance["procurations"]


def test_compte_rendu_des_marches_signes_par_delegation_est_un_point() -> None:
    """« B2023-047 Compte rendu des marchés publics signés par délégation » puis « Le Bureau
    prend acte. » : un point sans vote (pas le titre du document), comme le compte rendu des
    décisions."""
    texte = (
        "Communauté d'agglomération Val de Brune\nBureau communautaire du 14 mars 2023\n" + _LISTE
        + "B2023-046 Voie verte\nAdoptée à l'unanimité.\n"
        "B2023-047 Compte rendu des marchés publics signés par délégation\nLe Bureau prend acte.\n"
        "La séance est levée à 19 h 20.\n"
    )
    points = projection(seance_lue(texte))["deliberations"]
    assert [p["numero"] for p in points] == ["B2023-046", "B2023-047"]
    assert points[1]["scrutin"] is None
