"""Un texte aplati (copie d'un PDF sans retours à la ligne) : les phrases qui suivent une liste,
l'intitulé de secrétaire qui porte son participe, la date collée au titre de l'assemblée
(cas trouvés par ``benchmarks/extrait_sondes.py``, forme « aplati »)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.normalisation import segmenter
from deliberations.model import Seance

_TETE = (
    "COMMUNE DE BRAISNE-SUR-OURCQ EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL "
    "Séance du 14 mars 2023 Date de convocation : 7 mars 2023 Nombre de conseillers en exercice "
    ": 7 - Présents : 5 - Votants : 6 Sous la présidence de M. Hugo LEMAIRE, Maire Présents : "
    "M. Hugo LEMAIRE, Mme Lise CARON, M. Noé FABRE, Mme Inès MOULIN, M. Yann PERROT Pouvoirs : "
    "Mme Rose TESSIER à M. Noé FABRE Absent excusé : M. Marc VIGNAL "
)
_FIN = (
    " Délibération n° 2023-08 : Tarifs de la salle des fêtes Le conseil municipal, après en "
    "avoir délibéré, à l'unanimité, approuve les tarifs."
)


def _seance(secretaire: str, tete: str = _TETE) -> Seance:
    resultat = lire_extrait(tete + secretaire + _FIN)
    assert resultat.seance is not None
    assert any(c.code == "extrait.texte-aplati" for c in resultat.rapport.constats)
    return resultat.seance


def _excuses(seance: Seance) -> list[str]:
    return [p.elu.nom for p in seance.presences if p.statut.value == "excuse"]


@pytest.mark.parametrize(
    "phrase",
    [
        "Le conseil municipal a choisi pour secrétaire Mme Lise CARON.",
        "Conformément à l'article L. 2121-15 du CGCT, Mme Lise CARON est désignée secrétaire de séance.",
        "Il est procédé à la désignation du secrétaire de séance : Mme Lise CARON est désignée.",
        "Le Conseil Municipal désigne Mme Lise CARON secrétaire de séance.",
        "Désignation d'un secrétaire de séance : Mme Lise CARON est désignée à l'unanimité.",
    ],
)
def test_la_liste_finit_ou_la_phrase_commence(phrase: str) -> None:
    seance = _seance(phrase)
    assert _excuses(seance) == ["VIGNAL"]


@pytest.mark.parametrize(
    "phrase",
    [
        "Secrétaire de séance désignée : Mme Lise CARON",
        "Mme Lise CARON, conseillère municipale, est désignée secrétaire de séance.",
        "A été élue secrétaire de séance : Mme Lise CARON",
        "Le conseil municipal a choisi pour secrétaire Mme Lise CARON.",
        "Mme Lise CARON, désignée secrétaire de séance, procède à l'appel.",
        "Secrétaire de séance : Mme Lise CARON Séance levée à 22 h 15. Prochain conseil le 4 avril 2023.",
    ],
)
def test_secretaire_apres_une_liste_dans_le_flux(phrase: str) -> None:
    seance = _seance(phrase)
    assert [e.nom for e in seance.secretaires] == ["CARON"]
    assert _excuses(seance) == ["VIGNAL"]  # (pas « M » puis « Marc VIGNAL »)


def test_nomination_en_capitales_garde_son_nom() -> None:
    morceaux = [m for _, m in segmenter(_TETE + "M. YANN PERROT EST DÉSIGNÉ SECRÉTAIRE DE SÉANCE." + _FIN)]
    assert "M. YANN PERROT EST DÉSIGNÉ SECRÉTAIRE DE SÉANCE." in morceaux


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL 14 MARS 2023", dt.date(2023, 3, 14)),
        ("DU CONSEIL MUNICIPAL Le quatorze mars deux mille vingt-trois", dt.date(2023, 3, 14)),
        ("PROCÈS-VERBAL DU COMITÉ SYNDICAL 2 février 2021", dt.date(2021, 2, 2)),
    ],
)
def test_date_entiere_collee_au_titre(ligne: str, attendu: dt.date) -> None:
    assert r.date_seance(ligne) == attendu


@pytest.mark.parametrize(
    "ligne",
    [
        "le Conseil Municipal de Braisne, légalement convoqué le 7 mars 2023, s'est réuni",
        "Vu la délibération du conseil municipal 12 janvier 2023",
        "Le procès-verbal du conseil municipal 12 janvier 2023 est approuvé.",
    ],
)
def test_date_d_autre_chose_apres_le_titre(ligne: str) -> None:
    assert r.date_seance(ligne) != dt.date(2023, 3, 7)
    assert r.date_seance(ligne) != dt.date(2023, 1, 12)


def test_date_seule_apres_le_titre_d_un_texte_aplati() -> None:
    tete = _TETE.replace("Séance du 14 mars 2023 ", "14 MARS 2023 ")
    assert _seance("Secrétaire de séance : Mme Lise CARON", tete).date == dt.date(2023, 3, 14)


@given(
    st.sampled_from(["Le", "La", "Les", "Il", "Conformément", "Après", "Désignation"]),
    st.from_regex(r"[a-zé]{2,8}[a-z .,:'é-]{0,150}", fullmatch=True),
)
def test_phrase_quelconque_apres_la_liste(ouverture: str, suite: str) -> None:
    """Une phrase quelconque après la liste : une séance, jamais d'exception, et l'excusé lu
    est le seul nommé (ou la liste est signalée). (Un mot en capitales collé au nom serait la
    fin d'un nom composé : rien ne le distingue, d'où la phrase à minuscules.)"""
    resultat = lire_extrait(f"{_TETE}{ouverture} {suite}{_FIN}")
    assert resultat.seance is not None
    excuses = _excuses(resultat.seance)
    signale = any(c.code in {"extrait.nom-illisible", "extrait.ligne-non-comprise"} for c in resultat.rapport.constats)
    assert excuses in ([], ["VIGNAL"]) or signale


_SECRETAIRE = "Secrétaire de séance : Mme Lise CARON "


def _point(titre_et_vote: str) -> tuple[str | None, str | None, object]:
    resultat = lire_extrait(_TETE + _SECRETAIRE + titre_et_vote)
    assert resultat.seance is not None
    (d,) = resultat.seance.deliberations
    scrutin = d.scrutins[0] if d.scrutins else None
    return d.numero, d.objet, scrutin


@pytest.mark.parametrize(
    ("vote", "pour", "contre", "abstentions"),
    [
        ("Votes : pour 6 ; contre 0 ; abstentions 0", 6, 0, 0),
        ("Pour : cinq ; Contre : zéro ; Abstentions : un", 5, 0, 1),
        ("Votes pour : 5 Votes contre : 1 Abstentions : 0", 5, 1, 0),
        ("Contre : 1 - Pour : 5 - Abstention : 0", 5, 1, 0),
        ("Votants : 6 Pour : 5 Contre : 1 Abstention : 0", 5, 1, 0),
    ],
)
def test_vote_qui_suit_le_titre_dans_le_flux(vote: str, pour: int, contre: int, abstentions: int) -> None:
    numero, objet, scrutin = _point(f"Délibération n° 2023-08 : Tarifs de la salle des fêtes {vote}")
    assert (numero, objet) == ("2023-08", "Tarifs de la salle des fêtes")
    assert scrutin is not None
    assert (scrutin.pour, scrutin.contre, scrutin.abstentions) == (pour, contre, abstentions)


@pytest.mark.parametrize(
    ("tete", "numero"),
    [
        ("Nº 2023-08 — ", "2023-08"),  # indicateur ordinal pour le degré, tiret cadratin
        ("N° DE2023_08 – ", "DE2023_08"),
        ("N° 03.2023.08 – ", "03.2023.08"),
    ],
)
def test_numero_a_tiret_apres_un_nom_dans_le_flux(tete: str, numero: str) -> None:
    lu, objet, _ = _point(f"{tete}Tarifs de la salle des fêtes Le conseil municipal, à l'unanimité, approuve.")
    assert (lu, objet) == (numero, "Tarifs de la salle des fêtes")


def test_numero_simple_d_un_titre_reste_dans_le_titre() -> None:
    morceaux = [m for _, m in segmenter(_TETE + "OBJET : DÉCISION MODIFICATIVE N° 3 – BUDGET COMMUNAL " + _FIN)]
    assert any("DÉCISION MODIFICATIVE N° 3 – BUDGET COMMUNAL" in m for m in morceaux)


_LISTE_NUMEROTEE = "Présents :\n1. M. Hugo LEMAIRE\n2. Mme Lise CARON\n3) M. Noé FABRE\n4 - Mme Inès MOULIN\n"


@pytest.mark.parametrize("aplatir", [False, True])
def test_liste_de_presents_numerotee(aplatir: bool) -> None:
    """« 1. M. X » dans une liste : une personne, jamais un point de l'ordre du jour, et le
    premier rang n'est pas un nombre de présents."""
    texte = (
        "COMMUNE DE BRAISNE-SUR-OURCQ\nSéance du 14 mars 2023\n" + _LISTE_NUMEROTEE
        + "Secrétaire de séance : Mme Lise CARON\n" + _FIN.strip()
    )
    if aplatir:
        texte = " ".join(texte.split("\n")) + " " + "Le conseil municipal approuve. " * 12
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [e.nom for e in seance.presents()] == ["LEMAIRE", "CARON", "FABRE", "MOULIN"]
    assert [d.numero for d in seance.deliberations] == ["2023-08"]
    assert seance.decomptes is None or seance.decomptes.presents is None


