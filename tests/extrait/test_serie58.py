"""Familles de mises en page trouvées par la cinquante-huitième mesure hors échantillon
(documents 715 à 724 : départements, régions et pages web de communes) : chaque règle sur un
petit texte inventé, en lignes et aplati sur une ligne, indépendamment du corpus."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.html import texte_html
from deliberations.model import Organe
from tests.extrait.comparaison import projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


_TETE = (
    "DÉPARTEMENT DU HAUT-LIZON\nCOMMISSION PERMANENTE\nRéunion du 4 mars 2019\n"
    "La Commission permanente s'est réunie sous la présidence de M. Paul ARNAUD, Président du "
    "Conseil départemental.\n"
)
_PRESENTS = "Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN, Mme Anne DAVID.\n"
_ABSENT = "Absent : M. Yves ESTEVE.\n"


def _objets_et_issues(texte: str) -> list[tuple[str, str | None]]:
    deliberations = projection(seance_lue(texte))["deliberations"]
    return [(d["objet"], (d["scrutin"] or {}).get("resultat")) for d in deliberations]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_rapport_compte_rendu_des_delegations_est_un_point(forme) -> None:  # type: ignore[no-untyped-def]
    """« RAPPORT N° 1.01 – Compte rendu de l'exercice des délégations accordées au Président »
    puis « prend acte » : un point sans vote, pas le titre du document."""
    texte = forme(
        _TETE + _PRESENTS + _ABSENT
        + "RAPPORT N° 1.01 – Compte rendu de l'exercice des délégations accordées au Président\n"
        "La Commission permanente prend acte.\n"
        "RAPPORT N° 1.02 – Aide aux communes rurales\nAdopté à l'unanimité.\n"
    )
    deliberations = projection(seance_lue(texte))["deliberations"]
    assert deliberations[0]["scrutin"] is None
    assert [d["numero"] for d in deliberations] == ["1.01", "1.02"]


def test_compte_rendu_de_la_seance_reste_un_titre() -> None:
    """« 1 – Compte rendu du conseil municipal du 3 mars » reste le titre du document."""
    assert r.numero_deliberation("1 – Compte rendu du conseil municipal du 3 mars 2019") is None


@pytest.mark.parametrize(
    ("ligne", "numero"),
    [
        ("22AP.31 – Compte administratif 2021", "22AP.31"),
        ("22-AP-31 – Compte administratif 2021", "22-AP-31"),
        ("19BP-004 : Budget primitif", "19BP-004"),
    ],
)
def test_numero_annee_sigle_rang(ligne: str, numero: str) -> None:
    """« 22AP.31 – Titre » : l'année sur deux chiffres, le sigle de la séance, le rang."""
    lu = r.numero_deliberation(ligne)
    assert lu is not None and lu[0] == numero


@pytest.mark.parametrize("ligne", ["18h.30 - Ouverture de la séance", "20h-22h : permanence"])
def test_heure_n_est_pas_un_numero(ligne: str) -> None:
    """Une heure (une seule lettre entre les nombres) n'est pas un numéro de délibération."""
    assert r.numero_deliberation(ligne) is None


