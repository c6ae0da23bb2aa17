"""Séances, présences et procurations.

>>> import datetime as dt
>>> from deliberations.model import (Assemblee, Collectivite, Elu, Mandat, Organe, Presence,
...     Procuration, Seance, StatutPresence)
>>> a, b = Elu(nom="ALPHA"), Elu(nom="BETA")
>>> assemblee = Assemblee(collectivite=Collectivite(nom="Ville", type="commune"),
...     organe=Organe.CONSEIL_MUNICIPAL, mandats=[Mandat(elu=a), Mandat(elu=b)])
>>> s = Seance(assemblee=assemblee, date=dt.date(2024, 9, 26),
...     presences=[Presence(elu=a, statut=StatutPresence.PRESENT),
...                Presence(elu=b, statut=StatutPresence.REPRESENTE)],
...     procurations=[Procuration(mandant=b, mandataire=a)])
>>> [e.nom for e in s.presents()], s.procuration_de(b).mandataire.nom
(['ALPHA'], 'ALPHA')
>>> Procuration(mandant=a, mandataire=Elu(nom="alpha"))
Traceback (most recent call last):
    ...
deliberations.model._validateurs.InvariantViole: mandataire : un élu ne peut pas se donner procuration à lui-même (ALPHA).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from deliberations.erreurs import ElementIntrouvable, EnumerationFrancaise
from deliberations.model._validateurs import (
    InvariantViole,
    entier_positif_optionnel,
    periode,
    rang_optionnel,
    texte_optionnel,
    tuple_de,
    verifier_types,
)
from deliberations.model.assemblee import Assemblee
from deliberations.model.deliberation import Deliberation
from deliberations.model.elus import Elu, Mandat


class TypeSeance(EnumerationFrancaise, str, enum.Enum):
    """Nature de la séance."""

    ORDINAIRE = "ordinaire"
    EXTRAORDINAIRE = "extraordinaire"
    URGENCE = "urgence"
    INSTALLATION = "installation"
    """Première réunion après le renouvellement général du conseil (CGCT L2121-7)."""


class StatutPresence(EnumerationFrancaise, str, enum.Enum):
    """Situation d'un membre à la séance."""

    PRESENT = "present"
    PRESENT_A_DISTANCE = "present_a_distance"
    ABSENT = "absent"
    EXCUSE = "excuse"
    REPRESENTE = "represente"
    REMPLACE = "remplace"
    """Un titulaire absent dont le suppléant, nommé dans ``Presence.suppleant``, siège."""
    SUPPLEANT = "suppleant"
    """Un suppléant qui siège (``Presence.elu`` est le suppléant) pour un titulaire que le
    document ne nomme pas (« Membres suppléants avec voix délibérative : … »)."""

    @property
    def physiquement_present(self) -> bool:
        """Vrai pour ``present``, ``present_a_distance`` et ``suppleant`` (le suppléant qui
        siège est lui-même présent ; qu'il compte au quorum relève de la validation)."""
        return self in (
            StatutPresence.PRESENT,
            StatutPresence.PRESENT_A_DISTANCE,
            StatutPresence.SUPPLEANT,
        )

    @property
    def libelle(self) -> str:
        """Intitulé en français."""
        return {
            StatutPresence.PRESENT: "présent",
            StatutPresence.PRESENT_A_DISTANCE: "présent à distance",
            StatutPresence.ABSENT: "absent",
            StatutPresence.EXCUSE: "excusé",
            StatutPresence.REPRESENTE: "représenté",
            StatutPresence.REMPLACE: "remplacé par son suppléant",
            StatutPresence.SUPPLEANT: "suppléant siégeant (titulaire non nommé)",
        }[self]


class FaitNonEtabli(EnumerationFrancaise, str, enum.Enum):
    """Un fait de la séance que sa source (un extrait, un procès-verbal) ne dit pas, ou pas
    sûrement : la validation le tient pour « non vérifiable », jamais pour une erreur."""

    PRESIDENT = "president"
    SECRETAIRES = "secretaires"
    DATE_CONVOCATION = "date_convocation"
    DECOMPTES_EN_EXERCICE = "decomptes.en_exercice"
    PRESENCES = "presences"
    PROCURATIONS = "procurations"
    SCRUTINS = "scrutins"
    SCRUTINS_POUR = "scrutins.pour"
    HEURE = "heure"
    DATE = "date"
    ORGANE = "organe"

    @property
    def libelle(self) -> str:
        """Ce que la source ne dit pas, en français (« le président de séance »)."""
        return _LIBELLES_FAITS[self]


