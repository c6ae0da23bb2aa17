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

import enum
import re
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
    (:data:`_IDENTITES`) le permettent, puis vérifie l'objet avec le test compilé de la classe
    (types et validateurs) ; sinon, ou si ce test refuse, le constructeur vérifié est appelé.
    Lève ``ValueError`` (à l'écriture du programme, jamais à l'usage) pour une classe à
    ``__attrs_post_init__``, un champ obligatoire absent de ``champs``, une valeur par défaut
    non immuable ou un convertisseur sans garde connue."""
    if hasattr(classe, "__attrs_post_init__"):
        raise ValueError(f"{classe.__name__} : __attrs_post_init__ n'est pas pris en charge")
    constantes: dict[str, Any] = {"_C": classe, "_new": object.__new__}
    gardes: list[str] = []
    poses: list[str] = []
    for rang, champ in enumerate(attrs.fields(classe)):
        constantes[f"_s{rang}"] = getattr(classe, champ.name).__set__
        if champ.name in champs:
            gardes += _garde(classe, champ, rang, constantes)
            poses.append(f"        _s{rang}(o, _a{rang})")
        else:
            constantes[f"_d{rang}"] = _defaut(classe, champ)
            poses.append(f"        _s{rang}(o, _d{rang})")
    constantes["_verifier"] = _verification(classe)
    rangs = {champ.name: rang for rang, champ in enumerate(attrs.fields(classe))}
    if not set(champs) <= set(rangs):
        raise ValueError(f"{classe.__name__} : champs inconnus {sorted(set(champs) - set(rangs))}")
    source = _source([(nom, rangs[nom]) for nom in champs], gardes, poses)
    exec(compile(source, f"<construction rapide de {classe.__qualname__}>", "exec"), constantes)
    construire: Callable[..., T] = constantes["construire"]
    return construire


def _source(champs: list[tuple[str, int]], gardes: list[str], poses: list[str]) -> str:
    """Le texte de la fonction : arguments ``_a<rang du champ>``, dans l'ordre de ``champs``."""
    arguments = ", ".join(f"_a{rang}" for _, rang in champs)
    appel = ", ".join(f"{nom}=_a{rang}" for nom, rang in champs)
    return "\n".join(
        [
            f"def construire({arguments}):",
            f"    if {' and '.join(gardes) or 'True'}:",
            "        o = _new(_C)",
            *poses,
            "        try:",
            "            if _verifier(o) == -1:",
            "                return o",
            "        except Exception:",
            "            pass",
            f"    return _C({appel})",
        ]
    )


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
    return [re.sub(r"\bv\b", f"_a{rang}", expression)]


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


def _verification(classe: type) -> Callable[[Any], int]:
    """Le test compilé de la classe (celui que son constructeur appelle) : ``-1`` si l'objet
    est juste, le rang du champ fautif sinon ; il lève l'erreur d'un invariant refusé. Une
    classe sans aucun validateur ni convertisseur n'a rien à vérifier."""
    champs = attrs.fields(classe)
    verification = champs[0].validator if champs else None
    if isinstance(verification, v._VerificationClasse):  # noqa: SLF001
        test: Callable[[Any], int] = verification.test(classe)
        return test
    if any(c.validator is not None or c.converter is not None for c in champs):
        raise ValueError(f"{classe.__name__} : validateurs sans vérification compilée")
    return _rien_a_verifier


def _rien_a_verifier(objet: Any) -> int:
    return -1
