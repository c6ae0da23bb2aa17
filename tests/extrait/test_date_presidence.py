"""Date de séance choisie par la fiabilité de sa tournure, présidences successives, capture de
collectivité qui déborde, départ rattaché à un point : jamais faux en silence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.collectivite import nom_plausible
from deliberations.extrait.dates import MOIS

NOMS_MOIS = {v: k for k, v in MOIS.items()}
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


# ------------------------------------------------------------------ reconnaisseur de date


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("Séance du lundi 7 mars 2022 à 18h30.", (dt.date(2022, 3, 7), r.FIABILITE_SEANCE)),
        ("Procès verbal de la séance du 10 décembre 2020", (dt.date(2020, 12, 10), 3)),
        ("L'an deux mil vingt, le 10 décembre, le Comité", (dt.date(2020, 12, 10), 4)),
        ("Le Comité, l'an deux mil vingt, le 10 décembre", (dt.date(2020, 12, 10), 3)),
        (
            "Le Conseil Syndical du SIVOM de X s'est tenu lundi 7 juillet 2014 à 18h 30",
            (dt.date(2014, 7, 7), r.FIABILITE_SEANCE),
        ),
        (
            "La Commission permanente s'est réunie en séance ordinaire à l'Hôtel de Région, "
            "le vendredi dix-huit novembre deux mil seize à neuf heures",
            (dt.date(2016, 11, 18), r.FIABILITE_SEANCE),
        ),
        (
            "PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE MARDI 15 SEPTEMBRE 2020 – LACANAU",
            (dt.date(2020, 9, 15), r.FIABILITE_TITRE),
        ),
        ("Conseil Syndical du SIVOM du 7 juillet 2014", (dt.date(2014, 7, 7), r.FIABILITE_TITRE)),
        ("mardi 15 mars 2022", (dt.date(2022, 3, 15), r.FIABILITE_SEULE)),
        # apostrophes perdues à l'extraction d'un PDF
        ("L an Deux Mil Onze, le vingt-quatre mars", (dt.date(2011, 3, 24), 4)),
        ("le conseil s est réuni le 3 mars 2011 à 20 h", (dt.date(2011, 3, 3), 3)),
        ("Extrait du procès-verbal de la séance du 10 février 2011", (dt.date(2011, 2, 10), 3)),
    ],
)
def test_date_et_fiabilite(texte: str, attendu: tuple[dt.date, int]) -> None:
    assert r.date_seance_fiable(texte) == attendu
    assert r.date_seance(texte) == attendu[0]


@pytest.mark.parametrize(
    "texte",
    [
        # une autre séance, celle dont on approuve le procès-verbal
        "Le procès-verbal de la séance du 14 décembre 2023 est arrêté sans observation.",
        "Le compte rendu de la réunion du 24 septembre 2012 est",
        "- Approbation du Compte-rendu de la réunion du Conseil Syndical du 16 juin 2014 :",
        # la date qui suit « s'est réuni » est celle de la convocation
        "le Comité s'est réuni à son siège, à la suite de la convocation qui lui a été "
        "adressée le 29 mai 2012.",
        # « s'est réuni le Conseil … » : « le » n'introduit pas une date
        "s'est réuni le Conseil Municipal de Vaudrey, dûment convoqué le 2 mars 2022",
        # « s'est réuni » sans date qui suive
        "Le conseil s'est réuni en visioconférence, en application de l'ordonnance",
        # le compte rendu d'une autre séance, cité dans la prose
        "Monsieur le Maire rappelle que le compte rendu de la séance du 10 février 2011 leur "
        "a été adressé avec la convocation.",
        # « l an » sans date en lettres ni année : pas une phrase d'ouverture
        "voir l an prochain",
    ],
)
def test_pas_une_date_de_seance(texte: str) -> None:
    assert r.date_seance_fiable(texte) is None


def test_s_est_reuni_hors_en_tete_ignore() -> None:
    """Dans le corps d'une délibération, « la commission s'est réunie le … » n'est pas la
    séance."""
    texte = "La commission des finances s'est réunie le 3 mars 2022 pour examiner le budget."
    assert r.date_seance_fiable(texte, entete=True) == (dt.date(2022, 3, 3), 3)
    assert r.date_seance_fiable(texte, entete=False) is None


@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)),
    st.sampled_from(["s'est réuni", "s'est tenue", "se sont réunis"]),
    st.text(alphabet="abcdefghij éà,", max_size=40),
)
def test_s_est_reuni_le_date_relue(jour: dt.date, verbe: str, lieu: str) -> None:
    texte = (
        f"Le conseil {verbe} {lieu.replace(' le ', ' ')} le {JOURS[jour.weekday()]} "
        f"{jour.day} {NOMS_MOIS[jour.month]} {jour.year} à 18 heures"
    )
    assert r.date_seance_fiable(texte) == (jour, r.FIABILITE_SEANCE)


@given(st.text(max_size=300))
def test_texte_quelconque_date_fiable_ou_rien(texte: str) -> None:
    for entete in (True, False):
        trouve = r.date_seance_fiable(texte, entete)
        assert trouve is None or (isinstance(trouve[0], dt.date) and trouve[1] in (1, 2, 3))


# ------------------------------------------------------------------ la séance entière


def _seance(*lignes: str) -> tuple[dt.date | None, list[str]]:
    resultat = lire_extrait("\n".join(lignes))
    date = resultat.seance.date if resultat.seance else None
    return date, [c.code for c in resultat.rapport]


_CORPS = (
    "Présents : M. Jean DUPONT, Mme Anne MARTIN",
    "OBJET : Budget primitif",
    "Adopté à l'unanimité.",
)


def test_date_de_publication_ecartee() -> None:
    date, codes = _seance(
        "COMMUNE DE VAUDREY", "mardi 15 mars 2022", "Séance du lundi 7 mars 2022", *_CORPS
    )
    assert date == dt.date(2022, 3, 7)
    assert "extrait.date-ecartee" in codes
    assert "extrait.date-incertaine" not in codes


def test_deux_tournures_de_seance_en_desaccord_signalees() -> None:
    date, codes = _seance(
        "COMMUNE DE VAUDREY", "Séance du 7 mars 2022", "Réunion du 8 mars 2022", *_CORPS
    )
    assert date == dt.date(2022, 3, 7)
    assert "extrait.date-incertaine" in codes


def test_phrase_d_ouverture_l_emporte_et_la_divergence_est_dite() -> None:
    """Un rapport présente le compte rendu d'une séance précédente : son titre porte une autre
    date que la phrase d'ouverture de la séance rapportée."""
    date, codes = _seance(
        "COMITE SYNDICAL DU SYNDICAT DES EAUX",
        "Rapport au Comité syndical du 17 octobre 2023",
        "L'an deux mille vingt-trois, le vingt juin, le Comité s'est réuni.",
        *_CORPS,
    )
    assert date == dt.date(2023, 6, 20)
    assert "extrait.date-divergente" in codes


