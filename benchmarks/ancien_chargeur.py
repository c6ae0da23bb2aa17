"""L'ancien chargeur JSON (avant la compilation par classe), gardé pour la comparaison de
``benchmarks/chargement.py`` : il interroge ``typing`` pour chaque champ de chaque objet."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import types
import typing
from typing import Any, TypeVar

import attrs

from deliberations.erreurs import DonneesInvalides, ErreurDeliberations
from deliberations.model._validateurs import InvariantViole

T = TypeVar("T")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEURE = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")


@functools.cache
def _types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _nom_type(valeur: object) -> str:
    return type(valeur).__name__


def _joindre(chemin: str, nom: str) -> str:
    return f"{chemin}.{nom}" if chemin else nom


# --------------------------------------------------------------------------- lecture


def _est_optionnel(tp: Any) -> tuple[bool, Any]:
    origine = typing.get_origin(tp)
    if origine is typing.Union or origine is types.UnionType:
        arguments = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(arguments) != len(typing.get_args(tp)) and len(arguments) == 1:
            return True, arguments[0]
    return False, tp


def _lire(tp: Any, valeur: Any, chemin: str) -> Any:
    optionnel, tp = _est_optionnel(tp)
    if valeur is None:
        if optionnel:
            return None
        raise DonneesInvalides(chemin, "une valeur est obligatoire (null n'est pas permis).")
    origine = typing.get_origin(tp)
    if origine is tuple:
        (element, _points) = typing.get_args(tp)
        if not isinstance(valeur, list):
            raise DonneesInvalides(chemin, f"une liste est attendue, pas {_nom_type(valeur)}.")
        return tuple(_lire(element, v, f"{chemin}[{i}]") for i, v in enumerate(valeur))
    if isinstance(tp, type) and attrs.has(tp):
        return ancien_depuis_dict(tp, valeur, chemin)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        permis = [m.value for m in tp]
        if type(valeur) not in (str, int) or valeur not in permis:
            liste = ", ".join(repr(p) for p in permis)
            raise DonneesInvalides(
                chemin, f"valeur {valeur!r} inconnue ; valeurs permises : {liste}."
            )
        return tp(valeur)
    if tp is bool:
        if not isinstance(valeur, bool):
            raise DonneesInvalides(chemin, f"un booléen est attendu, pas {_nom_type(valeur)}.")
        return valeur
    if tp is int:
        if isinstance(valeur, bool) or not isinstance(valeur, int):
            raise DonneesInvalides(
                chemin, f"un nombre entier est attendu, pas {_nom_type(valeur)}."
            )
        return valeur
    if tp is dt.date:
        if not isinstance(valeur, str) or not _DATE.match(valeur):
            raise DonneesInvalides(chemin, f"une date AAAA-MM-JJ est attendue, pas {valeur!r}.")
        try:
            return dt.date.fromisoformat(valeur)
        except ValueError:
            raise DonneesInvalides(chemin, f"la date {valeur} n'existe pas.") from None
    if tp is dt.time:
        if not isinstance(valeur, str) or not _HEURE.match(valeur):
            raise DonneesInvalides(chemin, f"une heure HH:MM est attendue, pas {valeur!r}.")
        try:
            return dt.time.fromisoformat(valeur)
        except ValueError:
            raise DonneesInvalides(chemin, f"l'heure {valeur} n'existe pas.") from None
    if isinstance(tp, type) and issubclass(tp, str):
        if not isinstance(valeur, str):
            raise DonneesInvalides(
                chemin, f"une chaîne de caractères est attendue, pas {_nom_type(valeur)}."
            )
        if tp is str:
            return valeur
        try:
            return tp(valeur)
        except ErreurDeliberations as erreur:
            raise DonneesInvalides(chemin, str(erreur)) from None
    raise TypeError(f"type non pris en charge : {tp!r}")  # pragma: no cover - erreur interne


def ancien_depuis_dict(cls: type[T], donnees: Any, chemin: str = "") -> T:
    """Construit un objet du modèle depuis un dictionnaire JSON.

    Lève :class:`~deliberations.erreurs.DonneesInvalides` (avec le chemin de la valeur
    fautive) pour un type inattendu, un champ obligatoire absent, un champ inconnu ou un
    invariant violé.
    """
    if not isinstance(donnees, dict):
        raise DonneesInvalides(chemin, f"un objet est attendu, pas {_nom_type(donnees)}.")
    champs = attrs.fields_dict(cls)  # type: ignore[arg-type]
    for cle in donnees:
        if cle not in champs:
            connus = ", ".join(champs)
            raise DonneesInvalides(
                _joindre(chemin, str(cle)), f"champ inconnu (champs permis : {connus})."
            )
    hints = _types(typing.cast(type, cls))
    arguments: dict[str, Any] = {}
    for nom, champ in champs.items():
        sous_chemin = _joindre(chemin, nom)
        if nom in donnees:
            arguments[nom] = _lire(hints[nom], donnees[nom], sous_chemin)
        elif champ.default is attrs.NOTHING:
            raise DonneesInvalides(sous_chemin, "champ obligatoire manquant.")
    try:
        return cls(**arguments)
    except InvariantViole as erreur:
        raise DonneesInvalides(_joindre(chemin, erreur.champ), erreur.message) from None
    except (ErreurDeliberations, ValueError, TypeError) as erreur:
        raise DonneesInvalides(chemin, str(erreur)) from None
