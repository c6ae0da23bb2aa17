"""Délibérations.

>>> from deliberations.model import Deliberation, Budget
>>> d = Deliberation(numero="2024-09-26-12", objet="Avenant", matiere="8.2",
...                  budget=Budget(annee="2024/2025", nom="Budget principal"))
>>> d.nature.abrege, d.matiere_niveaux
('DE', ('8', '2'))
>>> Budget(annee="2025/2024")
Traceback (most recent call last):
    ...
deliberations.model._validateurs.InvariantViole: annee : la seconde année (2024) doit suivre la première (2025).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Any

import attrs

from deliberations.erreurs import EnumerationFrancaise
from deliberations.model._validateurs import (
    InvariantViole,
    garde,
    non_vide,
    rang_optionnel,
    texte,
    texte_long_optionnel,
    texte_optionnel,
    textes_longs,
    tuple_de,
    verifier_types,
)
from deliberations.model.elus import Elu
from deliberations.model.scrutin import Scrutin
from deliberations.nomenclature import CodeMatiereInvalide, NatureActe, valider_code_matiere

_ANNEE = re.compile(r"^(\d{4})(?:/(\d{4}))?$")


def _annee_budget(valeur: str) -> str:
    if not isinstance(valeur, str):
        raise InvariantViole("annee", "une chaîne AAAA ou AAAA/AAAA est attendue.")
    annee = valeur.strip().replace(" ", "")
    trouve = _ANNEE.match(annee)
    if not trouve:
        raise InvariantViole("annee", f"{valeur!r} : la forme attendue est AAAA ou AAAA/AAAA.")
    if trouve.group(2) is not None and int(trouve.group(2)) <= int(trouve.group(1)):
        raise InvariantViole(
            "annee",
            f"la seconde année ({trouve.group(2)}) doit suivre la première ({trouve.group(1)}).",
        )
    return annee


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Budget:
    """Budget concerné : année (``2024``) ou intervalle (``2024/2025``), nom du budget."""

    annee: str = attrs.field(converter=_annee_budget)
    nom: str | None = attrs.field(default=None, converter=texte_optionnel)


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Transmission:
    """Transmission au contrôle de légalité.

    ``prefecture`` est l'identifiant du service (``PREF021``, ``SPREF0341``…, le
    ``PREF_ID`` du SCDL) ; ``identifiant_actes`` l'identifiant ACTES de l'acte
    (``021-242100410-20240926-XXX-DE``) ; ``date_reception`` la date de l'accusé de
    réception (le ``PREF_DATE`` du SCDL).
    """

    prefecture: str | None = attrs.field(default=None, converter=texte_optionnel)
    identifiant_actes: str | None = attrs.field(default=None, converter=texte_optionnel)
    date_envoi: dt.date | None = None
    date_reception: dt.date | None = None


class MotifRetrait(EnumerationFrancaise, str, enum.Enum):
    """Pourquoi un membre ne participe pas à un point."""

    INTERESSE = "interesse"
    COMPTE_ADMINISTRATIF = "compte_administratif"
    AUTRE = "autre"


class CategorieDeliberation(EnumerationFrancaise, str, enum.Enum):
    """Catégorie d'affaire soumise à des règles propres.

    ``compte_administratif`` : vote du compte administratif (CGCT L1612-12, L2121-14) ;
    ``nomination`` : nomination ou présentation (scrutin secret, L2121-21) ;
    ``aide_organisme`` : aide, subvention ou garantie d'emprunt accordée à un organisme où
    siègent des représentants de la collectivité (L1111-6).
    """

    COMPTE_ADMINISTRATIF = "compte_administratif"
    NOMINATION = "nomination"
    AIDE_ORGANISME = "aide_organisme"

    @property
    def libelle(self) -> str:
        """Intitulé en français."""
        return {
            CategorieDeliberation.COMPTE_ADMINISTRATIF: "compte administratif",
            CategorieDeliberation.NOMINATION: "nomination",
            CategorieDeliberation.AIDE_ORGANISME: "aide à un organisme",
        }[self]


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Retrait:
    """Un membre qui se retire pour un point : intéressé (CGCT L2131-11), maire pendant le
    vote du compte administratif (L2121-14)…"""

    elu: Elu
    motif: MotifRetrait = attrs.field(default=MotifRetrait.INTERESSE, converter=MotifRetrait)


def _matiere(valeur: str | None) -> str | None:
    if valeur is None:
        return None
    if type(valeur) is str:  # les codes se répètent : chacun n'est vérifié qu'une fois
        connu = _MATIERES_VERIFIEES.get(valeur)
        if connu is not None:
            return connu
    try:
        code = valider_code_matiere(valeur)
    except CodeMatiereInvalide as erreur:
        raise InvariantViole("matiere", str(erreur)) from None
    if type(valeur) is str:
        if len(_MATIERES_VERIFIEES) >= 4096:
            _MATIERES_VERIFIEES.clear()
        _MATIERES_VERIFIEES[valeur] = code
    return code


_MATIERES_VERIFIEES: dict[str, str] = {}
"""Code de matière reçu (tel quel) → code vérifié ; borné, vidé quand il est plein."""


@garde("v is None or v.isprintable()")  # un saut de ligne ou une tabulation n'est pas imprimable
def _url(instance: Any, attribut: attrs.Attribute[str | None], valeur: str | None) -> None:
    if valeur is not None and ("\n" in valeur or "\r" in valeur or "\t" in valeur):
        raise InvariantViole("url", "une adresse ne contient pas de saut de ligne.")


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Deliberation:
    """Une délibération (ou un autre acte) adoptée ou rejetée en séance.

    ``numero`` est l'identifiant interne de la collectivité (``NumeroInterne`` ACTES,
    ``DELIB_ID`` SCDL) ; ``matiere`` le code de la classification ACTES (1 à 5 niveaux) ;
    ``theme`` la rubrique ou la commission sous laquelle le document la range ;
    ``rang`` le numéro du point dans l'ordre du jour ; ``date`` la date de la décision
    (celle de la séance si ``None``) ; ``expose`` le rapport, ``dispositif`` les points
    décidés. ``categorie`` signale une affaire à règles propres (compte administratif,
    nomination, aide à un organisme) ; ``representants_organisme`` nomme les élus qui
    représentent la collectivité dans l'organisme bénéficiaire (CGCT L1111-6).
    """

    numero: str = attrs.field(converter=texte, validator=non_vide)
    objet: str = attrs.field(converter=texte, validator=non_vide)
    theme: str | None = attrs.field(default=None, converter=texte_optionnel)
    nature: NatureActe = attrs.field(default=NatureActe.DELIBERATION, converter=NatureActe)
    matiere: str | None = attrs.field(default=None, converter=_matiere)
    rang: int | None = attrs.field(default=None, validator=rang_optionnel)
    date: dt.date | None = None
    rapporteur: Elu | None = None
    president: Elu | None = None
    expose: str | None = attrs.field(default=None, converter=texte_long_optionnel)
    dispositif: tuple[str, ...] = attrs.field(default=(), converter=textes_longs)
    budget: Budget | None = None
    scrutins: tuple[Scrutin, ...] = attrs.field(default=(), converter=tuple_de)
    retraits: tuple[Retrait, ...] = attrs.field(default=(), converter=tuple_de)
    transmission: Transmission | None = None
    url: str | None = attrs.field(default=None, converter=texte_optionnel, validator=_url)
    categorie: CategorieDeliberation | None = attrs.field(
        default=None, converter=attrs.converters.optional(CategorieDeliberation)
    )
    representants_organisme: tuple[Elu, ...] = attrs.field(default=(), converter=tuple_de)

    @property
    def matiere_niveaux(self) -> tuple[str, ...]:
        """Les niveaux du code de matière (``('8', '2')`` pour ``8.2``)."""
        return tuple(self.matiere.split(".")) if self.matiere else ()

    @property
    def scrutin(self) -> Scrutin | None:
        """Le scrutin final (le dernier), ou ``None`` s'il n'y a pas eu de vote."""
        return self.scrutins[-1] if self.scrutins else None
