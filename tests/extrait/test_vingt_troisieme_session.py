"""Vingt-troisième session : formes trouvées en lisant de vrais documents publiés (hors dépôt),
chacune reproduite ici sur un petit texte inventé (noms, lieux et nombres inventés)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.preparation import preparer
from deliberations.extrait.reconnaisseurs import (
    date_seance_fiable,
    designe_apres_l_annonce,
    organe,
    procuration,
    section,
)
from deliberations.model import Organe
from deliberations.validation import valider
from tests.extrait.comparaison import FORMES, projection


def _lu(texte: str) -> tuple[dict[str, object], list[str]]:
    lu = lire_extrait(texte)
    assert lu.seance is not None
    return projection(lu.seance), [c.code for c in lu.rapport.constats]


# --- en-tête ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ligne", "attendue"),
    [
        ("Conseil de Communauté Val d'Arly les Bains le 13 février 2017", "2017-02-13"),
        ("CONSEIL MUNICIPAL VILLERS SUR LOIRE LE 12 AVRIL 2018", "2018-04-12"),
        ("Comité syndical Saint-Rémy-lès-Monts le 3 mars 2019", "2019-03-03"),
    ],
)
def test_date_apres_l_organe_et_un_lieu_sans_de(ligne: str, attendue: str) -> None:
    """« Conseil de Communauté <lieu> le 13 février 2017 » : le lieu, puis la date du titre
    (aucune séance n'était construite)."""
    trouve = date_seance_fiable(ligne)
    assert trouve is not None and trouve[0].isoformat() == attendue


@pytest.mark.parametrize(
    "ligne",
    [
        "le conseil municipal approuve le 12 mars 2015 la vente",
        "LE CONSEIL MUNICIPAL APPROUVE LE 12 MARS 2015 LA VENTE",
        "Le conseil municipal a décidé le 12 mars 2015 de vendre",
    ],
)
def test_un_verbe_apres_l_organe_n_est_pas_un_lieu(ligne: str) -> None:
    """Un verbe entre l'organe et « le <date> » : la date d'une décision, pas du titre."""
    assert date_seance_fiable(ligne) is None


def test_titre_a_lieu_nu_construit_la_seance() -> None:
    p, _ = _lu(
        "Communauté de Communes du Haut-Verdon\n"
        "Conseil de Communauté Saint Pons les Mûres le 9 mars 2018\n"
        "Compte rendu sommaire\n"
        "Etaient présents : M. Louis ARNAUD, Mme Anne BRUNET, M. Paul CASTEL.\n"
        "Absents représentés : M. DURAND Luc ayant donné pouvoir à M. ARNAUD Louis\n"
    )
    assert p["date"] == "2018-03-09"
    assert p["procurations"] == [["Luc DURAND", "Louis ARNAUD"]]


def test_jour_de_la_semaine_qui_contredit_la_date() -> None:
    """« jeudi 15 mars 2017 » alors que le 15 mars 2017 est un mercredi : la date est gardée
    telle qu'écrite, le désaccord est dit, et ``valider`` ne juge pas la date."""
    lu = lire_extrait(
        "Compte rendu de la séance ordinaire du jeudi 15 mars 2017 à 18 heures\n"
        "Présents : BARDIN Paul, CAZAL Anne, FOLCH Marc.\n"
        "Secrétaire de séance : Madame Anne CAZAL est désignée secrétaire de séance.\n"
    )
    assert lu.seance is not None and lu.seance.date.isoformat() == "2017-03-15"
    constat = next(c for c in lu.rapport.constats if c.code == "extrait.date-jour-de-semaine")
    assert "mercredi" in constat.message and "2018" in constat.message
    assert "date" in lu.seance.non_etablis
    assert not [c for c in valider(lu.seance).erreurs if "date" in c.code]


def test_jour_de_la_semaine_juste_ne_dit_rien() -> None:
    _, codes = _lu(
        "Compte rendu de la séance ordinaire du mercredi 15 mars 2017 à 18 heures\n"
        "Présents : BARDIN Paul, CAZAL Anne, FOLCH Marc.\n"
    )
    assert "extrait.date-jour-de-semaine" not in codes


def test_organe_suppose_d_apres_le_president_et_la_communaute() -> None:
    """Ni collectivité ni organe lus, mais « Monsieur le Président » et la communauté nommée
    dans le texte : le conseil communautaire supposé (pas le conseil municipal), et c'est dit."""
    p, codes = _lu(
        "Compte rendu de la séance ordinaire du mardi 9 avril 2019 à 18 heures\n"
        "Présents : BRUN Henri, CAYLA Odile, DELMAS Jean.\n"
        "Monsieur le Président ouvre la séance. Monsieur le Président rappelle que la "
        "Communauté de communes entre dans son troisième exercice.\n"
    )
    assert p["organe"] == "conseil_communautaire"
    assert "extrait.organe-absent" in codes


def test_organe_suppose_reste_le_conseil_municipal_chez_le_maire() -> None:
    p, _ = _lu(
        "Compte rendu de la séance du mardi 9 avril 2019\n"
        "Présents : BRUN Henri, CAYLA Odile, DELMAS Jean.\n"
        "Monsieur le Maire présente la convention avec la Communauté de communes. Le Maire "
        "propose de l'approuver ; le président de la communauté sera informé.\n"
    )
    assert p["organe"] == "conseil_municipal"


def test_convocation_coupee_entre_le_jour_et_le_mois() -> None:
    """« … dûment convoqué le 02 » ⏎ « mai 2023, s'est réuni … » : la date recollée."""
    p, _ = _lu(
        "Commune de Saint-Orbel\nConseil Municipal du 9 mai 2023\n"
        "L'an deux mille vingt-trois, le 9 mai à 19h, le Conseil Municipal, dûment convoqué le 02\n"
        "mai 2023, s'est réuni en mairie sous la présidence de Madame Sophie LAMBRE, maire.\n"
        "Présents : Madame Sophie LAMBRE, Monsieur Jean MARCHAIS, Madame Lise PONTE.\n"
    )
    assert p["convocation"] == "2023-05-02"


def test_secretaire_apres_le_titre_du_point_de_sa_designation() -> None:
    """« ▪ Désignation d'un secrétaire de séance (article …). : Mme X a été désignée. »"""
    p, _ = _lu(
        "Conseil Communautaire\nSéance du 12 mai 2022 à 19h00\n"
        "Étaient présents : Mme Anne BOULIN, M. Eric CAUDRIN, Mme Julie PETITOT.\n"
        "▪ Désignation d'un secrétaire de séance (article L.2121-15 du CGCT). : "
        "Mme Julie PETITOT a été désignée.\n"
    )
    assert p["secretaires"] == ["Julie PETITOT"]
    assert designe_apres_l_annonce(" (art. 5). : M. Luc ROY est désigné secrétaire.") == "M. Luc ROY"
    assert designe_apres_l_annonce(" : le conseil a été consulté.") is None


# --- « présents tous les délégués, sauf … » commune par commune ---------------------------------

_TOUS_SAUF_PAR_COMMUNE = (
    "Communauté de communes du Val de Brière\n"
    "L'an deux mil dix-huit, le douze mars, le CONSEIL COMMUNAUTAIRE de la Communauté de "
    "communes du Val de Brière s'est réuni en séance ordinaire, sous la présidence de Monsieur "
    "Paul GARNIER, Président.\n"
    "Étaient présents tous les délégués à la séance du Conseil communautaire, sauf les délégués "
    "titulaires d'Auberive, Jean Morel ; de Bessac, Anne Lucas, Marc Petit de la Q. n°1 à la Q. "
    "n°4 ; de Cortal, Louis Vidal, non représentés, sauf les délégués titulaires représentés par "
    "leur suppléant : communes de Durcy, Henri Roux par Michel Faure ; de Ferval, Julie Blanc par "
    "Yves Colin, sauf les délégués titulaires ayant donné pouvoir : commune de Bessac, Paul Simon "
    "à Luc Girard, Marie Caron à Alain Perrin ; commune de Gemont, Rémi Noël à Sophie Barre de "
    "Vaux-Marais.\n"
    "Membres en exercice : 40\n"
)


@pytest.mark.parametrize("forme", FORMES)
def test_presents_tous_sauf_commune_par_commune(forme: Callable[[str], str]) -> None:
    """Les exceptions, commune par commune : absents, suppléés, représentés ; les présents ne
    sont pas nommés (dit), l'absence pour une partie des points et la commune du mandataire
    sont dites ; ``valider`` ne tire rien de ce que le document ne dit pas."""
    lu = lire_extrait(forme(_TOUS_SAUF_PAR_COMMUNE))
    assert lu.seance is not None
    p, codes = projection(lu.seance), [c.code for c in lu.rapport.constats]
    assert p["presents"] == []
    assert p["absents"] == ["Jean Morel", "Anne Lucas", "Marc Petit", "Louis Vidal"]
    assert p["suppleances"] == [["Michel Faure", "Henri Roux"], ["Yves Colin", "Julie Blanc"]]
    assert p["procurations"] == [
        ["Paul Simon", "Luc Girard"], ["Marie Caron", "Alain Perrin"], ["Rémi Noël", "Sophie Barre"],
    ]  # fmt: skip
    for code in ("extrait.presents-non-nommes", "extrait.absence-partielle", "extrait.mandataire-commune"):
        assert code in codes
    assert "extrait.presents-manquants" not in codes
    assert "extrait.personne-inconnue" not in codes  # (le président n'est pas « inconnu »)
    assert not valider(lu.seance).erreurs


def test_presents_tous_sauf_coupe_en_morceaux() -> None:
    """Une longue liste d'exceptions coupée en morceaux (600 caractères au plus) : la lecture
    continue d'un morceau au suivant."""
    communes = " ; ".join(f"de Commune{i:02d}, Jean Martin{i:02d}" for i in range(40))
    lu = lire_extrait(
        "Conseil communautaire du 12 mars 2018\n"
        f"Étaient présents tous les délégués, sauf les délégués titulaires {communes}, non "
        "représentés, sauf les délégués titulaires ayant donné pouvoir : commune de Gemont, "
        "Rémi Noël à Sophie Barre.\n"
    )
    assert lu.seance is not None
    p = projection(lu.seance)
    assert len(p["absents"]) == 40
    assert p["procurations"] == [["Rémi Noël", "Sophie Barre"]]


def test_section_presents_tous_sans_deux_points() -> None:
    trouve = section("Étaient présents tous les délégués, sauf M. Paul ROUX")
    assert trouve is not None and trouve.nom == "presents"
    assert trouve.reste.startswith("tous les délégués")


# --- listes et précisions ----------------------------------------------------------------------


def test_suppleant_nomme_sans_de_parmi_les_presents() -> None:
    """« Présents : … Marc X (Suppléant Hélène Y) » : X siège pour Y (sous « absents
    représentés par leur suppléant », la même parenthèse nomme le suppléant de l'absent)."""
    p, _ = _lu(
        "Communauté de communes du Val d'Arbonne\nConseil communautaire du jeudi 14 mars 2019\n"
        "Etaient présents :\n"
        "Paul Vernet - Anne Maurel - Marc Teissier (Suppléant Hélène Roux) - Julie Combes.\n"
        "Excusés : Hélène Roux, Pierre Astruc.\n"
    )
    assert p["suppleances"] == [["Marc Teissier", "Hélène Roux"]]
    assert "Marc Teissier" not in p["presents"]
    assert p["excuses"] == ["Pierre Astruc"]


def test_suppleant_nomme_sous_les_absents_representes_garde_son_sens() -> None:
    p, _ = _lu(
        "Conseil communautaire du 14 mars 2019\n"
        "Etaient présents : M. Paul VERNET, Mme Anne MAUREL.\n"
        "Étaient absents et représentés par son suppléant : M. ARNOUX Denis (Suppléant M. GIRAUD "
        "Ulysse)\n"
    )
    assert p["suppleances"] == [["Ulysse GIRAUD", "Denis ARNOUX"]]


@pytest.mark.parametrize("forme", FORMES)
def test_absent_dit_absent_excuse_entre_parentheses(forme: Callable[[str], str]) -> None:
    p, _ = _lu(
        forme(
            "Conseil Municipal du 6 juin 2022\n"
            "Présents : Monsieur Alain PERRIN, Madame Sylvie MORAND.\n"
            "Absents :\n- Monsieur Rémi BLANCHET (absent excusé)\n- Madame Claire VIDALIE\n"
        )
    )
    assert p["excuses"] == ["Rémi BLANCHET"]
    assert p["absents"] == ["Claire VIDALIE"]


def test_comptes_entre_parentheses_devant_les_intitules_aplatis() -> None:
    """« (6) Présents : … ; Dont (1) Suppléé : X par Y (2) Représentés : … » (aplati) : les
    comptes de chaque liste, la suppléance, et le suppléant qui reçoit un pouvoir n'est pas un
    « mandataire inconnu »."""
    p, codes = _lu(
        "Compte rendu de la séance ordinaire du mardi 9 avril 2019 à 18 heures Salle des Tanneurs "
        "(3) Présents : BRUNEAU Henri, CAYLUS Odile, DELMOTTE Jean ; Dont (1) Suppléé : MAUREL "
        "Paul par ROCHAT Alain (2) Représentés : NOËLLE Rémi par BRUNEAU Henri ; PONSARD Anne par "
        "ROCHAT Alain ; (1) Absents excusés : SERRANO Luc. NOMBRE DE VOTANTS : 6 Secrétaire de "
        "séance : Madame Odile CAYLUS est désignée Secrétaire de séance."
    )
    assert p["decomptes"]["presents"] == 3  # type: ignore[index]
    assert p["decomptes"]["procurations"] == 2  # type: ignore[index]
    assert p["decomptes"]["votants"] == 6  # type: ignore[index]
    assert p["suppleances"] == [["Alain ROCHAT", "Paul MAUREL"]]
    assert p["procurations"] == [["Rémi NOËLLE", "Henri BRUNEAU"], ["Anne PONSARD", "Alain ROCHAT"]]
    assert p["secretaires"] == ["Odile CAYLUS"]
    assert "extrait.mandataire-inconnu" not in codes
    assert "extrait.nom-illisible" not in codes


def test_pouvoir_a_partir_de_la_deliberation() -> None:
    p, codes = _lu(
        "Compte rendu de la séance du jeudi 7 mars 2019\n"
        "Présents : ARNOUX Jean, BOYAU Marie, CROSET Paul.\n"
        "Représentés : FABRET Luc par BOYAU Marie (à partir de la délibération DE_2019-004)\n"
    )
    assert p["procurations"] == [["Luc FABRET", "Marie BOYAU"]]
    assert "extrait.procuration-partielle" in codes
    assert "extrait.mandataire-inconnu" not in codes


def test_compte_final_apres_le_dernier_mandataire() -> None:
    assert procuration("Mme Sylvie MARAIS donne procuration à M. Eric CAUDIN (2)") == (
        "Mme Sylvie MARAIS",
        "M. Eric CAUDIN",
    )


# --- Markdown : titres et tableaux à barres ----------------------------------------------------

_MARKDOWN = (
    "# PROCES VERBAL\n\n"
    "L'an deux mille vingt-deux, le 17 mars à 18 h 00, les conseillers communautaires de Vallée "
    "du Lizon Agglomération, se sont réunis à la salle Jean Moulin.\n\n"
    "# Etaient présents :\n\n"
    "Anne Barrat - Bernard Dufour - Claire Escudier - Denis Fabrègue - Karine Morin.\n\n"
    "# Etaient absents :\n\n"
    "|Absents|Ni pouvoir|Suppléant|Pouvoir donné à…|Ni suppléant|\n"
    "|---|---|---|---|---|\n"
    "|Paul Nadaud|X| | | |\n"
    "|Inès Hubac| |Hugo Garnaud| | |\n"
    "|Lucie Olivet| | |Anne Barrat| |\n"
    "|-| | |Denis Fabrègue| |\n"
    "|Marc Pujade| | | | |\n"
    "|Jean Rivaud|X| | |(arrivé en cours de séance)|\n\n"
    "Secrétaire de séance : Karine Morin\n"
)


def test_tableau_markdown_des_absents() -> None:
    """Titres « # » et tableau à barres (conversion d'un PDF en Markdown) : chaque colonne a
    son rôle (sans pouvoir, suppléant, pouvoir, note) ; la rangée sans nom suivie d'une rangée
    vide est lue comme une seule rangée coupée, et c'est dit."""
    p, codes = _lu(_MARKDOWN)
    assert p["date"] == "2022-03-17"
    assert p["absents"] == ["Paul Nadaud", "Jean Rivaud"]
    assert p["suppleances"] == [["Hugo Garnaud", "Inès Hubac"]]
    assert p["procurations"] == [["Lucie Olivet", "Anne Barrat"], ["Marc Pujade", "Denis Fabrègue"]]
    assert p["secretaires"] == ["Karine Morin"]
    assert "extrait.procuration-deduite" in codes
    assert "extrait.ligne-non-comprise" not in codes


def test_tableau_markdown_rangee_sans_nom_en_fin_dite() -> None:
    texte = _MARKDOWN.replace("|Jean Rivaud|X| | |(arrivé en cours de séance)|\n", "|-| | |Karine Morin| |\n")
    lu = lire_extrait(texte)
    illisibles = [c for c in lu.rapport.constats if c.code == "extrait.nom-illisible"]
    assert any("Karine Morin" in c.message for c in illisibles)


@given(
    st.lists(
        st.lists(st.sampled_from(["", "X", "-", "Anne Barrat", "Paul Nadaud", "(note)", "|", "#"]), max_size=6),
        max_size=8,
    )
)
def test_tableau_markdown_arbitraire(rangees: list[list[str]]) -> None:
    """Un tableau à barres quelconque sous l'en-tête des absents : des listes typées ou rien,
    jamais une exception ; la préparation garde le nombre de lignes."""
    corps = "\n".join("|" + "|".join(r) + "|" for r in rangees)
    texte = _MARKDOWN.split("|Paul Nadaud")[0] + corps + "\n"
    prep = preparer(texte)
    assert max((ligne.numero for ligne in prep.lignes), default=0) <= texte.count("\n") + 1
    lu = lire_extrait(texte)
    assert lu.seance is None or all(isinstance(x, str) for x in projection(lu.seance)["absents"])  # type: ignore[union-attr]


_FRAGMENTS = st.sampled_from(
    [
        "Conseil de Communauté Saint Paul le 13 février 2017", "jeudi 15 mars 2017",
        "Étaient présents tous les délégués, sauf les délégués titulaires d'Albert, A B ; ",
        "représentés par leur suppléant : communes de X, A B par C D", "de la Q. n°1 à la Q. n°3",
        "(Suppléant Hélène Roux)", "(absent excusé)", "(6) Présents : ", "Dont (1) Suppléé : A par B",
        "|Absents|Pouvoir donné à|", "|---|---|", "# ", "convoqué le 02\nmai 2023", "(2)",
        "\n", " ", ":", "(", ")", ";", ",",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=30)), max_size=12).map("".join))
