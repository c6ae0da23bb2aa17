"""Familles de mises en page trouvées par la cinquantième mesure hors échantillon (documents 655
à 664 : grilles de présence et grandes assemblées) : chaque règle sur un petit texte inventé,
en lignes et aplati sur une ligne, indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait.html import texte_html
from deliberations.validation import valider
from tests.extrait.comparaison import projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


# (un texte aplati réel a des milliers de caractères : l'exposé du point l'allonge au-delà du
# seuil où l'analyseur cherche les intitulés et les points au milieu du flux)
_EXPOSE = " ".join(["Le conseil examine le dossier de la voirie communale et en débat longuement."] * 14)
_TETE = "Commune de Valbrune\nConseil municipal du 5 avril 2018\n"
_PRESENTS = "Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN, Mme Anne DUVAL, M. Luc ROY.\n"


def _page(table: str) -> str:
    return (
        "<html><head><title>Conseil communautaire du 23 juin 2016</title></head><body>"
        "<h1>Communauté d'agglomération du Val de Lire</h1>"
        "<p>Conseil communautaire du 23 juin 2016, sous la présidence de M. Paul ARNAUD, Président.</p>"
        f"{table}<h3>N° 2016-041</h3><p>Objet : Tarifs</p><p>Adopté à l'unanimité.</p>"
        "<h3>N° 2016-042</h3><p>Objet : Budget</p><p>Adopté à l'unanimité.</p>"
        "<h3>N° 2016-043</h3><p>Objet : Voirie</p><p>Adopté à l'unanimité.</p></body></html>"
    )


_GRILLE_A_CROIX = (
    "<table><thead>"
    '<tr><th rowspan="2">Commune</th><th rowspan="2">Délégué</th><th colspan="3">Présence</th>'
    '<th rowspan="2">Pouvoir à</th><th rowspan="2">Suppléant qui siège</th></tr>'
    "<tr><th>Présent</th><th>Excusé</th><th>Absent</th></tr></thead><tbody>"
    '<tr><td rowspan="4">LIRE</td><td>ARNAUD Paul</td><td>X</td><td></td><td></td><td></td><td></td></tr>'
    "<tr><td>BERTIN Lise</td><td></td><td>X</td><td></td><td>ARNAUD Paul</td><td></td></tr>"
    "<tr><td>COLIN Marc</td><td>X (à partir du point 2)</td><td></td><td></td>"
    "<td>DUVAL Anne (point 1)</td><td></td></tr>"
    "<tr><td>DUVAL Anne</td><td>X</td><td></td><td></td><td></td><td></td></tr>"
    "<tr><td>BRAY</td><td>ROY Luc</td><td></td><td></td><td>X</td><td></td><td></td></tr>"
    "<tr><td>VAUX</td><td>PIC Odile</td><td></td><td>X</td><td></td><td></td><td>MOREL Henri</td></tr>"
    "</tbody></table>"
)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_grille_html_a_deux_rangees_d_en_tete(forme) -> None:  # type: ignore[no-untyped-def]
    """« Présence » en colspan sur « Présent / Excusé / Absent », la commune en rowspan sur ses
    délégués : chaque case lue dans sa colonne ; le pouvoir dans la sienne, le suppléant qui
    siège dans la sienne, l'arrivée « X (à partir du point 2) » avec son pouvoir."""
    obtenu = projection(seance_lue(texte_html(forme(_page(_GRILLE_A_CROIX)))))
    assert sorted(obtenu["presents"]) == ["Anne DUVAL", "Marc COLIN", "Paul ARNAUD"]
    assert sorted(obtenu["procurations"]) == [["Lise BERTIN", "Paul ARNAUD"], ["Marc COLIN", "Anne DUVAL"]]
    assert obtenu["absents"] == ["Luc ROY"]
    assert obtenu["suppleances"] == [["Henri MOREL", "Odile PIC"]]
    assert obtenu["mouvements"] == {"Marc COLIN": [2, None]}


