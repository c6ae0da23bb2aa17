"""Lecture d'un extrait depuis un fichier : texte, HTML ou PDF, dans des bornes.

:func:`lire_fichier` choisit la lecture d'après l'extension (``.pdf``, ``.html``/``.htm``,
sinon texte UTF-8 ou, à défaut, Windows-1252, Markdown compris), refuse ce qui n'est pas un fichier ordinaire
(dossier, périphérique, tube) et vérifie la taille **avant** de lire : :class:`Limites`
donne les bornes, réglables. ``"-"`` lit l'entrée standard avec la même borne.

>>> r = lire_fichier("examples/extrait-dijon-metropole-2024-09-26.txt")
>>> r.seance.date.isoformat(), r.compris
('2024-09-26', True)
>>> lire_fichier("examples/extrait-dijon-metropole-2024-09-26.txt", Limites(taille_max=1000))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
deliberations.erreurs.FichierIllisible: examples/extrait-dijon-metropole-2024-09-26.txt : fichier trop volumineux (... octets, au plus 1000 permis ; voir Limites.taille_max).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import attrs

from deliberations.erreurs import FichierIllisible, message_systeme
from deliberations.extrait.analyse import (
    LIGNES_MAX,
    PERSONNES_MAX,
    TAILLE_MAX,
    ResultatExtrait,
    TexteTropLong,
    lire_extrait,
)
from deliberations.extrait.pdf import MEMOIRE_MAX as MEMOIRE_PDF
from deliberations.fichiers import taille_max as _taille_max
from deliberations.validation.rapport import Constat, Rapport

__all__ = ["Limites", "lire_fichier"]


@attrs.frozen
class Limites:
    """Bornes de lecture : taille d'un texte (octets), d'une page HTML (octets ; son texte est
    ensuite borné par ``taille_max``), d'un PDF et de ses pages ; lignes non vides d'un texte
    (``lignes_max``) ; personnes lues dans les listes. Les tailles par défaut viennent de la table ``donnees/tailles_max.csv``."""

    taille_max: int = TAILLE_MAX
    html_taille_max: int = _taille_max("html")
    personnes_max: int = PERSONNES_MAX
    lignes_max: int = LIGNES_MAX
    pdf_taille_max: int = _taille_max("pdf")
    pdf_pages_max: int = 300
    pdf_objets_max: int = 200_000
    pdf_duree_max: float = 25.0
    pdf_moteur: str = "auto"
    pdf_memoire_max: int = MEMOIRE_PDF


def _octets(nom: str, taille_max: int) -> bytes:
    """Les octets d'un fichier ordinaire (ou de l'entrée standard), taille vérifiée d'abord."""
    trop = f"fichier trop volumineux (%d octets, au plus {taille_max} permis ; voir Limites.taille_max)."
    if nom == "-":
        octets = sys.stdin.buffer.read(taille_max + 1)
        if len(octets) > taille_max:
            raise FichierIllisible("entrée standard", trop.replace("%d", f"plus de {taille_max}"))
        return octets
    try:
        etat = os.stat(nom)
        if stat.S_ISDIR(etat.st_mode):
            raise FichierIllisible(nom, "c'est un dossier, pas un fichier.")
        if not stat.S_ISREG(etat.st_mode):
            raise FichierIllisible(nom, "ce n'est pas un fichier ordinaire (périphérique, tube…).")
        if etat.st_size > taille_max:
            raise FichierIllisible(nom, trop % etat.st_size)
        with open(nom, "rb") as flux:
            octets = flux.read(taille_max + 1)
    except OSError as erreur:
        raise FichierIllisible(nom, message_systeme(erreur) + ".") from None
    if len(octets) > taille_max:
        raise FichierIllisible(nom, trop % len(octets))
    return octets


def _decoder(octets: bytes) -> str:
    try:
        return octets.decode("utf-8-sig")
    except UnicodeDecodeError:
        return octets.decode("cp1252", errors="replace")


def lire_fichier(chemin: str | os.PathLike[str], limites: Limites | None = None) -> ResultatExtrait:
    """Lit un extrait depuis un fichier ``.txt`` (ou ``.md``), ``.html`` ou ``.pdf`` (extra ``pdf``).

    Un fichier au-delà de sa taille permise est refusé par :class:`FichierIllisible`, un texte
    au-delà des bornes du texte (:class:`Limites`) par :class:`TexteTropLong` ; les deux
    nomment le fichier."""
    limites = limites or Limites()
    nom = str(chemin)
    suffixe = Path(nom).suffix.lower()
    constats: list[Constat] = []
    taille = limites.taille_max
    if suffixe == ".pdf":
        from deliberations.extrait.pdf import LimitesPdf, lire_pdf

        texte, constats = lire_pdf(
            nom,
            LimitesPdf(
                taille_max=limites.pdf_taille_max,
                pages_max=limites.pdf_pages_max,
                objets_max=limites.pdf_objets_max,
                duree_max=limites.pdf_duree_max,
                moteur=limites.pdf_moteur,
                memoire_max=limites.pdf_memoire_max,
            ),
        )
        taille = max(taille, len(texte))
    elif suffixe in (".html", ".htm", ".xhtml"):
        from deliberations.extrait.html import texte_html

        texte = texte_html(_octets(nom, limites.html_taille_max))
    else:
        texte = _decoder(_octets(nom, limites.taille_max))
    try:
        resultat = lire_extrait(
            texte,
            taille_max=taille,
            personnes_max=limites.personnes_max,
            lignes_max=limites.lignes_max,
        )
    except TexteTropLong as erreur:
        raise TexteTropLong(f"{nom} : {erreur}") from None
    if constats:
        resultat = attrs.evolve(resultat, rapport=Rapport(constats) + resultat.rapport)
    return resultat
