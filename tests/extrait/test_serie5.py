"""Familles de mises en page trouvées par la cinquième mesure hors échantillon (documents 210
à 219) : chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

import datetime as dt

from deliberations.extrait import lire_extrait
from deliberations.extrait.reconnaisseurs import date_seance, secretaire


def test_date_de_convocation_du_conseil_n_est_pas_la_date_de_seance() -> None:
    ligne = (
        "L'an DEUX MILLE QUINZE le 14 décembre à 20 H 30, le Conseil municipal, légalement "
        "convoqué, s'est réuni. Date convocation du Conseil Municipal : 7 décembre 2015"
    )
    assert date_seance(ligne) == dt.date(2015, 12, 14)


def test_nom_commencant_comme_un_article_n_est_pas_coupe() -> None:
    assert secretaire("Cédric Laurent est désigné secrétaire de séance.") == "Cédric Laurent"
    assert secretaire("Secrétaire de séance : Mme Lise LEROY La séance est ouverte") == (
        "Mme Lise LEROY"
    )


def test_secretaire_prenom_nom_en_casse_normale() -> None:
    texte = "Séance du 9 février 2024\nLéa Lambert est désignée secrétaire de séance.\n"
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [(e.prenom, e.nom) for e in seance.secretaires] == [("Léa", "Lambert")]
