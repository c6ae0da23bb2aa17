"""Familles de mises en page trouvées par la quatorzième mesure hors échantillon (documents 296
à 305 : assemblées intercommunales aux délégués groupés par commune, titulaires et suppléants,
conseils généraux et commissions permanentes aux présents rangés par fonction ou par canton) :
chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from typing import Any

from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.html import texte_html
from tests.extrait.comparaison import projection
from tests.extrait.comparaison import seance_lue as _seance

_ENTETE = "COMMUNE DE VERNOUX-LE-BAS\nSéance du conseil municipal du 8 juillet 2019\n"


def _lu(texte: str) -> dict[str, Any]:
    return projection(_seance(texte))


def _points(texte: str) -> list[tuple[str | None, str | None]]:
    return [(d["numero"], d["objet"]) for d in _lu(texte)["deliberations"]]


# --- pouvoir dont le mandant est suivi de sa fonction ---------------------------------------


def test_pouvoir_mandant_suivi_de_sa_fonction() -> None:
    lu = _lu(
        _ENTETE + "Présents : M. Paul DURAND, Mme Anne MARTIN\nPouvoirs :\n"
        "Mme Martine CALMEJANE, Vice-présidente, à M. Paul DURAND\n"
        "M. Francis VIDAL, 1re adjointe, à Mme Anne MARTIN\n"
    )
    assert lu["procurations"] == [
        ["Martine CALMEJANE", "Paul DURAND"],
        ["Francis VIDAL", "Anne MARTIN"],
    ]


# --- « LISTE DES PRÉSENTS » rangée par fonction ---------------------------------------------


def test_liste_des_presents_rangee_par_fonction() -> None:
    lu = _lu(
        "DÉPARTEMENT DE LA HAUTE-VÉNÈRE\nCOMMISSION PERMANENTE\nRéunion du lundi 8 juillet 2019\n\n"
        "LISTE DES PRÉSENTS\nPrésidente : Mme Françoise VIGUIER\n"
        "Vice-présidents : M. Christian DELMAS, Mme Nathalie ROQUES,\nMme Isabelle FAURÉ\n"
        "Membres : M. Alain BOUYSSOU, Mme Corinne CAMBON\n\nABSENTS EXCUSÉS\nM. Pierre FABRE\n"
    )
    assert lu["president"] == "Françoise VIGUIER"
    assert sorted(lu["presents"]) == [
        "Alain BOUYSSOU",
        "Christian DELMAS",
        "Corinne CAMBON",
        "Françoise VIGUIER",
        "Isabelle FAURÉ",
        "Nathalie ROQUES",
    ]
    assert lu["excuses"] == ["Pierre FABRE"]


# --- numéros de bureau « B2021-014 – » et « Rapporteur : » dans un texte aplati --------------


def test_numero_a_lettre_collee_et_rapporteur_dans_le_flux() -> None:
    texte = (
        "COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND VERDOUBLE BUREAU COMMUNAUTAIRE Séance du jeudi 18 "
        "février 2021 sous la présidence de M. Philippe AUDOUARD, Président. Étaient présents : "
        "M. Philippe AUDOUARD, Président, Mme Sandrine ESCAFFRE, 1re Vice-Présidente. Secrétaire "
        "de séance : Mme Sandrine ESCAFFRE. B2021-014 – Finances – Fonds de concours à la commune "
        "de Tautavel Rapporteur : M. Philippe AUDOUARD Le Bureau communautaire attribue un fonds "
        "de concours. Vote : adopté à l'unanimité des votants. B2021-015 – Habitat – Subvention "
        "pour la résidence Les Micocouliers Rapporteur : Mme Sandrine ESCAFFRE Vote : adopté à "
        "l'unanimité des votants."
    )
    assert _points(texte) == [
        ("B2021-014", "Finances – Fonds de concours à la commune de Tautavel"),
        ("B2021-015", "Habitat – Subvention pour la résidence Les Micocouliers"),
    ]


def test_article_d_un_nom_propre_au_bout_d_un_titre_aplati() -> None:
    assert r.couper_titre("Subvention pour la résidence Les Micocouliers") == (
        "Subvention pour la résidence Les Micocouliers",
        "",
    )
    assert r.couper_titre("Cession à la SCI Les Genêts Le prix est de 12 €") == (
        "Cession à la SCI Les Genêts",
        "Le prix est de 12 €",
    )


# --- présents par canton, points de conduite, arrivée « à partir du rapport n° 3 » ----------

_CANTONS = (
    "DÉPARTEMENT DE LA VARDIÈRE\nCONSEIL GÉNÉRAL\nSéance publique du lundi 24 mars 2003\n"
    "sous la présidence de M. Lucien DESCHAMPS, Président du Conseil général.\n\n"
    "Étaient présents, MM. les Conseillers généraux des cantons de :\n"
    "ARGENTAL ......................... M. Pierre CHAVANNE, 1er Vice-Président\n"
    "BOËN-LA-VIEILLE .................. M. Lucien DESCHAMPS, Président\n"
    "PERREUX-LES-BORDES ............... M. Yves CHAMBON (à partir du rapport n° 2)\n\n"
    "Absent : M. François MATHEVET (SAINT-ÉTIENNE-LE-MOLARD)\n\n"
    "RAPPORT N° 1 – BUDGET PRIMITIF 2003\nAdopté à l'unanimité.\n\n"
    "RAPPORT N° 2 – MOTION RELATIVE AU MAINTIEN DES SERVICES PUBLICS EN ZONE\nRURALE\n"
    "Adoptée à l'unanimité.\n"
)


def test_presents_par_canton_a_points_de_conduite() -> None:
    lu = _lu(_CANTONS)
    assert sorted(lu["presents"]) == ["Lucien DESCHAMPS", "Pierre CHAVANNE", "Yves CHAMBON"]
    assert lu["mouvements"] == {"Yves CHAMBON": [2, None]}
    assert lu["absents"] == ["François MATHEVET"]


def test_titre_en_capitales_poursuivi_a_la_ligne() -> None:
    assert _points(_CANTONS)[1] == (
        "2",
        "MOTION RELATIVE AU MAINTIEN DES SERVICES PUBLICS EN ZONE RURALE",
    )
    texte = (
        _ENTETE + "Présents : M. Paul DURAND\n\n"
        "N° CP-2019-07-001 – ROUTES – PROGRAMME DE GROSSES RÉPARATIONS 2019 –\nDEUXIÈME TRANCHE\n"
        "Résultat du vote : Adopté à l'unanimité\n"
    )
    assert _points(texte) == [
        ("CP-2019-07-001", "ROUTES – PROGRAMME DE GROSSES RÉPARATIONS 2019 – DEUXIÈME TRANCHE")
    ]


# --- feuille de présence à colonnes alignées par des espaces ---------------------------------


def test_feuille_de_presence_a_colonnes_d_espaces() -> None:
    lu = _lu(
        "COMMUNAUTÉ DE COMMUNES DES COTEAUX DU BRULHOIS\n"
        "Conseil communautaire du mardi 12 septembre 2023\n\n"
        "Commune                Conseiller communautaire       Présence\n"
        "ASTAFFORT              Mme Claire DUPIN               P\n"
        "                       M. Henri LAFON                 Pouvoir à Mme C. DUPIN\n"
        "BRAX                   M. Louis PEYRE                 S : M. Marc RIVES\n"
        "CAUDECOSTE             M. Jean FABRE                  E\n"
        "                       M. Alain DUFOUR                A\n"
        "P : présent(e) – E : excusé(e) – A : absent(e) – S : remplacé(e) par son suppléant\n"
    )
    assert lu["presents"] == ["Claire DUPIN"]
    assert lu["procurations"] == [["Henri LAFON", "Claire DUPIN"]]
    assert lu["suppleances"] == [["Marc RIVES", "Louis PEYRE"]]
    assert lu["excuses"] == ["Jean FABRE"]
    assert lu["absents"] == ["Alain DUFOUR"]


# --- « Délibération n°1 sur l'approbation de … », « Délibération 2 concernant … » ------------


def test_objet_apres_sur_ou_concernant() -> None:
    texte = (
        _ENTETE + "Présents : M. Paul DURAND\n\n"
        "Délibération n°1 sur l’approbation du compte administratif 2005:\n"
        "La délibération a été acceptée à l’unanimité.\n\n"
        "Délibération 2 concernant le budget primitif 2009\n"
        "La délibération a été adoptée par 8 voix pour\n"
    )
    assert _points(texte) == [
        ("1", "approbation du compte administratif 2005"),
        ("2", "budget primitif 2009"),
    ]


def test_president_qui_a_ouvert_la_seance() -> None:
    assert r.president("Monsieur HUMBERT, Président, a ouvert la séance en demandant …") == (
        "Monsieur HUMBERT"
    )


# --- titulaires suppléés, suppléants « en remplacement de » -----------------------------------


def test_excuse_represente_par_son_suppleant() -> None:
    lu = _lu(
        _ENTETE + "Présents : M. Paul DURAND, M. Jean-Pierre MOREL (suppléant de M. Louis GAUTHIER)\n"
        "Excusés : M. Louis GAUTHIER (BÉNY), représenté par son suppléant ; M. Jean LOUVRIER "
        "(CRAS)\n"
    )
    assert lu["suppleances"] == [["Jean-Pierre MOREL", "Louis GAUTHIER"]]
    assert "Jean LOUVRIER" in lu["excuses"]


def test_suppleants_ayant_voix_deliberative_en_remplacement_de() -> None:
    lu = _lu(
        _ENTETE + "Présents : M. Paul DURAND\n"
        "Délégués suppléants ayant voix délibérative : M. Luc GIRARD (BOUSSAIS) en remplacement de "
        "M. Jacky PELLETIER ; Mme Annie CHAUVEAU (LOUIN) en remplacement de Mme Françoise AUDEBERT.\n"
        "Délégués suppléants présents sans voix délibérative : M. Pierre BOUTET (AIRVAULT).\n"
    )
    assert lu["suppleances"] == [
        ["Luc GIRARD", "Jacky PELLETIER"],
        ["Annie CHAUVEAU", "Françoise AUDEBERT"],
    ]
    assert lu["presents"] == ["Paul DURAND"]


# --- président et convocation coupés en fin de ligne -----------------------------------------


def test_president_et_convocation_coupes_en_fin_de_ligne() -> None:
    lu = _lu(
        "DÉPARTEMENT DE LA VARDIÈRE\nCONSEIL GÉNÉRAL\nSéance publique du lundi 24 mars 2003\n"
        "Le Conseil général s'est réuni à l'Hôtel du Département, sur la convocation\n"
        "qui lui a été adressée par son Président le 7 mars 2003, sous la présidence de M. Lucien\n"
        "DESCHAMPS, Président du Conseil général.\n"
        "Présents : M. Lucien DESCHAMPS, M. Pierre CHAVANNE\n"
    )
    assert lu["president"] == "Lucien DESCHAMPS"
    assert lu["convocation"] == "2003-03-07"


# --- délégués « Représentant la Commune de X : » dans un texte aplati -------------------------


def test_representant_la_commune_de_et_pouvoir_apres_la_commune() -> None:
    lu = _lu(
        "Compte-Rendu du Comité Syndical du 14 novembre L an deux mille huit, le quatorze novembre "
        "2008, Le Comité du Syndicat Intercommunal de Regroupement Pédagogique de Chivry, "
        "légalement convoqué, s est réuni sous la présidence de Thierry MORVAN, président. "
        "Délégués présents : Représentant la Commune de Chivry : Agnès ROUX, Rémi VASSEUR. "
        "Représentant la Commune de Sermoise : Thierry MORVAN, Hélène GODARD Formant la majorité "
        "des membres en exercice. Absente excusée : Sophie LEMAIRE (Chivry), pouvoir à Agnès ROUX. "
        "2 1 ) : Tarifs de la garderie. Le comité, à l unanimité, approuve les tarifs. 2 ) : "
        "Décision modificative n° 2. Le Comité adopte la décision par 4 voix pour et 1 abstention."
    )
    assert sorted(lu["presents"]) == ["Agnès ROUX", "Hélène GODARD", "Rémi VASSEUR", "Thierry MORVAN"]
    assert lu["procurations"] == [["Sophie LEMAIRE", "Agnès ROUX"]]
    assert [(d["numero"], d["objet"].rstrip(".")) for d in lu["deliberations"]] == [
        ("1", "Tarifs de la garderie"),
        ("2", "Décision modificative n° 2"),
    ]


# --- page web : présents et excusés en colonnes d'un tableau ----------------------------------


def test_tableau_html_presents_et_excuses_en_colonnes() -> None:
    page = (
        "<html><body><p>COMPTE RENDU DU COMITE SYNDICAL DU 17 MARS 2006</p><table>"
        "<tr><td></td><td>Etaient présents:</td><td></td><td></td><td>Etaient excusés:</td></tr>"
        "<tr><td>Délégués:</td><td>Mr FOUQUET</td><td>Mme LANGLOIS</td><td></td><td>Mr HERVIEU</td></tr>"
        "<tr><td></td><td>Mr DUVAL</td><td>Mr MAUGER</td><td>Agents:</td><td>Mr LEROY</td></tr>"
        "</table></body></html>"
    )
    assert texte_html(page).split("\n")[1:] == [
        "Etaient présents : Mr FOUQUET, Mme LANGLOIS, Mr DUVAL, Mr MAUGER",
        "Etaient excusés : Mr HERVIEU",
        "Agents : Mr LEROY",
    ]
    assert r.section("Agents : Mr LEROY") == r.Section("autres", "Mr LEROY", False)
