"""Reprise de la quarantième série (grandes assemblées, documents 554 à 562) : les familles de
mises en page laissées en écart, chacune sur un petit texte inventé, indépendamment du
corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
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


_ELECTION = (
    "Communauté d'agglomération du Val\nSéance du conseil communautaire du 3 mars 2014\n"
    "Présents : M. Paul DORE, Mme Anne ROY, M. Luc VIAL, Mme Irène PASCAL.\n\n"
    "1. Election des vice-présidents\n{}\n"
    "2. Indemnités de fonction\nMme Irène PASCAL arrive en séance (4 présents).\n"
    "Pour : 4. Adopté.\n"
)


def test_election_au_scrutin_secret_sans_voix() -> None:
    """« Le conseil procède à l'élection au scrutin secret … » sans nombre de voix : le mode est
    lu ; sans phrase qui le dise, il n'est pas déduit du titre « Election des … » (le conseil
    peut renoncer au scrutin secret à l'unanimité, CGCT L2121-21) : scrutin vide et constat."""
    dit = seance_lue(_ELECTION.format("Le conseil procède à l'élection au scrutin secret des vice-présidents."))
    assert projection(dit)["deliberations"][0]["scrutin"]["mode"] == "secret"
    resultat = lire_extrait(_ELECTION.format("Sont élus : M. Paul DORE, Mme Anne ROY."))
    assert resultat.seance is not None
    assert projection(resultat.seance)["deliberations"][0]["scrutin"] is None
    assert "extrait.scrutin-absent" in {c.code for c in resultat.rapport.filtrer(au_moins="avertissement")}


def test_arrivee_en_seance_pendant_un_point() -> None:
    """« Mme X arrive en séance » dans un point pas encore voté : arrivée à ce point ; après son
    vote : arrivée au point suivant."""
    seance = projection(seance_lue(_ELECTION.format("Adopté.")))
    assert seance["mouvements"] == {"Irène PASCAL": [2, None]}
    apres = _ELECTION.replace("Mme Irène PASCAL arrive en séance (4 présents).\nPour : 4. Adopté.\n",
                              "Pour : 3. Adopté.\nMme Irène PASCAL arrive en séance.\n3. Tarifs\nAdopté.\n")
    assert projection(seance_lue(apres.format("Adopté.")))["mouvements"] == {"Irène PASCAL": [3, None]}


def test_decide_par_voix_pour_d_adopter() -> None:
    """« DÉCIDE par 25 voix pour, 6 voix contre, d'adopter … » : les voix, puis l'adoption."""
    assert r.decision_adoptee("DÉCIDE par 25 voix pour, 6 voix contre, d'adopter le tableau.")
    assert r.decision_adoptee("décide par 12 voix pour et 3 abstentions d'approuver la convention")
    assert not r.decision_adoptee("décide par 12 voix pour de reporter le point")
