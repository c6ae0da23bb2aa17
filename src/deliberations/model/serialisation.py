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
import os
import re
import types
import typing
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import attrs

from deliberations import fichiers
from deliberations.erreurs import (
    DonneesInvalides,
    ErreurDeliberations,
    FichierIllisible,
    message_exception,
    message_json,
)
from deliberations.model._validateurs import InvariantViole
from deliberations.model.seance import Registre, Seance
from deliberations.texte import INVISIBLES, json_sans_invisibles

__all__ = [
    "charger",
    "charger_seance",
    "depuis_dict",
    "ecrire",
    "ecrire_json",
    "ecrivain_json_ligne",
    "lire_donnees_json",
    "lire_json",
    "lire_seance",
    "schema_json",
    "vers_dict",
    "vers_json",
    "vers_json_ligne",
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
    ecrire = _FONCTIONS.get(type(valeur))
    if ecrire is not None:  # un objet du modèle déjà écrit une fois
        return ecrire(valeur)
    if type(valeur) is tuple:
        return [v if type(v) in _TELS_QUELS else _valeur_json(v) for v in valeur]
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
    classe = objet.__class__
    ecrire = _FONCTIONS.get(classe)
    if ecrire is None:
        ecrire = _FONCTIONS[classe] = _ecrivain(classe)
    resultat: dict[str, Any] = ecrire(objet)
    return resultat


_FONCTIONS: dict[type, Any] = {}
"""Fonction d'écriture de chaque classe déjà rencontrée (engendrée par :func:`_ecrivain`)."""


def _ecrivain(cls: type) -> Any:
    """La fonction qui écrit un objet de ``cls``, engendrée une fois par classe : une ligne par
    champ, la valeur par défaut comparée en ligne (aucune boucle ni ``getattr`` par objet)."""
    lignes = ["def ecrire(o):", "    r = {}"]
    constantes: dict[str, Any] = {"_T": _TELS_QUELS, "_j": _valeur_json}
    for rang, (nom, defaut) in enumerate(_champs_ecrits(cls)):
        ecrire = f"r[{nom!r}] = v if type(v) in _T else _j(v)"
        lignes += _lignes_du_champ(nom, defaut, rang, ecrire, constantes)
    lignes.append("    return r")
    exec(compile("\n".join(lignes), f"<écriture de {cls.__qualname__}>", "exec"), constantes)
    return constantes["ecrire"]


_TELS_QUELS = frozenset({str, int, float, bool, type(None)})  # écrits tels quels


def _lignes_du_champ(
    nom: str, defaut: Any, rang: int, ecrire: str, constantes: dict[str, Any]
) -> list[str]:
    """Les lignes engendrées pour un champ : sa valeur lue, puis ``ecrire`` sauf si elle vaut
    la valeur par défaut (comparée en ligne, avec son type : ``0`` n'est pas ``False``)."""
    if defaut is attrs.NOTHING:
        return [f"    v = o.{nom}", f"    {ecrire}"]
    if defaut is None:
        return [f"    v = o.{nom}", f"    if v is not None: {ecrire}"]
    constantes[f"_d{rang}"], constantes[f"_k{rang}"] = defaut, type(defaut)
    return [f"    v = o.{nom}", f"    if not (v == _d{rang} and type(v) is _k{rang}): {ecrire}"]


@functools.cache
def _champs_ecrits(cls: type) -> tuple[tuple[str, Any], ...]:
    """Nom et valeur par défaut (``NOTHING`` : toujours écrit) de chaque champ de ``cls``,
    lus une fois par classe et non à chaque objet écrit."""
    champs = []
    for champ in attrs.fields(cls):
        defaut = champ.default
        if isinstance(defaut, attrs.Factory):  # type: ignore[arg-type]
            defaut = defaut.factory()  # pragma: no cover - le modèle n'en utilise pas
        champs.append((champ.name, defaut))
    return tuple(champs)


def vers_json_ligne(objet: Any) -> str:
    """Le JSON d'un objet du modèle sur une ligne, exactement ``json.dumps(vers_dict(objet),
    ensure_ascii=False)``, écrit sans dictionnaire intermédiaire par une fonction engendrée une
    fois par classe (le format d'une ligne JSON de ``scdl lire``).

    >>> from deliberations.model import Budget
    >>> vers_json_ligne(Budget(annee="2024", nom="Budget « principal »"))
    '{"annee": "2024", "nom": "Budget « principal »"}'
    """
    return _texte_json(objet)


def _texte_json(valeur: Any) -> str:
    """Le texte JSON d'une valeur du modèle, comme ``json.dumps(_valeur_json(valeur))``."""
    classe = type(valeur)
    if classe is str:
        return _chaine_json(valeur)
    if classe is int:
        return int.__repr__(valeur)
    if valeur is None:
        return "null"
    ecrire = _TEXTES.get(classe)
    if ecrire is not None:
        return ecrire(valeur)  # type: ignore[no-any-return]
    if classe is tuple:
        return "[" + ", ".join(map(_texte_json, valeur)) + "]"
    if classe is dt.date:
        jour: str = valeur.isoformat()
        return '"' + jour + '"'
    if attrs.has(classe):
        return ecrivain_json_ligne(classe)(valeur)
    return _ENCODEUR_LIGNE.encode(_valeur_json(valeur))  # énumérations, bool, float…


def ecrivain_json_ligne(classe: type[T]) -> Callable[[T], str]:
    """La fonction qu'emploie :func:`vers_json_ligne` pour un objet de la classe ``classe``
    (exactement, pas d'une sous-classe) : pour écrire beaucoup d'objets d'une même classe
    sans repasser chaque fois par l'aiguillage sur le type.

    >>> from deliberations.model import Budget
    >>> budget = Budget(annee="2024")
    >>> ecrivain_json_ligne(Budget)(budget) == vers_json_ligne(budget)
    True
    """
    ecrire = _TEXTES.get(classe)
    if ecrire is None:
        if not attrs.has(classe):
            raise TypeError(f"{classe.__name__} n'est pas une classe du modèle")
        ecrire = _ecrivain_texte(classe)
        if classe.__name__ not in _NON_PARTAGES:
            ecrire = _memorise(ecrire)
        _TEXTES[classe] = ecrire
    return ecrire


def _memorise(ecrire: Callable[[Any], str]) -> Callable[[Any], str]:
    """L'écriture d'une classe dont les lecteurs partagent les objets (budget, scrutin, élu…) :
    le texte des :data:`_TAILLE_MEMO` derniers objets écrits est gardé par identité (l'objet
    est gardé avec son texte : son identité ne peut servir à aucun autre tant qu'il est là)."""

    def memorise(valeur: Any) -> str:
        entree = _MEMO.get(id(valeur))
        if entree is not None and entree[0] is valeur:
            return entree[1]
        texte = ecrire(valeur)
        if len(_MEMO) >= _TAILLE_MEMO:
            _MEMO.clear()
        _MEMO[id(valeur)] = (valeur, texte)
        return texte

    return memorise


_MEMO: dict[int, tuple[Any, str]] = {}
_TAILLE_MEMO = 256


_TEXTES: dict[type, Any] = {}
"""Fonction d'écriture en texte JSON de chaque classe déjà rencontrée (:func:`_ecrivain_texte`)."""
_ENCODEUR_LIGNE = json.JSONEncoder(ensure_ascii=False)
_chaine_json: Callable[[str], str] = json.encoder.encode_basestring


def _ecrivain_texte(cls: type) -> Any:
    """La fonction qui écrit le texte JSON d'un objet de ``cls`` : mêmes champs, même ordre et
    mêmes valeurs par défaut omises que :func:`_ecrivain` (donc que :func:`vers_dict`)."""
    lignes = ["def ecrire(o):", "    p = []"]
    constantes: dict[str, Any] = {
        "_t": _texte_json, "_c": _chaine_json, "_r": int.__repr__, "_date": dt.date, "_E": _TEXTES
    }
    annotations = _annotations(cls)
    for rang, (nom, defaut) in enumerate(_champs_ecrits(cls)):
        cle = json.dumps(nom, ensure_ascii=False) + ": "
        ecrire = f"p.append({cle!r} + {_ecriture_en_ligne(annotations.get(nom, Any))})"
        lignes += _lignes_du_champ(nom, defaut, rang, ecrire, constantes)
    lignes.append('    return "{" + ", ".join(p) + "}"')
    exec(compile("\n".join(lignes), f"<texte JSON de {cls.__qualname__}>", "exec"), constantes)
    return constantes["ecrire"]


def _annotations(cls: type) -> dict[str, Any]:
    """Les annotations résolues de ``cls`` ; aucune si elles ne se résolvent pas (l'écriture
    passe alors par :func:`_texte_json` pour chaque champ)."""
    try:
        return _types(cls)
    except (NameError, TypeError):  # pragma: no cover - toutes celles du modèle se résolvent
        return {}


_EN_LIGNE: tuple[tuple[Callable[[Any], bool], str], ...] = (
    (lambda tp: tp is str, "_c(v) if type(v) is str"),
    (lambda tp: tp is int, "_r(v) if type(v) is int"),
    (lambda tp: tp is dt.date, "'\"' + v.isoformat() + '\"' if type(v) is _date"),
    (lambda tp: typing.get_origin(tp) is tuple, '"[" + ", ".join(map(_t, v)) + "]" if type(v) is tuple'),
)
"""Pour un membre d'annotation, le texte JSON de ``v`` écrit en ligne, tel que le donnerait
:func:`_texte_json` pour ce type exact (sa garde) ; toute autre valeur passe par elle, ou
directement par l'écriture de sa classe si elle en a une (le cas d'un objet du modèle)."""


def _ecriture_en_ligne(tp: Any) -> str:
    """L'expression du texte JSON de ``v``, champ annoté ``tp`` : un test de type exact par
    membre de l'annotation (textes, entiers, dates, tuples, objets du modèle sans appel
    intermédiaire), :func:`_texte_json` pour le reste."""
    membres = typing.get_args(tp) if typing.get_origin(tp) in (typing.Union, types.UnionType) else (tp,)
    branches = [
        ecriture for reconnait, ecriture in _EN_LIGNE if any(reconnait(m) for m in membres)
    ]
    objet = any(isinstance(m, type) and attrs.has(m) for m in membres)
    return "(" + " else ".join([*branches, "_E.get(type(v), _t)(v)" if objet else "_t(v)"]) + ")"


def vers_json(objet: Any, indent: int | None = 2) -> str:
    """Texte JSON (UTF-8, accents lisibles) d'un objet du modèle ; un caractère de contrôle ou
    bidirectionnel y serait écrit ``\\u202e``, jamais brut."""
    return json_sans_invisibles(json.dumps(vers_dict(objet), ensure_ascii=False, indent=indent))


def ecrire_json(objet: Registre | Seance, chemin: str | Path, *, ecraser: bool = False) -> None:
    """Écrit un registre (ou une séance seule) dans un fichier JSON, de façon atomique (voir
    :func:`deliberations.fichiers.ecrire_atomique`) : jamais de fichier partiel, un fichier
    existant remplacé seulement avec ``ecraser=True``, un lien symbolique refusé."""
    contenu = (vers_json(objet) + "\n").encode("utf-8")
    fichiers.ecrire_atomique(chemin, contenu, ecraser=ecraser)


# --------------------------------------------------------------------------- lecture
#
# Le lecteur de chaque type est compilé une fois (introspection ``typing`` comprise) en une
# fonction ``lire(valeur, contexte)`` ; lire un fichier n'appelle plus que ces fonctions. Le
# chemin d'une valeur fautive n'est construit qu'en cas d'erreur, en remontant.

_Lecteur = Callable[[Any, "_Contexte"], Any]


class _Contexte:
    """État d'un chargement : objets déjà construits (partagés), liste consommée ou non."""

    __slots__ = ("consommer", "memo")

    def __init__(self, consommer: bool = False) -> None:
        self.memo: dict[Any, Any] = {}
        self.consommer = consommer


class _ObjetDoublon(dict[str, Any]):
    """Objet JSON dont un nom de champ est répété (le chargement le refuse à son chemin)."""

    doublon: str = ""


def _sans_doublons(paires: list[tuple[str, Any]]) -> dict[str, Any]:
    objet = dict(paires)
    if len(objet) == len(paires):
        return objet
    vus: set[str] = set()
    doublon = next(cle for cle, _v in paires if cle in vus or vus.add(cle))  # type: ignore[func-returns-value]
    marque = _ObjetDoublon(objet)
    marque.doublon = doublon
    return marque


def _joindre_chemin(segment: str, chemin: str) -> str:
    if not chemin:
        return segment
    return segment + chemin if chemin.startswith("[") else f"{segment}.{chemin}"


def _plus_haut(erreur: DonneesInvalides, segment: str) -> DonneesInvalides:
    return DonneesInvalides(_joindre_chemin(segment, erreur.chemin), erreur.message)


def _caractere_interdit(valeur: str) -> None:
    trouve = INVISIBLES.search(valeur)
    if trouve:
        code = ord(trouve.group())
        raise DonneesInvalides(
            "",
            f"caractère U+{code:04X} interdit (contrôle, mise en forme bidirectionnelle ou "
            f"moitié de paire de substitution), position {trouve.start() + 1}.",
        )


def _lire_texte(valeur: Any, contexte: _Contexte) -> Any:
    if type(valeur) is not str:
        raise DonneesInvalides(
            "", f"une chaîne de caractères est attendue, pas {_nom_type(valeur)}."
        )
    if not valeur.isprintable():
        _caractere_interdit(valeur)
    return valeur


def _lecteur_texte_type(tp: type) -> _Lecteur:
    def lire(valeur: Any, contexte: _Contexte) -> Any:
        try:
            return tp(_lire_texte(valeur, contexte))
        except DonneesInvalides:
            raise
        except ErreurDeliberations as erreur:
            raise DonneesInvalides("", str(erreur)) from None

    return lire


def _lire_booleen(valeur: Any, contexte: _Contexte) -> Any:
    if type(valeur) is not bool:
        raise DonneesInvalides("", f"un booléen est attendu, pas {_nom_type(valeur)}.")
    return valeur


def _lire_entier(valeur: Any, contexte: _Contexte) -> Any:
    if type(valeur) is not int:
        raise DonneesInvalides("", f"un nombre entier est attendu, pas {_nom_type(valeur)}.")
    return valeur


def _lire_date(valeur: Any, contexte: _Contexte) -> Any:
    if type(valeur) is not str or not _DATE.match(valeur):
        raise DonneesInvalides("", f"une date AAAA-MM-JJ est attendue, pas {valeur!r}.")
    try:
        return dt.date.fromisoformat(valeur)
    except ValueError:
        raise DonneesInvalides("", f"la date {valeur} n'existe pas.") from None


def _lire_heure(valeur: Any, contexte: _Contexte) -> Any:
    if type(valeur) is not str or not _HEURE.match(valeur):
        raise DonneesInvalides("", f"une heure HH:MM est attendue, pas {valeur!r}.")
    try:
        return dt.time.fromisoformat(valeur)
    except ValueError:
        raise DonneesInvalides("", f"l'heure {valeur} n'existe pas.") from None


def _lecteur_enum(tp: type[enum.Enum]) -> _Lecteur:
    membres = {m.value: m for m in tp}
    liste = ", ".join(repr(p) for p in membres)

    def lire(valeur: Any, contexte: _Contexte) -> Any:
        if type(valeur) in (str, int):
            membre = membres.get(valeur)
            if membre is not None:
                return membre
        raise DonneesInvalides("", f"valeur {valeur!r} inconnue ; valeurs permises : {liste}.")

    return lire


def _lecteur_optionnel(lecteur: _Lecteur) -> _Lecteur:
    def lire(valeur: Any, contexte: _Contexte) -> Any:
        return None if valeur is None else lecteur(valeur, contexte)

    return lire


def _lecteur_tuple(element: _Lecteur) -> _Lecteur:
    def lire(valeur: Any, contexte: _Contexte) -> Any:
        if type(valeur) is not list:
            raise DonneesInvalides("", f"une liste est attendue, pas {_nom_type(valeur)}.")
        resultat = []
        i = 0
        try:
            for i, v in enumerate(valeur):
                resultat.append(element(v, contexte))
                if contexte.consommer:
                    valeur[i] = None  # libère la mémoire au fil du chargement
        except DonneesInvalides as erreur:
            raise _plus_haut(erreur, f"[{i}]") from None
        return tuple(resultat)

    return lire


def _nul_refuse(valeur: Any, contexte: _Contexte) -> Any:
    raise DonneesInvalides("", "une valeur est obligatoire (null n'est pas permis).")


_SIMPLES: dict[Any, _Lecteur] = {
    bool: _lire_booleen,
    int: _lire_entier,
    str: _lire_texte,
    dt.date: _lire_date,
    dt.time: _lire_heure,
}


def _est_optionnel(tp: Any) -> tuple[bool, Any]:
    origine = typing.get_origin(tp)
    if origine is typing.Union or origine is types.UnionType:
        arguments = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(arguments) != len(typing.get_args(tp)) and len(arguments) == 1:
            return True, arguments[0]
    return False, tp


@functools.cache
def _lecteur(tp: Any) -> _Lecteur:
    """Le lecteur compilé d'un type annoté du modèle."""
    optionnel, tp = _est_optionnel(tp)
    lecteur = _lecteur_obligatoire(tp)
    if optionnel:
        return _lecteur_optionnel(lecteur)

    def lire(valeur: Any, contexte: _Contexte) -> Any:
        if valeur is None:
            return _nul_refuse(valeur, contexte)
        return lecteur(valeur, contexte)

    return lire


def _lecteur_obligatoire(tp: Any) -> _Lecteur:
    if typing.get_origin(tp) is tuple:
        return _lecteur_tuple(_lecteur(typing.get_args(tp)[0]))
    if tp in _SIMPLES:
        return _SIMPLES[tp]
    if isinstance(tp, type) and attrs.has(tp):
        return _lecteur_classe(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _lecteur_enum(tp)
    if isinstance(tp, type) and issubclass(tp, str):
        return _lecteur_texte_type(tp)
    raise TypeError(f"type non pris en charge : {tp!r}")  # pragma: no cover - erreur interne


# Un objet du modèle est immuable : deux descriptions JSON identiques donnent deux objets
# égaux, construits une seule fois par chargement et partagés (les élus, les mandats d'une
# assemblée, les présences se répètent de séance en séance). La clé d'une description est
# calculée par une fonction compilée elle aussi ; le type de chaque valeur non textuelle y
# figure (``1``, ``1.0`` et ``true`` ne se confondent pas). Une valeur que la clé ne sait pas
# décrire lève ``TypeError`` : l'objet est alors lu sans partage (et l'erreur signalée).
_Cle = Callable[[Any], Any]
_NON_PARTAGES = frozenset({"Registre", "Seance", "Deliberation"})  # uniques par nature


def _cle_scalaire(valeur: Any) -> Any:
    if type(valeur) is str:
        return valeur
    if type(valeur) in (dict, list):
        raise TypeError("valeur composée")
    return (type(valeur), valeur)


def _cle_tuple(element: _Cle) -> _Cle:
    def cle(valeur: Any) -> Any:
        if type(valeur) is not list:
            raise TypeError("liste attendue")
        return tuple([element(v) for v in valeur])

    return cle


@functools.cache
def _cle_type(tp: Any) -> _Cle | None:
    """La fonction de clé d'une valeur de type ``tp``, ou ``None`` si elle n'en a pas."""
    _optionnel, tp = _est_optionnel(tp)
    if typing.get_origin(tp) is tuple:
        element = _cle_type(typing.get_args(tp)[0])
        return None if element is None else _cle_tuple(element)
    if isinstance(tp, type) and attrs.has(tp):
        return _cle_classe(tp)
    return _cle_scalaire


@functools.cache
def _cle_classe(cls: type) -> _Cle | None:
    hints = typing.get_type_hints(cls)
    sous = {c.name: _cle_type(hints[c.name]) for c in attrs.fields(cls)}
    if any(f is None for f in sous.values()):
        return None
    composes: dict[str, _Cle] = {
        nom: f for nom, f in sous.items() if f is not None and f is not _cle_scalaire
    }

    def cle(donnees: Any) -> Any:
        if type(donnees) is not dict:
            raise TypeError("objet attendu")
        parties: list[Any] = []
        for nom, valeur in donnees.items():
            parties.append(nom)
            if type(valeur) is str:
                parties.append(valeur)
            elif type(valeur) in (dict, list):
                parties.append(composes[nom](valeur))  # KeyError : champ inattendu
            else:
                parties.append((type(valeur), valeur))
        return tuple(parties)

    return cle


def _construire(
    cls: type,
    lecteurs: dict[str, _Lecteur],
    obligatoires: tuple[str, ...],
    donnees: dict[str, Any],
    contexte: _Contexte,
) -> Any:
    arguments: dict[str, Any] = {}
    cle = ""
    try:
        for cle, valeur in donnees.items():
            lecteur = lecteurs.get(cle)
            if lecteur is None:
                connus = ", ".join(lecteurs)
                raise DonneesInvalides("", f"champ inconnu (champs permis : {connus}).")
            arguments[cle] = lecteur(valeur, contexte)
    except DonneesInvalides as erreur:
        raise _plus_haut(erreur, str(cle)) from None
    for nom in obligatoires:
        if nom not in arguments:
            raise DonneesInvalides(nom, "champ obligatoire manquant.")
    try:
        return cls(**arguments)
    except InvariantViole as erreur:
        raise DonneesInvalides(erreur.champ, erreur.message) from None
    except (ErreurDeliberations, ValueError, TypeError) as erreur:
        raise DonneesInvalides("", str(erreur)) from None


def _verifier_objet(donnees: Any) -> None:
    if isinstance(donnees, _ObjetDoublon):
        raise DonneesInvalides(
            donnees.doublon, "champ en double dans le même objet (le JSON est ambigu)."
        )
    if not isinstance(donnees, dict):
        raise DonneesInvalides("", f"un objet est attendu, pas {_nom_type(donnees)}.")


@functools.cache
def _lecteur_classe(cls: type) -> _Lecteur:
    hints = typing.get_type_hints(cls)
    champs = attrs.fields(cls)
    lecteurs = {c.name: _lecteur(hints[c.name]) for c in champs}
    obligatoires = tuple(c.name for c in champs if c.default is attrs.NOTHING)
    cle_de = None if cls.__name__ in _NON_PARTAGES else _cle_classe(cls)

    def lire(donnees: Any, contexte: _Contexte) -> Any:
        if type(donnees) is not dict:
            _verifier_objet(donnees)
        if cle_de is None:
            return _construire(cls, lecteurs, obligatoires, donnees, contexte)
        try:
            cle = (cls, cle_de(donnees))
            objet = contexte.memo.get(cle)
        except (TypeError, KeyError):  # valeur non décrite par la clé : l'erreur suit
            return _construire(cls, lecteurs, obligatoires, donnees, contexte)
        if objet is None:
            objet = _construire(cls, lecteurs, obligatoires, donnees, contexte)
            contexte.memo[cle] = objet
        return objet

    return lire


def depuis_dict(cls: type[T], donnees: Any, chemin: str = "") -> T:
    """Construit un objet du modèle depuis un dictionnaire JSON.

    Lève :class:`~deliberations.erreurs.DonneesInvalides` (avec le chemin de la valeur
    fautive) pour un type inattendu, un champ obligatoire absent, un champ inconnu ou en
    double, un caractère interdit (contrôle, mise en forme bidirectionnelle, substitution
    isolée) ou un invariant violé. ``donnees`` n'est pas modifié.
    """
    return _depuis_dict(cls, donnees, chemin, _Contexte())


def _depuis_dict(cls: type[T], donnees: Any, chemin: str, contexte: _Contexte) -> T:
    try:
        return typing.cast(T, _lecteur_classe(typing.cast(type, cls))(donnees, contexte))
    except DonneesInvalides as erreur:
        if not chemin:
            raise
        raise _plus_haut(erreur, chemin) from None


def _texte_utf8(octets: bytes, nom: str) -> str:
    try:
        return octets.decode("utf-8-sig")
    except UnicodeDecodeError as erreur:
        raise FichierIllisible(
            nom, f"le fichier n'est pas en UTF-8 (octet {erreur.start})."
        ) from None


def _analyser(nom: str, fonction: Callable[[], T]) -> T:
    """Exécute une analyse JSON ; ses erreurs deviennent des ``FichierIllisible`` en français."""
    try:
        return fonction()
    except json.JSONDecodeError as erreur:
        raise FichierIllisible(
            nom,
            f"JSON invalide ligne {erreur.lineno}, colonne {erreur.colno} : "
            f"{message_json(erreur.msg)}.",
        ) from None
    except RecursionError:
        raise FichierIllisible(
            nom, "JSON trop imbriqué (des milliers de niveaux) : ce n'est pas un registre."
        ) from None
    except DonneesInvalides:
        raise
    except (ValueError, ErreurDeliberations) as erreur:
        raise FichierIllisible(nom, message_exception(erreur) + ".") from None


def _refuser_constante(nom: str) -> Any:
    raise ErreurDeliberations(f"la constante {nom} n'est pas du JSON valide")


_DECODEUR = json.JSONDecoder(parse_constant=_refuser_constante, object_pairs_hook=_sans_doublons)
_BLANCS = re.compile(r"[ \t\n\r]*")


def lire_donnees_json(chemin: str | os.PathLike[str], *, taille_max: int | None = None) -> Any:
    """Lit un fichier JSON (``-`` : l'entrée standard), borné à ``taille_max`` octets (par
    défaut la limite des fichiers du modèle, voir :func:`deliberations.fichiers.taille_max`).

    Refuse, avec :class:`~deliberations.erreurs.FichierIllisible` : un fichier absent ou
    spécial, trop grand, hors UTF-8, une syntaxe invalide (message en français), les
    constantes ``NaN``/``Infinity``, une imbrication démesurée, un nombre démesuré. Un champ
    répété dans un objet est gardé une fois, marqué : :func:`depuis_dict` le refuse.
    """
    nom = os.fspath(chemin)
    texte = _texte_utf8(_lire_octets_json(chemin, taille_max), nom)
    return _analyser(nom, lambda: _DECODEUR.decode(texte))


def _lire_octets_json(chemin: str | os.PathLike[str], taille_max: int | None) -> bytes:
    maximum = taille_max if taille_max is not None else fichiers.taille_max("json")
    return fichiers.lire_octets(chemin, maximum=maximum)


def _charger_texte(texte: str) -> Registre:
    """Lit un registre JSON en convertissant chaque séance dès qu'elle est lue : la mémoire
    ne garde jamais l'arbre JSON de tout le fichier, seulement le modèle déjà construit."""
    contexte = _Contexte(consommer=True)
    i = _BLANCS.match(texte).end()  # type: ignore[union-attr]
    if not texte.startswith("{", i):
        return _registre(_DECODEUR.decode(texte), contexte)
    racine: dict[str, Any] = {}
    seances: list[Seance] | None = None
    i = _BLANCS.match(texte, i + 1).end()  # type: ignore[union-attr]
    while not texte.startswith("}", i):
        if racine or seances is not None:
            i = _attendre(texte, i, ",")
        if not texte.startswith('"', i):
            raise json.JSONDecodeError(
                "Expecting property name enclosed in double quotes", texte, i
            )
        cle, i = _DECODEUR.raw_decode(texte, i)
        if cle in racine or (cle == "seances" and seances is not None):
            raise DonneesInvalides(cle, "champ en double dans le même objet (le JSON est ambigu).")
        i = _attendre(texte, i, ":")
        if cle == "seances" and texte.startswith("[", i):
            seances, i = _seances_au_fil(texte, i, contexte)
        else:
            racine[cle], i = _DECODEUR.raw_decode(texte, i)
        i = _BLANCS.match(texte, i).end()  # type: ignore[union-attr]
        if i >= len(texte):
            raise json.JSONDecodeError("Expecting ',' delimiter", texte, i)
    fin = _BLANCS.match(texte, i + 1).end()  # type: ignore[union-attr]
    if fin != len(texte):
        raise json.JSONDecodeError("Extra data", texte, fin)
    if seances is None:
        return _registre(racine, contexte)
    registre = _registre({**racine, "seances": []}, contexte)
    return attrs.evolve(registre, seances=tuple(seances))


def _attendre(texte: str, i: int, signe: str) -> int:
    i = _BLANCS.match(texte, i).end()  # type: ignore[union-attr]
    if not texte.startswith(signe, i):
        raise json.JSONDecodeError(f"Expecting '{signe}' delimiter", texte, i)
    return _BLANCS.match(texte, i + 1).end()  # type: ignore[union-attr]


def _seances_au_fil(texte: str, i: int, contexte: _Contexte) -> tuple[list[Seance], int]:
    lire = _lecteur(Seance)
    seances: list[Seance] = []
    i = _BLANCS.match(texte, i + 1).end()  # type: ignore[union-attr]
    while not texte.startswith("]", i):
        if seances:
            i = _attendre(texte, i, ",")
        valeur, i = _DECODEUR.raw_decode(texte, i)
        try:
            seances.append(lire(valeur, contexte))
        except DonneesInvalides as erreur:
            raise _plus_haut(erreur, f"seances[{len(seances)}]") from None
        del valeur
        i = _BLANCS.match(texte, i).end()  # type: ignore[union-attr]
        if i >= len(texte):
            raise json.JSONDecodeError("Expecting ',' delimiter", texte, i)
    return seances, i + 1


def _registre(donnees: Any, contexte: _Contexte) -> Registre:
    if type(donnees) is dict and "seances" not in donnees and "assemblee" in donnees:
        return Registre(seances=(_depuis_dict(Seance, donnees, "", contexte),))
    return _depuis_dict(Registre, donnees, "", contexte)


def lire_json(chemin: str | os.PathLike[str], *, taille_max: int | None = None) -> Registre:
    """Charge un fichier JSON : un registre (``{"seances": […]}``) ou une séance seule.

    ``chemin`` peut être ``-`` (entrée standard). Lève
    :class:`~deliberations.erreurs.FichierIllisible` si le fichier ne se lit pas (voir
    :func:`lire_donnees_json`, dont ``taille_max``), et
    :class:`~deliberations.erreurs.DonneesInvalides` (avec le chemin de la valeur fautive,
    suivi du nom du fichier) si son contenu ne décrit pas un registre valide. Les séances
    d'un registre sont converties au fil de la lecture : la mémoire reste proche de la taille
    du modèle construit.
    """
    nom = os.fspath(chemin)
    texte = _texte_utf8(_lire_octets_json(chemin, taille_max), nom)
    try:
        return _analyser(nom, lambda: _charger_texte(texte))
    except DonneesInvalides as erreur:
        raise DonneesInvalides(erreur.chemin, f"{erreur.message} (fichier {nom})") from None


def lire_seance(
    chemin: str | os.PathLike[str], indice: int = 0, *, taille_max: int | None = None
) -> Seance:
    """Charge une séance d'un fichier JSON (la première, ou celle d'indice ``indice``)."""
    registre = lire_json(chemin, taille_max=taille_max)
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


def charger(chemin: str | os.PathLike[str], *, taille_max: int | None = None) -> Registre:
    """Ancien nom de `lire_json` (déprécié, gardé pour le code existant)."""
    warnings.warn("charger() est dépréciée : utilisez lire_json().", DeprecationWarning, 2)
    return lire_json(chemin, taille_max=taille_max)


def charger_seance(
    chemin: str | os.PathLike[str], indice: int = 0, *, taille_max: int | None = None
) -> Seance:
    """Ancien nom de `lire_seance` (déprécié, gardé pour le code existant)."""
    warnings.warn(
        "charger_seance() est dépréciée : utilisez lire_seance().", DeprecationWarning, 2
    )
    return lire_seance(chemin, indice, taille_max=taille_max)


def ecrire(objet: Registre | Seance, chemin: str | Path, *, ecraser: bool = False) -> None:
    """Ancien nom de `ecrire_json` (déprécié, gardé pour le code existant)."""
    warnings.warn("ecrire() est dépréciée : utilisez ecrire_json().", DeprecationWarning, 2)
    ecrire_json(objet, chemin, ecraser=ecraser)
