"""Lecture tolérante d'un fichier SCDL vers le modèle, une ligne à la fois.

Le lecteur accepte ce que contiennent les fichiers réels : séparateur ``;`` ou ``,``, BOM,
Windows-1252 ou Latin-1, fins de ligne CRLF, dates ``jj/mm/aaaa`` ou suivies d'une heure,
SIRET avec espaces, blancs autour des valeurs, noms de colonnes en minuscules ou
approchants. Chaque réparation est un constat (ligne et colonne), jamais silencieuse ; les
colonnes inconnues sont signalées et leurs valeurs gardées dans ``LigneSCDL.brut``.

>>> donnees = "COLL_NOM;COLL_SIRET;DELIB_ID;DELIB_DATE;DELIB_MATIERE_CODE;DELIB_MATIERE_NOM;DELIB_OBJET\\n"
>>> donnees += "Ville de Poitiers;218 601 946 00013;D1;10/05/2023;7.1;Finances locales/Décisions budgétaires;Budget\\n"
>>> with lire_scdl(donnees.encode("cp1252")) as lecteur:
...     (ligne,) = list(lecteur)
>>> ligne.deliberation.date, ligne.collectivite.siret
(datetime.date(2023, 5, 10), Siret('21860194600013'))
>>> print(*(c.code for c in ligne.constats))
reparation.siret reparation.date
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import TypeVar

import attrs

from deliberations import nomenclature
from deliberations.identifiants import siret as siret_module
from deliberations.model import (
    Budget,
    Collectivite,
    Deliberation,
    InvariantViole,
    Scrutin,
    Transmission,
)
from deliberations.model._construction import constructeur_rapide
from deliberations.scdl.collecte import Collecteur
from deliberations.scdl.entete import AnalyseEntete, analyser_entete
from deliberations.scdl.schema import NOMS, OBLIGATOIRES
from deliberations.scdl.source import TAILLE_MAXIMALE, Source, SourceCSV
from deliberations.scdl.validation import _constat_tronque
from deliberations.scdl.verifications import date_iso, entier
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["LecteurSCDL", "LigneRapide", "LigneSCDL", "codes_de", "constats_de", "lire_scdl"]

_DATE_ANNEE_DABORD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T][0-9:.+\-Z ]*)?$")
_DATE_JOUR_DABORD = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T][0-9:.+\-Z ]*)?$")
_ENTIER_DECIMAL = re.compile(r"^([+-]?\d+)[.,]0+$")


Fait = tuple[str, Severite, str, str, str]
"""Un constat de ligne avant sa construction : code, sévérité, colonne, message, valeur."""

Conversion = tuple[Collectivite | None, Deliberation | None, int | None, tuple[Fait, ...]]
"""Ce qu'une ligne décrit (collectivité, délibération, effectif) et ses constats."""

LigneRapide = tuple[int, Collectivite | None, Deliberation | None, int | None, tuple[Fait, ...]]
"""Une ligne de :meth:`LecteurSCDL.sans_brut` : numéro, collectivité, délibération, effectif
et constats (les champs de :class:`LigneSCDL`, sauf ``brut``)."""

T = TypeVar("T")

TAILLE_CACHE_LIGNES = 1024
"""Nombre maximal de lignes distinctes dont la conversion est gardée : deux lignes aux mêmes
cellules décrivent les mêmes objets (immuables, partagés) et portent les mêmes constats."""
TAILLE_EMPREINTES = 65536
"""Nombre maximal d'empreintes de lignes vues une fois (des entiers : 4 Mio au plus)."""
LONGUEUR_EN_CACHE = 2048
"""Longueur totale (en caractères) au-delà de laquelle une ligne n'entre pas dans le cache :
la mémoire du cache reste bornée (quelques Mio) quelles que soient les lignes."""


