"""Familles de mises en page trouvées par la cinquante-troisième mesure hors échantillon
(documents 665 à 674 : procurations en prose, petites communes, textes anciens) : chaque règle
sur un petit texte inventé, en lignes et aplati sur une ligne, indépendamment du corpus."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.html import texte_html
from tests.extrait.comparaison import projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


_COMMUNE = (
    "Commune de Valbrune\nConseil municipal du 8 février 2005\n"
    "Sous la présidence de M. Paul ARNAUD, Maire.\n"
    "Présents : M. Paul ARNAUD, Maire, Mme Lise BERTIN, 1re adjointe, M. Marc COLIN, "
    "Mme Anne DUVAL, M. Jean FABRE.\n"
)
_POINT = "N° 12/2005 – Tarifs de la cantine\nAdopté à l'unanimité.\n"


def _lu(texte: str) -> dict:  # type: ignore[type-arg]
    return projection(seance_lue(texte))


def _codes(texte: str) -> set[str]:
    return set(lire_extrait(texte).rapport.codes())


@pytest.mark.parametrize("forme", [str, _aplati])
def test_motif_d_absence_en_incise(forme) -> None:  # type: ignore[no-untyped-def]
    """« Madame X, retenue, a confié son pouvoir à Monsieur Y. » : l'incise n'est pas du nom."""
    texte = forme(_COMMUNE + "Madame Odile GIRARD, retenue, a confié son pouvoir à Monsieur Marc COLIN.\n" + _POINT)
    assert _lu(texte)["procurations"] == [["Odile GIRARD", "Marc COLIN"]]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_s_est_fait_representer_en_phrase(forme) -> None:  # type: ignore[no-untyped-def]
    """« Monsieur X, excusé, s'est fait représenter par Madame Y. » seul dans le récit."""
    texte = forme(
        _COMMUNE + "Monsieur Henri LACOUR, excusé, s'est fait représenter par Madame Anne DUVAL.\n" + _POINT
    )
    assert _lu(texte)["procurations"] == [["Henri LACOUR", "Anne DUVAL"]]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_pouvoir_a_ete_donne_par(forme) -> None:  # type: ignore[no-untyped-def]
    """« Pouvoir a été donné par M. X à Mme Y. » : la phrase passive."""
    texte = forme(_COMMUNE + "Excusé : M. Henri LACOUR.\nPouvoir a été donné par M. Henri LACOUR à Mme Anne DUVAL.\n" + _POINT)
    assert _lu(texte)["procurations"] == [["Henri LACOUR", "Anne DUVAL"]]


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize("abreviation", ["pvr à", "P. à"])
def test_pouvoir_abrege_dans_les_excuses(forme, abreviation: str) -> None:  # type: ignore[no-untyped-def]
    """« Excusés : X (pvr à Y), Z » et « X (P. à Y) » : l'abréviation du pouvoir."""
    texte = forme(_COMMUNE + f"Excusés : M. Henri LACOUR ({abreviation} M. Jean FABRE), Mme Rose VIDAL.\n" + _POINT)
    obtenu = _lu(texte)
    assert obtenu["procurations"] == [["Henri LACOUR", "Jean FABRE"]]
    assert obtenu["excuses"] == ["Rose VIDAL"] or set(obtenu["excuses"]) == {"Henri LACOUR", "Rose VIDAL"}


def test_page_numero_entre_parentheses_n_est_pas_un_pouvoir() -> None:
    """« (p. 12) » après un nom n'est pas l'abréviation d'un pouvoir (il faut « à »)."""
    assert r.procuration("Mme Anne DUVAL (p. 12)") is None


