"""Familles de mises en page trouvées par la quarante-neuvième mesure hors échantillon
(documents 643 à 652 : procurations et présents) : chaque règle sur un petit texte inventé, en
lignes et aplati sur une ligne, indépendamment du corpus."""

from __future__ import annotations

import pytest

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
