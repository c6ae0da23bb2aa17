"""Collectivités membres collées aux délégués dans une liste aplatie.

Le procès-verbal d'un syndicat ou d'un EPCI range souvent ses présents par collectivité
membre, sur deux colonnes : la commune (ou la communauté), puis ses délégués. Quand le
texte est aplati, les noms de lieux se collent aux personnes : « Mr ROBIN Didier Val
d'Authion Agglomération », et une commune sans délégué se colle à la suivante
(« Mr PEDEBOY Lescoubère Noustère-Bas Pardieux-Oussère »). Ce module sépare la personne
des noms de lieux qui la suivent, sans jamais couper au hasard :

- un mot est un lieu **sûr** s'il en a la forme (« Juvigny-sur-Oudon », « Mûrs-la-Forêt »,
  « d'Authion », « Saint-Méen… », « Communauté », « Agglomération »), ou si le document le
  nomme ailleurs comme un lieu (« les délégués de Lescoubère ») ;
- les mots collés après la personne ne sont lus comme des lieux que s'ils ont tous l'allure
  d'un nom de lieu (capitale puis minuscules, mots de liaison) et qu'au moins un est sûr ;
- après un NOM en capitales, le premier mot est le prénom (« ROBIN Didier »), sauf s'il est
  lui-même un lieu sûr ; ce choix est une lecture, signalée comme telle par l'appelant.

>>> lieux = reperes("excuse les délégués de Lescoubère et de Noustère-Bas").lieux
>>> sorted(lieux)
['lescoubere', 'noustere-bas']
>>> separer("Mr ROBIN Didier Val d'Authion Agglomération", lieux)
('Mr ROBIN Didier', "Val d'Authion Agglomération", True)
>>> separer("Mr PEDEBOY Lescoubère Noustère-Bas Pardieux-Oussère", lieux)
('Mr PEDEBOY', 'Lescoubère Noustère-Bas Pardieux-Oussère', False)
>>> separer("Mme DUPONT Marie Claire", lieux)
('Mme DUPONT Marie Claire', '', False)
>>> est_lieu_seul("Communauté de Communes des Coteaux du Layon Sud", lieux)
True
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Container

import attrs

from deliberations.extrait.personnes import CIVILITE, civilite_mal_ecrite
from deliberations.texte import cle_texte

__all__ = [
    "PARTICULES",
    "ListeCivilitesLieux",
    "ListeParLieu",
    "Reperes",
    "civilites_puis_lieux",
    "est_lieu_seul",
    "liste_par_lieu",
    "pour_la_commune",
    "reperes",
    "separer",
]

_LIAISONS = frozenset(
    {"de", "du", "des", "la", "le", "les", "l", "d", "en", "sur", "sous", "lès", "lez", "aux"}
)
_LIAISONS_SEULES = _LIAISONS | {"et", "au", "à"}
_PART_NOM = re.compile(r"[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ]+")
_PREFIXES_SURS = frozenset({"saint", "sainte", "st", "ste"})
_MOTS_SURS = frozenset(
    {
        "communaute",
        "communes",
        "agglomeration",
        "agglo",
        "metropole",
        "syndicat",
        "intercommunalite",
    }
)
_CIVILITE_DEBUT = re.compile(rf"^\s*{CIVILITE}(?=\s)\s*", re.IGNORECASE)
_CAPITALES = re.compile(r"[A-ZÀ-ÖØ-Ý][A-ZÀ-ÖØ-Ý'\-]*[A-ZÀ-ÖØ-Ý]")
_MOT_PRENOM = re.compile(r"[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Ý][a-zß-öø-ÿ]+)?")
_PREPOSITIONS = frozenset({"de", "des", "du", "à", "aux"})
_NOMS_DE_CIVILITE = frozenset(
    {"monsieur", "madame", "mademoiselle", "messieurs", "mesdames", "mme", "mr", "mlle", "mm"}
)


def _parties(mot: str) -> list[str]:
    return [p for p in re.split(r"[-']", mot) if p]


def _a_forme_de_lieu(mot: str) -> bool:
    """« Barthèque-d'Oussère », « Val », « de » : un mot qui peut entrer dans un nom de lieu."""
    if mot in _LIAISONS_SEULES:
        return True
    parties = _parties(mot)
    return (
        bool(parties)
        and all(_PART_NOM.fullmatch(p) or p.lower() in _LIAISONS for p in parties)
        and bool(_PART_NOM.fullmatch(parties[0]) or len(parties) > 1)
    )


def _sur_par_forme(mot: str) -> bool:
    """« Juvigny-sur-Oudon », « d'Authion », « Saint-Méen… », « Agglomération » : un lieu
    reconnaissable sans autre indice (un prénom composé n'a pas de mot de liaison)."""
    parties = _parties(mot)
    if len(parties) > 1 and (
        any(p in _LIAISONS for p in parties) or cle_texte(parties[0]) in _PREFIXES_SURS
    ):
        return True
    return cle_texte(mot) in _MOTS_SURS


