"""Vérifier avant l'envoi : structure des XML, règles métier, archive, schéma officiel.

Chaque problème est un constat (code ``actes.*``, sévérité, message en français, fichier
et élément concernés). La structure est vérifiée par la bibliothèque elle-même (ordre et
cardinalité des éléments, attributs obligatoires, types et motifs du schéma ACTES) ; on peut
en plus donner le chemin de l'XSD officiel : il est compilé une fois (``lxml.etree.XMLSchema``)
et gardé en cache.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from lxml import etree

from deliberations.actes.archive import (
    MEMBRES_MAX,
    TAILLE_MAX_ARCHIVE,
    TAILLE_MAX_DECOMPRESSEE,
    lire_archive,
)
from deliberations.actes.classification import (
    TYPES_PJ_PRINCIPAUX,
    ClassificationActes,
    classification_par_defaut,
)
from deliberations.actes.ecriture import NS_ACTES, CaractereInterdit, caractere_interdit
from deliberations.actes.lecture import lire_message
from deliberations.actes.messages import Enveloppe, MetadonneesActe
from deliberations.actes.nommage import MOTIF_ENVELOPPE, MOTIF_METIER, MOTIF_PIECE
from deliberations.actes.securite import analyser_xml, verifier_balises
from deliberations.actes.structure import verifier_structure
from deliberations.actes.transmission import TransmissionActes
from deliberations.erreurs import (
    ErreurDeliberations,
    FichierIllisible,
    message_systeme,
    message_xml,
)
from deliberations.identifiants import siren as siren_module
from deliberations.nomenclature import MatiereInconnue
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = [
    "schema_officiel",
    "verifier_archive",
    "verifier_fichiers",
    "verifier_transmission",
    "verifier_xml",
]

_NUMERO = re.compile(r"^([A-Z0-9][A-Z0-9_]{0,13})?[A-Z0-9]$")
_TYPE_PJ = re.compile(r"^[0-9]{2}_[A-Z0-9]{2}$")
_FORMATS = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpg"),
)


def _a(nom: str) -> str:
    return f"{{{NS_ACTES}}}{nom}"


def format_reel(contenu: bytes) -> str | None:
    """Le format d'un fichier d'après ses premiers octets : pdf, png, jpg, xml, ou ``None``."""
    for signature, nom in _FORMATS:
        if contenu.startswith(signature):
            return nom
    debut = contenu[:64].lstrip(b"\xef\xbb\xbf \t\r\n")[:5]
    if debut.startswith(b"<?xml") or debut.startswith(b"<"):
        return "xml"
    return None


class _Verif:
    def __init__(self) -> None:
        self.constats: list[Constat] = []

    def ajouter(self, code: str, severite: Severite, chemin: str, message: str) -> None:
        self.constats.append(Constat(code=code, severite=severite, message=message, chemin=chemin))

    def erreur(self, code: str, chemin: str, message: str) -> None:
        self.ajouter(code, Severite.ERREUR, chemin, message)

    def structure(self, racine: etree._Element, fichier: str) -> None:
        self.constats.extend(verifier_structure(racine, fichier))

    # ------------------------------------------------------------ règles métier

    def regles_acte(
        self,
        meta: MetadonneesActe,
        fichier: str,
        classification: ClassificationActes,
        numeros_utilises: Iterable[str],
        aujourd_hui: dt.date,
    ) -> None:
        c = f"{fichier} : Acte"
        if not _NUMERO.match(meta.numero_interne):
            self.erreur(
                "actes.numero-interne",
                f"{c}/@NumeroInterne",
                f"NumeroInterne « {meta.numero_interne} » : 1 à 15 caractères, majuscules, chiffres "
                "et _, sans _ au début ni à la fin.",
            )
        if meta.numero_interne in set(numeros_utilises):
            self.erreur(
                "actes.numero-deja-utilise",
                f"{c}/@NumeroInterne",
                f"Le numéro {meta.numero_interne} a déjà été transmis pour cette collectivité.",
            )
        if not 1 <= len(meta.objet) <= 499 or "\n" in meta.objet or "\r" in meta.objet:
            self.erreur(
                "actes.objet",
                f"{c}/Objet",
                f"L'objet doit faire 1 à 499 caractères sans saut de ligne ({len(meta.objet)}).",
            )
        controle = next(
            (x for x in meta.objet if unicodedata.category(x) in ("Cc", "Cs") and x not in "\r\n"),
            None,
        )
        if controle is not None:
            self.erreur(
                "actes.caractere-interdit",
                f"{c}/Objet",
                f"L'objet contient le caractère de contrôle U+{ord(controle):04X} : retirez-le.",
            )
        try:
            meta.objet.encode("iso-8859-1")
        except UnicodeEncodeError as erreur:
            self.ajouter(
                "actes.latin1",
                Severite.AVERTISSEMENT,
                f"{c}/Objet",
                f"Caractère « {meta.objet[erreur.start]} » hors ISO-8859-1 : il part sous forme de référence numérique.",
            )
        if meta.date > aujourd_hui:
            self.erreur(
                "actes.date-future",
                f"{c}/@Date",
                f"La date de décision {meta.date:%d/%m/%Y} est dans le futur.",
            )
        if meta.nature_acte is None:
            self.erreur(
                "actes.nature",
                f"{c}/@CodeNatureActe",
                f"Nature d'acte {meta.nature} inconnue (1 à 6).",
            )
        if meta.codes_matiere[0] is None or meta.codes_matiere[1] is None:
            self.erreur(
                "actes.matiere-manquante",
                f"{c}/CodeMatiere1",
                "CodeMatiere1 et CodeMatiere2 sont obligatoires.",
            )
        elif meta.matiere:
            matiere = meta.matiere
            if not classification.niveaux_fins and matiere.count(".") >= 2:
                self.ajouter(
                    "actes.matiere-non-verifiable",
                    Severite.INFO,
                    f"{c}/CodeMatiere3",
                    f"Matière {matiere} : les niveaux 3 à 5 dépendent de la préfecture ; sans la "
                    "classification reçue, seuls les deux premiers sont vérifiés.",
                )
                matiere = ".".join(matiere.split(".")[:2])
            try:
                classification.matieres.chemin(matiere)
            except MatiereInconnue:
                self.erreur(
                    "actes.matiere-inconnue",
                    f"{c}/CodeMatiere",
                    f"La matière {meta.matiere} n'existe pas dans la classification"
                    + (
                        f" du {classification.date:%d/%m/%Y}."
                        if classification.date
                        else " nationale."
                    ),
                )
            except ErreurDeliberations:
                self.erreur(
                    "actes.matiere-inconnue",
                    f"{c}/CodeMatiere",
                    f"Code de matière invalide : {meta.matiere}.",
                )
        if meta.classification_date is None:
            self.erreur(
                "actes.classification-date",
                f"{c}/ClassificationDateVersion",
                "Date de classification absente.",
            )
        elif classification.date is not None and meta.classification_date != classification.date:
            self.erreur(
                "actes.classification-perimee",
                f"{c}/ClassificationDateVersion",
                f"Classification du {meta.classification_date:%d/%m/%Y} déclarée, celle en vigueur est du "
                f"{classification.date:%d/%m/%Y}.",
            )
        if meta.document is None:
            self.erreur(
                "actes.document-absent", f"{c}/Document", "L'acte n'a pas de document principal."
            )
        if meta.annexes_nombre is not None and meta.annexes_nombre != len(meta.annexes):
            self.erreur(
                "actes.annexes-nombre",
                f"{c}/Annexes/@Nombre",
                f"Annexes/@Nombre vaut {meta.annexes_nombre} pour {len(meta.annexes)} annexe(s).",
            )
        if meta.document_papier not in (None, "O", "N", ""):
            self.ajouter(
                "actes.document-papier",
                Severite.AVERTISSEMENT,
                f"{c}/DocumentPapier",
                f"DocumentPapier « {meta.document_papier} » : O ou N attendu.",
            )

    def regles_pieces(
        self,
        meta: MetadonneesActe,
        fichiers: dict[str, bytes],
        classification: ClassificationActes,
        fichier: str,
    ) -> None:
        documents = ([meta.document] if meta.document else []) + list(meta.annexes)
        format_principal = None
        for rang, doc in enumerate(documents, start=1):
            c = f"{fichier} : {doc.nom}"
            nom = MOTIF_PIECE.match(doc.nom)
            if nom is None:
                self.erreur(
                    "actes.nom-fichier",
                    c,
                    "Nom de pièce hors convention {CodeTypePJ}-{dept}-{SIREN}-{date}-{numéro}-{nature}-1-1_{rang}.{ext}.",
                )
            else:
                type_pj = nom.group("typepj")
                if type_pj is None:
                    self.erreur(
                        "actes.type-pj",
                        c,
                        "Pas de type de pièce (CodeTypePJ) dans le nom du fichier.",
                    )
                elif not _TYPE_PJ.match(type_pj) or not classification.type_pj_permis(
                    meta.nature, type_pj
                ):
                    self.type_pj_inconnu(meta.nature, type_pj, classification, c)
                if (
                    nom.group("numero") != meta.numero_interne
                    or nom.group("date") != f"{meta.date:%Y%m%d}"
                    or int(nom.group("rang")) != rang
                ):
                    self.erreur(
                        "actes.nom-fichier",
                        c,
                        f"Le nom ne reprend pas le numéro, la date de décision ou le rang ({rang}) de la pièce.",
                    )
            contenu = fichiers.get(doc.nom)
            if contenu is None:
                self.erreur(
                    "actes.fichier-absent", c, "Fichier nommé dans le XML mais absent de l'envoi."
                )
                continue
            reel = format_reel(contenu)
            if rang == 1:
                format_principal = reel
                if reel not in ("pdf", "xml"):
                    self.erreur(
                        "actes.format",
                        c,
                        f"L'acte doit être un PDF (ou un XML budgétaire), pas {reel or 'un format inconnu'}.",
                    )
                elif reel == "xml" and not (meta.nature == 5 and meta.matiere.startswith("7.1")):
                    self.erreur(
                        "actes.format",
                        c,
                        "Un acte au format XML n'est permis que pour les documents budgétaires (nature 5, matière 7.1).",
                    )
            elif reel not in ("pdf", "xml", "png", "jpg"):
                self.erreur(
                    "actes.format",
                    c,
                    f"Annexe au format {reel or 'inconnu'} : PDF, XML, PNG ou JPEG attendus.",
                )
            elif format_principal == "xml" and reel != "pdf":
                self.erreur(
                    "actes.format", c, "Quand l'acte est en XML, les annexes doivent être en PDF."
                )
            if (
                reel
                and not doc.nom.lower().endswith("." + reel)
                and not (reel == "jpg" and doc.nom.lower().endswith(".jpeg"))
            ):
                self.ajouter(
                    "actes.extension",
                    Severite.AVERTISSEMENT,
                    c,
                    f"Le contenu est un {reel.upper()}, l'extension ne le dit pas.",
                )

    def type_pj_inconnu(
        self, nature: int, type_pj: str, classification: ClassificationActes, chemin: str
    ) -> None:
        autre = type_pj in TYPES_PJ_PRINCIPAUX.values()
        if classification.complete or autre or not _TYPE_PJ.match(type_pj):
            self.erreur(
                "actes.type-pj",
                chemin,
                f"Type de pièce {type_pj} non permis pour la nature {nature}.",
            )
        else:
            self.ajouter(
                "actes.type-pj-non-verifiable",
                Severite.INFO,
                chemin,
                f"Type de pièce {type_pj} : la classification utilisée ne dit rien des types de "
                "pièces (seuls les types principaux sont connus) ; non vérifiable.",
            )

    def regles_enveloppe(self, enveloppe: Enveloppe, nom: str, fichiers: dict[str, bytes]) -> None:
        c = f"{nom} : EnveloppeCLMISILL"
        if not MOTIF_ENVELOPPE.match(nom):
            self.erreur(
                "actes.nom-fichier",
                nom,
                "Nom d'enveloppe hors convention EACT--{SIREN}--{AAAAMMJJ}-{n}.xml.",
            )
        elif MOTIF_ENVELOPPE.match(nom).group("siren") != enveloppe.siren:  # type: ignore[union-attr]
            self.erreur(
                "actes.nom-fichier",
                nom,
                "Le SIREN du nom d'enveloppe diffère de celui de l'émetteur.",
            )
        if not siren_module.is_valid(enveloppe.siren):
            self.erreur(
                "actes.siren",
                f"{c}/Emetteur/IDCL",
                f"SIREN {enveloppe.siren} invalide (clé de contrôle).",
            )
        if not enveloppe.adresses_retour:
            self.erreur("actes.adresse-retour", f"{c}/AdressesRetour", "Aucune adresse de retour.")
        for formulaire in enveloppe.noms_formulaires:
            if formulaire not in fichiers:
                self.erreur(
                    "actes.fichier-absent",
                    f"{c}/FormulairesEnvoyes",
                    f"Formulaire {formulaire} absent de l'envoi.",
                )
            elif not MOTIF_METIER.match(formulaire):
                self.erreur(
                    "actes.nom-fichier",
                    formulaire,
                    "Nom de fichier métier hors convention {dept}-{SIREN}-{date}-{numéro}-{nature}-1-1_0.xml.",
                )


@functools.lru_cache(maxsize=8)
def _schema(chemin: str, mtime: float) -> etree.XMLSchema:
    parseur = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return etree.XMLSchema(etree.parse(chemin, parseur))
    except etree.XMLSyntaxError as erreur:
        ligne = getattr(erreur, "lineno", None) or 0
        francais = message_xml(getattr(erreur, "code", 0))
        raise FichierIllisible(
            chemin, f"XSD illisible : XML mal formé ligne {ligne} : {francais}."
        ) from None
    except etree.XMLSchemaParseError as erreur:
        # Le message de libxml2 est en anglais : seul l'endroit est repris.
        derniere = erreur.error_log.last_error
        ligne = f" (ligne {derniere.line})" if derniere is not None and derniere.line else ""
        raise FichierIllisible(
            chemin,
            f"XSD inutilisable{ligne} : ce n'est pas un schéma XML valide, ou un schéma qu'il "
            "inclut ou importe (xs:include, xs:import) est introuvable ou invalide.",
        ) from None
    except OSError as erreur:
        raise FichierIllisible(chemin, f"XSD illisible : {message_systeme(erreur)}.") from None


def schema_officiel(chemin: str | os.PathLike[str]) -> etree.XMLSchema:
    """L'XSD officiel compilé, gardé en cache (recompilé si le fichier change)."""
    absolu = Path(chemin).resolve()
    if not absolu.is_file():
        raise FichierIllisible(str(chemin), "XSD introuvable.")
    return _schema(str(absolu), absolu.stat().st_mtime)


