"""Analyse sûre du XML non fiable : pas d'entités, pas de DTD, pas de réseau.

Tout document qui déclare une DTD (``<!DOCTYPE``) est refusé avant analyse : c'est par elle
que passent l'explosion d'entités (« billion laughs »), l'explosion quadratique, les entités
externes et les DTD externes. L'analyseur lxml est en outre configuré sans résolution
d'entités, sans chargement de DTD, sans réseau et sans arbre géant.

>>> racine = analyser_xml(b"<a><b>1</b></a>", "exemple.xml")
>>> racine.tag
'a'
>>> analyser_xml(b'<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', "piege.xml")
Traceback (most recent call last):
    ...
deliberations.actes.securite.XMLDangereux: piege.xml : XML refusé : il déclare une DTD (<!DOCTYPE) ou des entités (attaque possible).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import etree

from deliberations.erreurs import FichierIllisible, message_xml

__all__ = [
    "BALISES_MAX",
    "XMLDangereux",
    "XMLIllisible",
    "analyser_xml",
    "compter_balises",
    "verifier_balises",
]

BALISES_MAX = 50_000
"""Nombre maximal de balises d'un message ACTES analysé (une classification complète en a
moins de 2 000) : borne la mémoire de l'arbre, vérifiée avant l'analyse."""


class XMLIllisible(FichierIllisible):
    """Le document n'est pas du XML bien formé."""


class XMLDangereux(FichierIllisible):
    """Le document déclare une DTD ou des entités : refusé sans être interprété."""


_DOCTYPE = re.compile(rb"<!\s*DOCTYPE|<!\s*ENTITY", re.IGNORECASE)
_PARSEUR = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=False,
)


def _contient_doctype(octets: bytes) -> bool:
    if _DOCTYPE.search(octets):
        return True
    for bom, encodage in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if octets.startswith(bom):
            texte = octets.decode(encodage, errors="ignore").encode("utf-8")
            return bool(_DOCTYPE.search(texte))
    if octets[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        encodage = "utf-16-le" if octets[0] == 0x3C else "utf-16-be"
        return bool(_DOCTYPE.search(octets.decode(encodage, errors="ignore").encode("utf-8")))
    return False


def compter_balises(octets: bytes) -> int:
    """Un majorant du nombre de balises d'un XML (caractères ``<``), en temps linéaire."""
    return max(octets.count(b"<"), octets.count(b"<\x00"), octets.count(b"\x00<"))


def verifier_balises(fichiers: Sequence[tuple[str, bytes]], nom: str) -> None:
    """Refuse un ensemble de XML (une archive) qui a plus de :data:`BALISES_MAX` balises en tout."""
    total = sum(compter_balises(c) for n, c in fichiers if n.lower().endswith(".xml"))
    if total > BALISES_MAX:
        raise XMLDangereux(
            nom,
            f"plus de {BALISES_MAX} balises XML au total ({total}), bien plus qu'un envoi ACTES.",
        )


def analyser_xml(
    octets: bytes, nom: str = "<xml>", *, balises_max: int = BALISES_MAX
) -> etree._Element:
    """L'élément racine d'un XML non fiable ; :class:`XMLDangereux` ou :class:`XMLIllisible`.

    Plus de ``balises_max`` caractères ``<`` (en UTF-8/Latin-1, ou en UTF-16) : refus avant
    analyse, l'arbre d'un tel document occuperait des centaines de mégaoctets.
    """
    balises = compter_balises(octets)
    if balises > balises_max:
        raise XMLDangereux(
            nom,
            f"XML refusé : plus de {balises_max} balises ({balises}), bien plus qu'un message ACTES.",
        )
    if _contient_doctype(octets):
        raise XMLDangereux(
            nom,
            "XML refusé : il déclare une DTD (<!DOCTYPE) ou des entités (attaque possible).",
        )
    try:
        arbre = etree.fromstring(octets, parser=_PARSEUR)
    except etree.XMLSyntaxError as erreur:
        ligne = getattr(erreur, "lineno", None) or getattr(erreur, "position", (0, 0))[0]
        francais = message_xml(getattr(erreur, "code", 0))
        raise XMLIllisible(nom, f"XML mal formé ligne {ligne} : {francais}.") from None
    except ValueError as erreur:
        raise XMLIllisible(nom, f"XML illisible : {erreur}.") from None
    if getattr(arbre.getroottree().docinfo, "doctype", ""):
        raise XMLDangereux(nom, "XML refusé : il déclare une DTD.")
    return arbre