@attrs.frozen
class Reperes:
    """Ce que le document dit ailleurs : les mots qu'il emploie comme des lieux, et le nombre
    de fois qu'il nomme chaque personne « NOM Prénom » ou « Prénom NOM »."""

    lieux: frozenset[str] = frozenset()
    paires: Counter[tuple[str, str]] = attrs.field(factory=Counter)

    def confirme(self, nom: str, prenom: str) -> bool:
        """Vrai si le document nomme deux fois au moins la personne avec ce prénom."""
        return self.paires[(cle_texte(nom), cle_texte(prenom))] >= 2


def _propre(mot: str) -> str:
    return mot.strip(',;.:()«»"!?')


def reperes(texte: str) -> Reperes:
    """Une lecture du texte entier, mot à mot : les lieux (« de X », « à X », « d'X », sauf
    devant un NOM en capitales : « de Jean DUPONT ») et les paires NOM-prénom."""
    mots = [_propre(m) for m in texte.split()]
    lieux: set[str] = set()
    paires: Counter[tuple[str, str]] = Counter()
    for i, mot in enumerate(mots):
        suivant = mots[i + 1] if i + 1 < len(mots) else ""
        if _CAPITALES.fullmatch(mot) and _MOT_PRENOM.fullmatch(suivant):
            paires[(cle_texte(mot), cle_texte(suivant))] += 1
        elif _MOT_PRENOM.fullmatch(mot) and _CAPITALES.fullmatch(suivant):
            paires[(cle_texte(suivant), cle_texte(mot))] += 1
        lieu = suivant if mot in _PREPOSITIONS else mot[2:] if mot.startswith("d'") else ""
        apres = mots[i + 2] if mot in _PREPOSITIONS and i + 2 < len(mots) else suivant
        if (
            _PART_NOM.match(lieu)
            and _a_forme_de_lieu(lieu)
            and cle_texte(lieu) not in _NOMS_DE_CIVILITE
            and not _CAPITALES.fullmatch(apres)
        ):
            lieux.add(cle_texte(lieu))
    return Reperes(frozenset(lieux), paires)


def _sur(mot: str, lieux: Container[str]) -> bool:
    return _sur_par_forme(mot) or cle_texte(mot) in lieux


def _lieux_colles(mots: list[str], lieux: Container[str]) -> bool:
    """Des mots qui forment un ou plusieurs noms de lieux, dont au moins un sûr."""
    return (
        bool(mots)
        and _PART_NOM.match(mots[0]) is not None
        and all(_a_forme_de_lieu(m) for m in mots)
        and any(_sur(m, lieux) for m in mots)
    )


def est_lieu_seul(morceau: str, lieux: Container[str]) -> bool:
    """Un morceau sans civilité ni NOM en capitales qui n'est qu'un nom de lieu sûr
    (« Communauté de Communes des Coteaux du Layon Sud », « Sainte-Colombe-d'Oussère »)."""
    mots = morceau.split()
    return (
        0 < len(mots) <= 12
        and _CIVILITE_DEBUT.match(morceau) is None
        and not any(_CAPITALES.fullmatch(m) for m in mots)
        and _lieux_colles(mots, lieux)
    )


def separer(morceau: str, lieux: Container[str]) -> tuple[str, str, bool]:
    """(personne, lieux collés, prénom lu devant les lieux) pour « Civilité NOM [Prénom]
    Lieu… » ou « Civilité Prénom NOM Lieu… » ; le morceau entier et ``""`` sinon.

    Le troisième élément est vrai quand le mot qui suit le NOM a été pris pour le prénom
    alors qu'il pourrait être un nom de lieu : une lecture, à signaler."""
    civilite = _CIVILITE_DEBUT.match(morceau)
    if civilite is None or len(morceau) > 300:
        return morceau, "", False
    mots = morceau[civilite.end() :].split()
    debut = next((i for i, m in enumerate(mots) if _CAPITALES.fullmatch(m)), None)
    if debut is None:  # (le premier mot en capitales : les suivants ne sont pas regardés)
        return morceau, "", False
    fin = debut
    while fin < len(mots) and _CAPITALES.fullmatch(mots[fin]):
        fin += 1
    queue = mots[fin:]
    if not queue:
        return morceau, "", False
    if debut > 0 or _sur_par_forme(queue[0]) or (len(queue) > 1 and _sur(queue[0], lieux)):
        prenom = 0  # « Prénom NOM Lieu… », ou le mot après le NOM est déjà un lieu
    elif len(queue) > 1 and _MOT_PRENOM.fullmatch(queue[0]):
        prenom = 1  # « NOM Prénom Lieu… »
    else:
        return morceau, "", False
    if not _lieux_colles(queue[prenom:], lieux):
        return morceau, "", False
    personne = " ".join([morceau[: civilite.end()].strip(), *mots[:fin], *queue[:prenom]])
    return personne, " ".join(queue[prenom:]), prenom == 1


