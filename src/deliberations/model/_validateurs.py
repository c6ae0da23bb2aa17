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
import enum
import re
import sys
import types
import typing
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
    if type(valeur) is str and "  " not in valeur and valeur.isprintable():
        return valeur.strip()  # le cas courant : rien à neutraliser ni à normaliser
    if not isinstance(valeur, str):
        raise TypeError(f"une chaîne de caractères est attendue, pas {type(valeur).__name__}")
    return espaces_normalises(sans_invisibles(valeur))


def texte_optionnel(valeur: str | None) -> str | None:
    """Comme :func:`texte`, mais ``None`` et la chaîne vide donnent ``None``."""
    if valeur is None:
        return None
    if type(valeur) is str and "  " not in valeur and valeur.isprintable():
        return valeur.strip() or None  # le cas courant, comme texte()
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


Validateur = typing.Callable[[Any, "attrs.Attribute[Any]", Any], None]
V = typing.TypeVar("V", bound=Validateur)

_GARDES: dict[Any, str] = {}
"""Pour un validateur de champ, une expression de ``v`` (la valeur, déjà du type du champ)
vraie seulement quand il l'accepte : le test engendré pour la classe (:func:`_compiler_classe`)
ne l'appelle que si elle est fausse, et c'est lui qui lève l'erreur (même exception, même
message). Une garde peut être plus stricte que le validateur, jamais plus large."""


def garde(expression: str) -> typing.Callable[[V], V]:
    """Enregistre la garde ``expression`` (voir :data:`_GARDES`) d'un validateur."""

    def enregistrer(validateur: V) -> V:
        _GARDES[validateur] = expression
        return validateur

    return enregistrer


@garde("v")
def non_vide(instance: Any, attribut: attrs.Attribute[str], valeur: str) -> None:
    """Validateur : la chaîne ne doit pas être vide."""
    if not valeur:
        raise InvariantViole(attribut.name, "la valeur ne peut pas être vide.")


@garde("v is None or (type(v) is int and v >= 0)")
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


@garde("v is None or (type(v) is int and v >= 1)")
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


# --------------------------------------------------------------------------- types des champs


class TypeInvalide(InvariantViole, TypeError):
    """Une valeur n'a pas le type du champ (un ``datetime`` pour une date, un texte pour un
    nombre…) ; c'est aussi un `TypeError`."""


_NOMS_TYPES: dict[Any, str] = {
    str: "une chaîne de caractères (str)",
    int: "un nombre entier (int)",
    float: "un nombre (float)",
    bool: "un booléen (True ou False)",
    dt.datetime: "une date et heure (datetime.datetime)",
    dt.date: "une date (datetime.date)",
    dt.time: "une heure (datetime.time)",
    type(None): "None",
}


def _decrire_valeur(valeur: Any) -> str:
    texte_valeur = repr(valeur)
    if len(texte_valeur) > 60:
        texte_valeur = texte_valeur[:57] + "…"
    module = type(valeur).__module__
    nom = type(valeur).__qualname__ if module == "builtins" else f"{module}.{type(valeur).__qualname__}"
    return f"{nom} {texte_valeur}"


def valeurs_permises(enumeration: type[enum.Enum]) -> str:
    """Les valeurs d'une énumération, pour un message : ``monsieur, madame``."""
    return ", ".join(str(m.value) for m in enumeration)


def _nom_type(tp: Any) -> str:
    if tp in _NOMS_TYPES:
        return _NOMS_TYPES[tp]
    origine = typing.get_origin(tp)
    if origine is typing.Union or origine is types.UnionType:
        return " ou ".join(_nom_type(a) for a in typing.get_args(tp))
    if origine is tuple:
        return f"un tuple de {_nom_type(typing.get_args(tp)[0])}"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return f"une valeur de {tp.__name__} ({valeurs_permises(tp)})"
    if isinstance(tp, type):
        return f"un objet {tp.__name__}"
    return str(tp)


Predicat = typing.Callable[[Any], bool]


def _predicat(tp: Any) -> Predicat:
    """Le test d'appartenance au type ``tp`` (annotation résolue)."""
    if tp is Any:
        return lambda v: True
    if tp is type(None) or tp is None:
        return lambda v: v is None
    origine = typing.get_origin(tp)
    if origine is typing.Union or origine is types.UnionType:
        return _predicat_union(typing.get_args(tp))
    if origine is typing.Literal:
        permises = typing.get_args(tp)
        return lambda v: v in permises
    if origine is not None:
        return lambda v: isinstance(v, origine)
    if tp is bool:
        return lambda v: type(v) is bool
    if tp is int:
        return lambda v: isinstance(v, int) and not isinstance(v, bool)
    if tp is float:
        return lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
    if tp is dt.date:
        return lambda v: isinstance(v, dt.date) and not isinstance(v, dt.datetime)
    if isinstance(tp, type):
        return lambda v: isinstance(v, tp)
    return lambda v: True  # pragma: no cover - annotation non prise en charge


