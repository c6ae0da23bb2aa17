"""Numérotations des points : chiffres romains (« I TITRE », « I/ TITRE », « III - TITRE ») et
sous-points décimaux (« 2.1) Titre » sous une rubrique à puce), sur des lignes et dans un texte
aplati (petits textes écrits pour le test, modelés sur des comptes rendus publiés, contenu
inventé)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.normalisation import segmenter
from deliberations.model import Seance
from tests.extrait.comparaison import seance_lue as _lire

EN_TETE = (
    "Conseil municipal de Saint-Aubin-des-Prés\n"
    "Séance du 3 février 2016\n"
    "Présents : M. Paul VIDAL, Mme Anne ROUX, M. Luc PETIT, Mme Claire MOREL\n"
    "Secrétaire de séance : Mme Anne ROUX\n\n"
)



def _points(seance: Seance) -> list[tuple[str | None, str]]:
    return [(d.numero, d.objet) for d in seance.deliberations]


# ------------------------------------------------------------------ reconnaisseurs


def test_entier_romain_formes_usuelles() -> None:
    assert [r.entier_romain(c) for c in ("I", "II", "IV", "IX", "XIV", "XL")] == [1, 2, 4, 9, 14, 40]
    assert r.entier_romain("IIII") is None  # forme non usuelle
    assert r.entier_romain("VX") is None
    assert r.entier_romain("L") == 50


@given(st.integers(min_value=1, max_value=89))
def test_entier_romain_aller_retour(n: int) -> None:
    assert r.entier_romain(r._en_romain(n)) == n


@given(st.text(alphabet="IVXLCDM ", max_size=12))
def test_entier_romain_arbitraire(chiffres: str) -> None:
    valeur = r.entier_romain(chiffres)
    assert valeur is None or r._en_romain(valeur) == chiffres.upper()


def test_numero_romain_formes() -> None:
    assert r.numero_romain("II ATTRIBUTION DE COMPENSATION VOIRIE – REVISION") == (
        "II",
        2,
        "ATTRIBUTION DE COMPENSATION VOIRIE – REVISION",
    )
    assert r.numero_romain("I/ COMPTE ADMINISTRATIF 2018") == ("I", 1, "COMPTE ADMINISTRATIF 2018")
    assert r.numero_romain("III - URBANISME") == ("III", 3, "URBANISME")
    assert r.numero_romain("IV. TARIFS") == ("IV", 4, "TARIFS")


def test_numero_romain_refus() -> None:
    assert r.numero_romain("I Approbation du compte rendu") is None  # titre pas en capitales
    assert r.numero_romain("IL EST DECIDE") is None  # « IL » n'est pas un nombre usuel
    assert r.numero_romain("VI LE") is None  # mot de moins de trois lettres
    assert r.numero_romain("IV QUESTIONS DIVERSES") is None  # jamais une délibération
    assert r.numero_romain("Mme Corinne GARROS I APPROBATION") is None  # pas en tête


@given(st.text(max_size=300))
def test_numero_romain_arbitraire(texte: str) -> None:
    lu = r.numero_romain(texte)
    if lu is not None:
        numero, rang, titre = lu
        assert r.entier_romain(numero) == rang
        assert texte.lstrip().startswith(numero)
        assert titre == titre.strip()


@given(st.text(alphabet="IVX/-.) ABCDEFGHa\n", max_size=200))
def test_numero_romain_alphabet_proche(texte: str) -> None:
    lu = r.numero_romain(texte)
    assert lu is None or lu[1] >= 1


def test_sous_point_decimal() -> None:
    assert r.numero_deliberation("2.1) Compte Administratif 2022") == (
        "2.1",
        None,
        "Compte Administratif 2022",
        False,
    )


# ------------------------------------------------------------------ lignes


def test_romains_sans_separateur() -> None:
    seance = _lire(
        EN_TETE + "I APPROBATION DU PROCES-VERBAL DU 6 JANVIER 2016\n\n"
        "Le procès-verbal est adopté à l'unanimité.\n\n"
        "II TARIFS DE LA CANTINE – ANNEE 2016\n\n"
        "Adopté par 3 voix pour et 1 abstention.\n\n"
        "III QUESTIONS DIVERSES\n\nMme ROUX rappelle la fête de l'école.\n"
    )
    assert _points(seance) == [
        ("I", "APPROBATION DU PROCES-VERBAL DU 6 JANVIER 2016"),
        ("II", "TARIFS DE LA CANTINE – ANNEE 2016"),
    ]
    assert [d.rang for d in seance.deliberations] == [1, 2]


def test_romains_barre_oblique() -> None:
    seance = _lire(
        EN_TETE + "I/ COMPTE ADMINISTRATIF 2015\n\nAdopté à l'unanimité.\n\n"
        "II/ TRANSPORT SCOLAIRE – CONVENTION\n\nAdopté à l'unanimité.\n"
    )
    assert _points(seance) == [
        ("I", "COMPTE ADMINISTRATIF 2015"),
        ("II", "TRANSPORT SCOLAIRE – CONVENTION"),
    ]


def test_romain_hors_rang_pas_un_point() -> None:
    seance = _lire(EN_TETE + "II TARIFS DE LA CANTINE\n\nAdopté à l'unanimité.\n")
    assert all(d.numero != "II" for d in seance.deliberations)


def test_rubrique_romaine_au_dessus_de_points_arabes() -> None:
    seance = _lire(
        EN_TETE + "I - ADMINISTRATION GENERALE\n\n1 - Règlement intérieur\nAdopté à l'unanimité.\n\n"
        "II - FINANCES\n\n2 - Budget primitif 2016\nPour : 3 - Contre : 1 - Abstention : 0\n"
    )
    assert [d.numero for d in seance.deliberations] == ["1", "2"]


def test_sous_points_sous_rubriques_a_puce() -> None:
    resultat = lire_extrait(
        EN_TETE + "  • Finances\n\n2.1) Compte Administratif 2015\n\n"
        "Le conseil approuve le compte administratif par 3 voix pour et 1 abstention.\n\n"
        "2.2) Participation des communes\n\nAdopté à l'unanimité.\n\n"
        "  • Divers\n\n3.1) Effectifs\n\nLa rentrée compterait 104 élèves.\n"
    )
    assert resultat.seance is not None
    assert _points(resultat.seance) == [
        ("2.1", "Compte Administratif 2015"),
        ("2.2", "Participation des communes"),
    ]
    # le sous-point sans vote n'est pas repris, et c'est dit
    assert any(c.code == "extrait.intertitre" for c in resultat.rapport)


# ------------------------------------------------------------------ texte aplati

APLATI = (
    "CONSEIL MUNICIPAL DU 3 FEVRIER 2016 L'an deux mille seize, le trois février, le Conseil "
    "Municipal de la Commune de SAINT AUBIN DES PRES, dûment convoqué, s'est réuni en session "
    "ordinaire à la mairie, sous la présidence de Monsieur Paul VIDAL, Maire. Date de la "
    "convocation : 27 janvier 2016. Date d'affichage : 27 janvier 2016. Nombre de conseillers en "
    "exercice : 15. Présents : MM. VIDAL, PETIT, BRUN, LEROY, TANGUY, HAMON, ROBIC, MENARD, "
    "COLLIN, Mmes ROUX, MOREL, BODIN, ROPARS, NICOL, JAFFRE. Le quorum étant atteint, Monsieur le "
    "Maire ouvre la séance et donne lecture de l'ordre du jour, qui comporte trois points "
    "inscrits à la demande du bureau municipal et des commissions. Secrétaire de séance : Mme Anne ROUX I APPROBATION DU "
    "PROCES-VERBAL DU 6 JANVIER 2016 Le procès-verbal est adopté à l'unanimité. II VOTE DES "
    "TAUX D'IMPOSITION 2016 Monsieur le Maire expose : les bases progressent de 1 %. Après en "
    "avoir délibéré, le Conseil Municipal, par 3 voix pour et 1 contre, DECIDE de maintenir les "
    "taux. III QUESTIONS DIVERSES Madame MOREL rappelle la date de la fête de l'école. "
    "La séance est levée à 22 heures."
)


def test_aplati_romain_colle_au_secretaire() -> None:
    morceaux = [m for _p, m in segmenter(APLATI)]
    assert "Secrétaire de séance : Mme Anne ROUX" in morceaux
    assert any(m.startswith("I APPROBATION DU PROCES-VERBAL") for m in morceaux)
    seance = _lire(APLATI)
    assert [(s.nom, s.prenom) for s in seance.secretaires] == [("ROUX", "Anne")]
    assert _points(seance) == [
        ("I", "APPROBATION DU PROCES-VERBAL DU 6 JANVIER 2016"),
        ("II", "VOTE DES TAUX D'IMPOSITION 2016"),
    ]


def test_aplati_sous_points_et_rubriques() -> None:
    texte = (
        APLATI.split(" I APPROBATION")[0]
        + " • Approbation du Compte-rendu de la séance du 06.01.16 1.1) Approbation Les membres "
        "approuvent à l'unanimité le compte-rendu. 1.2) Secrétaire de séance Les présents "
        "désignent Anne Roux comme secrétaire de séance. • Finances 2.1) Décision modificative "
        "n°2 Un virement de 6 400€ est nécessaire. Le conseil adopte la décision modificative à "
        "l'unanimité. 2.2) Tarifs périscolaires 2016 Vote : 3 voix pour, 1 voix contre."
    )
    seance = _lire(texte)
    assert [d.numero for d in seance.deliberations] == ["1.1", "2.1", "2.2"]
    assert seance.deliberations[0].objet == "Approbation"


def test_initiale_i_d_un_nom_pas_un_point() -> None:
    seance = _lire(
        "Conseil municipal de Plouvern\nSéance du 4 mai 2021\nPrésents :\n"
        "I. DUPONT Jean, J. MARTIN Paul\nV. DURAND Marie\n\n1. Budget\nAdopté à l'unanimité.\n"
    )
    assert [d.numero for d in seance.deliberations] == ["1"]
    assert len(seance.presents()) == 3


@given(
    st.sampled_from(["Délibération", "DCM", "Délib."]),
    st.sampled_from([" : ", " :   ", " :                 "]),
    st.from_regex(r"20[0-9]{2}-[0-9]{1,3}", fullmatch=True),
)
def test_numero_apres_deux_points_puis_objet(mot: str, blancs: str, numero: str) -> None:
    """« Délibération n° : 2024-31 » puis « Objet : Titre » (formulaire d'extrait, libellé et
    valeur en colonnes) : un point, numéroté ; le libellé « Délibération n° » n'est jamais un
    titre (il l'était, et l'objet devenait un deuxième point numéroté par son rang)."""
    texte = EN_TETE + f"{mot} n°{blancs}{numero}\nObjet{blancs}Tarifs de la cantine\nAdopté à l'unanimité.\n"
    assert _points(_lire(texte)) == [(numero, "Tarifs de la cantine")]
    assert r.numero_en_fin(f"{mot} n°{blancs}{numero}") is None
