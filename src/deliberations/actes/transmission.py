"""Préparer la transmission d'une délibération : métier, enveloppe, pièces, noms, archive.

>>> import datetime as dt
>>> from deliberations.model import lire_seance
>>> seance = lire_seance("examples/seance-dijon-metropole-2024-09-26.json")
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
from deliberations.actes.messages import (
    AccuseReception,
    Enveloppe,
    EnveloppePrefecture,
    Fichier,
    MetadonneesActe,
    Referent,
)
from deliberations.actes.nommage import (
    MOTIF_ENVELOPPE,
    id_acte,
    nom_archive,
    nom_enveloppe,
    nom_metier,
    nom_piece,
)
from deliberations.erreurs import ErreurDeliberations, IdentifiantInvalide
from deliberations.fichiers import SortieExistante, SortieRefusee
from deliberations.identifiants import acte
from deliberations.identifiants import departement as departement_module
from deliberations.model import Collectivite, Deliberation, Transmission, TypeCollectivite
from deliberations.nomenclature import NatureActe

__all__ = [
    "NATURES_COLLECTIVITE",
    "SERIE_MAX",
    "AccuseIncompatible",
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


SERIE_MAX = 9999
"""Numéro d'envoi du jour le plus grand (S²LOW refuse 10 000 envois par jour)."""


class DonneesIncompletes(ErreurDeliberations, ValueError):
    """Il manque une donnée sans laquelle aucun message valide ne peut être écrit."""


