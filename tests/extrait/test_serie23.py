"""Familles de mises en page trouvées par la vingt-troisième mesure hors échantillon (documents
386 à 392 : grandes assemblées) : chaque règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait.reconnaisseurs import mouvement
from tests.extrait.comparaison import projection

_TEXTE = (
    "Commune de Vauclerc\nProcès-verbal de la séance du conseil municipal du 20 mai 2019\n"
    "sous la présidence de M. Jean DELORME, Maire.\n"
    "Présents : M. Jean DELORME, Mme Anne ROY, M. Paul MARTY, M. Luc GARAT.\n"
    "M. Paul MARTY arrive au cours de l'examen du point n° 2019-12.\n"
    "N° 2019-11 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
    "N° 2019-12 – Subvention au comité des fêtes\nAdopté à l'unanimité.\n"
    "M. Luc GARAT quitte la séance après le point n° 2019-12.\n"
    "N° 2019-13 – Création d'un emploi\nAdopté à l'unanimité.\n"
)


def test_numero_a_separateur_non_lu_comme_un_rang() -> None:
    """« après le point n° 2019-59 » : ni le rang 201 (retour arrière), ni rien : le numéro."""
    m = mouvement("M. X quitte la séance après le point n° 2019-59 et donne pouvoir à M. Y.")
    assert m is not None
    assert (m.depart, m.depart_numero, m.depart_apres) == (None, "2019-59", True)
    d = mouvement("M. X quitte la séance à 19h40, après la délibération 2021-072.")
    assert d is not None and (d.depart, d.depart_numero) == (None, "2021-072")


def test_rang_simple_inchange() -> None:
    m = mouvement("M. A part après le point 12.")
    assert m is not None and (m.depart, m.depart_numero) == (12, None)


def test_arrivee_au_cours_de_l_examen_du_point() -> None:
    m = mouvement("M. B arrive à 19h25, au cours de l'examen du point n° 2019-58.")
    assert m is not None and m.arrivee_numero == "2019-58"


def test_mouvements_par_numero_portes_aux_rangs() -> None:
    seance = lire_extrait(_TEXTE).seance
    assert seance is not None
    assert projection(seance)["mouvements"] == {"Paul MARTY": [2, None], "Luc GARAT": [None, 2]}


def test_voix_allongees_par_les_noms_des_opposants() -> None:
    """Une ligne de voix de plus de 160 caractères à cause des noms entre parenthèses."""
    noms = ", ".join(f"M. Prenom{i} NOM{i}" for i in "ABCDEFGH")
    texte = (
        "Commune de Vauclerc\nProcès-verbal de la séance du conseil municipal du 20 mai 2019\n"
        "sous la présidence de M. Jean DELORME, Maire.\nPrésents : M. Jean DELORME, Mme Anne ROY.\n"
        "Point n°1 : Décision modificative\n"
        f"Pour : 26 – Contre : 8 (groupe « Vauclerc Demain » : {noms}) – Abstention : 0\n"
        "Adopté à la majorité.\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    scrutin = projection(seance)["deliberations"][0]["scrutin"]
    assert (scrutin["pour"], scrutin["contre"], scrutin["abstentions"]) == (26, 8, 0)
