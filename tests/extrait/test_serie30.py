"""Familles de mises en page trouvées par la trentième mesure hors échantillon (documents 453
à 462 : procurations, suppléants et présence qui change) : chaque règle sur un petit texte,
indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.personnes import lire_personne
from tests.extrait.comparaison import cle, projection, seance_lue

_EN_TETE = (
    "COMMUNE DE VALMONT\n"
    "Séance du conseil municipal du 5 mai 2022\n"
    "Présents : M. Luc MARTIN, Mme Anne ROY, M. Paul MARTY, Mme Léa PONS, M. Marc VIAL.\n"
    "Secrétaire de séance : Mme Anne ROY.\n"
)


def test_arrivee_avant_l_examen_du_point() -> None:
    """« rejoint la séance avant l'examen du point n° 2012-32 » (numéro) ou « … du point 3 »
    (rang) : l'arrivée a lieu à ce point."""
    m = r.mouvement("M. Paul MARTY rejoint la séance avant l'examen du point n° 2012-32.")
    assert m is not None and (m.qui, m.arrivee_numero) == ("M. Paul MARTY", "2012-32")
    m = r.mouvement("Mme Léa PONS rejoint la séance avant l'examen du point 3.")
    assert m is not None and (m.qui, m.arrivee, m.depart) == ("Mme Léa PONS", 3, None)
    m = r.mouvement("M. Marc VIAL quitte la séance avant l'examen du point 4.")
    assert m is not None and (m.arrivee, m.depart) == (None, 3)


