"""Dates françaises en chiffres ou en lettres, telles que les écrivent les registres.

>>> trouver_date("Séance du jeudi 26 septembre 2024")
datetime.date(2024, 9, 26)
>>> trouver_date("L'an deux mil vingt-trois, le dix-huit septembre")
datetime.date(2023, 9, 18)
>>> trouver_date("L'AN DEUX MIL VINGT le QUINZE du mois de DÉCEMBRE")
datetime.date(2020, 12, 15)
>>> trouver_date("réunion du 25.11.2019 à 18h30")
datetime.date(2019, 11, 25)
>>> trouver_date("Séance publique du 2 nov. 2016")
datetime.date(2016, 11, 2)
>>> trouver_date("le 1er mars", annee_defaut=2022)
datetime.date(2022, 3, 1)
>>> trouver_date("L'AN DEUX MIL DIX-HUIT, le ler OCTOBRE à vingt heures")
datetime.date(2018, 10, 1)
>>> nombre_en_lettres("quatre-vingt-dix-sept"), nombre_en_lettres("sept")
(97, 7)
"""

from __future__ import annotations

import datetime as dt
import re

from deliberations.extrait.prefiltres import contient_un, mots_requis
from deliberations.texte import base_meme_longueur, sans_accents

__all__ = ["MOIS", "fenetre_de_date", "nombre_en_lettres", "trouver_date"]

MOIS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}  # fmt: skip
_UNITES = {
    "zero": 0, "un": 1, "une": 1, "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
    "mil": 1000, "mille": 1000,
}  # fmt: skip
_MOT_NOMBRE = r"(?:" + "|".join(sorted(_UNITES, key=len, reverse=True)) + r"|et)"
_NOMBRE_LETTRES = rf"{_MOT_NOMBRE}(?:[\s-]+{_MOT_NOMBRE})*"
NOMBRE_LETTRES = rf"{_MOT_NOMBRE}(?![a-z])(?:[\s-]+{_MOT_NOMBRE}(?![a-z]))*"  # mots entiers
# « 2 nov. 2016 », « 12 sept 2019 » : un mois abrégé, suivi d'un point ou de l'année
MOIS_ABREGES = {
    "janv": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11,
    "dec": 12,
}  # fmt: skip
_MOIS = "|".join(MOIS) + r"|(?:" + "|".join(MOIS_ABREGES) + r")(?=\.|\s+\d{4})"

_NUMERIQUE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_JOUR_MOIS = re.compile(
    rf"(?<![\w])(\d{{1,2}}|{_NOMBRE_LETTRES})\s*(?:er|e)?\s+(?:du\s+mois\s+d[e']\s*)?({_MOIS})"
    rf"\.?(?:\s+(\d{{4}}|{_NOMBRE_LETTRES}))?(?![\w])"
)
_MOIS_PAR_NOM = {**MOIS, **MOIS_ABREGES}
_MOTS_ISO = mots_requis(_ISO, "-")
_MOTS_NUMERIQUE = mots_requis(_NUMERIQUE, "/", ".", "-")
_MOTS_JOUR_MOIS = mots_requis(
    _JOUR_MOIS, "jan", "fev", "mars", "avr", "mai", "juin", "juil", "aout", "sep", "oct", "nov", "dec"
)
# « le ler octobre », « le Ier mars » : le « 1er » d'une page OCRisée, devant un nom de mois
_PREMIER_OCR = re.compile(rf"(?<![\w])[il]er(?=\s+(?:{'|'.join(MOIS)})(?![\w]))")
_AN = re.compile(rf"\bl(?:'|\s)an\s+({_NOMBRE_LETTRES}|\d{{4}})")


_BLANCS_OU_TIRETS = re.compile(r"[\s-]+")


def nombre_en_lettres(texte: str) -> int | None:
    """Valeur d'un nombre écrit en lettres (jusqu'à 9 999), ou ``None``."""
    mots = [m for m in _BLANCS_OU_TIRETS.split(sans_accents(texte).lower().strip()) if m and m != "et"]
    if not mots or any(m not in _UNITES for m in mots):
        return None
    total, courant = 0, 0
    for mot in mots:
        valeur = _UNITES[mot]
        if valeur == 1000:
            total += (courant or 1) * 1000
            courant = 0
        elif valeur == 100:
            courant = (courant or 1) * 100
        elif valeur == 20 and courant % 100 == 4:  # quatre-vingt(s), même après « cent »
            courant += 80 - 4
        else:
            courant += valeur
    return total + courant