@pytest.mark.parametrize("forme", [str, _aplati])
def test_avait_charge_de_voter_en_son_nom(forme) -> None:  # type: ignore[no-untyped-def]
    """« Absents excusés : Mme X, qui avait chargé M. Y de voter en son nom ; M. Z. »"""
    texte = forme(
        _COMMUNE + "Absents excusés :\nMme Odile GIRARD, qui avait chargé M. Jean FABRE de voter en son nom ;\n"
        "M. Guy PONS.\n" + _POINT
    )
    obtenu = _lu(texte)
    assert obtenu["procurations"] == [["Odile GIRARD", "Jean FABRE"]]
    assert "Guy PONS" in obtenu["excuses"]


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize("separateur", ["–", ":"])
def test_procurations_separees_par_tiret_ou_deux_points(forme, separateur: str) -> None:  # type: ignore[no-untyped-def]
    """« Procurations : M. X – M. Y ; Mme Z – Mme W. » (et « X : Y ») : des paires, pas
    quatre membres sans mandataire."""
    texte = forme(
        _COMMUNE + f"Procurations : M. Henri LACOUR {separateur} M. Marc COLIN ; "
        f"Mme Odile GIRARD {separateur} Mme Anne DUVAL.\nAbsent : M. Guy PONS.\n" + _POINT
    )
    obtenu = _lu(texte)
    assert sorted(obtenu["procurations"]) == [["Henri LACOUR", "Marc COLIN"], ["Odile GIRARD", "Anne DUVAL"]]
    assert obtenu["absents"] == ["Guy PONS"]


def test_procurations_en_liste_html_deux_points() -> None:
    """« <li>Nathalie X : Sabine Y</li> » sous « Procurations : »."""
    html = (
        "<html><body><h1>Conseil municipal du 12 novembre 2019</h1><p>Commune de Valbrune</p>"
        "<p><strong>Présents :</strong> Paul ARNAUD, Lise BERTIN, Marc COLIN.</p>"
        "<p><strong>Procurations :</strong></p><ul><li>Nathalie BURNIER : Lise BERTIN</li>"
        "<li>Philippe CARREL : Marc COLIN</li></ul><h2>1 – Tarifs</h2><p>Vote : unanimité.</p></body></html>"
    )
    obtenu = _lu(texte_html(html))
    assert sorted(obtenu["procurations"]) == [["Nathalie BURNIER", "Lise BERTIN"], ["Philippe CARREL", "Marc COLIN"]]


def test_paires_separees_refuse_une_liste_ordinaire() -> None:
    """« M. X – Commune » ou un seul nom : pas des paires."""
    assert r.paires_separees("M. Henri LACOUR – Valbrune") is None
    assert r.paires_separees("M. Henri LACOUR") is None


@pytest.mark.parametrize("forme", [str, _aplati])
def test_mandataires_au_1er_adjoint_a_la_doyenne_au_maire(forme) -> None:  # type: ignore[no-untyped-def]
    """« Absents ayant donné pouvoir : M. X au 1er adjoint, Mme Y à la doyenne de l'assemblée,
    M. Z au Maire. » : les titulaires que la liste des présents nomme."""
    texte = forme(
        "Commune de Valbrune\nConseil municipal du 24 février 2011\n"
        "Sous la présidence de M. Paul ARNAUD, Maire.\n"
        "Présents : M. Paul ARNAUD, Maire ; M. Serge DUBOIS, 1er adjoint ; Mme Germaine VIDAL, "
        "conseillère, doyenne de l'assemblée ; M. Marc COLIN, conseiller municipal.\n"
        "Absents ayant donné pouvoir : M. Lucien FAYOLLE au 1er adjoint, Mme Simone BRUNEL à la "
        "doyenne de l'assemblée, M. Rémi CHAZAL au Maire.\n" + _POINT
    )
    assert sorted(_lu(texte)["procurations"]) == [
        ["Lucien FAYOLLE", "Serge DUBOIS"],
        ["Rémi CHAZAL", "Paul ARNAUD"],
        ["Simone BRUNEL", "Germaine VIDAL"],
    ]


