"""Vérifications élémentaires des valeurs SCDL, partagées par le validateur et le lecteur.

Chaque fonction reçoit une chaîne et renvoie la valeur interprétée, ou ``None`` si elle
n'est pas valide ; les résultats sont mis en cache (les valeurs se répètent d'une ligne à
l'autre : SIRET, dates, matières).

>>> date_iso("2024-02-30"), date_iso("2024-02-29")
(None, datetime.date(2024, 2, 29))
>>> entier("-6"), entier("40.0")
(-6, None)
>>> message_nomenclature("Finances locales / Décisions budgétaires")
"le signe oblique ne doit pas être précédé ni suivi d'espace"
>>> message_nomenclature("finances locales/") is None
True
>>> message_nomenclature("commande publique/transactions /protocole d accord") is None
True
>>> message_nomenclature("\ufb01nances locales/budget")
"le préfixe de nomenclature Actes « ﬁnances locales » n'est pas reconnu"
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable

from stdnum.fr import siret as stdnum_siret

from deliberations.scdl.schema import NIVEAUX1_NOMENCLATURE

__all__ = [
    "annee_budget",
    "date_iso",
    "entier",
    "message_annee",
    "message_nomenclature",
    "siret_valide",
    "uri_valide",
]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ENTIER = re.compile(r"^\s*[+-]?\d+\s*$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_ANNEE = re.compile(r"^(\d{4})(?:/(\d{4}))?$")


_ACCENTS = str.maketrans(
    {**dict.fromkeys("èéêë", "e"), **dict.fromkeys("àáâãäå", "a"), **dict.fromkeys("ìíîï", "i")}
    | dict.fromkeys("òóôõö", "o")
    | dict.fromkeys("ùúûü", "u")
)


def _sans_accents_minuscules(texte: str) -> str:
    """La comparaison de frformat (Validata) : minuscules, puis les seules voyelles accentuées
    françaises et voisines ramenées à la lettre nue. Rien d'autre n'est replié (ni espace
    insécable, ni ligature, ni accent étranger) ; seuls les accents décomposés (NFD, macOS)
    sont d'abord recomposés, ce que Validata ne fait pas (écart documenté)."""
    return unicodedata.normalize("NFC", texte).lower().translate(_ACCENTS)


_NIVEAUX1 = frozenset(_sans_accents_minuscules(n) for n in NIVEAUX1_NOMENCLATURE)


@functools.lru_cache(maxsize=65536)
def date_iso(valeur: str) -> dt.date | None:
    """Date ``AAAA-MM-JJ`` existante, sinon ``None``."""
    if not _DATE.match(valeur):
        return None
    try:
        return dt.date.fromisoformat(valeur)
    except ValueError:
        return None


@functools.lru_cache(maxsize=65536)
def entier(valeur: str) -> int | None:
    """Entier écrit en chiffres (signe et blancs autour permis, comme frictionless), sinon ``None``."""
    return int(valeur) if _ENTIER.match(valeur) else None


@functools.lru_cache(maxsize=4096)
def siret_valide(valeur: str) -> bool:
    """Contrôle ``siret`` de Validata : clé de Luhn (et règle de La Poste) via python-stdnum."""
    return bool(stdnum_siret.is_valid(valeur))


uri_valide: Callable[[str], object] = _URI.match
"""Format ``uri`` de frictionless (RFC 3986 via ``rfc3986``) : seul le schéma est exigé
(``https:`` seul est valide, chemin vide) ; le reste n'est pas vérifié. Vrai (une
correspondance) si l'adresse est valide, ``None`` sinon."""


@functools.lru_cache(maxsize=4096)
def message_nomenclature(valeur: str) -> str | None:
    """Contrôle ``nomenclature-acte`` de Validata : ``None`` si valide, sinon la raison."""
    if "/" not in valeur:
        return "le signe oblique « / » est manquant"
    prefixe = valeur.split("/", 1)[0]
    if "/ " in valeur or prefixe.endswith(" "):
        return "le signe oblique ne doit pas être précédé ni suivi d'espace"
    if _sans_accents_minuscules(prefixe) not in _NIVEAUX1:
        return f"le préfixe de nomenclature Actes « {prefixe} » n'est pas reconnu"
    return None


@functools.lru_cache(maxsize=1024)
def message_annee(valeur: str) -> str | None:
    """Contrôle ``year-interval-value`` (année seule permise) : ``None`` si valide."""
    trouve = _ANNEE.match(valeur)
    if not trouve:
        return "la valeur doit être une année (AAAA) ou un intervalle d'années (AAAA/AAAA)"
    if trouve.group(2) is None:
        return None
    premiere, seconde = int(trouve.group(1)), int(trouve.group(2))
    if premiere == seconde:
        return "les deux années doivent être différentes"
    if seconde < premiere:
        return f"la deuxième année ({premiere}) doit être postérieure à la première ({seconde})"
    return None


def annee_budget(valeur: str) -> str | None:
    """L'année ou l'intervalle si valide, sinon ``None``."""
    return valeur if message_annee(valeur) is None else None
