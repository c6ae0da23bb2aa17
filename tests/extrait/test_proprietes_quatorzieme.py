"""Propriétés des lecteurs étendus à la quatorzième session : listes aplaties sans séparateur,
décomptes à « = », procurations en phrase, « , soit N conseillers » ; sur une entrée
quelconque, jamais d'exception, et jamais une personne perdue ni un nombre qui n'est pas écrit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.analyse import _liste_sans_separateur
from deliberations.extrait.reconnaisseurs import decomptes, procuration

_NOM = st.from_regex(r"[A-Z][A-Z]{2,9}", fullmatch=True)
_PRENOM = st.sampled_from(["Paul", "Anne", "Luc", "Iris", "Marc", "Nadia", "Jean-Louis", "Éloïse"])
_CIVILITE = st.sampled_from(["M.", "Mme", "Monsieur", "Madame"])
EN_TETE = "COMMUNE DE SAULON Séance du 12 mars 2019 Nombre de conseillers en exercice : 30 "


@given(st.lists(st.tuples(_PRENOM, _NOM), min_size=2, max_size=12, unique_by=lambda t: t[1]), st.booleans())
def test_liste_sans_separateur_garde_chaque_personne(personnes: list[tuple[str, str]], nom_d_abord: bool) -> None:
    noms = [f"{n} {p}" if nom_d_abord else f"{p} {n}" for p, n in personnes]
    lu = _liste_sans_separateur(" ".join(noms))
    assert lu is not None and lu.split(", ") == noms


@given(st.text(max_size=300))
def test_liste_sans_separateur_ne_perd_aucun_mot(texte: str) -> None:
    lu = _liste_sans_separateur(texte)
    assert lu is None or lu.replace(", ", " ").split() == texte.strip(" .;").split()


@given(st.lists(st.tuples(_PRENOM, _NOM), min_size=2, max_size=12, unique_by=lambda t: t[1]))
def test_liste_aplatie_lue_en_entier(personnes: list[tuple[str, str]]) -> None:
    texte = EN_TETE + "Présents : " + " ".join(f"{p} {n}" for p, n in personnes)
    seance = lire_extrait(texte + " Secrétaire de séance : " + " ".join(personnes[0])).seance
    assert seance is not None
    assert [p.elu.nom for p in seance.presences] == [n for _p, n in personnes]


@given(st.integers(1, 999), st.integers(1, 999), st.integers(1, 999), st.sampled_from(["=", ":"]))
def test_decomptes_egal(exercice: int, presents: int, votants: int, signe: str) -> None:
    ligne = f"Conseillers en exercice {signe} {exercice} ; Présents {signe} {presents} ; Votants {signe} {votants}"
    assert decomptes(ligne) == [("en_exercice", exercice), ("presents", presents), ("votants", votants)]


@given(st.integers(1000, 2099))
def test_une_annee_n_est_jamais_un_effectif(annee: int) -> None:
    assert ("en_exercice", annee) not in decomptes(f"Exercice : {annee}")
    assert all(v < 1000 for _c, v in decomptes(f"Budget primitif exercice : {annee} Présents : 4"))


@given(_CIVILITE, _PRENOM, _NOM, _CIVILITE, _PRENOM, _NOM, st.sampled_from([
    "{a} a chargé {b} de voter en son nom",
    "{a} (pouvoir : {b})",
    "{a} (proc. à {b})",
    "Pouvoir de {a} confié à {b}",
    "Pouvoir de {a} (donné à {b})",
    "{a} a confié sa procuration à {b}",
    "Mandat de {a} à {b}",
]))
def test_procurations_en_phrase(c1: str, p1: str, n1: str, c2: str, p2: str, n2: str, forme: str) -> None:
    a, b = f"{c1} {p1} {n1}", f"{c2} {p2} {n2}"
    assert procuration(forme.format(a=a, b=b)) == (a, b)


@given(st.lists(st.tuples(_CIVILITE, _PRENOM, _NOM), min_size=1, max_size=8, unique_by=lambda t: t[2]),
       st.sampled_from(["conseillers", "membres présents", "élus"]))
def test_soit_n_final(personnes: list[tuple[str, str, str]], quoi: str) -> None:
    liste = ", ".join(" ".join(p) for p in personnes)
    texte = f"COMMUNE DE SAULON\nSéance du 12 mars 2019\nPrésents : {liste}, soit {len(personnes)} {quoi}\n"
    seance = lire_extrait(texte + "Délibération n° 2019-08 : Vente\nAdopté à l'unanimité.").seance
    assert seance is not None
    assert [p.elu.nom for p in seance.presences] == [n for _c, _p, n in personnes]
    assert seance.decomptes is not None and seance.decomptes.presents == len(personnes)


# ------------------------------------------------ lecteurs des séries 46 à 48 (tableaux)

from deliberations.extrait.html import texte_html  # noqa: E402
from deliberations.extrait.preparation import _pouvoirs_en_deux_colonnes  # noqa: E402

_SITUATION = st.sampled_from([("Présent", "Présents"), ("Excusée", "Excusés"), ("Absent", "Absents")])


@given(st.lists(st.tuples(_PRENOM, _NOM, _SITUATION), min_size=3, max_size=20, unique_by=lambda t: t[1]))
def test_tableau_de_situation_sans_perte(rangees: list[tuple[str, str, tuple[str, str]]]) -> None:
    """« Commune | Délégué | Situation » : chaque délégué est rangé sous sa situation, une fois."""
    corps = "".join(f"<tr><td>SAULON</td><td>{p} {n}</td><td>{s}</td></tr>" for p, n, (s, _i) in rangees)
    texte = texte_html(f"<html><body><table><tr><th>Commune</th><th>Délégué</th><th>Situation</th></tr>{corps}</table></body></html>")
    for intitule in {i for _p, _n, (_s, i) in rangees}:
        ligne = next(x for x in texte.splitlines() if x.startswith(intitule + " :"))
        attendus = [f"{p} {n}" for p, n, (_s, i) in rangees if i == intitule]
        assert ligne == f"{intitule} : {', '.join(attendus)}"


@given(st.lists(st.tuples(st.text(max_size=40), st.text(max_size=40), st.text(max_size=40)), min_size=1, max_size=8))
def test_tableau_html_quelconque(rangees: list[tuple[str, str, str]]) -> None:
    from html import escape

    corps = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rangees)
    for tete in ("<th>Commune</th><th>Délégué</th><th>Situation</th>", "<th>Commune</th><th>Délégués titulaires</th><th>Délégués suppléants</th>"):
        assert isinstance(texte_html(f"<table><tr>{tete}</tr>{corps}</table>"), str)


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=60), max_size=8),
       st.lists(st.tuples(_CIVILITE, _PRENOM, _NOM, _CIVILITE, _PRENOM, _NOM), max_size=5))
def test_pouvoirs_en_deux_colonnes_sans_perte(autres: list[str], pouvoirs: list[tuple[str, ...]]) -> None:
    """Chaque ligne garde son numéro (rien n'est perdu) ; chaque rangée du tableau devient
    « X donne pouvoir à Y »."""
    lignes = ["Absents ayant donné pouvoir :        Pouvoirs reçus par :"]
    lignes += [f"{a} {b} {c}        {d} {e} {f}" for a, b, c, d, e, f in pouvoirs] + autres
    numerotees = list(enumerate(lignes))
    lu = _pouvoirs_en_deux_colonnes(numerotees)
    assert [n for n, _t in lu] == [n for n, _t in numerotees]
    for i, (a, b, c, d, e, f) in enumerate(pouvoirs, start=1):
        assert lu[i][1] == f"{a} {b} {c} donne pouvoir à {d} {e} {f}"
