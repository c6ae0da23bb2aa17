"""L'archive de transmission ``.tar.gz`` : écriture, et lecture sûre d'une archive reçue.

La lecture n'utilise ni :mod:`tarfile` ni :mod:`gzip` : elle décompresse le flux par
morceaux bornés (jamais plus de ``taille_decompressee_max`` octets), lit elle-même les
en-têtes tar de 512 octets et refuse, **avant** d'en lire le contenu :

- un en-tête de métadonnées (PAX ``x``/``g``, nom long GNU ``L``/``K``) de plus de
  :data:`TAILLE_MAX_ENTETE` octets (les « bombes » d'en-tête) ;
- les liens, dossiers, périphériques, tubes, fichiers creux, les membres trop gros ;
- les noms qui sortent de l'archive (``../``, absolus, dossiers), vides, non UTF-8, ou qui
  contiennent un caractère de contrôle (saut de ligne…), et un même nom présent deux fois ;
- plus de ``membres_max`` membres.

Elle lit ensuite le flux gzip jusqu'au bout : la somme de contrôle CRC-32 et la longueur
finales sont vérifiées (``ArchiveCorrompue`` sinon), comme tout ce qui suit la fin de
l'archive tar (des zéros seulement). Rien n'est écrit sur le disque.

L'écriture met dans l'en-tête gzip sa propre somme de contrôle (``FHCRC``) : toute
modification d'un octet d'une archive écrite par la bibliothèque est détectée à la relecture.
"""

from __future__ import annotations

import contextlib
import io
import os
import struct
import tarfile
import time
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from deliberations.erreurs import FichierIllisible
from deliberations.fichiers import MIO, ecrire_atomique, ouvrir_flux, taille_lisible

__all__ = [
    "MEMBRES_MAX",
    "TAILLE_MAX_ARCHIVE",
    "TAILLE_MAX_DECOMPRESSEE",
    "TAILLE_MAX_ENTETE",
    "ArchiveCorrompue",
    "ArchiveDangereuse",
    "archive_en_octets",
    "ecrire_archive",
    "lire_archive",
    "nom_membre_refuse",
]

TAILLE_MAX_ARCHIVE = 150 * MIO
"""150 Mio : la taille maximale d'une archive acceptée par les tiers de télétransmission."""
TAILLE_MAX_DECOMPRESSEE = 150 * MIO
"""Le contenu décompressé lu au plus (protège des « bombes » gzip)."""
TAILLE_MAX_ENTETE = 64 * 1024
"""Taille maximale d'un en-tête de métadonnées tar (PAX, nom long GNU)."""
MEMBRES_MAX = 1000
_BLOC = 512
_MORCEAU = 1024 * 1024
_ZEROS = bytes(_BLOC)
_CHAMP_EXTRA = b"DL"
_REGULIERS = {b"0", b"\0", b"7"}
_GENRES = {
    b"1": "un lien physique",
    b"2": "un lien symbolique",
    b"3": "un périphérique caractère",
    b"4": "un périphérique bloc",
    b"5": "un dossier",
    b"6": "un tube (FIFO)",
    b"S": "un fichier creux",
}


class ArchiveDangereuse(FichierIllisible):
    """L'archive contient un membre refusé (chemin, lien, taille, nombre, en-tête démesuré)."""


class ArchiveCorrompue(FichierIllisible):
    """L'archive est abîmée : flux gzip invalide, somme de contrôle fausse, archive tronquée."""


def nom_membre_refuse(nom: str) -> str | None:
    """Pourquoi ``nom`` ne peut pas nommer un membre d'une archive ACTES (``None`` s'il le peut).

    >>> nom_membre_refuse("EACT--242100410--20240927-1.xml") is None
    True
    >>> nom_membre_refuse("../evasion.xml"), nom_membre_refuse("a\\nb.xml")
    ('chemin refusé (sortie de l’archive ou dossier)', 'caractère de contrôle U+000A refusé')
    """
    if not nom:
        return "nom vide"
    if "/" in nom or "\\" in nom or nom.startswith("..") or nom in (".", ".."):
        return "chemin refusé (sortie de l’archive ou dossier)"
    for caractere in nom:
        if unicodedata.category(caractere) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            return f"caractère de contrôle U+{ord(caractere):04X} refusé"
    return None


