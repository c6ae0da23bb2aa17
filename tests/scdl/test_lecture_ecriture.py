"""Lecteur tolérant et écrivain : réparations signalées, aller-retour sans perte."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.erreurs import FichierIllisible
from deliberations.model import (
    Budget,
    Collectivite,
    Deliberation,
    Scrutin,
    Transmission,
    lire_seance,
)
from deliberations.nomenclature import matieres
from deliberations.scdl import NOMS, ecrire_scdl, ligne_scdl, lire_scdl, valider_scdl
from deliberations.scdl.ecriture import EcrivainSCDL
from tests.conftest import EXEMPLE_SEED
from tests.strategies import dates, sirets, texte_libre

CORPUS = Path(__file__).parent / "corpus"


def codes_lecture(chemin: Path) -> tuple[list[str], list[list[str]]]:
    with lire_scdl(chemin) as lecteur:
        lignes = list(lecteur)
        return [c.code for c in lecteur.constats], [[c.code for c in x.constats] for x in lignes]


def test_lecture_fichier_valide() -> None:
    with lire_scdl(CORPUS / "valide.csv") as lecteur:
        lignes = list(lecteur)
    assert len(lignes) == 3
    premiere = lignes[0]
    assert premiere.numero == 2
    assert premiere.collectivite is not None and premiere.collectivite.siret == "21860194600013"
    d = premiere.deliberation
    assert d is not None
    assert d.matiere == "7.1" and d.date == dt.date(2023, 5, 10)
    assert d.budget == Budget(annee="2023", nom="Budget principal")
    assert d.transmission == Transmission(prefecture="PREF086", date_reception=dt.date(2023, 5, 12))
    assert d.scrutin == Scrutin(pour=20, contre=5, abstentions=2)
    assert premiere.vote_effectif == 29
    assert lignes[2].deliberation is not None and lignes[2].deliberation.scrutins == ()


def test_lecture_latin1_point_virgule() -> None:
    fichier, _ = codes_lecture(CORPUS / "valide-pointvirgule-latin1.csv")
    assert "reparation.encodage" in fichier and "reparation.separateur" in fichier
    with lire_scdl(CORPUS / "valide-pointvirgule-latin1.csv") as lecteur:
        noms = [x.collectivite.nom for x in lecteur if x.collectivite]
    assert noms[1] == "Commune de Saint-Étienne-lès-Remiremont"


def test_lecture_coquilles_et_colonnes_sans_nom() -> None:
    fichier, _lignes = codes_lecture(CORPUS / "reel-entete-coquilles.csv")
    assert fichier.count("reparation.entete") == 2
    assert "reparation.ligne-vide" in fichier
    with lire_scdl(CORPUS / "reel-entete-coquilles.csv") as lecteur:
        (ligne,) = list(lecteur)
    assert ligne.vote_effectif == 29
    assert ligne.deliberation is not None and ligne.deliberation.scrutin is not None
    assert ligne.deliberation.scrutin.abstentions == 2
    assert ligne.collectivite is not None and ligne.collectivite.nom == "Le Plessis-Trévise"


def test_lecture_dates_avec_heure() -> None:
    with lire_scdl(CORPUS / "reel-dates-avec-heure.csv") as lecteur:
        (ligne,) = list(lecteur)
    assert ligne.deliberation is not None
    assert ligne.deliberation.date == dt.date(2021, 7, 2)
    assert [c.code for c in ligne.constats] == ["reparation.date", "reparation.date"]
    assert "ligne 2, colonne DELIB_DATE" in ligne.constats[0].chemin


def test_blancs_d_une_date_ou_d_un_nombre_signales_une_fois() -> None:
    donnees = (
        "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,"
        "DELIB_OBJET,VOTE_POUR\nVille,21860194600013,D1, 2023-05-10 ,7.1,Finances locales,"
        "Budget, 12 \n"
    )
    with lire_scdl(donnees.encode()) as lecteur:
        (ligne,) = list(lecteur)
    assert ligne.deliberation is not None and ligne.deliberation.date == dt.date(2023, 5, 10)
    assert ligne.deliberation.scrutin is not None and ligne.deliberation.scrutin.pour == 12
    assert [(c.code, dict(c.details)["colonne"]) for c in ligne.constats] == [
        ("reparation.espaces", "DELIB_DATE"),
        ("reparation.espaces", "VOTE_POUR"),
    ]
    assert ligne.codes == tuple((c.code, c.severite) for c in ligne.constats)


def test_brut_garde_les_colonnes_repetees_et_les_cellules_en_trop() -> None:
    donnees = "COLL_NOM,NOTE,NOTE\nVille,a,b\nVille,a,b,c\nVille\n"
    with lire_scdl(donnees.encode()) as lecteur:
        lignes = list(lecteur)
    assert [ligne.brut for ligne in lignes] == [
        {"COLL_NOM": "Ville", "NOTE": "a", "NOTE#3": "b"},
        {"COLL_NOM": "Ville", "NOTE": "a", "NOTE#3": "b", "colonne_4": "c"},
        {"COLL_NOM": "Ville"},
    ]
    assert [c for c, _ in lignes[1].codes if c.endswith("-cell")] == ["extra-cell"]
    assert [c for c, _ in lignes[2].codes if c.endswith("-cell")] == ["missing-cell"]


def test_lecture_colonne_inconnue_gardee() -> None:
    with lire_scdl(CORPUS / "casse-colonnes.csv") as lecteur:
        lignes = list(lecteur)
        assert "extra-label" in [c.code for c in lecteur.constats]
    assert lignes[0].brut["PUBLICATION_DATE"] == "2023-05-15"


def test_lecture_valeurs_invalides_signalees() -> None:
    _, lignes = codes_lecture(CORPUS / "casse-obligatoires.csv")
    assert lignes[0] == []
    # la ligne sans code de matière est réparée depuis le nom ; toutes les autres sont signalées
    assert [codes for codes in lignes[1:] if "constraint-error" not in codes] == [
        ["reparation.matiere"]
    ]


@given(st.binary(max_size=1500))
def test_octets_quelconques(donnees: bytes) -> None:
    try:
        with lire_scdl(donnees) as lecteur:
            for ligne in lecteur:
                assert ligne.numero >= 2
    except FichierIllisible:
        pass


# ------------------------------------------------------------------ écriture


def test_seed_ecrit_et_valide(tmp_path: Path) -> None:
    sortie = tmp_path / "seed.csv"
    rapport = ecrire_scdl(lire_seance(EXEMPLE_SEED), sortie, siret="24210041000016")
    assert rapport.ok and {c.code for c in rapport} <= {"ecriture.non-represente"}
    texte = sortie.read_bytes()
    assert texte.startswith(",".join(NOMS).encode() + b"\r\n")
    assert valider_scdl(sortie, strict=True).ok
    ligne = texte.decode().splitlines()[1]
    assert ligne.endswith(",,,,,86,78,78,0,0,")


def test_ecriture_sans_siret_signalee() -> None:
    seance = lire_seance(EXEMPLE_SEED)
    sortie = io.StringIO()
    rapport = ecrire_scdl(seance, sortie)
    assert [c.code for c in rapport.erreurs] == ["ecriture.siret-manquant"]
    assert len(sortie.getvalue().splitlines()) == 2  # la ligne est écrite quand même


def test_ecriture_nppv_signale() -> None:
    c = Collectivite(nom="V", siret="21860194600013")
    d = Deliberation(
        numero="1",
        objet="o",
        matiere="7.1",
        date=dt.date(2024, 1, 1),
        scrutins=[Scrutin(pour=10, contre=2, abstentions=1, ne_prend_pas_part=3)],
    )
    ligne, constats = ligne_scdl(c, d, vote_effectif=20)
    assert (ligne["VOTE_REEL"], ligne["VOTE_POUR"]) == ("13", "10")
    assert [x.code for x in constats] == ["ecriture.votes-non-representes"]


@st.composite
def lignes_modele(draw: st.DrawFn) -> tuple[Collectivite, Deliberation, int | None]:
    collectivite = Collectivite(nom=draw(texte_libre), siret=draw(sirets()))
    pour = draw(st.none() | st.integers(0, 80))
    scrutins = []
    effectif = None
    if pour is not None:
        scrutins = [
            Scrutin(
                pour=pour, contre=draw(st.integers(0, 20)), abstentions=draw(st.integers(0, 20))
            )
        ]
        effectif = draw(st.integers(120, 200))
    annee = draw(st.none() | st.integers(2000, 2030))
    d = Deliberation(
        numero=draw(texte_libre),
        objet=draw(texte_libre),
        matiere=draw(st.sampled_from([m.code for m in matieres(2)])),
        date=draw(dates),
        budget=Budget(annee=str(annee), nom=draw(texte_libre)) if annee else None,
        transmission=draw(
            st.none() | st.builds(Transmission, prefecture=st.just("PREF021"), date_reception=dates)
        ),
        url=draw(st.none() | st.just("https://exemple.fr/a b.pdf")),
        scrutins=scrutins,
    )
    return collectivite, d, effectif


@given(st.lists(lignes_modele(), min_size=1, max_size=5))
def test_aller_retour_modele_csv_modele(
    lignes: list[tuple[Collectivite, Deliberation, int | None]],
) -> None:
    tampon = io.StringIO()
    ecrivain = EcrivainSCDL(tampon)
    for c, d, effectif in lignes:
        ecrivain.ecrire(c, d, vote_effectif=effectif)
    with lire_scdl(tampon.getvalue().encode("utf-8")) as lecteur:
        relues = list(lecteur)
        assert [x.code for x in lecteur.constats] == []
    assert len(relues) == len(lignes)
    for (c, d, effectif), relue in zip(lignes, relues, strict=True):
        assert relue.collectivite == c
        # Les blancs d'une adresse sont écrits encodés (%20) : même ressource, adresse valide.
        url = d.url.replace(" ", "%20") if d.url else None
        assert relue.deliberation == attrs.evolve(d, url=url)
        assert relue.vote_effectif == effectif


def test_ecriture_fichier_impossible(tmp_path: Path) -> None:
    from deliberations.erreurs import ErreurDeliberations

    with pytest.raises(ErreurDeliberations, match=r"n.existe pas"):
        ecrire_scdl(lire_seance(EXEMPLE_SEED), tmp_path / "absent" / "x.csv")


def test_valeurs_lues_par_nom_de_colonne_quel_que_soit_l_ordre() -> None:
    """Colonnes permutées, répétées (la première compte, comme ``brut``), absentes ou
    manquantes en fin de ligne : chaque valeur du modèle vient de la colonne de son nom."""
    donnees = (
        "DELIB_OBJET,DELIB_ID,COLL_SIRET,DELIB_DATE,COLL_NOM,DELIB_ID,DELIB_MATIERE_CODE\n"
        "Budget,D1,21860194600013,2023-05-10,Ville,D9,7.1\n"
        "Budget,D2,21860194600013,2023-05-10,Ville\n"
    )
    with lire_scdl(donnees.encode()) as lecteur:
        premiere, courte = list(lecteur)
    assert premiere.deliberation is not None and courte.deliberation is not None
    assert (premiere.deliberation.numero, premiere.brut["DELIB_ID#6"]) == ("D1", "D9")
    assert premiere.deliberation.objet == "Budget"
    assert premiere.deliberation.matiere == "7.1"
    assert premiere.collectivite == Collectivite(nom="Ville", siret="21860194600013")
    assert courte.deliberation.matiere is None
    obligatoires = [c.chemin for c in courte.constats if c.code == "constraint-error"]
    assert obligatoires == [
        "ligne 3, colonne DELIB_MATIERE_CODE",
        "ligne 3, colonne DELIB_MATIERE_NOM",
    ]


def test_valeur_refusee_par_le_modele_signalee_avec_sa_valeur_brute() -> None:
    donnees = (
        "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,"
        "DELIB_OBJET\nVille,21860194600013,D1,2023-05-10, 7.1.1.1.1.1 ,Finances,Budget\n"
    )
    with lire_scdl(donnees.encode()) as lecteur:
        (ligne,) = list(lecteur)
    assert ligne.deliberation is None
    (refus,) = [c for c in ligne.constats if c.code == "constraint-error"]
    details = dict(refus.details)
    assert details["colonne"] == "DELIB_MATIERE_CODE"
    assert details["valeur"] == " 7.1.1.1.1.1 "
    assert "Code de matière" in refus.message


def test_effectif_non_dit_par_la_source_jamais_pris_des_membres_nommes() -> None:
    """Une séance lue d'un extrait qui ne dit pas le nombre de membres en exercice : les
    membres qu'il nomme ne deviennent pas VOTE_EFFECTIF (colonnes VOTE_* vides, constat)."""
    seance = lire_seance(EXEMPLE_SEED)
    assert seance.assemblee.mandats
    seance = attrs.evolve(seance, decomptes=None, non_etablis=["decomptes.en_exercice"])
    assert seance.nombre_en_exercice() is None
    sortie = io.StringIO()
    rapport = ecrire_scdl(seance, sortie, siret="24210041000016")
    lignes = list(csv.DictReader(io.StringIO(sortie.getvalue())))
    assert lignes and all(ligne["VOTE_EFFECTIF"] == "" for ligne in lignes)
    assert "ecriture.effectif-manquant" in rapport.codes()
