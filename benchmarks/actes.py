"""Banc d'essai ACTES : préparer et vérifier N actes ; valider les mêmes XML avec le schéma
lxml compilé une fois et avec le paquet ``xmlschema`` (extra ``bench``). Affiche les rapports.

Usage : python benchmarks/actes.py [--n 500] [--xsd ../shared/reference/actes/xsd/actesv1_1.xsd]
Ce n'est pas un test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from lxml import etree

from deliberations.actes.transmission import preparer_transmission
from deliberations.actes.verification import schema_officiel, verifier_transmission
from deliberations.model import Collectivite, Deliberation, TypeCollectivite

ICI = Path(__file__).resolve().parent
XSD = ICI.parent.parent / "shared" / "reference" / "actes" / "xsd" / "actesv1_1.xsd"


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--n", type=int, default=500)
    parseur.add_argument("--xsd", type=Path, default=XSD)
    a = parseur.parse_args()
    collectivite = Collectivite(
        nom="Commune d'essai",
        type=TypeCollectivite.COMMUNE,
        siren="218601946",
        departement="86",
        arrondissement="1",
    )
    debut = time.perf_counter()
    xmls: list[bytes] = []
    erreurs = 0
    for i in range(a.n):
        d = Deliberation(
            numero=f"D2024_{i}",
            objet=f"Délibération d'essai n° {i}",
            matiere="7.1",
            date=dt.date(2024, 1, 1),
        )
        t = preparer_transmission(
            collectivite,
            d,
            acte=("a.pdf", b"%PDF-1.7 x"),
            classification_date=dt.date(2019, 4, 18),
            date_envoi=dt.date(2024, 1, 2),
            adresses_retour=["actes@exemple.fr"],
        )
        erreurs += len(verifier_transmission(t, aujourd_hui=dt.date(2024, 1, 2)).erreurs)
        xmls.extend(c for _, c in t.fichiers()[:2])
    construire = time.perf_counter() - debut
    print(
        f"{a.n} actes préparés et vérifiés (règles de la bibliothèque) : {construire:.2f} s "
        f"({a.n / construire:,.0f} actes/s), {erreurs} erreurs".replace(",", " ")
    )
    if not a.xsd.exists():
        print(f"XSD officiel absent ({a.xsd}) : comparaison des validateurs sautée.")
        return
    schema = schema_officiel(a.xsd)
    documents = [etree.fromstring(x) for x in xmls]
    debut = time.perf_counter()
    valides_lxml = sum(schema.validate(doc) for doc in documents)
    t_lxml = time.perf_counter() - debut
    print(f"lxml XMLSchema compilé : {len(xmls)} XML en {t_lxml:.3f} s, {valides_lxml} valides")
    try:
        import xmlschema
    except ImportError:
        print("xmlschema non installé (extra « bench ») : comparaison sautée.")
        return
    debut = time.perf_counter()
    autre = xmlschema.XMLSchema(str(a.xsd))
    compilation = time.perf_counter() - debut
    debut = time.perf_counter()
    valides_xs = sum(autre.is_valid(x.decode("iso-8859-1").split("?>", 1)[1]) for x in xmls)
    t_xs = time.perf_counter() - debut
    print(
        f"xmlschema : compilation {compilation:.2f} s, {len(xmls)} XML en {t_xs:.3f} s, {valides_xs} valides"
    )
    print(f"rapport xmlschema / lxml (validation) : {t_xs / t_lxml:.1f}")


if __name__ == "__main__":
    main()
