"""Normalisation du texte et découpage des longues lignes aux intitulés.

Les textes copiés d'une page web ou d'un PDF portent des caractères de mise en forme :
apostrophes typographiques, espaces insécables ou fines, puces (````, ``•``, ``▪``),
ligatures (``ﬁ``), traits d'union conditionnels, appels de note collés aux mots. Ils sont
ramenés à une forme simple, sans changer le sens.

Un document aplati (une seule ligne de milliers de caractères) est découpé devant les
intitulés connus (« Présents : », « Pouvoirs : », « Objet : »…) et devant les phrases qui
ouvrent une partie (« L'an deux mil… », « Après en avoir délibéré »), puis en morceaux de
taille bornée : chaque reconnaisseur travaille sur un morceau court, ce qui garde la
lecture linéaire en la taille du texte.

>>> normaliser("L’an deux mille seize,\\u00a0le deux novembre")
"L'an deux mille seize, le deux novembre"
>>> normaliser("\\uf0b7 M. Paul VIDAL donne pouvoir à Mme Iris ROUX")
'- M. Paul VIDAL donne pouvoir à Mme Iris ROUX'
>>> [m for _, m in segmenter("Présents : A, B. Absents excusés : C. Pouvoirs : D à A")]
['Présents : A, B.', 'Absents excusés : C.', 'Pouvoirs : D à A']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from importlib import resources

from deliberations.extrait.prefiltres import avec_garde, contient_un, mots_requis
from deliberations.texte import base_meme_longueur, minuscules_meme_longueur, sans_accents

__all__ = [
    "INTITULE_NOMS_BARRES",
    "MORCEAU_MAX",
    "PAGE_FLUX",
    "normaliser",
    "numeros_de_page",
    "segmenter",
]

# L'intitulé de la ligne où la lecture d'une page web rapporte les noms barrés (« Présents : A,
# <s>B</s>, C » : B n'est pas présent) ; l'analyse s'en sert pour compléter les initiales
INTITULE_NOMS_BARRES = "Noms barrés dans la page (non repris) :"
MORCEAU_MAX = 600
"""Longueur maximale d'un morceau de ligne confié aux reconnaisseurs (en caractères)."""

_REMPLACEMENTS = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "´": "'",
        "`": "'",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2004": " ",
        "\u2005": " ",
        "\u2006": " ",
        "\u2008": " ",
        "\u3000": " ",
        "\u00ad": "",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u2010": "-",
        "\u2014": "\u2013",
        "\u2011": "-",
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "º": "°",  # « Nº 2024-31 » : l'indicateur ordinal pris pour le degré
        "№": "N°",
        "¹": "",
        "²": "",
        "³": "",
        "\u000b": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
    }
)
# « • • • M. X » (puces répétées d'une page web) : une seule puce ; « Ø M. X », « o Pour : 18 »
# (puces de Word copiées d'un PDF sans leur police : la flèche en « Ø », le cercle en « o »)
_PUCES = re.compile(r"(?m)^[ \t]*(?:[\uf0b7\uf0a7\uf0d8\uf076\uf0fc•▪◦●■□➢➤►✓✔◆◊○·Ø][ \t]*)+")
_PUCE_O = re.compile(r"(?m)^[ \t]*[o*] (?=[A-ZÀ-Ý])")  # (et « * M. X » d'une page web)
# « M.PAVIE », « M.Fouché » : la civilité collée au nom (pas « M.-C. », une initiale)
# (« M. » d'abord, ce qui le précède ensuite : la recherche saute aux « M. »)
# (« Présents:MM.HUMBERT Jean-Marc » : la civilité de groupe d'une page OCRisée aussi)
# (pas l'initiale collée au prénom après un NOM : « DECOCK M.Thérèse », pour Marie-Thérèse)
_CIVILITE_COLLEE = re.compile(
    r"(?:MM\.(?<![\w.]MM\.)|M\.(?<![\w.]M\.)(?<![A-ZÀ-Ý]{2}\sM\.))(?=[A-ZÀ-Ý][A-Za-zÀ-ÿ]{2})"
)
# « Melle Iris VIDAL » : l'abréviation courante de Mademoiselle, écrite « Mlle »
_MELLE = re.compile(r"\bMelle\b\.?(?=\s+[A-ZÀ-Ý])")
# « M Paul ROUX », « M ROUX », « Mr Paul ROUX », « MR ROUX » : la civilité sans point, ou à
# l'anglaise, et « mr » en minuscules d'une page tapée vite, écrite « M. » (devant un prénom suivi d'un NOM, une initiale ou un NOM)
_MONSIEUR_ABREGE = re.compile(
    r"(?:M(?:r\.?|R\.?)?|(?<![\w.])mr\.?) "
    r"(?=[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)? [A-ZÀ-Ý]{2}|[A-ZÀ-Ý]\.\s|[A-ZÀ-Ý]{2,}(?![a-zà-ÿ]))"
)
# (« � » entre deux blancs : une puce d'une police de symboles que la copie n'a pas su rendre ;
# dans un mot, la lettre perdue reste telle quelle)
_PUCES_FLUX = re.compile(r"[ \t][\uf0b7\uf0a7\uf0d8\uf076\uf0fc•▪◦●■□➢➤►✓✔◆◊\ufffd][ \t]")
# « Présents : * M. Paul ROUX * Mme Anne PETIT » (liste à astérisques aplatie) : l'astérisque
# devant une civilité seulement (ailleurs, un renvoi de note)
# (et après un point, devant un intitulé : « … KLEIN B. * Etaient excusés : »)
_ASTERISQUE_FLUX = re.compile(
    r"[ \t]\*[ \t](?=(?:M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame)\s)|(?<=\.)[ \t]\*[ \t](?=[A-ZÉÈ][a-zéè]+\s)"
)
# (le chiffre d'abord, les lettres qui le précèdent ensuite : la recherche saute aux chiffres)
_NOTE_COLLEE = re.compile(r"\d(?<=[a-zéèêàùûôîç]{3}\d)(?=[ \t]*[:;,])")
# Deux espaces exactement (« M.  Jean  DUPONT ») : une seule ; trois et plus séparent peut-être
# des colonnes (copie de ``pdftotext -layout``) et restent.
_DEUX_ESPACES = re.compile(r"(?<=[^ \n])  (?=[^ \n])")
# « Jean- Luc », « VERGNE- DUCROS » : trait d'union suivi d'une espace par la césure d'un PDF
# (pas devant une civilité : « Mme PERRIN- M. GIRARDET » sépare deux personnes)
# (ni entre un prénom et un NOM en capitales : « VIDAL Marc- TESSIER Luc » sépare deux personnes,
# l'espace devant le tiret perdue)
# (ni entre un NOM en capitales et « Prénom NOM » : « Yves RIOU- Luc PERON », deux personnes)
_TRAIT_COUPE = re.compile(
    r"-(?<=[A-Za-zÀ-ÿ]-) (?=[A-ZÀ-Ý])(?!(?:M\.|Mme|Mlle|Mr|MM\.|Mmes|Monsieur|Madame)\s)"
    r"(?!(?<=[a-zà-ÿ]- )[A-ZÀ-Ý]{2})"
    r"(?!(?<=[A-ZÀ-Ý]{2}- )[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý]{2})"
)
# (gardée : la coupure est devant le mot, regardé en avant)
_ARTICLE_COLLE = avec_garde("CVpPM", re.compile(
    r"(?:(?<=\sla)|(?<=\sle)|(?<=\sde)|(?<=\sdu)|(?<=\sles)|(?<=\sdes)|(?<=\ssous)|(?<=\spar))"
    r"(?=(?:Commune|COMMUNE|Ville|VILLE|Communaut[ée]|pr[ée]sidence|Pr[ée]sidence|Conseil|Mairie)\b)"
))
_EXCUSES_NOMBRE_AYANT_DONNE = re.compile(
    r"(?P<tete>Excus[ée]s|EXCUS[ÉE]S)\s*:\s*(?P<n>\d{1,3})\s*\(?\s*"
    r"(?P<suite>ayant\s+donn[ée]\s+(?:procuration|pouvoir)s?)\s*:"
)


def _excuses_nombre_ayant_donne(texte: str) -> str:
    """« Excusés : 8(ayant donné procuration : A à B, C à D). » : « Excusés : 8 Excusés ayant
    donné procuration : A à B, C à D. » (la parenthèse ouverte devant l'intitulé est fermée
    après la liste : les deux ôtées ensemble)."""
    morceaux, debut = [], 0
    for trouve in _EXCUSES_NOMBRE_AYANT_DONNE.finditer(texte):
        if trouve.start() < debut:
            continue
        morceaux.append(texte[debut : trouve.start()])
        morceaux.append(f"{trouve['tete']} : {trouve['n']} {trouve['tete']} {trouve['suite']} :")
        debut = trouve.end()
        if "(" in trouve.group(0):
            fermante = texte.find(")", debut, debut + 2000)
            if fermante >= 0 and "(" not in texte[debut:fermante]:
                morceaux.append(texte[debut:fermante])
                debut = fermante + 1
    return "".join(morceaux) + texte[debut:]


_ETAIENT_VIRGULE_CIVILITES = re.compile(
    r"((?:[EÉ]taient|[EÉ]TAIENT)\s+(?:pr[ée]sente?s|repr[ée]sent[ée]e?s|absente?s|excus[ée]e?s))\s*,\s*"
    # (le deux-points ôté devant la liste par la lecture des civilités en rubrique)
    r"(?:Mesdames(?:\s+et\s+Messieurs)?|Messieurs(?:\s+et\s+Mesdames)?)\s*:?(?=\s*[A-ZÉÈ])"
)
_ASTERISQUE_APRES_NOM = re.compile(r"(?<=[A-ZÉÈ]{2})\*{1,3}(?=[\s,.;]|$)")
_ETAIENT_SANS_DEUX_POINTS_DEVANT_UN_NOM = re.compile(
    r"(?P<intitule>(?:[ÉE]taient|[ÉE]tait)\s+(?:pr[ée]sente?s?|absente?s?|excus[ée]e?s?|repr[ée]sent[ée]e?s?)"
    r"(?:\s+(?:et|ou)\s+(?:pr[ée]sente?s?|absente?s?|excus[ée]e?s?|repr[ée]sent[ée]e?s?))?)"
    r"[ \t]+(?=(?:M\.|Mme|MM\.|Mmes|Monsieur|Madame)\s|[A-ZÉÈ][a-zéèëïç]+(?:-[A-ZÉÈ][a-zéèëïç]+)?[ \t]+[A-ZÉÈ]{2})"
)
_SUPPLEANT_DE_PUIS_UN_AUTRE = re.compile(
    r"(?<=[A-ZÉÈ]{2})[ \t]+(?=[A-ZÉÈ][a-zéèëïç]+(?:-[A-ZÉÈ][a-zéèëïç]+)?[ \t]+[A-ZÉÈ]{2}[A-ZÉÈ'’\-]*[ \t]+"
    r"suppl[ée]ante?[ \t]+(?:de|du)\b)"
)
INTITULE_PRESENTS_APRES_LE_PRESIDENT = "Présents (nommés après le président) :"
"""Intitulé posé devant les membres nommés après le président, sans intitulé dans le document."""
_MEMBRES_APRES_LE_PRESIDENT = re.compile(
    r"(\bsous\s+la\s+pr[ée]sidence\s+de\s+(?:M\.|Mme|Monsieur|Madame)\s+[^,;:]{3,60},\s*Pr[ée]sidente?\s*,)"
    r"(?=\s+[A-ZÉÈ][a-zéèëïç]+(?:-[A-ZÉÈ][a-zéèëïç]+)?\s+[A-ZÉÈ]{2}[^;:]{0,600}?\s[-–]?\s*Vice-\s?pr[ée]sidente?s\b)"
)
# « 30 M AI 2013 », « 28 M ARS 2019 » (la capitale d'un mois détachée par la copie d'un PDF)
_MOIS_COUPE = re.compile(r"(?<=\d\s)([A-ZÉÛ])\s([A-ZÉÛ]{2,8})(?=\s+(?:19|20)\d\d\b)")
_MOIS_EN_CAPITALES = frozenset(
    ("JANVIER", "FEVRIER", "FÉVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOUT", "AOÛT", "SEPTEMBRE",
     "OCTOBRE", "NOVEMBRE", "DECEMBRE", "DÉCEMBRE")
)  # fmt: skip


def _mois_recolle(trouve: re.Match[str]) -> str:
    mois = trouve.group(1) + trouve.group(2)
    return mois if mois in _MOIS_EN_CAPITALES else trouve.group(0)


_POUR_LA_SEANCE = re.compile(r"\b((?:pouvoir|procuration)s?)\s+pour\s+(?:toute\s+)?la\s+s[ée]ance\s+(?=(?:à|a)\s)")
_PAGE_AVANT_UN_POINT_ROMAIN = re.compile(r"(?m)^[ \t]*\d{1,3}[ \t]+(?=[IVX]{1,5}[ \t]*[-–][ \t]+[A-ZÉÈ]{3})")
_PAR_POUVOIR_EN_DATE = re.compile(r"\s+par\s+(?:pouvoir|procuration)\s+en\s+date\s+du\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")
_COLONNES_MANDANTS_MANDATAIRES = re.compile(r"NOMS?\s+DES\s+MANDANTS\s+(?:A|À)\s+NOMS?\s+DES\s+MANDATAIRES\s*:?")
# (les premiers éléments des prénoms composés courants)
_PRENOM_COMPOSE_DECOLLE = re.compile(
    r"\b(Jean|Marie|Anne|Pierre|Paul|Louis|Jacques|Claude|Michel|Charles|Yves|Luc|Rose|Marc)"
    r" -(?=(?:[A-ZÉÈ][a-zéèëïç]+)\s+[A-ZÉÈ]{2})"
)
_SUPPLEANT_ABREGE = re.compile(r"\((?:sup|supp|suppl|suppt)\.?\)", re.I)
_TIRET_COLLE_AVANT_UNE_COMMUNE = re.compile(
    r"(?<=[A-ZÉÈ]{2})-[ \t]+(?=[A-ZÉÈ][\w'’\- ]{1,40}?[ \t]:[ \t]+(?:M\.|Mme|MM\.|Monsieur|Madame)\s)"
)
_PRESENTS_N_SUR_M = re.compile(
    r"(?P<intitule>(?:[ÉE]taient|[ÉE]TAIENT)\s+(?:pr[ée]sents|PR[ÉE]SENTS))\s+(?P<presents>\d{1,3})\s+"
    r"(?:conseillers|membres|d[ée]l[ée]gu[ée]s)\s+sur\s+(?P<exercice>\d{1,3})\s*:",
    re.I,
)
_DOUBLE_BARRE_ENTRE_DEUX = re.compile(r"(?<=[\w.)])[ \t]+\|\|[ \t]+(?=[\w(])")
_QUITTE_ET_DONNE_POUVOIR = re.compile(
    r"\(\s*(?:quitte|a\s+quitt[ée])\s+la\s+(?:salle|s[ée]ance)\s+(?:à\s+)?(?P<heure>\d{1,2}\s*h\s*\d{0,2})\s+"
    r"et\s+(?:donne|a\s+donn[ée])\s+(?P<pouvoir>pouvoir|procuration)\s+à\s+"
)
_MM_POINT_AU_MILIEU = re.compile(r"(?<![\w.])M\.M\s(?=[A-ZÉÈ])")
_TIRET_POUVOIR_MAJUSCULE = re.compile(r"(?<=[)\w]\s[–-]\s)(?:Pouvoir|Procuration)(?=\s+(?:à|a)\s)")
_INTITULE_CAPITALES_SANS_DEUX_POINTS = re.compile(
    # (sur la même ligne : « PRESENTS ABSENTS » en tête de deux colonnes n'en est pas un)
    r"(?<=[ \t,.;])(?P<intitule>PR[ÉE]SENTS|PROCURATIONS|POUVOIRS|ABSENTS(?:[ \t]+EXCUS[ÉE]S)?|EXCUS[ÉE]S"
    r"|AVAIENT[ \t]+DONN[ÉE][ \t]+(?:PROCURATION|POUVOIR)S?)[ \t]+"
    r"(?!(?:ET|OU|A|À|AU|AUX|DU|DE|DES|LORS|SANS|AYANT|NON|AVEC|PAR|LE|LA|LES|EN|REPR[ÉE]SENT[ÉE]S|EXCUS[ÉE]S"
    r"|DONN[ÉE]ES?|RE[ÇC]U(?:E|S|ES)?|[ÉE]CRITES?|PR[ÉE]SENTS|ABSENTS|PROCURATIONS|POUVOIRS)\b)"
    # (« ABSENTS / SECRETAIRE : » : la barre dit une liste vide)
    r"(?=(?:M\.|Mme|MM\.|Monsieur|Madame)[ \t]|[A-ZÉÈ][A-Za-zÉÈÀÂÎÔÛÇéèêëàâîïôûç'’\-]+[ \t]+[A-ZÉÈ]|/[ \t])"
)
# un intitulé de liste en capitales (éventuellement suivi du rang « Délégués titulaires »),
# puis « - » et un NOM en capitales
_INTITULE_PUIS_TIRET = re.compile(
    r"(?<![^\s])(?P<tete>PR[ÉE]SENTS|ABSENTS(?:\s+(?:EXCUS[ÉE]S|NON\s+SUPPL[ÉE]{2}S|NON\s+REPR[ÉE]SENT[ÉE]S))?"
    r"|EXCUS[ÉE]S|POUVOIRS|PROCURATIONS|SECR[ÉE]TAIRE\s+DE\s+S[ÉE]ANCE)?"
    r"(?:(?(tete)\s+)(?P<rang>D[ée]l[ée]gu[ée]s\s+(?:titulaires|suppl[ée]ants)))?"
    r"(?(tete)|(?(rang)|(?!)))\s+-\s+(?=[A-ZÉÈ]{2})"
)


def _intitule_a_deux_points(trouve: re.Match[str]) -> str:
    """« PRÉSENTS Délégués titulaires - » : « PRÉSENTS : Délégués titulaires : »."""
    intitules = [i for i in (trouve["tete"], trouve["rang"]) if i]
    return " : ".join(intitules) + " : "


_ORNEMENT = re.compile(r"-*(?:o[O0]o-*)+")
_BLANC_AVANT_REMPLACE = re.compile(r"[ \t]{2,}(?=(?:excus[ée]e?\s+et\s+)?remplac[ée]e?\s+par\b)|(?<=\bpar)[ \t]{2,}")
_ETOILES = re.compile(r"(?<=\S)[ \t]+\*{3,}[ \t]+(?=\S)")  # (entre deux mots : pas un filet seul)
# (le tiret d'abord : recherche rapide ; « MARTIN P.- ROCHE » : après une initiale aussi)
_TIRET_COLLE_AU_PRENOM = re.compile(r"-(?<=[a-zà-ÿ.]-) (?=[A-ZÀ-Ý]{2})")
# L'écriture inclusive ramenée au masculin, pour que intitulés et phrases se lisent comme les
# autres : « Absent(s/es) excusé(s/es) : », « A été nommé(e) secrétaire », « conseiller·ère·s en
# exercice », « votant(e)s : 3 », « des élus présent(e)s au bureau » ; les intitulés de liste au
# pluriel inclusif, à majuscule (« Présent(e)s », « Excusé·e·s »), gardent leur forme « (e)s », qui
# les dit intitulés même sans deux-points
# (la marque d'abord, le mot qui la précède ensuite : la recherche saute aux parenthèses et
# aux points médians au lieu d'essayer chaque mot)
# (deux expressions : une parenthèse littérale en tête est trouvée par un saut direct)
_INCLUSIF_PARENTHESE = re.compile(
    r"\((?P<p>(?i:s/es|es/s|s/e/es|es|s|e))\)(?P<s>(?i:s)\b)?(?P<compte>\s*:\s*\d)?"
)
_INCLUSIF_POINT = re.compile(
    r"[·⋅](?P<p>)(?:e|ère|euse|rice|ne|le|te)(?=[·⋅]?s\b|\b)(?P<s>[·⋅]?s\b)?(?P<compte>\s*:\s*\d)?"
)
# La marque inclusive à la fin d'un mot d'objet (« adjoint·e », « référent·e·s ») : cherchée dans
# le texte d'origine, après chaque mot de l'objet lu (ramené au masculin par la normalisation)
_MARQUE_INCLUSIVE = r"(?:[·⋅](?:e|ère|euse|rice|ne|le|te)(?:[·⋅]?s)?)?"
_MOT_OU_AUTRE = re.compile(r"[^\W\d_]+|['’]|\s+|.", re.S)


def objet_tel_qu_ecrit(objet: str, origine: str) -> str:
    """L'objet ``objet`` (lu dans le texte normalisé, l'écriture inclusive ramenée au masculin)
    tel que le texte d'origine l'écrit, ses marques inclusives rendues ; ``objet`` lui-même si
    le texte n'en a pas, ou si l'objet ne s'y retrouve pas.

    >>> objet_tel_qu_ecrit("Désignation d'un référent", "4. Désignation d’un·e référent·e")
    "Désignation d'un·e référent·e"
    """
    if ("·" not in origine and "⋅" not in origine) or not objet or len(objet) > 600:
        return objet
    morceaux = []
    for jeton in _MOT_OU_AUTRE.findall(objet):
        if jeton.isspace():
            morceaux.append(r"\s+")
        elif jeton in "'’":
            morceaux.append("['’]")
        elif jeton[:1].isalpha():
            morceaux.append(re.escape(jeton) + _MARQUE_INCLUSIVE)
        else:
            morceaux.append(re.escape(jeton))
    trouve = re.search("".join(morceaux), origine)
    if trouve is None:
        return objet
    ecrit = re.sub(r"\s+", " ", trouve.group(0))
    return ecrit.replace("’", "'") if "’" not in objet else ecrit


# « Excusé (e)s ayant donné pouvoir » : la marque détachée de son mot par la copie
_INCLUSIF_DETACHE = re.compile(
    r"\b((?i:pr[ée]sent|absent|excus[ée]|repr[ée]sent[ée]|suppl[ée]ant|d[ée]l[ée]gu[ée])) (\((?i:e|es|s)\))"
)
_INCLUSIF_POINT_ORDINAIRE = re.compile(r"(?<=[a-zéèA-ZÉÈ]{3})\.(?:e|E)\.(?:s|S)\b")
# « Étai(en)t présent(e)s », « Était(ent) absent(s) » : le verbe au pluriel, comme l'intitulé
_ETAIENT_INCLUSIF = re.compile(r"\b([ÉEée]tai)(?:\((en)\)t|t\((ent)\))", re.IGNORECASE)
_MOT_FINAL = re.compile(r"[A-Za-zÀ-ÿ]+$")
_INTITULES_INCLUSIFS = ("present", "absent", "excuse", "represente", "suppleant", "delegue")


def _etaient(trouve: re.Match[str]) -> str:
    """« Étai(en)t » : « Étaient » (« ÉTAI(EN)T » : « ÉTAIENT »)."""
    fin = "ENT" if trouve.group(1).isupper() else "ent"
    return trouve.group(1) + fin


def _masculin(trouve: re.Match[str]) -> str:
    """« (e)s », « ·e·s », « (s) » : « s » (en capitales après un mot en capitales) ; « (e) »,
    « ·e » : rien ; « Présent·e·s » : « Présent(e)s »."""
    mot_final = _MOT_FINAL.search(trouve.string, max(0, trouve.start() - 40), trouve.start())
    if mot_final is None:
        return trouve.group(0)  # « M. X (e) » : la marque ne suit pas un mot
    mot, compte = mot_final.group(0), trouve["compte"] or ""
    # (« p » : la marque entre parenthèses, vide après un point médian)
    pluriel = trouve["s"] is not None or trouve["p"].lower() not in ("", "e")
    feminin = trouve["p"].lower() in ("", "e", "es")
    if (
        pluriel
        and feminin
        and mot[:1].isupper()  # (« des élus présent(e)s au bureau » : une phrase)
        and not compte
        and sans_accents(mot).lower().endswith(_INTITULES_INCLUSIFS)
    ):
        return "(E)S" if mot.isupper() else "(e)s"
    if not pluriel:
        return compte
    return ("S" if mot.isupper() else "s") + compte


# « N° d'ordre : 2021-118 » (registre) : le numéro de la délibération, comme « N° 2021-118 »
_NUMERO_D_ORDRE = re.compile(r"\bN\s?°\s*d'\s?ordre\s*:?\s*(?=\d)", re.IGNORECASE)

# Un des caractères de _REMPLACEMENTS : sans lui, la traduction (lente, caractère par
# caractère) est inutile.
_A_REMPLACER = re.compile("[" + "".join(re.escape(chr(c)) for c in _REMPLACEMENTS) + "]")

_MOTS_PUCES_FLUX = mots_requis(_PUCES_FLUX, *"\uf0b7\uf0a7\uf0d8\uf076\uf0fc•▪◦●■□➢➤►✓✔◆◊\ufffd")
_MOTS_PUCES = mots_requis(_PUCES, *"\uf0b7\uf0a7\uf0d8\uf076\uf0fc•▪◦●■□➢➤►✓✔◆◊○·Ø")
_MOTS_PUCE_O = mots_requis(_PUCE_O, "o ", "* ")


# Une tabulation contre un deux-points sépare le libellé de sa valeur, pas deux colonnes
# (la tabulation ou le deux-points d'abord : la recherche saute à eux ; une espace laissée
# devant le deux-points est réduite ensuite avec les espaces doublées)
_TABULATION_DEUX_POINTS = re.compile(r"(?:\t[ \t]*:|:[ \t]*\t)[ \t]*")
_ESPACE_SIMPLE = re.compile(r"[^ \n\t] [^ \n\t]")


