"""L'archive de transmission ``.tar.gz`` : écriture, et lecture sûre d'une archive reçue.

La lecture refuse les chemins qui sortent de l'archive (``../``, chemins absolus), les liens,
les membres qui ne sont pas des fichiers ordinaires, les dossiers, les membres trop gros, une
archive de plus de 150 Mio ou de trop de membres ; elle passe par le filtre ``data`` de
:mod:`tarfile` et n'écrit jamais sur le disque.
"""

from __future__ import annotations

import io
import os
import tarfile
import time
from collections.abc import Iterable
from pathlib import Path

from deliberations.erreurs import FichierIllisible, message_systeme

__all__ = [
    "TAILLE_MAX_ARCHIVE",
    "ArchiveDangereuse",
    "ecrire_archive",
    "lire_archive",
]

TAILLE_MAX_ARCHIVE = 150 * 1024 * 1024
"""150 Mio : la taille maximale d'une archive acceptée par les tiers de télétransmission."""
MEMBRES_MAX = 1000


class ArchiveDangereuse(FichierIllisible):
    """L'archive contient un membre refusé (chemin, lien, taille, nombre)."""


def ecrire_archive(
    fichiers: Iterable[tuple[str, bytes]], destination: str | os.PathLike[str]
) -> Path:
    """Écrit une archive ``.tar.gz`` plate (sans dossier), fichiers dans l'ordre donné."""
    chemin = Path(destination)
    with tarfile.open(chemin, "w:gz", compresslevel=9, format=tarfile.USTAR_FORMAT) as tar:
        for nom, contenu in fichiers:
            info = tarfile.TarInfo(nom)
            info.size = len(contenu)
            info.mtime = int(time.time())
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(contenu))
    return chemin


def lire_archive(
    source: str | os.PathLike[str] | bytes,
    *,
    taille_max: int = TAILLE_MAX_ARCHIVE,
    membres_max: int = MEMBRES_MAX,
) -> list[tuple[str, bytes]]:
    """Les fichiers d'une archive reçue, dans l'ordre, après tous les contrôles de sûreté."""
    nom = "<archive>" if isinstance(source, bytes) else str(source)
    try:
        if isinstance(source, bytes):
            if len(source) > taille_max:
                raise ArchiveDangereuse(
                    nom, f"archive de {len(source)} octets, plus que {taille_max}."
                )
            tar = tarfile.open(fileobj=io.BytesIO(source), mode="r:*")  # noqa: SIM115 - fermé plus bas
        else:
            taille = Path(source).stat().st_size
            if taille > taille_max:
                raise ArchiveDangereuse(nom, f"archive de {taille} octets, plus que {taille_max}.")
            tar = tarfile.open(source, mode="r:*")  # noqa: SIM115 - fermé plus bas
    except OSError as erreur:
        raise FichierIllisible(nom, message_systeme(erreur) + ".") from None
    except tarfile.TarError as erreur:
        raise FichierIllisible(nom, f"archive illisible ({erreur}).") from None
    fichiers: list[tuple[str, bytes]] = []
    total = 0
    with tar:
        try:
            for numero, membre in enumerate(tar, start=1):
                if numero > membres_max:
                    raise ArchiveDangereuse(nom, f"plus de {membres_max} membres.")
                if membre.issym() or membre.islnk():
                    raise ArchiveDangereuse(
                        nom, f"membre « {membre.name} » : les liens sont refusés."
                    )
                if membre.isdir():
                    raise ArchiveDangereuse(
                        nom, f"membre « {membre.name} » : une archive ACTES n'a pas de dossier."
                    )
                if not membre.isfile():
                    raise ArchiveDangereuse(
                        nom, f"membre « {membre.name} » : pas un fichier ordinaire."
                    )
                if "/" in membre.name or "\\" in membre.name or membre.name.startswith(".."):
                    raise ArchiveDangereuse(
                        nom,
                        f"membre « {membre.name} » : chemin refusé (sortie de l'archive ou dossier).",
                    )
                sur = membre
                filtre = getattr(tarfile, "data_filter", None)  # Python ≥ 3.10.12 / 3.11.4
                if filtre is not None:
                    try:
                        sur = filtre(membre, "/nonexistent-extraction-root")
                    except tarfile.FilterError as erreur:
                        raise ArchiveDangereuse(
                            nom, f"membre « {membre.name} » refusé ({erreur})."
                        ) from None
                total += sur.size
                if sur.size > taille_max or total > taille_max:
                    raise ArchiveDangereuse(
                        nom, f"membre « {membre.name} » : contenu décompressé trop gros."
                    )
                flux = tar.extractfile(sur)
                contenu = flux.read(taille_max + 1) if flux is not None else b""
                if len(contenu) != sur.size:
                    raise ArchiveDangereuse(
                        nom, f"membre « {membre.name} » : taille annoncée fausse."
                    )
                fichiers.append((membre.name, contenu))
        except (tarfile.TarError, EOFError, OSError, ValueError) as erreur:
            raise FichierIllisible(nom, f"archive illisible ({type(erreur).__name__}).") from None
    return fichiers
