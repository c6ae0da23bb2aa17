"""Comparaison d'une séance lue avec un attendu du corpus (règles de ``corpus/FORMAT.md``).

Partagé par le test du corpus et le banc de qualité (``benchmarks/extrait_qualite.py``) :
chaque champ est « juste », « faux » ou « manquant » (l'analyseur n'a rien dit alors que le
document le dit) ; un champ faux est « signalé » si le rapport porte un constat
(avertissement ou erreur) qui le concerne.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from deliberations.extrait import ResultatExtrait, lire_extrait, lire_fichier
from deliberations.model import Elu, Seance, StatutPresence
from deliberations.texte import cle_texte

CORPUS = Path(__file__).parent / "corpus"

CHAMPS = (
    "collectivite",
    "type",
    "organe",
    "date",
    "convocation",
    "president",
    "secretaires",
    "decomptes",
    "presents",
    "absents",
    "excuses",
    "procurations",
    "suppleances",
    "mouvements",
    "deliberations",
)

_LISTES = (
    "extrait.ligne-non-comprise",
    "extrait.intitule-inconnu",
    "extrait.decompte",
    "extrait.membres-incomplets",
    "extrait.presents",
    "extrait.personne",
    "extrait.groupe",
    "extrait.texte-aplati",
    "extrait.mandataire",
    "extrait.procuration",
    "extrait.suppleant",
    "extrait.nom-illisible",
    "extrait.nom-ambigu",
    "extrait.intitules-a-la-suite",
    "extrait.absence-partielle",
)
# Constats qui signalent qu'un champ peut être faux ou incomplet.
SIGNALES: dict[str, tuple[str, ...]] = {
    "collectivite": ("extrait.collectivite", "extrait.organe-divergent"),
    "type": ("extrait.collectivite", "extrait.organe"),
    "organe": ("extrait.organe",),
    "date": ("extrait.date", "extrait.annee-deduite"),
    "convocation": ("extrait.convocation", "extrait.date-convocation", "extrait.date-seance-non-tenue"),
    "president": ("extrait.president", "extrait.personne-inconnue", "extrait.nom-ambigu"),
    "secretaires": ("extrait.secretaire", "extrait.personne-inconnue", "extrait.nom-ambigu"),
    "decomptes": ("extrait.decompte", "extrait.membres-incomplets"),
    "presents": _LISTES,
    "absents": _LISTES,
    "excuses": _LISTES,
    "procurations": (
        "extrait.nom-ambigu",
        "extrait.mandataire",
        "extrait.procuration",
        "extrait.ligne-non-comprise",
        "extrait.decompte",
        "extrait.intitule-inconnu",
        "extrait.texte-aplati",
    ),
    "suppleances": (
        "extrait.suppleant",
        "extrait.ligne-non-comprise",
        "extrait.intitule-inconnu",
        "extrait.texte-aplati",
        "extrait.nom-ambigu",
    ),
    "mouvements": (
        "extrait.personne-inconnue",
        "extrait.mouvement",
        "extrait.depart-deduit",
        "extrait.nom-ambigu",  # l'ordre prénom / nom de tous les noms en capitales
    ),
    "deliberations": (
        "extrait.objet",
        "extrait.texte-aplati",
        "extrait.scrutin",
        "extrait.vote",
        "extrait.deliberation",
        "extrait.ligne-non-comprise",
        "extrait.votants",
        "extrait.suffrages",
    ),
}


def documents(premier_corpus: bool = False) -> list[Path]:
    """Les documents 101 et suivants (texte et HTML), triés ; avec ``premier_corpus``, les
    documents 01 à 20 aussi."""
    motif = r"^\d{2,3}-" if premier_corpus else r"^\d{3}-"
    return sorted(
        p
        for p in CORPUS.iterdir()
        if re.match(motif, p.name) and p.suffix in (".txt", ".html", ".htm")
    )


def attendu_de(document: Path) -> Path:
    return document.with_name(document.stem + ".attendu.json")


def cle(valeur: str | None) -> str | None:
    """Casse, accents et espaces ignorés (et les espaces autour d'un trait d'union)."""
    if valeur is None:
        return None
    return re.sub(r"\s*-\s*", "-", cle_texte(valeur))


def cle_collectivite(valeur: str | None) -> str | None:
    """Pour une commune, le nom seul : « COMMUNE DE X » (premier corpus) se compare à « X »."""
    valeur = cle(valeur)
    if valeur is None:
        return None
    valeur = valeur.replace("-", " ")  # « Saint Aubin » et « Saint-Aubin » : la même commune
    valeur = re.sub(r"^(?:commune|ville|mairie)\s+(?:de\s+|d'|du\s+|des\s+)", "", valeur)
    return re.sub(r"^(?:la|le|les)\s+|^l'", "", valeur)


def nom(e: Elu | None) -> str | None:
    if e is None:
        return None
    return f"{e.prenom} {e.nom}" if e.prenom else e.nom


def _personnes(valeurs: list[str | None]) -> list[str | None]:
    return sorted((cle(v) for v in valeurs), key=lambda x: x or "")


def _scrutin(d: Any) -> dict[str, Any] | None:
    if not d.scrutins:
        return None
    sc = d.scrutins[0]
    return {
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


def projection(s: Seance) -> dict[str, Any]:
    """La séance dans la forme des attendus (clés de FORMAT.md)."""

    def statut(*statuts: StatutPresence) -> list[str | None]:
        return [nom(p.elu) for p in s.presences if p.statut in statuts]

    d = s.decomptes
    return {
        "collectivite": s.assemblee.collectivite.nom
        if s.assemblee.collectivite.nom != "(collectivité non indiquée)"
        else None,
        "type": s.assemblee.collectivite.type.value if s.assemblee.collectivite.type else None,
        "organe": s.assemblee.organe.value,
        "date": s.date.isoformat(),
        "convocation": s.date_convocation.isoformat() if s.date_convocation else None,
        "president": nom(s.president),
        "secretaires": [nom(e) for e in s.secretaires],
        "decomptes": {
            "membres": d.membres if d else None,
            "en_exercice": d.en_exercice if d else None,
            "presents": d.presents if d else None,
            "absents": d.absents if d else None,
            "procurations": d.procurations if d else None,
            "votants": d.votants if d else None,
        },
        "presents": statut(StatutPresence.PRESENT),
        "absents": statut(StatutPresence.ABSENT),
        "excuses": statut(StatutPresence.EXCUSE),
        "procurations": [[nom(p.mandant), nom(p.mandataire)] for p in s.procurations]
        + [
            [nom(p.elu), None]  # représenté sans que le document nomme le mandataire
            for p in s.presences
            if p.statut is StatutPresence.REPRESENTE and s.procuration_de(p.elu) is None
        ],
        "suppleances": [
            [nom(p.suppleant), nom(p.elu)]
            if p.statut is StatutPresence.REMPLACE
            else [nom(p.elu), None]  # suppléant qui siège pour un titulaire non nommé
            for p in s.presences
            if p.statut in (StatutPresence.REMPLACE, StatutPresence.SUPPLEANT)
        ],
        "mouvements": {
            nom(p.elu): [p.arrivee_point, p.depart_point]
            for p in s.presences
            if p.arrivee_point is not None or p.depart_point is not None
        },
        "deliberations": [
            {"numero": x.numero, "objet": x.objet, "scrutin": _scrutin(x)} for x in s.deliberations
        ],
    }


def _objet(valeur: str | None) -> str | None:
    """L'objet comparé sans son point final (« Budget primitif 2022. » = « Budget primitif 2022 »)."""
    propre = cle(valeur)
    return propre.rstrip(" .") if propre is not None else None


