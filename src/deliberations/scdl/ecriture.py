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

Ce que le format ne peut pas tenir (thème, exposé, dispositif, résultat du scrutin,
procurations, identifiant @CTES, date d'envoi, matière au-delà du niveau 2…) est dit une fois
par champ dans le rapport (code ``ecriture.non-represente``, avec le nombre de délibérations
concernées), jamais perdu en silence. Les blancs d'une adresse sont encodés (``%20``).
Écrite vers un chemin, la sortie est atomique (:func:`deliberations.fichiers.ecrire_atomique`) :
jamais de fichier partiel, pas de remplacement sans ``ecraser=True``, pas de lien suivi.

>>> from deliberations.model import lire_seance
>>> import io
>>> seance = lire_seance("examples/seance-dijon-metropole-2024-09-26.json")
>>> sortie = io.StringIO()
>>> rapport = ecrire_scdl(seance, sortie, siret="24210041000016")
>>> print(sortie.getvalue().splitlines()[1].split(',"Avenant')[0])
Dijon métropole,24210041000016,20240926_001,2024-09-26,8.2,domaines de compétences par thèmes/aide sociale
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from deliberations.erreurs import ErreurDeliberations
from deliberations.fichiers import ecrire_atomique
from deliberations.identifiants import Siret
from deliberations.model import Collectivite, Deliberation, Registre, Seance
from deliberations.nomenclature import CLASSIFICATION_NATIONALE, Classification, MatiereInconnue
from deliberations.scdl.schema import NOMS, SCHEMA
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["NON_REPRESENTES", "EcrivainSCDL", "datapackage", "ecrire_scdl", "ligne_scdl"]

NON_REPRESENTES: tuple[tuple[str, Callable[[Deliberation], object]], ...] = (
    ("theme", lambda d: d.theme),
    ("rang", lambda d: d.rang),
    ("rapporteur", lambda d: d.rapporteur),
    ("president", lambda d: d.president),
    ("expose", lambda d: d.expose),
    ("dispositif", lambda d: d.dispositif),
    ("retraits", lambda d: d.retraits),
    ("matiere (niveaux 3 et suivants)", lambda d: (d.matiere or "").count(".") > 1),
    ("scrutins (tous sauf le dernier)", lambda d: len(d.scrutins) > 1),
    ("scrutin.mode", lambda d: d.scrutin and d.scrutin.mode),
    ("scrutin.libelle", lambda d: d.scrutin and d.scrutin.libelle),
    ("scrutin.resultat", lambda d: d.scrutin and d.scrutin.resultat),
    ("scrutin.dont_procurations", lambda d: d.scrutin and d.scrutin.dont_procurations),
    ("scrutin.votes (votes nominatifs)", lambda d: d.scrutin and d.scrutin.votes),
    ("scrutin.unanimite", lambda d: d.scrutin and d.scrutin.unanimite),
    ("scrutin.voix_preponderante", lambda d: d.scrutin and d.scrutin.voix_preponderante),
    (
        "transmission.identifiant_actes",
        lambda d: d.transmission and d.transmission.identifiant_actes,
    ),
    ("transmission.date_envoi", lambda d: d.transmission and d.transmission.date_envoi),
)
"""Les champs du modèle que le SCDL délibérations n'a pas de colonne pour tenir."""

_BLANC = re.compile(r"\s")


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
        DELIB_URL=_BLANC.sub(lambda m: f"%{ord(m.group()):02X}", deliberation.url or ""),
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
    """Écrit des lignes SCDL une à une dans un flux texte (en-tête écrit à la création).

    ``constats`` : ceux des lignes, puis, à la lecture de :attr:`rapport`, un constat par champ
    du modèle que le format ne tient pas (avec le nombre de délibérations concernées).
    """

    def __init__(self, sortie: TextIO) -> None:
        self._csv = csv.DictWriter(sortie, fieldnames=list(NOMS), lineterminator="\r\n")
        self._csv.writeheader()
        self.constats: list[Constat] = []
        self.lignes = 0
        self._pertes: Counter[str] = Counter()
        self._premieres: dict[str, str] = {}

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
        for champ, lire in NON_REPRESENTES:
            if lire(deliberation):
                self._pertes[champ] += 1
                self._premieres.setdefault(champ, deliberation.numero)

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

    @property
    def rapport(self) -> Rapport:
        """Les constats des lignes, puis ce que le format n'a pas pu tenir (un par champ)."""
        pertes = [
            Constat(
                code="ecriture.non-represente",
                severite=Severite.INFO,
                message=f"Le SCDL délibérations n'a pas de colonne pour « {champ} » : valeur non "
                f"écrite pour {n} délibération(s) (première : {self._premieres[champ]}).",
                chemin=champ,
                details={"champ": champ, "deliberations": n},
            )
            for champ, n in self._pertes.items()
        ]
        return Rapport([*self.constats, *pertes], statistiques={"lignes": self.lignes})


def _liste(seances: Seance | Registre | Iterable[Seance]) -> Iterable[Seance]:
    if isinstance(seances, Seance):
        return (seances,)
    if isinstance(seances, Registre):
        return seances.seances
    return seances


class _RienAEcrire(Exception):
    pass


def ecrire_scdl(
    seances: Seance | Registre | Iterable[Seance],
    sortie: str | os.PathLike[str] | TextIO,
    *,
    siret: str | None = None,
    ecraser: bool = False,
    entrees: Iterable[str | os.PathLike[str]] = (),
) -> Rapport:
    """Écrit les délibérations de séances en CSV SCDL ; renvoie les constats d'écriture.

    Une ligne dont une valeur obligatoire manque est quand même écrite (rien n'est perdu),
    et le rapport contient l'erreur correspondante. Vers un chemin, l'écriture est atomique :
    un fichier existant n'est remplacé qu'avec ``ecraser=True`` ; un lien symbolique, un
    dossier absent ou un des fichiers ``entrees`` sont refusés
    (:class:`~deliberations.fichiers.SortieRefusee`) ; sans aucune délibération, rien n'est
    écrit et le rapport porte l'erreur ``ecriture.vide``.
    """
    liste = _liste(seances)
    if not isinstance(sortie, (str, os.PathLike)):
        ecrivain = EcrivainSCDL(sortie)
        for seance in liste:
            ecrivain.ecrire_seance(seance, siret)
        return ecrivain.rapport
    resultat: list[Rapport] = []

    def ecrire(flux: BinaryIO) -> None:
        texte = io.TextIOWrapper(flux, encoding="utf-8", newline="")
        ecrivain = EcrivainSCDL(texte)
        for seance in liste:
            ecrivain.ecrire_seance(seance, siret)
        texte.flush()
        texte.detach()
        resultat.append(ecrivain.rapport)
        if ecrivain.lignes == 0:
            raise _RienAEcrire

    try:
        ecrire_atomique(sortie, ecrire, ecraser=ecraser, entrees=entrees)
    except _RienAEcrire:
        return Rapport(
            [
                Constat(
                    code="ecriture.vide",
                    severite=Severite.ERREUR,
                    message="Aucune délibération à écrire : aucun fichier n'a été créé.",
                    chemin=os.fspath(sortie),
                )
            ],
            statistiques={"lignes": 0},
        )
    except OSError as erreur:
        raise ErreurDeliberations(f"{sortie} : écriture impossible ({erreur.strerror}).") from None
    return resultat[0]


def datapackage(csv_chemin: str | os.PathLike[str], *, ecraser: bool = False) -> Path:
    """Écrit ``datapackage.json`` à côté d'un CSV SCDL : une ressource qui désigne le schéma
    officiel sur schema.data.gouv.fr, pour que data.gouv.fr et Validata la reconnaissent.

    Renvoie le chemin écrit ; mêmes règles d'écriture que :func:`ecrire_scdl`.
    """
    chemin = Path(os.fspath(csv_chemin))
    nom = re.sub(r"[^a-z0-9._-]+", "-", chemin.stem.lower()).strip("-") or "deliberations"
    paquet: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": nom,
        "resources": [
            {
                "name": nom,
                "path": chemin.name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": SCHEMA.url,
            }
        ],
    }
    contenu = (json.dumps(paquet, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return ecrire_atomique(chemin.with_name("datapackage.json"), contenu, ecraser=ecraser)
