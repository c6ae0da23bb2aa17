"""Familles de mises en page trouvées par la trente et unième mesure hors échantillon
(documents 463 à 472 : textes passés par la reconnaissance de caractères, textes anciens,
grandes assemblées) : chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

import textwrap

from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.normalisation import normaliser
from deliberations.extrait.preparation import preparer
from tests.extrait.comparaison import projection, seance_lue


def test_fautes_de_reconnaissance_de_caracteres() -> None:
    """« Ie » pour « le », « I'unanimité » pour « l'unanimité », « 0BJET » (zéro) pour
    « OBJET » : des mots qui n'existent pas, corrigés ; « Ie » seul ou dans un mot, gardé."""
    assert normaliser("Reçu en préfecture Ie 24/09/2015") == "Reçu en préfecture le 24/09/2015"
    assert normaliser("Adopté à I'unanimité. Ie Conseil") == "Adopté à l'unanimité. le Conseil"
    assert normaliser("N° 2011-14 0BJET : Voirie") == "N° 2011-14 OBJET : Voirie"
    assert normaliser("M. Yves PIE, Ie.") == "M. Yves PIE, Ie."
    assert normaliser("M. IEHL, 10BJETS") == "M. IEHL, 10BJETS"


def test_civilite_et_voix_ocr() -> None:
    """« Mrne » (« rn » pour « m ») est « Mme » ; « Abstention : l », « Contre : I » (la lettre
    pour le chiffre) après l'intitulé d'un vote valent 1 ; un mot qui suit garde sa lettre."""
    assert normaliser("Presents : Mrne Odile ROY, Mrnes A et B") == "Presents : Mme Odile ROY, Mmes A et B"
    assert normaliser("Pour : 11 Contre : I Abstention : l.") == "Pour : 11 Contre : 1 Abstention : 1."
    assert normaliser("Contre : Isabelle ROY ; Pour : l'avis") == "Contre : Isabelle ROY ; Pour : l'avis"
    texte = (
        "COMMUNE DE VALMONT\n"
        "Seance du conseil municipal du 5 mai 2011\n"
        "Presents : M. Luc MARTIN, Mrne Anne ROY, M. Paul MARTY.\n"
        "Secretaire de seance : Mrne Anne ROY\n"
        "N° 2011-15 OBJET : Travaux de voirie\n"
        "Le Conseil Municipal approuve les travaux.\n"
        "Pour : 1     Contre : 1     Abstention : l\n"
    )
    lu = projection(seance_lue(texte))
    assert lu["secretaires"] == ["Anne ROY"] and "Anne ROY" in lu["presents"]
    assert lu["deliberations"][0]["scrutin"]["abstentions"] == 1


def test_rn_pour_m_dans_les_mots_du_domaine() -> None:
    """« unanirnité », « cornmune », « rnembres », « COMRNUNE » : « rn » pour « m » dans une
    racine du domaine qui n'a pas de « rn » ; les autres mots (« gouvernement », un NOM
    « FOURNIER ») gardent le leur."""
    assert normaliser("Adopté à l'unanirnité des rnembres.") == "Adopté à l'unanimité des membres."
    assert normaliser("la cornmune, COMRNUNE") == "la commune, COMMUNE"
    assert normaliser("le gouvernement, Mme FOURNIER") == "le gouvernement, Mme FOURNIER"
    texte = (
        "COMMUNE DE VALMONT\n"
        "Seance du conseil municipal du 5 mai 2011\n"
        "Presents : M. Luc MARTIN, Mme Anne ROY, M. Paul MARTY.\n"
        "Secretaire de seance : Mme Anne ROY\n"
        "N° 2011-15 OBJET : Travaux de voirie\n"
        "Le Conseil Municipal approuve les travaux.\n"
        "Adopté à l'unanirnité.\n"
    )
    (d,) = projection(seance_lue(texte))["deliberations"]
    assert d["scrutin"]["unanimite"] and d["scrutin"]["resultat"] == "adopte"


