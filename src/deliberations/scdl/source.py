"""Ouverture tolérante d'un fichier CSV : encodage, BOM, séparateur, en flux, borné.

L'encodage est déterminé par une passe rapide sur les octets (UTF-16 si le fichier commence
par sa marque, comme l'export « Texte Unicode » d'Excel ; sinon UTF-8, sinon Windows-1252,
sinon Latin-1) ; le séparateur d'après la ligne d'en-tête (``,``, ``;`` ou tabulation), ou
d'après la première ligne ``sep=;`` qu'écrit Excel. Chaque décision qui s'écarte du format de
référence (UTF-8 sans BOM, virgule) est rapportée.

Bornes : un chemin doit désigner un fichier ordinaire d'au plus :data:`TAILLE_MAXIMALE` octets
(vérifié avant toute lecture, :func:`deliberations.fichiers.ouvrir_flux`) ; une ligne physique
ou un champ de plus de :data:`LONGUEUR_MAXIMALE` caractères rend le fichier illisible, avec un
message en français. Un fichier vide (ou réduit à sa marque d'ordre des octets) est illisible.

>>> import io
>>> s = SourceCSV.ouvrir(io.BytesIO("\\ufeffA;B\\r\\n1;é\\r\\n".encode("utf-8")))
>>> s.encodage, s.separateur, s.bom
('utf-8', ';', True)
>>> list(s.lignes())
[['A', 'B'], ['1', 'é']]
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import re
import tempfile
from collections.abc import Generator, Iterator
from types import TracebackType
from typing import BinaryIO

import attrs

from deliberations.erreurs import FichierIllisible
from deliberations.fichiers import MIO, EntreeTropGrande, ouvrir_flux, taille_lisible
from deliberations.validation.rapport import Constat, Severite

__all__ = ["LONGUEUR_MAXIMALE", "TAILLE_MAXIMALE", "EncodagePresumeFaux", "Source", "SourceCSV"]

Source = str | os.PathLike[str] | bytes | BinaryIO
TAILLE_MAXIMALE = 1024 * MIO
"""Taille maximale par défaut d'un fichier CSV lu (1 Gio, environ 3,5 millions de lignes)."""
LONGUEUR_MAXIMALE = 1 << 20
"""Nombre maximal de caractères d'une ligne physique ou d'un champ (1 Mio de caractères)."""
_BLOC = 1 << 20
_EN_MEMOIRE = 16 << 20
_SEP = re.compile(r"^sep=(.)\r?\n?$")


class EncodagePresumeFaux(Exception):
    """Le fichier, présumé en UTF-8 pour aller vite, ne l'est pas : il faut le relire."""


def _lignes_longues(flux: BinaryIO) -> bool:
    """Vrai s'il faut la lecture exacte, ligne par ligne (plus lente) : une ligne peut dépasser
    un bloc de 1 Mio, ou le fichier peut finir dans un champ entre guillemets (nombre impair de
    guillemets, ou pas de fin de ligne finale)."""
    longues, guillemets, dernier = False, 0, b""
    while bloc := flux.read(_BLOC):
        longues = longues or (len(bloc) == _BLOC and b"\n" not in bloc)
        guillemets += bloc.count(b'"')
        dernier = bloc
    flux.seek(0)
    return longues or guillemets % 2 == 1 or not dernier.endswith(b"\n")


def _examiner(flux: BinaryIO) -> tuple[str, bool]:
    """L'encodage du fichier, et s'il faut la lecture exacte (:func:`_lignes_longues`).

    Un fichier dont chaque bloc de 1 Mio contient une fin de ligne n'a aucune ligne de plus
    de 2 Mio : il est lu au rythme du module csv ; sinon, chaque ligne est lue avec une borne.
    """
    debut = flux.read(2)
    flux.seek(0)
    if debut in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16", True
    decodeur: codecs.IncrementalDecoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while bloc := flux.read(_BLOC):
            decodeur.decode(bloc)
        decodeur.decode(b"", final=True)
        flux.seek(0)
        return "utf-8", _lignes_longues(flux)
    except UnicodeDecodeError:
        pass
    flux.seek(0)
    decodeur = codecs.getincrementaldecoder("cp1252")()
    try:
        while bloc := flux.read(_BLOC):
            decodeur.decode(bloc)
        flux.seek(0)
        return "cp1252", _lignes_longues(flux)
    except UnicodeDecodeError:
        return "latin-1", True


