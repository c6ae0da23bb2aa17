"""Compilation d'un schéma SCDL en petites vérifications liées aux positions des colonnes.

Le schéma (:class:`~deliberations.scdl.schema.SchemaSCDL`) est traduit une fois par fichier,
après lecture de l'en-tête, en deux listes :

- une :class:`VerificationChamp` par colonne présente (``indice`` : son rang dans les valeurs
  d'une ligne, colonnes analysées d'abord) : obligation, type, format et
  contraintes (``pattern``, ``enum``, ``maxLength``, ``minLength``, ``minimum``,
  ``maximum``) et les contrôles personnalisés d'une seule colonne (``siret``,
  ``nomenclature-acte``, ``year-interval-value``), réunis dans une fonction mise en cache
  qui renvoie la valeur typée (``None`` si le type est faux) et les fautes ;
- une fonction par contrôle personnalisé de plusieurs colonnes (``cohesive-columns-value``,
  ``compare-columns-value``, ``sum-columns-value``), qui lit les valeurs typées de la ligne.
  Comme dans Validata, une cellule de type invalide compte comme vide.

Un contrôle personnalisé inconnu ou un type non pris en charge lève :class:`SchemaNonPrisEnCharge`
à la compilation, jamais en cours de lecture.

>>> from deliberations.scdl.schema import SCHEMA
>>> champs, lignes, constats = compiler(SCHEMA, {n: i for i, n in enumerate(SCHEMA.noms)})
>>> len(champs), len(lignes), constats
(17, 4, [])
>>> next(c for c in champs if c.nom == "DELIB_DATE").analyser("2024-02-30")
(None, (('type-error', 'La date doit avoir la forme AAAA-MM-JJ, par exemple 2017-10-15 (reçu : 2024-02-30).'),))
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from deliberations.erreurs import ErreurDeliberations
from deliberations.scdl.schema import Colonne, SchemaSCDL
from deliberations.scdl.verifications import (
    date_iso,
    entier,
    message_annee,
    message_nomenclature,
    siret_valide,
    uri_valide,
)
from deliberations.validation.rapport import Constat, Severite

__all__ = [
    "ControleLigne",
    "SchemaNonPrisEnCharge",
    "VerificationChamp",
    "compiler",
    "vide",
]

Faute = tuple[str, str]
"""Une faute de cellule : code et message."""
Analyse = tuple[Any, tuple[Faute, ...]]
FauteLigne = tuple[str, str, str, str]
"""Une faute de ligne : code, colonne, message, valeur."""
ControleLigne = Callable[[Sequence[Any]], tuple[FauteLigne, ...] | None]


class SchemaNonPrisEnCharge(ErreurDeliberations):
    """Le schéma demande un type, un format ou un contrôle que la bibliothèque ne connaît pas."""


@attrs.frozen
class VerificationChamp:
    """Ce qu'il faut vérifier d'une colonne : sa position dans la ligne, son rang dans les
    valeurs de la ligne, son nom, son obligation et l'analyse de ses valeurs non vides (``None`` : aucune
    contrainte, la valeur est gardée telle quelle)."""

    position: int
    indice: int
    nom: str
    obligatoire: bool
    analyser: Callable[[str], Analyse] | None


# ------------------------------------------------------------------ types


def _type_date(colonne: Colonne) -> Callable[[str], Analyse]:
    exemple = f", par exemple {colonne.exemple}" if colonne.exemple else ""

    def lire(valeur: str) -> Analyse:
        date = date_iso(valeur)
        if date is None:
            message = f"La date doit avoir la forme AAAA-MM-JJ{exemple} (reçu : {valeur})."
            return None, (("type-error", message),)
        return date, ()

    return lire


def _type_entier(colonne: Colonne) -> Callable[[str], Analyse]:
    def lire(valeur: str) -> Analyse:
        nombre = entier(valeur)
        if nombre is None:
            return None, (
                ("type-error", f"La valeur doit être un nombre entier (valeur reçue : {valeur})."),
            )
        return nombre, ()

    return lire


def _type_nombre(colonne: Colonne) -> Callable[[str], Analyse]:
    def lire(valeur: str) -> Analyse:
        try:
            return float(valeur.replace(",", ".", 0)), ()
        except ValueError:
            return None, (("type-error", f"La valeur doit être un nombre (reçu : {valeur})."),)

    return lire


def _type_texte(colonne: Colonne) -> Callable[[str], Analyse]:
    if colonne.format == "uri":
        faute = (
            (
                "type-error",
                "La valeur doit être une adresse (URL) complète, avec son schéma (https://…).",
            ),
        )
        return lambda valeur: (valeur, ()) if uri_valide(valeur) else (None, faute)
    if colonne.format not in ("default", ""):
        raise SchemaNonPrisEnCharge(
            f"Format « {colonne.format} » non pris en charge ({colonne.nom})."
        )
    return lambda valeur: (valeur, ())


_TYPES = {
    "string": _type_texte,
    "date": _type_date,
    "integer": _type_entier,
    "number": _type_nombre,
}


# ------------------------------------------------------------------ contraintes d'une colonne

Regle = Callable[[Any, str], str | None]
"""Reçoit la valeur typée et le texte ; renvoie un message si la contrainte n'est pas tenue."""


