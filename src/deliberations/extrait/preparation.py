"""Préparation du texte : lignes numérotées, tampons de transmission, en-têtes répétés.

Le texte extrait d'un PDF contient des lignes qui ne sont pas le document : les tampons
posés par la plateforme de transmission (« Envoyé en préfecture le… », « ID : 021-… »), les
numéros de page, les en-têtes et pieds de page répétés. Elles sont retirées, et chacune
est rapportée ; les tampons sont gardés pour la transmission.

>>> p = preparer("Page 1/2\\nEnvoyé en préfecture le 27/09/2024\\nID : 021-242100410-20240926-D2024_1-DE\\nTexte")
>>> [l.texte for l in p.lignes], p.identifiant_actes, p.date_envoi
(['Texte'], '021-242100410-20240926-D2024_1-DE', datetime.date(2024, 9, 27))
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence

import attrs

from deliberations.extrait import grilles
from deliberations.extrait.appel import legende_de_presence
from deliberations.extrait.dates import MOIS, trouver_date
from deliberations.extrait.normalisation import (
    decoller,
    normaliser,
    numeros_de_page,
    premier_jour_de_session,
    retablir_ligature_ti,
    segmenter,
)
from deliberations.extrait.prefiltres import (
    commence_par_un,
    contient_un,
    debuts_requis,
    mots_requis,
    une_des,
)
from deliberations.identifiants import acte
from deliberations.texte import base_meme_longueur, cle_texte

__all__ = ["Ligne", "Preparation", "entete_repete", "preparer"]

_PAGE = re.compile(r"^(?:page\s*\d+\s*(?:/|sur)\s*\d+|page\s*\d+|-\s*\d+\s*-|\d+\s*/\s*\d+)$", re.I)
_ENVOI = re.compile(r"^envoye en prefecture le\b", re.I)
_RECU = re.compile(r"^recu en prefecture le\b", re.I)
_PUBLIE = re.compile(r"^(?:publie|affiche) le\b", re.I)
_ID = re.compile(rf"^id\s*:\s*({acte.MOTIF})\s*$", re.I)
_GRAS = re.compile(r"\*\*|__")
# Tampon de l'accusé de réception @CTES, ligne à ligne : « Accusé de réception en préfecture »,
# l'identifiant seul, « Date de télétransmission : … », « Date de réception préfecture : … »
_ACCUSE = re.compile(r"^accuse de reception en (?:prefecture|sous-prefecture)$", re.I)
_ID_SEUL = re.compile(rf"^\s*({acte.MOTIF})\s*$")
_TELETRANSMISSION = re.compile(r"^date de teletransmission\s*:", re.I)
_RECEPTION = re.compile(r"^date de reception (?:en )?prefecture\s*:", re.I)
_UN_DES_TAMPONS = une_des((_PAGE, _ENVOI, _RECU, _PUBLIE, _ACCUSE, _TELETRANSMISSION, _RECEPTION))
_MOTS_GRAS = mots_requis(_GRAS, "**", "__")
_FILET_D_ASTERISQUES = re.compile(r"\*[\s*]*\*")
_MOTS_ID = mots_requis(_ID, "-", minuscules=True)  # (l'identifiant @CTES a ses tirets)
mots_requis(_ID_SEUL, "-")
_CESURE_EN_FIN = re.compile(r"\u00ad[ \t]*\n")
# « Pouvoirs             : 2           vingt et un juin, … » (``pdftotext -layout`` : libellés
# alignés sur leurs deux-points, colonne de gauche à côté du préambule) : le libellé et son
# nombre rapprochés, les blancs reportés après le nombre (les colonnes gardent leur position)
_LIBELLE_ALIGNE = re.compile(r"(?m)^([ \t]*[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' ]{0,40}?[A-Za-zÀ-ÿ]) *  :[ \t]*(\d{1,3})\b")
_MOTS_LIBELLE_ALIGNE = mots_requis(_LIBELLE_ALIGNE, "  :")


# « N° 2004-47        Ouï l'exposé … » : le numéro d'un point dans la marge gauche d'un registre,
# le texte dans la colonne de droite (copie ``pdftotext -layout``)
_NUMERO_EN_MARGE = re.compile(r"^( *N°\s*\d[\w/.\-]*)( {3,})(?=\S)", re.M)


def _marge_de_registre(texte: str) -> str:
    """Registre à marge : « N° 2004-47   Ouï l'exposé … » / « Vente d'une   GIRARDIN la … » /
    « parcelle ZA 112   contenance … » : le numéro et l'objet écrits dans la marge, ligne à
    ligne à côté du dispositif. Chaque bloc (jusqu'à la ligne vide) devient « N° 2004-47 Objet »
    puis le dispositif à sa place (une ligne de plus par bloc) ; le bloc finit à la ligne vide ou
    à la ligne qui déborde la marge ; rien ne change si la marge n'est pas la même pour deux
    numéros au moins."""
    marges = Counter(len(t.group(0)) for t in _NUMERO_EN_MARGE.finditer(texte))
    if not marges or (colonne := marges.most_common(1)[0])[1] < 2:
        return texte
    col = colonne[0]
    lignes = texte.split("\n")
    i = 0
    while i < len(lignes):
        tete = _NUMERO_EN_MARGE.match(lignes[i])
        if tete is None or len(tete.group(0)) != col or lignes[i][col:col + 5].lower() == "objet":
            i += 1  # (« N° 2003-31      Objet : … » : l'objet est dans la colonne, pas dans la marge)
            continue
        j = i + 1
        # (le bloc finit à la ligne vide, ou à la ligne qui déborde la marge : un tampon collé)
        while j < len(lignes) and lignes[j].strip() and (len(lignes[j]) < col or lignes[j][col - 1] == " "):
            j += 1
        bloc = lignes[i:j]
        marge = " ".join(x[:col].strip() for x in bloc if x[:col].strip())
        droite = [x[col:].strip() for x in bloc]
        lignes[i:j] = [marge, *(" " * col + x if x else "" for x in droite)]
        i = j + 1
    return "\n".join(lignes)


def _libelle_rapproche(trouve: re.Match[str]) -> str:
    longueur = len(trouve.group(0))
    rapproche = f"{trouve.group(1)} : {trouve.group(2)}"
    return rapproche + " " * max(0, longueur - len(rapproche))
# la même césure dans un mot en capitales (un nom), et la fin du nom sur la ligne suivante
_CESURE_DE_NOM = re.compile(r"(?<=[A-ZÀ-Ý])\u00ad[ \t]*\n[ \t]*([A-ZÀ-Ý]+)[ \t]*")
# Le tampon collé devant le texte aplati (« Envoyé en préfecture le 19/01/2024 Reçu … ID : …-DE
# RÉPUBLIQUE FRANÇAISE … ») : la marque seule, jusqu'à sa date ou son identifiant
_TAMPON_DEVANT = re.compile(
    r"^(?:(?:envoy[ée]|re[çc]u)\s+en\s+(?:sous-)?pr[ée]fecture\s+le|publi[ée]\s+le|affich[ée]\s+le)"
    r"\s*:?\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4})(?=\s)"
    rf"|^id\s*:\s*{acte.MOTIF}(?=\s)",
    re.I,
)

_DATE_DE_TAMPON = r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4})"
_IDENTIFIANT = acte.MOTIF
# Le tampon @CTES entier au milieu d'un texte aplati (en tête de la page 2, copié entre deux
# mots d'une liste ou d'un article), reconnu à son identifiant : « Envoyé en préfecture le …
# Reçu en préfecture le … Affiché le ID : …-DE » (« Affiché le » souvent sans date), ou
# « Accusé de réception en préfecture …-DE Date de télétransmission : … Date de réception
# préfecture : … »
_TAMPON_DANS_LE_FLUX = re.compile(
    rf"(?:(?:envoy[ée]|re[çc]u)\s+en\s+(?:sous-)?pr[ée]fecture\s+le\s*:?\s*{_DATE_DE_TAMPON}\s+)*"
    rf"(?:(?:publi[ée]|affich[ée])\s+le\s*:?\s*(?:{_DATE_DE_TAMPON}\s+)?)?"
    rf"id\s*:\s*{_IDENTIFIANT}(?=\s|$)"
    rf"|accus[ée]\s+de\s+r[ée]ception\s+en\s+(?:sous-)?pr[ée]fecture\s+{_IDENTIFIANT}"
    rf"(?:\s+date\s+de\s+t[ée]l[ée]transmission\s*:\s*{_DATE_DE_TAMPON})?"
    rf"(?:\s+date\s+de\s+r[ée]ception\s+(?:en\s+)?pr[ée]fecture\s*:\s*{_DATE_DE_TAMPON})?",
    re.I,
)
_MARQUES_DU_TAMPON = re.compile(
    r"(?<!:)\s+(?=re[çc]u\s+en|publi[ée]\s+le|affich[ée]\s+le|id\s*:|date\s+de\s|\d{2}[\dAB]-\d{9}-)",
    re.I,
)


@attrs.frozen
class Ligne:
    """Une ligne utile : son numéro dans le texte d'origine, son texte, et sa position dans
    la ligne d'origine (``decalage``, en caractères) quand une longue ligne a été découpée."""

    numero: int
    texte: str
    decalage: int = 0


@attrs.define
class Preparation:
    """Les lignes utiles, les tampons trouvés et les lignes retirées."""

    lignes: list[Ligne]
    date_envoi: dt.date | None = None
    date_reception: dt.date | None = None
    date_publication: dt.date | None = None
    identifiant_actes: str | None = None
    aplati: bool = False
    retirees: list[tuple[int, str, str]] = attrs.Factory(list)
    colonnes: int | None = None
    """Largeur à laquelle le texte a été coupé (copie d'un PDF), quand des lignes ont été
    recollées ; ``recollees`` : combien."""
    recollees: int = 0
    ligatures_ti: int = 0
    """Mots rétablis dont la copie d'un PDF avait perdu la ligature « ti » (« convocaon »)."""
    session: str | None = None
    """La mention d'une session de plusieurs jours (« les 16 et 17 »), ramenée au premier."""


def _bords_repetes(pages: list[str]) -> set[str]:
    """Lignes qui reviennent en haut d'au moins deux pages (en-têtes), ou en bas d'au moins
    deux pages (pieds) ; une valeur écrite au bas d'une page puis en haut de la suivante
    (« 02/10/2014 » de part et d'autre du saut de page) n'en est pas une."""
    if len(pages) < 2:
        return set()
    hauts: Counter[str] = Counter()
    bas: Counter[str] = Counter()
    for page in pages:
        utiles = [cle_texte(x) for x in page.split("\n") if x.strip()]
        hauts.update(set(utiles[:2]))
        bas.update(set(utiles[-2:]))
    return {cle for cle, n in (hauts + bas).items() if (hauts[cle] >= 2 or bas[cle] >= 2) and len(cle) <= 120}


_MOTS_EN_TETE = 12  # un en-tête de page répété tient en une douzaine de mots
_MOT = re.compile(r"\S+")


def _mots_communs(ligne: str, marques: Sequence[re.Match[str]], maximum: int = _MOTS_EN_TETE) -> list[str]:
    """Les premiers mots qui suivent chaque marque de page, tant qu'ils sont les mêmes."""
    suites = [_MOT.findall(ligne, m.end(), m.end() + 300)[:maximum] for m in marques]
    communs: list[str] = []
    for mots in zip(*suites, strict=False):
        if any(mot != mots[0] for mot in mots):
            break
        communs.append(mots[0])
    return communs


def entete_repete(ligne: str) -> str | None:
    """Dans une ligne aplatie, les mots qui suivent chacun des numéros de page « Page k/N »
    (deux au moins) et sont les mêmes partout : l'en-tête de page répété dans le flux.

    >>> entete_repete("Page 1/2 Service X Séance du 2 mai Texte Page 2/2 Service X Fin")
    'Service X'
    """
    marques = numeros_de_page(ligne)
    if len(marques) < 2:
        return None
    communs = _mots_communs(ligne, marques)
    if len(communs) < 2 or sum(len(m) for m in communs) < 8:
        return None
    return " ".join(communs)


def _sans_entete_repete(prep: Preparation, numero: int, ligne: str) -> str:
    """La ligne aplatie sans son en-tête de page répété (chaque retrait est rapporté)."""
    entete = entete_repete(ligne)
    if entete is None:
        return ligne
    motif = re.compile(r"(?<=\s)" + r"\s+".join(re.escape(m) for m in entete.split()) + r"(?=\s|$)")
    morceaux: list[str] = []
    debut = 0
    for page in numeros_de_page(ligne):
        trouve = motif.match(ligne, page.end() + 1) if ligne[page.end() : page.end() + 1].isspace() else None
        if trouve is not None:
            morceaux.append(ligne[debut : trouve.start()])
            debut = trouve.end()
            prep.retirees.append((numero, entete, "en-tête de page répété"))
    morceaux.append(ligne[debut:])
    return "".join(morceaux)


# « 1 PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE MARDI 9 MARS 2021 – LIEU … Abstention : 0 2
# PROCES-VERBAL DU CONSEIL … » : le titre de page, précédé du numéro de la page, en tête d'un
# texte aplati et repris à chaque page
_PREMIERE_PAGE = re.compile(r"\s*1\s+(?=[A-ZÉÈ])")
_MOTS_TITRE_REPETE = 3  # mots communs au moins, pour ne pas prendre un « 2 Objet » pour un titre
_MOTS_TITRE_MAX = 30  # (le titre de page avec le lieu de la séance)


def _sans_titre_numerote_repete(prep: Preparation, numero: int, ligne: str) -> str:
    """La ligne aplatie sans les retours (pages 2, 3…) du titre de sa première page, chaque
    retrait rapporté ; la première page garde son titre (il date la séance)."""
    premiere = _PREMIERE_PAGE.match(ligne)
    assert premiere is not None
    tete = _MOT.findall(ligne, premiere.end(), premiere.end() + 300)[:_MOTS_TITRE_REPETE]
    marques: list[re.Match[str]] = [premiere]
    for page in range(2, 100):
        motif = re.compile(rf"\s{page}\s+(?=" + r"\s+".join(map(re.escape, tete)) + r"\s)")
        if (trouve := motif.search(ligne, marques[-1].end())) is None:
            break
        marques.append(trouve)
    communs = _mots_communs(ligne, marques, _MOTS_TITRE_MAX) if len(marques) > 1 else []
    if len(communs) < _MOTS_TITRE_REPETE:
        return ligne
    morceaux, debut = [], 0
    for marque in marques[1:]:
        *_, dernier = itertools.islice(_MOT.finditer(ligne, marque.end()), len(communs))
        morceaux.append(ligne[debut : marque.start()])
        debut = dernier.end()
        prep.retirees.append((numero, " ".join(communs), "en-tête de page répété"))
    morceaux.append(ligne[debut:])
    return "".join(morceaux)


# « Syndicat … | Comité syndical | Rapport | Mardi 4 février 2020 » : le bandeau de page (deux
# barres au moins, fini par une année) en tête d'un texte aplati
_BANDEAU = re.compile(r"^\s*((?:[^|]{2,80}?\s\|\s){2,6}[^|]{2,60}?\b(?:19|20)\d\d)\b")


def _sans_bandeau_repete(prep: Preparation, numero: int, ligne: str) -> str:
    """La ligne aplatie sans les retours de son bandeau de page (et du numéro de page qui le
    suit) ; le premier, en tête, reste (il nomme la collectivité)."""
    tete = _BANDEAU.match(ligne)
    if tete is None or ligne.count(tete.group(1)) < 2:
        return ligne
    motif = re.compile(r"\s" + re.escape(tete.group(1)) + r"(?:\s+\d{1,3}(?=\s))?")
    reste, retraits = motif.subn(" ", ligne[tete.end() :])
    prep.retirees.extend([(numero, tete.group(1), "en-tête de page répété")] * retraits)
    return ligne[: tete.end()] + reste


# L'adresse ou les coordonnées de la mairie sous l'en-tête d'une page.
_COORDONNEES = re.compile(
    r"\bt[ée]l\b|\bt[ée]l[ée]phone\b|@|\bwww\.|\b\d{5}\b|\b(?:place|rue|avenue|boulevard|bp)\b", re.I
)


def _entetes_de_page(brutes: list[str], texte: str) -> dict[int, str]:
    """La première ligne du document (l'en-tête de la première page) revenue plus loin après
    une ligne vide, et l'adresse qui la suit : l'en-tête des pages suivantes d'un PDF copié
    sans sauts de page. Rend, pour chaque ligne à retirer (rang dans ``brutes``), son texte."""
    # (un numéro de page « - 1 - » au-dessus n'est pas l'en-tête : il change à chaque page)
    premiere = next((i for i, b in enumerate(brutes) if len(b.strip()) >= 10), None)
    if premiere is None or premiere > 5:
        return {}
    entete = brutes[premiere].strip()
    if texte.count(entete) < 2:
        return {}  # (l'en-tête répété est recopié tel quel : une seule occurrence, rien à chercher)
    cle = cle_texte(entete)
    retirees: dict[int, str] = {}
    for i in range(premiere + 6, len(brutes) - 1):
        if brutes[i - 1].strip():
            continue
        ligne = brutes[i].strip()
        # (une comparaison sans accents seulement si la longueur est presque la même)
        if abs(len(ligne) - len(entete)) > 3 or cle_texte(ligne) != cle:
            continue
        retirees[i] = brutes[i].strip()
        j = i + 1
        if brutes[j].strip() and len(brutes[j]) < 120 and _COORDONNEES.search(brutes[j]):
            retirees[j] = brutes[j].strip()
            j += 1
        while j < len(brutes) and not brutes[j].strip():
            retirees[j] = ""  # la ligne vide sous l'en-tête : la page reprend le texte
            j += 1
        if i >= 2 and brutes[i - 2].strip():
            retirees[i - 1] = ""  # le bas de la page précédente : pas une fin de paragraphe
    return retirees


def _interlignes_simples(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Un texte dont chaque fin de ligne a été doublée (« \r\n » lu comme deux fins de
    ligne) : une ligne vide après chaque ligne, trois entre les paragraphes. Chaque suite de
    n lignes vides en garde n // 2, ce qui rend au texte ses lignes consécutives et ses
    paragraphes. Il faut au moins dix lignes, aucune ligne suivie directement d'une autre, et
    des suites de lignes vides toutes impaires (un texte aéré à la main, une ligne vide entre
    les lignes et deux entre les paragraphes, reste tel quel)."""
    pleines = [bool(t.strip()) for _, t in numerotees]
    if sum(pleines) < 10 or any(a and b for a, b in itertools.pairwise(pleines)):
        return numerotees
    debut = pleines.index(True)
    fin = len(pleines) - pleines[::-1].index(True)
    suites = [len(list(g)) for vide, g in itertools.groupby(pleines[debut:fin], key=lambda p: not p) if vide]
    if any(n % 2 == 0 for n in suites):
        return numerotees
    resultat: list[tuple[int, str]] = []
    vides: list[tuple[int, str]] = []
    for ligne, pleine in zip(numerotees, pleines, strict=True):
        if not pleine:
            vides.append(ligne)
            continue
        resultat += vides[: len(vides) // 2]
        vides = []
        resultat.append(ligne)
    return resultat + vides[: len(vides) // 2]


def _aplati(brutes: list[str]) -> bool:
    """Un texte sans retours à la ligne : une ligne de plus de 1 000 caractères, ou un document
    court tenu tout entier sur une ou deux lignes de plus de 400 caractères."""
    longueurs = [len(b) for b in brutes if b.strip()]
    if not longueurs:
        return False
    return max(longueurs) > 1000 or (len(longueurs) <= 2 and max(longueurs) > 400)


# Une ligne qui ouvre un point (numéro, puce, « Objet », « Délibération n° ») : sa suite, si
# elle est coupée, commence par une minuscule (« … compétence voirie » / « d'intérêt
# communautaire ») ; une majuscule ouvre le texte du point.
_OUVRE_UN_POINT = (
    # (« DCM n°2019-84 – Titre », « DEL N° 12 » : le sigle en capitales devant le numéro)
    r"(?:[-–•*·]|\d{1,3}\s*[.)°/-]|[IVX]{1,5}\s*[.)/-]|(?:(?-i:[A-Z]{2,4})\s*)?n\s*°|objet\b|"
    r"d[ée]lib[ée]ration\s+(?:n|\d)|"
    r"point\s+n?\s*°?\s*\d|question\s+\d|(?-i:Rapport|RAPPORT|Dossier|DOSSIER)\s+n\s*°|"
    # « DEP-2020-10-01 Titre », « CP 22-07-017 – Titre », « 2006-07 Titre » (pas une date)
    r"(?-i:[A-Z]{1,4}[\s-]?)?(?!\d{1,2}[/.-]\d{1,2}[/.-](?:\d\d|\d{4})\b)\d{2,4}[-./]\d{1,4}"
    r"(?:[-./]\d{1,4}){0,2}\s+(?:[-–:]\s+)?(?-i:[A-ZÉÈÀ]))"
)
# (« 2 – Convention de … » : le rang, un tiret demi-cadratin, puis un titre ; pas un décompte,
# « 3 – Votants : 18 »)
_TITRE_DE_POINT = re.compile(
    rf"^\s*(?:{_OUVRE_UN_POINT}|\d{{1,3}}\s+[–—]\s+(?!(?i:votants|pour|contre|abstentions?|pr[ée]sents"
    r"|pouvoirs|absents|exprim[ée]s|en\s+exercice)\b)[A-ZÉÈÀÂÎÔ][a-zéèêàâçîô'’])",
    re.I,
)
# Une ligne qui ouvre quelque chose (point, intitulé, vote, tampon) n'est jamais la suite de
# la précédente.
_SANS_RECOLLER = re.compile(
    rf"^\s*(?:{_OUVRE_UN_POINT}|page\s+\d|envoy[ée]\s+en|re[çc]u\s+en|publi[ée]\s+le|"
    r"affich[ée]\s+le|id\s*:|(?:membres\s+)?pr[ée]sents?\b|[ée]taient\b|absents?\b|"
    r"excus[ée]s?\b|pouvoirs?\b|procurations?\b|repr[ée]sent[ée]s?\b|secr[ée]taire\b|"
    r"pour\s*:|contre\s*:|abstentions?\s*:|votes?\b|r[ée]sultat\b|adopt[ée]|nombre\s+de\b|"
    r"en\s+exercice\b|votants\b"
    # « Communauté de communes du Pays de X » : la collectivité membre qui ouvre un groupe
    r"|communaut[ée]\s+(?:de\s+communes|d['’]\s*agglom[ée]ration)\b"
    # « Groupe Écologie et Solidarités : Mme X, … » : le groupe politique qui ouvre sa liste
    r"|groupe\s[^:\n]{2,60}:"
    # « AUBIGNAC : Mme Laure BIGOT » : la commune en capitales qui ouvre ses délégués (la
    # ligne précédente, qui finit sur un NOM, n'est pas coupée par la largeur) ; « AUBIGNAC : »
    # seul aussi (colonne des communes relue avant celle des délégués)
    r"|(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,40})\s?:\s*(?:MM?\.|Mmes?\b|Monsieur\b|Madame\b|$))",
    re.I,
)
# « … ne prend pas part au » / « vote. » : une ligne ne finit sur un article ou une préposition
# que si la largeur l'a coupée ; la suivante la continue, même si elle commence par « vote »
_FIN_SUR_UN_MOT_OUTIL = re.compile(r"\s(?:au|aux|du|de|des|le|la|les|à|par|en|et)$", re.I)
# Fin de phrase (mais pas « M. », « Mme. », une initiale « J. ») : la ligne suivante commence
# autre chose.
_FIN_DE_PHRASE = re.compile(r"(?:[^\W\d_]{2,}|\d|\))[.;:!?]$|:$")


_LIAISON_FINALE = re.compile(
    r"(?:^|\s)(?:à|a|de|du|des|la|le|les|l'|d'|et|en|sur|sous|pour|au|aux|par|avec)$", re.I
)

_POINTS_DE_CONDUITE = re.compile(r"\S\s*\.{4,}\s*\S")
# « … COMMUNES RURALES – » : le titre annonce sa suite à la ligne
_TITRE_POURSUIVI = re.compile(r"\s[-–—]$")


# « … demande à Madame Claire MOUGIN, » / « secrétaire de séance, de procéder à l'appel » :
# après une virgule, un mot en minuscule sans deux-points continue la phrase (un intitulé
# s'écrit avec sa majuscule et ses deux-points)
_APPOSITION_A_LA_LIGNE = re.compile(r"[a-zéèêàç][^:]{0,40}(?:,|$)")


def _apposition_poursuivie(precedente: str, texte: str) -> bool:
    """La ligne précédente finit sur une virgule et la suivante poursuit la phrase."""
    return precedente.endswith(",") and _APPOSITION_A_LA_LIGNE.match(texte.lstrip()) is not None


def _capitales_poursuivies(precedente: str, texte: str) -> bool:
    """Un titre qui finit en capitales (« … DE CREANCES ») poursuivi par une ligne toute en
    capitales sans libellé (« IRRECOUVRABLES ») : la suite du même titre."""
    dernier = precedente.rsplit(None, 1)[-1]
    return (
        dernier.isupper()
        and len(dernier) > 1
        and texte.isupper()
        and ":" not in texte
    )


def _largeur_coupee(lignes: list[str]) -> int | None:
    """La largeur à laquelle un texte copié d'un PDF a été coupé : beaucoup de lignes presque
    aussi longues que la plus longue (hors extrêmes), entre 50 et 140 caractères, et au moins
    deux d'entre elles suivies d'une ligne qui commence par une minuscule (la phrase continue :
    c'est la largeur qui l'a coupée, pas l'auteur)."""
    longueurs = [len(t.rstrip()) for t in lignes if t.strip() and "\t" not in t]
    alignees = [len(t.rstrip()) for t in lignes if "   " in t.strip() and "\t" not in t]
    if len(alignees) * 10 < len(longueurs) and len(longueurs) - len(alignees) >= 8:
        # « VOTANTS : 19      POUR : 15 … », signatures sur deux colonnes : des lignes mises en
        # colonnes par des blancs, pas de la prose coupée à la largeur (quelques-unes au plus)
        for n in alignees:
            longueurs.remove(n)
    if len(longueurs) < 8:
        return None
    rangees = sorted(longueurs)
    largeur = rangees[int(len(rangees) * 0.95) - 1]
    pleines = sum(1 for n in longueurs if n >= 0.85 * largeur)
    if not 50 <= largeur <= 140 or pleines < 4:
        return None
    suites = listes = 0
    for ligne, suivante in itertools.pairwise(lignes):
        if len(ligne.rstrip()) < 0.85 * largeur or not suivante.strip():
            continue
        if suivante.lstrip()[:1].islower():
            suites += 1
        elif ligne.rstrip().endswith((",", " M.", " Mme", " MM.", " Mmes")) or _FIN_SUR_UN_MOT_OUTIL.search(
            ligne.rstrip()
        ):
            # « … M. LECOQ Arnaud, » / « M. … », « … Mme LETELLIER Anne à » / « Mme HEBERT
            # Marine ; … » : une liste de noms coupée par la largeur, que la suivante poursuit
            listes += 1
    if pleines >= 0.25 * len(longueurs):
        return largeur if suites >= 2 or listes >= 4 else None
    # beaucoup de lignes courtes (titres, décomptes, votes) : coupé à la largeur seulement si
    # des listes de noms le montrent (le quart se compte sur les lignes de plus de la moitié)
    longues = sum(1 for n in longueurs if n >= 0.5 * largeur)
    return largeur if pleines >= 0.25 * longues and listes >= 4 else None


# « Conseil municipal du 12 avril 2022 – Procès-verbal      Page 1 sur 3 » : un pied de page
# (« page » écrit, ou le numéro « 2/3 » séparé du texte par un blanc de mise en page)
# (« Conseil communautaire du 9 février 2017 – Procès-verbal 1/4 » : après le titre du
# document, une espace suffit)
_PIED_NUMEROTE = re.compile(
    r"^\s*\S.*?(?:\s+page\s*|\s{3,}|\t|\b(?:proc[èe]s[\s-]verbal|compte[\s-]rendu)\s+)"
    r"(?P<page>\d{1,2})\s*(?:/|sur)\s*(?P<pages>\d{1,2})\s*$",
    re.I,
)
_MOTS_PIED_NUMEROTE = mots_requis(_PIED_NUMEROTE, "/", "ur", minuscules=True)
_PIED_UNIQUE = re.compile(r"^\s*\S.*?\b(?:19|20)\d\d\b.*?\s[-–]\s*page\s*\d{1,2}\s*(?:/|sur)\s*\d{1,2}\s*$", re.I)
_CHIFFRES = re.compile(r"\d+")
# « Comité syndical du 6 décembre 2012 Compte-rendu 1 » : le titre daté du document puis le
# numéro de la page seul (pas de « k/N »)
_PIED_NU_FINAL = re.compile(
    r"^\s*\S.*?\b(?:compte[\s-]rendu|proc[èe]s[\s-]verbal)\b.*?\s(?P<page>\d{1,2})\s*$", re.I
)
_MOTS_PIED_NU_FINAL = mots_requis(_PIED_NU_FINAL, "compte", "proc", minuscules=True)
_ANNEE = re.compile(r"\b(?:19|20)\d\d\b")


def _pieds_nus(numerotees: list[tuple[int, str]], cles: list[str], compte: Counter[str]) -> set[int]:
    """Les lignes « titre daté du document, numéro de page » revenues au moins deux fois avec
    des numéros différents."""
    candidats = {
        i: pied["page"]
        for i, (_, t) in enumerate(numerotees)
        if len(t) <= 160
        and compte[cles[i]] >= 2
        and (pied := _PIED_NU_FINAL.match(t)) is not None
        and _ANNEE.search(t)
    }
    pages: dict[str, set[str]] = {}
    for i, page in candidats.items():
        pages.setdefault(cles[i], set()).add(page)
    return {i for i in candidats if len(pages[cles[i]]) >= 2}



def _sans_pieds_de_page(
    prep: Preparation, numerotees: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Un texte copié page par page (sans saut de page) : la ligne de pied de page numérotée
    qui revient (aux numéros près) au moins deux fois, et la ligne voisine qui revient avec
    elle (adresse de la mairie, titre du document), sont retirées ; la phrase ou la liste
    qu'elles coupaient se recolle ensuite."""
    if not any(
        len(t) <= 160
        and t.rstrip()[-1:].isdigit()
        and (
            (contient_un(bas := t.lower(), _MOTS_PIED_NUMEROTE) and _PIED_NUMEROTE.match(t))
            or (contient_un(bas, _MOTS_PIED_NU_FINAL) and _PIED_NU_FINAL.match(t))
        )
        for _, t in numerotees
    ):
        return numerotees  # (test rapide : la plupart des textes n'ont pas de pied numéroté)
    cles = [_CHIFFRES.sub("#", cle_texte(t)) for _, t in numerotees]
    compte = Counter(c for c in cles if c)
    pieds = {
        i
        for i, (_, t) in enumerate(numerotees)
        if len(t) <= 160
        and contient_un(t.lower(), _MOTS_PIED_NUMEROTE)
        and (pied := _PIED_NUMEROTE.match(t)) is not None
        and int(pied["page"]) <= int(pied["pages"])
        # (une seule fois : « Commune de X - Séance du 5 avril 2007 - page 1/3 », le mot « page »
        # et une date le disent pied de page, au milieu d'une liste qu'il coupe)
        and (compte[cles[i]] >= 2 or _PIED_UNIQUE.match(t) is not None)
    } | _pieds_nus(numerotees, cles, compte)
    if not pieds:
        return numerotees
    # la voisine : le même texte (chiffres compris) à côté d'au moins deux pieds de page
    exactes = [cle_texte(t) for _, t in numerotees]
    cote: Counter[str] = Counter(
        exactes[j]
        for i in pieds
        for j in (i - 1, i + 1)
        if 0 <= j < len(numerotees) and j not in pieds and exactes[j]
    )
    voisines = {
        j
        for i in pieds
        for j in (i - 1, i + 1)
        if 0 <= j < len(numerotees)
        and j not in pieds
        and cote[exactes[j]] >= 2
        and len(numerotees[j][1]) <= 160
    }
    for i in sorted(pieds | voisines):
        prep.retirees.append((numerotees[i][0], numerotees[i][1].strip(), "pied de page répété"))
    return [x for i, x in enumerate(numerotees) if i not in pieds and i not in voisines]


# « PRESENTS ABSENTS » : l'en-tête d'un tableau à deux colonnes aplati rangée par rangée
_DEUX_COLONNES = re.compile(
    r"^\s*(?P<gauche>(?:membres\s+)?presents?)\s+(?P<droite>absents?(?:\s+excuses?)?|excuses?)\s*$"
)
_CIVILITE_DE_CELLULE = re.compile(r"(?:^|(?<=\s))(?:M\.|Mme|Mlle|Monsieur|Madame)\s+(?=[A-ZÉÈ])")
_PHRASE_DE_RANGEE = re.compile(r"\.$|\s(?:a|est|sont|ont)\s")
_CELLULE_INACHEVEE = re.compile(r"\b(?:à|a|par|de)\s*$")


def _tableau_deux_colonnes(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Un tableau « PRESENTS | ABSENTS » copié rangée par rangée (« M. A, Maire Mme B, excusée,
    pouvoir à » / « M. C M. A ») : la cellule de droite commence à la deuxième civilité de la
    rangée, et continue la précédente quand celle-ci finissait sur « à » ; les deux colonnes
    sont réécrites en deux listes (« PRESENTS : A, C », « ABSENTS : B, excusée, pouvoir à A »)."""
    for i, (numero, texte) in enumerate(numerotees):
        if len(texte.strip()) > 40 or "sent" not in texte.lower():
            continue  # (test rapide : l'en-tête est court et nomme les présents)
        entete = _DEUX_COLONNES.match(cle_texte(texte))
        if entete is None:
            continue
        gauche: list[str] = []
        droite: list[str] = []
        j = i + 1
        while j < len(numerotees) and _CIVILITE_DE_CELLULE.match(numerotees[j][1].strip()):
            rangee = numerotees[j][1].strip()
            if _PHRASE_DE_RANGEE.search(rangee):
                break  # « Mme X a été nommée secrétaire de séance. » : le tableau est fini
            civilites = list(_CIVILITE_DE_CELLULE.finditer(rangee))
            coupe = civilites[1].start() if len(civilites) >= 2 else len(rangee)
            gauche.append(rangee[:coupe].strip())
            if cellule := rangee[coupe:].strip():
                if droite and _CELLULE_INACHEVEE.search(droite[-1]):
                    droite[-1] += " " + cellule
                else:
                    droite.append(cellule)
            j += 1
        if len(gauche) < 2 or not droite:
            continue
        mots = texte.split()
        milieu = len(mots) - len(entete["droite"].split())
        lignes = [
            (numero, " ".join(mots[:milieu]) + " : " + ", ".join(gauche)),
            (numero, " ".join(mots[milieu:]) + " : " + " ; ".join(droite)),
            (numero, ""),  # la fin du tableau ferme la liste
        ]
        return numerotees[:i] + lignes + _tableau_deux_colonnes(numerotees[j:])
    return numerotees


def _paragraphe_coupe(numerotees: list[tuple[int, str]], pleine: int) -> tuple[int, str] | None:
    """Un texte aplati (tenu sur une ligne) puis coupé à largeur fixe : chaque ligne, sauf la
    dernière, est coupée par la largeur (le mot suivant n'y aurait pas tenu), sans ligne
    vide ; recollé, c'est une seule ligne (une fin de phrase en bout de ligne n'est alors
    qu'un hasard de la largeur). Quelques lignes presque pleines sont tolérées : la
    normalisation (« Absent(s/es) » → « Absents ») raccourcit des lignes coupées."""
    lignes = [t.strip() for _, t in numerotees]
    while lignes and not lignes[-1]:
        lignes.pop()
    if len(lignes) < 8 or not all(lignes) or any("\t" in t for t in lignes):
        return None
    presque = 0
    for ligne, suivante in itertools.pairwise(lignes):
        if len(ligne) + 1 + len(suivante.split(None, 1)[0]) > pleine:
            continue
        presque += 1
        if len(ligne) < 0.8 * pleine or presque > len(lignes) // 10:
            return None
    texte = lignes[0]
    for suivante in lignes[1:]:
        if texte.endswith("-") and suivante[:1].islower() and texte[-2:-1].isalpha():
            texte = texte[:-1] + suivante  # « délibé- » / « ration »
        else:
            texte += " " + suivante
    return numerotees[0][0], texte


_BARRE = " | "
_EN_TETE_A_BARRES = re.compile(r"(?:^|\|)\s*(?:objet|intitul[ée]|libell[ée])\s*(?:\||$)", re.I)


def _tableau_a_barres(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Un tableau copié avec des barres (« N° | Objet | Décision ») : chaque rangée, et la
    fin de cellule coupée sur la ligne suivante (« … | Adopté à » / « l'unanimité »), devient
    une ligne de cellules séparées par des tabulations."""
    resultat: list[tuple[int, str]] = []
    colonnes = 0  # nombre de barres d'une rangée du tableau en cours (0 : hors tableau)
    for numero, texte in numerotees:
        barres = texte.count(_BARRE)
        if barres >= 2 and _EN_TETE_A_BARRES.search(texte):
            colonnes = barres
        elif colonnes and not texte.strip():
            colonnes = 0
        elif colonnes and barres == 0 and resultat and "\t" in resultat[-1][1]:
            resultat[-1] = (resultat[-1][0], f"{resultat[-1][1].rstrip()} {texte.strip()}")
            continue
        elif colonnes and barres != colonnes:
            colonnes = 0
        if colonnes:
            texte = "\t".join(cellule.strip() for cellule in texte.split(_BARRE))
        resultat.append((numero, texte))
    return resultat


# Une ligne copiée en mode « mise en page » d'un PDF dont la page porte, à gauche, un cadre
# étroit (décomptes, dates) et, à droite, le texte : la cellule de gauche, un large blanc, le
# texte de droite.
_CELLULE_PUIS_TEXTE = re.compile(r"^\s{0,40}(\S.{0,34}?)\s{5,}(?=\S)")
_CELLULE_a_la_colonne = re.compile(r"^\s{0,40}(\S.{0,34}?)\s{2,}(?=\S)")
# (une date en lettres seule dans sa cellule : « 18 septembre 2024 » sous « Date de la convocation »)
# (« en exercice : huit » : un nombre en lettres dans un registre ancien)
_VALEUR_DE_CADRE = re.compile(
    r":\s*(?:\d|(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    r"|quinze|seize|vingt|trente|quarante|cinquante|soixante)\b)|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$|^\d{1,2}(?:er|ER)?\s+[a-zA-ZéûÉÛ]{3,9}\.?\s+\d{4}$"
)
_CELLULE_DE_VALEUR = re.compile(r"[^:]{1,45}:\s*\d{1,4}")


def _colonne_laterale(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Le cadre de gauche d'un extrait (« Nombre de délégués : / en exercice : 18 / … ») lu
    ligne à ligne entrelacé avec le texte de droite : les cellules du cadre sont rendues
    d'abord, une par ligne, puis le texte de droite, ses lignes recollées en paragraphes. Il
    faut trois lignes au moins, dont deux avec une cellule et un texte séparés par un large
    blanc, et deux valeurs de cadre (« : 18 », une date) à gauche."""
    resultat: list[tuple[int, str]] = []
    i = 0
    while i < len(numerotees):
        bloc = _bloc_en_colonnes(numerotees, i)
        if isinstance(bloc, int):
            # pas un cadre : les lignes parcourues restent telles quelles (chacune n'est
            # parcourue qu'une fois, la lecture reste linéaire)
            resultat.extend(numerotees[i:bloc])
            i = bloc
            continue
        fin, gauche, droite = bloc
        resultat.extend(_cellules_poursuivies(gauche))
        for numero, paragraphe in droite:  # une ligne vide avant chaque paragraphe
            resultat.extend(((numero, ""), (numero, paragraphe)))
        i = fin
    return resultat


def _cellules_poursuivies(cellules: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Les cellules du cadre, un libellé coupé sur plusieurs lignes recollé : « Nombre de
    membres » / « afférents au Conseil » / « municipal : neuf » (la suite commence par une
    minuscule, la cellule d'avant n'a ni deux-points ni valeur)."""
    resultat: list[tuple[int, str]] = []
    for numero, cellule in cellules:
        if resultat and cellule[:1].islower() and ":" not in resultat[-1][1] and not (
            _VALEUR_DE_CADRE.search(resultat[-1][1])
        ):
            resultat[-1] = (resultat[-1][0], f"{resultat[-1][1]} {cellule}")
        else:
            resultat.append((numero, cellule))
    return resultat


# « Présents : M. A, Mme B,          Pouvoirs : Mme C à » / « M. D, Mme E          M. F » : deux
# listes côte à côte (une page en deux colonnes copiée ligne à ligne), chacune ouverte par son
# intitulé sur la première ligne
_INTITULE_DE_LISTE = re.compile(
    r"(?:(?:[ÉEée]taient\s+|d[ée]l[ée]gu[ée]e?s\s+(?:titulaires\s+)?)?pr[ée]sente?s?"
    r"|absente?s?(?:\s+non)?(?:\s+excus[ée]e?s?)?(?:\s+(?:et\s+)?repr[ée]sent[ée]e?s?)?|excus[ée]e?s?|pouvoirs?"
    r"|procurations?|repr[ée]sent[ée]e?s?|secr[ée]taire\s+de\s+s[ée]ance)\s*:",
    re.I,
)
_DEUX_LISTES = re.compile(r"(?P<gauche>\s*\S.*?\S)\s{5,}(?P<droite>\S.*)")
_LIGNES_COTE_A_COTE = 40


def _listes_cote_a_cote(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Deux listes côte à côte : les lignes de la colonne de gauche rendues d'abord, puis
    celles de droite (chaque ligne garde son numéro). Il faut un intitulé de liste en tête de
    chaque colonne sur la première ligne ; le bloc finit à la première ligne vide ou qui ne
    se range pas dans les deux colonnes."""
    resultat: list[tuple[int, str]] = []
    i = 0
    while i < len(numerotees):
        numero, texte = numerotees[i]
        premiere = _DEUX_LISTES.fullmatch(texte) if "     " in texte else None
        if (
            premiere is None
            or not _INTITULE_DE_LISTE.match(premiere.group("gauche").strip())
            or not _INTITULE_DE_LISTE.match(premiere.group("droite"))
        ):
            resultat.append((numero, texte))
            i += 1
            continue
        gauche, droite, j = _colonnes_du_bloc(numerotees, i, premiere.start("droite"))
        resultat.extend(_suites_recollees(gauche) + _suites_recollees(droite))
        i = j
    return resultat


# « Absents ayant donné pouvoir :        Pouvoirs reçus par : » puis une ligne par pouvoir
# « Mme X        M. Y » (copie `pdftotext -layout`) : un tableau de mandants et de mandataires
_MANDANTS_EN_TETE = re.compile(
    r"(?:(?:absente?s?|membres?|conseill[eè]re?s?)\s+)?(?:excus[ée]e?s?\s+)?(?:ayant\s+)?"
    r"donn[ée]\s+(?:pouvoir|procuration)\s*:?|mandants?\s*:",
    re.I,
)
# (les deux-points manquent quand les intitulés sont ceux d'un tableau : « Absents excusés ayant
# donné pouvoir        Pouvoir donné à »)
_MANDATAIRES_EN_TETE = re.compile(
    r"(?:pouvoirs?|procurations?)\s+(?:re[çc]u(?:e?s)?|donn[ée]e?s?)\s+(?:par|à)\s*:?|mandataires?\s*:", re.I
)


def _pouvoirs_en_deux_colonnes(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Un tableau de pouvoirs en deux colonnes, mandants à gauche et mandataires à droite :
    « Pouvoirs : » puis une ligne « X donne pouvoir à Y » par rangée (chaque ligne garde son
    numéro). Le tableau finit à la première ligne qui n'a pas ses deux cellules."""
    resultat: list[tuple[int, str]] = []
    i = 0
    while i < len(numerotees):
        numero, texte = numerotees[i]
        entete = _DEUX_LISTES.fullmatch(texte) if "onn" in texte and "     " in texte else None
        if (
            entete is None
            or not _MANDANTS_EN_TETE.fullmatch(entete.group("gauche").strip())
            or not _MANDATAIRES_EN_TETE.fullmatch(entete.group("droite").strip())
        ):
            resultat.append((numero, texte))
            i += 1
            continue
        resultat.append((numero, "Pouvoirs :"))
        i += 1
        while i < len(numerotees) and (rangee := _DEUX_LISTES.fullmatch(numerotees[i][1])) is not None:
            gauche, droite = rangee.group("gauche").strip(), rangee.group("droite").strip()
            if ":" in gauche or ":" in droite or not (gauche[:1].isupper() and droite[:1].isupper()):
                break  # « Absents :        Secrétaire : » : un autre intitulé, le tableau est fini
            resultat.append((numerotees[i][0], f"{gauche} donne pouvoir à {droite}"))
            i += 1
    return resultat


# une cellule de tableau de pouvoirs : une personne (« M. Bruno FAVIER », « DUPONT Jean ») ou
# une fonction (« Madame la première adjointe », « M. le Maire »), sans deux-points
_CELLULE_DE_POUVOIR = re.compile(r"(?:M\.|Mme|Mlle|Monsieur|Madame|[A-ZÀ-Ý])[^:;]{1,58}")


def _pouvoirs_une_cellule_par_ligne(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Un tableau « Absents excusés ayant donné pouvoir » / « Pouvoir donné à » copié une
    cellule par ligne : les deux intitulés sur deux lignes, puis mandant et mandataire alternés
    jusqu'à la ligne vide ; « Pouvoirs : » puis une ligne « X donne pouvoir à Y » par paire.
    Un nombre impair de cellules (une cellule vide perdue) laisse le tableau tel quel."""
    resultat: list[tuple[int, str]] = []
    i = 0
    while i < len(numerotees):
        numero, texte = numerotees[i]
        if not (
            i + 1 < len(numerotees)
            and "onn" in texte
            and _MANDANTS_EN_TETE.fullmatch(texte.strip())
            and _MANDATAIRES_EN_TETE.fullmatch(numerotees[i + 1][1].strip())
        ):
            resultat.append((numero, texte))
            i += 1
            continue
        j = i + 2
        while j < len(numerotees) and _CELLULE_DE_POUVOIR.fullmatch(numerotees[j][1].strip()):
            j += 1
        cellules = [t.strip() for _n, t in numerotees[i + 2 : j]]
        if not cellules or len(cellules) % 2:
            resultat.append((numero, texte))
            i += 1
            continue
        resultat.append((numero, "Pouvoirs :"))
        resultat.extend(
            (numerotees[i + 2 + k][0], f"{cellules[k]} donne pouvoir à {cellules[k + 1]}")
            for k in range(0, len(cellules), 2)
        )
        i = j
    return resultat


_SUITE_ATTENDUE = re.compile(r"(?:,|\s(?:à|a|et|de|par))$")
# « M. X, absent excusé » / « représenté par M. Y », « … a donné procuration » / « écrite à
# Mme Z » : une ligne de colonne qui commence par une minuscule continue la précédente
_SUITE_EN_MINUSCULE = re.compile(r"[a-zéèêàâîôûç]")


def _suites_recollees(lignes: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Dans une colonne, une ligne qui finit sur « à », « et », « , »… continue sur la suivante."""
    resultat: list[tuple[int, str]] = []
    for numero, texte in lignes:
        if resultat and (_SUITE_ATTENDUE.search(resultat[-1][1]) or _SUITE_EN_MINUSCULE.match(texte)):
            resultat[-1] = (resultat[-1][0], f"{resultat[-1][1]} {texte}")
        else:
            resultat.append((numero, texte))
    return resultat


def _a_la_colonne(debut: int, colonne: int) -> bool:
    """Le texte qui commence à ``debut`` est dans la colonne de droite : jusqu'à huit
    caractères à gauche de son intitulé (un intitulé de gauche plus long, « Étaient présents : »,
    pousse celui de droite) ou six à droite (les noms en retrait sous « Absents excusés : »,
    une suite de ligne en retrait de plus, copie ``pdftotext -layout``)."""
    return colonne - 8 <= debut <= colonne + 6


def _colonnes_du_bloc(
    numerotees: list[tuple[int, str]], i: int, colonne: int
) -> tuple[list[tuple[int, str]], list[tuple[int, str]], int]:
    """Les lignes de gauche, celles de droite, et la ligne où reprendre."""
    gauche: list[tuple[int, str]] = []
    droite: list[tuple[int, str]] = []
    j = i
    while j < len(numerotees) and j - i < _LIGNES_COTE_A_COTE:
        numero, texte = numerotees[j]
        propre = texte.rstrip()
        debut = len(propre) - len(propre.lstrip())
        coupe = next(
            (b.end() for b in re.finditer(r"\s{3,}", propre) if _a_la_colonne(b.end(), colonne) and b.start() > 0),
            None,
        )
        if not propre.strip():
            break
        if coupe is not None:
            gauche.append((numero, propre[:coupe].strip()))
            droite.append((numero, propre[coupe:].strip()))
        elif _a_la_colonne(debut, colonne) or debut > colonne:
            droite.append((numero, propre.strip()))
        elif len(propre) <= colonne - 3:
            gauche.append((numero, propre.strip()))
        else:
            break
        j += 1
    return gauche, droite, j


def _bloc_en_colonnes(
    numerotees: list[tuple[int, str]], i: int
) -> tuple[int, list[tuple[int, str]], list[tuple[int, str]]] | int:
    """Le bloc qui commence à la ligne ``i`` (fin, cellules, paragraphes), ou, si ce n'est
    pas un cadre entrelacé avec un texte, la ligne où reprendre."""
    if _CELLULE_PUIS_TEXTE.match(numerotees[i][1]) is None:
        return i + 1
    gauche: list[tuple[int, str]] = []
    droite: list[tuple[int, str]] = []
    alignees, j, neuf, colonne = 0, i, True, 0
    while j < len(numerotees):
        numero, texte = numerotees[j]
        propre = texte.strip()
        cellule = _CELLULE_PUIS_TEXTE.match(texte)
        if cellule is None and colonne:
            # (« afférents au Conseil    vingt heures, … » : une cellule longue, moins de blanc
            # avant le texte, qui commence pourtant à la colonne du cadre)
            cellule = _CELLULE_a_la_colonne.match(texte)
            cellule = cellule if cellule is not None and abs(cellule.end() - colonne) <= 1 else None
        retrait = len(texte) - len(texte.lstrip())
        if cellule is not None:
            if _CELLULE_DE_VALEUR.fullmatch(texte[cellule.end() :].strip()):
                return j + 1  # deux colonnes de décomptes côte à côte : pas un cadre et un texte
            gauche.append((numero, cellule.group(1).strip()))
            _paragraphe(droite, numero, texte[cellule.end() :], neuf)
            alignees, neuf, colonne = alignees + 1, False, cellule.end()
        elif propre and len(propre) <= 35 and (_VALEUR_DE_CADRE.search(propre) or propre.endswith(":")):
            # une cellule seule (« votants : 15 ») : à droite, une ligne vide (paragraphe)
            gauche.append((numero, propre))
            neuf = True
        elif propre and (abs(retrait - colonne) <= 3 or retrait >= 20):
            _paragraphe(droite, numero, texte, neuf)  # le texte seul, sous sa colonne
            neuf = False
        else:
            break
        j += 1
    valeurs = sum(1 for _, cellule in gauche if _VALEUR_DE_CADRE.search(cellule))
    if alignees < 2 or j - i < 3 or valeurs < 2:
        return max(j, i + 1)
    return j, gauche, droite


def _paragraphe(droite: list[tuple[int, str]], numero: int, texte: str, neuf: bool) -> None:
    """Le texte de droite : une ligne ajoutée à la précédente (même paragraphe), ou qui
    ouvre un paragraphe (``neuf``)."""
    texte = texte.strip()
    if not droite or neuf:
        droite.append((numero, texte))
    elif droite[-1][1].endswith("-") and texte[:1].islower():
        droite[-1] = (droite[-1][0], droite[-1][1][:-1] + texte)
    else:
        droite[-1] = (droite[-1][0], f"{droite[-1][1]} {texte}")


def _sans_tampons_en_lignes(
    prep: Preparation, numerotees: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Les lignes sans les tampons de page (@CTES, numéro de page) qu'elles portent seuls,
    retirés et rangés avant le recollement : une phrase ou un titre coupé par la page se
    recolle par-dessus le tampon."""
    gardees: list[tuple[int, str]] = []
    retraits: list[int] = []  # places (dans ``gardees``) des lignes retirées
    for numero, ligne in numerotees:
        propre = ligne.strip()
        if (
            propre
            and len(propre) <= 120
            and (
                _UN_DES_TAMPONS.match(cle_texte(propre)) is not None
                or _ID.match(propre) is not None
                or _ID_SEUL.match(propre) is not None
            )
        ):
            avant = len(prep.lignes)
            _preparer_ligne(prep, numero, 0, ligne, set())
            if len(prep.lignes) == avant:
                retraits.append(len(gardees))
                continue  # retiré comme tampon ou numéro de page (et rapporté)
            prep.lignes.pop()
        gardees.append((numero, ligne))
    for k in sorted(set(retraits), reverse=True):
        # « … EN EAU » / blanc / « Page 2 sur 3 » / blanc / « ET D'ASSAINISSEMENT … » : les blancs
        # qui entourent le numéro de page sont ceux du saut de page, pas des fins de paragraphe
        if 0 < k < len(gardees) and not gardees[k - 1][1].strip() and not gardees[k][1].strip():
            del gardees[k - 1 : k + 1]
    return gardees


# « … et donne pouvoir » / « à M. Kader BENALI. » : le mandataire coupé à la ligne suivante
_POUVOIR_SUSPENDU = re.compile(r"\b(?:donne|a\s+donn[ée]|donnant)\s+(?:pouvoir|procuration)$", re.I)
_MANDATAIRE_A_LA_LIGNE = re.compile(r"^\s*(?:à|a)\s+(?:M\.|Mme|Mlle|Monsieur|Madame|[A-ZÉÈ])")


# « Mme X (Commune) – » / « pouvoir à M. Y. » : le tiret en fin de ligne, le pouvoir à la suivante
_TIRET_SUSPENDU = re.compile(r"[)\w]\s+[–-]$")
_POUVOIR_A_LA_LIGNE = re.compile(r"^\s*(?:pouvoir|procuration)\s+(?:à|a)\s", re.I)


# « Représentés : Mme X pouvoir à M. Y, M. Z » / « pouvoir à Mme W. » : le NOM du mandant en
# fin de ligne d'une liste de pouvoirs, son pouvoir à la suivante
_NOM_SUSPENDU = re.compile(r"\b[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’-]+$")


# « M. X, président de l'association, ne prend pas part » / « au vote. »
_PAS_PART_SUSPENDU = re.compile(r"\bne\s+(?:prend|prennent|participe|participent)\s+pas(?:\s+part)?$", re.I)
_AU_VOTE_A_LA_LIGNE = re.compile(r"^\s*(?:part\s+)?au\s+vote\b", re.I)


def _pouvoirs_recolles(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Une ligne qui finit sur « donne pouvoir » recollée à la suivante qui nomme le mandataire
    (« à M. X ») ; une ligne qui finit sur un tiret recollée à « pouvoir à M. X » ; une ligne qui finit sur « ne prend pas part » recollée à « au vote. » ;
    quelle que soit la largeur des lignes."""
    resultat: list[tuple[int, str]] = []
    for numero, texte in numerotees:
        if (
            resultat
            and texte[:3].lstrip()[:1] in ("à", "a")
            and _MANDATAIRE_A_LA_LIGNE.match(texte)
            and _POUVOIR_SUSPENDU.search(resultat[-1][1].rstrip())
        ) or (
            resultat
            and texte.lstrip()[:1] in ("p", "P")
            and _POUVOIR_A_LA_LIGNE.match(texte)
            and _TIRET_SUSPENDU.search(resultat[-1][1].rstrip())
        ) or (
            resultat
            and texte.lstrip()[:1] in ("p", "P")
            and _POUVOIR_A_LA_LIGNE.match(texte)
            and _NOM_SUSPENDU.search(resultat[-1][1].rstrip())
            and contient_un(resultat[-1][1].lower(), ("pouvoir", "procuration", "représenté"))
        ) or (
            resultat
            and "vote" in texte.lstrip()[:16]
            and _AU_VOTE_A_LA_LIGNE.match(texte)
            and _PAS_PART_SUSPENDU.search(resultat[-1][1].rstrip())
        ):
            resultat[-1] = (resultat[-1][0], resultat[-1][1].rstrip() + " " + texte.strip())
            continue
        resultat.append((numero, texte))
    return resultat


_RANGEE_EN_COLONNES = re.compile(r"\S {5,}\S")


def _recoller_colonnes(
    prep: Preparation, numerotees: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Un texte coupé à largeur fixe (copie d'un PDF) : une ligne pleine est recollée à la
    suivante quand le premier mot de celle-ci n'y aurait pas tenu — la coupure vient de la
    largeur, pas du document. Une suivante qui ouvre un point, une puce ou un tampon reste
    à part ; un mot coupé par un tiret (« délibé- » / « ration ») est refait."""
    numerotees = _pouvoirs_recolles(numerotees)
    largeur = _largeur_coupee([t for _, t in numerotees])
    if largeur is None:
        return numerotees
    numerotees = _sans_tampons_en_lignes(prep, numerotees)
    marge = max(3, largeur // 10)  # polices proportionnelles : des lignes inégales
    if (paragraphe := _paragraphe_coupe(numerotees, largeur - marge)) is not None:
        prep.recollees, prep.colonnes = len(numerotees) - 1, largeur
        return [paragraphe]
    resultat: list[tuple[int, str]] = []
    physique = ""  # la dernière ligne du texte, avant recollement
    titre = False  # le bloc en cours ouvre un point : sa suite commence par une minuscule
    for numero, texte in numerotees:
        precedente, physique = physique.rstrip(), texte
        if (
            resultat
            and texte.strip()
            and precedente
            and (
                len(precedente) + 1 + len(texte.split(None, 1)[0]) > largeur - marge
                # « … MM. Fran- » / « çois DESHAYES » : une césure (lettre, tiret, puis une
                # minuscule) coupe la ligne, même un peu avant la marge
                or (
                    precedente.endswith("-")
                    and precedente[-2:-1].isalpha()
                    and texte.lstrip()[:1].islower()
                    and len(precedente) > largeur * 3 // 4
                )
            )
            and (
                not _SANS_RECOLLER.match(texte)
                or _FIN_SUR_UN_MOT_OUTIL.search(precedente)
                or _apposition_poursuivie(precedente, texte)
            )
            and not (
                _FIN_DE_PHRASE.search(precedente)
                and not precedente.endswith(("M.", "Mme."))
                # « … Présents : 15 – Pouvoirs : » / « 3 – Votants : 18 » : la valeur suit
                and not (precedente.endswith(":") and texte.lstrip()[:1].isdigit())
            )
            # un titre se poursuit par une majuscule seulement après un mot de liaison
            # (« … des gens du voyage à » / « Mauve-la-Vieille »), un tiret qui annonce la
            # suite (« … RURALES – » / « PROGRAMMATION 2011 ») ou en capitales comme lui
            # (« … DE CREANCES » / « IRRECOUVRABLES »)
            and not (
                titre
                and texte.lstrip()[:1].isupper()
                and not _LIAISON_FINALE.search(precedente)
                and not _TITRE_POURSUIVI.search(precedente)
                and not _capitales_poursuivies(precedente, texte)
            )
            # une ligne de tableau n'est pas coupée, elle a des cellules (une tabulation après
            # deux-points n'en sépare pas : « Pouvoirs :\t3 »)
            and "\t" not in texte.replace(":\t", ": ")
            and "\t" not in precedente.replace(":\t", ": ")
            # « Page 1/3 » aligné à droite : le numéro de page, pas le début d'une phrase
            and not _PAGE.match(precedente.strip())
            # « CANTON ........ M. X, 1er Vice-Président » : une rangée à points de conduite
            and not ("...." in texte and _POINTS_DE_CONDUITE.search(texte))
            # « AUBRY Gérard [large blanc] LAMBERT Sylvie » : une rangée en colonnes, pas une
            # ligne de paragraphe coupée par la largeur
            and not ("     " in texte and _RANGEE_EN_COLONNES.search(texte))
            and not ("     " in precedente and _RANGEE_EN_COLONNES.search(precedente))
        ):
            avant = resultat[-1][1].rstrip()
            if avant.endswith("-") and texte.lstrip()[:1].islower() and avant[-2:-1].isalpha():
                recolle = avant[:-1] + texte.strip()  # « délibé- » / « ration »
            elif avant.endswith("-") and avant[-2:-1].isupper():
                recolle = avant + texte.strip()  # « BOUSQUET- » / « ROUVIERE » : nom composé
            else:
                recolle = avant + " " + texte.strip()
            resultat[-1] = (resultat[-1][0], recolle)
            prep.recollees += 1
            continue
        titre = _TITRE_DE_POINT.match(texte) is not None
        resultat.append((numero, texte))
    if prep.recollees:
        prep.colonnes = largeur
    return resultat


_CELLULES_A_ESPACES = re.compile(r"\s{3,}")
_SEGMENT = re.compile(r"\S+(?:\s{1,2}\S+)*")
_ENTETE_PERSONNE = re.compile(r"nom|conseill|d[ée]l[ée]gu|[ée]lu|membre", re.I)
_ENTETE_PRESENCE = re.compile(r"pr[ée]sences?(?:\s*/\s*\w+)?$|statut|[ée]tat$", re.I)
_ENTETE_VOTE = re.compile(r"(?:pour|contre|abstentions?)$", re.I)
# « ………… » : la place de la signature d'une feuille d'émargement, pas une cellule
_POINTILLES = re.compile(r"[.…_]{3,}")
# « Nom Prénom   Présent   Absent   Excusé   Pouvoir à », « Délégué   P   A   E » : une colonne
# par statut, cochée d'une croix (il en faut deux : un seul mot « Présent » est une rangée)
_ENTETE_STATUT = re.compile(r"(?:pr[ée]sente?s?|absente?s?|excus[ée]e?s?|[PAE])$", re.I)


def _colonnes_d_entete(texte: str) -> list[int] | None:
    """Les débuts de colonne d'un en-tête de tableau aligné par des espaces (« Commune   …
    Conseiller communautaire   …   Présence »), ou None."""
    segments = list(_SEGMENT.finditer(texte))
    if not 3 <= len(segments) <= 6 or len(texte) > 200:
        return None
    cellules = [m.group(0) for m in segments]
    if not (
        any(_ENTETE_PERSONNE.match(c) for c in cellules)
        and (
            any(_ENTETE_PRESENCE.match(c) for c in cellules)
            or sum(_ENTETE_STATUT.match(c) is not None for c in cellules) >= 2
            # « Délégué   Pour   Contre   Abstention » : un vote nominatif à croix
            or sum(_ENTETE_VOTE.match(c) is not None for c in cellules) >= 2
        )
    ):
        return None
    return [m.start() for m in segments]


def _rangee_a_espaces(texte: str, colonnes: list[int]) -> str | None:
    """Une rangée sous l'en-tête : chaque cellule rangée dans la colonne où elle commence
    (la première, vide, quand la commune n'est écrite qu'une fois), séparées par des
    tabulations ; None si la ligne n'a pas de colonnes (le tableau est fini)."""
    segments = [m for m in _SEGMENT.finditer(texte) if not _POINTILLES.fullmatch(m.group(0))]
    if len(segments) < 2 or len(segments) > len(colonnes):
        return None
    cellules = [""] * len(colonnes)
    precedente = -1
    for rang, m in enumerate(segments):
        # la colonne la plus proche de la cellule, à droite de la précédente et laissant
        # une place à chacune des suivantes (les alignements d'un PDF sont approximatifs)
        possibles = range(precedente + 1, len(colonnes) - (len(segments) - rang - 1))
        if not possibles:
            return None
        precedente = min(possibles, key=lambda k: abs(colonnes[k] - m.start()))
        cellules[precedente] = m.group(0)
    return "\t".join(cellules)


# « NOM   Prénom   Qualité   Présence » : le nom et le prénom dans deux colonnes voisines
_ENTETE_NOM_SEUL = re.compile(r"noms?(?:\s+de\s+famille)?", re.I)
_ENTETE_PRENOM = re.compile(r"pr[ée]noms?", re.I)
_ENTETE_POUVOIR = re.compile(r"(?:pouvoir|procuration)s?\b", re.I)
# « pouvoir à NOËL » dans la colonne « Pouvoir donné à » : le mandataire seul
_POUVOIR_EN_CELLULE = re.compile(r"^(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?(?:à|a|au)\s+", re.I)


def _nom_et_prenom(entete: list[str]) -> int | None:
    """La colonne du NOM suivie de celle du prénom (à réunir en une cellule), ou None."""
    return next(
        (
            k
            for k in range(len(entete) - 1)
            if _ENTETE_NOM_SEUL.fullmatch(entete[k]) and _ENTETE_PRENOM.fullmatch(entete[k + 1])
        ),
        None,
    )


def _cellules_reunies(cellules: list[str], entete: list[str]) -> list[str]:
    """Le NOM et le prénom réunis (« DURAND Hugues ») ; « pouvoir à X » réduit au mandataire
    dans la colonne des pouvoirs."""
    cellules = list(cellules)
    pouvoir = next((k for k, c in enumerate(entete) if _ENTETE_POUVOIR.match(c)), None)
    if pouvoir is not None and pouvoir < len(cellules):
        cellules[pouvoir] = _POUVOIR_EN_CELLULE.sub("", cellules[pouvoir])
    if (k := _nom_et_prenom(entete)) is not None and k + 1 < len(cellules):
        cellules[k : k + 2] = [f"{cellules[k]} {cellules[k + 1]}".strip()]
    return cellules


# « BRIENON-LES-ÉTANGS », « BRIENON-LES-ÉTANGS (suite) » : la commune d'un groupe de délégués,
# seule sur sa ligne au milieu d'une liste de présence en colonnes
_COMMUNE_EN_CAPITALES = re.compile(r"[A-ZÀ-ÝŒ][A-ZÀ-ÝŒ'’\- ]{2,60}(?:\s*\((?:suite|fin)\))?")


def _liste_a_observations(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """« Délégué   Situation   Observations » puis, sous chaque commune en capitales seule sur
    sa ligne, « M. X   présent », « Mme Y   excusée   pouvoir à M. X », « M. Z, suppléant
    présent   siège pour M. W » : la liste réécrite en lignes « Présents : … », « Y donne
    pouvoir à X » (module grilles). Une rangée illisible laisse la liste telle quelle."""
    for i, (numero, texte) in enumerate(numerotees):
        if "Observation" not in texte or "   " not in texte:
            continue
        intitules = _CELLULES_A_ESPACES.split(texte.strip())
        colonnes = grilles.colonnes_de_grille(intitules)
        if colonnes is None or "observation" not in colonnes:
            continue
        debuts = [m.start() for m in _SEGMENT.finditer(texte)]
        rangees: list[list[str]] = []
        fin = i + 1
        while fin < len(numerotees):
            ligne = numerotees[fin][1]
            if not ligne.strip() or ligne.strip() == texte.strip() or _incidente(ligne):
                fin += 1
                continue
            if _COMMUNE_EN_CAPITALES.fullmatch(ligne.strip()):
                fin += 1  # la commune du groupe (les délégués suivent)
                continue
            rangee = _rangee_a_espaces(ligne, debuts)
            if rangee is None:
                break
            rangees.append(rangee.split("\t"))
            fin += 1
        lignes = grilles.lignes_de_matrice(intitules, rangees) if len(rangees) >= 3 else None
        if lignes is None:
            continue
        while fin > i + 1 and not numerotees[fin - 1][1].strip():
            fin -= 1
        return [*numerotees[:i], *((numero, ligne) for ligne in lignes), *numerotees[fin:]]
    return numerotees


def _tableau_a_espaces(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Une feuille de présence copiée d'un PDF (« Commune   Conseiller   Présence », puis une
    rangée par ligne, colonnes alignées par des espaces) : des cellules séparées par des
    tabulations, que l'analyse lit comme un tableau (et jamais recollées). Le NOM et le prénom
    écrits dans deux colonnes sont réunis en une cellule."""
    resultat: list[tuple[int, str]] = []
    colonnes: list[int] | None = None
    entete: list[str] = []
    for numero, texte in numerotees:
        if colonnes is not None and (rangee := _rangee_a_espaces(texte, colonnes)) is not None:
            resultat.append((numero, "\t".join(_cellules_reunies(rangee.split("\t"), entete))))
            continue
        if colonnes is not None and texte.strip() and _incidente(texte):
            resultat.append((numero, texte))  # un tampon de page au milieu du tableau
            continue
        colonnes = _colonnes_d_entete(texte) if "   " in texte else None
        if colonnes is not None:
            entete = _CELLULES_A_ESPACES.split(texte.strip())
            texte = "\t".join(_cellules_reunies(entete, entete))
        resultat.append((numero, texte))
    return resultat


# --- tableau à lettres de présence, légende sous le tableau -------------------------------------

# « P : présent – E : excusé – A : absent – S : remplacé par son suppléant » seule sur sa ligne
_LEGENDE_EN_LIGNE = re.compile(r"\s*(?:L[ée]gende\s*:\s*)?(?P<legende>[A-Z]\s*:\s*[^:]{3,40}(?:[–;,-]\s*[A-Z]\s*:\s*[^:]{3,40}){1,5})")
_CIVILITE_A_LETTRES = r"(?:M\.|Mme|Mlle|Monsieur|Madame)\s+\S[^\t]*?"
# « COMMUNE   M. X   P (pouvoir à M. Y)   M. Z   - » : la commune (sur la première rangée de son
# groupe), le titulaire et sa lettre, la précision entre parenthèses, le suppléant et sa lettre
_RANGEE_A_LETTRES = re.compile(
    rf"(?P<commune>[A-ZÀ-ÝŒ][A-ZÀ-ÝŒ'’\- ]*[A-ZÀ-ÝŒ-])?\s*(?P<titulaire>{_CIVILITE_A_LETTRES})\s{{2,}}"
    rf"(?P<lettre>[A-Z])(?P<precision>\s*\([^)]{{3,80}}\))?"
    rf"(?:\s{{2,}}(?P<suppleant>{_CIVILITE_A_LETTRES})\s{{2,}}(?P<lettre2>[A-Z]|[-–]))?"
)
_ETATS_ECRITS = {"present": "Présent", "excuse": "Excusé", "absent": "Absent", "supplee": "Remplacé"}
_ENTETE_TITULAIRES = re.compile(r"(?:d[ée]l[ée]gu[ée]s?\s+)?titulaires?", re.I)
_ENTETE_SUPPLEANTS = re.compile(r"(?:d[ée]l[ée]gu[ée]s?\s+)?suppl[ée]ants?", re.I)


def _tableau_a_lettres_legende_apres(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """« Commune   Délégués titulaires   Délégués suppléants », des rangées « COMMUNE   M. X   P
    M. Y   - », puis la légende des lettres sous le tableau : les rangées réécrites en cellules
    « commune ⇥ titulaire ⇥ état ⇥ suppléant ⇥ état » (lettres remplacées par l'état que dit
    la légende), que l'analyse lit comme un tableau de présence. Toutes les rangées entre
    l'en-tête et la légende doivent avoir cette forme : sinon rien n'est réécrit."""
    for fin, (_n, ligne) in enumerate(numerotees):
        trouve = _LEGENDE_EN_LIGNE.fullmatch(ligne.strip()) if ":" in ligne else None
        lue = legende_de_presence(f"({trouve.group('legende')})") if trouve else None
        if lue is None:
            continue
        lettres = {k: _ETATS_ECRITS[v] for k, v in lue[0].items() if v in _ETATS_ECRITS}
        debut = next(
            (
                k
                for k in range(fin - 1, max(fin - 40, -1), -1)
                if len(titres := _CELLULES_A_ESPACES.split(numerotees[k][1].strip())) >= 2
                and any(_ENTETE_TITULAIRES.fullmatch(t) for t in titres)
                and any(_ENTETE_SUPPLEANTS.fullmatch(t) for t in titres)
            ),
            None,
        )
        if debut is None:
            continue
        rangees: list[tuple[int, str]] = []
        for numero, texte in numerotees[debut + 1 : fin]:
            rangee = _RANGEE_A_LETTRES.fullmatch(texte.strip())
            if rangee is None or rangee.group("lettre") not in lettres:
                return numerotees
            etat = lettres[rangee.group("lettre")] + (rangee.group("precision") or "")
            suppleant = rangee.group("suppleant") or ""
            etat_suppleant = lettres.get(rangee.group("lettre2") or "", "")
            cellules = (rangee.group("commune") or "", rangee.group("titulaire"), etat, suppleant, etat_suppleant)
            rangees.append((numero, "\t".join(cellules)))
        entete = "Commune\tDélégué\tPrésence\tDélégué suppléant\tPrésence"
        return [*numerotees[:debut], (numerotees[debut][0], entete), *rangees, *numerotees[fin:]]
    return numerotees


# --- tableau à codes de présence, légende au-dessus du tableau ------------------------------------

# « Légende : P = présent   E = excusé   A = absent   S = remplacé par son suppléant » puis, à la
# ligne, « Pv = a donné pouvoir (voir la liste des pouvoirs) » : des codes d'une ou deux lettres
_ENTREE_EGALE = re.compile(r"(?<![\w])([A-Z][a-z]?)\s*=\s*([^=]{3,60}?)(?=\s{2,}[A-Z][a-z]?\s*=|\s*$)")
_LEGENDE_EGALE = re.compile(r"\s*(?:L[ée]gende\s*:\s*)?(?:[A-Z][a-z]?\s*=\s*\S)")
_CIVILITE_DE_RANGEE = r"(?:M\.|Mme|Mlle|Monsieur|Madame)\s+\S[^\t]*?"
# « ALBANÈS   Mme X   P   Mme Y », « BESSOLS   M. X   S   M. Y   P » : le code après chaque
# personne, celui du suppléant seulement quand il siège
_RANGEE_A_CODES = re.compile(
    rf"(?P<commune>[A-ZÀ-ÝŒ][A-ZÀ-ÝŒ'’\- ]*[A-ZÀ-ÝŒ-])?\s*(?P<titulaire>{_CIVILITE_DE_RANGEE})\s{{2,}}"
    rf"(?P<lettre>[A-Z][a-z]?)(?:\s{{2,}}(?P<suppleant>{_CIVILITE_DE_RANGEE})(?:\s{{2,}}(?P<lettre2>[A-Z][a-z]?))?)?"
)
# « Communauté de communes de X – Séance du 16 octobre 2008 – 1/3 » : le pied d'une page
_PIED_A_NUMERO = re.compile(r"\s[–-]\s+\d{1,2}\s?/\s?\d{1,2}$")
_ETATS_DES_CODES = {**_ETATS_ECRITS, "pouvoir": "Excusé"}  # (le mandataire : liste des pouvoirs)


def _legende_egale(lignes: list[str]) -> dict[str, str] | None:
    """Les codes d'une légende « X = état » écrite sur une ou deux lignes, ou None."""
    entrees = [e for ligne in lignes for e in _ENTREE_EGALE.finditer(ligne.strip())]
    # (« Pv = a donné pouvoir (voir la liste des pouvoirs) » : la parenthèse n'est pas l'état)
    texte = " – ".join(f"{e.group(1)} : {re.sub(r'[(][^()]*[)]', '', e.group(2)).strip()}" for e in entrees)
    lue = legende_de_presence(f"({texte})") if len(entrees) >= 2 else None
    return None if lue is None else {k: _ETATS_DES_CODES[v] for k, v in lue[0].items() if v in _ETATS_DES_CODES}


def _entete_titulaires_suppleants(ligne: str) -> bool:
    titres = _CELLULES_A_ESPACES.split(ligne.strip())
    return any(_ENTETE_TITULAIRES.fullmatch(t) for t in titres) and any(
        _ENTETE_SUPPLEANTS.fullmatch(t) for t in titres
    )


def _tableau_a_codes_legende_avant(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """« Légende : P = présent … », puis « COMMUNE   DÉLÉGUÉS TITULAIRES   DÉLÉGUÉS SUPPLÉANTS »
    et des rangées « COMMUNE   M. X   P   M. Y » (commune sur la première rangée de son groupe,
    le code du suppléant seulement s'il siège) : rangées réécrites en cellules « commune ⇥
    titulaire ⇥ état ⇥ suppléant ⇥ état », comme :func:`_tableau_a_lettres_legende_apres`. Un
    saut de page (titre « (suite) », en-tête répété) ne coupe pas le tableau ; une rangée qui
    n'a pas cette forme le finit, et rien n'est réécrit s'il en a moins de trois."""
    for k, (_n, ligne) in enumerate(numerotees):
        if "=" not in ligne or not _LEGENDE_EGALE.match(ligne):
            continue
        suivante = numerotees[k + 1][1] if k + 1 < len(numerotees) else ""
        lettres = _legende_egale([ligne, suivante] if _LEGENDE_EGALE.match(suivante) else [ligne])
        entete = next(
            (j for j in range(k + 1, min(k + 6, len(numerotees))) if _entete_titulaires_suppleants(numerotees[j][1])),
            None,
        )
        if not lettres or entete is None:
            continue
        rangees: list[tuple[int, str]] = []
        fin = entete + 1
        while fin < len(numerotees):
            numero, texte = numerotees[fin]
            propre = texte.strip()
            rangee = _RANGEE_A_CODES.fullmatch(propre)
            if rangee is not None and rangee.group("lettre") in lettres:
                cellules = (
                    rangee.group("commune") or "",
                    rangee.group("titulaire"),
                    lettres[rangee.group("lettre")],
                    rangee.group("suppleant") or "",
                    lettres.get(rangee.group("lettre2") or "", ""),
                )
                rangees.append((numero, "\t".join(cellules)))
            elif (
                propre
                and propre != numerotees[entete][1].strip()
                and not propre.endswith("(suite)")
                and not _incidente(texte)
                and not _PIED_A_NUMERO.search(propre)
            ):
                break
            fin += 1
        if len(rangees) < 3:
            continue
        tete = "Commune\tDélégué\tPrésence\tDélégué suppléant\tPrésence"
        return [*numerotees[:entete], (numerotees[entete][0], tete), *rangees, *numerotees[fin:]]
    return numerotees


# --- tableau « Commune | Délégués titulaires | Suppléants siégeant », listes dans les cellules ---

_ENTETE_COMMUNE = re.compile(r"communes?(?:\s+membres?)?", re.I)
_ENTETE_DELEGUES = re.compile(
    r"(?:d[ée]l[ée]gu[ée](?:s|\(s\))?|titulaires?|membres?)(?:\s+\w+){0,2}", re.I
)
_ENTETE_SUPPLEANTS_SIEGEANT = re.compile(r"(?:d[ée]l[ée]gu[ée]s?\s+)?suppl[ée]ants?(?:\s+\w+){0,2}", re.I)
_LISTE_DE_CELLULE = re.compile(r"(?:M\.|Mme|MM\.|Mmes|Mlle)\s")


def _colonne_de(debut: int, colonnes: list[int]) -> int:
    """La colonne où commence une cellule (la dernière qui commence avant elle, à deux
    caractères près : les alignements d'un PDF sont approximatifs)."""
    return max((k for k, c in enumerate(colonnes) if c <= debut + 2), default=0)


def _entete_commune_delegues(titres: list[str]) -> bool:
    """« Commune | Délégué(s) », « Commune | Délégués titulaires | Suppléants siégeant »."""
    return (
        2 <= len(titres) <= 3
        and _ENTETE_COMMUNE.fullmatch(titres[0]) is not None
        and _ENTETE_DELEGUES.fullmatch(titres[1]) is not None
        and (len(titres) == 2 or _ENTETE_SUPPLEANTS_SIEGEANT.fullmatch(titres[2]) is not None)
    )


# une cellule vide d'un tableau de page web (« MISEREY-SALINES | – » : aucun délégué présent)
_CELLULE_VIDE = re.compile(r"[-–—]?")


def _rangees_a_tabulations(numerotees: list[tuple[int, str]], i: int) -> tuple[list[tuple[int, list[str]]], int] | None:
    """Les rangées sous l'en-tête ``i`` d'un tableau de page web (cellules séparées par des
    tabulations, délégués d'une cellule séparés par des <br>, donc un par ligne sous la
    rangée) et l'indice de la première ligne qui n'en est pas, ou ``None`` si une rangée n'a
    pas la forme « COMMUNE ⇥ M. X »."""
    rangees: list[tuple[int, list[str]]] = []
    fin = i + 1
    while fin < len(numerotees):
        numero, texte = numerotees[fin]
        cellules = [c.strip() for c in texte.strip().split("\t")]
        if len(cellules) == 1 and rangees and _LISTE_DE_CELLULE.match(cellules[0]):
            rangees[-1][1].append(cellules[0])  # le délégué suivant de la cellule (<br>)
        elif len(cellules) == 2 and cellules[0] and not _LISTE_DE_CELLULE.match(cellules[0]):
            if not (_LISTE_DE_CELLULE.match(cellules[1]) or _CELLULE_VIDE.fullmatch(cellules[1])):
                return None
            rangees.append((numero, [cellules[0]] + [c for c in cellules[1:] if not _CELLULE_VIDE.fullmatch(c)]))
        else:
            break
        fin += 1
    return rangees, fin


def _tableau_de_listes_par_commune(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """« Commune   Délégués titulaires   Suppléants siégeant » (pdftotext -layout) puis une rangée
    par commune, les délégués séparés par des virgules, une cellule poursuivie sur la ligne
    suivante, une colonne vide : chaque rangée réécrite « COMMUNE : délégués, suppléants », la
    forme d'un groupe par commune. Toutes les rangées jusqu'à la première ligne vide doivent
    avoir cette forme : sinon rien n'est réécrit. Le même tableau d'une page web (« Commune ⇥
    Délégué(s) », les délégués d'une cellule séparés par des <br>, un tiret pour une commune
    sans délégué présent) est réécrit de même.

    >>> _tableau_de_listes_par_commune([(1, "Commune\\tDélégué(s)"), (2, "ARZAC\\tM. Paul VIAL"),
    ...     (3, "Mme Léa PONS"), (4, "BLOU\\t–"), (5, "LESTRADE\\tM. Marc ROUX"), (6, "Vote")])
    [(2, 'ARZAC : M. Paul VIAL, Mme Léa PONS'), (5, 'LESTRADE : M. Marc ROUX'), (6, 'Vote')]
    """
    for i, (_n, ligne) in enumerate(numerotees):
        if "\t" in ligne and _entete_commune_delegues([c.strip() for c in ligne.strip().split("\t")]):
            if (lues := _rangees_a_tabulations(numerotees, i)) is not None and len(lues[0]) >= 2:
                lignes = [(numero, f"{c[0]} : " + ", ".join(c[1:])) for numero, c in lues[0] if len(c) > 1]
                return [*numerotees[:i], *lignes, *numerotees[lues[1] :]]
            continue
        if "   " not in ligne or "\t" in ligne:
            continue
        segments = list(_SEGMENT.finditer(ligne))
        titres = [m.group(0) for m in segments]
        if not _entete_commune_delegues(titres):
            continue
        colonnes = [m.start() for m in segments]
        rangees: list[tuple[int, list[str]]] = []
        fin = i + 1
        while fin < len(numerotees) and numerotees[fin][1].strip() and not numerotees[fin][1].lstrip().startswith("("):
            cellules = [""] * len(colonnes)
            for m in _SEGMENT.finditer(numerotees[fin][1]):
                k = _colonne_de(m.start(), colonnes)
                if k > 0 and not _LISTE_DE_CELLULE.match(m.group(0)):
                    return numerotees
                cellules[k] = m.group(0)
            if cellules[0]:
                rangees.append((numerotees[fin][0], cellules))
            elif rangees:  # la cellule poursuivie sur la ligne suivante
                precedentes = rangees[-1][1]
                for k, c in enumerate(cellules):
                    if c:
                        precedentes[k] = f"{precedentes[k]} {c}".strip()
            else:
                return numerotees
            fin += 1
        if len(rangees) < 2:
            continue
        lignes = [
            (numero, f"{c[0]} : " + ", ".join(x.strip(" ,") for x in c[1:] if x.strip(" ,")))
            for numero, c in rangees
        ]
        return [*numerotees[:i], *lignes, *numerotees[fin:]]
    return numerotees


# « Commune        Délégués titulaires présents » : un tableau à deux colonnes, la commune puis
# ses délégués présents, alignées par des espaces
_ENTETE_COMMUNE_DELEGUES = re.compile(
    r"\s*communes?\s{3,}(d[ée]l[ée]gu[ée]s?(?:\s+\S+){0,3}?\s+pr[ée]sents?)\s*", re.I
)
_COMMUNE_PUIS_DELEGUES = re.compile(
    r"\s*(\S[^\t]{0,40}?)\s{3,}((?:M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame)\s.*\S)\s*"
)
_CELLULE_POURSUIVIE = re.compile(r"\s{10,}(\S.*\S|\S)\s*")


# « Chassenay-le-Bas | M. A, Mme B » : une rangée de page web, la commune puis ses délégués
_RANGEE_COMMUNE_DELEGUES = re.compile(
    r"(?P<commune>(?:Saint|Sainte|Le|La|Les|L')?[\s-]*[A-ZÉÈÂÎ][a-zéèêëàâîïôûç']+"
    r"(?:[\s'-](?:[a-zéèàâ]{1,3}|[A-ZÉÈÂÎ][a-zéèêëàâîïôûç']+)){0,5})"
    r"\t(?P<delegues>(?:M\.|Mme|Mlle|Monsieur|Madame)\s[^\t]+)"
)
_CIVILITE_DANS_CELLULE = re.compile(r"(?:^|,\s*|\set\s)(?:M\.|Mme|Mlle|Monsieur|Madame)\s")
# (une fonction ou un intitulé en tête de rangée, pas une commune : « Maire | M. X »)
_PAS_UNE_COMMUNE = re.compile(
    r"maire|adjoint|presid|secretaire|conseill|delegue|membre|titulaire|suppleant|present|absent"
    r"|excuse|pouvoir|procuration|represent"
)


def _commune_puis_delegues(texte: str) -> str:
    """« Commune<tab>M. A, Mme B » (deux délégués au moins) : « Commune : M. A, Mme B », la
    forme des listes groupées par commune ; toute autre ligne inchangée."""
    if texte.count("\t") != 1 or (rangee := _RANGEE_COMMUNE_DELEGUES.fullmatch(texte.strip())) is None:
        return texte
    if _PAS_UNE_COMMUNE.search(cle_texte(rangee["commune"])):
        return texte
    if len(_CIVILITE_DANS_CELLULE.findall(rangee["delegues"])) < 2:
        return texte
    return f"{rangee['commune']} : {rangee['delegues']}"


def _communes_et_delegues(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """« Commune   Délégués titulaires présents » puis « Castelvieil   M. X, Mme Y » (une
    commune par ligne, la cellule des délégués poursuivie sous elle) : l'intitulé, puis une
    ligne « Castelvieil : M. X, Mme Y » par commune, comme les listes groupées par commune.
    (L'intitulé dit la présence : il reste intitulé. Un tableau dont l'en-tête ne la dit pas,
    « Commune | Délégués titulaires | Suppléants siégeant », est lu par
    :func:`_tableau_de_listes_par_commune`, d'après la position des colonnes.)"""
    resultat: list[tuple[int, str]] = []
    dans_le_tableau = False
    for numero, texte in numerotees:
        if dans_le_tableau and (rangee := _COMMUNE_PUIS_DELEGUES.fullmatch(texte)) is not None:
            resultat.append((numero, f"{rangee.group(1)} : {rangee.group(2)}"))
            continue
        if dans_le_tableau and resultat and (suite := _CELLULE_POURSUIVIE.fullmatch(texte)) is not None:
            precedent = resultat[-1][1]
            blanc = "" if precedent.endswith("-") else " "  # (« MARSAN- » / « LABORDE »)
            resultat[-1] = (resultat[-1][0], f"{precedent}{blanc}{suite.group(1)}")
            continue
        entete = _ENTETE_COMMUNE_DELEGUES.fullmatch(texte)
        dans_le_tableau = entete is not None
        resultat.append((numero, f"{entete.group(1)} :" if entete is not None else texte))
    return resultat


# « Arzac            M. Francis LAPORTE            Lestrade        Mme Pascale VIALA » (copie
# `pdftotext -layout`) : des paires commune / délégué côte à côte, cellules séparées par des blancs
_CELLULE_LIEU = re.compile(r"[A-ZÉÈÀÂÎÔ][\w'’]*(?:[ \-][\w'’]+){0,5}")
_CELLULE_DELEGUE = re.compile(r"(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[A-ZÉÈÀÂÎÔ][^,;()]{1,60}")


def _paires_de_la_rangee(texte: str) -> list[tuple[str, str]] | None:
    """Les paires (commune, délégué) d'une rangée « commune   M. X   commune   Mme Y », ou ``None``."""
    cellules = _CELLULES_A_ESPACES.split(texte.strip())
    if len(cellules) < 2 or len(cellules) % 2:
        return None
    paires = list(zip(cellules[::2], cellules[1::2], strict=True))
    if all(
        _CELLULE_LIEU.fullmatch(lieu) and not _CELLULE_DELEGUE.match(lieu) and _CELLULE_DELEGUE.fullmatch(qui)
        for lieu, qui in paires
    ):
        return paires
    return None


def _paires_commune_delegue(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Deux rangées au moins de paires commune / délégué, dont une de deux paires côte à côte
    au moins (« Arzac   M. Francis LAPORTE   Lestrade   Mme Pascale VIALA ») : chaque rangée
    devient « M. Francis LAPORTE (Arzac), Mme Pascale VIALA (Lestrade), » — la commune entre
    parenthèses, comme dans une liste. (Une commune par rangée, « Commune   M. X, Mme Y », est
    lue par :func:`_communes_et_delegues` ou :func:`_tableau_de_listes_par_commune`.)

    >>> _paires_commune_delegue([(1, "  Arzac     M. Paul VIAL     Blou    Mme Léa PONS"),
    ...                          (2, "  Arzac     M. Marc ROUX")])
    [(1, 'M. Paul VIAL (Arzac), Mme Léa PONS (Blou),'), (2, 'M. Marc ROUX (Arzac),')]
    """
    paires = [_paires_de_la_rangee(texte) if "   " in texte else None for _, texte in numerotees]
    resultat: list[tuple[int, str]] = []
    for i, (numero, texte) in enumerate(numerotees):
        voisines = [v for v in (paires[i - 1] if i else None, paires[i + 1] if i + 1 < len(paires) else None) if v]
        lues = paires[i]
        if lues is not None and voisines and max(len(lues), *map(len, voisines)) >= 2:
            texte = ", ".join(f"{qui} ({lieu})" for lieu, qui in lues) + ","
        resultat.append((numero, texte))
    return resultat


_FILET_ISOLE = re.compile(r"(?:(?<=\s)|^)_+(?=\s|$)")
# « I – OBJET : Compte administratif 2005 », « 2 - OBJET : Tarifs » : le numéro du point devant
# l'intitulé « OBJET : » (sans quoi la ligne serait coupée à l'intitulé, le numéro laissé seul)
_NUMERO_PUIS_OBJET = re.compile(r"\s*(?P<numero>[IVXL]{1,7}|\d{1,3})\s*[-–]\s*OBJET\s*:\s*(?=\S)")


# « … POIRIER. 2012-58 Objet : Titre Le conseil … » (texte aplati) : le numéro à l'année du
# point devant l'intitulé « Objet : » ; sans quoi le flux serait coupé à l'intitulé, le numéro
# laissé au bout de la phrase d'avant
_NUMERO_ANNEE_PUIS_OBJET = re.compile(
    r"(?<![\w/.\-])(?P<numero>(?:19|20)\d{2}[-/.]\d{1,4}|\d{1,4}[-/.](?:19|20)\d{2})\s+(?:Objet|OBJET)\s*:\s*(?=\S)"
)


_NOMBRE_DE_MEMBRES = re.compile(
    r"\s*nombre\s+de\s+(?:delegues|membres|conseillers|elus)(?:\s+\w+){0,2}\s*:\s*", re.IGNORECASE
)
_DECOMPTE_A_TIRET = re.compile(r"\s*[-–•]\s*([^\W\d][^:]{1,40}?)\s*:\s*(\d{1,3})\s*$")


def _decomptes_a_tirets(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """« Nombre de délégués : » puis une ligne par nombre à tiret (« - en exercice : 42 »,
    « - présents : 25 ») : une seule rangée « Nombre de délégués : en exercice : 42 –
    présents : 25 », la forme des décomptes en ligne."""
    sortie: list[tuple[int, str]] = []
    i = 0
    while i < len(numerotees):
        numero, ligne = numerotees[i]
        j = i + 1
        while j < len(numerotees) and _DECOMPTE_A_TIRET.match(numerotees[j][1]):
            j += 1
        if j - i < 3 or not _NOMBRE_DE_MEMBRES.fullmatch(base_meme_longueur(ligne)):
            sortie.append((numero, ligne))
            i += 1
            continue
        valeurs = [_DECOMPTE_A_TIRET.match(x) for _, x in numerotees[i + 1 : j]]
        rangee = " – ".join(f"{m.group(1)} : {m.group(2)}" for m in valeurs if m)
        sortie.append((numero, f"{ligne.strip()} {rangee}"))
        i = j
    return sortie


# « M. X (1) » dans une liste et, plus bas, la note « (1) pouvoir à M. Y » (ou « (1) M. X est
# arrivé au point 3 ») : un renvoi après un nom, puis la note qui commence par le même repère
_REPERE = r"\((?:\d{1,2}|\*{1,3})\)"
_FIN_DE_NOM = re.compile(r"[A-ZÀ-Ý][A-Za-zÀ-ÿ'’-]+$")
_NOTE = re.compile(r"(" + _REPERE + r")[ \t]*(?=M\.|Mme|Monsieur|Madame|[Pp]ouvoir|[Pp]rocuration|a\s+donn|[A-ZÀ-Ý])")
_NOTE_DE_POUVOIR = re.compile(
    r"[ \t]*(?:a\s+donn[ée]\s+)?(?:[Pp]ouvoir|[Pp]rocuration)\s+(?:donn[ée]e?\s+)?(?P<a>à|au)\s+"
    r"(?P<qui>(?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s+)?(?:(?:le|la)\s+(?:Maire|Pr[ée]sidente?)|"
    r"(?:[A-ZÀ-Ý][\w'’-]*\.?\s+){0,3}?[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)*)|"
    r"Pr[ée]sidente?|Maire)"
)


def _renvois(texte: str) -> str:
    """Un repère « (1) » écrit deux fois, après un nom puis en tête d'une note : la note
    « (1) pouvoir à M. Y » devient « (pouvoir à M. Y) » après le nom (et quitte sa place) ;
    devant une autre note (« (1) M. X est arrivé au point 3 »), le repère après le nom est ôté,
    et celui de la note quand elle commence sa ligne."""
    remplacements: list[tuple[int, int, str]] = []
    for repere in dict.fromkeys(m.group(0) for m in re.finditer(_REPERE, texte)):
        places = [m for m in re.finditer(re.escape(repere), texte)]
        if len(places) != 2:
            continue
        avant = texte[max(0, places[0].start() - 40) : places[0].start()].rstrip(" \t")
        note = _NOTE.match(texte, places[1].start())
        if not _FIN_DE_NOM.search(avant) or note is None:
            continue
        pouvoir = _NOTE_DE_POUVOIR.match(texte, places[1].end())
        if pouvoir is not None:
            remplacements.append((places[0].start(), places[0].end(), f"(pouvoir {pouvoir.group('a')} {pouvoir.group('qui')})"))
            remplacements.append((places[1].start(), pouvoir.end(), ""))
        else:
            remplacements.append((places[0].start(), places[0].end(), ""))
            if texte[: places[1].start()].endswith("\n"):
                # (au milieu d'une ligne, le repère reste : il ouvre la note dans un flux aplati)
                remplacements.append((places[1].start(), note.end(), ""))
    for debut, fin, par in sorted(remplacements, reverse=True):
        texte = texte[:debut] + par + texte[fin:]
    return texte


# Texte Markdown (conversion d'un PDF par un outil qui rend titres et tableaux) : « # Titre »,
# « |Absents|Pouvoir donné à| », « |---|---| »
_TITRE_MARKDOWN = re.compile(r"^#{1,6}(?:[ \t]+|$)", re.M)
_FILET_DE_TABLEAU_MARKDOWN = re.compile(r"^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.M)
_RANGEE_MARKDOWN = re.compile(r"^\|(.*\|.*)\|[ \t]*$", re.M)


def _sans_balises_markdown(texte: str) -> str:
    """Les titres Markdown sans leurs « # » ; chaque rangée d'un tableau à barres en cellules
    séparées par des tabulations (une cellule vide garde sa place), son filet effacé. Le
    nombre de lignes ne change pas."""
    if texte.startswith("#") or "\n#" in texte:
        texte = _TITRE_MARKDOWN.sub("", texte)
    if texte.startswith("|") or "\n|" in texte:
        texte = _FILET_DE_TABLEAU_MARKDOWN.sub("", texte)
        texte = _RANGEE_MARKDOWN.sub(lambda r: "\t".join(c.strip() for c in r.group(1).split("|")), texte)
    return texte


# « … dûment convoqué le 02 » / « mai 2023, s'est réuni … » : une date coupée entre le jour et
# le mois (largeur de la page), recollée sur la ligne du jour
_MOIS_EN_TETE = "|".join(MOIS) + "|février|août|décembre"
# (« … légalement convoqués le » / « 15 septembre 2020, les 93 membres … » : coupée avant le jour)
# (cherchée depuis le saut de ligne : la ligne d'avant est regardée ensuite)
_DATE_COUPEE_AU_JOUR = re.compile(
    rf"\n\s*(?:\d{{1,2}}(?:er)?[ \t]+)?(?:{_MOIS_EN_TETE})\s+(?:\d{{4}}|deux\s+mille)", re.I
)
_JOUR_EN_FIN = re.compile(r"\b(?:le|du)\s+\d{1,2}(?:er)?\s*$", re.I)
_MOIS_AU_DEBUT = re.compile(rf"\s*(?:{_MOIS_EN_TETE})\s+(?:\d{{4}}|deux\s+mille)", re.I)
_LE_EN_FIN = re.compile(r"\b(?:convoquee?s?|reunie?s?|adressee?s?|faite)\s+le\s*$", re.I)
_DATE_AU_DEBUT = re.compile(rf"\s*\d{{1,2}}(?:er)?\s+(?:{_MOIS_EN_TETE})\s+(?:\d{{4}}|deux\s+mille)", re.I)


def _dates_recollees(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """« … convoqué le 02 » / « mai 2023, … », « … convoqués le » / « 15 septembre 2020, … » :
    la ligne qui finit la date recollée à celle qui la commence."""
    resultat: list[tuple[int, str]] = []
    for numero, texte in numerotees:
        if resultat and (
            (_MOIS_AU_DEBUT.match(texte) and _JOUR_EN_FIN.search(resultat[-1][1]))
            or (_DATE_AU_DEBUT.match(texte) and _LE_EN_FIN.search(base_meme_longueur(resultat[-1][1])))
        ):
            resultat[-1] = (resultat[-1][0], f"{resultat[-1][1].rstrip()} {texte.lstrip()}")
        else:
            resultat.append((numero, texte))
    return resultat


def preparer(texte: str) -> Preparation:
    """Normalise le texte, découpe les longues lignes aux intitulés, retire tampons, numéros
    de page et en-têtes répétés."""
    texte = texte.replace("\r\n", "\n").replace("\r", "\n")
    # césure conditionnelle (U+00AD) en fin de ligne : un tiret de césure, que le recollement
    # des lignes coupées à largeur fixe défait (« délibé- » / « ration ») ; dans un nom en
    # capitales, le nom est recollé sur sa première ligne (« BOUR­ » / « GEOIS, M. X » :
    # « BOURGEOIS » / « , M. X ») : ce n'est pas un nom composé comme « BOUSQUET- » / « ROUVIERE »
    if "\u00ad" in texte:
        texte = _CESURE_EN_FIN.sub("-\n", _CESURE_DE_NOM.sub(r"\1\n", texte))
    texte, habillage = _sans_habillage(texte)
    texte, ligatures = retablir_ligature_ti(texte)
    texte, session = premier_jour_de_session(texte)
    texte = normaliser(texte)
    if "#" in texte or "|" in texte:
        texte = _sans_balises_markdown(texte)
    if "(1)" in texte or "(*)" in texte:
        texte = _renvois(texte)
    # (après la normalisation : espaces insécables ou doublés ramenés à des espaces simples)
    if contient_un(texte, _MOTS_LIBELLE_ALIGNE):
        texte = _LIBELLE_ALIGNE.sub(_libelle_rapproche, texte)
    if "N°" in texte and "   " in texte:
        texte = _marge_de_registre(texte)
    texte, pareils = _sans_documents_pareils(texte)
    repetees = _bords_repetes(texte.split("\f"))
    # (un saut de page en tête de ligne ne fait pas de ligne vide : un titre coupé par la page
    # reste d'un seul tenant)
    brutes = texte.replace("\n\f", "\n").replace("\f", "\n").split("\n")
    prep = Preparation(lignes=[], aplati=_aplati(brutes), ligatures_ti=ligatures, session=session)
    if pareils:
        prep.retirees.append((len(brutes), pareils[:80], "liste de documents ajoutée par le site"))
    if habillage:
        prep.retirees.append((1, habillage[:80], "habillage de la page du site de dépôt (titre, téléchargement)"))
    entetes = _entetes_de_page(brutes, texte) if len(brutes) > 20 else {}
    for i, ligne in entetes.items():
        if ligne:
            prep.retirees.append((i + 1, ligne, "en-tête de page répété"))
    numerotees = [(i, b) for i, b in enumerate(brutes, start=1) if i - 1 not in entetes]
    numerotees = _interlignes_simples(numerotees)
    if "ombre de" in texte and ("- " in texte or "– " in texte):
        numerotees = _decomptes_a_tirets(numerotees)
    if not prep.aplati:
        numerotees = _sans_pieds_de_page(prep, numerotees)
        if "     " in texte:
            numerotees = _communes_et_delegues(numerotees)
            numerotees = _paires_commune_delegue(numerotees)
            numerotees = _liste_a_observations(numerotees)
            numerotees = _tableau_a_espaces(numerotees)
            if " : " in texte:
                numerotees = _tableau_a_lettres_legende_apres(numerotees)
            if " = " in texte:
                numerotees = _tableau_a_codes_legende_avant(numerotees)
            numerotees = _tableau_de_listes_par_commune(numerotees)
            numerotees = _colonne_laterale(numerotees)
            numerotees = _pouvoirs_en_deux_colonnes(numerotees)
            numerotees = _listes_cote_a_cote(numerotees)
        elif "\t" in texte and "Commune" in texte:
            numerotees = _tableau_de_listes_par_commune(numerotees)  # (page web)
        if "\t" in texte and "     " not in texte:
            numerotees = [(numero, _commune_puis_delegues(t)) for numero, t in numerotees]
        if "\t" in texte and ("ontre" in texte or "ONTRE" in texte):
            numerotees = _vote_en_deux_rangees(numerotees)
        numerotees = _tableau_deux_colonnes(numerotees)
        if "onn" in texte:
            numerotees = _pouvoirs_une_cellule_par_ligne(numerotees)
        if _BARRE in texte:
            numerotees = _tableau_a_barres(numerotees)
        numerotees = _recoller_colonnes(prep, numerotees)
        numerotees = _rangees_une_cellule_par_ligne(numerotees)
        if _NOM_SEUL_SUR_SA_LIGNE.search(texte):
            numerotees = _hors_incidentes(numerotees, _rangees_nom_prenom_presence)
        if _TITRE_PRESENCE_SUR_SA_LIGNE.search(texte):
            numerotees = _hors_incidentes(numerotees, _colonnes_l_une_apres_l_autre)
        numerotees = _cellules_libelle_valeur(numerotees)
        numerotees = _libelles_puis_valeurs_en_colonne(numerotees)
        numerotees = _intitules_puis_valeurs(numerotees)
        numerotees = _libelle_puis_sa_valeur(numerotees)
        # un texte aplati puis coupé à largeur fixe : recollé, c'est un texte aplati
        prep.aplati = prep.recollees > 0 and _aplati([t for _, t in numerotees])
    if _DATE_COUPEE_AU_JOUR.search(texte):
        # (après le recollement à largeur fixe : la ligne recollée ne compte pas dans la largeur)
        numerotees = _dates_recollees(numerotees)
    # deux passes par ligne, seulement si le texte entier en porte l'indice (rare)
    valeurs_d_abord = _DEUX_NOMBRES.search(texte) is not None
    libelles_d_abord = _DEUX_POINTS_PUIS_VALEURS.search(texte) is not None
    for numero, brute in numerotees:
        if "_" in brute:
            # « ______ » (réduit à « _ » par la normalisation) : un filet tapé sous un titre
            # sépare, il n'en prolonge aucun, même recollé au bout d'une ligne
            brute = _FILET_ISOLE.sub("", brute)
            brute = "" if not brute.strip() else brute
        if "fecture" in brute or "ID :" in brute or "ID:" in brute:
            sans_tampon = _sans_tampon_dans_le_flux(prep, numero, brute)
            if brute.strip() and not sans_tampon.strip():
                continue  # la ligne n'était que le tampon (rangé comme tel)
            brute = sans_tampon
        if len(brute) > 300 and _TAMPON_DEVANT.match(brute.lstrip()):
            brute = _sans_tampon_devant(prep, numero, brute)
        if len(brute) > 1000 and "age" in brute:
            brute = _sans_entete_repete(prep, numero, brute)
        if len(brute) > 1000 and "/" in brute:
            brute = _sans_pied_nu(prep, numero, brute)
        if len(brute) > 1000 and "/" in brute:
            brute = _sans_bords_autour_du_numero(prep, numero, brute)
        if ("ontre" in brute or "ONTRE" in brute) and ("our" in brute or "OUR" in brute):
            brute = _VOTE_EN_TABLEAU.sub(_vote_en_ligne, brute)
        if len(brute) > 1000 and _INDICES_DE_PAGE.search(brute):  # « 1/4 », « page », « Compte-rendu »
            brute = _sans_pied_avant_numero(prep, numero, brute)
        if len(brute) > 1000 and " | " in brute:
            brute = _sans_bandeau_repete(prep, numero, brute)
        if len(brute) > 1000 and _PREMIERE_PAGE.match(brute):
            brute = _sans_titre_numerote_repete(prep, numero, brute)
        if valeurs_d_abord:
            brute = valeurs_puis_libelles(brute)
        if libelles_d_abord and ": " in brute:
            brute = libelles_puis_valeurs(brute)
        if contient_un(brute, _MOTS_LIBELLE_NU):
            brute = libelles_nus_puis_nombres(brute)
        if len(brute) > 1000 and ("rénom" in brute or "onseill" in brute) and prep.aplati:
            brute = grilles.grille_aplatie(brute)  # « Nom Prénom Présent … NOM Prénom X … »
        if len(brute) > 200 and ("M. " in brute or "Mme " in brute or "sents " in brute or "xcusés " in brute):
            brute = _listes_sans_separateur(brute)
        if len(brute) > 1000 or (prep.aplati and len(brute) > 400):
            brute = decoller(brute)  # (un document court tenu sur une ligne aussi)
        if "OBJET" in brute and (objet := _NUMERO_PUIS_OBJET.match(brute)) is not None:
            brute = f"{objet.group('numero')} – {brute[objet.end() :]}"  # « I – OBJET : Titre »
        if len(brute) > 1000 and "bjet" in brute:
            brute = _NUMERO_ANNEE_PUIS_OBJET.sub(r"\g<numero> – ", brute)
        if contient_un(brute, _MOTS_GRAS):
            # (un filet d'astérisques « ********* » entre deux points : rien, pas un « * » laissé
            # par le retrait des paires du gras, qu'un titre recevrait)
            brute = "" if _FILET_D_ASTERISQUES.fullmatch(brute.strip()) else _GRAS.sub("", brute)
        for decalage, morceau in segmenter(brute.rstrip()):
            _preparer_ligne(prep, numero, decalage, morceau, repetees)
    prep.lignes = _decomptes_en_colonne(prep.lignes)
    return prep


# « … n° 2009/23 1/2 Commune de X – Séance du … – délibération n° 2009/23 Le Conseil … » : le pied
# de la page et l'en-tête de la suivante, les mêmes mots de part et d'autre du numéro de page
_NUMERO_DE_PAGE_NU = re.compile(r"(?<=\s)\d{1,2}\s?/\s?\d{1,2}(?=\s)")
_MOTS_DU_BORD = 25


def _sans_bords_autour_du_numero(prep: Preparation, numero: int, ligne: str) -> str:
    """La ligne aplatie sans le pied de page et l'en-tête identiques qui entourent un numéro de
    page « k/N » (quatre mots et vingt caractères au moins) ; le tout est rapporté."""
    for page in reversed(list(_NUMERO_DE_PAGE_NU.finditer(ligne))):
        avant = ligne[max(0, page.start() - 300) : page.start()].split()[-_MOTS_DU_BORD:]
        apres = ligne[page.end() : page.end() + 300].split()[:_MOTS_DU_BORD]
        communs = next(
            (k for k in range(min(len(avant), len(apres)), 3, -1) if avant[-k:] == apres[:k]),
            0,
        )
        bord = " ".join(apres[:communs])
        if communs < 4 or len(bord) < 20 or ligne.count(bord) != 2:
            continue  # (un texte qui revient partout n'est pas un bord de page)
        debut = ligne.rfind(avant[-communs], 0, page.start())
        fin = ligne.find(apres[communs - 1], page.end()) + len(apres[communs - 1])
        prep.retirees.append((numero, f"{bord} {page.group(0)} {bord}", "pied et en-tête de page"))
        ligne = ligne[:debut].rstrip() + " " + ligne[fin:].lstrip()
    return ligne


# « … Étaient présents M. X Maire M. Y 1er adjoint … Absents excusés Mme Z … Secrétaire de
# séance Mme W … » (texte aplati d'un PDF aux intitulés en gras, sans deux-points) : un
# intitulé de liste devant une civilité reçoit ses deux-points
_INTITULE_SANS_DEUX_POINTS = re.compile(
    r"(?<![\w:'’])(?P<intitule>(?:[ÉE]taient|[ÉE]tait)\s+pr[ée]sente?s|Pr[ée]sente?s|Absente?s?\s+excus[ée]e?s?"
    r"|Excus[ée]e?s|Absente?s?|Membres?\s+absente?s?|Secr[ée]taire\s+de\s+s[ée]ance"
    r"|D[ée]l[ée]gu[ée]s\s+pr[ée]sents"
    # (« … pouvoir à Mme BLANC Rose ÉTAIENT ABSENTS NON REPRÉSENTÉS M. HERVE Jean » : en capitales)
    r"|(?:[ÉE]TAIENT|[ÉE]TAIT)\s+(?:PR[ÉE]SENTE?S?|ABSENTE?S?(?:\s+NON)?(?:\s+REPR[ÉE]SENT[ÉE]E?S?)?"
    r"|EXCUS[ÉE]E?S?)|ABSENTE?S?\s+EXCUS[ÉE]E?S?)"
    # (« Délégués présents BARRÊME M. X … » : la commune en capitales avant la civilité)
    r"\s+(?=(?:[A-ZÉÈÊÀÂÎÔÛÇ][A-ZÉÈÊÀÂÎÔÛÇ'’-]{2,}\s+)*(?:M\.|Mme|MM\.|Mmes)\s)"
    # « Conseillers Communautaires présents VALLON Hubert MARCHAL Odile … » : l'intitulé d'un
    # tableau NOM Prénom aplati (le premier NOM, d'un ou plusieurs mots, puis son prénom)
    r"|(?<![\w:'’])(?P<intitule2>(?:Conseill[eè]re?s\s+(?:[Cc]ommunautaires|[Mm]unicipaux)|D[ée]l[ée]gu[ée]e?s"
    r"|Membres)\s+(?:pr[ée]sente?s|excus[ée]e?s|absente?s))"
    r"\s+(?=(?:[A-ZÉÈÊÀÂÎÔÛÇ][A-ZÉÈÊÀÂÎÔÛÇ'’-]+\s+)+[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?\s)"
    # « Etaient présents Agmé Patrick GAUBAN Beaupuy … » : une commune, puis « Prénom NOM »
    r"|(?<![\w:'’])(?P<intitule3>[ÉE]taient\s+pr[ée]sents)\s+(?=[A-ZÉÈÂÎ][a-zéèêëàâîïôûç'’\-]+"
    r"(?:\s+(?:[A-ZÉÈÂÎ][a-zéèêëàâîïôûç'’\-]+|sur|sous|en|la|le|les|de|du|des))*\s+"
    r"[A-ZÉÈÂÎ][a-zéèêëàâîïôûç]+(?:-[A-ZÉÈ][a-zéèêëàâîïôûç]+)?\s+[A-ZÉÈ]{2})"
)
_CIVILITE_EN_FLUX = re.compile(r"\s(?=(?:M\.|Mme|MM\.|Mmes)\s)")
# « M. Raymond CHEVALLIER Maire », « Mme Ginette RAMEAU 2e adjointe » : une personne d'une liste
# devenue flux, civilité, prénom, NOM (une particule) et fonction éventuelle
_PERSONNE_EN_FLUX = re.compile(
    r"(?:M\.|Mme)\s+[A-ZÉÈ][a-zéèëïç]+(?:-[A-ZÉÈ][a-zéèëïç]+)?\s+(?P<nom>(?:(?:LE|LA|DE|DU)\s+)?"
    r"[A-ZÉÈÊÀÇ][A-ZÉÈÊÀÇ'’-]+)(?P<fonction>\s+(?:[Mm]aire|\d{1,2}(?:er|re|e|ème)\s+[Aa]djointe?"
    r"|[Aa]djointe?|[Cc]onseill[eè]re?\s+municipale?|[Cc]onseill[eè]re?\s+d[ée]l[ée]gu[ée]e?))?"
)
_FIN_DE_LISTE_EN_FLUX = re.compile(
    r"\s(?=Absente?s?\s+excus|Excus[ée]e?s\s*:|Absente?s?\s*:|Secr[ée]taire|Pouvoirs?\s*:|Procurations?\s*:)"
)


def _liste_de_presents_en_flux(liste: str) -> str | None:
    """« M. X Maire M. Y 1er adjoint Mme Z » (une personne par ligne devenue un flux, sans
    virgules) → « M. X, Maire, M. Y, 1er adjoint, Mme Z » ; ``None`` si un morceau n'est pas
    exactement une personne (un lieu, une parenthèse, un nom de deux mots : rien n'est réécrit)."""
    morceaux = [m.strip() for m in _CIVILITE_EN_FLUX.split(" " + liste) if m.strip()]
    if len(morceaux) < 3 or "," in liste:
        return None
    lues = [_PERSONNE_EN_FLUX.fullmatch(m) for m in morceaux]
    if any(lu is None for lu in lues):
        return None
    return ", ".join(
        m[: lu.start("fonction")] + "," + m[lu.start("fonction") :] if lu and lu.group("fonction") else m
        for m, lu in zip(morceaux, lues, strict=True)
    )


# « Membres représentés Mandant Mandataire M. X Mme Y Mme Z M. W » : un tableau de pouvoirs à
# deux colonnes aplati, les paires « mandant mandataire » l'une après l'autre
_PERSONNE_SEULE = (
    r"(?:M\.|Mme)\s+[A-ZÉÈ][a-zéèëïç]+(?:-[A-ZÉÈ][a-zéèëïç]+)?\s+(?:(?:LE|LA|DE|DU)\s+)?[A-ZÉÈÊÀÇ][A-ZÉÈÊÀÇ'’-]+"
)
# (ou nommée par sa fonction : « Madame la première adjointe », « M. le Maire »)
_PERSONNE_OU_FONCTION = (
    rf"(?:{_PERSONNE_SEULE}|(?:M\.|Mme|Monsieur|Madame)\s+(?:le|la)\s+(?:Maire|Pr[ée]sidente?"
    r"|(?:premi[eè]re?|\d{1,2}(?:er|re|e|[eè]me))\s+(?:adjointe?|vice-pr[ée]sidente?)))"
)
# (« Absents excusés ayant donné pouvoir Pouvoir donné à M. X Madame la première adjointe … » :
# les intitulés du tableau du document 643, aplati)
_MANDANTS_MANDATAIRES = re.compile(
    r"(?:(?P<tete>(?:(?:Membres|Conseillers|[ÉE]lus)\s+repr[ée]sent[ée]s|Pouvoirs|Procurations)\s*:?\s+)?"
    r"Mandants?\s+Mandataires?"
    r"|(?:Absente?s?\s+)?(?:excus[ée]e?s?\s+)?ayant\s+donn[ée]\s+(?:pouvoir|procuration)\s+"
    r"(?:Pouvoirs?|Procurations?)\s+donn[ée]e?s?\s+à)"
    rf"\s+(?P<paires>(?:{_PERSONNE_SEULE}\s+{_PERSONNE_OU_FONCTION}(?:\s+|$))+)"
)


def _pouvoirs_en_paires(trouve: re.Match[str]) -> str:
    personnes = re.findall(_PERSONNE_OU_FONCTION, trouve.group("paires"))
    paires = [f"{a} à {b}" for a, b in zip(personnes[::2], personnes[1::2], strict=True)]
    return "Pouvoirs : " + " ; ".join(paires) + " "


def _listes_sans_separateur(ligne: str) -> str:
    """La ligne aplatie avec les deux-points de ses intitulés de liste perdus (« Étaient
    présents M. X … »), le tableau « Mandant Mandataire » aplati réécrit en pouvoirs et la
    liste des présents devenue flux séparée par des virgules."""
    if "Mandataire" in ligne or "onné à" in ligne:
        ligne = _MANDANTS_MANDATAIRES.sub(_pouvoirs_en_paires, ligne)
    ligne = _INTITULE_SANS_DEUX_POINTS.sub(
        lambda m: (m.group("intitule") or m.group("intitule2") or m.group("intitule3")) + " : ", ligne
    )
    for intitule in re.finditer(r"(?:[ÉE]taient\s+)?[Pp]r[ée]sente?s\s:\s", ligne):
        fin = _FIN_DE_LISTE_EN_FLUX.search(ligne, intitule.end(), intitule.end() + 1500)
        if fin is None:
            continue
        if (liste := _liste_de_presents_en_flux(ligne[intitule.end() : fin.start()])) is not None:
            return ligne[: intitule.end()] + liste + " " + ligne[fin.start() :].lstrip()
    return ligne


# « Votants Pour Contre Abstention 13 12 1 0 » : un tableau de vote aplati, les libellés puis
# les nombres ; réécrit « Votants : 13 Pour : 12 Contre : 1 Abstention : 0 »
_VOTE_EN_TABLEAU = re.compile(
    r"\b(?P<votants>Votants\s+)?Pour\s+Contre\s+(?P<abst>Abstentions?)\s+"
    # « … Abstention Ne prend pas part au vote 19 0 0 1 » : la quatrième colonne et son nombre
    r"(?P<npp>Ne\s+(?:prend|prennent)\s+pas\s+part\s+au\s+vote\s+)?"
    r"(?P<v>\d{1,3}\s+)?(?P<p>\d{1,3})\s+(?P<c>\d{1,3})\s+(?P<a>\d{1,3})"
    r"(?(npp)\s+(?P<n>\d{1,3}))\b",
    re.I,
)


# « Pour | Contre | Abstentions » puis « 17 | 0 | 1 (M. X) » : un tableau de vote d'une page
# web (cellules séparées de tabulations), la rangée des libellés puis celle des nombres
_LIBELLES_DE_VOTE = re.compile(
    r"\s*(?:(?:Votants|Prennent\s+part\s+au\s+vote)\t+)?Pour\t+Contre\t+Abstentions?"
    # (« Ne prennent pas part au vote » : la quatrième colonne, au pluriel aussi)
    r"(?:\t+Ne\s+(?:prend|prennent)\s+pas\s+part(?:\s+au\s+vote)?)?\s*",
    re.I,
)
# « Prennent part au vote » en tête de colonne : les votants (pas une non-participation)
_PRENNENT_PART = re.compile(r"prennent\s+part\s+au\s+vote", re.I)
_NOMBRE_DE_CELLULE = re.compile(r"\d{1,3}(?:\s*\([^()\t]{1,120}\))?")


def _vote_en_deux_rangees(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """La rangée des libellés de vote et celle des nombres réécrites en une ligne
    « Pour : 17 Contre : 0 Abstentions : 1 (M. X) », quand chaque libellé a son nombre."""
    resultat: list[tuple[int, str]] = []
    i = 0
    while i < len(numerotees):
        numero, texte = numerotees[i]
        if i + 1 < len(numerotees) and "\t" in texte and _LIBELLES_DE_VOTE.fullmatch(texte):
            libelles = [c.strip() for c in texte.strip().split("\t") if c.strip()]
            nombres = [c.strip() for c in numerotees[i + 1][1].strip().split("\t") if c.strip()]
            if len(nombres) == len(libelles) and all(_NOMBRE_DE_CELLULE.fullmatch(c) for c in nombres):
                libelles = [_PRENNENT_PART.sub("Votants", lib) for lib in libelles]
                ligne = " ".join(f"{lib} : {nb}" for lib, nb in zip(libelles, nombres, strict=True))
                resultat.append((numero, ligne))
                i += 2
                continue
        resultat.append((numero, texte))
        i += 1
    return resultat


def _vote_en_ligne(trouve: re.Match[str]) -> str:
    if bool(trouve.group("votants")) != bool(trouve.group("v")):
        return trouve.group(0)  # autant de nombres que de libellés, sinon rien n'est réécrit
    votants = f"Votants : {trouve.group('v').strip()} " if trouve.group("v") else ""
    npp = f" Ne prend pas part au vote : {trouve.group('n')}" if trouve.group("npp") else ""
    return (
        f"{votants}Pour : {trouve.group('p')} Contre : {trouve.group('c')} "
        f"{trouve.group('abst')} : {trouve.group('a')}{npp}"
    )


def _sans_tampon_dans_le_flux(prep: Preparation, numero: int, ligne: str) -> str:
    """La longue ligne sans les tampons @CTES entiers qu'elle porte (reconnus à leur
    identifiant) ; chaque marque est rangée comme un tampon (dates, identifiant)."""

    def retirer(trouve: re.Match[str]) -> str:
        for marque in _MARQUES_DU_TAMPON.split(trouve.group(0)):
            _preparer_ligne(prep, numero, 0, marque, set())
        return " "

    return _TAMPON_DANS_LE_FLUX.sub(retirer, ligne)


def _sans_tampon_devant(prep: Preparation, numero: int, ligne: str) -> str:
    """La longue ligne sans le tampon @CTES collé devant elle (texte aplati d'un PDF tamponné) :
    chaque marque (envoi, réception, publication, identifiant) est rangée comme un tampon."""
    reste = ligne.lstrip()
    while (tampon := _TAMPON_DEVANT.match(reste)) is not None and len(reste) - tampon.end() >= 40:
        _preparer_ligne(prep, numero, 0, reste[: tampon.end()], set())
        reste = reste[tampon.end() :].lstrip()
    return reste


# « Titre » / « Dimension: px » / « Commencer à balayer dès la page: » / « Download "Titre" » /
# « Transcription » : l'habillage d'une page d'un site de dépôt, avant le texte copié (son titre
# répète celui du document ou de son premier point)
_FIN_D_HABILLAGE = re.compile(r"^[ \t]*Transcription[ \t]*$", re.M)
_TELECHARGEMENT = re.compile(r'^[ \t]*(?:Download|Télécharger)[ \t]+"', re.M)
_HABILLAGE_MAX = 3000


def _sans_habillage(texte: str) -> tuple[str, str]:
    """Le texte dont les lignes de l'habillage d'une page de dépôt (jusqu'à « Transcription »,
    après un « Download "…" ») sont vidées, le nombre de lignes gardé ; et la première d'entre
    elles (le titre de la page), ou ``""``."""
    if "Transcription" not in texte[:_HABILLAGE_MAX]:
        return texte, ""
    fin = _FIN_D_HABILLAGE.search(texte, 0, _HABILLAGE_MAX)
    if fin is None or _TELECHARGEMENT.search(texte, 0, fin.start()) is None:
        return texte, ""
    tete = texte[: fin.end()]
    titre = next((ligne.strip() for ligne in tete.split("\n") if ligne.strip()), "")
    return "\n" * tete.count("\n") + texte[fin.end() :], titre


# « Documents pareils » : la liste des titres d'autres documents qu'un site de dépôt ajoute
# après le texte copié (dates, communes, présidents d'autres séances)
_DOCUMENTS_PAREILS = re.compile(r"(?:^|\s)Documents\s+(?:pareils|similaires)\s", re.I)
_MOTS_DOCUMENTS_PAREILS = mots_requis(_DOCUMENTS_PAREILS, "document", minuscules=True)


def _sans_documents_pareils(texte: str) -> tuple[str, str]:
    """Le texte sans la liste « Documents pareils » qui le suit (dans son dernier tiers)."""
    if not contient_un(texte.lower(), _MOTS_DOCUMENTS_PAREILS):
        return texte, ""  # (préfiltre prouvé : sans casse, les mots sont cherchés en minuscules)
    trouve = max(_DOCUMENTS_PAREILS.finditer(texte), key=lambda m: m.start(), default=None)
    if trouve is None or trouve.start() < len(texte) // 3:
        return texte, ""
    return texte[: trouve.start()], texte[trouve.start() :].strip()


# « 1/2 Compte rendu du Conseil Municipal du 14 mars 2003 » : dans un texte aplati, le pied de
# page numéroté sans « Page », reconnu parce qu'il revient avec les mêmes mots
_PAGE_NUE = re.compile(r"(?<![\w/.,:])(\d{1,2})\s?/\s?(\d{1,2})(?![\w/])")


def _sans_pied_nu(prep: Preparation, numero: int, ligne: str) -> str:
    """La ligne aplatie sans ses pieds de page « k/N mêmes mots » (deux au moins, même N)."""
    marques = [m for m in _PAGE_NUE.finditer(ligne) if 0 < int(m[1]) <= int(m[2])]
    totaux = Counter(m[2] for m in marques)
    marques = [m for m in marques if totaux[m[2]] >= 2]
    if len(marques) < 2 or len({m[1] for m in marques}) < 2:
        return ligne
    communs = _mots_communs(ligne, marques)
    if len(communs) < 3 or sum(len(m) for m in communs) < 12:
        return ligne
    pied = re.compile(r"\s*" + r"\s+".join(re.escape(m) for m in communs) + r"(?=\s|$)")
    morceaux: list[str] = []
    debut = 0
    for m in marques:
        suite = pied.match(ligne, m.end())
        if suite is not None:
            morceaux.append(ligne[debut : m.start()].rstrip() + " ")
            debut = suite.end()
            prep.retirees.append((numero, f"{m[0]} {' '.join(communs)}", "pied de page"))
    morceaux.append(ligne[debut:].lstrip())
    return "".join(morceaux).strip()


# « … Procès-verbal du Comité syndical du 18 mars 2010 1/4 1 – FINANCES … », « … Assemblée
# syndicale Siéva 18 juin 2013 - page 2 3 - Participation … » : les mêmes mots devant le numéro
_PAGE_APRES_MOTS = (
    re.compile(r"(?<![\w/.,:])(\d{1,2})\s?/\s?\d{1,2}(?![\w/])"),
    # (« … du 12 novembre 2019 – Page 1 sur 3 » : le total de pages avec le numéro)
    re.compile(r"\s[-–]\s*page\s+(\d{1,3})(?:\s*(?:sur|/)\s*\d{1,3})?(?![\w/])", re.I),
    # (« … PV CM du 2 avril 2024 Page 1 sur 3 1. Approbation … » : sans tiret, le total écrit)
    re.compile(r"(?<=\s)[Pp]age\s+(\d{1,3})\s*(?:sur|/)\s*\d{1,3}(?![\w/])"),
    # (« … TESTE Laurence Conseil communautaire du 11 mars 2015 Compte-rendu 1 2 pour la
    # commune … » : la nature du document, le numéro de page, parfois celui de la suivante)
    re.compile(
        r"(?<=\s)(?:[Cc]ompte[- ][Rr]endu|COMPTE[- ]RENDU|[Pp]roc[èe]s[- ][Vv]erbal|PROC[ÈE]S[- ]VERBAL)"
        r"\s+(\d{1,3})(?:\s+\d{1,3})?(?=\s|$)"
    ),
)
# (test rapide : la ligne porte-t-elle un des indices des numéros de page ci-dessus)
_INDICES_DE_PAGE = re.compile(r"/|age|[Cc]ompte|COMPTE|[Vv]erbal|VERBAL")
_MOTS_DU_PIED = 20  # « SMICTOM du Val de … – PV du Comité syndical du 3 avril 2012 – 2/4 » : 16 mots


def _mots_communs_avant(ligne: str, marques: list[re.Match[str]]) -> list[str]:
    """Les derniers mots qui précèdent chaque marque de page, tant qu'ils sont les mêmes."""
    suites = [_MOT.findall(ligne, max(0, m.start() - 200), m.start())[-_MOTS_DU_PIED:] for m in marques]
    communs: list[str] = []
    for mots in zip(*(reversed(x) for x in suites), strict=False):
        if any(mot != mots[0] for mot in mots):
            break
        communs.insert(0, mots[0])
    return communs


def _sans_pied_avant_numero(prep: Preparation, numero: int, ligne: str) -> str:
    """La ligne aplatie sans ses pieds (ou en-têtes) de page « mêmes mots k/N », « mêmes
    mots - page k » ou « mêmes mots Compte-rendu k » (deux au moins, numéros différents et
    croissants) ; un en-tête en tête de ligne reste."""
    for motif in _PAGE_APRES_MOTS:
        marques = list(motif.finditer(ligne))
        pages = [int(m[1]) for m in marques]
        if len(marques) < 2 or len(set(pages)) < 2 or pages != sorted(pages):
            continue  # (les numéros des pages croissent le long du texte)
        communs = _mots_communs_avant(ligne, marques)
        if len(communs) < 3 or sum(len(m) for m in communs) < 15:
            continue
        pied = re.compile(r"\s+".join(re.escape(m) for m in communs) + r"\s*$")
        morceaux: list[str] = []
        debut = 0
        for m in marques:
            avant = pied.search(ligne, debut, m.start())
            if avant is None or not ligne[: avant.start()].strip():
                continue
            morceaux.append(ligne[debut : avant.start()].strip())
            debut = m.end()
            prep.retirees.append((numero, f"{' '.join(communs)} {m[0].strip()}", "pied de page"))
        morceaux.append(ligne[debut:].strip())
        ligne = _recoller_sans_pied([x for x in morceaux if x])
    return ligne


# « … Marc TRÉGUIER [pied de page] COMBLESSAC : Joël … » : après le pied retiré, un groupe
# « COMMUNE : » qui suit un NOM en capitales en reste séparé par un tiret (sinon le NOM se lit
# comme le début du nom de la commune)
_GROUPE_EN_TETE = re.compile(r"[A-ZÉÈÊÀÂÎÔÛÇ][A-ZÉÈÊÀÂÎÔÛÇ'’-]{2,}(?:\s+[A-ZÉÈÊÀÂÎÔÛÇ'’-]+)*\s?:\s")
_NOM_EN_FIN = re.compile(r"\s[A-ZÉÈ][a-zéèëïç]+\s+[A-ZÉÈÊÀÂÎÔÛÇ][A-ZÉÈÊÀÂÎÔÛÇ'’-]{1,}$")


def _recoller_sans_pied(morceaux: list[str]) -> str:
    ligne = morceaux[0] if morceaux else ""
    for morceau in morceaux[1:]:
        groupe = _GROUPE_EN_TETE.match(morceau) is not None and _NOM_EN_FIN.search(ligne) is not None
        ligne += (" – " if groupe else " ") + morceau
    return ligne


# Tableau d'en-tête copié en texte : « Date de la séance\t14/09/2012\tDate de convocation\t… »
# (cellules séparées par des tabulations), ou l'intitulé sur une ligne et sa valeur sur la
# suivante (« Président de séance » / « M. X, Maire »)
_LIBELLE_DE_CELLULE = re.compile(
    r"date\s+(?:de\s+(?:la\s+|l')?)?(?:seance|convocation|affichage|reunion)"
    r"|presidente?(?:\s+de\s+(?:la\s+)?seance)?|secretaires?(?:\s+de\s+(?:la\s+)?seance)?"
    r"|(?:nombre\s+de\s+)?(?:membres|conseillers)(?:\s+en\s+exercice)?|en\s+exercice"
    r"|presents?|votants?|absents?(?:\s+excuses?)?|excuses?|pouvoirs?|procurations?"
    r"|nombre\s+d(?:e\s+|')(?:presents?|votants?|absents?|pouvoirs?|procurations?)|presidence"
)
# (le texte est normalisé : un accent peut y être décomposé)
_PERSONNE_DE_CELLULE = re.compile(r"presidente?(?:\s+de\s+(?:la\s+)?seance)?|presidence|secretaire(?:\s+de\s+(?:la\s+)?seance)?")


# « Secrétaire de séance » / « Mme X a été désignée … » : une phrase, pas la valeur de la cellule
_PHRASE_DE_CELLULE = re.compile(r"\s(?:a|est|sont|ont|sera)\s")


def _paires_tabulees(texte: str) -> list[str] | None:
    """« Présents\t11\tVotants\t13 » → [« Présents : 11 », « Votants : 13 »] ; ``None`` si la
    ligne n'alterne pas intitulé connu et valeur."""
    cellules = [c.strip() for c in texte.split("\t")]
    while cellules and not cellules[-1]:
        cellules.pop()
    if len(cellules) < 2 or len(cellules) % 2:
        return None
    libelles, valeurs = cellules[0::2], cellules[1::2]
    if not all(_LIBELLE_DE_CELLULE.fullmatch(cle_texte(x)) for x in libelles) or not all(
        v and v[0] != ":" and not _LIBELLE_DE_CELLULE.fullmatch(cle_texte(v)) for v in valeurs
    ):
        return None
    return [f"{lib} : {v}" for lib, v in zip(libelles, valeurs, strict=True)]


# Titres des colonnes d'un tableau de présence (« Conseiller | Fonction | Présence »,
# « Commune | Délégué(e) | Présence ») ; il faut celle des noms et celle de la présence
_COLONNE_NOMS = re.compile(
    r"noms?(?:\s+(?:et\s+)?prenoms?)?|elue?s?|elue?\(e\)s?|conseill(?:er|ere)s?(?:\(e\)s?)?"
    r"|delegue(?:e|\(e\))?s?|membres?"
)
_COLONNE_PRESENCE = re.compile(r"presences?|statut|etat")
_COLONNE_AUTRE = re.compile(
    r"communes?|fonctions?|qualites?|(?:pouvoir|procuration)s?(?:\s+\S+){0,3}|mandataires?|observations?"
)
# une cellule de présence : « présente », « excusé – pouvoir à X », « absent », « pouvoir à X »,
# « représenté par sa suppléante X »
_CELLULE_PRESENCE = re.compile(
    r"(?:present|absent|excuse|represente|remplace|supplee|pouvoir|procuration)", re.I
)


def _entete_de_colonnes(numerotees: list[tuple[int, str]], i: int) -> int:
    """Le nombre de colonnes (3 à 5) d'un en-tête de tableau copié une cellule par ligne qui
    commence à la ligne ``i`` ; 0 sinon."""
    titres: list[str] = []
    for _n, t in numerotees[i : i + 5]:
        plat = cle_texte(t.strip())
        if not (0 < len(plat) <= 30) or not (
            _COLONNE_NOMS.fullmatch(plat) or _COLONNE_PRESENCE.fullmatch(plat) or _COLONNE_AUTRE.fullmatch(plat)
        ):
            break
        titres.append(plat)
    noms = [k for k, p in enumerate(titres) if _COLONNE_NOMS.fullmatch(p)]
    presence = [k for k, p in enumerate(titres) if _COLONNE_PRESENCE.fullmatch(p)]
    return len(titres) if len(titres) >= 3 and len(noms) == 1 and len(presence) == 1 else 0


def _incidente(ligne: str) -> bool:
    """Une ligne vide, un tampon ou un numéro de page : retirée ensuite, elle n'interrompt
    pas les rangées d'un tableau (un bord de page répété peut être une cellule)."""
    propre = ligne.strip()
    cle = cle_texte(propre)
    return (
        not propre
        or _UN_DES_TAMPONS.match(cle) is not None
        or _ID_SEUL.match(propre) is not None
        or _ID.match(propre) is not None
    )


def _rangee_suivante(
    numerotees: list[tuple[int, str]], i: int, k: int
) -> tuple[list[tuple[int, str]], list[tuple[int, str]], int]:
    """Les ``k`` cellules qui suivent la ligne ``i`` (lignes incidentes mises à part), les
    lignes incidentes, et la ligne où reprendre."""
    cellules: list[tuple[int, str]] = []
    incidentes: list[tuple[int, str]] = []
    while i < len(numerotees) and len(cellules) < k:
        if _incidente(numerotees[i][1]):
            incidentes.append(numerotees[i])
        else:
            cellules.append(numerotees[i])
        i += 1
    return cellules, incidentes, i


def _rangees_une_cellule_par_ligne(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Un tableau de présence copié d'une page web une cellule par ligne (« Conseiller »,
    « Fonction », « Présence », puis « Thierry COLLIN », « Maire », « présent », …) : chaque
    rangée remise sur une ligne, cellules séparées par des tabulations."""
    if len(numerotees) < 6 or not any(
        len(propre := t.strip()) <= 16 and _COLONNE_PRESENCE.fullmatch(cle_texte(propre))
        for _n, t in numerotees
    ):
        return numerotees
    resultat: list[tuple[int, str]] = []
    i = 0
    while i < len(numerotees):
        k = _entete_de_colonnes(numerotees, i)
        if not k:
            resultat.append(numerotees[i])
            i += 1
            continue
        titres = [cle_texte(t.strip()) for _n, t in numerotees[i : i + k]]
        noms = next(j for j, p in enumerate(titres) if _COLONNE_NOMS.fullmatch(p))
        presence = next(j for j, p in enumerate(titres) if _COLONNE_PRESENCE.fullmatch(p))
        resultat.append((numerotees[i][0], "\t".join(t.strip() for _n, t in numerotees[i : i + k])))
        i += k
        while True:
            cellules, incidentes, suite = _rangee_suivante(numerotees, i, k)
            rangee = [t.strip() for _n, t in cellules]
            if len(rangee) < k or not _CELLULE_PRESENCE.match(cle_texte(rangee[presence])) or (
                ":" in rangee[noms] or len(rangee[noms]) > 60
            ):
                break
            debut = cellules[0][0]  # les lignes incidentes gardent leur place (numéros croissants)
            resultat.extend(x for x in incidentes if x[0] < debut)
            resultat.append((debut, "\t".join(rangee)))
            resultat.extend(x for x in incidentes if x[0] > debut)
            i = suite
    return resultat


# --- tableaux copiés d'un visionneur PDF, une cellule par ligne ---------------------------------

_TITRE_NOM = re.compile(r"noms?")
_NOM_SEUL_SUR_SA_LIGNE = re.compile(r"(?im)^[ \t]*noms?[ \t]*$")
_TITRE_PRENOM = re.compile(r"prenoms?")
_TITRE_POUVOIR = re.compile(r"(?:pouvoir|procuration)s?(?:\s+(?:donne(?:e|\(e\))?\s+)?a)?")
_TITRE_PRESENCE = re.compile(r"presences?|statut|etat|situation")
# une cellule de présence : un mot d'état, ou la lettre d'une légende « P : présent »
_ETAT_DE_CELLULE = re.compile(
    r"(?:present|absent|excuse|represente)e?s?(?:\s+excusee?)?|[pae]"
)
_NOM_SEUL = re.compile(r"[A-ZÀ-ÝŒ][A-ZÀ-ÝŒ'’\- ]{1,40}")
_NOM_DE_CELLULE = re.compile(
    r"(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:[A-ZÀ-Ý][\w'’\-]+\s+){0,3}[A-ZÀ-ÝŒ][A-ZÀ-ÝŒ'’\-]+"
    r"(?:\s+[A-ZÀ-Ý][\w'’\-]+){0,3}"
)


def _est_etat(ligne: str) -> bool:
    return _ETAT_DE_CELLULE.fullmatch(cle_texte(ligne.strip())) is not None


def _hors_incidentes(
    numerotees: list[tuple[int, str]],
    reecrire: Callable[[list[tuple[int, str]]], list[tuple[int, str]]],
) -> list[tuple[int, str]]:
    """``reecrire`` appliqué aux lignes sans les lignes incidentes (vides, tampons : une page
    du PDF peut finir au milieu d'un tableau), remises ensuite à leur place (numéros
    croissants) si quelque chose a été réécrit."""
    incidentes = [x for x in numerotees if _incidente(x[1])]
    if not incidentes:
        return reecrire(numerotees)
    utiles = [x for x in numerotees if not _incidente(x[1])]
    reecrites = reecrire(utiles)
    if reecrites is utiles:
        return numerotees
    return sorted([*reecrites, *incidentes], key=lambda x: x[0])


def _rangees_nom_prenom_presence(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """« Nom », « Prénom », « Présence », « Pouvoir à » puis une cellule par ligne (« COUDERC »,
    « Jean-Louis », « P », …), copiées d'un visionneur qui saute les cellules vides : la cellule
    du mandataire n'existe que pour qui a donné pouvoir. Une rangée est « NOM, prénom, état » ;
    la ligne qui suit est un mandataire seulement si la rangée suivante ne commence pas là (son
    état serait alors deux lignes plus bas). Rangées réécrites « NOM Prénom ⇥ état ⇥ mandataire »."""
    titres = [cle_texte(t.strip()) for _n, t in numerotees]
    for i in range(len(titres) - 4):
        if not (
            _TITRE_NOM.fullmatch(titres[i])
            and _TITRE_PRENOM.fullmatch(titres[i + 1])
            and _TITRE_PRESENCE.fullmatch(titres[i + 2])
        ):
            continue
        pouvoir = _TITRE_POUVOIR.fullmatch(titres[i + 3]) is not None
        j = i + 3 + pouvoir
        rangees: list[tuple[int, str]] = []
        while j + 2 < len(numerotees):
            nom, prenom, etat = (t.strip() for _n, t in numerotees[j : j + 3])
            if not (_NOM_SEUL.fullmatch(nom) and prenom[:1].isupper() and not prenom.isupper() and _est_etat(etat)):
                break
            cellules = [f"{nom} {prenom}", etat]
            suivant = j + 3
            if (
                pouvoir
                and suivant < len(numerotees)
                and _NOM_DE_CELLULE.fullmatch(mandataire := numerotees[suivant][1].strip())
                and not (suivant + 2 < len(numerotees) and _est_etat(numerotees[suivant + 2][1]))
            ):
                cellules.append(mandataire)
                suivant += 1
            rangees.append((numerotees[j][0], "\t".join(cellules)))
            j = suivant
        if len(rangees) >= 3:
            entete = ("Nom Prénom", numerotees[i + 2][1].strip(), *(("Pouvoir à",) if pouvoir else ()))
            return [*numerotees[:i], (numerotees[i][0], "\t".join(entete)), *rangees, *numerotees[j:]]
    return numerotees


_TITRE_DE_COLONNE_DE_NOMS = re.compile(
    r"(?:noms?(?:\s+(?:et\s+)?prenoms?)?|membres?|elue?s?|conseill(?:er|ere)s?(?:\s+municipa(?:l|le|ux|les))?"
    r"|delegue(?:e|s)?)"
)
# (le texte est normalisé : un accent peut y être décomposé)
_TITRE_PRESENCE_SUR_SA_LIGNE = re.compile(r"(?im)^[ \t]*(?:situation|pr\S{1,2}sences?|statut|\S{1,2}tat)[ \t]*$")
_CIVILITE_ET_NOM_DE_CELLULE = re.compile(r"(?:M\.|Mme|Monsieur|Madame)\s+\S.{2,60}")


def _colonnes_l_une_apres_l_autre(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """« Conseiller municipal » puis N personnes, « Situation » puis N états : un tableau à
    deux colonnes qu'un visionneur a lu colonne après colonne. Rangées réécrites « personne ⇥
    état » seulement si les deux colonnes ont exactement le même nombre de cellules (sinon
    rien n'apparie sûrement un nom à son état : le texte est laissé tel quel)."""
    lignes = [t.strip() for _n, t in numerotees]
    for i, titre in enumerate(lignes):
        if not _TITRE_DE_COLONNE_DE_NOMS.fullmatch(cle_texte(titre)):
            continue
        k = i + 1
        while k < len(lignes) and _CIVILITE_ET_NOM_DE_CELLULE.fullmatch(lignes[k]):
            k += 1
        noms = k - i - 1
        if noms < 3 or k >= len(lignes) or not _TITRE_PRESENCE.fullmatch(cle_texte(lignes[k])):
            continue
        fin = k + 1
        while fin < len(lignes) and _est_etat(lignes[fin]) and len(lignes[fin]) > 1:
            fin += 1
        if fin - k - 1 != noms:
            continue
        rangees = [
            (numerotees[i + 1 + r][0], f"{lignes[i + 1 + r]}\t{lignes[k + 1 + r]}") for r in range(noms)
        ]
        entete = (numerotees[i][0], f"{titre}\t{lignes[k]}")
        return [*numerotees[:i], entete, *rangees, *numerotees[fin:]]
    return numerotees


def _cellules_libelle_valeur(numerotees: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Les cellules d'un tableau d'en-tête réécrites « intitulé : valeur »."""
    resultat: list[tuple[int, str]] = []
    i = 0
    while i < len(numerotees):
        n, t = numerotees[i]
        if "\t" in t and (paires := _paires_tabulees(t)) is not None:
            resultat.extend((n, p) for p in paires)
            i += 1
            continue
        j = i + 1 if i + 1 < len(numerotees) and numerotees[i + 1][1].strip() else i + 2
        if (
            len(t.strip()) <= 30
            and _PERSONNE_DE_CELLULE.fullmatch(cle_texte(t.strip()))
            and j < len(numerotees)
            and 0 < len(valeur := numerotees[j][1].strip()) <= 80
            and ":" not in valeur
            and _PHRASE_DE_CELLULE.search(valeur) is None
            and not _LIBELLE_DE_CELLULE.fullmatch(cle_texte(valeur))
        ):
            resultat.append((n, f"{t.strip()} : {valeur}"))
            i = j + 1
            continue
        resultat.append((n, t))
        i += 1
    return resultat


_LIBELLE = (
    r"(?:en\s+exercice|pr[ée]sents?|votants?|absents?|excus[ée]s?|pouvoirs?|procurations?|"
    r"exprim[ée]s|repr[ée]sent[ée]s?)"
)
_LIBELLE_SEUL = re.compile(rf"\s*{_LIBELLE}\s*", re.I)
_DEBUTS_LIBELLE = debuts_requis(_LIBELLE_SEUL, "eEpPvVaArR", blancs=True)
_VALEUR_SEULE = re.compile(r"\s*[:=]?\s*(\d{1,4})\s*")  # « : 14 », « = 14 », ou « 14 » (cellule seule)
_VALEUR_DITE = re.compile(r"\s*[:=]\s*\d{1,4}\s*")  # « = 10 » : la valeur du libellé seul au-dessus
_LIBELLE_PUIS_VALEUR = re.compile(rf"\s*({_LIBELLE})\s*:\s*(\d{{1,4}})\s*", re.I)
_COLONNES_SUR_UNE_LIGNE = re.compile(
    rf"(?P<libelles>{_LIBELLE}(?:\s+{_LIBELLE}){{1,5}})\s*(?P<valeurs>(?::\s*\d{{1,4}}\s*){{2,6}})",
    re.I,
)
_UN_LIBELLE = re.compile(_LIBELLE, re.I)
_UNE_VALEUR = re.compile(r"\d{1,4}")


def _en_ligne(trouve: re.Match[str]) -> str:
    libelles = _UN_LIBELLE.findall(trouve.group("libelles"))
    valeurs = _UNE_VALEUR.findall(trouve.group("valeurs"))
    if len(libelles) != len(valeurs):
        return trouve.group(0)
    return " ".join(f"{lib} : {v}" for lib, v in zip(libelles, valeurs, strict=True)) + " "


_VALEURS_PUIS_LIBELLES = re.compile(
    r"(?<![\d/])(?P<valeurs>(?:\d{1,4}\s+){1,5}\d{1,4}\s+)"
    r"(?P<nombre>nombre\s+de\s+(?:conseillers|membres|d[ée]l[ée]gu[ée]s)\s+)?"
    rf"(?P<libelles>{_LIBELLE}(?:\s+{_LIBELLE}){{1,5}})(?![\w:])",
    re.I,
)
_NOMBRE_SEUL = re.compile(r"\s*\d{1,4}\s*")
_COLONNES_MAX = 6


def _ecrire_valeurs(trouve: re.Match[str]) -> str:
    valeurs = trouve.group("valeurs").split()
    libelles = _UN_LIBELLE.findall(trouve.group("libelles"))
    if len(valeurs) != len(libelles):
        return trouve.group(0)
    paires = " – ".join(f"{lib} : {v}" for lib, v in zip(libelles, valeurs, strict=True))
    return (trouve.group("nombre") or "") + paires


def valeurs_puis_libelles(texte: str) -> str:
    """La colonne des nombres aplatie avant celle de ses libellés (extrait d'un tableau) :

    >>> valeurs_puis_libelles("(ARIÈGE) 19 14 2 16 Nombre de Conseillers en exercice Présents "
    ...                       "Procurations Votants N° 2015 9 4")
    '(ARIÈGE) Nombre de Conseillers en exercice : 19 – Présents : 14 – Procurations : 2 – Votants : 16 N° 2015 9 4'

    Le texte ne change pas si le nombre de valeurs et de libellés diffère."""
    if _DEUX_NOMBRES.search(texte) is None:
        return texte  # (test rapide : la plupart des lignes n'ont pas deux nombres à la suite)
    return _VALEURS_PUIS_LIBELLES.sub(_ecrire_valeurs, texte)


_DEUX_NOMBRES = re.compile(r"\d\s+\d")


# « Nombre de membres : / Afférents au Conseil : / En exercice : / … » puis « 20 / 20 / 17 /
# 07/03/2018 … » : la colonne des libellés d'un tableau, puis celle de ses valeurs
_LIBELLE_OUVERT = re.compile(r"\s*[A-ZÀ-Ý][^:\d]{2,60}:\s*")
_VALEUR = r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,4})"
_VALEUR_DE_COLONNE = re.compile(rf"\s*{_VALEUR}\s*")
# « … : 24 24 21 05/11/2019 » : un deux-points suivi d'au moins deux valeurs
_DEUX_POINTS_PUIS_VALEURS = re.compile(rf":\s+(?P<valeurs>{_VALEUR}(?:\s+{_VALEUR}){{1,7}})(?![\d/])")
_EST_LIBELLE = re.compile(r"[A-ZÀ-Ý][^\d;]{1,60}")


_LIBELLE_NU = re.compile(
    r"en\s+exercice|pr[ée]sents?|votants?|absents?|excus[ée]s|pouvoirs?|procurations?|repr[ée]sent[ée]s",
    re.I,
)
_LIBELLES_NUS_PUIS_NOMBRES = re.compile(
    rf"(?<![\w:])(?P<libelles>(?:{_LIBELLE_NU.pattern})(?:\s+(?:{_LIBELLE_NU.pattern})){{1,5}})"
    r"\s+(?P<valeurs>\d{1,3}(?:\s+\d{1,3}){1,5})(?![\w/.:,-])",
    re.I,
)
_MOTS_LIBELLE_NU = ("xercice", "XERCICE", "otants", "OTANTS", "résents", "RÉSENTS", "resents", "RESENTS")


def _libelles_nus_ecrits(trouve: re.Match[str]) -> str:
    libelles = [t.group(0) for t in _LIBELLE_NU.finditer(trouve.group("libelles"))]
    valeurs = trouve.group("valeurs").split()
    if len(libelles) != len(valeurs):
        return trouve.group(0)  # autant de nombres que de libellés, sinon rien ne change
    return " ".join(f"{libelle} : {valeur}" for libelle, valeur in zip(libelles, valeurs, strict=True))


def libelles_nus_puis_nombres(texte: str) -> str:
    """Le cadre d'un registre aplati, libellés sans deux-points puis nombres : chaque nombre
    écrit après son libellé (autant de nombres que de libellés, sinon rien ne change).

    >>> libelles_nus_puis_nombres("Nombre de conseillers En exercice Présents Votants 6 4 5 Séance")
    'Nombre de conseillers En exercice : 6 Présents : 4 Votants : 5 Séance'
    >>> libelles_nus_puis_nombres("Présents Votants 6 4 5")
    'Présents Votants 6 4 5'
    """
    return _LIBELLES_NUS_PUIS_NOMBRES.sub(_libelles_nus_ecrits, texte)


def _apparier(libelles: list[str], valeurs: list[str]) -> list[str] | None:
    """Les derniers libellés reçoivent les valeurs dans l'ordre ; les premiers (au plus deux
    de plus, « Nombre de membres : ») sont des titres de la colonne, laissés tels quels."""
    titres = len(libelles) - len(valeurs)
    if len(valeurs) < 2 or not 0 <= titres <= 2:
        return None
    return libelles[:titres] + [
        f"{lib} {v}" for lib, v in zip(libelles[titres:], valeurs, strict=True)
    ]


def _libelle_ouvert(texte: str) -> bool:
    return texte.rstrip().endswith(":") and _LIBELLE_OUVERT.fullmatch(texte) is not None


def _libelle_puis_sa_valeur(lignes: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """« Conseillers en exercice : » puis, après des lignes vides, « 7 » seul : « Conseillers en
    exercice : 7 » (la valeur d'une cellule renvoyée à la ligne) ; le reste tel quel."""
    resultat: list[tuple[int, str]] = []
    suivie = -1  # le rang de la valeur déjà reprise par son libellé
    for i, (numero, texte) in enumerate(lignes):
        if i == suivie:
            continue
        if texte.rstrip().endswith(":") and _libelle_ouvert(texte):
            j = next((k for k in range(i + 1, min(i + 4, len(lignes))) if lignes[k][1].strip()), None)
            apres = next((t for _, t in lignes[(j or i) + 1 : (j or i) + 4] if t.strip()), "")
            # (seul : pas une colonne de valeurs, qui suit une colonne d'intitulés)
            if j is not None and _NOMBRE_SEUL.fullmatch(lignes[j][1]) and not _NOMBRE_SEUL.fullmatch(apres):
                resultat.append((numero, f"{texte.rstrip()} {lignes[j][1].strip()}"))
                suivie = j
                continue
        resultat.append((numero, texte))
    return resultat


def _libelles_puis_valeurs_en_colonne(lignes: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Au moins trois libellés seuls sur leurs lignes (« En exercice : ») puis leurs valeurs
    seules sur les suivantes : chaque libellé réécrit avec sa valeur (« En exercice : 20 »).

    Une suite de libellés est lue une fois (temps linéaire) : les valeurs vont aux derniers
    libellés, les deux qui les précèdent au plus sont des titres de colonne."""
    resultat: list[tuple[int, str]] = []
    i = 0
    while i < len(lignes):
        if not lignes[i][1].rstrip().endswith(":"):
            resultat.append(lignes[i])  # le cas courant : pas un libellé (sans « : » final)
            i += 1
            continue
        j = i
        while j < len(lignes) and _libelle_ouvert(lignes[j][1]):
            j += 1
        if j - i < 3:  # pas de colonne de libellés ici
            resultat.append(lignes[i])
            i += 1
            continue
        k = j
        while k < len(lignes) and _VALEUR_DE_COLONNE.fullmatch(lignes[k][1]):
            k += 1
        debut = max(i, j - (k - j) - 2)  # le premier libellé qui peut ouvrir la colonne
        ecrit = (
            _apparier([t.strip() for _, t in lignes[debut:j]], [t.strip() for _, t in lignes[j:k]])
            if j - debut >= 3
            else None
        )
        if ecrit is None:  # aucun début de la suite n'apparie : libellés gardés tels quels
            resultat.extend(lignes[i:j])
            i = j
            continue
        resultat.extend(lignes[i:debut])
        resultat.extend((n, t) for (n, _), t in zip(lignes[debut:j], ecrit, strict=True))
        i = k
    return resultat


# Un intitulé qui n'attend qu'une valeur : une personne, une date, un nombre (pas une liste)
_INTITULE_PERSONNE = re.compile(r"\s*(?:Pr[ée]sident(?:e)?|Secr[ée]taire(?:\s+de\s+s[ée]ance)?)\s*:\s*", re.I)
_INTITULE_DATE = re.compile(r"\s*Date\s+(?:de\s+(?:la\s+)?)?convocation\s*:\s*", re.I)
_INTITULE_NOMBRE = re.compile(
    r"\s*(?:Nombre\s+de\s+[^:\d]{3,50}|(?:Conseillers|Membres|D[ée]l[ée]gu[ée]s)\s+en\s+exercice"
    r"|En\s+exercice|Pr[ée]sents|Votants|Pouvoirs|Procurations|Absents)\s*:\s*",
    re.I,
)
_VALEUR_PERSONNE = re.compile(r"\s*(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+[^:\d]{3,40}")
_DATE_SEULE = re.compile(r"\s*(?:\w+\s+)?\d{1,2}(?:er)?(?:\s+[^\W\d]+\s+|/\d{1,2}/)\d{4}\s*")


def _va_avec(libelle: str, valeur: str) -> bool:
    """La valeur seule est de la sorte qu'attend l'intitulé (personne, date, nombre)."""
    if _INTITULE_PERSONNE.fullmatch(libelle):
        return _VALEUR_PERSONNE.fullmatch(valeur) is not None
    if _INTITULE_DATE.fullmatch(libelle):
        return _DATE_SEULE.fullmatch(valeur) is not None
    return _INTITULE_NOMBRE.fullmatch(libelle) is not None and valeur.strip().isdigit()


def _intitules_puis_valeurs(lignes: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Deux intitulés ou plus qui n'attendent qu'une valeur (« Président : », « Secrétaire
    de séance : », « Nombre de présents : »), seuls sur leurs lignes, puis autant de valeurs
    chacune de la sorte attendue (un cadre en deux colonnes lu colonne après colonne) :
    chaque intitulé réécrit avec sa valeur. Au moindre écart, rien n'est touché."""
    resultat: list[tuple[int, str]] = []
    i = 0
    while i < len(lignes):
        if not lignes[i][1].rstrip().endswith(":"):
            resultat.append(lignes[i])  # le cas courant : pas un intitulé
            i += 1
            continue
        j = i
        while j < len(lignes) and lignes[j][1].rstrip().endswith(":") and (
            _INTITULE_PERSONNE.fullmatch(lignes[j][1])
            or _INTITULE_DATE.fullmatch(lignes[j][1])
            or _INTITULE_NOMBRE.fullmatch(lignes[j][1])
        ):
            j += 1
        k = j + (j - i)
        if (
            j - i >= 2
            and k <= len(lignes)
            and (k == len(lignes) or not lignes[k][1].strip() or ":" in lignes[k][1])
            and all(_va_avec(lib, v) for (_, lib), (_, v) in zip(lignes[i:j], lignes[j:k], strict=True))
        ):
            resultat.extend(
                (n, f"{lib.strip()} {v.strip()}") for (n, lib), (_, v) in zip(lignes[i:j], lignes[j:k], strict=True)
            )
            i = k
            continue
        resultat.extend(lignes[i : max(j, i + 1)])
        i = max(j, i + 1)
    return resultat


def _deux_points_de_la_colonne(texte: str, dernier: int, debut: int) -> list[int]:
    """Les deux-points des libellés qui précèdent ``dernier`` (au plus huit), en remontant tant
    que le texte entre deux deux-points est un libellé (« En exercice »), dans l'ordre."""
    bornes = [dernier]
    while len(bornes) < 8:
        precedent = texte.rfind(":", max(debut, bornes[-1] - 64), bornes[-1])
        if precedent < 0 or not _EST_LIBELLE.fullmatch(texte[precedent + 1 : bornes[-1]].strip()):
            break
        bornes.append(precedent)
    return bornes[::-1]


def libelles_puis_valeurs(texte: str) -> str:
    """Dans un texte aplati, la colonne des libellés suivie de celle des valeurs : chaque
    valeur est écrite après le deux-points de son libellé (les derniers libellés reçoivent
    les valeurs ; au plus deux premiers, titres de la colonne, n'en reçoivent pas) :

    >>> libelles_puis_valeurs("Nombre de membres : En exercice : Ayant pris part à la "
    ...                       "délibération : Date de la Convocation : 24 21 05/11/2019 EXTRAIT")
    'Nombre de membres : En exercice : 24 Ayant pris part à la délibération : 21 Date de la Convocation : 05/11/2019 EXTRAIT'
    """
    morceaux: list[str] = []
    reprise = 0
    for trouve in _DEUX_POINTS_PUIS_VALEURS.finditer(texte):
        colonnes = _deux_points_de_la_colonne(texte, trouve.start(), reprise)
        valeurs = trouve.group("valeurs").split()
        titres = len(colonnes) - len(valeurs)
        if len(colonnes) < 3 or len(valeurs) < 2 or not 0 <= titres <= 2:
            continue
        for colon, valeur in zip(colonnes[titres:], valeurs, strict=True):
            morceaux.append(texte[reprise : colon + 1] + " " + valeur)
            reprise = colon + 1
        reprise = trouve.end()
    return "".join(morceaux) + texte[reprise:] if morceaux else texte


def _nombres_puis_libelles(lignes: list[Ligne], i: int) -> tuple[Ligne, int] | None:
    """Des nombres seuls sur leurs lignes puis autant de libellés (« 23 » / « 18 » / … /
    « Nombre de Conseillers en exercice » / « Présents » / …) : une ligne réécrite et l'indice
    qui suit."""
    j = i
    while j < len(lignes) and j - i < _COLONNES_MAX and _NOMBRE_SEUL.fullmatch(lignes[j].texte):
        j += 1
    n = j - i
    if n < 2 or j + n > len(lignes):
        return None
    texte = " ".join(ligne.texte.strip() for ligne in lignes[i : j + n])
    trouve = _VALEURS_PUIS_LIBELLES.fullmatch(texte)
    if trouve is None or (ecrit := _ecrire_valeurs(trouve)) == trouve.group(0):
        return None
    return attrs.evolve(lignes[i], texte=ecrit), j + n


def _decomptes_en_colonne(lignes: list[Ligne]) -> list[Ligne]:
    """Décomptes en deux colonnes aplaties : « En exercice Présents Votants : 15 : 13 : 14 »
    sur une ligne, ou les libellés sur des lignes puis les valeurs (« : 14 », « : 10 »…) sur
    les suivantes, réécrits « En exercice : 15 Présents : 13 Votants : 14 » quand le nombre
    de libellés et de valeurs est le même (sinon rien ne change)."""
    resultat: list[Ligne] = []
    i = 0
    while i < len(lignes):
        ligne = lignes[i]
        if _NOMBRE_SEUL.fullmatch(ligne.texte) and (lu := _nombres_puis_libelles(lignes, i)):
            resultat.append(lu[0])
            i = lu[1]
            continue
        # (les valeurs de l'expression ont chacune leur deux-points : deux au moins)
        if ligne.texte.count(":") >= 2 and _COLONNES_SUR_UNE_LIGNE.search(ligne.texte):
            texte = _COLONNES_SUR_UNE_LIGNE.sub(_en_ligne, ligne.texte)
            resultat.append(attrs.evolve(ligne, texte=texte))
            i += 1
            continue
        if not (
            commence_par_un(ligne.texte, _DEBUTS_LIBELLE, True) and _LIBELLE_SEUL.fullmatch(ligne.texte)
        ):
            resultat.append(ligne)  # le cas courant : ni nombres, ni libellé seul
            i += 1
            continue
        libelles: list[tuple[Ligne, str]] = []
        valeurs: list[str] = []
        j = i
        while j < len(lignes) and commence_par_un(lignes[j].texte, _DEBUTS_LIBELLE, True) and (
            _LIBELLE_SEUL.fullmatch(lignes[j].texte)
        ):
            libelles.append((lignes[j], lignes[j].texte.strip()))
            j += 1
        fin_libelles = max(j, i + 1)  # sans réécriture, la suite reprend après les libellés
        if libelles and j < len(lignes) and (fin := _LIBELLE_PUIS_VALEUR.fullmatch(lignes[j].texte)):
            libelles.append((lignes[j], fin.group(1)))  # le dernier libellé porte la 1re valeur
            valeurs.append(fin.group(2))
            j += 1
        while j < len(lignes) and len(valeurs) < len(libelles) and (
            v := _VALEUR_SEULE.fullmatch(lignes[j].texte)
        ):
            valeurs.append(v.group(1))
            j += 1
        if len(libelles) == 1 and len(valeurs) == 1 and _VALEUR_DITE.fullmatch(lignes[j - 1].texte):
            # « Présents » ⏎ « = 10 » : un libellé, puis sa valeur annoncée par « = » ou « : »
            resultat.append(attrs.evolve(libelles[0][0], texte=f"{libelles[0][1]} : {valeurs[0]}"))
            i = j
            continue
        if len(libelles) >= 2 and len(valeurs) == len(libelles):
            for (source, libelle), valeur in zip(libelles, valeurs, strict=True):
                resultat.append(attrs.evolve(source, texte=f"{libelle} : {valeur}"))
            i = j
            continue
        resultat.extend(lignes[i:fin_libelles])
        i = fin_libelles
    return resultat


# « • 1. Conseil Municipal01:40 » : un chapitre du lecteur audio d'une page web (un titre collé à
# sa durée), pas un point de l'ordre du jour
_CHAPITRE_DE_LECTEUR = re.compile(r"(?:[-–•·▶►]\s*)?\d{1,3}\.\s+[^:]{2,80}?\S\d{1,2}:\d{2}(?::\d{2})?")


def _preparer_ligne(
    prep: Preparation, numero: int, decalage: int, ligne: str, repetees: set[str]
) -> None:
    """Range une ligne (ou un morceau de longue ligne) : utile, tampon, ou bord de page."""
    propre = ligne.strip()
    cle = cle_texte(propre)
    if not propre:
        prep.lignes.append(Ligne(numero, ""))
        return
    tampon = _UN_DES_TAMPONS.match(cle) is not None  # (une recherche au lieu de sept)
    if tampon and _PAGE.match(cle):
        prep.retirees.append((numero, propre, "numéro de page"))
        return
    if tampon and _ENVOI.match(cle):
        prep.date_envoi = trouver_date(propre)
        prep.retirees.append((numero, propre, "tampon de transmission"))
        return
    if tampon and _RECU.match(cle):
        prep.date_reception = trouver_date(propre)
        prep.retirees.append((numero, propre, "tampon de transmission"))
        return
    if tampon and _PUBLIE.match(cle):
        prep.date_publication = trouver_date(propre)
        prep.retirees.append((numero, propre, "tampon de publication"))
        return
    if tampon and _ACCUSE.match(cle):
        prep.retirees.append((numero, propre, "tampon de transmission"))
        return
    if tampon and (_TELETRANSMISSION.match(cle) or _RECEPTION.match(cle)):
        if _RECEPTION.match(cle):
            prep.date_reception = trouver_date(propre)
        else:
            prep.date_envoi = trouver_date(propre)
        prep.retirees.append((numero, propre, "tampon de transmission"))
        return
    trouve = (_ID.match(propre) or _ID_SEUL.match(propre)) if contient_un(propre, _MOTS_ID) else None
    if trouve:
        prep.identifiant_actes = trouve.group(1)[:-2] + trouve.group(1)[-2:].upper()
        prep.retirees.append((numero, propre, "identifiant de transmission"))
        return
    if cle in repetees:
        prep.retirees.append((numero, propre, "en-tête ou pied de page répété"))
        return
    if propre[-3:-2] == ":" and _CHAPITRE_DE_LECTEUR.fullmatch(propre):
        prep.retirees.append((numero, propre, "chapitre d'un lecteur audio ou vidéo"))
        return
    prep.lignes.append(Ligne(numero, ligne, decalage))
