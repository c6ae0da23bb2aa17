"""Écriture des messages ACTES : chaque type du schéma, depuis son objet typé.

Espaces de noms, ``schemaLocation``, attributs qualifiés et encodage ISO-8859-1 comme dans
les messages réels de S²LOW ; ordre des éléments de l'XSD. Un caractère qu'XML ne peut pas
porter (caractère de contrôle, demi-paire de substitution) lève :class:`CaractereInterdit`
en nommant le champ, au lieu de l'erreur brute de lxml.

>>> import datetime as dt
>>> meta = MetadonneesActe(date=dt.date(2024, 9, 26), numero_interne="20240926_001", nature=1,
...     codes_matiere=(8, 2), objet="Avenant", classification_date=dt.date(2019, 4, 18),
...     document=Fichier(nom="99_DE-021-242100410-20240926-20240926_001-DE-1-1_1.pdf"),
...     annexes_nombre=0, document_papier="N")
>>> print(xml_acte(meta).decode("iso-8859-1").splitlines()[0])
<?xml version='1.0' encoding='ISO-8859-1'?>
>>> xml_acte(attrs.evolve(meta, objet="Avenant\\x1b[31m"))
Traceback (most recent call last):
...
deliberations.actes.ecriture.CaractereInterdit: Acte/Objet : caractère U+001B interdit en XML.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs
from lxml import etree

from deliberations.actes.messages import (
    AccuseReception,
    AccuseReponse,
    Anomalie,
    ClassificationAJour,
    CourrierPrefecture,
    DemandeClassification,
    Enveloppe,
    EnveloppePrefecture,
    Fichier,
    MatiereClassification,
    MessageActes,
    MetadonneesActe,
    Referent,
    RetourClassification,
    TypeCourrier,
)
from deliberations.erreurs import ErreurDeliberations

__all__ = [
    "NS_ACTES",
    "NS_INSEE",
    "NS_XSI",
    "CaractereInterdit",
    "caractere_interdit",
    "ecrire_message",
    "xml_acte",
    "xml_enveloppe",
]

NS_ACTES = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216"
NS_INSEE = "http://xml.insee.fr/schema"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_NSMAP = {"actes": NS_ACTES, "insee": NS_INSEE, "xsi": NS_XSI}
_INTERDITS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class CaractereInterdit(ErreurDeliberations, ValueError):
    """Un texte contient un caractère qu'un document XML 1.0 ne peut pas porter."""


def caractere_interdit(texte: str) -> str | None:
    """Le premier caractère de ``texte`` interdit en XML 1.0, ou ``None``.

    >>> caractere_interdit("Budget\\x07"), caractere_interdit("Budget 2024 : 10 000 €")
    ('\\x07', None)
    """
    trouve = _INTERDITS.search(texte)
    return trouve.group() if trouve else None


def _a(nom: str) -> str:
    return f"{{{NS_ACTES}}}{nom}"


class _Ecrivain:
    """Construit l'arbre en vérifiant chaque texte (le chemin nomme le champ fautif)."""

    def __init__(self, racine: str) -> None:
        self.racine = etree.Element(_a(racine), nsmap=_NSMAP)
        self.racine.set(f"{{{NS_XSI}}}schemaLocation", f"{NS_ACTES} actesv1_1.xsd")
        self.nom = racine

    def verifie(self, texte: str, chemin: str) -> str:
        interdit = caractere_interdit(texte)
        if interdit is not None:
            raise CaractereInterdit(f"{chemin} : caractère U+{ord(interdit):04X} interdit en XML.")
        return texte

    def texte(
        self, parent: etree._Element, balise: str, valeur: str, chemin: str
    ) -> etree._Element:
        element = etree.SubElement(parent, _a(balise))
        element.text = self.verifie(valeur, f"{chemin}/{balise}")
        return element

    def attribut(
        self, element: etree._Element, nom: str, valeur: str, chemin: str, espace: str = NS_ACTES
    ) -> None:
        element.set(f"{{{espace}}}{nom}", self.verifie(valeur, f"{chemin}/@{nom}"))

    def fichier(self, parent: etree._Element, balise: str, fichier: Fichier, chemin: str) -> None:
        element = etree.SubElement(parent, _a(balise))
        self.texte(element, "NomFichier", fichier.nom, f"{chemin}/{balise}")
        if fichier.signature is None:
            return
        signature = etree.SubElement(element, _a("Signature"))
        if not fichier.signature_xml:
            signature.text = self.verifie(fichier.signature, f"{chemin}/{balise}/Signature")
            return
        enveloppe = f'<s xmlns:actes="{NS_ACTES}" xmlns:insee="{NS_INSEE}">{fichier.signature}</s>'
        try:
            contenu = etree.fromstring(enveloppe)
        except etree.XMLSyntaxError:
            raise CaractereInterdit(
                f"{chemin}/{balise}/Signature : contenu XML mal formé."
            ) from None
        signature.text = contenu.text
        signature.extend(list(contenu))

    def referent(self, parent: etree._Element, referent: Referent, chemin: str) -> None:
        element = etree.SubElement(parent, _a("Referent"))
        for balise, valeur in (
            ("Nom", referent.nom),
            ("Telephone", referent.telephone),
            ("Email", referent.email),
        ):
            if valeur is not None:
                self.texte(element, balise, valeur, f"{chemin}/Referent")

    def octets(self) -> bytes:
        texte = etree.tostring(
            self.racine, xml_declaration=True, encoding="ISO-8859-1", pretty_print=True
        )
        return texte if isinstance(texte, bytes) else texte.encode("iso-8859-1")


