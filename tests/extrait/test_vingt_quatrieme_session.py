"""Vingt-quatrième session : formes trouvées en lisant de vrais documents publiés (hors dépôt),
chacune reproduite ici sur un petit texte inventé (noms, lieux et nombres inventés)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import en_tete
from deliberations.extrait.groupes import (
    PARTICULES,
    lieux_puis_delegues,
    tableau_noms_prenoms_lieux,
)
from deliberations.extrait.normalisation import normaliser
from deliberations.extrait.personnes import decouper
from deliberations.extrait.reconnaisseurs import (
    date_seance_fiable,
    decomptes,
    seance_manquee,
    secretaire,
    section,
)
from tests.extrait.comparaison import projection


def _lu(texte: str) -> tuple[dict[str, object], list[str]]:
    lu = lire_extrait(texte)
    assert lu.seance is not None
    return projection(lu.seance), [c.code for c in lu.rapport.constats]


_SYNDICAT = (
    "SIRAM SYNDICAT INTERCOMMUNAL DE LA RAMÉE Compte-rendu de la réunion du Comité Syndical du "
    "Mardi 14 avril 2015 Le Comité Syndical, légalement convoqué le 7 avril 2015, s est réuni le "
    "Mardi 14 avril 2015 à 18h sous la présidence de Rose TALBOT, Présidente. "
)


# --- en-tête ---------------------------------------------------------------------------------


def test_sigle_et_numero_de_page_devant_le_nom_du_syndicat() -> None:
    """« 1 /9 - SIRAM SYNDICAT INTERCOMMUNAL DE … » : la page, puis le sigle seul devant le nom
    développé ; le nom est la suite (la collectivité était introuvable)."""
    suite = "Délégués présents : TALBOT Rose, MOUNIER Paul. Paul MOUNIER a été désigné Secrétaire de séance."
    for debut in ("", "1 /9 - "):
        lu, codes = _lu(debut + _SYNDICAT + suite)
        assert lu["collectivite"] == "SYNDICAT INTERCOMMUNAL DE LA RAMÉE"
        assert "extrait.collectivite-absente" not in codes


def test_president_qui_convoque_puis_ouvre_la_seance() -> None:
    """« sur convocation de Monsieur X, Président » et « Monsieur le Président, ayant ouvert la
    séance » : X préside (dit par un constat d'information) ; la phrase d'ouverture n'est plus
    un vote hors délibération."""
    texte = (
        "Compte-rendu du Conseil Communautaire du 9 avril 2013\n\n"
        "Le neuf avril deux mille treize, le Conseil de la Communauté de Communes du Val d'Ornain "
        "s'est réuni en son siège, sur convocation de Monsieur FOURNIER, Président, en date du "
        "2 avril 2013.\n\n"
        "Etaient présents : MM J. FOURNIER, MME A. CLAVEL, MM T. RIGAUD, MME N. BESSON.\n\n"
        "Monsieur Le Président, ayant ouvert la séance, fait procéder à l'appel nominal.\n"
    )
    lu, codes = _lu(texte)
    assert lu["president"] == "J. FOURNIER"
    assert "extrait.president-fonction" in codes
    assert "extrait.vote-hors-deliberation" not in codes


def test_sans_ouverture_la_convocation_ne_dit_pas_qui_preside() -> None:
    """La convocation seule ne dit pas qui préside (un vice-président peut présider) : le
    président reste inconnu."""
    texte = (
        "Compte-rendu du Conseil Communautaire du 9 avril 2013\n\n"
        "Le Conseil de la Communauté de Communes du Val d'Ornain s'est réuni le 9 avril 2013, sur "
        "convocation de Monsieur FOURNIER, Président, en date du 2 avril 2013.\n\n"
        "Etaient présents : MM J. FOURNIER, MME A. CLAVEL, MM T. RIGAUD.\n"
    )
    lu, codes = _lu(texte)
    assert lu["president"] is None
    assert "extrait.president-absent" in codes


# --- listes et procurations ------------------------------------------------------------------


def test_initiale_a_apres_le_nom_du_mandataire() -> None:
    """« … donne pouvoir à Mr ROUSSEL A, Mme … » : « A » est l'initiale du mandataire, pas le
    « à » d'un lien coupé (deux pouvoirs fusionnés, un mandataire illisible)."""
    assert decouper("Mme PIC S donne pouvoir à Mr ROUSSEL A, Mme VIDAL T donne pouvoir à Mr JOLY F") == [
        "Mme PIC S donne pouvoir à Mr ROUSSEL A",
        "Mme VIDAL T donne pouvoir à Mr JOLY F",
    ]
    # (en capitales, « A » reste le lien : « MME X A » / « M. Y »)
    assert decouper("MME NINA PIC A, M. LUC JOLY") == ["MME NINA PIC A, M. LUC JOLY"]
    texte = (
        "COMMUNAUTE DE COMMUNES DU HAUT VERDON\n"
        "COMPTE-RENDU DU CONSEIL COMMUNAUTAIRE DU 4 MAI 2017\n"
        "Etaient présents : MM BRUN G, ROUSSEL A, JOLY F et LAINE C.\n"
        "Etaient excusés : PIC S et VIDAL T.\n"
        "Pouvoirs : Mme PIC S donne pouvoir à Mr ROUSSEL A, Mme VIDAL T donne pouvoir à Mr JOLY F.\n"
    )
    lu, codes = _lu(texte)
    assert lu["procurations"] == [["S. PIC", "A. ROUSSEL"], ["T. VIDAL", "F. JOLY"]]
    assert "extrait.mandataire-inconnu" not in codes


def test_monsieur_et_madame_de_meme_nom_apres_mm() -> None:
    """« MM. LEBRUN - BLANC - Mme BLANC » : la liste donne le même nom sans prénom à une
    « Mme » ; le BLANC des Messieurs est Monsieur BLANC, deux présents (un seul était gardé)."""
    texte = (
        "COMMUNAUTE DE COMMUNES DU PAYS DE SORNE\n"
        "Séance du conseil communautaire du 3 juin 2014\n"
        "ETAIENT PRESENTS : M. RAYNAUD, Président - MM. TESSIER - PONS - Mme PONS - Mme GAY - "
        "M. ROLLIN, conseillers communautaires.\n"
        "Secrétaire de séance : Mme GAY\n"
    )
    lu, codes = _lu(texte)
    assert lu["presents"] == ["RAYNAUD", "TESSIER", "PONS", "PONS", "GAY", "ROLLIN"]
    assert "extrait.homonymes" not in codes


def test_mm_sans_madame_du_meme_nom_ne_donne_pas_de_civilite() -> None:
    """Sans « Mme » du même nom dans la liste, « MM. » ne dit pas la civilité (il couvre
    souvent des femmes) : elle reste inconnue."""
    lu = lire_extrait(
        "COMMUNE DE VAREILLES\nSéance du conseil municipal du 3 juin 2014\n"
        "Présents : MM. TESSIER, PONS, Mme GAY.\n"
    )
    assert lu.seance is not None
    civilites = {p.elu.nom: p.elu.civilite for p in lu.seance.presences}
    assert civilites["TESSIER"] is None and civilites["PONS"] is None


def test_suppleant_empeche_puis_pouvoir_pour_le_representer() -> None:
    """« M. X, ne pouvant être représenté par son suppléant M. Y, donne pouvoir à M. Z pour le
    représenter et prendre part aux votes … » : le pouvoir X → Z ; Y ne siège pas (nommé dans
    un constat) ; la liste n'est plus « non comprise »."""
    texte = (
        "SEANCE DU MARDI 3 MARS 2009 A 19H00 - CONSEIL COMMUNAUTAIRE\n"
        "SOUS LA PRESIDENCE DE MONSIEUR LUC GARNIER\n"
        "Présents : Mesdames et Messieurs GARNIER L. - TILLY M. - SOREL A. - BAYLE P.\n"
        "Excusés : M. CORNU G., ne pouvant être représenté par son suppléant M. NOYER F., donne "
        "pouvoir à M. SOREL A. pour le représenter et prendre part aux votes et débats en son nom "
        "lors du présent Conseil Communautaire. Mme ROCHE C. représentée par M. BAYLE P.\n"
    )
    lu, codes = _lu(texte)
    assert lu["procurations"] == [["G. CORNU", "A. SOREL"], ["C. ROCHE", "P. BAYLE"]]
    assert "F. NOYER" not in str(lu["presents"])
    assert "extrait.ligne-non-comprise" not in codes
    assert "extrait.non-membres" in codes


# --- tableau de présence aplati --------------------------------------------------------------


def test_tableau_noms_prenoms_commune_aplati() -> None:
    """« Délégués titulaires présents : 3 NOMS Prénoms Commune d origine TALBOT Rose VERNAY
    MOUNIER Paul SAINT JEAN DE VAUX … » : chaque rangée NOM, prénom, commune (aucun présent
    n'était lu) ; les suppléants de même ; la phrase du secrétaire après la dernière excusée
    sans point."""
    texte = _SYNDICAT + (
        "Nombre de membres en exercice : 8 Nombre de membres présents : 5 "
        "Délégués titulaires présents : 3 NOMS Prénoms Commune d origine TALBOT Rose VERNAY "
        "MOUNIER Paul SAINT JEAN DE VAUX CHABERT Lise SAINT JEAN DE VAUX "
        "Délégués suppléants présents : 2 NOMS Prénoms Commune d origine GIRAUD Anne VERNAY "
        "LE GOFF Marc LA BÂTIE "
        "Délégués excusés : VIAL Marc, SERRE Claire Paul MOUNIER a été désigné Secrétaire de séance."
    )
    lu, codes = _lu(texte)
    assert lu["presents"] == ["Rose TALBOT", "Paul MOUNIER", "Lise CHABERT"]
    assert lu["suppleances"] == [["Anne GIRAUD", None], ["Marc LE GOFF", None]]
    assert lu["excuses"] == ["Marc VIAL", "Claire SERRE"]
    assert lu["secretaires"] == ["Paul MOUNIER"]
    assert "extrait.groupe-commune" in codes


def test_tableau_limite_commune_nom_douteuse_dite() -> None:
    """Une commune de plusieurs mots lue une seule fois devant le NOM suivant : la limite est
    une lecture, dite par un constat."""
    lue = tableau_noms_prenoms_lieux("NOMS Prénoms Commune ROY Anne TOURS EN BRIE VIAL Luc BOURG")
    assert lue is not None
    assert lue.personnes == ["ROY Anne", "VIAL Luc"] and lue.lieux == ["TOURS EN BRIE", "BOURG"]
    assert lue.douteuses == ["TOURS EN BRIE VIAL"]
    assert tableau_noms_prenoms_lieux("NOMS Prénoms Commune ROY Anne BOURG Luc") is None


_CAPS = st.text(alphabet=st.sampled_from("BCDFGHLMNPRSTV"), min_size=3, max_size=7)
_PRENOM = st.text(alphabet=st.sampled_from("aeioulnr"), min_size=2, max_size=6).map(lambda t: "L" + t)


@given(st.lists(st.tuples(_CAPS, _PRENOM, st.lists(_CAPS, min_size=1, max_size=3)), min_size=2, max_size=8))
def test_tableau_relu_rangee_par_rangee(rangees: list[tuple[str, str, list[str]]]) -> None:
    """Aller-retour : des rangées « NOM Prénom COMMUNE » écrites à plat sont relues telles quelles
    (NOM d'un mot, commune d'un à trois mots)."""
    texte = "NOMS Prénoms Commune d origine " + " ".join(
        f"{nom} {prenom} {' '.join(lieu)}" for nom, prenom, lieu in rangees
    )
    lue = tableau_noms_prenoms_lieux(texte)
    assert lue is not None
    assert lue.personnes == [f"{nom} {prenom}" for nom, prenom, _ in rangees]
    assert lue.lieux == [" ".join(lieu) for _, _, lieu in rangees]
    assert not set(lue.lieux) & PARTICULES


@given(st.text(max_size=200))
def test_tableau_sur_texte_arbitraire(texte: str) -> None:
    """Sur un texte quelconque : ``None``, ou autant de communes que de personnes."""
    lue = tableau_noms_prenoms_lieux("NOMS Prénoms Commune " + texte)
    assert lue is None or len(lue.personnes) == len(lue.lieux)


# --- deuxième lecture : communes (civilités, rubriques, pouvoirs, décomptes) ----------------


def test_mesdemoiselles_civilite_plurielle() -> None:
    """« MM. …, Mlles Anne X, Claire Y, Mmes … » : « Mlles » est une civilité plurielle (elle
    restait collée au premier nom, sans constat)."""
    lu, _ = _lu(
        "CONSEIL MUNICIPAL DE KERVIGNAC-LE-HAUT\n\nDU JEUDI 5 MAI 2011\n\nEtaient présents :\n"
        "MM. Yann PRIGENT, Loïc TANGUY, Mlles Nolwenn CORRE, Maëlle DANIEL, Mmes Rose GOURLAY, "
        "Anne HELLEC\n\nSecrétaire de séance : Mlle Maëlle DANIEL\n"
    )
    assert lu["presents"] == ["Yann PRIGENT", "Loïc TANGUY", "Nolwenn CORRE", "Maëlle DANIEL", "Rose GOURLAY", "Anne HELLEC"]


def test_procurations_puis_rubrique_des_mandataires() -> None:
    """« Procurations : M. X » puis « Mandataire : M. Y mandataire de M X » : le pouvoir X → Y
    (X n'est plus un absent, « Mandataire » n'est plus une personne) ; aplati aussi, avec la
    civilité « Ms. » ; sans deux-points, « Mandataire » reste l'en-tête d'un tableau."""
    lu, codes = _lu(
        "CONSEIL MUNICIPAL DE LOCMARIA-BIHAN\n\nDU MARDI 9 MARS 2010\n\nEtaient présents :\n"
        "MM. Yves LE GOFF, Paul RIOU, Mmes Anne PERON, Odile SALAUN\n\nProcurations :\n"
        "M. Hervé JAOUEN\n\nMandataire :\nM. Paul RIOU mandataire de M Hervé JAOUEN\n\n"
        "Secrétaire de séance : Mme Anne PERON\n"
    )
    assert lu["procurations"] == [["Hervé JAOUEN", "Paul RIOU"]] and lu["absents"] == []
    assert "extrait.procuration-incomplete" not in codes
    plat, codes = _lu(
        "CONSEIL MUNICIPAL JEUDI 8 OCTOBRE 2015 20 HEURES - COMMUNE DE PLOUZEVEN Etaient "
        "présents : MM. Yves LE GOFF, Paul RIOU, Loïc MADEC. Mmes Anne PERON, Odile SALAUN. "
        "Procurations : Mme Claire TANGUY, Ms. Hervé JAOUEN, Marc QUERE, Mandataires : Mme Anne "
        "PERON mandataire de Mme Claire TANGUY M. Paul RIOU, mandataire de M. Hervé JAOUEN M. Loïc "
        "MADEC mandataire de M. Marc QUERE Absents : Secrétaire de séance : Mme Odile SALAUN "
        "La séance est ouverte à 20 heures."
    )
    assert plat["procurations"] == [
        ["Claire TANGUY", "Anne PERON"], ["Hervé JAOUEN", "Paul RIOU"], ["Marc QUERE", "Loïc MADEC"]
    ]
    assert plat["absents"] == [] and "extrait.procuration-incomplete" not in codes
    assert section("Mandataire") is None and section("Mandataires : M. X mandataire de M. Y") is not None


def test_presents_ou_representes_avec_procuration_entre_parentheses() -> None:
    """« Présents ou représentés : …, X (procuration), … » : X est représentée (mandataire non
    nommé, dit), pas présente."""
    lu, codes = _lu(
        "VILLE DE SAINT-BAUDILLE (Isère) COMPTE-RENDU DU CONSEIL MUNICIPAL DU 2 MARS 2021\n"
        "Présents ou représentés : Rose ALLARD, Marc BLANC, Nina CHAIX (procuration), Paul DORIER.\n"
        "Absent : ///\n"
    )
    assert lu["collectivite"] == "SAINT-BAUDILLE"
    assert lu["presents"] == ["Rose ALLARD", "Marc BLANC", "Paul DORIER"]
    assert lu["procurations"] == [["Nina CHAIX", None]]
    assert "extrait.mandataire-inconnu" in codes and "extrait.ligne-non-comprise" not in codes


def test_date_du_compte_rendu_approuve_dans_le_premier_point() -> None:
    """« 1/ COMPTE-RENDU Compte-rendu de la séance du Conseil Municipal du 9 février 2006 … »
    (aplati) : la séance approuvée, pas celle du titre (elle l'emportait, avec un avertissement)."""
    lu, codes = _lu(
        "CONSEIL MUNICIPAL DU 24 MARS 2006 Séance ouverte à 20 heures sous la présidence de "
        "M. Luc FAVIER, Maire. Etaient présents : M. FAVIER, Mme GROS, M. HUET, Mme JULLIEN. "
        "1/ COMPTE-RENDU Compte-rendu de la séance du Conseil Municipal du 10 février 2006 M. le "
        "Maire donne lecture du compte-rendu de la précédente séance. 2/ FINANCES Budget primitif "
        "2006 M. le Maire présente le budget."
    )
    assert lu["date"] == "2006-03-24" and "extrait.date-divergente" not in codes


def test_intitule_en_capitales_sans_deux_points_apres_un_mandataire() -> None:
    """« … pouvoir à Mme BLANC Rose ÉTAIENT ABSENTS NON REPRÉSENTÉS M. X … » (aplati) :
    l'intitulé n'est plus collé au dernier mandataire (un absent était fabriqué)."""
    lu, _ = _lu(
        "RÉPUBLIQUE FRANÇAISE VILLE DE BEAUCHAMP-SUR-OISE SÉANCE DU CONSEIL MUNICIPAL MARDI 14 MARS "
        "2017 L'AN DEUX MILLE DIX-SEPT, LE QUATORZE MARS, LE CONSEIL MUNICIPAL, Légalement convoqué "
        "le 8 mars 2017, s'est réuni à la Mairie, sous la présidence de Monsieur PERRIN Louis, Maire, "
        "ÉTAIENT PRÉSENTS, à l'ouverture de la séance : M. ARNAUD Luc, Mme BRUN Rose, M. COLAS Yves, "
        "formant la majorité des membres en exercice. ÉTAIENT ABSENTS REPRÉSENTÉS, à l'ouverture de "
        "la séance : Mme DIAZ Lise ayant donné pouvoir à M. PERRIN Louis M. ESNAULT Marc ayant donné "
        "pouvoir à Mme BRUN Rose ÉTAIENT ABSENTS NON REPRÉSENTÉS M. FAURE Jean Mme GILLES Claire "
        "Secrétaire de séance : Mme BRUN Rose"
    )
    assert lu["absents"] == ["Jean FAURE", "Claire GILLES"]
    assert lu["procurations"] == [["Lise DIAZ", "Louis PERRIN"], ["Marc ESNAULT", "Rose BRUN"]]


def test_portee_entre_parentheses_apres_le_mandataire() -> None:
    """« M. X à Mme Y (à compter de son départ) » : Y est le mandataire, la portée est dite
    (le mandataire était illisible)."""
    lu, codes = _lu(
        "CONSEIL MUNICIPAL DU 12 OCTOBRE 2006 Séance ouverte à 20 heures sous la présidence de "
        "M. Paul GARIN, Maire. Etaient présents : M. GARIN, M. HOARAU, Mme IMBERT, M. JOUVE. "
        "Pouvoirs : M. JOUVE à Mme IMBERT (à compter de son départ) 1/ FINANCES Décision "
        "modificative n 1 M. le Maire propose au Conseil Municipal d approuver la décision."
    )
    assert lu["procurations"] == [["JOUVE", "IMBERT"]]
    assert "extrait.procuration-partielle" in codes and "extrait.mandataire-inconnu" not in codes


def test_decomptes_d_un_tableau_sans_deux_points() -> None:
    """« Nombre de conseillers présents 11 » (tableau aplati, sans deux-points) : lu comme
    « en exercice » l'était déjà."""
    assert decomptes("Nombre de conseillers présents 11") == [("presents", 11)]
    assert decomptes("Nombre de conseillers représentés 2") == [("procurations", 2)]
    assert decomptes("Nombre de conseillers votants 13") == [("votants", 13)]


def test_ocr_l_minuscule_et_tiret_double() -> None:
    """Texte passé à l'OCR : « Mme lEROUX », « Mme BOUCHEl T » (la dernière lettre détachée),
    « Mme EVENO-- M. FAURE » : les noms relus (ils étaient perdus, ou « T. BOUCHEl »)."""
    lu, _ = _lu(
        "~ SAINT-GERVAIS Pode de. t/6.\n"
        "Procès verbal de la réunion du Conseil Municipal du lundi 7 avril 2014 à 20h00\n\n"
        "Présents: M. ALIX - Mme BOUCHEl T - M. CARRE - Mme lEROUX - M. DENIS - Mme EVENO-- M. FAURE\n"
    )
    assert lu["presents"] == ["ALIX", "BOUCHELT", "CARRE", "LEROUX", "DENIS", "EVENO", "FAURE"]


# --- deuxième lecture : intercommunalités et syndicats --------------------------------------


def test_lieu_du_siege_apres_le_nom_de_l_intercommunalite() -> None:
    """« Communauté d'agglomération X Parc des Saules, Bâtiment 2 - 14 rue … 37990 Y » : le
    lieu du siège, suivi d'un code postal, finit le nom."""
    assert en_tete(
        "Communauté d'agglomération Val de Loue Parc des Tilleuls, Bâtiment 4 - 6 route de Dole - 39100 Brevans"
    ) == ("Communauté d'agglomération Val de Loue", "epci")


def test_nom_aux_mots_colles_retrouve_dans_la_phrase() -> None:
    """« SYNDICAT … POUR L'ENTRETIENDES CHEMINS RURAUXSiège : … » (en-tête aplati) : le nom que
    la phrase d'ouverture écrit, dit par un constat ; l'année collée au mot suivant ne fait plus
    perdre la date ; un nom plus long que celui de la phrase, sans mot collé, est gardé."""
    lu, codes = _lu(
        "SYNDICAT INTERCOMMUNAL POUR L'ENTRETIENDES FOSSES COMMUNAUXSiège : Mairie de Lirac"
        "PROCES-VERBAL DU COMITE DU 3 JUIN 2015L'an deux mille quinze, le trois juin à dix huit "
        "heures, le Comité du Syndicat Intercommunal pour l'Entretien des Fossés Communaux, dûment "
        "convoqué par le Président le vingt-sept mai, s'est réuni à la mairie de Lirac, sous la "
        "présidence de Monsieur Marc VIDAL.Présents : Monsieur Marc VIDAL, Madame Anne ROCHE."
    )
    assert lu["collectivite"] == "Syndicat Intercommunal pour l'Entretien des Fossés Communaux"
    assert lu["date"] == "2015-06-03" and "extrait.collectivite-decollee" in codes


def test_seance_manquee_citee_puis_son_compte_rendu() -> None:
    """« … n'a pu siéger le trois mai deux milleseize par suite de l'absence de quorum », puis
    le compte rendu de cette séance manquée, puis celui de la séance : la date est la seconde, la
    convocation n'est pas la date manquée, les listes de la séance manquée sont écartées (dit)."""
    lu, codes = _lu(
        "SYNDICAT INTERCOMMUNAL DU COLLÈGE DES CHÊNES\nPROCES-VERBAL DU COMITE DU 19 MAI 2016\n"
        "A la suite d'une première convocation, le Comité Syndical n'a pu siéger le dix mai deux "
        "milleseize par suite de l'absence de quorum.\nSEANCE DU 10 MAI 2016\n"
        "Présents : Paul ROUX, Anne MOREL.\nAbsents excusés : Lise PONS, Marc VIAL, Eve RIBES.\n"
        "REUNION DU 19 MAI 2016\nLe dix-neuf mai deux mille seize à dix-huit heures, le Comité "
        "Syndical s'est réuni sous la présidence de Monsieur Paul ROUX.\n"
        "Présents : Paul ROUX, Marc VIAL, Lise PONS.\nAbsents excusés : Anne MOREL, Eve RIBES.\n"
    )
    assert lu["date"] == "2016-05-19" and lu["convocation"] is None
    assert lu["presents"] == ["Paul ROUX", "Marc VIAL", "Lise PONS"]
    assert lu["excuses"] == ["Anne MOREL", "Eve RIBES"]
    assert "extrait.seance-manquee" in codes
    assert seance_manquee("le conseil n'a pas pu délibérer le 2 mars 2015, faute de quorum") == dt.date(2015, 3, 2)


def test_delegue_suppleant_ou_titulaire_d_une_commune() -> None:
    """« Excusés : …, Anne X, suppléante de Vauxmont, … » : une qualité (la commune), pas une
    suppléance dont le titulaire serait une commune ; « suppléant de Jean Dupont » reste une
    personne."""
    lu, codes = _lu(
        "SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-LIGNON\nPROCÈS-VERBAL DE LA REUNION DU COMITE "
        "SYNDICAL du mardi 4 avril 2017\nPrésents : M. Paul ROUX, titulaire. Mme Anne MOREL, titulaire.\n"
        "Excusés : Mmes Lise PONS, titulaire de Tence, Eve RIBES, suppléante du Mazet, MM. Marc "
        "VIAL, titulaire du Mazet et Jean-Luc DORE, suppléant de Tence.\n"
    )
    assert lu["excuses"] == ["Lise PONS", "Eve RIBES", "Marc VIAL", "Jean-Luc DORE"]
    assert lu["suppleances"] == [] and "extrait.precision-ignoree" in codes


def test_presents_par_commune_titulaire_suppleant_et_suppleant_prenant_part_au_vote() -> None:
    """« Présents : VALBRUNE : M. X, titulaire. M. Y, suppléant. VAUXMONT : Mme Z, titulaire
    M. W, suppléant. … » (aplati) : tous lus, les suppléants siègent (titulaire non nommé) ;
    « Membre suppléant … prenant part au vote : M. X suppléant de Mme Y » : une suppléance."""
    lu, _ = _lu(
        "PROCÈS-VERBAL DE LA REUNION DU COMITE SYNDICAL Du mardi 4 avril 2017 à 19 h 00 SYNDICAT "
        "INTERCOMMUNAL DES EAUX DU HAUT-LIGNON Le 4 avril 2017 à 19 h 00, le Comité syndical s'est "
        "réuni à Tence, sous la présidence de M. Paul ROUX. Présents : TENCE : M. Paul ROUX, "
        "titulaire. M. Marc VIAL, titulaire. M. Yves GILLES, suppléant. LE MAZET : Mme Anne MOREL, "
        "titulaire M. Jean PONS, suppléant. CHENEREILLES : M. Luc BRUN, titulaire. Excusés : M. Guy "
        "FAYOLLE, titulaire du Mazet."
    )
    assert lu["presents"] == ["Paul ROUX", "Marc VIAL", "Anne MOREL", "Luc BRUN"]
    assert lu["suppleances"] == [["Yves GILLES", None], ["Jean PONS", None]]
    assert lu["excuses"] == ["Guy FAYOLLE"]
    vote, _ = _lu(
        "PROCÈS-VERBAL DU CONSEIL DE LA COMMUNAUTÉ DE COMMUNES DU PAYS DE MONTFAUCON SÉANCE DU 19 "
        "SEPTEMBRE 2014 L'an deux mille quatorze le dix neuf septembre, les membres du Conseil se sont "
        "réunis à Montfaucon, sous la présidence de Monsieur Paul ROUX. ÉTAIENT PRÉSENTS : M. Paul "
        "ROUX, Mmes Anne MOREL, Lise PONS, MM. Marc VIAL, Membre suppléant assistant à la réunion et "
        "prenant part au vote : Monsieur Jean DORE suppléant de Mme Eve RIBES (empêchée), ÉTAIENT "
        "ABSENTS OU EXCUSÉS : M. Guy FAYOLLE"
    )
    assert vote["suppleances"] == [["Jean DORE", "Eve RIBES"]]


def test_secretaire_de_la_commune_de() -> None:
    """« le Comité désigne Madame X de la Commune de Y, Secrétaire de Séance » : X seule."""
    assert secretaire("Sur proposition du Président, le Comité désigne Madame PONS de la Commune de Tence, Secrétaire de Séance.") == "Madame PONS"


def test_tableau_nom_prenom_sans_intitule_a_deux_points_et_long() -> None:
    """« Conseillers Communautaires présents NOM Prénom NOM Prénom … » (aplati, sans deux-points,
    plus long qu'un morceau) : tous lus ; la coupe du morceau tombe après un prénom ; « G régory »
    (la capitale détachée) recollé."""
    noms = [f"{nom} {prenom}" for nom, prenom in zip(
        ["ARNOUX", "BESSON", "DE LA ROCHE", "CHAZAL", "DURIEUX", "ESCOFFIER", "FAVRE", "GIRAUD", "HUGON",
         "JOUBERT", "LACROIX", "MARCON", "NOYER", "OLLIER", "PEYRON", "REYNAUD", "SABATIER", "TEYSSIER",
         "VALLET", "VIDAL", "AUDRAS", "BOREL", "CROZE", "DUMAS", "FAURE", "GAILLARD", "JACQUET", "LAURENT"],
        ["Samuel", "Dominique", "Florence", "Michèle", "Philippe", "Kévin", "Evelyne", "Arnaud", "Jean-Pierre",
         "Michel", "Pierre", "Caroline", "Ghislain", "Pascale", "Eric", "Michèle", "Christian", "Malika",
         "Nicolas", "Inès", "Jean-Roger", "Corinne", "Charles", "Daniel", "Brigitte", "Alexandre", "Grégory",
         "Laure"],
        strict=True,
    )]
    liste = " ".join(noms).replace("Grégory", "G régory")
    lu, _ = _lu(
        "Communauté d'agglomération Val de Morge PV Conseil Communautaire n° 7 Mardi 9 avril 2019 "
        "L'an deux mil dix-neuf, le 9 avril à 19h00, le Conseil Communautaire, légalement convoqué, "
        "s'est réuni sous la présidence de Monsieur Samuel ARNOUX. Conseillers Communautaires "
        f"présents {liste} Conseillers Communautaires excusés MOREL Anne PONS Lise Secrétaire de "
        "séance : Laure LAURENT"
    )
    assert len(lu["presents"]) == 28 and "Grégory JACQUET" in lu["presents"]
    assert lu["excuses"] == ["Anne MOREL", "Lise PONS"]


def test_presidence_partagee_entre_deux_elus() -> None:
    """« … sous la présidence de M. X pour les délibérations 17-10 et 17-11 puis sous la
    présidence de Y pour les délibérations 17-12 à 17-30 » : X, qui ouvre la séance, retenu et
    le partage dit (le président restait vide, « illisible »)."""
    lu, codes = _lu(
        "Communauté d'agglomération Val de Morge\nPROCES VERBAL N°4\n"
        "L'an deux mil dix-sept, le 14 mars à 19h00, le Conseil Communautaire, légalement convoqué, "
        "s'est réuni à la salle des Fêtes de Morge, sous la présidence de Monsieur Paul ROUX pour les "
        "délibérations 17-10 et 17-11 puis sous la présidence de Marc VIAL pour les délibérations "
        "17-12 à 17-30.\nPrésents : Marc VIAL, Anne MOREL, Paul ROUX.\n"
    )
    assert lu["president"] == "Paul ROUX"
    assert "extrait.presidence-partagee" in codes and "extrait.personne-inconnue" not in codes


def test_initiale_de_deux_lettres_collee_a_la_particule() -> None:
    """« … remplacé par MM PH.DE KONING » : « PH. DE KONING », le présent nommé plus haut (le
    suppléant restait un second présent) ; « Ms. » sépare deux personnes sans virgule."""
    assert normaliser("remplacé par MM PH.DE KONING") == "remplacé par MM PH. DE KONING"
    assert decouper("Mme Rose COZ, Christine MOAL Ms. Bruno CORRE, Luc PERRAUT") == [
        "Mme Rose COZ", "Christine MOAL", "Ms. Bruno CORRE", "Luc PERRAUT"
    ]


# --- vingt-neuvième lecture : communes ------------------------------------------------------


def test_presidence_coupee_apres_le_participe_et_debut_de_seance() -> None:
    """« Présidée » ⏎ « par Monsieur le Maire, R. X » ⏎ « Début de la séance : 20 h. » : X
    préside (le maire, mandataire, n'était pas compté présent et sa procuration était en
    erreur) ; aplati de même, la rubrique « Début de la séance » finit le nom."""
    lignes = (
        "Procès verbal de la réunion du conseil municipal du\nmardi 7 octobre 2008,\nPrésidée\n"
        "par Monsieur le Maire, L. MOREAU\nDébut de la séance : 20 h.\n"
        "Etaient présents : Mme BRUN, M. CAZES, Mme DELORT.\n"
        "Excusés : MM. ESTEVE et Paul FABRE qui a donné pouvoir à M. MOREAU.\n"
    )
    for texte in (lignes, lignes.replace("\n", " ")):
        lu, codes = _lu(texte)
        assert lu["president"] == "L. MOREAU"
        assert lu["procurations"] == [["Paul FABRE", "L. MOREAU"]]
        assert "extrait.mandataire-inconnu" not in codes and "extrait.ligne-non-comprise" not in codes


def test_pouvoir_coupe_apres_le_relatif() -> None:
    """« … et Paul X qui » ⏎ « a donné pouvoir à M. Y. » (et « qui a » ⏎ « donné … ») : la
    procuration (elle était perdue, l'excusé aussi)."""
    for coupe in ("qui\na donné", "qui a\ndonné"):
        lu, _ = _lu(
            "Procès verbal de la réunion du conseil municipal du mardi 7 octobre 2008\n"
            "Séance présidée par M. Luc MOREAU, Maire.\n"
            "Etaient présents : Mme BRUN, M. CAZES, Mme DELORT.\n"
            f"Excusés : MM. ESTEVE et Paul FABRE {coupe} pouvoir à M. MOREAU.\n"
        )
        assert lu["procurations"] == [["Paul FABRE", "Luc MOREAU"]] and lu["excuses"] == ["ESTEVE"]


def test_m_virgule_et_pied_de_page_unique() -> None:
    """« M, TOURNIER » (une virgule pour le point) : Monsieur TOURNIER, pas un présent « M » en
    plus ; « pouvoir à M, X » ; « DUPONT M, DURAND P » garde ses initiales ; un pied de page
    « Commune de X - Séance du … - page 1/3 » au milieu de la liste est retiré."""
    lu, _ = _lu(
        "COMMUNE DE SAINT-JUST\nSEANCE DU 5 AVRIL 2007\n"
        "Etaient présents : M. GARNIER, Mme LEBON, M, TOURNIER, Mme VIAL,\n"
        "Commune de Saint-Just - Séance du 5 avril 2007 - page 1/3\n"
        "M. BLANC.\nAbsents excusés : M. PERRIN (pouvoir à M, GARNIER).\n"
    )
    assert lu["presents"] == ["GARNIER", "LEBON", "TOURNIER", "VIAL", "BLANC"]
    assert lu["procurations"] == [["PERRIN", "GARNIER"]]
    assert normaliser("Présents : DUPONT M, DURAND P") == "Présents : DUPONT M, DURAND P"


def test_ordre_du_jour_annonce_par_une_phrase() -> None:
    """« … propose de procéder à l'examen de l'ordre du jour suivant : » puis des points à
    puces : des annonces (le dernier devenait une délibération « adoptée »)."""
    lu = lire_extrait(
        "Conseil Municipal du 3 mars 2015\nPrésents : M. Paul ARRAS, Mme Lise BORDES.\n"
        "Le Président de séance propose de procéder à l'examen de l'ordre du jour suivant :\n"
        "- Tarifs de l'eau potable\n- Déplacement du monument aux morts\n"
        "Le Conseil Municipal approuve le procès-verbal de la réunion du 2 février 2015.\n"
    )
    assert lu.seance is not None and not lu.seance.deliberations


# --- trentième lecture : intercommunalités et syndicats --------------------------------------


def test_membres_excuses_ne_sont_pas_l_effectif() -> None:
    """« Nombre de membres excusés : 3 » : ni l'effectif (il était lu « membres : 3 », sans
    constat) ni un nombre retenu ; « … excusés et ayant donné pouvoir : 2 » reste les pouvoirs."""
    assert decomptes("Nombre de membres excusés : 3") == []
    assert decomptes("Nombre de conseillers excusés : 2") == []
    assert decomptes("Nombre de membres excusés et ayant donné pouvoirs de vote : 2") == [("procurations", 2)]


def test_virgule_dans_le_nom_d_une_intercommunalite() -> None:
    """« COMMUNAUTE D'AGGLOMERATION DE BRENNE-SORNAC, VAL D'ORNE CONSEIL COMMUNAUTAIRE … » : la
    virgule est dans le nom (il était coupé, sans constat) ; « …, DEPARTEMENT DE X » non."""
    assert en_tete("COMMUNAUTE D'AGGLOMERATION DE LOUE-SORNAC, VAL D'AIN CONSEIL COMMUNAUTAIRE DU 9 MARS 2017") == (
        "COMMUNAUTE D'AGGLOMERATION DE LOUE-SORNAC, VAL D'AIN", "epci"
    )
    assert en_tete("COMMUNAUTE DE COMMUNES DU VAL, DEPARTEMENT DE L'AIN") == ("COMMUNAUTE DE COMMUNES DU VAL", "epci")


def test_civilite_pointee_nombres_colles_et_presents_par_qualite() -> None:
    """« MME. BRETON » dans une liste de pouvoirs aplatie (la liste finissait au point) ;
    « … en exercice : 12Présents : 7Votants : 9 » ; « Présents ce jour : Titulaires : 6 -
    Suppléants : 1 - Procurations : 2 » (des nombres, pas une liste)."""
    lu, _ = _lu(
        "COMMUNAUTE D'AGGLOMERATION DU VAL DE SAONE Extrait du registre des délibérations L'an deux "
        "mille dix-sept, le 9 mars, se sont réunis sous la présidence de Monsieur Hubert VALLON, les "
        "Membres du Conseil Communautaire. Étaient présents : MM. VALLON, FERRAND, MME BRETON, M. "
        "GIRARD. Étaient excusés et avaient donné Pouvoirs de vote : M. PERRIN à M. VALLON, MME FAURE "
        "à MME. BRETON, M. DUMAS à M. GIRARD. Nombre de membres en exercice : 7"
    )
    assert lu["procurations"] == [["PERRIN", "Hubert VALLON"], ["FAURE", "BRETON"], ["DUMAS", "GIRARD"]]
    colles, _ = _lu(
        "VAL DE SAONE AGGLOMERATION\nSéance du 14 mars 2017\n"
        "Nombre de membres en exercice : 12Présents : 7Votants : 9\nPrésents : Paul ROUX, Anne VIAL.\n"
    )
    assert colles["decomptes"]["presents"] == 7 and colles["decomptes"]["votants"] == 9
    assert decomptes("Présents ce jour : Titulaires : 6 - Suppléants : 1 - Procurations : 2") == [
        ("presents_titulaires", 6), ("presents_suppleants", 1), ("procurations", 2)
    ]


def test_titulaires_representes_par_leur_suppleant() -> None:
    """« Membres titulaires représentés : X, représenté par Y, … » (Y nommé nulle part parmi
    les présents) : des suppléances (dites) ; le NOM collé au prénom suivant (« FAUREMarc »)
    est séparé ; « M. X est suppléé par M. Y » dans une liste de pouvoirs ; deux pouvoirs
    « NOM Prénom à NOM Prénom » sans virgule."""
    lu, codes = _lu(
        "VAL DE SAONE AGGLOMERATION\nSéance du 14 mars 2017\nPrésidente : Madame Odile MARCHAL,\n"
        "Membres titulaires présents :Paul FERRAND, Lucie BRETON, Marc GIRARD\n"
        "Membres titulaires représentés :Alain PERRIN, représenté par Jean-Michel FAUREMarc DUMAS, "
        "représenté par Rose COLIN\n"
    )
    assert lu["suppleances"] == [["Jean-Michel FAURE", "Alain PERRIN"], ["Rose COLIN", "Marc DUMAS"]]
    assert lu["procurations"] == [] and "extrait.suppleant-deduit" in codes
    assert decouper("NOEL Éric à BRETON Marc MARCHAL Odile à ROUX Anne") == [
        "NOEL Éric à BRETON Marc", "MARCHAL Odile à ROUX Anne"
    ]
    supplee, _ = _lu(
        "COMMUNAUTÉ DE COMMUNES DU VAL DE SAONE SÉANCE DU 14 MARS 2017\nPrésents : Paul VERNIER, "
        "Lucie FERRAND, Anne ROUX.\nAbsents représentés : Mme Rose COLIN a donné pouvoir à M. Paul "
        "VERNIER, M. Yves BLANC est suppléé par M. Louis ROCHE, M. Éric NOEL a donné pouvoir à Mme "
        "Anne ROUX.\n"
    )
    assert supplee["suppleances"] == [["Louis ROCHE", "Yves BLANC"]]
    assert supplee["procurations"] == [["Rose COLIN", "Paul VERNIER"], ["Éric NOEL", "Anne ROUX"]]


def test_fonction_collee_au_delegue_suivant_et_suppleante_sans_de() -> None:
    """« Paul X – Président Lucie Y – … – Vice-présidents délégués Odile Z – … » : la fonction
    n'est pas du nom suivant (« Président Lucie Y » était un présent, « Odile Z » perdue) ;
    « Madame X suppléante monsieur Y » : suppléante de Y."""
    lu, _ = _lu(
        "Val de Saône Agglomération Compte-rendu du Conseil communautaire du 14 mars 2017 Étaient "
        "présents : Paul VERNIER – Président Lucie FERRAND – Marc BRETON – Vice-présidents délégués "
        "Odile PERRIN – Yves RIVIERE – Conseillers"
    )
    assert lu["presents"] == ["Paul VERNIER", "Lucie FERRAND", "Marc BRETON", "Odile PERRIN", "Yves RIVIERE"]
    assert normaliser("Madame Odile MARCHAL suppléante monsieur Yves BLANC") == (
        "Madame Odile MARCHAL suppléante de monsieur Yves BLANC"
    )
    assert normaliser("M. X (Suppléant M. Y)") == "M. X (Suppléant M. Y)"


def test_communes_representees_et_delegues_entre_parentheses() -> None:
    """« Etaient présents Messieurs les Délégués des Communes de : Vernoux ; Brives (M.TESSIER) ;
    … Communauté de Communes des Deux Vallées : Arlanc ; Lavaur : (M.DUFOUR, Mme PICOT) … » : les
    délégués nommés sont présents, les communes sont des groupes (elles étaient des présents) ;
    le groupe de communes membres n'est pas la collectivité ; les délégués non nommés sont dits."""
    lu, codes = _lu(
        "COMITÉ SYNDICAL DU 12 AVRIL 2016 Ouverture de la séance : 18H30 Etaient présents Messieurs "
        "les Délégués des Communes de : Aubrac ; Bessuéjouls ; Condom d'Aubrac ; Les deux Fays. "
        "Communauté de Communes du Haut Lot : Espalion (M.TESSIER) ; Lassouts ; Laguiole : "
        "(M.DUFOUR, Mme PICOT) ; trenal. Communauté de Communes du Carladez : Brommat ; Mur-de-Barrez "
        "(M. GRANGER)."
    )
    assert lu["presents"] == ["TESSIER", "DUFOUR", "PICOT", "GRANGER"]
    assert lu["collectivite"] is None and lu["type"] == "syndicat"
    assert "extrait.presents-non-nommes" in codes


def test_commune_puis_delegues_prenom_nom_sans_separateur() -> None:
    """« Etaient présents Agmé Paul X (jusqu'au dossier 5) Beaupuy Anne Y (+pouvoir Luc Z)
    Birac sur Trec Rose A - Marc B Cours les Bains ……… Fargues … » (aplati, sans deux-points) :
    chaque commune, ses délégués, le pouvoir reçu « (+ pouvoir X) » (aucun présent n'était lu)."""
    lu, codes = _lu(
        "COMPTE RENDU du CONSEIL COMMUNAUTAIRE DU 15 Avril 2015 Etaient présents Agmé Paul GAUBAN "
        "Beaupuy Anne HERVÉ (+pouvoir Luc VIAL) Birac sur Trec Rose AGNIC - Marc LERDU Cours les Bains "
        "……………… Fargues Hélène PONS (+ pouvoir Yves BLANC à compter du dossier 4) Jean GIRARD Lamothe "
        "Odile MARCHAL"
    )
    assert lu["presents"] == [
        "Paul GAUBAN", "Anne HERVÉ", "Rose AGNIC", "Marc LERDU", "Hélène PONS", "Jean GIRARD", "Odile MARCHAL"
    ]
    assert lu["procurations"] == [["Luc VIAL", "Anne HERVÉ"], ["Yves BLANC", "Hélène PONS"]]
    assert "extrait.procuration-partielle" in codes
    assert lieux_puis_delegues("Paul ROUX, Anne VIAL") is None
    # (« Monsieur François X\tMonsieur Laurent Y » : des civilités, pas des communes)
    assert lieux_puis_delegues("Monsieur Paul ROUX Monsieur Luc VIAL Madame Anne PONS Monsieur Guy BRUN") is None


@given(st.text(alphabet=st.sampled_from("Ab BC-é…(+)x ;:"), max_size=120))
def test_lieux_puis_delegues_sur_texte_arbitraire(texte: str) -> None:
    """Sur un texte quelconque : ``None``, ou des personnes et des communes non vides."""
    lue = lieux_puis_delegues(texte)
    assert lue is None or (len(lue.personnes) >= 3 and all(lue.lieux))


def test_longue_liste_commune_puis_delegues_coupee_en_morceaux() -> None:
    """La même liste, plus longue qu'un morceau : la suite (qui commence par un délégué de la
    commune précédente) reste une liste, pas le titre d'un point ; « (+ pouvoir X à compter du
    dossier 3) » n'est pas la procuration du présent."""
    communes = ["Agmé", "Beaupuy", "Birac sur Trec", "Calonges", "Castelnau Sur Gupie", "Caubon", "Clairac",
                "Cocumont", "Couthures", "Escassefort", "Fauillet", "Fourques Sur Garonne", "Gaujac", "Jusix"]
    prenoms = ["Paul", "Anne", "Rose", "Marc", "Hélène", "Jean", "Odile", "Luc", "Léa", "Guy", "Inès", "Tom",
               "Zoé", "Max"]
    noms = ["GAUBAN", "HERVÉ", "AGNIC", "LERDU", "PONS", "GIRARD", "MARCHAL", "VIAL", "SIMON", "BRUN",
            "LAURENT", "NOEL", "LEROY", "ROLLAND"]
    morceaux = []
    for i, (commune, prenom, nom) in enumerate(zip(communes, prenoms, noms, strict=True)):
        precision = " (+ pouvoir Yves BLANC à compter du dossier 3)" if i == 9 else ""
        morceaux.append(f"{commune} {prenom} {nom}{precision} - {prenoms[-1 - i]} DUPRAT{chr(65 + i)}X")
    lu, _ = _lu("COMPTE RENDU du CONSEIL COMMUNAUTAIRE DU 15 Avril 2015 Etaient présents " + " ".join(morceaux))
    assert len(lu["presents"]) == 28
    assert lu["procurations"] == [["Yves BLANC", "Guy BRUN"]]


# --- trente et unième lecture : communes -----------------------------------------------------


def test_seance_approuvee_citee_n_est_pas_la_seance_et_donne_l_annee() -> None:
    """« … DU MARDI 9 MARS H » (l'année perdue) et « -=-=- Approbation des comptes rendus des
    séances du Conseil Municipal du 2 février 2010 et 16 février 2010 » : la séance approuvée
    n'est pas la séance (elle était retenue, sans constat) ; l'année vient d'elle (dite) ;
    « Adoption du procès-verbal de la séance du … » de même ; « ELECTION D UN SECRETAIRE DE
    SEANCE : » est l'intitulé du secrétaire."""
    lu, codes = _lu(
        "1 COMPTE-RENDU DE LA REUNION DU CONSEIL MUNICIPAL DU MARDI 9 MARS H PRESIDENT : Monsieur "
        "ROUVIER, Maire PRESENTS : Madame ALBAN, Monsieur BRETEL, Madame CASSOU EXCUSES : Madame "
        "JAUZION PROCURATIONS : Madame JAUZION à Monsieur BRETEL ELECTION D UN SECRETAIRE DE SEANCE : "
        "Madame Lise CASSOU -=-=-=-=- Approbation des comptes rendus des séances du Conseil Municipal du "
        "2 février 2010 et 16 février 2010 Ces comptes rendus sont approuvés à l unanimité."
    )
    assert lu["date"] == "2010-03-09" and "extrait.annee-deduite" in codes
    assert lu["secretaires"] == ["Lise CASSOU"] and lu["procurations"] == [["JAUZION", "BRETEL"]]
    assert date_seance_fiable("Adoption du procès-verbal de la séance du 3 mars 2016") is None


def test_precision_de_pouvoir_qui_n_arrete_pas_la_liste() -> None:
    """« M. X (est arrivé à 19 h 10 et a donné pouvoir à Mme Y) », « Mme X (donnera peut-être
    pouvoir à M. Y en fin de séance) » : la personne est lue, la précision dite ; la liste
    continue (tout ce qui suivait était perdu) ; « de la Mairie de X » : la commune X."""
    lu, codes = _lu(
        "Conseil municipal de la Mairie de Lourdios du 12 mars 2015\n\nListe des présents\n\n"
        "CONSEILLERS MUNICIPAUX : Mme Lucie FORT M. Marc GUIDE Mme Claire HAURE (donnera peut-être "
        "pouvoir à M. Marc GUIDE en fin de séance) M. Jean ESTE M. Paul ARRI donne pouvoir à Mme Lucie FORT\n"
    )
    assert lu["collectivite"] == "Lourdios"
    assert lu["presents"] == ["Lucie FORT", "Marc GUIDE", "Claire HAURE", "Jean ESTE"]
    assert lu["procurations"] == [["Paul ARRI", "Lucie FORT"]]
    assert "extrait.precision-ignoree" in codes


def test_pouvoirs_sur_trois_lignes_et_maire_president() -> None:
    """« Claire X » / « à » / « Paul Y » sous « Ont donné procuration : » (les pouvoirs étaient
    perdus) ; « Maire-Président : Paul Y » (rubrique : aucun présent n'était lu) ; l'en-tête
    d'un tableau « … a donné procuration à » n'est pas recollé à sa première rangée."""
    lu, _ = _lu(
        "SEANCE DU CONSEIL MUNICIPAL DU 3 MARS 2016\n\nPRESENTS :\n\nMaire-Président : Paul ARRI\n\n"
        "Adjoints : Anne BERG, Louis CAPDE\n\nABSENTS :\n\nConseillers : Claire HAURE, Yves IRAT\n\n"
        "Ont donné procuration :\n\nClaire HAURE\n\nà\n\nPaul ARRI\n\nYves IRAT\n\nà\n\nAnne BERG\n"
    )
    assert lu["presents"] == ["Paul ARRI", "Anne BERG", "Louis CAPDE"]
    assert lu["procurations"] == [["Claire HAURE", "Paul ARRI"], ["Yves IRAT", "Anne BERG"]]


def test_lignes_coupees_apres_une_civilite_et_un_prenom_compose() -> None:
    """PDF copié ligne à ligne : « … - M. » / « Marc X. » (un présent « M » en plus),
    « … à Monsieur » / (deux lignes vides) / « Jean X - M. Jean Pierre » / « LASSALLE à … »
    (le mandataire, le prénom composé), « TENG- Mme. Claire » (deux personnes)."""
    lu, _ = _lu(
        "Ville de Sainte-Rose-du-Fleuve\nSEANCE DU CONSEIL MUNICIPAL DU MARDI 14 MAI 2013\n"
        "PRESENTS : M. Paul ARRI, Maire – Mme Lucie TENG- Mme. Claire HAURE - M. Jean ESTE - M.\n"
        "Marc GUIDE.\n\nABSENTS AYANT DONNE PROCURATION : M. Yves IRAT à Monsieur\n\n\n"
        "Jean ESTE - M. Jean Pierre\nLASSALLE à M. Marc GUIDE.\n"
    )
    assert lu["presents"] == ["Paul ARRI", "Lucie TENG", "Claire HAURE", "Jean ESTE", "Marc GUIDE"]
    assert lu["procurations"] == [["Yves IRAT", "Jean ESTE"], ["Jean Pierre LASSALLE", "Marc GUIDE"]]


def test_excuse_ayant_delegue_son_mandat() -> None:
    """« Excusé ayant délégué son mandat : Mme X à Mme Y – M. Z à M. W » : des procurations (la
    liste n'était pas comprise)."""
    lu, _ = _lu(
        "Conseil Municipal du 14 avril 2016\n\nEtaient présents : MM. ARRI – BERG – Mme FORT\n\n"
        "Excusé ayant délégué son mandat : Mme HAURE à Mme FORT – M. IRAT à M. ARRI\n"
    )
    assert lu["procurations"] == [["HAURE", "FORT"], ["IRAT", "ARRI"]]


# --- trente-deuxième lecture : intercommunalités et syndicats --------------------------------


def test_appel_nominal_par_commune() -> None:
    """« Pour la commune d'Arbois : Mme X présente, M. Y procuration à Mme X, M. Z présent. Pour
    la commune de Bray : … » : l'appel nominal (rien n'était lu)."""
    lu, _ = _lu(
        "CONSEIL COMMUNAUTAIRE\n\nPROCÈS-VERBAL\n\nJEUDI 9 JUILLET 2020\n\nMonsieur Caron procède à l'appel.\n\n"
        "Pour la commune d'Arbois-le-Haut : Mme DUPRÉ Claire présente, M.GARNIER Luc procuration à Mme "
        "DUPRÉ Claire, M.LEMOINE Henri présent. Pour la commune de Bray : M.MASSON Eric présent, Mme "
        "NOEL Agnès absente excusée.\n"
    )
    assert lu["presents"] == ["Claire DUPRÉ", "Henri LEMOINE", "Eric MASSON"]
    assert lu["procurations"] == [["Luc GARNIER", "Claire DUPRÉ"]]
    assert lu["excuses"] == ["Agnès NOEL"]


def test_point_final_membre_en_rubrique_et_parenthese_sans_virgule() -> None:
    """« … au siège de Val d'Orvanne Agglomération, … par le Président de Val d'Orvanne
    Agglomération. » : le point de la phrase n'est pas du nom ; « … DUMAS - COMMUNAUTE DE
    COMMUNES DU PAYS DE SOLAN MM. FAVRE » : le membre du syndicat n'est pas un présent ;
    « PELLET (suppléant de Jean VIGNON) CAILLAT, DUMAS » : CAILLAT est lu."""
    membres, codes = _lu(
        "SYNDICAT MIXTE DU BASSIN DE LA VERNE Procès-verbal des délibérations du Comité Syndical Séance "
        "du 12 avril 2011 ETAIENT PRESENTS : COMMUNAUTE D'AGGLOMERATION DU VAL DE VERNE Mmes & MM. "
        "ARNAUD, BRISSET - COMMUNAUTE DE COMMUNES DU PAYS DE SOLAN MM. FAVRE, GIROD, PELLET (suppléant "
        "de Jean VIGNON) CAILLAT, HUGON."
    )
    assert "COMMUNAUTE DE COMMUNES DU PAYS DE SOLAN" not in membres["presents"]
    assert "CAILLAT" in membres["presents"] and "HUGON" in membres["presents"]
    assert "extrait.groupe-commune" in codes


def test_absent_jusqu_a_un_point_arrive_ensuite() -> None:
    """« Présents : … CROS Michel (à partir de la question n°5) … Absents/excusés : … CROS Michel
    (jusqu'à la question n°4) » : une arrivée au point 5 (un départ était lu, sans constat)."""
    lu = lire_extrait(
        "PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE L'an deux mil dix-neuf, le 12 du mois de mars, le Conseil "
        "communautaire s'est réuni sous la présidence de Monsieur Paul RIGAL, Président. Présents : "
        "AUBRY Claude, BESSE Franck, RIGAL Paul, VIALA Jean. Absents/excusés : MM. & Mme FABRE André, "
        "CROS Michel (jusqu'à la question n°4), LAFON Marc."
    )
    assert lu.seance is not None
    assert [
        (str(p.elu), p.arrivee_point, p.depart_point) for p in lu.seance.presences if p.elu.nom == "CROS"
    ] == [("Michel CROS", 5, None)]


def test_collectivite_sans_le_point_de_la_phrase() -> None:
    """« … par le Président de Val d'Orvanne Agglomération. » (aplati) : sans le point."""
    lu, _ = _lu(
        "CONSEIL COMMUNAUTAIRE DU 14 mars 2021 ~ ~ ~ Procès-verbal L'an deux mille vingt et un et le "
        "quatorze mars, les membres du Conseil Communautaire se sont réunis au siège de Val d'Orvanne "
        "Agglomération, 3 rue des Tilleuls à Bréval, sur la convocation qui leur a été adressée le 8 mars "
        "2021, par le Président de Val d'Orvanne Agglomération. Etaient Présents : M. Paul ROCHET, "
        "Président, Mme Anne VIDAL, M. Marc LORIN."
    )
    assert lu["collectivite"] == "Val d'Orvanne Agglomération"


def test_sommaire_d_un_recueil_et_titre_coupe_dans_l_organe() -> None:
    """« SOMMAIRE … - Séance du 20 mai 2015 RENDU COMPTE DES DECISIONS page 30 » : une entrée de
    sommaire, pas la séance (elle était retenue, sans constat) ; « COMPTE-RENDU DE LA SEANCE DU
    COMITE » ⏎ « SYNDICAL DU 12 MARS 2015 » : le titre coupé dans l'organe donne la date."""
    lu, _ = _lu(
        "RECUEIL DES ACTES ADMINISTRATIFS\n\nMARS 2015 A MAI 2015\n\n- Séance du 20 mai 2015 RENDU COMPTE "
        "DES DECISIONS page 30\n\nCOMPTE-RENDU DE LA SEANCE DU COMITE\n\nSYNDICAL DU 12 MARS 2015\n\n"
        "PRÉSENTS : M. ARNOUX, Mme BELLOC\n"
    )
    assert lu["date"] == "2015-03-12"
    assert date_seance_fiable("- Séance du 20 mai 2015 RENDU COMPTE DES DECISIONS page 30") is None