@attrs.define
class SourceCSV:
    """Un CSV prêt à lire en flux ; ``nom`` sert dans les messages."""

    nom: str
    flux: BinaryIO
    encodage: str
    bom: bool
    separateur: str
    possede: bool = False
    indication_sep: bool = False
    maximum: int = TAILLE_MAXIMALE
    lignes_longues: bool = True
    presume: bool = False
    tronque: bool = False

    @classmethod
    def ouvrir(
        cls,
        source: Source,
        nom: str | None = None,
        *,
        taille_maximale: int = TAILLE_MAXIMALE,
        presumer_utf8: bool = False,
    ) -> SourceCSV:
        """Ouvre un chemin (``-`` : entrée standard), des octets ou un flux binaire.

        Lève :class:`~deliberations.erreurs.FichierIllisible` (ou sa sous-classe
        :class:`~deliberations.fichiers.EntreeTropGrande`) avant toute lecture pour un chemin
        qui n'est pas un fichier ordinaire ou qui dépasse ``taille_maximale`` octets, et pour
        un fichier vide. ``presumer_utf8`` saute la passe de détection de l'encodage : la
        lecture lève :class:`EncodagePresumeFaux` au premier octet qui n'est pas de l'UTF-8, et
        l'appelant recommence après :meth:`examiner` (le validateur le fait).
        """
        flux, nom, possede = _flux(source, nom, taille_maximale)
        try:
            return cls._preparer(flux, nom, possede, taille_maximale, presumer_utf8)
        except BaseException:
            if possede:
                flux.close()
            raise

    @classmethod
    def _preparer(
        cls, flux: BinaryIO, nom: str, possede: bool, maximum: int, presumer: bool
    ) -> SourceCSV:
        debut = flux.read(4096)
        flux.seek(0)
        if not debut or debut in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            raise FichierIllisible(nom, "le fichier est vide")
        bom = debut.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if presumer and debut[:2] not in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            encodage, longues = "utf-8", _lignes_longues(flux)
        else:
            encodage, longues, presumer = *_examiner(flux), False
        flux.seek(0)
        texte_debut = debut.decode(encodage, errors="replace").lstrip("\ufeff")
        lignes = texte_debut.splitlines(keepends=True)
        premiere = lignes[0] if lignes else ""
        indication = _SEP.match(premiere)
        if indication:
            separateur = indication.group(1)
        else:
            separateur = max((",", ";", "\t"), key=lambda c: (premiere.count(c), c == ","))
        return cls(
            nom,
            flux,
            encodage,
            bom,
            separateur,
            possede,
            bool(indication),
            maximum,
            longues,
            presumer,
        )

    def examiner(self) -> None:
        """Détermine l'encodage par une passe complète (après :class:`EncodagePresumeFaux`)."""
        self.flux.seek(0)
        self.encodage, self.lignes_longues = _examiner(self.flux)
        self.presume = False
        self.flux.seek(0)

    def lignes(self) -> Generator[list[str], None, None]:
        """Les enregistrements du fichier (en-tête compris, sans la ligne ``sep=``), un à la fois.

        Lève :class:`~deliberations.erreurs.FichierIllisible` sur une ligne ou un champ trop
        long. Quand le fichier se termine à l'intérieur d'un champ entre guillemets, le dernier
        enregistrement est livré et ``tronque`` devient vrai une fois la lecture finie (à
        rapporter comme une erreur).
        """
        self.flux.seek(0)
        texte = io.TextIOWrapper(
            self.flux,
            encoding="utf-8-sig" if self.encodage == "utf-8" else self.encodage,
            newline="",
        )
        physiques = _LignesBornees(texte, self.nom)
        if self.indication_sep:
            next(physiques, None)
        # Sans ligne de plus de 2 Mio, l'itération du texte (en C) est sûre et bien plus rapide.
        source = physiques if self.lignes_longues else physiques.rapides()
        lecteur = csv.reader(source, delimiter=self.separateur, strict=False)
        # La limite du module csv est globale (frictionless, par exemple, la lève) : posée
        # pour cette lecture, rendue ensuite.
        ancienne = csv.field_size_limit(LONGUEUR_MAXIMALE)
        try:
            yield from lecteur
            # Fin du fichier demandée deux fois : la première au milieu d'un enregistrement,
            # donc dans un champ entre guillemets jamais fermé.
            self.tronque = physiques.fins > 1
        except csv.Error as erreur:
            raise FichierIllisible(self.nom, _message_csv(str(erreur), lecteur.line_num)) from None
        except UnicodeDecodeError:
            if self.presume:
                raise EncodagePresumeFaux from None
            raise FichierIllisible(
                self.nom, f"octets illisibles en {self.encodage} vers la ligne {lecteur.line_num}"
            ) from None
        finally:
            csv.field_size_limit(ancienne)
            with contextlib.suppress(ValueError):  # flux déjà fermé : rien à détacher
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
        if self.indication_sep:
            trouves.append(
                (
                    "sep",
                    f"Première ligne « sep={self.separateur} » (indication d'Excel) lue comme le "
                    "séparateur, pas comme l'en-tête : l'en-tête est la ligne suivante.",
                )
            )
        if self.separateur != ",":
            trouves.append(
                ("separateur", f"Séparateur {separateur} au lieu de la virgule du SCDL.")
            )
        return [
            Constat(code=codes[cle][0], severite=codes[cle][1], message=message, chemin="fichier")
            for cle, message in trouves
        ]

    def close(self) -> None:
        """Ferme le fichier s'il a été ouvert ici."""
        if self.possede:
            self.flux.close()

    fermer = close

    def __enter__(self) -> SourceCSV:
        return self

    def __exit__(
        self,
        type_: type[BaseException] | None,
        valeur: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _flux(source: Source, nom: str | None, maximum: int) -> tuple[BinaryIO, str, bool]:
    """Le flux binaire adressable d'une source, son nom, et s'il faut le fermer ici."""
    if isinstance(source, bytes):
        if len(source) > maximum:
            raise EntreeTropGrande(
                nom or "<octets>", f"plus que la limite de {taille_lisible(maximum)}"
            )
        return io.BytesIO(source), nom or "<octets>", False
    if isinstance(source, (str, os.PathLike)):
        nom = nom or os.fspath(source)
        borne = ouvrir_flux(source, maximum=maximum)  # nature et taille vérifiées ici
        if os.fspath(source) == "-":
            with borne:
                return (
                    _copie_adressable(borne, "(entrée standard)", maximum),
                    "(entrée standard)",
                    True,
                )
        borne.close()
        return open(source, "rb"), nom, True
    nom = nom or str(getattr(source, "name", "<flux>"))
    if not source.seekable():
        return _copie_adressable(source, nom, maximum), nom, True
    return source, nom, False


def _copie_adressable(flux: BinaryIO, nom: str, maximum: int) -> BinaryIO:
    """Copie d'un flux qu'on ne peut pas relire (entrée standard, tube), pour les deux passes
    de la lecture : en mémoire jusqu'à :data:`_EN_MEMOIRE` octets, sur le disque au-delà (une
    entrée standard de 1 Gio ne tient jamais en mémoire) ; au plus ``maximum`` octets."""
    copie = tempfile.SpooledTemporaryFile(max_size=_EN_MEMOIRE)  # noqa: SIM115
    try:
        total = 0
        while bloc := flux.read(_BLOC):
            total += len(bloc)
            if total > maximum:
                raise EntreeTropGrande(nom, f"plus que la limite de {taille_lisible(maximum)}")
            copie.write(bloc)
        copie.seek(0)
    except BaseException:
        copie.close()
        raise
    return copie  # type: ignore[return-value]


class _LignesBornees:
    """Les lignes physiques, chacune lue avec une borne (jamais une ligne géante en mémoire) ;
    ``fins`` compte les demandes faites une fois la fin du fichier atteinte."""

    def __init__(self, texte: io.TextIOWrapper, nom: str) -> None:
        self.texte, self.nom, self.numero, self.fins = texte, nom, 0, 0

    def __iter__(self) -> _LignesBornees:
        return self

    def rapides(self) -> Iterator[str]:
        """Les lignes, itérées en C, sans borne par ligne ni compte des fins de fichier."""
        return iter(self.texte)

    def __next__(self) -> str:
        ligne = self.texte.readline(LONGUEUR_MAXIMALE + 1)
        if not ligne:
            self.fins += 1
            raise StopIteration
        self.numero += 1
        if len(ligne) > LONGUEUR_MAXIMALE:
            raise FichierIllisible(
                self.nom,
                f"ligne {self.numero} : plus de {LONGUEUR_MAXIMALE:,} caractères sans fin de "
                "ligne (limite d'une ligne)".replace(",", " "),
            )
        return ligne


def _message_csv(anglais: str, ligne: int) -> str:
    """Le message du module csv, dit en français."""
    if "field larger than field limit" in anglais:
        quoi = f"un champ de plus de {LONGUEUR_MAXIMALE:,} caractères".replace(",", " ")
    elif "unexpected end of data" in anglais or "EOF" in anglais:
        quoi = "le fichier se termine à l'intérieur d'un champ entre guillemets (fichier tronqué ?)"
    elif "expected" in anglais and "after" in anglais:
        quoi = "un caractère inattendu suit un guillemet fermant"
    elif "NUL" in anglais or "NULL" in anglais:
        quoi = "caractère nul dans le fichier"
    else:
        quoi = "structure CSV invalide"
    return f"CSV illisible vers la ligne {ligne} : {quoi}"
