"""Collectivités membres collées aux délégués (listes aplaties), nom long d'un syndicat,
nomination du secrétaire dans le flux."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import ResultatExtrait, lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.groupes import est_lieu_seul, liste_par_lieu, reperes, separer
from deliberations.extrait.normalisation import normaliser, segmenter
from deliberations.model import Organe
from deliberations.validation.rapport import Severite

LIEUX = reperes("la réunion se tient à Vernay ; excuse les délégués de Lescoubère").lieux


@pytest.mark.parametrize(
    ("morceau", "attendu"),
    [
        # NOM Prénom puis lieux : le prénom est lu, la suite est un groupe (lecture signalée)
        ("Mr ROBIN Didier Val d'Authion Agglomération", ("Mr ROBIN Didier", "Val d'Authion Agglomération", True)),
        ("Mme KHALFI Nadia Saint-Méen-des-Bois Mûrs-la-Forêt", ("Mme KHALFI Nadia", "Saint-Méen-des-Bois Mûrs-la-Forêt", True)),
        # le mot après le NOM a la forme d'un lieu, ou le document l'emploie comme lieu
        ("Mme LASSALLE Barthèque-d'Oussère", ("Mme LASSALLE", "Barthèque-d'Oussère", False)),
        ("Mr PEDEBOY Lescoubère Noustère-Bas", ("Mr PEDEBOY", "Lescoubère Noustère-Bas", False)),
        # Prénom NOM puis lieu
        ("Mme Sylvie COUSSEAU Saint-Aubin-la-Brenelle", ("Mme Sylvie COUSSEAU", "Saint-Aubin-la-Brenelle", False)),
        ("M. Paul VIDAL Communauté de Communes du Val", ("M. Paul VIDAL", "Communauté de Communes du Val", False)),
    ],
)  # fmt: skip
def test_lieux_colles_separes(morceau: str, attendu: tuple[str, str, bool]) -> None:
    assert separer(morceau, LIEUX) == attendu


@pytest.mark.parametrize(
    "morceau",
    [
        "Mme DUPONT Marie Claire",  # prénom composé sans trait d'union : aucun lieu sûr
        "Mme HERVE Lucie",
        "Mr TESSIER Jean-Paul",
        "M. Jean DUPONT Maire",
        "Mme Anne-Marie DURAND Vice-Présidente",
        "Mr LABORDE (suppléant de Mr CAMPAGNE)",
        "Mr PEDEBOY Noustère-Bas Pardieux-Oussère",  # ni forme ni mention d'un lieu
        "Mr DUPONT Vernay",  # un seul mot après le NOM : le prénom, même s'il nomme un lieu
        "Saint-Martin-du-Bois",  # sans civilité : pas une personne, laissé à l'appelant
    ],
)
def test_personne_laissee_entiere(morceau: str) -> None:
    assert separer(morceau, LIEUX) == (morceau, "", False)


def test_lieu_seul() -> None:
    assert est_lieu_seul("Communauté de Communes des Coteaux du Layon Sud", LIEUX)
    assert est_lieu_seul("Sainte-Colombe-d'Oussère", LIEUX)
    assert est_lieu_seul("Lescoubère", LIEUX)
    assert not est_lieu_seul("Jean Dupont", LIEUX)  # casse mixte, rien de sûr
    assert not est_lieu_seul("Mme Saint-Martin", LIEUX)
    assert not est_lieu_seul("DUPONT Saint-Martin", LIEUX)


def test_reperes() -> None:
    vus = reperes(
        "Présents : Mme CAZENAVE Bernadette Arbéoux-le-Haut. Secrétaire : Mme CAZENAVE "
        "Bernadette. Pouvoir de Jean DUPONT ; la salle de Lescoubère ; d'Oussère."
    )
    assert {"lescoubere", "oussere"} <= vus.lieux
    assert "jean" not in vus.lieux  # « de Jean DUPONT » : une personne
    assert vus.confirme("CAZENAVE", "Bernadette")
    assert not vus.confirme("DUPONT", "Jean")  # nommé une seule fois


_MOTS = st.sampled_from(
    ["Mr", "Mme", "M.", "ROBIN", "Didier", "Val", "d'Authion", "de", "Saint-Jean", "la",
     "Mûrs-la-Forêt", "(suppléant", "X)", "Lescoubère", "Communauté", "DE", "Jean-Paul", ","]
)  # fmt: skip


@given(st.lists(_MOTS, max_size=12))
def test_aucun_mot_perdu(mots: list[str]) -> None:
    morceau = " ".join(mots)
    personne, lieux, devine = separer(morceau, LIEUX)
    assert personne.split() + lieux.split() == morceau.split()
    assert not devine or lieux


@given(st.text(max_size=400))
def test_texte_quelconque(texte: str) -> None:
    vus = reperes(texte)
    separer(texte, vus.lieux)
    est_lieu_seul(texte, vus.lieux)


def test_comite_du_syndicat_nom_long() -> None:
    nom = (
        "Syndicat Intercommunal de Collecte et de Traitement des Ordures Ménagères de la "
        "Vallée de l'Oussère"
    )
    assert r.organe(f"le Comité du {nom} (SICTOM) dûment convoqué") == (
        Organe.COMITE_SYNDICAL,
        nom,
    )
    # sans borne dans la fenêtre, le nom pourrait être tronqué : pas de nom
    sans_fin = f"le Comité du {nom} et de la Vallée de la Basse Oussère et des Coteaux du Haut Pays"
    assert r.organe(sans_fin) == (Organe.COMITE_SYNDICAL, None)
    assert r.organe("le Comité des fêtes de Vernay") is None


def test_nomination_du_secretaire_coupee_dans_le_flux() -> None:
    ligne = (
        "Etaient également présents : Mme FRADIN, comptable Est nommée secrétaire, Mme "
        "CAZENAVE Bernadette Effectif légal du Comité syndical : 16 délégués"
    )
    assert [m for _, m in segmenter(ligne)] == [
        "Etaient également présents : Mme FRADIN, comptable",
        "Est nommée secrétaire, Mme CAZENAVE Bernadette",
        "Effectif légal du Comité syndical : 16 délégués",
    ]
    phrase = "Présents : Mme A, M. B. Mme FRADIN est nommée secrétaire : elle accepte."
    assert not any(m.startswith("est") for _, m in segmenter(phrase))


# ------------------------------------------------- « COMMUNE : Prénom NOM COMMUNE : Prénom NOM »


def test_liste_par_lieu() -> None:
    lieux = reperes("la salle des fêtes de Vermand-sur-Omignon").lieux
    lue = liste_par_lieu(
        "Canton de Vermand : ATTILLY : Michel DUBOIS BEAUVOIS : Anne LEROY - CAULAINCOURT : "
        "Jean PRUVOST (pouvoir à Michel DUBOIS) FLUQUIERES : Régis MOREAU GRAND SERAUCOURT : "
        "Odile PATTE VERMAND SUR OMIGNON : Luc ROY Canton de Ham : DURY : Paul VIDAL",
        lieux,
    )
    assert lue is not None
    assert lue.personnes == [
        "Michel DUBOIS",
        "Anne LEROY",
        "Jean PRUVOST (pouvoir à Michel DUBOIS)",
        "Régis MOREAU",
        "Odile PATTE",
        "Luc ROY",
        "Paul VIDAL",
    ]
    assert "VERMAND SUR OMIGNON" in lue.lieux and "Canton de Ham" in lue.lieux
    # « MOREAU GRAND SERAUCOURT » : MOREAU GRAND ou MOREAU ? une lecture, signalée ; la
    # commune que le document nomme ailleurs (Vermand-sur-Omignon) ne l'est pas
    assert lue.douteuses == ["Régis MOREAU GRAND SERAUCOURT"]


@pytest.mark.parametrize(
    "texte",
    [
        "M. Jean DUPONT, Mme Anne PETIT",
        "ATTILLY : Michel DUBOIS",  # une seule commune : la forme n'est pas établie
        "Présents : 12 Votants : 14 Pour : 14",
        "ATTILLY : M. DUBOIS a dit : oui : non",
    ],
)
def test_pas_une_liste_par_lieu(texte: str) -> None:
    assert liste_par_lieu(texte, frozenset()) is None


_COMMUNES = st.sampled_from(["ATTILLY", "DURY", "HOLNON", "SAINT SIMON", "Canton de Ham"])
_PERSONNES = st.sampled_from(["Michel DUBOIS", "Anne-Marie LEROY", "Luc DE LA TOUR", "Paul VIDAL"])


@given(st.lists(st.tuples(_COMMUNES, _PERSONNES), min_size=3, max_size=8))
def test_liste_par_lieu_relue(entrees: list[tuple[str, str]]) -> None:
    texte = " ".join(f"{commune} : {personne}" for commune, personne in entrees)
    lue = liste_par_lieu(texte, frozenset({"saint-simon"}))
    assert lue is not None
    attendu = [p for _, p in entrees]
    # « Luc DE LA TOUR DURY » : le nom composé se lit « DE LA » ; la lecture est alors signalée
    assert len(lue.personnes) == len(attendu)
    for obtenu, personne, suivante in zip(
        lue.personnes, attendu, [*entrees[1:], ("", "")], strict=True
    ):
        if obtenu != personne:
            assert any(d.startswith(personne) for d in lue.douteuses), (obtenu, personne, suivante)


@given(st.text(max_size=400))
def test_liste_par_lieu_texte_quelconque(texte: str) -> None:
    liste_par_lieu(texte, frozenset())


# ------------------------------------------------- en-tête d'un syndicat : nom, date, secrétaire


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        ("Le secrétariat a été assuré par : Monsieur Jean-Luc MARCHAND", "Monsieur Jean-Luc MARCHAND"),
        ("sous la Présidence de M. Paul ROY, Président, et en présence de Mme Sylvie CARON, secrétaire de séance.", "Mme Sylvie CARON"),
        # « Secrétaire » seul : une fonction du bureau, pas le secrétaire de la séance
        ("sous la Présidence de M. Paul ROY, Président, et en présence de Mme Sylvie CARON, Secrétaire.", None),
    ],
)  # fmt: skip
def test_secretaire(ligne: str, attendu: str | None) -> None:
    assert r.secretaire(ligne) == attendu


def test_decomptes_en_phrase() -> None:
    phrase = (
        "A l'ouverture de la séance, 9 délégués étaient présents ; 2 avaient donné pouvoir écrit"
    )
    assert r.decomptes(phrase) == [("presents", 9), ("procurations", 2)]
    assert r.decomptes("Membres présents 4") == [("presents", 4)]


def test_votes_opposition_approbation() -> None:
    assert r.votes("Abstention : 2 Opposition : 3 Approbation : 25") == [
        ("abstentions", 2),
        ("contre", 3),
        ("pour", 25),
    ]


def test_puces_repetees_et_civilite_collee() -> None:
    assert normaliser("  • • • M.Patrice PAVIE,") == "- M. Patrice PAVIE,"
    assert normaliser("M.-C. Vidalenc") == "M.-C. Vidalenc"  # une initiale


def _lire(texte: str) -> ResultatExtrait:
    return lire_extrait(texte)


def test_sigle_et_nom_developpe() -> None:
    resultat = _lire(
        "Compte rendu du comité syndical du SIRP du 15 mars 2022\n"
        "L'an deux mille vingt-deux le quinze mars, le comité du Syndicat Intercommunal de "
        "Regroupement Pédagogique de Vaubrun, Saint-Ouen et Les Essarts, légalement convoqué, "
        "s'est réuni.\nPrésents : M. Paul ROY, Mme Anne PETIT\n"
    )
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom == (
        "Syndicat Intercommunal de Regroupement Pédagogique de Vaubrun, Saint-Ouen et Les Essarts"
    )


def test_nom_de_syndicat_sans_fin_sure_laisse_vide() -> None:
    resultat = _lire(
        "Séance du 15 mars 2022\nle Comité du Syndicat des eaux de Vaubrun, Saint-Ouen, "
        "légalement convoqué, s'est réuni.\nPrésents : M. Paul ROY, Mme Anne PETIT\n"
    )
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom == "(collectivité non indiquée)"
    assert "extrait.collectivite-absente" in {c.code for c in resultat.rapport.constats}


def test_rapport_qui_reproduit_une_seance_precedente() -> None:
    resultat = _lire(
        "Comité syndical du 17 octobre 2023\n"
        "Objet : compte-rendu de la séance du 20 juin 2023\n"
        "L'an deux mille vingt-trois, le vingt juin à 10 heures, le Comité syndical s'est réuni.\n"
        "Présents : M. Paul ROY, Mme Anne PETIT\n"
        "1 - Budget primitif\nAdopté à l'unanimité.\n"
    )
    assert resultat.seance is not None
    assert resultat.seance.date == dt.date(2023, 6, 20)
    assert len(resultat.seance.deliberations) == 1  # l'objet du rapport n'est pas un point
    codes = {c.code: c.severite for c in resultat.rapport.constats}
    assert codes["extrait.date-divergente"] is Severite.AVERTISSEMENT


def test_syndicat_cite_par_un_conseil_municipal() -> None:
    resultat = _lire(
        "CONSEIL MUNICIPAL\nSéance du 12 mars 2021\nPrésents : M. Jean DUPONT, Mme Anne PETIT\n"
        "Ordre du jour : rapport du comité du Syndicat des eaux de la Brenne, présenté en séance\n"
        "1 - Budget\nAdopté à l'unanimité.\n"
    )
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom == "(collectivité non indiquée)"


def test_liste_par_lieu_avec_civilites_apres_la_premiere_commune() -> None:
    """« Délégués présents : VAUDREY : M. Paul ROUX, Mme Anne PETIT LE PIN : M. Luc BLANC LES
    ROUSSES : Mme Iris VIDAL » (aplati ; la première commune lue avec l'intitulé) : quatre
    délégués, deux limites NOM | commune dites (« Anne PETIT LE PIN » était lu comme un nom,
    avec un simple constat d'information)."""
    lue = liste_par_lieu(
        "M. Paul ROUX, Mme Anne PETIT LE PIN : M. Luc BLANC LES ROUSSES : Mme Iris VIDAL", frozenset()
    )
    assert lue is not None
    assert lue.personnes == ["M. Paul ROUX, Mme Anne PETIT", "M. Luc BLANC", "Mme Iris VIDAL"]
    assert lue.lieux == ["LE PIN", "LES ROUSSES"]
    assert len(lue.douteuses) == 2
    # sans civilité ni liste déjà commencée, une ligne « Prénom NOM LIEU : … » n'est pas lue ainsi
    assert liste_par_lieu("Paul ROUX LE PIN : Luc BLANC : Iris VIDAL", frozenset()) is None
