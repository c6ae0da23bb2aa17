"""Enregistrement JSON du modèle, sans perte, et chargement avec erreurs localisées.

:func:`vers_dict` transforme un objet du modèle en dictionnaire JSON (les champs égaux à
leur valeur par défaut sont omis) ; :func:`depuis_dict` fait l'inverse et lève
:class:`~deliberations.erreurs.DonneesInvalides` en nommant le chemin exact de la valeur
fautive. Aucun champ inconnu n'est ignoré en silence : il est refusé.

>>> from deliberations.model import Elu, Procuration, Registre
>>> p = Procuration(mandant=Elu(nom="A"), mandataire=Elu(nom="B"))
>>> vers_dict(p)
{'mandant': {'nom': 'A'}, 'mandataire': {'nom': 'B'}}
>>> depuis_dict(Procuration, vers_dict(p)) == p
True
>>> depuis_dict(Registre, {"seances": [{"date": "2024-09-26"}]})
Traceback (most recent call last):
    ...
deliberations.erreurs.DonneesInvalides: seances[0].assemblee : champ obligatoire manquant.
>>> depuis_dict(Procuration, {"mandant": {"nom": "A"}, "mandataire": {"nom": 3}})
Traceback (most recent call last):
    ...
deliberations.erreurs.DonneesInvalides: mandataire.nom : une chaîne de caractères est attendue, pas un nombre.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import re
import types
import typing
import warnings
from pathlib import Path
from typing import Any, TypeVar

import attrs

from deliberations.erreurs import (
    DonneesInvalides,
    ErreurDeliberations,
    FichierIllisible,
    message_systeme,
)
from deliberations.model._validateurs import InvariantViole
from deliberations.model.seance import Registre, Seance

__all__ = [
    "charger",
    "charger_seance",
    "depuis_dict",
    "ecrire",
    "ecrire_json",
    "lire_json",
    "lire_seance",
    "schema_json",
    "vers_dict",
    "vers_json",
]

T = TypeVar("T")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEURE = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")


@functools.cache
def _types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _nom_type(valeur: object) -> str:
    if valeur is None:
        return "null"
    if isinstance(valeur, bool):
        return "un booléen"
    if isinstance(valeur, (int, float)):
        return "un nombre"
    if isinstance(valeur, str):
        return "une chaîne"
    if isinstance(valeur, list):
        return "une liste"
    if isinstance(valeur, dict):
        return "un objet"
    return type(valeur).__name__


def _joindre(chemin: str, nom: str) -> str:
    return f"{chemin}.{nom}" if chemin else nom


# --------------------------------------------------------------------------- écriture


def _valeur_json(valeur: Any) -> Any:
    if attrs.has(type(valeur)):
        return vers_dict(valeur)
    if isinstance(valeur, enum.Enum):
        return valeur.value
    if isinstance(valeur, (dt.date, dt.time)):
        return valeur.isoformat()
    if isinstance(valeur, tuple):
        return [_valeur_json(v) for v in valeur]
    if isinstance(valeur, str):
        return str(valeur)
    return valeur


def vers_dict(objet: Any) -> dict[str, Any]:
    """Dictionnaire JSON d'un objet du modèle ; les champs à leur valeur par défaut sont omis."""
    resultat: dict[str, Any] = {}
    for champ in attrs.fields(type(objet)):
        valeur = getattr(objet, champ.name)
        defaut = champ.default
        if isinstance(defaut, attrs.Factory):  # type: ignore[arg-type]
            defaut = defaut.factory()  # pragma: no cover - le modèle n'en utilise pas
        if defaut is not attrs.NOTHING and valeur == defaut and type(valeur) is type(defaut):
            continue
        resultat[champ.name] = _valeur_json(valeur)
    return resultat


def vers_json(objet: Any, indent: int | None = 2) -> str:
    """Texte JSON (UTF-8, accents lisibles) d'un objet du modèle."""
    return json.dumps(vers_dict(objet), ensure_ascii=False, indent=indent)


def ecrire_json(objet: Registre | Seance, chemin: str | Path) -> None:
    """Écrit un registre (ou une séance seule) dans un fichier JSON (l'inverse de `lire_json`)."""
    Path(chemin).write_text(vers_json(objet) + "\n", encoding="utf-8")


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
        return depuis_dict(tp, valeur, chemin)
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


def depuis_dict(cls: type[T], donnees: Any, chemin: str = "") -> T:
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


