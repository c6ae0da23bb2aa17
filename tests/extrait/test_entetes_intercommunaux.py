"""En-têtes des assemblées intercommunales (documents 220–229) : nom sur deux lignes, nature
sans nom, en-tête d'un texte aplati, objet du document suivi de l'en-tête."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import en_tete, nature_seule, nom_poursuivi
from deliberations.extrait.reconnaisseurs import couper_titre


def _collectivite(texte: str) -> str | None:
    s = lire_extrait(texte).seance
    assert s is not None
    nom = s.assemblee.collectivite.nom
    return None if nom.startswith("(") else nom


def test_titre_du_syndicat_sur_deux_lignes() -> None:
    texte = (
        "SYNDICAT INTERCOMMUNAL POUR L'ASSAINISSEMENT\nDE LA REGION DE MORAINVAL\n"
        "PROCES-VERBAL DU COMITE DU 29 JUIN 2011\n"
        "Présents : Monsieur Paul ROUX, Madame Anne VIAL.\n"
    )
    assert (
        _collectivite(texte)
        == "SYNDICAT INTERCOMMUNAL POUR L'ASSAINISSEMENT DE LA REGION DE MORAINVAL"
    )


def test_nom_de_la_communaute_coupe_en_fin_de_ligne() -> None:
    texte = (
        "CONSEIL DE COMMUNAUTE DU 10 DECEMBRE 2015\n"
        "L'an deux mille quinze, le 10 décembre, le Conseil de la Communauté d'agglomération\n"
        "du Causse Noir, convoqué le 3 décembre 2015, s'est réuni sous la présidence de Jean ROUX.\n"
        "Conseillers présents : Jean ROUX, Anne VIAL.\n"
    )
    assert _collectivite(texte) == "Communauté d'agglomération du Causse Noir"


def test_nature_sans_nom_laissee_vide_et_signalee() -> None:
    texte = (
        "PROCES-VERBAL DU COMITE DU 29 JUIN 2011\n"
        "Le Comité du Syndicat Intercommunal pour l'Assainissement, dûment convoqué, s'est réuni.\n"
        "Présents : Monsieur Paul ROUX, Madame Anne VIAL.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom.startswith("(")
    assert "extrait.collectivite-nature" in {c.code for c in resultat.rapport.constats}


def test_en_tete_intercommunal_d_un_texte_aplati() -> None:
    ligne = "Communauté de Communes Terres de Brénon 1 Extrait du Registre des Délibérations Séance"
    assert en_tete(ligne) == ("Communauté de Communes Terres de Brénon", "epci")
    assert en_tete("Syndicat intercommunal pour l'assainissement 1 Extrait du Registre") is None


def test_objet_du_document_puis_en_tete_dans_le_flux() -> None:
    texte = (
        "Extrait du Registre des Délibérations Séance du 16 septembre 2020 OBJET : PROCES VERBAL "
        "DE REUNION DATE DE CONVOCATION : 09 SEPTEMBRE 2020 Le Conseil Communautaire, "
        "régulièrement convoqué, s'est réuni sous la présidence de Monsieur Paul ROUX, Président. "
        "Etaient présents : ROUX Paul, VIAL Anne. 2020.04.01 – Tarifs Adopté à l'unanimité."
    )
    s = lire_extrait(texte).seance
    assert s is not None
    assert s.assemblee.organe.value == "conseil_communautaire"
    assert s.president is not None and s.president.nom == "ROUX"
    assert s.date_convocation is not None and s.date_convocation.isoformat() == "2020-09-09"


@given(st.text(max_size=60), st.text(max_size=60))
def test_nom_poursuivi_ne_perd_jamais_le_nom(ligne: str, suivante: str) -> None:
    nom = "Syndicat intercommunal"
    resultat = nom_poursuivi(nom, ligne + nom, suivante)
    # le nom lu, ou le nom lu et un début de la ligne suivante : jamais autre chose
    assert resultat == nom or (
        resultat.startswith(nom + " ") and suivante.lstrip().startswith(resultat[len(nom) + 1 :])
    )
    assert nature_seule(nom)


def test_points_annee_seance_rang_dans_un_texte_aplati() -> None:
    texte = (
        "Communauté de Communes Terres de Brénon 1 Extrait du Registre des Délibérations Séance du "
        "16 septembre 2020 Le Conseil Communautaire s'est réuni sous la présidence de Monsieur Paul "
        "ROUX, Président. Etaient présents : ROUX Paul, VIAL Anne. 2020.04.01 – Approbation du "
        "procès-verbal de la séance du 10 juin 2020 Adopté à l'unanimité. 2 2020.04.02 – Délégués "
        "au syndicat mixte Adopté à l'unanimité."
    )
    s = lire_extrait(texte).seance
    assert s is not None
    assert [(d.numero, d.objet) for d in s.deliberations] == [
        ("2020.04.01", "Approbation du procès-verbal de la séance du 10 juin 2020"),
        ("2020.04.02", "Délégués au syndicat mixte"),
    ]


def test_titre_aplati_qui_finit_par_un_sigle() -> None:
    assert couper_titre("Délégués au syndicat mixte du SCoT Sont désignés : Anne VIAL") == (
        "Délégués au syndicat mixte du SCoT",
        "Sont désignés : Anne VIAL",
    )
    # après un sigle, un nom propre continue le titre
    assert couper_titre("Cession à la SCI Les Genêts du Lac")[0] == "Cession à la SCI Les Genêts du Lac"


_SUITE_CC = (
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\n"
    "Séance du 26 septembre 2024\n"
    "Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc BLANC\n"
    "Mme Nadia BERGER (Orchamps) donne pouvoir à M. Luc BLANC (Les Rousses)\n"
)


@given(st.sampled_from(["Val de Brenne", "Pays de la Sèze", "Haut-Jura Saint-Claude", "Terres du Lac"]))
def test_nature_seule_puis_nom_sur_la_ligne_suivante(nom: str) -> None:
    """« Communauté de communes » / « Val de Brenne » (en-tête de lettre sur deux lignes) : le nom
    est lu ; une ligne suivante qui nomme un organe ou un titre n'est pas un nom."""
    seance = lire_extrait(f"Communauté de communes\n{nom}\n" + _SUITE_CC).seance
    assert seance is not None
    assert seance.assemblee.collectivite.nom == f"Communauté de communes {nom}"
    assert seance.assemblee.collectivite.type.value == "communaute_de_communes"
    assert nom_poursuivi("Communauté de communes", "Communauté de communes", "Conseil communautaire") == (
        "Communauté de communes"
    )


