r"""Grilles de présence des pages web : un tableau à une rangée par élu, dont les colonnes
disent la présence (« Présent / Excusé / Absent » cochées d'une croix, ou une colonne
« Présence » en mots), le pouvoir (« Pouvoir à ») et le suppléant qui siège.

Les ``rowspan`` et ``colspan`` sont dépliés (la commune fusionnée sur ses délégués, l'intitulé
« Présence » au-dessus de trois colonnes) avant de lire les colonnes par leurs intitulés ; la
grille est réécrite en lignes que l'analyse sait lire (« Présents : … », « Excusés : … »,
« X donne pouvoir à Y », « Y (suppléant de X) », « X (arrivé à partir du point 3 ; pouvoir à
Y) »). Une grille dont une rangée ne se lit pas n'est pas réécrite : ``None``.

>>> from lxml import html
>>> table = html.fromstring(
...     "<table><tr><th>Nom</th><th>Présent</th><th>Excusé</th><th>Pouvoir à</th></tr>"
...     "<tr><td>ROY Anne</td><td>X</td><td></td><td></td></tr>"
...     "<tr><td>PIC Luc</td><td></td><td>X</td><td>ROY Anne</td></tr></table>")
>>> lignes_de_grille(table)
['Présents : ROY Anne', 'PIC Luc donne pouvoir à ROY Anne']
"""

from __future__ import annotations

import re

from lxml import etree

from deliberations.texte import sans_accents

__all__ = ["colonnes_de_grille", "lignes_de_grille", "lignes_de_matrice"]

_CELLULES = frozenset(("td", "th"))
_RANGEES_MAX = 200
_ETENDUE_MAX = 60  # un rowspan ou colspan plus grand n'est pas une grille de présence

# L'intitulé d'une colonne (sans accents, en minuscules) et ce qu'elle dit ; le premier motif
# qui convient l'emporte (« Délégué suppléant » est la colonne des suppléants)
_SORTES_DE_COLONNE = (
    ("suppleant", re.compile(r"suppl")),
    ("pouvoir", re.compile(r"pouvoir|procuration|delegation|represente?e?s?\s+par|mandataire")),
    ("present", re.compile(r"\bpresente?s?\b")),
    ("excuse", re.compile(r"\bexcusee?s?\b")),
    ("absent", re.compile(r"\babsente?s?\b")),
    ("observation", re.compile(r"observations?|remarques?")),
    ("situation", re.compile(r"presence|situation|statut|\betat\b")),
    ("nom", re.compile(r"titulaire|delegue|conseill|\bnoms?\b|\belus?\b|membres?")),
)
# Entre deux colonnes de noms (« Membre | Délégué titulaire »), celle de l'élu
_PRIORITE_DU_NOM = (
    (re.compile(r"titulaire"), 3),
    (re.compile(r"delegue|conseill|\bnoms?\b|\belus?\b"), 2),
)
# « Suppléant qui siège », « Suppléant présent » : la colonne ne nomme que ceux qui siègent
_SUPPLEANT_QUI_SIEGE = re.compile(r"siege|present|remplacant")
_STATUTS = ("present", "excuse", "absent")