def _xsd(verif: _Verif, octets: bytes, nom: str, xsd: str | os.PathLike[str]) -> None:
    schema = schema_officiel(xsd)
    document = etree.ElementTree(analyser_xml(octets, nom))
    if not schema.validate(document):
        for e in schema.error_log:  # type: ignore[attr-defined]
            verif.erreur("actes.xsd", f"{nom} ligne {e.line}", f"Schéma officiel : {e.message}")


def verifier_xml(
    octets: bytes,
    nom: str,
    *,
    xsd: str | os.PathLike[str] | None = None,
    classification: ClassificationActes | None = None,
    aujourd_hui: dt.date | None = None,
) -> Rapport:
    """Vérifie un fichier XML ACTES seul, quel que soit son type : la structure du schéma,
    et pour un ``Acte`` les règles métier."""
    verif = _Verif()
    racine = analyser_xml(octets, nom)
    verif.structure(racine, nom)
    if etree.QName(racine).localname == "Acte" and etree.QName(racine).namespace == NS_ACTES:
        meta = lire_message(octets, nom, ecarts=False).message
        if isinstance(meta, MetadonneesActe):
            verif.regles_acte(
                meta,
                nom,
                classification or classification_par_defaut(),
                (),
                aujourd_hui or dt.date.today(),
            )
    if xsd is not None:
        _xsd(verif, octets, nom, xsd)
    return Rapport(verif.constats)


