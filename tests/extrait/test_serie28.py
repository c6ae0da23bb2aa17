"""Familles de mises en page trouvées par la vingt-huitième mesure hors échantillon (documents
433 à 442 : procès-verbaux à nombreux points, délibérations et leurs votes) : chaque règle sur
un petit texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.html import texte_html
from deliberations.validation import valider
from tests.extrait.comparaison import projection, seance_lue

_EN_TETE = (
    "COMMUNE DE VALMONT\n"
    "Séance du conseil municipal du 5 mai 2022\n"
    "Présents : M. Luc MARTIN, Mme Anne ROY, M. Paul MARTY, Mme Léa PONS, M. Marc VIAL.\n"
    "Secrétaire de séance : Mme Anne ROY.\n"
)


def _scrutin(texte: str, rang: int = 0) -> dict[str, object] | None:
    return projection(seance_lue(texte))["deliberations"][rang]["scrutin"]


def test_unanimite_moins_des_voix_contre_n_est_pas_l_unanimite() -> None:
    """« à l'unanimité moins une voix (M. X, contre) » : adopté, une voix contre, et pas
    l'unanimité (sinon `valider` y voit une erreur du CGCT)."""
    seance = seance_lue(
        _EN_TETE + "1) Indemnités de fonction\nAdopté à l'unanimité moins une voix (M. Marc VIAL, contre).\n"
    )
    sc = seance.deliberations[0].scrutins[0]
    assert (sc.contre, sc.unanimite, sc.resultat.value if sc.resultat else None) == (1, False, "adopte")
    assert not [c for c in valider(seance).constats if c.code == "resultat.unanimite"]
    # « unanimité moins 1 abstention » reste l'unanimité : personne n'a voté contre
    sc = _scrutin(_EN_TETE + "1) Tarifs\nAdopté à l'unanimité moins une abstention.\n")
    assert sc is not None and (sc["abstentions"], sc["unanimite"]) == (1, True)


def test_unanimite_moins_des_voix_sens_en_tete_de_parenthese() -> None:
    """« Unanimité moins 2 voix (contre : M. X, Mme Y) » : le sens de la voix avant les noms."""
    res = r.resultat("Unanimité moins 2 voix (contre : M. Marc VIAL, Mme Léa PONS) – Adopté")
    assert res is not None and res.moins == (("contre", 2),)
    res = r.resultat("Unanimité moins 2 voix (abstention : M. Marc VIAL, Mme Léa PONS)")
    assert res is not None and res.moins == (("abstentions", 2),)


def test_ne_prennent_pas_part_au_vote_nommes() -> None:
    """« Ne prennent pas part au vote : Mme X, M. Y. » : deux élus ; « … : 0 » reste un décompte."""
    res = r.resultat("Ne prennent pas part au vote : Mme Léa PONS, M. Marc VIAL. Pour : 3 – Adopté")
    assert res is not None and ("ne_prend_pas_part", 2) in res.moins
    res = r.resultat("Ne prennent pas part au vote : Mme Léa PONS et M. Marc VIAL.")
    assert res is not None and ("ne_prend_pas_part", 2) in res.moins
    assert r.resultat("Ne prennent pas part au vote : 0") is None


def test_tableau_de_votes_unanimite_moins_et_non_participation() -> None:
    """Tableau « N° | Objet | Vote » : la cellule du vote dit les voix de moins."""
    page = (
        "<html><body><h1>Commission permanente du 15 avril 2024</h1>"
        "<p>La Commission permanente du Département de la Sarthe s'est réunie le 15 avril 2024 "
        "sous la présidence de M. Luc MARTIN, Président.</p>"
        "<p>Présents : M. Luc MARTIN, Mme Anne ROY, M. Paul MARTY, Mme Léa PONS, M. Marc VIAL.</p>"
        "<table><tr><th>N°</th><th>Objet</th><th>Vote</th></tr>"
        "<tr><td>24-01</td><td>Amendes de police</td><td>Unanimité moins 2 voix (contre : M. Paul "
        "MARTY, Mme Léa PONS) – Adopté</td></tr>"
        "<tr><td>24-02</td><td>Subventions sportives</td><td>Ne prennent pas part au vote : Mme Léa "
        "PONS, M. Marc VIAL. Pour : 3 Contre : 0 Abstention : 0 – Adopté</td></tr>"
        "</table></body></html>"
    )
    d = projection(seance_lue(texte_html(page)))["deliberations"]
    assert (d[0]["scrutin"]["contre"], d[0]["scrutin"]["unanimite"]) == (2, False)
    assert (d[1]["scrutin"]["pour"], d[1]["scrutin"]["ne_prend_pas_part"]) == (3, 2)


