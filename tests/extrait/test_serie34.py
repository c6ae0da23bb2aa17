"""Familles de mises en page trouvées par la trente-quatrième mesure hors échantillon (documents
493 à 502 : décomptes, présidence et secrétariat écrits en phrases) : chaque règle sur un petit
texte, indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait import reconnaisseurs as r
from deliberations.validation import valider
from tests.extrait.comparaison import projection, seance_lue


@pytest.mark.parametrize(
    "phrase",
    [
        "Le Président ayant quitté la salle, le conseil communautaire, réuni sous la présidence "
        "de M. Paul VIAL, premier vice-président, adopte le compte administratif par 20 voix pour.",
        "Le comité syndical, siégeant sous la présidence de Mme Léa PONS, approuve le compte.",
        "Le conseil municipal, présidé par M. Marc ROUX, premier adjoint, adopte le compte.",
    ],
)
def test_incise_de_presidence_entre_l_organe_et_le_verbe(phrase: str) -> None:
    """« le conseil, réuni sous la présidence de M. X, premier vice-président, adopte … » (vote
    du compte administratif sous un autre président) : l'incise n'empêche pas de lire
    l'adoption."""
    assert r.decision_adoptee(phrase)


def test_incise_sans_verbe_d_adoption() -> None:
    """L'incise ne fait pas lire une adoption que la phrase ne dit pas."""
    assert not r.decision_adoptee(
        "Le conseil municipal, réuni sous la présidence de M. Marc ROUX, fixe les tarifs."
    )


def test_maire_elu_qui_prend_la_presidence_apres_son_election() -> None:
    """Séance d'installation : le doyen d'âge préside l'élection du maire, puis « M. X, maire,
    a pris la présidence de la séance » : le maire élu préside les délibérations qui suivent,
    il est le président de la séance (le doyen n'a présidé qu'un point)."""
    texte = (
        "COMMUNE DE VALMONT\nSéance d'installation du conseil municipal du 25 mai 2020\n"
        "La séance a été ouverte sous la présidence de M. Jean AUBRY, doyen d'âge.\n"
        "Secrétaire de séance : Mme Léa PONS.\n"
        "1. Élection du maire\n"
        "M. Paul VIAL a obtenu 10 voix et a été proclamé maire.\n"
        "M. Paul VIAL, maire, a pris la présidence de la séance.\n"
        "2. Détermination du nombre des adjoints\n"
        "Le conseil municipal fixe à trois le nombre des adjoints. Adopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["president"] == "Paul VIAL"


def test_president_qui_reprend_la_presidence_n_est_pas_remplace() -> None:
    """« M. X reprend la présidence » après un point présidé par un autre : le président de
    l'en-tête reste (pas une élection)."""
    texte = (
        "COMMUNE DE VALMONT\nSéance du conseil municipal du 5 avril 2021\n"
        "Sous la présidence de M. Jean AUBRY, maire.\n"
        "1. Compte administratif 2020\n"
        "Sous la présidence de M. Paul VIAL, premier adjoint, le compte est adopté à l'unanimité.\n"
        "M. Paul VIAL a pris la présidence de la séance pour ce point.\n"
        "2. Budget primitif 2021\n"
        "M. Jean AUBRY reprend la présidence de la séance. Adopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["president"] == "Jean AUBRY"


_ARRIVEE = (
    "COMMUNE DE VALMONT\nSéance du conseil municipal du 12 mars 2024\n"
    "En exercice : 9 - Présents : 7 - Pouvoirs : 1 - Votants : 8\n"
    "Présents : Jean AUBRY, Paul VIAL, Léa PONS, Marc ROUX, Anne ROY, Yves GAL, Luc REY.\n"
    "Absents excusés : Eva NOEL, Guy MAS (pouvoir à Jean AUBRY).\n"
    "Secrétaire de séance : Léa PONS.\n\n"
    "2024-14 – Subventions aux associations\nAdopté à l'unanimité.\n\n"
    "Arrivée de Mme Eva NOEL avant l'examen du point 2024-15.\n\n"
    "2024-15 – Tarifs de la cantine\nAdopté par 9 voix pour.\n"
)


def test_arrivee_entre_deux_points_n_est_pas_un_titre() -> None:
    """« Arrivée de Mme X avant l'examen du point 2024-15. » seule entre deux points (page web
    en paragraphes) : un mouvement, pas l'intertitre d'un point sans numéro."""
    p = projection(seance_lue(_ARRIVEE))
    assert [d["numero"] for d in p["deliberations"]] == ["2024-14", "2024-15"]
    assert p["mouvements"] == {"Eva NOEL": [2, None]}


def test_decomptes_d_ouverture_sans_le_membre_arrive() -> None:
    """« Présents : 7 » à l'ouverture, un huitième arrivé au point 2 : les décomptes du
    document ne contredisent pas les listes (pas d'erreur seance.decompte)."""
    rapport = valider(seance_lue(_ARRIVEE))
    assert not [c for c in rapport.filtrer(au_moins="erreur") if c.code == "seance.decompte"]


@pytest.mark.parametrize(
    ("phrase", "attendu"),
    [
        (
            "Sept conseillers présents, un pouvoir, soit huit votants.",
            [("presents", 7), ("procurations", 1), ("votants", 8)],
        ),
        ("Douze membres présents, deux procurations, quatorze votants.",
         [("presents", 12), ("procurations", 2), ("votants", 14)]),
        (
            "Le conseil municipal, composé de onze membres en exercice, s'est réuni à la mairie.",
            [("en_exercice", 11)],
        ),
    ],
)
def test_decomptes_en_lettres_dans_les_phrases(phrase: str, attendu: list[tuple[str, int]]) -> None:
    """Décomptes en lettres, le nombre avant le libellé, sans l'effectif dans la même phrase
    (« composé de onze membres en exercice » dans la phrase d'ouverture)."""
    assert r.decomptes(phrase) == attendu


def test_un_nombre_de_presents_seul_n_est_pas_un_decompte() -> None:
    """« deux présents » seul dans une phrase de récit reste hors des décomptes."""
    assert r.decomptes("Deux présents ont demandé la parole.") == []