def test_sigle_cc_en_tete_et_commune_du_delegue_entre_parentheses() -> None:
    """« CC Val de Brenne » : une communauté de communes (rien n'était lu) ; « cc : M. le
    Préfet » n'en est pas une. « X (Orchamps) donne pouvoir à Y (Les Rousses) » : la commune
    de chaque délégué n'est pas dans son nom (la ligne n'était pas comprise)."""
    resultat = lire_extrait("CC Val de Brenne\n12 rue de la Gare – 39380 Vaudrey\n" + _SUITE_CC)
    seance = resultat.seance
    assert seance is not None
    assert seance.assemblee.collectivite.nom == "CC Val de Brenne"
    assert seance.assemblee.collectivite.type.value == "communaute_de_communes"
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("BERGER", "BLANC")]
    assert en_tete("cc : M. le Préfet") is None


def test_intercommunalite_nommee_seulement_par_son_conseil_dans_le_texte() -> None:
    """Aucun en-tête : « le procès-verbal … du conseil de la Communauté de communes X » dans le
    texte d'un point nomme la collectivité (avec un avertissement) ; deux noms, aucune."""
    tete = (
        "PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE MARDI 15 SEPTEMBRE 2020 – SAINT-BRICE\n"
        "PRESIDENTE : Hélène DARRIN\nPRESENTS : Marc LABAT, Sylvie CAZES\n"
        "Objet : APPROBATION DU PROCES-VERBAL DU 28 JUILLET 2020\n"
        "Madame la Présidente rappelle que le procès-verbal de la séance du 28 juillet 2020 du "
        "conseil de la Communauté de communes Cœur de Vallée a été adressé à chaque délégué.\n"
        "Vote : Unanimité\n"
    )
    resultat = lire_extrait(tete)
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.nom == "Communauté de communes Cœur de Vallée"
    assert "extrait.collectivite-hors-en-tete" in {c.code for c in resultat.rapport}
    deux = tete + "Objet : CONVENTION\nLe conseil de la Communauté de communes du Val Sec a voté.\n"
    assert _collectivite(deux) is None


def test_sigle_cc_suivi_du_titre_ou_de_l_adresse_dans_le_flux() -> None:
    """« CC du Val de Brenne Conseil communautaire Séance du … », « CC Val de Brenne 12 rue de
    la Gare – 39380 Vaudrey EXTRAIT … » (texte aplati) : le sigle et son nom seulement."""
    assert en_tete("CC du Val de Brenne Conseil communautaire Séance du 26 septembre 2024 Date :") == (
        "CC du Val de Brenne",
        "epci",
    )
    assert en_tete("CC Val de Brenne 12 rue de la Gare – 39380 Vaudrey EXTRAIT DU REGISTRE") == (
        "CC Val de Brenne",
        "epci",
    )
    assert en_tete("cc : M. le Préfet") is None
