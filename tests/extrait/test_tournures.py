"""Une même séance, un champ d'en-tête écrit de chacune des façons relevées dans des
procès-verbaux et extraits publiés : chaque tournure donne la même valeur (ou, pour un
effectif, la bonne case : « membres afférents » est l'effectif légal, pas l'effectif en
exercice)."""

from __future__ import annotations

from typing import Any

import pytest

from deliberations.extrait import lire_extrait
from deliberations.model import Seance, StatutPresence

BASE = {
    "tete": "COMMUNE DE VAUDREY",
    "titre": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
    "date": "Séance du 26 septembre 2024",
    "conv": "Date de convocation : 18 septembre 2024",
    "compte": "Nombre de conseillers en exercice : 15",
    "pres": "Présidence : M. Paul ROUX, Maire",
    "presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL",
    "pouvoirs": "Pouvoirs : Mme Nadia BERGER à M. Luc BLANC",
    "secr": "Secrétaire de séance : Mme Anne PETIT",
    "objet": "Objet : Tarifs de la cantine",
    "vote": "Adopté à l'unanimité.",
}
PRESENTS = ["BLANC", "PETIT", "ROUX", "VIDAL"]
VARIANTES: list[tuple[str, str, Any]] = [
    ("date", "Le vingt-six septembre deux mille vingt-quatre, à dix-huit heures, le Conseil Municipal s'est réuni.", "2024-09-26"),
    ("date", "Séance ordinaire du 26 septembre 2024", "2024-09-26"),
    ("date", "Réunion du Conseil Municipal en date du 26 septembre 2024", "2024-09-26"),
    ("date", "Le 26 septembre 2024 à 18 h 30, le Conseil municipal, légalement convoqué, s'est réuni en mairie.", "2024-09-26"),
    ("date", "Séance du jeudi 26 septembre 2024 à 18h30", "2024-09-26"),
    ("date", "L'an deux mille vingt-quatre, le vingt-six du mois de septembre, à dix-huit heures", "2024-09-26"),
    ("date", "Conseil municipal du 26.09.2024", "2024-09-26"),
    ("date", "SÉANCE DU 26 SEPTEMBRE 2024", "2024-09-26"),
    ("date", "Le Conseil Municipal s'est réuni le 26 septembre 2024 à 20 heures.", "2024-09-26"),
    ("date", "JEUDI 26/09/2024 • 18H30", "2024-09-26"),
    ("date", "Séance publique du 26 sept. 2024", "2024-09-26"),
    ("date", "Séance n° 5 du 26 septembre 2024", "2024-09-26"),
    ("date", "Conseil municipal n°2024-05 du jeudi 26 septembre 2024", "2024-09-26"),
    ("date", "Réunion du conseil municipal : jeudi 26 septembre 2024", "2024-09-26"),
    ("date", "CM du 26/09/2024", "2024-09-26"),
    ("date", "DATE : 26.09.2024", "2024-09-26"),
    ("pres", "Présidence de M. Paul ROUX, Maire", "ROUX"),
    ("pres", "Sous la présidence de Monsieur le Maire, M. Paul ROUX", "ROUX"),
    ("pres", "M. Paul ROUX, Maire, préside la séance.", "ROUX"),
    ("pres", "Président de séance : M. Paul ROUX", "ROUX"),
    ("pres", "Présidée par M. Paul ROUX, Maire", "ROUX"),
    ("pres", "La séance est ouverte sous la présidence de M. Paul ROUX, Maire.", "ROUX"),
    ("pres", "la séance étant présidée par M. Paul ROUX, maire.", "ROUX"),
    ("pres", "Présidence : M. le Maire, Paul ROUX", "ROUX"),
    ("pres", "Monsieur le Maire, Paul ROUX, ouvre la séance à 20 h 30.", "ROUX"),
    ("secr", "Mme Anne PETIT a été désignée pour remplir les fonctions de secrétaire de séance.", ["PETIT"]),
    ("secr", "Madame Anne PETIT est désignée pour remplir les fonctions de secrétaire.", ["PETIT"]),
    ("secr", "Secrétaire élue : Mme Anne PETIT", ["PETIT"]),
    ("secr", "Secrétaire de séance élue : Mme Anne PETIT", ["PETIT"]),
    ("secr", "Mme Anne PETIT a été élue secrétaire.", ["PETIT"]),
    ("secr", "A été nommée secrétaire : Mme Anne PETIT", ["PETIT"]),
    ("secr", "Le conseil municipal désigne Mme Anne PETIT comme secrétaire de séance.", ["PETIT"]),
    ("secr", "Mme Anne PETIT a été nommé(e) secrétaire de séance.", ["PETIT"]),
    ("secr", "Désignation du secrétaire de séance : Mme Anne PETIT", ["PETIT"]),
    ("secr", "Le conseil municipal a désigné Mme Anne PETIT secrétaire de séance.", ["PETIT"]),
    ("secr", "Il a été procédé à la nomination d'un secrétaire pris dans le sein du conseil.\nMme Anne PETIT ayant obtenu la majorité des suffrages, a été désignée pour remplir ces fonctions qu'elle a acceptées.", ["PETIT"]),
    ("conv", "Date d'envoi de la convocation : 18/09/2024", "2024-09-18"),
    ("conv", "Convoqué le 18 septembre 2024", "2024-09-18"),
    ("conv", "Date de la convocation et d'affichage : 18 septembre 2024", "2024-09-18"),
    ("conv", "Convocation du 18 septembre 2024", "2024-09-18"),
    ("conv", "La convocation a été adressée le 18 septembre 2024.", "2024-09-18"),
    ("compte", "Membres en exercice : 15", (None, 15)),
    ("compte", "Conseillers en fonction : 15", (None, 15)),
    ("compte", "Nombre de membres afférents au Conseil municipal : 15", (15, None)),
    ("compte", "Effectif légal : 15", (15, None)),
    ("compte", "Effectif du conseil : 15", (15, None)),
    ("compte", "Nombre de conseillers : En exercice : 15", (None, 15)),
    ("presents", "Étaient présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", PRESENTS),
    ("presents", "Présents : MM. Paul ROUX, Luc BLANC, Mmes Anne PETIT, Iris VIDAL", PRESENTS),
    ("presents", "Présents : ROUX Paul, PETIT Anne, BLANC Luc, VIDAL Iris", PRESENTS),
    ("presents", "Étaient présents : Mesdames PETIT et VIDAL, Messieurs ROUX et BLANC", PRESENTS),
    ("pouvoirs", "Procurations : Mme Nadia BERGER a donné pouvoir à M. Luc BLANC", [("BERGER", "BLANC")]),
    ("pouvoirs", "Pouvoir : Nadia BERGER à Luc BLANC", [("BERGER", "BLANC")]),
    ("pouvoirs", "Absente ayant donné procuration : Mme Nadia BERGER (à M. Luc BLANC)", [("BERGER", "BLANC")]),
    ("pouvoirs", "Absents représentés : Mme Nadia BERGER par M. Luc BLANC", [("BERGER", "BLANC")]),
    ("pouvoirs", "Absente excusée : Mme Nadia BERGER (pouvoir à M. Luc BLANC)", [("BERGER", "BLANC")]),
    ("pouvoirs", "Procuration : Mme BERGER Nadia à M. BLANC Luc", [("BERGER", "BLANC")]),
    ("pouvoirs", "Absente excusée : Mme Nadia BERGER, pouvoir donné à M. Luc BLANC", [("BERGER", "BLANC")]),
    ("pouvoirs", "Excusés : Nadia BERGER (procuration donnée à Luc BLANC), Marc FAURE", [("BERGER", "BLANC")]),
    ("pouvoirs", "Absente : Mme Nadia BERGER (pouvoir M. Luc BLANC)", [("BERGER", "BLANC")]),
    ("pouvoirs", "Mme Nadia BERGER (excusée) a donné pouvoir à M. Luc BLANC", [("BERGER", "BLANC")]),
    ("pouvoirs", "Mandats : Mme Nadia BERGER a donné mandat à M. Luc BLANC", [("BERGER", "BLANC")]),
]  # fmt: skip


