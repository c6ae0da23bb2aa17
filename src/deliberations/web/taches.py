"""Les traitements du service : un envoi (déjà enregistré dans un dossier temporaire) vers une
réponse HTTP. Chaque traitement rend le même JSON que la commande ``--format json``
correspondante de la ligne de commande.

Les erreurs de la bibliothèque deviennent des réponses d'erreur au statut qui convient :
413 pour une entrée trop grande, 422 pour un JSON valide qui ne décrit pas une séance,
400 pour une entrée illisible.

>>> import pathlib, tempfile
>>> envoi = pathlib.Path(tempfile.mkdtemp()) / "envoi.json"
>>> _ = envoi.write_text('{"seances": [{"date": "hier"}]}', "utf-8")
>>> reponse = executer("seances-validation", envoi, {})
>>> reponse.statut, reponse.type
(422, 'application/json')
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import attrs

from deliberations.erreurs import DonneesInvalides, ErreurDeliberations
from deliberations.fichiers import EntreeTropGrande
from deliberations.model import lire_json, vers_dict
from deliberations.validation import CATALOGUE, Constat, Rapport, Severite, valider

__all__ = ["TACHES", "ErreurRequete", "Reponse", "executer", "reponse_erreur"]

JSON = "application/json"
CSV = "text/csv; charset=utf-8"
HTML = "text/html; charset=utf-8"


@attrs.frozen
class Reponse:
    """Une réponse HTTP : statut, type de contenu et corps."""

    statut: int
    type: str
    corps: bytes


class ErreurRequete(ErreurDeliberations):
    """Une requête refusée, avec le statut HTTP qui convient."""

    def __init__(self, statut: int, message: str) -> None:
        self.statut = statut
        self.message = message
        super().__init__(message)


def _json(valeur: Any, statut: int = 200) -> Reponse:
    corps = json.dumps(valeur, ensure_ascii=False, indent=2).encode("utf-8")
    return Reponse(statut, JSON, corps)


def reponse_erreur(statut: int, message: str) -> Reponse:
    """La réponse d'erreur en JSON : ``{"erreur": {"statut": …, "message": …}}``."""
    return _json({"erreur": {"statut": statut, "message": message}}, statut)


def _html(options: Mapping[str, str]) -> bool:
    """Vrai pour ``format=html`` (le rapport HTML de la ligne de commande), faux pour
    ``format=json`` ou sans paramètre."""
    format_ = options.get("format", "json")
    if format_ not in ("json", "html"):
        raise ErreurRequete(400, f"paramètre format : « {format_} » (permis : json, html).")
    return format_ == "html"


def _page(html: str) -> Reponse:
    return Reponse(200, HTML, html.encode("utf-8"))


def _vrai(options: Mapping[str, str], nom: str) -> bool:
    valeur = options.get(nom, "").strip().lower()
    if valeur in ("", "0", "false", "faux", "non"):
        return False
    if valeur in ("1", "true", "vrai", "oui"):
        return True
    raise ErreurRequete(400, f"paramètre {nom} : « {valeur} » n'est ni vrai ni faux.")


def _seances_validation(chemin: Path, options: Mapping[str, str]) -> Reponse:
    sans = [r for r in options.get("sans", "").split(",") if r.strip()]
    try:
        catalogue = CATALOGUE.sans(*sans)
    except KeyError as erreur:
        raise ErreurRequete(400, f"paramètre sans : {erreur.args[0]}") from None
    registre = lire_json(chemin)
    rapports = [valider(s, catalogue, registre=registre) for s in registre.seances]
    if _html(options):
        from deliberations.cli.validation import page_html

        return _page(page_html(registre, rapports, _nom_client(options) or "envoi"))
    sortie = [
        {"seance": s.date.isoformat(), **r.vers_dict()}
        for s, r in zip(registre.seances, rapports, strict=True)
    ]
    return _json(sortie)


def _scdl_validation(chemin: Path, options: Mapping[str, str]) -> Reponse:
    from deliberations.cli.scdl import page_html, verdict
    from deliberations.scdl import valider_scdl

    strict = _vrai(options, "strict")
    rapport = valider_scdl(str(chemin), strict=strict, limite=1000)
    valide = verdict(rapport, strict)
    if _html(options):
        return _page(page_html(rapport, _nom_client(options) or "envoi", valide))
    return _json({"valide": valide, **rapport.vers_dict()})


