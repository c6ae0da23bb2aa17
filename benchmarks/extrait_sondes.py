"""Sondes de l'analyseur d'extraits : un squelette réaliste, un élément remplacé par une
variante, la valeur lue comparée à celle qu'un lecteur humain tire du texte.

Usage (depuis la racine du dépôt) : python benchmarks/extrait_sondes.py [--famille F]
    [--verbeux] [-k TEXTE] [--forme lignes|aplati|typo|sans-accents|crlf|entete-capitales]
Par défaut : les formes lignes, aplati, typo. Ce n'est pas un test : il imprime un tableau
par famille (cible : 0 valeur fausse sans constat) ; les cas les plus parlants sont repris
dans ``tests/extrait/test_sondes.py``.
Classes : faux (valeur fausse sans constat du champ), faux-signale (fausse, un constat
d'avertissement du champ la signale), manquant (vide alors que le texte la dit).
Les variantes sont plus bas (VARIANTES) : (famille, parties remplacées, valeurs attendues
[, options « noms », « requis », « sauf »]).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

RACINE = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(RACINE), str(RACINE / "src")]

from deliberations.extrait import lire_extrait  # noqa: E402
from deliberations.texte import cle_texte  # noqa: E402
from tests.extrait.comparaison import SIGNALES, cle_collectivite, projection  # noqa: E402
from tests.extrait.metamorphoses import relu_en_windows_1252  # noqa: E402

# ------------------------------------------------------------------------- variantes
# Variantes des sondes : (famille, remplacements de parties, valeurs attendues[, options]).

# Options : « noms » (renommage appliqué à tout le document et aux attendus), « requis »
# (préfixes de constats qui doivent être présents), « sauf » (formes à ne pas essayer).


def S(**kw: Any) -> dict[str, Any]:  # noqa: N802 - court, répété dans les variantes
    return {"scrutin": kw}


D = "2024-09-26"
V: list[tuple] = []

# ---------------------------------------------------------------- dates de séance
for t, d in [
    ("Séance du 26 septembre 2024", D),
    ("SÉANCE DU JEUDI 26 SEPTEMBRE 2024 À 20 H 30", D),
    ("L'an deux mille vingt-quatre, le vingt-six septembre à vingt heures trente, le Conseil Municipal, dûment convoqué, s'est réuni en session ordinaire à la mairie.", D),
    ("L'an deux mil vingt-quatre, le vingt six du mois de septembre, à 20 heures", D),
    ("L'AN DEUX MILLE VINGT-QUATRE LE VINGT-SIX SEPTEMBRE", D),
    ("Le jeudi vingt-six septembre deux mille vingt-quatre à vingt heures, le conseil municipal s'est réuni.", D),
    ("Le 26/09/2024 à 20h00, le conseil municipal s'est réuni en mairie.", D),
    ("Séance du 26-09-2024", D),
    ("Conseil municipal du 26 septembre 2024", D),
    ("Procès-verbal de la séance du conseil municipal du jeudi 26 septembre 2024", D),
    ("Compte rendu de la réunion du Conseil municipal du 26 septembre 2024", D),
    ("Réunion du 26 septembre 2024 à 20 heures 30", D),
    ("Séance ordinaire du jeudi 26 septembre deux mille vingt-quatre", D),
    ("Le vingt-six septembre deux mil vingt-quatre, à vingt heures, le conseil municipal s'est réuni.", D),
    ("Séance du 26 sept. 2024", D),
    ("Séance du 26 Septembre 2024 à 18h30", D),
    ("Date de la séance : 26 septembre 2024", D),
    ("Séance du : 26/09/2024", D),
    ("Le conseil municipal s'est réuni le jeudi 26 septembre 2024 à 20 heures, en séance publique.", D),
    ("Séance publique du 26.09.2024", D),
    ("Session ordinaire du 26 septembre 2024", D),
    ("L'an 2024, le 26 septembre à 20 h 30, le Conseil Municipal s'est réuni.", D),
    ("L'an deux mille vingt-quatre et le vingt-six septembre à vingt heures", D),
    ("Le vingt-six septembre de l'an deux mille vingt-quatre, à vingt heures", D),
    ("SEANCE DU 26 SEPTEMBRE 2024", D),
    ("Séance du vingt-six septembre deux mille vingt-quatre", D),
    ("L'an deux mille vingt-quatre, le 26 septembre, à 20 heures 30", D),
    ("Le 26 septembre 2024, à 20 heures 30 minutes, le Conseil municipal s'est réuni en séance ordinaire.", D),
    ("Réunion du conseil municipal du jeudi 26 septembre 2024 – 20h30", D),
    ("Séance du 26 septembre 2024 (report de la séance du 19 septembre 2024, le quorum n'ayant pas été atteint)", D),
    ("L'an deux mille vingt-quatre, le jeudi vingt-six septembre, à vingt heures trente minutes, les membres du Conseil Municipal se sont réunis.", D),
    ("L'an deux mille vingt quatre, le vingt six septembre", D),
    ("L'an deux mille vingt-quatre, le premier octobre, à vingt heures", "2024-10-01"),
    ("Séance du 1er octobre 2024", "2024-10-01"),
    ("Séance du mardi 1er octobre 2024 à 20h", "2024-10-01"),
    ("CONSEIL MUNICIPAL DU 26/09/2024", D),
    ("Jeudi 26 septembre 2024 – 20 h 30", D),
    ("JEUDI 26 SEPTEMBRE 2024 • 20H30", D),
    ("Réunion tenue en séance publique le 26 septembre 2024", D),
    ("Le vingt-six septembre deux mille vingt-quatre à 20 h 30, le Conseil Municipal de cette commune, régulièrement convoqué, s'est réuni au nombre prescrit par la loi.", D),
    ("Le Conseil Municipal, légalement convoqué, s'est réuni à la mairie le 26 septembre 2024 à 20 h 30.", D),
    ("Séance extraordinaire du 26 septembre 2024", D),
    ("Le 26 septembre deux mille vingt-quatre", D),
]:
    V.append(("date", {"date": t}, {"date": d}))
V.append(("date", {"date": "L'an deux mille trois, le vingt-sept mars, à vingt heures", "conv": "Date de convocation : 20 mars 2003"},
          {"date": "2003-03-27", "convocation": "2003-03-20"}))
V.append(("date", {"date": "L'an mil neuf cent quatre-vingt-dix-huit, le douze juin", "conv": "Date de convocation : 5 juin 1998"},
          {"date": "1998-06-12", "convocation": "1998-06-05"}))
V.append(("date", {"date": "L'AN DEUX MIL VINGT le QUINZE du mois de DÉCEMBRE", "conv": "Date de convocation : 9 décembre 2020"},
          {"date": "2020-12-15", "convocation": "2020-12-09"}))
V.append(("date", {"date": "", "titre": "CONSEIL MUNICIPAL DU 26 SEPTEMBRE 2024"}, {}))
V.append(("date", {"date": "", "titre": "COMPTE RENDU DU CONSEIL MUNICIPAL DU JEUDI 26 SEPTEMBRE 2024"}, {}))
V.append(("date", {"date": "", "titre": "PROCÈS-VERBAL DE LA SÉANCE DU 26 SEPTEMBRE 2024"}, {}))

# ------------------------------------------------- une autre date près de l'en-tête
for where, t in [
    ("avant", "Date d'affichage : 30 septembre 2024"),
    ("avant", "Affiché le 3 octobre 2024"),
    ("avant", "Publié le : 30/09/2024"),
    ("avant", "Vaudrey, le 30 septembre 2024"),
    ("avant", "Transmis en préfecture le 30 septembre 2024"),
    ("avant", "Reçu en préfecture le 01/10/2024"),
    ("avant", "Date de mise en ligne : 4 octobre 2024"),
    ("tete", "COMMUNE DE VAUDREY\nLe 30 septembre 2024"),
    ("apres", "Le procès-verbal de la séance du 11 juillet 2024 est approuvé à l'unanimité."),
    ("apres", "Monsieur le Maire rend compte des décisions prises depuis la séance du 11 juillet 2024."),
    ("apres", "Le compte rendu de la réunion du 11 juillet 2024 n'appelle pas d'observation."),
    ("corps", "Vu la loi n° 2015-991 du 7 août 2015 portant nouvelle organisation territoriale de la République ;"),
    ("corps", "Vu la délibération n° 2020-12 du 12 mars 2020 fixant les tarifs de la cantine ;"),
    ("corps", "Vu le Code général des collectivités territoriales, Vu la délibération du conseil municipal du 3 juillet 2023,"),
    ("fin", "Fait et délibéré les jour, mois et an que dessus. Pour extrait conforme, Vaudrey, le 30 septembre 2024. Le Maire, Paul ROUX"),
    ("fin", "Acte rendu exécutoire après dépôt en préfecture le 02/10/2024 et publication le 02/10/2024"),
    ("conv", "Date de convocation : 18 septembre 2024 - Date d'affichage : 19 septembre 2024"),
    ("conv", "Date d'affichage : 19 septembre 2024\nDate de convocation : 18 septembre 2024"),
    ("avant", "Conformément à la loi du 7 août 2015, le compte rendu est publié sur le site internet."),
    ("compte", "Nombre de conseillers en exercice : 6 - Présents : 4 - Votants : 5\nDate de la convocation : 18/09/2024 - Affichée le : 19/09/2024"),
    ("avant", "Prochaine séance : jeudi 24 octobre 2024"),
    ("apres", "Séance levée à 22 h 15. Prochain conseil le 24 octobre 2024."),
    ("date", "Séance du 26 septembre 2024\nORDRE DU JOUR : 1. Approbation du procès-verbal du 11 juillet 2024 ; 2. Tarifs de la cantine"),
]:
    V.append(("date-voisine", {where: t}, {}))
# (un titre suivi de son vote : une délibération de plus, FORMAT.md, documents 132 et 142)
V.append(("date-voisine", {"apres": "Approbation du procès-verbal de la séance du 11 juillet 2024 : adopté à "
          "l'unanimité."}, {"nb_deliberations": 2}))
V.append(("date-voisine", {"date": "Le Conseil municipal, convoqué le 18 septembre 2024, s'est réuni le 26 septembre 2024 à 20 heures.", "conv": ""}, {}))
V.append(("date-voisine", {"date": "Convocation adressée le 18 septembre 2024 pour la séance du 26 septembre 2024", "conv": ""}, {}))
V.append(("date-voisine", {"date": "Convocation du Conseil Municipal adressée le 18 SEPTEMBRE pour la réunion du JEUDI 26 SEPTEMBRE 2024 à 20 H 30", "conv": ""}, {}))
V.append(("date-voisine", {"date": "COMPTE RENDU DU CONSEIL MUNICIPAL du 26 septembre 2024 (convocation du 18 septembre 2024)", "conv": ""}, {}))
V.append(("date-voisine", {"date": "L'an deux mille vingt-quatre, le vingt-six septembre, le Conseil Municipal de la commune de Vaudrey, sur convocation régulière en date du 18 septembre 2024, s'est réuni.", "conv": ""}, {}))
V.append(("date-voisine", {"date": "Séance du 26 septembre 2024", "titre": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSuite de la séance du 19 septembre 2024"}, {}))

# ------------------------------------------------------------------ convocation
for t in [
    "Date de convocation : 18/09/2024",
    "Convocation : 18 septembre 2024",
    "Date de la convocation : le 18 septembre 2024",
    "Convocation envoyée le 18 septembre 2024",
    "Convocation faite le dix-huit septembre deux mille vingt-quatre",
    "Date de convocation et d'affichage : 18.09.2024",
    "Convoqués le : 18/09/2024",
    "Les convocations ont été adressées le 18 septembre 2024.",
    "Date d'envoi des convocations : 18 septembre 2024",
    "Convocation du 18/09/2024 - Affichage du 18/09/2024",
    "Date de convocation : mercredi 18 septembre 2024",
    "Le Conseil municipal a été convoqué le 18 septembre 2024.",
    "Convocation en date du 18 septembre 2024",
    "Date de la convocation : 18-09-2024",
    "Convocation du 18 sept. 2024",
    "Convocation : le 18/09/2024, affichée le 19/09/2024",
]:
    V.append(("convocation", {"conv": t}, {}))
V.append(("convocation", {"conv": "", "date": "L'an deux mille vingt-quatre, le vingt-six septembre, à vingt heures, le Conseil Municipal de la commune, dûment convoqué le dix-huit septembre, s'est réuni."}, {}))
V.append(("convocation", {"conv": "", "date": "Le 26 septembre 2024, le conseil municipal, régulièrement convoqué le 18 septembre, s'est réuni."}, {}))

# ------------------------------------------------------------------ président
for t, p in [
    ("sous la présidence de Monsieur Paul ROUX, Maire", "Paul ROUX"),
    ("Présidence : Monsieur ROUX Paul, Maire", "Paul ROUX"),
    ("sous la présidence de M. ROUX Paul, maire", "Paul ROUX"),
    ("sous la présidence de Monsieur le Maire, Paul ROUX", "Paul ROUX"),
    ("Sous la présidence de M. Paul ROUX, Premier Adjoint, en l'absence du Maire", "Paul ROUX"),
    ("Sous la présidence de M. Paul ROUX, doyen d'âge", "Paul ROUX"),
    ("Président de séance : M. Paul ROUX", "Paul ROUX"),
    ("M. Paul ROUX, Maire, ouvre la séance à 20 h 30.", "Paul ROUX"),
    ("La séance est ouverte à 20 h 30 par M. Paul ROUX, Maire.", "Paul ROUX"),
    ("A 20 h 30, Monsieur Paul ROUX, Maire, déclare la séance ouverte.", "Paul ROUX"),
    ("Sous la présidence de M. Paul ROUX, Député-Maire", "Paul ROUX"),
    ("La séance est présidée par M. Paul ROUX, Maire.", "Paul ROUX"),
    ("Sous la présidence de M. ROUX, Maire", "Paul ROUX"),
    ("Présidence de séance assurée par M. Paul ROUX", "Paul ROUX"),
    ("s'est réuni sous la présidence de Paul ROUX Maire.", "Paul ROUX"),
    ("Réunion tenue en séance publique sous la présidence de M. ROUX Paul, Maire.", "Paul ROUX"),
    ("Président : M. Paul ROUX", "Paul ROUX"),
    ("Sous la présidence de Monsieur Paul ROUX, Maire de Vaudrey", "Paul ROUX"),
    ("sous la présidence de M. Paul ROUX, maire, assisté de Mme Julie MOREL, secrétaire de mairie", "Paul ROUX"),
    ("M. Paul ROUX, doyen d'âge, a pris la présidence de l'assemblée.", "Paul ROUX"),
    ("Sous la présidence de M. Paul ROUX, Maire-Adjoint", "Paul ROUX"),
    ("Sous la présidence de M. Paul ROUX, 1er adjoint au Maire", "Paul ROUX"),
]:
    V.append(("president", {"pres": t}, {"president": p}))
V.append(("president", {"pres": "sous la présidence de Madame Anne PETIT, Maire"}, {"president": "Anne PETIT"}))
V.append(("president", {"pres": "Sous la présidence de Madame le Maire, Anne PETIT"}, {"president": "Anne PETIT"}))
V.append(("president", {"pres": "Présidente de séance : Mme Anne PETIT"}, {"president": "Anne PETIT"}))
V.append(("president", {"pres": "Mme Anne PETIT, 1re Adjointe, préside la séance en l'absence de M. le Maire."}, {"president": "Anne PETIT"}))
V.append(("president", {"corps": "M. Paul ROUX quitte la salle ; la présidence est assurée par Mme Anne PETIT, première adjointe, pour le vote du compte administratif."}, {}))
V.append(("president", {"corps": "Mme Anne PETIT, doyenne d'âge, prend la présidence pour l'élection du maire."}, {}))
V.append(("president", {"pres": "", "presents": "Présents : M. Paul ROUX, Maire, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", "apres": "Monsieur le Maire ouvre la séance à 20 h 30."}, {}))

# ------------------------------------------------------------------ secrétaire
for t, s in [
    ("Mme Anne PETIT a été élue secrétaire de séance.", ["Anne PETIT"]),
    ("Madame Anne PETIT est désignée secrétaire de séance.", ["Anne PETIT"]),
    ("Secrétaire : Mme Anne PETIT", ["Anne PETIT"]),
    ("Mme PETIT Anne a été nommée secrétaire de séance.", ["Anne PETIT"]),
    ("Le conseil municipal a choisi pour secrétaire Mme Anne PETIT.", ["Anne PETIT"]),
    ("A été élue secrétaire de séance : Mme Anne PETIT", ["Anne PETIT"]),
    ("Secrétaire de séance : Anne PETIT", ["Anne PETIT"]),
    ("Mme Anne PETIT a été désignée en qualité de secrétaire de séance.", ["Anne PETIT"]),
    ("Secrétariat de séance : Mme Anne PETIT", ["Anne PETIT"]),
    ("Le secrétaire de séance sera Mme Anne PETIT.", ["Anne PETIT"]),
    ("Conformément à l'article L. 2121-15 du CGCT, Mme Anne PETIT est désignée secrétaire de séance.", ["Anne PETIT"]),
    ("Secrétaire de séance : Mme PETIT", ["PETIT"]),
    ("Madame Anne PETIT a été désignée secrétaire de séance à l'unanimité.", ["Anne PETIT"]),
    ("Secrétaires de séance : Mme Anne PETIT et M. Luc BLANC", ["Anne PETIT", "Luc BLANC"]),
    ("Secrétaire de séance : Mme Anne PETIT, assistée de Mme Julie MOREL, secrétaire de mairie", ["Anne PETIT"]),
    ("Secrétaire de séance : Mme Anne PETIT (assistée de Mme Julie MOREL, DGS)", ["Anne PETIT"]),
    ("Secrétaire de séance : Mme Anne PETIT\nSecrétaire de mairie : Mme Julie MOREL", ["Anne PETIT"]),
    ("Mme Anne PETIT est nommée secrétaire.", ["Anne PETIT"]),
    ("Mme Anne PETIT a été désignée comme secrétaire de séance.", ["Anne PETIT"]),
    ("Secrétaire de séance : Madame PETIT Anne", ["Anne PETIT"]),
    ("Secrétaire de séance désignée : Mme Anne PETIT", ["Anne PETIT"]),
    ("Mme Anne PETIT, conseillère municipale, est désignée secrétaire de séance.", ["Anne PETIT"]),
    ("Il est procédé à la désignation du secrétaire de séance : Mme Anne PETIT est désignée.", ["Anne PETIT"]),
    ("Assistait également à la séance : Mme Julie MOREL, secrétaire de mairie.\nSecrétaire de séance : Mme Anne PETIT", ["Anne PETIT"]),
    ("Secrétaire de séance : Mme Anne PETIT. Auxiliaire : Mme Julie MOREL, secrétaire générale.", ["Anne PETIT"]),
]:
    V.append(("secretaire", {"secr": t}, {"secretaires": s}))

# ------------------------------------------------------------------ décomptes
E = {"en_exercice": 6, "presents": 4, "votants": 5}
for t, d, req in [
    ("Nombre de membres en exercice : 6 Présents : 4 Votants : 5", E, ()),
    ("Conseillers en exercice : 6 - Présents : 4 - Votants : 5 - Majorité absolue : 4", E, ()),
    ("Membres en exercice : 6 / Présents : 4 / Représentés : 1 / Votants : 5", {**E, "procurations": 1}, ()),
    ("Nombre de conseillers : en exercice : 6 présents : 4 votants : 5", E, ()),
    ("Effectif légal : 7 - En exercice : 6 - Présents : 4 - Votants : 5", {**E, "membres": 7}, ()),
    ("Nombre de membres en exercice : 6 - Quorum : 4 - Présents : 4 - Votants : 5", E, ()),
    ("En exercice : 6 Présents : 4 Absents : 2 Pouvoirs : 1 Votants : 5", {**E, "absents": 2, "procurations": 1}, ()),
    ("Nombre de conseillers municipaux en exercice : six ; présents : quatre ; votants : cinq", E, ()),
    ("Nombre de membres : en exercice 6, présents 4, votants 5", E, ()),
    ("Membres afférents au conseil municipal : 7 — en exercice : 6 — présents : 4 — votants : 5", {**E, "membres": 7}, ()),
    ("Présents : 4 Votants : 5 En exercice : 6", E, ()),
    ("Quorum : 4 - Présents : 4 - Votants : 5", {"presents": 4, "votants": 5}, ()),
    ("Nombre de conseillers en fonction : 6 Nombre de présents : 4 Nombre de votants : 5", E, ()),
    ("6 conseillers en exercice, 4 présents, 5 votants", E, ()),
    ("Nombre de membres\tEn exercice : 6\tPrésents : 4\tVotants : 5", E, ()),
    # (les suffrages exprimés avant tout point : les votants, dit par extrait.exprimes-votants)
    ("Nombre de membres en exercice : 6\nNombre de membres présents : 4\nNombre de suffrages exprimés : 5", {"en_exercice": 6, "presents": 4, "votants": 5}, ("extrait.exprimes-votants",)),
    ("Présents : 4 – Absents : 2 dont 1 représenté – Votants : 5", {"presents": 4, "absents": 2, "votants": 5}, ()),
    ("En exercice : 6 Présents : 5 Votants : 6", {"en_exercice": 6, "presents": 5, "votants": 6}, ("extrait.decompte",)),
    ("Le quorum étant atteint (4 présents sur 6 membres en exercice), le conseil peut valablement délibérer.", {"en_exercice": 6, "presents": 4}, ()),
    ("Conseillers présents : 4 / Conseillers représentés : 1 / Conseillers absents : 1", {"presents": 4, "procurations": 1, "absents": 1}, ()),
    ("Nombre de conseillers municipaux : 7 - En exercice : 6 - Présents : 4 - Votants : 5", {**E, "membres": 7}, ()),
    ("Présents : 4 Procurations : 1 Votants : 5 Absents : 1", {"presents": 4, "procurations": 1, "votants": 5, "absents": 1}, ()),
    ("Nombre de membres : Présents : 4 En exercice : 6 Votants : 5", E, ()),
    ("Nbre de membres en exercice : 6 Quorum : 4", {"en_exercice": 6}, ()),
    ("Majorité absolue : 4 - En exercice : 6 - Présents : 4 - Votants : 5", E, ()),
    ("Nombre de conseillers en exercice : 6 - Nombre de conseillers présents : 4 - Nombre de pouvoirs : 1 - Nombre de votants : 5", {**E, "procurations": 1}, ()),
    ("Membres en exercice : 6 Membres présents : 4 Membres votants : 5", E, ()),
    ("Nombre de membres en exercice : 7 - Présents : 4 - Votants : 5", {"en_exercice": 7, "presents": 4, "votants": 5}, ("extrait.",)),
    ("Effectif légal du conseil municipal : 7\nNombre de conseillers en exercice : 6\nNombre de conseillers présents : 4\nNombre de votants : 5", {**E, "membres": 7}, ()),
    ("Présents : 4 | Représentés : 1 | Absents : 1 | Votants : 5 | En exercice : 6", {**E, "procurations": 1, "absents": 1}, ()),
    ("Conseillers : en exercice 6, présents 4, représentés 1, votants 5", {**E, "procurations": 1}, ()),
    ("Membres présents : 4 sur 6", {"presents": 4}, ()),
]:
    V.append(("decomptes", {"compte": t}, {"decomptes": d}, {"requis": req}))
V.append(("decomptes", {"compte": "", "date": "L'an deux mille vingt-quatre, le vingt-six septembre, le conseil municipal de cette commune s'est réuni au nombre de quatre membres présents sur six en exercice."}, {"decomptes": {"en_exercice": 6, "presents": 4}}))

# ------------------------------------------------------------------ présents
P = ["Paul ROUX", "Anne PETIT", "Luc BLANC", "Iris VIDAL"]
for t, p in [
    ("Présents : M. ROUX Paul, Mme PETIT Anne, M. BLANC Luc, Mme VIDAL Iris", P),
    ("Étaient présents : Paul ROUX, Maire, Anne PETIT, Luc BLANC, Iris VIDAL, conseillers municipaux", P),
    ("Présents : M. Paul ROUX, Maire ; Mme Anne PETIT, 1re Adjointe ; M. Luc BLANC, 2e Adjoint ; Mme Iris VIDAL, Conseillère municipale", P),
    ("Présents : M. Paul ROUX (Maire), Mme Anne PETIT (Adjointe), M. Luc BLANC (Conseiller délégué), Mme Iris VIDAL", P),
    ("Présents : MM. ROUX, BLANC, Mmes PETIT, VIDAL", ["ROUX", "BLANC", "PETIT", "VIDAL"]),
    ("Présents : Mesdames Anne PETIT et Iris VIDAL, Messieurs Paul ROUX et Luc BLANC", P),
    ("Présents : Paul ROUX - Anne PETIT - Luc BLANC - Iris VIDAL", P),
    ("Présents :\nM. Paul ROUX\nMme Anne PETIT\nM. Luc BLANC\nMme Iris VIDAL", P),
    ("Présents :\n• M. Paul ROUX\n• Mme Anne PETIT\n• M. Luc BLANC\n• Mme Iris VIDAL", P),
    ("Présents :\n- M. Paul ROUX, Maire\n- Mme Anne PETIT, Adjointe\n- M. Luc BLANC\n- Mme Iris VIDAL", P),
    ("Étaient présents les conseillers municipaux suivants : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", P),
    ("Sont présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", P),
    ("Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC et Mme Iris VIDAL.", P),
    ("Présents : Mmes et MM. Paul ROUX, Anne PETIT, Luc BLANC, Iris VIDAL", P),
    ("Présents : M. Paul ROUX, Député-Maire, Mme Anne PETIT, Vice-Présidente du Conseil départemental, M. Luc BLANC, Mme Iris VIDAL", P),
    ("Présents : Paul ROUX, Anne PETIT, Luc BLANC, Iris VIDAL.", P),
    ("Étaient présents : M. le Maire Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", P),
    ("Présents : ROUX Paul – PETIT Anne – BLANC Luc – VIDAL Iris", P),
    ("Présents : M. Paul ROUX, Maire, Mme Anne PETIT, Maire-adjointe, M. Luc BLANC, Adjoint, Mme Iris VIDAL, Conseillère déléguée", P),
    ("Présents : Monsieur Paul ROUX, Madame Anne PETIT, Monsieur Luc BLANC, Madame Iris VIDAL", P),
    ("Présents : M. Paul Roux, Mme Anne Petit, M. Luc Blanc, Mme Iris Vidal", P),
    ("PRÉSENTS : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", P),
    ("Etaient présents : MM. ROUX Paul, BLANC Luc, Mmes PETIT Anne, VIDAL Iris.", P),
    ("Présents : M. Paul ROUX, Maire, Président de séance, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", P),
    ("Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL (arrivée à 20 h 45)", P),
    ("Membres présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", P),
    ("Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL, formant la majorité des membres en exercice.", P),
]:
    V.append(("presents", {"presents": t}, {"presents": p}))
# (initiales : le mandataire « M. Luc BLANC » du pouvoir est le présent « M. L. BLANC » ; un
# pouvoir « à M. BLANC » le nommerait « L. BLANC » : attendu avec le pouvoir, jamais tiré avec
# une variante de procuration)
V.append(("presents", {"presents": "Présents : M. P. ROUX, Mme A. PETIT, M. L. BLANC, Mme I. VIDAL"},
          {"presents": ["ROUX", "PETIT", "BLANC", "VIDAL"], "procurations": [["Nadia BERGER", "Luc BLANC"]]}))
# (le nombre entre parenthèses est un décompte des présents : attendu avec lui)
V.append(("presents", {"presents": "Présents (4) : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL"},
          {"presents": P, "decomptes": {**E}}))

# ------------------------------------------------------- noms (renommage global)
for noms in [
    {"Anne PETIT": "Anne-Marie PETIT"},
    {"Luc BLANC": "Luc LE BLANC"},
    {"Luc BLANC": "Luc de LA FONTAINE"},
    {"Iris VIDAL": "Iris D'ANGELO"},
    {"Luc BLANC": "Luc DU PONT"},
    {"Paul ROUX": "Jean-Paul ROUX-COMBES"},
    {"Anne PETIT": "Anne VAN DER BERG"},
    {"Marc FAURE": "Marc SAINT-CLAIR"},
    {"Nadia BERGER": "Nadia LA SALLE"},
    {"Luc BLANC": "Luc N'DIAYE"},
    {"Paul ROUX": "Paul MAIRE"},
    {"Iris VIDAL": "Iris LEMAIRE"},
    {"Luc BLANC": "Luc DE SAINT-JUST"},
    {"Anne PETIT": "Anne DES ROCHES"},
    {"Iris VIDAL": "Marie-Iris VIDAL"},
    {"Luc BLANC": "Luc L'HÔTE"},
    {"Anne PETIT": "Anne d'ARGENT"},
    {"Paul ROUX": "Jean Paul ROUX"},
    {"Luc BLANC": "Luc BLANC DE LA TOUR"},
]:
    V.append(("noms", {}, {}, {"noms": noms}))
V.append(("noms", {"presents": "Présents : M. Paul ROUX, Mme Anne LEROY née PETIT, M. Luc BLANC, Mme Iris VIDAL", "secr": "Secrétaire de séance : Mme Anne LEROY"}, {"presents": ["Paul ROUX", "Anne LEROY", "Luc BLANC", "Iris VIDAL"], "secretaires": ["Anne LEROY"]}))
V.append(("noms", {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT épouse LEROY, M. Luc BLANC, Mme Iris VIDAL"}, {}))
V.append(("noms", {"presents": "Présents : M. Paul ROUX, Mme PETIT-LEROY Anne, M. Luc BLANC, Mme Iris VIDAL", "secr": "Secrétaire de séance : Mme Anne PETIT-LEROY"}, {"presents": ["Paul ROUX", "Anne PETIT-LEROY", "Luc BLANC", "Iris VIDAL"], "secretaires": ["Anne PETIT-LEROY"]}))

# ------------------------------------------------------- absents et excusés
for t, att in [
    ("Absents excusés : M. Marc FAURE", {}),
    ("Excusé : M. Marc FAURE", {}),
    ("Absent : M. Marc FAURE", {"excuses": [], "absents": ["Marc FAURE"]}),
    ("Absents : M. Marc FAURE (excusé)", {}),
    ("Était absent et excusé : M. Marc FAURE", {}),
    ("Absent excusé : M. FAURE Marc", {}),
    ("Absent non excusé : M. Marc FAURE", {"excuses": [], "absents": ["Marc FAURE"]}),
    ("Excusés : M. Marc FAURE ; Absents : néant", {}),
    ("Absent(s) excusé(s) : M. Marc FAURE", {}),
    ("Absents excusés : Marc FAURE, conseiller municipal", {}),
    ("M. Marc FAURE, excusé.", {}),
    ("Était excusé : Monsieur Marc FAURE, Adjoint", {}),
    ("Absents : M. Marc FAURE", {"excuses": [], "absents": ["Marc FAURE"]}),
    ("Excusé(s) : M. Marc FAURE", {}),
    ("Absents excusés :\n- M. Marc FAURE", {}),
    ("Absent excusé : M. Marc FAURE (raisons professionnelles)", {}),
    ("Était absent : M. Marc FAURE", {"excuses": [], "absents": ["Marc FAURE"]}),
    ("Absents excusés : M. Marc FAURE. Absents non excusés : néant.", {}),
]:
    V.append(("absents", {"excuses": t}, att))
V.append(("absents", {"excuses": "", "pouvoirs": "Absents excusés : M. Marc FAURE, Mme Nadia BERGER (pouvoir à M. Luc BLANC)"}, {}))
V.append(("absents", {"excuses": "", "pouvoirs": "Absents : Mme Nadia BERGER (pouvoir à M. Luc BLANC), M. Marc FAURE (excusé)"}, {}))

# ------------------------------------------------------- procurations
PR = [["Nadia BERGER", "Luc BLANC"]]
for t, pr, req in [
    ("Procuration de Mme Nadia BERGER à M. Luc BLANC", PR, ()),
    ("Mme Nadia BERGER donne pouvoir à M. Luc BLANC", PR, ()),
    ("Mme Nadia BERGER a donné procuration à M. Luc BLANC", PR, ()),
    ("Représentée : Mme Nadia BERGER par M. Luc BLANC", PR, ()),
    ("Absente représentée : Mme Nadia BERGER représentée par M. Luc BLANC", PR, ()),
    ("Pouvoirs : de Mme Nadia BERGER à M. Luc BLANC", PR, ()),
    ("Absents excusés et représentés : Mme Nadia BERGER (pouvoir à M. Luc BLANC)", PR, ()),
    ("Mme Nadia BERGER (procuration à M. Luc BLANC)", PR, ()),
    ("• Mme Nadia BERGER donne pouvoir à M. Luc BLANC", PR, ()),
    ("Pouvoir de Mme BERGER à M. BLANC", [["BERGER", "Luc BLANC"]], ()),
    ("Mme Nadia BERGER donne pouvoir à M. le Maire", [["Nadia BERGER", "Paul ROUX"]], ()),
    ("Mme Nadia BERGER a donné pouvoir à Monsieur le Maire", [["Nadia BERGER", "Paul ROUX"]], ()),
    ("Délégation de vote de Mme Nadia BERGER à M. Luc BLANC", PR, ()),
    ("Mme Nadia BERGER, pouvoir à M. Luc BLANC", PR, ()),
    ("Procurations : Mme Nadia BERGER → M. Luc BLANC", PR, ()),
    ("Pouvoirs : Mme BERGER Nadia donne pouvoir à M. BLANC Luc", PR, ()),
    ("Mme Nadia BERGER a donné procuration de vote à M. Luc BLANC", PR, ()),
    ("Mme Nadia BERGER, excusée, a donné pouvoir à M. Luc BLANC", PR, ()),
    ("Absente ayant donné pouvoir : Mme Nadia BERGER à M. Luc BLANC", PR, ()),
    ("Pouvoir : Mme Nadia BERGER a donné pouvoir à M. Luc BLANC", PR, ()),
    ("Représentés : Nadia BERGER par Luc BLANC", PR, ()),
    ("Mme Nadia BERGER a donné mandat à M. Luc BLANC pour voter en son nom.", PR, ()),
    ("Mme Nadia BERGER est représentée par M. Luc BLANC.", PR, ()),
    ("Procuration : Mme Nadia BERGER donne procuration à M. Luc BLANC", PR, ()),
    ("Pouvoirs : Mme Nadia BERGER (à M. Luc BLANC)", PR, ()),
    ("Pouvoirs : Mme Nadia BERGER à M. BLANC", PR, ()),
    ("Pouvoirs : Mme Nadia BERGER donne pouvoir à Luc", PR, ()),
    ("Pouvoirs : Mme Nadia BERGER a donné pouvoir à M. Jean MOREAU", [["Nadia BERGER", "Jean MOREAU"]], ("extrait.",)),
    ("Pouvoirs : Mme Nadia BERGER donne pouvoir à Mme la 1re Adjointe", [["Nadia BERGER", None]], ()),
    ("Pouvoirs :\n- Mme Nadia BERGER à M. Luc BLANC", PR, ()),
    ("Procurations : BERGER Nadia à BLANC Luc", PR, ()),
    ("Pouvoirs : Mme Nadia BERGER a donné pouvoir écrit de voter en son nom à M. Luc BLANC", PR, ()),
    ("Pouvoirs : Mme Nadia BERGER pour M. Luc BLANC", PR, ()),
    ("Procuration(s) : Mme Nadia BERGER à M. Luc BLANC", PR, ()),
    ("Absente excusée ayant donné procuration : Mme Nadia BERGER à M. Luc BLANC", PR, ()),
    ("Mme Nadia BERGER donne délégation de vote à M. Luc BLANC", PR, ()),
]:
    V.append(("procurations", {"pouvoirs": t}, {"procurations": pr}, {"requis": req}))
V.append(("procurations", {"pouvoirs": "Pouvoirs : M. Marc FAURE donne pouvoir à Mme Iris VIDAL", "excuses": "Absente excusée : Mme Nadia BERGER"},
          {"procurations": [["Marc FAURE", "Iris VIDAL"]], "excuses": ["Nadia BERGER"]}))
V.append(("procurations", {"pouvoirs": "Pouvoirs : Mme Nadia BERGER à M. Luc BLANC, M. Marc FAURE à Mme Iris VIDAL", "excuses": "", "compte": "En exercice : 6 - Présents : 4 - Votants : 6"},
          {"procurations": [["Nadia BERGER", "Luc BLANC"], ["Marc FAURE", "Iris VIDAL"]], "excuses": [], "decomptes": {"en_exercice": 6, "presents": 4, "votants": 6}}))
V.append(("procurations", {"pouvoirs": "Pouvoirs : Mme Nadia BERGER à M. Luc BLANC ; M. Marc FAURE à Mme Iris VIDAL", "excuses": "", "compte": "En exercice : 6 - Présents : 4 - Votants : 6"},
          {"procurations": [["Nadia BERGER", "Luc BLANC"], ["Marc FAURE", "Iris VIDAL"]], "excuses": [], "decomptes": {"en_exercice": 6, "presents": 4, "votants": 6}}))

# ------------------------------------------------------------------ votes
for t, s in [
    ("Adopté à l'unanimité.", dict(unanimite=True, resultat="adopte")),
    ("Le Conseil Municipal, après en avoir délibéré, à l'unanimité, décide d'approuver les tarifs.", dict(unanimite=True, resultat="adopte")),
    ("Après en avoir délibéré, le conseil municipal, par 4 voix pour et 1 contre, approuve les tarifs.", dict(pour=4, contre=1, resultat="adopte")),
    ("Vote : Pour : 4 Contre : 1 Abstention : 0", dict(pour=4, contre=1, abstentions=0)),
    ("Résultat du vote : Pour : 4 - Contre : 0 - Abstention : 1", dict(pour=4, contre=0, abstentions=1)),
    ("Adopté à l'unanimité (1 abstention).", dict(unanimite=True, contre=0, abstentions=1, resultat="adopte")),
    ("Adopté à l'unanimité des membres présents et représentés.", dict(unanimite=True, resultat="adopte")),
    ("Adopté à la majorité (4 pour, 1 contre).", dict(pour=4, contre=1, resultat="adopte", unanimite=False)),
    ("Adopté à la majorité : 3 voix pour, 1 voix contre, 1 abstention.", dict(pour=3, contre=1, abstentions=1, resultat="adopte")),
    ("Adoptée par 4 voix pour, 1 voix contre (Mme VIDAL).", dict(pour=4, contre=1, resultat="adopte")),
    ("Votes : pour 4 ; contre 0 ; abstentions 1", dict(pour=4, contre=0, abstentions=1)),
    ("Le conseil municipal, après en avoir délibéré, par 4 voix pour et 1 abstention, approuve les tarifs.", dict(pour=4, abstentions=1, resultat="adopte")),
    ("M. Luc BLANC, intéressé, ne prend pas part au vote. Adopté à l'unanimité.", dict(unanimite=True, resultat="adopte", ne_prend_pas_part=1)),
    ("Rejeté par 3 voix contre et 2 voix pour.", dict(pour=2, contre=3, resultat="rejete")),
    ("La proposition est rejetée à l'unanimité.", dict(unanimite=True, resultat="rejete")),
    ("Pour : 5 / Contre : 0 / Abstention : 0 — Adopté", dict(pour=5, contre=0, abstentions=0, resultat="adopte")),
    ("Pour : cinq ; Contre : zéro ; Abstentions : zéro", dict(pour=5, contre=0, abstentions=0)),
    ("Vote : unanimité", dict(unanimite=True)),
    ("DÉCISION : adoptée à l'unanimité", dict(unanimite=True, resultat="adopte")),
    ("Votants : 5 Pour : 4 Contre : 1 Abstention : 0", dict(pour=4, contre=1, abstentions=0)),
    ("Le conseil municipal approuve à l'unanimité les tarifs.", dict(unanimite=True, resultat="adopte")),
    ("Approuvé à l'unanimité.", dict(unanimite=True, resultat="adopte")),
    ("4 voix pour, 1 voix contre.", dict(pour=4, contre=1)),
    ("Adopté par 4 voix pour, 0 contre et 1 abstention (M. Luc BLANC).", dict(pour=4, contre=0, abstentions=1, resultat="adopte")),
    ("Le conseil municipal, après en avoir délibéré, à l'unanimité des membres présents et représentés, DÉCIDE d'approuver les tarifs.", dict(unanimite=True, resultat="adopte")),
    ("Unanimité", dict(unanimite=True)),
    ("Adopté par 4 voix POUR, 1 ABSTENTION.", dict(pour=4, abstentions=1, resultat="adopte")),
    ("Pour : 4 (dont 1 procuration) - Contre : 1", dict(pour=4, contre=1, dont_procurations=1)),
    ("Le conseil municipal, à l'unanimité moins une abstention, approuve les tarifs.", dict(abstentions=1, resultat="adopte")),
    ("Pour : 4 - Ne prend pas part au vote : 1 (M. Luc BLANC)", dict(pour=4, ne_prend_pas_part=1)),
    ("Adopté à l'unanimité des votants (5 voix).", dict(unanimite=True, pour=5, contre=0, resultat="adopte")),
    ("Le Conseil Municipal, après en avoir délibéré, par 3 voix pour, 2 voix contre (Mme VIDAL, M. BLANC), adopte les tarifs.", dict(pour=3, contre=2, resultat="adopte")),
    ("Résultat du vote : adopté à l'unanimité (5 voix pour).", dict(unanimite=True, pour=5, resultat="adopte")),
    ("Vote : 4 pour, 1 contre, 0 abstention", dict(pour=4, contre=1, abstentions=0)),
    ("Après en avoir délibéré, le Conseil Municipal décide à la majorité des suffrages exprimés (4 voix pour, 1 voix contre) d'approuver les tarifs.", dict(pour=4, contre=1, resultat="adopte")),
    ("Le Conseil Municipal, après en avoir délibéré, à l'unanimité des suffrages exprimés (1 abstention), approuve les tarifs.", dict(unanimite=True, abstentions=1, resultat="adopte")),
    ("Votes pour : 4 Votes contre : 1 Abstentions : 0", dict(pour=4, contre=1, abstentions=0)),
    ("POUR : 4   CONTRE : 1   ABSTENTION : 0", dict(pour=4, contre=1, abstentions=0)),
    ("Adopté : 4 voix pour, 1 voix contre.", dict(pour=4, contre=1, resultat="adopte")),
    ("Ainsi fait et délibéré à l'unanimité.", dict(unanimite=True)),
    ("Le conseil municipal, après en avoir délibéré, par 4 voix pour, 0 voix contre et 1 abstention, approuve.", dict(pour=4, contre=0, abstentions=1, resultat="adopte")),
]:
    V.append(("votes", {"vote": t}, S(**s)))

# ------------------------------------------------------------- délibérations
for t, n, o in [
    ("DCM n°2024-31 - Tarifs de la cantine", "2024-31", "Tarifs de la cantine"),
    ("2024.31 : Tarifs de la cantine", "2024.31", "Tarifs de la cantine"),
    ("N° 09.2024.31 – Tarifs de la cantine", "09.2024.31", "Tarifs de la cantine"),
    ("Délibération n° 2024-31\nObjet : Tarifs de la cantine", "2024-31", "Tarifs de la cantine"),
    ("Objet : Tarifs de la cantine - Délibération n° 2024-31", "2024-31", "Tarifs de la cantine"),
    ("DÉLIBÉRATION N° 2024/31 : TARIFS DE LA CANTINE", "2024/31", "TARIFS DE LA CANTINE"),
    ("Délibération n° 2024_031 – Objet : Tarifs de la cantine", "2024_031", "Tarifs de la cantine"),
    ("N° DE2024_31 – Tarifs de la cantine", "DE2024_31", "Tarifs de la cantine"),
    ("Délibération 2024-31 : Tarifs de la cantine", "2024-31", "Tarifs de la cantine"),
    ("Délibération n° 31/2024 – Tarifs de la cantine", "31/2024", "Tarifs de la cantine"),
]:
    V.append(("deliberation", {"objet": t}, {"numero": n, "objet": o}))

# ------------------------------------------------------------- collectivités
for t, c in [
    ("COMMUNE DE SAINT-GERMAIN-SUR-VIENNE", "Saint-Germain-sur-Vienne"),
    ("COMMUNE DE LE VAUDIOUX", "Le Vaudioux"),
    ("COMMUNE DES ROUSSES", "Les Rousses"),
    ("COMMUNE DE L'ISLE-SUR-LE-DOUBS", "L'Isle-sur-le-Doubs"),
    ("MAIRIE DE LA CHAPELLE-SAINT-LUC", "La Chapelle-Saint-Luc"),
    ("VILLE DE SAINT-DIÉ-DES-VOSGES", "Saint-Dié-des-Vosges"),
    ("Commune d'Arc-et-Senans", "Arc-et-Senans"),
    ("RÉPUBLIQUE FRANÇAISE — Département du Doubs — Commune de Vaudrey", "Vaudrey"),
    ("DÉPARTEMENT DU JURA\nARRONDISSEMENT DE DOLE\nCOMMUNE DE VAUDREY", "Vaudrey"),
    ("Mairie de Vaudrey\n2 place de la Mairie\n39380 VAUDREY", "Vaudrey"),
    ("COMMUNE DE VAUDREY (Jura)", "Vaudrey"),
    ("Commune de Vaudrey – 39380", "Vaudrey"),
    ("COMMUNE DE LA ROCHE-EN-BRENIL", "La Roche-en-Brenil"),
    ("Commune de Val-de-Reuil", "Val-de-Reuil"),
    ("Commune de Bourg-en-Bresse", "Bourg-en-Bresse"),
    ("COMMUNE DU PIN", "Le Pin"),
    ("COMMUNE D'YVRÉ-L'ÉVÊQUE", "Yvré-l'Évêque"),
    ("COMMUNE DE SAINTE-MARIE-AUX-MINES", "Sainte-Marie-aux-Mines"),
    ("Département du Jura\nCommune de Mont-sous-Vaudrey", "Mont-sous-Vaudrey"),
    ("COMMUNE DE CHÂTEAU-CHINON (VILLE)", "Château-Chinon (Ville)"),
    ("COMMUNE DE SAINT-JEAN-DE-LA-RUELLE", "Saint-Jean-de-la-Ruelle"),
    ("COMMUNE DE VAUDREY\nCanton de Mont-sous-Vaudrey", "Vaudrey"),
    ("COMMUNE DES ROUSSES\nDépartement du Jura", "Les Rousses"),
    ("Mairie du Vaudioux", "Le Vaudioux"),
    ("COMMUNE DE VAL-D'ARNON", "Val-d'Arnon"),
    ("COMMUNE NOUVELLE DE VAUDREY-EN-JURA", "Vaudrey-en-Jura"),
    ("COMMUNE DE SAINT-MARTIN-DU-CONSEIL", "Saint-Martin-du-Conseil"),
    ("COMMUNE DE PRÉSENTEVILLERS", "Présentevillers"),
    ("COMMUNE DE SAINT-MAIRE", "Saint-Maire"),
]:
    V.append(("collectivite", {"tete": t}, {"collectivite": c}))
V.append(("collectivite", {"tete": "", "date": "L'an deux mille vingt-quatre, le vingt-six septembre, le conseil municipal de la commune du Pin, dûment convoqué, s'est réuni."}, {"collectivite": "Le Pin"}))
V.append(("collectivite", {"tete": "", "date": "Le 26 septembre 2024, le Conseil Municipal de Saint-Aubin-des-Bois s'est réuni en séance ordinaire."}, {"collectivite": "Saint-Aubin-des-Bois"}))
V.append(("collectivite", {"tete": "", "date": "L'an deux mille vingt-quatre, le vingt-six septembre, le conseil municipal de la commune d'Orchamps, légalement convoqué, s'est réuni."}, {"collectivite": "Orchamps"}))
V.append(("collectivite", {"tete": "", "date": "L'an deux mille vingt-quatre, le vingt-six septembre, le conseil municipal des Rousses s'est réuni."}, {"collectivite": "Les Rousses"}))
V.append(("collectivite", {"tete": "", "date": "L'an deux mille vingt-quatre, le vingt-six septembre, le conseil municipal du Vaudioux s'est réuni."}, {"collectivite": "Le Vaudioux"}))
V.append(("collectivite", {"tete": "", "titre": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE LA COMMUNE DE L'ISLE-SUR-LE-DOUBS"}, {"collectivite": "L'Isle-sur-le-Doubs"}))
V.append(("collectivite", {"tete": "", "titre": "CONSEIL MUNICIPAL DE SAINT-AUBIN"}, {"collectivite": "Saint-Aubin"}))
V.append(("collectivite", {"tete": "", "titre": "COMPTE RENDU CONSEIL MUNICIPAL", "date": "DU 26 SEPTEMBRE 2024"}, {"collectivite": None}))
V.append(("collectivite", {"tete": "", "titre": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", "date": "Séance du 26 septembre 2024"}, {"collectivite": None}))

# ------------------------------------------------------- organes et EPCI
EPCI = {"presents": "Présents : M. Paul ROUX, Président, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL",
        "pres": "Sous la présidence de M. Paul ROUX, Président", "vote": "Le conseil communautaire, après en avoir délibéré, à l'unanimité, approuve les tarifs.",
        "compte": "Nombre de délégués en exercice : 6 - Présents : 4 - Votants : 5"}
for tete, titre, c, typ, org in [
    ("COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE", "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", "Communauté de communes du Val de Brenne", "communaute_de_communes", "conseil_communautaire"),
    ("Communauté de communes Jura Nord", "Procès-verbal du conseil communautaire", "Communauté de communes Jura Nord", "communaute_de_communes", "conseil_communautaire"),
    ("COMMUNAUTÉ D'AGGLOMÉRATION GRAND VAL LORRAIN", "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE", "Communauté d'agglomération Grand Val Lorrain", "communaute_d_agglomeration", "conseil_communautaire"),
    ("Communauté d'agglomération du Pays de Vaudrey", "Conseil communautaire", "Communauté d'agglomération du Pays de Vaudrey", "communaute_d_agglomeration", "conseil_communautaire"),
    ("COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE", "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU COMMUNAUTAIRE", "Communauté de communes du Val de Brenne", "communaute_de_communes", "bureau"),
    ("SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLÉE DE LA LOUE", "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL", "Syndicat intercommunal des eaux de la Vallée de la Loue", "syndicat", "comite_syndical"),
    ("SIVOM DE LA VALLÉE DE LA LOUE", "Délibération du comité syndical", "SIVOM de la Vallée de la Loue", "syndicat", "comite_syndical"),
    ("DÉPARTEMENT DU JURA", "CONSEIL DÉPARTEMENTAL - Réunion de la commission permanente", "Département du Jura", "departement", "commission_permanente"),
    ("DÉPARTEMENT DU JURA", "DÉLIBÉRATION DU CONSEIL DÉPARTEMENTAL", "Département du Jura", "departement", "conseil_departemental"),
    ("RÉGION BOURGOGNE-FRANCHE-COMTÉ", "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL RÉGIONAL", "Région Bourgogne-Franche-Comté", "region", "conseil_regional"),
    ("Syndicat mixte du Pays Dolois", "Comité syndical", "Syndicat mixte du Pays Dolois", "syndicat", "comite_syndical"),
    ("COMMUNAUTÉ DE COMMUNES DE LA PLAINE JURASSIENNE", "Conseil communautaire", "Communauté de communes de la Plaine Jurassienne", "communaute_de_communes", "conseil_communautaire"),
    ("CC du Val de Brenne", "Conseil communautaire", "CC du Val de Brenne", "communaute_de_communes", "conseil_communautaire"),
    ("Métropole du Grand Vaudrey", "Conseil métropolitain", "Métropole du Grand Vaudrey", "metropole", "conseil_metropolitain"),
    ("SYNDICAT INTERCOMMUNAL À VOCATION SCOLAIRE DE VAUDREY-LA LOYE", "Comité syndical", "Syndicat intercommunal à vocation scolaire de Vaudrey-La Loye", "syndicat", "comite_syndical"),
    ("Communauté de communes Cœur du Jura", "Bureau communautaire", "Communauté de communes Cœur du Jura", "communaute_de_communes", "bureau"),
]:
    V.append(("organe", {**EPCI, "tete": tete, "titre": titre}, {"collectivite": c, "type": typ, "organe": org}))
V.append(("organe", {**EPCI, "tete": "", "titre": "", "date": "L'an deux mille vingt-quatre, le vingt-six septembre, le Conseil communautaire de la Communauté de communes du Val de Brenne, dûment convoqué, s'est réuni."},
          {"collectivite": "Communauté de communes du Val de Brenne", "type": "communaute_de_communes", "organe": "conseil_communautaire"}))
V.append(("organe", {"tete": "COMMUNE DE VAUDREY", "titre": "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL"}, {}))
V.append(("organe", {"tete": "COMMUNE DE VAUDREY", "titre": "COMPTE RENDU DU CONSEIL MUNICIPAL"}, {}))
V.append(("organe", {"tete": "VILLE DE VAUDREY", "titre": "CONSEIL MUNICIPAL"}, {}))
V.append(("organe", {"tete": "Mairie de Vaudrey", "titre": "Registre des délibérations"}, {}))

VARIANTES = V

# ================================================================ deuxième vague
W: list[tuple] = []
# plusieurs points et leurs votes
DEUX = "Délibération n° 2024-31 : Tarifs de la cantine\n{v1}\nDélibération n° 2024-32 : Subvention au comité des fêtes\n{v2}"
for v1, v2, d in [
    ("Adopté à l'unanimité.", "Pour : 3 - Contre : 2 - Abstention : 0", [dict(unanimite=True), dict(pour=3, contre=2, abstentions=0)]),
    ("Pour : 5 Contre : 0 Abstention : 0", "Adopté par 3 voix pour et 2 contre (Mme VIDAL, M. BLANC).", [dict(pour=5, contre=0), dict(pour=3, contre=2)]),
    ("Le conseil municipal, après en avoir délibéré, à l'unanimité, approuve les tarifs.", "M. Luc BLANC, président du comité, ne prend pas part au vote. Adopté à l'unanimité des votants.", [dict(unanimite=True), dict(unanimite=True, ne_prend_pas_part=1)]),
    ("Vote : 4 pour, 1 abstention.", "Vote : unanimité.", [dict(pour=4, abstentions=1), dict(unanimite=True)]),
    ("Adopté à la majorité : 4 voix pour, 1 voix contre.", "Rejeté : 2 voix pour, 3 voix contre.", [dict(pour=4, contre=1, resultat="adopte"), dict(pour=2, contre=3, resultat="rejete")]),
    ("Résultat du vote : Pour : 4 - Contre : 1 (M. BLANC) - Abstention : 0", "Résultat du vote : Pour : 5 - Contre : 0 - Abstention : 0", [dict(pour=4, contre=1), dict(pour=5, contre=0)]),
    ("Adopté à l'unanimité.\nM. Luc BLANC quitte la séance.", "Adopté à l'unanimité (4 votants).", [dict(unanimite=True), dict(unanimite=True)]),
]:
    t = DEUX.format(v1=v1, v2=v2)
    W.append(("points", {"objet": t, "vote": ""}, {"delibs": [{"numero": "2024-31", **d[0]}, {"numero": "2024-32", **d[1]}]}))
W.append(("points", {"objet": "1. Tarifs de la cantine\nAdopté à l'unanimité.\n2. Subvention au comité des fêtes\nPour : 3 - Contre : 2", "vote": ""},
          {"delibs": [{"numero": "1", "unanimite": True}, {"numero": "2", "pour": 3, "contre": 2}]}))
W.append(("points", {"objet": "Question n° 1 – Tarifs de la cantine\nAdopté à l'unanimité.\nQuestion n° 2 – Subvention au comité des fêtes\nPour : 3 - Contre : 2", "vote": ""},
          {"delibs": [{"numero": "1", "unanimite": True}, {"numero": "2", "pour": 3, "contre": 2}]}))
W.append(("points", {"objet": "OBJET : Tarifs de la cantine\nAdopté à l'unanimité.\nOBJET : Subvention au comité des fêtes\nAdopté par 3 voix pour et 2 abstentions.", "vote": ""},
          {"delibs": [{"unanimite": True}, {"pour": 3, "abstentions": 2}]}))

# décomptes et listes « néant »
W.append(("neant", {"pouvoirs": "Pouvoirs : néant", "compte": "En exercice : 6 - Présents : 4 - Votants : 4"}, {"procurations": [], "decomptes": {"en_exercice": 6, "presents": 4, "votants": 4}}))
W.append(("neant", {"pouvoirs": "Procurations : /", "compte": "En exercice : 6 - Présents : 4 - Votants : 4"}, {"procurations": [], "decomptes": {"en_exercice": 6, "presents": 4, "votants": 4}}))
W.append(("neant", {"pouvoirs": "Pouvoir(s) : aucun", "compte": "En exercice : 6 - Présents : 4 - Votants : 4"}, {"procurations": [], "decomptes": {"en_exercice": 6, "presents": 4, "votants": 4}}))
W.append(("neant", {"excuses": "Absents : néant\nExcusé : M. Marc FAURE"}, {}))
W.append(("neant", {"excuses": "Absent excusé : M. Marc FAURE\nAbsent : /"}, {}))
W.append(("neant", {"excuses": "Absent excusé : M. Marc FAURE\nAbsents non excusés : néant"}, {}))
# les nombres écrits à côté des listes
for t, d in [
    ("Conseillers présents : 4 — Absents : 2 — Pouvoirs : 1 — Votants : 5", {"presents": 4, "absents": 2, "procurations": 1, "votants": 5}),
    ("Nombre de pouvoirs : 1", {"procurations": 1}),
    ("Présents : 4 (dont le Maire) - Votants : 5", {"presents": 4, "votants": 5}),
    ("Votants : 5 dont 1 pouvoir - Présents : 4", {"presents": 4, "votants": 5, "procurations": 1}),
    ("Nombre de membres en exercice : six\nNombre de membres présents : quatre\nNombre de votants : cinq", {"en_exercice": 6, "presents": 4, "votants": 5}),
    ("Présents : 4 / 6", {"presents": 4}),
    ("Membres en exercice : 6 ; présents : 4 ; procurations : 1 ; votants : 5", {"en_exercice": 6, "presents": 4, "procurations": 1, "votants": 5}),
    ("Conseillers en exercice : 6\nPrésents : 4\nAbsents excusés : 2\nProcurations : 1\nVotants : 5", {"en_exercice": 6, "presents": 4, "absents": 2, "procurations": 1, "votants": 5}),
]:
    W.append(("decomptes2", {"compte": t}, {"decomptes": d}))
# fins de document : signatures qui ne doivent rien changer
for t in [
    "Le Maire, Paul ROUX",
    "Le secrétaire de séance, Anne PETIT",
    "Pour extrait certifié conforme. Le Maire, Paul ROUX. La secrétaire de séance, Anne PETIT.",
    "Ont signé au registre les membres présents.",
    "Séance levée à 22 h 15.",
    "L'ordre du jour étant épuisé, la séance est levée à 22 heures.",
    "Fait à Vaudrey, le 27 septembre 2024. Le Maire, Paul ROUX",
    "Certifié exécutoire compte tenu de la transmission en préfecture le 30/09/2024 et de la publication le 30/09/2024.",
    "Délibération affichée le 30 septembre 2024.",
    "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de Besançon dans un délai de deux mois à compter de sa publication.",
]:
    W.append(("fin", {"fin": t}, {}))
# président qui change, interventions
for t in [
    "M. Paul ROUX quitte la séance pour ce point. Mme Anne PETIT prend la présidence.",
    "M. Luc BLANC, intéressé à l'affaire, quitte la salle et ne prend pas part au vote.",
    "Mme Iris VIDAL demande que son opposition soit inscrite au procès-verbal.",
    "Monsieur le Maire donne lecture du rapport.",
    "Mme Anne PETIT, adjointe aux affaires scolaires, présente le dossier.",
    "Vu l'avis de la commission des finances du 12 septembre 2024,",
    "Considérant qu'il convient de réviser les tarifs au 1er janvier 2025,",
]:
    W.append(("corps", {"corps": t}, {}))
# (l'arrivée d'une représentée pendant le seul point : présente à partir de ce point, son pouvoir
# gardé, FORMAT.md « mouvements » ; lue depuis la treizième session)
W.append(("corps", {"corps": "Arrivée de Mme Nadia BERGER à 20 h 45."},
          {"presents": [*P, "Nadia BERGER"], "mouvements": {"Nadia BERGER": [1, None]}}))
# noms dans les listes
for t, p in [
    ("Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL, conseillers municipaux.", P),
    ("Présents : M. ROUX Paul, Maire, Mme PETIT Anne, 1ère Adjointe, M. BLANC Luc, 2ème Adjoint, Mme VIDAL Iris", P),
    ("Présents : Messieurs Paul ROUX et Luc BLANC, Mesdames Anne PETIT et Iris VIDAL", P),
    ("Présents : M. ROUX, Maire, Mme PETIT, M. BLANC, Mme VIDAL", ["ROUX", "PETIT", "BLANC", "VIDAL"]),
    ("Présents : Paul ROUX (Maire) ; Anne PETIT ; Luc BLANC ; Iris VIDAL", P),
    ("Etaient présents : M. ROUX, Maire ; Mmes PETIT, VIDAL ; M. BLANC", ["ROUX", "PETIT", "BLANC", "VIDAL"]),
    ("Présents : M. Paul ROUX – Mme Anne PETIT – M. Luc BLANC – Mme Iris VIDAL", P),
    ("Présents : M.ROUX, Mme PETIT, M.BLANC, Mme VIDAL", ["ROUX", "PETIT", "BLANC", "VIDAL"]),
    ("Présents : Mr Paul ROUX, Mme Anne PETIT, Mr Luc BLANC, Melle Iris VIDAL", P),
    ("Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL.\nAssistait également : Mme Julie MOREL, secrétaire de mairie.", P),
    ("Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL.\nAssistaient : M. Jean DURAND, trésorier ; Mme Julie MOREL, DGS.", P),
    ("Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL\nPublic : 3 personnes", P),
]:
    W.append(("presents2", {"presents": t}, {"presents": p}))
W.append(("presents2", {"presents": "Présents : tous les membres en exercice sauf Mme Nadia BERGER et M. Marc FAURE", "pouvoirs": "Pouvoirs : Mme Nadia BERGER à M. Luc BLANC"}, {"presents": []}))
# procurations : formes de plus
for t, pr in [
    ("Pouvoirs : Mme Nadia BERGER à M. Luc BLANC.", PR),
    ("Pouvoir donné par Mme Nadia BERGER à M. Luc BLANC", PR),
    ("Mme Nadia BERGER (excusée) donne pouvoir à M. Luc BLANC", PR),
    ("Pouvoirs : Mme BERGER à M. BLANC", [["BERGER", "BLANC"]]),
    ("Absente ayant donné procuration : Mme Nadia BERGER (procuration à M. Luc BLANC)", PR),
    ("Pouvoirs : Mme Nadia BERGER à M. Luc BLANC (à partir du point 2)", PR),
    ("Représentée : Mme Nadia BERGER (pouvoir à M. BLANC)", PR),
    ("Mme Nadia BERGER avait donné pouvoir à M. Luc BLANC", PR),
    ("Pouvoirs : Nadia BERGER donne pouvoir à Luc BLANC ;", PR),
    ("Pouvoirs : Mme Nadia BERGER donne procuration à Mme Iris VIDAL", [["Nadia BERGER", "Iris VIDAL"]]),
]:
    W.append(("procurations2", {"pouvoirs": t}, {"procurations": pr}))
# secrétaires : plus
for t, s_ in [
    ("Secrétaire de séance : M. Luc BLANC", ["Luc BLANC"]),
    ("Secrétaire de séance : Mme Anne PETIT (désignée à l'unanimité)", ["Anne PETIT"]),
    ("Le Conseil Municipal désigne Mme Anne PETIT secrétaire de séance.", ["Anne PETIT"]),
    ("Désignation d'un secrétaire de séance : Mme Anne PETIT est désignée à l'unanimité.", ["Anne PETIT"]),
    ("Secrétaire de séance : Mme Anne PETIT, conseillère municipale", ["Anne PETIT"]),
    ("Mme Anne PETIT a été élue secrétaire de séance à l'unanimité des membres présents.", ["Anne PETIT"]),
]:
    W.append(("secretaire2", {"secr": t}, {"secretaires": s_}))
# dates : encore
for t, d in [
    ("Séance du lundi 26 septembre 2024", D),
    ("Procès-verbal de la séance ordinaire du conseil municipal du jeudi 26 septembre 2024 à 20 h 30", D),
    ("CONSEIL MUNICIPAL\nSéance du 26 septembre 2024", D),
    ("Le 26 septembre 2024 à 20 h 30, le Conseil Municipal de Vaudrey, légalement convoqué le 18 septembre 2024, s'est réuni.", D),
    ("L'an deux mille vingt-quatre, le vingt-six septembre à vingt heures trente, le Conseil Municipal légalement convoqué le dix-huit septembre deux mille vingt-quatre, s'est réuni.", D),
    ("Réunion ordinaire du 26 septembre 2024", D),
    ("SÉANCE DU 26/09/2024 À 20H30", D),
    ("Séance du 26 septembre 2024 à vingt heures trente", D),
    ("26 SEPTEMBRE 2024", D),
    ("Conseil municipal – Séance du 26 septembre 2024", D),
]:
    # (la phrase qui dit aussi la convocation l'attend : sans cela, tirée avec une variante
    # qui retire la ligne de convocation, son attendu « aucune convocation » serait faux)
    W.append(("date2", {"date": t}, {"date": d, **({"convocation": "2024-09-18"} if "convoqué le" in t else {})}))

VARIANTES = V + W

# ================================================================ troisième vague
X: list[tuple] = []
for t, s_ in [
    ("Adopté par 4 voix contre 1.", dict(pour=4, contre=1, resultat="adopte")),
    ("Adopté par 4 voix pour, 1 contre et 0 abstention.", dict(pour=4, contre=1, abstentions=0, resultat="adopte")),
    ("Adopté à la majorité absolue.", dict(resultat="adopte", unanimite=False)),
    ("Adopté à la majorité des voix (une abstention).", dict(resultat="adopte", abstentions=1)),
    ("Adopté à l'unanimité moins une voix (M. Luc BLANC, contre).", dict(resultat="adopte", contre=1)),
    ("Adopté par 4 voix sur 5 votants.", dict(resultat="adopte", pour=4)),
    ("Contre : 1 - Pour : 4 - Abstention : 0", dict(pour=4, contre=1, abstentions=0)),
    ("Voté à l'unanimité.", dict(unanimite=True)),
    ("Le conseil municipal, à l'unanimité, émet un avis favorable.", dict(unanimite=True)),
    ("Le conseil municipal, à l'unanimité, refuse la proposition.", dict(unanimite=True, resultat="rejete")),
    ("Après en avoir délibéré, le conseil municipal rejette la proposition par 3 voix contre et 2 voix pour.", dict(pour=2, contre=3, resultat="rejete")),
    ("Adopté à l'unanimité des présents.", dict(unanimite=True, resultat="adopte")),
    ("Votes : Pour : 4 / Contre : 1 / Abstention(s) : 0 / Ne prend pas part au vote : 0", dict(pour=4, contre=1, abstentions=0)),
    ("Décision adoptée à l'unanimité des suffrages exprimés.", dict(unanimite=True, resultat="adopte")),
    ("Adopté à l'unanimité des membres présents ou représentés (5 voix pour).", dict(unanimite=True, pour=5, resultat="adopte")),
    ("Adopté par 3 voix pour, 1 voix contre (Mme Iris VIDAL) et 1 abstention (M. Luc BLANC).", dict(pour=3, contre=1, abstentions=1, resultat="adopte")),
    ("A l'unanimité, le conseil municipal approuve les tarifs.", dict(unanimite=True, resultat="adopte")),
    ("Le conseil municipal approuve les tarifs (vote : 4 pour, 1 contre).", dict(pour=4, contre=1, resultat="adopte")),
]:
    X.append(("votes3", {"vote": t}, S(**s_)))
for t, n, o in [
    ("N° 2024-31 « Tarifs de la cantine »", "2024-31", "Tarifs de la cantine"),
    ("Nº 2024-31 — Tarifs de la cantine", "2024-31", "Tarifs de la cantine"),
    ("Délibération no 2024-31 : Tarifs de la cantine", "2024-31", "Tarifs de la cantine"),
    ("DELIBERATION N°2024-31\nTARIFS DE LA CANTINE", "2024-31", "TARIFS DE LA CANTINE"),
    ("Délibération n° 2024-31\nObjet : Tarifs de la cantine – année scolaire 2024-2025", "2024-31", "Tarifs de la cantine – année scolaire 2024-2025"),
    ("Délibération n° 2024-31 : Tarifs de la cantine au 1er janvier 2025", "2024-31", "Tarifs de la cantine au 1er janvier 2025"),
    ("Délibération n° 2024-31 : Tarifs de la cantine (annule et remplace la délibération n° 2024-12 du 4 avril 2024)", "2024-31", "Tarifs de la cantine (annule et remplace la délibération n° 2024-12 du 4 avril 2024)"),
]:
    X.append(("deliberation3", {"objet": t}, {"numero": n, "objet": o}))
X.append(("presents3", {"presents": "Présents :\n1. M. Paul ROUX\n2. Mme Anne PETIT\n3. M. Luc BLANC\n4. Mme Iris VIDAL"}, {"presents": P}))
X.append(("presents3", {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC (suppléant de M. Marc FAURE), Mme Iris VIDAL", "excuses": ""},
          {"presents": ["Paul ROUX", "Anne PETIT", "Iris VIDAL"], "excuses": []}))
X.append(("presents3", {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL, Mme Nadia BERGER (à partir du point 2)", "pouvoirs": "", "compte": "En exercice : 6"},
          {"presents": ["Paul ROUX", "Anne PETIT", "Luc BLANC", "Iris VIDAL", "Nadia BERGER"], "procurations": [], "decomptes": {"en_exercice": 6},
           "mouvements": {"Nadia BERGER": [2, None]}}))
X.append(("presents3", {"presents": "Présents : M. Jean-Luc de LA FONTAINE-DUVAL, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", "pres": "Sous la présidence de M. Jean-Luc de LA FONTAINE-DUVAL, Maire"},
          {"presents": ["Jean-Luc de LA FONTAINE-DUVAL", "Anne PETIT", "Luc BLANC", "Iris VIDAL"], "president": "Jean-Luc de LA FONTAINE-DUVAL"}))
X.append(("presents3", {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", "excuses": "Absent excusé : M. Marc FAURE, 2e adjoint"}, {}))
X.append(("presents3", {"presents": "Présents : Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL, M. Paul ROUX, Maire, président de séance"}, {}))
X.append(("epci3", {**EPCI, "tete": "COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE", "titre": "CONSEIL COMMUNAUTAIRE",
                    "presents": "Délégués présents :\nVAUDREY : M. Paul ROUX, Mme Anne PETIT\nLE PIN : M. Luc BLANC\nLES ROUSSES : Mme Iris VIDAL"},
          {"collectivite": "Communauté de communes du Val de Brenne", "type": "communaute_de_communes", "organe": "conseil_communautaire"}))
X.append(("epci3", {**EPCI, "tete": "COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE", "titre": "CONSEIL COMMUNAUTAIRE",
                    "presents": "Présents : Commune de Vaudrey : M. Paul ROUX, Mme Anne PETIT ; Commune du Pin : M. Luc BLANC ; Commune des Rousses : Mme Iris VIDAL"},
          {"collectivite": "Communauté de communes du Val de Brenne", "type": "communaute_de_communes", "organe": "conseil_communautaire"}))
X.append(("epci3", {**EPCI, "tete": "DÉPARTEMENT DU JURA", "titre": "COMMISSION PERMANENTE", "pres": "Sous la présidence de M. Paul ROUX, Président du Conseil départemental",
                    "corps": "Rapporteur : Mme Iris VIDAL"},
          {"collectivite": "Département du Jura", "type": "departement", "organe": "commission_permanente"}))
X.append(("epci3", {**EPCI, "tete": "SYNDICAT INTERCOMMUNAL DES EAUX DE LA LOUE", "titre": "COMITÉ SYNDICAL", "secr": "Secrétaire de séance : Mme Anne PETIT, déléguée de la commune du Pin"},
          {"collectivite": "Syndicat intercommunal des eaux de la Loue", "type": "syndicat", "organe": "comite_syndical"}))
for t, c in [
    ("Date de convocation : 18 septembre", "2024-09-18"),
    ("Convocation du 18/09/24", "2024-09-18"),
    ("Date de la convocation : 18 septembre 2024 – Date d'affichage de la convocation : 18 septembre 2024", "2024-09-18"),
    ("Convocation adressée le 18 septembre 2024, affichée le même jour", "2024-09-18"),
]:
    X.append(("convocation3", {"conv": t}, {"convocation": c}))
X.append(("convocation3", {"conv": "", "compte": "Nombre de conseillers en exercice : 6 - Présents : 4 - Votants : 5\nDate d'affichage : 19 septembre 2024"}, {"convocation": None}))
X.append(("convocation3", {"conv": "", "fin": "Affiché le 18 septembre 2024"}, {"convocation": None}))
X.append(("convocation3", {"conv": "Le Maire certifie que la convocation a été faite le 18 septembre 2024."}, {}))
for t, s_ in [
    ("Secrétaire de séance : Mme Anne PETIT\nRapporteur : M. Luc BLANC", ["Anne PETIT"]),
    ("Secrétaire de séance : Mme Anne PETIT\nSecrétaire auxiliaire : Mme Julie MOREL", ["Anne PETIT"]),
    ("Secrétaire de séance : Madame le Maire-adjoint Anne PETIT", ["Anne PETIT"]),
    ("Mme Anne PETIT, désignée secrétaire de séance, procède à l'appel.", ["Anne PETIT"]),
]:
    X.append(("secretaire3", {"secr": t}, {"secretaires": s_}))
X.append(("secretaire3", {"secr": "", "fin": "La secrétaire de séance, Anne PETIT"}, {"secretaires": ["Anne PETIT"]}))
X.append(("secretaire3", {"secr": "Secrétaire de séance : Mme Julie MOREL, secrétaire de mairie"}, {"secretaires": ["Julie MOREL"]}))
for t, d in [
    ("SÉANCE ORDINAIRE DU JEUDI 26 SEPTEMBRE 2024 À 20 HEURES 30", D),
    ("Séance du 26 septembre 2024, ouverte à 20 h 30 et levée à 22 h 15", D),
    ("Séance du 26 septembre 2024\nDate de publication : 3 octobre 2024", D),
    ("Le vingt-six septembre deux mille vingt-quatre", D),
    ("L'an deux mille vingt-quatre, le vingt-six septembre\nà vingt heures trente, le Conseil municipal s'est réuni.", D),
    ("L'an deux mille vingt-quatre\nle vingt-six septembre", D),
]:
    X.append(("date3", {"date": t}, {"date": d}))

VARIANTES = V + W + X

# ================================================================ quatrième vague
Y: list[tuple] = []
for t, d in [
    ("Nombre de membres\nAfférents au Conseil municipal : 7\nEn exercice : 6\nQui ont pris part à la délibération : 5", {"membres": 7, "en_exercice": 6, "votants": 5}),
    ("Nombre de délégués : en exercice : 6, présents : 4, votants : 5", {"en_exercice": 6, "presents": 4, "votants": 5}),
    ("En exercice : 6 - Présents : 4 - Votants : 5 - Exprimés : 5", {"en_exercice": 6, "presents": 4, "votants": 5}),
    ("Nombre de conseillers en exercice : 6 dont présents : 4 et votants : 5", {"en_exercice": 6, "presents": 4, "votants": 5}),
    ("Présents : 4 – Représentés : 1 – Absents : 1 – Total des votants : 5", {"presents": 4, "procurations": 1, "absents": 1, "votants": 5}),
]:
    Y.append(("decomptes4", {"compte": t}, {"decomptes": d}))
for t, p in [
    ("Présents : M. Paul ROUX, Maire, Mme Anne PETIT, M. Luc BLANC, Adjoints, Mme Iris VIDAL", P),
    ("Présents : M. Paul ROUX, Mmes Anne PETIT, Iris VIDAL, M. Luc BLANC", P),
    ("Présents : M. Paul SAINT-MARTIN, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", ["Paul SAINT-MARTIN", "Anne PETIT", "Luc BLANC", "Iris VIDAL"]),
]:
    Y.append(("presents4", {"presents": t}, {"presents": p}))
Y.append(("presents4", {"tete": "COMMUNE DE SAINT-MARTIN", "presents": "Présents : M. Paul SAINT-MARTIN, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", "pres": "Sous la présidence de M. Paul SAINT-MARTIN, Maire"},
          {"collectivite": "Saint-Martin", "presents": ["Paul SAINT-MARTIN", "Anne PETIT", "Luc BLANC", "Iris VIDAL"], "president": "Paul SAINT-MARTIN"}))
for t, att in [
    ("Excusés : Mme Nadia BERGER (pouvoir), M. Marc FAURE", {"procurations": [["Nadia BERGER", None]]}),
    ("Absents : M. Marc FAURE, Mme Nadia BERGER (pouvoir à M. ROUX)", {"procurations": [["Nadia BERGER", "Paul ROUX"]], "excuses": [], "absents": ["Marc FAURE"]}),
    ("Excusés ayant donné pouvoir : Mme Nadia BERGER à M. Luc BLANC\nExcusé : M. Marc FAURE", {}),
]:
    Y.append(("absents4", {"excuses": t, "pouvoirs": ""}, att))
Y.append(("procurations4", {**EPCI, "tete": "COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE", "titre": "CONSEIL COMMUNAUTAIRE", "pouvoirs": "Pouvoirs : Mme Nadia BERGER à M. le Président"},
          {"collectivite": "Communauté de communes du Val de Brenne", "type": "communaute_de_communes", "organe": "conseil_communautaire", "procurations": [["Nadia BERGER", "Paul ROUX"]]}))
# votes autour du point : approbation du PV, questions diverses, amendement
Y.append(("votes4", {"apres": "Le procès-verbal de la séance précédente est adopté à l'unanimité.", "vote": "Pour : 3 - Contre : 2 - Abstention : 0"}, S(pour=3, contre=2, abstentions=0)))
Y.append(("votes4", {"vote": "Pour : 3 - Contre : 2 - Abstention : 0", "fin": "Questions diverses : M. Luc BLANC propose l'achat d'un défibrillateur ; accord de principe à l'unanimité."}, S(pour=3, contre=2, abstentions=0)))
Y.append(("votes4", {"vote": "Un amendement de Mme Iris VIDAL est rejeté par 3 voix contre et 2 voix pour.\nLa délibération est adoptée à l'unanimité."}, S(unanimite=True, resultat="adopte")))
Y.append(("votes4", {"vote": "Pour : 3 - Contre : 2 - Abstention : 0", "fin": "Informations diverses : la fête du village aura lieu le 5 octobre 2024. Le Maire remercie l'ensemble des bénévoles ; applaudissements à l'unanimité."}, S(pour=3, contre=2, abstentions=0)))
Y.append(("votes4", {"vote": "Pour : 3 - Contre : 2 - Abstention : 0", "fin": "L'ordre du jour étant épuisé, la séance est levée à 22 h 00. Le prochain conseil aura lieu le 24 octobre 2024."}, S(pour=3, contre=2, abstentions=0)))
Y.append(("votes4", {"vote": "Le conseil municipal, après en avoir délibéré, par 4 voix pour et 1 voix contre (M. Luc BLANC), DÉCIDE d'approuver les tarifs.\nM. Luc BLANC demande que son vote contre soit inscrit au registre."}, S(pour=4, contre=1, resultat="adopte")))
Y.append(("votes4", {"vote": "Le conseil municipal décide, à l'unanimité, de reporter ce point à une séance ultérieure."}, S(unanimite=True)))
# date de l'acte écrite avec son numéro
Y.append(("deliberation4", {"objet": "Délibération n° 2024-31 du 26 septembre 2024 : Tarifs de la cantine"}, {"numero": "2024-31", "objet": "Tarifs de la cantine"}))
Y.append(("deliberation4", {"objet": "Délibération n° 2024-31 du 30 septembre 2024\nObjet : Tarifs de la cantine"}, {"numero": "2024-31"}))
Y.append(("deliberation4", {"objet": "Délibération n° 2024-31\nObjet : Tarifs de la cantine\nRapporteur : Mme Anne PETIT"}, {"numero": "2024-31"}))
# collectivités de plus
for t, c in [
    ("COMMUNE DE SAINT-AUBIN-LE-CONSEIL", "Saint-Aubin-le-Conseil"),
    ("COMMUNE DE LA SÉANCE", "La Séance"),
    ("Commune de Sainte-Foy-lès-Lyon", "Sainte-Foy-lès-Lyon"),
    ("VILLE DE L'ÎLE-ROUSSE", "L'Île-Rousse"),
    ("COMMUNE D'ARC-SOUS-MONTENOT", "Arc-sous-Montenot"),
    ("MAIRIE DE VAUDREY\nTél. 03 84 00 00 00 – mairie@vaudrey.fr", "Vaudrey"),
    ("COMMUNE DE VAUDREY\nCode postal 39380", "Vaudrey"),
]:
    Y.append(("collectivite4", {"tete": t}, {"collectivite": c}))

VARIANTES = V + W + X + Y

# ================================================================ cinquième vague : colonnes fusionnées
Z: list[tuple] = []
COL = {
    "tete": "DÉPARTEMENT DU JURA                 EXTRAIT DU REGISTRE\nARRONDISSEMENT DE DOLE              DES DÉLIBÉRATIONS\nCOMMUNE DE VAUDREY                  DU CONSEIL MUNICIPAL",
    "titre": "",
}
Z.append(("colonnes", dict(COL), {}))
Z.append(("colonnes", {**COL, "compte": "Nombre de membres              Séance du 26 septembre 2024\nafférents au Conseil : 7\nen exercice : 6\nqui ont pris part à la délibération : 5", "date": ""},
          {"decomptes": {"membres": 7, "en_exercice": 6, "votants": 5}}))
Z.append(("colonnes", {**COL, "date": "Séance du 26 septembre 2024          Date de convocation : 18/09/2024", "conv": ""}, {}))
Z.append(("colonnes", {**COL, "conv": "Date de convocation : 18/09/2024     Date d'affichage : 19/09/2024"}, {}))
Z.append(("colonnes", {**COL, "conv": "Date d'affichage : 19/09/2024       Date de convocation : 18/09/2024"}, {}))
Z.append(("colonnes", {"compte": "En exercice : 6      Présents : 4      Votants : 5"}, {}))
Z.append(("colonnes", {"compte": "En exercice    Présents    Votants\n6              4           5"}, {}))
Z.append(("colonnes", {"compte": "Membres en exercice : 6        Pour : 5\nPrésents : 4                   Contre : 0\nVotants : 5                    Abstention : 0"},
          {"scrutin": {"unanimite": True}}))
Z.append(("colonnes", {"presents": "Présents : M. Paul ROUX        Mme Anne PETIT\nM. Luc BLANC                   Mme Iris VIDAL"}, {}))
Z.append(("colonnes", {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL        Absent excusé : M. Marc FAURE", "excuses": ""}, {}))
Z.append(("colonnes", {"pouvoirs": "Pouvoirs : Mme Nadia BERGER à M. Luc BLANC     Secrétaire de séance : Mme Anne PETIT", "secr": ""}, {}))
Z.append(("colonnes", {"secr": "Secrétaire de séance : Mme Anne PETIT           Délibération n° 2024-31", "objet": "Objet : Tarifs de la cantine"}, {}))
Z.append(("colonnes", {"tete": "COMMUNE DE VAUDREY                          Séance du 26 septembre 2024", "titre": "", "date": ""}, {}))
Z.append(("colonnes", {"tete": "Commune de Vaudrey          Conseil municipal du 26 septembre 2024", "titre": "", "date": ""}, {}))
Z.append(("colonnes", {"tete": "MAIRIE DE VAUDREY     République Française", "titre": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL"}, {}))
Z.append(("colonnes", {"tete": "République Française     MAIRIE DE VAUDREY"}, {}))
# tabulations
Z.append(("colonnes", {"compte": "En exercice :\t6\tPrésents :\t4\tVotants :\t5"}, {}))
Z.append(("colonnes", {"presents": "Présents :\tM. Paul ROUX\tMme Anne PETIT\tM. Luc BLANC\tMme Iris VIDAL"}, {}))
Z.append(("colonnes", {"pouvoirs": "Pouvoirs :\tMme Nadia BERGER\tà\tM. Luc BLANC"}, {}))

VARIANTES = V + W + X + Y + Z

# ================================================================ sixième vague : registre en deux colonnes
R: list[tuple] = []
REG1 = ("Nombre de conseillers :        L'an deux mille vingt-quatre, le vingt-six septembre\n"
        "en exercice : 6                à vingt heures, le Conseil Municipal de la commune\n"
        "présents : 4                   de Vaudrey, dûment convoqué, s'est réuni en session\n"
        "votants : 5                    ordinaire, à la mairie, sous la présidence de\n"
        "                               M. Paul ROUX, Maire.\n"
        "Date de convocation :\n18 septembre 2024")
R.append(("registre", {"tete": "", "date": REG1, "conv": "", "compte": "", "pres": ""}, {"collectivite": "Vaudrey"}))
REG2 = ("Date de la convocation          L'an deux mille vingt-quatre, le vingt-six septembre à 20 h 30,\n"
        "18 septembre 2024               le Conseil Municipal, légalement convoqué, s'est réuni\n"
        "Date d'affichage                à la Mairie, en séance publique, sous la présidence de\n"
        "19 septembre 2024               M. Paul ROUX, Maire.\n"
        "Nombre de conseillers\nen exercice : 6\nprésents : 4\nvotants : 5")
R.append(("registre", {"date": REG2, "conv": "", "compte": "", "pres": ""}, {}))
REG3 = ("Conseillers en exercice : 6     SÉANCE DU 26 SEPTEMBRE 2024\n"
        "Conseillers présents : 4        Convocation du 18 septembre 2024\n"
        "Votants : 5")
R.append(("registre", {"date": REG3, "conv": "", "compte": ""}, {}))
REG4 = ("Nombre de membres               Séance du 26 septembre 2024\n"
        "en exercice : 6                 Date de convocation : 18 septembre 2024\n"
        "présents : 4                    Date d'affichage : 19 septembre 2024\n"
        "votants : 5")
R.append(("registre", {"date": REG4, "conv": "", "compte": ""}, {}))
REG5 = ("COMMUNE DE VAUDREY              Séance du 26 septembre 2024\n"
        "Département du Jura             Convocation : 18 septembre 2024\n"
        "Arrondissement de Dole          Affichage : 19 septembre 2024")
R.append(("registre", {"tete": REG5, "titre": "", "date": "", "conv": ""}, {}))
REG6 = ("Présents : M. Paul ROUX, Mme Anne PETIT,          Pouvoirs : Mme Nadia BERGER à\n"
        "M. Luc BLANC, Mme Iris VIDAL                     M. Luc BLANC")
R.append(("registre", {"presents": REG6, "pouvoirs": ""}, {}))
REG7 = ("Étaient présents : M. Paul ROUX, Mme Anne          Absent excusé : M. Marc FAURE\n"
        "PETIT, M. Luc BLANC, Mme Iris VIDAL")
R.append(("registre", {"presents": REG7, "excuses": ""}, {}))
REG8 = ("Secrétaire de séance :          Mme Anne PETIT\n"
        "Délibération n° :               2024-31\n"
        "Objet :                         Tarifs de la cantine")
R.append(("registre", {"secr": REG8, "objet": ""}, {}))

VARIANTES = V + W + X + Y + Z + R

# ================================================================ septième vague : EPCI et départements
E2: list[tuple] = []
CC = {**EPCI, "tete": "COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE", "titre": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE"}
CCA = {"collectivite": "Communauté de communes du Val de Brenne", "type": "communaute_de_communes", "organe": "conseil_communautaire"}
for parts, att in [
    ({"presents": "Délégués titulaires présents : M. Paul ROUX (Vaudrey), Mme Anne PETIT (Le Pin), M. Luc BLANC (Les Rousses), Mme Iris VIDAL (Orchamps)"}, {}),
    ({"presents": "Présents : ROUX Paul – PETIT Anne – BLANC Luc – VIDAL Iris"}, {}),
    ({"presents": "Présents :\nVAUDREY\nM. Paul ROUX\nMme Anne PETIT\nLE PIN\nM. Luc BLANC\nORCHAMPS\nMme Iris VIDAL"}, {}),
    ({"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL (suppléante de M. Marc FAURE)", "excuses": ""},
     {"presents": ["Paul ROUX", "Anne PETIT", "Luc BLANC"], "excuses": []}),
    ({"pouvoirs": "Pouvoirs : Mme Nadia BERGER à M. le Président"}, {"procurations": [["Nadia BERGER", "Paul ROUX"]]}),
    ({"pouvoirs": "Mme Nadia BERGER (Orchamps) donne pouvoir à M. Luc BLANC (Les Rousses)"}, {}),
    ({"compte": "Nombre de délégués en exercice : 6 – Nombre de délégués présents : 4 – Nombre de votants : 5"}, {}),
    ({"compte": "Délégués en exercice : 6 ; titulaires présents : 4 ; suppléants présents : 0 ; pouvoirs : 1 ; votants : 5"}, {"decomptes": {"en_exercice": 6, "votants": 5, "procurations": 1}}),
    ({"pres": "Sous la présidence de M. Paul ROUX, Président de la Communauté de communes"}, {}),
    ({"pres": "Le Conseil communautaire s'est réuni sous la présidence de M. Paul ROUX, Président."}, {}),
    ({"date": "L'an deux mille vingt-quatre, le vingt-six septembre à dix-huit heures trente, le Conseil communautaire de la Communauté de communes du Val de Brenne, dûment convoqué, s'est réuni à la salle des fêtes de Vaudrey."}, {}),
    ({"secr": "Secrétaire de séance : Mme Anne PETIT (commune du Pin)"}, {}),
    ({"tete": "Communauté de communes\nVal de Brenne"}, {"collectivite": "Communauté de communes Val de Brenne"}),
    ({"tete": "CC Val de Brenne\n12 rue de la Gare – 39380 Vaudrey"}, {"collectivite": "CC Val de Brenne"}),
]:
    E2.append(("epci7", {**CC, **parts}, {**CCA, **att}))
CD = {**EPCI, "tete": "DÉPARTEMENT DU JURA", "titre": "COMMISSION PERMANENTE", "vote": "Adopté à l'unanimité.",
      "pres": "Sous la présidence de M. Paul ROUX, Président du Conseil départemental",
      "compte": "Nombre de membres en exercice : 6 - Présents : 4 - Votants : 5"}
CDA = {"collectivite": "Département du Jura", "type": "departement", "organe": "commission_permanente"}
for parts, att in [
    ({}, {}),
    ({"objet": "Rapport n° CP-2024-31 : Tarifs de la cantine", "corps": "Rapporteur : Mme Iris VIDAL"}, {"numero": "CP-2024-31"}),
    ({"titre": "Réunion de la Commission permanente du lundi 26 septembre 2024", "date": ""}, {}),
    ({"tete": "CONSEIL DÉPARTEMENTAL DU JURA", "titre": "Commission permanente"}, {"collectivite": "Conseil départemental du Jura"}),
    ({"date": "La Commission permanente du Conseil départemental s'est réunie le 26 septembre 2024 à 14 h 00, sous la présidence de M. Paul ROUX, Président.", "pres": ""}, {}),
    ({"presents": "Présents : M. Paul ROUX, Président ; Mme Anne PETIT, Vice-présidente ; M. Luc BLANC, Vice-président ; Mme Iris VIDAL, Conseillère départementale"}, {}),
    ({"corps": "Vu la délibération du Conseil départemental du 2 juillet 2021 portant délégation à la Commission permanente,"}, {}),
    ({"corps": "Mme Iris VIDAL, rapporteure, présente le dossier."}, {}),
]:
    E2.append(("departement7", {**CD, **parts}, {**CDA, **att}))

VARIANTES = V + W + X + Y + Z + R + E2

# ================================================================ huitième vague
H: list[tuple] = []
H.append(("pieges8", {"pres": "", "fin": "Le Maire, Paul ROUX"}, {"president": None}))
H.append(("pieges8", {"pres": "", "fin": "Pour extrait conforme, Le Maire, Paul ROUX"}, {"president": None}))
H.append(("pieges8", {"objet": "Délibération n° 2024-31 : Délégations de pouvoirs du conseil municipal au Maire"}, {"objet": "Délégations de pouvoirs du conseil municipal au Maire"}))
H.append(("pieges8", {"objet": "Délibération n° 2024-31 : Indemnités de fonction des élus présents au bureau"}, {"objet": "Indemnités de fonction des élus présents au bureau"}))
H.append(("pieges8", {"objet": "Délibération n° 2024-31 : Représentants de la commune au syndicat des eaux"}, {"objet": "Représentants de la commune au syndicat des eaux"}))
H.append(("pieges8", {"objet": "Délibération n° 2024-31 : Désignation du secrétaire de séance"}, {"objet": "Désignation du secrétaire de séance"}))
H.append(("pieges8", {"objet": "Délibération n° 2024-31 : Convention avec la commune du Pin"}, {"objet": "Convention avec la commune du Pin"}))
H.append(("pieges8", {"objet": "Délibération n° 2024-31 : Tarifs de la cantine", "corps": "Vu la délibération du conseil communautaire de la Communauté de communes du Val de Brenne du 12 mars 2024,"}, {}))
H.append(("pieges8", {"corps": "Le conseil municipal de Vaudrey avait fixé les tarifs par délibération du 4 avril 2023."}, {}))
H.append(("pieges8", {"corps": "Présents au moment du vote : 4"}, {}))
H.append(("pieges8", {"corps": "Monsieur le Maire rappelle que la séance du 11 juillet 2024 avait été consacrée au budget."}, {}))
H.append(("pieges8", {"corps": "Le Maire expose que le conseil syndical du SIVOS a voté le 3 septembre 2024 une hausse de sa participation."}, {}))
H.append(("pieges8", {"corps": "Mme Iris VIDAL quitte la séance avant le vote.", "vote": "Adopté à l'unanimité des votants (4 voix)."}, S(unanimite=True, pour=4)))
H.append(("pieges8", {"excuses": "Absents : M. Marc FAURE (excusé), Mme Nadia BERGER (pouvoir à M. Luc BLANC), M. Jean MOREAU", "pouvoirs": "", "compte": "En exercice : 7 - Présents : 4 - Votants : 5"},
          {"excuses": ["Marc FAURE"], "absents": ["Jean MOREAU"], "decomptes": {"en_exercice": 7, "presents": 4, "votants": 5}}))
H.append(("pieges8", {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL (arrivée au point 2)"}, {}))
H.append(("pieges8", {"secr": "Secrétaire de séance : Mme Anne PETIT\nAssistaient également à la séance : M. Jean DURAND, directeur général des services"}, {}))
H.append(("pieges8", {"avant": "Compte rendu affiché le 3 octobre 2024 en application de l'article L. 2121-25 du CGCT"}, {}))
H.append(("pieges8", {"avant": "Publié le 04/10/2024 – Mis à jour le 05/10/2024"}, {}))
H.append(("pieges8", {"date": "Séance du 26 septembre 2024 à 20 h 30 – Salle du conseil"}, {}))
H.append(("pieges8", {"tete": "COMMUNE DE VAUDREY\nSéance du conseil municipal\nDu 26 septembre 2024", "titre": "", "date": ""}, {}))

VARIANTES = V + W + X + Y + Z + R + E2 + H

# ================================================================ neuvième vague
N9: list[tuple] = []
N9.append(("procurations9", {"pouvoirs": "M. Luc BLANC a le pouvoir de Mme Nadia BERGER pour la représenter et voter en son nom."}, {}))
N9.append(("procurations9", {"pouvoirs": "M. Luc BLANC détient le pouvoir de Mme Nadia BERGER."}, {}))
N9.append(("procurations9", {"pouvoirs": "Pouvoirs : M. Luc BLANC (pouvoir de Mme Nadia BERGER)"}, {}))
N9.append(("procurations9", {"pouvoirs": "M. Luc BLANC, porteur du pouvoir de Mme Nadia BERGER"}, {}))
N9.append(("procurations9", {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC (ayant la procuration de Mme Nadia BERGER), Mme Iris VIDAL", "pouvoirs": ""}, {}))
N9.append(("procurations9", {"pouvoirs": "Procurations : M. Luc BLANC a reçu procuration de Mme Nadia BERGER"}, {}))
N9.append(("suppleances9", {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC (remplace M. Marc FAURE), Mme Iris VIDAL", "excuses": "Excusé : M. Marc FAURE (remplacé par M. Luc BLANC)"},
           {"presents": ["Paul ROUX", "Anne PETIT", "Iris VIDAL"], "excuses": []}))
N9.append(("suppleances9", {"excuses": "Excusé : M. Marc FAURE (suppléé par M. Luc BLANC)", "presents": "Présents : M. Paul ROUX, Mme Anne PETIT, Mme Iris VIDAL, M. Luc BLANC"},
           {"presents": ["Paul ROUX", "Anne PETIT", "Iris VIDAL"], "excuses": []}))
N9.append(("entete9", {"pres": "PRÉSIDENT : M. Paul ROUX"}, {}))
N9.append(("entete9", {"secr": "Le secrétaire de séance est Mme Anne PETIT."}, {}))
N9.append(("entete9", {"secr": "M PETIT a été élue secrétaire de séance."}, {"secretaires": ["PETIT"]}))
N9.append(("entete9", {"presents": "Étaient présents : ROUX P. – PETIT A. – BLANC L. – VIDAL I."}, {"presents": ["ROUX", "PETIT", "BLANC", "VIDAL"]}))
N9.append(("entete9", {"titre": "COMPTE-RENDU DU CONSEIL DE COMMUNAUTÉ", "tete": "COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE", "pres": "Sous la présidence de M. Paul ROUX, Président"},
           {"collectivite": "Communauté de communes du Val de Brenne", "type": "communaute_de_communes", "organe": "conseil_communautaire"}))
N9.append(("entete9", {"date": "Séance du 26 septembre 2024 à Orchamps", "tete": "COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE", "titre": "CONSEIL COMMUNAUTAIRE"},
           {"collectivite": "Communauté de communes du Val de Brenne", "type": "communaute_de_communes", "organe": "conseil_communautaire"}))
N9.append(("entete9", {"titre": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", "tete": "COMMUNE DE VAUDREY", "date": "Réunion du conseil municipal du 26 septembre 2024 à 20 h 30 en mairie de Vaudrey"}, {}))
N9.append(("entete9", {"date": "Le vingt-six septembre deux mille vingt-quatre à vingt heures, le conseil municipal de cette commune, régulièrement convoqué, s'est réuni au nombre prescrit par la loi, dans le lieu habituel de ses séances, sous la présidence de M. Paul ROUX, Maire.", "pres": ""}, {}))
VARIANTES = V + W + X + Y + Z + R + E2 + H + N9
N9.append(("suppleances9", {**CC, "presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC (remplace M. Marc FAURE), Mme Iris VIDAL", "excuses": "Excusé : M. Marc FAURE (remplacé par M. Luc BLANC)"},
           {**CCA, "presents": ["Paul ROUX", "Anne PETIT", "Iris VIDAL"], "excuses": []}))
N9.append(("suppleances9", {**CC, "presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC (remplace M. Marc FAURE), Mme Iris VIDAL", "excuses": ""},
           {**CCA, "presents": ["Paul ROUX", "Anne PETIT", "Iris VIDAL"], "excuses": []}))
VARIANTES = V + W + X + Y + Z + R + E2 + H + N9

# ================================================================ dixième vague : noms
N10: list[tuple] = []
for noms in [
    {"Paul ROUX": "Jean-Pierre DE LA ROCHE"},
    {"Anne PETIT": "Marie-Thérèse DUPONT-MOREAU"},
    {"Luc BLANC": "José DA SILVA"},
    {"Iris VIDAL": "Mohamed BEN ALI"},
    {"Luc BLANC": "Jean LE GOFF"},
    {"Anne PETIT": "Stéphane LEFÈVRE"},
    {"Paul ROUX": "Éric ÉTIENNE"},
    {"Iris VIDAL": "Iris MARTIN"},
    {"Nadia BERGER": "Nadia SAINT-JEAN"},
    {"Marc FAURE": "Marc LA"},
    {"Luc BLANC": "Luc MAIRESSE"},
    {"Anne PETIT": "Anne PRÉSIDENTE"},  # pas réaliste : garde-fou
    {"Paul ROUX": "Paul CONSEIL"},
    {"Luc BLANC": "Luc DE"},
    {"Iris VIDAL": "Iris VAN DEN BOSSCHE"},
    {"Paul ROUX": "Paul ROUX-DE BRISSAC"},
    {"Anne PETIT": "Anne O'CONNOR"},
    {"Nadia BERGER": "Nadia BERGER-VACHON"},
    {"Paul ROUX": "Pierre-Yves LE BRIS"},
    {"Luc BLANC": "Guy MOREAU"},
]:
    N10.append(("noms10", {}, {}, {"noms": noms}))
VARIANTES = V + W + X + Y + Z + R + E2 + H + N9 + N10

# ================================================================ onzième vague : titres et votes piégés
T11: list[tuple] = []
for titre in [
    "Vote des taux d'imposition 2024",
    "Adoption du rapport sur le prix et la qualité de l'eau",
    "Pouvoirs de police du Maire : convention avec la gendarmerie",
    "Présentation du rapport d'activité 2023 du SIVOM",
    "Absence de délibération : information",
    "Secrétariat de mairie : création d'un poste",
    "Unanimité des créanciers : remise gracieuse",
    "Contre-proposition de la commune au projet de SCoT",
    "Approbation de la modification n° 2 du PLU",
    "Rapport de la commission des finances du 12 septembre 2024",
    "Convocation des électeurs : référendum local",
    "Délégation de service public de l'eau : choix du délégataire",
]:
    T11.append(("titres11", {"objet": f"Délibération n° 2024-31 : {titre}"}, {"objet": titre}))
for t, s_ in [
    ("Le conseil municipal, après en avoir délibéré, à l'unanimité des membres présents (4 voix), approuve les tarifs.", dict(unanimite=True, pour=4, resultat="adopte")),
    ("Mme Iris VIDAL, intéressée, ne prend pas part au vote.\nAdopté par 4 voix pour.", dict(pour=4, ne_prend_pas_part=1, resultat="adopte")),
    ("Adopté à l'unanimité (M. Luc BLANC ne prend pas part au vote).", dict(unanimite=True, ne_prend_pas_part=1, resultat="adopte")),
    ("Pour : 4\nContre : 1\nAbstention : 0", dict(pour=4, contre=1, abstentions=0)),
    ("Pour\t4\nContre\t1\nAbstention\t0", dict(pour=4, contre=1, abstentions=0)),
    ("POUR 4 – CONTRE 1 – ABSTENTION 0", dict(pour=4, contre=1, abstentions=0)),
    ("Adopté : 4 pour – 1 contre", dict(pour=4, contre=1, resultat="adopte")),
    ("Adopté à la majorité des suffrages exprimés : 4 pour, 1 contre.", dict(pour=4, contre=1, resultat="adopte")),
    ("Le conseil municipal prend acte de cette communication.", dict()),
    ("Le conseil municipal, après en avoir délibéré, par 4 voix pour, 1 voix contre, APPROUVE les tarifs ; AUTORISE le Maire à signer tout document.", dict(pour=4, contre=1, resultat="adopte")),
]:
    T11.append(("votes11", {"vote": t}, S(**s_) if s_ else {"scrutin": None}))

VARIANTES = V + W + X + Y + Z + R + E2 + H + N9 + N10 + T11

# ================================================================ douzième vague : dates abîmées
D12: list[tuple] = []
for t, d, req in [
    ("Séance du 31 septembre 2024", None, ("extrait.date",)),
    ("Séance du 26 septembre 2O24", D, ("extrait.annee-deduite",)),
    ("Séance du 26/09/24", D, ()),
    ("Séance du 26 septembre", D, ("extrait.",)),
    ("Séance du 26 septembre 20024", D, ("extrait.annee-deduite",)),
    ("Séance du 26 septmbre 2024", None, ("extrait.date",)),
    ("Séance du 26 sept 2024", D, ()),
    ("Séance du 26.9.2024", D, ()),
]:
    D12.append(("dates12", {"date": t}, {"date": d}, {"requis": req}))
VARIANTES = V + W + X + Y + Z + R + E2 + H + N9 + N10 + T11 + D12

# ================================================================ treizième vague : fonctions autour des noms
F13: list[tuple] = []
for cle, t in [
    ("presents", "Présents : M. le Maire Paul ROUX, Mme la 1ère adjointe Anne PETIT, M. Luc BLANC, Mme Iris VIDAL"),
    ("presents", "Présents : Monsieur Paul ROUX, Maire ; Madame Anne PETIT, Première Adjointe ; Monsieur Luc BLANC, Conseiller municipal délégué ; Madame Iris VIDAL, Conseillère municipale"),
    ("presents", "Présents : M. Paul ROUX (Maire), Mme Anne PETIT (2e adjointe), M. Luc BLANC, Mme Iris VIDAL"),
    ("presents", "Présents : Paul ROUX, maire - Anne PETIT, adjointe - Luc BLANC, conseiller - Iris VIDAL, conseillère"),
    ("presents", "Présents : M. Paul ROUX, Maire, Mme Anne PETIT, Maire-adjointe, M. Luc BLANC, Mme Iris VIDAL, conseillers municipaux"),
    ("presents", "Présents : Mmes Anne PETIT (adjointe), Iris VIDAL ; MM. Paul ROUX (Maire), Luc BLANC"),
    ("pres", "Sous la présidence de M. le Maire, Paul ROUX"),
    ("pres", "Présidence : Monsieur Paul ROUX, Maire de Vaudrey"),
    ("secr", "Secrétaire de séance : Mme la 1ère adjointe Anne PETIT"),
    ("secr", "Secrétaire de séance : Mme Anne PETIT, adjointe au maire"),
    ("pouvoirs", "Pouvoirs : Mme Nadia BERGER, conseillère municipale, à M. Luc BLANC, adjoint"),
    ("pouvoirs", "Pouvoirs : Mme la 3e adjointe Nadia BERGER donne pouvoir à M. Luc BLANC"),
    ("excuses", "Absent excusé : M. le 2e adjoint Marc FAURE"),
]:
    F13.append(("fonctions13", {cle: t}, {}))
VARIANTES = V + W + X + Y + Z + R + E2 + H + N9 + N10 + T11 + D12 + F13

# ================================================================ quatorzième vague (27/11/2026)
# Tournures de procuration, d'intitulé de présents et d'absents, de secrétaire, de président,
# de vote, de décompte, de date et de convocation que les vagues précédentes n'avaient pas
# (« a remis un pouvoir à », « Votes par procuration : », « S'est excusé : », « M. X est
# excusé. », « Abstention : néant », « sous la présidence de son maire »…). Les intitulés
# « Assistaient à la séance : » et « Ont assisté à la séance : » ne sont pas sondés : ils
# nomment aussi le personnel, l'analyseur les lit comme tels.
S14: list[tuple] = []
D14 = "2024-09-26"
E14 = {"en_exercice": 6, "presents": 4, "votants": 5}
for t in [
    "Mme Nadia BERGER a remis un pouvoir à M. Luc BLANC",
    "Mme Nadia BERGER a donné pouvoir de la représenter à M. Luc BLANC",
    "Pouvoir de vote : Mme Nadia BERGER au profit de M. Luc BLANC",
    "Mme Nadia BERGER (procuration donnée à M. Luc BLANC)",
    "Excusée : Mme Nadia BERGER qui a donné pouvoir à M. Luc BLANC",
    "Mme Nadia BERGER a chargé M. Luc BLANC de voter en son nom",
    "Procurations : Mme Nadia BERGER en faveur de M. Luc BLANC",
    "M. Luc BLANC est porteur de la procuration de Mme Nadia BERGER",
    "M. Luc BLANC détient le pouvoir de Mme Nadia BERGER",
    "Mme Nadia BERGER : pouvoir à M. Luc BLANC",
    "Mme Nadia BERGER a donné procuration à M. Luc BLANC pour la représenter",
    "Mandats : Mme Nadia BERGER à M. Luc BLANC",
    "Procuration donnée par Mme Nadia BERGER à M. Luc BLANC",
    "Absents ayant donné procuration : Mme Nadia BERGER (à M. Luc BLANC)",
    "Représentation : Mme Nadia BERGER par M. Luc BLANC",
    "Votes par procuration : Mme Nadia BERGER à M. Luc BLANC",
    "Mme Nadia BERGER donne pouvoir à M. BLANC Luc",
    "Mme Nadia BERGER (pouvoir : M. Luc BLANC)",
    "Mme Nadia BERGER – pouvoir à M. Luc BLANC",
    "Absente : Mme Nadia BERGER (a donné pouvoir à M. Luc BLANC)",
    "Absents excusés ayant donné pouvoir : Mme Nadia BERGER à M. Luc BLANC",
    "Pouvoirs écrits : Mme Nadia BERGER à M. Luc BLANC",
    "Procuration écrite de Mme Nadia BERGER à M. Luc BLANC",
    "Mme Nadia BERGER, absente, a donné pouvoir à M. Luc BLANC.",
    "Excusée et représentée : Mme Nadia BERGER par M. Luc BLANC",
    "Membres représentés : Mme Nadia BERGER (par M. Luc BLANC)",
    "Mme Nadia BERGER s'est fait représenter par M. Luc BLANC",
    "Mme Nadia BERGER a délégué son droit de vote à M. Luc BLANC",
    "Mme Nadia BERGER avait donné pouvoir à M. Luc BLANC",
    "Pouvoirs : Mme Nadia BERGER > M. Luc BLANC",
    "Pouvoirs : Mme Nadia BERGER => M. Luc BLANC",
    "Pouvoirs : Mme Nadia BERGER à Luc BLANC",
    "Pouvoirs : Madame Nadia BERGER à Monsieur Luc BLANC",
    "Absents représentés : Mme Nadia BERGER, pouvoir donné à M. Luc BLANC",
    "Procuration : de Mme Nadia BERGER à M. Luc BLANC",
]:
    S14.append(("procurations14", {"pouvoirs": t}, {"procurations": PR}))
for t in [
    "Conseillers présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL",
    "Élus présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL",
    "Étaient présents Mesdames et Messieurs : Paul ROUX, Anne PETIT, Luc BLANC, Iris VIDAL",
    "Présent(e)s : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL",
    "Présents: M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL",
    "Présents : Mmes Anne PETIT, Iris VIDAL ; MM. Paul ROUX, Luc BLANC",
    "Présents à la séance : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL",
    "Etaient présents : Paul ROUX / Anne PETIT / Luc BLANC / Iris VIDAL",
    "Présents : ROUX Paul, PETIT Anne, BLANC Luc, VIDAL Iris",
    "Présents : M. ROUX, Maire, Mme PETIT, M. BLANC, Mme VIDAL, adjoints",
    "Étaient présents : M. Paul ROUX ; Mme Anne PETIT ; M. Luc BLANC ; Mme Iris VIDAL.",
    "Présents :\nPaul ROUX\nAnne PETIT\nLuc BLANC\nIris VIDAL",
    "Présents :\n* M. Paul ROUX\n* Mme Anne PETIT\n* M. Luc BLANC\n* Mme Iris VIDAL",
    "Présents : Monsieur ROUX Paul, Madame PETIT Anne, Monsieur BLANC Luc, Madame VIDAL Iris",
    "Les membres présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL",
    "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL, soit 4 conseillers",
    "Présents : M. Paul ROUX, maire, président ; Mmes Anne PETIT, Iris VIDAL ; M. Luc BLANC",
]:
    S14.append(("presents14", {"presents": t}, {"presents": P}))
for t in [
    "Mme Anne PETIT remplit les fonctions de secrétaire.",
    "Le conseil désigne Mme Anne PETIT comme secrétaire de séance.",
    "Désignation du secrétaire de séance : Mme Anne PETIT",
    "Mme Anne PETIT se porte volontaire pour assurer le secrétariat de séance.",
    "Mme Anne PETIT est désignée pour assurer le secrétariat de la séance.",
    "Mme Anne PETIT a été désignée pour remplir les fonctions de secrétaire de séance.",
    "Secrétaire élue : Mme Anne PETIT",
    "Secrétaire de séance : Mme Anne PETIT, élue à l'unanimité",
    "Mme Anne PETIT a été nommée secrétaire de séance à l'unanimité des membres présents.",
    "Madame Anne PETIT est élue secrétaire.",
    "Le conseil municipal nomme Mme Anne PETIT secrétaire de séance.",
    "Secrétaire de la séance : Mme Anne PETIT",
    "Mme Anne PETIT assure le secrétariat de séance.",
    "Secrétaire : Anne PETIT",
    "SECRÉTAIRE DE SÉANCE : Mme Anne PETIT",
]:
    S14.append(("secretaire14", {"secr": t}, {"secretaires": ["Anne PETIT"]}))
for t in [
    "La séance est ouverte sous la présidence de M. Paul ROUX, Maire.",
    "Présidée par M. Paul ROUX, Maire",
    "Monsieur le Maire, Paul ROUX, ouvre la séance à 20 h.",
    "M. Paul ROUX, Maire, préside la séance.",
    "Président de la séance : M. Paul ROUX, Maire",
    "La présidence est assurée par M. Paul ROUX, Maire.",
    "M. Paul ROUX, maire, présidant la séance,",
    "Sous la présidence de M. Paul ROUX (Maire)",
    "sous la présidence de Paul ROUX, maire.",
    "Présidence de M. Paul ROUX, Maire",
    "SOUS LA PRÉSIDENCE DE M. Paul ROUX, MAIRE",
]:
    S14.append(("president14", {"pres": t}, {"president": "Paul ROUX"}))
for t, att in [
    ("Excusé(e)s : M. Marc FAURE", {}),
    ("Absents avec excuse : M. Marc FAURE", {}),
    ("S'est excusé : M. Marc FAURE", {}),
    ("M. Marc FAURE s'est excusé.", {}),
    ("M. Marc FAURE est excusé.", {}),
    ("Absent ayant présenté ses excuses : M. Marc FAURE", {}),
    ("Membres excusés : M. Marc FAURE", {}),
    ("Conseillers excusés : M. Marc FAURE", {}),
    ("Absent sans excuse : M. Marc FAURE", {"excuses": [], "absents": ["Marc FAURE"]}),
    ("Étaient absents : M. Marc FAURE (excusé)", {}),
    ("Excusés : M. Marc FAURE – Absents : /", {}),
    ("Absents excusés : M. Marc FAURE ; absents : néant", {}),
    ("Excusé : Monsieur FAURE Marc", {}),
    ("ABSENT EXCUSÉ : M. Marc FAURE", {}),
    ("Absents-excusés : M. Marc FAURE", {}),
    ("Excusé et non représenté : M. Marc FAURE", {}),
    ("Absent excusé sans pouvoir : M. Marc FAURE", {}),
]:
    S14.append(("absents14", {"excuses": t}, att))
for t, s in [
    ("Vote à main levée : adopté à l'unanimité.", dict(unanimite=True, resultat="adopte")),
    ("Adopté à l'unanimité des suffrages exprimés.", dict(unanimite=True, resultat="adopte")),
    ("Voté à l'unanimité.", dict(unanimite=True, resultat="adopte")),
    ("Délibération adoptée à l'unanimité.", dict(unanimite=True, resultat="adopte")),
    ("Adopté par 4 voix pour et 1 voix contre.", dict(pour=4, contre=1, resultat="adopte")),
    ("Pour : 4 voix ; Contre : 1 voix ; Abstention : néant", dict(pour=4, contre=1, abstentions=0)),
    ("Pour : 4, contre : 1, abstention : 0.", dict(pour=4, contre=1, abstentions=0)),
    ("Vote : 4 POUR – 1 CONTRE – 0 ABSTENTION", dict(pour=4, contre=1, abstentions=0)),
    ("Le conseil municipal, après en avoir délibéré, avec 4 voix pour et 1 abstention, approuve les tarifs.", dict(pour=4, abstentions=1, resultat="adopte")),
    ("Après délibération, le conseil municipal adopte à l'unanimité.", dict(unanimite=True, resultat="adopte")),
    ("Votants : 5 – Pour : 5 – Contre : 0 – Abstention : 0", dict(pour=5, contre=0, abstentions=0)),
    ("Pour : 4 | Contre : 1 | Abstention : 0", dict(pour=4, contre=1, abstentions=0)),
    ("Vote : adopté (4 pour, 1 contre)", dict(pour=4, contre=1, resultat="adopte")),
    ("4 POUR, 1 CONTRE", dict(pour=4, contre=1)),
    ("Adopté à 4 voix pour, 1 contre.", dict(pour=4, contre=1, resultat="adopte")),
    ("Unanimité des présents et représentés.", dict(unanimite=True)),
    ("Le Conseil adopte par 4 voix pour et 1 voix contre.", dict(pour=4, contre=1, resultat="adopte")),
    ("Après en avoir délibéré, le Conseil Municipal, à l'unanimité des membres présents et représentés, décide d'approuver les tarifs.", dict(unanimite=True, resultat="adopte")),
    ("Résultat du vote : 4 voix pour, 1 voix contre, 0 abstention. La délibération est adoptée.", dict(pour=4, contre=1, abstentions=0, resultat="adopte")),
    ("Vote : Pour = 4 ; Contre = 1 ; Abstention = 0", dict(pour=4, contre=1, abstentions=0)),
    ("Adopté à la majorité absolue (4 voix pour, 1 contre).", dict(pour=4, contre=1, resultat="adopte")),
    ("Décision : adopté par 4 voix pour, 1 abstention.", dict(pour=4, abstentions=1, resultat="adopte")),
    ("Le Conseil Municipal approuve, à la majorité, par 4 voix pour et 1 voix contre.", dict(pour=4, contre=1, resultat="adopte")),
    ("Pour : 4 - Contre : 0 - Abstention : 1 (M. Luc BLANC)", dict(pour=4, contre=0, abstentions=1)),
    ("Adopté : unanimité", dict(unanimite=True, resultat="adopte")),
]:
    S14.append(("votes14", {"vote": t}, S(**s)))
for t, d in [
    ("Conseillers en exercice : 6 • Présents : 4 • Votants : 5", E14),
    ("En exercice : 6, présents : 4, votants : 5", E14),
    ("Nombre de Conseillers : En exercice : 6 – Présents : 4 – Pouvoirs : 1 – Votants : 5", {**E14, "procurations": 1}),
    ("Membres en fonction : 6 ; présents : 4 ; votants : 5", E14),
    ("Conseillers présents : 4 – Conseillers votants : 5 – Conseillers en exercice : 6", E14),
    ("Nombre de conseillers en exercice : 6, de présents : 4, de votants : 5", E14),
    ("Exercice : 6 Présents : 4 Votants : 5", E14),
    ("6 membres en exercice – 4 présents – 1 pouvoir – 5 votants", {**E14, "procurations": 1}),
    ("Nombre de membres dont le conseil doit être composé : 7 ; en exercice : 6 ; présents : 4 ; votants : 5", {**E14, "membres": 7}),
    ("Nombre de conseillers : 7 ; en exercice : 6 ; présents : 4 ; représentés : 1 ; votants : 5", {**E14, "membres": 7, "procurations": 1}),
    ("EN EXERCICE : 6 - PRÉSENTS : 4 - VOTANTS : 5", E14),
    ("Nb de conseillers en exercice : 6 - Nb de présents : 4 - Nb de votants : 5", E14),
    ("Membres en exercice 6 - Présents 4 - Votants 5", E14),
    ("Conseillers en exercice = 6 ; Présents = 4 ; Votants = 5", E14),
]:
    S14.append(("decomptes14", {"compte": t}, {"decomptes": d}))
for t, d in [
    ("Réunion du Conseil Municipal – 26/09/2024", D14),
    ("CONSEIL MUNICIPAL – SÉANCE ORDINAIRE DU 26.09.2024", D14),
    ("Le jeudi 26 septembre 2024, à 20 heures, le Conseil municipal s'est réuni en mairie.", D14),
    ("L'an deux mille vingt-quatre et le vingt-six du mois de septembre", D14),
    ("Séance du 26 septembre 2024 – 20 h 30 – Salle du conseil", D14),
    ("Séance ordinaire du 26/09/24", D14),
    ("Le 26 septembre 2024 à 20 h 30, le Conseil Municipal, légalement convoqué, s'est réuni à la mairie sous la présidence de son maire.", D14),
    ("L'an deux mille vingt-quatre, le vingt-six du mois de septembre à vingt heures trente", D14),
    ("Séance du Conseil municipal en date du 26 septembre 2024", D14),
    ("L'an deux mille vingt-quatre, le jeudi 26 septembre", D14),
    ("PV DU CONSEIL MUNICIPAL DU 26 SEPTEMBRE 2024", D14),
    ("Conseil municipal – Séance du jeudi 26 septembre 2024", D14),
    ("Le 26 septembre 2024 à vingt heures", D14),
    ("Séance du 26 Sept. 2024", D14),
    ("L’an deux mille vingt-quatre, le vingt-six septembre, à dix-huit heures", D14),
]:
    S14.append(("date14", {"date": t}, {"date": d}))
for t in [
    "Date de la convocation : 18/09/2024",
    "Convocation adressée le 18 septembre 2024",
    "Convoqué le : 18.09.2024",
    "Date d'envoi de la convocation : 18 septembre 2024",
    "Les conseillers ont été convoqués le 18 septembre 2024.",
    "Date convocation : 18/09/2024",
    "Convocation transmise le 18 septembre 2024",
    "Date de convocation du conseil municipal : 18 septembre 2024",
    "Convocation : mercredi 18/09/2024",
    "Convocations envoyées le 18-09-2024",
]:
    S14.append(("convocation14", {"conv": t}, {}))
# plusieurs points : numéros « Point n° 1 : », « 1°) », « I – », « 2024-DEL-031 : », « Affaire n° 1 – »…
U14 = dict(unanimite=True)
C14 = dict(pour=3, contre=2)
for p1, p2, n1, n2 in [
    ("Point n° 1 : Tarifs de la cantine", "Point n° 2 : Subvention au comité des fêtes", "1", "2"),
    ("1°) Tarifs de la cantine", "2°) Subvention au comité des fêtes", "1", "2"),
    ("I – Tarifs de la cantine", "II – Subvention au comité des fêtes", "I", "II"),
    ("2024-DEL-031 : Tarifs de la cantine", "2024-DEL-032 : Subvention au comité des fêtes", "2024-DEL-031", "2024-DEL-032"),
    ("N°2024/031 - OBJET : Tarifs de la cantine", "N°2024/032 - OBJET : Subvention au comité des fêtes", "2024/031", "2024/032"),
    ("Dossier n° 1 : Tarifs de la cantine", "Dossier n° 2 : Subvention au comité des fêtes", "1", "2"),
    ("Rapport n° 1 : Tarifs de la cantine", "Rapport n° 2 : Subvention au comité des fêtes", "1", "2"),
    ("1 - TARIFS DE LA CANTINE", "2 - SUBVENTION AU COMITÉ DES FÊTES", "1", "2"),
    ("Affaire n° 1 – Tarifs de la cantine", "Affaire n° 2 – Subvention au comité des fêtes", "1", "2"),
    ("1/ Tarifs de la cantine", "2/ Subvention au comité des fêtes", "1", "2"),
    ("Délibération n° 31-2024 : Tarifs de la cantine", "Délibération n° 32-2024 : Subvention au comité des fêtes", "31-2024", "32-2024"),
    ("DEL 2024-31 – Tarifs de la cantine", "DEL 2024-32 – Subvention au comité des fêtes", "2024-31", "2024-32"),
    ("2024_31 Tarifs de la cantine", "2024_32 Subvention au comité des fêtes", "2024_31", "2024_32"),
    ("Délibération n° 2024.31 – Objet : Tarifs de la cantine", "Délibération n° 2024.32 – Objet : Subvention au comité des fêtes", "2024.31", "2024.32"),
    ("Question 1 : Tarifs de la cantine", "Question 2 : Subvention au comité des fêtes", "1", "2"),
]:
    for v1, v2, d1, d2 in [
        ("Adopté à l'unanimité.", "Pour : 3 - Contre : 2 - Abstention : 0", U14, dict(C14, abstentions=0)),
    ]:
        t = f"{p1}\n{v1}\n{p2}\n{v2}"
        S14.append(("points14", {"objet": t, "vote": ""}, {"delibs": [{"numero": n1, **d1}, {"numero": n2, **d2}]}))
# délégués rangés par commune (« M. X - Commune », « Commune : A, B – Commune : C »), organes
# et collectivités dans la phrase d'ouverture
EPCI4 = {"presents": "Présents : M. Paul ROUX, Président, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL",
         "pres": "Sous la présidence de M. Paul ROUX, Président",
         "vote": "Le conseil communautaire, après en avoir délibéré, à l'unanimité, approuve les tarifs.",
         "compte": "Nombre de délégués en exercice : 6 - Présents : 4 - Votants : 5",
         "tete": "COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE", "titre": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE"}
P4 = ["Paul ROUX", "Anne PETIT", "Luc BLANC", "Iris VIDAL"]
for t in [
    "Présents :\nVAUDREY : M. Paul ROUX, Mme Anne PETIT\nLA LOYE : M. Luc BLANC, Mme Iris VIDAL",
    "Délégués présents :\nCommune de Vaudrey : M. Paul ROUX, Mme Anne PETIT\nCommune de La Loye : M. Luc BLANC, Mme Iris VIDAL",
    "Présents : M. Paul ROUX (Vaudrey), Mme Anne PETIT (Vaudrey), M. Luc BLANC (La Loye), Mme Iris VIDAL (La Loye)",
    "Présents :\nVAUDREY\nM. Paul ROUX\nMme Anne PETIT\nLA LOYE\nM. Luc BLANC\nMme Iris VIDAL",
    "Étaient présents : Vaudrey : Paul ROUX, Anne PETIT – La Loye : Luc BLANC, Iris VIDAL",
    "Présents : Paul ROUX, Anne PETIT (Vaudrey) ; Luc BLANC, Iris VIDAL (La Loye)",
    "Délégués titulaires présents : M. Paul ROUX - Vaudrey, Mme Anne PETIT - Vaudrey, M. Luc BLANC - La Loye, Mme Iris VIDAL - La Loye",
    "Présents :\nPour la commune de Vaudrey : M. Paul ROUX, Mme Anne PETIT\nPour la commune de La Loye : M. Luc BLANC, Mme Iris VIDAL",
    "Présents :\nM. Paul ROUX\tVaudrey\nMme Anne PETIT\tVaudrey\nM. Luc BLANC\tLa Loye\nMme Iris VIDAL\tLa Loye",
    "Présents : MM. ROUX Paul (Vaudrey), BLANC Luc (La Loye), Mmes PETIT Anne (Vaudrey), VIDAL Iris (La Loye)",
]:
    S14.append(("epci14", {**EPCI4, "presents": t}, {"presents": P4, "collectivite": "Communauté de communes du Val de Brenne", "type": "communaute_de_communes", "organe": "conseil_communautaire"}))
for tete, titre, c, typ, org in [
    ("COMMUNAUTÉ DE COMMUNES VAL DE BRENNE ET PLAINE", "PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL COMMUNAUTAIRE", "Communauté de communes Val de Brenne et Plaine", "communaute_de_communes", "conseil_communautaire"),
    ("Syndicat Intercommunal d'Électricité du Jura (SIEJ)", "Réunion du Comité syndical", "Syndicat Intercommunal d'Électricité du Jura", "syndicat", "comite_syndical"),
    ("SYNDICAT MIXTE DE TRAITEMENT DES DÉCHETS DU JURA NORD", "COMITÉ SYNDICAL – PROCÈS-VERBAL", "Syndicat mixte de traitement des déchets du Jura Nord", "syndicat", "comite_syndical"),
    ("SIVU DU COLLÈGE DE VAUDREY", "Compte rendu de la réunion du comité", "SIVU du collège de Vaudrey", "syndicat", "comite_syndical"),
    ("Communauté de Communes du Pays de Vaudrey", "Bureau communautaire du 26 septembre 2024", "Communauté de communes du Pays de Vaudrey", "communaute_de_communes", "bureau"),
    ("CONSEIL DÉPARTEMENTAL DU JURA", "COMMISSION PERMANENTE – RÉUNION", "Conseil départemental du Jura", "departement", "commission_permanente"),
    ("Région Bourgogne-Franche-Comté", "Commission permanente du Conseil régional", "Région Bourgogne-Franche-Comté", "region", "commission_permanente"),
    ("COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND VAUDREY", "BUREAU COMMUNAUTAIRE – EXTRAIT DU REGISTRE", "Communauté d'agglomération du Grand Vaudrey", "communaute_d_agglomeration", "bureau"),
]:
    vote = "Le comité, après en avoir délibéré, à l'unanimité, approuve les tarifs." if typ == "syndicat" else EPCI4["vote"]
    S14.append(("organe14", {**EPCI4, "tete": tete, "titre": titre, "vote": vote}, {"collectivite": c, "type": typ, "organe": org}))
for date, c in [
    ("L'an deux mille vingt-quatre, le vingt-six septembre, à vingt heures, les membres du conseil municipal de la commune de Vaudrey se sont réunis à la mairie.", "Vaudrey"),
    ("Le vingt-six septembre deux mille vingt-quatre, le conseil municipal de Vaudrey, légalement convoqué, s'est réuni en session ordinaire.", "Vaudrey"),
    ("Le 26 septembre 2024, à 20 heures, le Conseil municipal de la Ville de Vaudrey s'est réuni.", "Vaudrey"),
    ("Séance du 26 septembre 2024 – Mairie de Vaudrey, salle du conseil", "Vaudrey"),
]:
    S14.append(("collectivite14", {"tete": "", "titre": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", "date": date}, {"collectivite": c}))
# arrivées et départs sans numéro de point, entre deux points ou dans la liste des présents
DEUX5 = "Délibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\n{milieu}Délibération n° 2024-32 : Subvention au comité des fêtes\nAdopté à l'unanimité."
D5 = [{"numero": "2024-31", "unanimite": True}, {"numero": "2024-32", "unanimite": True}]
for milieu, mv in [
    ("Mme Iris VIDAL arrive en séance.", [2, None]),
    ("Arrivée de Mme Iris VIDAL à 20 h 45.", [2, None]),
    ("Mme Iris VIDAL rejoint la séance.", [2, None]),
    ("Mme Iris VIDAL entre en séance.", [2, None]),
    ("Mme Iris VIDAL prend place dans l'assemblée.", [2, None]),
    ("(Arrivée de Mme Iris VIDAL)", [2, None]),
    ("Mme Iris VIDAL rejoint l'assemblée à 20 h 50.", [2, None]),
    ("Mme Iris VIDAL quitte la séance.", [None, 1]),
    ("Départ de Mme Iris VIDAL.", [None, 1]),
    ("Mme Iris VIDAL quitte définitivement la séance.", [None, 1]),
    ("Mme Iris VIDAL s'absente définitivement.", [None, 1]),
    ("21 h 10 : départ de Mme Iris VIDAL.", [None, 1]),
    ("Mme Iris VIDAL quitte la salle du conseil et ne revient pas.", [None, 1]),
]:
    S14.append(("mouvements14", {"objet": DEUX5.format(milieu=milieu + "\n"), "vote": ""}, {"delibs": D5, "mouvements": {"Iris VIDAL": mv}}))
for dans_la_liste, mv in [
    ("Mme Iris VIDAL (à partir du point n° 2)", [2, None]),
    ("Mme Iris VIDAL (présente à partir de la délibération 2024-32)", [2, None]),
    ("Mme Iris VIDAL (jusqu'au point 1)", [None, 1]),
    ("Mme Iris VIDAL (partie après le point 1)", [None, 1]),
    ("Mme Iris VIDAL (arrivée pour le point 2)", [2, None]),
    ("Mme Iris VIDAL (présente jusqu'à la délibération 2024-31)", [None, 1]),
]:
    S14.append(("mouvements14", {"presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, " + dans_la_liste,
                             "objet": DEUX5.format(milieu=""), "vote": ""}, {"delibs": D5, "mouvements": {"Iris VIDAL": mv}}))
VARIANTES = V + W + X + Y + Z + R + E2 + H + N9 + N10 + T11 + D12 + F13 + S14

# ================================================================ quinzième vague (28/11/2026)
# Tournures absentes des vagues précédentes (vérifié par recherche dans ce fichier et dans le
# corpus) : procurations abrégées ou à flèche, présents en casse mixte ou par initiales,
# excusés en phrase, secrétaire élu ou désigné « pour remplir les fonctions », décomptes en
# rangée à barres, votes rejetés ou « à main levée », numéros « D2024-31 », mouvements
# « entre en séance à » et « se retire ».
S15: list[tuple] = []
for t in [
    "Pouvoirs : Mme Nadia BERGER → M. Luc BLANC",
    "Procurations : Mme Nadia BERGER donnant pouvoir à M. Luc BLANC",
    "Mme Nadia BERGER ayant donné procuration à M. Luc BLANC",
    "Pouvoirs : Nadia BERGER à Luc BLANC",
    "Pouvoirs : BERGER Nadia à BLANC Luc",
    "Absente représentée : Mme Nadia BERGER (procuration à M. Luc BLANC)",
    "Mme Nadia BERGER (proc. à M. Luc BLANC)",
    "Mme Nadia BERGER donne pouvoir de voter en son nom à M. Luc BLANC",
    "Pouvoir de Mme Nadia BERGER confié à M. Luc BLANC",
    "Mme Nadia BERGER a confié sa procuration à M. Luc BLANC",
    "Mme Nadia BERGER, excusée, représentée par M. Luc BLANC",
    "Mandat de Mme Nadia BERGER à M. Luc BLANC",
    "Absents ayant donné pouvoir : Mme Nadia BERGER → M. Luc BLANC",
    "Mme BERGER Nadia pouvoir à M. BLANC Luc",
    "Mme Nadia BERGER a donné pouvoir écrit à M. Luc BLANC",
    "Pouvoir de Mme Nadia BERGER (donné à M. Luc BLANC)",
    "Mme Nadia BERGER (représentée par M. Luc BLANC)",
    "Pouvoir : Mme Nadia BERGER donné à M. Luc BLANC",
]:
    S15.append(("procurations15", {"pouvoirs": t}, {"procurations": PR}))
for t, noms in [
    ("Membres présents : Paul ROUX, Anne PETIT, Luc BLANC, Iris VIDAL", P),
    ("PRÉSENTS : M. Paul ROUX - Mme Anne PETIT - M. Luc BLANC - Mme Iris VIDAL", P),
    ("Présents : M. Paul ROUX ; Mme Anne PETIT ; M. Luc BLANC ; Mme Iris VIDAL.", P),
    ("Étaient présents : M. Paul ROUX, Maire, Mme Anne PETIT, M. Luc BLANC, adjoints, Mme Iris VIDAL, conseillère municipale", P),
    ("Présents : Monsieur Paul ROUX, Madame Anne PETIT, Monsieur Luc BLANC et Madame Iris VIDAL", P),
    ("Sont présents les conseillers municipaux suivants : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", P),
    ("Présents : Mesdames Anne PETIT, Iris VIDAL, Messieurs Paul ROUX, Luc BLANC", P),
    ("Présents : Paul Roux, Anne Petit, Luc Blanc, Iris Vidal", P),
    ("Étaient présents : M. ROUX, Mme PETIT, M. BLANC, Mme VIDAL", ["ROUX", "PETIT", "BLANC", "VIDAL"]),
    ("Présents : M. Paul ROUX (Maire), Mme Anne PETIT (1re adjointe), M. Luc BLANC, Mme Iris VIDAL", P),
    ("Présents : M. Paul ROUX, Mmes Anne PETIT et Iris VIDAL, M. Luc BLANC", P),
]:
    S15.append(("presents15", {"presents": t}, {"presents": noms}))
for t, att in [
    ("Excusé : Marc FAURE", {}),
    ("Excusés : M. Marc FAURE.", {}),
    ("Était excusé : M. Marc FAURE", {}),
    ("Membre excusé : M. Marc FAURE", {}),
    ("Absent excusé : FAURE Marc", {}),
    ("Était absent excusé : M. Marc FAURE", {}),
    ("Absent : M. Marc FAURE (excusé)", {}),
    ("Absence excusée : M. Marc FAURE", {}),
    ("Absents : M. Marc FAURE (excusé), Mme Lise MOREAU", {"absents": ["Lise MOREAU"]}),
    ("Absente non excusée : Mme Lise MOREAU ; Excusé : M. Marc FAURE", {"absents": ["Lise MOREAU"]}),
]:
    S15.append(("absents15", {"excuses": t}, att))
for t in [
    "Secrétaire de séance : Anne PETIT.",
    "Mme Anne PETIT est nommée secrétaire de séance à l'unanimité.",
    "Mme Anne PETIT a été désignée pour remplir les fonctions de secrétaire.",
    "Madame Anne PETIT est désignée secrétaire.",
    "Mme Anne PETIT a été choisie comme secrétaire de séance.",
]:
    S15.append(("secretaire15", {"secr": t}, {"secretaires": ["Anne PETIT"]}))
for t, d in [
    ("Membres en exercice : 6 / Présents : 4 / Votants : 5", E14),
    ("En exercice : 6 | Présents : 4 | Votants : 5", E14),
    ("Conseillers en exercice : 6 Conseillers présents : 4 Conseillers votants : 5", E14),
    ("Nombre de conseillers en exercice : six – présents : quatre – votants : cinq", E14),
    ("Présents : 4 – Pouvoirs : 1 – Votants : 5 – En exercice : 6", {**E14, "procurations": 1}),
    ("Nombre de conseillers en exercice : 6. Nombre de présents : 4. Nombre de votants : 5.", E14),
    ("Conseillers : en exercice : 6 ; présents : 4 ; votants : 5", E14),
    ("Membres : 6 en exercice, 4 présents, 5 votants", E14),
]:
    S15.append(("decomptes15", {"compte": t}, {"decomptes": d}))
for t, s_ in [
    ("Pour : 4 ; Contre : 1 ; Abstention : 0", dict(pour=4, contre=1, abstentions=0)),
    ("Votants : 5 – Pour : 4 – Contre : 1", dict(pour=4, contre=1)),
    ("Adoptée par 4 voix pour et 1 voix contre", dict(pour=4, contre=1, resultat="adopte")),
    ("Approuvé à l'unanimité (5 voix).", dict(unanimite=True, resultat="adopte")),
    ("Après en avoir délibéré, le conseil municipal, par 4 voix pour et 1 abstention, approuve les tarifs.", dict(pour=4, abstentions=1, resultat="adopte")),
    ("POUR : 4 CONTRE : 1 ABSTENTION : 0", dict(pour=4, contre=1, abstentions=0)),
    ("Vote à main levée : 4 pour, 1 contre", dict(pour=4, contre=1)),
    ("Adopté (4 pour, 1 contre)", dict(pour=4, contre=1, resultat="adopte")),
    ("Unanimité.", dict(unanimite=True)),
    ("Le conseil municipal, à l'unanimité, décide d'approuver les tarifs.", dict(unanimite=True, resultat="adopte")),
    ("La proposition est adoptée à l'unanimité.", dict(unanimite=True, resultat="adopte")),
    ("Adopté par 4 voix pour, 1 voix contre et 0 abstention.", dict(pour=4, contre=1, abstentions=0, resultat="adopte")),
]:
    S15.append(("votes15", {"vote": t}, S(**s_)))
for t in [
    "Date d'envoi de la convocation : 18/09/2024",
    "Convoqué le 18 septembre 2024",
    "Date de convocation et d'affichage : 18 septembre 2024",
    "Date de la convocation : 18.09.2024",
]:
    S15.append(("convocation15", {"conv": t}, {}))
for t, d in [
    ("Conseil municipal – séance du 26.09.2024", D14),
    ("Le jeudi 26 septembre 2024, à 19 heures, le conseil municipal s'est réuni.", D14),
    ("Réunion du Conseil municipal en date du 26 septembre 2024", D14),
    ("Date de la réunion : 26/09/2024", D14),
    ("Séance ordinaire du 26 septembre 2024 à 20h30 en Mairie", D14),
    ("Procès-verbal de la séance du 26/09/2024", D14),
]:
    S15.append(("date15", {"date": t}, {"date": d}))
for p1, p2, n1, n2 in [
    ("N° 2024/31 – Tarifs de la cantine", "N° 2024/32 – Subvention au comité des fêtes", "2024/31", "2024/32"),
    ("Délibération 2024.31 : Tarifs de la cantine", "Délibération 2024.32 : Subvention au comité des fêtes", "2024.31", "2024.32"),
    ("2024-31 – TARIFS DE LA CANTINE", "2024-32 – SUBVENTION AU COMITÉ DES FÊTES", "2024-31", "2024-32"),
    ("Point 1 : Tarifs de la cantine", "Point 2 : Subvention au comité des fêtes", "1", "2"),
    ("D2024-31 Tarifs de la cantine", "D2024-32 Subvention au comité des fêtes", "D2024-31", "D2024-32"),
    ("DEL-2024-31 : Tarifs de la cantine", "DEL-2024-32 : Subvention au comité des fêtes", "DEL-2024-31", "DEL-2024-32"),
    ("Délibération n°31/2024 : Tarifs de la cantine", "Délibération n°32/2024 : Subvention au comité des fêtes", "31/2024", "32/2024"),
]:
    t = f"{p1}\nAdopté à l'unanimité.\n{p2}\nPour : 3 - Contre : 2 - Abstention : 0"
    S15.append(("points15", {"objet": t, "vote": ""}, {"delibs": [{"numero": n1, **U14}, {"numero": n2, **dict(C14, abstentions=0)}]}))
for milieu, mv in [
    ("Mme Iris VIDAL entre en séance à 20 h 50.", [2, None]),
    ("Mme Iris VIDAL quitte l'assemblée à 21 h 15.", [None, 1]),
    ("Mme Iris VIDAL, arrivée en cours de séance, prend part au vote.", [2, None]),
]:
    S15.append(("mouvements15", {"objet": DEUX5.format(milieu=milieu + "\n"), "vote": ""}, {"delibs": D5, "mouvements": {"Iris VIDAL": mv}}))
# (« se retire » seul entre deux points n'est pas sondé : un retrait le temps d'un vote, comme
# « quitte la salle » ; le départ qui donne pouvoir ajoute une procuration)
S15.append(("mouvements15", {"objet": DEUX5.format(milieu="Mme Iris VIDAL quitte la séance et donne pouvoir à M. Luc BLANC.\n"), "vote": ""},
            {"delibs": D5, "mouvements": {"Iris VIDAL": [None, 1]}, "procurations": [*PR, ["Iris VIDAL", "Luc BLANC"]]}))
VARIANTES = V + W + X + Y + Z + R + E2 + H + N9 + N10 + T11 + D12 + F13 + S14 + S15

# ================================================================ seizième vague (28/11/2026)
# Têtes de documents : les mises en page des titres de procès-verbaux et de comptes rendus
# publiés (listes de titres des pages de docplayer.fr ; formes seules, communes et dates
# inventées) : apostrophe perdue (« CONSEIL MUNICIPAL D ORCHAMPS »), jour en capitales après
# la commune, étoiles et « ORDRE DU JOUR » dans la ligne du titre, « DECISIONS DU CONSEIL »,
# renvoi à l'article du CGCT dans le titre, convocation « adressée le … pour la réunion du … »,
# « Nbre de membres », « Quorum », « Affichée le », libellés dans le désordre, secrétaire
# « élu » sans prénom, président qui « déclare la séance ouverte ». Vérifié neuf par recherche.
S16: list[tuple] = []
SANS_TETE = {"tete": "", "titre": "", "date": ""}
for parts, att in [
    ({**SANS_TETE, "titre": "REUNION DU CONSEIL MUNICIPAL DE VAUDREY JEUDI 26 SEPTEMBRE 2024"}, {}),
    ({**SANS_TETE, "titre": "REUNION DU CONSEIL MUNICIPAL D ORCHAMPS JEUDI 26 SEPTEMBRE 2024"}, {"collectivite": "Orchamps"}),
    ({**SANS_TETE, "tete": "COMMUNE D ORCHAMPS", "date": "Séance du 26 septembre 2024"}, {"collectivite": "Orchamps"}),
    ({**SANS_TETE, "titre": "COMMUNE DE VAUDREY SEANCE DU 26 SEPTEMBRE 2024 * * * CONVOCATION DU 18 SEPTEMBRE ORDRE DU JOUR", "conv": ""}, {}),
    ({**SANS_TETE, "tete": "MAIRIE DE VAUDREY", "titre": "DECISIONS DU CONSEIL MUNICIPAL DU 26 SEPTEMBRE 2024 A 20 H 30"}, {}),
    ({**SANS_TETE, "tete": "COMMUNE DE VAUDREY", "titre": "CONSEIL MUNICIPAL du 26 Septembre 2024 COMPTE-RENDU (art. L 2121-25 du Code Général des Collectivités Territoriales)"}, {}),
    ({**SANS_TETE, "titre": "PROCÈS VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DE VAUDREY EN DATE DU 26 Septembre 2024"}, {}),
    ({**SANS_TETE, "tete": "VILLE DE VAUDREY Compte-rendu de la réunion de Conseil Municipal 26 septembre 2024"}, {}),
    ({**SANS_TETE, "tete": "COMMUNE DE VAUDREY", "titre": "REUNION DU CONSEIL MUNICIPAL SEANCE ORDINAIRE DU 26 SEPTEMBRE 2024 *************"}, {}),
    ({"tete": "DEPARTEMENT DU JURA ARRONDISSEMENT DE DOLE COMMUNE DE VAUDREY"}, {}),
    ({"tete": "REPUBLIQUE FRANCAISE DEPARTEMENT DU JURA COMMUNE de VAUDREY"}, {}),
    ({**SANS_TETE, "tete": "Département du Jura Mairie de Vaudrey. COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL du 26 Septembre 2024 à 20 H"}, {}),
    ({**SANS_TETE, "tete": "COMMUNE DE VAUDREY", "titre": "COMPTE RENDU CONSEIL MUNICIPAL en date du 26 Septembre 2024"}, {}),
    ({**SANS_TETE, "tete": "CONSEIL MUNICIPAL DE VAUDREY", "titre": "Séance du 26 septembre 2024 Compte-rendu"}, {}),
]:
    S16.append(("tete16", parts, att))
for parts, att in [
    ({"date": "", "conv": "Convocation du Conseil Municipal adressée le 18 SEPTEMBRE pour la réunion du JEUDI 26 SEPTEMBRE 2024 à 20 H 30"}, {}),
    ({"date": "", "conv": "Convocation adressée le 18/09/2024 pour la séance du 26/09/2024"}, {}),
    ({"compte": "Nbre de membres en exercice : 6 Quorum : 4 Date de la convocation : 18/09/2024 Affichée le : 19/09/2024", "conv": ""},
     {"decomptes": {"en_exercice": 6}}),
    ({"compte": "Nombre de membres : Présents : 4 En exercice : 6 Votants : 5."}, {}),
    ({"compte": "Membres en exercice : 6 Membres présents : 4 Membres votants : 5 Quorum : 4"}, {}),
    ({"compte": "En exercice : 6 - Quorum : 4 - Présents : 4 - Pouvoirs : 1 - Votants : 5"}, {"decomptes": {**E, "procurations": 1}}),
    ({"compte": "Conseillers en fonction : 6 ; présents : 4 ; votants : 5"}, {}),
]:
    S16.append(("entete16", parts, att))
for t, secr in [
    ("Mme PETIT a été élue secrétaire de séance.", ["PETIT"]),
    ("M ROUX a été élu secrétaire de séance.", ["ROUX"]),
    ("Secrétaire : Mme PETIT", ["PETIT"]),
    ("Mme Anne PETIT est nommée secrétaire.", ["Anne PETIT"]),
    ("A été désignée secrétaire de séance : Mme Anne PETIT", ["Anne PETIT"]),
]:
    S16.append(("secretaire16", {"secr": t}, {"secretaires": secr}))
for t in [
    "Séance du jeudi 26 septembre 2024. A 20 h 30, Monsieur Paul ROUX, Maire, déclare la séance ouverte.",
    "Monsieur Paul ROUX, Maire, ouvre la séance à 20 h 30.",
    "La séance est ouverte à 20 h 30 sous la présidence de Monsieur ROUX Paul, Maire.",
    "Réunion tenue en séance publique sous la présidence de M. ROUX Paul, Maire.",
]:
    S16.append(("president16", {"pres": t, **({"date": ""} if t.startswith("Séance") else {})}, {}))
for parts, att in [
    ({**SANS_TETE, "titre": "COMPTE-RENDU SUCCINT DU CONSEIL MUNICIPAL DE VAUDREY DU 26/09/2024"}, {}),
    ({**SANS_TETE, "tete": "COMMUNE DE VAUDREY REUNION DU 26 SEPTEMBRE 2024"}, {}),
    ({**SANS_TETE, "tete": "COMMUNE DE VAUDREY", "titre": "COMPTE-RENDU DU CM DU 26 SEPTEMBRE 2024"}, {}),
    ({**SANS_TETE, "tete": "COMMUNE DE VAUDREY", "titre": "Conseil municipal Le 26 septembre 2024 à 20 h 30 Salle des fêtes"}, {}),
    ({**SANS_TETE, "tete": "COMMUNE DE VAUDREY", "titre": "PROCES-VERBAL DU CONSEIL MUNICIPAL JEUDI 26 SEPTEMBRE 2024 – SALLE DES FÊTES"}, {}),
    ({**EPCI, "tete": "COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE", "titre": "PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE JEUDI 26 SEPTEMBRE 2024 – LE PIN", "date": ""}, CCA),
    ({**EPCI, "tete": "COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE", "titre": "Conseil communautaire Le 26 septembre 2024 à 20 h 30 Maison des services de Vaudrey", "date": ""}, CCA),
]:
    S16.append(("tete16", parts, att))
for parts, att in [
    ({"pres": "PRESIDENT : Paul ROUX"}, {}),
    ({"pres": "Président de séance : M. Paul ROUX, Maire"}, {}),
    ({"secr": "SECRETAIRE DE SEANCE : Anne PETIT ------------"}, {}),
    ({"pouvoirs": "M. Luc BLANC a le pouvoir de Mme Nadia BERGER pour la représenter et voter en son nom."}, {}),
    ({"pouvoirs": "M. Luc BLANC est porteur du pouvoir de Mme Nadia BERGER."}, {}),
    ({"pouvoirs": "M. Luc BLANC détient le pouvoir de Mme Nadia BERGER."}, {}),
    ({"presents": "ETAIENT PRESENTS : Paul ROUX, Anne PETIT Membres titulaires : Luc BLANC, Iris VIDAL"}, {}),
    ({"excuses": "ETAIENT REPRESENTES : ETAIENT ABSENTS EXCUSES : Marc FAURE,", "pouvoirs": "Pouvoirs : Mme Nadia BERGER à M. Luc BLANC"}, {}),
    ({"excuses": "Excusés : MM FAURE Marc, ORSAT Jean (supplée par M. ABEL Rémi)", "presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL, M. Rémi ABEL"},
     {"excuses": ["Marc FAURE"], "suppleances": [["Rémi ABEL", "Jean ORSAT"]]}),
]:
    S16.append(("listes16", {**EPCI, "tete": CC["tete"], "titre": CC["titre"], **parts}, {**CCA, **att}))
# (page web d'une commune : intitulés inclusifs « Absent(s/es) », « NEANT », secrétaire dans la
# décision du conseil et secrétaire auxiliaire, arrivée écrite dans deux listes)
for parts, att in [
    ({"presents": "Etaient Présents : Mesdames et Messieurs\nPaul ROUX, Anne PETIT, Luc\nBLANC, Iris VIDAL"}, {}),
    ({"excuses": "Absent(s/es) excusé(s/es) : Marc FAURE\nAbsent(s/es) : NEANT\nAbsent(s/es) représenté(s/es) :\nNadia BERGER donne pouvoir à Luc BLANC", "pouvoirs": ""}, {}),
    ({"presents": "Etaient Présents : Paul ROUX, Anne PETIT, Luc BLANC, Iris VIDAL (arrivée à 20 h 49)",
      "excuses": "Absent(s/es) excusé(s/es) : Marc FAURE, Iris VIDAL (arrivée à 20 h 49)"}, {}),
    ({"secr": "Le Conseil Municipal décide à l'unanimité des membres présents que Madame Anne PETIT sera Secrétaire de séance.\nSecrétaire auxiliaire :\nMadame Sylvie DEGRAVE"}, {}),
    ({"pres": "Le Conseil Municipal s'est réuni en son lieu habituel, sous la présidence de Monsieur le Maire, Paul ROUX."}, {}),
    ({"date": "Réunion du 26 septembre Le vingt-six septembre deux mil vingt-quatre à 20h30 s'est réuni le Conseil Municipal sous la présidence de Paul ROUX Maire.", "pres": ""}, {}),
]:
    S16.append(("page16", parts, att))
VARIANTES = V + W + X + Y + Z + R + E2 + H + N9 + N10 + T11 + D12 + F13 + S14 + S15 + S16
# ================================================================ dix-septième vague (28/11/2026)
# Deux procurations dans une même rubrique ou une même phrase (les vagues précédentes n'en
# sondaient qu'une, sauf « , » et « ; » entre deux paires) : « et », « / », tiret, flèches,
# une par ligne, puces, « respectivement », phrases successives, nombre annoncé devant la liste,
# mandataires dans la liste des présents, mandataire en tête de rangée de tableau.
S17: list[tuple] = []
PR17 = [["Nadia BERGER", "Luc BLANC"], ["Marc FAURE", "Iris VIDAL"]]
DEUX = {"excuses": "", "compte": "En exercice : 6 - Présents : 4 - Votants : 6"}
E17 = {"procurations": PR17, "excuses": [], "decomptes": {"en_exercice": 6, "presents": 4, "votants": 6}}
for t in [
    "Pouvoirs : Mme Nadia BERGER à M. Luc BLANC et M. Marc FAURE à Mme Iris VIDAL",
    "Pouvoirs : Mme Nadia BERGER à M. Luc BLANC / M. Marc FAURE à Mme Iris VIDAL",
    "Pouvoirs : Mme Nadia BERGER à M. Luc BLANC - M. Marc FAURE à Mme Iris VIDAL",
    "Procurations : Mme Nadia BERGER → M. Luc BLANC ; M. Marc FAURE → Mme Iris VIDAL",
    "Pouvoirs : Nadia BERGER => Luc BLANC, Marc FAURE => Iris VIDAL",
    "Mme Nadia BERGER donne pouvoir à M. Luc BLANC, M. Marc FAURE donne pouvoir à Mme Iris VIDAL",
    "Mme Nadia BERGER donne pouvoir à M. Luc BLANC et M. Marc FAURE à Mme Iris VIDAL",
    "Mme Nadia BERGER a donné pouvoir à M. Luc BLANC. M. Marc FAURE a donné pouvoir à Mme Iris VIDAL.",
    "Mme Nadia BERGER a donné pouvoir à M. Luc BLANC ; M. Marc FAURE, à Mme Iris VIDAL.",
    "Pouvoirs :\nMme Nadia BERGER à M. Luc BLANC\nM. Marc FAURE à Mme Iris VIDAL",
    "Pouvoirs :\n- Mme Nadia BERGER donne pouvoir à M. Luc BLANC\n- M. Marc FAURE donne pouvoir à Mme Iris VIDAL",
    "Pouvoirs :\n• Mme Nadia BERGER à M. Luc BLANC ;\n• M. Marc FAURE à Mme Iris VIDAL.",
    "Absents représentés : Mme Nadia BERGER par M. Luc BLANC, M. Marc FAURE par Mme Iris VIDAL",
    "Absents excusés : Mme Nadia BERGER (pouvoir à M. Luc BLANC), M. Marc FAURE (pouvoir à Mme Iris VIDAL)",
    "Mme Nadia BERGER (pouvoir à M. Luc BLANC) et M. Marc FAURE (pouvoir à Mme Iris VIDAL)",
    "Pouvoirs : M. Luc BLANC (pouvoir de Mme Nadia BERGER), Mme Iris VIDAL (pouvoir de M. Marc FAURE)",
    "Pouvoirs (2) : Mme Nadia BERGER à M. Luc BLANC, M. Marc FAURE à Mme Iris VIDAL",
    "Procurations : de Mme Nadia BERGER à M. Luc BLANC, de M. Marc FAURE à Mme Iris VIDAL",
    "Pouvoirs : Mme Nadia BERGER donne pouvoir à M. Luc BLANC ; M. Marc FAURE à Mme Iris VIDAL",
    "Absents excusés représentés : Mme Nadia BERGER, pouvoir à M. Luc BLANC ; M. Marc FAURE, pouvoir à Mme Iris VIDAL",
    "Étaient représentés : Mme Nadia BERGER qui a donné pouvoir à M. Luc BLANC et M. Marc FAURE qui a donné pouvoir à Mme Iris VIDAL",
    "POUVOIRS : BERGER Nadia à BLANC Luc - FAURE Marc à VIDAL Iris",
    "Mme Nadia BERGER et M. Marc FAURE ont donné pouvoir respectivement à M. Luc BLANC et à Mme Iris VIDAL",
    "Représentés : Mme Nadia BERGER (M. Luc BLANC), M. Marc FAURE (Mme Iris VIDAL)",
    "Pouvoirs : Mme Nadia BERGER à M. Luc BLANC, M. Marc FAURE à Mme Iris VIDAL.",
]:
    S17.append(("procurations17", {"pouvoirs": t, **DEUX}, E17))
# (rangées d'un tableau sans mot de lien : aplaties, les cellules ne se distinguent plus)
S17.append(("procurations17", {**DEUX, "pouvoirs": "Pouvoirs :\nMme Nadia BERGER\tM. Luc BLANC\nM. Marc FAURE\tMme Iris VIDAL"}, E17, {"sauf": ("aplati",)}))
S17.append(("procurations17", {**DEUX, "pouvoirs": "", "presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC (pouvoir de Mme Nadia BERGER), Mme Iris VIDAL (pouvoir de M. Marc FAURE)"}, E17))
S17.append(("procurations17", {**DEUX, "pouvoirs": "", "presents": "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL", "excuses": "Excusés : Mme Nadia BERGER (procuration à M. Luc BLANC) - M. Marc FAURE (procuration à Mme Iris VIDAL)"}, E17))
VARIANTES = V + W + X + Y + Z + R + E2 + H + N9 + N10 + T11 + D12 + F13 + S14 + S15 + S16 + S17


# ------------------------------------------------------------------------- sonde

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
    "apres": "",
    "objet": "Délibération n° 2024-31 : Tarifs de la cantine",
    "corps": "",
    "vote": "Le conseil municipal, après en avoir délibéré, à l'unanimité, approuve les tarifs.",
    "fin": "",
}
ATTENDU: dict[str, Any] = {
    "collectivite": "VAUDREY",
    "type": "commune",
    "organe": "conseil_municipal",
    "date": "2024-09-26",
    "convocation": "2024-09-18",
    "president": "Paul ROUX",
    "secretaires": ["Anne PETIT"],
    "decomptes": {"en_exercice": 6, "presents": 4, "votants": 5},
    "presents": ["Paul ROUX", "Anne PETIT", "Luc BLANC", "Iris VIDAL"],
    "absents": [],
    "excuses": ["Marc FAURE"],
    "procurations": [["Nadia BERGER", "Luc BLANC"]],
    "numero": "2024-31",
    "objet": "Tarifs de la cantine",
    "scrutin": {"unanimite": True, "resultat": "adopte"},
}
CHAMPS_SIGNAL = {
    "numero": "deliberations", "objet": "deliberations", "scrutin": "deliberations",
    "delibs": "deliberations", "nb_deliberations": "deliberations",
}


def cle(v: Any) -> Any:
    if v is None:
        return None
    return re.sub(r"\s*-\s*", "-", cle_texte(str(v)))


def personne_egale(attendue: str | None, lue: str | None) -> bool:
    """« NOM » seul attendu : tout prénom convient ; sinon prénom et nom."""
    if attendue is None or lue is None:
        return attendue is lue
    a, o = cle(attendue), cle(lue)
    if " " not in a.strip():
        return o == a or o.endswith(" " + a)
    if " " not in o.strip():
        return a.endswith(" " + o)
    return a == o


def personnes_egales(a: list[str], o: list[str]) -> bool:
    if len(a) != len(o):
        return False
    reste = list(o)
    for x in a:
        for y in reste:
            if personne_egale(x, y):
                reste.remove(y)
                break
        else:
            return False
    return True


def lu(seance: Any) -> dict[str, Any]:
    p = projection(seance)
    ds = [x for x in p["deliberations"] if "cantine" in (x["objet"] or "").lower()]
    d = ds[0] if ds else (p["deliberations"][0] if p["deliberations"] else {})
    p["numero"] = d.get("numero")
    p["objet"] = d.get("objet")
    p["scrutin"] = d.get("scrutin")
    p["nb_deliberations"] = len(p["deliberations"])
    p["delibs"] = [
        {"numero": x["numero"], "objet": x["objet"], **(x["scrutin"] or {})} for x in p["deliberations"]
    ]
    return p


def egal(champ: str, a: Any, o: Any) -> bool:
    if champ == "collectivite":
        return cle_collectivite(a) == cle_collectivite(o)
    if champ in ("president",):
        return personne_egale(a, o)
    if champ in ("secretaires", "presents", "absents", "excuses"):
        return personnes_egales(a or [], o or [])
    if champ == "procurations":
        if len(a) != len(o):
            return False
        reste = list(o)
        for m, t in a:
            for x in reste:
                if personne_egale(m, x[0]) and personne_egale(t, x[1]):
                    reste.remove(x)
                    break
            else:
                return False
        return True
    if champ == "decomptes":
        o = {k: v for k, v in (o or {}).items() if v is not None}
        return a == o
    if champ == "scrutin":
        if a is None or o is None:
            return a is o
        return all(o.get(k) == v for k, v in a.items())
    if champ == "delibs":
        if len(a) != len(o):
            return False
        return all(
            all((cle(x.get(k)) or "").rstrip(" .") == (cle(y.get(k)) or "").rstrip(" .")
                if k in ("numero", "objet") else y.get(k) == v for k, v in x.items())
            for x, y in zip(a, o, strict=True)
        )
    if champ in ("numero", "objet"):
        return (cle(a) or "").rstrip(" .") == (cle(o) or "").rstrip(" .")
    return a == o


def vide(v: Any) -> bool:
    return v in (None, [], {}, ())


def manque(champ: str, a: Any, o: Any) -> bool:
    if vide(o):
        return True
    if champ == "decomptes":
        o = {k: v for k, v in o.items() if v is not None}
        return all(a.get(k) == v for k, v in o.items())
    if champ == "delibs":
        return len(a) == len(o) and all(
            all(y.get(k) in (None, v) for k, v in x.items() if k not in ("numero", "objet")) for x, y in zip(a, o, strict=True)
        )
    if champ == "nb_deliberations":
        return o < a
    if champ == "scrutin" and o is not None:
        # (aucun vote attendu, un vote lu : une valeur de trop, pas un manque)
        return a is not None and all(o.get(k) in (None, v) for k, v in a.items())
    return False


def typo(texte: str) -> str:
    t = texte.replace("'", "\u2019")
    t = re.sub(r" :", "\u00a0:", t)
    t = re.sub(r"(\d) (?=\d|h\b|heures)", "\\1\u00a0", t)
    t = re.sub(r"\b(M\.|Mme|MM\.|Mmes|n°) ", "\\1\u00a0", t)
    return t.replace(" - ", " \u2013 ")


def document(remplacements: dict[str, str], noms: dict[str, str]) -> str:
    parties = {**BASE, **remplacements}
    texte = "\n".join(v for v in parties.values() if v)
    for ancien, nouveau in noms.items():
        texte = texte.replace(ancien, nouveau)
    return texte


def attendu_de(attendus: dict[str, Any], noms: dict[str, str]) -> dict[str, Any]:
    # un seul point, sauf variante qui les décrit tous : un point de plus (« Vu la délibération
    # n° … » lue comme un titre) est une valeur fausse
    a = {**ATTENDU, "nb_deliberations": 1, **attendus}
    if "delibs" in attendus:  # plusieurs points : comparés ensemble
        for k in ("numero", "objet", "scrutin", "nb_deliberations"):
            a.pop(k, None)

    def r(v: Any) -> Any:
        if isinstance(v, str):
            for x, y in noms.items():
                if v == x or (x in v and v.startswith(x)):
                    v = v.replace(x, y)
            return v
        if isinstance(v, list):
            return [r(x) for x in v]
        return v

    for k in ("president", "secretaires", "presents", "absents", "excuses", "procurations"):
        a[k] = r(a[k])
    return a


def sonder(texte: str, attendu: dict[str, Any], requis: tuple[str, ...]) -> dict[str, tuple[str, Any, Any]]:
    """Les champs qui ne sont pas justes : {champ: (verdict, attendu, lu)}."""
    resultat = lire_extrait(texte)
    codes = [c.code for c in resultat.rapport.filtrer(au_moins="avertissement")]
    tous = [c.code for c in resultat.rapport]
    ecarts: dict[str, tuple[str, Any, Any]] = {}
    if resultat.seance is None:
        if attendu.get("date", "") is None:
            return {}  # aucune date lisible : pas de séance, c'est dit (extrait.date-absente)
        return {"seance": ("manquant", "une séance", tous)}
    obtenu = lu(resultat.seance)
    mandants = {cle(m) for m, _ in obtenu.get("procurations") or []}
    mandants_a = [m for m, _ in attendu.get("procurations") or []]
    for champ, a in attendu.items():
        o = obtenu.get(champ)
        if champ in ("excuses", "absents"):
            # un mandant rangé aussi parmi les excusés n'est pas compté (règle du corpus)
            o = [x for x in o or [] if cle(x) not in mandants]
            a = [x for x in a if not any(personne_egale(m, x) for m in mandants_a)]
        if egal(champ, a, o):
            continue
        if manque(champ, a, o):
            ecarts[champ] = ("manquant", a, o)
            continue
        prefixes = SIGNALES[CHAMPS_SIGNAL.get(champ, champ)]
        signale = any(c.startswith(p) for c in codes for p in prefixes)
        ecarts[champ] = ("faux-signale" if signale else "faux", a, o)
    for code in requis:
        if not any(c.startswith(code) for c in tous):
            ecarts["constat:" + code] = ("manquant", code, tous)
    return ecarts


def sans_accents_texte(t: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")


def entete_capitales(t: str) -> str:
    lignes = t.split("\n")
    for i, ligne in enumerate(lignes):
        if "présent" in ligne.lower():
            break
        lignes[i] = ligne.upper()
    return "\n".join(lignes)


def inclusif(t: str) -> str:
    """L'écriture inclusive des intitulés et des participes (« Présent(e)s », « nommé(e) »,
    « conseiller·ère·s », « votant·e·s »)."""
    t = re.sub(r"\b([Pp]résent|[Aa]bsent|[Ee]xcusé|[Rr]eprésenté)s\b", r"\1(e)s", t)
    t = re.sub(r"\b(nommé|désigné|élu)\b", r"\1(e)", t)
    t = re.sub(r"\b([Cc]onseiller)s\b", r"\1·ère·s", t)
    return re.sub(r"\b([Vv]otant|élu)s\b", r"\1·e·s", t)


FORMES = {
    "inclusif": inclusif,
    "tout-capitales": lambda t: t.upper(),
    "windows-1252": relu_en_windows_1252,
    "tabulations": lambda t: t.replace(" : ", "\t:\t"),
    "entete-capitales": entete_capitales,
    "lignes": lambda t: t,
    "sans-accents": sans_accents_texte,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "aplati": lambda t: " ".join(x for x in t.split("\n") if x),
    "typo": typo,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--famille")
    ap.add_argument("--forme", action="append")
    ap.add_argument("--verbeux", action="store_true")
    ap.add_argument("-k")
    ap.add_argument(
        "--paires", type=int, default=0,
        help="N paires de variantes tirées au sort (graine fixe) qui touchent des parties et des "
        "champs différents : deux écarts à la fois (seules les valeurs fausses sans constat sont listées)",
    )
    ap.add_argument("--par", type=int, default=2, help="variantes réunies dans chaque essai (avec --paires)")
    args = ap.parse_args()
    if args.paires:
        paires(args.paires, args.forme or ["lignes", "aplati"], args.par)
        return
    formes = args.forme or ["lignes", "aplati", "typo"]
    parfamille: dict[str, Counter[str]] = defaultdict(Counter)
    nb: Counter[str] = Counter()
    for v in VARIANTES:
        famille, rempl, attendus = v[0], v[1], v[2]
        opts = v[3] if len(v) > 3 else {}
        if args.famille and famille != args.famille:
            continue
        if args.k and args.k not in repr(v):
            continue
        nb[famille] += 1
        noms = opts.get("noms", {})
        texte0 = document(rempl, noms)
        attendu = attendu_de(attendus, noms)
        for forme in formes:
            if forme in opts.get("sauf", ()):
                continue
            texte = FORMES[forme](texte0)
            try:
                ecarts = sonder(texte, attendu, tuple(opts.get("requis", ())))
            except Exception as e:
                ecarts = {"exception": ("faux", None, repr(e))}
            pire = "juste"
            for verdict, *_ in ecarts.values():
                if verdict == "faux" or (verdict == "faux-signale" and pire != "faux") or (
                    verdict == "manquant" and pire == "juste"
                ):
                    pire = verdict
            parfamille[famille][pire] += 1
            if ecarts and (args.verbeux or pire == "faux"):
                print(f"[{pire}] {famille}/{forme}: {rempl or noms}")
                for champ, (verdict, a, o) in ecarts.items():
                    print(f"     {champ}: {verdict} attendu={a!r} lu={o!r}")
    print()
    print(f"{'famille':<16}{'variantes':>10}{'essais':>8}{'juste':>7}{'faux':>6}{'f-sig':>7}{'manq':>6}")
    total: Counter[str] = Counter()
    for f, c in parfamille.items():
        print(f"{f:<16}{nb[f]:>10}{sum(c.values()):>8}{c['juste']:>7}{c['faux']:>6}{c['faux-signale']:>7}{c['manquant']:>6}")
        total.update(c)
    print(f"{'TOTAL':<16}{sum(nb.values()):>10}{sum(total.values()):>8}{total['juste']:>7}{total['faux']:>6}{total['faux-signale']:>7}{total['manquant']:>6}")


def _combinables(a: tuple, b: tuple) -> bool:
    """Deux variantes qui ne touchent ni les mêmes parties ni les mêmes champs attendus."""
    if len(a) > 3 or len(b) > 3 or a[0] == b[0]:
        return False
    # (« delibs », « nb_deliberations », « numero »… : le même champ, les délibérations)
    champs_a = {CHAMPS_SIGNAL.get(k, k) for k in a[2]}
    champs_b = {CHAMPS_SIGNAL.get(k, k) for k in b[2]}
    return not (set(a[1]) & set(b[1])) and not (champs_a & champs_b)


def paires(nombre: int, formes: list[str], par: int = 2) -> None:
    """Les variantes deux à deux (ou ``par`` à la fois) : une lecture juste de chacune ne dit
    rien de leur rencontre."""
    import itertools
    import random

    hasard = random.Random(20261126)
    simples = [v for v in VARIANTES if len(v) <= 3]
    essais: Counter[str] = Counter()
    tirees = 0
    while tirees < nombre:
        tirage = hasard.sample(simples, par)
        if not all(_combinables(a, b) for a, b in itertools.combinations(tirage, 2)):
            continue
        tirees += 1
        texte0 = document({k: x for v in tirage for k, x in v[1].items()}, {})
        attendu = attendu_de({k: x for v in tirage for k, x in v[2].items()}, {})
        for forme in formes:
            try:
                ecarts = sonder(FORMES[forme](texte0), attendu, ())
            except Exception as e:
                ecarts = {"exception": ("faux", None, repr(e))}
            verdicts = {v for v, *_ in ecarts.values()}
            pire = next((v for v in ("faux", "faux-signale", "manquant") if v in verdicts), "juste")
            essais[pire] += 1
            if pire == "faux":
                print(f"[faux] {'+'.join(v[0] for v in tirage)}/{forme}: {' + '.join(str(v[1]) for v in tirage)}")
                for champ, (verdict, x, o) in ecarts.items():
                    if verdict == "faux":
                        print(f"     {champ}: attendu={x!r} lu={o!r}")
    print(f"tirages de {par} : {nombre}, essais {sum(essais.values())} : juste {essais['juste']}, "
          f"faux {essais['faux']}, faux signalés {essais['faux-signale']}, manquants {essais['manquant']}")


if __name__ == "__main__":
    main()
