"""Familles de mises en page trouvées par la vingt-neuvième mesure hors échantillon (documents
443 à 452 : second tirage à l'image de la mesure extérieure) : chaque règle sur un petit
texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.html import texte_html
from tests.extrait.comparaison import projection, seance_lue

# Un en-tête de texte aplati (une seule ligne, comme une page ou un PDF copiés sans fins de
# ligne) : chaque test y ajoute ses points
_APLATI = (
    "COMMUNE DE VALMONT Conseil municipal du lundi 11 décembre 2017 Présents : M. Luc MARTIN, "
    "Maire, Mme Anne ROY, M. Paul MARTY, Mme Léa PONS, M. Marc VIAL, Mme Julie CROS. "
    "Secrétaire de séance : Mme Anne ROY. "
)
_EN_TETE = (
    "COMMUNE DE VALMONT\n"
    "Séance du conseil municipal du 5 mai 2022\n"
    "Présents : M. Luc MARTIN, Mme Anne ROY, M. Paul MARTY, Mme Léa PONS, M. Marc VIAL.\n"
    "Secrétaire de séance : Mme Anne ROY.\n"
)


def _points(texte: str) -> list[dict[str, object]]:
    return list(projection(seance_lue(texte))["deliberations"])


def test_renvoi_a_la_question_qui_finit_la_phrase_avant_son_titre() -> None:
    """« … rejoint la séance avant l'examen de la question n° 2. Question n° 2 – Titre » : le
    numéro du renvoi, suivi d'un point, n'empêche pas le titre qui suit d'ouvrir le point."""
    seance = seance_lue(
        _APLATI + "Question n° 1 – Admission en non-valeur de créances Le comptable demande "
        "l'admission de 37 titres. Adoptée à l'unanimité. Mme Julie CROS rejoint la séance avant "
        "l'examen de la question n° 2. Question n° 2 – Tarifs municipaux 2018 Les tarifs "
        "augmentent. Adoptés à l'unanimité. La séance est levée."
    )
    assert [(d["numero"], d["objet"]) for d in projection(seance)["deliberations"]] == [
        ("1", "Admission en non-valeur de créances"),
        ("2", "Tarifs municipaux 2018"),
    ]


def test_votent_pour_et_s_abstiennent() -> None:
    """« Votent pour : 22. S'abstiennent : 4 (noms). » après l'exposé, dans le flux : les voix
    pour et les abstentions (le verbe reste avec son libellé)."""
    assert r.votes("Votent pour : 22. S'abstiennent : 4 (M. Marc VIAL, Mme Léa PONS).") == [
        ("pour", 22),
        ("abstentions", 4),
    ]
    points = _points(
        _APLATI + "Question n° 1 – Tarifs municipaux 2018 Les tarifs augmentent de 1,5 % au 1er "
        "janvier 2018. Votent pour : 4. S'abstiennent : 2 (M. Marc VIAL, Mme Léa PONS). "
        "Question n° 2 – Voirie Adoptée à l'unanimité. La séance est levée."
    )
    sc = points[0]["scrutin"]
    assert isinstance(sc, dict) and (sc["pour"], sc["abstentions"]) == (4, 2)


def test_decisions_du_maire_apres_le_dernier_vote() -> None:
    """« … ne prend pas part au vote). Décisions prises par le Maire … : n° 2017-41 … » : le
    vote du dernier point est lu, et le compte rendu des décisions du maire (même avec
    « (article L. 2122-22 du CGCT) ») n'est pas une délibération."""
    for decisions in (
        "Décisions prises par le Maire par délégation : n° 2017-41 bail de la maison du garde ; "
        "n° 2017-42 avenant n° 1 au marché de voirie.",
        "Décisions prises par le Maire dans le cadre de sa délégation (article L. 2122-22 du "
        "CGCT) : décision n° 2017-14 du 21 septembre 2017 : devis de 3 250 € HT.",
    ):
        points = _points(
            _APLATI + "Question n° 1 – Voirie Adoptée à l'unanimité. Question n° 2 – Convention "
            "avec le syndicat mixte Rapporteur : M. Paul MARTY. Adoptée à l'unanimité des "
            "suffrages exprimés (M. Marc VIAL, administrateur du syndicat, ne prend pas part au "
            f"vote). {decisions} La séance est levée."
        )
        assert len(points) == 2, decisions
        sc = points[1]["scrutin"]
        assert isinstance(sc, dict) and (sc["ne_prend_pas_part"], sc["unanimite"]) == (1, True)


