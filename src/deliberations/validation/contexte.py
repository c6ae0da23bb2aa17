"""Ce que les règles ont besoin de savoir d'une séance, calculé une fois.

Le :class:`Contexte` donne la famille de règles (commune, EPCI, département, région), les
membres en exercice, la dérogation en vigueur, et pour chaque délibération un
:class:`Point` : qui siège à ce moment (arrivées, départs et retraits pris en compte) et
quelles procurations peuvent servir. Un membre présent à distance ne compte au quorum
que si un texte le permet à cette assemblée ce jour-là (données datées) ; le suppléant
d'un conseiller communautaire (L5211-6) ou d'un délégué de syndicat (L5212-7) siège à sa
place, que le titulaire soit nommé ou non ; une démission reçue en séance
retire son auteur des membres en exercice pour les points suivants (L2121-4).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator

import attrs

from deliberations.model import (
    Deliberation,
    Elu,
    Organe,
    Presence,
    Procuration,
    Seance,
    StatutPresence,
)
from deliberations.validation.droit import (
    DEPARTEMENTS_ALSACE_MOSELLE,
    PeriodeDerogatoire,
    derogation_au,
    distance_permise,
)

__all__ = ["Contexte", "Point", "contient", "indices_candidats", "trouver"]


def trouver(elus: Iterable[Elu], elu: Elu) -> Elu | None:
    """L'élu de ``elus`` qui correspond à ``elu`` (clé exacte d'abord), ou ``None``."""
    candidats = [e for e in _candidats(elus, elu) if e.correspond(elu)]
    return next((e for e in candidats if e.cle == elu.cle), candidats[0] if candidats else None)


def _candidats(elus: Iterable[Elu], elu: Elu) -> list[Elu]:
    """Les élus qui peuvent correspondre à ``elu`` (même nom normalisé, ou identifiants des
    deux côtés), dans l'ordre de ``elus``. Une séance de 86 membres fait des milliers de
    recherches dans les mêmes tuples : leur index par nom est calculé une fois."""
    if not isinstance(elus, tuple) or len(elus) < 16:
        cle_nom = elu.cle_nom
        avec_id = elu.identifiant is not None
        return [e for e in elus if e.cle_nom == cle_nom or (avec_id and e.identifiant is not None)]
    return [elus[i] for i in indices_candidats(elus, elu)]


def indices_candidats(elus: tuple[Elu, ...], elu: Elu) -> list[int]:
    """Les indices, croissants, des élus de ``elus`` qui peuvent correspondre à ``elu``."""
    par_nom, avec_identifiant = _index(elus)
    trouves = par_nom.get(elu.cle_nom, [])
    if elu.identifiant is not None and avec_identifiant:
        trouves = sorted(set(trouves) | set(avec_identifiant))
    return trouves


_INDEX: dict[int, tuple[tuple[Elu, ...], dict[str, list[int]], list[int]]] = {}


def _index(elus: tuple[Elu, ...]) -> tuple[dict[str, list[int]], list[int]]:
    connu = _INDEX.get(id(elus))
    if connu is not None and connu[0] is elus:
        return connu[1], connu[2]
    par_nom: dict[str, list[int]] = {}
    for i, e in enumerate(elus):
        par_nom.setdefault(e.cle_nom, []).append(i)
    avec_identifiant = [i for i, e in enumerate(elus) if e.identifiant is not None]
    if len(_INDEX) >= 64:
        _INDEX.clear()
    _INDEX[id(elus)] = (elus, par_nom, avec_identifiant)  # le tuple gardé : id jamais réutilisé
    return par_nom, avec_identifiant


def contient(elus: Iterable[Elu], elu: Elu) -> bool:
    """Vrai si un élu de ``elus`` correspond à ``elu``."""
    return trouver(elus, elu) is not None


@attrs.frozen(kw_only=True)
class Point:
    """Une délibération et les effectifs au moment de son vote.

    ``presents`` est ``None`` quand la séance ne donne pas la liste des présences ; les
    nombres viennent alors des décomptes annoncés par le document. ``presents`` compte
    les membres qui siègent (présents à distance, titulaires suppléés et suppléants de
    titulaires non nommés compris) ; ``distants_non_comptes`` ceux qui siègent à distance
    sans qu'un texte permette de les compter au quorum ; ``suppleants`` les suppléants qui
    siègent ; ``en_exercice`` les
    membres en exercice à ce point (démissions reçues en séance déduites).
    """

    indice: int
    deliberation: Deliberation
    rang: int
    presents: tuple[Elu, ...] | None
    retires: tuple[Elu, ...]
    procurations: tuple[Procuration, ...] | None
    nb_presents: int | None
    nb_representes: int | None
    en_exercice: int | None = None
    distants_non_comptes: tuple[Elu, ...] = ()
    suppleants: tuple[Elu, ...] = ()

    @property
    def nb_presents_quorum(self) -> int | None:
        """Présents qui comptent pour le quorum (sans les présents à distance non permis)."""
        if self.nb_presents is None:
            return None
        return self.nb_presents - len(self.distants_non_comptes)

    @property
    def chemin(self) -> str:
        """Chemin de la délibération dans la séance."""
        return f"deliberations[{self.indice}]"

    @property
    def designation(self) -> str:
        """« point 3, délibération 2024_012 »."""
        return f"point {self.rang}, délibération {self.deliberation.numero}"

    @property
    def nb_votants_attendus(self) -> int | None:
        """Présents (hors retraits) + procurations utilisables."""
        if self.nb_presents is None or self.nb_representes is None:
            return None
        return self.nb_presents + self.nb_representes


@attrs.frozen(kw_only=True)
class Contexte:
    """La séance et ses effectifs, prêts pour les règles."""

    seance: Seance
    famille: str
    membres: tuple[Elu, ...]
    en_exercice: int | None
    derogation: PeriodeDerogatoire | None
    points: tuple[Point, ...]
    presences_connues: bool
    type_connu: bool = True
    distance: str | None = None
    seances: tuple[Seance, ...] = ()
    non_etablis: frozenset[str] = frozenset()

    @property
    def alsace_moselle(self) -> bool:
        """Vrai pour une commune de Moselle, du Bas-Rhin ou du Haut-Rhin."""
        dep = self.seance.assemblee.collectivite.departement
        return self.famille == "commune" and dep is not None and dep in DEPARTEMENTS_ALSACE_MOSELLE

    @property
    def commission_permanente(self) -> bool:
        """Vrai pour la commission permanente d'un département ou d'une région."""
        return self.seance.assemblee.organe is Organe.COMMISSION_PERMANENTE

    @property
    def jour(self) -> dt.date:
        """Date de la séance."""
        return self.seance.date

    def membre(self, elu: Elu) -> bool | None:
        """Vrai si ``elu`` est membre en exercice ; ``None`` si les mandats sont inconnus."""
        if not self.membres:
            return None
        return contient(self.membres, elu)

    def article(self, commune: str, epci: str, departement: str, region: str) -> str:
        """L'article applicable selon la famille de la collectivité."""
        return {"commune": commune, "epci": epci, "departement": departement, "region": region}[
            self.famille
        ]

    def etabli(self, fait: str) -> bool:
        """Faux si l'appelant a dit que le document ne donne pas ce fait."""
        return fait not in self.non_etablis

    @classmethod
    def depuis(
        cls,
        seance: Seance,
        registre: Iterable[Seance] = (),
        non_etablis: Collection[str] = (),
    ) -> Contexte:
        """Calcule le contexte d'une séance ; ``registre`` donne les autres séances connues
        (celles de la même assemblée servent aux règles qui portent sur plusieurs séances)."""
        collectivite = seance.assemblee.collectivite
        famille = collectivite.famille or _FAMILLE_DE_L_ORGANE.get(seance.assemblee.organe, "commune")
        distance = distance_permise(
            seance.date,
            famille,
            collectivite.type.value if collectivite.type else "",
            seance.assemblee.organe.value,
        )
        membres = tuple(m.elu for m in seance.membres_en_exercice())
        en_exercice = seance.nombre_en_exercice()
        presences_connues = bool(seance.presences)
        regles = _Sieges(famille=famille, distance=distance is not None)
        paires = _paires(seance.procurations)
        points = tuple(
            _point(seance, i, d, presences_connues, regles, membres, en_exercice, paires)
            for i, d in enumerate(seance.deliberations)
        )
        return cls(
            seance=seance,
            famille=famille,
            type_connu=collectivite.type is not None,
            membres=membres,
            en_exercice=en_exercice,
            derogation=derogation_au(seance.date),
            points=points,
            presences_connues=presences_connues,
            distance=distance,
            seances=_seances_de_l_assemblee(seance, registre),
            non_etablis=frozenset(non_etablis),
        )


