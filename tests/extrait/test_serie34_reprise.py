"""Reprise de la trente-quatrième série : les écarts 499 (résultats d'une élection à bulletin
secret dans le flux d'une page aplatie) et 500 (paires commune / délégué côte à côte), chacun
sur un petit texte inventé, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait.reconnaisseurs import president
from tests.extrait.comparaison import projection, seance_lue


def test_resultats_d_election_dans_une_page_aplatie() -> None:
    """« Nombre de votants : 15 Bulletins blancs ou nuls : 1 Suffrages exprimés : 14 Majorité
    absolue : 8 M. X a obtenu 14 voix … » sur une ligne : chaque résultat est lu comme sur le
    procès-verbal (blancs et nuls, pas d'unanimité), et le point « 2. » qui suit s'ouvre."""
    texte = (
        "Commune de Vaux-sur-Brenne Procès-verbal de la séance d'installation du conseil municipal "
        "du 26 mai 2020 L'an deux mille vingt, le vingt-six mai à dix-huit heures, s'est réuni le "
        "conseil municipal de la commune de Vaux-sur-Brenne. Etaient présents les conseillers "
        "municipaux suivants : DELMAS Raoul, MAZIÈRES Christophe, BOUSQUET Danielle, CAZES Fabien, "
        "ALIBERT Nicole. Le conseil municipal a choisi pour secrétaire Mme ALIBERT Nicole. "
        "1. Élection du maire Il est procédé au vote à bulletin secret. Nombre de votants : 15 "
        "Bulletins blancs ou nuls : 1 Suffrages exprimés : 14 Majorité absolue : 8 M. MAZIÈRES "
        "Christophe a obtenu 14 voix et a été proclamé maire. M. MAZIÈRES Christophe, maire, a pris "
        "la présidence de la séance. 2. Détermination du nombre des adjoints Le conseil municipal, "
        "après en avoir délibéré, décide la création de deux postes d'adjoints. Adopté à "
        "l'unanimité."
    )
    points = projection(seance_lue(texte))["deliberations"]
    assert [(p["numero"], p["objet"]) for p in points] == [
        ("1", "Élection du maire"),
        ("2", "Détermination du nombre des adjoints"),
    ]
    assert points[0]["scrutin"]["blancs_nuls"] == 1
    assert points[0]["scrutin"]["unanimite"] is False
    assert points[1]["scrutin"]["unanimite"] is True


def test_paires_commune_delegue_cote_a_cote() -> None:
    """« Arzac      M. Francis LAPORTE      Lestrade      Mme Pascale VIALA » (copie
    `pdftotext -layout`, deux paires commune / délégué par rangée) : les délégués, sans le nom
    de leur commune collé au nom ni la commune prise pour une personne."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU PAYS DE BRENOUX\nCOMPTE RENDU DU CONSEIL COMMUNAUTAIRE\n"
        "Séance du 5 avril 2022\n\nDélégués présents :\n"
        "  Arzac            M. Paul VIAL                  Lestrade        Mme Léa PONS\n"
        "  Arzac            Mme Odile CAMBON              Montagut        M. Henri GAYRAUD\n"
        "  Belcastel        M. Jean-Marc FABRE            Najac-le-Bas    M. Jacky RIGAL\n\n"
        "Secrétaire de séance : M. Henri GAYRAUD.\n\n"
        "DÉLIBÉRATION N° 2022-031 : BUDGET PRIMITIF 2022\nAdopté à l'unanimité.\n"
    )
    assert sorted(projection(seance_lue(texte))["presents"]) == [
        "Henri GAYRAUD", "Jacky RIGAL", "Jean-Marc FABRE", "Léa PONS", "Odile CAMBON", "Paul VIAL",
    ]


def test_incise_entre_la_fonction_et_ouvre_la_seance_n_est_pas_un_nom() -> None:
    """« Le Président, M. Alain ROUX, ouvre la séance » nomme le président ; « Le maire, vu le
    quorum, ouvre la séance » ne nomme personne (l'incise n'est pas un nom)."""
    assert president("Le Président, M. Alain ROUX, ouvre la séance.") == "M. Alain ROUX"
    assert president("Le maire, vu le quorum atteint, ouvre la séance.") is None
