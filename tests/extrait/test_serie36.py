"""Familles de mises en page trouvées par la trente-sixième mesure hors échantillon (documents
513 à 522 : listes de membres et pouvoirs) : chaque règle sur un petit texte, indépendamment du
corpus."""

from __future__ import annotations

from deliberations.extrait.normalisation import segmenter
from deliberations.extrait.reconnaisseurs import section
from tests.extrait.comparaison import projection, seance_lue

_OUVERTURE = (
    "Commune de Vauclerc\nCompte rendu du conseil municipal du 28 juin 2010\n"
    "sous la présidence de M. Jean DELORME, Maire.\n"
)


def test_mandant_au_nom_compose_raccourci() -> None:
    """« Mme Jacqueline ROBIN donne procuration » : l'excusée « Jacqueline ROBIN-FAUVEL »."""
    seance = seance_lue(
        _OUVERTURE + "Présents : M. Jean DELORME, Mme Anne ROY, M. Paul MARTY.\n"
        "Excusés : Mme Jacqueline ROBIN-FAUVEL, M. Luc GARAT.\n"
        "Mme Jacqueline ROBIN donne procuration à Mme Anne ROY.\n"
        "M. Luc GARAT donne procuration à M. Paul MARTY.\n"
        "N° 1 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    assert sorted(projection(seance)["procurations"]) == [
        ["Jacqueline ROBIN-FAUVEL", "Anne ROY"],
        ["Luc GARAT", "Paul MARTY"],
    ]


