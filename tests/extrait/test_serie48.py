"""Familles de mises en page trouvées par la quarante-huitième mesure hors échantillon
(documents 633 à 642 : dixième tirage, textes aplatis et pages web) : chaque règle sur un
petit texte inventé, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait.html import texte_html
from tests.extrait.comparaison import projection, seance_lue

_TETE = (
    "Commune de Valbrune\nSéance du conseil municipal du 3 mai 2019\n"
    "Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN, Mme Anne DUVAL.\n"
)


def test_depart_apres_une_prise_d_acte() -> None:
    """« Le conseil municipal prend acte du rapport. » finit le point sans vote : « M. X quitte
    la séance … et donne pouvoir à » qui suit part après ce point, pas après le précédent."""
    texte = (
        _TETE
        + "1 – Tarifs communaux\nAdopté à l'unanimité.\n"
        "2 – Rapport sur le service de l'eau\nLe conseil municipal prend acte du rapport.\n"
        "M. Marc COLIN quitte la séance à 21 h 15 et donne pouvoir à Mme Anne DUVAL.\n"
        "3 – Motion\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert obtenu["mouvements"] == {"Marc COLIN": [None, 2]}
    assert ["Marc COLIN", "Anne DUVAL"] in obtenu["procurations"]


def _page(corps: str) -> str:
    return (
        "<html><body><h1>Conseil communautaire du 25 juin 2009</h1>"
        "<p>Communauté d'agglomération de Valbrune</p>" + corps
        + "<h3>N° 2009-41 — Tarifs</h3><p>Adopté à l'unanimité.</p>"
        "<h3>N° 2009-42 — Budget</h3><p>Adopté à l'unanimité.</p></body></html>"
    )


def test_tableau_de_presence_commune_delegue_situation() -> None:
    """« Commune | Délégué | Situation » une rangée par délégué : présents, excusés, absents,
    pouvoirs, suppléants et arrivées lus ; jamais « M. X Présent COMMUNE » pour un nom."""
    rangees = [
        ("ARCIS", "M. Paul ARNAUD", "Présent"),
        ("ARCIS", "Mme Lise BERTIN", "Pouvoir à M. Paul ARNAUD"),
        ("ARCIS", "Mme Anne DUVAL", "Excusée"),
        ("CORBY", "M. Henri LAMY", "Suppléé par M. Claude VASSEUR"),
        ("CORBY", "M. Yves RENAUD", "Absent"),
        ("CORBY", "Mme Odile PRÉVOST", "Présente"),
        ("CORBY", "M. Marc COLIN", "Présent à partir du point 2"),
    ]
    table = "<table><tr><th>Commune</th><th>Délégué</th><th>Situation</th></tr>" + "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rangees
    ) + "</table>"
    obtenu = projection(seance_lue(texte_html(_page(table))))
    assert sorted(obtenu["presents"]) == ["Marc COLIN", "Odile PRÉVOST", "Paul ARNAUD"]
    assert obtenu["excuses"] == ["Anne DUVAL"]
    assert obtenu["absents"] == ["Yves RENAUD"]
    assert obtenu["procurations"] == [["Lise BERTIN", "Paul ARNAUD"]]
    assert obtenu["suppleances"] == [["Claude VASSEUR", "Henri LAMY"]]
    assert obtenu["mouvements"] == {"Marc COLIN": [2, None]}


def test_tableau_commune_titulaires_suppleants() -> None:
    """« Commune | Délégués titulaires | Délégués suppléants », deux noms d'une cellule
    séparés par ``<br>``, « X (pour Y) » dans la colonne des suppléants."""
    table = (
        "<p>Délégués présents :</p><table><tr><th>Commune</th><th>Délégués titulaires</th>"
        "<th>Délégués suppléants</th></tr>"
        "<tr><td>ARCIS</td><td>Paul ARNAUD<br>Lise BERTIN</td><td>&nbsp;</td></tr>"
        "<tr><td>CORBY</td><td>Marc COLIN</td><td>Claude VASSEUR (pour Henri LAMY)</td></tr>"
        "<tr><td>DAMPS</td><td><b>Anne DUVAL</b></td><td></td></tr></table>"
    )
    obtenu = projection(seance_lue(texte_html(_page(table))))
    assert sorted(obtenu["presents"]) == ["Anne DUVAL", "Lise BERTIN", "Marc COLIN", "Paul ARNAUD"]
    assert obtenu["suppleances"] == [["Claude VASSEUR", "Henri LAMY"]]


def test_tableau_de_vote_a_quatre_colonnes() -> None:
    """« Pour | Contre | Abstention | Ne prennent pas part au vote » puis les nombres (page web,
    cellules à tabulations) : les quatre nombres, la quatrième colonne au pluriel aussi."""
    texte = (
        _TETE + "1 – Compte administratif\n"
        "Pour\tContre\tAbstention\tNe prennent pas part au vote\n2\t0\t1\t1\nAdopté.\n"
        "2 – Subventions\nPour\tContre\tAbstention\tNe prend pas part au vote\n3\t0\t0\t1\n"
        "Adopté.\n"
    )
    points = projection(seance_lue(texte))["deliberations"]
    assert [
        (p["scrutin"]["pour"], p["scrutin"]["abstentions"], p["scrutin"]["ne_prend_pas_part"])
        for p in points
    ] == [(2, 1, 1), (3, 0, 1)]


def test_tableau_de_vote_a_quatre_colonnes_aplati() -> None:
    """« Vote Pour Contre Abstention Ne prend pas part au vote 19 0 0 1 Adopté » dans un texte
    aplati : quatre libellés, quatre nombres."""
    texte = (
        "Commune de Valbrune Séance du conseil municipal du 3 mai 2019 Présents : M. Paul ARNAUD, "
        "Mme Lise BERTIN, M. Marc COLIN, Mme Anne DUVAL. Délibération n° 2019-01 Objet : Tarifs "
        "Le conseil approuve les tarifs. Vote Pour Contre Abstention Ne prend pas part au vote "
        "3 0 0 1 Adopté Délibération n° 2019-02 Objet : Budget Adopté à l'unanimité. "
    )
    points = projection(seance_lue(texte))["deliberations"]
    scrutin = points[0]["scrutin"]
    assert (scrutin["pour"], scrutin["contre"], scrutin["ne_prend_pas_part"]) == (3, 0, 1)
