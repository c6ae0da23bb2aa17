"""Outils partagés par les sous-commandes : exécution, erreurs, sortie standard, codes de sortie.

**La règle des codes de sortie, la même pour toutes les commandes :**

=====  =====================================================================================
code   sens
=====  =====================================================================================
0      tout va bien (données lues en entier, aucune erreur)
1      les données ont été lues, et des erreurs y ont été trouvées (constats de sévérité
       « erreur », ou avertissements qui empêchent de tout comprendre)
2      l'entrée est illisible (absente, dossier, fichier spécial, trop grande, encodage ou
       syntaxe invalides, aucune donnée n'a pu en être tirée), la commande est mal formée, ou la
       sortie ne peut pas être écrite (disque plein, encodage du terminal, fichier existant)
70     erreur interne de la bibliothèque (un défaut à signaler) ; le détail avec ``--debug``
130    interrompu (Ctrl-C)
=====  =====================================================================================

Une action de sous-commande ne décide que de 0 ou 1 : pour un contenu illisible, elle lève une
:class:`~deliberations.erreurs.FichierIllisible` (ou toute autre
:class:`~deliberations.erreurs.ErreurDeliberations`) et :func:`executer` donne le code 2 avec
une ligne en français. Elle n'attrape jamais les autres exceptions : :func:`executer` les
transforme en erreur interne (code 70, une ligne, la trace seulement sous ``--debug``).

La sortie standard est protégée pendant l'action : un tube fermé (``| head -1``) termine la
commande en silence, avec son code habituel ; un disque plein (``/dev/full``) ou un encodage
qui ne peut pas écrire le français (``PYTHONIOENCODING=ascii``) donne une ligne claire et le
code 2.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from typing import Any

from deliberations.erreurs import ErreurDeliberations, message_exception
from deliberations.fichiers import lire_taille, taille_lisible, taille_max
from deliberations.texte import echappe_invisibles, sans_accents

__all__ = [
    "SORTIE_CONSTATS",
    "SORTIE_ILLISIBLE",
    "SORTIE_INTERNE",
    "SORTIE_OK",
    "SortieImpossible",
    "executer",
    "option_taille_max",
    "proteger",
    "taille_option",
    "texte_affichable",
]

SORTIE_OK = 0
SORTIE_CONSTATS = 1
SORTIE_ILLISIBLE = 2
SORTIE_INTERNE = 70  # EX_SOFTWARE de sysexits.h
SORTIE_INTERROMPUE = 130

Action = Callable[[argparse.Namespace], int]


def texte_affichable(texte: str) -> str:
    """Le texte, avec les caractères de contrôle et bidirectionnels écrits ``\\u202e`` : rien
    de ce qu'une donnée contient ne pilote le terminal.

    >>> texte_affichable("rouge \\x1b[31m et \\u202eà l'envers")
    "rouge \\\\x1b[31m et \\\\u202eà l'envers"
    """
    return echappe_invisibles(texte)


def taille_option(texte: str) -> int:
    """Type ``argparse`` d'une option de taille (``500k``, ``20M``, ``1G``)."""
    try:
        return lire_taille(texte)
    except ValueError as erreur:
        raise argparse.ArgumentTypeError(str(erreur)) from None


def option_taille_max(parseur: argparse.ArgumentParser, nature: str) -> None:
    """Ajoute ``--taille-max TAILLE`` : la taille maximale de l'entrée (nature ``nature`` de
    :func:`deliberations.fichiers.taille_max`), vérifiée avant toute lecture."""
    parseur.add_argument(
        "--taille-max",
        type=taille_option,
        default=taille_max(nature),
        metavar="TAILLE",
        help=f"taille maximale de l'entrée, vérifiée avant de la lire (défaut : "
        f"{taille_lisible(taille_max(nature))} ; exemples : 500k, 20M, 1G)",
    )


class SortieImpossible(ErreurDeliberations):
    """La sortie standard ne peut pas recevoir le texte (disque plein, encodage)."""


