"""Entrées bornées et sorties sûres : ce que la bibliothèque lit et écrit sur le disque.

Lire (:func:`lire_octets`, :func:`ouvrir_flux`) : seuls les fichiers ordinaires sont acceptés
(ou ``-`` pour l'entrée standard) ; un dossier, un tube, un périphérique sont refusés avant
toute lecture, et la taille maximale est vérifiée avant de charger quoi que ce soit (sur la
taille du fichier, ou au fil de la lecture pour l'entrée standard).

Écrire (:func:`ecrire_atomique`) : le contenu va dans un fichier temporaire du dossier cible,
renommé une fois complet ; jamais de fichier partiel, même si le processus est tué. Un fichier
existant n'est remplacé que sur demande (``ecraser=True``), un lien symbolique, un tube ou un
périphérique (``/dev/null``) sont refusés, même avec ``ecraser=True``, un fichier d'entrée n'est
jamais la sortie.

>>> import tempfile, pathlib
>>> dossier = pathlib.Path(tempfile.mkdtemp())
>>> cible = ecrire_atomique(dossier / "sortie.csv", b"a;b\\n")
>>> lire_octets(cible, maximum=1024)
b'a;b\\n'
>>> ecrire_atomique(cible, b"autre")
Traceback (most recent call last):
...
deliberations.fichiers.SortieExistante: ...sortie.csv : le fichier existe déjà (le remplacer : --force, ou ecraser=True)
>>> lire_octets(cible, maximum=2)
Traceback (most recent call last):
...
deliberations.fichiers.EntreeTropGrande: ...sortie.csv : 4 octets, plus que la limite de 2 octets
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

from deliberations.erreurs import ErreurDeliberations, FichierIllisible, message_systeme

__all__ = [
    "MIO",
    "EntreeTropGrande",
    "SortieExistante",
    "SortieRefusee",
    "ecrire_atomique",
    "lire_octets",
    "lire_taille",
    "ouvrir_flux",
    "taille_lisible",
    "taille_max",
    "tailles_max",
    "verifier_entree",
]

MIO = 1024 * 1024
_BLOC = 1024 * 1024
Chemin = str | os.PathLike[str]


class EntreeTropGrande(FichierIllisible):
    """L'entrée dépasse la taille maximale permise pour sa nature."""


class SortieRefusee(ErreurDeliberations):
    """Une sortie ne peut pas être écrite à l'endroit demandé (lien, entrée, dossier absent…)."""

    def __init__(self, fichier: str, message: str) -> None:
        self.fichier = fichier
        self.message = message
        super().__init__(f"{fichier} : {message}")


class SortieExistante(SortieRefusee):
    """Le fichier de sortie existe déjà et son remplacement n'a pas été demandé."""


def taille_lisible(octets: int) -> str:
    """Une taille en octets, Kio ou Mio, pour les messages.

    >>> taille_lisible(12), taille_lisible(3 * 1024), taille_lisible(5 * MIO)
    ('12 octets', '3 Kio', '5 Mio')
    """
    if (octets >= MIO and octets % MIO == 0) or octets >= 10 * MIO:
        return f"{octets // MIO} Mio"
    if (octets >= 1024 and octets % 1024 == 0) or octets >= 10 * 1024:
        return f"{octets // 1024} Kio"
    return f"{octets} octets"


@functools.cache
def tailles_max() -> dict[str, int]:
    """Taille maximale par défaut (en octets) de chaque nature d'entrée, lue dans la table
    ``donnees/tailles_max.csv`` du paquet.

    >>> tailles_max()["json"] == 256 * MIO
    True
    """
    texte = resources.files("deliberations").joinpath("donnees/tailles_max.csv")
    lignes = csv.DictReader(texte.read_text("utf-8").splitlines())
    return {ligne["nature"]: int(float(ligne["mio"]) * MIO) for ligne in lignes}


def taille_max(nature: str) -> int:
    """Taille maximale par défaut d'une nature d'entrée (``json``, ``extrait``, ``pdf``,
    ``csv``, ``xml``, ``archive``, ``acte``) ; ``KeyError`` pour une nature inconnue.

    >>> taille_lisible(taille_max("extrait"))
    '1 Mio'
    """
    return tailles_max()[nature]