def test_premier_rang_n_est_pas_un_decompte() -> None:
    assert r.decomptes("Présents : 1. M. Paul ROUX 2. Mme Anne PETIT") == []
    assert r.decomptes("Présents : 1 - M. Paul ROUX") == []
    assert r.decomptes("Présents : 12 - M. Paul ROUX, Mme Anne PETIT") == [("presents", 12)]
    assert r.decomptes("Présents : 12. Votants : 14.") == [("presents", 12), ("votants", 14)]


_POUVOIRS = (
    "COMMUNE DE BRAISNE-SUR-OURCQ\nSéance du 14 mars 2023\n"
    "Présents : M. Hugo LEMAIRE, Mme Lise CARON, M. Noé FABRE\nPouvoirs : {}\n"
    "Secrétaire de séance : Mme Lise CARON\n" + _FIN.strip()
)


def test_pouvoir_pour_une_partie_des_points() -> None:
    resultat = lire_extrait(_POUVOIRS.format("Mme Rose TESSIER à M. Noé FABRE (à partir du point 2)"))
    seance = resultat.seance
    assert seance is not None
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("TESSIER", "FABRE")]
    assert "extrait.procuration-partielle" in {c.code for c in resultat.rapport.constats}
    assert {"presences", "procurations"} <= {f.value for f in seance.non_etablis}