def test_numero_de_deliberation_n_est_pas_un_effectif() -> None:
    """« … aux communes membres : 2019-95 » (numéro en fin de titre) : pas 2019 membres."""
    assert r.decomptes("Attribution des fonds de concours aux communes membres : 2019-95") == []
    # (quatorzième session : quatre chiffres ne sont jamais un effectif, aucune assemblée n'a
    # mille membres ; « Nombre de membres : 2019 » est une année, laissée de côté)
    assert r.decomptes("Nombre de membres : 2019") == []
    assert r.decomptes("Nombre de membres : 219") == [("membres", 219)]


def test_sigle_de_communaute_cede_au_nom_developpe() -> None:
    """« … | CC Cœur de X » dans le titre de la page et « Communauté de communes Cœur de X » dans
    le texte : le nom développé."""
    page = (
        "<html><head><title>Conseil communautaire du 22 juin 2022 | CC Cœur de Brenne</title></head>"
        "<body><h1>Compte rendu du conseil communautaire du 22 juin 2022</h1>"
        "<p><strong>Communauté de communes Cœur de Brenne</strong><br>Séance du mercredi 22 juin "
        "2022</p><p>Présidence : M. Luc MARTIN, Président.</p>"
        "<p>Délégués présents : Luc MARTIN, Anne ROY, Paul MARTY.</p></body></html>"
    )
    seance = seance_lue(texte_html(page))
    assert seance.assemblee.collectivite.nom == "Communauté de communes Cœur de Brenne"



def test_point_reporte_n_est_pas_une_deliberation() -> None:
    """« 5) Titre » puis « Le point est reporté à une séance ultérieure » : pas de délibération."""
    lues = projection(
        seance_lue(
            _EN_TETE + "1) Tarifs de la salle\nAdopté à l'unanimité.\n"
            "2) Révision du loyer communal\nLe point est reporté à une séance ultérieure.\n"
            "3) Création d'un poste\nAdopté par 4 voix pour et 1 contre.\n"
        )
    )["deliberations"]
    assert [d["numero"] for d in lues] == ["1", "3"]
    # un point exposé puis voté n'est pas retiré, même s'il parle d'un report
    lues = projection(
        seance_lue(_EN_TETE + "2) Report de la fête\nLe point est reporté au mois de juin.\nAdopté à l'unanimité.\n")
    )["deliberations"]
    assert [d["numero"] for d in lues] == ["2"]


def test_mention_de_point_ajoute_hors_de_l_objet() -> None:
    """« D2020-061 (point ajouté à l'ordre du jour) : Titre », « Titre (point ajouté) »."""
    lues = projection(
        seance_lue(
            _EN_TETE + "D2022-061 (point ajouté à l'ordre du jour) : Subvention au comité des fêtes\n"
            "Adopté à l'unanimité.\n"
            "D2022-062 : Motion pour le bureau de poste (point ajouté)\nAdopté à l'unanimité.\n"
        )
    )["deliberations"]
    assert [d["objet"] for d in lues] == ["Subvention au comité des fêtes", "Motion pour le bureau de poste"]


def test_coquille_abstenton_dans_un_libelle_de_vote() -> None:
    assert r.votes("POUR : 14    CONTRE : 0    ABSTENTON : 0") == [("pour", 14), ("contre", 0), ("abstentions", 0)]
    assert r.votes("Pour : 5 Contre : 1 Abstension : 2") == [("pour", 5), ("contre", 1), ("abstentions", 2)]


def test_depart_coupe_avant_le_numero_du_point() -> None:
    """« … quitte la séance après le vote de la délibération » / « n° 2017-42 et donne
    pouvoir à M. Y » : la phrase recollée, pas un point « n° 2017 »."""
    seance = seance_lue(
        _EN_TETE + "Délibération n° 2017-41 : Budget\nAdoptée à l'unanimité.\n"
        "M. Marc VIAL quitte définitivement la séance après le vote de la délibération\n"
        "n° 2017-41 et donne pouvoir à M. Paul MARTY.\n"
        "Délibération n° 2017-42 : Tarifs\nAdoptée à l'unanimité.\n"
    )
    lue = projection(seance)
    assert [d["numero"] for d in lue["deliberations"]] == ["2017-41", "2017-42"]
    assert lue["procurations"] == [["Marc VIAL", "Paul MARTY"]]
    assert lue["mouvements"] == {"Marc VIAL": [None, 1]}


def test_arrivee_au_point_designe_par_son_numero() -> None:
    """« (arrivée au point n° 33-2024) » : présente à partir du point qui porte ce numéro."""
    m = r.mouvement("Mme Laure MAILLARD (arrivée au point n° 33-2024)")
    assert m is not None and (m.qui, m.arrivee_numero) == ("Mme Laure MAILLARD", "33-2024")
    m = r.mouvement("Mme Laure MAILLARD arrivée lors de la délibération n° 2024-33")
    assert m is not None and m.arrivee_numero == "2024-33"
    # « présent jusqu'à la délibération n° … » : la fin d'une présence, pas une arrivée
    m = r.mouvement("M. Paul MARTY présent jusqu'à la délibération n° 2021-048 incluse")
    assert m is not None and (m.arrivee_numero, m.depart_numero) == (None, "2021-048")


