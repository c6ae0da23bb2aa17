"""La classification reçue de la préfecture (``RetourClassification``) : matières jusqu'au
niveau 5, natures d'actes et types de pièces (``CodeTypePJ``) permis par nature.

Sans classification, la bibliothèque connaît les niveaux 1 et 2 nationaux et le type de
pièce principal de chaque nature (``99_DE``, ``99_AR``, ``99_AI``, ``99_DC``, ``99_BU``,
``99_AU``) ainsi que ``99_SE`` (fichier de signature).
"""

from __future__ import annotations

import datetime as dt

import attrs

from deliberations.actes.messages import MatiereClassification, RetourClassification
from deliberations.erreurs import ErreurDeliberations, FichierIllisible
from deliberations.nomenclature import CLASSIFICATION_NATIONALE, Classification, Matiere

__all__ = [
    "TYPES_PJ_PRINCIPAUX",
    "ClassificationActes",
    "classification_depuis",
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
    """Matières, date de version et types de pièces par nature d'acte.

    ``complete`` vaut ``False`` quand la classification ne dit rien des types de pièces
    (classification par défaut, ou classification reçue sans ``TypePJNatureActe`` comme celles
    d'avant 2019) : un type de pièce inconnu n'est alors pas une erreur, mais un point « non
    vérifiable ». ``niveaux_fins`` vaut ``True`` si les matières de niveau 3 à 5 sont connues.
    """

    date: dt.date | None
    matieres: Classification
    types_pj: dict[int, dict[str, str]]
    complete: bool = True
    niveaux_fins: bool = True

    def type_pj_permis(self, nature: int, code: str) -> bool:
        """Vrai si ``code`` est un type de pièce de la nature ``nature``."""
        return code in self.types_pj.get(nature, {})


def classification_par_defaut() -> ClassificationActes:
    """Niveaux nationaux et types principaux : de quoi vérifier sans la classification reçue."""
    types = {
        n: {code: "Acte", "99_SE": "Fichier de signature électronique"}
        for n, code in TYPES_PJ_PRINCIPAUX.items()
    }
    return ClassificationActes(
        None, CLASSIFICATION_NATIONALE, types, complete=False, niveaux_fins=False
    )


def classification_depuis(retour: RetourClassification) -> ClassificationActes:
    """La classification utilisable pour vérifier, tirée d'un ``RetourClassification`` lu."""
    types: dict[int, dict[str, str]] = {}
    for nature in retour.natures:
        if nature.code is not None:
            types[nature.code] = {t.code.strip(): t.libelle for t in nature.types_pj}
    matieres: list[Matiere] = []

    def parcourir(liste: tuple[MatiereClassification, ...], prefixe: str) -> None:
        for m in liste:
            code = f"{prefixe}.{m.code}" if prefixe else str(m.code)
            try:
                matieres.append(Matiere(code, m.libelle.strip() or code))
            except ErreurDeliberations:
                continue
            parcourir(m.sous_matieres, code)

    parcourir(retour.matieres, "")
    date = retour.date.isoformat() if retour.date else None
    complete = any(types.values())
    if not complete:  # rien sur les types de pièces : les types principaux restent connus
        types = classification_par_defaut().types_pj
    return ClassificationActes(
        retour.date, Classification(matieres, date), types, complete=complete
    )


def lire_classification(octets: bytes, nom: str = "<classification>") -> ClassificationActes:
    """Lit un ``RetourClassification`` (XML non fiable : analysé sans entités ni réseau)."""
    from deliberations.actes.lecture import lire_message

    lu = lire_message(octets, nom)
    if not isinstance(lu.message, RetourClassification):
        raise FichierIllisible(nom, f"ce n'est pas un message RetourClassification ({lu.type}).")
    if lu.message.date is None:
        raise FichierIllisible(nom, "DateClassification absente ou illisible.")
    return classification_depuis(lu.message)