def test_mandataire_illisible_garde_le_mandant_represente() -> None:
    resultat = lire_extrait(_POUVOIRS.format("Mme Rose TESSIER donne pouvoir à Mme la 1re Adjointe"))
    seance = resultat.seance
    assert seance is not None and seance.procurations == ()
    assert [(p.elu.nom, p.statut.value) for p in seance.presences if p.elu.nom == "TESSIER"] == [
        ("TESSIER", "represente")
    ]
    assert "extrait.mandataire-inconnu" in {c.code for c in resultat.rapport.constats}


def test_tabulation_dans_un_texte_aplati_ne_l_empeche_pas_d_etre_decoupe() -> None:
    texte = _TETE.replace("Présents : M. Hugo LEMAIRE, ", "Présents :\tM. Hugo LEMAIRE\t")
    seance = _seance("Secrétaire de séance : Mme Lise CARON", texte)
    assert [d.numero for d in seance.deliberations] == ["2023-08"]
    assert [e.nom for e in seance.secretaires] == ["CARON"]


def test_pouvoir_en_cellules() -> None:
    seance = lire_extrait(_POUVOIRS.format("Mme Rose TESSIER\tà\tM. Noé FABRE")).seance
    assert seance is not None
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("TESSIER", "FABRE")]


def test_mandataire_nomme_par_son_seul_prenom() -> None:
    resultat = lire_extrait(_POUVOIRS.format("Mme Rose TESSIER donne pouvoir à Noé"))
    seance = resultat.seance
    assert seance is not None
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("TESSIER", "FABRE")]
    assert "extrait.nom-abrege" in {c.code for c in resultat.rapport.constats}
    # deux présents du même prénom : rien n'est deviné
    ambigu = _POUVOIRS.replace("M. Noé FABRE", "M. Noé FABRE, M. Noé GIRAUD").format(
        "Mme Rose TESSIER donne pouvoir à Noé"
    )
    seance = lire_extrait(ambigu).seance
    assert seance is not None and all(p.mandataire.nom != "FABRE" for p in seance.procurations)


