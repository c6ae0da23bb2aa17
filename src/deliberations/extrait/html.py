r"""Texte d'une page web de collectivité (HTML), lu avec lxml sans réseau.

Les éléments de bloc (paragraphes, titres, éléments de liste, lignes de tableau, ``<br>``)
deviennent des retours à la ligne, les cellules d'une même ligne de tableau sont séparées
par des tabulations (dans une rangée d'au moins trois cellules dont la première tient sur une
ligne, un ``<br>`` de cellule devient « ; » : il sépare deux noms sans couper la rangée) ; une ligne vide précède chaque intertitre (``<h2>`` à ``<h6>``, texte en
gras qui ouvre son bloc et finit sa ligne) ; scripts, styles, menus et commentaires sont
ignorés. Le parseur
n'accède jamais au réseau et ne développe pas d'entités externes ; la taille est bornée
par l'appelant avant l'analyse.

>>> texte_html("<html><body><h1>Séance du 2 mars 2021</h1><p>Présents :<br>M. A</p>"
...            "<table><tr><td>Pour</td><td>12</td></tr></table></body></html>").split("\n")
['Séance du 2 mars 2021', 'Présents :', 'M. A', 'Pour\t12']
>>> texte_html("<p>Présents : M. A</p><ul><li><strong>Tarifs 2022</strong><br>Adopté</li>"
...            "</ul><h3>Budget</h3><p>Pour : 9</p>").split("\n")
['Présents : M. A', '', 'Tarifs 2022', 'Adopté', '', 'Budget', 'Pour : 9']
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from deliberations.extrait.collectivite import titre_de_page
from deliberations.extrait.grilles import lignes_de_grille
from deliberations.extrait.normalisation import INTITULE_NOMS_BARRES

__all__ = ["texte_html"]

_BLOCS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
    ]
)
_IGNORES = frozenset(
    ["script", "style", "noscript", "template", "head", "nav", "iframe", "object", "svg", "button"]
)
_CELLULES = frozenset(("td", "th"))
_INTERTITRES = frozenset(("h2", "h3", "h4", "h5", "h6"))
_GRAS = frozenset(("b", "strong"))
# Éléments en ligne qui ne font qu'habiller un bloc (pages FrontPage, Word exporté)
_ENVELOPPES = frozenset(("font", "span"))
# Marque d'une ligne vide voulue (avant un intertitre, ou paragraphe vide) : les autres lignes
# vides sont retirées
_BLANC = "\x00"


_BLANCS = re.compile(r"\s+")


def _texte(valeur: str | None) -> str:
    """Le texte d'un nœud, blancs HTML ramenés à une espace."""
    return _BLANCS.sub(" ", valeur) if valeur else ""


def _gras_en_tete(element: etree._Element, etiquette: str) -> bool:
    """``<li><strong>Titre</strong><br>…`` : un texte en gras qui ouvre son bloc et finit sa
    ligne est un intertitre."""
    if etiquette not in _GRAS or element.getprevious() is not None:
        return False
    parent = element.getparent()
    while (  # ``<p><font><b><u>Titre</u></b><br>…`` : enveloppes de mise en forme sans texte
        parent is not None
        and isinstance(parent.tag, str)
        and parent.tag.lower() in _ENVELOPPES
        and not (parent.text or "").strip()
        and parent.getprevious() is None
    ):
        parent = parent.getparent()
    if parent is None or not isinstance(parent.tag, str) or parent.tag.lower() not in _BLOCS:
        return False
    suivant = element.getnext()
    return (
        not (parent.text or "").strip()
        and not (element.tail or "").strip()
        and (suivant is None or (isinstance(suivant.tag, str) and suivant.tag.lower() == "br"))
    )


def _espaceur(element: etree._Element, etiquette: str) -> bool:
    """``<p>&nbsp;</p>``, ``<p><br></p>`` : un paragraphe vide, posé pour séparer deux blocs
    (le titre d'un point et son texte) ; il vaut une ligne vide."""
    if etiquette != "p" or (element.text or "").strip():
        return False
    return all(
        isinstance(enfant.tag, str) and enfant.tag.lower() == "br" and not (enfant.tail or "").strip()
        for enfant in element
    )