@attrs.frozen
class LigneSCDL:
    """Une ligne lue : le modèle qu'elle décrit, ce qui n'y entre pas, et les constats.

    ``numero`` suit la convention de frictionless (en-tête = ligne 1) ; ``brut`` garde
    toutes les valeurs de la ligne, colonnes inconnues comprises, par nom d'en-tête.
    ``deliberation`` ou ``collectivite`` valent ``None`` quand une valeur obligatoire
    manque ou est invalide (un constat « erreur » le dit). ``constats`` (construits à la
    première demande) et ``codes`` (code et sévérité de chacun, sans rien construire : ce
    qu'il faut pour compter) décrivent les mêmes constats, dans le même ordre.
    """

    numero: int
    collectivite: Collectivite | None
    deliberation: Deliberation | None
    vote_effectif: int | None
    brut: dict[str, str]
    faits: tuple[Fait, ...] = attrs.field(repr=False)

    @property
    def codes(self) -> tuple[tuple[str, Severite], ...]:
        """Code et sévérité de chaque constat de la ligne."""
        return codes_de(self.faits)

    @functools.cached_property
    def constats(self) -> tuple[Constat, ...]:
        """Les constats de la ligne (réparations, erreurs), avec ligne et colonne."""
        return constats_de(self.numero, self.faits)


def codes_de(faits: tuple[Fait, ...]) -> tuple[tuple[str, Severite], ...]:
    """Code et sévérité de chaque constat d'une ligne (:attr:`LigneSCDL.codes`)."""
    return tuple(map(_CODE_SEVERITE, faits))


_CODE_SEVERITE = operator.itemgetter(0, 1)


def constats_de(numero: int, faits: tuple[Fait, ...]) -> tuple[Constat, ...]:
    """Les constats de la ligne ``numero`` (:attr:`LigneSCDL.constats`)."""
    return tuple(_constat(numero, *fait) for fait in faits)


_nouvelle_ligne = constructeur_rapide(
    LigneSCDL, ("numero", "collectivite", "deliberation", "vote_effectif", "brut", "faits")
)


def _constat(
    numero: int, code: str, severite: Severite, colonne: str, message: str, valeur: str
) -> Constat:
    if not colonne:
        return Constat(code=code, severite=severite, message=message, chemin=f"ligne {numero}")
    return Constat(
        code=code,
        severite=severite,
        message=message,
        chemin=f"ligne {numero}, colonne {colonne}",
        details={"ligne": numero, "colonne": colonne, "valeur": valeur},
    )


@functools.lru_cache(maxsize=4096)
def _date_reparee(valeur: str) -> dt.date | None:
    """La date d'une forme réparable (jour d'abord, heure en plus…), ``None`` sinon ; en
    cache : les dates se répètent d'une ligne à l'autre."""
    trouve = _DATE_ANNEE_DABORD.match(valeur)
    if trouve:
        a, m, j = trouve.groups()
    else:
        trouve = _DATE_JOUR_DABORD.match(valeur)
        if not trouve:
            return None
        j, m, a = trouve.groups()
    try:
        return dt.date(int(a), int(m), int(j))
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def _date_et_fait(colonne: str, valeur: str) -> tuple[dt.date | None, Fait]:
    """La date réparée d'une valeur qui n'est pas AAAA-MM-JJ (``None`` si illisible) et son
    constat : une valeur à réparer se répète souvent d'une ligne à l'autre."""
    date = _date_reparee(valeur)
    if date is not None:
        message = f"Date « {valeur} » lue comme {date.isoformat()} (forme attendue AAAA-MM-JJ)."
        return date, ("reparation.date", Severite.AVERTISSEMENT, colonne, message, valeur)
    return None, ("type-error", Severite.ERREUR, colonne, f"Date illisible : « {valeur} ».", valeur)


_TEXTES_DU_MODELE = frozenset(
    {"COLL_NOM", "DELIB_ID", "DELIB_OBJET", "BUDGET_NOM", "PREF_ID", "DELIB_MATIERE_NOM"}
)
"""Colonnes dont le modèle normalise les blancs (une seule espace, pas de saut de ligne)."""


_COLONNES_COLLECTIVITE = ("COLL_NOM", "COLL_SIRET")
_COLONNES_DELIBERATION = (
    "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET",
    "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE",
    "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION",
    "DELIB_URL",
)  # fmt: skip
"""Les autres colonnes, dans l'ordre où :func:`_deliberation` les reçoit."""
if sorted(_COLONNES_COLLECTIVITE + _COLONNES_DELIBERATION) != sorted(NOMS):  # pragma: no cover
    raise ImportError("scdl.lecture : les colonnes lues ne sont pas celles du schéma")
