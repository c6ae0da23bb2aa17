"""Écriture du modèle en CSV SCDL « deliberations » 2.1.5.

Les 17 colonnes dans l'ordre du schéma, UTF-8 sans BOM, virgule, guillemets selon la
RFC 4180 (seulement quand il le faut), fins de ligne CRLF, dates ISO.

Correspondance des votes (un seul scrutin par ligne, le **dernier** de la délibération,
celui qui décide) :

- ``VOTE_POUR``, ``VOTE_CONTRE``, ``VOTE_ABSTENTION`` : les décomptes du scrutin ;
- ``VOTE_REEL`` : pour + contre + abstentions, comme l'exige le contrôle
  ``sum-columns-value`` de Validata. Les membres qui ne prennent pas part au vote et les
  bulletins blancs ou nuls n'ont pas de colonne : ils ne sont pas comptés dans
  ``VOTE_REEL`` et un constat « info » le signale ;
- ``VOTE_EFFECTIF`` : les membres en exercice de la séance.

Quand un décompte manque, les cinq colonnes restent vides (elles vont ensemble).

>>> from deliberations.model import charger_seance
>>> import io
>>> seance = charger_seance("examples/seance-dijon-metropole-2024-09-26.json")
>>> sortie = io.StringIO()
>>> rapport = ecrire_scdl(seance, sortie, siret="24210041000016")
>>> print(sortie.getvalue().splitlines()[1].split(',"Avenant')[0])
Dijon métropole,24210041000016,20240926_001,2024-09-26,8.2,domaines de compétences par thèmes/aide sociale
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from deliberations.erreurs import ErreurDeliberations
from deliberations.identifiants import Siret
from deliberations.model import Collectivite, Deliberation, Registre, Seance
from deliberations.nomenclature import CLASSIFICATION_NATIONALE, Classification, MatiereInconnue
from deliberations.scdl.schema import NOMS
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["EcrivainSCDL", "ecrire_scdl", "ligne_scdl"]


def _nombre(valeur: int | None) -> str:
    return "" if valeur is None else str(valeur)


def ligne_scdl(
    collectivite: Collectivite,
    deliberation: Deliberation,
    *,
    date: dt.date | None = None,
    vote_effectif: int | None = None,
    siret: str | None = None,
    classification: Classification = CLASSIFICATION_NATIONALE,
) -> tuple[dict[str, str], list[Constat]]:
    """Une ligne SCDL (nom de colonne → valeur) et les constats de ce qui ne passe pas.

    ``date`` sert quand la délibération n'a pas de date propre (celle de la séance) ;
    ``siret`` remplace celui de la collectivité.
    """
    constats: list[Constat] = []
    chemin = f"délibération {deliberation.numero}"

    def constat(code: str, severite: Severite, message: str) -> None:
        constats.append(Constat(code=code, severite=severite, message=message, chemin=chemin))

    numero_siret = Siret(siret) if siret else collectivite.siret
    if numero_siret is None:
        constat(
            "ecriture.siret-manquant",
            Severite.ERREUR,
            "La collectivité n'a pas de SIRET : COLL_SIRET est obligatoire.",
        )
    jour = deliberation.date or date
    if jour is None:
        constat("ecriture.date-manquante", Severite.ERREUR, "La délibération n'a pas de date.")
    code, nom = "", ""
    if deliberation.matiere is None:
        constat(
            "ecriture.matiere-manquante",
            Severite.ERREUR,
            "La délibération n'a pas de matière : DELIB_MATIERE_CODE et _NOM sont obligatoires.",
        )
    else:
        code = ".".join(deliberation.matiere.split(".")[:2])
        if code.count(".") == 0:
            constat(
                "ecriture.matiere-niveau1",
                Severite.ERREUR,
                f"La matière {code} n'a qu'un niveau ; le SCDL demande le niveau 2.",
            )
        try:
            nom = classification.nom_scdl(code)
        except MatiereInconnue as erreur:
            constat("ecriture.matiere-inconnue", Severite.ERREUR, str(erreur))
    ligne = dict.fromkeys(NOMS, "")
    ligne.update(
        COLL_NOM=collectivite.nom,
        COLL_SIRET=numero_siret or "",
        DELIB_ID=deliberation.numero,
        DELIB_DATE=jour.isoformat() if jour else "",
        DELIB_MATIERE_CODE=code,
        DELIB_MATIERE_NOM=nom,
        DELIB_OBJET=deliberation.objet,
        DELIB_URL=deliberation.url or "",
    )
    if deliberation.budget is not None:
        ligne["BUDGET_ANNEE"] = deliberation.budget.annee
        ligne["BUDGET_NOM"] = deliberation.budget.nom or ""
        if deliberation.budget.nom is None:
            constat(
                "ecriture.budget-nom",
                Severite.ERREUR,
                "BUDGET_NOM est vide alors que BUDGET_ANNEE est rempli (les deux vont ensemble).",
            )
    t = deliberation.transmission
    if t is not None:
        ligne["PREF_ID"] = t.prefecture or ""
        ligne["PREF_DATE"] = t.date_reception.isoformat() if t.date_reception else ""
    s = deliberation.scrutin
    if len(deliberation.scrutins) > 1:
        constat(
            "ecriture.scrutins",
            Severite.INFO,
            f"{len(deliberation.scrutins)} scrutins : seul le dernier est écrit.",
        )
    if s is not None and s.pour is not None:
        if vote_effectif is None:
            constat(
                "ecriture.effectif-manquant",
                Severite.AVERTISSEMENT,
                "Membres en exercice inconnus : les colonnes VOTE_* restent vides.",
            )
        else:
            pour, contre, abst = s.pour, s.contre or 0, s.abstentions or 0
            ligne.update(
                VOTE_EFFECTIF=_nombre(vote_effectif),
                VOTE_REEL=_nombre(pour + contre + abst),
                VOTE_POUR=_nombre(pour),
                VOTE_CONTRE=_nombre(contre),
                VOTE_ABSTENTION=_nombre(abst),
            )
            hors = [
                (n, v)
                for n, v in (
                    ("ne prennent pas part au vote", s.ne_prend_pas_part),
                    ("blancs ou nuls", s.blancs_nuls),
                )
                if v
            ]
            if hors:
                detail = ", ".join(f"{v} {n}" for n, v in hors)
                constat(
                    "ecriture.votes-non-representes",
                    Severite.INFO,
                    f"Le SCDL n'a pas de colonne pour : {detail} ; non comptés dans VOTE_REEL.",
                )
    return ligne, constats


class EcrivainSCDL:
    """Écrit des lignes SCDL une à une dans un flux texte (en-tête écrit à la création)."""

    def __init__(self, sortie: TextIO) -> None:
        self._csv = csv.DictWriter(sortie, fieldnames=list(NOMS), lineterminator="\r\n")
        self._csv.writeheader()
        self.constats: list[Constat] = []
        self.lignes = 0

    def ecrire(
        self,
        collectivite: Collectivite,
        deliberation: Deliberation,
        **options: object,
    ) -> None:
        """Écrit la ligne d'une délibération ; ses constats s'ajoutent à ``constats``."""
        ligne, constats = ligne_scdl(collectivite, deliberation, **options)  # type: ignore[arg-type]
        self._csv.writerow(ligne)
        self.constats.extend(constats)
        self.lignes += 1

    def ecrire_seance(self, seance: Seance, siret: str | None = None) -> None:
        """Écrit une ligne par délibération de la séance."""
        for d in seance.deliberations:
            self.ecrire(
                seance.assemblee.collectivite,
                d,
                date=seance.date,
                vote_effectif=seance.nombre_en_exercice(),
                siret=siret,
            )


def ecrire_scdl(
    seances: Seance | Registre | Iterable[Seance],
    sortie: str | os.PathLike[str] | TextIO,
    *,
    siret: str | None = None,
) -> Rapport:
    """Écrit les délibérations de séances en CSV SCDL ; renvoie les constats d'écriture.

    Une ligne dont une valeur obligatoire manque est quand même écrite (rien n'est perdu),
    et le rapport contient l'erreur correspondante.
    """
    if isinstance(seances, Seance):
        liste: Iterable[Seance] = (seances,)
    elif isinstance(seances, Registre):
        liste = seances.seances
    else:
        liste = seances
    if isinstance(sortie, (str, os.PathLike)):
        try:
            with Path(sortie).open("w", encoding="utf-8", newline="") as fichier:
                return ecrire_scdl(liste, fichier, siret=siret)
        except OSError as erreur:
            raise ErreurDeliberations(f"{sortie} : écriture impossible ({erreur}).") from None
    ecrivain = EcrivainSCDL(sortie)
    for seance in liste:
        ecrivain.ecrire_seance(seance, siret)
    return Rapport(ecrivain.constats, statistiques={"lignes": ecrivain.lignes})