_SPECIAUX = (bool, int, float, dt.date)  # isinstance seul ne suffit pas (bool est un int…)


def _predicat_union(membres: tuple[Any, ...]) -> Predicat:
    """Le test d'une union : un seul ``isinstance`` quand chaque membre est une classe
    ordinaire (le cas de ``str | None``), sinon l'un des tests des membres."""
    if all(
        isinstance(a, type) and typing.get_origin(a) is None and a not in _SPECIAUX
        for a in membres
    ):
        classes = tuple(membres)
        return lambda v: isinstance(v, classes)
    tests = [_predicat(a) for a in membres]
    if len(tests) == 2:
        premier, second = tests
        return lambda v: premier(v) or second(v)
    return lambda v: any(t(v) for t in tests)


def _conseil(tp: Any, valeur: Any) -> str:
    attendu = {a for a in typing.get_args(tp)} | {tp}
    if isinstance(valeur, dt.datetime) and dt.date in attendu:
        return " ; une date et heure n'est pas une date : utilisez valeur.date()"
    if isinstance(valeur, str) and attendu & {dt.date, dt.time, int}:
        return " ; les constructeurs ne convertissent pas le texte (depuis_dict le fait)"
    return ""


_EN_LIGNE: dict[Any, str] = {
    type(None): "v is None",
    bool: "type(v) is bool",
    int: "(isinstance(v, int) and type(v) is not bool)",
    float: "(isinstance(v, (int, float)) and type(v) is not bool)",
    dt.date: "(isinstance(v, _date) and not isinstance(v, _datetime))",
}
"""Les tests écrits en ligne dans le code engendré (``isinstance`` seul ne suffit pas)."""


def _expression(tp: Any, nom: str, constantes: dict[str, Any]) -> str | None:
    """L'expression Python qui teste ``v`` contre l'annotation ``tp`` (``None`` : tout passe).

    Classes, ``X | None``, entiers, dates et tuples sont écrits en ligne (aucun appel) ; les
    autres annotations appellent le prédicat de :func:`_predicat`, rangé dans ``constantes``."""
    if tp is Any:
        return None
    origine = typing.get_origin(tp)
    membres = typing.get_args(tp) if origine in (typing.Union, types.UnionType) else (tp,)
    classes = tuple(
        a for a in membres if isinstance(a, type) and typing.get_origin(a) is None
        and a not in _EN_LIGNE
    )
    tests = [f"isinstance(v, {nom})"] if classes else []
    constantes[nom] = classes[0] if len(classes) == 1 else classes
    for rang, membre in enumerate(membres):
        if membre in _EN_LIGNE:
            tests.append(_EN_LIGNE[membre])
        elif typing.get_origin(membre) is tuple:
            tests.append("isinstance(v, tuple)")
        elif membre not in classes:
            constantes[f"{nom}_{rang}"] = _predicat(membre)
            tests.append(f"{nom}_{rang}(v)")
    tests.sort(key=lambda test: test != "v is None")  # le test le moins cher d'abord
    return " or ".join(tests) if len(tests) == 1 else "(" + " or ".join(tests) + ")"


def _compiler_classe(classe: type, validateurs: tuple[tuple[str, Validateur], ...] = ()) -> Any:
    """Le test de toute une instance, engendré une fois par classe : les types, une ligne par
    champ (``isinstance`` en ligne), puis, pour un ``tuple[X, ...]``, ses éléments ; il rend le
    rang du premier champ fautif. Si tous les types sont justes, les ``validateurs`` des champs
    (nom du champ, validateur) passent dans l'ordre, sans appel quand leur garde
    (:data:`_GARDES`) accepte la valeur ; le test rend alors ``-1``."""
    lignes, constantes = _lignes_types(classe)
    attributs = {a.name: a for a in attrs.fields(classe)}
    for rang, (nom, validateur) in enumerate(validateurs):
        constantes[f"_v{rang}"], constantes[f"_a{rang}"] = validateur, attributs[nom]
        lignes.append(f"    v = instance.{nom}")
        appel = f"_v{rang}(instance, _a{rang}, v)"
        expression = _GARDES.get(validateur)
        lignes.append(f"    {appel}" if expression is None else f"    if not ({expression}): {appel}")
    lignes.append("    return -1")
    espace: dict[str, Any] = {**constantes, "_date": dt.date, "_datetime": dt.datetime}
    exec(compile("\n".join(lignes), f"<types de {classe.__qualname__}>", "exec"), espace)
    return espace["verifier"]


