"""Sondes : une séance courte dont un seul élément est écrit d'une autre façon relevée dans
des procès-verbaux publiés, lue en lignes puis aplatie sur une seule ligne. Chaque cas est
une valeur que l'analyseur lisait fausse sans le dire (ou ne lisait pas) : il doit la lire
juste, ou la laisser vide avec un constat.

Les tournures viennent d'un sondage de l'analyseur de l'extérieur (un squelette, une
variante à la fois, la valeur lue comparée à celle d'un lecteur humain)."""

from __future__ import annotations

from typing import Any

import pytest

from deliberations.extrait import lire_extrait
from deliberations.model import Seance, StatutPresence

BASE = {
    "tete": "COMMUNE DE VAUDREY",
    "titre": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
    "avant": "",
    "date": "Séance du 26 septembre 2024",
    "conv": "Date de convocation : 18 septembre 2024",
    "compte": "Nombre de conseillers en exercice : 6 - Présents : 4 - Votants : 5",
    "pres": "Sous la présidence de M. Paul ROUX, Maire",
    "presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL",
    "pouvoirs": "Pouvoirs : Mme Nadia BERGER à M. Luc BLANC",
    "excuses": "Absent excusé : M. Marc FAURE",
    "secr": "Secrétaire de séance : Mme Anne PETIT",
    "objet": "Délibération n° 2024-31 : Tarifs de la cantine",
    "vote": "Le conseil municipal, après en avoir délibéré, à l'unanimité, approuve les tarifs.",
}