def test_formes_de_la_session_sur_un_texte_arbitraire(texte: str) -> None:
    """Un texte quelconque, mêlé des formes de la session : une séance datée ou rien, des
    constats du lecteur, jamais une exception."""
    resultat = lire_extrait(texte)
    assert resultat.seance is None or resultat.seance.date is not None
    assert all(c.code.startswith("extrait.") for c in resultat.rapport.constats)
    assert date_seance_fiable(texte[:300]) is None or isinstance(date_seance_fiable(texte[:300]), tuple)



def test_collectivite_des_conseillers_communautaires_reunis() -> None:
    """« … les conseillers communautaires de Vallée du Lizon Agglomération, se sont réunis … » :
    l'organe et la collectivité ; « Conseillers communautaires présents : » n'en est pas un."""
    assert organe(
        "L'an deux mille vingt et un, le 28 octobre, les conseillers communautaires de Vallée du "
        "Lizon Agglomération, se sont réunis à la salle des fêtes."
    ) == (Organe.CONSEIL_COMMUNAUTAIRE, "Vallée du Lizon Agglomération")
    assert organe("Conseillers communautaires présents : A, B") is None


# --- relecture des passes précédentes ------------------------------------------------------------


def test_initiales_en_capitales_restent_des_initiales() -> None:
    """« JF BAROUX », « JA DUREL » : des initiales, pas les prénoms « Jf », « Ja »."""
    p, _ = _lu(
        "Le Conseil municipal s'est réuni le 7 juin 2013 en Mairie de Levoux, sous la présidence "
        "de JF BAROUX, Maire.\n"
        "Présents : JF BAROUX, Maire, B COLSIN, JA DUREL, JM CHERTON Conseillers\n"
    )
    assert p["presents"] == ["JF BAROUX", "B COLSIN", "JA DUREL", "JM CHERTON"]


