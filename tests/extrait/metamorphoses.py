"""Transformations d'un document comme en fait un copier-coller réel (apostrophes, espaces
insécables, fins de ligne, texte aplati, capitales, ligatures, pieds de page) : partagées par
le test métamorphique et ``benchmarks/extrait_metamorphique.py``."""

from __future__ import annotations

import html
import re
import textwrap
import unicodedata
from collections.abc import Callable
from typing import Any


def _toutes_les(texte: str, pas: int, bloc: Callable[[int, int], list[str]]) -> str:
    """Le texte avec ``bloc(page, pages)`` inséré toutes les ``pas`` lignes (jamais après la
    dernière) : ce qu'ajoute chaque page d'un PDF copié."""
    lignes = texte.split("\n")
    pages = len(lignes) // pas + 1
    sortie: list[str] = []
    for rang, ligne in enumerate(lignes, start=1):
        sortie.append(ligne)
        if rang % pas == 0 and rang < len(lignes):
            sortie += bloc(rang // pas + 1, pages)
    return "\n".join(sortie)


def _pied_de_page(texte: str) -> str:
    lignes = texte.split("\n")
    sortie: list[str] = []
    for rang, ligne in enumerate(lignes, start=1):
        sortie.append(ligne)
        if rang % 40 == 0:
            sortie += ["", f"Page {rang // 40} sur {len(lignes) // 40 + 1}", ""]
    return "\n".join(sortie)


def _majuscules_en_tete(texte: str) -> str:
    lignes = texte.split("\n")
    return "\n".join(ligne.upper() if rang < 8 else ligne for rang, ligne in enumerate(lignes))


def _sans_accents(texte: str) -> str:
    decompose = unicodedata.normalize("NFD", texte)
    return "".join(c for c in decompose if not unicodedata.combining(c))


def _colonnes(texte: str, largeur: int = 70) -> str:
    """Les lignes longues coupées à ``largeur`` colonnes, comme un PDF copié."""
    return "\n".join(
        "\n".join(textwrap.wrap(ligne, largeur, break_long_words=False, break_on_hyphens=False))
        or ligne
        for ligne in texte.split("\n")
    )


def _page_html(texte: str, separateur: str) -> str:
    """Le texte mis dans une page web (un paragraphe par ligne, ou des ``<br>``), puis relu
    comme le fait ``lire_fichier`` sur un ``.html``."""
    from deliberations.extrait.html import texte_html

    lignes = [html.escape(ligne) for ligne in texte.split("\n")]
    if separateur == "p":
        corps = "".join(f"<p>{ligne}</p>" if ligne.strip() else "<p>&nbsp;</p>" for ligne in lignes)
    else:
        corps = "<div class='contenu'>" + "<br>\n".join(lignes) + "</div>"
    page = f"<html><head><title>Compte rendu</title></head><body>{corps}</body></html>"
    return texte_html(page.encode("utf-8"))


_MOIS = (
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
)
_DATE_EN_LETTRES = re.compile(
    r"\b(\d{1,2})(?:er)?\s+(" + "|".join(_MOIS) + r")\s+(\d{4})\b", re.IGNORECASE
)


def _dates_chiffrees(texte: str) -> str:
    """« 26 septembre 2024 » → « 26/09/2024 »."""

    def chiffrer(trouve: re.Match[str]) -> str:
        mois = _MOIS.index(trouve.group(2).lower()) + 1
        return f"{int(trouve.group(1)):02d}/{mois:02d}/{trouve.group(3)}"

    return _DATE_EN_LETTRES.sub(chiffrer, texte)


def _synonymes(texte: str, paires: tuple[tuple[str, str], ...]) -> str:
    for motif, remplacement in paires:
        texte = re.sub(motif, remplacement, texte, flags=re.MULTILINE)
    return texte


_INTITULES_AUTRES = (
    (r"^Présents\s*:", "Étaient présents :"),
    (r"^PRÉSENTS\s*:", "MEMBRES PRÉSENTS :"),
    (r"^Pouvoirs\s*:", "Procurations :"),
    (r"^Procurations\s*:", "Pouvoirs :"),
    (r"^Secrétaire de séance\s*:", "Secrétaire :"),
    (r"^Absents excusés\s*:", "Excusés :"),
)


_TOURNURES = (
    (r"^Secrétaire de séance\s*:\s*(.+?)\.?\s*$", r"\1 a été nommé(e) secrétaire de séance."),
    (r"sous la présidence de (M\.|Mme|Monsieur|Madame) ", r"la séance étant présidée par \1 "),
    (r"^Date de convocation\s*:\s*", "Convocation adressée le "),
    (r"^Nombre de conseillers en exercice\s*:", "Conseillers en exercice :"),
)


_MOT_LONG = re.compile(r"\b([^\W\d_]{5})([^\W\d_]{4,})")

_DECOMPTE = re.compile(r"^[^\W\d][^:]{2,50}:\s*\d{1,3}\s*$")


_COLONNES_ALIGNEES = re.compile(r"\S {3,}\S")


def _mise_en_page(texte: str, largeur: int = 96) -> str:
    """Une copie ``pdftotext -layout`` : lignes courtes centrées (titres), autres lignes en
    retrait profond, et deux décomptes consécutifs (« En exercice : 15 », « Présents : 12 »)
    côte à côte, séparés par une longue suite d'espaces (deux colonnes de la page) ; les
    rangées déjà en colonnes gardent leur place."""
    lignes = texte.split("\n")
    sortie: list[str] = []
    rang = 0
    en_colonnes = False  # la ligne d'avant est une rangée en colonnes, gardée à sa place
    while rang < len(lignes):
        ligne = lignes[rang].strip()
        if en_colonnes and ligne and lignes[rang][:1] == " ":
            # la suite d'un bloc en deux colonnes (« M. X » seul à gauche, sous la rangée
            # « PRÉSENTS :     ABSENTS : ») : pdftotext la garde sous sa colonne
            sortie.append(lignes[rang].rstrip())
            rang += 1
            continue
        en_colonnes = bool(ligne) and _COLONNES_ALIGNEES.search(ligne) is not None
        suivante = lignes[rang + 1].strip() if rang + 1 < len(lignes) else ""
        if _DECOMPTE.match(ligne) and _DECOMPTE.match(suivante):
            sortie.append("      " + ligne.ljust(44) + "     " + suivante)
            rang += 2
            continue
        if not ligne:
            sortie.append("")
        elif _COLONNES_ALIGNEES.search(ligne):
            # une rangée déjà mise en colonnes par des blancs (tableau de présence) : pdftotext
            # garde la place de chaque colonne, il ne la centre pas
            sortie.append(lignes[rang].rstrip())
        elif len(ligne) <= 50:
            sortie.append(ligne.center(largeur).rstrip())
        else:
            sortie.append("        " + ligne)
        rang += 1
    return "\n".join(sortie)


_PUCE = re.compile(r"(?m)^([ \t]*)(?:[-•*–▪][ \t]+)+(?=\S)")  # « • • • » : une puce
# le rang d'un point (« 1. Titre »), pas la valeur d'un décompte coupé (« 3 – Votants : 18 »)
_RANG_DE_POINT = re.compile(r"(?m)^([ \t]*)(\d{1,2})[ \t]*[).\-–][ \t]+(?=\S)(?![^\n]*:\s*\d)")
_AUTRES_PUCES = ("• ", "– ", "➢ ", "\uf0b7\t", "▪ ")


def _autres_puces(texte: str) -> str:
    """Les puces d'une liste changées (« - » devient « • », « – », « ➢ », la puce \uf0b7 de
    la police Symbol suivie d'une tabulation…) et les points numérotés « 1 - » en « 1°) »."""
    compteur = iter(range(10**6))

    def puce(trouve: re.Match[str]) -> str:
        return trouve.group(1) + _AUTRES_PUCES[next(compteur) % len(_AUTRES_PUCES)]

    texte = _PUCE.sub(puce, texte)
    return _RANG_DE_POINT.sub(r"\1\2°) ", texte)


_PRENOM_NOM = re.compile(
    r"(?<![\w'’.-])(?<!- )([A-ZÉÈÎ][a-zéèêëàâîïôöûüç]+(?:-[A-ZÉÈÎ][a-zéèêëàâîïôöûüç]+)?)"
    r"[ \u00a0]((?:(?:DE|DU|DES|LE|LA|EL|AL|VAN|DI|DA) )*[A-ZÉÈÊÀÂÎÔÛÇ][A-ZÉÈÊÀÂÎÔÛÇ'’\-]+)"
    r"(?<!-)(?![\w'’-]| [A-ZÉÈÊÀÂÎÔÛÇ]{2})"  # (« BOUSQUET- » coupé en fin de ligne : pas un nom)
)
# Des mots à majuscule qui ne sont pas des prénoms (« Mesdames ORTIZ », « Le CONSEIL »).
_PAS_UN_PRENOM = frozenset(
    {
        "Monsieur", "Madame", "Mademoiselle", "Messieurs", "Mesdames", "Mme", "Mmes", "Mlle", "Melle", "Mr",
        "Mrs", "Le", "La", "Les", "De", "Du", "Des", "Et", "Pour", "Par", "Au", "Aux", "Un", "Une",
        "En", "Sur", "Conseil", "Commune", "Mairie", "Ville", "Séance", "Président", "Présidente",
        "Maire", "Délibération", "Objet", "Rapport", "Vote", "Secrétaire", "Présents", "Absents",
        "Excusés", "Pouvoirs",
    }
)


def _nom_prenom(texte: str) -> str:
    """Chaque « Prénom NOM » écrit « NOM Prénom », comme dans bien des listes de présence."""

    def inverser(trouve: re.Match[str]) -> str:
        if trouve.group(1) in _PAS_UN_PRENOM:
            return trouve.group(0)
        return f"{trouve.group(2)} {trouve.group(1)}"

    return _PRENOM_NOM.sub(inverser, texte)


def _en_tete_de_page(texte: str) -> str:
    """L'en-tête de la première page (sa première ligne et l'adresse de la mairie) répété
    toutes les 40 lignes, comme en haut de chaque page d'un PDF copié."""
    premiere = next((x.strip() for x in texte.split("\n") if len(x.strip()) >= 10), "")
    entete = ["", premiere, "12, place de la Mairie - 00000 - Tél. 03 85 41 20 10", ""]
    return _toutes_les(texte, 40, lambda _page, _pages: entete)


# ------------------------------------------------------------------ seconde série


def _date_du_texte(texte: str, decalage: int = 0) -> str:
    """La première date en lettres du texte (la séance, le plus souvent) en chiffres, décalée
    de ``decalage`` jours : les tampons de la préfecture suivent la séance de quelques jours."""
    import datetime

    trouve = _DATE_EN_LETTRES.search(texte)
    jour = datetime.date(2024, 1, 15)
    if trouve:
        try:
            mois = _MOIS.index(trouve.group(2).lower()) + 1
            jour = datetime.date(int(trouve.group(3)), mois, int(trouve.group(1)))
        except ValueError:
            pass
    return (jour + datetime.timedelta(days=decalage)).strftime("%d/%m/%Y")


def _tampon_actes(texte: str) -> list[str]:
    """Le bloc que le tiers de télétransmission (@CTES) appose sur chaque page : envoi, réception,
    publication, identifiant de l'acte."""
    envoi = _date_du_texte(texte, 4)
    jour, mois, annee = envoi.split("/")
    return [
        f"Envoyé en préfecture le {envoi}",
        f"Reçu en préfecture le {envoi}",
        f"Publié le {_date_du_texte(texte, 5)}",
        # (le numéro de l'acte dans l'identifiant : « 1 », le rang que donne l'attendu d'un
        # document sans numéro ; un document numéroté garde le sien)
        f"ID : 021-212100231-{annee}{mois}{jour}-1-DE",
    ]


def _tampons_repetes(texte: str) -> str:
    """Le tampon @CTES recopié toutes les 40 lignes (le tampon de chaque page d'un PDF)."""
    tampon = _tampon_actes(texte)
    return _toutes_les(texte, 40, lambda _page, _pages: tampon)


def _tampon_colle_aplati(texte: str) -> str:
    """Le texte aplati sur une ligne, le tampon @CTES (en haut à droite de la première page)
    collé devant, comme le rend la copie d'un PDF tamponné."""
    return " ".join(_tampon_actes(texte)) + " " + re.sub(r"\s*\n\s*", " ", texte)


def _en_tete_courant(texte: str) -> str:
    """L'en-tête courant d'un procès-verbal (collectivité, « Séance du … », « Page n/N »)
    répété toutes les 35 lignes, même au milieu d'une liste de noms."""
    premiere = next((x.strip() for x in texte.split("\n") if len(x.strip()) >= 10), "")
    trouve = _DATE_EN_LETTRES.search(texte)
    seance = f"Séance du {trouve.group(0)}" if trouve else "Séance du conseil"
    return _toutes_les(
        texte, 35, lambda page, pages: [f"{premiere} – {seance}", f"Page {page}/{pages}"]
    )


def _sauts_de_page(texte: str) -> str:
    """Ce que rend ``pdftotext`` enregistré sous Windows : fins de ligne CRLF, espaces laissés en
    fin de ligne, saut de page ``\\f`` collé au début de chaque page (toutes les 40 lignes)."""
    lignes = texte.split("\n")
    sortie = [
        ("\f" if rang % 40 == 0 and rang else "") + (ligne + "   " if ligne.strip() else ligne)
        for rang, ligne in enumerate(lignes)
    ]
    return "\r\n".join(sortie)


_MOT_COUPABLE = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]{8,}")


