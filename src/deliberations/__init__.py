"""deliberations : les délibérations des collectivités locales françaises, en données.

Le paquet fournit un modèle typé (:mod:`deliberations.model`), la nomenclature ACTES
(:mod:`deliberations.nomenclature`), les identifiants SIREN, SIRET et codes géographiques
(:mod:`deliberations.identifiants`) et une ligne de commande ``deliberations``.

>>> import deliberations
>>> isinstance(deliberations.__version__, str)
True
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