# Un texte UTF-8 relu en Windows-1252 (« PrÃ©sents », « lâ€™an ») : une lettre de tête
# d'octet (Â à ô) suivie de une à trois lettres de suite d'octet (0x80 à 0xBF vus en
# Windows-1252) ; chaque suite est redécodée si elle forme de l'UTF-8 valide
# (les cinq octets que Windows-1252 ne définit pas, 0x81, 0x8D, 0x8F, 0x90 et 0x9D, relus
# comme les navigateurs le font : le caractère de contrôle de même code, « Ã\x8f » pour « Ï »)
def _octets_relus(codage: str) -> dict[str, int]:
    """Chaque octet de 0x80 à 0xFF tel qu'un texte relu dans ``codage`` l'affiche (un octet que
    le codage ne définit pas : le caractère de contrôle de même code, comme les navigateurs)."""
    table = {}
    for o in range(0x80, 0x100):
        try:
            table[bytes([o]).decode(codage)] = o
        except UnicodeDecodeError:
            table[chr(o)] = o
    return table


def _motif_relu(table: dict[str, int]) -> re.Pattern[str]:
    tetes = "".join(c for c, o in table.items() if 0xC2 <= o <= 0xF4)
    suites = "".join(c for c, o in table.items() if o < 0xC0)
    return re.compile("[" + re.escape(tetes) + "][" + re.escape(suites) + "]{1,3}")


# (Windows-1252, le cas courant ; Windows-1250, ISO-8859-16 ou ISO-8859-2, « PrĂ©sents », d'un
# poste d'Europe centrale : celui des trois qui rend le plus de lettres françaises est retenu)
_RELECTURES = tuple(
    (table, _motif_relu(table), espace)
    for table, espace in (
        (_octets_relus("cp1252"), "Ã "),
        *((_octets_relus(codage), "Ă ") for codage in ("cp1250", "iso8859_16", "iso8859_2")),
    )
)
def _clair_sur(abime: str, clair: str) -> bool:
    """Un caractère remis en clair d'un texte relu en Europe centrale : sûr s'il venait de trois
    octets (« › », « ’ », « ﬂ »), s'il est une ponctuation ou un symbole, ou une lettre du
    français ; une autre lettre de deux octets (« Ú » de « Ăš ») vient peut-être d'un autre
    codage."""
    if clair == abime or len(abime) >= 3 or clair in _LETTRES_FRANCAISES:
        return True
    return len(clair) == 1 and unicodedata.category(clair)[0] in "PSZ"


_LETTRES_FRANCAISES = frozenset("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’‘“”–—…°€²\u00a0")
# Indices : « Ã », « Ă » et « â€ », jamais écrits en français, et « Â » devant un signe qu'un
# mot ne suit pas (« nÂ° », « Â« », « Â » pour l'espace insécable)
_INDICE_A_CIRCONFLEXE = re.compile("Â[°«»\u00a0²³·ºª§]|(?<=[\\w)])Â(?= [:;!?»])")
_A_CIRCONFLEXE_D_ESPACE = re.compile("(?<=[\\w)])Â(?= [:;!?»])")


_A_SEUL_CP1250 = re.compile(r"(?<!\w)Ă (?= ?\w)")
_TIRET_PERDU = re.compile(r"(?<= )â[\x80-\x9f]{0,2}(?= )")
_APOSTROPHE_PERDUE = re.compile(
    r"(?<![\w’'])((?i:[dlnsjmtc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu))â[\x80-\x9f]{0,2}(?=[aeiouyhéèêàâîôûAEIOUYHÉÈÊÀÂÎÔÛ])"
)


def _redecode(table: dict[str, int], trouve: re.Match[str]) -> str:
    try:
        clair = bytes(table[c] for c in trouve.group(0)).decode("utf-8")
    except UnicodeError:
        return trouve.group(0)
    return clair if clair.isprintable() or clair == "\u00a0" else trouve.group(0)


def reencoder(texte: str) -> tuple[str, int]:
    """Le texte dont l'UTF-8 a été relu en Windows-1252 (ou Windows-1250) remis en clair, et le
    nombre de caractères réparés (0 si le texte était sain).

    >>> reencoder("PrÃ©sents : M. Jean DURAND, lâ€™adjoint")
    ('Présents : M. Jean DURAND, l’adjoint', 2)
    >>> reencoder("SecrĂ©taire de sĂ©ance : M. Paul SOREL")
    ('Secrétaire de séance : M. Paul SOREL', 2)
    >>> reencoder("Présents : M. Jean DURAND")
    ('Présents : M. Jean DURAND', 0)
    """
    if "Ă" in texte:
        return max((_reencoder(texte, *relecture) for relecture in _RELECTURES[1:]), key=lambda r: r[1])
    if "Ã" not in texte and "â€" not in texte and not (
        "Â" in texte and _INDICE_A_CIRCONFLEXE.search(texte)
    ):
        return texte, 0
    return _reencoder(texte, *_RELECTURES[0])


def _reencoder(texte: str, table: dict[str, int], motif: re.Pattern[str], espace: str) -> tuple[str, int]:
    repares = 0

    def compter(trouve: re.Match[str]) -> str:
        nonlocal repares
        clair = _redecode(table, trouve)
        if espace == "Ă " and not _clair_sur(trouve.group(0), clair):
            return trouve.group(0)  # (un autre codage d'Europe centrale le lirait peut-être)
        repares += clair != trouve.group(0)
        return clair

    if espace == "Ă " and "â" in texte:
        # « dâemplois », « RIFSEEP â Intégration » : de l'apostrophe et du tiret (E2 80 99, E2 80
        # 93), seul « â » reste (avant le décodage : un vrai « â » s'écrit alors « Ă˘ »)
        texte, elisions = _APOSTROPHE_PERDUE.subn(r"\1’", texte)
        texte, tirets = _TIRET_PERDU.subn("–", texte)
        repares += elisions + tirets
    texte = motif.sub(compter, texte)
    if espace == "Ă " and (seuls := _A_SEUL_CP1250.subn("à ", texte))[1]:
        texte, repares = seuls[0], repares + seuls[1]  # « HUC Ă  Paul » : « à » seul, jamais un mot
    if repares and espace in texte:
        # « Ã  » dont l'espace insécable (l'octet 0xA0 de « à ») est devenue une espace
        repares += texte.count(espace)
        texte = texte.replace(espace, "à ")
    if "Â " in texte and (espaces := _A_CIRCONFLEXE_D_ESPACE.subn("", texte))[1]:
        # « Procuration(s)Â : » : l'espace insécable avant « : » (C2 A0), devenue une espace
        texte, repares = espaces[0], repares + espaces[1]
    if repares and "Â\u00ad" in texte:
        # « DUÂ­MAS » : la césure conditionnelle (octets C2 AD), qui n'est pas une lettre
        repares += texte.count("Â\u00ad")
        texte = texte.replace("Â\u00ad", "\u00ad")
    return texte, repares


# Page scannée : « Ie » (I majuscule) pour « le », « I' » pour « l' », « 0BJET » pour « OBJET »
# (aucun de ces mots n'existe en français ; un nom n'en commence pas : « Ie » suivi d'un mot)
# (chaque faute avec les chaînes sans lesquelles elle n'est pas là : l'expression n'est
# essayée que sur un texte qui en contient une)
_FAUTES_OCR = (
    (re.compile(r"(?<![\w'])Ie(?=[ \t]+[\wÀ-ÿ])"), "le", ("Ie ", "Ie\t")),
    (re.compile(r"(?<![\w'])I'(?=[A-Za-zÀ-ÿ])"), "l'", ("I'",)),
    (re.compile(r"(?<!\w)0(?=BJET\b)"), "O", ("0BJET",)),
    # « Communaut de Communes » (accents perdus) : le mot n'existe pas sans son « é »
    (re.compile(r"(?<!\w)(C|c)ommunaut(?=[ \t]+d)"), r"\1ommunauté", ("ommunaut ",)),
    # « Lan deux mille douze » (apostrophe perdue) : « L'an » de la phrase d'ouverture
    (re.compile(r"(?<![\w'])(L|l)an(?=[ \t]+(?:deux[ \t]+mil|mil\b|dix[ \t-]+neuf[ \t]+cent|19\d\d|20\d\d))"), r"\1'an", ("Lan ", "lan ")),
    # « M. X a donné pouvoir Monsieur Y » : le « à » oublié devant la civilité du mandataire
    (
        re.compile(r"(donn(?:e|é|ée|ées|és)\s+(?:pouvoir|procuration))(?=\s+(?:Monsieur|Madame|M\.|Mme|Mr|Mlle)\s)"),
        r"\1 à",
        ("pouvoir M", "procuration M"),
    ),
    # « Mme X ayant donné pourvoir à Mme Y » : la coquille, dans la formule du pouvoir
    (re.compile(r"(donn(?:e|é|ée|ées|és)\s+)pourvoir(?=\s+(?:à|a)\s)"), r"\1pouvoir", ("pourvoir",)),
    # « Mrne X » : « rn » pour « m » dans la civilité
    (re.compile(r"(?<!\w)Mrne(?=s?\b)"), "Mme", ("Mrne",)),
    # « Abstention : l », « Contre : I » : la lettre pour le chiffre 1 après l'intitulé d'un vote
    (re.compile(r"\b((?:Pour|POUR|Contre|CONTRE|Abstentions?|ABSTENTIONS?|Votants|VOTANTS)[ \t]?:[ \t]?)[lI](?![\w'])"), r"\g<1>1",
     (": l", ":l", ":\tl", ": I", ":I", ":\tI")),
)
# « unanirnité », « cornmune », « rnembres » : « rn » pour « m » dans les mots du domaine (aucune
# de ces racines n'a de « rn » en français)
_RACINES_EN_M = ("unanimit", "membre", "municipa", "commun", "majorit", "maire", "mandat")
_RN_POUR_M = re.compile(
    r"\b(?=\w*rn)(?:"
    + "|".join("".join("(?:m|rn)" if c == "m" else c for c in r) for r in _RACINES_EN_M)
    + ")",
    re.IGNORECASE,
)


def _fautes_en_rn(racine: str) -> list[str]:
    """Les formes d'une racine où au moins un « m » est lu « rn » (« unanirnit »…)."""
    formes = [""]
    for c in racine:
        formes = [f + x for f in formes for x in (("m", "rn") if c == "m" else (c,))]
    return [f for f in formes if "rn" in f]


# (en minuscules : cherchées dans le texte mis en minuscules, avant l'expression)
_RACINES_FAUTIVES = tuple(f for r in _RACINES_EN_M for f in _fautes_en_rn(r))


def _m(trouve: re.Match[str]) -> str:
    return trouve.group(0).replace("rn", "m").replace("RN", "M").replace("Rn", "M")


_MOTS_FAUTES_OCR = (*(m for *_, mots in _FAUTES_OCR for m in mots), "rn", "RN")
_PRENOM_AVANT = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)? $")


def _monsieur(trouve: re.Match[str]) -> str:
    """« M. », sauf après un prénom (« Paul M DURAND » : l'initiale d'un second prénom)."""
    avant = trouve.string[max(0, trouve.start() - 30) : trouve.start()]
    if avant[-1:].isalnum() or avant[-1:] in "._'’-" or _PRENOM_AVANT.search(avant):
        return trouve.group(0)  # (« ADAM », « J.-M », pas une civilité)
    return "M. "


def _ocr(texte: str) -> str:
    """Les fautes de la reconnaissance de caractères sur des mots qui n'existent pas en
    français, corrigées : « Ie » pour « le », « I'unanimité » pour « l'unanimité », « 0BJET »
    (zéro) pour « OBJET », « Mrne » pour « Mme », « Abstention : l » pour « Abstention : 1 »,
    « unanirnité », « cornmune » (« rn » pour « m ») dans les mots du domaine.

    >>> _ocr("Reçu en préfecture Ie 24/09/2015 ; adopté à I'unanimité ; 0BJET : Voirie")
    "Reçu en préfecture le 24/09/2015 ; adopté à l'unanimité ; OBJET : Voirie"
    """
    for motif, correction, mots in _FAUTES_OCR:
        if contient_un(texte, mots):
            texte = motif.sub(correction, texte)
    return _RN_POUR_M.sub(_m, texte) if contient_un(texte.lower(), _RACINES_FAUTIVES) else texte


# « Mme lEROUX », « Mme BOUCHEl T » : un « l » minuscule en tête ou en fin d'un NOM en capitales
# (la reconnaissance de caractères lit ainsi le « L ») ; en fin de NOM, une capitale détachée qui
# suit avant un séparateur est la dernière lettre du nom (« ROUZAUl T » : « ROUZAULT »)
_INDICE_L_DANS_UN_NOM = re.compile(r"[A-ZÀ-Ý]l(?![\w'’])|(?<![\w'’])l[A-ZÀ-Ý]{3}|[A-ZÀ-Ý]{2}--\s")
_L_DANS_UN_NOM = re.compile(
    r"(?<![\w'’])(?:l(?=[A-ZÀ-Ý]{3,}(?![\w'’]))"
    r"|(?P<mot>[A-ZÀ-Ý]{3,})l(?:\s(?P<fin>[A-Z])(?=\s*(?:[-–,;]|$)))?(?![\w'’]))"
    # (« Mme EVENO-- M. FAURE » : le tiret doublé entre deux personnes)
    r"|(?<=[A-ZÀ-Ý]{2})(?P<tirets>--)(?=\s)"
)


def _l_majuscule(trouve: re.Match[str]) -> str:
    if trouve.group("tirets"):
        return " -"
    return (trouve.group("mot") or "") + "L" + (trouve.group("fin") or "")


_CIVILITE_COLLEE_AU_NOM = re.compile(r"\b(Mmes|Mme|Mlle|Melle|Mr)(?=[A-ZÉÈÀÂÎÔÛÇ]{2,}\b)")
_DOUBLE_TRAIT_D_UNION = re.compile(r"(?<=[A-Za-zÀ-ÿ])--(?=[A-Za-zÀ-ÿ])")
_SEPARATEUR_X = re.compile(r"(?<=\S) x x x(?: x)*(?= |$)")
_PRENOM_COLLE_AU_NOM = re.compile(r"(?<![\w'’])([A-ZÉÈ][a-zéèêëïîôç]{2,}(?:-[A-ZÉÈ][a-zéèêëïîôç]+)?)(?=[A-ZÉÈ]{2}[A-ZÉÈ'’\-]*\b)")
_VERBE_COLLE = re.compile(r"(?<=\bs'est)(?=r[ée]uni|tenu|assembl)|(?<=\bs’est)(?=r[ée]uni|tenu|assembl)")
_CIVILITE_COLLEE_AU_PRENOM = re.compile(r"(?<=\bMonsieur)(?=[A-ZÉÈ][a-zéèêëïîç])|(?<=\bMadame)(?=[A-ZÉÈ][a-zéèêëïîç])")
# « P résident : », « A bsents : » : l'initiale détachée du mot d'un intitulé (lettrine d'un PDF)
_INITIALE_DETACHEE = re.compile(
    r"(?<![\w'’])([PAEVS]) (r[ée]sidente?|r[ée]sente?s?|bsente?s?|xcus[ée]e?s?|otants?|ecr[ée]taire)(?=\s*:)"
)
# « M. Paul VERNOUXPrésents : » : l'intitulé suivant collé au NOM (fin de ligne perdue)
_INTITULE_COLLE_AU_NOM = re.compile(
    r"(?<=[A-ZÉÈÀÂÎÔÛÇ]{3})(?=(?:Présent|Absent|Excusé|Pouvoir|Procuration|Votant|Secrétaire)[a-zé()]*\s*:)"
    # (« SOULÉ AnneAbsents excusés :CASTEL Noé » : collé au prénom aussi)
    r"|(?<=[a-zéèêëïîç]{3})(?=(?:Présents|Absents|Excusés|Pouvoirs|Procurations|Votants)(?:\s+[a-zé]+){0,2}\s*:)"
)
# « J.FAURI », « A .ESTEV » (copie d'un PDF) : l'initiale du prénom collée au NOM, ou son point
# détaché d'elle : « J. FAURI », « A. ESTEV »
_POINT_PUIS_CAPITALES = re.compile(r"\.[A-ZÉÈ]{2}")  # (préfiltre : « .FAURI », « PH.DE KONING »)
_INITIALE_COLLEE = avec_garde("A-ZÉÈ", re.compile(
    r"(?<![\w.])([A-ZÉÈ])(?:\s\.|\.)(?=[A-ZÉÈ][A-ZÉÈ'\-]{2,}\b)"
    # (« PH.DE KONING » : l'initiale de deux lettres, puis une particule et le NOM)
    r"|(?<![\w.])(PH|CH|TH|[A-ZÉÈ])\.(?=(?:DE|DU|LE|LA|DI|DA|EL)\s+[A-ZÉÈ][A-ZÉÈ'\-]{2,}\b)"
))


def _mots_sans_ti() -> dict[str, str]:
    mots = (
        ligne.strip()
        for ligne in resources.files("deliberations.extrait")
        .joinpath("donnees/ligature-ti.txt")
        .read_text("utf-8")
        .splitlines()
        if ligne.strip() and not ligne.startswith("#")
    )
    return {mot.replace("ti", ""): mot for mot in mots}


_MOTS_SANS_TI = _mots_sans_ti()
"""Forme abîmée (sans « ti ») → mot, lus de ``donnees/ligature-ti.txt``."""


def _jointure(abime: str, mot: str) -> str:
    """Les caractères autour de la place du premier « ti » perdu (« convocaon » : « ocaon ») :
    toute forme abîmée les contient ; cherchés avant l'expression (préfiltre)."""
    i = mot.index("ti")
    return abime[:5] if i < 3 else abime[i - 3 : i + 2]


