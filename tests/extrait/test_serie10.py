"""Familles de mises en page trouvées par la dixième mesure hors échantillon (documents 260
à 269 : extraits et procès-verbaux tels que les produisent les logiciels de mairie et la
chaîne de télétransmission @CTES) : chaque règle sur un petit texte, indépendamment du
corpus."""

from __future__ import annotations

import datetime as dt

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import nature_seule
from deliberations.extrait.preparation import preparer
from deliberations.extrait.reconnaisseurs import organe
from deliberations.model import Organe, StatutPresence
from tests.extrait.comparaison import seance_lue as _seance

_COMMUNE = (
    "COMMUNE DE VALMONT\n"
    "Séance du 9 octobre 2014\n"
    "Le Conseil Municipal de Valmont s'est réuni sous la présidence de Mme Annick LE GOFF, "
    "Maire.\n"
)


def test_nom_de_syndicat_qui_ne_dit_que_son_service_continue_sur_la_ligne_suivante() -> None:
    assert nature_seule("Syndicat intercommunal d'alimentation en eau potable")
    assert nature_seule("SYNDICAT DE COLLECTE ET DE TRAITEMENT DES ORDURES MÉNAGÈRES")
    assert not nature_seule("Syndicat intercommunal d'alimentation en eau potable du Clain")
    seance = _seance(
        "SYNDICAT INTERCOMMUNAL D'ALIMENTATION EN EAU POTABLE\n"
        "DE LA VALLÉE DU CLAIN SUPÉRIEUR\n"
        "REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL\n"
        "Séance du 14 mars 2017\n"
    )
    assert seance.assemblee.collectivite.nom == (
        "SYNDICAT INTERCOMMUNAL D'ALIMENTATION EN EAU POTABLE DE LA VALLÉE DU CLAIN SUPÉRIEUR"
    )
    assert seance.assemblee.organe is Organe.COMITE_SYNDICAL


def test_nom_coupe_apres_le_prenom_finit_par_un_point_sur_la_ligne_suivante() -> None:
    seance = _seance(
        _COMMUNE + "Présents : Mme Annick LE GOFF, M. Yannick GUÉGAN.\n"
        "Absents excusés : M. Pascal LE ROUX (pouvoir à Mme Annick LE GOFF), Mme Sandrine\n"
        "MAHÉO.\n"
    )
    excuses = {(p.elu.prenom, p.elu.nom) for p in seance.presences if p.statut is StatutPresence.EXCUSE}
    assert ("Sandrine", "MAHÉO") in excuses
    assert "MAHÉO." not in {e.nom for e in seance.presents()}


def test_numero_ecrit_au_bout_de_la_ligne_de_l_objet() -> None:
    seance = _seance(
        _COMMUNE + "Objet : Tarifs de la cantine scolaire – année 2014-2015        N° 2014-045\n"
        "Le Conseil Municipal, après en avoir délibéré, à l'unanimité, fixe les tarifs.\n"
    )
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("2014-045", "Tarifs de la cantine scolaire – année 2014-2015")
    ]
    seance = _seance(
        _COMMUNE + "Objet : Décision modificative N° 3\nAdopté à l'unanimité.\n"
    )
    assert [d.objet for d in seance.deliberations] == ["Décision modificative N° 3"]


def test_numero_d_acte_apres_l_objet_sur_la_ligne_et_dans_le_flux() -> None:
    seance = _seance(_COMMUNE + "Objet : Cession d'une parcelle - DE_2019_012\nAdopté à l'unanimité.\n")
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("DE_2019_012", "Cession d'une parcelle")
    ]
    aplati = (
        "COMMUNE DE VALMONT EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL Séance "
        "du 14 mars 2019 L'an deux mille dix-neuf, le quatorze mars, le Conseil Municipal s'est "
        "réuni sous la présidence de M. Gérard POIRIER, Maire. Présents : M. Gérard POIRIER, "
        "Mme Sylvie HUAULT, M. Paul ROUX. Objet : Cession d'une parcelle communale au lieu-dit "
        "Les Noues - DE_2019_012 Monsieur le Maire expose au Conseil Municipal que des riverains "
        "ont sollicité l'acquisition de la parcelle. Le Conseil Municipal, après en avoir "
        "délibéré, à l'unanimité, décide de céder la parcelle. " + "Pour copie conforme. " * 20
    )
    seance = _seance(aplati)
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("DE_2019_012", "Cession d'une parcelle communale au lieu-dit Les Noues")
    ]


_TAMPON = (
    "Envoyé en préfecture le 20/07/2018 Reçu en préfecture le 20/07/2018 Affiché le "
    "ID : 043-224300019-20180716-CP2018_07_12-DE"
)


def test_tampon_de_teletransmission_retire_du_flux_meme_au_milieu_d_un_nom() -> None:
    texte = (
        _TAMPON + " COMMUNE DE VALMONT Séance du 14 mars 2019 L'an deux mille dix-neuf, le "
        "quatorze mars, le Conseil Municipal s'est réuni. Présents : M. Gérard POIRIER, M. Bruno "
        + _TAMPON + " CHAUVEAU, Mme Carole PESCHE. " + "Le Conseil prend acte. " * 20
    )
    prep = preparer(texte)
    assert prep.identifiant_actes == "043-224300019-20180716-CP2018_07_12-DE"
    assert prep.date_envoi == dt.date(2018, 7, 20)
    assert not any("préfecture" in ligne.texte or "ID :" in ligne.texte for ligne in prep.lignes)
    seance = _seance(texte)
    assert seance.date == dt.date(2019, 3, 14)
    assert "CHAUVEAU" in {e.nom for e in seance.presents()}


def test_accuse_de_reception_entier_retire_du_flux() -> None:
    texte = (
        "COMMUNE DE VALMONT Séance du 14 mars 2019 Présents : M. Gérard POIRIER. Accusé de "
        "réception en préfecture 056-215601234-20141009-2014_045-DE Date de télétransmission : "
        "13/10/2014 Date de réception préfecture : 13/10/2014 Le Conseil prend acte. " * 3
    )
    prep = preparer(texte)
    assert prep.identifiant_actes == "056-215601234-20141009-2014_045-DE"
    assert not any("fecture" in ligne.texte for ligne in prep.lignes)


def test_commission_permanente_nommee_par_le_titre_apres_le_conseil_departemental() -> None:
    lu = organe(
        "CONSEIL DÉPARTEMENTAL DE LA HAUTE-LOIRE EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS "
        "DE LA COMMISSION PERMANENTE Réunion du 16 juillet 2018"
    )
    assert lu == (Organe.COMMISSION_PERMANENTE, "CONSEIL DÉPARTEMENTAL DE LA HAUTE-LOIRE")
    # le titre d'un conseil départemental qui délibère lui-même ne change pas l'organe
    assert organe("CONSEIL DÉPARTEMENTAL DE LA HAUTE-LOIRE EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS")[
        0
    ] is Organe.CONSEIL_DEPARTEMENTAL
    assert lire_extrait(_TAMPON + " CONSEIL DÉPARTEMENTAL DE LA HAUTE-LOIRE Réunion du 16 juillet 2018").seance is not None