def test_initiale_composee_m_j_n_est_pas_monsieur() -> None:
    """« Membres excusés : V. GOURDAN (pouvoir …), M. AUBRAY, M.J. TANGUIN » : une liste à
    initiales, « M. » y est une initiale."""
    p, _ = _lu(
        "Conseil municipal du 12 mars 2015\n"
        "Présents : J.P. OLIVAR, C. DROUIN, M.F. CEUSE, O. MAQUET\n"
        "Membres excusés : V. GOURDAN (pouvoir donné à C. DROUIN), M. AUBRAY, M.J. TANGUIN\n"
    )
    assert p["excuses"] == ["M. AUBRAY", "M.J. TANGUIN"]


def test_initiales_sans_separateur_avec_precision_et_initiale_double() -> None:
    p, _ = _lu(
        "Conseil municipal du 12 mars 2015\n"
        "Présents : J. MERCIAL - B. THOUMIN - B. LERAT S. PANCZAK (arrivée à 21h15) - D. GANNET - "
        "JF. OBEZE C. BIOLET - Absents excusés : E. CHASSAT\n"
    )
    assert p["presents"] == [
        "J. MERCIAL", "B. THOUMIN", "B. LERAT", "S. PANCZAK", "D. GANNET", "JF. OBEZE", "C. BIOLET",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "ligne",
    ["Absent en début de scéance : Mr Gilles MONSERRAT", "Mrs Gilles MONSERRAT est arrivé en cours de scéance"],
)
def test_absent_en_debut_de_seance_puis_arrive(ligne: str) -> None:
    p, codes = _lu(
        "Conseil municipal du 18 janvier 2018\n"
        "Présents : Mme Claude BOISSAN, Maire, Mr Cédric PESCAT.\n"
        f"{ligne}\n"
        "Mr Cédric PESCAT été nommé secrétaire de séance\n"
    )
    assert p["presents"] == ["Claude BOISSAN", "Cédric PESCAT", "Gilles MONSERRAT"]
    assert "extrait.arrivee-sans-point" in codes


