"""Corrections de la dix-septième session (écarts restants des séries précédentes), chacune sur
un petit texte inventé, en lignes quand la forme s'y prête et aplati sur une ligne."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait.html import texte_html
from tests.extrait.comparaison import projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


_TETE = (
    "COMMUNAUTE DE COMMUNES DU VAL DE BRENNE\nPROCES-VERBAL DU CONSEIL COMMUNAUTAIRE\n"
    "Séance du mardi 5 avril 2011\n"
)
_SUITE = (
    "L'an deux mille onze, le cinq avril, à vingt heures, le conseil communautaire s'est réuni "
    "sous la présidence de M. Paul ROUX.\nPrésents : M. Paul ROUX, Mme Anne PETIT.\n"
    "1 – Budget primitif\nAdopté à l'unanimité.\n"
)


def test_convocation_en_lettres_apres_un_decompte_en_lettres() -> None:
    """« … votants : vingt et un. Convocation adressée le vingt-neuf mars deux mille onze. »
    (texte aplati) : le décompte en lettres ne mange plus la phrase de convocation."""
    texte = _aplati(
        _TETE + "Nombre de délégués en exercice : vingt-quatre ; présents : dix-neuf ; votants : "
        "vingt et un. Convocation adressée le vingt-neuf mars deux mille onze.\n" + _SUITE
    )
    lue = projection(seance_lue(texte))
    assert lue["convocation"] == "2011-03-29"
    assert lue["decomptes"]["votants"] == 21
    assert lue["decomptes"]["presents"] == 19


def test_decompte_en_lettres_sans_convocation() -> None:
    """Le même décompte sans phrase de convocation : aucune convocation n'est lue."""
    texte = _aplati(
        _TETE + "Nombre de délégués en exercice : vingt-quatre ; présents : dix-neuf ; votants : "
        "vingt et un.\n" + _SUITE
    )
    assert projection(seance_lue(texte))["convocation"] is None


_PAGE = (
    "<html><body><p><font size='4'><b>COMPTE RENDU DU CONSEIL MUNICIPAL</b></font></p>"
    "<p><font size='3'><b>Séance du vendredi 14 novembre 2003</b></font></p>"
    "<p><font>Le conseil municipal de Brémonville s'est réuni sous la présidence de M. Paul "
    "ARNAUD, Maire.<br>Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN.</font></p>"
    "<p><font face='Arial'><b><u>Voirie communale</u></b><br>Le conseil retient l'entreprise "
    "la moins disante.<br>Adopté à l'unanimité.</font></p>"
    "<p><font face='Arial'><span><b>Tarifs de la cantine</b><br>Vote : 2 pour, 1 contre."
    "</span></font></p></body></html>"
)


def test_titre_en_gras_habille_de_font_et_span() -> None:
    """``<p><font><b><u>Titre</u></b><br>…`` (pages FrontPage) : le gras qui ouvre le bloc sous
    des enveloppes de mise en forme est un intertitre, chaque point est lu à part."""
    lignes = texte_html(_PAGE).split("\n")
    assert lignes[lignes.index("Voirie communale") - 1] == ""
    seance = lire_extrait(texte_html(_PAGE)).seance
    assert seance is not None
    objets = [(d.objet, d.scrutins[0].pour if d.scrutins else None) for d in seance.deliberations]
    assert objets == [("Voirie communale", None), ("Tarifs de la cantine", 2)]


def test_gras_apres_du_texte_dans_l_enveloppe_n_est_pas_un_titre() -> None:
    """``<p><font>Texte <b>mot</b><br>…`` : un gras au milieu d'une phrase reste du texte."""
    page = "<p><font>Le conseil <b>approuve</b><br>la convention.</font></p>"
    assert "" not in texte_html(page).split("\n")


