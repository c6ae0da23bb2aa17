"""Familles de mises en page trouvées par la dix-huitième mesure hors échantillon (documents
336 à 345 : petites communes, décomptes en lettres, présents en phrase, initiales, noms
d'épouse, numérotations rares) : chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait.reconnaisseurs import decision_adoptee, decomptes
from deliberations.model import ResultatVote, StatutPresence
from tests.extrait.comparaison import seance_lue as _seance

_ENTETE = (
    "Commune de Vauclerc\nCompte rendu de la réunion du conseil municipal du 3 octobre 2017\n"
    "sous la présidence de M. Gérard NOËL, Maire.\n"
)


def _noms(seance: object, statut: StatutPresence) -> list[str]:
    return [
        f"{p.elu.prenom} {p.elu.nom}" if p.elu.prenom else p.elu.nom
        for p in seance.presences  # type: ignore[attr-defined]
        if p.statut is statut
    ]


# --- décomptes en lettres dans une phrase --------------------------------------------------


def test_conseillers_sont_presents_en_lettres() -> None:
    assert decomptes("Le Maire constate que huit conseillers sont présents et que le quorum est atteint.") == [
        ("presents", 8)
    ]
    assert decomptes("12 conseillers étaient présents.") == [("presents", 12)]
    # « les conseillers » n'est pas un nombre
    assert decomptes("Tous les conseillers sont présents.") == []


def test_etant_presents_sur_les_membres_en_exercice() -> None:
    assert sorted(
        decomptes("Cinq conseillers étant présents sur les sept membres en exercice, le quorum est atteint.")
    ) == [("en_exercice", 7), ("presents", 5)]


def test_decompte_en_phrase_apres_une_liste_aplatie() -> None:
    """« Absent : M. GIRAUD Le Maire constate que … » : la phrase ferme la liste."""
    texte = (
        "MAIRIE DE CHAMBONNET Séance du 15 décembre 2020 L'an deux mil vingt, le quinze décembre, "
        "le Conseil Municipal s'est réuni sous la présidence de M. Serge BARRAUD, Maire. "
        "Présents : M. Serge BARRAUD, Mme Lise AUCLAIR, M. Paul ROUGIER Absent : M. Yves GIRAUD "
        "Le Maire constate que trois conseillers sont présents et que le quorum est atteint. "
        "M. Paul ROUGIER a été désigné en qualité de secrétaire de séance. " + "Questions diverses. " * 8
    )
    seance = _seance(texte)
    assert seance.decomptes is not None and seance.decomptes.presents == 3
    assert _noms(seance, StatutPresence.ABSENT) == ["Yves GIRAUD"]


# --- issue dite par le dispositif ----------------------------------------------------------


def test_apres_en_avoir_delibere_accepte() -> None:
    assert decision_adoptee("après en avoir délibéré, accepte la vente dans les conditions proposées.")
    assert decision_adoptee("Le Conseil Municipal, après en avoir délibéré, accepte l'admission en non-valeur.")


def test_decide_puis_approuve_dans_la_meme_phrase() -> None:
    assert decision_adoptee(
        "Le Conseil Municipal décide d'adhérer au groupement de commandes, approuve la convention "
        "constitutive et autorise le Maire à la signer."
    )
    # « décide de » seul ne dit pas l'adoption
    assert not decision_adoptee("Le Conseil Municipal décide de reporter la question.")


# --- numéro au bout du titre ---------------------------------------------------------------


def test_objet_puis_deliberation_numero_en_fin_de_titre() -> None:
    seance = _seance(
        _ENTETE
        + "Objet : Transfert de la compétence eau – délibération n° 2017-15\n"
        "Le Maire présente le projet.\nAdopté.\n"
        "Objet : Coupes de bois de l'exercice 2018 – délibération n° 2017-16\n"
        "Adopté à l'unanimité.\n"
    )
    lues = [(d.numero, d.objet) for d in seance.deliberations]
    assert lues == [
        ("2017-15", "Transfert de la compétence eau"),
        ("2017-16", "Coupes de bois de l'exercice 2018"),
    ]
    assert all(d.scrutins[0].resultat is ResultatVote.ADOPTE for d in seance.deliberations)