def test_suppleance_avec_precision_entre_parentheses() -> None:
    p, codes = _lu(
        "Conseil communautaire du 27 juin 2013\n"
        "Délégués présents : JL Boucard, P Jacquin suppléé par R Venet (jusqu à D79/13), D Bernardy\n"
    )
    assert ["R Venet", "P Jacquin"] in p["suppleances"]  # type: ignore[operator]
    assert "extrait.nom-illisible" not in codes


def test_caractere_de_remplacement_entre_deux_blancs_est_une_puce() -> None:
    """« Présents : � A, Maire de X, Délégué titulaire � B, …, Déléguée suppléante » : la puce
    d'une police de symboles perdue par la copie ; la qualité de suppléant après une fonction."""
    p, _ = _lu(
        "COMPTE RENDU DE L'ASSEMBLEE GENERALE DU 31 MARS 2012\n"
        "Etaient présents : \ufffd Pierre CHAUBAN, Délégué titulaire, Président \ufffd Anthony "
        "HOTIER, Maire de Barrel, Délégué titulaire \ufffd Laurence PIAZZI, Maire de Merin, "
        "Déléguée suppléante \ufffd Joseph MICHELIN, Maire de Centor, Délégué titulaire\n"
    )
    assert p["presents"] == ["Pierre CHAUBAN", "Anthony HOTIER", "Joseph MICHELIN"]
    assert p["suppleances"] == [["Laurence PIAZZI", None]]


def test_nom_d_intercommunalite_apres_le_titre_du_registre() -> None:
    """« DÉPARTEMENT DE L'X - PROCÈS VERBAL ARRONDISSEMENT DE Y - DES DÉLIBÉRATIONS DU CONSEIL
    COMMUNAUTAIRE COMMUNAUTÉ DE COMMUNES DES Z » (en-tête en colonnes aplati) : la communauté,
    pas le département."""
    p, _ = _lu(
        "DEPARTEMENT DE L'ORBIEL - PROCES VERBAL ARRONDISSEMENT DE MORTAIN - DES DELIBERATIONS DU "
        "CONSEIL COMMUNAUTAIRE COMMUNAUTE DE COMMUNES DES VALLONS DU MERLIN\n"
        "Le 18 décembre 2018, à vingt heures, le conseil communautaire légalement convoqué, s'est "
        "réuni sous la présidence de Madame MAYZARD Marie, Présidente.\n"
        "Etaient présents : Mme MAYZARD Marie, M. FERAY Luc, M. DREUX Paul.\n"
    )
    assert p["collectivite"] == "COMMUNAUTE DE COMMUNES DES VALLONS DU MERLIN"
    assert p["type"] == "communaute_de_communes"


