"""Vingt-deuxième session : formes trouvées en lisant de vrais documents publiés (hors dépôt),
chacune reproduite ici sur un petit texte inventé (noms, lieux et nombres inventés)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.normalisation import normaliser
from deliberations.extrait.personnes import lire_personne
from deliberations.extrait.reconnaisseurs import president, section
from deliberations.validation import valider
from tests.extrait.comparaison import FORMES, aplati, en_lignes, projection


def _lu(texte: str) -> tuple[dict[str, object], list[str]]:
    lu = lire_extrait(texte)
    assert lu.seance is not None
    return projection(lu.seance), [c.code for c in lu.rapport.constats]


# --- en-tête ---------------------------------------------------------------------------------


def test_date_du_titre_sur_la_ligne_suivante_en_date_du() -> None:
    """« Compte-rendu de la séance du conseil municipal » ⏎ « en date du 11 avril 2014 », puis
    la date de mise en ligne de la page : la séance est celle du titre (la date de publication
    était retenue, signalée seulement comme incertaine)."""
    p, codes = _lu(
        "Compte-rendu de la séance du conseil municipal\n"
        "en date du 11 avril 2014\n\n"
        "jeudi 5 juin 2014, par Julien\n\n"
        "Membres présents : Jean ALBERT, Luc BRUNEL, Paul CAZES.\n"
        "Secrétaire de séance : Luc BRUNEL\n"
        "Date de convocation : 4 avril 2014\n"
    )
    assert (p["date"], p["convocation"]) == ("2014-04-11", "2014-04-04")
    assert "extrait.date-incertaine" not in codes


@pytest.mark.parametrize("forme", FORMES)
def test_president_qui_declare_la_seance_ouverte_ou_assure_la_presidence(
    forme: Callable[[str], str],
) -> None:
    """« M. X déclare la séance ouverte », « En l'absence de Mme le Maire, M. X assure la
    présidence » : le président de séance (laissé vide, sans constat)."""
    phrases = ["Le quorum étant atteint, M. ARNAUD déclare la séance ouverte à 20h30."]
    if forme is en_lignes:  # (aplati, la phrase resterait collée à la liste : non reconnue)
        phrases.append("En l'absence de Mme le Maire, M. ARNAUD assure la présidence.")
    for phrase in phrases:
        p, _ = _lu(
            forme(
                "Procès-verbal du conseil municipal\nDu mardi 9 octobre 2018\n"
                "Etaient présents : Paul ARNAUD, Luc BERTHE, Marc COLIN.\n"
                f"{phrase}\nM. COLIN est désigné secrétaire de séance.\n"
            )
        )
        assert p["president"] == "Paul ARNAUD", phrase


def test_president_introuvable_est_dit() -> None:
    """Un président que le document ne nomme pas : laissé vide, et dit (information)."""
    lu = lire_extrait(
        "Séance du 12 mai 2005\nÉtaient présents : Monsieur GARNIER, Madame ROBIN\n"
        "Monsieur Garnier est nommé secrétaire de séance\n"
    )
    assert lu.seance is not None and lu.seance.president is None
    constat = next(c for c in lu.rapport.constats if c.code == "extrait.president-absent")
    assert constat.severite.value == "info"


def test_doyen_d_age_qui_prend_la_presidence_ne_remplace_pas_le_president_elu() -> None:
    """« sous la présidence de M. X, son doyen d'âge, puis de M. Y son président après son
    élection » puis « M. X, doyen d'âge, prend la présidence » : Y préside la séance (X était
    retenu, avec une simple information)."""
    p, codes = _lu(
        aplati(
            "PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE Séance du lundi 14 mars 2011 L AN DEUX MILLE "
            "ONZE, LE 14 MARS, À 19 HEURES, LE CONSEIL COMMUNAUTAIRE, dûment convoqué le 7 mars "
            "2011, s est assemblé sous la présidence de Monsieur VERNAY, son doyen d âge, puis de "
            "Monsieur Alain BRISSOT son président après son élection. Étaient présents : Monsieur "
            "BRISSOT, Madame CALMEL, Monsieur DORIAC, Monsieur VERNAY. Monsieur Louis VERNAY, "
            "doyen d âge, prend la présidence de la séance, et déclare la séance ouverte à 19h05."
        )
    )
    assert p["president"] == "Alain BRISSOT"
    assert "extrait.president-doyen" in codes


def test_fonction_possessive_apres_le_nom_du_president() -> None:
    """« sous la présidence de Mme Rose VIAL sa présidente » : la fonction n'est pas du nom."""
    assert president("sous la présidence de Mme Rose VIAL sa présidente.") == "Mme Rose VIAL"
    # (« sous la présidence de son Maire » : la fonction seule, rien à couper)
    assert president("sous la présidence de son Maire, Jean DUPONT.") == "Jean DUPONT"


def test_commune_nommee_par_le_lieu_de_reunion_en_mairie() -> None:
    """« Le Conseil municipal s'est réuni le 4 avril 2014 en Mairie de X » : la commune."""
    p, _ = _lu(
        "Le Conseil municipal s'est réuni le 4 avril 2014 en Mairie de Sorvilliers, sous la "
        "présidence de Paul MARCEAU, Maire.\nPrésents : Paul MARCEAU, Anne DUCHÊNE\n"
    )
    assert p["collectivite"] == "Sorvilliers"


def test_secretaire_dont_l_auxiliaire_est_oublie() -> None:
    """« Mr Jean SARRAT été nommé secrétaire de séance » (coquille : « a » oublié) ; « Ont été
    désigné(e)s secrétaires : … » garde ses deux secrétaires."""
    p, _ = _lu(
        "CONSEIL MUNICIPAL DU 22 FÉVRIER 2017\nPrésents : Mme Odile CASTETS, M. Jean SARRAT.\n"
        "Mr Jean SARRAT été nommé secrétaire de séance\n"
    )
    assert p["secretaires"] == ["Jean SARRAT"]


# --- listes ----------------------------------------------------------------------------------


def test_arrivee_en_cours_de_seance_avant_les_points() -> None:
    """« Mrs Paul LABAT est arrivé en cours de séance », « M. X arrive en cours de séance »
    (absent au début) : présents, le point de leur arrivée non dit (avertissement)."""
    p, codes = _lu(
        "CONSEIL MUNICIPAL DU 22 FÉVRIER 2017\n"
        "Présents : Mme Odile CASTETS, Maire, Mr Henri DUPOUY, Mme Rose LABAT.\n"
        "Mrs Paul LABAT est arrivé en cours de séance\n"
        "Absent en début de séance : Mr Louis BERGES\n"
        "Mr Louis BERGES arrive en cours de séance.\n"
    )
    assert {"Paul LABAT", "Louis BERGES"} <= set(p["presents"])  # type: ignore[arg-type]
    assert codes.count("extrait.arrivee-sans-point") == 2


