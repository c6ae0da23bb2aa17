"""Procès-verbaux d'un comité qui distingue titulaires et suppléants : décomptes par qualité
(« Conseillers titulaires élus / en fonction / présents », « Conseiller suppléant présent »),
listes « Délégués suppléants : X (pour Y) », « Déléguée suppléante : X », civilités
« Mmes & MM. », secrétaire désigné en phrase, bandeau d'un syndicat scolaire."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.collectivite import en_tete
from deliberations.extrait.normalisation import segmenter
from deliberations.model import Seance, StatutPresence


def _proces_verbal(
    suppleants: str = "Délégués suppléants : VOGT Carole (pour RIEGEL Paul)",
    presents_titulaires: int = 3,
    suppleants_presents: str = "Conseillers suppléants présents : 1",
    separateur: str = "\n",
) -> str:
    lignes = [
        "PROCÈS-VERBAL DE LA REUNION DU COMITE SYNDICAL DU SIVU DES COTEAUX",
        "Séance du 02.02.24",
        "Sous la présidence de Louise HAEGEL",
        "Conseillers titulaires élus : 6",
        "Conseillers titulaires en fonction : 5",
        f"Conseillers titulaires présents : {presents_titulaires}",
        suppleants_presents,
        "Délégués titulaires présents : Mmes & MM. ANTZ Mireille, BUCHER Léon, HAEGEL Louise",
        suppleants,
        "Délégués titulaires excusés : RIEGEL Paul, SIMLER Jacques (pouvoir à BUCHER Léon)",
        "Les présents désignent Antz Mireille comme secrétaire de séance.",
        "OBJET : Tarifs de la cantine",
        "Adopté à l'unanimité.",
    ]
    return separateur.join(lignes)


def _statuts(s: Seance, statut: StatutPresence) -> list[str]:
    return [str(p.elu) for p in s.presences if p.statut is statut]


def _seance(texte: str) -> Seance:
    s = lire_extrait(texte).seance
    assert s is not None
    return s


def test_decomptes_par_qualite() -> None:
    assert r.decomptes("Conseillers titulaires élus : 10") == [("membres", 10)]
    assert r.decomptes("Conseillers titulaires en fonction : 9") == [("en_exercice", 9)]
    assert r.decomptes("Conseillers titulaires présents : 8") == [("presents_titulaires", 8)]
    assert r.decomptes("Conseiller suppléant présent : 1") == [("presents_suppleants", 1)]
    assert r.decomptes("Conseillers suppléants présents : 2") == [("presents_suppleants", 2)]


def test_un_decompte_de_suppleants_n_est_pas_le_nombre_de_presents() -> None:
    for texte in ("Conseiller suppléant présent : 0", "Délégués suppléants présents : 3"):
        assert all(cle != "presents" for cle, _ in r.decomptes(texte))


@given(
    qui=st.sampled_from(["Conseiller", "Conseillers", "Délégués", "Membres", "Déléguée"]),
    qualite=st.sampled_from(["titulaire", "titulaires", "suppléant", "suppléants", "suppléante"]),
    quoi=st.sampled_from(["élus", "en fonction", "présents", "présent", "excusés", "votants"]),
    nombre=st.integers(min_value=0, max_value=999),
)
def test_decompte_par_qualite_jamais_un_nombre_de_presents(
    qui: str, qualite: str, quoi: str, nombre: int
) -> None:
    """Un décompte par qualité donne au plus une partie des présents, jamais leur nombre ;
    un décompte de suppléants ne donne ni membres ni membres en exercice."""
    valeurs = dict(r.decomptes(f"{qui} {qualite} {quoi} : {nombre}"))
    assert "presents" not in valeurs
    assert all(v == nombre for v in valeurs.values())
    if qualite.startswith("suppl"):
        assert set(valeurs) <= {"presents_suppleants"}


@given(st.text(max_size=200))
def test_decomptes_texte_quelconque(texte: str) -> None:
    for cle, valeur in r.decomptes(texte):
        assert isinstance(cle, str) and valeur >= 0


def test_intitules_de_suppleants() -> None:
    for texte in ("Délégués suppléants : X (pour Y)", "Déléguée suppléante : FRITSCH Odile"):
        sec = r.section(texte)
        assert sec is not None and sec.nom == "suppleants"


def test_suppleants_pour_un_titulaire_nomme() -> None:
    s = _seance(_proces_verbal())
    remplaces = [
        (str(p.elu), str(p.suppleant)) for p in s.presences if p.statut is StatutPresence.REMPLACE
    ]
    assert remplaces == [("Paul RIEGEL", "Carole VOGT")]
    assert "Carole VOGT" not in _statuts(s, StatutPresence.PRESENT)
    assert "Paul RIEGEL" not in _statuts(s, StatutPresence.EXCUSE)


def test_deleguee_suppleante_sans_titulaire() -> None:
    s = _seance(_proces_verbal(suppleants="Déléguée suppléante : VOGT Carole"))
    assert _statuts(s, StatutPresence.SUPPLEANT) == ["Carole VOGT"]


def test_decomptes_lus_et_confrontes() -> None:
    resultat = lire_extrait(_proces_verbal())
    s = resultat.seance
    assert s is not None and s.decomptes is not None
    assert (s.decomptes.membres, s.decomptes.en_exercice, s.decomptes.presents) == (6, 5, 3)
    assert not [c for c in resultat.rapport.constats if c.code == "extrait.decompte"]


def test_titulaires_presents_faux_signale() -> None:
    resultat = lire_extrait(_proces_verbal(presents_titulaires=4))
    assert any(c.code == "extrait.decompte" for c in resultat.rapport.constats)


def test_suppleants_presents_faux_signale() -> None:
    texte = _proces_verbal(suppleants_presents="Conseiller suppléant présent : 0")
    resultat = lire_extrait(texte)
    assert resultat.seance is not None and resultat.seance.decomptes is not None
    assert resultat.seance.decomptes.presents == 3
    assert any(c.code == "extrait.decompte" for c in resultat.rapport.constats)


def test_mmes_et_mm_et_secretaire_designe() -> None:
    s = _seance(_proces_verbal())
    assert "Mireille ANTZ" in _statuts(s, StatutPresence.PRESENT)
    assert [str(e) for e in s.secretaires] == ["Mireille ANTZ"]


def test_texte_aplati() -> None:
    s = _seance(_proces_verbal(separateur=" "))
    assert str(s.president) == "Louise HAEGEL"
    assert _statuts(s, StatutPresence.PRESENT) == ["Mireille ANTZ", "Léon BUCHER", "Louise HAEGEL"]
    assert [str(e) for e in s.secretaires] == ["Mireille ANTZ"]
    assert s.decomptes is not None and s.decomptes.presents == 3


def test_coupes_du_flux() -> None:
    morceaux = [m for _, m in segmenter(_proces_verbal(separateur=" "))]
    assert "Conseillers titulaires élus : 6" in morceaux
    assert any(m.startswith("Délégués suppléants : ") for m in morceaux)
    assert "Les présents désignent Antz Mireille comme secrétaire de séance." in morceaux


def test_bandeau_d_un_sivos() -> None:
    assert en_tete("SIVOS du Val d'Ornelle - Syndicat Intercommunal à Vocation Scolaire") == (
        "SIVOS du Val d'Ornelle",
        "epci",
    )


def test_secretaire_designe_hors_des_listes_signale() -> None:
    """« Nom Prénom » n'est retourné que s'il désigne un membre nommé : sinon le secrétaire est
    gardé tel que lu, et signalé."""
    texte = _proces_verbal().replace("Antz Mireille", "Kuntz Odile")
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert "Mireille ANTZ" not in [str(e) for e in resultat.seance.secretaires]
    assert any(c.code == "extrait.personne-inconnue" for c in resultat.rapport.constats)
