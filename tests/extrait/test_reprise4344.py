"""Familles de mises en page reprises des séries 43 et 44 (écarts 584 à 598) : chaque règle
sur un petit texte inventé, indépendamment du corpus."""

from __future__ import annotations

from tests.extrait.comparaison import projection, seance_lue

_EN_TETE = (
    "Communauté de communes du Val de Brême – Conseil communautaire – Séance du 3 mai 2016 "
)


def test_derniere_commune_en_capitales_apres_un_point_virgule() -> None:
    """« Présents : ORNAC : M. A ; SAINT-PIERRE-DE-BRÊME : M. B, Mme C » (deux groupes, liste
    aplatie) : la dernière commune est un groupe, son premier délégué est lu."""
    texte = (
        _EN_TETE + "Présents : ORNAC : M. Luc VIDAL ; SAINT-PIERRE-DE-BRÊME : M. Henri FABRE, "
        "Mme Rose MOLINIER. Absents excusés : M. Jean TESTE (ORNAC). 1 – Budget primitif "
        "Adopté à l'unanimité."
    )
    assert projection(seance_lue(texte))["presents"] == ["Luc VIDAL", "Henri FABRE", "Rose MOLINIER"]


def test_phrase_apres_un_vote_qui_finit_sur_un_nombre() -> None:
    """« Vote : pour 7, contre 0, abstention 0. Monsieur X, appelé …, se retire … » (texte
    aplati) : la phrase du vote finit au point après le dernier nombre, ses voix sont lues."""
    texte = (
        "Commune de Valbrune. Séance du conseil municipal du 4 avril 2003. Étaient présents : "
        "Monsieur Paul ARNAUD, Madame Lise BERTIN, Monsieur Marc COLIN. 5°) Renouvellement du "
        "bail de chasse Le bail consenti à l'association arrive à échéance le 30 juin. Vote : "
        "pour 3, contre 0, abstention 0. Monsieur Marc COLIN, appelé à d'autres obligations, se "
        "retire à 22 h 15 à l'issue du point 5 ; il n'a pas laissé de pouvoir."
    )
    scrutin = projection(seance_lue(texte))["deliberations"][0]["scrutin"]
    assert (scrutin["pour"], scrutin["contre"], scrutin["abstentions"]) == (3, 0, 0)


_APLATI = (
    "Commune de Valbrune. Séance du conseil municipal du 4 avril 2011. Étaient présents : "
    "Monsieur Paul ARNAUD, Madame Lise BERTIN, Monsieur Marc COLIN, Madame Anne DUVAL. "
    "Affaires délibérées : 1°) Tarif de l'eau 2011 : le prix du mètre cube est fixé à 1,20 €. "
    "Adopté à l'unanimité. "
)


def test_titre_puis_sujet_de_la_phrase_de_decision() -> None:
    """« Tarifs de la garderie : les tarifs sont approuvés à l'unanimité. » (texte aplati) :
    le sujet de la phrase de décision n'est pas la fin du titre."""
    texte = _APLATI + "2°) Tarifs de la garderie : les tarifs sont approuvés à l'unanimité."
    assert projection(seance_lue(texte))["deliberations"][1]["objet"] == "Tarifs de la garderie"


def test_titre_puis_precision_chiffree() -> None:
    """« Achat d'une tondeuse : acquisition pour 2 400 € TTC. Pour : 4. », « Subvention au
    comité des fêtes : 250 € pour le feu d'artifice. 3 voix pour, 1 contre. » (texte aplati) :
    la précision qui chiffre la décision n'est pas dans l'objet."""
    texte = _APLATI + (
        "2°) Achat d'une tondeuse : acquisition pour 2 400 € TTC. Pour : 4. 3°) Subvention au "
        "comité des fêtes : 250 € pour le feu d'artifice. 3 voix pour, 1 voix contre, 0 "
        "abstention. Questions diverses : néant."
    )
    objets = [d["objet"] for d in projection(seance_lue(texte))["deliberations"]]
    assert objets[1:] == ["Achat d'une tondeuse", "Subvention au comité des fêtes"]


def test_sous_titre_sans_montant_garde() -> None:
    """« Tableau des emplois : création d'un poste d'agent technique. Adopté … » : un
    sous-titre (sans montant) reste dans l'objet."""
    texte = _APLATI + (
        "2°) Tableau des emplois : création d'un poste d'agent technique. Adopté à l'unanimité."
    )
    objet = projection(seance_lue(texte))["deliberations"][1]["objet"]
    assert objet.startswith("Tableau des emplois : création d'un poste d'agent technique")


def test_titre_a_tiret_demi_cadratin_plus_large_que_le_texte() -> None:
    """« 2 – Convention … de la commune de Lavaux » puis « La commune de Lavaux met … » (copie
    d'un PDF coupée à la largeur) : le titre n'est pas poursuivi par la phrase suivante."""
    ligne = "La commune met à disposition du syndicat son agent d'entretien à raison de"
    texte = (
        "Syndicat intercommunal scolaire des Granges\nSéance du comité syndical du 3 juin 2008\n"
        "Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN, Mme Anne DUVAL.\n\n"
        "1 – Tarifs de la cantine pour l'année scolaire 2008-2009\n"
        + "\n".join([ligne] * 4)
        + "\nhuit heures.\nAdopté à l'unanimité.\n\n"
        "2 – Convention de mise à disposition de l'agent d'entretien de la commune de Lavaux\n"
        + "\n".join([ligne] * 3)
        + "\nhuit heures.\nLa convention est approuvée à l'unanimité.\n"
    )
    objets = [d["objet"] for d in projection(seance_lue(texte))["deliberations"]]
    assert objets[1] == "Convention de mise à disposition de l'agent d'entretien de la commune de Lavaux"


def test_ecriture_inclusive_gardee_dans_l_objet() -> None:
    """« Présent·es : … » est lu comme un intitulé (la normalisation ramène la marque au
    masculin), mais l'objet « Désignation d’un·e référent·e ambroisie » reste tel qu'écrit."""
    texte = (
        "Commune de Valbrune\nSéance du conseil municipal du 3 mai 2021\n"
        "Présent·es : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN.\n"
        "1. Création d’un poste d’adjoint·e technique territorial·e\nAdopté à l'unanimité.\n"
        "2. Désignation d’un·e référent·e ambroisie\nAdopté à l'unanimité.\n"
    )
    projete = projection(seance_lue(texte))
    assert projete["presents"] == ["Paul ARNAUD", "Lise BERTIN", "Marc COLIN"]
    assert [d["objet"] for d in projete["deliberations"]] == [
        "Création d'un poste d'adjoint·e technique territorial·e",
        "Désignation d'un·e référent·e ambroisie",
    ]
