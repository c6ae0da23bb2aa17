"""Sous-commande ``extrait lire`` : un extrait (texte ou PDF) vers le modèle."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Any

import attrs

from deliberations.cli.commun import SORTIE_CONSTATS, SORTIE_ILLISIBLE, SORTIE_OK
from deliberations.erreurs import FichierIllisible, message_systeme
from deliberations.extrait import ResultatExtrait, lire_extrait
from deliberations.model import vers_dict
from deliberations.scdl import ecrire_scdl


def lire_document(fichier: str) -> ResultatExtrait:
    """Lit un extrait depuis un fichier texte (UTF-8, sinon Windows-1252) ou PDF."""
    chemin = Path(fichier)
    if chemin.suffix.lower() == ".pdf":
        from deliberations.extrait.pdf import texte_pdf

        return lire_extrait(texte_pdf(chemin))
    try:
        octets = chemin.read_bytes()
    except OSError as erreur:
        raise FichierIllisible(fichier, message_systeme(erreur) + ".") from None
    try:
        texte = octets.decode("utf-8-sig")
    except UnicodeDecodeError:
        texte = octets.decode("cp1252", errors="replace")
    return lire_extrait(texte)


def ajouter(sous: Any) -> None:
    """Déclare le groupe ``extrait``."""
    groupe = sous.add_parser("extrait", help="extraits du registre des délibérations (lire)")
    actions = groupe.add_subparsers(dest="action_extrait", metavar="ACTION", required=True)
    p = actions.add_parser(
        "lire",
        help="lit un extrait (texte ou PDF) et affiche la séance",
        description="Lit le texte d'un extrait du registre ou d'un procès-verbal. La séance va "
        "sur la sortie standard, le rapport sur la sortie d'erreur. Code de sortie : 0 tout "
        "compris, 1 avec des constats, 2 illisible.",
    )
    p.add_argument("fichier", help="fichier .txt ou .pdf")
    p.add_argument("--format", choices=["json", "scdl", "texte"], default="json")
    p.add_argument("--siret", help="SIRET de la collectivité (pour --format scdl)")
    p.add_argument("--matiere", help="code de matière ACTES des délibérations (pour --format scdl)")
    p.set_defaults(action=_lire)


def _lire(arguments: argparse.Namespace) -> int:
    resultat = lire_document(arguments.fichier)
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
    if seance is None:  # rien n'a pu être tiré du document : règle commune, code 2
        return SORTIE_ILLISIBLE
    compris = not rapport.filtrer(au_moins="avertissement")
    return SORTIE_OK if compris else SORTIE_CONSTATS