# ------------------------------------------------- « COMMUNE : Prénom NOM COMMUNE : Prénom NOM »

_DEUX_POINTS = re.compile(r"\s+:\s+")
# Les particules d'un NOM en capitales (« LE GALL », « VAN DER LINDEN ») : jamais un nom à elles seules
PARTICULES = frozenset({"LE", "LA", "DE", "DU", "DES", "DI", "DA", "VAN", "VON", "DER", "DEN", "MAC", "EL", "D'", "D’"})


@attrs.frozen
class ListeParLieu:
    """Une liste aplatie « LIEU : Prénom NOM LIEU : Prénom NOM… » lue : les personnes (dans
    l'ordre, avec ce qui les suit, une procuration entre parenthèses par exemple), les lieux, et
    les entrées dont la limite entre le NOM et le lieu suivant est une lecture."""

    personnes: list[str]
    lieux: list[str]
    douteuses: list[str]


def _en_capitales(texte: str) -> bool:
    return any(c.isalpha() for c in texte) and not any(c.islower() for c in texte)


def _lieu_entier(segment: str, lieux: Container[str]) -> bool:
    """« ATTILLY », « VERMAND SUR OMIGNON », « Canton de Vermand » : un lieu seul."""
    mots = segment.split()
    if not mots or len(segment) > 60 or "(" in segment:
        return False
    if _en_capitales(segment):
        return True
    return (
        _PART_NOM.fullmatch(mots[0]) is not None
        and all(_a_forme_de_lieu(m) for m in mots)
        and (not any(_CAPITALES.fullmatch(m) for m in mots))
    )


def _cle_lieu(texte: str) -> str:
    return cle_texte(texte).replace("-", " ")


def _personne_puis_lieu(segment: str, lieux: Container[str]) -> tuple[str, str, bool] | None:
    """« Michel DUBOIS BEAUVOIS » → (« Michel DUBOIS », « BEAUVOIS », sûr) ; ``None`` si le
    segment n'a pas cette forme."""
    if "," in segment and "(" not in segment:
        # « Gilbert JOUANNET, Sophie AUDOUX Secteur du Boischaut » : deux délégués de la même
        # commune, puis le lieu suivant
        gauche, _, droite = segment.rpartition(",")
        coupe = _personne_puis_lieu(droite.strip(), lieux)
        if coupe is None:
            return None
        return f"{gauche.strip()}, {coupe[0]}", coupe[1], coupe[2]
    for separateur in (" - ", ") "):
        gauche, trouve, droite = segment.rpartition(separateur)
        if trouve and _lieu_entier(droite, lieux):
            return gauche + trouve.strip(" -"), droite, True
    mots = segment.split()
    nom = next((i for i, m in enumerate(mots) if _CAPITALES.fullmatch(m)), None)
    # (« Mme Anne PETIT LE PIN » : la civilité devant le prénom)
    civilite = 1 if mots and mots[0].lower().rstrip(".") in _NOMS_DE_CIVILITE | {"m"} else 0
    if not nom or nom <= civilite or not all(_MOT_PRENOM.fullmatch(m) for m in mots[civilite:nom]):
        return None  # le prénom d'abord, en casse mixte
    fin_capitales = nom
    while fin_capitales < len(mots) and (
        _CAPITALES.fullmatch(mots[fin_capitales]) or _chiffre_dans_un_lieu(mots, fin_capitales, nom)
    ):
        fin_capitales += 1
    if fin_capitales < len(mots):  # « Bernard HOURIEZ Canton de Saint-Simon »
        lieu = " ".join(mots[fin_capitales:])
        if not _lieu_entier(lieu, lieux):
            return None
        return " ".join(mots[:fin_capitales]), lieu, True
    fin = nom
    while fin < fin_capitales - 1 and mots[fin] in PARTICULES:
        fin += 1  # « Luc DE LA TOUR DURY »
    fin += 1
    if fin >= fin_capitales:
        return None
    lieu = " ".join(mots[fin:])
    connu = _cle_lieu(lieu) in lieux or _cle_lieu(lieu).replace(" ", "-") in lieux
    # un seul mot pour la commune : le reste est le nom ; sinon la limite est une lecture
    return " ".join(mots[:fin]), lieu, fin == fin_capitales - 1 or connu


def _chiffre_dans_un_lieu(mots: list[str], i: int, nom: int) -> bool:
    """« SAINT MARTIN LES 2 EGLISES » : un nombre court entre deux mots en capitales, après le
    NOM, est du nom de la commune (pas le début d'un autre lieu)."""
    return (
        i > nom
        and len(mots[i]) <= 2
        and mots[i].isdigit()
        and i + 1 < len(mots)
        and _CAPITALES.fullmatch(mots[i + 1]) is not None
    )


