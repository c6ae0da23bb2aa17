"""Reprise de la quarante et unième série (écarts 565, 566, 569, 570, 571) : chaque famille de
mise en page sur un petit texte inventé, indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait.html import texte_html
from deliberations.validation import Severite, valider
from tests.extrait.comparaison import projection, seance_lue

_ENTETE = (
    "COMMUNAUTÉ DE COMMUNES DU VAL DE BRAISE\n"
    "Compte rendu du conseil communautaire du 3 mars 2015\n"
    "Le Président, M. Jean VIDAL, ouvre la séance.\n"
)
_POINT = "1. Budget : le conseil adopte le budget à l'unanimité.\n"


@pytest.mark.parametrize(
    "texte",
    [
        # ligne à part, titulaire et suppléant séparés par une virgule après la commune
        _ENTETE + "Délégués titulaires présents : VIDAL Jean (Aubry), Annie ROUX (Braise)\n"
        "Délégué suppléant présent : M. Luc MOREAU (Ferrières), remplaçant M. Paul NOEL\n"
        "Absent : M. Guy LAMY (Ferrières)\n" + _POINT,
        # même chose dans un texte aplati sur une ligne
        (
            _ENTETE + "Délégués titulaires présents : VIDAL Jean (Aubry), Annie ROUX (Braise) "
            "Délégué suppléant présent : M. Luc MOREAU (Ferrières), remplaçant M. Paul NOEL "
            "Absent : M. Guy LAMY (Ferrières) " + _POINT
        ).replace("\n", " "),
    ],
)
def test_suppleant_remplacant_le_titulaire_apres_la_commune(texte: str) -> None:
    """« Délégué suppléant présent : M. X (Commune), remplaçant M. Y » : X siège pour Y (et
    non Y suppléant d'un titulaire inconnu)."""
    p = projection(seance_lue(texte))
    assert p["suppleances"] == [["Luc MOREAU", "Paul NOEL"]]
    assert sorted(p["presents"]) == ["Annie ROUX", "Jean VIDAL"]


def test_suppleante_virgule_pour_dans_la_rangee_de_sa_commune() -> None:
    """« <strong>Commune</strong> : Mme X (suppléante, pour M. Y) » : X siège pour Y, elle n'est
    pas comptée présente comme titulaire."""
    texte = (
        _ENTETE + "Délégués présents :\n"
        "Aubry : VIDAL Jean (Président), Annie ROUX\n"
        "Braise : Mme Odile FAVRE (suppléante, pour M. Paul NOEL)\n"
        "Ferrières : Luc MOREAU, BLANC Marie\n"
        "Excusé : M. Guy LAMY (Ferrières).\n" + _POINT
    )
    p = projection(seance_lue(texte))
    assert p["suppleances"] == [["Odile FAVRE", "Paul NOEL"]]
    assert "Odile FAVRE" not in p["presents"]


@pytest.mark.parametrize("fin", ["(Braise).", "(Saint-Aubin-\ndu-Bois).", "."])
def test_siege_en_qualite_de_suppleant_apres_la_liste(fin: str) -> None:
    """« M. X siège en qualité de suppléant de M. Y (Commune). » après la liste des présents,
    la commune parfois coupée en fin de ligne : X siège pour Y."""
    texte = (
        _ENTETE + "Étaient présents :\nVIDAL Jean (Aubry), Président ; Annie ROUX (Braise) ;\n"
        "Luc MOREAU (Ferrières).\n"
        f"M. Hervé ROCHE siège en qualité de suppléant de M. Paul NOEL {fin}\n"
        "Absent : M. Guy LAMY (Ferrières).\n" + _POINT
    )
    p = projection(seance_lue(texte))
    assert p["suppleances"] == [["Hervé ROCHE", "Paul NOEL"]]
    assert sorted(p["presents"]) == ["Annie ROUX", "Jean VIDAL", "Luc MOREAU"]


_DEBUT = (
    "COMMUNAUTÉ DE COMMUNES DU VAL DE BRAISE\n"
    "Compte rendu du conseil communautaire du 3 mars 2015\n"
    "Le Président, M. Jean VIDAL, ouvre la séance.\n"
    "Étaient présents : VIDAL Jean (Aubry) ; Annie ROUX (Braise) ; Luc MOREAU (Ferrières).\n"
)


@pytest.mark.parametrize(
    "pouvoirs",
    [
        # le tiret en fin de ligne, « pouvoir à » sur la suivante (copie d'un PDF)
        "Pouvoirs : Mme Odette RAYNAL (Braise) à M. Luc MOREAU ; Mme Sophie BOYER (Aubry) –\n"
        "pouvoir à M. Jean VIDAL.\n",
        # le même tiret sur une seule ligne
        "Pouvoirs : Mme Odette RAYNAL (Braise) à M. Luc MOREAU ; Mme Sophie BOYER (Aubry) – "
        "pouvoir à M. Jean VIDAL.\n",
    ],
)
def test_pouvoir_apres_un_tiret_coupe_en_fin_de_ligne(pouvoirs: str) -> None:
    """« Mme X (Commune) – » / « pouvoir à M. Y. » : X a donné pouvoir à Y ; elle n'est pas
    rangée parmi les absents."""
    texte = _DEBUT + pouvoirs + "Absents : Mme Lise CROS (Aubry).\n" + _POINT
    p = projection(seance_lue(texte))
    assert sorted(p["procurations"]) == [["Odette RAYNAL", "Luc MOREAU"], ["Sophie BOYER", "Jean VIDAL"]]
    assert p["absents"] == ["Lise CROS"]


_DEUX_COLONNES = """\
Commune de Roche-sur-Braise                        Conseil municipal

PROCÈS-VERBAL DE LA SÉANCE DU VENDREDI 6 MARS 2015

Le Conseil municipal s'est réuni le vendredi 6 mars 2015 à 20 heures, salle du conseil,
sur convocation datée du 27 février 2015. Le Maire, M. Paul VIDAL, ayant constaté que le
quorum est atteint, déclare la séance ouverte.

Présents :                                    Absents excusés :
   M. VIDAL Paul, Maire                          Mme Anne FAURE (pouvoir à M. VIDAL)
   M. ROUX Alain, 1er adjoint                    M. LAMY Guy, a donné pouvoir à
   Mme Lise MOREL, 2e adjointe                     Mme Lise MOREL
   M. Henri BRUN, 3e adjoint                     Absent :
   Mme BLANC Odile                               M. Marc TISSOT
   M. Jean PONS
   Mme Sylvie GAY

Secrétaire : Mme Sylvie GAY.

Délibération 2015-01 : Budget primitif

    Votants : 9          Pour : 9          Contre : 0          Abstention : 0
"""


def test_presents_et_absents_cote_a_cote_noms_en_retrait() -> None:
    """Copie ``pdftotext -layout`` : « Présents : » à gauche, « Absents excusés : » à droite,
    les noms de droite en retrait de leur intitulé (et une suite de ligne plus en retrait) :
    les présents de gauche restent présents, ceux de droite excusés ou absents."""
    p = projection(seance_lue(_DEUX_COLONNES))
    assert sorted(p["presents"]) == [
        "Alain ROUX", "Henri BRUN", "Jean PONS", "Lise MOREL", "Odile BLANC", "Paul VIDAL",
        "Sylvie GAY",
    ]  # fmt: skip
    assert p["absents"] == ["Marc TISSOT"]
    assert sorted(p["procurations"]) == [["Anne FAURE", "Paul VIDAL"], ["Guy LAMY", "Lise MOREL"]]


def test_president_dans_une_phrase_d_ouverture_coupee() -> None:
    """« Le Maire, M. X, ayant constaté que le » / « quorum est atteint, déclare la séance
    ouverte. » : la phrase coupée en fin de ligne donne le président."""
    p = projection(seance_lue(_DEUX_COLONNES))
    assert p["president"] == "Paul VIDAL"


@pytest.mark.parametrize("abstention", ["Abstention", "Abstentions"])
@pytest.mark.parametrize("cellule", ["1", "1 (M. AUBERT)"])
def test_vote_en_tableau_html(abstention: str, cellule: str) -> None:
    """« <tr><th>Pour</th><th>Contre</th><th>Abstention</th></tr><tr><td>16</td>… » (page web) :
    la rangée des libellés puis celle des nombres, l'abstention parfois nommée dans sa cellule."""
    page = (
        "<html><head><title>Commune de Roche-sur-Braise</title></head><body>"
        "<h1>Compte rendu du conseil municipal du 2 décembre 2019</h1>"
        "<p>Présents : Mme Anne FAURE, Maire, M. Paul VIDAL, M. Luc ROUX.</p>"
        "<h4>Délibération n° 49/2019 – Tarifs de la salle</h4>"
        "<p>Le conseil municipal fixe les tarifs.</p>"
        f"<table><tr><th>Pour</th><th>Contre</th><th>{abstention}</th></tr>"
        f"<tr><td>16</td><td>1</td><td>{cellule}</td></tr></table><p>Adopté.</p></body></html>"
    )
    p = projection(seance_lue(texte_html(page)))
    scrutin = p["deliberations"][0]["scrutin"]
    assert (scrutin["pour"], scrutin["contre"], scrutin["abstentions"]) == (16, 1, 1)
    assert scrutin["resultat"] == "adopte"


_SEANCE_A_TROIS_POINTS = """\
Commune de Roche-sur-Braise
Compte rendu du conseil municipal du 2 décembre 2019
Présents : Mme Anne FAURE, Maire, M. Paul VIDAL, M. Luc ROUX, Mme Iris BLANC.
Délibération n° 48/2019 – Budget
Adopté à l'unanimité.
Délibération n° 49/2019 – Tarifs
Adopté à l'unanimité.
{phrase}
Délibération n° 50/2019 – Voirie
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    "phrase",
    [
        "À partir de la délibération n° 50/2019, M. Luc ROUX, sorti, est représenté par Mme Iris BLANC.",
        "À partir du point 3, M. Luc ROUX, sorti, est représenté par Mme Iris BLANC.",
        "19 h 40 : départ de M. Luc ROUX, pouvoir à Mme Iris BLANC.",
        "Départ de M. Luc ROUX, pouvoir à Mme Iris BLANC.",
    ],
)
def test_depart_avec_pouvoir_en_phrase(phrase: str) -> None:
    """« sorti, est représenté par » à partir d'un point nommé, « 19 h 40 : départ de X,
    pouvoir à Y » après le vote d'un point : X part après le point 2 et donne pouvoir à Y."""
    p = projection(seance_lue(_SEANCE_A_TROIS_POINTS.format(phrase=phrase)))
    assert p["procurations"] == [["Luc ROUX", "Iris BLANC"]]
    assert p["mouvements"] == {"Luc ROUX": [None, 2]}


@pytest.mark.parametrize("mouvement", ["rejoint la séance au point 3", "arrivé au point 3"])
def test_arrivee_apres_un_tiret_dans_la_liste_des_absents(mouvement: str) -> None:
    """« Absents : Mme X (Commune), M. Y (Commune) – rejoint la séance au point 3. » : Y est
    présent à partir du point 3 (FORMAT.md), pas absent."""
    texte = (
        _DEBUT + f"Absents : Mme Lise CROS (Aubry), M. Yann RIGAL (Braise) – {mouvement}.\n"
        "1. Budget : le conseil adopte le budget à l'unanimité.\n"
        "2. Tarifs : le conseil adopte les tarifs à l'unanimité.\n"
        "3. Voirie : le conseil adopte le programme à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert "Yann RIGAL" in p["presents"]
    assert p["absents"] == ["Lise CROS"]
    assert p["mouvements"] == {"Yann RIGAL": [3, None]}


def test_decomptes_d_ouverture_avec_suppleant_et_arrivee_sans_erreur() -> None:
    """EPCI : « Présents : 4 dont 1 suppléant », « Votants : 5 » à l'ouverture ; un absent qui
    « rejoint la séance au point 2 » n'y est pas compté, le suppléé l'est : aucune erreur de
    décompte (les listes ne contredisent pas le document)."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL DE BRAISE\n"
        "Compte rendu du conseil communautaire du 3 mars 2015\n"
        "Délégués en exercice : 6\nPrésents : 4 dont 1 suppléant\nPouvoirs : 1\nVotants : 5\n"
        "Le Président, M. Jean VIDAL, ouvre la séance.\n"
        "Étaient présents : VIDAL Jean (Aubry) ; Annie ROUX (Braise) ; Luc MOREAU (Ferrières).\n"
        "M. Hervé ROCHE siège en qualité de suppléant de M. Paul NOEL (Braise).\n"
        "Pouvoirs : Mme Odette RAYNAL (Braise) à M. Luc MOREAU.\n"
        "Absents : M. Yann RIGAL (Aubry) – rejoint la séance au point 2.\n"
        "1. Budget : le conseil adopte le budget à l'unanimité.\n"
        "2. Tarifs : le conseil adopte les tarifs à l'unanimité.\n"
    )
    seance = seance_lue(texte)
    assert projection(seance)["mouvements"] == {"Yann RIGAL": [2, None]}
    rapport = valider(seance)
    assert "seance.decompte" not in {c.code for c in rapport if c.severite is Severite.ERREUR}, (
        rapport.vers_texte()
    )
