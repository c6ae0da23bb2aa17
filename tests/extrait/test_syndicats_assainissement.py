"""Procès-verbaux de syndicats et d'agglomérations (documents 220, 226, 228) : présidence
coupée en fin de ligne, procurations dans le décompte, élu qui ne prend pas part au vote
nommé après une virgule."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.normalisation import decoller
from deliberations.model import Seance

TETE = (
    "SYNDICAT INTERCOMMUNAL POUR L'ASSAINISSEMENT DE LA VALLEE DU LYS\n"
    "PROCES-VERBAL DU COMITE DU 11 AVRIL 2018\n"
    "Le Comité s'est réuni à la Mairie, lieu ordinaire de ses séances, sous la\n"
    "présidence de Monsieur Yves PORCHER, Président du Syndicat Intercommunal.\n"
    "Présents : Madame Agnès FLEURY, Monsieur Alain RIGOLET.\n"
    "Absents excusés : Monsieur Denis ROYER.\n"
)


def _seance(texte: str) -> Seance:
    s = lire_extrait(texte).seance
    assert s is not None
    return s


def test_presidence_coupee_en_fin_de_ligne() -> None:
    s = _seance(TETE + "1 – BUDGET\nAdopté à l'unanimité.\n")
    assert s.president is not None and s.president.nom == "PORCHER"
    assert "PORCHER" in {e.nom for e in s.presents()}


def test_procurations_entre_parentheses_du_decompte() -> None:
    s = _seance(
        TETE + "Délégués présents : 3\nProcuration : 1 (Monsieur Denis ROYER à Monsieur Alain RIGOLET)\n"
        "1 – BUDGET\nAdopté à l'unanimité.\n"
    )
    assert [(p.mandant.nom, p.mandataire.nom) for p in s.procurations] == [("ROYER", "RIGOLET")]
    assert s.decomptes is not None and s.decomptes.procurations == 1


def test_ne_prenant_pas_part_apres_une_virgule() -> None:
    s = _seance(
        TETE + "1 – COMPTE ADMINISTRATIF\n"
        "Adoptée à l'unanimité des votants, Yves PORCHER ne prenant pas part au vote.\n"
    )
    scrutin = s.deliberations[0].scrutins[0]
    assert scrutin.ne_prend_pas_part == 1 and scrutin.unanimite


@given(st.text(alphabet="abcdefgh ,.", min_size=5, max_size=40))
def test_procuration_du_decompte_lue_ou_signalee(contenu: str) -> None:
    resultat = lire_extrait(TETE + f"Procuration : 1 ({contenu})\n1 – BUDGET\nAdopté à l'unanimité.\n")
    assert resultat.seance is not None
    codes = {c.code for c in resultat.rapport.constats}
    # jamais perdue en silence : une procuration lue, ou un constat qui dit qu'elle ne l'est pas
    assert resultat.seance.procurations or "extrait.procuration-illisible" in codes


def test_tableau_des_delegues_aplati_colonnes_collees() -> None:
    s = _seance(
        "SYNDICAT DES EAUX DU LYS\nPROCES-VERBAL DU COMITE DU 14 OCTOBRE 2014\n"
        "Présents :BREVAL-SUR-LYSCOURGENT-LE-VAL: Monsieur Thierry GALLAND, Maire: Madame "
        "Véronique LAMBLOT, Maire Adjoint Monsieur Patrick HUET, Conseiller Municipal: Monsieur Serge "
        "DELAPORTE, Maire Adjoint\n"
        "Nombre de votants : 4 Monsieur Patrick HUET est désigné secrétaire de séance.\n"
        "1 – BUDGET 2015\nAdopté à l'unanimité.\n"
    )
    assert {e.nom for e in s.presents()} == {"GALLAND", "LAMBLOT", "HUET", "DELAPORTE"}
    assert [e.nom for e in s.secretaires] == ["HUET"]


def test_fins_de_ligne_collees_d_un_texte_aplati() -> None:
    assert decoller("du SyndicatIntercommunal.Présents : 6Procuration") == (
        "du Syndicat Intercommunal. Présents : 6 Procuration"
    )
    assert decoller("M. Paul LeBlanc et McDonald") == "M. Paul LeBlanc et McDonald"


@given(st.text(max_size=60))
def test_decoller_n_ajoute_que_des_espaces(texte: str) -> None:
    # (un filet « ___ » est remplacé par une espace, voulu : « 4 avril 2008____RAPPORT N° 3 »)
    assert decoller(texte).replace(" ", "") == re.sub(r"_{3,}", "", texte).replace(" ", "")


def test_nombre_de_ceux_qui_ne_prennent_pas_part_non_dit() -> None:
    from deliberations.extrait.reconnaisseurs import resultat

    lu = resultat("Adoptée à l'unanimité, les élus concernés ne prenant pas part au vote.")
    assert lu is not None and lu.unanimite and not lu.moins
