"""``valider`` sur les séances lues du corpus : aucune erreur du CGCT qui viendrait de ce que le
document ne dit pas, sans rien passer d'autre que la séance (les faits non établis voyagent
avec elle, y compris par son JSON).

Un document du corpus qui établirait une vraie irrégularité irait dans
:data:`ERREURS_ETABLIES` avec le code attendu et la raison.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from deliberations.model import Seance, depuis_dict, vers_dict
from deliberations.validation import Severite, valider
from tests.extrait.comparaison import documents, lire

ERREURS_ETABLIES: dict[str, set[str]] = {
    # « DATE DE LA CONVOCATION : 25 mars 2008 » pour la réunion du conseil général du 4 avril :
    # dix jours, douze requis avant une réunion du conseil (L3121-19) ; le document le dit
    "256": {"convocation.delai"},
}


@pytest.mark.parametrize("document", documents(), ids=lambda d: d.stem)
def test_aucune_erreur_de_ce_que_le_document_ne_dit_pas(document: Path) -> None:
    resultat = lire(document)
    if resultat.seance is None:
        pytest.skip("aucune séance construite (écart déclaré du corpus)")
    rapport = valider(resultat.seance)
    erreurs = {c.code for c in rapport if c.severite is Severite.ERREUR}
    assert erreurs == ERREURS_ETABLIES.get(document.name[:3], set()), rapport.vers_texte()
    relue = depuis_dict(Seance, vers_dict(resultat.seance))
    assert valider(relue).codes() == rapport.codes()