def _double_saut(element: etree._Element, etiquette: str) -> bool:
    """``texte<br><br>texte`` : deux sauts de ligne de suite, une ligne vide."""
    if etiquette != "br":
        return False
    precedent = element.getprevious()
    return (
        precedent is not None
        and isinstance(precedent.tag, str)
        and precedent.tag.lower() == "br"
        and not (precedent.tail or "").strip()
    )


def _rangee_a_libelle(element: etree._Element) -> bool:
    """``<tr><td>Commune</td><td>A<br>B</td><td>C</td></tr>`` : une rangée d'au moins trois
    cellules dont la première (le libellé de la rangée) tient sur une ligne ; un ``<br>`` dans
    ses cellules sépare deux éléments d'une liste, il ne coupe pas la rangée."""
    cellules = [
        enfant
        for enfant in element
        if isinstance(enfant.tag, str) and enfant.tag.lower() in _CELLULES
    ]
    return (
        len(cellules) >= 3
        and not cellules[0].findall(".//br")
        and any(c.findall(".//br") for c in cellules[1:])
    )


_INTITULE_DE_COLONNE = re.compile(
    r"^(?:[ée]tai(?:en)?t\s+|sont\s+)?(?:pr[ée]sente?s?|absente?s?|excus[ée]e?s?|repr[ée]sent[ée]e?s?)"
    r"(?:\s+[\w()]+){0,3}\s*:?$",
    re.IGNORECASE,
)
_LIBELLE_DE_CELLULE = re.compile(r"^[A-ZÉÈa-zéè][\w\s()'’-]{1,30}:$")


def _cellules_de_rangee(rangee: etree._Element) -> list[str]:
    return [
        re.sub(r"\s+", " ", _texte("".join(str(t) for t in cellule.itertext()))).strip()
        for cellule in rangee
        if isinstance(cellule.tag, str) and cellule.tag.lower() in _CELLULES
    ]


def _colonnes_de_presence(table: etree._Element) -> list[str] | None:
    """Un tableau sans bordure dont la première rangée porte les intitulés « Etaient
    présents: » et « Etaient excusés: » au-dessus de leurs colonnes de noms : une ligne par
    intitulé (« Etaient présents: A, B, … »), et une par libellé de cellule (« Agents: X »)
    qui range les noms de la colonne à sa droite ; ``None`` si le tableau n'a pas cette forme."""
    rangees = [_cellules_de_rangee(r) for r in table.iter("tr")]
    if len(rangees) < 2 or len(rangees) > 60:
        return None
    tete = rangees[0]
    intitules = [i for i, c in enumerate(tete) if c and _INTITULE_DE_COLONNE.match(c)]
    if len(intitules) < 2 or any(c and i not in intitules for i, c in enumerate(tete)):
        return None
    groupes: dict[str, list[str]] = {tete[i].rstrip(" :") + " :": [] for i in intitules}
    libelles: dict[int, str] = {}  # colonne -> libellé qui la range (« Agents: »)
    for cellules in rangees[1:]:
        for i, cellule in enumerate(cellules):
            if not cellule:
                continue
            if _LIBELLE_DE_CELLULE.match(cellule):
                if i >= intitules[0]:  # (« Délégués: » en tête de rangée : sous-intitulé)
                    libelles[i + 1] = cellule.rstrip(" :") + " :"
                    groupes.setdefault(libelles[i + 1], [])
                continue
            colonne = max((k for k in intitules if k <= i), default=intitules[0])
            cle = libelles.get(i) or tete[colonne].rstrip(" :") + " :"
            groupes[cle].append(cellule)
    return [f"{intitule} {', '.join(noms)}" for intitule, noms in groupes.items()]