def _contraintes(colonne: Colonne) -> list[Regle]:
    regles: list[Regle] = []
    exemple = f" (exemple : {colonne.exemple})" if colonne.exemple else ""
    if colonne.motif is not None:
        motif = colonne.motif
        regles.append(
            lambda v, t: (
                None if motif.match(t) else f"{t} ne respecte pas le motif imposé{exemple}."
            )
        )
    options = dict(colonne.contraintes)
    if "enum" in options:
        permises = frozenset(str(x) for x in options["enum"])
        liste = ", ".join(sorted(permises))
        regles.append(lambda v, t: None if t in permises else f"{t} n'est pas permis ({liste}).")
    for cle, comparer, quoi in (
        ("maxLength", operator.le, "au plus {} caractères"),
        ("minLength", operator.ge, "au moins {} caractères"),
    ):
        if cle in options:
            regles.append(_longueur(int(options[cle]), comparer, quoi.format(options[cle])))
    for cle, comparer, quoi in (("minimum", operator.ge, "≥"), ("maximum", operator.le, "≤")):
        if cle in options:
            regles.append(_borne(options[cle], comparer, quoi))
    return regles


def _longueur(borne: int, test: Callable[[int, int], bool], texte: str) -> Regle:
    return lambda v, t: None if test(len(t), borne) else f"Valeur de {texte}."


def _borne(borne: Any, test: Callable[[Any, Any], bool], signe: str) -> Regle:
    return lambda v, t: None if test(v, borne) else f"{t} : doit être {signe} {borne}."


def _controles_colonne(colonne: Colonne, controles: list[dict[str, Any]]) -> list[Regle]:
    regles: list[Regle] = []
    for nom in (c["_nom"] for c in controles if c.get("column") == colonne.nom):
        if nom in ("french-siret-value", "siret"):
            regles.append(
                lambda v, t: (
                    None
                    if siret_valide(t)
                    else "custom-check-error|La valeur n'est pas conforme au format SIRET (clé de contrôle)."
                )
            )
        elif nom in ("nomenclature-actes-value", "nomenclature-acte"):
            regles.append(
                lambda v, t: (
                    None
                    if (r := message_nomenclature(t)) is None
                    else f"custom-check-error|Nom de matière invalide : {r}."
                )
            )
        elif nom == "year-interval-value":
            regles.append(
                lambda v, t: (
                    None
                    if (r := message_annee(t)) is None
                    else f"year-interval-value|Année de budget invalide : {r}."
                )
            )
    return regles


def _operandes(controles: list[dict[str, Any]]) -> set[str]:
    """Les colonnes comparées ou additionnées : elles ont toujours une analyse (vide : ``None``)."""
    noms: set[str] = set()
    for c in controles:
        if c["_nom"] in ("compare-columns-value", "sum-columns-value"):
            noms |= {c["column"], c.get("column2", c["column"]), *c.get("columns", ())}
    return noms


