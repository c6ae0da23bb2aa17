"""Texte d'un PDF d'extrait, colonnes comprises (extra ``pdf`` : pdfplumber), borné.

pdfplumber (au-dessus de pdfminer.six) est maintenu, en Python pur, et sa mise en page
``layout=True`` restitue les colonnes par des espaces à la bonne position : les suites
d'au moins trois espaces deviennent des tabulations, séparateur de cellules que
l'analyseur connaît (le tableau à deux colonnes absents/procurations de l'extrait de
Dijon). Les pages sont séparées par un saut de page (``\\f``), ce qui permet de retirer
en-têtes et pieds de page répétés.

``pdftotext -layout`` (poppler-utils) est plus de cent fois plus rapide
(``benchmarks/extrait_pdf.py`` : 11 pages/s contre 1 600) mais coupe les noms qui débordent
d'une colonne sur l'autre (le tableau absents/procurations à deux colonnes). Ces tableaux de
présence sont en tête du document : en mode ``auto``, quand les deux sont là, pdfplumber lit
les :attr:`LimitesPdf.pages_detaillees` premières pages (4) et pdftotext les suivantes (le
corps des délibérations) ; un procès-verbal de 300 pages se lit ainsi en une seconde au lieu
de trente. ``moteur="pdfplumber"`` ou ``"pdftotext"`` impose l'un des deux pour tout le
document (pdftotext est aussi pris seul quand pdfplumber manque).

Un PDF est une entrée non sûre : la lecture se fait dans un processus fils, avec une
limite de mémoire et de durée (:class:`LimitesPdf`), un nombre maximal de pages et
d'objets par page. Un document qui dépasse une borne donne un constat (pages non lues)
ou une :class:`~deliberations.erreurs.FichierIllisible` au message clair, jamais une
attente sans fin. Les avertissements de pdfminer ne sont pas écrits sur la sortie
d'erreur.
"""

from __future__ import annotations

import importlib.util
import logging
import multiprocessing
import os
import re
import shutil
import stat
import subprocess
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import attrs

from deliberations.erreurs import ErreurDeliberations, FichierIllisible, message_systeme
from deliberations.validation.rapport import Constat, Severite

__all__ = ["MEMOIRE_MAX", "LimitesPdf", "PdfIndisponible", "lire_pdf", "texte_pdf"]


MEMOIRE_MAX = 128 * 1024 * 1024
"""Mémoire (espace d'adresses) que la lecture d'un PDF peut ajouter à celle du processus qui
la demande (pdfplumber, dans un processus fils) ou employer en tout (pdftotext) : un PDF
ordinaire se lit avec moins de 100 Mo ; une « bombe » (un flux qui se décompresse en
gigaoctets) est arrêtée là, avec un message clair."""


class PdfIndisponible(ErreurDeliberations):
    """pdfplumber n'est pas installé (``pip install 'deliberations[pdf]'``)."""


@attrs.frozen
class LimitesPdf:
    """Bornes de lecture d'un PDF : taille du fichier (octets), pages, objets par page,
    durée totale (secondes), mémoire du processus de lecture (octets)."""

    taille_max: int = 50_000_000
    pages_max: int = 300
    objets_max: int = 200_000
    duree_max: float = 25.0
    memoire_max: int = MEMOIRE_MAX
    moteur: str = "auto"
    """``auto`` : pdfplumber (extra ``pdf``) pour les premières pages et ``pdftotext -layout``
    (poppler-utils) pour les suivantes quand les deux sont installés, sinon celui qui l'est ;
    ``pdftotext`` ou ``pdfplumber`` pour imposer l'un des deux."""
    pages_detaillees: int = 4
    """En mode ``auto`` : pages lues par pdfplumber (celles des listes de présence)."""
    duree_max_pdftotext: float = 4.0
    """Durée permise à pdftotext (plus de mille pages par seconde : 4 s suffisent largement à 300 pages ;
    un flux construit pour se décompresser en gigaoctets est arrêté là)."""


def _verifier_fichier(nom: str, limites: LimitesPdf) -> None:
    try:
        etat = os.stat(nom)
    except OSError as erreur:
        raise FichierIllisible(nom, message_systeme(erreur) + ".") from None
    if stat.S_ISDIR(etat.st_mode):
        raise FichierIllisible(nom, "c'est un dossier, pas un fichier PDF.")
    if not stat.S_ISREG(etat.st_mode):
        raise FichierIllisible(nom, "ce n'est pas un fichier ordinaire (périphérique, tube…).")
    if etat.st_size > limites.taille_max:
        raise FichierIllisible(
            nom,
            f"PDF trop volumineux ({etat.st_size} octets, au plus {limites.taille_max} permis).",
        )


