"""Vingt-sixième session : formes trouvées en lisant de vrais documents publiés (hors dépôt,
quarante-troisième à quarante-sixième lectures), chacune reproduite ici sur un petit texte
inventé (noms, lieux et nombres inventés)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.reconnaisseurs import date_seance_fiable, president, secretaire
from deliberations.validation import valider
from tests.extrait.comparaison import projection


def _lu(texte: str) -> tuple[dict[str, object], list[str]]:
    lu = lire_extrait(texte)
    assert lu.seance is not None
    return projection(lu.seance), [c.code for c in lu.rapport.constats]


_VALBRUNE = (
    "PROCES VERBAL DU CONSEIL MUNICIPAL DU JEUDI 12 MAI 2016 L'an deux mille seize le douze du mois "
    "de mai à 20h00, le Conseil Municipal de la commune de Valbrune, dûment convoqué le 4 mai 2016, "
    "s'est réuni au lieu ordinaire de ses séances, sous la présidence de Monsieur Paul FERRAND, Maire. "
    "Etaient présents : {presents} Excusé (e)s ayant donné pouvoir : Léa MARTY à Anne MOREL Tom GIRAUD "
    "à Hugo LEROUX Secrétaire de séance : Clara VIDAL. Le Maire ouvre la séance."
)
_HUIT = ["Paul FERRAND", "Anne MOREL", "Louis CARON", "Julie BESSE", "Marc DUVAL", "Emma RIVIERE", "Hugo LEROUX", "Clara VIDAL"]


def test_marque_inclusive_detachee_de_l_intitule() -> None:
    """« Excusé (e)s ayant donné pouvoir : » (une espace avant « (e)s ») est un intitulé : le
    dernier présent, les excusés et les pouvoirs ne sont plus avalés dans un nom illisible."""
    lu, codes = _lu(_VALBRUNE.format(presents=", ".join(_HUIT)))
    assert lu["presents"] == _HUIT
    assert lu["procurations"] == [["Léa MARTY", "Anne MOREL"], ["Tom GIRAUD", "Hugo LEROUX"]]
    assert lu["secretaires"] == ["Clara VIDAL"]
    assert "extrait.nom-illisible" not in codes


def test_liste_sans_virgule_a_tirets_epars() -> None:
    """« Paul FERRAND Anne MOREL Louis CARON - Julie BESSE … -Hugo LEROUX » (aplati) : chaque
    « Prénom NOM » est un présent, les tirets n'étant qu'entre quelques-uns."""
    presents = "Paul FERRAND Anne MOREL Louis CARON - Julie BESSE Marc DUVAL Emma RIVIERE -Hugo LEROUX - Clara VIDAL"
    lu, _ = _lu(_VALBRUNE.format(presents=presents))
    assert lu["presents"] == _HUIT


@given(st.permutations(_HUIT), st.lists(st.sampled_from([" ", " - ", " -"]), min_size=7, max_size=7))
def test_liste_sans_virgule_quels_que_soient_les_tirets(noms: list[str], separateurs: list[str]) -> None:
    """Quel que soit l'ordre des noms et les tirets entre eux, la liste « Prénom NOM » sans
    virgule se lit entière, ou rien n'est affirmé en silence (un nom illisible est dit)."""
    presents = noms[0] + "".join(s + n for s, n in zip(separateurs, noms[1:], strict=True))
    lu, codes = _lu(_VALBRUNE.format(presents=presents))
    lus = lu["presents"]
    assert isinstance(lus, list)
    assert set(lus) <= set(_HUIT)
    assert sorted(lus) == sorted(_HUIT) or "extrait.nom-illisible" in codes


def test_secretaire_en_casse_mixte_suivi_d_un_intertitre() -> None:
    """« Secrétaire : Mme Nadia Coste OUVERTURE DE LA SEANCE » : le secrétaire est Nadia COSTE."""
    texte = (
        "Conseil Municipal du mardi 14 mars 2017 Compte rendu L An deux mil dix-sept, le quatorze mars à vingt "
        "heures, le Conseil Municipal de Pontlieu-sur-Aff légalement convoqué s est réuni à la mairie, sous la "
        "présidence de Monsieur Alain KERBRAT, Maire. Etaient présents : M. Yves LE ROUX, Mme Nadia COSTE, M. "
        "Hervé PICARD Absents excusés : M. Gilles BRAS Secrétaire : Mme Nadia Coste OUVERTURE DE LA SEANCE Le "
        "quorum étant respecté, Monsieur le Maire déclare la séance ouverte."
    )
    lu, codes = _lu(texte)
    assert lu["secretaires"] == ["Nadia COSTE"]
    assert "extrait.personne-inconnue" not in codes


_SAINT_ALBAN = (
    "1 Compte-rendu de la réunion du conseil municipal du 11 mai 2015 DATE DE LA CONVOCATION : 4 mai 2015 "
    "NOMBRE DE CONSEILLERS EN EXERCICE : 9 L'an deux mille quinze et le onze du mois de mai à 19 H 30, le "
    "Conseil Municipal de la Commune de SAINT-ALBAN-DES-PRES, dûment convoqué par le Maire, s'est réuni au "
    "lieu ordinaire de ses séances, sous la présidence de Monsieur le Maire. PRÉSENTS : M. Paul DUMAS, Maire "
    "M. Victor LAMBERT 1 er Adjoint jusqu'à son arrivée à partir de la question 0.2, Mme Inès ROCHE , 2 ème "
    "Adjoint, M. Jules FABRE, Mme Rose MILLET, M. Noé BRUN. EXCUSÉS : Madame Eva CHARLES qui a donné "
    "procuration à Madame Inès ROCHE Monsieur Victor LAMBERT qui a donné procuration à Monsieur Paul DUMAS "
    "jusqu'à son arrivée à la question 0.2. Madame Zoé PERRIN qui a donné procuration à Monsieur Noé BRUN "
    "ABSENTS : Monsieur Ugo SALLES."
)


def test_pouvoir_jusqu_a_son_arrivee() -> None:
    """« X qui a donné procuration à Y jusqu'à son arrivée à la question 0.2. Z qui a donné … » :
    les deux pouvoirs sont lus (la portée dite) ; « M. X 1 er Adjoint jusqu'à son arrivée à
    partir de la question 0.2 » parmi les présents : X est présent (la précision dite)."""
    lu, codes = _lu(_SAINT_ALBAN)
    assert lu["presents"] == ["Paul DUMAS", "Victor LAMBERT", "Inès ROCHE", "Jules FABRE", "Rose MILLET", "Noé BRUN"]
    assert lu["procurations"] == [
        ["Eva CHARLES", "Inès ROCHE"],
        ["Victor LAMBERT", "Paul DUMAS"],
        ["Zoé PERRIN", "Noé BRUN"],
    ]
    assert lu["absents"] == ["Ugo SALLES"]
    assert "extrait.procuration-partielle" in codes
    assert "extrait.mandataire-inconnu" not in codes