def test_ne_prennent_pas_part_apres_le_tiret_du_titre() -> None:
    """« Rapport n° 4.01 – Titre – Ne prennent pas part au vote : Mme X, M. Y – Pour : 17 –
    Adopté » : la ligne des non-votants hors de l'objet, et comptée."""
    points = _points(
        _APLATI + "Rapport n° 4.01 – Subventions aux associations culturelles – Ne prennent pas "
        "part au vote : Mme Léa PONS, M. Marc VIAL – Pour : 4 – Adopté à l'unanimité des votants. "
        "Rapport n° 5.01 – Collèges – Adopté à l'unanimité."
    )
    assert points[0]["objet"] == "Subventions aux associations culturelles"
    sc = points[0]["scrutin"]
    assert isinstance(sc, dict) and (sc["pour"], sc["ne_prend_pas_part"]) == (4, 2)


def test_expose_au_verbe_pronominal_apres_les_deux_points_du_titre() -> None:
    """« DCC n° 2012-22 – Budget primitif 2012 : le budget s'équilibre à … » : l'exposé après
    les deux-points n'est pas dans l'objet."""
    points = _points(
        _APLATI + "DCC n° 2012-22 – Budget primitif 2012 du budget principal : le budget "
        "s'équilibre à 4 612 300 € en fonctionnement et à 1 875 000 € en investissement. "
        "Adopté par 5 voix pour et 1 voix contre. La séance est levée."
    )
    assert points[0]["objet"] == "Budget primitif 2012 du budget principal"


def test_depart_apres_la_phrase_du_vote() -> None:
    """« … et 1 abstention (M. X). M. Y quitte la séance à 20 h 15, après le vote du budget
    primitif (DCC n° 2012-22). » : le départ est une phrase à lui, après le point qu'il nomme."""
    p = projection(
        seance_lue(
            _APLATI + "DCC n° 2012-21 – Compte administratif 2011 Adopté à l'unanimité. DCC n° "
            "2012-22 – Budget primitif 2012 Adopté par 4 voix pour, 1 voix contre (Mme Léa PONS) "
            "et 1 abstention (M. Marc VIAL). M. Paul MARTY quitte la séance à 20 h 15, après le "
            "vote du budget primitif (DCC n° 2012-22). DCC n° 2012-23 – Taux 2012 A l'unanimité. "
            "La séance est levée."
        )
    )
    assert [d["numero"] for d in p["deliberations"]] == ["2012-21", "2012-22", "2012-23"]
    assert p["mouvements"] == {"Paul MARTY": [None, 2]}


def test_numero_et_objet_apres_les_voix() -> None:
    """« … Votants : 10 Pour : 7 Contre : 3 N° 2005-21 Objet : Titre … » : le numéro qui suit
    les voix ouvre le point suivant, « Objet : » entre le numéro et le titre."""
    points = _points(
        _APLATI + "Le procès-verbal de la séance du 13 mai 2005 est adopté sans observation. "
            "N° 2005-20 Objet : Indemnité de conseil du receveur Le conseil se prononce sur "
        "l'indemnité. Votants : 6 Pour : 4 Contre : 2 N° 2005-21 Objet : Travaux de voirie 2005 "
        "Trois entreprises ont répondu. Le Conseil Municipal, à l'unanimité, retient l'offre de "
        "l'entreprise LEMARIÉ TP. La séance est levée."
    )
    assert [(d["numero"], d["objet"]) for d in points[-2:]] == [
        ("2005-20", "Indemnité de conseil du receveur"),
        ("2005-21", "Travaux de voirie 2005"),
    ]


