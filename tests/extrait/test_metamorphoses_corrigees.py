"""Ce que le banc métamorphique (``benchmarks/extrait_metamorphique.py``) a trouvé faux sans
constat, réduit à de petits textes : chaque lecture corrigée, ou laissée vide et dite."""

from __future__ import annotations

import datetime as dt
import textwrap

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import en_tete
from deliberations.extrait.normalisation import segmenter
from deliberations.extrait.preparation import preparer
from deliberations.extrait.reconnaisseurs import date_seance_fiable, organe
from deliberations.model import Organe, Seance
from tests.extrait.comparaison import seance_lue as _seance
from tests.extrait.metamorphoses import _cesures


def _codes(texte: str) -> list[str]:
    return [c.code for c in lire_extrait(texte).rapport]


def _mouvements(seance: Seance) -> dict[str, tuple[int | None, int | None]]:
    return {
        p.elu.nom: (p.arrivee_point, p.depart_point)
        for p in seance.presences
        if p.arrivee_point is not None or p.depart_point is not None
    }


# ------------------------------------------------------------------ mouvements


_INTERTITRE_PUIS_RETRAIT = """\
COMITE SYNDICAL DU SIAEP DE LA VALLÉE DE LA BRIÈRE
Procès verbal de la séance du 27 juin 2023

Etaient Présents : Claude VERNET, Odette BLONDEAU, Serge MARTINOT, Pascale GUYOT

Le quorum étant atteint, le Comité Syndical peut valablement délibérer.
Désignation du secrétaire de séance : Madame Pascale GUYOT est désignée secrétaire de séance

Délibération n° 2023-14 : Compte administratif 2022
Monsieur VERNET quitte la séance pendant le vote du compte administratif. Madame BLONDEAU met aux voix.
Pour : 3 - Contre : 0 - Abstention : 0 - Ne prennent pas part au vote : 1

Délibération n° 2023-15 : Rapport sur le prix de l'eau
Pour : 4 - Contre : 0 - Abstention : 0 - Ne prennent pas part au vote : 0
""".replace("\n", "\n\n")  # interlignes doublés : « Désignation … » lu un temps comme un point


def test_depart_pendant_le_premier_point_apres_un_intertitre_retire() -> None:
    """L'intertitre « Désignation du secrétaire » pris un temps pour un point puis retiré :
    le départ pendant le premier vrai point n'est pas « après le point 1 » (ce point-là)."""
    seance = _seance(_INTERTITRE_PUIS_RETRAIT)
    assert [d.numero for d in seance.deliberations] == ["2023-14", "2023-15"]
    assert _mouvements(seance) == {}
    assert "extrait.retrait-non-lu" in _codes(_INTERTITRE_PUIS_RETRAIT)


def test_phrase_de_depart_collee_a_une_liste_aplatie() -> None:
    texte = (
        "MAIRIE DE BELFONDS Séance du 21 novembre 2023 Membres en exercice : 5 "
        "Présents : M. Laurent PICARD, Mme Sandrine DUBOIS, M. Thomas LEGRAND, "
        "Mme Manon TESSIER Absent excusé : M. Julien VASSEUR Mme Manon TESSIER quitte la séance "
        "après le point 1. Point n° 1 : Décision modificative Le conseil municipal adopte. "
        "Pour : 4 Contre : 0 Abstention : 0 Point n° 2 : Tarifs de la salle Le conseil municipal "
        "adopte. Pour : 3 Contre : 0 Abstention : 0 " + "Texte sans retour à la ligne. " * 20
    )
    seance = _seance(texte)
    assert _mouvements(seance) == {"TESSIER": (None, 1)}
    assert "extrait.nom-illisible" not in _codes(texte)


# ------------------------------------------------------------------ collectivité


def test_en_tete_aplati_entre_devise_et_siege() -> None:
    ligne = (
        "REPUBLIQUE FRANCAISE Syndicat Intercommunal d'Alimentation en Eau Potable de la Vallée "
        "de la Brière Siège : Mairie de Châtel-Brière - 2 place de l'Eglise"
    )
    assert en_tete(ligne) == (
        "Syndicat Intercommunal d'Alimentation en Eau Potable de la Vallée de la Brière",
        "epci",
    )
    assert en_tete("SYNDICAT INTERCOMMUNAL POUR L'ASSAINISSEMENT DE LA RÉGION DE MORVAL Siège") is not None
    assert en_tete("SYNDICAT D'ASSAINISSEMENT DE MORVAL Siège : Mairie de Morval") == (
        "SYNDICAT D'ASSAINISSEMENT DE MORVAL",
        "epci",
    )


