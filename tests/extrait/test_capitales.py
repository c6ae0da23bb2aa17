"""Noms et en-têtes tout en capitales, textes courts aplatis : l'ordre prénom / nom vient du
document (le même nom écrit ailleurs en casse mixte, sinon l'ordre de tous ses autres noms),
et ce qui reste incertain est dit (``extrait.nom-ambigu``)."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait.collectivite import sans_titre
from deliberations.extrait.personnes import lire_personne, lire_personnes, ordre_des_noms


def _codes(texte: str) -> list[str]:
    return [c.code for c in lire_extrait(texte).rapport]


def test_nom_en_capitales_retrouve_ailleurs_en_casse_mixte() -> None:
    texte = (
        "COMMUNE DE VAUDREY\nSÉANCE DU 4 MAI 2021\n"
        "SOUS LA PRÉSIDENCE DE M. FERRAND DANIEL\n"
        "Présents : M. Jean-Luc ROUX, Mme Anne PETIT, M. FERRAND Daniel\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None and resultat.seance.president is not None
    assert (resultat.seance.president.prenom, resultat.seance.president.nom) == ("Daniel", "FERRAND")
    assert "extrait.nom-ambigu" not in _codes(texte)


def test_ordre_du_document_nom_d_abord() -> None:
    texte = "Présents : MORENO Alba, LOPEZ Manuel, DIAZ Marc\n"
    with ordre_des_noms(texte) as ordre:
        elu = lire_personne("MARTINEZ SOPHIE")
    assert ordre.nom_d_abord is True and ordre.ambigus == 0
    assert elu is not None and (elu.prenom, elu.nom) == ("Sophie", "MARTINEZ")


def test_sans_indice_prenom_d_abord_et_constat() -> None:
    texte = (
        "COMMUNE DE VAUDREY SÉANCE DU 4 MAI 2021 PRÉSIDENT DE SÉANCE : CHOLLEY NADINE "
        "PRÉSENTS : CHOLLEY NADINE, ROYER JULIEN, BLANC PAUL"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert "extrait.nom-ambigu" in [c.code for c in resultat.rapport]


def test_deux_ordres_melanges_restent_ambigus() -> None:
    with ordre_des_noms("M. Jean DURAND, Mme Anne PETIT, M. MARTIN Luc, M. ROUX Paul") as ordre:
        lire_personne("M. PAUL BLANC")
    assert ordre.nom_d_abord is None and ordre.ambigus == 1 and ordre.exemple


def test_et_en_capitales_separe_deux_personnes() -> None:
    assert [str(e) for e in lire_personnes("MESSIEURS PINTA ET LESAULNIER")] == [
        "Monsieur PINTA",
        "Monsieur LESAULNIER",
    ]
    assert lire_personne("SIMONE GRAS QUI DONNE") is None


def test_prenom_compose_en_capitales() -> None:
    elu = lire_personne("M. JEAN-MICHEL LABORDE")
    assert elu is not None and elu.prenom == "Jean-Michel"


def test_collectivite_sans_organe_colle() -> None:
    assert sans_titre("Commune de Lanvézec Conseil municipal") == (
        "Commune de Lanvézec",
        "Conseil municipal",
    )
    assert sans_titre("Syndicat des eaux du Bureau") == ("Syndicat des eaux du Bureau", "")
    assert sans_titre("VAUCLAIR CANTON DE BRÉVANS", commune=True)[0] == "VAUCLAIR"
    assert sans_titre("Communauté de communes du canton de Brévans")[1] == ""


def test_texte_court_sur_une_ligne_lu_comme_aplati() -> None:
    texte = (
        "COMMUNE DE LANVÉZEC Conseil municipal Séance du 3 mars 2021 Présents : M. Jean ROUX, "
        "Mme Anne PETIT, M. Paul BLANC Secrétaire de séance : Mme Anne PETIT "
        "1. Budget primitif 2021 Le Conseil municipal, après en avoir délibéré, adopte le "
        "budget primitif et autorise le maire à signer toutes les pièces utiles à son "
        "exécution, notamment les décisions modificatives qui en découleront au cours de "
        "l'exercice. Vote : Pour : 3 Contre : 0 Abstention : 0"
    )
    assert 400 < len(texte) < 1000
    resultat = lire_extrait(texte)
    assert "extrait.texte-aplati" in [c.code for c in resultat.rapport]
    seance = resultat.seance
    assert seance is not None
    assert seance.assemblee.collectivite.nom == "LANVÉZEC"
    assert [d.objet for d in seance.deliberations] == ["Budget primitif 2021"]


def test_lignes_coupees_a_largeur_fixe_recollees() -> None:
    """Un texte copié d'un PDF, coupé à 60 colonnes : la coupure qui vient de la largeur est
    défaite (nom de la collectivité, président, liste), pas celle qui ouvre un intitulé ou un
    point, ni celle d'une fin de phrase."""
    texte = "\n".join(
        [
            "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE",
            "Le conseil communautaire de la Communauté de communes des",
            "Coteaux de la Brenelle, dûment convoqué le 2 mars 2021, s'est",
            "réuni le 9 mars 2021 sous la présidence de M. Jean-Louis",
            "DESCHAMPS, président.",
            "Présents : M. Jean-Louis DESCHAMPS, Mme Anne PETIT, M. Paul",
            "BLANC, Mme Iris VIDAL, M. Luc ROUX, Mme Nadia BERGER et M.",
            "Hugo FAURE.",
            "Secrétaire de séance : Mme Anne PETIT",
            "1. Modification des statuts de la communauté : compétence",
            "voirie d'intérêt communautaire",
            "Le conseil communautaire, après en avoir délibéré, approuve à",
            "l'unanimité la modification des statuts.",
        ]
    )
    resultat = lire_extrait(texte)
    seance = resultat.seance
    assert seance is not None
    assert [c.code for c in resultat.rapport] == ["extrait.lignes-recollees"]
    assert seance.assemblee.collectivite.nom == "Communauté de communes des Coteaux de la Brenelle"
    assert (seance.date.isoformat(), str(seance.date_convocation)) == ("2021-03-09", "2021-03-02")
    assert seance.president is not None and seance.president.nom == "DESCHAMPS"
    assert sorted(p.elu.nom for p in seance.presences) == [
        "BERGER", "BLANC", "DESCHAMPS", "FAURE", "PETIT", "ROUX", "VIDAL",
    ]  # fmt: skip
    assert [d.objet for d in seance.deliberations] == [
        "Modification des statuts de la communauté : compétence voirie d'intérêt communautaire"
    ]


