"""Lecture des extraits du registre des délibérations et des procès-verbaux.

:func:`lire_extrait` transforme le texte d'un document en séance du modèle, avec un rapport
de tout ce qui n'a pas été compris. :func:`texte_pdf` (extra ``pdf``) extrait le texte d'un
PDF en gardant la disposition en colonnes.
"""

from __future__ import annotations

from deliberations.extrait.analyse import ResultatExtrait, lire_extrait

__all__ = ["ResultatExtrait", "lire_extrait"]
