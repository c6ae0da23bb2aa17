"""Constructeurs rapides : le même objet que le constructeur vérifié, sans ses conversions
quand elles ne changeraient rien.

Le constructeur d'une classe du modèle passe chaque valeur par le convertisseur de son champ
(``texte``, ``tuple_de``…), puis vérifie types et invariants. Un lecteur qui construit des
milliers d'objets dont les valeurs sont déjà propres paie surtout ces appels. Le constructeur
rapide :func:`constructeur_rapide`, engendré une fois par classe et par liste de champs, fait
les mêmes conversions et les mêmes tests écrits en ligne, et saute un convertisseur
**seulement** quand une garde prouve qu'il rendrait la valeur telle quelle
(:data:`_IDENTITES`). Au moindre écart (conversion, type ou invariant refusé), il appelle le
constructeur vérifié, qui rend l'objet ou lève l'erreur habituelle.

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
    deliberation._matiere: (
        "(v is None or (type(v) is str and _matieres.get(v) == v))",
        {"_matieres": deliberation._MATIERES_VERIFIEES},
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

    Le chemin rapide fait ce que fait le constructeur vérifié, écrit en ligne : chaque valeur
    passe par le convertisseur de son champ, sauf quand sa garde (:data:`_IDENTITES`) prouve
    qu'il la rendrait telle quelle ; puis le type de l'annotation (éléments d'un tuple compris)
    et la garde de chaque validateur sont testés (un validateur sans garde est appelé). Au
    moindre écart (conversion, type ou invariant refusé), le constructeur vérifié est appelé :
    il rend l'objet ou lève l'erreur habituelle. Les valeurs par défaut, fixes, sont vérifiées
    une fois ici. Lève ``ValueError`` (à l'écriture du programme, jamais à l'usage) pour une
    classe à ``__attrs_post_init__``, un champ inconnu, un champ obligatoire absent de
    ``champs`` ou une valeur par défaut non immuable ou de type faux."""
    if hasattr(classe, "__attrs_post_init__"):
        raise ValueError(f"{classe.__name__} : __attrs_post_init__ n'est pas pris en charge")
    tous = attrs.fields(typing.cast(Any, classe))
    rangs = {champ.name: rang for rang, champ in enumerate(tous)}
    if not set(champs) <= set(rangs):
        raise ValueError(f"{classe.__name__} : champs inconnus {sorted(set(champs) - set(rangs))}")
    programme = _Programme(classe)
    for rang, champ in enumerate(tous):
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
        self.elements: list[tuple[str, str]] = []  # tuples dont chaque élément est testé
        self.poses: list[str] = []  # champs posés sur l'objet neuf
        self.appels: list[str] = []  # validateurs sans garde, appelés sur l'objet posé
        self.conversions: list[str] = []  # valeurs converties (_b<rang>)
        self.valeurs: dict[str, str] = {}  # nom de la valeur (convertie) de chaque champ reçu
        self.types = _annotations(classe)

    def passe(self, rang: int, champ: attrs.Attribute[Any]) -> None:
        """Un champ reçu : sa valeur convertie (le convertisseur n'est pas appelé quand sa
        garde prouve qu'il la rendrait telle quelle), puis le test du type (et des éléments)."""
        valeur = self.convertir(rang, champ)
        tp = self.types[champ.name]
        expression = v._expression(tp, f"_t{rang}", self.constantes)
        if expression is not None:
            self.gardes.append(_sur(expression, valeur))
        suite = v._type_suite(tp)
        if suite is not None:
            element = v._expression(typing.get_args(suite)[0], f"_e{rang}", self.constantes)
            if element is not None:
                self.elements.append((valeur, _sur(element, "x")))
        self.constantes[f"_s{rang}"] = getattr(self.classe, champ.name).__set__
        self.poses.append(f"            _s{rang}(o, {valeur})")
        self.valeurs[champ.name] = valeur

    def convertir(self, rang: int, champ: attrs.Attribute[Any]) -> str:
        """Le nom de la valeur convertie du champ (``_a<rang>`` s'il n'a pas de convertisseur)."""
        if champ.converter is None:
            return f"_a{rang}"
        self.constantes[f"_k{rang}"] = champ.converter  # celui qu'appelle le constructeur vérifié
        origine = getattr(champ.converter, "__wrapped__", champ.converter)
        if origine not in _IDENTITES:
            self.conversions.append(f"        _b{rang} = _k{rang}(_a{rang})")
            return f"_b{rang}"
        expression, propres = _IDENTITES[origine]
        for nom, valeur in propres.items():
            self.constantes[f"{nom}{rang}"] = valeur
            expression = expression.replace(nom, f"{nom}{rang}")
        garde = _sur(expression, f"_a{rang}")
        self.conversions.append(f"        _b{rang} = _a{rang} if {garde} else _k{rang}(_a{rang})")
        return f"_b{rang}"

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
            rang, expression = rangs[nom], v._GARDES.get(validateur)
            if expression is not None and nom in champs:
                self.gardes.append(_sur(expression, self.valeurs[nom]))
                continue
            if expression is not None and eval(expression, {}, {"v": self.constantes[f"_d{rang}"]}):
                continue  # la garde, expression du modèle, accepte la valeur par défaut
            attribut = attrs.fields_dict(self.classe)[nom]
            self.constantes[f"_v{numero}"], self.constantes[f"_w{numero}"] = validateur, attribut
            valeur = self.valeurs.get(nom, f"_d{rang}")
            self.appels.append(f"                _v{numero}(o, _w{numero}, {valeur})")

    def compiler(self, champs: list[tuple[str, int]]) -> Callable[..., Any]:
        arguments = ", ".join(f"_a{rang}" for _, rang in champs)
        verifie = f"    return _C({', '.join(f'{nom}=_a{rang}' for nom, rang in champs)})"
        lignes = [f"def construire({arguments}):"]
        if self.conversions:  # une conversion qui échoue : le constructeur vérifié le dira
            lignes += ["    try:", *self.conversions, "    except Exception:", "    " + verifie]
        condition = " and ".join(f"({garde})" for garde in self.gardes) or "True"
        lignes += [f"    if {condition}:", "        bon = True"]
        for valeur, element in self.elements:
            lignes += [f"        for x in {valeur}:", f"            if not {element}:",
                       "                bon = False", "                break"]  # fmt: skip
        lignes += ["        if bon:", "            o = _new(_C)", *self.poses]
        if self.appels:
            lignes += ["            try:", *self.appels, "                return o",
                       "            except Exception:", "                pass"]  # fmt: skip
        else:
            lignes.append("            return o")
        lignes.append(verifie)
        nom = f"<construction rapide de {self.classe.__qualname__}>"
        exec(compile("\n".join(lignes), nom, "exec"), self.constantes)
        construire: Callable[..., Any] = self.constantes["construire"]
        return construire


