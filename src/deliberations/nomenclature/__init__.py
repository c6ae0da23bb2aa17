"""Nomenclature ACTES : natures d'actes et classification des matières.

La classification nationale (niveaux 1 et 2, intitulés officiels) est livrée avec le paquet.
Les niveaux 3 à 5 dépendent de chaque préfecture : une :class:`Classification` peut les
recevoir en plus.

>>> from deliberations import nomenclature
>>> nomenclature.libelle("7.1")
'Décisions budgétaires'
>>> nomenclature.parent("7.1").libelle
'Finances locales'
>>> nomenclature.nom_scdl("7.1")
'finances locales/décisions budgétaires'
>>> nomenclature.nom_scdl("7.9")
'finances locales/prise de participation sem etc.'
>>> nomenclature.depuis_nom_scdl("Finances locales/Decisions budgetaires").code
'7.1'
>>> NatureActe(1).abrege, NatureActe.DELIBERATION.libelle
('DE', 'Délibérations')
"""

from __future__ import annotations

import csv
import enum
import io
import re
from collections.abc import Iterable, Iterator
from importlib import resources

import attrs

from deliberations.erreurs import EnumerationFrancaise, ErreurDeliberations
from deliberations.texte import cle_texte, espaces_normalises

__all__ = [
    "CLASSIFICATION_NATIONALE",
    "Classification",
    "CodeMatiereInvalide",
    "Matiere",
    "MatiereInconnue",
    "NatureActe",
    "NatureInconnue",
    "depuis_nom_scdl",
    "libelle",
    "matiere",
    "matieres",
    "nom_scdl",
    "parent",
    "valider_code_matiere",
]

_MOTIF_CODE = re.compile(r"^[1-9][0-9]?(\.[1-9][0-9]?){0,4}$")


class CodeMatiereInvalide(ErreurDeliberations, ValueError):
    """Le code n'a pas la forme d'un code de matière ACTES (``7``, ``7.1`` … 5 niveaux)."""


class NatureInconnue(ErreurDeliberations, ValueError):
    """Une abréviation de nature d'acte n'existe pas (``DE``, ``AR``, ``AI``, ``CC``, ``BF``,
    ``AU`` seulement)."""


class MatiereInconnue(ErreurDeliberations, KeyError):
    """Le code est bien formé mais absent de la classification consultée."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def valider_code_matiere(code: str) -> str:
    """Vérifie la forme d'un code de matière (1 à 5 niveaux de 1 ou 2 chiffres).

    >>> valider_code_matiere(" 8.4 ")
    '8.4'
    >>> valider_code_matiere("8.4.1.2.3.4")
    Traceback (most recent call last):
        ...
    deliberations.nomenclature.CodeMatiereInvalide: Code de matière '8.4.1.2.3.4' : la forme attendue est 1 à 5 nombres séparés par des points, par exemple 8.4.
    """
    if not isinstance(code, str):
        raise CodeMatiereInvalide("Code de matière : une chaîne de caractères est attendue.")
    valeur = code.strip()
    if not _MOTIF_CODE.match(valeur):
        raise CodeMatiereInvalide(
            f"Code de matière {valeur!r} : la forme attendue est 1 à 5 nombres séparés "
            "par des points, par exemple 8.4."
        )
    return valeur


class NatureActe(EnumerationFrancaise, enum.IntEnum):
    """Nature d'un acte au sens du protocole ACTES (``CodeNatureActe``)."""

    DELIBERATION = 1
    ACTE_REGLEMENTAIRE = 2
    ACTE_INDIVIDUEL = 3
    CONTRAT_CONVENTION = 4
    DOCUMENT_BUDGETAIRE = 5
    AUTRE = 6

    @property
    def abrege(self) -> str:
        """Abréviation sur deux lettres (``TypeAbrege``) : DE, AR, AI, CC, BF, AU."""
        return _NATURES[self][0]

    @property
    def libelle(self) -> str:
        """Intitulé officiel de la nature."""
        return _NATURES[self][1]

    @classmethod
    def depuis_abrege(cls, abrege: str) -> NatureActe:
        """Retrouve une nature depuis son abréviation (``DE``…).

        >>> NatureActe.depuis_abrege("cc")
        <NatureActe.CONTRAT_CONVENTION: 4>
        """
        cherche = abrege.strip().upper()
        for nature, (code, _) in _NATURES.items():
            if code == cherche:
                return nature
        raise NatureInconnue(
            f"Nature d'acte {abrege!r} inconnue : DE, AR, AI, CC, BF ou AU attendu."
        )