def test_commune_d_un_en_tete_aplati_suivie_du_titre() -> None:
    assert en_tete("Commune de Marsillac Séance du 28 février 2023 Convocation du 21 février") == (
        "Marsillac",
        "commune",
    )
    assert en_tete("Commune des Salines Conseil municipal Séance du 5 décembre 2022") == (
        "Les Salines",
        "commune",
    )
    assert en_tete("DEPARTEMENT DES LANDES MAIRIE DE SAINT-YAGUEN COMPTE RENDU DE LA SEANCE") == (
        "SAINT-YAGUEN",
        "commune",
    )
    assert en_tete("Commune de la séance du conseil") is None


def test_conseil_regional_d_un_titre_aplati_reste_tel_quel() -> None:
    """« … 2019 CONSEIL RÉGIONAL DE LIGÉRIE SÉANCE … » : un titre, pas une phrase ; « du
    Conseil régional de Ligérie » dans une phrase nomme la Région."""
    titre = organe("Plénière CR du 24 octobre 2019 CONSEIL RÉGIONAL DE LIGÉRIE SÉANCE PLÉNIÈRE")
    assert titre == (Organe.CONSEIL_REGIONAL, "CONSEIL RÉGIONAL DE LIGÉRIE")
    phrase = organe("La Commission permanente du Conseil régional de Ligérie s'est réunie")
    assert phrase is not None and phrase[1] == "Région Ligérie"


def test_sigle_seul_cede_au_nom_developpe_de_la_meme_ligne() -> None:
    ligne = (
        "Conseil Syndical du SIVOM du 7 juillet 2014 Le Conseil Syndical du SIVOM de la Vallée "
        "du Rieutort s'est tenu lundi"
    )
    assert organe(ligne) == (Organe.COMITE_SYNDICAL, "SIVOM de la Vallée du Rieutort")
    assert organe("Conseil Syndical du SIVOM du 7 juillet 2014") == (Organe.COMITE_SYNDICAL, "SIVOM")


def test_enumeration_de_communes_close_par_et_en_capitales() -> None:
    ligne = (
        "LE COMITÉ DU SYNDICAT INTERCOMMUNAL DE REGROUPEMENT PÉDAGOGIQUE DE VAUBRUN, "
        "SAINT-OUEN-LA-FERRIÈRE ET LES ESSARTS-BRÉVAL, LÉGALEMENT CONVOQUÉ, S'EST RÉUNI"
    )
    lu = organe(ligne)
    assert lu is not None and lu[1] is not None
    assert lu[1].endswith("SAINT-OUEN-LA-FERRIÈRE ET LES ESSARTS-BRÉVAL")


# ------------------------------------------------------------------ listes


def test_procuration_en_capitales_n_est_pas_un_groupe() -> None:
    texte = (
        "MAIRIE DE SAINT-YAGUEN\nSÉANCE DU CONSEIL MUNICIPAL DU 27 FÉVRIER 2006\n\n"
        "PRÉSENTS : MM. LABARTHE - DUCOURNAU - LAFARGUE\nMMES DARRIGADE - TAUZIN\n"
        "PROCURATION DE M. LAFITTE À MME DARRIGADE\n"
        "Procuration de M. MONTAUT à M. LABARTHE\n\n"
        "1 - Budget primitif\nAdopté à l'unanimité.\n"
    )
    seance = _seance(texte)
    assert sorted((p.mandant.nom, p.mandataire.nom) for p in seance.procurations) == [
        ("LAFITTE", "DARRIGADE"),
        ("MONTAUT", "LABARTHE"),
    ]
    assert "extrait.groupe-commune" not in _codes(texte)


# ------------------------------------------------------------------ préparation


def test_texte_aplati_puis_coupe_a_largeur_fixe_est_un_texte_aplati() -> None:
    phrase = (
        "Le conseil municipal, après en avoir délibéré, adopte le budget. Pour : 9 Contre : 0. "
    )
    texte = "REUNION DU CONSEIL MUNICIPAL DU 12 NOVEMBRE 2009 " + phrase * 12
    import textwrap

    coupe = "\n".join(textwrap.wrap(texte, 70, break_long_words=False))
    prep = preparer(coupe)
    assert prep.aplati and prep.colonnes is not None
    assert {ligne.numero for ligne in prep.lignes} == {1}


