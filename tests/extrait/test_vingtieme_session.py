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
        "Jb AUDOUIN", "P. RIBES", "G. SALLES", "M. CROS", "Claire VIALA", "F. BOYER", "M. MOULIN"
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