_GROUPES: dict[int, tuple[tuple[Seance, ...], _Groupes]] = {}


def _seances_de_l_assemblee(seance: Seance, registre: Iterable[Seance]) -> tuple[Seance, ...]:
    """Les séances de ``registre`` de la même assemblée que ``seance``, par date. Un registre
    (tuple) validé séance par séance est indexé une fois : sans index, chaque séance le
    parcourrait en entier (temps quadratique)."""
    if not isinstance(registre, tuple) or len(registre) < 16:
        return tuple(sorted(_meme_assemblee(seance, registre), key=lambda s: s.date))
    connu = _GROUPES.get(id(registre))
    if connu is None or connu[0] is not registre:
        if len(_GROUPES) >= 8:
            _GROUPES.clear()
        connu = _GROUPES[id(registre)] = (registre, _Groupes(registre))  # le tuple gardé
    return connu[1].de(seance)


class _Groupes:
    """Index d'un registre par organe, SIREN et nom de collectivité (même résultat que
    :func:`_meme_assemblee`, sans parcourir le registre)."""

    def __init__(self, registre: tuple[Seance, ...]) -> None:
        self.registre = registre
        self.par_siren: dict[tuple[Organe, str], list[int]] = {}
        self.par_nom: dict[tuple[Organe, str], list[int]] = {}
        self.par_nom_sans_siren: dict[tuple[Organe, str], list[int]] = {}
        self.resultats: dict[tuple[Organe, str | None, str], tuple[Seance, ...]] = {}
        for i, s in enumerate(registre):
            organe, collectivite = s.assemblee.organe, s.assemblee.collectivite
            siren, nom = collectivite.siren_effectif, collectivite.nom
            self.par_nom.setdefault((organe, nom), []).append(i)
            if siren:
                self.par_siren.setdefault((organe, siren), []).append(i)
            else:
                self.par_nom_sans_siren.setdefault((organe, nom), []).append(i)

    def de(self, seance: Seance) -> tuple[Seance, ...]:
        organe, collectivite = seance.assemblee.organe, seance.assemblee.collectivite
        cle = (organe, collectivite.siren_effectif or None, collectivite.nom)
        if cle not in self.resultats:
            if cle[1] is None:
                indices = self.par_nom.get((organe, cle[2]), [])
            else:
                indices = self.par_siren.get((organe, cle[1]), []) + self.par_nom_sans_siren.get(
                    (organe, cle[2]), []
                )
            seances = [self.registre[i] for i in sorted(indices)]
            self.resultats[cle] = tuple(sorted(seances, key=lambda s: s.date))
        return self.resultats[cle]