def _racines(fichiers: Sequence[tuple[str, bytes]]) -> dict[str, etree._Element | None]:
    racines: dict[str, etree._Element | None] = {}
    for nom, contenu in fichiers:
        if nom.lower().endswith(".xml"):
            try:
                racines[nom] = analyser_xml(contenu, nom)
            except FichierIllisible:
                racines[nom] = None
    return racines


def _type(racine: etree._Element | None) -> str | None:
    if racine is None or etree.QName(racine).namespace != NS_ACTES:
        return None
    return etree.QName(racine).localname


def _retour_prefecture(
    verif: _Verif, fichiers: Sequence[tuple[str, bytes]], racines: dict[str, etree._Element | None]
) -> Rapport:
    verif.ajouter(
        "actes.archive-prefecture",
        Severite.INFO,
        "archive",
        "Archive envoyée par la préfecture (EnveloppeMISILLCL) : structure de chaque message vérifiée.",
    )
    for nom, racine in racines.items():
        if racine is None:
            verif.erreur("actes.xml-illisible", nom, "XML illisible ou dangereux.")
        else:
            verif.structure(racine, nom)
    return Rapport(verif.constats)


def verifier_fichiers(
    fichiers: Sequence[tuple[str, bytes]],
    *,
    nom_archive: str | None = None,
    taille_archive: int | None = None,
    classification: ClassificationActes | None = None,
    numeros_utilises: Iterable[str] = (),
    aujourd_hui: dt.date | None = None,
    xsd: str | os.PathLike[str] | None = None,
) -> Rapport:
    """Vérifie le contenu d'une transmission : enveloppe, métiers, pièces, noms, archive.

    Une archive de la préfecture (``EnveloppeMISILLCL``) est reconnue : la structure de ses
    messages est vérifiée, pas les règles d'envoi de la collectivité.
    """
    verif = _Verif()
    classification = classification or classification_par_defaut()
    jour = aujourd_hui or dt.date.today()
    numeros = list(numeros_utilises)
    contenus = dict(fichiers)
    if taille_archive is not None and taille_archive > TAILLE_MAX_ARCHIVE:
        verif.erreur(
            "actes.taille-archive",
            nom_archive or "archive",
            f"Archive de {taille_archive} octets : 150 Mio au plus.",
        )
    verifier_balises(fichiers, nom_archive or "envoi")
    racines = _racines(fichiers)
    if any(_type(r) == "EnveloppeMISILLCL" for r in racines.values()):
        return _retour_prefecture(verif, fichiers, racines)
    enveloppes = [nom for nom, r in racines.items() if _type(r) == "EnveloppeCLMISILL"]
    if len(enveloppes) != 1:
        verif.erreur(
            "actes.enveloppe",
            nom_archive or "envoi",
            f"{len(enveloppes)} enveloppe(s) EnveloppeCLMISILL trouvée(s), une attendue.",
        )
        return Rapport(verif.constats)
    nom_env = enveloppes[0]
    if nom_archive is not None:
        _verifier_nom_archive(verif, nom_archive, nom_env)
    racine_env = racines[nom_env]
    assert racine_env is not None
    verif.structure(racine_env, nom_env)
    if xsd is not None:
        _xsd(verif, contenus[nom_env], nom_env, xsd)
    enveloppe = lire_message(contenus[nom_env], nom_env, ecarts=False).message
    if not isinstance(enveloppe, Enveloppe):
        verif.erreur("actes.enveloppe", nom_env, "Enveloppe illisible.")
        return Rapport(verif.constats)
    verif.regles_enveloppe(enveloppe, nom_env, contenus)
    cites = set(enveloppe.noms_formulaires) | {nom_env}
    for formulaire in enveloppe.noms_formulaires:
        if formulaire not in contenus:
            continue
        cites |= _verifier_formulaire(
            verif,
            formulaire,
            contenus,
            racines.get(formulaire),
            enveloppe,
            classification,
            numeros,
            jour,
            xsd,
        )
    for present, _ in fichiers:
        if present not in cites:
            verif.erreur(
                "actes.fichier-en-trop",
                present,
                "Fichier présent dans l'envoi mais cité par aucun XML.",
            )
    return Rapport(verif.constats)


