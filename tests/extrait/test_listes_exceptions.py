"""« Tous les membres sauf Mme X et M. Y » : deux exceptions, jamais une personne nommée
« X et M. Y » ; l'excusé dit ailleurs reste excusé (sondes, famille « presents2 »)."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait.personnes import lire_personne

_TEXTE = (
    "COMMUNE DE BRAISNE-SUR-OURCQ\nSéance du 14 mars 2023\n"
    "Présents : tous les membres en exercice sauf {}\n"
    "Pouvoirs : Mme Rose TESSIER à M. Noé FABRE\n{}"
    "Secrétaire de séance : Mme Lise CARON\n"
    "Délibération n° 2023-08 : Tarifs\nAdopté à l'unanimité."
)


def _statuts(exceptions: str, excuses: str = "") -> dict[str, str]:
    seance = lire_extrait(_TEXTE.format(exceptions, excuses)).seance
    assert seance is not None
    return {p.elu.nom: p.statut.value for p in seance.presences}


def test_deux_personnes_ne_font_pas_un_nom() -> None:
    assert lire_personne("Mme Rose TESSIER et M. Marc VIGNAL") is None
    assert lire_personne("Mme Rose TESSIER-VIGNAL") is not None


def test_exceptions_separees() -> None:
    assert _statuts("Mme Rose TESSIER et M. Marc VIGNAL") == {"TESSIER": "represente", "VIGNAL": "absent"}
    assert _statuts("Mme Rose TESSIER, M. Marc VIGNAL et Mme Inès MOULIN") == {
        "TESSIER": "represente",
        "VIGNAL": "absent",
        "MOULIN": "absent",
    }


def test_excuse_dit_ailleurs() -> None:
    statuts = _statuts("Mme Rose TESSIER et M. Marc VIGNAL", "Absent excusé : M. Marc VIGNAL\n")
    assert statuts["VIGNAL"] == "excuse"
