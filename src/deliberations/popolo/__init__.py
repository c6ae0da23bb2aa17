"""Export Popolo / Open Civic Data d'un registre de séances.

`exporter_popolo` rend un document JSON (dictionnaire) au format d'échange de Popolo
(popoloproject.com) : ``organizations`` (la collectivité et son assemblée), ``persons``
(les élus), ``memberships`` (leurs mandats), ``events`` (les séances), ``motions`` (les
délibérations) et ``vote_events`` (les scrutins, avec leurs décomptes ``counts`` et, s'il
est connu, le vote nominatif ``votes``).

Ni Popolo ni Open Civic Data ne décrivent les procurations ; l'export les ajoute par une
extension documentée :

- sur une séance (``events[]``), ``proxies`` : la liste des pouvoirs, chacun
  ``{"principal_id": mandant, "proxy_id": mandataire}`` (plus ``date``, ``start_date``,
  ``end_date``, ``written`` quand ils sont connus) ;
- sur un vote (``vote_events[].votes[]``), ``proxy_for`` : quand un mandataire vote pour un
  membre représenté, ``voter_id`` est le mandataire et ``proxy_for`` le membre représenté,
  dont c'est la voix ;
- sur une délibération (``motions[]``), ``identifier`` : son numéro (``DELIB_ID``).

Correspondances : ``pour`` → ``yes``, ``contre`` → ``no``, ``abstention`` → ``abstain``,
``ne_prend_pas_part`` → ``not voting``, ``blanc`` → ``blank``, ``nul`` → ``invalid``
(décompte ``blancs_nuls`` → ``blank or invalid``) ; ``adopte`` → ``pass``, ``rejete`` →
``fail``. Un décompte ou un résultat que le document ne donne pas est omis, jamais deviné.
Les identifiants sont stables : SIREN de la collectivité, ``identifiant`` de l'élu s'il
est fourni, sinon sa clé de nom normalisée (deux homonymes sans prénom ni identifiant
partagent donc la même personne).

>>> import deliberations as dl
>>> seance = dl.lire_seance("examples/seance-dijon-metropole-2024-09-26.json")
>>> document = exporter_popolo(seance)
>>> sorted(document)
['events', 'memberships', 'motions', 'organizations', 'persons', 'vote_events']
>>> [o["classification"] for o in document["organizations"]]
['metropole', 'conseil_metropolitain']
>>> evenement = document["events"][0]
>>> evenement["start_date"], len(evenement["proxies"])
('2024-09-26', 11)
>>> sorted(c["option"] for c in document["vote_events"][0]["counts"])
['abstain', 'no', 'not voting', 'yes']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from deliberations.model import (
    ChoixVote,
    Collectivite,
    Deliberation,
    Elu,
    Registre,
    ResultatVote,
    Scrutin,
    Seance,
)
from deliberations.texte import cle_texte

__all__ = ["OPTIONS", "exporter_popolo"]

OPTIONS: dict[ChoixVote, str] = {
    ChoixVote.POUR: "yes",
    ChoixVote.CONTRE: "no",
    ChoixVote.ABSTENTION: "abstain",
    ChoixVote.NE_PREND_PAS_PART: "not voting",
    ChoixVote.BLANC: "blank",
    ChoixVote.NUL: "invalid",
}
_RESULTATS = {ResultatVote.ADOPTE: "pass", ResultatVote.REJETE: "fail"}


def _jeton(texte: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", cle_texte(texte)).strip("-") or "sans-nom"


def _id_collectivite(c: Collectivite) -> str:
    siren = c.siren_effectif
    return f"collectivite/siren-{siren}" if siren else f"collectivite/{_jeton(c.nom)}"


def _id_personne(elu: Elu) -> str:
    if elu.identifiant:
        return f"personne/{_jeton(elu.identifiant)}"
    return f"personne/{_jeton(elu.cle)}"


def _personne(elu: Elu) -> dict[str, Any]:
    personne: dict[str, Any] = {
        "id": _id_personne(elu),
        "name": " ".join(p for p in (elu.prenom, elu.nom) if p),
        "family_name": elu.nom,
    }
    if elu.prenom:
        personne["given_name"] = elu.prenom
    if elu.civilite:
        personne["honorific_prefix"] = elu.civilite.libelle
    if elu.identifiant:
        personne["identifiers"] = [{"scheme": "application", "identifier": elu.identifiant}]
    return personne


class _Export:
    """Accumule les objets Popolo, sans doublon, dans l'ordre de rencontre."""

    def __init__(self) -> None:
        self.collections: dict[str, dict[str, dict[str, Any]]] = {
            nom: {}
            for nom in (
                "organizations",
                "persons",
                "memberships",
                "events",
                "motions",
                "vote_events",
            )
        }

    def ajouter(self, collection: str, objet: dict[str, Any], fusion: bool = False) -> str:
        """Ajoute ``objet`` ; avec ``fusion``, un objet de même identifiant est le même (une
        personne, une organisation) ; sinon l'identifiant reçoit un suffixe (deux séances
        le même jour, deux délibérations de même numéro) s'il diffère de l'objet déjà
        rangé : rien n'est perdu, rien n'est doublé."""
        objets = self.collections[collection]
        base, rang = objet["id"], 2
        while not fusion and objet["id"] in objets and objets[objet["id"]] != objet:
            objet["id"] = f"{base}-{rang}"
            rang += 1
        objets.setdefault(objet["id"], objet)
        return str(objet["id"])

    def personne(self, elu: Elu) -> str:
        return self.ajouter("persons", _personne(elu), fusion=True)

    def document(self) -> dict[str, list[dict[str, Any]]]:
        return {nom: list(objets.values()) for nom, objets in self.collections.items()}