@pytest.mark.parametrize("forme", FORMES)
def test_sans_pouvoir_apres_un_excuse(forme: Callable[[str], str]) -> None:
    """« Membres excusés : Mme X pouvoir à Mme Y M. Z sans pouvoir Mme W (sans pouvoir) » : Z et
    W excusés sans procuration (ils étaient perdus, « nom illisible »)."""
    p, codes = _lu(
        forme(
            "Séance du 3 mars 2016\nMembres présents : M. GIROD Paul, Mme BLANC Anne, M. CHAPUIS Luc\n"
            "Membres excusés : Mme KLEIN Sophie pouvoir à Mme BLANC Anne M. LAMY Paul sans pouvoir "
            "Mme MOREL Julie (sans pouvoir)\nSecrétaire de séance : M. CHAPUIS Luc\n"
        )
    )
    assert p["excuses"] == ["Paul LAMY", "Julie MOREL"]
    assert p["procurations"] == [["Sophie KLEIN", "Anne BLANC"]]
    assert "extrait.nom-illisible" not in codes and "extrait.precision-ignoree" not in codes


def test_deux_noms_en_capitales_sans_virgule_ne_font_pas_un_prenom() -> None:
    """« Mrs DUPRÉ MARCHAND, LEBLOND » dans une liste de NOM seuls : jamais le prénom « Dupré » ;
    le nom est gardé entier, et le doute (deux personnes ?) est dit."""
    p, codes = _lu(
        "COMPTE RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL DU 3 AVRIL 2014\n"
        "Étaient présents : Mr TESSIER Alain, Maire, Mme GALLAND, Mrs DUPRÉ MARCHAND, LEBLOND, "
        "ROCHE, Mme VIAL.\n"
    )
    assert "DUPRÉ MARCHAND" in p["presents"]  # type: ignore[operator]
    assert "extrait.nom-ambigu" in codes
    # (« MM CALLOT » : la civilité sans point n'est pas un premier NOM)
    p, codes = _lu(
        "Séance du 14 mars 2019\nPrésents : Mme BERTIN, MM CALLOT, DUVAL, FAURE, PRAT et ROUX.\n"
    )
    assert p["presents"] == ["BERTIN", "CALLOT", "DUVAL", "FAURE", "PRAT", "ROUX"]
    assert "extrait.nom-ambigu" not in codes


def test_nom_a_particule_tout_en_capitales_n_a_pas_de_prenom() -> None:
    """« Monsieur COSTE de la MOTTE », « Monsieur FALQUE D ARGENS » : un NOM à particule (le
    premier mot était lu comme le prénom « Coste »)."""
    for texte in ("Monsieur COSTE de la MOTTE", "Monsieur FALQUE D ARGENS"):
        elu = lire_personne(texte)
        assert elu is not None and elu.prenom is None, texte
    elu = lire_personne("JEAN de la TOUR")  # (un prénom usuel reste un prénom)
    assert elu is not None and elu.prenom == "Jean"


def test_tirets_doubles_entre_les_presents() -> None:
    """« Mme ALBERT Rose –– M. BERNE Paul ––– M CHAIX Louis–– … » : le tiret répété sépare les
    présents (la liste entière était rejetée)."""
    p, _ = _lu(
        "CONSEIL COMMUNAUTAIRE DU 16 NOVEMBRE 2017\nEtaient présents : Mme ALBERT Rose –– "
        "M. BERNE Paul ––– M CHAIX Louis–– Mme FABRE Lise.\n"
    )
    assert p["presents"] == ["Rose ALBERT", "Paul BERNE", "Louis CHAIX", "Lise FABRE"]
    assert " " not in normaliser("A\n————————\nB")  # (un filet seul reste un filet)


def test_civilite_separee_de_son_point() -> None:
    """« M . CORRE Yves » (copie d'un PDF) : « M. CORRE Yves »."""
    assert normaliser("Présents : M . CORRE Yves, Mme . ROUX Anne") == "Présents : M. CORRE Yves, Mme. ROUX Anne"


def test_intercommunalite_delegues_suivis_de_leur_commune_sans_separateur() -> None:
    """« Présents : Hervé BASTIDE AUBRAC Lise CORNU BRESSOLLES Marc DELORME BRESSOLLES … »
    (tableau aplati d'une communauté) : la commune n'est pas du nom ; dit (avertissement)."""
    p, codes = _lu(
        "COMPTE RENDU DE SEANCE DU CONSEIL COMMUNAUTAIRE DU VENDREDI 9 FEVRIER 2018 A 18H30 "
        "Nombre de membres en exercice : 6 Présents : Hervé BASTIDE AUBRAC-LE-HAUT Lise CORNU "
        "BRESSOLLES Marc DELORME BRESSOLLES Jeanne FAURIE SAINT-PONS LA VALLEE Paul GIRAUD "
        "VILLARD Anne MOREL VILLARD"
    )
    assert p["presents"] == [
        "Hervé BASTIDE", "Lise CORNU", "Marc DELORME", "Jeanne FAURIE", "Paul GIRAUD", "Anne MOREL"
    ]
    assert "extrait.communes-en-colonne" in codes
    # (une commune de conseil municipal : la liste n'est pas relue ainsi)
    p, codes = _lu(
        "COMPTE RENDU DU CONSEIL MUNICIPAL DU 9 FEVRIER 2018 Présents : Hervé BASTIDE AUBRAC Lise "
        "CORNU BRESSOLLES Marc DELORME BRESSOLLES"
    )
    assert "extrait.communes-en-colonne" not in codes


def test_longue_liste_sans_separateur_coupee_devant_un_prenom() -> None:
    """Une liste « Prénom NOM COMMUNE » de plus de 600 caractères : coupée devant un prénom
    (la commune restait seule en tête du second morceau, qui n'était pas lu)."""
    communes = ["VILLARD", "BRESSOLLES", "CHALAMONT", "MIONNAY"]
    noms = [f"Paul DELEGUE{chr(65 + i // 26)}{chr(65 + i % 26)} {communes[i % 4]}" for i in range(40)]
    p, _ = _lu(
        "COMPTE RENDU DE SEANCE DU CONSEIL COMMUNAUTAIRE DU JEUDI 11 JANVIER 2017 Nombre de "
        f"membres en exercice : 40 Nombre de membres présents : 40 Présents : {' '.join(noms)}"
    )
    assert len(p["presents"]) == 40  # type: ignore[arg-type]


def test_commune_en_rubrique_au_milieu_d_une_liste() -> None:
    """« TITULAIRES PRÉSENTS 9/12 » ⏎ « ABLAIN : Marc DUBOIS, BARLY : Anne LEFEVRE, Jean PETIT »
    (communauté) : l'intitulé suivi d'un compte sur l'effectif, et chaque commune en rubrique."""
    assert section("TITULAIRES PRÉSENTS 9/12") is not None
    assert section("Séance du 12/03") is None
    p, _ = _lu(
        "Conseil communautaire du mardi 13 octobre 2020\nTITULAIRES PRÉSENTS 9/12\n"
        "ABLAIN : Marc DUBOIS, BARLY-LE-BOIS : Anne LEFEVRE, Jean PETIT, CORNAY : Louis MARTIN\n"
    )
    assert p["presents"] == ["Marc DUBOIS", "Anne LEFEVRE", "Jean PETIT", "Louis MARTIN"]


