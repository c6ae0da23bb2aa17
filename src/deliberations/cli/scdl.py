"""Sous-commandes ``scdl valider``, ``scdl ecrire`` et ``scdl lire``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import attrs

from deliberations.cli import lot
from deliberations.cli.commun import SORTIE_CONSTATS, SORTIE_OK
from deliberations.fichiers import MIO, SortieExistante
from deliberations.model import Collectivite, Deliberation, lire_json
from deliberations.model.serialisation import ecrivain_json_ligne
from deliberations.rapport_html import vers_html
from deliberations.scdl import ecrire_scdl, lire_scdl, valider_scdl, verdict_officiel
from deliberations.scdl.collecte import PLAFOND_CONSTATS, Collecteur, Resume, resumer
from deliberations.scdl.ecriture import datapackage
from deliberations.scdl.lecture import Fait, LigneRapide, codes_de, constats_de
from deliberations.scdl.source import TAILLE_MAXIMALE
from deliberations.validation import Rapport, Severite


def _taille(parseur: argparse.ArgumentParser) -> None:
    parseur.add_argument(
        "--taille-max",
        type=int,
        default=TAILLE_MAXIMALE // MIO,
        metavar="MIO",
        help=f"taille maximale du fichier lu, en Mio (défaut : {TAILLE_MAXIMALE // MIO})",
    )


def ajouter(sous: Any) -> None:
    """Déclare le groupe ``scdl`` et ses sous-commandes."""
    groupe = sous.add_parser(
        "scdl", help="format open data SCDL délibérations (valider, écrire, lire)"
    )
    actions = groupe.add_subparsers(dest="action_scdl", metavar="ACTION", required=True)

    v = actions.add_parser(
        "valider",
        help="valide un fichier CSV SCDL délibérations 2.1.5",
        description="Valide un CSV SCDL délibérations comme Validata (schéma et contrôles "
        "personnalisés), en flux. Code de sortie : 0 valide, 1 invalide, 2 illisible.",
    )
    v.add_argument(
        "fichiers",
        nargs="+",
        metavar="FICHIER",
        help="fichier CSV ; plusieurs fichiers ou un dossier : traitement par lot",
    )
    v.add_argument("--format", choices=["texte", "json", "html"], default="texte")
    lot.ajouter_options(v)
    v.add_argument("--strict", action="store_true", help="ajoute le profil strict (codes strict.*)")
    v.add_argument(
        "--limite",
        type=int,
        default=1000,
        help="nombre maximal d'erreurs affichées (0 : toutes, jusqu'à "
        f"{PLAFOND_CONSTATS}) ; le verdict compte toujours toutes les erreurs",
    )
    _taille(v)
    v.set_defaults(action=_valider)

    e = actions.add_parser(
        "ecrire",
        help="écrit les délibérations d'un fichier du modèle en CSV SCDL",
        description="Écrit une ligne SCDL par délibération des séances d'un fichier JSON du modèle.",
    )
    e.add_argument("seance", help="séance ou registre au format JSON du modèle")
    e.add_argument("-o", "--sortie", required=True, help="fichier CSV à écrire")
    e.add_argument("--siret", help="SIRET de la collectivité, s'il manque au modèle")
    e.add_argument("--force", action="store_true", help="remplace un fichier de sortie existant")
    e.add_argument(
        "--datapackage",
        action="store_true",
        help="écrit aussi datapackage.json à côté du CSV (schéma officiel de schema.data.gouv.fr)",
    )
    e.set_defaults(action=_ecrire)

    lire = actions.add_parser(
        "lire",
        help="lit un CSV SCDL (tolérant) et affiche le modèle en JSON, une ligne par délibération",
    )
    lire.add_argument("fichier", help="fichier CSV (- : entrée standard)")
    lire.add_argument(
        "--limite",
        type=int,
        default=1000,
        help="nombre maximal de constats de lignes affichés par sorte (0 : jusqu'à "
        f"{PLAFOND_CONSTATS}) ; le code de sortie compte toujours toutes les erreurs",
    )
    _taille(lire)
    lire.set_defaults(action=_lire)


class _Barre:
    """Barre de progression sur la sortie d'erreur, seulement si c'est un terminal."""

    def __init__(self) -> None:
        self.actif = sys.stderr.isatty()
        self.debut = time.monotonic()

    def __call__(self, lignes: int) -> None:
        if self.actif:
            vitesse = lignes / max(time.monotonic() - self.debut, 1e-9)
            sys.stderr.write(
                f"\r{lignes:>12,} lignes lues ({vitesse:,.0f} lignes/s)".replace(",", " ")
            )
            sys.stderr.flush()

    def fin(self) -> None:
        if self.actif:
            sys.stderr.write("\n")


class _TacheValider:
    """Valide un CSV du lot (objet transmissible d'un processus à l'autre)."""

    def __init__(self, strict: bool, limite: int | None) -> None:
        self.strict, self.limite = strict, limite

    def __call__(self, fichier: str) -> lot.Bilan:
        rapport = valider_scdl(fichier, strict=self.strict, limite=self.limite)
        stats = dict(rapport.statistiques)
        bilan = lot.Bilan.depuis_rapport(fichier, rapport, stats.get("lignes", 0), rapport)
        # Les comptes exacts, pas la liste gardée que la limite a pu tronquer.
        erreurs = stats["erreurs"] if self.strict else stats["erreurs.officielles"]
        statut = lot.CONSTATS if erreurs or bilan.avertissements else lot.LU
        return attrs.evolve(bilan, erreurs=erreurs, statut=statut)


def _valider_lot(arguments: argparse.Namespace) -> int:
    fichiers = lot.fichiers_du_lot(arguments.fichiers, (".csv",))
    tache = _TacheValider(arguments.strict, arguments.limite or None)
    bilans = list(lot.executer_lot(fichiers, tache, arguments.travailleurs))
    return lot.rendre_lot(
        bilans, arguments.format, arguments.bilan, "Validation SCDL d'un lot de fichiers", arguments.force
    )


def verdict(rapport: Rapport, strict: bool) -> bool:
    """Le verdict de ``scdl valider`` (partagé avec le service HTTP) : d'après les comptes
    exacts de toutes les erreurs, jamais d'après la liste gardée que la limite a pu tronquer."""
    return dict(rapport.statistiques)["erreurs"] == 0 if strict else verdict_officiel(rapport)