def test_mandant_au_prenom_different_pas_rapproche() -> None:
    """« Julie ROBIN » n'est pas « Jacqueline ROBIN-FAUVEL » : pas de rapprochement."""
    seance = seance_lue(
        _OUVERTURE + "Présents : M. Jean DELORME, Mme Anne ROY.\n"
        "Excusés : Mme Jacqueline ROBIN-FAUVEL.\n"
        "Mme Julie ROBIN donne procuration à Mme Anne ROY.\n"
        "N° 1 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    assert projection(seance)["procurations"] == [["Julie ROBIN", "Anne ROY"]]


def test_presents_ou_representes_une_seule_liste() -> None:
    """« Étaient présents ou représentés : » (aplati) : les présents, chaque pouvoir dans sa
    ligne ; ni une liste d'absents, ni des procurations sans mandataire."""
    seance = seance_lue(
        "Commune de Vauclerc Compte rendu du conseil municipal du 28 juin 2010 sous la présidence "
        "de M. Jean DELORME, Maire. Étaient présents ou représentés : M. Jean DELORME, Mme Anne "
        "ROY, M. Luc GARAT (Pouvoir à Mme Anne ROY), M. Paul MARTY. Absent : M. Yves PONS. "
        "Secrétaire de séance : Mme Anne ROY. Point n° 1 – Tarifs de la cantine Adopté à "
        "l'unanimité."
    )
    p = projection(seance)
    assert sorted(p["presents"]) == ["Anne ROY", "Jean DELORME", "Paul MARTY"]
    assert p["absents"] == ["Yves PONS"]
    assert p["procurations"] == [["Luc GARAT", "Anne ROY"]]


def test_longue_liste_bornee_devant_une_civilite() -> None:
    """Un morceau trop long se coupe à la virgule qui précède une civilité, pas dans
    « Mme X, suppléante de M. Y »."""
    noms = ", ".join(f"M. Prenom{i} NOM{i}" for i in range(30))
    ligne = (
        f"Étaient présents : {noms}, Mme Lydie SARRAT, suppléante de M. Robert CASTEX, "
        + ", ".join(f"Mme Prenom{i} NOMB{i}" for i in range(10))
    )
    assert 570 < ligne.index(", suppléante") < 600
    morceaux = [m for _, m in segmenter(ligne)]
    assert len(morceaux) > 1
    assert not any(m.lstrip().startswith("suppléante") for m in morceaux)


_LIGNES = (
    "Commune de Vauclerc\nCompte rendu du conseil municipal du 26 mai 2014\n"
    "sous la présidence de M. Jean DELORME, Maire.\n"
)


def test_nom_coupe_en_fin_de_ligne_capitale_accentuee_et_puce() -> None:
    """« …, Rachida » / « BENSAÏD, … » et « - M. Lucien » / « POTIER, 5e Adjoint » : un nom."""
    seance = seance_lue(
        _LIGNES + "Étaient présents :\n- M. Jean DELORME, Maire\n- M. Lucien\n"
        "  POTIER, 1er Adjoint\nConseillers : Anne ROY, Rachida\nBENSAÏD, Paul MARTY.\n"
        "N° 1 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    assert sorted(projection(seance)["presents"]) == [
        "Anne ROY", "Jean DELORME", "Lucien POTIER", "Paul MARTY", "Rachida BENSAÏD",
    ]  # fmt: skip


def test_mandataire_coupe_avant_un_point_virgule() -> None:
    """« Pouvoirs : de M. X à M. Alain » / « PELLETIER ; de Mme Y à … » : le mandataire entier."""
    seance = seance_lue(
        _LIGNES + "Présents : M. Jean DELORME, M. Alain PELLETIER, Mme Anne ROY.\n"
        "Pouvoirs : de M. Luc GARAT à M. Alain\nPELLETIER ; de Mme Lise PONS à Mme Anne ROY.\n"
        "N° 1 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    assert sorted(projection(seance)["procurations"]) == [
        ["Lise PONS", "Anne ROY"],
        ["Luc GARAT", "Alain PELLETIER"],
    ]


def test_personne_puis_commune_a_points_de_conduite() -> None:
    """« NOM Prénom ........ Commune » : l'élu présent (sa commune n'est pas un groupe ni un
    membre) ; « X, suppléant de Y ........ Commune » : une suppléance."""
    seance = seance_lue(
        "Syndicat intercommunal des eaux du Serain\nExtrait du registre des délibérations du "
        "comité syndical\nSéance du 29 septembre 2011\nsous la présidence de M. Roland GAUTHERON.\n"
        "Délégués titulaires présents :\n"
        "   GAUTHERON Roland, Président .................... Chablis-le-Bas\n"
        "   PERRAUDIN Ginette .............................. Chablis-le-Bas\n"
        "   MOREAU-DESBORDES Jean-Claude ................... Ligny-sur-Serain\n"
        "Délégué suppléant siégeant :\n"
        "   LAVOLLÉE Maurice, suppléant de THIBAULT Gérard ..... Poilly-en-Auxerrois\n"
        "N° 2011-19 : Tarifs de l'eau\nAdopté à l'unanimité.\n"
    )
    p = projection(seance)
    assert sorted(p["presents"]) == [
        "Ginette PERRAUDIN", "Jean-Claude MOREAU-DESBORDES", "Roland GAUTHERON",
    ]  # fmt: skip
    assert p["suppleances"] == [["Maurice LAVOLLÉE", "Gérard THIBAULT"]]


def test_lieu_puis_personne_a_points_de_conduite_inchange() -> None:
    """« CANTON ........ Mme Jeanne DUMAS » : le lieu d'abord, l'élue ensuite (règle existante)."""
    seance = seance_lue(
        "Département de la Vardière\nProcès-verbal de la séance du conseil général du 3 mars 2008\n"
        "sous la présidence de M. Lucien DESCHAMPS.\nÉtaient présents :\n"
        "BOËN-LA-VIEILLE ........................ M. Lucien DESCHAMPS, Président\n"
        "Chazelles-en-Forez ..................... Mme Jeanne DUMAS\n"
        "Rapport n° 1 – Routes\nAdopté à l'unanimité.\n"
    )
    assert sorted(projection(seance)["presents"]) == ["Jeanne DUMAS", "Lucien DESCHAMPS"]


def test_nom_coupe_dans_la_derniere_colonne() -> None:
    """Présents en colonnes aplaties (`pdftotext -layout`) : « … Mme Sylvie » en fin de rangée
    et « LEMOINE-PASQUIER » seul, en retrait, sur la ligne suivante."""
    seance = seance_lue(
        _LIGNES + "PRÉSENTS :    M. Jean DELORME            M. Paul ESNAULT            Mme Odile RABIER\n"
        "              M. Alain DUPRAT            M. CHAUVEAU Thierry        Mme Sylvie\n"
        "                                                                    LEMOINE-PASQUIER\n"
        "              Mme Hélène VRIGNAUD        M. Gilles AUDEBERT         M. Rémi FOUQUET\n"
        "ABSENT :      M. Fabrice ROCHETEAU\n"
        "N° 1 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    presents = projection(seance)["presents"]
    assert "Sylvie LEMOINE-PASQUIER" in presents and len(presents) == 9


def test_presidence_en_capitales_coupee_apres_le_prenom() -> None:
    """« … SOUS LA PRÉSIDENCE DE MME CATHERINE » / « DUVERGER-LAMOTTE, MAIRE. » : le nom du
    président continue sur la ligne suivante (en-tête tout en capitales)."""
    seance = seance_lue(
        "COMMUNE DE VAUCLERC\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 26 MAI 2014\n"
        "LE CONSEIL MUNICIPAL S'EST RÉUNI SOUS LA PRÉSIDENCE DE MME CATHERINE\n"
        "DUVERGER-LAMOTTE, MAIRE.\nPrésents : Mme Catherine DUVERGER-LAMOTTE, M. Paul MARTY.\n"
        "N° 1 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    assert projection(seance)["president"] == "Catherine DUVERGER-LAMOTTE"


def test_intitule_presents_et_representes_ouvre_les_presents() -> None:
    """« Étaient présents ou représentés : », « Membres présents et représentés : » : la liste
    des présents (chaque pouvoir dans sa ligne), pas celle des procurations."""
    for intitule in ("Étaient présents ou représentés :", "Membres présents et représentés :"):
        sec = section(f"{intitule} M. Jean ROY, Mme Anne PONS (pouvoir à M. Jean ROY).")
        assert sec is not None and sec.nom == "presents", intitule