def lire_taille(texte: str) -> int:
    """Lit une taille écrite ``500``, ``64k``, ``20M``, ``1G`` (octets, Kio, Mio, Gio), pour
    les options ``--taille-max``.

    >>> lire_taille("20M") == 20 * MIO, lire_taille("512")
    (True, 512)
    >>> lire_taille("beaucoup")
    Traceback (most recent call last):
    ...
    ValueError: taille invalide : « beaucoup » (exemples : 500, 64k, 20M, 1G)
    """
    nettoye = texte.strip().upper().removesuffix("O").removesuffix("I")
    facteurs = {"K": 1024, "M": MIO, "G": 1024 * MIO}
    facteur = facteurs.get(nettoye[-1:], 1)
    chiffres = nettoye[:-1] if nettoye[-1:] in facteurs else nettoye
    if not chiffres.isdigit() or not chiffres.isascii() or len(chiffres) > 15:
        raise ValueError(f"taille invalide : « {texte} » (exemples : 500, 64k, 20M, 1G)")
    return int(chiffres) * facteur


def _trop_grand(nom: str, taille: int | None, maximum: int) -> EntreeTropGrande:
    quoi = f"{taille_lisible(taille)}, plus" if taille is not None else "plus"
    return EntreeTropGrande(nom, f"{quoi} que la limite de {taille_lisible(maximum)}")


def _ouvrir_ordinaire(chemin: Chemin, maximum: int) -> BinaryIO:
    """Ouvre un fichier ordinaire en lecture, après avoir vérifié sa nature et sa taille."""
    nom = os.fspath(chemin)
    try:
        # O_NONBLOCK : ouvrir un tube sans écrivain ne bloque pas ; la nature est vérifiée après.
        descripteur = os.open(nom, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as erreur:
        raise FichierIllisible(nom, message_systeme(erreur)) from None
    try:
        etat = os.fstat(descripteur)
        if stat.S_ISDIR(etat.st_mode):
            raise FichierIllisible(nom, "c'est un dossier, pas un fichier")
        if not stat.S_ISREG(etat.st_mode):
            raise FichierIllisible(
                nom, "ce n'est pas un fichier ordinaire (tube, périphérique ou socket refusé)"
            )
        if etat.st_size > maximum:
            raise _trop_grand(nom, etat.st_size, maximum)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descripteur, True)
        return os.fdopen(descripteur, "rb")
    except BaseException:
        os.close(descripteur)
        raise


class _FluxBorne(io.RawIOBase):
    """Flux brut qui refuse de livrer plus de ``maximum`` octets (entrée standard, fichier qui
    grandit pendant la lecture)."""

    def __init__(self, flux: BinaryIO, nom: str, maximum: int) -> None:
        super().__init__()
        self._flux = flux
        self._nom = nom
        self._reste = maximum
        self._maximum = maximum

    def readable(self) -> bool:
        return True

    def readinto(self, tampon: Any) -> int:
        vue = memoryview(tampon).cast("B")
        morceau = self._flux.read(min(len(vue), self._reste + 1))
        self._reste -= len(morceau)
        if self._reste < 0:
            raise _trop_grand(self._nom, None, self._maximum)
        vue[: len(morceau)] = morceau
        return len(morceau)

    @property
    def name(self) -> str:
        """Le nom de l'entrée, pour les messages."""
        return self._nom

    def close(self) -> None:
        if self._flux is not sys.stdin.buffer:
            self._flux.close()
        super().close()


def ouvrir_flux(chemin: Chemin, *, maximum: int) -> BinaryIO:
    """Ouvre une entrée à lire en flux, bornée à ``maximum`` octets.

    ``-`` désigne l'entrée standard. Lève :class:`~deliberations.erreurs.FichierIllisible`
    (absent, dossier, fichier spécial) ou :class:`EntreeTropGrande` avant toute lecture quand la
    taille est connue, au fil de la lecture sinon. Le flux se ferme avec ``close()`` ou ``with``.
    """
    if os.fspath(chemin) == "-":
        brut = _FluxBorne(sys.stdin.buffer, "(entrée standard)", maximum)
    else:
        brut = _FluxBorne(_ouvrir_ordinaire(chemin, maximum), os.fspath(chemin), maximum)
    flux = io.BufferedReader(brut, buffer_size=_BLOC)
    return flux


def verifier_entree(chemin: Chemin, *, maximum: int) -> int:
    """Vérifie, sans rien lire, qu'une entrée est un fichier ordinaire d'au plus ``maximum``
    octets (``-`` est accepté tel quel) ; renvoie sa taille (``-1`` pour ``-``).

    Pour les lecteurs qui ouvrent le fichier eux-mêmes (PDF…) : mêmes erreurs que
    :func:`lire_octets`.
    """
    if os.fspath(chemin) == "-":
        return -1
    with _ouvrir_ordinaire(chemin, maximum) as flux:
        return os.fstat(flux.fileno()).st_size


