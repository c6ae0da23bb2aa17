"""Familles de mises en page trouvées par la trente-huitième mesure hors échantillon (documents
533 à 542 : pages web de collectivités) : chaque règle sur une petite page ou un petit texte,
indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait.collectivite import titre_de_page
from deliberations.extrait.html import texte_html
from tests.extrait.comparaison import projection, seance_lue


def _champ(classe: str, libelle: str, valeur: str) -> str:
    return (
        f'<div class="field {classe}"><div class="{classe}label">{libelle}</div>'
        f'<div class="{classe}items"><div class="{classe}item">{valeur}</div></div></div>'
    )


def test_champs_drupal_libelle_et_valeur_sur_une_ligne() -> None:
    """Drupal 7 (« field-label ») et Drupal 8 (« field__label ») : « Votants : 17 »."""
    page = (
        "<html><body><h1>Conseil municipal du 4 mai 2015</h1>"
        + _champ("field-", "En exercice&nbsp;:&nbsp;", "15")
        + _champ("field__", "Date d'envoi de la convocation", "<time>27/04/2015</time>")
        + "</body></html>"
    )
    lignes = texte_html(page).split("\n")
    assert "En exercice : 15" in lignes
    assert "Date d'envoi de la convocation : 27/04/2015" in lignes


def test_champ_drupal_long_laisse_en_blocs() -> None:
    """Une valeur longue (le corps de la page sous un libellé) n'est pas recollée."""
    long = "Le conseil municipal approuve le budget. " * 5
    page = "<html><body>" + _champ("field-", "Texte", f"<p>{long}</p>") + "</body></html>"
    assert texte_html(page).split("\n")[0] == "Texte"


def test_decomptes_et_convocation_des_champs_drupal() -> None:
    page = (
        "<html><head><title>Conseil municipal du 4 mai 2015 | Vabres-le-Haut</title></head><body>"
        + _champ("field-", "Date de convocation&nbsp;:", "27/04/2015")
        + _champ("field-", "Conseillers en exercice&nbsp;:", "11")
        + _champ("field-", "Présents&nbsp;:", "9")
        + _champ("field-", "Votants&nbsp;:", "10")
        + "<p>Sous la présidence de M. Jean DELORME, Maire.</p>"
        "<p>Présents : Jean DELORME, Anne ROY, Paul MARTY.</p>"
        "<h3>Délibération 2015-01 : Tarifs de la cantine</h3><p>Adopté à l'unanimité.</p>"
        "</body></html>"
    )
    p = projection(seance_lue(texte_html(page)))
    assert p["convocation"] == "2015-04-27"
    assert (p["decomptes"]["en_exercice"], p["decomptes"]["presents"], p["decomptes"]["votants"]) == (11, 9, 10)


def test_titre_de_page_seance_datee_puis_commune() -> None:
    """« Séance du 26 novembre 2019 - X » : X, nom du site ; jamais un mot de menu."""
    assert titre_de_page("Séance du 26 novembre 2019 - Pradelles-sur-Vézère") == "Pradelles-sur-Vézère"
    assert titre_de_page("Séance du 1er mars 2020 | Le Puy-Sainte-Croix") == "Le Puy-Sainte-Croix"
    assert titre_de_page("Séance du 3 mai 2019 – Accueil") is None
    assert titre_de_page("Séance du conseil - Lyon") is None  # sans date : pas ce titre
    assert titre_de_page("Séance du 5 février 2024 - Département de la Creuse") is None


def test_commune_du_seul_titre_de_page() -> None:
    page = (
        "<html><head><title>Séance du 26 novembre 2019 - Pradelles-sur-Vézère</title></head><body>"
        "<h1>Séance du 26 novembre 2019</h1>"
        "<p>Le conseil municipal s'est réuni sous la présidence de M. Jean DELORME, Maire.</p>"
        "<p>Présents : Jean DELORME, Anne ROY, Paul MARTY.</p>"
        "<h4>N° 2019-38 – Tarifs de l'eau</h4><p>Adopté à l'unanimité.</p></body></html>"
    )
    assert projection(seance_lue(texte_html(page)))["collectivite"] == "Pradelles-sur-Vézère"


_TABLEAU_A_CROIX = (
    "Communauté de communes du Haut-Val\nConseil communautaire du 8 avril 2021\n"
    "Sous la présidence de M. Roland FAUGÈRE, Président.\n"
    "Commune\tDélégué\tPrésent\tExcusé\tAbsent\tPouvoir à\n"
    "Vabres\tM. Roland FAUGÈRE\tX\n"
    "Vabres\tM. Marcel PONCHON\t\tX\t\tMme Christine BÉRAUD\n"
    "Vabres\tMme Christine BÉRAUD\tX\n"
    "Cerzat\tM. Léon BRUN\t\tX\n"
    "Cerzat\tMme Agathe RIVOIRE (suppléante de M. Léon BRUN)\tX\n"
    "Cerzat\tM. Thierry VALENTIN\t\t\tX\n"
    "\nDélibération n° 2021-01 – Taux de fiscalité\nAdopté à l'unanimité.\n"
)


def test_tableau_a_croix_avec_commune_en_premiere_colonne() -> None:
    """« Commune | Délégué | Présent | Excusé | Absent | Pouvoir à » : une personne par rangée,
    la croix dit son statut (pas des présents groupés par commune)."""
    p = projection(seance_lue(_TABLEAU_A_CROIX))
    assert sorted(p["presents"]) == ["Christine BÉRAUD", "Roland FAUGÈRE"]
    assert p["absents"] == ["Thierry VALENTIN"]
    assert p["procurations"] == [["Marcel PONCHON", "Christine BÉRAUD"]]


def test_suppleante_de_sur_sa_rangee_cochee_presente() -> None:
    """« Mme X (suppléante de M. Y) » cochée présente : elle siège pour Y."""
    p = projection(seance_lue(_TABLEAU_A_CROIX))
    assert p["suppleances"] == [["Agathe RIVOIRE", "Léon BRUN"]]
    assert "Agathe RIVOIRE" not in p["presents"]


def test_precision_autre_que_suppleance_garde_la_lecture_d_avant() -> None:
    """Une autre parenthèse dans la cellule du nom n'est pas ôtée par la règle du suppléant :
    « (suppléante de …) » seule fait siéger pour un titulaire."""
    texte = _TABLEAU_A_CROIX.replace("M. Thierry VALENTIN\t\t\tX", "M. Thierry VALENTIN (Cerzat)\t\t\tX")
    p = projection(seance_lue(texte))
    assert p["suppleances"] == [["Agathe RIVOIRE", "Léon BRUN"]]
    assert "Thierry VALENTIN" not in p["presents"]