def _cesures(texte: str, trait: str, largeur: int = 70) -> str:
    """Les lignes longues coupées à ``largeur`` colonnes, un mot en minuscules coupé en fin de
    ligne par ``trait`` (trait d'union de la césure automatique, ou U+00AD)."""
    sortie: list[str] = []
    for ligne in texte.split("\n"):
        courante = ""
        for mot in ligne.split(" "):
            if not courante or len(courante) + 1 + len(mot) <= largeur:
                courante = f"{courante} {mot}" if courante else mot
                continue
            place = largeur - len(courante) - 2
            if _MOT_COUPABLE.fullmatch(mot) and place >= 3 and len(mot) - place >= 3:
                sortie.append(f"{courante} {mot[:place]}{trait}")
                courante = mot[place:]
            else:
                sortie.append(courante)
                courante = mot
        sortie.append(courante)
    return "\n".join(sortie)


def _espaces_typographiques(texte: str) -> str:
    """La typographie française d'un traitement de texte copiée telle quelle : espace fine
    insécable (U+202F) avant « : ; ! ? », insécable (U+00A0) entre civilité, prénom et nom et
    dans « n° 12 », espace sans chasse (U+200B) laissée par une page web après les virgules."""
    texte = re.sub(r" (?=[:;!?])", "\u202f", texte)
    texte = re.sub(r"\b(M\.|Mme|MM\.|Mmes|Monsieur|Madame|n°|N°) ", "\\1\u00a0", texte)
    texte = re.sub(r"(?<=[a-zé]) (?=[A-ZÉÈ]{2,}\b)", "\u00a0", texte)
    return texte.replace(", ", ",\u200b ")


