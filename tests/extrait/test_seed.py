"""L'extrait fondateur (Dijon métropole, 26/09/2024) se lit exactement."""

from __future__ import annotations

import io

import attrs

from deliberations.extrait import lire_extrait
from deliberations.model import StatutPresence, lire_seance
from deliberations.scdl import ecrire_scdl, valider_scdl
from deliberations.validation import valider
from tests.conftest import EXEMPLE_SEED


def test_seed_lu_exactement(seed_texte: str) -> None:
    resultat = lire_extrait(seed_texte)
    assert resultat.compris, resultat.rapport.vers_texte()
    s = resultat.seance
    assert s is not None
    attendu = lire_seance(EXEMPLE_SEED)  # écrit à la main depuis le document
    assert s.nombre_en_exercice() == 86
    assert s.date.isoformat() == "2024-09-26"
    assert s.date_convocation is not None and s.date_convocation.isoformat() == "2024-09-18"
    assert s.assemblee.collectivite.nom == "Dijon métropole"
    assert s.assemblee.organe.value == "conseil_metropolitain"
    assert s.president is not None and s.president.correspond(attendu.president)  # type: ignore[arg-type]
    assert [e.nom for e in s.secretaires] == ["HOAREAU"]
    for statut in (StatutPresence.PRESENT, StatutPresence.ABSENT, StatutPresence.REPRESENTE):
        lus = [p.elu.cle for p in s.presences if p.statut is statut]
        ecrits = [p.elu.cle for p in attendu.presences if p.statut is statut]
        assert lus == ecrits, statut
    assert len(s.presents()) == 67
    assert len(s.absents_sans_procuration()) == 8
    assert [(p.mandant.cle, p.mandataire.cle) for p in s.procurations] == [
        (p.mandant.cle, p.mandataire.cle) for p in attendu.procurations
    ]
    (d,) = s.deliberations
    (a,) = attendu.deliberations
    assert d.objet == a.objet
    assert d.theme == a.theme
    assert d.dispositif == a.dispositif
    assert d.expose == a.expose
    (sc,) = d.scrutins
    assert (sc.pour, sc.contre, sc.abstentions, sc.ne_prend_pas_part, sc.dont_procurations) == (
        78,
        0,
        0,
        0,
        11,
    )


def test_seed_valide_sans_erreur_et_ecrit_en_scdl(seed_texte: str) -> None:
    s = lire_extrait(seed_texte).seance
    assert s is not None
    rapport = valider(s)
    assert rapport.ok, rapport.vers_texte()
    # le document ne donne ni SIRET ni matière : on les complète comme le ferait l'utilisateur
    d = attrs.evolve(s.deliberations[0], matiere="8.2")
    s = attrs.evolve(s, deliberations=[d])
    sortie = io.StringIO()
    assert ecrire_scdl(s, sortie, siret="24210041000016").ok
    assert valider_scdl(sortie.getvalue().encode(), strict=True).ok
