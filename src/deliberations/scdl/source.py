"""Ouverture tolérante d'un fichier CSV : encodage, BOM, séparateur, en flux.

L'encodage est déterminé par une passe rapide sur les octets (UTF-8, sinon Windows-1252,
sinon Latin-1) ; le séparateur d'après la ligne d'en-tête (``,``, ``;`` ou tabulation).
Chaque décision qui s'écarte du format de référence (UTF-8 sans BOM, virgule) est rapportée.

>>> import io
>>> s = SourceCSV.ouvrir(io.BytesIO("\\ufeffA;B\\r\\n1;é\\r\\n".encode("utf-8")))
>>> s.encodage, s.separateur, s.bom
('utf-8', ';', True)
>>> list(s.lignes())
[['A', 'B'], ['1', 'é']]
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import attrs

from deliberations.erreurs import FichierIllisible, message_systeme
from deliberations.validation.rapport import Constat, Severite

__all__ = ["Source", "SourceCSV"]

Source = str | os.PathLike[str] | bytes | BinaryIO
_BLOC = 1 << 20
csv.field_size_limit(1 << 24)


def _encodage(flux: BinaryIO) -> str:
    decodeur: codecs.IncrementalDecoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while bloc := flux.read(_BLOC):
            decodeur.decode(bloc)
        decodeur.decode(b"", final=True)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    flux.seek(0)
    decodeur = codecs.getincrementaldecoder("cp1252")()
    try:
        while bloc := flux.read(_BLOC):
            decodeur.decode(bloc)
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


@attrs.define
class SourceCSV:
    """Un CSV prêt à lire en flux ; ``nom`` sert dans les messages."""

    nom: str
    flux: BinaryIO
    encodage: str
    bom: bool
    separateur: str
    possede: bool = False

    @classmethod
    def ouvrir(cls, source: Source, nom: str | None = None) -> SourceCSV:
        """Ouvre un chemin, des octets ou un flux binaire adressable."""
        possede = False
        if isinstance(source, bytes):
            flux: BinaryIO = io.BytesIO(source)
            nom = nom or "<octets>"
        elif isinstance(source, (str, os.PathLike)):
            nom = nom or str(source)
            try:
                flux = Path(source).open("rb")  # noqa: SIM115 - fermé par fermer()
            except OSError as erreur:
                raise FichierIllisible(nom, message_systeme(erreur) + ".") from None
            possede = True
        else:
            flux = source
            nom = nom or str(getattr(source, "name", "<flux>"))
            if not flux.seekable():
                flux = io.BytesIO(flux.read())
        debut = flux.read(4096)
        bom = debut.startswith(codecs.BOM_UTF8)
        flux.seek(0)
        encodage = _encodage(flux)
        flux.seek(0)
        texte_debut = debut.decode(encodage, errors="replace")
        premiere = texte_debut.lstrip("\ufeff").splitlines()[0] if texte_debut.strip() else ""
        separateur = max((",", ";", "\t"), key=lambda c: (premiere.count(c), c == ","))
        return cls(nom, flux, encodage, bom, separateur, possede)

    def lignes(self) -> Iterator[list[str]]:
        """Les enregistrements du fichier (en-tête compris), un à la fois."""
        self.flux.seek(0)
        texte = io.TextIOWrapper(
            self.flux,
            encoding="utf-8-sig" if self.encodage == "utf-8" else self.encodage,
            newline="",
        )
        lecteur = csv.reader(texte, delimiter=self.separateur, strict=False)
        try:
            yield from lecteur
        except csv.Error as erreur:
            raise FichierIllisible(
                self.nom, f"CSV illisible ligne {lecteur.line_num} : {erreur}."
            ) from None
        finally:
            texte.detach()

    def ecarts(self, codes: dict[str, tuple[str, Severite]]) -> list[Constat]:
        """Les écarts au format de référence (UTF-8 sans BOM, virgule), en constats.

        ``codes`` associe à chaque écart (``encodage``, ``bom``, ``separateur``) le code et la
        sévérité que l'appelant veut (le validateur et le lecteur n'emploient pas les mêmes).
        """
        separateur = {";": "point-virgule", "\t": "tabulation"}.get(
            self.separateur, self.separateur
        )
        trouves = []
        if self.encodage != "utf-8":
            trouves.append(
                (
                    "encodage",
                    f"Fichier encodé en {self.encodage}, pas en UTF-8 comme le demande le SCDL.",
                )
            )
        if self.bom:
            trouves.append(
                ("bom", "Le fichier commence par une marque d'ordre des octets (BOM), ignorée.")
            )
        if self.separateur != ",":
            trouves.append(
                ("separateur", f"Séparateur {separateur} au lieu de la virgule du SCDL.")
            )
        return [
            Constat(code=codes[cle][0], severite=codes[cle][1], message=message, chemin="fichier")
            for cle, message in trouves
        ]

    def fermer(self) -> None:
        """Ferme le fichier s'il a été ouvert ici."""
        if self.possede:
            self.flux.close()

    def close(self) -> None:
        """Ferme le fichier (nom Python usuel ; `fermer` en est le synonyme)."""
        self.fermer()

    def __enter__(self) -> SourceCSV:
        return self

    def __exit__(self, *exception: object) -> None:
        self.fermer()
