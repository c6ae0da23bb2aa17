"""Relire ce qui arrive : une archive (de la collectivité ou de la préfecture) ou un message
XML seul, par une seule entrée, :func:`lire`.

>>> import datetime as dt, tempfile
>>> from deliberations.model import lire_seance
>>> from deliberations.actes.transmission import preparer_transmission
>>> seance = lire_seance("examples/seance-dijon-metropole-2024-09-26.json")
>>> t = preparer_transmission(seance.assemblee.collectivite, seance.deliberations[0],
...     acte=("d.pdf", b"%PDF-1.7"), date_decision=seance.date, date_envoi=dt.date(2024, 9, 27),
...     classification_date=dt.date(2019, 4, 18), adresses_retour=["a@b.fr"], nature_collectivite="45")
>>> relue = lire_transmission(t.ecrire(tempfile.mkdtemp()))
>>> relue.deliberations[0].numero, relue.deliberations[0].matiere, relue.enveloppe.siren
('20240926_001', '8.2', '242100410')
"""

from __future__ import annotations

import os

import attrs

from deliberations.actes.archive import (
    MEMBRES_MAX,
    TAILLE_MAX_ARCHIVE,
    TAILLE_MAX_DECOMPRESSEE,
    lire_archive,
)
from deliberations.actes.lecture import LectureMessage, lire_message
from deliberations.actes.messages import (
    AccuseReception,
    Anomalie,
    Enveloppe,
    EnveloppePrefecture,
    MessageActes,
    MetadonneesActe,
)
from deliberations.actes.securite import verifier_balises
from deliberations.actes.transmission import deliberation_depuis
from deliberations.fichiers import MIO, EntreeTropGrande, lire_octets, ouvrir_flux
from deliberations.model import Deliberation
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["TAILLE_MAX_XML", "TransmissionRelue", "lire", "lire_transmission"]

TAILLE_MAX_XML = 16 * MIO
"""Taille maximale d'un message XML ACTES lu seul (une classification complète fait 200 Kio)."""


@attrs.frozen
class TransmissionRelue:
    """Le contenu d'une archive : enveloppe (de la collectivité ou de la préfecture), chaque
    message lu (avec le nom de son fichier), les actes et les délibérations qu'ils décrivent,
    les fichiers, et les constats de la lecture."""

    enveloppe: Enveloppe | EnveloppePrefecture | None
    actes: tuple[MetadonneesActe, ...]
    deliberations: tuple[Deliberation, ...]
    fichiers: tuple[tuple[str, bytes], ...]
    rapport: Rapport
    messages: tuple[tuple[str, MessageActes], ...] = ()

    @property
    def prefecture(self) -> str | None:
        """L'identifiant du service émetteur (``PREF_ID`` du SCDL), pour une archive de la préfecture."""
        return (
            self.enveloppe.identifiant if isinstance(self.enveloppe, EnveloppePrefecture) else None
        )

    @property
    def accuses(self) -> tuple[AccuseReception, ...]:
        """Les accusés de réception (``ARActe``) de l'archive."""
        return tuple(m for _, m in self.messages if isinstance(m, AccuseReception))

    @property
    def anomalies(self) -> tuple[Anomalie, ...]:
        """Les anomalies (d'acte ou d'enveloppe) de l'archive."""
        return tuple(m for _, m in self.messages if isinstance(m, Anomalie))


def _constat(code: str, severite: Severite, chemin: str, message: str) -> Constat:
    return Constat(code=code, severite=severite, chemin=chemin, message=message)


def _deliberations(actes: list[MetadonneesActe], constats: list[Constat]) -> list[Deliberation]:
    deliberations: list[Deliberation] = []
    for meta in actes:
        try:
            d = deliberation_depuis(meta)
        except (ValueError, TypeError) as erreur:
            constats.append(
                _constat(
                    "actes.acte-incomplet",
                    Severite.ERREUR,
                    meta.numero_interne,
                    f"Acte non convertible : {erreur}",
                )
            )
            continue
        if d.objet != meta.objet:
            constats.append(
                _constat(
                    "actes.objet-normalise",
                    Severite.INFO,
                    meta.numero_interne,
                    "Objet : le modèle normalise les blancs (espace insécable, espaces doubles ou "
                    "aux extrémités) ; le texte exact reste dans les métadonnées de l'acte.",
                )
            )
        deliberations.append(d)
    return deliberations


