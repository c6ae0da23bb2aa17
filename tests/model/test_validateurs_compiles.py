"""Les validateurs des champs, compilés en un seul test par classe (gardes en ligne), et les
convertisseurs allégés refusent toujours chaque mauvaise valeur, avec la même erreur, par
chaque chemin : constructeur, ``attrs.evolve``, chargement JSON (``depuis_dict``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.erreurs import DonneesInvalides
from deliberations.model import (
    Candidat,
    Collectivite,
    Deliberation,
    Elu,
    Presence,
    Scrutin,
    depuis_dict,
    vers_dict,
)
from deliberations.model import deliberation as module_deliberation
from deliberations.model._validateurs import (
    _GARDES,
    InvariantViole,
    TypeInvalide,
    entier_positif_optionnel,
    non_vide,
    texte,
    texte_optionnel,
    verifier_types,
)

VALIDES: dict[type, dict[str, Any]] = {
    Deliberation: {"numero": "D1", "objet": "Budget"},
    Scrutin: {"pour": 3},
    Candidat: {"nom": "A. Martin", "voix": 4},
    Collectivite: {"nom": "Ville"},
    Elu: {"nom": "B. Durand"},
    Presence: {"elu": Elu(nom="B. Durand"), "statut": "present"},
}

REFUS = [
    (Deliberation, "numero", "  ", "numero : la valeur ne peut pas être vide."),
    (Deliberation, "objet", "", "objet : la valeur ne peut pas être vide."),
    (Deliberation, "rang", 0, "rang : un numéro de point commence à 1 (0)."),
    (Scrutin, "pour", -1, "pour : un décompte ne peut pas être négatif (-1)."),
    (Scrutin, "abstentions", -2, "abstentions : un décompte ne peut pas être négatif (-2)."),
    (Scrutin, "demandeurs", -3, "demandeurs : un décompte ne peut pas être négatif (-3)."),
    (Scrutin, "tour", 0, "tour : un numéro de point commence à 1 (0)."),
    (Candidat, "voix", -1, "voix : un nombre de voix positif est attendu (-1)."),
    (Collectivite, "nom", " ", "nom : la valeur ne peut pas être vide."),
    (
        Collectivite,
        "population",
        -5,
        "population : un nombre d'habitants positif est attendu (-5).",
    ),
    (Elu, "nom", "", "nom : la valeur ne peut pas être vide."),
    (Presence, "arrivee_point", 0, "arrivee_point : un numéro de point commence à 1 (0)."),
]


@pytest.mark.parametrize(("classe", "champ", "valeur", "message"), REFUS)
def test_valeur_refusee_par_chaque_chemin(
    classe: type, champ: str, valeur: Any, message: str
) -> None:
    with pytest.raises(InvariantViole) as constructeur:
        classe(**{**VALIDES[classe], champ: valeur})
    assert str(constructeur.value) == message
    assert constructeur.value.champ == champ
    with pytest.raises(InvariantViole) as evolution:
        attrs.evolve(classe(**VALIDES[classe]), **{champ: valeur})
    assert str(evolution.value) == message
    donnees = {**vers_dict(classe(**VALIDES[classe])), champ: valeur}
    with pytest.raises(DonneesInvalides) as chargement:
        depuis_dict(classe, donnees)
    assert chargement.value.chemin == champ
    assert message.endswith(chargement.value.message)


def test_les_types_sont_verifies_avant_les_validateurs() -> None:
    # un décompte négatif (validateur) et un texte pour un nombre (type) : le type d'abord,
    # comme avant la compilation des validateurs
    with pytest.raises(TypeInvalide, match=r"^contre : type attendu"):
        Scrutin(pour=-1, contre="3")  # type: ignore[arg-type]


def test_un_booleen_n_est_pas_un_decompte() -> None:
    with pytest.raises(TypeInvalide, match=r"^pour : type attendu : un nombre entier"):
        Scrutin(pour=True)


def test_validateurs_desactivables_comme_avec_attrs() -> None:
    with attrs.validators.disabled():
        assert Scrutin(pour=-1).pour == -1
    with pytest.raises(InvariantViole):
        Scrutin(pour=-1)


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class _Base:
    compte: int | None = attrs.field(default=None, validator=entier_positif_optionnel)


@attrs.frozen(kw_only=True, field_transformer=verifier_types)
class _Fille(_Base):
    nom: str = attrs.field(default="x", converter=texte, validator=non_vide)


def test_une_classe_fille_garde_les_validateurs_de_sa_base() -> None:
    assert _Fille(compte=2, nom=" a ").nom == "a"
    with pytest.raises(InvariantViole, match=r"^compte : un décompte ne peut pas être négatif"):
        _Fille(compte=-1)
    with pytest.raises(InvariantViole, match=r"^nom : la valeur ne peut pas être vide"):
        _Fille(nom="  ")
    with pytest.raises(TypeInvalide, match=r"^compte : type attendu"):
        _Fille(compte="1")  # type: ignore[arg-type]


_VALEURS = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.text(max_size=6), st.just("a\nb")
)


@given(st.sampled_from(sorted(_GARDES.items(), key=lambda e: e[0].__qualname__)), _VALEURS)
def test_une_garde_n_accepte_que_ce_que_son_validateur_accepte(
    garde: tuple[Any, str], valeur: Any
) -> None:
    validateur, expression = garde
    try:
        passe = bool(eval(expression, {}, {"v": valeur}))
    except (TypeError, AttributeError):  # hors du type du champ : déjà refusée par les types
        return
    if passe:
        attribut = attrs.fields(Scrutin).pour
        validateur(None, attribut, valeur)  # ne lève pas


@pytest.mark.parametrize(
    ("brut", "attendu"),
    [
        ("  Vote   du budget ", "Vote du budget"),
        ("Vote\x1b[31m du\u202e budget", "Vote [31m du budget"),
        ("Vote\u00a0du\tbudget\n", "Vote du budget"),
        ("sans rien à faire", "sans rien à faire"),
    ],
)
def test_texte_normalise_toujours(brut: str, attendu: str) -> None:
    assert texte(brut) == attendu
    assert Deliberation(numero="D1", objet=brut).objet == attendu


def test_texte_d_une_sous_classe_de_str_rend_un_str() -> None:
    class Chaine(str):
        pass

    assert type(texte(Chaine(" a "))) is str
    assert texte_optionnel(Chaine("  ")) is None
    assert texte_optionnel("   ") is None


def test_texte_refuse_un_non_texte() -> None:
    with pytest.raises(TypeError, match="une chaîne de caractères est attendue, pas int"):
        texte(3)  # type: ignore[arg-type]
    with pytest.raises(TypeInvalide, match=r"^numero : type attendu"):
        Deliberation(numero=3, objet="x")  # type: ignore[arg-type]


def test_matiere_verifiee_meme_apres_un_code_valide() -> None:
    assert Deliberation(numero="D1", objet="x", matiere=" 7.1 ").matiere == "7.1"
    assert Deliberation(numero="D2", objet="x", matiere=" 7.1 ").matiere == "7.1"  # en cache
    assert " 7.1 " in module_deliberation._MATIERES_VERIFIEES
    for mauvais in ("7.1.", "0.1", "7.1.1.1.1.1", ""):
        with pytest.raises(InvariantViole, match=r"^matiere : Code de matière"):
            Deliberation(numero="D1", objet="x", matiere=mauvais)
    with pytest.raises(InvariantViole, match="chaîne de caractères est attendue"):
        Deliberation(numero="D1", objet="x", matiere=71)  # type: ignore[arg-type]


def test_matieres_en_cache_bornees() -> None:
    module_deliberation._MATIERES_VERIFIEES.clear()
    for a in range(1, 10):
        for b in range(1, 100):
            for c in range(1, 6):
                module_deliberation._matiere(f"{a}.{b}.{c}")
    assert len(module_deliberation._MATIERES_VERIFIEES) <= 4096


def test_date_et_heure_refusee_pour_une_date() -> None:
    with pytest.raises(TypeInvalide, match=r"utilisez valeur\.date\(\)"):
        Deliberation(numero="D1", objet="x", date=dt.datetime(2024, 1, 1))  # type: ignore[arg-type]
