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
}


def _objets_dates_chiffrees(attendu: dict[str, Any]) -> dict[str, Any]:
    """L'attendu d'un document aux dates en chiffres : une date citée dans un objet (« séance
    du 2 avril 2024 ») y est réécrite aussi, comme dans le document ; les autres champs sont
    des dates ISO que la transformation ne touche pas."""
    deliberations = [
        {**d, "objet": _dates_chiffrees(d["objet"])} if d.get("objet") else d
        for d in attendu.get("deliberations") or []
    ]
    return {**attendu, "deliberations": deliberations} if "deliberations" in attendu else attendu


# Ce que devient l'attendu quand la transformation réécrit aussi ce que le lecteur doit
# rendre tel quel (le texte d'un objet) : le banc compare alors avec l'attendu transformé.
SUR_L_ATTENDU: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "dates en chiffres": _objets_dates_chiffrees,
}


def attendu_transforme(nom: str, attendu: dict[str, Any]) -> dict[str, Any]:
    """L'attendu du document transformé par ``nom`` (le même, sauf pour « dates en chiffres »)."""
    adapter = SUR_L_ATTENDU.get(nom)
    return adapter(attendu) if adapter else attendu