_LIBELLES_FAITS = {
    FaitNonEtabli.PRESIDENT: "le président de séance",
    FaitNonEtabli.SECRETAIRES: "le secrétaire de séance",
    FaitNonEtabli.DATE_CONVOCATION: "la date de la convocation",
    FaitNonEtabli.DECOMPTES_EN_EXERCICE: "le nombre de membres en exercice",
    FaitNonEtabli.PRESENCES: "la liste des présences",
    FaitNonEtabli.PROCURATIONS: "les procurations",
    FaitNonEtabli.SCRUTINS: "les scrutins",
    FaitNonEtabli.SCRUTINS_POUR: "le nombre de voix pour",
    FaitNonEtabli.HEURE: "l'heure de la séance",
    FaitNonEtabli.DATE: "la date de la séance, déduite d'une autre date du document",
    FaitNonEtabli.ORGANE: "l'organe délibérant, supposé d'après la collectivité",
}


_LISTES = (FaitNonEtabli.PRESENCES, FaitNonEtabli.PROCURATIONS)


def _faits(valeur: Any) -> tuple[FaitNonEtabli, ...]:
    """Les faits non établis, sans doublon, dans l'ordre du vocabulaire (``str`` accepté)."""
    if isinstance(valeur, str):  # « president » n'est pas une suite de lettres
        valeur = (valeur,)
    faits = {FaitNonEtabli(f) for f in tuple_de(valeur)}
    return tuple(f for f in FaitNonEtabli if f in faits)


def _bornes_presence(instance: Presence, attribut: attrs.Attribute[Any], valeur: Any) -> None:
    if (instance.arrivee_point is not None or instance.depart_point is not None) and not (
        instance.statut.physiquement_present
    ):
        raise InvariantViole(
            "statut", "une arrivée ou un départ en cours de séance suppose un membre présent."
        )
    if (
        instance.arrivee_point is not None
        and instance.depart_point is not None
        and instance.depart_point < instance.arrivee_point
    ):
        raise InvariantViole(
            "depart_point",
            f"le départ (après le point {instance.depart_point}) précède l'arrivée "
            f"(au point {instance.arrivee_point}).",
        )
    if instance.suppleant is not None and instance.statut is not StatutPresence.REMPLACE:
        raise InvariantViole(
            "suppleant",
            "seul un membre remplacé a un suppléant ; un suppléant qui siège pour un titulaire "
            "non nommé est lui-même l'élu, au statut « suppleant ».",
        )


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Presence:
    """La situation d'un membre à la séance.

    ``arrivee_point`` : présent à partir de ce point (inclus) ; ``depart_point`` : présent
    jusqu'à ce point inclus (« parti après le point N »). ``suppleant`` : le suppléant qui
    siège à la place d'un membre ``remplace``. Un suppléant qui siège pour un titulaire que
    le document ne nomme pas est lui-même ``elu``, au statut ``suppleant``.
    """

    elu: Elu
    statut: StatutPresence = attrs.field(converter=StatutPresence)
    arrivee_point: int | None = attrs.field(default=None, validator=rang_optionnel)
    depart_point: int | None = attrs.field(default=None, validator=rang_optionnel)
    suppleant: Elu | None = attrs.field(default=None, validator=_bornes_presence)

    def present_au_point(self, rang: int | None) -> bool:
        """Vrai si le membre siège physiquement au point ``rang`` (toute la séance si ``None``)."""
        if not self.statut.physiquement_present:
            return False
        if rang is None:
            return True
        if self.arrivee_point is not None and rang < self.arrivee_point:
            return False
        return not (self.depart_point is not None and rang > self.depart_point)


def _pas_soi_meme(instance: Procuration, attribut: attrs.Attribute[Elu], valeur: Elu) -> None:
    if valeur.correspond(instance.mandant):
        raise InvariantViole(
            "mandataire",
            f"un élu ne peut pas se donner procuration à lui-même ({instance.mandant}).",
        )


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Procuration:
    """Un pouvoir écrit donné par un membre (``mandant``) à un autre (``mandataire``).

    ``date`` est la date du pouvoir ; ``debut`` et ``fin`` bornent sa validité ;
    ``maladie`` indique une maladie dûment constatée (pas de limite de trois séances,
    CGCT L2121-20) ; ``ecrite`` est faux pour un pouvoir seulement annoncé oralement.
    """

    mandant: Elu
    mandataire: Elu = attrs.field(validator=_pas_soi_meme)
    date: dt.date | None = None
    debut: dt.date | None = None
    fin: dt.date | None = attrs.field(default=None, validator=periode("debut", "fin"))
    ecrite: bool = True
    maladie: bool = False


