"""Le protocole @CTES (ACTES) : construire, vérifier et empaqueter les actes transmis au
contrôle de légalité, et lire tout ce qui revient de la préfecture.

Tout s'importe d'ici (``from deliberations.actes import preparer_transmission, lire``) :

- préparer et écrire : :func:`preparer_transmission` → :class:`TransmissionActes`
  (``fichiers()``, ``ecrire()``, ``id_acte``) ; :func:`ecrire_message` pour n'importe quel
  message du schéma ;
- vérifier avant l'envoi : :func:`verifier_transmission`, :func:`verifier_archive`,
  :func:`verifier_xml` (structure du schéma et règles métier, en constats) ;
- lire : :func:`lire` (archive ou message, reconnu au contenu), :func:`lire_message`,
  :func:`lire_transmission`, :func:`lire_archive` (sans danger), :func:`lire_classification` ;
- reporter l'accusé de réception sur la délibération : :func:`appliquer_accuse`.

Les messages sont des objets typés (:mod:`deliberations.actes.messages`), un par type du
schéma ``actesv1_1.xsd``.
"""

from __future__ import annotations

from deliberations.actes.archive import (
    MEMBRES_MAX,
    TAILLE_MAX_ARCHIVE,
    TAILLE_MAX_DECOMPRESSEE,
    TAILLE_MAX_ENTETE,
    ArchiveCorrompue,
    ArchiveDangereuse,
    archive_en_octets,
    ecrire_archive,
    lire_archive,
)
from deliberations.actes.classification import (
    TYPES_PJ_PRINCIPAUX,
    ClassificationActes,
    classification_depuis,
    classification_par_defaut,
    lire_classification,
)
from deliberations.actes.ecriture import CaractereInterdit, ecrire_message, xml_acte, xml_enveloppe
from deliberations.actes.lecture import LectureMessage, lire_acte, lire_message
from deliberations.actes.messages import (
    TYPES_MESSAGES,
    AccuseReception,
    AccuseReponse,
    Anomalie,
    ClassificationAJour,
    CourrierPrefecture,
    DemandeClassification,
    Emetteur,
    Enveloppe,
    EnveloppePrefecture,
    Fichier,
    MatiereClassification,
    MessageActes,
    MetadonneesActe,
    NatureClassification,
    Referent,
    RetourClassification,
    TypeCourrier,
    TypePiece,
)
from deliberations.actes.nommage import id_acte, nom_archive, nom_enveloppe, nom_metier, nom_piece
from deliberations.actes.relecture import TAILLE_MAX_XML, TransmissionRelue, lire, lire_transmission
from deliberations.actes.securite import XMLDangereux, XMLIllisible, analyser_xml
from deliberations.actes.structure import verifier_structure
from deliberations.actes.transmission import (
    NATURES_COLLECTIVITE,
    AccuseIncompatible,
    DonneesIncompletes,
    Piece,
    TransmissionActes,
    appliquer_accuse,
    deliberation_depuis,
    metadonnees_depuis,
    preparer_transmission,
)
from deliberations.actes.verification import (
    schema_officiel,
    verifier_archive,
    verifier_fichiers,
    verifier_transmission,
    verifier_xml,
)

__all__ = [
    "MEMBRES_MAX",
    "NATURES_COLLECTIVITE",
    "TAILLE_MAX_ARCHIVE",
    "TAILLE_MAX_DECOMPRESSEE",
    "TAILLE_MAX_ENTETE",
    "TAILLE_MAX_XML",
    "TYPES_MESSAGES",
    "TYPES_PJ_PRINCIPAUX",
    "AccuseIncompatible",
    "AccuseReception",
    "AccuseReponse",
    "Anomalie",
    "ArchiveCorrompue",
    "ArchiveDangereuse",
    "CaractereInterdit",
    "ClassificationAJour",
    "ClassificationActes",
    "CourrierPrefecture",
    "DemandeClassification",
    "DonneesIncompletes",
    "Emetteur",
    "Enveloppe",
    "EnveloppePrefecture",
    "Fichier",
    "LectureMessage",
    "MatiereClassification",
    "MessageActes",
    "MetadonneesActe",
    "NatureClassification",
    "Piece",
    "Referent",
    "RetourClassification",
    "TransmissionActes",
    "TransmissionRelue",
    "TypeCourrier",
    "TypePiece",
    "XMLDangereux",
    "XMLIllisible",
    "analyser_xml",
    "appliquer_accuse",
    "archive_en_octets",
    "classification_depuis",
    "classification_par_defaut",
    "deliberation_depuis",
    "ecrire_archive",
    "ecrire_message",
    "id_acte",
    "lire",
    "lire_acte",
    "lire_archive",
    "lire_classification",
    "lire_message",
    "lire_transmission",
    "metadonnees_depuis",
    "nom_archive",
    "nom_enveloppe",
    "nom_metier",
    "nom_piece",
    "preparer_transmission",
    "schema_officiel",
    "verifier_archive",
    "verifier_fichiers",
    "verifier_structure",
    "verifier_transmission",
    "verifier_xml",
    "xml_acte",
    "xml_enveloppe",
]