# (champ lu, parties remplacées, valeur attendue)
SONDES: list[tuple[str, dict[str, str], Any]] = [
    # une année en lettres n'est jamais lue tronquée par la fenêtre de la date (« 2020 »)
    ("date", {"date": "Séance du vingt-six septembre deux mille vingt-quatre"}, "2024-09-26"),
    ("date", {"date": "Séance ordinaire du jeudi 26 septembre deux mille vingt-quatre"}, "2024-09-26"),
    # la phrase d'ouverture collée au titre d'un texte aplati
    ("date", {"date": "Le jeudi vingt-six septembre deux mille vingt-quatre à vingt heures, le conseil municipal s'est réuni."}, "2024-09-26"),
    ("date", {"date": "Le 26/09/2024 à 20h00, le conseil municipal s'est réuni en mairie."}, "2024-09-26"),
    # l'année en lettres dans une date seule, le jour avant « de l'an », l'an seul sur sa ligne
    ("date", {"date": "Le vingt-six septembre deux mille vingt-quatre\n"}, "2024-09-26"),
    ("date", {"date": "Le 26 septembre deux mille vingt-quatre\n"}, "2024-09-26"),
    ("date", {"date": "Le vingt-six septembre de l'an deux mille vingt-quatre, à vingt heures"}, "2024-09-26"),
    ("date", {"date": "L'an deux mille vingt-quatre\nle vingt-six septembre à vingt heures, le conseil municipal s'est réuni.\n"}, "2024-09-26"),
    ("date", {"date": "Réunion tenue en séance publique le 26 septembre 2024"}, "2024-09-26"),
    # la date d'une autre séance juste avant le titre de celle-ci
    ("date", {"avant": "Prochaine séance : jeudi 24 octobre 2024"}, "2024-09-26"),
    ("date", {"titre": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSuite de la séance du 19 septembre 2024"}, "2024-09-26"),
    # « s'est réuni le … » date la séance, pas la convocation
    ("conv", {"date": "Le Conseil Municipal, légalement convoqué, s'est réuni à la mairie le 26 septembre 2024 à 20 h 30."}, "2024-09-18"),
    ("conv", {"date": "Le Conseil municipal, convoqué le 18 septembre 2024, s'est réuni le 26 septembre 2024 à 20 heures.", "conv": ""}, "2024-09-18"),
    # collectivité : article contracté après « de la commune », département entre parenthèses
    ("collectivite", {"tete": "", "date": "L'an deux mille vingt-quatre, le vingt-six septembre, le conseil municipal de la commune du Pin, dûment convoqué, s'est réuni."}, "Le Pin"),
    ("collectivite", {"tete": "", "date": "L'an deux mille vingt-quatre, le vingt-six septembre, le conseil municipal de la commune des Rousses, dûment convoqué, s'est réuni."}, "Les Rousses"),
    ("collectivite", {"tete": "COMMUNE DE VAUDREY (Jura)"}, "VAUDREY"),
    ("collectivite", {"tete": "COMMUNE DE CHÂTEAU-CHINON (VILLE)"}, "CHÂTEAU-CHINON (VILLE)"),
    ("collectivite", {"tete": "COMMUNE NOUVELLE DE VAUDREY-EN-JURA"}, "VAUDREY-EN-JURA"),
    # colonnes d'une page copiée avec sa mise en page : l'écart de colonnes finit le nom
    ("collectivite", {"tete": "DÉPARTEMENT DU JURA                 EXTRAIT DU REGISTRE\nARRONDISSEMENT DE DOLE              DES DÉLIBÉRATIONS\nCOMMUNE DE VAUDREY                  DU CONSEIL MUNICIPAL\n", "titre": ""}, "VAUDREY"),
    ("collectivite", {"tete": "MAIRIE DE VAUDREY     République Française"}, "VAUDREY"),
    # cadre de gauche d'un registre (dates en lettres) entrelacé avec la phrase d'ouverture
    ("conv", {"conv": "", "compte": "", "pres": "", "date": (
        "Date de la convocation          L'an deux mille vingt-quatre, le vingt-six septembre à 20 h 30,\n"
        "18 septembre 2024               le Conseil Municipal, légalement convoqué, s'est réuni\n"
        "Date d'affichage                à la Mairie, en séance publique, sous la présidence de\n"
        "19 septembre 2024               M. Paul ROUX, Maire.\n")}, "2024-09-18"),
    ("pres", {"pres": "Sous la présidence de 19 septembre 2024               M. Paul ROUX, Maire."}, "Paul ROUX"),
    # organe : la commission permanente nommée après le conseil départemental
    ("organe", {"tete": "DÉPARTEMENT DU JURA", "titre": "CONSEIL DÉPARTEMENTAL - Réunion de la commission permanente"}, "commission_permanente"),
    # président
    ("pres", {"pres": "Présidence de séance assurée par M. Paul ROUX"}, "Paul ROUX"),
    # après le dernier décompte, dans le flux : la phrase de la présidence commence au nom
    ("pres", {"pres": "M. Paul ROUX, doyen d'âge, a pris la présidence de l'assemblée."}, "Paul ROUX"),
    ("pres", {"pres": "La présidence est assurée par M. Paul ROUX, Maire."}, "Paul ROUX"),
    ("pres", {"pres": "M. Paul ROUX, doyen d'âge, a pris la présidence de l'assemblée.\n"}, "Paul ROUX"),
    ("pres", {"pres": "Mme Anne PETIT, 1re Adjointe, préside la séance en l'absence de M. le Maire."}, "Anne PETIT"),
    # « Melle » : Mademoiselle, jamais un prénom
    ("presents", {"presents": "Présents : Mr Paul ROUX, Mme Anne PETIT, Mr Luc BLANC, Melle Iris VIDAL"}, ["Anne PETIT", "Iris VIDAL", "Luc BLANC", "Paul ROUX"]),
    # secrétaire : ce qui suit le nom n'est pas un autre nom ; tournures de désignation
    ("secr", {"secr": "Secrétaire de séance : Mme Anne PETIT, assistée de Mme Julie MOREL, secrétaire de mairie"}, ["Anne PETIT"]),
    ("secr", {"secr": "Secrétaire de séance : Mme Anne PETIT, conseillère municipale"}, ["Anne PETIT"]),
    ("secr", {"secr": "Le conseil municipal a choisi pour secrétaire Mme Anne PETIT.\n"}, ["Anne PETIT"]),
    ("secr", {"secr": "Désignation d'un secrétaire de séance : Mme Anne PETIT est désignée à l'unanimité.\n"}, ["Anne PETIT"]),
    ("secr", {"secr": "Mme Anne PETIT, désignée secrétaire de séance, procède à l'appel.\n"}, ["Anne PETIT"]),
    # « Présents (4) : » : le nombre n'empêche pas de lire l'intitulé
    ("presents", {"presents": "Présents (4) : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL"}, ["Anne PETIT", "Iris VIDAL", "Luc BLANC", "Paul ROUX"]),
    # procurations écrites en phrase
    ("procurations", {"pouvoirs": "Mme Nadia BERGER a donné procuration de vote à M. Luc BLANC"}, [("BERGER", "BLANC")]),
    # « Était absent et excusé : » dans le flux : un intitulé, qui ferme la liste des pouvoirs
    ("procurations", {"excuses": "Était absent et excusé : M. Marc FAURE"}, [("BERGER", "BLANC")]),
    ("procurations", {"pouvoirs": "Mme Nadia BERGER, excusée, a donné pouvoir à M. Luc BLANC\n"}, [("BERGER", "BLANC")]),
    ("procurations", {"pouvoirs": "Mme Nadia BERGER a donné mandat à M. Luc BLANC pour voter en son nom."}, [("BERGER", "BLANC")]),
    ("procurations", {"pouvoirs": "Mme Nadia BERGER est représentée par M. Luc BLANC.\n"}, [("BERGER", "BLANC")]),
    ("procurations", {"pouvoirs": "Pouvoir donné par Mme Nadia BERGER à M. Luc BLANC\n"}, [("BERGER", "BLANC")]),
    ("procurations", {"pouvoirs": "Mme Nadia BERGER avait donné pouvoir à M. Luc BLANC\n"}, [("BERGER", "BLANC")]),
    # le mandataire nommé d'abord : « Y a le pouvoir de X »
    ("procurations", {"pouvoirs": "M. Luc BLANC a le pouvoir de Mme Nadia BERGER pour la représenter et voter en son nom."}, [("BERGER", "BLANC")]),
    ("procurations", {"pouvoirs": "M. Luc BLANC détient le pouvoir de Mme Nadia BERGER.\n"}, [("BERGER", "BLANC")]),
    ("procurations", {"pouvoirs": "Procurations : M. Luc BLANC a reçu procuration de Mme Nadia BERGER"}, [("BERGER", "BLANC")]),
    ("presents", {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC (ayant la procuration de Mme Nadia BERGER), Mme Iris VIDAL", "pouvoirs": ""}, ["Anne PETIT", "Iris VIDAL", "Luc BLANC", "Paul ROUX"]),
    ("secr", {"secr": "Mme Anne PETIT a été désignée en qualité de secrétaire de séance."}, ["Anne PETIT"]),
    ("secr", {"secr": "Il est procédé à la désignation du secrétaire de séance : Mme Anne PETIT est désignée.\n"}, ["Anne PETIT"]),
    ("secr", {"secr": "Secrétaire de séance : Mme Anne PETIT\nSecrétaire de mairie : Mme Julie MOREL"}, ["Anne PETIT"]),
    # point : numéro collé à un titre entre guillemets ; la proposition refusée à l'unanimité
    # est rejetée
    ("point", {"objet": "N° 2024-31 « Tarifs de la cantine »\n"}, ("2024-31", "Tarifs de la cantine", "adopte")),
    ("point", {"objet": "Délibération n° 2024-31 du 26 septembre 2024 : Tarifs de la cantine"}, ("2024-31", "Tarifs de la cantine", "adopte")),
    ("point", {"vote": "Le conseil municipal, à l'unanimité, refuse la proposition."}, ("2024-31", "Tarifs de la cantine", "rejete")),
    # « Monsieur le Maire ouvre la séance » : le présent que la liste dit maire
    ("pres", {"pres": "", "presents": "Présents : M. Paul ROUX, Maire, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", "secr": "Secrétaire de séance : Mme Anne PETIT\nMonsieur le Maire ouvre la séance à 20 h 30.\n"}, "Paul ROUX"),
    # la particule élidée en minuscule devant le NOM
    ("presents", {"presents": "Présents : M. Paul ROUX, Mme Anne d'ARGENT, M. Luc BLANC, Mme Iris VIDAL"}, ["Anne d'ARGENT", "Iris VIDAL", "Luc BLANC", "Paul ROUX"]),
    # « MAIRE » en capitales est le NOM quand aucun autre n'est écrit
    ("pres", {"pres": "Sous la présidence de M. Paul MAIRE, Maire", "presents": "Présents : M. Paul MAIRE, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL"}, "Paul MAIRE"),
]  # fmt: skip


def _champ(seance: Seance, cle: str) -> Any:
    if cle in ("date", "conv"):
        date = seance.date if cle == "date" else seance.date_convocation
        return date.isoformat() if date else None
    if cle == "collectivite":
        return seance.assemblee.collectivite.nom
    if cle == "organe":
        return seance.assemblee.organe.value
    if cle in ("pres",):
        e = seance.president
        return f"{e.prenom} {e.nom}" if e and e.prenom else (e.nom if e else None)
    if cle == "secr":
        return [f"{e.prenom} {e.nom}".strip() for e in seance.secretaires]
    if cle == "presents":
        presents = [p.elu for p in seance.presences if p.statut is StatutPresence.PRESENT]
        return sorted(f"{e.prenom} {e.nom}" if e.prenom else e.nom for e in presents)
    if cle == "point":
        d = seance.deliberations[0]
        resultat = d.scrutins[0].resultat if d.scrutins else None
        return d.numero, d.objet, resultat.value if resultat else None
    if cle == "procurations":
        return [
            (p.mandant.nom, p.mandataire.nom if p.mandataire else None) for p in seance.procurations
        ]
    raise AssertionError(cle)


def _texte(parties: dict[str, str], aplati: bool) -> str:
    """Les parties en lignes, ou aplaties (une partie qui finit par « \\n » reste seule sur
    sa ligne : la tournure n'est lue qu'en tête de ligne)."""
    lignes = [v for v in {**BASE, **parties}.values() if v]
    if not aplati:
        return "\n".join(v.rstrip("\n") for v in lignes)
    seules = (f"\n{v}" if v.endswith("\n") else v for v in lignes)
    return " ".join(seules).replace("\n ", "\n").replace(" \n", "\n").strip()


@pytest.mark.parametrize("aplati", [False, True], ids=["lignes", "aplati"])
@pytest.mark.parametrize(("cle", "parties", "attendu"), SONDES)
def test_sonde(cle: str, parties: dict[str, str], attendu: Any, aplati: bool) -> None:
    resultat = lire_extrait(_texte(parties, aplati))
    assert resultat.seance is not None
    assert _champ(resultat.seance, cle) == attendu


EPCI = {
    "tete": "COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE",
    "titre": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE",
    "pres": "Sous la présidence de M. Paul ROUX, Président",
    "compte": "Nombre de délégués en exercice : 6 - Présents : 4 - Votants : 5",
}


@pytest.mark.parametrize("aplati", [False, True], ids=["lignes", "aplati"])
@pytest.mark.parametrize(
    "parties",
    [
        {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC (remplace M. Marc FAURE), Mme Iris VIDAL", "excuses": ""},
        {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC (remplace M. Marc FAURE), Mme Iris VIDAL", "excuses": "Excusé : M. Marc FAURE (remplacé par M. Luc BLANC)"},
        {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC (en remplacement de M. Marc FAURE), Mme Iris VIDAL", "excuses": ""},
    ],
)  # fmt: skip
def test_suppleant_qui_remplace(parties: dict[str, str], aplati: bool) -> None:
    """« M. Y (remplace M. X) » : Y siège pour X, qui n'est ni présent ni excusé."""
    seance = lire_extrait(_texte({**EPCI, **parties}, aplati)).seance
    assert seance is not None
    remplaces = [(p.elu.nom, p.suppleant.nom) for p in seance.presences if p.suppleant is not None]
    assert remplaces == [("FAURE", "BLANC")]
    assert _champ(seance, "presents") == ["Anne PETIT", "Iris VIDAL", "Paul ROUX"]


@pytest.mark.parametrize("aplati", [False, True], ids=["lignes", "aplati"])
def test_approbation_entre_le_numero_et_l_objet(aplati: bool) -> None:
    """« Délibération n° 2024-31 », « Approbation du procès-verbal … : adopté à l'unanimité. »
    puis « Objet : Titre » : le numéro va à l'objet ; l'approbation n'est pas le point (dite non
    comprise, comme sans le numéro)."""
    parties = {
        "secr": "Secrétaire de séance : Mme Anne PETIT\nDélibération n° 2024-31\n"
        "Approbation du procès-verbal de la séance du 11 juillet 2024 : adopté à l'unanimité.",
        "objet": "Objet : Tarifs de la cantine\n",
    }
    resultat = lire_extrait(_texte(parties, aplati))
    assert resultat.seance is not None
    assert [(d.numero, d.objet) for d in resultat.seance.deliberations] == [("2024-31", "Tarifs de la cantine")]
    assert any(c.code == "extrait.ligne-non-comprise" for c in resultat.rapport)
