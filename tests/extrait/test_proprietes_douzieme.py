"""Propriétés des lecteurs étendus à la douzième session : sur une entrée quelconque, jamais
d'exception, et jamais une valeur inventée."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait.collectivite import collectivite_generale, en_tete
from deliberations.extrait.html import texte_html
from deliberations.extrait.reconnaisseurs import decomptes, numero_deliberation, president

_LIBELLE = st.sampled_from(["Excusé", "Excusées", "Membre absent", "Absents", "Conseillers"])
_ACCORD = st.sampled_from(["non représenté", "non représentées", "non représentés"])


@given(_LIBELLE, _ACCORD, st.integers(0, 99))
def test_non_represente_jamais_une_procuration(libelle: str, accord: str, nombre: int) -> None:
    """« X non représenté(e)(s) : N » ne compte jamais N procurations."""
    assert all(cle != "procurations" for cle, _v in decomptes(f"{libelle} {accord} : {nombre}"))


@given(st.integers(0, 99), st.integers(1, 12), st.integers(1, 999), st.sampled_from(["–", "-"]))
def test_numero_cp_tel_qu_ecrit(annee: int, mois: int, rang: int, tiret: str) -> None:
    numero = f"CP {annee:02d}-{mois:02d}-{rang:03d}"
    lu = numero_deliberation(f"{numero} {tiret} Aide aux communes rurales")
    assert lu is not None and lu[0] == numero


@given(st.sampled_from(["M.", "Mme", "MM.", "Monsieur", "Madame", "M"]))
def test_civilite_seule_jamais_president(civilite: str) -> None:
    assert president(f"la séance étant présidée par {civilite}") is None


@given(st.text(max_size=400))
def test_en_tete_et_collectivite_generale_sans_exception(ligne: str) -> None:
    lu = en_tete(ligne)
    assert lu is None or lu[1] in ("commune", "epci", "general")
    nom = collectivite_generale(ligne)
    assert nom is None or nom in ligne


@given(st.lists(st.tuples(st.text(max_size=30), st.text(max_size=30)), max_size=6))
def test_dl_de_termes_sans_perte(termes: list[tuple[str, str]]) -> None:
    """``<dl>`` quelconque : jamais d'exception ; chaque terme et valeur non vides restent dans
    le texte (sur une ligne à eux, ou dans le flux)."""
    from html import escape

    corps = "".join(f"<dt>{escape(t)}</dt><dd>{escape(v)}</dd>" for t, v in termes)
    texte = texte_html(f"<html><body><dl>{corps}</dl></body></html>")
    plat = " ".join(texte.split())
    for t, v in termes:
        for morceau in (t, v):
            mots = " ".join(morceau.split()).strip(":\u00a0 ")
            if mots and mots.isprintable() and all(c.isalnum() or c == " " for c in mots):
                assert mots in plat
