"""Traitement par lot : plusieurs fichiers ou un dossier, sur tous les cœurs.

Les commandes ``extrait lire``, ``valider`` et ``scdl valider`` acceptent plusieurs
fichiers ou des dossiers. Chaque document est traité dans un processus de travail
(`concurrent.futures.ProcessPoolExecutor`) ; un document qui échoue n'arrête pas le lot :
il reçoit la ligne « echec » du bilan, avec la raison. Une barre de progression s'affiche
sur la sortie d'erreur quand c'est un terminal, et seulement alors.

Le bilan a une ligne par document (CSV ``fichier,statut,deliberations,erreurs,
avertissements,message``), dans l'ordre des fichiers ; ``statut`` vaut :

- ``lu`` : document lu (ou vérifié) sans erreur ni avertissement ;
- ``constats`` : document lu, avec des constats (voir les colonnes ``erreurs`` et
  ``avertissements``) ;
- ``echec`` : document illisible ; ``message`` dit pourquoi.

>>> bilans = [Bilan("a.txt", "lu", 2, 0, 0, ""), Bilan("b.txt", "echec", 0, 0, 0, "vide")]
>>> for ligne in bilan_csv(bilans).splitlines():
...     print(ligne)
fichier,statut,deliberations,erreurs,avertissements,message
a.txt,lu,2,0,0,
b.txt,echec,0,0,0,vide
>>> code_de_sortie(bilans)
2
"""

from __future__ import annotations

import concurrent.futures
import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import attrs

from deliberations.cli.commun import SORTIE_CONSTATS, SORTIE_ILLISIBLE, SORTIE_OK
from deliberations.erreurs import ErreurDeliberations, FichierIllisible
from deliberations.fichiers import ecrire_atomique
from deliberations.validation import Rapport

__all__ = [
    "Bilan",
    "ajouter_options",
    "bilan_csv",
    "code_de_sortie",
    "ecrire_bilan",
    "est_un_lot",
    "executer_lot",
    "fichiers_du_lot",
    "rendre_lot",
    "sections_html",
]

LU = "lu"
CONSTATS = "constats"
ECHEC = "echec"


@attrs.frozen
class Bilan:
    """Le résultat d'un document du lot ; ``donnees`` porte ce que la commande en fait
    ensuite (la séance lue, le rapport…), et n'entre pas dans le bilan CSV."""

    fichier: str
    statut: str
    deliberations: int
    erreurs: int
    avertissements: int
    message: str
    donnees: Any = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def depuis_rapport(
        cls, fichier: str, rapport: Rapport, deliberations: int = 0, donnees: Any = None
    ) -> Bilan:
        """Bilan d'un document lu, d'après les constats de son rapport."""
        erreurs, avertissements = len(rapport.erreurs), len(rapport.avertissements)
        statut = CONSTATS if erreurs or avertissements or rapport.omis else LU
        premier = next(iter(rapport.filtrer(au_moins="avertissement")), None)
        message = premier.message if premier is not None else ""
        return cls(fichier, statut, deliberations, erreurs, avertissements, message, donnees)


def fichiers_du_lot(entrees: Sequence[str], extensions: tuple[str, ...]) -> list[str]:
    """Les fichiers à traiter : les fichiers donnés, et ceux des dossiers (récursivement,
    triés) dont l'extension est dans ``extensions``. Un chemin absent est gardé : il
    donnera une ligne « echec »."""
    fichiers: list[str] = []
    for entree in entrees:
        chemin = Path(entree)
        if chemin.is_dir():
            fichiers.extend(
                str(p)
                for p in sorted(chemin.rglob("*"))
                if p.is_file() and p.suffix.lower() in extensions
            )
        else:
            fichiers.append(entree)
    if not fichiers:
        raise FichierIllisible(
            ", ".join(entrees), f"aucun fichier à traiter ({', '.join(extensions)})"
        )
    return fichiers


def est_un_lot(entrees: Sequence[str]) -> bool:
    """Vrai s'il y a plusieurs entrées, ou un dossier."""
    return len(entrees) > 1 or any(Path(e).is_dir() for e in entrees)


def _protege(tache: Callable[[str], Bilan], fichier: str) -> Bilan:
    try:
        return tache(fichier)
    except ErreurDeliberations as erreur:
        message = erreur.message if isinstance(erreur, FichierIllisible) else str(erreur)
        return Bilan(fichier, ECHEC, 0, 0, 0, message)
    except Exception as erreur:  # un document ne doit pas arrêter le lot
        return Bilan(fichier, ECHEC, 0, 0, 0, f"erreur interne : {type(erreur).__name__} {erreur}")


class _Barre:
    def __init__(self, total: int) -> None:
        self.total = total
        self.actif = sys.stderr.isatty() and total > 0

    def avancer(self, fait: int) -> None:
        if self.actif:
            plein = 30 * fait // self.total
            sys.stderr.write(f"\r[{'#' * plein}{'.' * (30 - plein)}] {fait}/{self.total} fichiers")
            sys.stderr.flush()

    def fin(self) -> None:
        if self.actif:
            sys.stderr.write("\n")