# ------------------------------------------------------------------ écriture


def _gzip(donnees: bytes, date: int) -> bytes:
    """Flux gzip avec somme de contrôle d'en-tête (FHCRC) et, dans un champ extra ``DL``, le
    CRC-32 des octets compressés (les bits de bourrage du flux deflate ne sont vus par aucune
    autre somme de contrôle)."""
    compresseur = zlib.compressobj(9, zlib.DEFLATED, -15)
    corps = compresseur.compress(donnees) + compresseur.flush()
    corps += struct.pack("<II", zlib.crc32(donnees), len(donnees) & 0xFFFFFFFF)
    extra = _CHAMP_EXTRA + struct.pack("<HI", 4, zlib.crc32(corps))
    entete = b"\x1f\x8b\x08\x06" + struct.pack("<I", date & 0xFFFFFFFF) + b"\x02\xff"
    entete += struct.pack("<H", len(extra)) + extra
    entete += struct.pack("<H", zlib.crc32(entete) & 0xFFFF)
    return entete + corps


def _crc_annonce(debut: bytes) -> tuple[int, int] | None:
    """Le CRC-32 des octets compressés annoncé par le champ extra ``DL`` et la longueur de
    l'en-tête gzip, si l'en-tête a la forme que la bibliothèque écrit."""
    if len(debut) < 12 or debut[3] & 0xFC != 0x04:  # FEXTRA, sans nom ni commentaire
        return None
    longueur = struct.unpack("<H", debut[10:12])[0]
    extra = debut[12 : 12 + longueur]
    if len(extra) != longueur or longueur != 8 or extra[:2] != _CHAMP_EXTRA:
        return None
    fin = 12 + longueur + (2 if debut[3] & 0x02 else 0)
    return struct.unpack("<I", extra[4:8])[0], fin


def archive_en_octets(fichiers: Iterable[tuple[str, bytes]], *, date: int | None = None) -> bytes:
    """Les octets d'une archive ``.tar.gz`` plate, fichiers dans l'ordre donné.

    Lève :class:`ArchiveDangereuse` pour un nom refusé (voir :func:`nom_membre_refuse`) ou
    présent deux fois.
    """
    instant = int(time.time()) if date is None else date
    tampon = io.BytesIO()
    vus: set[str] = set()
    with tarfile.open(fileobj=tampon, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for nom, contenu in fichiers:
            raison = nom_membre_refuse(nom) or ("nom présent deux fois" if nom in vus else None)
            if raison is not None:
                raise ArchiveDangereuse(nom, f"membre refusé : {raison}.")
            vus.add(nom)
            info = tarfile.TarInfo(nom)
            info.size = len(contenu)
            info.mtime = instant
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(contenu))
    return _gzip(tampon.getvalue(), instant)


def ecrire_archive(
    fichiers: Iterable[tuple[str, bytes]],
    destination: str | os.PathLike[str],
    *,
    ecraser: bool = False,
) -> Path:
    """Écrit une archive ``.tar.gz`` plate, de façon atomique.

    Un fichier existant n'est remplacé que si ``ecraser`` ; un lien symbolique est refusé
    (:func:`deliberations.fichiers.ecrire_atomique`).
    """
    return ecrire_atomique(destination, archive_en_octets(fichiers), ecraser=ecraser)


# ------------------------------------------------------------------ lecture


