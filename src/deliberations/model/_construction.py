"""Constructeurs rapides : le même objet que le constructeur vérifié, sans ses conversions
quand elles ne changeraient rien.

Le constructeur d'une classe du modèle passe chaque valeur par le convertisseur de son champ
(``texte``, ``tuple_de``…), puis vérifie types et invariants. Un lecteur qui construit des
milliers d'objets dont les valeurs sont déjà propres paie surtout les conversions. Le
constructeur rapide :func:`constructeur_rapide` les saute **seulement** quand une garde
prouve que le convertisseur rendrait la valeur telle quelle (:data:`_IDENTITES`), pose les
champs, puis lance sur l'objet la vérification compilée de la classe (types et validateurs,
exactement celle du constructeur vérifié). Au moindre doute (une garde fausse, un type ou
un invariant refusé), il appelle le constructeur vérifié, qui rend l'objet ou lève l'erreur
habituelle.

>>> import datetime as dt
>>> from deliberations.model import Transmission
>>> nouvelle = constructeur_rapide(Transmission, ("prefecture", "date_reception"))
>>> nouvelle("PREF086", dt.date(2023, 5, 12)) == Transmission(
...     prefecture="PREF086", date_reception=dt.date(2023, 5, 12))
True
>>> nouvelle("  PREF086 ", None)  # la garde refuse : constructeur vérifié (blancs retirés)
Transmission(prefecture='PREF086', identifiant_actes=None, date_envoi=None, date_reception=None)
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import sys
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from deliberations.model import _validateurs as v
from deliberations.model import deliberation

__all__ = ["constructeur_rapide"]

T = TypeVar("T")

_TEXTE_PROPRE = (
    'type(v) is str and "  " not in v and v.isprintable() and v[:1] != " " and v[-1:] != " "'
)
"""Un texte que :func:`~deliberations.model._validateurs.texte` rend tel quel : imprimable
(donc sans autre blanc que l'espace ASCII), sans double espace ni espace aux extrémités."""

_IDENTITES: dict[Any, tuple[str, dict[str, Any]]] = {
    v.texte: (f"({_TEXTE_PROPRE})", {}),
    v.texte_optionnel: (f"(v is None or (v != '' and {_TEXTE_PROPRE}))", {}),
    v.tuple_de: ("type(v) is tuple", {}),
    deliberation._matiere: (  # noqa: SLF001 - le cache des codes déjà vérifiés du modèle
        "(v is None or (type(v) is str and _matieres.get(v) == v))",
        {"_matieres": deliberation._MATIERES_VERIFIEES},  # noqa: SLF001
    ),
}
"""Pour un convertisseur, une expression de ``v`` vraie **seulement** quand il rend une valeur
égale à ``v`` et du même type (avec les constantes qu'elle emploie). Une garde peut être plus
stricte que le convertisseur, jamais plus large : fausse, elle renvoie au constructeur
vérifié. ``_matiere`` : un code déjà vérifié et rendu tel quel par son cache."""


def constructeur_rapide(classe: type[T], champs: tuple[str, ...]) -> Callable[..., T]:
    """Un constructeur de ``classe`` qui reçoit, par position, les valeurs des ``champs`` (les
    autres prennent leur valeur par défaut, convertie une fois ici) et rend un objet égal à
    ``classe(**dict(zip(champs, valeurs)))``, ou lève la même erreur.

    Le chemin rapide pose les champs sans appeler les convertisseurs quand leurs gardes
    (:data:`_IDENTITES`) le permettent et que les valeurs passent les tests du constructeur
    vérifié, écrits en ligne : type de l'annotation (éléments d'un tuple compris) et garde de
    chaque validateur (un validateur sans garde est appelé). Sinon, le constructeur vérifié
    est appelé : il rend l'objet ou lève l'erreur habituelle. Les valeurs par défaut, fixes,
    sont vérifiées une fois ici. Lève ``ValueError`` (à l'écriture du programme, jamais à
    l'usage) pour une classe à ``__attrs_post_init__``, un champ inconnu, un champ obligatoire
    absent de ``champs``, une valeur par défaut non immuable ou de type faux, ou un
    convertisseur sans garde connue."""
    if hasattr(classe, "__attrs_post_init__"):
        raise ValueError(f"{classe.__name__} : __attrs_post_init__ n'est pas pris en charge")
    rangs = {champ.name: rang for rang, champ in enumerate(attrs.fields(classe))}
    if not set(champs) <= set(rangs):
        raise ValueError(f"{classe.__name__} : champs inconnus {sorted(set(champs) - set(rangs))}")
    programme = _Programme(classe)
    for rang, champ in enumerate(attrs.fields(classe)):
        if champ.name in champs:
            programme.passe(rang, champ)
        else:
            programme.par_defaut(rang, champ)
    programme.validateurs(champs)
    return programme.compiler([(nom, rangs[nom]) for nom in champs])


class _Programme:
    """Le texte du constructeur rapide d'une classe, et ses constantes."""

    def __init__(self, classe: type) -> None:
        self.classe = classe
        self.constantes: dict[str, Any] = {
            "_C": classe, "_new": object.__new__, "_date": dt.date, "_datetime": dt.datetime
        }  # fmt: skip
        self.gardes: list[str] = []  # conditions du chemin rapide, testées avant tout
        self.elements: list[tuple[int, str]] = []  # tuples dont chaque élément est testé
        self.poses: list[str] = []  # champs posés sur l'objet neuf
        self.appels: list[str] = []  # validateurs sans garde, appelés sur l'objet posé
        self.types = _annotations(classe)

    def passe(self, rang: int, champ: attrs.Attribute[Any]) -> None:
        """Un champ reçu : garde du convertisseur, puis test du type (et des éléments)."""
        self.gardes += _garde(self.classe, champ, rang, self.constantes)
        tp = self.types[champ.name]
        expression = v._expression(tp, f"_t{rang}", self.constantes)  # noqa: SLF001
        if expression is not None:
            self.gardes.append(_sur(expression, f"_a{rang}"))
        suite = v._type_suite(tp)  # noqa: SLF001
        if suite is not None:
            element = v._expression(typing.get_args(suite)[0], f"_e{rang}", self.constantes)  # noqa: SLF001
            if element is not None:
                self.elements.append((rang, _sur(element, "x")))
        self.constantes[f"_s{rang}"] = getattr(self.classe, champ.name).__set__
        self.poses.append(f"            _s{rang}(o, _a{rang})")

    def par_defaut(self, rang: int, champ: attrs.Attribute[Any]) -> None:
        """Un champ omis : sa valeur par défaut, vérifiée une fois ici."""
        valeur = self.constantes[f"_d{rang}"] = _defaut(self.classe, champ)
        if not _du_type(self.types[champ.name], valeur):
            raise ValueError(f"{self.classe.__name__}.{champ.name} : défaut de type faux")
        self.constantes[f"_s{rang}"] = getattr(self.classe, champ.name).__set__
        self.poses.append(f"            _s{rang}(o, _d{rang})")

    def validateurs(self, champs: tuple[str, ...]) -> None:
        """La garde de chaque validateur d'un champ reçu ; un validateur sans garde (ou dont
        la garde refuse la valeur par défaut) est appelé sur l'objet posé."""
        rangs = {champ.name: rang for rang, champ in enumerate(attrs.fields(self.classe))}
        for numero, (nom, validateur) in enumerate(_validateurs_de(self.classe)):
            rang, expression = rangs[nom], v._GARDES.get(validateur)  # noqa: SLF001
            if expression is not None and nom in champs:
                self.gardes.append(_sur(expression, f"_a{rang}"))
                continue
            if expression is not None and eval(expression, {}, {"v": self.constantes[f"_d{rang}"]}):  # noqa: S307
                continue  # la garde, expression du modèle, accepte la valeur par défaut
            attribut = attrs.fields_dict(self.classe)[nom]  # type: ignore[arg-type]
            self.constantes[f"_v{numero}"], self.constantes[f"_w{numero}"] = validateur, attribut
            valeur = f"_a{rang}" if nom in champs else f"_d{rang}"
            self.appels.append(f"                _v{numero}(o, _w{numero}, {valeur})")

    def compiler(self, champs: list[tuple[str, int]]) -> Callable[..., Any]:
        arguments = ", ".join(f"_a{rang}" for _, rang in champs)
        appel = ", ".join(f"{nom}=_a{rang}" for nom, rang in champs)
        condition = " and ".join(f"({garde})" for garde in self.gardes) or "True"
        lignes = [f"def construire({arguments}):", f"    if {condition}:"]
        lignes.append("        bon = True")
        for rang, element in self.elements:
            lignes += [f"        for x in _a{rang}:", f"            if not {element}:",
                       "                bon = False", "                break"]  # fmt: skip
        lignes += ["        if bon:", "            o = _new(_C)", *self.poses]
        if self.appels:
            lignes += ["            try:", *self.appels, "                return o",
                       "            except Exception:", "                pass"]  # fmt: skip
        else:
            lignes.append("            return o")
        lignes.append(f"    return _C({appel})")
        nom = f"<construction rapide de {self.classe.__qualname__}>"
        exec(compile("\n".join(lignes), nom, "exec"), self.constantes)
        construire: Callable[..., Any] = self.constantes["construire"]
        return construire


def _annotations(classe: type) -> dict[str, Any]:
    module = sys.modules[classe.__module__]
    return typing.get_type_hints(classe, vars(module))


def _du_type(tp: Any, valeur: Any) -> bool:
    """Vrai si ``valeur`` passe le test de type du constructeur vérifié (éléments compris)."""
    if not v._predicat(tp)(valeur):  # noqa: SLF001
        return False
    suite = v._type_suite(tp)  # noqa: SLF001
    if suite is None or not isinstance(valeur, tuple):
        return True
    element = v._predicat(typing.get_args(suite)[0])  # noqa: SLF001
    return all(element(x) for x in valeur)


def _validateurs_de(classe: type) -> tuple[tuple[str, Any], ...]:
    """Les validateurs des champs (nom du champ, validateur), tels que le constructeur vérifié
    les appelle ; une classe à validateurs hors de ce schéma est refusée."""
    champs = attrs.fields(classe)
    verification = champs[0].validator if champs else None
    if isinstance(verification, v._VerificationClasse):  # noqa: SLF001
        return verification.validateurs
    if any(c.validator is not None for c in champs):
        raise ValueError(f"{classe.__name__} : validateurs sans vérification compilée")
    return ()


def _sur(expression: str, nom: str) -> str:
    """L'expression d'une valeur ``v`` appliquée à la variable ``nom``."""
    return re.sub(r"\bv\b", nom, expression)


def _garde(
    classe: type, champ: attrs.Attribute[Any], rang: int, constantes: dict[str, Any]
) -> list[str]:
    """La garde du champ (vide s'il n'a pas de convertisseur), ses constantes ajoutées."""
    convertisseur = champ.converter
    if convertisseur is None:
        return []
    origine = getattr(convertisseur, "__wrapped__", convertisseur)
    if origine not in _IDENTITES:
        raise ValueError(f"{classe.__name__}.{champ.name} : convertisseur sans garde connue")
    expression, propres = _IDENTITES[origine]
    for nom, valeur in propres.items():
        constantes[f"{nom}{rang}"] = valeur
        expression = expression.replace(nom, f"{nom}{rang}")
    return [_sur(expression, f"_a{rang}")]


def _defaut(classe: type, champ: attrs.Attribute[Any]) -> Any:
    """La valeur que le constructeur vérifié pose pour un champ omis : sa valeur par défaut
    passée par son convertisseur, si elle est immuable."""
    defaut = champ.default
    if defaut is attrs.NOTHING or isinstance(defaut, attrs.Factory):  # type: ignore[arg-type]
        raise ValueError(f"{classe.__name__}.{champ.name} : pas de valeur par défaut immuable")
    valeur = defaut if champ.converter is None else champ.converter(defaut)
    if not (valeur is None or isinstance(valeur, (enum.Enum, str, int, bool)) or valeur == ()):
        raise ValueError(f"{classe.__name__}.{champ.name} : valeur par défaut non immuable")
    return valeur