_COMMUNE = (
    "Commune de Brémonville\nConseil municipal du 2 avril 2024\nLe conseil municipal s'est réuni "
    "sous la présidence de M. Paul ARNAUD, Maire.\nPrésents : M. Paul ARNAUD, Mme Lise BERTIN, "
    "M. Marc COLIN, Mme Julie DUPRE.\n1. Budget primitif\nPour : 4 Contre : 0\n{X}\n"
    "2. Tarifs\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_maire_designe_par_sa_fonction_quitte_avec_pouvoir(forme) -> None:  # type: ignore[no-untyped-def]
    """« M. le Maire quitte la séance …, après le point 1, et donne pouvoir à Mme Y » : le
    maire est le président que la phrase de présidence dit maire ; départ et pouvoir lus."""
    texte = forme(_COMMUNE.replace(
        "{X}", "M. le Maire quitte la séance à 21 h 10, après le point 1, et donne pouvoir à "
        "Mme Lise BERTIN ; Mme Julie DUPRE, première adjointe, préside la suite de la séance."
    ))
    lue = projection(seance_lue(texte))
    assert lue["procurations"] == [["Paul ARNAUD", "Lise BERTIN"]]
    assert lue["mouvements"] == {"Paul ARNAUD": [None, 1]}
    assert "extrait.mouvement-fonction" in {c.code for c in lire_extrait(texte).rapport.constats}


def test_maire_sans_titulaire_dit_reste_inconnu() -> None:
    """Sans phrase ni liste qui dise qui est maire, « M. le Maire quitte la séance » n'est
    attribué à personne : aucun départ ni pouvoir inventé."""
    texte = _COMMUNE.replace(", Maire.", ".").replace(
        "{X}", "M. le Maire quitte la séance après le point 1 et donne pouvoir à Mme Lise BERTIN."
    )
    lue = projection(seance_lue(texte))
    assert lue["procurations"] == [] and lue["mouvements"] == {}


@pytest.mark.parametrize("forme", [str, _aplati])
def test_voix_apres_l_objet_approuve(forme) -> None:  # type: ignore[no-untyped-def]
    """« Sous la présidence de Mme X, doyenne de l'assemblée, le maire s'étant retiré, le
    conseil municipal approuve le compte administratif 2023 : 3 voix pour. » (phrase longue) :
    les voix qui finissent la phrase d'approbation sont lues."""
    texte = forme(_COMMUNE.replace(
        "{X}", "2. Compte administratif 2023\nSous la présidence de Mme Lise BERTIN, doyenne de "
        "l'assemblée, le maire s'étant retiré, le conseil municipal approuve le compte "
        "administratif 2023 : 3 voix pour."
    ).replace("2. Tarifs", "3. Tarifs"))
    points = projection(seance_lue(texte))["deliberations"]
    assert points[1]["scrutin"]["pour"] == 3
    assert points[1]["scrutin"]["resultat"] == "adopte"


_EPCI = (
    "Communauté de communes du Val de Brenne\nConseil communautaire du 2 avril 2024\nLe conseil "
    "communautaire s'est réuni sous la présidence de M. Paul ARNAUD, Président.\n{X}\n"
    "1. Budget primitif\nPour : 3 Contre : 0\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    "qualite", ["déléguée suppléante", "suppléante", "(déléguée suppléante)", "conseillère suppléante"]
)
def test_qualite_de_suppleante_entre_deux_noms(forme, qualite) -> None:  # type: ignore[no-untyped-def]
    """« Mme X, déléguée suppléante, M. Y » : X siège comme suppléante (titulaire non nommé),
    Y reste présent ; la qualité ne lie plus le nom suivant (qui était perdu)."""
    separateur = " " if qualite.startswith("(") else ", "
    texte = forme(_EPCI.replace(
        "{X}", f"Présents : M. Paul ARNAUD, Mme Lise BERTIN{separateur}{qualite}, M. Marc COLIN."
    ))
    lue = projection(seance_lue(texte))
    assert lue["presents"] == ["Paul ARNAUD", "Marc COLIN"]
    assert lue["suppleances"] == [["Lise BERTIN", None]]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_represente_par_son_suppleant_lie_toujours_le_nom_suivant(forme) -> None:  # type: ignore[no-untyped-def]
    """« M. X, représenté par son suppléant, M. Y » : Y siège pour X (lien gardé)."""
    texte = forme(_EPCI.replace(
        "{X}", "Présents : M. Paul ARNAUD, M. Luc FAURE, représenté par son suppléant, M. Marc COLIN."
    ))
    assert projection(seance_lue(texte))["suppleances"] == [["Marc COLIN", "Luc FAURE"]]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_suppleante_de_titulaire_nomme_apres_la_virgule(forme) -> None:  # type: ignore[no-untyped-def]
    """« Mme X, suppléante de M. Y, M. Z » : X siège pour Y."""
    texte = forme(_EPCI.replace(
        "{X}", "Présents : M. Paul ARNAUD, Mme Lise BERTIN, suppléante de M. Luc FAURE, M. Marc COLIN."
    ))
    lue = projection(seance_lue(texte))
    assert lue["suppleances"] == [["Lise BERTIN", "Luc FAURE"]]
    assert lue["presents"] == ["Paul ARNAUD", "Marc COLIN"]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_prochaine_seance_apres_le_titre(forme) -> None:  # type: ignore[no-untyped-def]
    """« CONSEIL MUNICIPAL DE SAINT-AUBIN Prochaine séance : jeudi 24 octobre 2024 Séance du 26
    septembre 2024 » (aplati) : ni la date de la prochaine séance, ni « Prochaine » dans le nom."""
    texte = forme(
        "CONSEIL MUNICIPAL DE SAINT-AUBIN\nProchaine séance : jeudi 24 octobre 2024\n"
        "Séance du 26 septembre 2024\nDate de convocation : 18 septembre 2024\n"
        "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC\n"
        "Délibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    lue = projection(seance_lue(texte))
    assert lue["date"] == "2024-09-26"
    assert lue["collectivite"] == "SAINT-AUBIN"


@pytest.mark.parametrize("forme", [str, _aplati])
def test_conseil_municipal_dans_un_syndicat_est_signale(forme) -> None:  # type: ignore[no-untyped-def]
    """« SIVU DU COLLÈGE DE VAUDREY » et « Le conseil municipal a choisi pour secrétaire … » :
    le nom dit un syndicat, la phrase un conseil municipal ; l'organe lu est signalé."""
    texte = forme(
        "SIVU DU COLLÈGE DE VAUDREY\nCompte rendu de la réunion du comité\nSéance du 26 septembre "
        "2024\nPrésents : M. Paul ROUX, Président, Mme Anne PETIT, M. Luc BLANC\n"
        "Le conseil municipal a choisi pour secrétaire Mme Anne PETIT.\n"
        "Délibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert resultat.seance.assemblee.organe.value == "conseil_municipal"  # la phrase l'emporte…
    assert "extrait.organe-divergent" in {c.code for c in resultat.rapport.constats}  # … et c'est dit


def test_syndicat_sans_conseil_municipal_n_est_pas_signale() -> None:
    """Le même syndicat dont le texte ne nomme que le comité : rien à signaler."""
    texte = (
        "SIVU DU COLLÈGE DE VAUDREY\nCompte rendu de la réunion du comité syndical\nSéance du 26 "
        "septembre 2024\nPrésents : M. Paul ROUX, Président, Mme Anne PETIT, M. Luc BLANC\n"
        "Délibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert "extrait.organe-divergent" not in {c.code for c in resultat.rapport.constats}


def test_commune_deleguee_n_est_pas_la_collectivite() -> None:
    """Sans la ligne « COMMUNE NOUVELLE DE X », « Communes déléguées de A, B et C » puis « à la
    mairie de A » : A n'est pas la collectivité ; laissée vide, et c'est dit."""
    texte = (
        "Communes déléguées de Vaux-le-Bourg, Saint-Ours-de-Vaux et Brenne-le-Haut\n"
        "CONSEIL MUNICIPAL DU 5 AVRIL 2018\nLe conseil municipal s'est réuni à la mairie de "
        "Vaux-le-Bourg, sous la présidence de M. Paul ROUX, Maire.\n"
        "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC\n1. Budget\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert projection(seance_lue(texte))["collectivite"] is None
    assert "extrait.collectivite-deleguee" in {c.code for c in resultat.rapport.constats}
    avec_nom = "COMMUNE NOUVELLE DE VAUX-EN-BRENNE\n" + texte
    assert projection(seance_lue(avec_nom))["collectivite"] == "VAUX-EN-BRENNE"


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    "convocation",
    [
        "Convocation adressée le 18/09/2024 pour la séance du 26/09/2024",
        "Convocation du 18 septembre 2024 pour la séance du 26 septembre 2024",
    ],
)
def test_convocation_apres_le_titre_ne_date_pas_la_seance(forme, convocation) -> None:  # type: ignore[no-untyped-def]
    """« … réunion du comité Convocation adressée le 18/09/2024 pour la séance du 26/09/2024 »
    (aplati) : la date après le titre est celle de la convocation, la séance est la seconde."""
    texte = forme(
        "SIVU DU COLLÈGE DE VAUDREY\nCompte rendu de la réunion du comité\n" + convocation
        + "\nPrésents : M. Paul ROUX, Président, Mme Anne PETIT, M. Luc BLANC\n"
        "Délibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    lue = projection(seance_lue(texte))
    assert (lue["date"], lue["convocation"]) == ("2024-09-26", "2024-09-18")


_DEUX_POINTS = (
    "COMMUNE DE VAUDREY\nSéance du 26 septembre 2024\nSous la présidence de M. Paul ROUX, Maire\n"
    "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL\n"
    "Délibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\n{X}\n"
    "Délibération n° 2024-32 : Subvention\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    ("phrase", "mouvements"),
    [
        ("M. Luc BLANC quitte la séance pour ce point.", {}),
        ("M. Luc BLANC quitte la salle le temps du vote.", {}),
        ("M. Luc BLANC quitte la séance.", {"Luc BLANC": [None, 1]}),
        ("M. Luc BLANC quitte la séance après le vote de ce point.", {"Luc BLANC": [None, 1]}),
    ],
)
def test_sortie_le_temps_d_un_point_n_est_pas_un_depart(forme, phrase, mouvements) -> None:  # type: ignore[no-untyped-def]
    """« M. X quitte la séance pour ce point » après un vote : une sortie le temps d'un point,
    pas un départ (signalé, extrait.retrait-non-lu) ; « quitte la séance » seul après le vote
    reste un départ."""
    texte = forme(_DEUX_POINTS.replace("{X}", phrase))
    assert projection(seance_lue(texte))["mouvements"] == mouvements


@pytest.mark.parametrize(
    ("avant", "titre"),
    [
        ("Le jeudi 26 septembre 2024, à 20 heures, le Conseil municipal s'est réuni en mairie.",
         "CONSEIL MUNICIPAL DE SAINT-AUBIN"),
        ("Vaudrey, le 30 septembre 2024",
         "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE LA COMMUNE DE L'ISLE-SUR-LE-DOUBS"),
    ],
)
def test_nom_en_capitales_finit_avant_la_phrase_suivante(avant, titre) -> None:  # type: ignore[no-untyped-def]
    """Texte aplati : « … DE SAINT-AUBIN Le jeudi 26 … », « … DE L'ISLE-SUR-LE-DOUBS Vaudrey, le
    30 … » : le nom tout en capitales finit au mot en casse de titre qui le suit."""
    texte = _aplati(
        f"{titre}\n{avant}\nSéance du 26 septembre 2024\nPrésents : M. Paul ROUX, Mme Anne PETIT\n"
        "Délibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    attendu = titre.rsplit(" DE ", 1)[1]
    assert projection(seance_lue(texte))["collectivite"] == attendu


def test_convoque_le_apres_l_an_ne_date_pas_la_seance() -> None:
    """« Le vingt-six septembre de l'an deux mille vingt-quatre, à vingt heures Convoqué le :
    18.09.2024 » (aplati) : la date après « Convoqué le » est celle de la convocation."""
    texte = _aplati(
        "COMMUNE DE VAUDREY\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "Le vingt-six septembre de l'an deux mille vingt-quatre, à vingt heures\n"
        "Convoqué le : 18.09.2024\nPrésents : M. Paul ROUX, Mme Anne PETIT\n"
        "Délibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    lue = projection(seance_lue(texte))
    assert (lue["date"], lue["convocation"]) == ("2024-09-26", "2024-09-18")


def test_ordre_du_jour_numerote_annonce_n_ouvre_pas_de_points() -> None:
    """Texte aplati : « ORDRE DU JOUR : 1. Approbation du procès-verbal du 11 juillet 2024 ; 2.
    Tarifs de la cantine » annonce les points ; ils ne sont pas lus comme délibérations, et le
    rang d'une arrivée reste celui des points délibérés."""
    texte = _aplati(
        "COMMUNE DE VAUDREY\nSéance du 26 septembre 2024\nORDRE DU JOUR : 1. Approbation du "
        "procès-verbal du 11 juillet 2024 ; 2. Tarifs de la cantine\nDate de convocation : 18 "
        "septembre 2024\nPrésents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL\n"
        "Délibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\nMme Iris VIDAL "
        "prend place dans l'assemblée.\nDélibération n° 2024-32 : Subvention au comité des fêtes\n"
        "Adopté à l'unanimité.\n"
    )
    lue = projection(seance_lue(texte))
    assert [d["numero"] for d in lue["deliberations"]] == ["2024-31", "2024-32"]
    assert lue["mouvements"] == {"Iris VIDAL": [2, None]}
    assert lue["convocation"] == "2024-09-18"


def test_ordre_du_jour_sans_point_virgule_n_est_pas_protege() -> None:
    """Seul un ordre du jour dont les points sont séparés par « ; » est gardé d'un tenant :
    « Ordre du jour : 1. Tarifs communaux : … 2. Subventions … » (les points eux-mêmes qui
    suivent l'intitulé) reste coupé comme avant."""
    from deliberations.extrait.normalisation import _dans_l_ordre_du_jour

    assert _dans_l_ordre_du_jour("ordre du jour : 1. tarifs communaux : le conseil. 2. subventions") == set()
    zone = _dans_l_ordre_du_jour("ordre du jour : 1. approbation du pv ; 2. tarifs de la cantine date")
    assert zone and max(zone) == len("ordre du jour : 1. approbation du pv ; 2. ")


_PARAGRAPHE_COUPE = (
    "COMMUNE DE VAUDREY\nSéance du 8 février 2008\nPrésents : M. Paul ROUX, Mme Anne PETIT, M. Luc "
    "BLANC.\n1) Approbation du compte rendu de la séance du 14 décembre 2007 Le compte rendu est\n"
    "approuvé à l'unanimité.\n2) Travaux de voirie 2008 Le Maire présente les devis reçus pour\n"
    "la réfection du chemin. Le conseil retient l'entreprise par 2 voix pour et 1 abstention.\n"
)


def test_phrase_collee_au_titre_d_un_point() -> None:
    """Paragraphe coupé à largeur fixe : « 2) Travaux de voirie 2008 Le Maire présente … » :
    l'exposé commence à la phrase (article, sujet, verbe) qui suit le titre."""
    objets = [d["objet"] for d in projection(seance_lue(_PARAGRAPHE_COUPE))["deliberations"]]
    assert objets == ["Approbation du compte rendu de la séance du 14 décembre 2007", "Travaux de voirie 2008"]


@pytest.mark.parametrize(
    "titre", ["Vente de la parcelle ZB 41 au lieu-dit Les Grandes Vignes", "Le loyer est fixé"]
)
def test_nom_propre_ou_titre_en_phrase_reste_entier(titre) -> None:  # type: ignore[no-untyped-def]
    """« … au lieu-dit Les Grandes Vignes » (un nom, sans verbe) et un titre qui est lui-même
    une phrase restent entiers."""
    texte = (
        "COMMUNE DE VAUDREY\nSéance du 8 février 2008\nPrésents : M. Paul ROUX, Mme Anne PETIT.\n"
        f"1) {titre}\nAdopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["deliberations"][0]["objet"] == titre


@pytest.mark.parametrize(
    "phrase",
    [
        "Monsieur le Maire expose les devis reçus.",
        "M. le Maire présente les devis reçus.",
        "Après en avoir délibéré, le conseil retient l'entreprise.",
    ],
)
def test_autres_phrases_collees_au_titre(phrase) -> None:  # type: ignore[no-untyped-def]
    """« 1) Travaux de voirie 2008 Monsieur le Maire expose … » : l'exposé n'est pas du titre."""
    texte = (
        "COMMUNE DE VAUDREY\nSéance du 8 février 2008\nPrésents : M. Paul ROUX, Mme Anne PETIT.\n"
        f"1) Travaux de voirie 2008 {phrase}\nAdopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["deliberations"][0]["objet"] == "Travaux de voirie 2008"


_EN_TETE_LONG = (
    "MAIRIE DE BRENNE\n2 place de la Mairie – 21000 BRENNE – Tél. 03 80 00 00 00\nCOMPTE RENDU DU "
    "CONSEIL MUNICIPAL\nSéance du 19 mars 2024\nLe Conseil municipal, légalement convoqué, s'est "
    "réuni en séance publique à la mairie.\nSous la présidence de M. Paul ROUX, Maire.\n"
)


@pytest.mark.parametrize(
    ("listes", "procuration"),
    [
        ("Présents : Paul Roux, Anne Petit, Luc Blanc, Iris Vidal\nPouvoir : Nadia Berger à Luc Blanc",
         ["Nadia Berger", "Luc Blanc"]),
        ("PRESENTS : ROUX Paul - PETIT Anne - BLANC Luc - VIDAL Iris\nABSENTS REPRESENTES : BERGER "
         "Nadia par BLANC Luc", ["Nadia BERGER", "Luc BLANC"]),
        ("Etaient présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL\nAvait donné "
         "pouvoir : Mme Nadia BERGER à M. Luc BLANC", ["Nadia BERGER", "Luc BLANC"]),
    ],
)
def test_point_numerote_apres_la_liste_des_pouvoirs(listes, procuration) -> None:  # type: ignore[no-untyped-def]
    """Texte aplati : « … Pouvoir : Nadia Berger à Luc Blanc 1. Budget primitif Adopté … » : le
    point numéroté qui suit un nom en casse de titre ouvre un point (le mandataire n'est plus
    « Luc 1. Budget primitif Blanc ») ; « Avait donné pouvoir : » est un intitulé."""
    texte = _aplati(_EN_TETE_LONG + listes + "\n1. Budget primitif\nAdopté à l'unanimité.\n")
    lue = projection(seance_lue(texte))
    assert lue["procurations"] == [procuration]
    assert [d["objet"] for d in lue["deliberations"]] == ["Budget primitif"]
    assert len(lue["presents"]) == 4


def test_article_numerote_reste_dans_sa_phrase() -> None:
    """« … conformément à l'Article 3. Le conseil décide … » : pas un point numéroté."""
    texte = _aplati(
        _EN_TETE_LONG + "Présents : M. Paul ROUX, Mme Anne PETIT.\n1. Budget primitif\nVu le "
        "règlement, notamment son Article 3. Le conseil décide d'adopter le budget. Adopté à "
        "l'unanimité.\n"
    )
    assert len(projection(seance_lue(texte))["deliberations"]) == 1


def test_titre_a_numero_final_apres_le_secretaire() -> None:
    """Texte aplati : « … Secrétaire de séance : Mme Anne PETIT. Budget primitif 2024 : 2024-15
    Approuvé par 4 voix pour et 1 voix contre. » : le premier point n'est plus mêlé au secrétaire."""
    texte = _aplati(
        _EN_TETE_LONG + "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL, M. "
        "Marc FAURE.\nSecrétaire de séance : Mme Anne PETIT.\nBudget primitif 2024 : 2024-15\n"
        "Approuvé par 4 voix pour et 1 voix contre.\nTarifs de la cantine : 2024-16\nApprouvé à "
        "l'unanimité.\n"
    )
    lue = projection(seance_lue(texte))
    assert [(d["numero"], d["objet"]) for d in lue["deliberations"]] == [
        ("2024-15", "Budget primitif 2024"),
        ("2024-16", "Tarifs de la cantine"),
    ]
    assert lue["secretaires"] == ["Anne PETIT"]


def test_libelles_de_decompte_separes_de_leurs_valeurs() -> None:
    """Colonnes relues à la suite : « Nombre de membres en exercice : » / « Présents : » / « 17 »
    / « 13 - Pouvoirs : 3 - Votants : 16 » : ni « 13 – Pouvoirs … » ni le libellé ne sont des
    points."""
    texte = (
        "RÉGION BRENNE\nCommission permanente du 16 octobre 2015\nPrésents : Mme Odile BRUNEAU, "
        "M. Luc FAUCHER.\nSecrétaire de séance : Mme Odile BRUNEAU\n\nNombre de membres en exercice :"
        "\nPrésents :\n17\n13 - Pouvoirs : 3 - Votants : 16\n\nN° 15.05.01 – Aide aux lycées\n"
        "Adopté à l'unanimité.\n"
    )
    points = projection(seance_lue(texte))["deliberations"]
    assert [(d["numero"], d["objet"]) for d in points] == [("15.05.01", "Aide aux lycées")]
