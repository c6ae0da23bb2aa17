"""Familles de mises en page trouvées par la vingt-deuxième mesure hors échantillon (documents
376 à 385 : procès-verbaux de communes aplatis ou copiés d'un PDF) : chaque règle sur un petit
texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait.preparation import preparer
from deliberations.extrait.reconnaisseurs import (
    couper_titre,
    mouvement,
    numero_entre_parentheses_en_fin,
    procuration,
)
from tests.extrait.comparaison import seance_lue as _seance

_ENTETE = (
    "Commune de Vauclerc\nCompte rendu de la séance du conseil municipal du 20 mai 2010\n"
    "sous la présidence de M. Jean DELORME, Maire.\n"
)


# --- « Objet : Titre » puis « Délibération n° X » à la ligne ----------------------------------


def test_numero_a_la_ligne_sous_l_objet_est_celui_du_point() -> None:
    seance = _seance(
        _ENTETE + "Présents : M. Jean DELORME, M. Marcel TISSOT\n"
        "Objet : Compte administratif 2012\nDélibération n° 2013-09\n"
        "Le compte administratif est présenté.\nAdopté à l'unanimité.\n"
        "Objet : Budget primitif 2013\nDélibération n° 2013-10\n"
        "Le budget est présenté.\nAdopté par 2 voix pour.\n"
    )
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("2013-09", "Compte administratif 2012"),
        ("2013-10", "Budget primitif 2013"),
    ]
    assert seance.deliberations[1].scrutins[0].pour == 2


def test_numero_apres_l_expose_ouvre_un_autre_point() -> None:
    """Le numéro ne se rattache à l'objet que si rien n'a été lu après lui."""
    seance = _seance(
        _ENTETE + "Présents : M. Jean DELORME, M. Marcel TISSOT\n"
        "Objet : Compte administratif 2012\nAdopté à l'unanimité.\n"
        "Délibération n° 2013-10 : Budget primitif 2013\nAdopté par 2 voix pour.\n"
    )
    assert [d.numero for d in seance.deliberations][1] == "2013-10"
    assert len(seance.deliberations) == 2


# --- « Titre (délibération n° X) » ------------------------------------------------------------


def test_numero_entre_parentheses_au_bout_du_titre() -> None:
    assert numero_entre_parentheses_en_fin(
        "Tarifs de la cantine scolaire 2010-2011 (délibération n° 2010-31)"
    ) == ("2010-31", "Tarifs de la cantine scolaire 2010-2011", "")
    assert numero_entre_parentheses_en_fin("Vu le code (article L. 2121-29)") is None


def test_points_dont_le_numero_ferme_le_titre() -> None:
    seance = _seance(
        _ENTETE + "Présents : M. Jean DELORME, M. Marcel TISSOT, M. Paul ROUX\n\n"
        "Tarifs de la cantine (délibération n° 2010-31)\nLe prix du repas est fixé.\n"
        "Vote : adopté à l'unanimité.\n\n"
        "Création d'un poste d'adjoint technique (délibération n° 2010-32)\n"
        "Le poste est créé.\nVote : 2 pour, 1 contre.\n"
    )
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("2010-31", "Tarifs de la cantine"),
        ("2010-32", "Création d'un poste d'adjoint technique"),
    ]
    assert (seance.deliberations[1].scrutins[0].pour, seance.deliberations[1].scrutins[0].contre) == (2, 1)


# --- arrivées et départs « avant / après le vote de … » ---------------------------------------


def test_depart_apres_le_vote_de_la_question() -> None:
    mvt = mouvement("M. Christian JACQUOT quitte la séance à 21h40 après le vote de la question 3.")
    assert mvt is not None and (mvt.qui, mvt.arrivee, mvt.depart) == ("M. Christian JACQUOT", None, 3)


def test_arrivee_avant_le_vote_d_une_deliberation_numerotee() -> None:
    mvt = mouvement("Mme PINAULT arrive à 20h50, avant le vote de la délibération 2016.85.")
    assert mvt is not None and mvt.arrivee_numero == "2016.85" and mvt.arrivee is None


def test_un_numero_a_separateur_n_est_pas_un_rang() -> None:
    mvt = mouvement("Mme PINAULT arrive au point 2016.85.")
    assert mvt is None or mvt.arrivee != 2016


def test_arrivee_en_liste_et_depart_dans_le_flux_aplati() -> None:
    texte = (
        "COMMUNE DE VAUCLERC COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU 9 MARS 2021 "
        "Le conseil municipal s'est réuni sous la présidence de M. Jean DELORME, Maire. "
        "Présents : Jean DELORME, Marcel TISSOT, Paul ROUX, Anne VIDAL (arrivée avant le vote de "
        "la délibération n°2021-02) Secrétaire de séance : Paul ROUX "
        "DELIBERATION N°2021-01 Objet : Tarifs communaux Le Maire présente les tarifs. "
        "Vote : Pour : 3 - Contre : 0 - Abstention : 0 M. Paul ROUX quitte la séance à 21h40 "
        "après le vote de la délibération 2. "
        "DELIBERATION N°2021-02 Objet : Travaux de voirie Le Maire présente le programme. "
        "Vote : Pour : 3 - Contre : 0 - Abstention : 0 "
        "DELIBERATION N°2021-03 Objet : Subvention au club Le Maire présente la demande. "
        "Adopté à l'unanimité."
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    mouvements = {
        p.elu.nom: (p.arrivee_point, p.depart_point)
        for p in seance.presences
        if p.arrivee_point is not None or p.depart_point is not None
    }
    assert mouvements == {"VIDAL": (2, None), "ROUX": (None, 2)}


def test_depart_avec_pouvoir_apres_le_vote_du_point() -> None:
    seance = _seance(
        _ENTETE + "Présents : M. Jean DELORME, M. Marcel TISSOT, M. Paul ROUX\n"
        "1. Tarifs communaux\nAdopté à l'unanimité.\n"
        "M. Paul ROUX quitte la séance après le vote du point 1 et donne pouvoir\n"
        "à M. Marcel TISSOT.\n2. Travaux de voirie\nAdopté à l'unanimité.\n"
    )
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("ROUX", "TISSOT")]


# --- coupes du texte aplati après un vote « N pour » -----------------------------------------


def test_point_numerote_apres_un_vote_n_pour_dans_le_flux() -> None:
    texte = (
        "Commune de Vauclerc – Procès-verbal de la séance du conseil municipal du 19 janvier 2023 "
        "Le conseil municipal s'est réuni sous la présidence de Mme Anne VIDAL, maire. "
        "Présents : Anne VIDAL, Marcel TISSOT, Paul ROUX Secrétaire de séance : Paul ROUX "
        "1) Tarifs municipaux 2023 Madame le maire présente la grille. Vote : 3 pour "
        "2) Convention avec le syndicat d'énergie M. Paul ROUX, délégué au syndicat, ne prend pas "
        "part au vote. La participation communale est de 1 200 €. Vote : 2 pour "
        "La séance est levée à 20h15."
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [(d.numero, d.scrutins[0].pour) for d in seance.deliberations] == [("1", 3), ("2", 2)]


# --- procurations et titres -------------------------------------------------------------------


def test_procuration_qui_renomme_le_mandant() -> None:
    assert procuration("Mme Odile BARRAULT (procuration de Mme BARRAULT à M. TERRIER)") == (
        "Mme Odile BARRAULT",
        "M. TERRIER",
    )
    # la parenthèse nomme un autre élu : pas cette forme
    assert procuration("Mme Odile BARRAULT (procuration de Mme DUPONT à M. TERRIER)") != (
        "Mme Odile BARRAULT",
        "M. TERRIER",
    )


def test_couple_dans_le_titre_avant_un_conseiller_interesse() -> None:
    titre, suite = couper_titre(
        "Vente d'une parcelle à M. et Mme BARTHE Mme Estelle BARTHE, intéressée, ne prend pas part "
        "au vote. La parcelle est cédée."
    )
    assert titre == "Vente d'une parcelle à M. et Mme BARTHE"
    assert suite.startswith("Mme Estelle BARTHE")


# --- en-tête et césures des lignes d'un PDF ----------------------------------------------------


def test_suffrages_exprimes_seuls_sur_leur_ligne_sont_les_votants() -> None:
    resultat = lire_extrait(
        _ENTETE + "Nombre de membres en exercice : 15\nNombre de membres présents : 13\n"
        "Nombre de suffrages exprimés : 14\nPrésents : M. Jean DELORME, M. Marcel TISSOT\n"
    )
    assert resultat.seance is not None and resultat.seance.decomptes is not None
    assert resultat.seance.decomptes.votants == 14
    assert "extrait.exprimes-votants" in {c.code for c in resultat.rapport.constats}
    assert "extrait.vote-hors-deliberation" not in {c.code for c in resultat.rapport.constats}


def test_cesure_d_un_prenom_un_peu_avant_la_marge() -> None:
    lignes = [
        "L'an deux mille treize, le quatorze mars à vingt heures, le Conseil Municipal de la com-",
        "mune de Vauclerc, dûment convoqué, s'est réuni en séance ordinaire à la mairie, sous la",
        "présidence de Monsieur Christian LEBOUCHER, Maire, et en présence du public (six personnes).",
        "Présents : MM. Christian LEBOUCHER, Daniel HAMEL, Mmes Colette DUBOSQ, Marie-Jo",
        "LEFRANÇOIS, MM. Patrick GOSSELIN, Alain VAUTIER, Mme Sophie LECOQ, MM. Fran-",
        "çois DESHAYES, Jérôme PICOT.",
        "Objet : Compte administratif 2012",
        "Monsieur Daniel HAMEL, premier adjoint, est désigné pour présider la séance pendant",
        "l'examen du compte administratif. Il présente les résultats de l'exercice 2012 : excédent",
        "de fonctionnement de 97 412,36 €, déficit d'investissement de 21 088,14 €, restes à réaliser",
        "compris ; le Conseil Municipal, après en avoir délibéré, adopte le compte administratif.",
    ]
    textes = [ligne.texte for ligne in preparer("\n".join(lignes)).lignes]
    assert any("MM. François DESHAYES" in t for t in textes), textes


# --- variantes relevées par le banc métamorphique sur les documents de la série ----------------


def test_numero_sous_l_objet_dans_un_texte_aplati() -> None:
    texte = (
        "COMMUNE DE VAUCLERC PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 14 MARS 2013 "
        "Le Conseil Municipal s'est réuni sous la présidence de M. Jean DELORME, Maire. "
        "Présents : M. Jean DELORME, M. Marcel TISSOT Secrétaire de séance : M. Marcel TISSOT. "
        "Objet : Compte administratif 2012 Délibération n° 2013-09 Monsieur le Maire présente "
        "les résultats de l'exercice. Adopté à l'unanimité. "
        "Objet : Budget primitif 2013 Délibération n° 2013-10 Le budget s'équilibre à 418 600 €. "
        "Adopté par 2 voix pour."
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("2013-09", "Compte administratif 2012"),
        ("2013-10", "Budget primitif 2013"),
    ]


def test_filet_d_asterisques_entre_l_objet_et_le_numero() -> None:
    seance = _seance(
        _ENTETE + "Présents : M. Jean DELORME, M. Marcel TISSOT\n"
        "Objet : Compte administratif 2012\n*************************\nDélibération n° 2013-09\n"
        "Le compte administratif est présenté.\nAdopté à l'unanimité.\n"
    )
    assert [(d.numero, d.objet) for d in seance.deliberations] == [("2013-09", "Compte administratif 2012")]


def test_republique_francaise_recollee_au_nom_de_la_ville() -> None:
    resultat = lire_extrait(
        "VILLE DE MONTFAUCON-SUR-AIRE RÉPUBLIQUE FRANÇAISE\nCOMPTE RENDU DU CONSEIL MUNICIPAL\n"
        "Séance du 29 juin 2010\nLe Conseil Municipal s'est réuni sous la présidence de "
        "M. Jean DELORME, Maire.\nPrésents : M. Jean DELORME, M. Marcel TISSOT\n"
    )
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom.upper() == "MONTFAUCON-SUR-AIRE"
