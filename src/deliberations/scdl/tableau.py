"""Un fichier SCDL en ``pandas.DataFrame``, avec les bons types de colonnes (extra ``pandas``).

``pd.read_csv`` seul lit ``7.10`` comme le nombre 7,1 et un SIRET comme un entier (les zéros de
tête et la clé se perdent). :data:`TYPES_PANDAS` donne le type de chaque colonne, tiré du
fichier de schéma : ``string`` pour les textes (SIRET, codes de matière, identifiants),
``Int64`` (entier qui admet le vide) pour les votes, dates converties en ``datetime64``.

>>> TYPES_PANDAS["COLL_SIRET"], TYPES_PANDAS["DELIB_MATIERE_CODE"], TYPES_PANDAS["VOTE_POUR"]
('string', 'string', 'Int64')
>>> COLONNES_DATES
('DELIB_DATE', 'PREF_DATE')
"""

from __future__ import annotations

import importlib
import io
from typing import Any

from deliberations.erreurs import ErreurDeliberations
from deliberations.scdl.schema import SCHEMA, SchemaSCDL
from deliberations.scdl.source import TAILLE_MAXIMALE, Source, SourceCSV

__all__ = [
    "COLONNES_DATES",
    "TYPES_PANDAS",
    "ValeurNonConvertible",
    "lire_dataframe",
    "types_pandas",
]

_PANDAS = {"string": "string", "integer": "Int64", "number": "Float64", "date": "string"}


def types_pandas(schema: SchemaSCDL = SCHEMA) -> dict[str, str]:
    """Le type pandas de chaque colonne du schéma (les dates sont lues en texte, puis converties)."""
    return {c.nom: _PANDAS.get(c.type, "string") for c in schema.colonnes}


TYPES_PANDAS: dict[str, str] = types_pandas()
"""Colonne → type pandas, à donner à ``pd.read_csv(..., dtype=TYPES_PANDAS)``."""
COLONNES_DATES: tuple[str, ...] = tuple(c.nom for c in SCHEMA.colonnes if c.type == "date")


class ValeurNonConvertible(ErreurDeliberations):
    """Une cellule ne se convertit pas au type de sa colonne (à vérifier d'abord avec
    :func:`~deliberations.scdl.valider_scdl`)."""


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise ErreurDeliberations(
            "pandas n'est pas installé : pip install 'deliberations[pandas]'."
        ) from None


def lire_dataframe(
    source: Source, *, taille_maximale: int = TAILLE_MAXIMALE, schema: SchemaSCDL = SCHEMA
) -> Any:
    """Lit un CSV SCDL en ``pandas.DataFrame`` typé (encodage, BOM et séparateur détectés).

    Les cellules vides valent ``<NA>`` (``NaT`` pour les dates). Une valeur qui ne se convertit
    pas à son type (``12.0`` dans un vote, ``10/05/2023`` dans une date) lève
    :class:`ValeurNonConvertible`, qui nomme la ligne et la colonne : rien n'est remplacé par
    ``NA`` en silence. Les colonnes hors schéma sont gardées en texte.
    """
    pd = _pandas()
    types = types_pandas(schema)
    with SourceCSV.ouvrir(source, taille_maximale=taille_maximale) as src:
        encodage = "utf-8-sig" if src.encodage == "utf-8" else src.encodage
        texte = io.TextIOWrapper(src.flux, encoding=encodage, newline="")
        try:
            table = pd.read_csv(
                texte,
                sep=src.separateur,
                dtype="string",
                keep_default_na=False,
                na_values=[""],
                skiprows=1 if src.indication_sep else 0,
            )
        finally:
            texte.detach()
    dates = {c.nom for c in schema.colonnes if c.type == "date"}
    for colonne in table.columns:
        cible = "date" if colonne in dates else types.get(colonne, "string")
        table[colonne] = _convertir(pd, table[colonne], cible, colonne)
    return table


def _convertir(pd: Any, serie: Any, cible: str, colonne: str) -> Any:
    if cible == "string":
        return serie
    if cible == "date":
        converti = pd.to_datetime(serie, format="%Y-%m-%d", errors="coerce")
    else:
        motif = (
            r"\s*[+-]?\d+\s*"
            if cible == "Int64"
            else r"\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*"
        )
        lisibles = serie.str.fullmatch(motif).fillna(False).astype(bool)
        converti = pd.to_numeric(serie.where(lisibles), errors="coerce").astype(cible)
    perdus = converti.isna() & serie.notna()
    if perdus.any():
        rang = int(perdus.to_numpy().nonzero()[0][0])
        raise ValeurNonConvertible(
            f"ligne {rang + 2}, colonne {colonne} : « {serie.iloc[rang]} » n'est pas "
            f"{'une date AAAA-MM-JJ' if cible == 'date' else 'un nombre (' + cible + ')'}."
        )
    return converti