# --- vingt-quatrième lecture -------------------------------------------------------------------


@pytest.mark.parametrize("forme", FORMES)
def test_tiret_colle_au_prenom_separe_deux_personnes(forme: Callable[[str], str]) -> None:
    """« VIDAL Marc- TESSIER Luc » : l'espace devant le tiret perdue ; deux personnes (une
    seule, « Marc-TESSIER Luc VIDAL », sans constat) ; « Membres présents (9) : » donne le
    nombre des présents."""
    p, _ = _lu(
        forme(
            "Conseil municipal du 14 mai 2018\n"
            "Membres présents (5) : GARNAUD Paul - LEBLANC Anne - VIDALOT Marc- TESSON Luc - BRUNEAU Hélène\n"
            "Membres absents (1) : DUVALET Jean\n"
        )
    )
    assert p["presents"] == ["Paul GARNAUD", "Anne LEBLANC", "Marc VIDALOT", "Luc TESSON", "Hélène BRUNEAU"]
    assert p["decomptes"]["presents"] == 5  # type: ignore[index]


def test_nombre_puis_civilites_sans_point_dans_un_texte_aplati() -> None:
    """« Présents : 11 MM Garnier, Leblond, Mme Tessier … Absents excusés : 3 M Renaud, pouvoir
    à M le Maire M Collet, pouvoir à M Vidal Mme Bazin » : le nombre, puis la liste ; « M » sans
    point sépare les personnes."""
    p, _ = _lu(
        "VILLE DE BRAMEL Compte-rendu de la réunion de Conseil Municipal 12 mars 2012 Le 12 mars "
        "2012 à vingt heures, le Conseil Municipal s est réuni sous la Présidence du Maire, Monsieur "
        "Paul Garneau. Présents : 4 MM Garneau, Leblanc, Vidalot, Mme Tessonne Absents excusés: 3 "
        "M Renaudin, pouvoir à M le Maire M Colleau, pouvoir à M Vidalot Mme Bazinet Votants : 6 "
        "Secrétaire de séance : Mme Tessonne"
    )
    assert p["presents"] == ["Paul Garneau", "Leblanc", "Vidalot", "Tessonne"]
    assert p["procurations"] == [["Renaudin", "Paul Garneau"], ["Colleau", "Vidalot"]]
    assert p["excuses"] == ["Bazinet"]


def test_pouvoir_entre_epoux_de_meme_nom() -> None:
    """« Monsieur BRUNEL, procuration à Madame BRUNEL » : deux personnes (une erreur accusait
    le document d'une procuration à soi-même) ; ``valider`` ne voit pas le mandant présent."""
    lu = lire_extrait(
        "Compte rendu du Conseil Municipal du 9 juin 2005\n"
        "Étaient présents : Mesdames BRUNEL, FAUREL, ROCHET.\nMessieurs GARNAUD, LEBLANC, VIDALOT.\n"
        "Étaient absents excusés :\nMonsieur BRUNEL, procuration à Madame BRUNEL.\n"
    )
    assert lu.seance is not None
    assert [(str(p.mandant), str(p.mandataire)) for p in lu.seance.procurations] == [
        ("Monsieur BRUNEL", "Madame BRUNEL")
    ]
    codes = [c.code for c in lu.rapport.constats]
    assert "extrait.procuration-invalide" not in codes
    assert "extrait.procuration-en-cours-de-seance" not in codes
    assert "procuration.mandant-present" not in [c.code for c in valider(lu.seance)]


@pytest.mark.parametrize(
    "phrase",
    [
        "Madame ROCHET prend le secrétariat de séance.",
        "Madame ROCHET propose d'assurer ce secrétariat. Le Conseil accepte à l'unanimité.",
    ],
)
def test_secretaire_qui_prend_ou_propose_d_assurer_le_secretariat(phrase: str) -> None:
    p, _ = _lu(
        "Compte rendu du Conseil Municipal du 9 juin 2005\n"
        "Étaient présents : Mesdames FAUREL, ROCHET. Messieurs GARNAUD, VIDALOT.\n"
        f"{phrase}\n"
    )
    assert p["secretaires"] == ["ROCHET"]


def test_commune_par_commune_delegues_separes_par_des_virgules() -> None:
    """« BEAUVAL : A, B, C BEHENCOURT : Philippe » ⏎ « PLAISANT BERNATRE : D » (liste par commune
    aplatie, un prénom coupé en fin de ligne, interligne double) : chaque délégué."""
    p, _ = _lu(
        "Réunion de Conseil communautaire du mardi 22 septembre 2020\n"
        "TITULAIRES PRÉSENTS 9/12\n\n"
        "AUTHIE : Régis DESPLAT, BARLIN : Jean-Louis BOUCHARD, BEAUVAL : Bernard CANDEL, Martine MESRAN,\n\n"
        "Bernard THUILIER, BEHENCOURT : Philippe\n\n"
        "PLAISANCE BERNAY : Raphaël LEJEUNET, BERNEVAL : Didier PATTIN\n"
    )
    assert p["presents"] == [
        "Régis DESPLAT", "Jean-Louis BOUCHARD", "Bernard CANDEL", "Martine MESRAN", "Bernard THUILIER",
        "Philippe PLAISANCE", "Raphaël LEJEUNET", "Didier PATTIN",
    ]  # fmt: skip


def test_convocation_coupee_avant_le_jour() -> None:
    p, _ = _lu(
        "Réunion de Conseil communautaire du mardi 22 septembre 2020\n"
        "Le 22 septembre 2020 à 18h30, se sont réunis, après avoir été légalement convoqués le\n\n"
        "15 septembre 2020, les membres du Conseil communautaire.\n"
        "Présents : Régis DESPLAT, Jean-Louis BOUCHARD.\n"
    )
    assert p["convocation"] == "2020-09-15"


