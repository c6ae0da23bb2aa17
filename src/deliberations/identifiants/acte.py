"""Identifiant d'acte @CTES : ``{département}-{SIREN}-{AAAAMMJJ}-{numéro}-{nature}``.

C'est l'identifiant que la préfecture donne à un acte reçu (``IDActe`` de l'accusé de
réception, tampon « ID : … » imprimé sur les actes transmis) : le département sur trois
caractères (``021``, ``02A``, ``974``), le SIREN de l'émetteur, la date de décision, le
numéro interne de l'acte (1 à 15 lettres, chiffres ou ``_``) et la nature abrégée (``DE``,
``AR``, ``AI``, ``CC``, ``BF``, ``AU``). La forme est celle du schéma @CTES
(``actesv1_1.xsd``) ; :func:`validate` exige en plus une date qui existe. La clé du SIREN
n'est pas vérifiée : les plateformes de test emploient des SIREN fictifs.

>>> decomposer('021-242100410-20240926-2024_001-DE')
PartiesActe(departement='021', siren='242100410', date=datetime.date(2024, 9, 26), numero='2024_001', nature='DE')
>>> validate(' 021-242100410-20240926-2024_001-DE ')
'021-242100410-20240926-2024_001-DE'
>>> validate('021-242100410-20240931-2024_001-DE')
Traceback (most recent call last):
    ...
deliberations.erreurs.ComposantInvalide: Identifiant d'acte 021-242100410-20240931-2024_001-DE : la date de décision 20240931 n'existe pas.
>>> is_valid('21-242100410-20240926-2024_001-DE')
False
>>> format('021-242100410-20240926-2024_001-DE')
'021-242100410-20240926-2024_001-DE'
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import NamedTuple

from deliberations.erreurs import ComposantInvalide, FormatInvalide
from deliberations.identifiants._commun import est_valide, exiger_chaine

__all__ = [
    "MOTIF",
    "PartiesActe",
    "compact",
    "conforme_au_schema",
    "decomposer",
    "format",
    "is_valid",
    "validate",
]

_NOM = "Identifiant d'acte"

MOTIF = r"[09][0-9][AB0-9]-[0-9]{9}-[0-9]{8}-[A-Za-z0-9_]{1,15}-[A-Z]{2}"
"""L'expression d'un identifiant d'acte dans un texte (natures en capitales ASCII), à
insérer dans une expression plus large (le tampon « ID : … » d'un extrait)."""

# Le motif du schéma, tel quel : « [0|9] » y permet aussi la barre, et la nature est
# faite de deux capitales Unicode quelconques
_SCHEMA = re.compile(r"[0|9][0-9][A|B|0-9]-[0-9]{9}-[0-9]{8}-[a-zA-Z0-9_]{1,15}-..", re.S)
_PARTIES = re.compile(
    r"(?P<departement>[09][0-9][AB0-9])-(?P<siren>[0-9]{9})-(?P<date>[0-9]{8})-"
    r"(?P<numero>[A-Za-z0-9_]{1,15})-(?P<nature>[A-Z]{2})"
)


class PartiesActe(NamedTuple):
    """Les cinq parties d'un identifiant d'acte."""

    departement: str
    """Le département sur trois caractères (``021``, ``02A``, ``974``)."""
    siren: str
    """Le SIREN de la collectivité émettrice (clé non vérifiée)."""
    date: dt.date
    """La date de décision de l'acte."""
    numero: str
    """Le numéro interne de l'acte."""
    nature: str
    """La nature abrégée (``DE`` pour une délibération)."""


def compact(identifiant: str) -> str:
    """Retire les espaces autour de l'identifiant."""
    return exiger_chaine(_NOM, identifiant).strip()


def conforme_au_schema(identifiant: str) -> bool:
    """Vrai si ``identifiant`` suit le motif du schéma @CTES (sans contrôle de la date)."""
    return bool(_SCHEMA.fullmatch(identifiant)) and all(
        unicodedata.category(c) == "Lu" for c in identifiant[-2:]
    )


def decomposer(identifiant: str) -> PartiesActe:
    """Les parties de l'identifiant, ou :class:`FormatInvalide` / :class:`ComposantInvalide`."""
    valeur = compact(identifiant)
    trouve = _PARTIES.fullmatch(valeur)
    if trouve is None:
        raise FormatInvalide(
            f"{_NOM} {valeur} : la forme {{département}}-{{SIREN}}-{{AAAAMMJJ}}-{{numéro}}-"
            "{nature} est attendue (par exemple 021-242100410-20240926-2024_001-DE)."
        )
    jour = trouve["date"]  # (huit chiffres ASCII : « %Y%m%d » sans strptime, lent à chaque appel)
    try:
        date = dt.date(int(jour[:4]), int(jour[4:6]), int(jour[6:]))
    except ValueError:
        raise ComposantInvalide(
            f"{_NOM} {valeur} : la date de décision {trouve['date']} n'existe pas."
        ) from None
    return PartiesActe(
        trouve["departement"], trouve["siren"], date, trouve["numero"], trouve["nature"]
    )


def validate(identifiant: str) -> str:
    """Renvoie la forme compacte ou lève une :class:`IdentifiantInvalide` précise."""
    decomposer(identifiant)
    return compact(identifiant)


def is_valid(identifiant: str) -> bool:
    """Vrai si ``identifiant`` est un identifiant d'acte valide."""
    return est_valide(validate, identifiant)


def format(identifiant: str) -> str:
    """La forme lisible, qui est la forme compacte."""
    return compact(identifiant)
