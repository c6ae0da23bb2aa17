"""Familles de mises en page trouvées par la trente-deuxième mesure hors échantillon (documents
473 à 482 : absences, pouvoirs et mouvements dans le flux) : chaque règle sur un petit texte,
indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from tests.extrait.comparaison import cle, projection, seance_lue

_EN_TETE = "COMMUNE DE VALMONT\nSéance du conseil municipal du 5 mai 2022\n"


def test_deux_colonnes_longues_et_procuration_sur_deux_lignes() -> None:
    """« PRÉSENTS : » à gauche, « ABSENTS EXCUSÉS REPRÉSENTÉS : » à droite, plus de douze
    lignes ; à droite « M. X, absent excusé » / « représenté par M. Y » : la ligne qui commence
    par une minuscule continue la précédente de sa colonne."""
    gauche = ["PRÉSENTS :"] + [f"M. Paul NOM{lettre}" for lettre in "ABCDEFGHIJKLMN"]
    droite = [
        "ABSENTS EXCUSÉS REPRÉSENTÉS :",
        "M. Marc VIAL, absent excusé",
        "représenté par M. Paul NOMA",
        "Mme Léa PONS, absente excusée",
        "représentée par M. Paul NOMB",
        "",
        "ABSENT NON EXCUSÉ :",
        "M. Yves ROUX",
    ]
    lignes = [
        "  " + g.ljust(40) + (droite[k] if k < len(droite) else "")
        for k, g in enumerate(gauche)
    ]
    texte = _EN_TETE + "\n".join(x.rstrip() for x in lignes) + "\n\nSecrétaire de séance : M. Paul NOMC\n"
    p = projection(seance_lue(texte))
    assert len(p["presents"]) == 14
    assert sorted(p["procurations"]) == [["Léa PONS", "Paul NOMB"], ["Marc VIAL", "Paul NOMA"]]
    assert p["absents"] == ["Yves ROUX"]


def test_absent_excuse_represente_par_et_mandat_de_vote() -> None:
    """« M. X, absent excusé représenté par M. Y » (les deux états avant « représenté ») et
    « M. X, mandat de vote à M. Y » : des procurations."""
    assert r.procuration("M. Marc VIAL, absent excusé représenté par M. Luc MARTIN") == (
        "M. Marc VIAL",
        "M. Luc MARTIN",
    )
    assert r.procuration("Mme Léa PONS, absente excusée représentée par Mme Anne ROY") == (
        "Mme Léa PONS",
        "Mme Anne ROY",
    )
    assert r.procuration("M. Marc VIAL, mandat de vote à M. le Président") == ("M. Marc VIAL", "M. le Président")


def test_mandats_nombre_de_procurations() -> None:
    """« Délégués en exercice : 24 – Présents : 19 – Mandats : 3 – Votants : 22 »."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL D'OSSE\nConseil communautaire du 5 mai 2022\n"
        "Délégués en exercice : 24 – Présents : 19 – Mandats : 3 – Votants : 22\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.decomptes is not None
    assert seance.decomptes.procurations == 3


def test_present_a_partir_du_point() -> None:
    """« M. X (présent à partir du point n° 2) » : l'état « présent » n'est pas du nom ; un NOM
    en capitales qui s'écrit comme lui reste un nom."""
    m = r.mouvement("M. Michel PINEAU (présent à partir du point n° 2)")
    assert m is not None and (m.qui, m.arrivee) == ("M. Michel PINEAU", 2)
    m = r.mouvement("Mme Léa PONS, présente à partir du point 3")
    assert m is not None and (m.qui, m.arrivee) == ("Mme Léa PONS", 3)
    m = r.mouvement("M. Pierre PRÉSENT (à partir du point 2)")
    assert m is not None and m.qui == "M. Pierre PRÉSENT"