_CIVILITE_INITIALE = re.compile(r"(?:M\.|Mme|Mlle|Monsieur|Madame)\s")


_DEUX_CAPITALES = re.compile(r"[A-ZÉÈÊÀÂÎÔÛÇ]{2}")


def _delegues_avant(segment: str) -> tuple[str, str]:
    """« A, B, C BEHENCOURT » (entre deux « : ») : les délégués d'une commune séparés par des
    virgules (« A, B »), puis le dernier suivi de la commune suivante (« C BEHENCOURT ») ; sans
    virgule, ou si une partie n'a pas de NOM en capitales, ("", segment)."""
    avant, virgule, dernier = segment.rpartition(",")
    if virgule and all(_DEUX_CAPITALES.search(p) for p in avant.split(",")):
        return avant.strip(), dernier.strip()
    return "", segment


def liste_par_lieu(texte: str, lieux: Container[str], *, suite: bool = False) -> ListeParLieu | None:
    """« Canton de Vermand : ATTILLY : Michel DUBOIS BEAUVOIS : Anne-Marie LEROY - CAULAINCOURT :
    Jean PRUVOST (pouvoir à Michel DUBOIS) ETREILLERS : … » : chaque délégué précédé de sa
    commune et de deux-points, le tout sur une ligne ; ``None`` pour une autre forme.

    >>> lue = liste_par_lieu("ATTILLY : Michel DUBOIS BEAUVOIS : Anne LEROY - HOLNON : Luc ROY", frozenset())
    >>> lue.personnes, lue.lieux, lue.douteuses
    (['Michel DUBOIS', 'Anne LEROY', 'Luc ROY'], ['ATTILLY', 'BEAUVOIS', 'HOLNON'], [])
    """
    if len(texte) > 5000:
        return None
    if suite:  # (« - SAINT PAUL DES BOIS : Lucien BORIE » : la suite coupée devant le tiret)
        texte = texte.strip().lstrip("-– ")
    segments = _DEUX_POINTS.split(texte.strip())
    premiers, segments[0] = _delegues_avant(segments[0]) if suite else ("", segments[0])
    # (deux segments : « M. A, Mme B LA LOYE : M. C, Mme D », la première commune lue avec
    # l'intitulé ; le délégué commence par sa civilité, la limite NOM | commune est dite)
    if len(segments) < 2 or (
        len(segments) == 2 and not suite and not _CIVILITE_INITIALE.match(segments[0])
    ):
        return None
    if _lieu_entier(segments[0], lieux):
        if len(segments) < (2 if suite else 4):
            return None
        lue = ListeParLieu([*filter(None, [premiers])], [segments[0]], [])
    elif (tete := _personne_puis_lieu(segments[0], lieux)) is not None and (
        (suite and tete[2]) or _CIVILITE_INITIALE.match(segments[0])
    ):
        # ``suite`` : la ligne continue une liste déjà lue ainsi (coupée entre deux délégués) ;
        # ou la première commune a été lue avec l'intitulé (« Délégués présents : VAUDREY : ») :
        # elle commence par le dernier délégué d'une commune, puis la commune suivante
        sure = tete[2] and (len(segments) > 2 or _cle_lieu(tete[1]) in lieux)
        lue = ListeParLieu([*filter(None, [premiers]), tete[0]], [tete[1]], [] if sure else [segments[0]])
    else:
        return None
    for segment in segments[1:-1]:
        avant, segment = _delegues_avant(segment)
        if avant:
            lue.personnes.append(avant)
        if _lieu_entier(segment, lieux):
            lue.lieux.append(segment)
            continue
        coupe = _personne_puis_lieu(segment, lieux)
        if coupe is None:
            return None
        lue.personnes.append(coupe[0])
        lue.lieux.append(coupe[1])
        if not coupe[2]:
            lue.douteuses.append(segment)
    lue.personnes.append(segments[-1])
    return lue if len(lue.personnes) >= (1 if suite else 2) else None


# « pour la commune de SAINT-VALLIER : » : la commune qui ouvre le groupe de ses délégués (en
# tête de texte, « commune de X : » seul : la suite d'un groupe coupé ; après la ponctuation
# qui finit le groupe précédent, « … (titulaires) Commune de Y : », lignes recollées)
_POUR_LA_COMMUNE = re.compile(
    r"(?:(?:^|(?<=\s))pour\s+la\s+|^\s*|(?<=[),;.]\s))commune\s+(?:de\s+|d'\s*|du\s+|des\s+)?"
    r"(?P<lieu>[^:()]{1,80}?)\s*:\s*",
    re.IGNORECASE,
)
# « … Sylvie monsieur FAURE Gilles … » : une civilité en toutes lettres ouvre une personne
_CIVILITE_OUVRE = re.compile(
    r"\s+(?=(?:[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|M\.|Mme|Mlle)\s+[A-ZÉÈÀÂÎÔÛÇ])"
)


