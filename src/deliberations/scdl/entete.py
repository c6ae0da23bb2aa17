"""Analyse de la ligne d'en-tête : colonnes du schéma trouvées, manquantes, en trop.

L'ordre des colonnes n'importe pas (comme pour Validata). Une casse différente ou des
blancs autour d'un nom sont acceptés avec un avertissement ; en mode tolérant, les noms
approchants vus dans des fichiers réels (``VOTE_EFFFECTIF``, ``VOTE_ABST``,
``VOTE_ABSTENSION``…) sont aussi rattachés, avec un constat.

>>> a = analyser_entete(["coll_nom", "COLL_SIRET", "X"], tolerant=False)
>>> a.positions["COLL_NOM"], a.inconnues
(0, ((2, 'X'),))
>>> [c.code for c in a.constats][:3]
['header-case', 'extra-label', 'missing-label']
"""

from __future__ import annotations

import re

import attrs

from deliberations.scdl.schema import COLONNES, NOMS
from deliberations.validation.rapport import Constat, Severite

__all__ = ["AnalyseEntete", "analyser_entete"]

_APPROCHANTS = {
    "VOTE_EFFFECTIF": "VOTE_EFFECTIF",
    "VOTE_ABST": "VOTE_ABSTENTION",
    "VOTE_ABSTENSION": "VOTE_ABSTENTION",
    "VOTE_ABSTENTIONS": "VOTE_ABSTENTION",
    "DELIB_MATIERE": "DELIB_MATIERE_NOM",
    "COLL_SIREN": "COLL_SIRET",
}


def _canonique(nom: str) -> str:
    return re.sub(r"[\s\-]+", "_", nom.strip().lstrip("\ufeff")).upper()


@attrs.frozen
class AnalyseEntete:
    """Résultat de l'analyse : position de chaque colonne du schéma, colonnes inconnues."""

    entete: tuple[str, ...]
    positions: dict[str, int]
    inconnues: tuple[tuple[int, str], ...]
    constats: tuple[Constat, ...]

    @property
    def ordre_officiel(self) -> bool:
        """Vrai si les colonnes présentes sont dans l'ordre du schéma."""
        vues = sorted(self.positions, key=self.positions.__getitem__)
        return vues == [n for n in NOMS if n in self.positions]


def analyser_entete(entete: list[str], *, tolerant: bool) -> AnalyseEntete:
    """Rattache chaque nom d'en-tête à une colonne du schéma et rapporte les écarts."""
    constats: list[Constat] = []
    positions: dict[str, int] = {}
    inconnues: list[tuple[int, str]] = []
    for i, brut in enumerate(entete):
        nom = brut.lstrip("\ufeff")
        cible: str | None = None
        if nom in NOMS:
            cible = nom
        elif _canonique(nom) in NOMS:
            cible = _canonique(nom)
            constats.append(
                Constat(
                    code="header-case",
                    severite=Severite.AVERTISSEMENT,
                    message=f"Colonne « {nom} » lue comme {cible} (casse ou blancs différents).",
                    chemin=f"en-tête, colonne {i + 1}",
                    details={"colonne": cible, "valeur": nom},
                )
            )
        elif tolerant and _canonique(nom) in _APPROCHANTS:
            cible = _APPROCHANTS[_canonique(nom)]
            constats.append(
                Constat(
                    code="reparation.entete",
                    severite=Severite.AVERTISSEMENT,
                    message=f"Colonne « {nom} » lue comme {cible} (nom approchant).",
                    chemin=f"en-tête, colonne {i + 1}",
                    details={"colonne": cible, "valeur": nom},
                )
            )
        if cible is None and any(nom == autre for _, autre in inconnues):
            inconnues.append((i, nom))
            constats.append(
                Constat(
                    code="duplicate-label",
                    severite=Severite.ERREUR,
                    message=f"Le nom de colonne « {nom} » est répété (colonne {i + 1}) : "
                    "les noms de colonnes doivent être uniques.",
                    chemin=f"en-tête, colonne {i + 1}",
                    details={"valeur": nom},
                )
            )
        elif cible is None:
            inconnues.append((i, nom))
            code = "blank-label" if not nom.strip() else "extra-label"
            constats.append(
                Constat(
                    code=code,
                    severite=Severite.AVERTISSEMENT,
                    message=(
                        f"Colonne {i + 1} sans nom : ses valeurs ne sont pas lues."
                        if code == "blank-label"
                        else f"Colonne surnuméraire « {nom} » : elle n'est pas dans le schéma."
                    ),
                    chemin=f"en-tête, colonne {i + 1}",
                    details={"valeur": nom},
                )
            )
        elif cible in positions:
            constats.append(
                Constat(
                    code="duplicate-label",
                    severite=Severite.ERREUR,
                    message=f"La colonne {cible} apparaît deux fois (colonnes "
                    f"{positions[cible] + 1} et {i + 1}) ; la première est lue.",
                    chemin=f"en-tête, colonne {i + 1}",
                    details={"colonne": cible},
                )
            )
            inconnues.append((i, nom))
        else:
            positions[cible] = i
    for colonne in COLONNES:
        if colonne.nom not in positions:
            constats.append(
                Constat(
                    code="missing-label",
                    severite=Severite.ERREUR if colonne.obligatoire else Severite.AVERTISSEMENT,
                    message=f"Colonne manquante : {colonne.nom} ({colonne.titre})"
                    + (", obligatoire." if colonne.obligatoire else "."),
                    chemin="en-tête",
                    details={"colonne": colonne.nom},
                )
            )
    analyse = AnalyseEntete(tuple(entete), positions, tuple(inconnues), tuple(constats))
    if not analyse.ordre_officiel:
        analyse = attrs.evolve(
            analyse,
            constats=(
                *analyse.constats,
                Constat(
                    code="header-order",
                    severite=Severite.INFO,
                    message="Les colonnes ne sont pas dans l'ordre du schéma (Validata l'accepte, "
                    "frictionless sans synchronisation du schéma non).",
                    chemin="en-tête",
                ),
            ),
        )
    return analyse