class _SortieProtegee:
    """Enveloppe de ``sys.stdout`` : tube fermé ignoré, autres échecs en erreur française."""

    def __init__(self, flux: Any) -> None:
        self._flux = flux
        self.fermee = False

    def _fermer(self) -> None:
        # Le lecteur est parti : la suite est jetée (y compris le vidage en fin de processus).
        self.fermee = True
        with contextlib.suppress(OSError, ValueError, AttributeError):
            descripteur = os.open(os.devnull, os.O_WRONLY)
            os.dup2(descripteur, self._flux.fileno())
            os.close(descripteur)

    def _proteger(self, operation: Callable[[], Any]) -> Any:
        if self.fermee:
            return None
        try:
            return operation()
        except BrokenPipeError:
            self._fermer()
        except UnicodeEncodeError as erreur:
            caractere = erreur.object[erreur.start : erreur.start + 1]
            encodage = getattr(self._flux, "encoding", None) or erreur.encoding
            raise SortieImpossible(
                f"la sortie standard (encodage {encodage}) ne peut pas écrire le caractère "
                f"U+{ord(caractere):04X} : relancez avec PYTHONIOENCODING=utf-8 ou une "
                "locale UTF-8."
            ) from None
        except OSError as erreur:
            self._fermer()
            raise SortieImpossible(
                f"écriture impossible sur la sortie standard : {message_exception(erreur)}."
            ) from None
        return None

    def write(self, texte: Any) -> int:
        self._proteger(lambda: self._flux.write(texte))
        return len(texte)

    @property
    def buffer(self) -> Any:
        """Le flux binaire sous-jacent, protégé de la même façon."""
        return _SortieProtegee(self._flux.buffer)

    def flush(self) -> None:
        self._proteger(self._flux.flush)

    def __getattr__(self, nom: str) -> Any:
        return getattr(self._flux, nom)


@contextlib.contextmanager
def _sortie_protegee() -> Iterator[_SortieProtegee]:
    originale, erreurs = sys.stdout, sys.stderr
    protegee = _SortieProtegee(originale)
    sys.stdout = protegee
    sys.stderr = _ErreurAffichable(erreurs)
    try:
        yield protegee
        protegee.flush()
    finally:
        sys.stdout, sys.stderr = originale, erreurs


class _ErreurAffichable:
    """Enveloppe de ``sys.stderr`` (lue par un humain seulement) : les caractères de contrôle
    et bidirectionnels des rapports y sont écrits ``\\x1b``, ``\\u202e``, jamais bruts ; un
    échec d'écriture n'interrompt pas la commande."""

    def __init__(self, flux: Any) -> None:
        self._flux = flux

    def write(self, texte: str) -> int:
        with contextlib.suppress(OSError, ValueError):
            self._flux.write(_encodable(echappe_invisibles(texte), self._flux))
        return len(texte)

    def flush(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._flux.flush()

    def __getattr__(self, nom: str) -> Any:
        return getattr(self._flux, nom)


def _encodable(texte: str, flux: Any) -> str:
    """Le texte sans accents si le flux ne peut pas les écrire (``PYTHONIOENCODING=ascii``),
    plutôt que des ``\\xe9`` illisibles."""
    try:
        texte.encode(getattr(flux, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return sans_accents(texte).replace("«", '"').replace("»", '"')
    return texte


def _signaler(message: str) -> None:
    """Écrit le message d'erreur (une ligne) ; sans accents si la sortie d'erreur ne peut pas
    les écrire (``PYTHONIOENCODING=ascii``), plutôt que des ``\\xe9`` illisibles."""
    ligne = _encodable(f"deliberations : {message}\n", sys.stderr)
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(ligne)


def executer(arguments: argparse.Namespace) -> int:
    """Lance l'action de la sous-commande et applique la règle des codes de sortie."""
    action: Action = arguments.action
    return proteger(lambda: action(arguments), debug=bool(getattr(arguments, "debug", False)))


def proteger(fonction: Callable[[], int], *, debug: bool = False) -> int:
    """Exécute ``fonction`` (qui renvoie un code de sortie), sortie standard protégée, et
    traduit toute exception en une ligne française et un code de sortie (voir la règle)."""
    try:
        with _sortie_protegee():
            return fonction()
    except ErreurDeliberations as erreur:
        if debug:
            traceback.print_exc()
        _signaler(texte_affichable(str(erreur)))
        return SORTIE_ILLISIBLE
    except KeyboardInterrupt:
        _signaler("interrompu.")
        return SORTIE_INTERROMPUE
    except (MemoryError, RecursionError) as erreur:
        if debug:
            traceback.print_exc()
        _signaler(f"{message_exception(erreur)} ; entrée refusée.")
        return SORTIE_ILLISIBLE
    except BrokenPipeError:  # écrit hors de sys.stdout : même silence
        _SortieProtegee(sys.stdout)._fermer()
        return SORTIE_OK
    except OSError as erreur:  # l'environnement (disque, périphérique), pas un défaut
        if debug:
            traceback.print_exc()
        _signaler(f"entrée-sortie impossible : {message_exception(erreur)}.")
        return SORTIE_ILLISIBLE
    except SystemExit as sortie:
        return sortie.code if isinstance(sortie.code, int) else SORTIE_ILLISIBLE
    except Exception as erreur:
        if debug:
            traceback.print_exc()
        _signaler(
            f"erreur interne ({type(erreur).__name__}) : un défaut de deliberations, à "
            "signaler ; relancez avec --debug pour le détail."
        )
        return SORTIE_INTERNE
