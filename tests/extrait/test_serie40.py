"""Familles de mises en page trouvées par la quarantième mesure hors échantillon (documents
553 à 562 : grandes assemblées, départements, régions, métropoles et agglomérations) : chaque
règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait.collectivite import sans_titre
from tests.extrait.comparaison import projection, seance_lue


def test_assemblee_pleniere_collee_au_nom_dans_un_texte_aplati() -> None:
    """« CONSEIL RÉGIONAL DE X Assemblée plénière Séance du … » : l'intitulé n'est pas le nom."""
    assert sans_titre("CONSEIL RÉGIONAL DU VAL-DE-BRIÈRE Assemblée plénière")[0] == (
        "CONSEIL RÉGIONAL DU VAL-DE-BRIÈRE"
    )
    assert sans_titre("Conseil départemental de la Sorne Séance plénière")[0] == (
        "Conseil départemental de la Sorne"
    )
    texte = (
        "CONSEIL RÉGIONAL DU VAL-DE-BRIÈRE Assemblée plénière Séance du jeudi 3 mars 2022 "
        "Le Conseil régional s'est réuni le 3 mars 2022 sous la présidence de Mme Anne ROY. "
        "Présents : Mme Anne ROY, M. Paul DORE, M. Luc VIAL. "
        "Délibération n° 2022-01 Budget primitif 2022 Adopté à l'unanimité."
    )
    seance = projection(seance_lue(texte))
    assert seance["collectivite"] == "CONSEIL RÉGIONAL DU VAL-DE-BRIÈRE"


def test_motion_titre_du_rapport_numerote_seul_sur_sa_ligne() -> None:
    """« Rapport n° 2019-3-15 » seul, puis « Motion relative à … » : le titre de ce rapport."""
    texte = (
        "Département de la Sorne\nSéance du 3 mars 2019\nPrésents : M. Paul DORE, M. Luc VIAL.\n"
        "Rapport n° 2019-3-14\nVoirie départementale\nAdopté.\n"
        "Rapport n° 2019-3-15\nMotion relative au maintien des écoles rurales\nAdopté.\n"
    )
    deliberations = projection(seance_lue(texte))["deliberations"]
    assert [(d["numero"], d["objet"]) for d in deliberations] == [
        ("2019-3-14", "Voirie départementale"),
        ("2019-3-15", "Motion relative au maintien des écoles rurales"),
    ]


def test_presents_par_canton_binomes_a_tiret() -> None:
    """« Canton d'Aubrac-Nord : Mme A - M. B » : le canton (élision, « et », numéro) n'est pas
    un membre ; les deux conseillers du binôme sont présents."""
    texte = (
        "Département de la Sorne\nSéance du 3 mars 2019\nÉtaient présents (par canton) :\n"
        "Canton d'Aubrac-Nord : Mme Hélène VIGUIER - M. Paul DORE\n"
        "Canton de Millau-2 : Mme Sandrine PUECH - M. Alain VIDALENC\n"
        "Canton de Tarn-et-Muse : Mme Isabelle GRIMAL - M. Jacques MONTEIL\n\n"
        "Rapport n° 1\nVoirie\nAdopté.\n"
    )
    assert projection(seance_lue(texte))["presents"] == [
        "Hélène VIGUIER", "Paul DORE", "Sandrine PUECH", "Alain VIDALENC", "Isabelle GRIMAL",
        "Jacques MONTEIL",
    ]


def test_numero_annee_mois_rang_a_barres_seul_sur_sa_ligne() -> None:
    """« N° 2010/06/87 » seul, puis « OBJET : … » : le numéro à trois parties est gardé."""
    texte = (
        "Communauté d'agglomération du Val de Sorne\nSéance du 29 juin 2010\n"
        "Présents : M. Paul DORE, M. Luc VIAL.\n"
        "N° 2010/06/87\nOBJET : Voirie communautaire\nAdopté à l'unanimité.\n"
        "N° 2010/06/88\nOBJET : Transports urbains\nAdopté à l'unanimité.\n"
    )
    deliberations = projection(seance_lue(texte))["deliberations"]
    assert [d["numero"] for d in deliberations] == ["2010/06/87", "2010/06/88"]


def test_pouvoirs_en_colonnes_a_espaces_autour_de_a() -> None:
    """« Mme LAGARDE Muriel          à   M. DORE Paul » (copie de PDF) : un pouvoir."""
    texte = (
        "Département de la Sorne\nSéance du 3 mars 2019\nPRÉSENTS :\n"
        "M. DORE Paul                              M. VIAL Luc\nMme ROY Anne\n\nPOUVOIRS :\n"
        "Mme LAGARDE Muriel          à   M. DORE Paul\n"
        "M. MENGELLE Raymond         à   M. VIAL Luc\n\n"
        "Rapport n° 1 - Voirie\nAdopté.\n"
    )
    assert projection(seance_lue(texte))["procurations"] == [
        ["Muriel LAGARDE", "Paul DORE"], ["Raymond MENGELLE", "Luc VIAL"],
    ]


def test_non_participation_au_vote_nommee() -> None:
    """« Non-participation au vote : M. X et Mme Y » : deux élus ne prennent pas part au vote
    (le point de « M. » n'arrête pas la liste)."""
    texte = (
        "Département de la Sorne\nSéance du 3 mars 2019\n"
        "Présents : M. Paul DORE, M. Luc VIAL, Mme Anne ROY, M. Yves PONS.\n"
        "Rapport n° 1 - Voirie\n"
        "Non-participation au vote : M. Paul DORE et Mme Anne ROY (administrateurs).\n"
        "Pour : 2 – Contre : 0 – Abstention : 0\nAdopté.\n"
    )
    scrutin = projection(seance_lue(texte))["deliberations"][0]["scrutin"]
    assert (scrutin["pour"], scrutin["ne_prend_pas_part"]) == (2, 2)
