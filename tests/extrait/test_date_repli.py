"""Date de séance non écrite : repli sur l'identifiant @CTES, puis sur la signature, signalé."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.reconnaisseurs import date_de_signature
from deliberations.model import FaitNonEtabli
from deliberations.validation import Severite, valider

_CORPS = """COMMUNE DE SAINT-ALBAN-LES-EAUX
Séance du conseil municipal
Présents : M. Jean DUPONT, Maire, Mme Anne MARTIN, M. Paul BERNARD, Mme Lucie PETIT
Secrétaire de séance : Mme Anne MARTIN
1) Travaux de voirie
Pour : 4 Contre : 0 Abstention : 0
"""


def _codes(texte: str) -> list[str]:
    return [c.code for c in lire_extrait(texte).rapport]


def test_signature_retenue_et_signalee() -> None:
    resultat = lire_extrait(_CORPS + "Fait à Saint-Alban-les-Eaux, le 14 mars 2019\nLe Maire\n")
    assert resultat.seance is not None
    assert resultat.seance.date == dt.date(2019, 3, 14)
    constat = next(c for c in resultat.rapport if c.code == "extrait.date-signature")
    assert constat.severite.value == "avertissement"
    assert "14/03/2019" in constat.message
    assert FaitNonEtabli.DATE in resultat.seance.non_etablis


def test_convocation_non_jugee_sur_une_date_de_repli() -> None:
    """La veille de la signature n'est pas un délai de convocation : la séance a pu se tenir
    plus tôt ; ``valider`` sur la séance seule (son JSON) le dit non vérifiable."""
    texte = _CORPS.replace("Séance du conseil municipal", "Séance du conseil municipal\nConvocation du 13 mars 2019")
    seance = lire_extrait(texte + "Fait à Saint-Alban, le 14 mars 2019\n").seance
    assert seance is not None and seance.date_convocation == dt.date(2019, 3, 13)
    constats = {c.code: c for c in valider(seance)}
    assert "convocation.delai" not in constats
    assert constats["convocation.non-verifiable"].severite is Severite.INFO
    assert "déduite" in constats["convocation.non-verifiable"].message
    datee = attrs.evolve(seance, non_etablis=set(seance.non_etablis) - {FaitNonEtabli.DATE})
    assert "convocation.delai" in {c.code for c in valider(datee)}


def test_signatures_en_desaccord_pas_de_seance() -> None:
    texte = _CORPS + "Fait à Saint-Alban, le 14 mars 2019\nFait à Saint-Alban, le 2 avril 2019\n"
    resultat = lire_extrait(texte)
    assert resultat.seance is None
    codes = [c.code for c in resultat.rapport]
    assert "extrait.date-signature" in codes and "extrait.date-absente" in codes


def test_identifiant_actes_avant_signature() -> None:
    texte = (
        _CORPS
        + "Fait à Saint-Alban, le 18 mars 2019\nAccusé de réception en préfecture\n"
        + "ID : 021-212100015-20190314-2019_12-DE\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert resultat.seance.date == dt.date(2019, 3, 14)
    assert "extrait.date-identifiant" in [c.code for c in resultat.rapport]


def test_date_ecrite_sans_repli() -> None:
    texte = _CORPS.replace("Séance du conseil municipal", "Séance du conseil municipal du 7 mars 2019")
    resultat = lire_extrait(texte + "Fait à Saint-Alban, le 14 mars 2019\n")
    assert resultat.seance is not None
    assert resultat.seance.date == dt.date(2019, 3, 7)
    assert not [c for c in resultat.rapport if c.code.startswith("extrait.date-")]
    assert not {"date", "organe"} & resultat.non_etablis


def test_formule_sans_date() -> None:
    assert date_de_signature("Fait et délibéré en séance les jour, mois et an susdits.") is None
    assert date_de_signature("Fait et délibéré le 3 juin 2021.") == dt.date(2021, 6, 3)
    assert date_de_signature("Délibéré en séance le vingt mai deux mil dix") == dt.date(2010, 5, 20)
    assert date_de_signature("Fait en mairie à Orbey, le 05/02/2016") == dt.date(2016, 2, 5)
    assert "extrait.date-absente" in _codes(_CORPS)


def test_organe_suppose_d_apres_le_type_de_collectivite() -> None:
    texte = (
        "SIVOM DE LA VALLÉE DU LOIR\nRéunion du comité du 2 novembre 2016\n"
        "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul BERNARD\n"
        "Objet : Budget\nAdopté à l'unanimité.\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert resultat.seance.assemblee.organe.value == "comite_syndical"
    constat = next(c for c in resultat.rapport if c.code == "extrait.organe-absent")
    assert "comité syndical supposé" in constat.message
    assert FaitNonEtabli.ORGANE in resultat.seance.non_etablis
    assert FaitNonEtabli.DATE not in resultat.seance.non_etablis


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)), st.booleans())
def test_date_de_repli_relue(date: dt.date, identifiant: bool) -> None:
    """Aller-retour : la date écrite dans la signature ou l'identifiant @CTES d'un document
    qui ne date pas sa séance est relue, et toujours signalée."""
    fin = (
        f"Accusé de réception en préfecture\nID : 021-212100015-{date:%Y%m%d}-2019_12-DE\n"
        if identifiant
        else f"Fait à Saint-Alban, le {date:%d/%m/%Y}\n"
    )
    resultat = lire_extrait(_CORPS + fin)
    assert resultat.seance is not None and resultat.seance.date == date
    code = "extrait.date-identifiant" if identifiant else "extrait.date-signature"
    assert code in [c.code for c in resultat.rapport]
