"""Dix-neuvième session : formes trouvées en lisant de vrais documents publiés (hors dépôt),
chacune reproduite ici sur un petit texte inventé, en lignes et aplati sur une ligne."""

from __future__ import annotations

import pytest

from deliberations.extrait.groupes import civilites_puis_lieux
from tests.extrait.comparaison import projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


_FIN = "Secrétaire de séance : M. Hervé BRUN.\nObjet : Tarifs communaux\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("forme", [str, _aplati])
def test_liste_sans_virgules_avec_pouvoirs_entre_parentheses(forme) -> None:  # type: ignore[no-untyped-def]
    """« Présents : MM. Paul ROUX (a reçu pouvoir de Anne PETIT) Luc BLANC … » : une liste
    sans virgules dont certains noms portent une précision entre parenthèses ; chaque
    précision reste au nom qui la précède (la liste entière était perdue, signalée)."""
    texte = forme(
        "COMMUNAUTE DE COMMUNES DU VAL D'ORGE\nSéance du conseil communautaire du 3 juin 2015\n"
        "Présents : MM. Paul ROUX (a reçu pouvoir de Anne PETIT) Luc BLANC Marie-Hélène GAUTIER "
        "Hervé BRUN Yves MOREL (a reçu pouvoir de Léa FAURE) Chantal DUMAS.\n" + _FIN
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == [
        "Paul ROUX", "Luc BLANC", "Marie-Hélène GAUTIER", "Hervé BRUN", "Yves MOREL", "Chantal DUMAS"
    ]
    assert sorted(p["procurations"]) == [["Anne PETIT", "Paul ROUX"], ["Léa FAURE", "Yves MOREL"]]


def test_liste_sans_virgules_qui_commence_par_une_parenthese_reste_non_lue() -> None:
    """Une précision sans nom devant elle : la liste n'est pas découpée (constat, pas de
    personne inventée)."""
    texte = (
        "COMMUNE DE VALBOIS\nSéance du conseil municipal du 14 mars 2019\n"
        "Présents : (salle des fêtes) Paul ROUX Luc BLANC Hervé BRUN.\n" + _FIN
    )
    lue = seance_lue(texte)
    assert "salle des fêtes" not in " ".join(projection(lue)["presents"]).lower()


@pytest.mark.parametrize("forme", [str, _aplati])
def test_communes_intercalees_devant_nom_prenom(forme) -> None:  # type: ignore[no-untyped-def]
    """« Etaient présents : LIEU M. NOM Prénom LIEU2 M. NOM Prénom (suppléant de M. NOM
    Prénom) … » (tableau commune | délégués copié sans ponctuation, noms écrits NOM Prénom) :
    les communes ne sont pas des membres ; la limite entre le prénom et la commune suivante
    est sûre (la commune était lue comme un élu, ou collée au nom)."""
    texte = forme(
        "SYNDICAT INTERCOMMUNAL DES EAUX DU MONTAT\nCOMPTE RENDU DU COMITE SYNDICAL\n"
        "Séance du mardi 12 avril 2011 à 20 h 30\n"
        "Etaient présents : VERNEUIL-LE-BAS M. GIRAUD Pascal LAVAUR M. TEYSSIER Marc "
        "(suppléant de M. VIDAL Jean) MONTAT Mme CLERC Odile M. BRUN Hervé SAINT-AUBIN "
        "Mme SABATIER Line\n"
        "Pouvoir : M. DUBOIS Alain à M. GIRAUD Pascal\n" + _FIN
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Pascal GIRAUD", "Odile CLERC", "Hervé BRUN", "Line SABATIER"]
    assert p["suppleances"] == [["Marc TEYSSIER", "Jean VIDAL"]]
    assert p["procurations"] == [["Alain DUBOIS", "Pascal GIRAUD"]]


def test_civilites_puis_lieux_nom_d_abord_limite_sure() -> None:
    """Noms écrits NOM Prénom : les mots en capitales après le prénom sont le lieu suivant,
    sans doute ; écrits Prénom NOM, la limite reste une lecture (nom composé possible)."""
    lue = civilites_puis_lieux("ADRIERS M. ROY Luc BOURG Mme PIROT Anne JOUHET M. VIAL Paul")
    assert lue is not None
    assert lue.personnes == ["M. ROY Luc", "Mme PIROT Anne", "M. VIAL Paul"]
    assert lue.lieux == ["ADRIERS", "BOURG", "JOUHET"]
    assert lue.douteuses == []
    autre = civilites_puis_lieux("ADRIERS M. Luc ROY BOURG Mme Anne PIROT JOUHET M. Paul VIAL")
    assert autre is not None and autre.douteuses == ["M. Luc ROY BOURG", "Mme Anne PIROT JOUHET"]
