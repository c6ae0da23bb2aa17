"""Validation d'un fichier SCDL « deliberations » 2.1.5, en flux, sans limite de lignes.

Le verdict officiel reprend toutes les contraintes du schéma (obligation, types, motifs,
format ``uri``) et ses onze contrôles personnalisés tels que Validata les applique ; les
codes d'erreur sont ceux de Validata (``type-error``, ``constraint-error``,
``custom-check-error``, ``year-interval-value``, ``cohesive-columns-value``,
``compare-columns-value``, ``sum-columns-value``, ``missing-label``…). Le profil strict
ajoute, sous des codes ``strict.*`` bien séparés, ce que le texte du schéma exige sans que
personne ne le vérifie.

>>> entete = "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET"
>>> ligne = "Ville de Poitiers,21860194600013,D1,10/05/2023,7.1,Finances locales/Décisions budgétaires,Budget"
>>> rapport = valider_scdl((entete + "\\n" + ligne + "\\n").encode())
>>> rapport.ok
False
>>> for c in rapport.erreurs:
...     print(c.code, "|", c.chemin)
type-error | ligne 2, colonne DELIB_DATE
"""

from __future__ import annotations

import array
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable

from deliberations.scdl.entete import analyser_entete
from deliberations.scdl.schema import COLONNES
from deliberations.scdl.source import Source, SourceCSV
from deliberations.scdl.verifications import (
    date_iso,
    entier,
    message_annee,
    message_nomenclature,
    siret_valide,
    uri_valide,
)
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["Collecteur", "valider_scdl", "verdict_officiel"]

_MOTIFS = {c.nom: c.motif for c in COLONNES if c.motif is not None}
_PREF_ID = re.compile(r"^(?:(?:PREF|SGAR)(?:0\d[\dAB]|97\d)|SPREF(?:0\d[\dAB]|97\d)\d)$")


_MESSAGE_ENTIER = "La valeur doit être un nombre entier (valeur reçue : {})."


def verdict_officiel(rapport: Rapport) -> bool:
    """Vrai si le rapport ne contient aucune erreur hors profil strict."""
    return not any(
        c.severite is Severite.ERREUR and not c.code.startswith("strict.") for c in rapport
    )


class Collecteur:
    """Garde au plus ``limite`` constats et compte tous les autres par code."""

    def __init__(self, limite: int | None) -> None:
        self.limite = limite
        self.constats: list[Constat] = []
        self.omis = 0
        self.par_code: Counter[str] = Counter()

    def ajouter(self, constat: Constat) -> None:
        """Ajoute un constat (ou le compte seulement, au-delà de la limite)."""
        self.par_code[constat.code] += 1
        if self.limite is None or len(self.constats) < self.limite:
            self.constats.append(constat)
        else:
            self.omis += 1

    def erreur(self, code: str, ligne: int, colonne: str, message: str, valeur: str) -> None:
        """Raccourci pour une erreur de cellule."""
        self.ajouter(
            Constat(
                code=code,
                severite=Severite.ERREUR,
                message=message,
                chemin=f"ligne {ligne}, colonne {colonne}",
                details={"ligne": ligne, "colonne": colonne, "valeur": valeur},
            )
        )


def valider_scdl(
    source: Source,
    *,
    strict: bool = False,
    limite: int | None = 1000,
    aujourd_hui: dt.date | None = None,
    progression: Callable[[int], None] | None = None,
) -> Rapport:
    """Valide un fichier SCDL délibérations, une ligne à la fois.

    ``source`` est un chemin, des octets ou un flux binaire. ``limite`` borne le nombre de
    constats gardés (``None`` : tous) ; les autres sont comptés (``Rapport.omis`` et
    ``statistiques``). ``strict`` ajoute le profil strict. ``progression`` est appelée
    toutes les 10 000 lignes avec le nombre de lignes lues. Les numéros de ligne sont ceux
    de frictionless et Validata : l'en-tête est la ligne 1.
    """
    src = SourceCSV.ouvrir(source)
    collecteur = Collecteur(limite)
    try:
        lignes = _valider(src, collecteur, strict, aujourd_hui or dt.date.today(), progression)
    finally:
        src.fermer()
    stats = {
        "lignes": lignes,
        **{f"constats.{k}": v for k, v in sorted(collecteur.par_code.items())},
    }
    return Rapport(collecteur.constats, collecteur.omis, stats)


