"""Chaque traitement dans un processus à part, borné en temps et en mémoire.

Le processus est créé par un serveur de processus (``forkserver``) qui a déjà chargé la
bibliothèque ; il reçoit le chemin de l'envoi, renvoie la réponse par un tube et se termine :
rien n'est gardé d'une requête à l'autre, et un traitement trop long est arrêté net.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import resource
import sys
import traceback
from collections.abc import Mapping
from multiprocessing.connection import Connection
from pathlib import Path

from deliberations.web.configuration import Configuration
from deliberations.web.taches import Reponse, executer, reponse_erreur

__all__ = ["executer_isole"]

_CONTEXTE = multiprocessing.get_context("forkserver")
_CONTEXTE.set_forkserver_preload(["deliberations.web.taches"])


def _enfant(
    sortie: Connection, tache: str, chemin: str, options: dict[str, str], memoire: int
) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memoire, memoire))
    try:
        reponse = executer(tache, Path(chemin), options)
    except MemoryError:
        reponse = reponse_erreur(413, "entrée trop grande pour la mémoire permise au service.")
    except Exception:  # erreur interne : la trace va au journal du service, pas au client
        traceback.print_exc(file=sys.stderr)
        reponse = reponse_erreur(500, "erreur interne du service (voir son journal).")
    sortie.send((reponse.statut, reponse.type, reponse.corps))
    sortie.close()


def executer_isole(
    tache: str, chemin: Path, options: Mapping[str, str], configuration: Configuration
) -> Reponse:
    """Exécute ``tache`` dans un processus neuf ; 503 si le délai est dépassé."""
    entree, sortie = _CONTEXTE.Pipe(duplex=False)
    processus = _CONTEXTE.Process(
        target=_enfant,
        args=(sortie, tache, str(chemin), dict(options), configuration.memoire_max),
        daemon=False,  # le traitement peut lui-même lancer un processus (lecture des PDF)
    )
    processus.start()
    sortie.close()
    try:
        if not entree.poll(configuration.delai):
            return reponse_erreur(
                503, f"traitement arrêté : plus de {configuration.delai:g} s pour cette requête."
            )
        try:
            statut, type_, corps = entree.recv()
        except EOFError:
            return reponse_erreur(500, "le traitement s'est arrêté sans répondre.")
        return Reponse(statut, type_, corps)
    finally:
        entree.close()
        if processus.is_alive():
            processus.kill()
        with contextlib.suppress(Exception):
            processus.join(5)
            processus.close()