def _hors_parentheses(texte: str, positions: list[int]) -> list[int]:
    """Les positions de ``positions`` (croissantes) qui ne sont dans aucune parenthèse."""
    gardees: list[int] = []
    profondeur, curseur = 0, 0
    for position in positions:
        for c in texte[curseur:position]:
            profondeur += (c == "(") - (c == ")") if c in "()" else 0
        curseur = position
        if profondeur <= 0:
            gardees.append(position)
    return gardees


_PREPOSITION_AVANT = re.compile(r"\s(?:de|d'|du|par|à)\s*$")


# un mot en minuscules devant un NOM en capitales, dans une liste « madame NOM Prénom
# monsieur NOM Prénom » : une civilité mal écrite (« monsier », « moniseur ») s'il lui ressemble
_MOT_AVANT_UN_NOM = re.compile(r"(?:(?<=\s)|^)(m[a-z]{4,10})(?=\s+[A-ZÉÈÀÂÎÔÛÇ]{2})")
def _civilites_corrigees(texte: str) -> str:
    return _MOT_AVANT_UN_NOM.sub(lambda t: civilite_mal_ecrite(t.group(1)) or t.group(1), texte)


def _personnes_collees(texte: str) -> list[str]:
    """« madame DREVET Catherine monsieur GIRAUD Alain » : une personne par civilité, les
    parenthèses (« (pouvoir à madame X) ») restant avec leur personne ; une civilité mal
    écrite (« monsier PERRET Hugo ») en ouvre une aussi."""
    if "m" in texte:
        texte = _civilites_corrigees(texte)
    debuts = _hors_parentheses(texte, [t.start() for t in _CIVILITE_OUVRE.finditer(texte)])
    # (« M. X, suppléant de Mme Y », « M. X représenté par M. Y » : la civilité après une
    # préposition nomme la personne de la même entrée, pas une autre)
    debuts = [d for d in debuts if not _PREPOSITION_AVANT.search(texte, 0, d)]
    bornes = [0, *debuts, len(texte)]
    morceaux = (texte[a:b].strip(" ,;") for a, b in itertools.pairwise(bornes))
    return [m for m in morceaux if m]


def pour_la_commune(texte: str) -> tuple[list[str], list[str]] | None:
    """« pour la commune de X : madame NOM Prénom monsieur NOM Prénom pour la commune de Y : … »
    (délégués groupés par commune, sans séparateur entre les noms) : les communes nommées et
    les personnes, une par civilité ; ``None`` si le texte n'a pas cette forme.

    >>> pour_la_commune("pour la commune de MOTTIER : madame ROBIN Odile monsieur REY Luc (pouvoir à madame ROBIN Odile)")
    (['MOTTIER'], ['madame ROBIN Odile', 'monsieur REY Luc (pouvoir à madame ROBIN Odile)'])
    >>> pour_la_commune("madame ROBIN Odile, monsieur REY Luc") is None
    True
    """
    tete = texte.lstrip()[:8].lower()
    if len(texte) > 5000 or ("pour" not in texte.lower() and tete != "commune "):
        return None  # « Commune de X : M. A, M. B » : le groupe en tête de ligne, sans « pour »
    groupes = list(_POUR_LA_COMMUNE.finditer(texte))
    if not groupes or texte[: groupes[0].start()].strip(" ,;"):
        return None
    lieux = [g.group("lieu").strip() for g in groupes]
    personnes: list[str] = []
    bornes = [g.end() for g in groupes]
    fins = [g.start() for g in groupes[1:]] + [len(texte)]
    for debut, fin in zip(bornes, fins, strict=True):
        personnes.extend(_personnes_collees(texte[debut:fin]))
    if not personnes and "pour" not in texte.lower():
        return None  # « COMMUNE DE X : » seul : un en-tête (ou un groupe), lu par l'appelant
    return lieux, personnes


# ----------------------------------- « COMMUNE M. Prénom NOM Mme Prénom NOM COMMUNE … » (aplati)

_CIVILITE_SEPARATRICE = re.compile(r"(?:(?<=\s)|^)(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[A-ZÉÈÀÂ])")
_PREPOSITION_FINALE = re.compile(r"\s(?:de|d'|du|par|à|a)\s*$")
_PARENTHESE_EN_TETE = re.compile(r"\s*\([^()]{1,80}\)")
_SUPPLEANT_DE = re.compile(r"\s(suppl[ée]ante?\s+(?:de|d')\s+)")
# (un NOM, ou un NOM et son prénom, puis le lieu, puis la civilité suivante : « ROY BOURG M. »,
# « RIBOT Bernard BESSAC M. »)
_NOM_PUIS_LIEU_PUIS_CIVILITE = re.compile(
    r"(?:[A-ZÉÈÀÂÎÔÛÇ'’\-]{2,}|[A-ZÉÈÀÂÎÔÛÇ'’\-]{2,}\s+[A-ZÉÈÀÂÎÔÛÇ][a-zéèêëàâîïôûüç]+)\s+[A-ZÉÈÀÂÎÔÛÇ'’\-]{3,}\s+"
    r"(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)"
)
_PRENOM_MIXTE = re.compile(r"[A-ZÉÈÀÂÎÔÛÇ][a-zéèêëàâîïôûüç]+(?:-[A-ZÉÈÀÂÎÔÛÇ][a-zéèêëàâîïôûüç]+)*\.?")