class AccuseIncompatible(ErreurDeliberations, ValueError):
    """L'accusé de réception ne concerne pas cette délibération (identifiant ACTES différent)."""


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

    @property
    def id_acte(self) -> str:
        """L'identifiant ACTES que la préfecture donnera à l'acte (``IDActe`` de l'accusé de
        réception) : ``{dept}-{SIREN}-{AAAAMMJJ}-{numéro}-{nature}``."""
        m = self.metadonnees
        abrege = m.nature_acte.abrege if m.nature_acte else "??"
        return id_acte(
            self.enveloppe.departement, self.enveloppe.siren, m.date, m.numero_interne, abrege
        )

    @property
    def serie(self) -> int:
        """Le numéro d'envoi du jour (dans le nom de l'enveloppe)."""
        trouve = MOTIF_ENVELOPPE.match(self.nom_enveloppe)
        return int(trouve.group("serie")) if trouve else 1

    def avec_serie(self, serie: int) -> TransmissionActes:
        """La même transmission, sous le numéro d'envoi ``serie`` (enveloppe et archive renommées)."""
        trouve = MOTIF_ENVELOPPE.match(self.nom_enveloppe)
        if trouve is None:
            raise DonneesIncompletes(f"{self.nom_enveloppe} : nom d'enveloppe hors convention.")
        date = dt.datetime.strptime(trouve.group("date"), "%Y%m%d").date()
        enveloppe = nom_enveloppe(trouve.group("siren"), date, serie, trouve.group("appli"))
        trigramme = self.nom_archive.split("-", 1)[0]
        return attrs.evolve(
            self, nom_enveloppe=enveloppe, nom_archive=nom_archive(trigramme, enveloppe)
        )

    def fichiers(self) -> list[tuple[str, bytes]]:
        """Les fichiers de l'archive, dans l'ordre : enveloppe, métier, acte, annexes.

        Lève :class:`~deliberations.actes.ecriture.CaractereInterdit` si un texte ne peut pas
        aller dans un XML (caractère de contrôle).
        """
        return [
            (self.nom_enveloppe, xml_enveloppe(self.enveloppe)),
            (self.nom_metier, xml_acte(self.metadonnees)),
            *((nom, piece.contenu) for nom, piece in self.pieces),
        ]

    def ecrire(
        self, cible: str | os.PathLike[str], *, ecraser: bool = False, serie_libre: bool = True
    ) -> Path:
        """Écrit l'archive, de façon atomique, et renvoie son chemin.

        - ``cible`` est un dossier (existant, ou un chemin finissant par ``/`` : il est alors
          créé) : l'archive y prend son nom réglementaire, sous le premier numéro d'envoi libre
          à partir du sien (deux écritures simultanées ne prennent jamais le même nom) ; sans
          ``serie_libre``, sous son numéro seulement (:class:`~deliberations.fichiers.SortieExistante`
          s'il est pris) ; avec ``ecraser``, l'archive de ce numéro est remplacée ;
        - sinon ``cible`` est le chemin de l'archive : son nom doit suivre la convention
          ``{trigramme}-{enveloppe}.tar.gz`` (:class:`~deliberations.fichiers.SortieRefusee`
          sinon) ; un fichier existant n'est remplacé qu'avec ``ecraser``.

        Un lien symbolique n'est jamais suivi (:class:`~deliberations.fichiers.SortieRefusee`).
        """
        texte = os.fspath(cible)
        chemin = Path(texte)
        if chemin.is_symlink():
            raise SortieRefusee(texte, "c'est un lien symbolique : écriture refusée")
        if texte.endswith(("/", os.sep)) or chemin.is_dir():
            try:
                chemin.mkdir(parents=True, exist_ok=True)
            except OSError as erreur:
                raise SortieRefusee(
                    texte, f"dossier impossible à créer ({erreur.strerror})"
                ) from None
            if ecraser or not serie_libre:
                return ecrire_archive(self.fichiers(), chemin / self.nom_archive, ecraser=ecraser)
            return self._ecrire_dans(chemin)
        attendu = "-" + self.nom_enveloppe.removesuffix(".xml") + ".tar.gz"
        nom = chemin.name
        if not (
            len(nom) == 3 + len(attendu)
            and nom[:3].isalpha()
            and nom[:3].isupper()
            and nom.endswith(attendu)
        ):
            raise SortieRefusee(
                texte,
                f"nom d'archive hors convention : l'enveloppe {self.nom_enveloppe} impose "
                f"{self.nom_archive} (ou un autre trigramme) ; pour un dossier, finir par « / »",
            )
        return ecrire_archive(self.fichiers(), chemin, ecraser=ecraser)

    def _ecrire_dans(self, dossier: Path) -> Path:
        fichiers = self.fichiers()
        for serie in range(self.serie, SERIE_MAX + 1):
            t = self.avec_serie(serie)
            fichiers[0] = (t.nom_enveloppe, fichiers[0][1])
            try:
                return ecrire_archive(fichiers, dossier / t.nom_archive)
            except SortieExistante:
                continue
        raise SortieRefusee(
            str(dossier), f"plus aucun numéro d'envoi libre ce jour (au plus {SERIE_MAX})"
        )


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
    arrondissement: str | None = None,
    document_papier: str = "N",
) -> TransmissionActes:
    """Prépare la transmission d'une délibération : noms réglementaires, XML, pièces.

    Les pièces données comme ``(nom, contenu)`` reçoivent le type de pièce principal de la
    nature (``99_DE`` pour une délibération) ; donnez des :class:`Piece` pour en choisir un
    autre. L'enveloppe a besoin de l'arrondissement de la collectivité (un chiffre : celui de
    ``collectivite.arrondissement``, ou ``arrondissement``) et de sa nature ACTES
    (``nature_collectivite``, déduite du type quand c'est possible). Ce qui manque pour écrire
    un message valide (SIREN, département, arrondissement, matière, date) lève
    :class:`DonneesIncompletes` en nommant le champ à remplir ; le reste est contrôlé par
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
    arrondissement = arrondissement or collectivite.arrondissement
    if arrondissement is None:
        raise DonneesIncompletes(
            f"{collectivite.nom} : arrondissement inconnu ; renseignez collectivite.arrondissement "
            "(un chiffre, celui de l'arrondissement du siège ; 1 s'il n'y en a qu'un) ou "
            "arrondissement= (--arrondissement en ligne de commande)."
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
        arrondissement=arrondissement,
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


def _id_acte_compatible(deliberation: Deliberation, id_acte: str) -> str | None:
    try:
        parties = acte.decomposer(id_acte)
    except IdentifiantInvalide as erreur:
        return f"identifiant ACTES mal formé : {erreur}"
    if parties.numero != deliberation.numero:
        return f"l'accusé concerne l'acte n° {parties.numero}, pas la délibération n° {deliberation.numero}"
    if deliberation.date is not None and parties.date != deliberation.date:
        return f"l'accusé concerne un acte du {parties.date:%d/%m/%Y}, la délibération est du {deliberation.date:%d/%m/%Y}"
    if parties.nature != deliberation.nature.abrege:
        return f"l'accusé concerne un acte de nature {parties.nature}, la délibération est {deliberation.nature.abrege}"
    return None


def appliquer_accuse(
    deliberation: Deliberation,
    accuse: AccuseReception | str,
    date_reception: dt.date | None = None,
    prefecture: str | EnveloppePrefecture | None = None,
) -> Deliberation:
    """La délibération avec l'accusé de réception de la préfecture.

    ``accuse`` est l'``ARActe`` lu (ou son ``IDActe``, avec ``date_reception``) ; l'identifiant
    devient ``transmission.identifiant_actes``, la date de réception le ``PREF_DATE`` du SCDL.
    ``prefecture`` est l'identifiant du service (``PREF021``, le ``PREF_ID`` du SCDL) ou
    l'enveloppe de la préfecture qui l'a apporté. Lève :class:`AccuseIncompatible` si
    l'identifiant ACTES ne désigne pas cette délibération (numéro, date, nature).
    """
    if isinstance(accuse, AccuseReception):
        id_acte, date_reception = accuse.id_acte, accuse.date_reception or date_reception
    else:
        id_acte = accuse
    motif = _id_acte_compatible(deliberation, id_acte)
    if motif is not None:
        raise AccuseIncompatible(f"Délibération {deliberation.numero} : {motif}.")
    if isinstance(prefecture, EnveloppePrefecture):
        prefecture = prefecture.identifiant
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
