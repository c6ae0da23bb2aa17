"""Un vrai serveur HTTP (``deliberations serve``) lancé pour les tests du service."""

from __future__ import annotations

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
    """Le service lancé : son adresse et un petit client HTTP (urllib, sans dépendance)."""

    def __init__(self, adresse: str) -> None:
        self.adresse = adresse

    def envoyer(
        self, chemin: str, corps: bytes, type_: str | None, methode: str = "POST"
    ) -> tuple[int, str, bytes]:
        requete = urllib.request.Request(self.adresse + chemin, data=corps, method=methode)
        if type_ is not None:
            requete.add_header("Content-Type", type_)
        try:
            with urllib.request.urlopen(requete, timeout=60) as reponse:
                return reponse.status, reponse.headers.get("Content-Type", ""), reponse.read()
        except urllib.error.HTTPError as erreur:
            return erreur.code, erreur.headers.get("Content-Type", ""), erreur.read()

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
