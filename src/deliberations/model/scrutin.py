"""Scrutins et votes.

Un décompte à ``None`` veut dire « non précisé par le document » ; zéro veut dire zéro.

>>> from deliberations.model import Scrutin, ResultatVote
>>> s = Scrutin(pour=40, contre=6, abstentions=4)
>>> s.suffrages_exprimes, s.votants, s.resultat_calcule()
(46, 50, <ResultatVote.ADOPTE: 'adopte'>)
>>> Scrutin(pour=10, contre=10).resultat_calcule(voix_preponderante_pour=True)
<ResultatVote.ADOPTE: 'adopte'>
>>> Scrutin(pour=-1)
Traceback (most recent call last):
    ...
deliberations.model._validateurs.InvariantViole: pour : un décompte ne peut pas être négatif (-1).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from deliberations.erreurs import EnumerationFrancaise
from deliberations.model._validateurs import (
    InvariantViole,
    entier_positif_optionnel,
    garde,
    non_vide,
    rang_optionnel,
    texte,
    texte_optionnel,
    tuple_de,
    verifier_types,
)
from deliberations.model.elus import Elu


class ModeScrutin(EnumerationFrancaise, str, enum.Enum):
    """Mode de scrutin (CGCT L2121-21)."""

    MAIN_LEVEE = "main_levee"
    PUBLIC = "public"
    SECRET = "secret"
    ELECTRONIQUE = "electronique"

    @property
    def libelle(self) -> str:
        """Intitulé en français."""
        return {
            ModeScrutin.MAIN_LEVEE: "à main levée",
            ModeScrutin.PUBLIC: "public",
            ModeScrutin.SECRET: "secret",
            ModeScrutin.ELECTRONIQUE: "électronique",
        }[self]


class ChoixVote(EnumerationFrancaise, str, enum.Enum):
    """Choix d'un votant."""

    POUR = "pour"
    CONTRE = "contre"
    ABSTENTION = "abstention"
    NE_PREND_PAS_PART = "ne_prend_pas_part"
    BLANC = "blanc"
    NUL = "nul"


class ResultatVote(EnumerationFrancaise, str, enum.Enum):
    """Issue du scrutin."""

    ADOPTE = "adopte"
    REJETE = "rejete"

    @property
    def libelle(self) -> str:
        """``adopté`` ou ``rejeté``."""
        return "adopté" if self is ResultatVote.ADOPTE else "rejeté"


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Vote:
    """Vote nominatif : l'élu, son choix, et le mandataire s'il a voté par procuration."""

    elu: Elu
    choix: ChoixVote = attrs.field(converter=ChoixVote)
    mandataire: Elu | None = None