# --- procurations ----------------------------------------------------------------------------


def test_homonymes_departages_par_la_civilite() -> None:
    """« Absents : Mme MOREL Agnès, M. MOREL Julien » puis « Mme MOREL à M. DUVAL, M. MOREL à
    M. PRAT » : chaque procuration à son homonyme (les deux allaient à Agnès, et ``valider``
    signalait un doublon qui n'existe pas)."""
    texte = (
        "Procès-verbal du conseil municipal\nDu jeudi 14 mars 2019\n"
        "Présents : Mme BERTIN, MM CALLOT, DUVAL, FAURE, LEBRUN (Maire), PRAT et ROUX.\n"
        "Absents : Mme MOREL Agnès, M. MOREL Julien\n"
        "Ont donné procuration :\nMme MOREL à M. DUVAL,\nM. MOREL à M. PRAT.\n"
        "M. CALLOT est désigné secrétaire de séance.\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    assert projection(lu.seance)["procurations"] == [["Agnès MOREL", "DUVAL"], ["Julien MOREL", "PRAT"]]
    assert not [c for c in valider(lu.seance).constats if c.code == "procuration.doublon"]


def test_homonymes_de_meme_civilite_sont_dits() -> None:
    """Deux « M. MOREL » et « M. MOREL à M. DUVAL » : rien ne les départage, c'est dit."""
    _, codes = _lu(
        "Séance du 14 mars 2019\nPrésents : M. DUVAL Marc, M. PRAT Luc\n"
        "Absents : M. MOREL Julien, M. MOREL Yves\nProcurations : M. MOREL à M. DUVAL\n"
    )
    assert "extrait.nom-ambigu" in codes


def test_formule_de_pouvoir_ecrite_deux_fois_et_portee_apres_le_depart() -> None:
    """« X ayant donné pouvoir à ayant donné pouvoir à M. Y » (la formule doublée) ; « … à M. Y
    à compter de son départ » : le mandataire est lu (il était illisible), la portée est dite."""
    p, codes = _lu(
        "Conseil de Communauté du 13 mars 2018\n"
        "Etaient présents : M. ALLEMAND Paul, Mme BLANC Rose, M. DAVIN Marc.\n"
        "Absents représentés : M. EYRAUD Jean ayant donné pouvoir à ayant donné pouvoir à "
        "M. ALLEMAND Paul ; M. ISNARD Yves ayant donné pouvoir à M. DAVIN Marc à compter de son départ\n"
    )
    assert p["procurations"] == [["Jean EYRAUD", "Paul ALLEMAND"], ["Yves ISNARD", "Marc DAVIN"]]
    assert "extrait.procuration-partielle" in codes and "extrait.mandataire-inconnu" not in codes


# --- propriétés ------------------------------------------------------------------------------

_NOM = st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVZ", min_size=3, max_size=9)


@given(st.lists(_NOM, min_size=3, max_size=8, unique=True), st.sampled_from(["––", "———", "–—"]))
def test_tirets_repetes_separent_toujours_les_presents(noms: list[str], tiret: str) -> None:
    """Une liste « Mme NOM Prénom –– M. NOM Prénom … » se lit comme avec un seul tiret."""
    simple = " – ".join(f"Mme {n} Anne" for n in noms)
    double = f" {tiret} ".join(f"Mme {n} Anne" for n in noms)
    entete = "CONSEIL MUNICIPAL DU 16 NOVEMBRE 2017\nEtaient présents : "
    assert _lu(entete + double)[0]["presents"] == _lu(entete + simple)[0]["presents"]


@given(st.lists(_NOM, min_size=3, max_size=6, unique=True), st.booleans())
def test_sans_pouvoir_ne_perd_jamais_un_excuse(noms: list[str], parentheses: bool) -> None:
    """Chaque « M. NOM Paul sans pouvoir » d'une liste d'excusés est un excusé."""
    precision = "(sans pouvoir)" if parentheses else "sans pouvoir"
    liste = " ".join(f"M. {n} Paul {precision}" for n in noms)
    p, _ = _lu(f"Séance du 3 mars 2016\nPrésents : M. ROUX Luc\nMembres excusés : {liste}\n")
    assert len(p["excuses"]) == len(noms)  # type: ignore[arg-type]


# --- seconde série (mêmes lectures) ----------------------------------------------------------


def test_homonyme_dont_la_civilite_est_inconnue() -> None:
    """« Absents : Mme GROS Sandrine, MM AGUSTIN Jean-Jacques, GROS Michel » (la civilité
    plurielle laisse celle de Michel inconnue) puis « M. GROS à M. Y » : Michel, le seul
    compatible (Sandrine est « Mme »)."""
    p, _ = _lu(
        "Séance du 14 mars 2019\nPrésents : Mme CHARDONNET Rose, M. PELISSIER Jean, M. POILANE Luc\n"
        "Absents : Mme GROS Sandrine, MM AGUSTIN Jean-Jacques, GROS Michel\n"
        "Ont donné procuration :\nMme GROS à Mme CHARDONNET,\nM. AGUSTIN à M. POILANE,\nM. GROS à M. PELISSIER.\n"
    )
    assert ["Michel GROS", "Jean PELISSIER"] in p["procurations"]  # type: ignore[operator]
    assert ["Sandrine GROS", "Rose CHARDONNET"] in p["procurations"]  # type: ignore[operator]


def test_mesdames_et_messieurs_en_rubrique_dans_une_liste_aplatie() -> None:
    """« Étaient présents : Mesdames : A. RIVOIRE, C. SAUZET. Messieurs : B. ARNAUD, J-L. GAY. »
    (aplati) : les deux rubriques, et l'initiale composée « J-L. » reste le prénom."""
    p, _ = _lu(
        "Conseil communautaire du 15 octobre 2020 Nombre de conseillers présents : 4 Étaient "
        "présents : Mesdames : A. RIVOIRE, C. SAUZET. Messieurs : B. ARNAUD, J-L. GAY. Étaient "
        "absents et avaient donné pouvoir: M. BOREL Jean (pouvoir à Mme RIVOIRE Anne) Étaient "
        "absents et représentés par son suppléant : M. DUMAS Paul (Suppléant M. ROCHE Henri) "
        "1 - Ouverture de la séance"
    )
    assert p["presents"] == ["A. RIVOIRE", "C. SAUZET", "B. ARNAUD", "J-L. GAY"]
    assert p["suppleances"] == [["Henri ROCHE", "Paul DUMAS"]]
    assert len(p["procurations"]) == 1  # type: ignore[arg-type]


def test_coquille_pourvoir_dans_la_formule() -> None:
    """« Mme X ayant donné pourvoir à Mme Y » : la coquille ne fait plus rejeter la liste."""
    assert "donné pouvoir à" in normaliser("Mme FAURE Lise ayant donné pourvoir à Mme BLANC Rose")
    assert normaliser("pourvoir au remplacement") == "pourvoir au remplacement"


def test_respectivement_avec_une_case_vide() -> None:
    """« X, Y, Z qui ont donné respectivement pouvoir à A, , C » : X à A, Z à C, Y représenté
    sans mandataire nommé (avertissement : le document ne le dit pas, ce n'est pas une erreur)."""
    lu = lire_extrait(
        "Séance du 12 mai 2005\nÉtaient présents : Monsieur GARNIER, Madame ROBIN, Monsieur PERRET\n"
        "Absents et excusés - Pouvoir Madame FAVRE, Monsieur JOLY, Madame NOEL qui ont donné "
        "respectivement pouvoir à Madame ROBIN, , Monsieur PERRET\n"
    )
    assert lu.seance is not None
    assert projection(lu.seance)["procurations"] == [["FAVRE", "ROBIN"], ["NOEL", "PERRET"]]
    (constat,) = [c for c in lu.rapport.constats if c.code == "extrait.mandataire-inconnu"]
    assert "JOLY" in constat.message and constat.severite.value == "avertissement"


def test_presents_sans_intitule_aussi_nombreux_que_annonces() -> None:
    """« ÉTAIENT PRÉSENTS : 4 Date de convocation : 25 février 2011 M. A M. B (arrivée à …) Mme C
    - M. D » (aplati) : les quatre personnes, le nombre concorde (information) ; le reste de la
    ligne n'est plus perdu en silence après la date."""
    texte = (
        "CONSEIL MUNICIPAL Du 4 Mars 2011 PROCÈS-VERBAL DE SÉANCE Le Conseil Municipal s est réuni "
        "à la Mairie le 4 mars 2011 à 19h30. ÉTAIENT PRÉSENTS : 4 Date de convocation : 25 février "
        "2011 M. LAMBERT M. CORDIER (arrivée à 19 heures 50) Mme VALLET - M. GIRARD ÉTAIENT "
        "EXCUSÉS : 1 Mme RIOU donne pouvoir à M. LAMBERT SECRÉTAIRE DE SÉANCE : Mme VALLET"
    )
    p, codes = _lu(texte)
    assert p["presents"] == ["LAMBERT", "CORDIER", "VALLET", "GIRARD"]
    assert "extrait.presents-sans-intitule" in codes
    # (un nombre différent : rien n'est supposé, la ligne est dite non comprise)
    p, codes = _lu(texte.replace("PRÉSENTS : 4", "PRÉSENTS : 5"))
    assert p["presents"] == [] and "extrait.ligne-non-comprise" in codes


# --- dix-huitième et dix-neuvième lectures ---------------------------------------------------


def test_nombre_ecrit_devant_son_intitule_n_est_pas_du_nom() -> None:
    """« … et SOUBIE Claire. 2 PROCURATIONS : X (à Y) » (aplati) : le nombre va à l'intitulé
    (« Claire. 2 SOUBIE » était un présent, sans constat) ; « 9 PRESENTS : » est lu ; la valeur
    d'un intitulé précédent n'est jamais déplacée (« EN EXERCICE : 15 PRESENTS : 12 »)."""
    p, _ = _lu(
        "Compte-rendu de la réunion du Conseil Municipal du 3 mai 2018 Nombre de membres en "
        "exercice : 11 Date de la convocation : 27 avril 2018 3 PRESENTS : Mmes et MM. Henri "
        "LASSALE, Julie BAROUILH et SOUBIE Claire. 2 PROCURATIONS : Marc POEY (à Julie BAROUILH), "
        "Eva TUCAT (à Henri LASSALE). 0 ABSENT :. Secrétaire de séance : M. LASSALE Henri."
    )
    assert p["presents"] == ["Henri LASSALE", "Julie BAROUILH", "Claire SOUBIE"]
    assert p["decomptes"]["presents"] == 3  # type: ignore[index]
    assert normaliser("EN EXERCICE : 15 PRESENTS : 12") == "EN EXERCICE : 15 PRESENTS : 12"


def test_liste_aplatie_continuee_apres_un_point() -> None:
    """« Présents : Anne BRISSAC, Inès MARCY. Paul DORIAC, Luc FERRAND. Absents : … » : le point
    suivi de « Prénom NOM, » ne ferme pas la liste (la moitié des présents était perdue)."""
    p, _ = _lu(
        aplati(
            "PROCES VERBAL DE LA REUNION DU CONSEIL MUNICIPAL DU 12 MARS 2011. Présents : Anne "
            "BRISSAC, Claire FOULON, Inès MARCY. Paul DORIAC, Luc FERRAND, Marc TOUVENIN. Absents : "
            "Rémi CASTEL (pouvoir à Luc FERRAND). Secrétaire de séance : Luc FERRAND"
        )
    )
    assert len(p["presents"]) == 6  # type: ignore[arg-type]
    assert p["procurations"] == [["Rémi CASTEL", "Luc FERRAND"]]


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        (
            "Hugo LEBRAS a donné pouvoir à partir du point 3 à Anne BRISSAC.",
            [["Hugo LEBRAS", "Anne BRISSAC"]],
        ),
        (
            "Conseillers absents : Mme et MM. HOLTZ Anna (exc, proc. à GERBER Lise), KLEIN Marc (exc.)",
            [["Anna HOLTZ", "Lise GERBER"]],
        ),
        ("Procurations : Nina HUGUET à Paul ABADIE/ Jean IZARD à Lise GERBER,", None),
        ("Était absente avec pouvoir : Mme Anne VIDAL avec pouvoir à Mme Lise GERBER", [["Anne VIDAL", "Lise GERBER"]]),
        ("Etait absent et avait donné pouvoir : - Mme Rose DUMAS ........... à M. Paul ABADIE", [["Rose DUMAS", "Paul ABADIE"]]),
    ],
)
def test_formes_de_procurations(ligne: str, attendu: list[list[str]] | None) -> None:
    """Pouvoir « à partir du point 3 à Y » (la portée avant le mandataire), « (exc, proc. à Y) »,
    « A à B/ C à D », « avec pouvoir à », points de conduite avant « à »."""
    p, codes = _lu(
        "Conseil Municipal du 14 Octobre 2019\n"
        "Présents : Anne BRISSAC, Hugo LEBRAS, Lise GERBER, Paul ABADIE\n" + ligne + "\n"
    )
    attendu = attendu or [["Nina HUGUET", "Paul ABADIE"], ["Jean IZARD", "Lise GERBER"]]
    assert p["procurations"] == attendu
    assert "extrait.mandataire-inconnu" not in codes


