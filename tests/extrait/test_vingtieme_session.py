"""Vingtième session : formes trouvées en lisant de vrais documents publiés (hors dépôt),
chacune reproduite ici sur un petit texte inventé (noms, lieux et nombres inventés)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.normalisation import segmenter
from tests.extrait.comparaison import projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


def _codes(texte: str) -> list[str]:
    return [c.code for c in lire_extrait(texte).rapport.constats]


def test_initiales_et_noms_sans_separateur_dans_un_texte_aplati() -> None:
    """« ETAIENT PRESENTS : JB AUDOUIN, maire P. RIBES G. SALLES M. CROS adjoints au maire,
    … » (une personne par ligne à l'origine, aplatie) : chaque « initiale. NOM » est une
    personne ; la fonction qui ouvre ou ferme la suite n'en est pas une, et « M. » au milieu
    d'initiales est l'initiale M. (des personnes fusionnées étaient lues sans constat)."""
    texte = (
        "CONSEIL MUNICIPAL MARDI 7 JUIN 2022 à 20h30 COMPTE RENDU Le Conseil Municipal de "
        "Montaigut-le-Blanc s est réuni en séance ordinaire, à la Mairie, le mardi 7 juin 2022 à "
        "20 h 30. Date de convocation : 1er juin 2022 ETAIENT PRESENTS : JB AUDOUIN, maire P. RIBES "
        "G. SALLES M. CROS adjoints au maire, C. VIALA F. BOYER M. MOULIN, conseillers municipaux, "
        "ETAIENT ABSENTS : R. LACAN, conseiller municipal. Madame Claire VIALA est désignée "
        "secrétaire de séance."
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == [
        "JB AUDOUIN", "P. RIBES", "G. SALLES", "M. CROS", "Claire VIALA", "F. BOYER", "M. MOULIN"
    ]
    assert p["absents"] == ["R. LACAN"]
    assert p["secretaires"] == ["Claire VIALA"]


def test_intitule_etaient_apres_une_virgule_ouvre_une_liste() -> None:
    """« …, conseillers municipaux, ETAIENT ABSENTS : X » : la qualité de la liste qui finit
    n'est pas celle de l'intitulé qui suit (l'absent était lu dans les présents)."""
    texte = "ETAIENT PRESENTS : P. RIBES, G. SALLES, conseillers municipaux, ETAIENT ABSENTS : R. LACAN."
    assert [m for _, m in segmenter(texte)] == [
        "ETAIENT PRESENTS : P. RIBES, G. SALLES, conseillers municipaux,",
        "ETAIENT ABSENTS : R. LACAN.",
    ]


def test_initiales_sans_fonctions_autour_restent_lues_une_par_une() -> None:
    """Une suite « A. NOM B. NOM » encadrée d'autre chose qu'une fonction n'est pas découpée
    au hasard : aucun mot de la phrase ne devient une personne."""
    texte = (
        "COMMUNE DE VERTAIZON\nSéance du conseil municipal du 3 mai 2021\n"
        "Présents : P. RIBES G. SALLES venus de loin, C. VIALA\nSecrétaire de séance : C. VIALA\n"
    )
    presents = " ".join(projection(seance_lue(texte))["presents"]).lower()
    assert "venus" not in presents or "extrait.nom-illisible" in _codes(texte)


@pytest.mark.parametrize(
    ("coupure", "attendus"),
    [
        (
            "PRÉSENTS : ROUQUETTE Alain, DELMAS Nadine, FABRE Serge, VIGUIER\nLucie, ROQUES Henri\n",
            ["Alain ROUQUETTE", "Nadine DELMAS", "Serge FABRE", "Lucie VIGUIER", "Henri ROQUES"],
        ),
        (
            "PRÉSENTS : ROUQUETTE Alain, DELMAS Nadine, FABRE Serge, VIGUIER Lucie, ROQUES\n"
            "Henri, conseillers municipaux\n",
            ["Alain ROUQUETTE", "Nadine DELMAS", "Serge FABRE", "Lucie VIGUIER", "Henri ROQUES"],
        ),
    ],
)
def test_nom_puis_prenom_coupe_par_un_retour_a_la_ligne(coupure: str, attendus: list[str]) -> None:
    """« …, FABRE Serge, VIGUIER » / « Lucie, ROQUES Henri » : dans une liste « NOM Prénom »,
    le NOM seul en fin de ligne et le prénom seul au début de la suivante font une personne
    (deux personnes, « VIGUIER » et « Lucie », étaient lues sans constat)."""
    texte = (
        "PROCES VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL\n\nL'an deux mille dix-huit le 9 avril à "
        "20 heures, le conseil municipal de la Commune de SALVAGNAC dûment convoqué s'est réuni "
        "sous la présidence de M. Alain ROUQUETTE, Maire.\n\n" + coupure + "\nABSENTS EXCUSÉS : "
        "COSTES Marc\n\nNadine DELMAS est élue secrétaire de séance.\n"
    )
    assert projection(seance_lue(texte))["presents"] == attendus


def test_nom_seul_puis_ligne_qui_n_est_pas_un_prenom_n_est_pas_recolle() -> None:
    """Un NOM seul en fin de ligne suivi d'une ligne qui ne s'ouvre pas sur un prénom usuel
    (« Absents : … ») reste seul : la ligne suivante n'est pas avalée."""
    texte = (
        "COMMUNE DE SALVAGNAC\nSéance du conseil municipal du 9 avril 2018\n"
        "PRÉSENTS : ROUQUETTE Alain, DELMAS Nadine, FABRE\nAbsents : COSTES Marc\n"
        "Secrétaire de séance : Nadine DELMAS\n"
    )
    p = projection(seance_lue(texte))
    assert p["absents"] == ["Marc COSTES"]
    assert "Marc COSTES" not in p["presents"]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_titulaires_presents_et_points_de_procedure(forme) -> None:  # type: ignore[no-untyped-def]
    """« Titulaires présents : … » (intitulé sans « conseillers ») puis des points numérotés
    « 1. Appel nominal 2. Désignation du secrétaire de séance … 3. Approbation … » dans un
    texte aplati : les points de procédure sans vote ne sont pas des délibérations et les
    suivants gardent leur numéro (« Appel nominal 2 » devenait une délibération et les numéros
    glissaient d'un rang)."""
    texte = forme(
        "Communauté de communes des Monts du Forez\nProcès-verbal du conseil communautaire du "
        "12/10/2020\nTitulaires présents : B. ARNAUD, J-M. BESSE, C. DURIF, E. GRANGE, O. PONCET\n"
        "Procurations : H. ROCHE à B. ARNAUD, V. SOULIER à C. DURIF\n1. Appel nominal\n"
        "2. Désignation du secrétaire de séance\nMadame Odile Poncet est désignée secrétaire de séance.\n"
        "3. Approbation du procès-verbal du conseil communautaire du 7 septembre 2020\n"
        "Approbation à l'unanimité.\n4. Voirie Vu le code général des collectivités territoriales, "
        "Considérant le programme de travaux, Le conseil, à l'unanimité, approuve le programme.\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    p = projection(lu.seance)
    assert p["presents"] == ["B. ARNAUD", "J-M. BESSE", "C. DURIF", "E. GRANGE", "Odile Poncet"]
    assert [d["numero"] for d in p["deliberations"]] == ["3", "4"]
    assert any("Appel nominal" in c.message for c in lu.rapport.constats if c.code == "extrait.intertitre")


def test_rangs_consecutifs_coupes_dans_le_flux() -> None:
    """« 1. X 2. Y » après un rang coupé : le rang suivant ouvre le point suivant, même après
    un mot en minuscules ; le rang reste avec son titre."""
    texte = (
        "Le conseil municipal de la commune de Valbois, dûment convoqué le 24 février, s'est réuni "
        "en séance ordinaire à la mairie sous la présidence de M. Albert ROUX, maire, le 2 mars "
        "à 20 heures. Présents : A. ROUX, B. PETIT. 1. Appel nominal des membres 2. Finances communales "
        "Le conseil décide. 3. Approbation du compte rendu de la séance du 2 mars."
    )
    morceaux = [m for _, m in segmenter(texte)]
    assert "2. Finances communales Le conseil décide." in morceaux
    assert any(m.startswith("3. Approbation") for m in morceaux)
    assert "3." not in morceaux


@pytest.mark.parametrize("forme", [str, _aplati])
def test_presidence_suivie_du_sujet_et_secretaire_declare(forme) -> None:  # type: ignore[no-untyped-def]
    """« … se sont réunis sous la présidence de M. X les membres du Comité » : le sujet de la
    phrase suit le nom ; « M. Y est déclaré secrétaire de séance » nomme le secrétaire (le
    président était illisible, le secrétaire non lu)."""
    texte = forme(
        "SYNDICAT INTERCOMMUNAL D'ADDUCTION D'EAU DU HAUT-MORVAN\n\nL'an deux mille dix-neuf, le "
        "4 mars 2019 à 18H 00 se sont réunis sous la présidence de M. BERTHIER les membres du "
        "Comité Syndical dûment convoqués.\n\nPrésents : M. Berthier et M. Lacour (Anost), "
        "Mme Guyot (Roussillon)\n\nM. Lacour est déclaré secrétaire de séance.\n"
    )
    p = projection(seance_lue(texte))
    assert p["president"] == "Berthier"  # (le présent « M. Berthier » de la liste)
    assert p["secretaires"] == ["Lacour"]


def test_numero_de_page_devant_l_en_tete_et_nombre_devant_les_intitules() -> None:
    """« 1 Communauté de Communes X … » (numéro de page devant l'en-tête, en casse mixte),
    « … présidence de Monsieur X. 5 Conseillers titulaires présents : … » et « 1 Conseiller
    titulaire excusé ayant donné un pouvoir de vote : … » dans un texte aplati : la
    collectivité, le président, le nombre et les listes sont lus (la collectivité et le
    président manquaient, le dernier présent était perdu)."""
    texte = (
        "1 Communauté de Communes PAYS-DE-SERRE Compte-rendu du Conseil Communautaire Jeudi 3 mars "
        "2016 Le 3 mars 2016, à 20 heures, le Conseil Communautaire, légalement convoqué, s est "
        "réuni à la mairie de SERRE, sous la présidence de Monsieur Louis PERRET. 5 Conseillers "
        "titulaires présents : Anne BRUN, Louis PERRET, Marc ROCHE, Eva SERRE et Paul TIXIER. "
        "1 Conseiller titulaire excusé ayant donné un pouvoir de vote : Yves MOULIN a donné "
        "pouvoir à Anne BRUN."
    )
    p = projection(seance_lue(texte))
    assert p["collectivite"] == "Communauté de Communes PAYS-DE-SERRE"
    assert p["president"] == "Louis PERRET"
    assert p["presents"] == ["Anne BRUN", "Louis PERRET", "Marc ROCHE", "Eva SERRE", "Paul TIXIER"]
    assert p["decomptes"]["presents"] == 5
    assert p["procurations"] == [["Yves MOULIN", "Anne BRUN"]]


def test_decompte_colonne_n_est_pas_deplace() -> None:
    """« … en exercice : 15. Présents : 12 » : un nombre qui ferme le décompte précédent reste
    à lui (seul un nombre devant une qualité, « 6 Conseillers … présents : », ouvre
    l'intitulé)."""
    texte = (
        "COMMUNE DE BRIVEZAC Séance du conseil municipal du 2 février 2017 Nombre de conseillers "
        "en exercice : 15. Présents : 12 Votants : 13 Présents : M. Jean ROUX, Mme Anne VIDAL, "
        "M. Paul FAURE. Secrétaire de séance : Mme Anne VIDAL."
    )
    d = projection(seance_lue(texte))["decomptes"]
    assert (d["en_exercice"], d["presents"], d["votants"]) == (15, 12, 13)


_NOMS = st.sampled_from(["ROUX", "BLANC", "FAURE", "MOREL", "VIDAL", "COSTE", "BRUNEL", "GARNIER"])
_INITIALES = st.sampled_from(["A.", "B.", "J.", "L.", "R.", "T.", "J-P.", "M."])


@given(st.lists(st.tuples(_INITIALES, _NOMS), min_size=2, max_size=6, unique_by=lambda p: p[1]))
def test_propriete_initiales_sans_separateur(personnes: list[tuple[str, str]]) -> None:
    """N'importe quelle suite « initiale. NOM » sans séparateur entre deux fonctions, dans un
    texte aplati, rend chaque personne écrite, et aucune fonction parmi les présents."""
    if all(i == "M." for i, _ in personnes):
        personnes = [("A.", personnes[0][1]), *personnes[1:]]
    suite = " ".join(f"{i} {n}" for i, n in personnes)
    texte = (
        "COMMUNE DE SAINT-JUERY Conseil municipal du 5 octobre 2018 ETAIENT PRESENTS : "
        f"maire {suite} conseillers municipaux, ETAIENT ABSENTS : Z. PONS. Secrétaire de séance : "
        f"{personnes[0][0]} {personnes[0][1]}."
    )
    presents = projection(seance_lue(texte))["presents"]
    assert [p.split()[-1] for p in presents] == [n for _, n in personnes]
    assert not any(mot in " ".join(presents).lower() for mot in ("maire", "conseiller"))


def test_aucun_nom_de_module_defini_deux_fois() -> None:
    """Aucune expression ni constante de ``deliberations.extrait`` n'est définie deux fois au
    niveau d'un module : la seconde masquerait la première (une expression de la session
    précédente l'avait été, une de cette session aussi avant ce test)."""
    dossier = Path(__file__).resolve().parents[2] / "src" / "deliberations" / "extrait"
    doubles = []
    for fichier in sorted(dossier.glob("*.py")):
        vus: set[str] = set()
        for noeud in ast.parse(fichier.read_text("utf-8")).body:
            cibles = noeud.targets if isinstance(noeud, ast.Assign) else []
            cibles += [noeud.target] if isinstance(noeud, ast.AnnAssign) else []
            for cible in cibles:
                if isinstance(cible, ast.Name) and cible.id.lstrip("_")[:1].isupper():
                    if cible.id in vus:
                        doubles.append(f"{fichier.name}:{noeud.lineno} {cible.id}")
                    vus.add(cible.id)
    assert doubles == []


# Septième lecture (communes ; communautés, syndicats, département) : formes inventées


@pytest.mark.parametrize("forme", [str, _aplati])
def test_session_de_deux_jours(forme) -> None:  # type: ignore[no-untyped-def]
    """« REUNION DES 5 ET 6 JUIN 2013 » / « … réuni les 5 et 6 juin 2013 » : la séance est
    construite au premier jour, avec un avertissement (aucune séance n'était construite)."""
    texte = forme(
        "CONSEIL GENERAL\nREUNION DES 5 ET 6 JUIN 2013\nPROCES-VERBAL\n\nLe Conseil Général s'est "
        "réuni à l'Hôtel du Département les 5 et 6 juin 2013 sous la présidence de Monsieur Henri "
        "VASSEUR, Président du Conseil Général.\nNombre de membres en exercice : 31\nEtaient "
        "présents : Alice CARON, Henri VASSEUR, Louis DEVOS\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None and lu.seance.date.isoformat() == "2013-06-05"
    assert "extrait.date-plusieurs-jours" in [c.code for c in lu.rapport.constats]


def test_ligature_ti_perdue() -> None:
    """« convocaon », « Procuraons », « tulaires » (ligature « ti » perdue par la copie d'un
    PDF) : les mots sont rétablis et dits (la convocation et la procuration étaient perdues)."""
    texte = (
        "COMPTE-RENDU DE SEANCE L'an deux mille dix-neuf, le mardi 4 juin à 18 h, les membres du "
        "Conseil Communautaire se sont réunis à la salle du Lavoir, sur la convocaon qui leur a été "
        "adressée par le Président le 28 mai. Nombre de conseillers tulaires en exercice : 5 "
        "Nombre de votants : 5 Etaient présents : M. Hervé LE GALL, Mme Anne MORVAN, M. Yann "
        "PRIGENT, Mme Rose QUERE. Procuraons : M. Loïc TANGUY à Mme Anne MORVAN Secrétaire de "
        "séance : Mme Rose QUERE"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    p = projection(lu.seance)
    assert p["convocation"] == "2019-05-28"
    assert p["procurations"] == [["Loïc TANGUY", "Anne MORVAN"]]
    assert "extrait.ligature-perdue" in [c.code for c in lu.rapport.constats]


@pytest.mark.parametrize(
    ("entete", "attendue"),
    [
        (
            "L'an deux mille quinze, le 3 mars, le Conseil Municipal de la commune de SAUVETERRE "
            "était réuni en session ordinaire sous la présidence de Monsieur Paul AYMARD, Maire.\n",
            "SAUVETERRE",
        ),
        ("MAIRIE DE SAUVETERRE Direction Générale des Services : Fax\nSéance du 3 mars 2015\n", "SAUVETERRE"),
    ],
)
def test_collectivite_suivie_d_un_verbe_ou_d_un_service(entete: str, attendue: str) -> None:
    """« … de la commune de X était réuni », « MAIRIE DE X Direction Générale des Services » :
    le nom s'arrête devant le verbe ou le service (« X était » était lu sans constat)."""
    texte = entete + "Présents : Paul AYMARD, Anne BOYER, Luc CROS\nSecrétaire de séance : Anne BOYER\n"
    assert projection(seance_lue(texte))["collectivite"] == attendue


def test_convocation_datee_en_tete_et_seance_passee_sans_quorum() -> None:
    """« Le deux mai deux mille dix-neuf, convocation du Conseil … pour la tenue d'une séance …
    le mardi 7 mai 2019 » : la convocation est du 2 mai (la date de séance était prise, et
    `valider` en tirait une erreur de délai) ; « Le comité s'était réuni le 3 avril, séance
    pendant laquelle le quorum n'était pas atteint » : une séance passée, pas la convocation."""
    datee = (
        "Le deux mai deux mille dix-neuf, convocation du Conseil Municipal adressée à chaque "
        "conseiller pour la tenue d'une séance ordinaire, à la mairie, le mardi 7 mai 2019 à 20H00.\n"
        "L'an deux mille dix-neuf, le sept mai à vingt heures, le Conseil Municipal, légalement "
        "convoqué, s'est réuni à la Mairie sous la présidence de Jean BRUNEL, Maire.\nEtaient "
        "présents : Jean BRUNEL, Odile CAZES, Marc DUPUY.\n"
    )
    assert projection(seance_lue(datee))["convocation"] == "2019-05-02"
    passee = (
        "Compte rendu du comité syndical du 20 avril 2017\n\nLes membres du comité syndical se sont "
        "réunis le jeudi 20 avril 2017 à 18h, régulièrement convoqués par le Président, Monsieur "
        "Paul BRUN. Le comité syndical s'était réuni le 3 avril 2017, séance pendant laquelle le "
        "quorum n'était pas atteint.\n\nPrésents : BRUN Paul (Satillieu), COSTE Anne (Préaux)\n"
    )
    assert projection(seance_lue(passee))["convocation"] is None


def test_initiale_m_apres_le_nom_devant_procuration() -> None:
    """« Mme BERNAT M. procuration à M. J. ROCHE » : « M. » est l'initiale du prénom de la
    mandante, pas la civilité d'une autre personne (le mandant « M » était lu sans constat)."""
    texte = (
        "Séance du conseil municipal du 5 avril 2011\nLe Conseil Municipal de la Commune de Lauzès "
        "s'est réuni sous la présidence de Monsieur Jean ROCHE, Maire.\nPrésents : M. Jean ROCHE, "
        "Mme Lise PONS, M. Marc SOL\nAbsents excusés : Mme BERNAT M. procuration à M. J. ROCHE, "
        "M. TARDIEU P. procuration à Mme L. PONS\nSecrétaire de séance : Marc SOL\n"
    )
    mandants = [m for m, _ in projection(seance_lue(texte))["procurations"]]
    assert mandants == ["M. BERNAT", "P. TARDIEU"]


@pytest.mark.parametrize(
    ("liste", "attendus"),
    [
        ("Yves Marty, Jean-Luc Boyer Claire Sabatier, Odile Roux", ["Jean-Luc Boyer", "Claire Sabatier"]),
        ("ROUX Yves - CAZES Jean Marc DURAND Eric - VIDAL Anne", ["Jean Marc CAZES", "Eric DURAND"]),
        ("M. Yves ROUX, Mr Louis FABRE de SAINT-JUST Marc VIDAL, M. Guy SOL", ["Louis FABRE de SAINT-JUST", "Marc VIDAL"]),
    ],
)
def test_deux_personnes_accolees(liste: str, attendus: list[str]) -> None:
    """Deux personnes sans séparateur, le premier nom en casse mixte, à prénom composé ou à
    particule : deux présents (une seule personne fusionnée était lue sans constat)."""
    texte = f"COMMUNE DE LAUZES\nSéance du conseil municipal du 5 avril 2011\nPrésents : {liste}\n"
    presents = projection(seance_lue(texte))["presents"]
    assert all(a.lower() in [p.lower() for p in presents] for a in attendus), presents


def test_apostrophe_perdue_meme_personne() -> None:
    """« Pierre D ARCIER » (président, apostrophe perdue) et « Pierre D'ARCIER » (liste) :
    une seule personne (comptée deux fois parmi les présents)."""
    texte = (
        "CONSEIL COMMUNAUTAIRE Communauté de communes du Val de Tave Séance du 9 mars 2015 sous la "
        "présidence de monsieur Paul D ORMESSAN Présents : MM. Paul D'ORMESSAN, Luc FABRE, Mme "
        "Anne SOLER."
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Paul D'ORMESSAN", "Luc FABRE", "Anne SOLER"]


def test_civilite_plurielle_dans_un_tableau_par_commune_aplati() -> None:
    """« CÈZE : MM. Pierre X, Luc Y, Mmes Anne Z, Lise W * … » : la civilité plurielle vaut
    pour chaque nom qui la suit (la moitié des délégués était perdue sans constat)."""
    texte = (
        "CONSEIL COMMUNAUTAIRE Communauté d'agglomération du Gardon Séance du 9 mars 2015 sous la "
        "présidence de monsieur Paul ROUVIERE Présents : ALES : MM. Paul ROUVIERE, Luc FABRE, Mmes "
        "Anne SOLER, Lise MARTY * BRIGNON : M. Henri ROUX * VEZENOBRES : MM. Guy ARNAL (à partir "
        "de la question n 5), Jean BOSC * SAUZET : M. Louis TEISSIER, Mmes Claire BOUDET, Nadia PUJOL."
    )
    assert projection(seance_lue(texte))["presents"] == [
        "Paul ROUVIERE", "Luc FABRE", "Anne SOLER", "Lise MARTY", "Henri ROUX", "Guy ARNAL",
        "Jean BOSC", "Louis TEISSIER", "Claire BOUDET", "Nadia PUJOL",
    ]


def test_initiale_et_nom_en_fin_de_liste_ne_sont_pas_une_commune() -> None:
    """« Suppléant avec voix délibérative : J. X Membres excusés : R. Y » (texte aplati) : une
    initiale et un NOM sont une personne, pas le nom d'une commune (ils étaient perdus)."""
    texte = (
        "Procès-verbal du conseil communautaire du 14/05/2019 Présents : M. ARNAL, L. BRUN, "
        "J-L. CAZES, P. DURAND Suppléant avec voix délibérative : J. GIRAUD Membres excusés : "
        "R. HUBERT Monsieur Paul DURAND est désigné secrétaire de séance."
    )
    p = projection(seance_lue(texte))
    assert p["excuses"] == ["R. HUBERT"]
    assert p["suppleances"] == [["J. GIRAUD", None]]


def test_presidence_sans_de_et_compte_entre_parentheses() -> None:
    """« Sous la présidence Monsieur X » et « Étaient présents : (4) Mesdames et Messieurs A,
    … » : le président, le nombre et les noms sont lus."""
    texte = (
        "PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE DE LA COMMUNAUTÉ DE COMMUNES DU HAUT-FLORIVAL "
        "SÉANCE DU JEUDI 8 MARS 2018 À 19 H 00 Sous la présidence Monsieur Marc ZIMMER, Président "
        "Étaient présents : (4) Mesdames et Messieurs Anne BAUER, Marc ZIMMER, Lise WEBER, Jean "
        "KLEIN."
    )
    p = projection(seance_lue(texte))
    assert p["president"] == "Marc ZIMMER"
    assert p["presents"] == ["Anne BAUER", "Marc ZIMMER", "Lise WEBER", "Jean KLEIN"]
    assert p["decomptes"]["presents"] == 4


def test_habillage_d_une_page_de_depot_retire() -> None:
    """« Titre » / « Dimension: px » / « Download "Titre" » / « Transcription » en tête d'une
    page copiée d'un site de dépôt : le titre de la page n'est pas un point (le premier
    point était lu deux fois, et `valider` voyait un numéro en double)."""
    texte = (
        "1. APPROBATION DU PROCES VERBAL DE LA SEANCE DU 3 MAI 2017\n\nDimension: px\nCommencer à "
        "balayer dès la page:\n\nDownload \"1. APPROBATION DU PROCES VERBAL DE LA SEANCE DU 3 MAI "
        "2017\"\n\nTranscription\n\n1 CONSEIL MUNICIPAL DU 12 JUIN 2017 PROCES VERBAL Etaient "
        "présents : Jean ROUX, Anne VIDAL, Paul FAURE Secrétaire de séance : Anne VIDAL 1. "
        "APPROBATION DU PROCES VERBAL DE LA SEANCE DU 3 MAI 2017 Le Conseil municipal décide "
        "d'adopter, à l'unanimité, le procès-verbal de la séance du 3 mai. 2. TARIFS DE LA CANTINE "
        "Le Conseil municipal, à l'unanimité, fixe les tarifs."
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    assert [d["numero"] for d in projection(lu.seance)["deliberations"]] == ["1", "2"]


def test_absents_ayant_remis_un_pouvoir() -> None:
    """« Absent(s) excusé(s) ayant remis un pouvoir : X à Y, Z à W » dans un texte aplati :
    les procurations sont lues (elles étaient perdues)."""
    texte = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DU MARDI 27 MARS 2012 Le mardi "
        "27 mars 2012 à 18h00, le Conseil Municipal s est réuni sous la présidence de Monsieur "
        "LEROUX, Maire. Etaient présents : Jean LEROUX, Anne MARTIN, Paul HENRY, Lise GIRARD "
        "Absent(s) excusé(s) ayant remis un pouvoir : Marc DUVAL à Anne MARTIN, Rose PETIT à Jean "
        "LEROUX Absent(s) non excusé(s): Yves BLANC formant la majorité des membres en exercice."
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [["Marc DUVAL", "Anne MARTIN"], ["Rose PETIT", "Jean LEROUX"]]


def test_titulaires_presents_en_nombre_sans_suppleants() -> None:
    """« Nombre de conseillers titulaires présents : 4 », aucun suppléant annoncé : le nombre
    des présents est lu tel qu'écrit."""
    texte = (
        "Communauté de communes du Lendou\nSéance du 4 juin 2019\nNombre de conseillers titulaires "
        "en exercice : 5\nNombre de conseillers titulaires présents : 4\nEtaient présents : M. Hervé "
        "LE GALL, Mme Anne MORVAN, M. Yann PRIGENT, Mme Rose QUERE\n"
    )
    assert projection(seance_lue(texte))["decomptes"]["presents"] == 4


def test_membres_consultatifs_ne_sont_pas_des_elus() -> None:
    """« MEMBRES CONSULTATIFS PRESENTS : … » (commune nouvelle) : des non-élus, ni présents
    ni excusés (ils étaient comptés présents sans constat)."""
    texte = (
        "COMPTE RENDU DU CONSEIL MUNICIPAL\nDu mardi 6 mars 2012\nLe Conseil municipal de la "
        "Commune de SAINT-MAMET s'est réuni sous la présidence de Monsieur Yves ROQUES, Maire.\n"
        "PRESENTS :\nConseillers Municipaux : M. Yves ROQUES, Mme Anne BALS, M. Luc CAYLA\n"
        "MEMBRES CONSULTATIFS PRESENTS : Mme Rose VIDAL, M. Paul MARTY\n"
        "MEMBRES CONSULTATIFS EXCUSES : M. Jean NOGUES\nSECRETAIRE : Mme Anne BALS\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    p = projection(lu.seance)
    assert p["presents"] == ["Yves ROQUES", "Anne BALS", "Luc CAYLA"]
    assert p["excuses"] == []
    assert "extrait.non-membres" in [c.code for c in lu.rapport.constats]


def test_initiale_collee_au_nom_et_nom_puis_initiales() -> None:
    """« M. BESSE J.P. » (NOM puis initiales) dans un tableau de délégués aplati, et « J.FAURI »,
    « A .ESTEV » (initiale collée au NOM, ou son point détaché) : les personnes sont lues et
    les mandataires retrouvés."""
    texte = (
        "Séance du conseil municipal du 9 février 2012\nLe Conseil municipal de la Commune de Flagnac "
        "s'est réuni sous la présidence de Monsieur Jacques FAURI, Maire.\nPRESENTS : Maires Délégués "
        ": M. BESSE J.P., M. CONTE J.CL., Conseillers Municipaux : M. ESTEV A., Mme HUGON I., M. "
        "JULIEN J.P.\nABSENTS EXCUSES : Mme CAZE M. procuration à M. A .ESTEV, M. DELPECH E. "
        "procuration à M. J.FAURI\n"
    )
    p = projection(seance_lue(texte))
    assert {"J.P. BESSE", "A. ESTEV", "I. HUGON", "J.P. JULIEN"} <= set(p["presents"])
    assert p["procurations"] == [["M. CAZE", "A. ESTEV"], ["E. DELPECH", "Jacques FAURI"]]


@pytest.mark.parametrize(
    ("ligne", "attendues"),
    [
        ("Excusés : Mr CANAL, CORTES (donne pouvoir à Mr MARTY) et ROQUES.", [["CORTES", "Jean MARTY"]]),
        (
            "Procurations : Marie BIZOT (pouvoir à C MUSSO) Henri ISARD (pouvoir à A FERRARO)",
            [["Marie BIZOT", "Claire MUSSO"], ["Henri ISARD", "Alain FERRARO"]],
        ),
        (
            "Absents représentés par procuration Yves GALLAND à Anne BRUN Rose HUGON à Luc FERRARO",
            [["Yves GALLAND", "Anne BRUN"], ["Rose HUGON", "Luc FERRARO"]],
        ),
        (
            "Etaient excusés : GARNIER Paul a donné pouvoir à Claire MUSSO HUGON Rose a donné pouvoir "
            "à Jean MARTY",
            [["Paul GARNIER", "Claire MUSSO"], ["Rose HUGON", "Jean MARTY"]],
        ),
        (
            "Pouvoirs : LE ROUX Morgane donne pouvoir à MUSSO Claire",
            [["Morgane LE ROUX", "Claire MUSSO"]],
        ),
    ],
)
def test_procurations_sans_separateur_ou_au_present(ligne: str, attendues: list[list[str]]) -> None:
    """« (donne pouvoir à …) » au présent, procurations enchaînées sans virgule (avec ou sans
    parenthèses, mandant « NOM Prénom »), mandataire nommé par une initiale sans point,
    intitulé sans deux-points suivi des noms : chaque procuration est lue (la liste entière
    était perdue, ou prise pour un intitulé en silence) ; une particule reste au nom."""
    texte = (
        "COMMUNE DE LAVERGNE\nSéance du conseil municipal du 21 octobre 2014\nPrésents : Jean MARTY, "
        "Claire MUSSO, Alain FERRARO, Anne BRUN, Luc FERRARO\n" + ligne + "\n"
    )
    assert projection(seance_lue(texte))["procurations"] == attendues


def test_presents_sans_deux_points_apres_le_titre() -> None:
    """« … DU 14 MAI 2013 Présents Paul ROCHE, Maire ; Anne BRUN, … » (texte aplati, intitulé
    sans deux-points suivi d'un prénom et d'un NOM) : la liste est lue (elle était perdue)."""
    texte = (
        "1 SEANCE DU CONSEIL MUNICIPAL DU 14 MAI 2013 Présents Paul ROCHE, Maire ; Anne BRUN, "
        "Louis CLAVEL, Adjoints, Marie DURAND, Conseillers Municipaux. Absents et non représentés : "
        "Marc IMBERT"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["Paul ROCHE", "Anne BRUN", "Louis CLAVEL", "Marie DURAND"]
    assert p["absents"] == ["Marc IMBERT"]


def test_secretaire_nomme_a_la_ligne_et_collectivite_du_president() -> None:
    """« A été nommée Secrétaire de séance : » puis le nom à la ligne ; la communauté nommée
    seulement dans « adressée par le Président de la communauté de communes X » : lue, avec
    un avertissement (les deux manquaient)."""
    texte = (
        "PV du conseil communautaire du 3 mai 2021\n\nL'an deux mille vingt et un, le trois mai à "
        "dix-huit heures, les membres du conseil communautaire se sont réunis à Salvetat, sur la "
        "convocation qui leur a été adressée par le Président de la communauté de communes des "
        "Monts de Lacaune.\n\nPrésents : M. Henri CROS, Mme Anne BOU, M. Luc FAGES\n\n"
        "A été nommée Secrétaire de séance :\n\nMme Anne BOU\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    p = projection(lu.seance)
    assert p["secretaires"] == ["Anne BOU"]
    assert p["collectivite"] == "communauté de communes des Monts de Lacaune"
    assert "extrait.collectivite-hors-en-tete" in [c.code for c in lu.rapport.constats]


def test_titulaires_absents_et_representes() -> None:
    """« Conseillers titulaires absents : … Conseillers suppléants présents dotés du droit de
    vote : Conseillers titulaires représentés : X (procuration à Y) » (texte aplati) : les
    procurations sont lues (la liste n'était pas comprise)."""
    texte = (
        "Compte Rendu sommaire CONSEIL COMMUNAUTAIRE 5 AVRIL 2019 sous la présidence de Madame "
        "Odile Perrin, Présidente. Conseillers titulaires présents : Paul Roux, Lise Morel, Odile "
        "Perrin Conseillers titulaires absents : Marc Blanc, Anne Girod Conseillers suppléants "
        "présents dotés du droit de vote : Conseillers titulaires représentés : Marc Blanc "
        "(procuration à Paul Roux), Anne Girod (donne procuration à Lise Morel)"
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [["Marc Blanc", "Paul Roux"], ["Anne Girod", "Lise Morel"]]


@pytest.mark.parametrize(
    "phrase",
    [
        "Monsieur CAYLA accepte d'être secrétaire de séance.",
        "Monsieur CAYLA accepte d être secrétaire de séance.",
        "Il a été procédé à l'élection d'un secrétaire pris au sein du Conseil : Monsieur CAYLA "
        "Luc, à l'unanimité des suffrages, a été désigné pour remplir ces fonctions.",
        "SECRETAIRE DE SEANCE : Monsieur Luc CAYLA se porte volontaire.",
    ],
)
@pytest.mark.parametrize("forme", [str, _aplati])
def test_secretaire_en_phrase(phrase: str, forme) -> None:  # type: ignore[no-untyped-def]
    """« M. X accepte d'être secrétaire de séance », « … M. X, à l'unanimité des suffrages, a
    été désigné pour remplir ces fonctions », « Secrétaire de séance : M. X se porte
    volontaire » : le secrétaire est lu (il manquait, sans constat pour la première)."""
    texte = forme(
        "SEANCE DU 4 AVRIL 2016\nLe Conseil Municipal de la Commune de Vabre s'est réuni sous la "
        "présidence de Monsieur Paul ROQUES, Maire.\nPrésents : Paul ROQUES, Luc CAYLA, Rose "
        f"BOU, Marc VIALA\n{phrase}\n"
    )
    assert projection(seance_lue(texte))["secretaires"] == ["Luc CAYLA"]


# Huitième et neuvième lectures (mesure hors échantillon du code de 0f572ea) : formes inventées


def test_reunions_approuvees_de_plusieurs_jours_ne_sont_pas_la_seance() -> None:
    """« réuni en session publique ordinaire le 14 juin 2016 » est la date de la séance ;
    « le compte-rendu des réunions du Conseil Municipal des 3 et 4 mai » (un point) n'est pas
    une session de plusieurs jours (la date des réunions approuvées était prise, avec un
    constat trompeur)."""
    texte = (
        "PROCES VERBAL de la séance du CONSEIL MUNICIPAL réuni en session publique ordinaire le "
        "9 octobre 2018 à 19 h 00 sous la Présidence de M. Louis FAGES, Maire de Cazals\n"
        "Etaient présents : MM. Louis FAGES, Paul ROUX, Mme Anne VIDAL\n"
        "Question n°1 Objet : Approbation du compte-rendu des réunions du Conseil Municipal des 3 et "
        "4 septembre 2018\nAdopté à l'unanimité.\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None and lu.seance.date.isoformat() == "2018-10-09"
    assert "extrait.date-plusieurs-jours" not in [c.code for c in lu.rapport.constats]


@pytest.mark.parametrize(
    ("phrase", "attendue"),
    [
        ("sous la Présidence de M. Louis FAGES, Maire de Cazals en application des dispositions de "
         "l'article L.2121.25 du Code Général des Collectivités Territoriales", "Cazals"),
        ("Monsieur le Maire présente la délibération de création d'un Conseil Municipal de Jeunes "
         "(délibération n 21)", None),
    ],
)
def test_collectivite_apres_le_maire_ou_conseil_de_jeunes(phrase: str, attendue: str | None) -> None:
    """« Maire de X en application des dispositions … » : le nom s'arrête à l'incise ; « Conseil
    Municipal de Jeunes » ne nomme pas la commune (« Jeunes » était lu sans constat)."""
    texte = (
        f"COMPTE RENDU DE LA REUNION DU CONSEIL MUNICIPAL du 9 octobre 2018 {phrase}. Présents : "
        "Louis FAGES, Paul ROUX, Anne VIDAL. Secrétaire de séance : Anne VIDAL."
    )
    assert projection(seance_lue(texte))["collectivite"] == attendue


def test_secretaire_suivi_du_titre_du_document() -> None:
    """« Secrétaire de séance : BRUNET Hervé COMPTE RENDU SOMMAIRE 1. … » : le titre en
    capitales n'est pas du nom (il y restait, sans constat)."""
    texte = (
        "REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL L'an deux mil dix-neuf, le 4 avril, le "
        "Conseil Municipal de la commune de Lussac, dûment convoqué, s'est réuni sous la présidence "
        "de M. Paul GRELIER. Présents : M. GRELIER Paul, M. BRUNET Hervé, Mme COTTET Lise. "
        "Secrétaire de séance : BRUNET Hervé COMPTE RENDU SOMMAIRE 1. Approbation du compte rendu "
        "du 7 mars 2019 Le compte rendu est approuvé à l'unanimité."
    )
    assert projection(seance_lue(texte))["secretaires"] == ["Hervé BRUNET"]


def test_reunion_non_tenue_est_dite() -> None:
    """« Faute de quorum, la réunion du Conseil Municipal n'a pas eu lieu. » : la séance lue
    (la date de la réunion annoncée) porte un avertissement (elle était lue sans constat)."""
    texte = (
        "C.R. du 03/02/2012\n\nRéunion du Conseil Municipal\n\nMme Pelle, M. Gourdon, soit 2 élus, se "
        "sont déplacés.\n\nFaute de quorum, la réunion du Conseil Municipal n'a pas eu lieu.\n\nLe "
        "Conseil municipal a été de nouveau convoqué\n\nLe lundi 6 février 2012 à 20h00\n"
    )
    lu = lire_extrait(texte)
    assert lu.seance is None or "extrait.date-seance-non-tenue" in [c.code for c in lu.rapport.constats]


def test_delegues_par_commune_sans_prenom() -> None:
    """« Brunac : M. ALIBERT, M. CORDONNE Castelvieil : M. FABRESSE, Mme LOUBAT Saint-Orens :
    … » (tableau aplati, civilité et NOM) : chaque délégué est lu, la commune suivante n'est
    pas un prénom (« Castelvieil CORDONNE » était lu sans constat, les autres perdus)."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU HAUT LOT PROCES VERBAL REUNION DU CONSEIL COMMUNAUTAIRE 12 MARS "
        "2009 L an deux mil neuf, le 12 mars, le Conseil communautaire, régulièrement convoqué, s est "
        "réuni à Brunac. Etaient présents : Brunac : M. ALIBERT, M. CORDONNE Castelvieil : M. "
        "FABRESSE, Mme LOUBAT Saint-Orens : M. MIRANDE, M. PEYRAT Procuration de : Mme ROUQUET à "
        "M. CORDONNE Secrétaire de séance : M. PEYRAT"
    )
    p = projection(seance_lue(texte))
    assert p["presents"] == ["ALIBERT", "CORDONNE", "FABRESSE", "LOUBAT", "MIRANDE", "PEYRAT"]
    assert p["procurations"] == [["ROUQUET", "CORDONNE"]]


def test_deux_intitules_cote_a_cote_sont_dits() -> None:
    """« Etaient présents:   Etaient excusés: » sur une ligne, puis « Délégués: … » : les noms
    ne se répartissent pas, c'est dit (tous étaient excusés, sans constat qui le vise)."""
    texte = (
        "COMPTE RENDU DU COMITE SYNDICAL\nDU 18 JUIN 2007\n\n  Etaient présents:   Etaient excusés:\n"
        "Délégués: Mr AUDOIN Mme BRIERE Mr CARNOT\nMr DELMAS Mr ESNAULT   Mr FOLLIOT\n"
    )
    assert "extrait.intitules-a-la-suite" in [c.code for c in lire_extrait(texte).rapport.constats]


@pytest.mark.parametrize(
    ("texte", "date"),
    [
        (
            "COMMUNAUTÉ DE COMMUNES DU VAL DE LORSCH PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL DE "
            "COMMUNAUTÉ Jeudi 12 mars 2015 à la Maison des Services à Lorsch Étaient présents : M. "
            "ADAM Jean, M. BRAUN Paul",
            "2015-03-12",
        ),
        (
            "Lan deux mille douze, le quatorze mars 19 heures, le Conseil Communautaire de la "
            "Communaut de Communes du Val dArgent, dment convoqu, sest runi au sige. Date de la "
            "convocation : 6 mars 2012",
            "2012-03-14",
        ),
    ],
)
def test_dates_sans_du_ou_sans_apostrophe(texte: str, date: str) -> None:
    """« … CONSEIL DE COMMUNAUTÉ Jeudi 12 mars 2015 à … » (sans « du ») et « Lan deux mille
    douze » (reconnaissance de caractères sans apostrophe ni accents) : la séance est
    construite (elle ne l'était pas)."""
    assert projection(seance_lue(texte))["date"] == date


def test_presidence_avec_elision_et_rang_devant_un_decompte() -> None:
    """« sous la présidence d'Isabelle MARCHAND, présidente » : la présidente est lue ;
    « 1. Nombre de votants : 15 » n'est pas le titre d'un point (le rang reste seul)."""
    texte = (
        "SÉANCE ORDINAIRE DU 05 MAI 2015\n\nL'An deux mil quinze, le cinq mai à 19 heures, le Comité "
        "syndical dûment convoqué, s'est réuni en séance ordinaire sous la présidence d'Isabelle "
        "MARCHAND, présidente.\nPrésents : Isabelle MARCHAND, Paul DUVAL, Rémi GARNIER\n"
    )
    assert projection(seance_lue(texte))["president"] == "Isabelle MARCHAND"
    flux = (
        "Le conseil municipal de Valbois, convoqué le 20 mai, s'est réuni le 26 mai 2020 sous la "
        "présidence de M. Raoul DELMAS, doyen d'âge. Présents : A. ROUX, B. PETIT. Le conseil a "
        "choisi pour secrétaire Mme Lise PETIT. 1. Nombre de votants : 15 Majorité absolue : 8"
    )
    assert "1. Nombre de votants : 15 Majorité absolue : 8" not in [m for _, m in segmenter(flux)]


def test_texte_sans_accents_est_dit() -> None:
    """Un texte de reconnaissance de caractères privé d'accents et d'apostrophes : la séance
    est lue, « Communaut de » rétabli, et un avertissement dit que les noms sont peut-être
    abîmés (la collectivité « … de lEntre-Deux » était rendue sans constat)."""
    texte = (
        "Lan deux mille douze, le quatorze mars 19 heures, le Conseil Communautaire de la Communaut "
        "de Communes des Portes de lEntre-Deux, dment convoqu, sest runi au sige, sous la prsidence "
        "de M. Paul VIDEAU. Date de la convocation : 6 mars 2012"
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    assert projection(lu.seance)["collectivite"].startswith("Communauté de Communes")
    assert "extrait.texte-sans-accents" in [c.code for c in lu.rapport.constats]


def test_nom_de_l_epci_complete_par_le_texte() -> None:
    """« PROCES VERBAL DU CONSEIL COMMUNAUTAIRE DU VAL DE SARNE » puis « … la Communauté de
    Communes du Val de Sarne … » : le nom complet et le type (le nom tronqué, sans type, était
    rendu sans constat)."""
    texte = (
        "PROCES VERBAL DU CONSEIL COMMUNAUTAIRE DU VAL DE LORNE SEANCE DU 14 OCTOBRE 2016 L'an deux "
        "mille seize, le 14 octobre 2016 à 18 heures, les Délégués Communautaires des Communes de la "
        "Communauté de Communes du Val de Lorne se sont réunis sous la présidence de M. Louis "
        "BERTHEAU. ETAIENT PRESENTS : M. Louis BERTHEAU, M. Jean CLAUDEL, Mme Anne DORIVAL."
    )
    lu = lire_extrait(texte)
    assert lu.seance is not None
    p = projection(lu.seance)
    assert (p["collectivite"], p["type"]) == ("Communauté de Communes du Val de Lorne", "communaute_de_communes")
    assert "extrait.collectivite-completee" in [c.code for c in lu.rapport.constats]


def test_nom_de_deux_mots_avant_un_seul_pouvoir() -> None:
    """« GRANIER BOUVET Claire donne procuration à CAMUS Marc » (un NOM de deux mots, une seule
    procuration) : une personne, pas un excusé « GRANIER » et une mandante « Claire BOUVET »
    (lu ainsi sans constat)."""
    texte = (
        "Procès-Verbal du Conseil Communautaire du 6 octobre 2021 Membres présents : ARNOUX Paul "
        "BERTIN Lucie CAMUS Marc Membres absents excusés : FAVIER Louis donne procuration à ARNOUX "
        "Paul - GRANIER BOUVET Claire donne procuration à CAMUS Marc Secrétaire de séance : Madame "
        "Lucie BERTIN"
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [["Louis FAVIER", "Paul ARNOUX"], ["Claire GRANIER BOUVET", "Marc CAMUS"]]
    assert p["excuses"] == []


_MOTS_DE_SEANCE = st.sampled_from(
    ["les", "des", "LES", "16", "17", "et", "au", "octobre", "convocaon", "procuraons", "tulaires",
     "réunion", "séance", "Lan", "deux", "mille", "sest", "runi", "compte-rendu", "\n", ",", "."]
)
_TEXTE_MELANGE = st.one_of(st.text(max_size=300), st.lists(_MOTS_DE_SEANCE, max_size=40).map(" ".join))


@given(_TEXTE_MELANGE)
def test_propriete_normalisations_de_la_session(texte: str) -> None:
    """N'importe quel texte : les rétablissements de la session rendent un texte et un compte,
    sans exception ; les appliquer deux fois ne change plus rien (ni ligature rétablie en
    double, ni session ramenée deux fois) ; le nombre de lignes est gardé (les lignes des
    valeurs lues restent celles du document)."""
    from deliberations.extrait.normalisation import (
        premier_jour_de_session,
        retablir_ligature_ti,
        texte_sans_accents,
    )

    retabli, nombre = retablir_ligature_ti(texte)
    assert nombre >= 0 and retabli.count("\n") == texte.count("\n")
    assert retablir_ligature_ti(retabli)[0] == retabli
    premier, mention = premier_jour_de_session(texte)
    assert premier.count("\n") == texte.count("\n")
    if mention is None:
        assert premier == texte
    assert premier_jour_de_session(premier)[1] is None
    assert isinstance(texte_sans_accents(texte), bool)
    lire_extrait(texte)  # une séance ou un constat, jamais une exception