def test_deux_dates_seules_en_desaccord_date_vide() -> None:
    date, codes = _seance("COMMUNE DE VAUDREY", "mardi 15 mars 2022", "lundi 7 mars 2022", *_CORPS)
    assert date is None
    assert "extrait.date-incertaine" in codes and "extrait.date-absente" in codes


def test_dates_seules_departagees_par_un_titre_sans_annee() -> None:
    date, codes = _seance(
        "Compte rendu du conseil municipal du 7 mars",
        "mardi 15 mars 2022",
        "lundi 7 mars 2022",
        *_CORPS,
    )
    assert date == dt.date(2022, 3, 7)
    assert "extrait.date-ecartee" in codes and "extrait.date-incertaine" not in codes


def test_date_seule_contredite_par_un_titre_sans_annee() -> None:
    date, codes = _seance(
        "COMMUNE DE VAUDREY", "Compte rendu de la séance du 7 mars", "mardi 15 mars 2022", *_CORPS
    )
    assert date == dt.date(2022, 3, 15)
    assert "extrait.date-incertaine" in codes


def test_meme_date_repetee_sans_constat() -> None:
    date, codes = _seance(
        "COMMUNE DE VAUDREY", "lundi 7 mars 2022", "Séance du lundi 7 mars 2022", *_CORPS
    )
    assert date == dt.date(2022, 3, 7)
    assert not any(c.startswith("extrait.date") for c in codes)