_GRILLE_EN_MOTS = (
    "<table><thead><tr><th>Membre</th><th>Délégué titulaire</th><th>Délégué suppléant</th>"
    "<th>Présence</th></tr></thead><tbody>"
    '<tr><td rowspan="5">Communauté de communes du Lys</td><td>M. Paul ARNAUD</td>'
    "<td>M. Henri MOREL</td><td>Présent</td></tr>"
    "<tr><td>Mme Lise BERTIN</td><td>Mme Rose LAMY</td><td>Excusée – délégation de vote à M. Paul ARNAUD</td></tr>"
    "<tr><td>M. Marc COLIN</td><td>M. Guy SALLE</td><td>Excusé – représenté par son suppléant</td></tr>"
    "<tr><td>Mme Anne DUVAL</td><td>Mme Iris NOEL</td>"
    "<td>Présente jusqu'à la délibération n° 2016-042 incluse, puis pouvoir à M. Luc ROY</td></tr>"
    "<tr><td>M. Luc ROY</td><td>M. Yves TANG</td><td>Présent</td></tr>"
    "</tbody></table>"
)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_grille_html_presence_en_mots(forme) -> None:  # type: ignore[no-untyped-def]
    """La colonne « Présence » en mots : délégation de vote, « représenté par son suppléant »
    (le suppléant de la même rangée, les autres suppléants nommés ne siègent pas), présence
    jusqu'à une délibération puis pouvoir."""
    obtenu = projection(seance_lue(texte_html(forme(_page(_GRILLE_EN_MOTS)))))
    assert sorted(obtenu["presents"]) == ["Anne DUVAL", "Luc ROY", "Paul ARNAUD"]
    assert sorted(obtenu["procurations"]) == [["Anne DUVAL", "Luc ROY"], ["Lise BERTIN", "Paul ARNAUD"]]
    assert obtenu["suppleances"] == [["Guy SALLE", "Marc COLIN"]]
    assert obtenu["mouvements"] == {"Anne DUVAL": [None, 2]}


@pytest.mark.parametrize("forme", [str, _aplati])
def test_colonne_des_suppleants_avant_la_presence(forme) -> None:  # type: ignore[no-untyped-def]
    """« Titulaire | Suppléant | Présence » aux seuls mots « Présent » et « Excusée » : la
    personne de la rangée est le titulaire, pas le suppléant de la colonne voisine."""
    table = _GRILLE_EN_MOTS.replace(
        "Excusée – délégation de vote à M. Paul ARNAUD", "Excusée"
    ).replace("Excusé – représenté par son suppléant", "Présent").replace(
        "Présente jusqu'à la délibération n° 2016-042 incluse, puis pouvoir à M. Luc ROY", "Présente"
    )
    obtenu = projection(seance_lue(texte_html(forme(_page(table)))))
    assert sorted(obtenu["presents"]) == ["Anne DUVAL", "Luc ROY", "Marc COLIN", "Paul ARNAUD"]
    assert obtenu["suppleances"] == []


