"""Accord de la vérification de structure ACTES avec l'XSD officiel (lxml ``XMLSchema``) sur
les mutations des 24 messages de référence de l'équipe (``tests/actes/messages``).

Usage : python benchmarks/actes_mutations.py [--xsd ../shared/reference/actes/xsd/actesv1_1.xsd]
Affiche n/N (verdicts identiques) et les désaccords. Ce n'est pas un test.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from pathlib import Path

from lxml import etree

ICI = Path(__file__).resolve().parent
sys.path.insert(0, str(ICI.parent))

from deliberations.actes.securite import analyser_xml  # noqa: E402
from deliberations.actes.structure import verifier_structure  # noqa: E402
from tests.actes.mutations import toutes  # noqa: E402

PARTAGE = Path(os.environ.get("DELIBERATIONS_PARTAGE", ICI.parent.parent / "shared"))
XSD = PARTAGE / "reference" / "actes" / "xsd" / "actesv1_1.xsd"


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--xsd", type=Path, default=XSD)
    a = parseur.parse_args()
    if not a.xsd.exists():
        print(f"XSD officiel absent ({a.xsd}).")
        return
    schema = etree.XMLSchema(etree.parse(str(a.xsd)))
    accords = total = invalides = 0
    desaccords: collections.Counter[str] = collections.Counter()
    t_nous = t_xsd = 0.0
    for message, description, octets in toutes():
        racine = analyser_xml(octets)
        debut = time.perf_counter()
        xsd = schema.validate(etree.ElementTree(racine))
        t_xsd += time.perf_counter() - debut
        debut = time.perf_counter()
        nous = not verifier_structure(racine, message)
        t_nous += time.perf_counter() - debut
        total += 1
        invalides += not xsd
        if nous == xsd:
            accords += 1
        else:
            desaccords[f"{message} : {description} (XSD {'valide' if xsd else 'invalide'})"] += 1
    print(
        f"{accords}/{total} mutations : même verdict que l'XSD ({invalides} invalides pour l'XSD)"
    )
    print(f"temps : structure de la bibliothèque {t_nous:.2f} s, lxml XMLSchema {t_xsd:.2f} s")
    for cas, n in desaccords.most_common(30):
        print(f"  désaccord ×{n} : {cas}")


if __name__ == "__main__":
    main()
