"""Constats et rapports : le résultat de toute vérification de la bibliothèque.

Un :class:`Constat` a un code stable (``quorum.non-atteint``), une sévérité, un message en
français avec les chiffres en cause, le chemin de l'objet concerné et, s'il y a lieu, la
référence juridique. Un :class:`Rapport` en est la liste ordonnée.

>>> r = Rapport([Constat(code="quorum.non-atteint", severite=Severite.ERREUR,
...     message="40 présents sur 86 membres en exercice, 44 requis.",
...     chemin="deliberations[0]", article="CGCT art. L2121-17")])
>>> r.ok, len(r.erreurs), [c.code for c in r]
(False, 1, ['quorum.non-atteint'])
>>> print(r.vers_texte())
ERREUR quorum.non-atteint [deliberations[0]] 40 présents sur 86 membres en exercice, 44 requis. (CGCT art. L2121-17)
1 erreur, 0 avertissement, 0 information.
"""

from __future__ import annotations

import enum
import warnings
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from deliberations.erreurs import EnumerationFrancaise

__all__ = ["Constat", "Rapport", "Severite"]


class Severite(EnumerationFrancaise, str, enum.Enum):
    """Gravité d'un constat."""

    ERREUR = "erreur"
    AVERTISSEMENT = "avertissement"
    INFO = "info"

    @property
    def rang(self) -> int:
        """0 pour une erreur, 1 pour un avertissement, 2 pour une information."""
        return {Severite.ERREUR: 0, Severite.AVERTISSEMENT: 1, Severite.INFO: 2}[self]


def _details(
    valeur: Iterable[tuple[str, Any]] | dict[str, Any] | None,
) -> tuple[tuple[str, Any], ...]:
    if valeur is None:
        return ()
    if isinstance(valeur, dict):
        return tuple(valeur.items())
    return tuple(valeur)


@attrs.frozen(kw_only=True)
class Constat:
    """Une observation sur les données.

    ``chemin`` désigne l'objet concerné (``deliberations[0].scrutins[0]``,
    ``procurations[3]``, ou pour un fichier ``ligne 12, colonne DELIB_DATE``) ; ``details``
    porte les valeurs utiles à une machine (chiffres, valeur fautive).
    """

    code: str
    severite: Severite = attrs.field(converter=Severite)
    message: str
    chemin: str = ""
    article: str | None = None
    details: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_details)

    def to_dict(self) -> dict[str, Any]:
        """Ancien nom de `vers_dict` (déprécié)."""
        warnings.warn("to_dict() est dépréciée : utilisez vers_dict().", DeprecationWarning, 2)
        return self.vers_dict()

    def vers_dict(self) -> dict[str, Any]:
        """Dictionnaire JSON du constat."""
        resultat: dict[str, Any] = {
            "code": self.code,
            "severite": self.severite.value,
            "message": self.message,
            "chemin": self.chemin,
        }
        if self.article:
            resultat["article"] = self.article
        if self.details:
            resultat["details"] = {k: _json(v) for k, v in self.details}
        return resultat

    def vers_texte(self) -> str:
        """Une ligne lisible."""
        lieu = f" [{self.chemin}]" if self.chemin else ""
        article = f" ({self.article})" if self.article else ""
        return f"{self.severite.value.upper()} {self.code}{lieu} {self.message}{article}"


def _json(valeur: Any) -> Any:
    if isinstance(valeur, (str, int, float, bool)) or valeur is None:
        return valeur
    if isinstance(valeur, (list, tuple)):
        return [_json(v) for v in valeur]
    return str(valeur)


def _pluriel(n: int, mot: str) -> str:
    return f"{n} {mot}{'s' if n > 1 else ''}"


def _constats(valeur: Iterable[Constat]) -> tuple[Constat, ...]:
    return tuple(valeur)