def _decompresser(source: BinaryIO, nom: str, maximum: int) -> Iterator[bytes]:
    """Les octets décompressés d'un flux gzip (un ou plusieurs membres), par morceaux bornés.

    Chaque membre est lu jusqu'à sa fin : zlib vérifie alors le CRC-32 et la longueur ; pour
    une archive écrite par la bibliothèque, le CRC-32 des octets compressés l'est aussi.
    """
    total = 0
    decompresseur: Any = None
    reste = b""
    debut = True
    annonce: tuple[int, int] | None = None
    crc = 0
    while True:
        entree = reste or source.read(_MORCEAU)
        reste = b""
        if not entree:
            if decompresseur is not None:
                raise ArchiveCorrompue(nom, "archive tronquée (flux gzip incomplet).")
            if debut:
                raise ArchiveCorrompue(nom, "fichier vide : ce n'est pas une archive .tar.gz.")
            return
        if decompresseur is None:
            if not entree.startswith(b"\x1f\x8b"):
                raise ArchiveCorrompue(
                    nom,
                    "ce n'est pas une archive .tar.gz (pas de flux gzip)."
                    if debut
                    else "données en trop après la fin du flux gzip.",
                )
            decompresseur = zlib.decompressobj(31)
            if debut:
                annonce = _crc_annonce(entree)
                if annonce is not None:
                    crc = zlib.crc32(entree[annonce[1] :])
            debut = False
        elif annonce is not None:
            crc = zlib.crc32(entree, crc)
        while True:
            try:
                sortie = decompresseur.decompress(entree, _MORCEAU)
            except zlib.error:
                raise ArchiveCorrompue(
                    nom,
                    "flux gzip abîmé (données compressées, somme de contrôle CRC-32 ou longueur fausses).",
                ) from None
            total += len(sortie)
            if total > maximum:
                raise ArchiveDangereuse(
                    nom, f"contenu décompressé de plus de {taille_lisible(maximum)} : refusé."
                )
            if sortie:
                yield sortie
            entree = decompresseur.unconsumed_tail
            if decompresseur.eof:
                reste = decompresseur.unused_data
                if annonce is not None:
                    _verifier_crc(crc, reste, annonce[0], nom)
                    annonce = None
                decompresseur = None
                break
            if not entree and not sortie:
                break


def _verifier_crc(crc: int, reste: bytes, attendu: int, nom: str) -> None:
    """Le CRC-32 des octets compressés du premier membre (sans ce qui le suit) = l'annonce."""
    if reste:
        raise ArchiveCorrompue(nom, "données en trop après la fin du flux gzip.")
    if crc != attendu:
        raise ArchiveCorrompue(
            nom, "flux gzip abîmé (somme de contrôle des données compressées fausse)."
        )


class _Tampon:
    """Lit exactement ``n`` octets dans le flux décompressé."""

    def __init__(self, morceaux: Iterator[bytes], nom: str) -> None:
        self.morceaux = morceaux
        self.nom = nom
        self.tampon = bytearray()

    def lire(self, n: int) -> bytes:
        if len(self.tampon) >= n:
            donnees = bytes(self.tampon[:n])
            del self.tampon[:n]
            return donnees
        sortie = io.BytesIO()  # getvalue() sans copie : la mémoire reste proche de n
        sortie.write(self.tampon)
        self.tampon.clear()
        while sortie.tell() < n:
            morceau = next(self.morceaux, None)
            if morceau is None:
                raise ArchiveCorrompue(
                    self.nom, "archive tronquée (fin du flux au milieu d'un membre)."
                )
            manque = n - sortie.tell()
            sortie.write(morceau[:manque])
            self.tampon += morceau[manque:]
        return sortie.getvalue()

    def finir(self) -> None:
        """Lit le flux jusqu'au bout (CRC vérifié) ; après la fin de l'archive, des zéros seuls."""
        if self.tampon.strip(b"\0"):
            raise ArchiveCorrompue(self.nom, "données après la fin de l'archive tar.")
        self.tampon.clear()
        for morceau in self.morceaux:
            if morceau.strip(b"\0"):
                raise ArchiveCorrompue(self.nom, "données après la fin de l'archive tar.")


