"""Familles de mises en page reprises de la série 47 (écarts 623, 627, 629 et 630) : chaque
règle sur un petit texte inventé (autres noms, autre ponctuation, forme lignes et forme
aplatie), indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait.html import texte_html
from tests.extrait.comparaison import projection, seance_lue


def _lu(texte: str) -> dict[str, object]:
    return projection(seance_lue(texte))


def _codes(texte: str) -> set[str]:
    return {c.code for c in lire_extrait(texte).rapport.filtrer(au_moins="info")}


def _formes(lignes: tuple[str, ...]) -> tuple[str, str]:
    """La forme lignes et la forme aplatie (une seule ligne) du même texte."""
    return "\n".join(lignes), " ".join(lignes).replace("\n", " ")


def _resultats(lu: dict[str, object]) -> list[object]:
    points = lu["deliberations"]
    assert isinstance(points, list)
    return [p["scrutin"]["resultat"] if p["scrutin"] else None for p in points]


# ------------------------------------------------------------------ 630 : « X remplace Y »
_SYNDICAT = (
    "SYNDICAT INTERCOMMUNAL DES EAUX DU VAL DE LORGE",
    "Compte rendu de la réunion du comité syndical du 5 mars 2015",
    "Délégués présents : M. Paul ROUX (Aunay), Mme Anne PETIT (Aunay), M. Luc BLANC (Brécy), "
    "M. Jean MOREL (Cély).",
    "SUPPLEANTS",
    "Absent : M. Henri PAGE (Dampierre).",
    "M. Luc BLANC est désigné secrétaire de séance.",
    "Délibération n° 2015-01 : Budget primitif 2015",
    "Adopté à l'unanimité.",
)


def _syndicat(suppleants: str) -> tuple[str, str]:
    return _formes(tuple(suppleants if x == "SUPPLEANTS" else x for x in _SYNDICAT))


def test_suppleants_qui_remplacent_separes_par_point_virgule() -> None:
    """« Suppléants : M. A remplace M. B (Commune) ; Mme C remplace Mme D (Commune). » : deux
    suppléances ; les titulaires remplacés ne sont pas des présents."""
    ligne = (
        "Suppléants : Mme Odile FAURE remplace M. Marc LEROY (Brécy) ; "
        "M. Yves GIRARD remplace Mme Lise DUVAL (Cély)."
    )
    for texte in _syndicat(ligne):
        lu = _lu(texte)
        assert lu["presents"] == ["Paul ROUX", "Anne PETIT", "Luc BLANC", "Jean MOREL"], texte
        assert lu["suppleances"] == [["Odile FAURE", "Marc LEROY"], ["Yves GIRARD", "Lise DUVAL"]]
        assert lu["absents"] == ["Henri PAGE"]


def test_suppleants_qui_remplacent_separes_par_virgule() -> None:
    """La commune avant le verbe et une virgule entre les deux suppléances."""
    ligne = (
        "Suppléantes : Mme Odile FAURE (Brécy) remplace M. Marc LEROY, "
        "Mme Iris VIDAL remplace Mme Lise DUVAL (Cély)"
    )
    for texte in _syndicat(ligne):
        lu = _lu(texte)
        assert lu["presents"] == ["Paul ROUX", "Anne PETIT", "Luc BLANC", "Jean MOREL"], texte
        assert lu["suppleances"] == [["Odile FAURE", "Marc LEROY"], ["Iris VIDAL", "Lise DUVAL"]]


def test_un_suppleant_qui_remplace_en_phrase() -> None:
    """« M. A remplace M. B (Commune). » seul, sans intitulé, après la liste des présents."""
    for texte in _syndicat("M. Yves GIRARD remplace Mme Lise DUVAL (Cély)."):
        lu = _lu(texte)
        assert lu["suppleances"] == [["Yves GIRARD", "Lise DUVAL"]], texte
        assert "Lise DUVAL" not in lu["presents"]  # type: ignore[operator]


# ------------------------------------------------ 629 : colonne « Suppléant(e) siégeant »
_TABLEAU = """<html><body>
<h1>Communauté de communes du Val de Sèvre</h1>
<p>Conseil communautaire du 3 février 2021</p>
<p>Présidence : M. Paul ROUX, président.</p>
<table>
<tr><th>Communes</th><th>Délégués présents</th><th>COLONNE</th><th>Excusés</th></tr>
<tr><td>AUNAY</td><td>Paul ROUX<br>Anne PETIT</td><td></td><td></td></tr>
<tr><td>BRÉCY</td><td>Luc BLANC</td><td>CELLULE1</td><td></td></tr>
<tr><td>CÉLY</td><td></td><td>CELLULE2</td><td>Henri PAGE</td></tr>
</table>
<p>Secrétaire de séance : M. Luc BLANC.</p>
<h3>2021-01 – Budget primitif</h3>
<p>Adopté à l'unanimité.</p>
</body></html>"""


def _tableau(colonne: str, cellule1: str, cellule2: str) -> dict[str, object]:
    html = _TABLEAU.replace("COLONNE", colonne).replace("CELLULE1", cellule1)
    return _lu(texte_html(html.replace("CELLULE2", cellule2)))


def test_colonne_des_suppleants_siegeant_x_pour_y() -> None:
    """« Suppléant(e) siégeant » : « X pour Y » dans la cellule, X siège pour Y."""
    lu = _tableau("Suppléant(e) siégeant", "Odile FAURE pour Marc LEROY", "Yves GIRARD pour Lise DUVAL")
    assert lu["presents"] == ["Paul ROUX", "Anne PETIT", "Luc BLANC"]
    assert lu["suppleances"] == [["Odile FAURE", "Marc LEROY"], ["Yves GIRARD", "Lise DUVAL"]]
    assert lu["excuses"] == ["Henri PAGE"]


def test_colonne_des_suppleants_presents_autres_tournures() -> None:
    """« Suppléants présents » : « en remplacement de », « (pour Y) », un nom seul."""
    lu = _tableau(
        "Suppléants présents",
        "Mme Odile FAURE en remplacement de M. Marc LEROY",
        "Yves GIRARD (pour Lise DUVAL)",
    )
    assert lu["suppleances"] == [["Odile FAURE", "Marc LEROY"], ["Yves GIRARD", "Lise DUVAL"]]
    lu = _tableau("Suppléante siégeant", "Odile FAURE", "")
    assert lu["suppleances"] == [["Odile FAURE", None]]


# ------------------------------------------- 627 : dernier nom suivi de « formant la majorité »
_MAJORITE = (
    "Commune de Vaudrey",
    "Séance du 14 novembre 2003",
    "Présents : MM. ROUX, BLANC, MOREL, Mmes PETIT, VIDAL,",
    "DERNIER formant la majorité des membres en exercice.",
    "",
    "Absents : M. PAGE.",
    "Délibération n° 2003-31 – Tarifs de la cantine",
    "Adopté à l'unanimité.",
)


def test_dernier_present_a_la_ligne_puis_formant_la_majorite() -> None:
    """« …, Mmes PETIT, VIDAL, / FAURE formant la majorité des membres en exercice. » : le nom
    seul sur sa ligne devant la formule est le dernier présent, pas une commune."""
    for dernier in ("FAURE", "LE GALL"):
        for texte in _formes(tuple(x.replace("DERNIER", dernier) for x in _MAJORITE)):
            lu = _lu(texte)
            assert lu["presents"] == ["ROUX", "BLANC", "MOREL", "PETIT", "VIDAL", dernier], texte
            assert lu["absents"] == ["PAGE"]


# ------------------------------- 623 : dispositif sous la présidence d'un adjoint, « retient »
_POINTS = (
    "Commune de Vaudrey",
    "Séance du 12 avril 2007",
    "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL.",
    "Mme Anne PETIT est élue secrétaire de séance.",
    "Délibération n° 2007/04 – Compte administratif 2006.",
    "Le Maire s'étant retiré, le conseil municipal, sous la présidence de Mme Anne PETIT, "
    "première adjointe, adopte le compte administratif 2006.",
    "Pour : 3 – Contre : 0 – Abstention : 0",
    "Délibération n° 2007/05 – Choix du maître d'œuvre.",
    "Au vu des offres reçues, le conseil retient le cabinet Arpège pour 12 400 € HT. "
    "Mme Iris VIDAL, parente d'un associé, ne prend pas part au vote.",
    "Pour : 3",
    "Délibération n° 2007/06 – Vente d'un terrain.",
    "Le conseil, sous la présidence de M. Luc BLANC, refuse la vente.",
    "Pour : 1 – Contre : 3",
)


def test_dispositif_sous_la_presidence_et_retient_disent_l_adoption() -> None:
    """« le conseil municipal, sous la présidence de Mme X, première adjointe, adopte … » et
    « … le conseil retient le cabinet … M. Y ne prend pas part au vote. » : adoptés ; des voix
    seules sans verbe d'adoption (« refuse ») ne donnent pas d'issue."""
    for texte in _formes(_POINTS):
        lu = _lu(texte)
        assert _resultats(lu) == ["adopte", "adopte", None], texte


def test_dispositif_la_seance_etant_presidee_par() -> None:
    """« le conseil, la séance étant présidée par M. X, adopte … » : la même incise."""
    lignes = tuple(
        x.replace("le conseil municipal, sous la présidence de", "le conseil, la séance étant présidée par")
        for x in _POINTS
    )
    for texte in _formes(lignes):
        assert _resultats(_lu(texte))[0] == "adopte", texte


# --------------------------------------------------------------------- sondes manquantes
_EPCI = (
    "COMMUNAUTÉ DE COMMUNES DU PAYS DE SELLE",
    "Conseil communautaire du 14 mai 2022",
    "Sous la présidence de M. Marc GIRAUD, Président",
    "LISTE",
    "Secrétaire de séance : Mme Claire BONNET",
    "Délibération n° 2022-40 : Tarifs de la piscine",
    "Adopté à l'unanimité.",
)


def _epci(liste: str) -> tuple[str, str]:
    return _formes(tuple(liste if x == "LISTE" else x for x in _EPCI))


def test_delegues_par_commune_en_casse_mixte_separes_par_tiret() -> None:
    """« Arsy : A, B – Le Mesnil-sur-Selle : C, D » : chaque commune devant ses délégués (sans
    civilité), les groupes séparés par un tiret ; les communes ne sont pas des membres."""
    for separateur in (" – ", " - "):
        liste = (
            f"Délégués présents : Arsy : Marc GIRAUD, Claire BONNET{separateur}"
            "Le Mesnil-sur-Selle : Louis MARCHAND, Rose TESSIER"
        )
        for texte in _epci(liste):
            lu = _lu(texte)
            assert lu["presents"] == ["Marc GIRAUD", "Claire BONNET", "Louis MARCHAND", "Rose TESSIER"], texte


def test_tableau_elu_tabulation_commune() -> None:
    """« M. X ⇥ Commune » une rangée par élu (et, aplati, les rangées à la suite) : la commune
    n'est ni du nom ni un membre."""
    liste = (
        "Présents :\nM. Marc GIRAUD\tArsy\nMme Claire BONNET\tArsy\n"
        "M. Louis MARCHAND\tLe Mesnil-sur-Selle\nMme Rose TESSIER\tLe Mesnil-sur-Selle"
    )
    for texte in _epci(liste):
        lu = _lu(texte)
        assert lu["presents"] == ["Marc GIRAUD", "Claire BONNET", "Louis MARCHAND", "Rose TESSIER"], texte