# « Groupe | Élus présents » : l'en-tête d'un tableau des présents rangés par groupe politique
_TETE_GROUPE = re.compile(r"^groupes?(?:\s+politiques?)?\s*:?$", re.IGNORECASE)
_TETE_PRESENCE = re.compile(
    r"^(?:(?:[ée]lu|membre|conseill[eè]re?|d[ée]l[ée]gu[ée]e?)s?\s+)?"
    r"(?:pr[ée]sent|absent|excus[ée]|repr[ée]sent[ée])e?s?\s*:?$",
    re.IGNORECASE,
)


# « Commune | Délégués » : l'en-tête d'un tableau des délégués présents rangés par commune
_TETE_COMMUNE = re.compile(r"^communes?(?:\s+membres?)?\s*:?$", re.IGNORECASE)
_TETE_DELEGUES = re.compile(
    r"^(?:d[ée]l[ée]gu[ée]e?s?|[ée]lue?s?|repr[ée]sentants?)(?:\s+titulaires?)?\s*:?$", re.IGNORECASE
)


def _noms_par_ligne(cellule: etree._Element) -> str:
    """Les lignes d'une cellule (séparées par ``<br>``) jointes par des virgules."""
    morceaux = (re.sub(r"\s+", " ", _texte(str(t))).strip() for t in cellule.itertext())
    return ", ".join(m for m in morceaux if m)


def _colonnes_de_communes(table: etree._Element) -> list[str] | None:
    """Un tableau « Commune | Délégués » (une rangée par commune, ses délégués dans la seconde
    cellule, un par ligne) : « Délégués présents : » puis « COMMUNE : A, B » par rangée, comme
    une liste par commune écrite en texte ; ``None`` sinon."""
    rangees = [
        [c for c in r if isinstance(c.tag, str) and c.tag.lower() in _CELLULES] for r in table.iter("tr")
    ]
    if len(rangees) < 3 or len(rangees) > 200 or any(len(r) != 2 for r in rangees):
        return None
    (commune, intitule), *suite = ([_noms_par_ligne(c) for c in r] for r in rangees)
    if not _TETE_COMMUNE.match(commune):
        return None
    if _TETE_DELEGUES.match(intitule):
        intitule = "Délégués présents"
    elif not _TETE_PRESENCE.match(intitule):
        return None
    return [intitule.rstrip(" :") + " :"] + [f"{c.rstrip(' :')} : {noms}" for c, noms in suite if c and noms]


def _colonnes_de_groupes(table: etree._Element) -> list[str] | None:
    """Un tableau « Groupe | Élus présents » dont chaque rangée donne un groupe politique et ses
    élus : l'intitulé de la colonne (« Élus présents : »), puis une ligne par groupe (« Groupe
    X : A, B »), comme une liste par groupe écrite en texte ; ``None`` sinon."""
    rangees = [_cellules_de_rangee(r) for r in table.iter("tr")]
    if len(rangees) < 2 or len(rangees) > 40 or any(len(r) != 2 for r in rangees):
        return None
    (groupe, intitule), *suite = rangees
    if not _TETE_GROUPE.match(groupe) or not _TETE_PRESENCE.match(intitule):
        return None
    return [intitule.rstrip(" :") + " :"] + [f"{g.rstrip(' :')} : {noms}" for g, noms in suite if g and noms]


# « Conseiller absent | Pouvoir donné à », « Mandant | Mandataire », « Élu absent | Représenté
# par » : l'en-tête d'un tableau de pouvoirs à deux colonnes
_TETE_MANDANT = re.compile(
    r"^(?:conseill|membre|d[ée]l[ée]gu|[ée]lu|absent|mandant|nom)", re.IGNORECASE
)
_TETE_MANDATAIRE = re.compile(
    r"^(?:pouvoir|procuration|d[ée]l[ée]gation|mandataire|repr[ée]sent[ée]e?s?\s+par|donn[ée]e?\s+[àa])",
    re.IGNORECASE,
)