# Une cellule « Présence » écrite en mots
_POUVOIR_DANS_SITUATION = re.compile(
    r"(?:pouvoir|procuration|d[ée]l[ée]gation\s+de\s+vote)\s+(?:donn[ée]e?\s+)?(?:à|a|au)\s+"
    r"(?P<qui>.{3,80}?)\s*\.?$",
    re.I,
)
_PAR_SON_SUPPLEANT = re.compile(
    r"(?:suppl[ée][ée]e?|remplac[ée]e?|repr[ée]sent[ée]e?)\s+par\s+(?:son|sa)\s+suppl[ée]ante?", re.I
)
_SUPPLEE_PAR = re.compile(
    r"(?:suppl[ée][ée]e?|remplac[ée]e?|repr[ée]sent[ée]e?)\s+par\s+(?P<qui>.{3,80}?)\s*\.?$", re.I
)
_MOT_DE_STATUT = (
    (re.compile(r"^pr[ée]sente?s?\b", re.I), "present"),
    (re.compile(r"^excus[ée]e?s?\b", re.I), "excuse"),
    (re.compile(r"^absente?s?\b", re.I), "absent"),
)
# « pouvoir à M. X », « siège pour M. Y » : la colonne « Observations » d'une liste de présence
_SIEGE_POUR = re.compile(
    r"^(?:si[èe]ge|vote)\s+(?:pour|[àa]\s+la\s+place\s+de)\s+(?P<qui>.{3,80}?)\s*\.?$"
    r"|^(?:remplace|suppl[ée]e?)\s+(?P<qui2>.{3,80}?)\s*\.?$",
    re.I,
)
# « Mme X, suppléante », « M. Y (suppléant) » : le nom d'un suppléant qui siège
_MENTION_SUPPLEANT = re.compile(r"\s*(?:,\s*|\()\s*suppl[ée]ante?\s*\)?\s*$", re.I)
# « X (à partir du point 3) », « X (jusqu'à la délibération n° 2020-58) » : la précision d'une
# case cochée ; la parenthèse finale d'un mandataire (« ROY Anne (points 1 et 2) »)
_PARENTHESE_FINALE = re.compile(r"\s*\((?P<dedans>[^()]{2,120})\)\s*$")
_ARRIVEE = re.compile(r"^(?:arriv[ée]e?\s+)?(?:[àa]\s+partir\s+d|d[èe]s\s+l|au\s+point)", re.I)
_FIN_DE_PRESENCE = re.compile(r"^(?:pr[ée]sente?\s+)?jusqu", re.I)


def _sans_accents(texte: str) -> str:
    """En minuscules et sans accents (``deliberations.texte.sans_accents``)."""
    return sans_accents(texte.lower())


def _texte_de_cellule(cellule: etree._Element) -> str:
    texte = " ".join(str(t) for t in cellule.itertext())
    return re.sub(r"\s+", " ", texte.replace("\xa0", " ")).strip()


def _etendue(cellule: etree._Element, attribut: str) -> int:
    valeur = (cellule.get(attribut) or "1").strip()
    return min(int(valeur), _ETENDUE_MAX) if valeur.isdigit() and int(valeur) > 0 else 1


def _matrice(table: etree._Element) -> list[tuple[bool, list[str]]] | None:
    """Les rangées de la table, fusions dépliées : (rangée d'en-tête ?, textes des cellules)."""
    rangees = [r for r in table.iter("tr") if _table_de(r) is table]
    if not 3 <= len(rangees) <= _RANGEES_MAX:
        return None
    reportees: dict[tuple[int, int], str] = {}
    matrice: list[tuple[bool, list[str]]] = []
    for r, rangee in enumerate(rangees):
        cellules = [c for c in rangee if isinstance(c.tag, str) and c.tag.lower() in _CELLULES]
        ligne: list[str] = []
        for cellule in cellules:
            while (r, len(ligne)) in reportees:
                ligne.append(reportees.pop((r, len(ligne))))
            texte = _texte_de_cellule(cellule)
            for _ in range(_etendue(cellule, "colspan")):
                for dessous in range(1, _etendue(cellule, "rowspan")):
                    reportees[(r + dessous, len(ligne))] = texte
                ligne.append(texte)
        while (r, len(ligne)) in reportees:
            ligne.append(reportees.pop((r, len(ligne))))
        entete = bool(cellules) and (
            all(c.tag.lower() == "th" for c in cellules)
            or ((parent := rangee.getparent()) is not None and parent.tag == "thead")
        )
        matrice.append((entete, ligne))
    return matrice


