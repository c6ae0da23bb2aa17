"""Sous-commandes ``actes generer``, ``actes verifier`` et ``actes lire``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import attrs

from deliberations.actes.classification import ClassificationActes, lire_classification
from deliberations.actes.lecture import lire_message
from deliberations.actes.transmission import DonneesIncompletes, preparer_transmission
from deliberations.actes.verification import verifier_archive, verifier_transmission, verifier_xml
from deliberations.cli.commun import SORTIE_CONSTATS, SORTIE_ILLISIBLE, SORTIE_OK
from deliberations.erreurs import FichierIllisible, message_systeme
from deliberations.model import lire_json, vers_dict
from deliberations.rapport_html import vers_html
from deliberations.validation import Rapport


def _date(texte: str) -> dt.date:
    try:
        return dt.date.fromisoformat(texte)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date AAAA-MM-JJ attendue, pas « {texte} »") from None


def ajouter(sous: Any) -> None:
    """Déclare le groupe ``actes``."""
    groupe = sous.add_parser("actes", help="contrôle de légalité @CTES (générer, vérifier, lire)")
    actions = groupe.add_subparsers(dest="action_actes", metavar="ACTION", required=True)

    g = actions.add_parser(
        "generer",
        help="prépare, vérifie et écrit l'archive de transmission d'une délibération",
        description="Écrit l'archive .tar.gz (enveloppe, XML métier, acte, annexes) d'une "
        "délibération d'un fichier JSON du modèle, après l'avoir vérifiée ; rien n'est écrit "
        "s'il reste des erreurs. Code de sortie : 0 écrite, 1 erreurs, 2 entrée illisible.",
    )
    g.add_argument("seance", help="séance au format JSON du modèle")
    g.add_argument("--deliberation", required=True, help="numéro de la délibération")
    g.add_argument("--acte", required=True, help="le document de l'acte (PDF)")
    g.add_argument("--annexe", action="append", default=[], help="une annexe (répétable)")
    g.add_argument("-o", "--sortie", required=True, help="archive à écrire, ou dossier")
    g.add_argument(
        "--adresse-retour", action="append", default=[], help="adresse de retour (répétable)"
    )
    g.add_argument("--classification", help="RetourClassification reçu de la préfecture (XML)")
    g.add_argument("--classification-date", type=_date, help="date de la classification utilisée")
    g.add_argument("--date-envoi", type=_date, help="date d'envoi (aujourd'hui par défaut)")
    g.add_argument("--serie", type=int, default=1, help="numéro d'envoi du jour (1 par défaut)")
    g.add_argument("--trigramme", default="SLO", help="trigramme du tiers de télétransmission")
    g.add_argument("--nature-collectivite", help="nature de la collectivité sur deux chiffres")
    g.add_argument("--matiere", help="code de matière ACTES si la délibération n'en a pas")
    g.add_argument("--xsd", help="XSD officiel pour une validation supplémentaire")
    g.set_defaults(action=_generer)

    v = actions.add_parser(
        "verifier",
        help="vérifie une archive de transmission ou un fichier XML ACTES",
        description="Code de sortie : 0 sans erreur, 1 avec erreurs, 2 illisible ou dangereux.",
    )
    v.add_argument("fichier", help="archive .tar.gz ou fichier .xml")
    v.add_argument("--xsd", help="XSD officiel (actesv1_1.xsd) pour une validation supplémentaire")
    v.add_argument("--classification", help="RetourClassification reçu de la préfecture (XML)")
    v.add_argument("--format", choices=["texte", "json", "html"], default="texte")
    v.set_defaults(action=_verifier)

    lire = actions.add_parser(
        "lire", help="lit un message ACTES (retour de la préfecture…) en JSON"
    )
    lire.add_argument("fichier", help="fichier .xml")
    lire.set_defaults(action=_lire)


def _octets(chemin: str) -> bytes:
    try:
        return Path(chemin).read_bytes()
    except OSError as erreur:
        raise FichierIllisible(chemin, message_systeme(erreur) + ".") from None


def _classification(chemin: str | None) -> ClassificationActes | None:
    return lire_classification(_octets(chemin), chemin) if chemin else None


def _afficher(rapport: Rapport, format_: str, source: str | None = None) -> None:
    if format_ == "html":
        titre = "Vérification d'une transmission @CTES"
        print(vers_html(rapport, titre=titre, source=source))
    elif format_ == "json":
        print(json.dumps(rapport.vers_dict(), ensure_ascii=False, indent=2))
    else:
        print(rapport.vers_texte())


def _generer(arguments: argparse.Namespace) -> int:
    registre = lire_json(arguments.seance)
    for seance in registre.seances:
        for deliberation in seance.deliberations:
            if deliberation.numero == arguments.deliberation:
                break
        else:
            continue
        break
    else:
        print(f"deliberations : aucune délibération n° {arguments.deliberation}.", file=sys.stderr)
        return SORTIE_ILLISIBLE
    if arguments.matiere and deliberation.matiere is None:
        deliberation = attrs.evolve(deliberation, matiere=arguments.matiere)
    classification = _classification(arguments.classification)
    try:
        transmission = preparer_transmission(
            seance.assemblee.collectivite,
            deliberation,
            acte=(arguments.acte, _octets(arguments.acte)),
            annexes=[(a, _octets(a)) for a in arguments.annexe],
            date_decision=seance.date,
            classification_date=arguments.classification_date
            or (classification.date if classification else None),
            date_envoi=arguments.date_envoi,
            serie=arguments.serie,
            trigramme=arguments.trigramme,
            adresses_retour=arguments.adresse_retour,
            nature_collectivite=arguments.nature_collectivite,
        )
    except DonneesIncompletes as erreur:
        print(f"deliberations : {erreur}", file=sys.stderr)
        return SORTIE_CONSTATS
    rapport = verifier_transmission(transmission, classification=classification, xsd=arguments.xsd)
    print(rapport.vers_texte(), file=sys.stderr)
    if not rapport.ok:
        print("Archive non écrite : corrigez les erreurs ci-dessus.", file=sys.stderr)
        return SORTIE_CONSTATS
    chemin = transmission.ecrire(arguments.sortie)
    print(chemin)
    return SORTIE_OK


def _verifier(arguments: argparse.Namespace) -> int:
    classification = _classification(arguments.classification)
    if arguments.fichier.lower().endswith(".xml"):
        rapport = verifier_xml(
            _octets(arguments.fichier),
            Path(arguments.fichier).name,
            xsd=arguments.xsd,
            classification=classification,
        )
    else:
        rapport = verifier_archive(
            arguments.fichier, xsd=arguments.xsd, classification=classification
        )
    _afficher(rapport, arguments.format, arguments.fichier)
    return SORTIE_OK if rapport.ok else SORTIE_CONSTATS


def _lire(arguments: argparse.Namespace) -> int:
    lu = lire_message(_octets(arguments.fichier), Path(arguments.fichier).name)
    message = vers_dict(lu.message) if lu.message is not None else None
    print(json.dumps({"type": lu.type, "message": message}, ensure_ascii=False, indent=2))
    if lu.rapport:
        print(lu.rapport.vers_texte(), file=sys.stderr)
    return SORTIE_OK if lu.rapport.ok and lu.message is not None else SORTIE_CONSTATS
