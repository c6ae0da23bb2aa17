"""Quatorzième session : tournures que les sondes de la quatorzième vague lisaient mal ou pas
(« , soit 4 conseillers » en fin de liste, décomptes à « = », « Exercice : 6 », « Présidée
par » au milieu d'un texte aplati, « M. X est excusé. » dans le flux, « a chargé Y de voter en
son nom », « (pouvoir : Y) », « Procuration écrite de » dans le flux). Chaque test échoue sans
sa correction ; chaque texte est court et inventé, sous sa forme à lignes et aplatie."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.model import Seance

EN_TETE = (
    "COMMUNE DE SAULON\nSéance du 12 mars 2019\n"
    "Nombre de conseillers en exercice : 7 - Présents : 5 - Votants : 6\n"
)
FIN = "Secrétaire de séance : Mme Odile CARRÉ\nDélibération n° 2019-08 : Vente d'un terrain\nAdopté à l'unanimité."
PRESENTS = "Présents : M. Jean FAVRE, Mme Odile CARRÉ, M. Rémi PONS, Mme Léa DURAND, M. Yves MOREL"


def _seance(texte: str, aplati: bool) -> Seance:
    if aplati:
        texte = " ".join(texte.split("\n"))
    seance = lire_extrait(texte).seance
    assert seance is not None
    return seance


def _noms(seance: Seance, statut: str) -> list[str]:
    return [p.elu.nom for p in seance.presences if p.statut.value == statut]


def _mandats(seance: Seance) -> list[tuple[str, str]]:
    return [(m.mandant.nom, m.mandataire.nom) for m in seance.procurations]


@pytest.mark.parametrize("aplati", [False, True])
@pytest.mark.parametrize("fin", [", soit 5 conseillers", " (soit cinq élus présents)", ", soit 5 membres présents."])
def test_soit_n_en_fin_de_liste(fin: str, aplati: bool) -> None:
    texte = "COMMUNE DE SAULON\nSéance du 12 mars 2019\nNombre de conseillers en exercice : 7\n"
    seance = _seance(texte + PRESENTS + fin + "\n" + FIN, aplati)
    assert _noms(seance, "present")[-1] == "MOREL"
    assert len(_noms(seance, "present")) == 5
    assert seance.decomptes is not None and seance.decomptes.presents == 5


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        ("Conseillers en exercice = 7 ; Présents = 5 ; Votants = 6", [("en_exercice", 7), ("presents", 5), ("votants", 6)]),
        ("Exercice : 7 Présents : 5 Votants : 6", [("en_exercice", 7), ("presents", 5), ("votants", 6)]),
        ("Exercice : 2019", []),  # une année, pas un effectif
    ],
)
def test_decomptes_egal_et_exercice(ligne: str, attendu: list[tuple[str, int]]) -> None:
    assert r.decomptes(ligne) == attendu


@pytest.mark.parametrize("phrase", ["Présidée par M. Jean FAVRE, Maire", "Présidence de M. Jean FAVRE, Maire"])
def test_presidence_au_milieu_du_flux(phrase: str) -> None:
    seance = _seance(EN_TETE + phrase + "\n" + PRESENTS + "\n" + FIN, aplati=True)
    assert seance.president is not None and seance.president.nom == "FAVRE"


@pytest.mark.parametrize("aplati", [False, True])
@pytest.mark.parametrize("phrase", ["M. Marc FAURE est excusé.", "Mme Anne FAURE s'est excusée ;"])
def test_excuse_en_phrase_dans_le_flux(phrase: str, aplati: bool) -> None:
    texte = EN_TETE + PRESENTS + "\nPouvoirs : Mme Nadia BERGER à M. Rémi PONS\n" + phrase + "\n" + FIN
    seance = _seance(texte, aplati)
    assert _noms(seance, "excuse") == ["FAURE"]
    assert _mandats(seance) == [("BERGER", "PONS")]


@pytest.mark.parametrize("aplati", [False, True])
@pytest.mark.parametrize(
    "ligne",
    [
        "Mme Nadia BERGER a chargé M. Rémi PONS de voter en son nom",
        "Mme Nadia BERGER (pouvoir : M. Rémi PONS)",
        "Procuration écrite de Mme Nadia BERGER à M. Rémi PONS",
    ],
)
def test_procurations_sans_intitule(ligne: str, aplati: bool) -> None:
    seance = _seance(EN_TETE + PRESENTS + "\n" + ligne + "\n" + FIN, aplati)
    assert _mandats(seance) == [("BERGER", "PONS")]
    assert "BERGER" not in _noms(seance, "present")
    assert len(_noms(seance, "present")) == 5


def test_parenthese_de_pouvoirs_en_fin_de_liste_reste_une_liste() -> None:
    # « (Pouvoirs : X à Y, Z à W) » après les présents : une liste de pouvoirs, pas un mandataire
    texte = EN_TETE + PRESENTS + " (Pouvoirs : Mme Nadia BERGER à M. Rémi PONS)\n" + FIN
    assert _mandats(_seance(texte, False)) == [("BERGER", "PONS")]


@pytest.mark.parametrize(
    "liste",
    [
        "Présents :\n* M. Jean FAVRE\n* Mme Odile CARRÉ\n* M. Rémi PONS\n* Mme Léa DURAND\n* M. Yves MOREL",
        "Présents :\nJean FAVRE\nOdile CARRÉ\nRémi PONS\nLéa DURAND\nYves MOREL",
        "Présents :\nFAVRE Jean\nCARRÉ Odile\nPONS Rémi\nDURAND Léa\nMOREL Yves",
        "Présents :\nJean-Luc FAVRE\nOdile CARRÉ\nRémi PONS\nLéa DURAND\nYves MOREL",
    ],
)
def test_liste_une_personne_par_ligne_aplatie(liste: str) -> None:
    seance = _seance(EN_TETE + liste + "\n" + FIN, aplati=True)
    assert _noms(seance, "present") == ["FAVRE", "CARRÉ", "PONS", "DURAND", "MOREL"]


def test_noms_sans_civilite_non_separables_ne_sont_pas_devines() -> None:
    # « de LA ROCHE » : une particule en minuscules, la limite des noms n'est pas lue
    seance = _seance(EN_TETE + "Présents :\nJean de LA ROCHE\nOdile CARRÉ\n" + FIN, aplati=True)
    assert "LA ROCHE Odile" not in " ".join(_noms(seance, "present"))


POINTS = (
    "Délibération n° 2019-08 : Vente d'un terrain\nAdopté à l'unanimité.\n{mouvement}\n"
    "Délibération n° 2019-09 : Tarifs de la salle\nAdopté à l'unanimité."
)


@pytest.mark.parametrize("aplati", [False, True])
@pytest.mark.parametrize(
    ("mouvement", "arrivee", "depart"),
    [("(Arrivée de Mme Léa DURAND)", 2, None), ("21 h 10 : départ de Mme Léa DURAND.", None, 1)],
)
def test_mouvement_entre_parentheses_ou_apres_l_heure(
    mouvement: str, arrivee: int | None, depart: int | None, aplati: bool
) -> None:
    texte = EN_TETE + PRESENTS + "\nSecrétaire de séance : Mme Odile CARRÉ\n" + POINTS.format(mouvement=mouvement)
    seance = _seance(texte, aplati)
    durand = next(p for p in seance.presences if p.elu.nom == "DURAND")
    assert (durand.arrivee_point, durand.depart_point) == (arrivee, depart)


@pytest.mark.parametrize("voix", ["4 POUR, 1 CONTRE", "4 pour, 1 contre"])
def test_voix_sans_libelle_dans_le_flux(voix: str) -> None:
    texte = EN_TETE + PRESENTS + "\nSecrétaire de séance : Mme Odile CARRÉ\nDélibération n° 2019-08 : Vente d'un terrain\n" + voix
    d = _seance(texte, aplati=True).deliberations[0]
    assert d.objet == "Vente d'un terrain"
    assert d.scrutin is not None and (d.scrutin.pour, d.scrutin.contre) == (4, 1)


def test_voix_d_une_phrase_restent_dans_la_phrase() -> None:
    texte = (
        EN_TETE + PRESENTS + "\nSecrétaire de séance : Mme Odile CARRÉ\n"
        "Délibération n° 2019-08 : Vente d'un terrain\nM. le Maire présente le projet de vente de la "
        "parcelle. M. le Maire ayant quitté la salle, le conseil municipal, sous la présidence de M. Rémi "
        "PONS, adopte la vente par 4 voix pour, 1 contre et 0 abstention."
    )
    d = _seance(texte, aplati=True).deliberations[0]
    assert d.scrutin is not None and d.scrutin.resultat is not None and d.scrutin.resultat.value == "adopte"


CC = (
    "COMMUNAUTÉ DE COMMUNES DU VAL DE SEILLE\nSéance du conseil communautaire du 12 mars 2019\n"
    "Nombre de délégués en exercice : 5 - Présents : 4 - Votants : 4\n"
)


@pytest.mark.parametrize(
    "liste",
    [
        "Présents :\nVAUDREY : M. Jean FAVRE, Mme Odile CARRÉ\nLA LOYE : M. Rémi PONS, Mme Léa DURAND",
        "Présents :\nVAUDREY\nM. Jean FAVRE\nMme Odile CARRÉ\nLA LOYE\nM. Rémi PONS\nMme Léa DURAND",
    ],
)
def test_deux_communes_aplaties(liste: str) -> None:
    resultat = lire_extrait(" ".join((CC + liste + "\n" + FIN).split("\n")))
    assert resultat.seance is not None
    assert _noms(resultat.seance, "present") == ["FAVRE", "CARRÉ", "PONS", "DURAND"]
    # la limite « CARRÉ | LA LOYE » est une lecture (un nom composé se lirait autrement) : dite
    assert "extrait.groupe-nom" in resultat.rapport.codes()


# ------------------------------------------------------------- quinzième vague de sondes


@pytest.mark.parametrize(
    "texte",
    [
        "Mme Nadia BERGER (proc. à M. Rémi PONS)",
        "Pouvoir de Mme Nadia BERGER confié à M. Rémi PONS",
        "Pouvoir de Mme Nadia BERGER (donné à M. Rémi PONS)",
        "Mme Nadia BERGER a confié sa procuration à M. Rémi PONS",
        "Mandat de Mme Nadia BERGER à M. Rémi PONS",
    ],
)
def test_procurations_quinzieme_vague(texte: str) -> None:
    assert r.procuration(texte) == ("Mme Nadia BERGER", "M. Rémi PONS")


def test_pouvoir_de_x_remis_a_y_avec_sa_commune() -> None:
    # (la parenthèse du participe ne doit pas prendre celle de la commune du mandataire, ôtée
    # comme avant)
    assert r.procuration("Pouvoir de Mme Nadia BERGER remis à M. Rémi PONS (Saulon)") == (
        "Mme Nadia BERGER",
        "M. Rémi PONS",
    )


def test_pouvoir_participe_sous_intitule() -> None:
    assert r.procuration_courte("Mme Nadia BERGER donné à M. Rémi PONS") == ("Mme Nadia BERGER", "M. Rémi PONS")


@pytest.mark.parametrize("aplati", [False, True])
def test_mandat_de_dans_le_flux(aplati: bool) -> None:
    seance = _seance(EN_TETE + PRESENTS + "\nMandat de Mme Nadia BERGER à M. Rémi PONS\n" + FIN, aplati)
    assert _mandats(seance) == [("BERGER", "PONS")]
    assert len(_noms(seance, "present")) == 5


@pytest.mark.parametrize("aplati", [False, True])
def test_absence_excusee(aplati: bool) -> None:
    texte = EN_TETE + PRESENTS + "\nPouvoirs : Mme Nadia BERGER à M. Rémi PONS\nAbsence excusée : M. Marc FAURE\n" + FIN
    seance = _seance(texte, aplati)
    assert _noms(seance, "excuse") == ["FAURE"]
    assert _noms(seance, "absent") == []


def test_absence_de_quorum_n_est_pas_un_intitule() -> None:
    assert r.section("Absence de quorum : la séance est reportée") is None


@pytest.mark.parametrize("aplati", [False, True])
def test_absente_non_excusee_dans_le_flux(aplati: bool) -> None:
    texte = (
        EN_TETE + PRESENTS + "\nPouvoirs : Mme Nadia BERGER à M. Rémi PONS\n"
        "Absente non excusée : Mme Lise MOREAU ; Excusé : M. Marc FAURE\n" + FIN
    )
    seance = _seance(texte, aplati)
    assert _noms(seance, "absent") == ["MOREAU"]
    assert _noms(seance, "excuse") == ["FAURE"]
    assert _mandats(seance) == [("BERGER", "PONS")]


def test_secretaire_choisie_dans_le_flux() -> None:
    texte = EN_TETE + PRESENTS + "\nAbsent excusé : M. Marc FAURE\nMme Odile CARRÉ a été choisie comme secrétaire de séance.\n"
    texte += "Délibération n° 2019-08 : Vente d'un terrain\nAdopté à l'unanimité."
    seance = _seance(texte, aplati=True)
    assert [s.nom for s in seance.secretaires] == ["CARRÉ"]


def test_decomptes_sous_un_intitule_commun_coupe() -> None:
    texte = "COMMUNE DE SAULON\nSéance du 12 mars 2019\nConseillers : en exercice : 7 ; présents : 5 ; votants : 6\n"
    seance = _seance(texte + PRESENTS + "\n" + FIN, aplati=False)
    assert seance.decomptes is not None
    assert (seance.decomptes.en_exercice, seance.decomptes.presents, seance.decomptes.votants) == (7, 5, 6)


@pytest.mark.parametrize("aplati", [False, True])
@pytest.mark.parametrize(
    ("mouvement", "arrivee", "depart"),
    [
        ("Mme Léa DURAND quitte l'assemblée à 21 h 15.", None, 1),
        ("Mme Léa DURAND, arrivée en cours de séance, prend part au vote.", 2, None),
    ],
)
def test_mouvements_quinzieme_vague(mouvement: str, arrivee: int | None, depart: int | None, aplati: bool) -> None:
    texte = EN_TETE + PRESENTS + "\nSecrétaire de séance : Mme Odile CARRÉ\n" + POINTS.format(mouvement=mouvement)
    durand = next(p for p in _seance(texte, aplati).presences if p.elu.nom == "DURAND")
    assert (durand.arrivee_point, durand.depart_point) == (arrivee, depart)


def test_votants_d_un_point_sans_titre_ne_sont_pas_ceux_de_la_seance() -> None:
    # (banc de suppression, document 620 privé de la phrase qui portait les décomptes et le titre
    # du premier point : « Votants : 11 » est le vote de ce point, la séance en a 12)
    texte = (
        "Syndicat mixte du bassin de la Vèvre. Séance du comité syndical du 7 avril 2011. "
        "Le comité syndical, dûment convoqué le 29 mars 2011, s'est réuni le 7 avril 2011 sous la "
        "présidence de M. Paul ROUX, président. M. Luc BLANC, vice-président, adopte le compte "
        "administratif 2010. Votants : 11 Pour : 11 Contre : 0 Abstention : 0 "
        "Délibération 2011-08 : Budget primitif 2011 Adopté à l'unanimité."
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert resultat.seance.decomptes is None or resultat.seance.decomptes.votants is None
    assert "extrait.vote-hors-deliberation" in resultat.rapport.codes()


@pytest.mark.parametrize(
    ("premier", "second", "numeros"),
    [
        ("D2019-08 Vente d'un terrain", "D2019-09 Tarifs de la salle", ["D2019-08", "D2019-09"]),
        ("2019-28 – VENTE D'UN TERRAIN", "2019-29 – TARIFS DE LA SALLE", ["2019-28", "2019-29"]),
        ("DEL-2019-08 : Vente d'un terrain", "DEL-2019-09 : Tarifs de la salle", ["DEL-2019-08", "DEL-2019-09"]),
        ("2019-DEL-028 : Vente d'un terrain", "2019-DEL-029 : Tarifs de la salle", ["2019-DEL-028", "2019-DEL-029"]),
        ("Affaire n° 1 – Vente d'un terrain", "Affaire n° 2 – Tarifs de la salle", ["1", "2"]),
    ],
)
def test_premier_point_apres_le_nom_du_secretaire_aplati(premier: str, second: str, numeros: list[str]) -> None:
    # « … Secrétaire de séance : Mme Odile CARRÉ D2019-08 Vente … » : le numéro ouvre le point,
    # la secrétaire garde son nom
    texte = (
        EN_TETE + PRESENTS + "\nSecrétaire de séance : Mme Odile CARRÉ\n"
        f"{premier}\nAdopté à l'unanimité.\n{second}\nPour : 4 - Contre : 2 - Abstention : 0"
    )
    seance = _seance(texte, aplati=True)
    assert [s.nom for s in seance.secretaires] == ["CARRÉ"]
    assert [d.numero for d in seance.deliberations] == numeros