def test_texte_en_paragraphes_coupe_a_largeur_fixe_n_est_pas_aplati() -> None:
    import textwrap

    paragraphe = "Le conseil municipal, après en avoir délibéré, adopte le budget primitif. " * 4
    texte = "\n".join(textwrap.wrap(paragraphe, 70)) + "\nADOPTÉ\n\n" + "\n".join(textwrap.wrap(paragraphe, 70))
    assert not preparer(texte).aplati


def test_titre_de_deliberation_plein_non_recolle_a_l_expose() -> None:
    lignes = [
        "PROCES-VERBAL DE LA REUNION DU CONSEIL MUNICIPAL DE SAINT-JULIEN",
        "",
        "Délibération 2018-24 : Convention de déneigement avec le département",
        "Le département propose de reconduire pour trois ans la convention par",
        "laquelle la commune assure le déneigement de la route départementale",
        "entre le village et le col, moyennant une indemnité forfaitaire de 3",
        "800 € par saison.",
        "Résultat du vote : Pour : 17 Contre : 0 Abstention : 0",
        "",
        "Rapport n° 14.03.32.02 – Convention avec l'association Ligérie Cinéma",
        "Monsieur Nicolas CHEVRIER, administrateur, ne prend pas part au vote.",
        "DECISION : Adoptée à l'unanimité",
    ]
    textes = [ligne.texte for ligne in preparer("\n".join(lignes)).lignes if ligne.texte]
    assert lignes[2] in textes and lignes[9] in textes
    assert any(t.startswith("Le département propose") for t in textes)
    assert any(t.startswith("Monsieur Nicolas CHEVRIER") for t in textes)


def test_numero_a_prefixe_apres_un_vote_ouvre_le_point_suivant() -> None:
    ligne = (
        "DEP-2020-10-01 Décision modificative n°2 de l'exercice 2020 Monsieur Philippe LAVAUD "
        "présente le rapport. Pour : 30 ; Contre : 0 ; Abstention : 3 DEP-2020-10-02 Plan "
        "départemental de soutien aux commerces de proximité Adopté à l'unanimité des membres "
        "présents et représentés. DEP-2020-10-03 Dotation de fonctionnement des collèges"
    )
    morceaux = [m for _, m in segmenter(ligne)]
    assert any(m.startswith("DEP-2020-10-02 Plan départemental") for m in morceaux)
    assert not any("Abstention : 3 DEP" in m for m in morceaux)


def test_en_tete_de_page_repete_retire() -> None:
    corps = [f"Ligne {i} du procès-verbal de la séance." for i in range(1, 60)]
    entete = ["", "COMMUNE DE SAINT-ARNOULT-SUR-LOIRE", "12, place de la Mairie - Tél. 02 41 00 00 00", ""]
    texte = "\n".join(["COMMUNE DE SAINT-ARNOULT-SUR-LOIRE", "", *corps[:30], *entete, *corps[30:]])
    prep = preparer(texte)
    textes = [ligne.texte for ligne in prep.lignes]
    assert textes.count("COMMUNE DE SAINT-ARNOULT-SUR-LOIRE") == 1
    assert not any("place de la Mairie" in t for t in textes)
    assert [r for _, _, r in prep.retirees] == ["en-tête de page répété"] * 2


def test_en_tete_cite_dans_le_texte_sans_ligne_vide_garde() -> None:
    corps = [f"Ligne {i} du procès-verbal de la séance." for i in range(1, 40)]
    texte = "\n".join(["COMMUNE DE SAINT-ARNOULT", "", *corps[:20], "COMMUNE DE SAINT-ARNOULT", *corps[20:]])
    assert [ligne.texte for ligne in preparer(texte).lignes].count("COMMUNE DE SAINT-ARNOULT") == 2


# ------------------------------------------------------------------ texte en capitales


