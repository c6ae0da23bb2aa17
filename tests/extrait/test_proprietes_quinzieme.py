"""Propriétés des lecteurs écrits à la quinzième session (série 49, reprise de la série 47) :
sur des listes tirées au hasard, chaque personne est lue une fois à sa place et aucune n'est
perdue ; sur une entrée quelconque, jamais d'exception."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait.preparation import _pouvoirs_une_cellule_par_ligne, _renvois
from tests.extrait.comparaison import projection, seance_lue

_NOM = st.from_regex(r"[A-Z]{3,9}", fullmatch=True)
_PRENOM = st.sampled_from(["Paul", "Anne", "Luc", "Iris", "Marc", "Nadia", "Jean-Louis", "Éloïse"])
_CIVILITE = st.sampled_from(["M.", "Mme"])
_PERSONNES = st.lists(st.tuples(_CIVILITE, _PRENOM, _NOM), min_size=2, max_size=12, unique_by=lambda t: t[2])
_TETE = "Commune de Valbrune\nConseil municipal du 8 février 2008\n"
# (un texte aplati réel a des milliers de caractères : l'exposé du point l'allonge au-delà du
# seuil où l'analyseur cherche les intitulés et les points au milieu du flux)
_EXPOSE = " ".join(["Le conseil examine le dossier de la voirie communale et en débat longuement."] * 14)
_POINT = f"1) Tarifs de la cantine\n{_EXPOSE}\nAdopté à l'unanimité.\n"


def _nom(p: tuple[str, str, str]) -> str:
    return f"{p[1]} {p[2]}"


def _paires(personnes: list[tuple[str, str, str]]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Les présents (première moitié) et les absents qui leur donnent pouvoir (seconde)."""
    moitie = len(personnes) // 2
    return personnes[:moitie], personnes[moitie : 2 * moitie]


@given(_PERSONNES, st.booleans())
def test_renvois_chaque_note_donne_sa_procuration(personnes: list[tuple[str, str, str]], aplati: bool) -> None:
    presents, absents = _paires(personnes)
    liste = ", ".join(f"{c} {p} {n} ({k})" for k, (c, p, n) in enumerate(absents, start=1))
    notes = " ".join(f"({k}) pouvoir à {' '.join(m)}" for k, m in enumerate(presents, start=1))
    texte = (
        _TETE + "Présents : " + ", ".join(" ".join(p) for p in presents) + ".\n"
        f"Absents excusés : {liste}.\n" + _POINT + notes + "\n"
    )
    obtenu = projection(seance_lue(" ".join(texte.split()) if aplati else texte))
    assert sorted(obtenu["procurations"]) == sorted([_nom(a), _nom(m)] for a, m in zip(absents, presents, strict=True))


@given(st.text(max_size=400))
def test_renvois_entree_quelconque(texte: str) -> None:
    """Sans repère écrit deux fois, le texte est rendu tel quel ; jamais d'exception."""
    rendu = _renvois(texte)
    if "(" not in texte:
        assert rendu == texte


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=50), max_size=12),
       _PERSONNES)
def test_tableau_une_cellule_par_ligne_sans_perte(autres: list[str], personnes: list[tuple[str, str, str]]) -> None:
    """Chaque rangée mandant / mandataire du tableau devient une ligne qui nomme les deux ; les
    autres lignes restent, dans l'ordre."""
    presents, absents = _paires(personnes)
    cellules = [x for a, m in zip(absents, presents, strict=True) for x in (" ".join(a), " ".join(m))]
    lignes = [*autres, "Absents excusés ayant donné pouvoir", "Pouvoir donné à", *cellules, ""]
    rendu = [t for _n, t in _pouvoirs_une_cellule_par_ligne(list(enumerate(lignes, start=1)))]
    assert rendu[: len(autres)] == autres
    for a, m in zip(absents, presents, strict=True):
        assert any(" ".join(a) in t and " ".join(m) in t for t in rendu[len(autres) :])


@given(_PERSONNES, st.booleans())
def test_suppleants_qui_remplacent(personnes: list[tuple[str, str, str]], aplati: bool) -> None:
    """« Suppléants : M. X remplace M. Y (Commune) ; … » : chaque suppléance lue, aucun titulaire
    remplacé parmi les présents."""
    presents, _ = _paires(personnes)
    suppleants, titulaires = personnes[len(presents) : 2 * len(presents)], presents
    remplace = " ; ".join(
        f"{' '.join(s)} remplace {' '.join(t)} (Aunay)" for s, t in zip(suppleants, titulaires, strict=True)
    )
    texte = (
        "SYNDICAT INTERCOMMUNAL DES EAUX DU VAL DE LORGE\nComité syndical du 5 mars 2015\n"
        "Délégués présents : M. Hugo ABEL (Brécy).\n"
        f"Suppléants : {remplace}.\nDélibération n° 2015-01 : Budget\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(" ".join(texte.split()) if aplati else texte))
    assert sorted(obtenu["suppleances"]) == sorted([_nom(s), _nom(t)] for s, t in zip(suppleants, titulaires, strict=True))
    assert obtenu["presents"] == ["Hugo ABEL"]


_COMMUNES = st.lists(st.sampled_from(["Vaudrey", "La Loye", "Saint-Aubin", "Le Deschaux", "Villers-Robert"]),
                     min_size=2, max_size=4, unique=True)


@given(_COMMUNES, _PERSONNES)
def test_groupes_de_communes_en_casse_mixte(communes: list[str], personnes: list[tuple[str, str, str]]) -> None:
    """« Étaient présents : Vaudrey : A, B – La Loye : C » : chaque délégué lu une fois, aucune
    commune parmi les présents."""
    groupes = [personnes[i :: len(communes)] for i in range(len(communes))]
    liste = " – ".join(
        f"{c} : " + ", ".join(f"{p} {n}" for _c, p, n in g) for c, g in zip(communes, groupes, strict=True) if g
    )
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL DE BRENNE\nConseil communautaire du 26 septembre 2024\n"
        f"Étaient présents : {liste}\nDélibération n° 2024-31 : Tarifs\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert sorted(obtenu["presents"]) == sorted(_nom(p) for p in personnes)
