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


def test_points_en_chiffres_romains_a_point_dans_un_texte_aplati() -> None:
    """« … sans observation. I. Assainissement collectif : extension … Le maire présente … » :
    dans un texte aplati, « I. Titre » (chiffre romain, point, titre en minuscules) ouvre un
    point, le titre coupé de l'exposé qui le suit."""
    texte = (
        "Commune de Valbrune Séance du 27 juin 2003 Étaient présents : Mmes et MM. Paul ARNAUD, "
        "Lise BERTIN, Marc COLIN, Anne DUVAL. Secrétaire de séance : Mme Anne DUVAL. Le compte "
        "rendu de la séance du 23 mai 2003 est adopté sans observation. I. Assainissement "
        "collectif : extension du réseau rue de Kerlan Le maire présente l'avant-projet. Adopté "
        "par 3 voix pour et 1 abstention. II. Tarifs de la cantine scolaire Le conseil municipal, "
        "à l'unanimité, approuve le prix du repas. La séance est levée à 23 h."
    )
    points = projection(seance_lue(texte))["deliberations"]
    assert [(p["numero"], p["objet"]) for p in points] == [
        ("I", "Assainissement collectif : extension du réseau rue de Kerlan"),
        ("II", "Tarifs de la cantine scolaire"),
    ]
    assert points[0]["scrutin"]["pour"] == 3


_APLATI = (
    "MAIRIE DE VALBRUNE Compte rendu de la séance du conseil municipal du 6 avril 2012 Nombre "
    "de conseillers en exercice : 9 Présents : 4 Votants : 5 Le six avril deux mille douze, le "
    "conseil municipal s'est réuni sous la présidence de M. Paul ARNAUD, Maire. Étaient présents "
    "{presents} Absents excusés Mme Anne DUVAL (pouvoir à M. Marc COLIN) M. Hervé JACQUOT "
    "Secrétaire de séance Mme Lise BERTIN Délibération n° 2012-09 Vote des taux d'imposition "
    "Le Maire propose de maintenir les taux. Adopté à l'unanimité Délibération n° 2012-10 Budget "
    "primitif Le budget s'équilibre à 186 400 €. Adopté à l'unanimité Séance levée à 22 h 40 "
    "Le Maire Paul ARNAUD " + "Le registre est tenu à la disposition du public en mairie. " * 12
)


def test_intitules_sans_deux_points_et_presents_un_par_ligne_devenus_flux() -> None:
    """Texte aplati aux intitulés en gras sans deux-points : « Étaient présents M. X Maire M. Y
    1er adjoint Mme Z 2e adjointe M. W … Absents excusés Mme A (pouvoir à M. B) M. C Secrétaire
    de séance Mme D » : présents sans leur fonction, excusés, pouvoir, secrétaire."""
    presents = "M. Paul ARNAUD Maire M. Marc COLIN 1er adjoint Mme Lise BERTIN 2e adjointe M. Yves ROUX"
    obtenu = projection(seance_lue(_APLATI.format(presents=presents)))
    assert sorted(obtenu["presents"]) == ["Lise BERTIN", "Marc COLIN", "Paul ARNAUD", "Yves ROUX"]
    assert obtenu["secretaires"] == ["Lise BERTIN"]
    assert obtenu["procurations"] == [["Anne DUVAL", "Marc COLIN"]]
    assert "Hervé JACQUOT" in obtenu["excuses"]


def test_delegues_sous_leur_commune_devenus_flux() -> None:
    """« Délégués présents BARRÊME M. X Mme Y CHAUDOL M. Z (suppléant de M. W) M. V » : les
    délégués un par ligne sous chaque commune en capitales, devenus un flux sans séparateur :
    les présents et le suppléant, jamais « Y CHAUDOL »."""
    presents = (
        "BARRÊME M. Paul ARNAUD Mme Lise BERTIN CHAUDOL M. Marc COLIN (suppléant de M. Henri "
        "LAMY) M. Yves ROUX"
    )
    texte = _APLATI.format(presents=presents).replace("Étaient présents", "Délégués présents")
    obtenu = projection(seance_lue(texte))
    assert sorted(obtenu["presents"]) == ["Lise BERTIN", "Paul ARNAUD", "Yves ROUX"]
    assert obtenu["suppleances"] == [["Marc COLIN", "Henri LAMY"]]


def test_delegues_nommes_qui_ne_participent_pas_au_vote() -> None:
    """« M. X et Mme Y, délégués de Tartonne, ne participent pas au vote. » : deux élus
    nommés qui ne prennent pas part au vote (lignes et texte aplati)."""
    point = (
        "1 – Fonds de concours à Tartonne\nM. Marc COLIN et Mme Anne DUVAL, délégués de "
        "Tartonne, ne participent pas au vote. Un fonds de 12 000 € est attribué.\n"
        "Adopté par 2 voix pour.\n2 – Tarifs\nAdopté à l'unanimité.\n"
    )
    aplati = (_TETE + point).replace("\n", " ") + "Le registre est tenu en mairie. " * 30
    for texte in (_TETE + point, aplati):
        scrutin = projection(seance_lue(texte))["deliberations"][0]["scrutin"]
        assert (scrutin["pour"], scrutin["ne_prend_pas_part"]) == (2, 2), texte