def test_intitule_etait_absent_ou_excuse_ferme_le_mandataire() -> None:
    """« … a donné pouvoir à Mme Rose ESCOT ÉTAIT ABSENT OU EXCUSE : aucun » : l'intitulé n'est
    pas du nom du mandataire."""
    p, codes = _lu(
        "PROCES-VERBAL DU CONSEIL MUNICIPAL EN DATE DU 8 MARS 2021 ÉTAIENT PRESENTS : M. Jean "
        "BOUSQUET, Mme Rose ESCOT, M. Luc FABRE. ÉTAIENT REPRESENTES : Mme Nina HUC a donné pouvoir "
        "à Mme Rose ESCOT ÉTAIT ABSENT OU EXCUSE : aucun Mme Rose ESCOT a été élue SECRETAIRE."
    )
    assert p["procurations"] == [["Nina HUC", "Rose ESCOT"]]
    assert "extrait.mandataire-inconnu" not in codes


def test_phrase_en_application_ferme_la_liste_et_secretaire_designe() -> None:
    """« … COSTE En application de l'article L. 2121-15, le conseil a désigné M. X, secrétaire
    de séance » (aplati) : la phrase n'est pas de la liste."""
    p, _ = _lu(
        "COMPTE RENDU DE LA REUNION DU CONSEIL MUNICIPAL DU 9 JUIN 2015 L an deux mille quinze, le "
        "neuf juin à vingt heures, le conseil municipal de BORNAC, régulièrement convoqué le 2 juin "
        "2015 par Monsieur le Maire, s est réuni sous la Présidence de M. Louis ARMAND, Maire. "
        "Etaient présents : Monsieur "
        "Jean BESSE, Mesdames Marie COSTE, Lise FAURE, Messieurs Paul GIRAUD et Marc ROUX. Était "
        "absente avec pouvoir : Mme Anne VIDAL avec pouvoir à Mme Marie COSTE En application de "
        "l article L du Code Général des Collectivités Territoriales, le conseil a désigné M. Paul "
        "GIRAUD, secrétaire de séance."
    )
    assert p["secretaires"] == ["Paul GIRAUD"]
    assert p["procurations"] == [["Anne VIDAL", "Marie COSTE"]]


