"""Lecture des extraits du registre des délibérations et des procès-verbaux.

:func:`lire_extrait` transforme le texte d'un document en séance du modèle, avec un rapport
de tout ce qui n'a pas été compris et la liste des faits que le document n'établit pas.
:func:`lire_fichier` lit un fichier texte, HTML ou PDF (extra ``pdf``) dans des bornes
réglables (:class:`Limites`).
"""

from __future__ import annotations

from deliberations.extrait.analyse import (
    FAITS,
    LIGNES_MAX,
    PERSONNES_MAX,
    TAILLE_MAX,
    ResultatExtrait,
    TexteTropLong,
    lire_extrait,
)
from deliberations.extrait.fichiers import Limites, lire_fichier

__all__ = [
    "FAITS",
    "LIGNES_MAX",
    "PERSONNES_MAX",
    "TAILLE_MAX",
    "Limites",
    "ResultatExtrait",
    "TexteTropLong",
    "lire_extrait",
    "lire_fichier",
]