def test_mandataire_au_president_et_a_la_1re_adjointe() -> None:
    """« donne pouvoir au Président » (la fonction seule après « au ») et « représentée par la
    1re adjointe » (rang écrit « 1re ») : le titulaire de la fonction, nommé ailleurs."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL D'OSSE\n"
        "Conseil communautaire du 5 mai 2022\n"
        "Sous la présidence de M. Luc MARTIN, Président.\n"
        "Présents : M. Luc MARTIN, Mme Anne ROY, 1re vice-présidente, M. Paul MARTY, Mme Léa PONS.\n"
        "Pouvoirs :\n"
        "• M. Marc VIAL donne pouvoir au Président\n"
        "Secrétaire de séance : Mme Anne ROY.\n"
    )
    assert projection(seance_lue(texte))["procurations"] == [["Marc VIAL", "Luc MARTIN"]]
    texte = (
        "COMMUNE DE VALMONT\n"
        "Séance du conseil municipal du 5 mai 2022\n"
        "Présents : M. Luc MARTIN, Maire, Mme Anne ROY, 1re adjointe, M. Paul MARTY, Mme Léa PONS.\n"
        "Absente représentée : Mme Julie CAZE représentée par la 1re adjointe.\n"
        "Secrétaire de séance : M. Paul MARTY.\n"
    )
    assert projection(seance_lue(texte))["procurations"] == [["Julie CAZE", "Anne ROY"]]


def test_procuration_a_partir_du_point_sans_parenthese() -> None:
    """« - X donne procuration à Y à partir du point 4 » : la portée du pouvoir (dite par un
    constat), pas une arrivée de « X donne procuration à Y » au point 4."""
    assert r.mouvement("M. Paul MARTY donne procuration à Mme Léa PONS à partir du point 4") is None
    m = r.mouvement("M. Paul MARTY (à partir du point 4)")
    assert m is not None and m.arrivee == 4
    texte = _EN_TETE + (
        "1. Tarifs\nAdopté à l'unanimité.\n"
        "M. Paul MARTY quitte la séance à l'issue du point 1.\n"
        "2. Voirie\nAdopté à l'unanimité.\n"
        "Procurations :\n"
        "- M. Paul MARTY donne procuration à Mme Léa PONS à partir du point 2\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    vue = projection(resultat.seance)
    assert vue["procurations"] == [["Paul MARTY", "Léa PONS"]]
    assert vue["mouvements"] == {"Paul MARTY": [None, 1]}
    assert "extrait.procuration-partielle" in {c.code for c in resultat.rapport.constats}


def test_prenom_accentue_coupe_en_fin_de_ligne() -> None:
    """« M. Jérôme » / « BRIANCHON, … », « Mme Françoise » / « LEMOINE, … » : le prénom
    accentué en fin de ligne et le nom sur la suivante, un seul présent."""
    texte = (
        "COMMUNE DE VALMONT\n"
        "Séance du conseil municipal du 5 mai 2022\n"
        "Présents : M. Luc MARTIN, Mme Anne ROY, M. Jérôme\n"
        "BRIANCHON, Mme Françoise\n"
        "LEMOINE, M. Marc VIAL.\n"
        "Secrétaire de séance : Mme Anne ROY.\n"
    )
    assert sorted(projection(seance_lue(texte))["presents"]) == [
        "Anne ROY", "Françoise LEMOINE", "Jérôme BRIANCHON", "Luc MARTIN", "Marc VIAL"
    ]


def test_mandataire_nomme_par_un_nom_a_particule() -> None:
    """« (pouvoir à M. LE GALL) » : « LE » est une particule, pas un prénom ; le mandataire est
    le présent « Hervé LE GALL »."""
    elu = lire_personne("M. LE GALL")
    assert elu is not None and (elu.prenom, elu.nom) == (None, "LE GALL")
    texte = (
        "COMMUNE DE VALMONT\n"
        "Séance du conseil municipal du 5 mai 2022\n"
        "Présents : M. Luc MARTIN, M. Hervé LE GALL, Mme Anne ROY, M. Paul MARTY.\n"
        "Excusés : Mme Léa PONS (pouvoir à M. LE GALL).\n"
        "Secrétaire de séance : Mme Anne ROY.\n"
    )
    assert projection(seance_lue(texte))["procurations"] == [["Léa PONS", "Hervé LE GALL"]]


def test_delegues_par_commune_nom_puis_prenom_et_suppleant() -> None:
    """« Délégués présents : BELCASTEL : M. GUILHOT Daniel, Mme ROUX Monique ; MURASSON : M.
    ROUVELLAC Pierre (suppléant de M. CARLES Bernard) ; … » (texte aplati) : le NOM d'abord,
    le suppléant et son titulaire."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DES TROIS VALLONS Conseil communautaire – séance du 14 avril 2016 "
        "sous la présidence de M. GUILHOT Daniel, Président. Délégués présents : BELCASTEL : M. "
        "GUILHOT Daniel, Mme ROUX Monique ; CAMPAGNAC : M. FAGES Jean-Louis ; MURASSON : M. "
        "ROUVELLAC Pierre (suppléant de M. CARLES Bernard) ; VIALA : M. CAYLA Serge. Secrétaire "
        "de séance : Mme ROUX Monique. Délibération 2016-021 – Budget primitif 2016 : le budget "
        "s'équilibre à 6 840 000 €. Adopté à l'unanimité."
    )
    vue = projection(seance_lue(texte))
    assert sorted(vue["presents"]) == ["Daniel GUILHOT", "Jean-Louis FAGES", "Monique ROUX", "Serge CAYLA"]
    assert vue["suppleances"] == [["Pierre ROUVELLAC", "Bernard CARLES"]]