def test_points_a_objet_ocr_lus() -> None:
    """« N° 2011-14      0BJET : Titre » et « Adopté à I'unanimité. » d'une page scannée :
    le point et son issue lus comme sur une page tapée."""
    texte = (
        "COMMUNE DE VALMONT\n"
        "Seance du conseil municipal du 5 mai 2011\n"
        "Presents : M. Luc MARTIN, Mme Anne ROY, M. Paul MARTY.\n"
        "Secretaire de seance : Mme Anne ROY\n"
        "N° 2011-14      0BJET : Vote des taux d'imposition\n"
        "Le Conseil Municipal maintient les taux.\n"
        "Adopté à I'unanimité.\n"
    )
    (d,) = projection(seance_lue(texte))["deliberations"]
    assert d["numero"] == "2011-14" and d["objet"] == "Vote des taux d'imposition"
    assert d["scrutin"]["unanimite"] and d["scrutin"]["resultat"] == "adopte"


def test_organe_qui_retient_derriere_un_complement() -> None:
    """« Trois offres ont été reçues. Après analyse, le Conseil Municipal retient l'offre … » :
    le conseil qui retient, derrière un complément court suivi d'une virgule, dit l'adoption ;
    une phrase sans verbe d'adoption, non."""
    assert r.decision_adoptee(
        "Trois offres ont été reçues. Après analyse, le Conseil Municipal retient l'offre de "
        "l'entreprise Bâtir pour 38 412 € HT."
    )
    assert r.decision_adoptee("Sur proposition du Maire, le conseil approuve la convention.")
    assert not r.decision_adoptee("Trois offres ont été reçues. Après analyse, le conseil décide.")


def test_commune_en_capitales_ouvre_sa_ligne_dans_une_page_coupee() -> None:
    """Copie d'un PDF coupée à la largeur : « … M. Denis LACROIX » (ligne presque pleine) puis
    « AUBIGNAC : Mme Laure BIGOT » ; la ligne de la commune suivante n'est pas la suite du NOM
    de la précédente."""
    prose = textwrap.fill(
        "Le dix-sept septembre deux mille quinze à dix-huit heures trente, le conseil "
        "communautaire s'est réuni à la salle des fêtes, sous la presidence de M. Luc MARTIN, "
        "President, pour examiner les affaires inscrites à l'ordre du jour adressé aux délégués "
        "avec la convocation, puis les questions diverses présentées par les vice-présidents "
        "et les délégués des communes membres de la communauté d'agglomération du Val d'Osse.",
        90,
    )
    texte = (
        "COMMUNAUTE D'AGGLOMERATION DU VAL D'OSSE\n"
        "Conseil communautaire du 17 septembre 2015\n"
        f"{prose}\n"
        "Etaient presents :\n"
        "VALMONT : M. Luc MARTIN, Mme Anne ROY, M. Paul MARTY, Mme Léa PONS, M. Marc VIAL, M. Yves\n"
        "DURAND, Mme Julie CAZE\n"
        "SAINT-GENEST-DU-VAL : M. Jérôme GODARD, Mme Béatrice MARCHAND, M. Denis LACROIX\n"
        "AUBIGNAC : Mme Laure BIGOT\n"
        "COURTENOY : Mme Pascale PRÉVOST, M. Henri BARBIER, Mme Gaëlle PAGÈS, M. Guy VILLARD, Mme\n"
        "Odile FAURE\n"
        "M. Paul MARTY est désigné secrétaire de seance.\n"
        f"{prose}\n"
    )
    presents = projection(seance_lue(texte))["presents"]
    assert {"Denis LACROIX", "Laure BIGOT"} <= set(presents), presents
    # la colonne des communes relue avant celle des délégués : « AUBIGNAC : » seul sur sa ligne
    colonne = texte.replace("AUBIGNAC : Mme Laure BIGOT\n", "AUBIGNAC :\nMme Laure BIGOT\n")
    lignes = [ligne.texte for ligne in preparer(colonne).lignes]
    assert "AUBIGNAC :" in lignes and not any("LACROIX AUBIGNAC" in x for x in lignes), lignes