def test_tableau_et_texte_court_jamais_recolles() -> None:
    from deliberations.extrait.preparation import preparer

    tableau = "\n".join(f"NOM{i} Prénom\tCommune de Vaudrey\tX\t" for i in range(10))
    assert preparer(tableau).recollees == 0
    court = "Séance du 3 mars 2021\nPrésents : M. Jean ROUX\nSecrétaire : M. Jean ROUX"
    assert preparer(court).recollees == 0


def test_date_seule_en_chiffres_et_date_la_plus_a_gauche() -> None:
    from deliberations.extrait.dates import trouver_date
    from deliberations.extrait.reconnaisseurs import date_seance_fiable

    assert trouver_date("le 21 janvier 2016, convoqué le 13/01/2016") == trouver_date(
        "21/01/2016"
    )
    assert date_seance_fiable("JEUDI 25/01/2024 • 20H00") is not None
    assert date_seance_fiable("Du 14/03/2019") is not None


def test_presidee_par_et_nomme_inclusif() -> None:
    from deliberations.extrait import reconnaisseurs as r

    assert r.president("la séance étant présidée par M. Paul ROUX, maire.") == "M. Paul ROUX"
    assert r.president("Séance présidée par Mme Anne PETIT") == "Mme Anne PETIT"
    assert r.secretaire("Mme Odile FAURE a été nommé(e) secrétaire de séance.") == "Mme Odile FAURE"


def test_nom_qui_ressemble_a_un_libelle_apres_une_civilite() -> None:
    """« M. PRESENT » est une personne (un NOM après une civilité) ; « Présents » seul, un
    libellé."""
    assert str(lire_personne("M. PRESENT")) == "Monsieur PRESENT"
    assert lire_personne("Présents") is None
    assert lire_personne("Alain PRESENT") is not None  # casse mixte : pas de mot exclu


def test_president_au_nom_compose_coupe_apres_la_civilite() -> None:
    """« … sous la présidence de M. » / « Christian BOUSQUET- » / « ROUVIERE, Maire. » : la
    présidence et le nom composé continuent sur les lignes suivantes."""
    texte = (
        "COMMUNE DE MONTARNAUD\nSéance du 29 juin 2021\n"
        "Le Conseil Municipal s'est réuni à la Mairie, sous la présidence de M.\n"
        "Christian BOUSQUET-\nROUVIERE, Maire.\n"
        "Présents : M. Christian BOUSQUET-ROUVIERE, Mme Anne PETIT\n"
        "Objet : Tarifs\nAdopté à l'unanimité."
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.president is not None
    assert seance.president.nom == "BOUSQUET-ROUVIERE"


def test_tabulation_apres_deux_points_n_est_pas_une_cellule() -> None:
    """Document 233 (« Pouvoirs : » / « 3 – Votants : 18 ») avec une tabulation après chaque
    deux-points : la ligne n'est pas une ligne de tableau, la valeur coupée se recolle, aucun
    point « 3 – Votants » n'est lu."""
    from tests.extrait.comparaison import CORPUS
    from tests.extrait.metamorphoses import TRANSFORMATIONS

    document = next(p for p in CORPUS.iterdir() if p.name.startswith("233-") and p.suffix == ".txt")
    texte = TRANSFORMATIONS["tabulations après deux-points"](document.read_text("utf-8"))
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert not [d for d in seance.deliberations if "Votants" in d.objet]


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(
    st.lists(
        st.text(alphabet="abcdeéABCDÉ ,.:;'()0123456789", min_size=1, max_size=90),
        min_size=1,
        max_size=40,
    ),
    st.integers(50, 100),
)
def test_recollement_ne_perd_ni_n_invente_aucun_mot(paragraphes: list[str], largeur: int) -> None:
    """Des paragraphes coupés à largeur fixe puis recollés : les mots restent les mêmes et dans
    le même ordre (aucun texte perdu ni ajouté), quelle que soit la décision de recoller."""
    import textwrap

    from deliberations.extrait.preparation import Preparation, _recoller_colonnes

    lignes = [
        ligne
        for paragraphe in paragraphes
        for ligne in (textwrap.wrap(paragraphe, largeur, break_on_hyphens=False) or [""])
    ]
    numerotees = list(enumerate(lignes, start=1))
    recollees = _recoller_colonnes(Preparation(lignes=[]), numerotees)
    assert " ".join(t for _, t in recollees).split() == " ".join(lignes).split()
    assert [n for n, _ in recollees] == sorted({n for n, _ in recollees})