_NOM_CAPITALES = re.compile(r"[A-ZÉÈÊËÀÂÎÏÔÖÛÜÇ][A-ZÉÈÊËÀÂÎÏÔÖÛÜÇ'’\-]+")


def _casse_de_titre(nom: str) -> str:
    return _NOM_CAPITALES.sub(
        lambda m: re.sub(r"[^\W\d_]+", lambda p: p.group(0).capitalize(), m.group(0)), nom
    )


_CIVILITE_NOM = re.compile(
    r"\b(M\.|Mme|Mlle|Monsieur|Madame|MM\.|Mmes)[ \u00a0]((?:[A-ZÉ][a-zéèëïç]+[ -])?)"
    r"([A-ZÉÈÊËÀÂÎÏÔÖÛÜÇ][A-ZÉÈÊËÀÂÎÏÔÖÛÜÇ'’\-]+(?: [A-ZÉÈÊËÀÂÎÏÔÖÛÜÇ][A-ZÉÈÊËÀÂÎÏÔÖÛÜÇ'’\-]+)*)\b"
)


def _noms_casse_de_titre(texte: str) -> str:
    """« Jean-Pierre DUPONT » écrit « Jean-Pierre Dupont » (« M. LE GALL » : « M. Le Gall »),
    comme dans bien des procès-verbaux où le nom n'est pas en capitales."""

    def prenom_nom(trouve: re.Match[str]) -> str:
        if trouve.group(1) in _PAS_UN_PRENOM:
            return trouve.group(0)
        return f"{trouve.group(1)} {_casse_de_titre(trouve.group(2))}"

    texte = _CIVILITE_NOM.sub(
        lambda m: f"{m.group(1)} {m.group(2)}{_casse_de_titre(m.group(3))}", texte
    )
    return _PRENOM_NOM.sub(prenom_nom, texte)


