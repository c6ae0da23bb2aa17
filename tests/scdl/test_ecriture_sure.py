"""Écrivain SCDL : ce que le format ne tient pas, sorties sûres, datapackage ; lecteur : fermeture,
sauts de ligne, fichier tronqué, bornes."""

from __future__ import annotations

import codecs
import gc
import io
import json
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from deliberations.erreurs import FichierIllisible
from deliberations.fichiers import SortieExistante, SortieRefusee
from deliberations.model import Registre, Transmission, lire_seance
from deliberations.scdl import ecrire_scdl, lire_scdl, valider_scdl, verdict_officiel
from deliberations.scdl.ecriture import datapackage
from deliberations.scdl.schema import SCHEMA
from tests.conftest import EXEMPLE_SEED
from tests.scdl.validata_externe import lancer

SIRET = "24210041000016"


def _seance_riche() -> Any:
    seance = lire_seance(EXEMPLE_SEED)
    d = seance.deliberations[0]
    riche = attrs.evolve(
        d,
        theme="Solidarités",
        expose="Exposé des motifs.",
        dispositif=("Article 1 : approuve.",),
        matiere="8.2.1",
        transmission=Transmission(
            prefecture="PREF021", identifiant_actes="021-242100410-20240926-X-DE"
        ),
    )
    return attrs.evolve(seance, deliberations=[riche, attrs.evolve(riche, numero="20240926_002")])


def test_champs_non_representes_dits_une_fois_par_champ() -> None:
    sortie = io.StringIO()
    rapport = ecrire_scdl(_seance_riche(), sortie, siret=SIRET)
    pertes = {
        c.chemin: dict(c.details)["deliberations"]
        for c in rapport
        if c.code == "ecriture.non-represente"
    }
    for champ in (
        "theme",
        "expose",
        "dispositif",
        "transmission.identifiant_actes",
        "scrutin.resultat",
    ):
        assert pertes.get(champ) == 2, champ
    assert pertes["matiere (niveaux 3 et suivants)"] == 2
    assert len([c for c in rapport if c.chemin == "theme"]) == 1
    lignes = sortie.getvalue().splitlines()
    assert lignes[1].split(",")[4] == "8.2"  # niveau 3 écrit au niveau 2, avec le constat


def test_url_avec_espaces_encodee_et_valide_au_profil_strict(tmp_path: Path) -> None:
    seance = lire_seance(EXEMPLE_SEED)
    d = attrs.evolve(seance.deliberations[0], url="https://exemple.fr/délib 12.pdf")
    sortie = tmp_path / "u.csv"
    ecrire_scdl(attrs.evolve(seance, deliberations=[d]), sortie, siret=SIRET)
    assert "https://exemple.fr/délib%2012.pdf" in sortie.read_text("utf-8")
    assert valider_scdl(sortie, strict=True).ok


def test_sortie_existante_lien_entree_refuses(tmp_path: Path) -> None:
    seance = lire_seance(EXEMPLE_SEED)
    sortie = tmp_path / "d.csv"
    ecrire_scdl(seance, sortie, siret=SIRET)
    avant = sortie.read_bytes()
    with pytest.raises(SortieExistante):
        ecrire_scdl(seance, sortie, siret="21860194600013")
    assert sortie.read_bytes() == avant
    ecrire_scdl(seance, sortie, siret="21860194600013", ecraser=True)
    assert b"21860194600013" in sortie.read_bytes()
    lien = tmp_path / "lien.csv"
    lien.symlink_to(tmp_path / "ailleurs.csv")
    with pytest.raises(SortieRefusee, match="lien"):
        ecrire_scdl(seance, lien, siret=SIRET, ecraser=True)
    assert not (tmp_path / "ailleurs.csv").exists()
    with pytest.raises(SortieRefusee, match="entrée"):
        ecrire_scdl(seance, sortie, siret=SIRET, ecraser=True, entrees=[sortie])


def test_aucune_deliberation_aucun_fichier(tmp_path: Path) -> None:
    sortie = tmp_path / "vide.csv"
    rapport = ecrire_scdl(Registre(seances=[]), sortie)
    assert [c.code for c in rapport.erreurs] == ["ecriture.vide"]
    assert dict(rapport.statistiques)["lignes"] == 0
    assert not sortie.exists() and list(tmp_path.iterdir()) == []