def _champ(seance: Seance, cle: str) -> Any:
    if cle in ("date", "conv"):
        return str(seance.date if cle == "date" else seance.date_convocation)
    if cle == "pres":
        return seance.president.nom if seance.president else None
    if cle == "secr":
        return [e.nom for e in seance.secretaires]
    if cle == "compte":
        d = seance.decomptes
        return (d.membres, d.en_exercice) if d else None
    if cle == "presents":
        return sorted(p.elu.nom for p in seance.presences if p.statut is StatutPresence.PRESENT)
    return [(p.mandant.nom, p.mandataire.nom if p.mandataire else None) for p in seance.procurations]


@pytest.mark.parametrize(("cle", "tournure", "attendu"), VARIANTES)
def test_tournure_d_en_tete(cle: str, tournure: str, attendu: Any) -> None:
    texte = "\n".join({**BASE, cle: tournure}.values())
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert _champ(resultat.seance, cle) == attendu


CORPS = """Séance du conseil municipal du 26 septembre 2024
Présidence : M. Paul ROUX, Maire
Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC
Secrétaire de séance : Mme Anne PETIT
Objet : Tarifs de la cantine
Adopté à l'unanimité."""
EN_TETES = [
    ("COMMUNE DE VAUDREY", "VAUDREY"),
    ("Mairie de Vaudrey", "Vaudrey"),
    ("Commune de Vaudrey (Jura)", "Vaudrey"),
    ("Département du Jura — Commune de Vaudrey", "Vaudrey"),
    ("RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DU JURA\nARRONDISSEMENT DE DOLE\nCOMMUNE DE VAUDREY", "VAUDREY"),
    ("DÉPARTEMENT DU JURA\nCANTON DE MONT-SOUS-VAUDREY\nMAIRIE DE VAUDREY", "VAUDREY"),
    ("Commune de Vaudrey - 39380", "Vaudrey"),
    ("MAIRIE DE VAUDREY\n12 rue de la Mairie\n39380 VAUDREY", "VAUDREY"),
    ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE LA COMMUNE DE VAUDREY", "VAUDREY"),
    ("Extrait du registre des délibérations du conseil municipal de la commune de Vaudrey", "Vaudrey"),
    ("CONSEIL MUNICIPAL DE VAUDREY", "VAUDREY"),
    ("COMMUNE DU DESCHAUX", "LE DESCHAUX"),
    ("COMMUNE DES ESSARTS-LE-VICOMTE", "LES ESSARTS-LE-VICOMTE"),
    ("Accueil | Vie municipale | Conseil municipal\nCommune de Vaudrey", "Vaudrey"),
]  # fmt: skip


