"""Familles de mises en page trouvées par la septième mesure hors échantillon (documents 230
à 239, textes copiés d'un visionneur PDF) : chaque règle sur un petit texte, indépendamment
du corpus."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.preparation import libelles_puis_valeurs, preparer
from deliberations.extrait.reconnaisseurs import decision_adoptee, secretaire, section
from deliberations.model import Seance, StatutPresence
from tests.extrait.comparaison import seance_lue as _seance


def _statuts(seance: Seance) -> dict[str, str]:
    return {e.nom: p.statut.value for p in seance.presences for e in [p.elu]}


def test_intitules_d_extrait_sans_deux_points() -> None:
    presents = section("Présents Gérard ESCANDE, Josiane PUJOL")
    assert presents is not None and presents.nom == "presents"
    excuses = section("Absents excusés Henri MARTY et Colette MIQUEL.")
    assert excuses is not None and excuses.nom == "absents" and excuses.excuses
    non_excuses = section("Absents non excusés Fabien CAUMES.")
    assert non_excuses is not None and not non_excuses.excuses
    pouvoirs = section("Ont donné procuration – Suppléant(e)s Josiane PUJOL à Gérard ESCANDE")
    assert pouvoirs is not None and pouvoirs.nom == "procurations"


def test_secretaire_sans_deux_points() -> None:
    assert secretaire("Secrétaire de séance Nadine ROUQUET.") == "Nadine ROUQUET"
    assert secretaire("Secrétaire de séance est désignée Mme X") is None


def test_colonne_de_libelles_puis_colonne_de_valeurs() -> None:
    texte = (
        "Nombre de membres :\nAfférents au Conseil de Communauté :\nEn exercice :\n"
        "Ayant pris part à la délibération :\nDate de la Convocation :\n"
        "20\n20\n17\n07/03/2018\nSEANCE DU 14 MARS 2018\n"
    )
    lignes = [ligne.texte for ligne in preparer(texte).lignes]
    assert lignes[:5] == [
        "Nombre de membres :",
        "Afférents au Conseil de Communauté : 20",
        "En exercice : 20",
        "Ayant pris part à la délibération : 17",
        "Date de la Convocation : 07/03/2018",
    ]
    seance = _seance(texte + "Présents : M. Paul VIDAL, M. Jean ROUX\n")
    assert seance.decomptes is not None
    assert (seance.decomptes.membres, seance.decomptes.en_exercice) == (20, 20)
    assert seance.decomptes.votants == 17
    assert seance.date_convocation == dt.date(2018, 3, 7)


def test_colonnes_dans_le_flux_sans_accord_ne_changent_pas() -> None:
    texte = "Présents : Absents : Votants : 12 EXTRAIT"  # une valeur pour trois libellés
    assert libelles_puis_valeurs(texte) == texte


@given(st.text(alphabet="Ab :1/2é\n", max_size=80))
def test_colonnes_dans_le_flux_ne_perdent_rien(texte: str) -> None:
    """La réécriture n'ajoute que des espaces et ne retire aucun caractère non blanc."""
    apres = libelles_puis_valeurs(texte)
    assert sorted(apres.replace(" ", "")) == sorted(texte.replace(" ", ""))


def test_liste_des_presents_qui_nomme_tout_le_conseil() -> None:
    texte = (
        "SEANCE DU 14 MARS 2018\n"
        "Présents Paul VIDAL, Anne ROUX, Marc DURAND, Lise MOREL, Eric BLANC.\n"
        "Ont donné procuration Anne ROUX à Paul VIDAL.\n"
        "Absents excusés Marc DURAND.\n"
        "Absents non excusés Eric BLANC.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert _statuts(resultat.seance) == {
        "VIDAL": "present",
        "MOREL": "present",
        "ROUX": "represente",
        "DURAND": "excuse",
        "BLANC": "absent",
    }
    assert "extrait.presents-liste-complete" in {c.code for c in resultat.rapport.constats}


def test_present_qui_part_en_donnant_pouvoir_reste_present() -> None:
    """Un seul mandant nommé parmi les présents, sans absent : la règle ne s'applique pas."""
    texte = (
        "SEANCE DU 14 MARS 2018\n"
        "Présents : Paul VIDAL, Anne ROUX, Lise MOREL.\n"
        "Pouvoirs : Anne ROUX à Paul VIDAL.\n"
    )
    assert _statuts(_seance(texte))["ROUX"] == "present"


def test_numero_apres_le_titre() -> None:
    texte = (
        "SEANCE DU 4 JUILLET 2016\nPrésents : M. Paul VIDAL\n"
        "Objet : Acquisition de la parcelle B 412 – N° 2016-031\nPour : 11\n"
    )
    seance = _seance(texte)
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("2016-031", "Acquisition de la parcelle B 412")
    ]


def test_point_annee_rang_dans_le_flux() -> None:
    texte = (
        "Séance du jeudi 9 mars 2023 Présents : M. Paul VIDAL, Mme Anne ROUX. 2023-05 Budget "
        "primitif 2023 Le Conseil municipal adopte le budget. Pour : 12 Contre : 2 Abstention : 0 "
        "2023-06 Vote des taux 2023 Le Conseil municipal décide de maintenir les taux. Pour : 14 "
        "Contre : 0 Abstention : 0 " + "Texte du point. " * 60
    )
    numeros = [d.numero for d in _seance(texte).deliberations]
    assert numeros == ["2023-05", "2023-06"]


