"""Chaque champ de chaque classe du modèle refuse une valeur du mauvais type, en français,
en nommant le champ ; les énumérations listent leurs valeurs permises."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import pkgutil
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import deliberations.model
from deliberations.erreurs import ElementIntrouvable, ErreurDeliberations
from deliberations.model import (
    Assemblee,
    Budget,
    Candidat,
    Collectivite,
    DecomptesDeclares,
    Deliberation,
    Demission,
    Elu,
    Mandat,
    Presence,
    Procuration,
    Registre,
    Retrait,
    Scrutin,
    Seance,
    Transmission,
    Vote,
)
from deliberations.model._validateurs import TypeInvalide
from deliberations.validation import valider
from tests.strategies import seances

ELU = Elu(nom="DUPONT")
ASSEMBLEE = Assemblee(collectivite=Collectivite(nom="Ville"), organe="conseil_municipal")
EXEMPLES: dict[type, Any] = {
    Elu: ELU,
    Mandat: Mandat(elu=ELU),
    Collectivite: Collectivite(nom="Ville"),
    Assemblee: ASSEMBLEE,
    Budget: Budget(annee="2024"),
    Transmission: Transmission(),
    Retrait: Retrait(elu=ELU),
    Deliberation: Deliberation(numero="1", objet="Objet"),
    Vote: Vote(elu=ELU, choix="pour"),
    Scrutin: Scrutin(),
    Presence: Presence(elu=ELU, statut="present"),
    Procuration: Procuration(mandant=ELU, mandataire=Elu(nom="MARTIN")),
    DecomptesDeclares: DecomptesDeclares(),
    Seance: Seance(assemblee=ASSEMBLEE, date=dt.date(2024, 3, 14)),
    Registre: Registre(),
    Candidat: Candidat(nom="DUPONT", voix=3),
    Demission: Demission(elu=ELU, apres_point=0),
}


def _classes_du_modele() -> list[type]:
    classes: set[type] = set()
    for info in pkgutil.iter_modules(deliberations.model.__path__, "deliberations.model."):
        module = importlib.import_module(info.name)
        classes.update(
            v
            for k, v in vars(module).items()
            if attrs.has(v) and v.__module__ == module.__name__ and not k.startswith("_")
        )
    return sorted(classes, key=lambda c: c.__name__)


def test_chaque_classe_du_modele_a_un_exemple() -> None:
    manquantes = [c.__name__ for c in _classes_du_modele() if c not in EXEMPLES]
    assert not manquantes, f"ajoutez un exemple à EXEMPLES pour : {manquantes}"


CHAMPS = [(c, f.name) for c in EXEMPLES for f in attrs.fields(c)]


@pytest.mark.parametrize(("classe", "champ"), CHAMPS, ids=[f"{c.__name__}.{n}" for c, n in CHAMPS])
def test_chaque_champ_refuse_un_mauvais_type(classe: type, champ: str) -> None:
    with pytest.raises(ErreurDeliberations) as erreur:
        attrs.evolve(EXEMPLES[classe], **{champ: object()})
    assert str(erreur.value).lower().startswith(champ.lower())
    if isinstance(erreur.value, TypeInvalide):
        assert "reçu : object" in str(erreur.value)


@pytest.mark.parametrize(
    ("classe", "champ", "valeur", "attendu"),
    [
        (Seance, "date", dt.datetime(2024, 3, 14, 18, 30), "utilisez valeur.date()"),
        (Seance, "date", "2024-03-14", "ne convertissent pas le texte"),
        (Procuration, "date", dt.datetime(2024, 3, 14), "datetime.datetime"),
        (Scrutin, "pour", "3", "un nombre entier (int)"),
        (Scrutin, "pour", True, "un nombre entier (int)"),
        (Scrutin, "unanimite", 1, "un booléen"),
        (Seance, "presences", [ELU], "presences[0] : type attendu : un objet Presence"),
        (Deliberation, "dispositif", ["a", 2], "dispositif[1]"),
        (Elu, "civilite", "Mme", "valeurs permises : monsieur, madame"),
        (Seance, "type", "speciale", "valeurs permises : ordinaire, extraordinaire, urgence"),
    ],
)
def test_messages_en_francais(classe: type, champ: str, valeur: Any, attendu: str) -> None:
    with pytest.raises(ErreurDeliberations, match=r"^" + champ.split("[")[0]) as erreur:
        attrs.evolve(EXEMPLES[classe], **{champ: valeur})
    assert attendu in str(erreur.value)


def test_type_invalide_est_aussi_un_type_error() -> None:
    with pytest.raises(TypeError):
        Elu(nom=3)  # type: ignore[arg-type]
    assert issubclass(TypeInvalide, ValueError)


def test_les_valeurs_d_enumeration_sont_acceptees() -> None:
    assert Elu(nom="A", civilite="madame") == Elu(nom="A", civilite="madame")
    assert Seance(assemblee=ASSEMBLEE, date=dt.date(2024, 1, 1), type="urgence").type.value == (
        "urgence"
    )


def test_deliberation_introuvable() -> None:
    seance = attrs.evolve(EXEMPLES[Seance], deliberations=[Deliberation(numero="7", objet="O")])
    with pytest.raises(ElementIntrouvable, match=r"n° x .*numéros : 7") as erreur:
        seance.deliberation("x")
    assert isinstance(erreur.value, KeyError)


@given(seances)
def test_valider_ne_leve_jamais_sur_des_donnees_du_modele(seance: Seance) -> None:
    rapport = valider(seance)
    assert not [c for c in rapport if c.code == "regle.echec"]


@given(st.sampled_from(CHAMPS), st.one_of(st.integers(), st.text(), st.floats(), st.none()))
def test_valeur_quelconque_erreur_typee(champ: tuple[type, str], valeur: Any) -> None:
    classe, nom = champ
    with contextlib.suppress(ErreurDeliberations):  # toute autre exception fait échouer
        attrs.evolve(EXEMPLES[classe], **{nom: valeur})