_ECARTS_SOURCE = {
    "encodage": ("encoding", Severite.INFO),
    "bom": ("bom", Severite.INFO),
    "separateur": ("dialect", Severite.INFO),
}
"""Validata accepte ces écarts : ce sont des informations, pas des erreurs."""


def _valider(
    src: SourceCSV,
    collecteur: Collecteur,
    strict: bool,
    aujourd_hui: dt.date,
    progression: Callable[[int], None] | None,
) -> int:
    for constat in src.ecarts(_ECARTS_SOURCE):
        collecteur.ajouter(constat)
    lecteur = src.lignes()
    entete = next(lecteur, None)
    if entete is None or not any(c.strip() for c in entete):
        collecteur.ajouter(
            Constat(
                code="blank-header",
                severite=Severite.ERREUR,
                message="Le fichier est vide ou sa première ligne (l'en-tête) est vide.",
                chemin="ligne 1",
            )
        )
        return 0
    analyse = analyser_entete(entete, tolerant=False)
    for constat in analyse.constats:
        collecteur.ajouter(constat)
    largeur = len(entete)
    pos = analyse.positions

    def p(nom: str) -> int:
        return pos.get(nom, -1)  # -1 : la cellule vide ajoutée en fin de ligne

    i_nom, i_siret, i_id, i_date = p("COLL_NOM"), p("COLL_SIRET"), p("DELIB_ID"), p("DELIB_DATE")
    i_code, i_mnom, i_objet = p("DELIB_MATIERE_CODE"), p("DELIB_MATIERE_NOM"), p("DELIB_OBJET")
    i_annee, i_bnom, i_pref, i_pdate = (
        p("BUDGET_ANNEE"),
        p("BUDGET_NOM"),
        p("PREF_ID"),
        p("PREF_DATE"),
    )
    i_eff, i_reel, i_pour = p("VOTE_EFFECTIF"), p("VOTE_REEL"), p("VOTE_POUR")
    i_contre, i_abst, i_url = p("VOTE_CONTRE"), p("VOTE_ABSTENTION"), p("DELIB_URL")
    budget_present = [n in pos for n in ("BUDGET_ANNEE", "BUDGET_NOM")]
    votes_noms = ("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")
    votes_present = [n in pos for n in votes_noms]
    for groupe, presents, tete in (
        (("BUDGET_ANNEE", "BUDGET_NOM"), budget_present, "BUDGET_ANNEE"),
        (votes_noms, votes_present, "VOTE_EFFECTIF"),
    ):
        if any(presents) and not all(presents):
            manquantes = ", ".join(n for n, v in zip(groupe, presents, strict=True) if not v)
            collecteur.ajouter(
                Constat(
                    code="cohesive-columns-value",
                    severite=Severite.ERREUR,
                    message=f"Les colonnes {', '.join(groupe)} vont ensemble ; il manque {manquantes}.",
                    chemin=f"en-tête, colonne {tete}",
                    details={"ligne": 1, "colonnes": ", ".join(groupe)},
                )
            )
    controle_budget = all(budget_present)
    controle_votes = all(votes_present)
    motif_siret = _MOTIFS["COLL_SIRET"]
    motif_code = _MOTIFS["DELIB_MATIERE_CODE"]
    motif_annee = _MOTIFS["BUDGET_ANNEE"]
    erreur = collecteur.erreur
    hachages = array.array("q") if strict else None
    lignes_hachees = array.array("l") if strict else None
    strict_matiere: dict[tuple[str, str], str | None] = {}
    numero = 1
    for numero, ligne in enumerate(lecteur, start=2):
        if progression is not None and numero % 10000 == 0:
            progression(numero - 1)
        n = len(ligne)
        if n != largeur:
            if n == 0 or (n == 1 and not ligne[0]):
                collecteur.ajouter(
                    Constat(
                        code="blank-row",
                        severite=Severite.ERREUR,
                        message="Ligne vide.",
                        chemin=f"ligne {numero}",
                        details={"ligne": numero},
                    )
                )
                continue
            if n > largeur:
                for k in range(largeur, n):
                    erreur(
                        "extra-cell",
                        numero,
                        "",
                        f"Cellule en trop (colonne {k + 1}, l'en-tête en a {largeur}).",
                        ligne[k],
                    )
            else:
                for k in range(n, largeur):
                    erreur(
                        "missing-cell",
                        numero,
                        entete[k],
                        f"Cellule manquante : la ligne a {n} cellules pour {largeur} colonnes.",
                        "",
                    )
            ligne = ligne[:largeur] + [""] * (largeur - n) if n < largeur else ligne[:largeur]
        elif not any(ligne):
            collecteur.ajouter(
                Constat(
                    code="blank-row",
                    severite=Severite.ERREUR,
                    message="Ligne vide.",
                    chemin=f"ligne {numero}",
                    details={"ligne": numero},
                )
            )
            continue
        ligne.append("")
        # -- obligatoires, types et motifs
        v = ligne[i_nom]
        if not v and i_nom >= 0:
            erreur("constraint-error", numero, "COLL_NOM", "La valeur est obligatoire.", v)
        siret = ligne[i_siret]
        if not siret:
            if i_siret >= 0:
                erreur(
                    "constraint-error", numero, "COLL_SIRET", "La valeur est obligatoire.", siret
                )
        else:
            if not motif_siret.match(siret):
                erreur(
                    "constraint-error",
                    numero,
                    "COLL_SIRET",
                    f"{siret} ne respecte pas le motif imposé (14 chiffres d'un seul tenant).",
                    siret,
                )
            if not siret_valide(siret):
                erreur(
                    "custom-check-error",
                    numero,
                    "COLL_SIRET",
                    "La valeur n'est pas conforme au format SIRET (clé de contrôle).",
                    siret,
                )
        ident = ligne[i_id]
        if not ident and i_id >= 0:
            erreur("constraint-error", numero, "DELIB_ID", "La valeur est obligatoire.", ident)
        texte_date = ligne[i_date]
        date = None
        if not texte_date:
            if i_date >= 0:
                erreur(
                    "constraint-error",
                    numero,
                    "DELIB_DATE",
                    "La valeur est obligatoire.",
                    texte_date,
                )
        else:
            date = date_iso(texte_date)
            if date is None:
                erreur(
                    "type-error",
                    numero,
                    "DELIB_DATE",
                    f"La date doit avoir la forme AAAA-MM-JJ, par exemple 2023-05-10 (reçu : {texte_date}).",
                    texte_date,
                )
        code_matiere = ligne[i_code]
        if not code_matiere:
            if i_code >= 0:
                erreur(
                    "constraint-error",
                    numero,
                    "DELIB_MATIERE_CODE",
                    "La valeur est obligatoire.",
                    code_matiere,
                )
        elif not motif_code.match(code_matiere):
            erreur(
                "constraint-error",
                numero,
                "DELIB_MATIERE_CODE",
                f"{code_matiere} ne respecte pas le motif imposé (par exemple 8.4).",
                code_matiere,
            )
        nom_matiere = ligne[i_mnom]
        if not nom_matiere:
            if i_mnom >= 0:
                erreur(
                    "constraint-error",
                    numero,
                    "DELIB_MATIERE_NOM",
                    "La valeur est obligatoire.",
                    nom_matiere,
                )
        else:
            raison = message_nomenclature(nom_matiere)
            if raison is not None:
                erreur(
                    "custom-check-error",
                    numero,
                    "DELIB_MATIERE_NOM",
                    f"Nom de matière invalide : {raison}.",
                    nom_matiere,
                )
        if not ligne[i_objet] and i_objet >= 0:
            erreur("constraint-error", numero, "DELIB_OBJET", "La valeur est obligatoire.", "")
        annee = ligne[i_annee]
        if annee:
            if not motif_annee.match(annee):
                erreur(
                    "constraint-error",
                    numero,
                    "BUDGET_ANNEE",
                    f"{annee} ne respecte pas le motif imposé (AAAA ou AAAA/AAAA).",
                    annee,
                )
            raison = message_annee(annee)
            if raison is not None:
                erreur(
                    "year-interval-value",
                    numero,
                    "BUDGET_ANNEE",
                    f"Année de budget invalide : {raison}.",
                    annee,
                )
        texte_pdate = ligne[i_pdate]
        pdate = None
        if texte_pdate:
            pdate = date_iso(texte_pdate)
            if pdate is None:
                erreur(
                    "type-error",
                    numero,
                    "PREF_DATE",
                    f"La date doit avoir la forme AAAA-MM-JJ (reçu : {texte_pdate}).",
                    texte_pdate,
                )
        # Les cinq colonnes de vote, déroulées à la main : c'est la boucle chaude (une
        # boucle sur les colonnes coûte environ 15 % du temps total de validation).
        brut = ligne[i_eff]
        eff = entier(brut) if brut else None
        if brut and eff is None:
            erreur("type-error", numero, "VOTE_EFFECTIF", _MESSAGE_ENTIER.format(brut), brut)
        brut = ligne[i_reel]
        reel = entier(brut) if brut else None
        if brut and reel is None:
            erreur("type-error", numero, "VOTE_REEL", _MESSAGE_ENTIER.format(brut), brut)
        brut = ligne[i_pour]
        pour = entier(brut) if brut else None
        if brut and pour is None:
            erreur("type-error", numero, "VOTE_POUR", _MESSAGE_ENTIER.format(brut), brut)
        brut = ligne[i_contre]
        contre = entier(brut) if brut else None
        if brut and contre is None:
            erreur("type-error", numero, "VOTE_CONTRE", _MESSAGE_ENTIER.format(brut), brut)
        brut = ligne[i_abst]
        abst = entier(brut) if brut else None
        if brut and abst is None:
            erreur("type-error", numero, "VOTE_ABSTENTION", _MESSAGE_ENTIER.format(brut), brut)
        votes = (eff, reel, pour, contre, abst)
        url = ligne[i_url]
        url_ok = True
        if url and not uri_valide(url):
            url_ok = False
            erreur(
                "type-error",
                numero,
                "DELIB_URL",
                "La valeur doit être une adresse de page internet (URL) complète, avec son schéma (https://…).",
                url,
            )
        # -- contrôles personnalisés (une cellule invalide compte comme vide)
        if controle_budget and bool(annee) != bool(ligne[i_bnom]):
            erreur(
                "cohesive-columns-value",
                numero,
                "BUDGET_ANNEE",
                "Les colonnes BUDGET_ANNEE et BUDGET_NOM doivent être toutes deux remplies ou toutes deux vides.",
                annee,
            )
        if controle_votes:
            vides = votes.count(None)
            if 0 < vides < 5:
                erreur(
                    "cohesive-columns-value",
                    numero,
                    "VOTE_EFFECTIF",
                    "Les colonnes VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE et VOTE_ABSTENTION "
                    "doivent toutes être remplies ou toutes vides.",
                    ligne[i_eff],
                )
        if pdate is not None and date is not None and pdate < date:
            erreur(
                "compare-columns-value",
                numero,
                "PREF_DATE",
                f"PREF_DATE ({texte_pdate}) devrait être postérieure ou égale à DELIB_DATE ({texte_date}).",
                texte_pdate,
            )
        if eff is not None and reel is not None and eff < reel:
            erreur(
                "compare-columns-value",
                numero,
                "VOTE_EFFECTIF",
                f"VOTE_EFFECTIF ({eff}) devrait être supérieur ou égal à VOTE_REEL ({reel}).",
                str(eff),
            )
        if reel is not None:
            for valeur, nom_vote in (
                (pour, "VOTE_POUR"),
                (contre, "VOTE_CONTRE"),
                (abst, "VOTE_ABSTENTION"),
            ):
                if valeur is not None and reel < valeur:
                    erreur(
                        "compare-columns-value",
                        numero,
                        "VOTE_REEL",
                        f"VOTE_REEL ({reel}) devrait être supérieur ou égal à {nom_vote} ({valeur}).",
                        str(reel),
                    )
            if (
                pour is not None
                and contre is not None
                and abst is not None
                and reel != pour + contre + abst
            ):
                erreur(
                    "sum-columns-value",
                    numero,
                    "VOTE_REEL",
                    f"La somme de VOTE_POUR, VOTE_CONTRE et VOTE_ABSTENTION ({pour + contre + abst}) "
                    f"est différente de VOTE_REEL ({reel}).",
                    str(reel),
                )
        if not strict:
            continue
        # -- profil strict
        cle = (code_matiere, nom_matiere)
        if cle not in strict_matiere:
            strict_matiere[cle] = _strict_matiere(code_matiere, nom_matiere)
        raison = strict_matiere[cle]
        if raison is not None:
            code_strict, message = raison.split("|", 1)
            erreur(code_strict, numero, "DELIB_MATIERE_CODE", message, code_matiere)
        if ident and hachages is not None and lignes_hachees is not None:
            hachages.append(hash((siret, ident)))
            lignes_hachees.append(numero)
        pref = ligne[i_pref]
        if pref and not _PREF_ID.match(pref):
            erreur(
                "strict.pref-id-format",
                numero,
                "PREF_ID",
                f"PREF_ID « {pref} » n'a pas la forme PREFNNN, SPREFNNNM ou SGARNNN.",
                pref,
            )
        if bool(pref) != bool(texte_pdate):
            erreur(
                "strict.pref-id-date",
                numero,
                "PREF_ID" if not pref else "PREF_DATE",
                "PREF_ID et PREF_DATE vont ensemble : l'un est rempli, l'autre non.",
                pref or texte_pdate,
            )
        for valeur, nom_vote in zip(votes, votes_noms, strict=True):
            if valeur is not None and valeur < 0:
                erreur(
                    "strict.vote-negatif",
                    numero,
                    nom_vote,
                    f"Décompte négatif ({valeur}).",
                    str(valeur),
                )
        if url and url_ok and any(c.isspace() for c in url):
            erreur("strict.url-espace", numero, "DELIB_URL", "L'adresse contient une espace.", url)
        for d, nom_date, texte in (
            (date, "DELIB_DATE", texte_date),
            (pdate, "PREF_DATE", texte_pdate),
        ):
            if d is not None and d > aujourd_hui:
                erreur(
                    "strict.date-future", numero, nom_date, f"Date dans le futur ({texte}).", texte
                )
    if hachages is not None and lignes_hachees is not None:
        _doublons(hachages, lignes_hachees, collecteur)
    return numero - 1


