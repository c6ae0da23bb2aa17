"""Un document privé d'une ligne (copie qui la perd, ligne non comprise) ne dit pas plus :
les valeurs que le banc ``benchmarks/extrait_suppression.py`` a trouvées fausses sans constat."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.collectivite import en_tete, nom_plausible
from deliberations.model import Organe

_PRESENTS = "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul BERNARD.\n"


@pytest.mark.parametrize(
    "ligne",
    [
        "Le compte rendu de la séance du 3 mars 2016, transmis à chaque conseiller, est soumis à",
        "Le compte rendu de la séance du 2 juillet 2014 a été adressé à chaque délégué avec la",
        "Le procès-verbal du conseil municipal du 7 avril 2016",
        "Date du prochain conseil syndical : 3 juin 2019",
        "Examen du procès-verbal de la séance du jeudi 4 avril 2013 Le procès-verbal est lu.",
        "Lecture du compte rendu de la séance du 4 avril 2013",
        "3 juin 2019 est adopté sans observation.",  # « … de la réunion du » / coupé là
    ],
)
def test_autre_seance_n_est_pas_la_seance(ligne: str) -> None:
    assert r.date_seance_fiable(ligne) is None


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        ("Compte rendu de la séance du 7 avril 2016", dt.date(2016, 4, 7)),
        (
            "La réunion a débuté le 30 novembre 2020 à 20h00 sous la présidence du Maire.",
            dt.date(2020, 11, 30),
        ),
        ("La séance a commencé le 2 mars 2021 à 18 h.", dt.date(2021, 3, 2)),
    ],
)
def test_date_de_seance(ligne: str, attendu: dt.date) -> None:
    trouve = r.date_seance_fiable(ligne)
    assert trouve is not None and trouve[0] == attendu


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        ("Le Comité, régulièrement convoqué, s'est réuni le 27 septembre 2005 à 20 h 30", None),
        (
            "Le conseil municipal, dûment convoqué, s'est réuni en séance ordinaire le 4 mai 2012",
            None,
        ),
        (
            "Le Conseil, convoqué le 20 septembre 2005, s'est réuni le 27 septembre 2005",
            dt.date(2005, 9, 20),
        ),
        (
            "convoqué en séance ordinaire, s'est réuni salle du Conseil. Date convocation : 3 mai 2012",
            dt.date(2012, 5, 3),
        ),
    ],
)
def test_la_date_de_la_reunion_n_est_pas_la_convocation(
    ligne: str, attendu: dt.date | None
) -> None:
    assert r.convocation(ligne) == attendu


def test_date_seule_apres_l_intitule_d_une_autre_date() -> None:
    texte = (
        "Date de l'affichage\n4 décembre 2020\nCommune de Brion-sur-Ource\n"
        "Conseil municipal\n" + _PRESENTS + "Objet : Budget\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is None  # la seule date est celle de l'affichage
    assert "extrait.date-ecartee" in {c.code for c in resultat.rapport}


@pytest.mark.parametrize("nom", ["de", "la", "de la", "du", "d'"])
def test_un_article_n_est_pas_un_nom(nom: str) -> None:
    assert not nom_plausible(nom)


def test_ligne_coupee_apres_l_article() -> None:
    texte = (
        "L'an deux mille quatorze, le neuf octobre, le Conseil Municipal de la Commune de\n"
        + _PRESENTS
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.assemblee.collectivite.nom != "de"


def test_organe_nomme_avec_l_epci_n_est_pas_son_nom() -> None:
    assert en_tete("DU CONSEIL MÉTROPOLITAIN DE VAL-DE-LOIRE MÉTROPOLE") is None
    assert en_tete("Garrigues Métropole") == ("Garrigues Métropole", "epci")


@pytest.mark.parametrize(
    "ligne",
    [
        "Décisions prises par délégation du conseil communautaire (délibération n° 2017-042)",
        "Vu la délibération du Conseil Général du 31 mars 2011 portant délégation",
    ],
)
def test_assemblee_qui_delegue_n_est_pas_l_organe(ligne: str) -> None:
    assert r.organe(ligne) is None


def test_commission_permanente_du_texte_l_emporte_sur_l_en_tete() -> None:
    texte = (
        "DEPARTEMENT DE LA BAÏSE\nCONSEIL GENERAL\nRéunion du lundi 21 novembre 2011\n"
        "OBJET : FONDS D'AIDE AUX COMMUNES\n"
        "La Commission Permanente du Conseil Général, régulièrement convoquée le 10 novembre "
        "2011, s'est réunie à l'Hôtel du Département sous la présidence de M. Paul MARTIN.\n"
        "ADOPTÉ.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert resultat.seance.assemblee.organe is Organe.COMMISSION_PERMANENTE
    assert "extrait.organe-du-dispositif" in {c.code for c in resultat.rapport}


@pytest.mark.parametrize("unanimite_d_abord", [True, False])
def test_unanimite_et_voix_contre_sur_deux_lignes(unanimite_d_abord: bool) -> None:
    """Le titre du second point perdu : son vote se confond avec celui du premier ; c'est dit,
    et les scrutins ne sont pas jugés par ``valider``."""
    unanime, compte = "Adopté à l'unanimité.", "Pour : 10 - Contre : 2 - Abstention : 1"
    premier, second = (unanime, compte) if unanimite_d_abord else (compte, unanime)
    texte = (
        "Commune de Brion-sur-Ource\nSéance du conseil municipal du 3 mars 2022\n"
        + _PRESENTS
        + f"1. Budget\n{premier}\nLe maire est autorisé à signer.\n{second}\n"
    )
    resultat = lire_extrait(texte)
    assert "extrait.vote-repete" in {c.code for c in resultat.rapport}
    assert "scrutins" in resultat.non_etablis


def test_unanimite_et_voix_contre_sur_une_ligne_restent_au_jugement() -> None:
    """Sur une même ligne, c'est le document qui se contredit : ``valider`` en juge."""
    texte = (
        "Commune de Brion-sur-Ource\nSéance du conseil municipal du 3 mars 2022\n"
        + _PRESENTS
        + "1. Budget\nAdopté à l'unanimité (Pour : 2 - Contre : 1)\n"
    )
    assert "extrait.vote-repete" not in {c.code for c in lire_extrait(texte).rapport}


