"""L'exemple livré (séance du 26/09/2024 de Dijon métropole) et l'extrait fondateur."""

from __future__ import annotations

import re

from deliberations.model import StatutPresence, lire_seance
from deliberations.texte import cle_texte
from tests.conftest import EXEMPLE_SEED


def test_decomptes_de_l_exemple() -> None:
    s = lire_seance(EXEMPLE_SEED)
    assert s.nombre_en_exercice() == 86
    assert len(s.presents()) == 67
    assert len(s.absents_sans_procuration()) == 8
    assert len(s.procurations) == 11
    assert len({p.mandataire.cle for p in s.procurations}) == 11
    (d,) = s.deliberations
    (scrutin,) = d.scrutins
    assert (scrutin.pour, scrutin.contre, scrutin.abstentions, scrutin.ne_prend_pas_part) == (
        78,
        0,
        0,
        0,
    )
    assert scrutin.dont_procurations == 11
    assert s.date.isoformat() == "2024-09-26"
    assert s.date_convocation is not None and s.date_convocation.isoformat() == "2024-09-18"


def test_exemple_fidele_a_l_extrait(seed_texte: str) -> None:
    """Chaque nom de l'exemple figure dans l'extrait, dans la bonne section."""
    s = lire_seance(EXEMPLE_SEED)
    debut_absents = seed_texte.index("Membres absents")
    presents_txt = cle_texte(seed_texte[:debut_absents])
    absents_txt = cle_texte(seed_texte[debut_absents : seed_texte.index("OBJET")])
    for p in s.presences:
        texte = presents_txt if p.statut is StatutPresence.PRESENT else absents_txt
        assert f"{cle_texte(p.elu.prenom or '')} {cle_texte(p.elu.nom)}" in texte, p.elu
    for proc in s.procurations:
        motif = rf"{cle_texte(str(proc.mandant))}\s+pouvoir a\s+{cle_texte(str(proc.mandataire))}"
        assert re.search(motif, absents_txt), proc
    assert "objet" in cle_texte(seed_texte)
    assert cle_texte(s.deliberations[0].objet) in cle_texte(seed_texte)