def executer_lot(
    fichiers: Sequence[str],
    tache: Callable[[str], Bilan],
    travailleurs: int | None = None,
) -> Iterator[Bilan]:
    """Applique ``tache`` (une fonction de module, pour passer d'un processus à l'autre) à
    chaque fichier, sur ``travailleurs`` processus (tous les cœurs par défaut), et rend les
    bilans dans l'ordre des fichiers."""
    barre = _Barre(len(fichiers))
    nombre = min(travailleurs or os.cpu_count() or 1, max(len(fichiers), 1))
    if nombre <= 1:
        for rang, fichier in enumerate(fichiers, 1):
            yield _protege(tache, fichier)
            barre.avancer(rang)
        barre.fin()
        return
    with concurrent.futures.ProcessPoolExecutor(max_workers=nombre) as executeur:
        futurs = [executeur.submit(_protege, tache, f) for f in fichiers]
        for rang, (fichier, futur) in enumerate(zip(fichiers, futurs, strict=True), 1):
            try:
                yield futur.result()
            except BrokenProcessPool:
                yield Bilan(fichier, ECHEC, 0, 0, 0, "le processus de travail s'est arrêté")
            barre.avancer(rang)
    barre.fin()


def bilan_csv(bilans: Sequence[Bilan]) -> str:
    """Le bilan du lot, en CSV (une ligne par document ; fins de ligne CRLF comme le veut la
    RFC 4180, ce qui fait aussi mettre entre guillemets un champ contenant « \\r »)."""
    sortie = io.StringIO(newline="")
    ecrivain = csv.writer(sortie, lineterminator="\r\n")
    ecrivain.writerow(["fichier", "statut", "deliberations", "erreurs", "avertissements", "message"])
    for b in bilans:
        ecrivain.writerow(
            [b.fichier, b.statut, b.deliberations, b.erreurs, b.avertissements, b.message]
        )
    return sortie.getvalue()


def code_de_sortie(bilans: Sequence[Bilan]) -> int:
    """2 si un document a échoué, sinon 1 si un document a des erreurs, sinon 0."""
    if any(b.statut == ECHEC for b in bilans):
        return SORTIE_ILLISIBLE
    if any(b.erreurs for b in bilans):
        return SORTIE_CONSTATS
    return SORTIE_OK


def ecrire_bilan(bilans: Sequence[Bilan], chemin: str | None, ecraser: bool = False) -> None:
    """Écrit le bilan dans ``chemin`` (fichier temporaire renommé une fois complet, jamais
    d'écrasement sans ``ecraser``), ou sur la sortie standard si ``chemin`` est ``None``."""
    texte = bilan_csv(bilans)
    if chemin is None:
        sys.stdout.write(texte)
    else:
        ecrire_atomique(chemin, texte.encode("utf-8"), ecraser=ecraser)
    lus = sum(b.statut != ECHEC for b in bilans)
    print(
        f"{len(bilans)} document(s) : {lus} lu(s), {len(bilans) - lus} en échec, "
        f"{sum(b.statut == CONSTATS for b in bilans)} avec des constats.",
        file=sys.stderr,
    )


def sections_html(bilans: Sequence[Bilan]) -> list[tuple[str, Rapport]]:
    """Les sections du rapport HTML d'un lot : une par document ; ``donnees`` doit être le
    `Rapport` du document (un document en échec donne un constat ``lot.echec``)."""
    from deliberations.validation import Constat

    sections: list[tuple[str, Rapport]] = []
    for b in bilans:
        if b.statut == ECHEC or not isinstance(b.donnees, Rapport):
            echec = Constat(
                code="lot.echec", severite="erreur", message=f"Document illisible : {b.message}"
            )
            sections.append((b.fichier, Rapport([echec])))
        else:
            sections.append((b.fichier, b.donnees))
    return sections


def ajouter_options(parseur: Any) -> None:
    """Les options communes du traitement par lot."""
    parseur.add_argument(
        "--bilan", metavar="BILAN.csv", help="lot : fichier du bilan (sortie standard sinon)"
    )
    parseur.add_argument(
        "--travailleurs", type=int, help="lot : nombre de processus (tous les cœurs par défaut)"
    )
    parseur.add_argument(
        "--force", action="store_true", help="lot : remplace les fichiers de sortie existants"
    )


def rendre_lot(
    bilans: Sequence[Bilan], format_: str, bilan: str | None, titre: str, ecraser: bool = False
) -> int:
    """Sortie d'un lot de vérifications selon ``--format`` : ``html`` une page (une section
    par document), ``json`` la liste des bilans avec leurs rapports, sinon le bilan CSV ;
    ``--bilan`` écrit en plus le bilan CSV. Renvoie le code de sortie du lot."""
    if format_ == "html":
        from deliberations.rapport_html import vers_html

        print(vers_html(sections_html(bilans), titre=titre))
    elif format_ == "json":
        donnees = [
            {
                "fichier": b.fichier,
                "statut": b.statut,
                "message": b.message,
                **(b.donnees.vers_dict() if isinstance(b.donnees, Rapport) else {}),
            }
            for b in bilans
        ]
        print(json.dumps(donnees, ensure_ascii=False, indent=2))
    if format_ in ("html", "json"):
        if bilan:
            ecrire_bilan(bilans, bilan, ecraser)
    else:
        ecrire_bilan(bilans, bilan, ecraser)
    return code_de_sortie(bilans)