_NATURES: dict[NatureActe, tuple[str, str]] = {
    NatureActe.DELIBERATION: ("DE", "Délibérations"),
    NatureActe.ACTE_REGLEMENTAIRE: ("AR", "Actes réglementaires"),
    NatureActe.ACTE_INDIVIDUEL: ("AI", "Actes individuels"),
    NatureActe.CONTRAT_CONVENTION: ("CC", "Contrats, conventions et avenants"),
    NatureActe.DOCUMENT_BUDGETAIRE: ("BF", "Documents budgétaires et financiers"),
    NatureActe.AUTRE: ("AU", "Autres"),
}


@attrs.frozen
class Matiere:
    """Une matière de la classification : code, intitulé, niveau (1 à 5)."""

    code: str = attrs.field(converter=valider_code_matiere)
    libelle: str = attrs.field(converter=espaces_normalises)

    @property
    def niveau(self) -> int:
        """Profondeur du code : 1 pour ``7``, 2 pour ``7.1``…"""
        return self.code.count(".") + 1

    @property
    def code_parent(self) -> str | None:
        """Code de la matière parente, ou ``None`` au niveau 1."""
        return self.code.rsplit(".", 1)[0] if "." in self.code else None


def _forme_scdl(libelle: str) -> str:
    """Intitulé en minuscules accentuées, sans virgule ni parenthèse (règle SCDL)."""
    texte = re.sub(r"[(),]", " ", libelle)
    texte = re.sub(r"\s*/\s*", "/", texte)
    return espaces_normalises(texte).lower()


# Graphies fautives ou anciennes rencontrées dans des classifications réelles.
_VARIANTES: dict[str, str] = {
    "libertes publiques et pourvoirs de police": "6",
    "commande publique": "1",
}