def test_a_la_doyenne_sans_doyenne_nommee() -> None:
    """Sans doyenne dans la liste, « à la doyenne » n'est donné à personne (c'est dit) : la
    mandante est représentée, mandataire inconnu (``[X, null]`` dans la forme des attendus)."""
    texte = _COMMUNE + "Absente ayant donné pouvoir : Mme Simone BRUNEL à la doyenne.\n" + _POINT
    assert _lu(texte)["procurations"] == [["Simone BRUNEL", None]]
    assert "extrait.mandataire-inconnu" in _codes(texte)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_pouvoir_annonce_sans_mandataire(forme) -> None:  # type: ignore[no-untyped-def]
    """« Excusés : Mme X, qui a donné pouvoir ; M. Y, qui donne pouvoir à son collègue Z ; » :
    X est représentée, mandataire inconnu (``[X, null]``, comme « Mme X (a donné pouvoir) »,
    convention unifiée à la dix-septième session), et c'est dit ; « son collègue » n'est pas du
    nom."""
    texte = forme(
        _COMMUNE + "Excusés : Mme Ginette LAURENT, qui a donné pouvoir ; M. Bernard ROY, qui donne "
        "pouvoir à son collègue Jean FABRE ; M. Guy PONS.\n" + _POINT
    )
    obtenu = _lu(texte)
    assert obtenu["procurations"] == [["Bernard ROY", "Jean FABRE"], ["Ginette LAURENT", None]]
    assert "Ginette LAURENT" not in obtenu["excuses"]
    assert "extrait.mandataire-inconnu" in _codes(texte)


