"""Recherche aléatoire prolongée sur les lecteurs et écrivains ACTES (la CI, elle, rejoue un
profil hypothesis dérandomisé) : aller-retour de tous les messages, octets quelconques donnés
aux lecteurs, archives abîmées d'un octet. Affiche le nombre d'exemples essayés par propriété ;
un échec lève l'exemple minimal trouvé.

Usage : python benchmarks/actes_fuzz.py [--exemples 5000]
Ce n'est pas un test.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.actes import test_archive, test_messages

PROPRIETES = {
    "aller-retour des 24 messages": (
        st.one_of(test_messages.messages, test_messages.courriers()),
        test_messages.test_tout_message_reecrit_puis_relu_a_l_identique,
    ),
    "message de référence abîmé": (
        st.tuples(
            st.sampled_from(sorted(test_messages.TYPES_MESSAGES)),
            st.integers(0, 10**6),
            st.binary(min_size=1, max_size=3),
        ),
        test_messages.test_message_de_reference_abime_erreur_typee_ou_constat,
    ),
    "octets quelconques → lire": (
        st.binary(max_size=2000),
        test_archive.test_lire_octets_quelconques_erreur_typee,
    ),
    "archive : aller-retour": (
        st.dictionaries(test_archive.noms_permis, st.binary(max_size=500), min_size=1, max_size=6),
        test_archive.test_archive_ecrite_puis_relue_a_l_identique,
    ),
}


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--exemples", type=int, default=5000)
    a = parseur.parse_args()
    for nom, (strategie, propriete) in PROPRIETES.items():
        debut = time.perf_counter()
        _essai(strategie, propriete.hypothesis.inner_test, a.exemples)  # type: ignore[attr-defined]
        print(f"{nom} : {a.exemples} exemples, aucun échec ({time.perf_counter() - debut:.1f} s)")


def _essai(strategie: st.SearchStrategy[object], fonction: object, exemples: int) -> None:
    @settings(
        max_examples=exemples,
        deadline=None,
        derandomize=False,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategie)
    def essai(valeur: object) -> None:
        if isinstance(valeur, tuple):
            fonction(*valeur)  # type: ignore[operator]
        else:
            fonction(valeur)  # type: ignore[operator]

    essai()


if __name__ == "__main__":
    main()