def test_suppleance_dans_une_liste_de_procurations() -> None:
    texte = (
        "SEANCE DU 22 SEPTEMBRE 2020\nPrésents Raymond SERVANT, Lydie BAUX.\n"
        "Ont donné procuration – Suppléant(e)s Louis ALBERT à Raymond SERVANT et Georges "
        "CALVET suppléé par Alain CALVET.\n"
    )
    seance = _seance(texte)
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [
        ("ALBERT", "SERVANT")
    ]
    remplaces = [p for p in seance.presences if p.statut is StatutPresence.REMPLACE]
    assert [(p.elu.prenom, p.suppleant.prenom if p.suppleant else None) for p in remplaces] == [
        ("Georges", "Alain")
    ]


def test_approbation_en_capitales_avant_le_premier_point() -> None:
    texte = (
        "SEANCE DU 14 MARS 2018\nPrésents : M. Paul VIDAL\n"
        "APPROBATION DU COMPTE-RENDU DU CONSEIL DU 24 JANVIER 2018\n"
        "Le compte-rendu est mis aux voix.\nAdopté à l'unanimité.\n"
    )
    (d,) = _seance(texte).deliberations
    assert d.objet == "APPROBATION DU COMPTE-RENDU DU CONSEIL DU 24 JANVIER 2018"
    assert d.scrutins[0].unanimite


def test_apres_en_avoir_delibere_le_conseil_de_communaute_approuve() -> None:
    assert decision_adoptee(
        "Après en avoir délibéré, le Conseil de Communauté approuve l'adhésion au service."
    )
    assert decision_adoptee("Le Conseil de Communauté approuve la convention.")
    assert not decision_adoptee("Le Conseil de Communauté fixe les taux.")


def test_pied_de_page_numerote_au_milieu_d_une_liste() -> None:
    pied = "Conseil municipal du 12 avril 2022 – Procès-verbal      Page {} sur 2"
    adresse = "Mairie de Boussac – 2 place de la Halle – 23600 Boussac"
    texte = "\n".join(
        [
            "SEANCE DU 12 AVRIL 2022",
            "Présents : Mme Françoise LAGRANGE, M. Paul",
            pied.format(1),
            adresse,
            "GIRAUD, Mme Sophie TIXIER.",
            "1. Budget",
            "Adopté à l'unanimité.",
            pied.format(2),
            adresse,
        ]
    )
    prep = preparer(texte)
    assert all("Page" not in ligne.texte and "Halle" not in ligne.texte for ligne in prep.lignes)
    assert [raison for _, _, raison in prep.retirees].count("pied de page répété") == 4


def test_numero_du_document_n_est_pas_un_pied_de_page() -> None:
    texte = "Délibération N° 14/2011\nTexte\nDélibération N° 15/2011\nTexte\n"
    assert preparer(texte).lignes[0].texte == "Délibération N° 14/2011"


def test_valeur_d_un_libelle_coupee_en_fin_de_ligne() -> None:
    texte = """PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU MARDI 12 AVRIL 2022
Date de convocation : 5 avril 2022 – Conseillers en exercice : 19 – Présents : 15 – Pouvoirs :
3 – Votants : 18
Le douze avril deux mille vingt-deux, à vingt heures, le Conseil municipal de la commune de
Boussac-les-Etangs, dûment convoqué, s'est réuni en séance publique à la salle polyvalente,
sous la présidence de Madame Françoise LAGRANGE, Maire, qui constate que le quorum est atteint
et ouvre la séance après avoir rappelé l'ordre du jour adressé aux conseillers municipaux avec
la convocation et la note de synthèse sur les affaires soumises à délibération ce soir-là.
Le procès-verbal de la séance du 8 mars 2022 est adopté à l'unanimité des membres présents et
représentés, sans observation particulière de la part des conseillers municipaux présents.
"""
    lignes = [ligne.texte for ligne in preparer(texte).lignes]
    assert any(ligne.endswith("Pouvoirs : 3 – Votants : 18") for ligne in lignes)
    seance = _seance(texte)
    assert seance.decomptes is not None and seance.decomptes.votants == 18
    assert seance.deliberations == ()  # « 3 – Votants : 18 » n'ouvre pas un point


def test_membre_nomme_qui_ne_prend_pas_part_au_vote() -> None:
    texte = (
        "SEANCE DU 12 AVRIL 2022\nPrésents : M. Paul VIDAL, Mme Yvette BOUDET\n"
        "4. Subventions aux associations 2022\n"
        "Le Conseil municipal attribue les subventions 2022 selon le tableau annexé, pour un "
        "montant total de 12 350 €. Mme Yvette BOUDET, présidente du comité des fêtes, ne prend "
        "pas part au vote.\nVotes : Pour 17 – Contre 0 – Abstention 0\n"
    )
    (d,) = _seance(texte).deliberations
    assert (d.scrutins[0].pour, d.scrutins[0].ne_prend_pas_part) == (17, 1)


def test_tableau_presents_absents_aplati_par_rangees() -> None:
    texte = "\n".join(
        [
            "Séance du vendredi 18 octobre 2013",
            "PRESENTS ABSENTS",
            "M. Roland PICHARD, Maire Mme Jacqueline BOULAY, excusée, pouvoir à",
            "M. Thierry CORNU, 1er Adjoint M. Roland PICHARD",
            "Mme Ghislaine MOREL M. Stéphane QUESNEL, absent",
            "M. Didier PERCHERON",
            "Mme Valérie ROUSSEL a été nommée secrétaire de séance.",
        ]
    )
    seance = _seance(texte)
    assert _statuts(seance) == {
        "PICHARD": "present",
        "CORNU": "present",
        "MOREL": "present",
        "PERCHERON": "present",
        "QUESNEL": "absent",
        "BOULAY": "represente",
    }
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [
        ("BOULAY", "PICHARD")
    ]
    assert [e.nom for e in seance.secretaires] == ["ROUSSEL"]
