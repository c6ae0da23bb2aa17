"""Une délibération citée (« Vu la délibération n° 2020-12 du … ») n'ouvre jamais un point
(sondes, famille « date-voisine »)."""

from __future__ import annotations

import pytest

from deliberations.extrait import lire_extrait
from deliberations.extrait.normalisation import segmenter

_TEXTE = (
    "COMMUNE DE BRAISNE-SUR-OURCQ\nSéance du 14 mars 2023\n"
    "Présents : M. Hugo LEMAIRE, Mme Lise CARON, M. Noé FABRE\n"
    "Secrétaire de séance : Mme Lise CARON\n"
    "Délibération n° 2023-08 : Tarifs de la cantine\n{}\nAdopté à l'unanimité."
)


@pytest.mark.parametrize(
    "visa",
    [
        "Vu la délibération n° 2020-12 du 12 mars 2020 fixant les tarifs de la cantine ;",
        "Vu sa délibération n° 2021-4 du 2 avril 2021 ;",
        "Rappelant que par délibération n° 2019-33 du 5 juin 2019 le conseil a fixé les tarifs ;",
        "Considérant que cette délibération n° 2019-33 doit être actualisée ;",
    ],
)
def test_visa_n_ouvre_pas_de_point(visa: str) -> None:
    seance = lire_extrait(_TEXTE.format(visa)).seance
    assert seance is not None
    assert [d.numero for d in seance.deliberations] == ["2023-08"]
    assert seance.deliberations[0].scrutins


def test_intitule_de_point_reste_coupe_dans_le_flux() -> None:
    morceaux = [m for _, m in segmenter("Adopté à l'unanimité. Délibération n° 2023-09 : Subvention au club")]
    assert morceaux[-1].startswith("Délibération n° 2023-09")