def test_delegues_par_collectivite_membre() -> None:
    """« Communauté de communes du Pays de X : M. A, Mme B » sous « Délégués titulaires
    présents : » (syndicat mixte) : la collectivité membre n'est pas l'en-tête, ses délégués
    sont présents."""
    texte = (
        "SYNDICAT MIXTE DU BASSIN DE LA SÉRÈNE\n"
        "Comité syndical – réunion du 22 mai 2007\n"
        "Sous la présidence de M. Alain BOURGUET, Président.\n"
        "Délégués titulaires présents :\n"
        "Communauté de communes du Pays de Sérène : M. Alain BOURGUET, Mme Odile VERNET\n"
        "Département de la Drôme : M. Roger FAVRE\n"
        "Secrétaire de séance : Mme Odile VERNET.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    vue = projection(resultat.seance)
    assert sorted(vue["presents"]) == ["Alain BOURGUET", "Odile VERNET", "Roger FAVRE"]
    assert cle(vue["collectivite"]) == cle("Syndicat mixte du bassin de la Sérène")


def test_tableau_mandant_mandataire() -> None:
    """« Mandant      Mandataire » en tête d'un tableau aplati : une procuration par ligne, dans
    l'ordre des colonnes (« M. le Maire » : le maire)."""
    texte = _EN_TETE + (
        "Sous la présidence de M. Luc MARTIN, Maire.\n"
        "Procurations :\n"
        "Mandant                      Mandataire\n"
        "Mme Julie CAZE               M. Paul MARTY\n"
        "M. Yves COSTE                M. le Maire\n"
    )
    assert projection(seance_lue(texte))["procurations"] == [
        ["Julie CAZE", "Paul MARTY"], ["Yves COSTE", "Luc MARTIN"]
    ]
    texte = _EN_TETE + "Procurations :\nMandataire | Mandant\nM. Paul MARTY | Mme Julie CAZE\n"
    assert projection(seance_lue(texte))["procurations"] == [["Julie CAZE", "Paul MARTY"]]


def test_expose_apres_les_deux_points_du_titre() -> None:
    """Texte aplati « 2 – Titre : choix de l'entreprise : trois offres ont été reçues … »,
    « … : le budget s'équilibre à … », « … : le compte … dressé par le trésorier est
    conforme … » : l'exposé après les deux-points, pas le titre ; « Adopté … (24 voix).
    Délibération 2016-022 – … » : le vote, puis le point suivant."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DES TROIS VALLONS Conseil communautaire – séance du 14 avril 2016 "
        "sous la présidence de M. GUILHOT Daniel, Président. Délégués présents : BELCASTEL : M. "
        "GUILHOT Daniel, Mme ROUX Monique ; CAMPAGNAC : M. FAGES Jean-Louis ; VIALA : M. CAYLA "
        "Serge. Secrétaire de séance : Mme ROUX Monique. "
        "Délibération 2016-021 – Compte de gestion 2015 : le compte de gestion dressé par le "
        "trésorier est conforme au compte administratif. Adopté à l'unanimité des membres "
        "présents et représentés (4 voix). Délibération 2016-022 – Budget primitif 2016 : le "
        "budget s'équilibre à 840 000 €. Pour : 3, Contre : 1, Abstention : 0. Adopté. "
        "Délibération 2016-023 – Voirie : choix de l'entreprise : trois offres ont été reçues "
        "pour le chemin du Moulin. Adopté à l'unanimité. Questions diverses : néant."
    )
    vue = projection(seance_lue(texte))
    assert [(d["numero"], d["objet"]) for d in vue["deliberations"]] == [
        ("2016-021", "Compte de gestion 2015"),
        ("2016-022", "Budget primitif 2016"),
        ("2016-023", "Voirie : choix de l'entreprise"),
    ]
    assert vue["deliberations"][0]["scrutin"]["unanimite"] is True


def test_rang_d_un_point_designe_par_son_numero_quand_des_points_manquent() -> None:
    """« quitte la séance après le vote du point n° 2022-02 » quand des votes sont lus hors de
    tout point (des points n'ont pas été lus) : le rang parmi les points lus est dit douteux
    (banc métamorphique, document 454 aplati)."""
    texte = _EN_TETE + (
        "Pour : 5 Contre : 0 Abstention : 0\n"
        "N° 2022-02 Voirie communale\nAdopté à l'unanimité.\n"
        "Mme Léa PONS quitte la séance après le vote du point n° 2022-02.\n"
        "N° 2022-03 Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    codes = {c.code for c in resultat.rapport.constats}
    assert "extrait.vote-hors-deliberation" in codes
    assert "extrait.mouvement-rang" in codes
    # sans vote égaré, le rang est sûr et rien n'est dit
    sans = lire_extrait(texte.replace("Pour : 5 Contre : 0 Abstention : 0\n", ""))
    assert "extrait.mouvement-rang" not in {c.code for c in sans.rapport.constats}
    assert sans.seance is not None and projection(sans.seance)["mouvements"] == {"Léa PONS": [None, 1]}
