"""Reprise de la quarantième série (grandes assemblées, documents 554 à 562) : les familles de
mises en page laissées en écart, chacune sur un petit texte inventé, indépendamment du
corpus."""

from __future__ import annotations

from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.html import texte_html
from deliberations.extrait.personnes import decouper
from tests.extrait.comparaison import projection, seance_lue


def test_presents_par_groupe_politique_avec_sigle() -> None:
    """« Groupe X (SIGLE) : » seul sur sa ligne, puis les noms par virgules : le groupe (et son
    sigle entre parenthèses) n'est pas un membre, les noms qui suivent sont présents."""
    texte = (
        "Région du Val-de-Sorne\nCommission permanente\nSéance du 3 mars 2016\n"
        "Étaient présents :\n"
        "Groupe Avenir du Val (AV) :\nM. Paul DORE, Mme Anne ROY.\n"
        "Groupe Ensemble pour la Sorne :\nM. Luc VIAL.\n"
        "Non inscrit :\nMme Irène PASCAL.\n\n"
        "1 - Voirie régionale\nAdopté à l'unanimité\n"
    )
    assert projection(seance_lue(texte))["presents"] == [
        "Paul DORE", "Anne ROY", "Luc VIAL", "Irène PASCAL",
    ]


def test_membre_absent_non_represente_est_un_absent() -> None:
    """« Membre absent non représenté : 1 » compte un absent, pas une procuration."""
    assert r.decomptes("Membre absent non représenté : 1") == [("absents", 1)]
    assert r.decomptes("Absentes non représentées : 2") == [("absents", 2)]
    assert r.decomptes("Membres ayant donné pouvoir : 3") == [("procurations", 3)]


def test_tableau_commune_delegues_d_une_page_web() -> None:
    """« Commune | Délégué(s) » d'une page web : commune en capitales dans la première cellule,
    délégués séparés par des <br>, tiret pour une commune sans délégué présent, suppléant entre
    parenthèses ; puis « M. X quitte la séance après ce vote » : départ après ce point."""
    page = (
        "<html><body><p>Métropole du Val-de-Sorne</p><h1>Conseil métropolitain du 3 mars 2018</h1>"
        "<h2>Délégués présents</h2><table><tr><th>Commune</th><th>Délégué(s)</th></tr>"
        "<tr><td>ARZAC</td><td>M. Paul DORE<br>Mme Anne ROY</td></tr>"
        "<tr><td>BLOU</td><td>&ndash;</td></tr>"
        "<tr><td>LESTRADE</td><td>M. Luc VIAL <em>(suppléant de M. Marc ROUX)</em></td></tr>"
        "</table><p>Délégué absent : M. Yves DROZ.</p>"
        "<h3>D2018-01 &ndash; Voirie</h3><p>Adopté à l'unanimité.</p>"
        "<p>Mme Anne ROY quitte la séance après ce vote.</p>"
        "<h3>D2018-02 &ndash; Transports</h3><p>Adopté à l'unanimité.</p></body></html>"
    )
    seance = projection(seance_lue(texte_html(page)))
    assert seance["presents"] == ["Paul DORE", "Anne ROY"]
    assert seance["suppleances"] == [["Luc VIAL", "Marc ROUX"]]
    assert seance["mouvements"] == {"Anne ROY": [None, 1]}


def test_fonction_plurielle_ordinale_apres_le_dernier_d_une_enumeration() -> None:
    """« M. A, Mme B, M. C, 1ers Vice-Présidents, Mme D » d'un texte aplati : la fonction
    plurielle (ordinal au pluriel) ferme l'énumération, le dernier nommé reste présent."""
    assert decouper("M. Paul DORE, M. Luc VIAL, 1ers Vice-Présidents, Mme Anne ROY") == [
        "M. Paul DORE", "M. Luc VIAL", "1ers Vice-Présidents", "Mme Anne ROY",
    ]
    texte = (
        "DÉPARTEMENT DE LA SORNE Commission permanente Séance du 3 mars 2012 "
        "ÉTAIENT PRÉSENTS : M. Jean ROC, Président, M. Paul DORE, M. Luc VIAL, "
        "1ères Vice-Présidentes, Mme Anne ROY, M. Marc PONS. ABSENT : M. Yves DROZ. "
        "Rapport n° CP-2012-01 Voirie communale La Commission permanente adopte à l'unanimité."
    )
    assert projection(seance_lue(texte))["presents"] == [
        "Jean ROC", "Paul DORE", "Luc VIAL", "Anne ROY", "Marc PONS",
    ]