@attrs.frozen
class ListeCivilitesLieux:
    """Une liste aplatie « LIEU Civilité Prénom NOM … LIEU … » lue : les personnes (avec ce
    qui les suit entre parenthèses ou « suppléant de … »), les lieux, et les entrées dont la
    limite entre le NOM et le lieu suivant est une lecture."""

    personnes: list[str]
    lieux: list[str]
    douteuses: list[str]


def _fin_du_prenom_nom(mots: list[str]) -> int | None:
    """« Josiane BRUNET BOURG » : la fin de « Prénom NOM » (particules comprises)."""
    i = 0
    while i < len(mots) and _PRENOM_MIXTE.fullmatch(mots[i]):
        i += 1
    if i == 0 or i >= len(mots):
        return None
    fin = i
    while fin < len(mots) - 1 and mots[fin] in PARTICULES:
        fin += 1  # « Luc DE LA TOUR »
    return fin + 1 if _CAPITALES.fullmatch(mots[fin]) else None


def _fin_du_nom_prenom(mots: list[str]) -> int | None:
    """« RIBOT Bernard BESSAC » : la fin de « NOM Prénom » (NOM en capitales, d'un ou
    plusieurs mots, puis le prénom en casse mixte) ; ce qui suit le prénom n'est pas du nom."""
    i = 0
    while i < len(mots) and (_CAPITALES.fullmatch(mots[i]) or (i and mots[i] in PARTICULES)):
        i += 1
    if i == 0 or i >= len(mots) or not _PRENOM_MIXTE.fullmatch(mots[i]):
        return None
    while i < len(mots) and _PRENOM_MIXTE.fullmatch(mots[i]):
        i += 1
    return i


def _personne_puis_capitales(morceau: str) -> tuple[str, list[str], bool] | None:
    """« Mme Josiane BRUNET BOURG-ARCHAMBAULT » → (« Mme Josiane BRUNET », [« BOURG-ARCHAMBAULT »],
    faux) : civilité, prénom en casse mixte, NOM (particules comprises), puis des mots en
    capitales ; ou civilité, NOM, prénom (« M. Luc » → vrai : la limite du nom est sûre)."""
    civilite = _CIVILITE_DEBUT.match(morceau)
    if civilite is None:
        return None
    mots = morceau[civilite.end() :].split()
    fin = nom_d_abord = _fin_du_nom_prenom(mots)
    fin = fin or _fin_du_prenom_nom(mots)
    if fin is None:
        return None
    reste = " ".join(mots[fin:])
    parentheses = ""
    while (p := _PARENTHESE_EN_TETE.match(reste)) is not None:
        parentheses += " " + p.group(0).strip()
        reste = reste[p.end() :]
    personne = " ".join([morceau[: civilite.end()].strip(), *mots[:fin]]) + parentheses
    queue = reste.split()
    if any(not _en_capitales(m) for m in queue):
        return None
    return personne, queue, nom_d_abord is not None


def civilites_puis_lieux(texte: str) -> ListeCivilitesLieux | None:
    """« ADRIERS Mme Josiane BRUNET BOURG-ARCHAMBAULT M. Henri FAYE JOUHET LATHUS M. Luc PIROT »
    (tableau commune | délégués aplati sans aucune ponctuation) : chaque délégué est une
    civilité, un prénom et un NOM ; les mots en capitales qui le suivent, jusqu'à la civilité
    suivante, sont des communes (dont certaines sans délégué). ``None`` pour une autre forme.

    >>> lue = civilites_puis_lieux("ADRIERS Mme Anne ROY BOURG M. Luc PIROT Mme Eve NOËL JOUHET LUSSAC M. Paul VIAL")
    >>> lue.personnes, lue.lieux
    (['Mme Anne ROY', 'M. Luc PIROT', 'Mme Eve NOËL', 'M. Paul VIAL'], ['ADRIERS', 'BOURG', 'JOUHET LUSSAC'])
    """
    if len(texte) > 5000 or "," in texte or ";" in texte or ":" in texte:
        return None
    if _NOM_PUIS_LIEU_PUIS_CIVILITE.search(texte) is None:
        return None  # aucun mot en capitales entre un NOM et la civilité suivante
    debuts = [t.start() for t in _CIVILITE_SEPARATRICE.finditer(texte)]
    if len(debuts) < 3:
        return None
    tete = texte[: debuts[0]].strip()
    if tete and not _en_capitales(tete):
        return None
    morceaux: list[str] = []
    for a, b in itertools.pairwise([*debuts, len(texte)]):
        morceau = texte[a:b].strip()
        if morceaux and _PREPOSITION_FINALE.search(morceaux[-1]):
            morceaux[-1] += " " + morceau  # « M. X suppléant de Mme Y » : une seule entrée
        else:
            morceaux.append(morceau)
    lue = ListeCivilitesLieux([], [tete] if tete else [], [])
    avec_lieu = 0
    for morceau in morceaux:
        suppleance = _SUPPLEANT_DE.search(morceau) if "suppl" in morceau else None
        coupe = morceau[suppleance.end(1) :] if suppleance else morceau
        lu = _personne_puis_capitales(coupe)
        if lu is None:
            return None
        personne, queue, limite_sure = lu
        if suppleance is not None:
            personne = f"{morceau[: suppleance.end(1)].strip()} {personne}"
        lue.personnes.append(personne)
        if queue:
            avec_lieu += 1
            lue.lieux.append(" ".join(queue))
            if not limite_sure and "-" not in queue[0] and not _sur_par_forme(queue[0].capitalize()):
                lue.douteuses.append(morceau)  # « M. Bruno MAGNAN PLAISANCE » : nom composé ?
    # (« VAUDREY M. A Mme B LA LOYE M. C » : la commune de tête compte, deux communes en tout)
    return lue if avec_lieu + bool(tete) >= 2 else None


