"""Le corpus de l'équipe : chaque extrait se lit exactement comme son fichier .attendu.json.

Les fichiers attendus sont écrits à la main, depuis le document, indépendamment de
l'analyseur : ils donnent la projection du modèle qu'un lecteur humain en tire (noms
« Prénom NOM », nombres, scrutins) et les constats (avertissements et erreurs) attendus.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from deliberations.extrait import lire_extrait
from deliberations.model import Elu, Seance, StatutPresence
from deliberations.texte import cle_texte

CORPUS = Path(__file__).parent / "corpus"
DOCUMENTS = sorted(CORPUS.glob("[0-9][0-9]-*.txt"))  # le premier corpus (01 à 20)


def cle_collectivite(nom: str | None) -> str | None:
    """Règle de FORMAT.md : casse, accents et espaces ignorés ; pour une commune, le nom seul
    (« COMMUNE DE X » du premier corpus se compare à « X »), article initial ignoré."""
    if nom is None:
        return None
    cle = cle_texte(nom)
    cle = re.sub(r"^(?:commune|ville|mairie)\s+(?:de\s+|d'|du\s+|des\s+)", "", cle)
    return re.sub(r"^(?:la|le|les)\s+|^l'", "", cle)


def nom(e: Elu | None) -> str | None:
    if e is None:
        return None
    return f"{e.prenom} {e.nom}" if e.prenom else e.nom


def projection(s: Seance) -> dict[str, Any]:
    def statut(*statuts: StatutPresence) -> list[str | None]:
        return [nom(p.elu) for p in s.presences if p.statut in statuts]

    decomptes = {}
    if s.decomptes is not None:
        decomptes = {k: v for k, v in vars_decomptes(s).items() if v is not None}
    return {
        "collectivite": s.assemblee.collectivite.nom,
        "type": s.assemblee.collectivite.type.value if s.assemblee.collectivite.type else None,
        "date": s.date.isoformat(),
        "convocation": s.date_convocation.isoformat() if s.date_convocation else None,
        "president": nom(s.president),
        "secretaires": [nom(e) for e in s.secretaires],
        "decomptes": decomptes,
        "presents": statut(StatutPresence.PRESENT),
        "absents": statut(StatutPresence.ABSENT),
        "excuses": statut(StatutPresence.EXCUSE),
        "procurations": [[nom(p.mandant), nom(p.mandataire)] for p in s.procurations],
        "mouvements": {
            nom(p.elu): [p.arrivee_point, p.depart_point]
            for p in s.presences
            if p.arrivee_point is not None or p.depart_point is not None
        },
    }


def vars_decomptes(s: Seance) -> dict[str, int | None]:
    d = s.decomptes
    assert d is not None
    return {
        "membres": d.membres,
        "en_exercice": d.en_exercice,
        "presents": d.presents,
        "absents": d.absents,
        "procurations": d.procurations,
        "votants": d.votants,
    }


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.stem)
def test_extrait_lu_exactement(document: Path) -> None:
    attendu = json.loads(document.with_suffix(".attendu.json").read_text("utf-8"))
    resultat = lire_extrait(document.read_text("utf-8"))
    constats = sorted({c.code for c in resultat.rapport.filtrer(au_moins="avertissement")})
    assert constats == sorted(attendu["constats"]), resultat.rapport.vers_texte()
    s = resultat.seance
    assert s is not None
    obtenu = projection(s)
    for cle, valeur in obtenu.items():
        if cle == "collectivite":
            assert cle_collectivite(valeur) == cle_collectivite(attendu[cle]), (
                valeur,
                attendu[cle],
            )
            continue
        assert valeur == attendu[cle], cle
    organe = attendu["organe"]
    if organe is not None:
        assert s.assemblee.organe.value == organe
    assert len(s.deliberations) == len(attendu["deliberations"])
    for d, a in zip(s.deliberations, attendu["deliberations"], strict=True):
        assert d.numero == a["numero"]
        assert d.objet == a["objet"]
        assert d.theme == a["theme"]
        assert len(d.dispositif) == a["dispositif"], d.dispositif
        if "rang" in a:
            assert d.rang == a["rang"]
        if a["scrutin"] is None:
            assert d.scrutins == ()
            continue
        (sc,) = d.scrutins
        obtenu_scrutin = {
            "pour": sc.pour,
            "contre": sc.contre,
            "abstentions": sc.abstentions,
            "ne_prend_pas_part": sc.ne_prend_pas_part,
            "blancs_nuls": sc.blancs_nuls,
            "dont_procurations": sc.dont_procurations,
            "resultat": sc.resultat.value if sc.resultat else None,
            "unanimite": sc.unanimite,
            "mode": sc.mode.value if sc.mode else None,
        }
        assert obtenu_scrutin == a["scrutin"], d.numero


def test_au_moins_vingt_documents() -> None:
    assert len(DOCUMENTS) >= 20
    for document in DOCUMENTS:
        assert document.with_suffix(".attendu.json").exists(), document