_OBLIGATOIRES_DELIBERATION = tuple(sorted(OBLIGATOIRES - {"COLL_NOM", "COLL_SIRET"}))
_VALEURS_OBLIGATOIRES = operator.itemgetter(
    *(_COLONNES_DELIBERATION.index(n) for n in _OBLIGATOIRES_DELIBERATION)
)
"""Les valeurs des colonnes :data:`_OBLIGATOIRES_DELIBERATION`, dans cet ordre."""
_COLONNES_VOTES = ("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")


class _Ligne(list[Fait]):
    """Accumule les constats d'une ligne pendant sa conversion (une liste : sa création ne
    coûte aucun appel Python)."""

    __slots__ = ()

    def constat(
        self, code: str, severite: Severite, colonne: str, message: str, valeur: str
    ) -> None:
        self.append((code, severite, colonne, message, valeur))

    def texte(self, colonne: str, valeur: str) -> str:
        """La valeur sans blancs autour (constat s'il y en avait, ou un saut de ligne dans
        une colonne que le modèle garde sur une ligne)."""
        propre = valeur.strip()
        if propre != valeur:
            self.constat(
                "reparation.espaces",
                Severite.INFO,
                colonne,
                "Blancs retirés autour de la valeur.",
                valeur,
            )
        if ("\n" in propre or "\r" in propre) and colonne in _TEXTES_DU_MODELE:
            self.constat(
                "reparation.saut-de-ligne",
                Severite.INFO,
                colonne,
                "Saut(s) de ligne dans la valeur remplacé(s) par une espace : le modèle garde "
                "un texte sur une ligne (la valeur d'origine reste dans « brut »).",
                valeur,
            )
        return propre

    def textes(self, valeurs: tuple[str, ...]) -> tuple[str, ...]:
        """:meth:`texte` des valeurs des colonnes :data:`_COLONNES_DELIBERATION`, dans
        l'ordre. Le cas courant (aucune valeur avec des blancs autour ou un saut de ligne) se
        vérifie d'un coup, sans boucle Python."""
        propres = tuple(map(str.strip, valeurs))
        if propres == valeurs:
            tout = "".join(propres)
            if "\n" not in tout and "\r" not in tout:
                return propres
        return tuple(map(self.texte, _COLONNES_DELIBERATION, valeurs))

    def date(self, colonne: str, valeur: str) -> dt.date | None:
        """La date de la valeur (déjà passée par :meth:`texte`), réparée au besoin."""
        if not valeur:
            return None
        date = date_iso(valeur)
        if date is not None:
            return date
        date, fait = _date_et_fait(colonne, valeur)
        self.append(fait)
        return date

    def entier(self, colonne: str, valeur: str) -> int | None:
        """L'entier de la valeur (déjà passée par :meth:`texte`), réparé au besoin."""
        if not valeur:
            return None
        nombre = entier(valeur)
        if nombre is not None:
            return nombre
        trouve = _ENTIER_DECIMAL.match(valeur)
        if trouve:
            self.constat(
                "reparation.entier",
                Severite.AVERTISSEMENT,
                colonne,
                f"Nombre « {valeur} » lu comme l'entier {int(trouve.group(1))}.",
                valeur,
            )
            return int(trouve.group(1))
        self.constat(
            "type-error",
            Severite.ERREUR,
            colonne,
            f"Nombre entier illisible : « {valeur} ».",
            valeur,
        )
        return None


