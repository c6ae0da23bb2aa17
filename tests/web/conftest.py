"""Un vrai serveur HTTP (``deliberations serve``) lancé pour les tests du service."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "fastapi", reason="le service demande l'extra « web » : pip install -e '.[web]'"
)
pytest.importorskip(
    "uvicorn", reason="le service demande l'extra « web » : pip install -e '.[web]'"
)


class Service:
    """Le service lancé : son adresse et un petit client HTTP (http.client, sans dépendance)."""

    def __init__(self, adresse: str) -> None:
        self.adresse = adresse

    def envoyer(
        self, chemin: str, corps: bytes, type_: str | None, methode: str = "POST"
    ) -> tuple[int, str, bytes]:
        # (http.client plutôt qu'urllib : un serveur qui refuse un envoi trop grand répond 413
        # d'après l'en-tête Content-Length sans lire le corps ; l'écriture du corps peut alors
        # échouer, « Broken pipe », et la réponse déjà envoyée se lit quand même)
        hote, port = self.adresse.removeprefix("http://").split(":")
        connexion = http.client.HTTPConnection(hote, int(port), timeout=60)
        entetes = {"Content-Length": str(len(corps))}
        if type_ is not None:
            entetes["Content-Type"] = type_
        try:
            connexion.putrequest(methode, chemin)
            for nom, valeur in entetes.items():
                connexion.putheader(nom, valeur)
            connexion.endheaders()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                connexion.send(corps)
            reponse = connexion.getresponse()
            return reponse.status, reponse.getheader("Content-Type", ""), reponse.read()
        finally:
            connexion.close()

    def json(self, chemin: str, corps: bytes, type_: str | None) -> tuple[int, Any]:
        statut, _, contenu = self.envoyer(chemin, corps, type_)
        return statut, json.loads(contenu)


def _port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def lancer(*options: str) -> Iterator[Service]:
    port = _port_libre()
    commande = [sys.executable, "-m", "deliberations.cli", "serve", "--port", str(port), *options]
    processus = subprocess.Popen(commande, stderr=subprocess.PIPE, env={**os.environ})
    adresse = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            with urllib.request.urlopen(adresse + "/", timeout=1):
                break
        except OSError:
            if processus.poll() is not None:
                sortie = processus.stderr.read().decode() if processus.stderr else ""
                raise RuntimeError(sortie) from None
            time.sleep(0.05)
    try:
        yield Service(adresse)
    finally:
        processus.terminate()
        processus.wait(10)


@pytest.fixture(scope="session")
def service() -> Iterator[Service]:
    """Le service avec des limites petites pour les tests (1 Mio, 20 s)."""
    yield from lancer("--taille-max", "1", "--delai", "20")


EXEMPLES = Path(__file__).resolve().parents[2] / "examples"