def _strict_matiere(code: str, nom: str) -> str | None:
    from deliberations import nomenclature

    if not code:
        return None
    try:
        matiere = nomenclature.matiere(code)
    except (nomenclature.MatiereInconnue, nomenclature.CodeMatiereInvalide):
        return f"strict.matiere-inconnue|Le code {code} n'existe pas dans la nomenclature ACTES."
    designee = nomenclature.depuis_nom_scdl(nom) if nom else None
    if (
        designee is not None
        and designee.code != matiere.code
        and not matiere.code.startswith(designee.code + ".")
    ):
        return (
            f"strict.matiere-code-nom|Le code {code} ({nomenclature.nom_scdl(code)}) ne correspond "
            f"pas au nom de matière « {nom} » ({designee.code})."
        )
    return None


def _doublons(hachages: array.array[int], lignes: array.array[int], collecteur: Collecteur) -> None:
    ordre = sorted(range(len(hachages)), key=hachages.__getitem__)
    for a, b in itertools.pairwise(ordre):
        if hachages[a] == hachages[b]:
            premiere, seconde = sorted((lignes[a], lignes[b]))
            collecteur.ajouter(
                Constat(
                    code="strict.delib-id-double",
                    severite=Severite.ERREUR,
                    message=f"DELIB_ID en double pour la même collectivité (lignes {premiere} et {seconde}).",
                    chemin=f"ligne {seconde}, colonne DELIB_ID",
                    details={"ligne": seconde, "colonne": "DELIB_ID", "premiere": premiere},
                )
            )