_NOMS = st.tuples(
    st.sampled_from(["Hugo", "Lise", "Noé", "Inès", "Yann", "Rose", "Jean-Marc"]),
    st.sampled_from(["LEMAIRE", "CARON", "FABRE", "MOULIN", "PERROT", "TESSIER", "DE LA TOUR"]),
)


@given(
    st.lists(_NOMS, min_size=1, max_size=8, unique_by=lambda n: n[1]),
    st.sampled_from([". ", ") ", " - "]),
    st.booleans(),
)
def test_aller_retour_liste_numerotee(noms: list[tuple[str, str]], rang: str, aplatir: bool) -> None:
    """Une liste numérotée écrite puis lue : les mêmes personnes, dans l'ordre, aucun point de
    plus que le seul point du document, et pas de nombre de présents tiré des rangs."""
    lignes = [f"{i}{rang}{'Mme' if i % 2 else 'M.'} {p} {n}" for i, (p, n) in enumerate(noms, start=1)]
    texte = (
        "COMMUNE DE BRAISNE-SUR-OURCQ\nSéance du 14 mars 2023\nPrésents :\n" + "\n".join(lignes)
        + "\nSecrétaire de séance : " + lignes[0].split(rang, 1)[1] + "\n" + _FIN.strip()
    )
    if aplatir:
        texte = " ".join(texte.split("\n")) + " " + "Le conseil municipal approuve. " * 12
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [(e.prenom, e.nom) for e in seance.presents()] == noms
    assert [d.numero for d in seance.deliberations] == ["2023-08"]
    assert seance.decomptes is None or seance.decomptes.presents is None


@pytest.mark.parametrize(
    ("vote", "attendu"),
    [
        ("Unanimité", (None, None, None, True)),
        ("4 voix pour, 1 voix contre.", (4, 1, None, False)),
        ("POUR 4 – CONTRE 1 – ABSTENTION 0", (4, 1, 0, False)),
        ("Pour : 4 Contre : 1 Abstention : 0", (4, 1, 0, False)),
    ],
)
def test_vote_sans_phrase_apres_le_titre(vote: str, attendu: tuple[object, ...]) -> None:
    """« … Tarifs de la salle des fêtes Unanimité », « … POUR 4 – CONTRE 1 – ABSTENTION 0 » :
    le vote ferme le titre (il y restait collé) et « 4 – CONTRE » n'ouvre pas un point."""
    texte = _TETE + "Secrétaire de séance : Mme Lise CARON Délibération n° 2023-08 : Tarifs de la salle des fêtes " + vote
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [d.objet for d in seance.deliberations] == ["Tarifs de la salle des fêtes"]
    (scrutin,) = seance.deliberations[0].scrutins
    assert (scrutin.pour, scrutin.contre, scrutin.abstentions, scrutin.unanimite) == attendu


def test_vote_dans_la_phrase_du_titre_reste_a_sa_phrase() -> None:
    """« Titre : avis favorable par 14 voix pour » : la phrase du vote commence avant le nombre."""
    assert r.couper_titre("Transfert de la compétence : avis favorable par 14 voix pour")[1] == ""
    assert r.couper_titre("Tarifs de la cantine 4 voix pour, 1 voix contre.") == (
        "Tarifs de la cantine",
        "4 voix pour, 1 voix contre.",
    )


def test_secretaire_nomme_avec_son_rang_d_adjoint() -> None:
    """« Secrétaire de séance : Mme la 1ère adjointe Lise CARON » : le rang n'ouvre pas la suite."""
    assert _seance("Secrétaire de séance : Mme la 1ère adjointe Lise CARON").secretaires[0].nom == "CARON"