def test_resultat_du_vote_apres_le_dispositif_dans_un_texte_aplati() -> None:
    """Texte sur une ligne : « … approuve la décision modificative n° 2 telle que présentée.
    Résultat du vote : Pour : 5 … » : le vote du point, pas un point « Résultat du vote »."""
    texte = (
        "COMMUNE DE VALMONT PROCÈS-VERBAL DU CONSEIL MUNICIPAL Séance du jeudi 5 mai 2022 Date de "
        "convocation : 28 avril 2022 L'an deux mille vingt-deux, le cinq mai à vingt heures, le "
        "Conseil Municipal de la commune de Valmont, légalement convoqué, s'est réuni sous la "
        "présidence de M. Luc MARTIN, Maire. Présents : M. Luc MARTIN, Mme Anne ROY, M. Paul MARTY, "
        "Mme Léa PONS, M. Marc VIAL. Secrétaire de séance : Mme Anne ROY. Le point relatif au chemin "
        "rural n° 12 est retiré de l'ordre du jour. D2022-057 : Décision modificative n° 2 du budget "
        "principal Monsieur le Maire présente les ajustements de crédits. Le conseil municipal, après "
        "en avoir délibéré, approuve la décision modificative n° 2 telle que présentée. Résultat du "
        "vote : Pour : 5 Contre : 0 Abstention : 0 D2022-058 : Tarifs de la cantine scolaire au 1er "
        "septembre 2022 Mme Anne ROY, adjointe, propose de porter le prix du repas à 3,40 €. Pour : 4 "
        "- Contre : 1 - Abstention : 0 La séance est levée à 22 h 10."
    )
    lues = projection(seance_lue(texte))["deliberations"]
    assert [(d["numero"], d["scrutin"]["pour"], d["scrutin"]["resultat"]) for d in lues] == [
        ("D2022-057", 5, "adopte"),
        ("D2022-058", 4, None),
    ]


def test_numero_en_fin_de_titre() -> None:
    """« Titre : 2019-93 » puis l'exposé (ligne ou texte aplati) : le numéro après le titre."""
    lues = projection(
        seance_lue(
            _EN_TETE + "Décision modificative n° 3 du budget principal : 2019-93 Le rapporteur présente la "
            "décision.\nPour : 5 Contre : 0 Abstentions : 0 La délibération est adoptée.\n"
            "Modification du tableau des effectifs : 2019-94\nAdopté à l'unanimité.\n"
        )
    )["deliberations"]
    assert [(d["numero"], d["objet"]) for d in lues] == [
        ("2019-93", "Décision modificative n° 3 du budget principal"),
        ("2019-94", "Modification du tableau des effectifs"),
    ]
    # une date n'est pas un numéro : « Date de convocation : 2019-12-10 »
    assert not projection(seance_lue(_EN_TETE + "Date de la réunion : 2019-12-10\n"))["deliberations"]


def test_mention_de_point_ajoute_ferme_le_titre_dans_le_flux() -> None:
    """Texte aplati : « Convention avec l'association Les Amis du Coteau (point ajouté) La
    délibération est adoptée … » : le titre va jusqu'à la mention (nom propre compris)."""
    titre, suite = r.couper_titre(
        "Convention avec l'association Les Amis du Coteau (point ajouté) La délibération est adoptée."
    )
    assert (titre, suite) == (
        "Convention avec l'association Les Amis du Coteau (point ajouté)",
        "La délibération est adoptée.",
    )
    # la mention en tête (« (point ajouté) : Titre ») n'est pas la fin du titre
    assert r.couper_titre("(point ajouté) : Subvention au comité Le comité sollicite")[0] != "(point ajouté)"


def test_prenom_apres_une_civilite_de_groupe_en_fin_de_ligne() -> None:
    """« …, MM. Christian » / « MOUGIN, Noël BARTHOD » : un seul nom coupé par la fin de ligne."""
    lue = projection(
        seance_lue(
            "COMMUNE DE VALMONT\nSéance du conseil municipal du 5 mai 2022\n"
            "Présents : MM. Luc MARTIN, Paul MARTY, Mmes Anne ROY, Léa PONS, MM. Christian\n"
            "MOUGIN, Noël BARTHOD.\nSecrétaire de séance : Mme Anne ROY.\n"
        )
    )
    assert "Christian MOUGIN" in lue["presents"] and "Christian" not in lue["presents"]


def test_annee_en_lettres_coupee_en_fin_de_ligne() -> None:
    """« … convoqué le vingt-trois novembre deux mille » / « dix-sept, s'est réuni » (ligne
    recoupée) : pas l'an 2000 ; l'année de la séance."""
    texte = "Le conseil, dûment convoqué le vingt-trois novembre deux mille"
    assert r.convocation(texte, 2017) == r.convocation("convoqué le 23 novembre 2017")
    assert r.convocation(texte + " dix-sept, s'est réuni", 2017) == r.convocation("convoqué le 23 novembre 2017")