# ------------------------------ « NOMS Prénoms Commune d'origine MARCHAND Odile BRESSAC … » (aplati)

# l'en-tête des colonnes d'un tableau de présence (après le compte de l'intitulé : « présents :
# 4 NOMS Prénoms Commune d origine ») ; l'apostrophe perdue par l'extraction
_COLONNES_NOM_PRENOM_LIEU = re.compile(
    r"^\s*(?:\d{1,3}\s+)?(?i:noms?\s+(?:et\s+)?pr[ée]noms?\s+(?:communes?|collectivit[ée]s?|membres?)"
    r"(?:\s+d\s*'?\s*origine|\s+d'\s*origine|\s+repr[ée]sent[ée]e?s?)?)\s+(?=[A-ZÉÈ])"
)
def tableau_noms_prenoms_lieux(texte: str) -> ListeCivilitesLieux | None:
    """« 4 NOMS Prénoms Commune d origine MARCHAND Odile BRESSAC FAURE Lucien BRESSAC PONS
    Hélène VIRAC » (tableau de présence aplati, rangées « NOM Prénom COMMUNE ») : les personnes
    « NOM Prénom », les communes, et chaque limite commune | NOM suivant qui est une lecture (plus
    de deux mots en capitales entre deux prénoms). ``None`` pour une autre forme.

    >>> lue = tableau_noms_prenoms_lieux("NOMS Prénoms Commune d origine ROY Anne BOURG VIAL Luc BOURG LE PIN")
    >>> lue.personnes, lue.lieux
    (['ROY Anne', 'VIAL Luc'], ['BOURG', 'BOURG LE PIN'])
    >>> tableau_noms_prenoms_lieux("NOMS Prénoms Commune ROY Anne SAINT PAUL LE GALL Luc BOURG").personnes
    ['ROY Anne', 'LE GALL Luc']
    """
    entete = _COLONNES_NOM_PRENOM_LIEU.match(texte) if len(texte) <= 5000 else None
    if entete is None:
        return None
    courses: list[tuple[list[str], list[str]]] = []  # (mots en capitales, prénoms) par rangée
    for mot in texte[entete.end() :].split():
        if _CAPITALES.fullmatch(mot) or mot in PARTICULES:
            if not courses or courses[-1][1]:
                courses.append(([], []))
            courses[-1][0].append(mot)
        elif _PRENOM_MIXTE.fullmatch(mot) and courses:
            courses[-1][1].append(mot)
        else:
            return None  # un mot ni NOM ni prénom : pas un tableau de cette forme
    if len(courses) < 2 or courses[-1][1]:
        return None
    lue = ListeCivilitesLieux([], [], [])
    nom = courses[0][0]
    for (_, prenoms), (suite, _) in itertools.pairwise(courses):
        if not nom:
            return None  # (« BOURG Luc » : une rangée sans NOM)
        lue.personnes.append(" ".join([*nom, *prenoms]))
        coupe = len(suite) if suite is courses[-1][0] else _debut_du_nom(suite)
        lue.lieux.append(" ".join(suite[:coupe]))
        nom = suite[coupe:]
    compte = Counter(lue.lieux)
    # (« TOURS EN SAVOIE DUBESSAY » : la commune lue une seule fois, sa limite est une lecture)
    lue.douteuses.extend(
        f"{lieu} {' '.join(suite[len(lieu.split()) :])}"
        for lieu, (suite, _) in zip(lue.lieux, courses[1:-1], strict=False)
        if len(suite) > 2 and compte[lieu] == 1
    )
    return lue if all(lue.lieux) else None


