"""Familles de mises en page trouvées par la vingt-quatrième mesure hors échantillon (documents
393 à 402 : intercommunalités, syndicats et procurations écrites de façon rare) : chaque règle
sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from tests.extrait.comparaison import projection


def _lu(texte: str) -> dict[str, object]:
    seance = lire_extrait(texte).seance
    assert seance is not None, texte
    return projection(seance)


_EN_TETE = (
    "Communauté de communes du Val de Sorne\n"
    "Procès-verbal de la séance du conseil communautaire du 20 mai 2019\n"
    "sous la présidence de M. Jean DELORME, Président.\n"
)
_POINT = "N° 2019-11 – Tarifs de la piscine\nAdopté à l'unanimité.\n"


def test_suppleant_de_dans_les_groupes_par_commune() -> None:
    """« Commune : M. X, suppléant de M. Y – » : X siège pour Y, ni l'un ni l'autre présent."""
    lu = _lu(
        _EN_TETE
        + "Présents : Ardelles : M. Jean DELORME, Mme Anne ROY – Fontjouve : M. Loïc GAYRAUD, "
        "suppléant de M. Alain BONNAFOUS – Miraval : M. Luc GARAT.\n" + _POINT
    )
    assert lu["presents"] == ["Jean DELORME", "Anne ROY", "Luc GARAT"]
    assert lu["suppleances"] == [["Loïc GAYRAUD", "Alain BONNAFOUS"]]


def test_commune_entre_le_suppleant_et_sa_qualite() -> None:
    """« Mme X (Commune), suppléante de M. Y » dans une liste à virgules."""
    lu = _lu(
        _EN_TETE
        + "Délégués présents avec voix délibérative : M. Jean DELORME (Sorne), Mme Odile PERRET "
        "(Estivareilles), suppléante de M. Noël RIVOIRE, M. Jacques MURE (Grézieu).\n" + _POINT
    )
    assert lu["presents"] == ["Jean DELORME", "Jacques MURE"]
    assert lu["suppleances"] == [["Odile PERRET", "Noël RIVOIRE"]]


_PETR = (
    "PETR du Pays des Deux Rives\n"
    "Pôle d'équilibre territorial et rural du Pays des Deux Rives\n"
    "Comité syndical du lundi 17 octobre 2022\n"
    "Présents :\n"
    "Collège de la Communauté de communes de la Vallée d'Orvin : Mme Sabine HOURDEL, "
    "M. Hugues LEROY représentant M. Régis CARPENTIER\n"
    "Collège de la Communauté de communes du Plateau : M. Éric DUFOUR, Mme Martine BOCQUET\n"
    "Délibération CS-2022-031\n"
    "Objet : Candidature au programme LEADER\n"
    "Décision : adoptée à l'unanimité.\n"
)


def test_nom_developpe_prefere_au_sigle_en_tete() -> None:
    """« PETR du Pays de X » (bandeau) puis « Pôle d'équilibre territorial et rural du Pays de
    X » (titre) : le nom développé."""
    lu = _lu(_PETR)
    assert lu["collectivite"] == "Pôle d'équilibre territorial et rural du Pays des Deux Rives"


def test_college_en_tete_de_groupe_et_suppleant_representant() -> None:
    """« Collège de la Communauté de communes X : M. A » : le collège n'est pas une personne ;
    « M. Y représentant M. X » : Y siège pour X."""
    lu = _lu(_PETR)
    assert lu["presents"] == ["Sabine HOURDEL", "Éric DUFOUR", "Martine BOCQUET"]
    assert lu["suppleances"] == [["Hugues LEROY", "Régis CARPENTIER"]]


def test_numero_lettres_annee_rang_sans_n_degre() -> None:
    """« Délibération CS-2022-031 » seule sur sa ligne : le numéro, pas un rang."""
    lu = _lu(_PETR)
    deliberations = lu["deliberations"]
    assert isinstance(deliberations, list)
    assert [d["numero"] for d in deliberations] == ["CS-2022-031"]


_COMMUNE = (
    "Commune de Vauclerc\n"
    "Procès-verbal de la séance du conseil municipal du 20 mai 2019\n"
    "sous la présidence de M. Jean DELORME, Maire.\n"
)
_DEUX_POINTS = (
    "1. Tarifs de la cantine : adoptés à l'unanimité.\n"
    "2. Subvention au comité des fêtes : adoptée à l'unanimité.\n"
)


def test_procuration_ecrite() -> None:
    """« M. X a donné procuration écrite à Mme Y. » : Y est la mandataire (pas « donné
    procuration écrite à Mme Y »)."""
    lu = _lu(
        _COMMUNE
        + "Présents : M. Jean DELORME, Mme Anne ROY, M. Luc GARAT.\n"
        "M. Kévin DUBOIS a donné procuration écrite à Mme Anne ROY.\n" + _DEUX_POINTS
    )
    assert lu["procurations"] == [["Kévin DUBOIS", "Anne ROY"]]


def test_procuration_en_cours_de_seance_avec_heure_et_incise() -> None:
    """« À 21 h 15, Mme X, appelée à s'absenter, quitte la séance et donne procuration à M. Y
    à partir du point 2. » : X part après le point 1, Y vote pour elle ensuite."""
    lu = _lu(
        _COMMUNE
        + "Présents : M. Jean DELORME, Mme Anne ROY, M. Luc GARAT.\n"
        "1. Tarifs de la cantine : adoptés à l'unanimité.\n"
        "À 21 h 15, Mme Anne ROY, appelée à s'absenter, quitte la séance et donne procuration "
        "à M. Luc GARAT à partir du point 2.\n"
        "2. Subvention au comité des fêtes : adoptée à l'unanimité.\n"
    )
    assert lu["procurations"] == [["Anne ROY", "Luc GARAT"]]
    assert lu["mouvements"] == {"Anne ROY": [None, 1]}


def test_depart_sans_point_avec_incise() -> None:
    """« Mme X, devant s'absenter, quitte la séance à 21 h 30 et donne pouvoir à M. Y. » après
    le vote du point 1 : départ après le point 1."""
    lu = _lu(
        _COMMUNE
        + "Présents : M. Jean DELORME, Mme Anne ROY, M. Luc GARAT.\n"
        "1. Tarifs de la cantine : adoptés à l'unanimité.\n"
        "Mme Anne ROY, devant s'absenter, quitte la séance à 21 h 30 et donne pouvoir à M. Luc "
        "GARAT.\n"
        "2. Subvention au comité des fêtes : adoptée à l'unanimité.\n"
    )
    assert lu["procurations"] == [["Anne ROY", "Luc GARAT"]]
    assert lu["mouvements"] == {"Anne ROY": [None, 1]}


def test_pouvoirs_entre_parentheses_en_fin_de_liste_des_presents() -> None:
    """« …, Mme Y (pouvoirs : M. A à M. B, Mme C à Mme D). » sur deux lignes."""
    lu = _lu(
        _COMMUNE
        + "Étaient présents : MM. Jean DELORME, Luc GARAT, Mmes Anne ROY, Iris\n"
        "VIAL (pouvoirs : M. Alain GUERQUIN à M. Jean DELORME,\n"
        "Mme Josiane FRANÇOIS à Mme Anne ROY).\n" + _DEUX_POINTS
    )
    assert lu["presents"] == ["Jean DELORME", "Luc GARAT", "Anne ROY", "Iris VIAL"]
    assert lu["procurations"] == [["Alain GUERQUIN", "Jean DELORME"], ["Josiane FRANÇOIS", "Anne ROY"]]


_METROPOLE = (
    "MÉTROPOLE DU VAL DE SORNE CONSEIL MÉTROPOLITAIN Séance publique du jeudi 10 décembre 2020 "
    "Procès-verbal Étaient présents : M. Jean DELORME, Président, Mme Anne ROY, M. Luc GARAT, "
    "Mme Iris VIAL. Mme Anne ROY est désignée secrétaire de séance. "
)


def test_phrase_de_vote_allongee_par_les_noms_des_opposants() -> None:
    """« …, par 50 voix pour et 10 voix contre (groupe « X » : dix noms), APPROUVE … » : une
    phrase de plus de 300 caractères ; les voix et l'issue se lisent sans la parenthèse."""
    noms = ", ".join(f"Mme Marie-Prenom{i} NOMDEFAMILLE{i}" for i in "ABCDEFGHIJ")
    lu = _lu(
        _METROPOLE + "DÉLIBÉRATION N° C-2020-117 – MOBILITÉS – TARIFS DU RÉSEAU Rapporteure : Mme "
        "Anne ROY Le Conseil métropolitain, après en avoir délibéré, par 50 voix pour et 10 voix "
        f"contre (groupe « Sorne en commun » : {noms}), APPROUVE la grille tarifaire annexée. "
        "La séance est levée à 21 h 05."
    )
    deliberations = lu["deliberations"]
    assert isinstance(deliberations, list)
    scrutin = deliberations[0]["scrutin"]
    assert (scrutin["pour"], scrutin["contre"], scrutin["resultat"]) == (50, 10, "adopte")


