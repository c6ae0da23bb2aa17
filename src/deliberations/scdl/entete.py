"""Analyse de la ligne d'en-tête : colonnes du schéma trouvées, manquantes, en trop.

L'ordre des colonnes n'importe pas (comme pour Validata). Les noms du schéma sont sensibles à
la casse (Table Schema) : pour le validateur, ``Coll_nom`` n'est pas ``COLL_NOM`` (la colonne
est manquante, comme chez Validata, et un avertissement dit pourquoi) ; le lecteur tolérant la
lit, avec un avertissement. En mode tolérant, les noms approchants vus dans des fichiers réels (``VOTE_EFFFECTIF``, ``VOTE_ABST``,
``VOTE_ABSTENSION``…) sont aussi rattachés, avec un constat.

>>> a = analyser_entete(["coll_nom", "COLL_SIRET", "X"], tolerant=True)
>>> a.positions["COLL_NOM"], a.inconnues
(0, ((2, 'X'),))
>>> [c.code for c in a.constats][:3]
['header-case', 'extra-label', 'missing-label']
>>> "COLL_NOM" in analyser_entete(["coll_nom", "COLL_SIRET"], tolerant=False).positions
False
"""

from __future__ import annotations

import re

import attrs

from deliberations.scdl.schema import SCHEMA, SchemaSCDL
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

    def ordre_officiel(self, noms: tuple[str, ...]) -> bool:
        """Vrai si les colonnes présentes sont dans l'ordre de ``noms`` (ceux du schéma)."""
        vues = sorted(self.positions, key=self.positions.__getitem__)
        return vues == [n for n in noms if n in self.positions]


def analyser_entete(
    entete: list[str], *, tolerant: bool, schema: SchemaSCDL = SCHEMA
) -> AnalyseEntete:
    """Rattache chaque nom d'en-tête à une colonne du schéma et rapporte les écarts."""
    constats: list[Constat] = []
    positions: dict[str, int] = {}
    inconnues: list[tuple[int, str]] = []
    vus_inconnus: set[str] = set()
    noms = schema.noms
    for i, brut in enumerate(entete):
        nom = brut.lstrip("\ufeff")
        cible: str | None = None
        if nom in noms:
            cible = nom
        elif _canonique(nom) in noms:
            cible = _canonique(nom) if tolerant else None
            constats.append(
                Constat(
                    code="header-case",
                    severite=Severite.AVERTISSEMENT,
                    message=f"Colonne « {nom} » lue comme {_canonique(nom)} (casse ou blancs différents)."
                    if tolerant
                    else f"Colonne « {nom} » : les noms du schéma sont sensibles à la casse et aux "
                    f"blancs, elle n'est pas lue comme {_canonique(nom)} (Validata : colonne manquante).",
                    chemin=f"en-tête, colonne {i + 1}",
                    details={"colonne": _canonique(nom), "valeur": nom},
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
        if cible is None and nom in vus_inconnus:
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
            vus_inconnus.add(nom)
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
    for colonne in schema.colonnes:
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
    if not analyse.ordre_officiel(noms):
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
