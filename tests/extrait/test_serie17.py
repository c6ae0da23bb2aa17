"""Familles de mises en page trouvées par la dix-septième mesure hors échantillon (documents
326 à 335 : conseils communautaires et comités syndicaux, délégués groupés par commune ou par
communauté membre, suppléants, pouvoirs, présence qui change en cours de séance) : chaque
règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.groupes import civilites_puis_lieux, liste_par_lieu
from deliberations.model import Seance, StatutPresence
from tests.extrait.comparaison import projection
from tests.extrait.comparaison import seance_lue as _seance

_TETE = "COMITÉ SYNDICAL DU SIVOM DE LA VALLÉE\nSéance du 7 avril 2022\n"


def _statut(seance: Seance, statut: StatutPresence) -> list[str]:
    return sorted(
        f"{p.elu.prenom} {p.elu.nom}" if p.elu.prenom else p.elu.nom
        for p in seance.presences
        if p.statut is statut
    )


# --- groupes de délégués : commune en casse ordinaire, communauté membre seule ---------------


def test_commune_en_casse_ordinaire_devant_ses_delegues() -> None:
    seance = _seance(
        _TETE + "Présents :\nBrive-Ouest : Mme Chantal DELPY, M. Raymond BOUYSSOU\n"
        "Donzenac-les-Vignes :\nLanteuil : M. Bernard CHAMBON (arrivé au point 2)\n"
        "Voutezac : Mme Hélène DUMOND (suppléante de M. Robert LAPORTE)\n"
    )
    assert _statut(seance, StatutPresence.PRESENT) == [
        "Bernard CHAMBON", "Chantal DELPY", "Raymond BOUYSSOU"
    ]  # fmt: skip
    assert projection(seance)["suppleances"] == [["Hélène DUMOND", "Robert LAPORTE"]]
    assert projection(seance)["mouvements"] == {"Bernard CHAMBON": [2, None]}


def test_commune_de_x_reste_lue_par_commune() -> None:
    seance = _seance(
        _TETE + "Présents : Commune de Belan : M. Jean MOREL ; Commune de Prusly : M. Jacques "
        "BOILLOT, M. Serge CHAPUIS représenté par son suppléant M. Hubert LÉGER.\n"
    )
    assert _statut(seance, StatutPresence.PRESENT) == ["Jacques BOILLOT", "Jean MOREL"]
    assert projection(seance)["suppleances"] == [["Hubert LÉGER", "Serge CHAPUIS"]]


def test_communaute_membre_seule_sur_sa_ligne() -> None:
    seance = _seance(
        "PETR DU PAYS DU HAUT-PERCHE\nComité syndical du 7 avril 2022\n"
        "Délégués titulaires en exercice : 24\nDélégués titulaires présents :\n"
        "Communauté de communes des Collines du Perche\n"
        "M. Dominique LEVASSEUR (Longny), Mme Anne GOUHIER (Tourouvre)\n"
        "CC du Pays de Mortagne\nM. Jean DROUIN (Mortagne), Mme Sylvie PELTIER (Mortagne)\n"
    )
    assert _statut(seance, StatutPresence.PRESENT) == [
        "Anne GOUHIER", "Dominique LEVASSEUR", "Jean DROUIN", "Sylvie PELTIER"
    ]  # fmt: skip
    assert seance.decomptes is not None and seance.decomptes.en_exercice == 24
    assert seance.assemblee.collectivite.nom == "PETR DU PAYS DU HAUT-PERCHE"  # pas la communauté membre


def test_titulaires_en_exercice_est_l_effectif() -> None:
    assert r.decomptes("Délégués titulaires en exercice : 24") == [("en_exercice", 24)]
    assert r.decomptes("Conseillers suppléants en exercice : 4") == []


# --- listes aplaties par commune -------------------------------------------------------------


def test_tableau_commune_delegues_aplati_sans_ponctuation() -> None:
    lue = civilites_puis_lieux(
        "ADRIERS Mme Anne ROY BOURG-SUR-GARTEMPE M. Luc PIROT JOUHET LUSSAC M. Claude VIAL "
        "suppléant de Mme Irène BARRAUD PERSAC M. Paul NOËL (arrivé au point 2)"
    )
    assert lue is not None
    assert lue.personnes == [
        "Mme Anne ROY", "M. Luc PIROT", "M. Claude VIAL suppléant de Mme Irène BARRAUD",
        "M. Paul NOËL (arrivé au point 2)",
    ]  # fmt: skip
    assert lue.lieux == ["ADRIERS", "BOURG-SUR-GARTEMPE", "JOUHET LUSSAC", "PERSAC"]
    assert lue.douteuses == [
        "M. Luc PIROT JOUHET LUSSAC", "M. Claude VIAL suppléant de Mme Irène BARRAUD PERSAC"
    ]  # fmt: skip
    # une liste ponctuée n'a pas cette forme
    assert civilites_puis_lieux("M. Luc PIROT, Mme Anne ROY, M. Paul NOËL") is None


def test_tableau_aplati_signale_la_limite_nom_commune() -> None:
    resultat = lire_extrait(
        "Communauté de communes de la Gartempe\nConseil communautaire du 17 octobre 2019\n"
        "Étaient présents : ADRIERS Mme Anne ROY BOURG M. Luc PIROT PERSAC M. Paul NOËL "
        "Secrétaire de séance : M. Luc PIROT\n"
    )
    assert resultat.seance is not None
    assert _statut(resultat.seance, StatutPresence.PRESENT) == ["Anne ROY", "Luc PIROT", "Paul NOËL"]
    assert "extrait.groupe-nom" in resultat.rapport.codes()


def test_liste_commune_deux_points_coupee_entre_deux_delegues() -> None:
    debut = liste_par_lieu("ORVAL : Paul DESCHAMPS LIGNIÈRES : Philippe ROUSSEL, Anne GAUDRY", frozenset())
    assert debut is None  # trois segments seulement : pas assez pour être sûr
    suite = "Annie GAUDRY MORLAC : René CHAPUT REIGNY : Michèle AUGER SIDIAILLES : Alain DUPLAIX"
    assert liste_par_lieu(suite, frozenset()) is None  # sans lecture en cours : autre forme
    lue = liste_par_lieu(suite, frozenset(), suite=True)
    assert lue is not None and lue.personnes == [
        "Annie GAUDRY", "René CHAPUT", "Michèle AUGER", "Alain DUPLAIX"
    ]  # fmt: skip


def test_deux_delegues_d_une_commune_puis_le_secteur_suivant() -> None:
    lue = liste_par_lieu(
        "Secteur de Saint-Amand : MEILLANT : Christian RABIER SAINT-AMAND : Gilbert JOUANNET, "
        "Sophie AUDOUX Secteur du Boischaut : ARDENAIS : Roland PICHON",
        frozenset(),
    )
    assert lue is not None
    # (les délégués d'une commune séparés par des virgules : chacun à part)
    assert lue.personnes == ["Christian RABIER", "Gilbert JOUANNET", "Sophie AUDOUX", "Roland PICHON"]


# --- suppléants, pouvoirs, mouvements ---------------------------------------------------------


def test_suppleant_representant_son_titulaire() -> None:
    seance = _seance(
        _TETE + "Délégués titulaires présents : M. Paul ROUX, Mme Anne VIAL\n"
        "Délégués suppléants présents avec voix délibérative : M. Noël VERNIER (représentant "
        "M. Jacques LAMBERT)\nDélégués suppléants présents sans voix délibérative : Mme Agnès COLLIN\n"
    )
    assert projection(seance)["suppleances"] == [["Noël VERNIER", "Jacques LAMBERT"]]
    assert _statut(seance, StatutPresence.PRESENT) == ["Anne VIAL", "Paul ROUX"]


def test_procuration_en_relative_apres_la_commune() -> None:
    seance = _seance(
        _TETE + "Présents : Mme Claire ROUSSEL, M. Jean MOREL.\n"
        "Absente excusée : Mme Sandrine COLLIN (Vanvey) qui a donné procuration à Mme Claire ROUSSEL.\n"
    )
    assert projection(seance)["procurations"] == [["Sandrine COLLIN", "Claire ROUSSEL"]]


def test_arrivee_a_partir_de_la_deliberation_sans_verbe() -> None:
    seance = _seance(
        _TETE + "Présents : M. Paul ROUX, M. Fernand GODIN (à partir de la délibération n° 2022-13)\n"
        "Délibération n° 2022-12 – Budget\nAdopté à l'unanimité.\n"
        "Délibération n° 2022-13 – Tarifs\nAdopté à l'unanimité.\n"
    )
    assert projection(seance)["mouvements"] == {"Fernand GODIN": [2, None]}


def test_depart_a_une_heure_apres_la_commune() -> None:
    seance = _seance(_TETE + "Présents : Mme Ginette POIRIER (Berd'huis) (partie à 19 h 40), M. Jean ROY\n")
    assert _statut(seance, StatutPresence.PRESENT) == ["Ginette POIRIER", "Jean ROY"]
    assert projection(seance)["mouvements"] == {}  # une heure, pas un point


def test_tableau_present_jusqu_a_une_deliberation_puis_pouvoir() -> None:
    mvt = r.mouvement("Serge DUCASSE Présent jusqu'à la délibération n° 2021-048 incluse, puis pouvoir")
    assert mvt is not None and mvt.depart_numero == "2021-048" and mvt.depart_apres


def test_decompte_qui_change_n_est_pas_retenu() -> None:
    resultat = lire_extrait(
        _TETE + "Nombre de conseillers en exercice : 30\n"
        "Présents : 14 (15 à partir de la délibération n° 2021-047)\nVotants : 26, puis 27\n"
        "Présents : M. Paul ROUX\n"
    )
    assert resultat.seance is not None and resultat.seance.decomptes is not None
    assert resultat.seance.decomptes.en_exercice == 30
    assert resultat.seance.decomptes.presents is None and resultat.seance.decomptes.votants is None
    assert "extrait.decompte-variable" in resultat.rapport.codes()


def test_ne_prend_pas_part_coupe_en_fin_de_ligne() -> None:
    seance = _seance(
        _TETE + "Présents : M. Paul ROUX, M. Gérard TRONCHE\nPoint 1 – Taxe GEMAPI\n"
        "M. Gérard TRONCHE, président de l'association des riverains, ne prend pas part\n"
        "au vote.\nPour : 20\nContre : 0\nAbstention : 0\n"
    )
    scrutin = seance.deliberations[0].scrutins[0]
    assert scrutin.pour == 20 and scrutin.ne_prend_pas_part == 1


# --- en-tête et présidence ---------------------------------------------------------------------


def test_sigle_suivi_du_nom_developpe() -> None:
    seance = _seance(
        "SMICTOM DES VALS DE SAÔNE-NORD Syndicat mixte de collecte et de traitement des ordures "
        "ménagères COMPTE RENDU DU COMITÉ SYNDICAL du mardi 5 février 2019 Présents : M. Paul ROUX, "
        "Mme Anne VIAL Secrétaire de séance : Mme Anne VIAL"
    )
    assert seance.assemblee.collectivite.nom == "SMICTOM DES VALS DE SAÔNE-NORD"


def test_c_est_x_qui_a_preside_la_seance() -> None:
    texte = (
        "C'est Bernard LECLERC, premier vice-président, qui, après avoir excusé l'absence du "
        "Président (Jean-Marc DUVAL, retenu ailleurs), a présidé la séance."
    )
    assert r.president(texte) == "Bernard LECLERC"


# --- titres de points aplatis ------------------------------------------------------------------


def test_titre_puis_expose_apres_deux_points() -> None:
    seance = _seance(
        _TETE.replace("\n", " ") + "Présents : M. Paul ROUX, Mme Anne VIAL. "
        "1 – Débat d'orientation budgétaire 2019 : le Président présente le rapport d'orientation "
        "; la hausse des coûts pèsera sur le budget. Le comité prend acte de la tenue du débat. "
        "2 – Marché de collecte des points d'apport volontaire : avenant n° 2 : M. Paul ROUX, "
        "dont l'entreprise est sous-traitante du titulaire, ne prend pas part au vote. "
        "Pour : 21 – Contre : 0 – Abstention : 0. 3 – Questions diverses : aucune."
    )
    objets = [d.objet for d in seance.deliberations]
    assert objets[:2] == [
        "Débat d'orientation budgétaire 2019",
        "Marché de collecte des points d'apport volontaire : avenant n° 2",
    ]


def test_pole_d_equilibre_seul_n_est_qu_une_nature() -> None:
    resultat = lire_extrait(
        "Pôle d'équilibre territorial et rural\nComité syndical du 7 avril 2022\n"
        "Présents : M. Paul ROUX, Mme Anne VIAL\n"
    )
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom == "(collectivité non indiquée)"
    assert "extrait.collectivite-nature" in resultat.rapport.codes()
