"""Familles de mises en page trouvées par la trente-cinquième mesure hors échantillon (documents
503 à 512 : date de séance, textes sans fins de ligne, collectivité dite dans la prose, l'en-tête
ou le pied de page) : chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait.preparation import preparer
from tests.extrait.comparaison import projection, seance_lue

# Un procès-verbal copié d'un PDF, coupé à 80 colonnes : le titre d'un point « DCM n°… » tient
# presque toute la largeur, le texte du point commence à la ligne suivante par une majuscule.
_PDF_SIGLE_N = (
    "MAIRIE DE VALMONT-SUR-ORBE\n"
    "PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 12 MARS 2019\n"
    "L'an deux mille dix-neuf, le douze mars à vingt heures, le conseil municipal de la\n"
    "commune de Valmont-sur-Orbe, légalement convoqué, s'est réuni en séance publique à la\n"
    "mairie, sous la présidence de M. Paul VIAL, Maire. Étaient présents : M. Paul VIAL,\n"
    "Mme Léa PONS, M. Marc ROUX, Mme Anne GIRAUD, M. Louis FABRE, Mme Rose MARTY.\n"
    "Secrétaire de séance : Mme Léa PONS.\n"
    "{sigle} n°2019-014 – Convention de mise à disposition de la salle avec l'école Cèdre\n"
    "La convention, conclue pour trois ans à compter du 1er avril 2019, fixe le loyer\n"
    "de la salle à 12 € par heure d'occupation, charges comprises, révisable chaque année.\n"
    "Le conseil municipal, après en avoir délibéré, approuve la convention à l'unanimité.\n"
)


@pytest.mark.parametrize("sigle", ["DCM", "DEL", "DCC"])
def test_titre_a_sigle_n_pleine_largeur_non_recolle_au_texte(sigle: str) -> None:
    """« DCM n°2019-014 – Titre » presque à pleine largeur, puis « La convention, … » : la ligne
    qui suit un titre de point n'en est la suite que si elle commence par une minuscule ; le
    sigle devant « n° » ouvre un point comme « n° » seul."""
    texte = _PDF_SIGLE_N.format(sigle=sigle)
    lignes = [ligne.texte for ligne in preparer(texte).lignes]
    assert any(t.startswith("La convention, conclue") for t in lignes), lignes
    objets = [d["objet"] for d in projection(seance_lue(texte))["deliberations"]]
    assert objets == ["Convention de mise à disposition de la salle avec l'école Cèdre"]


def test_titre_a_sigle_n_coupe_garde_sa_suite_en_minuscule() -> None:
    """Le titre coupé par la largeur continue sur une ligne en minuscule : recollé."""
    texte = _PDF_SIGLE_N.format(sigle="DCM").replace(
        "avec l'école Cèdre\nLa convention,", "avec l'école\nprimaire Cèdre. La convention,"
    )
    objets = [d["objet"].rstrip(".") for d in projection(seance_lue(texte))["deliberations"]]
    assert objets == ["Convention de mise à disposition de la salle avec l'école primaire Cèdre"]


_APLATI = (
    "SÉANCE DU JEUDI 8 OCTOBRE 2020 L’AN DEUX MIL VINGT le HUIT du mois d’OCTOBRE à VINGT "
    "HEURES, le Conseil Municipal de la Commune de Valmont, régulièrement convoqué, s’est réuni "
    "sous la présidence de M. Paul VIAL, Maire. Présents : MM. VIAL Paul - ROUX Marc - FABRE "
    "Louis, Mmes PONS Léa - GIRAUD Anne - MARTY Rose. M. ROUX Marc est désigné secrétaire de "
    "séance. {libelle} 1 – Vente de la parcelle AB 12 au lieu-dit les Combes Le Maire présente "
    "l’offre reçue. Le conseil municipal approuve la vente à l’unanimité. {libelle} 2 – "
    "Tarifs de la salle des fêtes Le conseil fixe les tarifs annexés. Adopté à l’unanimité. "
    "{libelle} 3 – {titre} Le marché de Noël est maintenu sous réserve des consignes "
    "préfectorales ; la fête du village aura lieu le 12 juillet. Séance levée à 22 h 10. Le "
    "Maire, Paul VIAL"
)


@pytest.mark.parametrize("libelle", ["Question", "Point", "QUESTION"])
@pytest.mark.parametrize(
    "titre", ["Questions diverses", "Informations diverses", "Divers", "Communications du maire"]
)
def test_questions_diverses_numerotees_dans_un_texte_aplati(libelle: str, titre: str) -> None:
    """« Question 3 – Questions diverses Le marché … » dans le flux d'un texte sans fins de
    ligne : le découpage met « Question 3 – » seul sur sa ligne et le titre à la suivante ; un
    point de questions diverses ou d'informations sans vote n'est pas une délibération."""
    resultat = lire_extrait(_APLATI.format(libelle=libelle, titre=titre))
    assert resultat.seance is not None
    numeros = [d.numero for d in resultat.seance.deliberations]
    assert numeros == ["1", "2"]
    assert "extrait.intertitre" in {c.code for c in resultat.rapport.constats}


def test_point_divers_numerote_suivi_d_un_vote_reste_une_deliberation() -> None:
    """Un point au titre d'information que suit un vote reste une délibération (la règle ne
    retire que les points sans vote ni décision)."""
    texte = _APLATI.format(libelle="Question", titre="Divers").replace(
        "Séance levée", "Adopté à l’unanimité. Séance levée"
    )
    seance = seance_lue(texte)
    assert [d.numero for d in seance.deliberations] == ["1", "2", "3"]


_BUREAU_APLATI = (
    "AGGLO Val d’Orbe PROCÈS-VERBAL DU BUREAU COMMUNAUTAIRE Séance du jeudi 26 juin 2014 "
    "Convocation : 19/06/2014 Le jeudi vingt-six juin deux mille quatorze à dix-huit heures, le "
    "Bureau communautaire de la Communauté d’agglomération du Val d’Orbe, dûment convoqué, s’est "
    "réuni au siège, sous la présidence de M. Paul VIAL, Président. Sont présents : M. Paul VIAL, "
    "Président – Mme Léa PONS, 1re Vice-Présidente – M. Marc ROUX, 2e Vice-Président – Mme Anne "
    "GIRAUD, membre du Bureau. Secrétaire de séance : M. Marc ROUX {intertitre} {numero} – "
    "Attribution du marché d’entretien des espaces verts Le Bureau attribue le marché à "
    "l’entreprise classée première. Vote : unanimité. {numero2} – Tarifs du conservatoire pour "
    "l’année 2014-2015 Adopté à l’unanimité. Pour extrait certifié conforme, le Président."
)


@pytest.mark.parametrize("intertitre", ["DÉCISIONS", "DELIBERATIONS", "ORDRE DU JOUR"])
@pytest.mark.parametrize(("numero", "numero2"), [("B2014-41", "B2014-42"), ("1", "2")])
def test_intertitre_en_capitales_apres_le_secretaire_dans_un_texte_aplati(
    intertitre: str, numero: str, numero2: str
) -> None:
    """« Secrétaire de séance : M. X DÉCISIONS B2014-41 – Titre … » dans le flux d'un texte sans
    fins de ligne : l'intertitre en capitales ne prolonge pas le nom du secrétaire, et le point
    numéroté qui le suit est lu."""
    seance = seance_lue(
        _BUREAU_APLATI.format(intertitre=intertitre, numero=numero, numero2=numero2)
    )
    vue = projection(seance)
    assert vue["secretaires"] == ["Marc ROUX"]
    assert [d["numero"] for d in vue["deliberations"]] == [numero, numero2]


_PIED_APLATI = (
    "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL Séance du mardi 6 juin 2023 Convoqué le 31 "
    "mai 2023 Membres en exercice : 10 Présents : 7 Votants : 7 L’an deux mille vingt-trois, le "
    "six juin à dix-neuf heures trente, le conseil municipal, légalement convoqué, s’est réuni "
    "à la mairie sous la présidence de Mme Léa PONS, maire. Étaient présents : Léa PONS, Paul "
    "VIAL, Marc ROUX, Anne GIRAUD, Louis FABRE, Rose MARTY, Jean AUBRY. Mme Rose MARTY a été "
    "élue secrétaire de séance. N° 06.2023.01 – Vente de bois de la parcelle forestière n° 12 "
    "Résultat du vote : Pour : 7 Contre : 0 Abstention : 0 La vente est approuvée. N° "
    "06.2023.02 – Tarifs de la salle des fêtes Adopté à l’unanimité. La séance est levée à 21 "
    "h 15. La secrétaire de séance, R. MARTY La maire, L. PONS {pied} page 1/1"
)


@pytest.mark.parametrize(
    "pied",
    [
        "Commune de Lescure-d’Arbas – PV du conseil municipal du 06/06/2023 –",
        "Mairie de Lescure-d'Arbas - Procès-verbal de la séance du 6 juin 2023",
        "Commune de Lescure – Compte rendu du conseil municipal du 06/06/2023",
    ],
)
def test_commune_nommee_seulement_dans_le_pied_de_page_d_un_texte_aplati(pied: str) -> None:
    """Un PDF aplati dont seul le pied de page nomme la commune (« Commune de X – PV du conseil
    municipal du … » au bout de la ligne, après les signatures) : la collectivité est lue, avec
    le constat qui dit qu'elle vient d'après les délibérations."""
    resultat = lire_extrait(_PIED_APLATI.format(pied=pied))
    assert resultat.seance is not None
    attendu = pied.split(" – ")[0].split(" - ")[0].split(" de ", 1)[1]
    assert resultat.seance.assemblee.collectivite.nom.replace("’", "'") == attendu.replace("’", "'")
    assert "extrait.collectivite-hors-en-tete" in {c.code for c in resultat.rapport.constats}


def test_commune_dans_un_titre_de_point_n_est_pas_un_pied_de_page() -> None:
    """« Convention avec la Commune de Vaux – séance … » dans le titre d'un point : pas un pied
    de page (l'article ou la préposition devant « Commune » la garde dans sa phrase)."""
    texte = _PIED_APLATI.format(pied="").replace(
        "Tarifs de la salle des fêtes",
        "Convention avec la Commune de Vaux – séance de cinéma en plein air",
    )
    seance = seance_lue(texte)
    assert seance.assemblee.collectivite.nom == "(collectivité non indiquée)"
    assert seance.deliberations[1].objet.startswith("Convention avec la Commune de Vaux")
