"""Une date de convocation invraisemblable (plus de 90 jours avant la séance) n'est pas
donnée : c'est une lecture fausse (année en lettres coupée, autre date prise), dite par
``extrait.date-convocation``."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from tests.extrait.comparaison import projection

_TEXTE = (
    "COMMUNE DE MONTVERT\nSéance du 30 novembre 2017\n"
    "Le trente novembre deux mille dix-sept, le Conseil Municipal, dûment convoqué le {c}, "
    "s'est réuni sous la présidence de Mme Josette LAFFITTE, Maire.\n"
    "Présents : Mme Josette LAFFITTE, M. Christian MARTY.\n"
)


def _lu(convocation: str) -> tuple[object, list[str]]:
    resultat = lire_extrait(_TEXTE.format(c=convocation))
    assert resultat.seance is not None
    return projection(resultat.seance)["convocation"], [c.code for c in resultat.rapport]


def test_annee_coupee_laissee_vide() -> None:
    convocation, codes = _lu("vingt-trois novembre deux mille")
    assert convocation is None
    assert "extrait.date-convocation" in codes


def test_convocation_ordinaire_gardee() -> None:
    convocation, codes = _lu("vingt-trois novembre deux mille dix-sept")
    assert convocation == "2017-11-23"
    assert "extrait.date-convocation" not in codes
