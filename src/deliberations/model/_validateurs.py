"""Convertisseurs et validateurs attrs partagés par les classes du modèle.

Les convertisseurs de texte neutralisent les caractères qu'aucun format ne doit porter
(contrôles, mise en forme bidirectionnelle, substituts isolés : voir
:func:`deliberations.texte.sans_invisibles`) ; le chargement JSON, lui, les refuse avec le
chemin de la valeur.

>>> texte("  Vote\x1b[31m  du\u202e budget ")
'Vote [31m du budget'
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from deliberations.erreurs import ErreurDeliberations
from deliberations.texte import espaces_normalises, sans_invisibles


class InvariantViole(ErreurDeliberations, ValueError):
    """Une valeur viole un invariant du modèle ; ``champ`` nomme l'attribut fautif."""

    def __init__(self, champ: str, message: str) -> None:
        self.champ = champ
        self.message = message
        super().__init__(f"{champ} : {message}")


def texte(valeur: str) -> str:
    """Convertisseur : blancs normalisés (une seule espace, pas de blancs aux extrémités)."""
    if not isinstance(valeur, str):
        raise TypeError(f"une chaîne de caractères est attendue, pas {type(valeur).__name__}")
    return espaces_normalises(sans_invisibles(valeur))


def texte_optionnel(valeur: str | None) -> str | None:
    """Comme :func:`texte`, mais ``None`` et la chaîne vide donnent ``None``."""
    if valeur is None:
        return None
    resultat = texte(valeur)
    return resultat or None


def texte_long_optionnel(valeur: str | None) -> str | None:
    """Texte multiligne : seuls les blancs aux extrémités sont retirés ; vide donne ``None``."""
    if valeur is None:
        return None
    if not isinstance(valeur, str):
        raise TypeError(f"une chaîne de caractères est attendue, pas {type(valeur).__name__}")
    return sans_invisibles(valeur).strip() or None


def textes_longs(valeur: Any) -> tuple[str, ...]:
    """Convertisseur : une liste de textes multilignes (caractères invisibles neutralisés)."""
    return tuple(
        sans_invisibles(v) if isinstance(v, str) else v for v in tuple_de(valeur)
    )


def non_vide(instance: Any, attribut: attrs.Attribute[str], valeur: str) -> None:
    """Validateur : la chaîne ne doit pas être vide."""
    if not valeur:
        raise InvariantViole(attribut.name, "la valeur ne peut pas être vide.")


def entier_positif_optionnel(
    instance: Any, attribut: attrs.Attribute[int | None], valeur: int | None
) -> None:
    """Validateur : ``None`` ou un entier (pas un booléen) supérieur ou égal à zéro."""
    if valeur is None:
        return
    if isinstance(valeur, bool) or not isinstance(valeur, int):
        raise InvariantViole(attribut.name, "un nombre entier est attendu.")
    if valeur < 0:
        raise InvariantViole(attribut.name, f"un décompte ne peut pas être négatif ({valeur}).")


def rang_optionnel(
    instance: Any, attribut: attrs.Attribute[int | None], valeur: int | None
) -> None:
    """Validateur : ``None`` ou un numéro d'ordre à partir de 1."""
    if valeur is None:
        return
    if isinstance(valeur, bool) or not isinstance(valeur, int) or valeur < 1:
        raise InvariantViole(attribut.name, f"un numéro de point commence à 1 ({valeur!r}).")


def periode(debut: str, fin: str) -> Any:
    """Validateur de classe : la date ``fin`` n'est pas antérieure à la date ``debut``."""

    def verifier(instance: Any, attribut: attrs.Attribute[Any], valeur: Any) -> None:
        d: dt.date | None = getattr(instance, debut)
        f: dt.date | None = getattr(instance, fin)
        if d is not None and f is not None and f < d:
            raise InvariantViole(
                fin, f"la fin ({f.isoformat()}) précède le début ({d.isoformat()})."
            )

    return verifier


def tuple_de(valeur: Any) -> tuple[Any, ...]:
    """Convertisseur : toute séquence (liste, tuple…) devient un tuple ; une chaîne est refusée."""
    if isinstance(valeur, (str, bytes)):
        raise TypeError("une liste est attendue, pas une chaîne de caractères")
    return tuple(valeur)