@pytest.mark.parametrize(("tete", "attendu"), EN_TETES)
def test_en_tete_de_collectivite(tete: str, attendu: str) -> None:
    resultat = lire_extrait(tete + "\n" + CORPS)
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom == attendu


ASSEMBLEES = [
    ("COMMUNAUTÉ DE COMMUNES DU VAL D'AMOUR\nCONSEIL COMMUNAUTAIRE", "COMMUNAUTÉ DE COMMUNES DU VAL D'AMOUR", "conseil_communautaire"),
    ("Communauté d'agglomération du Grand Dole\nProcès-verbal du conseil communautaire", "Communauté d'agglomération du Grand Dole", "conseil_communautaire"),
    ("SYNDICAT INTERCOMMUNAL DES EAUX DE LA LOUE\nCOMITÉ SYNDICAL", "SYNDICAT INTERCOMMUNAL DES EAUX DE LA LOUE", "comite_syndical"),
    ("SIVOM de la Vallée de la Loue\nRéunion du comité syndical", "SIVOM de la Vallée de la Loue", "comite_syndical"),
    ("DÉPARTEMENT DU JURA\nCOMMISSION PERMANENTE", "DÉPARTEMENT DU JURA", "commission_permanente"),
    ("CONSEIL DÉPARTEMENTAL DU JURA\nCommission permanente", "CONSEIL DÉPARTEMENTAL DU JURA", "commission_permanente"),
    ("Conseil départemental du Jura\nSéance publique", "Conseil départemental du Jura", "conseil_departemental"),
    ("RÉGION BOURGOGNE-FRANCHE-COMTÉ\nAssemblée plénière", "RÉGION BOURGOGNE-FRANCHE-COMTÉ", "conseil_regional"),
    ("Communauté de communes du Val d'Amour\nBureau communautaire", "Communauté de communes du Val d'Amour", "bureau"),
    ("Métropole du Grand Nancy\nConseil métropolitain", "Métropole du Grand Nancy", "conseil_metropolitain"),
]  # fmt: skip


@pytest.mark.parametrize(("tete", "nom", "organe"), ASSEMBLEES)
def test_en_tete_d_assemblee(tete: str, nom: str, organe: str) -> None:
    texte = (
        f"{tete}\nSéance du 26 septembre 2024\nPrésidence : M. Paul ROUX, Président\n"
        "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC\n"
        "Secrétaire de séance : Mme Anne PETIT\nObjet : Tarifs\nAdopté à l'unanimité."
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assemblee = resultat.seance.assemblee
    assert (assemblee.collectivite.nom, assemblee.organe.value) == (nom, organe)
    assert "extrait.lignes-recollees" not in [c.code for c in resultat.rapport]


def test_tous_les_conseillers_sauf() -> None:
    texte = (
        "COMMUNE DE VAUDREY\nSéance du 26 septembre 2024\nPrésidence : M. Paul ROUX, Maire\n"
        "Présents : Tous les conseillers municipaux en exercice, sauf : Marc DURAND (excusé, "
        "pouvoir à Paul ROUX)\nObjet : Tarifs\nAdopté à l'unanimité."
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert [(p.mandant.nom, p.mandataire.nom if p.mandataire else None) for p in resultat.seance.procurations] == [("DURAND", "ROUX")]
    assert "extrait.presents-non-nommes" in [c.code for c in resultat.rapport]
