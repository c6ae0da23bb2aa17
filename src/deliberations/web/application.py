"""L'application ASGI (FastAPI) : l'API JSON et la page web.

Les envois sont lus en flux dans un dossier temporaire propre à la requête (supprimé à la fin),
bornés à ``Configuration.taille_max`` ; le traitement se fait dans un processus à part
(:mod:`deliberations.web.isolement`). Aucun chemin venu du client n'est employé sur le disque.
"""

from __future__ import annotations

import tempfile
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path
from typing import Any, cast

import anyio
import attrs
from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from deliberations import __version__
from deliberations.web.configuration import Configuration
from deliberations.web.isolement import executer_isole
from deliberations.web.taches import Reponse, reponse_erreur

__all__ = ["POINTS", "Point", "creer_application"]

_ARCHIVE = {
    "application/gzip": ".tar.gz",
    "application/x-gzip": ".tar.gz",
    "application/x-tar": ".tar",
    "application/octet-stream": ".tar.gz",
    "application/xml": ".xml",
    "text/xml": ".xml",
}
_JSON = {"application/json": ".json"}


@attrs.frozen
class Point:
    """Un point d'accès de l'API : chemin, traitement, types de contenu acceptés."""

    chemin: str
    tache: str
    types: dict[str, str]
    resume: str
    parametres: tuple[tuple[str, str], ...] = ()


POINTS: tuple[Point, ...] = (
    Point(
        "/seances/validation",
        "seances-validation",
        _JSON,
        "Règles du CGCT sur une séance ou un registre (JSON du modèle)",
        (
            ("sans", "règles à désactiver, séparées par des virgules"),
            ("format", "json (défaut) ou html : le rapport HTML de la ligne de commande"),
            ("nom", "nom du fichier envoyé, montré dans le rapport HTML"),
        ),
    ),
    Point(
        "/scdl/validation",
        "scdl-validation",
        {
            "text/csv": ".csv",
            "text/plain": ".csv",
            "application/octet-stream": ".csv",
            "application/vnd.ms-excel": ".csv",
        },
        "Validation d'un fichier SCDL délibérations (mêmes verdicts que Validata)",
        (
            ("strict", "profil strict (vrai/faux)"),
            ("format", "json (défaut) ou html : le rapport HTML de la ligne de commande"),
            ("nom", "nom du fichier envoyé, montré dans le rapport HTML"),
        ),
    ),
    Point(
        "/scdl/conversion",
        "scdl-conversion",
        _JSON,
        "JSON du modèle vers un CSV SCDL délibérations",
        (("siret", "SIRET de la collectivité"),),
    ),
    Point(
        "/extraits/lecture",
        "extraits-lecture",
        {"text/plain": ".txt", "application/pdf": ".pdf", "text/html": ".html"},
        "Lecture d'un extrait du registre (texte, PDF ou HTML) vers le modèle",
        (
            ("format", "json (séance et rapport) ou scdl (CSV)"),
            ("siret", "SIRET de la collectivité (format scdl)"),
        ),
    ),
    Point(
        "/actes/verification",
        "actes-verification",
        _ARCHIVE,
        "Vérification d'une transmission @CTES (archive .tar.gz ou XML) avant l'envoi",
        (
            ("nom", "nom du fichier envoyé (vérification du nommage)"),
            ("format", "json (défaut) ou html : le rapport HTML de la ligne de commande"),
        ),
    ),
    Point(
        "/actes/lecture",
        "actes-lecture",
        _ARCHIVE,
        "Lecture d'un message @CTES ou d'une archive reçus de la préfecture",
    ),
)


def _documentation(point: Point) -> dict[str, Any]:
    contenu = {t: {"schema": {"type": "string", "format": "binary"}} for t in point.types}
    return {
        "requestBody": {"required": True, "content": contenu},
        "parameters": [
            {
                "name": nom,
                "in": "query",
                "required": False,
                "description": description,
                "schema": {"type": "string"},
            }
            for nom, description in point.parametres
        ],
    }


_ERREURS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Entrée illisible"},
    413: {"description": "Envoi trop grand"},
    415: {"description": "Type de contenu non accepté"},
    422: {"description": "JSON valide qui ne décrit pas ce qui est attendu"},
    503: {"description": "Délai de traitement dépassé"},
}