def test_erreur_pendant_l_ecriture_ne_laisse_aucun_fichier(tmp_path: Path) -> None:
    seance = lire_seance(EXEMPLE_SEED)

    def seances() -> Any:
        yield seance
        raise RuntimeError("interrompu")

    with pytest.raises(RuntimeError):
        ecrire_scdl(seances(), tmp_path / "x.csv", siret=SIRET)
    assert list(tmp_path.iterdir()) == []


def test_datapackage_designe_le_schema_officiel(tmp_path: Path) -> None:
    sortie = tmp_path / "Délibérations 2024.csv"
    ecrire_scdl(lire_seance(EXEMPLE_SEED), sortie, siret=SIRET)
    paquet = json.loads(datapackage(sortie).read_text("utf-8"))
    (ressource,) = paquet["resources"]
    assert ressource["path"] == sortie.name
    assert ressource["schema"] == SCHEMA.url
    assert ressource["schema"].startswith("https://schema.data.gouv.fr/schemas/scdl/deliberations/")
    with pytest.raises(SortieExistante):
        datapackage(sortie)


def test_datapackage_lu_par_frictionless(tmp_path: Path, reference: Path) -> None:
    sortie = tmp_path / "d.csv"
    ecrire_scdl(lire_seance(EXEMPLE_SEED), sortie, siret=SIRET)
    paquet = json.loads(datapackage(sortie).read_text("utf-8"))
    # Hors ligne : le schéma officiel est remplacé par la copie de référence, même contenu.
    paquet["resources"][0]["schema"] = str(reference / "scdl" / "deliberations-2.1.5.schema.json")
    (tmp_path / "datapackage.json").write_text(json.dumps(paquet), "utf-8")
    schema = reference / "scdl" / "deliberations-2.1.5.schema.json"
    assert lancer("paquet", tmp_path / "datapackage.json", schema)["valid"]


# ------------------------------------------------------------------ lecteur


def test_sortie_anticipee_du_with_sans_message(tmp_path: Path) -> None:
    fichier = tmp_path / "d.csv"
    ecrire_scdl(_seance_riche(), fichier, siret=SIRET)
    non_levables: list[object] = []
    ancien = sys.unraisablehook
    sys.unraisablehook = non_levables.append
    try:
        with lire_scdl(fichier) as lecteur:
            for _ligne in lecteur:
                break
        lecteur.close()  # deux fois : sans effet
        lecteur.fermer()
        del lecteur
        gc.collect()
    finally:
        sys.unraisablehook = ancien
    assert non_levables == []


def test_sauts_de_ligne_dans_l_objet_signales(tmp_path: Path) -> None:
    seance = lire_seance(EXEMPLE_SEED)
    texte = io.StringIO()
    ecrire_scdl(seance, texte, siret=SIRET)
    donnees = texte.getvalue().replace("Avenant", "Avenant\nsur deux lignes", 1)
    with lire_scdl(donnees.encode()) as lecteur:
        (ligne,) = list(lecteur)
    (constat,) = [c for c in ligne.constats if c.code == "reparation.saut-de-ligne"]
    assert dict(constat.details)["colonne"] == "DELIB_OBJET" and dict(constat.details)["ligne"] == 2
    assert "\n" in ligne.brut["DELIB_OBJET"]


@pytest.mark.parametrize("donnees", [b"", codecs.BOM_UTF8], ids=["vide", "bom"])
def test_lecteur_fichier_vide_illisible(donnees: bytes) -> None:
    with pytest.raises(FichierIllisible, match="vide"):
        lire_scdl(donnees)


def test_lecteur_utf16() -> None:
    texte = io.StringIO()
    ecrire_scdl(lire_seance(EXEMPLE_SEED), texte, siret=SIRET)
    donnees = codecs.BOM_UTF16_LE + texte.getvalue().replace(",", "\t").encode("utf-16-le")
    with lire_scdl(donnees) as lecteur:
        (ligne,) = list(lecteur)
    assert ligne.deliberation is not None and ligne.collectivite is not None


def test_tronque_meme_verdict_que_le_validateur() -> None:
    texte = io.StringIO()
    ecrire_scdl(lire_seance(EXEMPLE_SEED), texte, siret=SIRET)
    donnees = texte.getvalue().rstrip("\r\n").rsplit(",", 1)[0] + ',"https://exemple.fr/d'
    with lire_scdl(donnees.encode()) as lecteur:
        list(lecteur)
    assert not lecteur.rapport.ok
    assert "source-error" in lecteur.rapport.codes()
    assert not verdict_officiel(valider_scdl(donnees.encode()))
