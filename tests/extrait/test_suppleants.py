"""Suppléants qui siègent sans que le document nomme le titulaire remplacé : l'analyseur les
garde (statut ``suppleant``), ne les compte pas parmi les membres en exercice, et les
confronte aux décomptes annoncés."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.model import RoleMandat, Seance, StatutPresence
from deliberations.validation import valider

RUBRIQUES = (
    "COMITE SYNDICAL DU SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-VERDON\n"
    "Séance du 12 mars 2024\n"
    "Nombre de membres en exercice : 6\n"
    "Etaient présents : Membres titulaires : MARTIN Paul, DURAND Anne, PETIT Luc.\n"
    "Membres suppléants avec voix délibérative : ROUX Iris, VIAL Marc.\n"
    "Absent excusé : BLANC Jean.\n"
    "Secrétaire de séance : Madame DURAND\n"
    "OBJET : Tarifs de l'eau 2024\n"
    "Adopté par 4 voix pour et 1 abstention.\n"
)


def _a_la_suite(titulaires: str, suppleants: str, presents: int, suppleants_annonces: int) -> str:
    return (
        "1 REPUBLIQUE FRANCAISE Syndicat Intercommunal de Transport Scolaire du Val d Arnel "
        "COMITE SYNDICAL Procès verbal de la séance du 12 mars 2024 L an deux mil vingt-quatre, "
        "le 12 mars, le Comité Syndical légalement convoqué s est assemblé en mairie. "
        f"Etaient Présents : {titulaires} délégué(e)s titulaires {suppleants} "
        "délégué(e)s suppléant(e)s. Etaient excusés : Jean BLANC, Rose NOIR, Eva GRIS "
        "Le nombre de membres en exercice est de : 6 "
        f"Le nombre de délégués titulaires présents est de : {presents} "
        f"Le nombre de délégués suppléants présents est de : {suppleants_annonces:02d} "
        "Délibération n° 2024-01 Tarifs des transports Adoptée à l unanimité. "
        "La séance est levée à 20 heures."
    )


def _statuts(s: Seance, statut: StatutPresence) -> list[str]:
    return [str(p.elu) for p in s.presences if p.statut is statut]


def test_rubrique_des_suppleants_avec_voix_deliberative() -> None:
    r = lire_extrait(RUBRIQUES)
    s = r.seance
    assert s is not None
    assert _statuts(s, StatutPresence.SUPPLEANT) == ["Iris ROUX", "Marc VIAL"]
    assert _statuts(s, StatutPresence.PRESENT) == ["Paul MARTIN", "Anne DURAND", "Luc PETIT"]
    infos = [c for c in r.rapport if c.code == "extrait.suppleant-sans-titulaire"]
    assert len(infos) == 2 and all(c.severite.value == "info" for c in infos)
    # 4 titulaires nommés + 2 suppléants de titulaires non nommés = 6 en exercice
    incomplets = next(c for c in r.rapport if c.code == "extrait.membres-incomplets")
    assert "2 suppléant(s) pour des titulaires non nommés" in incomplets.message
    # quorum et votants : les suppléants comptent (5 votants : 4 pour, 1 abstention)
    rapport = valider(s, non_etablis=r.non_etablis)
    assert not {"quorum.non-atteint", "vote.total"} & set(rapport.codes())
    assert len(s.presents()) == 5


def test_titulaires_puis_suppleants_colles() -> None:
    texte = _a_la_suite("Paul MARTIN, Anne DURAND, Luc PETIT", "Iris ROUX Jean-Marc VIAL", 3, 2)
    r = lire_extrait(texte)
    s = r.seance
    assert s is not None
    assert _statuts(s, StatutPresence.SUPPLEANT) == ["Iris ROUX", "Jean-Marc VIAL"]
    assert _statuts(s, StatutPresence.PRESENT) == ["Paul MARTIN", "Anne DURAND", "Luc PETIT"]
    assert "extrait.decompte" not in r.rapport.codes()
    assert "extrait.ligne-non-comprise" not in r.rapport.codes()
    # les mandats (6 titulaires lus = 6 annoncés) gardent les suppléants à part
    roles = [m.role for m in s.assemblee.mandats]
    assert roles.count(RoleMandat.TITULAIRE) == 6 and roles.count(RoleMandat.SUPPLEANT) == 2
    assert s.nombre_en_exercice() == 6
    # toutes les listes sont établies : suppléants non membres ni titulaires manquants
    codes = valider(s).codes()
    assert not {"seance.presence-non-membre", "seance.membre-sans-presence"} & set(codes)
    assert not [c for c in codes if c.startswith(("quorum.", "vote.", "seance.decompte"))]


def test_decompte_des_suppleants_contredit_par_la_liste() -> None:
    r = lire_extrait(_a_la_suite("Paul MARTIN, Anne DURAND, Luc PETIT", "Iris ROUX", 3, 2))
    decomptes = [c for c in r.rapport if c.code == "extrait.decompte"]
    assert [c.message for c in decomptes] == [
        "Le document annonce 2 suppleants présents, les listes en donnent 1."
    ]


_PRENOMS = st.sampled_from(["Iris", "Marc", "Jean-Marc", "Marie-Jo", "Lucienne", "Hervé"])
_NOMS = st.sampled_from(["ROUX", "VIAL", "BAUDET", "PENOT", "LE GALL", "VERGNE-DUCROS"])
_PERSONNES = st.lists(st.tuples(_PRENOMS, _NOMS), min_size=1, max_size=4, unique_by=lambda p: p[1])


@given(_PERSONNES)
def test_suppleants_colles_lus_un_par_un(suppleants: list[tuple[str, str]]) -> None:
    colles = " ".join(f"{prenom} {nom}" for prenom, nom in suppleants)
    r = lire_extrait(_a_la_suite("Paul MARTIN, Anne DURAND, Luc PETIT", colles, 3, len(suppleants)))
    assert r.seance is not None
    lus = [(p.elu.prenom, p.elu.nom) for p in r.seance.presences if p.statut.value == "suppleant"]
    assert lus == suppleants
    assert "extrait.decompte" not in r.rapport.codes()
