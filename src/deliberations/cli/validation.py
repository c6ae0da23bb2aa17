"""Sous-commandes ``valider`` (règles du CGCT sur une séance) et ``regles`` (leur liste)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import attrs

from deliberations.cli import lot
from deliberations.cli.commun import (
    SORTIE_CONSTATS,
    SORTIE_ILLISIBLE,
    SORTIE_OK,
    taille_option,
    texte_affichable,
)
from deliberations.erreurs import FichierIllisible
from deliberations.fichiers import taille_lisible, taille_max, verifier_entree
from deliberations.model import Registre, Seance, lire_json
from deliberations.rapport_html import vers_html
from deliberations.texte import json_sans_invisibles
from deliberations.validation import CATALOGUE, Rapport, valider


def ajouter(sous: Any) -> None:
    """Déclare les sous-commandes ``valider`` et ``regles``."""
    p = sous.add_parser(
        "valider",
        help="vérifie une séance au regard du CGCT (quorum, procurations, votes…)",
        description="Applique les règles du CGCT aux séances d'un fichier JSON du modèle. "
        "Code de sortie : 0 sans erreur, 1 avec des erreurs, 2 si le fichier est illisible.",
    )
    p.add_argument(
        "fichiers",
        nargs="+",
        metavar="FICHIER",
        help="séance ou registre (JSON du modèle), ou extrait (.txt, .html, .pdf) ; plusieurs "
        "fichiers ou un dossier : traitement par lot",
    )
    p.add_argument(
        "--format",
        choices=["texte", "json", "html"],
        default="texte",
        help="format du rapport (html : une page autonome)",
    )
    lot.ajouter_options(p)
    p.add_argument(
        "--taille-max",
        type=taille_option,
        default=None,
        metavar="TAILLE",
        help="taille maximale de l'entrée, vérifiée avant de la lire (défaut : "
        f"{taille_lisible(taille_max('json'))} pour un JSON, "
        f"{taille_lisible(taille_max('extrait'))} pour un texte, "
        f"{taille_lisible(taille_max('html'))} pour une page HTML, "
        f"{taille_lisible(taille_max('pdf'))} pour un PDF)",
    )
    p.add_argument(
        "--sans",
        action="append",
        default=[],
        metavar="REGLE",
        help="désactive une règle (répétable) ; voir « deliberations regles »",
    )
    p.set_defaults(action=_valider)

    r = sous.add_parser("regles", help="liste les règles de validation")
    r.add_argument("--format", choices=["texte", "json"], default="texte")
    r.set_defaults(action=_regles)


def charger_registre(
    fichier: str, taille_max_: int | None = None
) -> tuple[Registre, frozenset[str]]:
    """Charge le fichier à valider : JSON du modèle, ou extrait du registre (.txt, .html,
    .pdf), avec les faits que l'extrait n'établit pas (vide pour un JSON du modèle).

    ``taille_max_`` borne l'entrée (par défaut la limite de sa nature : ``json``,
    ``extrait`` ou ``pdf``, voir :func:`deliberations.fichiers.taille_max`).
    Pour un extrait, les constats de lecture sont affichés sur la sortie d'erreur.
    """
    if fichier.lower().endswith((".txt", ".pdf", ".html", ".htm")):
        from deliberations.cli.extrait import lire_document
        from deliberations.extrait import Limites

        suffixe = fichier.lower().rsplit(".", 1)[-1]
        nature = {"pdf": "pdf", "html": "html", "htm": "html"}.get(suffixe, "extrait")
        verifier_entree(fichier, maximum=taille_max_ or taille_max(nature))
        limites = Limites()
        if taille_max_:
            limites = attrs.evolve(limites, taille_max=taille_max_, html_taille_max=taille_max_)
        resultat = lire_document(fichier, limites)
        lecture = resultat.rapport.filtrer(au_moins="avertissement")
        if lecture:
            print("Lecture de l'extrait :\n" + lecture.vers_texte(), file=sys.stderr)
        if resultat.seance is None:
            raise FichierIllisible(fichier, "aucune séance n'a pu être lue dans ce document.")
        return Registre(seances=(resultat.seance,)), resultat.non_etablis
    return lire_json(fichier, taille_max=taille_max_), frozenset()


def page_html(registre: Registre, rapports: list[Rapport], source: str) -> str:
    """Le rapport HTML de ``valider --format html`` (partagé avec le service HTTP)."""
    sections = [(_titre(s), r) for s, r in zip(registre.seances, rapports, strict=True)]
    return vers_html(sections, titre="Validation au regard du CGCT", source=source)


def _titre(seance: Seance) -> str:
    return f"Séance du {seance.date:%d/%m/%Y} — {seance.assemblee.collectivite.nom}"


class _TacheValider:
    """Valide un fichier du lot (objet transmissible d'un processus à l'autre)."""

    def __init__(self, sans: list[str]) -> None:
        self.sans = sans

    def __call__(self, fichier: str) -> lot.Bilan:
        registre, non_etablis = charger_registre(fichier)
        catalogue = CATALOGUE.sans(*self.sans)
        rapport = sum(
            (valider(s, catalogue, registre=registre, non_etablis=non_etablis) for s in registre.seances),
            Rapport(),
        )
        nombre = sum(len(s.deliberations) for s in registre.seances)
        return lot.Bilan.depuis_rapport(fichier, rapport, nombre, rapport)


def _valider_lot(arguments: argparse.Namespace) -> int:
    fichiers = lot.fichiers_du_lot(arguments.fichiers, (".json", ".txt", ".html", ".htm", ".pdf"))
    bilans = list(lot.executer_lot(fichiers, _TacheValider(arguments.sans), arguments.travailleurs))
    return lot.rendre_lot(
        bilans, arguments.format, arguments.bilan, "Validation d'un lot de séances", arguments.force
    )


def _valider(arguments: argparse.Namespace) -> int:
    try:
        catalogue = CATALOGUE.sans(*arguments.sans)
    except KeyError as erreur:
        print(f"deliberations : {erreur.args[0]}", file=sys.stderr)
        return SORTIE_ILLISIBLE
    if lot.est_un_lot(arguments.fichiers):
        return _valider_lot(arguments)
    registre, non_etablis = charger_registre(arguments.fichiers[0], arguments.taille_max)
    rapports = [
        valider(s, catalogue, registre=registre, non_etablis=non_etablis)
        for s in registre.seances
    ]
    if arguments.format == "html":
        print(page_html(registre, rapports, arguments.fichiers[0]))
    elif arguments.format == "json":
        sortie = [
            {"seance": s.date.isoformat(), **r.vers_dict()}
            for s, r in zip(registre.seances, rapports, strict=True)
        ]
        print(json_sans_invisibles(json.dumps(sortie, ensure_ascii=False, indent=2)))
    else:
        for s, r in zip(registre.seances, rapports, strict=True):
            collectivite = s.assemblee.collectivite.nom
            print(texte_affichable(f"Séance du {s.date:%d/%m/%Y} — {collectivite}"))
            print(texte_affichable(r.vers_texte()))
    total = sum((r for r in rapports), Rapport())
    return SORTIE_OK if total.ok else SORTIE_CONSTATS


def _regles(arguments: argparse.Namespace) -> int:
    if arguments.format == "json":
        donnees = [
            {
                "identifiant": r.identifiant,
                "titre": r.titre,
                "article": r.article,
                "codes": list(r.codes),
            }
            for r in CATALOGUE
        ]
        print(json.dumps(donnees, ensure_ascii=False, indent=2))
        return SORTIE_OK
    for r in CATALOGUE:
        print(f"{r.identifiant} — {r.titre} ({r.article})")
        for code in r.codes:
            print(f"    {code}")
    return SORTIE_OK
