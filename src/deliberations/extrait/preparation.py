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
import re
from collections import Counter

import attrs

from deliberations.extrait.dates import trouver_date
from deliberations.extrait.normalisation import decoller, normaliser, numeros_de_page, segmenter
from deliberations.texte import cle_texte

__all__ = ["Ligne", "Preparation", "entete_repete", "preparer"]

_PAGE = re.compile(r"^(?:page\s*\d+\s*(?:/|sur)\s*\d+|page\s*\d+|-\s*\d+\s*-|\d+\s*/\s*\d+)$", re.I)
_ENVOI = re.compile(r"^envoye en prefecture le\b", re.I)
_RECU = re.compile(r"^recu en prefecture le\b", re.I)
_PUBLIE = re.compile(r"^(?:publie|affiche) le\b", re.I)
_ID = re.compile(r"^id\s*:\s*(\d{2}[\dAB]-\d{9}-\d{8}-[A-Za-z0-9_]{1,15}-[A-Z]{2})\s*$", re.I)
_GRAS = re.compile(r"\*\*|__")


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


def _bords_repetes(pages: list[str]) -> set[str]:
    """Lignes qui reviennent en haut ou en bas d'au moins deux pages (en-têtes, pieds)."""
    if len(pages) < 2:
        return set()
    compte: Counter[str] = Counter()
    for page in pages:
        utiles = [cle_texte(x) for x in page.split("\n") if x.strip()]
        compte.update(set(utiles[:2] + utiles[-2:]))
    return {cle for cle, n in compte.items() if n >= 2 and len(cle) <= 120}


_MOTS_EN_TETE = 12  # un en-tête de page répété tient en une douzaine de mots
_MOT = re.compile(r"\S+")


def entete_repete(ligne: str) -> str | None:
    """Dans une ligne aplatie, les mots qui suivent chacun des numéros de page « Page k/N »
    (deux au moins) et sont les mêmes partout : l'en-tête de page répété dans le flux.

    >>> entete_repete("Page 1/2 Service X Séance du 2 mai Texte Page 2/2 Service X Fin")
    'Service X'
    """
    marques = numeros_de_page(ligne)
    if len(marques) < 2:
        return None
    suites = [_MOT.findall(ligne, m.end(), m.end() + 300)[:_MOTS_EN_TETE] for m in marques]
    communs: list[str] = []
    for mots in zip(*suites, strict=False):
        if any(mot != mots[0] for mot in mots):
            break
        communs.append(mots[0])
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


def preparer(texte: str) -> Preparation:
    """Normalise le texte, découpe les longues lignes aux intitulés, retire tampons, numéros
    de page et en-têtes répétés."""
    texte = normaliser(texte.replace("\r\n", "\n").replace("\r", "\n"))
    repetees = _bords_repetes(texte.split("\f"))
    brutes = texte.replace("\f", "\n").split("\n")
    prep = Preparation(lignes=[], aplati=any(len(b) > 1000 for b in brutes))
    for numero, brute in enumerate(brutes, start=1):
        if len(brute) > 1000 and "age" in brute:
            brute = _sans_entete_repete(prep, numero, brute)
        if len(brute) > 1000:
            brute = decoller(brute)
        for decalage, morceau in segmenter(_GRAS.sub("", brute).rstrip()):
            _preparer_ligne(prep, numero, decalage, morceau, repetees)
    prep.lignes = _decomptes_en_colonne(prep.lignes)
    return prep


_LIBELLE = (
    r"(?:en\s+exercice|pr[ée]sents?|votants?|absents?|excus[ée]s?|pouvoirs?|procurations?|"
    r"exprim[ée]s|repr[ée]sent[ée]s?)"
)
_LIBELLE_SEUL = re.compile(rf"\s*{_LIBELLE}\s*", re.I)
_VALEUR_SEULE = re.compile(r"\s*:\s*(\d{1,4})\s*")
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


def _decomptes_en_colonne(lignes: list[Ligne]) -> list[Ligne]:
    """Décomptes en deux colonnes aplaties : « En exercice Présents Votants : 15 : 13 : 14 »
    sur une ligne, ou les libellés sur des lignes puis les valeurs (« : 14 », « : 10 »…) sur
    les suivantes, réécrits « En exercice : 15 Présents : 13 Votants : 14 » quand le nombre
    de libellés et de valeurs est le même (sinon rien ne change)."""
    resultat: list[Ligne] = []
    i = 0
    while i < len(lignes):
        ligne = lignes[i]
        if ":" in ligne.texte and _COLONNES_SUR_UNE_LIGNE.search(ligne.texte):
            texte = _COLONNES_SUR_UNE_LIGNE.sub(_en_ligne, ligne.texte)
            resultat.append(attrs.evolve(ligne, texte=texte))
            i += 1
            continue
        libelles: list[tuple[Ligne, str]] = []
        valeurs: list[str] = []
        j = i
        while j < len(lignes) and _LIBELLE_SEUL.fullmatch(lignes[j].texte):
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
        if len(libelles) >= 2 and len(valeurs) == len(libelles):
            for (source, libelle), valeur in zip(libelles, valeurs, strict=True):
                resultat.append(attrs.evolve(source, texte=f"{libelle} : {valeur}"))
            i = j
            continue
        resultat.extend(lignes[i:fin_libelles])
        i = fin_libelles
    return resultat


def _preparer_ligne(
    prep: Preparation, numero: int, decalage: int, ligne: str, repetees: set[str]
) -> None:
    """Range une ligne (ou un morceau de longue ligne) : utile, tampon, ou bord de page."""
    propre = ligne.strip()
    cle = cle_texte(propre)
    if not propre:
        prep.lignes.append(Ligne(numero, ""))
        return
    if _PAGE.match(cle):
        prep.retirees.append((numero, propre, "numéro de page"))
        return
    if _ENVOI.match(cle):
        prep.date_envoi = trouver_date(propre)
        prep.retirees.append((numero, propre, "tampon de transmission"))
        return
    if _RECU.match(cle):
        prep.date_reception = trouver_date(propre)
        prep.retirees.append((numero, propre, "tampon de transmission"))
        return
    if _PUBLIE.match(cle):
        prep.date_publication = trouver_date(propre)
        prep.retirees.append((numero, propre, "tampon de publication"))
        return
    trouve = _ID.match(propre)
    if trouve:
        prep.identifiant_actes = trouve.group(1).upper()
        prep.retirees.append((numero, propre, "identifiant de transmission"))
        return
    if cle in repetees:
        prep.retirees.append((numero, propre, "en-tête ou pied de page répété"))
        return
    prep.lignes.append(Ligne(numero, ligne, decalage))