def test_voix_en_lettres_entre_le_delibere_et_le_verbe() -> None:
    """« Après en avoir délibéré, le Conseil Municipal, par huit voix pour et deux abstentions
    (MM. X et Y), approuve la vente » : l'adoption, comme avec des voix en chiffres."""
    assert r.decision_adoptee(
        "Après en avoir délibéré, le Conseil Municipal, par huit voix pour et deux abstentions "
        "(MM. R. HAMEL et LEBRETON), approuve la vente de la parcelle ZB 41."
    )


def test_cadre_de_marge_en_lettres_et_libelle_coupe() -> None:
    """Cadre de gauche d'un registre copié par ``pdftotext -layout`` : « Nombre de membres /
    afférents au Conseil / municipal : neuf / en exercice : huit / … » (libellé sur trois
    lignes, valeurs en lettres, moins de blanc après une cellule longue) à côté du texte."""
    texte = (
        "COMMUNE DE CHAUDEVIALLE\n"
        "\n"
        "Nombre de membres       Réunion du 14 novembre 2003. L'an deux mil trois, le quatorze\n"
        "afférents au Conseil    novembre à vingt heures, le Conseil Municipal de cette commune,\n"
        "municipal : neuf        régulièrement convoqué, s'est réuni sous la présidence de\n"
        "en exercice : huit      M. VIDALENC Henri, Maire.\n"
        "présents : sept         Etaient présents : MM. VIDALENC Henri, BROUSSE Jean.\n"
        "votants : huit\n"
    )
    d = projection(seance_lue(texte))["decomptes"]
    assert (d["membres"], d["en_exercice"], d["presents"], d["votants"]) == (9, 8, 7, 8)


def test_tableau_de_pouvoirs_a_deux_colonnes() -> None:
    """``<table>`` « Conseiller absent | Pouvoir donné à » puis « NOM Prénom | NOM Prénom » :
    une procuration par rangée, l'en-tête n'est pas un membre."""
    page = (
        "<html><body><h1>Séance plénière du 24 juin 2019</h1>"
        "<p>Le Conseil départemental du Haut-Lizon s'est réuni le 24 juin 2019 sous la présidence "
        "de M. Luc MARTIN, Président.</p>"
        "<p><strong>Présents :</strong><br>Luc MARTIN, Anne ROY, Paul MARTY.</p>"
        "<p><strong>Absents ayant donné pouvoir :</strong></p>"
        "<table><tr><th>Conseiller absent</th><th>Pouvoir donné à</th></tr>"
        "<tr><td>PONS Léa</td><td>ROY Anne</td></tr>"
        "<tr><td>VIAL Marc</td><td>MARTIN Luc</td></tr></table>"
        "<h2>Rapport n° 1-01 – Compte administratif 2018</h2><p>Adopté à l'unanimité.</p>"
        "</body></html>"
    )
    assert "PONS Léa donne pouvoir à ROY Anne" in texte_html(page)
    p = projection(seance_lue(texte_html(page)))
    assert sorted(p["procurations"]) == [["Léa PONS", "Anne ROY"], ["Marc VIAL", "Luc MARTIN"]]
    assert p["absents"] == []


def test_prenom_du_president_a_la_ligne_suivante() -> None:
    """« … sous la présidence de M. GARNIER » / « François, Président. » (ligne recoupée) : le
    prénom qui ouvre la ligne suivante est celui du président ; une fonction ne l'est pas."""
    texte = (
        "SYNDICAT INTERCOMMUNAL D'ÉNERGIE DES DEUX-VALLÉES\n"
        "Réunion du comité syndical du 23 juin 2015\n"
        "  Le comité syndical, légalement convoqué, s'est réuni sous la\n"
        "présidence de M. GARNIER\n"
        "  François, Président.\n"
        "Présents : M. François GARNIER, Mme Josiane THOMAS, M. Roland PETIT.\n"
    )
    president = seance_lue(texte).president
    assert president is not None and (president.prenom, president.nom) == ("François", "GARNIER")
    autre = texte.replace("  François, Président.", "  Président, ouvre la séance.")
    president = seance_lue(autre.replace("M. François GARNIER, ", "")).president
    assert president is not None and (president.prenom, president.nom) == (None, "GARNIER")