def _nombre(champ: bytes, nom: str) -> int:
    if champ[:1] in (b"\x80", b"\xff"):  # base 256 (GNU)
        valeur = int.from_bytes(champ[1:], "big")
        return -valeur if champ[:1] == b"\xff" else valeur
    texte = champ.replace(b"\0", b" ").strip()
    if not texte:
        return 0
    if not all(48 <= c <= 55 for c in texte):
        raise ArchiveCorrompue(nom, "en-tête tar illisible (nombre octal invalide).")
    return int(texte, 8)


def _pax(donnees: bytes, nom: str) -> dict[str, bytes]:
    """Les enregistrements ``longueur clé=valeur\\n`` d'un en-tête PAX, en temps linéaire."""
    valeurs: dict[str, bytes] = {}
    position = 0
    while position < len(donnees):
        if donnees[position] == 0:
            break
        espace = donnees.find(b" ", position, position + 12)
        longueur_texte = donnees[position:espace] if espace > 0 else b""
        if not longueur_texte.isdigit():
            raise ArchiveCorrompue(nom, "en-tête PAX illisible.")
        fin = position + int(longueur_texte)
        if fin <= espace or fin > len(donnees) or donnees[fin - 1] != 0x0A:
            raise ArchiveCorrompue(nom, "en-tête PAX illisible.")
        cle, egal, valeur = donnees[espace + 1 : fin - 1].partition(b"=")
        if not egal:
            raise ArchiveCorrompue(nom, "en-tête PAX illisible.")
        valeurs[cle.decode("utf-8", "replace")] = valeur
        position = fin
    return valeurs


def _affiche(nom: str) -> str:
    """Le nom d'un membre, caractères de contrôle échappés (jamais envoyés bruts au terminal)."""
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in nom[:200])


def _nom(entete: bytes, pax: dict[str, bytes], long: bytes | None, archive: str) -> str:
    if "path" in pax:
        brut = pax["path"]
    elif long is not None:
        brut = long.split(b"\0", 1)[0]
    else:
        brut = entete[0:100].split(b"\0", 1)[0]
        prefixe = entete[345:500].split(b"\0", 1)[0]
        if entete[257:263] == b"ustar\0" and prefixe:
            brut = prefixe + b"/" + brut
    try:
        return brut.decode("utf-8")
    except UnicodeDecodeError:
        raise ArchiveDangereuse(
            archive, f"membre « {_affiche(brut.decode('latin-1'))} » : nom non UTF-8 refusé."
        ) from None


def _verifier_entete(entete: bytes, nom: str) -> None:
    attendue = _nombre(entete[148:156], nom)
    somme = sum(entete[:148]) + 8 * 32 + sum(entete[156:])
    signee = (
        sum(struct.unpack("148b", entete[:148])) + 256 + sum(struct.unpack("356b", entete[156:]))
    )
    if attendue not in (somme, signee):
        raise ArchiveCorrompue(nom, "en-tête tar abîmé (somme de contrôle fausse).")


def _taille(entete: bytes, pax: dict[str, bytes], nom: str) -> int:
    if "size" in pax:
        if not pax["size"].isdigit() or len(pax["size"]) > 20:
            raise ArchiveCorrompue(nom, "en-tête PAX illisible (taille).")
        return int(pax["size"])
    taille = _nombre(entete[124:136], nom)
    if taille < 0:
        raise ArchiveCorrompue(nom, "en-tête tar illisible (taille négative).")
    return taille