def test_points_a_numero_annee_sigle_rang() -> None:
    texte = (
        _TETE + _PRESENTS + "22AP.31 – Compte administratif 2021\nPour : 3 – Contre : 1\n"
        "22AP.32 – Règlement des aides\nAdopté à l'unanimité.\n"
    )
    deliberations = projection(seance_lue(texte))["deliberations"]
    assert [d["numero"] for d in deliberations] == ["22AP.31", "22AP.32"]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_deliberation_a_numero_annee_sigle_rang_dans_le_flux(forme) -> None:  # type: ignore[no-untyped-def]
    """« … Marc COLIN Délibération 23SP-013 – Titre » (texte aplati) : le numéro ouvre le point,
    il ne finit pas le nom du mandataire."""
    texte = forme(
        _TETE + _PRESENTS + "Pouvoirs : Sophie FAURE à Marc COLIN\n"
        "Délibération 23SP-013 – Règlement des aides\nAdoptée à l'unanimité.\n"
        "Délibération 23SP-014 – Fonds régional\nAdoptée à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert [d["numero"] for d in obtenu["deliberations"]] == ["23SP-013", "23SP-014"]
    assert obtenu["procurations"] == [["Sophie FAURE", "Marc COLIN"]]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_adopte_a_la_majorite_puis_le_detail_par_groupes(forme) -> None:  # type: ignore[no-untyped-def]
    """« Adopté à la majorité : les groupes A et B votent pour ; le groupe C vote contre ; … »
    (long, sans nombre) : l'issue lue, les voix laissées vides."""
    texte = forme(
        _TETE + _PRESENTS + _ABSENT + "N° 1.02 – Schéma départemental des mobilités\n"
        "Adopté à la majorité : les groupes Socialistes, Radicaux et Citoyens, Écologistes et "
        "Solidaires votent pour ; le groupe Rassemblement National vote contre ; le groupe Union "
        "de la Droite et du Centre s'abstient.\n"
        "N° 1.03 – Aide aux communes rurales\nAdopté à l'unanimité.\n"
    )
    deliberations = projection(seance_lue(texte))["deliberations"]
    scrutin = deliberations[0]["scrutin"]
    assert deliberations[0]["objet"] == "Schéma départemental des mobilités"
    assert scrutin["resultat"] == "adopte"
    assert (scrutin["pour"], scrutin["contre"], scrutin["abstentions"]) == (None, None, None)


def test_longue_phrase_d_expose_reste_sans_issue() -> None:
    """Une longue phrase d'exposé qui cite une adoption n'est toujours pas un résultat."""
    phrase = (
        "Le président rappelle que le schéma régional adopté le 12 mars dernier prévoyait une "
        "révision à mi-parcours, que les groupes ont été consultés à trois reprises et que les "
        "services ont rendu leur avis sur chacune des propositions d'amendement reçues."
    )
    assert r.resultat(phrase) is None


@pytest.mark.parametrize(
    "vote",
    [
        "Adopté à la majorité.",
        "Pour : groupes Socialiste et Radical Contre : groupe Front National Adopté à la majorité.",
        "Vote : Pour : groupes Socialiste, Écologiste et Radical Contre : groupe Front National "
        "Abstention : groupe Union de la Droite et du Centre Adopté à la majorité.",
    ],
)
def test_issue_a_la_majorite_coupe_le_titre_aplati(vote: str) -> None:
    """Texte aplati : « N° 15.05.01 – Tarifs communaux Adopté à la majorité. » (ou précédé du
    vote par groupes « Pour : groupes … ») : le titre s'arrête au vote."""
    texte = _aplati(
        _TETE + _PRESENTS + _ABSENT + f"N° 15.05.01 – Tarifs communaux {vote}\n"
        "N° 15.05.02 – Subventions Adopté à l'unanimité.\n"
    )
    assert _objets_et_issues(texte) == [("Tarifs communaux", "adopte"), ("Subventions", "adopte")]


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize("reunion", ["Réunion de la Commission Permanente", "Séance de la commission permanente"])
def test_commission_permanente_apres_la_collectivite(forme, reunion: str) -> None:  # type: ignore[no-untyped-def]
    """« CONSEIL DÉPARTEMENTAL DE LA CREUSE Réunion de la Commission Permanente du 18 mai 2021 »
    (en-tête aplati) : l'organe est la commission permanente."""
    texte = forme(
        f"CONSEIL DÉPARTEMENTAL DE LA CREUSE\n{reunion} du 18 mai 2021\nLa séance est ouverte à "
        "10 h sous la présidence de Mme Lise BERTIN, Présidente du Conseil départemental.\n"
        + _PRESENTS + _ABSENT + "N° 1.02 – Aide aux communes rurales\nAdopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["organe"] == "commission_permanente"


def test_organe_suivi_d_une_seance_sans_commission() -> None:
    """« CONSEIL RÉGIONAL DE X Séance du 3 mai 2021 » reste le conseil régional."""
    lu = r.organe("CONSEIL RÉGIONAL DE NORMANDIE Séance du 3 mai 2021")
    assert lu is not None and lu[0] is Organe.CONSEIL_REGIONAL


@pytest.mark.parametrize("forme", [str, _aplati])
def test_numero_cp_a_annee_sur_quatre_chiffres(forme) -> None:  # type: ignore[no-untyped-def]
    """« … Mme Julie JACOB CP 2021-05-01 – Titre » : le numéro ouvre le point, la liste des
    absents s'arrête avant lui."""
    texte = forme(
        _TETE + _PRESENTS + "Absents : M. Jean IMBERT, Mme Julie JACOB\n"
        "CP 2021-05-01 – Attribution de subventions aux associations sportives\n"
        "Adopté à l'unanimité.\nCP 2021-05-02 – Convention avec l'ADIL\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert [d["numero"] for d in obtenu["deliberations"]] == ["CP 2021-05-01", "CP 2021-05-02"]
    assert obtenu["absents"] == ["Jean IMBERT", "Julie JACOB"]


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    "intitule",
    ["Absents excusés ayant donné délégation de vote :", "Conseillers ayant donné délégation de vote :"],
)
def test_absents_ayant_donne_delegation_de_vote(forme, intitule: str) -> None:  # type: ignore[no-untyped-def]
    """« Absents excusés ayant donné délégation de vote : Mme X à M. Y, … » aplati : un
    intitulé, les mandants ne sont pas lus présents."""
    texte = forme(
        _TETE + "Présents :\nGroupe Lizon Avenir : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN\n"
        "Groupe Gauche unie : Mme Anne DAVID, M. Yves ESTEVE\n"
        f"{intitule} Mme Sophie FAURE à M. Marc COLIN, M. Luc GARNIER à Mme Anne DAVID\n"
        "Rapport n° 1.02 : Aide aux communes rurales\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert obtenu["presents"] == ["Paul ARNAUD", "Lise BERTIN", "Marc COLIN", "Anne DAVID", "Yves ESTEVE"]
    assert obtenu["procurations"] == [["Sophie FAURE", "Marc COLIN"], ["Luc GARNIER", "Anne DAVID"]]


_TABLEAU_DES_GROUPES = (
    "<html><head><title>Séance plénière du 3 février 2023 - Région Grand Est</title></head><body>"
    "<h1>Séance plénière du 3 février 2023</h1>"
    "<p>Sous la présidence de M. Paul ARNAUD, Président du Conseil régional.</p>"
    "<table><tr><th>{groupe}</th><th>{intitule}</th></tr>"
    "<tr><td>Groupe Avenir</td><td>Paul ARNAUD, Lise BERTIN, Marc COLIN</td></tr>"
    "<tr><td>Groupe Écologie</td><td>Anne DAVID, Yves ESTEVE</td></tr></table>"
    "<p>Pouvoirs : Sophie FAURE à Marc COLIN</p>"
    "<h3>Délibération 23SP-013 – Règlement des aides</h3><p>Adoptée à l'unanimité.</p>"
    "</body></html>"
)


@pytest.mark.parametrize(
    ("groupe", "intitule"), [("Groupe", "Élus présents"), ("Groupes politiques", "Présents")]
)
def test_tableau_des_presents_par_groupe(groupe: str, intitule: str) -> None:
    """``<table>`` « Groupe | Élus présents » puis une rangée par groupe : les élus sont les
    présents, ni l'en-tête ni les noms de groupes."""
    page = _TABLEAU_DES_GROUPES.format(groupe=groupe, intitule=intitule)
    obtenu = projection(seance_lue(texte_html(page)))
    assert obtenu["presents"] == ["Paul ARNAUD", "Lise BERTIN", "Marc COLIN", "Anne DAVID", "Yves ESTEVE"]


def test_tableau_a_deux_colonnes_sans_en_tete_de_groupe() -> None:
    """Un tableau à deux colonnes dont l'en-tête n'est ni « Groupe » ni « Commune » (lu par
    commune depuis la dix-huitième session) reste lu comme avant."""
    page = _TABLEAU_DES_GROUPES.format(groupe="Nom", intitule="Qualité")
    assert "Élus présents :" not in texte_html(page)
    assert "Nom\tQualité" in texte_html(page)


_RELEVE_EN_LISTE = (
    "<html><head><title>Compte rendu du conseil municipal du 6 avril 2017 – Mairie de Saint-Lary"
    "</title></head><body><h1>Compte rendu du conseil municipal du 6 avril 2017</h1>"
    "<p>Le conseil municipal s'est réuni le 6 avril 2017 sous la présidence de M. Paul ARNAUD, maire.</p>"
    "<p><strong>Présents :</strong> Paul ARNAUD, Lise BERTIN, Marc COLIN</p><h2>Délibérations</h2><ol>"
    "<li><strong>Budget primitif 2017</strong> : adopté par 2 voix pour et 1 abstention.</li>"
    "<li><strong>Taux d'imposition</strong> : les taux sont maintenus, adopté à l'unanimité.</li>"
    "<li><strong>Subvention au comité des fêtes</strong> : 500 €, adopté à l'unanimité.</li>"
    "</ol></body></html>"
)


def test_titre_precision_puis_issue_apres_une_virgule() -> None:
    """« Titre : les taux sont maintenus, adopté à l'unanimité. », « Titre : 500 €, adopté … »
    (relevé en liste `<ol>`) : chaque ligne est un point ; l'unanimité d'un point ne se mêle plus
    au vote chiffré du point d'avant."""
    obtenu = projection(seance_lue(texte_html(_RELEVE_EN_LISTE)))
    lus = [(d["objet"], d["scrutin"]["unanimite"], d["scrutin"]["pour"]) for d in obtenu["deliberations"]]
    assert lus == [
        ("Budget primitif 2017", False, 2),
        ("Taux d'imposition", True, None),
        ("Subvention au comité des fêtes", True, None),
    ]


def test_issue_apres_une_virgule_reste_dans_la_ligne_du_vote() -> None:
    """« Les tarifs sont reconduits, adoptés à l'unanimité. » sous un titre numéroté : l'issue
    après la virgule reste lue avec le point."""
    texte = _TETE + _PRESENTS + "1 – Tarifs communaux\nLes tarifs sont reconduits, adoptés à l'unanimité.\n"
    assert _objets_et_issues(texte) == [("Tarifs communaux", "adopte")]


_MORCEAUX = st.sampled_from(
    [
        "Groupe", "Élus présents", "Présents", "22AP.31", "– ", "Compte rendu de l'exercice des délégations",
        "CP 2021-05-01", "Adopté à la majorité", " : ", "Pour : groupes", "Réunion de la Commission Permanente",
        "CONSEIL DÉPARTEMENTAL DE LA CREUSE", "ayant donné délégation de vote", "\n", " ", "M. Paul ARNAUD",
    ]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_MORCEAUX, max_size=25))
def test_formes_de_la_serie_sans_exception(morceaux: list[str]) -> None:
    """Des assemblages arbitraires des formes de la série : jamais d'exception."""
    texte = "".join(morceaux)
    r.numero_deliberation(texte)
    r.organe(texte)
    r.resultat(texte)
    lire_extrait(texte)
    lire_extrait(_aplati(texte))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_MORCEAUX, _MORCEAUX), min_size=1, max_size=6))
def test_tableaux_de_groupes_sans_exception(rangees: list[tuple[str, str]]) -> None:
    """Un tableau à deux colonnes de cellules arbitraires : jamais d'exception."""
    corps = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rangees)
    assert isinstance(texte_html(f"<html><body><table>{corps}</table></body></html>"), str)