@pytest.mark.parametrize("forme", [str, _aplati])
def test_intitule_de_college_ferme_la_liste(forme) -> None:  # type: ignore[no-untyped-def]
    """« Collège du Département (2 voix par délégué) » après une liste : un intertitre, pas un
    absent de plus."""
    texte = forme(
        "Syndicat mixte du bassin de la Lire\nComité syndical du 6 mars 2024\n"
        "Présents : M. Luc PIC, M. Paul ARNAUD.\nAbsents : M. Nicolas PAYEN.\n\n"
        "Collège du Département (2 voix par délégué)\nPrésents : Mme Anne ROY.\n"
        f"1 - Budget\n{_EXPOSE}\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert obtenu["absents"] == ["Nicolas PAYEN"]
    assert "Anne ROY" in obtenu["presents"]


_POINTS_RAPPORTS = (
    "Rapport n° 2019-BP-01 – Budget\nAdopté à l'unanimité.\n"
    "Rapport n° 2019-BP-02 – Taux\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_depart_a_l_issue_du_rapport_numero(forme) -> None:  # type: ignore[no-untyped-def]
    """« quitte la séance à l'issue du rapport n° 2019-BP-02 » : départ après ce rapport (pas
    « après le point 2019 »), avec sa délégation de vote."""
    texte = forme(
        _TETE + _PRESENTS + _POINTS_RAPPORTS
        + "M. Marc COLIN quitte la séance à l'issue du rapport n° 2019-BP-02 et donne délégation "
        "de vote à M. Luc ROY.\n"
        f"Rapport n° 2019-BP-03 – Voirie\n{_EXPOSE}\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert obtenu["mouvements"] == {"Marc COLIN": [None, 2]}
    assert obtenu["procurations"] == [["Marc COLIN", "Luc ROY"]]


@pytest.mark.parametrize(
    "vote",
    [
        "Ont voté contre (2) : Mme Lise BERTIN, M. Marc COLIN. Se sont abstenus (1) : M. Luc ROY. "
        "Tous les autres conseillers ont voté pour (2).",
        "Vote nominatif. Ont voté contre (2) : Mme Lise BERTIN, M. Marc COLIN. S'est abstenu (1) : "
        "M. Luc ROY. Ont voté pour : les 2 autres votants.",
    ],
)
@pytest.mark.parametrize("forme", [str, _aplati])
def test_vote_nominatif_nombres_entre_parentheses(forme, vote) -> None:  # type: ignore[no-untyped-def]
    """« Ont voté contre (2) : noms. » : le nombre entre parenthèses, les noms ôtés ; « ont voté
    pour (2) », « Ont voté pour : les 2 autres votants »."""
    texte = forme(_TETE + _PRESENTS + f"1 – Tarifs\n{_EXPOSE}\n{vote}\n")
    scrutin = projection(seance_lue(texte))["deliberations"][0]["scrutin"]
    assert (scrutin["pour"], scrutin["contre"], scrutin["abstentions"]) == (2, 2, 1)


_GRILLE_PDFTOTEXT = (
    _TETE
    + "   NOM         Prénom        Qualité                  Présence   Pouvoir donné à\n"
    "   ARNAUD      Paul          Maire                       P\n"
    "   BERTIN      Lise          1re adjointe                E       pouvoir à ARNAUD\n"
    "   COLIN       Marc          Conseiller municipal        P\n"
    "   DUVAL       Anne          Conseillère municipale      A\n"
    "   ROY         Luc           Conseiller municipal        P\n\n"
    "Délibération 13-022\nObjet : Tarifs\nAdopté à l'unanimité.\n"
)


def test_grille_pdftotext_nom_et_prenom_en_deux_colonnes() -> None:
    """« NOM   Prénom   Qualité   Présence   Pouvoir donné à » : le nom et le prénom réunis, le
    mandataire écrit « pouvoir à NOM » rendu au membre de ce nom."""
    obtenu = projection(seance_lue(_GRILLE_PDFTOTEXT))
    assert sorted(obtenu["presents"]) == ["Luc ROY", "Marc COLIN", "Paul ARNAUD"]
    assert obtenu["procurations"] == [["Lise BERTIN", "Paul ARNAUD"]]
    assert obtenu["absents"] == ["Anne DUVAL"]


def test_grille_pdftotext_aplatie_ne_donne_pas_de_faux() -> None:
    """La même grille aplatie (colonnes perdues) : aucune procuration inventée."""
    obtenu = projection(seance_lue(_aplati(_GRILLE_PDFTOTEXT) + " " + _EXPOSE))
    assert all(p == ["Lise BERTIN", "Paul ARNAUD"] for p in obtenu["procurations"])


_POINTS_13 = (
    "Délibération 13-022\nObjet : Tarifs\nAdopté à l'unanimité.\n"
    "Délibération 13-023\nObjet : Budget\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_depart_apres_le_vote_l_heure_en_tete(forme) -> None:  # type: ignore[no-untyped-def]
    """« À 21 h 40, après le vote de la délibération 13-023, M. X quitte la séance et donne
    pouvoir à M. Y » : l'heure en tête n'empêche pas de lire le départ et le pouvoir."""
    texte = forme(
        _TETE + _PRESENTS + _POINTS_13
        + "À 21 h 40, après le vote de la délibération 13-023, M. Marc COLIN quitte la séance et "
        "donne pouvoir à M. Luc ROY.\n"
        f"Délibération 13-024\nObjet : Voirie\n{_EXPOSE}\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert obtenu["mouvements"] == {"Marc COLIN": [None, 2]}
    assert obtenu["procurations"] == [["Marc COLIN", "Luc ROY"]]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_depart_apres_un_numero_a_lettre_collee(forme) -> None:  # type: ignore[no-untyped-def]
    """« après le vote de la délibération n° C2022-032 » : le numéro à lettre collée désigne
    le point."""
    texte = forme(
        _TETE + _PRESENTS
        + "Délibération n° C2022-031 – Tarifs\nAdopté à l'unanimité.\n"
        + "Délibération n° C2022-032 – Budget\nAdopté à l'unanimité.\n"
        + "Départ de M. Marc COLIN après le vote de la délibération n° C2022-032 ; il donne pouvoir "
        "à M. Luc ROY.\n"
        f"Délibération n° C2022-033 – Voirie\n{_EXPOSE}\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert obtenu["mouvements"] == {"Marc COLIN": [None, 2]}
    assert obtenu["procurations"] == [["Marc COLIN", "Luc ROY"]]


_LISTE_A_OBSERVATIONS = (
    "Communauté de communes du Val de Lire\nConseil communautaire du 17 mars 2011\n"
    "   Délégué                           Situation     Observations\n"
    "ARGENTON\n"
    "   M. Paul ARNAUD                    présent\n"
    "   Mme Lise BERTIN                   excusée       pouvoir à M. Paul ARNAUD\n"
    "BRAY-LE-HAUT (suite)\n"
    "   M. Marc COLIN                     excusé\n"
    "   M. Guy SALLE, suppléant           présent       siège pour M. Marc COLIN\n"
    "   Mme Anne DUVAL                    absente\n"
    "   M. Luc ROY                        présent\n\n"
    "Secrétaire de séance : M. Luc ROY\n"
    "1 - Budget\nAdopté à l'unanimité.\n"
)


def test_liste_de_presence_a_observations_sous_des_communes() -> None:
    """« Délégué   Situation   Observations » sous des communes en capitales seules sur leur
    ligne : pouvoir dans les observations, suppléant « siège pour M. X »."""
    obtenu = projection(seance_lue(_LISTE_A_OBSERVATIONS))
    assert sorted(obtenu["presents"]) == ["Luc ROY", "Paul ARNAUD"]
    assert obtenu["procurations"] == [["Lise BERTIN", "Paul ARNAUD"]]
    assert obtenu["suppleances"] == [["Guy SALLE", "Marc COLIN"]]
    assert obtenu["absents"] == ["Anne DUVAL"]


def test_liste_a_observations_aplatie_ne_donne_pas_de_faux() -> None:
    """La même liste aplatie : le suppléant n'est pas compté parmi les présents titulaires."""
    obtenu = projection(seance_lue(_aplati(_LISTE_A_OBSERVATIONS) + " " + _EXPOSE))
    assert "Guy SALLE" not in obtenu["presents"]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_rapport_numero_sans_ponctuation_puis_rapporteur(forme) -> None:  # type: ignore[no-untyped-def]
    """« Rapport n° 14.05.110 Titre Rapporteur : M. X » (numéro, titre et rubrique sans
    ponctuation) ouvre un point dans le flux."""
    texte = forme(
        "RÉGION VAL-DE-LIRE COMMISSION PERMANENTE Réunion du vendredi 17 octobre 2014\n"
        "Étaient présents : M. Paul ROY, Mme Anne PIC, M. Luc DUR\n"
        f"Rapport n° 14.05.110 Lycées publics : dotations Rapporteur : M. Paul ROY\n{_EXPOSE}\n"
        "Vote : unanimité Adopté\n"
        "Rapport n° 14.05.111 Aides aux clubs Rapporteur : Mme Anne PIC\n"
        "Vote : Pour : 2 Contre : 1 Abstention : 0 Adopté\n"
    )
    obtenu = projection(seance_lue(texte))
    assert [(d["numero"], d["objet"]) for d in obtenu["deliberations"]] == [
        ("14.05.110", "Lycées publics : dotations"),
        ("14.05.111", "Aides aux clubs"),
    ]


def test_grille_aplatie_sur_une_ligne() -> None:
    """« Nom Prénom Présent Pouvoir Absent NOM Prénom X NOM Prénom pouvoir à NOM … » (grille
    d'un PDF aplati), un pied de page au milieu : chaque entrée lue, le mandataire écrit par
    son NOM seul rendu au membre de ce nom."""
    texte = (
        "MAIRIE DE VALBRUNE Procès-verbal du conseil municipal Séance du vendredi 26 juin 2009 "
        "Tableau de présence Nom Prénom Présent Pouvoir Absent ARNAUD Paul X BERTIN Lise pouvoir à "
        "ARNAUD COLIN Marc X DUVAL Anne excusée Valbrune – Conseil municipal du 26/06/2009 – 1/3 "
        "ROY Luc X PIC Odile absente SALLE Guy X TANG Yves pouvoir à ROY Luc "
        f"Secrétaire de séance : M. Luc ROY N° 2009/045 – Budget {_EXPOSE} Adopté à l'unanimité."
    )
    obtenu = projection(seance_lue(texte))
    assert sorted(obtenu["presents"]) == ["Guy SALLE", "Luc ROY", "Marc COLIN", "Paul ARNAUD"]
    assert sorted(obtenu["procurations"]) == [["Lise BERTIN", "Paul ARNAUD"], ["Yves TANG", "Luc ROY"]]
    assert obtenu["excuses"] == ["Anne DUVAL"]
    assert obtenu["absents"] == ["Odile PIC"]


def test_grille_aplatie_commune_devant_son_premier_conseiller() -> None:
    """« Commune Conseiller communautaire P E A Pouvoir à LIRE ARNAUD Paul P … » : la commune en
    capitales devant le premier conseiller de son groupe n'est pas de son nom."""
    texte = (
        "COMMUNAUTÉ URBAINE DU VAL DE LIRE CONSEIL COMMUNAUTAIRE Séance du jeudi 14 avril 2022 "
        "Liste de présence Commune Conseiller communautaire P E A Pouvoir à SAINT-JEAN-DU-BOIS "
        "ARNAUD Paul P BERTIN Lise E pouvoir à ARNAUD Paul BRAY COLIN Marc P DUVAL Anne A "
        "VAUX ROY Luc P PIC Odile P "
        f"Délibération n° C2022-031 – Budget {_EXPOSE} Adopté à l'unanimité"
    )
    obtenu = projection(seance_lue(texte))
    assert sorted(obtenu["presents"]) == ["Luc ROY", "Marc COLIN", "Odile PIC", "Paul ARNAUD"]
    assert obtenu["procurations"] == [["Lise BERTIN", "Paul ARNAUD"]]
    assert obtenu["absents"] == ["Anne DUVAL"]


_CODES_LEGENDE_AVANT = (
    "Communauté de communes du Val de Lire\nConseil communautaire du 16 octobre 2008\n"
    "Légende : P = présent      E = excusé      A = absent      S = remplacé par son suppléant\n"
    "          Pv = a donné pouvoir (voir la liste des pouvoirs)\n\n"
    "COMMUNE          DÉLÉGUÉS TITULAIRES          DÉLÉGUÉS SUPPLÉANTS\n"
    "ARGENTON         M. Paul ARNAUD         P     M. Henri MOREL\n"
    "                 Mme Lise BERTIN        Pv    Mme Rose LAMY\n"
    "BRAY             M. Marc COLIN          S     M. Guy SALLE           P\n"
    "                 Mme Anne DUVAL         A     Mme Iris NOEL\n"
    "VAUX             M. Luc ROY             P     M. Yves TANG\n\n"
    "Pouvoirs : Mme Lise BERTIN à M. Paul ARNAUD.\n"
    "1 - Budget\nAdopté à l'unanimité.\n"
)


def test_tableau_a_codes_legende_au_dessus() -> None:
    """Légende « X = état » au-dessus du tableau (code de deux lettres « Pv »), code du
    suppléant seulement quand il siège : les suppléants nommés sans code ne sont rien."""
    obtenu = projection(seance_lue(_CODES_LEGENDE_AVANT))
    assert sorted(obtenu["presents"]) == ["Luc ROY", "Paul ARNAUD"]
    assert obtenu["suppleances"] == [["Guy SALLE", "Marc COLIN"]]
    assert obtenu["procurations"] == [["Lise BERTIN", "Paul ARNAUD"]]
    assert obtenu["absents"] == ["Anne DUVAL"]


def test_tableau_a_codes_aplati_ne_donne_pas_de_faux() -> None:
    """Le même tableau aplati : aucun suppléant sans code compté présent."""
    obtenu = projection(seance_lue(_aplati(_CODES_LEGENDE_AVANT) + " " + _EXPOSE))
    assert not {"Henri MOREL", "Rose LAMY", "Iris NOEL", "Yves TANG"} & set(obtenu["presents"])


@pytest.mark.parametrize("forme", [str, _aplati])
def test_voix_ponderees_les_scrutins_ne_sont_pas_juges(forme) -> None:  # type: ignore[no-untyped-def]
    """« Votants : 3 (7 voix) » : voix pondérées, dites par un constat ; les voix des scrutins
    ne sont pas comparées aux membres (pas d'erreur vote.total)."""
    texte = forme(
        "Syndicat mixte du bassin de la Lire\nComité syndical du 6 mars 2024\n"
        "Délégués en exercice : 3 (7 voix) – Présents : 3 (7 voix) – Votants : 3 (7 voix)\n"
        "Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN.\n"
        f"CS-2024-07 – Budget\n{_EXPOSE}\nPour : 5 voix – Contre : 2 voix – Abstention : 0\nAdopté.\n"
    )
    resultat = lire_extrait(texte)
    assert "extrait.voix-ponderees" in {c.code for c in resultat.rapport.constats}
    assert resultat.seance is not None
    rapport = valider(resultat.seance, non_etablis=resultat.non_etablis)
    assert "vote.total" not in {c.code for c in rapport.erreurs}


def test_unanimite_et_voix_ne_sont_pas_ponderees() -> None:
    """« Adopté à l'unanimité (5 voix) » : le nombre des votants, pas des voix pondérées."""
    texte = _TETE + _PRESENTS + "1 – Tarifs\nAdopté à l'unanimité (5 voix).\n"
    assert "extrait.voix-ponderees" not in {c.code for c in lire_extrait(texte).rapport.constats}


@pytest.mark.parametrize("forme", [str, _aplati])
def test_batiment_du_siege_sans_numero_de_voie(forme) -> None:  # type: ignore[no-untyped-def]
    """« COMMUNAUTÉ DE COMMUNES DU VAL DE LIRE Hôtel communautaire – place du Foirail – Lire » :
    le bâtiment du siège (« Hôtel » accentué) et sa voie sans numéro ne sont pas du nom."""
    texte = forme(
        "COMMUNAUTÉ DE COMMUNES DU VAL DE LIRE\nHôtel communautaire – place du Foirail – Lire\n"
        "COMPTE RENDU DU CONSEIL COMMUNAUTAIRE\nSÉANCE DU JEUDI 16 OCTOBRE 2008\n"
        + _PRESENTS + f"1 - Budget\n{_EXPOSE}\nAdopté à l'unanimité.\n"
    )
    seance = seance_lue(texte)
    assert seance.assemblee.collectivite.nom == "COMMUNAUTÉ DE COMMUNES DU VAL DE LIRE"