def _lire_fichier(chemin: str | Path) -> Any:
    nom = str(chemin)
    try:
        texte = Path(chemin).read_bytes().decode("utf-8-sig")
    except OSError as erreur:
        raise FichierIllisible(nom, message_systeme(erreur) + ".") from None
    except UnicodeDecodeError as erreur:
        raise FichierIllisible(
            nom, f"le fichier n'est pas en UTF-8 (octet {erreur.start})."
        ) from None
    try:
        return json.loads(texte, parse_constant=_refuser_constante)
    except json.JSONDecodeError as erreur:
        raise FichierIllisible(
            nom, f"JSON invalide ligne {erreur.lineno}, colonne {erreur.colno} : {erreur.msg}."
        ) from None
    except ValueError as erreur:
        raise FichierIllisible(nom, str(erreur)) from None


def _refuser_constante(nom: str) -> Any:
    raise ValueError(f"la constante {nom} n'est pas du JSON valide")


def lire_json(chemin: str | Path) -> Registre:
    """Lit un fichier JSON : un registre (``{"seances": […]}``) ou une séance seule.

    Lève :class:`~deliberations.erreurs.FichierIllisible` si le fichier ne se lit pas, et
    :class:`~deliberations.erreurs.DonneesInvalides` (avec le chemin de la valeur fautive,
    précédé du nom du fichier) si son contenu ne décrit pas un registre valide.
    """
    donnees = _lire_fichier(chemin)
    try:
        if isinstance(donnees, dict) and "seances" not in donnees and "assemblee" in donnees:
            return Registre(seances=(depuis_dict(Seance, donnees),))
        return depuis_dict(Registre, donnees)
    except DonneesInvalides as erreur:
        raise DonneesInvalides(erreur.chemin, f"{erreur.message} (fichier {chemin})") from None


def lire_seance(chemin: str | Path, indice: int = 0) -> Seance:
    """Lit une séance d'un fichier JSON (la première, ou celle d'indice ``indice``)."""
    registre = lire_json(chemin)
    if not -len(registre.seances) <= indice < len(registre.seances):
        raise DonneesInvalides(
            f"seances[{indice}]", f"le fichier {chemin} contient {len(registre.seances)} séance(s)."
        )
    return registre.seances[indice]


# --------------------------------------------------------------------------- schéma


def _schema_type(tp: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    optionnel, tp = _est_optionnel(tp)
    if optionnel:
        return {"anyOf": [_schema_type(tp, definitions), {"type": "null"}]}
    if typing.get_origin(tp) is tuple:
        return {"type": "array", "items": _schema_type(typing.get_args(tp)[0], definitions)}
    if isinstance(tp, type) and attrs.has(tp):
        _schema_classe(tp, definitions)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer", "minimum": 0}
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    if tp is dt.time:
        return {"type": "string", "format": "time"}
    motifs = {"Siren": r"^\d{9}$", "Siret": r"^\d{14}$", "CodeDepartement": r"^(\d{2}|2[AB]|97\d)$"}
    if isinstance(tp, type) and tp.__name__ in motifs:
        return {"type": "string", "pattern": motifs[tp.__name__]}
    return {"type": "string"}


def _schema_classe(cls: type, definitions: dict[str, Any]) -> None:
    if cls.__name__ in definitions:
        return
    definitions[cls.__name__] = {}
    hints = _types(cls)
    proprietes = {}
    requis = []
    for champ in attrs.fields(cls):
        proprietes[champ.name] = _schema_type(hints[champ.name], definitions)
        if champ.default is attrs.NOTHING:
            requis.append(champ.name)
    description = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    definitions[cls.__name__] = {
        "type": "object",
        "description": " ".join(description.split()),
        "properties": proprietes,
        "required": requis,
        "additionalProperties": False,
    }


def schema_json() -> dict[str, Any]:
    """Le schéma JSON (draft 2020-12) d'un fichier registre, engendré depuis le modèle."""
    definitions: dict[str, Any] = {}
    _schema_classe(Registre, definitions)
    racine = definitions.pop("Registre")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://deliberations.readthedocs.io/schema/registre.schema.json",
        "title": "Registre de délibérations (modèle deliberations)",
        **racine,
        "$defs": dict(sorted(definitions.items())),
    }


# --------------------------------------------------------------------------- anciens noms


def charger(chemin: str | Path) -> Registre:
    """Ancien nom de `lire_json` (déprécié, gardé pour le code existant)."""
    warnings.warn("charger() est dépréciée : utilisez lire_json().", DeprecationWarning, 2)
    return lire_json(chemin)


def charger_seance(chemin: str | Path, indice: int = 0) -> Seance:
    """Ancien nom de `lire_seance` (déprécié, gardé pour le code existant)."""
    warnings.warn(
        "charger_seance() est dépréciée : utilisez lire_seance().", DeprecationWarning, 2
    )
    return lire_seance(chemin, indice)


def ecrire(objet: Registre | Seance, chemin: str | Path) -> None:
    """Ancien nom de `ecrire_json` (déprécié, gardé pour le code existant)."""
    warnings.warn("ecrire() est dépréciée : utilisez ecrire_json().", DeprecationWarning, 2)
    ecrire_json(objet, chemin)