def _colonnes_de_pouvoirs(table: etree._Element) -> list[str] | None:
    """Un tableau de pouvoirs à deux colonnes sous son en-tête (« Conseiller absent » /
    « Pouvoir donné à ») : une ligne « X donne pouvoir à Y » par rangée ; ``None`` si le
    tableau n'a pas cette forme (toute rangée a ses deux cellules)."""
    rangees = [_cellules_de_rangee(r) for r in table.iter("tr")]
    if not 2 <= len(rangees) <= 80 or any(len(c) != 2 or not all(c) for c in rangees):
        return None
    mandant, mandataire = rangees[0]
    if not (_TETE_MANDANT.match(mandant) and _TETE_MANDATAIRE.match(mandataire)):
        return None
    return [f"{a} donne pouvoir à {b}" for a, b in rangees[1:]]


# La dernière cellule d'une rangée de tableau de présence « Commune | Délégué | Situation » :
# la situation du délégué nommé dans la cellule qui la précède, et la ligne qui la dit
_SITUATIONS = (
    (re.compile(r"^pr[ée]sente?$", re.I), "present"),
    (re.compile(r"^excus[ée]e?$", re.I), "excuse"),
    (re.compile(r"^absente?$", re.I), "absent"),
    (re.compile(r"^(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?[àa]\s+(?P<autre>.{3,80})$", re.I), "pouvoir"),
    (re.compile(r"^(?:suppl[ée][ée]e?|remplac[ée]e?)\s+par\s+(?P<autre>.{3,80})$", re.I), "supplee"),
    (re.compile(r"^(?:pr[ée]sente?|arriv[ée]e?)\s+(?:[àa]\s+partir\s+du|au)\s+point\s+(?P<autre>\d{1,3})$", re.I), "arrive"),
)
_TETE_SUPPLEANTS = re.compile(r"^(?:d[ée]l[ée]gu[ée]s?\s+)?suppl[ée]ante?s?\b", re.I)
_TETE_DE_SITUATION = re.compile(r"^(?:situation|pr[ée]sences?|statut|[ée]tat|observations?)$", re.I)


def _legende(table: etree._Element) -> list[str]:
    """La légende d'un tableau réécrit (« <caption>Membres en exercice : 16 – … »), gardée."""
    return [
        t for c in table if isinstance(c.tag, str) and c.tag.lower() == "caption"
        if (t := _texte("".join(str(x) for x in c.itertext())).strip())
    ]


def _situation(cellule: str) -> tuple[str, str | None] | None:
    for motif, sorte in _SITUATIONS:
        if (trouve := motif.match(cellule.strip(" .;"))) is not None:
            return sorte, trouve.groupdict().get("autre")
    return None


def _colonnes_de_situation(table: etree._Element) -> list[str] | None:
    """Un tableau de présence une rangée par délégué, « Commune | Délégué | Situation »
    (« Présent », « Excusée », « Pouvoir à M. X », « Suppléé par M. Y », « Présent à partir du
    point 3 ») : une ligne « Présents : … », « Excusés : … », « Absents : … » et une par
    pouvoir ; ``None`` si une rangée (hors en-tête) n'a pas cette forme."""
    rangees = [c for c in (_cellules_de_rangee(r) for r in table.iter("tr")) if any(c)]
    if rangees and rangees[0] and _TETE_DE_SITUATION.match(rangees[0][-1]):
        if len(rangees[0]) >= 2 and _TETE_SUPPLEANTS.match(rangees[0][-2]):
            return None  # « Titulaire | Suppléant | Présence » : la grille (module grilles)
        rangees = rangees[1:]
    if not 3 <= len(rangees) <= 150:
        return None
    groupes: dict[str, list[str]] = {"present": [], "excuse": [], "absent": []}
    pouvoirs: list[str] = []
    for cellules in rangees:
        lue = _situation(cellules[-1]) if len(cellules) >= 2 else None
        if lue is None or not cellules[-2]:
            return None
        (sorte, autre), qui = lue, cellules[-2]
        if sorte == "pouvoir":
            pouvoirs.append(f"{qui} donne pouvoir à {autre}")
        elif sorte == "supplee":
            groupes["present"].append(f"{autre} (suppléant de {qui})")
        elif sorte == "arrive":
            groupes["present"].append(f"{qui} (arrivé au point {autre})")
        else:
            groupes[sorte].append(qui)
    intitules = {"present": "Présents", "excuse": "Excusés", "absent": "Absents"}
    return _legende(table) + [
        f"{intitules[sorte]} : {', '.join(noms)}" for sorte, noms in groupes.items() if noms
    ] + pouvoirs