class LecteurSCDL:
    """Itérateur de :class:`LigneSCDL` ; ``constats`` porte ceux du fichier et de l'en-tête.

    S'utilise comme gestionnaire de contexte (``with lire_scdl(...) as lecteur``), ou se ferme
    avec :meth:`close` (alias :meth:`fermer`) ; sortir tôt de la boucle ne laisse rien ouvert.
    Les constats du fichier (lignes vides, fichier tronqué) sont bornés en mémoire comme ceux
    du validateur (:data:`~deliberations.scdl.collecte.PLAFOND_CONSTATS`), et comptés
    exactement dans ``omis``.

    Deux lignes aux mêmes cellules décrivent les mêmes objets : une ligne qui répète la
    précédente, ou une ligne déjà vue deux fois, rend les objets (immuables) et les constats
    de la précédente occurrence, sans rien reconstruire ; ``repetition`` est alors vrai pour
    la ligne rendue (au plus :data:`TAILLE_CACHE_LIGNES` lignes distinctes gardées, chacune
    d'au plus :data:`LONGUEUR_EN_CACHE` caractères). ``brut`` est toujours un dictionnaire
    neuf.
    """

    def __init__(
        self, source: Source, nom: str | None = None, *, taille_maximale: int = TAILLE_MAXIMALE
    ) -> None:
        self._source = SourceCSV.ouvrir(source, nom, taille_maximale=taille_maximale)
        try:
            self._preparer()
        except BaseException:
            self._source.close()
            raise

    def _preparer(self) -> None:
        self.nom = self._source.nom
        self._lignes = self._source.lignes()
        entete = next(self._lignes, None) or []
        self.analyse: AnalyseEntete = analyser_entete(entete, tolerant=True)
        self._collecteur = Collecteur(None)
        for constat in (*self.analyse.constats, *self._source.ecarts(_ECARTS_LECTURE)):
            self._collecteur.ajouter(constat)
        self._noms = list(self.analyse.entete)
        for cible, position in self.analyse.positions.items():
            self._noms[position] = cible
        self._cles = _cles_brut(self._noms, len(self._noms))
        # position de chaque colonne du modèle (la première de ce nom, comme brut.get) ;
        # -1 : absente de l'en-tête, lue dans la cellule vide ajoutée au bout de chaque ligne
        rangs = {cle: rang for rang, cle in enumerate(self._cles)}  # clés uniques (_cles_brut)
        self._complet = all(n in rangs for n in NOMS)  # aucune position -1
        self._coll_positions = operator.itemgetter(*(rangs.get(n, -1) for n in _COLONNES_COLLECTIVITE))
        self._delib_positions = operator.itemgetter(*(rangs.get(n, -1) for n in _COLONNES_DELIBERATION))
        self._bourrage = [""] * (len(self._noms) + 1)
        self._cles_par_largeur: dict[int, list[str]] = {}
        self.lignes_lues = 0
        self._collectivites: dict[tuple[str, str], tuple[Collectivite | None, tuple[Fait, ...]]] = {}
        self._conversions: dict[tuple[str, ...], Conversion] = {}
        self._empreintes: set[int] = set()
        self.repetition = False
        self._meme_que_precedente = False
        self._precedentes: list[str] | None = None  # cellules de la ligne précédente
        self._derniere: Conversion = (None, None, None, ())
        self._brut_modele: dict[str, str] | None = None

    @property
    def constats(self) -> list[Constat]:
        """Les constats du fichier et de l'en-tête (ceux des lignes sont dans chaque ligne)."""
        return self._collecteur.constats

    @property
    def rapport(self) -> Rapport:
        """Les constats du fichier et de l'en-tête, avec leurs comptes exacts (``erreurs``)."""
        return self._collecteur.rapport(lignes=self.lignes_lues)

    @property
    def omis(self) -> int:
        """Nombre de constats du fichier comptés mais non gardés (plafond atteint)."""
        return self._collecteur.omis

    def __iter__(self) -> Iterator[LigneSCDL]:
        return self._parcourir(self._convertir)

    def sans_brut(self) -> Iterator[LigneRapide]:
        """Les mêmes lignes que l'itération, en tuples ``(numero, collectivite, deliberation,
        vote_effectif, faits)`` (ceux de :class:`LigneSCDL`), sans ``brut`` : pour qui ne
        garde que le modèle (``scdl lire``). ``repetition`` est tenu de la même façon ;
        :func:`constats_de` construit les constats d'une ligne."""
        return self._parcourir(self._ligne_rapide)

    def _parcourir(self, rendre: Callable[[int, list[str]], T]) -> Iterator[T]:
        numero = 1
        for numero, cellules in enumerate(self._lignes, start=2):
            if not any(map(str.strip, cellules)):
                self._ligne_vide(numero)
                continue
            yield rendre(numero, cellules)
            self.lignes_lues = numero - 1
        self.lignes_lues = max(numero - 1, 0)
        if self._source.tronque:
            self._collecteur.ajouter(_constat_tronque(numero))

    def _ligne_vide(self, numero: int) -> None:
        """Compte la ligne vide ; son constat n'est construit que s'il est gardé."""
        if self._collecteur.compter("reparation.ligne-vide", Severite.INFO):
            self._collecteur.constats.append(
                Constat(
                    code="reparation.ligne-vide",
                    severite=Severite.INFO,
                    message="Ligne vide ignorée.",
                    chemin=f"ligne {numero}",
                )
            )

    def _convertir(self, numero: int, cellules: list[str]) -> LigneSCDL:
        """La ligne ``numero`` (:meth:`_conversion_en_cache`) et son ``brut`` : un dictionnaire
        neuf à chaque ligne (il est modifiable), copié d'un modèle quand elle répète la
        précédente."""
        collectivite, deliberation, effectif, faits = self._conversion_en_cache(cellules)
        if self._meme_que_precedente:
            if self._brut_modele is None:  # jamais rendu : la copie reste intacte
                self._brut_modele = dict(zip(self._cles_pour(len(cellules)), cellules, strict=False))
            brut = self._brut_modele.copy()
        else:
            brut = dict(zip(self._cles_pour(len(cellules)), cellules, strict=False))  # même largeur
        return _nouvelle_ligne(numero, collectivite, deliberation, effectif, brut, faits)

    def _ligne_rapide(self, numero: int, cellules: list[str]) -> LigneRapide:
        collectivite, deliberation, effectif, faits = self._conversion_en_cache(cellules)
        return numero, collectivite, deliberation, effectif, faits

    def _conversion_en_cache(self, cellules: list[str]) -> Conversion:
        """La conversion des cellules : celle de la ligne précédente si elle la répète, celle
        d'une ligne déjà vue si elle est en cache (``repetition`` le dit), sinon calculée."""
        if cellules == self._precedentes:
            self.repetition = self._meme_que_precedente = True
            return self._derniere
        cle = tuple(cellules)
        conversion = self._conversions.get(cle)
        self.repetition = conversion is not None
        if conversion is None:
            conversion = self._conversion(cellules, len(cle))
            self._retenir(cle, conversion)
        self._meme_que_precedente = False
        self._precedentes, self._derniere, self._brut_modele = cellules, conversion, None
        return conversion

    def _cles_pour(self, largeur: int) -> list[str]:
        return self._cles if largeur == len(self._noms) else self._cles_de_largeur(largeur)

    def _retenir(self, cle: tuple[str, ...], conversion: Conversion) -> None:
        """Garde la conversion d'une ligne vue pour la deuxième fois (une empreinte suffit la
        première fois : un fichier sans répétition ne garde aucun objet), si elle est courte."""
        empreinte = hash(cle)
        if empreinte not in self._empreintes:
            if len(self._empreintes) >= TAILLE_EMPREINTES:
                self._empreintes.clear()
            self._empreintes.add(empreinte)
        elif sum(map(len, cle)) <= LONGUEUR_EN_CACHE:
            if len(self._conversions) >= TAILLE_CACHE_LIGNES:
                self._conversions.clear()
            self._conversions[cle] = conversion

    def _cles_de_largeur(self, largeur: int) -> list[str]:
        cles = self._cles_par_largeur.get(largeur)
        if cles is None:
            if len(self._cles_par_largeur) >= 64:
                self._cles_par_largeur.clear()
            cles = self._cles_par_largeur[largeur] = _cles_brut(self._noms, largeur)
        return cles

    def _conversion(self, cellules: list[str], largeur: int) -> Conversion:
        """Ce que la ligne décrit et ses constats : fonction des seules cellules (le numéro
        de ligne n'y entre pas), donc partageable entre lignes identiques."""
        suivi = _Ligne()
        if largeur != len(self._noms):
            suivi.constat(
                "extra-cell" if largeur > len(self._noms) else "missing-cell",
                Severite.AVERTISSEMENT,
                "",
                f"La ligne a {largeur} cellules pour {len(self._noms)} colonnes "
                "d'en-tête ; toutes les valeurs sont gardées.",
                "",
            )
        # une cellule vide au bout (au moins) : une colonne absente ou manquante y est lue ;
        # inutile quand la ligne a la largeur d'un en-tête qui a toutes les colonnes
        etendue = cellules
        if largeur != len(self._noms) or not self._complet:
            etendue = cellules + self._bourrage[: max(len(self._noms) - largeur, 0) + 1]
        collectivite = self._collectivite_en_cache(suivi, *self._coll_positions(etendue))
        valeurs: tuple[str, ...] = self._delib_positions(etendue)
        deliberation, effectif = _deliberation(suivi, suivi.textes(valeurs), valeurs)
        return collectivite, deliberation, effectif, tuple(suivi)

    def _collectivite_en_cache(self, suivi: _Ligne, nom: str, siret: str) -> Collectivite | None:
        """La collectivité se répète d'une ligne à l'autre : elle (et ses constats, à renuméroter)
        n'est construite qu'une fois par couple (COLL_NOM, COLL_SIRET)."""
        cle = (nom, siret)
        entree = self._collectivites.get(cle)
        if entree is None:
            if len(self._collectivites) >= 4096:
                self._collectivites.clear()
            essai = _Ligne()
            entree = (_collectivite(essai, nom, siret), tuple(essai))
            self._collectivites[cle] = entree
        if entree[1]:
            suivi.extend(entree[1])
        return entree[0]

    def close(self) -> None:
        """Ferme le fichier (sans effet s'il l'est déjà)."""
        self._lignes.close()
        self._source.close()

    fermer = close

    def __enter__(self) -> LecteurSCDL:
        return self

    def __exit__(
        self,
        type_: type[BaseException] | None,
        valeur: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _collectivite(suivi: _Ligne, nom_brut: str, siret_brut: str) -> Collectivite | None:
    nom = suivi.texte("COLL_NOM", nom_brut)
    brut_siret = suivi.texte("COLL_SIRET", siret_brut)
    siret: str | None = None
    if brut_siret:
        compact = siret_module.compact(brut_siret)
        if siret_module.is_valid(compact):
            siret = compact
            if compact != brut_siret:
                suivi.constat(
                    "reparation.siret",
                    Severite.AVERTISSEMENT,
                    "COLL_SIRET",
                    f"SIRET « {brut_siret} » lu comme {compact}.",
                    brut_siret,
                )
        else:
            suivi.constat(
                "custom-check-error",
                Severite.ERREUR,
                "COLL_SIRET",
                f"SIRET invalide : « {brut_siret} ».",
                brut_siret,
            )
    if not brut_siret:
        suivi.constat(
            "constraint-error", Severite.ERREUR, "COLL_SIRET", "COLL_SIRET est obligatoire.", ""
        )
    if not nom:
        suivi.constat(
            "constraint-error", Severite.ERREUR, "COLL_NOM", "COLL_NOM est obligatoire.", ""
        )
        return None
    try:
        return Collectivite(nom=nom, siret=siret)
    except InvariantViole as erreur:  # un nom qui n'a que des caractères neutralisés
        colonne, valeur = ("COLL_SIRET", siret_brut) if erreur.champ == "siret" else ("COLL_NOM", nom_brut)
        suivi.constat(
            "constraint-error",
            Severite.ERREUR,
            colonne,
            f"Valeur inutilisable : {erreur.message}",
            valeur,
        )
        return None


def _deliberation(
    suivi: _Ligne, propres: tuple[str, ...], bruts: tuple[str, ...]
) -> tuple[Deliberation | None, int | None]:
    """La délibération (ou ``None``) et l'effectif que décrivent les valeurs des colonnes
    :data:`_COLONNES_DELIBERATION` (``propres`` : sans blancs autour ; ``bruts`` : telles
    quelles, pour les constats)."""
    (numero, date_texte, code_texte, nom_matiere, objet, annee, nom_budget, pref_id,
     pref_date_texte, *votes_textes, url) = propres
    # le cas courant (date ISO, entier en chiffres) par les caches seuls ; sinon, dans le
    # même ordre, les méthodes de ``suivi`` qui réparent ou signalent
    date = date_iso(date_texte) or suivi.date("DELIB_DATE", date_texte)
    pref_date = date_iso(pref_date_texte) or suivi.date("PREF_DATE", pref_date_texte)
    nombres = tuple(map(entier, votes_textes))
    if None in nombres:
        nombres = tuple(map(suivi.entier, _COLONNES_VOTES, votes_textes))
    effectif, reel, pour, contre, abst = nombres
    code = code_texte or None
    if code is None and nom_matiere:
        code = _matiere_deduite(suivi, nom_matiere)
    obligatoires = _VALEURS_OBLIGATOIRES(propres)
    if not all(obligatoires):
        _obligatoires(suivi, obligatoires, code)
    if reel is not None and pour is not None and contre is not None and abst is not None:
        _somme_votes(suivi, reel, pour + contre + abst)
    if not numero or not objet:
        return None, effectif
    scrutins: tuple[Scrutin, ...] = ()
    if pour is not None or contre is not None or abst is not None:
        scrutins = (_scrutin(suivi, pour, contre, abst),)
    budget = _budget(annee, nom_budget or None) if annee else None
    if isinstance(budget, str):  # l'année est invalide : la raison
        _budget_refuse(suivi, annee, budget)
        budget = None
    transmission = None
    if pref_id or pref_date is not None:
        transmission = _transmission(pref_id or None, pref_date)
    try:
        deliberation = _nouvelle_deliberation(
            numero, objet, code, date, budget, scrutins, transmission, url or None
        )
    except InvariantViole as erreur:
        colonne = _COLONNES_DES_CHAMPS.get(erreur.champ, "DELIB_ID")
        suivi.constat(
            "constraint-error",
            Severite.ERREUR,
            colonne,
            f"Valeur inutilisable : {erreur.message}",
            bruts[_COLONNES_DELIBERATION.index(colonne)],
        )
        return None, effectif
    return deliberation, effectif


_COLONNES_DES_CHAMPS = {"matiere": "DELIB_MATIERE_CODE", "url": "DELIB_URL"}
"""Colonne d'où vient un champ de la délibération refusé par le modèle (sinon ``DELIB_ID``)."""


def _matiere_deduite(suivi: _Ligne, nom_matiere: str) -> str | None:
    """Le code de la matière nommée (code absent), avec son constat ; ``None`` si inconnue."""
    designee = nomenclature.depuis_nom_scdl(nom_matiere)
    if designee is None:
        return None
    suivi.constat(
        "reparation.matiere",
        Severite.AVERTISSEMENT,
        "DELIB_MATIERE_CODE",
        f"Code de matière absent, déduit du nom : {designee.code}.",
        "",
    )
    return designee.code


def _obligatoires(suivi: _Ligne, valeurs: tuple[str, ...], code: str | None) -> None:
    """Un constat par colonne obligatoire vide (:data:`_OBLIGATOIRES_DELIBERATION`, valeurs
    dans cet ordre) ; un code de matière déduit du nom tient lieu de code."""
    for obligatoire, valeur in zip(_OBLIGATOIRES_DELIBERATION, valeurs, strict=True):
        if not valeur and not (obligatoire == "DELIB_MATIERE_CODE" and code):
            suivi.constat(
                "constraint-error",
                Severite.ERREUR,
                obligatoire,
                f"{obligatoire} est obligatoire.",
                "",
            )


def _somme_votes(suivi: _Ligne, reel: int, somme: int) -> None:
    if somme != reel:
        suivi.constat(
            "sum-columns-value",
            Severite.ERREUR,
            "VOTE_REEL",
            f"VOTE_REEL ({reel}) diffère de pour + contre + abstention "
            f"({somme}) ; le modèle garde les trois décomptes.",
            str(reel),
        )


def _budget_refuse(suivi: _Ligne, annee: str, raison: str) -> None:
    suivi.constat(
        "year-interval-value",
        Severite.ERREUR,
        "BUDGET_ANNEE",
        f"Année de budget invalide : {raison}",
        annee,
    )


def _cles_brut(noms: list[str], largeur: int) -> list[str]:
    """Les clés de ``LigneSCDL.brut`` pour une ligne de ``largeur`` cellules : le nom de la
    colonne, ``colonne_N`` au-delà de l'en-tête, ``NOM#N`` pour un nom déjà pris."""
    cles: list[str] = []
    pris: set[str] = set()
    for i in range(largeur):
        nom = noms[i] if i < len(noms) else f"colonne_{i + 1}"
        cle = f"{nom}#{i + 1}" if nom in pris else nom
        pris.add(cle)
        cles.append(cle)
    return cles


_ECARTS_LECTURE = {
    "encodage": ("reparation.encodage", Severite.AVERTISSEMENT),
    "bom": ("reparation.bom", Severite.INFO),
    "separateur": ("reparation.separateur", Severite.INFO),
    "sep": ("reparation.separateur", Severite.INFO),
}


def _scrutin(suivi: _Ligne, pour: int | None, contre: int | None, abst: int | None) -> Scrutin:
    if not (
        (pour is not None and pour < 0)
        or (contre is not None and contre < 0)
        or (abst is not None and abst < 0)
    ):  # le cas courant, sans liste
        return _scrutin_positif(pour, contre, abst)
    negatifs = [v for v in (pour, contre, abst) if v is not None and v < 0]
    if negatifs:
        suivi.constat(
            "strict.vote-negatif",
            Severite.ERREUR,
            "VOTE_POUR",
            "Décompte négatif : la valeur est ignorée dans le modèle (gardée dans « brut »).",
            str(negatifs[0]),
        )
    return _scrutin_positif(
        pour if pour is None or pour >= 0 else None,
        contre if contre is None or contre >= 0 else None,
        abst if abst is None or abst >= 0 else None,
    )


@functools.lru_cache(maxsize=4096)
def _budget(annee: str, nom: str | None) -> Budget | str:
    """Le budget (immuable, partagé : il se répète d'une ligne à l'autre), ou la raison
    pour laquelle l'année est invalide."""
    try:
        return Budget(annee=annee, nom=nom)
    except InvariantViole as erreur:
        return erreur.message


@functools.lru_cache(maxsize=4096)
def _transmission(prefecture: str | None, reception: dt.date | None) -> Transmission:
    """La transmission (immuable, partagée entre les lignes qui ont les mêmes valeurs)."""
    return _nouvelle_transmission(prefecture, reception)


@functools.lru_cache(maxsize=4096)
def _scrutin_positif(pour: int | None, contre: int | None, abst: int | None) -> Scrutin:
    """Les décomptes se répètent d'une ligne à l'autre : un scrutin (immuable) par triplet."""
    return _nouveau_scrutin(pour, contre, abst)


_nouvelle_deliberation = constructeur_rapide(
    Deliberation,
    ("numero", "objet", "matiere", "date", "budget", "scrutins", "transmission", "url"),
)
"""Le constructeur de la délibération d'une ligne : le même objet que ``Deliberation(...)``
(ou la même erreur), sans les conversions que les gardes du modèle prouvent inutiles."""
_nouvelle_transmission = constructeur_rapide(Transmission, ("prefecture", "date_reception"))
_nouveau_scrutin = constructeur_rapide(Scrutin, ("pour", "contre", "abstentions"))


def lire_scdl(
    source: Source, nom: str | None = None, *, taille_maximale: int = TAILLE_MAXIMALE
) -> LecteurSCDL:
    """Ouvre un fichier SCDL délibérations pour le lire ligne à ligne vers le modèle.

    ``source`` : chemin (``-`` : entrée standard), octets ou flux binaire ; un chemin qui n'est
    pas un fichier ordinaire ou qui dépasse ``taille_maximale`` octets est refusé avant toute
    lecture (:class:`~deliberations.erreurs.FichierIllisible`)."""
    return LecteurSCDL(source, nom, taille_maximale=taille_maximale)
