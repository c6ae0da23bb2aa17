"""Relire une archive de transmission vers le modèle : enveloppe, actes, délibérations.

>>> import datetime as dt, tempfile
>>> from deliberations.model import charger_seance
>>> from deliberations.actes.transmission import preparer_transmission
>>> seance = charger_seance("examples/seance-dijon-metropole-2024-09-26.json")
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

from deliberations.actes.archive import lire_archive
from deliberations.actes.lecture import lire_message
from deliberations.actes.messages import Enveloppe, MetadonneesActe
from deliberations.actes.transmission import deliberation_depuis
from deliberations.model import Deliberation
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["TransmissionRelue", "lire_transmission"]


@attrs.frozen
class TransmissionRelue:
    """Le contenu d'une archive : enveloppe, actes (métadonnées et délibérations), fichiers."""

    enveloppe: Enveloppe | None
    actes: tuple[MetadonneesActe, ...]
    deliberations: tuple[Deliberation, ...]
    fichiers: tuple[tuple[str, bytes], ...]
    rapport: Rapport


def lire_transmission(source: str | os.PathLike[str] | bytes) -> TransmissionRelue:
    """Lit une archive (sans danger, voir :func:`~deliberations.actes.archive.lire_archive`)."""
    fichiers = lire_archive(source)
    constats: list[Constat] = []
    enveloppe: Enveloppe | None = None
    actes: list[MetadonneesActe] = []
    for nom, contenu in fichiers:
        if not nom.lower().endswith(".xml"):
            continue
        lu = lire_message(contenu, nom)
        constats.extend(lu.rapport)
        if isinstance(lu.message, Enveloppe):
            if enveloppe is not None:
                constats.append(
                    Constat(
                        code="actes.enveloppe",
                        severite=Severite.ERREUR,
                        chemin=nom,
                        message="Plusieurs enveloppes dans l'archive ; la première est gardée.",
                    )
                )
            else:
                enveloppe = lu.message
        elif isinstance(lu.message, MetadonneesActe):
            actes.append(lu.message)
    deliberations: list[Deliberation] = []
    for meta in actes:
        try:
            deliberations.append(deliberation_depuis(meta))
        except (ValueError, TypeError) as erreur:
            constats.append(
                Constat(
                    code="actes.acte-incomplet",
                    severite=Severite.ERREUR,
                    chemin=meta.numero_interne,
                    message=f"Acte non convertible : {erreur}",
                )
            )
    return TransmissionRelue(
        enveloppe, tuple(actes), tuple(deliberations), tuple(fichiers), Rapport(constats)
    )