def lire_octets(chemin: Chemin, *, maximum: int) -> bytes:
    """Lit toute une entrée (fichier ordinaire ou ``-``), sans jamais dépasser ``maximum`` octets."""
    with ouvrir_flux(chemin, maximum=maximum) as flux:
        return flux.read()


def _verifier_cible(cible: Path, entrees: Iterable[Chemin], ecraser: bool) -> None:
    nom = str(cible)
    if cible.is_symlink():
        raise SortieRefusee(nom, "c'est un lien symbolique : écriture refusée")
    if cible.is_dir() or nom.endswith(os.sep):
        raise SortieRefusee(nom, "c'est un dossier : donner un nom de fichier")
    if not cible.parent.is_dir():
        raise SortieRefusee(nom, f"le dossier {cible.parent} n'existe pas")
    with contextlib.suppress(OSError):
        if not stat.S_ISREG(os.lstat(cible).st_mode):
            # Remplacer un tube ou un périphérique (/dev/null) par un fichier, même avec --force,
            # détruirait bien plus que la sortie demandée.
            raise SortieRefusee(
                nom,
                "ce n'est pas un fichier ordinaire (tube, périphérique ou socket) : "
                "écriture refusée",
            )
    for entree in entrees:
        with contextlib.suppress(OSError):
            if os.fspath(entree) != "-" and cible.exists() and cible.samefile(entree):
                raise SortieRefusee(nom, "c'est aussi un fichier d'entrée : écriture refusée")
    if cible.exists() and not ecraser:
        raise SortieExistante(
            nom, "le fichier existe déjà (le remplacer : --force, ou ecraser=True)"
        )


def ecrire_atomique(
    chemin: Chemin,
    contenu: bytes | Callable[[BinaryIO], object],
    *,
    ecraser: bool = False,
    entrees: Iterable[Chemin] = (),
) -> Path:
    """Écrit ``contenu`` (des octets, ou une fonction qui écrit dans un flux binaire) à ``chemin``.

    Le contenu va d'abord dans un fichier temporaire du même dossier, renommé quand il est
    complet. Sans ``ecraser``, un fichier existant n'est jamais remplacé, même s'il apparaît
    pendant l'écriture (création exclusive par lien physique) : :class:`SortieExistante`.
    Lève :class:`SortieRefusee` pour un lien symbolique, un dossier, un dossier parent absent,
    un fichier existant qui n'est pas un fichier ordinaire (tube, périphérique) ou un fichier qui
    est aussi une des ``entrees``. Renvoie le chemin écrit.
    """
    cible = Path(os.fspath(chemin))
    _verifier_cible(cible, entrees, ecraser)
    descripteur, temporaire = tempfile.mkstemp(prefix=f".{cible.name}.", dir=cible.parent)
    try:
        with os.fdopen(descripteur, "wb") as flux:
            if isinstance(contenu, bytes):
                flux.write(contenu)
            else:
                contenu(flux)
            flux.flush()
            os.fsync(flux.fileno())
        os.chmod(temporaire, 0o644)
        _installer(Path(temporaire), cible, ecraser)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporaire)
        raise
    return cible


def _installer(temporaire: Path, cible: Path, ecraser: bool) -> None:
    if ecraser:
        if cible.is_symlink():
            raise SortieRefusee(str(cible), "c'est un lien symbolique : écriture refusée")
        with contextlib.suppress(OSError):
            if not stat.S_ISREG(os.lstat(cible).st_mode):
                raise SortieRefusee(
                    str(cible), "ce n'est pas un fichier ordinaire : écriture refusée"
                )
        os.replace(temporaire, cible)
        return
    try:
        os.link(temporaire, cible)
    except FileExistsError:
        raise SortieExistante(
            str(cible), "le fichier existe déjà (le remplacer : --force, ou ecraser=True)"
        ) from None
    except OSError:
        # Système de fichiers sans liens physiques : création exclusive, puis remplacement.
        try:
            os.close(os.open(cible, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW))
        except FileExistsError:
            raise SortieExistante(
                str(cible), "le fichier existe déjà (le remplacer : --force, ou ecraser=True)"
            ) from None
        os.replace(temporaire, cible)
        return
    os.unlink(temporaire)
