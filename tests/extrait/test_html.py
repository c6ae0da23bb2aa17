"""Pages web (HTML) : blocs en lignes, rien du réseau, entrée quelconque sans exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait, lire_fichier
from deliberations.extrait.html import texte_html

PAGE = """<html><head><title>Mairie</title><script>var x = "Présents : M. FAUX";</script>
<style>p { color: red }</style></head><body><nav>Accueil</nav>
<h1>Commune de Vaudrey</h1><h2>Séance du 4 mai 2021</h2>
<p>Présents&nbsp;: M. Paul VIDAL, Mme Anne ROUX<br>Absents excusés : M. Luc BRUN</p>
<ul><li>Secrétaire de séance : Mme Anne ROUX</li></ul>
<p>OBJET : Tarifs de la cantine</p><p>Adopté à l’unanimité.</p></body></html>"""


def test_page_lue_comme_un_texte(tmp_path: Path) -> None:
    chemin = tmp_path / "page.html"
    chemin.write_text(PAGE, encoding="utf-8")
    resultat = lire_fichier(chemin)
    s = resultat.seance
    assert s is not None
    assert s.assemblee.collectivite.nom == "Vaudrey"
    assert [str(e) for e in s.presents()] == ["Monsieur Paul VIDAL", "Madame Anne ROUX"]
    assert "FAUX" not in texte_html(PAGE)  # scripts ignorés
    assert s.deliberations[0].scrutins[0].unanimite


def test_entites_externes_non_developpees() -> None:
    page = '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e SYSTEM "file:///etc/passwd">]><p>&e;</p>'
    assert "root:" not in texte_html(page)


@given(st.text(max_size=2000))
def test_html_quelconque(texte: str) -> None:
    resultat = lire_extrait(texte_html(texte))
    if resultat.seance is None:
        assert "extrait.date-absente" in resultat.rapport.codes()


@given(st.binary(max_size=2000))
def test_octets_quelconques(octets: bytes) -> None:
    assert isinstance(texte_html(octets), str)


def test_paragraphe_vide_et_double_saut_valent_une_ligne_vide() -> None:
    """``<p>&nbsp;</p>``, ``<p><br></p>`` et ``<br><br>`` séparent le titre d'un point de son
    texte : une ligne vide, pour que le titre ne prenne pas la phrase qui suit."""
    from deliberations.extrait.html import texte_html

    page = (
        b"<html><body><p>Objet : Tarifs</p><p>&nbsp;</p><p>Le maire expose.</p>"
        b"<p><br></p><div>Vote<br><br>Fin<br>Suite</div></body></html>"
    )
    assert texte_html(page) == "Objet : Tarifs\n\nLe maire expose.\n\nVote\n\nFin\nSuite"


def test_tableau_des_resultats_sans_decompte() -> None:
    """« N° | Objet | Vote » : une délibération par ligne, le résultat dans la colonne."""
    from deliberations.extrait import lire_extrait
    from deliberations.extrait.html import texte_html

    page = (
        "<html><body><h1>Compte rendu du conseil municipal du 26 septembre 2024</h1>"
        "<p>Commune de Vaudrey</p><p>Présents : M. Paul ROUX, Mme Anne PETIT</p>"
        "<table><tr><th>N°</th><th>Objet</th><th>Vote</th></tr>"
        "<tr><td>2024-31</td><td>Tarifs de la cantine</td><td>Unanimité</td></tr>"
        "<tr><td>2024-32</td><td>Travaux de voirie</td><td>Adopté</td></tr></table></body></html>"
    )
    seance = lire_extrait(texte_html(page.encode())).seance
    assert seance is not None
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("2024-31", "Tarifs de la cantine"),
        ("2024-32", "Travaux de voirie"),
    ]
    assert seance.deliberations[0].scrutins[0].unanimite
