"""Banc de linéarité des extraits : le temps de lecture quand la taille de l'entrée double.

Entrées construites (issue des bornes) : 100 000 présents sur des lignes, 100 000
procurations, une seule ligne de plusieurs mégaoctets, des lignes construites autour de
« pouvoir », « représenté » et de noms courts. Pour chaque famille, la taille double
plusieurs fois et le rapport des temps successifs est imprimé : ≈ 2 pour une lecture
linéaire, ≈ 4 pour une lecture quadratique.

Usage : python benchmarks/extrait_lineaire.py [--depart 5000] [--etapes 4]
Ce n'est pas un test.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from deliberations.extrait import lire_extrait

ENTETE = "COMMUNE DE VAUDREY\nSéance du 4 mai 2021\n"


def _lettres(i: int) -> str:
    """« Bcd » pour 123 : un mot sans chiffre (les noms de lieux et de personnes n'en ont pas)."""
    return "".join("abcdefghij"[int(c)] for c in str(i)).capitalize()


FAMILLES: dict[str, Callable[[int], str]] = {
    "présents, un par ligne": lambda n: (
        ENTETE + "Présents :\n" + "\n".join(f"M. Jean NOM{i}" for i in range(n))
    ),
    "procurations, une par ligne": lambda n: (
        ENTETE
        + "Pouvoirs :\n"
        + "\n".join(f"M. Jean NOM{i} donne pouvoir à Mme Anne AUTRE{i}" for i in range(n))
    ),
    "une seule ligne": lambda n: (
        ENTETE.replace("\n", " ") + "Présents : " + ", ".join(f"M. Jean NOM{i}" for i in range(n))
    ),
    "« pouvoir à » répété": lambda n: ENTETE + "Pouvoirs : " + "pouvoir à " * n,
    "« représenté par » répété": lambda n: ENTETE + "Présents : " + "représentée par " * n,
    "noms courts": lambda n: ENTETE + "Présents : " + "M. A, " * n,
    "délégués et communes collés": lambda n: (
        ENTETE.replace("\n", " ")
        + "PRESENTS : "
        + " ".join(
            f"Saint-{_lettres(i)}-sur-Loire Mr {_lettres(i).upper()} Didier Val d'{_lettres(i)} "
            f"Agglomération Mme AUTRE{_lettres(i).upper()} Anne,"
            for i in range(10, n + 10)
        )
    ),
    "« COMMUNE : délégué » collés": lambda n: (
        ENTETE.replace("\n", " ")
        + "Présents : Canton de Vaudrey : "
        + " ".join(
            f"{_lettres(i).upper()} SUR {_lettres(i + 1).upper()} : Jean {_lettres(i).upper()}"
            for i in range(10, n + 10)
        )
    ),
    "« pour la commune de X : » collés": lambda n: (
        ENTETE.replace("\n", " ")
        + "Étaient présents : "
        + " ".join(
            f"pour la commune de {_lettres(i).upper()} : madame {_lettres(i).upper()} Anne "
            f"monsieur AUTRE{_lettres(i).upper()} Luc (suppléant de monsieur {_lettres(i).upper()} Paul)"
            for i in range(10, n // 2 + 10)
        )
    ),
    "« X, Maire (pouvoir de Y) » en liste": lambda n: (
        ENTETE
        + "Présents : "
        + ", ".join(
            f"Jean NOM{_lettres(i).upper()}, Adjoint (pouvoir de Anne AUTRE{i})" for i in range(n)
        )
        + "\nProcurations : "
        + ", ".join(f"Anne AUTRE{i} (pouvoir à Jean NOM{_lettres(i).upper()})" for i in range(n))
    ),
    "points « N TITRE » sur une ligne": lambda n: (
        ENTETE.replace("\n", " ")
        + "Présents : M. Jean NOM, Mme Anne AUTRE. "
        + " ".join(
            f"{i % 90 + 1} TARIFS DU PORT {_lettres(i).upper()} Le Maire expose. Adopté à l "
            f"unanimité. N° 2021/{i % 900 + 1} INDEMNITE {_lettres(i).upper()} Pour : 8 Contre : 1."
            for i in range(n // 8)
        )
    ),
    "titres « Objet : vote » et puces": lambda n: (
        ENTETE
        + "Présents : M. Jean NOM, Mme Anne AUTRE\n"
        + "\n".join(
            f"{i}. Budget {_lettres(i)} : adopté par 15 voix pour et 2 abstentions.\n"
            f"- Tarifs {_lettres(i)} : approuvé à l'unanimité.\nN° 2021/{i % 900 + 1}\n"
            f"OBJET {_lettres(i).upper()}\nPour : 9 (1 + 1 procuration : A. B)"
            for i in range(1, n // 8)
        )
    ),
    "titres « X : Après en avoir délibéré »": lambda n: (
        ENTETE.replace("\n", " ")
        + "Etaient présents : MM. NOM, AUTRE. Secrétaire de séance : M. NOM. "
        + " ".join(
            f"Budget {_lettres(i)} : Après en avoir délibéré, le Conseil Municipal décide par 2 "
            f"voix pour et 1 abstention. Tarifs {_lettres(i)} :"
            for i in range(n // 8)
        )
    ),
    "présents en prose et ordre du jour": lambda n: (
        ENTETE.replace("\n", " ")
        + "Le conseil se réunit à la mairie de Vaudrey. "
        + ", ".join(f"Jean {_lettres(i)}" for i in range(n // 4))
        + " formant la majorité des membres en exercice sont présents. Ordre du Jour - "
        + " ; - ".join(f"Point {_lettres(i)}" for i in range(n // 8))
        + ". "
        + " ".join(
            f"Point {_lettres(i)} Le maire présente. Vote : unanimité." for i in range(n // 8)
        )
    ),
    "intitulés vides, un par ligne": lambda n: ENTETE + "Absent :\n" * n,
    "nombres puis libellés répétés": lambda n: (
        ENTETE.replace("\n", " ")
        + " ".join(
            "19 14 2 16 Nombre de Conseillers en exercice Présents Procurations Votants N° 2015 9 4"
            for _ in range(n // 8)
        )
    ),
}


def mesurer(texte: str) -> float:
    debut = time.perf_counter()
    lire_extrait(texte, taille_max=len(texte), lignes_max=len(texte))
    return time.perf_counter() - debut


def main() -> None:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--depart", type=int, default=5000)
    parseur.add_argument("--etapes", type=int, default=4)
    a = parseur.parse_args()
    print(f"{'famille':30} {'taille (ko)':>12} {'durée (s)':>10} {'rapport':>8}")
    for nom, fabrique in FAMILLES.items():
        precedente = None
        for etape in range(a.etapes):
            texte = fabrique(a.depart * 2**etape)
            duree = mesurer(texte)
            rapport = f"{duree / precedente:8.2f}" if precedente else f"{'':8}"
            print(f"{nom:30} {len(texte) / 1000:12.0f} {duree:10.3f} {rapport}")
            precedente = duree


if __name__ == "__main__":
    main()
