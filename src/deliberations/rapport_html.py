"""Le rapport d'une vérification en une page HTML autonome, lisible par une personne.

Une seule page, sans script ni ressource externe (elle s'ouvre hors ligne dans tout
navigateur) : le verdict, le décompte des constats, puis un tableau des constats par
ligne ou par élément, chacun avec son article (CGCT…) ou sa règle (code du schéma).

>>> from deliberations.validation import Constat, Rapport
>>> r = Rapport([Constat(code="quorum.non-atteint", severite="erreur",
...     message="40 présents sur 86, 44 requis.", chemin="deliberations[0]",
...     article="CGCT art. L2121-17")])
>>> page = vers_html(r, titre="Séance du 26/09/2024")
>>> "<html lang=\\"fr\\">" in page, "Non valide" in page, "L2121-17" in page
(True, True, True)
>>> "http" in page.replace("http-equiv", "")
False
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from pathlib import Path

from deliberations.fichiers import ecrire_atomique
from deliberations.texte import echappe_invisibles
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["ecrire_html", "vers_html"]

_LIBELLES = {
    Severite.ERREUR: "Erreur",
    Severite.AVERTISSEMENT: "Avertissement",
    Severite.INFO: "Information",
}

_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;
color:#1b1b1b;background:#fff;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}
.verdict{font-size:1.2rem;font-weight:700;padding:.6rem 1rem;border-left:.5rem solid}
.valide{border-color:#18753c;background:#b8fec9}.non-valide{border-color:#ce0500;background:#ffe9e9}
table{border-collapse:collapse;width:100%;margin-top:1rem}
th,td{border:1px solid #929292;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}caption{text-align:left;font-weight:700;padding:.4rem 0}
.erreur{background:#ffe9e9}.avertissement{background:#fff4d6}
code{font-size:.95em}
"""


def _echapper(texte: object) -> str:
    """Échappe pour le HTML ; les caractères de contrôle et bidirectionnels (une valeur de
    cellule citée dans un constat peut en contenir) sont écrits ``\x1b``, ``\u202e``."""
    return html.escape(echappe_invisibles(str(texte)), quote=True)


def _decompte(rapport: Rapport) -> str:
    resume = rapport.resume()
    morceaux = [
        f"{resume['erreur']} erreur(s)",
        f"{resume['avertissement']} avertissement(s)",
        f"{resume['info']} information(s)",
    ]
    if rapport.omis:
        morceaux.append(
            f"{rapport.omis} constat(s) au-delà de la limite, omis : ni détaillés ci-dessous "
            "ni pris en compte par le verdict (relancez sans limite pour les voir)"
        )
    return ", ".join(morceaux)


def _ligne(constat: Constat) -> str:
    regle = (
        _echapper(constat.article)
        if constat.article
        else f"règle <code>{_echapper(constat.code)}</code>"
    )
    return (
        f'<tr class="{constat.severite.value}">'
        f"<td>{_LIBELLES[constat.severite]}</td>"
        f"<td>{_echapper(constat.chemin) or '(ensemble)'}</td>"
        f"<td>{_echapper(constat.message)}</td>"
        f"<td>{regle}</td>"
        f"<td><code>{_echapper(constat.code)}</code></td></tr>"
    )


def _section(titre: str, rapport: Rapport, ok: bool) -> str:
    verdict = "Valide" if ok else "Non valide"
    classe = "valide" if ok else "non-valide"
    morceaux = [
        f"<section><h2>{_echapper(titre)}</h2>",
        f'<p class="verdict {classe}">Verdict : {verdict}</p>',
        f"<p>{_decompte(rapport)}.</p>",
    ]
    if rapport.constats:
        morceaux += [
            "<table>",
            f"<caption>Constats ({len(rapport.constats)}), par ligne ou élément</caption>",
            '<thead><tr><th scope="col">Sévérité</th><th scope="col">Ligne ou élément</th>'
            '<th scope="col">Constat</th><th scope="col">Article ou règle</th>'
            '<th scope="col">Code</th></tr></thead><tbody>',
            *(_ligne(c) for c in rapport.constats),
            "</tbody></table>",
        ]
    else:
        morceaux.append("<p>Aucun constat.</p>")
    morceaux.append("</section>")
    return "\n".join(morceaux)


def vers_html(
    rapports: Rapport | Iterable[tuple[str, Rapport]],
    *,
    titre: str,
    source: str | None = None,
    verdict: bool | None = None,
) -> str:
    """La page HTML d'un rapport, ou de plusieurs rapports titrés (une section chacun).

    Le verdict général n'est « Valide » que si aucun rapport ne contient d'erreur ;
    ``verdict`` le remplace pour un rapport seul dont le verdict suit une autre règle
    (le verdict officiel SCDL, qui ignore le profil strict).
    """
    sections: Sequence[tuple[str, Rapport]] = (
        [("Résultat", rapports)] if isinstance(rapports, Rapport) else list(rapports)
    )
    verdicts = [r.ok for _, r in sections]
    if verdict is not None and isinstance(rapports, Rapport):
        verdicts = [verdict]
    tous_ok = all(verdicts)
    libelle = "Valide" if tous_ok else "Non valide"
    classe = "valide" if tous_ok else "non-valide"
    entete = [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_echapper(titre)} — {libelle}</title>",
        f"<style>{_STYLE}</style></head>",
        "<body><main>",
        f"<h1>{_echapper(titre)}</h1>",
    ]
    if source:
        entete.append(f"<p>Fichier vérifié : <code>{_echapper(source)}</code></p>")
    entete.append(f'<p class="verdict {classe}" id="verdict">Verdict général : {libelle}</p>')
    corps = [_section(t, r, ok) for (t, r), ok in zip(sections, verdicts, strict=True)]
    return "\n".join([*entete, *corps, "</main></body></html>", ""])


def ecrire_html(
    rapports: Rapport | Iterable[tuple[str, Rapport]],
    chemin: str | Path,
    *,
    titre: str,
    source: str | None = None,
    verdict: bool | None = None,
    ecraser: bool = False,
) -> None:
    """Écrit la page de `vers_html` dans un fichier (UTF-8), de façon atomique : jamais de
    fichier partiel, un fichier existant remplacé seulement avec ``ecraser=True``."""
    page = vers_html(rapports, titre=titre, source=source, verdict=verdict)
    ecrire_atomique(chemin, page.encode("utf-8"), ecraser=ecraser)
