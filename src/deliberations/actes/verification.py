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
from collections.abc import Iterable, Sequence
from pathlib import Path

from lxml import etree

from deliberations.actes.archive import TAILLE_MAX_ARCHIVE, lire_archive
from deliberations.actes.classification import ClassificationActes, classification_par_defaut
from deliberations.actes.ecriture import NS_ACTES, NS_INSEE
from deliberations.actes.lecture import lire_message
from deliberations.actes.messages import Enveloppe, MetadonneesActe
from deliberations.actes.nommage import MOTIF_ENVELOPPE, MOTIF_METIER, MOTIF_PIECE
from deliberations.actes.securite import analyser_xml
from deliberations.actes.transmission import TransmissionActes
from deliberations.erreurs import ErreurDeliberations, FichierIllisible
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
_EMAIL = re.compile(
    r"^[_a-zA-Z0-9\-]+(\.[_a-zA-Z0-9\-]+)*@[a-zA-Z0-9\-]+(\.[a-zA-Z0-9\-]+)*\.[a-zA-Z]{2,6}$"
)
_DEPT = re.compile(r"^[0|9][0-9][A|B|0-9]$")
_IDACTE = re.compile(r"^[0|9][0-9][A|B|0-9]-[0-9]{9}-[0-9]{8}-[a-zA-Z0-9_]{1,15}-[A-Z]{2}$")
_TYPE_PJ = re.compile(r"^[0-9]{2}_[A-Z0-9]{2}$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
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
    debut = contenu.lstrip(b"\xef\xbb\xbf \t\r\n")[:5]
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

    # ------------------------------------------------------------ structure

    def sequence(
        self, parent: etree._Element, attendus: Sequence[tuple[str, int, int]], chemin: str
    ) -> dict[str, list[etree._Element]]:
        enfants = [e for e in parent if isinstance(e.tag, str)]
        trouves: dict[str, list[etree._Element]] = {nom: [] for nom, _, _ in attendus}
        i = 0
        for nom, minimum, maximum in attendus:
            while i < len(enfants) and enfants[i].tag == _a(nom) and len(trouves[nom]) < maximum:
                trouves[nom].append(enfants[i])
                i += 1
            if len(trouves[nom]) < minimum:
                self.erreur(
                    "actes.structure", f"{chemin}/{nom}", f"Élément {nom} manquant (ou mal placé)."
                )
        for reste in enfants[i:]:
            self.erreur(
                "actes.structure",
                f"{chemin}/{etree.QName(reste).localname}",
                f"Élément {etree.QName(reste).localname} inattendu à cet endroit (ligne {reste.sourceline}).",
            )
        return trouves

    def attribut(
        self,
        element: etree._Element,
        nom: str,
        chemin: str,
        motif: re.Pattern[str] | None = None,
        espace: str = NS_ACTES,
    ) -> str | None:
        valeur = element.get(f"{{{espace}}}{nom}")
        if valeur is None:
            self.erreur("actes.structure", f"{chemin}/@{nom}", f"Attribut {nom} manquant.")
        elif motif is not None and not motif.match(valeur):
            self.erreur(
                "actes.structure", f"{chemin}/@{nom}", f"Attribut {nom} invalide : « {valeur} »."
            )
        return valeur

    def fichier_signe(self, element: etree._Element, chemin: str) -> None:
        trouves = self.sequence(element, [("NomFichier", 1, 1), ("Signature", 0, 1)], chemin)
        for nom in trouves["NomFichier"]:
            if not (nom.text or "").strip():
                self.erreur("actes.structure", f"{chemin}/NomFichier", "NomFichier vide.")

    def structure_acte(self, racine: etree._Element, fichier: str) -> None:
        chemin = f"{fichier} : Acte"
        date = self.attribut(racine, "Date", chemin, _DATE)
        if date and _DATE.match(date):
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                self.erreur("actes.structure", f"{chemin}/@Date", f"La date {date} n'existe pas.")
        numero = self.attribut(racine, "NumeroInterne", chemin)
        if numero is not None and len(numero) > 15:
            self.erreur(
                "actes.structure",
                f"{chemin}/@NumeroInterne",
                "NumeroInterne dépasse 15 caractères.",
            )
        self.attribut(racine, "CodeNatureActe", chemin, re.compile(r"^[+-]?[0-9]+$"))
        trouves = self.sequence(
            racine,
            [
                ("CodeMatiere1", 1, 1), ("CodeMatiere2", 1, 1), ("CodeMatiere3", 0, 1),
                ("CodeMatiere4", 0, 1), ("CodeMatiere5", 0, 1), ("Objet", 1, 1),
                ("PrecedentIdentifiantActe", 0, 1), ("ClassificationDateVersion", 1, 1),
                ("Document", 1, 1), ("Annexes", 1, 1), ("DocumentPapier", 1, 1),
            ],
            chemin,
        )  # fmt: skip
        for niveau in range(1, 6):
            for e in trouves[f"CodeMatiere{niveau}"]:
                self.attribut(
                    e, "CodeMatiere", f"{chemin}/CodeMatiere{niveau}", re.compile(r"^[+-]?[0-9]+$")
                )
        for e in trouves["Objet"]:
            if len(e.text or "") > 500:
                self.erreur(
                    "actes.structure", f"{chemin}/Objet", "Objet de plus de 500 caractères."
                )
        for e in trouves["PrecedentIdentifiantActe"]:
            self.attribut(e, "IDActe", f"{chemin}/PrecedentIdentifiantActe", _IDACTE)
        for e in trouves["ClassificationDateVersion"]:
            if not _DATE.match((e.text or "").strip()):
                self.erreur(
                    "actes.structure",
                    f"{chemin}/ClassificationDateVersion",
                    "Date de classification invalide.",
                )
        for e in trouves["Document"]:
            self.fichier_signe(e, f"{chemin}/Document")
        for e in trouves["Annexes"]:
            self.attribut(e, "Nombre", f"{chemin}/Annexes", re.compile(r"^[0-9]+$"))
            annexes = self.sequence(e, [("Annexe", 0, 10**6)], f"{chemin}/Annexes")
            for annexe in annexes["Annexe"]:
                self.fichier_signe(annexe, f"{chemin}/Annexes/Annexe")

    def structure_enveloppe(self, racine: etree._Element, fichier: str) -> None:
        chemin = f"{fichier} : EnveloppeCLMISILL"
        trouves = self.sequence(
            racine,
            [("Emetteur", 1, 1), ("AdressesRetour", 1, 1), ("FormulairesEnvoyes", 1, 1)],
            chemin,
        )
        for emetteur in trouves["Emetteur"]:
            sous = self.sequence(
                emetteur, [("IDCL", 1, 1), ("Referent", 0, 1)], f"{chemin}/Emetteur"
            )
            for idcl in sous["IDCL"]:
                c = f"{chemin}/Emetteur/IDCL"
                self.attribut(idcl, "SIREN", c, re.compile(r"^[0-9]{9}$"), NS_INSEE)
                self.attribut(idcl, "Departement", c, _DEPT)
                self.attribut(idcl, "Arrondissement", c, re.compile(r"^[0-9]$"))
                self.attribut(idcl, "Nature", c, re.compile(r"^[0-9]{2}$"))
            for referent in sous["Referent"]:
                champs = self.sequence(
                    referent,
                    [("Nom", 0, 1), ("Telephone", 0, 1), ("Email", 0, 1)],
                    f"{chemin}/Emetteur/Referent",
                )
                for email in champs["Email"]:
                    if not _EMAIL.match((email.text or "").strip()):
                        self.erreur(
                            "actes.structure",
                            f"{chemin}/Emetteur/Referent/Email",
                            f"Adresse invalide : « {email.text} ».",
                        )
        for adresses in trouves["AdressesRetour"]:
            emails = self.sequence(adresses, [("Email", 1, 10**6)], f"{chemin}/AdressesRetour")
            for email in emails["Email"]:
                if not _EMAIL.match((email.text or "").strip()):
                    self.erreur(
                        "actes.adresse-retour",
                        f"{chemin}/AdressesRetour/Email",
                        f"Adresse de retour invalide pour le schéma ACTES : « {email.text} ».",
                    )
        for formulaires in trouves["FormulairesEnvoyes"]:
            liste = self.sequence(
                formulaires, [("Formulaire", 1, 10**6)], f"{chemin}/FormulairesEnvoyes"
            )
            for f in liste["Formulaire"]:
                self.fichier_signe(f, f"{chemin}/FormulairesEnvoyes/Formulaire")

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
            try:
                classification.matieres.chemin(meta.matiere)
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
                    complement = (
                        ""
                        if classification.complete
                        else " (sans la classification reçue, seuls les types principaux sont connus)"
                    )
                    self.erreur(
                        "actes.type-pj",
                        c,
                        f"Type de pièce {type_pj} non permis pour la nature {meta.nature}{complement}.",
                    )
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
        for formulaire in enveloppe.formulaires:
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
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError, OSError) as erreur:
        raise FichierIllisible(chemin, f"XSD inutilisable ({erreur}).") from None


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
    """Vérifie un fichier XML ACTES seul (métier ou enveloppe)."""
    verif = _Verif()
    racine = analyser_xml(octets, nom)
    type_ = etree.QName(racine).localname
    if type_ == "Acte":
        verif.structure_acte(racine, nom)
        meta = lire_message(octets, nom).message
        if isinstance(meta, MetadonneesActe):
            verif.regles_acte(
                meta,
                nom,
                classification or classification_par_defaut(),
                (),
                aujourd_hui or dt.date.today(),
            )
    elif type_ == "EnveloppeCLMISILL":
        verif.structure_enveloppe(racine, nom)
    else:
        lu = lire_message(octets, nom)
        verif.constats.extend(lu.rapport)
    if xsd is not None:
        _xsd(verif, octets, nom, xsd)
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
    """Vérifie le contenu d'une transmission : enveloppe, métiers, pièces, noms, archive."""
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
    enveloppes = [
        nom for nom, _ in fichiers if MOTIF_ENVELOPPE.match(nom) or nom.startswith(("EACT", "TACT"))
    ]
    if len(enveloppes) != 1:
        verif.erreur(
            "actes.enveloppe",
            nom_archive or "envoi",
            f"{len(enveloppes)} enveloppe(s) trouvée(s), une attendue.",
        )
        return Rapport(verif.constats)
    nom_env = enveloppes[0]
    if nom_archive is not None:
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
    racine_env = analyser_xml(contenus[nom_env], nom_env)
    verif.structure_enveloppe(racine_env, nom_env)
    if xsd is not None:
        _xsd(verif, contenus[nom_env], nom_env, xsd)
    enveloppe = lire_message(contenus[nom_env], nom_env).message
    if not isinstance(enveloppe, Enveloppe):
        verif.erreur("actes.enveloppe", nom_env, "Enveloppe illisible.")
        return Rapport(verif.constats)
    verif.regles_enveloppe(enveloppe, nom_env, contenus)
    cites = set(enveloppe.formulaires) | {nom_env}
    for formulaire in enveloppe.formulaires:
        if formulaire not in contenus:
            continue
        octets = contenus[formulaire]
        racine = analyser_xml(octets, formulaire)
        if etree.QName(racine).localname != "Acte":
            verif.ajouter(
                "actes.message-non-verifie",
                Severite.INFO,
                formulaire,
                f"Message {etree.QName(racine).localname} : seules les règles de structure générales s'appliquent.",
            )
            continue
        verif.structure_acte(racine, formulaire)
        if xsd is not None:
            _xsd(verif, octets, formulaire, xsd)
        lu = lire_message(octets, formulaire)
        meta = lu.message
        if not isinstance(meta, MetadonneesActe):
            verif.constats.extend(lu.rapport)
            continue
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
        cites |= {d.nom for d in ([meta.document] if meta.document else []) + list(meta.annexes)}
    for present, _ in fichiers:
        if present not in cites:
            verif.erreur(
                "actes.fichier-en-trop",
                present,
                "Fichier présent dans l'envoi mais cité par aucun XML.",
            )
    return Rapport(verif.constats)


def verifier_transmission(
    transmission: TransmissionActes,
    *,
    classification: ClassificationActes | None = None,
    numeros_utilises: Iterable[str] = (),
    aujourd_hui: dt.date | None = None,
    xsd: str | os.PathLike[str] | None = None,
) -> Rapport:
    """Vérifie une transmission préparée, avant d'écrire l'archive."""
    fichiers = transmission.fichiers()
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
) -> Rapport:
    """Lit une archive de façon sûre, puis vérifie son contenu."""
    return verifier_fichiers(
        lire_archive(chemin),
        nom_archive=Path(chemin).name,
        taille_archive=Path(chemin).stat().st_size,
        classification=classification,
        numeros_utilises=numeros_utilises,
        aujourd_hui=aujourd_hui,
        xsd=xsd,
    )