def _lignes_types(classe: type) -> tuple[list[str], dict[str, Any]]:
    """Le début du test de :func:`_compiler_classe` (les types) et ses constantes."""
    module = sys.modules[classe.__module__]
    indications = typing.get_type_hints(classe, vars(module))
    constantes: dict[str, Any] = {}
    lignes = ["def verifier(instance):"]
    for rang, champ in enumerate(attrs.fields(classe)):
        tp = indications[champ.name]
        expression = _expression(tp, f"_t{rang}", constantes)
        suite = _type_suite(tp)
        elements = None
        if suite is not None:
            elements = _expression(typing.get_args(suite)[0], f"_e{rang}", constantes)
        if expression is None and elements is None:
            continue
        lignes.append(f"    v = instance.{champ.name}")
        if expression is not None:
            lignes.append(f"    if not {expression}: return {rang}")
        if elements is not None:
            lignes.append("    if isinstance(v, tuple):")  # une boucle : pas de générateur
            lignes.append(f"        for x in v:\n            if not {_sur_x(elements)}: return {rang}")
    return lignes, constantes


def _sur_x(expression: str) -> str:
    """L'expression d'un élément de tuple : ``v`` devient ``x``."""
    return re.sub(r"\bv\b", "x", expression)


class _VerificationClasse:
    """Validateur attrs posé sur le premier champ : les valeurs (converties) de tous les champs
    ont le type de leur annotation, puis chaque champ passe ses validateurs propres (retirés
    des champs, gardés ici dans l'ordre des champs : l'ordre des vérifications, donc l'erreur
    levée, reste celui d'attrs). attrs appelle les validateurs une fois tous les champs posés ;
    le test, engendré à la première construction d'une classe (les annotations sont alors
    résolues), est un seul appel par instance."""

    __slots__ = ("_tests", "validateurs")

    def __init__(self, validateurs: tuple[tuple[str, Validateur], ...] = ()) -> None:
        self._tests: dict[type, Any] = {}
        self.validateurs = validateurs

    def test(self, classe: type) -> Any:
        """Le test compilé pour ``classe`` : ``-1`` si l'instance est juste, sinon le rang du
        premier champ de type faux ; un validateur refusant lève son erreur."""
        verifier = self._tests.get(classe)
        if verifier is None:
            verifier = self._tests[classe] = _compiler_classe(classe, self.validateurs)
        return verifier

    def __call__(self, instance: Any, attribut: attrs.Attribute[Any], valeur: Any) -> None:
        classe = type(instance)
        verifier = self._tests.get(classe) or self.test(classe)
        rang = verifier(instance)
        if rang >= 0:
            _echec(classe, attrs.fields(classe)[rang].name, instance)

    def __repr__(self) -> str:
        return "<types des champs vérifiés>"


def _echec(classe: type, champ: str, instance: Any) -> None:
    """L'erreur en français pour le champ fautif (chemin lent, hors de la boucle chaude)."""
    tp = _type_du_champ(classe, champ)
    valeur = getattr(instance, champ)
    if not _predicat(tp)(valeur):
        raise TypeInvalide(champ, _message_type(tp, valeur))
    suite = _type_suite(tp)
    element_tp = typing.get_args(suite)[0] if suite is not None else Any
    elements = _predicat(element_tp)
    for rang, element in enumerate(valeur):
        if not elements(element):
            raise TypeInvalide(f"{champ}[{rang}]", _message_type(element_tp, element))


def _type_suite(tp: Any) -> Any:
    """Le type ``tuple[X, ...]`` contenu dans l'annotation ``tp`` (optionnelle ou non)."""
    for candidat in (tp, *typing.get_args(tp)):
        if typing.get_origin(candidat) is tuple:
            return candidat
    return None


def _message_type(tp: Any, valeur: Any) -> str:
    return (
        f"type attendu : {_nom_type(tp)} ; reçu : {_decrire_valeur(valeur)}"
        f"{_conseil(tp, valeur)}."
    )


def _type_du_champ(classe: type, champ: str) -> Any:
    module = sys.modules[classe.__module__]
    return typing.get_type_hints(classe, vars(module))[champ]


