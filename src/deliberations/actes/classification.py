"""La classification reçue de la préfecture (``RetourClassification``) : matières jusqu'au
niveau 5, natures d'actes et types de pièces (``CodeTypePJ``) permis par nature.

Sans classification, la bibliothèque connaît les niveaux 1 et 2 nationaux et le type de
pièce principal de chaque nature (``99_DE``, ``99_AR``, ``99_AI``, ``99_DC``, ``99_BU``,
``99_AU``) ainsi que ``99_SE`` (fichier de signature).
"""

from __future__ import annotations

import datetime as dt

import attrs
from lxml import etree

from deliberations.actes.ecriture import NS_ACTES
from deliberations.actes.securite import analyser_xml
from deliberations.erreurs import FichierIllisible
from deliberations.nomenclature import CLASSIFICATION_NATIONALE, Classification, Matiere

__all__ = [
    "TYPES_PJ_PRINCIPAUX",
    "ClassificationActes",
    "classification_par_defaut",
    "lire_classification",
]

TYPES_PJ_PRINCIPAUX: dict[int, str] = {
    1: "99_DE",
    2: "99_AR",
    3: "99_AI",
    4: "99_DC",
    5: "99_BU",
    6: "99_AU",
}
"""Le type de pièce de l'acte lui-même, par nature (correspondance de S²LOW)."""


@attrs.frozen
class ClassificationActes:
    """Matières, date de version et types de pièces par nature d'acte."""

    date: dt.date | None
    matieres: Classification
    types_pj: dict[int, dict[str, str]]
    complete: bool = True

    def type_pj_permis(self, nature: int, code: str) -> bool:
        """Vrai si ``code`` est un type de pièce de la nature ``nature``."""
        return code in self.types_pj.get(nature, {})


def classification_par_defaut() -> ClassificationActes:
    """Niveaux nationaux et types principaux : de quoi vérifier sans la classification reçue."""
    types = {
        n: {code: "Acte", "99_SE": "Fichier de signature électronique"}
        for n, code in TYPES_PJ_PRINCIPAUX.items()
    }
    return ClassificationActes(None, CLASSIFICATION_NATIONALE, types, complete=False)


def lire_classification(octets: bytes, nom: str = "<classification>") -> ClassificationActes:
    """Lit un ``RetourClassification`` (XML non fiable : analysé sans entités ni réseau)."""
    racine = analyser_xml(octets, nom)
    if etree.QName(racine).localname != "RetourClassification":
        raise FichierIllisible(nom, "ce n'est pas un message RetourClassification.")

    def a(nom_: str) -> str:
        return f"{{{NS_ACTES}}}{nom_}"

    date_texte = (racine.findtext(a("DateClassification")) or "").strip()
    try:
        date = dt.date.fromisoformat(date_texte) if date_texte else None
    except ValueError:
        raise FichierIllisible(nom, f"DateClassification illisible : « {date_texte} ».") from None
    types: dict[int, dict[str, str]] = {}
    for nature in racine.iter(a("NatureActe")):
        code = (nature.get(a("CodeNatureActe")) or "").strip()
        if code.isdigit():
            types[int(code)] = {
                (t.get(a("CodeTypePJ")) or "").strip(): (t.get(a("Libelle")) or "").strip()
                for t in nature.iter(a("TypePJNatureActe"))
            }
    matieres: list[Matiere] = []

    def parcourir(element: etree._Element, prefixe: str, niveau: int) -> None:
        for enfant in element.findall(a(f"Matiere{niveau}")):
            code = (enfant.get(a("CodeMatiere")) or "").strip()
            if not code.isdigit():
                continue
            complet = f"{prefixe}.{code}" if prefixe else code
            matieres.append(Matiere(complet, enfant.get(a("Libelle")) or complet))
            if niveau < 5:
                parcourir(enfant, complet, niveau + 1)

    conteneur = racine.find(a("Matieres"))
    if conteneur is not None:
        parcourir(conteneur, "", 1)
    return ClassificationActes(date, Classification(matieres, date_texte or None), types)