def _meme_assemblee(seance: Seance, registre: Iterable[Seance]) -> Iterator[Seance]:
    a = seance.assemblee
    for autre in registre:
        b = autre.assemblee
        if b.organe is a.organe and (
            b.collectivite.siren_effectif == a.collectivite.siren_effectif
            if a.collectivite.siren_effectif and b.collectivite.siren_effectif
            else b.collectivite.nom == a.collectivite.nom
        ):
            yield autre


# Type de collectivité inconnu : l'organe seul dit la famille de règles quand il n'appartient
# qu'à elle (un conseil communautaire est celui d'un EPCI) ; un bureau, une commission
# permanente ou un conseil métropolitain (Lyon) ne la disent pas.
_FAMILLE_DE_L_ORGANE = {
    Organe.CONSEIL_MUNICIPAL: "commune",
    Organe.CONSEIL_COMMUNAUTAIRE: "epci",
    Organe.COMITE_SYNDICAL: "epci",
    Organe.CONSEIL_DEPARTEMENTAL: "departement",
    Organe.CONSEIL_REGIONAL: "region",
}


@attrs.frozen
class _Sieges:
    """Comment compter ceux qui siègent : famille (suppléants des EPCI), distance permise."""

    famille: str
    distance: bool

    def siege(self, presence: Presence, rang: int) -> bool:
        """Vrai si le siège de ce membre est occupé au point ``rang`` : par lui-même, ou par
        un suppléant dans un EPCI (le suppléant d'un titulaire non nommé siège lui-même)."""
        if presence.statut is StatutPresence.REMPLACE:
            return self.famille == "epci"
        if presence.statut is StatutPresence.SUPPLEANT and self.famille != "epci":
            return False
        return presence.present_au_point(rang)

    def distant_non_compte(self, presence: Presence) -> bool:
        """Vrai pour un présent à distance qu'aucun texte ne permet de compter."""
        return presence.statut is StatutPresence.PRESENT_A_DISTANCE and not self.distance