def _membres(
    tampon: _Tampon, nom: str, maximum: int, membres_max: int
) -> Iterator[tuple[str, bytes]]:
    pax: dict[str, bytes] = {}
    long: bytes | None = None
    vus: set[str] = set()
    total = 0
    while True:
        entete = tampon.lire(_BLOC)
        if entete == _ZEROS:
            return
        _verifier_entete(entete, nom)
        genre = entete[156:157]
        meta = genre in (b"x", b"g", b"L", b"K")
        taille = _taille(entete, {} if meta else pax, nom)
        bourrage = -taille % _BLOC
        if meta:
            if taille > TAILLE_MAX_ENTETE:
                raise ArchiveDangereuse(
                    nom,
                    f"en-tête de métadonnées tar (type {genre.decode()}) de {taille_lisible(taille)} : "
                    f"au plus {taille_lisible(TAILLE_MAX_ENTETE)}.",
                )
            donnees = tampon.lire(taille + bourrage)[:taille]
            if genre in (b"x", b"g"):
                valeurs = _pax(donnees, nom)
                if genre == b"g" and {"path", "size", "linkpath"} & set(valeurs):
                    raise ArchiveDangereuse(
                        nom, "en-tête PAX global qui change noms ou tailles des membres : refusé."
                    )
                if any(cle.startswith("GNU.sparse") for cle in valeurs):
                    raise ArchiveDangereuse(nom, "fichier creux (PAX GNU.sparse) : refusé.")
                pax = valeurs if genre == b"x" else pax
            elif genre == b"L":
                long = donnees
            continue
        membre = _nom(entete, pax, long, nom)
        pax, long = {}, None
        raison = nom_membre_refuse(membre)
        if genre not in _REGULIERS:
            quoi = _GENRES.get(genre, f"un membre de type inconnu « {genre!r} »")
            raison = f"c'est {quoi}, pas un fichier ordinaire" + (
                " (les liens sont refusés)" if genre in (b"1", b"2") else ""
            )
        elif raison is None and membre in vus:
            raison = "le même nom est présent deux fois"
        if raison is not None:
            raise ArchiveDangereuse(nom, f"membre « {_affiche(membre)} » refusé : {raison}.")
        vus.add(membre)
        if len(vus) > membres_max:
            raise ArchiveDangereuse(nom, f"plus de {membres_max} membres.")
        total += taille
        if taille > maximum or total > maximum:
            raise ArchiveDangereuse(
                nom,
                f"membre « {_affiche(membre)} » : contenu décompressé trop gros (plus de {taille_lisible(maximum)}).",
            )
        contenu = tampon.lire(taille)
        tampon.lire(bourrage)
        yield membre, contenu


def lire_archive(
    source: str | os.PathLike[str] | bytes,
    *,
    taille_max: int = TAILLE_MAX_ARCHIVE,
    taille_decompressee_max: int = TAILLE_MAX_DECOMPRESSEE,
    membres_max: int = MEMBRES_MAX,
) -> list[tuple[str, bytes]]:
    """Les fichiers d'une archive reçue, dans l'ordre, après tous les contrôles de sûreté.

    ``source`` est un chemin (fichier ordinaire seulement, ``-`` pour l'entrée standard) ou
    les octets de l'archive. ``taille_max`` borne l'archive, ``taille_decompressee_max`` son
    contenu décompressé. Lève :class:`ArchiveDangereuse`, :class:`ArchiveCorrompue` ou
    :class:`~deliberations.erreurs.FichierIllisible`.
    """
    nom = "<archive>" if isinstance(source, bytes) else os.fspath(source)
    if isinstance(source, bytes):
        if len(source) > taille_max:
            raise ArchiveDangereuse(nom, f"archive de {len(source)} octets, plus que {taille_max}.")
        flux: BinaryIO = io.BytesIO(source)
    else:
        flux = ouvrir_flux(source, maximum=taille_max)
    with contextlib.closing(flux):
        tampon = _Tampon(_decompresser(flux, nom, taille_decompressee_max), nom)
        fichiers = list(_membres(tampon, nom, taille_decompressee_max, membres_max))
        tampon.finir()
    return fichiers