def _organisations(export: _Export, seance: Seance) -> str:
    c = seance.assemblee.collectivite
    collectivite: dict[str, Any] = {"id": _id_collectivite(c), "name": c.nom}
    if c.type is not None:
        collectivite["classification"] = c.type.value
    identifiants = [
        {"scheme": schema, "identifier": str(valeur)}
        for schema, valeur in (("siren", c.siren_effectif), ("siret", c.siret))
        if valeur
    ]
    if identifiants:
        collectivite["identifiers"] = identifiants
    export.ajouter("organizations", collectivite, fusion=True)
    organe = seance.assemblee.organe
    return export.ajouter(
        "organizations",
        {
            "id": f"{collectivite['id']}/{organe.value}",
            "name": f"{organe.libelle[0].upper()}{organe.libelle[1:]} — {c.nom}",
            "classification": organe.value,
            "parent_id": collectivite["id"],
        },
        fusion=True,
    )


def _mandats(export: _Export, seance: Seance, assemblee_id: str) -> None:
    for mandat in seance.assemblee.mandats:
        personne_id = export.personne(mandat.elu)
        adhesion: dict[str, Any] = {
            "id": f"{assemblee_id}/mandat/{personne_id.split('/', 1)[1]}",
            "person_id": personne_id,
            "organization_id": assemblee_id,
            "role": mandat.fonction.libelle,
        }
        if mandat.role.value != "titulaire":
            adhesion["label"] = "suppléant"
        if mandat.commune:
            adhesion["area_id"] = f"commune/{_jeton(mandat.commune)}"
        if mandat.debut:
            adhesion["start_date"] = mandat.debut.isoformat()
        if mandat.fin:
            adhesion["end_date"] = mandat.fin.isoformat()
        export.ajouter("memberships", adhesion)


def _procuration(export: _Export, seance: Seance, rang: int) -> dict[str, Any]:
    p = seance.procurations[rang]
    pouvoir: dict[str, Any] = {
        "principal_id": export.personne(p.mandant),
        "proxy_id": export.personne(p.mandataire),
        "written": p.ecrite,
    }
    for cle, valeur in (("date", p.date), ("start_date", p.debut), ("end_date", p.fin)):
        if valeur is not None:
            pouvoir[cle] = valeur.isoformat()
    return pouvoir


