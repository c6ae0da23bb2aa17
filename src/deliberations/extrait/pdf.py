"""Texte d'un PDF d'extrait, colonnes comprises (extra ``pdf`` : pdfplumber).

pdfplumber (au-dessus de pdfminer.six) est maintenu, en Python pur, et sa mise en page
``layout=True`` restitue les colonnes par des espaces à la bonne position : les suites
d'au moins trois espaces deviennent des tabulations, séparateur de cellules que
l'analyseur connaît (le tableau à deux colonnes absents/procurations de l'extrait de
Dijon). Les pages sont séparées par un saut de page (``\\f``), ce qui permet de retirer
en-têtes et pieds de page répétés.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from deliberations.erreurs import ErreurDeliberations, FichierIllisible, message_systeme

__all__ = ["PdfIndisponible", "texte_pdf"]


class PdfIndisponible(ErreurDeliberations):
    """pdfplumber n'est pas installé (``pip install 'deliberations[pdf]'``)."""


def texte_pdf(chemin: str | os.PathLike[str]) -> str:
    """Le texte d'un PDF, une page après l'autre, colonnes séparées par des tabulations."""
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - dépend de l'installation
        raise PdfIndisponible(
            "La lecture des PDF demande l'extra « pdf » : pip install 'deliberations[pdf]'."
        ) from None
    nom = str(chemin)
    if not Path(chemin).is_file():
        raise FichierIllisible(nom, message_systeme(FileNotFoundError(2, "absent")) + ".")
    pages: list[str] = []
    try:
        with pdfplumber.open(nom) as pdf:
            for page in pdf.pages:
                texte = page.extract_text(layout=True) or ""
                lignes = [re.sub(r" {3,}", "\t", ligne).strip() for ligne in texte.splitlines()]
                pages.append("\n".join(lignes))
    except Exception as erreur:  # pdfminer lève des exceptions de types variés
        raise FichierIllisible(nom, f"PDF illisible ({type(erreur).__name__}).") from None
    return "\f".join(pages)
