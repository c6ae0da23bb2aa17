"""Validation d'un fichier SCDL « deliberations » 2.1.5, en flux, sans limite de lignes.

Le verdict officiel reprend toutes les contraintes du schéma (obligation, types, motifs,
format ``uri``) et ses onze contrôles personnalisés tels que Validata les applique ; les
codes d'erreur sont ceux de Validata (``type-error``, ``constraint-error``,
``custom-check-error``, ``year-interval-value``, ``cohesive-columns-value``,
``compare-columns-value``, ``sum-columns-value``, ``missing-label``…). Le profil strict
ajoute, sous des codes ``strict.*`` bien séparés, ce que le texte du schéma exige sans que
personne ne le vérifie.

>>> entete = "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET"
>>> ligne = "Ville de Poitiers,21860194600013,D1,10/05/2023,7.1,Finances locales/Décisions budgétaires,Budget"
>>> rapport = valider_scdl((entete + "\\n" + ligne + "\\n").encode())
>>> rapport.ok
False
>>> for c in rapport.erreurs:
...     print(c.code, "|", c.chemin)
type-error | ligne 2, colonne DELIB_DATE
"""

from __future__ import annotations

import array
import datetime as dt
import itertools
import operator
import re
from collections.abc import Callable, Sequence
from typing import Any

from deliberations.scdl.collecte import PLAFOND_CONSTATS, Collecteur
from deliberations.scdl.controles import (
    ControleLigne,
    FauteLigne,
    VerificationChamp,
    compiler,
    vide,
)
from deliberations.scdl.entete import analyser_entete
from deliberations.scdl.schema import SCHEMA, SchemaSCDL
from deliberations.scdl.source import TAILLE_MAXIMALE, EncodagePresumeFaux, Source, SourceCSV
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["PLAFOND_CONSTATS", "Collecteur", "valider_scdl", "verdict_officiel"]

_PREF_ID = re.compile(r"^(?:(?:PREF|SGAR)(?:0\d[\dAB]|97\d)|SPREF(?:0\d[\dAB]|97\d)\d)$")
_OBLIGATOIRE = "La valeur est obligatoire."


def verdict_officiel(rapport: Rapport) -> bool:
    """Vrai si le fichier n'a aucune erreur hors profil strict.

    Le verdict vient des comptes exacts (statistique ``erreurs.officielles``), jamais de la
    seule liste des constats gardés, que la limite a pu tronquer.
    """
    stats = dict(rapport.statistiques)
    if "erreurs.officielles" in stats:
        return stats["erreurs.officielles"] == 0
    return not any(
        c.severite is Severite.ERREUR and not c.code.startswith("strict.") for c in rapport
    )


def valider_scdl(
    source: Source,
    *,
    strict: bool = False,
    limite: int | None = 1000,
    aujourd_hui: dt.date | None = None,
    progression: Callable[[int], None] | None = None,
    taille_maximale: int = TAILLE_MAXIMALE,
    schema: SchemaSCDL = SCHEMA,
) -> Rapport:
    """Valide un fichier SCDL délibérations, une ligne à la fois.

    ``source`` est un chemin (``-`` : entrée standard), des octets ou un flux binaire ; un
    chemin qui n'est pas un fichier ordinaire, ou plus grand que ``taille_maximale`` octets,
    est refusé avant toute lecture (:class:`~deliberations.erreurs.FichierIllisible`).
    ``limite`` borne le nombre d'**erreurs** gardées (``0`` ou ``None`` : toutes, jusqu'au
    plafond :data:`PLAFOND_CONSTATS`) ; les autres sont comptées (``Rapport.omis`` et
    ``statistiques``) et le verdict (:func:`verdict_officiel`, ``statistiques["erreurs"]``)
    vient de toutes les erreurs comptées. ``strict`` ajoute le profil strict.
    ``progression`` est appelée toutes les 10 000 lignes avec le nombre de lignes lues. Les
    numéros de ligne sont ceux de frictionless et Validata : l'en-tête est la ligne 1.
    ``schema`` : un autre schéma livré (:func:`~deliberations.scdl.schema.charger_schema`).
    """
    jour = aujourd_hui or dt.date.today()
    with SourceCSV.ouvrir(source, taille_maximale=taille_maximale, presumer_utf8=True) as src:
        try:
            collecteur = Collecteur(limite)
            lignes = _valider(src, collecteur, schema, strict, jour, progression)
        except EncodagePresumeFaux:  # pas de l'UTF-8 : l'encodage est cherché, on recommence
            src.examiner()
            collecteur = Collecteur(limite)
            lignes = _valider(src, collecteur, schema, strict, jour, progression)
    return collecteur.rapport(lignes=lignes)


