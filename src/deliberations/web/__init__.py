"""Le service HTTP : les vérifications de la bibliothèque pour les applications écrites dans
d'autres langages, et une page web pour les personnes sans Python (extra ``web``).

``deliberations serve`` le lance (127.0.0.1:8000 par défaut). Points d'accès (``POST``, réponse
JSON identique à ``--format json`` de la ligne de commande) :

- ``/seances/validation`` : JSON du modèle → rapport des règles du CGCT ;
- ``/scdl/validation`` : CSV SCDL (option ``strict``) → verdict et constats ;
- ``/scdl/conversion`` : JSON du modèle → CSV SCDL ;
- ``/extraits/lecture`` : texte, PDF ou HTML d'un extrait → séance et rapport (``format=scdl`` :
  le CSV) ;
- ``/actes/verification`` : archive @CTES ou XML → rapport ;
- ``/actes/lecture`` : message reçu de la préfecture → message typé.

Les erreurs sont en JSON (``{"erreur": {"statut": 415, "message": "…"}}``) : 400 illisible,
413 trop grand, 415 mauvais type, 422 JSON qui n'est pas une séance, 503 délai dépassé.
La description OpenAPI est servie à ``/openapi.json``.
"""

from __future__ import annotations

from deliberations.web.application import POINTS, Point, creer_application
from deliberations.web.configuration import Configuration

__all__ = ["POINTS", "Configuration", "Point", "creer_application"]
