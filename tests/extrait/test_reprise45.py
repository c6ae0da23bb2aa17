"""Familles de mises en page reprises de la série 45 (écarts 603 à 609) : chaque règle sur un
petit texte inventé (forme lignes et forme aplatie), indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait.reconnaisseurs import couper_titre, procuration
from tests.extrait.comparaison import projection, seance_lue

_EN_TETE_COMMUNE = "Commune de Bellerive. Séance du conseil municipal du 3 mars 2010. "
_LISTES_603 = (
    "Conseillers en exercice : 6 – présents : 4 – votants : 5",
    "Assistaient à la séance : DUPONT Jean, Marie MARTIN, ROUX Paul, Anne PETIT.",
    "Pouvoir de Mme Lucie VIAL en faveur de Mme Anne PETIT.",
    "Absent non excusé : M. René BLANC.",
    "Mme Marie MARTIN est nommée secrétaire.",
    "1 – Tarifs de la cantine",
    "Adopté à l'unanimité.",
)


def _lu(texte: str) -> dict[str, object]:
    return projection(seance_lue(texte))


def test_assistaient_a_la_seance_forme_lignes_et_aplatie() -> None:
    """« Assistaient à la séance : X, Y » seul (sans « également ») : les présents ; « Pouvoir de
    M. X en faveur de M. Y » : une procuration ; « Absent non excusé : » dans le flux."""
    for texte in ("\n".join(_LISTES_603), _EN_TETE_COMMUNE + " ".join(_LISTES_603[1:]) + " Fin."):
        if not texte.startswith("Commune"):
            texte = _EN_TETE_COMMUNE + "\n" + texte
        else:
            texte = texte.replace(_EN_TETE_COMMUNE, _EN_TETE_COMMUNE + _LISTES_603[0] + " ")
        lu = _lu(texte)
        assert lu["presents"] == ["Jean DUPONT", "Marie MARTIN", "Paul ROUX", "Anne PETIT"]
        assert lu["procurations"] == [["Lucie VIAL", "Anne PETIT"]]
        assert lu["absents"] == ["René BLANC"]


def test_assistaient_egalement_reste_hors_des_membres() -> None:
    """« Assistaient également à la séance : » : des personnes qui ne sont pas membres."""
    texte = (
        _EN_TETE_COMMUNE + "\nPrésents : Jean DUPONT, Marie MARTIN, Paul ROUX.\n"
        "Assistaient également à la séance : Mme Julie FAURE, secrétaire de mairie.\n"
        "1 – Tarifs\nAdopté à l'unanimité.\n"
    )
    assert _lu(texte)["presents"] == ["Jean DUPONT", "Marie MARTIN", "Paul ROUX"]


def test_pouvoir_en_faveur_de() -> None:
    assert procuration("Pouvoir de Mme Lucie VIAL en faveur de M. Paul ROUX") == (
        "Mme Lucie VIAL",
        "M. Paul ROUX",
    )


def test_rang_apres_un_vote_sans_deux_points() -> None:
    """« … Votants 6 – pour 6 2 – Titre … » (texte aplati) : le rang qui suit le dernier nombre
    du vote ouvre le point suivant."""
    texte = (
        _EN_TETE_COMMUNE + "Présents : Jean DUPONT, Marie MARTIN, Paul ROUX, Anne PETIT. "
        "Mme Anne PETIT est nommée secrétaire. 1 – Tarifs de la cantine Le maire propose une "
        "hausse de deux pour cent du prix du repas servi aux enfants des écoles à compter de la "
        "rentrée. Votants 4 – pour 4 2 – Achat d'un tracteur Le maire présente les trois devis "
        "reçus pour le remplacement du tracteur communal. Adopté à l'unanimité. La séance est "
        "levée à vingt-deux heures."
    )
    deliberations = _lu(texte)["deliberations"]
    assert [d["objet"] for d in deliberations] == ["Tarifs de la cantine", "Achat d'un tracteur"]
    assert deliberations[0]["scrutin"]["pour"] == 4


def test_phrase_apres_un_nom_de_lieu() -> None:
    """« … chemin dit des Pâtis Trois entreprises ont été consultées » : après un nom propre
    appelé par « des », « rue »…, un mot qui ne finit pas un nom de lieu ouvre la phrase."""
    assert couper_titre("Réfection de la rue des Lilas Deux devis ont été reçus") == (
        "Réfection de la rue des Lilas",
        "Deux devis ont été reçus",
    )
    assert couper_titre("Travaux rue Haute Il est proposé de retenir") == (
        "Travaux rue Haute",
        "Il est proposé de retenir",
    )


_LISTES_605 = (
    "Délégués en exercice : 5",
    "Présents : BRÉCHY : Mme Anne DUVAL, M. Paul ROUX – CHAMPEAUX : M. Luc VIAL",
    "Excusée : Mme Rose LECOQ (BRÉCHY)",
    "Arrivée en cours de séance : Mme Lise FAURE (CHAMPEAUX), au point 2",
    "Mme Anne DUVAL est élue secrétaire de séance.",
    "1. Tarifs de la piscine",
    "Adopté à l'unanimité.",
    "2. Budget annexe des déchets",
    "Adopté à l'unanimité.",
)
_EN_TETE_CC = "Communauté de communes du Val d'Orme – Conseil communautaire – Séance du 3 mars 2021"


def test_arrivee_en_cours_de_seance_en_intitule() -> None:
    """« Arrivée en cours de séance : Mme X (COMMUNE), au point 2 » (forme lignes et aplatie) :
    la personne suit l'intitulé ; nommée dans aucune autre liste, elle est présente à partir
    de ce point (constat info extrait.arrivee-hors-des-listes)."""
    for texte in (
        _EN_TETE_CC + "\n" + "\n".join(_LISTES_605),
        _EN_TETE_CC + " " + " ".join(_LISTES_605) + " La séance est levée à vingt heures.",
    ):
        resultat = lire_extrait(texte)
        assert resultat.seance is not None
        lu = projection(resultat.seance)
        assert lu["presents"] == ["Anne DUVAL", "Paul ROUX", "Luc VIAL", "Lise FAURE"]
        assert lu["mouvements"] == {"Lise FAURE": [2, None]}
        assert lu["excuses"] == ["Rose LECOQ"]
        assert "extrait.arrivee-hors-des-listes" in {c.code for c in resultat.rapport}


def test_arrivee_d_un_membre_nomme_dans_aucune_liste() -> None:
    """« Monsieur X arrive pendant la présentation du point n° 2 » sans que X soit nommé dans
    une liste : présent à partir du point 2, pas compté dans les présents de l'ouverture."""
    texte = (
        "Commune de Bellerive\nProcès-verbal du conseil municipal\nSéance du 3 mars 2023\n"
        "Présents : 3\nPrésents : Jean DUPONT, Marie MARTIN, Paul ROUX\n"
        "Madame Marie MARTIN est désignée secrétaire de séance.\n"
        "Madame Lucie BARRE arrive à 19 h, pendant la présentation du point n° 2.\n"
        "1. Tarifs\nAdopté à l'unanimité.\n2. Budget\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    lu = projection(resultat.seance)
    assert lu["mouvements"] == {"Lucie BARRE": [2, None]}
    assert "Lucie BARRE" in lu["presents"]
    assert "extrait.decompte" not in {c.code for c in resultat.rapport}


def test_arrivee_d_un_nom_seul_reste_signalee() -> None:
    """« M. BARRE arrive au point 2 » (nom seul, dans aucune liste) : pas ajouté, signalé."""
    texte = (
        "Commune de Bellerive\nSéance du conseil municipal du 3 mars 2023\n"
        "Présents : Jean DUPONT, Marie MARTIN, Paul ROUX\n"
        "M. BARRE arrive au point 2.\n"
        "1. Tarifs\nAdopté à l'unanimité.\n2. Budget\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert projection(resultat.seance)["mouvements"] == {}
    assert "extrait.personne-inconnue" in {c.code for c in resultat.rapport}


_LIGNES_609 = (
    "Département de la Vère – Commission permanente – Réunion du 4 novembre 2019",
    "Membres présents : M. Paul ROUX, Mme Anne PETIT, M. Luc VIAL, Mme Rose BLANC",
    "Secrétaire de séance : Mme Anne PETIT",
    "Délibération n° CP-19-01 – Routes départementales : programme",
    "Pour : 4 – Contre : 0 – Abstention : 0",
    "Adopté.",
    "Mme Rose BLANC, présidente d'une association bénéficiaire, est sortie de la salle",
    "pendant l'examen de la délibération suivante et n'a pas pris part au vote.",
    "Délibération n° CP-19-02 – Subventions aux associations culturelles",
    "Pour : 3 – Contre : 0 – Abstention : 0",
    "Adopté.",
    "Délibération n° CP-19-03 – Collèges : dotations",
    "Adopté à l'unanimité.",
)


def test_sorti_pendant_le_point_suivant() -> None:
    """« Mme X … est sortie de la salle » / « pendant l'examen de la délibération suivante et n'a pas pris
    part au vote. » écrit avant le titre du point concerné (lignes coupées, puis texte
    aplati) : ce point-là compte un membre qui ne vote pas, pas le précédent."""
    for texte in ("\n".join(_LIGNES_609), " ".join(_LIGNES_609) + " La séance est levée."):
        resultat = lire_extrait(texte)
        assert resultat.seance is not None
        votes = [d["scrutin"]["ne_prend_pas_part"] for d in projection(resultat.seance)["deliberations"]]
        assert votes == [None, 1, None], texte
        assert projection(resultat.seance)["mouvements"] == {}
        assert "extrait.retrait-point-suivant" in {c.code for c in resultat.rapport}


def test_sorti_pendant_le_point_suivant_sans_point_suivant() -> None:
    """Le retrait annoncé pour un point que le document ne donne pas : signalé."""
    texte = "\n".join(_LIGNES_609[:8])
    resultat = lire_extrait(texte)
    assert "extrait.retrait-non-lu" in {c.code for c in resultat.rapport}


def test_numeros_annee_rang_sans_separateur_apres_des_capitales() -> None:
    """« … FINANCES 2019-031 Tarifs … Vote : 9 POUR – 0 CONTRE – 0 ABSTENTION 2019-032 Budget
    … Vote : POUR 8 / CONTRE 1 / ABSTENTION 0 VOIRIE 2019-033 … » (PDF aplati) : le numéro qui
    suit un mot en capitales ouvre un point ; « POUR 8 / CONTRE 1 » reste un seul vote."""
    texte = (
        "COMMUNE DE SAINT-ALBAN-DES-PRÉS Procès-verbal sommaire Conseil municipal – séance du "
        "mardi 12 mars 2019 Membres en exercice : 9 PRÉSENTS : M. Paul ROUX (Maire), Mme Anne "
        "PETIT, M. Luc VIAL, Mme Rose BLANC, M. Yves MOREL, Mme Ida FAURE, M. Guy COLIN, Mme "
        "Léa BRUN, M. Noël GAY Mme Anne PETIT est désignée secrétaire de séance. FINANCES "
        "2019-031 Tarifs de la cantine scolaire Le Maire propose une hausse de deux pour cent. "
        "Vote : 9 POUR – 0 CONTRE – 0 ABSTENTION 2019-032 Budget primitif 2019 M. VIAL présente "
        "le budget. Vote : POUR 8 / CONTRE 1 (M. GAY) / ABSTENTION 0 VOIRIE 2019-033 Réfection "
        "de la rue Haute Le devis retenu s'élève à 12 000 €. Vote : 9 POUR Fin de séance."
    )
    deliberations = _lu(texte)["deliberations"]
    assert [d["numero"] for d in deliberations] == ["2019-031", "2019-032", "2019-033"]
    assert [d["objet"] for d in deliberations] == [
        "Tarifs de la cantine scolaire",
        "Budget primitif 2019",
        "Réfection de la rue Haute",
    ]
    assert [(d["scrutin"]["pour"], d["scrutin"]["contre"]) for d in deliberations] == [
        (9, 0),
        (8, 1),
        (9, None),
    ]


_LIGNES_608 = (
    "SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-VAL",
    "Délibérations du Comité syndical – réunion du 6 juin 2011",
    "Délégués titulaires : 8",
    "Délégués présents ou suppléés : 6",
    "L'an deux mille onze, le six juin à dix-huit heures, le Comité syndical, régulièrement convoqué",
    "le 27 mai, s'est réuni à la mairie de Lussac.",
    "Commune de Lussac : ROUX Paul, Président - Anne PETIT",
    "Commune de Saint-Cyr-les-Monts : Luc VIAL - Henri BRUN (suppléant de M. Yves GAY)",
    "Commune de Brézac : excusés (Mme Rose BLANC, M. Noël FAURE)",
    "Commune de Vallon : Ida MOREL - COLIN Guy",
    "Mme Anne PETIT est désignée comme secrétaire.",
    "Délibération n° 2011/07 : Prix de l'eau",
    "Vote : 6 voix pour.",
    "M. Luc VIAL se retire après ce vote.",
    "Délibération n° 2011/08 : Travaux de la station de pompage",
    "Accord unanime du Comité (5 votants).",
)


def test_delegues_par_commune_sans_intitule() -> None:
    """« Commune de X : NOM Prénom, Président - Prénom NOM (suppléant de M. Y) », une ligne par
    commune, sans intitulé, après le nombre des présents : les présents (dit) ; « Commune de Z :
    excusés (M. A, M. B) » : des absents excusés."""
    resultat = lire_extrait("\n".join(_LIGNES_608))
    assert resultat.seance is not None
    lu = projection(resultat.seance)
    assert lu["presents"] == ["Paul ROUX", "Anne PETIT", "Luc VIAL", "Ida MOREL", "Guy COLIN"]
    assert lu["suppleances"] == [["Henri BRUN", "Yves GAY"]]
    assert lu["excuses"] == ["Rose BLANC", "Noël FAURE"]
    assert "extrait.presents-sans-intitule" in {c.code for c in resultat.rapport}


def test_commune_de_x_sans_nombre_des_presents_reste_hors_liste() -> None:
    """Sans nombre de présents annoncé, des lignes « Commune de X : … » ne sont pas prises pour
    la liste des présents (une liste des délégués n'est pas une liste de présence)."""
    lignes = [x for x in _LIGNES_608 if not x.startswith("Délégués présents")]
    resultat = lire_extrait("\n".join(lignes))
    assert resultat.seance is not None
    assert projection(resultat.seance)["presents"] == []


def test_titulaires_convocation_coupee_et_retrait_apres_ce_vote() -> None:
    """« Délégués titulaires : 8 » : les membres en exercice ; « … régulièrement convoqué » /
    « le 27 mai, s'est réuni … » : la convocation, de l'année de la séance ; « M. X se retire
    après ce vote. » : parti après le point voté."""
    lu = _lu("\n".join(_LIGNES_608))
    assert lu["decomptes"]["en_exercice"] == 8
    assert lu["convocation"] == "2011-05-27"
    assert lu["mouvements"] == {"Luc VIAL": [None, 1]}


def test_titulaires_et_retrait_apres_ce_vote_forme_aplatie() -> None:
    texte = (
        "Syndicat intercommunal des eaux du Haut-Val – Délibérations du Comité syndical – réunion "
        "du 6 juin 2011 Délégués titulaires : 8 Délégués présents : 5 Votants : 5 Présents : M. "
        "Paul ROUX, Mme Anne PETIT, M. Luc VIAL, Mme Ida MOREL, M. Guy COLIN. Mme Anne PETIT est "
        "désignée secrétaire. Délibération n° 2011/07 : Prix de l'eau Le comité fixe le prix du "
        "mètre cube. Vote : 5 voix pour. M. Luc VIAL se retire après ce vote. Délibération n° "
        "2011/08 : Travaux de la station Accord unanime du Comité (4 votants)."
    )
    lu = _lu(texte)
    assert lu["decomptes"]["en_exercice"] == 8
    assert lu["mouvements"] == {"Luc VIAL": [None, 1]}


def test_assistaient_a_la_seance_apres_les_presents() -> None:
    """« Présents : A, B, C » puis « Assistaient à la séance : Mme X, secrétaire de mairie » :
    la liste des présents est déjà lue ; celle-ci nomme d'autres personnes (pas des membres)."""
    for separateur in ("\n", " "):
        texte = separateur.join(
            (
                "Commune de Bellerive. Séance du conseil municipal du 3 mars 2010.",
                "Présents : Jean DUPONT, Marie MARTIN, Paul ROUX.",
                "Assistaient à la séance : Mme Julie FAURE, M. Marc GENTY.",
                "Mme Marie MARTIN est nommée secrétaire.",
                "1 – Tarifs de la cantine",
                "Adopté à l'unanimité.",
            )
        )
        assert _lu(texte)["presents"] == ["Jean DUPONT", "Marie MARTIN", "Paul ROUX"], texte


def test_arrivee_hors_des_listes_quand_les_listes_sont_completes() -> None:
    """Le document annonce 3 membres en exercice et les listes en nomment 3 : « Madame X arrive
    … » n'est pas un membre de plus (pas ajouté, signalé)."""
    texte = (
        "Commune de Bellerive\nProcès-verbal du conseil municipal\nSéance du 3 mars 2023\n"
        "Membres en exercice : 3\nPrésents : Jean DUPONT, Marie MARTIN, Paul ROUX\n"
        "Madame Marie MARTIN est désignée secrétaire de séance.\n"
        "Madame Lucie BARRE arrive à 19 h, pendant la présentation du point n° 2.\n"
        "1. Tarifs\nAdopté à l'unanimité.\n2. Budget\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert "Lucie BARRE" not in projection(resultat.seance)["presents"]
    assert "extrait.personne-inconnue" in {c.code for c in resultat.rapport}
