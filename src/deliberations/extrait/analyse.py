"""L'analyseur d'extraits : les reconnaisseurs appliqués ligne à ligne, un état, un modèle.

:func:`lire_extrait` rend un :class:`ResultatExtrait` : la séance reconnue (ou ``None`` si la
date de séance manque) et un rapport. Rien n'est abandonné en silence : chaque ligne non
comprise, chaque nombre annoncé qui contredit les listes, chaque procuration dont le
mandataire n'est pas parmi les présents devient un constat, avec le numéro de ligne.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs

from deliberations.erreurs import ErreurDeliberations
from deliberations.extrait import appel, organes
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.collectivite import (
    apres_copyright,
    collectivite_generale,
    dans_la_prose,
    dans_le_titre,
    en_tete,
    meme_collectivite,
    nature_seule,
    nom_avant_communaute,
    nom_borne_ailleurs,
    nom_poursuivi,
    par_le_maire,
    par_le_president,
    sans_departement_final,
    sans_titre,
    titre_de_page,
)
from deliberations.extrait.dates import (
    MOIS,
    NOMBRE_LETTRES,
    fenetre_de_date,
    nombre_en_lettres,
    trouver_date,
)
from deliberations.extrait.groupes import (
    PARTICULES,
    ListeCivilitesLieux,
    Reperes,
    civilites_puis_lieux,
    est_lieu_seul,
    lieux_puis_delegues,
    liste_par_lieu,
    pour_la_commune,
    reperes,
    separer,
    tableau_noms_prenoms_lieux,
)
from deliberations.extrait.normalisation import (
    INTITULE_NOMS_BARRES,
    INTITULE_PRESENTS_APRES_LE_PRESIDENT,
    MORCEAU_MAX,
    objet_tel_qu_ecrit,
    reencoder,
    texte_sans_accents,
)
from deliberations.extrait.personnes import (
    CIVILITE,
    MOTIF_NOM,
    MOTIF_PRENOM,
    OrdreDesNoms,
    decouper,
    est_fonction,
    est_fonction_d_agent,
    lire_personne,
    lire_personnes,
    ordre_des_noms,
    prenom_usuel,
)
from deliberations.extrait.prefiltres import (
    avec_garde,
    commence_par_un,
    contient_un,
    debuts_requis,
    finit_par_un,
    fins_requises,
    mots_requis,
)
from deliberations.extrait.preparation import Ligne, preparer
from deliberations.fichiers import taille_max
from deliberations.identifiants import acte
from deliberations.model import (
    Assemblee,
    Civilite,
    Collectivite,
    DecomptesDeclares,
    Deliberation,
    Elu,
    Fonction,
    InvariantViole,
    Mandat,
    ModeScrutin,
    Organe,
    Presence,
    Procuration,
    ResultatVote,
    RoleMandat,
    Scrutin,
    Seance,
    StatutPresence,
    Transmission,
    TypeCollectivite,
)
from deliberations.nomenclature import NatureActe
from deliberations.texte import base_meme_longueur, cle_texte, minuscules_meme_longueur
from deliberations.validation.non_etablis import FAITS as _FAITS_VALIDATION
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = [
    "FAITS",
    "LIGNES_MAX",
    "PERSONNES_MAX",
    "TAILLE_MAX",
    "ResultatExtrait",
    "TexteTropLong",
    "lire_extrait",
]

TAILLE_MAX = taille_max("extrait")
"""Taille maximale, en caractères, d'un texte confié à :func:`lire_extrait` (réglable) : la
taille par défaut d'un fichier texte d'extrait (table ``donnees/tailles_max.csv``)."""

LIGNES_MAX = 20_000
"""Nombre maximal de lignes non vides d'un texte confié à :func:`lire_extrait` (réglable),
comptées avant l'analyse puis après le découpage d'un texte aplati : environ 400 pages de
procès-verbal. La taille seule ne suffit pas à borner le temps (l'analyse coûte par ligne :
un mégaoctet de lignes d'un caractère fait un demi-million de lignes) ; au-delà, le texte est
refusé (:class:`TexteTropLong`) sans rien lire, en quelques secondes au plus."""

CONSTATS_PAR_CODE = 200
"""Constats gardés par code (« ligne non comprise »…) ; au-delà, ils sont comptés et un
constat de même code dit combien ne sont pas repris : un texte d'un million de lignes
illisibles ne donne pas un million de constats."""

PERSONNES_MAX = 1000
"""Nombre maximal de personnes lues dans les listes d'une séance (présents, absents,
procurations, suppléances), réglable : les assemblées les plus nombreuses comptent environ
240 membres. Au-delà (à la ligne, ou au morceau de longue ligne, près), les lignes de liste
sont passées sans être lues, un constat
``extrait.liste-trop-longue`` le dit et les listes sont « non établies »."""

FAITS: frozenset[str] = frozenset(_FAITS_VALIDATION)
"""Vocabulaire de :attr:`ResultatExtrait.non_etablis` : les faits du modèle qu'un extrait
peut ne pas établir (voir :func:`deliberations.validation.valider`)."""


class TexteTropLong(ErreurDeliberations, ValueError):
    """Le texte dépasse la taille permise ; rien n'a été analysé."""


_TITRES = re.compile(
    r"^(?:extrait\s+du\s+registre|extrait\s+des\s+deliberations|registre\s+des\s+deliberations|"
    r"proces[\s-]verbal|compte[\s-]rendu|releve\s+des\s+decisions|republique\s+francaise|"
    r"liberte\W+egalite|departement\s+d|arrondissement\s+d|deliberation\s+du\s+conseil|"
    r"modele\s+a\b|seance\s+publique$)"
)
_FORMULES = re.compile(
    r"^(?:fait\s+et\s+delibere|ainsi\s+fait|pour\s+extrait\s+conforme|pour\s+copie\s+conforme|"
    r"certifie|rendue?\s+executoire|le\s+president|la\s+presidente|le\s+maire|la\s+maire|"
    r"le\s+secretaire|la\s+secretaire|les\s+membres\s+presents|signe|au\s+registre\s+sont\s+les\s+signatures|"
    r"la\s+seance\s+est\s+(?:ouverte|levee)|(?:debut|fin)\s+de\s+(?:la\s+)?seance\s*:|l'ordre\s+du\s+jour|formant\s+la\s+majorite|"
    r"(?:monsieur|madame|m\.|mme)?\s*(?:le|la)?\s*(?:president|presidente|maire)\s*,?\s*ouvre\s+la\s+seance|le\s+quorum\s+(?:etant|est)\s+atteint|"
    r"le\s+conseil\s+(?:municipal|communautaire|metropolitain)?\s*,?\s*(?:regulierement\s+)?convoque)"
)
# « Le Président du Conseil départemental, », « La Maire, » : la formule d'une signature, seule
# sur sa ligne et finie par une virgule
_SIGNATAIRE = re.compile(
    r"^(?:le|la)\s+(?:president|presidente|maire|secretaire)(?:\s+(?:d[eu]|de\s+la)\s+[a-z' -]{3,60})?\s*,\s*$"
)
_COLLECTIVITE = re.compile(
    r"^(?:(commune|ville|mairie)\s+d[e']\s*|(communaute\s+de\s+communes|communaute\s+d'agglomeration|"
    r"communaute\s+urbaine|metropole|syndicat|departement|region)\b)",
)
_GENERALE = re.compile(r"^(?:departement|region)\b")
_PUCE = re.compile(r"^\s*(?:[-–•*▪]|\d+[°.)]|article\s+\d+|[a-z]\))\s*", re.I)


@attrs.frozen
class ResultatExtrait:
    """La séance lue (``None`` si le document ne permet pas d'en construire une) et le rapport."""

    seance: Seance | None
    rapport: Rapport
    non_etablis: frozenset[str] = frozenset()
    """Les faits du modèle que le document n'établit pas (vocabulaire :data:`FAITS`) : à
    passer à :func:`~deliberations.validation.valider` pour qu'il ne juge pas ce que le
    document ne dit pas."""

    @property
    def compris(self) -> bool:
        """Vrai si tout le document a été compris (aucun constat d'avertissement ni d'erreur)."""
        return self.seance is not None and not self.rapport.filtrer(au_moins="avertissement")


@attrs.define
class _Delib:
    ligne: int
    numero: str | None = None
    rang: int | None = None
    theme: str | None = None
    objet: list[str] = attrs.Factory(list)
    titre_attendu: bool = False
    zone: str = "objet"
    par_objet: bool = False  # ouvert par « OBJET : » (extrait : l'en-tête peut suivre)
    # « Délibération n° X » seul puis « Approbation du procès-verbal … : adopté » : titré par
    # l'approbation ; un « Objet : » qui suit reprend le numéro (l'approbation est un point à part)
    approbation_numerotee: bool = False
    expose: list[list[str]] = attrs.Factory(list)
    dispositif: list[str] = attrs.Factory(list)
    votes: dict[str, int] = attrs.Factory(dict)
    resultat: ResultatVote | None = None
    unanimite: bool = False
    mode: ModeScrutin | None = None
    moins: dict[str, int] = attrs.Factory(dict)
    paragraphe_neuf: bool = True
    objet_complet: bool = False
    devine: bool = False  # ouvert par un intertitre seul : gardé si un vote ou une décision suit
    puce: bool = False  # ouvert par une puce « - Objet : issue »
    annonce: bool = False  # ligne d'un ordre du jour : remplacée par le point lui-même
    # lignes de l'unanimité et des voix contre : sur deux lignes qui se contredisent, deux
    # votes (le titre d'un point non reconnu entre eux)
    ligne_unanimite: int = 0
    ligne_contre: int = 0
    tiret_final: bool = False  # « N° 1 – TITRE – » : le tiret final retiré annonçait la suite


class _ReperesParesseux:
    """Les :func:`~deliberations.extrait.groupes.reperes` du texte entier, lus au premier
    besoin seulement (une liste aplatie où des lieux se collent aux personnes) : la plupart
    des documents n'en ont pas besoin."""

    def __init__(self, texte: str) -> None:
        self._texte = texte
        self._lus: Reperes | None = None
        self.lieux = _LieuxParesseux(self)

    def lus(self) -> Reperes:
        if self._lus is None:
            self._lus = reperes(self._texte)
        return self._lus

    def confirme(self, nom: str, prenom: str) -> bool:
        return self.lus().confirme(nom, prenom)


class _LieuxParesseux:
    """Les lieux du texte, qui ne se lisent qu'au premier ``in``."""

    def __init__(self, reperes_: _ReperesParesseux) -> None:
        self._reperes = reperes_

    def __contains__(self, mot: object) -> bool:
        return mot in self._reperes.lus().lieux


@attrs.define
class _Etat:
    constats: list[Constat] = attrs.Factory(list)
    organe: Organe | None = None
    collectivites: list[tuple[int, int, int, str, str]] = attrs.Factory(list)
    collectivites_tardives: list[tuple[int, str, str]] = attrs.Factory(list)
    reperes: _ReperesParesseux = attrs.Factory(lambda: _ReperesParesseux(""))
    date: dt.date | None = None
    date_ligne: int = 0
    date_fiabilite: int = 0
    # l'en-tête rendu après les premiers points d'un PDF aplati, lu jusqu'au point suivant
    entete_tardif: bool = False
    # « Table des matières » d'une page web : ses titres, jusqu'au retour du premier
    sommaire: list[str] | None = None
    dates_ecartees: list[tuple[int, dt.date, int]] = attrs.Factory(list)
    convocation_texte: tuple[int, str] | None = None
    convocation_sans_date: int = 0  # ligne d'une phrase de convocation dont la date suit
    organe_ligne: int = 0
    intitule_autre_date: int = 0  # ligne « Date de l'affichage » seule : la date qui suit est la sienne
    president: tuple[int, str] | None = None
    president_elu: bool = False  # président lu après le point « Élection du maire »
    president_coupe: bool = False  # « … présidence de M. Lucien » / « DESCHAMPS, Président … »
    # « Présents : M. Hervé BOYER, Maire, Mme … » : les présents suivis de leur fonction
    # (maire, président), pour un président nommé par sa fonction (« ouverte par M. le Maire »)
    titulaires_fonction: dict[str, list[Elu]] = attrs.Factory(dict)
    secretaire: tuple[int, str] | None = None
    # la ligne d'une phrase qui annonce la nomination d'un secrétaire sans le nommer (« il a été
    # procédé à la nomination d'un secrétaire ») : « Mme X est désignée pour remplir cette
    # fonction » juste après le nomme
    secretaire_annonce: int | None = None
    # les procurations lues dans la liste des présents (« X représentée par Y » parmi eux)
    procurations_des_presents: set[int] = attrs.Factory(set)
    presents_non_nommes: bool = False  # « tous les membres … à l'exception de … »
    # « présents tous les délégués, sauf les délégués titulaires d'Albert, X ; … » : la liste
    # d'exceptions commune par commune en cours de lecture (« absents », « suppleances »,
    # « procurations »), qui se poursuit d'un morceau de ligne au suivant
    sauf_par_commune: str | None = None
    # sous une rubrique « PERSONNELS ADMINISTRATIFS ET INVITÉS » : les listes (présents,
    # absents) ne nomment pas des membres
    sous_rubrique_hors_membres: bool = False
    decomptes: dict[str, int] = attrs.Factory(dict)
    presents: list[tuple[int, Elu]] = attrs.Factory(list)
    absents: list[tuple[int, Elu, bool]] = attrs.Factory(list)
    noms_barres: list[Elu] = attrs.Factory(list)  # rayés d'une liste (page web) : pas présents
    procurations: list[tuple[int, Elu, Elu | None, str]] = attrs.Factory(list)
    mouvements: list[tuple[int, r.Mouvement]] = attrs.Factory(list)
    departs_deduits: list[int] = attrs.Factory(list)
    # « M. X est sorti de la salle pendant l'examen du dossier suivant » : le point alors en
    # cours et la ligne ; le point ouvert ensuite compte un membre qui ne vote pas
    hors_vote_suivant: tuple[object, int] | None = None
    arrivees_deduites: list[int] = attrs.Factory(list)
    section: r.Section | None = None
    deliberations: list[_Delib] = attrs.Factory(list)
    suite: bool = False
    procurations_annoncees: bool = False
    # « Votants : 19 (27 voix) », « (3 voix par délégué) » : des voix pondérées, dit une fois
    voix_ponderees: bool = False
    suppleances: list[tuple[int, Elu, Elu | None]] = attrs.Factory(list)
    presents_partiels: dict[str, tuple[int, int]] = attrs.Factory(dict)
    presents_soit: tuple[int, int] | None = None  # (ligne, N) de « …, soit N conseillers »
    presents_titulaires: bool = False  # présents annoncés : « Conseillers titulaires présents »
    # « Mandant      Mandataire » en tête d'un tableau de procurations : la section, et vrai si
    # le mandant est la première colonne
    colonnes_mandat: tuple[r.Section, bool] | None = None
    # le même tableau copié une cellule par ligne (« Mandant » / « Mandataire » / X / Y …) :
    # la première cellule de l'en-tête, puis la cellule lue de la rangée en cours
    entete_mandat_seul: tuple[r.Section, str] | None = None
    mandats_une_cellule: bool = False
    cellule_de_mandat: tuple[int, str] | None = None
    par_lieu: r.Section | None = None  # la section dont une ligne « LIEU : Prénom NOM … » a été lue
    mandants_excuses: set[str] = attrs.Factory(set)
    # la séance manquée faute de quorum que le texte cite (« n'a pu siéger le 3 mai ») ; et,
    # quand son propre compte rendu est écrit avant celui de la séance, la ligne de son titre et
    # le nombre de présents, absents, procurations et suppléances lus avant lui
    date_manquee: dt.date | None = None
    # « Etaient présents les Délégués des Communes de : A ; B (M. X) ; … » : la liste des
    # communes représentées est en cours (les groupes suivants la continuent)
    communes_listees: bool = False
    # la section dont une liste « commune Prénom NOM - Prénom NOM commune … » a été lue
    lieux_delegues: r.Section | None = None
    bloc_manque: _BlocManque | None = None
    # « Procurations : M. X » sans mandataire : dit à la fin, si aucune rubrique ne le nomme
    sans_mandataire: list[tuple[int, Elu]] = attrs.Factory(list)
    # les mandants lus dans une liste d'excusés (« Excusés : X (Commune), pouvoir à M. Y ») :
    # excusés si leur pouvoir n'est pas retenu (mandataire ambigu)
    mandants_des_excuses: set[str] = attrs.Factory(set)
    # « Mme Lucie BERTHET épouse GIRARDOT » : l'autre nom (GIRARDOT) de la personne nommée, pour
    # la retrouver quand une autre ligne ne donne que lui (« Mme GIRARDOT a donné procuration »)
    autres_noms: dict[str, list[Elu]] = attrs.Factory(dict)
    aplati: bool = False
    texte: str = ""  # le texte lu, entier (un pied de page retiré y reste)
    # un document tout en capitales (registre dactylographié) : une ligne en capitales n'y est
    # pas un intertitre
    capitales: bool = False
    reencodes: int = 0  # caractères d'un texte UTF-8 relu en Windows-1252 remis en clair
    points_a_tiret: bool = False  # « I – RUBRIQUE » puis « – TITRE » : les tirets ouvrent les points
    titre_puce: str | None = None
    numero_d_extrait: str | None = None  # « N° 2021 3 1 » en tête d'extrait, avant l'objet
    decomptes_du_point: int | None = None  # « … A partir du point 2 : » puis ses décomptes
    points_annonces: list[str] = attrs.Factory(list)  # « Ordre du Jour - A ; - B ; … » (aplati)
    puces_o: bool = False  # ordre du jour à puces « o » en cours de lecture (aplati)
    decomptes_points: dict[str, list[int]] = attrs.Factory(dict)  # écrits à chaque point
    libelle_point: str | None = None
    tableau_votes: dict[str, int] | None = None
    liste_decisions: bool = False
    apres_blanc: bool = False
    derniere_ligne: str = ""  # la ligne non vide précédente
    suivante: str = ""
    lignes: list[Ligne] = attrs.Factory(list)  # les lignes du document, et le rang de la
    rang_ligne: int = 0  # ligne lue : la prochaine ligne non vide n'est cherchée qu'au besoin
    romains: bool = False  # les points lus sont numérotés en chiffres romains
    tableau: tuple[int, int | None] | None = None
    appel: bool = False  # feuille d'appel en cours : l'état écrit après chaque nom
    lettres: dict[str, str] | None = None  # légende d'une feuille à lettres (« P : présent »)
    # « Délégués | Syndicat des Rivières » sous « Étaient présents » : la liste et les colonnes
    # qui ne nomment pas des membres (les agents du syndicat)
    hors_membres: tuple[object, frozenset[int]] | None = None
    pouvoir_de: str | None = None  # « A M. Y », lu avec la ligne « De Mme X » qui le précède
    tableau_supplees: bool = False  # colonne « Présent(e) ou suppléé(e) »
    tableau_personne: int = 0  # colonne des noms (« Commune | Délégué(e) | Présence » : la 2e)
    tableau_largeur: int = 0  # colonnes de l'en-tête (une rangée sans sa commune en a une de moins)
    tableau_colonnes: dict[int, str] | None = None  # « Présent | Excusé | Absent » : une par statut
    # « … | Délégué suppléant | Présence » : la colonne du suppléant et celle de sa présence
    tableau_suppleant: tuple[int, int] | None = None
    # « Commune | Délégués présents | Excusés – pouvoirs » : colonnes des présents et des excusés
    tableau_communes: tuple[int, int | None] | None = None
    # « Absents | Ni pouvoir | Suppléant | Pouvoir donné à » : le rôle de chaque colonne du
    # tableau des absents en cours de lecture (la première colonne nomme l'absent)
    roles_des_absents: dict[int, str] | None = None
    # « - | | | Catherine X » puis « Jean-Marc Y | | | | » : le mandataire d'une rangée sans nom,
    # que la rangée suivante, vide, reprend (cellule de PDF coupée en deux rangées)
    pouvoir_sans_nom: tuple[int, str] | None = None
    tableau_excuses: bool = False
    tableau_suppleants: int | None = None  # « Suppléant(e) siégeant » : « X pour Y » par rangée
    tableau_absents: int | None = None  # seconde colonne d'absence : les absents non excusés  # la colonne des absents de ce tableau dit « excusés »
    commune_citee: bool = False  # « le Conseil Municipal » et « Monsieur le Maire » dans le texte
    communes_de_la_prose: list[str] = attrs.Factory(list)  # « la Commune de X » dans un point
    largeur: int = 0  # la plus longue ligne d'un texte en lignes (0 pour un texte aplati)
    sans_annee: tuple[int, int, int] | None = None
    # une issue (« … adopte le compte administratif ») lue hors de toute délibération : le corps
    # d'un point dont le titre manque, ses décomptes ne sont pas ceux de la séance
    issue_hors_point: bool = False
    personnes_max: int = PERSONNES_MAX
    liste_trop_longue: bool = False
    par_code: Counter[str] = attrs.Factory(Counter)
    omis: Counter[tuple[str, Severite]] = attrs.Factory(Counter)

    def rapport(self) -> Rapport:
        """Les constats gardés, puis, pour chaque code au-delà de :data:`CONSTATS_PAR_CODE`,
        un constat de même code et de même sévérité qui dit combien ne sont pas repris."""
        resumes = [
            Constat(
                code=code,
                severite=severite,
                message=f"{nombre} autre(s) constat(s) « {code} » non repris (au plus "
                f"{CONSTATS_PAR_CODE} par code) : le document en produit trop pour les lister.",
                chemin="document",
                details={"omis": nombre},
            )
            for (code, severite), nombre in self.omis.items()
        ]
        return Rapport([*self.constats, *resumes], omis=sum(self.omis.values()))
    dernier_rang: int = 0  # le rang du dernier point numéroté (« 2 BUDGET … » : rang 2)
    numerotes: bool = False  # un point numéroté a été lu
    par_numero: dict[str, list[_Delib]] = attrs.Factory(dict)  # index des points numérotés
    ordre_du_jour: bool = False  # dans la liste qui suit l'intitulé « ORDRE DU JOUR : »
    odj_soumis: bool = False  # après « (Non) soumis à délibération » dans l'ordre du jour
    annonces_traitees: int = 0  # points de l'ordre du jour remplacés par le point traité
    depuis_liste: int = 99  # lignes (ou morceaux) traitées depuis la dernière ligne de liste

    def trop_de_personnes(self, ligne: int) -> bool:
        """Vrai (et un constat la première fois) quand les listes lues atteignent
        ``personnes_max`` : la ligne de liste n'est alors pas lue."""
        lues = (
            len(self.presents) + len(self.absents) + len(self.procurations)
            + len(self.suppleances)
        )
        if lues < self.personnes_max:
            return False
        if not self.liste_trop_longue:
            self.liste_trop_longue = True
            self.constat(
                "extrait.liste-trop-longue",
                Severite.AVERTISSEMENT,
                ligne,
                f"Plus de {self.personnes_max} personnes dans les listes : les lignes de liste "
                "suivantes ne sont pas lues (présents, absents et procurations incomplets ; "
                "voir personnes_max).",
            )
        return True

    def constat(self, code: str, severite: Severite, ligne: int, message: str) -> None:
        self.par_code[code] += 1
        if self.par_code[code] > CONSTATS_PAR_CODE:
            self.omis[(code, severite)] += 1  # compté, résumé à la fin (voir rapport)
            return
        self.constats.append(
            Constat(
                code=code,
                severite=severite,
                message=message,
                chemin=f"ligne {ligne}" if ligne else "document",
                details={"ligne": ligne} if ligne else None,
            )
        )

    @property
    def courante(self) -> _Delib | None:
        return self.deliberations[-1] if self.deliberations else None


def lire_extrait(
    texte: str,
    *,
    taille_max: int = TAILLE_MAX,
    personnes_max: int = PERSONNES_MAX,
    lignes_max: int = LIGNES_MAX,
) -> ResultatExtrait:
    """Lit le texte d'un extrait du registre ou d'un procès-verbal.

    Un texte de plus de ``taille_max`` caractères ou de ``lignes_max`` lignes non vides est
    refusé avant toute analyse (:class:`TexteTropLong`) ; au-delà de ``personnes_max`` personnes lues dans les listes,
    les lignes de liste suivantes ne sont pas lues (constat ``extrait.liste-trop-longue``).

    >>> texte = open("examples/extrait-dijon-metropole-2024-09-26.txt", encoding="utf-8").read()
    >>> resultat = lire_extrait(texte)
    >>> s = resultat.seance
    >>> s.nombre_en_exercice(), len(s.presents()), len(s.procurations), s.date.isoformat()
    (86, 67, 11, '2024-09-26')
    >>> resultat.compris
    True
    """
    etat = _Etat(personnes_max=personnes_max)
    if not isinstance(texte, str):
        raise TypeError("lire_extrait attend du texte (str)")
    if len(texte) > taille_max:
        raise TexteTropLong(
            f"texte trop long ({len(texte)} caractères, au plus {taille_max} permis) : "
            "rien n'a été lu."
        )
    # sinon, moins de fins de ligne que la borne : rien à compter (« \r » seul en est une)
    if texte.count("\n") + texte.count("\r") >= lignes_max:
        _verifier_lignes(sum(1 for ligne in texte.splitlines() if ligne.strip()), lignes_max)
    texte, etat.reencodes = reencoder(texte)  # « PrÃ©sents » : avant toute lecture
    with ordre_des_noms(texte) as ordre:
        return _analyser(etat, texte, lignes_max, ordre)


# « Lucie BERTHET épouse GIRARDOT », « Anne-Marie CLERC née VIENNET » : prénom, nom, autre nom
_AUTRE_NOM = re.compile(
    r"\b([A-ZÉÈÎ][a-zéèëïç]+(?:-[A-ZÉÈ][a-zéèëïç]+)?)\s+([A-ZÉÈÀÂÎÔÇ][A-ZÉÈÀÂÎÔÇ'’\-]+)\s+"
    r"(?:[ée]pouse|[ée]p\.|née|veuve)\s+([A-ZÉÈÀÂÎÔÇ][A-ZÉÈÀÂÎÔÇ'’\-]+)\b"
)


def _autres_noms(texte: str) -> dict[str, list[Elu]]:
    """Les autres noms des personnes nommées « X épouse Y » ou « X née Y » : clé du nom Y,
    personnes « Prénom X »."""
    autres: dict[str, list[Elu]] = {}
    if "pouse" not in texte and "née" not in texte and "veuve" not in texte:
        return autres
    for trouve in _AUTRE_NOM.finditer(texte):
        personne = Elu(nom=trouve.group(2), prenom=trouve.group(1))
        liste = autres.setdefault(Elu(nom=trouve.group(3)).cle_nom, [])
        if all(p.cle != personne.cle for p in liste):
            liste.append(personne)
    return autres


def _par_autre_nom(etat: _Etat, membres: _Membres, elu: Elu, n: int) -> Elu | None:
    """« Mme GIRARDOT » (sans prénom, inconnue des listes) pour le seul membre nommé ailleurs
    « Lucie BERTHET épouse GIRARDOT » : ce membre, avec un constat qui le dit."""
    if elu.prenom is not None or membres.trouver(elu):
        return None
    personnes = etat.autres_noms.get(elu.cle_nom, [])
    connus = [m for p in personnes for m in membres.trouver(p)]
    if len(personnes) != 1 or len(connus) != 1:
        return None
    etat.constat(
        "extrait.autre-nom",
        Severite.INFO,
        n,
        f"« {elu} » lu comme {connus[0]}, nommé ailleurs avec ce nom (épouse ou née).",
    )
    return connus[0]


def _par_nom_abrege(etat: _Etat, membres: _Membres, elu: Elu, n: int) -> Elu | None:
    """« Mme Jacqueline ROBIN donne procuration » (inconnue des listes) pour le seul membre
    « Jacqueline ROBIN-FAUVEL » : nom composé (d'épouse) raccourci à sa première partie, même
    prénom écrit en entier ; ce membre, avec un constat qui le dit."""
    if elu.prenom is None or membres.trouver(elu):
        return None
    prenom = cle_texte(elu.prenom)
    candidats = [
        m for m in membres.par_nom_compose(elu) if m.prenom is not None and cle_texte(m.prenom) == prenom
    ]
    if len(candidats) != 1:
        return None
    etat.constat(
        "extrait.nom-abrege",
        Severite.INFO,
        n,
        f"Mandant « {elu} » lu comme {candidats[0]} (nom composé raccourci).",
    )
    return candidats[0]


# « Sophie D. » : un prénom en casse mixte puis l'initiale du nom (lu « D. » prénom, « Sophie »
# nom, comme « MARTIN J. »)
_INITIALE = re.compile(r"[A-ZÉÈ]\.?")


def _departages_par_la_civilite(candidats: list[Elu], civilite: Civilite | None) -> list[Elu]:
    """Les homonymes que la civilité départage : le seul de cette civilité, sinon le seul dont la
    civilité n'est pas contraire (« MM AGUSTIN, GROS Michel » laisse celle de Michel GROS
    inconnue, Sandrine GROS est « Mme ») ; tous sinon."""
    if civilite is not None:
        for retenus in (
            [m for m in candidats if m.civilite == civilite],
            [m for m in candidats if m.civilite in (None, civilite)],
        ):
            if len(retenus) == 1:
                return retenus
    return candidats


def _par_civilite(etat: _Etat, membres: _Membres, elu: Elu, n: int) -> Elu | None:
    """« Mme MOREL à M. DUVAL » quand la liste nomme Agnès MOREL (Mme) et Julien MOREL (M.) :
    le seul membre de ce nom et de cette civilité ; plusieurs : dit (le premier est gardé)."""
    if elu.prenom is not None or len(candidats := membres.trouver(elu)) < 2:
        return None
    if len(retenus := _departages_par_la_civilite(candidats, elu.civilite)) == 1:
        return retenus[0]
    etat.constat(
        "extrait.nom-ambigu",
        Severite.AVERTISSEMENT,
        n,
        f"« {elu} » peut désigner plusieurs membres ({', '.join(str(m) for m in candidats)}) : "
        f"{candidats[0]} est retenu, à vérifier.",
    )
    return None


def _par_prenom_et_initiale(etat: _Etat, membres: _Membres, elu: Elu, n: int) -> Elu | None:
    """« Sophie D. a donné pouvoir à … » (inconnue des listes) pour le seul membre « Sophie
    DELORME » : le prénom écrit en entier et l'initiale du nom ; ce membre, avec un constat
    qui le dit. Deux membres possibles : aucun n'est choisi (constat)."""
    if elu.prenom is None or not _INITIALE.fullmatch(elu.prenom) or not elu.nom[:1].isupper():
        return None
    if elu.nom.isupper() or membres.trouver(elu):
        return None
    prenom, initiale = cle_texte(elu.nom), cle_texte(elu.prenom)[:1]
    candidats = [
        m
        for m in membres.liste
        if m.prenom is not None and cle_texte(m.prenom) == prenom and cle_texte(m.nom)[:1] == initiale
    ]
    if len(candidats) != 1:
        if candidats:
            etat.constat(
                "extrait.nom-ambigu",
                Severite.AVERTISSEMENT,
                n,
                f"« {elu.nom} {elu.prenom} » peut être " + " ou ".join(map(str, candidats)) + " : gardé tel quel.",
            )
        return None
    etat.constat(
        "extrait.nom-abrege",
        Severite.INFO,
        n,
        f"Mandant « {elu.nom} {elu.prenom} » lu comme {candidats[0]} (prénom et initiale du nom).",
    )
    return candidats[0]


def _analyser(etat: _Etat, texte: str, lignes_max: int, ordre: OrdreDesNoms) -> ResultatExtrait:
    """La lecture elle-même, ligne après ligne, puis la séance construite."""
    prep = preparer(texte)
    etat.autres_noms = _autres_noms(texte)
    etat.capitales = texte.isupper()
    if len(prep.lignes) > lignes_max:
        _verifier_lignes(sum(1 for ligne in prep.lignes if ligne.texte.strip()), lignes_max)
    for numero, brut, raison in prep.retirees:
        etat.constat(
            "extrait.ligne-retiree",
            Severite.INFO,
            numero,
            f"Ligne retirée ({raison}) : « {brut[:80]} ».",
        )
        if "pied de page" in raison and (tete := en_tete(brut[:160])) is not None:
            # « Communauté de communes du Val de Brenne – Procès-verbal … 1/3 » : un pied de
            # page répété qui nomme la collectivité, gardé en dernier recours (un en-tête
            # répété « SYNDICAT … D'EAU POTABLE » / « DE LA VALLÉE DU X » : avec sa suite)
            suite = next((x.texte for x in prep.lignes if x.numero == numero + 1), "")
            nom = nom_poursuivi(tete[0], brut, suite) if tete[1] == "epci" else tete[0]
            etat.collectivites_tardives.append((numero, nom, tete[1]))
    if etat.reencodes:
        etat.constat(
            "extrait.texte-reencode",
            Severite.INFO,
            0,
            f"Texte UTF-8 relu en Windows-1252 ou 1250 (« Ã© » ou « Ă© » pour « é ») : {etat.reencodes} "
            "caractère(s) remis en clair avant la lecture.",
        )
        if (reste := _RESTE_ILLISIBLE.search(texte)) is not None:
            etat.constat(
                "extrait.texte-reencode-incomplet",
                Severite.AVERTISSEMENT,
                0,
                f"Des lettres perdues à la copie du texte mal décodé restent illisibles "
                f"(« {reste.group(0)} ») : les noms qui les portent sont à vérifier.",
            )
    if prep.recollees:
        etat.constat(
            "extrait.lignes-recollees",
            Severite.INFO,
            0,
            f"Texte coupé à {prep.colonnes} colonnes (copie d'un PDF) : {prep.recollees} "
            "ligne(s) recollée(s) à la précédente, dont la coupure venait de la largeur.",
        )
    if prep.ligatures_ti:
        etat.constat(
            "extrait.ligature-perdue",
            Severite.INFO,
            0,
            f"Ligature « ti » perdue par la copie d'un PDF (« convocaon », « procuraons ») : "
            f"{prep.ligatures_ti} mot(s) rétabli(s) avant la lecture ; les noms propres touchés "
            "restent tels quels.",
        )
    if texte_sans_accents(texte):
        etat.constat(
            "extrait.texte-sans-accents",
            Severite.AVERTISSEMENT,
            0,
            "Texte privé de ses accents et de ses apostrophes (« sest runi », « dment convoqu ») : "
            "la collectivité, les noms et les intitulés sont lus tels qu'écrits, peut-être "
            "abîmés ; à vérifier.",
        )
    if "quorum" in texte:  # (le texte préparé : « deux milleseize » y est décollé)
        debut = " ".join(ligne.texte for ligne in prep.lignes[:300])[:20_000]
        etat.date_manquee = r.seance_manquee(debut) or _seance_sans_quorum_suivie(prep.lignes[:300])
    if (
        etat.date_manquee is None
        and contient_un(texte, _MOTS_SEANCE_NON_TENUE)
        and (non_tenue := _SEANCE_NON_TENUE.search(texte, 0, 20_000)) is not None
    ):
        etat.constat(
            "extrait.date-seance-non-tenue",
            Severite.AVERTISSEMENT,
            0,
            f"Le document dit qu'une réunion n'a pas eu lieu ou n'a pu délibérer (« "
            f"{non_tenue.group(0)} ») : la date, la convocation et les listes lues sont peut-être "
            "celles d'une autre réunion (annoncée, ou reconvoquée), à vérifier ; elles ne sont pas "
            "jugées par valider.",
        )
    if prep.session is not None:
        etat.constat(
            "extrait.date-plusieurs-jours",
            Severite.AVERTISSEMENT,
            0,
            f"Session de plusieurs jours (« {prep.session.strip()} … ») : la date du premier jour "
            "est retenue pour la séance ; une délibération a pu être votée un autre jour.",
        )
    etat.aplati, etat.texte = prep.aplati, texte
    if not prep.aplati:  # la largeur des lignes du texte (recollées) : celle d'un titre coupé
        etat.largeur = max((len(ligne.texte) for ligne in prep.lignes), default=0)
    etat.reperes = _ReperesParesseux(" ".join(ligne.texte for ligne in prep.lignes))
    if prep.aplati:
        etat.constat(
            "extrait.texte-aplati",
            Severite.AVERTISSEMENT,
            0,
            "Texte sans retours à la ligne : la structure est reconstituée d'après les intitulés "
            "et les phrases ; les limites des listes et des objets sont à vérifier.",
        )
    en_attente: tuple[int, str] | None = None
    blanc_saute = 0  # lignes vides sautées au milieu d'un nom coupé (deux au plus)
    lignes = prep.lignes
    for rang_ligne, ligne in enumerate(lignes):
        etat.suite = ligne.decalage > 0
        suivante = lignes[rang_ligne + 1].texte if rang_ligne + 1 < len(lignes) else ""
        etat.suivante = suivante
        etat.lignes, etat.rang_ligne = lignes, rang_ligne
        if not prep.aplati and _titre_avant_numero(etat, ligne.texte, suivante):
            continue
        if (
            len(ligne.texte) < 24
            and _LIBELLE_POINT.fullmatch(ligne.texte)
            and _NOMBRE_SEUL.fullmatch(suivante)
        ):
            etat.libelle_point = ligne.texte.strip()  # « Point » / « 1 » (blocs d'une page web)
            continue
        numero, texte_ligne = ligne.numero, ligne.texte
        if etat.libelle_point is not None:
            texte_ligne = f"{etat.libelle_point} {texte_ligne.strip()}"
            etat.libelle_point = None
        if en_attente is not None and not texte_ligne.strip() and blanc_saute < 2:
            blanc_saute += 1  # « Prénom » / ligne vide / « NOM » (deux blancs d'un saut de page)
            continue
        blanc_saute = 0
        if en_attente is not None:
            recolle = _recoller(en_attente[1], texte_ligne)
            if recolle is not None:
                numero, texte_ligne = en_attente[0], recolle
            else:
                _traiter(etat, *en_attente)
            en_attente = None
        if _coupee(etat, texte_ligne):
            en_attente = (numero, texte_ligne)  # le nom continue sur la ligne suivante
            continue
        premier = not etat.deliberations
        _traiter(etat, numero, texte_ligne)
        if premier and etat.deliberations:
            _retrait_dans_le_premier_titre(etat, numero, texte_ligne)
        if etat.hors_vote_suivant is not None:
            _hors_vote_du_suivant(etat)
    if en_attente is not None:
        _traiter(etat, *en_attente)
    _fin_du_tableau_des_absents(etat)
    if etat.hors_vote_suivant is not None:
        _hors_vote_du_suivant(etat, fin=True)
    if etat.numero_d_extrait is not None:
        etat.constat(
            "extrait.numero-non-rattache",
            Severite.INFO,
            0,
            f"Numéro d'extrait « {etat.numero_d_extrait} » lu en tête, mais aucun « Objet : » n'ouvre "
            "son point : numéro non rattaché.",
        )
    if etat.organe in (Organe.CONSEIL_DEPARTEMENTAL, Organe.CONSEIL_REGIONAL):
        _commission_qui_delibere(etat, " ".join(ligne.texte for ligne in lignes))
    if etat.organe is None:
        tout = " ".join(ligne.texte for ligne in lignes)
        _organe_qui_delibere(etat, tout)
        if etat.organe is None:
            _organe_de_la_pleniere(etat, tout)
        if etat.organe is None:
            etat.commune_citee = _commune_citee(tout)
            if etat.commune_citee and "ommune" in tout:
                etat.communes_de_la_prose = _COMMUNE_DE_LA_PROSE.findall(tout[:200_000])
    _completer_par_les_noms_barres(etat)
    champs = _construire(etat, prep.identifiant_actes, prep.date_envoi, prep.date_reception)
    if ordre.ambigus:
        etat.constat(
            "extrait.nom-ambigu",
            Severite.AVERTISSEMENT,
            0,
            f"Noms tout en capitales ou sans capitales (« {ordre.exemple} »…) : les autres noms du document ne "
            "disent pas l'ordre prénom / nom (aucun en casse mixte, ou les deux ordres) ; "
            + (
                ("nom d'abord" if ordre.nom_d_abord else "prénom d'abord")
                + " d'après les prénoms usuels qu'ils contiennent, à vérifier."
                if ordre.par_les_prenoms
                else "prénom d'abord supposé, à vérifier."
            ),
        )
    faits = _non_etablis(etat, champs)
    # la séance porte ce que le document ne dit pas (JSON, valider) : construite une fois
    seance = None if champs is None else Seance(**champs, non_etablis=faits)
    return ResultatExtrait(seance, etat.rapport(), faits)


_FONCTION_TITULAIRE = re.compile(r"(maire|president)e?")


_FONCTION_ORDINALE = re.compile(
    r"(?:le\s+|la\s+)?(\d{1,2}|premiere?|seconde?|deuxieme|troisieme|quatrieme|cinquieme|sixieme)"
    r"(?:\s*(?:er|ere|re|eme|e|nde?))?\s+(vice[\s-]president|adjoint)e?"  # (« 1re adjointe »)
)
_RANGS_EN_LETTRES = {"premier": "1", "premiere": "1", "second": "2", "seconde": "2", "deuxieme": "2",
                     "troisieme": "3", "quatrieme": "4", "cinquieme": "5", "sixieme": "6"}
# « M. CAZES EPT du Val-Rouge », « Mme BELLOC Ville-Haute », « M. DORAT Vice-Président SIVOM
# Nord » (délégués d'un syndicat, liste aplatie) : après la civilité et le NOM, le membre
# représenté (un sigle, un lieu composé, une fonction), pas un prénom
_MEMBRE_APRES_LE_NOM = re.compile(
    r"(?<![\w.])(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[A-ZÉÈ][A-ZÉÈÊÎÔÛÇ'’\-]+(?:\s+[A-ZÉÈ][A-ZÉÈÊÎÔÛÇ'’\-]+)?"
    r"\s+(?P<membre>[A-ZÉÈ][\w'’\-]*(?:\s+[\w'’\-]+){0,5})$"
)
# (« M. GINESTE SIVOM Nord » : le sigle pris d'abord pour un second NOM ; le NOM seul, de trois
# lettres au moins, et aucun prénom usuel après lui)
_MEMBRE_APRES_UN_NOM = re.compile(
    r"(?<![\w.])(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[A-ZÉÈ][A-ZÉÈÊÎÔÛÇ'’\-]{2,}"
    r"\s+(?P<membre>[A-ZÉÈ]{3,}(?:\s+[\w'’\-]+){1,5})$"
)
_SIGLE_DE_MEMBRE = re.compile(r"[A-ZÉÈ]{3,}")
_MOTS_HORS_MEMBRE = frozenset(("à", "a", "par", "et", "M.", "Mme", "Mlle", "MM.", "Monsieur", "Madame", "pouvoir", "procuration"))


def _membre_apres_le_nom(morceau: str) -> str | None:
    """« M. CAZES (EPT du Val-Rouge) » ; ``None`` si ce qui suit le NOM peut être un prénom."""
    if not morceau[-1:].isalpha():
        return None
    if (trouve := _MEMBRE_APRES_LE_NOM.search(morceau)) is not None and _pas_un_prenom(trouve.group("membre")):
        return f"{morceau[: trouve.start('membre')].rstrip()} ({trouve.group('membre')})"
    trouve = _MEMBRE_APRES_UN_NOM.search(morceau)
    if trouve is None or trouve.group("membre").isupper() or any(prenom_usuel(m) for m in trouve.group("membre").split()):
        return None  # (« M. PIERRE TREY D'OUSTEAU » : tout en capitales, une personne)
    return f"{morceau[: trouve.start('membre')].rstrip()} ({trouve.group('membre')})"


def _pas_un_prenom(membre: str) -> bool:
    """Un sigle, une particule, un lieu composé sans prénom usuel, ou une fonction."""
    mots = membre.split()
    if prenom_usuel(mots[0]) or _MOTS_HORS_MEMBRE.intersection(mots) or membre.isupper():
        # (« M. LE GOFF » : des capitales seules continuent le NOM)
        return False  # « Mme LETELLIER Anne à Mme HEBERT Marine » : un prénom, puis un pouvoir
    return est_fonction(mots[0]) or any(
        (_SIGLE_DE_MEMBRE.fullmatch(m) and not prenom_usuel(m))
        or m in ("du", "de", "des", "d'")
        or ("-" in m and not any(prenom_usuel(p) for p in m.split("-")) and not est_fonction(m))
        for m in mots
    )


_FONCTION_APRES_PARENTHESE = re.compile(r"(?<=\))\s+([^()]{3,60})$")
_FONCTION_PUIS_POUVOIR = re.compile(
    r"\s*([^,]{2,80}?)(?:,\s*(?=(?:qui\s+)?(?:a\s+donn[ée]|donne|ayant\s+donn[ée])\s)"
    # « M. X, Vice-président et représentant de la commune de Y Procuration donnée à M. Z »
    r"|\s+(?=(?:pouvoir|procuration)\s+donn[ée]e?\s+(?:à|a)\s))",
    re.IGNORECASE,
)
_PRESIDENT_EN_LISTE = re.compile(r"\s*pr[ée]sidente?\s*:\s*(?=\S)", re.IGNORECASE)
_PREPOSITION_D_OBJET = re.compile(r"^(?:sur|concernant)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?(?=\w)")
_FONCTION_PUIS_A = re.compile(
    r"\s*([^,;]{2,60}?)\s*,?\s+(?=à\s+(?:M\.|Mme|Mr|Mlle|Monsieur|Madame)\s)", re.IGNORECASE
)
_POUVOIR_SANS_MANDANT = re.compile(
    r"\s*(?:qui\s+)?(?:a\s+donn[ée]|donne|ayant\s+donn[ée])\s+(?:pouvoir|procuration|d[ée]l[ée]gation)"
    r"|\s*(?:pouvoirs?|procurations?)\s+(?:donn[ée]e?\s+)?(?:à|a)\s",  # « CLAIRE FABRE, POUVOIR A PAUL VERNET »
    re.IGNORECASE,
)


# « Maire déléguée de Brenne-le-Haut », « le maire délégué de Saint-Ours » (commune nouvelle)
_MAIRE_DELEGUE = re.compile(r"(?:le\s+|la\s+)?maire\s+deleguee?\s+(?:de\s+la\s+|de\s+l\s*'?\s*|de\s+|du\s+|des\s+|d\s*'\s*)(.+)")


def _fonctions_seules(morceau: str) -> list[str] | None:
    """« Maire », « conseillère, doyenne de l'assemblée » : une ou plusieurs fonctions seules
    (séparées par des virgules), ou ``None``."""
    if est_fonction(morceau):
        return [morceau]
    if "," not in morceau:
        return None
    parties = [x for x in morceau.split(",") if x.strip()]
    return parties if parties and all(est_fonction(x) for x in parties) else None


# « la doyenne de l'assemblée », « doyen d'âge » : la qualité du plus âgé, qui désigne un
# mandataire comme une fonction (« pouvoir à la doyenne »)
_DOYEN = re.compile(r"(?:le\s+|la\s+)?doyen(?:ne)?(?:\s+(?:d\s*'?\s*age|de\s+l\s*'?\s*assemblee|du\s+conseil))?")


def _cle_fonction_ordinale(plat: str) -> str | None:
    """« 1er vice-president », « le 2eme adjoint » : « 1 vice-president », « 2 adjoint » ;
    « maire deleguee de brenne-le-haut » : « maire-delegue brenne le haut »."""
    if (delegue := _MAIRE_DELEGUE.fullmatch(plat)) is not None:
        return "maire-delegue " + re.sub(r"[\s'-]+", " ", delegue.group(1)).strip()
    if plat[:3] in ("doy", "le ", "la ") and _DOYEN.fullmatch(plat):
        return "doyen"
    trouve = _FONCTION_ORDINALE.fullmatch(plat)
    if trouve is None:
        return None
    rang = _RANGS_EN_LETTRES.get(trouve.group(1), trouve.group(1))
    return f"{rang} {trouve.group(2).replace(' ', '-')}"


def _mandataire_par_sa_fonction(etat: _Etat, membres: _Membres, n: int, texte: str) -> Elu | None:
    """« … a donné pouvoir à M. le 1er Vice-Président » : le seul présent que la liste dit
    1er vice-président (c'est dit)."""
    plat = cle_texte(texte).strip(" .")
    plat = re.sub(r"^(?:m\.?|mme|monsieur|madame)\s+", "", plat)
    cle_fonction = _cle_fonction_ordinale(plat)
    titulaires = {membres.cle(e): e for e in etat.titulaires_fonction.get(cle_fonction or "", [])}
    ou = "la liste des présents"
    if not titulaires and cle_fonction:
        titulaires, ou = _titulaires_dans_le_texte(etat, membres, cle_fonction), "le document"
    if len(titulaires) != 1:
        return None
    [titulaire] = titulaires.values()
    etat.constat(
        "extrait.mandataire-fonction",
        Severite.INFO,
        n,
        f"Mandataire désigné par sa fonction (« {texte} ») : {titulaire}, que {ou} dit ainsi.",
    )
    return titulaire


# « M. Benoît CHAPUIS, 1er vice-président, est désigné secrétaire de séance » : une personne
# et sa fonction entre deux virgules, ailleurs que dans la liste des présents
_NOM_PUIS_FONCTION = re.compile(
    r"((?:M\.|Mme|Monsieur|Madame)\s+[^,;.()]{3,60}?)\s*,\s*([^,;.()]{3,40}?)\s*,"
)


# « M. le Maire quitte la séance … », « Madame la Présidente rejoint la séance … » : le
# mouvement d'un élu désigné par sa seule fonction
_FONCTION_EN_TETE = re.compile(
    r"(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:le|la|Le|La)\s+(maire|pr[ée]sidente?)\b"
    r"(?!\s+d[ée]l[ée]gu)(?!\s+(?:de|du|des)\s)",
    re.IGNORECASE,
)


def _mouvement_par_la_fonction(etat: _Etat, n: int, t: str) -> str | None:
    """La ligne d'un mouvement dont l'auteur est « M. le Maire » (ou le président), réécrite
    avec le nom du seul élu que le document dit titulaire de cette fonction (dans la liste des
    présents ou la phrase de présidence) ; ``None`` si ce n'est pas un mouvement ou si le
    titulaire n'est pas dit, ou pas d'un seul."""
    fonction = _FONCTION_EN_TETE.match(t)
    if fonction is None:
        return None
    cle_fonction = "maire" if "maire" in fonction.group(1).lower() else "president"
    titulaires = {e.cle: e for e in etat.titulaires_fonction.get(cle_fonction, [])}
    if len(titulaires) != 1:
        return None
    [titulaire] = titulaires.values()
    nomme = f"{titulaire}{t[fonction.end() :]}"
    if r.mouvement(nomme) is None and _QUITTE_SEANCE.search(nomme) is None:
        return None
    etat.constat(
        "extrait.mouvement-fonction",
        Severite.INFO,
        n,
        f"« {t[:60]} » : {titulaire}, que le document dit {fonction.group(1).lower()}.",
    )
    return nomme


def _titulaires_dans_le_texte(etat: _Etat, membres: _Membres, cle_fonction: str) -> dict[str, Elu]:
    """Les personnes que le document dit titulaires de la fonction (« 1 vice-president »), hors
    de la liste des présents : toutes celles qu'il nomme ainsi."""
    titulaires: dict[str, Elu] = {}
    for trouve in _NOM_PUIS_FONCTION.finditer(etat.texte[:100_000]):
        if _cle_fonction_ordinale(cle_texte(trouve.group(2)).strip()) != cle_fonction:
            continue
        if (elu := lire_personne(trouve.group(1))) is not None:
            titulaires.setdefault(membres.cle(elu), elu)
    return titulaires


def _president_par_sa_fonction(etat: _Etat, membres: _Membres) -> Elu | None:
    """« La séance est ouverte par M. le Maire » et « Présents : M. Hervé BOYER, Maire, … » :
    le président est le seul présent que la liste dit maire (ou président)."""
    assert etat.president is not None
    fonction = _PRESIDENT_PAR_FONCTION.match(cle_texte(etat.president[1]))
    if fonction is None:
        return _president_par_son_rang(etat, membres)
    cle_fonction = "maire" if "maire" in fonction.group(0) else "president"
    titulaires = {membres.cle(e): e for e in etat.titulaires_fonction.get(cle_fonction, [])}
    source = "la liste des présents dit"
    if not titulaires:
        titulaires = {membres.cle(e): e for e in _convoquant(etat, cle_fonction)}
        source = "la convocation dit"
    fonction_dite = "maire" if cle_fonction == "maire" else "président"
    return _seul_titulaire(etat, membres, titulaires, "sa fonction", f"{source} {fonction_dite}")


def _president_par_son_rang(etat: _Etat, membres: _Membres) -> Elu | None:
    """« sous la présidence du 1er Adjoint » et « Présents : M. X, 1er Adjoint, … » : le seul
    présent que la liste dit titulaire de ce rang (c'est dit) ; ``None`` sinon."""
    assert etat.president is not None
    cle_fonction = _cle_fonction_ordinale(cle_texte(etat.president[1]).strip(" ."))
    titulaires = {membres.cle(e): e for e in etat.titulaires_fonction.get(cle_fonction or "", [])}
    return _seul_titulaire(etat, membres, titulaires, "son rang", "la liste des présents nomme ainsi")


def _seul_titulaire(etat: _Etat, membres: _Membres, titulaires: dict[str, Elu], par: str, que: str) -> Elu | None:
    """Le président désigné par ``par`` (sa fonction, son rang) : le seul titulaire, dit ;
    ``None`` s'il n'y en a pas exactement un."""
    assert etat.president is not None
    if len(titulaires) != 1:
        return None
    [titulaire] = titulaires.values()
    etat.constat(
        "extrait.president-fonction",
        Severite.INFO,
        etat.president[0],
        f"Président désigné par {par} (« {etat.president[1]} ») : {titulaire}, que {que}.",
    )
    return _resoudre(membres, str(titulaire)) or titulaire


# « … s'est réuni sur convocation de Monsieur MARTEL, Président, en date du … », « convoqué par
# Mme X, Maire » : la personne qui convoque, et sa fonction
_CONVOQUANT = re.compile(
    r"\b(?:sur\s+(?:la\s+)?convocation\s+(?:de|du)|convoquee?s?\s+par)\s+"
    r"((?:monsieur|madame|m\.|mme)\s+[^,;()]{2,50}?)\s*,\s*(?:son\s+|sa\s+)?(maire|presidente?)\b"
)


def _convoquant(etat: _Etat, cle_fonction: str) -> list[Elu]:
    """Les personnes que le début du texte dit convoquer la séance en qualité de maire (ou de
    président) : titulaires de la fonction, quand aucune liste ne les nomme."""
    debut = etat.texte[:20_000]
    if "onvo" not in debut:
        return []
    plat = minuscules_meme_longueur(base_meme_longueur(debut))
    trouves = (t for t in _CONVOQUANT.finditer(plat) if t.group(2).startswith(cle_fonction))
    return [e for t in trouves if (e := lire_personne(debut[t.start(1) : t.end(1)])) is not None]


def _president_de_la_liste(etat: _Etat) -> Elu | None:
    """Aucune phrase ne dit qui préside, mais la liste des présents d'un comité ou d'un
    conseil communautaire écrit « M. Roger PAILLARD, Président » (ou « M. X (Président) ») :
    ce seul présent dit président (constat ``extrait.president-fonction``). Le maire dit dans
    la liste (« M. X, Maire, … ») ne l'est pas : le document ne dit pas qu'il préside
    (documents 106, 110, 123, 483, 486)."""
    presents = {e.cle for _, e in etat.presents}
    titulaires = {e.cle: e for e in etat.titulaires_fonction.get("president", [])}
    if len(titulaires) != 1 or not set(titulaires) <= presents:
        return None
    [titulaire] = titulaires.values()
    etat.constat(
        "extrait.president-fonction",
        Severite.INFO,
        0,
        f"Aucune phrase ne dit la présidence : {titulaire}, que la liste des présents dit "
        "président, est lu comme président de séance.",
    )
    return titulaire


def _verifier_lignes(nombre: int, lignes_max: int) -> None:
    if nombre > lignes_max:
        raise TexteTropLong(
            f"texte trop long ({nombre} lignes non vides, au plus {lignes_max} permises ; "
            "voir Limites.lignes_max) : rien n'a été lu."
        )


# « Objet : Titre N° interne de l'acte : 2022-07 », « Objet : Titre – N° 2016-031 » : le numéro
# écrit après le titre (à la fin de la ligne quand il suit un tiret) ; au bout de la ligne de
# l'objet d'un logiciel de mairie, « Titre      N° 2014-045 » (un numéro composé, jamais le
# « N° 3 » d'une décision modificative) ou le numéro de l'acte « Titre - DE_2019_012 »
_NUMERO_INTERNE = re.compile(
    r"\s*(?:\bN\s*°\s*(?:interne\s+)?de\s+l'acte\s*:?\s*([0-9][\w./-]{0,20})"
    r"|\s[–-]\s+N\s*°\s*([0-9][\w./-]{0,20})(?=\s*$)"
    # « Objet : Titre – délibération n° 2017-15 »
    r"|\s[–-]\s+(?:d[ée]lib[ée]ration|dcm)\s+N\s*°\s*([0-9][\w./-]{0,20})(?=\s*$)"
    r"|\s+N\s*°\s*(\d{2,4}[-./_]\d[\w./-]{0,16})(?=\s*$)"
    r"|\s[–-]\s+((?:[A-Z]{1,4}_)?\d{2,4}_\d{1,5})(?=\s*$))",
    re.I,
)
_NUMERO_D_ACTE_DANS_LE_FLUX = re.compile(r"\s[–-]\s+((?:[A-Z]{1,4}_)?\d{4}_\d{1,5})(?:\s+|$)")
_RUBRIQUE = re.compile(
    r"\s*(rapporteurs?|rapporteuses?|interventions?|d[ée]cisions?|expos[ée]|discussion)\s*:\s*",
    re.I,
)
_LIBELLE_POINT = re.compile(r"\s*(?:Point|POINT|Question|QUESTION|Dossier|DOSSIER)(?:\s+n\s*°)?\s*")
_NOMBRE_SEUL = re.compile(r"\s*\d{1,3}\s*")
_PUCE_TITRE = re.compile(r"^\s*[-–•]\s+(?=\S)")
_DEBUTS_PUCE_TITRE = debuts_requis(_PUCE_TITRE, "-–•", blancs=True)


def _titre_avant_numero(etat: _Etat, texte: str, suivante: str) -> bool:
    """« - Titre du point » puis « Délibération n°2017-71 » seul sur la ligne suivante : le
    titre à puce est l'objet du point numéroté qui le suit (gardé pour lui)."""
    puce = _PUCE_TITRE.match(texte) if commence_par_un(texte, _DEBUTS_PUCE_TITRE, True) else None
    if puce is None or len(texte) > 300 or not suivante:
        return False
    numero = r.numero_deliberation(suivante.strip())
    if numero is None or numero[2] or numero[3]:
        return False
    etat.titre_puce = texte[puce.end() :].strip()
    return True


# « Nathalie VERNHES (1).Corinne MONTEILS a été » : l'appel d'un renvoi et son texte, collés
_RENVOI_COLLE = re.compile(r"(?<=\S)\s*(?=\(\d{1,2}\)\s*\.\s*[A-ZÀ-Ý])")
# la phrase de présidence coupée en fin de ligne
_PRESIDENCE_COUPEE = re.compile(
    r"\bsous\s+la(?:\s+pr[ée]sidence(?:\s+de(?:\s+(?:M\.|Mme|Monsieur|Madame))?)?)?\s*$", re.I
)
# « Présidée » / « par Monsieur le Maire, R. X » : le participe seul sur sa ligne
_PRESIDEE_SEULE = re.compile(r"\s*(?:s[ée]ance\s+)?pr[ée]sid[ée]e\s*", re.I)
_FINS_PRESIDENCE_COUPEE = fins_requises(_PRESIDENCE_COUPEE, "aAeErR.", blancs=True)
# « … Le Maire, M. X, ayant constaté que le » / « quorum est atteint, déclare la séance
# ouverte. » : la phrase d'ouverture coupée dans son incise, le verbe sur la ligne suivante
_OUVERTURE_COUPEE = re.compile(
    r"\b(?:le|la)\s+(?:pr[ée]sidente?|maire)\s*,\s*(?:M\.|Mme|Monsieur|Madame)\s+[^,;]{2,50}?,\s*"
    r"(?:ayant|apr[èe]s\s+avoir)\s+(?:constat[ée]|v[ée]rifi[ée])[^,;.]{0,60}$",
    re.I,
)


def _ouverture_coupee(texte: str) -> bool:
    """La ligne finit dans l'incise d'une phrase d'ouverture (« …, ayant constaté que le »)."""
    return (
        len(texte) < 600
        and ("constat" in texte or "rifi" in texte)
        and _OUVERTURE_COUPEE.search(texte.rstrip(), max(len(texte) - 200, 0)) is not None
    )
# le texte d'un renvoi inachevé en fin de ligne (« … à partir de la », « … a été »)
# (pas « (9) Absents excusés : A, B » : le compte d'une liste devant son intitulé)
_RENVOI_OUVERT = re.compile(r"\(\d{1,2}\)\s*\.?\s*(?![^():]{2,60}:)[A-ZÀ-Ý][^()]*[^.\s]$")


# « …, MATHIEU Gilles, TARDIF » / « Hélène, COSTES Julien, … » : dans une liste « NOM Prénom »,
# le dernier NOM de la ligne, seul, et son prénom au début de la suivante
_NOM_PRENOM_PUIS_NOM_SEUL = re.compile(rf"{MOTIF_NOM}\s+{MOTIF_PRENOM}\s*[,;]\s*{MOTIF_NOM}$")
_PRENOM_OUVRE_LA_LIGNE = re.compile(rf"\s*({MOTIF_PRENOM})\s*(?:[,;.]|$|\s+(?:et|[-–])\s)")


def _nom_puis_prenom_coupe(avant: str, suivante: str) -> bool:
    """``avant`` finit par un NOM seul après des « NOM Prénom », et ``suivante`` s'ouvre sur un
    prénom usuel seul : la personne est coupée entre les deux lignes."""
    if not avant[-1:].isupper() or " " in avant[max(avant.rfind(","), avant.rfind(";")) + 1 :].strip():
        return False  # (le dernier élément n'est pas un mot seul : l'expression n'est pas essayée)
    return (
        _NOM_PRENOM_PUIS_NOM_SEUL.search(avant, max(len(avant) - 80, 0)) is not None
        and (prenom := _PRENOM_OUVRE_LA_LIGNE.match(suivante)) is not None
        # (un prénom peu courant, « Déborah », aussi : tout mot seul qui n'est ni une fonction
        # ni un intitulé)
        and (prenom_usuel(prenom.group(1)) or not est_fonction(prenom.group(1)))
        and r.section(suivante) is None
    )


# « …, BEHENCOURT : Philippe » / « PLAISANT BERNATRE : … » : le prénom en fin de ligne après
# « : » ou « , », son NOM en capitales au début de la suivante
# (« … - Nicole » / « MOREAU-VIDAL - … », « … - MM. Paul » / « MOREL - … »)
_PRENOM_SEUL_EN_FIN = re.compile(
    # (« - M. Jean Pierre » / « LASSALLE » : un prénom composé sans trait d'union, après la civilité)
    rf"(?:[:,]|\s[-–]|\b(?:MM|Mmes|M|Mme|Mlle)\.?)\s*({MOTIF_PRENOM}|(?<=\.\s){MOTIF_PRENOM}\s+{MOTIF_PRENOM})$"
)
# (le NOM, puis la fin de la personne : séparateur, « par », « à », ou la commune suivante et
# ses deux-points ; pas « PROCÈS-VERBAL DU CONSEIL … », une autre colonne)
_NOM_OUVRE_LA_LIGNE = re.compile(
    rf"\s*{MOTIF_NOM}(?:\s*(?:[,;.]|$)|\s+(?:par|à|a|et|[-–])\s|\s+{MOTIF_NOM}(?:\s+{MOTIF_NOM})?\s*:)"
)


def _prenom_puis_nom_coupe(avant: str, suivante: str) -> bool:
    """``avant`` finit par un prénom usuel seul (après « : » ou « , ») et ``suivante`` s'ouvre
    sur un NOM en capitales : la personne est coupée entre les deux lignes."""
    return (
        avant[-1:].islower()
        and (prenom := _PRENOM_SEUL_EN_FIN.search(avant, max(len(avant) - 40, 0))) is not None
        # (après une civilité, « - MM. Riade » / « BENABEDRABOU - … », un prénom peu courant aussi)
        and (
            all(prenom_usuel(p) for p in prenom.group(1).split())
            # (après une civilité, un prénom peu courant aussi ; deux mots : deux prénoms usuels)
            or (" " not in prenom.group(1) and avant[prenom.start() : prenom.start(1)].strip()[:1] == "M")
        )
        and _NOM_OUVRE_LA_LIGNE.match(suivante) is not None
        and r.section(suivante) is None
    )


def _coupee(etat: _Etat, texte: str) -> bool:
    """Une ligne de liste dont le dernier nom continue sur la ligne suivante."""
    if (
        len(texte) < 600
        and texte[-1:] in ".eru"  # (« M. », « Mme », « Monsieur », « Madame » : la fin, regardée d'abord)
        and _CIVILITE_EN_FIN.search(texte, max(len(texte) - 12, 0))
        and (etat.section is not None or r.section(texte) is not None)
    ):
        return True  # « … - Mme. Julie X - M. » / « Marc Y. », « … à Monsieur » / « Jean Z » : la civilité seule
    if etat.section is not None and etat.section.nom == "procurations" and len(texte) < 200 and "\t" not in texte and (
        _NOM_PUIS_A_EN_FIN.search(texte) or _non_vide_suivante(etat).strip() in ("à", "a")
    ):
        return True  # « Claire X » / « à » / « Paul Y » : un pouvoir sur trois lignes
    if (
        len(texte) < 600
        and (
            _nom_puis_prenom_coupe(texte, etat.suivante)
            or (
                texte[-1:].islower()  # (le prénom seul en fin de ligne, regardé d'abord)
                and _PRENOM_SEUL_EN_FIN.search(texte, max(len(texte) - 40, 0)) is not None
                and _prenom_puis_nom_coupe(texte, _non_vide_suivante(etat))  # (interligne double)
            )
        )
        and (etat.section is not None or r.section(texte) is not None)
    ):
        return True  # « …, MATHIEU Gilles, TARDIF » / « Hélène, COSTES Julien »
    if (
        texte[-1:].isdigit()
        and _SUITE_DE_VOTE.match(etat.suivante)
        and _VOTE_COUPE.search(texte, max(len(texte) - 60, 0))
        and etat.courante is not None
    ):
        return True  # « … 2 voix contre et 2 » / « abstentions, approuve … »
    if "(" in texte and len(texte) < 600 and _RENVOI_OUVERT.search(texte) is not None:
        return True  # le texte d'un renvoi continue sur la ligne suivante
    if _mouvement_coupe(texte, etat.suivante):
        return True  # « … quitte la séance après le vote de la délibération » / « n° 2017-42 … »
    if _pouvoir_coupe(texte.rstrip(), etat.suivante):
        return True  # « … quitte la séance et donne » / « procuration à Mme Y. »
    if len(texte) <= 40 and _organe_puis_collectivite(texte, etat.suivante):
        return True  # « CONSEIL COMMUNAUTAIRE » / « DE LA COMMUNAUTE DE COMMUNES DU X »
    if etat.date is None and _titre_coupe_avant_la_date(texte.rstrip(), etat.suivante):
        return True  # « Compte rendu du Conseil de Communauté » / « du 18 juillet 2011 à … »
    if texte[-1:] in "éeÉE" and _nom_d_epci_coupe(texte.rstrip(), _non_vide_suivante(etat)):
        return True  # « … le Conseil de Communauté de la Communauté » / « de Communes du X … »
    if (
        texte.endswith(("le", "la"))
        and etat.section is not None
        and _FONCTION_COUPEE.search(texte, max(len(texte) - 30, 0)) is not None
    ):
        return True  # « … à Mme la » / « 1re adjointe ; … »
    if _retrait_coupe(texte, etat.suivante):
        return True  # « … est sorti de la salle » / « pendant l'examen du dossier suivant … »
    if _ouverture_coupee(texte):
        return True  # « Le Maire, M. X, ayant constaté que le » / « quorum est atteint, … »
    if (
        len(texte) <= _SECRETAIRE_SEUL_MAX
        and _secretaire_a_la_ligne(texte, _non_vide_suivante(etat))
        # (« Président : » / « Secrétaire : » / « M. X » / « Mme Y » : une colonne d'intitulés
        # suivie de celle des valeurs, la valeur qui suit n'est pas celle du secrétaire)
        and _INTITULE_SEUL.fullmatch(etat.derniere_ligne) is None
    ):
        return True  # « Secrétaire de séance : » / « Mme Laetitia GIRARD »
    if len(texte) < 600 and (
        (
            finit_par_un(texte.rstrip(), _FINS_PRESIDENCE_COUPEE)
            and _PRESIDENCE_COUPEE.search(texte, max(len(texte) - 40, 0))
        )
        or (len(texte) <= 20 and _PRESIDEE_SEULE.fullmatch(texte) is not None)
        or (texte.endswith("-") and texte[-2:-1].isupper() and "presid" in cle_texte(texte))
    ):
        # « … sous la » / « présidence de Monsieur X, Président », « … présidence de M. X
        # BOUSQUET- » / « ROUVIERE, Maire » : la présidence continue sur la ligne suivante
        return True
    if (
        texte[-1:].isupper()
        and len(texte) < 600
        and (prenom := _PRENOM_EN_CAPITALES_FINAL.search(texte, max(len(texte) - 40, 0)))
        and prenom_usuel(prenom.group(1))
        and (etat.section is not None or r.section(texte) is not None)
    ):
        return True  # « PRÉSENTS : …, MME SYLVIE » / « ARNAUD, M. DIDIER CHAMBON »
    return (
        len(texte) < 600
        and (
            ("(" in texte and texte.count("(") > texte.count(")"))
            # le motif finit la ligne et part de la dernière virgule (ou du début) : une seule
            # tentative au lieu d'une recherche à chaque position
            or (
                finit_par_un(texte, _FINS_COUPE)
                and _COUPE.match(texte, max(texte.rfind(","), texte.rfind(";"), texte.rfind("  "), 0))
                is not None
            )
            or (
                finit_par_un(texte, _FINS_TRAIT_FINAL)
                and _TRAIT_FINAL.search(texte, max(len(texte) - 2, 0)) is not None
            )
        )
        and (etat.section is not None or r.section(texte) is not None)
    )


def _recoller(avant: str, texte: str) -> str | None:
    """La ligne recollée à la précédente, ou ``None`` si elle ne la continue pas."""
    propre = texte.strip()
    if not propre:
        return None
    if (propre in ("à", "a") and "\t" not in avant) or (
        len(avant) < 200 and _NOM_PUIS_A_EN_FIN.search(avant) and propre[:1].isupper()
    ):
        return f"{avant.rstrip()} {propre}"  # « Claire X » / « à » / « Paul Y »
    if propre[:1].isupper() and _CIVILITE_EN_FIN.search(avant, max(len(avant) - 12, 0)):
        return f"{avant.rstrip()} {propre}"  # « … - M. » / « Marc GUICHOT. »
    if finit_par_un(avant, _FINS_TRAIT_FINAL) and _TRAIT_FINAL.search(avant) and propre[:1].isupper():
        return avant + propre  # « Jean- » / « Claude DEBORD »
    if (avant.count("(") > avant.count(")") and r.section(propre) is None) or _SUITE_NOM.match(texte):
        # (une parenthèse jamais fermée ne recolle pas l'intitulé suivant : « … (pouvoir à Y » /
        # « Absents non représentés : Z »)
        return f"{avant} {propre}"
    if _nom_puis_prenom_coupe(avant, propre) or _prenom_puis_nom_coupe(avant, propre):
        return f"{avant} {propre}"
    if _RENVOI_OUVERT.search(avant) is not None and not propre.startswith("(") and r.section(propre) is None:
        # (« Etaient présents : (14) M. X, … » / « Etaient absents : (5) … » : un intitulé ouvre
        # sa ligne, le compte entre parenthèses n'était pas un renvoi)
        return f"{avant} {propre}"
    if avant.endswith(("le", "la")) and _FONCTION_COUPEE.search(avant, max(len(avant) - 30, 0)):
        return f"{avant} {propre}"
    if (
        finit_par_un(avant.rstrip(), _FINS_PRESIDENCE_COUPEE) and _PRESIDENCE_COUPEE.search(avant) is not None
    ) or (len(avant) <= 20 and _PRESIDEE_SEULE.fullmatch(avant) is not None):
        return f"{avant} {propre}"
    if avant[-1:].isdigit() and _SUITE_DE_VOTE.match(propre):
        return f"{avant} {propre}"
    if _mouvement_coupe(avant, propre) or _ouverture_coupee(avant) or _retrait_coupe(avant, propre):
        return f"{avant} {propre}"
    if _pouvoir_coupe(avant.rstrip(), propre):
        return f"{avant.rstrip()} {propre}"
    if _nom_d_epci_coupe(avant.rstrip(), propre):
        return f"{avant.rstrip()} {propre}"
    if _titre_coupe_avant_la_date(avant.rstrip(), propre):
        return f"{avant.rstrip()} {propre}"
    if len(avant) <= 40 and _organe_puis_collectivite(avant, propre):
        return f"{avant.rstrip()} {propre}"
    if len(avant) <= _SECRETAIRE_SEUL_MAX and _secretaire_a_la_ligne(avant, propre):
        return f"{avant.strip()} {propre}"
    return None


# « Secrétaire de séance : » seul sur sa ligne, le nom sur la suivante (colonne d'un PDF)
_SECRETAIRE_SEUL_MAX = 60
_INTITULE_SEUL = re.compile(r"\s*[^\s:][^:]{0,40}:\s*")


# « Claire HAURAT à » : un nom, puis « à » seul en fin de ligne (le mandataire à la ligne)
_NOM_PUIS_A_EN_FIN = re.compile(r"[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’\-]*\s+[àa]\s*$")
# une civilité seule en fin de ligne, après un séparateur ou « à » (son nom est à la ligne)
# (pas « DUCLOS M. » : après un NOM, « M. » est l'initiale de son prénom)
_CIVILITE_EN_FIN = re.compile(r"(?:^|[,;:–-]\s*|\s[àa]\s+)(?:M\.|Mme\.?|Mlle\.?|Monsieur|Madame)\s*$")


def _non_vide_suivante(etat: _Etat) -> str:
    """La ligne qui suit, ou la suivante non vide après une ou deux lignes vides (« Prénom » /
    vide / « NOM »)."""
    if etat.suivante.strip():
        return etat.suivante
    for rang in (etat.rang_ligne + 2, etat.rang_ligne + 3):
        if rang < len(etat.lignes) and etat.lignes[rang].texte.strip():
            return etat.lignes[rang].texte
    return etat.suivante


def _secretaire_a_la_ligne(avant: str, suivante: str) -> bool:
    """``avant`` n'est que l'intitulé du secrétaire et ``suivante`` ne nomme que lui."""
    return (
        r.intitule_de_secretaire_seul(avant)
        and 0 < len(suivante.strip()) <= 80
        and r.section(suivante) is None
        and r.secretaire(f"{avant.strip()} {suivante.strip()}") is not None
    )


# « M. X quitte la séance après le vote de la délibération » / « n° 2017-DE-42 et donne
# pouvoir à M. Y » : la phrase d'un départ (ou d'une arrivée) coupée avant le numéro du point
_MOUVEMENT_COUPE = re.compile(
    r"\b(?:quitt|rejoin|arriv|sort|part|retir|depart)\w*\b[^.;]{0,120}?"
    r"\b(?:deliberation|point|question|rapport|dossier)$"
)
_NUMERO_EN_TETE = re.compile(r"\s*(?:n\s*[°º]|no\.?\s|num[ée]ro)\s*\d", re.I)


# un titre de séance sans sa date (« Compte rendu du Conseil de Communauté », « PROCÈS-VERBAL DE
# LA SÉANCE DU CONSEIL MUNICIPAL »), puis « du 18 juillet 2011 … » à la ligne
_JOURS_SEMAINE = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_TITRE_DE_SEANCE_SANS_DATE = re.compile(
    r"\s*(?i:compte[\s-]rendu|proc[èe]s[\s-]verbal|s[ée]ance|r[ée]union)\b[^.:;\d]{0,60}"
    r"\b(?i:conseil|comit[ée]|communaut[ée]|bureau|assembl[ée]e)\b[^.:;\d]{0,40}$"
)
_DATE_EN_TETE_DE_LIGNE = re.compile(rf"\s*(?i:du|le)\s+(?:(?i:{_JOURS_SEMAINE})\s+)?\d{{1,2}}(?:er)?\s+[A-Za-zéûÉÛ]+\s+\d{{4}}\b")


_ORGANE_SEUL = re.compile(r"\s*(?i:conseil\s+communautaire|conseil\s+de\s+communaut[ée]|comit[ée]\s+syndical|conseil\s+syndical)\s*")
_DE_LA_COLLECTIVITE = re.compile(
    r"\s*(?i:de\s+la\s+communaut[ée]\s|du\s+syndicat\s|de\s+la\s+m[ée]tropole\s|de\s+l['’]\s*agglom[ée]ration\s)"
)


def _organe_puis_collectivite(avant: str, suivante: str) -> bool:
    """« CONSEIL COMMUNAUTAIRE » seul sur sa ligne, « DE LA COMMUNAUTE DE COMMUNES DU X » sur la
    suivante : le titre coupé par la mise en page."""
    return _ORGANE_SEUL.fullmatch(avant) is not None and _DE_LA_COLLECTIVITE.match(suivante) is not None


def _titre_coupe_avant_la_date(avant: str, suivante: str) -> bool:
    """La ligne est un titre de séance sans date, la suivante s'ouvre sur « du <date> »."""
    return (
        len(avant) <= 120
        and _DATE_EN_TETE_DE_LIGNE.match(suivante) is not None
        and _TITRE_DE_SEANCE_SANS_DATE.match(avant) is not None
    )


_COMMUNAUTE_EN_FIN = re.compile(r"\b(?i:communaut[ée])$")
_SUITE_DE_COMMUNAUTE = re.compile(r"\s*(?i:de\s+communes|d['’]\s*agglom[ée]ration|urbaine)\b")


def _nom_d_epci_coupe(avant: str, suivante: str) -> bool:
    """La ligne finit sur « Communauté », la suivante commence par « de Communes », «
    d'Agglomération » : le nom de l'intercommunalité coupé par la mise en page."""
    return (
        len(avant) < 600
        and _COMMUNAUTE_EN_FIN.search(avant, max(len(avant) - 12, 0)) is not None
        and _SUITE_DE_COMMUNAUTE.match(suivante) is not None
    )


def _retrait_coupe(avant: str, suivante: str) -> bool:
    """La ligne dit un retrait sans finir sa phrase ; la suivante le rapporte au point suivant."""
    return (
        len(avant) < 300
        and avant.rstrip()[-1:].isalpha()
        and "suivant" in suivante
        and contient_un(cle_t := cle_texte(avant), _MOTS_RETRAIT)
        and _RETRAIT.search(cle_t) is not None
        and _POUR_LE_POINT_SUIVANT.search(cle_texte(suivante.split(".")[0])) is not None
    )


# « … quitte la séance et donne » / « procuration à Mme Y. » : le pouvoir donné en partant,
# coupé entre le verbe et son objet
_DONNE_FINAL = re.compile(r"\b(?:donne|donné|donnant)$")
_POUVOIR_EN_TETE = re.compile(r"\s*(?:pouvoir|procuration|d[ée]l[ée]gation)\s", re.I)


def _pouvoir_coupe(avant: str, suivante: str) -> bool:
    """La ligne finit sur « donne » ; la suivante commence par « procuration », « pouvoir ».
    Ou la ligne finit sur « … et X qui » (« qui a ») et la suivante dit le pouvoir (« a donné
    pouvoir à M. Y. »)."""
    if len(avant) < 300 and avant.endswith((" qui", " qui a", " qui avait")):
        return _POUVOIR_APRES_QUI.match(suivante) is not None
    return (
        len(avant) < 300
        and avant.endswith(("donne", "donné", "donnant"))
        and "quitt" in avant
        and _DONNE_FINAL.search(avant) is not None
        and _POUVOIR_EN_TETE.match(suivante) is not None
    )


# « … et Paul X qui » / « a donné pouvoir à M. Y. » : la suite du pouvoir, coupé après le relatif
_POUVOIR_APRES_QUI = re.compile(r"\s*(?:a\s+|avait\s+)?donn[ée]\s+(?:pouvoir|procuration)\b", re.I)


def _mouvement_coupe(avant: str, suivante: str) -> bool:
    """La ligne finit une phrase de mouvement devant le numéro du point, sur la suivante."""
    return (
        len(avant) < 300
        and avant.rstrip()[-1:].isalpha()
        and _NUMERO_EN_TETE.match(suivante) is not None
        and _MOUVEMENT_COUPE.search(cle_texte(avant.rstrip())) is not None
    )


# un vote coupé en fin de ligne : le dernier nombre sur une ligne, son libellé sur la suivante
_VOTE_COUPE = re.compile(r"\b(?:voix|pour|contre|abstentions?)\b[^.;:]*\s\d{1,3}$", re.I)
_SUITE_DE_VOTE = re.compile(r"\s*(?:abstentions?|voix|pour|contre|bulletins?)\b(?!\s*:)", re.I)


_TRAIT_FINAL = re.compile(r"[A-Za-zÀ-ÿ]-$")
_FINS_TRAIT_FINAL = fins_requises(_TRAIT_FINAL, "-")


# Une ligne de liste qui finit par un prénom (« …, Francine ») et une ligne qui commence par
# un NOM en capitales (« DELORME, Jean… ») : le nom a été coupé par la mise en page.
# « …, Agnès LE » / « GOFF, … » : le prénom et la particule d'un nom coupé ; « … donne pouvoir
# à Florence » / « GIRARDEAU, … » : le prénom du mandataire
_COUPE = re.compile(
    # (« …, MM. Christian » / « MOUGIN, … » : la civilité de groupe devant le prénom)
    # (« • M. Lucien » / « POTIER, 5e Adjoint » : une personne par puce)
    # (« M. CHAUVEAU Thierry      Mme Sylvie » / « LEMOINE-PASQUIER » : la dernière colonne d'une
    # rangée après un large blanc)
    r"(?:^|[,;]|\s{2})\s*(?:[-–•▪◦‣∙·]\s+)?(?:[^,;]{0,80}?\s(?:à|par)\s+)?(?:(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame|Messieurs|Mesdames)\s+)?"
    # (« Jérôme », « Françoise », « Gaël » : toutes les lettres accentuées d'un prénom)
    r"[A-ZÉÈ][a-zàâäçéèêëîïôöûüÿ]+(?:-[A-ZÉÈ][a-zàâäçéèêëîïôöûüÿ]+)?"
    # (« Fabrice VAN DER » / « LINDEN, … » : une particule de deux mots)
    r"(?:\s+(?:LE|LA|DE|DU|DES|DI|DA|VAN|VON|(?:VAN|VON)\s+(?:DER|DEN|DE)|DE\s+LA|DEL|DELLA|DOS|DAS))?$"
)
_FINS_COUPE = fins_requises(_COUPE, "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöûüÿEAUSINRL")
# une civilité et un prénom usuel en capitales en fin de ligne : le NOM suit sur la suivante
_PRENOM_EN_CAPITALES_FINAL = re.compile(
    r"(?:^|[\s,;:])(?:M\.|MME|MLLE|MONSIEUR|MADAME)\s+([A-ZÉÈÀÂÎÔÛÇË][A-ZÉÈÀÂÎÔÛÇË\-]+)$"
)
# (« BENSAÏD » : toutes les capitales accentuées ; « PELLETIER ; de M. X à … » : le pouvoir
# suivant après un point-virgule)
_SUITE_NOM = re.compile(
    r"^\s*[A-ZÉÈÀÂ][A-ZÉÈÀÂÎÔÛÇÏËÜÖ'\-]+(?:\s+[A-ZÉÈÀÂ][A-ZÉÈÀÂÎÔÛÇÏËÜÖ'\-]+)*\s*"
    # (« BLANCHARD à Mme DUVAL ; … » : la fin du nom d'un mandant, puis son mandataire)
    r"(?:,|;|\.?$|\(|\s+(?:et|[-–]|donne|a\s+donn[ée]|à)\s)"
)
# « … ; Mme Marion LECLERC à Mme la » / « 1re adjointe ; … » : la fonction du mandataire coupée
_FONCTION_COUPEE = re.compile(r"\s(?:à|par)\s+(?:M\.|Mme|Monsieur|Madame)\s+(?:le|la)$")


_PAS_AU_VOTE = re.compile(r"pas\s+(?:part\s+)?au\s+vote")
_PONCTUATION_FINALE = re.compile(r"[,;:]+$")


def _retrait_dans_le_premier_titre(etat: _Etat, n: int, t: str) -> None:
    """« 2018-21 | Compte administratif 2017 (le Maire s'étant retiré) | 13 | 0 | 0 » : la ligne
    qui ouvre le premier point dit un retrait (aucun point n'était ouvert pour le lire)."""
    if contient_un(cle_t := cle_texte(t), _MOTS_RETRAIT) and _RETRAIT.search(cle_t):
        etat.constat(
            "extrait.retrait-non-lu",
            Severite.AVERTISSEMENT,
            n,
            f"Un membre se retire pendant le point qui s'ouvre : « {t[:80]} » ; "
            "le décompte des votants de ce point n'est pas vérifiable.",
        )


_NOM_SEUL_EN_LIGNE = re.compile(
    r"\s*([A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’\-]+(?:\s+[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’\-]+)*)\s*[.;]?\s*$"
)


def _mandataire_poursuivi(etat: _Etat, pouvoir: re.Match[str], t: str) -> str:
    """Le mandataire d'un pouvoir donné en partant ; « … donne pouvoir à M. Julien » en fin de
    ligne et « ANTOINE. » seul sur la suivante : son NOM renvoyé à la ligne."""
    mandataire = pouvoir.group("mandataire").strip()
    if (
        t[pouvoir.end() :].strip(" .;")
        or _CAPITALES_NOM.search(mandataire)
        or (suite := _NOM_SEUL_EN_LIGNE.fullmatch(etat.suivante)) is None
    ):
        return mandataire
    return f"{mandataire} {suite.group(1)}"


# « Mme X arrive en séance (17 présents, 19 votants). », « M. Y rejoint la séance » : une arrivée
# sans numéro de point, lue à sa place dans le point en cours
_ARRIVEE_EN_SEANCE = re.compile(
    r"\s+(?:arrive|arrivent|(?:est|sont)\s+arriv[ée]e?s?|rejoint|rejoignent|entre|entrent"
    r"|fai(?:t|ent)\s+(?:son|leur)\s+entr[ée]e)\s+"  # « M. X fait son entrée en séance à 19 h 05 »
    r"(?:en\s+s[ée]ance|la\s+s[ée]ance|dans\s+la\s+salle|l['’]assembl[ée]e)\b"
    # « Mme X prend place dans l'assemblée », « M. Y prend place » (seul, en fin de phrase)
    r"|\s+(?:prend|prennent)\s+place(?:\s+(?:en\s+s[ée]ance|dans\s+l['’]assembl[ée]e|dans\s+la\s+salle"
    r"|parmi\s+(?:ses|leurs)\s+coll[èe]gues)\b|\s*(?:[.;]|$))"
    # « M. X arrive pendant la présentation de ce point ; il participe au vote. »
    # (« Mme X arrive à 20 h 55, avant la présentation de ce point ; elle vote … »)
    r"|\s+arrivee?(?:\s+(?:à|a)\s+\d{1,2}\s*h(?:\s*\d{2})?)?\s*,?\s+(?:pendant|au\s+cours\s+de|lors\s+de|avant)\s+"
    r"(?:la\s+pr[ée]sentation|l['’]examen|la\s+discussion)\s+(?:de\s+ce\s+point|du\s+pr[ée]sent\s+point)\b"
    # « Mme X arrive à 20 h 55. » (seul dans sa phrase) : au point en cours
    r"|\s+arrivee?\s+(?:à|a)\s+\d{1,2}\s*h(?:\s*\d{2})?\s*(?:[.;]|$)"
    # « Mme X, arrivée en cours de séance, prend part au vote. »
    r"|\s*,\s*arriv[ée]e?s?\s+en\s+cours\s+de\s+s[ée]ance\s*,\s*(?:prend|prennent|participe|participent)\b",
    re.I,
)
# la fin de la phrase d'un mouvement, quand une autre la suit sur la ligne (« … ; il participe
# au vote. Le conseil approuve … Adopté : 6 pour »)
_FIN_DE_LA_PHRASE = re.compile(r"(?<=[a-zéèêàù)])\.\s+(?=[A-ZÉÈÀ])")
# « Arrivée de Mme X à 20 h 45. », « (Arrivée de Mme X) », « 21 h 10 : départ de M. Y. » : le
# mouvement dit par un nom, seul dans sa phrase, sans point ni pouvoir
_MOUVEMENT_NOMINAL = re.compile(
    r"^\s*\(?\s*(?:(?:à|a|vers)\s+)?(?:\d{1,2}\s*h\s*(?:\d{2})?\s*[:,–-]\s*)?"
    r"(?P<sens>arriv[ée]e|d[ée]part)\s+(?:de\s+|d['’]\s*)(?P<qui>[^,;:()]{3,60}?)"
    r"(?:\s+(?:à|a|vers)\s+\d{1,2}\s*h(?:\s*\d{2})?(?:\s*(?:min|mn))?)?"
    # « Arrivée de M. X à 18 h 40, avant l'examen de ce point. » : au point en cours
    r"(?:\s*,?\s*(?:avant|pendant|au\s+cours\s+de|lors\s+de)\s+(?:la\s+pr[ée]sentation|l['’]examen"
    r"|la\s+discussion|le\s+vote)\s+(?:de\s+ce\s+point|du\s+pr[ée]sent\s+point))?"
    # « Arrivée de Mme X ; son pouvoir à M. Y prend fin. » : le pouvoir qui tombe à l'arrivée
    r"(?:\s*[;,]\s*(?:son|sa|le|la)\s+(?:pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?)\s+"
    r"(?:donn[ée]e?\s+)?(?:à|a|au)\s+[^;()]{3,80}?\s+(?:prend\s+fin|tombe|cesse|devient\s+sans\s+objet))?"
    r"\s*\)?\s*\.?\s*$",
    re.I,
)


def _deja_vote(d: _Delib) -> bool:
    """Le point en cours est voté (zone du vote, issue ou voix lues) ou fini sans vote (« le
    conseil prend acte du rapport. ») : un mouvement lu ensuite vaut pour le point suivant."""
    return (
        d.zone == "vote"
        or d.resultat is not None
        or bool(d.votes)
        or any(_PRISE_D_ACTE.match(cle_texte(x)) for x in d.dispositif)
    )


def _constat_deduit(etat: _Etat, n: int, t: str, vote: bool, code: str, conclusion: str) -> None:
    """Le constat d'un mouvement sans numéro de point, rangé d'après le point en cours
    (``extrait.arrivee-deduite``, ``extrait.depart-deduit``)."""
    etat.constat(
        code,
        Severite.INFO,
        n,
        f"« {t[:80]} » " + ("après le vote" if vote else "pendant")
        + f" du point {len(etat.deliberations)} : {conclusion}.",
    )


def _arrivee_deduite(etat: _Etat, n: int, qui: str, phrase: str, vote: bool) -> None:
    """L'arrivée de ``qui`` au point en cours (au suivant s'il est déjà voté), dite par
    ``extrait.arrivee-deduite``."""
    rang = len(etat.deliberations) + (1 if vote else 0)
    etat.mouvements.append((n, r.Mouvement(qui, rang, None)))
    etat.arrivees_deduites.append(n)
    _constat_deduit(etat, n, phrase, vote, "extrait.arrivee-deduite", f"arrivée au point {rang}")


def _mouvement_nominal(etat: _Etat, n: int, t: str) -> bool:
    """« Arrivée de Mme X à 20 h 45. », « Départ de M. Y. » pendant un point, sans numéro :
    arrivée à ce point (au suivant s'il est voté), départ après le dernier point voté ; dit par
    un constat ; faux si la ligne n'a pas cette forme ou ne nomme personne de lisible."""
    trouve = _MOUVEMENT_NOMINAL.match(t)
    d = etat.courante
    if trouve is None or d is None or r.mouvement(t) is not None:
        return False
    qui = trouve.group("qui").strip()
    if lire_personne(qui) is None:
        return False
    vote = _deja_vote(d)
    if trouve.group("sens")[:1].lower() == "a":
        _arrivee_deduite(etat, n, qui, t, vote)
        return True
    dernier = len(etat.deliberations) if vote else len(etat.deliberations) - 1
    if dernier < 1:
        return False
    etat.mouvements.append((n, r.Mouvement(qui, None, dernier)))
    etat.departs_deduits.append(n)
    _constat_deduit(etat, n, t, vote, "extrait.depart-deduit", f"départ après le point {dernier}")
    return True


# « Mrs Paul LABAT est arrivé en cours de séance », « M. X arrive à 20 h 45. » avant le premier
# point : présent, le point de son arrivée non dit
_ARRIVEE_SANS_POINT = re.compile(
    r"^\s*(?P<qui>(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Monsieur|Madame)\s+[^,;:()]{3,60}?)\s+"
    # (« Mme X prend part à la séance à 19 heures 30. » : aussi)
    r"(?:arrive|(?:est|a\s+[ée]t[ée])\s+arriv[ée]e?|prend\s+part\s+(?:à|a)\s+la\s+s[ée]ance)\s+"
    r"(?:en\s+cours\s+de\s+(?:s?c?[ée]ance|r[ée]union)|(?:à|a)\s+\d{1,2}\s*h(?:eures?)?(?:\s*\d{2})?)"
    r"(?:\s*\.?\s*$|\.\s+(?=[A-ZÉÈ]))",
    re.I,
)


_POUVOIR_PAR_UN_PRONOM = re.compile(
    r"(?P<mandant>(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[^,;.]{3,60}?)\s*,\s*absente?\s*,\s*est\s+"
    r"excus[ée]e?\s*\.\s*(?:Il|Elle)\s+(?:donne|a\s+donn[ée])\s+(?:pouvoir|procuration)\s+(?:à|a)\s+"
    r"(?P<mandataire>(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[^,;.]{3,60}?)\s*(?:\.|$)"
)
# « Absent en début de séance : Mr Gilles X » : arrivé ensuite, le point de son arrivée non dit
_ABSENT_EN_DEBUT_DE_SEANCE = re.compile(
    r"^\s*absente?s?\s+(?:en\s+|au\s+)?d[ée]but\s+de\s+(?:la\s+)?s?c?[ée]ance\s*:\s*"
    r"(?P<qui>(?:M\.|Mme|Mlle|Mr\.?|Monsieur|Madame)\s+[^,;:()]{3,60}?)\s*\.?$",
    re.I,
)


def _arrivee_avant_les_points(etat: _Etat, n: int, t: str) -> bool:
    """« M. X est arrivé en cours de séance », « Absent en début de séance : M. X » avant le
    premier point : présent (le point de son arrivée n'est pas dit, et c'est dit) ; faux si la
    ligne n'a pas cette forme."""
    trouve = _ARRIVEE_SANS_POINT.match(t) or _ABSENT_EN_DEBUT_DE_SEANCE.match(t)
    if trouve is None or (qui := lire_personne(trouve.group("qui"))) is None:
        return False
    if any(e.cle == qui.cle for _, e in etat.presents):
        return True  # « Absent en début de séance : M. X » puis « M. X arrive … » : déjà dit
    etat.presents.append((n, qui))
    etat.constat(
        "extrait.arrivee-sans-point",
        Severite.AVERTISSEMENT,
        n,
        f"{qui} « {trouve.group(0).strip()[:100]} » : compté présent ; le point de son arrivée n'est pas dit.",
    )
    if (suite := t[trouve.end() :].strip()):
        _traiter(etat, n, suite)  # « … à 19 heures 30. L'assemblée ayant le quorum, … »
    return True


_NOMS_CIVILS_SEULS = re.compile(
    r"(?:\s*[-–]?\s*(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[A-ZÉÈ][\w'’\-]*(?:\s+[A-ZÉÈ][\w'’\-]*)?"
    r"(?:\s*\([^()]{1,60}\))?)+\s*\.?"
)


def _civilites_annoncees_sans_intitule(etat: _Etat, n: int, t: str) -> bool:
    """« ÉTAIENT PRÉSENTS : 8 Date de convocation : … M. X M. Y (arrivé à …) Mme Z … » (aplati) :
    une suite de personnes sans intitulé ni virgule, aussi nombreuses que les présents annoncés,
    avant les points et toute liste : la liste des présents (dit)."""
    if (
        etat.presents
        or etat.deliberations
        or "presents" not in etat.decomptes
        or len(t) > 2000
        or not _NOMS_CIVILS_SEULS.fullmatch(t)
        or len(_CIVILITE_EN_TETE_DE_CELLULE.findall(t)) != etat.decomptes["presents"]
    ):
        return False
    etat.constat(
        "extrait.presents-sans-intitule",
        Severite.INFO,
        n,
        f"« {t[:80]} » : personnes nommées sans intitulé, aussi nombreuses que les présents "
        f"annoncés ({etat.decomptes['presents']}) : lues comme la liste des présents.",
    )
    return True


def _arrivee_en_seance(etat: _Etat, n: int, t: str) -> bool:
    """« Mme X arrive en séance » pendant un point, sans numéro : arrivée à ce point (au point
    suivant s'il est déjà voté), dite par un constat ; faux si la ligne n'a pas cette forme."""
    arrive = _ARRIVEE_EN_SEANCE.search(t)
    d = etat.courante
    if arrive is None or d is None or len(t) > 400 or r.mouvement(t) is not None:
        return False
    fin = _FIN_DE_LA_PHRASE.search(t, arrive.end())
    phrase, suite = (t[: fin.start() + 1], t[fin.end() :]) if fin else (t, "")
    if len(phrase) > 200:
        return False
    avant = t[: arrive.start()].strip()
    if lire_personne(r.sans_incises(_PONCTUATION_FINALE.sub("", avant))) is None:
        return False
    _arrivee_deduite(etat, n, avant, phrase, _deja_vote(d))
    if suite:
        _traiter(etat, n, suite)  # la décision qui suit sur la même ligne
    return True


# « 19 h 40 : départ de Mme X, pouvoir à M. Y. » : un départ pendant la séance, sans point,
# et le pouvoir donné en partant
_DEPART_PUIS_POUVOIR = re.compile(
    r"^\s*(?:(?:à|a|vers)\s+)?(?:\d{1,2}\s*h\s*(?:\d{2})?\s*[:,–-]\s*)?d[ée]part\s+(?:de\s+|d['’]\s*)"
    r"(?P<qui>[^,;:()]{3,60}?)\s*,\s*(?:(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?(?:à|a)|"
    r"(?:qui\s+)?donne\s+(?:pouvoir|procuration)\s+(?:à|a))\s+(?P<mandataire>[^;,()]{3,80}?)\s*\.?\s*$",
    re.I,
)
# « À partir de la délibération n° 50/2019, M. X, sorti, est représenté par Mme Y. » : le départ
# avant le point nommé, et le pouvoir pour la suite
_REPRESENTE_A_PARTIR_DU_POINT = re.compile(
    r"^\s*(?:à|a)\s+partir\s+(?:de\s+la\s+d[ée]lib[ée]ration|du\s+point|du\s+rapport|de\s+la\s+question)"
    r"\s+(?:n\s*[°º]\s*)?(?P<numero>\d[\w./-]*?)\s*,\s*(?P<qui>[^,;:()]{3,60}?)\s*,\s*"
    r"(?:sortie?|partie?)\s*,\s*(?:est|sera)\s+repr[ée]sent[ée]e?\s+par\s+"
    r"(?P<mandataire>[^;,()]{3,80}?)\s*\.?\s*$",
    re.I,
)


# « X doit quitter la séance ; il donne pouvoir à Y pour la suite des votes », « À 21 h 40,
# avant l'examen de la délibération N, Mme X se retire ; elle confie son pouvoir à M. Y » :
# entre deux points, le départ puis le pouvoir dans une seconde proposition
_QUITTE_PUIS_POUVOIR = re.compile(
    r"^\s*(?:(?:à|a|vers)\s+\d{1,2}\s*h\s*(?:\d{2})?\s*,\s*)?"
    r"(?:avant\s+(?:l['’]\s*examen|le\s+vote)\s+(?:de\s+la\s+d[ée]lib[ée]ration|du\s+point|du\s+rapport"
    r"|de\s+la\s+question)\s+(?:n\s*[°º]\s*)?[\w./-]+\s*,\s*)?"
    r"(?P<qui>[^,;:()]{3,60}?)\s+(?:(?:doit\s+quitter|quitte)\s+la\s+(?:s[ée]ance|salle|r[ée]union)"
    r"|se\s+retire|s['’]\s*absente)\s*[;,]\s*(?:et\s+)?(?:il|elle)\s+(?:donne|confie|remet)\s+"
    r"(?:son\s+|sa\s+)?(?:pouvoir|procuration)\s+(?:à|a)\s+(?P<mandataire>[^;,()]{3,80}?)"
    r"(?:\s+pour\s+la\s+suite(?:\s+de\s+la\s+s[ée]ance|\s+des\s+(?:votes|d[ée]bats))?)?\s*\.?\s*$",
    re.I,
)


def _depart_avec_pouvoir(etat: _Etat, n: int, t: str) -> bool:
    """« 19 h 40 : départ de Mme X, pouvoir à M. Y. » (après le point voté, ou avant celui en
    cours), « À partir de la délibération n° N, M. X, sorti, est représenté par Mme Y. » (avant
    le point N) : le départ et la procuration ; faux si la ligne n'a aucune de ces formes."""
    if (a_partir := _REPRESENTE_A_PARTIR_DU_POINT.match(t)) is not None:
        qui, numero = a_partir.group("qui"), a_partir.group("numero")
        mvt = (
            r.Mouvement(qui, None, int(numero) - 1 if int(numero) > 1 else None)
            if numero.isdigit()
            else r.Mouvement(qui, None, None, depart_numero=numero)
        )
        mandant, mandataire = lire_personne(qui), a_partir.group("mandataire")
    elif (
        depart := _DEPART_PUIS_POUVOIR.match(t) or _QUITTE_PUIS_POUVOIR.match(t)
    ) is not None and (d := etat.courante) is not None:
        vote = _deja_vote(d)
        dernier = len(etat.deliberations) if vote else len(etat.deliberations) - 1
        qui, mandataire = depart.group("qui"), depart.group("mandataire")
        mandant = lire_personne(qui)
        if dernier < 1 or mandant is None:
            return False
        mvt = r.Mouvement(qui, None, dernier)
        etat.departs_deduits.append(n)
        _constat_deduit(etat, n, t, vote, "extrait.depart-deduit", f"départ après le point {dernier}")
    else:
        return False
    if mandant is None:
        return False
    etat.mouvements.append((n, mvt))
    etat.procurations.append((n, mandant, lire_personne(mandataire), mandataire))
    return True


# « … est sorti de la salle pendant l'examen du dossier suivant et n'a pas pris part au vote » :
# écrit avant le titre du point qu'il concerne
_POUR_LE_POINT_SUIVANT = re.compile(
    r"\b(?:du|le|au|pour\s+le|de\s+la|la)\s+(?:dossier|point|rapport|question|deliberation|affaire)"
    r"\s+suivante?\b"
)


def _hors_vote_du_suivant(etat: _Etat, *, fin: bool = False) -> None:
    """Le point ouvert après un retrait « pendant l'examen du dossier suivant » compte un membre
    qui ne prend pas part au vote (dit) ; sans point après lui, le retrait est signalé."""
    assert etat.hors_vote_suivant is not None
    avant, n = etat.hors_vote_suivant
    d = etat.courante
    if d is None or d is avant:
        if fin:
            etat.hors_vote_suivant = None
            etat.constat(
                "extrait.retrait-non-lu",
                Severite.AVERTISSEMENT,
                n,
                "Un membre se retire pendant le point suivant, qui n'est pas lu : le décompte "
                "des votants n'est pas vérifiable.",
            )
        return
    etat.hors_vote_suivant = None
    d.votes.setdefault("ne_prend_pas_part", 1)
    etat.constat(
        "extrait.retrait-point-suivant",
        Severite.INFO,
        n,
        f"Un membre sorti pendant l'examen du point suivant (« {' '.join(d.objet)[:60]} ») : "
        "compté parmi ceux qui ne prennent pas part à son vote.",
    )


_APRES_LE_VOTE_DE = re.compile(
    # (« À 21 h 40, après le vote de la délibération 13-024, M. X quitte … » : l'heure en tête)
    r"\s*(?:(?:à|a|vers)\s+\d{1,2}\s*h\s*(?:\d{2})?\s*,\s*)?"
    r"(?:apr[èe]s|à\s+l['’]\s*issue\s+d[eu])\s+(?:le\s+vote\s+|l['’]\s*examen\s+)?"
    r"(?:de\s+la\s+|du\s+|de\s+l['’]\s*)?(?:d[ée]lib[ée]ration|point|dossier|question|rapport)\s+"
    r"(?:n\s*°\s*)?(?P<numero>[\w./-]*\w)\s*,\s*(?=M\.|Mme|Monsieur|Madame|[A-ZÀ-Ý])",
    re.I,
)


def _retrait(etat: _Etat, n: int, t: str) -> None:
    """« X quitte la séance » pendant un point, sans numéro : départ après le point précédent
    si X est lisible, sinon un avertissement (le vote de ce point n'est pas vérifiable)."""
    rang = len(etat.deliberations)
    d = etat.courante
    if _LE_TEMPS_DU_POINT.search(cle_texte(t)):
        etat.constat(
            "extrait.retrait-non-lu",
            Severite.AVERTISSEMENT,
            n,
            f"« {t[:80]} » : sortie le temps d'un point, sans départ de la séance ; le décompte "
            "des votants de ce point n'est pas vérifiable.",
        )
        return
    apres = _APRES_LE_VOTE_DE.match(t) if d is not None else None
    if apres is not None and d is not None and apres.group("numero") in (d.numero, str(rang)):
        # « Après le vote de la délibération n° 2018-023, M. X quitte la séance … » : le point
        # nommé est celui qui vient d'être lu, le départ vient après lui
        t = t[apres.end() :]
    else:
        apres = None
    # le point en cours déjà voté, ou « à l'issue de ce point » : le départ vient après lui
    vote = apres is not None or _APRES_CE_POINT.search(cle_texte(t)) is not None or (
        d is not None and _deja_vote(d)
    )
    dernier = rang if vote else rang - 1
    quitte = _QUITTE_SEANCE.search(t)
    qui = (
        lire_personne(r.sans_incises(_PONCTUATION_FINALE.sub("", t[: quitte.start()].strip())))
        if quitte
        else None
    )
    if qui is not None and quitte is not None and dernier >= 1:
        etat.mouvements.append((n, r.Mouvement(t[: quitte.start()].strip(), None, dernier)))
        etat.departs_deduits.append(n)
        etat.constat(
            "extrait.depart-deduit",
            Severite.INFO,
            n,
            f"« {t[:80]} » "
            + (f"après le vote du point {rang}" if vote else f"pendant le point {rang}")
            + f" : départ après le point {dernier}.",
        )
        pouvoir = _POUVOIR_EN_PARTANT.search(t, quitte.end())
        if pouvoir is not None:  # « … quitte la séance à 16 h 10 et donne pouvoir à Mme Y. »
            mandataire = _mandataire_poursuivi(etat, pouvoir, t)
            etat.procurations.append((n, qui, lire_personne(mandataire), mandataire))
        if _PAS_AU_VOTE.search(cle_texte(t)):
            etat.constat(
                "extrait.retrait-sans-vote",
                Severite.AVERTISSEMENT,
                n,
                f"« {t[:80]} » : compté parmi ceux qui ne prennent pas part au vote et parti ; "
                "le total des voix de ce point n'est pas vérifiable.",
            )
        return
    etat.constat(
        "extrait.retrait-non-lu",
        Severite.AVERTISSEMENT,
        n,
        f"Un membre quitte la séance ou se retire sans que le point soit lu : « {t[:80]} » ; "
        "le décompte des votants de ce point n'est pas vérifiable.",
    )


def _non_etablis(etat: _Etat, champs: dict[str, Any] | None) -> frozenset[str]:
    """Les faits que le document n'établit pas (ou pas sûrement), d'après les champs de la
    séance (:func:`_construire`)."""
    if champs is None:
        return FAITS
    faits = {"heure"} if champs.get("heure") is None else set()
    if champs["president"] is None:
        faits.add("president")
    if not champs["secretaires"]:
        faits.add("secretaires")
    if champs["date_convocation"] is None:
        faits.add("date_convocation")
    if champs["decomptes"] is None or champs["decomptes"].en_exercice is None:
        faits.add("decomptes.en_exercice")
    codes = {c.code for c in etat.constats if c.severite is not Severite.INFO}
    faits.update(f for code, f in _SUPPOSITIONS.items() if code in codes)
    if "extrait.date-seance-non-tenue" in codes:
        # (une réunion sans quorum puis la séance reconvoquée : laquelle a été lue, le doute
        # porte sur la date, la convocation et les listes)
        faits.update(("date", "date_convocation", "presences"))
    if not etat.presents or not champs["assemblee"].mandats or codes & _DOUTES_LISTES:
        faits.add("presences")  # listes absentes, incomplètes ou lues avec un doute
    if (
        not (etat.procurations or etat.procurations_annoncees or "procurations" in etat.decomptes)
        or codes & _DOUTES_PROCURATIONS
    ):
        faits.add("procurations")
    if (
        not champs["deliberations"]
        or any(not d.scrutins for d in champs["deliberations"])
        or codes & _DOUTES_SCRUTINS
    ):
        faits.add("scrutins")
    if any(
        sc.pour is None and (sc.contre is not None or sc.abstentions is not None)
        for d in champs["deliberations"]
        for sc in d.scrutins
    ):
        faits.add("scrutins.pour")  # « unanimité moins 1 abstention » : les voix pour non dites
    return frozenset(faits)


# « M. X quitte la séance pour ce point », « … le temps du vote » : une sortie, pas un départ
_LE_TEMPS_DU_POINT = re.compile(
    r"\b(?:pour|pendant|durant|le\s+temps\s+d[eu])\s+(?:ce|cette|le|la|l')\s*"
    r"(?:point|dossier|vote|rapport|question|affaire|deliberation)\b"
)
_APRES_CE_POINT = re.compile(
    r"\b(?:a\s+l'issue|apres|a\s+la\s+fin|au\s+terme)\s+(?:de\s+ce|du\s+present)\s+"
    r"(?:point|dossier|vote|rapport)\b|\bapres\s+(?:le|ce)\s+vote\b"
)
_QUITTE_SEANCE = re.compile(
    # (« Mme X, rappelée en séance, s'excuse et quitte définitivement la réunion »)
    r"(?:\s*,\s*[^,.;]{3,40},)?(?:\s+s['’]excuse\s+et)?"
    r"\s+(?:quitte|a\s+quitt[ée])\s+(?:d[ée]finitivement\s+)?la\s+(?:s[ée]ance|r[ée]union)\b"
    # (« Mme X quitte l'assemblée à 21 h 15 » : l'assemblée, comme la séance)
    r"|\s+(?:quitte|a\s+quitt[ée])\s+(?:d[ée]finitivement\s+)?l['’]\s?assembl[ée]e\b"
    # « Mme X s'absente définitivement », « M. Y quitte la salle du conseil et ne revient pas »
    # (« quitte la salle » seul : un retrait le temps d'un vote, pas un départ)
    r"|\s+s['’]absente\s+d[ée]finitivement\b"
    # « M. X se retire après ce vote » : parti après le point voté (pas « se retire » seul, le
    # temps d'un vote)
    r"|\s+se\s+retire(?=\s+(?:apr[èe]s|[àa]\s+l['’]issue\s+de)\s+(?:ce|le)\s+(?:vote|point|dossier)\b)"
    r"|\s+quitte\s+(?:d[ée]finitivement\s+la\s+salle\b|la\s+salle(?:\s+du\s+conseil)?\s+et\s+ne\s+revien(?:t|dra)\s+pas\b)"
    # « M. X, présent la veille, est excusé à la reprise » (séance suspendue puis reprise) :
    # parti après le dernier point voté avant la suspension
    r"|(?:\s*,\s*[^,.;]{3,40},)?\s+(?:est|sont)\s+(?:absente?s?|excus[ée]e?s?)\s+(?:à|a)\s+la\s+reprise\b",
    re.I,
)
_POUVOIR_EN_PARTANT = re.compile(
    r"\bdonn(?:e|é|ant)\s+(?:pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?)\s+(?:à|a)\s+"
    r"(?P<mandataire>(?:(?:Mme|Mlle|[A-ZÉÈ])\.\s*)*[^.;,()]{3,80}?)"  # « M. Paul VIDAL »
    r"(?=\s+(?:à|a)\s+partir\b|\s*[.;,()]|\s*$)",  # (« … à M. Y à partir du point 4 »)
    re.I,
)
_DONNE_EN_FIN_DE_LIGNE = re.compile(
    r"\bdonn(?:e|é|ant)(?:\s+(?:pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?)(?:\s+(?:à|a))?)?\s*$",
    re.I,
)
_RETRAIT = re.compile(
    # (« Mme le Maire s'étant retirée » : au féminin aussi)
    r"\b(?:quitte|quittant|a quitte|ayant quitte|se retire|s'est retiree?|s'etant retiree?|sort de la salle|sortie? de la salle"
    r"|(?:est|sont) (?:absente?s?|excusee?s?) a la reprise|s'absente definitivement)\b"
)
_MOTS_RETRAIT = mots_requis(_RETRAIT, "quitt", "retir", "sort", "reprise", "absente")


# Constats d'une valeur supposée (date de repli, organe de la collectivité) : le fait n'est
# pas établi par le document, ``valider`` ne le juge pas
# « Délégués en exercice : 22 (32 voix) », « Collège de la Région (3 voix par délégué) », « voix
# pondérées » : chaque délégué porte un nombre de voix fixé par les statuts
# (un décompte de membres suivi d'un autre nombre de voix : « Adopté à l'unanimité (24 voix) »
# n'en dit rien)
_VOIX_PONDEREES = re.compile(
    r"\b(?:pr[ée]sents?|votants|exercice|pouvoirs?|repr[ée]sent[ée]s)\s*:\s*(\d{1,3})\s*"
    r"\(\s*(?!\1\s)\d{1,4}\s+voix\s*\)|\bvoix\s+par\s+d[ée]l[ée]gu|\bvoix\s+pond[ée]r[ée]es?",
    re.I,
)


def _voix_ponderees(etat: _Etat, n: int, t: str) -> None:
    """Les voix d'un scrutin comptent alors des voix, pas des membres : la somme ne se compare
    pas aux présents et représentés (les scrutins ne sont pas jugés par ``valider``)."""
    etat.voix_ponderees = True
    etat.constat(
        "extrait.voix-ponderees",
        Severite.AVERTISSEMENT,
        n,
        f"Voix pondérées (« {t[:80]} ») : les voix des scrutins ne se comparent pas au nombre "
        "des membres présents ou représentés.",
    )


_SUPPOSITIONS = {
    "extrait.date-identifiant": "date",
    "extrait.date-signature": "date",
    "extrait.organe-absent": "organe",
    "extrait.organe-divergent": "organe",
    "extrait.president-election": "president",
    "extrait.date-jour-de-semaine": "date",
}
# Constats de lecture qui rendent un fait douteux : il n'est pas jugé par ``valider``.
_DOUTES_LISTES = frozenset(
    {
        "extrait.procuration-partielle",
        "extrait.liste-trop-longue",
        "extrait.decompte",
        "extrait.nom-illisible",
        "extrait.procuration-incomplete",
        "extrait.mandataire-inconnu",
        "extrait.personne-inconnue",
        "extrait.intitule-inconnu",
        "extrait.texte-aplati",
        "extrait.procuration-en-cours-de-seance",
        "extrait.present-et-absent",
        "extrait.presents-liste-complete",
        "extrait.presents-manquants",
        "extrait.presents-non-nommes",
        "extrait.absence-partielle",
    }
)
_DOUTES_PROCURATIONS = frozenset(
    {
        "extrait.procuration-partielle",
        "extrait.mandataire-commune",
        "extrait.mandataire-homonyme",
        "extrait.liste-trop-longue",
        "extrait.procuration-en-cours-de-seance",
        "extrait.mandataire-inconnu",
        "extrait.procuration-incomplete",
        "extrait.procuration-invalide",
    }
)
_DOUTES_SCRUTINS = frozenset(
    {
        "extrait.voix-ponderees",
        "extrait.retrait-sans-vote",
        "extrait.vote-repete",
        "extrait.votants",
        "extrait.suffrages",
        "extrait.vote-hors-deliberation",
        "extrait.retrait-non-lu",
    }
)


# ------------------------------------------------------------------ lignes


_NOM_SIMPLE = re.compile(
    r"(?:M\.|Mme\.?|Mlle\.?|Monsieur|Madame)\s+[A-ZÉÈÊÀÂÎÔÛÇ][\w'’\-]*(?:\s[A-ZÉÈÊÀÂÎÔÛÇ][\w'’\-]*){0,3}"
)
_MOTS_NON_NOMS = frozenset(
    [
        "monsieur",
        "madame",
        "mademoiselle",
        "messieurs",
        "mesdames",
        "maire",
        "adjoint",
        "adjointe",
        "president",
        "presidente",
        "vice",
        "secretaire",
        "conseiller",
        "conseillere",
        "delegue",
        "deleguee",
        "titulaire",
        "suppleant",
        "suppleante",
        "present",
        "presente",
        "presents",
        "presentes",
        "absent",
        "absente",
        "absents",
        "excuse",
        "excusee",
        "represente",
        "representee",
        "pouvoir",
        "procuration",
        "arrive",
        "arrivee",
        "quitte",
        "part",
        "rejoint",
        "depart",
        "seance",
        "objet",
        "commune",
        "ville",
        "mairie",
        "conseil",
        "municipal",
        "communautaire",
        "departement",
        "region",
        "syndicat",
        "communaute",
        "le",
        "la",
        "les",
        "du",
        "de",
        "des",
        "au",
        "aux",
        "et",
    ]
)


_COMMUNE_INITIALE = re.compile(r"(?:pour\s+la\s+)?commune\s", re.I)
_PARENTHESE_INITIALE = re.compile(r"\(([^()]{2,80})\)\s*(?:,|\bet\b)?\s*")


_SUPPLEANT_DE = re.compile(r"\s*suppl[ée]ante?\s+(?:de|du|d')\s*(.+?)\s*$", re.I)


def _parenthese_reportee(etat: _Etat, n: int, t: str) -> bool:
    """« Gabriel VOLDOIRE » / « (arrivé au point 2) et Annick BARGE, … » : la parenthèse en
    tête de ligne précise le dernier présent lu ; la suite de la ligne continue la liste."""
    trouve = _PARENTHESE_INITIALE.match(t)
    if trouve is None or etat.section is None or etat.section.nom != "presents" or not etat.presents:
        return False
    dernier = etat.presents[-1][1]
    if (mandant := _pouvoir_de(trouve.group(1))) is not None:
        etat.procurations.append((n, mandant, dernier, str(dernier)))  # « X » / « (pouvoir de Y) »
    elif (suppleance := _SUPPLEANT_DE.match(trouve.group(1))) is not None and (
        titulaire := lire_personne(suppleance.group(1))
    ) is not None:
        etat.presents.pop()  # « Mme GÉRARD Sylviane » / « (suppléante de Mme BALLAND Irène) »
        etat.suppleances.append((n, dernier, titulaire))
    else:
        _precision(etat, n, dernier, trouve.group(1))
    suite = t[trouve.end() :]
    if suite.strip():
        _traiter(etat, n, suite)
    return True


def _nom_seul(etat: _Etat, n: int, t: str) -> bool:
    """Voie rapide d'une liste d'en-tête : une ligne qui n'est qu'une civilité et un nom
    (« M. Jean DUPONT »), ajoutée comme le ferait :func:`_contenu_section`."""
    section = etat.section
    if (
        section is None
        or section.nom not in ("presents", "absents")
        or etat.courante is not None
        or etat.aplati
        or len(t) > 80
        or "\t" in t  # « M. Paul ROUX ⇥ Vaudrey » : l'élu et sa commune, lus par _contenu_section
        or not _NOM_SIMPLE.fullmatch(t)
        or any(m in _MOTS_NON_NOMS for m in cle_texte(t).replace(".", " ").split()[1:])
    ):
        return False
    if etat.trop_de_personnes(n):
        return True
    elu = lire_personne(t)
    if elu is None:
        return False
    if section.nom == "presents":
        etat.presents.append((n, elu))
    else:
        etat.absents.append((n, elu, section.excuses))
    return True


_INTERTITRE_DU_PV = re.compile(
    r"(?:examen\s+du\s+|lecture\s+du\s+)?(?:proces[\s-]verba(?:l|ux)|compte[\s-]rendu)\s+"
    r"de(?:s|\s+la)\s+(?:seances?|reunions?)\s+precedentes?"
)


def _pv_vote(etat: _Etat, n: int, t: str) -> bool:
    """« Procès-verbal de la séance précédente » (intertitre) puis « Le procès-verbal … est
    adopté (9 pour, 1 abstention). » : l'approbation est un point, titré et voté."""
    suite = etat.suivante.strip() or _prochaine(etat).strip()
    if not (etat.presents or etat.secretaire) or len(suite) > 300:
        return False
    res = r.resultat(suite)
    if not (r.votes(suite) or (res is not None and res.resultat is not None)):
        return False
    etat.section = None
    d = _Delib(n, devine=True)
    etat.deliberations.append(d)
    _poser_titre(etat, n, d, t, "")
    return True


_POINTS_ANNONCES_MAX = 80  # chaque morceau est confronté aux titres annoncés : borné
# (« ORDRE DU JOUR : 1. Titre ; 2. Titre » aussi : numéroté, séparé par « ; »)
_ORDRE_DU_JOUR_LISTE = re.compile(
    r"\s*ordre\s+du\s+jour\s*:?\s*(?:[-–•]|1\s*[.)](?=[^;]+;\s*2\s*[.)])"
    r"|1\s*\)(?=[^;]{2,250}?\s2\s*\)\s[^;]{2,250}?\s3\s*\)\s))\s*(?P<points>.+)$",
    re.I,
)
_ENTRE_POINTS = re.compile(r"\s*;\s*(?:[-–•]\s*|\d{1,2}\s*[.)]\s*)?|\s+[-–•]\s+|\s+\d{1,2}\s*\)\s+")
_PRECISION = re.compile(r"\s*\([^()]*\)")


def _points_annonces(texte: str) -> list[str]:
    """« Budget primitif 2013 ; - Travaux de voirie (deux devis) ; - Achats 14 juillet. » :
    les titres annoncés (sans leur précision entre parenthèses)."""
    points = (_PRECISION.sub("", p).strip(" .;,") for p in _ENTRE_POINTS.split(texte))
    return [p for p in points if len(p) >= 6 and not _PAS_UNE_DECISION.match(cle_texte(p))]


# « Secrétaire de séance : X A l'ordre du jour : o » / « Approbation du … o Budget 2011 o » :
# l'ordre du jour à puces « o » (symbole perdu d'une liste Word) d'un texte aplati
_ORDRE_DU_JOUR_PUCE_O = re.compile(r"(?:(?:^|\s)[AaÀà]\s+l['’]\s*)?ordre\s+du\s+jour\s*:?\s*o\s*$", re.I)
_PUCE_O = re.compile(r"\so(?:\s|$)")


def _ordre_du_jour_a_puces_o(etat: _Etat, n: int, t: str) -> bool:
    """L'ordre du jour à puces « o » : annoncé en fin de morceau, puis ses points séparés par
    les puces ; ni des délibérations, ni des lignes à comprendre (il est écarté)."""
    if (annonce := _ORDRE_DU_JOUR_PUCE_O.search(t)) is not None:
        if avant := t[: annonce.start()].strip():
            _traiter(etat, n, avant)
        etat.puces_o = True
        return True
    if etat.puces_o and _PUCE_O.search(t):
        return True
    etat.puces_o = False
    return False


def _point_annonce(etat: _Etat, n: int, t: str) -> bool:
    """Dans un texte aplati, un point annoncé par l'ordre du jour revient en tête d'un morceau,
    collé à son exposé (« Budget primitif 2013 Bernard Aubertin présente … ») : son titre."""
    for titre in etat.points_annonces:
        if t.startswith(titre) and t[len(titre) : len(titre) + 1] in (" ", "") and (
            not t[len(titre) :].strip() or t[len(titre) :].strip()[:1].isupper()
        ):
            etat.points_annonces.remove(titre)
            d = _Delib(n, devine=True)
            etat.deliberations.append(d)
            _poser_titre(etat, n, d, titre, t[len(titre) :].strip())
            return True
    return False


_NUMERO_D_EXTRAIT = re.compile(r"(?:^|\s)N\s?°\s?((?:19|20)\d\d(?:\s+\d{1,4}){1,3})\s*$")
# « … Réunion du vendredi 4 avril 2008 RAPPORT N° 3 » (extrait d'un recueil départemental) :
# le numéro du rapport, dont l'objet suit (« OBJET DE LA DÉLIBÉRATION : … »)
_NUMERO_AVANT_OUVERTURE = re.compile(
    r"\s*N\s?°\s?(\d{1,4}[-./]\d{1,4}(?:[-./]\d{1,4})?)\s+(?=L['’\s]\s?an\s|L['’]AN\s)"
)
_RAPPORT_NUMERO_FINAL = re.compile(r"(?:^|\s)RAPPORT\s+N\s?°\s?(\d{1,4}(?:[./-]\d{1,4}){0,3})\s*$")
_TITRE_DEUX_POINTS = re.compile(
    r"(?:^|(?<=[.!?)»]\s))(?P<titre>[A-ZÉÈÊÀÂÎÔÛÇ][^.:;!?«»]{2,150}?[^.:;!?,\s])\s?:\s+"
    # (en minuscules, l'issue seule : « … : adopté à l'unanimité. », que _SUITE_D_EXPOSE vérifie)
    # (« Subvention : 500 €, adopté à l'unanimité. » : un montant en tête de la précision)
    r"(?P<suite>[A-ZÉÈÀ].{20,}|[a-zéèà].{8,}|\d[^:]{8,})"
)
_FIN_DE_PHRASE = re.compile(r"[.!?)»]\s")
_PRISE_D_ACTE = re.compile(
    r"(?:le|la)\s+(?:conseil|comite|bureau|assemblee|commission)\b[^.;:]{0,40}?\s(?:prend|donne)\s+acte\b"
    r"[^.;]*\.?\s*$"  # (la phrase seule : rien ne la suit sur la ligne)
)
_CIVILITE_FINIE = re.compile(r"(?:^|\s)(?:M|MM|Mme|Mmes|Mlle|Me|Dr)\.\s$")
# le libellé d'une ligne de vote, jamais un titre de point
_LIBELLE_DE_LIGNE_DE_VOTE = re.compile(
    r"(?:vote|votes|scrutin|decision|resultats?(?:\s+du\s+(?:vote|scrutin))?|suffrages?|issue)"
    # (« à main levée », « au scrutin secret », « par appel nominatif » ; pas « du budget »)
    r"(?:\s+(?:(?:a|au|aux|par|en|sans)\s+[a-z' ]{2,40}?|nominal|electronique|public|ordinaire))?\s*"
)
_SUITE_D_EXPOSE = re.compile(
    r"(?:apres\s+en\s+avoir\s+delibere|(?:monsieur|madame|m\.|mme)\s+le\s+maire|le\s+maire"
    r"|le\s+conseil\s+municipal"
    r"|le\s+(?:conseil|comite|bureau)\s+(?:prend|donne)\s+acte"  # « DOB 2006 : le conseil prend acte … »
    # « Vote du budget primitif 2021 : adopté à l'unanimité. » (relevé des décisions) : l'issue
    r"|(?:adopte|approuve|accepte|rejete)e?s?\s+(?:a\s+l'\s*unanimite|par\s+\d+|a\s+la\s+majorite)"
    # « Taux d'imposition : les taux sont maintenus, adopté à l'unanimité. », « Subvention au
    # comité des fêtes : 500 €, adopté à l'unanimité. » : une courte précision, puis l'issue
    r"|[^.;:,]{1,60}?,\s+(?:adopte|approuve|accepte|rejete)e?s?\s+(?:a\s+l'\s*unanimite|par\s+\d+|a\s+la\s+majorite)"
    r"|(?:a\s+l'\s*)?unanimite)\b"
)
# « Adoption du compte rendu du 5 février : le compte rendu est adopté à l'unanimité. » : après
# les deux-points du titre, la phrase de son adoption (sur la même ligne seulement)
_PHRASE_D_ADOPTION = re.compile(
    r"(?:le|la|les)\s[^.;:,]{1,60}?\s(?:est|sont|a\s+ete|ont\s+ete)\s+(?:adopte|approuve|accepte|rejete)e?s?"
    r"\s+(?:a\s+l'\s*unanimite|par\s+\d+|a\s+la\s+majorite)\b"
)
# (lue dans la clé d'un morceau de la ligne : la clé de la ligne entière contient le même mot)
_MOTS_SUITE_D_EXPOSE = mots_requis(
    _SUITE_D_EXPOSE, "apres", "maire", "conseil", "comite", "bureau", "adopt", "approuv", "accept",
    "rejet", "unanimite", minuscules=True,
)


def _titre_deux_points(etat: _Etat, n: int, t: str) -> bool:
    """« Subvention : Après en avoir délibéré, le Conseil Municipal décide … », « Compte
    administratif 2008 : Madame le Maire ayant quitté la salle, … » : après l'en-tête, un
    titre sans numéro suivi de deux-points puis de l'exposé ou du dispositif sur la même ligne."""
    if not (etat.presents or etat.secretaire or etat.procurations):
        return False
    if not contient_un(cle_texte(t), _MOTS_SUITE_D_EXPOSE):  # aucun exposé ne peut suivre
        return t.endswith(":") and _titre_en_fin_de_ligne(etat, n, t)
    # (« … quitte la salle. M. Patrick MORIN, 1er Vice-Président, fait procéder au vote :
    # adopté … » : le point d'une civilité ne finit pas une phrase)
    debuts = [
        0,
        *(x.end() for x in _FIN_DE_PHRASE.finditer(t) if not _CIVILITE_FINIE.search(t, 0, x.end())),
    ]
    # (le titre a 152 caractères au plus, puis « : » : sans « : » dans les 154 premiers, rien)
    candidats = (
        _TITRE_DEUX_POINTS.match(t, debut) for debut in debuts[:50] if t.find(":", debut, debut + 154) >= 0
    )
    trouve = next(
        (
            x
            for x in candidats
            if x
            and (
                _SUITE_D_EXPOSE.match(suite := cle_texte(x.group("suite")))
                or _PHRASE_D_ADOPTION.match(suite)
            )
        ),
        None,
    )
    if trouve is None:
        return t.endswith(":") and _titre_en_fin_de_ligne(etat, n, t)
    titre = trouve.group("titre")
    plat = cle_texte(titre)
    if trouve.group("suite")[:1].islower() and _objet_attendu(etat):
        return False
    if (
        _pas_un_titre(plat)
        or r.section(t[trouve.start() :])
        or r.objet(t[trouve.start() :])
        # « Secrétaire de séance : Madame le Maire-adjoint X » : la suite n'ouvre pas d'exposé
        or ("secr" in plat and r.secretaire(t[trouve.start() :]) is not None)
    ):
        return False
    avant = t[: trouve.start()].strip()
    if _point_numerote(avant, titre):
        return False
    if avant:
        _traiter(etat, n, avant)  # « Secrétaire de séance : Mme X. Subvention : Après … »
    etat.section = None
    d = _Delib(n, devine=True)
    etat.deliberations.append(d)
    _poser_titre(etat, n, d, titre, trouve.group("suite"))
    return True


_RANG_SEUL = re.compile(r"\d{1,3}\s*[.)°-]")
# « Délibération 2012/05 – Titre : adopté à l'unanimité. » (relevé des décisions) : le numéro
# de la délibération devant son titre
_DELIBERATION_NUMERO = re.compile(r"(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)\s+(?:n\s*°\s*)?(?=\d)")


def _objet_attendu(etat: _Etat) -> bool:
    """« Délibération n° 2024-31 » lu, son « Objet : » pas encore : une ligne « Titre : adopté
    à l'unanimité. » n'ouvre pas un autre point."""
    return etat.numero_d_extrait is not None or (etat.courante is not None and not etat.courante.objet)


def _point_numerote(avant: str, titre: str) -> bool:
    """« 3. Voirie : Le conseil municipal décide … », « B-2024-101 Attribution … : Approuvé » :
    un point numéroté, que la lecture des points numérotés lit avec son numéro."""
    return _RANG_SEUL.fullmatch(avant) is not None or (
        any(c.isdigit() for c in titre[:12]) and r.numero_deliberation(titre) is not None
    )
_TITRE_EN_FIN = re.compile(
    r"(?:^|(?<=[.!?)»]\s))(?P<titre>[A-ZÉÈÊÀÂÎÔÛÇ][^.:;!?«»]{2,120}?[^.:;!?,\s])\s?:$"
)


def _titre_en_fin_de_ligne(etat: _Etat, n: int, t: str) -> bool:
    """« … (compte 1068). Taux d'imposition 2009 : » / « Après en avoir délibéré, … » (texte
    aplati, coupé devant « Après en avoir délibéré ») : le titre du point suivant finit la
    ligne, son dispositif ouvre la suivante."""
    if not _SUITE_D_EXPOSE.match(cle_texte(etat.suivante.strip())):
        return False
    trouve = _TITRE_EN_FIN.search(t)
    if trouve is None:
        return False
    titre = trouve.group("titre")
    if _pas_un_titre(cle_texte(titre)) or _point_numerote(t[: trouve.start()].strip(), titre):
        return False
    if etat.suivante.strip()[:1].islower() and _objet_attendu(etat):
        return False
    if avant := t[: trouve.start()].strip():
        _traiter(etat, n, avant)
    etat.section = None
    d = _Delib(n, devine=True)
    etat.deliberations.append(d)
    _poser_titre(etat, n, d, titre, "")
    return True


def _pas_un_titre(plat: str) -> bool:
    """La clé d'un texte suivi de « : » qui n'est pas le titre d'un point (une décision, un
    intitulé connu, une phrase du dispositif, « Vote à main levée »)."""
    return bool(
        _PAS_UNE_DECISION.match(plat)
        or _TITRES.match(plat)
        or _MOTS_DE_DISPOSITIF.search(plat)
        or _LIBELLE_DE_LIGNE_DE_VOTE.fullmatch(plat)
        # « Délibération n° DE-2017-09 : adoptée à l'unanimité. » : le point déjà ouvert
        or _REFERENCE_SEULE.fullmatch(plat)
    )


_REFERENCE_SEULE = re.compile(r"(?:la\s+)?deliberation\s+(?:n\s*[°o]?\.?\s*|numero\s*)?[\w\-/.]*\d[\w\-/.]*\s*")


_MOTS_DE_DISPOSITIF = re.compile(r"\b(?:delibere|decide|approuve|adopte|expose|propose)\b")
# (« Marc FAURE », « M. Marc FAURE » : la civilité permise, comme dans « M. X est excusé. »)
_PERSONNE_PROSE = r"(?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s+)?[A-ZÉÈÀÂÎÔ][\w'’\-]+(?:\s+[A-ZÉÈÀÂÎÔ][\w'’\-]+){1,3}"
_MORCEAU_PROSE = re.compile(rf"{_PERSONNE_PROSE}(?:\s+repr[ée]sent[ée]e?\s+par\s+{_PERSONNE_PROSE})?")
_PHRASE_DE_PRESENCE = re.compile(
    # (le point de « M. » n'est ni une fin de phrase ni une fin de liste : « M. X est excusé. »
    # n'est pas « M. » puis la phrase « X est excusé. »)
    r"(?:^|(?<=[.!?]\s)(?<!\bM\.\s)(?<!\bMM\.\s))"
    r"(?P<liste>[A-ZÉÈÀÂÎÔ](?:[^.;:!?()]|(?<=\bM)\.|(?<=\bMM)\.){3,1500}?)\s*,?\s*"
    r"(?:(?:formant|qui\s+forment)\s+la\s+majorit[ée]\s+d(?:es|e)\s+membres"
    r"(?:\s+en\s+exercice)?\s*,?\s*)?"
    # (« M. X s'est excusé. », « Mme Y et M. Z se sont excusés. »)
    r"(?:s['’]est|se\s+sont|sont|est|étaient|était)\s+(?P<statut>pr[ée]sente?s?|absente?s?|excus[ée]e?s?)\s*(?:[.;]|$)"
)
_MOTS_PHRASE_DE_PRESENCE = mots_requis(_PHRASE_DE_PRESENCE, "sent", "excus")
_INTITULE_DE_STATUT = {"p": "Présents", "a": "Absents", "e": "Excusés"}


def _phrase_de_presence(t: str) -> tuple[str, str, str] | None:
    """« A, B, C, formant la majorité des membres en exercice, sont présents. », « X
    représenté par Y, Z et W sont absents. » : une liste sans intitulé, en prose (noms
    « Prénom Nom » sans civilité) ; (texte avant, liste avec son intitulé, texte après)."""
    if "sont " not in t and "est " not in t and "tai" not in t:
        return None
    if not contient_un(t, _MOTS_PHRASE_DE_PRESENCE):
        return None
    trouve = _PHRASE_DE_PRESENCE.search(t)
    if trouve is None:
        return None
    morceaux = [m.strip() for m in re.split(r",|\s+et\s+", trouve.group("liste")) if m.strip()]
    if not morceaux or not all(_MORCEAU_PROSE.fullmatch(m) for m in morceaux):
        return None
    intitule = _INTITULE_DE_STATUT[trouve.group("statut")[0].lower()]
    liste = f"{intitule} : {', '.join(morceaux)}."
    return t[: trouve.start()].strip(), liste, t[trouve.end() :].strip()


_TIRET_FINAL = re.compile(r"\s[-–]$")
_SECRETAIRE_ELU = re.compile(r"secr[ée]taire\s+(?:de\s+s[ée]ance\s+)?(?:à|a|par)\s+\d", re.I)
_MOTS_SECRETAIRE_ELU = mots_requis(_SECRETAIRE_ELU, "ecr", minuscules=True)


def _noms_barres(etat: _Etat, n: int, texte: str) -> None:
    """Les noms barrés d'une liste de page web (« Présents (dans l'ordre du tableau) : A, <s>B</s> ») :
    ni présents ni lus ailleurs, ils servent à compléter un nom donné plus loin par l'initiale
    de son prénom (« M. D. Marchal excusé avec procuration à … »)."""
    etat.noms_barres = [e for e in map(lire_personne, decouper(texte)) if e is not None]
    etat.constat(
        "extrait.noms-barres",
        Severite.INFO,
        n,
        f"Noms barrés dans la liste, non comptés présents : « {texte.strip()[:120]} ».",
    )


def _par_les_noms_barres(etat: _Etat, elu: Elu) -> Elu:
    """« D. Marchal » → « Denis MARCHAL » si un seul nom barré a ce nom et cette initiale."""
    if not etat.noms_barres or elu.prenom is None or not _PRENOM_INITIALES.fullmatch(elu.prenom):
        return elu
    cle_nom = cle_texte(elu.nom)
    trouves = [
        b
        for b in etat.noms_barres
        if cle_texte(b.nom) == cle_nom and b.prenom and b.prenom[:1].upper() == elu.prenom[:1].upper()
    ]
    return attrs.evolve(trouves[0], civilite=elu.civilite or trouves[0].civilite) if len(trouves) == 1 else elu


def _completer_par_les_noms_barres(etat: _Etat) -> None:
    """Absents et mandants nommés par l'initiale de leur prénom, complétés par les noms barrés."""
    if not etat.noms_barres:
        return
    etat.absents = [(n, _par_les_noms_barres(etat, e), x) for n, e, x in etat.absents]
    etat.procurations = [
        (n, _par_les_noms_barres(etat, m), y, texte) for n, m, y, texte in etat.procurations
    ]


# (« Mme X          à   M. Y » : une copie de PDF, les cellules séparées par des espaces)
_A_ENTRE_CELLULES = re.compile(
    r"\s*(?:\t|\s{3,})\s*(à|a|par|->|→)(?:\s*\t\s*|\s+(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s))"
)
# « 1. M. Paul ROUX », « 12) Mme Anne PETIT » : une personne numérotée dans une liste (jamais
# un point de l'ordre du jour)
_CIVILITE_SUIT = rf"(?={CIVILITE}\s+[A-ZÉÈ])"
_RANG_DE_PERSONNE = re.compile(r"\d{1,3}\s*[.)\-–]\s*" + _CIVILITE_SUIT)
# (dans le flux, après le NOM de la précédente : « 1. M. Paul ROUX 2. Mme Anne PETIT » ; pas
# « (arrivée au point 3) Mme X »)
_RANGS_DE_PERSONNES = re.compile(
    r"(?:^|(?<=[A-ZÉÈ]{2}\s))\d{1,3}\s*[.)\-–]\s*" + _CIVILITE_SUIT
)


_TITRE_DE_MOTION = re.compile(
    r"(?:motion|v(?:oe|œ)u)\s+(?:relati(?:f|ve)|pour|contre|sur|en\s+faveur|de\s+soutien|concernant|portant)\b"
)


def _approbation_sous_le_numero(etat: _Etat, d: _Delib) -> _Delib:
    """« Délibération n° X » seul, « Approbation du procès-verbal … : adopté » puis « Objet :
    Titre » : le numéro et l'objet sont ceux de l'extrait ; l'approbation entre eux n'est ni
    l'un ni l'autre, elle est dite non comprise (comme sans le numéro) ; le point renaît vide."""
    etat.deliberations.remove(d)
    etat.constat(
        "extrait.ligne-non-comprise",
        Severite.AVERTISSEMENT,
        d.ligne,
        f"Ligne non comprise : « {' '.join(d.objet)[:100]} » (entre le numéro de la délibération "
        "et son objet ; ni l'un ni l'autre).",
    )
    neuf = _Delib(d.ligne, numero=d.numero)
    etat.deliberations.append(neuf)
    return neuf


# (texte aplati) une phrase d'issue courte, puis la suite : « Adopté à l'unanimité (24 voix). »
_VOTE_PUIS_POINT = re.compile(r"(?:Adopt|ADOPT|Approuv|APPROUV|Rejet|REJET)[^.;:]{0,160}\.\s+(?=\S)")


_COMPTE_DEVANT_INTITULE = re.compile(r"\((\d{1,3})\)\s*(?=[^:]{3,60}:)")
_NOMBRE_DEVANT_INTITULE = re.compile(
    r"\d{1,3}\s+(?=(?:[Cc]onseill|[Mm]embre|[Dd][ée]l[ée]gu|[ÉéEe]lus?\s|[Tt]itulaire)[^:]{0,80}:"
    r"|(?:[Pp]r[ée]sent|[Aa]bsent|[Ee]xcus[ée]|[Rr]epr[ée]sent[ée]|[Pp]ouvoir|[Pp]rocuration)[^:]{0,30}:)"
)


# « Faute de quorum, la réunion du Conseil Municipal n'a pas eu lieu. » (pas « … le quorum
# n'étant pas atteint le 3 mars, le conseil a été convoqué de nouveau », qui est lu)
_SEANCE_NON_TENUE = re.compile(
    r"n['’ ]a\s+pas\s+(?:pu\s+)?(?:eu\s+lieu|se\s+tenir|[êe]tre\s+tenue?)"
    r"|n['’ ]a\s+pas\s+pu\s+(?:valablement\s+)?d[ée]lib[ée]rer"
    # « … le quorum n'est pas atteint ; le Maire fixe la prochaine réunion au … »
    r"|quorum\s+n['’ ](?:est|était|etait)\s+(?:donc\s+)?pas\s+atteint"
    r"|n['’ ]ayant\s+pas\s+(?:rassembl[ée]|r[ée]uni)\s+la\s+majorit[ée]",
)
_MOTS_SEANCE_NON_TENUE = mots_requis(_SEANCE_NON_TENUE, "pas")
_QUORUM_NON_ATTEINT_ICI = re.compile(
    r"quorum\s+n['’ ](?:est|était|etait)\s+(?:donc\s+)?pas\s+atteint|n['’ ]ayant\s+pas\s+(?:rassembl[ée]|r[ée]uni)\s+la\s+majorit[ée]"
)


_PRESENTS_SOUS_LA_PRESIDENCE = re.compile(
    r"(?:Sont|Étaient|Etaient)\s+pr[ée]sents?\s+(?:à\s+la\s+s[ée]ance\s+)?,?\s*sous\s+la\s+pr[ée]sidence\b"
)
# « Les Conseillers municipaux délégués : MM. A, B » : une rubrique de la liste des présents
_RUBRIQUE_DE_FONCTION = re.compile(
    r"((?:Les|LES)\s+[^:]{3,50}?)\s*:\s*(?:(?:Mmes|Mesdames)(?:\s*,\s*(?:Melles|Mlles))?\s+et\s+(?:MM\.?|Messieurs)\s*"
    r"|MM\.?\s+(?=[A-ZÉÈ][a-zé]))?"
)


# (le numéro d'une liste HTML à la place de la civilité du premier nom, suivi d'une liste de
# personnes : pas le rang d'un point de l'ordre du jour)
_PUCE_NUMEROTEE_DE_LISTE = re.compile(
    r"\d{1,2}\.\s+(?=[A-ZÉÈ]{2}[A-ZÉÈ'’\-]*\s+[A-ZÉÈ][a-zéèêëïîôç\-]+\s*,\s*(?:M\.|Mme|Mlle|MM\.)\s)"
)


def _seance_sans_quorum_suivie(lignes: list[Ligne]) -> dt.date | None:
    """Deux comptes rendus à la suite : « … du vendredi 25 octobre 2019 » … « le quorum n'est
    donc pas atteint … fixe la prochaine réunion au mardi 29 » puis « … du mardi 29 octobre
    2019 » : la date du premier titre, celle de la séance manquée ; ``None`` sans titre d'une
    autre date après la phrase."""
    for i, ligne in enumerate(lignes):
        if "quorum" not in ligne.texte and "majorit" not in ligne.texte:
            continue
        if _QUORUM_NON_ATTEINT_ICI.search(ligne.texte) is None:
            continue
        avant = next((d for j in range(i, -1, -1) if (d := r.date_seance(lignes[j].texte))), None)
        apres = (r.date_seance(lignes[k].texte) for k in range(i + 1, min(len(lignes), i + 40)))
        if avant is not None and any(d is not None and d > avant for d in apres):
            return avant
    return None


def _traiter(etat: _Etat, n: int, brut: str) -> None:
    t = brut.strip()
    if t[:1].isdigit() and etat.section is not None and (puce := _PUCE_NUMEROTEE_DE_LISTE.match(t)) is not None:
        brut = t = t[puce.end() :]  # « Etaient présents : » ⏎ « 1. ABEILLE Michel, Mme ABLIER … » (liste HTML)
    if etat.sauf_par_commune is not None and _sauf_par_commune(etat, n, t):
        return  # « … ; de Cappy, A ; de Frise, B, non représentés, sauf … » : la liste continue
    if etat.decomptes_du_point is not None or "partir du point" in t:
        t = brut = _decomptes_a_partir_d_un_point(etat, n, t)
        if not t:
            return
    if "respectivement" in t and (respectifs := r.pouvoirs_respectifs(t)) is not None:
        brut = t = respectifs  # « X et Y ont donné pouvoir respectivement à Z et à W »
    if "(un" in t and (pouvoir := _POUVOIR_DU_DECOMPTE.search(t)) is not None:
        brut = t = _pouvoir_du_decompte(etat, n, t, pouvoir)
    if not etat.voix_ponderees and "voix" in t and _VOIX_PONDEREES.search(t):
        _voix_ponderees(etat, n, t)
    if etat.aplati and t[:1] in "AaR" and (vote := _VOTE_PUIS_POINT.match(t)) is not None:
        suite = t[vote.end() :]
        if r.resultat(vote.group(0)) is not None and r.numero_deliberation(suite) is not None:
            # « Adopté à l'unanimité des membres présents et représentés (24 voix). Délibération
            # 2016-022 – … » (texte aplati) : le vote du point, puis le point suivant
            _traiter(etat, n, vote.group(0))
            _traiter(etat, n, suite)
            return
    if etat.aplati and etat.section is None and not etat.deliberations and _procuration_en_phrase(etat, n, t):
        return
    if etat.president_coupe and t:
        _nom_du_president_a_la_ligne(etat, t)
    if etat.deliberations and ("ommission" in t or "reuni" in t or "réuni" in t):
        _organe_du_point(etat, n, t)
    if etat.section is None and t[:4] in ("Pour", "POUR") and _APPEL_PAR_COMMUNE.match(t) and _appel_par_commune(etat, n, t):
        return
    if etat.communes_listees and _GROUPE_DE_COMMUNES_EN_TETE.match(t):
        # « … Pont de Ruan. Communauté de Communes des Deux Vallées : Arlanc ; Brives (M. X) »
        # (aplati) : la liste des communes représentées continue, par groupe de communes membres
        etat.section = r.Section("presents", "")
        if _communes_representees(etat, n, t):
            return
    if t[:4] in ("Sont", "Étai", "Etai") and _PRESENTS_SOUS_LA_PRESIDENCE.match(t):
        # « Sont présents à la séance sous la présidence du Maire, M. X » : le président, puis
        # les présents rangés par fonction aux lignes suivantes
        _entete(etat, n, t)
        etat.section = r.Section("presents", "")
        return
    if (
        etat.section is not None
        and etat.section.nom == "presents"
        and t[:3] in ("Les", "LES")
        and (rubrique := _RUBRIQUE_DE_FONCTION.match(t)) is not None
        and est_fonction(rubrique.group(1))
    ):
        _contenu_section(etat, n, t[rubrique.end() :])  # « Les Adjoints au Maire : Mmes et MM. A, B »
        return
    if etat.section is not None and t[:8].lower() == "rapporte" and _RUBRIQUE.match(t):
        etat.section = None  # « Rapporteur : M. X » après « Absent : » : la liste est finie
    if etat.section is not None and t[:7] == "Conform" and _CONFORMEMENT.match(t):
        etat.section = None  # « Conformément à l'article L. 2121-15 … » : une phrase, la liste est finie
    if etat.section is not None and t[:1].isdigit() and _POINT_EN_CAPITALES.match(t):
        etat.section = None  # « 1 NOMINATION DU SECRETAIRE DE SEANCE … » : le premier point
    if etat.section is not None and "...." in t and (inverse := _personne_a_points_de_conduite(t)):
        brut = t = inverse  # « BIDAULT Marcel ........ Poilly-en-Auxerrois » : l'élu, puis sa commune
    elif (
        etat.section is not None
        and "...." in t
        and (conduite := _LIEU_A_POINTS_DE_CONDUITE.match(t)) is not None
    ):
        # « PERREUX ........ M. Yves CHAMBON (à partir du rapport n° 3) » : le lieu, puis l'élu
        _groupe_lu(etat, n, conduite.group(1))
        brut = t = t[conduite.end() :]
    if t and etat.deliberations and (etat.entete_tardif or _entete_tardif(etat, n, t)):
        if r.numero_deliberation(t) is None:
            _hors_des_points(etat, n, brut)
            return
        etat.entete_tardif = False
    if etat.tableau_communes is not None and "\t" not in t:
        etat.tableau_communes = None  # le tableau des présences par commune est fini
    if etat.roles_des_absents is not None and t and "\t" not in t:
        if len(t) <= 60 and _tableau(etat, n, t):
            return  # « Jean-Marc X » seul : une rangée aux autres cellules vides
        _fin_du_tableau_des_absents(etat)
    if etat.section is not None and t[:1].isdigit() and (rang := _RANG_DE_PERSONNE.match(t)):
        brut = t = t[rang.end() :]  # « Présents : » / « 1. M. Paul ROUX » : le rang de la liste
    if (
        etat.section is not None
        and ")." in t
        and (renvoi := _RENVOI_COLLE.search(t)) is not None
        and r.mouvement(t[renvoi.start() :]) is not None
    ):
        _traiter(etat, n, t[: renvoi.start()])  # la fin de la liste
        _traiter(etat, n, t[renvoi.start() :])  # le texte du renvoi (1)
        return
    d = etat.courante
    if not t:
        etat.apres_blanc = True
        if d is not None:
            d.paragraphe_neuf = True
        return
    apres_blanc, etat.apres_blanc = etat.apres_blanc, False
    if (
        t[:1].isdigit()
        and (compte := _NOMBRE_DEVANT_INTITULE.match(t)) is not None
        and r.section(t[compte.end() :]) is not None
    ):
        # « 6 Conseillers titulaires présents : A, B … » : le nombre de la liste (lu comme
        # « Conseillers titulaires présents : 6 »), puis la liste
        _decomptes(etat, n, f"{t[compte.end() : t.index(':')].strip()} : {compte.group(0).strip()}")
        _traiter(etat, n, t[compte.end() :])
        return
    if (
        t[:1] == "("
        and (compte := _COMPTE_DEVANT_INTITULE.match(t)) is not None
        and r.section(t[compte.end() :]) is not None
    ):
        # « (6) Présents : A, B … (2) Représentés : C par A » : le nombre de la liste (lu comme
        # « Présents : 6 »), puis la liste
        _decomptes(etat, n, f"{t[compte.end() : t.index(':')].strip()} : {compte.group(1)}")
        _traiter(etat, n, t[compte.end() :])
        return
    if d is None and (etat.appel or "ppel" in t or "\t" in t) and _ligne_d_appel(etat, n, t):
        return
    if d is None and (etat.lettres or ("(" in t and " : " in t)) and _ligne_a_lettres(etat, n, t):
        return
    if etat.section is not None and etat.section.nom == "presents" and ("\t" in t or "   " in t):
        brut = t = _sans_colonne_hors_membres(etat, n, t)
        if not t:
            return
    if (
        etat.section is not None
        and etat.section.nom == "presents"
        and t[:7] == "Commune"
        and _COMMUNE_DE_DEUX_POINTS.fullmatch(t)
    ):
        _groupe_lu(etat, n, t.rstrip(" :"))  # « Commune de X : » seule, puis ses délégués
        return
    avant, etat.derniere_ligne = etat.derniere_ligne, t
    if avant and t[:1].isdigit() and (sous := _decomptes_sous_libelles(avant, t)) is not None:
        _decomptes(etat, n, sous)  # « En exercice    Présents    Votants » / « 6    4    5 »
        return
    etat.depuis_liste += 1
    if t.startswith(INTITULE_NOMS_BARRES):
        _noms_barres(etat, n, t[len(INTITULE_NOMS_BARRES) :])
        return
    if (etat.sommaire is not None or (len(t) <= 20 and _SOMMAIRE.fullmatch(t))) and _sommaire(
        etat, n, t
    ):
        return
    if len(t) <= 40 and _ORDRE_DU_JOUR.fullmatch(t):
        # (« Adoption de l'ordre du jour : » puis les points, un par ligne : des annonces)
        etat.ordre_du_jour, etat.odj_soumis = True, t[:1] in "Aa"
        return
    if len(t) <= 200 and t.rstrip().endswith(":") and _ORDRE_DU_JOUR_ANNONCE.search(t) is not None:
        # « Le Président de séance propose de procéder à l'examen de l'ordre du jour suivant : »
        # puis les points à puces : des annonces, pas des délibérations
        etat.ordre_du_jour = True
        return
    if len(t) <= 90 and (odj := _ORDRE_DU_JOUR_RUBRIQUE.fullmatch(t)) is not None:
        etat.ordre_du_jour = True  # « ORDRE du JOUR : 1 AFFAIRES GENERALES » (texte aplati)
        etat.constat(
            "extrait.intertitre", Severite.INFO, n, f"Rubrique de l'ordre du jour : « {odj.group(1)} »."
        )
        return
    if etat.ordre_du_jour and not etat.aplati and t[:1] in "-–•" and len(t) <= 200:
        # « ORDRE DU JOUR : » / « ✓ Approbation du procès-verbal … » : un point annoncé à puce ;
        # la liste continue (les points numérotés qui suivent sont encore annoncés)
        etat.constat("extrait.intertitre", Severite.INFO, n, f"Ligne de l'ordre du jour : « {t[:100]} ».")
        return
    if etat.ordre_du_jour and _ligne_soumise(etat, n, t):
        return
    if (
        etat.ordre_du_jour
        and r.numero_deliberation(t) is None
        and not (len(t) <= 60 and _RUBRIQUE_EN_CAPITALES.fullmatch(t))
    ):
        etat.ordre_du_jour = etat.odj_soumis = False
    if t[:1] in "Ll" and _VOTE_DE_L_ORDRE_DU_JOUR.match(cle_texte(t)):
        etat.constat(
            "extrait.intertitre", Severite.INFO, n, f"Vote de l'ordre du jour, d'aucun point : « {t[:100]} »."
        )
        return
    if etat.aplati and not etat.deliberations and _ordre_du_jour_a_puces_o(etat, n, t):
        return
    if etat.aplati and (annonce := _ORDRE_DU_JOUR_LISTE.match(t)) is not None:
        etat.points_annonces = _points_annonces(annonce.group("points"))[:_POINTS_ANNONCES_MAX]
        return
    if etat.points_annonces and etat.section is None and _point_annonce(etat, n, t):
        return
    if t[:1].isdigit() and len(t) <= 60 and _rubrique_numerotee(etat, n, t):
        return  # « 1. FINANCES » puis « 1.1 Décision modificative »
    if "°" in t and (
        numero := _NUMERO_D_EXTRAIT.search(t) or _RAPPORT_NUMERO_FINAL.search(t)
    ) is not None:
        # « … Votants N° 2015 9 4 » : le numéro de l'extrait, avant sa phrase d'ouverture et
        # son objet ; il revient au point que le prochain « OBJET : » ouvre
        # (« Délibération n° 16-AP-10-114 » puis « Rapport n° 114 » : le numéro de la
        # délibération, lu d'abord, reste)
        etat.numero_d_extrait = etat.numero_d_extrait or re.sub(r"\s+", " ", numero.group(1))
        if avant := t[: numero.start()].strip():
            _traiter(etat, n, avant)
        return
    if (
        "°" in t
        and not etat.deliberations
        and not etat.presents
        and (
            (
                etat.suite
                and 0 < etat.rang_ligne < len(etat.lignes)
                and etat.lignes[etat.rang_ligne - 1].numero == etat.lignes[etat.rang_ligne].numero
            )
            or _numero_en_tete_d_extrait(etat)
        )
        and (numero := _DELIBERATION_NUMERO_SEUL.fullmatch(t)) is not None
    ):
        # (« Délibération n° 2021-045 » seul sur sa ligne, suivi des décomptes ou de la phrase
        # d'ouverture : le numéro de l'extrait, en tête de page)
        # « Séance du 12 décembre 2019    Délibération n° 2019-12-07 » (en marge, sur la ligne
        # de la séance, avant les décomptes et les présents) : le numéro revient au point que
        # « Objet : » ouvre
        etat.numero_d_extrait = numero.group(1)
        return
    if "°" in t and not etat.deliberations and (numero := _NUMERO_AVANT_OUVERTURE.match(t)):
        # « N° 2009-31 L'an deux mil neuf, le … » : le numéro de l'extrait devant sa phrase
        # d'ouverture ; il revient au point que le prochain « Objet : » ouvre
        etat.numero_d_extrait = numero.group(1)
        _traiter(etat, n, t[numero.end() :])
        return
    if (
        not etat.deliberations
        and etat.numero_d_extrait is None
        and t[:5].lower() == "objet"
        and _objet_proces_verbal(etat, n, t)
    ):
        return
    if etat.section is not None and etat.deliberations and _ISSUE_EN_CAPITALES.match(t):
        etat.section = None  # « ADOPTÉ. » après la liste des pouvoirs d'un extrait : l'issue
    if (
        etat.section is not None
        and t[:6].lower() in ("groupe", "non in", "non-in")
        and (politique := _GROUPE_POLITIQUE.match(t)) is not None
        and etat.section.nom in ("presents", "absents", "procurations")
    ):
        # « Groupe Socialistes, Radicaux et Citoyens : Mme A, M. B » : le groupe politique
        # des élus qui suivent, pas une personne
        etat.constat(
            "extrait.groupe-politique",
            Severite.INFO,
            n,
            f"« {politique.group(1)[:80]} » lu comme un groupe politique, pas comme un membre.",
        )
        if t[politique.end() :].strip():
            _contenu_section(etat, n, t[politique.end() :])
        return
    if (
        etat.section is not None
        and etat.section.nom in ("presents", "absents", "suppleants")
        and len(t) <= 100
        and t[:1] in "Cc"
        and _MEMBRE_INTERCOMMUNAL_SEUL.fullmatch(t) is not None
    ):
        # « Communauté de communes du Pays de Mortagne » seule sur sa ligne dans la liste des
        # délégués : la collectivité membre dont les délégués suivent, pas la collectivité
        # du document ni un membre
        _groupe_lu(etat, n, t)
        return
    if (
        etat.section is not None
        and etat.section.nom in ("presents", "absents", "suppleants")
        and t[:1] in "Cc"
        and _MEMBRE_INTERCOMMUNAL_PUIS_DELEGUES.match(t) is not None
    ):
        _contenu_section(etat, n, t)  # « Communauté de Communes X Mr A, Mme B » : ses délégués
        return
    if ":" in t and _titre_puis_numero(etat, n, t):
        return
    if ":" in t and _titre_deux_points(etat, n, t):
        return
    if not etat.deliberations and (phrase := _phrase_de_presence(t)) is not None:
        avant, intitule, apres = phrase
        if avant:
            _traiter(etat, n, avant)
        etat.section = None
        _traiter(etat, n, intitule)
        etat.section = None
        if apres:
            _traiter(etat, n, apres)
        return
    if etat.section is not None and t[:4].lower() == "coll" and _INTITULE_DE_COLLEGE.fullmatch(t):
        etat.section = None  # « Collège de la Région (3 voix par délégué) » : un intertitre
        return
    if etat.section is not None and _nom_seul(etat, n, t):
        return
    if t[:1] == "(" and etat.section is not None and _parenthese_reportee(etat, n, t):
        return
    if (
        etat.section is None
        and (t[:3] in ("Mes", "MM.") or t[:2] in ("M.", "Mm") or t.isupper() or _ouvre_un_groupe(t))
        and _presents_sans_intitule(etat, n, t)
    ):
        etat.section = r.Section("presents", "")  # (lue ci-dessous, comme les suivantes)
    if (
        etat.section is not None
        and _COMMUNE_INITIALE.match(t)
        and pour_la_commune(t) is not None
        and _contenu_section(etat, n, t)
    ):
        return  # « pour la commune de X : madame A » : un groupe de la liste, pas un en-tête
    if "\t" in t and _tableau_par_commune(etat, n, t):
        return
    if "\t" in t and _tableau_votes(etat, n, t):
        return
    if (etat.liste_decisions or (len(t) <= 40 and not etat.deliberations)) and _liste_decisions(
        etat, n, t
    ):
        return
    if _rubrique(etat, n, t):  # « • Finances » puis « 2.1) Compte administratif »
        return
    if t[:1] in "-–•" and _puce_votee(etat, n, t, flux=etat.aplati and t[:1] == "–"):
        return
    if (
        etat.aplati
        and avant[-2:] in (" –", " -", " —")
        and t[:1].isupper()
        and " : " in t
        and _puce_votee(etat, n, f"– {t}", flux=True)
    ):
        return  # « Adopté. – » / « Convention de déneigement : reconduction … » : le tiret
        # qui sépare les parties d'une page aplatie reste à l'issue précédente ; le titre suivant
        # est une puce
    if (
        d is not None
        and contient_un(cle_t := cle_texte(t), _MOTS_RETRAIT)
        and _RETRAIT.search(cle_t)
        and r.mouvement(t) is None
    ):
        if _POUR_LE_POINT_SUIVANT.search(cle_t):
            etat.hors_vote_suivant = (d, n)  # (voir _hors_vote_du_suivant)
            return
        _retrait(etat, n, t)
    if d is not None and len(t) <= 200 and ("rriv" in t or "part" in t) and _mouvement_nominal(etat, n, t):
        return
    if (
        d is not None
        and ("rriv" in t or "ejoin" in t or "ntr" in t or "place" in t)
        and _arrivee_en_seance(etat, n, t)
    ):
        return
    if d is None and ("lle donne" in t or "Il donne" in t) and (pronom := _POUVOIR_PAR_UN_PRONOM.search(t)):
        # « Mme X, absente, est excusée. Elle donne pouvoir à M. Y. » : le pronom reprend X
        mandant = lire_personne(pronom.group("mandant"))
        if mandant is not None:
            etat.procurations.append((n, mandant, lire_personne(pronom.group("mandataire")), pronom.group("mandataire")))
            return
    if (
        d is None
        and ("rriv" in t or "part" in t or "but de" in t)
        and len(t) <= 400
        and _arrivee_avant_les_points(etat, n, t)
    ):
        return
    if t[:1] in "Rr" and len(t) <= 40 and (reference := _REF_DE_POINT.fullmatch(t)) is not None:
        _reference_du_titre(etat, n, reference.group(1))
        return
    if _objet_du_document(etat, n, t):
        return
    if (valeur := r.objet(t)) is not None:
        etat.section = None
        if d is not None and d.approbation_numerotee:
            d = _approbation_sous_le_numero(etat, d)
        if d is None or d.objet or d.theme:
            d = _Delib(n)
            etat.deliberations.append(d)
        d.ligne, d.par_objet = n, True
        if etat.numero_d_extrait is not None and d.numero is None:
            d.numero, etat.numero_d_extrait = etat.numero_d_extrait, None
        if valeur and (interne := _NUMERO_INTERNE.search(valeur)) is not None:
            # « Objet : Titre N° interne de l'acte : 2022-07 » : le numéro après le titre
            ecrit = next(g for g in interne.groups() if g)
            d.numero = d.numero or ecrit.rstrip(".,;")
            valeur = (valeur[: interne.start()].rstrip() + " " + valeur[interne.end() :]).strip()
        if etat.aplati and valeur and (acte := _NUMERO_D_ACTE_DANS_LE_FLUX.search(valeur)):
            # « Objet : Titre - DE_2019_012 Monsieur le Maire expose … » : le numéro de l'acte
            # ferme le titre
            d.numero = d.numero or acte.group(1)
            valeur, suite_objet = valeur[: acte.start()].strip(), valeur[acte.end() :].strip()
            d.objet.append(valeur)
            d.zone, d.objet_complet, d.paragraphe_neuf = "objet", True, False
            if suite_objet:
                _traiter(etat, n, suite_objet)
            return
        if etat.aplati and valeur:
            valeur, suite_objet = r.couper_titre(valeur)
            if suite_objet:
                d.objet.append(valeur)
                d.zone, d.objet_complet, d.paragraphe_neuf = "objet", True, False
                _traiter(etat, n, suite_objet)
                return
        if (
            valeur
            and valeur.upper() == valeur
            and any(c.isalpha() for c in valeur)
            and len(valeur) <= 120
            # « TRANSITION ÉNERGÉTIQUE – ADHÉSION AU GROUPEMENT … » : une rubrique puis son
            # titre, en capitales, est l'objet lui-même (le thème seul est court : « FINANCES »)
            and not (" – " in valeur and len(valeur.split()) >= 6)
            # (« OBJET : DÉCISION MODIFICATIVE N° 3 AU BUDGET PRINCIPAL » : un titre en
            # capitales, qui porte un numéro ou un chiffre, n'est pas un thème)
            and not (len(valeur.split()) >= 5 and any(c.isdigit() for c in valeur))
        ):
            d.theme, d.titre_attendu = valeur, True
        elif valeur:
            d.objet.append(valeur)
        else:
            d.titre_attendu = True
        d.zone, d.paragraphe_neuf = "objet", False
        return
    if (titre := r.approbation(t)) is not None and (
        etat.aplati
        or etat.deliberations
        or _titre_puis_vote(titre)[1]  # « … : à l'unanimité »
        or (titre.upper() == titre and len(titre) <= 150 and not etat.capitales)  # intertitre en capitales
        or _intertitre_a_point_final(etat, titre)  # « Approbation du compte rendu du … . »
    ):
        etat.section = None
        if d is None or d.objet or d.theme or not d.titre_attendu:
            d = _Delib(n)
            etat.deliberations.append(d)
        else:
            d.approbation_numerotee = d.numero is not None
        titre, suite = r.couper_titre(titre) if etat.aplati else (titre, "")
        _poser_titre(etat, n, d, titre, suite)
        return
    if (
        t[:1] in "MmVv"
        and etat.deliberations
        and len(t) <= 200
        and not t.endswith(".")
        and _TITRE_DE_MOTION.match(cle_texte(t))
        and (d is None or d.objet or not d.titre_attendu)  # pas le titre de « Rapport n° X » seul
    ):
        # « Motion relative au maintien des services de santé » sans numéro, entre deux points :
        # un point à lui (son vote suit)
        etat.section = None
        d = _Delib(n)
        etat.deliberations.append(d)
        _poser_titre(etat, n, d, t, "")
        return
    if t[:1] in "IVXL" and _point_romain(etat, n, t):
        return
    if etat.points_a_tiret and t[:1] in "-–" and _point_a_tiret(etat, n, t):
        return
    if d is not None and (d.votes or d.resultat is not None) and _intertitre_a_point_final(etat, t):
        # « Vote du compte administratif 2007. » seul sur sa ligne après le vote du point
        # précédent : le titre d'un point sans numéro
        etat.section = None
        d = _Delib(n)
        etat.deliberations.append(d)
        _poser_titre(etat, n, d, t.strip().rstrip("."), "")
        return
    if _point_numero_final(etat, n, d, t):
        return
    if (
        num := r.numero_deliberation(t) or (r.numero_en_fin(t) if ":" in t else None)
    ) is not None and (
        not num[3] or d is None or d.zone != "dispositif" or d.votes or d.resultat is not None
    ) and not _alinea_du_dispositif(d, num[2]) and not _alinea_numerote(d, num, t) and not (
        _lettre_hors_suite(etat, num)
    ):
        if _DATE_SEULE.fullmatch(cle_texte(num[2])):
            etat.constat(
                "extrait.numero-de-publication",
                Severite.INFO,
                n,
                f"« {t[:80]} » : le numéro d'une publication (suivi d'une date), pas un point.",
            )
            return
        etat.section = None
        if _numero_de_rapport(etat, n, d, t, num[2]):
            return
        if _deja_lu(etat, n, num[0], num[2]):
            return
        if _numero_du_point_titre(etat, n, d, num[0], num[2]):
            return
        if _numero_sous_l_objet(etat, d, num[0], num[2]):
            if etat.aplati and num[2].strip() and d is not None:
                # (texte aplati : le numéro ferme le titre, l'exposé le suit)
                d.zone, d.objet_complet, d.paragraphe_neuf = "objet", True, False
                _traiter(etat, n, num[2].strip())
            return
        if d is None or d.objet or d.numero:
            d = _Delib(n)
            etat.deliberations.append(d)
        d.numero, d.rang, reste, _faible = num
        if reste[:1] == "|":
            reste = reste[1:].strip()  # « D2023-041 | Titre » : la barre sépare numéro et titre
        if _faible and reste[:1] in "DdNn" and (interieur := r.numero_deliberation(reste)) and not interieur[3]:
            # « 2. Délibération n° 2023-014 :\tTitre » (ligne non découpée) : le rang, puis le
            # numéro de la délibération et son titre
            d.numero, reste = interieur[0], interieur[2]
        reste = _ETIQUETTE_DELIBERATION.sub("", reste)  # « 2. DELIBERATION Compte administratif »
        if reste[:1] in "sScC" and t.lstrip()[:1] in "dD":
            # « Délibération n°1 sur l’approbation du … », « Délibération 2 concernant le
            # budget » : l'objet est ce qui suit la préposition et l'article
            reste = _PREPOSITION_D_OBJET.sub("", reste, count=1)
        if reste and _MENTION_DE_TRANSMISSION.match(cle_texte(reste)):
            reste = ""  # « Délibération n° X déposée le 30 octobre 2014 » : l'objet suit
        elif reste and (du := _DU_DATE.match(cle_texte(reste))) is not None:
            # « Délibération n° 1 du 18 DECEMBRE 2008 1° Objet : … » (recueil d'extraits) :
            # la date de la séance, puis le rang répété devant l'objet qui suit
            if etat.date is None and (candidat := r.date_seance_fiable(t)) is not None:
                _candidat_date(etat, n, *candidat)
            reste = reste[du.end() :].strip()
        # « 1.2) Secrétaire de séance », « 3.1) Effectifs » : un sous-point n'est une
        # délibération que si un vote ou une décision le suit
        d.devine = d.devine or _SOUS_POINT.match(t) is not None
        # « 5. Point sur les points d'apport volontaire », « 3. Informations » : un point
        # d'information n'est une délibération que si un vote ou une décision le suit
        d.devine = d.devine or _POINT_D_INFORMATION.match(cle_texte(reste)) is not None
        # « Question 5 – » seul sur sa ligne (texte aplati découpé), puis « Questions diverses
        # … » : le titre qui suit dit un point sans délibération, sauf si un vote le suit
        d.devine = d.devine or (
            not reste.strip()
            and not etat.titre_puce
            and _TITRE_SANS_DELIBERATION.match(cle_texte(_prochaine(etat))) is not None
        )
        d.annonce = etat.ordre_du_jour
        etat.numerotes = True
        etat.par_numero.setdefault(d.numero, []).append(d)
        etat.dernier_rang = d.rang or etat.dernier_rang
        if not reste and etat.titre_puce:
            reste = etat.titre_puce
        etat.titre_puce = None
        _retirer_sommaire(etat, d)
        if reste and (sous_objet := r.objet(reste)) is not None:
            reste = sous_objet
        suite = ""
        if reste and (issue := _ISSUE_EN_FIN.search(reste)) is not None:
            reste, suite = reste[: issue.start()], reste[issue.end() :]  # « Objet - Adopté… »
        elif reste and _TIRET_FINAL.search(reste):
            reste = reste[:-1].rstrip()  # « Objet - » puis « Adopté… » coupé dans le flux
            d.tiret_final = True
        elif etat.aplati and reste:
            reste, suite = r.couper_titre(reste)
        if reste:
            _poser_titre(etat, n, d, reste, suite)
        else:
            d.titre_attendu, d.paragraphe_neuf = True, False
        return
    if "\t" in t and _tableau(etat, n, t):
        return
    if d is None and ": " in t and _compte_puis_liste(etat, n, t):
        return
    if (sec := r.section(t)) is not None and (" - " in t or " – " in t) and (
        (morceaux := _sous_intitules_a_tirets(t)) is not None
    ):
        for morceau in morceaux:
            _traiter(etat, n, morceau)
        return
    if sec is not None and d is not None and _designation_dans_un_point(d, t, sec):
        etat.constat(
            "extrait.designation",
            Severite.INFO,
            n,
            f"« {t[:80]} » : une désignation votée dans le point, pas une liste de présence.",
        )
        return
    if (
        sec is None
        and len(t) <= 80
        and (t.isupper() or t.endswith(":"))  # (en capitales : pas « Services », un menu de page)
        and (rubrique := _RUBRIQUE_DE_PERSONNES.fullmatch(cle_texte(t)))
    ):
        # « ADMINISTRATEURS » / « PERSONNELS ADMINISTRATIFS ET INVITÉS » : les listes qui suivent
        # nomment des membres, ou d'autres personnes
        etat.sous_rubrique_hors_membres = rubrique.group("autres") is not None
        etat.constat("extrait.intertitre", Severite.INFO, n, f"Rubrique de personnes : « {t} ».")
        return
    if sec is not None:
        if sec.nom == "presents" and t.startswith(INTITULE_PRESENTS_APRES_LE_PRESIDENT):
            etat.constat(
                "extrait.presents-supposes",
                Severite.AVERTISSEMENT,
                n,
                "Les personnes nommées après le président (« sous la présidence de X, Président, A, "
                "B - Vice-présidents ; … ») sont lues comme la liste des présents (le document ne dit "
                "pas « présents ») : à vérifier.",
            )
        if sec.nom == "presents" and (etat.presents or etat.deliberations) and _ASSISTAIENT.match(cle_texte(t)):
            # « Présents : A, B » puis « Assistaient à la séance : Mme X (DGS) » : la liste des
            # présents est déjà lue, celle-ci nomme d'autres personnes (pas des membres)
            sec = r.Section("autres", sec.reste)
        if etat.sous_rubrique_hors_membres and sec.nom in ("presents", "absents"):
            sec = r.Section("autres", sec.reste)  # (sous « PERSONNELS ET INVITÉS »)
        if (
            sec.nom == "suppleants"
            and etat.section is not None
            and etat.section.nom == "absents"
            and _SUPPLEANTS_NUS.fullmatch(cle_texte(t[: len(t) - len(sec.reste)]).strip())
        ):
            # « Étaient excusés : - Délégués titulaires : … - Délégués suppléants : X » : des
            # suppléants excusés, pas des suppléants qui siègent
            sec = attrs.evolve(etat.section, reste=sec.reste)
        if not sec.nom:  # sous-intitulé (« Membres titulaires : ») : la liste continue
            valeurs = r.decomptes(sec.reste)
            # « Conseillers : en exercice 6, présents 4, votants 5 » ; « Conseillers : en exercice :
            # 6 ; » seul, la suite coupée à « présents : »
            if (len(valeurs) >= 2 or [c for c, _v in valeurs] == ["en_exercice"]) and _decomptes(etat, n, t):
                return
            if etat.section is None and not etat.presents and _TITULAIRES_SEULS.match(cle_texte(t)) and sec.reste.strip():
                # « Délégués titulaires : A, B, C » en tête, sans autre liste de présents : la
                # liste des présents d'un procès-verbal de communauté, supposée et dite
                etat.constat(
                    "extrait.presents-supposes",
                    Severite.AVERTISSEMENT,
                    n,
                    f"« {t[: len(t) - len(sec.reste)].strip()[:60]} » lu comme la liste des présents "
                    "(le document ne dit pas « présents ») : à vérifier.",
                )
                sec = r.Section("presents", sec.reste)
            elif etat.section is None:
                etat.constat(
                    "extrait.intitule-inconnu",
                    Severite.AVERTISSEMENT,
                    n,
                    f"Intitulé non compris : « {t[:80]} ».",
                )
                return
            else:
                sec = attrs.evolve(etat.section, reste=sec.reste)
        if sec.reste[:1].isdigit() and (compte := _NOMBRE_PUIS_CIVILITE_DE_LISTE.match(sec.reste)) is not None:
            # « ETAIENT PRESENTS : 7 M. ROUVIER M. BASTIDE … » : le nombre, puis la liste
            if sec.nom in ("presents", "procurations"):
                etat.decomptes.setdefault(sec.nom, int(compte.group(1)))
            sec = attrs.evolve(sec, reste=sec.reste[compte.end() :])
        if sec.reste and (_nombre_en_tete(sec.reste) or _LIBELLES_NOMBRES.fullmatch(sec.reste)) and _decomptes(etat, n, t):
            # « Présents : huit. », « présents : sept – votants : neuf », « Présents ce jour :
            # Titulaires : 6 - Suppléants : 1 » : des nombres, pas une liste
            return
        if (
            sec.reste[:1] == "("
            and sec.nom in ("presents", "absents", "procurations")
            and (compte := _COMPTE_ENTRE_PARENTHESES.match(sec.reste.strip())) is not None
        ):
            # « Etaient présents : (7) » puis la liste à la ligne, ou « (5) A, B, … » sur la
            # ligne : le nombre de la liste
            etat.decomptes.setdefault(sec.nom, int(compte.group(1)))
            sec = attrs.evolve(sec, reste=sec.reste.strip()[compte.end() :].strip())
        if sec.nom and not sec.reste.strip():
            _intitules_a_la_suite(etat, n, t)
        if (
            sec.nom == "presents"
            and "(" in t
            and etat.courante is None
            and (compte := _COMPTE_DE_LA_RUBRIQUE.match(t)) is not None
        ):
            etat.decomptes.setdefault("presents", int(compte.group(1)))  # « Présents (15) : »
        etat.section = sec
        etat.procurations_annoncees |= sec.nom == "procurations"
        if sec.reste and r.section(sec.reste) is not None:
            _traiter(etat, n, sec.reste)
        elif sec.reste and not _contenu_section(etat, n, sec.reste):
            etat.constat(
                "extrait.ligne-non-comprise",
                Severite.AVERTISSEMENT,
                n,
                f"Liste non comprise : « {t[:100]} ».",
            )
        return
    if (
        (d is None or etat.depuis_liste <= 2)
        and etat.presents
        and contient_un(minuscules_meme_longueur(t), _MOTS_SUPPLEANT)
        and _MOT_SUPPLEANT.search(t)
        and _suppleant_en_phrase(etat, n, t)
    ):
        return  # « X, suppléante de Y. » juste après la liste des présents
    if (
        contient_un(minuscules_meme_longueur(t), _MOTS_SECRETAIRE_ELU)
        and _SECRETAIRE_ELU.search(t)
        and r.secretaire(t) is not None
        and _entete(etat, n, t)
    ):
        return  # « X a été élu secrétaire à 20 voix pour » : une nomination, pas un point
    if etat.secretaire is None and "fonction" in t and _secretaire_annonce(etat, n, t):
        return
    if etat.secretaire is None and "ecr" in t and (
        annonce := _NOMINATION_DU_SECRETAIRE.search(minuscules_meme_longueur(t))
    ):
        etat.secretaire_annonce = n  # (la suite de la phrase est lue comme d'habitude)
        if (nom := r.designe_apres_l_annonce(t[annonce.end() :])) is not None and lire_personne(nom):
            etat.secretaire = (n, nom)  # « Désignation d'un secrétaire (…). : Mme X a été désignée. »
            return
    if (
        d is not None
        and etat.secretaire is None
        and "ecr" in t
        and _NOMINATION_DU_SECRETAIRE.search(cle_texte(" ".join(d.objet)))
        and r.secretaire(t) is not None
    ):
        # « 1 NOMINATION DU SECRÉTAIRE DE SÉANCE … DÉCIDE de NOMMER Mme X, secrétaire de séance »
        # (aplati) : le secrétaire, puis la phrase est lue comme la décision du point
        _entete(etat, n, t)
    if (
        d is not None
        and len(t) > 160
        and t[:1] in "PCAVNpcavn"
        and (suite_de_voix := _SUITE_DE_VOIX.match(cle_texte(t))) is not None
    ):
        # « Pour : 18 Contre : 0 Abstention : 0 Ne prend pas part au vote : 1 (X) Le Président
        # … Certifié exécutoire … » (texte aplati) : les voix, puis ce qui les suit
        voix, reste = t[: suite_de_voix.end()], t[suite_de_voix.end() :].strip()
        if reste and (valeurs := r.votes(voix)):
            _appliquer_votes(etat, n, valeurs, voix)
            _traiter(etat, n, reste)
            return
    if d is not None and t[:1] in "Rr" and (rapporteur := _RAPPORTEUR_PUIS_PHRASE.match(t)) is not None:
        # « Rapporteur : M. X M. Y et Mme Z ne prennent pas part au vote. » (texte aplati) : la
        # rubrique, puis la phrase qui la suit (le rapporteur n'en est pas)
        _traiter(etat, n, t[: rapporteur.end()].strip())
        _traiter(etat, n, t[rapporteur.end() :].strip())
        return
    if (
        d is not None
        and ("prennent pas part" in t.lower() or "participent pas au vote" in t.lower())
        and "ne_prend_pas_part" not in d.votes
        and (nombre := _non_votants_nommes(t)) is not None
    ):
        d.votes["ne_prend_pas_part"] = nombre  # « Ne prennent pas part au vote : MM. X et Y »
    if (
        d is not None
        and len(t) <= 200
        and "ne_prend_pas_part" not in d.votes
        and ("n'a pas" in (cle_t := cle_texte(t)) or "n' a pas" in cle_t)
        and _UN_MEMBRE_NE_VOTE_PAS.match(cle_t)
    ):
        # « M. X, …, s'est retiré de la salle et n'a pas participé à la délibération. »
        d.votes["ne_prend_pas_part"] = 1
    if (
        d is not None
        and 160 < len(t) <= 2000
        and (t[:4].lower() in ("pour", "vote") or t[:8].lower() == "ont voté")
        and len(court := _sans_noms_des_votants(t)) <= 160
        and (valeurs := r.votes(court))
    ):
        # « Pour : 26 – Contre : 6 (groupe « X » : six noms) – Abstention : 0 » : une ligne de
        # voix allongée par les noms des opposants ; les voix se lisent sans les parenthèses
        _appliquer_votes(etat, n, valeurs, court)
        return
    if d is not None and 160 < len(t) <= 2000 and not _vote_complet(d):
        _votes_en_phrase(etat, n, d, t)  # après les branches qui ouvrent un nouveau point
    if len(t) <= 160 and (valeurs := r.votes(t)):
        if (
            d is None
            and {cle for cle, _ in valeurs} == {"dont_procurations"}
            and _votants_dont_pouvoirs(etat, n, t, valeurs[0][1])
        ):
            return  # « Votants : 5 dont 1 pouvoir » dans l'en-tête : des décomptes
        if d is not None and etat.decomptes_points and "otants" in t:
            # « Nombre de votants : 30 Abstention : 0 … » : le décompte écrit à chaque point
            etat.decomptes_points.setdefault("votants", []).extend(
                v for cle, v in r.decomptes(t) if cle == "votants"
            )
        _appliquer_votes(etat, n, valeurs, t)
        return
    if d is not None and not d.dispositif and _PRISE_D_ACTE.match(cle_texte(t)):
        # « Débat d'orientation budgétaire : le conseil prend acte de la tenue du débat. » : la
        # décision du point, sans vote (jamais un intertitre), qui finit son objet ; la zone
        # reste celle de l'exposé (un numéro qui suit ouvre toujours le point suivant)
        d.dispositif.append(t.strip())
        d.zone = "expose" if d.zone == "objet" else d.zone
        return
    if d is not None and (decide := r.decision(t)) is not None:
        d.zone, d.paragraphe_neuf = "dispositif", True
        etat.section = None
        if (res := r.resultat(t)) is not None and res.unanimite:
            d.resultat = res.resultat or d.resultat
            d.unanimite, d.mode = True, res.mode or d.mode
        if d.resultat is None and r.decision_adoptee(t):
            d.resultat = ResultatVote.ADOPTE
        if decide:
            d.dispositif.append(decide)
            d.paragraphe_neuf = False
        return
    if (res := r.resultat(t)) is not None and (
        d is None or d.zone != "expose" or len(t) < 160 or _ORGANE_UNANIME.match(cle_texte(t))
    ):
        if d is None:
            if _entete(etat, n, t):
                return  # un titre (« … DU 27/06/2008 … adopté… ») avant toute délibération
            etat.constat(
                "extrait.vote-hors-deliberation",
                Severite.AVERTISSEMENT,
                n,
                f"Résultat hors de toute délibération : « {t[:80]} ».",
            )
            # (l'approbation du compte rendu d'une séance passée, phrase du récit, n'ouvre pas le
            # corps d'un point sans titre : les décomptes qui suivent restent ceux de la séance)
            etat.issue_hors_point = etat.issue_hors_point or not r.pv_passe_approuve(t)
            return
        d.resultat = res.resultat or d.resultat
        d.unanimite = d.unanimite or res.unanimite
        d.mode = res.mode or d.mode
        d.moins.update(dict(res.moins))
        if res.unanimite and (pour := r.pour_unanime(t)) is not None:
            d.votes.setdefault("pour", pour)
        if d.resultat is None and r.decision_adoptee(t):
            # « Le conseil retient l'entreprise X. M. Y ne prend pas part au vote. » : la
            # décision, puis le membre qui ne vote pas (qui ne dit pas l'issue)
            d.resultat = ResultatVote.ADOPTE
        d.zone = "vote"
        _unanimite_contredite(etat, n, d, res.unanimite, False)
        return
    if len(t) <= 200 and t[:1] in "MmLl" and (nomme := _mouvement_par_la_fonction(etat, n, t)):
        brut = t = nomme  # « M. le Maire quitte la séance … » : le maire, que le document nomme
    if len(t) <= 200 and ("pouvoir" in t or "procuration" in t or "représent" in t) and _depart_avec_pouvoir(
        etat, n, t
    ):
        return
    if (
        len(t) <= 200
        # (« Représentés : » / « M. A : pouvoir à M. B ; Mme C (jusqu'à la question 3) : pouvoir
        # à M. D » : des pouvoirs, chacun avec sa précision, pas une phrase de départ)
        and not (etat.section is not None and etat.section.nom == "procurations" and t.count("pouvoir") > 1)
        and not _nom_et_mouvement_en_liste(etat, t)
        and (mvt := r.mouvement(t)) is not None
    ):
        debut = t.find(mvt.qui)
        coupe = _FIN_PHRASE_QUI.search(mvt.qui) if debut >= 0 else None
        if coupe is not None:  # « …, Président. Mr X rejoint la séance au point 2. »
            _traiter(etat, n, t[: debut + coupe.start() + 1])
            _traiter(etat, n, t[debut + coupe.end() :])
            return
        etat.mouvements.append((n, mvt))
        pouvoir = _POUVOIR_EN_PARTANT.search(t)
        if pouvoir is None and _DONNE_EN_FIN_DE_LIGNE.search(t):
            # « … après la délibération 2008-35, et donne » / « pouvoir à M. X. » : la
            # procuration continue sur la ligne suivante
            t = f"{t.rstrip()} {etat.suivante.strip()}"
            pouvoir = _POUVOIR_EN_PARTANT.search(t)
        if pouvoir is not None and (mvt.depart_numero is not None or mvt.depart is not None):
            # « (2) X a quitté la séance à partir de la délibération N°… et a donné
            # procuration à Y », « X quitte la séance après le vote du point 4 et donne pouvoir
            # à Y » : la procuration vaut pour les points suivants
            mandant, mandataire = lire_personne(mvt.qui), _mandataire_poursuivi(etat, pouvoir, t)
            if mandant is not None:
                etat.procurations.append((n, mandant, lire_personne(mandataire), mandataire))
        return
    if (
        etat.section is not None
        and etat.section.nom == "presents"
        and t[:1] in "Pp"
        and (fonction := _PRESIDENT_EN_LISTE.match(t)) is not None
    ):
        # « Présidente : Mme X » en tête d'une liste des présents rangée par fonction : la
        # présidente, présente ; la liste continue (« Vice-présidents : … »)
        _entete(etat, n, t)
        _contenu_section(etat, n, t[fonction.end() :])
        return
    if (
        etat.section is not None
        and etat.section.nom in ("presents", "suppleants", "absents")
        and (membre := _MEMBRE_PUIS_DELEGUES.match(t)) is not None
    ):
        # « Communauté de communes du Pays de X : M. A, Mme B » dans la liste des délégués
        # d'un syndicat mixte : la collectivité membre, puis ses délégués (pas l'en-tête)
        _groupe_lu(etat, n, membre.group(1))
        _contenu_section(etat, n, t[membre.end() :])
        return
    if not _point_apres_l_ordre_du_jour(etat, t) and _entete(etat, n, t):
        if not (etat.section is not None and etat.section.nom == "presents" and not etat.presents and "onvoc" in t):
            # (« ÉTAIENT PRÉSENTS : 8 Date de convocation : 25 février 2011 M. X M. Y … »,
            # aplati : la date de convocation entre l'intitulé et ses noms ne ferme pas la liste)
            etat.section = None
        return
    if etat.section is not None and _SIGNATAIRE.match(cle_texte(t)):
        # « Le Président du Conseil départemental, » sous la liste des pouvoirs en fin de
        # document : le bloc des signatures, la liste est finie
        etat.section = None
        return
    if etat.section is not None and _contenu_section(etat, n, brut):
        return
    etat.section = None
    plat = cle_texte(t)
    if _INTERTITRE_DU_PV.fullmatch(plat) and _pv_vote(etat, n, t):
        return
    if _TITRES.match(plat) or _FORMULES.match(plat):
        if d is not None and d.zone == "objet" and d.objet:
            # « Le Président rappelle que … » après le titre : le titre est fini, la ligne en
            # minuscules qui suit continue l'exposé, pas le titre
            d.objet_complet, d.paragraphe_neuf = True, True
        return
    if d is not None and (rubrique := _RUBRIQUE.match(t)) is not None:
        # « Rapporteur : », « Interventions : », « Décision : » : l'objet est fini
        d.objet_complet, d.titre_attendu = True, False
        d.zone = "dispositif" if rubrique.group(1).lower().startswith("d") else "expose"
        d.paragraphe_neuf = True
        if t[rubrique.end() :].strip():
            _traiter(etat, n, t[rubrique.end() :].strip())
        return
    if (apres_blanc or t[:2] in ("- ", "– ", "• ") or _apres_une_phrase(etat, avant, t)) and _titre_sans_numero(etat, n, t):
        return
    if _titre_capitales_aplati(etat, n, t):
        return
    if _titre_apres_un_vote_aplati(etat, n, t):
        return
    if d is not None and d.resultat is None and r.decision_adoptee(t):
        d.resultat = ResultatVote.ADOPTE  # « Le conseil approuve le rapport. »
    if d is not None and _titre_attendu_aplati(etat, n, d, t):
        return
    if d is not None and _texte_libre(d, t, etat.suite, etat.aplati, etat.largeur):
        return
    etat.constat(
        "extrait.ligne-non-comprise",
        Severite.AVERTISSEMENT,
        n,
        f"Ligne non comprise : « {t[:100]} ».",
    )


# La fin de la première phrase (« … de M. LAFONT. Mme ROCHER … » ; pas « MM. » ni « M. »)
# (« M. X donne procuration à M. Y ; Mme Z donne procuration à Mme W. » : le point-virgule
# sépare deux procurations, chacune lue à son tour)
_FIN_DE_PREMIERE_PHRASE = re.compile(r"(?:(?<=[a-zà-ÿ]{2})|(?<=[A-ZÀ-Ý]{3}))(?:\.|\s?;)\s+(?=[A-ZÀ-Ý])")


_FONCTION_MANDATAIRE = re.compile(
    r"\s*(?:(?:m|mme|monsieur|madame)\.?\s+)?(?:le|la)\s+[^,;]{0,30}?(?:maire|president|adjoint)e?\s*\.?\s*"
)


def _procuration_en_phrase(etat: _Etat, n: int, t: str) -> bool:
    """« Absents : M. X - Mme Y. M. Z a reçu pouvoir de M. X. Mme W a été désignée … » (texte
    aplati) : la phrase qui suit la liste, avant le premier point, dit une procuration (les deux
    personnes lues) ; la suite est lue à part."""
    # (« Monsieur X, excusé, s'est fait représenter par Madame Y. » : le verbe dit le pouvoir)
    if "pouvoir" not in t and "procuration" not in t and "eprésent" not in t and "epresent" not in t:
        return False
    fin = _FIN_DE_PREMIERE_PHRASE.search(t)
    premiere, reste = (t[: fin.start()], t[fin.end() :]) if fin else (t.rstrip(" ."), "")
    if len(premiere) > 200 or (proc := r.procuration(premiere)) is None:
        return False
    mandant, mandataire = lire_personne(proc[0]), lire_personne(proc[1])
    # (« Mme X a donné procuration à M. le Maire. » : le mandataire nommé par sa fonction, que
    # la construction rapporte à son titulaire ou signale)
    if mandant is None or (mandataire is None and not _FONCTION_MANDATAIRE.fullmatch(cle_texte(proc[1]))):
        return False
    etat.procurations.append((n, mandant, mandataire, proc[1]))
    if reste:
        _traiter(etat, n, reste)
    return True


_SOMMAIRE = re.compile(r"(?i)\s*(?:table\s+des\s+mati[èe]res|sommaire)\s*:?\s*")


def _sommaire(etat: _Etat, n: int, t: str) -> bool:
    """« Table des matières » puis les titres des points (une page web) : ces lignes ne sont
    pas les points ; le sommaire finit quand son premier titre revient (le point lui-même) ou
    à une ligne longue."""
    if etat.sommaire is None:
        etat.sommaire = []
        return True
    cle = cle_texte(t)
    if len(t) > 150 or (etat.sommaire and cle == etat.sommaire[0]):
        etat.constat(
            "extrait.sommaire",
            Severite.INFO,
            n,
            f"Table des matières de {len(etat.sommaire)} titre(s) : les points sont lus ensuite.",
        )
        etat.sommaire = None
        return False
    etat.sommaire.append(cle)
    return True


def _entete_tardif(etat: _Etat, n: int, t: str) -> bool:
    """« SICTOM de X Lieu : … COMPTE RENDU Réunion du Conseil syndical du Mercredi 12 Mars
    2014 … » après les premiers points, sans date de séance lue avant : l'en-tête de la page
    (présidence, décomptes, présents) rendu plus loin par l'extraction ; il est lu comme un
    en-tête jusqu'au point suivant, et c'est dit."""
    if etat.date is not None or _date_apres_les_points(t) is None:
        return False
    etat.entete_tardif = True
    etat.constat(
        "extrait.date-tardive",
        Severite.AVERTISSEMENT,
        n,
        f"En-tête lu après les premiers points (« {t[:90]} ») : l'extraction du PDF l'a rendu "
        "plus loin dans le texte ; date, présidence et listes sont à vérifier.",
    )
    return True


def _hors_des_points(etat: _Etat, n: int, brut: str) -> None:
    """Une ligne de l'en-tête tardif, lue comme si aucun point n'était encore ouvert."""
    deja, etat.deliberations = etat.deliberations, []
    try:
        _traiter(etat, n, brut)
    finally:
        etat.deliberations = deja + etat.deliberations


def _objet_proces_verbal(etat: _Etat, n: int, t: str) -> bool:
    """« Objet : Procès-verbal du comité syndical du mardi 17 décembre 2019 » avant tout point :
    le document est le procès-verbal de cette séance, présenté à une séance ultérieure dont il
    porte aussi la date ; la séance de l'objet est retenue (et c'est dit), l'objet n'ouvre pas
    de délibération."""
    candidat = r.date_seance_fiable(t) if r.objet_proces_verbal(t) else None
    if candidat is None:
        return False
    _candidat_date(etat, n, *candidat)
    etat.constat(
        "extrait.date-proces-verbal",
        Severite.INFO,
        n,
        f"Procès-verbal de la séance du {candidat[0]:%d/%m/%Y} (« {t[:90]} ») : cette séance "
        "est retenue, une autre date du document peut être celle de la séance qui l'approuve.",
    )
    return True


def _nom_de_logo(etat: _Etat, t: str) -> str | None:
    """En tête du document, le nom d'usage d'une communauté de communes avant sa nature, sur
    la même ligne (« Estrigon Communauté de Communes CONSEIL … ») ou sur la ligne d'avant
    (« Brassenne » / « Communauté de Communes »)."""
    if "ommunaut" not in t:
        return None
    if etat.rang_ligne > 0 and _NATURE_SEULE.fullmatch(t.strip()):
        return nom_avant_communaute(f"{etat.lignes[etat.rang_ligne - 1].texte.strip()} {t.strip()}")
    return nom_avant_communaute(t)


_NATURE_SEULE = re.compile(r"Communaut[ée]\s+de\s+[Cc]ommunes")


def _candidat_date(etat: _Etat, n: int, date: dt.date, fiabilite: int) -> bool:
    """Une date de séance candidate : retenue si sa tournure est plus sûre que celle de la date
    déjà lue (« Séance du … » l'emporte sur une date seule, celle d'une publication peut-être),
    sinon gardée pour signaler un désaccord (:func:`_verifier_date`)."""
    if etat.date_manquee is not None and _date_de_la_seance_manquee(etat, n, date):
        return True
    if etat.date is not None and fiabilite <= etat.date_fiabilite:
        if date != etat.date:
            etat.dates_ecartees.append((n, date, fiabilite))
        return False
    if etat.date is not None and date != etat.date:
        etat.dates_ecartees.append((etat.date_ligne, etat.date, etat.date_fiabilite))
    etat.date, etat.date_ligne, etat.date_fiabilite = date, n, fiabilite
    return True


def _date_de_la_seance_manquee(etat: _Etat, n: int, date: dt.date) -> bool:
    """La date de la séance manquée (« SÉANCE DU 3 MAI 2016 », son compte rendu avant celui de
    la séance) : pas la séance ; les listes lues ensuite sont les siennes, écartées au titre de
    la séance suivante. Faux pour une autre date."""
    assert etat.date_manquee is not None
    if date == etat.date_manquee:
        if etat.bloc_manque is None:
            etat.bloc_manque = _BlocManque(
                n,
                (len(etat.presents), len(etat.absents), len(etat.procurations), len(etat.suppleances)),
                etat.convocation_texte,
                dict(etat.decomptes),
            )
        return True
    if (bloc := etat.bloc_manque) is not None:
        presents, absents, procurations, suppleances = bloc.longueurs
        if len(etat.presents) > presents or len(etat.absents) > absents:
            etat.constat(
                "extrait.seance-manquee",
                Severite.INFO,
                bloc.debut,
                f"Compte rendu de la séance du {etat.date_manquee:%d/%m/%Y}, tenue sans quorum "
                f"(lignes {bloc.debut} à {n}) : ses listes, sa convocation et ses décomptes "
                "(hors membres en exercice) ne sont pas ceux de la séance, écartés.",
            )
        del etat.presents[presents:], etat.absents[absents:]
        del etat.procurations[procurations:], etat.suppleances[suppleances:]
        # (le nombre de membres en exercice est celui du conseil : il vaut pour les deux séances)
        effectif = {k: v for k, v in etat.decomptes.items() if k in ("en_exercice", "membres")}
        etat.convocation_texte, etat.decomptes = bloc.convocation, {**effectif, **bloc.decomptes}
        etat.bloc_manque = None
    return False


@attrs.define
class _BlocManque:
    """Le compte rendu d'une séance manquée : la ligne de son titre, et l'état de la lecture
    avant lui (longueurs des listes, convocation, décomptes), rétabli au titre suivant."""

    debut: int
    longueurs: tuple[int, int, int, int]
    convocation: tuple[int, str] | None
    decomptes: dict[str, int]


# (« Mme Françoise », « M. Jérôme », « M. Benoît » : les prénoms à cédille ou circonflexe aussi)
_PRENOM_SEUL = re.compile(
    r"(?:M\.|Mme|Monsieur|Madame)\s+[A-ZÉÈ][a-zéèëïçôîâêûü]+(?:-[A-ZÉÈ][a-zéèëïçôîâêûü]+)?"
)
# « SOUS LA PRÉSIDENCE DE MME CATHERINE » / « DUVERGER-LAMOTTE, MAIRE. » (en-tête en capitales) :
# un prénom usuel seul en capitales après la civilité
_CIVILITE_MOT_EN_CAPITALES = re.compile(
    r"(?:M\.|MME|MLLE|MONSIEUR|MADAME)\s+([A-ZÉÈ][A-ZÉÈÀÂÊÎÔÛÇËÏ]+(?:-[A-ZÉÈ][A-ZÉÈÀÂÊÎÔÛÇËÏ]+)?)"
)


def _prenom_seul(nom: str) -> bool:
    """« M. Lucien », « MME CATHERINE » : la civilité et le prénom seul du président."""
    if _PRENOM_SEUL.fullmatch(nom.strip()) is not None:
        return True
    capitales = _CIVILITE_MOT_EN_CAPITALES.fullmatch(nom.strip())
    return capitales is not None and prenom_usuel(capitales.group(1))


_NOM_EN_TETE = re.compile(r"([A-ZÉÈÀ][A-ZÉÈÀÂÊÎÔÛÇ'’\-]+(?:\s+[A-ZÉÈÀ][A-ZÉÈÀÂÊÎÔÛÇ'’\-]+)*)\s*(?:,|$)")
# « … sous la présidence de M. GARNIER » / « François, Président. » : le nom en capitales finit
# la ligne, le prénom (suivi d'une virgule) commence la suivante (l'ordre « NOM Prénom »)
_NOM_SEUL = re.compile(r"(?:M\.|Mme|Monsieur|Madame)\s+[A-ZÉÈ][A-ZÉÈÀÂÊÎÔÛÇ'’\-]+")
_PRENOM_EN_TETE = re.compile(
    r"(?!(?:Pr[ée]sidente?|Maire|Vice|Adjointe?|Conseill[eè]re?|D[ée]l[ée]gu[ée]e?)\b)"
    # (suivi de la fonction, ou seul sur la ligne : « Lesquels, … » n'est pas un prénom)
    r"([A-ZÉÈ][a-zéèëïôç]+(?:-[A-ZÉÈ][a-zéèëïôç]+)?)\s*"
    r"(?:,\s*(?:[Pp]r[ée]sidente?|[Mm]aire|[Vv]ice-pr[ée]sidente?|[Dd]oyen(?:ne)?)\b|$)"
)


def _nom_du_president_a_la_ligne(etat: _Etat, t: str) -> None:
    """« … sous la présidence de M. Lucien » / « DESCHAMPS, Président du Conseil général » :
    le nom du président, coupé en fin de ligne, commence la ligne suivante ; « … de M.
    GARNIER » / « François, Président. » : son prénom."""
    etat.president_coupe = False
    if etat.president is None:
        return
    suite = (_NOM_EN_TETE if _prenom_seul(etat.president[1]) else _PRENOM_EN_TETE).match(t)
    if suite is not None:
        etat.president = (etat.president[0], f"{etat.president[1].strip()} {suite.group(1)}")


# « Élection du maire », « Election du Président », « Élection de la présidente »
_ELECTION_DE_L_EXECUTIF = re.compile(r"\s*election\s+d(?:u|e\s+la)\s+(?:maire|presidente?)\b")


def _president_d_avant_l_election(etat: _Etat) -> None:
    """Séance d'installation (un point « Élection du maire ») dont aucune phrase ne dit qui
    préside après l'élection : le président lu avant les points (le doyen d'âge, souvent) n'a
    présidé que l'élection ; il est gardé, et c'est dit (non jugé par ``valider``)."""
    if etat.president is None or etat.president_elu:
        return
    if any(_est_election(d) for d in etat.deliberations):
        etat.constat(
            "extrait.president-election",
            Severite.AVERTISSEMENT,
            etat.president[0],
            f"Séance d'installation : « {etat.president[1]} » préside l'élection ; qui préside "
            "ensuite (le maire ou le président élu) n'est pas lu : président à vérifier.",
        )


def _apres_l_election(etat: _Etat, t: str) -> bool:
    """« M. X, maire, a pris la présidence de la séance » après le point « Élection du maire »
    (séance d'installation ouverte par le doyen d'âge) : le maire élu préside la suite de la
    séance, les délibérations ; pas « reprend », le retour d'un président d'avant."""
    return (
        bool(etat.deliberations)
        and "repren" not in t
        and all(_est_election(d) for d in etat.deliberations)
    )


def _est_election(d: _Delib) -> bool:
    """Le point « Élection du maire » (ou du président)."""
    return bool(d.objet) and _ELECTION_DE_L_EXECUTIF.match(cle_texte(" ".join(d.objet))) is not None


def _prise_de_presidence(etat: _Etat, n: int, nom: str, t: str) -> None:
    """« Mme Y … prend la présidence de la séance » avant les délibérations : Mme Y les
    préside ; le président lu plus haut (un doyen d'âge) est remplacé, et c'est dit. Un doyen
    d'âge qui prend la présidence (« M. X, doyen d'âge, prend la présidence ») ne conduit que
    l'élection : le président déjà lu (« … puis de M. Y, son président après son élection »)
    reste, et c'est dit."""
    if etat.president is not None and cle_texte(etat.president[1]) != cle_texte(nom) and "doyen" in cle_texte(t):
        etat.constat(
            "extrait.president-doyen",
            Severite.INFO,
            n,
            f"{nom}, doyen d'âge, prend la présidence pour l'élection : le président de séance "
            f"retenu reste {etat.president[1]} (ligne {etat.president[0]}).",
        )
        return
    if etat.president is not None and cle_texte(etat.president[1]) != cle_texte(nom):
        etat.constat(
            "extrait.president-remplace",
            Severite.INFO,
            n,
            f"{nom} prend la présidence de la séance : président de séance à la place de "
            f"{etat.president[1]} (ligne {etat.president[0]}).",
        )
    etat.president = (n, nom)


# « Nombre de conseillers présents : 7 : AUBERT Lucien, …, SERRE Antoine ; » : le nombre puis la liste
# « 7 M. ROUVIER M. BASTIDE » : le nombre de la liste, puis ses personnes
# (« Absents excusés : 4 M Renaud, pouvoir à … » : « M » sans point devant un nom aussi)
_NOMBRE_PUIS_CIVILITE_DE_LISTE = re.compile(
    r"\s*(\d{1,3})\s+(?=(?:" + CIVILITE + r"|M)\s+[A-ZÉÈ]"
    # « PRESENTS : 4 Anne MARZIN, … », « EXCUSES : 1 RIOU Yves » : le nombre, puis la liste
    r"|[A-ZÉÈ][a-zéèêëïîôç]+(?:-[A-ZÉÈ][a-zéèêëïîôç]+)?\s+[A-ZÉÈ]{2}|[A-ZÉÈ]{2}[A-ZÉÈ'\-]*\s+[A-ZÉÈ][a-zéèêëïîôç]+\b)"
)
_INTITULE_COMPTE_PUIS_LISTE = re.compile(
    r"(?i:presents?|presentes?|présents?|présentes?|excus[ée]e?s?|absente?s?)\s*:" + _NOMBRE_PUIS_CIVILITE_DE_LISTE.pattern
)
_COMPTE_PUIS_LISTE = re.compile(
    # (« Présents : 6 : BLANC Anne – ODIN Marc », « Absents excusés ayant donné procuration : 1 :
    # X à Y » : l'intitulé seul, sans « Nombre de »)
    r"\s*(?:(?:le\s+)?nombre\s+d(?:e\s+|')(?P<intitule>[^:\d]{3,60}?)"
    r"|(?P<seul>(?:d[ée]l[ée]gu[ée]s\s+(?:titulaires|suppl[ée]ants)\s+(?=pr[ée]sents))?"
    r"(?:pr[ée]sents?|absents?|excus[ée]s?|pouvoirs?|procurations?)[^:\d]{0,60}?))"
    # (« Nombre de conseillers titulaires présents : 9 M. Paul X, … » : sans second deux-points,
    # la civilité de la première personne après le nombre ; « Délégués titulaires présents : 4
    # NOMS Prénoms Commune … » : l'en-tête d'un tableau aplati)
    r"\s*:\s*\d{1,4}\s*(?::\s*(?=\S)|(?=(?-i:(?:M\.|Mme|Mlle|Monsieur|Madame|MM\.?)\s+[A-ZÉÈ]))"
    r"|(?=noms?\s+(?:et\s+)?pr[ée]noms?\s))",
    re.I,
)


def _compte_puis_liste(etat: _Etat, n: int, t: str) -> bool:
    """Le décompte (lu comme tel) et la liste qui le suit sur la même ligne (lue comme la
    liste de l'intitulé : présents, absents, procurations)."""
    trouve = _COMPTE_PUIS_LISTE.match(t)
    if trouve is None:
        return False
    sec = r.section(f"{trouve.group('intitule') or trouve.group('seul')} : {t[trouve.end() :]}")
    if sec is None or sec.nom not in ("presents", "absents", "procurations", "suppleants") or not sec.reste:
        return False
    _decomptes(etat, n, t[: trouve.end()].rstrip(" :"))
    etat.section = sec
    etat.procurations_annoncees |= sec.nom == "procurations"
    _contenu_section(etat, n, sec.reste.rstrip(" ;."))
    return True


def _nombre_seul(texte: str) -> bool:
    """« 8 », « huit. », « vingt-trois » : un nombre seul."""
    propre = texte.strip(" .;,")
    return propre.isdigit() or (len(propre) <= 40 and nombre_en_lettres(propre) is not None)


# « Titulaires : 6 - Suppléants : 1 - Procurations : 2 » : des libellés et leurs nombres seuls
_LIBELLES_NOMBRES = re.compile(r"(?:\s*[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' ]{2,40}\s*:\s*\d{1,4}\s*[-–,;/.]?)+\s*")
_LETTRES_EN_TETE = re.compile(
    rf"\s*({NOMBRE_LETTRES})\s*(?:[.;,/\u2013\u2014]|\s-\s"
    # « dix Votants : onze » : le libellé suivant d'une rangée sans ponctuation
    r"|(?<=\s)(?:votants|presents|absents|excuses|representes|procurations|pouvoirs)\s*:)"
)


def _nombre_en_tete(texte: str) -> bool:
    """Un nombre seul, ou un nombre en lettres suivi d'une ponctuation (« sept – votants :
    neuf. », « quatre ; votants : quatre », « sept, puis huit à partir du point 3 ») : un
    décompte, pas une liste."""
    if _nombre_seul(texte):
        return True
    trouve = _LETTRES_EN_TETE.match(cle_texte(texte))
    return trouve is not None and nombre_en_lettres(trouve.group(1)) is not None


_CONVOCATION = re.compile(r"convo[cq]")


_LIGNES_CONVOCATION = 3  # « … sur la convocation qui leur a été adressée, / par … / le 17 … »


def _date_de_convocation(etat: _Etat, n: int, t: str) -> bool:
    """Une date seule sur sa ligne, deux lignes au plus après une phrase de convocation sans
    date (« … sur la convocation qui leur a été adressée, » / « par le Président, » / « le 17
    septembre 2009 ») : la date de la convocation, pas celle d'une publication."""
    if (
        etat.convocation_texte is not None
        or not etat.convocation_sans_date
        or n - etat.convocation_sans_date > _LIGNES_CONVOCATION
        or len(etat.deliberations) > 1
    ):
        return False
    candidat = r.date_seance_fiable(t)
    if candidat is None or candidat[1] != r.FIABILITE_SEULE:
        if n == etat.convocation_sans_date + 1 and _DATE_EN_TETE.match(cle_texte(t)):
            # « … légalement convoqué » / « le 7 février 2011, s'est réuni … » : la date qui
            # ouvre la ligne suivante ; le reste de la ligne est lu comme d'habitude
            etat.convocation_texte = (n, f"convocation {t}")
        elif n == etat.convocation_sans_date + 1 and (
            adressee := _ADRESSEE_LE.match(cle_texte(t))
        ) is not None:
            # « … sur la convocation » / « qui lui a été adressée par son Président le 7 mars
            # 2003, sous la présidence … » : la date de la phrase coupée
            etat.convocation_texte = (n, f"convocation {t[adressee.end() :]}")
        return False
    etat.convocation_texte = (n, f"convocation {t}")
    return True


# « Date d'envoi de la convocation : voir registre » : l'intitulé a sa valeur, qui n'est pas
# une date ; la date qui suit n'est pas la sienne
_CONVOCATION_SANS_DATE_DITE = re.compile(r"convo\w*[^:]{0,60}:\s*[^\s\d]")
_ADRESSEE_LE = re.compile(
    # (« … sur la convocation qui » / « leur a été adressée par le Maire le 26 septembre 2017 »)
    r"\s*(?:(?:qui\s+)?(?:lui|leur)\s+a\s+ete\s+)?(?:adressee?s?|envoyee?s?|faite)\b[^.;]{0,80}?"
    r"\ble\s+(?=\d{1,2}(?:er)?\s+[a-z]+\s+\d{4}\b)"
)


# (« … dûment convoqué » / « le 24 avril, s'est réuni … » : l'année de la séance, sans année)
_DATE_EN_TETE = re.compile(
    r"^\s*(?:le\s+|du\s+)?\d{1,2}(?:er)?\s+(?:[a-z]+\s+\d{4}\b|(?:"
    + "|".join(MOIS)
    + r")\b\s*,)"
)


_AN_SEUL = re.compile(rf"^\s*l'an\s+{NOMBRE_LETTRES}\s*,?\s*$")
_LE_JOUR = re.compile(r"^\s*,?\s*le\s")


def _jour_apres_l_an(etat: _Etat, t: str) -> tuple[dt.date, int] | None:
    """« L'an deux mille vingt-quatre » / « le vingt-six septembre… » : la phrase d'ouverture
    coupée après l'année, le jour et le mois sur la ligne suivante."""
    if etat.date is not None or etat.rang_ligne == 0 or not _LE_JOUR.match(cle_texte(t)):
        return None
    avant = etat.lignes[etat.rang_ligne - 1].texte
    if not _AN_SEUL.match(cle_texte(avant)):
        return None
    return r.date_seance_fiable(f"{avant.strip()} {t.strip()}")


def _avant_les_points(etat: _Etat) -> bool:
    """Aucun point lu, ou seulement ceux de l'ordre du jour qui précède la séance (annoncés,
    repris ensuite) : on lit encore l'en-tête."""
    return not etat.deliberations or etat.deliberations[-1].annonce


def _date_apres_les_points(t: str) -> tuple[dt.date, int] | None:
    """« … COMPTE RENDU Réunion du Conseil syndical du Mercredi 12 Mars 2014 à 18h30 » après
    les premiers points d'un texte aplati (l'en-tête de la page rendu à la fin) : la date d'une
    tournure de séance (« Réunion du », « Séance du »), pas celle d'un simple titre."""
    candidat = r.date_seance_fiable(t)
    return candidat if candidat is not None and candidat[1] >= r.FIABILITE_TITRE else None


# « Date de l'affichage » / « 4 décembre 2020 », « Publié le : » / « 12/03/2021 » : l'intitulé
# seul sur sa ligne d'une autre date que celle de la séance
_INTITULE_AUTRE_DATE = re.compile(
    r"^\s*(?:date\s+(?:de\s+l'|de\s+la\s+|d'|du\s+|de\s+)?)?(?:affichage|publication|"
    r"mise\s+en\s+ligne|(?:tele)?transmission|envoi|reception|notification|signature|depot)\b"
    r"[^\d]{0,40}$"
    r"|^\s*(?:affichee?|publiee?|transmise?|envoyee?|recue?|rendue?\s+executoire|"
    r"certifiee?\s+executoire)s?\b[^\d]{0,40}\ble\s*:?\s*$"
)
_LIGNES_AUTRE_DATE = 2
# « Date d'affichage : 26/10/2016 » sur une ligne (en-tête d'extrait) : la date qui suit
# l'intitulé est la sienne
_AUTRE_DATE_SUR_LA_LIGNE = re.compile(
    r"^\s*date\s+(?:de\s+l'|de\s+la\s+|d'|du\s+|de\s+)?(?:affichage|publication|"
    r"mise\s+en\s+ligne|(?:tele)?transmission|envoi|reception|notification|depot)\b"
    r"(?![^\d:]*convoc)[^\d:]{0,30}:\s*"  # (pas « Date d'envoi de la convocation : »)
)


def _date_d_un_intitule(etat: _Etat, n: int, t: str) -> bool:
    """L'intitulé seul d'une autre date (affichage, publication, transmission…), et la date
    seule qui le suit : écartée de la séance, et c'est dit."""
    cle = cle_texte(t)
    if _INTITULE_AUTRE_DATE.match(cle):
        etat.intitule_autre_date = n
        return True
    if (intitule := _AUTRE_DATE_SUR_LA_LIGNE.match(cle)) is not None:
        candidat = r.date_seance_fiable(t[intitule.end() :])
        if candidat is None or candidat[1] != r.FIABILITE_SEULE:
            return False
        etat.constat(
            "extrait.date-ecartee",
            Severite.INFO,
            n,
            f"Date du {candidat[0]:%d/%m/%Y} écartée : celle de l'intitulé « {t[: intitule.end()].strip()} », "
            "pas celle de la séance.",
        )
        return True
    if not etat.intitule_autre_date or n - etat.intitule_autre_date > _LIGNES_AUTRE_DATE:
        return False
    candidat = r.date_seance_fiable(t)
    if candidat is None or candidat[1] != r.FIABILITE_SEULE:
        return False
    etat.intitule_autre_date = 0
    etat.constat(
        "extrait.date-ecartee",
        Severite.INFO,
        n,
        f"Date seule du {candidat[0]:%d/%m/%Y} écartée : elle suit l'intitulé d'une autre date "
        "(affichage, publication, transmission…), pas celui de la séance.",
    )
    return True


_COMMISSION_QUI_DECIDE = re.compile(r"\s*(?:la\s+)?commission\s+permanente\s*,?\s*")
_S_EST_REUNI_DANS_LE_POINT = re.compile(r"\bs'?\s*est\s+reuni")


def _organe_du_point(etat: _Etat, n: int, t: str) -> None:
    """« La Commission Permanente, » (le sujet du dispositif) ou la phrase d'ouverture
    (« L'Assemblée plénière du Conseil régional … s'est réunie ») dans le texte d'un point,
    quand elle nomme un autre organe que l'en-tête : l'en-tête est gardé, et c'est dit."""
    if etat.organe is None or not etat.deliberations:
        return
    plat = cle_texte(t)
    autre: Organe | None = None
    if _COMMISSION_QUI_DECIDE.fullmatch(plat):
        autre = Organe.COMMISSION_PERMANENTE
    elif len(plat) <= 400 and _S_EST_REUNI_DANS_LE_POINT.search(plat) and (org := r.organe(t)) is not None:
        autre = org[0]
    if autre is None or autre is etat.organe:
        return
    if any(c.code.startswith("extrait.organe") for c in etat.constats):
        return  # dit une fois
    etat.constat(
        "extrait.organe-divergent",
        Severite.AVERTISSEMENT,
        n,
        f"{autre.libelle.capitalize()} nommé dans le texte du point, {etat.organe.libelle} plus "
        f"haut (ligne {etat.organe_ligne}) : le premier est gardé, l'un des deux est à vérifier.",
    )


def _organe_divergent(etat: _Etat, n: int, autre: Organe) -> None:
    """Deux assemblées plénières différentes nommées dans l'en-tête (« Commune de X – Conseil
    municipal » puis « Procès-verbal du conseil communautaire ») : la première est gardée,
    sans certitude, et c'est dit."""
    if etat.organe not in _PLENIERES or autre not in _PLENIERES or autre is etat.organe:
        return
    if any(c.code == "extrait.organe-divergent" for c in etat.constats):
        return  # dit une fois
    etat.constat(
        "extrait.organe-divergent",
        Severite.AVERTISSEMENT,
        n,
        f"{autre.libelle.capitalize()} nommé ici, {etat.organe.libelle} plus haut (ligne "
        f"{etat.organe_ligne}) : le premier est gardé, l'un des deux est à vérifier (et la "
        "collectivité retenue, qui en dépend).",
    )


def _seconde_apres(etat: _Etat, n: int, t: str) -> bool:
    """Une seconde convocation (quorum manqué) lue après la première : sur une autre ligne, ou
    dans la phrase suivante de la même ligne (« … convoqué une première fois le 26 novembre …
    faute de quorum. Convoqué à nouveau le 4 décembre … »)."""
    assert etat.convocation_texte is not None
    ligne, deja = etat.convocation_texte
    if ligne == n and (deja == t or r.seconde_convocation(deja)):
        return False
    return r.seconde_convocation(t)


_FONCTION_APRES_LE_NOM = re.compile(r"\s*,\s*(maire|pr[ée]sidente?)\b", re.I)


def _fonction_du_president(etat: _Etat, nom: str, t: str) -> None:
    """« sous la présidence de M. X, maire » : X, titulaire de la fonction (pour « M. le
    Maire quitte la séance » plus loin)."""
    debut = t.find(nom.strip())
    fonction = _FONCTION_APRES_LE_NOM.match(t, debut + len(nom.strip())) if debut >= 0 else None
    if fonction is not None and (elu := lire_personne(nom)) is not None:
        cle_fonction = "maire" if "maire" in fonction.group(1).lower() else "president"
        etat.titulaires_fonction.setdefault(cle_fonction, []).append(elu)


# « Secrétaire : Laure FAURE Vote des taux d'imposition 2022 Les taux … » (texte aplati sans
# ponctuation) : le prénom usuel et le NOM, puis un mot à majuscule qui n'est pas un prénom
_SECRETAIRE_PUIS_SUITE = re.compile(
    r"(?P<personne>(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?P<prenom>[A-ZÉÈ][a-zéèëïç]+(?:-[A-ZÉÈ][a-zéèëïç]+)?)"
    r"\s+[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’\-]+)\s+(?P<mot>[A-ZÉÈÀ][a-zéèêàâîôûç'’]+)\s"
)


def _suite_apres_le_secretaire(etat: _Etat, n: int, t: str, nom: str) -> str:
    """Le texte qui suit le secrétaire nommé « Prénom NOM » quand un mot à majuscule qui n'est
    ni un prénom ni une particule le suit sans ponctuation (texte aplati) : le secrétaire est
    ramené à « Prénom NOM », la suite est à lire (le titre du premier point) ; sinon ``""``."""
    trouve = _SECRETAIRE_PUIS_SUITE.match(nom)
    if (
        trouve is None
        or not prenom_usuel(trouve.group("prenom"))
        or prenom_usuel(trouve.group("mot"))
        or trouve.group("mot").upper() in PARTICULES
        or (debut := t.find(trouve.group("personne"))) < 0
    ):
        return ""
    etat.secretaire = (n, trouve.group("personne"))
    return t[debut + len(trouve.group("personne")) :].strip()


_DU_EN_TETE = re.compile(
    r"\s*(?:(?:en\s+date\s+)?du|DU|Du|En\s+date\s+du)\s+"
    r"(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d"  # « du mardi 21 avril 2015 »
)
_TITRE_SANS_DATE = re.compile(
    r"(?:compte[\s-]rendu|proces[\s-]verbal|seance|reunion|session|conseil|comite|assemblee|bureau)\b[^\d]*$"
)


# « COMPTE-RENDU DE LA SEANCE DU COMITE » ⏎ « SYNDICAL DU 12 MARS 2015 » : le titre coupé dans
# le nom de l'organe
_QUALITE_D_ORGANE_EN_TETE = re.compile(
    r"\s*(?:syndical|municipal|communautaire|d[ée]partemental|r[ée]gional|m[ée]tropolitain)\s+du\s+", re.I
)


def _titre_coupe_dans_l_organe(etat: _Etat, n: int, t: str, entete: bool) -> tuple[dt.date, int] | None:
    """La date d'un titre coupé entre l'organe et son adjectif, lue sur les deux lignes."""
    if etat.aplati or len(t) > 80 or not _QUALITE_D_ORGANE_EN_TETE.match(t):
        return None
    if (rang := _rang_de_la_ligne(etat, n)) is None:
        return None
    avant = next((x.texte for x in reversed(etat.lignes[max(0, rang - 3) : rang]) if x.texte.strip()), "")
    if not avant.rstrip().upper().endswith(("COMITE", "COMITÉ", "CONSEIL")):
        return None
    return r.date_seance_fiable(f"{avant.strip()} {t.strip()}", entete)


def _suite_d_un_titre(etat: _Etat, n: int, t: str) -> bool:
    """« DU 14 MARS 2011 » sous « COMPTE RENDU DU COMITE SYNDICAL » : la date du titre, coupé
    sur deux lignes (pas une date de publication seule)."""
    if not _DU_EN_TETE.match(t) or etat.aplati or (rang := _rang_de_la_ligne(etat, n)) is None:
        return False
    avant = next((x.texte for x in reversed(etat.lignes[max(0, rang - 3) : rang]) if x.texte.strip()), "")
    return _TITRE_SANS_DATE.search(cle_texte(avant)) is not None


def _rang_de_la_ligne(etat: _Etat, n: int) -> int | None:
    """Le rang dans ``etat.lignes`` de la ligne numéro ``n``, cherchée près de la ligne en cours
    (un intitulé peut être lu une ligne après la sienne) ; ``None`` hors de portée."""
    return next(
        (k for k in range(max(0, etat.rang_ligne - 2), min(etat.rang_ligne + 1, len(etat.lignes))) if etat.lignes[k].numero == n),
        None,
    )


def _entete(etat: _Etat, n: int, t: str) -> bool:
    """Les faits d'en-tête d'une ligne (une même ligne peut en porter plusieurs)."""
    trouve = False
    if _date_de_convocation(etat, n, t) or _date_d_un_intitule(etat, n, t):
        return True
    avant_les_points = _avant_les_points(etat)  # (rien ici n'ouvre de point)
    if (etat.date is None or avant_les_points) and (
        candidat := r.date_seance_fiable(t, avant_les_points)
        or _jour_apres_l_an(etat, t)
        or _titre_coupe_dans_l_organe(etat, n, t, avant_les_points)
    ) is not None:
        if candidat[1] == r.FIABILITE_SEULE and _suite_d_un_titre(etat, n, t):
            candidat = (candidat[0], r.FIABILITE_TITRE)  # « COMPTE RENDU DU COMITE » ⏎ « DU 14 MARS »
        trouve = _candidat_date(etat, n, *candidat)
    elif (
        etat.date_fiabilite <= r.FIABILITE_SEULE
        and etat.sans_annee is None
        and avant_les_points
        and (jour_mois := r.jour_sans_annee(t)) is not None
    ):
        etat.sans_annee = (n, *jour_mois)
    if (
        etat.convocation_texte is None
        # (la seconde convocation dite avant les points ; « le conseil sera convoqué à nouveau
        # le … » d'un point annonce une autre séance)
        or (avant_les_points and _seconde_apres(etat, n, t))
    ) and _CONVOCATION.search(cle_texte(t)):
        if r.convocation(t, 2000) is not None:
            etat.convocation_texte = (n, t)
            trouve = True
        elif (
            avant_les_points or (len(etat.deliberations) == 1 and len(t) <= 40)
        ) and not _CONVOCATION_SANS_DATE_DITE.search(cle_texte(t)):
            # (« Date de convocation » seul, du cadre d'un extrait lu après son texte)
            etat.convocation_sans_date = n
    elif (
        avant_les_points
        and etat.convocation_texte is not None
        and "onvoc" in t
        and etat.convocation_texte[0] != n
        and _CONVOCATION.search(cle_texte(t))
        and (meme := r.convocation(t, 2000)) is not None
        and meme == r.convocation(etat.convocation_texte[1], 2000)
    ):
        trouve = True  # « Date de convocation : 1er mars 2016 » après « … adressée le 1er mars 2016 »
    if (avant_les_points or (apres := _apres_l_election(etat, t))) and (
        nom := r.prise_de_presidence(t)
    ) is not None:
        _prise_de_presidence(etat, n, nom, t)
        etat.president_elu = etat.president_elu or (not avant_les_points and apres)
        trouve = True
    elif (
        etat.deliberations
        and etat.president is None
        and "repren" in t
        and (nom := r.prise_de_presidence(t)) is not None
    ):
        # « Monsieur X reprend la présidence de la séance » après un point présidé par un
        # autre (compte administratif) : X présidait la séance, que l'en-tête ne le dise pas
        etat.president = (n, nom)
        etat.constat(
            "extrait.president-repris",
            Severite.INFO,
            n,
            f"{nom} reprend la présidence de la séance : président de séance, qu'aucune phrase "
            "d'en-tête ne nomme.",
        )
    elif (nom := r.president(t)) is not None:
        if (
            etat.president is None
            # (« sous la présidence de son maire » puis « Présidence : M. X » : le nom l'emporte)
            or (avant_les_points and _PRESIDENT_PAR_FONCTION.match(cle_texte(etat.president[1])) is not None)
        ) and (
            avant_les_points
            or _objet_avant_l_entete(etat)
            or (len(etat.deliberations) == 1 and _S_EST_REUNI.search(cle_texte(t)) is not None)
        ):  # (l'objet d'un extrait écrit avant sa phrase d'ouverture « … s'est réunie … »)
            etat.president = (n, nom)
            _fonction_du_president(etat, nom, t)
            etat.president_coupe = (
                _prenom_seul(nom) or _NOM_SEUL.fullmatch(nom.strip()) is not None
            ) and t.rstrip().endswith(nom.strip())
            if r.presidence_partagee(t):
                etat.constat(
                    "extrait.presidence-partagee",
                    Severite.AVERTISSEMENT,
                    n,
                    f"Deux présidences, chacune pour une partie des points (« {t[:160]} ») : "
                    f"{nom}, qui ouvre la séance, est retenu ; le président de chaque délibération "
                    "est à vérifier.",
                )
            elif r.presidence_d_un_point(t):
                etat.constat(
                    "extrait.president-point",
                    Severite.INFO,
                    n,
                    f"Présidence d'un point par un autre élu (« {t[:100]} ») ; le président de "
                    f"séance reste {nom}.",
                )
        else:
            etat.constat(
                "extrait.president-point",
                Severite.INFO,
                n,
                f"Présidence « {nom} » lue ici (pour un point, ou répétée) ; le président de "
                "séance reste celui de l'en-tête.",
            )
        # dans un point (« … sous la présidence de M. X, doyen d'âge, approuve … par 11 voix
        # pour »), la ligne dit aussi la décision : elle reste à lire
        trouve = trouve or avant_les_points
    elif avant_les_points and r.presidence_incertaine(t):
        etat.president = None
        etat.constat(
            "extrait.president-incertain",
            Severite.AVERTISSEMENT,
            n,
            f"Présidences successives dont la dernière n'est pas nommée : « {t[:100]} » ; "
            "président de séance laissé vide.",
        )
    if (nom := r.secretaire(t)) is not None and (
        etat.secretaire is None or lire_personnes(nom) or not lire_personnes(etat.secretaire[1])
    ):
        # (« Secrétariat de séance : M. le Maire fait appel … » plus bas ne remplace pas le
        # secrétaire nommé plus haut)
        etat.secretaire = (n, nom)
        trouve = True
        if etat.aplati and (suite := _suite_apres_le_secretaire(etat, n, t, nom)):
            _traiter(etat, n, suite)
    if avant_les_points and (org := r.organe(t)) is not None:
        retenu = etat.organe is None or (
            org[0] in (Organe.COMMISSION_PERMANENTE, Organe.BUREAU) and etat.organe is not org[0]
        )
        if org[1] and (
            retenu or (etat.organe is not None and _genre_organe(org[0]) == _genre_organe(etat.organe))
        ):
            # (« Aide du Conseil départemental de X » sous un conseil municipal : la
            # collectivité d'un autre organe n'est pas celle de la séance)
            nom = nom_poursuivi(org[1], t, etat.suivante)
            etat.collectivites.append((3, len(etat.collectivites), n, nom, _genre_organe(org[0])))
        if retenu:
            etat.organe, etat.organe_ligne = org[0], n
            trouve = True
        else:
            _organe_divergent(etat, n, org[0])
    if avant_les_points and (nom := titre_de_page(t)) is not None:
        etat.collectivites.append((3, len(etat.collectivites), n, nom, "commune"))
    if avant_les_points and (nom := dans_la_prose(t) or dans_le_titre(t)) is not None:
        etat.collectivites.append((2, len(etat.collectivites), n, nom, "commune"))
    if avant_les_points and (nom := par_le_maire(t)) is not None:
        etat.collectivites.append((3, len(etat.collectivites), n, nom, "commune"))
    if avant_les_points and (nom := par_le_president(t)) is not None:
        nom = nom_poursuivi(nom, t, etat.suivante)
        etat.collectivites.append((3, len(etat.collectivites), n, nom, "epci"))
    if avant_les_points and (nom := collectivite_generale(t)) is not None:
        etat.collectivites.append((4, len(etat.collectivites), n, nom, "general"))
    if (
        etat.rang_ligne <= 3
        # (« 12 mai 2016 - Sorgueval » : un titre de page qui ne nomme qu'une commune avant)
        and all(c[4] == "commune" for c in etat.collectivites)
        and (nom := _nom_de_logo(etat, t))
    ):
        etat.collectivites.append((1, len(etat.collectivites), n, nom, "epci"))
    if (
        avant_les_points
        and len(t) <= 40
        and _NATURE_D_EPCI.match(cle_texte(t))
        and nature_seule(t)
        and (poursuivi := nom_poursuivi(t.strip(), t, etat.suivante)) != t.strip()
        and en_tete(t) is None
    ):
        etat.collectivites.append((1, len(etat.collectivites), n, poursuivi, "epci"))  # sur deux lignes
    if (
        etat.aplati
        and avant_les_points
        and not etat.collectivites
        and (dedans := _EPCI_DANS_LA_LIGNE.search(t, 1, 400)) is not None
        and (tete := en_tete(dedans.group(0))) is not None
    ):
        # « PROCÈS-VERBAL … Du mardi 19 décembre 2017 … à X SYNDICAT INTERCOMMUNAL DE LA GRANDE
        # PLAGNE REPUBLIQUE FRANCAISE … » (en-tête aplati) : le nom en capitales, au milieu
        etat.collectivites.append((2, len(etat.collectivites), n, tete[0], tete[1]))
    if avant_les_points and (tete := en_tete(t)) is not None:
        rang = 1 if tete[1] != "general" else 4
        nom = nom_poursuivi(tete[0], t, etat.suivante) if tete[1] == "epci" else tete[0]
        etat.collectivites.append((rang, len(etat.collectivites), n, nom, tete[1]))
        if not trouve:
            return True
    elif etat.deliberations and (not etat.collectivites or _PIED_NOMME.search(t) is not None):
        # « Mairie de X - 2 rue … », « © 2005 Mairie de X – Tous droits réservés » en pied de
        # page : gardé en dernier recours, ou confronté au nom de l'en-tête
        signature = apres_copyright(t)
        tete = en_tete(signature) if signature else None
        if tete is None and len(t) <= 160:
            tete = en_tete(t)
        if tete is not None:
            etat.collectivites_tardives.append((n, tete[0], tete[1]))
    return _decomptes(etat, n, t) or trouve


# un nom d'intercommunalité en capitales au milieu d'un en-tête aplati, jusqu'au mot suivant
# en casse mixte, à la devise, au département ou à un filet
_EPCI_DANS_LA_LIGNE = re.compile(
    r"(?<=\s)(?:SYNDICAT\s+(?:INTERCOMMUNAL|MIXTE)|COMMUNAUT[ÉE]\s+(?:DE\s+COMMUNES|D'AGGLOM[ÉE]RATION|URBAINE))"
    r"(?:\s+[A-ZÉÈÀÂÎÔÛÇ'’\-]+){1,10}?(?=\s+(?:R[ÉE]PUBLIQUE|D[ÉE]PARTEMENT|ARRONDISSEMENT|-{3}|[A-ZÉÈ][a-zé]|\d)|\s*$)"
)
# une suite de « libellé : nombre » de vote en tête de ligne, avec les noms entre parenthèses
_SUITE_DE_VOIX = re.compile(
    r"(?:\s*(?:pour|contre|abstentions?|votants|ne\s+prend\s+pas\s+part\s+au\s+vote|"
    r"ne\s+prennent\s+pas\s+part\s+au\s+vote)\s*:\s*\d{1,3}(?:\s*\([^()]{0,600}\))?\s*[-–,;.]?){2,6}"
)
_DU_DATE = re.compile(
    r"du\s+(?:\d{1,2}(?:er)?\s+[a-z]+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*(?:\d{1,3}\s*°\s*)?$"
)
_S_EST_REUNI = re.compile(r"\bs(?:'|\s)est\s+reunie?s?\b")
_PRESENTS_PARTIELS = re.compile(
    r"^(?:le\s+)?nombre\s+de\s+(?:delegues|membres|conseillers)\s+(?P<qui>titulaires|suppleants)"
    r"\s+presents\s+(?:est\s+de\s*)?:?\s*(?P<nombre>\d{1,4})\s*\.?$"
)


def _presents_partiels(etat: _Etat, n: int, t: str) -> bool:
    """« Le nombre de délégués titulaires présents est de : 13 », « … suppléants … : 02 » :
    une partie des présents, confrontée aux listes une fois la séance construite."""
    trouve = _PRESENTS_PARTIELS.match(cle_texte(t)) if len(t) < 120 else None
    if trouve is None:
        return False
    etat.presents_partiels.setdefault(trouve.group("qui"), (n, int(trouve.group("nombre"))))
    return True


_OBJET_DU_DOCUMENT = re.compile(
    r"^objet\s*:\s*(?:le\s+)?(?:compte[\s-]rendu|proces[\s-]verbal)\s+(?:de\s+la\s+|du\s+|de\s+)"
    r"(?:seance|reunion)\b"
)


def _objet_du_document(etat: _Etat, n: int, t: str) -> bool:
    """« Objet : compte-rendu de la séance du 20 juin 2023 » en tête d'un rapport, avant toute
    liste : l'objet du document, pas un point (« Objet : approbation du procès-verbal… » en
    est un)."""
    if etat.deliberations or etat.presents or etat.section is not None:
        return False
    plat = cle_texte(t)
    if not _OBJET_DU_DOCUMENT.match(plat) or "approb" in plat:
        return False
    etat.constat(
        "extrait.objet-du-document",
        Severite.INFO,
        n,
        f"« {t[:80]} » : l'objet du document (le compte rendu d'une séance), pas un point.",
    )
    meme = base_meme_longueur(t).lower()
    suite = _OBJET_DU_DOCUMENT.match(meme) if len(meme) == len(t) else None
    if suite is not None and (reste := t[suite.end() :].strip()):
        _traiter(etat, n, reste)  # texte aplati : l'en-tête continue après l'objet
    return True


_PARTIES_DES_PRESENTS = ("presents_titulaires", "presents_suppleants")
_SIEGENT = (StatutPresence.PRESENT, StatutPresence.REMPLACE, StatutPresence.SUPPLEANT)


def _partie_des_presents(etat: _Etat, n: int, cle: str, valeur: int) -> None:
    """« Conseillers titulaires présents : 8 » : le nombre des présents, comparé aux seuls
    titulaires présents des listes ; « Conseiller suppléant présent : 1 » : une partie des
    présents (les suppléants qui siègent), jamais leur nombre."""
    if cle == "presents_suppleants":
        etat.presents_partiels.setdefault("suppleants", (n, valeur))
    elif "presents" not in etat.decomptes:
        etat.decomptes["presents"] = valeur
        etat.presents_titulaires = True


# « Procuration : 1 (Monsieur X à Monsieur Y) » : le nombre, et les procurations qu'il compte
_PROCURATIONS_DU_DECOMPTE = re.compile(
    r"^(?:nombre\s+de\s+)?(?:procurations?|pouvoirs?)\s*:\s*\d{1,3}\s*\((?P<liste>[^()]{1,400})\)",
    re.I,
)


def _procurations_du_decompte(etat: _Etat, n: int, t: str) -> None:
    trouve = _PROCURATIONS_DU_DECOMPTE.match(t)
    if trouve is None:
        return
    morceaux = [
        m
        for m in re.split(r"\s*[,;]\s*|\s+et\s+(?=(?:M\.|Mme|Monsieur|Madame)\s)", trouve["liste"])
        if m.strip(" .")
    ] or [trouve["liste"]]  # « Procuration : 1 (.....) » : annoncée, personne de nommé
    for morceau in morceaux:
        paire = r.procuration(morceau) or r.procuration_courte(morceau)
        mandant = lire_personne(paire[0]) if paire else None
        if paire is None or mandant is None:
            etat.constat(
                "extrait.procuration-illisible",
                Severite.AVERTISSEMENT,
                n,
                f"Procuration « {morceau[:80]} » du décompte non lue.",
            )
            continue
        etat.procurations.append((n, mandant, lire_personne(paire[1]), paire[1]))


_POINT_D_INFORMATION = re.compile(
    r"\s*(?:point\s+(?:sur|d'etape|d'avancement)|informations?\b|communications?\b|bilan\s+d)"
)
_TITRE_SANS_DELIBERATION = re.compile(
    r"\s*(?:questions?\s+(?:et\s+informations?\s+)?diverses|informations?\b|divers\b|communications?\b)"
)
_ETIQUETTE_DELIBERATION = re.compile(r"^(?:D[ÉE]LIB[ÉE]RATION|Délibération)\s+(?=[A-ZÉÈ][a-zéèêà])")
_RAPPORT_N = re.compile(r"\s*rapport\s+n\s*[°o]")


def _numero_de_rapport(etat: _Etat, n: int, d: _Delib | None, t: str, reste: str) -> bool:
    """« Délibération n° CP/2011/11/248 » puis « Rapport n° 248 » seul sur sa ligne : le
    numéro du rapport présenté, pas un autre point ; la délibération garde le sien."""
    if (
        d is None
        or not d.numero
        or d.objet
        or d.theme
        or d.votes
        or reste.strip()
        or not _RAPPORT_N.match(cle_texte(t))
    ):
        return False
    etat.constat(
        "extrait.numero-de-rapport",
        Severite.INFO,
        n,
        f"« {t[:60]} » : le numéro du rapport ; la délibération garde son numéro {d.numero}.",
    )
    return True


def _objet_avant_l_entete(etat: _Etat) -> bool:
    """« Délibération n° … / Rapport n° … / OBJET : … » en tête d'un extrait, avant la phrase
    d'ouverture : le seul point ouvert n'a encore ni présents, ni vote, ni dispositif ; la
    présidence et les décomptes qui suivent sont ceux de la séance."""
    if len(etat.deliberations) != 1 or etat.presents or etat.absents or etat.procurations:
        return False
    d = etat.deliberations[0]
    return d.par_objet and not d.votes and d.resultat is None and not d.dispositif


# « Présents : 14 (15 à partir de la délibération n° 2021-047) », « Votants : 26, puis 27 »,
# « Présents : 22 à l'ouverture de la séance, 23 … » : un nombre qui change avec le point
_DECOMPTE_VARIABLE = re.compile(
    r"([a-z' ]{3,60}?)\s*:\s*\d{1,4}\s*(?:,?\s*puis\s+\d|\(\s*\d{1,4}\s+a\s+partir\b"
    r"|a\s+l'?\s*ouverture\b)"
)


def _cles_variables(t: str) -> set[str]:
    """Les décomptes d'une ligne dont le document donne plusieurs valeurs selon le moment."""
    plat = cle_texte(t)
    if "puis" not in plat and "partir" not in plat and "ouverture" not in plat:
        return set()
    return {
        cle
        for trouve in _DECOMPTE_VARIABLE.finditer(plat)
        for cle, _v in r.decomptes(f"{trouve.group(1)} : 1")
        # (« Membres en exercice : 12 A l'ouverture de la séance, 6 délégués … » : l'effectif
        # ne change pas pendant la séance ; la phrase qui suit parle des présents)
        if cle not in ("en_exercice", "membres")
    }


_CELLULES = re.compile(r"\t|\s{2,}")


def _decomptes_sous_libelles(libelles: str, nombres: str) -> str | None:
    """« En exercice    Présents    Votants » puis « 6    4    5 » (cadre d'un registre, une
    ligne de libellés, une ligne de nombres) : le décompte réécrit « libellé : nombre - … ».

    >>> _decomptes_sous_libelles("En exercice    Présents    Votants", "6      4     5")
    'En exercice : 6 - Présents : 4 - Votants : 5'
    >>> _decomptes_sous_libelles("Pour    Contre", "6      4") is None
    True
    """
    valeurs = nombres.split()
    cellules = _CELLULES.split(libelles.strip())
    if len(cellules) < 2 or len(cellules) != len(valeurs):
        return None
    if not all(v.isdigit() and len(v) <= 3 for v in valeurs):
        return None
    if not all(len(r.decomptes(f"{c} : 1")) == 1 for c in cellules):
        return None  # chaque libellé est celui d'un décompte (pas « Pour », « Contre »)
    return " - ".join(f"{c} : {v}" for c, v in zip(cellules, valeurs, strict=True))


def _decomptes_en_fin(etat: _Etat, n: int, valeurs: list[tuple[str, int]]) -> bool:
    """« En exercice : 29 – Membres présents : 23 – Votants : 27 » dans un encadré après les
    points, quand l'en-tête n'a donné aucun décompte : les membres en exercice ne sont jamais le
    vote d'un point ; la ligne est le décompte de la séance (c'est dit)."""
    cles = {cle for cle, _ in valeurs}
    if "en_exercice" not in cles or len(cles) < 2 or etat.decomptes:
        return False
    for cle, valeur in valeurs:
        etat.decomptes.setdefault(cle, valeur)
    etat.constat(
        "extrait.decomptes-en-fin",
        Severite.INFO,
        n,
        "Décomptes de la séance (membres en exercice compris) lus après les points.",
    )
    return True


def _decomptes(etat: _Etat, n: int, t: str) -> bool:
    if _presents_partiels(etat, n, t):
        return True
    if ":" in t and _INTITULE_COMPTE_PUIS_LISTE.search(t):
        return False  # « ETAIENT PRESENTS : 7 M. ROUVIER M. BASTIDE … » : une liste, son nombre en tête
    valeurs = r.decomptes(t)
    if valeurs and "(" in t:
        _procurations_du_decompte(etat, n, t)
    if valeurs and (etat.courante is None or len(t) < 120):
        courante = None if _objet_avant_l_entete(etat) else etat.courante
        if courante is not None and _decomptes_en_fin(etat, n, valeurs):
            return True
        variables = _cles_variables(t) if courante is None else set()
        for cle, valeur in valeurs:
            if cle in variables:
                etat.constat(
                    "extrait.decompte-variable",
                    Severite.INFO,
                    n,
                    f"Nombre de {cle} qui change en cours de séance (« {t.strip()[:80]} ») : "
                    "aucun nombre n'est retenu pour la séance.",
                )
                continue
            if courante is None and cle in _PARTIES_DES_PRESENTS:
                _partie_des_presents(etat, n, cle, valeur)
            elif courante is None and etat.issue_hors_point:
                # après un résultat lu hors de toute délibération, on est dans le corps d'un
                # point dont le titre manque : « Votants : 11 » est le vote de ce point, pas un
                # décompte de la séance
                etat.constat(
                    "extrait.decompte-hors-seance",
                    Severite.INFO,
                    n,
                    f"Nombre de {cle} ({valeur}) lu après un vote hors de toute délibération : "
                    "celui d'un point dont le titre manque, non retenu pour la séance.",
                )
            elif courante is None:
                etat.decomptes.setdefault(cle, valeur)
            elif cle == "votants":
                courante.votes["votants"] = valeur
                etat.decomptes_points.setdefault(cle, []).append(valeur)
            else:
                if not _AU_MOMENT_DU_VOTE.search(cle_texte(t)):  # (un nombre de ce vote seul)
                    etat.decomptes_points.setdefault(cle, []).append(valeur)
                etat.constat(
                    "extrait.decompte-point",
                    Severite.INFO,
                    n,
                    f"Nombre de {cle} annoncé pour ce point : {valeur}.",
                )
        return True
    return False


# une civilité suivie d'un nom propre (pas « M. le Maire ») ; sensible à la casse
_CIVILITE_PUIS_NOM = r"(?-i:(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[A-ZÉÈ])"
_GROUPE_EN_TETE = re.compile(r"^\s*([A-ZÉÈÊÀÂÎÔÛÇË][A-ZÉÈÊÀÂÎÔÛÇË' \-]{2,60}?)\s*:\s*(?=\S)")
# « … ; SAINT-JEAN-DE-VERME : M. X » : une commune en capitales (pas un intitulé) après le
# point-virgule qui ferme le groupe précédent, devant la civilité de son premier délégué
_COMMUNE_APRES_POINT_VIRGULE = re.compile(
    r"\s*;\s*(?!(?:PR[ÉE]SENTS?|ABSENTS?|EXCUS[ÉE]|POUVOIRS?|PROCURATIONS?|REPR[ÉE]SENT|SECR[ÉE]TAIRE)\b)"
    # (« ; BLÉTY : Paul DIDIER » : le délégué sans civilité, « Prénom NOM »)
    r"([A-ZÉÈÊÀÂÎÔÛÇË][A-ZÉÈÊÀÂÎÔÛÇË' \-]{2,60}?)\s?:\s+(?=(?:MM?\.|Mmes?\b|Monsieur\b|Madame\b"
    r"|[A-ZÉÈ][a-zéèêëïîç]+(?:-[A-ZÉÈ][a-zéèêëïîç]+)?\s+[A-ZÉÈÀ]{2}))"
)
_SUPPLEANT = re.compile(
    # (« M. X siège en qualité de suppléant de M. Y » : la phrase, pas le nom)
    r"^(?P<suppleant>.+?)\s*[(,]?\s*(?:si[èe]ge\s+en\s+qualit[ée]\s+de\s+)?"
    # (« Mme X (suppléante, pour M. Y) » : la qualité puis « pour »)
    r"(?:(?:d[ée]l[ée]gu[ée]e?\s+)?(?:suppl[ée]ante?s?|suppl\.)\s*(?:de|d'|du\s+titulaire|,\s*pour\s)"
    r"|(?:ayant\s+la\s+|en\s+)?suppl[ée]ance\s+(?:de|d')"
    r"|en\s+remplacement\s+(?:de|d')|rempla[çc]ante?\s+(?:de|d')"
    r"|si[èe]ge\s+en\s+l['’]absence\s+(?:de|d')"  # « M. X (Commune) siège en l'absence de Mme Y »
    r"|(?<=\()remplace\s"  # « M. Y (remplace M. X) »
    # « M. Y représentant M. X », « M. Y (Commune), remplaçant M. X »
    # (« M. Y remplace M. X (Commune) » : le verbe, devant la civilité du titulaire)
    r"|(?<=\s)(?i:représentante?|rempla[çc]ante?|remplace)\s+(?=" + _CIVILITE_PUIS_NOM + r"))\s*"
    r"(?P<titulaire>[^,()]+)",
    re.IGNORECASE,
)
_SUPPLEANT_EN_L_ABSENCE = re.compile(
    r"((?:d[ée]l[ée]gu[ée]e?\s+)?suppl[ée]ante?)\s*,\s*en\s+l['’]\s*absence\s+(?:de\s+|d['’]\s*)", re.I
)
# « Pierre LANVIN, Maire, Sophie RIVAL, Marc DORAT, Adjoints Julie FABRE, … » (liste aplatie :
# la fonction qui clôt un groupe est collée au nom suivant) : la fonction, puis une personne
_FONCTION_CLOSE_COLLEE = re.compile(
    # (« Luc FERRAND, maire Anne VOISIN, … » : la fonction du précédent, collée au suivant)
    r"(?:[Mm]aire|MAIRE)\s+(?=(?:M\.|Mme|Monsieur|Madame)\s|[A-ZÉÈÎ][a-zéèêëïç]+(?:-[A-ZÉÈ][a-zéèêëïç]+)?\s+[A-ZÉÈ]{2})|"

    r"(?:(?:Maire|MAIRE)s?[\s-]+)?(?:[Aa]djointe?s?|ADJOINTE?S?|[Cc]onseill[eè]re?s?(?:\s+[Mm]unicipa(?:ux|les?))?"
    r"|CONSEILL[EÈ]RE?S?(?:\s+MUNICIPA(?:UX|LES?))?)\s+"
    r"(?=(?:M\.|Mme|Monsieur|Madame)\s|[A-ZÉÈÎ][a-zéèêëïç]+(?:-[A-ZÉÈ][a-zéèêëïç]+)?\s+[A-ZÉÈ])"
)
# (« Paul X – Président Lucie Y – … – Vice-présidents délégués Odile Z – … » : la fonction du
# groupe qui précède, collée à la personne suivante)
_FONCTION_D_EPCI_COLLEE = re.compile(
    r"(?:[Pp]r[ée]sidente?|[Vv]ice-[Pp]r[ée]sidente?s?(?:\s+[Dd][ée]l[ée]gu[ée]e?s?)?"
    r"|[Cc]onseill[eè]re?s?\s+(?:[Cc]ommunautaires?|[Dd][ée]l[ée]gu[ée]e?s?))\s+"
    r"(?=[A-ZÉÈÎ][a-zéèêëïç]+(?:-[A-ZÉÈ][a-zéèêëïç]+)?\s+[A-ZÉÈ]{2}[A-ZÉÈ'\-]*\s*$)"
)
_QUALITE_PUIS_CIVILITE = re.compile(
    r"(?<=[A-ZÉÈÀÂÎÔÛÇ]{2}|[a-zéèêëïîôûç]{2}),\s*(titulaire|suppl[ée]ante?)\s*[.,]?\s*"
    r"(?:(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)|(?P<fin>$))"
)


def _qualite_du_delegue(trouve: re.Match[str]) -> str:
    """« M. X, titulaire » : la qualité ôtée ; « M. Y, suppléant » : « M. Y (suppléant) », un
    suppléant qui siège (le titulaire n'est pas nommé)."""
    fin = "" if trouve.group("fin") is not None else ", "
    return fin if trouve.group(1) == "titulaire" else f" ({trouve.group(1)}){fin}"
_QUALITE_FIN = re.compile(
    r"\s+(?:d[ée]l[ée]gu[ée]\(?e?\)?s?|conseill[eè]re?\(?e?\)?s?)\s+"
    r"(?:titulaires?|suppl[ée]ante?s?|municipa(?:l|ux)|communautaires?)\.?\s*$",
    re.IGNORECASE,
)
# « M. Fouché Maire de Saint-Ouen », « Mme RIVIERE déléguée des Essarts » : la fonction et la
# commune qui suivent le nom
_FONCTION_DE_COMMUNE = re.compile(
    r"\s+(?:[Mm]aire|[Aa]djointe?|[Dd][ée]l[ée]gu[ée]e?|[Cc]onseill[eè]re?)"
    r"(?:\s+(?:titulaire|suppl[ée]ante?|municipale?))?\s+(?:de|d'|du|des)\s*[A-ZÀ-Ý][^,;()]*$"
)
_PAR_SON_SUPPLEANT = re.compile(
    r"^(?P<titulaire>.+?)\s*,?\s*(?:(?:repr[ée]sent[ée]e?|remplac[ée]e?)\s+par\s+(?:son|sa)\s+"
    r"suppl[ée]ante?|(?:est\s+)?suppl[ée][ée]e?\s+par"  # « Georges CALVET (est) suppléé par Alain CALVET »
    r"|(?<=\()remplac[ée]e?\s+par"  # « M. X (remplacé par M. Y) »
    r"|excus[ée]e?\s+et\s+remplac[ée]e?\s+par"  # « MM J. X excusé et remplacé par MM F. Y »
    # « M. X remplacé par M. Y » parmi les absents : Y siège pour X
    r"|(?<=\s)remplac[ée]e?\s+par(?=\s+(?:M\.|Mme|Monsieur|Madame)\s)"
    r"|(?<=\()suppl[ée]ante?\s*:?(?=\s*(?:M\.|Mme|Monsieur|Madame)\s))"  # « M. X (Suppléant M. Y) »
    # (« P X suppléé par M Y (jusqu à D79/13) » : la précision du suppléant, dite à part)
    r"\s*,?\s*(?P<suppleant>[^,()]+?)\s*\)?\s*(?:\((?P<precision>[^()]{0,80})\)?\s*)?$",
    re.IGNORECASE,
)
# « M. X représenté par M. Y suppléant », « M. X par M. Y suppléant », « M. X (COMMUNE) par
# M. Y, délégué suppléant » : Y siège pour X
_QUALITE_DE_SUPPLEANT = re.compile(
    # (« délégué suppléant, siégeant pour M. PAUL Henri (Secteur d'Entrevaux) » : aussi)
    r"^\s*(?:(?:MM|Mmes)\.?\s+)?(?:d[ée]l[ée]gu[ée]e?\s+)?suppl[ée]ante?\s*"
    r"(?:\s(?:de|d'|du\s+titulaire)|,?\s+si[ée]geant\s+pour)\s*(?P<titulaire>[^,()]+?)\s*"
    r"(?:\([^()]{2,60}\))?\s*\.?$",
    re.IGNORECASE,
)
_TITULAIRE_PAR = re.compile(
    r"^(?P<titulaire>[^()]+?)\s*(?:\([^()]{2,60}\))?\s*,?\s*par\s+(?P<suppleant>[^,()]+?)\s*$"
)
_PAR_VIRGULE = re.compile(r"\bpar,\s*")
_PAR_Y_SUPPLEANT = re.compile(
    r"^(?P<titulaire>[^()]+?)\s*(?:\([^()]{2,60}\))?\s*,?\s*(?:(?:repr[ée]sent[ée]e?|remplac[ée]e?)\s+)?"
    # (« Luc X représenté par Henri Y son suppléant » : aussi avec le possessif)
    r"par\s+(?P<suppleant>[^,()]+?)\s*,?\s*(?:(?:son|sa)\s+)?(?:d[ée]l[ée]gu[ée]e?\s+)?suppl[ée]ante?\s*$",
    re.IGNORECASE,
)
def _commune_du_delegue(etat: _Etat, n: int, morceau: str, personne: str) -> None:
    """« Hélène PIETRI d'ORNANO » dans une liste d'intercommunalité : la fin lue comme la
    commune du délégué ; sûr si le texte nomme cette commune ailleurs, dit sinon (un nom à
    particule se lirait autrement)."""
    commune = morceau[len(personne) :].strip()
    nom = commune.split(" ", 1)[-1].lstrip("d'’ ").strip()
    if cle_texte(nom) in etat.reperes.lieux:
        _groupe_lu(etat, n, commune)
        return
    etat.constat(
        "extrait.groupe-nom",
        Severite.AVERTISSEMENT,
        n,
        f"« {morceau[:100]} » : « {commune} » lu comme la commune du délégué ; un nom à particule "
        "se lirait autrement (le texte ne nomme pas cette commune ailleurs).",
    )


_DE_COMMUNE = re.compile(r"^(?P<personne>\S+\s+\S+.*?)\s+(?:de|d')\s*[A-ZÉÈÀÂ][A-ZÉÈÀÂÎÔÛÇ'\- ]+$")
_MOTS_DE_COMMUNE = mots_requis(_DE_COMMUNE, "de", "d'")
_PARTICULE_FINALE = re.compile(r"\s(?:VAN|VON|van|von|Van|Von|DEL|Del|del)$")
# (civilité facultative ; pas _PRENOM_SEUL, celui d'une présidence coupée, qui l'exige)
_PRENOM_SEUL_AVANT_LA_COMMUNE = re.compile(
    r"(?:(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+)?[A-ZÉÈÎ][a-zéèêëàâîïôûüç]+(?:-[A-ZÉÈ][a-zéèêëàâîïôûüç]+)?"
)


_MOT_DE_LIEU = re.compile(
    # (« Canton d'Aubrac-Nord », « Canton de Tarn-et-Muse » : l'élision et « et » des cantons)
    r"(?:(?:[dl]['’])?[A-ZÉÈÊÀÂÎÔÛÇ][a-zéèêëàâîïôûüç'’]+|d[eu]|des|la|le|les|l'|d'|en|et|sur|sous"
    r"|lès|lez|aux?)"
)
# « Canton de Millau-2 » : le numéro d'un canton qui partage le nom de sa ville
_NUMERO_DE_CANTON = re.compile(r"-\d{1,2}$")
_CAPITALES_NOM = re.compile(r"\b[A-ZÉÈÊÀÂÎÔÛÇËÏÜŸŒÆ]{2,}\b")


_BLANCS_OU_TIRETS = re.compile(r"[\s\-]+")


def _lieu_en_casse_mixte(etat: _Etat, propre: str) -> bool:
    """« Ferrières-en-Orvanne », « Le Mesnil-Aubrac » seul sur sa ligne, dans une liste dont
    les membres ont leur NOM en capitales : le nom d'une commune (en-tête de groupe)."""
    mots = [m for m in _BLANCS_OU_TIRETS.split(propre) if m]
    return (
        etat.section is not None
        and etat.section.nom in ("presents", "absents")
        and 0 < len(mots) <= 8
        and mots[0][:1].isupper()
        and all(_MOT_DE_LIEU.fullmatch(m) for m in mots)
        and _CAPITALES_NOM.search(propre) is None
        and (
            any(e.nom.isupper() for _, e in etat.presents[-3:])
            or _CAPITALES_NOM.search(etat.suivante) is not None
        )
    )


def _groupe(etat: _Etat, n: int, texte: str) -> bool:
    """Un nom de commune en capitales (ou en casse mixte dans une liste de NOMS), seul sur sa
    ligne : en-tête d'un groupe de délégués."""
    propre = texte.strip().rstrip(":").strip()
    if (
        not propre
        or len(propre) > 60
        or "," in propre
        or (propre.endswith(".") and not propre.endswith(" ."))  # « HENRY. » : la liste finit
        # « HUMBERT<tab>LAMBERT » : des noms en colonnes, pas une commune
        or ("\t" in propre and propre.isupper())
        or _CIVILITE_SEULE.match(propre)
        or _CIVILITE_DANS_LA_LIGNE.search(propre)  # « PROCURATION DE M. X À MME Y »
        or not any(c.isalpha() for c in propre)
        or (any(c.islower() for c in propre) and not _lieu_en_casse_mixte(etat, propre))
        or _UNE_INITIALE_PUIS_NOM.fullmatch(propre)  # « R. HOURDIN » : une personne, pas un lieu
        # (« A. RIVOIRE - F. CHAPUIS - N. BLANC-MOREL - » : des personnes, séparées de tirets)
        or len(_UNE_INITIALE_PUIS_NOM.findall(propre)) >= 2
        or _prenom_puis_nom_en_capitales(etat, propre)  # « ABSENTS : ELSA MARTIN » (conseil municipal)
        # (« REUNION DU 12 MAI 2016 » : le titre d'une autre séance, pas une commune)
        or (etat.date_manquee is not None and r.date_seance_fiable(propre) is not None)
    ):
        return False
    etat.constat(
        "extrait.groupe-commune",
        Severite.INFO,
        n,
        f"« {propre} » lu comme le nom d'un groupe (commune), pas comme un membre.",
    )
    return True


def _prenom_puis_nom_en_capitales(etat: _Etat, propre: str) -> bool:
    """« ELSA MARTIN » dans un conseil municipal (qui n'a pas de groupes de communes) : deux
    mots, un prénom puis un NOM, une personne."""
    mots = propre.split()
    return (
        etat.organe is Organe.CONSEIL_MUNICIPAL
        and len(mots) == 2
        and propre.isupper()
        and all(m.replace("-", "").isalpha() for m in mots)
        and mots[0] not in PARTICULES  # (« DE LANGRES », un tampon de sous-préfecture)
        and not prenom_usuel(mots[1])
    )


# « Saint-Pantaléon-de-Larche : M. Michel DELMAS, Mme … » : la commune en casse ordinaire,
# deux-points, puis ses délégués, chacun avec sa civilité
_GROUPE_MIXTE = re.compile(
    r"^\s*([A-ZÉÈÊÀÂÎÔÛÇ][^:;,()]{1,60}?)\s*:\s*(?=(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)\s)"
)


# « Collège de la Communauté de communes du Val : M. A, Mme B » : le collège d'un syndicat
# mixte ou d'un PETR (un membre, ses délégués), nom de groupe et non personne
# « Collège des communautés de communes (1 voix par délégué) » seul sur sa ligne : l'intertitre
# d'un collège de syndicat mixte, qui ferme la liste d'avant (pas un nom qui la continue)
_INTITULE_DE_COLLEGE = re.compile(
    r"Coll[èe]ge\s+(?:des?|du|de\s+la|de\s+l['’])\s*[^:;,]{2,100}?(?:\s*\([^()]{1,60}\))?\s*\.?", re.I
)
_COLLEGE = re.compile(
    r"\s*(Coll[èe]ge\s+[^:;()]{2,100}?)\s*:\s*(?=(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)\s)", re.I
)


def _groupe_casse_mixte(texte: str) -> re.Match[str] | None:
    """L'en-tête « Commune : » d'un groupe en casse ordinaire, suivi d'une civilité : tous ses
    mots ont la forme d'un nom de lieu et aucun n'est un NOM en capitales."""
    if ":" not in texte[:64] or _COMMUNE_INITIALE.match(texte.lstrip()):
        return None  # (« Commune de X : M. A » : lu par pour_la_commune)
    trouve = _GROUPE_MIXTE.match(texte)
    if trouve is None or ":" in texte[trouve.end() :]:
        return None  # (plusieurs groupes sur la ligne : lus morceau par morceau)
    lieu = trouve.group(1)
    if not _mots_de_lieu(_NUMERO_DE_CANTON.sub("", lieu)) or _CAPITALES_NOM.search(lieu):
        return None
    return trouve


def _mots_de_lieu(lieu: str) -> bool:
    """Vrai si chaque mot de ``lieu`` a la forme d'un mot de nom de lieu (« Montlaur-d'Olt »,
    « Peux-et-Moulin », « Canton de Tarn-et-Muse »)."""
    return all(_MOT_DE_LIEU.fullmatch(m) for m in _BLANCS_OU_TIRETS.split(lieu) if m)


# une communauté membre d'un syndicat mixte ou d'un PETR, seule sur sa ligne
_MEMBRE_INTERCOMMUNAL_SEUL = re.compile(
    r"\s*(?:(?i:communaut[ée]\s+(?:de\s+communes|d['’]\s*agglom[ée]ration|urbaine))"
    r"|(?:CC|CA|CU)(?=\s+[A-ZÉÈÀÂ]|\s+(?:de|du|des|d['’])\s))[^:;,()]{0,80}?\s*:?\s*"
)


_CIVILITE_DANS_LA_LIGNE = re.compile(r"\s(?:M|MM|MME|MMES|MLLE|MR|MONSIEUR|MADAME)\b\.?\s")


# dans la liste des suppléants : « Louis Marcou (pour Gérard Bessou) »
# (« M. X (représentant M. Y) », « Mme Z (remplaçant M. W) » : la même chose)
_SUPPLEANT_POUR = re.compile(
    r"^(?P<suppleant>[^()]+?)\s*\(\s*(?:pour|repr[ée]sentant|rempla[çc]ant)\s+"
    r"(?P<titulaire>[^()]+?)\s*\)\s*$"
)
_CIVILITE_SEULE = re.compile(
    r"^(?:M|MM|MME|MMES|MLLE|MR|MRS|MONSIEUR|MADAME|MESSIEURS|MESDAMES)\b\.?"
)


_DONT_SUPPLEE = re.compile(
    r"dont\s*(?:\(\d{1,3}\)\s*)?suppl[ée][ée]e?s?\s*:\s*(?P<titulaire>[^:]{3,80}?)\s+par\s+"
    r"(?P<suppleant>[^:]{3,80}?)\s*[.;]?$",
    re.I,
)
_SUPPLEANT_NU = re.compile(
    r"^(?P<suppleant>[^()]+?)\s*\(\s*(?i:suppl[ée]ante?)\s*:?\s+(?!(?i:de|du|d['’]|des)\b)"
    r"(?P<titulaire>[^()]{3,80}?)\s*\)\s*[.;]?$"
)


def _suppleance(etat: _Etat, n: int, morceau: str) -> bool:
    """« M. X (suppléant de M. Y) » ; dans une liste de suppléants, « M. X » seul ; la
    commune écrite dans la même parenthèse (« M. X (Voulon, suppléant de M. Y) ») est ôtée."""
    if "," in morceau and ("ppl" in morceau or "rempla" in morceau):
        morceau = _COMMUNE_AVANT_SUPPLEANT.sub("(", morceau)
        # « Mme X (Commune), suppléante de M. Y » : la commune entre le nom et la qualité
        morceau = _COMMUNE_PUIS_SUPPLEANT.sub("", morceau)
    if morceau[:1] in "Dd" and (dont := _DONT_SUPPLEE.match(morceau)) is not None and (
        suppleant := lire_personne(dont.group("suppleant"))
    ) is not None:
        # « Présents : A, B ; Dont (1) Suppléé : MAURY Paul par ROCHE Alain » : Y siège pour X
        etat.suppleances.append((n, suppleant, lire_personne(dont.group("titulaire"))))
        return True
    if (
        etat.section is not None
        and etat.section.nom == "presents"
        and "(" in morceau
        and (nu := _SUPPLEANT_NU.match(morceau)) is not None
        and (suppleant := lire_personne(nu.group("suppleant"))) is not None
        and (titulaire := lire_personne(nu.group("titulaire"))) is not None
    ):
        # « Présents : Marc X (Suppléant Hélène Y) » : le présent siège pour Y (sous « Absents
        # représentés par leur suppléant », la même parenthèse nomme le suppléant de l'absent)
        etat.suppleances.append((n, suppleant, titulaire))
        return True
    par_son = _PAR_SON_SUPPLEANT.match(morceau) if len(morceau) <= 300 else None
    if par_son is None and len(morceau) <= 300:
        par_son = _PAR_Y_SUPPLEANT.match(morceau)
    if par_son:
        titulaire = lire_personne(par_son.group("titulaire"))
        suppleant = lire_personne(par_son.group("suppleant"))
        if suppleant is not None and titulaire is not None:
            etat.suppleances.append((n, suppleant, titulaire))
            if precision := par_son.groupdict().get("precision"):
                _precision(etat, n, suppleant, precision)
            return True
    trouve = _SUPPLEANT.match(morceau) if len(morceau) <= 300 else None
    if trouve:
        suppleant = lire_personne(trouve.group("suppleant"))
        # (« Odile X (Déléguée suppléante de Castelbrac) » : une commune, pas le titulaire ;
        # la suppléance est dite, son titulaire non nommé)
        lieu = _COMMUNE_SEULE.fullmatch(trouve.group("titulaire").strip(" .)"))
        titulaire = None if lieu else lire_personne(trouve.group("titulaire"))
        if suppleant is not None:
            etat.suppleances.append((n, suppleant, titulaire))
            return True
    if etat.section is not None and etat.section.nom == "suppleants":
        if (par := _TITULAIRE_PAR.match(morceau)) is not None and (
            suppleant := lire_personne(par.group("suppleant"))
        ) is not None:
            # « Étaient suppléés : X (commune) par Y » : le titulaire d'abord
            etat.suppleances.append((n, suppleant, lire_personne(par.group("titulaire"))))
            return True
        if (pour := _SUPPLEANT_POUR.match(morceau)) is not None and (
            suppleant := lire_personne(pour.group("suppleant"))
        ) is not None:
            etat.suppleances.append((n, suppleant, lire_personne(pour.group("titulaire"))))
            return True
        if (remplace := _EN_REMPLACEMENT_DE.match(morceau)) is not None and (
            suppleant := lire_personne(remplace.group("suppleant"))
        ) is not None:
            # « M. X (COMMUNE) en remplacement de M. Y » : X siège pour Y
            etat.suppleances.append((n, suppleant, lire_personne(remplace.group("titulaire"))))
            return True
        if (
            " pour " in morceau
            and len(morceau) <= 200
            and (pour := _X_POUR_Y.match(morceau.strip())) is not None
            and (suppleant := lire_personne(pour.group("suppleant"))) is not None
            and (titulaire := lire_personne(pour.group("titulaire"))) is not None
        ):
            # « Suppléant ayant voix délibérative : Mme X pour M. Y » : X siège pour Y (les deux
            # lus, sinon la ligne reste à signaler)
            etat.suppleances.append((n, suppleant, titulaire))
            return True
        lus = lire_personnes(morceau)
        for p in lus:
            etat.suppleances.append((n, p, None))
        if not lus and morceau.strip(" .;,"):
            etat.constat(
                "extrait.nom-illisible",
                Severite.AVERTISSEMENT,
                n,
                f"« {morceau.strip()[:80]} » n'est pas lu comme un suppléant : la liste peut être "
                "incomplète.",
            )
        return True
    return False


_EN_REMPLACEMENT_DE = re.compile(
    # (« M. X (Commune) siège en l'absence de Mme Y » : X siège pour Y aussi)
    r"^(?P<suppleant>[^()]+?)\s*(?:\([^()]{2,60}\))?\s*,?\s*(?:si[èe]ge\s+)?"
    r"en\s+(?:remplacement|l['’]absence)\s+(?:de|d')\s*"
    r"(?P<titulaire>[^,()]+?)\s*[.;]?\s*$"
)


_TIRET_AVANT_POUVOIR = re.compile(r"(?<=[)\w])\s+[–-]\s+(?=(?:pouvoir|procuration)\s+(?:à|a)\s)", re.I)
_COMMUNE_AVANT_SUPPLEANT = re.compile(r"\(\s*[^(),]{2,40},\s*(?=suppl[ée]ante?\s+(?:de|d'|du)\s)")
_COMMUNE_PUIS_SUPPLEANT = re.compile(
    r"\s*\([^(),]{2,40}\)(?=\s*,\s*(?:(?:d[ée]l[ée]gu[ée]e?\s+)?suppl[ée]ante?\s+(?:de|d'|du)\s"
    r"|rempla[çc]ante?\s+" + _CIVILITE_PUIS_NOM + r"))"
)
# « … suppléant de M. Y (Saint-Amans- » : la commune du titulaire en fin de phrase, fermée
# ou coupée en fin de ligne
_COMMUNE_EN_FIN_DE_PHRASE = re.compile(r"\s*\([^()]{2,60}\)?\s*$")
_QUALITE = r"(?:d[ée]l[ée]gu[ée](?:\(e\)s|e?s?)|membres?|conseill[eè]re?(?:\(e\)s|s)?)"
_TITULAIRES_PUIS_SUPPLEANTS = re.compile(
    rf"^(?P<titulaires>.+?)[\s,]+{_QUALITE}\s+titulaires?[\s,:]+(?P<suppleants>[^:]+?)"
    rf"[\s,]+{_QUALITE}\s+suppl[ée]ant(?:\(e\)s|e?s?)\s*\.?\s*$",
    re.IGNORECASE,
)
_MOTS_TITULAIRES_PUIS_SUPPLEANTS = mots_requis(_TITULAIRES_PUIS_SUPPLEANTS, "uppl", minuscules=True)
_PRENOM, _NOM = MOTIF_PRENOM, MOTIF_NOM
_PRENOM_NOM = rf"{_PRENOM}(?:\s+{_PRENOM})*(?:\s+{_NOM})+"
_NOMS_COLLES = re.compile(rf"{_PRENOM_NOM}(?:\s+{_PRENOM_NOM})+")
_PRENOM_NOM_SEUL = re.compile(_PRENOM_NOM)
_ENTRE_NOMS = re.compile(rf"(?<=[A-ZÉÈÊËÀÂÎÏÔÛÜÇ'’])\s+(?={_PRENOM}\b)")
# « ROUX Paul PETIT Anne LE GALL Yves » : l'ordre inverse, le NOM d'abord
_NOMS_PRENOMS_COLLES = re.compile(rf"{_NOM}(?:\s+{_NOM})*(?:\s+{_PRENOM})+(?:\s+{_NOM}(?:\s+{_NOM})*(?:\s+{_PRENOM})+)+")
_ENTRE_NOMS_PRENOMS = re.compile(r"(?<=[a-zéèêëàâîïôûüç'’])\s+(?=[A-ZÉÈÊËÀÂÎÏÔÛÜÇ][A-ZÉÈÊËÀÂÎÏÔÛÜÇ'’\-])")


_CIVILITES_PLURIELLES_EN_TETE = re.compile(r"^(?:Mmes|MM\.?|Mesdames|Messieurs)(?:\s+et\s+(?:MM\.?|Messieurs))?\s+")


_ET_ENTRE_NOMS = re.compile(r"(?<=[A-ZÉÈÀÂÎÔÛÇ]{2})\s+et\s+(?=[A-ZÉÈ])")


_TIRET_ENTRE_NOMS = re.compile(r"\s+-\s*|\s*-\s+")


def _liste_sans_separateur(texte: str) -> str | None:
    """« Paul ROUX Anne PETIT Luc BLANC » (une personne par ligne, lignes aplaties, sans
    civilité) : les mêmes personnes séparées par des virgules ; ``None`` sinon. Une précision
    entre parenthèses reste au nom qui la précède (« Paul ROUX (a reçu pouvoir de Anne PETIT)
    Luc BLANC »)."""
    propre = _CIVILITES_PLURIELLES_EN_TETE.sub("", texte.strip(" .;"))  # « MM. Paul ROUX Anne … »
    if " " in propre and _INITIALE_DETACHEE.search(propre):
        propre = _INITIALE_DETACHEE.sub(_prenom_recolle, propre)  # « LECLERC G régory » (copie d'un PDF)
    if " et " in propre:
        propre = _ET_ENTRE_NOMS.sub(" ", propre)  # « … Arnaud GUDEFIN et Frédéric DUFOUR »
    if len(propre) > 3000 or "," in propre or _CIVILITE_DANS_LISTE.search(_PRECISION_DE_LISTE.sub(" ", propre)):
        return None
    if "(" not in propre:
        return _noms_sans_virgules(propre)
    morceaux = _PRECISION_DE_LISTE.split(propre)  # [noms, (précision), noms, (précision), …]
    if not morceaux[0].strip():
        return None
    personnes: list[str] = []
    for rang, morceau in enumerate(morceaux):
        if rang % 2:
            personnes[-1] += f" {morceau}"
            continue
        if not morceau.strip():
            continue
        noms = _noms_sans_virgules(morceau.strip(), seul_permis=True)
        if noms is None:
            return None
        personnes.extend(noms.split(", "))
    return ", ".join(personnes) if len(personnes) > 1 else None


# « LECLERC G régory » : la capitale d'un prénom détachée du reste par la copie
_INITIALE_DETACHEE = re.compile(r"(?<=\s)([A-ZÉÈ]) ([a-zéèêëïîôûç]{3,})(?=\s|$)")


def _prenom_recolle(trouve: re.Match[str]) -> str:
    recolle = trouve.group(1) + trouve.group(2)
    return recolle if prenom_usuel(recolle) else trouve.group(0)


# « (a reçu pouvoir de Anne PETIT) » dans une liste sans séparateur : une précision du nom
# qui la précède
_PRECISION_DE_LISTE = re.compile(r"\s*(\([^()]{1,200}\))\s*")


def _noms_sans_virgules(propre: str, seul_permis: bool = False) -> str | None:
    """« Paul ROUX Anne PETIT » : les noms séparés par des virgules ; un seul nom seulement
    avec ``seul_permis`` (entre deux précisions) ; ``None`` si ce ne sont pas des noms."""
    if _NOMS_COLLES.fullmatch(propre):
        return ", ".join(_ENTRE_NOMS.split(propre))
    if _NOMS_PRENOMS_COLLES.fullmatch(propre):
        return ", ".join(_ENTRE_NOMS_PRENOMS.split(propre))
    if seul_permis and _PRENOM_NOM_SEUL.fullmatch(propre):
        return propre
    return None


_CIVILITE_DE_LISTE = rf"(?:{CIVILITE}\s+)?"
_DEUX_NOMS_SEULS = re.compile(rf"{_CIVILITE_DE_LISTE}(?!(?:MM|MMES?|MRS?|MLLE)\b)({MOTIF_NOM})\s+({MOTIF_NOM})")
_UN_NOM_SEUL = re.compile(rf"{_CIVILITE_DE_LISTE}{MOTIF_NOM}")


_NOMS_SEULS = re.compile(rf"(?P<civilite>(?:{CIVILITE}|Mesdames|Messieurs)\s+)?(?P<noms>{MOTIF_NOM}(?:\s+{MOTIF_NOM})*)")


def _noms_seuls_eclates(morceaux: list[str]) -> list[str] | None:
    """« Messieurs GARNIER LEBRUN - MOREL PETIT RIVIERE - SIMON - TESSIER VIDAL » (une liste de
    NOM seuls, en capitales, dont des séparateurs manquent) : un NOM par personne, la civilité
    du groupe gardée à chacun ; un morceau dont un mot est un prénom usuel ou une particule
    (« JEAN CAVENEL », « LE GALL ») reste entier ; ``None`` si la liste n'est pas faite de NOM
    seuls, ou si un seul nom de deux mots s'y trouve (un nom composé, plus probablement)."""
    if len(morceaux) < 4:
        return None
    lus = [_NOMS_SEULS.fullmatch(m.strip(" .")) for m in morceaux if m.strip(" .") not in ("Mesdames", "Messieurs")]
    if any(t is None for t in lus):
        return None
    # (un seul « FARGIER PELLET » parmi des NOM seuls : un nom composé, dit par nom-ambigu ;
    # plusieurs, ou trois mots accolés : des séparateurs manquent)
    accoles = [len(t["noms"].split()) for t in lus if t is not None and " " in t["noms"]]
    if len(accoles) < 2 and not any(k >= 3 for k in accoles):
        return None
    # (« SANDRINE JAN, PATRICK MULLER, JEANICK SOLITUDE » : des « PRÉNOM NOM » en capitales, dont
    # des prénoms rares ; une liste où un quart des noms accolés a un prénom usuel n'est pas
    # une liste de NOM seuls)
    avec_prenom = sum(1 for t in lus if t is not None and " " in t["noms"] and any(prenom_usuel(m) for m in t["noms"].split()))
    if 4 * avec_prenom > len(accoles):
        return None
    eclates: list[str] = []
    for t in lus:
        assert t is not None
        mots = t["noms"].split()
        if any(prenom_usuel(m) or m in PARTICULES or m in ("SAINT", "SAINTE", "ST", "STE") for m in mots):
            eclates.append(t.group(0))  # « JEAN CAVENEL », « LE GALL » : gardé entier, lu à part
            continue
        eclates.extend(f"{t['civilite'] or ''}{m}" for m in mots)
    return eclates if len(eclates) > len(lus) else None


def _deux_noms_sans_virgule(morceau: str, morceaux: list[str]) -> tuple[str, str] | None:
    """« Mrs DUPRÉ MARCHAND » dans « Mrs BRUN, DUPRÉ MARCHAND, LEBLOND, ROCHE » (une liste de NOM
    seuls, sans prénom) : deux NOM en capitales, aucun n'étant un prénom usuel ni une particule
    (un nom composé, ou deux personnes dont la virgule manque, jamais un prénom « Dupré ») ;
    ``None`` sinon."""
    deux = _DEUX_NOMS_SEULS.fullmatch(morceau.strip(" ."))
    if deux is None or any(prenom_usuel(m) or m.upper() in PARTICULES for m in deux.groups()):
        return None
    seuls = sum(1 for m in morceaux if _UN_NOM_SEUL.fullmatch(m.strip(" .")))
    return (deux.group(1), deux.group(2)) if seuls >= 3 else None


# « Paul ROUX VILLARD-SUR-LIZE » : prénom(s), le NOM (avec sa particule), puis la commune
_DELEGUE_PUIS_COMMUNE = re.compile(
    rf"(?P<personne>{MOTIF_PRENOM}(?:\s+{MOTIF_PRENOM})*\s+(?:(?:LE|LA|DE|DU|DES|D'|L')\s*)?{MOTIF_NOM})"
    rf"\s+(?P<commune>{MOTIF_NOM}(?:\s+{MOTIF_NOM})*)"
)


_COMMUNE_EN_RUBRIQUE = re.compile(
    rf"\s*(?!(?:MM|MMES?|MRS?|MLLE)\b)({MOTIF_NOM}(?:[\s-]+{MOTIF_NOM})*)\s*:\s*(?=\S)"
)


def _communes_en_colonne(separee: str) -> str | None:
    """« Paul ROUX VILLARD, Anne PETIT VILLARD, Luc BLANC BRESSOLLES » (une liste sans
    séparateur d'intercommunalité, la colonne des communes collée aux délégués) : les délégués
    seuls, si les trois quarts au moins ont une commune et qu'une commune au moins se répète ;
    ``None`` sinon."""
    personnes = separee.split(", ")
    lus = [_DELEGUE_PUIS_COMMUNE.fullmatch(p) for p in personnes]
    communes = [t.group("commune") for t in lus if t is not None]
    if len(personnes) < 3 or 4 * len(communes) < 3 * len(personnes) or len(set(communes)) == len(communes):
        return None
    return ", ".join(t.group("personne") if t is not None else p for t, p in zip(lus, personnes, strict=True))


def _noms_sans_separateur_douteux(etat: _Etat, n: int, separee: str) -> None:
    """Chaque personne d'une liste sans séparateur dont le NOM a plusieurs mots en capitales
    (hors particules) : dite, car un nom composé ne s'y distingue pas d'un nom suivi d'un autre
    mot en capitales (« Paul ROUX VAUDREY » : une commune, une fonction ?)."""
    for personne in separee.split(", "):
        capitales = [m for m in _PRECISION_DE_LISTE.sub(" ", personne).split() if m.isupper() and len(m) > 1]
        if len([m for m in capitales if m not in PARTICULES]) > 1:
            etat.constat(
                "extrait.nom-sans-separateur",
                Severite.AVERTISSEMENT,
                n,
                f"« {personne[:80]} » : liste sans virgule ni civilité, le nom a plusieurs mots en "
                "capitales ; un nom composé ne s'y distingue pas d'un nom suivi d'un autre mot "
                "(commune, fonction).",
            )


_CIVILITE_DANS_LISTE = re.compile(r"\b(?:M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame)(?:\s|$)")


def _suppleant_en_phrase(etat: _Etat, n: int, t: str) -> bool:
    """« Émilie CAZALS, suppléante de Robert MASSOL. » : une phrase à part après la liste des
    présents ; lue seulement si les deux sont des personnes. « Suppléants : M. A remplace M. B
    (Commune) ; Mme C remplace M. D (Commune). » : plusieurs phrases séparées par des
    points-virgules, lues seulement si chacune est une suppléance."""
    morceaux = _ENTRE_SUPPLEANCES.split(t) if len(t) <= 1000 and _INTITULE_SUPPLEANT.match(t) else [t]
    lues = [_une_suppleance(m.strip()) for m in morceaux if m.strip(" .")]
    if not lues or any(paire is None for paire in lues):
        return False
    etat.suppleances.extend((n, *paire) for paire in lues if paire is not None)
    return True


# « … (Brécy) ; M. Yves GIRARD remplace … », « …, Mme Lise DUVAL remplace … » : entre deux
# suppléances d'une même ligne
_ENTRE_SUPPLEANCES = re.compile(r"\s*;\s*|\s*,\s*(?=(?:M\.|Mme|Monsieur|Madame)\s)")


def _une_suppleance(t: str) -> tuple[Elu, Elu] | None:
    """(le suppléant, le titulaire) d'une phrase « X, suppléant de Y », ou ``None``."""
    phrase = _COMMUNE_EN_FIN_DE_PHRASE.sub("", t.rstrip(" .")) if "(" in t else t.rstrip(" .")
    trouve = _SUPPLEANT.fullmatch(phrase) if len(t) <= 160 else None
    if trouve is None:
        return None
    # (« Suppléant : M. X (Commune) siège en l'absence de Mme Y » : l'intitulé et la commune
    # ne sont pas du nom)
    suppleant = lire_personne(_LIEU_FINAL.sub("", _INTITULE_SUPPLEANT.sub("", trouve.group("suppleant"))))
    titulaire = lire_personne(trouve.group("titulaire"))
    if suppleant is None or titulaire is None:
        return None
    return suppleant, titulaire


_INTITULE_SUPPLEANT = re.compile(
    r"^\s*(?:d[ée]l[ée]gu[ée](?:e|\(e\))?s?\s+)?suppl[ée]ant(?:e|\(e\))?s?\s*:\s*", re.I
)
_LIEU_FINAL = re.compile(r"\s*\([^()]{2,60}\)\s*$")


# « AIGNAN-D'ESTRIGON BARSAC-LE-HAUT CAUMONT Jean-Claude FOURCADE Annie SOULÉ … » : un tableau
# aplati, la colonne des communes (en capitales) puis celle des délégués « Prénom NOM »
_COMMUNES_EN_TETE = re.compile(rf"^\s*((?:{_NOM}\s+){{3,60}})(?={_PRENOM}\s)")
_ENTRE_DELEGUES = re.compile(rf"(?<=[A-ZÉÈÊËÀÂÎÏÔÛÜÇ'’)])\s+(?={_PRENOM}\s+[A-ZÉÈ])")


def _communes_puis_delegues(texte: str) -> tuple[str, str] | None:
    """(les communes, les délégués séparés par des virgules), ou ``None`` si le texte n'est pas
    une colonne de communes suivie d'au moins trois « Prénom NOM » collés."""
    if "," in texte or len(texte) > 5000 or (tete := _COMMUNES_EN_TETE.match(texte)) is None:
        return None
    delegues = _ENTRE_DELEGUES.split(texte[tete.end() :].strip())
    if len(delegues) < 3:
        return None
    return tete.group(1).strip(), ", ".join(delegues)


def _noms_colles(morceau: str) -> list[Elu]:
    """« Simone RIGAL Jean-Marc TOURNIER » : des personnes « Prénom NOM » sans séparateur ;
    sinon, les personnes du morceau."""
    if len(morceau) <= 300 and _NOMS_COLLES.fullmatch(morceau):
        elus = [lire_personne(m) for m in _ENTRE_NOMS.split(morceau)]
        return [e for e in elus if e is not None]
    return lire_personnes(morceau)


def _titulaires_puis_suppleants(etat: _Etat, n: int, texte: str) -> bool:
    """« A, B délégué(e)s titulaires C D délégué(e)s suppléant(e)s » : une liste de présents
    qui nomme les titulaires, puis les suppléants qui siègent sans nommer leurs titulaires."""
    trouve = (
        _TITULAIRES_PUIS_SUPPLEANTS.match(texte)
        if len(texte) <= 4000 and contient_un(texte.lower(), _MOTS_TITULAIRES_PUIS_SUPPLEANTS)
        else None
    )
    if trouve is None:
        return False
    suppleants = _suppleants_du_groupe(trouve.group("suppleants"))
    if not suppleants or not _contenu_section(etat, n, trouve.group("titulaires")):
        return False
    etat.suppleances.extend((n, e, titulaire) for e, titulaire in suppleants)
    return True


def _suppleants_du_groupe(texte: str) -> list[tuple[Elu, Elu | None]]:
    """Les suppléants d'un groupe, chacun avec le titulaire que le texte nomme après lui
    (« M. X, délégué suppléant de M. Y ; Mme Z » : X pour Y, Z sans titulaire nommé)."""
    suppleants: list[tuple[Elu, Elu | None]] = []
    for morceau in decouper(texte):
        qualite = _QUALITE_DE_SUPPLEANT.match(morceau) if "uppl" in morceau else None
        if qualite is not None:
            titulaire = lire_personne(qualite.group("titulaire"))
            if suppleants and suppleants[-1][1] is None and titulaire is not None:
                suppleants[-1] = (suppleants[-1][0], titulaire)
            continue
        suppleants.extend((e, None) for e in _noms_colles(morceau))
    return suppleants


_ORDRE_DU_JOUR = re.compile(r"(?:adoption\s+de\s+l['’]\s*)?ordre\s+du\s+jour\s*:?", re.I)
_ORDRE_DU_JOUR_ANNONCE = re.compile(r"\bl['’]\s*ordre\s+du\s+jour\s+(?:suivant|ci-apr[èe]s)\s*:\s*$", re.I)
# « Soumis à délibération » / « Non soumis à délibération » : les deux parties d'un ordre du
# jour ; les lignes qui suivent sont des points annoncés (ou des informations), pas des points
_SOUMIS_A_DELIBERATION = re.compile(r"(?:non\s+)?soumis\s+a\s+(?:la\s+)?deliberation\s*:?")
# « L'ordre du jour est adopté à l'unanimité. » : le vote de l'ordre du jour, d'aucun point
_VOTE_DE_L_ORDRE_DU_JOUR = re.compile(
    r"l['’]?\s*ordre\s+du\s+jour\s+(?:est|a\s+ete|, mis aux voix, est)\s+(?:adopte|approuve|accepte)"
)
# « 1 AFFAIRES GENERALES », « 2 - FINANCES » : la rubrique numérotée d'un ordre du jour
_RUBRIQUE_EN_CAPITALES = re.compile(r"\s*\d{1,2}\s*[-–.]?\s+[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'\- ]{2,50}")
_ORDRE_DU_JOUR_RUBRIQUE = re.compile(
    r"\s*ordre\s+du\s+jour\s*:\s*(\d{1,2}\s*[-–.]?\s+[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'\- ]{2,50})", re.I
)


def _point_apres_l_ordre_du_jour(etat: _Etat, t: str) -> bool:
    """« 1/ Procès-verbal du conseil du 2 avril 2019 : … » après l'ordre du jour numéroté : le
    point lui-même (sa date est celle d'une autre séance), pas une ligne d'en-tête."""
    return (
        bool(etat.deliberations)
        and etat.deliberations[-1].annonce
        and t[:1].isdigit()
        and _RANG_EN_TETE.match(t) is not None
    )


_RANG_EN_TETE = re.compile(r"\d{1,2}\s*[/.)–-]\s+\S")


def _deja_lu(etat: _Etat, n: int, numero: str, reste: str) -> bool:
    """Un point déjà lu et voté, rappelé sous le même numéro et le même objet (l'ordre du jour
    recopié après son adoption) : la ligne n'ouvre pas un nouveau point."""
    if not reste:
        return False
    objet = cle_texte(reste)
    for autre in etat.par_numero.get(numero, ()):
        if (
            not autre.annonce
            and (autre.votes or autre.resultat is not None or autre.unanimite)
            and cle_texte(" ".join(autre.objet)) == objet
        ):
            etat.constat(
                "extrait.sommaire",
                Severite.INFO,
                n,
                f"Point n° {numero} déjà lu et voté, rappelé ici : lu une seule fois.",
            )
            return True
    return False


# « Délégués titulaires : A, B » / « Délégués suppléants : C, D » dans le point « Désignation
# des délégués … » : les élus désignés (commission, syndicat), pas ceux qui siègent
_INTITULE_DE_DESIGNATION = re.compile(
    r"(?:(?:membres?|delegue(?:e|s|es)?|representant(?:e|s|es)?)\s+)?(?:titulaires?|suppleante?s?)\s*:"
)
_POINT_DE_DESIGNATION = re.compile(
    r"\b(?:designation|election|elections|desigent|designe|elit|elu|elus|representants?|delegues?|commissions?)\b"
)


# « Mme X (jusqu'à la question 3) : pouvoir à M. Y » : la précision du mandant, entre
# parenthèses, avant les deux-points
_PRECISION_DU_MANDANT = re.compile(r"\s*\(([^()]{2,80})\)\s*:?\s*$")


def _mandant_precise(etat: _Etat, n: int, texte: str, initiales: bool) -> Elu | None:
    """Le mandant d'un « X (précision) : pouvoir à Y », la précision dite (non interprétée :
    elle peut dire la portée du pouvoir ou une arrivée)."""
    precision = _PRECISION_DU_MANDANT.search(texte)
    mandant = _personne_liste(texte[: precision.start()], initiales) if precision is not None else None
    if mandant is not None and precision is not None:
        etat.constat(
            "extrait.precision-ignoree",
            Severite.INFO,
            n,
            f"Précision « {precision.group(1)} » sur le mandant {mandant} non interprétée.",
        )
    return mandant


def _designation_dans_un_point(d: _Delib, t: str, sec: r.Section) -> bool:
    """Vrai pour « Délégués suppléants : X, Y » dans un point qui désigne ou élit des délégués
    (titre ou texte du point) : le résultat de la désignation, pas une liste de présence."""
    return (
        sec.nom in ("suppleants", "presents", "")
        and bool(sec.reste.strip())
        and _INTITULE_DE_DESIGNATION.match(cle_texte(t)) is not None
        and _POINT_DE_DESIGNATION.search(cle_texte(" ".join([*d.objet, *(ligne for p in d.expose[-2:] for ligne in p)]))) is not None
    )


# « Réf. 2012/03/12 » seul sur sa ligne, sous le titre d'un point : le numéro de la délibération
_REF_DE_POINT = re.compile(r"R[ée]f(?:[ée]rence)?\s*\.?\s*:?\s*(\d{2,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d{1,4}[/.\-]\d{1,4})\s*\.?", re.I)


def _reference_du_titre(etat: _Etat, n: int, numero: str) -> None:
    """« Titre du point. » / « Réf. 2012/03/12 » : la ligne non vide qui précède est le titre
    d'un point numéroté ainsi (ouvert s'il ne l'était pas, le point précédent gardant son
    vote) ; sans titre lisible, la référence est dite."""
    rang = etat.rang_ligne - 1
    while rang >= 0 and not etat.lignes[rang].texte.strip():
        rang -= 1
    titre = etat.lignes[rang].texte.strip() if rang >= 0 else ""
    numero_titre = etat.lignes[rang].numero if rang >= 0 else 0
    d = etat.courante
    if d is not None and d.ligne == numero_titre and d.numero is None:
        d.numero = numero
        etat.par_numero.setdefault(numero, []).append(d)
        return
    if (
        not titre[:1].isupper()
        or len(titre) > 200
        or not (etat.presents or etat.secretaire)
        or r.resultat(titre) is not None
        or r.votes(titre)
        or r.section(titre) is not None
        or (d is not None and d.ligne == numero_titre)
    ):
        etat.constat("extrait.intertitre", Severite.INFO, n, f"Référence « {numero} » sans titre de point lisible.")
        return
    if d is not None:
        for paragraphe in d.expose:
            if paragraphe and paragraphe[-1].strip() == titre:
                paragraphe.pop()  # (le titre avait été lu comme la suite du point précédent)
    etat.section = None
    nouveau = _Delib(numero_titre, numero=numero)
    etat.deliberations.append(nouveau)
    etat.par_numero.setdefault(numero, []).append(nouveau)
    _poser_titre(etat, numero_titre, nouveau, titre.rstrip(" ."), "")


def _ligne_soumise(etat: _Etat, n: int, t: str) -> bool:
    """Dans l'ordre du jour, « Soumis à délibération » / « Non soumis à délibération » puis
    les points annoncés, un par ligne : des lignes de l'ordre du jour (dites), jusqu'à une phrase,
    un vote ou un intitulé de liste."""
    if len(t) <= 40 and _SOUMIS_A_DELIBERATION.fullmatch(cle_texte(t)):
        etat.odj_soumis = True
    elif not (
        etat.odj_soumis
        and len(t) <= 120
        and t.rstrip()[-1:] not in ".!?"
        and r.resultat(t) is None
        and not r.votes(t)
        and r.section(t) is None
        and r.secretaire(t) is None
    ):
        return False
    etat.constat("extrait.intertitre", Severite.INFO, n, f"Ligne de l'ordre du jour : « {t[:100]} ».")
    return True


def _retirer_sommaire(etat: _Etat, d: _Delib) -> None:
    """Un point déjà vu sous le même numéro, sans vote ni texte : une ligne du sommaire ou de
    l'ordre du jour, remplacée par le point lui-même (qui n'est plus une annonce : l'ordre du
    jour est fini)."""
    memes = etat.par_numero.get(d.numero or "", [])
    for autre in memes:
        if autre is not d and (
            autre.annonce
            or (
                not autre.votes
                and autre.resultat is None
                and not autre.dispositif
                and not autre.expose
            )
        ):
            etat.deliberations.remove(autre)
            memes.remove(autre)
            if autre.annonce:
                etat.annonces_traitees += 1
                d.annonce = etat.ordre_du_jour = False
            if autre.votes or autre.resultat is not None or autre.unanimite:
                etat.constat(
                    "extrait.vote-hors-point",
                    Severite.AVERTISSEMENT,
                    autre.ligne,
                    f"Un vote lu après la ligne « {d.numero} » de l'ordre du jour (sans doute "
                    "celui d'une phrase qui la suit, comme l'approbation du procès-verbal) "
                    "n'est rattaché à aucun point : écarté.",
                )
            etat.constat(
                "extrait.sommaire",
                Severite.INFO,
                autre.ligne,
                f"Point n° {d.numero} annoncé à l'ordre du jour puis traité : lu une seule fois.",
            )
            return


# « …, Mme DURAND. M BARDIN a été élu… », « …, Madame X (Commune d'Y). Monsieur Z, Président,
# ouvre la séance » : la liste finit au point
_OUVRE_UNE_PHRASE = (
    r"(?:Le|La|Les)\s+(?:[a-zé][a-zéèêà]+|Conseil|Comit[ée]|Bureau|Maire|Pr[ée]sident)\b"
    r"|L'(?:assembl[ée]e|ensemble)\b|Il\s+(?:est|a\s+[ée]t[ée])\s|Conform[ée]ment\s+[àa]\s"
    r"|Apr[èe]s\s+(?:en\s+avoir|appel|lecture)\b|D[ée]signation\s+d(?:u|'un|'une|e\s+la)\s"
    r"|En\s+application\s+d(?:e|u|es)\b"  # « … COSTE En application de l'article L. 2121-15, … »
    r"|S[ée]ance\s+(?:lev[ée]e|ouverte|close|suspendue)\b|Prochaine?\s+(?:s[ée]ance|r[ée]union|conseil)\b"
)
# « … C. SAUZET. Messieurs B. ARNAUD », « … Inès MARCY. Paul DORIAC, Luc FERRAND » : après un NOM,
# le point ne ferme pas la liste quand une civilité plurielle, ou « Prénom NOM, », suit
_SUITE_DE_LISTE = (
    r"(?:Messieurs|Mesdames|MM\.?|Mmes)\s"
    r"|(?:(?:M\.|Mme)\s+)?[A-ZÉÈ][a-zéèëêïîôç]+(?:-[A-ZÉÈ][a-zéèëêïîôç]+)?\s+[A-ZÉÈ][A-ZÉÈÀÂÎÔÛÇ'’\-]+\s*,"
)
_FIN_LISTE = re.compile(
    # (« … C. SAUZET. Messieurs B. ARNAUD, … » : une civilité plurielle continue la liste)
    r"(?:(?<=[A-ZÉÈÀÂÎÔÛÇ]{3})|(?<=[^\W\d_]{2}\)))\.\s+(?=[A-ZÉÈ])(?!" + _SUITE_DE_LISTE + ")"
    # « … et M. PAGNOL. 1 NOMINATION DU SECRETAIRE … » : le premier point numéroté
    r"|(?<=[A-ZÉÈÀÂÎÔÛÇ]{3})\.\s+(?=\d{1,2}\s*[-–.)]?\s+[A-ZÉÈ]{3})"
    # « Absent : M. Kevin RAGOT Le secrétaire de séance sera … » : sans point, la phrase
    # qui suit le dernier nom en capitales
    r"|(?<=[A-ZÉÈÀÂÎÔÛÇ]{3})\s+(?=(?:Le|La)\s+secr[ée]taire\b)"
    # « Absents : M. DUMAS, Mme LECLERC Le procès-verbal de la séance du … est adopté »
    r"|(?<=[A-ZÉÈÀÂÎÔÛÇ]{3})\s+(?=Le\s+(?:proc[èe]s[\s-]verbal|compte[\s-]rendu)\s+de\s+la\b)"
    # « Absent excusé : M. Marc FAURE Le conseil municipal a choisi pour secrétaire … » : une
    # phrase (article puis nom commun, « Il est », « Conformément ») après le dernier nom
    r"|(?<=[A-ZÉÈÀÂÎÔÛÇ]{3})\s+(?=" + _OUVRE_UNE_PHRASE + ")"
    # « Excusés : VIDAL Marc, SERRE Claire Lucien FAURE a été désigné secrétaire » : sans point,
    # la phrase qui nomme le secrétaire après le dernier nom
    r"|(?<=[^\W\d_]{2})\s+(?=[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?\s+[A-ZÉÈ][A-ZÉÈÀÂÎÔÛÇ'’\-]+"
    r"\s+a\s+[ée]t[ée]\s+(?:d[ée]sign[ée]|[ée]lu|nomm[ée])e?\b)"
)
_POINT_AVANT_CIVILITE_PLURIELLE = re.compile(rf"(?<=[A-ZÉÈÀÂÎÔÛÇ]{{3}})\.\s+(?={_SUITE_DE_LISTE})")
_INITIALE_NOM = re.compile(r"[A-ZÉÈ]\.(?:-?[A-ZÉÈ]\.)?\s+[A-ZÉÈ]")  # « J.-P. X », « M.J. X »
_VRAIE_CIVILITE = re.compile(
    r"(?:\W|et\s)*(?:mmes?|madame|mesdames|monsieur|messieurs|mlle|mademoiselle|mm|mrs?)\b", re.I
)
_M_INITIALE = re.compile(r"\s*M\.\s+(?=[A-ZÉÈ])")


_HEURE_PARENTHESE = re.compile(
    r"\(\s*(?:jusqu'à|jusqu'a|à\s+partir\s+de|a\s+partir\s+de|dès|des)\s+\d{1,2}\s*h\s*\d{0,2}"
    r"\s*[-–,;]\s*(?=\S)",
    re.I,
)


_INTITULE_VIDE = re.compile(r"\s*[^:\d]{3,50}:\s*")


def _intitules_a_la_suite(etat: _Etat, n: int, t: str) -> None:
    """« Absente excusée : » puis « Absent : », sans rien entre eux : un cadre en deux colonnes
    (intitulés, puis valeurs) a pu être lu colonne après colonne ; les noms qui suivent
    peuvent revenir au premier intitulé. Dit, rien n'est réparti."""
    # (« Etaient présents:   Etaient excusés: » sur une même ligne : l'intitulé qui précède
    # sur la ligne ; sinon la ligne non vide d'avant)
    ligne = etat.lignes[etat.rang_ligne].texte if etat.rang_ligne < len(etat.lignes) else ""
    position = ligne.find(t.strip()) if t.strip() else -1
    precedente = ligne[:position].strip() if position > 0 else ""
    if not precedente:
        precedente = next(
            (
                etat.lignes[k].texte.strip()
                for k in range(etat.rang_ligne - 1, -1, -1)
                if etat.lignes[k].texte.strip()
            ),
            "",
        )
    avant = r.section(precedente) if precedente.endswith(":") else None
    if avant is None or not avant.nom or avant.reste.strip():
        return
    # les intitulés vides qui suivent encore (« Absent : » puis « Secrétaire de séance : »)
    rang, fin = etat.rang_ligne + 1, min(len(etat.lignes), etat.rang_ligne + 8)  # (borné)
    while rang < fin and _INTITULE_VIDE.fullmatch(etat.lignes[rang].texte):
        rang += 1
    suivante = etat.lignes[rang].texte if rang < len(etat.lignes) else ""
    sous_intitule = (sec := r.section(suivante)) is not None and not sec.nom and bool(sec.reste.strip())
    if not suivante.strip() or (":" in suivante[:80] and not sous_intitule):
        # « Représentés : » « Absents : » « Secrétaire : X » : des listes vides (pas
        # « Délégués : M. X … », un sous-intitulé suivi des noms)
        return
    etat.constat(
        "extrait.intitules-a-la-suite",
        Severite.AVERTISSEMENT,
        n,
        f"Intitulés « {precedente[:60]} » puis « {t[:60]} » sans rien entre eux : deux colonnes "
        "(intitulés, puis valeurs) ont pu être lues l'une après l'autre ; les noms qui suivent "
        "peuvent revenir au premier.",
    )


# « maire L. COSTE R. BRUNEL M. GARNIER T. VIDAL adjoints au maire » (texte aplati, une personne
# par ligne à l'origine) : des initiales et des NOM sans séparateur, entre deux fonctions
# « A. », « J.-P. », « J-P. », « J.P. », « JF. »
_UNE_INITIALE = r"(?:[A-ZÉÈ](?:\.|(?=-))(?:-?[A-ZÉÈ]\.)?|[A-ZÉÈ]{2}\.)"
# (« B. LERAY S. PANCZUK (arrivée à 21h15) » : la précision reste avec son nom)
_UNE_INITIALE_PUIS_NOM = re.compile(rf"{_UNE_INITIALE}\s+{_NOM}(?:\s*\([^()]{{1,60}}\))?")
_INITIALES_SANS_SEPARATEUR = re.compile(
    rf"(?:(?P<avant>[a-zéè][a-zéèêàç'’ ]{{1,40}}?)\s+)?"
    rf"(?P<noms>{_UNE_INITIALE_PUIS_NOM.pattern}(?:\s+{_UNE_INITIALE_PUIS_NOM.pattern})*)"
    rf"(?:\s+(?P<apres>[a-zéè][a-zéèêàç'’ ]{{1,40}}))?"
)


def _initiales_sans_separateur(morceaux: list[str]) -> list[str]:
    """Chaque morceau fait d'« initiale. NOM » répétés sans séparateur (« L. COSTE R. BRUNEL »)
    coupé en ses personnes ; la fonction qui l'ouvre (celle de la personne précédente) ou le
    ferme (« adjoints au maire ») est retirée. Les autres morceaux restent tels quels."""
    sortie: list[str] = []
    for morceau in morceaux:
        suite = _INITIALES_SANS_SEPARATEUR.fullmatch(morceau.strip(" ,;")) if "." in morceau else None
        fonctions = (suite.group("avant"), suite.group("apres")) if suite is not None else (None, None)
        if (
            suite is None
            or not all(f is None or est_fonction(f) for f in fonctions)
            # (une seule personne : seulement si une fonction l'entoure, « M. CROS adjoints au maire »)
            or (suite.group("noms").count(".") < 2 and fonctions == (None, None))
        ):
            sortie.append(morceau)
            continue
        sortie.extend(m.group(0) for m in _UNE_INITIALE_PUIS_NOM.finditer(suite.group("noms")))
    return sortie


def _liste_a_initiales(morceaux: list[str]) -> bool:
    """Une liste où chacun est nommé par l'initiale de son prénom (« S. Fabre, J. Bonnal »),
    sans aucune civilité : « M. Alibert » y est l'initiale M., pas « Monsieur »."""
    if any(_VRAIE_CIVILITE.match(m) for m in morceaux):
        return False
    # (« M.J. TANGUY » : deux initiales, jamais « Monsieur »)
    return sum(1 for m in morceaux if _INITIALE_NOM.match(m) and not _M_POINT_SEUL.match(m)) >= 2


_M_POINT_SEUL = re.compile(r"M\.(?![A-Z]\.)")


def _m_initiale_chez_les_femmes(
    civilite: str | None, hommes_nommes: bool, morceau: str, morceaux: list[str]
) -> bool:
    """« Présents : MM. S. BARRAUD - D. PEYROT - Mmes AUCLAIR - M. DESCHAMPS - F. TIXIER » :
    dans le groupe des femmes, après celui des hommes, d'une liste qui nomme par l'initiale
    du prénom, « M. DESCHAMPS » est l'initiale M., pas « Monsieur »."""
    return (
        hommes_nommes
        and civilite is not None
        and civilite.lower().startswith(("mme", "mesd"))
        and _M_INITIALE.match(morceau) is not None
        and any(_INITIALE_NOM.match(m) and not m.startswith("M.") for m in morceaux)
    )


def _personne_liste(texte: str, initiales: bool) -> Elu | None:
    """:func:`lire_personne`, « M. » lu comme une initiale dans une liste à initiales."""
    if initiales and (m := _M_INITIALE.match(texte)) is not None:
        elu = lire_personne(texte[m.end() :])
        if elu is not None and elu.prenom is None:
            return attrs.evolve(elu, prenom="M.")
    return lire_personne(texte)


# « Présents : Tous les membres du Conseil Municipal en exercice, à l exception de X ayant donné
# procuration à Y et de Z, excusé. » : les présents ne sont pas nommés, les exceptions le sont
_TOUS_SAUF = re.compile(
    # (« Membres présents : » ⏎ « Tous, à l'exception de Mme X (procuration à M. Y) » : « Tous » seul)
    r"\s*tous(?:\s+les\s+(?:membres|conseillers|d[ée]l[ée]gu[ée]s|[ée]lus)\b[^,:;]{0,80}?)?,?\s*"
    r"(?:(?:a|à)\s+l['\s]\s*exception\s+(?:de\s+|d'\s*)|sauf\s*:?\s*|except[ée]s?\s*:?\s*)",
    re.I,
)
def _secretaire_annonce(etat: _Etat, n: int, t: str) -> bool:
    """« … il a été procédé à la nomination d'un secrétaire … » puis, à la ligne suivante ou
    dans le morceau suivant, « Madame X est désignée pour remplir cette fonction » : X est le
    secrétaire ; faux si la phrase n'a pas cette forme ou n'est pas annoncée juste avant."""
    if etat.secretaire_annonce is None or n - etat.secretaire_annonce > 2:
        return False
    nom = r.designe_pour_cette_fonction(t)
    if nom is None or lire_personne(nom) is None:
        return False
    etat.secretaire = (n, nom)
    return True


_AINSI_QUE = re.compile(r"\s+ainsi\s+que(?:\s+|$)")
_FEMININ_PLURIEL = re.compile(r"\s*(?:et\s+)?(?:Mesdames|Mmes|MESDAMES|MMES|Mesdemoiselles|Mlles|MLLES)\.?\s*")
# « 1 NOMINATION DU SECRÉTAIRE DE SÉANCE », « … il a été procédé à l'élection d'un secrétaire »
_NOMINATION_DU_SECRETAIRE = re.compile(r"\b(?:nomination|designation|election|choix)\s+(?:du|d'un|de\s+la|d'une)\s+secretaire")
_POINT_EN_CAPITALES = re.compile(r"\d{1,2}\s*[-–.)]?\s+[A-ZÉÈ]{3,}(?:\s+(?:[A-ZÉÈ']{2,}|DE|DU|LA|LE|D'))+\b")
_ET_PUIS_UNE_PHRASE = re.compile(r"(?<=[A-ZÉÈÀÂÎÔÛÇ]{2})\s+et\s+(?=(?:[a-zéèêà]{3,}\s+){2})")
_BARRE_ENTRE_POUVOIRS = re.compile(r"(?<=[^\W\d_])\s*/\s+(?=(?:(?:M\.|Mme|Monsieur|Madame)\s+)?[A-ZÉÈ])")
# « X (excusé, pouvoir à Y) », « HOLTZ Anna (excusée procuration à Lise GERBER) » : l'excuse va de
# soi pour un représenté
_EXCUSE_DANS_LA_PARENTHESE = re.compile(
    r"\(\s*excus[ée]e?s?\s*(?:,\s*|;?\s*(?=(?:pouvoir|procuration)\s+(?:à|a|donn)\b))", re.I
)
# « …, sauf Mme X et M. Y », « à l'exception de X et de Z » : une exception par morceau
_ET_DE = re.compile(
    r"\s+et\s+(?:de\s+|d'\s*)|\s+et\s+(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)"
    r"|,\s*(?=(?:de\s+)?(?:M\.|Mme|Mlle|Monsieur|Madame)\s)",
    re.I,
)
_EXCUSE_EN_FIN = re.compile(r"\s*,?\s*\(?excus[ée]e?s?\)?\s*$", re.I)


def _tous_sauf(etat: _Etat, n: int, texte: str) -> bool:
    """« Tous les membres …, à l'exception de X ayant donné procuration à Y et de Z, excusé »
    (ou « …, sauf : X ») :
    procurations et absents lus, les présents laissés vides (le document ne les nomme pas)."""
    trouve = _TOUS_SAUF.match(texte)
    if trouve is None:
        return False
    etat.presents_non_nommes = True
    etat.constat(
        "extrait.presents-non-nommes",
        Severite.AVERTISSEMENT,
        n,
        f"Présents désignés par « {texte[: trouve.end()].strip()[:60]}… » sans être nommés : "
        "la liste des présents reste vide ; seules les exceptions sont lues.",
    )
    if _SAUF_LES_DELEGUES.match(texte[trouve.end() :]) is not None:
        etat.section, etat.sauf_par_commune = None, "absents"
        return _sauf_par_commune(etat, n, texte[trouve.end() :])
    for morceau in _ET_DE.split(texte[trouve.end() :].strip().rstrip(".")):
        morceau = _EXCUSE_DANS_LA_PARENTHESE.sub("(", morceau)  # « X (excusé, pouvoir à Y) »
        if (proc := r.procuration(morceau)) is not None and (
            mandant := lire_personne(proc[0])
        ) is not None:
            etat.procurations.append((n, mandant, lire_personne(proc[1]), proc[1]))
            continue
        excuse = _EXCUSE_EN_FIN.search(morceau)
        absent = lire_personne(morceau[: excuse.start()] if excuse else morceau)
        if absent is None:
            etat.constat(
                "extrait.nom-illisible",
                Severite.AVERTISSEMENT,
                n,
                f"« {morceau[:80]} » n'est pas lu comme un nom : la liste peut être incomplète.",
            )
            continue
        etat.absents.append((n, absent, excuse is not None))
    etat.section = None
    return True


# « sauf les délégués titulaires d'Albert, A ; de Bray, B, C, non représentés, sauf les délégués
# titulaires représentés par leur suppléant : communes de Cappy, D par E ; …, sauf les délégués
# titulaires ayant donné pouvoir : commune de Frise, F à G, H à I » : les exceptions à « tous
# les délégués », commune par commune, absents, puis suppléés, puis représentés
_SAUF_LES_DELEGUES = re.compile(
    r"(?:^|,)\s*(?:sauf\s+)?les\s+d[ée]l[ée]gu[ée]s(?:\s+titulaires)?\s*"
    r"(?:(?P<suppleances>repr[ée]sent[ée]s\s+par\s+leurs?\s+suppl[ée]ant(?:e|s|es)?)"
    r"|(?P<procurations>ayant\s+donn[ée]\s+(?:pouvoir|procuration)))?\s*:?\s*"
    r"(?=(?:communes?\s+)?(?:de\s|d['’]))",
    re.I,
)
_GROUPE_DE_COMMUNE = re.compile(
    r"\s*(?:communes?\s+)?(?:de\s+|d['’]\s*)(?P<commune>[^,;]{2,60}?)\s*,\s*(?P<noms>.*)", re.I | re.S
)
_NON_REPRESENTES = re.compile(r"\s*,?\s*non\s+repr[ée]sent[ée]e?s?\s*$", re.I)
# « Christophe X de la Q. n°1 à la Q. n°12 », « Thierry Y à la Q. n°1 » : absent de ces points
_ABSENT_AUX_POINTS = re.compile(
    r"\s+(?:(?:de|du)\s+(?:la\s+)?(?:q|question|point|rapport)\.?\s*n?\s*°?\s*\d+\s+)?"
    r"(?:à|a|au|jusqu'à)\s+(?:la\s+)?(?:q|question|point|rapport)\.?\s*n?\s*°?\s*\d+\s*$",
    re.I,
)
# « … Christelle Lefèvre de Mailly-Maillet » : la commune du mandataire après son nom
_COMMUNE_APRES_LE_NOM = re.compile(r"^(\S+\s+\S+)\s+de\s+([A-ZÉÈ][\w’'-]+(?:-[\w’'-]+)*)$")


def _sauf_par_commune(etat: _Etat, n: int, texte: str) -> bool:
    """Les exceptions à « présents tous les délégués » lues commune par commune (voir
    :data:`_SAUF_LES_DELEGUES`), dans ce morceau de ligne ; la liste continue au morceau suivant
    tant qu'un point ne la finit pas. Faux si le morceau n'en est pas la suite."""
    texte = texte.strip()
    if not _SAUF_LES_DELEGUES.match(texte) and not _GROUPE_DE_COMMUNE.match(texte):
        etat.sauf_par_commune = None
        return False
    sorte, debut = etat.sauf_par_commune or "absents", 0
    for marque in _SAUF_LES_DELEGUES.finditer(texte):
        _groupes_d_exceptions(etat, n, texte[debut : marque.start()], sorte)
        sorte = next((k for k in ("suppleances", "procurations") if marque.group(k)), "absents")
        debut = marque.end()
    reste = texte[debut:].rstrip()
    _groupes_d_exceptions(etat, n, reste.rstrip(" ."), sorte)
    etat.sauf_par_commune = None if reste.endswith(".") else sorte
    return True


def _groupes_d_exceptions(etat: _Etat, n: int, texte: str, sorte: str) -> None:
    """« d'Albert, A, B ; de Bray, C » : chaque commune (un groupe), puis ses délégués."""
    for groupe in texte.split(";"):
        groupe = _NON_REPRESENTES.sub("", groupe).strip(" ,")
        if not groupe:
            continue
        if (commune := _GROUPE_DE_COMMUNE.fullmatch(groupe)) is not None:
            _groupe_lu(etat, n, commune.group("commune"))
            groupe = commune.group("noms")
        for morceau in groupe.split(","):
            if morceau.strip():
                _exception_lue(etat, n, morceau.strip(), sorte)


def _exception_lue(etat: _Etat, n: int, texte: str, sorte: str) -> None:
    """Un délégué de la liste d'exceptions : absent, suppléé (« A par B ») ou représenté
    (« A à B ») ; un nom illisible est dit."""
    if sorte == "procurations" and (paire := r.procuration_courte(texte)) is not None:
        mandant, mandataire = paire[0], _sans_commune_du_nom(etat, n, paire[1])
        if (elu := lire_personne(mandant)) is not None:
            etat.procurations.append((n, elu, lire_personne(mandataire), mandataire))
            return
    elif sorte == "suppleances" and (par := _TITULAIRE_PAR.match(texte)) is not None:
        titulaire, suppleant = lire_personne(par.group("titulaire")), lire_personne(par.group("suppleant"))
        if titulaire is not None and suppleant is not None:
            etat.suppleances.append((n, suppleant, titulaire))
            return
    elif sorte == "absents":
        partiel = _ABSENT_AUX_POINTS.search(texte)
        if (absent := lire_personne(texte[: partiel.start()] if partiel else texte)) is not None:
            etat.absents.append((n, absent, False))
            if partiel is not None:
                etat.constat(
                    "extrait.absence-partielle",
                    Severite.AVERTISSEMENT,
                    n,
                    f"{absent} n'est dit absent que pour une partie des points (« "
                    f"{partiel.group(0).strip()} ») : compté absent de la séance ; sa présence "
                    "aux autres points est à vérifier.",
                )
            return
    etat.constat(
        "extrait.nom-illisible",
        Severite.AVERTISSEMENT,
        n,
        f"« {texte[:80]} » n'est pas lu comme un nom : la liste des exceptions peut être incomplète.",
    )


def _sans_commune_du_nom(etat: _Etat, n: int, nom: str) -> str:
    """« Christelle Lefèvre de Mailly-Maillet » → « Christelle Lefèvre » (la commune du
    délégué, dite) ; un nom sans ce complément reste tel quel."""
    if (commune := _COMMUNE_APRES_LE_NOM.match(nom.strip())) is None:
        return nom
    etat.constat(
        "extrait.mandataire-commune",
        Severite.AVERTISSEMENT,
        n,
        f"« {nom.strip()} » lu comme « {commune.group(1)} », délégué de {commune.group(2)} "
        "(et non comme un nom à particule) : à vérifier.",
    )
    return commune.group(1)


_PARENTHESE_FINALE = re.compile(r"\(([^)]*)\)\s*$")
_MOUVEMENT_APRES_TIRET = re.compile(
    r"\s+[–-]\s+((?:arriv[ée]e?|rejoint\s+la\s+s[ée]ance|quitte\s+la\s+s[ée]ance|partie?)\s[^–()]{1,80}?)\s*\.?$",
    re.I,
)
# « Mme X (Commune) (partie à 19 h 40) » : un départ à une heure (aucun mouvement par point)
_MOUVEMENT_A_L_HEURE = re.compile(
    r"\s*(?:partie?|arriv[ée]e?|sortie?)\s+(?:à|a|vers)\s+\d{1,2}\s*h", re.I
)
_PLURIELS = r"(?:messieurs|mesdames|mesdemoiselles|mm\.?|mmes\.?|mlles\.?|mrs\.?|ms\.)"
# « Mmes & MM. ARNOLD Lucie » : la première civilité aide à lire le nom
_CIVILITE_PLURIEL = re.compile(
    rf"^\s*(?:et\s+)?({_PLURIELS})(?:\s*(?:et|&)\s*{_PLURIELS})?\s", re.I
)
_CIVILITES_PLURIEL_SEULES = re.compile(
    r"\s*(?:(?:mmes|mm|mesdames|messieurs|mrs|mlles|mesdemoiselles)\.?\s*(?:et\s+|&\s*)?)+\s*", re.I
)
_MOT_SUPPLEANT = re.compile(
    r"suppl[ée](?:an(?:t|ce)|[ée]e?\s+par\b)|\(suppl\.\s*(?:de|d')"  # « (suppl. de M. X) »
    r"|^dont\s*(?:\(\d{1,3}\)\s*)?suppl[ée][ée]"  # « Dont (1) Suppléé : X par Y »
    # « M. Y (remplace M. X) », « en remplacement de », « M. X (remplacé par M. Y) »
    r"|\(remplace\s|en\s+remplacement\s+d|rempla[çc]ante?\s+d|\(remplac[ée]e?\s+par\b"
    r"|excus[ée]e?\s+et\s+remplac[ée]e?\s+par\b"  # « MM J. X excusé et remplacé par MM F. Y »
    r"|\sremplac[ée]e?\s+par\s+(?:M\.|Mme|Monsieur|Madame)\s"  # « M. X remplacé par M. Y »
    # « M. Y représentant M. X » (collège d'un syndicat mixte)
    r"|\sreprésentante?\s"
    r"|\sremplace\s+(?:M\.|Mme|Monsieur|Madame)\s",  # « M. Y remplace M. X (Commune) »
    re.I,
)
_MOTS_SUPPLEANT = mots_requis(_MOT_SUPPLEANT, "uppl", "rempla", "repr", minuscules=True)
# « Anne LEBLANC, suppléante de Vauxmont » : une commune (un mot en casse mixte, ou composé),
# pas une personne, après « suppléant de »
_SUPPLEANT_D_UN_LIEU = re.compile(
    r"(?P<personne>[^,()]+?)\s*,?\s*(?:d[ée]l[ée]gu[ée]e?\s+)?(?:suppl[ée]ante?|titulaire)\s+(?:de\s+|du\s+|des\s+|d['’]\s*)"
    r"(?:la\s+commune\s+d(?:e\s+|['’]\s*))?(?!(?:M|Mme|Mlle|Mr|Monsieur|Madame)\b)"
    r"(?P<lieu>[A-ZÉÈÂ][a-zéèêëàâîïôûç'’]+)(?:[- ](?:sur|sous|en|le|la|les|lès|lez|de|du|des|d'|[A-ZÉÈ][a-zéèêëàâîïôûç'’]+))*"
    r"\s*[.;]?"
)
_SUPPLEANT_NON_NOMME = re.compile(
    r"\s*,?\s*(?:remplac|repr[ée]sent)[ée]e?\s+par\s+(?:son|sa)\s+suppl[ée]ante?\b"
    r"(?!\s*,?\s*(?:M\.|Mme|Mr|Monsieur|Madame|[A-ZÉÈ][\w-]+\s+[A-ZÉÈ]))"
)
# « M. X, ne pouvant être représenté par son suppléant M. Y, donne pouvoir à M. Z pour le
# représenter et prendre part aux votes … » : le suppléant empêché ne siège pas ; la fin de la
# phrase dit l'objet du pouvoir
_SUPPLEANT_EMPECHE = re.compile(
    r"\s*,?\s*ne\s+pouvant\s+(?:pas\s+)?[êe]tre\s+(?:repr[ée]sent|remplac)[ée]e?\s+par\s+(?:son|sa)\s+"
    r"suppl[ée]ante?\s*(?P<suppleant>(?:M\.|Mme|Mr|Monsieur|Madame)\s+[^,;]{2,60}?)?\s*(?=,)"
)
_POUR_LE_REPRESENTER = re.compile(
    r"(?<=\S)\s+pour\s+(?:le|la)\s+repr[ée]senter\b[^.;]{0,160}?(?:en\s+son\s+nom\b[^.;]{0,80})?(?=[.;]|$)"
)
# « Mme X (partie après le point 4, pouvoir à Mme Y) », « M. X (arrivé au point 3 ; son pouvoir
# à M. Y prend fin à son arrivée) », « X (jusqu'au rapport n° 4 inclus, délégation de vote
# ensuite à Mme Y) » : dans la liste des présents, un mouvement puis un pouvoir
_MOUVEMENT_PUIS_POUVOIR = re.compile(
    r"(?P<nom>[^()]{3,80}?)\s*\(\s*(?P<mouvement>(?:arriv|parti|jusqu|pr[ée]sente?\s)[^();,]{3,80}?)\s*[,;]\s*"
    r"(?:(?:son|sa)\s+)?(?:pouvoir|procuration|d[ée]l[ée]gation\s+de\s+vote)\s+(?:ensuite\s+)?"
    r"(?:donn[ée]e?\s+)?(?:à|au)\s+(?P<qui>[^()]{3,80}?)(?:\s+prend\s+fin\b[^()]*)?\s*\)\s*\.?",
    re.I,
)
_PARENTHESE_A_POINT_VIRGULE = re.compile(r"\([^();]{2,80};[^()]{2,120}\)")
_LIEU_AVANT_SUPPLEANT = re.compile(
    r"\s*\([^()]{2,60}\)(?=\s*,?\s*(?:repr[ée]sent|remplac)[ée]e?\s+par\s+(?:son|sa)\s+suppl)", re.I
)
_VIRGULE_APRES_SUPPLEANT = re.compile(
    r"((?:repr[ée]sent|remplac)[ée]e?\s+par\s+(?:son|sa)\s+suppl[ée]ante?)\s*,\s*"
    r"(?=M\.|Mme|Monsieur|Madame|[A-ZÀ-Ý])",
    re.I,
)
_PAR_SON_SUPPLEANT_SEUL = re.compile(
    r"\s*(?:remplac|repr[ée]sent)[ée]e?\s+par\s+(?:son|sa)\s+suppl[ée]ante?\s*[.;]?\s*", re.I
)
_REMPLACE_PAR_SON_SUPPLEANT = re.compile(
    r"\s*,?\s*(?:remplac|repr[ée]sent)[ée]e?\s+par\s+(?:son|sa)\s+suppl[ée]ante?\s*\.?\s*$", re.I
)


_MAJORITE_FINALE = avec_garde(r"\s,fq", re.compile(
    r"\s*,?\s*(?:formant|qui\s+forment)\s+la\s+majorit[ée]\s+(?:absolue\s+)?d(?:es|e)\s+"
    r"(?:membres|conseillers)(?:\s+en\s+exercice)?\s*[,.]?\s*$",
    re.I,
))
_FINS_MAJORITE_FINALE = fins_requises(_MAJORITE_FINALE, "sSſeE,.", blancs=True)
# « Présents : M. A, Mme B, M. C, soit 3 conseillers » : le nombre des présents en fin de liste
_SOIT_N_FINAL = re.compile(
    r"\s*[,;]?\s*\(?soit\s+(?P<n>\d{1,3}|[a-zéèêà\-]+(?:\s+[a-zéèêà\-]+)??)\s+"
    r"(?:conseill[eè]re?s?|membres?|[ée]lue?s?|d[ée]l[ée]gu[ée]e?s?|pr[ée]sente?s?)"
    r"(?:\s+(?:municipaux|communautaires|pr[ée]sents?|en\s+exercice))?\s*\)?\s*[.;]?\s*$",
    re.I,
)


# (« M. D. Marchal excusé avec procuration à P. Humbert », « Mme V. Lambert, excusée avec
# procuration à … » : « avec procuration » vaut « , procuration »)
# (« Absents : … ; M. BERTHIER excusé ; M. NAUDIN » : l'état après le nom, sans virgule)
_QUALITE_D_ABSENCE = re.compile(
    r"(?:,\s*|\s+(?=\S+\s+avec\s+(?:procuration|pouvoir))|\s+(?=(?:excus[ée]e?s?|absente?s?)\s*$))"
    r"(excus[ée]e?s?|absente?s?|(?<=,\s)retenue?s?|(?<=,)retenue?s?)"  # « Mme X, retenue » : absente
    r"\s*(?:,\s*|avec\s+(?=procuration|pouvoir)|$)",
    re.I,
)


# « Mme X, absente non excusée », « M. Y (non excusé) » dans une liste d'absents : l'état, pas le
# nom (« excusée » seul, lu comme qualité, laissait « Mme X, absente non »)
_NON_EXCUSE = re.compile(
    r"\s*(?:,\s*(?:absente?s?\s+)?|\(\s*(?:absente?s?\s+)?)non\s+excus[ée]e?s?\s*\)?\s*$", re.I
)


# « X (excusé, pouvoir à Y) », « X (excusée) », « X (excusé), représenté par son suppléant Y » :
# une absence dite dans la ligne d'un membre, au milieu de la liste des présents
_ABSENT_DANS_LES_PRESENTS = re.compile(
    r"(?P<nom>[^(),;:]{3,60}?)\s*\(\s*(?P<etat>excus[ée]e?|absente?)\s*"
    r"(?:,\s*(?P<pouvoir>(?:pouvoir|procuration)\s+(?:à|a)\s+[^()]{3,60}?))?\s*\)"
    r"(?:\s*,?\s*(?P<suppleant>(?:représentée?|remplacée?)\s+par\s+(?:son|sa)\s+suppléante?\s+[^(),;]{3,60}))?",
    re.IGNORECASE,
)


def _absent_dans_les_presents(etat: _Etat, n: int, absence: re.Match[str]) -> bool:
    """Le membre absent nommé dans la liste des présents est lu comme dans une liste
    d'absents (excusé ou non, son pouvoir, son suppléant), puis la liste des présents reprend."""
    section = etat.section
    assert section is not None
    texte = absence.group("nom")
    if absence.group("pouvoir"):
        texte += f" ({absence.group('pouvoir')})"
    elif absence.group("suppleant"):
        texte += f", {absence.group('suppleant')}"
    etat.section = r.Section("absents", "", absence.group("etat").lower().startswith("excus"))
    try:
        return _contenu_section(etat, n, texte)
    finally:
        etat.section = section


# « Saint-Affrique-le-Vieux : CALMELS Sylvie, … » : une commune en casse mixte (mots de lieu),
# deux-points, puis au moins un NOM en capitales
_LIEU_DEUX_POINTS = re.compile(r"^\s*([A-ZÉÈÎÔ][^:,;()]{1,58}?)\s:\s+(?=\S)")
_INTITULE_EN_LIEU = re.compile(
    r"present|absent|excuse|represent|pouvoir|procuration|suppl|secretaire|president|delegue"
    r"|membre|conseill|titulaire|assist|invit|elus?\b|votant|exercice"
)


def _lieu_puis_delegues(etat: _Etat, texte: str) -> int | None:
    """La fin du préfixe « Commune : » d'une rangée de délégués rangés par commune (dans une
    liste de présents, d'absents ou de suppléants), ``None`` si la ligne n'en a pas."""
    trouve = _LIEU_DEUX_POINTS.match(texte)
    if (
        trouve is None
        or etat.section is None
        or etat.section.nom not in ("presents", "absents", "suppleants")
        or _INTITULE_EN_LIEU.search(cle_texte(trouve.group(1)))
        or not _mots_de_lieu(trouve.group(1))  # (« Montlaur-d'Olt », « Peux-et-Moulin »)
        or _CAPITALES_NOM.search(texte, trouve.end()) is None
        # (« Canton de X : ATTILLY : A BEAUVOIS : B » : d'autres groupes suivent, lus ailleurs)
        or ":" in texte[trouve.end() :]
    ):
        return None
    return trouve.end()


_ENTRE_GROUPES_DE_LIEU = re.compile(r"\s+[–-]\s+(?=[A-ZÉÈÎÔ][^:,;()–]{1,58}?\s:\s)")


# « Arlay – M. Henri BOYER », « … Anne CLERC Bléty – M. Paul DIDIER » : un lieu en casse mixte
# (pas un NOM en capitales, pas une civilité), en tête de ligne ou après un NOM ou une
# ponctuation, puis un tiret et la civilité du premier délégué
_LIEU_TIRET_CIVILITE = re.compile(
    r"(?:^|(?<=[A-ZÉÈÀ]{2}\s)|(?<=[,;.]\s))\s*"
    r"(?P<lieu>(?!(?:M|MM|Mme|Mmes|Mlle|Monsieur|Madame)\b)[A-ZÉÈÀÂÎÔ][a-zéèêëïîôûç'’]+"
    r"(?:[\s\-](?:[A-ZÉÈÀÂÎÔ][a-zéèêëïîôûç'’]+|d[eu]|des|aux?|l[eè]s|lez|la|le|sur|sous|en|et|[ld]['’]\w+))*)"
    r"\s+[-–]\s+(?=(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)\s)"
)


def _groupes_lieu_tiret(texte: str) -> list[str] | None:
    """Les groupes « Lieu – délégués » d'une ligne, réécrits « Lieu : délégués » : le premier
    en tête de ligne ; ``None`` si la ligne n'en commence pas un, ou si un lieu commence par un
    prénom usuel (« Paul Roux – M. X » nomme deux personnes) ou est un intitulé."""
    lieux = list(_LIEU_TIRET_CIVILITE.finditer(texte))
    if not lieux or lieux[0].start() != 0:
        return None
    for lieu in lieux:
        nom = lieu.group("lieu")
        if prenom_usuel(nom.split()[0]) or _INTITULE_EN_LIEU.search(cle_texte(nom)):
            return None
    bornes = [t.start() for t in lieux] + [len(texte)]
    return [
        f"{lieu.group('lieu')} : {texte[lieu.end() : fin].strip(' ,;')}"
        for lieu, fin in zip(lieux, bornes[1:], strict=True)
    ]


def _groupes_de_lieux(texte: str) -> list[str] | None:
    """Les groupes « Lieu : délégués » d'une ligne « A : X, Y – B : Z » (deux au moins, chaque
    lieu de la forme d'un nom de lieu, jamais un intitulé, chaque groupe nommant un NOM en
    capitales) ; ``None`` sinon."""
    if len(texte) > 2000:
        return None
    groupes = _ENTRE_GROUPES_DE_LIEU.split(texte.strip())
    if len(groupes) < 2:
        return None
    for groupe in groupes:
        lieu = _LIEU_DEUX_POINTS.match(groupe)
        if (
            lieu is None
            or _INTITULE_EN_LIEU.search(cle_texte(lieu.group(1)))
            or not _mots_de_lieu(lieu.group(1))
            or ":" in groupe[lieu.end() :]
            or _CAPITALES_NOM.search(groupe, lieu.end()) is None
        ):
            return None
    return groupes


# « M. Paul ROUX - Vaudrey, Mme Anne PETIT - La Loye » : la commune de chaque délégué après un
# tiret (un lieu en casse mixte, jamais un NOM en capitales ni une civilité : « M. X - Mme Y »
# reste une liste de personnes)
_PERSONNE_TIRET_LIEU = re.compile(
    r"(?P<personne>(?:M\.|Mme|Mlle|Monsieur|Madame)\s(?:[^,;()–\-]|(?<=\w)-(?=\w))+?)\s+[-–]\s+"
    r"(?P<lieu>(?!(?:M|Mme|Mlle|Monsieur|Madame)\b)[A-ZÉÈÀÂÎÔ][a-zéèêëïîôûç'’]+"
    r"(?:[\s\-](?:[A-ZÉÈÀÂÎÔ][a-zéèêëïîôûç'’]+|d[eu]|des|aux?|l[eè]s|lez|la|le|sur|sous|en|et|[ld]['’]\w+))*)"
    r"(?=\s*(?:[,;.]|$))"
)


# « M. Paul ROUX ⇥ Vaudrey », « Mme Anne PETIT ⇥ La Loye M. Luc BLANC ⇥ … » (tableau à deux
# colonnes, l'élu puis sa commune) : un lieu en casse mixte après la tabulation qui suit un NOM
# en capitales, devant la civilité suivante ou en fin de ligne
_LIEU_APRES_TABULATION = re.compile(
    r"(?<=[A-ZÉÈÊËÀÂÎÏÔÛÜÇ'’])\t+(?P<lieu>(?!(?:M|Mme|Mlle|Monsieur|Madame)\b)[A-ZÉÈÀÂÎÔ][a-zéèêëïîôûç'’]+"
    r"(?:[ \-](?:[A-ZÉÈÀÂÎÔ][a-zéèêëïîôûç'’]+|d[eu]|des|aux?|l[eè]s|lez|la|le|sur|sous|en|et|[ld]['’]\w+))*)"
    r"(?=\s+(?:M\.|Mme|Mlle|Monsieur|Madame)\s|\s*[,;.]?\s*$)"
)


def _lieux_apres_tabulation(texte: str) -> str:
    """« M. X ⇥ Vaudrey » → « M. X (Vaudrey) » : la forme « (commune) » des listes de délégués ;
    inchangé si un de ces lieux commence par un prénom (« ROUX ⇥ Paul » : deux colonnes d'un
    même nom)."""
    lieux = [t.group("lieu") for t in _LIEU_APRES_TABULATION.finditer(texte)]
    if not lieux or any(prenom_usuel(lieu.split()[0]) for lieu in lieux):
        return texte
    return _LIEU_APRES_TABULATION.sub(r" (\g<lieu>)", texte)


def _lieux_apres_tiret(texte: str) -> str:
    """« M. X - Vaudrey, Mme Y - La Loye » → « M. X (Vaudrey), Mme Y (La Loye) » : la forme
    « (commune) » des listes de délégués ; seulement quand deux délégués au moins s'écrivent
    ainsi (un seul tiret peut séparer deux personnes), et qu'aucun de ces lieux ne commence par
    un prénom (« M. Paul Roux - Anne Petit » nomme deux personnes)."""
    lieux = [t.group("lieu") for t in _PERSONNE_TIRET_LIEU.finditer(texte)]
    if len(lieux) < 2 or any(prenom_usuel(lieu.split()[0]) for lieu in lieux):
        return texte
    return _PERSONNE_TIRET_LIEU.sub(r"\g<personne> (\g<lieu>)", texte)


_COMMUNE_DEUX_POINTS_LISTE = re.compile(
    r"(?:^|(?<=[\s,;]))([A-ZÀ-ÝŒ]{2}[A-ZÀ-ÝŒ'’\-]*(?:\s[A-ZÀ-ÝŒ'’\-]+)*)\s?:\s*(?:[–-](?=\s)\s*)?"
)
_COMMUNE_DE_DEUX_POINTS = re.compile(r"\b(Communes?\s+(?:de\s+(?:la\s+|l')?|d'|du\s+|des\s+)[^:,;]{2,60}?)\s?:(?=\s|$)")
_VIRGULES_VIDES = re.compile(r"\s*(?:[,–]\s*)*,(?:\s*[,–])*\s*")


_LARGE_BLANC = re.compile(r"\s{4,}")


def _colonnes_de_noms(texte: str) -> list[str] | None:
    """Les cellules d'une ligne de liste en colonnes séparées par un large blanc, si chacune
    nomme quelqu'un (un NOM en capitales, pas de deux-points) ; ``None`` sinon (« M. X ⇥
    Présent » : un tableau de présence, lu ailleurs)."""
    cellules = [c.strip() for c in _LARGE_BLANC.split(texte.strip())]
    if len(cellules) < 2 or any(len(c) > 80 or ":" in c or not _NOM_EN_CAPITALES.search(c) for c in cellules):
        return None
    return cellules


# « …, Mme Y (pouvoirs : M. A à M. B, Mme C à Mme D). » : les pouvoirs entre parenthèses à la fin
# de la liste des présents
_POUVOIRS_EN_FIN_DE_LISTE = re.compile(
    r"\s*\(\s*(?:pouvoirs?|procurations?)\s*:\s*(?P<pouvoirs>[^()]+)\)\s*[.;]?\s*$", re.I
)


_MANDATAIRE_SEUL = re.compile(
    r"\s*(?:M\.|Mme|Mlle|Monsieur|Madame)\s+(?:(?!\s(?:à|a|par|de)\s)[^,;])+", re.I
)


def _pouvoirs_en_fin_de_liste(etat: _Etat, n: int, texte: str, fin: re.Match[str]) -> bool:
    """Les présents, puis les pouvoirs de la parenthèse finale lus comme une liste de pouvoirs."""
    lu = _contenu_section(etat, n, texte[: fin.start()])
    section = etat.section
    etat.section = r.Section("procurations", "")
    try:
        _contenu_section(etat, n, fin.group("pouvoirs"))
    finally:
        etat.section = section
    return lu


# « Mandant      Mandataire » (ou « Mandataire | Mandant ») : l'en-tête d'un tableau aplati
_ENTETE_MANDATS = re.compile(
    r"\s*(mandants?|mandataires?)\s*(?:\||\t|\s{2,})\s*(mandataires?|mandants?)\s*", re.I
)
# « Élu absent ⇥ a donné procuration à » (ou l'inverse) : l'en-tête dit par les mots du pouvoir
_ABSENT_MANDANT = r"(?:(?:[ée]lus?|conseill\w*|membres?|d[ée]l[ée]gu\w*)\s+)?(?:absents?|excus[ée]s?)\w*"
_A_QUI_POUVOIR = (
    r"(?:(?:a|ont)\s+donn[ée]\s+|donnent?\s+)?(?:procuration|pouvoir|mandat)s?\s+(?:donn[ée]e?s?\s+)?(?:à|a)"
)
_ENTETE_MANDATS_DITS = re.compile(
    rf"\s*(?:(?P<mandant>{_ABSENT_MANDANT})\s*\t\s*{_A_QUI_POUVOIR}"
    rf"|{_A_QUI_POUVOIR}\s*\t\s*{_ABSENT_MANDANT})\s*",
    re.I,
)
_CELLULES_DE_MANDAT = re.compile(r"\s*(?:\t|\|)\s*|\s{3,}")


_CELLULE_D_ENTETE_DE_MANDAT = re.compile(r"\s*(mandants?|mandataires?)\s*", re.I)


def _entete_de_mandats_en_cellules(etat: _Etat, texte: str) -> bool:
    """« Mandant » puis « Mandataire », chacun seul sur sa ligne : l'en-tête d'un tableau de
    procurations copié une cellule par ligne ; vrai si la ligne en est une cellule."""
    if (cellule := _CELLULE_D_ENTETE_DE_MANDAT.fullmatch(texte)) is None:
        return False
    assert etat.section is not None
    mot = cellule.group(1).lower()[:7]
    if etat.entete_mandat_seul is None or etat.entete_mandat_seul[0] is not etat.section:
        etat.entete_mandat_seul = (etat.section, mot)
        return True
    premier = etat.entete_mandat_seul[1]
    if premier == mot:
        return False
    etat.colonnes_mandat = (etat.section, premier == "mandant")
    etat.mandats_une_cellule, etat.cellule_de_mandat = True, None
    return True


def _cellule_de_mandat(etat: _Etat, n: int, texte: str) -> bool:
    """Une cellule d'un tableau de procurations copié une cellule par ligne : la première de
    la rangée est gardée, la seconde fait la procuration ; vrai si la ligne est une personne."""
    if ":" in texte or lire_personne(texte) is None:
        return False
    if etat.cellule_de_mandat is None:
        etat.cellule_de_mandat = (n, texte.strip())
        return True
    _, premiere = etat.cellule_de_mandat
    etat.cellule_de_mandat = None
    assert etat.colonnes_mandat is not None
    mandant_t, mandataire_t = (premiere, texte.strip())[:: 1 if etat.colonnes_mandat[1] else -1]
    mandant = lire_personne(mandant_t)
    assert mandant is not None
    etat.procurations.append((n, mandant, lire_personne(mandataire_t), mandataire_t))
    return True


# « Membres représentés : Nina TESSIER Rémi VIDAL pouvoir à Sophie RIVAL pouvoir à Marc DORAT »
# (deux colonnes aplaties : les mandants, puis autant de « pouvoir à ») : le n-ième mandant et
# le n-ième mandataire
_POUVOIR_A_DANS_LA_COLONNE = re.compile(r"\s*\b(?:pouvoir|procuration)\s+(?:à|a)\s+", re.I)
_DEVANT_UNE_CIVILITE = re.compile(r"\s+(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)")
_MOT_DE_NOM = re.compile(r"[A-ZÉÈÀÂÎÔÛÇ][\w'’\-]*")
_PARTICULES_DE_NOM = frozenset(
    ("de", "De", "DE", "du", "Du", "DU", "des", "Des", "di", "Di", "DI", "da", "Da", "le", "Le", "LE",
     "la", "La", "LA", "van", "Van", "VAN", "von", "Von", "del", "Del", "dos", "Dos")
)  # fmt: skip


def _mandants_en_colonne(texte: str, nombre: int) -> list[str] | None:
    """Les ``nombre`` mandants d'une colonne aplatie : coupés devant chaque civilité, ou par
    paires « Prénom NOM » quand il y a exactement deux mots par mandant."""
    par_civilite = [m for m in _DEVANT_UNE_CIVILITE.split(texte.strip()) if m]
    if len(par_civilite) == nombre and all(_DEVANT_UNE_CIVILITE.match(" " + m) for m in par_civilite):
        return par_civilite
    mots: list[str] = []
    for mot in texte.split():  # (« Alexandra Di Frenna » : la particule tient au nom qui suit)
        if mots and mots[-1].split()[-1] in _PARTICULES_DE_NOM:
            mots[-1] = f"{mots[-1]} {mot}"
        else:
            mots.append(mot)
    if len(mots) != 2 * nombre or not all(_MOT_DE_NOM.fullmatch(m.split()[-1]) for m in mots):
        return None
    return [f"{mots[2 * i]} {mots[2 * i + 1]}" for i in range(nombre)]


def _pouvoirs_en_colonnes(etat: _Etat, n: int, texte: str) -> bool:
    """Les colonnes « mandants » et « pouvoir à » d'un tableau aplati : vrai si lues."""
    if texte.lower().count("pouvoir") + texte.lower().count("procuration") < 2 or "," in texte:
        return False
    morceaux = _POUVOIR_A_DANS_LA_COLONNE.split(texte.strip().rstrip(" .;"))
    mandataires = [m.strip() for m in morceaux[1:]]
    if len(mandataires) < 2 or not all(mandataires):
        return False
    mandants_t = _mandants_en_colonne(morceaux[0], len(mandataires))
    if mandants_t is None:
        return False
    mandants = [lire_personne(m) for m in mandants_t]
    if any(m is None or lire_personne(t) is None for m, t in zip(mandants, mandataires, strict=True)):
        return False
    for mandant, mandataire in zip(mandants, mandataires, strict=True):
        assert mandant is not None
        etat.procurations.append((n, mandant, lire_personne(mandataire), mandataire))
    etat.constat(
        "extrait.pouvoirs-en-colonnes",
        Severite.INFO,
        n,
        f"Mandants puis « pouvoir à » (colonnes aplaties) : le n-ième mandant lu avec le n-ième "
        f"mandataire ({len(mandataires)} procurations).",
    )
    return True


def _tableau_de_mandats(etat: _Etat, n: int, texte: str) -> bool:
    """Un tableau de procurations aplati, une procuration par ligne, les colonnes dans l'ordre
    de son en-tête : vrai si la ligne en est l'en-tête ou une ligne."""
    if "mand" in texte.lower() and _entete_de_mandats_en_cellules(etat, texte):
        return True
    if "\t" in texte and (entete := _ENTETE_MANDATS_DITS.fullmatch(texte)) is not None:
        # « Élu(e) absent(e) | a donné procuration à » : le mandant dans la première colonne
        assert etat.section is not None
        etat.colonnes_mandat = (etat.section, entete.group("mandant") is not None)
        return True
    if "mandat" in texte.lower() and (entete := _ENTETE_MANDATS.fullmatch(texte)) is not None:
        premier, second = (entete.group(i).lower()[:7] for i in (1, 2))
        if premier != second:
            assert etat.section is not None
            etat.colonnes_mandat = (etat.section, premier == "mandant")
            return True
    if etat.colonnes_mandat is None or etat.colonnes_mandat[0] is not etat.section:
        return False
    cellules = _CELLULES_DE_MANDAT.split(texte.strip())
    if len(cellules) == 1 and etat.mandats_une_cellule:
        return _cellule_de_mandat(etat, n, texte)
    if len(cellules) != 2:
        return False
    mandant_t, mandataire_t = cellules if etat.colonnes_mandat[1] else cellules[::-1]
    mandant = lire_personne(mandant_t)
    if mandant is None:
        return False
    etat.procurations.append((n, mandant, lire_personne(mandataire_t), mandataire_t.strip()))
    return True


# Le blanc de colonne devant une commune en capitales suivie de « : » (rangée à deux colonnes)
_COLONNES_DE_COMMUNES = re.compile(r"\s{3,}(?=[A-ZÉÈÊÀÂÎÔÛÇ][A-ZÉÈÊÀÂÎÔÛÇ'\- ]{2,40}\s:\s)")


def _soit_n_final(etat: _Etat, n: int, texte: str, soit: re.Match[str]) -> str:
    """La liste sans son « , soit 3 conseillers » final ; le nombre, s'il est lisible, est celui
    des présents d'une liste de présents, retenu si les décomptes ne le donnent pas et recoupé
    avec eux sinon (:func:`_soit_n_recoupe`)."""
    nombre = soit.group("n")
    valeur = int(nombre) if nombre.isdigit() else nombre_en_lettres(nombre)
    if valeur is None:
        return texte
    assert etat.section is not None
    if etat.section.nom == "presents":
        etat.presents_soit = (n, valeur)
    return texte[: soit.start()]


# « Commune de Lavaur : absents (M. A, M. B) », « Commune de X : excusé : M. C » : dans la liste
# des présents par commune, les délégués absents d'une commune
_ABSENTS_DU_GROUPE = re.compile(
    r"(?P<etat>absente?s?|excus[ée]e?s?)\s*(?:\((?P<entre>[^()]+)\)|:\s*(?P<apres>[^()]+?))\s*[.;]?",
    re.I,
)


_ASSISTAIENT = re.compile(r"\s*assist(?:ent|aient|ait)(?:\s+en\s+outre)?\s+a\s+la\s+seance\b")
# une rubrique seule sur sa ligne, qui dit qui les listes suivantes nomment : des membres
# (« ADMINISTRATEURS », « DÉLÉGUÉS ») ou d'autres personnes (« PERSONNELS ADMINISTRATIFS ET
# INVITÉS », « AUTRES PARTICIPANTS »)
_RUBRIQUE_DE_PERSONNES = re.compile(
    r"(?:(?P<autres>(?:personnels?|agents?|invites?|autres\s+participants)"
    r"(?:\s+(?:administratifs?|techniques?|et|invites?|des\s+services|de\s+la\s+collectivite)){0,4})"
    r"|(?:administrateurs|delegues(?:\s+titulaires)?|membres(?:\s+du\s+comite)?|elus))\s*:?"
)


def _absents_du_groupe(etat: _Etat, n: int, par_commune: tuple[list[str], list[str]]) -> bool:
    """Les délégués d'une commune dits absents (ou excusés) dans la liste des présents par
    commune : rangés parmi les absents ; faux si le groupe n'a pas cette forme."""
    lieux, personnes = par_commune
    trouve = _ABSENTS_DU_GROUPE.fullmatch(personnes[0].strip()) if len(personnes) == 1 else None
    if trouve is None:
        return False
    noms = [lire_personne(x) for x in decouper(trouve.group("entre") or trouve.group("apres"))]
    if not noms or any(e is None for e in noms):
        return False
    _groupe_lu(etat, n, " ; ".join(lieux))
    excuse = trouve.group("etat")[:1].lower() == "e"
    etat.absents.extend((n, e, excuse) for e in noms if e is not None)
    return True


# « Commune de Vérignac : FOURNEL Raymond - MAZET Josiane » / « Commune de X : … » : les
# délégués de chaque commune, une ligne par commune, sans intitulé de liste
_LIGNES_PAR_COMMUNE = 2


def _ouvre_un_groupe(t: str) -> bool:
    """« Commune de X : … », « Pour la commune de X : … » en tête de ligne."""
    debut = t[:16].lower()
    return debut.startswith(("commune ", "pour la commune "))


def _groupe_de_commune(g: str) -> bool:
    """Une ligne de délégués d'une commune (« Pour la commune de X : M. A, Mme B »)."""
    return _ouvre_un_groupe(g) and (lu := pour_la_commune(g)) is not None and bool(lu[1])


def _delegues_sans_intitule(etat: _Etat, n: int, t: str) -> bool:
    """Avant les points et toute liste, après le nombre des présents annoncé, des lignes
    « Commune de X : délégués » ou « Pour la commune de X : … » (deux au moins) : la liste des présents, sans son
    intitulé (dit) ; le décompte annoncé la vérifie."""
    if etat.deliberations or etat.presents or etat.absents or not _groupe_de_commune(t):
        return False
    suivantes = [ligne.texte.strip() for ligne in etat.lignes[etat.rang_ligne + 1 :] if ligne.texte.strip()]
    # (un nom coupé en fin de ligne laisse sa fin seule sur la ligne suivante : les groupes
    # sont cherchés dans les lignes qui suivent, pas seulement la suivante)
    autres = [g for g in suivantes[: 2 * _LIGNES_PAR_COMMUNE] if _groupe_de_commune(g)]
    if len(autres) < _LIGNES_PAR_COMMUNE - 1 or not _nombre_de_presents_dit(etat):
        return False
    etat.constat(
        "extrait.presents-sans-intitule",
        Severite.INFO,
        n,
        "Délégués nommés commune par commune (« Commune de X : … ») sans intitulé de liste, "
        "le nombre des présents dit avant ou après eux : lus comme les présents.",
    )
    return True


_LIEU_EN_CAPITALES = re.compile(r"[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’\- ]{2,60}")
_CIVILITE_EN_TETE = re.compile(r"(?:M\.|Mme|Mlle|Monsieur|Madame|MM\.)\s")


# « VOTANTS : 25 A partir du point 2 : MEMBRES EN EXERCICE : 30 - PRESENTS : 23 … » (texte
# aplati) : les décomptes qui suivent valent à partir d'un point, pas pour la séance
_A_PARTIR_DU_POINT_FINAL = re.compile(r"\s*\b[AaÀà]\s+partir\s+du\s+point\s+(\d{1,3})\s*:\s*$")


def _decomptes_a_partir_d_un_point(etat: _Etat, n: int, t: str) -> str:
    """Le texte à lire : sans le « A partir du point N : » qui le finit (retenu), ou vide quand
    ce sont les décomptes qui suivent un tel renvoi (dits, non retenus pour la séance)."""
    point, etat.decomptes_du_point = etat.decomptes_du_point, None
    if etat.aplati and (fin := _A_PARTIR_DU_POINT_FINAL.search(t)) is not None:
        etat.decomptes_du_point = int(fin.group(1))  # (pour le morceau suivant)
        t = t[: fin.start()].strip()
    if point is not None and etat.suite and len(r.decomptes(t)) >= 2:
        etat.constat(
            "extrait.decompte-point",
            Severite.INFO,
            n,
            f"Décomptes valant à partir du point {point} : « {t[:80]} » ; non retenus pour la séance.",
        )
        return ""
    return t


_COMPTE_ENTRE_PARENTHESES = re.compile(r"\(\s*(\d{1,3})\s*\)\s*\.?")
_CONFORMEMENT = re.compile(r"Conform[ée]ment\s+(?:à|a|aux?)\s")


def _presents_sans_intitule(etat: _Etat, n: int, t: str) -> bool:
    """Une liste de présents sans son intitulé : délégués par commune, communes en capitales
    suivies de leurs délégués, « Mesdames …, Messieurs … », « M. X M. Y … » aussi nombreux que
    les présents annoncés (chacune dite)."""
    return (
        (_ouvre_un_groupe(t) and _delegues_sans_intitule(etat, n, t))
        or (t.isupper() and _communes_en_capitales_sans_intitule(etat, n, t))
        or (t[:3] in ("Mes", "MM.") and _civilites_plurielles_sans_intitule(etat, n, t))
        or (t[:2] in ("M.", "Mm") and _civilites_annoncees_sans_intitule(etat, n, t))
    )


_LISTE_A_CIVILITE_PLURIELLE = re.compile(r"(?:Mesdames|Messieurs|MM\.)\s+[A-ZÉÈ][^,;:]{2,60},[^,]{3,60},")


def _civilites_plurielles_sans_intitule(etat: _Etat, n: int, t: str) -> bool:
    """« Mesdames A, B et Messieurs C, D. » avant les points et toute liste, sans intitulé, suivi
    d'une liste d'absents, de représentés ou d'excusés (ou le nombre des présents dit) : la
    liste des présents (dit)."""
    if etat.deliberations or etat.presents or etat.absents or not _LISTE_A_CIVILITE_PLURIELLE.match(t):
        return False
    suivantes = [ligne.texte.strip() for ligne in etat.lignes[etat.rang_ligne + 1 : etat.rang_ligne + 30]]
    absences = any(
        (sec := r.section(s)) is not None and sec.nom in ("absents", "procurations") for s in suivantes if s
    )
    if not absences and not _nombre_de_presents_dit(etat):
        return False
    etat.constat(
        "extrait.presents-sans-intitule",
        Severite.INFO,
        n,
        "Liste « Mesdames …, Messieurs … » sans intitulé, suivie des absents ou des représentés : "
        "lue comme les présents.",
    )
    return True


def _nombre_de_presents_dit(etat: _Etat) -> bool:
    """Vrai si le document dit le nombre des présents avant la ligne lue, ou dans les lignes qui
    la suivent avant le premier point (« Présents : 13 – Votants : 15 » sous les groupes) : des
    délégués rangés par commune sans intitulé sont alors une liste de présence, que ce nombre
    vérifie (sans lui, la composition de l'assemblée peut-être)."""
    if "presents" in etat.decomptes:
        return True
    for ligne in etat.lignes[etat.rang_ligne + 1 : etat.rang_ligne + 60]:
        texte = ligne.texte.strip()
        if r.numero_deliberation(texte) is not None or r.objet(texte) is not None:
            return False
        if "r" in texte and any(cle == "presents" for cle, _v in r.decomptes(texte)):
            return True
    return False


def _communes_en_capitales_sans_intitule(etat: _Etat, n: int, t: str) -> bool:
    """« AUBIGNY-LES-FORGES » / « M. Pascal RENOUF » / « Mme X » / « BRÉVILLE » / « M. Y » …
    avant les points, le nombre des présents dit avant ou après, sans intitulé :
    chaque commune en capitales sur sa ligne, puis ses délégués, deux communes au moins ; lus
    comme les présents (dit)."""
    if etat.deliberations or etat.presents or etat.absents or not _LIEU_EN_CAPITALES.fullmatch(t):
        return False
    suivantes = [ligne.texte.strip() for ligne in etat.lignes[etat.rang_ligne + 1 : etat.rang_ligne + 16]]
    suivantes = [s for s in suivantes if s][:12]
    if not suivantes or not _CIVILITE_EN_TETE.match(suivantes[0]):
        return False
    groupes = sum(
        1
        for avant, apres in zip([t, *suivantes], suivantes, strict=False)
        if _LIEU_EN_CAPITALES.fullmatch(avant) and _CIVILITE_EN_TETE.match(apres)
    )
    if groupes < 2 or not _nombre_de_presents_dit(etat):
        return False
    etat.constat(
        "extrait.presents-sans-intitule",
        Severite.INFO,
        n,
        "Délégués rangés sous le nom de leur commune en capitales, sans intitulé de liste : lus "
        "comme les présents.",
    )
    return True


_DEUX_CELLULES = re.compile(r"\s*([^\t]+?)\s*\t+\s*([^\t]+?)\s*")


def _deux_cellules_de_pouvoir(texte: str) -> str:
    """« Mme X ⇥ M. Y » (rangée d'un tableau de pouvoirs sans mot de lien, sous « Pouvoirs : »)
    : X donne pouvoir à Y ; le texte tel quel s'il n'a pas deux cellules qui sont chacune une
    personne de deux mots au moins (« Excusée » n'est pas un mandataire). Un mandataire absent des présents est dit plus loin (extrait.mandataire-inconnu)."""
    cellules = _DEUX_CELLULES.fullmatch(texte)
    if cellules is None or any(len(c.split()) < 2 or lire_personne(c) is None for c in cellules.groups()):
        return texte
    return f"{cellules.group(1)} à {cellules.group(2)}"


# « … Marc DAURAT. Fiac : Jean ESCANDE » : le point après un NOM, devant la commune suivante
_POINT_AVANT_LIEU = re.compile(r"(?<=[A-ZÉÈÀÂÎÔÛÇ]{2})\.\s+(?=[A-ZÉÈ][\w'’\-]+(?:[\s\-][\w'’\-]+){0,4}\s+:\s)")
# « Pouvoir(s) : De Mme Julie MARCHAND » ⏎ « A M. Paul SOREL » : le mandant, puis le mandataire



# « De Mme X » / « A M. Y » : le mandant et le mandataire, chacun ouvert par son mot (en tête de
# ligne, ou dans le flux d'une ligne aplatie)
_MANDANT_DE = re.compile(r"(?:^|\s+)(?:De|DE|de)\s+(?=(?:" + CIVILITE + r")\s+[A-ZÉÈ])")
_MANDATAIRE_A = re.compile(r"(?:^|\s+)(?:A|À)\s+(?=(?:" + CIVILITE + r")\s+[A-ZÉÈ])")


def _pouvoir_sur_deux_lignes(etat: _Etat, n: int, texte: str) -> str | None:
    """« De Mme X » suivi de la ligne « A M. Y » : « Mme X à M. Y » (la ligne suivante, déjà lue,
    rend ""), ``None`` pour toute autre ligne."""
    propre, deja_lue, etat.pouvoir_de = texte.strip(), etat.pouvoir_de, None
    if deja_lue is not None and propre == deja_lue:
        return ""
    if _MANDANT_DE.match(propre) is None:
        return None
    if " A " in propre and _MANDATAIRE_A.search(propre):
        # « De Mme X A M. Y De M. Z A M. W » (aplati) : les paires à la suite
        return _MANDANT_DE.sub(" ; ", _MANDATAIRE_A.sub(" à ", propre)).lstrip(" ;")
    if (rang := _rang_de_la_ligne(etat, n)) is None:
        return None
    suivante = next((x.texte.strip() for x in etat.lignes[rang + 1 : rang + 4] if x.texte.strip()), "")
    if (
        (de := _MANDANT_DE.match(propre)) is not None
        and " à " not in propre
        and (a := _MANDATAIRE_A.match(suivante)) is not None
    ):
        etat.pouvoir_de = suivante
        mandant, _, fonction = propre[de.end() :].rpartition(",")
        if not mandant or not est_fonction(fonction):  # (« De M. X, Adjoint » : sa fonction ôtée)
            mandant = propre[de.end() :]
        return f"{mandant} à {suivante[a.end() :]}"
    return None


_FONCTION_PUIS_CIVILITES = re.compile(
    r"\b((?i:adjoints?|adjointes?|conseill[eè]re?s?(?:\s+municipa(?:ux|les?))?|maires?\s+adjoints?))\s+(Mesdames|Messieurs)\b"
)
# Mots qui ouvrent une phrase, jamais un nom (« Conformément à l'article … », « Avant d'ouvrir
# la séance … ») : ni mandant d'une forme brève « X à Y », ni suite d'un mandataire
_MOTS_DE_PHRASE = frozenset(
    (
        "conformement", "considerant", "vu", "apres", "avant", "attendu", "afin", "ainsi", "alors",
        "depuis", "pendant", "lors", "suite", "compte", "le", "la", "les", "il", "elle",
    )
)  # fmt: skip
def _sans_phrase_finale(texte: str) -> str:
    """« Zoé PETIT Jean RIVIERE Avant d'ouvrir la séance » : les noms, sans la phrase qui les
    suit (elle commence par un mot qui ouvre une phrase)."""
    mots = texte.split(" ")
    fin = next((i for i, m in enumerate(mots) if i > 0 and m[:1].isupper() and cle_texte(m) in _MOTS_DE_PHRASE), len(mots))
    return " ".join(mots[:fin])


# (suivie d'une autre personne ou d'une phrase, jamais d'une parenthèse qui la précise)
_PERSONNE_EN_TETE = re.compile(
    rf"(?:(?:{CIVILITE})\s+)?(?:[A-ZÉÈ][a-zéèëêïîôç]+(?:-[A-ZÉÈ][a-zéèëêïîôç]+)?\s+[A-ZÉÈÀÂ][A-ZÉÈÀÂÊÎÔÇ'’\-]+"
    # (« PERRIER Luc Le Maire ouvre la séance » : le NOM d'abord)
    r"|[A-ZÉÈÀÂ][A-ZÉÈÀÂÊÎÔÇ'’\-]+\s+[A-ZÉÈ][a-zéèëêïîôç]+(?:-[A-ZÉÈ][a-zéèëêïîôç]+)?)"
    r"(?=\s+[A-ZÉÈ][a-zéèëêïîôç])"
)
_FONCTION_EN_RUBRIQUE = re.compile(r"\s*([A-Za-zÀ-ÿ'’ \-]{3,40}?)\s*:\s+(?=\S)")
_MANDATAIRE_EN_PARENTHESE = re.compile(r"\(\s*[Mm]andataire\s*:\s*")
_COMMUNE_AVANT_LE_POUVOIR = re.compile(
    r"(?:^|(?<=;\s))(?!" + CIVILITE + r"\s)([A-ZÉÈÀÂÎÔÛÇ][\w'’\-]+(?:[\s\-][\w'’\-]+){0,4})\s+:\s+"
    r"(?=(?:" + CIVILITE + r"\s+)?[A-ZÉÈ][^:]*\b(?:pouvoir|procuration)\b)"
)


def _sans_communes_des_pouvoirs(etat: _Etat, n: int, texte: str) -> str:
    """« Berlats : Henri HUC ayant donné pouvoir à Anne BESSE. Giroussens : Rose ICHER … » :
    chaque commune ôtée devant le pouvoir de son délégué (nommée dans le rapport)."""
    texte = _POINT_AVANT_LIEU.sub(" ; ", texte)
    communes = [m.group(1) for m in _COMMUNE_AVANT_LE_POUVOIR.finditer(texte)]
    _groupe_lu(etat, n, " ; ".join(communes))
    return _COMMUNE_AVANT_LE_POUVOIR.sub("", texte)
_RANG_DE_POUVOIR = re.compile(r"\d{1,2}\s*[.)\-–]\s*(?=" + CIVILITE + r"\s+[A-ZÉÈ])")


_TITULAIRES_SEULS = re.compile(r"\s*(?:(?:delegues|conseillers|membres)\s+)?titulaires\s*:")


# « Vernoux ; Brives (M. TESSIER) ; Lavaur : (M. DUFOUR, Mme PICOT) » : une commune (mots en
# casse de titre, sans NOM en capitales ni civilité), puis ses délégués entre parenthèses
_COMMUNE_ET_SES_DELEGUES = re.compile(
    r"\s*(?P<lieu>(?!(?:M|Mme|Mlle|Monsieur|Madame|MM|Mmes)\b)[^\s():;,]+(?:\s+[^\s():;,]+){0,5})"
    r"\s*:?\s*(?:\((?P<delegues>[^()]{2,200})\))?\s*[.;]?\s*"
)
# un mot d'un nom de commune : en casse de titre (« Lons-le-Saunier », « L’Etoile »), ou un
# article, une préposition (« sur », « la ») ; jamais un NOM en capitales
_MOT_DE_COMMUNE_LISTEE = re.compile(
    r"(?:[LlDd]['’])?[A-ZÉÈÂÎÔ][a-zéèêëàâîïôûç'’]+(?:-(?:[a-zéè]+|[A-ZÉÈÂÎÔ][a-zéèêëàâîïôûç'’]+))*"
    r"|la|le|les|de|du|des|d['’]|l['’]|sur|sous|en|aux?|et|lès|lez"
)
# « Communauté de Communes des Deux Vallées : Arlanc ; … » : le groupe de communes membres qui
# ouvre la suite de la liste
_GROUPE_DE_COMMUNES_EN_TETE = re.compile(r"\s*((?:Communaut[ée]|Syndicat|Commune)\s[^:;()]{3,80}?)\s*:\s+(?=\S)")
_GROUPE_SUIVANT = re.compile(r"(?<=\.)\s+(?=(?:Communaut[ée]|Syndicat|Commune)\s[^:;()]{3,80}?\s*:\s)")


def _lieu_de_liste(lieu: str) -> bool:
    """Un nom de commune d'une liste : ses mots en casse de titre ou des articles (« Messia sur
    Sorne ») ; un mot seul en minuscules aussi (« trenal », une coquille)."""
    mots = lieu.split()
    if len(mots) == 1 and mots[0].isalpha() and mots[0].islower() and len(mots[0]) >= 4:
        return True
    # (après le premier mot, un mot en minuscules aussi : « Les deux Fays »)
    return _MOT_DE_COMMUNE_LISTEE.fullmatch(mots[0]) is not None and all(
        m.islower() or _MOT_DE_COMMUNE_LISTEE.fullmatch(m) for m in mots[1:]
    )


# « Pour la commune d'Arbois : Mme X présente, M. Y procuration à Mme X, M. Z présent. Pour la
# commune de Bray : … » : l'appel nominal, commune par commune, chaque élu suivi de son état
_APPEL_PAR_COMMUNE = re.compile(r"(?i:pour\s+la\s+commune\s+d(?:e\s+|['’]\s*|u\s+|es\s+))(?P<lieu>[^:]{2,60}?)\s*:\s*")
_ETAT_A_L_APPEL = re.compile(
    r"(?P<nom>.+?)\s+(?:(?P<present>pr[ée]sente?)|(?P<absent>absente?(?:\s+excus[ée]e?)?|excus[ée]e?)"
    r"|(?:procuration|pouvoir)\s+(?:à|a)\s+(?P<mandataire>.+?))\s*[.;]?\s*",
    re.I,
)


def _appel_par_commune(etat: _Etat, n: int, texte: str) -> bool:
    """L'appel nominal commune par commune ; faux si une entrée n'a pas la forme « élu état »."""
    lus: list[tuple[str, Elu, Elu | None, str]] = []
    groupes = [m for m in _APPEL_PAR_COMMUNE.split(texte)[1:]]
    if len(groupes) < 2:
        return False
    lieux = groupes[0::2]
    for entrees in groupes[1::2]:
        for entree in (e for e in entrees.split(",") if e.strip(" .")):
            etat_lu = _ETAT_A_L_APPEL.fullmatch(entree.strip())
            elu = lire_personne(etat_lu.group("nom")) if etat_lu else None
            if etat_lu is None or elu is None:
                return False
            mandataire = lire_personne(etat_lu.group("mandataire")) if etat_lu.group("mandataire") else None
            if etat_lu.group("mandataire") and mandataire is None:
                return False
            statut = "present" if etat_lu.group("present") else "absent" if etat_lu.group("absent") else "pouvoir"
            lus.append((statut, elu, mandataire, etat_lu.group("mandataire") or etat_lu.group("absent") or ""))
    _groupe_lu(etat, n, " ; ".join(lieu.strip() for lieu in lieux))
    for statut, elu, mandataire, texte_mandataire in lus:
        if statut == "present":
            etat.presents.append((n, elu))
        elif statut == "absent":
            etat.absents.append((n, elu, "xcus" in texte_mandataire))
        else:
            etat.procurations.append((n, elu, mandataire, texte_mandataire))
    return True


def _communes_representees(etat: _Etat, n: int, texte: str) -> bool:
    """« Délégués des Communes de : Vernoux ; Brives (M. TESSIER) ; Lavaur : (M. DUFOUR, Mme
    PICOT) » : les communes représentées, chacune avec ses délégués nommés entre parenthèses ou
    non ; les délégués nommés sont présents, les communes dites (leurs délégués non nommés).
    Faux si le texte n'est pas une telle liste (trois communes au moins)."""
    if etat.communes_listees and _GROUPE_SUIVANT.search(texte) is not None:
        # « … Nérac (M. X). Communauté de Communes du Haut Val : Auzon ; … » : groupe par groupe
        groupes = _GROUPE_SUIVANT.split(texte)
        return all([_communes_d_un_groupe(etat, n, g) for g in groupes])
    return _communes_d_un_groupe(etat, n, texte)


def _communes_d_un_groupe(etat: _Etat, n: int, texte: str) -> bool:
    """:func:`_communes_representees` pour un seul groupe de communes membres."""
    groupe = _GROUPE_DE_COMMUNES_EN_TETE.match(texte) if etat.communes_listees else None
    corps = texte[groupe.end() :] if groupe else texte
    morceaux = [m.strip(" .") for m in corps.split(";") if m.strip(" .")]
    lus = [_COMMUNE_ET_SES_DELEGUES.fullmatch(m) for m in morceaux]
    if (len(morceaux) < 3 and groupe is None) or any(lu is None or not _lieu_de_liste(lu.group("lieu")) for lu in lus):
        return False  # (après un groupe de communes membres, une liste coupée compte)
    lieux = [lu.group("lieu") for lu in lus if lu is not None]
    delegues = [lu.group("delegues") for lu in lus if lu is not None and lu.group("delegues")]
    _groupe_lu(etat, n, " ; ".join(([groupe.group(1)] if groupe else []) + lieux))
    sans = [lu.group("lieu") for lu in lus if lu is not None and not lu.group("delegues")]
    if sans:
        etat.presents_non_nommes = True
        etat.constat(
            "extrait.presents-non-nommes",
            Severite.AVERTISSEMENT,
            n,
            f"Communes représentées sans délégué nommé (« {' ; '.join(sans)[:120]} ») : leurs "
            "délégués présents ne sont pas nommés, ni comptés.",
        )
    etat.communes_listees = True
    if delegues:
        _contenu_section(etat, n, ", ".join(delegues))
    return True


_MEMBRE_EN_CAPITALES = re.compile(
    r"(?:COMMUNAUT[ÉE]\s+(?:DE\s+COMMUNES|D['’]\s*AGGLOM[ÉE]RATION|URBAINE)|SYNDICAT|COMMUNE|VILLE|M[ÉE]TROPOLE)"
    r"(?:\s+[A-ZÉÈÀÂÎÔÛÇ'’\-]+){1,10}"
)
_PREMIERE_PARENTHESE = re.compile(r"\([^()]*\)?")
_PARENTHESE_PUIS_NOM = re.compile(r"\)\s+(?=[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’\-]{2,}\b(?!\s*:))")
_NOM_COLLE_AU_PRENOM = re.compile(
    r"(?<=[A-ZÉÈ]{3})(?P<prenom>[A-ZÉÈ][a-zéèêëïîôç]+(?:-[A-ZÉÈ][a-zéèêëïîôç]+)?)(?=\s+[A-ZÉÈ]{2})"
)


def _prenom_decolle(trouve: re.Match[str]) -> str:
    prenom = trouve.group("prenom")
    return f", {prenom}" if prenom_usuel(prenom) else prenom


_REMARQUE_APRES_LE_NOM = re.compile(
    r"(?<=[A-ZÉÈ]{2})\s*:\s*(?P<remarque>[a-zéè][^:()]{2,60}?)\s+"
    r"(?=(?:qui\s+)?(?:donne|a\s+donn[ée])\s+(?:procuration|pouvoir))"
)


# « … Luc PETIT. Procès verbal Conseil Communautaire 24 septembre 2020 Présidé par … » (texte
# aplati) : le titre daté d'un procès-verbal, pris dans une liste
_TITRE_DATE_DANS_UNE_LISTE = re.compile(
    r"(?i:proc[èe]s[\s-]verbal|compte[\s-]rendu)\s+(?:(?i:du|de\s+la\s+s[ée]ance\s+du)\s+)?"
    r"(?i:conseil|comit[ée])[^.;:]{0,60}?\d{1,2}(?:er)?\s+[A-Za-zéûÉÛ]+\s+\d{4}"
)


_AUTOUR_D_UN_COMPTE_RENDU_CITE = re.compile(r"(?i:pr[ée]c[ée]dente?|approb|approuv|lecture|adopt|\d\s*/\s)")


def _date_d_un_titre_dans_la_liste(etat: _Etat, n: int, texte: str) -> None:
    """Le titre daté d'un procès-verbal pris dans une liste (texte aplati) : si sa date diffère de
    celle retenue, le désaccord est dit (:func:`_verifier_date`) ; elle n'est jamais retenue."""
    titre = _TITRE_DATE_DANS_UNE_LISTE.search(texte)
    if titre is None or _AUTOUR_D_UN_COMPTE_RENDU_CITE.search(texte, max(0, titre.start() - 40), titre.end() + 100):
        return  # (« 1/ Compte-rendu de la séance du … : lecture du compte-rendu de la précédente »)
    if (trouve := r.date_seance_fiable(titre.group(0))) is not None and trouve[0] != etat.date:
        etat.dates_ecartees.append((n, *trouve))  # (jamais retenue : dite, si elle diffère)


_AYANT_DONNE_SANS_MANDATAIRE = re.compile(
    r"\s*(?P<noms>[^:;]{3,200}?)\s+(?:ayant|qui\s+(?:ont|a|avaient|avait))\s+donn[ée]\s+(?:pouvoir|procuration)s?\s*\.?\s*"
)


def _contenu_section(etat: _Etat, n: int, texte: str) -> bool:
    """Une ligne de liste : des noms, des procurations ; faux si ce n'en est pas une."""
    assert etat.section is not None
    etat.depuis_liste = 0
    if etat.aplati and etat.date is not None and ("verbal" in texte or "ompte" in texte):
        _date_d_un_titre_dans_la_liste(etat, n, texte)
    if etat.section.nom == "presents" and "donn" in texte and (annonces := _AYANT_DONNE_SANS_MANDATAIRE.fullmatch(texte)):
        # « Présents : A, B. » ⏎ « M. X et Y ayant donné procuration » : des représentés dont le
        # mandataire n'est pas nommé (pas des présents ; dit à la construction)
        etat.section = r.Section("absents", "", True)
        mandants = decouper(annonces.group("noms"))
        return _contenu_section(etat, n, ", ".join(f"{nom} (a donné pouvoir)" for nom in mandants))
    if etat.section.nom == "presents" and " ; " in texte and _communes_representees(etat, n, texte):
        return True
    if ":" in texte and etat.section.nom in ("absents", "procurations") and _REMARQUE_APRES_LE_NOM.search(texte):
        # « X : retard en attendant donne procuration à Y » : la remarque entre parenthèses
        texte = _REMARQUE_APRES_LE_NOM.sub(r" (\g<remarque>) ", texte)
    if ") " in texte and ", " in texte and _PARENTHESE_PUIS_NOM.search(texte):
        # « PELLET (suppléant de Jean VIGNON) CAILLAT, DUMAS » : la virgule oubliée après la
        # parenthèse ; le NOM suivant est une autre personne
        texte = _PARENTHESE_PUIS_NOM.sub("), ", texte)
    if _NOM_COLLE_AU_PRENOM.search(texte):
        # « … par Jean-Michel FAUREMarc DUMAS, … » (la fin de ligne perdue par la copie) : le NOM,
        # puis le prénom usuel de la personne suivante
        texte = _NOM_COLLE_AU_PRENOM.sub(_prenom_decolle, texte)
    if (" CD " in texte or " CC " in texte or " CA " in texte or " CR " in texte) and (
        etiquettes := _ETIQUETTE_DE_GROUPE.findall(texte)
    ):
        # « Monsieur Paul X - CD 61 Monsieur Louis Y - CD 14 » : le conseil (départemental,
        # communautaire…) que chaque groupe de délégués représente, écrit après eux
        _groupe_lu(etat, n, " ; ".join(etiquettes))
        texte = _ETIQUETTE_DE_GROUPE.sub(", ", texte).strip(" ,")
    if (
        etat.section.nom == "presents"
        and _COMMUNE_INITIALE.match(texte)
        and (par_commune := pour_la_commune(texte)) is not None
        and _absents_du_groupe(etat, n, par_commune)
    ):
        return True
    fin_de_liste = False
    if etat.section.nom == "procurations" and (paire := _pouvoir_sur_deux_lignes(etat, n, texte)) is not None:
        if not paire:
            return True  # « A M. Y » : lu avec la ligne « De Mme X » qui le précède
        texte = paire
    if "(" in texte and (ouvertes := texte.count("(") - texte.count(")")) > 0 and texte.rstrip()[-1:] != "(":
        texte = texte.rstrip(" .;,") + ")" * ouvertes  # « … - Rose Hugon (pouvoir à Louis Carrel » : fermée
    if "andataire" in texte:
        texte = _MANDATAIRE_EN_PARENTHESE.sub("(pouvoir à ", texte)  # « M. X (mandataire : M. Y) »
    if "Mesdames" in texte or "Messieurs" in texte:
        # « …, Paul DAUMAS, Adjoints Mesdames et Messieurs Anne FOURNIER » : la fonction du groupe
        # qui finit, puis le groupe suivant
        texte = _FONCTION_PUIS_CIVILITES.sub(r"\1, \2", texte)
    if etat.section.nom == "procurations" and " : " in texte and _COMMUNE_AVANT_LE_POUVOIR.search(texte):
        texte = _sans_communes_des_pouvoirs(etat, n, texte)
    if etat.section.nom == "procurations" and texte[:1].isdigit() and (rang := _RANG_DE_POUVOIR.match(texte)):
        texte = texte[rang.end() :]  # « 1. Mme X donne pouvoir à M. Y. 2. … » : le premier numéro
    if finit_par_un(texte.rstrip(), _FINS_MAJORITE_FINALE):
        sans = _MAJORITE_FINALE.sub("", texte)  # « … et Mme Y formant la majorité des membres »
        fin_de_liste, texte = sans != texte, sans
    if "soit" in texte and (soit := _SOIT_N_FINAL.search(texte)) is not None:
        texte = _soit_n_final(etat, n, texte, soit)
    if (
        etat.section.nom in ("presents", "absents")
        and "," not in texte
        and (
            (separee := _liste_sans_separateur(texte)) is not None
            # « Paul ROUX Anne PETIT - Luc BLANC - Eve NOEL » : des tirets entre quelques noms
            or (" -" in texte and (separee := _liste_sans_separateur(_TIRET_ENTRE_NOMS.sub(" ", texte))) is not None)
        )
    ):
        texte = separee  # « Présents : Paul ROUX Anne PETIT Luc BLANC » (lignes aplaties)
        if etat.organe is not Organe.CONSEIL_MUNICIPAL and (delegues := _communes_en_colonne(texte)):
            texte = delegues  # « Paul ROUX VILLARD Anne PETIT VILLARD … » (tableau aplati)
            etat.constat(
                "extrait.communes-en-colonne",
                Severite.AVERTISSEMENT,
                n,
                "Délégués suivis de leur commune, sans séparateur (tableau aplati) : le NOM est lu "
                "jusqu'au premier mot en capitales, la suite comme la commune (qui se répète) ; un "
                "nom de deux mots sans trait d'union serait coupé.",
            )
        else:
            _noms_sans_separateur_douteux(etat, n, texte)
    if etat.aplati and texte[-1:].isdigit():
        texte = _PAGE_APRES_UN_NOM.sub(r"\1", texte)  # « - Didier CAMPISTRON 1 » : numéro de page
    if (
        etat.section.nom == "presents"
        and ")" in texte[-3:]
        and (fin := _POUVOIRS_EN_FIN_DE_LISTE.search(texte)) is not None
        # (« Mme X (pouvoir : M. Y) » : le mandataire de X seul, pas une liste de pouvoirs)
        and _MANDATAIRE_SEUL.fullmatch(fin.group("pouvoirs")) is None
    ):
        return _pouvoirs_en_fin_de_liste(etat, n, texte, fin)
    if "\t" in texte and etat.section.nom in ("presents", "absents", "suppleants"):
        texte = _lieux_apres_tabulation(texte)  # « M. Paul ROUX ⇥ Vaudrey » : l'élu, sa commune
    if etat.section.nom == "procurations" and _tableau_de_mandats(etat, n, texte):
        return True
    if etat.section.nom == "procurations" and _pouvoirs_en_colonnes(etat, n, texte):
        return True
    if ("\t" in texte or "   " in texte) and etat.section.nom == "procurations":
        texte = _A_ENTRE_CELLULES.sub(r" \1 ", texte)  # « Mme X ⇥ à ⇥ M. Y » : un pouvoir
        texte = _deux_cellules_de_pouvoir(texte)
    if (
        "   " in texte
        and not etat.aplati
        and etat.section.nom in ("presents", "absents")
        and len(communes := _COLONNES_DE_COMMUNES.split(texte.strip())) > 1
    ):
        # « LAGERON : M. A, M. B         POUGNE : M. C » (``pdftotext -layout`` : deux colonnes de
        # délégués groupés par commune, fusionnées ligne à ligne) : chaque commune lue à part
        return all([_contenu_section(etat, n, commune) for commune in communes])
    if (
        (" – " in texte or " - " in texte)
        and etat.section.nom in ("presents", "absents", "suppleants")
        and (par_tiret := _groupes_lieu_tiret(texte)) is not None
    ):
        # « Arlay – M. Henri BOYER, Mme Anne CLERC » (« Bléty – M. Paul DIDIER » à la suite,
        # texte aplati) : la commune puis un tiret devant ses délégués, lue comme « Arlay : … »
        return all([_contenu_section(etat, n, groupe) for groupe in par_tiret])
    if (
        (" – " in texte or " - " in texte)
        and etat.section.nom in ("presents", "absents", "suppleants")
        and (groupes := _groupes_de_lieux(texte)) is not None
    ):
        # « Vaudrey : Paul ROUX, Anne PETIT – La Loye : Luc BLANC » : chaque commune en casse
        # mixte devant ses délégués, les groupes séparés par un tiret ; chacun lu à part
        return all([_contenu_section(etat, n, groupe) for groupe in groupes])
    if "    " in texte and not etat.aplati and (cellules := _colonnes_de_noms(texte)) is not None:
        # « AUBRY Gérard      LAMBERT Sylvie », « X à Y      Z à W » : deux colonnes de la liste
        # fusionnées ligne à ligne, chacune lue à part
        for cellule in cellules:
            _contenu_section(etat, n, cellule)
        return True
    if ". M" in texte or ") M" in texte or texte[:1].isdigit():
        texte = _RANGS_DE_PERSONNES.sub(", ", texte).strip(" ,")  # « 1. M. X 2. Mme Y »
    if " - " in texte or " – " in texte:
        texte = _lieux_apres_tiret(texte)
    if " : " in texte and (lieu := _lieu_puis_delegues(etat, texte)) is not None:
        # « Camarès-le-Haut : Thierry BOYER (Vice-président), SOULIÉ Annie » : la commune en
        # casse mixte en tête de rangée, puis ses délégués
        _groupe_lu(etat, n, texte[: lieu].rstrip(" :"))
        texte = texte[lieu:]
    if "...." in texte and (conduite := _LIEU_A_POINTS_DE_CONDUITE.match(texte)) is not None:
        # « ARGENTAL ........ M. Pierre CHAVANNE, 1er Vice-Président » : le canton ou la
        # commune, des points de conduite, puis l'élu
        _groupe_lu(etat, n, conduite.group(1))
        texte = texte[conduite.end() :]
    if "ommunaut" in texte and (membres := list(_MEMBRE_INTERCOMMUNAL_PUIS_DELEGUES.finditer(texte))):
        # « Communauté de Communes Vire et Sorgue Mr BOREL, Mme FAVIER Communauté
        # d'Agglomération du Val Mme HAMON » : chaque collectivité membre, puis ses délégués
        _groupe_lu(etat, n, " ; ".join(m.group("lieu").strip() for m in membres))
        texte = _MEMBRE_INTERCOMMUNAL_PUIS_DELEGUES.sub(", ", texte).strip(" ,")
    if "ommune" in texte and (representants := list(_REPRESENTANT_LA_COMMUNE.finditer(texte))):
        # « Représentant la Commune de X : A, B. Représentant la Commune de Y : C » : les
        # délégués de chaque commune, une seule liste (le point entre deux groupes ne la finit pas)
        _groupe_lu(etat, n, " ; ".join(g.group("lieu").strip() for g in representants))
        texte = _REPRESENTANT_LA_COMMUNE.sub(", ", texte).strip(" ,")
    if etat.section.nom == "presents" and "ommune" in texte and (
        libelles := _COMMUNE_DE_DEUX_POINTS.findall(texte)
    ):
        # « Commune de Villers : Commune de Baulne : » (deux colonnes de communes réunies sur
        # une ligne) : des noms de groupes, jamais des présents
        _groupe_lu(etat, n, " ; ".join(x.strip() for x in libelles))
        texte = _COMMUNE_DE_DEUX_POINTS.sub(" ", texte).strip()
        if not texte:
            return True
    if (
        etat.section.nom == "presents"
        and " – " in texte
        and len(communes := _COMMUNE_DEUX_POINTS_LISTE.findall(texte)) >= 2
    ):
        # « AUBERGEAT : A, B – LA FAGE-HAUTE : – LESTARDS : C (suppléant de D) » : chaque
        # commune en capitales devant ses délégués (une commune sans présent suivie d'un tiret)
        _groupe_lu(etat, n, " ; ".join(c.strip() for c in communes))
        texte = _COMMUNE_DEUX_POINTS_LISTE.sub(", ", texte)
        texte = _VIRGULES_VIDES.sub(", ", texte).strip(" ,")
    if etat.section.nom == "presents" and _tous_sauf(etat, n, texte):
        return True
    if (
        etat.section.nom == "presents"
        and "(" in texte
        and (absence := _ABSENT_DANS_LES_PRESENTS.fullmatch(texte.strip(" ,;."))) is not None
    ):
        return _absent_dans_les_presents(etat, n, absence)
    if etat.section.nom == "autres" and "onvoc" in texte and r.convocation(texte, 2000) is not None:
        etat.section = None  # « Invités : M. X Date de convocation : … » : l'en-tête reprend
        _entete(etat, n, texte)
        return True
    if etat.section.nom == "autres":
        etat.constat(
            "extrait.non-membres",
            Severite.INFO,
            n,
            f"Personnes présentes sans être membres (non reprises) : « {texte.strip()[:80]} ».",
        )
        return True
    if _LISTE_VIDE.fullmatch(texte):
        return True  # « Absents : NEANT » : personne, et personne n'est lu
    if not fin_de_liste and _groupe(etat, n, texte):
        # (« RENAUDIN formant la majorité des membres en exercice. » : le dernier nom de la
        # liste renvoyé à la ligne, pas le nom d'une commune)
        return True
    if etat.section.nom == "procurations" and "pouvoir" in texte and _pouvoirs_en_flux(etat, n, texte):
        return True
    if (
        etat.section.nom in ("absents", "procurations")
        and " : " in texte
        and ("pouvoir" in texte or "procuration" in texte)
        and (communes := _COMMUNE_ENTRE_DEUX_POUVOIRS.findall(texte))
    ):
        # « ABSENTS : AUBIGNE : M. X pouvoir à M. Y MONTFERRIER : Mme Z pouvoir à M. W » : la
        # commune qui ouvre le groupe suivant finit le mandataire
        _groupe_lu(etat, n, " ; ".join(communes))
        _limites_douteuses(etat, n, (m.group(0).strip() for m in _NOM_PUIS_COMMUNE.finditer(texte)))
        texte = _COMMUNE_ENTRE_DEUX_POUVOIRS.sub(", ", texte)
    if (
        etat.section.nom in ("presents", "absents")
        and texte.count(" : ") >= 2
        and ". " in texte
        and _POINT_AVANT_LIEU.search(texte)
        and (par_lieu := _liste_par_lieu(etat, n, _POINT_AVANT_LIEU.sub(" ", texte).replace(" ; ", ", "))) is not None
    ):
        texte = par_lieu  # « Cuq : Paul ALBERT ; Lucie CAMBON. Fiac : Jean ESCANDE. » (aplati)
    if " et " in texte and etat.section.nom in ("presents", "absents") and (et_phrase := _ET_PUIS_UNE_PHRASE.search(texte)):
        # « Absent : Marc JOUFFROY et vérifié que le quorum était réuni, … » (aplati) : la phrase
        # reprend après le dernier nom ; elle est dite, la liste lue sans elle
        etat.constat(
            "extrait.ligne-non-comprise",
            Severite.AVERTISSEMENT,
            n,
            f"Ligne non comprise : « {texte[et_phrase.end() :][:100]} » (après la liste).",
        )
        texte = texte[: et_phrase.start()]
    if "ainsi que" in texte and etat.section.nom in ("presents", "absents"):
        # « Mesdames A et B ainsi que Messieurs C et D » (la suite parfois dans le morceau suivant)
        texte = _AINSI_QUE.sub(", ", texte).rstrip(", ")
    if "/ " in texte and etat.section.nom == "procurations":
        texte = _BARRE_ENTRE_POUVOIRS.sub(" ; ", texte)  # « Nina HUGUET à Paul ABADIE/ Jean IZARD à … »
    if "(excus" in texte and etat.section.nom in ("absents", "procurations"):
        # « HOLTZ Anna (excusée, pouvoir à Lise GERBER) » : représentée (l'excuse va de soi)
        texte = _EXCUSE_DANS_LA_PARENTHESE.sub("(", texte)
    if ". " in texte and etat.section.nom in ("presents", "absents"):
        texte = _POINT_AVANT_CIVILITE_PLURIELLE.sub(", ", texte)  # « … C. SAUZET. Messieurs B. ARNAUD »
    fin = _FIN_LISTE.search(texte) if etat.aplati else None
    if fin is None and etat.trop_de_personnes(n):
        return True
    if fin is not None:
        # « …, Mme DURAND. M BARDIN a été élu secrétaire… » : la liste finit au point
        section = etat.section
        if not _contenu_section(etat, n, texte[: fin.start()]):
            return False
        etat.section = None if etat.section is section else etat.section
        _traiter(etat, n, texte[fin.end() :])
        return True
    if etat.section.nom == "presents" and _titulaires_puis_suppleants(etat, n, texte):
        return True
    groupe = _GROUPE_EN_TETE.match(texte)
    if groupe and _groupe(etat, n, groupe.group(1)):
        texte = texte[groupe.end() :]
        if texte.count(" : ") >= 2:
            # (« ANGLARS : Alain MOREL BRIVES : Paul TESTU - … » : la première commune lue, la
            # suite est une liste par commune déjà commencée)
            etat.par_lieu = etat.section
        if ";" in texte and (suivantes := _COMMUNE_APRES_POINT_VIRGULE.findall(texte)):
            # « X : M. A ; SAINT-JEAN-DE-VERME : M. B, Mme C » : les communes suivantes du même
            # groupe de délégués, chacune en capitales après le point-virgule
            _groupe_lu(etat, n, " ; ".join(suivantes))
            texte = _COMMUNE_APRES_POINT_VIRGULE.sub(", ", texte)
    elif etat.section.nom in ("presents", "absents", "suppleants") and (
        mixte := _groupe_casse_mixte(texte)
    ):
        # « Brive-Ouest : Mme A, M. B » ; « Vaux : M. X (suppléant de M. Y) » sous « Délégués
        # suppléants présents avec voix délibérative : »
        _groupe_lu(etat, n, mixte.group(1))
        texte = texte[mixte.end() :]
    elif etat.section.nom in ("presents", "absents") and (college := _COLLEGE.match(texte)):
        _groupe_lu(etat, n, college.group(1))  # « Collège de la Communauté de communes X : M. A »
        texte = texte[college.end() :]
    procurations: list[tuple[int, Elu, Elu | None, str]] = []
    presents_avant: list[Elu] = []  # présents puis représentés à partir d'une heure
    personnes: list[Elu] = []
    civilite_pluriel: str | None = None
    dames: frozenset[str] | None = None  # les « Mme NOM » sans prénom de la liste (calculés au besoin)
    feminin_seul = False  # « Mesdames A, B » (pas « Mmes & MM. ») : la civilité est sûre
    hommes_nommes = False  # un groupe « MM. » / « Messieurs » déjà lu dans cette liste
    illisibles: list[str] = []
    excuses: set[str] = set()
    par_commune = pour_la_commune(texte) if "pour" in texte or _COMMUNE_INITIALE.match(texte) else None
    if par_commune is not None:
        _groupe_lu(etat, n, " ; ".join(par_commune[0]))
        texte = "; ".join(par_commune[1])  # « pour la commune de X : madame A monsieur B »
    elif etat.section.nom in ("presents", "absents") and (
        colonnes := _communes_puis_delegues(texte)
    ) is not None:
        _groupe_lu(etat, n, colonnes[0])
        texte = colonnes[1]
    elif (
        etat.section.nom in ("presents", "absents")
        and " : " in texte
        and (par_lieu := _liste_par_lieu(etat, n, texte)) is not None
    ):
        texte = par_lieu  # (avant les colonnes collées : « VAUDREY : M. A, Mme B LE PIN : M. C »)
    elif etat.section.nom in ("presents", "absents") and len(_DELEGUE_EN_COLONNE.findall(texte)) >= 2:
        texte = _delegues_en_colonne(etat, n, texte)
    elif etat.section.nom in ("presents", "absents") and (
        civilites := civilites_puis_lieux(texte)
    ) is not None:
        texte = _civilites_puis_lieux(etat, n, civilites)
    elif "om" in texte[:12].lower() and (tableau := tableau_noms_prenoms_lieux(texte)) is not None:
        texte = _civilites_puis_lieux(etat, n, tableau)  # « NOMS Prénoms Commune d origine X … »
    elif etat.section.nom in ("presents", "absents") and (
        apres_les_lieux := lieux_puis_delegues(texte, etat.section is etat.lieux_delegues)
    ) is not None:
        etat.lieux_delegues = etat.section  # (le morceau suivant peut continuer la liste)
        texte = _civilites_puis_lieux(etat, n, apres_les_lieux)  # « Agmé Paul X Beaupuy Anne Y (+pouvoir Z) … »
    tous_excuses = etat.section.nom == "absents" and (
        pluriel := _EXCUSES_EN_FIN_DE_LISTE.search(texte)
    ) is not None
    if tous_excuses and pluriel is not None:  # « Absents : X, Y (excusés) » : tous excusés
        texte = texte[: pluriel.start("fin")]
    if etat.section.nom == "absents" and "suppl" in texte:
        # « M. X (Commune), représenté par son suppléant, M. Y » : la commune et la virgule
        # ôtées, Y siège pour X (pas un pouvoir)
        texte = _VIRGULE_APRES_SUPPLEANT.sub(r"\1 ", _LIEU_AVANT_SUPPLEANT.sub("", texte))
        # « M. X (COMMUNE), représenté par son suppléant ; M. Y » : X reste excusé, son
        # suppléant est nommé ailleurs (parmi les présents)
        texte = _SUPPLEANT_NON_NOMME.sub("", texte)
        if "ne pouvant" in texte:
            texte = _sans_suppleant_empeche(etat, n, texte)
    if ("pouvoir" in texte or "procuration" in texte) and ("–" in texte or " -" in texte):
        texte = _TIRET_AVANT_POUVOIR.sub(", ", texte)  # « Mme X (Commune) – pouvoir à M. Y »
    if ("titulaire" in texte or "ppl" in texte) and " par " not in texte:
        # « Mme X, titulaire M. Y, suppléant. » : la qualité, puis la personne suivante (pas
        # « X représentée par M. Y, suppléant » : Y est le suppléant de X)
        texte = _QUALITE_PUIS_CIVILITE.sub(_qualite_du_delegue, texte)
    if "absence" in texte:  # « M. X, délégué suppléant, en l'absence de M. Y » : suppléant de Y
        texte = _SUPPLEANT_EN_L_ABSENCE.sub(r"\1 de ", texte)
    if etat.section.nom == "presents" and "(" in texte and ";" in texte:
        # « M. X (arrivé au point 3 ; son pouvoir à M. Y prend fin) » : le point-virgule de la
        # parenthèse ne sépare pas deux présents
        texte = _PARENTHESE_A_POINT_VIRGULE.sub(lambda m: m.group(0).replace(";", ","), texte)
    if etat.section.nom == "procurations" and (paires := r.paires_separees(texte)) is not None:
        # « Procurations : M. X – M. Y ; … », « X : Y » : le tiret ou les deux-points entre le
        # mandant et son mandataire (pas entre deux membres de la liste)
        texte = " ; ".join(f"{mandant} à {mandataire}" for mandant, mandataire in paires)
    if etat.aplati and ("éance" in texte or "éunion" in texte):
        texte = _sans_titre_courant(etat, n, texte)
    morceaux = _fonction_puis_parenthese(decouper(texte))
    if etat.section.nom in ("presents", "absents"):
        morceaux = _sans_lieux(etat, n, _sans_agents(etat, n, morceaux))
        if texte.count(".") >= 2:
            morceaux = _initiales_sans_separateur(morceaux)
    if etat.section.nom in ("presents", "absents") and (eclates := _noms_seuls_eclates(morceaux)) is not None:
        etat.constat(
            "extrait.nom-sans-separateur",
            Severite.AVERTISSEMENT,
            n,
            f"« {texte[:100]} » : NOM seuls en capitales dont des séparateurs manquent, chacun lu "
            "comme une personne ; un nom composé de deux mots se lirait autrement.",
        )
        morceaux = eclates
    initiales = _liste_a_initiales(morceaux)
    precedente: Elu | None = None  # la personne lue juste avant (sa fonction peut suivre)
    compte = len(procurations)
    for morceau in morceaux:
        # (vrai si le morceau précédent était un pouvoir : « X donne pouvoir à Y et Z à W »)
        pouvoir_avant, compte = len(procurations) > compte, len(procurations)
        if morceau[:4].isupper() and _MEMBRE_EN_CAPITALES.fullmatch(morceau.strip()):
            # « … DUMAS - COMMUNAUTE DE COMMUNES DU PAYS DE SOLAN MM. FAVRE » : le membre du
            # syndicat qui ouvre le groupe suivant de délégués, pas une personne
            _groupe_lu(etat, n, morceau.strip())
            continue
        if "...." in morceau and (inverse := _personne_a_points_de_conduite(morceau)) is not None:
            morceau = inverse  # « … - DUVAL Marc ........ BELLEVUE - … » (aplati) : l'élu, puis sa commune
        if etat.organe is not Organe.CONSEIL_MUNICIPAL and (membre := _membre_apres_le_nom(morceau)):
            morceau = membre  # « M. CAZES EPT du Val-Rouge » : le NOM, puis le membre représenté
        if ") " in morceau and (apres := _FONCTION_APRES_PARENTHESE.search(morceau)) and est_fonction(apres.group(1)):
            morceau = morceau[: apres.start()]  # « Hugo LEBRUN (jusqu'au R5 inclus) 4 ème Vice-président »
        if morceau[:1] in "PpVvCc" and (fonction_collee := _FONCTION_D_EPCI_COLLEE.match(morceau)):
            morceau = morceau[fonction_collee.end() :]
        if "par," in morceau:
            morceau = _PAR_VIRGULE.sub("par ", morceau)  # « X représenté par, M. Y » (recollé)
        if ":" in morceau and (rubrique := _FONCTION_EN_RUBRIQUE.match(morceau)) and est_fonction(rubrique.group(1)):
            morceau = morceau[rubrique.end() :]  # « Adjoints : Anne BASSET » : la rubrique, puis le nom
        elif (
            ":" in morceau
            and etat.organe is not Organe.CONSEIL_MUNICIPAL
            and (groupe := _COMMUNE_EN_RUBRIQUE.match(morceau)) is not None
        ):
            # « …, BARLY-LE-BOIS : Anne LEFEVRE, Jean PETIT » : la commune, puis ses délégués
            _groupe_lu(etat, n, groupe.group(1))
            morceau = morceau[groupe.end() :]
        if "h" in morceau:
            morceau = _sans_heures_de_liste(morceau)
            if not morceau:
                continue  # « A partir de 18h50, Mme X » : l'heure seule, coupée à la virgule
        if (
            precedente is not None
            and etat.section.nom == "presents"
            and (qualite := _QUALITE_DE_SUPPLEANT.match(morceau)) is not None
            and (titulaire := lire_personne(qualite.group("titulaire"))) is not None
        ):
            # « M. X, délégué suppléant de M. Y » : X siège pour Y
            personnes.remove(precedente)
            etat.suppleances.append((n, precedente, titulaire))
            precedente = None
            continue
        if etat.section.nom == "procurations" and personnes:
            fonction_avant = _FONCTION_PUIS_POUVOIR.match(morceau)
            if fonction_avant is not None and est_fonction(fonction_avant.group(1)):
                morceau = morceau[fonction_avant.end() :]
            fonction_a = _FONCTION_PUIS_A.match(morceau) if "à" in morceau else None
            if fonction_a is not None and est_fonction(fonction_a.group(1)):
                # « Mme X, Vice-présidente, à M. Y » : le mandant est nommé avant sa fonction
                morceau = f"{personnes.pop()} {morceau[fonction_a.end() :].strip()}"
            if _POUVOIR_SANS_MANDANT.match(morceau):
                # « M. X, 3ème Vice-Président, a donné pouvoir à M. le Président » : le mandant
                # est la personne nommée avant sa fonction
                morceau = f"{personnes.pop()} {morceau.strip()}"
        if (
            precedente is not None
            and etat.section.nom == "presents"
            and precedente in personnes
            and "uppl" in morceau
            and _suppleant_present(etat, n, precedente, morceau)
        ):
            personnes.remove(precedente)  # « Mme X, déléguée suppléante, M. Y » : X est suppléante
            precedente = None
            continue
        if (fonctions := _fonctions_seules(morceau)) is not None:
            # (« Mme X, conseillère, doyenne de l'assemblée » : deux qualités à la suite)
            # (la personne reste la précédente : « Mme X, Maire de Meria, Déléguée suppléante »)
            for fonction in fonctions:
                if precedente is not None:
                    _fonction_d_un_present(etat, precedente, fonction)
            continue

        precedente = None
        if etat.section.nom == "absents" and "non" in morceau and (non := _NON_EXCUSE.search(morceau)):
            morceau = morceau[: non.start()]  # « Mme X, absente non excusée » : absente
        elif etat.section.nom in ("absents", "procurations") and (
            qualite := _QUALITE_D_ABSENCE.search(morceau)
        ) is not None:
            # « Mme X, excusée, pouvoir à M. Y », « M. Z, absent » (colonne d'un tableau)
            suite = morceau[qualite.end() :].strip()
            excuse = qualite.group(1).lower().startswith("excus")
            morceau = morceau[: qualite.start()] + (
                f", {suite}" if suite else (f" ({qualite.group(1)})" if excuse else "")
            )
        if etat.section.nom == "absents" and _PAR_SON_SUPPLEANT_SEUL.fullmatch(morceau):
            continue  # « M. X, représenté par son suppléant » : X reste excusé (suppléant nommé ailleurs)
        if etat.section.nom == "absents" and ("rempla" in morceau or "suppl" in morceau):
            # « M. X (commune), remplacé par sa suppléante » : l'excusé ; sa suppléante est
            # nommée ailleurs (« Mme Y (suppléante de M. X) » parmi les présents)
            morceau = _REMPLACE_PAR_SON_SUPPLEANT.sub("", morceau)
        if (
            ("ppl" in morceau or "titul" in morceau)
            and (de_lieu := _SUPPLEANT_D_UN_LIEU.fullmatch(morceau)) is not None
            and not prenom_usuel(de_lieu.group("lieu"))  # (« suppléant de Jean Dupont » : une personne)
        ):
            # « Excusés : …, Anne LEBLANC, suppléante de Vauxmont, … » : la qualité et sa
            # commune, pas le titulaire remplacé (dites, non reprises)
            etat.constat(
                "extrait.precision-ignoree",
                Severite.INFO,
                n,
                f"« {morceau.strip()[:100]} » : la qualité de délégué d'une commune n'est pas reprise.",
            )
            morceau = de_lieu.group("personne")
        if (
            (
                contient_un(minuscules_meme_longueur(morceau), _MOTS_SUPPLEANT)
                and _MOT_SUPPLEANT.search(morceau)
            )
            or etat.section.nom == "suppleants"
        ) and _suppleance(etat, n, morceau):
            continue
        if (
            etat.section.nom == "presents"
            and "(" in morceau
            and (mouvement_pouvoir := _MOUVEMENT_PUIS_POUVOIR.fullmatch(morceau)) is not None
            and (present := _personne_liste(mouvement_pouvoir.group("nom"), initiales)) is not None
        ):
            # « Mme X (partie après le point 4, pouvoir à Mme Y) », « M. X (arrivé au point 3 ;
            # son pouvoir à M. Y prend fin à son arrivée) » : présent, son mouvement et son pouvoir
            personnes.append(present)
            _precision(etat, n, present, mouvement_pouvoir.group("mouvement"))
            qui = mouvement_pouvoir.group("qui").strip()
            procurations.append((n, present, _personne_liste(qui, initiales), qui))
            continue
        heure = _HEURE_PARENTHESE.search(morceau) if "(" in morceau else None
        jusqu_a = heure is not None and "jusqu" in heure.group(0).lower()
        morceau, heures = _HEURE_PARENTHESE.subn("(", morceau)  # « (jusqu'à 11 h 50 - … »
        milieu = _PARENTHESE_AVANT_A.match(morceau) if "(" in morceau else None
        if (
            milieu is not None
            and etat.section.nom == "absents"
            and ("pouvoir" in milieu.group("suite") or "procuration" in milieu.group("suite"))
        ):
            # « Excusés : M. X (commune) pouvoir à M. Y » : une procuration dans la liste
            proc_absent = r.procuration(f"{milieu.group('mandant')} {milieu.group('suite')}")
            mandant_absent = _personne_liste(proc_absent[0], initiales) if proc_absent else None
            if proc_absent is not None and mandant_absent is not None:
                texte_y = proc_absent[1].strip()
                procurations.append((n, mandant_absent, _personne_liste(texte_y, initiales), texte_y))
                _precision(etat, n, mandant_absent, milieu.group("precision"))
                continue
        if milieu is not None and etat.section.nom == "procurations":
            # « X (arrivé à la question 3) à Y », « X (commune) donne pouvoir à Y » : la
            # précision entre le mandant et « à »
            morceau = f"{milieu.group('mandant')} {milieu.group('suite')}"
        if (successifs := _pouvoirs_successifs(morceau)) is not None:
            procurations.extend((n, m, y, texte_y) for m, y, texte_y in successifs)
            if _A_PARTIR_DE.search(morceau[morceau.find("(") :].split(",")[0]):
                presents_avant.append(successifs[0][0])  # présent jusqu'à l'heure du pouvoir
            continue
        commune = _SECONDE_PARENTHESE.search(morceau) if morceau.endswith(")") and "pouvoir" in morceau else None
        if commune is not None and (proc := r.procuration(morceau[: commune.start()])) is not None:
            # « … à M. PIN (à partir du point 18) (Saint-Julien) » : la commune, après la portée
            morceau = morceau[: commune.start()]
        else:
            # (« X (+ pouvoir Y à compter du dossier 3) » : un pouvoir reçu, lu avec la précision)
            commune, proc = None, None if "(+" in morceau else r.procuration(morceau)
        if proc is None and (etat.section.nom == "procurations" or pouvoir_avant) and "(+" not in morceau:
            proc = r.procuration_courte(morceau)  # (après un pouvoir : le verbe sous-entendu)
            if proc is not None and cle_texte(proc[0].split(" ", 1)[0]) in _MOTS_DE_PHRASE:
                # « …, Conformément à l'article L2121-15, le Conseil désigne X » : une phrase
                proc = None
        if (
            proc is not None
            and "(" in proc[0]
            and (parenthese_du_mandant := _PREMIERE_PARENTHESE.search(morceau)) is not None
            and any(m in parenthese_du_mandant.group(0) for m in ("pouvoir", "procuration"))
            and _personne_liste(proc[0], initiales) is None
            and _personne_liste(morceau[: morceau.index("(")], initiales) is not None
        ):
            # « M. X (est arrivé à 19 h 10 et a donné pouvoir à Mme Y) », « Mme X (donnera peut-être
            # pouvoir à M. Y) » : une précision que le pouvoir ne lit pas ; la personne est lue, la
            # précision dite (la liste continue)
            proc = None
        if proc is not None:
            mandant = _personne_liste(proc[0], initiales) or _mandant_precise(etat, n, proc[0], initiales)
            if mandant is None:
                return False
            mandataire_texte = _HEURE.sub(" ", proc[1]).strip()
            if "pouvoir" in mandataire_texte or "procuration" in mandataire_texte:
                mandataire_texte = _FORMULE_DE_POUVOIR_REPETEE.sub("", mandataire_texte)
            if mandataire_texte[:6] == "partir" and (tete := _PORTEE_EN_TETE.match(mandataire_texte)):
                # « X a donné pouvoir à partir du point 3 à Y » : la portée avant le mandataire
                _procuration_partielle(etat, n, mandant, f"à {tete.group(1)}")
                mandataire_texte = mandataire_texte[tete.end() :]
            if (
                mandataire_texte.endswith(")")
                or "partir" in mandataire_texte
                or "jusqu" in mandataire_texte
                or "part" in mandataire_texte  # « à compter de son départ »
            ) and (portee := _PORTEE_DU_POUVOIR.search(mandataire_texte)):
                mandataire_texte = mandataire_texte[: portee.start()]
                _procuration_partielle(etat, n, mandant, next(g for g in portee.groups() if g))
            mandataire = _personne_liste(mandataire_texte, initiales)
            if mandataire is None and (tete := _PERSONNE_EN_TETE.match(mandataire_texte)) is not None:
                # « … à Rémi DUFOUR Zoé PETIT Jean RIVIERE Avant d'ouvrir la séance » (aplati) :
                # le mandataire, puis la suite de la liste, lue à part
                mandataire = _personne_liste(tete.group(0), initiales)
                suite = mandataire_texte[tete.end() :].strip()
                noms = _sans_phrase_finale(suite)
                morceaux.extend((_liste_sans_separateur(noms) or noms).split(", "))
                if (phrase := suite[len(noms) :].strip()):
                    etat.constat(
                        "extrait.ligne-non-comprise",
                        Severite.AVERTISSEMENT,
                        n,
                        f"Ligne non comprise : « {phrase[:100]} » (après la liste).",
                    )
                mandataire_texte = tete.group(0)
            procurations.append((n, mandant, mandataire, mandataire_texte))
            if (
                etat.section.nom == "presents"
                or ("pouvoir" not in morceau and "procuration" not in morceau)  # (« Titulaires représentés : »)
            ) and _REPRESENTE_PAR.search(morceau):
                etat.procurations_des_presents.add(id(mandant))  # « X représentée par Y »
            if commune is not None:
                _precision(etat, n, mandant, commune.group(1))
            if milieu is not None and etat.section.nom == "procurations":
                _precision(etat, n, mandant, milieu.group("precision"))
            if heures and etat.section.nom == "presents":
                personnes.append(mandant)  # présent jusqu'à l'heure dite, représenté ensuite
            elif jusqu_a and etat.section.nom == "absents":
                # « Absents excusés : X (jusqu'à 21 h 30 - délégation de vote à Y) » : présent
                # jusqu'à l'heure dite, représenté ensuite
                presents_avant.append(mandant)
            elif _A_PARTIR_DE.search(proc[1]) and etat.section.nom != "presents":
                presents_avant.append(mandant)  # « (pouvoir à X à partir de 11 H 00) »
            continue
        if "donn" in morceau and (annonce := _POUVOIR_ANNONCE.fullmatch(morceau)) is not None:
            if etat.section.nom == "absents":
                # « Excusés : Mme X, qui a donné pouvoir ; » : représentée, comme « Mme X (a donné
                # pouvoir) » ; le mandataire non nommé est dit à la construction
                morceau = f"{annonce.group('nom').strip()} (a donné pouvoir)"
            else:
                morceau = _pouvoir_sans_mandataire(etat, n, annonce)
        if "sans" in morceau and (sans_pouvoir := _SANS_POUVOIR_FINAL.search(morceau)) is not None:
            morceau = f"{morceau[: sans_pouvoir.start()]} ({sans_pouvoir.group(1)})"  # « M. X sans pouvoir »
        arrivee = _JUSQU_A_SON_ARRIVEE.search(morceau) if "jusqu" in morceau else None
        if arrivee is not None:
            morceau = morceau[: arrivee.start()]  # « M. X 1er Adjoint jusqu'à son arrivée à … »
        morceau = _FONCTION_DE_COMMUNE.sub("", _QUALITE_FIN.sub("", morceau))
        if arrivee is not None:
            morceau = f"{morceau} (à partir de la {arrivee['quoi'].lower()} {arrivee['numero']})"
        if morceau[:1] in "AaCcMm" and (tete := _FONCTION_CLOSE_COLLEE.match(morceau)) is not None:
            morceau = morceau[tete.end() :]  # « …, Marc DORAT, Adjoints Julie FABRE, … » (aplati)
        if ("–" in morceau or " - " in morceau) and (tiret := _MOUVEMENT_APRES_TIRET.search(morceau)):
            # « M. X (Commune) – rejoint la séance au point 3 » : le mouvement entre parenthèses
            morceau = f"{morceau[: tiret.start()]} ({tiret.group(1)})"
        mvt_texte = None
        parenthese = _PARENTHESE_FINALE.search(morceau)
        if parenthese:
            mvt_texte = parenthese.group(1)
            morceau = morceau[: parenthese.start()].strip()
            if (
                morceau.endswith(")")
                and (avant := _PARENTHESE_FINALE.search(morceau)) is not None
                and (
                    r.mouvement(f"X {mvt_texte}") is not None
                    or _MOUVEMENT_A_L_HEURE.match(mvt_texte) is not None
                )
            ):
                morceau = morceau[: avant.start()].strip()  # « X (Commune) (arrivé au point 4) »
        if (
            contient_un(morceau, _MOTS_DE_COMMUNE)
            and (de_commune := _DE_COMMUNE.match(morceau)) is not None
            and etat.organe is not Organe.CONSEIL_MUNICIPAL
            and not _PRENOM_SEUL_AVANT_LA_COMMUNE.fullmatch(de_commune.group("personne"))
            # (« Hélène VAN de MEULEN » : « de » suit une particule, il est du nom)
            and _PARTICULE_FINALE.search(de_commune.group("personne")) is None
        ):
            # (un conseiller municipal ne représente pas une commune : « Sandrine LE PAGE de
            # KERLIVIO » est un nom à particule ; « Mme Claire de VILLENEUVE-BARGEMON » aussi :
            # avant « de », un prénom seul, sans NOM)
            _commune_du_delegue(etat, n, morceau, de_commune.group("personne"))
            morceau = de_commune.group("personne")
        pluriel = _CIVILITE_PLURIEL.match(morceau)
        distribuee = False  # civilité plurielle : aide à lire le nom, jamais donnée à la personne
        if pluriel:
            hommes_nommes = hommes_nommes or (civilite_pluriel or "").lower().startswith(("mm", "mes"))
            civilite_pluriel, distribuee = pluriel.group(1), True
            feminin_seul = _FEMININ_PLURIEL.fullmatch(pluriel.group(0)) is not None
            morceau = f"{pluriel.group(1)} {morceau[pluriel.end() :]}"
        elif civilite_pluriel and not _CIVILITE_SEULE.match(morceau.upper()):
            morceau, distribuee = f"{civilite_pluriel} {morceau}", True
        if (
            etat.section.nom == "presents"
            and morceau[-1:] in "tTeEsS"
            and (etat_final := _ETAT_FINAL.fullmatch(morceau))
            and (absent := lire_personne(etat_final.group("nom"))) is not None
        ):
            # « Paul TESSIER Absent » (tableau de présence aplati, la colonne de l'état collée au
            # nom) : un absent, pas un présent nommé « TESSIER Absent »
            etat.absents.append((n, absent, etat_final.group("etat")[:1] in "eE"))
            continue
        if _CIVILITES_PLURIEL_SEULES.fullmatch(morceau):
            civilite_pluriel, feminin_seul = "MM.", False
            continue
        initiale_m = (
            _personne_liste(morceau, True)
            if initiales or _m_initiale_chez_les_femmes(civilite_pluriel, hommes_nommes, morceau, morceaux)
            else None
        )
        trouvees = [initiale_m] if initiale_m is not None else lire_personnes(morceau)
        if len(trouvees) == 1 and trouvees[0].prenom is not None and (deux_noms := _deux_noms_sans_virgule(morceau, morceaux)):
            trouvees = [Elu(nom=" ".join(deux_noms), civilite=trouvees[0].civilite)]
            etat.constat(
                "extrait.nom-ambigu",
                Severite.AVERTISSEMENT,
                n,
                f"« {morceau[:100]} » : deux NOM en capitales sans virgule dans une liste de noms "
                "seuls ; lu comme un nom composé (sans prénom), ce peut être deux personnes.",
            )
        if len(trouvees) >= 4 and "," not in morceau and all(e.prenom is None and " " not in e.nom for e in trouvees):
            etat.constat(
                "extrait.nom-sans-separateur",
                Severite.AVERTISSEMENT,
                n,
                f"« {morceau[:100]} » : NOM en capitales sans séparateur, chacun lu comme une "
                "personne ; un nom composé de deux mots se lirait autrement.",
            )
        if not trouvees:
            if (mvt := r.mouvement(morceau)) is not None and lire_personne(mvt.qui):
                # « Mme X quitte la séance après le point 2 », phrase collée à la liste
                etat.mouvements.append((n, mvt))
            else:
                illisibles.append(morceau)
            continue
        for p in trouvees:
            # « Présents : MM. A, B » nomme des femmes et des hommes : civilité inconnue
            # (« Mesdames A, B » ne nomme que des femmes : la civilité est sûre)
            if distribuee and not feminin_seul:
                dames = _dames_sans_prenom(morceaux) if dames is None else dames
                p = attrs.evolve(p, civilite=_civilite_des_messieurs(p, civilite_pluriel, dames))
            if (
                mvt_texte
                and etat.section.nom == "presents"
                and _suppleant_present(etat, n, p, mvt_texte)
            ):
                continue
            personnes.append(p)
            precedente = p if len(trouvees) == 1 else None
            if not mvt_texte:
                continue
            if etat.section.nom in ("absents", "procurations") and _EXCUSE_SEUL.fullmatch(mvt_texte):
                excuses.add(p.cle)  # « Absent non représenté : X (excusée) », « … M. X, excusé. »
            elif (
                (etat.section.nom in ("absents", "procurations") or etat.section.representes)
                and len(trouvees) == 1
                and _POUVOIR_SANS_MANDATAIRE.fullmatch(mvt_texte)
            ):
                # (« Présents ou représentés : …, X (procuration), … » : X est représentée)
                personnes.pop()  # représentée : le mandataire manquant est dit à la construction
                procurations.append((n, p, None, mvt_texte))
            elif (
                etat.section.nom in ("presents", "procurations")
                and len(trouvees) == 1
                and (mandant := _pouvoir_de(mvt_texte)) is not None
            ):
                if etat.section.nom == "procurations":
                    personnes.pop()  # « Pouvoirs : M. Y (pouvoir de Mme X) » : Y est le mandataire
                procurations.append((n, mandant, p, str(p)))  # « X, Maire (pouvoir de Y) »
                if (portee := _POUVOIR_DE.fullmatch(mvt_texte)) is not None and portee.group("portee"):
                    _procuration_partielle(etat, n, mandant, portee.group("portee").strip())
            elif (
                etat.section.nom == "procurations"
                and len(trouvees) == 1
                and (mandataire := _mandataire_entre_parentheses(mvt_texte)) is not None
            ):
                personnes.pop()  # « Absente ayant donné procuration : X (à Y) »
                procurations.append((n, p, mandataire, mvt_texte))
            else:
                _precision(etat, n, p, mvt_texte)
    if illisibles and not procurations and not personnes:
        return False
    for morceau in illisibles:
        etat.constat(
            "extrait.nom-illisible",
            Severite.AVERTISSEMENT,
            n,
            f"« {morceau[:80]} » n'est pas lu comme un nom : la liste peut être incomplète.",
        )
    etat.procurations.extend(procurations)
    deja = {e.cle for _, e in etat.presents} if presents_avant else set()
    etat.presents.extend((n, p) for p in presents_avant if p.cle not in deja)
    if etat.section.excuses and etat.section.nom == "procurations":
        etat.mandants_excuses.update(m.cle for _, m, _, _ in procurations)
    elif etat.section.excuses and etat.section.nom == "absents":
        etat.mandants_des_excuses.update(m.cle for _, m, _, _ in procurations)
    for p in personnes:
        if etat.section.nom == "presents":
            etat.presents.append((n, p))
        elif etat.section.nom == "absents":
            etat.absents.append((n, p, etat.section.excuses or tous_excuses or p.cle in excuses))
        elif p.cle in excuses or etat.section.excuses:
            # « Pouvoirs : … » puis « M. X, excusé. » : pas un pouvoir ; « Excusés / Pouvoirs :
            # X (pouvoir à Y), Z » : Z, sans mandataire, est un excusé de la rubrique commune
            etat.absents.append((n, p, True))
            if not procurations and p.cle not in excuses:
                # « Étaient excusés et représentés : Mme X, M. Y » (aucun mandataire nommé dans
                # la liste) : représentés, par qui le document ne le dit pas
                etat.sans_mandataire.append((n, p))
        else:
            etat.sans_mandataire.append((n, p))  # (dit à la fin, si rien ne nomme son mandataire)
            etat.absents.append((n, p, False))
    return True


def _procurations_sans_mandataire(etat: _Etat) -> None:
    """« Procurations : M. X » sans mandataire : dit, sauf si une autre rubrique nomme le
    mandataire (« Mandataires : M. Y mandataire de M. X »)."""
    completes = {m.cle for _, m, mandataire, _ in etat.procurations if mandataire is not None}
    for n, p in etat.sans_mandataire:
        if p.cle not in completes:
            etat.constat(
                "extrait.procuration-incomplete",
                Severite.AVERTISSEMENT,
                n,
                f"{p} figure parmi les procurations sans mandataire lisible.",
            )


# « Mme X, qui a donné pouvoir ; » : un pouvoir annoncé dans une phrase de la liste, dont le
# mandataire n'est pas nommé ; parmi les absents, elle est représentée comme « Mme X (a donné
# pouvoir) » (_POUVOIR_SANS_MANDATAIRE), ailleurs lue avec un constat
_POUVOIR_ANNONCE = re.compile(
    r"(?P<nom>[^,()]+?)\s*,?\s+(?:qui\s+)?(?:a|avait|ayant)\s+donn[ée]\s+"
    r"(?:pouvoir|procuration|mandat|d[ée]l[ée]gation(?:\s+de\s+vote)?)\s*[.;]?",
    re.IGNORECASE,
)


def _pouvoir_sans_mandataire(etat: _Etat, n: int, sans: re.Match[str]) -> str:
    """Le nom du mandant, lu comme les autres membres de la liste (excusé ou absent) ; le
    pouvoir, que le modèle ne porte pas sans mandataire, est signalé."""
    nom = sans.group("nom").strip()
    etat.constat(
        "extrait.mandataire-inconnu",
        Severite.ERREUR,
        n,
        f"Procuration de {nom} : le document ne nomme pas le mandataire (« {sans.group(0).strip()[:80]} ») ; "
        "lu sans procuration, le décompte des votants est à vérifier.",
    )
    return nom


# « (suppléant et non votant) », « (suppléante, votante) », « (suppléant) » après un présent
_SUPPLEANT_PRECISION = re.compile(
    r"(?:(?:delegue|conseiller|conseillere|membre)e?\s+)?"  # « (déléguée suppléante) »
    r"suppleante?(?:\s*(?:et|,)?\s*(?P<non>non[\s-]*)?votante?)?"
)


# « Castelbrac », « Vernouillet-sur-Lède », « Saint-Aubin » : un lieu d'un seul tenant (pas
# « Jean Dupont », deux mots à majuscule)
_COMMUNE_SEULE = re.compile(r"[A-ZÉÈÎÔ][a-zéèêëîïôûüç'’]+(?:-(?:sur|sous|en|le|la|les|lès|de|du|des|d'|[A-ZÉÈ][a-zéèêëîïôûüç'’]+))*")


def _suppleant_present(etat: _Etat, n: int, p: Elu, precision: str) -> bool:
    """Un suppléant nommé parmi les présents : « non votant », il ne siège pas (ni présent ni
    absent) ; sinon il siège comme suppléant d'un titulaire non nommé."""
    trouve = _SUPPLEANT_PRECISION.fullmatch(cle_texte(precision)) if len(precision) < 60 else None
    if trouve is None:
        return False
    if trouve.group("non"):
        etat.constat(
            "extrait.suppleant-non-votant",
            Severite.INFO,
            n,
            f"{p}, suppléant non votant, ne siège pas : ni présent ni absent.",
        )
    else:
        etat.suppleances.append((n, p, None))
    return True


_EXCUSE_SEUL = re.compile(r"\s*(?:absente?s?\s+)?excus[ée]e?s?\s*", re.I)  # « (absent excusé) »
# « Excusés : Mme X pouvoir à Mme Y M. Z sans pouvoir » : absent, et aucun pouvoir donné
_SANS_POUVOIR = r"sans\s+(?:pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?)"
_SANS_POUVOIR_FINAL = re.compile(rf"\s*[,–-]?\s*\(?({_SANS_POUVOIR})\)?\s*\.?$", re.I)
_SANS_POUVOIR_SEUL = re.compile(rf"\s*(?:excus[ée]e?s?\s*,?\s*)?{_SANS_POUVOIR}\s*", re.I)
# « Excusés : Mme X (pouvoir), M. Y » : X a donné pouvoir, à qui, le document ne le dit pas
_POUVOIR_SANS_MANDATAIRE = re.compile(
    r"\s*(?:excus[ée]e?\s*,?\s*)?(?:(?:a|ayant)\s+donn[ée]\s+)?(?:pouvoir|procuration)\s*", re.I
)
# « Absents : M. X, Mme Y (excusés) », « … et Mme Y, excusés. » : le pluriel qui clôt une liste
# d'au moins deux noms les dit tous excusés
_EXCUSES_EN_FIN_DE_LISTE = re.compile(
    r"(?<=\S)(?:,|\s+et)\s+[^,()]+?(?P<fin>\s*(?:,\s*|\(\s*)excus[ée]e?s\s*\)?\s*\.?\s*)$", re.I
)
# « (pouvoir de Y) », « (procuration de Y, Maire) » : le mandant après le nom du mandataire
_POUVOIR_DE = re.compile(
    # (« (+ pouvoir Pascal X) », « (+pouvoir de Y) » : le pouvoir reçu, en plus)
    r"\s*(?P<plus>\+\s*(?=(?i:pouvoirs?|procurations?)\s+(?!(?i:à|a)\s)))?"
    r"(?i:ayant\s+(?:re[çc]u\s+)?(?:la\s+|le\s+)?)?"  # « (ayant la procuration de Y) »
    r"(?i:porteu(?:r|se)\s+(?:du\s+|de\s+la\s+))?"  # « (porteur du pouvoir de Y) »
    r"(?i:pouvoirs?|procurations?|d[ée]l[ée]gations?(?:\s+de\s+vote)?)\s+(?(plus)(?i:de\s+|d')?|(?i:de\s+|d'))\s*"
    r"(?P<mandant>(?i:(?:monsieur|madame|mademoiselle|mme|mlle|m\.|mr)\s+)?[A-ZÉÈÀÂÎÔÛÇ][^,()]{2,79}?)"
    r"\s*(?:,\s*(?P<fonction>[^,()]{2,60}))?"
    # (« + pouvoir Éric X à compter du dossier 4 » : la portée du pouvoir)
    r"(?P<portee>\s+(?:à|a)\s+(?:compter|partir)\s+d(?:u|e\s+la|e\s+l')\s+[^,()]{1,40})?\s*"
)


_A_MANDATAIRE = re.compile(
    # (« M. Noé X (pouvoir Paul Y) » sous « ABSENTS AVEC POUVOIR : » : « pouvoir », sans « à »)
    r"\s*(?i:à|a|au\s+profit\s+de|donn[ée]e?\s+à|(?:pouvoir|procuration)(?:\s+(?:donn[ée]e?\s+)?à)?)\s+(?P<qui>[^()]{3,80}?)\s*"
)


def _mandataire_entre_parentheses(texte: str) -> Elu | None:
    """« (à M. Y) » après un nom, dans une liste de procurations : le mandataire."""
    trouve = _A_MANDATAIRE.fullmatch(texte) if len(texte) <= 100 else None
    return lire_personne(trouve.group("qui")) if trouve is not None else None


def _pouvoir_de(texte: str) -> Elu | None:
    """Le mandant d'une précision « pouvoir de Y » (suivi ou non de sa fonction) ; ``None``
    si la précision n'a pas cette forme ou si le mandant n'est pas lu comme une personne."""
    trouve = _POUVOIR_DE.fullmatch(texte) if len(texte) <= 200 else None
    if trouve is None or (trouve.group("fonction") and not est_fonction(trouve.group("fonction"))):
        return None
    return lire_personne(trouve.group("mandant"))


def _fonction_puis_parenthese(morceaux: list[str]) -> list[str]:
    """« X, Maire (pouvoir de Y) » découpé en « X » et « Maire (pouvoir de Y) » : la
    parenthèse qui suit la fonction revient au nom qui la précède ; les virgules finales
    (« Y (pouvoir à X), ») sont ôtées."""
    resultat: list[str] = []
    for morceau in morceaux:
        morceau = morceau.rstrip(" ,;")
        ouvrante = morceau.find("(")
        if resultat and ouvrante > 0 and est_fonction(morceau[:ouvrante].strip()):
            resultat[-1] = f"{resultat[-1]} {morceau[ouvrante:]}"
        elif morceau:
            resultat.append(morceau)
    return resultat


_LISTE_VIDE = re.compile(
    r"\s*(?:n[ée]ant|NEANT|N[ÉE]ANT|aucune?|AUCUNE?|Aucune?|/{1,3}|[-–—]|0)\s*[.;]?\s*"  # « Excusés : / »
)
_PARENTHESE_AVANT_A = re.compile(
    r"(?P<mandant>[^()]{3,80}?)\s*\((?P<precision>[^()]{2,80})\)\s*,?\s*"
    # (« Mme X (Commune), représentée par M. Y » : le participe avant « par »)
    # (« Mme X (Commune) qui a donné procuration à Mme Y » : la relative aussi)
    r"(?P<suite>(?:(?:(?:qui\s+)?(?:donne|a\s+donné|ayant\s+donné)\s+)?(?:pouvoir|procuration)\s+"
    # (« Mme X (Commune) a confié son pouvoir à M. Y », « … se fait représenter par M. Y »)
    r"|(?:qui\s+)?(?:a|ayant)\s+(?:d[ée]l[ée]gu[ée]|confi[ée])\s+son\s+(?:droit\s+de\s+vote|vote|pouvoir|mandat)\s+"
    r"|(?:se\s+fait\s+)?repr[ée]sent(?:[ée]e?|er)\s+(?=par))?"
    r"(?:à|a|par|→|->)\s+[^()]{3,120})"  # « Mme X (Commune) → M. Y »
)
_CIV = r"(?:(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|Mr)\s+)?"
_PERSONNE_FLUX = rf"{_CIV}(?:{_PRENOM}\s+){{0,3}}{_NOM}(?:\s+{_NOM}){{0,3}}"
# « X donne pouvoir à Y Z donne pouvoir à W Le quorum… » : des pouvoirs collés dans le flux,
# chaque personne « (Civilité) Prénom NOM » (le NOM en capitales borne le nom)
_POUVOIR_FLUX = re.compile(
    rf"(?P<mandant>{_PERSONNE_FLUX})\s+(?:donne|a\s+donn[ée]|ayant\s+donn[ée])\s+"
    rf"(?:pouvoir|procuration)\s+(?:à|a)\s+(?P<mandataire>{_PERSONNE_FLUX})"
)
_ENTRE_POUVOIRS = re.compile(r"[\s,;.]*(?:et\s+)?")


# « X (pouvoirs à M. A jusqu'à 10 H 25, à M. B de 10 H 25 à 11 H 20, à Mme C à partir de 11 H 20) »
_POUVOIRS_SUCCESSIFS = re.compile(
    r"(?P<mandant>[^()]{3,80}?)\s*\(\s*(?:pouvoirs?\s+)?(?P<liste>(?:à|a)\s+[^()]{3,300})\)\s*", re.I
)
_A_PARTIR_DE = re.compile(r"(?:à|a)\s+partir\s+de\s+\d{1,2}\s*h", re.I)
_H = r"\d{1,2}\s*h\s*\d{0,2}"
# « NAVARRO Inès quitte la séance à 19h02 et rentre à 19h06 » : une sortie d'un moment, qui ne
# change ni la présence ni les votes
_SORTIE_TEMPORAIRE = re.compile(
    rf"\s+(?:quitte|sort\s+de)\s+la\s+(?:s[ée]ance|salle)\s+(?:à|a)\s+{_H}\s+et\s+"
    rf"(?:rentre|revient|y\s+revient|regagne\s+la\s+(?:s[ée]ance|salle))\s+(?:à|a)\s+{_H}",
    re.I,
)
# « A partir de 18h50, Mme X » (arrivée à une heure, sans point), « A partir de 20h16 M. X à
# M. Y » (pouvoir donné en partant) : l'heure en tête de l'entrée
_HEURE_EN_TETE = re.compile(
    rf"^\s*(?:[àaA]\s+partir\s+de|[Dd][èe]s)\s+{_H}\s*,?\s*(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s*[A-ZÉÈ])"
)


def _sans_heures_de_liste(morceau: str) -> str:
    """L'entrée d'une liste sans sortie temporaire ni heure en tête (aucun mouvement par point)."""
    if _HEURE_SEULE.fullmatch(morceau):
        return ""
    return _HEURE_EN_TETE.sub("", _SORTIE_TEMPORAIRE.sub("", morceau))


_HEURE_SEULE = re.compile(rf"\s*(?:[àaA]\s+partir\s+de|[Dd][èe]s)\s+{_H}\s*")
_AUTRE_MANDATAIRE = re.compile(r",\s*(?=(?:à|a)\s)")
_MANDATAIRE_A_L_HEURE = re.compile(
    r"(?:à|a)\s+(?P<qui>[^,]{3,60}?)\s+(?:jusqu'(?:à|a)|(?:à|a)\s+partir\s+de|de|dès|des)\s+"
    r"\d{1,2}\s*h\s*\d{0,2}(?:\s+(?:à|a)\s+\d{1,2}\s*h\s*\d{0,2})?\s*",
    re.I,
)


def _pouvoirs_successifs(morceau: str) -> list[tuple[Elu, Elu | None, str]] | None:
    """Les pouvoirs d'un mandant à une ou plusieurs personnes, chacun borné par une heure,
    entre parenthèses ; ``None`` si le morceau n'a pas cette forme (chaque mandataire lisible
    et suivi de son heure)."""
    trouve = _POUVOIRS_SUCCESSIFS.fullmatch(morceau) if "(" in morceau else None
    mandant = lire_personne(trouve.group("mandant")) if trouve else None
    if trouve is None or mandant is None:
        return None
    lus: list[tuple[Elu, Elu | None, str]] = []
    for partie in _AUTRE_MANDATAIRE.split(trouve.group("liste")):
        heure = _MANDATAIRE_A_L_HEURE.fullmatch(partie.strip())
        mandataire = lire_personne(heure.group("qui")) if heure else None
        if heure is None or mandataire is None:
            return None
        lus.append((mandant, mandataire, heure.group("qui")))
    return lus


def _pouvoirs_en_flux(etat: _Etat, n: int, texte: str) -> bool:
    """« X donne pouvoir à Y Z donne pouvoir à W Monsieur V a été désigné… » : les pouvoirs
    lus l'un après l'autre, séparés ou non ; la suite (une autre phrase, commençant par une
    majuscule) est traitée comme une ligne. Faux (rien lu) si le texte n'a pas cette forme."""
    if len(texte) > MORCEAU_MAX:
        return False
    lus: list[tuple[int, Elu, Elu | None, str]] = []
    position = len(texte) - len(texte.lstrip(" ,;:"))
    for trouve in _POUVOIR_FLUX.finditer(texte):
        if _ENTRE_POUVOIRS.fullmatch(texte, position, trouve.start()) is None:
            return False
        mandant = lire_personne(trouve.group("mandant"))
        mandataire = lire_personne(trouve.group("mandataire"))
        if mandant is None or mandataire is None:
            return False
        lus.append((n, mandant, mandataire, trouve.group("mandataire")))
        position = trouve.end()
    suite = texte[position:].strip(" ,;.")
    if not lus or (suite and ((len(lus) < 2 and not etat.aplati) or not suite[:1].isupper())):
        return False
    if suite and texte[position:].lstrip()[:1] == ";":
        return False  # « X a donné pouvoir à Y ; Z se fait représenter par W » : la liste continue
    etat.procurations.extend(lus)
    if etat.section is not None and etat.section.excuses:
        etat.mandants_excuses.update(m.cle for _, m, _, _ in lus)
    if suite:
        etat.section = None  # la liste finit avec le dernier pouvoir
        _traiter(etat, n, suite)
    return True


def _agent_nomme(morceau: str) -> bool:
    """« Mme X, secrétaire de mairie », « M. Y (DGS) » : une personne suivie de sa fonction
    d'agent."""
    personne, _, fonction = morceau.rpartition(",")
    if not personne and "(" in morceau and (fin := _PARENTHESE_FINALE.search(morceau)) is not None:
        personne, fonction = morceau[: fin.start()], fin.group(1)
    return bool(personne) and est_fonction_d_agent(fonction) and lire_personne(personne) is not None


_SUITE_DE_FONCTION = re.compile(r"\s*[A-ZÉÈ][a-zéèêëîïôûç]+(?:\s+[a-zéèêëîïôûç']+){0,3}\s*")


def _sans_agents(etat: _Etat, n: int, morceaux: list[str]) -> list[str]:
    """« Madame X, Directrice Générale des Services », « M. Y (DGS) » dans une liste : des
    agents de la collectivité, ni membres ni absents ; écartés et nommés dans le rapport."""
    gardes: list[str] = []
    agents: list[str] = []
    agent_avant = False
    for morceau in morceaux:
        if agent_avant and _SUITE_DE_FONCTION.fullmatch(morceau) and not prenom_usuel(morceau.strip()):
            agents[-1] += f" et {morceau.strip()}"  # « Directrice des Affaires Générales et Juridiques »
            continue
        agent_avant = True
        if gardes and est_fonction_d_agent(morceau) and lire_personne(gardes[-1]) is not None:
            agents.append(f"{gardes.pop()}, {morceau.strip()}")  # « Mme X », « DGS »
        elif _agent_nomme(morceau):
            agents.append(morceau.strip())
        else:
            gardes.append(morceau)
            agent_avant = False
    if agents:
        etat.constat(
            "extrait.non-membres",
            Severite.INFO,
            n,
            f"Agents de la collectivité nommés dans la liste, ni membres ni absents (non repris) : "
            f"« {' ; '.join(agents)[:160]} ».",
        )
    return gardes


def _sans_lieux(etat: _Etat, n: int, morceaux: list[str]) -> list[str]:
    """Les noms de collectivités membres collés aux délégués d'une liste aplatie (colonnes
    « collectivité | délégués ») : écartés des personnes, et nommés dans le rapport."""
    avec_civilites = sum(1 for m in morceaux if _VRAIE_CIVILITE.match(m)) >= 2
    gardes: list[str] = []
    for morceau in morceaux:
        if len(morceau) <= 40 and est_fonction(morceau):
            gardes.append(morceau)  # « Mme X, Maire, M. Y » : la fonction de X, pas un lieu
            continue
        if avec_civilites and est_lieu_seul(morceau, etat.reperes.lieux):
            _groupe_lu(etat, n, morceau)
            continue
        personne, lieux, devine = separer(morceau, etat.reperes.lieux)
        if lieux:
            _groupe_lu(etat, n, lieux)
        elu = lire_personne(personne) if devine else None
        if devine and (elu is None or not etat.reperes.confirme(elu.nom, elu.prenom or "")):
            etat.constat(
                "extrait.groupe-prenom",
                Severite.AVERTISSEMENT,
                n,
                f"« {morceau[:100]} » : le mot qui suit le nom est lu comme le prénom (le "
                "document ne le donne pas ailleurs), la suite comme le nom d'une collectivité "
                "membre ; ce mot pourrait aussi être un lieu.",
            )
        gardes.append(personne)
    return gardes


_ETIQUETTE_DE_GROUPE = re.compile(r"\s*(?:[-–]\s*)?\b((?:CD|CC|CA|CU|CR)\s?\d{1,3})\b\s*\.?")
# (la commune, un mot en capitales, entre un nom et la civilité qui ouvre le groupe suivant ;
# la limite entre un NOM et la commune, tous deux en capitales, est dite)
_COMMUNE_ENTRE_DEUX_POUVOIRS = re.compile(
    r"(?<=[A-Za-zéèà.])\s+([A-ZÉÈ][A-ZÉÈÀÂÎÔÛÇ'’\-]{2,})\s+:\s+(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)"
)
_NOM_PUIS_COMMUNE = re.compile(r"[A-ZÉÈ]{2,}\s+[A-ZÉÈ][A-ZÉÈÀÂÎÔÛÇ'’\-]{2,}(?=\s+:\s+(?:M\.|Mme|Mlle|Monsieur|Madame)\s)")


def _liste_par_lieu(etat: _Etat, n: int, texte: str) -> str | None:
    """« ATTILLY : Michel DUBOIS BEAUVOIS : Anne LEROY - … » : les délégués seuls, séparés par
    des virgules ; les communes nommées dans le rapport, et la limite NOM | commune signalée
    quand elle est une lecture (« Christiane LEMAIRE VERMAND SUR OMIGNON »)."""
    # (la suite d'une liste trop longue, coupée entre deux délégués, commence par une personne)
    lue = liste_par_lieu(texte, etat.reperes.lieux, suite=etat.par_lieu is etat.section)
    if lue is None:
        return None
    etat.par_lieu = etat.section
    _groupe_lu(etat, n, " ; ".join(lue.lieux))
    _limites_douteuses(etat, n, lue.douteuses)
    return ", ".join(lue.personnes)


def _limites_douteuses(etat: _Etat, n: int, douteuses: Iterable[str]) -> None:
    """Chaque limite NOM | commune qui est une lecture (le NOM pourrait continuer) : dite."""
    for segment in douteuses:
        etat.constat(
            "extrait.groupe-nom",
            Severite.AVERTISSEMENT,
            n,
            f"« {segment[:100]} » : le premier mot en capitales est lu comme le nom, la suite "
            "comme la commune suivante ; un nom composé se lirait autrement.",
        )


def _civilites_puis_lieux(etat: _Etat, n: int, lue: ListeCivilitesLieux) -> str:
    """« ADRIERS Mme A BRUNET BOURG M. H FAYE … » : les délégués seuls, séparés par des
    virgules ; les communes nommées dans le rapport, et chaque limite NOM | commune qui est
    une lecture (le NOM pourrait continuer) signalée."""
    _groupe_lu(etat, n, " ; ".join(lue.lieux))
    _limites_douteuses(etat, n, lue.douteuses)
    return ", ".join(lue.personnes)


# « BREVAL-SUR-XCOURGENT-LE-VAL: Monsieur Paul ROUX, Maire: Madame Anne VIAL, Maire Adjoint
# Monsieur Luc MOREL, Conseiller Municipal: … » (tableau commune | délégués aplati, colonnes
# collées) : chaque délégué est une civilité suivie d'un prénom et d'un NOM
_DELEGUE_EN_COLONNE = re.compile(r":\s*(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle)\s")
_PRENOM_EN_CASSE_MIXTE = r"[A-ZÉÈÀÂ][a-zàâäçéèêëïîôöûü]+(?:-[A-ZÉÈ][a-zàâäçéèêëïîôöûü]+)?"
# (« PRÊTRE », « NOËL » : toutes les capitales accentuées)
_MOT_DE_NOM_DELEGUE = r"(?:[A-ZÉÈÊËÀÂÎÏÔÛÜÇ][A-ZÉÈÊËÀÂÎÏÔÖÛÙÜÇ'\-]+|DE|DU|LE|LA)"
_UNE_CIVILITE_PRENOM_NOM = (
    r"(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle)\s+"
    rf"(?:{_PRENOM_EN_CASSE_MIXTE}(?:\s+{_MOT_DE_NOM_DELEGUE})+"
    # « BELCASTEL : M. GUILHOT Daniel, Mme ROUX Monique ; » : le NOM d'abord (pas « M. CORDONNE
    # Castelvieil : M. X » : le mot suivi de deux-points est la commune suivante)
    rf"|{_MOT_DE_NOM_DELEGUE}(?:\s+{_MOT_DE_NOM_DELEGUE})*\s+{_PRENOM_EN_CASSE_MIXTE}(?![\w'’\-])(?!\s*:)"
    # « Brunac : M. ALIBERT, M. CORDONNE Castelvieil : … » : le NOM seul, avant une virgule, la fin
    # ou la commune suivante
    rf"|{_MOT_DE_NOM_DELEGUE}(?:\s+{_MOT_DE_NOM_DELEGUE})*(?=\s*(?:[,;.]|$)|\s+[A-ZÉÈ][\w'’\-]*(?:\s+[\w'’\-]+){{0,3}}\s*:)"
    # « Maires Délégués : M. BESSE J.P., Mme HUGON I. » : le NOM puis les initiales du prénom
    rf"|{_MOT_DE_NOM_DELEGUE}(?:\s+{_MOT_DE_NOM_DELEGUE})*\s+[A-ZÉÈ](?:\.[A-ZÉÈ]{{1,2}})*\.?(?![\w'’]))"
)
_CIVILITE_PRENOM_NOM = re.compile(
    _UNE_CIVILITE_PRENOM_NOM
    # « M. Henri BARBIER (jusqu'au point 4) » : la précision reste avec sa personne
    + r"(?:\s*\([^()]{2,80}\))?"
    # « M. Loïc GAYRAUD, suppléant de M. Alain BONNAFOUS » : le titulaire remplacé aussi
    + r"(?:\s*,?\s*(?:d[ée]l[ée]gu[ée]e?\s+)?suppl[ée]ante?\s+(?:de|d')\s*"
    + _UNE_CIVILITE_PRENOM_NOM
    + r")?"
    # « M. Noël BARBIER, délégué suppléant de Lizine, siège en remplacement de M. Luc PIOT »
    + r"(?:\s*,\s*d[ée]l[ée]gu[ée]e?\s+suppl[ée]ante?\s+(?:de|d')\s*[^,()]{2,40},\s*si[èe]ge\s+en\s+"
    + r"remplacement\s+(?:de|d')\s*"
    + _UNE_CIVILITE_PRENOM_NOM
    + r")?"
)
_EN_REMPLACEMENT = re.compile(
    r"\s*,\s*d[ée]l[ée]gu[ée]e?\s+suppl[ée]ante?\s+(?:de|d')\s*[^,()]{2,40},\s*si[èe]ge\s+en\s+"
    r"remplacement\s+(?:de|d')\s*"
)
# « MM. Roger VUILLAUME et Paul MONNIER », « Mmes A et B » : deux délégués sous une civilité
_CIVILITE_PLURIELLE_ET = re.compile(
    rf"\b(MM|Mmes)\.?\s+({_PRENOM_EN_CASSE_MIXTE}(?:\s+{_MOT_DE_NOM_DELEGUE})+)\s+et\s+"
    rf"(?={_PRENOM_EN_CASSE_MIXTE}\s+{_MOT_DE_NOM_DELEGUE})"
)


def _civilites_separees(trouve: re.Match[str]) -> str:
    civilite = "M." if trouve.group(1) == "MM" else "Mme"
    return f"{civilite} {trouve.group(2)}, {civilite} "


# « MM. Pierre X, Luc Y, Mmes Anne Z, Lise W » : la civilité plurielle vaut pour chaque nom
# qui la suit, jusqu'à la civilité suivante
_PRENOM_NOM_DELEGUE = rf"{_PRENOM_EN_CASSE_MIXTE}(?:\s+{_MOT_DE_NOM_DELEGUE})+(?:\s*\([^()]{{1,80}}\))?"
_CIVILITE_PLURIELLE_PUIS_NOMS = re.compile(
    rf"\b(MM|Mmes)\.?\s+({_PRENOM_NOM_DELEGUE}(?:\s*,\s*{_PRENOM_NOM_DELEGUE})*)"
)
_VIRGULE_HORS_PARENTHESES = re.compile(r"\s*,\s*(?![^()]*\))")
_PRENOM_NOM_RESTANT = re.compile(rf"{_PRENOM_EN_CASSE_MIXTE}\s+[A-ZÉÈ][A-ZÉÈ'\-]+")


def _civilite_distribuee(trouve: re.Match[str]) -> str:
    civilite = "M." if trouve.group(1) == "MM" else "Mme"
    return ", ".join(f"{civilite} {nom}" for nom in _VIRGULE_HORS_PARENTHESES.split(trouve.group(2)))


def _delegues_en_colonne(etat: _Etat, n: int, texte: str) -> str:
    """Les délégués d'un tableau aplati, sans les communes ni les fonctions qui les séparent."""
    if "MM" in texte or "Mmes" in texte:
        texte = _CIVILITE_PLURIELLE_ET.sub(_civilites_separees, texte)
        texte = _CIVILITE_PLURIELLE_PUIS_NOMS.sub(_civilite_distribuee, texte)
    personnes = [
        f"{_EN_REMPLACEMENT.sub(' (suppléant de ', p)})" if "remplacement" in p else p
        for p in _CIVILITE_PRENOM_NOM.findall(texte)
    ]
    reste = _CIVILITE_PRENOM_NOM.sub(" ", texte)
    etat.constat(
        "extrait.colonnes-collees",
        Severite.INFO,
        n,
        f"Tableau de délégués aplati : {len(personnes)} personnes lues par leur civilité ; "
        f"communes et fonctions laissées de côté (« {reste.strip()[:80]} »).",
    )
    if (oublie := _PRENOM_NOM_RESTANT.search(reste)) is not None:
        etat.constat(
            "extrait.nom-illisible",
            Severite.AVERTISSEMENT,
            n,
            f"« {oublie.group(0)} » n'est pas lu dans le tableau de délégués aplati : la liste "
            "peut être incomplète.",
        )
    return ", ".join(personnes)


_PAGE_APRES_UN_NOM = re.compile(r"(?<=[A-ZÉÈÊËÀÂÎÏÔÛÜÇ]{2})(\.?)\s+\d{1,3}\s*$")  # « ROUX 2 », « ROUX. 2 »
_ISSUE_EN_CAPITALES = re.compile(r"(?:ADOPT|REJET)[ÉE]E?S?\b")
# « Groupe Socialistes : Mme A, M. B » ; seul sur sa ligne, les élus du groupe suivent
# (« Groupe Socialiste, Radical et apparentés : », « Non inscrit : »)
# « (groupe « X » : M. A, Mme B) » : une parenthèse de noms, sans chiffre
_PARENTHESE_DE_NOMS = re.compile(r"\s*\([^()\d]{10,}\)")
# « Ont voté contre (5) : Mme A, M. B, … . » : le vote nominatif, le nombre entre parenthèses
# puis les noms jusqu'au point qui les clôt (les voix se lisent sans les noms)
_VOTANT_NOMME = r"(?:M\.|Mme|MM\.|Mmes|Mlle|Monsieur|Madame)\s+[^,.;:()]{2,60}?"
_NOMS_APRES_LEUR_NOMBRE = re.compile(
    rf"(\(\s*\d{{1,3}}\s*\))\s*:\s*{_VOTANT_NOMME}(?:\s*(?:,|\bet\b)\s*{_VOTANT_NOMME}){{0,40}}\s*\.(?=\s|$)"
)


def _sans_noms_des_votants(t: str) -> str:
    """La ligne de voix sans les noms des votants (entre parenthèses ou après leur nombre)."""
    court = _PARENTHESE_DE_NOMS.sub("", t)
    return _NOMS_APRES_LEUR_NOMBRE.sub(r"\1.", court) if "(" in court else court

_GROUPE_POLITIQUE = re.compile(
    r"^\s*(groupe\s+[^:()]{2,80}?(?:\s*\([A-ZÉÈ\d&-]{2,12}\))?|non[\s-]inscrite?s?)\s*:\s*(?:(?=\S)|$)",
    re.I,
)


# « Communauté de communes du Pays de X : M. A, … » : une collectivité membre et ses délégués
_MEMBRE_PUIS_DELEGUES = re.compile(
    r"^\s*((?:Communaut[ée]|Commune|Ville|D[ée]partement|R[ée]gion|Syndicat|M[ée]tropole|"
    r"Conseil\s+d[ée]partemental|Conseil\s+r[ée]gional)\b[^:;]{2,80}?)\s*:\s*"
    r"(?=(?:M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame)\s)"
)
_MEMBRE_INTERCOMMUNAL_PUIS_DELEGUES = re.compile(
    r"(?:^|(?<=[\s,;]))(?P<lieu>(?i:communaut[ée]\s+(?:de\s+communes|d['’]\s*agglom[ée]ration|urbaine))"
    r"\b[^:;,()]{0,80}?)\s*:?\s+(?=(?:M|MM|Mme|MME|Mlle|Mr|MR|Monsieur|Madame|MONSIEUR|MADAME)\.?\s)"
)
_REPRESENTANT_LA_COMMUNE = re.compile(
    r"\.?\s*repr[ée]sentant(?:e|s|es)?\s+la\s+commune\s+(?:de\s+|d['’]\s*)(?P<lieu>[^:.;]{2,60}?)\s*:\s*",
    re.IGNORECASE,
)
_LIEU_A_POINTS_DE_CONDUITE = re.compile(r"\s*([^.:;,()]{2,60}?)\s*\.{4,}\s*(?=\S)")


# « TISSIER Jacques ........ Bernouil-le-Haut » : l'élu, des points de conduite, puis sa commune
# en casse mixte (pas une civilité, pas un NOM en capitales : « CANTON ..... Mme Jeanne DUMAS »)
_PERSONNE_A_POINTS_DE_CONDUITE = re.compile(
    r"\s*(?P<personne>\S.{1,120}?)\s*\.{4,}\s*"
    r"(?!(?:M|MM|Mme|Mmes|Mlle|Monsieur|Madame)\b)"
    r"(?P<lieu>[A-ZÉÈÎÔ][a-zéèêëîïôûüç]+(?:[-' ][A-Za-zéèêëîïôûüçÉÈ]+){0,5})\s*$"
)
_MOT_EN_CAPITALES = re.compile(r"\b[A-ZÉÈÀÂÎÔÛÇ]{2,}\b")
# « - DUVAL Marc ........ BELLEVUE-SUR-LOIRE » : la commune en capitales, après un élu écrit
# « NOM Prénom » (le prénom en casse mixte dit que la ligne est une personne)
_NOM_PRENOM_A_POINTS_DE_CONDUITE = re.compile(
    r"\s*[-–]?\s*(?P<personne>(?:(?:M|MM|Mme|Mmes|Mlle|Monsieur|Madame)\.?\s+)?[A-ZÉÈ][A-ZÉÈÊÎÔÛÇ'’\-]+(?:\s+[A-ZÉÈ][A-ZÉÈÊÎÔÛÇ'’\-]+)?\s+"
    r"[A-ZÉÈ][a-zéèêëîïôûüç]+(?:-[A-ZÉÈ][a-zéèêëîïôûüç]+)?(?:\s*\([^()]{2,40}\))?)\s*\.{4,}\s*"
    r"(?P<lieu>[A-ZÉÈÎÔ][A-ZÉÈÊÎÔÛÇ'’]+(?:[- ][A-ZÉÈÊÎÔÛÇ'’]+){0,5})\s*$"
)


def _personne_a_points_de_conduite(texte: str) -> str | None:
    """« GAUTHERON Roland, Président ........ Chablis-le-Bas » : « GAUTHERON Roland, Président
    (Chablis-le-Bas) », la commune entre parenthèses comme dans une liste ; ``None`` si la ligne
    n'est pas une personne suivie de sa commune."""
    trouve = _PERSONNE_A_POINTS_DE_CONDUITE.fullmatch(texte)
    if trouve is None or _MOT_EN_CAPITALES.search(trouve.group("lieu")):
        trouve = _NOM_PRENOM_A_POINTS_DE_CONDUITE.fullmatch(texte)
        if trouve is None:
            return None
    if lire_personne(trouve.group("personne").split(",")[0].split("(")[0].strip()) is None:
        return None
    return f"{trouve.group('personne').strip()} ({trouve.group('lieu')})"


def _groupe_lu(etat: _Etat, n: int, nom: str) -> None:
    etat.constat(
        "extrait.groupe-commune",
        Severite.INFO,
        n,
        f"« {nom[:100]} » lu comme le nom d'un groupe (collectivité membre), pas comme un membre.",
    )


_STATUT = re.compile(
    r"^(present|presente|excuse|excusee|absent|absente|represente|representee)s?\b"
)


_ISSUE_EN_FIN = re.compile(
    r"\s+[-–]\s+(?=(?:[Aa]dopt[ée]|ADOPT[ÉE]|[Aa]pprouv[ée]|APPROUV[ÉE]|[Rr]ejet[ée]|REJET[ÉE])"
    r"[^\n]{0,160}$)"
)
# « Le Conseil Municipal, à l'unanimité des votants (…), approuve … » : la phrase du
# dispositif, même longue, dit le vote
_ORGANE_UNANIME = re.compile(
    r"(?:le|la)\s+(?:conseil|comite|commission|bureau)(?:\s+[a-z]+)?\s*,\s*a\s+l'?\s*unanimite\b"
    r"[^.;]{0,160}?\b(?:approuve|adopte|decide|autorise|accepte|valide|fixe|emet|retient|vote)\b"
)
_DEUX_POINTS = re.compile(r"\s?:\s+")
_VOTE_MAX = 160
# ce qui commence un vote (« adopté … », « à l'unanimité », « 9 pour … », « Pour : 8 … »)
_DEBUT_DE_VOTE = re.compile(
    r"(?:adopt|approuv|rejet|accept|accord|a\s+l'?\s*unanimite|unanim|a\s+la\s+majorite|"
    r"avis\s+(?:favorable|defavorable)\s+(?=par\s+\d|a\s+l'?\s*unanimite)|"
    r"pour\b|contre\b|vote\b|par\s+\d+\s+voix|\d+\s+(?:voix|pour\b|contre\b))"
)


def _titre_puis_vote(texte: str) -> tuple[str, str]:
    """« Budget supplémentaire 2014 : adopté par 15 voix pour », « Adoption du dernier
    procès-verbal : à l'unanimité » : le titre et le vote écrit après ses deux-points."""
    for deux_points in _DEUX_POINTS.finditer(texte, max(0, len(texte) - _VOTE_MAX - 3)):
        titre, vote = texte[: deux_points.start()], texte[deux_points.end() :]
        if (
            sum(c.isalpha() for c in titre) >= 3
            and _DEBUT_DE_VOTE.match(cle_texte(vote))
            # une issue, ou deux décomptes (« 3 pour la commune » seul n'est pas un vote)
            and (r.resultat(vote) is not None or len(r.votes(vote)) >= 2)
        ):
            return titre, vote
    return texte, ""


_FIN_DE_TITRE_POURSUIVI = re.compile(r"(?:\s[-–]|\s(?:AU|AUX|DU|DE|DES|LA|LE|LES|EN|ET|À|A|D'|L'))$")


def _titre_capitales_poursuivi(titre: str, t: str, tiret: bool = False) -> bool:
    """« RAPPORT N° 4 – MOTION … EN ZONE » / « RURALE » : un titre en capitales, long (coupé
    par la largeur) ou fini par un tiret ou un mot de liaison, poursuivi par une ligne
    courte toute en capitales."""
    return (
        len(t) <= 80
        and ":" not in t
        and t.upper() == t
        and titre.upper() == titre
        and any(c.isalpha() for c in t)
        and (
            tiret or len(titre) >= 50 or _FIN_DE_TITRE_POURSUIVI.search(titre.rstrip()) is not None
        )
    )

# « 2 – Décision modificative n° 3 : virement de 4 200 € … : adoptée à l'unanimité » (relevé
# des décisions) : le résumé en minuscules entre l'objet et le vote
_RESUME_APRES_OBJET = re.compile(
    r"\s:\s+(?=[a-zéèêàâç]|Le\s+[Cc]onseil\s|Apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée])"
)
_COMPLEMENT_DE_TITRE = 20
_PRECISION_APRES_OBJET = re.compile(r"\s:\s+(?=[a-zéèêàâç\d])")
_MONTANT = re.compile(r"\d\s?(?:€|euros?\b|EUR\b)")
_EXPOSE_APRES_DEUX_POINTS = re.compile(
    r"(?:le|la|les|l')\s*[a-z]+(?:\s+[a-z\-]+){0,2}?\s+"
    r"(?:presente|propose|rappelle|expose|indique|informe|explique|precise|donne\s+lecture)\b"
    # « … voirie 2022 : l'enveloppe de 150 000 € est répartie … », « … : la loi d'orientation des
    # mobilités ouvre … » : une phrase, son sujet puis un verbe conjugué
    # (« … : le compte de gestion dressé par le trésorier est conforme … », « … : trois offres
    # ont été reçues … »)
    r"|(?:le|la|les|l'|un|une|deux|trois|quatre|cinq|six|\d{1,2})\s*[a-z]+(?:\s+[^\s:.;]+){0,7}?\s+"
    r"(?:est|sont|ouvre|ouvrent|prevoit|prevoient|permet|permettent|ont\s+ete|a\s+ete"
    # (« … : les tarifs sont » seul : le texte aplati coupé devant « approuvés à l'unanimité »)
    r"|s'[a-z]+)(?:\s+[a-z]|\s*$)"  # (« … : le budget s'équilibre à … »)
    # « 1. Tarifs communaux 2014 : le conseil municipal, à l'unanimité, fixe … », « Achat d'une
    # tondeuse : le conseil retient le devis … » : le dispositif
    r"|apres\s+en\s+avoir\s+delibere\b|le\s+conseil\s+(?:municipal|communautaire|syndical)\b"
    # « Rapport annuel … : le Comité, après en avoir pris connaissance, adopte … »
    r"|le\s+(?:conseil|comite|bureau)(?:\s+syndical)?\s*,\s*(?:apres\b|a\s+l'unanimite\b|par\s+\w+\s+voix\b)"
    r"|le\s+(?:conseil|comite|bureau)\s+(?:retient|approuve|adopte|accepte|decide|fixe|autorise"
    r"|emet|refuse|rejette|prend\s+acte|donne\s+acte)\b"  # « … : le conseil prend acte du débat. »
)
# « … : la question est retirée de l'ordre du jour » : un point annoncé, pas délibéré
_POINT_RETIRE = re.compile(
    r"\b(?:(?:est|a\s+ete|sont)\s+(?:retiree?s?|ajournee?s?|reportee?s?)\b|retiree?s?\s+de\s+l'ordre\s+du\s+jour)"
)


# « Décision modificative n° 3 du budget principal : 2019-93 Le rapporteur … » : le numéro
# de la délibération après son titre et les deux-points, puis l'exposé (texte aplati ou ligne)
_TITRE_PUIS_NUMERO = re.compile(
    r"(?P<titre>[A-ZÉÈÀÂÎÔÛÇ][^:;!?]{3,200}?)\s+:\s+(?P<numero>(?:[A-Z]{1,4}[-_ ]?)?(?:19|20)\d\d[-/._]\d{1,4})"
    r"(?![-/.]?\d)(?=\s|$)"
)


def _titre_puis_numero(etat: _Etat, n: int, t: str) -> bool:
    """« Titre : 2019-93 » en tête de ligne, après l'en-tête : un point numéroté après son titre."""
    trouve = _TITRE_PUIS_NUMERO.match(t) if len(t) < 2000 else None
    if trouve is None or not (etat.presents or etat.secretaire or etat.procurations):
        return False
    titre = trouve.group("titre").strip()
    plat = cle_texte(titre)
    if (
        not 2 <= len(titre.split()) <= 25
        or ". " in titre
        or _LIBELLE_DE_VOTE.match(plat)
        or _PAS_UNE_DECISION.match(plat)
        or r.numero_deliberation(t) is not None
    ):
        return False
    d = _Delib(n)
    d.numero = trouve.group("numero")
    etat.deliberations.append(d)
    etat.numerotes, etat.section = True, None
    _poser_titre(etat, n, d, titre, t[trouve.end() :].strip())
    return True


# « Présents (15) : » : la rubrique suivie de son compte entre parenthèses
_COMPTE_DE_LA_RUBRIQUE = re.compile(
    r"\s*(?i:(?:[ée]taient\s+)?(?:(?:membres|conseillers(?:\s+municipaux)?|d[ée]l[ée]gu[ée]s)\s+)?"
    r"pr[ée]sente?s?)\s*\((\d{1,3})\)\s*:"
)  # « Présents (15) : », « Membres présents (9) : »
_DISPOSITIF_EN_MINUSCULE = re.compile(r"l[ea]\s+(?:conseil|comité|comite|commission|bureau)\b", re.I)


# « … 14 décembre 2007 Le compte rendu est approuvé », « … 2008 Le Maire présente les devis » :
# une phrase (article en capitale, sujet, verbe) collée au titre d'un point
# (« … 2008 Monsieur le Maire expose … », « … 2008 Après en avoir délibéré, … » aussi)
_PHRASE_DANS_LE_TITRE = re.compile(
    r"(?<=[a-zéèêàçû0-9)»])\s+(?=(?:(?:Le|La|Les|L['’])\s*[\wéèêàç'’-]+(?:\s+[a-zéèêàç][\w'’-]*){0,2}"
    r"|(?:Monsieur|Madame|M\.|Mme)\s+(?:le|la)\s+(?:[Mm]aire|[Pp]r[ée]sidente?|[Rr]apporteur|[Aa]djointe?))\s+"
    r"(?:est|sont|a|ont|pr[ée]sente|approuve|d[ée]cide|propose|expose|rappelle|informe|fixe|retient"
    r"|accepte|autorise|adopte|valide)(?:\s|$)"
    r"|Apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée])"
)
_TITRE_MIN = 12  # (la phrase ne commence pas le titre : « Le loyer est fixé … » seul reste entier)


def _poser_titre(etat: _Etat, n: int, d: _Delib, titre: str, suite: str) -> None:
    """Le titre du point ``d``, puis ce que la ligne dit après lui (vote, exposé)."""
    if d.numero is None and (reference := _DELIBERATION_NUMERO.match(titre)) is not None and (
        lu := r.numero_deliberation(titre[reference.end() :])
    ) is not None and lu[2]:
        d.numero, titre = lu[0], lu[2]  # « Délibération 2012/05 – Titre : adopté … »
    titre, vote = _titre_puis_vote(titre)
    if (" L" in titre or " M" in titre or " Apr" in titre) and (
        expose := _PHRASE_DANS_LE_TITRE.search(titre, _TITRE_MIN)
    ) is not None:
        # « 2) Travaux de voirie 2008 Le Maire présente les devis … » (paragraphe coupé à
        # largeur fixe) : l'exposé commence à la phrase qui suit le titre
        titre, suite = titre[: expose.start()], f"{titre[expose.end() :]} {suite}".strip()
    resume = _RESUME_APRES_OBJET.search(titre) if ": " in titre else None
    if resume is not None and not vote:
        # « Modification des statuts : prise de la compétence : la loi … ouvre … » : les
        # deux-points d'où part l'exposé, après ceux du titre
        resume = next(
            (
                autre
                for autre in _RESUME_APRES_OBJET.finditer(titre)
                if _EXPOSE_APRES_DEUX_POINTS.match(cle_texte(titre[autre.end() :]))
            ),
            resume,
        )
    # (le titre coupé au point de sa phrase : fini par lui, ou suivi du vote)
    fini = titre.endswith(".") or (
        bool(suite) and (r.resultat(suite) is not None or len(r.votes(suite)) >= 2)
    )
    if resume is None and etat.aplati and ": " in titre and (vote or fini):
        # « Achat d'un défibrillateur : acquisition pour 1 650 € TTC. », « … : 300 € pour la
        # réfection du chalet. » (texte aplati) : une précision après les deux-points du titre
        resume = _PRECISION_APRES_OBJET.search(titre)
    apres = titre[resume.end() :].rstrip(" :") if resume is not None else ""
    if resume is not None and (
        (vote and len(apres) > _COMPLEMENT_DE_TITRE)
        # « Achat d'un défibrillateur : acquisition pour 1 650 € TTC. » : une phrase qui chiffre
        # la décision (pas un sous-titre : « Tableau des emplois : création d'un poste … »)
        or (etat.aplati and fini and len(apres) > _COMPLEMENT_DE_TITRE and _MONTANT.search(apres))
        # « … : résumé : » puis le vote à la ligne (« Marché … : avenant n° 2 : M. X … » : un
        # complément court reste dans le titre)
        or (titre.rstrip().endswith(":") and len(apres) > _COMPLEMENT_DE_TITRE)
        or _POINT_RETIRE.search(cle_texte(apres))
        # « Débat d'orientation budgétaire 2019 : le Président présente le rapport … » : l'exposé
        or _EXPOSE_APRES_DEUX_POINTS.match(cle_texte(apres))
    ):
        titre, resume_texte = titre[: resume.start()], titre[resume.end() :].rstrip(" :")
        # (un point retiré de l'ordre du jour n'est gardé que si un vote le suit : dit)
        d.devine = d.devine or (not vote and _POINT_RETIRE.search(cle_texte(resume_texte)) is not None)
        d.objet.append(titre.rstrip(" ,;:"))
        d.zone, d.objet_complet, d.paragraphe_neuf = "expose", True, True
        _traiter(etat, n, resume_texte)  # le résumé : l'exposé du point, pas son objet
    elif suite[:3] in ("le ", "la ") and _DISPOSITIF_EN_MINUSCULE.match(suite):
        # « Titre : le conseil municipal retient … » coupé aux deux-points (texte aplati) : la
        # suite en minuscule est le dispositif, pas la fin du titre
        d.objet.append(titre.rstrip(" ,;:"))
        d.zone, d.objet_complet, d.paragraphe_neuf = "expose", True, True
    else:
        d.objet.append(titre.rstrip(" ,;:"))
        d.zone, d.objet_complet, d.paragraphe_neuf = "objet", True, False
    for morceau in (vote, suite):
        if morceau:
            _traiter(etat, n, morceau)


_INITIALE_DANS_TITRE = re.compile(r"(?<![\w.])[A-ZÉÈ]\.(?:\s|-)")
_SOUS_POINT = re.compile(r"\s*(?:[-–•]\s*)?\d{1,2}\.\d{1,2}\)")


def _rubrique(etat: _Etat, n: int, t: str) -> bool:
    """« • Finances », « • Approbation du compte rendu du … » (puce ramenée à « - ») juste
    au-dessus d'un sous-point « 2.1) … » : une rubrique, pas un point (dit)."""
    puce = t[:1] in "-–"
    if (
        not (puce or etat.aplati)
        or _SOUS_POINT.match(_prochaine(etat)) is None
        or _SOUS_POINT.match(t) is not None
        or not (puce or r.approbation(t) is not None)
    ):
        return False
    etat.section = None
    etat.constat(
        "extrait.intertitre",
        Severite.INFO,
        n,
        f"« {t.lstrip('-– ')[:80]} » : rubrique au-dessus de sous-points numérotés, non reprise "
        "comme délibération.",
    )
    return True


_RUBRIQUE_NUMEROTEE = re.compile(r"\s*(\d{1,2})\s*(?:°\s*\)|[.)\-–])\s+([^a-z.:;]+)")


def _rubrique_numerotee(etat: _Etat, n: int, t: str) -> bool:
    """« 1. FINANCES » (titre en capitales) juste au-dessus de « 1.1 Décision modificative » :
    une rubrique qui groupe les points numérotés « 1.1 », « 1.2 », pas un point."""
    trouve = _RUBRIQUE_NUMEROTEE.fullmatch(t)
    if trouve is None or trouve.group(2).upper() != trouve.group(2):
        return False
    if re.match(rf"\s*{trouve.group(1)}\.\d{{1,2}}\.?\s", _prochaine(etat)) is None:
        return False
    etat.section = None
    etat.constat(
        "extrait.intertitre",
        Severite.INFO,
        n,
        f"« {t[:80]} » : rubrique au-dessus de points numérotés « {trouve.group(1)}.1 », « "
        f"{trouve.group(1)}.2 »…, non reprise comme délibération.",
    )
    return True


def _prochaine(etat: _Etat) -> str:
    """La prochaine ligne non vide après la ligne lue (au plus trois lignes plus loin)."""
    for ligne in etat.lignes[etat.rang_ligne + 1 : etat.rang_ligne + 4]:
        if ligne.texte.strip() and not _FILET_SEUL.fullmatch(ligne.texte.strip()):
            return ligne.texte
    return ""


# « ______ », « * * * » : un filet entre deux points, pas la ligne qui suit
_FILET_SEUL = re.compile(r"[_*=~\-–—.\s]+")


_INFINITIF = re.compile(r"(?:[Dd]e\s+|[Dd]['’]\s*)[a-zéèêàâîôû]+(?:er|ir|re|oir)\b")


def _alinea_du_dispositif(d: _Delib | None, reste: str) -> bool:
    """« … le conseil municipal décide : » puis « 1) De créer … », « 2) D'inscrire … » : les
    alinéas du dispositif (un verbe à l'infinitif), pas des points numérotés."""
    if d is None or _INFINITIF.match(reste) is None:
        return False
    return d.zone == "dispositif" or bool(d.dispositif) or d.unanimite


def _alinea_numerote(d: _Delib | None, num: tuple[str, int | None, str, bool], t: str) -> bool:
    """« 1°) Lui donne acte … » dans un point numéroté « 2013-11 » : un alinéa de sa décision ;
    « 1°) », « 2°) » ne sont des points que si les points sont numérotés ainsi."""
    return (
        num[3]
        and "°" in t[:8]
        and d is not None
        and d.numero is not None
        and not d.numero.isdigit()
        # « 3°) DÉLIBÉRATION 2017/16 – Titre » : un point, qui nomme sa délibération
        and _DELIBERATION_ET_NUMERO.match(num[2]) is None
    )


_DELIBERATION_ET_NUMERO = re.compile(r"d[ée]lib[ée]ration\s+(?:n\s?°\s*)?\d", re.IGNORECASE)


def _lettre_hors_suite(etat: _Etat, num: tuple[str, int | None, str, bool]) -> bool:
    """« b) Autorise le Maire … » : une lettre minuscule n'ouvre un point que dans une suite de
    points lettrés (« a) » le premier point du document, « b) » après le point « a) ») ;
    ailleurs c'est un alinéa du dispositif."""
    numero = num[0]
    if not (num[3] and len(numero) == 1 and numero.islower()):
        return False
    if not etat.deliberations:
        return numero != "a"
    return etat.deliberations[-1].numero != chr(ord(numero) - 1)


_VOTE_OU_ISSUE = re.compile(r"\s*:?\s*(?:\(?\d{1,3}\s+(?:voix\s+)?pour\b|adopt|approuv|rejet|vot)", re.I)


def _numero_du_point_titre(etat: _Etat, n: int, d: _Delib | None, numero: str, reste: str) -> bool:
    """« Compte administratif 2016 » (titre sans numéro) / … / « Délibération n° DE-2017-08 :
    5 pour, 0 contre, 2 abstentions. » : le numéro écrit dans la ligne du vote est celui du
    point titré qui précède ; la suite de la ligne est son vote."""
    vote = reste or etat.suivante  # « … DE-2017-09 : » / « adoptée à l’unanimité. » (coupé)
    if d is None or not d.devine or d.numero or not d.objet or not _VOTE_OU_ISSUE.match(vote):
        return False
    if d.votes or d.resultat is not None:
        return False  # le point a déjà son vote : ce numéro en ouvre un autre
    d.numero = numero  # (la numérotation reste celle des titres : etat.numerotes inchangé)
    etat.par_numero.setdefault(numero, []).append(d)
    if reste:
        _traiter(etat, n, reste.lstrip(" :"))
    return True


def _point_numero_final(etat: _Etat, n: int, d: _Delib | None, t: str) -> bool:
    """« Tarifs de la cantine 2010-2011 (délibération n° 2010-31) » en tête de ligne, avant le
    premier point ou après le vote du précédent : un point dont le numéro ferme le titre."""
    if etat.aplati or ")" not in t:
        return False
    if d is not None and not d.votes and d.resultat is None:
        return False
    lu = r.numero_entre_parentheses_en_fin(t)
    if lu is None:
        return False
    numero, titre, suite = lu
    etat.section = None
    d = _Delib(n)
    d.numero = numero
    etat.deliberations.append(d)
    etat.numerotes = True
    etat.par_numero.setdefault(numero, []).append(d)
    _poser_titre(etat, n, d, titre, "")
    if suite:
        _traiter(etat, n, suite)
    return True


def _numero_sous_l_objet(etat: _Etat, d: _Delib | None, numero: str, reste: str) -> bool:
    """« Objet : Compte administratif 2012 » puis, à la ligne, « Délibération n° 2013-09 » seul :
    le numéro du point que l'objet vient d'ouvrir (rien n'a encore été lu de son exposé) ; dans
    un texte aplati, la suite de la ligne est l'exposé de ce point."""
    if (
        (reste.strip() and not etat.aplati)
        or d is None
        or not d.par_objet
        or not d.objet
        or d.numero is not None
        or d.zone != "objet"
        or d.expose
        or d.dispositif
        or d.votes
        or d.resultat is not None
    ):
        return False
    d.numero = numero
    etat.numerotes = True
    etat.par_numero.setdefault(numero, []).append(d)
    return True


# « … DU 1er DECEMBRE 2017 », « 2ème TRANCHE » : un titre en capitales garde ses ordinaux
_ORDINAL = re.compile(r"(?<=\d)(?:er|ère|re|e|ème|eme|nde?)\b")


def _sans_ordinaux(texte: str) -> str:
    return _ORDINAL.sub("", texte) if any(c.isdigit() for c in texte) else texte


def _point_romain(etat: _Etat, n: int, t: str) -> bool:
    """« II ATTRIBUTION DE COMPENSATION … », « I/ FINANCES » : un point numéroté en chiffres
    romains, s'il porte le rang attendu et que la numérotation n'est pas déjà en chiffres arabes ;
    une rubrique « I - FINANCES » suivie d'un point « 1 - … » n'en est pas un."""
    lu = r.numero_romain(t)
    if lu is None:
        return False
    numero, rang, reste = lu
    if not etat.aplati and _TITRE_A_TIRET.fullmatch(_prochaine(etat).strip()):
        # « I – PORT DE PLAISANCE » puis « – BUDGET PRIMITIF DU PORT 2022 » : une rubrique ; les
        # points sont les titres à tiret qu'elle coiffe
        etat.section, etat.points_a_tiret = None, True
        etat.constat(
            "extrait.intertitre",
            Severite.INFO,
            n,
            f"« {t.strip()[:80]} » : rubrique au-dessus de points à tiret, non reprise comme délibération.",
        )
        return True
    if rang != etat.dernier_rang + 1 or (etat.numerotes and not etat.romains):
        return False
    if not etat.aplati and r.numero_deliberation(_prochaine(etat).strip()) is not None:
        return False
    if etat.aplati and _DELIBERATION_NUMEROTEE.match(_prochaine(etat)):
        return False  # « I – FINANCES Délibération n° 2011-06 : … » (texte aplati) : une rubrique
    suite = ""
    # « … LEMAÎTRE I – Décision modificative : le comité adopte … » (texte aplati) : le titre à
    # tiret, puis deux-points et la phrase du dispositif
    phrase = _DEUX_POINTS_PHRASE.search(reste) if etat.aplati and r.romain_tiret(t) else None
    if phrase is not None:
        reste, suite = reste[: phrase.start()], reste[phrase.end() :]
    elif etat.aplati:
        reste, suite = r.couper_titre(reste)
    tiret_aplati = phrase is not None
    # « … sans observation. I. Assainissement collectif : extension … Le maire présente … »
    # (texte aplati) : le titre à point, coupé de l'exposé qui le suit
    # (« … à l'unanimité. I – Travaux de voirie 2003 : choix de l'entreprise Monsieur le Maire
    # présente … » : le titre à tiret de même, suivi de son exposé)
    point_aplati = (
        etat.aplati and (r.romain_point(t) or r.romain_tiret(t)) and bool(suite) and len(reste) <= 120
    )
    # « … Secrétaire de séance : Mme Anne PETIT I – Tarifs de la cantine Adopté … » (texte
    # aplati, le titre coupé du vote qui le suit) : le titre à tiret seul, en tête des points
    # ou après l'issue du point précédent
    tiret_seul = etat.aplati and not suite and r.romain_tiret(t) and _apres_une_issue(etat)
    if _sans_ordinaux(reste).upper() != _sans_ordinaux(reste) and not ((tiret_aplati or point_aplati or tiret_seul) and len(reste) <= 120) and (
        etat.aplati or len(reste) > 120 or reste.endswith(".") or not r.romain_tiret(t)
    ):
        return False  # hors « I – Titre » seul sur sa ligne, un titre en capitales
    if _INITIALE_DANS_TITRE.search(reste):
        return False  # « I. DUPONT Jean, J. MARTIN » : des noms, pas un titre en capitales
    etat.section = None
    d = _Delib(n, numero=numero, rang=rang)
    etat.deliberations.append(d)
    etat.numerotes = etat.romains = True
    etat.dernier_rang = rang
    etat.par_numero.setdefault(numero, []).append(d)
    if tiret_aplati:  # la phrase après les deux-points : l'exposé ou le dispositif du point
        _poser_titre(etat, n, d, reste, "")
        d.zone, d.paragraphe_neuf = "expose", True
        _traiter(etat, n, suite)
        return True
    _poser_titre(etat, n, d, reste, suite)
    return True


def _apres_une_issue(etat: _Etat) -> bool:
    """Vrai avant tout point, une fois les listes lues (le secrétaire nommé), ou quand le
    dernier point a son vote ou son issue."""
    if not etat.deliberations:
        return etat.secretaire is not None and bool(etat.presents)
    d = etat.deliberations[-1]
    return bool(d.votes) or d.resultat is not None or d.unanimite


_DEUX_POINTS_PHRASE = re.compile(
    r"\s:\s+(?=(?:[Ll]e|[Ll]a|[Ll]es|[Ll]'|[Aa]pr[èe]s|[Ss]ur|[Vv]u|[Ii]l|M\.|Mme|Monsieur|Madame)\s?\w)"
)
# « Délibération n° 2011-06 : » : le point qui suit une rubrique romaine d'un texte aplati
_DELIBERATION_NUMEROTEE = re.compile(r"\s*D[ée]lib[ée]ration\s+n\s*°\s*\d", re.I)


# « – BUDGET PRIMITIF DU PORT DE PLAISANCE 2022 » : un titre en capitales ouvert par un tiret
_TITRE_A_TIRET = re.compile(r"[-–]\s+(?P<titre>[A-ZÉÈÊÀÂÎÔÛÇ][A-ZÉÈÊÀÂÎÔÛÇ0-9'’\s\-,()]{4,118})")


def _point_a_tiret(etat: _Etat, n: int, t: str) -> bool:
    """Sous une rubrique romaine, « – TITRE EN CAPITALES » seul sur sa ligne ouvre un point sans
    numéro (gardé si un vote ou une décision le suit)."""
    trouve = _TITRE_A_TIRET.fullmatch(t.strip())
    if trouve is None:
        return False
    etat.section = None
    d = _Delib(n, devine=True)
    etat.deliberations.append(d)
    _poser_titre(etat, n, d, trouve.group("titre").strip(), "")
    return True


_FIN_PHRASE_QUI = re.compile(r"(?<=[a-zéèêàùûôîç]{3}|[A-ZÉÈ]{3})[.!?]\s+(?=[A-ZÉÈ])")
_ROMAIN = re.compile(r"[IVX]+\s*[-–.)]")
_TITRE_COURT = re.compile(r"[A-ZÉÈÊÀÂÎÔÛÇ][^.:;!?]{2,118}[^.:;!?,\s]")
_THEME_PUIS_SOUS_TITRE = re.compile(r"[A-ZÉÈÊÀÂÎÔÛÇ][^.:;!?]{2,60}\s:\s[a-zà-ÿ][^.:;!?]{2,80}[^.:;!?,\s]")


def _suite_du_titre(etat: _Etat) -> str:
    """La ligne qui suit un titre possible ; après une ligne blanche, seulement une phrase
    d'exposé (« Délibérations » / blanc / « Vote des taux » : deux intertitres, pas un titre
    suivi de son exposé)."""
    suivante = etat.suivante.strip()
    if suivante:
        return suivante
    prochaine = _prochaine(etat).strip()
    if len(prochaine.split()) < 5 or prochaine[-1:] not in ".:;" or r.section(prochaine):
        return ""  # un autre intitulé (« Étaient absents et représentés : ») : pas un exposé
    return prochaine


def _apres_une_phrase(etat: _Etat, avant: str, t: str) -> bool:
    """Sans ligne blanche (page web copiée) : une ligne courte après une phrase finie, alors
    qu'aucun point n'est ouvert ou que le dernier est voté, peut être le titre d'un point
    sans numéro (gardé seulement si un vote ou une décision le suit)."""
    d = etat.courante
    return (
        not etat.aplati
        and len(t) <= 100
        and avant.rstrip().endswith(".")
        and (d is None or bool(d.votes) or d.resultat is not None)
        and len(suite := _suite_du_titre(etat)) >= 30
        and suite.endswith(".")  # une phrase d'exposé, pas un intitulé (« Nombre de … : 16 »)
        and ":" not in suite[:50]
        and _VERBE_DE_PHRASE.search(cle_texte(t)) is None
    )


def _vote_dans_le_paragraphe(etat: _Etat) -> bool:
    """Un vote (voix ou issue) dans les lignes qui suivent, avant la prochaine ligne blanche."""
    for ligne in etat.lignes[etat.rang_ligne + 1 : etat.rang_ligne + 12]:
        texte = ligne.texte.strip()
        if not texte:
            return False
        if r.votes(texte) or ((res := r.resultat(texte)) and (res.resultat or res.unanimite)):
            return True
    return False


_LIBELLE_DE_DECOMPTE = re.compile(
    r"(?:nombre\s+de\s+)?(?:(?:membres|conseillers|delegues)(?:\s+(?:titulaires\s+)?en\s+(?:exercice|fonction))?"
    r"|presents|votants|absents|pouvoirs|procurations|representes|excuses|(?:suffrages\s+)?exprimes"
    r"|quorum|effectif\s+legal|en\s+exercice)"
)


def _titre_sans_numero(etat: _Etat, n: int, t: str) -> bool:
    """Une ligne courte, seule entre deux blancs, sans point final, après l'en-tête (les
    présents lus) ou après un point voté : le titre d'un point sans numéro."""
    d = etat.courante
    t = _titre_sans_deux_points(t)  # « <strong>Titre :</strong><br>Vote … »
    if t[:1] in "-–•" and not etat.aplati:
        # « -  Indemnité de fonction du maire » : un titre à puce, seul, quand le point en cours
        # est voté ou n'a rien dit (une puce de l'exposé n'ouvre pas de point)
        if d is not None and not (
            d.votes or d.resultat is not None or d.unanimite or (d.devine and not d.expose and not d.dispositif)
        ):
            return False
        t = t[1:].lstrip()
    if (
        etat.aplati
        or not (etat.presents or etat.secretaire or etat.procurations)
        or not (
            _TITRE_COURT.fullmatch(t)
            # « Cantine : de nouveaux tarifs à la rentrée » (article) : thème et sous-titre
            or (_THEME_PUIS_SOUS_TITRE.fullmatch(t) and _vote_dans_le_paragraphe(etat))
        )
        or _ROMAIN.match(t)
        # « AFFAIRES GÉNÉRALES » : une partie, pas un point ; sauf quand son paragraphe finit
        # sur un vote (« VOTE DES TAUX 2016 » / exposé / « Adopté à l'unanimité. »)
        or (t.upper() == t and not _vote_dans_le_paragraphe(etat))
        or _PAS_UNE_DECISION.match(cle_texte(t))
        # « Nombre de membres en exercice : » (libellé dont la valeur est plus bas) : un décompte
        or _LIBELLE_DE_DECOMPTE.fullmatch(cle_texte(t).strip(" :")) is not None
        or not (prochaine := _suite_du_titre(etat))[:1].isupper()
        or r.numero_deliberation(prochaine) is not None
        or _LIBELLE_POINT.fullmatch(prochaine) is not None  # « Points de l'ordre du jour »
        # le point en cours n'a encore rien dit (sauf son vote : « Titre » / « Adopté. » / « Titre »)
        or (d is not None and d.ligne >= n - 2 and not (d.votes or d.resultat is not None))
        or (d is not None and not d.objet)  # « OBJET : THÈME » : le point attend son titre
        # des points numérotés : un intertitre sans numéro n'en est pas un (« Prochaine réunion »)
        or etat.numerotes
    ):
        return False
    etat.section = None
    d = _Delib(n, devine=True)
    etat.deliberations.append(d)
    d.objet.append(t)
    d.zone, d.objet_complet, d.paragraphe_neuf = "objet", True, False
    return True


# « BUDGET ANNEXE DU PORT DE PLAISANCE Le budget annexe s équilibre… » : dans un texte aplati,
# un titre en capitales (trois mots au moins) suivi de la première phrase de l'exposé
_ROMAIN_EN_TETE = re.compile(r"[IVXL]{1,7}/?\s")
_TITRE_CAPITALES = re.compile(
    r"(?:(?P<rang>\d{1,2})\s+)?(?P<titre>[A-ZÉÈÊÀÂÎÔÛÇ][A-ZÉÈÊÀÂÎÔÛÇ'\-]+"
    r"(?:\s+(?:[-–]\s+)?[A-ZÉÈÊÀÂÎÔÛÇ0-9][A-ZÉÈÊÀÂÎÔÛÇ0-9'\-]*){2,30})"
    r"\s+(?=(?:[A-ZÉÈ][a-zéèêàç]+|M\.|Mme)\s)"
)


def _titre_capitales_aplati(etat: _Etat, n: int, t: str) -> bool:
    """Dans un texte aplati, après l'en-tête (secrétaire ou listes lus), un titre en capitales
    sans numéro au début d'un morceau, suivi de l'exposé : un point sans numéro."""
    d = etat.courante
    if not etat.aplati or not (etat.secretaire or etat.presents or etat.procurations):
        return False
    if d is not None and not d.objet and not d.theme:
        return False  # le point en cours attend encore son titre
    trouve = _TITRE_CAPITALES.match(t)
    if (
        trouve is None
        or sum(c.isalpha() for c in trouve.group("titre")) < 12
        or _ROMAIN_EN_TETE.match(t) is not None  # « IV QUESTIONS … » : un point romain écarté
    ):
        return False
    plat = cle_texte(trouve.group("titre"))
    if _PAS_UNE_DECISION.match(plat) or _TITRES.match(plat) or _COLLECTIVITE.match(plat):
        return False
    rang = int(trouve.group("rang")) if trouve.group("rang") else None
    if rang is not None and rang != etat.dernier_rang + 1:
        return False  # « 12 CONSEILLERS … » : pas le rang du point suivant
    if rang is not None:
        etat.numerotes, etat.dernier_rang = True, rang
    d = _Delib(n, numero=trouve.group("rang"), rang=rang)
    etat.deliberations.append(d)
    d.objet.append(trouve.group("titre"))
    d.zone, d.objet_complet, d.paragraphe_neuf = "objet", True, False
    _traiter(etat, n, t[trouve.end() :])
    return True


# Premiers mots d'une phrase, jamais d'un titre (« Le locataire du lot n° 2 demande … »)
_OUVRE_UNE_PHRASE_PAS_UN_TITRE = re.compile(
    r"(?:le|la|les|l'|il|elle|ils|elles|on|monsieur|madame|mme|apres|vu|considerant|ce|cette"
    r"|ces|un|une|des|en|au|aux|pour|sur|dans|a|par|suite|aucune?|afin|lors|sous|ainsi|des\s+que"
    # (« Conformément à l'article L. 2121-15 du CGCT, Mme X est désignée secrétaire »)
    r"|conformement|selon|outre|comme|puis|ensuite|enfin)\b"
    r"|m\.(?=\s)"  # (« M. le Président propose … » : le point de « M. » n'est pas suivi d'un mot)
)


def _apres_un_vote_ou_l_entete(etat: _Etat, d: _Delib | None) -> bool:
    """Le point en cours a son vote, ou aucun point n'est ouvert et l'en-tête est lu (secrétaire
    ou présents : « … Secrétaire de séance : M. X – Tarifs de la cantine : … Vote : … »)."""
    if d is None:
        return not etat.deliberations and bool(etat.secretaire or etat.presents)
    return bool(d.votes or d.resultat is not None or d.unanimite)


# « Vote des taux d'imposition 2022 », « Vote du budget primitif » : un titre, pas un libellé de vote
_VOTE_D_UN_TITRE = re.compile(r"vote\s+(?:des|du|de\s+la|de\s+l')\s*[a-z]")


def _titre_apres_un_vote_aplati(etat: _Etat, n: int, t: str) -> bool:
    """Dans un texte aplati, juste après le vote d'un point, « Rénovation de l'éclairage public
    de la rue des Vergers Monsieur le Maire présente … » : un titre sans numéro (casse ordinaire)
    suivi de l'exposé ouvre un point, gardé seulement si un vote ou une décision le suit."""
    d = etat.courante
    if not etat.aplati or not _apres_un_vote_ou_l_entete(etat, d):
        return False
    if etat.section is not None and etat.section is etat.lieux_delegues:
        return False  # (la suite d'une liste « commune Prénom NOM … » coupée en morceaux)
    if not t[:1].isupper() or _OUVRE_UNE_PHRASE_PAS_UN_TITRE.match(cle_texte(t)):
        return False
    titre, suite = r.couper_titre(t)
    if (
        not suite
        or not 2 <= len(titre.split()) <= 16
        or titre[-1:] in ".;:,!?"
        or ":" in titre  # « Date de mise en ligne de l'acte : 21/12/2015 » : un libellé et sa valeur
        or titre.upper() == titre
    ):
        return False
    plat = cle_texte(titre)
    if _PAS_UNE_DECISION.match(plat) or _TITRES.match(plat) or _COLLECTIVITE.match(plat):
        return False
    if _LIBELLE_DE_VOTE.match(plat) and not _VOTE_D_UN_TITRE.match(plat):
        return False  # « Résultat du vote : » après la phrase du dispositif : le vote du point
    if r.section(t) is not None:
        return False  # « Absents représentés par procuration X à Y » : une liste, pas un titre
    etat.section = None
    nouveau = _Delib(n, devine=True)
    etat.deliberations.append(nouveau)
    _poser_titre(etat, n, nouveau, titre, suite)
    return True


_PHRASE = re.compile(r"(?<=[.;!?])(?<!\b[A-ZÉÈ]\.)(?<!\bMM\.)(?<!\bMr\.)\s+")  # pas après « M. », « MM. », « J. »
_ISSUE = re.compile(r"adopt|approuv|rejet|bulletin|accept")
# « X est désigné par 21 voix, Y ayant obtenu 12 voix » : des voix de candidats, ni pour ni contre
_VOIX_CANDIDATS = re.compile(r"\bobtenu\s+\d+\s+voix")
# (« … : 6 voix ; blancs ou nuls : 1. Sont désignés : … » : les blancs d'une élection, dans
# un paragraphe coupé aux points-virgules)
_LIBELLE_VOTE = re.compile(
    r"(?:pour|vote|resultat\s+du\s+vote|blancs(?:\s+(?:et|ou)\s+nuls)?|nuls)\s*:\s*\d"
)
# « … décide avec 05 voix Pour, 1 voix Contre et 1 voix d'Abstention de répartir … » : des voix
# pour et contre chiffrées disent le vote, même dans une phrase longue
_NOMBRE_DE_VOIX = (
    r"(?:\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    r"|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:-[a-z]+(?:-[a-z]+)?)?)"
)
# « … approuve le compte administratif par 11 voix pour et 1 abstention. », « par 9 voix pour
# et 2 contre », « par sept voix pour et trois abstentions »
_VOIX_CHIFFREES = re.compile(
    rf"\b{_NOMBRE_DE_VOIX}\s+voix\s+pour\b[^.;]{{0,40}}?\b{_NOMBRE_DE_VOIX}\s+(?:(?:voix\s+)?contre|abstentions?)\b"
)
_PHRASE_VOTE_MAX = 300
# « … examine le compte administratif 2003 qui présente un excédent de …, et l'approuve par
# 6 voix pour. » : l'approbation chiffrée qui finit la phrase, même longue (aussi « … approuve
# le compte administratif 2023 : 17 voix pour. », l'objet puis les voix)
_APPROUVE_PAR_VOIX_EN_FIN = re.compile(
    r"\b(?:l'\s*)?(?:approuve|adopte|accepte)\w*(?:\s+[^.;:]{1,80}?)?(?:\s+par|\s*:)\s+\d{1,3}\s+voix"
    r"(?:\s+pour)?\s*\.?\s*$"
)
# « Mme Yvette BOUDET, présidente du comité des fêtes, ne prend pas part au vote. » : un membre
# nommé qui ne vote pas (une voix de moins, « ne prend pas part » = 1)
_UN_MEMBRE_NE_VOTE_PAS = re.compile(
    r"\s*(?:m\.|mme|mlle|monsieur|madame|mr)\s[^.;]{2,120}?\b(?:ne\s+prend\s+pas\s+part\s+au\s+vote"
    # « M. X, …, s'est retiré de la salle et n'a pas participé à la délibération »
    r"|n'\s*a\s+pas\s+(?:pris\s+part|participe)\s+(?:au\s+debat\s+ni\s+)?(?:au\s+vote|a\s+la\s+deliberation))\b"
)


# « Ne prennent pas part au vote : MM. ESCANDE et GAILLAC, membres du bureau … » ou « Mme X et
# M. Y, membres du bureau …, ne prennent pas part au vote. » : des membres nommés sans nombre
# (« Mme X et M. Y, délégués de la commune, ne participent pas au vote. » : le même sens)
_NE_PRENNENT_PAS_PART = re.compile(
    r"\bne\s+(?:prennent\s+pas\s+part|participent\s+pas)\s+au\s+vote\b\s*(?P<deux_points>:)?", re.I
)
_FIN_PHRASE_NON_VOTANTS = re.compile(r"(?<=[a-zàâçéèêëîïôûù0-9)])[.;!?]\s")
_NOM_EN_CAPITALES = re.compile(r"\b[A-ZÀ-ÖØ-Ý][A-ZÀ-ÖØ-Ý'’-]+(?:\s+[A-ZÀ-ÖØ-Ý][A-ZÀ-ÖØ-Ý'’-]+)*\b")
_CIVILITE_DEVANT_NOM = re.compile(r"\b(?:MM|Mmes?|Mlle|M|Monsieur|Madame|Messieurs|Mesdames)\b\.?\s+(?=[A-ZÀ-Ý])")
_CIVILITES_CAPITALES = frozenset(("MM", "MME", "MMES", "MLLE", "MR"))


_UN_PRENOM_UN_NOM = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?\s+[A-ZÉÈÀ][A-ZÉÈÀÂÎÔÛÇ'’\-]+"
# « Lionel FAURE et Brigitte ROCHE, conseillers de la commune bénéficiaire, » : des élus nommés
# sans civilité en tête de la phrase, suivis peut-être de leur fonction en apposition
_PRENOMS_NOMS_EN_TETE = re.compile(
    rf"\s*{_UN_PRENOM_UN_NOM}(?:\s*,\s*{_UN_PRENOM_UN_NOM})*\s+et\s+{_UN_PRENOM_UN_NOM}\s*(?:,\s*[a-zà-ÿ][^,;()]{{0,80}})?,?\s*"
)
_APPOSITION_DE_FONCTION = re.compile(r",\s+[a-zà-ÿ][^,;()]{0,80},")


def _non_votants_nommes(t: str) -> int | None:
    """Le nombre de membres nommés (noms en capitales) qui ne prennent pas part au vote, ou
    ``None`` quand la phrase donne un nombre, n'en nomme aucun ou est tout en capitales."""
    m = _NE_PRENNENT_PAS_PART.search(t)
    if m is None:
        return None
    if m.group("deux_points"):
        zone = t[m.end() : m.end() + 200]
        if (fin := _FIN_PHRASE_NON_VOTANTS.search(zone)) is not None:
            zone = zone[: fin.start()]
    else:
        debut = [f.end() for f in _FIN_PHRASE_NON_VOTANTS.finditer(t, 0, m.start())]
        zone = t[debut[-1] if debut else 0 : m.start()]
        civilite = _CIVILITE_DEVANT_NOM.search(zone)
        if civilite is None and not _PRENOMS_NOMS_EN_TETE.fullmatch(zone):
            return None
        # « TITRE DU POINT Mme X et M. Y, … » : depuis « Mme » ; « Prénom X et Prénom Y,
        # conseillers de la commune bénéficiaire, ne prennent pas part » : toute la phrase
        zone = zone[civilite.start() :] if civilite is not None else zone
    zone = re.sub(r"\([^)]*\)", " ", zone)
    # « Mme X et M. Y, administrateurs de l'OPAC, ne prennent pas part » : la fonction en
    # apposition (qui commence par une minuscule) ne nomme personne
    zone = _APPOSITION_DE_FONCTION.sub(" ", zone)
    if re.search(r"\d", zone) or not re.search(r"[a-zé]", t):
        return None
    noms = [x for x in _NOM_EN_CAPITALES.findall(zone) if x.upper() not in _CIVILITES_CAPITALES]
    return len(noms) or None


# « Monsieur le Maire s'étant retiré, le Conseil Municipal, sous la présidence de Monsieur BLANC,
# approuve le compte administratif 2005. » : l'organe approuve, présidé par un autre le temps du vote
_APPROUVE_SOUS_LA_PRESIDENCE = re.compile(
    r"(?:^|,\s*)(?:le|la)\s+(?:conseil|comite|commission)(?:\s+[a-z]+)?\s*,\s*sous\s+la\s+presidence"
    r"\s+d[e']\s*[^,;.]{2,60},\s*(?:l'\s*)?(?:approuve|adopte)\b"
)


_TROIS_DECOMPTES = frozenset(("pour", "contre", "abstentions"))


def _decomptes_complets(d: _Delib) -> bool:
    return d.votes.keys() >= _TROIS_DECOMPTES


def _vote_complet(d: _Delib) -> bool:
    """Le point a déjà son résultat et ses trois décomptes : une phrase de plus n'y changerait
    rien (les premières valeurs lues sont gardées), elle n'est pas relue."""
    return d.resultat is not None and _decomptes_complets(d)


_RAPPORTEUR_PUIS_PHRASE = re.compile(
    r"\s*(?i:rapporteure?s?)\s*:\s*(?:M\.|Mme|Monsieur|Madame)\s+[A-ZÉÈ][a-zéèêëïîôûç'’\-]+"
    r"(?:\s+[A-ZÉÈ][A-ZÉÈÀÂÎÔÛÇ'’\-]+)+(?=\s+(?:M\.|Mme|MM\.|Mmes|Monsieur|Madame)\s)"
    # « Rapporteur : Hervé LACOSTE, Président Le Président expose … » : le nom, sa fonction,
    # puis la phrase de l'exposé (qui n'est pas un titre)
    r"|\s*(?i:rapporteure?s?)\s*:\s*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?[A-ZÉÈ][a-zéèêëïîôûç'’\-]+"
    r"(?:\s+[A-ZÉÈ][A-ZÉÈÀÂÎÔÛÇ'’\-]+)+\s*,\s*[^,.;:]{2,60}?"
    r"(?=\s+(?:Le|La|Les|Monsieur|Madame|M\.|Mme)\s)"
)


_DECIDE_A_L_UNANIMITE = re.compile(
    r"\b(?:le|la)\s+(?:conseil|comite|bureau|commission)\b[^.;()]{0,40}?\s(?<!\bavait\s)(?<!\ba\s)(?<!\bavaient\s)"
    r"(?<!\bavoir\s)(?:decide|approuve|adopte)\s+"
    r"a\s+l'\s*unanimite\b(?!\s+(?:moins|des\s+suffrages|sauf))"
)


def _votes_en_phrase(etat: _Etat, n: int, d: _Delib, t: str) -> None:
    """Dans un long paragraphe, la phrase courte qui dit l'issue et les voix (« …, le compte
    administratif est adopté par cinq voix. ») donne le vote du point ; des voix entre
    parenthèses dans une longue phrase (« à l'unanimité (pour : 13 contre : 0 abstentions :
    0) : - DECIDE … ») aussi."""
    if "(" in t and not _decomptes_complets(d) and (entre := _VOIX_ENTRE_PARENTHESES.search(cle_texte(t))):
        for cle, valeur in r.votes(t[entre.start() : entre.end()]):
            d.votes.setdefault(cle, valeur)
    for phrase in _PHRASE.split(t):
        if len(phrase) > _PHRASE_VOTE_MAX and "(" in phrase:
            # « par 50 voix pour et 10 voix contre (groupe X : dix noms), APPROUVE … » : la
            # phrase du vote allongée par les noms des opposants se lit sans eux
            phrase = _PARENTHESE_DE_NOMS.sub("", phrase)
        if len(phrase) > _PHRASE_VOTE_MAX and (voix := _VOIX_CHIFFREES.search(phrase.lower(), 0, 200)):
            # « Après en avoir délibéré, le Conseil, par 7 voix pour et 1 abstention, décide de
            # … (une longue suite) » : la phrase lue jusqu'à ses voix
            phrase = phrase[: voix.end()]
        plat = cle_texte(phrase)
        if d.resultat is None and len(phrase) <= 250 and _APPROUVE_SOUS_LA_PRESIDENCE.search(plat):
            d.resultat = ResultatVote.ADOPTE  # « …, le Conseil, sous la présidence de M. X, approuve »
        if len(phrase) <= 200 and _UN_MEMBRE_NE_VOTE_PAS.match(plat):
            d.votes.setdefault("ne_prend_pas_part", 1)  # « Mme X, …, ne prend pas part au vote. »
            continue
        chiffrees = len(phrase) <= _PHRASE_VOTE_MAX and (
            _VOIX_CHIFFREES.search(plat) is not None or _APPROUVE_PAR_VOIX_EN_FIN.search(plat) is not None
        )
        if not chiffrees and len(phrase) > 160 and _DECIDE_A_L_UNANIMITE.search(plat):
            # « Ceux-ci étant en conformité avec …, le Conseil municipal décide à l'unanimité que
            # … » : l'organe décide à l'unanimité, même au milieu d'une longue phrase
            d.resultat, d.unanimite = d.resultat or ResultatVote.ADOPTE, True
            continue
        if not chiffrees and (
            len(phrase) > 160 or not (_ISSUE.search(plat) or _LIBELLE_VOTE.match(plat))
        ):
            continue
        if d.resultat is None and r.decision_adoptee(phrase):
            d.resultat = ResultatVote.ADOPTE  # « … Le conseil approuve le rapport. Pour : 14 »
        # les trois décomptes déjà lus : de nouvelles valeurs seraient ignorées (les premières
        # sont gardées) ; seuls le résultat et l'unanimité peuvent encore venir de la phrase
        valeurs = [] if _decomptes_complets(d) else r.votes(phrase)
        if valeurs and _VOIX_CANDIDATS.search(plat) and any(c in ("pour", "contre") for c, _ in valeurs):
            valeurs = [(cle, v) for cle, v in valeurs if cle not in ("pour", "contre")]
            etat.constat(
                "extrait.voix-candidats",
                Severite.INFO,
                n,
                f"Voix obtenues par des candidats, non reprises comme voix pour ou contre : "
                f"« {phrase[:100]} ».",
            )
        if not valeurs:
            if _ORGANE_UNANIME.match(plat) and (res := r.resultat(phrase)) is not None:
                # « … Le conseil municipal, à l'unanimité, approuve la désignation. » dans un
                # paragraphe (lignes recollées) : l'unanimité de l'organe, pas d'un avis
                d.resultat = d.resultat or res.resultat or ResultatVote.ADOPTE
                d.unanimite, d.mode = True, res.mode or d.mode
            continue
        for cle, valeur in valeurs:
            d.votes.setdefault(cle, valeur)
        if (res := r.resultat(phrase)) is not None and res.resultat is not None:
            d.resultat = d.resultat or res.resultat
        elif _APPROUVE_PAR_VOIX_EN_FIN.search(plat):
            d.resultat = d.resultat or ResultatVote.ADOPTE  # « …, et l'approuve par 6 voix pour. »


_VOIX_ENTRE_PARENTHESES = re.compile(
    r"\((?:\s*(?:pour|contre|abstentions?)\s*:\s*\d{1,3}\s*[,;–-]?){2,4}\s*\)"
)
# (« Ordre du jour et décisions : » : chaque point annoncé avec sa décision, une page web)
_TITRE_DECISIONS = re.compile(
    r"(?:ordre\s+du\s+jour\s+et\s+)?(?:principales\s+|les\s+)?(?:decisions|deliberations)(?:\s+prises)?\s*:?"
)
# (la puce d'une liste de page web, « <li> », ne se copie pas : le tiret est facultatif, la
# décision est alors la suite qui dit des voix ou une issue)
_DECISION_PUCE = re.compile(r"(?:-\s+)?(?P<objet>[^:]{3,200}?)\s*:\s*(?P<reste>.*)")
# (« Décisions prises par le Maire dans le cadre de sa délégation (article L. 2122-22) : … » :
# le compte rendu des décisions du maire, sans vote du conseil)
_PAS_UNE_DECISION = re.compile(
    r"questions?\s+diverses|informations?|divers|communications?"
    r"|decisions?\s+(?:prises?\s+par|du\s+maire|du\s+president)"
)


def _liste_decisions(etat: _Etat, n: int, t: str) -> bool:
    """« Décisions : » puis une puce par délibération : « - Objet : adopté à l'unanimité »,
    « - Objet : 8 pour, 2 abstentions » (sans numéro ; les questions diverses n'en sont pas)."""
    if len(t) > 600 or not (etat.liste_decisions or (not etat.deliberations and len(t) <= 40)):
        return False
    plat = cle_texte(t)
    if not etat.deliberations and _TITRE_DECISIONS.fullmatch(plat):
        etat.liste_decisions, etat.section = True, None
        return True
    puce = _DECISION_PUCE.fullmatch(t) if etat.liste_decisions else None
    if puce is None or _PAS_UNE_DECISION.match(cle_texte(puce.group("objet"))):
        return False
    d = etat.courante
    if t[:1] != "-" and (
        # (sans tiret, un élément de liste de page web : en tête des points ou après un point
        # voté ; « Pour : 13 Contre : 0 » est le vote du point en cours, pas un point)
        (d is not None and not d.puce and not (d.votes or d.resultat is not None or d.unanimite))
        or _LIBELLE_DE_VOTE.match(cle_texte(puce.group("objet")))
        or r.section(t) is not None
        or r.numero_deliberation(t) is not None  # (« Délibération n° 2012-05 : Titre – adoptée »)
        or not puce.group("reste").strip()  # (« … a adopté les délibérations suivantes : »)
    ):
        return False
    reste = puce.group("reste").strip()
    if reste and not r.votes(reste) and r.resultat(reste) is None:
        return False
    d = _Delib(n, puce=True)
    etat.deliberations.append(d)
    d.objet.append(puce.group("objet").strip())
    d.zone, d.objet_complet, d.paragraphe_neuf = "vote", True, False
    if reste:
        etat.liste_decisions = False  # (« Titre : précision : 6 pour » : la suite n'est pas un point)
        _traiter(etat, n, reste)
        etat.liste_decisions = True
    return True


_PUCE_OBJET = re.compile(r"[-–•]\s+(?P<objet>[^:]{3,200}?)\s*:\s*(?P<reste>.*)")
_LIBELLE_DE_VOTE = re.compile(
    r"(?:pour|contre|abstentions?|votants|(?:suffrages\s+)?exprimes|blancs?|nuls?|vote|resultat)\b"
)


def _dit_un_vote(texte: str) -> bool:
    """Une phrase courte du texte dit une issue ou des voix (« approuvé à l'unanimité », « … a
    été approuvé par 4 voix "Pour" … et 3 abstentions »)."""
    for phrase in _PHRASE.split(texte[:2000]):
        if len(phrase) > _VOTE_MAX:
            continue
        plat = cle_texte(phrase)
        if not _ISSUE.search(plat) and not _LIBELLE_VOTE.search(plat):  # (« Vote : 7 pour, 1 contre »)
            continue
        res = r.resultat(phrase)
        if (res is not None and (res.resultat or res.unanimite)) or r.votes(phrase):
            return True
    return False


def _puce_votee(etat: _Etat, n: int, t: str, flux: bool = False) -> bool:
    """« - Objet : approuvé à l'unanimité », « - Objet : exposé… » puis la phrase du vote :
    une puce dont la suite (ou la ligne suivante) dit le vote est un point sans numéro ; avec
    ``flux`` (texte aplati dont les parties sont séparées par des tirets), la ligne suivante
    peut être le morceau suivant de la même ligne."""
    puce = _PUCE_OBJET.fullmatch(t) if len(t) <= 600 else None
    d = etat.courante
    if puce is None or (
        # dans un point numéroté ou pas encore voté, la puce votée est un vote partiel du point
        d is not None
        and not d.puce
        and (d.numero is not None or not (d.votes or d.resultat is not None or d.unanimite))
    ):
        return False
    objet, reste = puce.group("objet").strip(), puce.group("reste").strip()
    plat = cle_texte(objet)
    if (
        _PAS_UNE_DECISION.match(plat)
        or _LIBELLE_DE_VOTE.match(plat)
        or r.section(t.lstrip("-–• ")) is not None
        or r.numero_deliberation(t) is not None  # « - Rapport n° 3 : … » : un point numéroté
        or not (_dit_un_vote(reste) or ((flux or not etat.suite) and _dit_un_vote(etat.suivante)))
    ):
        return False
    etat.section = None
    d = _Delib(n, puce=True)
    etat.deliberations.append(d)
    _poser_titre(etat, n, d, objet, "")
    if reste:  # après les deux-points : le vote ou l'exposé, jamais la suite du titre
        d.zone, d.paragraphe_neuf = "expose", True
        _traiter(etat, n, reste)
    return True


_EN_TETE_VOTES = re.compile(r"(?i)\b(?:contre|vote|r[ée]sultat|d[ée]cision)\b")
_COLONNES_VOTE = (
    ("numero", re.compile(r"n[°o]?|numero|n\s*°|deliberation")),
    ("objet", re.compile(r"objet|intitule|libelle")),
    ("pour", re.compile(r"pour")),
    ("contre", re.compile(r"contre")),
    ("abstentions", re.compile(r"abst(?:ention)?s?\.?")),
    ("resultat", re.compile(r"resultat|decision|vote")),
    # « Vote (pour / contre / abst.) » : les trois nombres dans une cellule, « 9 / 0 / 0 »
    ("triplet", re.compile(r"(?:votes?|voix)\s*\(\s*pour\s*/\s*contre\s*/\s*abst(?:entions?)?\.?\s*\)")),
)
_TRIPLET = re.compile(r"(\d{1,3})\s*/\s*(\d{1,3})\s*/\s*(\d{1,3})")


_CELLULE_NOMBRE = re.compile(r"\d{1,4}|-|")


def _tableau_votes(etat: _Etat, n: int, t: str) -> bool:
    """Un tableau des votes : « N° | Objet | Pour | Contre | Abst. | Résultat » ou
    « N° | Objet | Vote », une délibération par ligne."""
    if etat.tableau_votes is None and not _EN_TETE_VOTES.search(t):
        return False
    cellules = [c.strip() for c in t.split("\t")]
    plats = [cle_texte(c) for c in cellules]
    colonnes = {
        nom: i for nom, motif in _COLONNES_VOTE for i, p in enumerate(plats) if motif.fullmatch(p)
    }
    if {"objet", "pour", "contre"} <= colonnes.keys() or {"objet", "resultat"} <= colonnes.keys():
        # « N° | Objet | Pour | Contre | … », ou « N° | Objet | Vote » (« Unanimité »)
        etat.tableau_votes, etat.section = colonnes, None
        return True
    if etat.tableau_votes is None:
        return _en_tete_de_vote_nominatif(etat, plats, colonnes)
    colonnes = etat.tableau_votes
    if _NOMINATIF in colonnes:
        return _rangee_de_vote_nominatif(etat, cellules, colonnes)
    if not colonnes or len(cellules) <= max(colonnes.values()):
        etat.tableau_votes = None
        return False
    nombres = {k: cellules[colonnes[k]] for k in ("pour", "contre", "abstentions") if k in colonnes}
    if not all(_CELLULE_NOMBRE.fullmatch(v) for v in nombres.values()):
        etat.tableau_votes = None
        return False
    d = _Delib(n)
    etat.deliberations.append(d)
    if "numero" in colonnes and cellules[colonnes["numero"]]:
        d.numero = cellules[colonnes["numero"]]
        etat.numerotes = True
    d.objet.append(cellules[colonnes["objet"]])
    d.zone, d.objet_complet = "vote", True
    d.votes.update({k: int(v) for k, v in nombres.items() if v.isdigit()})
    if "resultat" in colonnes and (res := r.resultat(cellules[colonnes["resultat"]])) is not None:
        d.resultat, d.unanimite, d.mode = res.resultat, res.unanimite, res.mode
        d.moins.update(dict(res.moins))  # « Unanimité moins 2 voix (contre : …) » dans la cellule
    if "resultat" in colonnes and not nombres:
        # « Adopté – Pour : 7 / Contre : 1 / Abstention : 1 » : les voix dans la cellule
        d.votes.update(dict(r.votes(cellules[colonnes["resultat"]])))
    if "triplet" in colonnes:
        _cellule_triplet(d, cellules[colonnes["triplet"]])
    return True


def _cellule_triplet(d: _Delib, cellule: str) -> None:
    """La cellule « Vote (pour / contre / abst.) » : « 9 / 0 / 0 », ou l'issue seule
    (« Unanimité »)."""
    if (trois := _TRIPLET.fullmatch(cellule.strip())) is not None:
        d.votes.update(zip(("pour", "contre", "abstentions"), map(int, trois.groups()), strict=True))
    elif (res := r.resultat(cellule)) is not None and res.unanimite:
        d.unanimite = True
        d.resultat = d.resultat or res.resultat


_NOMINATIF = "nominatif"  # (clé de la colonne des noms d'un vote nominatif)
_TOTAL = re.compile(r"total(?:\s+des\s+voix)?|totaux")


def _en_tete_de_vote_nominatif(etat: _Etat, plats: list[str], colonnes: dict[str, int]) -> bool:
    """« Nom | Pour | Contre | Abstention » dans une délibération : le vote nominatif (scrutin
    public) ; ses rangées sont lues ensuite, les voix de la ligne « Total » seulement."""
    d = etat.courante
    if d is None or not {"pour", "contre"} <= colonnes.keys() or not _COLONNE_PERSONNE.fullmatch(plats[0]):
        return False
    etat.tableau_votes, etat.section = {**colonnes, _NOMINATIF: 0}, None
    d.mode = ModeScrutin.PUBLIC
    return True


def _rangee_de_vote_nominatif(etat: _Etat, cellules: list[str], colonnes: dict[str, int]) -> bool:
    """Une rangée du vote nominatif : un votant et sa croix (rien à lire : on ne recompte pas),
    ou la ligne « Total » et ses nombres, voix du point. Faux (le tableau est fini) sinon."""
    d = etat.courante
    plat = cle_texte(cellules[0])
    cases = {k: cellules[i] if i < len(cellules) else "" for k, i in colonnes.items() if k != _NOMINATIF}
    if d is not None and _TOTAL.fullmatch(plat) and all(_CELLULE_NOMBRE.fullmatch(v) for v in cases.values()):
        d.votes.update({k: int(v) for k, v in cases.items() if v.isdigit()})
        d.zone, etat.tableau_votes = "vote", None
        return True
    if d is not None and _CAPITALES_NOM.search(cellules[0]) and all(cle_texte(v) in ("", *_COCHES) for v in cases.values()):
        return True
    etat.tableau_votes = None
    return False


_PARENTHESE = re.compile(r"\(([^)]*)\)")
_COLONNE_STATUT = re.compile(r"presence|present|statut|etat|situation")
_COLONNE_POUVOIR = re.compile(r"pouvoir|procuration|mandataire")
_ABSENTS_EN_TETE_DE_TABLEAU = re.compile(r"(?:conseillers\s+|delegues\s+|membres\s+)?absente?s?(?:\s+excusee?s?)?")


def _roles_des_colonnes(plats: list[str]) -> dict[int, str] | None:
    """« Absents | Ni pouvoir | Suppléant | Pouvoir donné à… | Ni suppléant » : le rôle de
    chaque colonne après la première (« sans », « suppleant », « pouvoir », « note ») ; None
    sans colonne de pouvoir ni de suppléant."""
    roles = {
        i: "sans" if p.startswith(("ni ", "sans ", "non ")) else
        "suppleant" if _COLONNE_SUPPLEANT.fullmatch(p) else
        "pouvoir" if _COLONNE_POUVOIR.search(p) else "note"
        for i, p in enumerate(plats) if i > 0
    }  # fmt: skip
    return roles if {"suppleant", "pouvoir"} & set(roles.values()) else None


def _fin_du_tableau_des_absents(etat: _Etat) -> None:
    """Le tableau des absents est fini ; un pouvoir d'une rangée sans nom resté en attente
    est dit."""
    etat.roles_des_absents = None
    if etat.pouvoir_sans_nom is not None:
        n, mandataire = etat.pouvoir_sans_nom
        etat.pouvoir_sans_nom = None
        etat.constat(
            "extrait.nom-illisible",
            Severite.AVERTISSEMENT,
            n,
            f"Rangée du tableau des absents sans nom (pouvoir à « {mandataire} ») : non reprise.",
        )


def _tableau_des_absents(etat: _Etat, n: int, cellules: list[str], plats: list[str]) -> bool:
    """Le tableau des absents : son en-tête, puis chaque rangée (l'absent, son suppléant ou
    son mandataire, une note) ; faux si la ligne n'en est ni l'en-tête ni une rangée."""
    if _ABSENTS_EN_TETE_DE_TABLEAU.fullmatch(plats[0]) and (roles := _roles_des_colonnes(plats)):
        etat.roles_des_absents, etat.section = roles, None
        return True
    if etat.roles_des_absents is None:
        return False  # (« Absente ⇥ Mme X » : un intitulé et sa valeur, pas un tableau)
    roles = etat.roles_des_absents
    valeur = {role: cellules[i] for i, role in roles.items() if i < len(cellules) and cellules[i]}
    if cellules[0] in ("", "-", "–"):
        if set(valeur) == {"pouvoir"} and etat.pouvoir_sans_nom is None:
            etat.pouvoir_sans_nom = (n, valeur["pouvoir"])
            return True
        etat.constat(
            "extrait.nom-illisible",
            Severite.AVERTISSEMENT,
            n,
            f"Rangée du tableau des absents sans nom (« {' | '.join(cellules)[:80]} ») : non reprise.",
        )
        return True
    if (elu := lire_personne(cellules[0])) is None or (len(cellules) == 1 and elu.prenom is None):
        return False
    attente, etat.pouvoir_sans_nom = etat.pouvoir_sans_nom, None
    if attente is not None and not valeur:
        valeur["pouvoir"] = attente[1]
        etat.constat(
            "extrait.procuration-deduite",
            Severite.AVERTISSEMENT,
            n,
            f"Rangée sans nom (ligne {attente[0]}, pouvoir à « {attente[1]} ») puis {elu} sans "
            "pouvoir ni suppléant : lus comme une seule rangée coupée en deux (le pouvoir de "
            f"{elu}) ; à vérifier.",
        )
    elif attente is not None:
        etat.constat(
            "extrait.nom-illisible",
            Severite.AVERTISSEMENT,
            attente[0],
            f"Rangée du tableau des absents sans nom (pouvoir à « {attente[1]} ») : non reprise.",
        )
    if "pouvoir" in valeur:
        etat.procurations.append((n, elu, lire_personne(valeur["pouvoir"]), valeur["pouvoir"]))
    elif "suppleant" in valeur and (suppleant := lire_personne(valeur["suppleant"])) is not None:
        etat.suppleances.append((n, suppleant, elu))
    else:
        etat.absents.append((n, elu, False))
    if "note" in valeur:
        _precision(etat, n, elu, valeur["note"].strip("() "))
    return True


_CODES_PRESENCE = {"p": "present", "e": "excuse", "a": "absent"}
_CODE_SUPPLEE = re.compile(r"S\s*:\s*(?=\S)")
_TITRES_NOMS = frozenset(("nom", "nom prenom", "nom et prenom", "elu", "elus"))
_COLONNE_PERSONNE = re.compile(
    r"nom|nom prenom|nom et prenom|elue?s?|elue?\(e\)s?|conseill(?:er|ere)s?(?:\(e\)s?)?"
    r"|delegue(?:e|\(e\))?s?|membres?"
    r"|(?:conseill(?:er|ere)|delegue)e?s?\s+(?:communautaires?|municipa(?:l|le|ux|les)|titulaires?"
    r"|departementa(?:l|le|ux|les)|regiona(?:l|le|ux|les))"
)
# « excusée – pouvoir à X », « pouvoir à X », « représenté par sa suppléante X » : la cellule
# de présence dit aussi le mandataire ou le suppléant
_PRESENCE_AUTRE = re.compile(
    r"(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?(?:a|à)\s+(?P<mandataire>.+)"
    r"|(?:repr[ée]sent[ée]|rempla[cç][ée]|suppl[ée][ée])e?\s+par\s+"
    r"(?:(?:son|sa)\s+suppl[ée]ante?\s+)?(?P<suppleant>.+)",
    re.IGNORECASE,
)


def _tableau(etat: _Etat, n: int, t: str) -> bool:
    """Un tableau de présence : « Nom | Qualité | Présence | Pouvoir donné à »,
    « Commune | Délégué(e) | Présence »."""
    cellules = [c.strip() for c in t.split("\t")]
    plats = [cle_texte(c) for c in cellules]
    if (
        etat.roles_des_absents is not None or _ABSENTS_EN_TETE_DE_TABLEAU.fullmatch(plats[0])
    ) and _tableau_des_absents(etat, n, cellules, plats):
        return True
    personne = next((i for i, p in enumerate(plats) if _COLONNE_PERSONNE.fullmatch(p)), None)
    # « Délégué | P | A | E | Pouvoir à » : une colonne par lettre de présence
    lettres = {i: _CODES_PRESENCE[p][:5] for i, p in enumerate(plats) if p in _CODES_PRESENCE}
    # « Nom | Présent | Excusé | Absent | Pouvoir à » : une colonne par statut, cochée (une
    # rangée ne dit jamais deux statuts)
    statuts = {
        i: m.group(1)[:5] for i, p in enumerate(plats) if len(p) <= 20 and (m := _STATUT.match(p))
    }
    if personne is not None and (
        len(lettres) >= 2
        or len(statuts) >= 2
        or any(
            _COLONNE_STATUT.match(p)
            # « conseillère | présente » est une rangée : le titre de colonne n'est pas un statut
            and (plats[personne] in _TITRES_NOMS or not _STATUT.match(p))
            for p in plats
        )
    ):
        statut = next(
            (i for i, p in enumerate(plats) if _COLONNE_STATUT.match(p)), min(lettres, default=0)
        )
        pouvoir = next(
            (i for i, p in enumerate(plats) if _COLONNE_POUVOIR.search(p)),
            None,
        )
        etat.tableau, etat.section = (statut, pouvoir), None
        etat.tableau_supplees = "supplee" in plats[statut]
        etat.tableau_personne = personne
        etat.tableau_largeur = len(cellules)
        colonnes = statuts or lettres
        etat.tableau_suppleant = next(
            (
                (j, j + 1)
                for j, p in enumerate(plats[:-1])
                if j > personne and _COLONNE_SUPPLEANT.fullmatch(p) and _COLONNE_STATUT.match(plats[j + 1])
            ),
            None,
        )
        etat.tableau_colonnes = colonnes if len(colonnes) >= 2 else None
        return True
    if etat.tableau is None:
        return False
    statut_i, pouvoir_i = etat.tableau
    if etat.tableau_personne > 0 and (
        (
            len(cellules) == etat.tableau_largeur - 1
            and not appel.est_commune_seule(cellules[0])
            # (« SAINT-MAIXENT- ⇥ M. X ⇥ P ⇥ M. Y » : la personne est à sa place)
            and not (
                etat.tableau_personne < len(cellules)
                and _CIVILITE_EN_TETE_DE_CELLULE.match(cellules[etat.tableau_personne])
            )
        )
        or (0 < len(cellules) < etat.tableau_largeur and _CIVILITE_EN_TETE_DE_CELLULE.match(cellules[0]))
    ):
        # « \tM. Henri LAFON\tP » (la commune écrite une fois, au-dessus) : la première
        # cellule, vide, est tombée avec les blancs de la ligne (les dernières aussi, quand
        # la rangée finit par des cellules vides)
        cellules, plats = ["", *cellules], ["", *plats]
    if statut_i < len(plats) and len(plats[statut_i]) <= 40:
        # « P », « E », « A », « S : M. X » : codes d'une feuille de présence
        if (code := _CODES_PRESENCE.get(plats[statut_i])) is not None:
            plats[statut_i] = cellules[statut_i] = code
        elif (supplee := _CODE_SUPPLEE.match(cellules[statut_i])) is not None:
            cellules[statut_i] = "remplacé par " + cellules[statut_i][supplee.end() :]
    if etat.tableau_suppleant is not None and _suppleant_en_colonne(etat, n, cellules):
        return True
    trouve = _STATUT.match(plats[statut_i]) if statut_i < len(plats) else None
    autre = _PRESENCE_AUTRE.search(cellules[statut_i]) if statut_i < len(cellules) else None
    if trouve is None and etat.tableau_colonnes is not None:
        if _ligne_a_colonnes(etat, n, cellules):
            return True
        etat.tableau = None
        return False
    if trouve is None and autre is None and _ligne_a_croix(etat, n, cellules):
        return True
    personne_i = etat.tableau_personne
    elu = lire_personne(cellules[personne_i]) if (trouve or autre) and personne_i < len(cellules) else None
    if (trouve is None and autre is None) or elu is None:
        etat.tableau = None
        return False
    if autre is not None and trouve is not None and trouve.group(1).startswith("present"):
        # « Présent jusqu'à la délibération n° X incluse, puis pouvoir à M. Y » : présent une
        # partie de la séance, représenté ensuite
        etat.presents.append((n, elu))
        _presence_autre(etat, n, elu, cellules[statut_i], False)
        if (mvt := r.mouvement(f"{elu} {cellules[statut_i]}")) is not None:
            etat.mouvements.append((n, mvt))
        return True
    if autre is not None:
        _presence_autre(etat, n, elu, cellules[statut_i], trouve is not None)
        return True
    assert trouve is not None
    mot = trouve.group(1)
    precision = _PARENTHESE.search(cellules[statut_i])
    mandataire = cellules[pouvoir_i] if pouvoir_i is not None and pouvoir_i < len(cellules) else ""
    if mandataire:
        etat.procurations.append((n, elu, lire_personne(mandataire), mandataire))
        if mot.startswith("excuse"):
            etat.mandants_excuses.add(elu.cle)
    elif mot.startswith("present"):
        etat.presents.append((n, elu))
    elif mot.startswith("represent"):
        etat.procurations.append((n, elu, None, cellules[statut_i]))
    else:
        # « Absente excusée » : excusée
        etat.absents.append((n, elu, mot.startswith("excuse") or "excus" in plats[statut_i]))
    if precision:
        _precision(etat, n, elu, precision.group(1))
    elif mot.startswith("present") and (mvt := r.mouvement(f"{elu} {cellules[statut_i]}")) is not None:
        etat.mouvements.append((n, mvt))  # « Présent à partir de la délibération n° 2021-047 »
    return True


_COLONNE_SUPPLEANT = re.compile(r"(?:delegue(?:e|\(e\))?s?\s+)?suppleant(?:e|\(e\))?s?(?:\(e\))?")


def _suppleant_en_colonne(etat: _Etat, n: int, cellules: list[str]) -> bool:
    """« Commune | Titulaire | Présence | Délégué suppléant | Présence » : un suppléant
    présent dans sa colonne siège pour le titulaire de sa rangée (qui est remplacé, quel que
    soit l'état écrit pour lui) ; faux si la rangée ne le dit pas."""
    assert etat.tableau_suppleant is not None
    j, presence = etat.tableau_suppleant
    if presence >= len(cellules) or not cellules[j]:
        return False
    etat_suppleant = _STATUT.match(cle_texte(cellules[presence]))
    if etat_suppleant is None or not etat_suppleant.group(1).startswith("present"):
        return False
    titulaire = lire_personne(cellules[etat.tableau_personne])
    suppleant = lire_personne(cellules[j])
    if titulaire is None or suppleant is None:
        return False
    etat.suppleances.append((n, suppleant, titulaire))
    return True


_COLONNE_COMMUNE = re.compile(r"communes?|collectivites?|communes? membres?")
_COLONNE_PRESENTS = re.compile(
    r"(?:(?:delegues?|elue?s?|conseillers?|membres?|titulaires?)\s+)?presente?s?"
)
_COLONNE_ABSENTS = re.compile(r"excuse|absent|pouvoir|procuration")
_COLONNE_ABSENT_SEUL = re.compile(r"(?:delegues?\s+)?absente?s?(?:\s+non\s+excuse(?:e|\(e\))?s?)?")


def _tableau_par_commune(etat: _Etat, n: int, t: str) -> bool:
    """Un tableau des présences par commune (« Commune | Délégués présents | Excusés –
    pouvoirs ») : chaque rangée nomme sa commune (pas une personne), ses présents (séparés
    par des virgules ou des « ; ») et ses excusés, avec leurs pouvoirs entre parenthèses."""
    cellules = [c.strip() for c in t.split("\t")]
    plats = [cle_texte(c) for c in cellules]
    if _COLONNE_COMMUNE.fullmatch(plats[0]):
        presents = next((i for i, p in enumerate(plats) if _COLONNE_PRESENTS.fullmatch(p)), None)
        if presents is None or _colonnes_a_croix_par_personne(plats):
            return False
        absents = next(
            (i for i, p in enumerate(plats) if i != presents and _COLONNE_ABSENTS.search(p)), None
        )
        etat.tableau_communes, etat.section = (presents, absents), None
        etat.tableau_excuses = absents is not None and "excus" in plats[absents]
        etat.tableau_suppleants = next(
            (i for i, p in enumerate(plats) if _COLONNE_SUPPLEANTS_SIEGEANT.fullmatch(p)), None
        )
        # « … | Excusés – pouvoirs | Absents » : une seconde colonne, des absents non excusés
        etat.tableau_absents = next(
            (
                i
                for i, p in enumerate(plats)
                if i not in (presents, absents) and etat.tableau_excuses and _COLONNE_ABSENT_SEUL.fullmatch(p)
            ),
            None,
        )
        return True
    if etat.tableau_communes is None or len(cellules) < 2:
        return False
    presents_i, absents_i = etat.tableau_communes
    intitule_absents = "Absents excusés" if etat.tableau_excuses else "Absents"
    tableau = etat.tableau_communes
    colonnes = ((presents_i, "Présents"), (absents_i, intitule_absents), (etat.tableau_absents, "Absents"))
    for i, intitule in colonnes:
        if i is not None and i < len(cellules) and cellules[i]:
            etat.section = None
            _traiter(etat, n, f"{intitule} : {cellules[i]}")
    if (j := etat.tableau_suppleants) is not None and j < len(cellules) and cellules[j]:
        _suppleants_en_cellule(etat, n, cellules[j])
    etat.section, etat.tableau_communes = None, tableau  # (la cellule lue n'a pas de tabulation)
    return True


# « Commune | Titulaires présents | Suppléant(e) siégeant | Absents » : la colonne des
# suppléants qui siègent (pas « Délégués suppléants », la liste de tous les suppléants)
_COLONNE_SUPPLEANTS_SIEGEANT = re.compile(
    r"(?:delegue(?:e|\(e\))?s?\s+)?suppleant(?:e|\(e\))?s?\s+"
    r"(?:siegeant(?:e|\(e\))?s?|presente?s?|qui\s+siegen?t|en\s+seance)"
)
# « Lionel BRUNET pour Hervé CHOLLET », « Mme X en remplacement de M. Y » : dans la cellule
_X_POUR_Y = re.compile(
    r"^(?P<suppleant>[^()]+?)\s*(?:\([^()]{2,60}\))?\s*,?\s*(?:pour|remplace|rempla[çc]ante?"
    r"|en\s+remplacement\s+(?:de|d')|si[èe]ge\s+pour)\s+(?P<titulaire>[^,;()]+?)\s*\.?$"
)


def _suppleants_en_cellule(etat: _Etat, n: int, cellule: str) -> None:
    """« Lionel BRUNET pour Hervé CHOLLET » dans la colonne des suppléants qui siègent : X
    siège pour Y ; un nom seul, un suppléant dont le titulaire n'est pas nommé."""
    for morceau in (m.strip() for m in cellule.split(";")):
        formes = (_X_POUR_Y, _SUPPLEANT_POUR, _SUPPLEANT) if len(morceau) <= 200 else ()
        pour = next((m for forme in formes if (m := forme.match(morceau)) is not None), None)
        suppleant = lire_personne(pour.group("suppleant")) if pour is not None else None
        if suppleant is not None and pour is not None:
            etat.suppleances.append((n, suppleant, lire_personne(pour.group("titulaire"))))
        elif (seul := lire_personne(morceau)) is not None and pour is None:
            etat.suppleances.append((n, seul, None))
        elif morceau:
            etat.constat(
                "extrait.nom-illisible",
                Severite.AVERTISSEMENT,
                n,
                f"« {morceau[:80]} » n'est pas lu comme un suppléant : la liste peut être incomplète.",
            )


def _colonnes_a_croix_par_personne(plats: list[str]) -> bool:
    """« Commune | Délégué | Présent | Excusé | Absent | Pouvoir à » : une personne par
    rangée, une colonne cochée par statut (lue par :func:`_tableau`), pas des présents
    groupés par commune."""
    return any(_COLONNE_PERSONNE.fullmatch(p) for p in plats[1:]) and (
        sum(1 for p in plats if len(p) <= 20 and _STATUT.match(p)) >= 2
    )


_CIVILITE_EN_TETE_DE_CELLULE = re.compile(rf"{_CIVILITE_PUIS_NOM}")
_COCHES = frozenset(("x", "oui", "\u2713", "\u2714"))


def _ligne_a_colonnes(etat: _Etat, n: int, cellules: list[str]) -> bool:
    """Une rangée d'un tableau à une colonne par statut (« Nom | Présent | Excusé | Absent |
    Pouvoir à ») : la colonne cochée dit le statut, la colonne des pouvoirs le mandataire.
    Faux si la rangée n'a pas cette forme (aucune ou plusieurs cases cochées, nom illisible)."""
    assert etat.tableau is not None and etat.tableau_colonnes is not None
    _statut_i, pouvoir_i = etat.tableau
    coches = [
        i for i in etat.tableau_colonnes if i < len(cellules) and cle_texte(cellules[i]) in _COCHES
    ]
    nom = cellules[etat.tableau_personne] if etat.tableau_personne < len(cellules) else ""
    precision = _PARENTHESE.search(nom)
    if precision is not None and _SUPPLEANT_DE.match(precision.group(1)):
        nom = nom[: precision.start()].strip()  # « Mme X (suppléante de M. Y) »
    else:
        precision = None
    elu = lire_personne(nom) if _CAPITALES_NOM.search(nom) else None
    mandataire = cellules[pouvoir_i] if pouvoir_i is not None and pouvoir_i < len(cellules) else ""
    if elu is None or len(coches) > 1 or not (coches or mandataire):
        return False
    statut = etat.tableau_colonnes[coches[0]] if coches else ""
    if precision is not None and statut == "prese" and not mandataire and _supplee_en_rangee(etat, n, elu, precision.group(1)):
        return True
    if mandataire:
        etat.procurations.append((n, elu, lire_personne(mandataire), mandataire))
        if statut == "excus":
            etat.mandants_excuses.add(elu.cle)
    elif statut == "prese":
        etat.presents.append((n, elu))
    elif statut == "repre":
        etat.procurations.append((n, elu, None, nom))
    else:
        etat.absents.append((n, elu, statut == "excus"))
    return True


def _supplee_en_rangee(etat: _Etat, n: int, suppleant: Elu, precision: str) -> bool:
    """« Mme X (suppléante de M. Y) » cochée présente sur sa rangée : elle siège pour Y
    (rangé ailleurs parmi les excusés) ; faux, et c'est dit, si la parenthèse ne nomme pas le
    titulaire lisiblement."""
    trouve = _SUPPLEANT_DE.match(precision)
    titulaire = lire_personne(trouve.group(1)) if trouve is not None else None
    if titulaire is None:
        etat.constat(
            "extrait.suppleant",
            Severite.AVERTISSEMENT,
            n,
            f"Titulaire de {suppleant} illisible : « {precision[:80]} » ; compté présent.",
        )
        return False
    etat.suppleances.append((n, suppleant, titulaire))
    return True


_TIRET_DE_RUBRIQUE = re.compile(r"(?:^|\s)[-–]\s+(?=[A-ZÀ-Ý])")
_SUPPLEANTS_NUS = re.compile(r"[-–]?\s*(?:delegue(?:e|\(e\))?s?\s+)?suppleant(?:e|\(e\))?s?\s*:")
_INTITULE_A_DEUX_POINTS = re.compile(r"[^:,;]{2,60}\s?:\s")  # « Délégués titulaires : »


def _sous_intitules_a_tirets(t: str) -> list[str] | None:
    """« Étaient présents : - Délégués titulaires : Mmes A, B - Délégués suppléants avec voix
    délibérative : M. C (pour M. D) » (texte aplati) : l'intitulé, puis chaque sous-intitulé
    introduit par un tiret, à lire l'un après l'autre ; ``None`` sans sous-intitulé à tiret
    (un tiret suivi de nombres, « Présents : 12 - Votants : 14 », n'en ouvre pas)."""
    coupures = [
        m.start()
        for m in _TIRET_DE_RUBRIQUE.finditer(t)
        if m.start() > 0
        and _INTITULE_A_DEUX_POINTS.match(t, m.end())
        and (sous := r.section(t[m.end() :])) is not None
        and not _nombre_en_tete(sous.reste)
    ]
    if not coupures:
        return None
    bornes = [0, *coupures, len(t)]
    morceaux = [t[a:b].strip().lstrip("-–").strip() for a, b in itertools.pairwise(bornes)]
    return [m for m in morceaux if m]


def _sans_commune_en_tete(t: str) -> tuple[str, str]:
    """« BRIOSNE ⇥ M. X ⇥ Présent » → (« BRIOSNE », « M. X ⇥ Présent ») : la commune d'une
    rangée de tableau de présence (écrite sur la première rangée de ses délégués) ; sinon
    (« », la ligne)."""
    if "\t" in t and len(cellules := t.strip().split("\t")) == 3 and appel.est_commune_seule(cellules[0]):
        return cellules[0], "\t".join(cellules[1:])
    return "", t


def _ligne_d_appel(etat: _Etat, n: int, t: str) -> bool:
    """Une ligne de la feuille d'appel (voir :mod:`deliberations.extrait.appel`) : son
    intitulé, les titres de ses colonnes, une commune seule, ou des délégués suivis de leur
    état. Faux (et la feuille est finie) pour toute autre ligne."""
    if etat.section is not None:
        return False
    if appel.est_intitule_d_appel(t):
        etat.appel = True
        return True
    if not etat.appel:
        # « Membre ⇥ Situation » : les titres d'un tableau de présence (page web) ouvrent la
        # feuille, s'ils nomment la colonne de l'état
        # (sans colonne « Commune » : le tableau par commune est lu ailleurs)
        # (« Commune ⇥ Délégué(e) ⇥ Présence » : la commune en première colonne, en rowspan)
        plat = cle_texte(t)
        if (
            "\t" in t
            and appel.est_en_tete_de_colonnes(t)
            and _COLONNE_D_ETAT.search(plat)
            and (
                "commune" not in plat
                or (
                    _COMMUNE_PUIS_DELEGUE_PUIS_ETAT.fullmatch(plat) is not None
                    # (la rangée suivante doit être « COMMUNE ⇥ M. X ⇥ état » : sinon le
                    # tableau par commune est lu ailleurs)
                    and appel.rangees_d_appel(_sans_commune_en_tete(etat.suivante)[1]) is not None
                )
            )
        ):
            etat.appel = True
            return True
        return False
    if appel.est_en_tete_de_colonnes(t):
        return True
    if appel.est_commune_seule(t):
        _groupe_lu(etat, n, t)
        return True
    commune, t = _sans_commune_en_tete(t)
    if commune:
        _groupe_lu(etat, n, commune)  # « BRIOSNE ⇥ M. X ⇥ Présent » : la commune (rowspan)
    rangees = appel.rangees_d_appel(t)
    if rangees is None:
        etat.appel = False
        return False
    for nom, texte in rangees:
        _rangee_d_appel(etat, n, nom, texte)
    return True


_DELIBERATION_NUMERO_SEUL = re.compile(r"D[ée]lib[ée]ration\s+n\s?°\s*(\d[\w./-]*\w)\s*")
# ce qui suit le numéro d'un extrait en tête de page : décomptes, phrase d'ouverture, séance
_EN_TETE_APRES_LE_NUMERO = re.compile(
    r"(?:nombre\s+de|membres?\s+(?:en\s+exercice|afferents)|conseillers\s+en\s+exercice|en\s+exercice"
    r"|l'an\b|seance\s+du|date\s+de\s+(?:la\s+)?convocation)"
)


def _numero_en_tete_d_extrait(etat: _Etat) -> bool:
    """« Délibération n° X » seul sur sa ligne, en tête d'un extrait du registre : la ligne
    suivante dit les décomptes, la séance ou la phrase d'ouverture (pas le titre du point), et
    un « Objet : » suit dans le texte (le point qu'il ouvre prend le numéro)."""
    return (
        not etat.aplati
        and _EN_TETE_APRES_LE_NUMERO.match(cle_texte(etat.suivante.strip())) is not None
        and _OBJET_EN_TETE_DE_LIGNE.search(etat.texte) is not None
    )


_OBJET_EN_TETE_DE_LIGNE = re.compile(r"^\s*(?:OBJET|Objet)\s*:", re.M)
_TITRES_DE_MEMBRES = frozenset(
    ("delegues", "delegue", "membres", "titulaires", "delegues titulaires", "syndics", "conseillers", "elus")
)


_CELLULES_A_ESPACES = re.compile(r"\t| {3,}")


def _sans_colonne_hors_membres(etat: _Etat, n: int, t: str) -> str:
    """Sous « Étaient présents », un tableau « Délégués | Syndicat des Rivières » : la première
    colonne nomme les membres, l'autre des agents ou des invités, présents sans être membres
    (constat ``extrait.non-membres``) ; la ligne rendue ne garde que les membres."""
    cellules = _CELLULES_A_ESPACES.split(t)  # (tabulations, ou colonnes séparées de trois espaces)
    plats = [cle_texte(c).strip(" :") for c in cellules]
    if (
        plats[0] in _TITRES_DE_MEMBRES
        and not _CAPITALES_NOM.search(t)
        and (autres := frozenset(i for i, p in enumerate(plats) if p and p not in _TITRES_DE_MEMBRES))
    ):
        etat.hors_membres = (etat.section, autres)
        return ""
    if etat.hors_membres is None or etat.hors_membres[0] is not etat.section:
        return t
    hors = [c.strip() for i, c in enumerate(cellules) if i in etat.hors_membres[1] and c.strip()]
    if hors:
        etat.constat(
            "extrait.non-membres",
            Severite.INFO,
            n,
            f"Personnes présentes sans être membres (colonne des agents, non reprises) : « {', '.join(hors)[:80]} ».",
        )
    return ", ".join(c.strip() for i, c in enumerate(cellules) if i not in etat.hors_membres[1] and c.strip())


def _ligne_a_lettres(etat: _Etat, n: int, t: str) -> bool:
    """La légende d'un tableau de présence à lettres (« P : présent – E : excusé ») et les
    rangées aplaties qui la suivent (« TISSOT Marcel S BARBIER Jacques » : titulaire, lettre,
    suppléant) ; faux si la ligne n'en porte pas (au moins deux rangées)."""
    debut = 0
    if etat.lettres is None:
        legende = appel.legende_de_presence(t)
        if legende is None:
            return False
        etat.lettres, debut = legende
    rangees = appel.rangees_a_lettres(t[debut:], etat.lettres)
    if len(rangees) < 2:
        if debut:
            return False
        etat.lettres = None
        return False
    for titulaire, statut, suppleant in rangees:
        _rangee_a_lettre(etat, n, titulaire, statut, suppleant)
    return True


def _rangee_a_lettre(etat: _Etat, n: int, titulaire: str, statut: str, suppleant: str) -> None:
    elu = lire_personne(titulaire)
    if elu is None:
        return
    if statut == "present":
        etat.presents.append((n, elu))
    elif statut == "supplee" and (remplacant := lire_personne(suppleant)) is not None:
        etat.suppleances.append((n, remplacant, elu))
    elif statut in ("excuse", "absent"):
        etat.absents.append((n, elu, statut == "excuse"))
    # « Pv » : le pouvoir est écrit ailleurs (« Pouvoir : M. X à M. Y »)


_ABSENT_EXCUSE = re.compile(r"absente?\s+excusee?\b")


_COLONNE_D_ETAT = re.compile(r"\b(?:situation|etat|presence|statut)\b")
_COMMUNE_PUIS_DELEGUE_PUIS_ETAT = re.compile(
    r"communes?\s(?:delegue(?:\(e\))?s?|membres?|elus?)\s(?:situation|etat|presence|statut)"
)
# « Présente (à partir du rapport n° 3) » : le mouvement écrit avec l'état
_PARENTHESE_DE_MOUVEMENT = re.compile(r"\s*\(([^()]{2,60})\)\s*$")


def _rangee_d_appel(etat: _Etat, n: int, nom: str, texte: str) -> None:
    """« M. X présent », « Mme Y absente excusée, pouvoir à M. Z », « M. W suppléant de
    M. V » : la personne rangée selon l'état écrit après son nom."""
    elu = lire_personne(nom) if _CAPITALES_NOM.search(nom) else None
    if (
        elu is not None
        and texte.endswith(")")
        and (parenthese := _PARENTHESE_DE_MOUVEMENT.search(texte)) is not None
        and (mvt := r.mouvement(f"{nom} {parenthese.group(1)}")) is not None
    ):
        etat.mouvements.append((n, mvt))
        texte = texte[: parenthese.start()]
    plat = cle_texte(texte)
    if elu is None:
        etat.constat(
            "extrait.ligne-non-comprise",
            Severite.AVERTISSEMENT,
            n,
            f"Nom illisible dans la feuille d'appel : « {nom[:60]} {texte[:40]} ».",
        )
        return
    if plat.startswith("arriv") and (arrivee := r.mouvement(f"{nom} {texte}")) is not None:
        etat.mouvements.append((n, arrivee))  # « Arrivé au point 4 » : présent à partir du point
        etat.presents.append((n, elu))
        return
    if plat.startswith("suppl"):
        titulaire = lire_personne(texte.split(" ", 2)[-1].strip(" ."))
        if titulaire is not None:
            etat.suppleances.append((n, elu, titulaire))
        else:
            etat.presents.append((n, elu))
        return
    if (absent_excuse := _ABSENT_EXCUSE.match(plat)) is not None:
        texte = "excusé" + texte[absent_excuse.end() :]  # « absent excusé » : excusé
        plat = cle_texte(texte)
    trouve = _STATUT.match(plat)
    if _PRESENCE_AUTRE.search(texte) is not None:
        present = trouve is not None and trouve.group(1).startswith("present")
        if present:
            etat.presents.append((n, elu))
        _presence_autre(etat, n, elu, texte, trouve is not None and not present)
    elif trouve is not None and trouve.group(1).startswith("present"):
        etat.presents.append((n, elu))
    elif trouve is not None and not trouve.group(1).startswith("represent"):
        etat.absents.append((n, elu, trouve.group(1).startswith("excuse")))


_QUALITE_DE_SUPPLEANT_FINALE = re.compile(r"\s*,\s*(?:d[ée]l[ée]gu[ée]e?\s+)?suppl[ée]ante?\s*\.?\s*$", re.I)


def _presence_autre(etat: _Etat, n: int, elu: Elu, cellule: str, excuse: bool) -> None:
    """« excusée – pouvoir à X », « pouvoir à X » : une procuration ; « représenté par sa
    suppléante X » : une suppléance."""
    autre = _PRESENCE_AUTRE.search(cellule)
    assert autre is not None
    if (mandataire := autre.group("mandataire")) is not None:
        mandataire = mandataire.strip(" .")
        etat.procurations.append((n, elu, lire_personne(mandataire), mandataire))
        if excuse:
            etat.mandants_excuses.add(elu.cle)
        return
    # (« Représenté par M. X, suppléant » : la qualité après le nom)
    suppleant = lire_personne(_QUALITE_DE_SUPPLEANT_FINALE.sub("", autre.group("suppleant")).strip(" ."))
    if suppleant is None:
        etat.absents.append((n, elu, excuse))
        etat.constat(
            "extrait.suppleant",
            Severite.AVERTISSEMENT,
            n,
            f"Suppléant de {elu} illisible : « {cellule[:80]} ».",
        )
        return
    etat.suppleances.append((n, suppleant, elu))


def _ligne_a_croix(etat: _Etat, n: int, cellules: list[str]) -> bool:
    """Une ligne d'un tableau de présence à croix (« NOM Prénom | Représentant | Présent(e) ou
    suppléé(e) | Suppléé(e) par, Pouvoir donné à ») : « X » seul, présent ; « X » et un nom,
    suppléé par ce nom ; case vide et un nom, pouvoir donné à ce nom ; deux cases vides,
    absent. Faux si la ligne n'a pas cette forme (le tableau est fini)."""
    assert etat.tableau is not None
    statut_i, pouvoir_i = etat.tableau
    marque = cellules[statut_i].strip().lower() if statut_i < len(cellules) else ""
    autre = cellules[pouvoir_i].strip() if pouvoir_i is not None and pouvoir_i < len(cellules) else ""
    if (
        len(cellules) < 2
        or marque not in ("x", "")
        or (marque and autre and not etat.tableau_supplees)
    ):
        return False
    # un NOM en capitales (« Pour | 12 » n'est pas une personne)
    nom = cellules[etat.tableau_personne] if etat.tableau_personne < len(cellules) else ""
    elu = lire_personne(nom) if _CAPITALES_NOM.search(nom) else None
    if elu is None:
        if not (marque and _FONCTION_SEULE.match(cle_texte(nom))):
            return False
        etat.constat(
            "extrait.nom-illisible",
            Severite.AVERTISSEMENT,
            n,
            f"« {nom[:60]} » présent, désigné par sa fonction sans être nommé : la liste "
            "des présents est incomplète.",
        )
        return True
    if marque and not autre:
        etat.presents.append((n, elu))
    elif marque:
        suppleant = lire_personne(autre)
        if suppleant is None:
            return False
        etat.suppleances.append((n, suppleant, elu))
    elif autre:
        etat.procurations.append((n, elu, lire_personne(autre), autre))
    else:
        etat.absents.append((n, elu, False))
    return True


_FONCTION_SEULE = re.compile(
    r"^(?:(?:m|mme|monsieur|madame)\.?\s+)?(?:le|la)\s+(?:maire|presidente?|vice-presidente?)$"
)


_NOM_PUIS_PARENTHESE = re.compile(r"^[^()]{3,60}\([^()]{3,80}\)\s*[,.;]?$")


_VERBE_DE_PHRASE = re.compile(
    r"\b(?:est|sont|a|ont|sera|seront|aura|auront|fait|font|se|il|elle|ils|elles|on|nous|vous|"
    r"je|aucune?|prend|prennent|demande|informe|presente|propose|rappelle|expose|signale|rend|"
    r"suivent|levee|ouverte)\b|\bs'|[:,;!?]"
)
# un intertitre commence par un nom (« Vote du … », « Travaux d'… »), pas par un article, une
# civilité, une préposition ni un nom en capitales
_PAS_UN_DEBUT_D_INTITULE = re.compile(
    r"^(?:le|la|les|l'|un|une|des|du|de|d'|au|aux|en|pour|par|sur|m\.?|mme|mr|madame|monsieur|"
    r"mesdames|messieurs|prochaine?|point|powered)\b"
)


def _intertitre_a_point_final(etat: _Etat, t: str) -> bool:
    """Un texte en lignes (page web, transcription) où chaque point s'ouvre sur une ligne à
    lui, courte, sans verbe, finie par un point (« Vote du compte administratif 2007. ») et
    suivie d'un vote avant l'intertitre suivant, une fois l'en-tête lu ; jamais les questions
    diverses."""
    if etat.aplati or not (etat.presents or etat.secretaire) or not _forme_d_intertitre(t):
        return False
    for ligne in etat.lignes[etat.rang_ligne + 1 : etat.rang_ligne + 12]:
        texte = ligne.texte.strip()
        if not texte:
            continue
        if _forme_d_intertitre(texte):
            return False
        if r.votes(texte) or ((res := r.resultat(texte)) and (res.resultat or res.unanimite)):
            return True
    return False


def _forme_d_intertitre(t: str) -> bool:
    t = t.strip()
    if not t.endswith(".") or not 8 <= len(t) <= 100 or not t[:1].isupper():
        return False
    premier = t.split()[0]
    if len(t.split()) < 2 or (premier.isupper() and len(premier) > 1):
        return False
    plat = cle_texte(t[:-1])
    return not (
        _VERBE_DE_PHRASE.search(plat)
        or _PAS_UNE_DECISION.match(plat)
        or _PAS_UN_DEBUT_D_INTITULE.match(plat)
        # « Adopté par 19 voix pour et 1 abstention. » : le vote du point, pas un intertitre
        or (r.votes(t) and (res := r.resultat(t)) is not None and res.resultat is not None)
        # « Arrivée de Mme X avant l'examen du point 2024-16. » entre deux points : un
        # mouvement de séance, pas le titre d'un point
        or r.mouvement(t) is not None
    )


# « Point n° 7 – Convention … avec la commune de » / « Meaulne-les-Bois » : un titre qui finit
# sur une préposition ou un article continue à la ligne suivante
_FIN_SUSPENDUE = re.compile(
    r"\s(?:de|du|des|d'|la|le|les|l'|à|au|aux|et|avec|pour|sur|en|entre|par)\s*$", re.I
)


def _titre_suspendu(d: _Delib, t: str) -> bool:
    """La ligne continue un titre d'une ligne resté suspendu (courte, sans point final)."""
    return (
        len(d.objet) == 1
        and not d.paragraphe_neuf
        and len(t) <= 60
        and not t.rstrip().endswith(".")
        and _FIN_SUSPENDUE.search(d.objet[-1]) is not None
    )


def _nom_et_mouvement_en_liste(etat: _Etat, t: str) -> bool:
    """« DUBOIS Carine (arrivée au point n° 2) » seul sur sa ligne dans la liste des présents :
    un présent avec sa précision (lue par la liste), pas une phrase de mouvement ; de même
    « M. X (arrivé au point 2) » sous « Absent » (un absent arrivé, présent ensuite)."""
    if etat.section is None or etat.section.nom not in ("presents", "absents"):
        return False
    if _NOM_PUIS_PARENTHESE.match(t) is not None:
        return True
    # « M. X, 4e Adjoint      Mme Y (arrivée au point 3) » (colonnes aplaties), « Mme Y (arrivée
    # au point 3), M. Z » (suite de liste) : l'arrivée est la précision d'une entrée de la liste
    return (
        "(" in t
        and _MOUVEMENT_ENTRE_PARENTHESES.search(t) is not None
        and _INDICE_MOUVEMENT_HORS.search(_PARENTHESES.sub("", t)) is None
    )


_MOUVEMENT_ENTRE_PARENTHESES = re.compile(
    r"\((?:arriv[ée]e?s?|arrive|partie?s?|d[ée]part)\s[^()]{0,60}\)", re.I
)
_INDICE_MOUVEMENT_HORS = re.compile(r"arriv|quitt|rejoin|partir|sort|retir", re.I)
_PARENTHESES = re.compile(r"\([^()]*\)")


# « Pouvoirs : Mme X à M. Y (à partir du point 2) » : la portée du pouvoir, en points (et sans
# parenthèse : « X donne procuration à M. Y à partir du point 4 »)
_PORTEE_DU_POUVOIR = re.compile(
    # (« (de la délibération n° 8 à la délibération n° 21) » : une plage de points)
    r"\s*\(((?:(?:à|a)\s+partir\s+d(?:u|e(?:\s+la)?)|jusqu'(?:au|à\s+la)|pour\s+les?|aux?|d[èe]s\s+l[ea]|de\s+la|du)\s+"
    # (la parenthèse fermante ôtée avec la ponctuation du mandataire : « (à partir du point 12 »)
    r"(?:points?|questions?|d[ée]lib[ée]rations?|rapports?|dossiers?)\b[^()]{0,40})\)?\s*$"
    r"|\s+((?:à|a)\s+partir\s+d(?:u|e\s+la)\s+(?:point|question|d[ée]lib[ée]ration|rapport|dossier)"
    r"\s+(?:n\s*°\s*)?\d[\w./-]{0,20}"
    # « … à M. Y à compter de son départ » : le pouvoir ne vaut qu'après le départ du mandant
    r"|(?:(?:à|a)\s+(?:compter|partir)\s+de|apr[èe]s|d[èe]s)\s+son\s+d[ée]part)\s*[.;]?\s*$"
    # (« … à Mme Y (à compter de son départ) » : la même portée entre parenthèses)
    r"|\s*\(((?:(?:à|a)\s+(?:compter|partir)\s+de|apr[èe]s|d[èe]s)\s+son\s+d[ée]part)\)?\s*[.;]?\s*$"
    # « … à M. Y jusqu'à son arrivée à la question 0.2. » : le pouvoir ne vaut qu'avant l'arrivée
    r"|\s+(jusqu'(?:à|a)\s+son\s+arriv[ée]e(?:\s+(?:à|a)\s+la\s+(?:question|point|d[ée]lib[ée]ration|rapport)"
    r"\s+(?:n\s*°\s*)?\d[\w./-]{0,20}?)?)\s*[.;]?\s*$",
    re.I,
)
_PORTEE_EN_TETE = re.compile(
    r"(partir\s+d(?:u|e\s+la)\s+(?:point|question|d[ée]lib[ée]ration)\s+(?:n\s*°\s*)?\S+?)\s+(?:à|a)\s+(?=\S)",
    re.I,
)
# « X ayant donné pouvoir à ayant donné pouvoir à M. Y » : la formule écrite deux fois
_FORMULE_DE_POUVOIR_REPETEE = re.compile(
    r"^(?:(?:ayant|a|qui\s+a)\s+donn[ée]\s+)?(?:pouvoir|procuration)\s+(?:à|a)\s+(?=\S)", re.I
)


def _procuration_partielle(etat: _Etat, n: int, mandant: Elu, portee: str) -> None:
    """Un pouvoir pour une partie des points : la procuration est gardée, sa portée est dite
    (la présence du mandant aux autres points n'est pas établie)."""
    etat.constat(
        "extrait.procuration-partielle",
        Severite.AVERTISSEMENT,
        n,
        f"Procuration de {mandant} « {portee} » : la portée n'est pas reprise ; la présence "
        "du mandant aux autres points est à vérifier.",
    )


# « … M. Marc X (Bourgneuf) Séance du Conseil de communauté Du 14 mai » (texte aplati) : le titre
# courant d'une page, au milieu ou à la fin d'une liste
_ETAT_FINAL = re.compile(r"(?P<nom>.{3,80}?)\s+(?P<etat>Absente?s?|ABSENTE?S?|Excus[ée]e?s?|EXCUS[ÉE]E?S?)\s*")
_TITRE_COURANT = re.compile(
    r"(?<=[)\w])\s+(?:S[ée]ance|R[ée]union)\s+du\s+(?:conseil|comit[ée])\b[^,;()]{0,60}?"
    r"\sdu\s+\d{1,2}(?:er)?\s+[a-zéû]+(?:\s+\d{4})?(?=\s|$)",
    re.I,
)
def _sans_titre_courant(etat: _Etat, n: int, morceau: str) -> str:
    """« M. Marc X (Bourgneuf) Séance du Conseil de communauté Du 14 mai » : le morceau sans le
    titre courant de la page collé au dernier nom (c'est dit)."""
    for titre in _TITRE_COURANT.finditer(morceau):
        etat.constat(
            "extrait.ligne-retiree",
            Severite.INFO,
            n,
            f"« {titre.group(0).strip()[:80]} » après « {morceau[: titre.start()][-40:]} » : titre "
            "courant de page, ôté de la liste.",
        )
    return _TITRE_COURANT.sub("", morceau)


# « M. X 1er Adjoint jusqu'à son arrivée à partir de la question 0.2 » parmi les présents : présent
# à partir de ce point
_JUSQU_A_SON_ARRIVEE = re.compile(
    r"\s+jusqu'(?:à|a)\s+son\s+arriv[ée]e\s+(?:(?:à|a)\s+partir\s+de\s+la|(?:à|a)\s+la)\s+"
    r"(?P<quoi>question|point|d[ée]lib[ée]ration|rapport)\s+(?:n\s*°\s*)?(?P<numero>\d[\w.]{0,10}?)\s*$",
    re.I,
)
_SECONDE_PARENTHESE = re.compile(r"(?<=\))\s*\(([^()]{1,60})\)?\s*$")
_A_PARTIR_SEUL = re.compile(
    r"\s*(?:à|a|A)\s+partir\s+d(?:e\s+la|u)\s+(?:d[ée]lib[ée]ration|point|question|dossier|rapport)\b"
)


def _fonction_d_un_present(etat: _Etat, elu: Elu, fonction: str) -> None:
    """« M. X, Maire », « M. X (Président) », « Mme Y, 1re adjointe » dans la liste des
    présents : le titulaire de la fonction, pour un président ou un mandataire nommé par elle."""
    if etat.section is None or etat.section.nom != "presents":
        return
    plat = cle_texte(fonction).strip(" .")
    titulaire = _FONCTION_TITULAIRE.fullmatch(plat)
    cle_fonction = titulaire.group(1) if titulaire else _cle_fonction_ordinale(plat)
    if cle_fonction:
        etat.titulaires_fonction.setdefault(cle_fonction, []).append(elu)


_ARRIVEE_A_L_HEURE = re.compile(
    r"(?:arriv[ée]e?|pr[ée]sente?)\s+(?:à|a|dès|des)\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d{1,2})?(?:\s*(?:min|minutes))?",
    re.I,
)
_POUVOIR_RECU = re.compile(
    r"(?:a\s+re[çc]u\s+(?:le\s+|un\s+)?|d[ée]tient\s+(?:le\s+|un\s+)?|porteu(?:r|se)\s+du\s+)?"
    r"(?:pouvoir|procuration)\s+(?:de|d['’])\s*(?P<mandant>[^()]{3,80}?)\s*[.;]?",
    re.I,
)


def _precision(etat: _Etat, n: int, p: Elu, texte: str) -> None:
    """La précision entre parenthèses après un nom : arrivée, départ, fonction."""
    mvt = r.mouvement(f"{p} {texte}")
    if mvt is None and etat.section is not None and etat.section.nom == "presents" and (
        _A_PARTIR_SEUL.match(texte)
    ):
        # « Fernand GODIN (à partir de la délibération n° 2015-23) » parmi les présents : son
        # arrivée, sans verbe
        mvt = r.mouvement(f"{p} présent {texte}")
    if (
        mvt is not None
        and etat.section is not None
        and etat.section.nom == "absents"
        and mvt.depart is not None
        and mvt.arrivee is None
        and "jusqu" in texte
    ):
        # « Absents : X (jusqu'à la question n°4) » : absent jusqu'au point 4, il arrive ensuite
        # (ce n'est pas un départ)
        mvt = r.Mouvement(mvt.qui, arrivee=mvt.depart + 1, depart=None)
    if mvt is not None:
        etat.mouvements.append((n, mvt))
    elif (
        etat.section is not None
        and etat.section.nom in ("absents", "procurations")
        and _ARRIVEE_A_L_HEURE.fullmatch(texte.strip()) is not None
    ):
        # « Absents excusés : M. X (arrivé à 20 heures 30) procuration à M. Y » : présent après
        # son arrivée (le point n'est pas dit), représenté avant
        etat.presents.append((n, p))
        etat.constat(
            "extrait.arrivee-sans-point",
            Severite.AVERTISSEMENT,
            n,
            f"{p} « {texte.strip()} » : compté présent ; le point de son arrivée n'est pas dit.",
        )
    elif est_fonction(texte):
        _fonction_d_un_present(etat, p, texte)  # « M. Alain BOISSIER (Président) »
    elif etat.section is not None and etat.section.nom == "absents" and _SANS_POUVOIR_SEUL.fullmatch(texte):
        return  # « M. X (sans pouvoir) » : absent, sans procuration, tel que lu
    elif (
        etat.section is not None
        and etat.section.nom == "presents"
        and (recu := _POUVOIR_RECU.fullmatch(texte.strip())) is not None
        and (mandant := lire_personne(recu.group("mandant"))) is not None
    ):
        # « Paul BERTIN (a reçu pouvoir de Anne MARCHAL) » parmi les présents : le pouvoir
        # d'Anne MARCHAL, que Paul BERTIN porte
        etat.procurations.append((n, mandant, p, str(p)))
    else:
        etat.constat(
            "extrait.precision-ignoree",
            Severite.INFO,
            n,
            f"Précision « {texte} » sur {p} non interprétée.",
        )


def _unanimite_contredite(etat: _Etat, n: int, d: _Delib, unanimite: bool, contre: bool) -> None:
    """L'unanimité et des voix contre lues sur deux lignes différentes d'un même point : deux
    votes confondus (le titre du second point n'a pas été reconnu), pas une unanimité
    contredite par le document ; c'est dit (le vote du point est douteux)."""
    if unanimite and not d.ligne_unanimite:
        d.ligne_unanimite = n
    if contre and not d.ligne_contre:
        d.ligne_contre = n
    if not (d.ligne_unanimite and d.ligne_contre) or d.ligne_unanimite == d.ligne_contre:
        return
    if n not in (d.ligne_unanimite, d.ligne_contre) or not (unanimite or contre):
        return
    etat.constat(
        "extrait.vote-repete",
        Severite.AVERTISSEMENT,
        n,
        f"Unanimité (ligne {d.ligne_unanimite}) et voix contre (ligne {d.ligne_contre}) dans un "
        "même point : deux votes confondus, le titre d'un point n'a peut-être pas été reconnu ; "
        "vote à vérifier.",
    )
    d.ligne_unanimite = d.ligne_contre = -1  # dit une fois


def _votants_dont_pouvoirs(etat: _Etat, n: int, t: str, pouvoirs: int) -> bool:
    """« Votants : 5 dont 1 pouvoir » avant toute délibération : le nombre de votants et celui
    des procurations de la séance."""
    votants = [v for cle, v in r.decomptes(t) if cle == "votants"]
    if not votants:
        return False
    _decomptes(etat, n, t)
    etat.decomptes.setdefault("procurations", pouvoirs)
    return True


_EXPRIMES_D_ENTETE = re.compile(r"\bnombre\s+de\s+suffrages\s+exprimes\s*:\s*(\d{1,3})\b")


def _appliquer_votes(etat: _Etat, n: int, valeurs: list[tuple[str, int]], t: str) -> None:
    d = etat.courante
    exprimes = _EXPRIMES_D_ENTETE.search(cle_texte(t)) if d is None else None
    if d is None and (exprimes is not None or r.decomptes(t)):
        # « Nombre de membres présents : 18 Nombre de suffrages exprimés : 21 » dans l'en-tête
        # (ou « Nombre de suffrages exprimés : 14 » seul sur sa ligne, sous les autres) : des
        # décomptes de la séance ; les suffrages exprimés avant tout point sont les votants
        # (un écart aux listes est signalé par le contrôle des votants)
        if r.decomptes(t):
            _decomptes(etat, n, t)
        if exprimes is not None and "votants" not in etat.decomptes:
            etat.decomptes["votants"] = int(exprimes.group(1))
            etat.constat(
                "extrait.exprimes-votants",
                Severite.INFO,
                n,
                f"« Suffrages exprimés : {exprimes.group(1)} » avant tout point : lu comme le nombre de votants.",
            )
        return
    if d is None:
        etat.constat(
            "extrait.vote-hors-deliberation",
            Severite.AVERTISSEMENT,
            n,
            f"Décompte de vote hors de toute délibération : « {t[:80]} ».",
        )
        return
    for cle, valeur in valeurs:
        if cle in d.votes and d.votes[cle] != valeur:
            etat.constat(
                "extrait.vote-repete",
                Severite.AVERTISSEMENT,
                n,
                f"« {cle} » donné deux fois ({d.votes[cle]} puis {valeur}) ; la dernière valeur est gardée.",
            )
        d.votes[cle] = valeur
    res = r.resultat(t)
    if res is not None:
        d.resultat = res.resultat or d.resultat
        d.unanimite = d.unanimite or res.unanimite
        d.mode = res.mode or d.mode
        d.moins.update(dict(res.moins))
    _unanimite_contredite(etat, n, d, res is not None and res.unanimite, bool(dict(valeurs).get("contre")))
    if d.resultat is None and r.decision_adoptee(t):
        d.resultat = ResultatVote.ADOPTE  # « Le conseil retient ce devis par 8 voix pour… »
    d.zone = "vote"


def _capitales_puis_casse_mixte(titre: str, t: str) -> bool:
    """« TARIFS DE LA CANTINE SCOLAIRE » puis « Le prix du repas … » : le titre en capitales
    est fini, la ligne en casse mixte ouvre l'exposé."""
    return (
        t[:1].isupper()  # « … POUR » / « les travaux … » : la suite en minuscules continue le titre
        and t.upper() != t
        and titre.upper() == titre
        and any(c.isalpha() for c in titre)
    )


_PHRASE_D_EXPOSE = re.compile(
    r"(?:(?:monsieur|madame)\s+(?:le\s+|la\s+)?(?:maire|president|presidente|adjoint)"
    r"|(?:monsieur|madame|m\.|mme)\s+\S+\s+\S+\s*,"  # « Monsieur Alain ESTEBE, adjoint … »
    r"|(?:le|la)\s+(?:maire|presidente?)\s|vu\s|considerant\s)"
)
# « N° 10 - 14 . Octobre 2014 » : le numéro d'un bulletin, suivi d'une date
_DATE_SEULE = re.compile(rf"[\d\s.,\-/]*(?:{'|'.join(MOIS)})\s+\d{{4}}\s*")
# la mention de transmission qui suit le numéro d'un acte, pas son objet
_MENTION_DE_TRANSMISSION = re.compile(
    r"(?:deposee?|recue?|transmise?|affichee?|publiee?|rendue?\s+executoire)"
    r"(?:\s+en\s+prefecture)?\s+le\s+[^:]{4,30}$"
)
_LIBELLE_DE_CADRE = re.compile(r"\s*nombre\s+de\s+(?:membres|conseillers|delegues)\s*:?\s*")
# la première phrase du texte d'une délibération : la fin de son objet
_DEBUT_DU_TEXTE = re.compile(
    r"(?:(?:le|la)\s+(?:conseil|commission|comite|bureau|assemblee)\b|vu\b|considerant\b"
    r"|apres\s+en\s+avoir\s+delibere|(?:monsieur|madame)\s+(?:le|la)\s+(?:president|maire))"
)


def _titre_attendu_aplati(etat: _Etat, n: int, d: _Delib, t: str) -> bool:
    """« Délibération 2021-DEL-014 : » coupé de son titre dans un texte aplati, puis « Titre
    Le compte de gestion dressé … est conforme … » : le titre, puis l'exposé."""
    if not (etat.aplati and d.titre_attendu and d.zone == "objet" and not d.objet and not d.theme):
        return False
    titre, suite = r.couper_titre(t)
    if not suite:
        return False
    d.titre_attendu = False
    _poser_titre(etat, n, d, titre, suite)
    return True


def _fin_de_titre_coupe(avant: str, t: str, largeur: int) -> bool:
    """« 3 – Décision modificative … zone d'activités du Pré » / « Carré » : un titre qui
    remplit la ligne (coupé par la largeur du texte), puis un ou deux mots à majuscule sans
    ponctuation finale : la fin du titre, pas une phrase d'exposé."""
    mots = t.split()
    return (
        largeur > 0
        and len(avant) >= 0.85 * largeur
        and 1 <= len(mots) <= 2
        and len(t) <= 30
        and all(m[:1].isupper() for m in mots)
        and t.rstrip()[-1:] not in ".:;!?,"
    )


def _texte_libre(
    d: _Delib, t: str, suite: bool = False, aplati: bool = False, largeur: int = 0
) -> bool:
    if suite and d.zone == "expose" and d.expose and not d.paragraphe_neuf:
        d.expose[-1][-1] += " " + t
        return True
    if d.zone == "objet":
        capitales = False
        if d.titre_attendu and not d.objet and d.theme and _PHRASE_D_EXPOSE.match(cle_texte(t)):
            # « OBJET : VOTE DES TAUX 2021 » puis « Monsieur le Maire rappelle … » : le titre en
            # capitales était l'objet, la ligne ouvre l'exposé
            d.titre_attendu, d.zone = False, "expose"
        elif d.titre_attendu and not d.objet and d.theme and t[:1].islower():
            # « OBJET : SCHÉMA RÉGIONAL … » puis « en séance publique le … » (la suite de la
            # phrase d'ouverture, lue dans l'en-tête) : pas un titre, le titre était l'objet
            d.titre_attendu, d.zone = False, "expose"
        elif d.titre_attendu and not d.objet and _LIBELLE_DE_CADRE.fullmatch(cle_texte(t)):
            return True  # « Nombre de délégués : » (le cadre des décomptes) : pas le titre
        elif d.titre_attendu and not d.objet:
            d.objet.append(t)
            d.paragraphe_neuf = False
            return True
        if _titre_suspendu(d, t) or (
            d.objet
            and not d.paragraphe_neuf
            and (
                not d.objet_complet
                or t[:1].islower()
                or (
                    capitales := _titre_capitales_poursuivi(
                        d.objet[-1], t, d.tiret_final and len(d.objet) == 1
                    )
                )
                or (not aplati and _fin_de_titre_coupe(d.objet[-1], t, largeur))
            )
            and not _capitales_puis_casse_mixte(d.objet[-1], t)
            and not (t[:1].isupper() and _DEBUT_DU_TEXTE.match(cle_texte(t)))
            # une phrase entière à majuscule (« Sur proposition de l'ONF, le Maire présente
            # … 23). ») après un titre de ligne : l'exposé, pas la suite du titre
            and not (
                not aplati and t[:1].isupper() and len(t) > 80 and t.rstrip().endswith(".")
            )
            # après un titre bien plus court que les lignes du texte (il n'a pas été coupé par
            # la largeur) ou la fin courte d'un titre coupé (« … de l'exercice » / « 2006 »),
            # une ligne à majuscule en casse mixte ouvre l'exposé
            and not (
                not aplati
                and t[:1].isupper()
                and t != t.upper()
                and (
                    (len(d.objet) >= 2 and len(d.objet[-1]) < 40)
                    or (largeur > 0 and len(d.objet[-1]) < 0.6 * largeur)
                )
            )
        ):
            if (capitales or t[:1].islower()) and d.tiret_final and len(d.objet) == 1:
                # « … 2019 – » / « DEUXIÈME TRANCHE », « … rue Basse – » / « choix du maître
                # d'œuvre » : le tiret retiré revient
                t = f"– {t}"
            d.objet.append(t)
            return True
        d.zone = "expose"
    if d.zone == "expose":
        if d.paragraphe_neuf or not d.expose:
            d.expose.append([t])
        else:
            d.expose[-1].append(t)
        d.paragraphe_neuf = False
        return True
    if d.zone == "vote":
        d.zone, d.paragraphe_neuf = "dispositif", True
    if d.zone == "dispositif":
        puce = _PUCE.match(t)
        if puce or d.paragraphe_neuf or not d.dispositif:
            d.dispositif.append(
                t[puce.end() :] if puce and not t.lower().startswith("article") else t
            )
        else:
            d.dispositif[-1] += " " + t
        d.paragraphe_neuf = False
        return True
    return False


# ------------------------------------------------------------------ modèle


# Au-delà, une date de convocation est une lecture fausse (les délais du CGCT sont de trois à
# douze jours francs ; une séance reportée se convoque de nouveau)
_CONVOCATION_JOURS_MAX = 90


# « FĂVRE » : la lettre de tête d'un caractère dont la suite est perdue (octet non défini)
_RESTE_ILLISIBLE = re.compile(r"\w*[ÃĂ]\w*")


def _genre_organe(organe: Organe) -> str:
    if organe is Organe.CONSEIL_MUNICIPAL:
        return "commune"
    if organe in (Organe.CONSEIL_DEPARTEMENTAL, Organe.CONSEIL_REGIONAL):
        return "general"
    return "epci"


_SIGLE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý.\-]{1,11}")


# (« SIVOM de la vallée de l'Ance » : un nom commun en minuscules avant le nom propre)
_SIGLE_PUIS_NOM = re.compile(
    r"([A-Z]{2,8})\s+(?:du|de|des|d'|de\s+la|de\s+l')\s*"
    r"(?:[a-zéèêàâîôûç]{3,}\s+(?:du|de|des|d'|de\s+la|de\s+l')\s*)?[A-ZÉÈ]"
)
# « CC Cœur de X », « C.A. du Pays de X » : le sigle d'une communauté (de communes,
# d'agglomération, urbaine), suivi ou non d'une préposition
_SIGLE_COMMUNAUTE_PUIS_NOM = re.compile(
    r"(C)\.?[CAU]\.?\s+(?:(?:du|de|des|d'|de\s+la|de\s+l')\s*)?[A-ZÉÈŒ]"
)


def _sigle_d_un_autre(nom: str, candidats: list[tuple[int, int, int, str, str]]) -> bool:
    """« PETR du Pays de X » quand un autre candidat développe le sigle (« Pôle d'équilibre
    territorial et rural du Pays de X ») : le même, écrit en abrégé."""
    if (sigle := _SIGLE_PUIS_NOM.match(nom) or _SIGLE_COMMUNAUTE_PUIS_NOM.match(nom)) is None:
        return False
    return any(
        len(autre) > len(nom)  # (pas « SIVOM » seul face à « SIVOM de la Vallée du X »)
        and _SIGLE_PUIS_NOM.match(autre) is None
        and _SIGLE_COMMUNAUTE_PUIS_NOM.match(autre) is None
        and meme_collectivite(nom, autre)
        and cle_texte(autre)[:1] == cle_texte(sigle.group(1))[:1]
        for _r, _o, _n, autre, _g in candidats
    )


# « Communes déléguées de Vézenne-le-Bourg, Saint-Ours-de-Vézenne et Brenne-le-Haut » : les
# anciennes communes d'une commune nouvelle (CGCT L2113-10), qui n'est aucune d'elles
_COMMUNES_DELEGUEES = re.compile(
    r"\bcommunes?\s+deleguees?\s*(?::|de\s|d'|du\s|des\s)\s*([^\n.:;()]{3,300})"
)


def _commune_deleguee(texte: str, nom: str) -> bool:
    """Vrai si ``nom`` est l'une des communes déléguées que le texte énumère."""
    cle = re.sub(r"[\s-]+", " ", cle_texte(nom)).strip()
    for liste in _COMMUNES_DELEGUEES.finditer(cle_texte(texte[:20_000])):
        noms = re.split(r"\s*,\s*|\s+et\s+", re.sub(r"[\s-]+", " ", liste.group(1)))
        if cle in (x.strip() for x in noms):
            return True
    return False


# « SABLE/SARTHE », « Bourg/Mer » : le nom d'une commune abrégé par une barre
_NOM_ABREGE_PAR_BARRE = re.compile(r"[^\W\d][\w'’\- ]{1,40}/[^\W\d][\w'’\- ]{1,40}")
# (pas « Syndicat Intercommunal à Vocation Multiple de … » : un nom, pas un lieu)
_LIEU_DE_REUNION_FINAL = re.compile(r"\s+à\s+(?!Vocation\b)[A-ZÉÈ][\w'’\-]*(?:\s+[A-ZÉÈ][\w'’\-]*){0,2}$")
_SUITE_DE_TITRE_DE_PAGE = re.compile(
    r"\s+·\s.*$|\s+(?i:conseil(?:\s+(?:municipal|communautaire|syndical))?|s[ée]ance|r[ée]union|compte[\s-]rendu)\s+(?i:du)$"
)
_MOT_REPETE = re.compile(r"(?i:(communaut[ée])\s+(?=\1\s))")
_COMMUNAUTE_DE_LA_COMMUNAUTE = re.compile(r"(?i:communaut[ée])\s+de\s+la\s+(?=(?i:communaut[ée])\s)")


def _choisir_collectivite(etat: _Etat) -> tuple[str | None, str | None]:
    """Le nom le plus sûr : en-tête, puis prose, puis titre ; un désaccord est signalé."""
    generale = etat.organe in _ORGANES_GENERAUX
    # organe inconnu : une commune membre publie le compte rendu d'un syndicat, pas l'inverse
    intercommunal_d_abord = etat.organe is None
    compatibles = list(_candidats_compatibles(etat))
    candidats = sorted(
        # à rang égal, un sigle (« SIRP ») cède au nom développé, et un nom qui commence par
        # son sigle (« PETR du Pays de X ») au même nom développé (« Pôle d'équilibre … »)
        # (« CC du Plateau de X » du titre de la page cède, quel que soit son rang, à
        # « Communauté de communes du Plateau de X » de la phrase d'ouverture : le nom complet)
        (
            _sigle_d_un_autre(nom, compatibles),
            (1 if rang == 4 and generale else rang),
            intercommunal_d_abord and genre != "epci",
            _SIGLE.fullmatch(nom) is not None,
            ordre,
            n,
            nom,
            genre,
        )
        for rang, ordre, n, nom, genre in compatibles
        if (rang != 4 or generale)  # « Département de X » en tête d'une commune : le lieu
        # « … du comité du Syndicat des eaux » dans l'en-tête d'un conseil municipal : cité
        and not (rang == 3 and genre == "epci" and etat.organe is Organe.CONSEIL_MUNICIPAL)
    )
    if not candidats:
        return _collectivite_tardive(etat)
    _, _, _, _, _, n, nom, genre = candidats[0]
    if nom[:4].lower() == "comm" and (redite := _COMMUNAUTE_DE_LA_COMMUNAUTE.match(nom)) is not None:
        nom = nom[redite.end() :]  # « le conseil de Communauté de la Communauté de Communes X »
    if genre == "epci" and " à " in nom and (lieu := _LIEU_DE_REUNION_FINAL.search(nom)) is not None:
        nom = nom[: lieu.start()]  # « s'est réuni le Conseil de Communauté X à Bellerive » : le lieu
    if nom[:4].lower() == "comm" and (repete := _MOT_REPETE.match(nom)) is not None:
        nom = nom[repete.end() :]  # « … du CONSEIL de la COMMUNAUTE COMMUNAUTE DE COMMUNES X »
    if " · " in nom or " du" in nom[-4:] or " Du" in nom[-4:]:
        # « Valbonne · travaux de voirie » (titre d'un site de dépôt), « Louviers Conseil du »
        # (en-tête courant « Ville de Louviers Conseil du 25 juin 2012 ») : le nom seul
        nom = _SUITE_DE_TITRE_DE_PAGE.sub("", nom)
    if not any(c.isupper() for c in nom):
        # « proces verbal du conseil communautaire de brenne » (titre de page d'un site de
        # dépôt, en minuscules, coupé) : le nom complet de l'en-tête qui commence comme lui
        plus_long = next(
            (c for c in candidats[1:] if len(c[6]) > len(nom) and cle_texte(c[6]).startswith(cle_texte(nom) + " ")),
            None,
        )
        if plus_long is not None:
            candidats = [plus_long, *(c for c in candidats if c is not plus_long)]
            _, _, _, _, _, n, nom, genre = plus_long
    if genre == "commune" and (nature := _NATURE_DEVANT_LA_COMMUNE.match(nom)) is not None:
        nom = nom[nature.end() :]  # « Conseil municipal de la Mairie de X du … » : la commune, X
    if genre == "commune" and (sans_departement := sans_departement_final(nom)) != nom:
        etat.constat(
            "extrait.collectivite-departement",
            Severite.INFO,
            n,
            f"« {nom} » : « {nom[len(sans_departement) :].strip()} » est le département, ôté du nom de la commune.",
        )
        nom = sans_departement
    _pied_divergent(etat, nom, genre)
    if etat.aplati and (decolle := _nom_decolle(nom, [c[6] for c in candidats[1:]])) is not None:
        etat.constat(
            "extrait.collectivite-decollee",
            Severite.INFO,
            n,
            f"« {nom} » (mots collés par la copie) lu « {decolle} », écrit ainsi dans le texte.",
        )
        nom = decolle
    nom = sans_titre(nom, commune=genre == "commune")[0]  # « X Conseil municipal » (aplati)
    if genre == "commune" and "/" in nom and _NOM_ABREGE_PAR_BARRE.fullmatch(nom):
        etat.constat(
            "extrait.collectivite-abregee",
            Severite.AVERTISSEMENT,
            n,
            f"« {nom} » : nom abrégé (la barre tient lieu de « sur » ou « sous ») ; gardé tel "
            "qu'écrit, le nom officiel est à vérifier.",
        )
    nom = nom.rstrip(" ,;:") if not nom.endswith(".") or _ABREVIATION_FINALE.search(nom) else nom.rstrip(" .,;:")
    if etat.aplati and genre == "epci" and (borne := nom_borne_ailleurs(nom, etat.texte)):
        etat.constat(
            "extrait.collectivite-bornee",
            Severite.AVERTISSEMENT,
            n,
            f"« {nom} » lu en tête d'un texte aplati ; « {borne} », écrit seul plus loin, "
            "retenu (la suite serait la devise ou le menu de la page) : à vérifier.",
        )
        nom = borne
    if genre == "epci" and nature_seule(nom):
        etat.constat(
            "extrait.collectivite-nature",
            Severite.AVERTISSEMENT,
            n,
            f"« {nom} » dit la nature de l'assemblée, pas son nom : collectivité laissée vide.",
        )
        return None, None
    if genre == "epci" and not _NATURE_EN_TETE_DU_NOM.match(cle_texte(nom)):
        nom = _nature_de_l_epci(etat, n, nom)
    if genre == "commune" and _commune_deleguee(etat.texte, nom):
        etat.constat(
            "extrait.collectivite-deleguee",
            Severite.AVERTISSEMENT,
            n,
            f"« {nom} » est nommée parmi les communes déléguées d'une commune nouvelle, dont le "
            "nom n'est pas lu : collectivité laissée vide.",
        )
        return None, None
    for _a, rang, _i, _s, _o, autre_n, autre, autre_genre in candidats[1:]:
        autre = sans_titre(autre, commune=autre_genre == "commune")[0]
        if rang <= 3 and cle_texte(autre) != cle_texte(nom):
            # deux sources aussi sûres (deux en-têtes) qui nomment deux collectivités : la
            # première est gardée, sans certitude
            # (un sigle, une partie du nom retenu : la même collectivité, c'est une information)
            sur = autre_genre == genre and meme_collectivite(autre, nom)
            etat.constat(
                "extrait.collectivite-divergente",
                Severite.INFO if sur else Severite.AVERTISSEMENT,
                autre_n,
                f"« {autre} » lu ici, « {nom} » retenu (ligne {n}, source plus sûre ou lue la "
                "première)" + ("." if sur else " : l'une des deux est à vérifier."),
            )
    return nom, genre


# (« … Saint-Jean-d'Angély. » perd son point de fin de phrase ; « X Agglo. », « … St. » non)
_ABREVIATION_FINALE = re.compile(r"(?:\b[A-Za-z]{1,3}|Agglo)\.$")
_NATURE_DEVANT_LA_COMMUNE = re.compile(r"(?i:la\s+)?(?i:mairie|ville|commune)\s+(?:de\s+|d['’]\s*)(?=[A-ZÉÈÂÎ])")


def _nom_decolle(nom: str, autres: list[str]) -> str | None:
    """« SYNDICAT … POUR L'ENTRETIENDES CHEMINS RURAUXSiège » (en-tête aplati, mots collés) :
    l'autre nom lu (« Syndicat … pour l'Entretien des Chemins Ruraux ») dont les lettres
    commencent le nom lu et qui sépare des mots que le nom lu colle ; ``None`` sinon."""
    lettres = cle_texte(nom).replace(" ", "")
    for autre in autres:
        cle = cle_texte(autre)
        sien = cle.replace(" ", "")
        if len(sien) < 12 or not lettres.startswith(sien):
            continue
        # les blancs du nom lu dans la partie commune : moins nombreux, des mots y sont collés
        prefixe, compte = 0, 0
        for i, c in enumerate(cle_texte(nom)):
            compte += c != " "
            if compte == len(sien):
                prefixe = i + 1
                break
        if cle_texte(nom)[:prefixe].count(" ") < cle.count(" "):
            return autre
    return None


_NATURE_EN_TETE_DU_NOM = re.compile(
    r"(?:communaute|metropole|syndicat|sivu|sivom|sivos|sictom|smictom|pole|petr|cc\b|ca\b)"
)
_NATURE_D_UN_EPCI = r"(?:Communaut[ée]\s+(?:de\s+[Cc]ommunes|d['’]\s*[Aa]gglom[ée]ration|[Uu]rbaine))"


def _nature_de_l_epci(etat: _Etat, n: int, nom: str) -> str:
    """« CONSEIL COMMUNAUTAIRE DU VAL DE SARNE » (l'organe et le nom seul) : le nom complet que
    le texte écrit ailleurs (« la Communauté de Communes du Val de Sarne »), dit ; ``nom``
    sinon."""
    # (accents, tirets et espaces indifférents : « HAUT-JURA SAINT-CLAUDE » et « Haut-Jura Saint
    # Claude », « VALLEE DU LIZON » et « de la Vallée du Lizon »)
    mots = r"[\s\-]+".join(re.escape(m) for m in re.split(r"[\s\-]+", base_meme_longueur(nom).strip()) if m)
    debut = etat.texte[:50_000]
    complet = re.search(
        rf"\b{_NATURE_D_UN_EPCI}\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)?{mots}\b",
        base_meme_longueur(debut),
        re.IGNORECASE,
    )
    if complet is None:
        return nom
    trouve = " ".join(debut[complet.start() : complet.end()].replace("’", "'").split())
    etat.constat(
        "extrait.collectivite-completee",
        Severite.INFO,
        n,
        f"« {nom} » (après le nom de l'organe) complété par « {trouve} », écrit dans le texte.",
    )
    return trouve


def _pied_divergent(etat: _Etat, nom: str, genre: str) -> None:
    """Un pied de page qui nomme une autre collectivité du même genre que l'en-tête (« Commune
    de A » en tête, « Mairie de B – 4 place … » en pied) : l'un des deux est à vérifier."""
    for n, autre, autre_genre in etat.collectivites_tardives:
        if autre_genre == genre and not meme_collectivite(autre, nom):
            etat.constat(
                "extrait.collectivite-divergente",
                Severite.AVERTISSEMENT,
                n,
                f"« {autre} » lu en pied de page, « {nom} » retenu de l'en-tête : l'une des deux "
                "est à vérifier.",
            )
            return


def _collectivite_tardive(etat: _Etat) -> tuple[str | None, str | None]:
    """Rien dans l'en-tête : un en-tête de collectivité lu après les délibérations (pied de
    page d'une page web : « Mairie de X - 2 rue … »), retenu avec un avertissement ; jamais
    une commune quand l'organe lu est celui d'une intercommunalité."""
    for n, nom, genre in etat.collectivites_tardives:
        if genre == "commune" and etat.organe in _ORGANES_INTERCOMMUNAUX:
            continue
        if genre == "general" and not _generale_de_l_organe(etat.organe, nom):
            continue  # (« Département du X » au pied d'une commune : le lieu)
        etat.constat(
            "extrait.collectivite-hors-en-tete",
            Severite.AVERTISSEMENT,
            n,
            f"Collectivité « {nom} » lue après les délibérations (pied de page ?), faute d'en-tête "
            "qui la nomme : à vérifier.",
        )
        return nom, genre
    if etat.organe in _ORGANES_INTERCOMMUNAUX and (epci := _intercommunalite_du_conseil(etat)):
        etat.constat(
            "extrait.collectivite-hors-en-tete",
            Severite.AVERTISSEMENT,
            0,
            f"Collectivité « {epci} » lue dans le texte (« du conseil de la {epci} », « du "
            f"budget de la … », « des communes constituant la … »), seule nommée ainsi, faute "
            "d'en-tête qui la nomme : à vérifier.",
        )
        return epci, "epci"
    if etat.commune_citee and len(noms := set(etat.communes_de_la_prose)) == 1:
        (nom,) = noms
        etat.constat(
            "extrait.collectivite-hors-en-tete",
            Severite.AVERTISSEMENT,
            0,
            f"Collectivité « {nom} » lue dans le texte d'un point (« la Commune de {nom} »), "
            "seule commune nommée d'un document de conseil municipal sans en-tête : à vérifier.",
        )
        return nom, "commune"
    debut = " ".join(ligne.texte for ligne in etat.lignes[:40])[:3000]  # le texte préparé
    if etat.organe in (Organe.CONSEIL_MUNICIPAL, None) and (prose := dans_la_prose(debut)):
        # « … Délibération n° DEL-2022-087 … le conseil municipal de la commune de X, légalement
        # convoqué … » : la phrase d'ouverture lue après le numéro du point (page copiée)
        etat.constat(
            "extrait.collectivite-hors-en-tete",
            Severite.AVERTISSEMENT,
            0,
            f"Collectivité « {prose} » lue dans la phrase d'ouverture (« le conseil municipal de … »), "
            "écrite après le numéro de la délibération, faute d'en-tête qui la nomme : à vérifier.",
        )
        return prose, "commune"
    return None, None


# « le procès-verbal de la séance du … du conseil de la Communauté de Communes des Lacs
# Médocains » : l'intercommunalité dont le conseil siège (nom propre à majuscules)
# (« le budget primitif 2021 du budget principal de la Communauté de Communes X » : le budget
# que le conseil vote est celui de son intercommunalité)
_CONSEIL_DE_LA_COMMUNAUTE = re.compile(
    # (« la convocation qui leur a été adressée par le Président de la communauté de communes X »)
    # (« … se sont réunis au siège de la Communauté de communes X »)
    r"\b(?i:(?:(?:conseil(?:\s+communautaire)?|budget(?:\s+[a-zéèû\d]+){0,4}?|pr[ée]sidente?|si[èe]ge)\s+de\s+la"
    # (« la liste des délégués des 6 communes constituant la Communauté de Communes X »)
    r"|communes\s+(?:constituant|composant|formant|membres\s+de)\s+la)\s+)"
    r"((?i:communaut[ée]\s+(?:de\s+communes|d['’]\s*agglom[ée]ration|urbaine))"
    r"\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?[A-ZÀ-ÝŒ][\w'’\-]*"
    # (« du Val d'Argens » : l'élision avant le dernier mot)
    r"(?:(?:\s+(?:(?:de\s+la|de|du|des|et|en|sur|l['’])\s+)?|\s+d['’]\s*)"
    r"(?!(?:Madame|Monsieur|Mme|M|Le|La|Les|Il|Elle|Vote|Objet|Rapporteur)\b)[A-ZÀ-ÝŒ][\w'’\-]*){0,4})"
)


# « Secrétaire de séance : Pierre LANVIN : je vous propose la candidature de Mme Lise PUJOL. »
# (procès-verbal en dialogue) : la personne proposée
_CANDIDATURE_PROPOSEE = re.compile(
    r"\bpropos(?:e|ons)\s+(?:la\s+candidature\s+de\s+|comme\s+secr[ée]taire\s+)?(.+?)\s*\.?$", re.I
)


# un intertitre en capitales collé au nom du secrétaire dans un texte aplati
_INTERTITRE_APRES_LE_SECRETAIRE = re.compile(
    # (« Nadia Coste OUVERTURE DE LA SEANCE » : après un nom en casse mixte aussi)
    r"(?<=[A-ZÉÈa-zéèëï]{2})\s+(?=(?:DOCUMENTS|PROJETS|ORDRE\s+DU\s+JOUR|APPROBATION|D[ÉE]LIB[ÉE]RATIONS?|QUESTIONS"
    r"|COMPTE[\s-]RENDU|INFORMATIONS|D[ÉE]CISIONS|POINTS?|OUVERTURE\s+DE\s+LA\s+S[ÉE]ANCE"
    r"|APPEL\s+(?:et|ET|NOMINAL))\b"  # « Claire SIMON APPEL et ADOPTION des COMPTE-RENDUS »
    r"|Diffusion\s*:)"  # « Luc PETIT Diffusion : conseil municipal, services … » (colonne collée)
)


_INITIALES_DE_FRAPPE = re.compile(r"\s+[A-Z]{2,4}/[A-Z]{2,4}\b")


def _secretaires_lus(etat: _Etat, membres: _Membres) -> list[Elu]:
    """Les secrétaires du texte lu après « Secrétaire de séance : » ; un texte où aucune personne
    ne se lit est dit (le secrétaire reste vide)."""
    if not etat.secretaire:
        return []
    texte = etat.secretaire[1]
    if "/" in texte and (frappe := _INITIALES_DE_FRAPPE.search(texte)) is not None:
        texte = texte[: frappe.start()]  # « Claire SIMON ABC/DEF » : les initiales de frappe
    if (intertitre := _INTERTITRE_APRES_LE_SECRETAIRE.search(texte)) is not None:
        texte = texte[: intertitre.start()]  # « Sylvie BRU DOCUMENTS REMIS SUR TABLE » (aplati)
    if etat.aplati and "," not in texte:
        texte = r.sans_phrase_apres_le_nom(texte)  # « FAURE Laure Vote des taux … » (aplati)
    if "propos" in texte and (propose := _CANDIDATURE_PROPOSEE.search(texte)) is not None:
        texte = propose.group(1)
    if "," not in texte and (separee := _liste_sans_separateur(texte)) is not None:
        texte = separee  # « Secrétaires : Anne ROGER Julie HUET » (texte aplati)
    tous = decouper(texte)
    morceaux = [m for m in tous if not est_fonction(m)]  # (« X, DÉLÉGUÉE DE … » : sa qualité)
    lus = [lire_personnes(m) for m in morceaux]
    secretaires = [_resoudre(membres, str(e)) or e for personnes in lus for e in personnes]
    for lu, membre in zip((e for personnes in lus for e in personnes), secretaires, strict=True):
        if lu.prenom and membre.prenom and lu.prenom != membre.prenom:
            _autre_graphie(etat, etat.secretaire[0], lu, membre)  # « Jean-Claude » / « Jean Claude »
    restes = [m for m, personnes in zip(morceaux, lus, strict=True) if not personnes]
    # (« Secrétaire de séance : M. X, Maire » : le président de séance n'en est pas le secrétaire,
    # d'ordinaire ; le texte a peut-être perdu le vrai nom)
    restes += [m for m in tous if _FONCTION_TITULAIRE.fullmatch(cle_texte(m).strip(" ."))]
    if secretaires and restes:
        # « Secrétaire de séance : M. X, Maire, quitte la salle … » : une phrase suit le nom, qui
        # n'est peut-être pas celui du secrétaire
        etat.constat(
            "extrait.secretaire-incertain",
            Severite.AVERTISSEMENT,
            etat.secretaire[0],
            f"Secrétaire de séance lu « {', '.join(map(str, secretaires))} », suivi de « {restes[0][:60]} » : "
            "lecture à vérifier.",
        )
    if not secretaires:
        etat.constat(
            "extrait.secretaire-illisible",
            Severite.AVERTISSEMENT,
            etat.secretaire[0],
            f"Secrétaire de séance illisible : « {etat.secretaire[1][:100]} » ; laissé vide.",
        )
    return secretaires


def _intercommunalite_du_conseil(etat: _Etat) -> str | None:
    """La seule intercommunalité dont le texte nomme le conseil (« du conseil de la
    Communauté de communes X ») ou les communes membres, sinon ``None`` (aucune, ou deux
    différentes)."""
    noms = {
        cle_texte(m.group(1)): m.group(1)
        for ligne in etat.lignes
        if contient_un(ligne.texte, ("onseil", "udget", "onstitu", "ompos", "ormant", "embres de", "iège", "iege"))
        for m in _CONSEIL_DE_LA_COMMUNAUTE.finditer(ligne.texte)
    }
    return next(iter(noms.values())) if len(noms) == 1 else None


_ORGANES_INTERCOMMUNAUX = (
    Organe.CONSEIL_COMMUNAUTAIRE,
    Organe.CONSEIL_METROPOLITAIN,
    Organe.COMITE_SYNDICAL,
)


# les organes d'un département ou d'une région (la commission permanente n'existe que là,
# CGCT L3122-4 et L4133-4)
_ORGANES_GENERAUX = (
    Organe.CONSEIL_DEPARTEMENTAL,
    Organe.CONSEIL_REGIONAL,
    Organe.COMMISSION_PERMANENTE,
)


def _generale_de_l_organe(organe: Organe | None, nom: str) -> bool:
    """« Département de X » ou « Région X » lu pour un organe de département ou de région, et
    du même genre (pas « Région X » au pied d'un conseil départemental)."""
    if organe not in _ORGANES_GENERAUX:
        return False
    lu = _type_collectivite(None, nom)
    return organe is Organe.COMMISSION_PERMANENTE or lu is _type_collectivite(organe, None)


def _candidats_compatibles(etat: _Etat) -> list[tuple[int, int, int, str, str]]:
    """Les noms lus, sans les communes quand l'organe lu est celui d'une intercommunalité
    (« pour la commune de X : » en tête d'un groupe de délégués) : écartées et signalées."""
    if etat.organe not in _ORGANES_INTERCOMMUNAUX:
        return etat.collectivites
    gardes = []
    for candidat in etat.collectivites:
        if candidat[4] == "commune":
            etat.constat(
                "extrait.collectivite-organe",
                Severite.AVERTISSEMENT,
                candidat[2],
                f"Commune « {candidat[3]} » écartée : l'organe lu est le "
                f"{etat.organe.libelle if etat.organe else ''}, d'une intercommunalité.",
            )
        else:
            gardes.append(candidat)
    return gardes


_COMMUNE_EN_TETE = re.compile(r"^(commune|ville|mairie)\b")
# une ligne de pied de page qui peut nommer la collectivité (« Mairie de X – 4 place … »)
_PIED_NOMME = re.compile(r"\b(?:Mairie|MAIRIE|Commune|COMMUNE|Ville|VILLE|Communauté|COMMUNAUTÉ)\s+d|©")
_CONSEIL_GENERAL = re.compile(r"conseil (?:general|departemental)\b")


_CONSEIL_MUNICIPAL_CITE = re.compile(r"\b(?:le|du|au)\s+conseil\s+municipal\b")
_MAIRE_CITE = re.compile(r"\b(?:monsieur|madame)\s+le\s+maire\b")
_AUTRE_ASSEMBLEE = re.compile(
    rf"\b(?:{organes.motif(sauf={Organe.CONSEIL_MUNICIPAL})}"
    r"|(?:monsieur|madame)\s+(?:le|la)\s+presidente?)\b"
)


# « Après en avoir délibéré, le conseil syndical approuve … » : l'assemblée qui délibère
_ORGANE_QUI_DELIBERE = re.compile(
    rf"\b(?:le|la)\s+({organes.motif(sauf={Organe.CONSEIL_MUNICIPAL, Organe.BUREAU})})\s*,?\s*(?:apres\s+en\s+avoir\s+"
    r"delibere|a\s+l'?\s*unanimite|approuve|adopte|decide|autorise|prend\s+acte)\b"
)


def _organe_qui_delibere(etat: _Etat, texte: str) -> None:
    """Sans organe dans l'en-tête : l'assemblée (autre qu'un conseil municipal, vu par
    :func:`_commune_citee`) que les dispositifs font délibérer (« le
    conseil syndical approuve … »), si elle est la seule nommée ainsi ; c'est dit (info)."""
    trouves = {
        org[0]
        for t in _ORGANE_QUI_DELIBERE.finditer(cle_texte(texte))
        if (org := r.organe(t.group(1))) is not None
    }
    if len(trouves) != 1:
        return
    etat.organe = trouves.pop()
    etat.constat(
        "extrait.organe-du-dispositif",
        Severite.INFO,
        0,
        f"Organe délibérant absent de l'en-tête, lu dans les dispositifs : {etat.organe.value}.",
    )


# « La Commission Permanente du Conseil Général, régulièrement convoquée …, s'est réunie »
_COMMISSION_QUI_DELIBERE = re.compile(
    r"\bla\s+commission\s+permanente(?:\s+du\s+conseil\s+(?:general|departemental|regional))?"
    r"\s*,?\s*(?:(?:regulierement|dument|legalement)\s+convoquee|s'est\s+reunie|apres\s+en\s+"
    r"avoir\s+delibere|approuve|adopte|decide|autorise)\b"
)


def _commission_qui_delibere(etat: _Etat, texte: str) -> None:
    """Un conseil départemental ou régional lu dans l'en-tête (« CONSEIL GÉNÉRAL »), et le
    texte qui fait délibérer sa commission permanente (« La Commission Permanente du Conseil
    Général, régulièrement convoquée … ») : l'organe est la commission ; c'est dit (info)."""
    plat = cle_texte(texte)
    if "permanente" not in plat or _COMMISSION_QUI_DELIBERE.search(plat) is None:
        return
    if _ORGANE_QUI_DELIBERE.search(plat.replace("commission permanente", "")) is not None:
        return  # une autre assemblée délibère aussi : l'en-tête l'emporte
    etat.organe = Organe.COMMISSION_PERMANENTE
    etat.constat(
        "extrait.organe-du-dispositif",
        Severite.INFO,
        0,
        "La commission permanente délibère d'après le texte : elle est l'organe, et non "
        "l'assemblée plénière de l'en-tête.",
    )


_PLENIERE = re.compile(r"\b(?:assemblee|seance|session|reunion)\s+pleniere\b")
_GENERALES = (
    (re.compile(r"^(?:region|conseil\s+regional)\b"), Organe.CONSEIL_REGIONAL),
    (re.compile(r"^(?:departement|conseil\s+(?:departemental|general))\b"), Organe.CONSEIL_DEPARTEMENTAL),
)


def _organe_de_la_pleniere(etat: _Etat, texte: str) -> None:
    """« RÉGION X » puis « Assemblée plénière », sans autre organe ni commune : l'assemblée
    plénière est celle de la région (ou du département) de l'en-tête ; c'est dit (info)."""
    if not _PLENIERE.search(cle_texte(texte[:5000])):
        return
    if any(c[4] != "general" for c in etat.collectivites):
        return
    organes = {o for c in etat.collectivites for m, o in _GENERALES if m.match(cle_texte(c[3]))}
    if len(organes) != 1:
        return
    etat.organe = organes.pop()
    etat.constat(
        "extrait.organe-de-la-collectivite",
        Severite.INFO,
        0,
        f"Séance plénière de la collectivité de l'en-tête : {etat.organe.value}.",
    )


# « … le Comité des Fêtes de la Commune de Port-Vendrac a organisé … » : une commune nommée
# dans le texte (nom propre à majuscule, composé de traits d'union ou de deux mots au plus)
_COMMUNE_DE_LA_PROSE = re.compile(
    r"\b[Cc]ommune\s+(?:de\s+|d['’]\s*)((?:Saint|Sainte|Le|La|Les)?[\s-]?[A-ZÉÈÀÂ][a-zéèêëàâîïôûç'’]+"
    r"(?:-[A-Za-zéèêëàâîïôûç'’]+)*)"
)


def _commune_citee(texte: str) -> bool:
    """Vrai si le texte parle du conseil municipal et du maire, et d'aucune autre assemblée
    ni d'un président : la collectivité est alors une commune, même sans nom."""
    plat = cle_texte(texte)
    return (
        _CONSEIL_MUNICIPAL_CITE.search(plat) is not None
        and _MAIRE_CITE.search(plat) is not None
        and _AUTRE_ASSEMBLEE.search(plat) is None
    )


# L'assemblée plénière de chaque type de collectivité (l'organe supposé quand aucun n'est lu)
# « Monsieur le Président indique … le troisième exercice de la Communauté de communes » : un
# président (pas un maire) et une communauté nommée, sans organe ni collectivité lus
_LE_PRESIDENT = re.compile(r"\b(?:le|du|au)\s+pr[ée]sident\b|\bla\s+pr[ée]sidente\b", re.I)
_LE_MAIRE = re.compile(r"\b(?:le|du|au|la)\s+maire\b|\bconseil\s+municipal\b", re.I)
_UN_SYNDICAT = re.compile(r"\bsyndicat\s+(?:mixte|intercommunal|d[ée]partemental|d['’]\s*[ée]nergies?|des\s+eaux)\b", re.I)
_UNE_COMMUNAUTE = re.compile(
    r"\bcommunaut[ée]\s+(?:de\s+communes|d['’]\s*agglom[ée]ration|urbaine)|\bcommunautaires?\b", re.I
)


def _organe_d_apres_le_texte(texte: str) -> Organe:
    """L'organe supposé sans collectivité ni organe lus : le conseil communautaire quand le
    texte nomme une communauté et dit « le Président » plus souvent que « le Maire » ; le
    comité syndical quand il nomme un syndicat et jamais un maire ; sinon le conseil
    municipal."""
    debut = texte[:20_000]
    presidents, maires = len(_LE_PRESIDENT.findall(debut)), len(_LE_MAIRE.findall(debut))
    if _UNE_COMMUNAUTE.search(debut) and presidents > maires:
        return Organe.CONSEIL_COMMUNAUTAIRE
    if not maires and _UN_SYNDICAT.search(debut):
        # « … les délégués des EPCI formant le Syndicat Mixte X se sont réunis en Assemblée
        # Générale » : un syndicat nommé, ni maire ni conseil municipal
        return Organe.COMITE_SYNDICAL
    return Organe.CONSEIL_MUNICIPAL


_ORGANE_DU_TYPE = {
    TypeCollectivite.COMMUNE: Organe.CONSEIL_MUNICIPAL,
    TypeCollectivite.COMMUNAUTE_DE_COMMUNES: Organe.CONSEIL_COMMUNAUTAIRE,
    TypeCollectivite.COMMUNAUTE_D_AGGLOMERATION: Organe.CONSEIL_COMMUNAUTAIRE,
    TypeCollectivite.COMMUNAUTE_URBAINE: Organe.CONSEIL_COMMUNAUTAIRE,
    TypeCollectivite.METROPOLE: Organe.CONSEIL_METROPOLITAIN,
    TypeCollectivite.METROPOLE_DE_LYON: Organe.CONSEIL_METROPOLITAIN,
    TypeCollectivite.SYNDICAT: Organe.COMITE_SYNDICAL,
    TypeCollectivite.DEPARTEMENT: Organe.CONSEIL_DEPARTEMENTAL,
    TypeCollectivite.REGION: Organe.CONSEIL_REGIONAL,
}
# Les assemblées plénières : deux différentes nommées dans l'en-tête se contredisent
_PLENIERES = frozenset(_ORGANE_DU_TYPE.values())
# « SIVOM de … », « SICTOM … », « SIRP … » : des syndicats nommés par leur sigle
_SIGLE_DE_SYNDICAT = re.compile(r"^(?:syndicat|sivom|sivu|sictom|smictom|sirp|sivos|siaep|smi)\b")


_NATURE_D_EPCI = re.compile(r"\s*(?:communaute|syndicat|metropole|pole\s+d'equilibre)\b")


def _conseil_municipal_d_un_autre(etat: _Etat, nom: str | None) -> None:
    """« SIVU DU COLLÈGE DE X » en tête, et « Le conseil municipal a choisi pour secrétaire … »
    plus bas : le nom dit un syndicat (ou une intercommunalité, un département), l'organe lu un
    conseil municipal ; l'un des deux est faux, c'est dit (l'organe et le type ne sont pas
    établis)."""
    nature = _type_collectivite(None, nom)
    if etat.organe is not Organe.CONSEIL_MUNICIPAL or nature in (None, TypeCollectivite.COMMUNE):
        return
    if any(c.code == "extrait.organe-divergent" for c in etat.constats):
        return  # dit une fois
    assert nature is not None
    etat.constat(
        "extrait.organe-divergent",
        Severite.AVERTISSEMENT,
        etat.organe_ligne,
        f"Conseil municipal lu (ligne {etat.organe_ligne}), mais « {nom} » est de nature "
        f"{nature.value} : l'organe, ou la collectivité, est à vérifier.",
    )


def _type_collectivite(organe: Organe | None, nom: str | None) -> TypeCollectivite | None:
    plat = cle_texte(nom or "")
    if organe is Organe.CONSEIL_MUNICIPAL or _COMMUNE_EN_TETE.match(plat):
        return TypeCollectivite.COMMUNE
    if organe is Organe.CONSEIL_METROPOLITAIN or "metropole" in plat:
        return TypeCollectivite.METROPOLE_DE_LYON if "lyon" in plat else TypeCollectivite.METROPOLE
    if "communaute de communes" in plat or (nom or "").startswith(("CC ", "C.C. ")):
        return TypeCollectivite.COMMUNAUTE_DE_COMMUNES  # (« CC du Val de Brenne » : le sigle)
    if "communaute d'agglomeration" in plat or "agglomeration" in plat:
        return TypeCollectivite.COMMUNAUTE_D_AGGLOMERATION
    if "communaute urbaine" in plat:
        return TypeCollectivite.COMMUNAUTE_URBAINE
    if (
        organe is Organe.CONSEIL_DEPARTEMENTAL
        or plat.startswith("departement")
        or _CONSEIL_GENERAL.match(plat)
    ):
        return TypeCollectivite.DEPARTEMENT
    if (
        organe is Organe.CONSEIL_REGIONAL
        or plat.startswith("region")
        or plat.startswith("conseil regional")
    ):
        return TypeCollectivite.REGION
    if organe is Organe.COMITE_SYNDICAL or _SIGLE_DE_SYNDICAT.match(plat):
        return TypeCollectivite.SYNDICAT
    return None


class _Membres:
    """Les membres lus, indexés par nom de famille (recherche en temps constant).

    Les clés des élus sont calculées une fois par lecture (``cles``, partagé entre index) :
    recalculées à chaque comparaison, elles coûtaient la moitié du temps d'une longue liste.
    """

    def __init__(
        self, elus: list[Elu] | None = None, cles: dict[int, tuple[Elu, str, str]] | None = None
    ) -> None:
        self.liste: list[Elu] = []
        self._par_nom: dict[str, list[Elu]] = {}
        self._cles: dict[int, tuple[Elu, str, str]] = {} if cles is None else cles
        self._composes: dict[str, list[Elu]] | None = None
        for e in elus or []:
            self.ajouter(e)

    def _calculer(self, elu: Elu) -> tuple[Elu, str, str]:
        connu = self._cles.get(id(elu))
        if connu is None or connu[0] is not elu:
            connu = self._cles[id(elu)] = (elu, elu.cle, elu.cle_nom)
        return connu

    def cle(self, elu: Elu) -> str:
        """``elu.cle``, calculée une seule fois."""
        return self._calculer(elu)[1]

    def par_nom_compose(self, elu: Elu) -> list[Elu]:
        """« Mme DESCHAMPS » pour « Nathalie DESCHAMPS-VIGNERON » : les membres dont le nom
        composé commence par le nom donné (prénom absent ou compatible)."""
        if self._composes is None:
            self._composes = {}
            for m in self.liste:
                cle_nom = self._calculer(m)[2]
                if " " in cle_nom and "-" in m.nom:
                    self._composes.setdefault(cle_nom.split(" ")[0], []).append(m)
        cle = self._calculer(elu)[2]
        tete, _, initiale = cle.partition(" ")
        if len(initiale) == 1:  # « Mme LACOSTE-V. » : la seconde partie réduite à son initiale
            candidats = [
                m for m in self._composes.get(tete, []) if self._calculer(m)[2].split(" ")[1][:1] == initiale
            ]
        else:
            candidats = self._composes.get(cle, [])
        return [
            m
            for m in candidats
            if elu.prenom is None or m.prenom is None or m.prenom[:1] == elu.prenom[:1]
        ]

    def par_prenom(self, prenom: str) -> list[Elu]:
        """Les membres dont le prénom est ``prenom`` (« donne pouvoir à Luc »)."""
        cle = cle_texte(prenom)
        return [m for m in self.liste if m.prenom is not None and cle_texte(m.prenom) == cle]

    def trouver(self, elu: Elu) -> list[Elu]:
        """Les membres qui peuvent être ``elu``."""
        return [m for m in self._par_nom.get(self._calculer(elu)[2], []) if m.correspond(elu)]

    def ajouter(self, elu: Elu) -> Elu:
        """Ajoute ``elu`` s'il n'y est pas déjà ; renvoie le membre retenu."""
        _, cle, cle_nom = self._calculer(elu)
        homonymes = self._par_nom.get(cle_nom)
        for m in homonymes or ():
            if (m.prenom is None or elu.prenom is None or self.cle(m) == cle) and m.correspond(elu):
                return m  # (« BRUNET », un des Messieurs, n'est pas « Madame BRUNET Alice »)
        if homonymes and elu.civilite is not None and any(self.cle(m) == cle for m in homonymes):
            # « Monsieur BRUNET » et « Madame BRUNET » : deux membres, deux clés
            self._cles[id(elu)] = (elu, f"{cle} ({elu.civilite.value})", cle_nom)
        self.liste.append(elu)
        self._par_nom.setdefault(cle_nom, []).append(elu)
        self._composes = None
        return elu


def _homonymes_possibles(a: Elu, b: Elu) -> bool:
    """Deux présents de même nom, sans prénom ni l'un ni l'autre (« MM. … RIVAL (départ 18h25)
    – Mmes RIVAL (départ 18h29) ») : deux homonymes sans doute plutôt qu'un nom répété."""
    return a.prenom is None and b.prenom is None


# (« C MUSSO » : une lettre seule, sans point, est aussi une initiale)
_PRENOM_INITIALES = re.compile(r"[A-ZÉÈ]\.(?:-[A-ZÉÈ]\.)?|[A-ZÉÈ]\.?-[A-ZÉÈ]\.?|[A-ZÉÈ]")


_INITIALE_PUIS_PRENOM = re.compile(r"([A-ZÉÈ])\.\s?-?\s?([A-ZÉÈ][a-zéèêëïîç]+)")


def _mandants_abreges(etat: _Etat) -> None:
    """« ALBERT Jean (pouvoir de L.MOREAU) » parmi les présents et « MOREAU Lise (pouvoir à
    J.ALBERT) » parmi les excusés : le même pouvoir écrit deux fois ; le mandant abrégé est le
    seul autre mandant de ce nom dont le prénom a cette initiale (dit), et la paire n'est plus
    comptée deux fois."""
    complets = [m for _, m, _, _ in etat.procurations if m.prenom is not None and not _PRENOM_INITIALES.fullmatch(m.prenom)]
    for i, (n, mandant, mandataire, texte) in enumerate(etat.procurations):
        if mandant.prenom is None or not _PRENOM_INITIALES.fullmatch(mandant.prenom):
            continue
        initiales = mandant.prenom.replace(".", "").replace("-", "")
        candidats = {
            str(m): m
            for m in complets
            if cle_texte(m.nom) == cle_texte(mandant.nom)
            and "".join(p[:1] for p in (m.prenom or "").split("-")).upper() == initiales.upper()
        }
        if len(candidats) == 1:
            [complet] = candidats.values()
            etat.constat("extrait.nom-abrege", Severite.INFO, n, f"Mandant « {mandant} » lu comme {complet} (prénom abrégé).")
            etat.procurations[i] = (n, complet, mandataire, texte)


def _par_initiale(membres: _Membres, elu: Elu) -> list[Elu]:
    """« C. Verdier » : le seul membre de ce nom dont le prénom commence par C ; « J-L
    LAMBERT », « J.-L. LAMBERT » : celui dont le prénom composé a ces deux initiales (« Jean-Luc »)."""
    if elu.prenom is not None and (compose := _INITIALE_PUIS_PRENOM.fullmatch(elu.prenom)) is not None:
        # « DESSAINT J. Claude » pour « DESSAINT Jean-Claude » : l'initiale, puis la seconde partie
        initiale, suite = compose.group(1), cle_texte(compose.group(2))
        return [
            m
            for m in membres.trouver(Elu(nom=elu.nom))
            if m.prenom is not None
            and "-" in m.prenom
            and m.prenom[:1].upper() == initiale
            and cle_texte(m.prenom.split("-", 1)[1]) == suite
        ]
    if elu.prenom is None or not _PRENOM_INITIALES.fullmatch(elu.prenom):
        return []
    initiales = [partie[:1] for partie in elu.prenom.split("-")]
    return [
        m
        for m in membres.trouver(Elu(nom=elu.nom))
        if m.prenom is not None
        and (
            m.prenom[:1].upper() == initiales[0]
            if len(initiales) == 1
            else [partie[:1].upper() for partie in m.prenom.split("-")] == initiales
        )
    ]


_PARTICULE_SEULE = re.compile(r"(?:de|du|des|d'|de\s+la)", re.I)
_BLANCS_DE_NOM = re.compile(r"[\s'’\-]+")


def _par_graphie(membres: _Membres, elu: Elu) -> list[Elu]:
    """« Chantal DEMARCO » pour « Chantal DE MARCO », « Claire MOREAU-DUPRAT » (nom d'usage)
    pour « Claire Moreau » : les membres de même prénom (écrit en entier des deux côtés) dont
    le nom est le même aux espaces et tirets près, ou une partie d'un nom composé de l'autre."""
    if elu.prenom is None or len(elu.prenom) < 3 or elu.prenom.endswith("."):
        return []
    prenom, nom = cle_texte(elu.prenom), cle_texte(elu.nom)
    colle, parties = _BLANCS_DE_NOM.sub("", nom), set(nom.split("-")) if "-" in elu.nom else set()
    trouves = []
    for m in membres.liste:
        if m.prenom is None:
            continue
        if (autre_prenom := cle_texte(m.prenom)) != prenom:
            # « Hugo Sainte-Rose » pour « Hugo Marcel Sainte-Rose » : le second prénom omis
            if cle_texte(m.nom) == nom and _second_prenom_omis(prenom, autre_prenom):
                trouves.append(m)
            continue
        autre = cle_texte(m.nom)
        if (
            _BLANCS_DE_NOM.sub("", autre) == colle
            or autre in parties
            or ("-" in m.nom and nom in autre.split("-"))
            or _une_lettre_pres(_BLANCS_DE_NOM.sub("", autre), colle)  # « Valier » pour « VALLIER »
        ):
            trouves.append(m)
    return trouves


def _second_prenom_omis(a: str, b: str) -> bool:
    """« hugo » et « hugo marcel » : l'un des prénoms est le premier de l'autre, suivi d'un
    second prénom."""
    court, long_ = sorted((a, b), key=len)
    return long_.startswith(court + " ")


def _une_lettre_pres(a: str, b: str) -> bool:
    """Deux noms d'au moins cinq lettres qui ne diffèrent que d'une lettre (ôtée, ajoutée ou
    changée) : une coquille du document."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    court, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == court for i in range(len(long_)))


def _par_particule(membres: _Membres, elu: Elu) -> list[Elu]:
    """« Mme de KERGARIOU », « M. de LA TOUR », « Mme de VILLENEUVE » (particule lue comme
    prénom) : le membre de ce nom (ou d'un nom composé qui commence par lui) dont le prénom
    finit par la même particule (« Armelle de KERGARIOU »)."""
    if elu.prenom is None or not _PARTICULE_SEULE.fullmatch(elu.prenom.strip()):
        return []
    particule = " " + cle_texte(elu.prenom).strip()
    nu = Elu(nom=elu.nom)
    vus: dict[int, Elu] = {id(m): m for m in [*membres.trouver(nu), *membres.par_nom_compose(nu)]}
    return [m for m in vus.values() if m.prenom is not None and cle_texte(m.prenom).endswith(particule)]


_HEURE = re.compile(r"\b(?:à\s+partir\s+de|jusqu'à|jusqu'a|de|dès)\s+\d{1,2}\s*h\s*\d{0,2}\b", re.I)


_FIN_DU_NOM = re.compile(r",|\(|\s[-–]\s")


def _resoudre(membres: _Membres, texte: str) -> Elu | None:
    """La personne d'un texte (« Monsieur REBSAMEN »), complétée par la liste des membres."""
    if est_fonction(texte):
        return None  # « sous la présidence du Maire » : une fonction, pas un nom
    elu = lire_personne(_FIN_DU_NOM.split(texte)[0])
    if elu is None:
        return None
    candidats = membres.trouver(elu)
    if len(candidats) == 1 and (candidats[0].prenom is not None or elu.prenom is None):
        return candidats[0]
    mots = _FIN_DU_NOM.split(texte)[0].split()
    if not candidats and len(mots) == 2 and (inverse := lire_personne(f"{mots[1]} {mots[0]}")):
        # « Les présents désignent Ostermann Claire » : « Nom Prénom » en casse mixte, retenu
        # seulement s'il désigne un seul membre nommé par ses prénom et nom
        inverses = membres.trouver(inverse)
        if len(inverses) == 1 and inverses[0].prenom is not None:
            return inverses[0]
    return elu


# Constats qui disent que les listes n'ont peut-être pas été lues en entier : un désaccord
# avec un décompte annoncé n'accuse alors pas le document (avertissement, pas erreur).
_LECTURE_INCOMPLETE = frozenset(
    {
        "extrait.ligne-non-comprise",
        "extrait.intitule-inconnu",
        "extrait.nom-illisible",
        "extrait.texte-aplati",
        "extrait.presents-manquants",
        "extrait.membres-incomplets",
        "extrait.personne-inconnue",
        "extrait.mandataire-inconnu",
        "extrait.procuration-incomplete",
        "extrait.liste-trop-longue",
        "extrait.precision-ignoree",
    }
)


def _procurations_au_dela_du_quorum(etat: _Etat, listees: int) -> None:
    """« Représentés : 23 » pour 25 membres : avec le quorum, les représentés sont moins de la
    moitié de l'effectif ; un tel nombre compte sans doute les présents avec les représentés
    (les votants). Il n'est pas repris comme nombre de procurations (dit)."""
    d = etat.decomptes
    annonce, effectif = d.get("procurations"), d.get("en_exercice") or d.get("membres")
    if annonce is None or effectif is None or 2 * annonce <= effectif or annonce == listees:
        return
    del d["procurations"]
    etat.constat(
        "extrait.decompte",
        Severite.AVERTISSEMENT,
        0,
        f"Le document annonce {annonce} représentés ou procurations pour un effectif de {effectif} "
        f"(les listes en donnent {listees}) : plus de la moitié de l'effectif, ce nombre compte sans "
        "doute aussi les présents ; il n'est pas repris comme nombre de procurations.",
    )


def _doutes_de_lecture(etat: _Etat) -> list[str]:
    """Les codes des constats qui rendent les listes lues peut-être incomplètes (une ligne
    non comprise seulement avant la première délibération, où sont les listes)."""
    debut_points = etat.deliberations[0].ligne if etat.deliberations else None
    return sorted(
        {
            c.code
            for c in etat.constats
            if c.code in _LECTURE_INCOMPLETE
            and not (
                c.code == "extrait.ligne-non-comprise"
                and debut_points is not None
                and c.details is not None
                and dict(c.details).get("ligne", 0) >= debut_points
            )
        }
    )


_MESSIEURS = re.compile(r"\s*(?:MM|Messieurs|MESSIEURS|Mrs|MRS)\.?\s*$")
_MADAME_EN_TETE = re.compile(r"\s*(?:Mme|Madame|MME|MADAME)\.?\s")


def _sans_suppleant_empeche(etat: _Etat, n: int, texte: str) -> str:
    """« M. X, ne pouvant être représenté par son suppléant M. Y, donne pouvoir à M. Z pour le
    représenter … » : l'incise du suppléant empêché (nommé dans un constat, il ne siège pas) et
    l'objet du pouvoir ôtés ; reste « M. X, donne pouvoir à M. Z »."""
    for empeche in _SUPPLEANT_EMPECHE.finditer(texte):
        if empeche.group("suppleant"):
            etat.constat(
                "extrait.non-membres",
                Severite.INFO,
                n,
                f"Suppléant empêché de siéger, non repris : « {empeche.group('suppleant').strip()} ».",
            )
    texte = _SUPPLEANT_EMPECHE.sub("", texte)
    return _POUR_LE_REPRESENTER.sub("", texte)


def _dames_sans_prenom(morceaux: list[str]) -> frozenset[str]:
    """Les noms (clés) des « Mme NOM » sans prénom d'une liste."""
    noms = (lire_personne(m) for m in morceaux if _MADAME_EN_TETE.match(m))
    return frozenset(e.cle_nom for e in noms if e is not None and e.prenom is None)


def _civilite_des_messieurs(elu: Elu, pluriel: str | None, dames: frozenset[str]) -> Civilite | None:
    """La civilité d'une personne nommée après « MM. » : inconnue (« MM. » couvre souvent des
    femmes), sauf pour un nom sans prénom que la même liste donne aussi à une « Mme » : « MM.
    LEBRUN - BLANC - Mme BLANC » nomme deux personnes, Monsieur et Madame BLANC."""
    if elu.prenom is None and pluriel is not None and _MESSIEURS.fullmatch(pluriel) and elu.cle_nom in dames:
        return Civilite.MONSIEUR
    return None


def _civilites_explicites(etat: _Etat) -> list[Elu]:
    """Le président et le secrétaire nommés avec leur civilité (« Madame X, Maire »)."""
    explicites = []
    for lu in (etat.president, etat.secretaire):
        elu = lire_personne(_FIN_DU_NOM.split(lu[1])[0]) if lu is not None else None
        if elu is not None and elu.civilite is not None:
            explicites.append(elu)
    return explicites


def _avec_civilite(elu: Elu, explicites: list[Elu]) -> Elu:
    """Un membre de liste sans civilité reçoit celle écrite ailleurs pour la même personne :
    une civilité explicite l'emporte toujours."""
    if elu.civilite is None:
        for autre in explicites:
            if autre.prenom is not None and elu.prenom is not None and autre.correspond(elu):
                return attrs.evolve(elu, civilite=autre.civilite)
    return elu


# « … votants : huit (un pouvoir de Rose BARDOU à Paul VIDAL) » : le pouvoir dit avec le décompte
_POUVOIR_DU_DECOMPTE = re.compile(
    r"\s*\(\s*(?:un|une|1)\s+(?:pouvoir|procuration)\s+(?:de|d')\s*(?P<mandant>[^()]{3,60}?)\s+"
    r"(?:à|a)\s+(?P<mandataire>[^()]{3,60}?)\s*\)"
)


def _pouvoir_du_decompte(etat: _Etat, n: int, t: str, pouvoir: re.Match[str]) -> str:
    """Le pouvoir écrit entre parenthèses après un décompte, lu s'il nomme deux personnes ; le
    texte rendu sans la parenthèse (le décompte reste à lire)."""
    mandant, mandataire = lire_personne(pouvoir.group("mandant")), lire_personne(pouvoir.group("mandataire"))
    if mandant is None or mandataire is None:
        return t
    etat.procurations.append((n, mandant, mandataire, pouvoir.group("mandataire")))
    return t[: pouvoir.start()] + t[pouvoir.end() :]


_REPRESENTE_PAR = re.compile(r"repr[ée]sent[ée]e?s?\s+par\b", re.I)


def _representes_par_un_suppleant(etat: _Etat, presents: _Membres) -> None:
    """« PRESENTS : A, B, DUPRAT Anne représentée par SALLES Michel, C » dans une
    intercommunalité, SALLES n'étant nommé nulle part parmi les présents : un pouvoir irait à un
    membre présent ; SALLES siège, c'est le suppléant de DUPRAT (dit en avertissement)."""
    if etat.organe is Organe.CONSEIL_MUNICIPAL or not etat.procurations_des_presents:
        return
    gardees = []
    for n, mandant, mandataire, texte in etat.procurations:
        if (
            id(mandant) in etat.procurations_des_presents
            and mandataire is not None
            and not presents.trouver(mandataire)
            and not _par_initiale(presents, mandataire)
        ):
            etat.suppleances.append((n, mandataire, mandant))
            etat.constat(
                "extrait.suppleant-deduit",
                Severite.AVERTISSEMENT,
                n,
                f"« {mandant} représenté(e) par {texte} », {mandataire} n'étant pas nommé parmi les "
                "présents : lu comme son suppléant (un pouvoir irait à un membre présent).",
            )
            continue
        gardees.append((n, mandant, mandataire, texte))
    etat.procurations = gardees


def _suppleances(etat: _Etat, membres: _Membres, presences: list[Presence]) -> list[Presence]:
    """Les titulaires remplacés par leur suppléant : ``Presence(REMPLACE, suppleant=…)`` ;
    un suppléant dont le titulaire n'est pas nommé siège lui-même : ``Presence(SUPPLEANT)``."""
    remplaces: dict[str, Presence] = {}
    siegent: dict[str, Presence] = {}
    # (« Suppléants présents : X » puis « Absents : Y (remplacée par sa suppléante X) » : le
    # titulaire de X est nommé ailleurs)
    nommes = {membres.cle(s) for _, s, t in etat.suppleances if t is not None}
    for n, suppleant, titulaire in etat.suppleances:
        if titulaire is None and membres.cle(suppleant) in nommes:
            continue
        if titulaire is None:
            etat.constat(
                "extrait.suppleant-sans-titulaire",
                Severite.INFO,
                n,
                f"{suppleant} siège comme suppléant ; le document ne nomme pas le titulaire "
                "qu'il remplace.",
            )
            siegent.setdefault(
                membres.cle(suppleant), Presence(elu=suppleant, statut=StatutPresence.SUPPLEANT)
            )
            continue
        titulaire = membres.ajouter(titulaire)
        remplaces[titulaire.cle] = Presence(
            elu=titulaire, statut=StatutPresence.REMPLACE, suppleant=suppleant
        )
    if not remplaces and not siegent:
        return presences
    suppleants = {p.suppleant.cle for p in remplaces.values() if p.suppleant is not None}
    siegent = {cle: p for cle, p in siegent.items() if cle not in suppleants}
    gardees = [
        p
        for p in presences
        if p.elu.cle not in remplaces and p.elu.cle not in suppleants and p.elu.cle not in siegent
    ]
    return gardees + list(remplaces.values()) + list(siegent.values())


def _verifier_presents_partiels(etat: _Etat, presences: list[Presence]) -> None:
    """Titulaires présents et suppléants qui siègent, annoncés à part, contre les listes."""
    comptes = {
        "titulaires": sum(1 for p in presences if p.statut is StatutPresence.PRESENT),
        "suppleants": sum(
            1 for p in presences if p.statut in (StatutPresence.REMPLACE, StatutPresence.SUPPLEANT)
        ),
    }
    for qui, (n, annonce) in etat.presents_partiels.items():
        if presences and annonce != comptes[qui]:
            etat.constat(
                "extrait.decompte",
                Severite.ERREUR,
                n,
                f"Le document annonce {annonce} {qui} présents, les listes en donnent "
                f"{comptes[qui]}.",
            )


def _et_suppleants(presences: list[Presence]) -> str:
    """« (et 5 suppléant(s) pour des titulaires non nommés) », ou rien."""
    nombre = sum(1 for p in presences if p.statut is StatutPresence.SUPPLEANT)
    return f" (et {nombre} suppléant(s) pour des titulaires non nommés)" if nombre else ""


def _mandats_de_suppleants(presences: list[Presence]) -> list[Mandat]:
    """Le mandat de suppléant de ceux qui siègent comme tels (titulaire non nommé)."""
    return [
        Mandat(elu=p.elu, role=RoleMandat.SUPPLEANT)
        for p in presences
        if p.statut is StatutPresence.SUPPLEANT
    ]


_INITIALE_POINTEE = re.compile(r"[A-ZÉÈ]\.")


def _completer(
    elu: Elu | None,
    presences: list[Presence],
    procurations: list[Procuration],
    membres: _Membres,
) -> tuple[list[Presence], list[Procuration]]:
    """Un membre nommé sans prénom dans les listes (« BELLANGER ») prend le prénom que le
    document donne ailleurs (« sous la présidence de M. Gérard BELLANGER »), s'il est seul
    de ce nom."""
    if elu is None or elu.prenom is None:
        return presences, procurations
    meme_nom = [
        m
        for m in membres.trouver(Elu(nom=elu.nom))
        if m.prenom is None
        or (_INITIALE_POINTEE.fullmatch(m.prenom) and m.prenom[0] == elu.prenom[:1].upper())
        or m.correspond(elu)
    ]
    if len(meme_nom) != 1 or meme_nom[0].prenom == elu.prenom:
        return presences, procurations
    ancien = meme_nom[0]
    membres.liste = [elu if m is ancien else m for m in membres.liste]

    complet: Elu = elu

    def nouveau(e: Elu) -> Elu:
        return complet if e is ancien else e

    presences = [attrs.evolve(p, elu=elu) if p.elu is ancien else p for p in presences]
    procurations = [
        attrs.evolve(p, mandant=nouveau(p.mandant), mandataire=nouveau(p.mandataire))
        for p in procurations
    ]
    return presences, procurations


def _deduire_annee(etat: _Etat) -> None:
    """« Séance du 8 septembre » sans année : l'année de la convocation (signalé) ; sans
    convocation, l'année qui met la séance dans l'an qui suit la séance précédente dont le
    compte rendu est approuvé (signalé)."""
    if etat.sans_annee is None:
        return
    if etat.convocation_texte is None:
        _annee_apres_la_seance_approuvee(etat)
        return
    n, jour, mois = etat.sans_annee
    convoque = r.convocation(etat.convocation_texte[1])
    if convoque is None:
        return
    annee = convoque.year + (1 if convoque.month > mois else 0)
    try:
        etat.date = dt.date(annee, mois, jour)
    except ValueError:
        return
    etat.date_ligne = n
    etat.constat(
        "extrait.annee-deduite",
        Severite.AVERTISSEMENT,
        n,
        f"Date de séance écrite sans année : {etat.date:%d/%m/%Y} d'après la convocation "
        f"du {convoque:%d/%m/%Y}.",
    )


# « Approbation des comptes rendus des séances du Conseil Municipal du 2 février 2010 et … » :
# la séance précédente, dont le compte rendu est approuvé
_SEANCE_APPROUVEE = re.compile(
    r"\b(?:approbation|adoption)\s+d(?:u|es)\s+(?:proces[\s-]verbaux?|comptes?[\s-]rendus?)\s+"
    r"(?:de\s+la\s+|des\s+)?(?:seances?|reunions?)\s+(?:du\s+conseil\s+municipal\s+)?du\s+"
)


def _annee_apres_la_seance_approuvee(etat: _Etat) -> None:
    """L'année de la séance écrite sans année, d'après la dernière séance approuvée citée : la
    séance la suit, à moins d'un an."""
    assert etat.sans_annee is not None
    n, jour, mois = etat.sans_annee
    plat = minuscules_meme_longueur(base_meme_longueur(etat.texte[:20_000]))
    approuvees = [
        d
        for t in (_SEANCE_APPROUVEE.finditer(plat) if "appro" in plat or "adopt" in plat else ())
        if (d := trouver_date(fenetre_de_date(etat.texte, t.end(), 40))) is not None
    ]
    if not approuvees:
        return
    precedente = max(approuvees)
    for annee in (precedente.year, precedente.year + 1):
        try:
            date = dt.date(annee, mois, jour)
        except ValueError:
            return
        if precedente < date <= precedente + dt.timedelta(days=365):
            etat.date, etat.date_ligne = date, n
            etat.constat(
                "extrait.annee-deduite",
                Severite.AVERTISSEMENT,
                n,
                f"Date de séance écrite sans année : {date:%d/%m/%Y}, dans l'an qui suit la séance "
                f"du {precedente:%d/%m/%Y} dont le compte rendu est approuvé.",
            )
            return


_JOURS_DE_LA_SEMAINE = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# « jeudi 15 mars 2017 » : le jour de la semaine écrit devant une date entière
_JOUR_NOMME_ET_DATE = re.compile(
    rf"\b({'|'.join(_JOURS_DE_LA_SEMAINE)})\s+(\d{{1,2}})(?:er)?\s+({'|'.join(MOIS)})\s+(\d{{4}})\b"
)


def _jour_de_la_semaine(etat: _Etat, date: dt.date) -> None:
    """« jeudi 15 mars 2017 » quand le 15 mars 2017 est un mercredi : la date retenue est
    écrite avec un autre jour de la semaine ; elle est gardée telle qu'écrite, et c'est dit
    (l'année d'une date recopiée d'une autre séance est souvent celle qui est fausse)."""
    plat = minuscules_meme_longueur(etat.texte[:20_000])
    for trouve in _JOUR_NOMME_ET_DATE.finditer(plat) if contient_un(plat, _JOURS_DE_LA_SEMAINE) else ():
        jour, mois, annee = int(trouve.group(2)), MOIS[trouve.group(3)], int(trouve.group(4))
        if (jour, mois, annee) != (date.day, date.month, date.year):
            continue
        ecrit = _JOURS_DE_LA_SEMAINE.index(trouve.group(1))
        if ecrit == date.weekday():
            return
        autres = [a for a in (annee - 1, annee + 1) if _jour_valide(a, mois, jour, ecrit)]
        etat.constat(
            "extrait.date-jour-de-semaine",
            Severite.AVERTISSEMENT,
            etat.date_ligne,
            f"Le document écrit « {etat.texte[trouve.start() : trouve.end()]} », or le "
            f"{date:%d/%m/%Y} est un {_JOURS_DE_LA_SEMAINE[date.weekday()]} : le jour ou la date "
            "est faux ; la date est gardée telle qu'écrite, à vérifier"
            + (f" (ce jour tombe un {trouve.group(1)} en {autres[0]})." if autres else "."),
        )
        return


def _jour_valide(annee: int, mois: int, jour: int, jour_de_semaine: int) -> bool:
    """Vrai si le jour existe cette année-là et tombe ce jour de la semaine."""
    try:
        return dt.date(annee, mois, jour).weekday() == jour_de_semaine
    except ValueError:
        return False


def _verifier_date(etat: _Etat) -> None:
    """Les dates de séance écartées sont dites ; deux dates seules sur leur ligne en désaccord
    sont départagées par un titre sans année (« Séance du 7 mars »), sinon la date reste vide ;
    un jour de la semaine qui la contredit est dit."""
    if etat.date is None:
        return
    _jour_de_la_semaine(etat, etat.date)
    if etat.date_fiabilite == r.FIABILITE_SEULE and etat.dates_ecartees:
        _departager_dates_seules(etat)
        if etat.date is None:
            return
    corrigee = _annee_contredite_par_la_convocation(etat)
    retenue, ligne = etat.date, etat.date_ligne
    for n, date, fiabilite in etat.dates_ecartees:
        if date != retenue and date != corrigee:
            _date_ecartee(etat, n, date, fiabilite)
    if etat.date_fiabilite == r.FIABILITE_SEULE and etat.sans_annee is not None:
        n, jour, mois = etat.sans_annee
        if (jour, mois) != (retenue.day, retenue.month):
            etat.constat(
                "extrait.date-incertaine",
                Severite.AVERTISSEMENT,
                n,
                f"La séance est dite du {jour:02d}/{mois:02d} (sans année) mais la seule date "
                f"complète, seule sur sa ligne (ligne {ligne}), est le {retenue:%d/%m/%Y}.",
            )


def _annee_contredite_par_la_convocation(etat: _Etat) -> dt.date | None:
    """« L'an deux mille dix-huit … le 14 mars » (année fautive) quand le titre dit « SÉANCE DU
    14 MARS 2019 » et la convocation le 6 mars 2019 : la date retenue précède sa convocation,
    une autre date de la séance, même jour et même mois, la suit de peu ; celle-ci est retenue
    et c'est dit. Renvoie la date écartée, ou ``None``."""
    if etat.date is None or not etat.dates_ecartees or not etat.convocation_texte:
        return None
    convocation = r.convocation(etat.convocation_texte[1], etat.date.year)
    if convocation is None or convocation <= etat.date:
        return None
    autres = {
        (n, d, f)
        for n, d, f in etat.dates_ecartees
        if (d.day, d.month) == (etat.date.day, etat.date.month)
        and 0 <= (d - convocation).days <= _CONVOCATION_JOURS_MAX
    }
    if len({d for _, d, _ in autres}) != 1:
        return None
    n, date, fiabilite = min(autres)
    ecartee = etat.date
    etat.constat(
        "extrait.date-annee-corrigee",
        Severite.AVERTISSEMENT,
        etat.date_ligne,
        f"Séance datée du {ecartee:%d/%m/%Y} (ligne {etat.date_ligne}), avant sa convocation du "
        f"{convocation:%d/%m/%Y} ; le document la date aussi du {date:%d/%m/%Y} (ligne {n}), qui "
        "suit la convocation : cette date est retenue (année fautive à vérifier).",
    )
    etat.date, etat.date_ligne, etat.date_fiabilite = date, n, fiabilite
    return ecartee


def _date_ecartee(etat: _Etat, n: int, date: dt.date, fiabilite: int) -> None:
    """Une date seule (une publication ?) cède sans doute possible (info) ; une tournure de
    séance ou un titre qui cède à une tournure plus sûre, c'est une divergence (avertissement) ;
    deux tournures aussi sûres : la première est gardée, sans certitude (avertissement)."""
    if etat.date is None:
        return
    ecartee, retenue, ligne = f"{date:%d/%m/%Y}", f"{etat.date:%d/%m/%Y}", etat.date_ligne
    if fiabilite == r.FIABILITE_SEULE or etat.date_fiabilite == r.FIABILITE_SEULE:
        code, severite = "extrait.date-ecartee", Severite.INFO
        message = (
            f"Date du {ecartee} (seule sur sa ligne, peut-être une publication) écartée : la "
            f"séance du {retenue} (ligne {ligne}) est retenue."
        )
    elif fiabilite < etat.date_fiabilite:
        code, severite = "extrait.date-divergente", Severite.AVERTISSEMENT
        message = (
            f"Séance datée ici du {ecartee}, mais du {retenue} (ligne {ligne}) par une tournure "
            "plus sûre, qui est retenue."
        )
    else:
        code, severite = "extrait.date-incertaine", Severite.AVERTISSEMENT
        message = (
            f"Le document date aussi la séance du {ecartee} ; le {retenue} (ligne {ligne}), lu "
            "en premier, est retenu."
        )
    etat.constat(code, severite, n, message)


def _departager_dates_seules(etat: _Etat) -> None:
    """Des dates seules sur leur ligne (une publication, une séance) : celle que confirme un
    titre sans année est gardée ; sans arbitre, la date de séance reste vide (c'est dit)."""
    if etat.date is None:
        return
    candidats = [(etat.date_ligne, etat.date), *((n, d) for n, d, _ in etat.dates_ecartees)]
    jour_mois = etat.sans_annee[1:] if etat.sans_annee is not None else None
    accord = {(n, d) for n, d in candidats if (d.day, d.month) == jour_mois}
    if len({d for _, d in accord}) == 1:
        n, date = min(accord)
        ecartees = [(m, d, r.FIABILITE_SEULE) for m, d in candidats if d != date]
        etat.date, etat.date_ligne, etat.dates_ecartees = date, n, ecartees
        return
    dates = sorted({d for _, d in candidats})
    etat.constat(
        "extrait.date-incertaine",
        Severite.AVERTISSEMENT,
        etat.date_ligne,
        "Dates seules sur leur ligne en désaccord ("
        + ", ".join(f"{d:%d/%m/%Y}" for d in dates[:5])
        + ("…" if len(dates) > 5 else "")
        + ") et aucune tournure de séance : date de séance laissée vide.",
    )
    etat.date = None


def _nomme(elu: Elu, elus: list[Elu]) -> bool:
    """Vrai si ``elu`` figure parmi ``elus``, fût-ce par l'initiale de son prénom."""
    for autre in elus:
        if autre.cle_nom != elu.cle_nom:
            continue
        if autre.prenom is None or elu.prenom is None:
            return True
        if autre.prenom[:1].upper() == elu.prenom[:1].upper():
            return True
    return False


def _autre_graphie(etat: _Etat, n: int, lu: Elu, membre: Elu) -> None:
    etat.constat(
        "extrait.nom-graphie",
        Severite.INFO,
        n,
        f"« {lu} » lu comme {membre}, nommé ainsi dans la liste (écrit autrement : espaces, "
        "tirets, nom d'usage, une lettre de différence ou un second prénom omis).",
    )


def _president_present(etat: _Etat, membres: _Membres, presents: list[Elu]) -> None:
    """Le président de séance nommé dans aucune liste est présent : il préside la séance."""
    if etat.president is None or not presents:
        return
    president = _resoudre(membres, etat.president[1])
    if president is None or membres.trouver(president) or _par_initiale(membres, president):
        return  # le cas courant : le président est dans la liste des présents
    nommes = [
        *presents,
        *(e for _, e, _ in etat.absents),
        *(e for _, e, _, _ in etat.procurations),
        *(e for _, e, _ in etat.suppleances),
        *(e for _, _, e in etat.suppleances if e is not None),
    ]
    if president is None or _nomme(president, nommes):
        return
    if len(graphie := _par_graphie(membres, president)) == 1 and graphie[0] in presents:
        return  # (nom d'usage : le membre présent préside, dit à la lecture du président)
    if not president.nom.isupper() and any(
        e.prenom and cle_texte(e.prenom) == cle_texte(president.nom) for e in presents
    ):
        # « sous la présidence de M. Jacques [colonne voisine] PÉRONNET » : le nom coupé est
        # le prénom d'un présent ; il n'est pas compté une seconde fois
        etat.constat(
            "extrait.president-nom-coupe",
            Severite.AVERTISSEMENT,
            etat.president[0],
            f"Le président de séance « {etat.president[1]} » n'a pas de nom de famille lisible "
            "(le prénom d'un présent, nom coupé) : à vérifier.",
        )
        return
    presents.append(membres.ajouter(president))
    etat.constat(
        "extrait.president-present",
        Severite.INFO,
        etat.president[0],
        f"Le président de séance {president}, absent des listes, est compté présent : il "
        "préside la séance.",
    )


_PRESIDENT_PAR_FONCTION = re.compile(
    r"^(?:m\.?|mme|monsieur|madame)?\s*(?:le|la|son|sa)\s+(?:maire|president)"
    r"|^(?:maire|presidente?)\W*$"  # « sous la présidence du Maire » : la fonction seule
)
# (« M. le Maire délégué de Brenne » n'est pas le maire : une autre fonction, d'une commune déléguée)
_MAIRE_OU_PRESIDENT = re.compile(r"\b(?:le|la)\s+(?:maire|president|presidente)\b(?!\s+deleguee?\b)")
_PRESIDENT_SEUL = re.compile(r"(?:maire|presidente?)")


def _sans_absents_nommes(etat: _Etat, membres: _Membres, presents: list[Elu]) -> list[Elu]:
    """« Présents » suivi de tout le conseil : quand chaque absent, excusé et mandant nommé
    ensuite figure aussi dans la liste des présents (au moins deux, dont un absent ou excusé),
    la liste est celle des membres ; les présents sont la liste moins ceux-là (avec constat)."""
    index = _Membres(presents, membres._cles)
    autres = [e for _, e, _ in etat.absents] + [m for _, m, _, _ in etat.procurations]
    if not etat.absents or len(autres) < 2:
        return presents
    trouves = [index.trouver(e) for e in autres]
    if not all(len(t) == 1 for t in trouves):
        return presents
    retires = {membres.cle(t[0]) for t in trouves}
    etat.constat(
        "extrait.presents-liste-complete",
        Severite.AVERTISSEMENT,
        0,
        f"La liste des présents nomme tout le conseil : les {len(retires)} absents, excusés et "
        "mandants nommés ensuite en sont retirés.",
    )
    return [e for e in presents if membres.cle(e) not in retires]


_MOT_LONG_EN_CAPITALES = re.compile(r"[A-ZÀ-Ý'’]{13,}")


def _objets_recolles(etat: _Etat) -> None:
    """Un extrait de recueil aplati répète le titre du point dans le texte du rapport, ses
    fins de ligne perdues à d'autres endroits (« DU CONSEILGÉNÉRAL AUX » puis « DU CONSEIL
    GÉNÉRALAUX ») : les blancs des deux copies, réunis, redonnent les mots (c'est dit)."""
    texte = lettres = ""
    for d in etat.deliberations:
        objet = " ".join(d.objet)
        if not d.objet or not _MOT_LONG_EN_CAPITALES.search(objet) or len(objet) > 300:
            continue
        if not texte:  # (le texte entier, une fois et seulement au besoin)
            texte = " ".join(ligne.texte for ligne in etat.lignes)
            lettres = _BLANCS.sub("", texte)
        cle = _BLANCS.sub("", objet)
        if lettres.count(cle) < 2:
            continue
        copies = re.finditer(r"\s*".join(map(re.escape, cle)), texte)
        seconde = next(copies, None) and next(copies, None)
        if seconde is None:
            continue
        blancs = _blancs_avant(objet) | _blancs_avant(seconde.group(0))
        refait = "".join((" " if k in blancs else "") + c for k, c in enumerate(cle))
        if refait != objet:
            etat.constat(
                "extrait.objet-recolle",
                Severite.INFO,
                d.ligne,
                f"Objet « {objet[:80]} » lu « {refait[:80]} » : les mots collés sont séparés "
                "comme dans la seconde copie du titre.",
            )
            d.objet = [refait]


def _mandataire_ambigu(etat: _Etat, n: int, mandant: Elu, mandataire: Elu, connus: list[Elu]) -> None:
    """« pouvoir à M. BOUVIER » quand deux présents portent ce nom : aucun n'est choisi."""
    etat.constat(
        "extrait.nom-ambigu",
        Severite.AVERTISSEMENT,
        n,
        f"Procuration de {mandant} : le mandataire « {mandataire} » peut être "
        + " ou ".join(str(e) for e in connus)
        + " ; aucune procuration n'est retenue.",
    )


def _par_prenom_seul(etat: _Etat, presents: _Membres, mandataire: Elu, n: int) -> Elu | None:
    """« donne pouvoir à Luc » : un mot seul en casse ordinaire, sans civilité, prénom d'un
    seul présent ; c'est dit (information). (« à Monsieur Jean-Luc » est plutôt un nom coupé
    à la ligne, ou un nom de famille : rien n'est deviné.)"""
    nom = mandataire.nom
    if mandataire.prenom is not None or mandataire.civilite is not None:
        return None
    if " " in nom or nom.isupper() or not nom[:1].isupper():
        return None
    if len(candidats := presents.par_prenom(nom)) != 1:
        return None
    etat.constat(
        "extrait.nom-abrege",
        Severite.INFO,
        n,
        f"Mandataire « {nom} » lu comme {candidats[0]} (seul présent de ce prénom).",
    )
    return candidats[0]


_BLANCS = re.compile(r"\s+")


def _blancs_avant(texte: str) -> set[int]:
    """Les rangs (dans le texte sans blancs) des caractères précédés d'un blanc."""
    rangs, k = set(), 0
    for i, c in enumerate(texte):
        if c.isspace():
            continue
        if i and texte[i - 1].isspace():
            rangs.add(k)
        k += 1
    return rangs


def _soit_n_recoupe(etat: _Etat, n: int, valeur: int) -> None:
    """« Présents : A, B, C, soit 3 conseillers » : le nombre des présents si aucun décompte ne
    le donne ; s'il en contredit un, le décompte est gardé et la contradiction dite."""
    annonce = etat.decomptes.setdefault("presents", valeur)
    if annonce != valeur:
        etat.constat(
            "extrait.decompte",
            Severite.AVERTISSEMENT,
            n,
            f"Le document annonce {annonce} présents, et « soit {valeur} » à la fin de la liste "
            f"des présents : le nombre annoncé ({annonce}) est gardé, l'un des deux est faux.",
        )


# « Présents au moment du vote : 4 » : le nombre d'un vote, jamais retenu pour la séance
_AU_MOMENT_DU_VOTE = re.compile(r"\b(?:au\s+moment\s+du|lors\s+du|pour\s+ce)\s+(?:vote|scrutin|point)\b")


def _decomptes_repetes(etat: _Etat) -> None:
    """Des décomptes écrits à chaque point seulement (« Nombre de délégués en exercice : 54
    Nombre de présents : 28 Nombre de votants : 30 »), les mêmes partout, sans décompte de
    séance : ce sont ceux de la séance (c'est dit)."""
    # un extrait dont le cadre (membres en exercice, présents) est lu avec son unique point :
    # le cadre est celui de la séance (pas un « Votants : 10 » écrit avec le vote seul)
    extrait = len(etat.deliberations) == 1 and bool(
        {"en_exercice", "presents"} & set(etat.decomptes_points)
    )
    for cle, valeurs in etat.decomptes_points.items():
        if cle in etat.decomptes or len(set(valeurs)) != 1 or (len(valeurs) < 2 and not extrait):
            continue
        etat.decomptes[cle] = valeurs[0]
        etat.constat(
            "extrait.decompte-repete",
            Severite.INFO,
            0,
            f"Nombre de {cle} écrit à chaque point ({valeurs[0]}, {len(valeurs)} fois) et nulle "
            "part pour la séance : retenu pour la séance."
            if not extrait
            else f"Nombre de {cle} écrit avec l'unique délibération de l'extrait ({valeurs[0]}), "
            "dans le cadre lu après son texte : retenu pour la séance.",
        )


def _date_de_repli(etat: _Etat, identifiant_actes: str | None) -> None:
    """Aucune date de séance écrite : la date de décision de l'identifiant @CTES de l'acte,
    sinon celle de la signature quand le document n'en donne qu'une (« Fait à X, le … ») ;
    retenue et signalée (avertissement) : la séance a pu se tenir un autre jour."""
    parties = _identifiant(identifiant_actes)
    if parties is not None:
        decision = parties.date
        etat.date = decision
        etat.constat(
            "extrait.date-identifiant",
            Severite.AVERTISSEMENT,
            0,
            f"Date de la séance non écrite : le {decision:%d/%m/%Y}, date de décision de "
            f"l'identifiant @CTES {identifiant_actes}, est retenue (à vérifier).",
        )
        return
    signatures: dict[dt.date, int] = {}
    for ligne in etat.lignes:
        if (date := r.date_de_signature(ligne.texte)) is not None:
            signatures.setdefault(date, ligne.numero)
    if len(signatures) != 1:
        if signatures:
            dites = ", ".join(f"{d:%d/%m/%Y} (ligne {n})" for d, n in signatures.items())
            etat.constat(
                "extrait.date-signature",
                Severite.AVERTISSEMENT,
                0,
                f"Date de la séance non écrite, et les signatures ne s'accordent pas : {dites}.",
            )
        return
    (etat.date, etat.date_ligne), = signatures.items()
    etat.constat(
        "extrait.date-signature",
        Severite.AVERTISSEMENT,
        etat.date_ligne,
        f"Date de la séance non écrite : le {etat.date:%d/%m/%Y}, date de la signature, est "
        "retenue (la séance a pu se tenir avant : à vérifier).",
    )


_COLONNES = re.compile(r"\s{3,}|\t")


_AUTRE_SIGNATAIRE = re.compile(
    r"^\s*(?:le|la)\s+(?:maire|pr[ée]sidente?|vice-pr[ée]sidente?|adjointe?)\b", re.IGNORECASE
)
_AUTRE_SIGNATAIRE_SEUL = re.compile(_AUTRE_SIGNATAIRE.pattern + r"[^,]*,?\s*$", re.IGNORECASE)


def _signataires_secretaires(lignes: list[Ligne], i: int) -> list[str]:
    """Les secrétaires de séance que la ligne ``i`` du bloc des signatures nomme."""
    parties = _COLONNES.split(lignes[i].texte.strip())
    dessous = _COLONNES.split(lignes[i + 1].texte.strip()) if i + 1 < len(lignes) else []
    voisines = [lignes[k].texte for k in (i - 1, i + 2) if 0 <= k < len(lignes)]
    seule = len(parties) == 1 and not any(_AUTRE_SIGNATAIRE.match(v) for v in voisines)
    if any(_AUTRE_SIGNATAIRE_SEUL.match(p) for p in parties) and len(dessous) != len(parties):
        return []  # « Le Président,   La secrétaire de séance, X   Y » : deux lignes recollées
    noms = []
    for k, partie in enumerate(parties):
        # l'intitulé seul : le nom est dessous, dans la même colonne (colonnes alignées)
        suite = dessous[k] if len(dessous) == len(parties) and (len(parties) > 1 or seule) else ""
        if (nom := r.secretaire_signataire(partie, suite)) is not None:
            noms.append(nom)
    return noms


def _secretaire_des_signatures(etat: _Etat) -> None:
    """Aucun secrétaire lu : celui que nomme le bloc des signatures (« La secrétaire de séance,
    Mme Anne MARTIN », ou l'intitulé puis le nom dessous), s'il est le seul ; c'est dit. Pas
    dans un texte aplati, ni sous un intitulé seul voisin d'un autre signataire (« Le Maire, »
    puis « La secrétaire de séance, » : les colonnes relues l'une après l'autre mêlent les
    noms)."""
    if etat.aplati:
        return
    noms: dict[str, tuple[int, str]] = {}
    lignes = [ligne for ligne in etat.lignes if ligne.texte.strip()]
    for i, ligne in enumerate(lignes):
        if "ecr" not in ligne.texte and "ECR" not in ligne.texte:
            continue
        for nom in _signataires_secretaires(lignes, i):
            noms.setdefault(cle_texte(nom), (ligne.numero, nom))
    if len(noms) != 1:
        return
    ((n, nom),) = noms.values()
    etat.secretaire = (n, nom)
    etat.constat(
        "extrait.secretaire-signature",
        Severite.INFO,
        n,
        f"Secrétaire de séance lu dans le bloc des signatures : {nom}.",
    )


def _identifiant(identifiant_actes: str | None) -> acte.PartiesActe | None:
    """Les parties d'un identifiant @CTES (date de décision, numéro…), s'il est valide."""
    if identifiant_actes is None or not acte.is_valid(identifiant_actes):
        return None
    return acte.decomposer(identifiant_actes)


def _nomme_en_entier(elu: Elu) -> bool:
    """Vrai si la personne est nommée par ses prénom et nom (pas un nom seul, une fonction)."""
    return elu.prenom is not None and bool(elu.nom)


def _place_pour_un_arrivant(etat: _Etat, presents: _Membres, candidats: _Membres) -> bool:
    """Vrai si les listes nomment moins de membres que le document n'en annonce en exercice (ou
    s'il n'en annonce pas) : un arrivant nommé dans aucune liste peut être l'un des autres."""
    en_exercice = etat.decomptes.get("en_exercice")
    if en_exercice is None:
        return True
    nommes = {presents.cle(e) for e in presents.liste} | {candidats.cle(e) for e in candidats.liste}
    return len(nommes) < en_exercice


def _arrivees_hors_des_presents(etat: _Etat, membres: _Membres, presents: list[Elu]) -> set[str]:
    """« ABSENT : M. X (arrivé à la question 2) », « M. Y (arrivé à la question 3) à Mme Z »
    parmi les pouvoirs : un absent ou un mandant dont le document dit l'arrivée est présent à
    partir de ce point (ajouté aux présents, retiré des absents ; son pouvoir reste, pour les
    points d'avant). Renvoie les clés des membres ainsi ajoutés."""
    index_presents = _Membres(presents, membres._cles)
    candidats = _Membres([e for _, e, _ in etat.absents] + [m for _, m, *_ in etat.procurations], membres._cles)
    arrives: set[str] = set()
    for n, mvt in etat.mouvements:
        if (mvt.arrivee is None and mvt.arrivee_numero is None) or mvt.depart or mvt.depart_numero:
            continue
        if _resoudre(index_presents, mvt.qui) in index_presents.liste:
            continue
        qui = _resoudre(candidats, mvt.qui)
        hors_des_listes = (
            qui is not None
            and qui not in candidats.liste
            and _nomme_en_entier(qui)
            and _place_pour_un_arrivant(etat, index_presents, candidats)
        )
        if qui is None or (qui not in candidats.liste and not hors_des_listes):
            continue
        membre = membres.ajouter(qui)
        cle = membres.cle(membre)
        if cle in arrives:
            continue
        arrives.add(cle)
        presents.append(membre)
        index_presents.ajouter(membre)
        etat.absents = [a for a in etat.absents if candidats.cle(a[1]) != candidats.cle(qui)]
        if hors_des_listes:
            # « M. X arrive pendant la présentation du point n° 2 » sans que X soit nommé dans
            # une liste : le document dit sa présence, à partir de ce point (dit)
            etat.constat(
                "extrait.arrivee-hors-des-listes",
                Severite.INFO,
                n,
                f"{membre}, nommé dans aucune liste, arrive en cours de séance : compté présent "
                "à partir de son arrivée.",
            )
            continue
        etat.constat(
            "extrait.arrivee-d-un-absent",
            Severite.INFO,
            n,
            f"{membre}, noté absent ou représenté, arrive en cours de séance : présent à partir "
            "de son arrivée.",
        )
    return arrives


def _construire(
    etat: _Etat,
    identifiant_actes: str | None,
    date_envoi: dt.date | None,
    date_reception: dt.date | None,
) -> dict[str, Any] | None:
    """Les champs de la séance lue (``None`` sans date), qu'elle reçoit avec ses faits non
    établis (:func:`_non_etablis`) : construite une seule fois."""
    if etat.date is None:
        _deduire_annee(etat)
    _verifier_date(etat)
    _decomptes_repetes(etat)
    _procurations_sans_mandataire(etat)
    if etat.presents_soit is not None:
        _soit_n_recoupe(etat, *etat.presents_soit)
    if etat.aplati:
        _objets_recolles(etat)
    if etat.date is None:
        _date_de_repli(etat, identifiant_actes)
    if etat.secretaire is None:
        _secretaire_des_signatures(etat)
    if etat.date is None:
        etat.constat(
            "extrait.date-absente",
            Severite.ERREUR,
            0,
            "Date de la séance introuvable : aucune séance ne peut être construite.",
        )
        return None
    membres = _Membres()
    presences: list[Presence] = []
    presents = []
    vus: set[str] = set()
    explicites = _civilites_explicites(etat)
    for n, e in etat.presents:
        lu = _avec_civilite(e, explicites)
        membre = membres.ajouter(lu)
        if membres.cle(membre) in vus:
            if _homonymes_possibles(membre, lu):
                etat.constat(
                    "extrait.homonymes",
                    Severite.AVERTISSEMENT,
                    n,
                    f"« {lu.nom} » nommé deux fois parmi les présents, sans prénom : deux homonymes "
                    "peut-être, comptés pour une seule personne.",
                )
                continue
            etat.constat(
                "extrait.doublon",
                Severite.INFO,
                n,
                f"{membre} est nommé deux fois parmi les présents.",
            )
            continue
        vus.add(membres.cle(membre))
        presents.append(membre)
    presents = _sans_absents_nommes(etat, membres, presents)
    _president_present(etat, membres, presents)
    arrives = _arrivees_hors_des_presents(etat, membres, presents)
    index_presents = _Membres(presents, membres._cles)
    cles_presents = {membres.cle(e) for e in presents}
    if not presents and not etat.presents_non_nommes:  # (« tous … sauf … » : déjà dit)
        etat.constat(
            "extrait.presents-manquants",
            Severite.AVERTISSEMENT,
            0,
            "Aucune liste de présents reconnue.",
        )
    mouvements: dict[str, tuple[int | None, int | None]] = {}
    _retirer_intertitres(etat)  # les rangs des points : ceux des délibérations gardées
    colonnes = bool(etat.mouvements) and _deux_colonnes_collees(etat.texte)
    for n, mvt in etat.mouvements:
        mvt = _rangs_des_numeros(etat, n, mvt)
        if colonnes:
            etat.constat(
                "extrait.mouvement-rang",
                Severite.AVERTISSEMENT,
                n,
                f"Arrivée ou départ de « {mvt.qui} » lu dans un texte à deux colonnes collées ligne "
                "à ligne (copie pdftotext -layout) : des points ont pu se mêler, le rang est à vérifier.",
            )
        # (« À 12 h 10, Mme X quitte la séance et donne pouvoir à M. Y » : l'heure en tête)
        qui = _resoudre(index_presents, r.sans_incises(mvt.qui))
        if qui is None or membres.cle(qui) not in cles_presents:
            etat.constat(
                "extrait.personne-inconnue",
                Severite.AVERTISSEMENT,
                n,
                f"Arrivée ou départ de « {mvt.qui} », absent de la liste des présents.",
            )
            continue
        avant = mouvements.get(membres.cle(qui), (None, None))
        mouvements[membres.cle(qui)] = (mvt.arrivee or avant[0], mvt.depart or avant[1])
    for e in presents:
        arrivee, depart = mouvements.get(membres.cle(e), (None, None))
        try:
            presences.append(
                Presence(
                    elu=e, statut=StatutPresence.PRESENT, arrivee_point=arrivee, depart_point=depart
                )
            )
        except InvariantViole as erreur:
            etat.constat(
                "extrait.mouvement-invalide", Severite.ERREUR, 0, f"{e} : {erreur.message}"
            )
            presences.append(Presence(elu=e, statut=StatutPresence.PRESENT))
    cles_presences = set(cles_presents)
    # (« tous sauf Mme X et M. Y » puis « Absent excusé : M. Y » : excusé, dit une fois suffit)
    excuses = {membres.cle(membres.ajouter(e)) for _, e, excuse in etat.absents if excuse}
    mandants = {membres.cle(m) for _, m, *_ in etat.procurations}
    for n, e, _excuse in etat.absents:
        e = membres.ajouter(e)
        if membres.cle(e) in cles_presents and membres.cle(e) not in mandants:
            # (un mandant présent a son constat, extrait.procuration-en-cours-de-seance)
            etat.constat(
                "extrait.present-et-absent",
                Severite.AVERTISSEMENT,
                n,
                f"{e} figure parmi les présents et parmi les absents : présent une partie de la "
                "séance, ou listes à vérifier ; gardé présent.",
            )
        if membres.cle(e) not in cles_presences:
            cles_presences.add(membres.cle(e))
            excuse = membres.cle(e) in excuses
            presences.append(
                Presence(elu=e, statut=StatutPresence.EXCUSE if excuse else StatutPresence.ABSENT)
            )
    _representes_par_un_suppleant(etat, index_presents)
    presences = _suppleances(etat, membres, presences)
    procurations: list[Procuration] = []
    president_brut = _resoudre(membres, etat.president[1]) if etat.president else None
    representes: dict[str, Elu] = {}
    paires: set[tuple[str, str]] = set()
    _mandants_abreges(etat)
    for n, mandant, mandataire, texte_mandataire in etat.procurations:
        civilite_mandant, civilite_mandataire = mandant.civilite, mandataire.civilite if mandataire else None
        mandant = (
            _par_autre_nom(etat, membres, mandant, n)
            or _par_nom_abrege(etat, membres, mandant, n)
            or _par_prenom_et_initiale(etat, membres, mandant, n)
            or _par_civilite(etat, membres, mandant, n)
            or membres.ajouter(mandant)
        )
        plat_mandataire = cle_texte(texte_mandataire).strip(" .")
        if (
            (mandataire is None or _PRESIDENT_SEUL.fullmatch(plat_mandataire))
            and president_brut is not None
            # (la fonction en tête : « … à PERRIER Luc Le Maire ouvre la séance » n'est pas « au Maire »)
            and (
                (_PRESIDENT_PAR_FONCTION.match(plat_mandataire) and _MAIRE_OU_PRESIDENT.search(plat_mandataire))
                or _PRESIDENT_SEUL.fullmatch(plat_mandataire)
            )
        ):
            # « donne pouvoir à M. le Maire », « … au Président » (« au » lu avant le mandataire :
            # la fonction seule, en capitale, se lisait comme un nom)
            mandataire = president_brut
        if mandataire is None:
            mandataire = _mandataire_par_sa_fonction(etat, membres, n, texte_mandataire)
        if mandataire is None:
            non_dit = _POUVOIR_SANS_MANDATAIRE.fullmatch(texte_mandataire) is not None
            etat.constat(
                "extrait.mandataire-inconnu",
                # (ce que le document ne dit pas n'est pas une erreur : non vérifiable)
                Severite.AVERTISSEMENT if non_dit else Severite.ERREUR,
                n,
                f"Procuration de {mandant} : "
                + ("le document ne nomme pas le mandataire." if non_dit else f"mandataire illisible (« {texte_mandataire} »)."),
            )
            representes.setdefault(membres.cle(mandant), mandant)  # représenté, par qui : dit
            continue
        connu = (
            index_presents.trouver(mandataire)
            or _par_initiale(index_presents, mandataire)
            or _par_particule(index_presents, mandataire)
            # (« Dont Suppléé : X par Y » puis « Z par Y » : le suppléant qui siège reçoit un pouvoir)
            or [s for _, s, _ in etat.suppleances if membres.cle(s) == membres.cle(mandataire)][:1]
        )
        if not connu and (autre := _par_autre_nom(etat, index_presents, mandataire, n)) is not None:
            connu = [autre]
        if not connu and (seul := _par_prenom_seul(etat, index_presents, mandataire, n)) is not None:
            connu = [seul]
        if not connu and len(compose := index_presents.par_nom_compose(mandataire)) == 1:
            etat.constat(
                "extrait.nom-abrege",
                Severite.INFO,
                n,
                f"Mandataire « {mandataire} » lu comme {compose[0]} (nom composé abrégé).",
            )
            connu = compose
        if not connu and len(graphie := _par_graphie(index_presents, mandataire)) == 1:
            _autre_graphie(etat, n, mandataire, graphie[0])
            connu = graphie
        if len(connu) > 1:
            # (« … à Madame VERNET » quand siègent Lise et Paul VERNET : la civilité départage)
            connu = _departages_par_la_civilite(connu, mandataire.civilite)
        if len(connu) == 1:
            mandataire = connu[0]
        elif len(connu) > 1:
            _mandataire_ambigu(etat, n, mandant, mandataire, connu)
            if mandant.cle in etat.mandants_des_excuses:
                etat.mandants_excuses.add(mandant.cle)  # excusé, son pouvoir non retenu
            representes.setdefault(membres.cle(mandant), mandant)
            continue
        elif not etat.presents_non_nommes:  # sans liste des présents, rien à chercher
            # (aucune liste de présents lue : la présence du mandataire n'est pas vérifiable)
            etat.constat(
                "extrait.mandataire-inconnu",
                Severite.ERREUR if etat.presents else Severite.AVERTISSEMENT,
                n,
                f"Procuration de {mandant} : le mandataire {mandataire} n'est pas dans la liste des présents"
                + ("." if etat.presents else " (aucune liste de présents lue : non vérifiable)."),
            )
        paire = (membres.cle(mandant), membres.cle(mandataire))
        if paire in paires:
            continue  # « X (pouvoir de Y) » puis « Procurations : Y (pouvoir à X) »
        paires.add(paire)
        if (
            mandant is mandataire
            and civilite_mandant is not None
            and civilite_mandataire is not None
            and civilite_mandant != civilite_mandataire
        ):
            etat.constat(
                "extrait.mandataire-homonyme",
                Severite.AVERTISSEMENT,
                n,
                f"Procuration de {civilite_mandant.libelle} {mandant.nom} à {civilite_mandataire.libelle} "
                f"{mandataire.nom} : même nom, civilités différentes (deux personnes) que les listes ne "
                "départagent pas ; procuration non reprise, à vérifier.",
            )
            continue
        try:
            procurations.append(Procuration(mandant=mandant, mandataire=mandataire))
        except InvariantViole as erreur:
            etat.constat(
                "extrait.procuration-invalide",
                Severite.ERREUR,
                n,
                f"Procuration illisible : {erreur.message}",
            )
            continue
        representes.pop(membres.cle(mandant), None)
        representes[membres.cle(mandant)] = mandant
    partiels = {cle for cle in representes if cle in cles_presents}
    for cle in sorted(partiels - arrives):
        etat.constat(
            "extrait.procuration-en-cours-de-seance",
            Severite.AVERTISSEMENT,
            0,
            f"{representes[cle]} figure parmi les présents et donne aussi pouvoir : présent une "
            "partie de la séance et représenté ensuite, ou listes à vérifier ; gardé présent.",
        )
    presences = [
        p
        for p in presences
        if membres.cle(p.elu) not in representes or membres.cle(p.elu) in partiels
    ]
    presences.extend(
        Presence(
            elu=e,
            statut=StatutPresence.EXCUSE
            if membres.cle(e) in etat.mandants_excuses
            else StatutPresence.REPRESENTE,
        )
        for cle, e in representes.items()
        if cle not in partiels
    )
    _president_d_avant_l_election(etat)
    president = _resoudre(membres, etat.president[1]) if etat.president else None
    if (
        president is not None
        and not membres.trouver(president)
        and len(g := _par_graphie(membres, president)) == 1
        and any(p.elu is g[0] for p in presences if p.statut.physiquement_present)
    ):
        # (« Claire MOREAU-DUPRAT » préside, « Claire Moreau » est dans la liste : le membre de
        # la liste, et c'est dit)
        _autre_graphie(etat, etat.president[0] if etat.president else 0, president, g[0])
        president = g[0]
    if etat.president and president is None:
        president = _president_par_sa_fonction(etat, membres)
    if etat.president is None:
        president = _president_de_la_liste(etat)
    if etat.president and president is None:
        fonction = _PRESIDENT_PAR_FONCTION.match(cle_texte(etat.president[1]))
        etat.constat(
            "extrait.president-fonction" if fonction else "extrait.personne-inconnue",
            Severite.INFO if fonction else Severite.AVERTISSEMENT,
            etat.president[0],
            f"Président désigné par sa fonction seulement : « {etat.president[1]} »."
            if fonction
            else f"Président illisible : « {etat.president[1]} ».",
        )
    elif president is None:
        etat.constat(
            "extrait.president-absent",
            Severite.INFO,
            0,
            "Président de séance introuvable dans le document : laissé vide (non vérifiable).",
        )
    secretaires = _secretaires_lus(etat, membres)
    for plus_complet in [president, *secretaires]:
        presences, procurations = _completer(plus_complet, presences, procurations, membres)
    # (« BRUNET G. » des présents complété en « Guy BRUNET » par la présidence : nommé)
    completes = _Membres([p.elu for p in presences], membres._cles)
    for role, personne in [("président", president), *(("secrétaire", s) for s in secretaires)]:
        if (
            personne is not None
            and membres.liste
            and not etat.presents_non_nommes  # (les présents ne sont pas nommés)
            and not membres.trouver(personne)
            and not completes.trouver(personne)
            and len(_par_graphie(membres, personne)) != 1  # (nom d'usage : dit par nom-graphie)
        ):
            etat.constat(
                "extrait.personne-inconnue",
                Severite.AVERTISSEMENT,
                0,
                f"Le {role} {personne} n'est dans aucune liste de membres.",
            )
        elif personne is not None and personne.prenom is None and len(homonymes := membres.trouver(personne)) > 1:
            # « M. PEYROT a été désigné secrétaire » quand la liste nomme D. PEYROT et J. PEYROT
            etat.constat(
                "extrait.nom-ambigu",
                Severite.AVERTISSEMENT,
                0,
                f"Le {role} « {personne} » peut désigner plusieurs membres "
                f"({', '.join(str(h) for h in homonymes)}) : gardé sans prénom.",
            )
    if "titulaires" in etat.presents_partiels and "suppleants" not in etat.presents_partiels:
        # « Nombre de conseillers titulaires présents : 34 », aucun suppléant annoncé : le
        # nombre des présents tel qu'écrit, comparé aux seuls titulaires des listes
        n_titulaires, titulaires_annonces = etat.presents_partiels.pop("titulaires")
        if "presents" not in etat.decomptes:
            etat.decomptes["presents"], etat.presents_titulaires = titulaires_annonces, True
        else:
            etat.presents_partiels["titulaires"] = (n_titulaires, titulaires_annonces)
    d = etat.decomptes
    _procurations_au_dela_du_quorum(etat, len(procurations))
    annonce_exercice = d.get("en_exercice")
    if annonce_exercice is not None and annonce_exercice != len(membres.liste):
        etat.constat(
            "extrait.membres-incomplets",
            Severite.AVERTISSEMENT,
            0,
            f"Le document annonce {annonce_exercice} membres en exercice, les listes en nomment {len(membres.liste)}{_et_suppleants(presences)} : la liste des mandats n'est pas reprise.",
        )
        mandats: list[Mandat] = []
    else:
        cle_president = membres.cle(president) if president is not None else None
        mandats = [
            Mandat(
                elu=m,
                fonction=Fonction.PRESIDENT if membres.cle(m) == cle_president else Fonction.CONSEILLER,
            )
            for m in membres.liste
        ] + _mandats_de_suppleants(presences)
    # (un absent ou un mandant arrivé en cours de séance n'est pas dans les décomptes d'ouverture)
    ouverture = [p for p in presences if membres.cle(p.elu) not in arrives]
    siegent = sum(1 for p in ouverture if p.statut in _SIEGENT)
    titulaires = sum(1 for p in ouverture if p.statut is StatutPresence.PRESENT)
    comparaisons = [
        (
            "titulaires présents" if etat.presents_titulaires else "présents",
            d.get("presents"),
            titulaires if etat.presents_titulaires else siegent,
        ),
        ("procurations", d.get("procurations"), len(procurations)),
    ]
    if d.get("votants") is not None:
        comparaisons.append(("votants", d.get("votants"), siegent + len(procurations)))
    doutes = _doutes_de_lecture(etat)
    for nom, annonce, compte in comparaisons:
        if annonce is not None and presences and annonce != compte and not (
            etat.presents_non_nommes and nom != "procurations"  # présents jamais énumérés
        ):
            etat.constat(
                "extrait.decompte",
                Severite.AVERTISSEMENT if doutes else Severite.ERREUR,
                0,
                f"Le document annonce {annonce} {nom}, les listes en donnent {compte}"
                + (
                    f" : les listes lues peuvent être incomplètes ({', '.join(doutes)})."
                    if doutes
                    else "."
                ),
            )
    _verifier_presents_partiels(etat, presences)
    convocation = None
    if etat.convocation_texte:
        convocation = r.convocation(etat.convocation_texte[1], etat.date.year)
    if convocation is not None and convocation > etat.date:
        # (« Convocation du 15 pour la séance du 22 : quorum non atteint, convoqué de nouveau le
        # 25 pour le 29 » sans la phrase d'ouverture : la séance lue est la séance manquée)
        etat.constat(
            "extrait.date-convocation",
            Severite.AVERTISSEMENT,
            etat.date_ligne,
            f"La séance lue le {etat.date:%d/%m/%Y} précède sa convocation lue le "
            f"{convocation:%d/%m/%Y} : l'une des deux dates est fausse.",
        )
    elif convocation is not None and (etat.date - convocation).days > _CONVOCATION_JOURS_MAX:
        # (« dûment convoqué le vingt-trois novembre deux mille » / ligne perdue « dix-sept » :
        # une année coupée, lue 2000)
        etat.constat(
            "extrait.date-convocation",
            Severite.AVERTISSEMENT,
            etat.convocation_texte[0] if etat.convocation_texte else etat.date_ligne,
            f"Convocation lue le {convocation:%d/%m/%Y}, {(etat.date - convocation).days} jours "
            f"avant la séance du {etat.date:%d/%m/%Y} : date invraisemblable, laissée vide.",
        )
        convocation = None
    deliberations = _deliberations(etat, identifiant_actes, date_envoi, date_reception)
    nom_collectivite, genre = _choisir_collectivite(etat)
    if nom_collectivite is None:
        etat.constat(
            "extrait.collectivite-absente",
            Severite.AVERTISSEMENT,
            0,
            "Nom de la collectivité introuvable.",
        )
    type_collectivite = (
        TypeCollectivite.COMMUNE
        if genre == "commune"
        else _type_collectivite(etat.organe, nom_collectivite)
    )
    if etat.organe is None:
        # l'assemblée plénière du type de collectivité lu (« SIVOM de X … réunion du comité »),
        # sinon un conseil municipal : supposé, et c'est dit
        suppose = (
            _ORGANE_DU_TYPE.get(type_collectivite, Organe.CONSEIL_MUNICIPAL)
            if type_collectivite is not None
            else _organe_d_apres_le_texte(etat.texte)
        )
        etat.constat(
            "extrait.organe-absent",
            Severite.AVERTISSEMENT,
            0,
            f"Organe délibérant introuvable : {suppose.libelle} supposé"
            + (f" (collectivité lue : {type_collectivite.value})." if type_collectivite else "."),
        )
        etat.organe = suppose
    if genre == "commune" and etat.organe not in (None, Organe.CONSEIL_MUNICIPAL):
        # « Commune de X » (site qui publie, commune membre) face au conseil syndical ou
        # communautaire lu : le type vient de l'organe, et le nom est douteux
        type_collectivite = _type_collectivite(etat.organe, None)
        etat.constat(
            "extrait.collectivite-incoherente",
            Severite.AVERTISSEMENT,
            0,
            f"« {nom_collectivite} » est lu comme une commune, mais l'organe délibérant est "
            f"{etat.organe.value} : la collectivité est peut-être une autre.",
        )
    _conseil_municipal_d_un_autre(etat, nom_collectivite)
    if type_collectivite is None and etat.commune_citee:
        type_collectivite = TypeCollectivite.COMMUNE
        etat.constat(
            "extrait.commune-citee",
            Severite.INFO,
            0,
            "Le texte parle du conseil municipal et du maire (et d'aucune autre assemblée) : "
            "la collectivité est une commune.",
        )
    collectivite = Collectivite(
        nom=nom_collectivite or "(collectivité non indiquée)", type=type_collectivite
    )
    assemblee = Assemblee(
        collectivite=collectivite, organe=etat.organe or Organe.CONSEIL_MUNICIPAL, mandats=mandats
    )
    decomptes = (
        DecomptesDeclares(
            membres=d.get("membres"),
            en_exercice=annonce_exercice,
            presents=d.get("presents"),
            absents=d.get("absents"),
            procurations=d.get("procurations"),
            votants=d.get("votants"),
        )
        if d
        else None
    )
    return {
        "assemblee": assemblee,
        "date": etat.date,
        "date_convocation": convocation,
        "president": president,
        "secretaires": secretaires,
        "presences": presences,
        "procurations": procurations,
        "deliberations": deliberations,
        "decomptes": decomptes,
    }


# « Présents : Françoise LE GUEN, Jean-Yves      Représentés : Marc LE GALL par … » : une
# ligne faite de deux colonnes (au moins 25 caractères, 5 blancs ou plus, 15 caractères)
_LIGNE_A_DEUX_COLONNES = re.compile(r"^\s*\S.{23,}?\S {5,}\S.{14,}$", re.M)


def _deux_colonnes_collees(texte: str) -> bool:
    """Vrai si le texte est une page en deux colonnes copiée ligne à ligne : au moins dix
    lignes faites de deux colonnes, et avec celles de la seule colonne de droite (40 blancs
    devant), deux lignes non vides sur cinq."""
    if texte.count("     ") < 10:
        return False
    doubles = len(_LIGNE_A_DEUX_COLONNES.findall(texte))
    if doubles < 10:
        return False
    lignes = [ligne for ligne in texte.splitlines() if ligne.strip()]
    droites = sum(1 for ligne in lignes if ligne.startswith(" " * 40))
    return 5 * (doubles + droites) >= 2 * len(lignes)


_NUMERO_DE_SUITE = re.compile(r"^(.*?)(\d{1,4})$")


def _numeros_a_trou(numeros: list[str | None]) -> bool:
    """Vrai si deux points lus à la suite portent des numéros de même forme qui sautent un
    numéro (« 2014-40 » puis « 2014-42 ») : un point entre eux n'a pas été lu.

    >>> _numeros_a_trou(["2014-40", "2014-42"]), _numeros_a_trou(["2014-40", "2014-41", None])
    (True, False)
    """
    suites = [_NUMERO_DE_SUITE.match(x or "") for x in numeros]
    return any(
        a is not None and b is not None and a.group(1) == b.group(1)
        and int(b.group(2)) - int(a.group(2)) > 1
        for a, b in itertools.pairwise(suites)
    )


def _rangs_des_numeros(etat: _Etat, n: int, mvt: r.Mouvement) -> r.Mouvement:
    """« à partir de la délibération N°X » : le rang du point X dans le document (arrivée à
    ce point, départ après le précédent) ; un numéro qu'aucun point ne porte est signalé."""
    if mvt.arrivee_numero is None and mvt.depart_numero is None:
        return _rangs_des_grands_numeros(etat, n, mvt)
    numero = mvt.arrivee_numero or mvt.depart_numero or ""
    rangs = [
        i
        for i, d in enumerate(etat.deliberations, start=1)
        if d.numero and cle_texte(d.numero) == cle_texte(numero)
    ]
    if not rangs:
        etat.constat(
            "extrait.mouvement-numero",
            Severite.AVERTISSEMENT,
            n,
            f"Arrivée ou départ de « {mvt.qui} » au point N°{numero}, qu'aucune délibération lue "
            "ne porte : non reporté.",
        )
        return attrs.evolve(mvt, arrivee_numero=None, depart_numero=None)
    if etat.par_code["extrait.vote-hors-deliberation"] or _numeros_a_trou(
        [d.numero for d in etat.deliberations[: rangs[0]]]
    ):
        # des votes hors de tout point, ou « 2014-40, 2014-42, 2014-43 » (un numéro sauté) :
        # des points précédents ont pu ne pas être lus, le rang du point N°X parmi les points
        # lus n'est pas sûr
        etat.constat(
            "extrait.mouvement-rang",
            Severite.AVERTISSEMENT,
            n,
            f"Arrivée ou départ de « {mvt.qui} » au point N°{numero}, rang {rangs[0]} parmi les "
            "points lus ; des votes lus hors de tout point laissent penser que des points "
            "manquent : le rang est à vérifier.",
        )
    if mvt.arrivee_numero is not None:
        return attrs.evolve(mvt, arrivee=rangs[0], arrivee_numero=None)
    depart = rangs[0] if mvt.depart_apres else rangs[0] - 1
    return attrs.evolve(mvt, depart=depart or None, depart_numero=None, depart_apres=False)


def _rangs_des_grands_numeros(etat: _Etat, n: int, mvt: r.Mouvement) -> r.Mouvement:
    """« (à partir du rapport n° 201) » quand les rapports sont numérotés 101, 102, 201… : un
    point N au-delà du nombre de points lus est le point qui porte le numéro N, s'il y en a
    un (son rang dans le document) ; sinon le point est gardé, et dit."""

    def rang(valeur: int | None) -> int | None:
        if valeur is None or valeur <= len(etat.deliberations):
            return valeur
        rangs = [i for i, d in enumerate(etat.deliberations, start=1) if d.numero == str(valeur)]
        if len(rangs) == 1:
            return rangs[0]
        if etat.deliberations:
            etat.constat(
                "extrait.mouvement-hors-des-points",
                Severite.AVERTISSEMENT,
                n,
                f"Arrivée ou départ de « {mvt.qui} » au point {valeur}, au-delà des "
                f"{len(etat.deliberations)} points lus : le rang du point n'est pas vérifiable.",
            )
        return valeur

    return attrs.evolve(mvt, arrivee=rang(mvt.arrivee), depart=rang(mvt.depart))


def _departs_incertains(etat: _Etat) -> None:
    """Un départ rattaché à un point d'après sa position n'est sûr que si tous les points du
    document sont lus : sinon il est signalé."""
    if not any(not d.objet for d in etat.deliberations):
        return
    for n in [*etat.departs_deduits, *etat.arrivees_deduites]:
        etat.constat(
            "extrait.mouvement-incertain",
            Severite.AVERTISSEMENT,
            n,
            "Départ ou arrivée rattachés à un point d'après sa place dans le document, alors que des points "
            "ne sont pas lus (délibérations sans objet) : le rang du point est incertain.",
        )


def _deliberations(
    etat: _Etat, identifiant_actes: str | None, envoi: dt.date | None, reception: dt.date | None
) -> list[Deliberation]:
    resultat: list[Deliberation] = []
    _retirer_intertitres(etat)
    if not etat.deliberations:
        etat.constat(
            "extrait.deliberation-absente",
            Severite.AVERTISSEMENT,
            0,
            "Aucune délibération reconnue (pas de ligne « OBJET : »).",
        )
    _departs_incertains(etat)
    parties = _identifiant(identifiant_actes)
    numeros_actes = parties.numero if parties else None
    explicites = {d.numero for d in etat.deliberations if d.numero}
    for i, d in enumerate(etat.deliberations, start=1):
        if not d.objet and d.theme:
            # « Objet : TITRE EN CAPITALES » suivi du rapporteur ou du vote : pas de titre en
            # dessous, les capitales sont le titre du point (et non sa rubrique)
            d.objet, d.theme = [d.theme], None
        if not d.objet:
            etat.constat(
                "extrait.objet-absent",
                Severite.ERREUR,
                d.ligne,
                "Délibération sans objet lisible : elle n'est pas reprise.",
            )
            continue
        numero = d.numero or (
            numeros_actes if len(etat.deliberations) == 1 and numeros_actes else None
        )
        if numero is None:
            numero = str(d.rang or i)
            if numero in explicites:
                numero = f"sans-numero-{i}"  # le rang est déjà le numéro d'une autre délibération
            etat.constat(
                "extrait.numero-absent",
                Severite.INFO,
                d.ligne,
                f"Numéro de délibération absent du document : « {numero} » (rang dans le document) est attribué.",
            )
        scrutins = _scrutins(etat, d)
        transmission = None
        if identifiant_actes or envoi or reception:
            transmission = Transmission(
                identifiant_actes=identifiant_actes, date_envoi=envoi, date_reception=reception
            )
        try:
            resultat.append(
                Deliberation(
                    numero=numero,
                    objet=objet_tel_qu_ecrit(
                        _sans_guillemets(_titre_sans_deux_points(_sans_mention_d_ajout(" ".join(d.objet)))),
                        etat.texte,
                    ),
                    theme=d.theme,
                    nature=NatureActe.DELIBERATION,
                    rang=d.rang,
                    expose="\n\n".join("\n".join(p) for p in d.expose) or None,
                    dispositif=[x.strip() for x in d.dispositif],
                    scrutins=scrutins,
                    transmission=transmission,
                )
            )
        except InvariantViole as erreur:
            etat.constat(
                "extrait.deliberation-invalide",
                Severite.ERREUR,
                d.ligne,
                f"Délibération illisible : {erreur.message}",
            )
    return resultat


# « 1 – Désignation du secrétaire de séance » / « Mme X est désignée secrétaire de séance. » :
# le point qui nomme le secrétaire, sans vote, n'est pas une délibération ; ni « 1. Appel
# nominal », ni « Constatation du quorum » (points de procédure d'un procès-verbal)
_POINT_DE_PROCEDURE = re.compile(
    r"^\s*(?:(?:designation|election|nomination)\s+(?:d'\s*un(?:e)?\s+|du\s+|de\s+la\s+|des\s+)?"
    r"secretaires?\s+de\s+(?:la\s+)?seance"
    r"|appel\s+(?:nominal|nominatif|des\s+(?:membres|presents|conseillers|delegues|elus))"
    r"|(?:verification|constatation)\s+du\s+quorum|ouverture\s+de\s+(?:la\s+)?seance)\s*\.?\s*$"
)


def _retirer_intertitres(etat: _Etat) -> None:
    """Un intertitre pris pour un point (« Liste de présence », « Prochaine réunion ») que ni
    vote ni décision ne suit n'est pas une délibération : il est retiré, et dit."""
    gardees = []
    rangs = [0]  # rangs[i] : le rang, parmi les points gardés, du i-ème point lu
    # (« Ordre du jour : 1. … 2. … » et rien d'autre : l'extrait ne donne que l'ordre du jour,
    # aucun point n'est délibéré dans le texte)
    seul_ordre_du_jour = _seul_ordre_du_jour(etat.deliberations)
    for d in etat.deliberations:
        vote = d.votes or d.moins or d.resultat is not None or d.unanimite
        if d.devine and not (vote or d.dispositif):
            etat.constat(
                "extrait.intertitre",
                Severite.INFO,
                d.ligne,
                f"« {' '.join(d.objet)[:80]} » : intertitre sans vote ni décision, "
                "non repris comme délibération.",
            )
        elif not vote and _POINT_DE_PROCEDURE.match(cle_texte(" ".join(d.objet))):
            etat.constat(
                "extrait.intertitre",
                Severite.INFO,
                d.ligne,
                f"« {' '.join(d.objet)[:80]} » : point de procédure (secrétaire, appel, quorum) "
                "sans vote, non repris comme délibération.",
            )
        elif d.annonce and (etat.annonces_traitees or seul_ordre_du_jour):
            _annonce_non_traitee(etat, d, bool(vote))
        elif not (vote or d.dispositif) and _point_reporte(d):
            etat.constat(
                "extrait.point-reporte",
                Severite.INFO,
                d.ligne,
                f"« {' '.join(d.objet)[:80]} » : point reporté ou retiré, sans vote ni décision, "
                "non repris comme délibération.",
            )
        else:
            gardees.append(d)
        rangs.append(len(gardees))
    etat.deliberations = gardees
    if len(gardees) < len(rangs) - 1:
        _departs_renumerotes(etat, rangs)


def _seul_ordre_du_jour(points: list[_Delib]) -> bool:
    """« Ordre du jour : 1. … 2. … 3. … » et rien d'autre : les points annoncés, un par ligne à
    la suite, sans vote ni décision ni exposé (au plus une courte ligne après le dernier) ;
    l'extrait ne délibère aucun d'eux."""
    if not points or not all(d.annonce and not d.dispositif and not _a_un_vote(d) for d in points):
        return False
    if any(b.ligne - a.ligne not in (0, 1) or a.expose for a, b in itertools.pairwise(points)):
        return False
    return sum(len(ligne) for paragraphe in points[-1].expose for ligne in paragraphe) <= 200


def _a_un_vote(d: _Delib) -> bool:
    return bool(d.votes or d.moins or d.resultat is not None or d.unanimite)


def _annonce_non_traitee(etat: _Etat, d: _Delib, vote: bool) -> None:
    """Un point de l'ordre du jour que le document ne reprend pas, quand il reprend les autres
    sous leur numéro : pas une délibération ; un vote lu après lui (l'approbation du
    procès-verbal qui suit l'ordre du jour) n'est rattaché à aucun point."""
    if vote:
        etat.constat(
            "extrait.vote-hors-point",
            Severite.AVERTISSEMENT,
            d.ligne,
            f"Un vote lu après la ligne « {d.numero} » de l'ordre du jour, point que le document "
            "ne reprend pas ensuite, n'est rattaché à aucun point : écarté.",
        )
    etat.constat(
        "extrait.sommaire",
        Severite.INFO,
        d.ligne,
        f"Point n° {d.numero} annoncé à l'ordre du jour et non repris ensuite : non lu comme "
        "délibération.",
    )


# « Le point est reporté à une séance ultérieure », « Ce point est retiré de l'ordre du jour »,
# « Dossier ajourné » : le point annoncé n'est pas délibéré
_POINT_REPORTE = re.compile(
    r"^(?:le|ce)\s+(?:point|dossier|rapport|projet)\s+(?:est|a\s+ete)\s+(?:reporte|retire|ajourne|differe)\b"
    r"|^(?:point|dossier|rapport|question)\s+(?:reporte|retire|ajourne)e?\b"
)


def _point_reporte(d: _Delib) -> bool:
    """L'exposé du point ne dit que son report ou son retrait (première phrase)."""
    premier = next((ligne for p in d.expose for ligne in p if ligne.strip()), "")
    return bool(premier) and _POINT_REPORTE.match(cle_texte(premier.strip())) is not None


def _departs_renumerotes(etat: _Etat, rangs: list[int]) -> None:
    """Un départ déduit de sa place (« après le point N ») compte N parmi les points lus :
    les intertitres retirés, N devient le rang du dernier point gardé ; s'il n'y en a pas, le
    départ n'est rattaché à aucun point, et dit."""
    mouvements = []
    for n, mvt in etat.mouvements:
        if n in etat.arrivees_deduites and mvt.arrivee is not None and mvt.arrivee < len(rangs):
            # (l'arrivée au point N, N compté parmi les points lus : le rang du point gardé)
            if rangs[mvt.arrivee]:
                mouvements.append((n, attrs.evolve(mvt, arrivee=rangs[mvt.arrivee])))
            else:
                etat.arrivees_deduites.remove(n)
                etat.constat(
                    "extrait.mouvement-incertain",
                    Severite.AVERTISSEMENT,
                    n,
                    f"« {mvt.qui} » arrive pendant un intertitre qui n'est pas un point : "
                    "arrivée rattachée à aucun point.",
                )
            continue
        if n not in etat.departs_deduits or mvt.depart is None or mvt.depart >= len(rangs):
            mouvements.append((n, mvt))
        elif rangs[mvt.depart]:
            mouvements.append((n, attrs.evolve(mvt, depart=rangs[mvt.depart])))
        else:
            etat.departs_deduits.remove(n)
            etat.constat(
                "extrait.retrait-non-lu",
                Severite.AVERTISSEMENT,
                n,
                f"« {mvt.qui} » quitte la séance pendant le premier point (un intertitre qui le "
                "précédait n'est pas un point) : départ rattaché à aucun point ; le décompte des "
                "votants de ce point n'est pas vérifiable.",
            )
    etat.mouvements = mouvements


def _sans_guillemets(objet: str) -> str:
    """« N° 2024-31 « Tarifs de la cantine » » : les guillemets qui entourent tout le titre
    n'en sont pas."""
    propre = objet.strip()
    if propre[:1] in "«\"“" and propre[-1:] in "»\"”" and len(propre) > 2:
        interieur = propre[1:-1]
        if not any(g in interieur for g in "«»\"“”"):
            return interieur.strip()
    return objet


# « (point ajouté à l'ordre du jour) : Titre », « Titre (point ajouté) », « (point
# supplémentaire) » : la mention de l'ordre du jour n'est pas du titre
_MENTION_D_AJOUT = re.compile(
    r"^\s*\((?:point\s+|question\s+)?(?:ajout[ée]e?|rajout[ée]e?|suppl[ée]mentaire|inscrit(?:e)?\s+en\s+s[ée]ance)"
    r"[^()]{0,60}\)\s*[:–—-]?\s*"
    r"|\s*\((?:point\s+|question\s+)?(?:ajout[ée]e?|rajout[ée]e?|suppl[ée]mentaire|inscrit(?:e)?\s+en\s+s[ée]ance)"
    r"[^()]{0,60}\)\s*$",
    re.IGNORECASE,
)


def _sans_mention_d_ajout(objet: str) -> str:
    """« (point ajouté à l'ordre du jour) : Subvention … » → « Subvention … »."""
    if "(" not in objet:
        return objet
    propre = _MENTION_D_AJOUT.sub("", objet).strip()
    return propre or objet


def _titre_sans_deux_points(objet: str) -> str:
    """« Compte administratif 2004 : » (titre qui annonce la suite) : les deux-points ne sont
    pas du titre."""
    propre = objet.rstrip()
    if propre.endswith(":") and propre.rstrip(" :"):
        return propre.rstrip(" :")
    if propre.endswith((" -", " –")) and propre.rstrip(" -–"):
        return propre.rstrip(" -–")  # « Titre - Délibération n° 2024-31 » : le tiret du numéro ôté
    return objet


def _scrutins(etat: _Etat, d: _Delib) -> list[Scrutin]:
    v = dict(d.votes)
    for cle, valeur in d.moins.items():
        v.setdefault(cle, valeur)
    if d.unanimite and ("pour" in v or "abstentions" in v) and "contre" not in v:
        v["contre"] = 0  # l'unanimité des suffrages exprimés exclut toute voix contre
    if not v and not d.unanimite and d.resultat is None:
        # « Le conseil procède à l'élection au scrutin secret … » sans voix ni issue : le mode
        # seul est lu (jamais déduit du titre : le conseil peut renoncer au scrutin secret)
        etat.constat(
            "extrait.scrutin-absent",
            Severite.AVERTISSEMENT,
            d.ligne,
            "Aucun vote reconnu pour cette délibération"
            + (f" (seul le mode de scrutin est dit : {d.mode.value})." if d.mode else "."),
        )
        if d.mode is None:
            return []
    exprimes = v.pop("exprimes", None)
    votants = v.pop("votants", None)
    if votants is not None and "pour" in v:
        somme = sum(
            v.get(k, 0)
            for k in ("pour", "contre", "abstentions", "ne_prend_pas_part", "blancs_nuls")
        )
        if somme != votants:
            etat.constat(
                "extrait.votants",
                Severite.ERREUR,
                d.ligne,
                f"{votants} votants annoncés, les décomptes du vote en donnent {somme}.",
            )
    if exprimes is not None and "pour" in v and exprimes != v["pour"] + v.get("contre", 0):
        etat.constat(
            "extrait.suffrages",
            Severite.ERREUR,
            d.ligne,
            f"Suffrages exprimés annoncés {exprimes}, pour + contre = {v['pour'] + v.get('contre', 0)}.",
        )
    try:
        return [
            Scrutin(
                mode=d.mode,
                pour=v.get("pour"),
                contre=v.get("contre"),
                abstentions=v.get("abstentions"),
                ne_prend_pas_part=v.get("ne_prend_pas_part"),
                blancs_nuls=v.get("blancs_nuls"),
                dont_procurations=v.get("dont_procurations"),
                resultat=d.resultat,
                # « à l'unanimité moins une voix (M. X, contre) » : des voix contre, pas l'unanimité
                unanimite=d.unanimite and not d.moins.get("contre"),
            )
        ]
    except InvariantViole as erreur:  # pragma: no cover - les nombres lus sont positifs
        etat.constat("extrait.scrutin-invalide", Severite.ERREUR, d.ligne, erreur.message)
        return []