# --- vingt-cinquième lecture -------------------------------------------------------------------


def test_compte_des_excuses_et_de_leurs_pouvoirs_dans_l_intitule() -> None:
    """« Absents excusés (3 dont 2 pouvoirs): X, pouvoir à Y ; … » : la liste (toute la ligne
    était perdue, lue comme un vote hors délibération)."""
    p, _ = _lu(
        "COMPTE RENDU de la REUNION du CONSEIL MUNICIPAL de Bréval-sur-Loir du mardi 12 mars 2019\n"
        "Présents (4): MORELLE Paul, DUCLAUX Anne, FAUREL Marc, BLANCHE Léa.\n"
        "Absents excusés (3 dont 2 pouvoirs): PETITOT Jean, pouvoir à MORELLE Paul ; ROUXEL Claire, "
        "pouvoir à FAUREL Marc ; GARNAUD Luc.\n"
    )
    assert p["procurations"] == [["Jean PETITOT", "Paul MORELLE"], ["Claire ROUXEL", "Marc FAUREL"]]
    assert p["excuses"] == ["Luc GARNAUD"]


def test_seance_sans_quorum_citee_n_est_pas_la_seance() -> None:
    """« … le quorum n'ayant pas été atteint lors de la séance du 15 mars 2019, … » : la date du
    titre (19 mars) ; la date citée donnait une erreur CGCT (convocation après la séance)."""
    lu = lire_extrait(
        "COMPTE RENDU de la REUNION du CONSEIL MUNICIPAL de Bréval-sur-Loir du mardi 19 mars 2019\n"
        "Présents (3): MORELLE Paul, DUCLAUX Anne, FAUREL Marc.\n"
        "Date de la convocation : 15/03/2019\n"
        "Le Maire rappelle que, le quorum n'ayant pas été atteint lors de la séance du 15 mars 2019, "
        "le conseil municipal a été à nouveau convoqué.\n"
    )
    assert lu.seance is not None and lu.seance.date.isoformat() == "2019-03-19"
    assert not valider(lu.seance).erreurs


def test_reunion_sans_quorum_puis_seance_reconvoquee_dite() -> None:
    """Deux comptes rendus à la suite, le premier sans quorum (« le quorum n'est donc pas
    atteint ; le Maire fixe la prochaine réunion au … ») : depuis la vingt-quatrième session, la
    séance est la seconde (sa date, ses listes), celles de la première sont écartées et c'est dit
    (`extrait.seance-manquee`) ; dites non établies à la vingt-troisième."""
    lu = lire_extrait(
        "COMPTE RENDU de la REUNION du CONSEIL MUNICIPAL du vendredi 8 novembre 2019\n"
        "Présents (3): MORELLE Paul, DUCLAUX Anne, FAUREL Marc.\n"
        "Le quorum n'est donc pas atteint ; le Maire fixe la prochaine réunion au 12 novembre 2019.\n"
        "COMPTE RENDU de la REUNION du CONSEIL MUNICIPAL du mardi 12 novembre 2019\n"
        "Présents (4): MORELLE Paul, DUCLAUX Anne, BLANCHE Léa, PETITOT Jean.\n"
    )
    assert lu.seance is not None and lu.seance.date.isoformat() == "2019-11-12"
    assert [str(p.elu) for p in lu.seance.presences] == ["Paul MORELLE", "Anne DUCLAUX", "Léa BLANCHE", "Jean PETITOT"]
    assert lu.seance.decomptes.presents == 4
    assert "extrait.seance-manquee" in [c.code for c in lu.rapport.constats]


def test_president_apres_la_fonction_en_majuscule() -> None:
    p, _ = _lu(
        "COMPTE RENDU de la REUNION du CONSEIL MUNICIPAL de Bréval-sur-Loir du mardi 12 mars 2019\n"
        "Présents : MORELLE Paul, DUCLAUX Anne.\n"
        "Le Conseil Municipal, réuni sous la Présidence du Maire Paul MORELLE, approuve à "
        "l'unanimité le compte-rendu de la réunion du 4 février 2019.\n"
    )
    assert p["president"] == "Paul MORELLE"
    assert p["presents"] == ["Paul MORELLE", "Anne DUCLAUX"]


def test_nom_d_intercommunalite_a_tirets_entoures_d_espaces() -> None:
    p, _ = _lu(
        "COMMUNAUTE DE COMMUNES DE BREVAL - SAINT-OLIVIER -LAMBERCOUR\n"
        "Procès-verbal de la séance du Conseil Communautaire du 12 mars 2018\n"
        "Présents : Anne DUCLAUX, Paul VERNIOT.\n"
    )
    assert p["collectivite"] == "COMMUNAUTE DE COMMUNES DE BREVAL-SAINT-OLIVIER-LAMBERCOUR"


def test_date_devant_le_titre() -> None:
    p, _ = _lu(
        "Mairie de Saint Martin des Vignolles\n\n"
        "14 février 2022 - PROCÈS VERBAL DE SÉANCE DU CONSEIL MUNICIPAL\n"
        "Etaient présents : DUPRAT Hélène, MARTY Louis, CASTEX Jeanne.\n"
    )
    assert p["date"] == "2022-02-14"


@pytest.mark.parametrize("forme", FORMES)
def test_rubrique_des_personnels_et_invites(forme: Callable[[str], str]) -> None:
    """« ADMINISTRATEURS Étaient présents : … PERSONNELS ADMINISTRATIFS ET INVITÉS Étaient
    présents : … » : le second bloc ne nomme pas des membres ; « - CD 61 » après un délégué est
    le conseil qu'il représente."""
    p, codes = _lu(
        forme(
            "PROCÈS-VERBAL DE LA SÉANCE DU COMITÉ SYNDICAL DU 5 MARS 2019\n"
            "ADMINISTRATEURS\n"
            "Étaient présents : Madame Anne RIVOIRE, Monsieur Paul DAGUIN - CD 61 Monsieur Louis "
            "FERRANDO - CD 14\n"
            "Absents excusés : Monsieur Marc TESSONE (pouvoir à Monsieur Louis FERRANDO) - CD 14.\n"
            "Secrétaire de séance : Monsieur Paul DAGUIN.\n"
            "PERSONNELS ADMINISTRATIFS ET INVITÉS\n"
            "Étaient présents : Madame Lise CARONE, Payeur départemental ; Monsieur Yves LEBRUNET, "
            "Président de la Fédération de Pêche.\n"
        )
    )
    assert p["presents"] == ["Anne RIVOIRE", "Paul DAGUIN", "Louis FERRANDO"]
    assert p["procurations"] == [["Marc TESSONE", "Louis FERRANDO"]]
    assert p["secretaires"] == ["Paul DAGUIN"]
    assert "extrait.non-membres" in codes


