"""Sous-commande ``extrait lire`` : un extrait (texte ou PDF) vers le modèle."""

from __future__ import annotations

import argparse
import io
import json
import sys
from typing import Any, BinaryIO

import attrs

from deliberations.cli import lot
from deliberations.cli.commun import SORTIE_CONSTATS, SORTIE_ILLISIBLE, SORTIE_OK, taille_option
from deliberations.extrait import Limites, ResultatExtrait, lire_fichier
from deliberations.fichiers import ecrire_atomique, taille_lisible
from deliberations.model import Seance, vers_dict
from deliberations.scdl import EcrivainSCDL, ecrire_scdl
from deliberations.validation import Rapport


def lire_document(fichier: str, limites: Limites | None = None) -> ResultatExtrait:
    """Lit un extrait depuis un fichier texte (UTF-8, sinon Windows-1252), HTML ou PDF."""
    return lire_fichier(fichier, limites)


def limites(arguments: argparse.Namespace) -> Limites:
    """Les bornes de lecture données en option (``--taille-max``, ``--lignes-max``,
    ``--pages-max``…)."""
    defaut = Limites()
    taille = getattr(arguments, "taille_max", None)
    return Limites(
        taille_max=taille or defaut.taille_max,
        html_taille_max=taille or defaut.html_taille_max,
        lignes_max=getattr(arguments, "lignes_max", None) or defaut.lignes_max,
        pdf_pages_max=getattr(arguments, "pages_max", None) or defaut.pdf_pages_max,
        pdf_moteur=getattr(arguments, "moteur_pdf", None) or defaut.pdf_moteur,
        pdf_memoire_max=getattr(arguments, "memoire_pdf", None) or defaut.pdf_memoire_max,
    )


def ajouter_limites(p: argparse.ArgumentParser) -> None:
    """Déclare les options de bornes de lecture d'un extrait."""
    p.add_argument(
        "--taille-max",
        type=int,
        metavar="OCTETS",
        help=f"taille maximale d'un texte (défaut {Limites().taille_max}) ou d'une page HTML "
        f"(défaut {Limites().html_taille_max})",
    )
    p.add_argument(
        "--lignes-max",
        type=int,
        metavar="N",
        help=f"nombre maximal de lignes non vides d'un texte (défaut {Limites().lignes_max})",
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
        help="lecture des PDF : auto (défaut : pdfplumber pour les premières pages, pdftotext "
        "-layout pour la suite), pdfplumber ou pdftotext pour tout le document",
    )
    p.add_argument(
        "--memoire-pdf",
        type=taille_option,
        metavar="TAILLE",
        help="mémoire permise au processus qui lit un PDF (défaut "
        f"{taille_lisible(Limites().pdf_memoire_max)} ; exemples : 512M, 1G)",
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
    p.add_argument(
        "fichiers",
        nargs="+",
        metavar="FICHIER",
        help="fichier .txt, .html ou .pdf (« - » : entrée standard) ; plusieurs fichiers "
        "ou un dossier : traitement par lot",
    )
    ajouter_limites(p)
    p.add_argument("--format", choices=["json", "scdl", "texte"], default="json")
    p.add_argument("--siret", help="SIRET de la collectivité (pour --format scdl)")
    p.add_argument("--matiere", help="code de matière ACTES des délibérations (pour --format scdl)")
    p.add_argument("--scdl", metavar="SORTIE.csv", help="lot : CSV SCDL de tous les documents lus")
    lot.ajouter_options(p)
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


def _scdl_du_lot(arguments: argparse.Namespace, bilans: list[lot.Bilan]) -> None:
    """Écrit le CSV SCDL commun du lot (fichier temporaire renommé une fois complet)."""

    def ecrire(flux: BinaryIO) -> None:
        sortie = io.TextIOWrapper(flux, encoding="utf-8", newline="")
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
        sortie.flush()
        sortie.detach()

    ecrire_atomique(
        arguments.scdl, ecrire, ecraser=arguments.force, entrees=arguments.fichiers
    )


def _lire_lot(arguments: argparse.Namespace) -> int:
    fichiers = lot.fichiers_du_lot(arguments.fichiers, (".txt", ".html", ".htm", ".pdf"))
    bilans = list(lot.executer_lot(fichiers, tache_extrait, arguments.travailleurs))
    if arguments.scdl:
        _scdl_du_lot(arguments, bilans)
    lot.ecrire_bilan(bilans, arguments.bilan, arguments.force)
    return lot.code_de_sortie(bilans)


def _lire(arguments: argparse.Namespace) -> int:
    if lot.est_un_lot(arguments.fichiers):
        return _lire_lot(arguments)
    resultat = lire_document(arguments.fichiers[0], limites(arguments))
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
    if seance is None:  # rien n'a pu être tiré du document : règle commune, code 2
        return SORTIE_ILLISIBLE
    compris = not rapport.filtrer(au_moins="avertissement")
    return SORTIE_OK if compris else SORTIE_CONSTATS
