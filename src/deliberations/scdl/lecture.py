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
import itertools
import re
from collections.abc import Iterator
from types import TracebackType

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
from deliberations.scdl.collecte import Collecteur
from deliberations.scdl.entete import AnalyseEntete, analyser_entete
from deliberations.scdl.schema import NOMS, OBLIGATOIRES
from deliberations.scdl.source import TAILLE_MAXIMALE, Source, SourceCSV
from deliberations.scdl.validation import _constat_tronque
from deliberations.scdl.verifications import date_iso, entier
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["LecteurSCDL", "LigneSCDL", "lire_scdl"]

_DATE_ANNEE_DABORD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T][0-9:.+\-Z ]*)?$")
_DATE_JOUR_DABORD = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T][0-9:.+\-Z ]*)?$")
_ENTIER_DECIMAL = re.compile(r"^([+-]?\d+)[.,]0+$")


Fait = tuple[str, Severite, str, str, str]
"""Un constat de ligne avant sa construction : code, sévérité, colonne, message, valeur."""

Conversion = tuple[Collectivite | None, Deliberation | None, int | None, tuple[Fait, ...]]
"""Ce qu'une ligne décrit (collectivité, délibération, effectif) et ses constats."""

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
        return tuple((f[0], f[1]) for f in self.faits)

    @functools.cached_property
    def constats(self) -> tuple[Constat, ...]:
        """Les constats de la ligne (réparations, erreurs), avec ligne et colonne."""
        return tuple(_constat(self.numero, *fait) for fait in self.faits)


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


_TEXTES_DU_MODELE = frozenset(
    {"COLL_NOM", "DELIB_ID", "DELIB_OBJET", "BUDGET_NOM", "PREF_ID", "DELIB_MATIERE_NOM"}
)
"""Colonnes dont le modèle normalise les blancs (une seule espace, pas de saut de ligne)."""


_COLONNES_DELIBERATION = tuple(n for n in NOMS if n not in ("COLL_NOM", "COLL_SIRET"))
_OBLIGATOIRES_DELIBERATION = tuple(sorted(OBLIGATOIRES - {"COLL_NOM", "COLL_SIRET"}))
_COLONNES_VOTES = ("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")


_VIDES = itertools.repeat("")