def _message(erreur: BaseException) -> str:
    """Message français pour une exception de pdfminer/pdfplumber (cause comprise)."""
    causes = [erreur, erreur.__cause__, erreur.__context__, *getattr(erreur, "args", ())]
    noms = " ".join(type(c).__name__ for c in causes if isinstance(c, BaseException))
    if isinstance(erreur, MemoryError) or "MemoryError" in noms:
        return "PDF trop lourd : la mémoire permise pour sa lecture est dépassée."
    if "PDFPassword" in noms or "PDFEncryption" in noms:
        return "PDF protégé par un mot de passe : il ne peut pas être lu."
    return f"PDF illisible ou endommagé ({type(erreur).__name__})."


def _lire_pages(
    nom: str, limites: LimitesPdf
) -> tuple[list[str], list[tuple[str, str]], int]:
    """Les pages lues par pdfplumber (au plus ``pages_max``), les notes, le nombre de pages."""
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages: list[str] = []
    notes: list[tuple[str, str]] = []
    with pdfplumber.open(nom) as pdf:
        total = len(pdf.pages)
        if total > limites.pages_max:
            notes.append(
                (
                    "extrait.pdf-tronque",
                    f"Le PDF a {total} pages : seules les {limites.pages_max} premières sont lues.",
                )
            )
        for numero, page in enumerate(pdf.pages[: limites.pages_max], start=1):
            objets = sum(len(v) for v in page.objects.values())
            if objets > limites.objets_max:
                notes.append(
                    (
                        "extrait.pdf-page-ignoree",
                        f"Page {numero} : {objets} objets (au plus {limites.objets_max}) ; "
                        "elle n'est pas lue.",
                    )
                )
                pages.append("")
                continue
            texte = page.extract_text(layout=True) or ""
            lignes = [re.sub(r" {3,}", "\t", ligne).strip() for ligne in texte.splitlines()]
            pages.append("\n".join(lignes))
            page.flush_cache()
    return pages, notes, total


def _fils(nom: str, limites: LimitesPdf, sortie: Connection) -> None:  # pragma: no cover
    try:
        import resource

        deja = int(Path("/proc/self/statm").read_text().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        borne = deja + limites.memoire_max  # le fils hérite de la mémoire de son parent
        resource.setrlimit(resource.RLIMIT_AS, (borne, borne))
    except (ImportError, ValueError, OSError):
        pass
    nul = os.open(os.devnull, os.O_WRONLY)
    os.dup2(nul, 2)  # rien du fils (pdfminer, traces) sur la sortie d'erreur
    try:
        try:
            sortie.send(("ok", _lire_pages(nom, limites)))
        except BaseException as erreur:  # pdfminer lève des exceptions de types variés
            sortie.send(("erreur", _message(erreur)))
    except BaseException:
        os._exit(3)  # plus de mémoire même pour répondre : le parent le dira


def _dans_un_fils(nom: str, limites: LimitesPdf) -> Any:
    import pdfplumber  # noqa: F401 - importé avant le fork : le fils borné n'a rien à charger

    contexte = multiprocessing.get_context("fork")
    reception, envoi = contexte.Pipe(duplex=False)
    processus = contexte.Process(target=_fils, args=(nom, limites, envoi), daemon=True)
    processus.start()
    envoi.close()
    try:
        if not reception.poll(limites.duree_max):
            raise FichierIllisible(
                nom, f"lecture du PDF interrompue après {limites.duree_max:g} s (durée permise)."
            )
        return reception.recv()
    except EOFError:
        raise FichierIllisible(
            nom, "PDF trop lourd : la lecture s'est arrêtée (mémoire permise dépassée)."
        ) from None
    finally:
        if processus.is_alive():
            processus.kill()
        processus.join()
        reception.close()


def _bornes_fils(limites: LimitesPdf) -> None:  # pragma: no cover - dans le fils
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limites.memoire_max, limites.memoire_max))