def test_ordre_des_noms_en_capitales_d_apres_les_prenoms_usuels() -> None:
    """Aucun nom en casse mixte : l'ordre vient des prénoms usuels (« ROUQUETTE COLETTE »,
    « BES NADINE » : nom d'abord), et reste signalé comme une indication."""
    texte = (
        "COMMUNE DE MONTBRUN SÉANCE DU 14 OCTOBRE 2010 PRÉSENTS : MMES ROUQUETTE COLETTE, "
        "BES NADINE, DELPECH GINETTE, MM. ALIBERT SERGE, FOISSAC DIDIER, PECHBERTY ALAIN. "
        "M. FOISSAC DIDIER A ÉTÉ DÉSIGNÉ EN QUALITÉ DE SECRÉTAIRE."
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    noms = {(p.elu.prenom, p.elu.nom) for p in resultat.seance.presences}
    assert ("Colette", "ROUQUETTE") in noms and ("Alain", "PECHBERTY") in noms
    constat = next(c for c in resultat.rapport if c.code == "extrait.nom-ambigu")
    assert "prénoms usuels" in constat.message


def test_prenoms_usuels_sans_majorite_claire_laissent_l_ordre_suppose() -> None:
    texte = (
        "COMMUNE DE MONTBRUN SÉANCE DU 14 OCTOBRE 2010 PRÉSENTS : ROUQUETTE COLETTE, "
        "ALAIN PECHBERTY, BES NADINE, SERGE ALIBERT."
    )
    constat = next(c for c in lire_extrait(texte).rapport if c.code == "extrait.nom-ambigu")
    assert "prénom d'abord supposé" in constat.message


def test_nomination_du_secretaire_en_capitales_dans_le_flux() -> None:
    texte = (
        "COMMUNE DE X SÉANCE DU 4 MAI 2021 PRÉSENTS : ANNE DUPONT, PAUL ROUX, DANIEL BOULEY. "
        "M. DANIEL BOULEY EST DÉSIGNÉ SECRÉTAIRE DE SÉANCE. OBJET : APPROBATION DU BUDGET"
    )
    morceaux = [m for _, m in segmenter(texte)]
    assert "M. DANIEL BOULEY EST DÉSIGNÉ SECRÉTAIRE DE SÉANCE." in morceaux
    seance = _seance(texte)
    assert [e.nom for e in seance.secretaires] == ["BOULEY"]


def _coupe(*lignes: str) -> list[str]:
    """Le texte d'un PDF coupé à 70 colonnes (en-tête, paragraphe coupé, titres), préparé."""
    corps = (
        "Le conseil municipal, régulièrement convoqué, s'est réuni sous la présidence",
        "de M. Jean MARTIN, maire, en séance publique dans la salle du conseil de",
        "la mairie, pour délibérer des affaires inscrites à l'ordre du jour qui lui",
        "a été adressé avec la convocation, et dont la liste suit dans ce procès-",
        "verbal établi par le secrétaire de séance désigné en début de réunion.",
    )
    texte = "\n".join(("COMMUNE DE VAUDREY", "", *corps, "", *lignes))
    return [ligne.texte for ligne in preparer(texte).lignes if ligne.texte]


def test_titre_numerote_par_un_code_non_recolle_a_la_phrase_suivante() -> None:
    textes = _coupe(
        "DEP-2020-10-01 Décision modificative n°2 de l'exercice budgétaire 2020",
        "Monsieur Philippe LAVAUD présente le rapport.",
        "CP 22-07-017 – Subvention à l'Agence régionale de la biodiversité 2022",
        "KERBRAT Paul, administrateur de l'Agence, ne prend pas part au vote.",
    )
    assert "DEP-2020-10-01 Décision modificative n°2 de l'exercice budgétaire 2020" in textes
    assert "CP 22-07-017 – Subvention à l'Agence régionale de la biodiversité 2022" in textes


def test_titre_coupe_apres_un_mot_de_liaison_recolle_a_son_nom_propre() -> None:
    textes = _coupe(
        "N° 2006-09 Création d'une aire d'accueil des gens du voyage sur la commune à",
        "Mauve-la-Vieille",
        "Décision : adoptée à l'unanimité.",
    )
    assert (
        "N° 2006-09 Création d'une aire d'accueil des gens du voyage sur la commune à Mauve-la-Vieille"
        in textes
    )


def test_titre_en_capitales_coupe_recolle_a_sa_fin_en_capitales() -> None:
    # « … DE CREANCES » / « IRRECOUVRABLES » : la fin du titre était perdue
    textes = _coupe(
        "DELIBERATION N° 2019-41 : ADMISSION EN NON-VALEUR DE CREANCES",
        "IRRECOUVRABLES",
        "Rapporteur : Mme Sylvie BONNET",
        "OBJET : RENOUVELLEMENT DE LA CONVENTION D'ENTRETIEN DES POTEAUX",
        "RAPPORTEUR : M. Paul DURAND",
    )
    assert "DELIBERATION N° 2019-41 : ADMISSION EN NON-VALEUR DE CREANCES IRRECOUVRABLES" in textes
    assert "RAPPORTEUR : M. Paul DURAND" in textes  # une ligne à libellé n'est pas une suite


def test_titre_coupe_apres_un_tiret_recolle_et_lu_en_entier() -> None:
    # « OBJET : FONDS … RURALES – » / « PROGRAMMATION 2019 » : la première ligne, en
    # capitales, était lue comme la rubrique du point et le titre réduit à la seconde
    titre = "OBJET : FONDS DEPARTEMENTAL D'AIDE AUX COMMUNES RURALES – PROGRAMMATION 2019 (2ème tranche)"
    assert titre in _coupe(*textwrap.wrap(titre, 70), "Adopté à l'unanimité.")
    expose = (
        "La commission permanente, régulièrement convoquée, s'est réunie sous la présidence de "
        "M. Paul DURAND, président, pour examiner les demandes de subvention déposées par les "
        "communes rurales au titre du fonds départemental, dont la liste est annexée à la "
        "présente délibération, après l'avis favorable de la commission de l'aménagement."
    )
    texte = _COURT.replace("OBJET : Tarifs de la salle des fêtes", f"{titre}\n{expose}")
    seance = _seance(_cesures(texte, "-", 70))
    assert [d.objet for d in seance.deliberations] == [titre.removeprefix("OBJET : ")]


def test_numeros_de_point_dans_le_flux_d_un_texte_aplati() -> None:
    ligne = (
        "Secrétaire de séance : Mme Nadine FAURE Délibération 2018-24 : Convention de déneigement "
        "Pour : 17 Contre : 0 Abstention : 0 Rapport n° 14.03.21.17 – Formation des demandeurs "
        "d'emploi Pour : 20 – Contre : 0 – Abstention : 0 CP 22-07-016 – Transports scolaires"
    )
    debuts = [m[:14] for _, m in segmenter(ligne)]
    assert "Délibération 2" in debuts and "Rapport n° 14." in debuts and "CP 22-07-016 –" in debuts


def test_fins_de_ligne_doublees_rendues_simples() -> None:
    lignes = ["COMMUNE DE VAUDREY", "", "DATE DE LA CONVOCATION :", "", "1er mars 2019", ""]
    lignes += [f"Ligne {i} du procès-verbal." for i in range(1, 10)]
    double = "\n".join(lignes).replace("\n", "\n\n")
    assert [ligne.texte for ligne in preparer(double).lignes] == [
        ligne.texte for ligne in preparer("\n".join(lignes)).lignes
    ]


def test_texte_aere_a_la_main_garde_ses_lignes_vides() -> None:
    lignes = [f"Ligne {i} du procès-verbal." for i in range(1, 13)]
    aere = "\n\n".join(lignes[:6]) + "\n\n\n" + "\n\n".join(lignes[6:])
    assert [ligne.texte for ligne in preparer(aere).lignes].count("") == 12


# ------------------------------------------------------------------ seconde série


_COURT = """\
COMMUNE DE VERNOIS-LES-BAINS
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 12 mars 2024
Présents : M. Paul DURAND, Mme Anne ROCHE, M. Luc FABRE
Secrétaire de séance : Mme Anne ROCHE
OBJET : Tarifs de la salle des fêtes
Adopté à l'unanimité.
"""


def test_tampon_colle_devant_un_texte_aplati() -> None:
    # la copie d'un PDF tamponné : le tampon @CTES d'abord, tout le texte sur une ligne ; la
    # ligne entière était retirée comme tampon (aucune séance)
    tampon = (
        "Envoyé en préfecture le 16/03/2024 Reçu en préfecture le 16/03/2024 "
        "Publié le 17/03/2024 ID : 021-212100231-20240316-DEL2024_12-DE "
    )
    resultat = lire_extrait(tampon + " ".join(_COURT.split("\n")))
    seance = resultat.seance
    assert seance is not None
    assert str(seance.date) == "2024-03-12"
    assert [d.numero for d in seance.deliberations] == ["DEL2024_12"]
    assert {p.elu.nom for p in seance.presences} == {"DURAND", "ROCHE", "FABRE"}


def test_une_phrase_apres_affiche_le_reste_un_tampon() -> None:
    prep = preparer("Affiché le 12/03/2024 en mairie.\nTexte")
    assert [x.texte for x in prep.lignes] == ["Texte"]


def test_cesure_conditionnelle_en_fin_de_ligne() -> None:
    # U+00AD à la coupure d'une ligne se lit comme le tiret de césure, que le recollement des
    # lignes coupées défait (il était lu « intercom munal »)
    paragraphe = (
        "Le conseil communautaire, après en avoir délibéré, décide d'attribuer une subvention "
        "de fonctionnement à l'office de tourisme intercommunal pour l'année en cours et "
        "autorise le président à signer la convention correspondante avec l'association."
    )
    texte = "\n".join([paragraphe] * 4)
    doux = [x.texte for x in preparer(_cesures(texte, "\u00ad", 63)).lignes]
    assert doux == [x.texte for x in preparer(_cesures(texte, "-", 63)).lignes]
    assert "\u00ad" in _cesures(texte, "\u00ad", 63)
    assert not any("- " in x or "\u00ad" in x for x in doux)


def test_noms_sans_capitales_l_ordre_est_signale() -> None:
    # « Martin Josette » : rien ne dit lequel est le nom ; prénom d'abord supposé, et dit
    texte = _COURT.replace("Paul DURAND", "Martin Josette").replace("Anne ROCHE", "Roche Anne")
    texte = texte.replace("Luc FABRE", "Fabre Luc")
    assert "extrait.nom-ambigu" in _codes(texte)


def test_nom_sans_capitales_dans_un_document_nom_d_abord() -> None:
    # les listes en « DURAND Paul » ne disent rien d'un nom écrit sans capitales dans une
    # phrase (« sous la présidence de Monsieur Gérard Toussaint ») : prénom d'abord, signalé
    texte = (
        "COMMUNE DE VERNOIS-LES-BAINS\nSéance du 12 mars 2024\n"
        "Le conseil municipal s'est réuni sous la présidence de Monsieur Gérard Toussaint, Maire.\n"
        "Présents : DURAND Paul, ROCHE Anne, FABRE Luc, Toussaint Gérard\n"
        "OBJET : Tarifs de la salle des fêtes\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None and resultat.seance.president is not None
    president = resultat.seance.president
    codes = [c.code for c in resultat.rapport]
    assert (president.prenom, president.nom) == ("Gérard", "Toussaint") or "extrait.nom-ambigu" in codes
    assert "extrait.nom-ambigu" in codes


def test_deux_intitules_vides_a_la_suite_sont_signales() -> None:
    # un cadre en deux colonnes relu par pdftotext sans -layout : les deux noms suivent le
    # second intitulé ; ils peuvent revenir au premier (une excusée, un absent) : dit
    texte = _COURT.replace(
        "Secrétaire de séance", "Absente excusée :\nAbsent :\nMme Lucie BEAUMONT.\nM. Kévin CHARRIER.\nSecrétaire de séance"
    )
    assert "extrait.intitules-a-la-suite" in _codes(texte)


def test_intitules_vides_puis_un_autre_intitule_ne_sont_pas_signales() -> None:
    # « Représentés : » « Absents : » « Secrétaire : X » : des listes vides, rien à dire
    texte = _COURT.replace("Secrétaire de séance", "Représentés :\nAbsents :\nSecrétaire de séance")
    assert "extrait.intitules-a-la-suite" not in _codes(texte)


def test_intitules_puis_valeurs_d_un_cadre_en_deux_colonnes() -> None:
    # pdftotext sans -layout : la colonne des intitulés, puis celle des valeurs
    prep = preparer(
        "Séance du 2 mars 2024\nPrésident :\nSecrétaire de séance :\nM. François ABADIE\n"
        "M. Raphaël LUCAS\n\nNombre de membres en exercice :\nNombre de présents :\n7\n6\n"
    )
    assert [x.texte for x in prep.lignes if x.texte][1:] == [
        "Président : M. François ABADIE",
        "Secrétaire de séance : M. Raphaël LUCAS",
        "Nombre de membres en exercice : 7",
        "Nombre de présents : 6",
    ]


def test_intitules_puis_valeurs_d_une_autre_sorte_laisses_tels_quels() -> None:
    # une valeur qui n'est pas de la sorte attendue (un nom pour un nombre) : rien n'est apparié
    texte = "Président :\nNombre de présents :\nM. François ABADIE\nM. Raphaël LUCAS\n"
    assert [x.texte for x in preparer(texte).lignes if x.texte] == texte.strip().split("\n")


def test_cellule_nombre_de_presents_d_un_tableau_web() -> None:
    prep = preparer("Séance du 2 mars 2024\nNombre de membres en exercice\t7\nNombre de présents\t6\n")
    assert [x.texte for x in prep.lignes if x.texte][1:] == [
        "Nombre de membres en exercice : 7",
        "Nombre de présents : 6",
    ]


# ------------------------------------------------------------------ série 12 (281, 289, 224)


_ENTETE_APRES_LES_POINTS = (
    "Désignation du secrétaire de séance : M. DURIEUX Paul 1. Procès verbal de la réunion du "
    "9 décembre 2021 Chaque délégué a reçu le document. A l'unanimité, l'assemblée approuve le "
    "procès-verbal de la séance du 9 décembre 2021. 2. DELIBERATION Budget primitif 2022 Le "
    "Président présente le budget primitif. A l'unanimité, l'assemblée approuve le budget "
    "primitif 2022. SIVOM du Haut-Vernois Lieu : Salle des fêtes de Brézolles COMPTE RENDU "
    "Réunion du Conseil syndical du Mardi 15 Février 2022 à 18h00 sous la présidence de "
    "M. LAMBERT Hugues, Président Convocation du 7 février 2022 Délégués en exercice : 12 "
    "Présents : 10 Votants : 10 3. DELIBERATION Tarifs 2022 Le Président propose les tarifs. "
    "A l'unanimité, l'assemblée approuve les tarifs 2022."
)


def test_proces_verbal_approuve_colle_au_nom_du_secretaire() -> None:
    """« … M. DURIEUX Paul 1. Procès verbal de la réunion du 9 décembre 2021 » (noms en
    « NOM Prénom », le point collé au nom dans un texte aplati) : la séance approuvée n'est pas
    la séance ; celle de l'en-tête rendu après les premiers points l'est."""
    assert date_seance_fiable(_ENTETE_APRES_LES_POINTS[:150]) is None
    assert _seance(_ENTETE_APRES_LES_POINTS).date == dt.date(2022, 2, 15)


def test_nom_en_capitales_suivi_du_batiment_en_capitales() -> None:
    """« SYNDICAT MIXTE DU PAYS DE X MAISON DU PAYS – 4 RUE … » (en-tête tout en capitales) :
    le bâtiment du siège n'est pas dans le nom ; « … DE LA MAISON DE L'EMPLOI – 12 RUE … » est
    un nom entier."""
    assert en_tete(
        "SYNDICAT MIXTE DU PAYS DU LOCHOIS MAISON DU PAYS – 4 RUE DU MOULIN – 37600 LOCHES "
        "COMPTE RENDU DE LA SEANCE DU COMITE SYNDICAL DU 2 MAI 2019"
    ) == ("SYNDICAT MIXTE DU PAYS DU LOCHOIS", "epci")
    assert en_tete("SYNDICAT MIXTE DE LA MAISON DE L'EMPLOI – 12 RUE DES FORGES") == (
        "SYNDICAT MIXTE DE LA MAISON DE L'EMPLOI",
        "epci",
    )


def test_commission_permanente_du_conseil_general_sans_nom() -> None:
    """« La Commission Permanente du Conseil Général s'est réunie » : l'assemblée, pas le nom
    d'une collectivité ; sans autre en-tête lisible (petites capitales décollées d'un texte
    aplati), la collectivité est laissée vide et c'est dit."""
    assert organe("La Commission Permanente du Conseil Général s'est réunie le 3 mars 2015") == (
        Organe.COMMISSION_PERMANENTE,
        None,
    )
    texte = (
        "Bulletin Officiel DélibérationS De la commiSSion permanente Du conSeil général "
        "RéuniOn Du 3 MaRS 2015 La Commission Permanente du Conseil Général s'est réunie le "
        "3 mars 2015 sous la présidence de M. Pierre ROUQUETTE. présents : M. Pierre ROUQUETTE, "
        "Mme Anne VIDAL, M. Luc FABRE. Délibération n° CP/03/03/15/1 Voirie départementale "
        "La Commission Permanente, après en avoir délibéré, approuve à l'unanimité."
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert "Conseil" not in resultat.seance.assemblee.collectivite.nom
    assert "extrait.collectivite-absente" in [c.code for c in resultat.rapport]