_ECARTS_SOURCE = {
    "encodage": ("encoding", Severite.INFO),
    "bom": ("bom", Severite.INFO),
    "separateur": ("dialect", Severite.INFO),
    "sep": ("dialect", Severite.INFO),
}
"""Validata accepte ces écarts : ce sont des informations, pas des erreurs."""


def _valider(
    src: SourceCSV,
    collecteur: Collecteur,
    schema: SchemaSCDL,
    strict: bool,
    aujourd_hui: dt.date,
    progression: Callable[[int], None] | None,
) -> int:
    for constat in src.ecarts(_ECARTS_SOURCE):
        collecteur.ajouter(constat)
    lecteur = src.lignes()
    entete = next(lecteur, None)
    if entete is None or not any(c.strip() for c in entete):
        collecteur.ajouter(
            Constat(
                code="blank-header",
                severite=Severite.ERREUR,
                message="La première ligne (l'en-tête) est vide.",
                chemin="ligne 1",
            )
        )
        return 0
    analyse = analyser_entete(entete, tolerant=False, schema=schema)
    champs, controles, constats_entete = compiler(schema, analyse.positions)
    for constat in (*analyse.constats, *constats_entete):
        collecteur.ajouter(constat)
    if strict:
        controles = controles + _controles_stricts(champs, aujourd_hui)
    doublons = _Doublons(analyse.positions) if strict else None
    n = _boucle(lecteur, entete, champs, controles, collecteur, doublons, progression)
    if doublons is not None:
        doublons.rapporter(collecteur)
    if src.tronque:
        collecteur.ajouter(_constat_tronque(n + 1))
    return n


def _constat_tronque(numero: int) -> Constat:
    """Le fichier finit dans un champ entre guillemets : la dernière ligne est incomplète."""
    return Constat(
        code="source-error",
        severite=Severite.ERREUR,
        message="Le fichier se termine à l'intérieur d'un champ entre guillemets : la dernière "
        "ligne est tronquée (guillemet fermant manquant).",
        chemin=f"ligne {numero}",
        details={"ligne": numero},
    )


def _boucle(
    lecteur: Any,
    entete: list[str],
    champs: list[VerificationChamp],
    controles: list[ControleLigne],
    collecteur: Collecteur,
    doublons: _Doublons | None,
    progression: Callable[[int], None] | None,
) -> int:
    """La boucle des lignes : structure, obligations, analyses des colonnes, contrôles de ligne.

    Les analyses (mises en cache) sont appliquées par ``map`` ; ``valeurs`` suit le rang des
    champs : valeurs typées des colonnes analysées (``None`` si vide ou de type faux), puis
    texte brut des autres."""
    largeur = len(entete)
    requis = [(c.position, c.nom) for c in champs if c.obligatoire]
    prendre_requis = _prendre_ligne([p for p, _ in requis])
    analyses = [c for c in champs if c.analyser is not None]
    analyseurs = [c.analyser for c in analyses if c.analyser is not None]
    prendre_analyses = _prendre_ligne([c.position for c in analyses])
    prendre_bruts = _prendre_ligne([c.position for c in champs if c.analyser is None])
    numero = 1
    repetition = _Repetition(collecteur)
    for numero, ligne in enumerate(lecteur, start=2):
        if progression is not None and numero % 10000 == 0:
            progression(numero - 1)
        if repetition.comptee(ligne):  # même ligne que la précédente, comptée d'un coup
            if doublons is not None and repetition.structuree is not None:
                doublons.noter(repetition.structuree, numero)
            continue
        if len(ligne) != largeur or not any(ligne):
            ligne = _structure(ligne, numero, entete, collecteur)
            repetition.structuree = ligne
            if ligne is None:
                continue
        repetition.structuree = ligne
        vides = prendre_requis(ligne).count("")
        if vides:
            if collecteur.plein:  # au-delà de la limite : comptées d'un coup
                collecteur.compter_erreurs("constraint-error", vides)
            else:
                _manquantes(ligne, numero, requis, collecteur)
        resultats = tuple(map(_appeler, analyseurs, prendre_analyses(ligne)))
        if any(map(_FAUTES, resultats)):
            _fautes(resultats, analyses, ligne, numero, collecteur)
        valeurs = [*map(_VALEUR, resultats), *prendre_bruts(ligne)]
        for controle in controles:
            if fautes_ligne := controle(valeurs):
                for code, colonne, message, valeur in fautes_ligne:
                    collecteur.erreur(code, numero, colonne, message, valeur)
        if doublons is not None:
            doublons.noter(ligne, numero)
    return numero - 1