class Classification:
    """Un arbre de matières ACTES, daté (``ClassificationDateVersion``).

    La classification nationale est :data:`CLASSIFICATION_NATIONALE` ; une préfecture peut
    en publier une plus fine (niveaux 3 à 5) : :meth:`avec` en ajoute les matières.
    """

    def __init__(self, matieres: Iterable[Matiere], date_version: str | None = None) -> None:
        self.date_version = date_version
        self._par_code: dict[str, Matiere] = {}
        for m in matieres:
            self._par_code[m.code] = m
        self._par_cle: dict[str, Matiere] = {
            cle_texte(m.libelle): m for m in self._par_code.values() if m.niveau == 1
        }

    def avec(self, matieres: Iterable[Matiere], date_version: str | None = None) -> Classification:
        """Nouvelle classification : celle-ci complétée (ou corrigée) par ``matieres``."""
        return Classification(
            [*self._par_code.values(), *matieres], date_version or self.date_version
        )

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.strip() in self._par_code

    def __iter__(self) -> Iterator[Matiere]:
        return iter(sorted(self._par_code.values(), key=_cle_tri))

    def __len__(self) -> int:
        return len(self._par_code)

    def matiere(self, code: str) -> Matiere:
        """La matière de code ``code`` ; :class:`MatiereInconnue` si elle n'existe pas."""
        valeur = valider_code_matiere(code)
        try:
            return self._par_code[valeur]
        except KeyError:
            raise MatiereInconnue(
                f"Matière {valeur} : ce code n'existe pas dans la classification ACTES"
                + (f" du {self.date_version}." if self.date_version else ".")
            ) from None

    def parent(self, code: str) -> Matiere | None:
        """La matière parente, ou ``None`` pour une matière de niveau 1."""
        parent = self.matiere(code).code_parent
        return self.matiere(parent) if parent else None

    def libelle(self, code: str) -> str:
        """L'intitulé de la matière."""
        return self.matiere(code).libelle

    def chemin(self, code: str) -> tuple[Matiere, ...]:
        """Les matières du niveau 1 jusqu'à ``code`` inclus."""
        parties = valider_code_matiere(code).split(".")
        return tuple(self.matiere(".".join(parties[: i + 1])) for i in range(len(parties)))

    def nom_scdl(self, code: str) -> str:
        """Nom de matière au format SCDL ``DELIB_MATIERE_NOM`` : « niveau 1/niveau 2 »."""
        chemin = self.chemin(code)[:2]
        return "/".join(_forme_scdl(m.libelle) for m in chemin)

    def niveau1_depuis_libelle(self, libelle: str) -> Matiere | None:
        """Matière de niveau 1 dont l'intitulé correspond (sans accents ni casse)."""
        cle = cle_texte(libelle)
        if cle in self._par_cle:
            return self._par_cle[cle]
        code = _VARIANTES.get(cle)
        return self._par_code.get(code) if code else None

    def depuis_nom_scdl(self, nom: str) -> Matiere | None:
        """Retrouve la matière (niveau 2, sinon 1) désignée par un ``DELIB_MATIERE_NOM``.

        La comparaison ignore la casse, les accents, les virgules et les parenthèses.
        ``None`` si le nom ne correspond à aucune matière (référentiel propre).
        """
        if "/" not in nom:
            return self.niveau1_depuis_libelle(nom)
        tete, reste = nom.split("/", 1)
        niveau1 = self.niveau1_depuis_libelle(tete)
        if niveau1 is None:
            return None
        cle_reste = cle_texte(_forme_scdl(reste))
        if not cle_reste:
            return niveau1
        for m in self._par_code.values():
            if m.code_parent == niveau1.code and cle_texte(_forme_scdl(m.libelle)) == cle_reste:
                return m
        return None


def _cle_tri(m: Matiere) -> tuple[int, ...]:
    return tuple(int(p) for p in m.code.split("."))


def _charger_nationale() -> Classification:
    texte = resources.files(__package__).joinpath("donnees/matieres.csv").read_text("utf-8")
    lignes = csv.DictReader(io.StringIO(texte))
    return Classification((Matiere(r["code"], r["libelle"]) for r in lignes), "national")


CLASSIFICATION_NATIONALE: Classification = _charger_nationale()
"""Les 9 matières de niveau 1 et les 57 de niveau 2, communes à toutes les préfectures."""


def matiere(code: str) -> Matiere:
    """La matière nationale de code ``code``."""
    return CLASSIFICATION_NATIONALE.matiere(code)


def matieres(niveau: int | None = None) -> tuple[Matiere, ...]:
    """Les matières nationales, éventuellement d'un seul niveau, dans l'ordre des codes.

    >>> len(matieres(1)), len(matieres(2))
    (9, 57)
    """
    return tuple(m for m in CLASSIFICATION_NATIONALE if niveau is None or m.niveau == niveau)


def parent(code: str) -> Matiere | None:
    """La matière parente dans la classification nationale."""
    return CLASSIFICATION_NATIONALE.parent(code)


def libelle(code: str) -> str:
    """L'intitulé officiel de la matière nationale."""
    return CLASSIFICATION_NATIONALE.libelle(code)


def nom_scdl(code: str) -> str:
    """``DELIB_MATIERE_NOM`` pour ce code, d'après la classification nationale."""
    return CLASSIFICATION_NATIONALE.nom_scdl(code)


def depuis_nom_scdl(nom: str) -> Matiere | None:
    """La matière nationale désignée par un ``DELIB_MATIERE_NOM``, ou ``None``."""
    return CLASSIFICATION_NATIONALE.depuis_nom_scdl(nom)