def _analyseur(
    colonne: Colonne, controles: list[dict[str, Any]]
) -> Callable[[str], Analyse] | None:
    if colonne.type not in _TYPES:
        raise SchemaNonPrisEnCharge(f"Type « {colonne.type} » non pris en charge ({colonne.nom}).")
    typer = _TYPES[colonne.type](colonne)
    contraintes = _contraintes(colonne)
    personnalises = _controles_colonne(colonne, controles)
    if colonne.type == "string" and colonne.format == "default" and not contraintes + personnalises:
        return None if colonne.nom not in _operandes(controles) else lambda t: (t or None, ())
    if not contraintes + personnalises and colonne.format == "uri":
        # Valeurs presque toujours uniques (une adresse par ligne) : pas de cache, qui ne
        # ferait que se vider ; la vérification est une expression régulière.
        return _SansCache(typer).__getitem__

    def analyser(texte: str) -> Analyse:
        if not texte:
            return None, ()
        valeur, fautes = typer(texte)
        liste = list(fautes)
        if valeur is not None:
            liste += [("constraint-error", m) for r in contraintes if (m := r(valeur, texte))]
        for regle in personnalises:
            message = regle(valeur, texte)
            if message is not None:
                code, _, texte_message = message.partition("|")
                liste.append((code, texte_message))
        return valeur, tuple(liste)

    return _Cache(analyser).__getitem__


class _SansCache(dict[str, Analyse]):
    """Même interface que :class:`_Cache`, sans rien garder (valeurs uniques)."""

    def __init__(self, fonction: Callable[[str], Analyse]) -> None:
        super().__init__()
        self.fonction = fonction

    def __missing__(self, cle: str) -> Analyse:
        return self.fonction(cle) if cle else (None, ())


class _Cache(dict[str, Analyse]):
    """Cache des analyses d'une colonne (les valeurs se répètent : SIRET, dates, matières) ;
    lecture en C (``dict.__getitem__``), vidé quand il atteint ``maximum`` entrées."""

    def __init__(self, fonction: Callable[[str], Analyse], maximum: int = 8192) -> None:
        super().__init__()
        self.fonction, self.maximum = fonction, maximum

    def __missing__(self, cle: str) -> Analyse:
        if len(self) >= self.maximum:
            self.clear()
        resultat = self[cle] = self.fonction(cle)
        return resultat


# ------------------------------------------------------------------ contrôles de plusieurs colonnes

_OPERATEURS: dict[str, tuple[Callable[[Any, Any], bool], str]] = {
    ">=": (operator.ge, "supérieur ou égal à"),
    ">": (operator.gt, "strictement supérieur à"),
    "<=": (operator.le, "inférieur ou égal à"),
    "<": (operator.lt, "strictement inférieur à"),
    "==": (operator.eq, "égal à"),
    "!=": (operator.ne, "différent de"),
}


def _texte(valeur: Any) -> str:
    return valeur.isoformat() if isinstance(valeur, dt.date) else str(valeur)


def vide(valeur: Any) -> bool:
    """Cellule vide ou de type invalide (Validata : une cellule invalide compte comme vide)."""
    return valeur is None or valeur == ""


def _comparer(params: list[dict[str, Any]], indices: dict[str, int]) -> ControleLigne | None:
    """Tous les contrôles ``compare-columns-value`` en un seul passage (boucle chaude)."""
    regles = [
        (
            indices[p["column"]],
            indices[p["column2"]],
            *_OPERATEURS[p["op"]],
            p["column"],
            p["column2"],
        )
        for p in params
        if p["column"] in indices and p["column2"] in indices
    ]
    if not regles:
        return None

    def controle(v: Sequence[Any]) -> tuple[FauteLigne, ...] | None:
        fautes: tuple[FauteLigne, ...] | None = None
        for i, j, test, mots, a, b in regles:
            x, y = v[i], v[j]
            if x is None or y is None or test(x, y):
                continue
            message = f"{a} ({_texte(x)}) devrait être {mots} {b} ({_texte(y)})."
            fautes = (*(fautes or ()), ("compare-columns-value", a, message, _texte(x)))
        return fautes

    return controle


def _somme(params: dict[str, Any], indices: dict[str, int]) -> ControleLigne | None:
    total, termes = params["column"], list(params["columns"])
    if any(n not in indices for n in [total, *termes]):
        return None
    i = indices[total]
    prendre = _prendre([indices[n] for n in termes])

    def controle(v: Sequence[Any]) -> tuple[FauteLigne, ...] | None:
        parties = prendre(v)
        if v[i] is None or None in parties or sum(parties) == v[i]:
            return None
        message = (
            f"La somme de {', '.join(termes)} ({sum(parties)}) est différente de {total} ({v[i]})."
        )
        return (("sum-columns-value", total, message, str(v[i])),)

    return controle