def test_presidence_du_premier_adjoint_et_secretaires_apres_un_visa() -> None:
    """« sous la présidence du 1 er Adjoint » et « M. Victor LAMBERT, 1 er Adjoint » dans la liste :
    le président est LAMBERT (dit) ; « ABSENTS : / En conformité avec l'article L 2121-15 …,
    Madame X et Monsieur Y ont été désignés pour remplir les fonctions de Secrétaires » : pas
    d'absent, deux secrétaires."""
    texte = (
        "1 Compte-rendu de la réunion du Conseil Municipal du 9 mars 2015 NOMBRE DE CONSEILLERS EN EXERCICE : 9 "
        "L'an deux mille quinze et le neuf du mois de mars à 19 H 30, le Conseil Municipal de la Commune de "
        "SAINT-ALBAN-DES-PRES, dûment convoqué par le Maire, s'est réuni au lieu ordinaire de ses séances, sous "
        "la présidence du 1 er Adjoint. PRÉSENTS : M. Victor LAMBERT, 1 er Adjoint, Mme Inès ROCHE, 2 ème "
        "Adjoint, M. Jules FABRE, Mme Rose MILLET, M. Noé BRUN. EXCUSÉS : Monsieur Paul DUMAS qui a donné "
        "procuration à Monsieur Victor LAMBERT ABSENTS : / En conformité avec l'article L 2121-15 du code "
        "général des collectivités territoriales, Madame Rose MILLET et Monsieur Jules FABRE ont été désignés "
        "pour remplir les fonctions de Secrétaires de l'Assemblée."
    )
    lu, codes = _lu(texte)
    assert lu["president"] == "Victor LAMBERT"
    assert "extrait.president-fonction" in codes
    assert lu["secretaires"] == ["Rose MILLET", "Jules FABRE"]
    assert lu["absents"] == []
    assert "extrait.present-et-absent" not in codes


def test_presidence_par_le_rang_seul() -> None:
    """Le rang d'adjoint seul est rendu tel quel (le nom se trouve dans la liste) ; suivi d'une
    virgule et du nom, c'est le nom ; un rang qu'aucune liste ne nomme reste non résolu."""
    assert president("sous la présidence du 1 er Adjoint.") == "1 er Adjoint"
    assert president("sous la présidence de Monsieur le premier adjoint, Paul VERNET.") == "Paul VERNET"
    assert president("sous la présidence de Madame la 1ère adjointe, Anne ROUX, le maire étant excusé.") == "Anne ROUX"
    lu, codes = _lu("Conseil municipal du 9 mars 2015\nSous la présidence du 2ème adjoint.\nPrésents : Anne ROUX, Paul VERNET\n")
    assert lu["president"] is None
    assert "extrait.personne-inconnue" in codes  # « Président illisible : « 2ème adjoint » »


def test_secretaire_apres_un_visa() -> None:
    phrase = "Madame Rose MILLET a été désignée secrétaire de séance."
    assert secretaire("Conformément à l'article L. 2121-15 du CGCT, " + phrase) == "Madame Rose MILLET"
    assert secretaire("En conformité avec l'article L 2121-15 du code, " + phrase) == "Madame Rose MILLET"


def test_date_du_titre_apres_le_nom_de_l_intercommunalite() -> None:
    """« PROCES-VERBAL CONSEIL COMMUNAUTAIRE VAL DES CORMIERS MARDI 14 MARS 2017 – LIEU » : la
    date du titre ; pas la date d'une convocation ou d'une autre séance nommée avant."""
    titre = "1 PROCES-VERBAL CONSEIL COMMUNAUTAIRE VAL DES CORMIERS MARDI 14 MARS 2017 – BRAUVILLE-SUR-OUCHE"
    trouve = date_seance_fiable(titre)
    assert trouve is not None and trouve[0].isoformat() == "2017-03-14"
    assert date_seance_fiable("CONSEIL MUNICIPAL Convocation mardi 7 mars 2017") is None
    assert date_seance_fiable("CONSEIL MUNICIPAL Prochaine séance mardi 7 mars 2017") is None
    trouve = date_seance_fiable("Mairie de Lunel – Réunion du conseil municipal du lundi 6 novembre 2023 à 20h")
    assert trouve is not None and trouve[0].isoformat() == "2023-11-06"
    lu, _ = _lu(titre + " PRESIDENT : Paul GARNIER ETAIENT PRESENTS : Anne LEBRUN, Jacques MOREL, Claire SIMON")
    assert lu["date"] == "2017-03-14"
    assert lu["president"] == "Paul GARNIER"


def test_intitules_a_tirets_dans_un_texte_aplati() -> None:
    """« PRÉSENTS Délégués titulaires - NOM Prénom, - … Délégués suppléants - … ABSENTS NON
    SUPPLEES - … SECRÉTAIRE DE SÉANCE - NOM » : chaque liste est lue."""
    texte = (
        "CONSEIL COMMUNAUTAIRE MARDI 14 AVRIL 2015 A 18H30 Salle des fêtes - LORVILLE PRÉSENTS Délégués "
        "titulaires - GARNIER Paul, - LEBRUN Anne, - MOREL Jacques, - SIMON Claire. Délégués suppléants - "
        "MARCHAND Odile (suppléante de DURAND Eric), - VASSEUR Henri (suppléant de FAURE Nadine). ABSENTS NON "
        "SUPPLEES - TESSIER Luc, - VIDAL Hélène. SECRÉTAIRE DE SÉANCE - SIMON Claire"
    )
    lu, codes = _lu(texte)
    assert lu["presents"] == ["Paul GARNIER", "Anne LEBRUN", "Jacques MOREL", "Claire SIMON"]
    assert lu["suppleances"] == [["Odile MARCHAND", "Eric DURAND"], ["Henri VASSEUR", "Nadine FAURE"]]
    assert lu["absents"] == ["Luc TESSIER", "Hélène VIDAL"]
    assert lu["secretaires"] == ["Claire SIMON"]
    assert "extrait.presents-supposes" not in codes


