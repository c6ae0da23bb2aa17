"""Le registre des règles : unités nommées qu'on peut lister, retirer ou compléter.

Une :class:`Regle` a un identifiant (préfixe des codes de ses constats), un titre, une
référence juridique et une fonction qui reçoit le :class:`~deliberations.validation.contexte.Contexte`
d'une séance et renvoie des constats. Un :class:`Catalogue` est un ensemble ordonné de
règles ; :data:`CATALOGUE` contient celles de la bibliothèque.

>>> from deliberations.validation import CATALOGUE
>>> "quorum" in [r.identifiant for r in CATALOGUE]
True
>>> len(CATALOGUE.sans("quorum")) == len(CATALOGUE) - 1
True
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from deliberations.validation.rapport import Constat, Rapport, Severite

if TYPE_CHECKING:
    from deliberations.model import Seance
    from deliberations.validation.contexte import Contexte

__all__ = ["Catalogue", "Regle", "Verification", "regle"]

Verification = Callable[["Contexte"], Iterable[Constat]]


def _codes(valeur: Iterable[str]) -> tuple[str, ...]:
    return tuple(valeur)


@attrs.frozen(kw_only=True)
class Regle:
    """Une règle : identifiant, titre, article, codes des constats possibles, vérification."""

    identifiant: str
    titre: str
    article: str
    codes: tuple[str, ...] = attrs.field(converter=_codes)
    verifier: Verification = attrs.field(eq=False, repr=False)


def regle(
    identifiant: str, titre: str, article: str, codes: Iterable[str]
) -> Callable[[Verification], Regle]:
    """Décorateur : fait d'une fonction de vérification une :class:`Regle`.

    >>> from deliberations.validation import CATALOGUE, Constat, Severite, valider
    >>> @regle("lieu", "Le lieu de la séance est indiqué", "règlement intérieur", ["lieu.absent"])
    ... def lieu(ctx):
    ...     if ctx.seance.lieu is None:
    ...         yield Constat(code="lieu.absent", severite=Severite.AVERTISSEMENT,
    ...                       message="Lieu non indiqué.", chemin="lieu")
    >>> from deliberations.model import lire_seance
    >>> seance = lire_seance("examples/seance-dijon-metropole-2024-09-26.json")
    >>> valider(seance, CATALOGUE.avec(lieu)).codes()[-1]
    'lieu.absent'
    """

    def creer(fonction: Verification) -> Regle:
        return Regle(
            identifiant=identifiant,
            titre=titre,
            article=article,
            codes=tuple(codes),
            verifier=fonction,
        )

    return creer


class Catalogue:
    """Ensemble ordonné de règles. Immuable : :meth:`avec` et :meth:`sans` en font un autre."""

    def __init__(self, regles: Iterable[Regle] = ()) -> None:
        self._regles: tuple[Regle, ...] = tuple(regles)
        identifiants = [r.identifiant for r in self._regles]
        doublons = {i for i in identifiants if identifiants.count(i) > 1}
        if doublons:
            raise ValueError(f"Identifiants de règles en double : {', '.join(sorted(doublons))}.")

    def __iter__(self) -> Iterator[Regle]:
        return iter(self._regles)

    def __len__(self) -> int:
        return len(self._regles)

    def __getitem__(self, identifiant: str) -> Regle:
        for r in self._regles:
            if r.identifiant == identifiant:
                return r
        raise KeyError(f"Aucune règle « {identifiant} ».")

    def avec(self, *regles: Regle) -> Catalogue:
        """Nouveau catalogue avec des règles en plus (à la fin)."""
        return Catalogue((*self._regles, *regles))

    def sans(self, *identifiants: str) -> Catalogue:
        """Nouveau catalogue sans les règles nommées ; un identifiant inconnu est une erreur."""
        connus = {r.identifiant for r in self._regles}
        inconnus = [i for i in identifiants if i not in connus]
        if inconnus:
            raise KeyError(f"Règle(s) inconnue(s) : {', '.join(inconnus)}.")
        return Catalogue(r for r in self._regles if r.identifiant not in identifiants)

    def valider(
        self,
        seance: Seance,
        *,
        registre: Iterable[Seance] = (),
        non_etablis: Collection[str] = (),
    ) -> Rapport:
        """Applique toutes les règles à ``seance`` et rassemble leurs constats.

        ``registre`` : les autres séances connues (limite de validité des pouvoirs, séance
        sans quorum d'une seconde convocation). ``non_etablis`` : les faits que le document
        source ne donne pas, en plus de ceux que la séance porte (``Seance.non_etablis``) ; un
        constat qui en dépend devient une information ``<famille>.non-verifiable``. Une règle qui lève une exception ne fait pas échouer
        la validation : elle produit un constat ``regle.echec`` (avertissement) qui la nomme.
        """
        from deliberations.validation.contexte import Contexte
        from deliberations.validation.non_etablis import requalifier, verifier_faits

        verifier_faits(non_etablis)
        non_etablis = {f.value for f in seance.non_etablis}.union(non_etablis)
        contexte = Contexte.depuis(seance, registre, non_etablis)
        constats: list[Constat] = []
        for r in self._regles:
            try:
                constats.extend(r.verifier(contexte))
            except Exception as erreur:  # une règle tierce ne doit pas tout arrêter
                constats.append(
                    Constat(
                        code="regle.echec",
                        severite=Severite.AVERTISSEMENT,
                        message=f"La règle « {r.identifiant} » a échoué : {erreur!r}.",
                    )
                )
        return Rapport(requalifier(constats, non_etablis))