def test_president_nomme_avant_une_virgule_qui_ouvre_la_seance() -> None:
    """« Le quorum étant atteint, Paul ABADIE, ouvre la séance » : le président."""
    assert president("Le quorum étant atteint, Paul ABADIE, ouvre la séance à 20h30.") == "Paul ABADIE"


def test_initiales_sans_point_puis_nom_en_casse_ordinaire() -> None:
    """« JL Martin », « C Gras » : les initiales du prénom puis le nom (« Martin JL » était lu,
    sans constat) ; une particule n'est pas une initiale."""
    for texte, nom in (("JL Martin", "Martin"), ("C Gras", "Gras"), ("MA Perrin", "Perrin")):
        elu = lire_personne(texte)
        assert elu is not None and elu.nom == nom, texte
    elu = lire_personne("LE Gall")
    assert elu is not None and elu.nom == "LE"


def test_fonction_avec_un_sigle_pointe_n_est_pas_une_personne() -> None:
    """« M. Paul VERGNE, Président, délégué de la CC.BVA, Maire de Lorville » : la fonction au
    sigle pointé n'est pas un présent."""
    p, _ = _lu(
        "SYMOVAL – Comité Syndical – 12 mars 2019\nPrésents :\n"
        "- M. Paul VERGNE, Président, délégué de la CC.BVA, Maire de Lorville\n"
        "- M. Jean ROCHET, 1er Vice-Président, Président de la CC.MTR, Maire de Sarzac\n"
    )
    assert p["presents"] == ["Paul VERGNE", "Jean ROCHET"]


def test_intitule_a_parenthese_et_presents_a_l_ouverture() -> None:
    """« Délégués présents (titulaires et éventuellement suppléants) : » dans le flux ; « 19
    présents à l'ouverture de la séance » (le nombre des présents)."""
    p, _ = _lu(
        "Conseil Communautaire 14 mai 2012 Lorval 18h30 COMPTE-RENDU Nombre de conseillers en "
        "exercice : 40 Date de la convocation : 4 mai 2012 Délégués présents (titulaires et "
        "éventuellement suppléants) : Jean MARTIN, Paul DURAND, Marc VIDAL. Secrétaire de séance : "
        "Marc VIDAL"
    )
    assert p["presents"] == ["Jean MARTIN", "Paul DURAND", "Marc VIDAL"]
    p, _ = _lu("CONSEIL COMMUNAUTAIRE DU 10 MAI 2016\n19 présents à l'ouverture de la séance\n")
    assert p["decomptes"]["presents"] == 19  # type: ignore[index]


def test_secretaire_qui_accepte_et_absent_suivi_d_une_phrase() -> None:
    """« Madame X accepte et est donc désignée secrétaire de séance » (lu comme un résultat de
    vote) ; « Absent : Marc JOUFFROY et vérifié que le quorum … » (aplati : l'absent était
    perdu avec la phrase, qui est maintenant dite à part)."""
    p, codes = _lu(
        aplati(
            "VILLE de MONTREVAL COMPTE RENDU DU CONSEIL MUNICIPAL Séance du 4 avril 2016 Le conseil "
            "municipal de la Commune de MONTREVAL s'est réuni le lundi 4 avril 2016 à 20h30 en "
            "l'hôtel de ville sous la présidence du Maire, Monsieur Jacques VUILLEMIN. Présents : "
            "Jacques VUILLEMIN, Anne BAILLY, Rose FAIVRE Absent : Marc JOUFFROY et vérifié que le "
            "quorum était réuni, Monsieur le Maire propose de désigner un secrétaire de séance. "
            "Madame FAIVRE accepte et est donc désignée secrétaire de séance."
        )
    )
    assert p["absents"] == ["Marc JOUFFROY"]
    assert p["secretaires"] == ["Rose FAIVRE"]
    assert "extrait.vote-hors-deliberation" not in codes


def test_commune_apres_la_devise_et_president_qui_a_convoque() -> None:
    """« 12 République Française - Département des X Commune de Y … » (un numéro de page, la
    devise, le département) ; « … convoqué par M. X, Maire, s'est réuni sous sa présidence »."""
    p, _ = _lu(
        "12 République Française - Département des Hautes-Pyrénées Commune de SAINT-ORBAN-EN-VAL "
        "Compte-rendu de la réunion du Conseil Municipal du 3 mai 2018 L'an deux mil dix-huit, le "
        "trois mai, à vingt heures, le Conseil Municipal de cette Commune, régulièrement convoqué "
        "par M. Henri LASSALE, Maire, s'est réuni sous sa présidence dans la Salle du Conseil de la "
        "mairie. PRESENTS : Henri LASSALE, Julie BAROUILH, Jean ESTRADE. Secrétaire de séance : "
        "M. ESTRADE Jean."
    )
    assert (p["collectivite"], p["president"]) == ("SAINT-ORBAN-EN-VAL", "Henri LASSALE")


