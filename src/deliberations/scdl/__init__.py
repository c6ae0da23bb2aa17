"""Le format open data SCDL « deliberations » 2.1.5 : écrire, lire, valider.

- :func:`ecrire_scdl` : séances du modèle → CSV conforme ;
- :func:`lire_scdl` : CSV réel (tolérant) → lignes du modèle, en flux, avec constats ;
- :func:`valider_scdl` : vérification en flux, mêmes verdicts que Validata, profil strict.
"""

from __future__ import annotations

from deliberations.scdl.ecriture import EcrivainSCDL, ecrire_scdl, ligne_scdl
from deliberations.scdl.lecture import LecteurSCDL, LigneSCDL, lire_scdl
from deliberations.scdl.schema import COLONNES, NOMS, VERSION
from deliberations.scdl.validation import valider_scdl, verdict_officiel

__all__ = [
    "COLONNES",
    "NOMS",
    "VERSION",
    "EcrivainSCDL",
    "LecteurSCDL",
    "LigneSCDL",
    "ecrire_scdl",
    "ligne_scdl",
    "lire_scdl",
    "valider_scdl",
    "verdict_officiel",
]
