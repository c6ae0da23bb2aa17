"""Familles de mises en page trouvées par la vingtième mesure hors échantillon (documents 356 à
365 : pages web de collectivités) : chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait.analyse import _forme_d_intertitre
from deliberations.extrait.reconnaisseurs import secretaire, section, votes
from deliberations.model import ResultatVote, StatutPresence
from tests.extrait.comparaison import noms_de_statut as _noms
from tests.extrait.comparaison import seance_lue as _seance

_ENTETE = (
    "Commune de Vauclerc\nCompte rendu de la séance du conseil municipal du 20 mai 2010\n"
    "sous la présidence de M. Jean DELORME, Maire.\n"
)


# --- un vote en phrase n'est pas l'intertitre d'un point -------------------------------------


def test_adopte_par_voix_apres_approuve_n_ouvre_pas_de_point() -> None:
    seance = _seance(
        _ENTETE + "Présents : M. Jean DELORME, M. Marcel TISSOT\n"
        "1. Compte administratif 2009\nLe Conseil approuve le compte administratif 2009.\n"
        "Adopté par 19 voix pour et 1 abstention.\n2. Acquisition d'une parcelle\n"
        "Adopté à l'unanimité.\n"
    )
    assert [d.numero for d in seance.deliberations] == ["1", "2"]
    vote = seance.deliberations[0].scrutins[0]
    assert (vote.pour, vote.abstentions, vote.resultat) == (19, 1, ResultatVote.ADOPTE)


def test_forme_d_intertitre_sans_les_votes() -> None:
    # la forme voisine sans voix reste un intertitre (« Vote du compte administratif 2007. »)
    assert _forme_d_intertitre("Vote du compte administratif 2007.")
    assert not _forme_d_intertitre("Adopté par 19 voix pour et 1 abstention.")
    assert not _forme_d_intertitre("Approuvé par 12 voix pour.")


# --- titre en capitales sans numéro dont le paragraphe finit sur un vote ---------------------


def test_titre_en_capitales_suivi_d_un_vote_est_un_point() -> None:
    seance = _seance(
        _ENTETE + "Présents : M. Jean DELORME, M. Marcel TISSOT\nSecrétaire : M. Marcel TISSOT\n\n"
        "VOTE DES TAUX D'IMPOSITION 2016\nLe Conseil décide de ne pas augmenter les taux.\n"
        "Adopté à l'unanimité.\n\nBUDGET PRIMITIF 2016\nLe budget s'équilibre à 186 400 €.\n"
        "Votants : 2 – Pour : 1 – Contre : 1 – Abstention : 0\n\nQUESTIONS DIVERSES\n"
        "– Le nettoyage de printemps est fixé au 23 avril.\n"
    )
    assert [d.objet for d in seance.deliberations] == [
        "VOTE DES TAUX D'IMPOSITION 2016",
        "BUDGET PRIMITIF 2016",
    ]
    assert seance.deliberations[1].scrutins[0].contre == 1


def test_partie_en_capitales_sans_vote_n_est_pas_un_point() -> None:
    seance = _seance(
        _ENTETE + "Présents : M. Jean DELORME, M. Marcel TISSOT\nSecrétaire : M. Marcel TISSOT\n\n"
        "AFFAIRES GÉNÉRALES\n\n1. Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    assert [d.objet for d in seance.deliberations] == ["Tarifs de la cantine"]


# --- délégués par commune sous « présents, excusés et représentés » --------------------------


def test_intitule_presents_excuses_et_representes() -> None:
    trouve = section("Délégués présents, excusés et représentés")
    assert trouve is not None and trouve.nom == "presents"
    # « Absents excusés et représentés » reste la liste des absents qui ont donné pouvoir
    autre = section("Absents excusés et représentés :")
    assert autre is not None and autre.nom != "presents"


def test_absences_dites_dans_la_liste_des_presents() -> None:
    seance = _seance(
        "Communauté de communes du Val d'Orvanne\n"
        "Compte rendu du conseil communautaire du 12 décembre 2019\n"
        "sous la présidence de M. Thierry VALLET, Président.\n"
        "Délégués présents, excusés et représentés\n\nArvilliers\nThierry VALLET\nMarie BOYER\n\n"
        "Bois-Fleury\nNicole FAVRE\nSerge LAMOTTE (excusé, pouvoir à Nicole FAVRE)\n\n"
        "Chaumont\nAntoine VIARD (excusé)\nSabine LEGER\n\n"
        "Éclaron\nRoger PAQUET (excusé), représenté par son suppléant Fernand GIROUX\n"
        "Secrétaire de séance : Mme Sabine LEGER\n\n"
        "DEL-2019-058 – Tarifs 2020\nAdopté à l'unanimité.\n"
    )
    assert sorted(_noms(seance, StatutPresence.PRESENT)) == [
        "Marie BOYER",
        "Nicole FAVRE",
        "Sabine LEGER",
        "Thierry VALLET",
    ]
    assert _noms(seance, StatutPresence.EXCUSE) == ["Antoine VIARD"]
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("LAMOTTE", "FAVRE")]
    remplaces = [p for p in seance.presences if p.statut is StatutPresence.REMPLACE]
    assert [(p.elu.nom, p.suppleant.nom if p.suppleant else None) for p in remplaces] == [
        ("PAQUET", "GIROUX")
    ]


# --- secrétaire nommé dans la dernière proposition d'une phrase du récit ---------------------


def test_secretaire_dans_la_derniere_proposition() -> None:
    assert secretaire("La séance s'est ouverte à 20 h 30. Lucas HERVÉ a été désigné secrétaire de séance.") == (
        "Lucas HERVÉ"
    )
    assert (
        secretaire(
            "Le procès-verbal de la séance du 1er juin a été adopté sans observation, et Lucas "
            "HERVÉ a été désigné secrétaire de séance."
        )
        == "Lucas HERVÉ"
    )
    # une seule proposition : inchangé
    assert secretaire("Mme Anne MARTIN a été désignée secrétaire de séance.") == "Mme Anne MARTIN"


# --- article « Retour sur le conseil » : intertitre « Thème : sous-titre » suivi d'un vote ----


def test_intertitre_theme_et_sous_titre_suivi_d_un_vote() -> None:
    seance = _seance(
        _ENTETE + "Lucas HERVÉ a été désigné secrétaire de séance.\n\n"
        "Cantine : de nouveaux tarifs à la rentrée\nLe repas passera de 3,40 € à 3,60 €. "
        "La délibération a été adoptée par 12 voix pour et 2 contre.\n\n"
        "Et aussi : la fête de la musique\nLe maire a présenté le bilan de la fête.\n"
    )
    assert [d.objet for d in seance.deliberations] == ["Cantine : de nouveaux tarifs à la rentrée"]
    vote = seance.deliberations[0].scrutins[0]
    assert (vote.pour, vote.contre) == (12, 2)


# --- retrait et abstention de vote dits dans une cellule de tableau --------------------------


def test_fonction_qui_ne_prend_pas_part_au_vote() -> None:
    assert votes("Adopté – 14 pour, 0 contre, 0 abstention (le Président ne prend pas part au vote)") == [
        ("pour", 14),
        ("contre", 0),
        ("abstentions", 0),
        ("ne_prend_pas_part", 1),
    ]
    # sans voix, la phrase seule n'est pas un vote
    assert votes("(le Président ne prend pas part au vote)") == []


def test_retrait_dans_la_ligne_du_premier_point() -> None:
    resultat = lire_extrait(
        _ENTETE + "Présents : M. Jean DELORME, M. Marcel TISSOT\n"
        "N°\tObjet\tPour\tContre\tAbst.\n"
        "2018-21\tCompte administratif 2017 (le Maire s'étant retiré)\t1\t0\t0\tAdopté\n"
    )
    assert "extrait.retrait-non-lu" in {c.code for c in resultat.rapport}
