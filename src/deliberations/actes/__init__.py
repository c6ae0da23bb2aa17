"""Le protocole @CTES (ACTES) : construire, vérifier et empaqueter les actes transmis au
contrôle de légalité, et lire les retours de la préfecture.

- :mod:`~deliberations.actes.ecriture` et :mod:`~deliberations.actes.lecture` : les XML ;
- :mod:`~deliberations.actes.verification` : les règles à respecter avant l'envoi ;
- :mod:`~deliberations.actes.archive` : l'archive ``.tar.gz`` de transmission ;
- :mod:`~deliberations.actes.securite` : l'analyse sûre du XML non fiable.
"""

from __future__ import annotations