_JOINTURES_SANS_TI = tuple(sorted({_jointure(a, m) for a, m in _MOTS_SANS_TI.items()}))
_MOT_SANS_TI = re.compile(
    r"\b(" + "|".join(sorted(_MOTS_SANS_TI, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def _casse_de(modele: str, mot: str) -> str:
    if modele.isupper():
        return mot.upper()
    return mot[:1].upper() + mot[1:] if modele[:1].isupper() else mot


# Mots du domaine dont la reconnaissance de caractères a perdu les accents et les apostrophes
# (« sest runi », « dment convoqu », « prsidence ») : l'indice d'un texte abîmé
_SANS_ACCENTS = re.compile(r"\b(?:sest|dment|runi|prsidence|Prsident|sance|dlibr\w*|Communaut)\b")
_MOTS_SANS_ACCENTS = mots_requis(_SANS_ACCENTS, "sest", "dment", "runi", "rsiden", "sance", "dlibr", "Communaut")


def texte_sans_accents(texte: str) -> bool:
    """Vrai si le texte porte au moins deux mots du domaine privés de leurs accents (copie
    d'une reconnaissance de caractères) : ses noms sont lus tels quels, peut-être abîmés.

    >>> texte_sans_accents("le Conseil, dment convoqu, sest runi"), texte_sans_accents("s'est réuni")
    (True, False)
    """
    if not contient_un(texte, _MOTS_SANS_ACCENTS):
        return False
    return len(_SANS_ACCENTS.findall(texte, 0, 20_000)) >= 2


def retablir_ligature_ti(texte: str) -> tuple[str, int]:
    """Les mots dont la copie d'un PDF a perdu la ligature « ti » (« convocaon »,
    « Procuraons », « tulaires »), rétablis quand le texte en porte au moins deux ; et combien.

    >>> retablir_ligature_ti("sur la convocaon du 2 mars. Procuraons : 1")
    ('sur la convocation du 2 mars. Procurations : 1', 2)
    >>> retablir_ligature_ti("une seule convocaon")
    ('une seule convocaon', 0)
    """
    if not contient_un(texte, _JOINTURES_SANS_TI):
        return texte, 0
    trouves = _MOT_SANS_TI.findall(texte[:200_000])
    if len(trouves) < 2:
        return texte, 0
    retabli = _MOT_SANS_TI.sub(lambda t: _casse_de(t.group(1), _MOTS_SANS_TI[t.group(1).lower()]), texte)
    return retabli, len(trouves)


# « les 16 et 17 octobre 2012 », « REUNION DES 16 ET 17 OCTOBRE 2012 », « les 23, 24 et 25 juin » :
# une session de plusieurs jours, ouverte le premier
SESSION_DE_PLUSIEURS_JOURS = re.compile(
    r"\b(?P<article>les|des)\s+(?P<jour>\d{1,2})(?:er)?(?:\s*,\s*\d{1,2})*\s+(?:et|au)\s+\d{1,2}\s+"
    r"(?=(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b)",
    re.IGNORECASE,
)


def premier_jour_de_session(texte: str) -> tuple[str, str | None]:
    """Le texte où chaque session de plusieurs jours est ramenée à son premier jour
    (« les 16 et 17 octobre » → « le 16 octobre »), et la première telle mention lue
    (``None`` s'il n'y en a pas).

    >>> premier_jour_de_session("REUNION DES 16 ET 17 OCTOBRE 2012")
    ('REUNION DU 16 OCTOBRE 2012', 'DES 16 ET 17 ')
    """
    # (la session se dit en tête du document : l'en-tête, la phrase d'ouverture)
    if _DEUX_JOURS.search(texte, 0, _TETE_DE_SESSION) is None:
        return texte, None
    sessions = [
        t
        for t in SESSION_DE_PLUSIEURS_JOURS.finditer(texte, 0, _TETE_DE_SESSION)
        if _session_de_la_seance(texte, t.start())
    ]
    if not sessions:
        return texte, None
    morceaux, debut = [], 0
    for t in sessions:
        article = "le" if t.group("article").lower() == "les" else "du"
        morceaux += [texte[debut : t.start()], f"{_casse_de(t.group('article'), article)} {t.group('jour')} "]
        debut = t.end()
    return "".join(morceaux) + texte[debut:], sessions[0].group(0)


_DEUX_JOURS = re.compile(r"\d(?:er)?\s+(?:et|ET|au|AU)\s+\d")  # (préfiltre : « 16 et 17 »)
_TETE_DE_SESSION = 3000
# (« Réunion des 16 et 17 », « s'est réuni … les 16 et 17 », « session des … » ; pas
# « approbation du compte-rendu des réunions du Conseil des 3 et 4 mai » : d'autres séances)
_REUNION_AVANT = re.compile(r"r[ée]uni|session|s[ée]ance|tenue?", re.IGNORECASE)
_AUTRE_SEANCE_AVANT = re.compile(r"compte|proc[èe]s|approb|\bpv\b|pr[ée]c[ée]dente?s?|derni[èe]re", re.IGNORECASE)


def _session_de_la_seance(texte: str, debut: int) -> bool:
    avant = texte[max(0, debut - 80) : debut]
    return _REUNION_AVANT.search(avant) is not None and _AUTRE_SEANCE_AVANT.search(avant) is None


# « C O N V O C A T I O N du 4 mars 2016 » (titre en lettres espacées d'un PDF) : le mot
# recollé, seulement s'il est un mot des extraits (pas une rangée de lettres de présence)
_LETTRES_ESPACEES = re.compile(r"(?<![\w.])(?:[A-ZÉÈÊÀÂÎÔÛÇ] ){3,}[A-ZÉÈÊÀÂÎÔÛÇ](?![\w.])")
_MOTS_ESPACES = frozenset(
    (
        "CONVOCATION", "COMPTE", "RENDU", "PROCES", "VERBAL", "EXTRAIT", "REGISTRE", "SEANCE",
        "SÉANCE", "DELIBERATIONS", "DÉLIBÉRATIONS", "DELIBERATION", "DÉLIBÉRATION", "PRESENTS",
        "PRÉSENTS", "ABSENTS", "EXCUSES", "EXCUSÉS", "POUVOIRS", "ORDRE", "JOUR", "CONSEIL",
        "MUNICIPAL", "COMMUNAUTAIRE", "SYNDICAL", "REUNION", "RÉUNION", "MAIRIE", "COMMUNE",
        "DEPARTEMENT", "DÉPARTEMENT", "REPUBLIQUE", "RÉPUBLIQUE", "FRANCAISE", "FRANÇAISE", "VILLE",
        "DE", "DU", "DES", "LA", "LE", "ET",
    )
)  # fmt: skip


_MOTS_OUTILS_ESPACES = frozenset(("DE", "DU", "DES", "LA", "LE", "ET"))


def _mot_espace(trouve: re.Match[str]) -> str:
    lettres = trouve.group(0).replace(" ", "")
    mots = _en_mots_espaces(lettres)
    if mots is None and len(lettres) <= 60:
        # « D E P A R T E M E N T D E S E I N E » : des mots connus jusqu'au premier « de »,
        # « du »… qui les finit (« DEPARTEMENT DE »), puis un nom propre (« SEINE »)
        debut = next(
            (
                i
                for i in range(3, len(lettres) - 2)
                if (connus := _en_mots_espaces(lettres[:i])) and connus[-1] in _MOTS_OUTILS_ESPACES
            ),
            None,
        )
        mots = [*(_en_mots_espaces(lettres[:debut]) or []), lettres[debut:]] if debut is not None else None
    return " ".join(mots) if mots else trouve.group(0)


def _en_mots_espaces(lettres: str) -> list[str] | None:
    """« CONVOCATIONCONVOCATION » : ``["CONVOCATION", "CONVOCATION"]``, une suite de mots des
    extraits, ou ``None``."""
    if not lettres:
        return []
    if len(lettres) > 60:  # (au plus quelques mots : une longue suite de lettres n'est pas un titre)
        return None
    for mot in _MOTS_ESPACES:
        if lettres.startswith(mot) and (suite := _en_mots_espaces(lettres[len(mot) :])) is not None:
            return [mot, *suite]
    return None


# (les indices commencent par un chiffre : la recherche saute d'un chiffre à l'autre)
_INDICE_JOUR_COLLE = re.compile(r"\d(?i:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]|sept|oct|nov|d[ée]c)")
_INDICE_NOMBRE_AVANT_INTITULE = re.compile(r"\d[ \t]+(?:PR|ABS|EXC|POUV|REPR)")
_MOIS_ECRITS = r"(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
# « du mardi 21avril 2015 » : le jour collé au mois
_JOUR_COLLE = re.compile(rf"(?=\d)(?<![\w/.-])(\d{{1,2}}(?:er)?)({_MOIS_ECRITS})(?=\s+(?:19|20)\d\d\b)")
_MOIS_COLLE = re.compile(
    rf"(?<=\d\s)({_MOIS_ECRITS})"
    r"(?=(?:19|20)\d\d\b)"
)
# (une année collée au mot suivant, à majuscule : « 2015L'an », « 2016A la suite »)
_ANNEE_COLLEE = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)(?=[A-ZÀ-Ý](?:[a-zà-ÿ'’]|\s)|à\s)")  # (« 2016à Vernoux »)
_MILLE_COLLE = re.compile(
    r"\b(mille?|MILLE?)(?=(?i:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
    r"|quatorze|quinze|seize|vingt)\b)"
)
_MOT_COURT_COLLE = re.compile(r"\b([A-ZÀ-Ý]{2,}TION)(ET)\b|\b([Cc]ommune|COMMUNE)(de|DE|du|DU|des|DES)\b")
# (« M, » pour « M. » devant un NOM, après un séparateur ou « à » ; pas « DUPONT M, DURAND P »,
# l'initiale du prénom après le NOM)
_M_VIRGULE = re.compile(r"(?:(?<=[,:;]\s)|(?<=\s[àa]\s)|^)M,\s(?=[A-ZÉÈ][A-ZÉÈÀÂÎÔÛÇ'’\-]{2,}\b)", re.M)
_NOMBRE_COLLE_AU_LIBELLE = re.compile(r"(:[ \t]*\d{1,4})(?=[A-ZÉÈ][a-zéèêû]{2,}(?:[ \t]+[a-zéèêû]+){0,3}[ \t]*:)")
_SUPPLEANT_SANS_DE = re.compile(r"(?<![(\w])(suppl[ée]ante?)\s+(?=(?:monsieur|madame|Monsieur|Madame)\s+[A-ZÉÈ])")
_TIRET_COLLE_A_LA_CIVILITE = re.compile(r"(?<=[A-ZÀ-Ý]{2})-(?=(?:Mme|Mlle|M|MM|Mmes)\.?\s+[A-ZÉÈ])")
_MAIRE_PRESIDENT = re.compile(r"\b(Maire|MAIRE)-(Pr[ée]sidente?|PR[ÉE]SIDENTE?)\b")
_ABREVIATION_POINTEE = re.compile(r"\b(MME|MLLE)\.\s+(?=[A-ZÉÈ])")
_NOMBRE_ENTRE_CROCHETS = re.compile(r"\[(\d{1,3})\](?=\s*:)")
_FIN_DE_RANGEE = re.compile(r"\|[ \t]*\|[ \t]*$", re.M)
_BARRES_DE_BORD = re.compile(r"^[ \t|]*\|[ \t]*|[ \t]*\|[ \t|]*$", re.M)
_BARRES_DE_CELLULES = re.compile(r"[ \t]*\|+[ \t]*")


def normaliser(texte: str) -> str:
    """Apostrophes, espaces, puces, ligatures, césures et appels de note ramenés à l'ordinaire."""
    if _A_REMPLACER.search(texte):
        texte = texte.translate(_REMPLACEMENTS)
    if contient_un(texte, _MOTS_FAUTES_OCR):
        texte = _ocr(texte)
    if _INDICE_L_DANS_UN_NOM.search(texte, 0, 20_000):  # (les listes sont au début)
        texte = _L_DANS_UN_NOM.sub(_l_majuscule, texte)  # « Mme lEROUX », « BOUCHEl T » (OCR)
    if "- " in texte and _TIRET_COLLE_AVANT_UNE_COMMUNE.search(texte):
        # « M. Paul CHANTEL- Dampierre le Haut : M. Rémi DORAT » : le tiret qui sépare deux
        # groupes, collé au NOM (pas un nom composé)
        texte = _TIRET_COLLE_AVANT_UNE_COMMUNE.sub(" - ", texte)
    if _MOIS_COUPE.search(texte):
        texte = _MOIS_COUPE.sub(_mois_recolle, texte)  # « SEANCE DU 30 M AI 2013 » : « 30 MAI 2013 »
    if "Mme" in texte or "Mr" in texte or "Mlle" in texte:
        texte = _CIVILITE_COLLEE_AU_NOM.sub(r"\1 ", texte)  # « MmeRAYNAUD » (OCR) : « Mme RAYNAUD »
    if " ." in texte or _POINT_PUIS_CAPITALES.search(texte) is not None:
        texte = _INITIALE_COLLEE.sub(lambda t: f"{t.group(1) or t.group(2)}. ", texte)
    if contient_un(texte, _MOTS_PUCES):
        texte = _PUCES.sub("- ", texte)
    if contient_un(texte, _MOTS_PUCE_O):
        texte = _PUCE_O.sub("- ", texte)
    if "||" in texte and len(_FIN_DE_RANGEE.findall(texte)) >= 2:
        # « Présents : | M. Paul ROCHE | || » (tableau d'une page web copié avec ses barres) :
        # les barres de cellules deviennent des tabulations, celles des bords disparaissent
        texte = _BARRES_DE_CELLULES.sub("\t", _BARRES_DE_BORD.sub("", texte))
    elif " || " in texte:
        texte = _DOUBLE_BARRE_ENTRE_DEUX.sub(" ; ", texte)  # « X à Y || Z à W » : deux pouvoirs
    if "]" in texte:
        texte = _NOMBRE_ENTRE_CROCHETS.sub(r"(\1)", texte)  # « PRESENTS [5] : » : « PRESENTS (5) : »
    if _INDICE_JOUR_COLLE.search(texte) and _JOUR_COLLE.search(texte):
        texte = _JOUR_COLLE.sub(r"\1 \2", texte)  # « le 21avril 2015 » : « le 21 avril 2015 »
    if _MOIS_COLLE.search(texte):
        texte = _MOIS_COLLE.sub(r"\1 ", texte)  # « le 12 mars2016 » : « le 12 mars 2016 »
    if _NOMBRE_COLLE_AU_LIBELLE.search(texte):
        # « Nombre de membres en exercice : 12Présents : 7Votants : 9 » : chaque nombre, puis le
        # libellé suivant
        texte = _NOMBRE_COLLE_AU_LIBELLE.sub(r"\1 ", texte)
    if _PRENOM_COLLE_AU_NOM.search(texte):
        texte = _PRENOM_COLLE_AU_NOM.sub(r"\1 ", texte)  # « Marie-ClaireGAUDIN, PaulIZARD » (copie d'un PDF)
    if "est" in texte and _VERBE_COLLE.search(texte):
        texte = _VERBE_COLLE.sub(" ", texte)  # « le Conseil de Communauté s'estréuni » (copie d'un PDF)
    if "Monsieur" in texte or "Madame" in texte:
        texte = _CIVILITE_COLLEE_AU_PRENOM.sub(" ", texte)  # « sous la présidence de MonsieurYves X »
    if "--" in texte:
        texte = _DOUBLE_TRAIT_D_UNION.sub("-", texte)  # « Jean-‐Luc » (trait d'union doublé d'un PDF)
    if " x x x" in texte:
        texte = _SEPARATEUR_X.sub(" ", texte)  # « SECRETAIRE DE SEANCE : M. VIDALOU x x x Le Conseil … »
    if _INITIALE_DETACHEE.search(texte):
        texte = _INITIALE_DETACHEE.sub(r"\1\2", texte)  # « P résident : M. X » (copie d'un PDF)
    if _INTITULE_COLLE_AU_NOM.search(texte):
        texte = _INTITULE_COLLE_AU_NOM.sub(" ", texte)
    if _ANNEE_COLLEE.search(texte):
        texte = _ANNEE_COLLEE.sub(r"\1 ", texte)  # « … DU 26 AOUT 2015L'an deux mille … » (aplati)
    if "ille" in texte or "ILLE" in texte:
        texte = _MILLE_COLLE.sub(r"\1 ", texte)  # « le trois mai deux milleseize »
    if "IONET" in texte or "ommunede" in texte or "OMMUNEDE" in texte:
        # « POUR LA CONSTRUCTIONET LA GESTION », « de la Communede Mareil » (fins de ligne
        # perdues sans espace) : « ET », « de » détachés
        texte = _MOT_COURT_COLLE.sub(lambda t: " ".join(g for g in t.groups() if g), texte)
    if _LETTRES_ESPACEES.search(texte):
        texte = _LETTRES_ESPACEES.sub(_mot_espace, texte)  # « C O N V O C A T I O N »
    if "\t:" in texte or ":\t" in texte:
        texte = _TABULATION_DEUX_POINTS.sub(" : ", texte)  # « Présents\t:\tM. X » (traitement de texte)
    if "  " in texte and _ESPACE_SIMPLE.search(texte) is None:
        # chaque espace doublé par la copie (aucune espace simple entre deux mots) : les
        # blancs de mise en page retrouvent leur largeur (un blanc de 2k espaces en fait k)
        texte = texte.replace("  ", " ")
    if "  " in texte:
        texte = _DEUX_ESPACES.sub(" ", texte)
    texte = _CIVILITE_COLLEE.sub(lambda t: t.group(0) + " ", texte)
    if "dames :" in texte or "sieurs :" in texte or "DAMES :" in texte or "SIEURS :" in texte:
        # « Étaient présents : Mesdames : A. RIVOIRE, C. SAUZET. Messieurs : B. ARNAUD » : la
        # civilité plurielle en rubrique, pas un intitulé
        texte = _CIVILITE_PLURIELLE_RUBRIQUE.sub(r"\1 ", texte)
    if "...." in texte or "……" in texte:
        texte = _POINTS_DE_SUITE.sub(" ", texte)  # « Mme X ........ à M. Y » : des points de conduite
        # « Nombre de délégués en exercice ........ 12 » : le libellé, puis sa valeur
        texte = _POINTS_PUIS_NOMBRE.sub(" : ", texte)
    if " : " in texte and _HEURE_A_DEUX_POINTS.search(texte):
        texte = _HEURE_A_DEUX_POINTS.sub(r"\1h\2", texte)  # « (à partir de 20 : 30) » : « 20h30 »
    if "=" in texte and _EGAL_PUIS_NOMBRE.search(texte):
        texte = _EGAL_PUIS_NOMBRE.sub(" : ", texte)  # « en exercice = 11 » : « en exercice : 11 »
    if "----" in texte and _TIRETS_PUIS_NOMBRE.search(texte):
        texte = _TIRETS_PUIS_NOMBRE.sub(" : ", texte)  # « En exercice ----------23 Présents ----19 »
    if "..." in texte and _TROIS_POINTS_PUIS_NOMBRE.search(texte):
        # « Nombre de pouvoirs :... 4 », « Nombre d absent non représenté... 1 »
        texte = _TROIS_POINTS_PUIS_NOMBRE.sub(" : ", texte)
    if any(lettrine in texte for lettrine in _LETTRINES) and _LETTRINE.search(texte):
        # « C OMMUNE DU G UILVINEC » (lettrines détachées par la copie) : les mots recollés
        texte = _LETTRINE.sub(_sans_lettrines, texte)
    texte = _sans_lignes_doublees(texte)
    if "Adjt" in texte or "ADJT" in texte:
        texte = _ADJOINT_ABREGE.sub(_adjoint, texte)  # « LORIOT Fabrice 1er Adjt » : « … 1er Adjoint »
    if "(exc" in texte or "proc. " in texte:
        # « HOLTZ Anna (exc, proc. à GERBER Lise) » : les abréviations d'une liste d'absents
        texte = _PROC_ABREGE.sub("procuration ", _EXC_ABREGE.sub("(excusé", texte))
    if _INDICE_NOMBRE_AVANT_INTITULE.search(texte) and _NOMBRE_AVANT_INTITULE.search(texte):
        # « … SOUBIE Claire. 2 PROCURATIONS : X (à Y) » (aplati) : le nombre de la liste, écrit
        # devant son intitulé, n'est pas du nom qui précède : « PROCURATIONS (2) : »
        texte = _NOMBRE_AVANT_INTITULE.sub(r"\2 (\1) :", texte)
    if " . " in texte:
        texte = _CIVILITE_POINT_ESPACE.sub(r"\1.", texte)  # « M . CORRE Yves » : « M. CORRE Yves »
    if "ME. " in texte or "LE. " in texte:
        # « MME. BRETON » : le point de l'abréviation, lu sinon comme la fin de la liste
        texte = _ABREVIATION_POINTEE.sub(r"\1 ", texte)
    if "uppl" in texte and _SUPPLEANT_SANS_DE.search(texte):
        # « Madame X suppléante monsieur Y » : suppléante de Y (pas « X (Suppléant M. Y) », où
        # la parenthèse nomme le suppléant)
        texte = _SUPPLEANT_SANS_DE.sub(r"\1 de ", texte)
    if "aire-Pr" in texte or "AIRE-PR" in texte:
        texte = _MAIRE_PRESIDENT.sub(r"\1 \2", texte)  # « Maire-Président : X » : la rubrique
    if "M, " in texte:
        texte = _M_VIRGULE.sub("M. ", texte)  # « …, M, TOURNIER, … », « pouvoir à M, FERRAND »
    if "Melle" in texte:
        texte = _MELLE.sub("Mlle", texte)
    if "ordre" in texte:
        texte = _NUMERO_D_ORDRE.sub("N° ", texte)  # « N° d'ordre : 2021-118 » : « N° 2021-118 »
    if "M " in texte or "Mr" in texte or "MR" in texte or "mr " in texte:
        texte = _MONSIEUR_ABREGE.sub(_monsieur, texte)
    if contient_un(texte, _MOTS_PUCES_FLUX):
        texte = _PUCES_FLUX.sub(" - ", texte)
    if "––" in texte or "——" in texte:
        texte = _TIRETS_REPETES.sub(" – ", texte)  # « Mme X –– M. Y ––– Mme Z » : un séparateur
    if " * " in texte:
        texte = _ASTERISQUE_FLUX.sub(" - ", texte)
    texte = _TRAIT_COUPE.sub("-", texte)
    if "- " in texte:
        texte = _TIRET_COLLE_AU_PRENOM.sub(" - ", texte)
    if "-M" in texte:
        texte = _TIRET_COLLE_A_LA_CIVILITE.sub(" - ", texte)  # « Lucie FO A TENG-Mme. Claire X »
    if "***" in texte:
        texte = _ETOILES.sub(" – ", texte)  # « COMMUNE DE X ***** COMPTE-RENDU … » : un séparateur
    if "remplac" in texte:
        # « MM J. X        excusé et remplacé par  MM F. Y » : une phrase, pas deux colonnes
        texte = _BLANC_AVANT_REMPLACE.sub(" ", texte)
    if ("ommune" in texte or "ille" in texte or "résidence" in texte or "onseil" in texte) and _ARTICLE_COLLE.search(texte):
        # « le Conseil Municipal de laCommune de X », « sous laprésidence de » (fins de ligne
        # collées d'un PDF) : l'article détaché du mot
        texte = _ARTICLE_COLLE.sub(" ", texte)
    if "ayant donn" in texte and _EXCUSES_NOMBRE_AYANT_DONNE.search(texte):
        # « Excusés : 4 ayant donné procuration : A à B C à D » (« 8(ayant … ») : le nombre des
        # excusés, puis l'intitulé de leurs pouvoirs
        texte = _excuses_nombre_ayant_donne(texte)
    if "aient" in texte and (" Mesdames" in texte or " Messieurs" in texte):
        # « Etaient présents, Mesdames et Messieurs : A, B » : l'intitulé, puis la liste
        texte = _ETAIENT_VIRGULE_CIVILITES.sub(r"\1 :", texte)
    if "*" in texte:
        texte = _ASTERISQUE_APRES_NOM.sub("", texte)  # « Sophie PETIT*, » : l'appel d'une note
    if "aient " in texte and _ETAIENT_SANS_DEUX_POINTS_DEVANT_UN_NOM.search(texte):
        # « … Étaient présents Paul GARNIER, … Étaient excusés et représentés Henri X donne
        # pouvoir à … » (texte aplati) : l'intitulé en phrase, sans deux-points, devant un nom
        texte = _ETAIENT_SANS_DEUX_POINTS_DEVANT_UN_NOM.sub(r"\g<intitule> : ", texte)
    if "suppl" in texte and _SUPPLEANT_DE_PUIS_UN_AUTRE.search(texte):
        # « Lise X suppléante de Julie Y Jean Z suppléant de Henri W » : une virgule entre deux
        texte = _SUPPLEANT_DE_PUIS_UN_AUTRE.sub(", ", texte)
    if "résidence de" in texte and "ice-" in texte and _MEMBRES_APRES_LE_PRESIDENT.search(texte):
        # « … se sont assemblés … sous la présidence de M. X, Président, A, B - Vice-présidents ;
        # C Conseillère déléguée ; D, E Conseillers ; Délégués suppléants : … » : la liste des
        # membres assemblés suit le président, sans intitulé (le marqueur le dit à l'analyse)
        texte = _MEMBRES_APRES_LE_PRESIDENT.sub(r"\1 " + INTITULE_PRESENTS_APRES_LE_PRESIDENT + " ", texte, count=1)
    if "pour la s" in texte and _POUR_LA_SEANCE.search(texte):
        texte = _POUR_LA_SEANCE.sub(r"\1 ", texte)  # « (ayant donné procuration pour la séance à X) »
    if _PAGE_AVANT_UN_POINT_ROMAIN.search(texte):
        # « 2 I - BILAN ANNUEL … » en tête de page : le numéro de la page, puis le point I
        texte = _PAGE_AVANT_UN_POINT_ROMAIN.sub("", texte)
    if "en date du" in texte and _PAR_POUVOIR_EN_DATE.search(texte):
        # « Mme X représentée par M. Y par pouvoir en date du 10/03/2019 M. Z représenté … » : la
        # date du pouvoir ôtée, une virgule entre deux procurations
        texte = _PAR_POUVOIR_EN_DATE.sub(",", texte)
    if "MANDANTS" in texte:
        texte = _COLONNES_MANDANTS_MANDATAIRES.sub("Pouvoirs :", texte)  # « NOMS DES MANDANTS A NOMS DES MANDATAIRES »
    if " -" in texte and _PRENOM_COMPOSE_DECOLLE.search(texte):
        texte = _PRENOM_COMPOSE_DECOLLE.sub(r"\1-", texte)  # « Jean -Paul MORIN » : « Jean-Paul MORIN »
    if "(sup" in texte:
        texte = _SUPPLEANT_ABREGE.sub("(suppléant)", texte)  # « Rémi DORAT (sup.) » : un suppléant
    if " sur " in texte and _PRESENTS_N_SUR_M.search(texte):
        # « Etaient présents 9 Conseillers sur 11 : A, B » : les deux décomptes, puis la liste
        texte = _PRESENTS_N_SUR_M.sub(r"Conseillers en exercice : \g<exercice> ; présents : \g<presents>. \g<intitule> :", texte)
    if "(quitte" in texte or "(a quitté" in texte:
        # « Claire X (quitte la salle à 21h40 et donne pouvoir à A. Y) » parmi les présents :
        # présente jusqu'à l'heure dite, représentée ensuite (la forme « jusqu'à … - pouvoir à »)
        texte = _QUITTE_ET_DONNE_POUVOIR.sub(r"(jusqu'à \g<heure> - \g<pouvoir> à ", texte)
    if "M.M " in texte:
        texte = _MM_POINT_AU_MILIEU.sub("MM. ", texte)  # « M.M BLANC, TESSIER » : « MM. »
    if " Pouvoir " in texte or " Procuration " in texte:
        # « M. X (Lormes) – Pouvoir à Mme Y » : le pouvoir de X (la majuscule après le tiret
        # n'ouvre pas une autre entrée de la liste)
        texte = _TIRET_POUVOIR_MAJUSCULE.sub(lambda t: t.group(0).lower(), texte)
    if ("SENTS " in texte or "ATION" in texte or "VOIR" in texte or "CUSES " in texte) and (
        _INTITULE_CAPITALES_SANS_DEUX_POINTS.search(texte)
    ):
        # « … Maire de X PRESENTS RICHARD X, … PROCURATIONS FLORENCE Y à … ABSENTS DAVID Z » (texte
        # aplati) : l'intitulé en capitales sans deux-points, devant une personne
        texte = _INTITULE_CAPITALES_SANS_DEUX_POINTS.sub(r"\g<intitule> : ", texte)
    if " - " in texte and _INTITULE_PUIS_TIRET.search(texte):
        # « PRÉSENTS Délégués titulaires - GARNIER Paul, - LEBRUN Anne, … ABSENTS NON SUPPLEES -
        # TESSIER Luc » (liste à tirets aplatie) : chaque intitulé fini par deux-points
        texte = _INTITULE_PUIS_TIRET.sub(_intitule_a_deux_points, texte)
    if "oOo" in texte:
        texte = _ORNEMENT.sub(" ", texte)  # « -oOo--oOo-Conseillers en exercice : sept. »
    if "(" in texte:
        texte = _INCLUSIF_DETACHE.sub(r"\1\2", texte)
        texte = _ETAIENT_INCLUSIF.sub(_etaient, texte)
        texte = _INCLUSIF_PARENTHESE.sub(_masculin, texte)
    if ".e.s" in texte or ".E.S" in texte:
        # « Conseiller.e.s présent.e.s : » : le point ordinaire pour le point médian
        texte = _INCLUSIF_POINT_ORDINAIRE.sub(lambda t: t.group(0).replace(".", "·"), texte)
    if "·" in texte or "⋅" in texte:
        texte = _INCLUSIF_POINT.sub(_masculin, texte)
    if _INDICE_PETITES_CAPITALES.search(texte):
        texte = petites_capitales(texte)
    if "suivant" in texte:
        texte = _SUIVANTS_TIRET.sub(_suivants_tiret, texte)
    if "l unanim" in texte or "L UNANIM" in texte:
        texte = _UNANIMITE_SANS_APOSTROPHE.sub(r"\1'", texte)
    if "RATERNIT" in texte or "raternit" in texte:
        texte = _DEVISE_REPUBLICAINE.sub(_sans_devise, texte)
    return _NOTE_COLLEE.sub("", texte)


# (seulement devant « à » : ailleurs, les points de conduite séparent les colonnes d'un tableau)
_POINTS_DE_SUITE = re.compile(r"(?<=\S)[ \t]*(?:\.{4,}|…{2,})[ \t]*(?=(?:à|a)\s)")
_HEURE_A_DEUX_POINTS = re.compile(r"\b((?:de|à|a|vers)\s+\d{1,2}) : (\d{2})\b(?!\s*(?:voix|pour|contre))")
_EGAL_PUIS_NOMBRE = re.compile(r"(?<=[a-zéèêûçs])[ \t]*=[ \t]*(?=\d{1,4}(?:\s|$))")
_TIRETS_PUIS_NOMBRE = re.compile(r"(?<=[a-zéèêûçs])[ \t]*-{4,}[ \t]*(?=\d{1,4}(?:\s|$))")
_TROIS_POINTS_PUIS_NOMBRE = re.compile(
    r"(?<=[a-zéèêûç])[ \t]*:?[ \t]*\.{3}[ \t]*(?=\d{1,4}(?:\s|$)(?![./-]\d))"
)
# (« … en exercice ...... 29Présents …… 21 » : le nombre collé au libellé suivant aussi)
_POINTS_PUIS_NOMBRE = re.compile(r"(?<=[a-zéèêûç])[ \t]*(?:\.{4,}|…{2,})[ \t]*(?=\d{1,4}(?!\d)(?![./-]\d))")
# (chaque lettrine est la première lettre de son propre mot : ces seules formes sont cherchées)
_LETTRINES = ("C OMMUNE", "M AIRIE", "V ILLE", "C ONSEIL", "S YNDICAT", "C OMMUNAUT", "D ÉPARTEMENT", "D EPARTEMENT")
_LETTRINE = re.compile(
    r"\b([A-Z]) (OMMUNE|AIRIE|ILLE|ONSEIL|YNDICAT|OMMUNAUTÉ|OMMUNAUTE|ÉPARTEMENT|EPARTEMENT)\b"
    r"(?:(\s+(?:DE\s+LA|DES|DE|DU)\s+)([A-Z]) ([A-ZÉÈ][A-ZÉÈ'’\-]{2,})\b)?"
)


def _sans_lettrines(trouve: re.Match[str]) -> str:
    """« C OMMUNE DU G UILVINEC » → « COMMUNE DU GUILVINEC » (le mot du nom qui suit aussi)."""
    nom = f"{trouve.group(3)}{trouve.group(4)}{trouve.group(5)}" if trouve.group(3) else ""
    return f"{trouve.group(1)}{trouve.group(2)}{nom}"


def _sans_lignes_doublees(texte: str) -> str:
    r"""« COMMUNE DE ANSE-CLAIRECOMMUNE DE ANSE-CLAIRE » (l'en-tête d'une page copié deux fois,
    collé à lui-même) : la ligne une fois. Seules les lignes de 16 à 400 caractères, faites
    exactement de deux moitiés égales, sont touchées.

    >>> _sans_lignes_doublees("DELIBERATIONSDELIBERATIONS\nPrésents : A, B")
    'DELIBERATIONS\nPrésents : A, B'
    """
    lignes = texte.split("\n")
    doublees = False
    for rang, ligne in enumerate(lignes):
        propre = ligne.rstrip()
        moitie = len(propre) // 2
        if 16 <= len(propre) <= 400 and not len(propre) % 2 and propre[:moitie] == propre[moitie:]:
            lignes[rang], doublees = propre[:moitie], True
    return "\n".join(lignes) if doublees else texte


_ADJOINT_ABREGE = re.compile(r"\b(Adjt|ADJT)(e?)\b\.?")


# (en capitales, une fonction : après un rang ou une virgule, ou devant « au Maire » ; pas le
# NOM de « Alain ADJT »)
_AVANT_UNE_FONCTION = re.compile(r"(?:\d\s*(?:er|re|e|ème|eme)?|,|\bet)\s*$", re.I)
_APRES_UNE_FONCTION = re.compile(r"\s+(?:au|aux|à|a)\s", re.I)


def _adjoint(trouve: re.Match[str]) -> str:
    """« 1er Adjt » → « 1er Adjoint », « Adjte » → « Adjointe » (et en capitales), là où c'est
    une fonction."""
    avant = trouve.string[max(0, trouve.start() - 8) : trouve.start()]
    if (
        trouve.group(1) == "ADJT"  # (« Adjt » en casse mixte n'est jamais un NOM)
        and not _AVANT_UNE_FONCTION.search(avant)
        and not _APRES_UNE_FONCTION.match(trouve.string, trouve.end())
    ):
        return trouve.group(0)
    mot = "Adjoint" if trouve.group(1) == "Adjt" else "ADJOINT"
    return mot + (trouve.group(2) and ("e" if mot == "Adjoint" else "E"))


_EXC_ABREGE = re.compile(r"\(exc\.?(?=[\s,;)])")
_PROC_ABREGE = re.compile(r"(?<![\w.])proc\.\s+(?=(?:à|a)\s)")
_NOMBRE_AVANT_INTITULE = re.compile(
    # (pas la valeur d'un intitulé : « EN EXERCICE : 15 PRESENTS : 12 »)
    r"(?=\d)(?<![\w'’,])(?<!:\s)(?<!:)(\d{1,3})[ \t]+((?:PR[ÉE]SENTE?S?|ABSENTE?S?|EXCUS[ÉE]E?S?|PROCURATIONS?|POUVOIRS?"
    r"|REPR[ÉE]SENT[ÉE]E?S?)(?:\s+(?:ET\s+)?(?:EXCUS[ÉE]E?S?|REPR[ÉE]SENT[ÉE]E?S?))?)\s*:"
)
_CIVILITE_PLURIELLE_RUBRIQUE = re.compile(r"\b(Mesdames|Messieurs|MESDAMES|MESSIEURS)\s*:\s*(?=[A-ZÉÈ])")
_CIVILITE_POINT_ESPACE = re.compile(r"\b(M|Mme|Mlle|MM|Mmes)\s\.(?=\s[A-ZÉÈ])")
# deux à quatre tirets entre deux mots d'une ligne (pas un filet seul sur sa ligne)
_TIRETS_REPETES = re.compile(r"(?<=[^\s–—])[ \t]*[–—]{2,4}[ \t]*(?=[^\s–—])")


# « à l unanimité » : l'apostrophe perdue par la copie d'un PDF (« l acte », « s est ») ; seule
# celle de l'unanimité est remise, que toutes les phrases de vote attendent
_UNANIMITE_SANS_APOSTROPHE = re.compile(r"\b([lL]) (?=unanim|UNANIM)")


# « Mairie de X LIBERTÉ – ÉGALITÉ – FRATERNITÉ » : la devise de la République, imprimée dans
# l'en-tête à côté du nom de la collectivité (qu'elle allongeait), n'est jamais une donnée
_DEVISE_REPUBLICAINE = re.compile(
    r"[ \t]*\b[Ll](?:IBERT[ÉE]|ibert[ée])[\s,.;•·–—-]+(?:[ÉE]GALIT[ÉE]|[ÉEé]galit[ée])[\s,.;•·–—-]+"
    r"[Ff](?:RATERNIT[ÉE]|raternit[ée])\b[ \t.]*(?P<fin>\n|$)?"
)


def _sans_devise(trouve: re.Match[str]) -> str:
    """La devise retirée ; au milieu d'une ligne (texte aplati), une fin de ligne à sa place."""
    fin = trouve.group("fin")
    return "\n" if fin is None else fin


# « Étaient présents les délégués suivants – Commune : M. X, … » : le tiret tient lieu des
# deux-points de l'intitulé
# (« suivants – » d'abord, la recherche saute à ce mot ; l'intitulé est cherché avant lui)
_SUIVANTS_TIRET = re.compile(r"(suivante?s?)\s+[-–—]\s")
_INTITULE_AVANT_SUIVANTS = re.compile(
    r"\b(?:[ÉEé]taient|[ÉEé]tait|[Ss]ont|[Ee]st)\s+(?:pr[ée]sente?s?|absente?s?|excus[ée]e?s?)\s+"
    r"(?:les\s+|le\s+|la\s+)?(?:d[ée]l[ée]gu[ée]e?s?|conseill[eè]re?s?|membres?|[ée]lue?s?)"
    r"(?:\s+(?:municipaux|communautaires|titulaires))?\s+$"
)


def _suivants_tiret(trouve: re.Match[str]) -> str:
    """« les délégués suivants – » : « suivants : » après un intitulé de présence."""
    debut = trouve.start()
    if _INTITULE_AVANT_SUIVANTS.search(trouve.string, max(0, debut - 100), debut) is None:
        return trouve.group(0)
    return trouve.group(1) + " : "


# « M. jean-Pierre BeSSe », « Mme Christiane veRDieR » : des petites capitales dont certaines
# lettres ressortent en minuscules de l'extraction d'un PDF (toujours les mêmes : a, e, i…)
_INDICE_PETITES_CAPITALES = re.compile(r"[aeijnuvéè][A-ZÀ-Ý]")
_MOT_MELE = re.compile(r"\b[A-Za-zÀ-ÿ]*[aeijnuvéèêë][A-ZÀ-Ý][A-Za-zÀ-ÿ]*\b")
_LETTRES_DES_PETITES_CAPITALES = frozenset("aeijnuvéèêëàâ")
_PRENOM_PUIS_NOM_COLLES = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+[A-ZÀ-Ý]{3,}")
_PRENOM_EN_MINUSCULE = re.compile(
    r"\b(?P<civilite>M\.|Mme|Mlle|MM\.) (?!(?:de|du|des|d|le|la|van|von|di|da)\s)(?P<initiale>[a-zé])"
    r"(?=[a-zéèïëç]+(?:-[A-ZÀ-Ý][a-zéèïëç]+)? [A-ZÀ-Ý]{2,})"
)


def petites_capitales(texte: str) -> str:
    """Les mots en petites capitales mal extraites remis en capitales, et le prénom qui les
    précède remis à sa majuscule ; un mot de casse ordinaire (« LeBlanc ») n'est pas touché.

    >>> petites_capitales("M. jean-Pierre BeSSe, Mme Christiane veRDieR, M. Louis GRiMaL")
    'M. Jean-Pierre BESSE, Mme Christiane VERDIER, M. Louis GRIMAL'
    >>> petites_capitales("M. Paul LeBlanc, SyndicatIntercommunal")
    'M. Paul LeBlanc, SyndicatIntercommunal'
    """

    def capitales(trouve: re.Match[str]) -> str:
        mot = trouve.group(0)
        if _PRENOM_PUIS_NOM_COLLES.fullmatch(mot):
            return mot  # « RenéMOREAU » : un prénom et un nom collés (fin de ligne perdue)
        minuscules = {c for c in mot if c.islower()}
        return mot.upper() if minuscules <= _LETTRES_DES_PETITES_CAPITALES else mot

    texte = _MOT_MELE.sub(capitales, texte)
    return _PRENOM_EN_MINUSCULE.sub(lambda t: f"{t['civilite']} {t['initiale'].upper()}", texte)


# Intitulés cherchés dans le flux (texte aplati, minuscules sans accents, même longueur) : la
# coupure est à la fin du séparateur lu (un séparateur d'abord : la recherche saute à eux).
# (gardés : chaque intitulé commence par l'une des lettres de la garde)
# Les deux premiers caractères possibles d'un intitulé (regardés avant ses alternatives : un
# nom après une virgule, « m. », « alain », est écarté d'un test ; vérifiés par
# test_vitesse sur toutes les lignes du corpus)
_DEUX_PREMIERS_INTITULES = (
    "a[bsuvr]", "co", "de", "do", "e[fgltx]", "fo", "le", "m[ae]", "no", "on", "p[or]", "re", "s[eiou']", "ti",
    "vo",
)  # fmt: skip
_DEUX_PREMIERS_FORTS = (
    r"\d[\d\se]", "a[bdps]", "co", "d[ace]", "cp", "ex", "et", "ma", "no", "ob", "p[or]", "qu", "r[ae]",
    "so", "su", "vo",
)  # fmt: skip
_INTITULES = re.compile(
    # (« Excusés / Pouvoirs : » : deux intitulés joints par une barre n'en font qu'un ; mais
    # « Absent : / Secrétaire de séance : » : la barre dit « néant », l'intitulé suivant s'ouvre)
    # (« Absence excusée : » : un seul intitulé, pas « Absence » puis « excusée : »)
    # (« … représentés par son suppléant : » : un seul intitulé, pas « suppléant : » seul)
    r"(?<![a-z]\s/)(?<!absence)(?<!absences)(?<!par\sson)(?<!par\ssa)(?<!par\sleur)(?<!par\sleurs)[\s.;,)\-](?="
    + avec_garde("acdeflmnoprstv", re.compile(
    # (« S'est excusé : X », « Se sont excusés : Y »)
    # (« … DONT ABSENTS AVEC POUVOIR : 2 M. X (pouvoir Y) » : une sous-liste des absents)
    r"(?:etaient\s+|etait\s+|sont\s+|s'est\s+|se\s+sont\s+|dont\s+)?(?:egalement\s+|aussi\s+)?"
    # (« …, soit 5 conseillers Absents : » : le nombre qui ferme la liste garde son nom)
    # (« … sous la présidence de X. Conseillers communautaires titulaires présents : »)
    r"(?:(?:les\s+)?membres?\s+|(?<!soit\s\d\s)(?<!soit\s\d\d\s)conseillers\s+(?:municipaux\s+|communautaires\s+)?(?:titulaires\s+)?"
    # (« … du 14/09/2021 Titulaires présents : A. X, … » : la qualité seule devant l'intitulé)
    r"|deleguee?s?\s+(?:communautaires\s+|titulaires\s+)?|elus\s+|titulaires\s+)?"
    r"(?:presents?|presentes?|absents?|absentes?|absences?(?=\s+(?:non\s+)?excusee)|excuses?|excusees?"
    r"|representes?|representees?)"
    r"(?:\s*/\s*(?:absente?s?|excusee?s?))?"  # « EXCUSES /ABSENTS : »
    r"(?:\s+(?:excuses?|excusees?|representes?|representees?|(?:et|ou)\s+representes?|(?:et|ou)\s+excusee?s?|"
    r"(?:et|ou)\s+absente?s?|"  # « Excusés ou absents : »
    r"non\s+excusee?s?|non\s+representee?s?|non\s+supplee{1,2}s?|(?:ayant|(?:et\s+)?avaient|(?:et\s+)?avait)\s+(?:donne|remis)\s+(?:(?:un|une|leur|son|sa)\s+)?(?:pouvoir|procuration|delegation|mandat)s?(?:\s+de\s+vote)?"
    # (« Absents excusés ayant donné délégation de vote : » : un seul intitulé)
    # « Absents avec excuse : », « Absent sans excuse : », « Absent excusé sans pouvoir : »,
    # « Excusé et non représenté : », « Absent ayant présenté ses excuses : »
    r"|(?:avec|sans)\s+excuses?|(?:avec|sans)\s+(?:pouvoir|procuration)|et\s+non\s+representee?s?"
    # (« PRESENTS PAR PROCURATION : », « EXCUSES REPRESENTES PAR POUVOIR : »)
    r"|par\s+(?:pouvoirs?|procurations?)"
    # (« Étaient absents et représentés par son suppléant : »)
    r"|(?:et\s+)?representee?s?\s+par\s+(?:son|sa|leurs?)\s+suppleante?s?"
    r"|ayant\s+presente\s+(?:ses|leurs)\s+excuses)){0,3}"
    # (« Présents / Membres titulaires : » : la qualité après une barre, un seul intitulé)
    r"(?:\s*/\s*(?:membres|delegues|conseillers)\s+titulaires)?"
    # (« Titulaires présents avec vote : »)
    r"(?:\s+au\s+moment\s+de\s+l['\s]\s*appel(?:\s+nominatif)?|\s+a\s+la\s+seance|\s+avec\s+vote"
    r"|\s+prenant\s+part\s+au\s+vote)?"
    # (« Délégués présents (titulaires et éventuellement suppléants) : »)
    r"(?:\s*\((?:\d{1,3}(?:\s*/\s*\d{1,3})?|[a-z][a-z' ]{2,60})\))?\s*:"
    # « … Didier WALLET Ont complété le quorum après l appel nominatif : Pascal DUBOIS … »
    r"|ont\s+complete\s+le\s+quorum\b[^:]{0,60}:"
    # « … sous la présidence de M. X, Étaient présents tous les délégués …, sauf … » (aplati)
    r"|(?:etaient|sont)\s+presente?s\s+(?=tous\s+les\s+(?:membres|conseillers|delegues|elus)\b)"
    # « … Les Adjoints au Maire : Mmes et MM. A, B Les Conseillers municipaux : MM. C » (aplati) :
    # les rubriques d'une liste rangée par fonction, et la phrase qui l'ouvre
    # (pas « … tous les Conseillers en exercice, sauf : M. X qui a donné pouvoir … »)
    r"|les\s+(?:adjoints|conseillers|conseilleres|vice-presidents|delegues)\b(?![^:]{0,40}\b(?:sauf|exercice)\b)[^:,]{0,40}:"
    r"\s*(?:mmes\s+et\s+mm|mm|mmes|m|mme)\b"
    r"|(?:etaient|sont)\s+presente?s\s+a\s+la\s+seance\s+sous\s+la\s+presidence\b"
    r"|siege(?:nt|aient|ait)\s*:"  # « … Votants : 10 Siégeaient : X, Y » : ceux qui siègent
    # « … votants : 10 Assistaient à la séance : X » (pas « … délégués qui assistent à la
    # séance : 17 », un décompte)
    r"|(?<!qui\s)assist(?:ent|aient|ait)(?:\s+en\s+outre)?\s+a\s+la\s+seance\s*:"  # (« … en outre à la séance : »)
    r"|assist(?:ent|aient|ait)(?:\s+egalement|\s+aussi)?\s*:"  # « … à P. COLIN Assistaient : E. MARTIN, DGS »
    r"|assistants?\s*:"  # « … PERON Luc. ASSISTANTS : GUEGAN Sophie-DGS- … » (les agents)
    # « … (BRÉCHY) Arrivé en cours de séance : M. X (COMMUNE), au point 3 » : un mouvement
    r"|(?:arrivee?s?|depart|partie?s?)\s+en\s+cours\s+de\s+(?:seance|reunion)\s*:"
    # (« Pouvoirs écrits : », « Procuration écrite de … », « Votes par procuration : »,
    # « Mandats : », « Représentation : », « Excusée et représentée : »)
    # (pas « ABSENTS AYANT DONNE PROCURATION : » : l'intitulé entier, coupé devant lui)
    # (« POUVOIRS RECUS DE : - M. X à M. Y » : les pouvoirs reçus)
    r"|(?<!donne\s)(?<!donnee\s)(?<!remis\s)(?:pouvoirs?(?:\s+ecrits?|\s+de\s+vote|\s+recus(?:\s+de)?)?|procurations?(?:\s+ecrites?|\s+de\s+vote|\s+recues(?:\s+de)?)?|mandats|mandataires?|representation"
    r"|votes\s+par\s+procuration|representes?|representees?|delegations?\s+de\s+vote)"
    r"(?:\s*\(\d{1,3}(?:\s*/\s*\d{1,3})?\))?\s*:"  # « Pouvoirs (2) : », « Procurations (5/6) : »
    r"|excusee?s?\s+et\s+representee?s?\s*:"
    r"|delegues\s+representes\b"
    r"|(?:membres|conseillers|delegues|elus|absente?s?(?:\s+excusee?s?)?)\s+ayant\s+(?:donne|remis)\s+(?:(?:un|une|leur|son|sa)\s+)?(?:pouvoir|procuration|delegation|mandat)s?(?:\s+de\s+vote)?\s*:"
    # « … M. Éric SOUBRANE Avaient donné pouvoir : Mme X à M. Y » : l'intitulé en phrase
    r"|(?:ont|avaient|avait|a)\s+donne\s+(?:pouvoir|procuration|delegation)s?(?:\s+de\s+vote|\s+pour\s+voter)?\s*:"
    # « … Mme COLIN B. Ont délégué leur droit de vote conformément à l'article L. 2121-20 : … »
    r"|(?:ont|avaient|avait)\s+delegue\s+(?:leur|son)\s+droit\s+de\s+vote\b[^:]{0,120}:"
    r"|membres\s+(?:titulaires|suppleants)\b"  # colonnes d'un procès-verbal aplati
    r"|delegues\s+titulaires\s*:"  # « … sous la Présidence de X. Délégués titulaires : A, B »
    # « … MARTY Luc. Délégués suppléants ayant pouvoir de leurs titulaires : X (suppléant de Y) »
    r"|(?:conseill|deleg|membr)[a-z]*\s+suppleante?s?\s+ayant\s+pouvoir\b[^:]{0,60}:"
    # « … Yves GARNIER, Membre suppléant assistant à la réunion et prenant part au vote : X »
    r"|(?:conseill|deleg|membr)[a-z]*\s+suppleante?s?\s+[^:]{0,60}prenant\s+part\s+aux?\s+votes?\s*:"
    # « … KOEHLER Conseillers titulaires élus : 8 Conseiller suppléant présent : 0 Délégués
    # titulaires présents : … Délégués suppléants : … » : décomptes et listes par qualité
    r"|(?:conseill|deleg|membr)[a-z]*\s+(?:titulaire|suppleant)e?s?\s+"
    r"(?:elue?s?|en\s+fonctions?|en\s+exercice|presente?s?|excusee?s?|absente?s?|representee?s?)"
    # (« Conseillers suppléants présents dotés du droit de vote : »)
    r"(?:\s+(?:avec|sans)\s+voix\s+deliberatives?|\s+dotee?s?\s+du\s+droit\s+de\s+vote)?"
    # « 1 Conseiller titulaire excusé ayant donné un pouvoir de vote : X a donné pouvoir à Y »
    r"(?:\s+ayant\s+(?:donne|remis)\s+(?:(?:un|une|leur|son|sa)\s+)?(?:pouvoir|procuration|delegation|mandat)s?(?:\s+de\s+vote)?)?\s*:"  # « Délégués suppléants présents avec voix délibérative : »
    r"|(?:conseill|deleg)[a-z]*\s+suppleante?s?\s*:"
    # « … Carole PINEAU (Thouarcé) Suppléant : M. X (Tigné), suppléant de M. Y » : l'intitulé
    # seul (pas « Délégués titulaires et suppléants : », « Déléguée suppléante : », un seul
    # intitulé)
    r"|(?<!\set\s)(?<!delegue\s)(?<!deleguee\s)(?<!delegues\s)(?<!deleguees\s)(?<!membre\s)"
    r"(?<!membres\s)(?<!conseiller\s)(?<!conseillere\s)(?<!conseillers\s)(?<!conseilleres\s)"
    r"suppleante?s?\s*:"
    # « … M. Paul DIDIER. Suppléant ayant voix délibérative : Mme X pour M. Y » (aplati)
    r"|(?<!delegue\s)(?<!deleguee\s)(?<!delegues\s)(?<!deleguees\s)suppleante?s?\s+(?:ayant|avec)\s+"
    r"voix\s+deliberatives?\s*:"
    # « … ESTIENNE Paul; Suppléants présents sans vote : A ; B » (aplati)
    r"|suppleante?s?\s+presente?s?\s+(?:sans|avec)\s+(?:droit\s+de\s+)?vote\s*:"
    r"|(?<!-)(?:president|presidente|presidence)(?:\s+de\s+(?:la\s+)?seance)?\s*:\s*[a-z]"
    # « Secrétaire de séance désignée : Mme X » : l'intitulé porte son participe
    r"|(?:fonctions\s+de\s+|(?:election|designation)\s+d['\s]\s*une?\s+)?(?:secretaires?|secretariat)(?:\s+de\s+(?:la\s+)?seance)?(?:\s+(?:designee?|nommee?|elue?))?\s*:"
    r"|(?:nombre\s+de\s+)?(?:conseillers|membres|delegues)\s+en\s+exercice\s*:"
    r"|effectif\s+legal\b"
    # « Date de convocation : 18 septembre 2024 Votants : 5 dont 1 pouvoir - Présents : 4 »
    # (pas « En exercice Présents Votants : 15 : 13 : 14 », libellés puis valeurs en colonne)
    r"|votants\s*:\s*\d{1,3}(?!\d|\s*:\s*\d)"
    ), _DEUX_PREMIERS_INTITULES).pattern
    + r")"
)
# « … comptable Est nommé secrétaire, Mr X » : la phrase de nomination dans le flux, coupée
# seulement si elle commence par une capitale (« Mme X est nommée secrétaire » reste entière).
_NOMINATION = re.compile(
    r"(?<=[\s.;,)\-])(?=(?:est|sont|a\s+ete|ont\s+ete)\s+(?:nommee?s?|designee?s?|elue?s?)\s+"
    r"(?:en\s+qualite\s+de\s+|comme\s+)?secretaire"
    # « … 1.2) Secrétaire de séance Les présents désignent X comme secrétaire de séance. »
    r"|les\s+(?:presents|membres)\s+designent\s[^.:;]{3,80}?\s(?:comme|en\s+qualite\s+de)\s+secretaire"
    # « … Mme Anne DUVAL. Le conseil désigne Mme X pour assurer le secrétariat de la séance. »
    r"|le\s+(?:conseil|comite)(?:\s+(?:municipal|communautaire|syndical))?\s+(?:a\s+)?designe\s[^.:;]{3,80}?\s"
    r"(?:comme\s+secretaire|en\s+qualite\s+de\s+secretaire|pour\s+assurer\s+le\s+secretariat"
    r"|pour\s+remplir\s+les\s+fonctions\s+de\s+secretaire)"
    # « … Mme Anne DUVAL. Le secrétariat de séance est confié à M. X, benjamin du conseil. »
    r"|le\s+secretariat\s+(?:de\s+(?:la\s+)?seance\s+)?(?:est|a\s+ete)\s+confie\s+a\s"
    # « … Marc VIALA Il a été procédé à l'élection d'un secrétaire pris au sein du Conseil : … »
    r"|il\s+(?:a\s+ete|est)\s+procede\s+a\s+(?:l'election|la\s+designation|la\s+nomination)\s+d'un(?:e)?\s+secretaire)"
)
# « … 17 mars 2011 Monsieur Loïc CADIOU a été élu secrétaire à 20 voix » : la phrase commence à
# la civilité du secrétaire nommé (au plus quatre mots de nom)
_NOMINATION_NOMMEE = re.compile(
    r"(?<=[\s.;,)])(?=(?:monsieur|madame|mademoiselle|m\.?|mme|mlle)\s+[^\s,;:.]+(?:\s+[^\s,;:.]+){0,3}"
    r"(?:(?:(?:,\s+[^,;:.()]{3,40},)?\s+"  # « Mme X, conseillère municipale, est désignée … »
    r"(?P<verbe>(?:a|est)\s+ete|est)\s+"
    r"|,\s+)"  # « Mme X, désignée secrétaire de séance, procède à l'appel »
    # (« a été choisie comme secrétaire », « M. X est déclaré secrétaire de séance »)
    r"(?:nommee?|designee?|elue?|choisie?|declaree?)\s+"
    # « … désignée parmi les membres du conseil pour remplir les fonctions de secrétaire »
    r"(?:(?:parmi\s+(?:les|ses)\s+membres|au\s+sein)(?:\s+(?:du|de\s+l')\s*(?:conseil|assemblee|comite)"
    r"(?:\s+municipal|\s+communautaire|\s+syndical)?|\s+presents)?\s+(?=pour\s))?"
    # « … désignée en qualité de secrétaire », « … désignée pour remplir les fonctions de secrétaire »
    r"(?:(?:en\s+qualite\s+de|comme|pour\s+(?:remplir|assurer)\s+les\s+fonctions\s+de)\s+)?secretaire"
    # « Mme X assure le secrétariat de séance », « … est désignée pour assurer le secrétariat »,
    # « … se porte volontaire pour assurer le secrétariat », « … remplit les fonctions de secrétaire »
    # (pas « Le conseil désigne Mme X pour assurer … » : l'infinitif suit un autre sujet)
    r"|\s+(?:(?:est\s+designee?\s+pour\s+assurer|se\s+porte\s+volontaire\s+pour\s+assurer|assure)\s+le\s+secretariat"
    r"|remplit\s+les\s+fonctions\s+de\s+secretaire)"
    # « … Mme Anne DUVAL. M. X accepte d'assurer le secrétariat de la séance. »
    r"|\s+accepte\s+d'(?:assurer|remplir)\s+(?:le\s+secretariat|les\s+fonctions\s+de\s+secretaire)"
    r"|\s+accepte\s+d['\s]\s*etre\s+(?:le\s+|la\s+)?secretaire"  # « … M. X accepte d'être secrétaire de séance. »
    # « … préside la séance ; Mme X en est la secrétaire »
    r"|\s+en\s+(?:est|sera)\s+(?:le|la)\s+secretaire\b))"
)
_VERBE_A_MAJUSCULE = re.compile(r"[AE](?=[^.;:]{0,10}[a-zéè])")
# « … à Chantal PAGES. Frédéric SEGUIN a été désigné secrétaire de séance. » : la phrase
# commence après le point, au nom du secrétaire (au plus quatre mots)
_NOMINATION_APRES_POINT = re.compile(
    r"(?<=\.\s)(?<![\s(]m\.\s)(?=[^\s,;:.()]+(?:\s+[^\s,;:.()]+){1,3}\s+"
    r"(?:a|est)\s+ete\s+(?:nommee?|designee?|elue?)\s+secretaire)"
)
# « Lionel FOISSAC (1).Sébastien ESCALIER a été présent à partir de … (2) Agnès MALIE a
# quitté … » : le texte d'un renvoi numéroté commence à son appel
_RENVOI_FLUX = re.compile(
    r"(?<=[\s.])(?=\(\d{1,2}\)\s*\.?\s*[^\s,;:.()]+(?:\s+[^\s,;:.()]+){0,4}\s+"
    r"(?:a\s+ete\s+presente?|est\s+arrivee?|a\s+quitte|est\s+partie?))"
)
# « Les présents désignent X comme secrétaire de séance. - Finances 2.1) … » : la phrase de
# désignation finit au point, coupée après lui
_DESIGNATION_FINIE = re.compile(
    r"\bdesign(?:e|ent)\s[^.:;]{3,80}?\s(?:comme|en\s+qualite\s+de)\s+secretaire"
    r"(?:\s+de\s+(?:la\s+)?seance)?\s*\.\s"
)
# Intitulés forts : coupés quel que soit le mot qui précède.
# (un séparateur lu d'abord, comme pour _INTITULES : la coupure est à la fin de la correspondance)
_INTITULES_FORTS = re.compile(
    r"[\s.;,)\-](?="
    + avec_garde(r"\dacdemnopqrsv", re.compile(
    r"objet\s*:|objet\s+de\s+la\s+deliberation\s*:"
    # (« Date convocation et affichage : 02/12/2015 » : sans « de »)
    # (« … Date d'envoi de la convocation : 10 mars 2015 », « Date d'affichage de la convocation »)
    r"|date\s+(?:de\s+(?:la\s+)?|d'(?:envoi|affichage)\s+de\s+(?:la\s+)?)?convocation\b|resultat\s+du\s+vote\b"
    # fin d'un extrait et début du suivant, copiés à la suite (« … Abstention : 0 Pour extrait
    # conforme, Le Maire, X Date de mise en ligne de l'acte : … EXTRAIT DU REGISTRE … »)
    r"|pour\s+extrait\s+conforme\b|date\s+de\s+mise\s+en\s+ligne\b"
    r"|rapporteure?\s*:"  # « … salle polyvalente Rapporteur : M. X Le Bureau … »
    r"|questions?\s+diverses\s*:"
    # (« Vu la délibération n° 2020-12 du … », « par délibération n° … », « Fernand GODIN (à
    # partir de la délibération n° 2015-23) » : une référence ou un renvoi, pas un point ;
    # « Objet : Titre – délibération n° 2017-15 » : le numéro au bout du titre, pas un point)
    r"|(?<!\bla\s)(?<!\bvu\s)(?<!\bpar\s)(?<!\bsa\s)(?<!\bune\s)(?<!\bde\s)(?<!\bcette\s)"
    # (« 2. Modification délibération N°42 du 12/03/19 … » : l'objet d'un point, pas un autre)
    r"(?<!modification\s)(?<!annulation\s)(?<!abrogation\s)(?<!rectification\s)(?<!retrait\s)"
    r"(?!(?<=[-–—]\s)(?:deliberation|dcm)\s+n\s*[°o]\s*[\w./\-]*\d\s*$)"
    r"(?:deliberation|dcm|dcc|cp)\s+n\s*[°o]|\d{1,2}\s*(?:ere|eme|er|e)\s+deliberation\b"
    r"|dcm\s+\d{1,4}\s*/\s*(?:19|20)\d\d\s+[-–]"  # « … (Mme D). DCM 32/2019 – Titre »
    # « … Mme Anne PETIT Rapport n° CP-2024-31 : Titre » (pas « à partir du rapport n° 3 »)
    r"|(?<!\bdu\s)(?<!\ble\s)(?<!\bau\s)(?<!\bce\s)(?<!\bde\s)rapport\s+n\s*[°o]\s*[\w./\-]*\d[\w./\-]*\s*:"
    # (« … Tarifs de la cantine Délibération adoptée à l'unanimité » : le nom reste avec son
    # participe ; « … la délibération adoptée à l'unanimité … » reste dans sa phrase)
    r"|(?:(?<!\bla\s)(?<!\bune\s)(?<!\bcette\s)(?:deliberation|decision|proposition)\s+"
    # (« Taux d'imposition : les taux sont maintenus, adopté à l'unanimité. » : l'issue après
    # une virgule finit la phrase du point, elle ne s'en coupe pas)
    r"|(?<!deliberation\s)(?<!decision\s)(?<!proposition\s)(?<!,\s))"
    # (« … Tarifs communaux Adopté à la majorité. » : l'issue à la majorité aussi)
    r"(?:adopte|approuve|rejete|vote)e?s?\s+a\s+(?:l['\s]\s*unanimite|la\s+majorite\b)"
    # (« M. Y a le pouvoir de Mme X », « a reçu procuration de », « porteur du pouvoir de » :
    # une phrase, pas un intitulé)
    r"|(?<!le\s)(?<!la\s)(?<!du\s)(?<!recu\s)(?<!\sa\s)"
    # (« Procuration écrite de M. X à Mme Y »)
    r"(?:procurations?|pouvoirs?|mandats?|delegations?\s+de\s+vote)(?:\s+ecrite?s?)?\s+"
    # (« Pouvoir a été donné par M. X à Mme Y » : le passif au passé composé aussi)
    r"(?:de|d'|(?:a\s+ete\s+|ont\s+ete\s+)?(?:donnee?s?|remise?s?)\s+par)\s*"
    r"(?:m\.|mme\b|mr\b|monsieur\b|madame\b)"
    r"|nombre\s+de\s+(?:membres|conseillers|delegues|votants|presents|procurations|pouvoirs|communes)"
    r"|communes\s+non\s+representees\s*:"
    # (pas « 9 délégués étaient présents. » : un décompte en phrase, pas un intitulé)
    r"|(?<!\d\sdelegues\s)(?<!\d\smembres\s)(?<!\d\sconseillers\s)(?<!\d\selus\s)"
    r"(?:etaient|sont)\s+presente?s?\b(?=[^:]{0,60}:)"
    # (« 6 conseillers étaient présents : A – B » : le compte, puis la liste)
    r"|(?<=\d\sconseillers\s)(?:etaient|sont)\s+(?:presents|excuses|absents)\s*:"
    r"|(?<!etaient\s)(?<!sont\s)(?:present|absent|represente)\((?:e\)s\b|es\))"
    r"|(?<!\)\s)excuse\((?:e\)s\b|es\))"  # « Absent(es) excusé(es) : » : un seul intitulé
    # « … délégué(e)s suppléant(e)s. » ferme une liste de suppléants : pas un intitulé
    r"|(?<!delegue\(e\)s\s)(?<!procuration\s[-–]\s)(?<!pouvoir\s[-–]\s)suppleant\(e\)s\b"
    r"|assist(?:ent|aient|ait)\s+(?:sans\s+voix|egalement|aussi)\b"
    r"|(?:pouvoirs|procurations)\s+(?=(?:m\.|mme|mr|monsieur|madame|[a-z]\.)\s)"
    # « … de la Vallée de la Vire. Vote : unanimité. » : après la phrase du dispositif, le vote
    # (pas « 3. Vote : budget », un rang ; dans une longue ligne, _OUVERTURES le coupe déjà)
    r"|(?<=[^\W\d_]{2}[.!?]\s)votes?\s*:"
    ), _DEUX_PREMIERS_FORTS).pattern
    + r")"
)
# Phrases qui ouvrent une partie, cherchées seulement dans les longues lignes.
_OUVERTURES = re.compile(
    r"(?<=[\s.;,)])(?="
    r"l'an\s+(?:deux|mil|\d{4})|apres\s+en\s+avoir\s+delibere|ordre\s+du\s+jour\b"
    r"|apres\s+appel\s+des\b"  # « … Didier CAMPISTRON 1 Après appel des conseillers, … »
    # « … votants : vingt et un. Convocation adressée le vingt-neuf mars … » : la phrase de
    # convocation après un décompte en lettres (en chiffres, le décompte s'arrête au nombre)
    r"|(?<=\.\s)convocation\s+(?:adressee|envoyee|faite|transmise|expediee|notifiee)s?\s+le\b"
    r"|public\s*:\s*\d"  # « … Mme Iris VIDAL Public : 3 personnes » : le public n'est pas un membre
    r"|(?:le|la)\s+seance\s+est\s+(?:ouverte|levee)"
    r"|approbation\s+d[ue]s?\s+(?:proces|compte|pv\b|comite|conseil|la\s+seance)"
    r"|vote\s*:|(?:question|point|dossier)\s+(?:n\s*[°o]\s*)?\d+\s*[:\-–]"
    r"|pour\s*:\s*\d|(?:informations\s+et\s+)?questions?\s+diverses\b|informations\s+diverses\b"
    # « … vin d'honneur 45 €. Pour 8 Contre 2 Abstention 0 » : le vote sans deux-points
    r"|(?<=[\s.])pour\s+\d{1,3}\s+contre\s+\d{1,3}\b"
    # « … avenant n° 2 Pour : groupes A et B Contre : groupe C » : le vote par groupes politiques
    r"|pour\s*:\s*(?:les\s+)?groupes?\s"
    # « … Tarifs de la cantine Votes : pour 4 ; contre 0 », « … Pour : cinq ; Contre : zéro »,
    # « … Contre : 1 - Pour : 4 », « … Adopté : 4 voix pour », « … Décision adoptée à … » :
    # le vote qui suit le titre d'un point dans le flux
    r"|votes?\s+(?:pour\s*)?:\s*(?:pour|\d)|votants\s*:\s*\d{1,3}\s+pour\s*:|pour\s*:\s*(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|zero)\b"
    r"|contre\s*:\s*\d{1,3}\s*[-–;,/]\s*pour\b|(?:adoptee?s?|rejetee?s?)\s*:\s*\d{1,3}\s+(?:voix\s+)?pour\b"
    r"|decision\s*(?::\s*)?(?:adoptee?|rejetee?)\b|a\s+l'unanimite\s*,\s+le\s+(?:conseil|comite|bureau)\b"
    r"|votent\s+(?:pour|contre)\s*:\s*\d"  # « … au 1er janvier 2018. Votent pour : 22. »
    # « … Vuillemin Frères 51 002,00 Le conseil retient l'offre … » : la décision après le dernier
    # nombre d'un tableau aplati (montants, taux), sans point qui l'en sépare
    r"|(?<=\d\s)le\s+(?:conseil|comite)(?:\s+(?:municipal|communautaire|syndical))?\s+"
    r"(?:retient|approuve|adopte|decide|accepte)\b"
    # « … budget principal Chapitre Libellé Montant 011 … » : la rangée d'intitulés d'un tableau
    # aplati (budget, offres, aides) ouvre une partie, elle n'allonge pas le titre qui la précède
    r"|(?:chapitre|article|compte)\s+libelle\s+montant\b|entreprise\s+montant\s+h\.?t\b"
    r"|beneficiaire\s+commune\s+montant\b"
    # « … ne prend pas part au vote). Décisions prises par le Maire par délégation : n° 2017-41 … »
    r"|decisions\s+prises\s+par\s+(?:le|la|m\.|mme)\s+(?:maire|president)"
    # « … programme 2022 – Ne prennent pas part au vote : Mme X, M. Y – Pour : 17 » : la ligne
    # des membres nommés qui ne votent pas, après le tiret du titre d'un rapport (« … : 1 (M. X) »
    # reste avec son vote ; « Rapporteur : M. X Ne prend pas part au vote : M. Y » reste avec le
    # rapporteur, qui la lit)
    r"|(?<=[-–]\s)ne\s+prenn?(?:ent|d)\s+pas\s+part\s+au\s+vote\s*:\s*(?:m\.|mme|mm\.|mmes|monsieur|madame)\s"
    r")"
)
# « … adopté à l'unanimité. 2) Objet », « … levée. 3 - Objet » : un point numéroté dans le flux
# « … d opposition. 4 1/1 - COMPTE ADMINISTRATIF » : rapport « 1/1 - », numéro de page collé devant
# (gardée : chaque coupure commence par une ponctuation, une capitale ou un chiffre)
_POINT_NUMEROTE = avec_garde(r".!?»)A-ZÀ-Ý\do/", re.compile(
    # (pas « … Paul ROUX 2. Mme Anne PETIT » : une personne numérotée dans une liste)
    # (« … sans observation. 1/ PROGRAMME DE VOIRIE – … » : aussi un rang et une barre)
    r"(?:[.!?»)]|[A-ZÉÈ]{2})\s+(?=\d{1,2}\s*(?:°\s*[)/]|\)|[-–/]|\.)\s+(?!(?:M\.|Mme|Mlle|MM\.)\s)[A-ZÉÈÀ])"
    r"|\d\s+(?=\d{1,2}\)\s+[A-ZÉÈÀ])"
    # « … Pour : 8 Contre : / Abstention : / 2°) Église … » : après la case vide d'un vote
    r"|(?<=:\s)/\s+(?=\d{1,2}\s*°\s*\)\s+[A-ZÉÈÀ])"
    # « … Ordre du jour : 1. Tarifs communaux : … » : le premier point suit l'intitulé
    r"|[Oo]rdre\s+du\s+jour\s*:\s+(?=\d{1,2}\s*[.)]\s+[A-ZÉÈÀ][a-zéèêà])"
    # « … du matin. 2 1 ) : Tarifs … », « … levée. 2 ) : Décision … » (numéro de page collé)
    r"|(?:[.!?»)]|\d)\s+(?=\d{1,2}\s\)\s:\s+[A-ZÉÈÀ])"
    # « … votants : 18 A) Budget primitif … », « … (noms). B) Budget annexe … » : points lettrés
    r"|(?:[.!?»)]|\d)\s+(?=[A-H]\)\s+[A-ZÉÈÀ][a-zéèêà])"
    # « … sont lus et approuvés. a) Rentrée scolaire : tarifs – M. le Maire propose … » : une
    # lettre minuscule, son titre, puis un tiret qui ouvre l'exposé
    r"|[.!?»)]\s+(?=[a-h]\)\s+[A-ZÉÈÀ][^.;]{2,120}?\s[-–]\s(?:M\.|Mme|Monsieur|Madame|Le|La|Les|L'|Il|Elle)\s)"
    r"|[.!?)]\s+(?:\d{1,3}\s+)?(?=\d{1,2}/\d{1,2}\s*[-–]\s+[A-ZÉÈÀ])"
    # « … approuvé à l'unanimité. 2023-05 Budget primitif … » : numéro année-rang puis titre
    # (« 2013-15 – Compte administratif 2012 … » : un tiret entre le numéro et le titre)
    r"|(?:[.!?)]|\d)\s+(?=(?:19|20)\d\d[-_.]\d{1,3}\s+(?:[-–]\s+)?[A-ZÉÈÀ][a-zéèêà])"
    # (« … à l'unanimité. 2019-29 – TARIFS DE LA SALLE Pour : 4 … » : titre en capitales, après
    # un tiret ou deux-points)
    r"|[.!?)]\s+(?=(?:19|20)\d\d[-_.]\d{1,3}\s+[-–:]\s+[A-ZÉÈÀ]{2}[A-ZÉÈÀ'’]*\s+[A-ZÉÈÀ'’]{2})"
    # (« … à l'unanimité. 2019-DEL-029 : Tarifs … », « … DEL-2019-29 : … » : numéro à lettres)
    r"|[.!?)]\s+(?=(?:[A-Z]{1,4}-?)?(?:19|20)\d\d-[A-Z]{1,4}-\d{1,4}\s*[:–\-]\s+[A-ZÉÈÀ]"
    r"|[A-Z]{1,4}-?(?:19|20)\d\d[-_.]\d{1,4}\s*[:–\-]\s+[A-ZÉÈÀ])"
    # « … 0 ABSTENTION 2018-015 Budget … », « … séance. FINANCES 2018-014 Vote des taux … » :
    # aussi après un mot en capitales (libellé de vote, rubrique), le titre en casse mixte
    # (« … Secrétaire de séance : M. Karim BENSAÏD 2023-45 – Budget primitif … » : après le NOM
    # qui finit une liste, le numéro, un tiret ou deux-points, puis le titre)
    r"|[A-ZÀ-Ý]{3}\s+(?=(?:19|20)\d\d[-_.]\d{1,3}\s+(?:[-–:]\s+)?[A-ZÉÈÀ][a-zéèêà]+\s)"
    # « … quatorze membres. 2016.84 : Budget communal – … » : numéro année.rang, deux-points, titre
    r"|(?:[.!?)]|\d)\s+(?=(?:19|20)\d\d[-_.]\d{1,3}\s*:\s+[A-ZÉÈÀ][a-zéèêà])"
    # « … unanimité des votants. B2021-015 – Ressources humaines – … » : numéro à lettre collée
    # (bureau, commission), un tiret, puis le titre
    # (« … M. Franck TASSART DÉCISIONS B2014-41 – Attribution … » : aussi après un mot en
    # capitales, la fin d'un nom ou un intertitre)
    r"|(?:[.!?)]|\d|[A-ZÉÈ]{2})\s+(?=[A-Z]{1,3}(?:19|20)\d\d[-_.]\d{1,4}\s+[-–]\s+[A-ZÉÈÀ][a-zéèêà])"
    # « … Secrétaire de séance : M. X DÉCISIONS B2014-41 – Titre … », « … ORDRE DU JOUR 1 – … » :
    # l'intertitre en capitales qui annonce les points ouvre sa ligne (il ne finit pas le nom)
    r"|(?<=\s)(?=(?:D[ÉE]CISIONS|D[ÉE]LIB[ÉE]RATIONS|ORDRE\s+DU\s+JOUR)\s+"
    r"(?:[A-Z]{1,3}(?:19|20)\d\d[-_.]\d{1,4}|\d{1,2})\s*[-–.)]\s+[A-ZÉÈÀ])"
    # PDF aplati, pied ou en-tête de page entre deux points : « … novembre 2009 2/3 3 –
    # Restauration … » (le numéro de page, puis le rang), « … séance du 7 octobre 2011 3. Tarifs
    # de la cantine … » (l'en-tête daté répété, puis le rang)
    r"|(?<=\s)\d{1,2}\s?/\s?\d{1,2}\s+(?=\d{1,2}\s*[-–.)]\s+[A-ZÉÈÀ][a-zéèêà])"
    r"|(?<=\s)(?:19|20)\d\d\s+(?=\d{1,2}\s*[.)]\s+[A-ZÉÈÀ][a-zéèêà]+\s)"
))
# « … Adopté à l'unanimité 2- Budget annexe … » : après l'issue d'un vote, un rang suivi d'un
# titre ouvre le point suivant (le rang d'abord, l'issue devant lui ensuite : la recherche
# saute aux blancs)
# (« … Abstention : 1 5. Intercommunalité – … » : aussi un rang suivi d'un point)
_RANG_PUIS_TITRE = re.compile(r"\s(?=\d{1,2}\s*(?:[-–)]|\.(?!\d))\s+[A-ZÉÈÀ])")
# « … Abstention : 0 – Adopté CP-2021-11-043 – Collèges publics … » : après l'issue, un numéro à
# année (et sigle) suivi d'un tiret ou de deux-points puis du titre ouvre le point suivant
# (« … – Adopté RAPPORT 3-13 COLLÈGES PUBLICS … » : « Rapport » et son numéro aussi)
_NUMERO_PUIS_TITRE = re.compile(
    r"\s(?=(?:[A-Z]{1,4}-?)?(?:19|20)\d\d(?:[-_./](?:[A-Z]{1,4}|\d{1,4})){1,3}\s*[:–-]\s+[A-ZÉÈÀ]"
    r"|(?:RAPPORT|[Rr]apport|D[ÉE]LIB[ÉE]RATION|D[ée]lib[ée]ration)\s+(?:[Nn]\s*[°o]\s*)?[A-Z]{0,4}-?\d"
    r"[\w./-]*\s+(?:[:–-]\s+)?[A-ZÉÈÀ])"
)
_ISSUE_AVANT = re.compile(
    r"(?:[Aa]dopt[ée]e?s?|ADOPT[ÉE]E?S?|unanimit[ée]|majorit[ée]|[Rr]ejet[ée]e?s?)\s*$"
)
# « … Opposition : 0 Approbation : 30 3- Délibération … » : le dernier nombre d'un vote
# (« … Votants 10 – pour 10 2 – Réfection … » : aussi sans deux-points)
# (« … ABST : 1 2 – Tarifs … », « … Abstention = 1 2 – … », « … Contre : deux 2 – … » : en
# capitales, abrégé, après « = », ou en lettres)
_NOMBRE_DE_VOTE_AVANT = re.compile(
    r"(?:[Aa]pprobation|[Oo]pposition|[Aa]bstentions?|[Aa]bst\.?|[Cc]ontre|[Pp]our|APPROBATION"
    r"|OPPOSITION|ABSTENTIONS?|ABST\.?|CONTRE|POUR)\s*[:=]?\s*"
    r"(?:\d{1,3}|z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
    r"|quatorze|quinze|seize|vingt)\s*$"
)
# « … Vote : 18 pour 5) Convention … » : le dernier nombre d'un vote écrit « N pour »
_VOIX_AVANT = re.compile(r"\d{1,3}\s+(?:voix\s+)?(?:pour|contre|abstentions?)\s*$")
# « … Vote : pour 7, contre 0, abstention 0. Interruption de séance … » : la phrase du vote finit
# sur un nombre et un point (que la fin de phrase ordinaire, après un mot, ne voit pas) ; la
# phrase suivante commence ailleurs (pas un autre nombre du même vote : « Pour : 7. Contre : 0. »)
_PHRASE_APRES_VOIX = avec_garde(r"\s", re.compile(
    r"(?<=\d\.)\s+(?=[A-ZÉÈÀÂ])(?!(?:[Pp]our|POUR|[Cc]ontre|CONTRE|[Aa]bstention|ABSTENTION|[Vv]ot|VOT|"
    r"[Ss]['’]\s*abst|S['’]\s*ABST|[Oo]nt\s+vot|ONT\s+VOT|[Ee]xprim|EXPRIM|[Bb]lanc|BLANC|[Nn]uls?\b|NULS?\b|[Nn]e\s+pren|NE\s+PREN|[Ss]uffrages|"
    r"SUFFRAGES|[Rr][ée]sultat|R[ÉE]SULTAT|[Aa]dopt|ADOPT|[Rr]ejet|REJET|[Dd]ont\b))"
))
_DERNIER_NOMBRE_DE_VOIX = re.compile(r"(?:pour|contre|abstentions?)\s*:?\s*\d{1,3}\.(?=\s*$)")
# « … Abstention : 0 M. Christian X quitte la séance … » : après le dernier nombre d'un vote, un
# membre qui part ou arrive ouvre une autre phrase (texte aplati, sans ponctuation)
# (« … et 1 abstention (M. DRAPEAU). M. GIRAUD quitte la séance … » : aussi après la fin d'une
# phrase)
_MOUVEMENT_APRES_VOTE = re.compile(
    r"(?<=[\d.!?])\s+(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s+(?:[A-ZÉÈ][\w'’\-]*\s+){1,3}"
    r"(?:quitte|arrive|rejoint|se\s+retire|sort|fait\s+son\s+entr[ée]e)\b"
    # « … Votants : 5 M. Paul ROUX, doyen d'âge, a pris la présidence de l'assemblée. »
    r"|(?:M\.|Mme|Monsieur|Madame)\s+[^.;:]{3,60}?\ba\s+pris\s+la\s+pr[ée]sidence\b)"
)
# « … Adopté à l'unanimité Budget primitif 2022 Le budget … », « … Adopté. – Convention de
# déneigement : … » : dans un compte rendu aplati, l'issue d'un point (sans ponctuation, ou
# suivie d'un tiret) finit le point ; le mot à majuscule qui suit ouvre le titre du suivant
_TITRE_APRES_ISSUE = re.compile(
    r"\b[Aa]dopt[ée]e?s?(?:\s+(?:à|a)\s+l['’]\s*unanimit[ée]|\s+par\s+\d{1,3}\s+voix\s+pour"
    r"(?:\s*(?:,|et)\s*\d{1,3}\s+(?:voix\s+)?(?:contre|abstentions?))*)?\s*\.?(?:\s+[-–—])?"
    r"(?=\s+(?!(?:Pour|Contre|Abstention|Vote|Le|La|Les|Il|Elle|M\.|Mme|Monsieur|Madame)\b)"
    r"[A-ZÉÈÀ][a-zéèêà']+\s)"
)
# « … Secrétaire de séance : M. Paul ROUX – Tarifs de la cantine : le repas passe à … » (page
# aplatie dont les parties sont séparées par des tirets) : après le NOM d'une personne, un
# tiret puis un titre, deux-points et une phrase en minuscules ouvrent un point (la coupe est
# devant le tiret, qui reste au titre comme une puce)
_TIRET_PUIS_TITRE_APRES_NOM = re.compile(
    r"(?<=[A-ZÉÈÀÂÎÔÛÇ]{2})\s(?=[–—]\s+[A-ZÉÈÀ][a-zéèêàâîôûç'’]+(?:\s+[\w'’,()-]+){0,10}?\s:\s+[a-zéèêà])"
)
# « … Procuration : M. BARBE Louis à M. PUJOL André Conformément à l'article L. 2121-15 … »
# (texte aplati) : la phrase de la désignation du secrétaire commence après le nom
# (« … ABSENTS : / En conformité avec l'article L 2121-15 … » : après une liste vide aussi)
_CONFORMEMENT_APRES_UN_NOM = re.compile(
    r"(?:(?<=[A-Za-zéèëïç])|(?<=:\s/))\s(?=(?:Conform[ée]ment\s+(?:à|a|aux?)|En\s+conformit[ée]\s+avec)\s)"
)
# « … Conseil de Communauté du 23 février 2006 à Vouziers Mesdames Agnès BEGIN, Marie ROUX, … »
# (en-tête aplati) : une liste de personnes ouverte par la civilité au pluriel commence là
_LISTE_PAR_CIVILITES_PLURIELLES = re.compile(
    r"(?<=[\wé.])(?<!\set)\s(?=(?:Mesdames|Messieurs)\s+[A-ZÉÈ][a-zéèëïç]+(?:-\s?[A-ZÉÈ][a-zéèëïç]+)?\s+"
    r"[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’\-]+\s*,)"
)
# « … Tarifs de la cantine Arrivée de Mme X à 20 h 45. Le conseil … » : la phrase d'un
# mouvement, après un mot du titre (texte aplati), ouvre une autre phrase ; l'heure ou le point
# dit la rendent sûre (« Indemnité de départ de M. X » n'est pas coupé)
_MOUVEMENT_NOMME_FLUX = avec_garde(r"\s", re.compile(
    r"(?<=[a-zà-ÿ])\s+(?=(?:Arriv[ée]e|D[ée]part)\s+de\s+(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[^.;:()]{2,50}?"
    r"\s(?:(?:à|a)\s+\d{1,2}\s*h|au\s+(?:cours\s+du\s+)?point|(?:à|a)\s+la\s+question))"
))
# (la phrase du mouvement finie par un point : la suite en ouvre une autre)
_FIN_DU_MOUVEMENT_FLUX = avec_garde("AD", re.compile(
    r"(?:Arriv[ée]e|D[ée]part)\s+de\s+(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[^.;:()]{2,50}?"
    r"\s(?:à|a)\s+\d{1,2}\s*h\s*\d{0,2}\s*\.(?=\s+[A-ZÉÈ])"
))
# « … Adopté Page 2/9 … » : un numéro de page dans le flux, coupé avant et après
PAGE_FLUX = re.compile(r"[Pp]age\s+\d{1,3}\s*(?:/|sur)\s*\d{1,3}(?![\w/])")
# « … à l unanimité N 2015-032 : Finances - … », « … 0 Délibération 8/2022 VOTE DES TAUX … » :
# un numéro de délibération (degré perdu, ou sans « n° ») suivi de son titre ouvre un point
_NUMERO_SANS_DEGRE = re.compile(
    r"\s(?=N\s?°?\s?(?:19|20)\d\d\s?[/\-.]\s?\d{1,4}\s*:\s*[A-ZÉÈÀ]"
    r"|(?:D[ée]lib[ée]ration|D[EÉ]LIB[EÉ]RATION)\s+\d{1,4}\s?[/\-.]\s?\d{1,4}\s+"
    r"[A-ZÉÈÀÂ][A-ZÉÈÀÂ'\-]+\s)"
)


def numeros_de_page(ligne: str) -> list[re.Match[str]]:
    """Les numéros de page « Page k/N » d'une ligne (pas au milieu d'un mot ni d'une date).

    >>> [m.group(0) for m in numeros_de_page("Adopté Page 2/9 Service ; voir la page 3 ; 1Page 2/3")]
    ['Page 2/9']
    """
    return [
        m
        for m in PAGE_FLUX.finditer(ligne)
        if m.start() == 0 or not (ligne[m.start() - 1].isalnum() or ligne[m.start() - 1] in "/_")
    ]


# « 1- Approbation du procès-verbal … » : le rang attend son titre
_RANG_AVANT = re.compile(r"(?:^|[.!?;:»)]\s+)\d{1,2}\s*[-–)]\s*$")
# « N 2015-031 : Administration générale - Approbation du … » : le titre continue après la rubrique
_RUBRIQUE_AVANT = re.compile(r"\bn\s*[°o]?\s*\d[\w\-/.]*\s*:\s*[^:.;]{3,50}\s[-–]\s*$")
# « … (pour Gérard Bessou) Pouvoirs Nicole Azaïs à … » : intitulé à majuscule sans « : » devant
# un « Prénom Nom » (colonnes d'un tableau aplati)
# (gardée : la position est devant l'intitulé, ou devant un blanc)
_INTITULE_MAJUSCULE = avec_garde(r"EPARS\s", re.compile(
    # « … (arrivé à la question 2) En exercice : 23 Présents : 19 » : décompte à majuscule
    # (pas après « CONSEILLERS », « MEMBRES » : « NOMBRE DE CONSEILLERS EN EXERCICE : 6 »)
    r"(?<=[\s.;,)])(?<!(?i:conseillers)\s)(?<!(?i:membres)\s)(?<!(?i:d[ée]l[ée]gu[ée]s)\s)(?<!(?i:[ée]lus)\s)"
    r"(?=(?:En|EN)\s+(?:exercice|EXERCICE)\s*:\s*\d)|"
    # « … et Z, conseillers municipaux Procurations : Y (pouvoir à X) » : à majuscule, l'intitulé
    # coupe même après un mot de liaison
    # (« Excusés / Pouvoirs : » : deux intitulés joints par une barre n'en font qu'un)
    # (pas « ABSENTS AYANT VOTE PAR PROCURATION : » : un seul intitulé)
    # (ni « ABSENTS AYANT DONNE PROCURATION : » : le participe tient à l'intitulé)
    r"(?<=[\s.;,)])(?<!/\s)(?<!(?i:par)\s)(?<!(?i:donne)\s)(?<!(?i:donné)\s)(?=(?:Pouvoirs?|Procurations?|POUVOIRS?|PROCURATIONS?)(?:\s+de)?\s*:\s*[A-ZÉÈ])|"
    # « … à M. Jacques Audoin ADOPTÉ. Nathalie … » : l'issue en capitales, seule, finit la liste
    r"(?<=[\s.;,)])(?=ADOPT[ÉE]E?S?\.(?:\s|$))|(?<=\sADOPT[ÉE]\.)(?=\s)|"
    r"(?<=[\s.;,)])(?=(?:Pouvoirs?|Procurations?)\s+[A-ZÉÈ][a-zéèêàçï]+(?:-[A-ZÉÈ][a-zéèêàçï]+)?\s+[A-ZÉÈ])|"
    # « … M. Karim BENSAÏD. Représentés Mme X représentée par M. Y … » (titres de liste d'une
    # page web aplatie, sans deux-points) : après une fin de phrase, l'intitulé suivi d'une civilité
    # (« … Séance du 4 avril 2022 Présents M. X, … BENSAÏD Pouvoir M. Y à M. Z » : tableau
    # « intitulé | noms » aplati, aussi après une année ou un NOM)
    r"(?:(?<=[.;]\s)|(?<=\d{4}\s)|(?<=[A-ZÀ-Ý]{2}\s))(?=(?:Repr[ée]sent[ée]e?s|Absente?s?(?:\s+(?:excus[ée]e?s?"
    r"|repr[ée]sent[ée]e?s?))?|Excus[ée]e?s|Pr[ée]sente?s|Pouvoirs?|Procurations?)\s+(?:M\.|MM\.|Mmes?|Mlle"
    r"|Monsieur|Madame)\s)|"
    # « … DU 14 MAI 2013 Présents Paul ROCHE, Maire ; … » : l'intitulé suivi d'un prénom et
    # d'un NOM, sans civilité
    r"(?:(?<=[.;]\s)|(?<=\d{4}\s))(?=Pr[ée]sente?s\s+[A-ZÉÈ][a-zéèêàçï]+(?:-[A-ZÉÈ][a-zéèêàçï]+)?\s+[A-ZÉÈ]{2})|"
    # « … 2-1 Tarifs communaux 2017 * * * * * REUNION DU 25 NOVEMBRE 2016 Etaient … » : le titre
    # de la séance en capitales après le séparateur qui clôt l'ordre du jour (jamais dans un
    # objet « COMPTE-RENDU DE LA SÉANCE DU … »)
    r"(?<=[*.!?]\s)(?=(?:R[ÉE]UNION|S[ÉE]ANCE)\s+DU\s+\d{1,2}(?:ER)?\s+[A-ZÉÛ]{3,}\s+\d{4})"
))
# « Accueil › … Publié le 16 avril 2013 COMMUNE DE SAINT-X Compte rendu … » : au début d'une
# page aplatie, le nom de la commune en capitales après du texte en minuscules ouvre l'en-tête
# (gardée : devant « COMMUNE », « MAIRIE » ou « VILLE »)
_COMMUNE_EN_TETE_FLUX = avec_garde(r"CMV", re.compile(
    # (après un titre en capitales aussi : « … DES DÉLIBÉRATIONS COMMUNE DE X … », pas « DE LA
    # COMMUNE DE X »)
    r"(?<=[A-Za-zÉÈÊÀéèêà\d]\s)(?<!\bLA\s)(?<!\bla\s)(?<!\bDE\s)(?<!\bde\s)"
    r"(?=(?:COMMUNE|MAIRIE|VILLE)\s+(?:DE|D'|D’|DU|DES)\s*[A-ZÉÈÀ]{2})"
    # « COMPTE RENDU CONSEIL MUNICIPAL DU 7 JUILLET 2006 Mairie de X Réunion du … » : en casse
    # mêlée, après l'année d'un titre
    r"|(?<=(?:19|20)\d\d\s)(?=(?:Commune|Mairie|Ville)\s+(?:de|d'|d’|du|des)\s*[A-ZÉÈÀ][a-zéèêà])"
    # « EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL Commune de X Nombre de … » :
    # en casse mêlée, après un titre en capitales
    r"|(?<=[A-ZÉÈ]{3}\s)(?=(?:Commune|Mairie|Ville)\s+(?:de|d'|d’|du|des)\s*[A-ZÉÈÀ][a-zéèêà])"
))
# « … Le Maire, M. DUCASSE Commune de Lescure-d'Arbas – PV du conseil municipal du 06/06/2023 »
# (pied de page d'un PDF aplati, n'importe où dans la ligne) : la collectivité puis le titre du
# document ouvrent une ligne à eux, que la lecture de la collectivité en pied de page reconnaît
_PIED_COMMUNE_FLUX = avec_garde(r"CMV", re.compile(
    r"(?<=\s)(?<!\bla\s)(?<!\bde\s)(?<!\bà\s)(?<!\bavec\s)"
    r"(?=(?:Commune|Mairie|Ville)\s+(?:de|d'|d’|du|des)\s*[A-ZÉÈÀ][\w'’-]*(?:[\s-]+[\w'’-]+){0,4}?"
    r"\s+[-–]\s+(?:PV|P\.V\.|[Pp]roc[èe]s[\s-]verbal|[Cc]ompte[\s-]rendu|[Ss][ée]ance|[Cc]onseil\s+municipal)\b)"
))
_RUBRIQUE_DES_POINTS = re.compile(
    r"\b(?:affaires|questions|points)\s+deliberee?s\s*:\s*(?=1\s*°?\s*[)\-–.])"
)
# « … Partager Imprimer Mairie de X 1 rue de la Mairie Lundi … », « Communauté de communes X
# 3 avenue du Ségala … » : le pied d'une page copiée, la collectivité puis son adresse
_PIED_ADRESSE = re.compile(
    r"(?<=\s)(?<!\bla\s)(?<!\bde\s)(?<!\bà\s)"
    r"(?:Commune|Mairie|Ville|Communaut[ée]\s+(?:de\s+communes|d['’]agglom[ée]ration))\s+"
    r"[^\d.;:]{3,80}?(?=\s+\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|place|boulevard|chemin"
    r"|route|all[ée]e|impasse|quai|cours|square)\b)"
)
_MOTS_PIED_ADRESSE = ("rue ", "avenue ", "place ", "boulevard ", "chemin ", "route ", "allee ",
                      "allée ", "impasse ", "quai ", "cours ", "square ")
# « … DE LA COMMUNE DE L'ISLE-SUR-LE-DOUBS Le 26 septembre 2024 à 20 h 30, le Conseil … » (en-tête
# aplati) : la phrase d'ouverture qui commence par sa date ferme le titre en capitales
# « … Date de convocation : 25 février 2011 M. LAMBERT M. CORDIER … » (aplati) : après une date
# entière, une personne (civilité et NOM) ouvre une autre partie
_CIVILITE_APRES_UNE_DATE = re.compile(
    r"\b\d{1,2}(?:er)?\s+[a-zéû]{3,9}\s+\d{4}(?=\s+(?:M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame)\s+[A-ZÉÈ]{2})"
)
_DATE_OUVRE_UNE_PHRASE = re.compile(
    r"(?<=[A-ZÉÈÀÂ'’\-]{2})\s+(?=Le\s+(?:\d{1,2}|premier)(?:er)?\s+[a-zéû]+\s+\d{4}\s*(?:,|à\s))"
)
# « … votants : cinq Sous la présidence de M. X, Maire Présents : … » (aplati) : la phrase de la
# présidence, sa majuscule le dit, ouvre une partie
# (de même « … Votants : 5 Présidée par M. X, Maire », « Présidence de Mme Y » : la majuscule
# et la civilité qui suit)
_SOUS_LA_PRESIDENCE = re.compile(
    r"(?<=\S)\s+(?=Sous\s+la\s+pr[ée]sidence\s+d"
    r"|Pr[ée]sid(?:[ée]e\s+par|ence\s+de)\s+(?:M\.|Mme|Monsieur|Madame)\s)"
)
# « … Approuvé à l'unanimité Départ de M. X à 18h15 après le B-2024-102 » : un mouvement
# (majuscule, civilité) ouvre une phrase
# (« (Arrivée de Mme X) », « 21 h 10 : départ de Mme X. » : entre parenthèses, ou après l'heure)
_MOUVEMENT_EN_TETE = re.compile(
    r"(?<=\S)\s+(?=\(?(?:D[ée]part|Arriv[ée]e)\s+de\s+(?:M\.|Mme|Mlle|Monsieur|Madame)\s"
    r"|\d{1,2}\s?h\s?\d{0,2}\s?:\s(?:[Dd][ée]part|[Aa]rriv[ée]e)\s+de\s+(?:M\.|Mme|Mlle|Monsieur|Madame)\s)"
)
# « … Pouvoirs : Mme X à M. Y M. Marc FAURE est excusé. Secrétaire … » (aplati) : la phrase
# d'un excusé (civilité, NOM en capitales) ouvre une partie
_EXCUSE_EN_PHRASE = re.compile(
    r"(?<=\S)\s+(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s+(?:[A-ZÉÈ][\w'’\-]*\s+){0,2}"
    r"[A-ZÉÈÀÂ][A-ZÉÈÀÂ'’\-]+\s+(?:s['’]est|est)\s+excus[ée]e?\s*[.;])"
)
# « Présents : A, B, C, soit 3 conseillers Secrétaire de séance : … » (aplati) : le nombre qui
# ferme la liste, suivi d'une majuscule, la ferme
_SOIT_N_FERME = re.compile(
    r"\bsoit\s+(?:\d{1,3}|[a-zé\-]+)\s+(?:conseill[eè]re?s?|membres?|[ée]lue?s?|d[ée]l[ée]gu[ée]e?s?)"
    r"(?:\s+(?:municipaux|communautaires|pr[ée]sente?s?|en\s+exercice))?\s*\)?\s*[.;]?(?=\s+[A-ZÉÈ])"
)
# « … Tarifs de la cantine 4 POUR, 1 CONTRE Délibération … » (aplati) : les voix « N pour, N
# contre » sans libellé à deux-points ouvrent le vote
_VOIX_SANS_LIBELLE = re.compile(
    # (« … adopte par 17 voix pour, 0 contre » : la phrase garde ses voix)
    r"(?<=[\w.)])(?<!\bpar)(?<!\bavec)(?<!\bde)(?<!\bà)(?<!\ba)\s+(?=\d{1,3}\s+(?:POUR|[Pp]our|voix\s+pour)\s*[,;\-–]?\s*\d{1,3}\s+(?:CONTRE|[Cc]ontre)\b)"
)
# (gardée : une coupure lit d'abord des blancs)
_FIN_PHRASE = avec_garde(r"\s", re.compile(r"(?<=[a-zéèêàùûôîç]{3}[.!?])\s+(?=[A-ZÉÈÀÂ])"))
# « … Absent : M. GIRAUD Le Maire constate que huit conseillers sont présents … » : après un nom
# en capitales, la phrase qui commence par le maire, le président, la séance ou le quorum
# ferme la liste (texte aplati, sans ponctuation entre les deux) ; le nom a sa civilité
# (« 1 TARIFS DE LA CANTINE Le Maire présente … » : un titre, pas une liste)
_PHRASE_APRES_NOM = avec_garde(r"\s", re.compile(
    # (« … à M. DENIS C. Le Maire certifie … » : le NOM suivi de l'initiale du prénom)
    r"(?:(?<=[A-ZÉÈÀÂ]{2})|(?<=[A-ZÉÈÀÂ]{2}\s[A-ZÉÈ]\.))\s+"
    r"(?=(?:Le|La|Monsieur\s+le|Madame\s+l[ea]|M\.\s+le|Mme\s+l[ea])\s+"
    # (« … Absent excusé : M. FAURE Le Conseil Municipal décide … que Mme X sera secrétaire »)
    r"(?:Maire|Pr[ée]sidente?|quorum|s[ée]ance|[Cc]onseil(?:\s+[Mm]unicipal|\s+[Cc]ommunautaire)?)\s+[a-zéèêà])"
))
# « … Marc COLIN. Le quorum étant atteint, M. X déclare … » (aplati) : après un NOM en capitales
# et son point, la phrase du quorum, du maire, du président ou de la séance ferme la liste
_PHRASE_APRES_NOM_POINTE = avec_garde(r"\s", re.compile(
    r"(?<=[A-ZÉÈÀÂ]{2}\.)\s+(?=(?:Le|La|Monsieur\s+le|Madame\s+l[ea])\s+"
    r"(?:Maire|Pr[ée]sidente?|quorum|s[ée]ance)\s+[a-zéèêà])"
))
# « … Secrétaire de séance : Mme Anne PETIT D2024-31 Tarifs … », « … PETIT 2024-31 – TARIFS … »,
# « … PETIT Affaire n° 1 – Titre » (aplati) : après un nom civil en capitales, un numéro de point
# (année-rang, à préfixe de lettres, ou « Affaire n° ») suivi de son titre ouvre le point
_POINT_APRES_NOM = re.compile(
    r"(?<=[A-ZÉÈÀÂ]{2})\s+(?=(?:Affaire|Point|Dossier|Question|Rapport)\s+n\s?°\s?\d{1,3}\s*[:–\-]\s+[A-ZÉÈ]"
    r"|(?:[A-Z]{1,4}[-\s]?)?(?:19|20)\d\d[-/._](?:[A-Z]{1,4}-)?\d{1,4}\s*(?:[:–\-]\s+)?[A-ZÉÈ][a-zéèêA-ZÉÈ])"
)
# « … Secrétaire de séance : Mme Anne PETIT. Budget primitif 2024 : 2024-15 Approuvé … »
# (aplati) : après un nom civil et son point, un titre qui finit par son numéro
_TITRE_NUMERO_FINAL_APRES_NOM = re.compile(
    r"(?<=[A-ZÉÈÀÂ]{2}\.)\s+(?=[A-ZÉÈ][^.:;]{3,120}?\s:\s(?:19|20)\d\d[-/._]\d{1,4}\s+[A-ZÉÈ])"
)
_NOM_CIVIL_AVANT = re.compile(
    r"(?:\bM\.|\bMM\.|\bMme|\bMmes|\bMonsieur|\bMadame)\s+(?:[A-ZÉÈ][\w.'’\-]*\s+){0,2}"
    r"[A-ZÉÈÀÂ][A-ZÉÈÀÂ'’\-]+(?:\s[A-ZÉÈ]\.)?$"
)
# (« POUR 14 / CONTRE 3 / ABSTENTION 0 » : aussi après une barre)
_DECOMPTE_DE_VOTE = re.compile(r"\d{1,3}\s*[-–/]?\s*(?:contre|abstentions?|pour)\b", re.I)
# « … à l unanimité N° 2009/31 INDEMNITE DE CONSEIL … » : un numéro de délibération nu
# (année / rang) suivi d'un titre en capitales ouvre un point dans le flux
_NUMERO_NU = re.compile(
    r"(?<=[\w.;:!?)»])\s+(?=N\s?°\s?(?:19|20)\d\d\s?[/\-.]\s?\d{1,4}\s+[A-ZÉÈÀÂ][A-ZÉÈÀÂ'\s]\S)"
)
# « … Secrétaire de séance : Mme Anne PETIT N° 2024-31 – Tarifs de la cantine », « N° DE2024_31 –
# Titre », « N° 2024-31 « Titre » » : un numéro composé (pas « DÉCISION MODIFICATIVE N° 3 – … »)
# suivi d'un tiret (ou d'un guillemet) et d'un titre
_NUMERO_TIRET_FLUX = re.compile(
    r"(?<=[\w.;:!?)»])\s+(?=N\s?°\s?[A-Z]{0,4}\d{1,4}[-_./]\d[\w./-]{0,12}\s+(?:[-–:]\s+|«\s*)[A-ZÉÈÀÂ])"
)
# « … Secrétaire de séance : Mme Anne PETIT 2024.31 : Tarifs de la cantine … » : un numéro
# « année.rang » suivi de deux-points et d'un titre ouvre un point (pas après « n° », « Vu la
# délibération » : le filtre de l'appelant)
_ANNEE_RANG_FLUX = re.compile(
    r"(?<=[a-zéèêàA-ZÉÈ.;!?)»])\s+(?=(?:19|20)\d\d[.\-/]\d{1,3}\s*:\s+[A-ZÉÈÀÂ][a-zéèêà])"
)
# « … Secrétaire : Mme X B-2024-101 Attribution du marché … » : un numéro « lettres-année-rang »
# suivi d'un titre ouvre un point (pas « après le B-2024-102 », un renvoi)
_NUMERO_A_PREFIXE_FLUX = re.compile(
    r"(?<=[\w.;:!?)»])(?<!\ble)(?<!\bdu)(?<!\bau)(?<!\bla)\s+"
    # (« … - adopté B-2023-02-02 Mobilités - … » : année, mois et rang)
    r"(?=[A-Z]{1,4}[-_](?:19|20)\d\d(?:[-_./]\d{1,4}){1,2}\s+[A-ZÉÈÀÂ][a-zéèêàç])"
)
# « … à l unanimité. 2 BUDGET PRIMITIF 2011 Monsieur … » (« … contre. 2 3 TARIFS … » : numéro
# de page collé devant) : un rang suivi d'un titre en capitales, sans séparateur, ouvre un point
_RANG_CAPITALES = re.compile(
    r"[.!?]\s+(?:\d{1,3}\s+)?(?=(?P<rang>\d{1,2}\s+)[A-ZÉÈÀÂ][A-ZÉÈÀÂ'\-]+\s+[A-ZÉÈÀÂ0-9][A-ZÉÈÀÂ'\-0-9]*\s)"
)
# « … Corinne GARROS I APPROBATION DU PROCES-VERBAL … », « … unanimité. II VOTE DES TAUX … » :
# un chiffre romain suivi d'un titre en capitales (deux mots) ouvre un point ; le numéro reste
# avec son titre (l'analyseur vérifie le rang)
_ROMAIN_CAPITALES = re.compile(
    r"(?<=\S)\s(?=(?P<romain>[IVX]{1,5}/?\s+)[A-ZÉÈÀÂ]{3}[A-ZÉÈÀÂ'’\-]*\s+[A-ZÉÈÀÂ0-9][A-ZÉÈÀÂ0-9'’\-]*\s)"
)
# « … Mme Colette X I – Décision modificative : … voix pour. II – Tarifs … » : un chiffre romain,
# un tiret et un titre en minuscules ouvrent un point (pas « Article II – », « Titre III – »)
_ROMAIN_TIRET_FLUX = re.compile(
    r"(?<![Aa]rticle)(?<![Tt]itre)(?<![Cc]hapitre)(?<![Aa]nnexe)(?<=[\w.!?)»])\s"
    r"(?=(?P<romain>[IVX]{1,5}\s+)[–—-]\s+[A-ZÉÈÀÂ][a-zéèêàâç'’]+\s)"
)
# « … réunion du 19.09.22 1.1) Approbation Les membres … » : un sous-point numéroté ouvre un point
# « … Adopté à l'unanimité. 2 2020.04.04 – Tarifs … » : un numéro « année.séance.rang »
# suivi d'un tiret et d'un titre ouvre un point (le numéro de page qui le précède reste avant)
# (gardée : une coupure lit d'abord des blancs)
_NUMERO_POINTE_FLUX = avec_garde(r"\s", re.compile(
    r"(?<=[\w.;:!?)»])\s+(?:\d{1,3}\s+)?(?=(?:19|20)\d\d\.\d{1,3}\.\d{1,3}\s+[–-]\s+[A-ZÉÈÀÂ])"
))
# « … Abstention : 0 Délibération 2018-25 : Titre », « … Rapport n° 14.03.21.17 – Titre »,
# « … CP 22-07-016 – Titre », « … CP 2021-05-01 – Titre » dans une longue ligne : un numéro de
# point suivi de son titre
# (gardée : devant « deliberation », « rapport » ou « cp »)
_NUMERO_DE_POINT_FLUX = avec_garde(r"drc", re.compile(
    # (pas une délibération citée : « Vu la délibération 2020.12 : … », « par sa délibération … »)
    r"(?<=[\s.;,)])(?<!\bla\s)(?<!\bsa\s)(?<!\bune\s)(?<!\bde\s)(?<!\bcette\s)(?<!\bpar\s)"
    # (ni un rapport cité : « quitte la séance après le vote du rapport n° 12-202 (…) »)
    r"(?<!\bdu\s)(?<!\bau\s)"
    # (« Délibération 2021-DEL-014 : Titre » : des lettres entre l'année et le rang)
    r"(?=deliberation\s+(?:19|20)\d\d[-/.](?:[a-z]{1,4}[-/.])?\d{1,4}\s*:"
    # (« Délibération 23SP-013 – Titre » : l'année sur deux chiffres, le sigle de la séance)
    r"|deliberation\s+\d\d[-/.]?[a-z]{2,4}[-/.]\d{1,4}\s*[:–-]\s"
    r"|rapport\s+n\s*[°o]\s*\d[\d.\-/]*\s*[-–:]|cp\s+(?:19|20)?\d\d[-./]\d\d[-./]\d{1,4}\s+[-–]\s"
    # « … Rapport n° 14.05.110 Lycées publics : … Rapporteur : M. X » : le numéro sans
    # ponctuation, son titre puis la rubrique du rapporteur
    r"|rapport\s+n\s*[°o]\s*\d[\d.\-/]*\d\s+[^\d\s].{2,200}?\srapporteure?\s*:)"
))
# « … Abstention : 3 DEP-2020-10-02 Plan départemental … » : après le dernier nombre d'un
# vote, un numéro à préfixe (lettres, année, rangs) suivi d'un titre ouvre le point suivant
# (gardée : une coupure lit d'abord des blancs)
_NUMERO_APRES_VOTE = avec_garde(r"\s", re.compile(
    r"(?<=\d)\s+(?=[A-Z]{1,6}[-_.]?(?:19|20)\d\d(?:[-_./]\d{1,4}){1,3}\s+[A-ZÉÈÀÂ][a-zéèêàç])"
    # « … Vote : 13 pour 1/3 D2022_32 – Finances – … », « … 2 contre (M. X, Mme Y) D2022_33 – … » :
    # la même chose après « pour », « contre », « abstention(s) » ou la parenthèse des noms, le
    # numéro de page éventuel laissé au vote, un tiret entre le numéro et le titre
    r"|(?:(?<=pour)|(?<=contre)|(?<=abstention)|(?<=abstentions)|(?<=\)))\s+(?:\d{1,3}/\d{1,3}\s+)?"
    r"(?=[A-Z]{1,6}[-_.]?(?:19|20)\d\d(?:[-_./]\d{1,4}){1,3}\s+[-–]\s+[A-ZÉÈÀÂ][a-zéèêàç])"
    # « … Ne prennent pas part au vote : 0 N° 2023-065 – Motion … » : « N° » devant le numéro
    # (« … Pour : 7 Contre : 3 N° 2005-21 Objet : Travaux … » : ou « Objet : » entre eux)
    r"|(?<=\d)\s+(?=N\s?°\s?(?:19|20)\d\d[-_./]\d{1,4}\s+(?:[-–]|Objet\s?:)\s+[A-ZÉÈÀÂ][a-zéèêàç])"
))
# « … 1.2) Titre », « … AFFAIRES GENERALES 1-1 Modification du tableau … » (sous-point sous
# sa rubrique, dans le flux d'un texte aplati)
_SOUS_POINT_FLUX = re.compile(
    r"\s(?=\d{1,2}\.\d{1,2}\)\s+[A-ZÉÈÀÂ])|\s(?=\d{1,2}-\d{1,2}\s+[A-ZÉÈÀÂ][a-zéèêàç])"
)
# … sauf après le mot qui le porte déjà (« Délibération N° 2009/31 … »)
_MOT_DU_NUMERO = re.compile(r"(?:deliberation|delib\.?|arrete|decision|dcm|dcc|acte)$")
LONGUE = 250
# « … Pouvoir : Nadia Berger à Luc Blanc 1. Budget primitif Adopté … » (texte aplati) : un point
# numéroté après un nom en casse de titre (pas « Article 3. Le conseil … »)
_POINT_APRES_NOM_EN_CASSE = re.compile(
    r"\b([A-ZÉÈ][a-zéèêëïç]+)\s+(?=\d{1,2}\s*[.)]\s+[A-ZÉÈ][a-zéèêà]{2,}\s+[a-zéèêà]{2,})"
)
_MOTS_AVANT_UN_RANG = frozenset(
    ("article", "alinea", "alinéa", "annexe", "chapitre", "titre", "tome", "section", "lot", "tranche",
     "phase", "page", "point", "question", "rapport", "dossier", "délibération", "deliberation")
)  # fmt: skip
# Un intitulé précédé d'un mot de liaison continue la phrase (« Nombre de conseillers… »).
_NUMERO_AVANT = re.compile(
    r"n\s*[°o]\.?\s*[\w\-/.]*\d[\w\-/.]*\s*[:\-–]?\s*$"
    r"|(?:^|\s)(?:19|20)\d\d\.\d{1,3}\.\d{1,3}\s*[:\-–]?\s*$"  # « 2020.04.01 – Approbation … »
    r"|(?:^|\s)dcm\s+\d{1,4}/(?:19|20)\d\d\s*[:\-–]?\s*$"  # « DCM 30/2019 – Approbation … »
    r"|(?:^|\s)dcm\s+(?:19|20)\d\d[-_./]\d{1,4}\s*[:\-–]?\s*$"  # « DCM 2019-61 – Approbation … »
    r"|(?:^|[.)]\s)(?:19|20)\d\d[-_]\d{1,3}\s*[:\-–]?\s*$"  # « … HÉRAULT. 2022-45 Approbation … »
    # « … Relevé des décisions 2012-01 Approbation du compte rendu … » (page aplatie)
    r"|\b(?:decisions|deliberations)\s+(?:19|20)\d\d[-_/.]\d{1,3}\s*[:\-–]?\s*$"
)
# « …, conseillers municipaux, ETAIENT ABSENTS : X » : après une virgule, « étaient » ouvre une
# autre proposition (la qualité de la liste précédente n'est pas celle de l'intitulé)
_VIRGULE_PUIS_ETAIENT = re.compile(r", (?:etaient|etait)\s")
_NOM_PUIS_ARTICLE = re.compile(r"(?<!\bde)(?<!\bdu)(?<!\bet)\s(?:la|le)\s$")
_QUALITE_FINALE = re.compile(r"(?:municipaux|communautaires|adjoints)\s*$")
_LIAISON = re.compile(
    r"\b(?:de|des|du|d'|les|la|le|et|non|nombre|sont|s'est|se|ses|etaient|etait|ont|membres|conseillers|delegues|elus|"
    r"municipaux|communautaires|absents?|excuses?|donnee?|ayant|avec|par|sans|leurs?|aux?|egalement|aussi"
    r"|un|une"  # « … ayant donné un pouvoir de vote : » : l'article tient au nom qui suit
    r"|consultati(?:fs?|ves?)"  # « MEMBRES CONSULTATIFS PRESENTS : » : un seul intitulé
    r"|votent"  # « Votent pour : 21. Votent contre : 4 (…) » : le verbe ouvre la ligne de vote
    r"|presente?s?\s+ou"  # « Étaient présents ou représentés : » : un seul intitulé
    # « A été désignée secrétaire de séance : X » : l'intitulé fait partie de la phrase
    # (« A été nommé(e) secrétaire : X », « A été désignée comme secrétaire de séance : X »)
    r"|(?:nommee?s?|designee?s?|elue?s?)(?:\(e\)s?)?(?:\s+(?:comme|en\s+qualite\s+de))?)[\s,]*$"
    # « Délégués suppléants excusés : » ; mais « … par M. Y suppléant, Excusés : » en ouvre un
    r"|\b(?:titulaires?|suppleants?)\s*$"
    r"|\bdesignation\s+d'\s*une?\s*$"  # « Désignation d'un secrétaire de séance : X »
)


# « … rejoint la séance avant l'examen de la question n° 3. Question n° 3 – Titre » : le numéro
# d'un renvoi qui finit une phrase n'est pas celui du titre qui suit
_RENVOI_FINI = re.compile(
    r"\b(?:de\s+la|du|au|a\s+la)\s+(?:question|point|dossier|rapport|deliberation)\s+"
    r"(?:n\s*[°o]\.?\s*)?[\w\-/.]*\d[\w\-/]*\.\s*$"
)
_RENVOI_A_UN_POINT = re.compile(
    r"\b(?:a\s+partir|a\s+compter|jusqu'\s*a|au\s+cours|lors)\s+(?:de\s+la|du|de)\s*$"
    # (« … soit 7 votants à la question 2-1 Soit … » : le numéro d'une question, pas un point)
    r"|\b(?:a|de)\s+la\s+question\s*(?:n\s*[°o]\s*)?$"
)
_PARENTHESE_COURTE = re.compile(r"\([^()]{0,200}\)")


def _entre_parentheses(ligne: str) -> set[int]:
    """Les positions à l'intérieur d'une parenthèse courte (fermée dans les 200 caractères)."""
    return {i for t in _PARENTHESE_COURTE.finditer(ligne) for i in range(t.start() + 1, t.end())}


_MOTS_INTITULE_MAJUSCULE = mots_requis(  # (cherchés dans la ligne : l'expression tient à la casse)
    _INTITULE_MAJUSCULE, "exercice", "EXERCICE", "Pouvoir", "POUVOIR", "Procuration", "PROCURATION",
    "ADOPT", "UNION", "ANCE", "Repr", "Absent", "Excus", "Prés", "Pres",
)
_MOTS_NOMINATION = mots_requis(_NOMINATION, "secretaire", "secretariat")
_MOTS_INTITULES = mots_requis(
    _INTITULES, "siege", "assist", "cours", "present", "absent", "excuse", "pouvoir", "procuration", "delegation", "mandat",
    "titulaire", "suppleant", "presiden", "secreta", "exercice", "effectif", "quorum", "votants", "delegue",
    "adjoints", "conseillers", "conseilleres", "vice-presidents",
)
_MOTS_INTITULES_FORTS = mots_requis(
    _INTITULES_FORTS, "objet", "date", "resultat", "extrait", "question", "deliberation", "dcm",
    "dcc", "cp", "unanimite", "pouvoir", "procuration", "nombre", "communes", "present", "absent",
    "represent", "excuse(", "suppleant(", "assist", "rapport", "delegation", "mandat", "majorite",
    "vote", "excuses",
)


# « … approuve le compte de gestion 2013. SICTOM de X Lieu : … COMPTE RENDU Réunion du Conseil
# syndical du Mercredi 12 Mars 2014 » : l'en-tête de la page, rendu après les premiers points
# d'un PDF aplati, commence à la phrase qui précède le titre du document
_ENTETE_APRES_POINTS = re.compile(
    r"(?<=[.!?])\s+(?=[A-ZÉÈ][^.!?]{0,120}?(?:COMPTE[\s-]RENDU|PROC[ÈE]S[\s-]VERBAL)\s+"
    r"(?:DE\s+LA\s+|de\s+la\s+)?(?:R[ée]union|S[ée]ance|R[ÉE]UNION|S[ÉE]ANCE)\s+d[ue]\s)"
    # « Secrétaire de séance : BRUNET Hervé COMPTE RENDU SOMMAIRE 1. … » : le titre du document
    # en capitales après un nom (un prénom en casse mixte le précède)
    r"|(?<=[a-zéèêëïîôûç]{2})\s+(?=(?:COMPTE[\s-]RENDU|PROC[ÈE]S[\s-]VERBAL)(?:\s+SOMMAIRE)?\s+(?:\d|[A-ZÉ]{2,}\s))"
)

# « … 21 votants Relevé des décisions 2012-01 Approbation … » : l'intitulé des décisions, dans
# le flux d'une page aplatie, finit ce qui précède ; le premier point commence après lui
# (« Points délibérés : 1 – Titre … » ; suivi de « : » ou d'un numéro, pas le titre du document
# « Relevé des décisions du conseil … »)
_RELEVE_DES_DECISIONS = re.compile(
    r"\b(?:releve\s+des\s+decisions|points\s+(?:deliberes|examines|traites))"
    r"(?:\s*:|(?=\s+(?:\d|n\s*[°o])))"
)

# « … Nombre de votants : 15 Bulletins blancs ou nuls : 1 Suffrages exprimés : 14 Majorité
# absolue : 8 M. X a obtenu 14 voix … » (élection dans une page aplatie) : une ligne par résultat,
# comme sur le procès-verbal, puis la proclamation
_RESULTATS_D_ELECTION = re.compile(
    r"(?<=\d)\s+(?=(?:bulletins\s+(?:blancs|nuls)|suffrages\s+exprimes|majorite\s+absolue)\b)"
    r"|majorite\s+absolue\s*:\s*\d{1,3}\s+(?=(?:m\.|mme|monsieur|madame)\s)"
)


# « … ORDRE DU JOUR : 1. Approbation du procès-verbal du 11 juillet ; 2. Tarifs de la cantine
# Date de convocation … » (texte aplati) : les points annoncés, séparés par « ; », restent avec
# l'intitulé (l'annonce n'ouvre aucun point) ; le dernier finit à la coupure suivante
_ORDRE_DU_JOUR_NUMEROTE = re.compile(
    r"ordre\s+du\s+jour\s*:\s*1\s*[.)]\s+[^;:]{2,150}?(?:;\s*\d{1,2}\s*[.)]\s+[^;:]{2,150}?)*"
    r";\s*\d{1,2}\s*[.)]\s+"
)


def _dans_l_ordre_du_jour(plat: str) -> set[int]:
    """Les positions intérieures d'un ordre du jour numéroté dont les points sont séparés par
    « ; », ou numérotés « 1) … 2) … 3) … » à la suite (jusqu'au début du dernier point)."""
    positions = {
        p for t in _ORDRE_DU_JOUR_NUMEROTE.finditer(plat) for p in range(t.start() + 1, t.end() + 1)
    }
    for debut in _ORDRE_DU_JOUR_A_PARENTHESES.finditer(plat):
        fin, rang = debut.end(), 2
        while rang < len(_RANGS_A_PARENTHESE) and (
            suivant := _RANGS_A_PARENTHESE[rang].search(plat, fin, fin + 250)
        ) is not None:
            fin, rang = suivant.end(), rang + 1
        if rang > 4:  # au moins trois points à la suite
            positions.update(range(debut.start() + 1, fin + 1))
    return positions


# « ORDRE DU JOUR : 1) Syndicat des eaux : rapport. 2) École 3) … » (texte aplati)
_ORDRE_DU_JOUR_A_PARENTHESES = re.compile(r"ordre\s+du\s+jour\s*:\s*1\s*\)\s")
_RANGS_A_PARENTHESE = tuple(re.compile(rf"\s{rang}\s*\)\s") for rang in range(31))  # « 2) » …


_NOM_POINT_PUIS_POUVOIR = re.compile(
    r"(?<=[A-ZÉÈ]{2})\.\s+((?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s+)?[A-ZÉÈ][a-zéèêëïîç]+(?:-[A-ZÉÈ][a-zéèêëïîç]+)?\s+"
    r"[A-ZÉÈ]{2}[A-ZÉÈ'’\-]*\s+(?:qui\s+)?(?:donne|a\s+donn[ée])\s+(?:pouvoir|procuration))"
)
_ORDRE_DU_JOUR_APRES_UN_NOM = re.compile(r"(?<=[A-ZÉÈ]{2})\s+(?=L['’]ordre\s+du\s+jour\b)")
_FILET_SOULIGNE = re.compile(r"(?<=\S) _{5,}")
_MOTS_SANS_DEUX_POINTS = ("taient ", "TAIENT ", "tait ", "résents ", "xcusés ", "bsents ", "de séance ")
_ETAIENT_SANS_DEUX_POINTS = re.compile(
    r"(?:(?<=[\w)][.;,] )|(?<=[a-zéèëï] ))(?:(?:Étaient|Etaient|ETAIENT|ÉTAIENT)\s+(?:présents|presents|excusés|excuses|absents|PRÉSENTS|PRESENTS|EXCUSÉS|ABSENTS)"
    r"|(?:Était|Etait)\s+(?:absente?|excusée?)"
    # « … sous la présidence de X. Présents ANDRE Robert, … TRMAL Marie France Secrétaire de
    # séance LE TYRANT Jean-Claude Excusés BERVAS Viviane … » (aplati, sans deux-points)
    r"|(?:Présents|Excusés|Absents(?:\s+excusés)?|Secrétaire\s+de\s+séance)(?=\s+[A-ZÉÈ]{2}[A-ZÉÈ'’\-]*(?:\s+[A-ZÉÈ]{2,}[A-ZÉÈ'’\-]*)?\s+[A-ZÉÈ][a-zéèêëïîç])"
    # « … Président Présents en qualité de titulaire Mme Anne DUVAL M. Henri LEBRUN … »
    r"|Présents\s+en\s+qualité\s+de\s+(?:titulaires?|suppléants?)(?=\s+(?:M\.|Mme|Monsieur|Madame)\s))"
    # (« … Mme JACOB Aurore ÉTAIENT ABSENTS NON REPRÉSENTÉS M. X »)
    r"(?:\s+(?:NON\s+REPR[ÉE]SENT[ÉE]S|NON\s+EXCUS[ÉE]S|(?:OU\s+)?EXCUS[ÉE]S|non\s+représentés|non\s+excusés|(?:ou\s+)?excusés))?"
    r"\s+(?=[A-ZÉÈ]{2}|M\.\s|Mme\s)"
    # « … (pouvoir à TANGUY Paul) Assistaient en outre à la séance Sophie GUEGAN »
    r"|(?<=[\w).;] )Assistaient(?:\s+en\s+outre|\s+également|\s+aussi)?\s+à\s+la\s+séance\s+(?=(?:M\.|Mme|[A-ZÉÈ]))"
)
_SOIT_DECOMPTE = re.compile(r"(?<=[\w,.)] )Soit\s+\d{1,3}\s+pr[ée]sents?\b")
_NOM_POINT_PUIS_DECOMPTE = re.compile(r"(?<=[A-ZÉÈ]{2})\.\s+([A-ZÉÈ][a-zéèêû]+(?:\s+[a-zéèêû']+){0,4}\s*:\s*\d)")
_INVITE_AVANT = re.compile(r"invitee?s?\s+$")
_COMPTE_AVANT = re.compile(r"\(\d{1,3}\)\s?$")
_RUBRIQUE_HORS_MEMBRES_FLUX = re.compile(
    r"(?<=\s)(?:PERSONNELS?|INVIT[ÉE]S)\b(?=[A-ZÉÈ ]{0,40}\s+(?:[ÉE]taient|[ÉE]TAIENT)\s)"
)
_VERBE_AVANT_L_ISSUE = re.compile(r"\b(?:est|sont|ete)\s$")


# (« …, formant la majorité des membres en exercice, sont présents » : la phrase continue)
_MAJORITE_FLUX = re.compile(r"formant\s+la\s+majorite\s+des\s+membres(?:\s+en\s+exercice)?(?!\s*,)(?!\s+en\s)")
_POUVOIRS_RECUS = re.compile(r"(?<=\s)(?:procurations|pouvoirs)\s+recus?e?s?\s*:")
# un filet de tirets entre deux passages d'un texte aplati : la fin d'une rubrique
_FILET_FLUX = re.compile(r"(?<=\S)\s+[-_=]{5,}(?=\s+\S)")


def _coupures(ligne: str) -> list[int]:
    """Les positions où couper une ligne : intitulés, et dans une longue ligne, phrases."""
    # (une ligne courte : en cache, la forme même que les reconnaisseurs liront ensuite)
    plat = minuscules_meme_longueur(ligne) if len(ligne) <= LONGUE else base_meme_longueur(ligne).lower()
    if len(plat) != len(ligne):
        plat = ligne.lower()
    positions = (
        {t.end() for t in _INTITULES.finditer(plat)} if contient_un(plat, _MOTS_INTITULES) else set()
    )
    forts = (
        {t.end() for t in _INTITULES_FORTS.finditer(plat)}
        if contient_un(plat, _MOTS_INTITULES_FORTS)
        else set()
    )
    if contient_un(ligne, _MOTS_INTITULE_MAJUSCULE):
        forts.update(t.start() for t in _INTITULE_MAJUSCULE.finditer(ligne))
    if "formant" in plat:
        # « … Mme FABRE (pouvoir à Mme CORRE) Formant la majorité des membres en exercice I) … » :
        # la formule ferme la liste
        forts.update(t.end() for t in _MAJORITE_FLUX.finditer(plat))
    if "recu" in plat:
        # « M. le Maire donne lecture à l'Assemblée des procurations reçues : A à B C à D » : la
        # liste des pouvoirs commence à l'intitulé, au milieu de la phrase
        forts.update(t.start() for t in _POUVOIRS_RECUS.finditer(plat))
    if "-----" in ligne or "_____" in ligne or "=====" in ligne:
        forts.update(t.end() for t in _FILET_FLUX.finditer(ligne))  # « … à M. Y. ------- Monsieur … »
    if forts and len(ligne) <= LONGUE and ("est " in plat or "sont " in plat or "ete " in plat):
        # « Adoption du compte rendu … : le compte rendu est adopté à l'unanimité. » (ligne
        # courte) : le participe d'un verbe reste dans sa phrase
        forts = {p for p in forts if not _VERBE_AVANT_L_ISSUE.search(plat, max(0, p - 6), p)}
    dans_un_rang: set[int] = set()
    voix: set[int] = set()  # (coupées devant un décompte de vote, contrairement aux autres)
    if ". L" in ligne or ". M" in ligne:
        forts.update(t.end() for t in _PHRASE_APRES_NOM_POINTE.finditer(ligne))
    if len(ligne) > LONGUE:
        positions.update(t.start() for t in _OUVERTURES.finditer(plat))
        positions.update(t.end() for t in _FIN_PHRASE.finditer(ligne))
        forts.update(t.end() for t in _POINT_NUMEROTE.finditer(ligne))
        if "COMPTE" in ligne or "PROC" in ligne:
            forts.update(t.end() for t in _ENTETE_APRES_POINTS.finditer(ligne))
        forts.update(t.start() for t in _COMMUNE_EN_TETE_FLUX.finditer(ligne, 0, 600))
        if "ommune " in ligne or "airie " in ligne or "Ville " in ligne:
            forts.update(t.start() for t in _PIED_COMMUNE_FLUX.finditer(ligne))
        if "lib" in plat:  # « Affaires délibérées : 1°) Titre … » : la rubrique, puis le premier point
            forts.update(t.end() for t in _RUBRIQUE_DES_POINTS.finditer(plat))
        if contient_un(plat, _MOTS_PIED_ADRESSE):
            for t in _PIED_ADRESSE.finditer(ligne):
                forts.update((t.start(), t.end()))  # le nom seul sur sa ligne, sans l'adresse
        forts.update(t.end() for t in _DATE_OUVRE_UNE_PHRASE.finditer(ligne, 0, 800))
        forts.update(t.end() for t in _CIVILITE_APRES_UNE_DATE.finditer(ligne, 0, 3000))
        forts.update(t.end() for t in _RELEVE_DES_DECISIONS.finditer(plat))
        if "suffrages" in plat or "bulletins" in plat:
            forts.update(t.end() for t in _RESULTATS_D_ELECTION.finditer(plat))
        if "Sous la pr" in ligne or "Présid" in ligne or "Presid" in ligne:
            forts.update(t.end() for t in _SOUS_LA_PRESIDENCE.finditer(ligne))
        if "POUR" in ligne or "our, " in ligne or "our " in ligne:
            voix = {t.end() for t in _VOIX_SANS_LIBELLE.finditer(ligne)}
        if "soit " in ligne:
            forts.update(t.end() for t in _SOIT_N_FERME.finditer(ligne))
        if "PERSONNEL" in ligne or "INVIT" in ligne:
            # « … - CD 17 PERSONNELS ADMINISTRATIFS ET INVITÉS Étaient présents : … » : la
            # rubrique des non-membres ouvre un autre passage
            forts.update(t.start() for t in _RUBRIQUE_HORS_MEMBRES_FLUX.finditer(ligne))
        if "st excus" in ligne:
            forts.update(t.end() for t in _EXCUSE_EN_PHRASE.finditer(ligne))
        if "part de " in ligne or "rrivée de " in ligne:
            forts.update(t.end() for t in _MOUVEMENT_EN_TETE.finditer(ligne))
        forts.update(
            t.end()
            for t in _NUMERO_PUIS_TITRE.finditer(ligne)
            if _ISSUE_AVANT.search(ligne, max(0, t.start() - 16), t.start())
        )
        forts.update(
            t.end()
            for t in _RANG_PUIS_TITRE.finditer(ligne)
            if _ISSUE_AVANT.search(ligne, max(0, t.start() - 16), t.start())
            or _VOIX_AVANT.search(ligne, max(0, t.start() - 24), t.start())
            or (
                ligne[max(0, t.start() - 3) : t.start()].strip()[-1:].isalnum()
                and _NOMBRE_DE_VOTE_AVANT.search(ligne, max(0, t.start() - 24), t.start())
            )
        )
        for page in numeros_de_page(ligne):
            forts.update((page.start(), page.end()))
        forts.update(
            t.end()
            for t in _NUMERO_SANS_DEGRE.finditer(ligne)
            if not _MOT_DU_NUMERO.search(plat, max(0, t.start() - 14), t.start())
        )
        rangs = [(t.end(), t.end() + len(t.group("rang"))) for t in _RANG_CAPITALES.finditer(ligne)]
        forts.update(debut for debut, _fin in rangs)
        romains = [(t.end(), t.end() + len(t.group("romain"))) for t in _ROMAIN_CAPITALES.finditer(ligne)]
        romains += [(t.end(), t.end() + len(t.group("romain"))) for t in _ROMAIN_TIRET_FLUX.finditer(ligne)]
        forts.update(debut for debut, _fin in romains)
        rangs += romains
        dans_un_rang = {p for debut, fin in rangs for p in range(debut + 1, fin + 1)}
        forts.update(t.end() for t in _SOUS_POINT_FLUX.finditer(ligne))
        forts.update(
            t.end()
            for t in _PHRASE_APRES_NOM.finditer(ligne)
            if _NOM_CIVIL_AVANT.search(ligne, max(0, t.start() - 60), t.start())
        )
        forts.update(
            t.end()
            for t in _POINT_APRES_NOM.finditer(ligne)
            if _NOM_CIVIL_AVANT.search(ligne, max(0, t.start() - 60), t.start())
        )
        forts.update(t.end() for t in _NUMERO_APRES_VOTE.finditer(ligne))
        forts.update(
            t.end()
            for t in _TITRE_NUMERO_FINAL_APRES_NOM.finditer(ligne)
            if _NOM_CIVIL_AVANT.search(ligne, max(0, t.start() - 61), t.start() - 1)
        )
        forts.update(
            t.end()
            for t in _POINT_APRES_NOM_EN_CASSE.finditer(ligne)
            if t.group(1).lower() not in _MOTS_AVANT_UN_RANG
        )
        forts.update(t.end() for t in _MOUVEMENT_APRES_VOTE.finditer(ligne))
        if "dopt" in ligne:
            forts.update(t.end() for t in _TITRE_APRES_ISSUE.finditer(ligne))
        if "– " in ligne or "— " in ligne:
            forts.update(t.end() for t in _TIRET_PUIS_TITRE_APRES_NOM.finditer(ligne))
        if "Mesdames " in ligne or "Messieurs " in ligne:
            forts.update(t.end() for t in _LISTE_PAR_CIVILITES_PLURIELLES.finditer(ligne))
        if "Conform" in ligne or "En conformit" in ligne:
            forts.update(t.end() for t in _CONFORMEMENT_APRES_UN_NOM.finditer(ligne))
        if "rriv" in ligne or "part" in ligne:
            forts.update(t.end() for t in _MOUVEMENT_NOMME_FLUX.finditer(ligne))
            forts.update(t.end() for t in _FIN_DU_MOUVEMENT_FLUX.finditer(ligne))
        if "0." in ligne or "1." in ligne or ". " in ligne:
            forts.update(
                t.end()
                for t in _PHRASE_APRES_VOIX.finditer(ligne)
                if _DERNIER_NOMBRE_DE_VOIX.search(plat, max(0, t.start() - 24), t.start() + 1)
            )
        forts.update(t.start() for t in _NUMERO_DE_POINT_FLUX.finditer(plat))
        forts.update(t.end() for t in _NUMERO_POINTE_FLUX.finditer(ligne))
        forts.update(
            t.end()
            for trouvees in (
                _NUMERO_NU.finditer(ligne),
                _NUMERO_TIRET_FLUX.finditer(ligne),
                _ANNEE_RANG_FLUX.finditer(ligne),
                _NUMERO_A_PREFIXE_FLUX.finditer(ligne),
            )
            for t in trouvees
            if not _MOT_DU_NUMERO.search(plat, max(0, t.start() - 14), t.start())
        )
    coupes = {
        p
        for p in positions
        if 0 < p < len(ligne)
        and (
            not _LIAISON.search(plat[max(0, p - 24) : p])
            or _VIRGULE_PUIS_ETAIENT.match(plat, p - 2)
            # « … Sophie HERVÉ, Conseillers Municipaux Secrétaire de séance : » : la qualité de la
            # liste qui finit, pas une partie de l'intitulé du secrétaire
            or (plat.startswith("secr", p) and _QUALITE_FINALE.search(plat, max(0, p - 24), p) is not None)
            # « …, Conseillers Municipaux ETAIENT REPRESENTES : » : de même devant le verbe
            or (plat.startswith("etai", p) and _QUALITE_FINALE.search(plat, max(0, p - 24), p) is not None)
            # « … à M. Gillot La secrétaire de séance : Mme X » : l'article ouvre l'intitulé
            or (plat.startswith("secretaire de seance", p) and _NOM_PUIS_ARTICLE.search(plat, max(0, p - 30), p) is not None)
        )
        and (
            not _NUMERO_AVANT.search(plat[max(0, p - 30) : p])
            or _RENVOI_FINI.search(plat[max(0, p - 40) : p]) is not None
        )
        and not _RANG_AVANT.search(plat, max(0, p - 12), p)
        and not _RUBRIQUE_AVANT.search(plat[max(0, p - 80) : p])
    } | {p for p in forts if 0 < p < len(ligne)}
    coupes -= dans_un_rang  # « 1 APPROBATION DU … » : le rang reste avec son titre
    if "jour" in plat:
        coupes -= _dans_l_ordre_du_jour(plat)
    # « POUR 4 – CONTRE 1 – ABSTENTION 0 » : un nombre suivi d'un libellé de vote est un décompte
    coupes = {p for p in coupes if not _DECOMPTE_DE_VOTE.match(plat, p)} | voix
    # « a quitté la séance à partir de la délibération N°X » : un renvoi, pas un intitulé
    coupes = {p for p in coupes if not _RENVOI_A_UN_POINT.search(plat[max(0, p - 30) : p])}
    if "(" in ligne:  # « 2 contre (1 + 1 procuration : R. X) » : rien ne s'ouvre entre parenthèses
        coupes -= _entre_parentheses(ligne)
    # « Le nombre de… » : la coupe recule devant l'article
    # (« le » mot entier : pas la fin de « LACANAU-VILLE »)
    coupes = {
        p - 3 if plat[max(0, p - 3) : p] in ("le ", "la ") and plat[p - 4 : p - 3] in ("", " ") else p
        for p in coupes
    }
    if "invit" in plat:  # « … Invité excusé : M. X, Trésorier » : la coupe recule devant « Invité »
        coupes = {p - len(invite.group(0)) if (invite := _INVITE_AVANT.search(plat, max(0, p - 12), p)) else p for p in coupes}
    if plat[:1].isdigit():  # « 9 Présents : A – B » : le nombre qui ouvre la ligne reste à sa liste
        coupes = {p for p in coupes if not plat[:p].strip().isdigit()}
    if ")" in ligne:  # « … Salle des fêtes (6) Présents : … » : le compte part avec son intitulé
        coupes = {
            p - len(compte.group(0)) if (compte := _COMPTE_AVANT.search(plat, max(0, p - 7), p)) else p
            for p in coupes
        }
    if contient_un(plat, _MOTS_NOMINATION):
        coupes.update(
            t.start()
            for t in _NOMINATION.finditer(plat)
            if ligne[t.start()].isupper() and not ligne[t.start() + 1].isupper()  # « Est », pas « EST »
        )
    if "secreta" in plat:  # « secrétaire », « secrétariat »
        # (« … M. Marc FAURE A été élue secrétaire : Mme X » : le verbe à majuscule ouvre une
        # autre phrase, le nom qui le précède n'est pas celui du secrétaire ; une phrase toute
        # en capitales garde sa nomination)
        coupes.update(
            t.start()
            for t in _NOMINATION_NOMMEE.finditer(plat)
            if t.start() > 0 and (t.start("verbe") < 0 or not _VERBE_A_MAJUSCULE.match(ligne, t.start("verbe")))
        )
        coupes.update(
            t.start() for t in _NOMINATION_APRES_POINT.finditer(plat) if ligne[t.start()].isupper()
        )
    if "_____" in ligne:
        coupes.update(t.start() for t in _FILET_SOULIGNE.finditer(ligne))  # « … à Mme Y ______ L'ordre du jour … »
    if "ordre du jour" in plat:
        coupes.update(t.start() for t in _ORDRE_DU_JOUR_APRES_UN_NOM.finditer(ligne))  # « … à Mme Anne CLAVEL L'ordre du jour … »
    if contient_un(ligne, _MOTS_SANS_DEUX_POINTS):
        # « … sous la présidence de X. Etaient présents KERBOUL Jean, … » : l'intitulé sans
        # deux-points, devant un NOM en capitales, après la fin d'une phrase
        coupes.update(t.start() for t in _ETAIENT_SANS_DEUX_POINTS.finditer(ligne))
    if "Soit " in ligne:
        coupes.update(t.start() for t in _SOIT_DECOMPTE.finditer(ligne))  # « …, Soit 3 présents et 3 pouvoirs … »
    if ". " in ligne:
        # « … René ZIMMER à Anne WEBER. Conseillers en fonction : 11 » (aplati) : après le NOM et
        # son point, un libellé de décompte ouvre une autre ligne
        coupes.update(t.start(1) for t in _NOM_POINT_PUIS_DECOMPTE.finditer(ligne))
        # « … M. Yves JOUBERT. Mme Odile GARNIER donne procuration à … » : la phrase du pouvoir
        coupes.update(t.start(1) for t in _NOM_POINT_PUIS_POUVOIR.finditer(ligne))
    if "(" in ligne:
        coupes.update(t.start() for t in _RENVOI_FLUX.finditer(plat))
        coupes.update(t.end() for t in _DESIGNATION_FINIE.finditer(plat) if t.end() < len(ligne))
    if "(" in ligne:
        # « 2 contre (1 + 1 procuration : R. X) » : un intitulé juste après une parenthèse
        # ouverte (40 caractères au plus avant lui) n'en est pas un
        coupes = {
            p for p in coupes if ligne.rfind("(", max(0, p - 40), p) <= ligne.rfind(")", max(0, p - 40), p)
        }
    if len(ligne) > LONGUE and ". " in ligne:
        _rangs_pointes(ligne, coupes)
    if len(ligne) > LONGUE:
        # « … sous la présidence de M. X. 6 Conseillers titulaires présents : … » : le nombre
        # ouvre l'intitulé qu'il compte (pas « … en exercice : 15 Présents : 12 »)
        coupes = {
            p - len(nombre.group(0)) + 1
            if (nombre := _NOMBRE_DEVANT_UNE_QUALITE.search(plat, max(0, p - 6), p)) is not None
            and _QUALITE_D_INTITULE.match(plat, p)
            else p
            for p in coupes
        }
    if "CD " in ligne or "CC " in ligne or "CA " in ligne or "CR " in ligne:
        # « … Monsieur Louis FERRAND - CD 14. Secrétaire de séance : … » : le numéro du conseil
        # départemental (ou autre) reste avec son sigle, il n'ouvre pas de point ; la coupe
        # passe après lui
        coupes = {
            p + len(numero.group(0))
            if _SIGLE_AVANT_LE_NUMERO.search(ligne, max(0, p - 4), p) and (numero := _NUMERO_DU_SIGLE.match(ligne, p))
            else p
            for p in coupes
        }
    return sorted(coupes)


_SIGLE_AVANT_LE_NUMERO = re.compile(r"\b(?:CD|CC|CA|CR|CU) ?$")
_NUMERO_DU_SIGLE = re.compile(r"\d{1,3}\b\.?\s*")
_NOMBRE_DEVANT_UNE_QUALITE = re.compile(r"[.;]\s\d{1,3}\s$")
_QUALITE_D_INTITULE = re.compile(r"(?:conseill|membre|delegu|elus?\s|titulaire)")


# (pas « 06. 19. I - Adoption … » : un rang romain suit, celui du point)
# (ni « 1. Nombre de votants : 15 » : un décompte, pas le titre du point)
_RANG_POINTE = re.compile(
    r"\s*(\d{1,2})\.\s+(?=[A-ZÉÈÀ])(?!(?:M\.|Mme|Mlle|MM\.)\s)(?![IVXL]+\s*[-–.)])"
    r"(?!(?:Nombre|Votants|Pour|Contre|Abstentions?|Suffrages|Bulletins|Majorit[ée]|Pr[ée]sents)\b)"
)
_RANGS_SUIVANTS = tuple(
    re.compile(rf"\s(?={rang}\.\s+[A-ZÉÈÀ])(?!\s(?:M\.|Mme|Mlle|MM\.)\s)") for rang in range(1, 32)
)
_RANG_SUIVANT_MAX = 300


def _rangs_pointes(ligne: str, coupes: set[int]) -> None:
    """« … 1. Appel nominal 2. Désignation du secrétaire de séance M. X est désigné … 3.
    Approbation … » (texte aplati) : après un point coupé devant son rang « N. », le rang N+1
    qui suit à moins de 300 caractères ouvre le point suivant, même après un mot en minuscules ;
    une coupe juste après un rang (« 3. » / « Approbation … ») est retirée : le rang reste
    avec son titre. ``coupes`` est modifié."""
    for debut in sorted(coupes):
        rang = _RANG_POINTE.match(ligne, debut)
        while rang is not None:
            coupes.discard(rang.end())
            suivant = int(rang.group(1))
            if suivant >= len(_RANGS_SUIVANTS):
                break
            trouve = _RANGS_SUIVANTS[suivant].search(ligne, rang.end(), rang.end() + _RANG_SUIVANT_MAX)
            if trouve is None:
                break
            coupes.add(trouve.end())
            rang = _RANG_POINTE.match(ligne, trouve.end())


# un blanc devant une personne ou un groupe d'une liste (« pour la commune de X : »), pas
# entre l'intitulé d'un groupe et sa première personne
_DEVANT_UNE_PERSONNE = re.compile(
    # (pas entre « donné pouvoir à » et son mandataire, ni après « par », « de »)
    r"(?<![:\s])(?<!\bà)(?<!\ba)(?<!\bpar)(?<!\bde)(?<!\bau)"
    r"\s(?=(?:M\.|Mme|MM\.|Mmes|Monsieur|Madame|monsieur|madame|[Pp]our\s+la\s+commune)\s)"
)
_DEVANT_UN_GROUPE = re.compile(r"(?<![:\s])\s(?=[Pp]our\s+la\s+commune\s)")
# une virgule suivie d'une civilité : entre deux personnes d'une liste
_VIRGULE_DEVANT_UNE_PERSONNE = re.compile(r",\s(?=(?:M\.|Mme|MM\.|Mmes|Monsieur|Madame)\s)")


# (le début d'une liste « NOM Prénom NOM Prénom » : deux personnes, après les deux-points)
_LISTE_NOM_PRENOM = re.compile(
    r":\s+(?:[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+\s+){1,3}[A-ZÉÈ][a-zéèëêïîôç]+(?:-[A-ZÉÈ][a-zéèëêïîôç]+)?\s+"
    r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+\s+){1,3}[A-ZÉÈ][a-zéèëêïîôç]+"
)
_DEVANT_NOM_PRENOM = re.compile(
    r"(?<=[a-zéèëêïîôç]{2})\s(?=(?:[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+\s+){1,3}[A-ZÉÈ][a-zéèëêïîôç]+\b)"
)
_DEVANT_PRENOM_NOM = re.compile(
    r"(?<=[A-ZÀ-Ý])\s(?=[A-ZÉÈ][a-zéèëêïîôç]+(?:-[A-ZÉÈ][a-zéèëêïîôç]+)?\s+[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+\b)"
)

# (deux mots en capitales avant la coupe, le NOM et la commune : pas « JACQUOT » / « Jean
# MONNIER » d'un tableau « NOM Prénom », où une lettre de présence précède le NOM)
_PRENOM_NOM_EN_FIN = re.compile(r"(?:^|\s)[A-ZÉÈ][a-zéèëêïîôç]+(?:-[A-ZÉÈ][a-zéèëêïîôç]+)?\s+[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+$")
_DEUX_CAPITALES_EN_FIN = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+\s+[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+$")


def _bornes(debut: int, morceau: str) -> Iterator[tuple[int, str]]:
    """Coupe un morceau trop long à un blanc, en parts d'au plus :data:`MORCEAU_MAX`."""
    nom_prenom = len(morceau) > MORCEAU_MAX and _LISTE_NOM_PRENOM.search(morceau, 0, 300) is not None
    while len(morceau) > MORCEAU_MAX:
        # de préférence après un point-virgule (« … Pour la commune de X : Mme Nadine » /
        # « TOUJA … » coupait un nom), sinon à un blanc
        coupe = morceau.rfind("; ", MORCEAU_MAX // 2, MORCEAU_MAX) + 1
        if coupe <= 0:  # sinon à une virgule devant une civilité (« Mme X, suppléante de M. Y »
            # reste entier : la virgule qui suit un nom ne sépare pas toujours deux personnes)
            virgules = list(_VIRGULE_DEVANT_UNE_PERSONNE.finditer(morceau, MORCEAU_MAX // 2, MORCEAU_MAX))
            coupe = virgules[-1].start() + 1 if virgules else 0
        if coupe <= 0:  # sinon entre deux personnes (« … représentée » / « par Mme Y »)
            coupe = morceau.rfind(", ", MORCEAU_MAX // 2, MORCEAU_MAX) + 1
        if coupe <= 0:  # sinon devant « pour la commune de X : » (le groupe reste entier)
            groupes = list(_DEVANT_UN_GROUPE.finditer(morceau, MORCEAU_MAX // 2, MORCEAU_MAX))
            coupe = groupes[-1].start() if groupes else 0
        if coupe <= 0:  # sinon devant une civilité (« … Laurence » / « monsieur VINCENT Bruno »)
            civilites = list(_DEVANT_UNE_PERSONNE.finditer(morceau, MORCEAU_MAX // 2, MORCEAU_MAX))
            coupe = civilites[-1].start() if civilites else 0
        if coupe <= 0 and nom_prenom:
            # sinon, dans une liste « NOM Prénom » sans séparateur (« … présents : BENOUDIZ
            # Samuel … ATKINS Nigel » / « DE MARCILLAC Inès … »), après un prénom
            noms = list(_DEVANT_NOM_PRENOM.finditer(morceau, MORCEAU_MAX // 2, MORCEAU_MAX))
            coupe = noms[-1].start() if noms else 0
        if coupe <= 0:  # sinon devant « Prénom NOM » (« … Guy FORAY CHATILLON » / « Alain DUPRE … » :
            # une liste sans séparateur, la commune reste à son délégué)
            prenoms = [
                t.start()
                for t in _DEVANT_PRENOM_NOM.finditer(morceau, MORCEAU_MAX // 2, MORCEAU_MAX)
                if _DEUX_CAPITALES_EN_FIN.search(morceau, t.start() - 80, t.start())
            ]
            coupe = prenoms[-1] if prenoms else 0
        if coupe <= 0:  # sinon devant le tiret qui sépare deux groupes (« … Anne GIRE - SAINT
            # PAUL DES BOIS : Lucien BORIE » : la commune reste entière)
            coupe = morceau.rfind(" - ", MORCEAU_MAX // 2, MORCEAU_MAX)
        if coupe <= 0 and not nom_prenom:  # sinon devant « Prénom NOM » d'une liste sans
            # séparateur, après un autre « Prénom NOM » (« … Nora CHEBBI Sophie GUILLAUD-PIVOT … » :
            # la personne reste entière ; pas « … COLIN Robert P JACQUOT Jean MONNIER Denise »,
            # une liste « NOM Prénom » où le prénom suit son NOM)
            prenoms = [
                t.start()
                for t in _DEVANT_PRENOM_NOM.finditer(morceau, MORCEAU_MAX // 2, MORCEAU_MAX)
                if _PRENOM_NOM_EN_FIN.search(morceau, t.start() - 80, t.start())
            ]
            coupe = prenoms[-1] if prenoms else 0
        if coupe <= 0:
            coupe = morceau.rfind(" ", MORCEAU_MAX // 2, MORCEAU_MAX)
        if coupe <= 0:
            coupe = MORCEAU_MAX
        yield debut, morceau[:coupe]
        debut, morceau = debut + coupe, morceau[coupe:]
    yield debut, morceau


def segmenter(ligne: str) -> Iterator[tuple[int, str]]:
    """Les morceaux d'une ligne, avec leur position : découpée aux intitulés, puis bornée."""
    if (
        len(ligne) < 12
        or ("\t" in ligne and len(ligne) <= LONGUE)  # une rangée de tableau (pas un texte aplati)
        or (len(ligne) <= LONGUE and ":" not in ligne and "°" not in ligne and "vote" not in ligne)
    ):
        yield 0, ligne
        return
    debut = 0
    for position in [*_coupures(ligne), len(ligne)]:
        morceau = ligne[debut:position]
        if morceau.strip():
            yield from _bornes(debut, morceau.strip())
        debut = position


# Fins de ligne perdues sans espace dans un PDF aplati : « SyndicatIntercommunal »,
# « Intercommunal.Présents », « OCTOBRE 2014L’an », « MunicipaleTILLY-SUR-… »
# (gardée : chaque coupure est devant une capitale ou un chiffre, regardés en avant)
_FIN_DE_LIGNE_COLLEE = avec_garde(r"A-ZÉÈÀÂ\d", re.compile(
    r"(?<=[a-zéèêëàâçûôîï]{3})(?=[A-ZÉÈÀÂ][a-zéèêàA-ZÉÈÀ])"
    r"|(?<=[a-zéèêàç]{3}[.:;,])(?=[A-ZÉÈÀÂ][a-zéèêàç])"
    r"|(?<=\d)(?=[A-ZÉÈ][a-zéè'’])"  # « présents : 6Procuration », « 2014L’an »
    r"|(?<=\d\.)(?=[A-ZÉÈ][a-zéè]{2})"  # « … au 1er janvier 2015.Adopté par … »
    r"|(?<=[A-ZÉÈ]{3})(?=[A-ZÉÈ][a-zéèêà]{2})"  # « ASSAINISSEMENTDes crédits »
    r"|(?<=[a-zéèêàç]{3}\.)(?=\d{1,2}\s+[–-]\s)"  # « … à l’unanimité.2 – BUDGET »
    r"|(?<=\s[dl]e)(?=(?:Monsieur|Madame|Mademoiselle)\b)"  # « sous la présidence deMonsieur X »
    r"|(?<=[a-z\d]\))(?=(?:Mme|M\.|Monsieur|Madame)\s)"  # « (… n° 21)Mme PETIT est sortie »
    r"|(?<=[A-Za-zéèÉÈ],)(?=(?:Mme|M\.|Monsieur|Madame)\s)"  # « … à M. Jacques MOREL,M. Louis BLANC à … »
))


# Fins de ligne collées d'un extrait de recueil (« 2008RAPPORT N° 3DATE », « GuyBESSON »,
# « LABORDESECRÉTAIRE DE SÉANCE ») : cherchées seulement si la ligne en porte l'indice
_INDICE_COLLE = re.compile(
    r"[a-zéèêëàâçûôîï\d][A-ZÉÈÀÂ]{3}|[A-ZÉÈÀ](?:[A-ZÉÈ]{2}(?:\.[A-ZÉÈ]|M\.\s)|SECR[ÉE]TAIRE|"
    r"[ÉE]TAIENT|ABSENTS?\s|OBJET\s|DATE\s)|\set[A-ZÉÈ]"
)
# (gardée : chaque coupure est devant une capitale, regardée en avant)
_COLLES_EN_CAPITALES = avec_garde("A-ZÉÈÀÂ", re.compile(
    # « GuyBESSON », « RenéMOREAU » : un prénom collé au nom en capitales de la ligne suivante
    r"(?<=[A-ZÉÈ][a-zéèêëàâçûôîï])(?=[A-ZÉÈÀÂ]{3,}\b)"
    r"|(?<=[A-ZÉÈ][a-zéèêëàâçûôîï]{2})(?=[A-ZÉÈÀÂ]{3,}\b)"
    r"|(?<=[A-ZÉÈ][a-zéèêëàâçûôîï]{3})(?=[A-ZÉÈÀÂ]{3,}\b)"
    r"|(?<=\set)(?=[A-ZÉÈ][a-zéèA-ZÉÈ])"  # « TEYSSIER etJean-Louis VIGIER »
    r"|(?<=[A-ZÉÈ]{3}\.)(?=[A-ZÉÈ][a-zéè])"  # « RAPPORTEUR.Pouvoir de », « ADOPTÉ.Nathalie »
    # « … DES COLLÈGESM. Henri LABORDE, RAPPORTEUR » : une civilité collée à la fin d'un titre
    r"|(?<=[A-ZÉÈ]{3})(?=(?:M\.|Mme|MM\.)\s[A-ZÉÈ][a-zéèë]+(?:-[A-ZÉÈ][a-zéèë]+)?\s[A-ZÉÈ]{2})"
    # « avril 2008RAPPORT N° 3DATE DE LA CONVOCATION » : un nombre collé à un mot en capitales
    # (pas « 1ER », « 2EME »)
    r"|(?<=\d)(?=(?!(?:ERE?|[EÈ]ME|RE|NDE?)\b)[A-ZÉÈ]{3,})"
    # « … M. Henri LABORDESECRÉTAIRE DE SÉANCE : … », « FAVREAUÉTAIENT PRÉSENTS » : un intitulé
    # d'extrait collé au nom en capitales qui finit la ligne précédente
    r"|(?<=[A-ZÉÈÀ]{2})(?=(?:SECR[ÉE]TAIRE\s+DE\s+S[ÉE]ANCE|[ÉE]TAIENT\s+PR[ÉE]SENTS|"
    r"ABSENTS?\s+EXCUS[ÉE]S?|OBJET\s+DE\s+LA\s+D[ÉE]LIB[ÉE]RATION|DATE\s+DE\s+LA\s+CONVOCATION)\s*:)"
))


_FILET = re.compile(r"_{3,}")


def decoller(ligne: str) -> str:
    """Une longue ligne aplatie dont les fins de ligne ont disparu sans espace : une espace
    remise là où un mot en minuscules est suivi d'une majuscule (« SyndicatIntercommunal »),
    où une ponctuation touche le mot suivant, où une année touche un mot.

    >>> decoller("du SyndicatIntercommunal.Présents :BREVAL 2014L’an deux")
    'du Syndicat Intercommunal. Présents :BREVAL 2014 L’an deux'
    >>> decoller("votants : 6Monsieur X ; BUDGETDes crédits ; unanimité.2 – TARIFS")
    'votants : 6 Monsieur X ; BUDGET Des crédits ; unanimité. 2 – TARIFS'
    >>> decoller("2008RAPPORT N° 3DATE : 1ER MAI M. GuyBESSON - M. Henri LABORDESECRÉTAIRE DE SÉANCE : X")
    '2008 RAPPORT N° 3 DATE : 1ER MAI M. Guy BESSON - M. Henri LABORDE SECRÉTAIRE DE SÉANCE : X'

    """
    if "___" in ligne:
        ligne = _FILET.sub(" ", ligne)  # « 4 avril 2008____RAPPORT N° 3 » : un filet sépare
    if _INDICE_COLLE.search(ligne):
        ligne = _COLLES_EN_CAPITALES.sub(" ", ligne)
    return _FIN_DE_LIGNE_COLLEE.sub(" ", ligne)
