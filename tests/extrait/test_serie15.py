"""Familles de mises en page trouvées par la quinzième mesure hors échantillon (documents 306
à 315 : conseils municipaux d'Alsace-Moselle, d'outre-mer, d'une commune nouvelle ; compte rendu
sommaire, relevé des décisions, extrait à tableau de vote) : chaque règle sur un petit texte,
indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.collectivite import dans_la_prose, en_tete
from tests.extrait.comparaison import seance_lue as _seance


def _noms(elus: object) -> list[str]:
    return [f"{e.prenom} {e.nom}" if e.prenom else e.nom for e in elus]  # type: ignore[attr-defined]


# --- commune nouvelle : « de la commune nouvelle des X », communes déléguées ---------------


def test_commune_nouvelle_dans_la_prose() -> None:
    texte = "le Conseil Municipal de la commune nouvelle des Trois-Vallons, légalement convoqué"
    assert dans_la_prose(texte) == "Les Trois-Vallons"


def test_commune_nouvelle_en_tete_sans_ses_communes_deleguees() -> None:
    ligne = "COMMUNE NOUVELLE DES TROIS-VALLONS Communes déléguées de Bréville, Saint-Ouen et Aubert"
    assert en_tete(ligne) == ("LES TROIS-VALLONS", "commune")
    assert en_tete("Commune nouvelle de Val-d'Issoire") == ("Val-d'Issoire", "commune")


def test_conseil_municipal_des_jeunes_n_est_pas_une_commune() -> None:
    assert dans_la_prose("le Conseil Municipal des jeunes, réuni en mairie") is None


# --- colonnes de tableau aplaties : une date n'est pas un effectif -------------------------


def test_date_apres_le_libelle_d_un_effectif_n_est_pas_un_nombre() -> None:
    texte = (
        "Date de la convocation : Nombres de membres : 21/08/2013 • Afférents au Conseil "
        "municipal : 11 Date d'affichage : • En exercice : 11 21/08/2013 • Présents : 7"
    )
    assert dict(r.decomptes(texte)) == {"membres": 11, "en_exercice": 11, "presents": 7}
    # « 11/11 » (en exercice sur effectif) reste un nombre
    assert dict(r.decomptes("Nombre de conseillers en exercice : 11/11")) == {"en_exercice": 11}
