"""Relecture de la dixième session, sur des documents écrits hors dépôt d'après des mises en
page publiées courantes : chaque règle sur un petit texte, indépendamment du corpus.

- « Secrétaire de séance : » seul sur sa ligne, le nom sur la suivante (colonne d'un PDF) ;
  une colonne d'intitulés suivie de celle des valeurs (« Mlle » comprise) ;
- un membre nommé parmi les présents et parmi les absents : dit, jamais effacé en silence ;
- « Conseillers communautaires présents : », « Étai(en)t absent(s) excusé(s) : » ;
- « 1. Titre : le conseil municipal, à l'unanimité, fixe … » : le titre, puis le dispositif.
"""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait.normalisation import normaliser
from tests.extrait.comparaison import projection

_DEBUT = "COMMUNE DE VERNAY\nConseil municipal – Séance du 6 juillet 2021\n"
_FIN = "\n1. Budget primitif\nAdopté à l'unanimité.\n"


def _lu(lignes: str, debut: str = _DEBUT, fin: str = _FIN) -> tuple[dict[str, object], list[str]]:
    resultat = lire_extrait(debut + lignes + fin)
    assert resultat.seance is not None
    return projection(resultat.seance), [c.code for c in resultat.rapport]


@pytest.mark.parametrize(
    "lignes",
    [
        # après une liste : la liste des excusés ne prend pas la ligne du secrétaire
        "Présents :\nM. Luc BON\nMme Anne VIAL\nAbsents excusés :\nM. Yves ROUX\n"
        "Secrétaire de séance :\nMme Anne VIAL\n",
        # avant les listes, une ligne vide entre l'intitulé et le nom
        "Secrétaire de séance :\n\nMme Anne VIAL\nPrésents : M. Luc BON, Mme Anne VIAL\n",
    ],
)
def test_secretaire_nomme_a_la_ligne(lignes: str) -> None:
    lu, codes = _lu(lignes)
    assert lu["secretaires"] == ["Anne VIAL"]
    assert "extrait.ligne-non-comprise" not in codes


def test_colonne_d_intitules_ne_donne_pas_le_secretaire() -> None:
    """« Président : » / « Secrétaire : » puis les valeurs : la ligne qui suit l'intitulé est
    la valeur du premier, pas celle du secrétaire ; rien n'est lu plutôt qu'un faux."""
    lu, codes = _lu(
        "Président :\nSecrétaire :\nLuc BON\nAnne VIAL\n\n"
        "Présents : M. Luc BON, Mme Anne VIAL, M. Yves ROUX\n"
    )
    assert lu["secretaires"] == [] and "extrait.ligne-non-comprise" in codes


def test_colonne_d_intitules_mademoiselle() -> None:
    """La colonne des valeurs (« M. X » / « Mlle Y ») rendue à ses intitulés, « Mlle » comprise."""
    lu, codes = _lu(
        "Président :\nSecrétaire :\nM. Luc BON\nMlle Anne VIAL\n\n"
        "Présents : M. Luc BON, Mlle Anne VIAL, M. Yves ROUX\n"
    )
    assert (lu["president"], lu["secretaires"]) == ("Luc BON", ["Anne VIAL"])
    assert "extrait.ligne-non-comprise" not in codes


def test_present_et_absent_dit() -> None:
    lu, codes = _lu(
        "Présents :\nM. Luc BON\nMme Anne VIAL\nAbsents excusés :\nM. Yves ROUX\nMme Anne VIAL\n"
    )
    assert "Anne VIAL" in lu["presents"] and lu["excuses"] == ["Yves ROUX"]
    assert "extrait.present-et-absent" in codes


def test_present_puis_absent_mandant_un_seul_constat() -> None:
    _, codes = _lu(
        "Présents : M. Luc BON, Mme Anne VIAL, M. Yves ROUX\n"
        "Absents excusés : Mme Anne VIAL (pouvoir à M. Luc BON)\n"
    )
    assert "extrait.procuration-en-cours-de-seance" in codes
    assert "extrait.present-et-absent" not in codes