def test_rapporteur_puis_ne_prennent_pas_part() -> None:
    """« Rapporteur : M. X M. Y et Mme Z … ne prennent pas part au vote. » (texte aplati) : deux
    non-votants, le rapporteur n'en est pas, et aucun point de plus."""
    lu = _lu(
        _METROPOLE + "DÉLIBÉRATION N° C-2020-118 – AVANCE REMBOURSABLE Rapporteur : M. Jean "
        "DELORME M. Luc GARAT et Mme Iris VIAL, administrateurs de la société, ne prennent pas "
        "part au vote. Le Conseil métropolitain, après en avoir délibéré, à l'unanimité des "
        "suffrages exprimés (58 voix), ACCORDE l'avance remboursable. La séance est levée."
    )
    deliberations = lu["deliberations"]
    assert isinstance(deliberations, list)
    assert [d["numero"] for d in deliberations] == ["C-2020-118"]
    assert deliberations[0]["scrutin"]["ne_prend_pas_part"] == 2


def test_tableau_commune_delegue_presence_d_une_page_web() -> None:
    """« Commune ⇥ Délégué(e) ⇥ Présence », la commune en rowspan (sur la première rangée de
    ses délégués seulement) ; « Arrivé au point 2 », « Représenté par M. X, suppléant »."""
    html = (
        "<html><body><h1>Communauté de communes du Val de Sorne</h1>"
        "<p>Conseil communautaire du 25 mars 2021, sous la présidence de M. Jean DELORME.</p>"
        "<table><tr><th>Commune</th><th>Délégué(e)</th><th>Présence</th></tr>"
        "<tr><td rowspan='2'>BRIOSNE</td><td>M. Jean DELORME</td><td>Présent</td></tr>"
        "<tr><td>Mme Anne ROY</td><td>Excusée – pouvoir à M. Jean DELORME</td></tr>"
        "<tr><td>CHAMPLIS</td><td>M. Luc GARAT</td><td>Arrivé au point 2</td></tr>"
        "<tr><td>SAINT-AGIL</td><td>Mme Iris VIAL</td><td>Représentée par Mme Léa PONS, suppléante</td></tr>"
        "</table>"
        "<h3>DEL-2021-015 – Budget primitif</h3><p>Adopté à l'unanimité.</p>"
        "<h3>DEL-2021-016 – Taux de fiscalité</h3><p>Adopté à l'unanimité.</p>"
        "</body></html>"
    )
    from deliberations.extrait.html import texte_html

    lu = _lu(texte_html(html))
    assert lu["presents"] == ["Jean DELORME", "Luc GARAT"]
    assert lu["procurations"] == [["Anne ROY", "Jean DELORME"]]
    assert lu["suppleances"] == [["Léa PONS", "Iris VIAL"]]
    assert lu["mouvements"] == {"Luc GARAT": [2, None]}


