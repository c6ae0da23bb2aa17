"""Préparer la transmission d'une délibération : métier, enveloppe, pièces, noms, archive.

>>> import datetime as dt
>>> from deliberations.model import charger_seance
>>> seance = charger_seance("examples/seance-dijon-metropole-2024-09-26.json")
>>> t = preparer_transmission(seance.assemblee.collectivite, seance.deliberations[0],
...     acte=("deliberation.pdf", b"%PDF-1.7 ..."), date_decision=seance.date,
...     classification_date=dt.date(2019, 4, 18), date_envoi=dt.date(2024, 9, 27),
...     adresses_retour=["actes@metropole-dijon.fr"], nature_collectivite="45")
>>> t.nom_archive
'SLO-EACT--242100410--20240927-1.tar.gz'
>>> [nom for nom, _ in t.fichiers()]  # doctest: +NORMALIZE_WHITESPACE
['EACT--242100410--20240927-1.xml', '021-242100410-20240926-20240926_001-DE-1-1_0.xml',
 '99_DE-021-242100410-20240926-20240926_001-DE-1-1_1.pdf']
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

import attrs

from deliberations.actes.archive import ecrire_archive
from deliberations.actes.classification import TYPES_PJ_PRINCIPAUX
from deliberations.actes.ecriture import xml_acte, xml_enveloppe
from deliberations.actes.messages import Enveloppe, Fichier, MetadonneesActe, Referent
from deliberations.actes.nommage import nom_archive, nom_enveloppe, nom_metier, nom_piece
from deliberations.erreurs import ErreurDeliberations
from deliberations.identifiants import departement as departement_module
from deliberations.model import Collectivite, Deliberation, Transmission, TypeCollectivite
from deliberations.nomenclature import NatureActe

__all__ = [
    "NATURES_COLLECTIVITE",
    "DonneesIncompletes",
    "Piece",
    "TransmissionActes",
    "appliquer_accuse",
    "deliberation_depuis",
    "metadonnees_depuis",
    "preparer_transmission",
]

NATURES_COLLECTIVITE: dict[TypeCollectivite, str] = {
    TypeCollectivite.REGION: "11",
    TypeCollectivite.DEPARTEMENT: "21",
    TypeCollectivite.COMMUNE: "31",
    TypeCollectivite.SYNDICAT: "41",
    TypeCollectivite.COMMUNAUTE_DE_COMMUNES: "44",
    TypeCollectivite.COMMUNAUTE_URBAINE: "45",
    TypeCollectivite.COMMUNAUTE_D_AGGLOMERATION: "46",
}
"""Nature de la collectivité dans l'enveloppe (``IDCL/@Nature``). Les métropoles n'ont pas de
code propre dans la liste connue : il faut le donner (``nature_collectivite``)."""


class DonneesIncompletes(ErreurDeliberations, ValueError):
    """Il manque une donnée sans laquelle aucun message valide ne peut être écrit."""


@attrs.frozen(kw_only=True)
class Piece:
    """Un fichier joint : son nom d'origine, son contenu, son type de pièce (``CodeTypePJ``)."""

    nom_origine: str
    contenu: bytes = attrs.field(repr=False)
    type_pj: str


@attrs.frozen(kw_only=True)
class TransmissionActes:
    """Tout ce qui part : métadonnées, enveloppe, pièces nommées, nom de l'archive."""

    metadonnees: MetadonneesActe
    enveloppe: Enveloppe
    nom_enveloppe: str
    nom_metier: str
    pieces: tuple[tuple[str, Piece], ...]
    nom_archive: str

    def fichiers(self) -> list[tuple[str, bytes]]:
        """Les fichiers de l'archive, dans l'ordre : enveloppe, métier, acte, annexes."""
        return [
            (self.nom_enveloppe, xml_enveloppe(self.enveloppe)),
            (self.nom_metier, xml_acte(self.metadonnees)),
            *((nom, piece.contenu) for nom, piece in self.pieces),
        ]

    def ecrire(self, dossier_ou_chemin: str | os.PathLike[str]) -> Path:
        """Écrit l'archive (dans un dossier, sous son nom réglementaire, ou au chemin donné)."""
        cible = Path(dossier_ou_chemin)
        if cible.is_dir():
            cible = cible / self.nom_archive
        return ecrire_archive(self.fichiers(), cible)


def metadonnees_depuis(
    deliberation: Deliberation,
    *,
    date_decision: dt.date | None = None,
    classification_date: dt.date | None = None,
    document: Fichier | None = None,
    annexes: Sequence[Fichier] = (),
    document_papier: str = "N",
) -> MetadonneesActe:
    """Les métadonnées ``actes:Acte`` d'une délibération du modèle."""
    date = deliberation.date or date_decision
    if date is None:
        raise DonneesIncompletes(f"Délibération {deliberation.numero} : date de décision inconnue.")
    if deliberation.matiere is None:
        raise DonneesIncompletes(f"Délibération {deliberation.numero} : matière ACTES inconnue.")
    return MetadonneesActe(
        date=date,
        numero_interne=deliberation.numero,
        nature=int(deliberation.nature),
        codes_matiere=[int(c) for c in deliberation.matiere.split(".")],
        objet=deliberation.objet,
        classification_date=classification_date,
        document=document,
        annexes=annexes,
        annexes_nombre=len(annexes),
        document_papier=document_papier,
    )