def page_html(rapport: Rapport, source: str, valide: bool) -> str:
    """Le rapport HTML de ``scdl valider --format html`` (partagé avec le service HTTP)."""
    lignes = dict(rapport.statistiques).get("lignes", 0)
    titre = f"Validation SCDL délibérations 2.1.5 ({lignes} lignes)"
    return vers_html(rapport, titre=titre, source=source, verdict=valide)


def _valider(arguments: argparse.Namespace) -> int:
    if lot.est_un_lot(arguments.fichiers):
        return _valider_lot(arguments)
    fichier = arguments.fichiers[0]
    barre = _Barre()
    rapport = valider_scdl(
        fichier,
        strict=arguments.strict,
        limite=arguments.limite,
        progression=barre,
        taille_maximale=arguments.taille_max * MIO,
    )
    barre.fin()
    valide = verdict(rapport, arguments.strict)
    if arguments.format == "json":
        print(json.dumps({"valide": valide, **rapport.vers_dict()}, ensure_ascii=False, indent=2))
    elif arguments.format == "html":
        print(page_html(rapport, fichier, valide))
    else:
        lignes = dict(rapport.statistiques).get("lignes", 0)
        print(f"{fichier} : {lignes} lignes, " + ("VALIDE" if valide else "INVALIDE"))
        print(rapport.vers_texte())
    return SORTIE_OK if valide else SORTIE_CONSTATS