def _scdl_conversion(chemin: Path, options: Mapping[str, str]) -> Reponse:
    from deliberations.scdl import ecrire_scdl

    registre = lire_json(chemin)
    sortie = io.StringIO()
    rapport = ecrire_scdl(registre, sortie, siret=options.get("siret") or None)
    if not rapport.ok:
        return _json(rapport.vers_dict(), 422)
    return Reponse(200, CSV, sortie.getvalue().encode("utf-8"))


def _extraits_lecture(chemin: Path, options: Mapping[str, str]) -> Reponse:
    from deliberations.extrait import lire_fichier

    format_ = options.get("format", "json")
    if format_ not in ("json", "scdl"):
        raise ErreurRequete(400, f"paramètre format : « {format_} » (permis : json, scdl).")
    resultat = lire_fichier(chemin)
    seance = resultat.seance
    if format_ == "scdl":
        from deliberations.scdl import ecrire_scdl

        if seance is None:
            return _json({"seance": None, "rapport": resultat.rapport.vers_dict()}, 422)
        sortie = io.StringIO()
        ecrire_scdl(seance, sortie, siret=options.get("siret") or None)
        return Reponse(200, CSV, sortie.getvalue().encode("utf-8"))
    corps = {
        "seance": vers_dict(seance) if seance is not None else None,
        "rapport": resultat.rapport.vers_dict(),
    }
    return _json(corps, 200 if seance is not None else 422)


def _nom_client(options: Mapping[str, str]) -> str | None:
    """Le nom de fichier donné par le client (paramètre ``nom``) : une étiquette pour les
    vérifications de nommage, jamais un chemin sur le disque."""
    nom = options.get("nom")
    if nom is None:
        return None
    if not nom or len(nom) > 255 or "/" in nom or "\\" in nom or not nom.isprintable():
        raise ErreurRequete(400, "paramètre nom : un nom de fichier simple est attendu.")
    return nom


_NOM_NON_VERIFIE = Constat(
    code="actes.nom-non-verifiable",
    severite=Severite.INFO,
    message="Nom du fichier non vérifiable : donnez-le avec le paramètre « nom ».",
)


def _actes_verification(chemin: Path, options: Mapping[str, str]) -> Reponse:
    from deliberations.actes.archive import lire_archive
    from deliberations.actes.verification import verifier_fichiers, verifier_xml

    nom = _nom_client(options)
    if chemin.suffix == ".xml":
        rapport = verifier_xml(chemin.read_bytes(), nom or "message.xml")
    else:
        rapport = verifier_fichiers(
            lire_archive(chemin), nom_archive=nom, taille_archive=chemin.stat().st_size
        )
    if nom is None:
        rapport = rapport + Rapport((_NOM_NON_VERIFIE,))
    if _html(options):
        from deliberations.cli.actes import page_html

        return _page(page_html(rapport, nom or "envoi"))
    return _json(rapport.vers_dict())


def _actes_lecture(chemin: Path, options: Mapping[str, str]) -> Reponse:
    from deliberations.actes.relecture import lire
    from deliberations.cli.actes import lecture_en_dict

    lu = lire(chemin)
    corps, _ = lecture_en_dict(lu)
    return _json({**corps, "rapport": lu.rapport.vers_dict()})


Tache = Callable[[Path, Mapping[str, str]], Reponse]

TACHES: dict[str, Tache] = {
    "seances-validation": _seances_validation,
    "scdl-validation": _scdl_validation,
    "scdl-conversion": _scdl_conversion,
    "extraits-lecture": _extraits_lecture,
    "actes-verification": _actes_verification,
    "actes-lecture": _actes_lecture,
}


def _statut(erreur: ErreurDeliberations) -> int:
    if isinstance(erreur, EntreeTropGrande):
        return 413
    if isinstance(erreur, DonneesInvalides):
        return 422
    return 400


def executer(tache: str, chemin: Path, options: Mapping[str, str]) -> Reponse:
    """Exécute le traitement ``tache`` sur l'envoi ``chemin`` ; jamais d'exception pour une
    donnée mauvaise : une réponse d'erreur en JSON."""
    try:
        return TACHES[tache](chemin, options)
    except ErreurRequete as erreur:
        return reponse_erreur(erreur.statut, erreur.message)
    except ErreurDeliberations as erreur:
        # Le chemin du dossier temporaire ne regarde pas le client : « envoi » à sa place.
        message = str(erreur).replace(str(chemin), "envoi")
        return reponse_erreur(_statut(erreur), message)
    except (MemoryError, RecursionError):
        return reponse_erreur(413, "entrée trop grande ou trop complexe pour être traitée.")