def _poppler(nom: str, limites: LimitesPdf, premiere: int = 1) -> tuple[str, Any]:
    """``pdftotext -layout`` dans un processus borné (mémoire, durée, pages), à partir de la
    page ``premiere``."""
    commande = ["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(premiere)]
    commande += ["-l", str(limites.pages_max + 1), nom, "-"]
    duree = min(limites.duree_max, limites.duree_max_pdftotext)
    try:
        fini = subprocess.run(
            commande,
            capture_output=True,
            timeout=duree,
            preexec_fn=lambda: _bornes_fils(limites),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise FichierIllisible(
            nom, f"lecture du PDF interrompue après {duree:g} s (durée permise)."
        ) from None
    erreur = fini.stderr.decode("utf-8", errors="replace").lower()
    if fini.returncode != 0:
        if "password" in erreur:
            return "erreur", "PDF protégé par un mot de passe : il ne peut pas être lu."
        if fini.returncode < 0 or "memory" in erreur or "alloc" in erreur:
            return "erreur", "PDF trop lourd : la mémoire permise pour sa lecture est dépassée."
        return "erreur", "PDF illisible ou endommagé (pdftotext)."
    pages = fini.stdout.decode("utf-8", errors="replace").split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    notes: list[tuple[str, str]] = []
    if len(pages) > limites.pages_max - premiere + 1:
        pages = pages[: limites.pages_max - premiere + 1]
        notes.append(
            (
                "extrait.pdf-tronque",
                f"Le PDF a plus de {limites.pages_max} pages : seules les "
                f"{limites.pages_max} premières sont lues.",
            )
        )
    propres = [
        "\n".join(re.sub(r" {3,}", "\t", ligne).strip() for ligne in page.splitlines())
        for page in pages
    ]
    return "ok", (propres, notes, None)


def lire_pdf(
    chemin: str | os.PathLike[str], limites: LimitesPdf | None = None
) -> tuple[str, list[Constat]]:
    """Le texte d'un PDF et les constats de lecture (pages non lues), dans les bornes."""
    limites = limites or LimitesPdf()
    nom = str(chemin)
    _verifier_fichier(nom, limites)
    plumber = importlib.util.find_spec("pdfplumber") is not None
    poppler = shutil.which("pdftotext") is not None
    if limites.moteur == "pdftotext" or (limites.moteur == "auto" and not plumber and poppler):
        pages, notes, _ = _resultat(nom, _poppler(nom, limites))
    elif limites.moteur == "auto" and poppler and limites.pages_detaillees < limites.pages_max:
        pages, notes = _mixte(nom, limites)
    else:
        if not plumber:  # pragma: no cover - dépend de l'installation
            raise PdfIndisponible(
                "La lecture des PDF demande l'extra « pdf » : pip install 'deliberations[pdf]' "
                "(ou le programme pdftotext de poppler-utils)."
            )
        pages, notes, _ = _resultat(nom, _dans_un_fils(nom, limites))
    constats = [
        Constat(code=code, severite=Severite.AVERTISSEMENT, message=message, chemin="document")
        for code, message in notes
    ]
    return "\f".join(pages), constats


def _resultat(nom: str, reponse: tuple[str, Any]) -> Any:
    etat, valeur = reponse
    if etat != "ok":
        raise FichierIllisible(nom, str(valeur))
    return valeur


def _mixte(nom: str, limites: LimitesPdf) -> tuple[list[str], list[tuple[str, str]]]:
    """pdfplumber pour les premières pages, pdftotext pour les suivantes (même découpage en
    pages, mêmes tabulations) ; la durée permise vaut pour l'ensemble."""
    debut = time.monotonic()
    tete = attrs.evolve(limites, pages_max=limites.pages_detaillees)
    pages, notes, total = _resultat(nom, _dans_un_fils(nom, tete))
    notes = [n for n in notes if n[0] != "extrait.pdf-tronque"]
    if total <= limites.pages_detaillees:
        return pages, notes
    reste = max(limites.duree_max - (time.monotonic() - debut), 1.0)
    suite, notes_suite, _ = _resultat(
        nom, _poppler(nom, attrs.evolve(limites, duree_max=reste), limites.pages_detaillees + 1)
    )
    return pages + suite, notes + notes_suite


def texte_pdf(chemin: str | os.PathLike[str], limites: LimitesPdf | None = None) -> str:
    """Le texte d'un PDF, une page après l'autre, colonnes séparées par des tabulations."""
    return lire_pdf(Path(chemin), limites)[0]
