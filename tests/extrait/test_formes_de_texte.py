"""Formes du texte copié : UTF-8 relu en Windows-1252 (« PrÃ©sents »), tabulations contre
un deux-points (« Présents\\t:\\tM. X », copie d'un traitement de texte), document tout en
capitales (registre dactylographié)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait.normalisation import normaliser, reencoder, segmenter
from deliberations.extrait.reconnaisseurs import procuration_courte
from tests.extrait.comparaison import projection
from tests.extrait.metamorphoses import relu_en_windows_1252

_TEXTE = (
    "COMMUNAUTÉ DE COMMUNES DU VAL D'ORÉE\n"
    "Séance du conseil communautaire du 26 septembre 2024\n"
    "Nombre de délégués en exercice : 6 - Présents : 4 - Votants : 5\n"
    "Sous la présidence de M. Léon ROUX, Président\n"
    "Présents : M. Léon ROUX, Mme Anne PÉTIT, M. Luc BLANC, Mme Iris VIDAL\n"
    "Pouvoirs : Mme Nadia BERGER à M. Luc BLANC\n"
    "Absent excusé : M. Marc FAURE\n"
    "Secrétaire de séance : Mme Anne PÉTIT\n"
    "Approbation du procès-verbal de la séance du 11 juillet 2024 : adopté à l’unanimité.\n"
    "Délibération n° 2024-31 : Tarifs de la déchèterie\n"
    "Le conseil communautaire, après en avoir délibéré, à l’unanimité, approuve les tarifs.\n"
)


_mojibake = relu_en_windows_1252


def test_texte_relu_en_windows_1252() -> None:
    sain = lire_extrait(_TEXTE)
    abime = lire_extrait(_mojibake(_TEXTE))
    assert sain.seance is not None and abime.seance is not None
    assert projection(abime.seance) == projection(sain.seance)
    assert projection(abime.seance)["collectivite"] == "COMMUNAUTÉ DE COMMUNES DU VAL D'ORÉE"
    assert "extrait.texte-reencode" in [c.code for c in abime.rapport]
    assert "extrait.texte-reencode" not in [c.code for c in sain.rapport]


def test_tabulations_contre_les_deux_points() -> None:
    sain = lire_extrait(_TEXTE)
    tabule = lire_extrait(_TEXTE.replace(" : ", "\t:\t"))
    assert sain.seance is not None and tabule.seance is not None
    assert projection(tabule.seance) == projection(sain.seance)
    # (l'approbation du procès-verbal, un titre suivi de son vote, et le point 2024-31 :
    # FORMAT.md, documents 132 et 142)
    assert len(projection(tabule.seance)["deliberations"]) == 2


def test_document_tout_en_capitales() -> None:
    """« NOMBRE DE DÉLÉGUÉS EN EXERCICE : 6 » d'un seul tenant, « MME X À M. Y » une
    procuration, une ligne en capitales pas un intertitre (tout le document l'est)."""
    sain = lire_extrait(_TEXTE)
    capitales = lire_extrait(_TEXTE.upper())
    assert sain.seance is not None and capitales.seance is not None
    lu, attendu = projection(capitales.seance), projection(sain.seance)
    assert lu["decomptes"] == attendu["decomptes"]
    assert lu["procurations"] == [["Nadia BERGER", "Luc BLANC"]]
    assert lu["absents"] == [] and lu["excuses"] == ["Marc FAURE"]
    # (l'approbation du procès-verbal, titre suivi de son vote, sans numéro : son rang)
    assert [d["numero"] for d in lu["deliberations"]] == ["1", "2024-31"]
    assert not any("NOMBRE DE" in c.message for c in capitales.rapport)


def test_prenom_en_capitales_coupe_en_fin_de_ligne() -> None:
    """« PRÉSENTS : …, MME SYLVIE » / « ARNAUD, M. DIDIER CHAMBON » : une personne, dont le
    NOM commence la ligne suivante (le prénom usuel le dit)."""
    texte = _TEXTE.replace(
        "Présents : M. Léon ROUX, Mme Anne PÉTIT, M. Luc BLANC, Mme Iris VIDAL\n",
        "PRÉSENTS : M. LÉON ROUX, PRÉSIDENT, MME SYLVIE\nARNAUD, M. LUC BLANC, MME IRIS VIDAL\n",
    ).replace("Secrétaire de séance : Mme Anne PÉTIT", "Secrétaire de séance : Mme Iris VIDAL")
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert projection(resultat.seance)["presents"] == ["Léon ROUX", "Sylvie ARNAUD", "Luc BLANC", "Iris VIDAL"]


@pytest.mark.parametrize(
    "en_tete",
    ["MAIRIE DE VAUDREY TÉL. 03 84 00 00 00", "COMMUNE DE VAUDREY CODE POSTAL 39380", "COMMUNE DE VAUDREY LE 30 SEPTEMBRE 2024"],
)
def test_en_tete_aplati_en_capitales(en_tete: str) -> None:
    """Le nom de la commune s'arrête devant le téléphone, le code postal ou une date."""
    resultat = lire_extrait(en_tete + " SÉANCE DU 26 SEPTEMBRE 2024 PRÉSENTS : M. PAUL ROUX")
    assert resultat.seance is not None
    lu = projection(resultat.seance)
    assert (lu["collectivite"], lu["date"]) == ("VAUDREY", "2024-09-26")


def test_capitales_intitules_et_procurations() -> None:
    assert [m for _, m in segmenter("NOMBRE DE CONSEILLERS EN EXERCICE : 6 - PRÉSENTS : 4")] == [
        "NOMBRE DE CONSEILLERS EN EXERCICE : 6 - PRÉSENTS : 4"
    ]
    assert [m for _, m in segmenter("M. X (arrivé au point 2) En exercice : 23")] == [
        "M. X (arrivé au point 2)",
        "En exercice : 23",
    ]
    assert procuration_courte("MME NADIA BERGER À M. LUC BLANC") == ("MME NADIA BERGER", "M. LUC BLANC")
    assert procuration_courte("MME NADIA BERGER A M. LUC BLANC") == ("MME NADIA BERGER", "M. LUC BLANC")
    # en casse mixte, « A » reste une initiale possible
    assert procuration_courte("Mme Nadia A BERGER à M. Luc BLANC") == ("Mme Nadia A BERGER", "M. Luc BLANC")


def test_monsieur_sans_point_ou_a_l_anglaise() -> None:
    """« M Paul ROUX », « Mr Luc BLANC », « MR FAURE » : la civilité « M. » ; « Paul M
    DURAND » garde l'initiale de son second prénom."""
    texte = (
        _TEXTE.replace("Sous la présidence de M. Léon ROUX, Président", "La séance est ouverte par M Léon ROUX.")
        .replace("Pouvoirs : Mme Nadia BERGER à M. Luc BLANC", "Pouvoir donné par Mme Nadia BERGER à Mr Luc BLANC")
        .replace("Absent excusé : M. Marc FAURE", "Absent excusé : MR FAURE")
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    lu = projection(resultat.seance)
    assert lu["president"] == "Léon ROUX"
    assert lu["procurations"] == [["Nadia BERGER", "Luc BLANC"]]
    assert lu["excuses"] == ["FAURE"]
    assert "Paul M DURAND" in normaliser("Présents : Paul M DURAND, Anne PETIT")


_FRANCAIS = st.text(
    alphabet=st.sampled_from("abcdeéèêëàâäîïôöùûüçœæ ÉÈÀÂÇÔÏÍÁÝ’«»°€–—…ABCXYZ:;,.-'0123456789\n\u00a0"),
    max_size=200,
)


@given(_FRANCAIS.filter(lambda t: re.search("Ã|â€|Â[°«»\u00a0]", _mojibake(t)) is not None))
def test_reencoder_repare_tout_texte_francais(texte: str) -> None:
    """Tout texte abîmé qui porte un indice sûr (une lettre accentuée, une apostrophe ou un
    tiret typographiques) est rendu tel qu'il était écrit."""
    repare, _ = reencoder(_mojibake(texte))
    assert repare == texte


@given(
    _FRANCAIS.filter(
        lambda t: "Ã" not in t
        and "â€" not in t
        and not re.search("Â[°«»\u00a0]", t)
        and not re.search(r"(?<=[\w)])Â(?= [:;!?»])", t)
    )
)
def test_reencoder_ne_touche_pas_un_texte_sain(texte: str) -> None:
    """Un texte français sans « Ã », « â€ », « Â° » ni « xÂ : » (jamais écrits en français)
    reste tel quel."""
    assert reencoder(texte) == (texte, 0)