def _apres_point(instance: Any, attribut: attrs.Attribute[int], valeur: int) -> None:
    if isinstance(valeur, bool) or not isinstance(valeur, int) or valeur < 0:
        raise InvariantViole(
            "apres_point", f"un numéro de point (0 avant le premier) est attendu ({valeur!r})."
        )


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Demission:
    """Une démission reçue pendant la séance (CGCT L2121-4 : effet dès sa réception).

    ``apres_point`` : le dernier point où le démissionnaire est encore en exercice (0 : dès
    le début de la séance) ; il cesse de compter parmi les membres en exercice ensuite.
    """

    elu: Elu
    apres_point: int = attrs.field(validator=_apres_point)


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class DecomptesDeclares:
    """Les nombres que le document lui-même annonce (pour les confronter aux listes)."""

    membres: int | None = attrs.field(default=None, validator=entier_positif_optionnel)
    en_exercice: int | None = attrs.field(default=None, validator=entier_positif_optionnel)
    presents: int | None = attrs.field(default=None, validator=entier_positif_optionnel)
    absents: int | None = attrs.field(default=None, validator=entier_positif_optionnel)
    procurations: int | None = attrs.field(default=None, validator=entier_positif_optionnel)
    votants: int | None = attrs.field(default=None, validator=entier_positif_optionnel)


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Seance:
    """Une séance de l'assemblée : qui siège, qui a donné pouvoir, ce qui a été délibéré.

    ``seconde_convocation`` indique une séance réunie après un défaut de quorum (CGCT
    L2121-17 al. 2) et ``date_defaut_quorum`` la date de la séance où le quorum a manqué ;
    ``decomptes`` garde les nombres annoncés par le document. ``note_explicative`` dit si
    une note explicative de synthèse accompagnait la convocation (L2121-12 ; ``None`` :
    le document ne le dit pas). ``demissions`` : démissions reçues pendant la séance.
    ``non_etablis`` : les faits que la source de la séance ne dit pas (un extrait lu sans
    secrétaire nommé, par exemple) ; :func:`~deliberations.validation.valider` en fait des
    constats « non vérifiable » au lieu d'erreurs, et ils suivent la séance dans son JSON.
    """

    assemblee: Assemblee
    date: dt.date
    heure: dt.time | None = None
    lieu: str | None = attrs.field(default=None, converter=texte_optionnel)
    president: Elu | None = None
    secretaires: tuple[Elu, ...] = attrs.field(default=(), converter=tuple_de)
    date_convocation: dt.date | None = None
    type: TypeSeance = attrs.field(default=TypeSeance.ORDINAIRE, converter=TypeSeance)
    seconde_convocation: bool = False
    presences: tuple[Presence, ...] = attrs.field(default=(), converter=tuple_de)
    procurations: tuple[Procuration, ...] = attrs.field(default=(), converter=tuple_de)
    deliberations: tuple[Deliberation, ...] = attrs.field(default=(), converter=tuple_de)
    decomptes: DecomptesDeclares | None = None
    date_defaut_quorum: dt.date | None = attrs.field(default=None)
    note_explicative: bool | None = attrs.field(default=None)
    demissions: tuple[Demission, ...] = attrs.field(default=(), converter=tuple_de)
    non_etablis: tuple[FaitNonEtabli, ...] = attrs.field(default=(), converter=_faits)

    def membres_en_exercice(self) -> tuple[Mandat, ...]:
        """Les mandats de titulaires en cours le jour de la séance."""
        return self.assemblee.membres_en_exercice(self.date)

    def nombre_en_exercice(self) -> int | None:
        """Membres en exercice : d'après les mandats, sinon d'après le document ; ``None``
        quand la source ne dit pas ce nombre (``decomptes.en_exercice`` parmi
        :attr:`non_etablis` : les mandats ne sont alors que les membres qu'elle nomme)."""
        if FaitNonEtabli.DECOMPTES_EN_EXERCICE in self.non_etablis:
            return None
        membres = self.membres_en_exercice()
        if membres:
            return len(membres)
        return self.decomptes.en_exercice if self.decomptes else None

    def presents(self, rang: int | None = None) -> tuple[Elu, ...]:
        """Élus physiquement présents (au point ``rang`` s'il est donné) ; les suppléants au
        statut ``suppleant`` y sont, un titulaire ``remplace`` n'y est pas."""
        return tuple(p.elu for p in self.presences if p.present_au_point(rang))

    def presence_de(self, elu: Elu) -> Presence | None:
        """La ligne de présence de ``elu``, ou ``None``."""
        exact = _par_cle(self.presences).get(elu.cle)
        if exact is not None and exact.elu.correspond(elu):  # (« Monsieur X » n'est pas « Madame X »)
            return exact
        return next((p for p in self.presences if p.elu.correspond(elu)), None)

    def procuration_de(self, mandant: Elu) -> Procuration | None:
        """La procuration donnée par ``mandant``, ou ``None``."""
        return next((p for p in self.procurations if p.mandant.correspond(mandant)), None)

    def absents_sans_procuration(self) -> tuple[Elu, ...]:
        """Membres ni présents, ni représentés, ni remplacés."""
        return tuple(
            p.elu
            for p in self.presences
            if p.statut in (StatutPresence.ABSENT, StatutPresence.EXCUSE)
            and self.procuration_de(p.elu) is None
        )

    def deliberation(self, numero: str) -> Deliberation:
        """La délibération de numéro ``numero``.

        Lève `deliberations.erreurs.ElementIntrouvable` (une `KeyError`) si elle n'existe
        pas ; le message liste les numéros de la séance.
        """
        for d in self.deliberations:
            if d.numero == numero:
                return d
        connus = ", ".join(d.numero for d in self.deliberations[:20]) or "aucune"
        suite = " …" if len(self.deliberations) > 20 else ""
        raise ElementIntrouvable(
            f"Aucune délibération n° {numero} dans la séance du {self.date:%d/%m/%Y} "
            f"(numéros : {connus}{suite})."
        )

    def resume(self) -> str:
        """Résumé en français, en quelques lignes."""
        a = self.assemblee
        lignes = [
            f"{a.collectivite.nom} — {a.organe.libelle}",
            f"Séance du {self.date:%d/%m/%Y}"
            + (f", convoquée le {self.date_convocation:%d/%m/%Y}" if self.date_convocation else ""),
        ]
        if self.president:
            lignes.append(f"Président : {self.president}")
        if self.secretaires:
            lignes.append("Secrétaire(s) : " + ", ".join(str(e) for e in self.secretaires))
        suppleants = sum(1 for p in self.presences if p.statut is StatutPresence.SUPPLEANT)
        lignes.append(
            f"Membres en exercice : {self._en_exercice_affiche()}"
            f" ; présents : {self._compte(len(self.presents()), FaitNonEtabli.PRESENCES)}"
            + (f" (dont {suppleants} suppléant(s) de titulaires non nommés)" if suppleants else "")
            + f" ; procurations : {self._compte(len(self.procurations), FaitNonEtabli.PROCURATIONS)}"
            " ; absents sans procuration : "
            + self._compte(len(self.absents_sans_procuration()), *_LISTES)
        )
        for d in self.deliberations:
            lignes.append(f"Délibération {d.numero} : {d.objet}")
            for s in d.scrutins:
                morceaux = [s.decompte_texte()] if s.decompte_texte() else []
                if s.dont_procurations is not None:
                    morceaux.append(f"dont {s.dont_procurations} procurations")
                resultat = s.resultat or s.resultat_calcule()
                fin = f" — {resultat.libelle}" if resultat else ""
                lignes.append(
                    "  Scrutin"
                    + (f" {s.mode.libelle}" if s.mode else "")
                    + " : "
                    + (", ".join(morceaux) or "sans décompte")
                    + fin
                )
        if self.non_etablis:
            lignes.append(
                "Non dit par le document : " + ", ".join(f.libelle for f in self.non_etablis)
            )
        return "\n".join(lignes)

    def _compte(self, nombre: int, *faits: FaitNonEtabli) -> str:
        """Un nombre compté sur les listes du résumé, dit « lus » quand la source n'établit pas
        l'une d'elles (liste absente, incomplète ou lue avec un doute)."""
        if any(f in self.non_etablis for f in faits):
            return f"{nombre} lu(s), liste non établie"
        return str(nombre)

    def _en_exercice_affiche(self) -> str:
        """Le nombre de membres en exercice du résumé ; celui des mandats nommés n'est pas
        donné pour l'effectif quand la source ne le dit pas."""
        if FaitNonEtabli.DECOMPTES_EN_EXERCICE in self.non_etablis:
            nommes = len(self.membres_en_exercice())
            return f"non dit ({nommes} nommé(s))" if nommes else "non dit"
        en_exercice = self.nombre_en_exercice()
        return str(en_exercice) if en_exercice is not None else "inconnu"


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class Registre:
    """Un ensemble de séances : le contenu d'un fichier JSON du modèle."""

    seances: tuple[Seance, ...] = attrs.field(default=(), converter=tuple_de)


_PAR_CLE: dict[int, tuple[tuple[Presence, ...], dict[str, Presence]]] = {}


def _par_cle(presences: tuple[Presence, ...]) -> dict[str, Presence]:
    """La première présence de chaque clé d'élu, calculée une fois par liste de présences
    (une validation cherche des dizaines de fois dans la même liste)."""
    connu = _PAR_CLE.get(id(presences))
    if connu is not None and connu[0] is presences:
        return connu[1]
    index: dict[str, Presence] = {}
    for p in presences:
        index.setdefault(p.elu.cle, p)
    if len(_PAR_CLE) >= 64:
        _PAR_CLE.clear()
    _PAR_CLE[id(presences)] = (presences, index)  # le tuple gardé : id jamais réutilisé
    return index
