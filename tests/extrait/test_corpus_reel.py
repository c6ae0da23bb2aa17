"""Le corpus modelé sur des documents publiés (101 et suivants) : chaque document se lit
exactement comme son attendu, écrit à la main (règles de comparaison de ``FORMAT.md``).

Un document qui ne se lit pas encore exactement figure dans :data:`ECARTS` avec la raison
précise ; le test est alors un ``xfail`` strict : il échoue le jour où le document se lit
exactement, pour qu'on retire l'écart.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.extrait.comparaison import attendu_de, comparer, documents, lire

ECARTS: dict[str, str] = {
    "173": "presents : un présent attendu à null (« M. le Président » d'un membre, nommé par sa seule fonction) : le modèle ne porte que des personnes nommées ; lu et signalé (extrait.nom-illisible)",
    "221": "collectivite, type : None au lieu du syndicat (texte aplati dont les fins de ligne ont disparu sans espace : « L’ASSAINISSEMENTDE LA VALLEE DE LA VAUCOULEURSSiège » collé en capitales, la coupure « ASSAINISSEMENT|DE » est illisible ; la phrase d'ouverture ne donne que la nature « Syndicat Intercommunal pour l’Assainissement », laissée vide avec le constat extrait.collectivite-nature)",
    "317": "collectivite : None (la commune n'est nommée que dans les décisions du maire, « Le Maire de X Vu l article … » d'une transcription sans apostrophes ; constat extrait.collectivite-absente) ; absents : un des deux élus nommés par le seul nom HAMELIN (Mme présente, M. absent) confondu avec l'autre, signalé ; deliberations : le point 4 collé au point 3 parce que la transcription a effacé le nombre qui le précédait (« … pour l année 4 - SUBVENTIONS … ») ; constats extrait.texte-aplati et extrait.vote-hors-deliberation",
    "395": "deliberations : objet du point 2019-89 « … NON COL-LECTIF » au lieu de « … NON COLLECTIF » (titre en capitales coupé en fin de ligne : la césure ne se distingue pas du trait d'union d'un mot composé ; constat extrait.ligne-non-comprise) ; les présents, suppléances et arrivée du tableau « Commune / Délégués titulaires / Suppléants siégeant » se lisent depuis la série 26",
    "402": "presents : « Laurent JAC-QUOT » au lieu de « Laurent JACQUOT » (césure en fin de ligne dans un NOM en capitales : le trait d'union d'un nom composé, « GUÉRIN-|LACAZE », ne se distingue pas d'une césure ; signalé par extrait.decompte et extrait.membres-incomplets)",
    "560": "presents : « Claude ROUMA-NILLE » au lieu de « Claude ROUMANILLE » (césure en fin de ligne dans un NOM en capitales, comme au document 402) ; le nom n'apparaît nulle part ailleurs dans le document sans trait d'union pour recouper la coupure ; signalé (extrait.ligne-non-comprise)",
    "596": "procès-verbal en deux colonnes copié par pdftotext -layout, colonnes fusionnées ligne à ligne sur tout le document : president et convocation (dans la phrase d'ouverture coupée par la colonne de droite) None, presents « Sophie » / « RIOU », « FLOCH » coupés et quatre manquants, absents « Olivier » en plus, procuration d'Olivier BOTHOREL perdue, points 2014-41 perdu et 2014-43 à 2014-45 mêlés d'une colonne à l'autre, départ de Bruno LE DÛ au point 3 au lieu de 4 ; aucune relecture en colonnes d'une page entière n'existe encore (les blocs côte à côte de l'en-tête seulement) ; signalé (extrait.nom-illisible, extrait.procuration-incomplete, extrait.vote-repete, extrait.mouvement-rang : texte à deux colonnes collées) ; laissé à la reprise des séries 43 et 44 : la relecture en colonnes d'une page entière toucherait tous les textes à larges blancs, trop risquée sans mesure plus large)",
}


def _cas() -> list[object]:
    cas: list[object] = []
    for document in documents():
        numero = document.name[:3]
        marques = []
        if numero in ECARTS:
            marques.append(pytest.mark.xfail(strict=True, reason=ECARTS[numero]))
        cas.append(pytest.param(document, id=document.stem, marks=marques))
    return cas


@pytest.mark.parametrize("document", _cas())
def test_document_lu_exactement(document: Path) -> None:
    attendu = json.loads(attendu_de(document).read_text("utf-8"))
    resultat = lire(document)
    assert resultat.seance is not None, resultat.rapport.vers_texte()
    verdicts = comparer(resultat, attendu)
    ecarts = {champ: v for champ, v in verdicts.items() if v != "juste"}
    assert not ecarts, ecarts
    if "constats" in attendu:
        codes = sorted({c.code for c in resultat.rapport.filtrer(au_moins="avertissement")})
        assert codes == sorted(attendu["constats"])


def test_chaque_document_a_son_attendu() -> None:
    for document in documents():
        assert attendu_de(document).exists(), document