def test_prenom_puis_nom_a_particule_hors_conseil_municipal() -> None:
    """« Mme Claire de VILLENEUVE-BARGEMON » dans la liste d'un bureau communautaire : avant
    « de », un prénom seul ; ce n'est pas « Mme Claire » de la commune VILLENEUVE-BARGEMON."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL D'OSSE\nBureau communautaire du 5 mai 2022\n"
        "Présents : M. Luc MARTIN, Mme Claire de VILLENEUVE-BARGEMON, M. Jean-François de LA TOUR.\n"
        "Secrétaire de séance : M. Luc MARTIN.\n"
    )
    assert sorted(projection(seance_lue(texte))["presents"]) == [
        "Claire de VILLENEUVE-BARGEMON",
        "Jean-François de LA TOUR",
        "Luc MARTIN",
    ]


def test_mandataire_par_sa_particule_et_son_nom() -> None:
    """« pouvoir à Mme de KERGARIOU », « à Mme de VILLENEUVE » (nom composé abrégé) : la
    particule n'est pas un prénom, le membre présent de ce nom."""
    texte = _EN_TETE + (
        "Présents : M. Luc MARTIN, Mme Armelle de KERGARIOU, Mme Claire de VILLENEUVE-BARGEMON.\n"
        "Pouvoirs : M. Marc VIAL à Mme de KERGARIOU ; Mme Léa PONS à Mme de VILLENEUVE.\n"
        "Secrétaire de séance : M. Luc MARTIN.\n"
    )
    assert sorted(projection(seance_lue(texte))["procurations"]) == [
        ["Léa PONS", "Claire de VILLENEUVE-BARGEMON"],
        ["Marc VIAL", "Armelle de KERGARIOU"],
    ]


def test_signature_apres_les_pouvoirs_en_fin_de_document() -> None:
    """« Pouvoirs » en fin de document puis « Le Président du Conseil départemental, », son nom
    et le pied de page : la formule de signature ferme la liste (ni le signataire ni le pied
    ne sont des mandants sans mandataire, ni des absents)."""
    for signature in (
        "Le Président du Conseil départemental,\nLuc MARTIN\nDépartement de la Vère – Hôtel du Département\n",
        "Le Maire,\nLuc MARTIN\nCommune de Valmont – 2, place de la Halle\n",
    ):
        texte = _EN_TETE + (
            "Présents : M. Luc MARTIN, Mme Anne ROY.\n"
            "Secrétaire de séance : Mme Anne ROY.\n"
            "Délibération n° 2022-01 : Tarifs\nAdopté à l'unanimité.\n"
            "Pouvoirs\nM. Marc VIAL à M. Luc MARTIN\n" + signature
        )
        resultat = lire_extrait(texte)
        assert resultat.seance is not None
        p = projection(resultat.seance)
        assert p["procurations"] == [["Marc VIAL", "Luc MARTIN"]]
        assert p["absents"] == [] and p["excuses"] == []
        assert "extrait.procuration-incomplete" not in resultat.rapport.codes()


def test_absente_non_excusee() -> None:
    """« Mme X, absente non excusée » dans la liste des absents : absente, nommée."""
    texte = _EN_TETE + (
        "Présents : M. Luc MARTIN, Mme Anne ROY.\n"
        "Absents : M. Paul VIAL ; Mme Fatima ZERROUK, absente non excusée.\n"
        "Secrétaire de séance : Mme Anne ROY.\n"
    )
    assert sorted(projection(seance_lue(texte))["absents"]) == ["Fatima ZERROUK", "Paul VIAL"]


def test_releve_des_decisions_apres_le_nom_en_capitales() -> None:
    """« COMMUNAUTÉ D'AGGLOMÉRATION DU X Relevé des décisions du bureau communautaire du … »
    dans un texte aplati : le nom s'arrête devant « Relevé des décisions »."""
    texte = (
        "COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND VAL Relevé des décisions du bureau communautaire du "
        "lundi 13 mars 2023 Présents : Mme Anne ROY, M. Luc MARTIN. Secrétaire de séance : M. Luc "
        "MARTIN. Point n° 1 – Tarifs. Adopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert (cle(p["collectivite"]), p["type"]) == (
        cle("Communauté d'agglomération du Grand Val"),
        "communaute_d_agglomeration",
    )