# --- vingtième et vingt et unième lectures ---------------------------------------------------


def test_particule_en_minuscules_dans_les_deux_ordres() -> None:
    """« Monsieur de LANOUE Hervé » (liste) et « Monsieur Hervé de LANOUE » (présidence) : la
    même personne (le président était ajouté une seconde fois, « absent des listes »)."""
    a, b = lire_personne("Monsieur de LANOUE Hervé"), lire_personne("Monsieur Hervé de LANOUE")
    assert a is not None and b is not None and a.cle == b.cle
    _, codes = _lu(
        "Procès verbal du Conseil municipal du 14 mars 2017\nLe Conseil Municipal s'est réuni sous "
        "la présidence de Monsieur Hervé de LANOUE Maire.\nEtaient présents :\n"
        "Monsieur de LANOUE Hervé, Maire,\nMrs RIVAUD Paul, TESSON Marc, Mme BRUNEL Sophie\n"
    )
    assert "extrait.president-present" not in codes


def test_liste_aplatie_fermee_par_un_point_numerote_et_secretaire_du_point_1() -> None:
    """« Excusés : Mme X et M. Y. 1 NOMINATION DU SECRETAIRE DE SEANCE … DECIDE de NOMMER
    Madame Z, secrétaire de séance » : « L » et « Le Conseil Municipal » ne sont plus des
    excusés ; le secrétaire est lu dans son point."""
    p, _ = _lu(
        "1 CONSEIL MUNICIPAL DE VAL-D-ORMES REUNION DU 9 JUIN 2016 à 20h30 PROCES-VERBAL L an deux "
        "mil seize, le neuf du mois de juin à 20h30, le Conseil Municipal dûment convoqué, s est "
        "réuni en session ordinaire à la Mairie, sous la présidence de Monsieur Paul RIVET, Maire. "
        "PRÉSENTS : M. RIVET, M. GARNIER, Mme TRIBOT et M. VERNET. Excusés : Mme LAMBLIN-COSTE et "
        "M. PAGNOL. 1 NOMINATION DU SECRETAIRE DE SEANCE Vu le Code général des collectivités "
        "territoriales et notamment ses articles L et L ; Le Conseil Municipal, après en avoir "
        "délibéré à l unanimité DECIDE de NOMMER Madame Lise TRIBOT, secrétaire de séance."
    )
    assert p["excuses"] == ["LAMBLIN-COSTE", "PAGNOL"]
    assert p["secretaires"] == ["Lise TRIBOT"]


def test_fonction_collee_au_present_suivant() -> None:
    """« Sont présents : Luc FERRAND, maire Anne VOISIN, … » (aplati) : pas de présent « maire
    Anne VOISIN »."""
    p, _ = _lu(
        "Séance du 11 mars 2019 Sont présents : Luc FERRAND, maire Anne VOISIN, Paul MARTEL, "
        "adjoints au maire. Eric BLOND et Lise COSTE."
    )
    assert "Anne VOISIN" in p["presents"]  # type: ignore[operator]


def test_date_seule_a_tirets_sous_un_titre_sans_annee() -> None:
    """« 21-11-2016 » seul en tête, sous « PROCES-VERBAL DE LA REUNION DU 21 NOVEMBRE » : la
    séance (elle était perdue, « date absente »)."""
    p, _ = _lu("21-11-2016\nPROCES-VERBAL DE LA REUNION DU 21 NOVEMBRE\nPrésents : Jean ARRIBE, Marie LASSALLE\n")
    assert p["date"] == "2016-11-21"


def test_secretaire_annonce_puis_designe_pour_remplir_cette_fonction() -> None:
    """« … il a été procédé à l'élection d'un secrétaire … » puis « Mme X accepte de remplir
    cette fonction » ou « Madame X est désignée pour remplir cette fonction »."""
    for phrase in ("Mme Anne FAYOLLE accepte de remplir cette fonction.", "Madame Anne FAYOLLE est désignée pour remplir cette fonction."):
        p, _ = _lu(
            "Procès verbal du Conseil municipal du 3 octobre 2016\nEtaient présents :\n"
            "Monsieur GARNIER Paul, Maire, Mmes BRUNEL Sophie, FAYOLLE Anne.\n\n"
            "Le Maire ayant ouvert la séance et fait l'appel nominal, il a été procédé à l'élection "
            f"d'un secrétaire pris au sein du Conseil Municipal.\n\n{phrase}\n"
        )
        assert p["secretaires"] == ["Anne FAYOLLE"], phrase
    # (sans l'annonce, la phrase ne nomme pas un secrétaire)
    p, _ = _lu("Séance du 3 octobre 2016\nPrésents : Mme FAYOLLE Anne\nMme Anne FAYOLLE accepte de remplir cette fonction.\n")
    assert p["secretaires"] == []


def test_mandataire_homonyme_departage_par_madame_et_ainsi_que() -> None:
    """« Mesdames A, Lise VERNET et B ainsi que Messieurs Paul VERNET, … » puis « Madame LEDOUX à
    Madame VERNET » : Lise (« Mesdames » ne nomme que des femmes) ; le nom avant « ainsi que »
    n'est plus perdu."""
    p, _ = _lu(
        "REUNION DU CONSEIL MUNICIPAL DU 12 MARS 2015\nEtaient présents : Mesdames Claire GODIN, Lise "
        "VERNET et Anne POTIER ainsi que Messieurs Paul VERNET et Marc ROLLAND.\nEtaient absents "
        "excusés : Madame Sophie LEDOUX.\nPouvoirs : Madame LEDOUX à Madame VERNET\n"
    )
    assert "Anne POTIER" in p["presents"]  # type: ignore[operator]
    assert p["procurations"] == [["Sophie LEDOUX", "Lise VERNET"]]


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("COMMUNE DE ANSE-CLAIRECOMMUNE DE ANSE-CLAIRE\nx", "COMMUNE DE ANSE-CLAIRE\nx"),
        ("C OMMUNE DU G UILVINEC", "COMMUNE DU GUILVINEC"),
        ("Présents : M DUPONT DE L ARCHE", "Présents : M. DUPONT DE L ARCHE"),
        ("LORIOT Fabrice 1er Adjt, MAUGARS Hélène Adjte", "LORIOT Fabrice 1er Adjoint, MAUGARS Hélène Adjointe"),
    ],
)
def test_normalisations_de_la_vingt_et_unieme_lecture(texte: str, attendu: str) -> None:
    """En-tête copié deux fois, lettrines détachées, « Adjt » abrégé."""
    assert normaliser(texte) == attendu