def _ecrire(arguments: argparse.Namespace) -> int:
    registre = lire_json(arguments.seance)
    paquet = Path(arguments.sortie).with_name("datapackage.json")
    if arguments.datapackage and paquet.exists() and not arguments.force:
        # Refusé avant d'écrire le CSV : jamais la moitié de ce qui est demandé.
        raise SortieExistante(str(paquet), "le fichier existe déjà (le remplacer : --force)")
    rapport = ecrire_scdl(
        registre,
        arguments.sortie,
        siret=arguments.siret,
        ecraser=arguments.force,
        entrees=[arguments.seance],
    )
    lignes = dict(rapport.statistiques).get("lignes", 0)
    if lignes:
        print(f"{arguments.sortie} : {lignes} ligne(s) écrite(s).", file=sys.stderr)
        if arguments.datapackage:
            chemin = datapackage(arguments.sortie, ecraser=arguments.force)
            print(f"{chemin} : écrit (schéma officiel SCDL délibérations).", file=sys.stderr)
    if rapport.constats:
        print(rapport.vers_texte(), file=sys.stderr)
    return SORTIE_OK if rapport.ok else SORTIE_CONSTATS


def _lire(arguments: argparse.Namespace) -> int:
    """Une ligne JSON par délibération, en flux ; les constats des lignes sont comptés et
    bornés (jamais accumulés ligne après ligne), le code de sortie vient de tous."""
    collecteur = Collecteur(arguments.limite)
    comptage = _Comptage(collecteur)
    en_json = _LignesJson()
    tampon: list[str] = []  # écrit par paquets : une écriture pour 256 lignes
    try:
        with lire_scdl(arguments.fichier, taille_maximale=arguments.taille_max * MIO) as lecteur:
            for ligne in lecteur.sans_brut():  # (numero, collectivite, deliberation, effectif, faits)
                tampon.append(en_json(ligne, lecteur.repetition))
                if len(tampon) >= 256:
                    sys.stdout.write("".join(tampon))
                    tampon.clear()
                if ligne[4]:  # les constats ne sont construits que s'ils sont gardés
                    comptage.compter(ligne[0], ligne[4], lecteur.repetition)
    finally:  # les lignes lues avant une erreur sont écrites
        sys.stdout.write("".join(tampon))
    comptage.vider()
    rapport = lecteur.rapport + collecteur.rapport()
    print(rapport.vers_texte(), file=sys.stderr)
    return SORTIE_OK if dict(rapport.statistiques)["erreurs"] == 0 else SORTIE_CONSTATS


_TAILLE_CACHES = 1024
"""Nombre maximal d'entrées de chaque cache de ``scdl lire`` (vidé quand il est plein)."""


class _Comptage:
    """Compte les constats des lignes : un à un (et gardés) tant que la limite le permet ;
    une fois la limite atteinte pour leurs sortes, d'un coup. Une ligne répétée partage
    l'objet ``faits`` de la précédente (cache du lecteur) : il est résumé une fois et compté
    à la fin autant de fois qu'il est revenu. Une sorte saturée le reste : les comptes sont
    ceux du décompte un à un."""

    def __init__(self, collecteur: Collecteur) -> None:
        self.collecteur = collecteur
        self.differes: dict[int, list[Any]] = {}  # id des faits : [faits, résumé, fois]
        self.dernier: list[Any] = [None, None, 0]
        self.resumes: dict[tuple[tuple[str, Severite], ...], Resume] = {}

    def compter(self, numero: int, faits: tuple[Fait, ...], repetee: bool) -> None:
        """Compte les constats (``faits``) de la ligne ``numero``."""
        if self.dernier[0] is not faits:
            differe = self.differes.get(id(faits))
            if differe is None or differe[0] is not faits:
                self._compter(numero, faits, repetee)
                return
            self.dernier = differe
        self.dernier[2] += 1

    def _compter(self, numero: int, faits: tuple[Fait, ...], repetee: bool) -> None:
        codes = codes_de(faits)
        resume = self.resumes.get(codes)
        if resume is None:  # les mêmes codes reviennent d'une ligne à l'autre
            if len(self.resumes) >= _TAILLE_CACHES:
                self.resumes.clear()
            resume = self.resumes[codes] = resumer(codes)
        if not self.collecteur.sature(resume):
            constats = constats_de(numero, faits)
            for rang in self.collecteur.compter_plusieurs(codes):
                self.collecteur.constats.append(constats[rang])
        elif not repetee:  # des faits propres à la ligne : comptés tout de suite
            self.collecteur.compter_en_bloc(resume, 1)
        else:
            if len(self.differes) >= _TAILLE_CACHES:
                self.vider()
            # faits gardé dans l'entrée : son id ne peut pas servir à un autre objet
            self.differes[id(faits)] = self.dernier = [faits, resume, 1]

    def vider(self) -> None:
        """Ajoute au collecteur les comptes différés."""
        for _faits, resume, fois in self.differes.values():
            self.collecteur.compter_en_bloc(resume, fois)
        self.differes.clear()
        self.dernier = [None, None, 0]


