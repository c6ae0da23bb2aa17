"""Élus et mandats.

Deux graphies d'un même nom désignent la même personne : la clé :attr:`Elu.cle` ignore la
casse, les accents, les tirets et les blancs.

>>> from deliberations.model import Elu, Civilite
>>> a = Elu(civilite=Civilite.MONSIEUR, prenom="Jean-marc", nom="GONÇALVES")
>>> b = Elu(prenom="Jean-Marc", nom="Gonçalves")
>>> a.cle == b.cle, a.correspond(b)
(True, True)
>>> str(a)
'Monsieur Jean-marc GONÇALVES'
>>> Elu(nom="REBSAMEN").correspond(Elu(prenom="François", nom="Rebsamen"))
True
>>> Elu(civilite=Civilite.MONSIEUR, nom="BRUNET").correspond(Elu(civilite=Civilite.MADAME, nom="BRUNET"))
False
"""

from __future__ import annotations

import datetime as dt
import enum
import functools

import attrs

from deliberations.erreurs import EnumerationFrancaise
from deliberations.model._validateurs import (
    InvariantViole,
    non_vide,
    periode,
    texte,
    texte_optionnel,
    verifier_types,
)
from deliberations.texte import cle_texte


class Civilite(EnumerationFrancaise, str, enum.Enum):
    """Civilité d'un élu."""

    MONSIEUR = "monsieur"
    MADAME = "madame"

    @property
    def libelle(self) -> str:
        """``Monsieur`` ou ``Madame``."""
        return "Monsieur" if self is Civilite.MONSIEUR else "Madame"

    @classmethod
    def depuis_texte(cls, texte_civilite: str) -> Civilite | None:
        """Reconnaît ``M.``, ``Mr``, ``Monsieur``, ``Mme``, ``Madame``, ``Mlle``…

        >>> Civilite.depuis_texte("Mme"), Civilite.depuis_texte("M.")
        (<Civilite.MADAME: 'madame'>, <Civilite.MONSIEUR: 'monsieur'>)
        """
        cle = cle_texte(texte_civilite).rstrip(".")
        if cle in {"m", "mr", "monsieur", "messieurs", "mm"}:
            return cls.MONSIEUR
        if cle in {"mme", "madame", "mlle", "mademoiselle", "mesdames", "mmes", "mlles", "mesdemoiselles"}:
            return cls.MADAME
        return None


_SEPARATEURS_DE_NOM = str.maketrans({"-": " ", "'": " ", "’": " "})


@functools.lru_cache(maxsize=65536)
def _cle_nom(texte_nom: str) -> str:
    # (« D'ARCIER » et « D ARCIER », l'apostrophe perdue par la copie d'un PDF : une même clé)
    return cle_texte(texte_nom.translate(_SEPARATEURS_DE_NOM))


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Elu:
    """Une personne qui siège : nom, prénom (facultatif), civilité (facultative).

    ``identifiant`` est un identifiant stable fourni par l'application (facultatif).
    """

    nom: str = attrs.field(converter=texte, validator=non_vide)
    prenom: str | None = attrs.field(default=None, converter=texte_optionnel)
    civilite: Civilite | None = attrs.field(
        default=None, converter=attrs.converters.optional(Civilite)
    )
    identifiant: str | None = attrs.field(default=None, converter=texte_optionnel)

    @property
    def cle(self) -> str:
        """Clé normalisée « prénom nom » : même personne, même clé."""
        return f"{_cle_nom(self.prenom or '')} {_cle_nom(self.nom)}".strip()

    @property
    def cle_nom(self) -> str:
        """Clé normalisée du seul nom de famille."""
        return _cle_nom(self.nom)

    def correspond(self, autre: Elu) -> bool:
        """Vrai si ``autre`` peut désigner la même personne.

        Les identifiants, s'ils sont tous deux donnés, décident. Sinon les noms doivent
        être égaux (à la casse et aux accents près), et les prénoms aussi, et les civilités,
        quand les deux sont connus (« Monsieur BRUNET » et « Madame BRUNET » sont deux
        personnes).
        """
        if self.identifiant is not None and autre.identifiant is not None:
            return self.identifiant == autre.identifiant
        if self.cle_nom != autre.cle_nom:
            return False
        if self.civilite is not None and autre.civilite is not None and self.civilite != autre.civilite:
            return False
        if self.prenom is None or autre.prenom is None:
            return True
        return _cle_nom(self.prenom) == _cle_nom(autre.prenom)

    def __str__(self) -> str:
        parties = [self.civilite.libelle if self.civilite else None, self.prenom, self.nom]
        return " ".join(p for p in parties if p)


class Fonction(EnumerationFrancaise, str, enum.Enum):
    """Fonction exercée dans l'assemblée."""

    PRESIDENT = "president"
    VICE_PRESIDENT = "vice_president"
    MAIRE = "maire"
    ADJOINT = "adjoint"
    CONSEILLER_DELEGUE = "conseiller_delegue"
    CONSEILLER = "conseiller"

    @property
    def libelle(self) -> str:
        """Intitulé en français."""
        return {
            Fonction.PRESIDENT: "président",
            Fonction.VICE_PRESIDENT: "vice-président",
            Fonction.MAIRE: "maire",
            Fonction.ADJOINT: "adjoint",
            Fonction.CONSEILLER_DELEGUE: "conseiller délégué",
            Fonction.CONSEILLER: "conseiller",
        }[self]


class RoleMandat(EnumerationFrancaise, str, enum.Enum):
    """Titulaire ou suppléant (suppléants des EPCI, CGCT L5211-6)."""

    TITULAIRE = "titulaire"
    SUPPLEANT = "suppleant"


def _titulaire_seulement_pour_suppleant(
    instance: Mandat, attribut: attrs.Attribute[Elu | None], valeur: Elu | None
) -> None:
    if valeur is not None and instance.role is not RoleMandat.SUPPLEANT:
        raise InvariantViole("titulaire", "seul un suppléant remplace un titulaire.")
    if valeur is not None and valeur.correspond(instance.elu):
        raise InvariantViole("titulaire", "un élu ne peut pas être son propre suppléant.")


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Mandat:
    """Le siège d'un élu dans une assemblée, sur une période.

    Pour un EPCI, ``commune`` est la commune représentée ; un suppléant nomme son
    ``titulaire``. Un mandat ne se termine pas avant d'avoir commencé.

    >>> import datetime as dt
    >>> Mandat(elu=Elu(nom="A"), debut=dt.date(2020, 7, 1), fin=dt.date(2020, 1, 1))
    Traceback (most recent call last):
        ...
    deliberations.model._validateurs.InvariantViole: fin : la fin (2020-01-01) précède le début (2020-07-01).
    """

    elu: Elu
    fonction: Fonction = attrs.field(default=Fonction.CONSEILLER, converter=Fonction)
    debut: dt.date | None = None
    fin: dt.date | None = attrs.field(default=None, validator=periode("debut", "fin"))
    motif_fin: str | None = attrs.field(default=None, converter=texte_optionnel)
    commune: str | None = attrs.field(default=None, converter=texte_optionnel)
    role: RoleMandat = attrs.field(default=RoleMandat.TITULAIRE, converter=RoleMandat)
    titulaire: Elu | None = attrs.field(default=None, validator=_titulaire_seulement_pour_suppleant)

    def en_cours(self, jour: dt.date) -> bool:
        """Vrai si le mandat couvre le jour ``jour`` (bornes incluses)."""
        if self.debut is not None and jour < self.debut:
            return False
        return not (self.fin is not None and jour > self.fin)