def _table_de(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _sorte(intitule: str) -> str | None:
    plat = _sans_accents(intitule)
    return next((sorte for sorte, motif in _SORTES_DE_COLONNE if motif.search(plat)), None)


def _colonnes(intitules: list[str]) -> dict[str, int] | None:
    """La colonne de chaque sorte (une seule par sorte), celle du nom d'élu comprise."""
    colonnes: dict[str, int] = {}
    noms: list[tuple[int, int]] = []
    for i, intitule in enumerate(intitules):
        sorte = _sorte(intitule)
        if sorte == "nom":
            plat = _sans_accents(intitule)
            priorite = next((p for m, p in _PRIORITE_DU_NOM if m.search(plat)), 1)
            noms.append((priorite, i))
        elif sorte is not None:
            if sorte in colonnes:
                return None  # deux colonnes « Présence » : titulaires et suppléants à part
            colonnes[sorte] = i
    cochees = sum(s in colonnes for s in (*_STATUTS, "pouvoir"))
    if not noms or (cochees < 2 and "situation" not in colonnes):
        return None
    if "situation" in colonnes and any(s in colonnes for s in _STATUTS):
        return None
    colonnes["nom"] = max(noms)[1]
    return colonnes


def _intitules(matrice: list[tuple[bool, list[str]]]) -> tuple[list[str], int]:
    """Les intitulés des colonnes (rangées d'en-tête réunies) et le rang de la première rangée
    de noms."""
    tete = 0
    while tete < len(matrice) and matrice[tete][0]:
        tete += 1
    if tete == 0:
        tete = 1  # une première rangée en <td>, lue comme en-tête si ses intitulés conviennent
    largeur = max(len(cellules) for _, cellules in matrice[:tete])
    intitules = []
    for i in range(largeur):
        morceaux: list[str] = []
        for _, cellules in matrice[:tete]:
            if i < len(cellules) and cellules[i] and cellules[i] not in morceaux:
                morceaux.append(cellules[i])
        intitules.append(" ".join(morceaux))
    return intitules, tete


def _cellule(cellules: list[str], colonnes: dict[str, int], sorte: str) -> str:
    i = colonnes.get(sorte)
    return cellules[i] if i is not None and i < len(cellules) else ""


def _sans_parenthese(texte: str) -> tuple[str, str | None]:
    trouve = _PARENTHESE_FINALE.search(texte)
    if trouve is None:
        return texte, None
    return texte[: trouve.start()].strip(), trouve.group("dedans").strip()


def _mouvement(precision: str | None) -> str | None:
    """« à partir du point 3 » : « arrivé à partir du point 3 » ; « jusqu'à la délibération
    n° X » : « présent jusqu'à … » (les mots que l'analyse lit comme un mouvement)."""
    if precision is None:
        return None
    if _ARRIVEE.match(precision):
        return "arrivé " + re.sub(r"^arriv[ée]e?\s+", "", precision, flags=re.I)
    if _FIN_DE_PRESENCE.match(precision):
        return "présent " + re.sub(r"^pr[ée]sente?\s+", "", precision, flags=re.I)
    return precision


def _statut_en_mots(situation: str) -> tuple[str, str | None, str | None, bool] | None:
    """(statut, précision, mandataire, représenté par son suppléant) d'une cellule
    « Présence » : « Excusée – délégation de vote à M. X », « Présent à partir de la
    délibération n° 2021-047 », « Présent jusqu'à la délibération n° X incluse, puis pouvoir à
    M. Y », « Excusé – représenté par son suppléant »."""
    mot = next((trouve for m, _ in _MOT_DE_STATUT if (trouve := m.match(situation))), None)
    statut = next((s for m, s in _MOT_DE_STATUT if m.match(situation)), None)
    pouvoir = _POUVOIR_DANS_SITUATION.search(situation)
    fin = pouvoir.start() if pouvoir is not None else len(situation)
    precision = situation[mot.end() if mot else 0 : fin].strip(" ,;–—-")
    precision = re.sub(r"[\s,;]*\bpuis$", "", precision).strip() if mot else ""
    if pouvoir is not None:
        return statut or "excuse", precision or None, pouvoir.group("qui"), False
    if _PAR_SON_SUPPLEANT.search(situation):
        return "excuse", None, None, True
    if statut is None:
        return None
    return statut, precision or None, None, False


def _lire_rangee(
    cellules: list[str], colonnes: dict[str, int], siege: bool
) -> tuple[str, str | None, str | None, str | None] | None:
    """(statut, précision, mandataire, suppléant qui siège) d'une rangée ; ``None`` si elle ne
    se lit pas."""
    mandataire = _cellule(cellules, colonnes, "pouvoir") or None
    suppleant = _cellule(cellules, colonnes, "suppleant") or None
    precision = None
    observation = _cellule(cellules, colonnes, "observation")
    if observation and (pouvoir := _POUVOIR_DANS_SITUATION.search(observation)) is not None:
        mandataire = pouvoir.group("qui")
    elif observation and (pour := _SIEGE_POUR.match(observation)) is not None:
        return "suppleant", None, None, pour.group("qui") or pour.group("qui2")
    elif observation:
        return None
    if "situation" in colonnes:
        situation, precision = _sans_parenthese(_cellule(cellules, colonnes, "situation"))
        if (supplee := _SUPPLEE_PAR.search(situation)) and not _PAR_SON_SUPPLEANT.search(situation):
            return "excuse", None, None, supplee.group("qui")
        lu = _statut_en_mots(situation)
        if lu is None:
            return None
        statut, dite, mandataire_dit, par_suppleant = lu
        mandataire = mandataire_dit or mandataire
        return statut, dite or precision, mandataire, suppleant if (par_suppleant or siege) else None
    cochees = [s for s in _STATUTS if _cellule(cellules, colonnes, s)]
    if len(cochees) > 1 or not (cochees or mandataire):
        return None
    statut = cochees[0] if cochees else "excuse"
    if statut == "present":
        _, precision = _sans_parenthese(_cellule(cellules, colonnes, "present"))
    return statut, precision, mandataire, suppleant if siege else None


def lignes_de_grille(table: etree._Element) -> list[str] | None:
    """Les lignes d'une grille de présence, ``None`` si la table n'en est pas une."""
    matrice = _matrice(table)
    if matrice is None:
        return None
    intitules, premiere = _intitules(matrice)
    return lignes_de_matrice(intitules, [cellules for _, cellules in matrice[premiere:]])


def colonnes_de_grille(intitules: list[str]) -> dict[str, int] | None:
    """Les colonnes (sorte → rang) d'une grille de présence dont voici les intitulés, ou
    ``None`` si ce n'en est pas une."""
    return _colonnes(intitules)


def lignes_de_matrice(intitules: list[str], rangees: list[list[str]]) -> list[str] | None:
    """Les lignes d'une grille donnée par ses intitulés et ses rangées de cellules."""
    colonnes = _colonnes(intitules)
    if colonnes is None:
        return None
    siege = bool(_SUPPLEANT_QUI_SIEGE.search(_sans_accents(intitules[colonnes["suppleant"]]))) if (
        "suppleant" in colonnes
    ) else False
    listes: dict[str, list[str]] = {s: [] for s in _STATUTS}
    pouvoirs: list[str] = []
    for cellules in rangees:
        nom = _cellule(cellules, colonnes, "nom")
        if not nom:
            continue
        lue = _lire_rangee(cellules, colonnes, siege)
        if lue is None:
            return None
        statut, precision, mandataire, suppleant = lue
        if statut == "suppleant":  # « Mme X, suppléante | présente | siège pour M. Y »
            listes["present"].append(f"{_MENTION_SUPPLEANT.sub('', nom)} (suppléant de {suppleant})")
            continue
        if mandataire is not None:
            mandataire, _ = _sans_parenthese(mandataire)
        mouvement = _mouvement(precision)
        if statut == "present" and mouvement is not None:
            suite = f" ; pouvoir à {mandataire}" if mandataire else ""
            listes["present"].append(f"{nom} ({mouvement}{suite})")
        elif statut == "present":
            listes["present"].append(nom)
        elif mandataire:
            pouvoirs.append(f"{nom} donne pouvoir à {mandataire}")
        elif suppleant:
            listes["present"].append(f"{_MENTION_SUPPLEANT.sub('', suppleant)} (suppléant de {nom})")
        else:
            listes[statut].append(nom)
    intitule = {"present": "Présents", "excuse": "Excusés", "absent": "Absents"}
    if not listes["present"]:
        return None
    return [f"{intitule[s]} : {', '.join(noms)}" for s, noms in listes.items() if noms] + pouvoirs


# --- grille aplatie sur une ligne ---------------------------------------------------------------

# « Nom Prénom Présent Pouvoir Absent », « Commune Conseiller communautaire P E A Pouvoir à » :
# l'en-tête d'une grille de présence dont le PDF aplati a perdu les colonnes
_ENTETE_APLATIE = re.compile(
    r"(?:Commune\s+)?(?:Nom\s+(?:et\s+)?Pr[ée]nom|Conseill\w*(?:\s+(?:communautaires?|municipa\w+))?"
    r"|D[ée]l[ée]gu[ée]s?)\s+(?:(?:Pr[ée]sente?s?|Absente?s?|Excus[ée]e?s?|[PEA]|Pouvoirs?(?:\s+(?:donn[ée]s?\s+)?[àa])?)"
    r"(?:\s+|$)){2,6}"
)
_STATUT_APLATI = {
    "x": "present", "p": "present", "present": "present", "presente": "present",
    "e": "excuse", "excuse": "excuse", "excusee": "excuse",
    "a": "absent", "absent": "absent", "absente": "absent",
}
_CAPITALES_APLATIES = re.compile(r"[A-ZÀ-ÝŒ][A-ZÀ-ÝŒ'’\-]+")
_PRENOM_APLATI = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*")
_PARTICULES_APLATIES = frozenset(("LE", "LA", "DE", "DU", "DES", "DA", "DOS", "VAN", "VON", "DER", "DI"))
_MENTION_APLATIE = re.compile(r"\(suppl[ée]ante?\)")
# le pied ou l'en-tête de page au milieu de la grille : sauté jusqu'au numéro de page
_PAGE_APLATIE = re.compile(r"(?<![\d/])(?:[Pp]age\s+)?\d{1,2}\s?/\s?\d{1,2}(?![\d/])")
_ENTREES_MIN = 5


def _statut_aplati(mot: str) -> str | None:
    return _STATUT_APLATI.get(_sans_accents(mot))


def _nom_d_entree(capitales: list[str]) -> str | None:
    """Le NOM d'une entrée, sans la commune en capitales qui peut le précéder (« MARVILLE-SUR-LYS
    BERNIER » → « BERNIER » ; « LE GALL » reste entier)."""
    if not capitales:
        return None
    debut = len(capitales) - 1
    while debut > 0 and capitales[debut - 1] in _PARTICULES_APLATIES:
        debut -= 1
    return " ".join(capitales[debut:])


class _Lecteur:
    """Les entrées « NOM Prénom statut » d'une grille aplatie, lues mot à mot."""

    def __init__(self, mots: list[str]) -> None:
        self.mots = mots
        self.i = 0
        self.listes: dict[str, list[str]] = {s: [] for s in _STATUTS}
        self.pouvoirs: list[str] = []
        self.entrees = 0

    def _capitales(self) -> list[str]:
        lues: list[str] = []
        while self.i < len(self.mots) and _CAPITALES_APLATIES.fullmatch(self.mots[self.i]):
            if _statut_aplati(self.mots[self.i]) and len(self.mots[self.i]) == 1:
                break
            lues.append(self.mots[self.i])
            self.i += 1
        return lues

    def _suit_un_statut(self, k: int) -> bool:
        return k < len(self.mots) and (
            _statut_aplati(self.mots[k]) is not None or self.mots[k].lower() == "pouvoir"
        )

    def _mandataire(self) -> str | None:
        """« pouvoir à NOM Prénom » ou « pouvoir à NOM » (le prénom suivant est alors celui
        de l'entrée suivante, que son statut suit)."""
        capitales = self._capitales()
        if not capitales:
            return None
        if self.i < len(self.mots) and _PRENOM_APLATI.fullmatch(self.mots[self.i]):
            if self._suit_un_statut(self.i + 1) and len(capitales) >= 2:
                self.i -= 1  # le dernier NOM est celui de l'entrée suivante
                return " ".join(capitales[:-1])
            self.i += 1
            return f"{' '.join(capitales)} {self.mots[self.i - 1]}"
        return " ".join(capitales)

    def entree(self) -> bool:
        """Une entrée lue (et rangée) ; faux, position inchangée, si les mots n'en sont pas une."""
        depart = self.i
        nom = _nom_d_entree(self._capitales())
        if nom is None or self.i >= len(self.mots) or not _PRENOM_APLATI.fullmatch(self.mots[self.i]):
            self.i = depart
            return False
        personne = f"{nom} {self.mots[self.i]}"
        self.i += 1
        if self.i < len(self.mots) and _MENTION_APLATIE.fullmatch(self.mots[self.i]):
            personne += " (suppléant)"
            self.i += 1
        if self.i >= len(self.mots):
            self.i = depart
            return False
        mot = self.mots[self.i]
        if mot.lower() == "pouvoir" and self.i + 1 < len(self.mots) and self.mots[self.i + 1] in ("à", "a"):
            self.i += 2
            mandataire = self._mandataire()
            if mandataire is None:
                self.i = depart
                return False
            self.pouvoirs.append(f"{personne} à {mandataire}")
        elif (statut := _statut_aplati(mot)) is not None:
            self.i += 1
            if self.i + 1 < len(self.mots) and self.mots[self.i] == "pouvoir" and self.mots[self.i + 1] in ("à", "a"):
                self.i += 2  # « E pouvoir à NOM Prénom » : excusé, représenté
                mandataire = self._mandataire()
                if mandataire is None:
                    self.i = depart
                    return False
                self.pouvoirs.append(f"{personne} à {mandataire}")
            else:
                self.listes[statut].append(personne)
        else:
            self.i = depart
            return False
        self.entrees += 1
        return True

    def phrases(self) -> str:
        intitules = {"present": "Présents", "excuse": "Excusés", "absent": "Absents"}
        morceaux = [f"{intitules[s]} : {', '.join(n)}." for s, n in self.listes.items() if n]
        if self.pouvoirs:
            morceaux.append("Pouvoirs : " + " ; ".join(self.pouvoirs) + ".")
        return " ".join(morceaux)


def _sauter_page(texte: str, position: int, entete: re.Match[str]) -> int | None:
    """Après un pied ou un en-tête de page au milieu de la grille : la position où les entrées
    reprennent (après l'en-tête de colonnes répété ou le numéro de page), ou None."""
    fenetre = texte[position : position + 220]
    repete = fenetre.find(entete.group(0).strip())
    if repete >= 0:
        return position + repete + len(entete.group(0).strip())
    page = _PAGE_APLATIE.search(fenetre)
    return position + page.end() if page is not None else None


def grille_aplatie(texte: str) -> str:
    """Le texte aplati dont la grille de présence (« Nom Prénom Présent Pouvoir Absent NOM
    Prénom X NOM Prénom pouvoir à NOM … ») est réécrite en listes (« Présents : … . Excusés :
    … . Pouvoirs : X à Y ; … . ») ; le texte inchangé s'il n'en a pas."""
    entete = _ENTETE_APLATIE.search(texte)
    if entete is None:
        return texte
    position = fin = entete.end()
    lecteur = _Lecteur([])
    while True:
        mots = [(m.group(0), m.start()) for m in re.finditer(r"\S+", texte[position : position + 6000])]
        lecteur.mots, lecteur.i = [m for m, _ in mots], 0
        while lecteur.entree():
            pass
        if lecteur.i == 0:
            break
        dernier, debut = mots[lecteur.i - 1]
        fin = position + debut + len(dernier)
        reprise = _sauter_page(texte, fin, entete)
        if reprise is None:
            break
        position = reprise
    if lecteur.entrees < _ENTREES_MIN:
        return texte
    return f"{texte[: entete.start()]} {lecteur.phrases()} {texte[fin:]}"