def test_rang_d_adjoint_nom_a_barre_et_nom_compose_sans_prenom() -> None:
    """« TERNOIS Gilles 3ème, Adjt » (le rang n'est pas du nom) ; « MARCEL/LOUISY Yolande » (un
    nom à barre, usage des Antilles) ; « Mme SANTOS FERREIRA » parmi des NOM seuls (pas de prénom
    « Santos »)."""
    elu = lire_personne("TERNOIS Gilles 3ème")
    assert elu is not None and (elu.prenom, elu.nom) == ("Gilles", "TERNOIS")
    elu = lire_personne("MARCEL/LOUISY Yolande")
    assert elu is not None and elu.nom == "MARCEL/LOUISY"
    p, _ = _lu(
        "Séance du 3 mars 2015\nEtaient présents : M. DELORME, Mme SANTOS FERREIRA, M. LAMBIN, "
        "M. ROUX, Mme BLIN.\n"
    )
    assert "SANTOS FERREIRA" in p["presents"]  # type: ignore[operator]


def test_intitules_par_pouvoir_en_capitales() -> None:
    """« EXCUSES REPRESENTES PAR POUVOIR : CLAIRE FABRE, POUVOIR A PAUL VERNET ; … »,
    « PRESENTS PAR PROCURATION : X donne pouvoir à Y » ; « ABSENTS : ELSA MARTIN » (un conseil
    municipal n'a pas de groupe de communes)."""
    p, _ = _lu(
        "Conseil municipal du 7 avril 2016\nPRESENTS : Paul VERNET, Sophie ROBIN, Luc MOREAU.\n"
        "EXCUSES REPRESENTES PAR POUVOIR : CLAIRE FABRE, POUVOIR A PAUL VERNET ; JEAN HARDY, "
        "POUVOIR A SOPHIE ROBIN.\nABSENTS : ELSA MARTIN.\n"
    )
    assert p["procurations"] == [["Claire FABRE", "Paul VERNET"], ["Jean HARDY", "Sophie ROBIN"]]
    assert p["absents"] == ["Elsa MARTIN"]
    assert section("PRESENTS PAR PROCURATION :") is not None
    assert section("PRESENTS PAR PROCURATION :").nom == "procurations"  # type: ignore[union-attr]


# --- vingt-deuxième lecture ------------------------------------------------------------------


def test_jour_colle_au_mois_et_titre_sur_deux_lignes_avec_le_jour() -> None:
    """« Compte rendu de la réunion du conseil municipal » ⏎ « du mardi 21avril 2015 », puis
    l'approbation du procès-verbal « du mardi 17 mars 2015 » : la séance est celle du titre (la
    date de l'autre procès-verbal était retenue, sans constat)."""
    p, _ = _lu(
        "Compte rendu de la réunion du conseil municipal\ndu mardi 21avril 2015\n"
        "Membres présents : MM. FOUQUIER Gérard, LAMBRET Sylvie, ODIN Paul.\n"
        "Approbation du procès-verbal de la réunion du Conseil Municipal du\nmardi 17 mars 2015.\n"
        "Adopté à l'unanimité\n"
    )
    assert p["date"] == "2015-04-21"


def test_initiale_collee_au_prenom_apres_le_nom() -> None:
    """« DECOCK M.Thérèse », « CARPENTIER J.Marc » : l'initiale du prénom composé, pas
    « Monsieur » (un présent « Thérèse » était inventé)."""
    assert "DECOCK M.Thérèse" in normaliser("Présents : DECOCK M.Thérèse – HAVET Louis")
    p, _ = _lu("Séance du 9 juin 2016\nPrésents : BERTELOOT Paul – DECOCK M.Thérèse – CARPENTIER J.Marc.\n")
    assert len(p["presents"]) == 3  # type: ignore[arg-type]


def test_liste_a_tirets_d_initiales_n_est_pas_un_groupe() -> None:
    """« Absents excusés : A. RIVOIRE - F. CHAPUIS - N. BLANC-MOREL - » (aplati) : des personnes,
    pas le nom d'une commune (les excusés disparaissaient)."""
    p, _ = _lu(
        "Commune de Bellerive Date de convocation du conseil municipal : 12 mars 2014 L’an deux mille "
        "quatorze, le dix-huit mars, le conseil municipal dûment convoqué s’est réuni en session "
        "ordinaire, en mairie, sous la présidence de Hervé PAGNON, Maire Présents : H. PAGNON - R. "
        "TISSOT - L. MARCEAU - Absents excusés : A. RIVOIRE - F. CHAPUIS - N. BLANC-MOREL - "
        "Procurations : A. RIVOIRE à R. TISSOT - Secrétaire de séance : L. MARCEAU - La séance est "
        "ouverte à 20h."
    )
    assert {"F. CHAPUIS", "N. BLANC-MOREL"} <= set(p["excuses"])  # type: ignore[arg-type]


def test_absents_sans_pouvoir_ne_sont_pas_des_procurations() -> None:
    """« Nombre de conseiller absent excusé sans pouvoir : 1 » n'est pas le nombre des
    procurations."""
    from deliberations.extrait.reconnaisseurs import decomptes

    assert decomptes("Nombre de conseiller absent excusé sans pouvoir : 1") == []
    assert decomptes("Nombre de pouvoirs : 2") == [("procurations", 2)]


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        # (deux pouvoirs à initiales sans séparateur)
        ("Procurations : E. COTTET à P. DURAND R. BERNARD à A. FAVRE - Secrétaire de séance : A. FAVRE",
         [["E. COTTET", "P. DURAND"], ["R. BERNARD", "A. FAVRE"]]),
        # (« Assistaient : » ferme la liste des pouvoirs)
        ("Procurations : E. COTTET à P. DURAND, R. BERNARD à A. FAVRE Assistaient : E. MARTIN, directrice générale des services",
         [["E. COTTET", "P. DURAND"], ["R. BERNARD", "A. FAVRE"]]),
    ],
)
def test_pouvoirs_a_initiales_aplatis(ligne: str, attendu: list[list[str]]) -> None:
    """Pouvoirs en initiales dans un texte aplati : séparés, et fermés par « Assistaient : »."""
    p, codes = _lu(
        "Commune de Saint-Genis Date de convocation du conseil municipal : 14 février 2013 L’an deux "
        "mille treize, le vingt février, le conseil municipal dûment convoqué s’est réuni en session "
        "ordinaire, en mairie, sous la présidence de Marc ROLLIN, Maire Présents : M. ROLLIN - P. "
        f"DURAND - A. FAVRE - Absents excusés : E. COTTET - R. BERNARD - {ligne}"
    )
    assert p["procurations"] == attendu
    assert "extrait.mandataire-inconnu" not in codes


def test_mandataire_a_prenom_compose_abrege() -> None:
    """« (pouvoir à DESSAINT J. Claude) » pour le présent « DESSAINT Jean-Claude »."""
    p, codes = _lu(
        "Compte rendu de la réunion du conseil municipal du jeudi 12 juin 2014\n"
        "Membres présents : MM. LEBRUN Henri, DESSAINT Jean-Claude, FOURNIER Marie-Laure.\n"
        "Membres ayant donné pouvoir: MM. RENARD Karine (pouvoir à DESSAINT J. Claude), PAYEN Eric "
        "(pouvoir à FOURNIER M. Laure).\n"
    )
    assert p["procurations"] == [["Karine RENARD", "Jean-Claude DESSAINT"], ["Eric PAYEN", "Marie-Laure FOURNIER"]]
    assert "extrait.mandataire-inconnu" not in codes