@garde("type(v) is int and v >= 0")
def _voix(instance: Any, attribut: attrs.Attribute[int], valeur: int) -> None:
    if isinstance(valeur, bool) or not isinstance(valeur, int) or valeur < 0:
        raise InvariantViole("voix", f"un nombre de voix positif est attendu ({valeur!r}).")


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Candidat:
    """Un candidat à une nomination (CGCT L2121-21) : son nom, ses voix à ce tour, sa date de
    naissance (l'élection est acquise au plus âgé en cas d'égalité au troisième tour) et
    ``designe`` vrai si le document le déclare élu ou nommé à l'issue de ce tour."""

    nom: str = attrs.field(converter=texte, validator=non_vide)
    voix: int = attrs.field(validator=_voix)
    naissance: dt.date | None = attrs.field(default=None)
    designe: bool = attrs.field(default=False)


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Scrutin:
    """Un vote de l'assemblée sur une délibération (il peut y en avoir plusieurs).

    ``ne_prend_pas_part`` compte les membres présents ou représentés qui ne prennent pas
    part au vote ; ``blancs_nuls`` les bulletins blancs et nuls d'un scrutin secret ;
    ``dont_procurations`` la part des votes exprimés par procuration, telle que le
    document l'indique. ``unanimite`` dit que le document annonce l'unanimité. ``mode`` à
    ``None`` : mode non précisé (en pratique, la main levée).

    Pour une nomination, ``tour`` numérote le tour de scrutin (1, 2 ou 3) et ``candidats``
    donne les voix de chacun. ``demandeurs`` est le nombre de membres qui ont demandé le
    mode de scrutin retenu (scrutin public ou secret, CGCT L2121-21) ; ``secret_ecarte``
    dit que l'assemblée a décidé à l'unanimité de ne pas voter au scrutin secret une
    nomination (L2121-21 al. 5).
    """

    mode: ModeScrutin | None = attrs.field(
        default=None, converter=attrs.converters.optional(ModeScrutin)
    )
    libelle: str | None = attrs.field(default=None, converter=texte_optionnel)
    pour: int | None = attrs.field(default=None, validator=entier_positif_optionnel)
    contre: int | None = attrs.field(default=None, validator=entier_positif_optionnel)
    abstentions: int | None = attrs.field(default=None, validator=entier_positif_optionnel)
    ne_prend_pas_part: int | None = attrs.field(default=None, validator=entier_positif_optionnel)
    blancs_nuls: int | None = attrs.field(default=None, validator=entier_positif_optionnel)
    dont_procurations: int | None = attrs.field(default=None, validator=entier_positif_optionnel)
    votes: tuple[Vote, ...] = attrs.field(default=(), converter=tuple_de)
    resultat: ResultatVote | None = attrs.field(
        default=None, converter=attrs.converters.optional(ResultatVote)
    )
    unanimite: bool = False
    voix_preponderante: bool = False
    tour: int | None = attrs.field(default=None, validator=rang_optionnel)
    candidats: tuple[Candidat, ...] = attrs.field(default=(), converter=tuple_de)
    demandeurs: int | None = attrs.field(default=None, validator=entier_positif_optionnel)
    secret_ecarte: bool = attrs.field(default=False)

    @property
    def suffrages_exprimes(self) -> int | None:
        """Pour + contre (abstentions, blancs et nuls ne sont pas des suffrages exprimés)."""
        if self.pour is None and self.contre is None:
            return None
        return (self.pour or 0) + (self.contre or 0)

    @property
    def votants(self) -> int | None:
        """Somme des décomptes donnés (pour, contre, abstentions, blancs et nuls, NPPV)."""
        valeurs = [
            self.pour,
            self.contre,
            self.abstentions,
            self.blancs_nuls,
            self.ne_prend_pas_part,
        ]
        if all(v is None for v in valeurs):
            return None
        return sum(v or 0 for v in valeurs)

    def decompte_texte(self) -> str:
        """Les décomptes donnés, en français : « pour 78, contre 0, abstentions 0 »."""
        morceaux = [
            f"{nom} {valeur}"
            for nom, valeur in (
                ("pour", self.pour),
                ("contre", self.contre),
                ("abstentions", self.abstentions),
                ("ne prennent pas part au vote", self.ne_prend_pas_part),
                ("blancs ou nuls", self.blancs_nuls),
            )
            if valeur is not None
        ]
        return ", ".join(morceaux)

    def resultat_calcule(self, voix_preponderante_pour: bool | None = None) -> ResultatVote | None:
        """Résultat que donnent les chiffres (CGCT L2121-20).

        Adopté si « pour » dépasse « contre ». À égalité, la voix du président
        (``voix_preponderante_pour``) départage, sauf au scrutin secret où l'égalité vaut
        rejet. ``None`` si les chiffres manquent ou si l'égalité ne peut être tranchée.
        """
        if self.pour is None and self.contre is None:
            return None
        pour, contre = self.pour or 0, self.contre or 0
        if pour > contre:
            return ResultatVote.ADOPTE
        if pour < contre or self.mode is ModeScrutin.SECRET or pour == 0:
            return ResultatVote.REJETE
        if voix_preponderante_pour is None:
            return None
        return ResultatVote.ADOPTE if voix_preponderante_pour else ResultatVote.REJETE
