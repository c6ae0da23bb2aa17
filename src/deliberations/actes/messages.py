"""Les messages du protocole ACTES, en objets typés : chaque type de message du schéma
``actesv1_1.xsd``, dans les deux sens, a sa classe, qui porte toutes ses valeurs.

- ``Acte`` (et l'``ActeRecu`` des retours) : :class:`MetadonneesActe` ;
- ``EnveloppeCLMISILL`` : :class:`Enveloppe` ; ``EnveloppeMISILLCL`` : :class:`EnveloppePrefecture` ;
- ``ARActe`` : :class:`AccuseReception` ; ``AnomalieActe``, ``AnomalieEnveloppe`` : :class:`Anomalie` ;
- courriers liés à un acte (courrier simple, pièces complémentaires, lettre d'observations,
  leurs réponses, déféré, annulation) : :class:`CourrierPrefecture` ;
- ``ARPieceComplementaire``, ``ARReponseRejetLettreObservations`` : :class:`AccuseReponse` ;
- ``DemandeClassification`` : :class:`DemandeClassification` ;
  ``ReponseClassificationSansChangement`` : :class:`ClassificationAJour` ;
  ``RetourClassification`` : :class:`RetourClassification`.

:data:`TYPES_MESSAGES` dit, pour chaque type, son sens (collectivité → préfecture ou l'inverse).
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from deliberations.model._validateurs import tuple_de
from deliberations.nomenclature import NatureActe

__all__ = [
    "TYPES_MESSAGES",
    "AccuseReception",
    "AccuseReponse",
    "Anomalie",
    "ClassificationAJour",
    "CourrierPrefecture",
    "DemandeClassification",
    "Emetteur",
    "Enveloppe",
    "EnveloppePrefecture",
    "Fichier",
    "MatiereClassification",
    "MessageActes",
    "MetadonneesActe",
    "NatureClassification",
    "Referent",
    "RetourClassification",
    "TypeCourrier",
    "TypePiece",
]


@attrs.frozen(kw_only=True)
class Fichier:
    """Un fichier désigné par un message : son nom, et sa signature détachée éventuelle.

    ``signature`` est le texte de l'élément ``Signature`` ; si celui-ci contient des éléments
    (le schéma le permet : ``xsd:anyType``), ``signature`` est son contenu XML sérialisé et
    ``signature_xml`` vaut ``True``.
    """

    nom: str
    signature: str | None = None
    signature_xml: bool = False


def _fichier(valeur: object) -> Fichier:
    return valeur if isinstance(valeur, Fichier) else Fichier(nom=str(valeur))


def _fichiers(valeur: object) -> tuple[Fichier, ...]:
    return tuple(_fichier(v) for v in tuple_de(valeur))


def _codes(valeur: object) -> tuple[int | None, ...]:
    codes = tuple_de(valeur)
    return tuple(codes) + (None,) * (5 - len(codes))


@attrs.frozen(kw_only=True)
class MetadonneesActe:
    """Le fichier métier ``actes:Acte`` : tout ce qu'il porte, champ par champ.

    ``codes_matiere`` a toujours 5 positions (``CodeMatiere1`` à ``5``, ``None`` si absent) ;
    ``annexes_nombre`` est l'attribut ``Annexes/@Nombre`` tel qu'écrit (``None`` s'il manque :
    le message est alors écrit sans lui, donc invalide ; ``metadonnees_depuis`` le remplit) ; ``document_papier``
    la valeur de ``DocumentPapier`` (``"O"``, ``"N"``, ``""`` si vide, ``None`` si l'élément
    manque, forme d'avant 2018) ; ``document_papier_nil`` vaut ``True`` pour ``xsi:nil="true"``.
    ``objet`` est le texte exact, blancs compris.
    """

    date: dt.date
    numero_interne: str
    nature: int
    codes_matiere: tuple[int | None, ...] = attrs.field(converter=_codes)
    objet: str
    precedent: str | None = None
    classification_date: dt.date | None = None
    document: Fichier | None = None
    annexes: tuple[Fichier, ...] = attrs.field(default=(), converter=_fichiers)
    annexes_nombre: int | None = None
    document_papier: str | None = None
    document_papier_nil: bool = False

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
    """Le référent (collectivité ou préfecture) : chaque champ absent vaut ``None``."""

    nom: str | None = None
    telephone: str | None = None
    email: str | None = None


@attrs.frozen(kw_only=True)
class Enveloppe:
    """Une ``EnveloppeCLMISILL`` : émetteur, adresses de retour, formulaires envoyés.

    ``departement`` est la forme ACTES sur trois caractères (``021``) ; ``arrondissement`` un
    chiffre ; ``nature`` la nature de la collectivité sur deux chiffres (31 commune, 44 à 46
    communautés…). ``formulaires`` sont les fichiers métier (noms, signatures éventuelles).
    """

    siren: str
    departement: str
    arrondissement: str
    nature: str
    referent: Referent | None = None
    adresses_retour: tuple[str, ...] = attrs.field(default=(), converter=tuple_de)
    formulaires: tuple[Fichier, ...] = attrs.field(default=(), converter=_fichiers)

    @property
    def noms_formulaires(self) -> tuple[str, ...]:
        """Les noms des fichiers métier annoncés."""
        return tuple(f.nom for f in self.formulaires)


class Emetteur(str, enum.Enum):
    """Le service de l'État qui émet une ``EnveloppeMISILLCL``."""

    SGAR = "IDSGAR"
    PREFECTURE = "IDPref"
    SOUS_PREFECTURE = "IDSousPref"


_PREFIXES_EMETTEUR = {
    Emetteur.SGAR: "SGAR",
    Emetteur.PREFECTURE: "PREF",
    Emetteur.SOUS_PREFECTURE: "SPREF",
}


@attrs.frozen(kw_only=True)
class EnveloppePrefecture:
    """Une ``EnveloppeMISILLCL`` : l'enveloppe des envois de la préfecture à la collectivité.

    ``arrondissement`` n'existe que pour une sous-préfecture ; ``destinataire`` est le SIREN de
    la collectivité destinataire.
    """

    emetteur: Emetteur
    departement: str
    arrondissement: str | None = None
    referent: Referent | None = None
    formulaires: tuple[Fichier, ...] = attrs.field(default=(), converter=_fichiers)
    destinataire: str

    @property
    def identifiant(self) -> str:
        """L'identifiant du service au format du SCDL (``PREF_ID``) : ``PREF021``,
        ``SPREF0211``, ``SGAR021``."""
        suite = (self.arrondissement or "") if self.emetteur is Emetteur.SOUS_PREFECTURE else ""
        return f"{_PREFIXES_EMETTEUR[self.emetteur]}{self.departement}{suite}"

    @property
    def noms_formulaires(self) -> tuple[str, ...]:
        """Les noms des fichiers métier annoncés."""
        return tuple(f.nom for f in self.formulaires)


@attrs.frozen(kw_only=True)
class AccuseReception:
    """``ARActe`` : la préfecture a reçu l'acte ; ``id_acte`` est son identifiant ACTES.

    ``classification_en_cours`` est la date de la classification que la préfecture applique.
    """

    id_acte: str
    date_reception: dt.date | None
    acte: MetadonneesActe | None = None
    classification_en_cours: dt.date | None = None


@attrs.frozen(kw_only=True)
class Anomalie:
    """``AnomalieActe`` (``sur="acte"``) ou ``AnomalieEnveloppe`` (``sur="enveloppe"``).

    ``nature`` est le code numérique lu avec indulgence (``2``, ``002`` et ``999`` sont acceptés,
    même hors de ce que permet le schéma) ; ``nature_brute`` le texte tel quel.
    ``classification_en_cours`` (anomalie d'acte) est la date de la classification que la
    préfecture demande d'utiliser.
    """

    sur: str
    date: dt.date | None
    nature: int | None
    nature_brute: str
    detail: str | None = None
    acte: MetadonneesActe | None = None
    enveloppe: Enveloppe | None = None
    classification_en_cours: dt.date | None = None


class TypeCourrier(str, enum.Enum):
    """Les courriers liés à un acte transmis, dans les deux sens."""

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

    ``date`` est ``DateCourrierPref`` (courriers et réponses), ``DateReception``
    (``ARAnnulation``) ou ``DateDepot`` (``DefereTA``) ; ``texte`` porte ``DescriptionPieces``,
    ``Motif`` ou ``NatureIllegalite`` selon le type.
    """

    type: TypeCourrier
    id_acte: str | None
    date: dt.date | None = None
    documents: tuple[Fichier, ...] = attrs.field(default=(), converter=_fichiers)
    texte: str | None = None


@attrs.frozen(kw_only=True)
class AccuseReponse:
    """``ARPieceComplementaire`` ou ``ARReponseRejetLettreObservations`` : la préfecture a reçu
    la réponse de la collectivité à son courrier (``id_acte``, ``date_courrier``)."""

    type: str
    date_reception: dt.date | None
    id_acte: str | None
    date_courrier: dt.date | None


@attrs.frozen(kw_only=True)
class DemandeClassification:
    """``DemandeClassification`` : ``date`` est celle de la classification détenue (facultative)."""

    date: dt.date | None = None


@attrs.frozen(kw_only=True)
class ClassificationAJour:
    """``ReponseClassificationSansChangement`` : la classification du ``date`` est à jour."""

    date: dt.date | None


@attrs.frozen(kw_only=True)
class TypePiece:
    """Un type de pièce (``TypePJNatureActe``) : ``CodeTypePJ`` et libellé."""

    code: str
    libelle: str


@attrs.frozen(kw_only=True)
class NatureClassification:
    """Une nature d'acte de la classification, avec ses types de pièces permis."""

    code: int | None
    libelle: str
    type_abrege: str
    types_pj: tuple[TypePiece, ...] = attrs.field(default=(), converter=tuple_de)


@attrs.frozen(kw_only=True)
class MatiereClassification:
    """Une matière (niveau 1 à 5) de la classification, et ses sous-matières."""

    code: int
    libelle: str
    sous_matieres: tuple[MatiereClassification, ...] = attrs.field(default=(), converter=tuple_de)


@attrs.frozen(kw_only=True)
class RetourClassification:
    """``RetourClassification`` : la classification complète envoyée par la préfecture."""

    date: dt.date | None
    natures: tuple[NatureClassification, ...] = attrs.field(default=(), converter=tuple_de)
    matieres: tuple[MatiereClassification, ...] = attrs.field(default=(), converter=tuple_de)


MessageActes = (
    MetadonneesActe
    | Enveloppe
    | EnveloppePrefecture
    | AccuseReception
    | Anomalie
    | CourrierPrefecture
    | AccuseReponse
    | DemandeClassification
    | ClassificationAJour
    | RetourClassification
)

COLLECTIVITE = "collectivite-vers-prefecture"
PREFECTURE = "prefecture-vers-collectivite"

TYPES_MESSAGES: dict[str, str] = {
    "Acte": COLLECTIVITE,
    "EnveloppeCLMISILL": COLLECTIVITE,
    "ReponseCourrierSimple": COLLECTIVITE,
    "ARDemandePieceComplementaire": COLLECTIVITE,
    "RefusPieceComplementaire": COLLECTIVITE,
    "PieceComplementaire": COLLECTIVITE,
    "ARLettreObservations": COLLECTIVITE,
    "RejetLettreObservations": COLLECTIVITE,
    "ReponseLettreObservations": COLLECTIVITE,
    "Annulation": COLLECTIVITE,
    "DemandeClassification": COLLECTIVITE,
    "EnveloppeMISILLCL": PREFECTURE,
    "AnomalieEnveloppe": PREFECTURE,
    "ARActe": PREFECTURE,
    "AnomalieActe": PREFECTURE,
    "CourrierSimple": PREFECTURE,
    "DemandePieceComplementaire": PREFECTURE,
    "ARPieceComplementaire": PREFECTURE,
    "LettreObservations": PREFECTURE,
    "ARReponseRejetLettreObservations": PREFECTURE,
    "DefereTA": PREFECTURE,
    "ARAnnulation": PREFECTURE,
    "ReponseClassificationSansChangement": PREFECTURE,
    "RetourClassification": PREFECTURE,
}
"""Les 24 messages du schéma ``actesv1_1.xsd`` et leur sens."""
