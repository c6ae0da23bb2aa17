"""Dix-huitième session : formes trouvées en lisant de vrais documents publiés (hors dépôt),
chacune reproduite ici sur un petit texte inventé, en lignes et aplati sur une ligne."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait.normalisation import normaliser
from deliberations.extrait.personnes import est_fonction
from deliberations.model import StatutPresence
from tests.extrait.comparaison import noms_de_statut, projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


_TETE = (
    "COMMUNE DE VALBOIS\nSéance du conseil municipal du 14 mars 2019\n"
    "Présents : M. Paul TESSIER, M. Gérard POIRIER, M. Hervé BRUN.\n"
)
_FIN = "Secrétaire de séance : M. Hervé BRUN.\nObjet : Tarifs communaux\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("forme", [str, _aplati])
def test_qui_avait_donne_pouvoir_dans_la_liste_des_absents(forme) -> None:  # type: ignore[no-untyped-def]
    """« Absents : Madame X qui avait donné pouvoir à Monsieur Y, …, Monsieur Z et Madame W,
    non excusés. » : le plus-que-parfait comme « qui a donné pouvoir » (la ligne entière
    était perdue, signalée seulement)."""
    texte = forme(
        _TETE
        + "Absents : Madame Lucie MONNIER qui avait donné pouvoir à Monsieur Paul TESSIER, "
        "Monsieur Yann GILLET qui avait donné pouvoir à Monsieur Gérard POIRIER, Monsieur Marc "
        "PERRET et Madame Julie HUET, non excusés.\n" + _FIN
    )
    p = projection(seance_lue(texte))
    assert sorted(p["procurations"]) == [
        ["Lucie MONNIER", "Paul TESSIER"],
        ["Yann GILLET", "Gérard POIRIER"],
    ]
    assert sorted(p["absents"]) == ["Julie HUET", "Marc PERRET"]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_devise_de_la_republique_hors_du_nom(forme) -> None:  # type: ignore[no-untyped-def]
    """« Mairie de X LIBERTÉ – ÉGALITÉ – FRATERNITÉ » : la devise n'allonge plus le nom de la
    commune (« X LIBERTE » était lu sans constat)."""
    texte = forme(
        "Mairie de LANDRIEUX LIBERTE – EGALITE – FRATERNITE\n"
        "COMPTE RENDU DE REUNION DU CONSEIL MUNICIPAL SEANCE DU 22 MARS 2018\n"
        "Présents : M. Paul TESSIER, M. Gérard POIRIER, M. Hervé BRUN.\n" + _FIN
    )
    assert seance_lue(texte).assemblee.collectivite.nom == "LANDRIEUX"


@pytest.mark.parametrize(
    "entree, sortie",
    [
        ("COMMUNE DE X Liberté, Égalité, Fraternité\nSéance", "COMMUNE DE X\nSéance"),
        ("RÉPUBLIQUE FRANÇAISE\nLiberté • Égalité • Fraternité\nCOMMUNE", "RÉPUBLIQUE FRANÇAISE\n\nCOMMUNE"),
        ("Mairie de X LIBERTÉ - ÉGALITÉ - FRATERNITÉ 5, rue", "Mairie de X\n5, rue"),
        ("la liberté, l'égalité et la fraternité", "la liberté, l'égalité et la fraternité"),
    ],
)
def test_devise_retiree_par_la_normalisation(entree: str, sortie: str) -> None:
    assert normaliser(entree) == sortie


@pytest.mark.parametrize("nom", ["LEMAIRE", "Lemaire", "LAMAIRE", "LESADJOINTS"])
def test_un_nom_qui_commence_par_un_article_n_est_pas_une_fonction(nom: str) -> None:
    assert not est_fonction(nom)


@pytest.mark.parametrize("fonction", ["le maire", "Le Maire", "l'adjoint", "les adjoints", "la présidente"])
def test_fonctions_avec_article(fonction: str) -> None:
    assert est_fonction(fonction)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_lemaire_est_un_present(forme) -> None:  # type: ignore[no-untyped-def]
    """« Présents : MM. DUBREUIL, LEMAIRE, MARTINEAU » : LEMAIRE est un nom, pas « le maire »
    (il disparaissait de la liste sans constat)."""
    texte = forme(
        "COMMUNE DE SAINT-ANDRE-DES-PRES\nREUNION DU CONSEIL MUNICIPAL DU 12 AVRIL 2016\n"
        "Présents : MM. DUBREUIL, LEMAIRE, MARTINEAU, Mme RIBOT\n"
        "Secrétaire de séance : Mme RIBOT\nObjet : Compte de gestion 2015\nAdopté à l'unanimité.\n"
    )
    presents = noms_de_statut(seance_lue(texte), StatutPresence.PRESENT)
    assert presents == ["DUBREUIL", "LEMAIRE", "MARTINEAU", "RIBOT"]


def test_la_devise_seule_ne_donne_pas_de_seance() -> None:
    assert lire_extrait("Liberté – Égalité – Fraternité").seance is None


# --- Audit hors échantillon (seize extraits réels lus hors dépôt) : chaque famille trouvée,
# reproduite sur un texte inventé.


@pytest.mark.parametrize("forme", [str, _aplati])
def test_particule_van_de_dans_un_comite_syndical(forme) -> None:  # type: ignore[no-untyped-def]
    """« Hélène VAN de MEULEN » dans la liste d'un comité syndical : « de MEULEN » n'est pas la
    commune de la déléguée (le nom était lu « Hélène VAN », sans constat)."""
    texte = forme(
        "COMITE SYNDICAL - Procès verbal de la séance du 14 mars 2012\n"
        "Présents : Alain BOREL, Julie FABRE.\n"
        "Excusés : Anne COSTE, Hélène VAN de MEULEN, Paul BRUN\n"
        "Secrétaire de séance : Julie FABRE\n"
    )
    assert "Hélène VAN de MEULEN" in projection(seance_lue(texte))["excuses"]


def test_fonction_collee_au_nom_suivant_dans_une_liste_aplatie() -> None:
    """« …, Marc Dorat, Adjoints Julie Fabre, … » : « Adjoints » clôt le groupe précédent."""
    texte = (
        "Séance du conseil municipal de Bréval du 12 mars 2015. Membres présents : Pierre Lanvin, "
        "Maire, Sophie Rival, Marc Dorat, Adjoints Julie Fabre, Hervé Noton, Conseillers "
        "Municipaux. Secrétaire de séance : Marc Dorat."
    )
    presents = projection(seance_lue(texte))["presents"]
    assert "Julie Fabre" in presents
    assert not any("Adjoint" in p for p in presents)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_communaute_membre_puis_ses_delegues_sur_la_meme_ligne(forme) -> None:  # type: ignore[no-untyped-def]
    """« Communauté de Communes Vire et Sorgue Mr BOREL, Mme FAVIER » : la collectivité membre
    (ni un élu « Sorgue », ni la collectivité du document), puis ses délégués."""
    texte = forme(
        "Procès-verbal du Comité Syndical du 4 avril 2019\n"
        "Le Comité du Syndicat Mixte de la Vire et Sorgue s'est réuni sous la présidence de "
        "Monsieur Alain BOREL, Président.\nPRESENTS :\n"
        "Communauté de Communes Vire et Sorgue Mr BOREL, Mr DANTEC, Mme FAVIER\n"
        "Communauté d'Agglomération du Val Fleuri Mme HAMON, Mr JAOUEN\n"
        "EXCUSES : Mr KERLEAU\n"
    )
    p = projection(seance_lue(texte))
    assert p["collectivite"] == "Syndicat Mixte de la Vire et Sorgue"
    assert sorted(p["presents"]) == ["Alain BOREL", "DANTEC", "FAVIER", "HAMON", "JAOUEN"]


def test_unanimite_sans_apostrophe() -> None:
    """« le conseil, à l unanimité, adopte » (apostrophe perdue par la copie d'un PDF). (Aplati
    court, « Marc DORAT. 1. Tarifs … » n'est pas encore coupé : limite notée.)"""
    texte = (
        "CONSEIL MUNICIPAL DE BREVAL - Séance du 12 mars 2015\n"
        "Présents : Pierre LANVIN, Sophie RIVAL, Marc DORAT.\n"
        "1. Tarifs de la cantine : le conseil, à l unanimité, adopte les tarifs.\n"
        "2. Tarifs de la garderie : le conseil, à l unanimité, adopte les tarifs.\n"
    )
    deliberations = projection(seance_lue(texte))["deliberations"]
    assert [(d["objet"], d["scrutin"]["unanimite"]) for d in deliberations] == [
        ("Tarifs de la cantine", True),
        ("Tarifs de la garderie", True),
    ]


def test_pouvoir_a_la_ligne_suivante() -> None:
    """« Absents représentés : X pouvoir à Y, Marc LEDUC » / « pouvoir à Claire DANEL. »."""
    texte = (
        "COMMUNE DE VALBRUNE\nSéance du conseil municipal du 3 octobre 2017\n"
        "Présents : Paul ARNOUX, Claire DANEL.\n"
        "Absents représentés : Sylvie GARNIER pouvoir à Paul ARNOUX, Marc LEDUC\n"
        "pouvoir à Claire DANEL.\n"
    )
    p = projection(seance_lue(texte))
    assert sorted(p["procurations"]) == [["Marc LEDUC", "Claire DANEL"], ["Sylvie GARNIER", "Paul ARNOUX"]]
    assert p["absents"] == []


def test_date_convocation_sans_de_apres_un_intitule_vide() -> None:
    """« Absents : Date convocation et affichage : 02/12/2015 » (aplati) : l'intitulé vide, puis
    la convocation."""
    texte = (
        "REUNION DU CONSEIL MUNICIPAL DE SAINT-AUBIN Séance du mercredi 9 décembre 2015 Présents : 3 "
        "Absents : Date convocation et affichage : 02/12/2015 Membres présents : Pierre LANVIN, "
        "Sophie RIVAL, Marc DORAT. Secrétaire de séance : Marc DORAT."
    )
    p = projection(seance_lue(texte))
    assert p["convocation"] == "2015-12-02"
    assert p["absents"] == []


def test_titre_romain_en_capitales_avec_un_ordinal() -> None:
    """« I ADOPTION DU PROCES-VERBAL DU 1er DECEMBRE 2017 » : « 1er » n'empêche pas le titre en
    capitales (le point était perdu, les suivants gardaient « II » dans l'objet). (Aplati, un
    titre romain sans tiret ni point n'est pas lu, avec ou sans ordinal : limite notée.)"""
    texte = (
        "COMMUNE DE SAINT-MARTIN\nCONSEIL MUNICIPAL DU 12 FEVRIER 2018\n"
        "Présents : Mmes PRAT, LEGRIS, MM. BOSC, CARRE.\n\n"
        "I ADOPTION DU PROCES-VERBAL DU 1er DECEMBRE 2017\n\nLe procès-verbal est adopté à l'unanimité.\n\n"
        "II TARIFS DE LA SALLE COMMUNALE\n\nLe conseil municipal, à l'unanimité, adopte les tarifs.\n"
    )
    deliberations = projection(seance_lue(texte))["deliberations"]
    assert [(d["numero"], d["objet"]) for d in deliberations] == [
        ("I", "ADOPTION DU PROCES-VERBAL DU 1er DECEMBRE 2017"),
        ("II", "TARIFS DE LA SALLE COMMUNALE"),
    ]


def test_mandants_puis_pouvoirs_en_colonnes_aplaties() -> None:
    """« Membres représentés : Nina Tessier Rémi Vidal pouvoir à Sophie Rival pouvoir à Marc
    Dorat » : le n-ième mandant avec le n-ième mandataire, et un constat qui le dit."""
    resultat = lire_extrait(
        "Séance du conseil municipal de Bréval du 12 mars 2015. Membres présents : Pierre Lanvin, "
        "Sophie Rival, Marc Dorat. Membres représentés : Nina Tessier Rémi Vidal pouvoir à Sophie "
        "Rival pouvoir à Marc Dorat Membres absents : Paul Brun. Secrétaire de séance : Marc Dorat."
    )
    assert resultat.seance is not None
    assert sorted(projection(resultat.seance)["procurations"]) == [
        ["Nina Tessier", "Sophie Rival"],
        ["Rémi Vidal", "Marc Dorat"],
    ]
    assert "extrait.pouvoirs-en-colonnes" in {c.code for c in resultat.rapport.constats}


def test_ordre_du_jour_a_puces_puis_numerote_puis_le_point() -> None:
    """« ORDRE DU JOUR : » / puces / « 1/ … » … / puis « 1/ Procès-verbal du Conseil du … : »
    traité : l'annonce est remplacée par le point ; l'approbation d'une autre séance racontée
    dans le point n'en est pas l'issue."""
    texte = (
        "COMPTE RENDU DE SEANCE DU CONSEIL MUNICIPAL DU MARDI 14 MAI 2019\n"
        "Le Conseil Municipal de Valbrune s'est réuni sous la présidence de Gilles MORVAN, Maire.\n"
        "Présents : Paul ARNOUX, Lucie BERTHO, Claire DANEL.\n"
        "ORDRE DU JOUR :\n- Approbation du procès-verbal du 2 avril 2019.\n- Vote du budget\n"
        "1/ Délibération pour vente d'une parcelle.\n2/ Point sur les travaux en cours.\n"
        "1/ Procès-verbal du Conseil Municipal du 2 avril 2019 : Mme BERTHO demande qu'une phrase "
        "soit ajoutée, cette phrase ayant été approuvée par le Conseil le 2 avril.\n"
    )
    deliberations = projection(seance_lue(texte))["deliberations"]
    premier = next(d for d in deliberations if d["numero"] == "1")
    assert premier["objet"].startswith("Procès-verbal du Conseil Municipal du 2 avril 2019")
    assert premier["scrutin"] is None or premier["scrutin"]["resultat"] is None


@pytest.mark.parametrize(
    "phrase",
    [
        "cette phrase ayant été approuvée par le Conseil le 2 avril.",
        "la convention approuvée par délibération du 3 mars est modifiée.",
    ],
)
def test_approbation_passee_n_est_pas_une_issue(phrase: str) -> None:
    from deliberations.extrait import reconnaisseurs as r

    assert r.resultat(phrase) is None


def test_communaute_nommee_par_ses_communes_membres() -> None:
    """Sans en-tête qui la nomme, « des 6 communes constituant la Communauté de Communes X » :
    X, avec l'avertissement extrait.collectivite-hors-en-tete."""
    resultat = lire_extrait(
        "PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE JEUDI 9 JUILLET 2020 PRESIDENT : Yves TARDIEU "
        "ETAIENT PRESENTS : Anne MALLET, Jean RIVIERE SECRETAIRE DE SEANCE : Jean RIVIERE Objet : "
        "INSTALLATION DU CONSEIL COMMUNAUTAIRE La séance est ouverte sous la présidence de Yves "
        "TARDIEU, qui donne lecture de la liste des délégués des 6 communes constituant la "
        "Communauté de Communes des Hautes Combes."
    )
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom == "Communauté de Communes des Hautes Combes"
    assert "extrait.collectivite-hors-en-tete" in {c.code for c in resultat.rapport.constats}


@pytest.mark.parametrize(
    "ligne, attendu",
    [
        ("Secrétaire de séance : Pierre LANVIN : je vous propose la candidature de Madame Lise PUJOL.", ["Lise PUJOL"]),
        ("Secrétaire de séance : à désigner.", []),
    ],
)
def test_secretaire_propose_ou_illisible(ligne: str, attendu: list[str]) -> None:
    """Le secrétaire proposé dans un dialogue ; un texte sans personne lisible est dit."""
    resultat = lire_extrait(
        "COMMUNE DE BREVAL\nSéance du conseil municipal du 12 mars 2015\n"
        f"Présents : Pierre LANVIN, Sophie RIVAL, Lise PUJOL.\n{ligne}\n"
    )
    assert resultat.seance is not None
    assert projection(resultat.seance)["secretaires"] == attendu
    codes = {c.code for c in resultat.rapport.constats}
    assert ("extrait.secretaire-illisible" in codes) is (not attendu)


def test_nom_de_communaute_sur_deux_lignes_apres_un_titre_de_page() -> None:
    """« 12 mai 2016 - Sorgueval » (titre de la page) puis « Sorgueval » / « Communauté de
    Communes » : la communauté, pas rien (le titre de page, qui ne nomme qu'un lieu, empêchait
    de lire le nom d'usage au-dessus de la nature)."""
    texte = (
        "12 mai 2016 - Sorgueval\n\nSorgueval\nCommunauté de Communes\nCONSEIL COMMUNAUTAIRE\n"
        "Réunion du 12 MAI 2016\nLe Conseil communautaire s'est réuni sous la présidence de Paul "
        "ROCHE.\nEtaient présents :\nPaul ROCHE\nAnne MALLET\nSecrétaire de séance : Anne MALLET\n"
    )
    assert seance_lue(texte).assemblee.collectivite.nom == "Communauté de communes Sorgueval"


# --- Seconde passe de l'audit (cinq extraits réels complets, trois en-têtes, lus hors dépôt).


def test_point_annonce_non_repris_ne_prend_pas_le_vote_du_proces_verbal() -> None:
    """L'ordre du jour annonce 1 à 3, le document traite 1 et 2 : le vote de l'approbation du
    procès-verbal, lu après l'ordre du jour, n'est pas celui du point 3 (annoncé, non repris)."""
    resultat = lire_extrait(
        "PROCES-VERBAL DU CONSEIL MUNICIPAL DU 14 MARS 2016\n"
        "Le conseil municipal de Vernoux s'est réuni sous la présidence de Monsieur Paul RIVAUD, Maire.\n"
        "Présents : Paul RIVAUD, Anne CORBIN, Luc MARTEL.\nORDRE DU JOUR :\n"
        "1) Travaux de voirie\n2) Tarifs de la salle des fêtes\n3) Budget 2016 : décision modificative\n"
        "4) Questions diverses\nLe PV de la séance du 8 février 2016 est adopté à l'unanimité.\n"
        "1) Travaux de voirie\nLe conseil retient l'entreprise Garnier. Adopté à l'unanimité.\n"
        "2) Tarifs de la salle des fêtes\nAdopté par 2 voix pour et 1 abstention.\n"
    )
    assert resultat.seance is not None
    assert [d.numero for d in resultat.seance.deliberations] == ["1", "2"]
    assert "extrait.vote-hors-point" in {c.code for c in resultat.rapport.constats}


def test_ordre_du_jour_a_parentheses_aplati() -> None:
    """« ORDRE DU JOUR : 1) … 2) … 3) … » sans point-virgule, dans un texte aplati : annoncé,
    pas lu comme des points (le vote de l'approbation du procès-verbal allait au point 2)."""
    texte = (
        "PROCES-VERBAL DU CONSEIL MUNICIPAL DU 14 MARS 2016 Le conseil municipal de Vernoux s'est "
        "réuni sous la présidence de Monsieur Paul RIVAUD, Maire. Présents : Paul RIVAUD, Anne "
        "CORBIN, Luc MARTEL. Secrétaire de séance : Anne CORBIN ORDRE DU JOUR : 1) Syndicat des "
        "eaux : rapport annuel. 2) Ecole : motion 3) Plan local de l'habitat 4) Budget 2016 5) "
        "Questions diverses Le PV de la séance du 8 février est adopté à l'unanimité. 1) Syndicat "
        "des eaux : rapport annuel. Le conseil prend acte du rapport."
    )
    deliberations = projection(seance_lue(texte))["deliberations"]
    assert [d["numero"] for d in deliberations] == ["1"]
    assert deliberations[0]["scrutin"] is None


def _delegues_par_commune(nombre: int, separateur: str = " ") -> str:
    communes = [f"{c}{c}{c}AC" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"][:nombre]
    return separateur.join(f"{c} : Prénom{i} NOM{chr(65 + i % 26)}{i}" for i, c in enumerate(communes))


def test_commune_de_plusieurs_mots_coupee_par_la_borne_d_un_morceau() -> None:
    """Liste aplatie « COMMUNE : Prénom NOM » de plus de 600 caractères : le morceau est borné
    devant le tiret qui sépare deux groupes, « SAINT PAUL DES BOIS » reste une commune (elle
    donnait un élu « Saint PAUL »)."""
    from deliberations.extrait.normalisation import MORCEAU_MAX

    debut = " - ".join(f"LIEU{chr(65 + i)} : Jean MARTIN{chr(65 + i)}" for i in range(24))
    assert len(debut) > MORCEAU_MAX // 2
    texte = (
        "SYNDICAT INTERCOMMUNAL D'ENERGIE DU HAUT-VALLON PROCES-VERBAL Le 12 mai 2011, le Comité "
        "s'est réuni sous la Présidence de M. Jean MARTINA, Président. Délégués présents : "
        f"{debut} - SAINT PAUL DES BOIS : Lucien BORIE - SAINT JEAN DE LAUR : Elie SOL"
    )
    presents = projection(seance_lue(texte))["presents"]
    assert "Lucien BORIE" in presents and "Elie SOL" in presents
    assert not any(p.startswith("Saint") for p in presents)


def test_pouvoir_recu_entre_parentheses_parmi_les_presents() -> None:
    """« Paul BERTIN (a reçu pouvoir de Anne MARCHAL) » : la procuration d'Anne MARCHAL."""
    texte = (
        "COMMUNAUTE DE COMMUNES DU LAYON\nSEANCE DU 12 MAI 2016\nPrésents : MM. Paul BERTIN (a reçu "
        "pouvoir de Anne MARCHAL), Sophie DANIEL, Yann QUEMENER (a reçu pouvoir de Luc SALAUN).\n"
    )
    assert sorted(projection(seance_lue(texte))["procurations"]) == [
        ["Anne MARCHAL", "Paul BERTIN"],
        ["Luc SALAUN", "Yann QUEMENER"],
    ]


def test_delegues_par_commune_aplatis_sans_rubrique() -> None:
    """« Délégués présents : ANGLARS : Alain MOREL BRIVES : Paul TESTU - CASSAGNE : … » (la
    première commune lue avec l'intitulé) : la liste entière était perdue."""
    texte = (
        "SYNDICAT INTERCOMMUNAL D'ENERGIE DU HAUT-VALLON PROCES-VERBAL Le 12 mai 2011, le Comité "
        "s'est réuni sous la Présidence de M. Gérard TOUZET, Président. Délégués présents : "
        "ANGLARS : Alain MOREL BRIVES : Paul TESTU - CASSAGNE : Marie FOUQUET DURAS : Luc GAY "
        "NAVES : Gérard TOUZET Secrétaire de séance : Luc GAY"
    )
    presents = projection(seance_lue(texte))["presents"]
    assert sorted(presents) == ["Alain MOREL", "Gérard TOUZET", "Luc GAY", "Marie FOUQUET", "Paul TESTU"]


@pytest.mark.parametrize("libelle", ["Se sont abstenus", "S'est abstenu"])
def test_abstentions_nommees_par_le_verbe(libelle: str) -> None:
    from deliberations.extrait import reconnaisseurs as r

    assert r.votes(f"{libelle} : M. Yves NOEL.") == [("abstentions", 1)]


def test_collectivite_en_casse_melee_apres_le_titre_aplati() -> None:
    """« EXTRAIT DU REGISTRE … DU CONSEIL MUNICIPAL Commune de X Nombre de membres … »."""
    texte = (
        "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL Commune de Saint-Véran-des-Monts "
        "Nombre de membres en exercice : 14 L'an deux mille neuf, le dix avril, le conseil municipal "
        "s'est réuni sous la présidence de M. Roger BAYLE, Maire. Présents : MM. BAYLE, CHABRIER."
    )
    assert seance_lue(texte).assemblee.collectivite.nom == "Saint-Véran-des-Monts"


def test_en_exercice_suivi_de_l_ouverture_de_la_seance() -> None:
    """« Membres en exercice : 12 A l'ouverture de la séance, 6 délégués étaient présents » :
    l'effectif ne change pas pendant la séance (il était perdu)."""
    texte = (
        "SYNDICAT INTERCOMMUNAL D'ENERGIE DU HAUT-VALLON Séance du 12 mai 2011 Membres en exercice : "
        "12 A l'ouverture de la séance, 6 délégués étaient présents. Délégués présents : Alain MOREL, "
        "Paul TESTU."
    )
    decomptes = projection(seance_lue(texte))["decomptes"]
    assert decomptes["en_exercice"] == 12


@pytest.mark.parametrize(
    "ligne, paire",
    [
        ("DE M. LAFITTE À MME DARRIGADE", ("M. LAFITTE", "MME DARRIGADE")),
        ("DE LA TOUR Jean À MME DARRIGADE", ("DE LA TOUR Jean", "MME DARRIGADE")),
    ],
)
def test_procuration_de_en_capitales(ligne: str, paire: tuple[str, str]) -> None:
    """« PROCURATION DE M. LAFITTE À MME DARRIGADE » (banc métamorphique, en-tête en
    capitales) : « DE » devant une civilité n'est pas du nom du mandant."""
    from deliberations.extrait import reconnaisseurs as r

    assert r.procuration_courte(ligne) == paire


# --- Écarts de la série 60 : délégués groupés par commune sans intitulé « Présents ».

_TETE_EPCI = (
    "Communauté de Communes des Coteaux\nPROCES-VERBAL DU CONSEIL COMMUNAUTAIRE\n"
    "Séance du jeudi 14 mars 2019\nLe Conseil Communautaire s'est réuni sous la présidence de "
    "Monsieur Gérard THIÉBAUT, Président.\n\n"
)


def test_pour_la_commune_de_sans_intitule_dans_une_intercommunalite() -> None:
    texte = (
        _TETE_EPCI + "Pour la commune de BERMONVILLE : Monsieur Gérard THIÉBAUT, Madame Nadine COLLOT\n"
        "Pour la commune de FAYS : Monsieur Hervé MASSON (suppléant de Monsieur Roland PIERSON)\n"
        "Pour la commune de LAVILLE : Monsieur Jacky NOËL\n\nPrésents : 4 – Votants : 4\n"
    )
    p = projection(seance_lue(texte))
    assert sorted(p["presents"]) == ["Gérard THIÉBAUT", "Jacky NOËL", "Nadine COLLOT"]
    assert p["suppleances"] == [["Hervé MASSON", "Roland PIERSON"]]


def test_communes_en_capitales_puis_un_delegue_par_ligne_sans_intitule() -> None:
    texte = (
        _TETE_EPCI + "AUBIGNY-LES-FORGES\nM. Gérard THIÉBAUT\nMme Colette BESNARD\nBRÉVILLE-SUR-SORNE\n"
        "M. Jean-Luc HAMEL\nLE MESNIL\nMme Françoise LEBRETON\n\nPrésents : 4\nSecrétaire de séance : M. Jean-Luc HAMEL\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert sorted(projection(resultat.seance)["presents"]) == [
        "Colette BESNARD", "Françoise LEBRETON", "Gérard THIÉBAUT", "Jean-Luc HAMEL",
    ]
    assert "extrait.presents-sans-intitule" in {c.code for c in resultat.rapport.constats}


def test_une_ligne_en_capitales_d_une_commune_n_ouvre_pas_seule_une_liste() -> None:
    """Une seule commune suivie d'une personne (un en-tête, une adresse) : pas une liste."""
    texte = (
        "COMMUNE DE VALBOIS\nSéance du conseil municipal du 3 mars 2015\nVALBOIS\nM. Paul ROUX, Maire\n"
        "Présents : M. Paul ROUX, Mme Anne PETIT.\n"
    )
    assert projection(seance_lue(texte))["presents"] == ["Paul ROUX", "Anne PETIT"]


def test_tableau_html_commune_delegues() -> None:
    from deliberations.extrait.html import texte_html

    page = (
        "<html><body><h1>Comité syndical du 28 juin 2017</h1><p>SIAEP de la Vallée</p><table>"
        "<tr><th>Commune</th><th>Délégués</th></tr>"
        "<tr><td>BLENNES</td><td>M. Rémi CHARPENTIER<br/>Mme Odile LAMBERT</td></tr>"
        "<tr><td>DIANT</td><td>Mme Valérie SAUNIER</td></tr></table></body></html>"
    )
    texte = texte_html(page)
    assert "Délégués présents :\nBLENNES : M. Rémi CHARPENTIER, Mme Odile LAMBERT\nDIANT : Mme Valérie SAUNIER" in texte
    assert sorted(projection(seance_lue(texte))["presents"]) == [
        "Odile LAMBERT", "Rémi CHARPENTIER", "Valérie SAUNIER",
    ]


def test_article_du_cgct_avant_le_secretaire_n_ouvre_pas_un_point() -> None:
    """Sondes réunies par trois (aplati) : « Conformément à l'article L. 2121-15 du CGCT, Mme X
    est désignée secrétaire de séance. » après les présents n'est pas le titre d'un premier
    point (« 2121-15 du CGCT » devenait un point, les rangs des mouvements décalés)."""
    texte = (
        "COMMUNE DE VAUDREY Séance du conseil municipal du 26 septembre 2024 Présents : M. Paul "
        "ROUX, Mme Anne PETIT, Mme Iris VIDAL Conformément à l'article L. 2121-15 du CGCT, Mme Anne "
        "PETIT est désignée secrétaire de séance. Délibération n° 2024-31 : Tarifs de la cantine "
        "Adopté à l'unanimité. Mme Iris VIDAL prend place dans l'assemblée. Délibération n° 2024-32 "
        ": Subvention au comité des fêtes Adopté à l'unanimité."
    )
    p = projection(seance_lue(texte))
    assert [d["numero"] for d in p["deliberations"]] == ["2024-31", "2024-32"]


def test_colonnes_de_pouvoirs_avec_particule_et_nom_compose() -> None:
    """« Nina Tessier-Roux Alexandra Di Frenna Rémi Vidal pouvoir à … ×3 » : la particule tient
    au nom qui la suit, le nom composé reste un mot."""
    resultat = lire_extrait(
        "Séance du conseil municipal de Bréval du 12 mars 2015. Membres présents : Pierre Lanvin, "
        "Sophie Rival, Marc Dorat. Membres représentés : Nina Tessier-Roux Alexandra Di Frenna "
        "Rémi Vidal pouvoir à Sophie Rival pouvoir à Marc Dorat pouvoir à Pierre Lanvin Membres "
        "absents : / Secrétaire de séance : Marc Dorat."
    )
    assert resultat.seance is not None
    assert sorted(projection(resultat.seance)["procurations"]) == [
        ["Alexandra Di Frenna", "Marc Dorat"],
        ["Nina Tessier-Roux", "Sophie Rival"],
        ["Rémi Vidal", "Pierre Lanvin"],
    ]


@pytest.mark.parametrize(
    "liste",
    [
        "Présents : MM. Paul BERTIN Sophie DANIEL Louis FERRAND Hervé JAMET.",
        "Présents / Membres titulaires : Paul BERTIN Sophie DANIEL Louis FERRAND Hervé JAMET.",
    ],
)
def test_liste_aplatie_sans_virgules_civilite_plurielle_ou_qualite_apres_barre(liste: str) -> None:
    """Seconde passe de l'audit : « MM. » en tête d'une liste sans virgules, « Présents / Membres
    titulaires : » dans le flux (la liste entière était perdue, signalée)."""
    texte = f"COMMUNE DE VALBOIS Séance du 12 mai 2016 {liste} Secrétaire : Sophie DANIEL"
    assert projection(seance_lue(texte))["presents"] == [
        "Paul BERTIN", "Sophie DANIEL", "Louis FERRAND", "Hervé JAMET",
    ]


# --- Banc métamorphique sur les documents 736, 741, 742 (titres coupés par la largeur).


def test_fin_de_titre_coupee_par_la_largeur() -> None:
    """« 3 – Décision modificative … du Pré » / « Carré » : un titre qui remplit la ligne, puis
    un mot à majuscule seul : la fin du titre."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL\nCONSEIL COMMUNAUTAIRE DU 2 JUILLET 2015\n"
        "Présents : M. Pascal RENOUF, Mme Colette BESNARD.\n\n"
        "1 – Transfert de la compétence aire d'accueil des gens du voyage aux\ncommunes\nAdopté à l'unanimité.\n\n"
        "2 – Décision modificative n° 2 – budget annexe zone d'activités du Pré\nCarré\n"
        "Vote : 15 pour, 2 abstentions.\n"
    )
    objets = [d["objet"] for d in projection(seance_lue(texte))["deliberations"]]
    assert objets[1] == "Décision modificative n° 2 – budget annexe zone d'activités du Pré Carré"


def test_tiret_final_d_un_titre_continue_en_minuscules() -> None:
    """« Objet : Travaux d'assainissement rue Basse – » / « choix du maître d'œuvre » : le tiret
    reste entre les deux parties du titre."""
    texte = (
        "COMMUNE DE VALBOIS\nSéance du conseil municipal du 6 mars 2009\nPrésents : M. Paul ROUX, "
        "Mme Anne PETIT.\n\nObjet : Travaux d'assainissement rue Basse –\nchoix du maître d'œuvre\n"
        "Le Maire présente les propositions.\nAdopté à l'unanimité.\n"
    )
    objet = projection(seance_lue(texte))["deliberations"][0]["objet"]
    assert objet == "Travaux d'assainissement rue Basse – choix du maître d'œuvre"


def test_melle_n_est_pas_un_prenom_pour_la_metamorphose() -> None:
    from tests.extrait.metamorphoses import TRANSFORMATIONS

    assert TRANSFORMATIONS["noms en NOM Prénom"]("Melle FOUCHER Aurélie") == "Melle FOUCHER Aurélie"