def _normal(champ: str, valeur: Any) -> Any:
    """La valeur comparable d'un champ (règles de FORMAT.md)."""
    if champ == "collectivite":
        return cle_collectivite(valeur)
    if champ == "president":
        return cle(valeur)
    if champ in ("presents", "absents", "excuses", "secretaires"):
        return _personnes(valeur or [])
    if champ in ("procurations", "suppleances"):
        return sorted(([cle(a), cle(b)] for a, b in valeur or []), key=repr)
    if champ == "mouvements":
        return {cle(k): list(v) for k, v in (valeur or {}).items()}
    if champ == "decomptes":
        return {k: v for k, v in (valeur or {}).items() if v is not None}
    if champ == "deliberations":
        return [
            (
                cle(x.get("numero")) if x.get("numero") is not None else None,
                _objet(x.get("objet")),
                x.get("scrutin"),
            )
            for x in valeur or []
        ]
    return valeur


def _vide(valeur: Any) -> bool:
    return valeur in (None, [], {}, ())


def comparer(resultat: ResultatExtrait, attendu: dict[str, Any]) -> dict[str, str]:
    """Pour chaque champ : « juste », « faux », « manquant » ; « faux-signale » si un
    constat le concerne. Sans séance, tout champ attendu non vide est « manquant »."""
    verdicts: dict[str, str] = {}
    obtenu = projection(resultat.seance) if resultat.seance is not None else {}
    codes = [c.code for c in resultat.rapport.filtrer(au_moins="avertissement")]
    mandants_a = {cle(m) for m, _ in attendu.get("procurations") or []} | {
        cle(t) for _, t in attendu.get("suppleances") or [] if t
    }
    mandants_o = {cle(m) for m, _ in obtenu.get("procurations") or []} | {
        cle(t) for _, t in obtenu.get("suppleances") or [] if t
    }
    for champ in CHAMPS:
        if champ not in attendu:
            continue
        a = _normal(champ, attendu[champ])
        o = _normal(champ, obtenu.get(champ))
        if champ in ("excuses", "absents"):
            # un mandant est « représenté » dans le modèle ; qu'il soit aussi rangé parmi les
            # excusés ou les absents n'est pas comparé (il l'est dans « procurations »)
            a = [x for x in a if x not in mandants_a]
            o = [x for x in o if x not in mandants_o]
        if champ == "deliberations" and isinstance(o, list) and len(o) == len(a):
            # numéro absent du document : l'analyseur donne le rang (constat numero-absent)
            o = [(None if x[0] is None else y[0], *y[1:]) for x, y in zip(a, o, strict=True)]
        if a == o:
            verdicts[champ] = "juste"
        elif _vide(o) or (champ == "decomptes" and all(a.get(k) == v for k, v in o.items())):
            # rien, ou des nombres justes mais pas tous : une valeur manque, aucune n'est fausse
            verdicts[champ] = "manquant"
        else:
            signale = any(c.startswith(p) for c in codes for p in SIGNALES[champ])
            verdicts[champ] = "faux-signale" if signale else "faux"
    return verdicts


def lire(document: Path) -> ResultatExtrait:
    return lire_fichier(document)


def seance_lue(texte: str) -> Seance:
    """La séance lue d'un texte court de test (qui doit en donner une)."""
    seance = lire_extrait(texte).seance
    assert seance is not None, texte
    return seance


def noms_de_statut(seance: Seance, statut: StatutPresence) -> list[str]:
    """« Prénom NOM » (ou le NOM seul) des membres d'un statut, dans l'ordre de la séance."""
    return [nom(p.elu) or "" for p in seance.presences if p.statut is statut]


def aplati(texte: str) -> str:
    """Le texte sur une seule ligne, comme une page ou un PDF copié sans retours à la ligne."""
    return " ".join(texte.split())


def en_lignes(texte: str) -> str:
    """Le texte tel quel, ligne à ligne."""
    return texte


FORMES = [en_lignes, aplati]
"""Les deux formes sous lesquelles une même mise en page est lue dans les tests de session."""