def test_numeros_romains_apres_le_secretaire_texte_aplati() -> None:
    """« … Secrétaire de séance : Mme X I – Titre Adopté … II – Titre Pour : 5 … » (aplati) :
    chaque chiffre romain à tiret ouvre son point."""
    lignes = (
        "Commune de Vaudrey",
        "Séance du 3 juin 2019",
        "L'an deux mille dix-neuf, le trois juin, à vingt heures, le conseil municipal, "
        "légalement convoqué, s'est réuni à la mairie sous la présidence de M. Paul ROUX, Maire.",
        "Nombre de conseillers en exercice : 5 - Présents : 3 - Votants : 4",
        "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC",
        "Pouvoirs : Mme Iris VIDAL à M. Paul ROUX",
        "Absent excusé : M. Marc FAURE",
        "Secrétaire de séance : M. Luc BLANC",
        "I – Travaux de la mairie",
        "Adopté à l'unanimité.",
        "II – Location du presbytère",
        "Pour : 2 – Contre : 1",
    )
    for texte in _formes(lignes):
        assert ("extrait.texte-aplati" in _codes(texte)) is ("\n" not in texte)
        points = _lu(texte)["deliberations"]
        assert isinstance(points, list)
        assert [(p["numero"], p["objet"]) for p in points] == [
            ("I", "Travaux de la mairie"),
            ("II", "Location du presbytère"),
        ], texte
        assert points[1]["scrutin"]["pour"] == 2
