"""Mutations des messages de référence de l'équipe (``tests/actes/messages``) : chaque
mutation est un XML dont l'XSD officiel est le juge ; notre vérification de structure doit
rendre le même verdict. Sert au test d'accord et au script ``benchmarks/actes_mutations.py``."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path

from lxml import etree

NS = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
MESSAGES = Path(__file__).resolve().parent / "messages"

VALEURS = [
    "",
    " ",
    "x",
    "+1",
    "-0",
    "-1",
    " 7 ",
    "1.0",
    "\u0663",
    "00",
    "002",
    "0005",
    "100",
    "2024-09-26",
    "2024-09-26Z",
    "2024-09-26+02:00",
    "2024-09-26-14:00",
    "2024-09-26+15:00",
    " 2024-09-26 ",
    "2024-9-26",
    "2019-02-30",
    "2020-02-29",
    "2019-02-29",
    "0000-01-01",
    "12345-01-01",
    "-2024-01-01",
    "2024-13-01",
    "021",
    "02A",
    "2A1",
    "971",
    "9",
    "10",
    "242100410",
    " 242100410 ",
    "24210041",
    "ÉÉ",
    "DE",
    "de",
    "X" * 15,
    "X" * 16,
    "X" * 500,
    "X" * 501,
    "a@b.fr",
    "a+b@c.fr",
    "a@b.abcdefg",
    "021-242100410-20240926-D1-DE",
    "021-242100410-20240926-D1-ÉÉ",
    "021-242100410-20240926-D-1-DE",
]


def _elements(racine: etree._Element) -> list[etree._Element]:
    return [e for e in racine.iter() if isinstance(e.tag, str)]


def _muter(racine: etree._Element, fonction: Callable[[etree._Element], None], index: int) -> bytes:
    copie = copy.deepcopy(racine)
    fonction(_elements(copie)[index])
    return etree.tostring(copie, xml_declaration=True, encoding="ISO-8859-1")


def mutations(racine: etree._Element) -> Iterator[tuple[str, bytes]]:
    """Les variantes d'un message : (description, octets)."""
    elements = _elements(racine)
    for i, element in enumerate(elements):
        nom = etree.QName(element).localname
        if i:
            yield f"{nom} supprimé", _muter(racine, lambda e: e.getparent().remove(e), i)
            yield f"{nom} dupliqué", _muter(racine, lambda e: e.addnext(copy.deepcopy(e)), i)
            yield f"{nom} échangé avec le suivant", _muter(racine, _echanger, i)
        yield f"texte dans {nom}", _muter(racine, lambda e: _texte(e, "parasite"), i)
        yield f"blancs dans {nom}", _muter(racine, lambda e: _texte(e, "\n  "), i)
        yield (
            f"commentaire dans {nom}",
            _muter(racine, lambda e: e.insert(0, etree.Comment("c")), i),
        )
        yield (
            f"élément inconnu dans {nom}",
            _muter(racine, lambda e: e.append(etree.Element(f"{{{NS}}}Inconnu")), i),
        )
        yield (
            f"élément hors espace dans {nom}",
            _muter(racine, lambda e: e.append(etree.Element("Objet")), i),
        )
        yield (
            f"attribut inconnu sur {nom}",
            _muter(racine, lambda e: e.set(f"{{{NS}}}Inconnu", "1"), i),
        )
        yield f"xsi:nil sur {nom}", _muter(racine, lambda e: e.set(f"{{{XSI}}}nil", "true"), i)
        for cle in list(element.attrib):
            q = etree.QName(cle)
            if q.namespace == XSI:
                continue
            yield (
                f"{nom}/@{q.localname} supprimé",
                _muter(racine, lambda e, c=cle: e.attrib.pop(c), i),
            )
            yield (
                f"{nom}/@{q.localname} non qualifié",
                _muter(racine, lambda e, c=cle: _non_qualifier(e, c), i),
            )
            for valeur in VALEURS:
                yield (
                    f"{nom}/@{q.localname}={valeur!r}",
                    _muter(racine, lambda e, c=cle, v=valeur: e.set(c, v), i),
                )
        if len(element) == 0 and element.text is not None:
            for valeur in VALEURS:
                yield (
                    f"{nom}={valeur!r}",
                    _muter(racine, lambda e, v=valeur: setattr(e, "text", v), i),
                )
    yield "espace de noms de la racine", _espace(racine)


def _echanger(e: etree._Element) -> None:
    suivant = e.getnext()
    if suivant is not None:
        suivant.addnext(e)


def _texte(e: etree._Element, texte: str) -> None:
    if len(e):
        e[0].tail = (e[0].tail or "") + texte
    else:
        e.text = (e.text or "") + texte


def _non_qualifier(e: etree._Element, cle: str) -> None:
    valeur = e.attrib.pop(cle)
    e.set(etree.QName(cle).localname, valeur)


def _espace(racine: etree._Element) -> bytes:
    texte = etree.tostring(racine, encoding="unicode")
    return texte.replace(NS, "urn:exemple:autre", 1).encode("utf-8")


def toutes() -> Iterator[tuple[str, str, bytes]]:
    """(message, mutation, octets) pour les 24 messages de référence."""
    for chemin in sorted(MESSAGES.glob("*.xml")):
        racine = etree.parse(str(chemin)).getroot()
        for description, octets in mutations(racine):
            yield chemin.stem, description, octets
