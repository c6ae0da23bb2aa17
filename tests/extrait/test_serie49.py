"""Familles de mises en page trouvées par la quarante-neuvième mesure hors échantillon
(documents 643 à 652 : procurations et présents) : chaque règle sur un petit texte inventé, en
lignes et aplati sur une ligne, indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait.html import texte_html
from tests.extrait.comparaison import projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


_NOUVELLE = (
    "Commune nouvelle de Valbrune\nConseil municipal du 5 avril 2018\n"
    "Présents : M. Paul ARNAUD, Maire, Mme Lise BERTIN, Maire déléguée de Brenne-le-Haut, "
    "M. Marc COLIN, Maire délégué de Saint-Ours, Mme Anne DUVAL, 1re adjointe.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_pouvoir_au_maire_delegue(forme) -> None:  # type: ignore[no-untyped-def]
    """« à M. le Maire délégué de Saint-Ours » n'est pas le maire : le présent que la liste dit
    maire délégué de cette commune déléguée."""
    texte = forme(
        _NOUVELLE + "Pouvoirs : M. Yves DUMONT à M. le Maire délégué de Saint-Ours.\n"
        "1 – Tarifs\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert obtenu["procurations"] == [["Yves DUMONT", "Marc COLIN"]]


def test_maire_delegue_inconnu_n_est_pas_le_maire() -> None:
    """Sans maire délégué nommé dans la liste, le pouvoir n'est pas donné au maire."""
    texte = (
        "Commune nouvelle de Valbrune\nConseil municipal du 5 avril 2018\n"
        "Présents : M. Paul ARNAUD, Maire, Mme Anne DUVAL, 1re adjointe.\n"
        "Pouvoirs : M. Yves DUMONT à M. le Maire délégué de Saint-Ours.\n"
        "1 – Tarifs\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert ["Yves DUMONT", "Paul ARNAUD"] not in obtenu["procurations"]


_COMMUNE = (
    "Commune de Valbrune\nConseil municipal du 8 février 2008\n"
    "Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN, Mme Anne DUVAL.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_renvois_vers_des_notes_de_pouvoir(forme) -> None:  # type: ignore[no-untyped-def]
    """« Absents excusés : M. X (1), Mme Y (2) » et plus bas, après un point, les notes
    « (1) pouvoir à M. Z (2) pouvoir à Mme W » : deux procurations."""
    texte = forme(
        _COMMUNE + "Absents excusés : M. Henri LACOUR (1), Mme Odile MAZEAU (2), M. André NOUHAUD.\n"
        "1) Tarifs\nAdopté à l'unanimité.\n"
        "(1) pouvoir à M. Marc COLIN (2) pouvoir à Mme Anne DUVAL\n1/2\n"
        "2) Voirie\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert sorted(obtenu["procurations"]) == [["Henri LACOUR", "Marc COLIN"], ["Odile MAZEAU", "Anne DUVAL"]]
    assert obtenu["excuses"] == ["André NOUHAUD"]


def test_renvoi_vers_une_note_d_arrivee_dans_un_tableau_de_pouvoirs() -> None:
    """Tableau « Absents excusés ayant donné pouvoir | Pouvoir donné à » dont une rangée porte
    « (1) », et la note « (1) M. X est arrivé au point 2 » : le pouvoir et l'arrivée."""
    page = (
        "<html><body><h1>Conseil municipal du 8 février 2008</h1><p>Commune de Valbrune</p>"
        "<p>Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN, Mme Anne DUVAL.</p>"
        "<table><tr><th>Absents excusés ayant donné pouvoir</th><th>Pouvoir donné à</th></tr>"
        "<tr><td>LACOUR Henri (1)</td><td>COLIN Marc</td></tr>"
        "<tr><td>MAZEAU Odile</td><td>DUVAL Anne</td></tr></table>"
        "<p>(1) M. Henri LACOUR est arrivé au point 2 ; il a voté en personne à partir de ce point.</p>"
        "<h3>1. Tarifs</h3><p>Adopté à l'unanimité.</p><h3>2. Voirie</h3><p>Adopté à l'unanimité.</p>"
        "</body></html>"
    )
    obtenu = projection(seance_lue(texte_html(page)))
    assert sorted(obtenu["procurations"]) == [["Henri LACOUR", "Marc COLIN"], ["Odile MAZEAU", "Anne DUVAL"]]
    assert obtenu["mouvements"] == {"Henri LACOUR": [2, None]}
    assert "Henri LACOUR" in obtenu["presents"]


def test_tableau_de_pouvoirs_pdftotext_layout_sans_deux_points() -> None:
    """`pdftotext -layout` : « Absents excusés ayant donné pouvoir      Pouvoir donné à » (en-têtes
    de tableau, sans deux-points) puis « Mme X      M. Y » une rangée par pouvoir. (Aplati, ce
    tableau est la forme « Mandant Mandataire » du document 638, déjà lue.)"""
    texte = (
        _COMMUNE + "\n   Absents excusés ayant donné pouvoir           Pouvoir donné à\n"
        "   M. Henri LACOUR                               M. Marc COLIN\n"
        "   Mme Odile MAZEAU                              Mme Anne DUVAL\n\n"
        "   Absent : M. André NOUHAUD\n\n1 – Tarifs\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert sorted(obtenu["procurations"]) == [["Henri LACOUR", "Marc COLIN"], ["Odile MAZEAU", "Anne DUVAL"]]
    assert obtenu["absents"] == ["André NOUHAUD"]


@pytest.mark.parametrize("virgule", ["", ","])
@pytest.mark.parametrize("forme", [str, _aplati])
def test_excuse_represente_par_son_suppleant_commune_entre_parentheses(forme, virgule) -> None:  # type: ignore[no-untyped-def]
    """« M. X (Commune), représenté par son suppléant[,] M. Y » parmi les excusés : Y siège pour
    X (une suppléance, pas une procuration), Y n'est pas un présent titulaire."""
    texte = forme(
        "Syndicat intercommunal des eaux du Lizon\nComité syndical du 3 décembre 2014\n"
        "Étaient présents : M. Paul ARNAUD (Fertans), Mme Lise BERTIN (Refranche), "
        "M. Gilles VUILLEMIN (Cléron), délégué suppléant.\n"
        f"Excusés : M. Francis PARIS (Cléron), représenté par son suppléant{virgule} M. Gilles VUILLEMIN ; "
        "M. Claude JEANNIN (Fertans), qui a donné mandat à M. Paul ARNAUD ; Mme Odile BERTHET (Refranche).\n"
        "Délibération n° 2014-27 Objet : Tarifs\nAdoptée à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert obtenu["suppleances"] == [["Gilles VUILLEMIN", "Francis PARIS"]]
    assert obtenu["procurations"] == [["Claude JEANNIN", "Paul ARNAUD"]]
    assert sorted(obtenu["presents"]) == ["Lise BERTIN", "Paul ARNAUD"]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_mouvement_et_pouvoir_dans_la_liste_des_presents(forme) -> None:  # type: ignore[no-untyped-def]
    """Dans la liste des présents : « Mme X (partie après le point 2, pouvoir à M. Y) »,
    « M. Z (arrivé au point 2 ; son pouvoir à Mme W prend fin à son arrivée) », « V (jusqu'au
    rapport n° 1 inclus, délégation de vote ensuite à M. Y) » : présents, mouvements et pouvoirs."""
    texte = forme(
        "Ville de Valbrune\nConseil municipal du 24 septembre 2019\n"
        "Présents : M. Paul ARNAUD, Mme Marie-Thérèse QUÉRÉ, M. Marc COLIN, Mme Anne DUVAL, "
        "Mme Lise BERTIN (partie après le point 2, pouvoir à M. Marc COLIN), "
        "M. Yann DERRIEN (arrivé au point 2 ; son pouvoir à Mme Anne DUVAL prend fin à son arrivée), "
        "Odile PRÉVOST (jusqu'au rapport n° 1 inclus, délégation de vote ensuite à M. Paul ARNAUD), "
        "M. Henri LAMY.\nAbsent : M. Fabrice HÉLIAS.\n"
        "1 – Tarifs\nAdopté à l'unanimité.\n2 – Voirie\nAdopté à l'unanimité.\n3 – Motion\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert len(obtenu["presents"]) == 8
    assert obtenu["mouvements"] == {"Lise BERTIN": [None, 2], "Yann DERRIEN": [2, None], "Odile PRÉVOST": [None, 1]}
    assert sorted(obtenu["procurations"]) == [
        ["Lise BERTIN", "Marc COLIN"], ["Odile PRÉVOST", "Paul ARNAUD"], ["Yann DERRIEN", "Anne DUVAL"]
    ]


def test_dcm_puis_approbation_dans_le_flux() -> None:
    """« … Secrétaire de séance : Mme X. DCM 2019-61 – Approbation du procès-verbal … » : le
    numéro et son titre ne sont pas séparés (« Approbation » n'ouvre pas un autre point)."""
    texte = (
        "VILLE DE VALBRUNE Conseil municipal Procès-verbal de la séance du 24 septembre 2019 "
        "Présents : M. Paul ARNAUD, Mme Lise BERTIN. Secrétaire de séance : Mme Lise BERTIN. "
        "DCM 2019-61 – Approbation du procès-verbal de la séance du 2 juillet 2019 Adopté à l'unanimité. "
        "DCM 2019-62 – Tarifs Adopté à l'unanimité."
    )
    obtenu = projection(seance_lue(texte))
    assert [(d["numero"], d["objet"]) for d in obtenu["deliberations"]] == [
        ("2019-61", "Approbation du procès-verbal de la séance du 2 juillet 2019"), ("2019-62", "Tarifs")
    ]


_POINTS_LONGS = "".join(
    f"{i} – Subvention à l'association sportive numéro {i} pour l'année 2022\n"
    "Le conseil accorde une subvention de 500 euros.\nAdopté à l'unanimité.\n"
    for i in range(1, 12)
)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_tableau_de_pouvoirs_une_cellule_par_ligne(forme) -> None:  # type: ignore[no-untyped-def]
    """« Absents excusés ayant donné pouvoir » / « Pouvoir donné à » puis mandant et mandataire
    alternés une cellule par ligne (copie de PDF), mandataires nommés par leur fonction
    (« Madame la première adjointe », « M. le Maire ») ; aplati (plus de 1 000 caractères), la
    même chose à la suite."""
    texte = forme(
        "Commune de Valbrune\nConseil municipal du 18 novembre 2021, sous la présidence de "
        "M. Paul ARNAUD, Maire.\nPrésents : M. Paul ARNAUD, Maire, Mme Lise BERTIN, 1re adjointe, "
        "M. Marc COLIN, 2e adjoint, Mme Anne DUVAL, conseillère municipale.\n\n"
        "Absents excusés ayant donné pouvoir\nPouvoir donné à\nM. Henri LACOUR\n"
        "Madame la première adjointe\nMme Odile MAZEAU\nM. Marc COLIN\nM. Yves RENAUD\nM. le Maire\n\n"
        "Absent : M. André NOUHAUD\n" + _POINTS_LONGS
    )
    obtenu = projection(seance_lue(texte))
    assert sorted(obtenu["procurations"]) == [
        ["Henri LACOUR", "Lise BERTIN"], ["Odile MAZEAU", "Marc COLIN"], ["Yves RENAUD", "Paul ARNAUD"]
    ]
    assert obtenu["absents"] == ["André NOUHAUD"]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_pouvoirs_coupes_dans_un_nom_et_dans_une_fonction(forme) -> None:  # type: ignore[no-untyped-def]
    """« … ; Mme Hélène » / « BLANCHARD à Mme DUVAL ; … Mme Marion LECLERC à Mme la » /
    « 1re adjointe ; … » : le nom et la fonction coupés en fin de ligne sont recollés."""
    texte = forme(
        _NOUVELLE + "Pouvoirs : M. Yves DUMONT à M. Paul ARNAUD ; Mme Hélène\n"
        "BLANCHARD à Mme DUVAL ; Mme Marion LECLERC à Mme la\n1re adjointe ; M. Kévin GAUTHIER à "
        "M. Marc COLIN.\n\n1 – Tarifs\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert sorted(obtenu["procurations"]) == [
        ["Hélène BLANCHARD", "Anne DUVAL"], ["Kévin GAUTHIER", "Marc COLIN"],
        ["Marion LECLERC", "Anne DUVAL"], ["Yves DUMONT", "Paul ARNAUD"],
    ]


_TROIS_POINTS = (
    "Commune de Valbrune\nConseil municipal du 5 avril 2018\n"
    "Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN, Mme Anne DUVAL.\n"
    "N° 2018-022 – Budget\nAdopté à l'unanimité.\nN° 2018-023 – Taux\nAdopté à l'unanimité.\n\n"
    "{depart}\n\nN° 2018-024 – Tarifs\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_depart_apres_le_vote_de_la_deliberation_nommee(forme) -> None:  # type: ignore[no-untyped-def]
    """« Après le vote de la délibération n° 2018-023, M. X quitte la séance et donne » /
    « procuration à Mme Y. » entre deux points : départ après ce point et procuration."""
    texte = forme(_TROIS_POINTS.format(
        depart="Après le vote de la délibération n° 2018-023, M. Marc COLIN quitte la séance et donne\n"
        "procuration à Mme Anne DUVAL."
    ))
    obtenu = projection(seance_lue(texte))
    assert obtenu["mouvements"] == {"Marc COLIN": [None, 2]}
    assert obtenu["procurations"] == [["Marc COLIN", "Anne DUVAL"]]


def test_depart_apres_un_autre_point_que_le_dernier_lu_reste_signale() -> None:
    """« Après le vote du point 1, M. X quitte la séance. » écrit après le point 2 : le
    point nommé n'est pas le dernier lu ; rien n'est deviné, le retrait est signalé."""
    resultat = lire_extrait(_TROIS_POINTS.format(depart="Après le vote du point 1, M. Marc COLIN quitte la séance."))
    assert resultat.seance is not None
    assert projection(resultat.seance)["mouvements"] == {}
    assert "extrait.retrait-non-lu" in {c.code for c in resultat.rapport.constats}


@pytest.mark.parametrize("forme", [str, _aplati])
def test_arrivee_dont_le_pouvoir_prend_fin(forme) -> None:  # type: ignore[no-untyped-def]
    """« Arrivée de Mme X ; son pouvoir à M. Y prend fin. » entre deux points : la mandante est
    présente à partir du point suivant (la phrase n'est plus perdue sans constat)."""
    texte = forme(
        "Commune de Valbrune\nConseil municipal du 5 avril 2018, sous la présidence de M. Paul ARNAUD, "
        "Maire.\nPrésents : M. Paul ARNAUD, Maire, M. Marc COLIN, Mme Anne DUVAL.\n"
        "Absente excusée : Mme Odile MAZEAU, ayant donné pouvoir à M. Marc COLIN.\n"
        "1 – Tarifs\nAdopté à l'unanimité.\nArrivée de Mme Odile MAZEAU ; son pouvoir à M. Marc COLIN "
        "prend fin.\n2 – Voirie\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert obtenu["mouvements"] == {"Odile MAZEAU": [2, None]}
    assert "Odile MAZEAU" in obtenu["presents"]
    assert obtenu["procurations"] == [["Odile MAZEAU", "Marc COLIN"]]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_fonction_au_rang_en_lettres_apres_le_nom(forme) -> None:  # type: ignore[no-untyped-def]
    """« Présents : M. X, Maire, Mme Y, première adjointe, M. Z, deuxième adjoint, … » : le rang
    en lettres est une fonction (plus « Mme Y, première adjointe » illisible) ; « pouvoir à
    Madame la première adjointe » la désigne."""
    texte = forme(
        "Commune de Valbrune\nConseil municipal du 5 avril 2018, sous la présidence de M. Paul ARNAUD, "
        "Maire.\nPrésents : M. Paul ARNAUD, Maire, Mme Lise BERTIN, première adjointe, M. Marc COLIN, "
        "deuxième adjoint, Mme Anne DUVAL.\nAbsent excusé : M. Henri LACOUR, qui a donné pouvoir à "
        "Madame la première adjointe.\n1 – Tarifs\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert sorted(obtenu["presents"]) == ["Anne DUVAL", "Lise BERTIN", "Marc COLIN", "Paul ARNAUD"]
    assert obtenu["procurations"] == [["Henri LACOUR", "Lise BERTIN"]]
