"""Familles de mises en page trouvées par la huitième mesure hors échantillon (documents 240
à 249, petites communes, documents de 2003 à 2013) : chaque règle sur un petit texte,
indépendamment du corpus."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.preparation import preparer
from deliberations.extrait.reconnaisseurs import (
    decision_adoptee,
    numero_deliberation,
    numero_romain,
    resultat,
)
from deliberations.model import ResultatVote
from tests.extrait.comparaison import seance_lue as _seance

_ENTETE = (
    "COMMUNE DE SAINT-PAUL-DES-BOIS\n"
    "Séance du 14 septembre 2012\n"
    "Présents : M. Jean MARTEL, Mme Agnès BONNET, M. Guy ESCOFFIER\n"
)


def _lignes(texte: str) -> list[str]:
    return [ligne.texte for ligne in preparer(texte).lignes if ligne.texte.strip()]


def test_cellules_d_en_tete_separees_par_des_tabulations() -> None:
    texte = (
        "MAIRIE DE SAINT-PAUL-DES-BOIS\n"
        "Date de la séance\t14/09/2012\tDate de convocation\t07/09/2012\n"
        "Président\tM. Jean MARTEL, Maire\tSecrétaire\tMme Agnès BONNET\n"
        "En exercice\t11\tPrésents\t3\tVotants\t3\n"
        "Présents : M. Jean MARTEL, Mme Agnès BONNET, M. Guy ESCOFFIER\n"
    )
    assert _lignes(texte)[1:4] == [
        "Date de la séance : 14/09/2012",
        "Date de convocation : 07/09/2012",
        "Président : M. Jean MARTEL, Maire",
    ]
    seance = _seance(texte)
    assert seance.date == dt.date(2012, 9, 14)
    assert seance.date_convocation == dt.date(2012, 9, 7)
    assert seance.president is not None and seance.president.nom == "MARTEL"
    assert [e.nom for e in seance.secretaires] == ["BONNET"]
    assert seance.decomptes is not None
    assert (seance.decomptes.en_exercice, seance.decomptes.votants) == (11, 3)


def test_tabulations_hors_en_tete_laissees() -> None:
    # un tableau de présence (« Nom | Présence ») ou des signatures ne sont pas des intitulés
    for ligne in ("Nom\tPrésence\tPouvoir", "Le secrétaire,\tLe Maire,", "Votants\t : 11"):
        assert _lignes(ligne) == [ligne]


def test_intitule_de_personne_puis_valeur_sur_la_ligne_suivante() -> None:
    texte = (
        _ENTETE
        + "Président de séance\nM. Jean MARTEL, Maire\nSecrétaire de séance\n\nMme Agnès BONNET\n"
    )
    assert "Président de séance : M. Jean MARTEL, Maire" in _lignes(texte)
    seance = _seance(texte)
    assert seance.president is not None and seance.president.nom == "MARTEL"
    assert [e.nom for e in seance.secretaires] == ["BONNET"]


def test_valeurs_de_decomptes_sans_deux_points_sous_leurs_intitules() -> None:
    texte = "Nombre de\nconseillers\nEn exercice\nPrésents\nVotants\n11\n3\n3\n" + _ENTETE
    seance = _seance(texte)
    assert seance.decomptes is not None
    d = seance.decomptes
    assert (d.en_exercice, d.presents, d.votants) == (11, 3, 3)


def test_pied_de_page_nu_dans_un_texte_aplati() -> None:
    pied = "Compte rendu du Conseil Municipal du 14 mars 2003"
    texte = (
        "COMMUNE DE LA CHAPELLE Séance du 14 mars 2003 sous la présidence de M. Henri LOISEAU, "
        "Maire. Etaient présents : MM. LOISEAU, BERTIN, Mmes BODIN. Absents excusés : M. ROBIN "
        f"qui a donné pouvoir à M. BERTIN, Mme 1/2 {pied} LEBLANC qui a donné pouvoir à Mme "
        "BODIN. " + "Le Conseil Municipal, après en avoir délibéré, adopte le budget. " * 12
        + f"2/2 {pied}"
    )
    prep = preparer(texte)
    assert all(pied not in ligne.texte for ligne in prep.lignes)
    assert sum(raison == "pied de page" for _, _, raison in prep.retirees) == 2
    seance = _seance(texte)
    assert sorted((p.mandant.nom, p.mandataire.nom) for p in seance.procurations if p.mandataire) == [
        ("LEBLANC", "BODIN"),
        ("ROBIN", "BERTIN"),
    ]


def test_une_seule_fraction_n_est_pas_un_pied_de_page() -> None:
    texte = "Tarifs 2008/2009 : 1/2 tarif pour les enfants. " * 30
    assert " ".join(ligne.texte for ligne in preparer(texte).lignes).count("1/2") == 30


def test_liste_documents_pareils_en_queue_retiree() -> None:
    texte = (
        _ENTETE.replace("\n", " ")
        + "Le compte rendu est lu et adopté. " * 10
        + "Documents pareils COMMUNE DE SAINT-ROMAIN PROCES VERBAL DU 5 OCTOBRE 2010 Absente "
        "excusée : Odile MARCHAL, SEANCE DU 3 MARS 2011"
    )
    seance = _seance(texte)
    assert seance.date == dt.date(2012, 9, 14)
    assert all(p.elu.nom != "MARCHAL" for p in seance.presences)
    assert any(r == "liste de documents ajoutée par le site" for _, _, r in preparer(texte).retirees)


def test_tampon_d_accuse_de_reception_ligne_a_ligne() -> None:
    texte = _ENTETE + (
        "Pouvoirs : M. Paul ROUX a donné pouvoir à M. Jean MARTEL ;\n"
        "Accusé de réception en préfecture\n"
        "004-210401234-20120914-2012_31-DE\n"
        "Date de télétransmission : 21/09/2012\n"
        "Date de réception préfecture : 21/09/2012\n"
        "Mme Rose MICHEL a donné pouvoir à Mme Agnès BONNET.\n"
    )
    prep = preparer(texte)
    assert prep.identifiant_actes == "004-210401234-20120914-2012_31-DE"
    assert prep.date_reception == dt.date(2012, 9, 21)
    assert len(_seance(texte).procurations) == 2


def test_points_en_chiffres_romains_suivis_d_un_tiret_et_d_un_titre_en_minuscules() -> None:
    assert numero_romain("II – Budget primitif 2006") == ("II", 2, "Budget primitif 2006")
    texte = _ENTETE + (
        "I – Vote du compte administratif 2005\nLe compte administratif est adopté par 2 voix "
        "pour et 1 abstention.\nII – Budget primitif 2006\nVote : 3 pour.\n"
        "III – Questions diverses\nLa fête aura lieu le 20 août.\n"
    )
    seance = _seance(texte)
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("I", "Vote du compte administratif 2005"),
        ("II", "Budget primitif 2006"),
    ]


def test_points_numerotes_par_barre_oblique_et_par_lettre_minuscule() -> None:
    assert numero_deliberation("1/ Tarif de l'eau 2011") == ("1", 1, "Tarif de l'eau 2011", True)
    assert numero_deliberation("b) Travaux de voirie") == ("b", 2, "Travaux de voirie", True)
    assert numero_deliberation("a) de fixer le tarif à 3 €.") is None  # un alinéa
    assert numero_deliberation("5/ Questions et informations diverses") is None


def test_rubrique_numerotee_au_dessus_de_sous_points() -> None:
    texte = _ENTETE + (
        "1. FINANCES\n1.1 Décision modificative n° 3\nVoté à l'unanimité.\n"
        "1.2 Tarifs de la salle\nVoté par 2 voix pour et 1 contre.\n"
        "2. PERSONNEL\n2.1 Régime indemnitaire\nVoté à l'unanimité.\n"
    )
    seance = _seance(texte)
    assert [d.numero for d in seance.deliberations] == ["1.1", "1.2", "2.1"]
    scrutin = seance.deliberations[1].scrutins[0]
    assert (scrutin.pour, scrutin.contre, scrutin.resultat) == (2, 1, ResultatVote.ADOPTE)


def test_vote_par_voix_dit_l_adoption_et_vote_entre_delibere_et_verbe() -> None:
    res = resultat("Voté par 8 voix pour et 2 contre.")
    assert res is not None and res.resultat is ResultatVote.ADOPTE
    assert resultat("Le conseil a voté par procuration.") is None
    assert decision_adoptee(
        "Le Conseil Municipal, après en avoir délibéré, par 9 voix pour et 1 abstention, "
        "approuve le projet"
    )
    assert not decision_adoptee(
        "Après en avoir délibéré, le Conseil Municipal, par 7 voix pour, décide d'accorder"
    )


def test_numero_annee_rang_suivi_d_un_tiret_dans_un_texte_aplati() -> None:
    texte = (
        "COMMUNE DE SAINT-GEORGES Séance du 9 avril 2013 sous la présidence de Mme Nathalie "
        "RIVIERE, Maire. Etaient présents : Mme Nathalie RIVIERE, M. Paul MORIN. Secrétaire : "
        "M. Paul MORIN. 2013-15 – Compte administratif 2012 Le compte administratif est adopté "
        "par 1 voix pour. 2013-16 – Budget primitif 2013 Le budget primitif est adopté par 2 "
        "voix pour. " + "Questions diverses : néant. " * 8
    )
    assert [d.numero for d in _seance(texte).deliberations] == ["2013-15", "2013-16"]


def test_commune_en_capitales_apres_un_fil_d_ariane_aplati() -> None:
    texte = (
        "Accueil › Vie municipale › Compte rendu du 9 avril 2013 Publié le 16 avril 2013 "
        "COMMUNE DE SAINT-GEORGES-DES-LANDES Compte rendu de la séance du conseil municipal du "
        "mardi 9 avril 2013 Etaient présents : Mme Nathalie RIVIERE, M. Paul MORIN. "
        + "Le conseil prend acte. " * 30
    )
    assert _seance(texte).assemblee.collectivite.nom == "SAINT-GEORGES-DES-LANDES"


@given(st.text(alphabet=st.sampled_from("Présents\t11 :/2Votants\nDate de séance14"), max_size=120))
def test_cellules_et_pieds_sur_texte_quelconque(texte: str) -> None:
    # un texte quelconque fait de morceaux d'en-tête : une préparation, jamais une exception,
    # et aucune lettre ajoutée (« intitulé : valeur » n'ajoute que des deux-points)
    source = Counter(c for c in texte.lower() if c.isalpha())
    sortie = Counter(c for ligne in preparer(texte).lignes for c in ligne.texte.lower() if c.isalpha())
    assert sortie <= source


def test_maire_s_etant_retire_rend_le_vote_du_point_non_verifiable() -> None:
    texte = _ENTETE + (
        "N° 2004/08 – COMPTE ADMINISTRATIF 2003\nSous la présidence de M. Guy ESCOFFIER, "
        "Monsieur le Maire s'étant retiré, le Conseil approuve le compte administratif.\n"
        "Votants : 2 Pour : 2 Contre : 0 Abstention : 0\n"
    )
    resultat_lu = lire_extrait(texte)
    assert "scrutins" in resultat_lu.non_etablis
    assert any(c.code == "extrait.retrait-non-lu" for c in resultat_lu.rapport.constats)


def test_lettre_minuscule_du_dispositif_n_ouvre_pas_de_point() -> None:
    texte = _ENTETE + (
        "1) Travaux de voirie\nLe Conseil Municipal, après en avoir délibéré, décide :\n"
        "a) Approuve le programme de travaux\nb) Autorise le Maire à signer les marchés\n"
        "Adopté à l'unanimité.\n2) Tarifs de la cantine\nVote : 3 pour.\n"
    )
    assert [d.numero for d in _seance(texte).deliberations] == ["1", "2"]


def test_intitule_de_personne_suivi_d_une_phrase_laisse_tel_quel() -> None:
    texte = _ENTETE + "Secrétaire de séance\nMme Agnès BONNET a été désignée à l'unanimité\n"
    assert "Secrétaire de séance" in _lignes(texte)
