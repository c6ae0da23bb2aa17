"""Bornes : taille maximale vérifiée avant tout travail, fichiers spéciaux refusés, entrées
construites pour faire revenir en arrière les expressions régulières, codes de sortie."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.cli import main
from deliberations.erreurs import FichierIllisible
from deliberations.extrait import Limites, TexteTropLong, lire_extrait, lire_fichier
from deliberations.extrait.normalisation import MORCEAU_MAX, segmenter

EXEMPLE = Path(__file__).parents[2] / "examples" / "extrait-dijon-metropole-2024-09-26.txt"


def test_texte_trop_long_refuse_avant_analyse() -> None:
    with pytest.raises(TexteTropLong, match="au plus 1000"):
        lire_extrait("x" * 1001, taille_max=1000)


def test_fichier_trop_gros_refuse_sur_sa_taille(tmp_path: Path) -> None:
    gros = tmp_path / "gros.txt"
    with open(gros, "wb") as flux:  # fichier creux : la taille, pas le contenu
        flux.truncate(50_000_000)
    with pytest.raises(FichierIllisible, match="trop volumineux"):
        lire_fichier(gros, Limites(taille_max=1_000_000))
    assert main(["extrait", "lire", str(gros), "--taille-max", "1000000"]) == 2


@pytest.mark.parametrize("une_ligne", [False, True])
def test_listes_bornees_en_personnes(une_ligne: bool) -> None:
    """Au-delà de ``personnes_max``, les lignes de liste ne sont pas lues : un constat le
    dit, et présences et procurations deviennent « non établies » (aucun verdict du CGCT
    n'en sera tiré)."""
    noms = [f"M. Jean NOM{i}" for i in range(200)]
    liste = ", ".join(noms) if une_ligne else "\n".join(noms)
    texte = f"COMMUNE DE VAUDREY\nSéance du 4 mai 2021\nPrésents :\n{liste}\n"
    texte += "Pouvoirs : M. Paul AUTRE donne pouvoir à M. Jean NOM1\n"
    resultat = lire_extrait(texte, personnes_max=10)
    assert resultat.seance is not None
    assert 10 <= len(resultat.seance.presents()) < 100  # à la ligne (ou au morceau) près
    assert [c.code for c in resultat.rapport].count("extrait.liste-trop-longue") == 1
    assert {"presences", "procurations"} <= resultat.non_etablis
    complet = lire_extrait(texte)
    assert complet.seance is not None and len(complet.seance.presents()) >= 200
    assert "extrait.liste-trop-longue" not in [c.code for c in complet.rapport]


def test_page_html_bornee_a_part(tmp_path: Path) -> None:
    page = tmp_path / "pv.html"
    page.write_text("<html><body><p>" + "x " * 2000 + "</p></body></html>", "utf-8")
    with pytest.raises(FichierIllisible, match="trop volumineux"):
        lire_fichier(page, Limites(html_taille_max=1000))
    with pytest.raises(TexteTropLong):
        lire_fichier(page, Limites(taille_max=1000))  # le texte de la page, lui aussi borné


def test_dossier_et_fichier_special_refuses(tmp_path: Path) -> None:
    with pytest.raises(FichierIllisible, match="dossier"):
        lire_fichier(tmp_path)
    with pytest.raises(FichierIllisible, match="dossier"):
        lire_fichier(tmp_path / ".")
    tube = tmp_path / "tube.txt"
    os.mkfifo(tube)
    with pytest.raises(FichierIllisible, match="ordinaire"):
        lire_fichier(tube)  # refusé sans attendre un écrivain


def test_longue_ligne_coupee_en_morceaux_bornes() -> None:
    ligne = "Présents : " + ", ".join(f"M. Jean NOM{i}" for i in range(5000))
    morceaux = list(segmenter(ligne))
    assert max(len(m) for _, m in morceaux) <= MORCEAU_MAX
    assert "".join(m for _, m in morceaux).replace(" ", "") == ligne.replace(" ", "")


@pytest.mark.parametrize(
    "motif",
    [
        "pouvoir à pouvoir à ",
        "représenté par représentée par ",
        "M. A ",
        "Mme Bé, ",
        "(suppléant de ",
        "a été désigné ",
        "arrivé au ",
    ],
)
def test_lignes_construites_bornees_par_la_taille(motif: str) -> None:
    """Une ligne construite autour des mots des reconnaisseurs : au-delà de la borne, l'erreur
    typée ; en deçà, une lecture (les morceaux bornés gardent la lecture linéaire)."""
    texte = "Présents : " + motif * 20_000
    with pytest.raises(TexteTropLong):
        lire_extrait(texte, taille_max=len(texte) - 1)
    resultat = lire_extrait("Séance du 3 mars 2021\n" + motif * 2000)
    assert resultat.seance is not None or not resultat.rapport.ok


def test_codes_de_sortie_de_extrait_lire(tmp_path: Path) -> None:
    assert main(["extrait", "lire", str(EXEMPLE)]) == 0
    sans_date = tmp_path / "sans-date.txt"
    sans_date.write_text("Présents : M. Jean DUPONT\n", encoding="utf-8")
    assert main(["extrait", "lire", str(sans_date)]) == 2  # aucune séance construite
    douteux = tmp_path / "douteux.txt"
    douteux.write_text("Séance du 3 mars 2021\nUne ligne quelconque\n", encoding="utf-8")
    assert main(["extrait", "lire", str(douteux)]) == 1


def test_entree_standard(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    class Entree:
        buffer = io.BytesIO(EXEMPLE.read_bytes())

    monkeypatch.setattr(sys, "stdin", Entree())
    assert lire_fichier("-").seance is not None
    Entree.buffer = io.BytesIO(b"x" * 2000)
    with pytest.raises(FichierIllisible, match="trop volumineux"):
        lire_fichier("-", Limites(taille_max=1000))


def test_constats_bornes_par_code_et_comptes() -> None:
    """Un texte de lignes illisibles ne donne pas un constat par ligne au-delà de
    ``CONSTATS_PAR_CODE`` : les suivants sont comptés, et un constat de même code le dit."""
    from deliberations.extrait.analyse import CONSTATS_PAR_CODE

    texte = "COMMUNE DE VAUDREY\nSéance du 4 mai 2021\n" + "vu\n" * (CONSTATS_PAR_CODE + 300)
    rapport = lire_extrait(texte).rapport
    codes = [c.code for c in rapport]
    assert codes.count("extrait.ligne-non-comprise") == CONSTATS_PAR_CODE + 1
    resume = [
        c for c in rapport if c.chemin == "document" and c.code == "extrait.ligne-non-comprise"
    ]
    assert len(resume) == 1 and dict(resume[0].details)["omis"] == 300 == rapport.omis
    assert resume[0].severite.value == "avertissement"


def test_lignes_comptees_avant_l_analyse(tmp_path: Path) -> None:
    """La taille ne borne pas le temps (l'analyse coûte par ligne) : au-delà de
    ``lignes_max`` lignes non vides, rien n'est lu ; les lignes vides ne comptent pas."""
    texte = "Séance du 3 mars 2021\n" + "x\n\n" * 30
    with pytest.raises(TexteTropLong, match="31 lignes non vides, au plus 30"):
        lire_extrait(texte, lignes_max=30)
    assert lire_extrait(texte, lignes_max=31).seance is not None
    fichier = tmp_path / "court.txt"
    fichier.write_text(texte, "utf-8")
    with pytest.raises(TexteTropLong, match=r"court\.txt : texte trop long"):
        lire_fichier(fichier, Limites(lignes_max=30))
    assert main(["extrait", "lire", str(fichier), "--lignes-max", "30"]) == 2


def test_lignes_comptees_apres_decoupage_d_un_texte_aplati() -> None:
    """Un texte sans retour à la ligne est découpé à ses intitulés : la borne vaut aussi pour
    les lignes qui en sortent."""
    texte = "Séance du 3 mars 2021 " + "Présents : M. Jean DUPONT. " * 40
    assert "\n" not in texte
    with pytest.raises(TexteTropLong, match="lignes non vides"):
        lire_extrait(texte, lignes_max=20)


def test_million_de_lignes_courtes_refuse_sans_analyse() -> None:
    """Un mégaoctet de lignes d'un caractère (sous la borne de taille) : refusé d'après le
    compte des lignes, sans passer par les reconnaisseurs."""
    texte = "x\n" * 500_000
    assert len(texte) <= Limites().taille_max
    with pytest.raises(TexteTropLong, match="500000 lignes non vides"):
        lire_extrait(texte)


def test_lignes_finies_par_retour_chariot_comptees() -> None:
    """Des lignes finies par « \\r » seul (ancien Mac) sont des lignes : la borne les compte
    avant la préparation."""
    with pytest.raises(TexteTropLong, match="lignes non vides"):
        lire_extrait("x\r" * 50, lignes_max=40)


def test_morceau_borne_coupe_devant_une_personne() -> None:
    """Sans point-virgule ni virgule, un morceau trop long est coupé devant une civilité ou un
    groupe « pour la commune de », jamais entre l'intitulé du groupe et sa première personne."""
    noms = " ".join(f"monsieur NOM{chr(65 + i % 26)} Paul" for i in range(40))
    ligne = f"Présents : pour la commune de VIRE : {noms} pour la commune de ORNE : madame ROBIN Odile"
    morceaux = [m for _, m in segmenter(ligne)]
    assert len(morceaux) > 1
    for suite in morceaux[1:]:
        assert suite.lstrip().startswith(("monsieur ", "madame ", "pour la commune")), suite
    assert not any(m.rstrip().endswith(":") for m in morceaux[:-1])


@given(st.lists(st.sampled_from(["monsieur", "madame", "pour", "la", "commune", "de", "X", ":", "NOM"]), max_size=400))
def test_morceaux_bornes_rendent_tout_le_texte(mots: list[str]) -> None:
    ligne = "Présents : " + " ".join(mots)
    morceaux = list(segmenter(ligne))
    assert all(len(m) <= MORCEAU_MAX for _, m in morceaux)
    assert "".join("".join(m.split()) for _, m in morceaux) == "".join(ligne.split())  # rien de perdu