# ------------------------------------------------------------------ présidence


def test_presidences_successives_la_derniere() -> None:
    texte = (
        "Le Conseil s'est réuni le 1er juillet 2021 sous la présidence de Monsieur Paul ROUX, "
        "doyen d'âge, puis après l'élection du Président, de Madame Anne VIDAL. Monsieur Paul "
        "ROUX ouvre la séance."
    )
    assert r.president(texte) == "Madame Anne VIDAL"
    assert r.president("sous la présidence de M. Paul ROUX, puis de Anne VIDAL.") == "Anne VIDAL"
    assert not r.presidence_incertaine(texte)


def test_presidence_d_un_point_ne_remplace_pas_la_seance() -> None:
    texte = (
        "sous la présidence de M. Paul ROUX, Maire, puis de Mme Anne VIDAL, première adjointe, "
        "pour le vote du compte administratif."
    )
    assert r.president(texte) == "M. Paul ROUX"
    assert r.presidence_d_un_point(texte)
    assert not r.presidence_d_un_point("sous la présidence de M. Paul ROUX, puis de Anne VIDAL.")
    resultat = lire_extrait(
        "\n".join(
            [
                "COMMUNE DE VAUDREY",
                f"Séance du 7 mars 2022, {texte}",
                "Présents : M. Paul ROUX, Mme Anne VIDAL",
                "OBJET : Budget primitif",
                "Adopté à l'unanimité.",
            ]
        )
    )
    assert resultat.seance is not None and resultat.seance.president is not None
    assert resultat.seance.president.nom == "ROUX"
    assert "extrait.president-point" in [c.code for c in resultat.rapport]


def test_presidence_successive_sans_nom() -> None:
    texte = "sous la présidence de M. Paul ROUX, puis de son premier adjoint."
    assert r.president(texte) is None
    assert r.presidence_incertaine(texte)


def test_une_seule_presidence_inchangee() -> None:
    assert r.president("sous la présidence de M. Paul ROUX, Maire. Étaient présents") == (
        "M. Paul ROUX"
    )
    assert r.president("sous la présidence de Madame le Maire, Colette ROUQUETTE.") == (
        "Colette ROUQUETTE"
    )


def test_prise_de_presidence() -> None:
    texte = (
        "Le quorum est atteint. Madame Anne VIDAL, ayant obtenu 17 voix, est proclamée "
        "Présidente et prend la présidence de la séance."
    )
    assert r.prise_de_presidence(texte) == "Madame Anne VIDAL"
    assert r.prise_de_presidence("Le Président prend la parole.") is None


def test_prise_de_presidence_remplace_le_doyen_et_le_dit() -> None:
    resultat = lire_extrait(
        "\n".join(
            [
                "COMMUNE DE VAUDREY",
                "Séance du 7 mars 2022",
                "Sous la présidence de M. Paul ROUX, doyen d'âge.",
                "Présents : M. Paul ROUX, Mme Anne VIDAL",
                "Mme Anne VIDAL, élue Maire, prend la présidence de la séance.",
                "OBJET : Budget primitif",
                "Adopté à l'unanimité.",
            ]
        )
    )
    assert resultat.seance is not None and resultat.seance.president is not None
    assert resultat.seance.president.nom == "VIDAL"
    assert "extrait.president-remplace" in [c.code for c in resultat.rapport]


