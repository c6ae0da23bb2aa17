"""Réglages du service HTTP : tailles, délais et mémoire permis pour chaque requête."""

from __future__ import annotations

from typing import Any

import attrs

from deliberations.fichiers import MIO

__all__ = ["Configuration"]


def _positif(instance: object, attribut: attrs.Attribute[Any], valeur: float) -> None:
    if valeur <= 0:
        raise ValueError(f"{attribut.name} : doit être strictement positif (reçu {valeur}).")


@attrs.frozen(kw_only=True)
class Configuration:
    """Les limites du service.

    - ``taille_max`` : taille maximale d'un envoi, en octets (413 au-delà, vérifiée avant la
      lecture quand l'en-tête ``Content-Length`` est donné, au fil de la lecture sinon) ;
    - ``delai`` : temps de traitement maximal d'une requête, en secondes (503 au-delà : le
      processus de traitement est arrêté) ;
    - ``memoire_max`` : mémoire adressable maximale du processus qui traite une requête, en
      octets (413 au-delà) ;
    - ``travaux_simultanes`` : nombre de traitements menés en même temps (les autres attendent).

    >>> Configuration().taille_max // MIO, Configuration().delai
    (200, 60.0)
    """

    taille_max: int = attrs.field(default=200 * MIO, validator=_positif)
    delai: float = attrs.field(default=60.0, validator=_positif)
    memoire_max: int = attrs.field(default=2048 * MIO, validator=_positif)
    travaux_simultanes: int = attrs.field(default=4, validator=_positif)