_VALEUR, _FAUTES = operator.itemgetter(0), operator.itemgetter(1)


class _Repetition:
    """Lignes identiques consécutives, une fois la limite des erreurs atteinte : une ligne ne
    produit que des erreurs, fonction de ses seules cellules ; celles de la deuxième
    occurrence sont mesurées (différence des comptes par code), puis les suivantes sont
    comptées d'un coup (:meth:`Collecteur.compter_erreurs`), avec les mêmes comptes."""

    def __init__(self, collecteur: Collecteur) -> None:
        self.collecteur = collecteur
        self.precedente: list[str] | None = None
        self.structuree: list[str] | None = None  # la précédente, à la largeur (None : vide)
        self.comptes: tuple[tuple[str, int], ...] | None = None
        self.avant: dict[str, int] | None = None

    def comptee(self, ligne: list[str]) -> bool:
        """Vrai si ``ligne`` répète la précédente et vient d'être comptée d'un coup."""
        collecteur = self.collecteur
        if self.avant is not None:  # la précédente répétait la sienne : ce qu'elle a compté
            self.comptes = tuple(
                (code, n - self.avant.get(code, 0))
                for code, n in collecteur.par_code.items()
                if n != self.avant.get(code, 0)
            )
            self.avant = None
        if ligne != self.precedente or not collecteur.plein:
            self.precedente, self.comptes = ligne, None
            return False
        if self.comptes is None:
            self.avant = dict(collecteur.par_code)
            return False
        for code, nombre in self.comptes:
            collecteur.compter_erreurs(code, nombre)
        return True


def _appeler(fonction: Callable[[str], Any], valeur: str) -> Any:
    return fonction(valeur)


if hasattr(operator, "call"):  # Python 3.11 : appel sans cadre Python
    _appeler = operator.call


def _manquantes(
    ligne: list[str], numero: int, requis: list[tuple[int, str]], collecteur: Collecteur
) -> None:
    for position, nom in requis:
        if not ligne[position]:
            collecteur.erreur("constraint-error", numero, nom, _OBLIGATOIRE, "")


def _fautes(
    resultats: tuple[Any, ...],
    analyses: list[VerificationChamp],
    ligne: list[str],
    numero: int,
    collecteur: Collecteur,
) -> None:
    for (_, fautes), champ in zip(resultats, analyses, strict=True):
        for code, message in fautes:
            collecteur.erreur(code, numero, champ.nom, message, ligne[champ.position])