def test_date_d_un_tampon_entre_le_titre_et_la_seance() -> None:
    """« CONSEIL MUNICIPAL DE X Transmis en préfecture le 30 septembre 2024 Séance du 26
    septembre 2024 » (aplati) : la date du tampon, lue comme celle du titre, était retenue."""
    texte = (
        "CONSEIL MUNICIPAL DE SAINT-AUBIN Transmis en préfecture le 30 septembre 2024 Séance du "
        "26 septembre 2024 Présents : M. Paul ROUX, Mme Anne PETIT Secrétaire de séance : Mme Anne "
        "PETIT Délibération n° 2024-31 : Tarifs Adopté à l'unanimité."
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.date == dt.date(2024, 9, 26)


def test_organe_suivi_d_une_date_apres_deux_points() -> None:
    """« DÉLIBÉRATION DU CONSEIL DÉPARTEMENTAL Séance du : 26/09/2024 » : les deux-points
    suivis d'une date ne font pas de l'organe un libellé de décompte (« Conseil municipal : 7 »)."""
    assert r.organe("DÉLIBÉRATION DU CONSEIL DÉPARTEMENTAL Séance du : 26/09/2024") is not None
    assert r.organe("Afférents au Conseil municipal : 7") is None


def test_lieu_et_date_d_une_lettre_apres_le_titre() -> None:
    """« … Réunion de la commission permanente Vaudrey, le 30 septembre 2024 Séance du 26 … »
    (aplati) : « lieu, le date » est la date d'une lettre, pas celle du titre."""
    texte = (
        "DÉPARTEMENT DU JURA CONSEIL DÉPARTEMENTAL - Réunion de la commission permanente Vaudrey, "
        "le 30 septembre 2024 Séance du 26 septembre 2024 Présents : M. Paul ROUX, Mme Anne PETIT"
    )
    assert r.date_seance(texte) == dt.date(2024, 9, 26)


def test_phrase_d_ouverture_datee_ferme_le_titre() -> None:
    """« EXTRAIT … DE LA COMMUNE DE L'ISLE-SUR-LE-DOUBS Le 26 septembre 2024 à 20 h 30, le
    Conseil … » : la commune du titre est lue (la phrase collée la cachait)."""
    texte = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE LA COMMUNE DE "
        "L'ISLE-SUR-LE-DOUBS Le 26 septembre 2024 à 20 h 30, le Conseil Municipal, légalement "
        "convoqué le 18 septembre 2024, s'est réuni. Présents : M. Paul ROUX, Mme Anne PETIT "
        "Délibération n° 2024-31 : Tarifs Adopté à l'unanimité."
    )
    assert next(ligne for _n, ligne in segmenter(texte)).endswith("L'ISLE-SUR-LE-DOUBS")
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.assemblee.collectivite.nom == "L'ISLE-SUR-LE-DOUBS"


@pytest.mark.parametrize(
    ("texte", "date"),
    [
        # le jour avant « l'an » lu depuis ce jour, pas depuis le début de la ligne
        ("CONSEIL MUNICIPAL Prochaine séance : jeudi 24 octobre 2024 Le vingt-six septembre de "
         "l'an deux mille vingt-quatre, à vingt heures, le conseil s'est réuni.", dt.date(2024, 9, 26)),
        # la date qui suit « s'est réuni … le » avant celle qui ouvre une phrase plus haut
        ("COMMUNE DE VAUDREY Le 30 septembre 2024 EXTRAIT DU REGISTRE Le Conseil Municipal, "
         "légalement convoqué, s'est réuni à la mairie le 26 septembre 2024 à 20 h 30.", dt.date(2024, 9, 26)),
        # de deux phrases « Le <date> », la plus proche de la réunion
        ("COMMUNE DE VAUDREY Le 30 septembre 2024 EXTRAIT DU REGISTRE Le 26/09/2024 à 20h00, le "
         "conseil municipal s'est réuni en mairie.", dt.date(2024, 9, 26)),
        # « depuis la séance du » renvoie à une autre séance
        ("Monsieur le Maire rend compte des décisions prises depuis la séance du 11 juillet 2024.", None),
        # la date après « l'an » ne se cherche pas au-delà d'une autre date nommée
        ("CONSEIL MUNICIPAL Le vingt-six septembre de l'an deux mille vingt-quatre, à vingt heures "
         "Convocation faite le dix-huit septembre deux mille vingt-quatre", dt.date(2024, 9, 26)),
        # « Date d'affichage : » entre le titre et la séance
        ("CONSEIL MUNICIPAL DE SAINT-AUBIN Date d'affichage : 30 septembre 2024 Séance du 26 "
         "septembre 2024", dt.date(2024, 9, 26)),
        ("Séance du conseil municipal en date du 26 septembre 2024", dt.date(2024, 9, 26)),
    ],
)
def test_date_de_seance_parmi_d_autres_dates(texte: str, date: dt.date | None) -> None:
    """Cas trouvés par les sondes réunies trois à trois (``--paires N --par 3``)."""
    assert r.date_seance(texte) == date


