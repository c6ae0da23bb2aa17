"""Sous-commande ``extrait lire`` : un extrait (texte ou PDF) vers le modèle."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Any

import attrs

from deliberations.cli import lot
from deliberations.cli.commun import SORTIE_CONSTATS, SORTIE_OK
from deliberations.erreurs import FichierIllisible, message_systeme
from deliberations.extrait import ResultatExtrait, lire_extrait
from deliberations.model import Seance, vers_dict
from deliberations.scdl import EcrivainSCDL, ecrire_scdl
from deliberations.validation import Rapport


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
    p.add_argument(
        "fichiers",
        nargs="+",
        metavar="FICHIER",
        help="fichier .txt ou .pdf ; plusieurs fichiers ou un dossier : traitement par lot",
    )
    p.add_argument("--format", choices=["json", "scdl", "texte"], default="json")
    p.add_argument("--siret", help="SIRET de la collectivité (pour --format scdl)")
    p.add_argument("--matiere", help="code de matière ACTES des délibérations (pour --format scdl)")
    p.add_argument("--scdl", metavar="SORTIE.csv", help="lot : CSV SCDL de tous les documents lus")
    p.add_argument(
        "--bilan", metavar="BILAN.csv", help="lot : fichier du bilan (sortie standard sinon)"
    )
    p.add_argument("--travailleurs", type=int, help="lot : processus (tous les cœurs par défaut)")
    p.set_defaults(action=_lire)


def _avec_matiere(seance: Seance, matiere: str | None) -> Seance:
    if not matiere:
        return seance
    return attrs.evolve(
        seance,
        deliberations=[
            attrs.evolve(d, matiere=d.matiere or matiere) for d in seance.deliberations
        ],
    )


def tache_extrait(fichier: str) -> lot.Bilan:
    """Lit un extrait pour le traitement par lot (la séance va dans ``donnees``)."""
    resultat = lire_document(fichier)
    if resultat.seance is None:
        premier = next(iter(resultat.rapport.filtrer(au_moins="avertissement")), None)
        raison = premier.message if premier else "aucune séance n'a pu être lue"
        return lot.Bilan(fichier, lot.ECHEC, 0, 0, 0, raison)
    return lot.Bilan.depuis_rapport(
        fichier, resultat.rapport, len(resultat.seance.deliberations), resultat.seance
    )


def _lire_lot(arguments: argparse.Namespace) -> int:
    fichiers = lot.fichiers_du_lot(arguments.fichiers, (".txt", ".pdf"))
    bilans = list(lot.executer_lot(fichiers, tache_extrait, arguments.travailleurs))
    if arguments.scdl:
        with Path(arguments.scdl).open("w", encoding="utf-8", newline="") as sortie:
            ecrivain = EcrivainSCDL(sortie)
            for rang, bilan in enumerate(bilans):
                if bilan.donnees is None:
                    continue
                avant = len(ecrivain.constats)
                ecrivain.ecrire_seance(_avec_matiere(bilan.donnees, arguments.matiere), arguments.siret)
                ecriture = Rapport(ecrivain.constats[avant:])
                if ecriture.erreurs:
                    bilans[rang] = attrs.evolve(
                        bilan,
                        statut=lot.CONSTATS,
                        erreurs=bilan.erreurs + len(ecriture.erreurs),
                        message=bilan.message or f"SCDL : {ecriture.erreurs[0].message}",
                    )
    lot.ecrire_bilan(bilans, arguments.bilan)
    return lot.code_de_sortie(bilans)


def _lire(arguments: argparse.Namespace) -> int:
    if lot.est_un_lot(arguments.fichiers):
        return _lire_lot(arguments)
    resultat = lire_document(arguments.fichiers[0])
    rapport = resultat.rapport
    seance = resultat.seance
    if seance is not None:
        if arguments.format == "json":
            print(json.dumps(vers_dict(seance), ensure_ascii=False, indent=2))
        elif arguments.format == "texte":
            print(seance.resume())
        else:
            seance = _avec_matiere(seance, arguments.matiere)
            sortie = io.StringIO()
            rapport = rapport + ecrire_scdl(seance, sortie, siret=arguments.siret)
            sys.stdout.write(sortie.getvalue())
    print(rapport.vers_texte(), file=sys.stderr)
    compris = seance is not None and not rapport.filtrer(au_moins="avertissement")
    return SORTIE_OK if compris else SORTIE_CONSTATS