def test_tableau_mandant_mandataire_aplati() -> None:
    """« Membres représentés Mandant Mandataire M. X Mme Y Mme Z M. W Membre absent M. V » :
    le tableau de pouvoirs aplati donne les paires mandant / mandataire, l'absent est lu, aucun
    mandant rangé parmi les présents."""
    texte = _APLATI.format(
        presents=": M. Paul ARNAUD, M. Marc COLIN, Mme Lise BERTIN, M. Yves ROUX Membres "
        "représentés Mandant Mandataire M. Xavier LORRAIN M. Marc COLIN Mme Sabine ORTIZ "
        "M. Paul ARNAUD Membre absent M. Fabrice NADAL"
    ).replace(" Absents excusés Mme Anne DUVAL (pouvoir à M. Marc COLIN) M. Hervé JACQUOT", "")
    obtenu = projection(seance_lue(texte))
    assert sorted(obtenu["presents"]) == ["Lise BERTIN", "Marc COLIN", "Paul ARNAUD", "Yves ROUX"]
    assert sorted(obtenu["procurations"]) == [["Sabine ORTIZ", "Paul ARNAUD"], ["Xavier LORRAIN", "Marc COLIN"]]
    assert obtenu["absents"] == ["Fabrice NADAL"]


def test_pied_de_page_entre_deux_communes_d_une_liste_aplatie() -> None:
    """« … BOISGERVILLY : Patrick LE MOAL, Marc TRÉGUIER [pied de page] COMBLESSAC : Joël … » :
    le pied retiré, le NOM reste au délégué (pas « TRÉGUIER COMBLESSAC », une commune)."""
    pied = "Communauté de communes du Val de Brune – Conseil communautaire du 24 septembre 2019"
    texte = (
        "Communauté de communes du Val de Brune PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE Séance du "
        "mardi 24 septembre 2019 Le conseil communautaire s'est réuni sous la présidence de "
        "M. Daniel MAHÉ, Président. Étaient présents : BRUNE : Daniel MAHÉ, Isabelle GUILLEMOT – "
        f"BOISGERVILLY : Patrick LE MOAL, Marc TRÉGUIER {pied} – Page 1/3 COMBLESSAC : Joël "
        "LEBRETON, Nathalie ROBIN Secrétaire de séance : Nathalie ROBIN DÉLIBÉRATION N° 2019-087 – "
        "Rapport d'activité 2018 Le conseil communautaire prend acte du rapport. "
        + "Le rapport est consultable au siège de la communauté. " * 12
        + f"{pied} – Page 2/3 DÉLIBÉRATION N° 2019-088 – Tarifs 2020 Vote : unanimité. "
        + "Les tarifs sont publiés au recueil des actes administratifs. " * 6
        + f"{pied} – Page 3/3"
    )
    presents = projection(seance_lue(texte))["presents"]
    assert "Marc TRÉGUIER" in presents and not any("COMBLESSAC" in p for p in presents)


def test_decision_apres_un_tableau_aplati() -> None:
    """« … Entreprise Montant HT Colas Est 48 210,00 Roger TP 44 930,50 Le conseil retient l'offre
    de l'entreprise Roger TP Pour : 3 Contre : 0 Abstention : 1 » (texte aplati, sans point) :
    la décision se coupe du tableau, le point est adopté."""
    texte = _APLATI.format(presents=": M. Paul ARNAUD, M. Marc COLIN, Mme Lise BERTIN").replace(
        "Adopté à l'unanimité Séance levée",
        "Adopté à l'unanimité Délibération n° 2012-11 Travaux de voirie : choix de l'entreprise Trois "
        "offres ont été reçues pour la réfection du chemin des Vernes. "
        "Entreprise Montant HT Colas Est 48 210,00 Roger TP 44 930,50 Le conseil retient l'offre "
        "de l'entreprise Roger TP Pour : 3 Contre : 0 Abstention : 1 Séance levée",
    )
    point = projection(seance_lue(texte))["deliberations"][-1]
    assert point["numero"] == "2012-11"
    assert point["scrutin"]["resultat"] == "adopte"
    assert (point["scrutin"]["pour"], point["scrutin"]["abstentions"]) == (3, 1)


def test_tableau_budgetaire_aplati_apres_le_titre() -> None:
    """« DÉLIBÉRATION N° 2019-088 – Décision modificative n° 2 Chapitre Libellé Montant 011 … » :
    la rangée d'intitulés du tableau aplati n'allonge pas l'objet du point."""
    texte = _APLATI.format(presents=": M. Paul ARNAUD, M. Marc COLIN, Mme Lise BERTIN").replace(
        "Adopté à l'unanimité Séance levée",
        "Adopté à l'unanimité Délibération n° 2012-11 Décision modificative – budget principal Chapitre Libellé "
        "Montant 011 Charges à caractère général 14 000 € 65 Autres charges -14 000 € Votants Pour "
        "Contre Abstentions 4 3 0 1 Adoptée. Séance levée",
    )
    point = projection(seance_lue(texte))["deliberations"][-1]
    assert (point["numero"], point["objet"]) == ("2012-11", "Décision modificative – budget principal")
    assert point["scrutin"]["pour"] == 3