@pytest.mark.parametrize(
    "intitule",
    ["Conseillers communautaires présents :", "Délégués communautaires présents :"],
)
def test_intitule_communautaire(intitule: str) -> None:
    debut = "COMMUNAUTÉ DE COMMUNES DU VAL DE SORNE\nConseil communautaire du 6 juillet 2021\n"
    lu, codes = _lu(f"{intitule}\nM. Luc BON\nMme Anne VIAL\n", debut=debut)
    assert lu["presents"] == ["Luc BON", "Anne VIAL"]
    assert "extrait.intitule-inconnu" not in codes


def test_intitule_communautaire_aplati() -> None:
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL DE SORNE Séance du 6 juillet 2021 Conseillers "
        "communautaires présents : M. Luc BON, Mme Anne VIAL, M. Marc FAURE. Conseillers "
        "communautaires absents excusés : M. Yves ROUX. Secrétaire de séance : Mme Anne VIAL. "
        "1. Budget primitif : adopté à l'unanimité."
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    lu = projection(resultat.seance)
    assert lu["presents"] == ["Luc BON", "Anne VIAL", "Marc FAURE"]
    assert lu["excuses"] == ["Yves ROUX"]


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("Étai(en)t absent(s) excusé(s) :", "Étaient absents excusés :"),
        ("ÉTAI(EN)T PRÉSENT(E)S :", "ÉTAIENT PRÉSENT(E)S :"),
        ("Était(ent) présent(s) :", "Étaient présents :"),
    ],
)
def test_verbe_inclusif(texte: str, attendu: str) -> None:
    assert normaliser(texte) == attendu


def test_verbe_inclusif_lu() -> None:
    lu, codes = _lu("Étai(en)t présent(e)s : M. Luc BON, Mme Anne VIAL\nÉtai(en)t absent(s) excusé(s) : M. Yves ROUX\n")
    assert lu["excuses"] == ["Yves ROUX"]
    assert "extrait.ligne-non-comprise" not in codes


@pytest.mark.parametrize(
    "ligne",
    [
        "2. Tarifs communaux : le conseil municipal, à l'unanimité, fixe les tarifs.",
        "2. Tarifs communaux : après en avoir délibéré, le conseil municipal, à l'unanimité, décide.",
        "2. Tarifs communaux : Le conseil municipal décide à l'unanimité de fixer les tarifs.",
    ],
)
def test_titre_numerote_puis_dispositif(ligne: str) -> None:
    lu, codes = _lu("Présents : M. Luc BON, Mme Anne VIAL\n", fin=_FIN + ligne + "\n")
    deuxieme = lu["deliberations"][1]  # type: ignore[index]
    assert deuxieme["numero"] == "2" and deuxieme["objet"] == "Tarifs communaux"
    assert deuxieme["scrutin"]["unanimite"] is True
    assert "extrait.numero-absent" not in codes