def test_suppleant_dont_le_titulaire_est_nomme_ailleurs() -> None:
    """« Suppléants présents : X – Y » puis « Absents : Z (remplacée par sa suppléante X) » : X
    remplace Z ; le constat « titulaire non nommé » ne vaut que pour Y."""
    texte = (
        "Conseil communautaire du 9 avril 2019\nPrésents : GARNIER Paul – LEBRUN Jean - MOREL Anne\n"
        "Suppléants présents : VASSEUR Lise – FAURE Eric\n"
        "Absents : TESSIER Odile (remplacée par sa suppléante VASSEUR Lise) - CARON Julie\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    assert projection(lu.seance)["suppleances"] == [["Lise VASSEUR", "Odile TESSIER"], ["Eric FAURE", None]]
    sans_titulaire = [c.message for c in lu.rapport.constats if c.code == "extrait.suppleant-sans-titulaire"]
    assert len(sans_titulaire) == 1 and "Eric FAURE" in sans_titulaire[0]


def test_pouvoir_a_majuscule_apres_un_tiret() -> None:
    """« M. X (Lormes) – Pouvoir à Mme SIMON Mme Y (Mornac) – Pouvoir à M. LEBRUN » parmi les
    excusés : deux procurations, mandataires retrouvés parmi les présents."""
    texte = (
        "Conseil de communauté du 14 mai 2019\nÉtaient présents : M. Jean LEBRUN (Arnac) Mme Claire SIMON "
        "(Vernay) M. Marc RIVIERE (Bourgneuf)\nExcusés : Mme Odile TESSIER (Castelbrac) M. Henri VASSEUR "
        "(Lormes) – Pouvoir à Mme SIMON Mme Julie CARON (Mornac) – Pouvoir à M. LEBRUN\n"
    )
    lu, codes = _lu(texte)
    assert lu["procurations"] == [["Henri VASSEUR", "Claire SIMON"], ["Julie CARON", "Jean LEBRUN"]]
    assert lu["excuses"] == ["Odile TESSIER"]
    assert "extrait.nom-illisible" not in codes


def test_nom_d_intercommunalite_coupe_par_la_mise_en_page() -> None:
    """« … le Conseil de Communauté de la Communauté » ⏎ « de Communes du Val d'Orbe s'est réuni »."""
    for blanc in ("\n", "\n\n"):
        texte = (
            "RÉUNION DU CONSEIL DE COMMUNAUTÉ\nSÉANCE DU 12 MARS 2019\nL'an deux mille dix-neuf et le douze "
            "mars, le Conseil de Communauté de la Communauté" + blanc + "de Communes du Val d'Orbe s'est réuni "
            "sous la présidence de Monsieur Paul GARNIER.\nPrésents : Paul GARNIER, Anne MOREL\n"
        )
        lu, _ = _lu(texte)
        assert lu["collectivite"] == "Communauté de Communes du Val d'Orbe"
        assert lu["type"] == "communaute_de_communes"


_BRUMES = (
    "1 COMPTE-RENDU n° 05/2019 L'an deux mil dix-neuf et le quatorze mai, le Conseil de Communauté du Val "
    "des Brumes s'est réuni au lieu habituel de ses séances, après convocation légale le 7 mai 2019, sous la "
    "Présidence de Monsieur Paul GARNIER. Étaient présents : {presents} Séance du Conseil de communauté Du "
    "14 mai {suite}"
)


def test_titre_courant_colle_au_dernier_nom() -> None:
    """« … M. Marc RIVIERE (Bourgneuf) Séance du Conseil de communauté Du 14 mai » (aplati) : le
    titre courant de la page est ôté (dit), RIVIERE est présent ; de même après un mandataire."""
    texte = _BRUMES.format(
        presents="M. Jean LEBRUN (Arnac) M. Paul GARNIER (Les Tilleuls) Mme Claire SIMON (Vernay) M. Marc RIVIERE (Bourgneuf)",
        suite="2019 Excusés : Mme Irène TOLLERET (Fontanès) – Pouvoir à M. LEBRUN Séance du Conseil de communauté Du 14 mai",
    )
    lu, codes = _lu(texte)
    assert lu["presents"] == ["Jean LEBRUN", "Paul GARNIER", "Claire SIMON", "Marc RIVIERE"]
    assert lu["procurations"] == [["Irène TOLLERET", "Jean LEBRUN"]]
    assert "extrait.ligne-retiree" in codes
    assert "extrait.nom-illisible" not in codes and "extrait.mandataire-inconnu" not in codes


def test_ordre_du_jour_seul_n_est_pas_une_liste_de_deliberations() -> None:
    """« Ordre du jour : 1. … 2. Modification délibération N°42 du … 3. … » et rien d'autre :
    aucune délibération (chaque point dit), et jamais une délibération « 42 »."""
    texte = (
        "1 PROCES VERBAL L'an deux mille dix-neuf, le neuf avril, le Conseil de la Communauté de Communes du "
        "Val d'Orbe s'est réuni à Bourgneuf sous la présidence de Monsieur GARNIER Paul. Présents : GARNIER "
        "Paul – LEBRUN Jean - MOREL Anne. Absents : TESSIER Odile. Ordre du jour : 1. Approbation du "
        "procès-verbal du conseil du 12/03/19. 2. Modification délibération N°42 du 12/03/19 tarifs de la "
        "piscine. 3. Acquisition de parcelles autour du Mont Brumes. 4. Questions diverses."
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None and lu.seance.deliberations == ()
    codes = [c.code for c in lu.rapport.constats]
    assert codes.count("extrait.sommaire") == 3 and "extrait.deliberation-absente" in codes


def test_points_de_l_ordre_du_jour_delibres_restent() -> None:
    """Les mêmes points, chacun suivi de son vote : des délibérations ; « Modification
    délibération N°42 » reste le titre du point 2."""
    texte = (
        "Conseil municipal du 9 avril 2019\nPrésents : Paul GARNIER, Anne MOREL, Jean LEBRUN\nOrdre du jour :\n"
        "1. Tarifs de la cantine\nAdopté à l'unanimité.\n2. Modification délibération N°42 du 12/03/19 tarifs de "
        "la piscine\nAdopté à l'unanimité.\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    assert [(d.numero, d.objet) for d in lu.seance.deliberations] == [
        ("1", "Tarifs de la cantine"),
        ("2", "Modification délibération N°42 du 12/03/19 tarifs de la piscine"),
    ]


def test_deux_homonymes_mandataires_ne_cumulent_pas() -> None:
    """« M. BLANC à M. MOREL » et « Mme CARON à Mme MOREL » : deux mandataires (M. et Mme
    MOREL, tous deux présents), une procuration chacun ; ``valider`` n'y voit pas de cumul. Deux
    pouvoirs au même « M. MOREL » en sont un."""
    texte = (
        "Conseil Municipal du Jeudi 9 Juin 2016\nEtaient présents :\nM. MOREL, Mme MOREL, M. PETIT, Mme LEBRUN, "
        "M. RIVIERE, Adjoints au Maire.\nAvaient donné pouvoir de voter respectivement en leur nom :\n"
        "M. BLANC à M. MOREL\nMme CARON à {qui} MOREL\n"
    )
    lu = lire_extrait(texte.format(qui="Mme"))
    assert lu.seance is not None and len(lu.seance.procurations) == 2
    assert "procuration.cumul" not in valider(lu.seance).codes()
    lu = lire_extrait(texte.format(qui="M."))
    assert lu.seance is not None
    assert "procuration.cumul" in valider(lu.seance).codes()


def test_article_colle_au_nom_de_la_commune() -> None:
    """« le Conseil Municipal de laCommune de X », « sous laprésidence de M. Y » (fins de ligne
    collées d'un PDF) : la collectivité est X, le président Y."""
    texte = (
        "CONSEIL MUNICIPAL DU 12 MARS 2015\n\nL'an deux mil quinze, le douze du mois de mars, le Conseil "
        "Municipal de laCommune de Bellerive-sur-Lède s'est assemblé au lieu ordinaire de ses séances, sous "
        "laprésidence de M. GARNIER, Maire.\nETAIENT PRESENTS : M. GARNIER, Mme LEBRUN, M. MOREL\n"
    )
    lu, _ = _lu(texte)
    assert lu["collectivite"] == "Bellerive-sur-Lède"
    assert lu["president"] == "GARNIER"


_DECOMPTES_EN_POINTILLES = (
    "1Compte-Rendu AFFICHE en MAIRIE le :09.03.12 EXTRAITS du PROCES-VERBAL de la SEANCE du CONSEIL "
    "MUNICIPAL du 7 MARS 2012 La séance du Conseil Municipal, installée à l'Espace des Tilleuls, est ouverte à "
    "18 heures 30, présidée par M. Paul GARNIER, Maire, qui procède à l'appel nominal des Conseillers "
    "Municipaux. Nombre de Conseillers en exercice ...... 29Présents .............................. 21Excusés "
    "........................ 3(ayant donné procuration :Mme Anne LEBRUN à M. Jacques MOREL,M. Louis BLANC à "
    "Mme Sophie PETIT,Mme Julie CARON à Mme Claire SIMON). Le quorum étant atteint, la séance se poursuit "
    "par l'examen de l'ordre du jour tel qu'il a été adressé aux conseillers avec leur convocation. "
) * 2


def test_decomptes_en_pointilles_colles_et_excuses_ayant_donne_procuration() -> None:
    """« en exercice ...... 29Présents ...... 21 » : 29 en exercice, 21 présents (plus 29
    présents) ; « Excusés ...... 3(ayant donné procuration :A à B,C à D) » : trois pouvoirs ;
    « présidée par M. X, Maire » : le président."""
    lu, _ = _lu(_DECOMPTES_EN_POINTILLES)
    decomptes = lu["decomptes"]
    assert isinstance(decomptes, dict)
    assert (decomptes["en_exercice"], decomptes["presents"]) == (29, 21)
    assert lu["procurations"] == [
        ["Anne LEBRUN", "Jacques MOREL"],
        ["Louis BLANC", "Sophie PETIT"],
        ["Julie CARON", "Claire SIMON"],
    ]
    assert lu["president"] == "Paul GARNIER"


def test_pouvoir_pour_une_plage_de_deliberations() -> None:
    """« M. TESSIER à M. RIVIERE (de la délibération n° 8 à la délibération n° 21) » : le
    pouvoir, sa portée dite."""
    texte = (
        "CONSEIL MUNICIPAL DU 25 JUIN 2009\nETAIENT PRESENTS : M. GARNIER, Mme LEBRUN, M. RIVIERE, M. TESSIER "
        "(de la délibération n°1 à la délibération n° 7)\nPROCURATIONS : M. BLANC à M. GARNIER, M. TESSIER à "
        "M. RIVIERE (de la délibération n° 8 à la délibération n° 21)\n"
    )
    lu, codes = _lu(texte)
    assert lu["procurations"] == [["BLANC", "GARNIER"], ["TESSIER", "RIVIERE"]]
    assert "extrait.procuration-partielle" in codes and "extrait.mandataire-inconnu" not in codes


def test_fonction_apposee_devant_le_representant() -> None:
    """« Monsieur X, Conseiller Municipal, représenté par Madame Y, Conseillère Municipale » : X
    donne pouvoir à Y (la fonction n'est pas le mandant)."""
    texte = (
        "PROCES-VERBAL DU CONSEIL MUNICIPAL DU MERCREDI 6 AVRIL 2016\nETAIENT PRESENTS : Paul GARNIER, Sophie "
        "PETIT, Luc TESSIER.\nEXCUSES ET REPRESENTES : Monsieur Louis BLANC, Conseiller Municipal, représenté "
        "par Madame Sophie PETIT, Conseillère Municipale, Madame Julie CARON, Conseillère Municipale, représentée "
        "par Monsieur Luc TESSIER, Conseiller Municipal.\n"
    )
    lu, _ = _lu(texte)
    assert lu["procurations"] == [["Louis BLANC", "Sophie PETIT"], ["Julie CARON", "Luc TESSIER"]]
    assert lu["excuses"] == ["Louis BLANC", "Julie CARON"]


def test_noms_seuls_accoles_et_pouvoirs_recus() -> None:
    """« Mesdames, Messieurs GARNIER LEBRUN - MOREL PETIT RIVIERE - SIMON - TESSIER VIDAL POUVOIRS
    RECUS DE : - M. BLANC à M. Morel » : un NOM par présent (dit), puis les pouvoirs ; un seul
    nom de deux mots parmi des NOM seuls reste un nom composé."""
    texte = (
        "CONSEIL MUNICIPAL COMPTE-RENDU DE LA SEANCE DU JEUDI 10 MARS 2016\nPRESENTS : Mesdames, Messieurs "
        "GARNIER LEBRUN - MOREL PETIT RIVIERE - SIMON - TESSIER VIDAL - JEAN CAVENEL POUVOIRS RECUS DE : - M. "
        "BLANC à M. Morel - Mme DURAND à Mme Simon\n"
    )
    lu, codes = _lu(texte)
    assert lu["presents"] == ["GARNIER", "LEBRUN", "MOREL", "PETIT", "RIVIERE", "SIMON", "TESSIER", "VIDAL", "Jean CAVENEL"]
    assert lu["procurations"] == [["BLANC", "MOREL"], ["DURAND", "SIMON"]]
    assert "extrait.nom-sans-separateur" in codes
    texte = "CONSEIL MUNICIPAL DU 10 MARS 2016\nPrésents : Mmes BRUNEL – COSTE – FARGIER PELLET – LAFONT – ARNAL\n"
    lu, codes = _lu(texte)
    assert lu["presents"] == ["BRUNEL", "COSTE", "FARGIER PELLET", "LAFONT", "ARNAL"]
    assert "extrait.nom-sans-separateur" not in codes


def test_prenoms_noms_en_capitales_ne_sont_pas_eclates() -> None:
    """« SANDRINE JAN, PATRICK MULLER, JEANICK SOLITUDE, … » : des « PRÉNOM NOM » (même un
    prénom rare) ; « SAINT MARTIN » : un nom."""
    texte = (
        "CONSEIL MUNICIPAL DU 10 MARS 2016\nPRESENTS : SANDRINE JAN, PATRICK MULLER, JEANICK SOLITUDE, GINETTE "
        "GRAMARD, NICOLAS MIRAM.\n"
    )
    lu, codes = _lu(texte)
    assert "Patrick MULLER" in lu["presents"] and len(lu["presents"]) == 5  # type: ignore[arg-type]
    assert "extrait.nom-sans-separateur" not in codes
    lu, _ = _lu("CONSEIL MUNICIPAL DU 10 MARS 2016\nPrésents : MMES COSTE, SAINT MARTIN, SUSSET, PETIT MARIE LOUP, VIDAL\n")
    presents = lu["presents"]
    assert isinstance(presents, list) and len(presents) == 5
    assert "SAINT MARTIN" in presents  # (un nom composé : ni éclaté, ni « Saint » prénom)


def test_intitules_en_capitales_sans_deux_points() -> None:
    """« … PRESENTS PAUL GARNIER, ANNE LEBRUN PROCURATIONS HELENE VIDAL à ANNE LEBRUN ABSENTS ERIC
    DURAND » (aplati) : chaque liste ; « PRESENTS ABSENTS » en tête de colonnes n'est pas un
    intitulé suivi d'une liste."""
    texte = (
        "M a i r i e d e B r a u v i l l e PROCES-VERBAL DES DELIBERATIONS PRISES PAR LE CONSEIL MUNICIPAL A "
        "L'OCCASION DE SA REUNION DU MARDI 8 MARS 2016 Présidée par M. Paul GARNIER, Maire de Brauville "
        "PRESENTS PAUL GARNIER, ANNE LEBRUN, JACQUES MOREL, SOPHIE PETIT, MARC RIVIERE, CLAIRE SIMON, LUC "
        "TESSIER PROCURATIONS HELENE VIDAL à ANNE LEBRUN, LOUIS BLANC à PAUL GARNIER ABSENTS ERIC DURAND "
        "Secrétaire de Séance : CLAIRE SIMON - Monsieur le Maire déclare la séance ouverte."
    )
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Paul GARNIER", "Anne LEBRUN", "Jacques MOREL", "Sophie PETIT", "Marc RIVIERE", "Claire SIMON", "Luc TESSIER"]
    assert lu["procurations"] == [["Helene VIDAL", "Anne LEBRUN"], ["Louis BLANC", "Paul GARNIER"]]
    assert lu["absents"] == ["Eric DURAND"]
    texte = "CONSEIL MUNICIPAL DU 18 OCTOBRE 2013\nPRESENTS ABSENTS\nM. Roland PICHARD M. Marcel HUREL\n"
    lu2 = lire_extrait(texte)
    assert lu2.seance is not None
    assert "ABSENTS" not in " ".join(str(p.elu) for p in lu2.seance.presences)


def test_appel_nominal_et_secretaire_en_la_personne_de() -> None:
    """« … procède à l'appel nominal : Etaient présents, Mesdames et Messieurs : A, B. Etaient
    représentées, Mesdames : X par A » ; « la désignation du secrétaire de séance, qui … est élu
    à l'unanimité, en la personne de M. X » (pas le secrétaire auxiliaire) ; « Sophie PETIT* »."""
    texte = (
        "CONSEIL MUNICIPAL DE LA VILLE DE BRAUVILLE SÉANCE PUBLIQUE DU 14 AVRIL 2015 La séance est ouverte à 19 "
        "heures sous la présidence de Monsieur Paul GARNIER, Maire. Madame Sophie PETIT procède à l'appel nominal "
        "des élus du Conseil municipal : Etaient présents, Mesdames et Messieurs : Paul GARNIER, Anne LEBRUN, "
        "Jacques MOREL, Sophie PETIT*, Marc RIVIERE. Etaient représentées, Mesdames : Hélène VIDAL par Paul "
        "GARNIER, Julie CARON par M. MOREL. Le quorum étant atteint, M. le Maire fait procéder à la désignation "
        "du secrétaire de séance, qui, sur sa proposition, est élu à l'unanimité, en la personne de M. Marc "
        "RIVIERE. Il lui adjoint un secrétaire auxiliaire en la personne de M. Hugo BAILLY, secrétaire général."
    ) * 3
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Paul GARNIER", "Anne LEBRUN", "Jacques MOREL", "Sophie PETIT", "Marc RIVIERE"]
    assert lu["procurations"] == [["Hélène VIDAL", "Paul GARNIER"], ["Julie CARON", "Jacques MOREL"]]
    assert lu["secretaires"] == ["Marc RIVIERE"]
    assert secretaire(
        "DECIDE de NOMMER Madame Elisabeth LEBON, secrétaire de séance et de lui adjoindre un secrétaire "
        "auxiliaire en la personne de M. Hugo BAILLY, secrétaire général."
    ) != "M. Hugo BAILLY"


@given(st.lists(st.sampled_from(["GARNIER", "LEBRUN", "MOREL", "PETIT", "SIMON", "VIDAL", "CARON"]), min_size=4, max_size=9, unique=True),
       st.lists(st.sampled_from([" - ", " "]), min_size=8, max_size=8))
def test_noms_seuls_jamais_soudes_en_silence(noms: list[str], separateurs: list[str]) -> None:
    """Une liste de NOM seuls dont des tirets manquent : chaque NOM est un présent, ou le
    document lu dit qu'un nom composé est supposé (jamais un « prénom » inventé en silence)."""
    liste = noms[0] + "".join(s + n for s, n in zip(separateurs, noms[1:], strict=False))
    lu, codes = _lu(f"CONSEIL MUNICIPAL DU 10 MARS 2016\nPRESENTS : Mesdames, Messieurs {liste}\n")
    presents = lu["presents"]
    assert isinstance(presents, list)
    assert presents == noms or "extrait.nom-ambigu" in codes


# --- quarante-huitième lecture (intercommunalités) ---------------------------------------------


def test_ecriture_inclusive_a_points_ordinaires() -> None:
    """« Conseiller.e.s présent.e.s : », « Conseiller.e.s ayant donné pouvoir : »,
    « Conseiller.e.s absent.e.s excusé.e.s : » : trois intitulés."""
    texte = (
        "Compte rendu du conseil communautaire du 14 mai 2019\nConseiller.e.s présent.e.s : Paul GARNIER, Anne "
        "MOREL, Luc PETIT.\nConseiller.e.s ayant donné pouvoir : Henri VASSEUR à Anne MOREL\n"
        "Conseiller.e.s absent.e.s excusé.e.s : Julie CARON, Eric FAURE\n"
    )
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Paul GARNIER", "Anne MOREL", "Luc PETIT"]
    assert lu["procurations"] == [["Henri VASSEUR", "Anne MOREL"]]
    assert lu["excuses"] == ["Julie CARON", "Eric FAURE"]


def test_etaient_sans_deux_points_et_preside_par() -> None:
    """« Présidé par Paul GARNIER. Étaient présents Paul GARNIER Anne MOREL … Étaient excusés et
    représentés Henri X donne pouvoir à Anne MOREL Étaient excusés et absents Julie Y » (aplati)."""
    texte = (
        "Compte rendu – Conseil communautaire du 14/05/2019. Présidé par Paul GARNIER. Étaient présents Paul "
        "GARNIER Anne MOREL Luc PETIT Claire SIMON Étaient excusés et représentés Henri VASSEUR donne pouvoir à "
        "Anne MOREL Étaient excusés et absents Julie CARON"
    ) * 3
    lu, _ = _lu(texte)
    assert lu["president"] == "Paul GARNIER"
    assert lu["presents"] == ["Paul GARNIER", "Anne MOREL", "Luc PETIT", "Claire SIMON"]
    assert lu["procurations"] == [["Henri VASSEUR", "Anne MOREL"]]


def test_suppleances_sans_separateur_et_noms_separes_par_des_points() -> None:
    """« Lise X suppléante de Julie Y Jean Z suppléant de Henri W » : deux suppléances ;
    « Mmes BERTRAND. IMBAULT. ET MM. SAUVADET. PAULET Daniel. » : quatre présents."""
    texte = (
        "Séance du conseil communautaire du 14 mai 2019.\nPrésents : Anne MOREL, Luc PETIT.\nDélégués "
        "suppléants : Lise VASSEUR suppléante de Julie CARON Jean LEBRUN suppléant de Henri BLANC\n"
    )
    lu, codes = _lu(texte)
    assert lu["suppleances"] == [["Lise VASSEUR", "Julie CARON"], ["Jean LEBRUN", "Henri BLANC"]]
    assert "extrait.suppleant-sans-titulaire" not in codes
    lu, _ = _lu("Compte rendu du Conseil de Communauté du 18 juillet 2011\nPRESENTS : Mmes BERTRAND. IMBAULT. ET MM. SAUVADET. PAULET Daniel.\n")
    assert lu["presents"] == ["BERTRAND", "IMBAULT", "SAUVADET", "Daniel PAULET"]


def test_titre_coupe_avant_la_date() -> None:
    """« Compte rendu du Conseil de Communauté » ⏎ « du 18 juillet 2011 à la salle … » : la date."""
    texte = (
        "Compte rendu du Conseil de Communauté\ndu 18 juillet 2011 à la salle des associations du Monestier à 18h\n"
        "PRESENTS : Mmes BERTRAND, IMBAULT et MM. SAUVADET, PAULET Daniel.\n"
    )
    lu, _ = _lu(texte)
    assert lu["date"] == "2011-07-18"
    assert lu["organe"] == "conseil_communautaire"


def test_membres_nommes_apres_le_president() -> None:
    """« … se sont assemblés … sous la présidence de M. X, Président, A, B - Vice-présidents ; C
    Conseillère déléguée ; D, E Conseillers ; Délégués suppléants : … » : les présents, lus et
    dits supposés (le document ne dit pas « présents »)."""
    texte = (
        "PROCES-VERBAL de la SEANCE du CONSEIL COMMUNAUTAIRE du 14 MAI 2019 _____ L'an Deux Mille Dix-neuf, le "
        "quatorze mai, les Membres du Conseil Communautaire se sont assemblés dans la salle des fêtes de "
        "Bourgneuf sous la présidence de M. Paul GARNIER, Président, Anne MOREL, Luc PETIT - Vice-présidents ; "
        "Claire SIMON Conseillère déléguée ; Marc RIVIERE, Odile TESSIER, Eric FAURE Conseillers ; Délégués "
        "suppléants : Lise VASSEUR suppléante de Julie CARON Pouvoirs : Alain NOEL donne procuration à Anne "
        "MOREL Absences excusées : Marie DUVAL Secrétaire de séance : Luc PETIT -=-"
    ) * 2
    lu, codes = _lu(texte)
    assert lu["presents"] == ["Anne MOREL", "Luc PETIT", "Claire SIMON", "Marc RIVIERE", "Odile TESSIER", "Eric FAURE", "Paul GARNIER"]
    assert lu["procurations"] == [["Alain NOEL", "Anne MOREL"]]
    assert "extrait.presents-supposes" in codes


# --- quarante-septième lecture (communes) ------------------------------------------------------


def test_nom_de_commune_suivi_d_un_titre_de_page() -> None:
    """« Ville de Montbrézy Conseil du 14 mars 2011 » (en-tête courant) : « Montbrézy » ;
    « … - Mairie de Valbonne-sur-Ource · travaux de voirie,... » (titre d'un site de dépôt) :
    « Valbonne-sur-Ource »."""
    lu, _ = _lu("Ville de Montbrézy Conseil du 14 mars 2011\n\nCOMPTE-RENDU DE LA REUNION DU CONSEIL MUNICIPAL DU 14 MARS 2011\nPRESENTS : M. GARNIER, M. ROUX\n")
    assert lu["collectivite"] == "Montbrézy"
    lu, _ = _lu(
        "PV CM 12 03 19 - Mairie de Valbonne-sur-Ource · travaux de voirie et éclairage public,...\n\nPROCES VERBAL\n\n"
        "Séance du Conseil municipal du 12 mars 2019\n\nPrésents : Paul GARNIER, Anne MOREL.\n"
    )
    assert lu["collectivite"] == "Valbonne-sur-Ource"


def test_absent_dans_un_tableau_aplati_et_seance_presidee() -> None:
    """« Elle est présidée par Monsieur X, Maire » ; « Paul TESSIER Absent » (colonne de l'état
    collée au nom) : un absent, pas un présent « TESSIER Absent »."""
    texte = (
        "COMPTE-RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU 9 AVRIL 2019 à 20h00\n\nElle est présidée par "
        "Monsieur Paul GARNIER, Maire\n\nPrésents :\n\nJean LEBRUN\n\nLuc PETIT\n\nPaul TESSIER Absent\n"
    )
    lu, _ = _lu(texte)
    assert lu["president"] == "Paul GARNIER"
    assert lu["presents"] == ["Jean LEBRUN", "Luc PETIT", "Paul GARNIER"]
    assert lu["absents"] == ["Paul TESSIER"]


def test_mois_coupe_par_une_espace() -> None:
    """« SEANCE DU 30 M AI 2013 », « 28 M ARS 2019 » : la date ; « 12 M ON 2019 » n'est pas un mois."""
    for titre, date in (("30 M AI 2013", "2013-05-30"), ("28 M ARS 2019", "2019-03-28"), ("3 J UIN 2015", "2015-06-03")):
        lu, _ = _lu(f"PROCES VERBAL CONSEIL MUNICIPAL SEANCE DU {titre}\nEtaient présents : M. Paul GARNIER, Mme Anne MOREL\n")
        assert lu["date"] == date


def test_intitules_et_pouvoirs_en_phrase_d_un_compte_rendu_aplati() -> None:
    """« 6 conseillers étaient présents : A – B … 2 conseillers étaient excusés : C (pouvoir à A) »,
    « ETAIENT EXCUSES X (ayant donné procuration pour la séance à Y) », « AVAIENT DONNE
    PROCURATION Mme X à Mme Y … ABSENTS / SECRETAIRE : Mme Z », « Avaient donné procuration pour
    voter : », « Mme X représentée par M. Y par pouvoir en date du 10/03/2019 »."""
    lu, _ = _lu(
        "1 PROCES VERBAL Séance du Conseil municipal du 12 mars 2019 6 conseillers étaient présents : Paul Garnier "
        "– Anne Morel - Luc Petit. 2 conseillers étaient excusés : Julie Caron (pouvoir à Anne Morel) - Hugo "
        "Tessier (pouvoir à Luc Petit). A 19 heures, M. Paul Garnier ouvre la séance du Conseil municipal. Il est "
        "ensuite procédé à l'examen de l'ordre du jour tel qu'il a été adressé aux conseillers avec la convocation."
    )
    assert lu["presents"] == ["Paul Garnier", "Anne Morel", "Luc Petit"]
    assert lu["procurations"] == [["Julie Caron", "Anne Morel"], ["Hugo Tessier", "Luc Petit"]]
    lu, _ = _lu(
        "SEANCE PUBLIQUE DU CONSEIL MUNICIPAL DU 14 MARS 2019 ETAIENT PRESENTS M. GARNIER, Mme MOREL, M. PETIT "
        "ETAIENT EXCUSES Julie CARON (ayant donné procuration pour la séance à Anne MOREL) AVAIENT DONNE "
        "PROCURATION M. TESSIER à M. PETIT ABSENTS / SECRETAIRE : Mme MOREL 1\n\n2 I - BILAN ANNUEL DES "
        "OPERATIONS FONCIERES Mme MOREL, Rapporteur fait l'exposé suivant : Secteur Grand Pré."
    )
    assert lu["presents"] == ["GARNIER", "MOREL", "PETIT"]
    assert lu["procurations"] == [["Julie CARON", "MOREL"], ["TESSIER", "PETIT"]]  # (Anne MOREL : la présente MOREL)
    assert lu["absents"] == [] and lu["secretaires"] == ["MOREL"]
    lu, _ = _lu(
        "PROCES-VERBAL DE LA REUNION DU CONSEIL MUNICIPAL DU MERCREDI 13 mars 2019 ETAIENT PRESENTS : Mmes et "
        "MM. GARNIER, MOREL, PETIT, SIMON ETAIENT ABSENTS Mmes et MM. CARON, TESSIER Mme CARON représentée par "
        "M. PETIT par pouvoir en date du 10/03/2019 M. TESSIER représenté par Mme SIMON par pouvoir en date du "
        "12/03/2019 Mme MOREL a été élue secrétaire de séance à l'unanimité."
    )
    assert lu["procurations"] == [["CARON", "PETIT"], ["TESSIER", "SIMON"]]


def test_colonnes_des_mandants_et_secretaire_suivi_d_une_colonne() -> None:
    """« NOMS DES MANDANTS A NOMS DES MANDATAIRES Mme X à Mme Y » : les pouvoirs ; « Secrétaire de
    séance : Luc PETIT Diffusion : conseil municipal » et « Claire SIMON ABC/DEF » : le secrétaire."""
    lu, _ = _lu(
        "CONSEIL MUNICIPAL DU 18 MAI 2021\nETAIENT PRESENTS : M. Paul GARNIER, Mme Anne MOREL, M. Luc PETIT.\n"
        "NOMS DES MANDANTS A NOMS DES MANDATAIRES Mme Julie CARON à Mme Anne MOREL M. Hugo TESSIER à M. Luc PETIT\n"
        "Secrétaire de séance : Luc PETIT Diffusion : conseil municipal, services municipaux, presse\n"
    )
    assert lu["procurations"] == [["Julie CARON", "Anne MOREL"], ["Hugo TESSIER", "Luc PETIT"]]
    assert lu["secretaires"] == ["Luc PETIT"]
    lu, _ = _lu(
        "PROCES VERBAL DU CONSEIL MUNICIPAL DU JEUDI 14 MARS 2019\nÉtaient présents : Paul GARNIER – Claire SIMON\n"
        "Avaient donné procuration pour voter : Julie CARON à Paul GARNIER\nSecrétaire de séance : Claire SIMON ABC/DEF\n"
    )
    assert lu["procurations"] == [["Julie CARON", "Paul GARNIER"]]
    assert lu["secretaires"] == ["Claire SIMON"]


def test_secretaires_au_pluriel_et_prenom_compose_decolle() -> None:
    """« Secrétaires de séance : MM. ROUX, BRUN » : deux secrétaires (« MM. » n'est pas un nom) ;
    « Monsieur Jean -Paul MORIN » (espace avant le trait d'union) : une seule personne."""
    lu, codes = _lu("Conseil municipal du 12 mars 2019\nPrésents : M. Paul ROUX, M. Luc BRUN, Mme Anne PETIT\nSecrétaires de séance : MM. ROUX, BRUN\n")
    assert lu["secretaires"] == ["Paul ROUX", "Luc BRUN"]
    assert "extrait.secretaire-illisible" not in codes
    lu, _ = _lu(
        "Procès verbal du Conseil Municipal Du Mardi 11 Mars 2008\nPrésents : Monsieur Henri VALMONT, Maire – "
        "Messieurs Jean -Paul MORIN - Louis FABRE, adjoints.\nSecrétaire de séance : Monsieur Jean -Paul MORIN\n"
    )
    assert lu["presents"] == ["Henri VALMONT", "Jean-Paul MORIN", "Louis FABRE"]
    assert lu["secretaires"] == ["Jean-Paul MORIN"]


def test_saint_en_tete_d_un_nom_en_capitales() -> None:
    """« Mme SAINT MARTIN a donné procuration à Mme ARNAL » : le nom « SAINT MARTIN » (jamais le
    prénom « Saint »)."""
    lu, _ = _lu(
        "COMPTE-RENDU DU CONSEIL MUNICIPAL SÉANCE DU 9 MAI 2017\nPRESENTS : M. VALMONT, Mme ARNAL, M. BESSON.\n"
        "PROCURATIONS : Mme SAINT MARTIN a donné procuration à Mme ARNAL, M. VIGNE a donné procuration à M. BESSON.\n"
    )
    assert lu["procurations"] == [["SAINT MARTIN", "ARNAL"], ["VIGNE", "BESSON"]]


# --- cinquantième lecture (intercommunalités) --------------------------------------------------


def test_suppleants_abreges_ou_sous_leur_intitule() -> None:
    """« Rémi DORAT (sup.) » parmi les présents : un suppléant (titulaire non nommé, dit) ;
    « Présent(e)s : … » ⏎ « Suppléant(e)s : A, B. » : deux suppléances ; « Suppléants : M. X
    remplace M. Y ; … » reste lu phrase par phrase ; « POUVOIRS hors suppléant : » : des pouvoirs."""
    lu, codes = _lu(
        "Conseil communautaire du 12 mars 2021\nEtaient présents : Luc ARMAND – Odile BERTHIER – Rémi DORAT (sup.) – "
        "Anne ESCOFFIER.\n"
    )
    assert lu["presents"] == ["Luc ARMAND", "Odile BERTHIER", "Anne ESCOFFIER"]
    assert lu["suppleances"] == [["Rémi DORAT", None]] and "extrait.suppleant-sans-titulaire" in codes
    lu, _ = _lu(
        "Conseil communautaire du 14 mars 2018\nPrésent(e)s : MM. Luc ARMAND, Odile BERTHIER.\n"
        "Suppléant(e)s : Rémi DORAT, Marc FAVIER.\nSecrétaire de séance : Odile BERTHIER.\n"
    )
    assert lu["presents"] == ["Luc ARMAND", "Odile BERTHIER"]
    assert lu["suppleances"] == [["Rémi DORAT", None], ["Marc FAVIER", None]]
    lu, _ = _lu(
        "Comité syndical du 3 juin 2013\nDélégués présents : M. Henri BOISSEAU, Mme Marcelle TRIBOUT.\n"
        "Suppléants : M. Jean BRIAND remplace M. Lucien GAIGNARD (Baslieu) ;\nMme Renée CHESNEAU remplace M. "
        "Fernand LEBLANC (Beaumesnil).\nM. Paul DESILLE (Baslieu) a donné pouvoir à Mme TRIBOUT.\n"
    )
    assert lu["suppleances"] == [["Jean BRIAND", "Lucien GAIGNARD"], ["Renée CHESNEAU", "Fernand LEBLANC"]]
    assert lu["procurations"] == [["Paul DESILLE", "Marcelle TRIBOUT"]]


def test_tiret_colle_avant_une_commune_et_titre_sur_deux_lignes() -> None:
    """« Corvol : M. Paul CHANTEL- Dampierre le Haut : M. Rémi DORAT » : CHANTEL (pas
    « CHANTEL-D ») ; « CONSEIL COMMUNAUTAIRE » ⏎ « DE LA COMMUNAUTE DE COMMUNES DU VAL DE
    BRENNE » : la collectivité."""
    lu, _ = _lu(
        "PROCES-VERBAL DE LA REUNION DU CONSEIL COMMUNAUTAIRE Mardi 9 Octobre 2018 Etaient présents : Aubeterre : "
        "M. Luc ARMAND - Corvol : M. Paul CHANTEL- Dampierre le Haut : M. Rémi DORAT - Esnon : Mme Anne ESCOFFIER. "
        "Secrétaire de séance : Mme Anne ESCOFFIER."
    )
    assert lu["presents"] == ["Luc ARMAND", "Paul CHANTEL", "Rémi DORAT", "Anne ESCOFFIER"]
    lu, _ = _lu(
        "CONSEIL COMMUNAUTAIRE\nDE LA COMMUNAUTE DE COMMUNES DU VAL DE BRENNE\nSEANCE DU 3 JUIN 2015\n"
        "Présents :\nLuc ARMAND – Titulaire\nOdile BERTHIER – Titulaire\n"
    )
    assert lu["collectivite"] == "COMMUNAUTE DE COMMUNES DU VAL DE BRENNE"
    assert lu["type"] == "communaute_de_communes"


def test_adjoint_abrege_seulement_en_fonction() -> None:
    """« 1er Adjt », « Hélène Adjte » : la fonction ; « Alain ADJT » : un NOM, gardé."""
    from deliberations.extrait.normalisation import normaliser

    assert normaliser("LORIOT Fabrice 1er Adjt, MAUGARS Hélène Adjte") == "LORIOT Fabrice 1er Adjoint, MAUGARS Hélène Adjointe"
    assert normaliser("Présents : Alain ADJT, Paul AFUO") == "Présents : Alain ADJT, Paul AFUO"
    assert normaliser("M. X, ADJT au Maire") == "M. X, ADJOINT au Maire"


# --- quarante-neuvième lecture (communes) ------------------------------------------------------


def test_ayant_donne_procuration_apres_les_presents() -> None:
    """« Présents : A, B. » ⏎ « M. X et Y ayant donné procuration » : X et Y sont représentés (leur
    mandataire non nommé, dit), pas présents."""
    lu, codes = _lu(
        "COMPTE-RENDU DE LA REUNION DU CONSEIL MUNICIPAL DU 14 MARS 2017\n\nPrésents : Mmes et Ms DUVAL Claire, "
        "LEBLEU Patrick et FOURNIER Léa.\n\nM. TESTU Alain et DELANNOY Rémi ayant donné procuration\n\n"
        "Secrétaire de séance : Mme FOURNIER Léa\n"
    )
    assert lu["presents"] == ["Claire DUVAL", "Patrick LEBLEU", "Léa FOURNIER"]
    assert lu["procurations"] == [["Alain TESTU", None], ["Rémi DELANNOY", None]]
    assert "extrait.mandataire-inconnu" in codes


def test_presents_n_sur_m_et_pouvoirs_respectifs_sans_civilite() -> None:
    """« Etaient présents 9 Conseillers sur 11 : A, B, … » : 9 présents, 11 en exercice, la liste ;
    « A, B, C qui ont donné respectivement procuration à X, Y, Z » : trois pouvoirs."""
    texte = (
        "MAIRIE DE KERVALEC\nEXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\nSéance du 9 mars 2017\n"
        "Etaient présents 3 Conseillers sur 6 : MM Hervé LANNUZEL, Anne QUÉRÉ, Yann TANGUY.\n"
        "ABSENTS EXCUSES : Pierre LE BRAS, Nolwenn GUILLOU, Mikaël JAFFRÉ qui ont donné respectivement "
        "procuration à Hervé LANNUZEL, Anne QUÉRÉ, Yann TANGUY.\n"
    )
    lu, _ = _lu(texte)
    decomptes = lu["decomptes"]
    assert isinstance(decomptes, dict) and (decomptes["en_exercice"], decomptes["presents"]) == (6, 3)
    assert lu["presents"] == ["Hervé LANNUZEL", "Anne QUÉRÉ", "Yann TANGUY"]
    assert lu["procurations"] == [
        ["Pierre LE BRAS", "Hervé LANNUZEL"],
        ["Nolwenn GUILLOU", "Anne QUÉRÉ"],
        ["Mikaël JAFFRÉ", "Yann TANGUY"],
    ]


def test_tous_a_l_exception_de_et_second_prenom_omis() -> None:
    """« Membres présents : » ⏎ « Tous, à l'exception de Mme X (procuration à M. Y) » : la
    procuration, les présents dits non nommés ; « Hugo Sainte-Rose » pour le présent « Hugo
    Marcel Sainte-Rose » (second prénom omis) : le même, dit."""
    lu, codes = _lu(
        "Compte-rendu de la séance de conseil municipal du 9 Mars 2016\nMembres présents :\nTous, à l'exception de "
        "Mme Carpentier (procuration à M. Wattebled)\n"
    )
    assert lu["procurations"] == [["Carpentier", "Wattebled"]]
    assert "extrait.presents-non-nommes" in codes
    lu, codes = _lu(
        "Procès verbal de la séance du conseil municipal du 12 Mai 2016\nEtaient présents : Paul Henri Lacroix, "
        "Hugo Marcel Sainte-Rose, Lucie Dormoy.\nNoms des absents représentés : Rémi Bardin par Hugo Sainte-Rose.\n"
        "Le conseil a choisi pour secrétaire Monsieur Hugo Sainte-Rose.\n"
    )
    assert lu["procurations"] == [["Rémi Bardin", "Hugo Marcel Sainte-Rose"]]
    assert "extrait.mandataire-inconnu" not in codes and "extrait.personne-inconnue" not in codes
    assert "extrait.nom-graphie" in codes


def test_article_colle_au_conseil() -> None:
    """« les membres duConseil Municipal de la commune de Kerbriant » : la commune."""
    lu, _ = _lu(
        "SEANCE ORDINAIRE DU 3 JUIN 2016\nL'An deux mil seize, le trois juin, les membres duConseil Municipal de la "
        "commune de Kerbriant se sont réunis en séance ordinaire.\nEtaient présents : M. Alain GUÉGUEN, Mme Anne KERGOAT.\n"
    )
    assert lu["collectivite"] == "Kerbriant"


def test_titre_date_pris_dans_une_liste_aplatie() -> None:
    """« Compte rendu – Conseil communautaire du 17/09/2020 – … Étaient présents : A, B. Procès
    verbal Conseil Communautaire 24 septembre 2020 Présidé par … » (aplati) : la première date
    reste, le désaccord est dit ; un compte rendu cité (« de la précédente séance ») ne l'est pas."""
    noms = ", ".join(f"{p} {n}" for p, n in zip(("Paul", "Anne", "Luc", "Marc", "Julie", "Eric"), ("GARNIER", "MOREL", "PETIT", "RIVIERE", "CARON", "FAURE"), strict=True))
    texte = (
        "Compte rendu – Conseil communautaire du 17/09/2020 – Approuvé à l'unanimité le 22/10/2020 (71 voix) 1 "
        f"Étaient présents : {noms}. Procès verbal Conseil Communautaire 24 septembre 2020 Présidé par Paul "
        "GARNIER. La séance est ouverte, le quorum étant atteint, et le conseil examine l'ordre du jour qui lui a "
        "été adressé avec la convocation dans les délais prévus par le code général des collectivités."
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None and lu.seance.date.isoformat() == "2020-09-17"
    assert any(c.code == "extrait.date-incertaine" and "24/09/2020" in c.message for c in lu.rapport.constats)


# --- cinquante et unième lecture (communes) ----------------------------------------------------


def test_patronyme_le_maire_et_pouvoirs_separes_par_deux_barres() -> None:
    """« MME LE MAIRE N. », « MME LE MAIRE Odile » : une conseillère nommée LE MAIRE (pas la
    fonction) ; « MONSIEUR LE MAIRE Paul ROUX » reste le maire Paul ROUX ; « X à Y || Z à W » :
    deux pouvoirs."""
    lu, _ = _lu(
        "CONSEIL MUNICIPAL — SÉANCE DU 9 MAI 2022\nÉtaient présents : M. MORVAN, MME LE MAIRE N., M. ABIVEN, "
        "MME LE MAIRE Odile, M. JAOUEN.\nPouvoirs : MME NEDELEC à M. ABIVEN || M. LE GOFF à M. JAOUEN.\n"
    )
    assert lu["presents"] == ["MORVAN", "N. LE MAIRE", "ABIVEN", "Odile LE MAIRE", "JAOUEN"]
    assert lu["procurations"] == [["NEDELEC", "ABIVEN"], ["LE GOFF", "JAOUEN"]]
    from deliberations.extrait.personnes import lire_personne

    elu = lire_personne("MONSIEUR LE MAIRE Paul ROUX")
    assert elu is not None and (elu.prenom, elu.nom) == ("Paul", "ROUX")
    assert lire_personne("M. le Maire") is None


def test_secretaire_suivi_d_une_phrase_et_en_tete_de_colonne_coupe() -> None:
    """« Secrétaire : FAURE Laure Vote des taux d'imposition 2022 … » (aplati) : « Laure FAURE » ;
    « Délégués » ⏎ « suppléants » (en-tête de colonnes coupé) n'ouvre pas une liste de suppléants."""
    assert r.sans_phrase_apres_le_nom("FAURE Laure Vote des taux d'imposition") == "FAURE Laure"
    assert r.sans_phrase_apres_le_nom("FAURE Jean Pierre") == "FAURE Jean Pierre"
    lu, _ = _lu(
        "SIVOS DU VAL\nComité syndical du 14 novembre 2023\nCommune              Délégués titulaires        Délégués\n"
        "suppléants\nBRÉHAN              Mme Sophie RENARD           P      M. Kévin LOISEL\n"
        "                     M. Jean BOUCHET             P\n"
    )
    assert lu["suppleances"] == []


def test_pouvoir_donne_en_quittant_la_salle() -> None:
    """« Claire X (quitte la salle à 21h40 et donne pouvoir à A. Morel) » parmi les présents :
    présente puis représentée (le pouvoir lu, c'est dit)."""
    lu, codes = _lu(
        "Conseil municipal du 12 mars 2019\nEtaient présents : Anne MOREL, Luc PETIT, Claire SIMON (quitte la "
        "salle à 21h40 et donne pouvoir à A. Morel), Fabien RIVIERE.\n"
    )
    assert lu["presents"] == ["Anne MOREL", "Luc PETIT", "Claire SIMON", "Fabien RIVIERE"]
    assert lu["procurations"] == [["Claire SIMON", "Anne MOREL"]]
    assert "extrait.procuration-en-cours-de-seance" in codes


def test_second_prenom_sans_trait_d_union_pas_une_phrase() -> None:
    """« DUPONT Marie Claire est désignée » : « Claire » est un second prénom, pas le début d'une
    phrase (rien n'est coupé)."""
    assert r.sans_phrase_apres_le_nom("DUPONT Marie Claire est désignée") == "DUPONT Marie Claire est désignée"
    assert r.sans_phrase_apres_le_nom("FAURE Laure Vote des taux") == "FAURE Laure"
