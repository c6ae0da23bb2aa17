"""Familles de mises en page trouvées par la onzième mesure hors échantillon (documents 270
à 279 : pages web de petites communes et de communautés de communes, et leurs copies en
texte) : chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.reconnaisseurs import decomptes
from tests.extrait.comparaison import seance_lue as _seance

_OUVERTURE = (
    "COMPTE RENDU DU CONSEIL MUNICIPAL DE VILLOTTE-EN-TILLE\n"
    "Séance du 2 juillet 2009 à 20 h 30, sous la présidence de M. Henri MAGNIEN, Maire.\n"
)
_PRESENTS = "Présents : M. Henri MAGNIEN, Mme Lucienne BARDOT, M. Paul CHEVALLIER.\n"


def _nombres(seance_texte: str) -> dict[str, int | None]:
    d = _seance(seance_texte).decomptes
    assert d is not None
    return {"en_exercice": d.en_exercice, "presents": d.presents, "votants": d.votants}


def test_decomptes_en_lettres_a_la_suite_sur_une_ligne() -> None:
    attendu = {"en_exercice": 11, "presents": 7, "votants": 9}
    texte = "Conseillers en exercice : onze – présents : sept – votants : neuf.\n"
    assert _nombres(_OUVERTURE + texte + _PRESENTS) == attendu
    assert _nombres(_OUVERTURE.rstrip("\n") + " " + texte + _PRESENTS) == attendu  # dans le flux


def test_decomptes_en_lettres_nombre_avant_le_libelle() -> None:
    texte = "Vingt-deux délégués en exercice, dix-sept présents à l’ouverture, dix-neuf votants.\n"
    assert _nombres(_OUVERTURE + texte + _PRESENTS) == {
        "en_exercice": 22,
        "presents": 17,
        "votants": 19,
    }
    # un seul nombre avant « présents » n'est pas un décompte
    assert decomptes("Les deux présents de la commission exposent le projet, en exercice, ") == []


def test_decompte_en_lettres_qui_change_pendant_la_seance_garde_l_ouverture() -> None:
    texte = (
        "Membres en exercice : onze. Présents : sept, puis huit à partir du point 3. "
        "Votants : huit, puis neuf à partir du point 3.\n"
    )
    assert _nombres(_OUVERTURE + texte + _PRESENTS) == {
        "en_exercice": 11,
        "presents": 7,
        "votants": 8,
    }


def test_liste_de_presents_n_est_pas_un_nombre_en_lettres() -> None:
    seance = _seance(_OUVERTURE + "Présents : Mesdames Lucienne BARDOT et Josiane PERROT.\n")
    assert sorted(e.nom for e in seance.presents()) == ["BARDOT", "MAGNIEN", "PERROT"]


@given(st.text(max_size=120))
def test_decomptes_de_n_importe_quel_texte(texte: str) -> None:
    for cle, valeur in decomptes(texte):
        assert isinstance(cle, str) and valeur >= 0
    lire_extrait(texte)


_CHAZELLES = "COMMUNE DE CHAZELLES\nSéance du 19 décembre 2019\n"


def test_seance_ouverte_par_le_maire_que_la_liste_des_presents_nomme() -> None:
    texte = (
        _CHAZELLES + "Présents : M. Hervé BOYER, Maire, Mme Isabelle CHAUVET, M. Olivier DELMAS.\n"
        "La séance est ouverte à 18 h 35 par M. le Maire. M. Olivier DELMAS est nommé "
        "secrétaire de séance.\n1) Budget\nPour : 3 Contre : 0 Abstention : 0\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None and resultat.seance.president is not None
    assert resultat.seance.president.nom == "BOYER"
    assert "extrait.president-fonction" in resultat.rapport.codes()


def test_maire_non_nomme_dans_la_liste_laisse_la_presidence_vide() -> None:
    texte = (
        _CHAZELLES + "Présents : M. Hervé BOYER, Mme Isabelle CHAUVET, M. Olivier DELMAS.\n"
        "La séance est ouverte par Monsieur le Maire à 20 h.\n1) Budget\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None and resultat.seance.president is None
    assert "extrait.president-fonction" in resultat.rapport.codes()


def test_conseil_preside_par() -> None:
    seance = _seance(
        "Communauté de communes du Val de Loison\nConseil communautaire du 15 mars 2022\n"
        "Le conseil communautaire est présidé par M. Gérard VAUTRIN, Président. Convocation "
        "envoyée le 8 mars 2022.\nPrésents : M. Gérard VAUTRIN, Mme Monique CHARLIER.\n"
    )
    assert seance.president is not None and seance.president.nom == "VAUTRIN"
