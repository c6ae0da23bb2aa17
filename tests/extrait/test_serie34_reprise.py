"""Reprise de la trente-quatrième série : l'écart 499 (résultats d'une élection à bulletin
secret dans le flux d'une page aplatie), sur un petit texte inventé, indépendamment du corpus."""

from __future__ import annotations

from tests.extrait.comparaison import projection, seance_lue


def test_resultats_d_election_dans_une_page_aplatie() -> None:
    """« Nombre de votants : 15 Bulletins blancs ou nuls : 1 Suffrages exprimés : 14 Majorité
    absolue : 8 M. X a obtenu 14 voix … » sur une ligne : chaque résultat est lu comme sur le
    procès-verbal (blancs et nuls, pas d'unanimité), et le point « 2. » qui suit s'ouvre."""
    texte = (
        "Commune de Vaux-sur-Brenne Procès-verbal de la séance d'installation du conseil municipal "
        "du 26 mai 2020 L'an deux mille vingt, le vingt-six mai à dix-huit heures, s'est réuni le "
        "conseil municipal de la commune de Vaux-sur-Brenne. Etaient présents les conseillers "
        "municipaux suivants : DELMAS Raoul, MAZIÈRES Christophe, BOUSQUET Danielle, CAZES Fabien, "
        "ALIBERT Nicole. Le conseil municipal a choisi pour secrétaire Mme ALIBERT Nicole. "
        "1. Élection du maire Il est procédé au vote à bulletin secret. Nombre de votants : 15 "
        "Bulletins blancs ou nuls : 1 Suffrages exprimés : 14 Majorité absolue : 8 M. MAZIÈRES "
        "Christophe a obtenu 14 voix et a été proclamé maire. M. MAZIÈRES Christophe, maire, a pris "
        "la présidence de la séance. 2. Détermination du nombre des adjoints Le conseil municipal, "
        "après en avoir délibéré, décide la création de deux postes d'adjoints. Adopté à "
        "l'unanimité."
    )
    points = projection(seance_lue(texte))["deliberations"]
    assert [(p["numero"], p["objet"]) for p in points] == [
        ("1", "Élection du maire"),
        ("2", "Détermination du nombre des adjoints"),
    ]
    assert points[0]["scrutin"]["blancs_nuls"] == 1
    assert points[0]["scrutin"]["unanimite"] is False
    assert points[1]["scrutin"]["unanimite"] is True