def _debut_du_nom(mots: list[str]) -> int:
    """« SAINT PAUL SUR ISERE DOUCET » : la commune puis le NOM de la rangée suivante ; le NOM
    est le dernier mot, avec les particules qui le précèdent (« LE PIN LE GALL »)."""
    debut = len(mots) - 1
    while debut > 1 and mots[debut - 1] in PARTICULES:
        debut -= 1
    return max(debut, 1)


# ------------------------ « Agmé Patrick GAUBAN Beaupuy Maryse HERVÉ (+pouvoir X) … » (aplati)

# un délégué « Prénom NOM » (NOM en capitales, particule comprise), et sa précision
_DELEGUE_APRES_LIEU = re.compile(
    r"(?P<prenom>[A-ZÉÈÂÎÔ][a-zéèêëàâîïôûç]+(?:-[A-ZÉÈÂÎÔ][a-zéèêëàâîïôûç]+)?)\s+"
    r"(?P<nom>(?:(?:DE|DU|DES|LE|LA|D'|D’|VAN)\s+)?[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’\-]+)(?![\w'’-])"
    r"(?P<precision>\s*\([^()]{1,120}\))?"
)
# entre deux délégués : un tiret (la même commune), ou le nom de la commune suivante, en casse
# de titre (« Castelnau Sur Gupie », « Birac sur Trec »)
_TIRET_SEUL = re.compile(r"\s*[-–]?\s*")
_CIVILITE_DANS_LE_TEXTE = re.compile(r"\b(?:Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Mme|Mlle|MM|M\.)(?=\s)")
# (« Cours les Bains ……………… Fargues » : une commune sans délégué présent, des points de suite)
_POINTS_DE_SUITE = re.compile(r"\s*[.…]{3,}\s*")
_LIEU_EN_CASSE_DE_TITRE = re.compile(
    r"\s*(?:[LlDd]['’])?[A-ZÉÈÂÎÔ][a-zéèêëàâîïôûç'’\-]+"
    r"(?:\s+(?:(?:[LlDd]['’])?[A-ZÉÈÂÎÔ][a-zéèêëàâîïôûç'’\-]+|sur|sous|en|la|le|les|de|du|des|d['’]|aux?|et|lès))*\s*"
)


def lieux_puis_delegues(texte: str, suite: bool = False) -> ListeCivilitesLieux | None:
    """« Agmé Patrick GAUBAN (jusqu'au dossier 5) Beaupuy Maryse HERVÉ (+pouvoir X) Birac sur
    Trec Jean-Luc AGNIC - Alain LERDU … » (tableau commune | délégués aplati) : chaque commune en
    casse de titre, puis ses délégués « Prénom NOM » séparés de tirets ; ``None`` pour une autre
    forme (trois délégués et deux communes au moins). ``suite`` : le morceau continue une telle
    liste coupée (il peut commencer par un délégué, ou un tiret, de la commune précédente).

    >>> lue = lieux_puis_delegues("Agmé Paul GAUBAN Beaupuy Anne HERVÉ (+pouvoir Luc VIAL) Birac sur Trec Rose AGNIC - Marc LERDU")
    >>> lue.personnes, lue.lieux
    (['Paul GAUBAN', 'Anne HERVÉ (+pouvoir Luc VIAL)', 'Rose AGNIC', 'Marc LERDU'], ['Agmé', 'Beaupuy', 'Birac sur Trec'])
    """
    if len(texte) > 5000 or "," in texte or ":" in texte or "\t" in texte or _CIVILITE_DANS_LE_TEXTE.search(texte):
        return None  # (des civilités, des colonnes : une autre forme)
    lue = ListeCivilitesLieux([], [], [])
    position = 0
    for delegue in _DELEGUE_APRES_LIEU.finditer(texte):
        entre = texte[position : delegue.start()]
        lieux = [x.strip() for x in _POINTS_DE_SUITE.split(entre) if x.strip()]
        if (lue.personnes or suite) and _TIRET_SEUL.fullmatch(entre):
            pass  # (un autre délégué de la même commune)
        elif lieux and all(_LIEU_EN_CASSE_DE_TITRE.fullmatch(x) for x in lieux):
            lue.lieux.extend(lieux)
        else:
            return None  # (autre chose entre deux délégués : pas un tableau de cette forme)
        lue.personnes.append(delegue.group(0).strip())
        position = delegue.end()
    fin = texte[position:].strip(" .-–")
    if fin and not _LIEU_EN_CASSE_DE_TITRE.fullmatch(fin):
        return None
    if fin:
        lue.lieux.append(fin)  # (une commune sans délégué présent, en fin de liste)
    if suite:
        return lue if lue.personnes else None
    return lue if len(lue.personnes) >= 3 and len(lue.lieux) >= 2 else None