def _defaut_converti(convertir: Any, defaut: Any) -> tuple[bool, Any]:
    """La valeur par défaut d'un champ passée par son convertisseur, calculée une fois, si
    elle est immuable (``None``, ``()``, membre d'énumération) : ``(True, valeur)`` ; sinon
    ``(False, None)`` et le convertisseur est appelé à chaque fois."""
    if defaut is attrs.NOTHING or isinstance(defaut, attrs.Factory):  # type: ignore[arg-type]
        return False, None
    try:
        converti = convertir(defaut)
    except Exception:  # le convertisseur refuse la valeur par défaut : appelé chaque fois
        return False, None
    immuable = converti is None or converti == () or isinstance(converti, enum.Enum)
    return immuable and type(converti) in (type(None), tuple, type(defaut)), converti


def _enumeration_convertie(convertir: Any) -> type[enum.Enum] | None:
    """L'énumération ``E`` d'un convertisseur ``E`` ou ``attrs.converters.optional(E)`` (un
    membre de ``E`` s'y convertit en lui-même), sinon ``None`` (aucun raccourci)."""
    if getattr(convertir, "__qualname__", "") == "optional.<locals>.optional_converter":
        cellules = zip(convertir.__code__.co_freevars, convertir.__closure__ or (), strict=True)
        convertir = next((c.cell_contents for nom, c in cellules if nom == "converter"), None)
    if isinstance(convertir, type) and issubclass(convertir, enum.Enum):
        return convertir
    return None


def _convertisseur_francais(classe: type, champ: str, convertir: Any, defaut: Any) -> Any:
    """Enveloppe un convertisseur : ses erreurs deviennent des erreurs du paquet, en
    français, avec les valeurs permises d'une énumération. La valeur par défaut (l'objet
    même) donne sa conversion calculée une fois (:func:`_defaut_converti`)."""

    membre = _enumeration_convertie(convertir)
    raccourci, converti = _defaut_converti(convertir, defaut)
    if not raccourci:
        defaut = object()  # jamais reçu : pas de raccourci

    def convertisseur(valeur: Any) -> Any:
        if valeur is defaut:  # la valeur par défaut, immuable : sa conversion est connue
            return converti
        if type(valeur) is membre:  # déjà un membre de l'énumération : rien à convertir
            return valeur
        try:
            return convertir(valeur)
        except ErreurDeliberations as erreur:
            if not str(erreur).lower().startswith(champ.lower()):
                erreur.args = (f"{champ} : {erreur}",)  # nomme le champ, garde la classe
            raise
        except (ValueError, TypeError):
            tp = _type_du_champ(classe, champ)
            enums = [
                a
                for a in (tp, *typing.get_args(tp))
                if isinstance(a, type) and issubclass(a, enum.Enum)
            ]
            if enums:
                raise InvariantViole(
                    champ,
                    f"{valeur!r} n'est pas une valeur permise ; valeurs permises : "
                    f"{valeurs_permises(enums[0])}.",
                ) from None
            raise TypeInvalide(champ, _message_type(tp, valeur)) from None

    convertisseur.__wrapped__ = convertir  # type: ignore[attr-defined]
    return convertisseur


def verifier_types(
    classe: type, champs: list[attrs.Attribute[Any]]
) -> list[attrs.Attribute[Any]]:
    """``field_transformer`` attrs commun à toutes les classes du modèle.

    Chaque champ refuse une valeur qui n'a pas le type de son annotation (après son
    convertisseur éventuel), avec une erreur `TypeInvalide` en français qui nomme le champ ;
    les erreurs des convertisseurs (énumérations…) deviennent des `InvariantViole` qui
    listent les valeurs permises. Un champ ajouté à une classe du modèle en profite sans
    rien écrire.
    """
    resultat = []
    validateurs: list[tuple[str, Validateur]] = []
    for champ in champs:
        validateur = champ.validator
        if isinstance(validateur, _VerificationClasse):  # hérité d'une classe de base
            validateurs.extend(validateur.validateurs)
        elif validateur is not None:
            validateurs.append((champ.name, validateur))
        convertisseur = champ.converter
        if convertisseur is not None and not isinstance(convertisseur, attrs.Converter):
            convertisseur = _convertisseur_francais(
                classe, champ.name, convertisseur, champ.default
            )
        resultat.append(champ.evolve(validator=None, converter=convertisseur))
    if resultat:
        verification = _VerificationClasse(tuple(validateurs))
        resultat[0] = resultat[0].evolve(validator=verification)
    return resultat
