"""Vingt-cinquième session : formes trouvées en lisant de vrais documents publiés (hors dépôt),
chacune reproduite ici sur un petit texte inventé (noms, lieux et nombres inventés)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.personnes import decouper, est_fonction, lire_personnes
from deliberations.extrait.reconnaisseurs import date_seance_fiable
from tests.extrait.comparaison import projection


def _lu(texte: str) -> tuple[dict[str, object], list[str]]:
    lu = lire_extrait(texte)
    assert lu.seance is not None
    return projection(lu.seance), [c.code for c in lu.rapport.constats]


_CC_LIGNES = """COMMUNAUTE DE COMMUNES DU VAL DE SORNE
PROCES-VERBAL de la réunion du Conseil de Communauté du 9 mai 2013 à Lanvignes
Sous la présidence de Monsieur Yves BERTHOLD, la séance est ouverte à 19h00.
Présents :
M. Yves BERTHOLD, Président et représentant de la commune de Mirebel
Mme Odile FRANTZ, représentante de la commune de Vaudrey
M. Loïc STEIN, Vice-président et représentant de la commune de Mirebel
Mme Carole MEYER, représentante de la commune de Sornay
Absents représentés :
M. Rémi WALTER, représentant de la commune de Vaudrey Procuration donnée à Mme Odile FRANTZ
M. Denis HOFF, Vice-président et représentant de la commune de Sornay Procuration donnée à Mme Carole MEYER
"""


# --- délégués « représentant de la commune de X », « Procuration donnée à » ----------------


def test_representant_de_la_commune_et_procuration_donnee_a() -> None:
    """« M. X, Vice-président et représentant de la commune de Y » : une qualité, pas un nom
    illisible ; « … Procuration donnée à Mme Z » après la qualité : le pouvoir de X à Z. Ligne
    à ligne et aplati."""
    attendus = ["Yves BERTHOLD", "Odile FRANTZ", "Loïc STEIN", "Carole MEYER"]
    pouvoirs = [["Rémi WALTER", "Odile FRANTZ"], ["Denis HOFF", "Carole MEYER"]]
    for texte in (_CC_LIGNES, " ".join(_CC_LIGNES.split())):
        lu, codes = _lu(texte)
        assert lu["presents"] == attendus
        assert lu["procurations"] == pouvoirs
        assert "extrait.nom-illisible" not in codes
        assert "extrait.ligne-non-comprise" not in codes


def test_qualite_de_representant_est_une_fonction() -> None:
    assert est_fonction("représentante de la commune d'Albon")
    assert est_fonction("Vice-président et représentant de la commune de Sornay")
    assert est_fonction("Président et représentant de la commune de Mirebel")
    # (« représentant M. X » dit une suppléance, pas une qualité)
    assert not est_fonction("représentant M. Paul ROUX")
    assert decouper("Mme Odile FRANTZ, représentante de la commune de Vaudrey, M. Loïc STEIN") == [
        "Mme Odile FRANTZ",
        "représentante de la commune de Vaudrey",
        "M. Loïc STEIN",
    ]


# --- « Prénom NOM FONCTION » sans virgule ----------------------------------------------------


_NOM_FONCTION = """CONSEIL DE LA COMMUNAUTÉ D'AGGLOMERATION DU PAYS D'ESTÉRON
SÉANCE DU 3 JUIN 2010
Etaient présents :
Henri CASTEL PRESIDENT
Nadia ROLLAND 1 er Vice-présidente
Bruno PIERI (à partir du point 4) 2 ème Vice-président
Sylvie AUDIBERT MEMBRE DU BUREAU
Gilles MARTINI CONSEILLER COMMUNAUTAIRE
Etaient excusés :
Éric LAUGIER CONSEILLER COMMUNAUTAIRE
"""


def test_fonction_en_capitales_apres_prenom_et_nom() -> None:
    """« Henri CASTEL PRESIDENT » : la fonction en capitales après « Prénom NOM » n'est pas un
    second nom (« Henri CASTEL PRESIDENT » était lu présent, une valeur fausse sans constat) ;
    « X (à partir du point 4) 2 ème Vice-président » : la fonction après la parenthèse ne ferme
    plus la liste. Ligne à ligne et aplati."""
    attendus = ["Henri CASTEL", "Nadia ROLLAND", "Bruno PIERI", "Sylvie AUDIBERT", "Gilles MARTINI"]
    for texte in (_NOM_FONCTION, " ".join(_NOM_FONCTION.split())):
        lu, codes = _lu(texte)
        # (arrivé en cours de séance, Bruno PIERI est rangé après les présents du début)
        assert sorted(lu["presents"]) == sorted(attendus), texte[:20]  # type: ignore[type-var]
        assert lu["excuses"] == ["Éric LAUGIER"]
        assert "extrait.ligne-non-comprise" not in codes
    # un NOM en capitales seul (sans prénom en casse mixte) garde sa suite : « Paul MAIRE »
    assert [str(e) for e in lire_personnes("Paul MAIRE")] == ["Paul MAIRE"]


def test_liste_aplatie_coupee_aux_fonctions() -> None:
    assert decouper("Henri CASTEL PRESIDENT Nadia ROLLAND 1 er Vice-présidente Gilles MARTINI") == [
        "Henri CASTEL PRESIDENT",
        "Nadia ROLLAND 1 er Vice-présidente",
        "Gilles MARTINI",
    ]
    # une fonction sans « Prénom NOM » après elle ne coupe rien
    assert decouper("Henri CASTEL PRESIDENT DU SIVOM de la Brie") == ["Henri CASTEL PRESIDENT DU SIVOM de la Brie"]


# --- « NOM Prénom ........ COMMUNE » ---------------------------------------------------------


_POINTS = """COMMUNAUTE D'AGGLOMÉRATION DU HAUT-LIGNON
L'an deux mil dix-huit, le neuf mars à dix-huit heures, le Conseil communautaire de la COMMUNAUTE D'AGGLOMÉRATION DU HAUT-LIGNON, légalement convoqué le deux mars deux mille dix-huit s'est réuni sous la présidence de Monsieur Alain VIGIER, Président.
PRÉSENTS : Mmes et MM. :
- BOYER Lucette (suppléante) ........................................ ARLEMPDES
- CHAZE Robert
- DEFOUR Martine .............................. LE CHAMBON
- VIGIER Alain ...................................................... SAINT-JEURES
"""


def test_points_de_conduite_puis_commune_en_capitales() -> None:
    """« - CHAZE Robert …… LE CHAMBON » : l'élu, des points de conduite, puis sa commune en
    capitales (la commune est dite par un constat d'information) ; « Mmes et MM. : » ouvre la
    liste. Ligne à ligne et aplati."""
    attendus = ["Lucette BOYER", "Robert CHAZE", "Martine DEFOUR", "Alain VIGIER"]
    for texte in (_POINTS, " ".join(_POINTS.split())):
        lu, codes = _lu(texte)
        assert lu["presents"] == attendus
        assert "extrait.nom-illisible" not in codes
        assert "extrait.precision-ignoree" in codes


# --- « 9 Présents : » ------------------------------------------------------------------------


def test_nombre_devant_l_intitule_des_presents() -> None:
    """« 9 Présents : A – B … » (le nombre en tête de ligne, après « 12 Conseillers en exercice
    dont : ») : le nombre de présents, puis la liste (« 9 » était une ligne non comprise)."""
    texte = (
        "COMPTE RENDU\nLe 4 avril 2011, le Conseil Communautaire, régulièrement convoqué le 28 mars "
        "2011, s'est tenu sous la Présidence de Monsieur ROCHE Alain\n\n"
        "5 Conseillers en exercice le jour de la séance dont :\n\n"
        "3 Présents : ROCHE Alain – BLANC Édith – MOREL Jacques\n\n"
        "2 Absents : FAURE Denis – GAY Anne\n"
    )
    lu, codes = _lu(texte)
    assert lu["decomptes"]["presents"] == 3  # type: ignore[index]
    assert lu["decomptes"]["en_exercice"] == 5  # type: ignore[index]
    assert lu["presents"] == ["Alain ROCHE", "Édith BLANC", "Jacques MOREL"]
    assert lu["absents"] == ["Denis FAURE", "Anne GAY"]
    assert "extrait.ligne-non-comprise" not in codes


# --- « M. NOM Membre » (délégués d'un syndicat, aplati) --------------------------------------


def test_membre_represente_apres_le_nom() -> None:
    """« M. TARDY Bourg-Vieux », « M. PONS EPT du Mont-Clair », « M. RIVET Vice-Président SIVU
    Est », « Mme SOLER en suppléance de M. VIAL SIVU Est » : après la civilité et le NOM, le
    membre représenté, pas un prénom (« Bourg-Vieux TARDY » était lu, sans constat)."""
    texte = (
        "COMPTE-RENDU DE LA SEANCE DU COMITE SYNDICAL DU SIMONT DU 5 FÉVRIER 2016\n\n"
        "PRÉSENTS M. TARDY Bourg-Vieux Mme LACOMBE Bourg-Vieux M. PONS EPT du Mont-Clair M. RIVET "
        "Vice-Président SIVU Est Mme SOLER en suppléance de M. VIAL SIVU Est M. JOUVE SIVU Est "
        "Mme ROUX Anne-Marie\n"
    )
    lu, codes = _lu(texte)
    assert lu["presents"] == ["TARDY", "LACOMBE", "PONS", "RIVET", "JOUVE", "Anne-Marie ROUX"]
    assert lu["suppleances"] == [["SOLER", "VIAL"]]
    assert codes.count("extrait.precision-ignoree") >= 5


def test_prenom_et_nom_a_particule_restent_des_personnes() -> None:
    """Les garde-fous : « M. LE GOFF » (des capitales continuent le NOM) et « Mme DUPRÉ Anne à
    M. ROUX Marc » (un prénom, puis un pouvoir) ne sont pas des membres représentés."""
    texte = (
        "RÉGION NORMANDIE COMMISSION PERMANENTE Séance du 7 mars 2022\n"
        "Présents : M. LE GOFF Erwan, Mme DUPRÉ Anne, M. ROUX Marc, Mme SALLES Inès.\n"
        "Ont donné délégation de vote : M. LE GALL Yves à M. LE GOFF Erwan ; Mme PIC Lise à "
        "Mme SALLES Inès.\n"
    )
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Erwan LE GOFF", "Anne DUPRÉ", "Marc ROUX", "Inès SALLES"]
    assert lu["procurations"] == [["Yves LE GALL", "Erwan LE GOFF"], ["Lise PIC", "Inès SALLES"]]


# --- en-tête ---------------------------------------------------------------------------------


def test_s_est_coupe_en_fin_de_ligne() -> None:
    """« Le douze mars deux mille neuf, le Conseil Communautaire, …, s'est » / « tenu … » : la
    date de la séance (aucune séance n'était construite)."""
    assert date_seance_fiable(
        "Le douze mars deux mille neuf, le Conseil Communautaire, régulièrement convoqué le six mars "
        "deux mille neuf, s'est"
    ) == (__import__("datetime").date(2009, 3, 12), 3)
    assert date_seance_fiable("Le conseil, régulièrement convoqué, s'est") is None


def test_elision_dans_le_nom_de_l_intercommunalite() -> None:
    """« s'est réuni le Conseil de la Communauté d'Agglomération du Val d'Orbe » (aplati, sans
    en-tête) : le nom entier, l'élision comprise (« … du Val » était lu)."""
    texte = (
        "COMPTE RENDU DE LA SÉANCE DU 2 JUILLET 2012 L'an deux mille douze, le deux juillet, "
        "s'est réuni le Conseil de la Communauté d'Agglomération du Val d'Orbe, en séance "
        "publique, sous la présidence de Marc ESTÈVE. Etaient présents : Marc ESTÈVE, Lina PAGÈS."
    )
    lu, _ = _lu(texte)
    assert lu["collectivite"] == "Communauté d'Agglomération du Val d'Orbe"


# --- propriétés ------------------------------------------------------------------------------


_PRENOMS = st.sampled_from(["Anne", "Paul", "Lucie", "Marc", "Hélène", "Jean-Luc"])
_NOMS = st.sampled_from(["MARTIN", "ROUX", "GARNIER", "LE GALL", "FABRE", "DUPRÉ"])
_FONCTIONS = st.sampled_from(
    ["PRESIDENT", "1 er Vice-président", "MEMBRE DU BUREAU", "CONSEILLER COMMUNAUTAIRE", "Adjointe"]
)


@given(st.lists(st.tuples(_PRENOMS, _NOMS, _FONCTIONS), min_size=2, max_size=6))
def test_propriete_prenom_nom_fonction_aplati(personnes: list[tuple[str, str, str]]) -> None:
    """Toute liste aplatie « Prénom NOM FONCTION … » se lit personne par personne, sans la
    fonction."""
    corps = " ".join(f"{p} {n} {f}" for p, n, f in personnes)
    lus = [str(e) for m in decouper(corps) for e in lire_personnes(m)]
    assert lus == [f"{p} {n}" for p, n, _ in personnes]


@given(st.lists(st.tuples(_NOMS, _PRENOMS), min_size=1, max_size=5))
def test_propriete_civilite_nom_prenom_reste_une_personne(personnes: list[tuple[str, str]]) -> None:
    """« M. NOM Prénom » dans la liste d'un syndicat : un prénom usuel après le NOM n'est jamais
    pris pour un membre représenté."""
    corps = " ".join(f"M. {n} {p}" for n, p in personnes)
    lu, _ = _lu(f"COMITE SYNDICAL DU SIVOM DE LA BRIE Séance du 3 mars 2015\nPRÉSENTS {corps}\n")
    assert lu["presents"] == [f"{p} {n}" for n, p in dict.fromkeys(personnes)]


# --- trente-troisième et trente-quatrième lectures -------------------------------------------


def test_presidence_du_maire_nomme_dans_la_liste() -> None:
    """« sous la présidence du Maire » et « Mme X, Maire » parmi les présents : X préside (dit) ;
    « Maire » n'est plus un président ni un présent (deux valeurs fausses sans constat) ; « M ;
    Pierre Y » (coquille) : une seule personne."""
    texte = (
        "COMMUNE DE SERVIAN\nSéance du 4 avril 2017\nLe Conseil Municipal s'est réuni sous la "
        "présidence du Maire.\nPrésents : Mme Odile PASCAL, Maire, M. Luc ROQUES, Mme Iris VIALA\n"
        "Absents : M. Yves SERIN, M ; Hugo LAFONT\n"
    )
    lu, codes = _lu(texte)
    assert lu["president"] == "Odile PASCAL"
    assert lu["presents"] == ["Odile PASCAL", "Luc ROQUES", "Iris VIALA"]
    assert lu["absents"] == ["Yves SERIN", "Hugo LAFONT"]
    assert "extrait.president-fonction" in codes


def test_pouvoirs_respectivement_representes_par() -> None:
    """« A, B, C respectivement représentés par X, Y, Z » : trois procurations, dans l'ordre (une
    paire fausse « C respectivement » était lue)."""
    texte = (
        "CONSEIL MUNICIPAL DU 9 NOVEMBRE 2021\nÉtaient présents : M. LE BRIS Alain, Maire, "
        "Mme CORRE Rose, M. GUEN Paul, Mme ROPARS Lise\nAbsents excusés représentés :\n"
        "Mme TANGUY Anne, M. KERVELLA Yves respectivement représentés par M. GUEN Paul, Mme ROPARS Lise.\n"
    )
    lu, _ = _lu(texte)
    assert lu["procurations"] == [["Anne TANGUY", "Paul GUEN"], ["Yves KERVELLA", "Lise ROPARS"]]


def test_nom_virgule_prenom() -> None:
    """« M. GUEN, Paul, Mme ROPARS Lise » : le prénom après la virgule est celui de GUEN."""
    assert decouper("M. GUEN, Paul, Mme ROPARS Lise") == ["M. GUEN Paul", "Mme ROPARS Lise"]


def test_secretaire_designe_comme() -> None:
    """« désigner comme secrétaire de séance Mme X » : X (« comme » était lu)."""
    from deliberations.extrait.reconnaisseurs import secretaire

    assert secretaire("Le Maire propose de désigner comme secrétaire de séance Mme Lise ROPARS.") == "Mme Lise ROPARS"


def test_chapitres_d_un_lecteur_audio() -> None:
    """« • 1. Conseil Municipal01:40 » (page web avec lecteur) : retiré (dit), plus une
    délibération n° 1 en double."""
    texte = (
        "CONSEIL MUNICIPAL DU 9 NOVEMBRE 2021\n  • 1. Conseil Municipal01:40\n"
        "Étaient présents : M. LE BRIS Alain, Mme CORRE Rose.\n1. ÉLECTION D'UN SECRÉTAIRE\n"
        "  • 1. Conseil Municipal00:31\nMme Rose CORRE est désignée secrétaire de séance.\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    assert [d.numero for d in lu.seance.deliberations] == ["1"]
    assert any("lecteur audio" in c.message for c in lu.rapport.constats)


def test_presents_ranges_par_fonction() -> None:
    """« Sont présents à la séance sous la présidence du Maire, M. X » puis « Les Adjoints au
    Maire : Mmes et MM. A, B » : les rubriques de la liste ; « Directrice des Affaires Générales
    et Juridiques » : la fonction d'un agent (« Juridiques » était un présent)."""
    texte = (
        "CONSEIL MUNICIPAL DE LA VILLE DE BRUNSTATT\nSÉANCE ORDINAIRE DU 2 JUIN 2016\n"
        "Sont présents à la séance sous la présidence du Maire, M. Marc ZIMMER\n"
        "Les Adjoints au Maire : Mmes et MM. Anne HAAS, Luc ROTH\n"
        "Les Conseillers municipaux : Mmes et MM. Lise HERTZ, Yves KOCH\n"
        "Assistent à la séance : Mme Nadia STOLL, Directrice des Affaires Générales et Juridiques\n"
    )
    lu, codes = _lu(texte)
    assert sorted(lu["presents"]) == ["Anne HAAS", "Lise HERTZ", "Luc ROTH", "Marc ZIMMER", "Yves KOCH"]  # type: ignore[call-overload]
    assert "extrait.ligne-non-comprise" not in codes


def test_convocation_au_conseil_n_est_pas_la_seance() -> None:
    """« Convocation au conseil communautaire : 25 février 2019 » n'est plus la date de la
    séance ; « Le quatre mars … , M. X ouvre la séance » la donne (même après un titre aplati)."""
    assert date_seance_fiable("Convocation au conseil communautaire : 25 février 2019") is None
    texte = (
        "P P r r o o c c è è s s - - v v e e r r b b a a l l Le quatre mars deux mille dix-neuf à "
        "quatorze heures, Monsieur Paul GIRAUD ouvre la séance du conseil de la Communauté de "
        "communes du Val de Seudre. Convocation au conseil communautaire : 25 février 2019 "
        "Présents : ALBERT Jean (pouvoir de L.MORIN), BRUN Anne, GIRAUD Paul Excusés : MORIN Lise "
        "(pouvoir à J.ALBERT)"
    )
    lu, codes = _lu(texte)
    assert lu["date"] == "2019-03-04"
    assert lu["convocation"] == "2019-02-25"
    # le même pouvoir, écrit chez le mandataire et chez le mandant : une seule procuration
    assert lu["procurations"] == [["Lise MORIN", "Jean ALBERT"]]
    assert "extrait.nom-abrege" in codes


# --- trente-quatrième lecture, suite ---------------------------------------------------------


def test_intitule_colle_au_nom_et_civilite_collee() -> None:
    """« Secrétaire de la séance : M. Paul VIGNALPrésents : Président : … » (l'intitulé collé
    au NOM : « Paul VIGNALPrésents » était le secrétaire), « MmesKLEIN » (la civilité collée),
    « SEANCE DU 14 AVRIL 2016à Vernoux »."""
    texte = (
        "EXTRAIT DU REGISTRE DES DELIBERATIONS\n\nDU CONSEIL COMMUNAUTAIRE\n\n"
        "SEANCE DU 9 MAI 2017à Lamastre – Salle des Fêtes\n\nDate de la convocation : 2 MAI 2017\n\n"
        "Secrétaire de la séance : M. Paul VIGNALPrésents : Président : M. ROUVIER - Délégués : "
        "MM. VIGNAL, TEYSSIER, MmesKLEIN, FAURE\n"
    )
    lu, _ = _lu(texte)
    assert lu["secretaires"] == ["Paul VIGNAL"]
    assert lu["date"] == "2017-05-09"
    assert "KLEIN" in lu["presents"] and "MmesKLEIN" not in lu["presents"]  # type: ignore[operator]


def test_initiale_detachee_d_un_intitule() -> None:
    """« P résident : M. X » (lettrine détachée) : l'intitulé « Président »."""
    texte = (
        "CONSEIL COMMUNAUTAIRE\nSEANCE DU 9 MAI 2017\n"
        "Présents : P résident : M. ROUVIER - Vice-Présidents : MM. VIGNAL, TEYSSIER\n"
    )
    lu, _ = _lu(texte)
    assert lu["president"] == "ROUVIER"


def test_invite_excuse_n_est_pas_un_membre() -> None:
    """« Invité excusé : M. X, Trésorier » (aplati) : pas un excusé (« Trésorier » en était un) ;
    la date de convocation qui suit reprend l'en-tête ; « au siège de la Communauté de communes
    X » nomme la collectivité."""
    texte = (
        "Conseil de Communauté du 4 avril 2016 PROCES VERBAL L'an deux mille seize, le 4 avril à "
        "20 h 00, les membres du Conseil Communautaire se sont réunis au siège de la Communauté de "
        "communes du Pays de Redon-Nord, sur la convocation qui leur a été adressée par le Président "
        "le 28 mars 2016. La séance a été ouverte sous la présidence de Monsieur Yves MAHÉ. Invité "
        "excusé : M. GUILLO, Trésorier Date de convocation : 28 mars 2016 Etaient présents : "
        "M. Yves MAHÉ, Mme Anne RIOU, M. Paul DANIEL."
    )
    lu, codes = _lu(texte)
    assert lu["excuses"] == []
    assert lu["collectivite"] == "Communauté de communes du Pays de Redon-Nord"
    assert lu["convocation"] == "2016-03-28"
    assert "extrait.non-membres" in codes


def test_adresse_avec_zone_et_code_postal_espace() -> None:
    """« Communauté de Communes du Val X ZA des Trois Chênes BP 30 214 – Rânes 61 150 … » :
    l'adresse n'est plus dans le nom (une valeur fausse sans constat)."""
    texte = (
        "Communauté de Communes du Val d'Écouves ZA des Trois Chênes BP 30 214 – Rânes 61 150 "
        "Écouves Cedex 1/12 L'an deux mille douze, le 9 mars, le Conseil de la Communauté, dûment "
        "convoqué le 2 mars 2012, s'est réuni. Délégués titulaires présents : Paul AUBERT, Marie BRIAND."
    )
    lu, _ = _lu(texte)
    assert lu["collectivite"] == "Communauté de Communes du Val d'Écouves"


def test_decomptes_seuil_du_quorum_et_presents_representes() -> None:
    """« Rappel du quorum : il est atteint avec 7 membres présents » (un seuil), « Nombre de
    délégués présents et représentés : 6 » (une somme) ne sont ni les présents ni les
    procurations ; « Nombre de pouvoir(s) : 1 », « Nombre de pouvoirs :... 4 » le sont."""
    from deliberations.extrait.reconnaisseurs import decomptes

    assert decomptes("Rappel du quorum : il est atteint avec 7 membres présents") == []
    assert decomptes("Nombre de délégués présents et représentés : 6") == []
    assert decomptes("Nombre de pouvoir(s) : 1") == [("procurations", 1)]
    # le compte de la séance, lui, reste lu
    assert ("presents", 5) in decomptes("Le quorum est atteint avec cinq conseillers présents sur sept en exercice")


def test_secretaire_designe_entre_virgules() -> None:
    from deliberations.extrait.reconnaisseurs import secretaire

    assert secretaire("Monsieur ROUX Alain, a été désigné, pour remplir les fonctions de Secrétaire.") == "Monsieur ROUX Alain"


def test_respectivement_pouvoir_a_deux_points_et_civilite_plurielle() -> None:
    """« Mme A, M. B, MM. C et D qui ont donné respectivement pouvoir à : - M. W, Mme X, MM. Y
    et Z » : quatre procurations (aucune n'était lue)."""
    from deliberations.extrait.reconnaisseurs import pouvoirs_respectifs

    lu = pouvoirs_respectifs(
        "Mme PONS Claire, M. QUERE Yves, MM. RAMEL Jean et SABOURIN Luc qui ont donné respectivement "
        "pouvoir à : - M. TALON Marc, Mme URBAIN Lise, MM. VIDAL Paul et WEBER Jean"
    )
    assert lu is not None
    assert lu.count("donne pouvoir à") == 4
    assert "SABOURIN Luc donne pouvoir à WEBER Jean" in lu


def test_syndicat_sans_organe_lu() -> None:
    """« … formant le Syndicat Mixte X se sont réunis en Assemblée Générale » (ni maire ni
    conseil municipal) : comité syndical supposé, et dit."""
    texte = (
        "Assemblée Générale du 9 mars 2017 L'an deux mille dix-sept, le 9 mars à 18 heures, les "
        "délégués des EPCI formant le Syndicat Mixte VALOREST se sont réunis en Assemblée Générale "
        "sous la présidence de Monsieur Henri CASTEL. Etaient présents : MM. CASTEL, DUMAS."
    )
    lu, codes = _lu(texte)
    assert lu["organe"] == "comite_syndical"
    assert "extrait.organe-absent" in codes


# --- trente-troisième lecture, suite ---------------------------------------------------------


def test_date_du_proces_verbal_approuve_loin_du_titre() -> None:
    """« Approbation du procès-verbal des délibérations de la séance ordinaire du Conseil
    municipal du 3 avril 2018 » : la séance approuvée, pas celle du document."""
    assert date_seance_fiable(
        "Approbation du procès-verbal des délibérations de la séance ordinaire du Conseil municipal du 3 avril 2018"
    ) is None


def test_decomptes_libelle_puis_egal_valeur() -> None:
    """« Présents » ⏎ « = 10 », « en exercice = 11 » : les décomptes (rien n'était lu)."""
    texte = (
        "COMMUNE DE PLOUVIEN-VRAS\nCONSEIL MUNICIPAL\nPROCES VERBAL DE LA REUNION DU 12/04/2016\n"
        "Nombre de membres\nen exercice = 11\nPrésents\n= 10\nVotants\n= 11\n"
        "Étaient présents : CABON Yann, ROUDAUT Paul\n"
    )
    lu, _ = _lu(texte)
    assert lu["decomptes"]["en_exercice"] == 11  # type: ignore[index]
    assert lu["decomptes"]["presents"] == 10  # type: ignore[index]
    assert lu["decomptes"]["votants"] == 11  # type: ignore[index]


def test_rubriques_par_fonction_aplaties() -> None:
    """« Sont présents à la séance sous la présidence du Maire, M. X Les Adjoints au Maire :
    Mmes et MM. A, B Les Conseillers municipaux : Mmes, Melles et MM. C, D » (aplati)."""
    texte = (
        "CONSEIL MUNICIPAL DE LA VILLE DE ROSHEIM PROCES-VERBAL SÉANCE ORDINAIRE DU 14 MAI 2015 "
        "Sont présents à la séance sous la présidence du Maire, M. Paul WEBER Les Adjoints au "
        "Maire : Mmes et MM. Anne KLEIN, Luc HAAS Les Conseillers municipaux : Mmes, Melles et MM. "
        "Lise HERTZ, Marc VOGEL Absents excusés : Julie MEYER qui donne procuration à Anne KLEIN "
        "Pierre WOLF qui donne procuration à Paul WEBER Sophie HUBER absente Rose KAHN qui donne "
        "procuration à Luc HAAS"
    )
    lu, _ = _lu(texte)
    assert sorted(lu["presents"]) == ["Anne KLEIN", "Lise HERTZ", "Luc HAAS", "Marc VOGEL", "Paul WEBER"]  # type: ignore[call-overload]
    assert lu["procurations"] == [
        ["Julie MEYER", "Anne KLEIN"],
        ["Pierre WOLF", "Paul WEBER"],
        ["Rose KAHN", "Luc HAAS"],
    ]


def test_remarque_et_compte_double_dans_les_pouvoirs() -> None:
    """« X : retard en attendant donne procuration à Y » (la remarque est dite) ; « Procurations
    (5/6) : A à B, … » (deux comptes dans l'intitulé, aplati)."""
    texte = (
        "COMMUNE DE SELESTAT\nSéance du 29 avril 2021\nPrésents : Marcel BAUER, Cathy OBERLIN, Paul DESAIX\n"
        "Absents excusés : Nadine MUNCH donne procuration à Cathy OBERLIN Laurent GEYL : retard en "
        "attendant donne procuration à Paul DESAIX\n"
    )
    lu, codes = _lu(texte)
    assert lu["procurations"] == [["Nadine MUNCH", "Cathy OBERLIN"], ["Laurent GEYL", "Paul DESAIX"]]
    assert "extrait.precision-ignoree" in codes
    aplati = (
        "COMMUNE DE HOHENBACH Séance du mardi 12 juin 2018 Présents : Paul KIEFFER, Anne WEBER, "
        "Luc HAAS. Procurations (1/2) : Eric BAUER à Luc HAAS (à partir du point 7), René ZIMMER à "
        "Anne WEBER. Conseillers en fonction : 11"
    )
    lu, _ = _lu(aplati)
    assert ["René ZIMMER", "Anne WEBER"] in lu["procurations"]  # type: ignore[operator]


# --- trente-sixième lecture ------------------------------------------------------------------


def test_communaute_de_la_communaute_et_tiret_dans_le_nom() -> None:
    """« le conseil de Communauté de la Communauté de Communes du Pays de X » (« Communauté de
    la Communauté … » était le nom, sans constat) ; « Communauté de Communes du Pays de X - Y
    Séance du … » (le nom entier, le second terme était perdu)."""
    texte = (
        "CONSEIL DE COMMUNAUTE Mardi 9 mars 2021 L'an deux mille vingt et un, le neuf mars, à "
        "dix-huit heures, le conseil de Communauté de la Communauté de Communes du Pays d'Arzal "
        "s'est réuni sous la présidence de Anne MORVAN. Présents : KERBOUL Jean, MORVAN Anne."
    )
    lu, _ = _lu(texte)
    assert lu["collectivite"] == "Communauté de Communes du Pays d'Arzal"
    texte = (
        "1 Conseil Communautaire de la Communauté de Communes du Pays de Lanvern - Kerbrat Séance "
        "du 14 Janvier 2021 Compte rendu succinct Etaient présents : Jean KERBOUL, Anne MORVAN."
    )
    lu, _ = _lu(texte)
    assert lu["collectivite"] == "Communauté de Communes du Pays de Lanvern-Kerbrat"


def test_assistants_absent_tiret_colle_et_conseil_d_agglomeration() -> None:
    """« ASSISTANTS : NOM Prénom-DGS- … » (des agents, pas des excusés) ; « Absents : Yves
    RIOU- Luc PERON » (deux personnes) ; « Conseil d'Agglomération » (l'organe) ; « PRESENTS :
    4 Anne X, … » (le nombre, puis la liste)."""
    texte = (
        "COMPTE RENDU SUCCINCT Conseil d’Agglomération du 9 mars 2021 Le neuf mars deux mille "
        "vingt et un, à 18h30, les membres du Conseil d’Agglomération, régulièrement convoqués le "
        "deux mars deux mille vingt et un, se sont réunis sous la présidence de Madame Anne MORVAN, "
        "Présidente. PRESENTS : 3 Anne MORVAN, Jean KERBOUL, Paul TANGUY Absents : Yves RIOU- Luc "
        "PERON ASSISTANTS : GUEGAN Sophie-DGS- SALAUN Hervé- Finances."
    )
    lu, codes = _lu(texte)
    assert lu["organe"] == "conseil_communautaire"
    assert lu["presents"] == ["Anne MORVAN", "Jean KERBOUL", "Paul TANGUY"]
    assert lu["decomptes"]["presents"] == 3  # type: ignore[index]
    assert sorted(lu["absents"] + lu["excuses"]) == ["Luc PERON", "Yves RIOU"]  # type: ignore[operator]
    assert "extrait.non-membres" in codes


def test_pouvoirs_pluriels_enchaines_et_heure_a_deux_points() -> None:
    """« Yves X, pouvoirs à Jean Y Hervé Z, pouvoirs à Paul W », « RIOU Yves pouvoir à KERBOUL
    Jean PERON Luc pouvoir à … (à partir de 20 : 30) » : chaque pouvoir."""
    texte = (
        "COMMUNAUTE DE COMMUNES DU VAL D'ARZ Séance du 12 avril 2021 Membres présents : KERBOUL "
        "Jean, MORVAN Anne, TANGUY Paul. Pouvoirs : RIOU Yves pouvoir à KERBOUL Jean PERON Luc "
        "pouvoir à TANGUY Paul SALAUN Hervé pouvoir à MORVAN Anne (à partir de 20 : 30) Absents - "
        "Excusés : GUEGAN Sophie."
    )
    lu, _ = _lu(texte)
    assert lu["procurations"] == [
        ["Yves RIOU", "Jean KERBOUL"],
        ["Luc PERON", "Paul TANGUY"],
        ["Hervé SALAUN", "Anne MORVAN"],
    ]


def test_intitules_sans_deux_points_devant_nom_prenom() -> None:
    """« … Etaient présents KERBOUL Jean, … Est nommée secrétaire de séance LE DREZEN Marie
    Etaient excusés RIOU Yves (pouvoir à KERBOUL Jean) … » (aplati, sans deux-points) ; mais
    « ÉTAIENT ABSENTS NON REPRÉSENTÉS M. X » garde son intitulé entier."""
    texte = (
        "CONSEIL DE COMMUNAUTE 9 mars 2021 L'an deux mille vingt et un, le neuf mars, le conseil "
        "de la Communauté de Communes du Val d'Arz s'est réuni sous la présidence de Anne MORVAN. "
        "Etaient présents KERBOUL Jean, LE DREZEN Marie, MORVAN Anne, TANGUY Paul. Est nommée "
        "secrétaire de séance LE DREZEN Marie Etaient excusés RIOU Yves (pouvoir à KERBOUL Jean) "
        "PERON Luc (pouvoir à TANGUY Paul)"
    )
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Jean KERBOUL", "Marie LE DREZEN", "Anne MORVAN", "Paul TANGUY"]
    assert lu["secretaires"] == ["Marie LE DREZEN"]
    assert lu["procurations"] == [["Yves RIOU", "Jean KERBOUL"], ["Luc PERON", "Paul TANGUY"]]
    lu, _ = _lu(
        "VILLE DE SAINT-LEU SÉANCE DU CONSEIL MUNICIPAL MERCREDI 18 OCTOBRE 2017 ÉTAIENT PRÉSENTS : "
        "M. DUBOIS Paul, Mme JACOB Aurore ÉTAIENT ABSENTS NON REPRÉSENTÉS M. THIBAUT Jean Mme MARCHE Nadia"
    )
    assert lu["presents"] == ["Paul DUBOIS", "Aurore JACOB"]


# --- trente-cinquième lecture ----------------------------------------------------------------


def test_excuses_et_representes_sans_mandataire() -> None:
    """« Étaient excusés et représentés : Mme X, M. Y. » (aucun mandataire nommé) : excusés, et
    la représentation dite (elle était perdue sans constat)."""
    texte = (
        "Ville de Hautbourg\nLe conseil municipal s'est réuni le 14 mars 2016 sous la présidence de "
        "Monsieur Paul Delmotte, Maire.\nÉtaient présents : M. Delmotte, Mme Carlier, M. Lenglet.\n"
        "Étaient excusés et représentés : Mme Hennequin, M. Ivart.\n"
    )
    lu, codes = _lu(texte)
    assert lu["excuses"] == ["Hennequin", "Ivart"]
    assert codes.count("extrait.procuration-incomplete") == 2


def test_etait_absent_sans_deux_points() -> None:
    """« …, conseillers municipaux, Etaient absents excusés Mme X (pouvoir à Y), M. Z (pouvoir à
    W). Etait absent M. V. » : V absent (il était compté présent, sans constat)."""
    texte = (
        "Commune de BRIVENAY\nSéance du 12 avril 2019 à 20h30.\nEtaient présents M. Paul RIVET, maire, "
        "Mme Anne SALLE, adjointe au maire, M. Marc URBAIN, Mme Julie VERNET, conseillers municipaux, "
        "Etaient absents excusés Mme Lise TANGUY (pouvoir à Mme Anne SALLE), M. Yves ZELLER (pouvoir à "
        "M. Paul RIVET). Etait absent M. Hugo VIDAL. Secrétaire de séance Mme Julie VERNET\n"
    )
    lu, _ = _lu(texte)
    assert "Hugo VIDAL" not in lu["presents"]  # type: ignore[operator]
    assert lu["absents"] == ["Hugo VIDAL"]
    assert lu["procurations"] == [["Lise TANGUY", "Anne SALLE"], ["Yves ZELLER", "Paul RIVET"]]


def test_absents_ou_excuses_puis_pouvoirs_en_phrases() -> None:
    """« ETAIENT ABSENTS OU EXCUSÉS Mmes A, B. Mme A donne procuration à M. X Mme B donne
    procuration à Mme Y ____ L'ordre du jour … » (aplati) : les deux pouvoirs (« OU » était un
    excusé)."""
    texte = (
        "SÉANCE DU CONSEIL MUNICIPAL DU 12 MARS 2019 PROCÈS VERBAL L'an deux mil dix-neuf, le douze "
        "mars, les membres du Conseil Municipal de la Ville de VERNOUX se sont réunis sous la "
        "présidence de Monsieur Paul ARDOIN, Maire, sur convocation adressée le 4 mars 2019. ETAIENT "
        "PRÉSENTS MM. Paul ARDOIN, Luc BERTIN, Mme Anne CLAVIER. ETAIENT ABSENTS OU EXCUSÉS Mmes Odile "
        "GARNIER, Lise HUET. Mme Odile GARNIER donne procuration à M. Paul ARDOIN Mme Lise HUET donne "
        "procuration à Mme Anne CLAVIER ____________________ L'ordre du jour suivant a été examiné : a) "
        "Désignation du secrétaire"
    )
    lu, _ = _lu(texte)
    assert "OU" not in lu["excuses"]  # type: ignore[operator]
    assert lu["procurations"] == [["Odile GARNIER", "Paul ARDOIN"], ["Lise HUET", "Anne CLAVIER"]]


def test_president_qui_convoque_et_sous_sa_presidence() -> None:
    """« … sur la convocation adressée par Monsieur X, Maire, et sous sa présidence » : X préside."""
    texte = (
        "CONSEIL MUNICIPAL DE VAUDRY\nSéance du 15 mars 2019\nLe conseil municipal s est réuni le "
        "quinze mars 2019 à 20 h, sur la convocation adressée par Monsieur Bernard ROCHE, Maire, et sous "
        "sa présidence.\nPRESENTS : Mme ALARY, M. BRUNEL, M. ROCHE.\n"
    )
    lu, _ = _lu(texte)
    assert lu["president"] == "Bernard ROCHE"


def test_compte_entre_parentheses_n_est_pas_un_renvoi() -> None:
    """« Etaient présents : (14) M. X, … M. » ⏎ « Guy Y » ⏎ « Etaient absents : (5) … » : les
    absents ne sont plus recollés aux présents (ils étaient comptés présents)."""
    texte = (
        "Commune de MONTEUX-LES-PINS\nCOMPTE-RENDU DU CONSEIL MUNICIPAL DU 15 NOVEMBRE 2011\n"
        "Etaient présents : (3) M. Albert ROUSTAN, Maire ;\nM. Louis ARNAUD, M.\nGuy NICOLAS\n"
        "Etaient absents : (2) M. Yves OLLIVIER (Excusé), M. Alain PONS.\n"
    )
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Albert ROUSTAN", "Louis ARNAUD", "Guy NICOLAS"]
    assert lu["absents"] == ["Alain PONS"]
    assert lu["excuses"] == ["Yves OLLIVIER"]


def test_qualite_de_la_liste_puis_intitule_en_capitales() -> None:
    """« …, Conseillers Municipaux ETAIENT REPRESENTES : M. X (représenté par …) » (aplati) :
    « Municipaux ETAIENT » était un présent."""
    texte = (
        "COMMUNE DE SAINT-AVIT EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL séance du 13 "
        "mars 2018 ETAIENT PRESENTS: M. Pierre LAGARDE, Maire, Mme Annie BARDET, Adjointe, M. Jean "
        "ESTRADE, Conseillers Municipaux ETAIENT REPRESENTES : M. Henri LABAT (représenté par Madame "
        "Annie BARDET), Conseiller Municipal. ETAIT ABSENT : M. Daniel NOGUES, Conseiller Municipal."
    )
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Pierre LAGARDE", "Annie BARDET", "Jean ESTRADE"]
    assert lu["procurations"] == [["Henri LABAT", "Annie BARDET"]]


def test_presents_sans_deux_points_et_appels_de_note() -> None:
    """« … sous la présidence de X. Présents ANDRE Robert, CANN Joël 1 , … TANGUY Anne Secrétaire
    de séance LE TYRANT Jean-Claude … » (aplati) : les présents, sans l'appel de note (« Joël 1 »
    était un prénom), et le secrétaire (autre graphie dite)."""
    texte = (
        "1 CONSEIL DE COMMUNAUTE Mercredi 7 février 2018 L'an deux mille dix-huit, le sept février, "
        "le conseil de Communauté de la Communauté de Communes du Pays de Lesneven s'est réuni sous la "
        "présidence de Patrick LECLERC. Présents ANDRE Robert, CANN Joël 1 , LE TYRANT Jean Claude, "
        "LECLERC Patrick, TANGUY Anne Secrétaire de séance LE TYRANT Jean-Claude Excusée : BERVAS Viviane."
    )
    lu, codes = _lu(texte)
    assert lu["presents"] == ["Robert ANDRE", "Joël CANN", "Jean Claude LE TYRANT", "Patrick LECLERC", "Anne TANGUY"]
    assert lu["secretaires"] == ["Jean Claude LE TYRANT"]
    assert "extrait.nom-graphie" in codes


def test_commune_abregee_par_une_barre() -> None:
    """« la Ville de VERNAY/LOIRE » : gardé tel qu'écrit, et dit (la barre pour « sur »)."""
    texte = (
        "SÉANCE DU CONSEIL MUNICIPAL DU 12 MARS 2019 Les membres du Conseil Municipal de la Ville de "
        "VERNAY/LOIRE se sont réunis sous la présidence de Monsieur Paul ARDOIN, Maire. Présents : "
        "M. Paul ARDOIN, Mme Anne CLAVIER."
    )
    lu, codes = _lu(texte)
    assert lu["collectivite"] == "VERNAY/LOIRE"
    assert "extrait.collectivite-abregee" in codes


# --- trente-huitième lecture -----------------------------------------------------------------


def test_mot_repete_et_verbe_colle() -> None:
    """« … du CONSEIL de la COMMUNAUTE COMMUNAUTE DE COMMUNES X » (le mot répété était dans le
    nom) ; « le Conseil de Communauté s'estréuni … sous la présidence de MonsieurYves X » (le
    nom « Communauté s'estréuni » était lu, sans constat)."""
    texte = (
        "PROCES-VERBAL DU CONSEIL de la COMMUNAUTE COMMUNAUTE DE COMMUNES VAL DE LOIRET\n"
        "SEANCE DU MARDI 12 MARS 2019 A 18h30\nPrésents : Monsieur Paul MERCIER, Madame Anne ROUX\n"
    )
    lu, _ = _lu(texte)
    assert lu["collectivite"] == "COMMUNAUTE DE COMMUNES VAL DE LOIRET"
    texte = (
        "Conseil de Communauté Compte rendu de la séance du lundi 7 mars 2016 L'an deux mil seize, le "
        "sept mars, le Conseil de Communauté s'estréuni à la salle des fêtes, sous la présidence de "
        "MonsieurYves Le Goff. Date de la convocation : 1 mars 2016 Étaient présents : Yves Le Goff, Anne Le Bris"
    )
    lu, _ = _lu(texte)
    assert lu["collectivite"] != "Communauté s'estréuni"
    assert lu["president"] == "Yves Le Goff"


def test_liste_html_numerotee_et_remplace_par() -> None:
    """« Etaient présents : » ⏎ « 1. ABEILLE Michel, Mme ABLIER Chantal, … » (le numéro d'une
    liste HTML : la liste était une délibération n° 1) ; « Absents : M. X remplacé par M. Y »."""
    texte = (
        "Communauté de communes de Val d'Ource\n\nCompte-rendu du Conseil communautaire du 9 octobre 2018\n\n"
        "Etaient présents :\n\n  1. ABEILLE Michel, Mme ABLIER Chantal, M. BERIVAL Christian, M. HOUORME Laurent\n\n"
        "Etaient absents :\n\n  M. LAFNARD Jean-Louis remplacé par M. Laurent HOUORME, Mme PIC Anne\n"
    )
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Michel ABEILLE", "Chantal ABLIER", "Christian BERIVAL"]
    assert lu["suppleances"] == [["Laurent HOUORME", "Jean-Louis LAFNARD"]]
    assert not lu.get("deliberations")  # (la liste n'est plus une délibération n° 1)


def test_qualites_entre_conseillers_et_presents() -> None:
    """« … sous la présidence de M. X. Conseillers communautaires titulaires présents : Monsieur
    X Président, Mesdames A, B, Messieurs C, conseillers communautaires titulaires. » et
    « Présents en qualité de titulaire Mme A M. B » (aplatis)."""
    texte = (
        "Compte-rendu du Conseil de la Communauté de Communes Vallée du Lisse Séance du 12 février 2018 "
        "Date de convocation : le 6 février 2018 Le douze février deux mille dix-huit, les membres du "
        "conseil communautaire se sont réunis sous la présidence de Monsieur Jean MARTEL. Conseillers "
        "communautaires titulaires présents : Monsieur Jean MARTEL Président, Mesdames Anne ROCHE, Lucie "
        "VIDAL, Messieurs Paul BRUN, conseillers communautaires titulaires. Secrétaire de séance : Lucie VIDAL"
    )
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Jean MARTEL", "Anne ROCHE", "Lucie VIDAL", "Paul BRUN"]
    texte = (
        "L'an deux mil dix-neuf, le 14 mai 2019, le Conseil de la Communauté de Communes Bocage et "
        "Rivage, dûment convoqué, s'est assemblé sous la présidence de Monsieur Henri LEBRUN, Président "
        "Présents en qualité de titulaire Mme Anne DUVAL M. Henri LEBRUN Mme Sophie MARIE Absents : M. "
        "Yves RENOUF Secrétaire de séance : Mme Anne DUVAL"
    )
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Anne DUVAL", "Henri LEBRUN", "Sophie MARIE"]


# --- trente-septième lecture -----------------------------------------------------------------


def test_separateur_x_et_intitule_colle_au_prenom() -> None:
    """« SECRETAIRE DE SEANCE : M. VIDAL x x x Le Conseil … » (le prénom « x x x » était lu) ;
    « … SOULÉ AnneAbsents excusés :CASTEL Noé (Procuration à …) » (« AnneAbsents » était un
    prénom, et les excusés perdus)."""
    texte = (
        "PROCES-VERBAL DE LA REUNION DU CONSEIL MUNICIPAL DU 9 AVRIL 2015 PRESENTS : M. QUINTIN, Maire ; "
        "Mme BARNIER, M. VIDAL. SECRETAIRE DE SEANCE : M. VIDAL x x x Le Conseil Municipal s'est réuni "
        "sous la présidence de M. Hervé QUINTIN, Maire."
    )
    lu, _ = _lu(texte)
    assert lu["secretaires"] == ["VIDAL"]
    texte = (
        "Conseil Municipal du 12/09/2022\nPrésents :\nBARNIER Lucie, ESTRADE Paul, SOULÉ AnneAbsents "
        "excusés :CASTEL Noé (Procuration à ESTRADE Paul)\n"
    )
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Lucie BARNIER", "Paul ESTRADE", "Anne SOULÉ"]
    assert lu["procurations"] == [["Noé CASTEL", "Paul ESTRADE"]]


def test_dont_absents_avec_pouvoir() -> None:
    """« ABSENTS OU EXCUSÉS : 3 … DONT ABSENTS AVEC POUVOIR : 2 M. X (pouvoir Paul Y) … DONT
    ABSENTS SANS POUVOIR : 1 M. Z » (aplati) : les deux pouvoirs (« AVEC » était un absent)."""
    texte = (
        "COMPTE RENDU CONSEIL MUNICIPAL DU 14 MARS 2019 OUVERTURE DE SÉANCE : 18h30 PRÉSENTS : 3 MM. "
        "Paul ESTRADE - Mme Lucie BARNIER - M. Marc VIDAL. ABSENTS OU EXCUSÉS : 3 M. Noé CASTEL - Mme "
        "Iris VIGNAL - M. Léon BRUNET. DONT ABSENTS AVEC POUVOIR : 2 M. Noé CASTEL (pouvoir Paul "
        "ESTRADE) - Mme Iris VIGNAL (pouvoir Lucie BARNIER). DONT ABSENTS SANS POUVOIR : 1 M. Léon BRUNET."
    )
    lu, _ = _lu(texte)
    assert "AVEC" not in lu["absents"]  # type: ignore[operator]
    assert lu["procurations"] == [["Noé CASTEL", "Paul ESTRADE"], ["Iris VIGNAL", "Lucie BARNIER"]]


# --- trente-neuvième et quarantième lectures -------------------------------------------------


def test_president_docteur_et_trait_d_union_double() -> None:
    """« sous la présidence de Monsieur le Docteur Jean-‐Luc MORIN » (un titre, et le trait
    d'union doublé d'un PDF) : « Jean-Luc MORIN », présent une seule fois."""
    texte = (
        "COMPTE RENDU DU CONSEIL MUNICIPAL DU 5 MARS 2012 L'an deux mille douze, le lundi cinq mars, le "
        "Conseil Municipal de Varenne-le-Haut, dûment convoqué le 27 février 2012, s'est réuni sous la "
        "présidence de Monsieur le Docteur Jean-\u2010Luc MORIN, Maire. Etaient présents : Monsieur MORIN "
        "Jean-\u2010Luc, Maire, Madame ROGER Anne. Etait absent : Monsieur GOSSELIN Jean-\u2010Marie"
    )
    lu, _ = _lu(texte)
    assert lu["president"] == "Jean-Luc MORIN"
    assert lu["presents"] == ["Jean-Luc MORIN", "Anne ROGER"]
    assert lu["absents"] == ["Jean-Marie GOSSELIN"]


def test_civilites_et_fonctions_de_groupe() -> None:
    """« Mmes et Ms FERRAND, … » ; « …, Maires-Adjoints, » ; « Messieurs BRUN Yves, ROCHE Eric
    SALVY Jean Conseillers, » : ni « Ms FERRAND », ni « Maires-Adjoints », ni « Jean Conseillers »
    parmi les présents."""
    texte = (
        "COMMUNE DE BRAMONT\nSéance du conseil municipal du 4 avril 2017\n"
        "Étaient présents : Messieurs HOULIER Marc, DUPRAT Luc, Maires-Adjoints,\n"
        "Messieurs BRUN Yves, ROCHE Eric SALVY Jean Conseillers,\nAbsent : Monsieur TARDY Hugo\n"
    )
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Marc HOULIER", "Luc DUPRAT", "Yves BRUN", "Eric ROCHE", "Jean SALVY"]
    lu, _ = _lu(
        "COMMUNE DE VALMERAC\nSéance du 12 mars 2016\nPrésents : Mmes et Ms FERRAND, BOUSQUET, MARTY.\n"
    )
    assert lu["presents"] == ["FERRAND", "BOUSQUET", "MARTY"]


def test_decomptes_a_tirets_et_pouvoir_sans_a() -> None:
    """« En exercice ----------23 Présents ----19 Votants----22 » ; « Rémi X (pouvoir Anne LE
    GOFF) » parmi les excusés : le pouvoir, sans « à »."""
    from deliberations.extrait import reconnaisseurs

    assert reconnaisseurs.procuration("Rémi PRIGENT (pouvoir Anne LE GOFF)") == ("Rémi PRIGENT", "Anne LE GOFF")
    texte = (
        "Ville de KERLOUAN ___ Date du Conseil Municipal 12 MARS 2012 ___ Nombre de conseillers En "
        "exercice ----------23 Présents --------------19 Votants----------------22 ___ PRESENTS : Yves "
        "CARADEC, Anne LE GOFF. EXCUSÉS : Rémi PRIGENT (pouvoir Anne LE GOFF)."
    )
    lu, _ = _lu(texte)
    assert (lu["decomptes"]["en_exercice"], lu["decomptes"]["presents"], lu["decomptes"]["votants"]) == (23, 19, 22)  # type: ignore[index]
    assert lu["procurations"] == [["Rémi PRIGENT", "Anne LE GOFF"]]


def test_nom_d_epci_complete_malgre_accents_et_tirets() -> None:
    """« CONSEIL COMMUNAUTAIRE DE LA VALLEE DU LIZOT » puis « la Communauté de Communes de la
    Vallée du Lizot » : le nom complet (dit) ; « … (jusqu'à la question 4-2) Yves Caron donne
    pouvoir à … Soit 3 présents … à la question 2-1 Soit … » : les pouvoirs, et pas de
    délibération « 2-1 »."""
    texte = (
        "PROCES VERBAL De la réunion du CONSEIL COMMUNAUTAIRE DE LA VALLEE DU LIZOT Mercredi 4 mars 2020 "
        "à 19h PRESENTS : Paul Verdier, Anne Colomb, Marc Tissot EXCUSES : Jeanne Morel POUVOIRS : Denis "
        "Vial donne pouvoir à Paul Verdier, Claire Rey donne pouvoir à Anne Colomb (jusqu'à la question "
        "4-2) Yves Caron donne pouvoir à Marc Tissot, Soit 3 présents et 3 pouvoirs soit 6 votants à la "
        "question 2-1 Soit 3 présents et 2 pouvoirs soit 5 votants à partir de la question 4-3 La "
        "convocation a été affichée aux portes des Mairies de la Communauté de Communes de la Vallée du Lizot."
    )
    lu, codes = _lu(texte)
    assert lu["collectivite"] == "Communauté de Communes de la Vallée du Lizot"
    assert "extrait.collectivite-completee" in codes
    assert lu["procurations"] == [
        ["Denis Vial", "Paul Verdier"],
        ["Claire Rey", "Anne Colomb"],
        ["Yves Caron", "Marc Tissot"],
    ]
    assert not lu.get("deliberations")


def test_president_qui_ouvre_et_secretaire_elu_a_l_unanimite() -> None:
    """« Le Président, Paul X ouvre la séance » (sans virgule après le nom) ; « Madame Anne X a
    été élue, à l'unanimité, secrétaire de séance » ; « PRÉSENTS Suppléants : A, B » (la liste
    des suppléants, pas celle des présents)."""
    from deliberations.extrait.reconnaisseurs import president, secretaire, section

    assert president("Le Président, Paul Verdier ouvre la séance à 18 h 40.") == "Paul Verdier"
    assert secretaire("Madame Anne LEROUX a été élue, à l'unanimité, secrétaire de séance.") == "Madame Anne LEROUX"
    sec = section("PRÉSENTS Suppléants : Lucie PERRET, Henri VIAL")
    assert sec is not None and sec.nom == "suppleants"


def test_intertitre_colle_au_secretaire() -> None:
    """« Secrétaire de séance : Sylvie BRU DOCUMENTS REMIS SUR TABLE … » (aplati) : « Sylvie BRU »."""
    texte = (
        "1 PROCES VERBAL DU CONSEIL MUNICIPAL SEANCE DU 7 AVRIL 2016 Le Conseil municipal de SAINT-CIRGUES "
        "s'est réuni sous la Présidence de Jean-Luc MERCIER, Maire. Etaient présents : M. MERCIER Jean-Luc, "
        "Mme BRU Sylvie. Secrétaire de séance : Sylvie BRU DOCUMENTS REMIS SUR TABLE Point 1 : budget."
    )
    lu, _ = _lu(texte)
    assert lu["secretaires"] == ["Sylvie BRU"]


# --- quarante et unième et quarante-deuxième lectures -----------------------------------------


def test_nom_d_epci_au_tiret_long_et_lieu_de_reunion() -> None:
    """« la Communauté de Communes de Berlac – Vallon des Cerisiers, dûment convoqué » (le nom
    était coupé au tiret) ; « s'est réuni le Conseil de Communauté Plateau des Trois Vents à
    Bellerive » (le lieu de la réunion était dans le nom) ; « Syndicat Intercommunal à Vocation
    Multiple de … » garde son nom."""
    texte = (
        "Compte-rendu du Conseil Communautaire du 14 mars 2019\n\nL'an deux mille dix-neuf, le quatorze "
        "mars, le conseil communautaire de la Communauté de Communes de Berlac – Vallon des Cerisiers, "
        "dûment convoqué, s'est réuni sous la présidence de M. Paul GARNIER.\nPRESENTS : GARNIER Paul – "
        "LEBRUN Anne\n"
    )
    lu, _ = _lu(texte)
    assert lu["collectivite"] == "Communauté de Communes de Berlac-Vallon des Cerisiers"
    texte = (
        "PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE DU MARDI 12 MARS 2019 A 20H00 Le mardi douze mars deux "
        "mille dix-neuf, à vingt heures, s'est réuni le Conseil de Communauté Plateau des Trois Vents à "
        "Bellerive, légalement convoqué, sous la Présidence de M. Paul GARNIER. Membres titulaires présents : "
        "Mesdames et Messieurs GARNIER Paul, LEBRUN Anne."
    )
    lu, _ = _lu(texte)
    assert lu["collectivite"] == "Communauté Plateau des Trois Vents"


def test_reference_de_service_et_prenom_colle_au_nom() -> None:
    """« 1 VILLE DE BRAUVILLE -=- JPL/MC/Secrétariat - N 3 » (la référence d'un service était
    dans le nom) ; « Marie-ClaireGAUDIN, PaulIZARD » (prénom collé au NOM par la copie)."""
    texte = (
        "1 VILLE DE BRAUVILLE -=- JPL/MC/Secrétariat - N 3\n\nCONSEIL MUNICIPAL\nSéance publique du mardi 3 mai 2016\n"
        "Présents : Jean LARRIEU, Marie-ClaireGAUDIN, PaulIZARD\n"
    )
    lu, _ = _lu(texte)
    assert lu["collectivite"] == "BRAUVILLE"
    assert lu["presents"] == ["Jean LARRIEU", "Marie-Claire GAUDIN", "Paul IZARD"]


def test_civilites_plurielles_apres_une_fonction() -> None:
    """« Monsieur X, Maire Mmes et Mrs A, B, Adjoints Mmes et Mrs C, D, Conseillers » (aplati) :
    ni « Maire Mmes » ni « Adjoints Mmes » parmi les présents."""
    texte = (
        "CONSEIL MUNICIPAL DU 10 MARS 2015 PROCES VERBAL Présents : Monsieur Henri VALMY, Maire Mmes et Mrs "
        "Julie ARNAL, Pierre BESSON, Adjoints Mmes et Mrs Claire DORAT, Louis FABRE, Conseillers Municipaux. "
        "Absente : Sophie IZARD"
    )
    lu, _ = _lu(texte)
    assert lu["presents"] == ["Henri VALMY", "Julie ARNAL", "Pierre BESSON", "Claire DORAT", "Louis FABRE"]


# --- quarante-quatrième lecture ----------------------------------------------------------------


def test_suppleant_d_une_commune_et_absents_non_supplees() -> None:
    """« Odile X (Déléguée suppléante de Castelbrac) » : une suppléance dont le titulaire n'est
    pas nommé (« Castelbrac » est la commune, pas le titulaire) ; « ABSENTS NON SUPPLEES : » :
    des absents, pas des suppléants."""
    texte = (
        "CONSEIL COMMUNAUTAIRE\nSéance du jeudi 12 mars 2015 à 18 h 00\n\n"
        "Présents : Anne LEBRUN (Déléguée titulaire de Vernouillet-sur-Lède), Odile MARCHAND (Déléguée "
        "suppléante de Castelbrac), Paul GARNIER (Délégué titulaire de Lormes).\n"
        "ABSENTS NON SUPPLEES : TESSIER Luc, VIDAL Hélène.\nSecrétaire de séance : Anne LEBRUN\n"
    )
    lu, codes = _lu(texte)
    assert lu["presents"] == ["Anne LEBRUN", "Paul GARNIER"]
    assert lu["suppleances"] == [["Odile MARCHAND", None]]
    assert "extrait.suppleant-sans-titulaire" in codes
    assert lu["absents"] == ["Luc TESSIER", "Hélène VIDAL"]
    texte = texte.replace("Déléguée suppléante de Castelbrac", "suppléante de M. Jean PONS")
    lu, _ = _lu(texte)
    assert lu["suppleances"] == [["Odile MARCHAND", "Jean PONS"]]
