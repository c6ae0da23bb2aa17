"""Listes de présence, procurations et suppléants : formes relevées sur les documents publiés
du corpus 180 à 189 (pouvoir entre parenthèses, intitulé citant les articles du CGCT,
« Absent non représenté », délégués groupés « pour la commune de X : », suppléant en phrase à
part), écrites ici sur de petits textes inventés."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.analyse import _pouvoir_de
from deliberations.extrait.groupes import pour_la_commune
from deliberations.extrait.normalisation import segmenter
from deliberations.extrait.personnes import lire_personne
from deliberations.model import Seance, StatutPresence

ENTETE = "Conseil municipal de Plouvern\nSéance du 4 mai 2021\n"
FIN = "\nOBJET : Tarifs de la cantine\nAdopté à l'unanimité.\n"


def _lire(texte: str) -> tuple[Seance, set[str]]:
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    return resultat.seance, {c.code for c in resultat.rapport}


def _noms(seance: Seance, *statuts: StatutPresence) -> list[str]:
    return [f"{p.elu.prenom} {p.elu.nom}" for p in seance.presences if p.statut in statuts]


def _pouvoirs(seance: Seance) -> list[tuple[str, str]]:
    return [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations]


# ------------------------------------------------------------------ pouvoir entre parenthèses


def test_pouvoir_de_apres_la_fonction_et_procurations_a_virgule_finale() -> None:
    seance, codes = _lire(
        ENTETE + "Présents : Anne VIDAL, Maire (pouvoir de Luc ROUX), Paul MARTY, Adjoints,\n"
        "Marc PONS et Lise GARNIER, conseillers municipaux\n"
        "Procurations : Luc ROUX (pouvoir à Anne VIDAL),\n"
        "Absents : Iris FAURE,\n" + FIN
    )
    assert _noms(seance, StatutPresence.PRESENT) == [
        "Anne VIDAL",
        "Paul MARTY",
        "Marc PONS",
        "Lise GARNIER",
    ]
    assert _pouvoirs(seance) == [("ROUX", "VIDAL")]  # lu deux fois, porté une fois
    assert _noms(seance, StatutPresence.REPRESENTE) == ["Luc ROUX"]
    assert _noms(seance, StatutPresence.ABSENT) == ["Iris FAURE"]
    assert "extrait.precision-ignoree" not in codes


def test_pouvoir_de_suivi_de_la_fonction_du_mandant() -> None:
    seance, _ = _lire(
        ENTETE + "Présents : Paul MARTY (pouvoir de Luc ROUX, Maire), Anne VIDAL\n"
        "Procurations : Luc ROUX, Maire (pouvoir à Paul MARTY),\n" + FIN
    )
    assert _pouvoirs(seance) == [("ROUX", "MARTY")]


def test_parenthese_en_tete_de_ligne_rendue_au_dernier_present() -> None:
    seance, codes = _lire(
        ENTETE + "Présents : Anne VIDAL, Paul MARTY\n(pouvoir de Luc ROUX), Lise GARNIER\n"
        "(arrivée au point 2) et Marc PONS, conseillers municipaux\n"
        "OBJET : Tarifs de la cantine\nAdopté à l'unanimité.\n"
        "OBJET : Tarifs du port\nAdopté à l'unanimité.\n"
    )
    assert _noms(seance, StatutPresence.PRESENT) == [
        "Anne VIDAL",
        "Paul MARTY",
        "Lise GARNIER",
        "Marc PONS",
    ]
    assert _pouvoirs(seance) == [("ROUX", "MARTY")]
    arrivees = {p.elu.nom: p.arrivee_point for p in seance.presences}
    assert arrivees["GARNIER"] == 2
    assert "extrait.personne-inconnue" not in codes


def test_pouvoir_de_lu_par_la_precision() -> None:
    assert str(_pouvoir_de("pouvoir de Luc ROUX")) == "Luc ROUX"
    assert str(_pouvoir_de("procuration de Luc ROUX, Maire")) == "Luc ROUX"
    assert _pouvoir_de("pouvoir de la commune") is None  # des mots, pas une personne
    assert _pouvoir_de("arrivé au point 2") is None


def test_procurations_coupees_apres_conseillers_municipaux_dans_le_flux() -> None:
    ligne = (
        "Présents : Anne VIDAL, Maire, Marc PONS, conseillers municipaux Procurations : "
        "Luc ROUX (pouvoir à Anne VIDAL), Absents : Iris FAURE, Secrétaire de séance : Marc PONS"
    )
    morceaux = [m for _, m in segmenter(ligne)]
    assert any(m.startswith("Procurations : Luc ROUX") for m in morceaux)


def test_liste_illisible_signalee() -> None:
    _, codes = _lire(
        ENTETE + "Présents : Anne VIDAL\nProcurations : la commune (pouvoir à Anne VIDAL)\n" + FIN
    )
    assert "extrait.ligne-non-comprise" in codes


# ------------------------------------------------------------------ absents non représentés


def test_absent_non_represente_excuse() -> None:
    seance, codes = _lire(
        ENTETE + "Présents : Anne VIDAL, Paul MARTY\n"
        "Absents représentés : Luc ROUX représenté par Paul MARTY\n"
        "Absent non représenté : Iris FAURE (excusée)\n" + FIN
    )
    assert _noms(seance, StatutPresence.EXCUSE) == ["Iris FAURE"]
    assert _pouvoirs(seance) == [("ROUX", "MARTY")]
    assert "extrait.procuration-incomplete" not in codes


def test_absent_non_represente_coupe_dans_le_flux() -> None:
    ligne = (
        "Absents représentés : Luc ROUX représenté par Paul MARTY, Lise GARNIER représentée par "
        "Anne VIDAL Absent non représenté : Iris FAURE (excusé) Secrétaire de séance : Paul MARTY"
    )
    morceaux = [m for _, m in segmenter(ligne)]
    assert "Absent non représenté : Iris FAURE (excusé)" in morceaux
    assert r.section(morceaux[1]) == r.Section("absents", "Iris FAURE (excusé)", False)


# ------------------------------------------------------------------ intitulé citant les articles


def test_intitule_de_procurations_citant_les_articles() -> None:
    texte = (
        "Absent(es) ayant voté par procuration en application des articles L. 2121-20 et "
        "L.5211-1 du Code général des collectivités territoriales: Luc ROUX à Anne VIDAL"
    )
    assert r.section(texte) == r.Section("procurations", "Luc ROUX à Anne VIDAL", False)
    seance, _ = _lire(ENTETE + "Présents : Anne VIDAL, Paul MARTY.\n" + texte + "\n" + FIN)
    assert _pouvoirs(seance) == [("ROUX", "VIDAL")]
    assert _noms(seance, StatutPresence.PRESENT) == ["Anne VIDAL", "Paul MARTY"]


def test_absent_es_coupe_dans_le_flux() -> None:
    ligne = "Présents : Anne VIDAL, Paul MARTY. Absent(es) excusé(es) : Iris FAURE."
    dernier = [m for _, m in segmenter(ligne)][-1]
    assert dernier == "Absent(es) excusé(es) : Iris FAURE."
    assert r.section(dernier) == r.Section("absents", "Iris FAURE.", True)
    seance, _ = _lire(ENTETE + ligne + "\n" + FIN)
    assert _noms(seance, StatutPresence.EXCUSE) == ["Iris FAURE"]


# ------------------------------------------------------------------ suppléants


def test_suppleant_en_phrase_apres_la_liste() -> None:
    seance, _ = _lire(
        ENTETE
        + "Présents : Anne VIDAL, Paul MARTY.\nÉmilie CAZALS, suppléante de Robert MASSOL.\n"
        + FIN
    )
    remplaces = [p for p in seance.presences if p.statut is StatutPresence.REMPLACE]
    assert [(p.elu.nom, p.suppleant and p.suppleant.nom) for p in remplaces] == [
        ("MASSOL", "CAZALS")
    ]


def test_suppleant_en_phrase_dans_un_point_non_lu() -> None:
    seance, _ = _lire(
        ENTETE + "Présents : Anne VIDAL, Paul MARTY.\n\nOBJET : Désignation des délégués\n"
        "Il est proposé de désigner les délégués au syndicat des eaux.\n"
        "Le conseil en débat longuement.\n"
        "Paul MARTY, suppléant de Anne VIDAL.\nAdopté à l'unanimité.\n"
    )
    assert not [p for p in seance.presences if p.statut is StatutPresence.REMPLACE]


# ------------------------------------------------------------------ pour la commune de X


def test_pour_la_commune_sur_une_ligne() -> None:
    seance, codes = _lire(
        ENTETE.replace("Conseil municipal de Plouvern", "Conseil communautaire")
        + "Étaient présents Mesdames et Messieurs les conseillers communautaires : pour la "
        "commune de ANNEYRON : madame BERTHOLON Sylvie pour la commune de HAUTERIVES : madame "
        "DREVET Catherine monsieur GIRAUD Alain pour la commune de MOTTIER : monsieur PERRIN "
        "Jean-Claude (suppléant de monsieur REY Marcel)\n"
        "Étaient absents et représentés : pour la commune de ANNEYRON : monsieur DUMAS Pierre "
        "(pouvoir à madame BERTHOLON Sylvie)\n" + FIN
    )
    assert _noms(seance, StatutPresence.PRESENT) == [
        "Sylvie BERTHOLON",
        "Catherine DREVET",
        "Alain GIRAUD",
    ]
    assert _pouvoirs(seance) == [("DUMAS", "BERTHOLON")]
    remplace = [p for p in seance.presences if p.statut is StatutPresence.REMPLACE]
    assert [(p.elu.nom, p.suppleant and p.suppleant.nom) for p in remplace] == [("REY", "PERRIN")]
    assert "extrait.groupe-commune" in codes
    membres = {p.elu.nom for p in seance.presences}
    assert not membres & {"ANNEYRON", "HAUTERIVES", "MOTTIER"}  # les communes ne siègent pas


def test_pour_la_commune_un_nom_par_ligne() -> None:
    seance, _ = _lire(
        ENTETE.replace("Conseil municipal de Plouvern", "Conseil communautaire")
        + "Étaient présents Mesdames et Messieurs les conseillers communautaires :\n"
        "pour la commune de OINGT : monsieur GUILLOT Philippe\n"
        "madame BERTHIER Colette\n"
        "pour la commune de THEIZÉ : madame SOTTON Mireille\n"
        "Étaient absents :\n"
        "pour la commune de OINGT : monsieur ALIX Serge\n" + FIN
    )
    assert _noms(seance, StatutPresence.PRESENT) == [
        "Philippe GUILLOT",
        "Colette BERTHIER",
        "Mireille SOTTON",
    ]
    assert _noms(seance, StatutPresence.ABSENT) == ["Serge ALIX"]


_NOM = st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVZ", min_size=2, max_size=10)
_PRENOM = st.builds(
    lambda a, b: a + b,
    st.sampled_from("ABCDEFGHJLMNPRS"),
    st.text("aeilnorstu", min_size=2, max_size=8),
)
_PERSONNE = st.tuples(st.sampled_from(["madame", "monsieur"]), _NOM, _PRENOM)
_GROUPE = st.tuples(_NOM, st.lists(_PERSONNE, min_size=1, max_size=4))


@given(st.lists(_GROUPE, min_size=1, max_size=5))
def test_pour_la_commune_aller_retour(
    groupes: list[tuple[str, list[tuple[str, str, str]]]],
) -> None:
    texte = " ".join(
        f"pour la commune de {lieu} : " + " ".join(" ".join(p) for p in personnes)
        for lieu, personnes in groupes
    )
    lu = pour_la_commune(texte)
    assert lu is not None
    assert lu[0] == [lieu for lieu, _ in groupes]
    assert lu[1] == [" ".join(p) for _, personnes in groupes for p in personnes]


@given(st.text(max_size=300))
def test_pour_la_commune_texte_quelconque(texte: str) -> None:
    lu = pour_la_commune(texte)
    if lu is not None:
        assert lu[0] and all(lieu for lieu in lu[0])
        assert all(p.strip() for p in lu[1])


@given(st.text(max_size=200))
def test_pouvoir_de_texte_quelconque(texte: str) -> None:
    mandant = _pouvoir_de(texte)
    assert mandant is None or mandant.nom.strip()


@given(st.text(max_size=400))
def test_lecture_quelconque_apres_une_liste(texte: str) -> None:
    resultat = lire_extrait(ENTETE + "Présents : Anne VIDAL, Paul MARTY\n" + texte)
    assert resultat.rapport is not None


def test_pouvoir_de_entre_parentheses_sous_l_intitule_des_pouvoirs() -> None:
    """« Pouvoirs : M. Y (pouvoir de Mme X) » : Y est le mandataire, X la mandante (la
    parenthèse était une précision non interprétée et Y un mandant sans mandataire)."""
    seance, codes = _lire(
        ENTETE
        + "Présents : M. Luc BLANC, Mme Iris VIDAL, M. Paul ROUX\n"
        + "Pouvoirs : M. Luc BLANC (pouvoir de Mme Nadia BERGER), "
        + "Mme Iris VIDAL (procuration de M. Marc FAURE)\n"
        + FIN
    )
    assert _pouvoirs(seance) == [("BERGER", "BLANC"), ("FAURE", "VIDAL")]
    assert not codes & {"extrait.precision-ignoree", "extrait.procuration-incomplete"}
    assert _noms(seance, StatutPresence.PRESENT) == ["Luc BLANC", "Iris VIDAL", "Paul ROUX"]


@given(st.sampled_from(["le Maire-adjoint", "la Maire adjointe", "le 1er adjoint", "la 2ème adjointe", "l'adjointe", "le Maire", "la Présidente déléguée"]))
def test_la_fonction_entre_civilite_et_nom_n_est_pas_le_prenom(fonction: str) -> None:
    """« Madame le Maire-adjoint Anne PETIT » : Anne PETIT (le prénom lu était « le
    Maire-adjoint Anne », ou rien) ; la fonction seule n'est toujours pas une personne."""
    elu = lire_personne(f"Madame {fonction} Anne PETIT")
    assert elu is not None and (elu.prenom, elu.nom) == ("Anne", "PETIT")
    assert lire_personne(f"Madame {fonction}") is None


@given(st.sampled_from(["(pouvoir)", "(procuration)", "(a donné pouvoir)", "(excusée, pouvoir)"]))
def test_excusee_avec_pouvoir_sans_mandataire_nomme(precision: str) -> None:
    """« Excusés : Mme X (pouvoir), M. Y » : X est représentée (et non excusée) ; le document ne
    nomme pas le mandataire, ce que dit un constat (la précision était ignorée)."""
    resultat = lire_extrait(
        ENTETE
        + "Présents : M. Luc BLANC, Mme Iris VIDAL, M. Paul ROUX\n"
        + f"Excusés : Mme Nadia BERGER {precision}, M. Marc FAURE\n"
        + FIN
    )
    seance = resultat.seance
    assert seance is not None
    assert _noms(seance, StatutPresence.REPRESENTE) == ["Nadia BERGER"]
    assert _noms(seance, StatutPresence.EXCUSE) == ["Marc FAURE"]
    assert not seance.procurations
    (constat,) = [c for c in resultat.rapport if c.code == "extrait.mandataire-inconnu"]
    assert "ne nomme pas le mandataire" in constat.message
