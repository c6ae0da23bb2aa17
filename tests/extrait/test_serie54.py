"""Familles de mises en page trouvées par la cinquante-quatrième mesure hors échantillon
(documents 675 à 684 : tirage général à l'image de la mesure extérieure) : chaque règle sur un
petit texte inventé, en lignes et aplati sur une ligne, indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait.groupes import pour_la_commune
from tests.extrait.comparaison import projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


_POINT = "1 – Tarifs de la cantine\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("forme", [str, _aplati])
def test_libelle_de_votants_coupe(forme) -> None:  # type: ignore[no-untyped-def]
    """« qui ont pris part » / « à la délibération : 10 » : le libellé des votants coupé sur
    deux lignes, sa fin seule devant le nombre."""
    texte = forme(
        "Commune de Valbrune\nSéance du 12 mars 2004\nNombre de membres\n  en exercice : 11\n"
        "  qui ont pris part\n  à la délibération : 10\n"
        "Présents : M. Paul ARNAUD, Mme Lise BERTIN.\n" + _POINT
    )
    decomptes = projection(seance_lue(texte))["decomptes"]
    assert decomptes["en_exercice"] == 11
    assert decomptes["votants"] == 10


def test_a_la_deliberation_sans_nombre_n_est_pas_un_decompte() -> None:
    """« à la délibération » dans une phrase, sans « : nombre », ne donne aucun votant."""
    texte = (
        "Commune de Valbrune\nSéance du 12 mars 2004\nPrésents : M. Paul ARNAUD, Mme Lise BERTIN.\n"
        "1 – Tarifs\nLe maire donne lecture du projet soumis à la délibération du conseil.\n"
        "Adopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["decomptes"]["votants"] is None


_CC = (
    "COMMUNAUTE DE COMMUNES DU VAL BRUN\nConseil communautaire du 5 avril 2017\n"
    "sous la présidence de M. Paul ARNAUD.\n\nDélégués en exercice : 8 - Présents : 5 - Votants : 5\n\n"
)
_GROUPES = (
    "Pour la commune de Brenne : M. Paul ARNAUD, Mme Lise BERTIN\n"
    "Pour la commune de Vaux : M. Marc COLIN\n"
    "Pour la commune de Saint-Ours : M. Yves DUMONT, suppléant de Mme Anne DUVAL\n"
    "Pour la commune de Lonne : M. Henri LACOUR\n"
)
_FIN_CC = "\nSecrétaire de séance : Mme Lise BERTIN\n\nDélibération n°2017-38 – Tarifs\nDécision : adoptée à l'unanimité.\n"


@pytest.mark.parametrize("forme", [str, _aplati])
def test_suppleant_de_dans_un_groupe_de_commune(forme) -> None:  # type: ignore[no-untyped-def]
    """« Pour la commune de X : M. A, suppléant de Mme B » : A siège pour B ; la civilité
    après « de » ne nomme pas un autre présent."""
    obtenu = projection(seance_lue(forme(_CC + "Présents :\n" + _GROUPES + _FIN_CC)))
    assert obtenu["suppleances"] == [["Yves DUMONT", "Anne DUVAL"]]
    assert sorted(obtenu["presents"]) == ["Henri LACOUR", "Lise BERTIN", "Marc COLIN", "Paul ARNAUD"]


def test_civilite_apres_une_preposition_reste_dans_l_entree() -> None:
    """Le découpage d'un groupe par civilité ne coupe pas après « suppléant de »."""
    lu = pour_la_commune("pour la commune de Vaux : M. Yves DUMONT, suppléant de Mme Anne DUVAL M. Marc COLIN")
    assert lu is not None
    assert lu[1] == ["M. Yves DUMONT, suppléant de Mme Anne DUVAL", "M. Marc COLIN"]


