"""Quinzième session : deux valeurs qui pouvaient être fausses sans constat, relevées à la
relecture de la quatorzième session. Chaque test échoue sans sa correction ; les textes sont
courts et inventés, sous leur forme à lignes et aplatie ; une propriété hypothesis borne chaque
lecture sur des entrées tirées au hasard."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import ResultatExtrait, lire_extrait

EN_TETE = "COMMUNE DE VAUDREY\nSéance du conseil municipal du 12 mars 2021\nMembres en exercice : 11\n"
FIN = "Secrétaire de séance : Anne PETIT\nDélibération n° 2021-08 : Vente d'un terrain\nAdopté à l'unanimité."


def _lire(texte: str, aplati: bool) -> ResultatExtrait:
    return lire_extrait(" ".join(texte.split("\n")) if aplati else texte)


def _codes(resultat: ResultatExtrait) -> list[str]:
    return [c.code for c in resultat.rapport.constats]


# --- une liste sans virgule ni civilité : un NOM de plusieurs mots en capitales est une lecture


@pytest.mark.parametrize("aplati", [False, True])
def test_nom_de_plusieurs_mots_dans_une_liste_sans_separateur_est_dit(aplati: bool) -> None:
    # « VAUDREY » (la commune ? un second nom ?) ne se distingue pas d'un nom composé
    resultat = _lire(EN_TETE + "Présents : Paul ROUX VAUDREY Anne PETIT Luc BLANC\n" + FIN, aplati)
    assert resultat.seance is not None
    noms = [str(e) for e in resultat.seance.presents()]
    assert "Paul ROUX VAUDREY" in noms
    assert "extrait.nom-sans-separateur" in _codes(resultat)


@pytest.mark.parametrize("aplati", [False, True])
@pytest.mark.parametrize("liste", ["Paul ROUX Anne LE GALL Luc BLANC", "ROUX Paul LE GALL Anne BLANC Luc"])
def test_particule_n_est_pas_un_second_nom(liste: str, aplati: bool) -> None:
    resultat = _lire(EN_TETE + f"Présents : {liste}\n" + FIN, aplati)
    assert resultat.seance is not None and len(resultat.seance.presents()) == 3
    assert "extrait.nom-sans-separateur" not in _codes(resultat)


# --- « , soit N conseillers » recoupé avec le nombre de présents annoncé


@pytest.mark.parametrize("aplati", [False, True])
def test_soit_n_qui_contredit_le_decompte_est_dit(aplati: bool) -> None:
    texte = EN_TETE + "Présents : 4\nPrésents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, soit 3 conseillers\n"
    resultat = _lire(texte + FIN, aplati)
    assert resultat.seance is not None and resultat.seance.decomptes is not None
    assert resultat.seance.decomptes.presents == 4  # le nombre annoncé est gardé…
    assert any("et « soit 3 »" in str(c.message) for c in resultat.rapport.constats)  # … et l'écart dit


@pytest.mark.parametrize("aplati", [False, True])
def test_soit_n_sans_decompte_donne_les_presents(aplati: bool) -> None:
    texte = EN_TETE + "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC, soit 3 conseillers\n"
    resultat = _lire(texte + FIN, aplati)
    assert resultat.seance is not None and resultat.seance.decomptes is not None
    assert resultat.seance.decomptes.presents == 3
    assert not any("« soit 3 »" in str(c.message) for c in resultat.rapport.constats)


_PRENOM = st.sampled_from(["Paul", "Anne", "Luc", "Iris", "Jean-Louis", "Éloïse"])
_MOT = st.from_regex(r"[A-Z]{3,9}", fullmatch=True)


@given(st.lists(st.tuples(_PRENOM, st.lists(_MOT, min_size=1, max_size=3)), min_size=2, max_size=8))
def test_tout_nom_de_plusieurs_mots_est_dit(personnes: list[tuple[str, list[str]]]) -> None:
    """Propriété : dans une liste sans séparateur, chaque présent lu dont le NOM a plusieurs
    mots en capitales est nommé dans un constat ; un nom d'un mot ne l'est jamais."""
    liste = " ".join(f"{p} {' '.join(mots)}" for p, mots in personnes)
    resultat = lire_extrait(EN_TETE + f"Présents : {liste}\n" + FIN)
    dits = " ".join(str(c.message) for c in resultat.rapport.constats if c.code == "extrait.nom-sans-separateur")
    for elu in resultat.seance.presents() if resultat.seance else ():
        plusieurs = len(str(elu.nom).split()) > 1
        assert (f"« {elu} »" in dits) == plusieurs, (str(elu), dits)


@given(st.integers(1, 60), st.integers(1, 60))
def test_soit_n_jamais_perdu_ni_impose(annonce: int, soit: int) -> None:
    """Propriété : le nombre annoncé reste celui de la séance ; « soit N » qui le contredit est
    toujours dit, et jamais quand il est le même."""
    texte = EN_TETE + f"Présents : {annonce}\nPrésents : M. Paul ROUX, Mme Anne PETIT, soit {soit} conseillers\n"
    resultat = lire_extrait(texte + FIN)
    assert resultat.seance is not None and resultat.seance.decomptes is not None
    assert resultat.seance.decomptes.presents == annonce
    assert any(f"et « soit {soit} »" in str(c.message) for c in resultat.rapport.constats) == (annonce != soit)


@pytest.mark.parametrize("suite", ["Absents : M. Marc ROUX", "Excusés : M. Marc ROUX", "Absents excusés : M. Marc ROUX"])
def test_soit_n_conseillers_avant_un_intitule_aplati(suite: str) -> None:
    # « …, soit 5 conseillers Absents : » : « conseillers » ferme le nombre, il n'ouvre pas
    # l'intitulé « Conseillers absents : »
    texte = (
        "COMMUNE DE SAULON Séance du 12 mars 2019 Nombre de conseillers en exercice : 7 Présents : "
        "M. Jean FAVRE, Mme Odile CARRÉ, M. Rémi PONS, Mme Léa DURAND, M. Yves MOREL, soit 5 "
        f"conseillers {suite} Secrétaire de séance : Mme Odile CARRÉ Délibération n° 2019-08 : Vente "
        "d'un terrain Adopté à l'unanimité."
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert [e.nom for e in resultat.seance.presents()] == ["FAVRE", "CARRÉ", "PONS", "DURAND", "MOREL"]
    assert resultat.seance.decomptes is not None and resultat.seance.decomptes.presents == 5
    assert "extrait.nom-illisible" not in _codes(resultat)


# --- têtes de documents (seizième vague de sondes, familles `tete16`)

SUITE = (
    "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC\nSecrétaire de séance : Mme Anne PETIT\n"
    "Délibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("aplati", [False, True])
@pytest.mark.parametrize(
    ("tete", "commune"),
    [
        # l'apostrophe perdue d'une copie : « D ORCHAMPS »
        ("REUNION DU CONSEIL MUNICIPAL D ORCHAMPS JEUDI 26 SEPTEMBRE 2024", "ORCHAMPS"),
        ("CONSEIL MUNICIPAL D ESCLANS DU 26 SEPTEMBRE 2024", "ESCLANS"),
        # la date du titre, précédée du jour, finit le nom
        ("REUNION DU CONSEIL MUNICIPAL DE VAUDREY JEUDI 26 SEPTEMBRE 2024", "VAUDREY"),
        ("Réunion du conseil municipal de Saint-Lupicin mardi 26 septembre 2024", "Saint-Lupicin"),
        # « DECISIONS DU CONSEIL » n'est pas du nom de la commune
        ("MAIRIE DE VAUDREY\nDECISIONS DU CONSEIL MUNICIPAL DU 26 SEPTEMBRE 2024 A 20 H 30", "VAUDREY"),
    ],
)
def test_tete_de_document(tete: str, commune: str, aplati: bool) -> None:
    resultat = _lire(tete + "\n" + SUITE, aplati)
    seance = resultat.seance
    assert seance is not None, _codes(resultat)
    assert seance.date.isoformat() == "2024-09-26"
    assert seance.assemblee.collectivite is not None
    assert seance.assemblee.collectivite.nom == commune


@pytest.mark.parametrize("tete", ["CONSEIL MUNICIPAL D UNE SEANCE", "CONSEIL MUNICIPAL D 2024"])
def test_d_sans_apostrophe_devant_une_consonne_ou_un_nombre_n_est_pas_un_nom(tete: str) -> None:
    # (seule une capitale voyelle suit l'élision perdue ; « D UNE » en minuscules ne compte pas)
    from deliberations.extrait.reconnaisseurs import _COMMENCE_PAR_DE

    assert _COMMENCE_PAR_DE.match(tete.split("MUNICIPAL ")[1].lower()) is None


@pytest.mark.parametrize("aplati", [False, True])
@pytest.mark.parametrize("auxiliaire", ["Secrétaire auxiliaire :\nMadame Sylvie DEGRAVE", "Secrétaires auxiliaires : Mme Sylvie DEGRAVE"])
def test_secretaire_auxiliaire_n_est_ni_membre_ni_secretaire(auxiliaire: str, aplati: bool) -> None:
    # (article L. 2121-15 du CGCT : les auxiliaires sont pris hors des membres du conseil)
    texte = (
        "COMMUNE DE VAUDREY\nSéance du 26 septembre 2024\nPrésents : Paul ROUX, Anne PETIT, Luc BLANC\n"
        "Absent excusé : M. Marc FAURE\nLe conseil décide à l'unanimité que Madame Anne PETIT sera secrétaire de séance.\n"
        f"{auxiliaire}\nDélibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    seance = _lire(texte, aplati).seance
    assert seance is not None
    assert [e.nom for e in seance.secretaires] == ["PETIT"]
    assert all(p.elu.nom != "DEGRAVE" for p in seance.presences)


# --- documents 653 et 654 (mises en page publiées)

PV_COMMUNAUTAIRE = (
    "1 PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE LUNDI 3 MAI 2021 – SALLE DES FÊTES DE BRIOU PRESIDENT : "
    "Yves MARTY ETAIENT PRESENTS : Yves MARTY, Léa COSTE, Marc FABRE, Julie SERRE, Paul ROCHE "
    "SECRETAIRE DE SEANCE : Léa COSTE Objet : TARIFS DE LA PISCINE Rapporteur : Yves MARTY, Président "
    "Le Président expose que les tarifs de la piscine intercommunale n'ont pas changé depuis le 1er "
    "janvier 2018. Le Conseil communautaire approuve les nouveaux tarifs. Vote : Unanimité Objet : "
    "BUDGET ANNEXE DES DECHETS Rapporteur : Léa COSTE, Vice-présidente Madame la Vice-présidente présente "
    "le budget annexe des déchets de la Communauté de Communes du Val de Briou pour 2021. Le Conseil "
    "communautaire adopte le budget annexe. Vote : Pour : 4 Contre : 1 Abstention : 0 "
    "2 PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE LUNDI 3 MAI 2021 – SALLE DES FÊTES DE BRIOU Objet : "
    "ADHESION AU SYNDICAT DE RIVIERE Rapporteur : Marc FABRE, Vice-président Monsieur Marc FABRE "
    "présente les statuts du syndicat. Le Conseil communautaire approuve l'adhésion. Vote : Unanimité "
    "La séance est levée à 20 h 15."
)


def test_titre_de_page_numerote_repete_et_rapporteur_avec_fonction() -> None:
    resultat = lire_extrait(PV_COMMUNAUTAIRE)
    seance = resultat.seance
    assert seance is not None
    assert [d.objet for d in seance.deliberations] == [
        "TARIFS DE LA PISCINE", "BUDGET ANNEXE DES DECHETS", "ADHESION AU SYNDICAT DE RIVIERE",
    ]
    budget = seance.deliberations[1].scrutin
    assert budget is not None and (budget.pour, budget.contre, budget.abstentions) == (4, 1, 0)
    # la collectivité, nommée seulement par son budget, est retenue et dite
    assert seance.assemblee.collectivite is not None
    assert seance.assemblee.collectivite.nom == "Communauté de Communes du Val de Briou"
    assert "extrait.collectivite-hors-en-tete" in _codes(resultat)


def test_budget_d_une_autre_communaute_deux_noms_rien_n_est_retenu() -> None:
    # deux intercommunalités nommées : aucune n'est sûre
    texte = PV_COMMUNAUTAIRE.replace(
        "Monsieur Marc FABRE présente", "Le budget de la Communauté de Communes de Lanta est cité. Monsieur Marc FABRE présente"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None and resultat.seance.assemblee.collectivite is not None
    assert "Lanta" not in resultat.seance.assemblee.collectivite.nom
    assert "extrait.collectivite-absente" in _codes(resultat)


@pytest.mark.parametrize("aplati", [False, True])
@pytest.mark.parametrize("particule", ["VAN DER", "VON DEN", "DE LA", "DOS"])
def test_nom_coupe_apres_une_particule_de_deux_mots(particule: str, aplati: bool) -> None:
    texte = (
        "COMMUNE DE VAUDREY\nSéance du 26 septembre 2024\nEtaient présents : Paul ROUX, Anne PETIT, "
        f"Luc {particule}\nMOTTE, Iris VIDAL\nSecrétaire de séance : Anne PETIT\n"
        "Délibération n° 2024-31 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    seance = lire_extrait(texte).seance if not aplati else None
    if aplati:  # (aplati, la coupure de ligne n'existe plus : le nom se lit d'un tenant)
        seance = _lire(texte, True).seance
    assert seance is not None
    assert [str(e) for e in seance.presents()] == ["Paul ROUX", "Anne PETIT", f"Luc {particule} MOTTE", "Iris VIDAL"]


_CORPS = st.lists(st.sampled_from(["Objet", ":", "budget", "Vote", "Pour", "12", "Le", "conseil", "approuve", "–", "A"]),
                  min_size=5, max_size=60)


@given(st.lists(_CORPS, min_size=2, max_size=5), st.booleans(), st.sampled_from([
    "PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE MARDI 9 MARS 2021 – SALLE DES FÊTES",
    "COMPTE RENDU DU CONSEIL MUNICIPAL DU 12 AVRIL 2022",
]))
def test_titre_numerote_repete_retire_sans_perte(pages: list[list[str]], distincts: bool, titre: str) -> None:
    """Propriété : le titre de la première page repris « k TITRE » en tête de chaque page est
    retiré, chaque retrait rapporté avec son texte : le texte gardé et les retraits rapportés
    redonnent tout le texte ; quand chaque page commence autrement, seul le titre est retiré."""
    from collections import Counter

    from deliberations.extrait.preparation import Preparation, _sans_titre_numerote_repete

    corps = [(f"Page{k}x " if distincts else "") + " ".join(mots) for k, mots in enumerate(pages, start=1)]
    ligne = " ".join(f"{k} {titre} {texte}" for k, texte in enumerate(corps, start=1))
    prep = Preparation([])
    reste = _sans_titre_numerote_repete(prep, 1, ligne)
    retires = [str(k) for k in range(2, len(prep.retirees) + 2)] + [m for _n, t, _q in prep.retirees for m in t.split()]
    assert Counter(reste.split()) + Counter(retires) == Counter(ligne.split())
    if distincts:
        assert reste.split() == f"1 {titre} {' '.join(corps)}".split()
        assert len(prep.retirees) == len(corps) - 1