# « Commune | Délégués titulaires | Délégués suppléants » : l'en-tête d'un tableau des délégués
# présents, une rangée par commune, les noms d'une cellule séparés par des ``<br>``
_TETE_DE_DELEGUES = (
    (re.compile(r"^(?:d[ée]l[ée]gu[ée]s?\s+)?titulaires?(?:\s+pr[ée]sents?)?$", re.I), "titulaires"),
    (re.compile(r"^(?:d[ée]l[ée]gu[ée]s?\s+)?suppl[ée]ante?s?(?:\s+pr[ée]sente?s?)?$", re.I), "suppléants"),
)


def _noms_de_cellule(cellule: etree._Element) -> list[str]:
    """Les noms d'une cellule, un par ligne (``<br>``) ; une cellule vide n'en a aucun."""
    morceaux: list[str] = []

    def suivre(element: etree._Element) -> None:
        if isinstance(element.tag, str):
            if element.tag.lower() == "br":
                morceaux.append("\n")
            morceaux.append(_texte(element.text))
            for enfant in element:
                suivre(enfant)
        if element is not cellule:
            morceaux.append(_texte(element.tail))

    suivre(cellule)
    lignes = "".join(morceaux).split("\n")
    return [n for n in (re.sub(r"\s+", " ", x).strip(" ,;") for x in lignes) if n]


def _colonnes_de_delegues(table: etree._Element) -> list[str] | None:
    """Un tableau « Commune | Délégués titulaires | Délégués suppléants » : une ligne
    « Délégués titulaires présents : … » et une « Délégués suppléants présents : X (pour Y),
    … » ; ``None`` si l'en-tête n'a pas cette forme."""
    rangees = list(table.iter("tr"))
    if not 2 <= len(rangees) <= 80:
        return None
    tete = _cellules_de_rangee(rangees[0])
    sortes = [next((s for m, s in _TETE_DE_DELEGUES if m.match(c)), None) for c in tete[1:]]
    if len(tete) < 2 or None in sortes or "titulaires" not in sortes:
        return None
    groupes: dict[str, list[str]] = {s: [] for s in sortes if s is not None}
    for rangee in rangees[1:]:
        cellules = [c for c in rangee if isinstance(c.tag, str) and c.tag.lower() in _CELLULES]
        for sorte, cellule in zip(sortes, cellules[1:], strict=False):
            if sorte is not None:
                groupes[sorte].extend(_noms_de_cellule(cellule))
    return _legende(table) + [
        f"Délégués {s} présents : {', '.join(noms)}" for s, noms in groupes.items() if noms
    ]


# « field-label » (Drupal 7), « field__label » (Drupal 8 et suivants) : le libellé d'un champ
_CLASSE_LIBELLE = re.compile(r"(?:^|\s)field[-_]{1,2}label(?:\s|$)")
_VALEUR_DE_CHAMP_MAX = 120


def _champ_a_libelle(element: etree._Element) -> str | None:
    """``<div class="field"><div class="field-label">Votants :</div><div
    class="field-items">17</div></div>`` : un champ de page Drupal, son libellé et sa valeur
    (courte) sur une ligne, « Votants : 17 » ; ``None`` si l'élément n'a pas cette forme."""
    enfants = [e for e in element if isinstance(e.tag, str)]
    if len(enfants) < 2 or not _CLASSE_LIBELLE.search(enfants[0].get("class") or ""):
        return None
    libelle = _texte("".join(str(t) for t in enfants[0].itertext())).strip().rstrip(":\u00a0 ")
    valeur = _texte(" ".join(" ".join(str(t) for t in e.itertext()) for e in enfants[1:])).strip()
    if not libelle or not valeur or len(valeur) > _VALEUR_DE_CHAMP_MAX:
        return None
    return f"{libelle} : {valeur}"