_DEBUT_DE_POINT = re.compile(
    r"^(?:OBJET|Objet|D[ÉEée]LIB[ÉEée]RATION|D[ée]lib[ée]ration|RAPPORT|Rapport|N°|n°|\d{1,2}\s*[.)°\-–]\s+\S(?![^\n]*:\s*\d))"  # (pas « 3 – Votants : 18 », suite coupée)
)


def _filets(texte: str) -> str:
    """Un filet (« ____ », « * * * ») tiré avant chaque point de l'ordre du jour, comme entre
    les délibérations d'un registre."""
    sortie: list[str] = []
    for rang, ligne in enumerate(texte.split("\n")):
        if _DEBUT_DE_POINT.match(ligne.strip()):
            sortie.append("_" * 64 if rang % 2 else "*" * 25)
        sortie.append(ligne)
    return "\n".join(sortie)


_ETIQUETTE_VALEUR = re.compile(r"^([^\W\d][^:]{2,55}?)\s*:\s*(\S.{0,34})$")


def _suites_etiquetees(lignes: list[str]) -> list[tuple[int, int]]:
    """Les suites d'au moins deux lignes « intitulé : valeur courte » de l'en-tête (les 60
    premières lignes, avant le premier point de l'ordre du jour)."""
    suites: list[tuple[int, int]] = []
    debut = None
    fin_en_tete = next((i for i, x in enumerate(lignes) if _DEBUT_DE_POINT.match(x.strip())), 60)
    for rang, ligne in enumerate([*lignes[: min(60, fin_en_tete)], ""]):
        if _ETIQUETTE_VALEUR.match(ligne.strip()) and rang < min(60, fin_en_tete):
            debut = rang if debut is None else debut
            continue
        if debut is not None and rang - debut >= 2:
            suites.append((debut, rang))
        debut = None
    return suites