def demissionnaires(seance: Seance, rang: int) -> tuple[Elu, ...]:
    """Les élus dont la démission, reçue en séance, a pris effet avant le point ``rang``."""
    return tuple(d.elu for d in seance.demissions if d.apres_point < rang)


def _point(
    seance: Seance,
    indice: int,
    deliberation: Deliberation,
    connues: bool,
    regles: _Sieges,
    membres: tuple[Elu, ...],
    en_exercice: int | None,
    paires: tuple[list[int], list[Procuration]],
) -> Point:
    rang = deliberation.rang or indice + 1
    retires = tuple(r.elu for r in deliberation.retraits)
    partis = demissionnaires(seance, rang)
    if en_exercice is not None:
        en_exercice -= sum(1 for e in partis if not membres or contient(membres, e))
    if not connues:
        return _point_sans_liste(seance, indice, deliberation, rang, retires, en_exercice)
    sieges = [
        p
        for p in seance.presences
        if regles.siege(p, rang) and not contient(retires, p.elu) and not contient(partis, p.elu)
    ]
    presents = tuple(p.elu for p in sieges)
    numeros, representants = paires
    permises = [
        contient(presents, proc.mandataire)
        and not contient(retires, proc.mandant)
        and not contient(partis, proc.mandant)
        and not _mandant_present(seance, proc.mandant, rang)
        for proc in representants
    ]
    utilisables = tuple(
        proc for proc, numero in zip(seance.procurations, numeros, strict=True) if permises[numero]
    )
    return Point(
        indice=indice,
        deliberation=deliberation,
        rang=rang,
        presents=presents,
        retires=retires,
        procurations=utilisables,
        nb_presents=len(presents),
        nb_representes=len(utilisables),
        en_exercice=en_exercice,
        distants_non_comptes=tuple(p.elu for p in sieges if regles.distant_non_compte(p)),
        suppleants=tuple(_suppleants_qui_siegent(sieges)),
    )


def _suppleants_qui_siegent(sieges: Iterable[Presence]) -> Iterator[Elu]:
    for p in sieges:
        if p.statut is StatutPresence.REMPLACE and p.suppleant is not None:
            yield p.suppleant
        elif p.statut is StatutPresence.SUPPLEANT:
            yield p.elu


def _paires(procurations: tuple[Procuration, ...]) -> tuple[list[int], list[Procuration]]:
    """Le numéro du couple (mandant, mandataire) de chaque procuration, et une procuration par
    couple : l'usage d'un pouvoir à un point ne dépend que de ce couple, décidé une fois par
    couple et par point (des milliers de pouvoirs répétés restent linéaires)."""
    par_couple: dict[tuple[Elu, Elu], int] = {}
    representants: list[Procuration] = []
    numeros = []
    for proc in procurations:
        couple = (proc.mandant, proc.mandataire)
        numero = par_couple.get(couple)
        if numero is None:
            numero = par_couple[couple] = len(representants)
            representants.append(proc)
        numeros.append(numero)
    return numeros, representants


def _point_sans_liste(
    seance: Seance,
    indice: int,
    deliberation: Deliberation,
    rang: int,
    retires: tuple[Elu, ...],
    en_exercice: int | None,
) -> Point:
    """Sans liste des présences : les nombres annoncés par le document."""
    decomptes = seance.decomptes
    nb_presents = decomptes.presents if decomptes else None
    nb_procurations = decomptes.procurations if decomptes else None
    if nb_procurations is None and seance.procurations:
        nb_procurations = len(seance.procurations)
    if nb_presents is not None:
        # on ignore si un démissionnaire était compté parmi les présents annoncés
        nb_presents = max(nb_presents - len(retires), 0)
    return Point(
        indice=indice,
        deliberation=deliberation,
        rang=rang,
        presents=None,
        retires=retires,
        procurations=None,
        nb_presents=nb_presents,
        nb_representes=nb_procurations,
        en_exercice=en_exercice,
    )


def _mandant_present(seance: Seance, mandant: Elu, rang: int) -> bool:
    presence = seance.presence_de(mandant)
    return presence is not None and presence.present_au_point(rang)


def statut_de(seance: Seance, elu: Elu) -> StatutPresence | None:
    """Le statut de présence de ``elu`` à la séance, ou ``None`` s'il n'est pas listé."""
    presence = seance.presence_de(elu)
    return presence.statut if presence else None