@pytest.mark.parametrize("avant", [[], ["Président : M. Paul ROUX"]])
def test_presidence_incertaine_signalee(avant: list[str]) -> None:
    resultat = lire_extrait(
        "\n".join(
            [
                "COMMUNE DE VAUDREY",
                *avant,
                "Séance du 7 mars 2022, sous la présidence de M. Paul ROUX, puis de son adjoint.",
                "Présents : M. Paul ROUX, Mme Anne VIDAL",
                "OBJET : Budget primitif",
                "Adopté à l'unanimité.",
            ]
        )
    )
    assert resultat.seance is not None and resultat.seance.president is None
    assert "extrait.president-incertain" in [c.code for c in resultat.rapport]


@given(st.text(max_size=300))
def test_presidence_texte_quelconque(texte: str) -> None:
    nom = r.prise_de_presidence(texte)
    assert nom is None or (nom.strip() == nom and bool(nom))
    r.presidence_incertaine(texte)
    r.presidence_d_un_point(texte)


# ------------------------------------------------------------------ collectivité


@pytest.mark.parametrize(
    "nom",
    [
        "Madame Catherine VERDIER. Monsieur Raymond FOURNIAL ouvre la",
        "M. Paul ROUX",
        "Vaudrey est réuni",
        "Haute-Lizière. Le Président",
    ],
)
def test_capture_qui_deborde_pas_un_nom(nom: str) -> None:
    assert not nom_plausible(nom)


@pytest.mark.parametrize(
    "nom", ["Haute-Lizière", "Pont-à-Mousson", "l'Est lyonnais", "Nord-Est", "Saint-Jean-de-Luz"]
)
def test_noms_de_lieux_toujours_plausibles(nom: str) -> None:
    assert nom_plausible(nom)


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        (
            "la séance d'installation du Conseil Départemental de la Haute-Lizière à 10 heures",
            "Département de la Haute-Lizière",
        ),
        (
            "La Commission permanente du Conseil régional de Loire-Océane s'est réunie",
            "Région Loire-Océane",
        ),
        ("CONSEIL RÉGIONAL DE LIGÉRIE", "CONSEIL RÉGIONAL DE LIGÉRIE"),  # un en-tête : tel quel
    ],
)
def test_conseil_general_dans_une_phrase_donne_la_collectivite(texte: str, attendu: str) -> None:
    trouve = r.organe(texte)
    assert trouve is not None and trouve[1] == attendu


# ------------------------------------------------------------------ départs


def _departs(*lignes: str) -> tuple[dict[str, int | None], list[str]]:
    resultat = lire_extrait(
        "\n".join(
            [
                "COMMUNE DE VAUDREY",
                "Séance du 7 mars 2022",
                "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Luc PETIT",
                *lignes,
            ]
        )
    )
    assert resultat.seance is not None
    departs = {p.elu.nom: p.depart_point for p in resultat.seance.presences}
    return departs, [c.code for c in resultat.rapport]


def test_depart_a_l_issue_de_ce_point() -> None:
    departs, codes = _departs(
        "OBJET : Budget primitif",
        "Adopté à l'unanimité.",
        "OBJET : Tarifs de la cantine",
        "Adopté à l'unanimité.",
        "M. Luc PETIT quitte la séance à l'issue de ce point.",
        "OBJET : Subventions",
        "Adopté à l'unanimité.",
    )
    assert departs["PETIT"] == 2
    assert "extrait.mouvement-incertain" not in codes


def test_depart_pendant_un_point_avant_son_vote() -> None:
    departs, _ = _departs(
        "OBJET : Budget primitif",
        "Adopté à l'unanimité.",
        "OBJET : Tarifs de la cantine",
        "M. Luc PETIT quitte la séance.",
        "Adopté à l'unanimité.",
    )
    assert departs["PETIT"] == 1


def test_depart_deduit_signale_quand_un_point_n_est_pas_lu() -> None:
    _, codes = _departs(
        "OBJET : Budget primitif",
        "Adopté à l'unanimité.",
        "OBJET : TARIFS DE LA CANTINE",
        "Rapporteur : M. Jean DUPONT",
        "Adopté à l'unanimité.",
        "M. Luc PETIT quitte la séance à l'issue de ce point.",
        "OBJET : Subventions",
        "Adopté à l'unanimité.",
    )
    assert "extrait.mouvement-incertain" in codes
