"""Sous-commandes ``actes generer``, ``actes verifier`` et ``actes lire``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import attrs

from deliberations.actes.archive import TAILLE_MAX_ARCHIVE, lire_archive
from deliberations.actes.classification import (
    TYPES_PJ_PRINCIPAUX,
    ClassificationActes,
    lire_classification,
)
from deliberations.actes.lecture import LectureMessage
from deliberations.actes.relecture import TAILLE_MAX_XML, TransmissionRelue, lire
from deliberations.actes.transmission import DonneesIncompletes, Piece, preparer_transmission
from deliberations.actes.verification import (
    verifier_archive,
    verifier_fichiers,
    verifier_transmission,
    verifier_xml,
)
from deliberations.cli.commun import SORTIE_CONSTATS, SORTIE_ILLISIBLE, SORTIE_OK
from deliberations.fichiers import MIO, lire_octets, ouvrir_flux
from deliberations.model import lire_json, vers_dict
from deliberations.rapport_html import vers_html
from deliberations.validation import Rapport


def _date(texte: str) -> dt.date:
    try:
        return dt.date.fromisoformat(texte)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date AAAA-MM-JJ attendue, pas « {texte} »") from None


def _mio(texte: str) -> int:
    try:
        valeur = float(texte)
    except ValueError:
        valeur = -1
    if valeur <= 0:
        raise argparse.ArgumentTypeError(f"taille en Mio positive attendue, pas « {texte} »")
    return int(valeur * MIO)


def _taille_max(parseur: argparse.ArgumentParser, defaut: int, quoi: str) -> None:
    parseur.add_argument(
        "--taille-max",
        type=_mio,
        default=defaut,
        metavar="MIO",
        help=f"taille maximale {quoi}, en Mio ({defaut // MIO} par défaut) ; au-delà, refus "
        "avant lecture (code 2)",
    )


def ajouter(sous: Any) -> None:
    """Déclare le groupe ``actes``."""
    groupe = sous.add_parser("actes", help="contrôle de légalité @CTES (générer, vérifier, lire)")
    actions = groupe.add_subparsers(dest="action_actes", metavar="ACTION", required=True)

    g = actions.add_parser(
        "generer",
        help="prépare, vérifie et écrit l'archive de transmission d'une délibération",
        description="Écrit l'archive .tar.gz (enveloppe, XML métier, acte, annexes) d'une "
        "délibération d'un fichier JSON du modèle, après l'avoir vérifiée ; rien n'est écrit "
        "s'il reste des erreurs. -o DOSSIER/ : l'archive y prend son nom réglementaire (dossier "
        "créé s'il manque), sous le premier numéro d'envoi libre du jour ; -o CHEMIN.tar.gz : le "
        "nom doit suivre la convention. Une archive existante n'est jamais remplacée sans "
        "--force ; un lien symbolique est refusé. Code de sortie : 0 écrite, 1 erreurs, 2 "
        "entrée illisible ou sortie refusée.",
    )
    g.add_argument("seance", help="séance au format JSON du modèle")
    g.add_argument("--deliberation", required=True, help="numéro de la délibération")
    g.add_argument("--acte", required=True, help="le document de l'acte (PDF)")
    g.add_argument(
        "--type-acte", help="CodeTypePJ de l'acte (99_DE pour une délibération par défaut)"
    )
    g.add_argument("--annexe", action="append", default=[], help="une annexe (répétable)")
    g.add_argument(
        "--type-annexe",
        action="append",
        default=[],
        help="CodeTypePJ des annexes, dans leur ordre (répétable ; un seul : pour toutes)",
    )
    g.add_argument(
        "-o", "--sortie", required=True, help="dossier (finissant par /) ou archive à écrire"
    )
    g.add_argument("--force", action="store_true", help="remplacer une archive existante")
    g.add_argument(
        "--adresse-retour", action="append", default=[], help="adresse de retour (répétable)"
    )
    g.add_argument("--classification", help="RetourClassification reçu de la préfecture (XML)")
    g.add_argument("--classification-date", type=_date, help="date de la classification utilisée")
    g.add_argument("--date-envoi", type=_date, help="date d'envoi (aujourd'hui par défaut)")
    g.add_argument(
        "--serie",
        type=int,
        help="numéro d'envoi du jour (par défaut : le premier libre dans le dossier de sortie)",
    )
    g.add_argument("--trigramme", default="SLO", help="trigramme du tiers de télétransmission")
    g.add_argument("--nature-collectivite", help="nature de la collectivité sur deux chiffres")
    g.add_argument("--arrondissement", help="arrondissement de la collectivité (un chiffre)")
    g.add_argument("--matiere", help="code de matière ACTES si la délibération n'en a pas")
    g.add_argument("--xsd", help="XSD officiel pour une validation supplémentaire")
    _taille_max(g, TAILLE_MAX_ARCHIVE, "de chaque fichier lu (acte, annexes)")
    g.set_defaults(action=_generer)

    v = actions.add_parser(
        "verifier",
        help="vérifie une archive de transmission ou un fichier XML ACTES",
        description="Archive .tar.gz (reconnue à son contenu) ou message XML de n'importe quel "
        "type. Code de sortie : 0 sans erreur, 1 avec erreurs, 2 illisible, abîmé ou dangereux.",
    )
    v.add_argument("fichier", help="archive .tar.gz ou fichier .xml")
    v.add_argument("--xsd", help="XSD officiel (actesv1_1.xsd) pour une validation supplémentaire")
    v.add_argument("--classification", help="RetourClassification reçu de la préfecture (XML)")
    v.add_argument("--format", choices=["texte", "json", "html"], default="texte")
    _taille_max(v, TAILLE_MAX_ARCHIVE, "de l'archive (et de son contenu décompressé)")
    v.set_defaults(action=_verifier)

    lire_ = actions.add_parser(
        "lire",
        help="lit un message ACTES ou une archive (envoi, retour de la préfecture) en JSON",
        description="Lit n'importe quel message du schéma ACTES, ou une archive .tar.gz entière "
        "(enveloppe, messages, fichiers), et l'écrit en JSON. Code de sortie : 0 lu sans erreur, "
        "1 lu avec des erreurs, 2 illisible, abîmé ou dangereux.",
    )
    lire_.add_argument("fichier", help="fichier .xml ou archive .tar.gz (- : entrée standard)")
    _taille_max(lire_, TAILLE_MAX_ARCHIVE, "de l'entrée")
    lire_.set_defaults(action=_lire)


def _octets(chemin: str, maximum: int = TAILLE_MAX_XML) -> bytes:
    return lire_octets(chemin, maximum=maximum)


def _classification(chemin: str | None) -> ClassificationActes | None:
    return lire_classification(_octets(chemin), chemin) if chemin else None


def page_html(rapport: Rapport, source: str | None) -> str:
    """Le rapport HTML de ``actes verifier --format html`` (partagé avec le service HTTP)."""
    return vers_html(rapport, titre="Vérification d'une transmission @CTES", source=source)


def _afficher(rapport: Rapport, format_: str, source: str | None = None) -> None:
    if format_ == "html":
        print(page_html(rapport, source))
    elif format_ == "json":
        print(json.dumps(rapport.vers_dict(), ensure_ascii=False, indent=2))
    else:
        print(rapport.vers_texte())


def _trouver(registre: Any, numero: str) -> tuple[Any, Any] | None:
    for seance in registre.seances:
        for deliberation in seance.deliberations:
            if deliberation.numero == numero:
                return seance, deliberation
    return None


def _pieces(arguments: argparse.Namespace, type_principal: str) -> tuple[Piece, list[Piece]]:
    maximum = arguments.taille_max
    acte = Piece(
        nom_origine=arguments.acte,
        contenu=_octets(arguments.acte, maximum),
        type_pj=arguments.type_acte or type_principal,
    )
    types = arguments.type_annexe
    if types and len(types) not in (1, len(arguments.annexe)):
        raise DonneesIncompletes(
            f"{len(types)} --type-annexe pour {len(arguments.annexe)} annexe(s) : un seul, ou un par annexe."
        )
    annexes = [
        Piece(
            nom_origine=chemin,
            contenu=_octets(chemin, maximum),
            type_pj=(types[i] if len(types) > 1 else types[0]) if types else type_principal,
        )
        for i, chemin in enumerate(arguments.annexe)
    ]
    return acte, annexes


def _generer(arguments: argparse.Namespace) -> int:
    trouve = _trouver(lire_json(arguments.seance), arguments.deliberation)
    if trouve is None:
        print(f"deliberations : aucune délibération n° {arguments.deliberation}.", file=sys.stderr)
        return SORTIE_ILLISIBLE
    seance, deliberation = trouve
    if arguments.matiere and deliberation.matiere is None:
        deliberation = attrs.evolve(deliberation, matiere=arguments.matiere)
    classification = _classification(arguments.classification)
    try:
        acte, annexes = _pieces(arguments, TYPES_PJ_PRINCIPAUX[int(deliberation.nature)])
        transmission = preparer_transmission(
            seance.assemblee.collectivite,
            deliberation,
            acte=acte,
            annexes=annexes,
            date_decision=seance.date,
            classification_date=arguments.classification_date
            or (classification.date if classification else None),
            date_envoi=arguments.date_envoi,
            serie=arguments.serie or 1,
            trigramme=arguments.trigramme,
            adresses_retour=arguments.adresse_retour,
            nature_collectivite=arguments.nature_collectivite,
            arrondissement=arguments.arrondissement,
        )
    except DonneesIncompletes as erreur:
        print(f"deliberations : {erreur}", file=sys.stderr)
        return SORTIE_CONSTATS
    rapport = verifier_transmission(transmission, classification=classification, xsd=arguments.xsd)
    print(rapport.vers_texte(), file=sys.stderr)
    if not rapport.ok:
        print("Archive non écrite : corrigez les erreurs ci-dessus.", file=sys.stderr)
        return SORTIE_CONSTATS
    chemin = transmission.ecrire(
        arguments.sortie, ecraser=arguments.force, serie_libre=arguments.serie is None
    )
    print(chemin)
    return SORTIE_OK


def _verifier(arguments: argparse.Namespace) -> int:
    classification = _classification(arguments.classification)
    maximum = arguments.taille_max
    if arguments.fichier == "-":  # l'entrée standard ne se relit pas : lue une fois, bornée
        octets = lire_octets("-", maximum=maximum)
        debut, nom = octets[:2], "(entrée standard)"
    else:
        with ouvrir_flux(arguments.fichier, maximum=maximum) as flux:
            debut, nom, octets = flux.read(2), Path(arguments.fichier).name, b""
    if debut == b"\x1f\x8b" and octets:
        fichiers = lire_archive(octets, taille_max=maximum, taille_decompressee_max=maximum)
        rapport = verifier_fichiers(
            fichiers, taille_archive=len(octets), xsd=arguments.xsd, classification=classification
        )
    elif debut == b"\x1f\x8b":
        rapport = verifier_archive(
            arguments.fichier,
            xsd=arguments.xsd,
            classification=classification,
            taille_max=maximum,
            taille_decompressee_max=maximum,
        )
    else:
        rapport = verifier_xml(
            octets or _octets(arguments.fichier, min(maximum, TAILLE_MAX_XML)),
            nom,
            xsd=arguments.xsd,
            classification=classification,
        )
    _afficher(rapport, arguments.format, arguments.fichier)
    return SORTIE_OK if rapport.ok else SORTIE_CONSTATS


def _json_message(lu: LectureMessage) -> dict[str, Any]:
    return {"type": lu.type, "message": vers_dict(lu.message) if lu.message is not None else None}


def lecture_en_dict(lu: LectureMessage | TransmissionRelue) -> tuple[dict[str, Any], bool]:
    """Le JSON de ``actes lire`` (partagé avec le service HTTP) et vrai si la lecture est
    complète (message reconnu, ou archive avec son enveloppe)."""
    if isinstance(lu, TransmissionRelue):
        sortie: dict[str, Any] = {
            "type": "archive",
            "prefecture": lu.prefecture,
            "messages": [
                {"fichier": nom, "type": type(m).__name__, "message": vers_dict(m)}
                for nom, m in lu.messages
            ],
            "fichiers": [{"nom": nom, "taille": len(contenu)} for nom, contenu in lu.fichiers],
        }
        return sortie, lu.enveloppe is not None
    return _json_message(lu), lu.message is not None


def _lire(arguments: argparse.Namespace) -> int:
    lu = lire(arguments.fichier, taille_max=arguments.taille_max)
    sortie, complet = lecture_en_dict(lu)
    print(json.dumps(sortie, ensure_ascii=False, indent=2))
    if lu.rapport:
        print(lu.rapport.vers_texte(), file=sys.stderr)
    return SORTIE_OK if lu.rapport.ok and complet else SORTIE_CONSTATS