def test_absents_par_commune_avec_pouvoirs_aplatis() -> None:
    p, codes = _lu(
        "Séance du 12 mars 2016 L'an deux mil seize, le samedi douze mars, le Conseil Communautaire "
        "de la Communauté de Communes du Val de Brennet s'est réuni sous la présidence de M. Paul "
        "ARNOUX. PRESENTS (3): AUBIGNY : M. Paul ARNOUX, Mme Claire BESSONE VILLORET : M. Henri "
        "DAUBIN. ABSENTS (03) : AUBIGNY : M. Yves NOELLE, VILLORET : M. Hugo PERRINE pouvoir à M. "
        "Henri DAUBIN MONTFERRAT : Mme Sonia MAURELLE pouvoir Mme Claire BESSONE. SECRETAIRE DE "
        "SEANCE : Mme Claire BESSONE."
    )
    assert p["procurations"] == [["Hugo PERRINE", "Henri DAUBIN"], ["Sonia MAURELLE", "Claire BESSONE"]]
    assert "extrait.groupe-nom" in codes  # (« DAUBIN MONTFERRAT » : la limite nom | commune, dite)


def test_prenom_coupe_apres_un_tiret_ou_une_civilite() -> None:
    p, _ = _lu(
        "CONSEIL MUNICIPAL DE BREVAL-SUR-LOIR\nSéance du LUNDI 14 AVRIL 2008\n"
        "Présents : Mmes Anne DUCLAUX - Léa BLANCHE - Nicole\nMOREAU-VIDALOT - Rose CAILLOT - MM. Paul\n"
        "MORELLE - Marc FAUREL.\n"
    )
    assert p["presents"] == ["Anne DUCLAUX", "Léa BLANCHE", "Nicole MOREAU-VIDALOT", "Rose CAILLOT", "Paul MORELLE", "Marc FAUREL"]


