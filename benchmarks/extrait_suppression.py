"""Banc de suppression des extraits : un document privé d'une ligne ne peut pas en dire plus.

Chaque document texte du corpus (01 à 20 et 101 et suivants) est relu autant de fois qu'il a
de lignes non vides, chaque fois privé de l'une d'elles (d'une phrase pour un texte aplati
sur une ligne) — ce que rend un
copier-coller qui perd une ligne, ou un document dont une ligne n'est pas comprise. Retirer
une ligne ne peut qu'ôter de l'information : pour chaque champ d'en-tête (collectivité, type,
organe, date, convocation, président, décomptes), la lecture du document amputé doit rendre
la valeur de l'attendu, ou rien (« manquant »), ou une autre valeur accompagnée d'un constat
qui la concerne ; les secrétaires lus doivent être parmi ceux de l'attendu. Une autre valeur
sans constat est **fausse sans constat** (cible : 0, la règle « jamais faux en silence ») :
c'est la date d'un procès-verbal approuvé prise pour celle de la séance, la date de la
séance prise pour celle de la convocation…

Seconde partie, « une ligne de plus » : une ligne d'un autre propos (tampon, affichage, mise
à jour, loi visée, séance précédente ou suivante, adresse, en-tête d'une autre commune) est
insérée au début, en 4e et en 9e ligne ; la même règle s'applique (une autre collectivité
nommée par un en-tête doit être signalée, pas retenue en silence).

Le banc compte aussi les erreurs CGCT que ``valider`` donne sur le document amputé et pas sur
l'original (« erreurs apparues ») : à lire une à une, car une ligne retirée peut rendre le
document réellement contradictoire (un « Contre : 2 » ôté laisse des voix qui ne font plus le
compte).

Usage (depuis la racine du dépôt) : python benchmarks/extrait_suppression.py [--detail]
Ce n'est pas un test : il imprime un tableau par champ.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

RACINE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RACINE))

from deliberations.extrait import ResultatExtrait, lire_extrait  # noqa: E402
from deliberations.extrait.collectivite import meme_collectivite  # noqa: E402
from deliberations.validation import Severite, valider  # noqa: E402
from tests.extrait.comparaison import _normal, attendu_de, comparer, documents, projection  # noqa: E402

CHAMPS = ("collectivite", "type", "organe", "date", "convocation", "president", "decomptes")
# Amputations relues une à une, où la valeur lue est celle que le texte restant dit vraiment :
# (numéro du document, début du morceau ôté) → la raison
REVUES = {
    ("254", "Jean-Marc BOISSEAU Objet"): "sans l'objet « Procès-verbal du comité syndical du "
    "17 décembre », le texte n'est plus que le rapport présenté au comité du 4 février, la date lue",
    ("281", "Roger VIALLET 1."): "le numéro « 1. » ôté, « Procès verbal de la réunion du 26 "
    "novembre » suit « secrétaire de séance : M. » comme un titre",
    ("659", "Georges JACOB Rapport n°"): "la phrase ôtée commence après « Secrétaire de séance : "
    "M. » (coupure au point de la civilité) et finit à « Rapporteur : M. » : le texte restant "
    "dit « Secrétaire de séance : M. Lionel LACROIX », la valeur lue",
}
LIGNES_MAX = 200  # au-delà, le document est long à relire ligne à ligne : il est passé


def _erreurs(resultat: ResultatExtrait) -> set[str]:
    if resultat.seance is None:
        return set()
    rapport = valider(resultat.seance)
    return {c.code for c in rapport if c.severite is Severite.ERREUR}


def _verdicts(resultat: ResultatExtrait, attendu: dict[str, Any]) -> dict[str, str]:
    """Les verdicts des champs d'en-tête ; une valeur « fausse » est requalifiée quand elle ne
    contredit pas l'attendu : « hors attendu » si l'attendu ne dit rien de ce champ (une ligne
    ôtée fait passer une phrase du corps dans l'en-tête : « Le conseil municipal, après en
    avoir délibéré » donne l'organe), « incomplète » si elle en est une partie (« PROUST » pour
    « Jean-Marc PROUST », des secrétaires parmi ceux de l'attendu) ou le sigle (« SIAEP de la
    Vallée de la Sorbelle »)."""
    verdicts = comparer(resultat, {c: attendu[c] for c in (*CHAMPS, "secretaires") if c in attendu})
    obtenu = projection(resultat.seance) if resultat.seance is not None else {}
    for champ, verdict in verdicts.items():
        if verdict == "faux":
            verdicts[champ] = _requalifier(champ, obtenu.get(champ), attendu[champ])
    return verdicts


def _requalifier(champ: str, lu: Any, attendu: Any) -> str:
    if attendu is None or (
        champ == "decomptes"
        and all(attendu.get(k) in (None, v) for k, v in lu.items() if v is not None)
    ):
        return "hors attendu"
    if champ == "secretaires":
        return "incomplet" if set(_normal(champ, lu)) <= set(_normal(champ, attendu)) else "faux"
    if isinstance(lu, str) and isinstance(attendu, str) and meme_collectivite(lu, attendu):
        return "incomplet"
    return "faux"


# Lignes d'un autre propos que les documents réels portent dans leur en-tête
BRUITS = (
    "Affiché le 12 janvier 2027",
    "Publié le : 03/02/2027",
    "Date de mise en ligne : 15 février 2027",
    "Transmis en préfecture le 4 mars 2027",
    "Date d'envoi de la convocation aux conseillers : voir registre",
    "Mairie – 2 rue de l'Église – 21000 Brion-sur-Ource – Tél. 03 80 00 00 00",
    "Le Maire certifie que le présent compte rendu a été affiché le 9 mai 2027.",
    "Prochaine séance : jeudi 17 juin 2027 à 20 h 30",
    "Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la République,",
    "Page 1/3",
    "Document mis à jour le 21/06/2027",
    "Le compte rendu de la séance précédente, du 2 avril 2027, est approuvé à l'unanimité.",
    "Rendu exécutoire le 18/06/2027",
    "Délibération certifiée exécutoire – Réception en préfecture le 22 juin 2027",
    "Commune de Saint-Julien-du-Sault – Conseil municipal",
    "Le secrétaire de mairie, Mme Lucie ROCHE",
    "Élections municipales du 15 mars 2020",
)
POSITIONS = (0, 3, 8)
_PHRASE = re.compile(r"(?<=[.;])\s+")


def _morceaux(texte: str) -> tuple[list[str], str]:
    """Les lignes d'un texte en lignes ; les phrases d'un texte aplati (une à quatre lignes)."""
    lignes = texte.split("\n")
    if len(lignes) >= 5:
        return lignes, "\n"
    return _PHRASE.split(texte), " "


def _ajouts(compte: Counter[tuple[str, str]], details: list[str]) -> int:
    """Chaque document en lignes relu avec une ligne d'un autre propos en plus."""
    lectures = 0
    for document in documents(premier_corpus=True):
        if document.suffix != ".txt" or not attendu_de(document).exists():
            continue
        lignes = document.read_text("utf-8").split("\n")
        if not 5 <= len(lignes) <= LIGNES_MAX:
            continue
        attendu = json.loads(attendu_de(document).read_text("utf-8"))
        for position in POSITIONS:
            for bruit in BRUITS:
                texte = "\n".join([*lignes[:position], bruit, *lignes[position:]])
                lectures += 1
                for champ, verdict in _verdicts(lire_extrait(texte), attendu).items():
                    compte[champ, verdict] += 1
                    if verdict == "faux":
                        details.append(
                            f"{document.name[:48]} + l.{position + 1} {bruit!r} : {champ}"
                        )
    return lectures


