"""Écriture des fichiers XML ACTES : métier ``actes:Acte`` et enveloppe ``EnveloppeCLMISILL``.

Espaces de noms, ``schemaLocation``, attributs qualifiés et encodage ISO-8859-1 comme dans
les messages réels de S²LOW ; ordre des éléments de l'XSD ; ``DocumentPapier`` présent
(révision du schéma en vigueur).

>>> import datetime as dt
>>> meta = MetadonneesActe(date=dt.date(2024, 9, 26), numero_interne="20240926_001", nature=1,
...     codes_matiere=(8, 2), objet="Avenant", classification_date=dt.date(2019, 4, 18),
...     document=Fichier(nom="99_DE-021-242100410-20240926-20240926_001-DE-1-1_1.pdf"),
...     annexes_nombre=0, document_papier="N")
>>> print(xml_acte(meta).decode("iso-8859-1").splitlines()[0])
<?xml version='1.0' encoding='ISO-8859-1'?>
"""

from __future__ import annotations

from lxml import etree

from deliberations.actes.messages import Enveloppe, Fichier, MetadonneesActe

__all__ = ["NS_ACTES", "NS_INSEE", "NS_XSI", "xml_acte", "xml_enveloppe"]

NS_ACTES = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216"
NS_INSEE = "http://xml.insee.fr/schema"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_NSMAP = {"actes": NS_ACTES, "insee": NS_INSEE, "xsi": NS_XSI}


def _a(nom: str) -> str:
    return f"{{{NS_ACTES}}}{nom}"


def _racine(nom: str) -> etree._Element:
    racine = etree.Element(_a(nom), nsmap=_NSMAP)
    racine.set(f"{{{NS_XSI}}}schemaLocation", f"{NS_ACTES} actesv1_1.xsd")
    return racine


def _fichier(parent: etree._Element, balise: str, fichier: Fichier) -> None:
    element = etree.SubElement(parent, _a(balise))
    etree.SubElement(element, _a("NomFichier")).text = fichier.nom
    if fichier.signature is not None:
        etree.SubElement(element, _a("Signature")).text = fichier.signature


def _serialiser(racine: etree._Element) -> bytes:
    texte = etree.tostring(racine, xml_declaration=True, encoding="ISO-8859-1", pretty_print=True)
    return texte if isinstance(texte, bytes) else texte.encode("iso-8859-1")


def remplir_acte(element: etree._Element, meta: MetadonneesActe) -> None:
    """Écrit les attributs et enfants d'un ``DonneesActe`` dans ``element``."""
    element.set(_a("Date"), meta.date.isoformat())
    element.set(_a("NumeroInterne"), meta.numero_interne)
    element.set(_a("CodeNatureActe"), str(meta.nature))
    for niveau, code in enumerate(meta.codes_matiere, start=1):
        if code is not None:
            etree.SubElement(element, _a(f"CodeMatiere{niveau}")).set(_a("CodeMatiere"), str(code))
    etree.SubElement(element, _a("Objet")).text = meta.objet
    if meta.precedent is not None:
        etree.SubElement(element, _a("PrecedentIdentifiantActe")).set(_a("IDActe"), meta.precedent)
    if meta.classification_date is not None:
        etree.SubElement(
            element, _a("ClassificationDateVersion")
        ).text = meta.classification_date.isoformat()
    if meta.document is not None:
        _fichier(element, "Document", meta.document)
    annexes = etree.SubElement(element, _a("Annexes"))
    nombre = meta.annexes_nombre if meta.annexes_nombre is not None else len(meta.annexes)
    annexes.set(_a("Nombre"), str(nombre))
    for annexe in meta.annexes:
        _fichier(annexes, "Annexe", annexe)
    if meta.document_papier is not None:
        etree.SubElement(element, _a("DocumentPapier")).text = meta.document_papier


def xml_acte(meta: MetadonneesActe) -> bytes:
    """Le fichier métier ``actes:Acte``, en ISO-8859-1."""
    racine = _racine("Acte")
    remplir_acte(racine, meta)
    return _serialiser(racine)


def remplir_enveloppe(element: etree._Element, enveloppe: Enveloppe) -> None:
    """Écrit le contenu d'une enveloppe CL → MI dans ``element``."""
    emetteur = etree.SubElement(element, _a("Emetteur"))
    idcl = etree.SubElement(emetteur, _a("IDCL"))
    idcl.set(f"{{{NS_INSEE}}}SIREN", enveloppe.siren)
    idcl.set(_a("Departement"), enveloppe.departement)
    idcl.set(_a("Arrondissement"), enveloppe.arrondissement)
    idcl.set(_a("Nature"), enveloppe.nature)
    if enveloppe.referent is not None:
        referent = etree.SubElement(emetteur, _a("Referent"))
        for balise, valeur in (
            ("Nom", enveloppe.referent.nom),
            ("Telephone", enveloppe.referent.telephone),
            ("Email", enveloppe.referent.email),
        ):
            if valeur is not None:
                etree.SubElement(referent, _a(balise)).text = valeur
    adresses = etree.SubElement(element, _a("AdressesRetour"))
    for adresse in enveloppe.adresses_retour:
        etree.SubElement(adresses, _a("Email")).text = adresse
    formulaires = etree.SubElement(element, _a("FormulairesEnvoyes"))
    for nom in enveloppe.formulaires:
        _fichier(formulaires, "Formulaire", Fichier(nom=nom))


def xml_enveloppe(enveloppe: Enveloppe) -> bytes:
    """L'enveloppe ``actes:EnveloppeCLMISILL``, en ISO-8859-1."""
    racine = _racine("EnveloppeCLMISILL")
    remplir_enveloppe(racine, enveloppe)
    return _serialiser(racine)
