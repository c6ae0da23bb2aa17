"""Les messages du protocole ACTES, en objets typés.

``MetadonneesActe`` est le contenu exact d'un ``actes:Acte`` (et de l'``ActeRecu`` des
retours) ; ``Enveloppe`` celui d'une ``EnveloppeCLMISILL`` ; les retours de la préfecture
sont ``AccuseReception``, ``Anomalie`` et ``CourrierPrefecture``.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from deliberations.model._validateurs import tuple_de
from deliberations.nomenclature import NatureActe

__all__ = [
    "AccuseReception",
    "Anomalie",
    "CourrierPrefecture",
    "Enveloppe",
    "Fichier",
    "MetadonneesActe",
    "Referent",
    "TypeCourrier",
]


@attrs.frozen(kw_only=True)
class Fichier:
    """Un fichier désigné par un message : son nom, et sa signature détachée éventuelle."""

    nom: str
    signature: str | None = None


def _codes(valeur: object) -> tuple[int | None, ...]:
    codes = tuple_de(valeur)
    return tuple(codes) + (None,) * (5 - len(codes))


@attrs.frozen(kw_only=True)
class MetadonneesActe:
    """Le fichier métier ``actes:Acte`` : tout ce qu'il porte, champ par champ.

    ``codes_matiere`` a toujours 5 positions (``CodeMatiere1`` à ``5``, ``None`` si absent) ;
    ``annexes_nombre`` est l'attribut ``Annexes/@Nombre`` tel qu'écrit ; ``document_papier``
    la valeur brute de ``DocumentPapier`` (``"O"``, ``"N"``, ``""`` si vide ou ``xsi:nil``,
    ``None`` si l'élément manque, forme d'avant 2018).
    """

    date: dt.date
    numero_interne: str
    nature: int
    codes_matiere: tuple[int | None, ...] = attrs.field(converter=_codes)
    objet: str
    precedent: str | None = None
    classification_date: dt.date | None = None
    document: Fichier | None = None
    annexes: tuple[Fichier, ...] = attrs.field(default=(), converter=tuple_de)
    annexes_nombre: int | None = None
    document_papier: str | None = None

    @property
    def matiere(self) -> str:
        """Le code de matière en notation pointée (``7.1.2``), jusqu'au premier niveau absent."""
        parties: list[str] = []
        for code in self.codes_matiere:
            if code is None:
                break
            parties.append(str(code))
        return ".".join(parties)

    @property
    def nature_acte(self) -> NatureActe | None:
        """La nature d'acte, si le code est connu."""
        try:
            return NatureActe(self.nature)
        except ValueError:
            return None


@attrs.frozen(kw_only=True)
class Referent:
    """Le référent de la collectivité dans l'enveloppe."""

    nom: str | None = None
    telephone: str | None = None
    email: str | None = None


@attrs.frozen(kw_only=True)
class Enveloppe:
    """Une ``EnveloppeCLMISILL`` : émetteur, adresses de retour, formulaires envoyés.

    ``departement`` est la forme ACTES sur trois caractères (``021``) ; ``nature`` la nature
    de la collectivité sur deux chiffres (31 commune, 44 à 46 communautés…).
    """

    siren: str
    departement: str
    arrondissement: str
    nature: str
    referent: Referent | None = None
    adresses_retour: tuple[str, ...] = attrs.field(default=(), converter=tuple_de)
    formulaires: tuple[str, ...] = attrs.field(default=(), converter=tuple_de)


@attrs.frozen(kw_only=True)
class AccuseReception:
    """``ARActe`` : la préfecture a reçu l'acte ; ``id_acte`` est son identifiant ACTES."""

    id_acte: str
    date_reception: dt.date | None
    acte: MetadonneesActe | None = None
    classification_en_cours: dt.date | None = None


@attrs.frozen(kw_only=True)
class Anomalie:
    """``AnomalieActe`` ou ``AnomalieEnveloppe`` : la transmission est rejetée.

    ``nature`` est le code numérique lu leniemment (``2``, ``002`` et ``999`` sont acceptés,
    même hors de ce que permet le schéma) ; ``nature_brute`` le texte tel quel.
    """

    sur: str
    date: dt.date | None
    nature: int | None
    nature_brute: str
    detail: str | None = None
    acte: MetadonneesActe | None = None
    enveloppe: Enveloppe | None = None


class TypeCourrier(str, enum.Enum):
    """Les courriers de la préfecture (et les réponses de la collectivité)."""

    COURRIER_SIMPLE = "CourrierSimple"
    DEMANDE_PIECE_COMPLEMENTAIRE = "DemandePieceComplementaire"
    LETTRE_OBSERVATIONS = "LettreObservations"
    DEFERE_TA = "DefereTA"
    ANNULATION = "Annulation"
    AR_ANNULATION = "ARAnnulation"
    REPONSE_COURRIER_SIMPLE = "ReponseCourrierSimple"
    REFUS_PIECE_COMPLEMENTAIRE = "RefusPieceComplementaire"
    PIECE_COMPLEMENTAIRE = "PieceComplementaire"
    REJET_LETTRE_OBSERVATIONS = "RejetLettreObservations"
    REPONSE_LETTRE_OBSERVATIONS = "ReponseLettreObservations"
    AR_DEMANDE_PIECE_COMPLEMENTAIRE = "ARDemandePieceComplementaire"
    AR_LETTRE_OBSERVATIONS = "ARLettreObservations"


@attrs.frozen(kw_only=True)
class CourrierPrefecture:
    """Un courrier lié à un acte transmis : type, identifiant de l'acte, date, documents.

    ``texte`` porte ``DescriptionPieces``, ``Motif`` ou ``NatureIllegalite`` selon le type.
    """

    type: TypeCourrier
    id_acte: str | None
    date: dt.date | None
    documents: tuple[Fichier, ...] = attrs.field(default=(), converter=tuple_de)
    texte: str | None = None
