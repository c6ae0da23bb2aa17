"""Valeurs fausses sans constat relevées par la seconde mesure hors échantillon (documents 180
à 189) : collectivité devinée, ordre du jour lu comme des points, civilité plurielle
distribuée, suppléants comptés comme titulaires, décompte qui accuse le document."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import nom_plausible, par_le_president
from deliberations.model import Civilite, StatutPresence, TypeCollectivite
from deliberations.validation.rapport import Severite


def _severites(resultat: object, code: str) -> list[str]:
    rapport = resultat.rapport  # type: ignore[attr-defined]
    return [c.severite.value for c in rapport if c.code == code]


# ------------------------------------------------------------------ collectivité


def test_demonstratif_jamais_un_nom() -> None:
    assert not nom_plausible("cette")
    assert not nom_plausible("cette commune")
    assert not nom_plausible("notre ville")
    assert nom_plausible("Cette-Eygun")
    assert nom_plausible("Céret")


def test_cette_commune_laisse_la_collectivite_vide() -> None:
    r = lire_extrait(
        "PROCES-VERBAL DU CONSEIL MUNICIPAL DU 17 JUIN 2008\n"
        "L'an deux mil huit, le dix-sept juin, le Conseil Municipal de cette\n"
        "commune, régulièrement convoqué, s'est réuni sous la présidence de Madame Anne ROUX, "
        "Maire.\n"
        "Présents : Anne ROUX, Paul VIDAL, Luc MARTIN\n"
        "1) Voirie\n"
        "Adopté à l'unanimité.\n"
    )
    assert r.seance is not None
    assert r.seance.assemblee.collectivite.nom == "(collectivité non indiquée)"
    assert _severites(r, "extrait.collectivite-absente") == ["avertissement"]


def test_par_le_president_d_une_intercommunalite() -> None:
    assert (
        par_le_president("adressée par le Président de Val de Galaure Agglomération, le 5 mars")
        == "Val de Galaure Agglomération"
    )
    assert (
        par_le_president("par le Président de la Communauté de communes du Pays de Arnel, monsieur")
        == "Communauté de communes du Pays de Arnel"
    )
    # un président qui n'est pas celui d'une intercommunalité : rien
    assert par_le_president("par le Président de séance, le 5 mars") is None
    assert par_le_president("présidée par le Président de la Chambre d'agriculture, puis") is None


@given(st.text(max_size=300))
def test_par_le_president_rend_un_extrait_ou_rien(texte: str) -> None:
    nom = par_le_president(texte)
    assert nom is None or (nom in texte and nom_plausible(nom, longueur_max=90))


_EPCI_AVEC_GROUPES = (
    "COMPTE-RENDU DU CONSEIL COMMUNAUTAIRE DU 11 MARS 2015\n"
    "L'an deux mille quinze, le 11 mars, les membres du Conseil communautaire se sont réunis, "
    "sur la convocation qui leur a été adressée par le Président de Val d'Arnel Agglomération, "
    "le 5 mars.\n"
    "Étaient présents :\n"
    "COMMUNE DE SAINT-ARNEL :\n"
    "Sylvie BERTIN, Marc CHAPUIS\n"
    "1) Budget\n"
    "Adopté à l'unanimité.\n"
)


def test_commune_d_un_groupe_de_delegues_cede_a_l_intercommunalite() -> None:
    r = lire_extrait(_EPCI_AVEC_GROUPES)
    assert r.seance is not None
    collectivite = r.seance.assemblee.collectivite
    assert collectivite.nom == "Val d'Arnel Agglomération"
    assert collectivite.type is TypeCollectivite.COMMUNAUTE_D_AGGLOMERATION
    assert _severites(r, "extrait.collectivite-organe") == ["avertissement"]


def test_commune_seule_d_une_seance_intercommunale_laissee_vide() -> None:
    r = lire_extrait(
        _EPCI_AVEC_GROUPES.replace("par le Président de Val d'Arnel Agglomération", "")
    )
    assert r.seance is not None
    assert r.seance.assemblee.collectivite.nom == "(collectivité non indiquée)"
    assert _severites(r, "extrait.collectivite-organe") == ["avertissement"]


def test_syndicat_publie_par_une_commune_membre() -> None:
    r = lire_extrait(
        "Commune de Vrigny-sur-Arnel\n"
        "SYNDICAT INTERCOMMUNAL SCOLAIRE DE LA HAUTE ARNEL\n"
        "Séance du 7 mars 2017\n"
        "Présents : Paul VIDAL, Luc MARTIN\n"
        "N° 02/2017 : Compte administratif\n"
        "Adopté à l'unanimité.\n"
    )
    assert r.seance is not None
    collectivite = r.seance.assemblee.collectivite
    assert collectivite.nom == "SYNDICAT INTERCOMMUNAL SCOLAIRE DE LA HAUTE ARNEL"
    assert collectivite.type is TypeCollectivite.SYNDICAT
    assert "avertissement" in _severites(r, "extrait.collectivite-divergente")


# ------------------------------------------------------------------ ordre du jour


_ORDRE_DU_JOUR = (
    "PROCES-VERBAL DU CONSEIL MUNICIPAL DE BREVANS DU 17 JUIN 2008\n"
    "Présents : Anne ROUX, Paul VIDAL, Luc MARTIN\n"
    "ORDRE DU JOUR :\n"
    "1) Syndicat des eaux\n"
    "2) Voirie : programme 2008\n"
    "3) Questions diverses\n"
    "\n"
    "Anne ROUX : demande l'adoption du procès-verbal. Le PV est adopté à l'unanimité.\n"
    "\n"
    "1) Syndicat des eaux\n"
    "Vote : 2 pour, 1 abstention (Luc MARTIN)\n"
    "\n"
    "2) Voirie : programme 2008\n"
    "Vote : 2 pour, 1 contre (Luc MARTIN)\n"
)


def test_ordre_du_jour_ne_donne_ni_points_ni_votes() -> None:
    r = lire_extrait(_ORDRE_DU_JOUR)
    assert r.seance is not None
    deliberations = r.seance.deliberations
    assert [d.objet for d in deliberations][:2] == ["Syndicat des eaux", "Voirie : programme 2008"]
    premier, second = (d.scrutins[0] for d in deliberations[:2])
    assert (premier.pour, premier.contre, premier.abstentions) == (2, None, 1)
    assert not premier.unanimite
    assert (second.pour, second.contre) == (2, 1)
    assert not second.unanimite
    assert _severites(r, "extrait.vote-hors-point") == ["avertissement"]


# ------------------------------------------------------------------ civilités


def test_civilite_plurielle_non_distribuee_et_civilite_explicite_gardee() -> None:
    r = lire_extrait(
        "Commune de Brévans\n"
        "Conseil municipal du 12 avril 2022\n"
        "Sous la présidence de Madame POTTIER Françoise, Maire.\n"
        "Présents : MM. Françoise POTTIER, Paul VIDAL, Anne ROUX\n"
        "Secrétaire de séance : Madame Anne ROUX\n"
        "Délibération 7/2022 Budget\n"
        "Adopté à l'unanimité.\n"
    )
    assert r.seance is not None
    civilites = {str(p.elu.nom): p.elu.civilite for p in r.seance.presences}
    assert civilites == {
        "POTTIER": Civilite.MADAME,
        "VIDAL": None,
        "ROUX": Civilite.MADAME,
    }


# ------------------------------------------------------------------ suppléants


def test_suppleant_non_votant_ni_present_ni_absent_suppleant_votant_siege() -> None:
    r = lire_extrait(
        "SYNDICAT INTERCOMMUNAL SCOLAIRE DE LA HAUTE ARNEL\n"
        "Séance du comité syndical du 7 mars 2017\n"
        "Présents : Paul VIDAL, Luc MARTIN, Xavier POTRON (suppléant et non votant), "
        "Eric CHARBONNEAUX (suppléant et votant)\n"
        "N° 02/2017 : Compte administratif\n"
        "Adopté à l'unanimité.\n"
    )
    assert r.seance is not None
    statuts = {p.elu.nom: p.statut for p in r.seance.presences}
    assert "POTRON" not in statuts
    assert statuts["CHARBONNEAUX"] is StatutPresence.SUPPLEANT
    assert statuts["VIDAL"] is StatutPresence.PRESENT
    assert _severites(r, "extrait.suppleant-non-votant") == ["info"]


# ------------------------------------------------------------------ décomptes


_DECOMPTE = (
    "Commune de Brévans\n"
    "Conseil municipal du 12 avril 2022\n"
    "Nombre de conseillers en exercice : 3\n"
    "Présents : 3\n"
    "Présents : Paul VIDAL, Anne ROUX{suite}\n"
    "Absent : Luc MARTIN\n"
    "Délibération 7/2022 Budget\n"
    "Adopté à l'unanimité.\n"
)


def test_decompte_contredit_par_des_listes_lues_entierement_est_une_erreur() -> None:
    r = lire_extrait(_DECOMPTE.format(suite=""))
    assert _severites(r, "extrait.decompte") == [Severite.ERREUR.value]


def test_decompte_face_a_des_listes_peut_etre_incompletes_est_un_avertissement() -> None:
    r = lire_extrait(_DECOMPTE.format(suite=" (pouvoir de quelqu'un d'autre)"))
    assert _severites(r, "extrait.decompte") == [Severite.AVERTISSEMENT.value]
    message = next(c.message for c in r.rapport if c.code == "extrait.decompte")
    assert "peuvent être incomplètes" in message
    assert "presences" in r.non_etablis


def test_collectivite_du_pied_de_page_en_dernier_recours() -> None:
    """Aucun en-tête ne nomme la collectivité : le pied de page (« Mairie de X - adresse »)
    la donne, avec un avertissement ; jamais une commune pour un organe intercommunal."""
    corps = (
        "Séance du 4 mai 2021\nPrésents : M. Paul VIDAL, Mme Anne ROUX\n"
        "N° 2021/01 - Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    pied = "Mairie de Vaudrey-sur-Loue - 2 rue de l'Église - 39100 Vaudrey-sur-Loue\n"
    resultat = lire_extrait("Conseil municipal\n" + corps + pied)
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom == "Vaudrey-sur-Loue"
    assert "extrait.collectivite-hors-en-tete" in resultat.rapport.codes()
    communautaire = lire_extrait("Conseil communautaire\n" + corps + pied)
    assert communautaire.seance is not None
    assert communautaire.seance.assemblee.collectivite.nom != "Vaudrey-sur-Loue"
