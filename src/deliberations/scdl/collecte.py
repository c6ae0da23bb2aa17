"""Collecte bornée des constats d'un fichier : tout est compté, une partie seulement est gardée.

La limite porte sur les erreurs ; les avertissements et informations sont gardés jusqu'au
même plafond. Quelle que soit la limite demandée (``0`` ou ``None`` : « toutes »), au plus
:data:`PLAFOND_CONSTATS` constats de chaque sorte sont gardés en mémoire ; les comptes, eux,
restent exacts (par code, erreurs, erreurs hors profil strict), et le verdict vient des comptes.

>>> c = Collecteur(limite=1)
>>> for i in range(3):
...     c.erreur("type-error", i + 2, "DELIB_DATE", "Date illisible.", "x")
>>> len(c.constats), c.omis, c.erreurs, c.par_code["type-error"]
(1, 2, 3, 3)
>>> c.plein, c.compter_erreurs("missing-cell", 16), c.erreurs, c.omis
(True, None, 19, 18)
>>> c.compter_plusieurs([("blank-row", Severite.ERREUR), ("reparation.date", Severite.INFO)])
[1]

Les constats d'une ligne qui se répète (mêmes codes) se comptent d'un coup quand aucun ne
serait gardé : :func:`resumer` les résume une fois, :meth:`Collecteur.compter_en_bloc` les
compte autant de fois qu'il faut, avec les mêmes comptes qu'un à un.

>>> r = resumer([("type-error", Severite.ERREUR), ("reparation.date", Severite.INFO)])
>>> r
(1, 1, 1, (('type-error', 1), ('reparation.date', 1)))
>>> d = Collecteur(limite=1)
>>> d.sature(r)
False
>>> d.compter_plusieurs([("type-error", Severite.ERREUR), ("reparation.espaces", Severite.INFO)])
[0, 1]
>>> d.sature(r), d.compter_en_bloc(r, 1000), d.erreurs, d.autres, d.omis, d.par_code["type-error"]
(True, None, 1001, 1001, 2000, 1001)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["PLAFOND_CONSTATS", "Collecteur", "Resume", "resumer"]

PLAFOND_CONSTATS = 10_000
"""Nombre maximal de constats gardés en mémoire par sorte (erreurs ; autres), quelle que soit
la limite demandée."""


Resume = tuple[int, int, int, tuple[tuple[str, int], ...]]
"""Les constats d'une ligne résumés : erreurs, erreurs hors profil strict, autres constats,
et nombre par code (dans l'ordre de première apparition)."""


def resumer(codes: Iterable[tuple[str, Severite]]) -> Resume:
    """Le :data:`Resume` de constats donnés par leur code et leur sévérité."""
    erreurs = officielles = autres = 0
    par_code: dict[str, int] = {}
    for code, severite in codes:
        par_code[code] = par_code.get(code, 0) + 1
        if severite is Severite.ERREUR:
            erreurs += 1
            if not code.startswith("strict."):
                officielles += 1
        else:
            autres += 1
    return erreurs, officielles, autres, tuple(par_code.items())


class Collecteur:
    """Garde au plus ``limite`` erreurs (et autant d'autres constats), compte tout."""

    def __init__(self, limite: int | None) -> None:
        self.limite = (
            PLAFOND_CONSTATS if not limite or limite < 0 else min(limite, PLAFOND_CONSTATS)
        )
        self.constats: list[Constat] = []
        self.omis = 0
        self.erreurs = 0
        self.officielles = 0
        self.autres = 0
        self.par_code: Counter[str] = Counter()

    def place(self, erreur: bool) -> bool:
        """Compte un constat à venir ; vrai s'il faut le garder."""
        if erreur:
            self.erreurs += 1
            garder = self.erreurs <= self.limite
        else:
            self.autres += 1
            garder = self.autres <= self.limite
        if not garder:
            self.omis += 1
        return garder

    @property
    def plein(self) -> bool:
        """Vrai quand plus aucune erreur ne sera gardée (seulement comptée)."""
        return self.erreurs >= self.limite

    def compter_erreurs(self, code: str, nombre: int) -> None:
        """Compte d'un coup ``nombre`` erreurs ``code`` quand le collecteur est :attr:`plein`
        (aucun constat n'est construit : une ligne de 2 octets en produit des dizaines)."""
        if not self.plein:
            raise ValueError("compter_erreurs suppose un collecteur plein.")
        self.par_code[code] += nombre
        if not code.startswith("strict."):
            self.officielles += nombre
        self.erreurs += nombre
        self.omis += nombre

    def compter(self, code: str, severite: Severite) -> bool:
        """Compte un constat ; vrai s'il faut le garder (l'appelant l'ajoute à ``constats``)."""
        self.par_code[code] += 1
        erreur = severite is Severite.ERREUR
        if erreur and not code.startswith("strict."):
            self.officielles += 1
        return self.place(erreur)

    def compter_plusieurs(self, codes: Iterable[tuple[str, Severite]]) -> list[int]:
        """Compte des constats (code et sévérité) ; les rangs de ceux à garder."""
        return [rang for rang, (code, severite) in enumerate(codes) if self.compter(code, severite)]

    def sature(self, resume: Resume) -> bool:
        """Vrai si aucun des constats résumés ne serait gardé (leurs sortes ont atteint la
        limite) ; cela reste vrai ensuite (les comptes ne font que croître)."""
        erreurs, _officielles, autres, _par_code = resume
        return (not erreurs or self.erreurs >= self.limite) and (
            not autres or self.autres >= self.limite
        )

    def compter_en_bloc(self, resume: Resume, fois: int) -> None:
        """Compte ``fois`` les constats résumés, quand le collecteur est :meth:`sature` pour
        eux : mêmes comptes que ``fois`` appels de :meth:`compter` sur chacun, rien de gardé."""
        if not self.sature(resume):
            raise ValueError("compter_en_bloc suppose un collecteur saturé pour ces constats.")
        erreurs, officielles, autres, par_code = resume
        self.erreurs += erreurs * fois
        self.officielles += officielles * fois
        self.autres += autres * fois
        self.omis += (erreurs + autres) * fois
        for code, nombre in par_code:
            self.par_code[code] += nombre * fois

    def ajouter(self, constat: Constat) -> None:
        """Ajoute un constat (ou le compte seulement, au-delà de la limite)."""
        if self.compter(constat.code, constat.severite):
            self.constats.append(constat)

    def erreur(self, code: str, ligne: int, colonne: str, message: str, valeur: str) -> None:
        """Une erreur de cellule ; le constat n'est construit que s'il est gardé."""
        self.par_code[code] += 1
        if not code.startswith("strict."):
            self.officielles += 1
        if self.place(True):
            self.constats.append(
                Constat(
                    code=code,
                    severite=Severite.ERREUR,
                    message=message,
                    chemin=f"ligne {ligne}, colonne {colonne}" if colonne else f"ligne {ligne}",
                    details={"ligne": ligne, "colonne": colonne, "valeur": valeur[:200]},
                )
            )

    def rapport(self, **statistiques: int) -> Rapport:
        """Le rapport : constats gardés, nombre d'omis, comptes exacts."""
        stats: dict[str, Any] = {
            **statistiques,
            "erreurs": self.erreurs,
            "erreurs.officielles": self.officielles,
            **{f"constats.{k}": v for k, v in sorted(self.par_code.items())},
        }
        return Rapport(self.constats, self.omis, stats)