def _seance(export: _Export, seance: Seance, assemblee_id: str) -> str:
    organe = seance.assemblee.organe.libelle
    evenement: dict[str, Any] = {
        "id": f"{assemblee_id}/seance/{seance.date.isoformat()}",
        "name": f"Séance du {organe} du {seance.date:%d/%m/%Y}",
        "classification": f"seance {seance.type.value}",
        "start_date": seance.date.isoformat(),
        "organization_id": assemblee_id,
        "attendees": [
            {"id": export.personne(elu), "name": " ".join(p for p in (elu.prenom, elu.nom) if p)}
            for elu in seance.presents()
        ],
        "proxies": [_procuration(export, seance, r) for r in range(len(seance.procurations))],
    }
    if seance.lieu:
        evenement["location"] = seance.lieu
    return export.ajouter("events", evenement)


def _decomptes(scrutin: Scrutin) -> list[dict[str, Any]]:
    valeurs = (
        ("yes", scrutin.pour),
        ("no", scrutin.contre),
        ("abstain", scrutin.abstentions),
        ("not voting", scrutin.ne_prend_pas_part),
        ("blank or invalid", scrutin.blancs_nuls),
    )
    return [{"option": option, "value": valeur} for option, valeur in valeurs if valeur is not None]


def _votes(export: _Export, scrutin: Scrutin) -> list[dict[str, Any]]:
    votes = []
    for vote in scrutin.votes:
        entree: dict[str, Any] = {"option": OPTIONS[vote.choix]}
        if vote.mandataire is not None:
            entree["voter_id"] = export.personne(vote.mandataire)
            entree["proxy_for"] = export.personne(vote.elu)
        else:
            entree["voter_id"] = export.personne(vote.elu)
        votes.append(entree)
    return votes


def _deliberation(
    export: _Export, seance: Seance, d: Deliberation, evenement_id: str, assemblee_id: str
) -> None:
    date = (d.date or seance.date).isoformat()
    motion: dict[str, Any] = {
        "id": f"{evenement_id}/deliberation/{_jeton(d.numero)}",
        "organization_id": assemblee_id,
        "legislative_session_id": evenement_id,
        "text": d.objet,
        "classification": d.nature.libelle,
        "date": date,
        "identifier": d.numero,
    }
    if d.scrutin is not None and d.scrutin.resultat is not None:
        motion["result"] = _RESULTATS[d.scrutin.resultat]
    export.ajouter("motions", motion)
    for rang, scrutin in enumerate(d.scrutins, 1):
        vote: dict[str, Any] = {
            "id": f"{motion['id']}/scrutin/{rang}",
            "identifier": d.numero if len(d.scrutins) == 1 else f"{d.numero} ({rang})",
            "motion_id": motion["id"],
            "organization_id": assemblee_id,
            "legislative_session_id": evenement_id,
            "start_date": date,
            "counts": _decomptes(scrutin),
        }
        if scrutin.mode is not None:
            vote["classification"] = scrutin.mode.value
        if scrutin.resultat is not None:
            vote["result"] = _RESULTATS[scrutin.resultat]
        if scrutin.votes:
            vote["votes"] = _votes(export, scrutin)
        export.ajouter("vote_events", vote)


def exporter_popolo(seances: Seance | Registre | Iterable[Seance]) -> dict[str, Any]:
    """Le document Popolo (dictionnaire JSON) d'une séance, d'un registre ou de séances."""
    if isinstance(seances, Seance):
        liste: Iterable[Seance] = (seances,)
    elif isinstance(seances, Registre):
        liste = seances.seances
    else:
        liste = seances
    export = _Export()
    for seance in liste:
        assemblee_id = _organisations(export, seance)
        _mandats(export, seance, assemblee_id)
        evenement_id = _seance(export, seance, assemblee_id)
        for d in seance.deliberations:
            _deliberation(export, seance, d, evenement_id, assemblee_id)
    return export.document()
