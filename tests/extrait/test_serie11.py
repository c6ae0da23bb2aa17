"""Familles de mises en page trouvées par la onzième mesure hors échantillon (documents 270
à 279 : pages web de petites communes et de communautés de communes, et leurs copies en
texte) : chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.reconnaisseurs import decomptes
from tests.extrait.comparaison import seance_lue as _seance

_OUVERTURE = (
    "COMPTE RENDU DU CONSEIL MUNICIPAL DE VILLOTTE-EN-TILLE\n"
    "Séance du 2 juillet 2009 à 20 h 30, sous la présidence de M. Henri MAGNIEN, Maire.\n"
)
_PRESENTS = "Présents : M. Henri MAGNIEN, Mme Lucienne BARDOT, M. Paul CHEVALLIER.\n"


def _nombres(seance_texte: str) -> dict[str, int | None]:
    d = _seance(seance_texte).decomptes
    assert d is not None
    return {"en_exercice": d.en_exercice, "presents": d.presents, "votants": d.votants}


def test_decomptes_en_lettres_a_la_suite_sur_une_ligne() -> None:
    attendu = {"en_exercice": 11, "presents": 7, "votants": 9}
    texte = "Conseillers en exercice : onze – présents : sept – votants : neuf.\n"
    assert _nombres(_OUVERTURE + texte + _PRESENTS) == attendu
    assert _nombres(_OUVERTURE.rstrip("\n") + " " + texte + _PRESENTS) == attendu  # dans le flux


def test_decomptes_en_lettres_nombre_avant_le_libelle() -> None:
    texte = "Vingt-deux délégués en exercice, dix-sept présents à l’ouverture, dix-neuf votants.\n"
    assert _nombres(_OUVERTURE + texte + _PRESENTS) == {
        "en_exercice": 22,
        "presents": 17,
        "votants": 19,
    }
    # un seul nombre avant « présents » n'est pas un décompte
    assert decomptes("Les deux présents de la commission exposent le projet, en exercice, ") == []


def test_decompte_en_lettres_qui_change_pendant_la_seance_garde_l_ouverture() -> None:
    texte = (
        "Membres en exercice : onze. Présents : sept, puis huit à partir du point 3. "
        "Votants : huit, puis neuf à partir du point 3.\n"
    )
    assert _nombres(_OUVERTURE + texte + _PRESENTS) == {
        "en_exercice": 11,
        "presents": 7,
        "votants": 8,
    }


def test_liste_de_presents_n_est_pas_un_nombre_en_lettres() -> None:
    seance = _seance(_OUVERTURE + "Présents : Mesdames Lucienne BARDOT et Josiane PERROT.\n")
    assert sorted(e.nom for e in seance.presents()) == ["BARDOT", "MAGNIEN", "PERROT"]


@given(st.text(max_size=120))
def test_decomptes_de_n_importe_quel_texte(texte: str) -> None:
    for cle, valeur in decomptes(texte):
        assert isinstance(cle, str) and valeur >= 0
    lire_extrait(texte)


_CHAZELLES = "COMMUNE DE CHAZELLES\nSéance du 19 décembre 2019\n"


def test_seance_ouverte_par_le_maire_que_la_liste_des_presents_nomme() -> None:
    texte = (
        _CHAZELLES + "Présents : M. Hervé BOYER, Maire, Mme Isabelle CHAUVET, M. Olivier DELMAS.\n"
        "La séance est ouverte à 18 h 35 par M. le Maire. M. Olivier DELMAS est nommé "
        "secrétaire de séance.\n1) Budget\nPour : 3 Contre : 0 Abstention : 0\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None and resultat.seance.president is not None
    assert resultat.seance.president.nom == "BOYER"
    assert "extrait.president-fonction" in resultat.rapport.codes()


def test_maire_non_nomme_dans_la_liste_laisse_la_presidence_vide() -> None:
    texte = (
        _CHAZELLES + "Présents : M. Hervé BOYER, Mme Isabelle CHAUVET, M. Olivier DELMAS.\n"
        "La séance est ouverte par Monsieur le Maire à 20 h.\n1) Budget\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None and resultat.seance.president is None
    assert "extrait.president-fonction" in resultat.rapport.codes()


def test_conseil_preside_par() -> None:
    seance = _seance(
        "Communauté de communes du Val de Loison\nConseil communautaire du 15 mars 2022\n"
        "Le conseil communautaire est présidé par M. Gérard VAUTRIN, Président. Convocation "
        "envoyée le 8 mars 2022.\nPrésents : M. Gérard VAUTRIN, Mme Monique CHARLIER.\n"
    )
    assert seance.president is not None and seance.president.nom == "VAUTRIN"


def test_tableau_de_presence_copie_une_cellule_par_ligne() -> None:
    cellules = [
        "Conseiller", "Fonction", "Présence",
        "Thierry COLLIN", "Maire", "présent",
        "Martine LALLEMAND", "conseillère", "excusée – pouvoir à Thierry COLLIN",
        "Laetitia BOUR", "conseillère", "présente",
        "Fabrice NOËL", "conseiller", "absent",
        "Christophe HOUOT", "conseiller", "présent (arrivé au point 2)",
    ]  # fmt: skip
    seance = _seance(
        "Mairie de Bezaumont\nSéance du 14 novembre 2016\nLe conseil municipal s'est réuni "
        "sous la présidence de M. Thierry COLLIN, Maire.\n" + "\n".join(cellules) + "\n"
        "1) Budget\nPour : 4 Contre : 0 Abstention : 0\n"
    )
    assert sorted(e.nom for e in seance.presents()) == ["BOUR", "COLLIN", "HOUOT"]
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [
        ("LALLEMAND", "COLLIN")
    ]
    statuts = {p.elu.nom: p for p in seance.presences}
    assert statuts["NOËL"].statut.value == "absent"
    assert statuts["HOUOT"].arrivee_point == 2


def test_tableau_commune_delegue_presence_et_suppleante() -> None:
    cellules = [
        "Commune", "Délégué(e)", "Présence",
        "Azannes", "Gérard VAUTRIN", "présent",
        "Brandeville", "Luc MASSON", "pouvoir à Gérard VAUTRIN",
        "Delut", "Bernard GUÉRY", "représenté par sa suppléante Jeanne ROBERT",
        "Merles", "Stéphane MARTIN", "absent",
    ]  # fmt: skip
    seance = _seance(
        "Communauté de communes du Val de Loison\nConseil communautaire du 15 mars 2022\n"
        + "\n".join(cellules) + "\n1) Budget\nPour : 3 Contre : 0 Abstention : 0\n"
    )
    assert [e.nom for e in seance.presents()] == ["VAUTRIN"]
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("MASSON", "VAUTRIN")]
    remplaces = [p for p in seance.presences if p.suppleant is not None]
    assert [(p.elu.nom, p.suppleant.nom) for p in remplaces] == [("GUÉRY", "ROBERT")]


def test_une_rangee_du_tableau_n_est_pas_un_en_tete() -> None:
    # « Laetitia BOUR | conseillère | présente » : « conseillère » et « présente » ne sont
    # pas des titres de colonnes
    seance = _seance(
        "Mairie de Bezaumont\nSéance du 14 novembre 2016\n"
        "Conseiller\tFonction\tPrésence\nThierry COLLIN\tMaire\tprésent\n"
        "Laetitia BOUR\tconseillère\tprésente\nDominique VARIN\tconseiller\texcusé\n"
    )
    assert sorted(e.nom for e in seance.presents()) == ["BOUR", "COLLIN"]


def test_tableau_des_presences_par_commune_a_tabulations() -> None:
    seance = _seance(
        "Communauté de communes des Hauts de Gimone\nConseil communautaire du 18 novembre 2021\n"
        "Commune\tDélégués présents\tExcusés – pouvoirs\n"
        "Boulaur\tChristine LAPEYRE, Didier MONTAUT\tAgnès BEYRIES (pouvoir à Christine LAPEYRE)\n"
        "Moncorneil\tSerge DUPUY (suppléant de Henri LASSALLE)\tHenri LASSALLE\n"
        "Tirent-Pontéjac\tRaymond TOULOUSE\tLucien DUCASSE\n"
        "Mme Christine LAPEYRE a été désignée secrétaire de séance.\n"
    )
    assert sorted(e.nom for e in seance.presents()) == ["LAPEYRE", "MONTAUT", "TOULOUSE"]
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [
        ("BEYRIES", "LAPEYRE")
    ]
    excuses = sorted(p.elu.nom for p in seance.presences if p.statut.value == "excuse")
    assert "DUCASSE" in excuses
    assert all("Boulaur" not in str(p.elu) for p in seance.presences)  # une commune, pas un membre


def test_page_web_rangee_a_libelle_br_dans_une_cellule() -> None:
    page = (
        "<html><body><h1>Conseil communautaire du 27 juin 2019</h1>"
        "<p>Communauté de communes des Coteaux</p><table>"
        "<tr><th>Commune</th><th>Délégués présents</th><th>Excusés – pouvoirs</th></tr>"
        "<tr><td>Aubiet</td><td>Francis LABORDE<br />Hélène CASTEX</td>"
        "<td>Josette PUJOL (pouvoir à Francis LABORDE)</td></tr>"
        "</table></body></html>"
    )
    from deliberations.extrait.html import texte_html

    assert "Aubiet\tFrancis LABORDE ; Hélène CASTEX\tJosette PUJOL" in texte_html(page)
    # deux colonnes de noms côte à côte (pas de libellé de rangée) : les <br> restent des lignes
    colonnes = "<table><tr><td>A B<br>C D</td><td>E F<br>G H</td></tr></table>"
    assert texte_html(colonnes).split("\n") == ["A B", "C D\tE F", "G H"]


_CELLULES_POSSIBLES = st.sampled_from(
    [
        "Conseiller", "Fonction", "Présence", "Commune", "Délégué(e)", "Thierry COLLIN",
        "Maire", "présent", "excusée – pouvoir à Thierry COLLIN", "absent", "Azannes", "",
        "Page 2/3", "représenté par sa suppléante Jeanne ROBERT", "1) Budget",
    ]
)  # fmt: skip


@given(st.lists(_CELLULES_POSSIBLES, max_size=40))
@example(["Conseiller", "Fonction", "Présence", "", "Thierry COLLIN", "", "Maire", "présent"])
def test_rangees_remises_sur_une_ligne_sans_rien_perdre(lignes: list[str]) -> None:
    from collections import Counter

    from deliberations.extrait.preparation import _rangees_une_cellule_par_ligne

    numerotees = list(enumerate(lignes, start=1))
    sortie = _rangees_une_cellule_par_ligne(numerotees)
    cellules = [c for _n, t in sortie for c in t.split("\t")]
    assert Counter(c.strip() for c in cellules) == Counter(t.strip() for t in lignes)
    assert [n for n, _t in sortie] == sorted(n for n, _t in sortie)  # l'ordre des lignes est gardé
    lire_extrait("\n".join(lignes))


_TABLEAU_COCHE = (
    "Nom\tPrésent\tExcusé\tAbsent\tPouvoir à\n"
    "Thierry COLLIN\tX\t\t\t\n"
    "Martine LALLEMAND\t\tX\t\tThierry COLLIN\n"
    "Fabrice NOËL\t\t\tX\t\n"
    "Dominique VARIN\t\tX\t\t\n"
)


def _statuts_coches(seance_lue: object) -> dict[str, str]:
    from deliberations.model import Seance

    assert isinstance(seance_lue, Seance)
    return {p.elu.nom: p.statut.value for p in seance_lue.presences}


def test_tableau_a_une_colonne_cochee_par_statut() -> None:
    seance = _seance("Mairie de Bezaumont\nSéance du 14 novembre 2016\n" + _TABLEAU_COCHE)
    # « Excusé » coché : excusé, pas absent (la colonne cochée dit le statut)
    assert _statuts_coches(seance) == {
        "COLLIN": "present",
        "LALLEMAND": "excuse",
        "NOËL": "absent",
        "VARIN": "excuse",
    }
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [
        ("LALLEMAND", "COLLIN")
    ]


def test_tableau_a_colonnes_cochees_dans_une_page_web() -> None:
    rangees = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in ligne.split("\t")) + "</tr>"
        for ligne in _TABLEAU_COCHE.strip("\n").split("\n")
    )
    page = (
        "<html><body><h1>Séance du 14 novembre 2016</h1><p>Mairie de Bezaumont</p>"
        f"<table>{rangees}</table></body></html>"
    )
    from deliberations.extrait.html import texte_html

    seance = _seance(texte_html(page))
    assert _statuts_coches(seance)["VARIN"] == "excuse"