def _tableau(titre: str, compte: Counter[tuple[str, str]]) -> int:
    print(titre)
    print(
        f"{'champ':14} {'juste':>7} {'manquant':>9} {'incomplet':>10} {'hors attendu':>13} "
        f"{'signalé':>8} {'faux sans constat':>18}"
    )
    total = 0
    for champ in (*CHAMPS, "secretaires"):
        faux = compte[champ, "faux"]
        total += faux
        print(
            f"{champ:14} {compte[champ, 'juste']:7} {compte[champ, 'manquant']:9} "
            f"{compte[champ, 'incomplet']:10} {compte[champ, 'hors attendu']:13} "
            f"{compte[champ, 'faux-signale']:8} {faux:18}"
        )
    return total


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--detail", action="store_true", help="liste les valeurs fausses")
    a = parseur.parse_args()
    compte: Counter[tuple[str, str]] = Counter()
    apparues: Counter[str] = Counter()
    details: list[str] = []
    lectures = 0
    for document in documents(premier_corpus=True):
        if document.suffix != ".txt" or not attendu_de(document).exists():
            continue
        morceaux, joint = _morceaux(document.read_text("utf-8"))
        if len(morceaux) > LIGNES_MAX:
            continue
        attendu = json.loads(attendu_de(document).read_text("utf-8"))
        avant = _erreurs(lire_extrait(joint.join(morceaux)))
        for i, morceau in enumerate(morceaux):
            if not morceau.strip():
                continue
            resultat = lire_extrait(joint.join(morceaux[:i] + morceaux[i + 1 :]))
            lectures += 1
            for champ, verdict in _verdicts(resultat, attendu).items():
                if verdict == "faux" and (document.name[:3], morceau[:24]) in REVUES:
                    verdict = "revu"
                compte[champ, verdict] += 1
                if verdict == "faux":
                    details.append(f"{document.name[:48]} n° {i + 1} ({morceau[:60]!r}) : {champ}")
            for code in _erreurs(resultat) - avant:
                apparues[code] += 1
    total = _tableau(
        f"{lectures} lectures d'un document privé d'une ligne (d'une phrase s'il est aplati)",
        compte,
    )
    print(
        "erreurs CGCT apparues (à lire) : "
        + (", ".join(f"{c} {n}" for c, n in apparues.most_common()) or "aucune")
    )
    if a.detail:
        print("\n".join(details))
    ajout: Counter[tuple[str, str]] = Counter()
    details_ajout: list[str] = []
    lectures = _ajouts(ajout, details_ajout)
    total += _tableau(
        f"\n{lectures} lectures d'un document en lignes avec une ligne de plus", ajout
    )
    if a.detail:  # (les valeurs fausses des lectures avec une ligne de plus)
        print("\n".join(details_ajout))
    revus = sum(n for (_, v), n in compte.items() if v == "revu")
    print(f"amputations relues où le texte restant dit la valeur lue (REVUES) : {revus}")
    print(f"faux sans constat, tous champs : {total} (cible 0)")


if __name__ == "__main__":
    main()