def deliberation_depuis(meta: MetadonneesActe) -> Deliberation:
    """La délibération du modèle que décrivent des métadonnées ACTES."""
    return Deliberation(
        numero=meta.numero_interne,
        objet=meta.objet,
        nature=NatureActe(meta.nature),
        matiere=meta.matiere or None,
        date=meta.date,
    )


def _extension(nom: str) -> str:
    return Path(nom).suffix.lstrip(".").lower() or "bin"


def preparer_transmission(
    collectivite: Collectivite,
    deliberation: Deliberation,
    *,
    acte: tuple[str, bytes] | Piece,
    annexes: Sequence[tuple[str, bytes] | Piece] = (),
    date_decision: dt.date | None = None,
    classification_date: dt.date | None = None,
    date_envoi: dt.date | None = None,
    serie: int = 1,
    trigramme: str = "SLO",
    application: str = "EACT",
    adresses_retour: Sequence[str] = (),
    referent: Referent | None = None,
    nature_collectivite: str | None = None,
    document_papier: str = "N",
) -> TransmissionActes:
    """Prépare la transmission d'une délibération : noms réglementaires, XML, pièces.

    Les pièces données comme ``(nom, contenu)`` reçoivent le type de pièce principal de la
    nature (``99_DE`` pour une délibération) ; donnez des :class:`Piece` pour en choisir un
    autre. Ce qui manque pour écrire un message valide (SIREN, département, matière, date)
    lève :class:`DonneesIncompletes` ; le reste est contrôlé par
    :func:`deliberations.actes.verification.verifier_transmission`.
    """
    siren = collectivite.siren_effectif
    if siren is None:
        raise DonneesIncompletes(f"{collectivite.nom} : SIREN inconnu.")
    if collectivite.departement is None:
        raise DonneesIncompletes(f"{collectivite.nom} : département inconnu.")
    nature = nature_collectivite or (
        NATURES_COLLECTIVITE.get(collectivite.type) if collectivite.type else None
    )
    if nature is None:
        raise DonneesIncompletes(
            f"{collectivite.nom} : nature de collectivité ACTES inconnue pour le type "
            f"« {collectivite.type.libelle if collectivite.type else 'inconnu'} » ; donnez-la "
            "(nature_collectivite, deux chiffres)."
        )
    date = deliberation.date or date_decision
    if date is None:
        raise DonneesIncompletes(f"Délibération {deliberation.numero} : date de décision inconnue.")
    abrege = deliberation.nature.abrege
    dept = collectivite.departement
    type_principal = TYPES_PJ_PRINCIPAUX[int(deliberation.nature)]

    def piece(source: tuple[str, bytes] | Piece) -> Piece:
        if isinstance(source, Piece):
            return source
        return Piece(nom_origine=source[0], contenu=source[1], type_pj=type_principal)

    toutes = [piece(acte), *(piece(a) for a in annexes)]
    nommees = tuple(
        (
            nom_piece(
                p.type_pj,
                dept,
                siren,
                date,
                deliberation.numero,
                abrege,
                rang,
                _extension(p.nom_origine),
            ),
            p,
        )
        for rang, p in enumerate(toutes, start=1)
    )
    meta = metadonnees_depuis(
        deliberation,
        date_decision=date,
        classification_date=classification_date,
        document=Fichier(nom=nommees[0][0]),
        annexes=[Fichier(nom=nom) for nom, _ in nommees[1:]],
        document_papier=document_papier,
    )
    metier = nom_metier(dept, siren, date, deliberation.numero, abrege)
    enveloppe_nom = nom_enveloppe(siren, date_envoi or dt.date.today(), serie, application)
    enveloppe = Enveloppe(
        siren=siren,
        departement=departement_module.format_actes(dept),
        arrondissement=collectivite.arrondissement or "",
        nature=nature,
        referent=referent,
        adresses_retour=adresses_retour,
        formulaires=[metier],
    )
    return TransmissionActes(
        metadonnees=meta,
        enveloppe=enveloppe,
        nom_enveloppe=enveloppe_nom,
        nom_metier=metier,
        pieces=nommees,
        nom_archive=nom_archive(trigramme, enveloppe_nom),
    )


def appliquer_accuse(
    deliberation: Deliberation,
    id_acte: str,
    date_reception: dt.date | None,
    prefecture: str | None = None,
) -> Deliberation:
    """La délibération avec l'accusé de réception de la préfecture (``PREF_DATE`` du SCDL).

    ``prefecture`` est l'identifiant du service (``PREF021``), quand on le connaît.
    """
    ancienne = deliberation.transmission or Transmission()
    return attrs.evolve(
        deliberation,
        transmission=attrs.evolve(
            ancienne,
            identifiant_actes=id_acte,
            date_reception=date_reception,
            prefecture=prefecture or ancienne.prefecture,
        ),
    )