def _termes_definis(element: etree._Element) -> list[str] | None:
    """``<dl><dt>Délégués en exercice</dt><dd>20</dd>…</dl>`` : chaque terme et sa valeur
    (courte) sur une ligne, « Délégués en exercice : 20 » ; ``None`` si la liste n'a pas cette
    forme (termes et valeurs alternés)."""
    enfants = [e for e in element if isinstance(e.tag, str)]
    etiquettes = [e.tag.lower() for e in enfants]
    if not enfants or len(enfants) % 2 or etiquettes != ["dt", "dd"] * (len(enfants) // 2):
        return None
    lignes = []
    for terme, valeur in zip(enfants[::2], enfants[1::2], strict=True):
        libelle = _texte("".join(str(t) for t in terme.itertext())).strip().rstrip(":\u00a0 ")
        texte = _texte(" ".join(str(t) for t in valeur.itertext())).strip()
        if not libelle or not texte or len(texte) > _VALEUR_DE_CHAMP_MAX:
            return None
        lignes.append(f"{libelle} : {texte}")
    return lignes


def _parcourir(element: etree._Element, morceaux: list[str], en_liste: bool = False) -> None:
    etiquette = element.tag.lower() if isinstance(element.tag, str) else ""
    if etiquette in _IGNORES or not etiquette:
        morceaux.append(_texte(element.tail))
        return
    if etiquette == "div" and (champ := _champ_a_libelle(element)) is not None:
        morceaux.extend((f"\n{champ}\n", _texte(element.tail)))
        return
    if etiquette == "dl" and (termes := _termes_definis(element)) is not None:
        morceaux.extend(f"\n{terme}\n" for terme in termes)
        morceaux.append(_texte(element.tail))
        return
    if etiquette == "table" and (
        (lignes := _colonnes_de_presence(element)) is not None
        or (lignes := _colonnes_de_groupes(element)) is not None
        or (lignes := _colonnes_de_communes(element)) is not None
        or (lignes := _colonnes_de_pouvoirs(element)) is not None
        or (lignes := _colonnes_de_situation(element)) is not None
        or (lignes := _colonnes_de_delegues(element)) is not None
        or (lignes := lignes_de_grille(element)) is not None
    ):
        morceaux.extend(f"\n{ligne}\n" for ligne in lignes)
        morceaux.append(_texte(element.tail))
        return
    if en_liste and etiquette == "br":
        morceaux.append(" ; ")  # dans une cellule d'une rangée à libellé
        morceaux.append(_texte(element.tail))
        return
    if etiquette == "tr" and _rangee_a_libelle(element):
        en_liste = True
    if _espaceur(element, etiquette) or _double_saut(element, etiquette):
        morceaux.append(f"\n{_BLANC}\n")
        morceaux.append(_texte(element.tail))
        return
    if etiquette in _INTERTITRES or _gras_en_tete(element, etiquette):
        morceaux.append(f"\n{_BLANC}\n")  # une ligne vide avant l'intertitre
    if etiquette in _BLOCS or etiquette == "br":
        morceaux.append("\n")
    elif etiquette in _CELLULES:
        morceaux.append("\t")
    morceaux.append(_texte(element.text))
    for enfant in element:
        _parcourir(enfant, morceaux, en_liste)
    if etiquette in _BLOCS:
        morceaux.append("\n")
    morceaux.append(_texte(element.tail))


_BARRES = frozenset(("s", "strike", "del"))
_SEPARATEUR_EN_TETE = re.compile(r"^\s*[,;]\s*")


def _barre(element: etree._Element) -> bool:
    """Un texte barré (``<s>``, ``<del>``, style « line-through ») : un nom rayé d'une liste."""
    etiquette = element.tag.lower() if isinstance(element.tag, str) else ""
    return etiquette in _BARRES or "line-through" in (element.get("style") or "").replace(" ", "")


def _retirer_barres(racine: etree._Element) -> list[str]:
    """Retire les textes barrés (« Présents : A, <s>B</s>, C » : B n'est pas présent) avec le
    séparateur qui les suit, et les rend pour qu'ils soient rapportés."""
    retires: list[str] = []
    for element in [e for e in racine.iter() if isinstance(e.tag, str) and _barre(e)]:
        parent = element.getparent()
        if parent is None or any(_barre(a) for a in element.iterancestors()):
            continue
        retires.append(_texte("".join(str(x) for x in element.itertext())))
        suite = _SEPARATEUR_EN_TETE.sub(" ", element.tail or "", count=1)
        precedent = element.getprevious()
        if precedent is not None:
            precedent.tail = (precedent.tail or "") + suite
        else:
            parent.text = (parent.text or "") + suite
        parent.remove(element)
    return [r for r in retires if r]


# le texte alternatif d'une image qui nomme une intercommunalité en entier
_ALT_INTERCOMMUNAL = re.compile(r"(?:Syndicat|Communaut[ée])\s+\w+.{5,120}")


def _nom_du_logo(racine: etree._Element) -> str | None:
    """Le nom d'intercommunalité écrit dans l'alt de la première image qui en porte un."""
    for image in racine.iter("img"):
        alt = _texte(image.get("alt"))
        if alt and _ALT_INTERCOMMUNAL.fullmatch(alt):
            return alt
    return None


def texte_html(source: str | bytes) -> str:
    """Le texte d'une page HTML, un bloc par ligne, cellules séparées par des tabulations."""
    encodage = "utf-8"
    if isinstance(source, bytes):
        try:
            source.decode("utf-8")
        except UnicodeDecodeError:
            entete = source[:2048].decode("ascii", errors="replace").lower()
            trouve = re.search(r"charset=[\"']?([a-z0-9_\-]+)", entete)
            encodage = trouve.group(1) if trouve else "cp1252"
    else:
        source = source.encode("utf-8", errors="replace")
    try:
        parseur = lxml_html.HTMLParser(
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            huge_tree=False,
            encoding=encodage,
        )
    except LookupError:
        parseur = lxml_html.HTMLParser(
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            huge_tree=False,
            encoding="cp1252",
        )
    if not source.strip():
        return ""
    try:
        racine = lxml_html.document_fromstring(source, parser=parseur)
    except (etree.ParserError, ValueError):
        return ""
    morceaux: list[str] = []
    titre = racine.find(".//title")
    if titre is not None and titre.text:
        # le titre de la page (« Conseils municipaux - Mairie de X ») : une ligne par partie
        titre_texte = _texte(titre.text)
        if titre_de_page(titre_texte) is not None:
            morceaux.extend((titre_texte, "\n"))  # « Conseil municipal du … – Commune » : entier
        else:
            for partie in re.split(r"\s+[-–—|]\s+", titre_texte):
                morceaux.extend((partie, "\n"))
    if (logo := _nom_du_logo(racine)) is not None:
        # « <img alt="Syndicat intercommunal … des Trois Vallons"> » : le nom complet d'une
        # intercommunalité que le bandeau dessine (le <title> n'en donne parfois que le sigle)
        morceaux[:0] = [logo, "\n"]
    if barres := _retirer_barres(racine):
        # rapportés sur une ligne à part (intitulé que l'analyse signale), jamais perdus
        morceaux.extend((f"{INTITULE_NOMS_BARRES} {', '.join(barres)}", "\n"))
    _parcourir(racine, morceaux)
    sorties: list[str] = []
    for ligne in "".join(morceaux).split("\n"):
        propre = ligne.strip(" \t")
        if propre == _BLANC:  # une seule ligne vide (intertitre, paragraphe vide) ; aucune ailleurs
            if sorties and sorties[-1]:
                sorties.append("")
        elif propre := propre.replace(_BLANC, ""):
            sorties.append(propre)
    while sorties and not sorties[-1]:
        sorties.pop()
    return "\n".join(sorties)