def _annotations(classe: type) -> dict[str, Any]:
    module = sys.modules[classe.__module__]
    return typing.get_type_hints(classe, vars(module))


def _du_type(tp: Any, valeur: Any) -> bool:
    """Vrai si ``valeur`` passe le test de type du constructeur vérifié (éléments compris)."""
    if not v._predicat(tp)(valeur):
        return False
    suite = v._type_suite(tp)
    if suite is None or not isinstance(valeur, tuple):
        return True
    element = v._predicat(typing.get_args(suite)[0])
    return all(element(x) for x in valeur)


def _validateurs_de(classe: type) -> tuple[tuple[str, Any], ...]:
    """Les validateurs des champs (nom du champ, validateur), tels que le constructeur vérifié
    les appelle ; une classe à validateurs hors de ce schéma est refusée."""
    champs = attrs.fields(classe)
    verification = champs[0].validator if champs else None
    if isinstance(verification, v._VerificationClasse):
        return verification.validateurs
    if any(c.validator is not None for c in champs):
        raise ValueError(f"{classe.__name__} : validateurs sans vérification compilée")
    return ()


def _sur(expression: str, nom: str) -> str:
    """L'expression d'une valeur ``v`` appliquée à la variable ``nom``."""
    return re.sub(r"\bv\b", nom, expression)


def _defaut(classe: type, champ: attrs.Attribute[Any]) -> Any:
    """La valeur que le constructeur vérifié pose pour un champ omis : sa valeur par défaut
    passée par son convertisseur, si elle est immuable."""
    defaut = champ.default
    if defaut is attrs.NOTHING or isinstance(defaut, attrs.Factory):  # type: ignore[arg-type]
        raise ValueError(f"{classe.__name__}.{champ.name} : pas de valeur par défaut immuable")
    valeur = defaut if champ.converter is None else typing.cast(Any, champ.converter)(defaut)
    if not (valeur is None or isinstance(valeur, (enum.Enum, str, int, bool)) or valeur == ()):
        raise ValueError(f"{classe.__name__}.{champ.name} : valeur par défaut non immuable")
    return valeur