class _Ligne:
    """Accumule les constats d'une ligne pendant sa conversion."""

    def __init__(self) -> None:
        self.faits: list[Fait] = []

    def constat(
        self, code: str, severite: Severite, colonne: str, message: str, valeur: str
    ) -> None:
        self.faits.append((code, severite, colonne, message, valeur))

    def texte(self, brut: dict[str, str], colonne: str) -> str:
        valeur = brut.get(colonne, "")
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

    def textes(self, brut: dict[str, str], noms: tuple[str, ...]) -> dict[str, str]:
        """:meth:`texte` de chaque colonne ``noms``. Le cas courant (aucune valeur avec des
        blancs autour ou un saut de ligne) se vérifie d'un coup, sans boucle Python."""
        valeurs = list(map(brut.get, noms, _VIDES))
        propres = list(map(str.strip, valeurs))
        if propres == valeurs:
            tout = "".join(propres)
            if "\n" not in tout and "\r" not in tout:
                return dict(zip(noms, propres, strict=True))
        resultat: dict[str, str] = {}
        for nom in noms:
            valeur = brut.get(nom, "")
            propre = valeur.strip()
            if propre != valeur or "\n" in propre or "\r" in propre:
                propre = self.texte(brut, nom)
            resultat[nom] = propre
        return resultat

    def date(self, colonne: str, valeur: str) -> dt.date | None:
        """La date de la valeur (déjà passée par :meth:`texte`), réparée au besoin."""
        if not valeur:
            return None
        date = date_iso(valeur)
        if date is not None:
            return date
        date = _date_reparee(valeur)
        if date is not None:
            self.constat(
                "reparation.date",
                Severite.AVERTISSEMENT,
                colonne,
                f"Date « {valeur} » lue comme {date.isoformat()} (forme attendue AAAA-MM-JJ).",
                valeur,
            )
            return date
        self.constat(
            "type-error", Severite.ERREUR, colonne, f"Date illisible : « {valeur} ».", valeur
        )
        return None

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
        self._cles_par_largeur: dict[int, list[str]] = {}
        self.lignes_lues = 0
        self._collectivites: dict[tuple[str, str], tuple[Collectivite | None, tuple[Fait, ...]]] = {}
        self._conversions: dict[tuple[str, ...], Conversion] = {}
        self._empreintes: set[int] = set()
        self.repetition = False
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
        numero = 1
        convertir = self._convertir
        for numero, cellules in enumerate(self._lignes, start=2):
            if not any(map(str.strip, cellules)):
                self._ligne_vide(numero)
                continue
            yield convertir(numero, cellules)
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
        """La ligne ``numero`` : sa conversion (celle de la précédente si elle la répète, en
        cache pour une ligne déjà vue), son ``brut`` (un dictionnaire neuf à chaque ligne :
        il est modifiable)."""
        if cellules == self._precedentes:
            if self._brut_modele is None:  # jamais rendu : la copie reste intacte
                self._brut_modele = dict(zip(self._cles_pour(len(cellules)), cellules, strict=True))
            brut = self._brut_modele.copy()
            conversion = self._derniere
            self.repetition = True
        else:
            cle = tuple(cellules)
            largeur = len(cle)
            brut = dict(zip(self._cles_pour(largeur), cle, strict=True))
            en_cache = self._conversions.get(cle)
            self.repetition = en_cache is not None
            if en_cache is None:
                conversion = self._conversion(brut, largeur)
                self._retenir(cle, conversion)
            else:
                conversion = en_cache
            self._precedentes, self._derniere, self._brut_modele = cellules, conversion, None
        collectivite, deliberation, effectif, faits = conversion
        return LigneSCDL(numero, collectivite, deliberation, effectif, brut, faits)

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

    def _conversion(self, brut: dict[str, str], largeur: int) -> Conversion:
        """Ce que la ligne décrit et ses constats : fonction des seules cellules (le numéro
        de ligne n'y entre pas), donc partageable entre lignes identiques ; ``brut`` n'est
        que lu."""
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
        collectivite = self._collectivite_en_cache(suivi, brut)
        deliberation, effectif = self._deliberation(suivi, brut)
        return collectivite, deliberation, effectif, tuple(suivi.faits)

    def _collectivite_en_cache(self, suivi: _Ligne, brut: dict[str, str]) -> Collectivite | None:
        """La collectivité se répète d'une ligne à l'autre : elle (et ses constats, à renuméroter)
        n'est construite qu'une fois par couple (COLL_NOM, COLL_SIRET)."""
        cle = (brut.get("COLL_NOM", ""), brut.get("COLL_SIRET", ""))
        if cle not in self._collectivites:
            if len(self._collectivites) >= 4096:
                self._collectivites.clear()
            essai = _Ligne()
            self._collectivites[cle] = (self._collectivite(essai, brut), tuple(essai.faits))
        collectivite, faits = self._collectivites[cle]
        suivi.faits.extend(faits)
        return collectivite

    def _collectivite(self, suivi: _Ligne, brut: dict[str, str]) -> Collectivite | None:
        nom = suivi.texte(brut, "COLL_NOM")
        brut_siret = suivi.texte(brut, "COLL_SIRET")
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
        return Collectivite(nom=nom, siret=siret)

    def _deliberation(
        self, suivi: _Ligne, brut: dict[str, str]
    ) -> tuple[Deliberation | None, int | None]:
        valeurs = suivi.textes(brut, _COLONNES_DELIBERATION)
        date = suivi.date("DELIB_DATE", valeurs["DELIB_DATE"])
        pref_date = suivi.date("PREF_DATE", valeurs["PREF_DATE"])
        votes = {n: suivi.entier(n, valeurs[n]) for n in _COLONNES_VOTES}
        code = valeurs["DELIB_MATIERE_CODE"] or None
        nom_matiere = valeurs["DELIB_MATIERE_NOM"]
        if code is None and nom_matiere:
            designee = nomenclature.depuis_nom_scdl(nom_matiere)
            if designee is not None:
                code = designee.code
                suivi.constat(
                    "reparation.matiere",
                    Severite.AVERTISSEMENT,
                    "DELIB_MATIERE_CODE",
                    f"Code de matière absent, déduit du nom : {code}.",
                    "",
                )
        for obligatoire in _OBLIGATOIRES_DELIBERATION:
            if not valeurs[obligatoire] and not (
                obligatoire == "DELIB_MATIERE_CODE" and code
            ):
                suivi.constat(
                    "constraint-error",
                    Severite.ERREUR,
                    obligatoire,
                    f"{obligatoire} est obligatoire.",
                    "",
                )
        if votes["VOTE_REEL"] is not None and None not in (
            votes["VOTE_POUR"],
            votes["VOTE_CONTRE"],
            votes["VOTE_ABSTENTION"],
        ):
            somme = sum(v or 0 for k, v in votes.items() if k not in ("VOTE_EFFECTIF", "VOTE_REEL"))
            if somme != votes["VOTE_REEL"]:
                suivi.constat(
                    "sum-columns-value",
                    Severite.ERREUR,
                    "VOTE_REEL",
                    f"VOTE_REEL ({votes['VOTE_REEL']}) diffère de pour + contre + abstention "
                    f"({somme}) ; le modèle garde les trois décomptes.",
                    str(votes["VOTE_REEL"]),
                )
        if not valeurs["DELIB_ID"] or not valeurs["DELIB_OBJET"]:
            return None, votes["VOTE_EFFECTIF"]
        scrutins = []
        if any(votes[n] is not None for n in ("VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")):
            scrutins.append(
                _scrutin(suivi, votes["VOTE_POUR"], votes["VOTE_CONTRE"], votes["VOTE_ABSTENTION"])
            )
        budget = None
        if valeurs["BUDGET_ANNEE"]:
            budget_ou_raison = _budget(valeurs["BUDGET_ANNEE"], valeurs["BUDGET_NOM"] or None)
            if isinstance(budget_ou_raison, str):
                suivi.constat(
                    "year-interval-value",
                    Severite.ERREUR,
                    "BUDGET_ANNEE",
                    f"Année de budget invalide : {budget_ou_raison}",
                    valeurs["BUDGET_ANNEE"],
                )
            else:
                budget = budget_ou_raison
        transmission = None
        if valeurs["PREF_ID"] or pref_date is not None:
            transmission = _transmission(valeurs["PREF_ID"] or None, pref_date)
        try:
            deliberation = Deliberation(
                numero=valeurs["DELIB_ID"],
                objet=valeurs["DELIB_OBJET"],
                matiere=code,
                date=date,
                budget=budget,
                scrutins=scrutins,
                transmission=transmission,
                url=valeurs["DELIB_URL"] or None,
            )
        except InvariantViole as erreur:
            colonne = {"matiere": "DELIB_MATIERE_CODE", "url": "DELIB_URL"}.get(
                erreur.champ, "DELIB_ID"
            )
            suivi.constat(
                "constraint-error",
                Severite.ERREUR,
                colonne,
                f"Valeur inutilisable : {erreur.message}",
                brut.get(colonne, ""),
            )
            return None, votes["VOTE_EFFECTIF"]
        return deliberation, votes["VOTE_EFFECTIF"]

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
    return Transmission(prefecture=prefecture, date_reception=reception)


@functools.lru_cache(maxsize=4096)
def _scrutin_positif(pour: int | None, contre: int | None, abst: int | None) -> Scrutin:
    """Les décomptes se répètent d'une ligne à l'autre : un scrutin (immuable) par triplet."""
    return Scrutin(pour=pour, contre=contre, abstentions=abst)


def lire_scdl(
    source: Source, nom: str | None = None, *, taille_maximale: int = TAILLE_MAXIMALE
) -> LecteurSCDL:
    """Ouvre un fichier SCDL délibérations pour le lire ligne à ligne vers le modèle.

    ``source`` : chemin (``-`` : entrée standard), octets ou flux binaire ; un chemin qui n'est
    pas un fichier ordinaire ou qui dépasse ``taille_maximale`` octets est refusé avant toute
    lecture (:class:`~deliberations.erreurs.FichierIllisible`)."""
    return LecteurSCDL(source, nom, taille_maximale=taille_maximale)