def test_nom_du_mandataire_renvoye_a_la_ligne() -> None:
    """« … quitte la séance et donne pouvoir à M. Luc » / « GARAT. » (copie de PDF)."""
    lu = _lu(
        _COMMUNE
        + "Présents : M. Jean DELORME, Mme Anne ROY, M. Luc GARAT.\n"
        "1. Tarifs de la cantine : adoptés à l'unanimité.\n"
        "Mme Anne ROY quitte la séance à 21 h 30 et donne pouvoir à M. Luc\n"
        "GARAT.\n"
        "2. Subvention au comité des fêtes : adoptée à l'unanimité.\n"
    )
    assert lu["procurations"] == [["Anne ROY", "Luc GARAT"]]


def test_copie_aux_espaces_tous_doubles() -> None:
    """Chaque espace doublé par la copie : les blancs de mise en page retrouvent leur largeur."""
    from deliberations.extrait.normalisation import normaliser

    assert normaliser("Présents  :  M.  Jean  DELORME        Votants  :  12") == (
        "Présents : M. Jean DELORME    Votants : 12"
    )


def test_objet_en_capitales_numerote_n_est_pas_un_theme() -> None:
    """« N° 2019-87 – OBJET : DÉCISION MODIFICATIVE N° 3 AU BUDGET PRINCIPAL » puis l'exposé :
    le titre en capitales est l'objet (un thème est court et sans chiffre)."""
    lu = _lu(
        "COMMUNAUTÉ DE COMMUNES DU VAL DE SORNE\nPROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE\n"
        "Séance du jeudi 28 novembre 2019\n\n"
        "N° 2019-87 – OBJET : DÉCISION MODIFICATIVE N° 3 AU BUDGET PRINCIPAL\n"
        "M. le Président expose que des crédits complémentaires sont nécessaires.\n"
        "Vote : Pour 13 – Contre 2 – Abstention 1\nAdopté à la majorité.\n"
    )
    deliberations = lu["deliberations"]
    assert isinstance(deliberations, list)
    assert deliberations[0]["objet"] == "DÉCISION MODIFICATIVE N° 3 AU BUDGET PRINCIPAL"


