"""La ligne JSON de ``scdl lire`` écrite à la façon d'origine (``json.dumps`` de
``vers_dict``) : la référence des tests d'équivalence de la lecture rapide."""

from __future__ import annotations

import json

from deliberations.model import vers_dict
from deliberations.scdl.lecture import LigneSCDL


def ligne_json_reference(ligne: LigneSCDL) -> str:
    """Le texte JSON (avec sa fin de ligne) d'une ligne lue, par ``json.dumps``."""
    objet = {
        "ligne": ligne.numero,
        "collectivite": vers_dict(ligne.collectivite) if ligne.collectivite else None,
        "deliberation": vers_dict(ligne.deliberation) if ligne.deliberation else None,
        "vote_effectif": ligne.vote_effectif,
    }
    return json.dumps(objet, ensure_ascii=False) + "\n"