_DEUX_BOUVIER = (
    "Communauté de communes du Val\nConseil communautaire du 7 avril 2016\n"
    "Sous la présidence de M. Gilles PERRET, Président.\n"
    "Délégués présents : M. Gilles PERRET, M. Jean BOUVIER, M. Alain BOUVIER, M. Henri BLANC.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_mandataire_au_nom_porte_par_deux_presents(forme) -> None:  # type: ignore[no-untyped-def]
    """« pouvoir à M. BOUVIER » quand MM. Jean et Alain BOUVIER sont présents : aucun choix
    muet ; le mandant reste excusé, un constat le dit ; « pouvoir à M. BLANC » est lu."""
    texte = forme(
        _DEUX_BOUVIER + "Excusés :\nM. Éric PASQUIER, pouvoir à M. BOUVIER\nMme Nadine ROSSET, pouvoir à M. BLANC\n"
        "1. Budget\nAdopté à l'unanimité.\n"
    )
    obtenu = _lu(texte)
    assert obtenu["procurations"] == [["Nadine ROSSET", "Henri BLANC"]]
    assert "Éric PASQUIER" in obtenu["excuses"]
    assert "extrait.nom-ambigu" in _codes(texte)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_mandant_ecrit_prenom_et_initiale(forme) -> None:  # type: ignore[no-untyped-def]
    """« Sophie D. a donné pouvoir à … » : la seule excusée de ce prénom dont le nom commence
    par D."""
    texte = forme(
        _COMMUNE + "Excusés : Sophie DELORME, Léa FORT.\nPouvoir : Sophie D. a donné pouvoir à Anne DUVAL.\n" + _POINT
    )
    obtenu = _lu(texte)
    assert obtenu["procurations"] == [["Sophie DELORME", "Anne DUVAL"]]
    assert obtenu["excuses"] == ["Léa FORT"] or "Sophie DELORME" in obtenu["excuses"]


def test_prenom_et_initiale_ambigus() -> None:
    """Deux excusées « Sophie D… » : aucune n'est choisie, c'est dit."""
    texte = (
        _COMMUNE + "Excusées : Sophie DELORME, Sophie DURAND.\nPouvoir : Sophie D. a donné pouvoir à Anne DUVAL.\n"
        + _POINT
    )
    mandants = [m for m, _ in _lu(texte)["procurations"]]
    assert "Sophie DELORME" not in mandants and "Sophie DURAND" not in mandants
    assert "extrait.nom-ambigu" in _codes(texte)


def test_depart_avec_pouvoir_pour_la_suite_des_votes() -> None:
    """« X doit quitter la séance ; il donne pouvoir à Y pour la suite des votes » entre deux
    points : parti après le point voté, représenté ensuite."""
    texte = (
        _COMMUNE + "1 – Tarifs\nVote : unanimité.\n2 – Voirie\nAdopté à l'unanimité.\n"
        "M. Jean FABRE doit quitter la séance ; il donne pouvoir à M. Marc COLIN pour la suite des votes.\n"
        "3 – Cimetière\nAdopté à l'unanimité.\n"
    )
    obtenu = _lu(texte)
    assert obtenu["procurations"] == [["Jean FABRE", "Marc COLIN"]]
    assert obtenu["mouvements"] == {"Jean FABRE": [None, 2]}


def test_se_retire_et_confie_son_pouvoir_avant_l_examen() -> None:
    """« À 21 h 40, avant l'examen de la délibération 2003-IV-7, Mme X se retire ; elle confie
    son pouvoir à M. Y. »"""
    texte = (
        _COMMUNE + "Délibération 2003-IV-5 : Tarifs\nAdoptée à l'unanimité.\n"
        "Délibération 2003-IV-6 : Voirie\nPour : 4, contre : 1.\n"
        "À 21 h 40, avant l'examen de la délibération 2003-IV-7, Mme Lise BERTIN se retire ; elle "
        "confie son pouvoir à M. Paul ARNAUD.\nDélibération 2003-IV-7 : Cimetière\nAdoptée à l'unanimité.\n"
    )
    obtenu = _lu(texte)
    assert obtenu["procurations"] == [["Lise BERTIN", "Paul ARNAUD"]]
    assert obtenu["mouvements"] == {"Lise BERTIN": [None, 2]}


@pytest.mark.parametrize("forme", [str, _aplati])
def test_commune_associee_hors_du_nom(forme) -> None:  # type: ignore[no-untyped-def]
    """« COMMUNE DE X Commune associée de Y » : la commune est X."""
    texte = forme(
        "COMMUNE DE BEAUMONT-SUR-LOIRE Commune associée de Saint-Aignan-des-Prés\n"
        "Conseil municipal du 10 décembre 2012\nPrésents : M. Paul ARNAUD, Mme Lise BERTIN.\n" + _POINT
    )
    assert _lu(texte)["collectivite"].lower() == "beaumont-sur-loire"


def test_incise_coupee_avant_ne_prend_pas_part() -> None:
    """« M. X, maire de » / « Chavanne, ne prend pas part au vote. » : un membre de moins."""
    texte = (
        _COMMUNE + "1. Convention\nLe conseil approuve la convention. M. Paul ARNAUD, maire de\n"
        "Chavanne, ne prend pas part au vote.\nPour : 4 – Contre : 0 – Abstention : 0\nAdopté.\n"
    )
    [point] = _lu(texte)["deliberations"]
    assert point["scrutin"]["ne_prend_pas_part"] == 1


def test_numero_a_l_annee_devant_objet_dans_un_texte_aplati() -> None:
    """« … POIRIER. 2012-58 Objet : Titre Le conseil … » (aplati) : le numéro du point."""
    texte = _aplati(
        _COMMUNE + "Secrétaire de séance : Mme Anne DUVAL. 2012-58 Objet : Décision modificative n° 3 "
        "Le conseil municipal, à l'unanimité, adopte la décision modificative. 2012-59 Objet : Tarifs "
        "de la salle Le conseil municipal, par 4 voix pour et 1 voix contre, approuve les tarifs. "
        "La séance est levée à 22 h 20. " + "Fin de séance. " * 60
    )
    numeros = [d["numero"] for d in _lu(texte)["deliberations"]]
    assert numeros == ["2012-58", "2012-59"]


@given(st.text(max_size=400))
def test_paires_separees_texte_quelconque(texte: str) -> None:
    """Texte arbitraire : pas d'exception, et chaque paire a ses deux noms."""
    paires = r.paires_separees(texte)
    assert paires is None or all(m.strip() and y.strip() for m, y in paires)


@given(st.text(max_size=300))
def test_procuration_courte_texte_quelconque(texte: str) -> None:
    """Texte arbitraire : pas d'exception."""
    trouve = r.procuration_courte(texte)
    assert trouve is None or len(trouve) == 2


def test_s_est_fait_representer_sans_accents() -> None:
    """« Monsieur X, excuse, s'est fait representer par Madame Y. » (accents perdus, aplati)."""
    texte = _aplati(
        _COMMUNE + "Monsieur Henri LACOUR, excuse, s'est fait representer par Madame Anne DUVAL.\n" + _POINT
    )
    assert _lu(texte)["procurations"] == [["Henri LACOUR", "Anne DUVAL"]]