def _remplir_acte(
    e: _Ecrivain, element: etree._Element, meta: MetadonneesActe, chemin: str
) -> None:
    e.attribut(element, "Date", meta.date.isoformat(), chemin)
    e.attribut(element, "NumeroInterne", meta.numero_interne, chemin)
    e.attribut(element, "CodeNatureActe", str(meta.nature), chemin)
    for niveau, code in enumerate(meta.codes_matiere, start=1):
        if code is not None:
            etree.SubElement(element, _a(f"CodeMatiere{niveau}")).set(_a("CodeMatiere"), str(code))
    e.texte(element, "Objet", meta.objet, chemin)
    if meta.precedent is not None:
        precedent = etree.SubElement(element, _a("PrecedentIdentifiantActe"))
        e.attribut(precedent, "IDActe", meta.precedent, f"{chemin}/PrecedentIdentifiantActe")
    if meta.classification_date is not None:
        e.texte(element, "ClassificationDateVersion", meta.classification_date.isoformat(), chemin)
    if meta.document is not None:
        e.fichier(element, "Document", meta.document, chemin)
    if meta.annexes_nombre is None and not meta.annexes:
        return _papier(e, element, meta, chemin)  # ni Annexes ni Nombre : écrit tel que lu
    annexes = etree.SubElement(element, _a("Annexes"))
    if meta.annexes_nombre is not None:
        annexes.set(_a("Nombre"), str(meta.annexes_nombre))
    for annexe in meta.annexes:
        e.fichier(annexes, "Annexe", annexe, f"{chemin}/Annexes")
    _papier(e, element, meta, chemin)


def _papier(e: _Ecrivain, element: etree._Element, meta: MetadonneesActe, chemin: str) -> None:
    if meta.document_papier_nil:
        papier = etree.SubElement(element, _a("DocumentPapier"))
        papier.set(f"{{{NS_XSI}}}nil", "true")
    elif meta.document_papier is not None:
        e.texte(element, "DocumentPapier", meta.document_papier, chemin)


def _remplir_enveloppe(
    e: _Ecrivain, element: etree._Element, enveloppe: Enveloppe, chemin: str
) -> None:
    emetteur = etree.SubElement(element, _a("Emetteur"))
    idcl = etree.SubElement(emetteur, _a("IDCL"))
    c = f"{chemin}/Emetteur/IDCL"
    e.attribut(idcl, "SIREN", enveloppe.siren, c, NS_INSEE)
    e.attribut(idcl, "Departement", enveloppe.departement, c)
    e.attribut(idcl, "Arrondissement", enveloppe.arrondissement, c)
    e.attribut(idcl, "Nature", enveloppe.nature, c)
    if enveloppe.referent is not None:
        e.referent(emetteur, enveloppe.referent, f"{chemin}/Emetteur")
    adresses = etree.SubElement(element, _a("AdressesRetour"))
    for adresse in enveloppe.adresses_retour:
        e.texte(adresses, "Email", adresse, f"{chemin}/AdressesRetour")
    _formulaires(e, element, enveloppe.formulaires, chemin)


def _formulaires(
    e: _Ecrivain, element: etree._Element, fichiers: tuple[Fichier, ...], chemin: str
) -> None:
    formulaires = etree.SubElement(element, _a("FormulairesEnvoyes"))
    for fichier in fichiers:
        e.fichier(formulaires, "Formulaire", fichier, f"{chemin}/FormulairesEnvoyes")


def _acte(e: _Ecrivain, m: MetadonneesActe) -> None:
    _remplir_acte(e, e.racine, m, "Acte")


def _enveloppe(e: _Ecrivain, m: Enveloppe) -> None:
    _remplir_enveloppe(e, e.racine, m, "EnveloppeCLMISILL")