def lire_transmission(
    source: str | os.PathLike[str] | bytes,
    *,
    taille_max: int = TAILLE_MAX_ARCHIVE,
    taille_decompressee_max: int = TAILLE_MAX_DECOMPRESSEE,
    membres_max: int = MEMBRES_MAX,
) -> TransmissionRelue:
    """Lit une archive sans danger (voir :func:`~deliberations.actes.archive.lire_archive`) :
    envoi de la collectivité (``EnveloppeCLMISILL``) ou archive de la préfecture
    (``EnveloppeMISILLCL`` avec accusés de réception, anomalies, courriers…)."""
    fichiers = lire_archive(
        source,
        taille_max=taille_max,
        taille_decompressee_max=taille_decompressee_max,
        membres_max=membres_max,
    )
    verifier_balises(fichiers, os.fspath(source) if not isinstance(source, bytes) else "<archive>")
    constats: list[Constat] = []
    enveloppe: Enveloppe | EnveloppePrefecture | None = None
    actes: list[MetadonneesActe] = []
    messages: list[tuple[str, MessageActes]] = []
    for nom, contenu in fichiers:
        if not nom.lower().endswith(".xml"):
            continue
        lu = lire_message(contenu, nom)
        constats.extend(lu.rapport)
        if lu.message is None:
            continue
        messages.append((nom, lu.message))
        if isinstance(lu.message, Enveloppe | EnveloppePrefecture):
            if enveloppe is not None:
                constats.append(
                    _constat(
                        "actes.enveloppe",
                        Severite.ERREUR,
                        nom,
                        "Plusieurs enveloppes dans l'archive ; la première est gardée.",
                    )
                )
            else:
                enveloppe = lu.message
        elif isinstance(lu.message, MetadonneesActe):
            actes.append(lu.message)
    if enveloppe is None:
        constats.append(
            _constat(
                "actes.enveloppe", Severite.ERREUR, "archive", "Aucune enveloppe dans l'archive."
            )
        )
    deliberations = _deliberations(actes, constats)
    return TransmissionRelue(
        enveloppe,
        tuple(actes),
        tuple(deliberations),
        tuple(fichiers),
        Rapport(constats),
        tuple(messages),
    )


def lire(
    source: str | os.PathLike[str] | bytes,
    *,
    taille_max: int | None = None,
) -> TransmissionRelue | LectureMessage:
    """Lit ce qu'envoie ou reçoit la collectivité : une archive ``.tar.gz`` (reconnue à son
    contenu) donne une :class:`TransmissionRelue`, un message XML une
    :class:`~deliberations.actes.lecture.LectureMessage`.

    ``taille_max`` borne l'entrée (par défaut :data:`TAILLE_MAX_XML` pour un XML,
    :data:`~deliberations.actes.archive.TAILLE_MAX_ARCHIVE` pour une archive) ; un fichier
    spécial (tube, périphérique) est refusé avant toute lecture.
    """
    if isinstance(source, bytes):
        if source.startswith(b"\x1f\x8b"):
            return lire_transmission(source, taille_max=taille_max or TAILLE_MAX_ARCHIVE)
        if len(source) > (taille_max or TAILLE_MAX_XML):
            raise EntreeTropGrande("<message>", f"{len(source)} octets, plus que la limite")
        return lire_message(source)
    if os.fspath(source) == "-":  # l'entrée standard ne se relit pas : lue une fois, bornée
        return lire(
            lire_octets("-", maximum=taille_max or TAILLE_MAX_ARCHIVE), taille_max=taille_max
        )
    with ouvrir_flux(source, maximum=taille_max or TAILLE_MAX_ARCHIVE) as flux:
        debut = flux.read(2)
    nom = os.fspath(source)
    if debut == b"\x1f\x8b":
        return lire_transmission(source, taille_max=taille_max or TAILLE_MAX_ARCHIVE)
    return lire_message(
        lire_octets(source, maximum=taille_max or TAILLE_MAX_XML), os.path.basename(nom)
    )