class _LignesJson:
    """Le texte JSON (et sa fin de ligne) de chaque ligne lue, identique à ``json.dumps`` de
    ``{"ligne", "collectivite", "deliberation", "vote_effectif"}``. La partie qui suit le
    numéro d'une ligne répétée (objets partagés par le lecteur) est gardée en cache, celle
    d'une collectivité aussi : chaque objet n'est écrit qu'une fois tant qu'il y est."""

    def __init__(self) -> None:
        self.fins: dict[tuple[int, int, int | None], tuple[Any, Any, int | None, str]] = {}
        self.derniere: tuple[Any, Any, int | None, str] = (False, False, None, "")
        self.collectivites: dict[int, tuple[object, str]] = {}
        # le JSON de vers_json_ligne (comme json.dumps) des objets que rend le lecteur :
        # LigneSCDL.deliberation et collectivite sont de ces classes exactement
        self.deliberation = ecrivain_json_ligne(Deliberation)
        self.collectivite = ecrivain_json_ligne(Collectivite)

    def __call__(self, ligne: LigneRapide, repetee: bool) -> str:
        fin = self.derniere
        if fin[0] is not ligne[1] or fin[1] is not ligne[2] or fin[2] != ligne[3]:
            fin = self._fin(ligne, repetee)
        return '{"ligne": ' + str(ligne[0]) + fin[3]

    def _fin(self, ligne: LigneRapide, repetee: bool) -> tuple[Any, Any, int | None, str]:
        _, collectivite, deliberation, effectif, _ = ligne
        # une ligne non répétée a une délibération neuve : la chercher ne paie pas (et le
        # texte calculé à nouveau est le même)
        cle = (id(collectivite), id(deliberation), effectif) if repetee else None
        fin = self.fins.get(cle) if cle is not None else None
        if fin is None or fin[0] is not collectivite or fin[1] is not deliberation:
            texte = (
                f', "collectivite": {self._collectivite(collectivite)}'
                f', "deliberation": {"null" if deliberation is None else self.deliberation(deliberation)}'
                f', "vote_effectif": {"null" if effectif is None else int.__repr__(effectif)}}}\n'
            )
            fin = (collectivite, deliberation, effectif, texte)
            if cle is not None:  # les objets gardés dans l'entrée : leurs id ne servent à aucun autre
                if len(self.fins) >= _TAILLE_CACHES:
                    self.fins.clear()
                self.fins[cle] = fin
        self.derniere = fin
        return fin

    def _collectivite(self, collectivite: Collectivite | None) -> str:
        entree = self.collectivites.get(id(collectivite))
        if entree is None or entree[0] is not collectivite:
            if len(self.collectivites) >= _TAILLE_CACHES:
                self.collectivites.clear()
            texte = "null" if collectivite is None else self.collectivite(collectivite)
            entree = self.collectivites[id(collectivite)] = (collectivite, texte)
        return entree[1]