def _enveloppe_prefecture(e: _Ecrivain, m: EnveloppePrefecture) -> None:
    emetteur = etree.SubElement(e.racine, _a("Emetteur"))
    service = etree.SubElement(emetteur, _a(m.emetteur.value))
    c = f"{e.nom}/Emetteur/{m.emetteur.value}"
    e.attribut(service, "Departement", m.departement, c)
    if m.arrondissement is not None:
        e.attribut(service, "Arrondissement", m.arrondissement, c)
    if m.referent is not None:
        e.referent(emetteur, m.referent, f"{e.nom}/Emetteur")
    _formulaires(e, e.racine, m.formulaires, e.nom)
    destinataire = etree.SubElement(e.racine, _a("Destinataire"))
    e.attribut(destinataire, "SIREN", m.destinataire, f"{e.nom}/Destinataire", NS_INSEE)


def _accuse(e: _Ecrivain, m: AccuseReception) -> None:
    e.attribut(e.racine, "IDActe", m.id_acte, e.nom)
    if m.date_reception is not None:
        e.racine.set(_a("DateReception"), m.date_reception.isoformat())
    if m.acte is not None:
        _remplir_acte(e, etree.SubElement(e.racine, _a("ActeRecu")), m.acte, "ARActe/ActeRecu")
    if m.classification_en_cours is not None:
        e.texte(
            e.racine,
            "ClassificationDateVersionEnCours",
            m.classification_en_cours.isoformat(),
            e.nom,
        )


def _anomalie(e: _Ecrivain, m: Anomalie) -> None:
    if m.date is not None:
        e.texte(e.racine, "Date", m.date.isoformat(), e.nom)
    e.texte(e.racine, "Nature", m.nature_brute, e.nom)
    if m.detail is not None:
        e.texte(e.racine, "Detail", m.detail, e.nom)
    if m.acte is not None:
        _remplir_acte(e, etree.SubElement(e.racine, _a("ActeRecu")), m.acte, f"{e.nom}/ActeRecu")
    if m.enveloppe is not None:
        recue = etree.SubElement(e.racine, _a("EnveloppeRecue"))
        _remplir_enveloppe(e, recue, m.enveloppe, f"{e.nom}/EnveloppeRecue")
    if m.classification_en_cours is not None:
        e.texte(
            e.racine,
            "ClassificationDateVersionEnCours",
            m.classification_en_cours.isoformat(),
            e.nom,
        )


_DATE_COURRIER = {TypeCourrier.AR_ANNULATION: "DateReception", TypeCourrier.DEFERE_TA: None}
_TEXTE_COURRIER = {
    TypeCourrier.DEMANDE_PIECE_COMPLEMENTAIRE: "DescriptionPieces",
    TypeCourrier.LETTRE_OBSERVATIONS: "Motif",
    TypeCourrier.DEFERE_TA: "NatureIllegalite",
}
_SANS_DOCUMENT = {
    TypeCourrier.ANNULATION,
    TypeCourrier.AR_ANNULATION,
    TypeCourrier.AR_DEMANDE_PIECE_COMPLEMENTAIRE,
    TypeCourrier.AR_LETTRE_OBSERVATIONS,
}


def _courrier(e: _Ecrivain, m: CourrierPrefecture) -> None:
    if m.id_acte is not None:
        e.attribut(e.racine, "IDActe", m.id_acte, e.nom)
    if m.type is TypeCourrier.DEFERE_TA:
        if m.date is not None:
            e.texte(e.racine, "DateDepot", m.date.isoformat(), e.nom)
        e.texte(e.racine, "NatureIllegalite", m.texte or "", e.nom)
        pieces = etree.SubElement(e.racine, _a("PiecesJointes"))
        for document in m.documents:
            e.fichier(pieces, "PieceJointe", document, f"{e.nom}/PiecesJointes")
        return
    if m.date is not None and m.type is not TypeCourrier.ANNULATION:
        e.racine.set(_a(_DATE_COURRIER.get(m.type) or "DateCourrierPref"), m.date.isoformat())
    balise = _TEXTE_COURRIER.get(m.type)
    if balise is not None:
        e.texte(e.racine, balise, m.texte or "", e.nom)
    if m.type is TypeCourrier.PIECE_COMPLEMENTAIRE:
        documents = etree.SubElement(e.racine, _a("Documents"))
        for document in m.documents:
            e.fichier(documents, "Document", document, f"{e.nom}/Documents")
    elif m.type not in _SANS_DOCUMENT:
        for document in m.documents:
            e.fichier(e.racine, "Document", document, e.nom)