def _prendre_ligne(positions: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """Les cellules aux ``positions``, toujours en tuple."""
    if not positions:
        return lambda ligne: ()
    if len(positions) == 1:
        (k,) = positions
        return lambda ligne: (ligne[k],)
    return operator.itemgetter(*positions)


def _structure(
    ligne: list[str], numero: int, entete: list[str], collecteur: Collecteur
) -> list[str] | None:
    """Ligne vide (``None``), cellules en trop ou manquantes : constats, puis ligne à la largeur."""
    n, largeur = len(ligne), len(entete)
    if not any(ligne):
        if collecteur.compter("blank-row", Severite.ERREUR):  # construit seulement si gardé
            collecteur.constats.append(
                Constat(
                    code="blank-row",
                    severite=Severite.ERREUR,
                    message="Ligne vide.",
                    chemin=f"ligne {numero}",
                    details={"ligne": numero},
                )
            )
        return None
    if collecteur.plein:
        collecteur.compter_erreurs("extra-cell" if n > largeur else "missing-cell", abs(n - largeur))
        return ligne[:largeur] + [""] * (largeur - n)
    for k in range(largeur, n):
        collecteur.erreur(
            "extra-cell",
            numero,
            "",
            f"Cellule en trop (colonne {k + 1}, l'en-tête en a {largeur}).",
            ligne[k],
        )
    for k in range(n, largeur):
        collecteur.erreur(
            "missing-cell",
            numero,
            entete[k],
            f"Cellule manquante : la ligne a {n} cellules pour {largeur} colonnes.",
            "",
        )
    return ligne[:largeur] + [""] * (largeur - n)


# ------------------------------------------------------------------ profil strict


def _controles_stricts(
    champs: list[VerificationChamp], aujourd_hui: dt.date
) -> list[ControleLigne]:
    """Les contrôles du profil strict, liés aux rangs des colonnes présentes."""
    rang = {c.nom: c.indice for c in champs}

    def r(nom: str) -> int:
        return rang.get(nom, -1)

    i_code, i_nom, i_pref, i_pdate, i_url = (
        r("DELIB_MATIERE_CODE"),
        r("DELIB_MATIERE_NOM"),
        r("PREF_ID"),
        r("PREF_DATE"),
        r("DELIB_URL"),
    )
    votes = [(c.nom, c.indice) for c in champs if c.nom.startswith("VOTE_")]
    dates = [(n, rang[n]) for n in ("DELIB_DATE", "PREF_DATE") if n in rang]
    matieres: dict[tuple[str, str], str | None] = {}

    def controle(v: Sequence[Any]) -> tuple[FauteLigne, ...] | None:
        fautes: list[FauteLigne] = []
        code, nom = (v[i_code] if i_code >= 0 else None), (v[i_nom] if i_nom >= 0 else None)
        if code:
            cle = (code, nom or "")
            if cle not in matieres:
                matieres[cle] = _strict_matiere(*cle)
            if (raison := matieres[cle]) is not None:
                code_strict, message = raison.split("|", 1)
                fautes.append((code_strict, "DELIB_MATIERE_CODE", message, code))
        pref = v[i_pref] if i_pref >= 0 else None
        pdate = v[i_pdate] if i_pdate >= 0 else None
        if pref and not _PREF_ID.match(pref):
            message = f"PREF_ID « {pref} » n'a pas la forme PREFNNN, SPREFNNNM ou SGARNNN."
            fautes.append(("strict.pref-id-format", "PREF_ID", message, pref))
        if vide(pref) != vide(pdate) and i_pref >= 0 and i_pdate >= 0:
            message = "PREF_ID et PREF_DATE vont ensemble : l'un est rempli, l'autre non."
            colonne = "PREF_ID" if vide(pref) else "PREF_DATE"
            fautes.append(("strict.pref-id-date", colonne, message, str(pref or pdate or "")))
        fautes += [
            ("strict.vote-negatif", n, f"Décompte négatif ({v[i]}).", str(v[i]))
            for n, i in votes
            if isinstance(v[i], int) and v[i] < 0
        ]
        url = v[i_url] if i_url >= 0 else None
        if url and any(c.isspace() for c in url):
            fautes.append(("strict.url-espace", "DELIB_URL", "L'adresse contient une espace.", url))
        fautes += [
            ("strict.date-future", n, f"Date dans le futur ({v[i]}).", v[i].isoformat())
            for n, i in dates
            if isinstance(v[i], dt.date) and v[i] > aujourd_hui
        ]
        return tuple(fautes) or None

    return [controle]


class _Doublons:
    """Paires (SIRET, DELIB_ID) vues, en empreintes compactes (8 octets par ligne)."""

    def __init__(self, positions: dict[str, int]) -> None:
        self.i_siret = positions.get("COLL_SIRET")
        self.i_id = positions.get("DELIB_ID")
        self.hachages = array.array("q")
        self.lignes = array.array("q")

    def noter(self, ligne: list[str], numero: int) -> None:
        if self.i_id is None or not ligne[self.i_id]:
            return
        siret = ligne[self.i_siret] if self.i_siret is not None else ""
        self.hachages.append(hash((siret, ligne[self.i_id])))
        self.lignes.append(numero)

    def rapporter(self, collecteur: Collecteur) -> None:
        _doublons(self.hachages, self.lignes, collecteur)


def _strict_matiere(code: str, nom: str) -> str | None:
    from deliberations import nomenclature

    if not code:
        return None
    try:
        matiere = nomenclature.matiere(code)
    except (nomenclature.MatiereInconnue, nomenclature.CodeMatiereInvalide):
        return f"strict.matiere-inconnue|Le code {code} n'existe pas dans la nomenclature ACTES."
    designee = nomenclature.depuis_nom_scdl(nom) if nom else None
    if (
        designee is not None
        and designee.code != matiere.code
        and not matiere.code.startswith(designee.code + ".")
    ):
        return (
            f"strict.matiere-code-nom|Le code {code} ({nomenclature.nom_scdl(code)}) ne correspond "
            f"pas au nom de matière « {nom} » ({designee.code})."
        )
    return None


def _doublons(hachages: array.array[int], lignes: array.array[int], collecteur: Collecteur) -> None:
    ordre = sorted(range(len(hachages)), key=hachages.__getitem__)
    for a, b in itertools.pairwise(ordre):
        if hachages[a] == hachages[b]:
            premiere, seconde = sorted((lignes[a], lignes[b]))
            collecteur.ajouter(
                Constat(
                    code="strict.delib-id-double",
                    severite=Severite.ERREUR,
                    message=f"DELIB_ID en double pour la même collectivité (lignes {premiere} et {seconde}).",
                    chemin=f"ligne {seconde}, colonne DELIB_ID",
                    details={"ligne": seconde, "colonne": "DELIB_ID", "premiere": premiere},
                )
            )