# la suite d'un mot coupé, puis les mots de nombre qui le suivent (« … deux mille vingt|-quatre »)
_SUITE_DE_NOMBRE = re.compile(
    rf"[^\W\d]*(?:[\s-]+{_MOT_NOMBRE}(?![a-z]))*", re.IGNORECASE
)
# la suite d'une date en chiffres coupée (« 3/04/20|12 ») : jamais lue « 3/04/20 », en 2020
_DATE_CHIFFREE_COUPEE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,3}$")
_SUITE_DE_CHIFFRES = re.compile(r"\d*")


def fenetre_de_date(texte: str, debut: int, largeur: int) -> str:
    """Les ``largeur`` caractères de ``texte`` à partir de ``debut``, prolongés jusqu'au bout
    d'un nombre écrit en lettres ou en chiffres que la fenêtre couperait : une année en lettres
    (« deux mille vingt-quatre ») n'est jamais lue tronquée (« deux mille vingt »), ni une date
    en chiffres (« 3/04/2012 » lue « 3/04/20 »).

    >>> t = "Séance du vingt-six septembre deux mille vingt-quatre à vingt heures"
    >>> fenetre_de_date(t, 10, 40)
    'vingt-six septembre deux mille vingt-quatre'
    >>> trouver_date(fenetre_de_date(t, 10, 40))
    datetime.date(2024, 9, 26)
    >>> fenetre_de_date("Séance du mardi 3/04/2012 à 20 h", 10, 13)
    'mardi 3/04/2012'
    """
    fin = debut + largeur
    if (
        fin < len(texte)
        and texte[fin].isdigit()
        and _DATE_CHIFFREE_COUPEE.search(texte, max(debut, fin - 12), fin)
    ):
        chiffres = _SUITE_DE_CHIFFRES.match(texte, fin)
        return texte[debut : chiffres.end() if chiffres else fin]
    if fin >= len(texte) or not (texte[fin - 1].isalpha() or texte[fin - 1] in " -"):
        return texte[debut:fin]
    suite = _SUITE_DE_NOMBRE.match(base_meme_longueur(texte[fin : fin + 60]))
    return texte[debut : fin + (suite.end() if suite else 0)]


def _nombre(texte: str) -> int | None:
    texte = texte.strip()
    return int(texte) if texte.isdigit() else nombre_en_lettres(texte)


def _date(annee: int | None, mois: int, jour: int | None) -> dt.date | None:
    if annee is None or jour is None:
        return None
    if annee < 100:
        annee += 2000
    try:
        return dt.date(annee, mois, jour)
    except ValueError:
        return None


def trouver_date(texte: str, annee_defaut: int | None = None) -> dt.date | None:
    """La première date reconnue dans ``texte`` (la plus à gauche, quelle que soit sa forme),
    ou ``None``.

    ``annee_defaut`` complète une date écrite sans année (« le 8 mars »).

    >>> trouver_date("L'an deux mille seize, le 21 janvier, convoqué le 13/01/2016")
    datetime.date(2016, 1, 21)
    """
    propre = sans_accents(texte).lower().replace("1er", "1")
    if "er " in propre:
        propre = _PREMIER_OCR.sub("1", propre)
    trouvees: list[tuple[int, dt.date]] = []
    trouve = _ISO.search(propre) if contient_un(propre, _MOTS_ISO) else None
    if trouve and (date := _date(int(trouve.group(1)), int(trouve.group(2)), int(trouve.group(3)))):
        trouvees.append((trouve.start(), date))
    trouve = _NUMERIQUE.search(propre) if contient_un(propre, _MOTS_NUMERIQUE) else None
    if trouve and 1 <= int(trouve.group(2)) <= 12:
        date = _date(int(trouve.group(3)), int(trouve.group(2)), int(trouve.group(1)))
        if date is not None:
            trouvees.append((trouve.start(), date))
    an = _AN.search(propre)
    annee_lettres = _nombre(an.group(1)) if an else None
    for trouve in _JOUR_MOIS.finditer(propre) if contient_un(propre, _MOTS_JOUR_MOIS) else ():
        if trouvees and trouve.start() > min(trouvees)[0]:
            break
        jour = _nombre(trouve.group(1))
        annee = _nombre(trouve.group(3)) if trouve.group(3) else None
        date = _date(annee or annee_lettres or annee_defaut, _MOIS_PAR_NOM[trouve.group(2)], jour)
        if date is not None:
            trouvees.append((trouve.start(), date))
            break
    return min(trouvees, key=lambda x: x[0])[1] if trouvees else None


def annee_de_l_an(texte: str) -> int | None:
    """L'année de « L'an deux mille dix-neuf » (en lettres ou en chiffres), ou ``None``.

    >>> annee_de_l_an("L'an deux mille dix-neuf, le conseil municipal")
    2019
    """
    an = _AN.search(sans_accents(texte).lower())
    return _nombre(an.group(1)) if an else None