def _prendre(indices: list[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """Les valeurs aux ``indices``, toujours en tuple (``itemgetter`` d'un seul rang ne l'est pas)."""
    if len(indices) == 1:
        (k,) = indices
        return lambda v: (v[k],)
    return operator.itemgetter(*indices)


def _cohesion(params: dict[str, Any], indices: dict[str, int]) -> ControleLigne | None:
    noms = [params["column"], *params["othercolumns"]]
    if not all(n in indices for n in noms):
        return None
    prendre, n = _prendre([indices[n] for n in noms]), len(noms)
    message = f"Les colonnes {', '.join(noms)} doivent être toutes remplies ou toutes vides."

    def controle(v: Sequence[Any]) -> tuple[FauteLigne, ...] | None:
        valeurs = prendre(v)
        vides = valeurs.count(None) + valeurs.count("")
        if vides == 0 or vides == n:
            return None
        return (("cohesive-columns-value", noms[0], message, _texte(valeurs[0] or "")),)

    return controle


def _cohesion_entete(params: dict[str, Any], positions: dict[str, int]) -> list[Constat]:
    noms = [params["column"], *params["othercolumns"]]
    presentes = [n in positions for n in noms]
    if not any(presentes) or all(presentes):
        return []
    manquantes = ", ".join(n for n, p in zip(noms, presentes, strict=True) if not p)
    return [
        Constat(
            code="cohesive-columns-value",
            severite=Severite.ERREUR,
            message=f"Les colonnes {', '.join(noms)} vont ensemble ; il manque {manquantes}.",
            chemin=f"en-tête, colonne {noms[0]}",
            details={"ligne": 1, "colonnes": ", ".join(noms)},
        )
    ]


_CONTROLES_LIGNE: dict[str, Callable[[dict[str, Any], dict[str, int]], ControleLigne | None]] = {
    "sum-columns-value": _somme,
    "cohesive-columns-value": _cohesion,
}
_CONTROLES_COLONNE = {
    "french-siret-value",
    "siret",
    "nomenclature-actes-value",
    "nomenclature-acte",
    "year-interval-value",
}


def compiler(
    schema: SchemaSCDL, positions: dict[str, int]
) -> tuple[list[VerificationChamp], list[ControleLigne], list[Constat]]:
    """Les vérifications des colonnes présentes (``positions`` : nom → position dans la ligne),
    les contrôles de ligne, et les constats d'en-tête des contrôles (colonnes liées absentes)."""
    controles = [{"_nom": nom, **dict(params)} for nom, params in schema.controles]
    for c in controles:
        if c["_nom"] not in _CONTROLES_LIGNE and c["_nom"] not in _CONTROLES_COLONNE | {
            "compare-columns-value"
        }:
            raise SchemaNonPrisEnCharge(f"Contrôle personnalisé « {c['_nom']} » inconnu.")
    presentes = [(c, _analyseur(c, controles)) for c in schema.colonnes if c.nom in positions]
    # Rang des valeurs d'une ligne : colonnes analysées d'abord, puis les autres (texte brut).
    ordre = [p for p in presentes if p[1] is not None] + [p for p in presentes if p[1] is None]
    champs = [
        VerificationChamp(positions[c.nom], i, c.nom, c.obligatoire, analyser)
        for i, (c, analyser) in enumerate(ordre)
    ]
    indices = {c.nom: c.indice for c in champs}
    lignes: list[ControleLigne] = []
    entete: list[Constat] = []
    for c in controles:
        fabrique = _CONTROLES_LIGNE.get(c["_nom"])
        if fabrique is None:
            continue
        controle = fabrique(c, indices)
        if controle is not None:
            lignes.append(controle)
        if c["_nom"] == "cohesive-columns-value":
            entete += _cohesion_entete(c, positions)
    comparaisons = [c for c in controles if c["_nom"] == "compare-columns-value"]
    if (controle := _comparer(comparaisons, indices)) is not None:
        lignes.append(controle)
    return champs, lignes, entete