def _http(reponse: Reponse) -> Response:
    return Response(reponse.corps, status_code=reponse.statut, media_type=reponse.type)


async def _recevoir(requete: Request, cible: Path, maximum: int) -> Reponse | None:
    """Enregistre le corps de la requête dans ``cible`` ; une réponse d'erreur s'il ne va pas."""
    annonce = requete.headers.get("content-length", "")
    if annonce.isdigit() and int(annonce) > maximum:
        return reponse_erreur(413, f"envoi de {annonce} octets : la limite est de {maximum}.")
    taille = 0
    with cible.open("wb") as fichier:
        async for morceau in requete.stream():
            taille += len(morceau)
            if taille > maximum:
                return reponse_erreur(413, f"envoi de plus de {maximum} octets : refusé.")
            fichier.write(morceau)
    if taille == 0:
        return reponse_erreur(400, "envoi vide : aucun contenu reçu.")
    return None


def _traitement(
    point: Point, configuration: Configuration, limiteur: anyio.CapacityLimiter
) -> Callable[[Request], Awaitable[Response]]:
    async def traiter(request: Request) -> Response:
        type_ = request.headers.get("content-type", "").split(";")[0].strip().lower()
        suffixe = point.types.get(type_)
        if suffixe is None:
            permis = ", ".join(point.types)
            return _http(
                reponse_erreur(415, f"type « {type_ or 'absent'} » refusé (permis : {permis}).")
            )
        with tempfile.TemporaryDirectory(prefix="deliberations-") as dossier:
            chemin = Path(dossier) / f"envoi{suffixe}"
            refus = await _recevoir(request, chemin, configuration.taille_max)
            if refus is not None:
                return _http(refus)
            options = dict(request.query_params)
            reponse = await anyio.to_thread.run_sync(
                executer_isole, point.tache, chemin, options, configuration, limiter=limiteur
            )
        return _http(reponse)

    return traiter


def _statique(nom: str) -> bytes:
    return resources.files("deliberations.web").joinpath("statique").joinpath(nom).read_bytes()


_TYPES_STATIQUES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}
_SECURITE = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; img-src 'self' blob: data:; form-action 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _page(nom: str) -> Callable[[], Awaitable[Response]]:
    async def servir() -> Response:
        type_ = _TYPES_STATIQUES[Path(nom).suffix]
        return Response(_statique(nom), media_type=type_, headers=_SECURITE)

    return servir


_MESSAGES_HTTP = {404: "adresse inconnue", 405: "méthode non permise à cette adresse"}


async def _erreur_http(requete: Request, erreur: HTTPException) -> Response:
    message = _MESSAGES_HTTP.get(erreur.status_code, "requête refusée")
    return _http(reponse_erreur(erreur.status_code, f"{message} : {requete.url.path}"))


def creer_application(configuration: Configuration | None = None) -> FastAPI:
    """L'application : les points d'accès de :data:`POINTS`, la page ``/`` et
    ``/openapi.json`` (la description OpenAPI de l'API)."""
    configuration = configuration or Configuration()
    application = FastAPI(
        title="deliberations",
        version=__version__,
        description="Vérifications des délibérations des collectivités locales : règles du "
        "CGCT, SCDL, @CTES, extraits du registre. Réponses en JSON, comme la ligne de "
        "commande avec --format json.",
        docs_url=None,
        redoc_url=None,
    )
    application.add_exception_handler(HTTPException, cast(Any, _erreur_http))
    limiteur = anyio.CapacityLimiter(configuration.travaux_simultanes)
    for point in POINTS:
        application.add_api_route(
            point.chemin,
            _traitement(point, configuration, limiteur),
            methods=["POST"],
            summary=point.resume,
            openapi_extra=_documentation(point),
            responses=_ERREURS,
        )
    application.add_api_route("/", _page("index.html"), methods=["GET"], include_in_schema=False)
    for nom in ("page.js", "page.css"):
        application.add_api_route(
            f"/statique/{nom}", _page(nom), methods=["GET"], include_in_schema=False
        )
    return application
