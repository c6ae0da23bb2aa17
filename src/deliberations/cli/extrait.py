"""Sous-commande ``extrait lire`` : un extrait (texte ou PDF) vers le modèle."""

from __future__ import annotations

import argparse
import io
import json
import sys
from typing import Any

import attrs

from deliberations.cli.commun import SORTIE_CONSTATS, SORTIE_ILLISIBLE, SORTIE_OK
from deliberations.extrait import Limites, ResultatExtrait, lire_fichier
from deliberations.model import vers_dict
from deliberations.scdl import ecrire_scdl


def lire_document(fichier: str, limites: Limites | None = None) -> ResultatExtrait:
    """Lit un extrait depuis un fichier texte (UTF-8, sinon Windows-1252), HTML ou PDF."""
    return lire_fichier(fichier, limites)


def limites(arguments: argparse.Namespace) -> Limites:
    """Les bornes de lecture données en option (``--taille-max``, ``--pages-max``)."""
    defaut = Limites()
    return Limites(
        taille_max=getattr(arguments, "taille_max", None) or defaut.taille_max,
        pdf_pages_max=getattr(arguments, "pages_max", None) or defaut.pdf_pages_max,
        pdf_moteur=getattr(arguments, "moteur_pdf", None) or defaut.pdf_moteur,
    )


def ajouter_limites(p: argparse.ArgumentParser) -> None:
    """Déclare les options de bornes de lecture d'un extrait."""
    p.add_argument(
        "--taille-max",
        type=int,
        metavar="OCTETS",
        help=f"taille maximale d'un texte ou d'une page HTML (défaut {Limites().taille_max})",
    )
    p.add_argument(
        "--pages-max",
        type=int,
        metavar="N",
        help=f"nombre maximal de pages lues dans un PDF (défaut {Limites().pdf_pages_max})",
    )
    p.add_argument(
        "--moteur-pdf",
        choices=["auto", "pdfplumber", "pdftotext"],
        help="lecture des PDF : pdfplumber (défaut) ou pdftotext -layout (poppler, plus rapide)",
    )


def ajouter(sous: Any) -> None:
    """Déclare le groupe ``extrait``."""
    groupe = sous.add_parser("extrait", help="extraits du registre des délibérations (lire)")
    actions = groupe.add_subparsers(dest="action_extrait", metavar="ACTION", required=True)
    p = actions.add_parser(
        "lire",
        help="lit un extrait (texte ou PDF) et affiche la séance",
        description="Lit le texte d'un extrait du registre ou d'un procès-verbal. La séance va "
        "sur la sortie standard, le rapport sur la sortie d'erreur. Code de sortie : 0 lu sans "
        "rien de douteux, 1 lu avec des constats, 2 aucune séance n'a pu être construite "
        "(ou fichier illisible).",
    )
    p.add_argument("fichier", help="fichier .txt, .html ou .pdf (« - » : entrée standard)")
    ajouter_limites(p)
    p.add_argument("--format", choices=["json", "scdl", "texte"], default="json")
    p.add_argument("--siret", help="SIRET de la collectivité (pour --format scdl)")
    p.add_argument("--matiere", help="code de matière ACTES des délibérations (pour --format scdl)")
    p.set_defaults(action=_lire)


def _lire(arguments: argparse.Namespace) -> int:
    resultat = lire_document(arguments.fichier, limites(arguments))
    rapport = resultat.rapport
    seance = resultat.seance
    if seance is not None:
        if arguments.format == "json":
            print(json.dumps(vers_dict(seance), ensure_ascii=False, indent=2))
        elif arguments.format == "texte":
            print(seance.resume())
        else:
            if arguments.matiere:
                seance = attrs.evolve(
                    seance,
                    deliberations=[
                        attrs.evolve(d, matiere=d.matiere or arguments.matiere)
                        for d in seance.deliberations
                    ],
                )
            sortie = io.StringIO()
            rapport = rapport + ecrire_scdl(seance, sortie, siret=arguments.siret)
            sys.stdout.write(sortie.getvalue())
    print(rapport.vers_texte(), file=sys.stderr)
    if seance is None:
        return SORTIE_ILLISIBLE
    return SORTIE_CONSTATS if rapport.filtrer(au_moins="avertissement") else SORTIE_OK