def test_decomptes_en_phrase_le_nombre_de_x_est_de() -> None:
    """« Le nombre de présents est de 5, le nombre de votants est de 6 dont 1 procuration »."""
    from deliberations.extrait.reconnaisseurs import decomptes

    assert decomptes("Le nombre de présents est de 5, le nombre de votants est de 6 dont 1 procuration.") == [
        ("presents", 5),
        ("votants", 6),
        ("procurations", 1),
    ]


def test_represente_dans_les_presents_par_un_non_present_est_un_suppleant() -> None:
    """« PRESENTS : A, DUPRAT Anne représentée par SALLES Michel, B » (communauté), SALLES n'étant
    pas nommé parmi les présents : son suppléant (un pouvoir irait à un membre présent ; une
    erreur « mandataire inconnu » était signalée) ; dans un conseil municipal, rien ne change."""
    texte = (
        "COMPTE RENDU DE LA SEANCE DU CONSEIL COMMUNAUTAIRE DU 14 MARS 2019\n"
        "PRESENTS : ALDAYA Marie, BERHO Jean, DUPRAT Anne représentée par SALLES Michel, ITURBE Paul.\n"
    )
    p, codes = _lu(texte)
    assert p["suppleances"] == [["Michel SALLES", "Anne DUPRAT"]]
    assert p["procurations"] == [] and "extrait.suppleant-deduit" in codes
    p, codes = _lu(texte.replace("CONSEIL COMMUNAUTAIRE", "CONSEIL MUNICIPAL"))
    assert p["procurations"] == [["Anne DUPRAT", "Michel SALLES"]]
    assert "extrait.mandataire-inconnu" in codes


def test_prend_part_a_la_seance_et_pouvoir_dit_avec_le_decompte() -> None:
    """« Mme X prend part à la séance à 19 heures 30. L'assemblée … » (présente, point d'arrivée
    non dit) ; « votants : huit (un pouvoir de X à Y) » (le pouvoir, et le décompte)."""
    p, codes = _lu(
        "Le 14 septembre 2011, le Conseil Municipal s'est réuni sous la présidence de M. Paul ROCHE.\n"
        "Etaient présents : M. ROCHE Paul, Mme LEGER Anne, M. MARTIN Luc.\n"
        "Mme DUPRE Nina prend part à la séance à 19 heures 30. L'assemblée ayant le quorum, le "
        "conseil municipal peut légalement délibérer.\n"
    )
    assert "Nina DUPRE" in p["presents"]  # type: ignore[operator]
    assert "extrait.arrivee-sans-point" in codes
    p, _ = _lu(
        "SÉANCE DU 14 MAI 2018\nÉTAIENT PRESENTS : Mme Anne ROUX, M. Paul VIDAL.\nABSENTS : Mme Rose BARDOU.\n"
        "NOMBRE DE CONSEILLERS : - en exercice : trois - présents : deux - votants : trois (un pouvoir "
        "de Rose BARDOU à Paul VIDAL)\n"
    )
    assert p["procurations"] == [["Rose BARDOU", "Paul VIDAL"]]


def test_ordre_d_une_liste_sans_capitales_dit_par_le_president() -> None:
    """« sous la présidence de Monsieur Henri DELATTRE » puis « Présents : Delattre Henri –
    Carlier Sophie – … » : la liste est dans l'ordre nom, prénom (« Sophie Carlier », pas le
    prénom « Carlier ») ; sans cet indice, rien n'est supposé de plus qu'avant."""
    p, codes = _lu(
        "Le Conseil municipal s’est réuni le mardi 4 avril 2017 sous la présidence de Monsieur Henri "
        "DELATTRE, Maire.\nPrésents : Delattre Henri – Carlier Sophie – Gosselin Marc.\n"
        "Absents excusés : Petit Claude (Procuration à Gosselin Marc).\n"
    )
    assert p["presents"] == ["Henri DELATTRE", "Sophie Carlier", "Marc Gosselin"]
    assert p["procurations"] == [["Claude Petit", "Marc Gosselin"]]
    assert "extrait.nom-ambigu" not in codes


def test_ordre_dit_par_le_president_ne_renverse_pas_un_nom_qui_le_contredit() -> None:
    """« Delattre Henri – Sophie Carlier » : l'ordre nom, prénom du premier ne fait pas de
    « Sophie » un nom ; ce nom reste lu prénom d'abord, et le doute est dit."""
    p, codes = _lu(
        "Le Conseil municipal s’est réuni le mardi 4 avril 2017 sous la présidence de Monsieur Henri "
        "DELATTRE, Maire.\nPrésents : Delattre Henri – Sophie Carlier – Gosselin Marc.\n"
    )
    assert p["presents"] == ["Henri DELATTRE", "Sophie Carlier", "Marc Gosselin"]
    assert "extrait.nom-ambigu" in codes


_FRAGMENTS = st.sampled_from(
    [
        "C OMMUNE DU G UILVINEC", "COMMUNE DE XCOMMUNE DE X", "21avril 2015", "2 PROCURATIONS :",
        "DECOCK M.Thérèse", "Mme X –– M. Y", "M . CORRE", "LORIOT Fabrice 1er Adjt", "(exc, proc. à Y)",
        "ayant donné pourvoir à", "votants : huit (un pouvoir de X à Y)", "TITULAIRES PRÉSENTS 9/12",
        "Mme X accepte de remplir cette fonction.", "le nombre de présents est de 5 dont 1 procuration",
        "Mrs DUPRÉ MARCHAND, LEBLOND", "MARCEL/LOUISY Yolande", "respectivement pouvoir à A, , B",
        "\n", " ", ":", "(", ")",
    ]
)


@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=30)), max_size=12).map("".join))
def test_formes_de_la_session_sur_un_texte_arbitraire(texte: str) -> None:
    """Un texte quelconque, mêlé des formes de la session : des valeurs typées ou rien, jamais
    une exception (la normalisation comprise)."""
    from deliberations.extrait.reconnaisseurs import (
        decomptes,
        designe_pour_cette_fonction,
        secretaire,
    )

    assert isinstance(normaliser(texte), str)
    assert all(isinstance(cle, str) and isinstance(v, int) for cle, v in decomptes(texte))
    for lu in (designe_pour_cette_fonction(texte), secretaire(texte), president(texte)):
        assert lu is None or isinstance(lu, str)
    resultat = lire_extrait(texte)
    assert resultat.seance is None or resultat.seance.date is not None
    assert all(c.code.startswith("extrait.") for c in resultat.rapport.constats)
