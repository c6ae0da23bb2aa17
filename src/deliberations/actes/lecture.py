"""Lecture indulgente des messages ACTES (métier, enveloppes, retours de la préfecture).

Les retours réels s'écartent parfois du schéma (nature d'anomalie ``999`` ou ``2``,
``DocumentPapier`` absent avant 2018, éléments en trop) : le lecteur les accepte et le dit
par des constats, au lieu de refuser le message.

>>> import pathlib
>>> ar = (b'<?xml version="1.0" encoding="ISO-8859-1"?><actes:ARActe xmlns:actes='
...       b'"http://www.interieur.gouv.fr/ACTES#v1.1-20040216" actes:IDActe="021-242100410-20240926-X-DE"'
...       b' actes:DateReception="2024-09-30"/>')
>>> lu = lire_message(ar, "ar.xml")
>>> lu.message.id_acte, lu.message.date_reception
('021-242100410-20240926-X-DE', datetime.date(2024, 9, 30))
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
from lxml import etree

from deliberations.actes.ecriture import NS_ACTES, NS_INSEE
from deliberations.actes.messages import (
    AccuseReception,
    Anomalie,
    CourrierPrefecture,
    Enveloppe,
    Fichier,
    MetadonneesActe,
    Referent,
    TypeCourrier,
)
from deliberations.actes.securite import analyser_xml
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["LectureMessage", "Message", "lire_acte", "lire_message"]

Message = MetadonneesActe | Enveloppe | AccuseReception | Anomalie | CourrierPrefecture

_XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"


@attrs.frozen
class LectureMessage:
    """Le message lu (``None`` si ce n'est pas un message ACTES connu) et les constats."""

    type: str
    message: Message | None
    rapport: Rapport


class _Lecteur:
    def __init__(self, nom: str) -> None:
        self.nom = nom
        self.constats: list[Constat] = []

    def constat(self, code: str, severite: Severite, chemin: str, message: str) -> None:
        self.constats.append(
            Constat(code=code, severite=severite, message=message, chemin=f"{self.nom} : {chemin}")
        )

    def enfant(self, element: etree._Element, nom: str) -> etree._Element | None:
        return element.find(f"{{{NS_ACTES}}}{nom}")

    def texte(self, element: etree._Element, nom: str) -> str | None:
        enfant = self.enfant(element, nom)
        if enfant is None:
            return None
        return (enfant.text or "").strip()

    def attribut(self, element: etree._Element, nom: str, espace: str = NS_ACTES) -> str | None:
        valeur = element.get(f"{{{espace}}}{nom}")
        if valeur is None:
            valeur = element.get(nom)  # attribut non qualifié (message mal formé mais lisible)
            if valeur is not None:
                self.constat(
                    "actes.attribut-non-qualifie",
                    Severite.AVERTISSEMENT,
                    etree.QName(element).localname,
                    f"Attribut « {nom} » sans espace de noms.",
                )
        return valeur

    def date(self, valeur: str | None, chemin: str, obligatoire: bool = True) -> dt.date | None:
        if valeur is None or not valeur.strip():
            if obligatoire:
                self.constat("actes.date-manquante", Severite.ERREUR, chemin, "Date absente.")
            return None
        try:
            return dt.date.fromisoformat(valeur.strip()[:10])
        except ValueError:
            self.constat(
                "actes.date-invalide", Severite.ERREUR, chemin, f"Date illisible : « {valeur} »."
            )
            return None

    def entier(self, valeur: str | None, chemin: str) -> int | None:
        if valeur is None:
            return None
        try:
            return int(valeur.strip())
        except ValueError:
            self.constat(
                "actes.nombre-invalide",
                Severite.ERREUR,
                chemin,
                f"Nombre illisible : « {valeur} ».",
            )
            return None

    def fichier(self, element: etree._Element | None) -> Fichier | None:
        if element is None:
            return None
        nom = self.texte(element, "NomFichier") or ""
        signature = self.enfant(element, "Signature")
        texte_signature = None
        if signature is not None:
            texte_signature = (signature.text or "") + "".join(
                etree.tostring(e, encoding="unicode") for e in signature
            )
        return Fichier(nom=nom, signature=texte_signature)

    def acte(self, element: etree._Element) -> MetadonneesActe | None:
        chemin = etree.QName(element).localname
        date = self.date(self.attribut(element, "Date"), f"{chemin}/@Date")
        numero = self.attribut(element, "NumeroInterne")
        nature = self.entier(self.attribut(element, "CodeNatureActe"), f"{chemin}/@CodeNatureActe")
        codes: list[int | None] = []
        for niveau in range(1, 6):
            enfant = self.enfant(element, f"CodeMatiere{niveau}")
            codes.append(
                None
                if enfant is None
                else self.entier(
                    self.attribut(enfant, "CodeMatiere"), f"{chemin}/CodeMatiere{niveau}"
                )
            )
        objet = self.texte(element, "Objet")
        precedent_element = self.enfant(element, "PrecedentIdentifiantActe")
        precedent = (
            self.attribut(precedent_element, "IDActe") if precedent_element is not None else None
        )
        classification = self.date(
            self.texte(element, "ClassificationDateVersion"),
            f"{chemin}/ClassificationDateVersion",
        )
        annexes_element = self.enfant(element, "Annexes")
        annexes: list[Fichier] = []
        nombre = None
        if annexes_element is not None:
            nombre = self.entier(
                self.attribut(annexes_element, "Nombre"), f"{chemin}/Annexes/@Nombre"
            )
            for a in annexes_element.findall(f"{{{NS_ACTES}}}Annexe"):
                f = self.fichier(a)
                if f is not None:
                    annexes.append(f)
        papier_element = self.enfant(element, "DocumentPapier")
        papier = None
        if papier_element is not None:
            papier = (
                ""
                if papier_element.get(_XSI_NIL) == "true"
                else (papier_element.text or "").strip()
            )
        else:
            self.constat(
                "actes.document-papier-absent",
                Severite.INFO,
                chemin,
                "DocumentPapier absent (forme des messages d'avant 2018).",
            )
        if date is None or numero is None or nature is None or objet is None:
            self.constat(
                "actes.acte-incomplet",
                Severite.ERREUR,
                chemin,
                "Date, NumeroInterne, CodeNatureActe ou Objet manquant : acte illisible.",
            )
            return None
        return MetadonneesActe(
            date=date,
            numero_interne=numero,
            nature=nature,
            codes_matiere=codes,
            objet=objet,
            precedent=precedent,
            classification_date=classification,
            document=self.fichier(self.enfant(element, "Document")),
            annexes=annexes,
            annexes_nombre=nombre,
            document_papier=papier,
        )

    def enveloppe(self, element: etree._Element) -> Enveloppe | None:
        emetteur = self.enfant(element, "Emetteur")
        idcl = self.enfant(emetteur, "IDCL") if emetteur is not None else None
        if idcl is None:
            self.constat("actes.emetteur-absent", Severite.ERREUR, "Emetteur", "IDCL absent.")
            return None
        referent_element = self.enfant(emetteur, "Referent") if emetteur is not None else None
        referent = None
        if referent_element is not None:
            referent = Referent(
                nom=self.texte(referent_element, "Nom"),
                telephone=self.texte(referent_element, "Telephone"),
                email=self.texte(referent_element, "Email"),
            )
        adresses = self.enfant(element, "AdressesRetour")
        formulaires = self.enfant(element, "FormulairesEnvoyes")
        return Enveloppe(
            siren=self.attribut(idcl, "SIREN", NS_INSEE) or "",
            departement=self.attribut(idcl, "Departement") or "",
            arrondissement=self.attribut(idcl, "Arrondissement") or "",
            nature=self.attribut(idcl, "Nature") or "",
            referent=referent,
            adresses_retour=[
                (e.text or "").strip()
                for e in (adresses if adresses is not None else [])
                if etree.QName(e).localname == "Email"
            ],
            formulaires=[
                self.texte(f, "NomFichier") or ""
                for f in (formulaires if formulaires is not None else [])
                if etree.QName(f).localname == "Formulaire"
            ],
        )


def _nature_anomalie(lecteur: _Lecteur, brute: str, sur: str) -> int | None:
    nature = lecteur.entier(brute, "Nature") if brute else None
    permises = {1, 2, 3, 4, 5, 100} if sur == "enveloppe" else None
    if sur == "acte" and not re.fullmatch(r"[0-9]{3}", brute):
        lecteur.constat(
            "actes.anomalie-nature-hors-schema",
            Severite.AVERTISSEMENT,
            "Nature",
            f"Nature d'anomalie « {brute} » hors du motif du schéma (3 chiffres) ; lue quand même.",
        )
    elif permises is not None and nature not in permises:
        lecteur.constat(
            "actes.anomalie-nature-hors-schema",
            Severite.AVERTISSEMENT,
            "Nature",
            f"Nature d'anomalie d'enveloppe {brute} hors de l'énumération du schéma ; lue quand même.",
        )
    return nature


def lire_message(octets: bytes, nom: str = "<message>") -> LectureMessage:
    """Lit un message ACTES, quel qu'il soit ; lève une erreur typée si le XML est illisible."""
    racine = analyser_xml(octets, nom)
    lecteur = _Lecteur(nom)
    qname = etree.QName(racine)
    type_ = qname.localname
    message: Message | None = None
    if qname.namespace != NS_ACTES:
        lecteur.constat(
            "actes.espace-de-noms",
            Severite.ERREUR,
            type_,
            f"Élément racine hors de l'espace de noms ACTES ({qname.namespace or 'aucun'}).",
        )
        return LectureMessage(type_, None, Rapport(lecteur.constats))
    if type_ == "Acte":
        message = lecteur.acte(racine)
    elif type_ in ("EnveloppeCLMISILL", "EnveloppeMISILLCL"):
        message = lecteur.enveloppe(racine) if type_ == "EnveloppeCLMISILL" else None
        if type_ == "EnveloppeMISILLCL":
            message = None
            lecteur.constat(
                "actes.enveloppe-prefecture",
                Severite.INFO,
                type_,
                "Enveloppe de la préfecture lue sans conversion.",
            )
    elif type_ == "ARActe":
        recus = racine.findall(f"{{{NS_ACTES}}}ActeRecu")
        if len(recus) != 1 or racine.find(f"{{{NS_ACTES}}}Acte") is not None:
            lecteur.constat(
                "actes.structure-inattendue",
                Severite.AVERTISSEMENT,
                type_,
                f"{len(recus)} ActeRecu (un seul attendu) ou élément Acte en trop ; le premier est lu.",
            )
        message = AccuseReception(
            id_acte=lecteur.attribut(racine, "IDActe") or "",
            date_reception=lecteur.date(
                lecteur.attribut(racine, "DateReception"), "ARActe/@DateReception"
            ),
            acte=lecteur.acte(recus[0]) if recus else None,
            classification_en_cours=lecteur.date(
                lecteur.texte(racine, "ClassificationDateVersionEnCours"),
                "ClassificationDateVersionEnCours",
                False,
            ),
        )
    elif type_ in ("AnomalieActe", "AnomalieEnveloppe"):
        sur = "acte" if type_ == "AnomalieActe" else "enveloppe"
        brute = lecteur.texte(racine, "Nature") or ""
        recu = lecteur.enfant(racine, "ActeRecu")
        enveloppe = lecteur.enfant(racine, "EnveloppeRecue")
        message = Anomalie(
            sur=sur,
            date=lecteur.date(lecteur.texte(racine, "Date"), f"{type_}/Date"),
            nature=_nature_anomalie(lecteur, brute, sur),
            nature_brute=brute,
            detail=lecteur.texte(racine, "Detail"),
            acte=lecteur.acte(recu) if recu is not None else None,
            enveloppe=lecteur.enveloppe(enveloppe) if enveloppe is not None else None,
        )
    elif type_ in {t.value for t in TypeCourrier}:
        documents: list[Fichier] = []
        for balise in ("Document", "Documents"):
            for element in racine.findall(f"{{{NS_ACTES}}}{balise}"):
                if balise == "Documents":
                    documents.extend(
                        f for f in (lecteur.fichier(d) for d in element) if f is not None
                    )
                else:
                    f = lecteur.fichier(element)
                    if f is not None:
                        documents.append(f)
        texte = None
        for balise in ("DescriptionPieces", "Motif", "NatureIllegalite"):
            texte = texte or lecteur.texte(racine, balise)
        date_brute = (
            lecteur.attribut(racine, "DateCourrierPref")
            or lecteur.attribut(racine, "DateReception")
            or lecteur.texte(racine, "DateDepot")
        )
        message = CourrierPrefecture(
            type=TypeCourrier(type_),
            id_acte=lecteur.attribut(racine, "IDActe"),
            date=lecteur.date(date_brute, f"{type_}/date", obligatoire=False),
            documents=documents,
            texte=texte,
        )
    else:
        lecteur.constat(
            "actes.message-inconnu",
            Severite.AVERTISSEMENT,
            type_,
            f"Message « {type_} » non pris en charge (classification, etc.) : contenu non converti.",
        )
    return LectureMessage(type_, message, Rapport(lecteur.constats))


def lire_acte(octets: bytes, nom: str = "<acte>") -> tuple[MetadonneesActe | None, Rapport]:
    """Lit un fichier métier ``actes:Acte``."""
    lu = lire_message(octets, nom)
    if not isinstance(lu.message, MetadonneesActe):
        rapport = lu.rapport + Rapport(
            [
                Constat(
                    code="actes.pas-un-acte",
                    severite=Severite.ERREUR,
                    message=f"Le fichier contient un message « {lu.type} », pas un acte.",
                    chemin=nom,
                )
            ]
        )
        return None, rapport
    return lu.message, lu.rapport