def test_nom_borne_par_la_seance() -> None:
    texte = "Le compte-rendu du Conseil Municipal de Friesenbach dans sa séance du 27 août 2013."
    assert r.organe(texte) == (Organe.CONSEIL_MUNICIPAL, "Friesenbach")


# ------------------------------------------------------------ une ligne de plus (bruit)


@pytest.mark.parametrize(
    "bruit",
    [
        "Transmis en préfecture le 4 mars 2027",
        "Document mis à jour le 21/06/2027",
        "Élections municipales du 15 mars 2020",
        "Le Maire certifie que le présent compte rendu a été affiché le 9 mai 2027.",
        "Le compte rendu de la séance précédente, du 2 avril 2027, est approuvé.",
    ],
)
def test_date_collee_a_la_phrase_de_convocation(bruit: str) -> None:
    """Une ligne recollée à « … sur la convocation » n'en donne pas la date."""
    assert r.convocation(f"réuni en séance publique, sur la convocation {bruit}") is None


@pytest.mark.parametrize(
    "phrase",
    ["Convocation transmise le 3 mars 2021", "Convocation faite et affichée le 3 mars 2021"],
)
def test_convocation_transmise_ou_affichee(phrase: str) -> None:
    assert r.convocation(phrase) == dt.date(2021, 3, 3)


def test_intitule_de_convocation_dont_la_valeur_n_est_pas_une_date() -> None:
    texte = (
        "Date d'envoi de la convocation aux conseillers : voir registre\n"
        "COMMUNE DE BRION-SUR-OURCE\nCONSEIL MUNICIPAL\nDu 14 mars 2019\n" + _PRESENTS
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.date == dt.date(2019, 3, 14)
    assert seance.date_convocation is None


def test_deux_en_tetes_de_communes() -> None:
    texte = (
        "Commune de Saint-Julien-du-Sault\nCOMMUNE DE SAINT-ARNOULT-SUR-LOIRE\n"
        "Séance du conseil municipal du 3 mars 2022\n" + _PRESENTS
    )
    constats = {c.code: c for c in lire_extrait(texte).rapport}
    assert constats["extrait.collectivite-divergente"].severite.value == "avertissement"


def test_deux_assemblees_plenieres_dans_l_en_tete() -> None:
    texte = (
        "Commune de Saint-Julien-du-Sault – Conseil municipal\nDÉPARTEMENT DU HAUT-VERDON\n"
        "CONSEIL DÉPARTEMENTAL\nRéunion du 18 décembre 2023\n" + _PRESENTS
    )
    resultat = lire_extrait(texte)
    codes = [c.code for c in resultat.rapport]
    assert codes.count("extrait.organe-divergent") == 1
    assert "organe" in resultat.non_etablis


def test_decomptes_sous_un_intitule_general() -> None:
    texte = (
        "COMMUNE DE BRION\nSéance du 3 mars 2022\nConseillers : en exercice 6, présents 4, "
        "votants 5\nPrésents : M. Jean DUPONT, Mme Anne MARTIN.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.decomptes is not None
    assert (seance.decomptes.en_exercice, seance.decomptes.presents) == (6, 4)


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        (
            "Pour : cinq ; Contre : zéro ; Abstention : zéro",
            [("pour", 5), ("contre", 0), ("abstentions", 0)],
        ),
        (
            "POUR : douze - CONTRE : deux - ABSTENTIONS : un",
            [("pour", 12), ("contre", 2), ("abstentions", 1)],
        ),
        ("Pour : un avis favorable", []),
    ],
)
def test_voix_en_lettres_apres_le_libelle(ligne: str, attendu: list[tuple[str, int]]) -> None:
    assert r.votes(ligne) == attendu


