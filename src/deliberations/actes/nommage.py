"""Noms de fichiers du protocole ACTES (conventions de S²LOW et des préfectures).

>>> nom_metier("21", "242100410", dt.date(2024, 9, 26), "20240926_001", "DE")
'021-242100410-20240926-20240926_001-DE-1-1_0.xml'
>>> nom_piece("99_DE", "21", "242100410", dt.date(2024, 9, 26), "20240926_001", "DE", 1, "pdf")
'99_DE-021-242100410-20240926-20240926_001-DE-1-1_1.pdf'
>>> nom_enveloppe("242100410", dt.date(2024, 9, 27), 1)
'EACT--242100410--20240927-1.xml'
>>> nom_archive("SLO", "EACT--242100410--20240927-1.xml")
'SLO-EACT--242100410--20240927-1.tar.gz'
"""

from __future__ import annotations

import datetime as dt
import re

from deliberations.identifiants import departement

__all__ = [
    "MOTIF_ENVELOPPE",
    "MOTIF_METIER",
    "MOTIF_PIECE",
    "id_acte",
    "nom_archive",
    "nom_enveloppe",
    "nom_metier",
    "nom_piece",
]

MOTIF_METIER = re.compile(
    r"^(?P<dept>[0-9]{2}[0-9AB])-(?P<siren>[0-9]{9})-(?P<date>[0-9]{8})-(?P<numero>[A-Za-z0-9_]{1,15})"
    r"-(?P<nature>[A-Z]{2})-(?P<t>[0-9])-(?P<f>[0-9])_0\.xml$"
)
MOTIF_PIECE = re.compile(
    r"^(?:(?P<typepj>[0-9]{2}_[A-Z0-9]{2})-)?(?P<dept>[0-9]{2}[0-9AB])-(?P<siren>[0-9]{9})-"
    r"(?P<date>[0-9]{8})-(?P<numero>[A-Za-z0-9_]{1,15})-(?P<nature>[A-Z]{2})-(?P<t>[0-9])-(?P<f>[0-9])"
    r"_(?P<rang>[1-9][0-9]*)\.(?P<ext>[A-Za-z0-9]+)$"
)
MOTIF_ENVELOPPE = re.compile(
    r"^(?P<appli>[A-Z]{4})--(?P<siren>[0-9]{9})--(?P<date>[0-9]{8})-(?P<serie>[0-9]{1,4})\.xml$"
)


def _base(dept: str, siren: str, date: dt.date, numero: str, abrege: str, t: int, f: int) -> str:
    return f"{departement.format_actes(dept)}-{siren}-{date:%Y%m%d}-{numero}-{abrege}-{t}-{f}"


def id_acte(dept: str, siren: str, date: dt.date, numero: str, abrege: str) -> str:
    """L'identifiant ACTES d'un acte : ``{dept}-{SIREN}-{AAAAMMJJ}-{numéro}-{nature}``.

    >>> id_acte("21", "242100410", dt.date(2024, 9, 26), "20240926_001", "DE")
    '021-242100410-20240926-20240926_001-DE'
    """
    return f"{departement.format_actes(dept)}-{siren}-{date:%Y%m%d}-{numero}-{abrege}"


def nom_metier(
    dept: str, siren: str, date: dt.date, numero: str, abrege: str, t: int = 1, f: int = 1
) -> str:
    """Nom du fichier XML métier : ``{dept}-{SIREN}-{AAAAMMJJ}-{numéro}-{nature}-{T}-{F}_0.xml``."""
    return _base(dept, siren, date, numero, abrege, t, f) + "_0.xml"


def nom_piece(
    code_type_pj: str,
    dept: str,
    siren: str,
    date: dt.date,
    numero: str,
    abrege: str,
    rang: int,
    extension: str,
    t: int = 1,
    f: int = 1,
) -> str:
    """Nom d'une pièce : l'acte au rang 1, les annexes à partir de 2."""
    return f"{code_type_pj}-{_base(dept, siren, date, numero, abrege, t, f)}_{rang}.{extension.lower()}"


def nom_enveloppe(siren: str, date: dt.date, serie: int, application: str = "EACT") -> str:
    """Nom de l'enveloppe : ``EACT--{SIREN}--{AAAAMMJJ}-{n}.xml`` (date d'envoi)."""
    return f"{application}--{siren}--{date:%Y%m%d}-{serie}.xml"


def nom_archive(trigramme: str, enveloppe: str) -> str:
    """Nom de l'archive : ``{trigramme}-{enveloppe sans .xml}.tar.gz``."""
    return f"{trigramme}-{enveloppe.removesuffix('.xml')}.tar.gz"