def test_sigle_entre_parentheses_ferme_le_nom_en_capitales() -> None:
    """« SYNDICAT … DES TROIS CLOCHERS (SIVOS) Bréhan-le-Bois – … » (en-tête aplati) : les
    communes membres qui suivent le sigle ne sont pas le nom."""
    from deliberations.extrait.collectivite import en_tete

    assert en_tete(
        "SYNDICAT INTERCOMMUNAL À VOCATION SCOLAIRE DES TROIS CLOCHERS (SIVOS) Bréhan-le-Bois – "
        "Coulanges-sur-Yvre COMPTE RENDU DE LA RÉUNION DU COMITÉ SYNDICAL"
    ) == ("SYNDICAT INTERCOMMUNAL À VOCATION SCOLAIRE DES TROIS CLOCHERS", "epci")


def test_presidence_suivie_d_un_tableau_recolle() -> None:
    """« Présidence : Mme X, Présidente Commune      Délégués … Mme Y      P » (tableau recollé
    par l'aplatissement) : la présidente est nommée d'abord, pas la dernière personne du
    tableau."""
    from deliberations.extrait.reconnaisseurs import president

    assert (
        president(
            "Présidence : Mme Sophie RENARD, Présidente Commune         Délégués titulaires    "
            "BRÉHAN       Mme Sophie RENARD        P      Mme Nadège PROUST        P"
        )
        == "Mme Sophie RENARD"
    )


def test_numero_de_chapitre_avant_pour_n_est_pas_des_voix() -> None:
    """« … nécessaires au chapitre 65 pour » en fin de ligne (copie de PDF) puis « la
    participation … » : le numéro du chapitre, pas 65 voix pour."""
    lu = _lu(
        _COMMUNE
        + "Présents : M. Jean DELORME, Mme Anne ROY, M. Luc GARAT.\n"
        "1. Décision modificative n° 3\n"
        "M. le Maire expose que des crédits complémentaires sont nécessaires au chapitre 65 pour\n"
        "la participation au service départemental d'incendie et de secours.\n"
        "Adopté à l'unanimité.\n"
    )
    deliberations = lu["deliberations"]
    assert isinstance(deliberations, list)
    assert deliberations[0]["scrutin"]["pour"] is None