def test_ordre_du_jour_aplati() -> None:
    texte = (
        "Commune de Vernay Compte rendu du conseil municipal du 6 juillet 2021 Présents : M. Luc "
        "BON, Mme Anne VIAL, M. Yves ROUX. Secrétaire de séance : Mme Anne VIAL. Ordre du jour : "
        "1. Tarifs communaux : le conseil municipal, à l'unanimité, fixe les tarifs. 2. Voirie "
        "rurale : adoptée par 2 voix pour et 1 contre. La séance est levée à 22 heures."
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    objets = [d["objet"] for d in projection(resultat.seance)["deliberations"]]  # type: ignore[index]
    assert objets == ["Tarifs communaux", "Voirie rurale"]


def test_date_d_affichage_sur_la_ligne() -> None:
    lu, codes = _lu(
        "Date de la convocation : 26/06/2021\nDate d'affichage : 26/06/2021\n"
        "Présents : M. Luc BON, Mme Anne VIAL\n"
    )
    assert (lu["date"], lu["convocation"]) == ("2021-07-06", "2021-06-26")
    assert "extrait.date-ecartee" in codes and "extrait.ligne-non-comprise" not in codes


def test_le_maire_ouvre_la_seance() -> None:
    """« Le Maire ouvre la séance » (sans civilité) : le seul présent que la liste dit maire."""
    lu, codes = _lu(
        "Le Maire ouvre la séance à 20 h 30.\n"
        "Présents : Serge VIDAL, Maire ; Anne VIAL, Luc BON, adjoints.\n"
    )
    assert lu["president"] == "Serge VIDAL" and "extrait.president-fonction" in codes


def test_mesdames_et_messieurs_les_delegues() -> None:
    debut = "COMMUNAUTÉ DE COMMUNES DU VAL DE SORNE\nConseil communautaire du 6 juillet 2021\n"
    lu, codes = _lu(
        "Le conseil s'est réuni sous la présidence de M. Guy BRUNET.\n"
        "Etaient présents : Mmes et MM. les délégués :\nARCY : BRUNET G., DUCLOS M.\n"
        "LUSSAC : FERRAND J., GIBERT A.\n",
        debut=debut,
    )
    assert lu["presents"] == ["Guy BRUNET", "M. DUCLOS", "J. FERRAND", "A. GIBERT"]
    assert lu["president"] == "Guy BRUNET"
    # le président, « BRUNET G. » de la liste, y est nommé : aucun constat ne dit le contraire
    assert "extrait.ligne-non-comprise" not in codes and "extrait.personne-inconnue" not in codes


def test_le_conseil_retient_apres_une_phrase() -> None:
    """FORMAT.md : « le conseil retient » dans le dispositif dit l'adoption, même après une
    phrase d'exposé."""
    lu, _ = _lu(
        "Présents : M. Luc BON, Mme Anne VIAL\n",
        fin=_FIN + "2. Achat d'une tondeuse\nTrois devis ont été reçus. Le conseil retient le "
        "devis des établissements Martin.\nPour : 7 Contre : 1 Abstention : 0\n",
    )
    deuxieme = lu["deliberations"][1]  # type: ignore[index]
    assert deuxieme["objet"] == "Achat d'une tondeuse"
    assert (deuxieme["scrutin"]["resultat"], deuxieme["scrutin"]["pour"]) == ("adopte", 7)


def test_le_conseil_retient_apres_le_titre_aplati() -> None:
    """« 2021-06 – Titre : le conseil retient le devis … » dans un texte aplati : le titre
    s'arrête aux deux-points, le dispositif dit l'adoption."""
    resultat = lire_extrait(
        "Commune de Vernay Compte rendu du conseil municipal du 6 juillet 2021 Présents : M. Luc "
        "BON, Mme Anne VIAL, M. Yves ROUX. Secrétaire de séance : Mme Anne VIAL. 2021-05 – Budget "
        "primitif : adopté à l'unanimité. 2021-06 – Achat d'une tondeuse : le conseil retient le "
        "devis des établissements Martin pour 4 850 € HT. Vote : 2 pour, 1 contre. La séance est "
        "levée."
    )
    assert resultat.seance is not None
    deuxieme = projection(resultat.seance)["deliberations"][1]  # type: ignore[index]
    assert deuxieme["objet"] == "Achat d'une tondeuse"
    assert deuxieme["scrutin"]["resultat"] == "adopte"


_RELEVE = (
    "Vote du budget primitif 2021 : adopté à l'unanimité.\n"
    "Tarifs de la cantine : adoptés par 2 voix pour et 1 contre.\n"
)


@pytest.mark.parametrize(
    "corps",
    [
        _RELEVE,
        _RELEVE.replace(" : ", " :\n").replace(":\na", ":\nA"),  # l'issue à la ligne
    ],
    ids=["sur-la-ligne", "a-la-ligne"],
)
def test_releve_titre_puis_issue(corps: str) -> None:
    """« Titre : adopté à l'unanimité. » (relevé des décisions d'un compte rendu) : un point
    sans numéro par ligne, son issue et ses voix."""
    lu, codes = _lu("Présents : M. Luc BON, Mme Anne VIAL, M. Yves ROUX\n", fin="\n" + corps)
    points = [(d["objet"], d["scrutin"]["resultat"], d["scrutin"]["pour"]) for d in lu["deliberations"]]  # type: ignore[index]
    assert points == [("Vote du budget primitif 2021", "adopte", None), ("Tarifs de la cantine", "adopte", 2)]
    assert "extrait.vote-hors-deliberation" not in codes and "extrait.vote-repete" not in codes


def test_releve_aplati_et_libelles_de_vote() -> None:
    texte = (
        "Commune de Vernay Séance du 6 juillet 2021 Présents : M. Luc BON, Mme Anne VIAL, M. Yves "
        "ROUX. Secrétaire de séance : Mme Anne VIAL. Vote du budget primitif 2021 : adopté à "
        "l'unanimité. Tarifs de la cantine : adoptés par 2 voix pour et 1 contre. La séance est "
        "levée à 22 h."
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    objets = [d["objet"] for d in projection(resultat.seance)["deliberations"]]  # type: ignore[index]
    assert objets == ["Vote du budget primitif 2021", "Tarifs de la cantine"]
    # un libellé de vote ou le rappel du numéro du point n'est jamais un titre
    lu, _ = _lu(
        "Présents : M. Luc BON, Mme Anne VIAL\n",
        fin="\nOBJET : Budget primitif\nVote à main levée : adopté à l'unanimité.\n"
        "Délibération n° 2021-12 : adoptée à l'unanimité.\n",
    )
    assert [d["objet"] for d in lu["deliberations"]] == ["Budget primitif"]  # type: ignore[index]


def test_president_dit_entre_parentheses_dans_la_liste() -> None:
    """« M. Alain BOISSIER (Président) » parmi les présents d'un comité, aucune phrase de
    présidence : lu comme « M. X, Président », avec le constat qui le dit."""
    debut = "SYNDICAT MIXTE DU BASSIN DE L'AURANCE\nComité syndical du 14 mars 2023\n"
    lu, codes = _lu(
        "Membres titulaires présents : M. Alain BOISSIER (Président), Mme Christine DUMAS, "
        "M. Hervé FAYE\n",
        debut=debut,
    )
    assert lu["president"] == "Alain BOISSIER" and "extrait.president-fonction" in codes
    assert "extrait.precision-ignoree" not in codes


def test_presidence_coupee_par_un_en_tete() -> None:
    """« … sous la présidence de monsieur » / « Commune de X – Conseil municipal » (en-tête de
    page inséré) / « GARNIER Alain, maire. » : la commune n'est jamais le président."""
    lu, _ = _lu(
        "L'an deux mille douze, le six juillet, le conseil municipal s'est réuni sous la présidence de monsieur\n"
        "Commune de Vernay – Conseil municipal\nGARNIER Alain, maire.\n"
        "Présents : GARNIER Alain, VIDAL Françoise, COSTE Marcel\n",
    )
    assert lu["president"] in (None, "Alain GARNIER")


def test_president_de_l_election_seulement_dit() -> None:
    """Séance d'installation : le doyen d'âge préside l'élection du maire ; sans phrase qui dise
    qui préside ensuite, le président lu est dit douteux (non jugé par valider)."""
    resultat = lire_extrait(
        _DEBUT + "La séance est ouverte sous la présidence de M. Louis BON, doyen d'âge.\n"
        "Présents : M. Louis BON, Mme Anne VIAL, M. Yves ROUX\n\n"
        "1. Élection du maire\nMme Anne VIAL est élue maire.\n"
        "2. Détermination du nombre des adjoints\nAdopté à l'unanimité.\n"
    )
    assert resultat.seance is not None
    assert "extrait.president-election" in [c.code for c in resultat.rapport]
    assert "president" in resultat.non_etablis