def _colonnes_lues_a_la_suite(texte: str) -> str:
    """Un cadre de l'en-tête en deux colonnes (intitulés à gauche, valeurs à droite) relu par
    ``pdftotext`` sans ``-layout`` : la colonne des intitulés, puis celle des valeurs."""
    lignes = texte.split("\n")
    for debut, fin in reversed(_suites_etiquetees(lignes)):
        paires = [_ETIQUETTE_VALEUR.match(x.strip()) for x in lignes[debut:fin]]
        lignes[debut:fin] = [f"{p.group(1)} :" for p in paires if p] + [p.group(2) for p in paires if p]
    return "\n".join(lignes)


def _en_tete_en_tableau(texte: str) -> str:
    """L'en-tête mis dans un tableau d'une page web (une ligne par intitulé, l'intitulé sans
    ses deux-points dans une cellule, la valeur dans la suivante), relu par ``texte_html``."""
    from deliberations.extrait.html import texte_html

    lignes = texte.split("\n")
    blocs: list[str] = []
    suites = dict(_suites_etiquetees(lignes))
    rang = 0
    while rang < len(lignes):
        if rang in suites:
            rangees = "".join(
                f"<tr><td>{html.escape(p.group(1))}</td><td>{html.escape(p.group(2))}</td></tr>"
                for x in lignes[rang : suites[rang]]
                if (p := _ETIQUETTE_VALEUR.match(x.strip()))
            )
            blocs.append(f"<table>{rangees}</table>")
            rang = suites[rang]
            continue
        blocs.append(f"<p>{html.escape(lignes[rang])}</p>" if lignes[rang].strip() else "<p>&nbsp;</p>")
        rang += 1
    page = f"<html><body>{''.join(blocs)}</body></html>"
    return texte_html(page.encode("utf-8"))


def relu_en_windows_1250(texte: str) -> str:
    """Le texte UTF-8 relu en Windows-1250 (un poste d'Europe centrale : « PrĂ©sents », « Ă  »
    pour « à »), l'espace insécable de « à » devenue une espace à la copie."""
    return "".join(
        bytes([o]).decode("cp1250", errors="ignore") or chr(o) for o in texte.encode("utf-8")
    ).replace("\u00a0", " ")


