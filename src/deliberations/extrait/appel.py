"""Feuille d'appel : l'état de présence écrit après chaque nom.

Un conseil communautaire ou un comité syndical publie souvent l'appel des délégués commune
par commune, l'état de chacun écrit après son nom, au lieu de listes « Présents : »,
« Excusés : » :

- une ligne par délégué (feuille d'émargement copiée d'un PDF), chaque commune seule en
  capitales sur sa ligne : « M. DUBOIS Gérard Excusé – pouvoir à M. CARON Didier » ;
- une ligne par commune (appel nominal), les délégués séparés par des points-virgules :
  « LUZECH : M. Alain CROS présent ; M. Jean VIDAL absent excusé, représenté par sa
  suppléante Mme Odette BRU ».

Ce module découpe ces lignes en couples (personne, état) ; l'analyseur range ensuite chaque
personne selon son état. Une ligne dont un morceau n'a pas cette forme n'est pas une ligne
d'appel (``None``) : rien n'est lu à moitié.

>>> rangees_d_appel("M. DUBOIS Gérard Excusé – pouvoir à M. CARON Didier")
[('M. DUBOIS Gérard', 'Excusé – pouvoir à M. CARON Didier')]
>>> rangees_d_appel("VIRE : M. Paul NADAL présent ; Mme Lucette ORLIAC présente")
[('M. Paul NADAL', 'présent'), ('Mme Lucette ORLIAC', 'présente')]
>>> rangees_d_appel("M. Paul NADAL présente le budget primitif") is None
True
>>> est_intitule_d_appel("Il est procédé à l'appel nominal des délégués :")
True
"""

from __future__ import annotations

import re

from deliberations.texte import cle_texte

_CIVILITE = r"(?:M\.|Mr\.?|Mme|Mlle|Monsieur|Madame|Mademoiselle)"
# « M. NOM Prénom », puis l'état : le premier mot d'état après le nom
_RANGEE = re.compile(
    rf"^(?P<nom>{_CIVILITE}\s+\S.*?)\s+(?P<etat>(?:[Pp]r[ée]sente?|PR[ÉE]SENTE?|[Ee]xcus[ée]e?"
    r"|EXCUS[ÉE]E?|[Aa]bsente?|ABSENTE?|[Rr]epr[ée]sent[ée]e?|[Ss]uppl[ée]ante?\s+de"
    r"|[Pp]ouvoir\s+[àa]|POUVOIR\s+[ÀA]|[Aa]rriv[ée]e?\s+(?=au|à\s+partir|lors))\b.*)$"
)
# l'état seul, éventuellement suivi du mandataire ou du suppléant (jamais d'une phrase :
# « M. X présente le budget » n'est pas une ligne d'appel)
_ETAT = re.compile(
    r"(?:(?:present|absent)e?(?:\s+excusee?)?|excusee?|absente?)"
    r"(?:\s*[,–-]?\s*(?:pouvoir|procuration|represente|remplace)e?\b.+)?"
    r"|(?:suppleante?\s+de|representee?\s+par|pouvoir\s+a)\s+.+"
    # « Arrivé au point 4 » : présent à partir de ce point
    r"|arrivee?\s+(?:au|a\s+partir\s+du|lors\s+du)\s+point\s+(?:n\s*°?\s*)?\d{1,3}"
)
# « Présente (à partir du rapport n° 3) » : l'heure ou le point d'une arrivée, d'un départ
_MOUVEMENT_ENTRE_PARENTHESES = re.compile(r"\s*\((?P<mouvement>(?:a\s+partir|jusqu|arriv|depart|parti)[^()]{2,60})\)$")
# « BÉLAYE-HAUT : » (la commune en capitales, puis ses délégués)
_COMMUNE_DEUX_POINTS = re.compile(r"(?:^|\s+)[A-ZÀ-ÝŒ][A-ZÀ-ÝŒ'’\- ]*[A-ZÀ-ÝŒ]\s?:\s+")
_COMMUNE_SEULE = re.compile(r"[A-ZÀ-ÝŒ][A-ZÀ-ÝŒ'’\- ]{1,58}[A-ZÀ-ÝŒ]")
_COMMUNE_ENTRE_PARENTHESES = re.compile(r"\s*\([A-ZÀ-ÝŒ][A-ZÀ-ÝŒ'’\- ]+\)")
_INTITULE = re.compile(
    r"(?:il\s+est\s+procede\s+a\s+l'?\s*)?appel(?:\s+nominal)?\s+des\s+"
    r"(?:delegues|conseillers|membres|elus)(?:\s+\w+){0,2}\s*:?"
)
_TITRES_DE_COLONNES = frozenset(
    ("commune", "communes", "delegue", "delegues", "delegue(e)", "nom", "nom prenom", "etat",
     "presence", "statut", "elu", "elus", "membre", "membres", "situation")
)