def _verifier_nom_archive(verif: _Verif, nom_archive: str, nom_env: str) -> None:
    attendu = re.sub(r"^[A-Z]{3}-", "", nom_archive).removesuffix(".tar.gz") + ".xml"
    if not re.match(r"^[A-Z]{3}-", nom_archive) or not nom_archive.endswith(".tar.gz"):
        verif.erreur(
            "actes.nom-fichier",
            nom_archive,
            "Nom d'archive hors convention {trigramme}-{enveloppe}.tar.gz.",
        )
    elif attendu != nom_env:
        verif.erreur(
            "actes.nom-fichier",
            nom_archive,
            f"L'archive doit contenir l'enveloppe {attendu}, elle contient {nom_env}.",
        )


def _verifier_formulaire(
    verif: _Verif,
    formulaire: str,
    contenus: dict[str, bytes],
    racine: etree._Element | None,
    enveloppe: Enveloppe,
    classification: ClassificationActes,
    numeros: list[str],
    jour: dt.date,
    xsd: str | os.PathLike[str] | None,
) -> set[str]:
    octets = contenus[formulaire]
    if racine is None:
        verif.erreur("actes.xml-illisible", formulaire, "XML illisible ou dangereux.")
        return set()
    verif.structure(racine, formulaire)
    if xsd is not None:
        _xsd(verif, octets, formulaire, xsd)
    if _type(racine) != "Acte":
        verif.ajouter(
            "actes.message-non-verifie",
            Severite.INFO,
            formulaire,
            f"Message {etree.QName(racine).localname} : seule sa structure est vérifiée.",
        )
        return set()
    meta = lire_message(octets, formulaire, ecarts=False).message
    if not isinstance(meta, MetadonneesActe):
        return set()
    verif.regles_acte(meta, formulaire, classification, numeros, jour)
    verif.regles_pieces(meta, contenus, classification, formulaire)
    nom = MOTIF_METIER.match(formulaire)
    if nom and (
        nom.group("numero") != meta.numero_interne or nom.group("siren") != enveloppe.siren
    ):
        verif.erreur(
            "actes.nom-fichier",
            formulaire,
            "Le nom du fichier métier ne reprend pas le SIREN ou le numéro de l'acte.",
        )
    return {d.nom for d in ([meta.document] if meta.document else []) + list(meta.annexes)}