def test_secretaire_nomme_par_sa_fonction_puis_vote_d_un_proces_verbal() -> None:
    """« Secrétaire de séance : Madame le Maire-adjoint X » puis « Le procès-verbal … est adopté
    à l'unanimité » : pas un point « Secrétaire de séance » (il en était créé un)."""
    texte = (
        "COMMUNE DE VAUDREY\nSéance du 26 septembre 2024\nPrésents : M. Paul ROUX, Mme Anne PETIT\n"
        "Secrétaire de séance : Madame le Maire-adjoint Anne PETIT\n"
        "Le procès-verbal de la séance précédente est adopté à l'unanimité.\n"
        "Délibération n° 2024-31 : Tarifs de la cantine\nPour : 3 - Contre : 2 - Abstention : 0\n"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [d.numero for d in seance.deliberations] == ["2024-31"]
    assert seance.secretaires[0].nom == "PETIT"


def test_titre_aplati_suivi_de_la_phrase_du_conseil_et_point_annee_rang() -> None:
    """« … DE L'ISLE-SUR-LE-DOUBS Le conseil municipal s'est réuni … » : l'article n'est pas dans
    le nom ; « … Mme Anne PETIT 2024.31 : Tarifs de la cantine … » ouvre un point."""
    texte = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE LA COMMUNE DE "
        "L'ISLE-SUR-LE-DOUBS Le conseil municipal s'est réuni le jeudi 26 septembre 2024 à 20 "
        "heures. Présents : M. Paul ROUX, Mme Anne PETIT Secrétaire de séance : Mme Anne PETIT "
        "2024.31 : Tarifs de la cantine Adopté à l'unanimité. Vu la délibération 2020.12 : Tarifs."
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert seance.assemblee.collectivite.nom == "L'ISLE-SUR-LE-DOUBS"
    assert [(d.numero, d.objet) for d in seance.deliberations] == [("2024.31", "Tarifs de la cantine")]


def test_delegation_de_vote_apres_la_liste_des_presents() -> None:
    """« … Mme Iris VIDAL Délégation de vote de Mme Nadia BERGER à M. Luc BLANC » (aplati) :
    l'intitulé ferme la liste des présents (il y restait collé, présent et pouvoir perdus)."""
    texte = (
        _TETE.replace("Pouvoirs : Mme Rose TESSIER à M. Noé FABRE ", "Délégation de vote de Mme Rose TESSIER à M. Noé FABRE ")
        + "Secrétaire de séance : Mme Lise CARON"
    )
    seance = _seance("", tete=texte)
    assert [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations] == [("TESSIER", "FABRE")]
    assert len(seance.presents()) == 5


def test_excuse_ecrit_seul_apres_les_pouvoirs() -> None:
    """« Pouvoirs : Mme X à M. Y » puis « M. Marc VIGNAL, excusé. » : excusé, pas un mandant sans
    mandataire."""
    texte = (
        "COMMUNE DE BRAISNE\nSéance du 14 mars 2023\nPrésents : M. Hugo LEMAIRE, Mme Lise CARON, "
        "M. Noé FABRE\nPouvoirs : Mme Rose TESSIER à M. Noé FABRE\nM. Marc VIGNAL, excusé.\n"
        "Délibération n° 2023-08 : Tarifs\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert _excuses(resultat.seance) == ["VIGNAL"]
    assert "extrait.procuration-incomplete" not in {c.code for c in resultat.rapport}


@pytest.mark.parametrize(
    "suite",
    ["Public : 3 personnes", "Pouvoir donné par Mme Rose TESSIER à M. Noé FABRE"],
)
def test_fin_de_la_liste_des_presents_dans_le_flux(suite: str) -> None:
    """« … M. Yann PERROT Public : 3 personnes », « … Pouvoir donné par Mme X à M. Y » : la
    liste des présents finit avant (le dernier présent était perdu, collé à la suite)."""
    texte = _TETE.replace("Pouvoirs : Mme Rose TESSIER à M. Noé FABRE ", suite + " ")
    seance = _seance("Secrétaire de séance : Mme Lise CARON", tete=texte)
    assert len(seance.presents()) == 5


def test_tiret_du_numero_hors_du_titre() -> None:
    """« Objet : Tarifs de la cantine - Délibération n° 2023-08 » (aplati) : le titre ne garde
    pas le tiret qui annonçait le numéro."""
    seance = _seance("Secrétaire de séance : Mme Lise CARON Objet : Tarifs de la cantine - Délibération n° 2023-09")
    assert seance.deliberations[0].objet == "Tarifs de la cantine"


def test_sous_la_presidence_apres_les_decomptes_en_lettres() -> None:
    """« … présents : quatre ; votants : cinq Sous la présidence de M. X, Maire … » (aplati) :
    la phrase de la présidence ouvre une partie (président et votants étaient perdus)."""
    texte = (
        "COMMUNE DE BRAISNE Séance du 14 mars 2023 Nombre de conseillers municipaux en exercice "
        ": sept ; présents : cinq ; votants : six Sous la présidence de M. Hugo LEMAIRE, Maire "
        "Présents : M. Hugo LEMAIRE, Mme Lise CARON, M. Noé FABRE, Mme Inès MOULIN, M. Yann PERROT"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.decomptes is not None
    assert (seance.decomptes.presents, seance.decomptes.votants) == (5, 6)
    assert seance.president is not None and seance.president.nom == "LEMAIRE"


def test_en_tete_en_colonnes_aplati() -> None:
    """« DÉPARTEMENT DU JURA EXTRAIT DU REGISTRE ARRONDISSEMENT DE DOLE DES DÉLIBÉRATIONS COMMUNE
    DE VAUDREY DU CONSEIL MUNICIPAL Séance du … » (deux colonnes d'en-tête aplaties) : la
    commune est lue, sans « DU CONSEIL MUNICIPAL » (rien n'était lu)."""
    texte = (
        "DÉPARTEMENT DU JURA EXTRAIT DU REGISTRE ARRONDISSEMENT DE DOLE DES DÉLIBÉRATIONS "
        "COMMUNE DE VAUDREY DU CONSEIL MUNICIPAL Séance du 26 septembre 2024 Date de convocation "
        ": 18 septembre 2024 Sous la présidence de M. Paul ROUX, Maire Présents : M. Paul ROUX, "
        "Mme Anne PETIT, M. Luc BLANC, Mme Iris VIDAL Secrétaire de séance : Mme Anne PETIT "
        "Délibération n° 2024-31 : Tarifs de la cantine Adopté à l'unanimité."
    )
    assert len(texte) > 250  # (une ligne longue : les coupures du flux s'y cherchent)
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.assemblee.collectivite.nom == "VAUDREY"


@pytest.mark.parametrize(
    ("phrase", "attendu"),
    [
        ("Départ de M. Daniel MAGNIEN à 18h15 après le B-2024-102", ("M. Daniel MAGNIEN", None, None, "B-2024-102")),
        ("Départ de M. Daniel MAGNIEN après le point 2", ("M. Daniel MAGNIEN", None, 2, None)),
        ("Arrivée de Mme Anne PETIT au point 3", ("Mme Anne PETIT", 3, None, None)),
    ],
)
def test_mouvement_nomme_apres_depart_de(phrase: str, attendu: tuple[object, ...]) -> None:
    """« Départ de M. X … », « Arrivée de Mme Y … » : la personne suit le nom du mouvement (rien
    n'était lu) ; un numéro à lettre initiale (« B-2024-102 ») désigne le point."""
    mvt = r.mouvement(phrase)
    assert mvt is not None
    assert (mvt.qui, mvt.arrivee, mvt.depart, mvt.depart_numero) == attendu


def test_bureau_aplati_points_a_numero_lettre_annee_rang() -> None:
    """« Secrétaire : Mme X B-2024-101 Titre : Approuvé à l'unanimité B-2024-102 … » : le
    numéro à lettre initiale ouvre un point dans le flux (aucun point n'était lu)."""
    texte = (
        "Communauté d'agglomération Rives de Saône Bureau communautaire Compte rendu de la réunion "
        "du mardi 8 octobre 2024 Présents : MM. Bruno TERRIER, Pascal GUYOT, Mme Élodie FOREST "
        "Secrétaire : Mme Élodie FOREST B-2024-101 Attribution du marché de collecte : Approuvé à "
        "l'unanimité B-2024-102 Demande de subvention DETR : Approuvé à l'unanimité Départ de M. "
        "Pascal GUYOT à 18h15 après le B-2024-102 B-2024-103 Garantie d'emprunt : Approuvé"
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [d.numero for d in seance.deliberations] == ["B-2024-101", "B-2024-102", "B-2024-103"]
