"""Familles de mises en page trouvées par la dix-neuvième mesure hors échantillon (documents
346 à 355 : commissions permanentes et séances plénières de départements et de régions,
procès-verbaux de communes tapés au traitement de texte de 2003 à 2012) : chaque règle sur un
petit texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.model import ResultatVote, StatutPresence
from tests.extrait.comparaison import noms_de_statut as _noms
from tests.extrait.comparaison import seance_lue as _seance

_COMMUNE = (
    "COMMUNE DE VAUCLERC\nSéance du conseil municipal du 23 février 2006\n"
    "sous la présidence de Monsieur Raymond CHAPUIS, Maire.\n\n"
)


def _premier_scrutin(texte: str, rang: int = 0):  # type: ignore[no-untyped-def]
    d = _seance(texte).deliberations[rang]
    assert d.scrutins, d
    return d.scrutins[0]


# --- membres nommés qui ne prennent pas part au vote -----------------------------------------


def test_ne_prennent_pas_part_mm_x_et_y() -> None:
    texte = _COMMUNE + (
        "Etaient présents : MM. Raymond CHAPUIS, Paul ESCANDE, Joël GAILLAC, Luc ROUX.\n\n"
        "1) Subventions aux associations sportives\n\n"
        "Ne prennent pas part au vote : MM. ESCANDE et GAILLAC, membres du bureau d'une association.\n"
        "Le conseil attribue les subventions.\nAdopté à l'unanimité des suffrages exprimés.\n"
    )
    scrutin = _premier_scrutin(texte)
    assert scrutin.ne_prend_pas_part == 2
    assert scrutin.unanimite and scrutin.resultat is ResultatVote.ADOPTE


def test_noms_avant_ne_prennent_pas_part() -> None:
    texte = _COMMUNE + (
        "Etaient présents : M. Raymond CHAPUIS, Mme Nicole BELLANGER, M. Patrick HERVÉ, M. Luc ROUX.\n\n"
        "1) Subventions aux associations\n\n"
        "Mme BELLANGER et M. HERVÉ, membres du bureau de l'Amicale laïque, ne prennent pas part au vote.\n"
        "Vote : Pour : 2 Contre : 0 Abstention : 0\n"
    )
    assert _premier_scrutin(texte).ne_prend_pas_part == 2


def test_nombre_ecrit_garde_devant_les_noms() -> None:
    """« Ne prennent pas part au vote : 2 (M. X et M. Y) » : le nombre écrit, pas les noms."""
    texte = _COMMUNE + (
        "Etaient présents : MM. Raymond CHAPUIS, Paul ESCANDE, Joël GAILLAC, Luc ROUX, Marc VIDAL.\n\n"
        "1) Compte administratif 2005\n\n"
        "Pour : 2 – Contre : 0 – Abstention : 0 – Ne prennent pas part au vote : 3 (M. ESCANDE, "
        "M. GAILLAC et M. VIDAL)\n"
    )
    assert _premier_scrutin(texte).ne_prend_pas_part == 3


# --- numérotations et titres ----------------------------------------------------------------


def test_point_lettre_barre_oblique() -> None:
    texte = _COMMUNE + (
        "Présents : MM. Raymond CHAPUIS, Luc ROUX.\n\n"
        "A/ Approbation du compte rendu de la séance du 30 juin 2009\n\n"
        "Le compte rendu est approuvé à l'unanimité.\n\n"
        "B/ Tarifs de la cantine\n\nLe Conseil Municipal approuve les tarifs.\nPour : 2 Contre : 0 Abstention : 0\n"
    )
    seance = _seance(texte)
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("A", "Approbation du compte rendu de la séance du 30 juin 2009"),
        ("B", "Tarifs de la cantine"),
    ]


def test_romain_tiret_objet() -> None:
    texte = _COMMUNE + (
        "Présents : MM. Raymond CHAPUIS, Luc ROUX.\n\n"
        "I – OBJET : Compte administratif 2005\n\nLe Conseil approuve.\nVote : unanimité.\n\n"
        "II – OBJET : Vote des taux d'imposition 2006\n\nLe conseil approuve.\nVote : unanimité.\n\n"
        "III – OBJET : Questions diverses\n\n- rien.\n"
    )
    seance = _seance(texte)
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("I", "Compte administratif 2005"),
        ("II", "Vote des taux d'imposition 2006"),
    ]


def test_filet_d_underscores_sous_le_titre() -> None:
    texte = _COMMUNE + (
        "Présents : MM. Raymond CHAPUIS, Luc ROUX.\n\n"
        "______________________________\n"
        "OBJET : Location du logement communal\n"
        "______________________________\n\n"
        "Le Conseil Municipal fixe le loyer à 420 €.\nVote : Pour 2 – Contre 0 – Abstention 0\n"
    )
    assert [d.objet for d in _seance(texte).deliberations] == ["Location du logement communal"]


def test_motion_sans_numero_entre_deux_points() -> None:
    texte = (
        "CONSEIL DÉPARTEMENTAL DU HAUT-SÉRAN SÉANCE PLÉNIÈRE DU 28 JUIN 2018 Le Conseil départemental "
        "s'est réuni sous la présidence de M. Jean-Luc MOURGUES, Président. Étaient présents : "
        "MOURGUES Jean-Luc, ALBERT Catherine, HUGON Josiane. Rapport n° 1-02 – Budget supplémentaire "
        "2018 Rapporteur : Mme ALBERT Le Conseil départemental adopte le budget supplémentaire par "
        "3 voix pour. Motion relative au maintien des services de santé de proximité Rapporteur : "
        "Mme HUGON La motion est adoptée à l'unanimité. La séance est levée à 12 h 45."
    )
    seance = _seance(texte)
    assert [(d.numero, d.objet) for d in seance.deliberations][1:] == [
        ("2", "Motion relative au maintien des services de santé de proximité")
    ]
    assert seance.deliberations[1].scrutins[0].unanimite


def test_ligne_en_minuscules_apres_un_objet_en_capitales() -> None:
    """« OBJET : TITRE » puis la suite de la phrase d'ouverture : le titre reste l'objet."""
    texte = (
        "RÉGION VAL-DE-CÈZE\nSéance du jeudi 20 octobre 2016\nDélibération n° 16-AP-10-114\n\n"
        "OBJET : SCHÉMA RÉGIONAL DES MOBILITÉS\n\n"
        "L'Assemblée plénière du Conseil régional, convoquée le 5 octobre 2016, s'est réunie\n"
        "en séance publique le 20 octobre 2016 à l'Hôtel de Région, sous la présidence de\n"
        "Mme Laurence ARNAUD, Présidente du Conseil régional.\n\nLa délibération est adoptée.\n"
    )
    assert [d.objet for d in _seance(texte).deliberations] == ["SCHÉMA RÉGIONAL DES MOBILITÉS"]


def test_approuve_sous_la_presidence_d_un_adjoint() -> None:
    texte = _COMMUNE + (
        "Présents : MM. Raymond CHAPUIS, Maurice BLANC, Luc ROUX.\n\n"
        "1) Compte administratif 2005\n\n"
        "Monsieur Maurice BLANC, 1er adjoint, présente le compte administratif 2005 qui fait apparaître "
        "un excédent de fonctionnement de 48 312,57 €. Monsieur le Maire s'étant retiré, le Conseil "
        "Municipal, sous la présidence de Monsieur BLANC, approuve le compte administratif 2005.\n"
        "Vote : 2 voix pour.\n"
    )
    scrutin = _premier_scrutin(texte)
    assert scrutin.pour == 2 and scrutin.resultat is ResultatVote.ADOPTE


# --- listes -------------------------------------------------------------------------------


def test_rapporteur_finit_la_liste_des_absents() -> None:
    texte = (
        "CONSEIL GENERAL DE LA MONTAGNE NOIRE\nCOMMISSION PERMANENTE\nRéunion du 9 décembre 2013\n\n"
        "Délibération n° CP 13-12-027\n\nOBJET : AIDE AUX COMMUNES\n\n"
        "Conseillers généraux présents : MM. ROUANET, CABROL, Mmes ALQUIER.\n\n"
        "Absent : M. SABATIER.\n\nRapporteur : M. GALINIER\n\nLa Commission Permanente,\n\n"
        "Vu le Code Général des Collectivités Territoriales,\n\nAprès en avoir délibéré,\n\nDECIDE\n\n"
        "Adopté à l'unanimité.\n"
    )
    seance = _seance(texte)
    assert _noms(seance, StatutPresence.ABSENT) == ["SABATIER"]


def test_nom_seul_qui_finit_la_liste() -> None:
    texte = _COMMUNE + (
        "Etaient présents : MM. CHAPUIS, BOUCHER, DEVAUX, Mmes COLLARD,\nHENRY.\n\nAbsent : M. ROUSSEL.\n"
    )
    assert _noms(_seance(texte), StatutPresence.PRESENT) == ["Raymond CHAPUIS", "BOUCHER", "DEVAUX", "COLLARD", "HENRY"]


def test_noms_en_colonnes_a_tabulations() -> None:
    texte = _COMMUNE + (
        "ETAIENT PRESENTS : MM.\tCHAPUIS\tCOLLIN\tDROUOT\n\t\t\tHUMBERT\tLAMBERT\tPERNOT\n"
        "\t\tMMES\tBARBIER\tJACQUOT\n\nABSENT :\t\tMME FAIVRE\n"
    )
    presents = _noms(_seance(texte), StatutPresence.PRESENT)
    assert presents == ["Raymond CHAPUIS", "COLLIN", "DROUOT", "HUMBERT", "LAMBERT", "PERNOT", "BARBIER", "JACQUOT"]


# --- décomptes ------------------------------------------------------------------------------


def test_suffrages_exprimes_dans_l_entete() -> None:
    texte = (
        "COMMUNE DE MONTREUIL SEANCE DU 12 AVRIL 2012 Nombre de membres en exercice : 23 Nombre de "
        "membres présents : 18 Nombre de suffrages exprimés : 21 L'an deux mil douze, le douze avril, "
        "le Conseil Municipal s'est réuni sous la présidence de M. Dominique LEROUX, Maire. "
        + "Questions diverses. " * 8
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None and resultat.seance.decomptes is not None
    assert (resultat.seance.decomptes.presents, resultat.seance.decomptes.votants) == (18, 21)
    assert not [c for c in resultat.rapport.constats if c.code == "extrait.vote-hors-deliberation"]


def test_departement_a_droite_de_la_commune() -> None:
    """« MAIRIE DE LA X      MARNE » dont les espaces ont été réduits (page web) : la commune
    seule ; un nom qui finit par un département après un mot de liaison le garde."""
    from deliberations.extrait.collectivite import _sans_departement_final

    assert _sans_departement_final("LA CHAPELLE-SOUS-ORBAIS MARNE") == "LA CHAPELLE-SOUS-ORBAIS"
    assert _sans_departement_final("Pont de l'Isère") == "Pont de l'Isère"
    assert _sans_departement_final("Saint-Just-en-Verdois") == "Saint-Just-en-Verdois"


def test_filet_recolle_au_bout_d_un_titre() -> None:
    """Un filet réduit à « _ » et recollé à la ligne d'un titre n'entre pas dans l'objet."""
    texte = _COMMUNE + (
        "Présents : MM. Raymond CHAPUIS, Luc ROUX.\n\n"
        "OBJET : Location du logement communal _\n\n"
        "Le Conseil Municipal fixe le loyer à 420 €.\nVote : Pour 2 – Contre 0 – Abstention 0\n"
    )
    assert [d.objet for d in _seance(texte).deliberations] == ["Location du logement communal"]


def test_president_de_seance_reduit_a_la_civilite() -> None:
    from deliberations.extrait.reconnaisseurs import president

    assert president("Président de séance : M.") is None
    assert president("Président de séance : M. Hervé CASTANIER, Président du Conseil départemental.") == (
        "M. Hervé CASTANIER"
    )


def test_commission_permanente_dans_le_point_sous_un_en_tete_de_conseil() -> None:
    """L'en-tête ne nomme que le conseil général ; le point dit « La Commission Permanente, » :
    l'organe de l'en-tête est gardé, avec un constat."""
    texte = (
        "CONSEIL GENERAL DE LA MONTAGNE NOIRE\nRéunion du 9 décembre 2013\n\n"
        "Délibération n° CP 13-12-027\n\nOBJET : AIDE AUX COMMUNES\n\n"
        "Conseillers généraux présents : MM. ROUANET, CABROL.\n\nLa Commission Permanente,\n\n"
        "Après en avoir délibéré,\n\nDECIDE\n\nAdopté à l'unanimité.\n"
    )
    codes = [c.code for c in lire_extrait(texte).rapport.constats]
    assert "extrait.organe-divergent" in codes