def test_groupes_de_commune_sans_intitule() -> None:
    """Des lignes « Pour la commune de X : … » à la suite, sans intitulé, après le nombre des
    présents annoncé : la liste des présents (constat ``extrait.presents-sans-intitule``).
    (En texte aplati, les groupes suivent le décompte sur la même ligne et ne sont pas lus
    comme une liste : ils restent non lus, voir le test suivant.)"""
    resultat = lire_extrait(_CC + _GROUPES + _FIN_CC)
    assert resultat.seance is not None
    obtenu = projection(resultat.seance)
    assert sorted(obtenu["presents"]) == ["Henri LACOUR", "Lise BERTIN", "Marc COLIN", "Paul ARNAUD"]
    assert obtenu["suppleances"] == [["Yves DUMONT", "Anne DUVAL"]]
    assert "extrait.presents-sans-intitule" in {c.code for c in resultat.rapport.constats}


def test_groupes_de_commune_sans_intitule_aplatis_sans_faux() -> None:
    """Aplatis, les mêmes groupes ne donnent aucun présent faux."""
    obtenu = projection(seance_lue(_aplati(_CC + _GROUPES + _FIN_CC)))
    assert set(obtenu["presents"]) <= {"Henri LACOUR", "Lise BERTIN", "Marc COLIN", "Paul ARNAUD"}


def test_une_seule_ligne_de_commune_n_ouvre_pas_de_liste() -> None:
    """Une seule ligne « Pour la commune de X : … » (une information du récit) n'ouvre pas la
    liste des présents."""
    texte = _CC + "Pour la commune de Brenne : M. Paul ARNAUD, Mme Lise BERTIN\n" + _FIN_CC
    assert projection(seance_lue(texte))["presents"] == []


_SYNDICAT = "Syndicat intercommunal des eaux de la Brune\nComité syndical du 5 avril 2009\nEtaient présents : "


@pytest.mark.parametrize("forme", [str, _aplati])
def test_titulaires_puis_suppleant_de_nomme(forme) -> None:  # type: ignore[no-untyped-def]
    """« MM. A, B, délégués titulaires ; M. C, délégué suppléant de M. D ; Mme E, déléguée
    suppléante » : C siège pour D, E sans titulaire nommé."""
    texte = forme(
        _SYNDICAT + "MM. ARNAUD Paul, COLIN Marc, délégués titulaires ; M. DROUIN Bernard, délégué "
        "suppléant de M. CORBIN Gilles ; Mme MARAIS Nicole, déléguée suppléante.\n" + _POINT
    )
    obtenu = projection(seance_lue(texte))
    assert obtenu["presents"] == ["Paul ARNAUD", "Marc COLIN"]
    assert obtenu["suppleances"] == [["Bernard DROUIN", "Gilles CORBIN"], ["Nicole MARAIS", None]]


_CORPS_SYNDICAT = (
    "\nPROCES-VERBAL DU COMITE SYNDICAL\nSEANCE DU 19 MARS 2009\nL'an deux mille neuf, le dix-neuf "
    "mars, le Comité Syndical du S.I.V.U. des Ecoles de la Brune s'est réuni à la mairie de Vaux.\n"
    "Etaient présents : M. Paul ARNAUD, M. Marc COLIN.\n" + _POINT
)


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    "lieux",
    ["REPUBLIQUE FRANCAISE DEPARTEMENT DE LA SARTHE Arrondissement de Mamers", "Arrondissement de Mamers"],
)
def test_lieux_avant_le_syndicat(forme, lieux: str) -> None:  # type: ignore[no-untyped-def]
    """« DEPARTEMENT DE X Arrondissement de Y SYNDICAT INTERCOMMUNAL … » : le nom développé de
    l'en-tête, pas le sigle de la phrase d'ouverture."""
    texte = forme(lieux + " SYNDICAT INTERCOMMUNAL A VOCATION UNIQUE DES ECOLES DE LA BRUNE" + _CORPS_SYNDICAT)
    assert projection(seance_lue(texte))["collectivite"] == "SYNDICAT INTERCOMMUNAL A VOCATION UNIQUE DES ECOLES DE LA BRUNE"