def _accuse_reponse(e: _Ecrivain, m: AccuseReponse) -> None:
    if m.date_reception is not None:
        e.racine.set(_a("DateReception"), m.date_reception.isoformat())
    infos = etree.SubElement(e.racine, _a("InfosCourrierPref"))
    if m.id_acte is not None:
        e.attribut(infos, "IDActe", m.id_acte, f"{e.nom}/InfosCourrierPref")
    if m.date_courrier is not None:
        infos.set(_a("DateCourrierPref"), m.date_courrier.isoformat())


def _demande(e: _Ecrivain, m: DemandeClassification) -> None:
    if m.date is not None:
        e.texte(e.racine, "DateClassification", m.date.isoformat(), e.nom)


def _a_jour(e: _Ecrivain, m: ClassificationAJour) -> None:
    if m.date is not None:
        e.texte(e.racine, "DateClassification", m.date.isoformat(), e.nom)


def _matiere(e: _Ecrivain, parent: etree._Element, m: MatiereClassification, niveau: int) -> None:
    element = etree.SubElement(parent, _a(f"Matiere{niveau}"))
    element.set(_a("CodeMatiere"), str(m.code))
    e.attribut(element, "Libelle", m.libelle, f"{e.nom}/Matiere{niveau}")
    for sous in m.sous_matieres:
        _matiere(e, element, sous, niveau + 1)


def _retour_classification(e: _Ecrivain, m: RetourClassification) -> None:
    if m.date is not None:
        e.texte(e.racine, "DateClassification", m.date.isoformat(), e.nom)
    natures = etree.SubElement(e.racine, _a("NaturesActes"))
    for nature in m.natures:
        element = etree.SubElement(natures, _a("NatureActe"))
        c = f"{e.nom}/NatureActe"
        if nature.code is not None:
            element.set(_a("CodeNatureActe"), str(nature.code))
        e.attribut(element, "Libelle", nature.libelle, c)
        e.attribut(element, "TypeAbrege", nature.type_abrege, c)
        for type_pj in nature.types_pj:
            t = etree.SubElement(element, _a("TypePJNatureActe"))
            e.attribut(t, "CodeTypePJ", type_pj.code, f"{c}/TypePJNatureActe")
            e.attribut(t, "Libelle", type_pj.libelle, f"{c}/TypePJNatureActe")
    matieres = etree.SubElement(e.racine, _a("Matieres"))
    for matiere in m.matieres:
        _matiere(e, matieres, matiere, 1)


_ECRIVAINS: dict[
    type, tuple[Callable[[MessageActes], str], Callable[[_Ecrivain, object], None]]
] = {
    MetadonneesActe: (lambda m: "Acte", _acte),  # type: ignore[dict-item]
    Enveloppe: (lambda m: "EnveloppeCLMISILL", _enveloppe),  # type: ignore[dict-item]
    EnveloppePrefecture: (lambda m: "EnveloppeMISILLCL", _enveloppe_prefecture),  # type: ignore[dict-item]
    AccuseReception: (lambda m: "ARActe", _accuse),  # type: ignore[dict-item]
    Anomalie: (  # type: ignore[dict-item]
        lambda m: "AnomalieActe" if m.sur == "acte" else "AnomalieEnveloppe",  # type: ignore[union-attr]
        _anomalie,
    ),
    CourrierPrefecture: (lambda m: m.type.value, _courrier),  # type: ignore[dict-item, union-attr]
    AccuseReponse: (lambda m: m.type, _accuse_reponse),  # type: ignore[dict-item, union-attr]
    DemandeClassification: (lambda m: "DemandeClassification", _demande),  # type: ignore[dict-item]
    ClassificationAJour: (lambda m: "ReponseClassificationSansChangement", _a_jour),  # type: ignore[dict-item]
    RetourClassification: (lambda m: "RetourClassification", _retour_classification),  # type: ignore[dict-item]
}


def ecrire_message(message: MessageActes) -> bytes:
    """Le XML (ISO-8859-1) d'un message ACTES, quel que soit son type.

    Relu par :func:`~deliberations.actes.lecture.lire_message`, il redonne le même objet.
    """
    nom, remplir = _ECRIVAINS[type(message)]
    ecrivain = _Ecrivain(nom(message))
    remplir(ecrivain, message)
    return ecrivain.octets()


def xml_acte(meta: MetadonneesActe) -> bytes:
    """Le fichier métier ``actes:Acte``, en ISO-8859-1."""
    return ecrire_message(meta)


def xml_enveloppe(enveloppe: Enveloppe) -> bytes:
    """L'enveloppe ``actes:EnveloppeCLMISILL``, en ISO-8859-1."""
    return ecrire_message(enveloppe)


_ = attrs  # le doctest du module s'en sert
