"""Sous-commandes ``scdl valider``, ``scdl ecrire`` et ``scdl lire``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from deliberations.cli import lot
from deliberations.cli.commun import SORTIE_CONSTATS, SORTIE_OK
from deliberations.model import lire_json, vers_dict
from deliberations.rapport_html import vers_html
from deliberations.scdl import ecrire_scdl, lire_scdl, valider_scdl, verdict_officiel
from deliberations.validation import Rapport


def ajouter(sous: Any) -> None:
    """Déclare le groupe ``scdl`` et ses sous-commandes."""
    groupe = sous.add_parser(
        "scdl", help="format open data SCDL délibérations (valider, écrire, lire)"
    )
    actions = groupe.add_subparsers(dest="action_scdl", metavar="ACTION", required=True)

    v = actions.add_parser(
        "valider",
        help="valide un fichier CSV SCDL délibérations 2.1.5",
        description="Valide un CSV SCDL délibérations comme Validata (schéma et contrôles "
        "personnalisés), en flux. Code de sortie : 0 valide, 1 invalide, 2 illisible.",
    )
    v.add_argument(
        "fichiers",
        nargs="+",
        metavar="FICHIER",
        help="fichier CSV ; plusieurs fichiers ou un dossier : traitement par lot",
    )
    v.add_argument("--format", choices=["texte", "json", "html"], default="texte")
    lot.ajouter_options(v)
    v.add_argument("--strict", action="store_true", help="ajoute le profil strict (codes strict.*)")
    v.add_argument(
        "--limite", type=int, default=1000, help="nombre maximal de constats gardés (0 : tous)"
    )
    v.set_defaults(action=_valider)

    e = actions.add_parser(
        "ecrire",
        help="écrit les délibérations d'un fichier du modèle en CSV SCDL",
        description="Écrit une ligne SCDL par délibération des séances d'un fichier JSON du modèle.",
    )
    e.add_argument("seance", help="séance ou registre au format JSON du modèle")
    e.add_argument("-o", "--sortie", required=True, help="fichier CSV à écrire")
    e.add_argument("--siret", help="SIRET de la collectivité, s'il manque au modèle")
    e.set_defaults(action=_ecrire)

    lire = actions.add_parser(
        "lire",
        help="lit un CSV SCDL (tolérant) et affiche le modèle en JSON, une ligne par délibération",
    )
    lire.add_argument("fichier", help="fichier CSV")
    lire.set_defaults(action=_lire)


class _Barre:
    """Barre de progression sur la sortie d'erreur, seulement si c'est un terminal."""

    def __init__(self) -> None:
        self.actif = sys.stderr.isatty()
        self.debut = time.monotonic()

    def __call__(self, lignes: int) -> None:
        if self.actif:
            vitesse = lignes / max(time.monotonic() - self.debut, 1e-9)
            sys.stderr.write(
                f"\r{lignes:>12,} lignes lues ({vitesse:,.0f} lignes/s)".replace(",", " ")
            )
            sys.stderr.flush()

    def fin(self) -> None:
        if self.actif:
            sys.stderr.write("\n")


class _TacheValider:
    """Valide un CSV du lot (objet transmissible d'un processus à l'autre)."""

    def __init__(self, strict: bool, limite: int | None) -> None:
        self.strict, self.limite = strict, limite

    def __call__(self, fichier: str) -> lot.Bilan:
        rapport = valider_scdl(fichier, strict=self.strict, limite=self.limite)
        lignes = dict(rapport.statistiques).get("lignes", 0)
        return lot.Bilan.depuis_rapport(fichier, rapport, lignes, rapport)


def _valider_lot(arguments: argparse.Namespace) -> int:
    fichiers = lot.fichiers_du_lot(arguments.fichiers, (".csv",))
    tache = _TacheValider(arguments.strict, arguments.limite or None)
    bilans = list(lot.executer_lot(fichiers, tache, arguments.travailleurs))
    return lot.rendre_lot(bilans, arguments.format, arguments.bilan, "Validation SCDL d'un lot de fichiers")


def _valider(arguments: argparse.Namespace) -> int:
    if lot.est_un_lot(arguments.fichiers):
        return _valider_lot(arguments)
    fichier = arguments.fichiers[0]
    barre = _Barre()
    rapport = valider_scdl(
        fichier,
        strict=arguments.strict,
        limite=arguments.limite or None,
        progression=barre,
    )
    barre.fin()
    valide = rapport.ok if arguments.strict else verdict_officiel(rapport)
    if arguments.format == "json":
        print(json.dumps({"valide": valide, **rapport.vers_dict()}, ensure_ascii=False, indent=2))
    elif arguments.format == "html":
        lignes = dict(rapport.statistiques).get("lignes", 0)
        titre = f"Validation SCDL délibérations 2.1.5 ({lignes} lignes)"
        print(vers_html(rapport, titre=titre, source=fichier, verdict=valide))
    else:
        lignes = dict(rapport.statistiques).get("lignes", 0)
        print(f"{fichier} : {lignes} lignes, " + ("VALIDE" if valide else "INVALIDE"))
        print(rapport.vers_texte())
    return SORTIE_OK if valide else SORTIE_CONSTATS


def _ecrire(arguments: argparse.Namespace) -> int:
    registre = lire_json(arguments.seance)
    rapport = ecrire_scdl(registre, arguments.sortie, siret=arguments.siret)
    lignes = dict(rapport.statistiques).get("lignes", 0)
    print(f"{arguments.sortie} : {lignes} ligne(s) écrite(s).", file=sys.stderr)
    if rapport.constats:
        print(rapport.vers_texte(), file=sys.stderr)
    return SORTIE_OK if rapport.ok else SORTIE_CONSTATS


def _lire(arguments: argparse.Namespace) -> int:
    constats = Rapport()
    with lire_scdl(arguments.fichier) as lecteur:
        for ligne in lecteur:
            objet = {
                "ligne": ligne.numero,
                "collectivite": vers_dict(ligne.collectivite) if ligne.collectivite else None,
                "deliberation": vers_dict(ligne.deliberation) if ligne.deliberation else None,
                "vote_effectif": ligne.vote_effectif,
            }
            print(json.dumps(objet, ensure_ascii=False))
            constats = constats + Rapport(ligne.constats)
        constats = Rapport(lecteur.constats) + constats
    print(constats.vers_texte(), file=sys.stderr)
    return SORTIE_OK if constats.ok else SORTIE_CONSTATS
