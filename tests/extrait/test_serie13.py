"""Familles de mises en page trouvées par la treizième mesure hors échantillon (documents 290
à 295 : conseils municipaux de petites communes, textes de PDF aplatis ou en lignes, page web) :
chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.html import texte_html
from tests.extrait.comparaison import seance_lue as _seance


def _noms(elus: object) -> list[str]:
    return [f"{e.prenom} {e.nom}" if e.prenom else e.nom for e in elus]  # type: ignore[attr-defined]


def _scrutins(texte: str) -> list[tuple[str | None, int | None, int | None, int | None]]:
    s = _seance(texte)
    return [
        (
            (d.objet or "").rstrip("."),  # le point final d'un titre n'est pas comparé
            d.scrutin.pour if d.scrutin else None,
            d.scrutin.contre if d.scrutin else None,
            d.scrutin.abstentions if d.scrutin else None,
        )
        for d in s.deliberations
    ]


# --- secrétaire suivi d'une rubrique « * » dans un texte aplati -----------------------------


def test_secretaire_avant_une_rubrique_a_asterisque() -> None:
    assert r.secretaire("Secrétaire de séance : Madame Ainhoa ERRECART * AFFAIRES GENERALES") == (
        "Madame Ainhoa ERRECART"
    )


# --- liste aplatie finie par « Le secrétaire de séance sera … » sans point -----------------

_APLATI_SECRETAIRE_SERA = (
    "Compte rendu de la séance du conseil municipal du 26 septembre 2011 L'AN DEUX MIL ONZE le "
    "VINGT-SIX du mois de SEPTEMBRE à 20 heures 30, le Conseil Municipal de la commune de "
    "Vaudricourt-le-Haut, dûment convoqué, s'est réuni sous la présidence de Monsieur Paul "
    "GIRARD, Maire. Présents : Monsieur Paul GIRARD, Madame Anne LEROUX, Monsieur Marc BESSON "
    "Absent : M. Kevin ROUSSEL Le secrétaire de séance sera M. Marc BESSON. Délibération "
    "n°2011-31 : Indemnité de conseil du receveur municipal Pour : 3 - Contre : 0 - Abstention : 0"
)


def test_liste_aplatie_finie_par_la_phrase_du_secretaire() -> None:
    s = _seance(_APLATI_SECRETAIRE_SERA)
    assert _noms(s.secretaires) == ["Marc BESSON"]
    assert [f"{p.elu.prenom} {p.elu.nom}" for p in s.presences if p.statut.value == "absent"] == [
        "Kevin ROUSSEL"
    ]


# --- nom de lieu dans un titre aplati ------------------------------------------------------


def test_titre_aplati_garde_le_nom_d_un_lieu_dit() -> None:
    assert r.couper_titre(
        "Vente d'une parcelle au lieu-dit Les Grandes Ouches M. Serge VILAIN ne prend pas part"
    ) == ("Vente d'une parcelle au lieu-dit Les Grandes Ouches", "M. Serge VILAIN ne prend pas part")


def test_titre_aplati_garde_un_nom_entre_guillemets() -> None:
    titre, suite = r.couper_titre(
        "Vente d’un terrain au lieu-dit « La Côte Saint-Jean » Monsieur le Maire expose"
    )
    assert titre == "Vente d’un terrain au lieu-dit « La Côte Saint-Jean »"
    assert suite == "Monsieur le Maire expose"


def test_titre_aplati_coupe_toujours_devant_une_phrase() -> None:
    assert r.couper_titre("Cession à la SCI Les Genêts Le prix est de 12 €") == (
        "Cession à la SCI Les Genêts",
        "Le prix est de 12 €",
    )


# --- voix collées à la virgule d'un PDF aplati -----------------------------------------------


def test_voix_apres_une_virgule_collee() -> None:
    assert r.votes("par 17 voix pour,3 voix contre et 1 abstention,APPROUVE les tarifs") == [
        ("pour", 17),
        ("contre", 3),
        ("abstentions", 1),
    ]


def test_nombre_decimal_n_est_pas_une_voix() -> None:
    assert r.votes("un taux de 6,3 voix contre") == []


# --- présent « (arrivée au point n° 2) » seul sur sa ligne -----------------------------------

_UN_NOM_PAR_LIGNE = """COMPTE RENDU DU CONSEIL MUNICIPAL DU 10 NOVEMBRE 2020
Commune de Bellecombe-sur-Oise
Sont présents :
DUQUESNE Arnaud
LECLERCQ Patricia
DUBOIS Carine (arrivée au point n° 2)
HAUDIQUET Marc
Absente : BEAUVAIS Stéphanie
DCM n°2020-57 – Tarifs de la salle polyvalente
Pour : 4 - Contre : 0 - Abstention : 0
"""


def test_present_avec_son_arrivee_seul_sur_sa_ligne() -> None:
    s = _seance(_UN_NOM_PAR_LIGNE)
    presents = {f"{p.elu.prenom} {p.elu.nom}": p for p in s.presences if p.statut.value == "present"}
    assert set(presents) == {"Arnaud DUQUESNE", "Patricia LECLERCQ", "Carine DUBOIS", "Marc HAUDIQUET"}
    assert presents["Carine DUBOIS"].arrivee_point == 2


# --- intertitres à point final suivis d'un vote (transcription d'un PDF en page web) ----------

_TRANSCRIPTION = """<html><body><h1>Conseil municipal du 22 février 2008</h1>
<p>L’an deux mil huit, le vingt-deux février à 20 h 30, le Conseil municipal de Saint-Lubin-des-Prés s’est réuni sous la présidence de Monsieur ROUX Gérard, Maire</p>
<p>Présents : MM. Roux, Perrier, Gaudin, Mmes Lhomme, Brossard.</p>
<p>Madame Brossard est élue secrétaire de séance.</p>
<p>Approbation du compte rendu du 18 janvier 2008.</p>
<p>Aucune observation n’étant formulée, le compte rendu est approuvé à l’unanimité.</p>
<p>Vote du compte administratif 2007.</p>
<p>Monsieur le Maire se retire et laisse la présidence à Monsieur Perrier.</p>
<p>Section de fonctionnement : Dépenses : 241 318,05 €</p>
<p>Le Conseil municipal approuve le compte administratif 2007 par 4 voix pour.</p>
<p>Travaux d’enfouissement des réseaux rue de la Mare.</p>
<p>Après en avoir délibéré, le Conseil municipal décide par 3 voix pour et 2 voix contre de réaliser les travaux.</p>
<p>Questions diverses.</p>
<p>La fête communale est fixée au dimanche 15 juin 2008.</p>
</body></html>"""


def test_intertitres_a_point_final_suivis_d_un_vote() -> None:
    assert _scrutins(texte_html(_TRANSCRIPTION)) == [
        ("Approbation du compte rendu du 18 janvier 2008", None, None, None),
        ("Vote du compte administratif 2007", 4, None, None),
        ("Travaux d'enfouissement des réseaux rue de la Mare", 3, 2, None),
    ]


def test_phrase_courte_sans_vote_qui_suit_n_est_pas_un_point() -> None:
    texte = _TRANSCRIPTION.replace(
        "<p>Questions diverses.</p>", "<p>Questions diverses.</p><p>Prochaine réunion fin avril.</p>"
    ).replace("<p>La fête communale", "<p>Fleurissement du village.</p><p>La fête communale")
    assert len(_seance(texte_html(texte)).deliberations) == 3
