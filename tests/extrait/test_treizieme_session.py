"""Treizième session : tournures de procuration, d'intitulé, de secrétaire et de président que
les sondes n'avaient pas (variantes ajoutées à ``benchmarks/extrait_sondes.py``). Chaque test
échoue sans sa correction."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.normalisation import segmenter

EN_TETE = (
    "COMMUNE DE VAUDREY\nSéance du 26 septembre 2024\n"
    "Nombre de conseillers en exercice : 6 - Présents : 4 - Votants : 5\n"
)


def _noms(texte: str, statut: str) -> list[str]:
    seance = lire_extrait(texte).seance
    assert seance is not None
    return [p.elu.nom for p in seance.presences if p.statut.value == statut]


@pytest.mark.parametrize(
    "texte",
    [
        "Mme Nadia BERGER (a donné pouvoir à M. Luc BLANC)",
        "Mme Nadia BERGER a remis un pouvoir à M. Luc BLANC",
        "Mme Nadia BERGER a donné pouvoir de la représenter à M. Luc BLANC",
        "Mme Nadia BERGER a délégué son droit de vote à M. Luc BLANC",
        "M. Luc BLANC est porteur de la procuration de Mme Nadia BERGER",
        "Procuration écrite de Mme Nadia BERGER à M. Luc BLANC",
    ],
)
def test_procuration_en_phrase(texte: str) -> None:
    assert r.procuration(texte) == ("Mme Nadia BERGER", "M. Luc BLANC")


@pytest.mark.parametrize(
    "texte",
    [
        "Mme Nadia BERGER en faveur de M. Luc BLANC",
        "Mme Nadia BERGER > M. Luc BLANC",
        "Mme Nadia BERGER (par M. Luc BLANC)",
    ],
)
def test_procuration_courte(texte: str) -> None:
    assert r.procuration_courte(texte) == ("Mme Nadia BERGER", "M. Luc BLANC")


def test_parenthese_qui_n_est_pas_un_mandataire() -> None:
    # « (à partir de 20 h) » : une heure, pas « à » suivi d'une personne
    assert r.procuration_courte("Mme Nadia BERGER (à partir de 20 h)") is None


@pytest.mark.parametrize("titre", ["Représentation", "Votes par procuration"])
def test_intitules_de_procurations(titre: str) -> None:
    section = r.section(f"{titre} : Mme Nadia BERGER par M. Luc BLANC")
    assert section is not None and section.nom == "procurations"


@pytest.mark.parametrize(
    ("texte", "president"),
    [
        ("Président de la séance : M. Paul ROUX, Maire", "M. Paul ROUX"),
        ("M. Paul ROUX, maire, présidant la séance, rappelle l'ordre du jour.", "M. Paul ROUX"),
    ],
)
def test_president(texte: str, president: str) -> None:
    assert r.president(texte) == president


@pytest.mark.parametrize(
    "texte",
    [
        "Le conseil municipal nomme Mme Anne PETIT secrétaire de séance.",
        "Mme Anne PETIT se porte volontaire pour assurer le secrétariat de séance.",
    ],
)
def test_secretaire(texte: str) -> None:
    assert r.secretaire(texte) == "Mme Anne PETIT"


def test_presents_separes_par_des_barres_obliques() -> None:
    texte = EN_TETE + "Etaient présents : Paul ROUX / Anne PETIT / Luc BLANC / Iris VIDAL\n"
    assert _noms(texte, "present") == ["ROUX", "PETIT", "BLANC", "VIDAL"]


def test_puces_en_etoile() -> None:
    texte = EN_TETE + "Présents :\n* M. Paul ROUX\n* Mme Anne PETIT\n* M. Luc BLANC\n* Mme Iris VIDAL\n"
    assert _noms(texte, "present") == ["ROUX", "PETIT", "BLANC", "VIDAL"]


@pytest.mark.parametrize(
    "intitule",
    [
        "Les membres présents : M. Paul ROUX, Mme Anne PETIT",
        "Présents à la séance : M. Paul ROUX, Mme Anne PETIT",
        "Mandats : Mme Nadia BERGER à M. Luc BLANC",
        "Pouvoirs écrits : Mme Nadia BERGER à M. Luc BLANC",
        "Votes par procuration : Mme Nadia BERGER à M. Luc BLANC",
        "Excusée et représentée : Mme Nadia BERGER par M. Luc BLANC",
        "Mme Anne PETIT assure le secrétariat de séance.",
        "Mme Anne PETIT remplit les fonctions de secrétaire.",
    ],
)
def test_intitules_coupes_dans_le_flux(intitule: str) -> None:
    # (texte aplati : l'intitulé, ou la phrase de nomination, ouvre un segment à lui)
    ligne = f"Sous la présidence de M. Paul ROUX, Maire {intitule} Absent excusé : M. Marc FAURE " * 3
    assert intitule in [segment for _n, segment in segmenter(ligne)]


@pytest.mark.parametrize(
    ("phrase", "statut"),
    [
        ("M. Marc FAURE est excusé.", "excuse"),
        ("M. Marc FAURE s'est excusé.", "excuse"),
        ("Mme Iris VIDAL et M. Marc FAURE se sont excusés.", "excuse"),
    ],
)
def test_absence_dite_en_phrase_avec_civilite(phrase: str, statut: str) -> None:
    # (« M. X est excusé. » donnait aussi un absent « M », sans constat : le point de la
    # civilité était pris pour une fin de phrase)
    texte = EN_TETE + "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC\nAbsents : néant\n" + phrase + "\n"
    seance = lire_extrait(texte).seance
    assert seance is not None
    lus = {p.elu.nom: p.statut.value for p in seance.presences}
    assert "M" not in lus
    assert lus["FAURE"] == statut


@pytest.mark.parametrize("titre", ["S'est excusé", "Se sont excusés", "Absent ayant présenté ses excuses"])
def test_intitules_d_excuses(titre: str) -> None:
    section = r.section(f"{titre} : M. Marc FAURE")
    assert section is not None and section.nom == "absents" and section.excuses
    assert [s for _n, s in segmenter(f"{titre} : M. Marc FAURE")] == [f"{titre} : M. Marc FAURE"]


def test_abstention_neant_et_contre_aucun() -> None:
    assert r.votes("Pour : 4 voix ; Contre : aucun ; Abstention : néant") == [
        ("pour", 4),
        ("contre", 0),
        ("abstentions", 0),
    ]
    assert r.votes("Pour : neuf ; Contre : zéro") == [("pour", 9), ("contre", 0)]


def test_une_annee_n_est_pas_un_nombre_de_conseillers() -> None:
    texte = "Date de convocation : 18 septembre 2024 Conseillers en exercice = 6 ; Présents = 4"
    assert ("en_exercice", 2024) not in r.decomptes(texte)


def test_president_par_sa_fonction_puis_nomme() -> None:
    texte = (
        "COMMUNE DE VAUDREY\nLe 26 septembre 2024 à 20 h 30, le Conseil Municipal, légalement "
        "convoqué, s'est réuni à la mairie sous la présidence de son maire.\n"
        "Sous la présidence de M. Paul ROUX, Maire\nPrésents : M. Paul ROUX, Mme Anne PETIT\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.president is not None
    assert seance.president.nom == "ROUX"


def test_deliberation_adoptee_hors_de_l_objet() -> None:
    ligne = (
        "Délibération n° 2024-31 : Tarifs de la cantine Délibération adoptée à l'unanimité. "
        "Délibération n° 2024-32 : Tarifs du périscolaire Délibération adoptée à l'unanimité."
    )
    segments = [s for _n, s in segmenter(ligne)]
    assert "Délibération n° 2024-31 : Tarifs de la cantine" in segments


def test_numero_annee_sigle_rang() -> None:
    lu = r.numero_deliberation("2024-DEL-031 : Tarifs de la cantine")
    assert lu is not None and lu[0] == "2024-DEL-031" and lu[2] == "Tarifs de la cantine"


def test_commune_apres_un_tiret() -> None:
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE\nSéance du 26 septembre 2024\n"
        "Délégués présents : M. Paul ROUX - Vaudrey, Mme Anne PETIT - Vaudrey, "
        "M. Luc BLANC - La Loye, Mme Iris VIDAL - La Loye\n"
    )
    assert _noms(texte, "present") == ["ROUX", "PETIT", "BLANC", "VIDAL"]


def test_tiret_entre_deux_personnes_sans_civilite() -> None:
    # (« Anne Petit » après le tiret commence par un prénom : une personne, pas une commune)
    texte = EN_TETE + "Présents : M. Paul Roux - Anne Petit, M. Luc Blanc - Iris Vidal\n"
    assert "Petit" in _noms(texte, "present")


def test_sigle_apres_le_nom_d_un_syndicat_en_casse_mixte() -> None:
    # (texte aplati : le sigle entre parenthèses ferme le nom, le titre du document suit)
    texte = (
        "Syndicat Intercommunal d'Électricité du Vernois (SIEV) Réunion du Comité syndical "
        "Séance du 26 septembre 2024 Présents : M. Paul ROUX, Président, Mme Anne PETIT, "
        "M. Luc BLANC Secrétaire de séance : Mme Anne PETIT Délibération n° 2024-31 : Tarifs "
        "Le comité, après en avoir délibéré, à l'unanimité, approuve les tarifs."
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert seance.assemblee.collectivite.nom == "Syndicat Intercommunal d'Électricité du Vernois"


def test_barre_de_neant_avant_un_intitule() -> None:
    # (« Excusés / Pouvoirs : » est un seul intitulé ; « Absent : / Secrétaire de séance : »
    # en fait deux, la barre disant « néant »)
    ligne = "Excusé : M. Marc FAURE Absent : / Secrétaire de séance : Mme Anne PETIT"
    assert "Secrétaire de séance : Mme Anne PETIT" in [s for _n, s in segmenter(ligne)]
    assert [s for _n, s in segmenter("Excusés / Pouvoirs : M. Marc FAURE à M. Luc BLANC")] == [
        "Excusés / Pouvoirs : M. Marc FAURE à M. Luc BLANC"
    ]


DEUX_POINTS = (
    EN_TETE
    + "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL\n"
    + "Délibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\n{milieu}\n"
    + "Délibération n° 2024-32 : Subvention au comité des fêtes\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize(
    ("milieu", "arrivee", "depart"),
    [
        ("Arrivée de Mme Iris VIDAL à 20 h 45.", 2, None),
        ("Mme Iris VIDAL prend place dans l'assemblée.", 2, None),
        ("Mme Iris VIDAL rejoint l'assemblée à 20 h 50.", 2, None),
        ("Départ de Mme Iris VIDAL.", None, 1),
        ("Mme Iris VIDAL s'absente définitivement.", None, 1),
        ("Mme Iris VIDAL quitte la salle du conseil et ne revient pas.", None, 1),
    ],
)
def test_mouvement_sans_numero_entre_deux_points(milieu: str, arrivee: int | None, depart: int | None) -> None:
    seance = lire_extrait(DEUX_POINTS.format(milieu=milieu)).seance
    assert seance is not None
    [vidal] = [p for p in seance.presences if p.elu.nom == "VIDAL"]
    assert (vidal.arrivee_point, vidal.depart_point) == (arrivee, depart)


def test_quitter_la_salle_le_temps_d_un_vote_n_est_pas_un_depart() -> None:
    seance = lire_extrait(DEUX_POINTS.format(milieu="Mme Iris VIDAL quitte la salle.")).seance
    assert seance is not None
    [vidal] = [p for p in seance.presences if p.elu.nom == "VIDAL"]
    assert vidal.depart_point is None


def test_arrivee_pendant_la_presentation_de_ce_point_puis_le_vote() -> None:
    # (la décision qui suit sur la même ligne reste lue ; sans l'arrivée, le total des voix
    # était inférieur aux votants et `valider` en faisait une erreur du CGCT)
    milieu = (
        "M. Luc BLANC arrive pendant la présentation de ce point ; il participe au vote. "
        "Le conseil approuve. Adopté : 4 pour, 1 contre (Mme Iris VIDAL), 0 abstention."
    )
    texte = DEUX_POINTS.replace("M. Luc BLANC, ", "").format(milieu="")
    texte = texte.replace(
        "Délibération n° 2024-32 : Subvention au comité des fêtes\nAdopté à l'unanimité.\n",
        "Délibération n° 2024-32 : Subvention au comité des fêtes\n" + milieu + "\n",
    )
    seance = lire_extrait(texte + "Absent : M. Luc BLANC\n").seance
    assert seance is not None
    [blanc] = [p for p in seance.presences if p.elu.nom == "BLANC"]
    assert blanc.arrivee_point == 2
    assert seance.deliberations[1].scrutin is not None and seance.deliberations[1].scrutin.pour == 4


def test_arrivee_pendant_la_presentation_du_point_numerote() -> None:
    mvt = r.mouvement("M. Luc BLANC arrive à 18 h 45, pendant la présentation du point n° 2 ; il vote.")
    assert mvt is not None and mvt.arrivee == 2


@pytest.mark.parametrize(
    "liste",
    [
        "M. Paul ROUX - Saint-Aubin-des-Bois, Mme Anne PETIT - Val-d'Arnon",
        "M. Jean-Louis ROUX - Vaudrey, Mme Anne PETIT - La Loye",
    ],
)
def test_commune_apres_un_tiret_composee(liste: str) -> None:
    # (trouvés par test_proprietes_treizieme : « des », « d'Arnon », un prénom composé)
    from deliberations.extrait.analyse import _lieux_apres_tiret

    assert " - " not in _lieux_apres_tiret(liste)