def test_votants_dont_pouvoirs_dans_l_en_tete() -> None:
    texte = (
        "COMMUNE DE BRION\nSéance du conseil municipal du 3 mars 2022\nEn exercice : 7\n"
        "Présents : 4\nVotants : 5 dont 1 pouvoir\n" + _PRESENTS
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None and resultat.seance.decomptes is not None
    assert (resultat.seance.decomptes.votants, resultat.seance.decomptes.procurations) == (5, 1)
    assert "extrait.vote-hors-deliberation" not in {c.code for c in resultat.rapport}


_VOTE = "1. Budget\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize(
    ("signatures", "secretaire"),
    [
        ("La secrétaire de séance, Mme Anne MARTIN\n", "MARTIN"),
        ("Le secrétaire de séance,\nAnne MARTIN\n", "MARTIN"),
        (
            "Le Maire,                La secrétaire de séance,\nJean DUPONT              Anne MARTIN\n",
            "MARTIN",
        ),
        ("La secrétaire de séance,      Le Maire,\nAnne MARTIN     Jean DUPONT\n", "MARTIN"),
        ("La secrétaire de séance,      Le Maire,\nJean DUPONT\n", None),  # colonne incertaine
    ],
)
def test_secretaire_du_bloc_des_signatures(signatures: str, secretaire: str | None) -> None:
    texte = "COMMUNE DE BRION\nSéance du conseil municipal du 3 mars 2022\n" + _PRESENTS + _VOTE
    resultat = lire_extrait(texte + signatures)
    assert resultat.seance is not None
    noms = [s.nom for s in resultat.seance.secretaires]
    assert noms == ([secretaire] if secretaire else [])
    assert ("extrait.secretaire-signature" in {c.code for c in resultat.rapport}) is bool(
        secretaire
    )


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        ("Mme Nadia BERGER → M. Luc BLANC", ("Mme Nadia BERGER", "M. Luc BLANC")),
        ("Mme Nadia BERGER -> M. Luc BLANC", ("Mme Nadia BERGER", "M. Luc BLANC")),
    ],
)
def test_procuration_flechee(ligne: str, attendu: tuple[str, str]) -> None:
    assert r.procuration_courte(ligne) == attendu


def test_pouvoir_ecrit_de_voter_en_son_nom() -> None:
    ligne = "Mme Nadia BERGER a donné pouvoir écrit de voter en son nom à M. Luc BLANC"
    assert r.procuration(ligne) == ("Mme Nadia BERGER", "M. Luc BLANC")


# ------------------------------------------------------------ propriétés des lectures ajoutées

_EN_LETTRES = {
    0: "zéro",
    1: "un",
    2: "deux",
    3: "trois",
    5: "cinq",
    7: "sept",
    11: "onze",
    12: "douze",
    16: "seize",
    17: "dix-sept",
    20: "vingt",
    21: "vingt et un",
    22: "vingt-deux",
    30: "trente",
    45: "quarante-cinq",
    60: "soixante",
}


@given(
    st.permutations(["pour", "contre", "abstentions"]),
    st.lists(st.sampled_from(sorted(_EN_LETTRES)), min_size=3, max_size=3),
    st.sampled_from([" ; ", " - ", ", ", " "]),
)
def test_voix_en_lettres_aller_retour(
    ordre: list[str], nombres: list[int], separateur: str
) -> None:
    """Voix écrites en lettres après leur libellé, dans tout ordre : relues telles quelles."""
    libelles = {"pour": "Pour", "contre": "Contre", "abstentions": "Abstentions"}
    ligne = separateur.join(
        f"{libelles[cle]} : {_EN_LETTRES[n]}" for cle, n in zip(ordre, nombres, strict=True)
    )
    assert dict(r.votes(ligne)) == dict(zip(ordre, nombres, strict=True))


@given(st.text(max_size=200), st.text(max_size=60))
def test_lectures_ajoutees_sur_texte_quelconque(texte: str, suite: str) -> None:
    """Texte quelconque : une valeur ou rien, jamais d'exception ; un secrétaire lu est un nom
    écrit dans le texte."""
    nom = r.secretaire_signataire(texte, suite)
    assert nom is None or nom in texte or nom in suite
    assert r.convocation(texte) is None or isinstance(r.convocation(texte), dt.date)
    assert isinstance(r.votes(texte), list)