def test_champs_de_l_etat_de_lecture_definis_une_fois() -> None:
    """Deux champs de même nom dans l'état de lecture : le second remplace le premier en
    silence (arrivé deux fois) ; chaque champ n'est déclaré qu'une fois."""
    import ast
    from pathlib import Path

    import deliberations.extrait.analyse as analyse

    arbre = ast.parse(Path(analyse.__file__).read_text("utf-8"))
    etat = next(n for n in arbre.body if isinstance(n, ast.ClassDef) and n.name == "_Etat")
    noms = [n.target.id for n in etat.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
    assert len(noms) == len(set(noms)), sorted({x for x in noms if noms.count(x) > 1})


def test_ornement_colle_a_l_effectif() -> None:
    p, _ = _lu(
        "CONSEIL MUNICIPAL DE BREVAL-SUR-LOIR\nSéance du LUNDI 14 AVRIL 2008\n"
        "-oOo--oOo--oOo--oOoConseillers en exercice : sept.\n"
        "Présents : Anne DUCLAUX - Léa BLANCHE - Paul MORELLE.\n"
    )
    assert p["decomptes"]["en_exercice"] == 7  # type: ignore[index]


def test_point_a_la_place_d_une_virgule_entre_deux_personnes() -> None:
    p, _ = _lu(
        "COMPTE RENDU de la REUNION du CONSEIL MUNICIPAL de Bréval-sur-Loir du mardi 12 novembre 2019\n"
        "Présents (2): MORELLE Paul, DUCLAUX Anne.\n"
        "Absents (4) : FAUREL Marc, GARNAUD-LAMIE Luc. LEROUX Eve, VIDALOT Tom.\n"
    )
    assert p["absents"] == ["Marc FAUREL", "Luc GARNAUD-LAMIE", "Eve LEROUX", "Tom VIDALOT"]


def test_secretaire_designe_par_une_phrase_apres_l_intitule() -> None:
    p, _ = _lu(
        "Séance du 12 mars 2016. Le Conseil Communautaire s'est réuni sous la présidence de M. Paul "
        "ARNOUX.\nPRESENTS : M. Paul ARNOUX, Mme Lucie FAVRET.\n"
        "SECRETAIRE DE SEANCE : Conformément à l article L2121-15 du CGCT le Conseil Communautaire "
        "désigne Mme Lucie FAVRET conseillère communautaire de la Commune de VILLERET secrétaire de séance.\n"
    )
    assert p["secretaires"] == ["Lucie FAVRET"]


def test_pouvoir_dit_par_un_pronom() -> None:
    """« M. Luc X, absent, est excusé. Il donne pouvoir à M. Paul Y. » : la procuration (perdue
    sans constat)."""
    p, _ = _lu(
        "CONSEIL MUNICIPAL DE BREVAL-SUR-LOIR\nSéance du LUNDI 14 AVRIL 2008\n"
        "Présents : Anne DUCLAUX - Léa BLANCHE - Paul MORELLE.\n"
        "M. le Maire ouvre la séance. M. Luc GARNAUD, absent, est excusé. Il donne pouvoir à M. Paul MORELLE.\n"
    )
    assert p["procurations"] == [["Luc GARNAUD", "Paul MORELLE"]]


# --- vingt-sixième lecture ---------------------------------------------------------------------


def test_etoiles_autour_du_titre_et_assistaient_en_outre() -> None:
    """« COMMUNE DE X ***** COMPTE-RENDU … ***** » : les étoiles ne sont pas du nom (« X * » sans
    constat) ; « Assistaient en outre à la séance : » ferme la liste des excusés."""
    p, _ = _lu(
        "COMMUNE DE SAINT-ALBAN ***** COMPTE-RENDU DU CONSEIL MUNICIPAL DU 3 AVRIL 2015 ***** "
        "Présents : Jean ROCHAT, Anne VIALE, Paul MERLIN. Excusés : FAVIERE Luc, PASCALE Irène "
        "Assistaient en outre à la séance : GARNAUD Yves, Maire de Lavaure, COSTEL Nadia. Anne "
        "VIALE a été désignée Secrétaire de séance."
    )
    assert p["collectivite"] == "SAINT-ALBAN"
    assert p["excuses"] == ["Luc FAVIERE", "Irène PASCALE"]


def test_nom_puis_deux_initiales_sans_point() -> None:
    """« MM ARNOULT G, BRETON JP, …, ROLLIN JM » : « JP », « JM » sont les initiales du prénom
    (« Breton JP » était lu à l'envers, et le président compté deux fois)."""
    p, _ = _lu(
        "COMMUNAUTE DE COMMUNES DU VAL DE SERRAN COMPTE-RENDU DU CONSEIL COMMUNAUTAIRE DU 5 MARS "
        "2016 sous la présidence de Monsieur Jean-Marc ROLLAND, Président. Etaient présents : MM "
        "ARNOUX G, BRETONNE JP, CARONE M et ROLLAND JM. Etaient excusés : OLIVIER S."
    )
    assert p["presents"] == ["G. ARNOUX", "JP BRETONNE", "M. CARONE", "JM ROLLAND"]


def test_tiret_colle_apres_une_initiale_et_liste_apres_son_decompte() -> None:
    p, _ = _lu(
        "COMMUNAUTE DE COMMUNES DU VAL DE BRIVAL\nSéance du conseil communautaire du 12 mai 2011\n"
        "ETAIENT PRESENTS : M. DURANT, Président - MM. LEBRUNE - MARTINOT P.- ROCHAT - Mme FAVRET.\n"
    )
    assert p["presents"] == ["DURANT", "LEBRUNE", "P. MARTINOT", "ROCHAT", "FAVRET"]
    q, _ = _lu(
        "Conseil communautaire du 12 avril 2016 Nombre de délégués communautaires en exercice : 12 "
        "Nombre de conseillers communautaires titulaires présents : 3 M. Paul DELATRE, Président, "
        "M. Jean LEBRUNE, Mme Anne CARONE. Le quorum est atteint."
    )
    assert q["presents"] == ["Paul DELATRE", "Jean LEBRUNE", "Anne CARONE"]


def test_suppleances_dites_par_une_phrase_dans_les_presents() -> None:
    """« MM J. X        excusé et remplacé par  MM F. Y » (colonnes à larges blancs) et « Luc X
    représenté par Henri Y son suppléant, Claire Z » : des suppléances (une procuration sans
    mandataire était inventée, et Claire Z avalée)."""
    p, codes = _lu(
        "Compte-rendu du Conseil Communautaire du 14 mars 2012\n\nEtaient présents :\n\n"
        "MM P. MARTEAU, MME L. VIGNAL, Luc ROUSSIN représenté par Henri GAUDET son suppléant, "
        "Claire MORELLE.\n\nMM J. COLLIN        excusé et remplacé par  MM F. CARLIN\n"
    )
    assert p["suppleances"] == [["Henri GAUDET", "Luc ROUSSIN"], ["F. CARLIN", "J. COLLIN"]]
    assert "Claire MORELLE" in p["presents"]  # type: ignore[operator]
    assert "extrait.mandataire-inconnu" not in codes


def test_pouvoir_etant_excuse_et_ayant_donne_procuration() -> None:
    p, _ = _lu(
        "Compte-rendu du Conseil Municipal du 14 mars 2012\n"
        "Etaient présents : P. MARTEAU, L. VIGNAL.\n"
        "Monsieur G. DEWAST étant excusé et ayant donné procuration à Monsieur Pierre MARTEAU\n"
    )
    assert p["procurations"] == [["G. DEWAST", "Pierre MARTEAU"]]


def test_decomptes_a_points_de_conduite_et_etoile_apres_une_liste() -> None:
    p, _ = _lu(
        "Conseil communautaire du 12 avril 2016 Nombre de délégués communautaires en exercice "
        "............ 12 Nombre de délégués communautaires présents ............ 3 Etaient présents : "
        "MM ARNOUX G, CARONE M et KLEMENT B. * Etaient excusés : OLIVIER S. * Pouvoirs : Mme OLIVIER "
        "S donne pouvoir à Mr KLEMENT B."
    )
    assert (p["decomptes"]["en_exercice"], p["decomptes"]["presents"]) == (12, 3)  # type: ignore[index]
    assert p["presents"] == ["G. ARNOUX", "M. CARONE", "B. KLEMENT"]
    assert p["procurations"] == [["S. OLIVIER", "B. KLEMENT"]]


def test_date_de_mise_en_ligne_devant_un_titre_date() -> None:
    """« 12 mars 2022 - Compte rendu du conseil municipal du 3 mars 2022 » : la date du titre,
    pas celle qui le précède (mise en ligne)."""
    trouve = date_seance_fiable("12 mars 2022 - Compte rendu du conseil municipal du 3 mars 2022")
    assert trouve is not None and trouve[0].isoformat() == "2022-03-03"


@given(st.text(alphabet=st.sampled_from("|#-: ab\nX\t"), max_size=80))
def test_balises_markdown_otees_sans_changer_les_lignes(texte: str) -> None:
    """Titres et tableaux Markdown ôtés : le nombre de lignes ne change jamais (les constats
    nomment des lignes du document), et aucun mot n'est perdu."""
    from deliberations.extrait.preparation import _sans_balises_markdown

    sortie = _sans_balises_markdown(texte)
    assert sortie.count("\n") == texte.count("\n")
    assert [m for m in sortie.replace("|", " ").replace("#", " ").split() if "-" not in m] == [
        m for m in texte.replace("|", " ").replace("#", " ").split() if "-" not in m
    ]


@given(
    st.lists(
        st.sampled_from(["convoqué le 02", "mai 2023, réuni", "le", "15 septembre 2020,", "Présents : A", ""]),
        max_size=8,
    )
)
def test_dates_recollees_ne_perdent_aucun_mot(lignes: list[str]) -> None:
    """Recoller une date coupée entre deux lignes garde tous les mots, dans l'ordre, et le
    numéro de la première ligne."""
    from deliberations.extrait.preparation import _dates_recollees

    numerotees = list(enumerate(lignes, start=1))
    sortie = _dates_recollees(numerotees)
    assert " ".join(t for _, t in sortie).split() == " ".join(lignes).split()
    assert all(numero in dict(numerotees) for numero, _ in sortie)