def est_intitule_d_appel(texte: str) -> bool:
    """« Appel des délégués : », « Il est procédé à l'appel nominal des délégués : »."""
    return _INTITULE.fullmatch(cle_texte(texte).strip(" .")) is not None


def est_en_tete_de_colonnes(texte: str) -> bool:
    """« COMMUNE / DÉLÉGUÉ / ÉTAT », « Membre ⇥ Situation » : les titres des colonnes de la
    feuille d'appel aplatie ou d'un tableau de présence."""
    morceaux = [cle_texte(m).strip() for m in re.split(r"\s*[/|\t]\s*", texte)]
    return len(morceaux) >= 2 and all(m in _TITRES_DE_COLONNES for m in morceaux)


def est_commune_seule(texte: str) -> bool:
    """« AUTHEUIL-LES-BOIS » : le nom d'une commune seul en capitales (en-tête de son groupe)."""
    return _COMMUNE_SEULE.fullmatch(texte.strip()) is not None


def _rangee(morceau: str) -> tuple[str, str] | None:
    trouve = _RANGEE.match(morceau.strip(" ;."))
    if trouve is None:
        return None
    etat = _COMMUNE_ENTRE_PARENTHESES.sub("", trouve.group("etat")).strip(" .")
    plat = cle_texte(etat)
    if (mouvement := _MOUVEMENT_ENTRE_PARENTHESES.search(plat)) is not None:
        plat = plat[: mouvement.start()]  # (la parenthèse est rendue avec l'état, lue ensuite)
    if _ETAT.fullmatch(plat) is None:
        return None
    return trouve.group("nom").strip(" ,"), etat


def rangees_d_appel(texte: str) -> list[tuple[str, str]] | None:
    """Les couples (personne, état) d'une ligne d'appel, ou ``None`` si un morceau de la
    ligne n'en est pas un ; la commune qui ouvre un groupe (« VIRE : ») est ôtée."""
    morceaux = [
        m.strip()
        for partie in _COMMUNE_DEUX_POINTS.split(texte.strip())
        for m in partie.split(";")
        if m.strip()
    ]
    rangees = [_rangee(m) for m in morceaux]
    if not rangees or any(x is None for x in rangees):
        return None
    return [x for x in rangees if x is not None]


# --- feuille à lettres : « NOM Prénom P NOM Prénom » sous une légende -------------------------

_LEGENDE = re.compile(r"\(\s*((?:[A-Z][a-z]?\s*:\s*[^:()]{3,40}?\s*[–,;-]\s*){2,}[A-Z][a-z]?\s*:\s*[^:()]{3,40}?)\s*\)")
_ENTREE_DE_LEGENDE = re.compile(r"([A-Z][a-z]?)\s*:\s*([^–,;]+)")
_ETATS_DE_LEGENDE = (
    ("suppl", "supplee"),
    ("rempla", "supplee"),
    ("pouvoir", "pouvoir"),
    ("procuration", "pouvoir"),
    ("excus", "excuse"),
    ("absent", "absent"),
    ("present", "present"),
)
_NOM_PRENOM = r"[A-ZÀ-ÝŒ][A-ZÀ-ÝŒ'’\-]+\s[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"


def legende_de_presence(texte: str) -> tuple[dict[str, str], int] | None:
    """« (P : présent – E : excusé – A : absent – S : remplacé par son suppléant) » : chaque
    lettre et l'état qu'elle dit, et la fin de la légende dans le texte.

    >>> legende_de_presence("Présence (P : présent – E : excusé – S : remplacé par son suppléant)")[0]
    {'P': 'present', 'E': 'excuse', 'S': 'supplee'}
    """
    trouve = _LEGENDE.search(texte)
    if trouve is None:
        return None
    lettres: dict[str, str] = {}
    for entree in _ENTREE_DE_LEGENDE.finditer(trouve.group(1)):
        plat = cle_texte(entree.group(2))
        etat = next((e for mot, e in _ETATS_DE_LEGENDE if mot in plat), None)
        if etat is not None:
            lettres[entree.group(1)] = etat
    return (lettres, trouve.end()) if len(lettres) >= 2 else None


def rangees_a_lettres(texte: str, lettres: dict[str, str]) -> list[tuple[str, str, str]]:
    """Les rangées « NOM Prénom lettre NOM Prénom » (titulaire, état, suppléant) d'un tableau
    de présence aplati ; les noms de communes en capitales qui les séparent sont laissés.

    >>> rangees_a_lettres("DURNES TISSOT Marcel S BARBIER Jacques", {"S": "supplee"})
    [('TISSOT Marcel', 'supplee', 'BARBIER Jacques')]
    """
    codes = "|".join(sorted(map(re.escape, lettres), key=len, reverse=True))
    motif = re.compile(rf"(?<!\S)({_NOM_PRENOM})\s({codes})\s({_NOM_PRENOM})(?!\S)")
    return [(m.group(1), lettres[m.group(2)], m.group(3)) for m in motif.finditer(texte)]
