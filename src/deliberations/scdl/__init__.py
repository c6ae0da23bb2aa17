"""Le format open data SCDL « deliberations » 2.1.5 : écrire, lire, valider.

- :func:`ecrire_scdl` : séances du modèle → CSV conforme ;
- :func:`lire_scdl` : CSV réel (tolérant) → lignes du modèle, en flux, avec constats ;
- :func:`valider_scdl` : vérification en flux, mêmes verdicts que Validata, profil strict ;
- :func:`lire_dataframe` : CSV → ``pandas.DataFrame`` typé (extra ``pandas``) ;
- :func:`datapackage` : ``datapackage.json`` qui désigne le schéma officiel.

Le validateur est compilé depuis le fichier de schéma livré avec le paquet
(``schemas/deliberations-2.1.5.json``) : une nouvelle version du schéma est un nouveau fichier.
"""

from __future__ import annotations

from deliberations.scdl.collecte import PLAFOND_CONSTATS
from deliberations.scdl.ecriture import EcrivainSCDL, datapackage, ecrire_scdl, ligne_scdl
from deliberations.scdl.lecture import LecteurSCDL, LigneSCDL, lire_scdl
from deliberations.scdl.schema import COLONNES, NOMS, SCHEMA, VERSION, SchemaSCDL, charger_schema
from deliberations.scdl.source import LONGUEUR_MAXIMALE, TAILLE_MAXIMALE
from deliberations.scdl.tableau import TYPES_PANDAS, lire_dataframe
from deliberations.scdl.validation import valider_scdl, verdict_officiel

__all__ = [
    "COLONNES",
    "LONGUEUR_MAXIMALE",
    "NOMS",
    "PLAFOND_CONSTATS",
    "SCHEMA",
    "TAILLE_MAXIMALE",
    "TYPES_PANDAS",
    "VERSION",
    "EcrivainSCDL",
    "LecteurSCDL",
    "LigneSCDL",
    "SchemaSCDL",
    "charger_schema",
    "datapackage",
    "ecrire_scdl",
    "ligne_scdl",
    "lire_dataframe",
    "lire_scdl",
    "valider_scdl",
    "verdict_officiel",
]