@attrs.frozen
class Rapport:
    """Liste ordonnée de constats, itérable et filtrable.

    ``omis`` compte les constats non conservés (quand une limite a été fixée) ;
    ``statistiques`` porte des compteurs propres à la vérification (lignes lues…).
    """

    constats: tuple[Constat, ...] = attrs.field(default=(), converter=_constats)
    omis: int = 0
    statistiques: tuple[tuple[str, int], ...] = attrs.field(default=(), converter=_details)

    def __iter__(self) -> Iterator[Constat]:
        return iter(self.constats)

    def __len__(self) -> int:
        return len(self.constats)

    def __bool__(self) -> bool:
        return bool(self.constats)

    @property
    def ok(self) -> bool:
        """Vrai si le rapport ne contient aucune erreur (les avertissements sont permis)."""
        return not any(c.severite is Severite.ERREUR for c in self.constats)

    @property
    def erreurs(self) -> tuple[Constat, ...]:
        """Les constats de sévérité « erreur »."""
        return self.filtrer(Severite.ERREUR).constats

    @property
    def avertissements(self) -> tuple[Constat, ...]:
        """Les constats de sévérité « avertissement »."""
        return self.filtrer(Severite.AVERTISSEMENT).constats

    @property
    def infos(self) -> tuple[Constat, ...]:
        """Les constats de sévérité « info »."""
        return self.filtrer(Severite.INFO).constats

    def codes(self) -> list[str]:
        """Les codes des constats, dans l'ordre."""
        return [c.code for c in self.constats]

    def filtrer(
        self,
        severite: Severite | str | None = None,
        *,
        au_moins: Severite | str | None = None,
        prefixe: str | None = None,
    ) -> Rapport:
        """Sous-rapport : une sévérité exacte, une sévérité minimale, ou un préfixe de code.

        >>> r = Rapport([Constat(code="a.b", severite="info", message="m")])
        >>> len(r.filtrer("erreur")), len(r.filtrer(prefixe="a.")), len(r.filtrer(au_moins="avertissement"))
        (0, 1, 0)
        """
        exacte = Severite(severite) if severite is not None else None
        minimale = Severite(au_moins) if au_moins is not None else None
        return Rapport(
            [
                c
                for c in self.constats
                if (exacte is None or c.severite is exacte)
                and (minimale is None or c.severite.rang <= minimale.rang)
                and (prefixe is None or c.code.startswith(prefixe))
            ],
            self.omis,
            self.statistiques,
        )

    def __add__(self, autre: Rapport) -> Rapport:
        stats = dict(self.statistiques)
        for cle, valeur in autre.statistiques:
            stats[cle] = stats.get(cle, 0) + valeur
        return Rapport(self.constats + autre.constats, self.omis + autre.omis, stats)

    def resume(self) -> dict[str, int]:
        """Nombre de constats par sévérité."""
        return {s.value: sum(1 for c in self.constats if c.severite is s) for s in Severite}

    def to_dict(self) -> dict[str, Any]:
        """Ancien nom de `vers_dict` (déprécié)."""
        warnings.warn("to_dict() est dépréciée : utilisez vers_dict().", DeprecationWarning, 2)
        return self.vers_dict()

    def vers_dict(self) -> dict[str, Any]:
        """Dictionnaire JSON du rapport."""
        resultat: dict[str, Any] = {
            "ok": self.ok,
            "resume": self.resume(),
            "constats": [c.vers_dict() for c in self.constats],
        }
        if self.omis:
            resultat["omis"] = self.omis
        if self.statistiques:
            resultat["statistiques"] = dict(self.statistiques)
        return resultat

    def vers_texte(self) -> str:
        """Le rapport lisible : une ligne par constat, puis le bilan."""
        resume = self.resume()
        lignes = [c.vers_texte() for c in self.constats]
        bilan = (
            f"{_pluriel(resume['erreur'], 'erreur')}, "
            f"{_pluriel(resume['avertissement'], 'avertissement')}, "
            f"{_pluriel(resume['info'], 'information')}."
        )
        if self.omis:
            bilan += f" {self.omis} autre(s) constat(s) non affiché(s) (limite atteinte)."
        lignes.append(bilan)
        return "\n".join(lignes)