def relu_en_windows_1252(texte: str) -> str:
    """Le texte UTF-8 relu en Windows-1252 comme le font les navigateurs (les cinq octets que
    l'encodage ne définit pas deviennent le caractère de contrôle de même code)."""
    return "".join(
        bytes([o]).decode("cp1252", errors="ignore") or chr(o) for o in texte.encode("utf-8")
    )


TRANSFORMATIONS: dict[str, Callable[[str], str]] = {
    "apostrophes typographiques": lambda t: t.replace("'", "\u2019"),
    "apostrophes droites": lambda t: t.replace("\u2019", "'"),
    "espaces insécables": lambda t: re.sub(r" (?=[:;!?])", "\u00a0", t).replace("M. ", "M.\u00a0"),
    "fins de ligne Windows": lambda t: t.replace("\n", "\r\n"),
    "interlignes doublés": lambda t: t.replace("\n", "\n\n"),
    "texte aplati": lambda t: re.sub(r"\s*\n\s*", " ", t),
    "en-tête en capitales": _majuscules_en_tete,
    "ligatures de PDF": lambda t: t.replace("fi", "\ufb01").replace("fl", "\ufb02"),
    "pieds de page": _pied_de_page,
    "sans accents": _sans_accents,
    "espaces doublés": lambda t: t.replace(" ", "  "),
    "tabulations après deux-points": lambda t: t.replace(": ", ":\t"),
    "césures invisibles": lambda t: _MOT_LONG.sub("\\1\u00ad\\2", t),
    "lignes coupées à 70 colonnes": _colonnes,
    "dates en chiffres": _dates_chiffrees,
    "autres intitulés": lambda t: _synonymes(t, _INTITULES_AUTRES),
    "autres tournures": lambda t: _synonymes(t, _TOURNURES),
    "page web, un paragraphe par ligne": lambda t: _page_html(t, "p"),
    "page web, lignes en <br>": lambda t: _page_html(t, "br"),
    "mise en page pdftotext": _mise_en_page,
    "autres puces et numéros": _autres_puces,
    "noms en NOM Prénom": _nom_prenom,
    "en-tête de page répété": _en_tete_de_page,
    # seconde série
    "tampon @CTES sur chaque page": _tampons_repetes,
    "tampon @CTES collé, aplati": _tampon_colle_aplati,
    "en-tête courant paginé": _en_tete_courant,
    "sauts de page et CRLF": _sauts_de_page,
    "césures en fin de ligne": lambda t: _cesures(t, "-"),
    "césures U+00AD en fin de ligne": lambda t: _cesures(t, "\u00ad"),
    "espaces typographiques": _espaces_typographiques,
    "noms en casse de titre": _noms_casse_de_titre,
    "filets entre les points": _filets,
    "colonnes lues à la suite": _colonnes_lues_a_la_suite,
    "en-tête en tableau web": _en_tete_en_tableau,
    # troisième série
    "UTF-8 relu en Windows-1252": relu_en_windows_1252,
    # quatrième série
    "UTF-8 relu en Windows-1250": relu_en_windows_1250,
}


def _objets(transformer: Callable[[str], str]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """L'attendu d'un document dont la transformation réécrit aussi le texte des objets (une
    date citée, « séance du 2 avril 2024 », un nom) : ses objets réécrits de même ; les
    autres champs (dates ISO, noms comparés sans égard à l'ordre) ne changent pas."""

    def adapter(attendu: dict[str, Any]) -> dict[str, Any]:
        if "deliberations" not in attendu:
            return attendu
        deliberations = [
            {**d, "objet": transformer(d["objet"])} if d.get("objet") else d
            for d in attendu.get("deliberations") or []
        ]
        return {**attendu, "deliberations": deliberations}

    return adapter


# Ce que devient l'attendu quand la transformation réécrit aussi ce que le lecteur doit
# rendre tel quel (le texte d'un objet) : le banc compare alors avec l'attendu transformé.
SUR_L_ATTENDU: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "dates en chiffres": _objets(_dates_chiffrees),
    "noms en NOM Prénom": _objets(_nom_prenom),
}


def attendu_transforme(nom: str, attendu: dict[str, Any]) -> dict[str, Any]:
    """L'attendu du document transformé par ``nom`` (le même, sauf pour « dates en chiffres »)."""
    adapter = SUR_L_ATTENDU.get(nom)
    return adapter(attendu) if adapter else attendu