def _textes_interdits(transmission: TransmissionActes) -> list[Constat]:
    """Les champs qu'aucun XML ne peut porter (caractère de contrôle), avant toute écriture."""
    constats = []
    m, e = transmission.metadonnees, transmission.enveloppe
    champs: list[tuple[str, str | None]] = [
        ("Acte/Objet", m.objet),
        ("Acte/@NumeroInterne", m.numero_interne),
        ("EnveloppeCLMISILL/Referent/Nom", e.referent.nom if e.referent else None),
        ("EnveloppeCLMISILL/Referent/Telephone", e.referent.telephone if e.referent else None),
        *(("EnveloppeCLMISILL/AdressesRetour/Email", a) for a in e.adresses_retour),
    ]
    for chemin, texte in champs:
        interdit = caractere_interdit(texte or "")
        if interdit is not None:
            constats.append(
                Constat(
                    code="actes.caractere-interdit",
                    severite=Severite.ERREUR,
                    chemin=chemin,
                    message=f"Caractère de contrôle U+{ord(interdit):04X} : un XML ne peut pas le porter ; retirez-le.",
                )
            )
    return constats


def verifier_transmission(
    transmission: TransmissionActes,
    *,
    classification: ClassificationActes | None = None,
    numeros_utilises: Iterable[str] = (),
    aujourd_hui: dt.date | None = None,
    xsd: str | os.PathLike[str] | None = None,
) -> Rapport:
    """Vérifie une transmission préparée, avant d'écrire l'archive."""
    interdits = _textes_interdits(transmission)
    try:
        fichiers = transmission.fichiers()
    except CaractereInterdit as erreur:
        interdits = interdits or [
            Constat(
                code="actes.caractere-interdit",
                severite=Severite.ERREUR,
                chemin="XML",
                message=str(erreur),
            )
        ]
    if interdits:
        return Rapport(interdits)
    return verifier_fichiers(
        fichiers,
        nom_archive=transmission.nom_archive,
        taille_archive=sum(len(c) for _, c in fichiers),
        classification=classification,
        numeros_utilises=numeros_utilises,
        aujourd_hui=aujourd_hui,
        xsd=xsd,
    )


def verifier_archive(
    chemin: str | os.PathLike[str],
    *,
    classification: ClassificationActes | None = None,
    numeros_utilises: Iterable[str] = (),
    aujourd_hui: dt.date | None = None,
    xsd: str | os.PathLike[str] | None = None,
    taille_max: int = TAILLE_MAX_ARCHIVE,
    taille_decompressee_max: int = TAILLE_MAX_DECOMPRESSEE,
    membres_max: int = MEMBRES_MAX,
) -> Rapport:
    """Lit une archive de façon sûre (voir :func:`~deliberations.actes.archive.lire_archive`),
    puis vérifie son contenu."""
    fichiers = lire_archive(
        chemin,
        taille_max=taille_max,
        taille_decompressee_max=taille_decompressee_max,
        membres_max=membres_max,
    )
    return verifier_fichiers(
        fichiers,
        nom_archive=Path(chemin).name,
        taille_archive=Path(chemin).stat().st_size,
        classification=classification,
        numeros_utilises=numeros_utilises,
        aujourd_hui=aujourd_hui,
        xsd=xsd,
    )
