"""Reconnaissance des noms de personnes : civilité, prénom(s), NOM.

Le NOM est la suite de mots en capitales (``CARRELET DE LOISY``, ``N'DIAYE``) ; le prénom
ce qui précède (``Jean-marc``). L'ordre « NOM Prénom » est reconnu aussi. Les civilités au
pluriel (« Messieurs PINTA et LESAULNIER ») donnent plusieurs personnes.

>>> lire_personne("Monsieur Jean-marc GONÇALVES")
Elu(nom='GONÇALVES', prenom='Jean-marc', civilite=<Civilite.MONSIEUR: 'monsieur'>, identifiant=None)
>>> str(lire_personne("Mme Marie-Hélène JUILLARD-RANDRIAN"))
'Madame Marie-Hélène JUILLARD-RANDRIAN'
>>> str(lire_personne("M. Jacques CARRELET DE LOISY"))
'Monsieur Jacques CARRELET DE LOISY'
>>> str(lire_personne("DUPONT Jean"))
'Jean DUPONT'
>>> print(" ; ".join(str(e) for e in lire_personnes("Messieurs PINTA et LESAULNIER")))
Monsieur PINTA ; Monsieur LESAULNIER
>>> lire_personne("M. le Maire") is None
True

Un nom tout en capitales (« M. SOPHIE MARTINEZ ») ne dit pas lequel des mots est le prénom :
l'ordre est pris des autres noms du document (:func:`ordre_des_noms`), prénom d'abord sans
indice, et les lectures faites sans indice sont comptées pour être signalées.

>>> with ordre_des_noms("Mme MARTIN Anne, M. DURAND Paul, M. PETIT Luc") as ordre:
...     str(lire_personne("Mme MARTINEZ SOPHIE")), ordre.nom_d_abord, ordre.ambigus
('Madame Sophie MARTINEZ', True, 0)
>>> with ordre_des_noms("M. Jean DURAND, Mme Anne PETIT, M. MARTIN Luc") as ordre:
...     str(lire_personne("M. MARTIN LUC")), str(lire_personne("M. PAUL ROUX")), ordre.ambigus
('Monsieur Luc MARTIN', 'Monsieur Paul ROUX', 1)
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import re
from collections.abc import Iterator
from contextvars import ContextVar
from importlib import resources

import attrs

from deliberations.extrait.prefiltres import avec_garde, finit_par_un, fins_requises
from deliberations.model import Civilite, Elu
from deliberations.texte import base_meme_longueur, espaces_normalises, sans_accents

__all__ = [
    "CIVILITE",
    "MOTIF_NOM",
    "MOTIF_PRENOM",
    "OrdreDesNoms",
    "civilite_mal_ecrite",
    "decouper",
    "est_fonction",
    "lire_personne",
    "lire_personnes",
    "ordre_des_noms",
]

# (« Mes NICOL, QUERE » : « Mes » abrège Messieurs devant un NOM en capitales, jamais « mes »)
CIVILITE = (
    r"(?:Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Mesdemoiselles|MM\.?|Mmes\.?|Mme\.?|Mlles\.?|Mlle\.?|Mrs\.?"
    r"|Mr\.?|M\.|Ms\.|"
    r"M(?=\s+[A-ZÉÈ]{2})|(?-i:Mes)(?=(?-i:\s+[A-ZÉÈ]{2})))"
)
_CIVILITE_SEULE = re.compile(rf"\s*{CIVILITE}\s*", re.IGNORECASE)
_CIVILITE_DEBUT = re.compile(rf"^\s*({CIVILITE})(?=\s|$)\s*", re.IGNORECASE)
_TITRE_DEBUT = re.compile(r"^(?:le\s+|la\s+)?(?:Dr|Pr|Docteur|Professeur|docteur|professeur)\.?\s+(?=[A-ZÉÈ])")
_RANG_DE_FONCTION = (
    r"(?:(?:1er|1[eè]?re|premi[eè]re?|\d{1,2}\s?(?:e|[eè]me|i[eè]me)|deuxi[eè]me|troisi[eè]me|quatri[eè]me"
    r"|cinqui[eè]me|sixi[eè]me|septi[eè]me|huiti[eè]me|neuvi[eè]me|dixi[eè]me)\s+)?"
)
_FONCTIONS = re.compile(
    rf"^(?:(?:le|la)\s+|l'\s*){_RANG_DE_FONCTION}"
    r"(?:maire|president|presidente|adjoint|adjointe|vice-president|doyen)\b",
    re.IGNORECASE,
)
# « Madame le Maire-adjoint Anne PETIT », « M. le 1er adjoint Paul ROUX » : la fonction entre la
# civilité et le nom n'est ni le prénom ni une partie du nom (lue sur la forme sans accents)
_NOM_LE_MAIRE = re.compile(r"L[EA]\s+MAIRE\s+(?:[A-ZÉÈ]\.?|[A-ZÉÈ][a-zéèëïç]+(?:-[A-ZÉÈ][a-zéèëïç]+)?)\s*[.,;]?\s*$")
_FONCTION_AVANT_NOM = re.compile(
    rf"(?:(?:le|la)\s+|l'\s*){_RANG_DE_FONCTION}"
    r"(?:maire|presidente?|vice-presidente?|adjointe?|doyen(?:ne)?)"
    r"(?:[\s-]+(?:adjointe?|delegue?e?|municipale?|communautaire))*\s+(?=[A-Z](?!e\s))",
    re.IGNORECASE,
)
# libellés de décompte (« Votants », « En exercice »…) : jamais le nom d'une personne
_LIBELLES_DECOMPTE = re.compile(
    r"^(?:en\s+exercice|presents?|absents?|excuses?|votants?|pouvoirs?|procurations?|"
    r"suffrages(?:\s+exprimes)?|exprimes|representes?|membres|pour|contre|abstentions?)$",
    re.IGNORECASE,
)
# « A. », « J.-P. », « J-L. », « J.L. » : initiales du prénom
_INITIALE = re.compile(r"[A-ZÉÈ]\.(?:-[A-ZÉÈ]\.)?|[A-ZÉÈ]\.?-[A-ZÉÈ]\.|[A-ZÉÈ]\.[A-ZÉÈ]\.")
_PARTICULES = {"de", "du", "des", "d'", "le", "la", "van", "von", "da", "di"}
_INITIALES_SANS_POINT = re.compile(r"[A-ZÉÈ]{1,2}")
_RANG_FINAL = re.compile(r"\s+\d{1,2}\s?(?:er|ère|ere|e|ème|eme|°)$")


def _majuscules(mot: str) -> bool:
    """Vrai si le mot a des lettres, toutes capitales (« DUPONT », « N'DIAYE »)."""
    if not mot.isupper():  # une minuscule, ou aucune lettre à casse
        return False
    return mot.isascii() or all(c.isupper() for c in mot if c.isalpha())


# (un blanc lu d'abord, les deux lettres qui le précèdent ensuite : la recherche saute aux blancs)
_COLLES = re.compile(
    # (« … pouvoir à Mme Faure M Lacroix » : « M » sans point devant un nom en casse de titre)
    # (« … à M. Y jusqu'à la question 0.2. Mme Z … » : après un numéro suivi d'un point aussi)
    r"\s(?:(?<=[A-Za-zÀ-ÿ'\-][A-Za-zÀ-ÿ\.]\s)|(?<=\d\.\s))\s*(?=(?:Monsieur|Madame|Mademoiselle|Mme|Mlle|M\.|Mr|Mrs|Ms\.|MM\.|Mmes)\s+[A-Za-zÀ-ÿ]"
    r"|M\s+[A-ZÉÈ][a-zéèêëïîôûç])"
    # (« Mme IRLES M. procuration à … » : « M. » après le NOM est l'initiale du prénom)
    r"(?!M\.\s+(?:procuration|pouvoir|donne|a\s+donn|repr[ée]sent|excus|absent))"
    r"(?![^()]*\))"
)


_UNE_FONCTION = (
    # (« LEMAIRE », « LAMAIRE » : des noms ; l'article est un mot à part, « l' » seul s'élide)
    r"(?:(?:le|la|les)\s+|l'\s*)?(?:\d+\s*(?:er|ere|re|e|eme)?s?\s+|premiere?\s+|deuxieme\s+|"
    r"troisieme\s+|quatrieme\s+|cinquieme\s+|sixieme\s+|septieme\s+|huitieme\s+)?"
    r"(?:maire|adjointe?s?|maires?[\s-]adjointe?s?|deputee?(?:[\s-]maire)?|senateur|senatrice|"
    r"(?:vices?[\s-])?presidente?s?|conseill[eè]re?s?(?:\s+(?:municipa(?:le?s?|ux)|communautaires?|"
    r"departementa(?:le?s?|ux)|regiona(?:le?s?|ux)|deleguee?s?)){0,2}|secretaire(?:\s+de\s+seance)?|"
    r"doyenn?e?|deleguee?s?(?:\s+(?:titulaires?|suppleante?s?|communautaires?))?|rapporteure?|"
    r"questeur|titulaires?|suppleante?s?|membres?|elue?s?|maire\s+delegue"
    # « représentante de la commune d'Albé » : le délégué d'une commune membre
    r"|representante?s?(?=\s+(?:titulaire|suppleant|de\s+la\s+commune|de\s+la\s+ville)))"
)
_FONCTION = re.compile(
    rf"^{_UNE_FONCTION}(?:\s+(?:titulaire|suppleante?))?"
    r"(?:\s+(?:au|a\s+la|a\s+l'|aux|de\s+la|de\s+l'|de|du|des|d'|en\s+charge\s+de)\s*[\w\s'\-]{0,40})?$"
    # « Vice-président et représentant de la commune de Steige » : deux qualités
    rf"|^{_UNE_FONCTION}\s+et\s+{_UNE_FONCTION}(?:\s+(?:titulaire|suppleante?))?"
    r"(?:\s+(?:de\s+la|de\s+l'|de|du|des|d')\s*[\w\s'\-]{0,40})?$"
)


def _civilite(texte: str) -> str:
    """« Mrs » (Messieurs) se lit comme « Mr »."""
    bas = texte.lower().rstrip(".")
    return "Mr" if bas == "mrs" else "Messieurs" if bas == "mes" else texte


@functools.lru_cache(maxsize=16384)
def est_fonction(texte: str) -> bool:
    """Vrai si le texte est une fonction seule (« Maire », « 1er Adjoint », « Député-Maire »).

    >>> est_fonction("Maire"), est_fonction("Adjointe au Maire"), est_fonction("M. Paul VIDAL")
    (True, True, False)
    """
    plat = sans_accents(espaces_normalises(texte)).lower().strip(" .,;:-()")
    if "." in plat:
        plat = _POINT_DE_SIGLE.sub("", plat)  # « délégué de la CC.BVA » : le sigle d'une communauté
    return len(plat) <= 80 and bool(_FONCTION.match(plat))


_POINT_DE_SIGLE = re.compile(r"(?<=\b[a-z]{2})\.(?=[a-z]{2,}\b)")


def _motif_des_agents() -> tuple[re.Pattern[str], frozenset[str]]:
    """Le motif des fonctions d'agents (``donnees/fonctions-agents.txt``), compilé une fois, et
    les premiers mots de ces fonctions (un préfiltre)."""
    formes = []
    premiers = {"le", "la", "l"}
    for ligne in (
        resources.files("deliberations.extrait").joinpath("donnees/fonctions-agents.txt").read_text("utf-8").splitlines()
    ):
        if not (ligne := ligne.strip()) or ligne.startswith("#"):
            continue
        ouverte = ligne.endswith("…")
        premiers.add(re.split(r"[\s']", ligne, maxsplit=1)[0])
        forme = re.escape(ligne.rstrip("… ")).replace(r"\ ", r"\s+").replace("'", r"'\s*")
        formes.append(forme + (r"(?:\s+[\w'\- ]{1,60})?" if ouverte else ""))
    return re.compile(rf"(?:(?:le|la)\s+|l'\s*)?(?:{'|'.join(formes)})"), frozenset(premiers)


_FONCTION_D_AGENT, _PREMIERS_MOTS_D_AGENT = _motif_des_agents()
_PREMIER_MOT = re.compile(r"[\s.,;:()\-]*([^\s'’.,;:()]{1,20})")


def est_fonction_d_agent(texte: str) -> bool:
    """Vrai si le texte est la fonction ou le grade d'un agent de la collectivité (pas d'un élu),
    d'après ``donnees/fonctions-agents.txt``.

    >>> est_fonction_d_agent("Directrice Générale des Services"), est_fonction_d_agent("DGS")
    (True, True)
    >>> est_fonction_d_agent("responsable des finances"), est_fonction_d_agent("Adjointe au Maire")
    (True, False)
    """
    premier = _PREMIER_MOT.match(texte)
    if premier is None or sans_accents(premier.group(1)).lower() not in _PREMIERS_MOTS_D_AGENT:
        return False
    plat = sans_accents(espaces_normalises(texte)).lower().strip(" .,;:-()")
    return len(plat) <= 90 and _FONCTION_D_AGENT.fullmatch(plat) is not None


# (« … représenté par Monsieur Y suppléant, Mesdames A, B » : « suppléant » qualifie Y, le nom
# suivant est une autre personne ; « représenté par son suppléant, M. Y » : Y suit)
_LIEN_FINAL = re.compile(
    # (« Mme X a chargé M. Y de voter en son nom » : « chargé » lie aussi)
    r"(?:(?i:\b(?:à|a|par|de|d'|pour|du|au|profit\s+de|repr[ée]sentante?|(?:a|avait|ayant)\s+charg[ée]))|\("
    r"|(?<![A-ZÉÈÊÀÂÎÔÛÇ'’\-]{2}\s)(?i:\b(?:suppl[ée]ante?|titulaire|rempla[çc]ante?)))\s*$"
)
_FINS_LIEN_FINAL = fins_requises(_LIEN_FINAL, "àÀaArReEuUtT'(éÉ", blancs=True)
# Un mot de lien finit le texte (avant ses blancs) et a treize caractères au plus
# (« représentante ») ; « profit de » finit par « de », lien lui-même : la recherche part des
# treize derniers
_LIEN_FINAL_MAX = 13
_LIEN_MINUSCULE = re.compile(r"\s(?:à|a|par)\s")


def _lien_final(texte: str) -> bool:
    """Vrai si le texte finit par un mot de lien (« à », « par », « suppléant »…)."""
    propre = texte.rstrip()
    if propre.endswith(" A") and _LIEN_MINUSCULE.search(propre):
        return False  # « Mme X S donne pouvoir à M. KLEIN A, » : l'initiale, le lien déjà dit
    return (
        finit_par_un(propre, _FINS_LIEN_FINAL)
        and _LIEN_FINAL.search(texte, max(0, len(propre) - _LIEN_FINAL_MAX)) is not None
        and not _nom_en_du(texte)
    )


# « Mme Nolwenn LE DU » : « DU » en capitales après un mot en capitales finit un NOM breton,
# pas un lien (« PROCURATION DE » en capitales en reste un)
_DERNIERS_MOTS = re.compile(r"(\S+)\s+(DU|DE)\s*$")


def _nom_en_du(texte: str) -> bool:
    trouve = _DERNIERS_MOTS.search(texte)
    if trouve is None:
        return False
    avant = trouve.group(1)
    return _majuscules(avant) and sans_accents(avant).casefold() not in _MOTS_HORS_NOM


# Un nom suit (et non « , QUI A DONNÉ POUVOIR » d'une liste en capitales)
# (ou une fonction ordinale : « M. Thierry CORNU, 1er Adjoint, Mme … »)
_SUIVANT = (
    r"(?!\s*(?i:qui|que|dont|ayant|lequel|laquelle)\b)(?=\s*(?:" + CIVILITE + r"\s|[A-ZÉÈÀÂÎÔ]"
    r"|(?:monsieur|madame|mademoiselle)\s+[A-ZÉÈ]"  # « monsieur FAURE Gilbert, madame ROCHAS … »
    r"|le\s+(?:Dr|Pr)\.?\s"  # « … - le Dr Paul BERNIER - … »
    # (« M. X, 1ers Vice-Présidents » : la fonction plurielle après le dernier d'une énumération)
    r"|\d{1,2}\s*(?:er|ère|re|e|ème|eme)s?\s+(?i:adjointe?|vice)))"
)


def _separateurs_liste(hors_parentheses: str) -> re.Pattern[str]:
    """Les coupures d'une liste de personnes ; ``hors_parentheses`` suit « , » et « et »."""
    # (gardée : toute coupure commence par un blanc, un point-virgule, une virgule, une barre ou
    # un tiret)
    return avec_garde(r"\s;,/\-–", re.compile(
        r"\t+|;|,"
        + hors_parentheses
        + _SUIVANT
        + r"|\s+et\s+"
        + hors_parentheses  # (« Mme X (Écologie et Solidarités) à M. Y » : un seul)
        + _SUIVANT
        # (« CHAUMETTE -Jean-Claude DELPY » : fin de ligne perdue après le tiret)
        + r"|\s+[-–]\s*"
        + _SUIVANT
        + r"|\s+/\s+"  # « Paul ROUX / Anne PETIT / Luc BLANC »
        + _SUIVANT
        + r"|(?<=[A-ZÉÈ]\.)/\s+"  # « LEROY J.P./ FAURE L. » : la barre collée à l'initiale
        + _SUIVANT
        # « Mme PERRIN- Mr GIRARDET- Mme BAUD » : le tiret collé au NOM, devant une civilité
        + r"|(?<=[A-ZÉÈÀÂÎÔÛÇ]{2})[-–]\s+(?=" + CIVILITE + r"\s)"
        # « Absents : Yves RIOU- Luc PERON » : le tiret collé au NOM, devant « Prénom NOM »
        + r"|(?<=[A-ZÉÈÀÂÎÔÛÇ]{2})[-–]\s+(?=[A-ZÉÈ][a-zéèêëïîç]+(?:-[A-ZÉÈ][a-zéèêëïîç]+)?\s+[A-ZÉÈ]{2})"
        # « … Y (procuration) Mme Z par … » : deux lignes recollées, la parenthèse finit la
        # première
        + r"|(?<=\))\s+(?=" + CIVILITE + r"\s+[A-ZÉÈ])"
        # « Pouvoirs : 1. Mme X donne pouvoir à M. Y. 2. M. Z … » : le numéro suivant sépare
        + r"|(?<=[A-ZÉÈÀÂÎÔÛÇ]{2}\.)\s+\d{1,2}[.)]\s+(?=(?:" + CIVILITE + r"\s+)?[A-ZÉÈ])"
        # « 1- M. X a donné procuration à Mme Y, 2- Mme Z … » : virgule, numéro et tiret
        + r"|(?:,\s*|(?<=[A-ZÉÈ]{2})\s+)\d{1,2}\s*[-–]\s*(?=(?:" + CIVILITE + r"\s+)?[A-ZÉÈ])"
        # « Julie HUC. Denis ICHE. » : un point après le NOM, puis une autre personne
        + r"|(?<=[A-ZÉÈÀÂÎÔÛÇ]{2}\.)\s+(?=(?:" + CIVILITE + r"\s+)?[A-ZÉÈ][a-zéèëïô]+(?:-[A-ZÉÈ][a-zéèëïô]+)?\s+[A-ZÉÈ]{2})"
        # « HENRY (procuration M. ARNAUD) IVARS (M. BOYER) » : après la parenthèse, un NOM et
        # sa propre parenthèse
        + r"|(?<=\))\s+(?=[A-ZÉÈ][A-ZÉÈ'’\-]+(?:\s+[A-ZÉÈ][\w'’\-]*){0,3}\s*\()"
        # « … à Anne Colomb (jusqu'à la question 4-2) Yves Caron donne pouvoir à … » : après la
        # parenthèse, la phrase du pouvoir suivant
        + r"|(?<=\))\s+(?=[A-ZÉÈ][a-zéèêëïîç]+(?:-[A-ZÉÈ][a-zéèêëïîç]+)?\s+[A-ZÉÈ][\w'’\-]+\s+(?:donne|a\s+donn[ée])\s)"
        # « X (pouvoir à Y) Z (pouvoir à W) » : des procurations enchaînées sans virgule
        + r"|(?<=\))\s+(?=[A-ZÉÈ][^()]{2,60}\((?:a\s+donn[ée]\s+|donne\s+)?(?:pouvoir|procuration)\b)"
        # « Procuration de M. X à M. Y, procuration de Mme Z à Mme W » : la suivante commence
        + r"|(?:,\s*(?:et\s+)?|\s+et\s+)(?=(?i:procuration|pouvoir|mandat)\s+(?:de|d')\s*"
        + CIVILITE
        + r"\s*[A-ZÉÈ])"
        + r"|(?:,\s*(?:et\s+)?|\s+et\s+|\s+[-–]\s+)(?=(?:de|d')\s*"  # « de X à Y, de Z à W, et de U à V »
        + CIVILITE
        + r"?\s*[A-ZÉÈ])"
        # « SALAUN Morgane, membres de la Commission permanente » : la fonction qui ferme la
        # liste, écartée ensuite comme fonction
        # (« Mme X, première adjointe, M. Y » : le rang en lettres aussi)
        + r"|,\s*(?=(?:\d+\s*(?:er|[èe]re|e|[èe]me)\s+|(?:premi[eè]re?|second(?:e)?|(?:deux|trois|quatr|"
        + r"cinqu|six|sept|huit|neuv|dix)i[eè]me)\s+)?(?:membres?|vice-pr[ée]sidente?s?|"
        + r"conseill[eè]re?s?|d[ée]l[ée]gu[ée]e?s?|adjointe?s?|pr[ée]sidente?s?|maire"
        # « Mme X, représentante de la commune d'Albé, M. Y » : la qualité de X
        + r"|repr[ée]sentante?\s+(?:titulaire|suppl|de\s+la\s+(?:commune|ville)))\b)"
        # « Mme X, suppléante, M. Y » : la qualité seule de X, entre deux virgules (pas
        # « M. X, suppléant de M. Y », ni « (Voulon, suppléant de M. Y) »)
        + r"|,\s*(?=suppl[ée]ante?\s*,)"
        + hors_parentheses,
    ))


# (ni « , » ni « et » entre parenthèses ne coupent : « (?![^()]*\)) » ; un texte sans « ) »
# n'a rien entre parenthèses, la même découpe s'y fait sans l'assertion, qui le relirait
# jusqu'au bout après chaque virgule)
_SEPARATEURS_LISTE = _separateurs_liste(r"(?![^()]*\))")
_SEPARATEURS_SANS_PARENTHESE = _separateurs_liste("")


_FONCTION_PUIS_REPRESENTE = re.compile(r"\s*([^,]{3,60}?)\s*,\s*((?i:repr[ée]sent[ée]e?s?)\s+par\b.*)$", re.S)
# « Mme X, déléguée suppléante, M. Y » : la qualité seule entre deux virgules est celle de X,
# elle ne lie pas le nom suivant (« représentée par son suppléant, M. Y » le lie)
_QUALITE_SEULE = re.compile(
    r"\s*(?i:(?:d[ée]l[ée]gu[ée]e?|conseill[eè]re?|membre)\s+)?(?i:suppl[ée]ante?|rempla[çc]ante?|titulaire)\s*"
)  # (« Mme X, Maire de Y, Déléguée titulaire - M. Z » : de même)


# « Absents : A, GARNIER-LAMY Luc. LEROY Eve, B » : un point à la place d'une virgule, entre
# un prénom et le NOM suivi du prénom de la personne suivante
_POINT_ENTRE_DEUX_PERSONNES = re.compile(
    r"(?<=[A-ZÉÈ][a-zéèêëïîôûç]{2})\.(?=\s+[A-ZÉÈ]{2}[A-ZÉÈ'’\-]*\s+[A-ZÉÈ][a-zéèêëïîôûç]+(?:\s*[,.;]|\s*$))"
)


_POINT_ENTRE_DEUX_NOMS = re.compile(r"(?<=[A-ZÉÈ]{3})\.(?=\s+[A-ZÉÈ]{2}[A-ZÉÈ'’\-]*\b(?!\.\s*$))")
_ET_APRES_UN_POINT = re.compile(r",?\s+ET\s+(?=(?:MM?\.|Mmes?\b|Mme\b))")
# « X représenté par Henri Y son suppléant, Claire Z » : le suppléant est nommé avant « son
# suppléant », la personne suivante n'y est pas liée
_PAR_Y_SON_SUPPLEANT = re.compile(r"\bpar\s+\S.*\s(?:son|sa)\s+suppl[ée]ante?\s*$", re.I)


# « Louis MARTEL PRESIDENT Paul GARNIER 1 er Vice-président Marie FABRE … » (liste aplatie
# sans virgule) : la fonction qui suit un NOM, devant un autre « Prénom NOM », ferme une personne
_FONCTION_ENTRE_DEUX_PERSONNES = re.compile(
    r"(?<=[A-ZÉÈÊÎÔÛÇ)])\s+(?i:(?:\d{1,2}\s?(?:er|[eè]re|[eè]me|e)\s+)?(?:vice-pr[ée]sidente?|pr[ée]sidente?"
    r"|membre\s+du\s+bureau|conseill[eè]re?\s+(?:communautaire|municipale?|d[ée]l[ée]gu[ée]e?)"
    r"|adjointe?|d[ée]l[ée]gu[ée]e?(?:\s+(?:titulaire|suppl[ée]ante?))?))"
    r"(?=\s+[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?\s+[A-ZÉÈ]{2})"
)


def _fonctions_separees(texte: str) -> str:
    """Une virgule après chaque fonction qui sépare deux personnes."""
    return _FONCTION_ENTRE_DEUX_PERSONNES.sub(lambda m: m.group(0) + ",", texte)


_NOM_SEUL_APRES_CIVILITE = re.compile(rf"\s*{CIVILITE}\s+[A-ZÉÈ][A-ZÉÈÊÎÔÛÇ'’\-]+(?:\s+[A-ZÉÈ][A-ZÉÈÊÎÔÛÇ'’\-]+)?\s*")


def _prenom_apres_son_nom(avant: str, morceau: str) -> bool:
    """« M. TANGUY, Paul, » : un prénom usuel seul, en casse mixte, après une civilité et un NOM
    sans prénom, est le prénom de cette personne (pas une autre)."""
    mot = morceau.strip(" .")
    return (
        " " not in mot
        and not mot.isupper()
        and prenom_usuel(mot)
        and _NOM_SEUL_APRES_CIVILITE.fullmatch(avant) is not None
    )


# « CANN Joël 1 », « JEZEQUEL Marc 2 » : un chiffre isolé après un prénom en casse mixte
_APPEL_DE_NOTE = re.compile(
    r"(?P<nom>[A-ZÉÈ]{2}[A-ZÉÈ'’\- ]*?\s+[A-ZÉÈ][a-zéèêëïîôç\-]+(?:\s+[A-ZÉÈ][a-zéèêëïîôç\-]+)?"
    r"|[A-ZÉÈ][a-zéèêëïîôç\-]+(?:\s+[A-ZÉÈ][a-zéèêëïîôç\-]+)?\s+[A-ZÉÈ]{2}[A-ZÉÈ'’\-]*)\s+\d"
)
_CIVILITES_PLURIELLES_ET = re.compile(r"(?<=[a-zé])\s+(?:Mmes|Mesdames)\s+et\s+(?:Mrs|MM\.?|Messieurs|Ms)\s+(?=[A-ZÉÈ])")
_CIVILITES_SEULES = frozenset(("M", "M.", "Mme", "Mme.", "Mlle", "MM.", "Monsieur", "Madame"))


def decouper(texte: str) -> list[str]:
    """Découpe une liste de personnes : tabulations, points-virgules, virgules, « et », et
    deux noms collés par une extraction PDF (« … JUILLARD-RANDRIAN Monsieur Massar … »).

    >>> print(" | ".join(decouper("Mme Anne PETIT, M. Luc ROUX et Mme Iris VIAL")))
    Mme Anne PETIT | M. Luc ROUX | Mme Iris VIAL
    >>> print(" | ".join(decouper("Madame Marie-Hélène JUILLARD-RANDRIAN Monsieur Massar N'DIAYE")))
    Madame Marie-Hélène JUILLARD-RANDRIAN | Monsieur Massar N'DIAYE
    """
    if " et " in texte and _CIVILITES_PLURIELLES_ET.search(texte):
        # « …, Maire Mmes et Mrs Julie ARNAL, Pierre BESSON, Adjoints Mmes et Mrs Claire DORAT » :
        # la civilité plurielle ouvre le groupe suivant, une séparation
        texte = _CIVILITES_PLURIELLES_ET.sub(", ", texte)
    if ". " in texte:
        texte = _POINT_ENTRE_DEUX_PERSONNES.sub(",", texte)  # « GARNIER Luc. LEROY Eve »
        if len(_POINT_ENTRE_DEUX_NOMS.findall(texte)) >= 2:
            # « Mmes BERTRAND. IMBAULT. GIRON. ET MM. SAUVADET. PAULET Daniel. » : des NOM seuls
            # séparés par des points
            texte = _ET_APRES_UN_POINT.sub(", ", _POINT_ENTRE_DEUX_NOMS.sub(",", texte))
    if "," not in texte and texte.count(" ") >= 5:
        texte = _fonctions_separees(texte)
    morceaux = (_SEPARATEURS_LISTE if ")" in texte else _SEPARATEURS_SANS_PARENTHESE).split(texte)
    resultat: list[str] = []
    recolles: list[str] = []
    for morceau in morceaux:
        if (
            morceau
            and recolles
            and _lien_final(recolles[-1])
            and not _QUALITE_SEULE.fullmatch(recolles[-1])
            and not _PAR_Y_SON_SUPPLEANT.search(recolles[-1])  # (le suppléant déjà nommé)
        ):
            recolles[-1] += ", " + morceau  # « X, représenté par son suppléant, M. Y »
        elif morceau and recolles and _prenom_apres_son_nom(recolles[-1], morceau):
            recolles[-1] = f"{recolles[-1].strip()} {morceau.strip()}"  # « M. TANGUY, Paul, … »
        elif (
            morceau
            and recolles
            and recolles[-1].strip() in _CIVILITES_SEULES
            and not _CIVILITE_DEBUT.match(morceau)  # (« Mme et MM. X » : deux civilités, un pluriel)
        ):
            recolles[-1] = f"{recolles[-1].strip()} {morceau.strip()}"  # « M ; Pierre LAFON » (coquille)
        elif (
            morceau
            and recolles
            and "par" in morceau
            and (representee := _FONCTION_PUIS_REPRESENTE.match(morceau)) is not None
            and est_fonction(representee.group(1))
        ):
            # « Monsieur X, Conseiller Municipal, représenté par Madame Y » : la fonction de X,
            # puis son représentant (la fonction n'est pas le mandant)
            recolles[-1] = f"{recolles[-1].rstrip()}, {representee.group(2)}"
        elif morceau:
            recolles.append(morceau)
    for morceau in recolles:
        if not morceau:
            continue
        parties: list[str] = []
        for partie in _COLLES.split(morceau):
            if parties and (
                _lien_final(parties[-1])
                or _CIVILITE_SEULE.fullmatch(parties[-1])
                # (« M. X pouvoir Mme Y » : le « à » oublié, sans virgule ; pas « M. X sans
                # pouvoir Mme Y », deux personnes)
                or (
                    parties[-1].rstrip().endswith((" pouvoir", " procuration"))
                    and not parties[-1].rstrip().endswith(("sans pouvoir", "sans procuration"))
                )
            ):
                # « X par Mme Y », « X à M. Y » : une seule entrée ; « Mme M. GALZIN » : après
                # une civilité, « M. » est l'initiale du prénom
                parties[-1] += " " + partie
            else:
                parties.append(partie)
        for partie in parties:
            propre = espaces_normalises(partie).strip(" -–")
            abrege = PRENOM_ABREGE_FINAL.search(propre)
            # (« MAURICE Fr. » garde son point ; « VIDAL Tom. », un prénom entier avec sa voyelle,
            # le perd)
            if abrege is None or _VOYELLES.intersection(abrege.group(0).strip(" .")[1:]):
                propre = propre.strip(" .-–")
            if propre[-1:].isdigit() and (appel := _APPEL_DE_NOTE.fullmatch(propre)) is not None:
                propre = appel.group("nom")  # « CANN Joël 1 , » : l'appel d'une note de bas de page
            if propre:
                resultat.extend(_pouvoirs_enchaines(propre))
    return resultat


# « X à Anne BRUN Rose HUGON à Luc X », « GARNIER Paul a donné pouvoir à Alice BRET HUGON Rose a
# donné pouvoir à … » : la procuration suivante commence après le NOM du mandataire, au « Prénom
# NOM à » ou au « NOM Prénom a donné » (pas après une particule : « LE ROUX Morgane », un nom)
_ENTRE_POUVOIRS = re.compile(
    r"(?<=[A-ZÉÈ]{2})(?<!\bLE)(?<!\bLA)(?<!\bDE)(?<!\bDU)(?<!\bDES)"
    # (« … Laurent GEYLLER (retard) donne procuration à … » : une remarque entre le nom et le verbe)
    r"\s+(?=[A-ZÉÈ][a-zéèêëïîç]+(?:-[A-ZÉÈ][a-zéèêëïîç]+)?\s+[A-ZÉÈ]{2}[A-ZÉÈ'\-]*\s+(?:\([^()]{2,60}\)\s+)?(?:qui\s+)?(?:à|a\s+donn[ée]|donne)\s"
    # (« … à Jean KERBOUL Hervé SALAUN, pouvoirs à Paul TANGUY »)
    r"|[A-ZÉÈ][a-zéèêëïîç]+(?:-[A-ZÉÈ][a-zéèêëïîç]+)?\s+[A-ZÉÈ]{2}[A-ZÉÈ'\-]*\s*,\s*(?:pouvoirs?|procurations?)\s+(?:à|a)\s)"
    r"|(?<=[A-ZÉÈ]{2})(?<!\bLE)(?<!\bLA)(?<!\bDE)(?<!\bDU)(?<!\bDES)(?<!\bDI)(?<!\bDA)(?<!\bEL)"
    r"(?<!\bVAN)(?<!\bVON)(?<!\bDEL)(?<!\bLES)"
    r"\s+(?=[A-ZÉÈ]{2}[A-ZÉÈ'\-]*\s+[A-ZÉÈ][a-zéèêëïîç]+(?:-[A-ZÉÈ][a-zéèêëïîç]+)?\s+(?:qui\s+)?(?:a\s+donn[ée]|donne)\s)"
    # « … à Guy RITTER Valérie ARBOGAST absente Stéphane KLEIN qui donne procuration à … » : une
    # absente sans pouvoir entre deux pouvoirs, coupée avant et après
    r"|(?<=[A-ZÉÈ]{2})\s+(?=[A-ZÉÈ][a-zéèêëïîç]+(?:-[A-ZÉÈ][a-zéèêëïîç]+)?\s+[A-ZÉÈ]{2}[A-ZÉÈ'\-]*\s+(?:absente?|excusée?)\s)"
    r"|(?:(?<=\sabsent)|(?<=\sabsente)|(?<=\sexcusé)|(?<=\sexcusée))\s+(?=[A-ZÉÈ][a-zéèêëïîç]+(?:-[A-ZÉÈ][a-zéèêëïîç]+)?\s+[A-ZÉÈ]{2})"
    # « E. COTTET à P. DURAND R. BERNARD à A. FAVRE » : initiale et NOM, puis l'initiale du
    # mandant suivant
    r"|(?<=[A-ZÉÈ]{2})\s+(?=[A-ZÉÈ]\.\s?[A-ZÉÈ]{2}[A-ZÉÈ'\-]*\s+(?:à|a\s+donn[ée]|donne)\s)"
    # « NOEL Éric à BRETON Marc MARCHAL Odile à ROUX Anne » (l'ordre NOM Prénom) : après le
    # prénom du mandataire, le NOM et le prénom du mandant suivant
    # (« RIOU Yves pouvoir à KERBOUL Jean PERON Luc pouvoir à TANGUY Paul » : de même)
    r"|(?<=[a-zéèêëïîç]{2})\s+(?=[A-ZÉÈ]{2}[A-ZÉÈ'\-]*\s+[A-ZÉÈ][a-zéèêëïîç]+(?:-[A-ZÉÈ][a-zéèêëïîç]+)?\s+"
    r"(?:(?:pouvoirs?|procurations?)\s+)?(?:à|donne)\s)"
)


def _pouvoirs_enchaines(morceau: str) -> list[str]:
    """Un morceau qui porte deux procurations ou plus sans séparateur (deux « à » au moins),
    coupé entre elles ; un seul pouvoir (« GRANIER BOUVET Claire donne procuration à … » : un
    NOM de deux mots) reste entier."""
    if morceau.count(" à ") < 2:
        return [morceau]
    return [m for m in _ENTRE_POUVOIRS.split(morceau) if m.strip()]


_DEUX_PERSONNES = re.compile(rf"\set\s+{CIVILITE}\s")
_PRENOM_PUIS_NOM = re.compile(r"[A-ZÉÈ][a-zéèëêïîç]+(?:-[A-ZÉÈ][a-zéèëêïîç]+)?\s+[A-ZÉÈ][A-ZÉÈ'\-]+")
# (« C. », « J-L », « A.M. » : une initiale, deux jointes par un tiret ou deux à points)
# (« Fr. », « Ch. », « Th. » : le prénom abrégé, avec son point)
_INITIALES_PRENOM = re.compile(r"[A-ZÉÈ]\.?(?:-[A-ZÉÈ]\.?)?|[A-ZÉÈ]\.[A-ZÉÈ]\.?|[A-ZÉÈ][a-z]{1,2}\.")
PRENOM_ABREGE_FINAL = re.compile(r"\s[A-ZÉÈ][a-z]{1,2}\.\s*$")
"""Un prénom abrégé qui finit le texte (« MAURICE Fr. », « DUPONT Ch. ») : son point n'est pas
une ponctuation."""
# Mots qui ne sont jamais dans un nom (une liste en capitales les y colle).
_MOTS_HORS_NOM = frozenset(
    (
        "et", "qui", "que", "donne", "donnent", "pouvoir", "procuration", "par", "pour", "est",
        "sont", "avec", "represente", "representee", "absent", "absente", "excuse", "excusee",
        "present", "presente",
    )
)  # fmt: skip
# Mots écrits en minuscules qui ne sont jamais dans un nom : « A été désignée comme » (le
# début d'une phrase de nomination resté dans une liste) n'est pas « A » de prénom « été … »
_MINUSCULES_HORS_NOM = _MOTS_HORS_NOM | frozenset(
    (
        "a", "ete", "ont", "sera", "seront", "comme", "nomme", "nommee", "designe", "designee",
        "elu", "elue", "qualite", "secretaire", "seance",
    )
)  # fmt: skip
_LETTRE_SEULE = re.compile(r"[A-ZÉÈ]\.?")
# des mots de nom séparés d'une espace (une recherche pour la ligne au lieu d'une par mot)
# (« MARCEL/LOUISY Yolande » : deux noms joints par une barre, un usage des Antilles)
_MOTS_DE_NOM = re.compile(r"[\w'’\-.]+(?:/[\w'’\-.]+)?(?: [\w'’\-.]+(?:/[\w'’\-.]+)?)*")


@attrs.define
class OrdreDesNoms:
    """L'ordre des noms d'un document, pour lire ceux qui sont tout en capitales.

    ``nom_d_abord`` : l'ordre que suivent tous les noms en casse mixte du document (``None`` :
    aucun indice, ou les deux ordres) ; ``connus`` : pour chaque nom écrit en casse mixte (ses
    mots, sans casse ni accents), les mots de son NOM ; ``ambigus`` et ``exemple`` : les noms
    tout en capitales lus sans indice (prénom d'abord supposé). Les indices ne sont cherchés
    dans ``texte`` qu'au premier nom en capitales (:meth:`indices`)."""

    texte: str = attrs.field(repr=False)
    nom_d_abord: bool | None = None
    connus: dict[frozenset[str], frozenset[str]] = attrs.Factory(dict)
    ambigus: int = 0
    exemple: str = ""
    cherches: bool = False
    par_les_prenoms: bool = False
    """L'ordre vient des prénoms usuels reconnus dans les noms en capitales (aucun nom en
    casse mixte ne le dit) : une indication, les noms lus ainsi restent comptés ambigus."""
    sans_capitales_nom_d_abord: bool | None = None
    """L'ordre d'une liste sans capitales, dit par un de ses noms écrit ailleurs avec son NOM
    (« sous la présidence de M. Henri DELATTRE » puis « Présents : Delattre Henri – Carlier
    Sophie … ») : les autres noms de deux mots sans capitales le suivent."""

    def indices(self) -> None:
        """Les noms en casse mixte du document : leur ordre, s'il est le seul suivi (au
        moins deux fois), et les NOM de chacun."""
        if self.cherches:
            return
        self.cherches = True
        comptes = []
        for motif in (_PRENOM_NOM, _NOM_PRENOM):
            compte = 0
            for trouve in motif.finditer(self.texte):
                compte += 1
                if len(self.connus) < 10_000:
                    mots = f"{trouve.group('prenom')} {trouve.group('nom')}"
                    self.connus[_cles(mots)] = _cles(trouve.group("nom"))
            comptes.append(compte)
        prenom_nom, nom_prenom = comptes
        if nom_prenom >= 2 and prenom_nom == 0:
            self.nom_d_abord = True
        elif prenom_nom >= 2 and nom_prenom == 0:
            self.nom_d_abord = False
        elif prenom_nom == nom_prenom == 0:
            self.nom_d_abord = _ordre_des_prenoms(self.texte)
            self.par_les_prenoms = self.nom_d_abord is not None


_ORDRE: ContextVar[OrdreDesNoms | None] = ContextVar("ordre_des_noms", default=None)
_PRENOM = r"[A-ZÉÈÎ][a-zéèêëàâîïôöûüç]+(?:-[A-ZÉÈÎ][a-zéèêëàâîïôöûüç]+)?"
_NOM = r"[A-ZÉÈÊÀÂÎÔÛÇ][A-ZÉÈÊÀÂÎÔÛÇ'\-]+"
# Un nom seul entre deux séparateurs de liste, ou après une civilité : ses deux mots disent
# l'ordre (« MORENO Alba, » : nom d'abord ; « M. Paul DURAND » : prénom d'abord).
_AVANT = (
    r"(?:\b(?:Monsieur|Madame|Mademoiselle|Mme|Mlle|Mrs?)\.?\s+|\bM\.\s+"
    r"|(?:(?<=[,;:(])|(?<=\bet)|(?<=\bpar)|(?<=\bà)|^)\s*)"
)
_APRES = r"(?=\s*(?:[,;.)(]|$|et\b|repr[ée]sent[ée]e?\b|donne\b|pouvoir\b))"
_PRENOM_NOM = re.compile(rf"{_AVANT}(?P<prenom>{_PRENOM})\s+(?P<nom>{_NOM})\b{_APRES}", re.M)
_NOM_PRENOM = re.compile(rf"{_AVANT}(?P<nom>{_NOM})\s+(?P<prenom>{_PRENOM})\b{_APRES}", re.M)


_PRENOMS = frozenset(
    sans_accents(ligne.strip()).casefold()
    for ligne in resources.files("deliberations.extrait")
    .joinpath("donnees/prenoms.txt")
    .read_text("utf-8")
    .splitlines()
    if ligne.strip() and not ligne.startswith("#")
)
_DEUX_MOTS_CAPITALES = re.compile(rf"{_AVANT}(?P<premier>{_NOM})\s+(?P<second>{_NOM})\b{_APRES}", re.M)


def prenom_usuel(mot: str) -> bool:
    """« JEAN-LOUIS », « Hélène » : un prénom usuel (``donnees/prenoms.txt``, chaque partie
    d'un prénom composé).

    >>> prenom_usuel("SYLVIE"), prenom_usuel("ARNAUD-DUPRÉ")
    (True, False)
    """
    return all(p in _PRENOMS for p in sans_accents(mot).casefold().split("-") if p)


def _ordre_des_prenoms(texte: str) -> bool | None:
    """L'ordre des noms en capitales d'après les prénoms usuels : vrai (nom d'abord) quand,
    parmi les noms de deux mots dont un seul est un prénom usuel, au moins deux le mettent en
    second et au plus un sur dix en premier ; faux dans le cas inverse ; ``None`` sinon."""
    premier = second = 0
    for trouve in _DEUX_MOTS_CAPITALES.finditer(texte[:200_000]):
        a, b = prenom_usuel(trouve.group("premier")), prenom_usuel(trouve.group("second"))
        premier += a and not b
        second += b and not a
    if second >= 2 and premier * 10 <= second:
        return True
    if premier >= 2 and second * 10 <= premier:
        return False
    return None


def _cles(texte: str) -> frozenset[str]:
    return frozenset(sans_accents(texte).casefold().split())


@contextlib.contextmanager
def ordre_des_noms(texte: str) -> Iterator[OrdreDesNoms]:
    """Pendant la lecture d'un document : l'ordre de ses noms, pour les noms en capitales."""
    jeton = _ORDRE.set(ordre := OrdreDesNoms(texte))
    try:
        yield ordre
    finally:
        _ORDRE.reset(jeton)


def lire_personne(texte: str, civilite: Civilite | None = None) -> Elu | None:
    """Une personne depuis un texte court, ou ``None`` si ce n'est pas un nom."""
    elu, ambigu = _lire_personne(texte, civilite, None)
    if elu is not None and elu.prenom in ("Saint", "Sainte") and elu.nom.isupper():
        # « Mme SAINT MARTIN » : un nom composé (« Saint » n'est pas un prénom)
        return Elu(nom=f"{elu.prenom.upper()} {elu.nom}", civilite=elu.civilite)
    ordre = _ORDRE.get()
    if not ambigu or ordre is None or elu is None:
        return elu
    ordre.indices()
    mots = f"{elu.prenom} {elu.nom}".split()
    nom = ordre.connus.get(_cles(" ".join(mots)))
    if nom is not None:  # le même nom écrit ailleurs en casse mixte
        dans_nom = [_cles(m) <= nom for m in mots]
        prenom = " ".join(_capitaliser(m) for m, n in zip(mots, dans_nom, strict=True) if not n)
        nom_seul = " ".join(m.upper() for m, n in zip(mots, dans_nom, strict=True) if n)
        if prenom and nom_seul:
            if len(mots) == 2 and not any(_majuscules(m) for m in mots) and dans_nom[0] != dans_nom[1]:
                ordre.sans_capitales_nom_d_abord = dans_nom[0]
            return Elu(nom=nom_seul, prenom=prenom, civilite=elu.civilite)
    # (« Josette Martin » sans capitales : l'ordre des noms en capitales ne dit rien du sien)
    sans_capitales = len(mots) == 2 and not any(_majuscules(m) for m in mots)
    if sans_capitales and ordre.nom_d_abord is None and ordre.sans_capitales_nom_d_abord is not None:
        # (le document a montré l'ordre de cette liste par un nom écrit ailleurs avec son NOM ;
        # un nom que cet ordre contredit, un prénom usuel à la place du nom, reste ambigu et dit)
        prenom, nom_seul = (mots[1], mots[0]) if ordre.sans_capitales_nom_d_abord else (mots[0], mots[1])
        if not (prenom_usuel(nom_seul) and not prenom_usuel(prenom)):
            return Elu(nom=nom_seul, prenom=prenom, civilite=elu.civilite)
    if (
        sans_capitales
        and ordre.nom_d_abord is not None
        and prenom_usuel(mots[0]) != prenom_usuel(mots[1])
        and prenom_usuel(mots[1]) == ordre.nom_d_abord
    ):
        # « Gerber Martine » dans un document « KLEIN Bernard, … » : un seul des deux mots est
        # un prénom usuel, à la place que lui donne l'ordre du document
        prenom, nom_seul = (mots[1], mots[0]) if ordre.nom_d_abord else (mots[0], mots[1])
        return Elu(nom=nom_seul, prenom=prenom, civilite=elu.civilite)
    if ordre.nom_d_abord is None or ordre.par_les_prenoms or sans_capitales:
        ordre.ambigus += 1
    if ordre.nom_d_abord is None or sans_capitales:
        ordre.exemple = ordre.exemple or str(elu)
        return elu
    lu = _lire_personne(texte, civilite, ordre.nom_d_abord)[0]
    if ordre.par_les_prenoms:
        ordre.exemple = ordre.exemple or str(lu)
    return lu


def _capitaliser(mot: str) -> str:
    """« JEAN-PIERRE » → « Jean-Pierre » ; des initiales restent telles quelles : deux
    capitales (« JF » pour Jean-François, « JA » pour Jean-Alain) ou trois sans voyelle.

    >>> _capitaliser("JEAN-PIERRE"), _capitaliser("JF"), _capitaliser("JA"), _capitaliser("LUC")
    ('Jean-Pierre', 'JF', 'JA', 'Luc')
    """
    return "-".join(
        partie
        if (len(partie) == 2 and partie.isupper())
        or (len(partie) == 3 and not _VOYELLES.intersection(partie.lower()))
        else partie.capitalize()
        for partie in mot.split("-")
    )


_VOYELLES = frozenset("aeiouyàâäéèêëîïôöùûü")


@functools.lru_cache(maxsize=16384)
def _lire_personne(
    texte: str, civilite: Civilite | None, nom_d_abord: bool | None
) -> tuple[Elu | None, bool]:
    """La personne, et vrai si l'ordre prénom / nom vient de ``nom_d_abord`` (nom de plusieurs
    mots tout en capitales)."""
    abrege = texte.endswith(".") and PRENOM_ABREGE_FINAL.search(texte) is not None
    texte = espaces_normalises(texte).strip(" .,;:-–()")
    if texte[-1:] in ("e", "r", "°") and (rang := _RANG_FINAL.search(texte)) is not None:
        texte = texte[: rang.start()]  # « TERNOIS Gilles 3ème, Adjoint » : le rang de l'adjoint
    if "pouse" in texte or "née" in texte or "veuve" in texte:
        texte = _NOM_D_EPOUSE.sub(" ", texte).strip()  # « Chantal LEBRETON épouse GUÉRIN »
    elu: Elu | None
    trouve = _CIVILITE_DEBUT.match(texte)
    if trouve:
        civilite = Civilite.depuis_texte(_civilite(trouve.group(1))) or civilite
        texte = texte[trouve.end() :]
    if texte[:3] in ("le ", "Dr ", "Dr.", "Pr ", "Pr."):
        texte = _TITRE_DEBUT.sub("", texte)  # « MM. le Dr Paul BERNIER » : un titre, pas le prénom
    # (« MME LE MAIRE Odile », « Mme LE MAIRE N. » : après une civilité, « LE MAIRE » en
    # capitales suivi d'un prénom ou d'une initiale est un NOM ; la fonction s'écrit « le Maire »)
    nom_le_maire = trouve is not None and _NOM_LE_MAIRE.match(texte) is not None
    if (
        texte[:2].lower() in ("le", "la", "l'")
        and not nom_le_maire
        and (fonction := _FONCTION_AVANT_NOM.match(base_meme_longueur(texte))) is not None
    ):
        texte = texte[fonction.end() :]  # « Madame le Maire-adjoint Anne PETIT »
    texte = texte.strip(" .,;:") + ("." if abrege and not prenom_usuel(texte.split(" ")[-1]) else "")
    if texte[-1:].islower() and " " in texte:
        texte = _sans_fonction_finale(texte, minuscules_seules=True)  # « GUILLOU adjointes »
    plat = sans_accents(texte)
    if not texte or (_FONCTIONS.match(plat) and not nom_le_maire):
        return None, False
    if " et " in texte and _DEUX_PERSONNES.search(texte):
        return None, False  # « Nadia BERGER et M. Marc FAURE » : deux personnes, pas un nom
    if _LIBELLES_DECOMPTE.match(plat) and not (trouve and texte.isupper()):
        return None, False  # « Votants », jamais une personne ; « M. PRESENT », un NOM
    mots = texte.split(" ")
    if len(mots) > 7 or not _MOTS_DE_NOM.fullmatch(texte):
        return None, False
    if (
        len(mots) > 1
        and texte.isupper()
        and not _MOTS_HORS_NOM.isdisjoint(plat.casefold().split())
    ):
        return None, False  # « PINTA ET LESAULNIER », « GRAS QUI DONNE » (texte en capitales)
    if not any(c.isalpha() for c in texte):
        return None, False
    if (
        len(mots) > 1
        and not _MINUSCULES_HORS_NOM.isdisjoint(plat.split(" "))  # (un seul test pour la ligne)
        and any(m.islower() and sans_accents(m) in _MINUSCULES_HORS_NOM for m in mots)
    ):
        return None, False  # « A été désignée comme » : une phrase, pas un nom
    if (
        len(mots) >= 2
        and _INITIALES_PRENOM.fullmatch(mots[-1])
        and mots[0][:1].isupper()
        and not _LETTRE_SEULE.fullmatch(mots[0])
    ):
        # « BONNAFOUS C. » : NOM puis initiale du prénom ; après un prénom et un NOM déjà
        # écrits (« Marc VIGNAL A »), la lettre n'est pas une initiale : nom illisible
        if _PRENOM_PUIS_NOM.fullmatch(" ".join(mots[:-1])):
            return None, False
        elu = Elu(nom=" ".join(mots[:-1]), prenom=mots[-1].rstrip(".") + ".", civilite=civilite)
        return elu, False
    if (
        len(mots) == 2
        and len(mots[-1]) == 2
        and mots[-1].isupper()
        and mots[-1].lower() not in _PARTICULES
        and len(mots[0]) >= 3
        and _majuscules(mots[0])
    ):
        # « BRETON JP », « ROLLIN JM » : le NOM, puis les initiales du prénom sans point
        return Elu(nom=mots[0], prenom=mots[-1], civilite=civilite), False
    if len(mots) > 1 and mots[-1].lower() in _PARTICULES and not _majuscules(mots[-1]):
        return None, False  # « Marc VIGNAL Le » : une particule ne finit pas un nom
    if len(mots) > 1 and not _MOTS_DE_LIEU_EN_CASSE.isdisjoint(mots):
        return None, False  # « CHAZALBRIOUDE Sur » (« … Sur Allier » collé) : un lieu, pas un prénom
    majuscules = [
        (_majuscules(m) and not _INITIALE.fullmatch(m))
        or m.lower() in _PARTICULES
        or (m[:2] in ("d'", "d’") and len(m) > 3 and _majuscules(m[2:]))  # « Anne d'ARGENT », « d'HARCOURT » : la particule élidée
        for m in mots
    ]
    # NOM en fin : prénom(s) puis capitales
    fin = len(mots)
    debut = fin
    while debut > 0 and majuscules[debut - 1]:
        debut -= 1
    while debut < fin and mots[debut].lower() in _PARTICULES and not _majuscules(mots[debut]):
        debut += 1
    if 0 < debut < fin:
        if any(_nom_en_capitales(m) for m in mots[:debut]):
            # « Solange FRINGANT Henri SCHMITZ » (virgule oubliée) : deux personnes, pas un prénom
            return None, False
        elu = Elu(nom=" ".join(mots[debut:]), prenom=" ".join(mots[:debut]), civilite=civilite)
        return elu, False
    if debut == 0:
        # tout en capitales : « DUPONT » seul, ou « JEAN DUPONT » (ambigu : l'ordre du
        # document, prénom d'abord sans indice)
        if len(mots) == 1:
            return Elu(nom=mots[0], civilite=civilite), False
        if len(mots) == 2 and mots[0].lower() in _PARTICULES:
            # « M. LE GALL », « DE BROCA » : une particule n'est pas un prénom, le NOM entier
            return Elu(nom=texte, civilite=civilite), False
        if (
            len(mots) >= 3
            and any(m.lower() in _PARTICULES or m in ("D", "d") for m in mots[1:-1])
            and not prenom_usuel(mots[0])
        ):
            # « M. COSTE de la MOTTE », « M. FALQUE D ARGENS » : un NOM à particule, pas le
            # prénom « Coste »
            return Elu(nom=texte, civilite=civilite), False
        if nom_d_abord:  # « MARTINEZ SOPHIE », « DE LA TOUR JEAN » : le prénom en dernier
            elu = Elu(nom=" ".join(mots[:-1]), prenom=_capitaliser(mots[-1]), civilite=civilite)
            return elu, True
        elu = Elu(nom=" ".join(mots[1:]), prenom=_capitaliser(mots[0]), civilite=civilite)
        return elu, True
    if (
        len(mots) == 2
        and _INITIALES_SANS_POINT.fullmatch(mots[0])
        and mots[0].lower() not in _PARTICULES
        and len(mots[1]) > 2
        and mots[1][:1].isupper()
        and mots[1][1:].islower()
    ):
        # « JL Martin », « C Gras » : les initiales du prénom sans point, puis le nom en casse
        # ordinaire (pas le NOM « JL » et le prénom « Martin »)
        return Elu(nom=mots[1], prenom=mots[0], civilite=civilite), False
    # « NOM Prénom » : capitales d'abord
    tete = 0
    while tete < len(mots) and majuscules[tete]:
        tete += 1
    if tete > 0 and any(_majuscules(m) for m in mots[:tete]):
        # (« la commune » : une particule seule n'est pas un NOM)
        if any(_nom_en_capitales(m) for m in mots[tete:]):
            # « DULAC Marie-Anne LE GALL Rose » (virgule oubliée) : deux personnes, pas un prénom
            return None, False
        particules = 0
        while particules < tete - 1 and mots[particules].lower() in _PARTICULES and not _majuscules(mots[particules]):
            particules += 1
        # (« de LANOUE Hervé » : la particule en minuscules va avec le prénom, comme dans « Hervé
        # de LANOUE », pour que les deux ordres désignent la même personne)
        prenom = " ".join(mots[tete:] + mots[:particules])
        elu = Elu(nom=" ".join(mots[particules:tete]), prenom=prenom, civilite=civilite)
        return elu, False
    if len(mots) == 1 and mots[0][:1].isupper():
        return Elu(nom=mots[0], civilite=civilite), False
    if len(mots) == 2 and all(m[:1].isupper() for m in mots):
        return _deux_mots_en_casse_mixte(mots, civilite)
    if len(mots) >= 3 and (particule := _particule_en_casse_mixte(mots, civilite)) is not None:
        return particule, False
    if len(mots) >= 2 and all(m[:1].isupper() for m in mots):
        return Elu(nom=mots[-1], prenom=" ".join(mots[:-1]), civilite=civilite), False
    return None, False


# « X épouse Y », « X née Y », « X veuve Y » : la personne est nommée par le premier nom
# écrit, le complément (en capitales, ou un seul mot) n'est pas son nom
_NOM_D_EPOUSE = re.compile(
    r"\s+(?:[ée]pouse|[ée]p\.|née|veuve|vve)\s+"
    r"(?:[A-ZÉÈÊÀÂÎÔÛÇ][A-ZÉÈÊÀÂÎÔÛÇ'’\-]+(?:\s+|$))+"
    r"|\s+(?:[ée]pouse|née|veuve)\s+[A-ZÉÈ][\w'’\-]+$"
)


def _particule_en_casse_mixte(mots: list[str], civilite: Civilite | None) -> Elu | None:
    """« F. de Saint-Rémy », « Hervé de la Tour » : prénom (ou initiale), particule en
    minuscules, puis le nom en casse ordinaire."""
    i = next((k for k, m in enumerate(mots) if m in _PARTICULES), 0)
    fin = i
    while fin < len(mots) and mots[fin] in _PARTICULES:
        fin += 1
    if i > 0 and fin < len(mots) and all(m[:1].isupper() for m in mots[:i] + mots[fin:]):
        return Elu(nom=" ".join(mots[i:]), prenom=" ".join(mots[:i]), civilite=civilite)
    return None


def _deux_mots_en_casse_mixte(mots: list[str], civilite: Civilite | None) -> tuple[Elu | None, bool]:
    """« Josette Martin » ou « Martin Josette » (aucun mot en capitales) : rien ne dit lequel
    est le nom ; prénom d'abord supposé (ambigu, :func:`lire_personne` le compte)."""
    return Elu(nom=mots[1], prenom=mots[0], civilite=civilite), True


_VIRGULE_OU_ET = re.compile(r",|\s+et\s+", re.IGNORECASE)


def lire_personnes(texte: str) -> list[Elu]:
    """Toutes les personnes d'une cellule (civilité au pluriel comprise)."""
    texte = espaces_normalises(texte)
    trouve = _CIVILITE_DEBUT.match(texte)
    if trouve and trouve.group(1).lower().rstrip(".") in {
        "messieurs",
        "mesdames",
        "mm",
        "mmes",
        "mrs",
        "mes",
        "mlles",
        "mesdemoiselles",
        "ms",
    }:
        civilite = Civilite.depuis_texte(_civilite(trouve.group(1)))
        reste = texte[trouve.end() :]
        return [
            e
            for m in _VIRGULE_OU_ET.split(reste)
            for n in _noms_seuls_accoles(m)
            # (« Messieurs ROCHE Eric SALVY Jean Conseillers » : la fonction du groupe ôtée d'abord)
            for e in _une_ou_deux(_sans_fonction_finale(n), civilite)
        ]
    if texte.count(" ") < 2:  # (le cas courant : une personne de deux mots)
        elu = lire_personne(texte)
        return [elu] if elu else []
    if trouve and texte.count(" ") >= _NOMS_D_UN_GROUPE and (groupe := _noms_d_un_groupe(texte[trouve.end() :])):
        return groupe
    return _une_ou_deux(_sans_fonction_finale(texte), None)


# « Mme BERNILLON LAURENT RIVET LOZANO GUEYNARD » : cinq NOM en capitales ou plus après une
# civilité au singulier (en casse mixte) ne sont pas le nom d'une personne, mais un groupe
_NOMS_D_UN_GROUPE = 5


def _noms_d_un_groupe(reste: str) -> list[Elu] | None:
    """Les NOM d'un groupe nommé par une civilité au singulier, chacun une personne (civilité
    inconnue) ; ``None`` si un mot n'est pas un NOM en capitales."""
    mots = reste.split()
    if len(mots) < _NOMS_D_UN_GROUPE or not all(_nom_en_capitales(m) for m in mots):
        return None
    return [Elu(nom=m) for m in mots]


def _nom_en_capitales(mot: str) -> bool:
    """« FRINGANT », « LE-GALL » : un NOM en capitales d'au moins trois lettres (ni une initiale
    « JF. », ni une particule « LE »)."""
    return (
        len(mot) > 2
        and "." not in mot
        and _majuscules(mot)
        and mot.lower() not in _PARTICULES
        and sum(c.isalpha() for c in mot) > 2
    )


def _sans_fonction_finale(texte: str, minuscules_seules: bool = False) -> str:
    """« FERRIEUX Roland Maire », « BOISSEL Agnès 1 ère adjointe » (liste sans virgule avant la
    fonction), « GUILLOU adjointes » (la fonction du groupe, en minuscules, après un NOM en
    capitales) : la personne seule, la fonction retirée ; ``minuscules_seules`` : seulement la
    seconde forme (« Jean Maire » reste un nom)."""
    mots = texte.split()
    for debut in range(1, len(mots)):
        fin = " ".join(mots[debut:])
        en_minuscules = fin.islower() and any(_nom_en_capitales(m) for m in mots[:debut])
        en_casse = (
            not minuscules_seules
            and debut >= 2
            and (not fin.isupper() or _prenom_et_nom(mots[:debut]))
            and (mots[debut][:1].isdigit() or mots[debut][:1].isupper())
        )
        if (en_minuscules or en_casse) and est_fonction(fin):
            return " ".join(mots[:debut])
    return texte


def _prenom_et_nom(mots: list[str]) -> bool:
    """« Louis MARTEL » avant « PRESIDENT » : un prénom en casse mixte et un NOM en capitales
    font déjà une personne, la fonction en capitales qui suit n'est pas un second nom."""
    return any(_nom_en_capitales(m) for m in mots) and any(m[:1].isupper() and not m.isupper() for m in mots)


def _noms_seuls_accoles(texte: str) -> list[str]:
    """« MM. ARNAUD BOYER CLERC DUMAS » (après une civilité plurielle, sans séparateur) : au moins
    quatre NOM en capitales à la suite, sans particule, sont autant de personnes."""
    mots = texte.split()
    if len(mots) >= 4 and all(_nom_en_capitales(m) for m in mots):
        return mots
    return [texte]


def _une_ou_deux(texte: str, civilite: Civilite | None) -> list[Elu]:
    """La personne d'un morceau de liste ; deux quand NOM, prénom, NOM, prénom alternent
    (« SOUBIRON Marc FERRAND Odile », « Loïc MORVAN Jean COADOU » : virgule oubliée)."""
    # (quatre mots au moins : la plupart des noms n'en ont pas assez, l'expression n'est pas essayée)
    deux = _DEUX_PERSONNES_SANS_VIRGULE.fullmatch(texte.strip()) if texte.count(" ") >= 3 else None
    morceaux = [deux.group(1) or deux.group(3), deux.group(2) or deux.group(4)] if deux else [texte]
    if deux is None and texte.count(" ") == 3 and (mixte := _DEUX_EN_CASSE_MIXTE.fullmatch(texte.strip())):
        p1, n1, p2, n2 = mixte.groups()
        if prenom_usuel(p1) and prenom_usuel(p2) and not prenom_usuel(n1) and not prenom_usuel(n2):
            morceaux = [f"{p1} {n1}", f"{p2} {n2}"]
    elus = [lire_personne(m, civilite) for m in morceaux]
    return [e for e in elus if e is not None]


# les mots d'un nom de lieu (« Brioude Sur Allier », « Villers Lès Nancy ») qui ne sont jamais
# un prénom
_MOTS_DE_LIEU_EN_CASSE = frozenset(("Sur", "Sous", "Lès", "Les", "Aux", "En"))
MOTIF_NOM = r"[A-ZÉÈÊËÀÂÎÏÔÛÜÇ][A-ZÉÈÊËÀÂÎÏÔÛÜÇ'’\-]+"
"""Un NOM en capitales (trait d'union et apostrophe compris), motif d'expression régulière."""
MOTIF_PRENOM = r"[A-ZÉÈÊÀÂÎÔÛÇ][a-zéèêëàâîïôûüç'’]+(?:-[A-ZÉÈÊÀÂÎÔÛÇ][a-zéèêëàâîïôûüç'’]+)*"
"""Un prénom en casse mixte (composé par des traits d'union), motif d'expression régulière."""
# (un prénom de deux mots, « Jean Paul » ; un NOM à particule, « BERTIN de SAINTE-ROSE »)
_PRENOMS_ = rf"{MOTIF_PRENOM}(?:\s+{MOTIF_PRENOM})?"
_NOM_A_PARTICULE = rf"{MOTIF_NOM}(?:\s+(?:de|du|des|d'|de\s+la)\s*{MOTIF_NOM})?"
_DEUX_PERSONNES_SANS_VIRGULE = re.compile(
    rf"((?:(?:M\.|Mme)\s+)?{_NOM_A_PARTICULE}\s+{_PRENOMS_})\s+((?:(?:M\.|Mme)\s+)?{_NOM_A_PARTICULE}\s+{_PRENOMS_})"
    rf"|((?:(?:M\.|Mme)\s+)?{_PRENOMS_}\s+{_NOM_A_PARTICULE})\s+((?:(?:M\.|Mme)\s+)?{_PRENOMS_}\s+{_NOM_A_PARTICULE})"
)
# « Jean-Marc Tissot Pierre Gavignet » (tout en casse mixte) : deux « Prénom Nom » quand chaque
# premier mot est un prénom usuel et chaque second n'en est pas un
_DEUX_EN_CASSE_MIXTE = re.compile(rf"({MOTIF_PRENOM})\s+({MOTIF_PRENOM})\s+({MOTIF_PRENOM})\s+({MOTIF_PRENOM})")


_CIVILITES_ECRITES = ("monsieur", "madame", "mademoiselle")


def civilite_mal_ecrite(mot: str) -> str | None:
    """La civilité qu'un mot mal écrit veut dire (« monsier » → « monsieur »), ou ``None``.

    >>> civilite_mal_ecrite("moniseur"), civilite_mal_ecrite("madmae"), civilite_mal_ecrite("maire")
    ('monsieur', 'madame', None)
    """
    if mot in _CIVILITES_ECRITES:
        return None
    proche = difflib.get_close_matches(mot, _CIVILITES_ECRITES, n=1, cutoff=0.8)
    return proche[0] if proche else None
