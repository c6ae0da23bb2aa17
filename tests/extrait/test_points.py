"""Titres des points et leurs votes : formes de mise en page lues par l'analyseur, sur de petits
textes et pages écrits pour le test (modelés sur des comptes rendus publiés, contenu inventé)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait, lire_fichier
from deliberations.extrait.analyse import _titre_puis_vote
from deliberations.extrait.html import texte_html
from deliberations.extrait.normalisation import segmenter
from deliberations.model import Deliberation, ResultatVote

EN_TETE = (
    "Conseil municipal de Plouvern\n"
    "Séance du 4 mai 2021\n"
    "Présents : M. Paul VIDAL, Mme Anne ROUX, M. Luc PETIT, Mme Claire MOREL\n"
    "Secrétaire de séance : Mme Anne ROUX\n\n"
)
# Un en-tête assez long pour que la ligne unique soit lue comme un texte aplati (plus de 1000
# caractères) : l'ouverture de séance, la liste des présents, la secrétaire
PRESENTS_APLATIS = (
    "L an deux mil vingt et un, le quatre mai à dix-huit heures trente, le Conseil Municipal de la "
    "Commune de PLOUVERN, dûment convoqué, s est réuni en session ordinaire à la Mairie, sous la "
    "présidence de Monsieur Paul VIDAL, Maire. PRESENTS : "
    + ", ".join(
        f"Madame {prenom} {nom}"
        for prenom, nom in zip(
            ("Anne", "Claire", "Odile", "Marie", "Sophie", "Lucie", "Nadia", "Hélène", "Julie",
             "Estelle", "Gaëlle", "Laure", "Yvette", "Rose", "Agnès", "Annick", "Soizic", "Line"),
            ("ROUX", "MOREL", "PETIT", "BRUN", "LEROY", "GALL", "TANGUY", "HAMON", "ROBIC",
             "MENARD", "COLLIN", "BODIN", "ROPARS", "MANCIET", "CAZAUX", "BERTHO", "NICOL", "JAFFRE"),
            strict=True,
        )
    )
    + ". Madame Anne ROUX a été élue secrétaire de séance. Le quorum étant atteint, Monsieur le "
    "Maire rappelle l ordre du jour de la séance, adressé avec la convocation à chacun des "
    "conseillers municipaux en exercice, et propose d en aborder les points dans l ordre."
)


def _points(texte: str) -> list[Deliberation]:
    resultat = lire_extrait(texte)
    assert resultat.seance is not None, resultat.rapport.vers_texte()
    return list(resultat.seance.deliberations)


def _vote(d: Deliberation) -> tuple[int | None, int | None, int | None, bool, ResultatVote | None]:
    sc = d.scrutins[0]
    return sc.pour, sc.contre, sc.abstentions, sc.unanimite, sc.resultat


def _codes(texte: str) -> set[str]:
    return {c.code for c in lire_extrait(texte).rapport}


# ------------------------------------------------------------------ texte


def test_titre_sans_ses_deux_points() -> None:
    texte = EN_TETE + (
        "1. Compte administratif 2020 :\n\n"
        "Excédent de fonctionnement : 36 069,21 €\n\n"
        "Le Maire s'étant retiré, le Conseil Municipal adopte le compte administratif à "
        "l'unanimité.\n\n"
        "2. Travaux de couverture de l'église :\n\n"
        "Vote : 9 pour - 2 abstentions.\n"
    )
    points = _points(texte)
    assert [d.objet for d in points] == ["Compte administratif 2020", "Travaux de couverture de l'église"]
    assert _vote(points[1])[:3] == (9, None, 2)


def test_vote_sur_la_ligne_du_titre() -> None:
    texte = EN_TETE + (
        "1. Approbation du compte-rendu du 12 avril 2021 : adopté à l'unanimité.\n\n"
        "2. Budget supplémentaire 2021 : adopté par 15 voix pour et 2 abstentions.\n"
    )
    premier, second = _points(texte)
    assert premier.objet == "Approbation du compte-rendu du 12 avril 2021"
    assert second.objet == "Budget supplémentaire 2021"
    assert _vote(second) == (15, None, 2, False, ResultatVote.ADOPTE)


def test_deux_points_sans_vote_restent_dans_le_titre() -> None:
    texte = EN_TETE + "1. Travaux : tranche 2 de la voirie\nAdopté à l'unanimité.\n"
    (point,) = _points(texte)
    assert point.objet == "Travaux : tranche 2 de la voirie"


def test_objet_en_capitales_puis_rapporteur_et_vote() -> None:
    texte = EN_TETE + (
        "Objet : APPROBATION DU PROCES-VERBAL DU 11 MARS 2021\n"
        "Rapporteur : Paul VIDAL, Maire\n"
        "Vote : Unanimité\n\n"
        "Objet : TARIFS DES DECHETERIES POUR LES PROFESSIONNELS\n"
        "Rapporteur : Luc PETIT, adjoint\n"
        "Les tarifs sont relevés de 3 %.\n"
        "Vote : Pour : 26 Contre : 0 Abstention : 2\n"
    )
    premier, second = _points(texte)
    assert premier.objet == "APPROBATION DU PROCES-VERBAL DU 11 MARS 2021"
    assert premier.theme is None
    assert second.objet == "TARIFS DES DECHETERIES POUR LES PROFESSIONNELS"
    assert _vote(second)[:3] == (26, 0, 2)


def test_aplati_rubrique_rapporteur_ferme_le_titre() -> None:
    texte = (
        "CONSEIL MUNICIPAL DE PLOUVERN Séance du 4 mai 2021 " + PRESENTS_APLATIS
        + " Objet : BUDGET ANNEXE DU LOTISSEMENT – DECISION MODIFICATIVE N°1 Rapporteur : Luc "
        "PETIT, adjoint Il est proposé d inscrire 4 000 € en dépenses. "
        "Vote : Pour : 20 Contre : 0 Abstention : 1 La séance est levée à 20 h."
    )
    (point,) = _points(texte)
    assert point.objet == "BUDGET ANNEXE DU LOTISSEMENT – DECISION MODIFICATIVE N°1"
    assert _vote(point)[:3] == (20, 0, 1)


def test_aplati_numero_nu_puis_titre_en_capitales() -> None:
    texte = (
        "REUNION DU CONSEIL MUNICIPAL DE PLOUVERN DU 4 MAI 2021 " + PRESENTS_APLATIS
        + " Adoption du dernier procès-verbal : à l unanimité N° 2021/31 INDEMNITE DE CONSEIL DU "
        "COMPTABLE Monsieur le Maire rappelle les prestations du comptable. Adopté à l unanimité. "
        "N° 2021/32 REVISION DES LOYERS COMMUNAUX Les loyers sont révisés selon l indice. "
        "Pour : 8 Contre : 1 Abstention : 1 La séance est levée à 22 h."
    )
    approbation, indemnite, loyers = _points(texte)
    assert approbation.objet == "Adoption du dernier procès-verbal"
    assert _vote(approbation)[3]
    assert (indemnite.numero, indemnite.objet) == ("2021/31", "INDEMNITE DE CONSEIL DU COMPTABLE")
    assert _vote(indemnite)[3]
    assert (loyers.numero, loyers.objet) == ("2021/32", "REVISION DES LOYERS COMMUNAUX")
    assert _vote(loyers)[:3] == (8, 1, 1)


def test_aplati_rang_sans_separateur_devant_un_titre_en_capitales() -> None:
    texte = (
        "COMPTE RENDU DU CONSEIL MUNICIPAL DE PLOUVERN DU 4 MAI 2021 " + PRESENTS_APLATIS
        + " 1 APPROBATION DU COMPTE RENDU DU 10 AVRIL 2021 Monsieur le Maire rappelle que le "
        "compte rendu a été adressé. Aucune remarque n étant formulée, le compte rendu est adopté "
        "à l unanimité. 2 BUDGET PRIMITIF 2021 Monsieur Luc PETIT présente le budget. Le Conseil "
        "Municipal, après en avoir délibéré, adopte le budget par 18 voix pour et 5 voix contre. "
        "2 3 TARIFS DU PORT POUR 2021 Sur proposition de la commission, les tarifs augmentent. "
        "Adopté à l unanimité. La séance est levée à 20 h 40."
    )
    points = _points(texte)
    assert [(d.numero, d.objet) for d in points] == [
        ("1", "APPROBATION DU COMPTE RENDU DU 10 AVRIL 2021"),
        ("2", "BUDGET PRIMITIF 2021"),
        ("3", "TARIFS DU PORT POUR 2021"),
    ]
    assert _vote(points[1])[:2] == (18, 5)
    assert _vote(points[2])[3]


def test_aplati_nombre_qui_n_est_pas_le_rang_suivant() -> None:
    texte = (
        "COMPTE RENDU DU CONSEIL MUNICIPAL DE PLOUVERN DU 4 MAI 2021 " + PRESENTS_APLATIS
        + " 1 TARIFS DE LA CANTINE SCOLAIRE Le Maire présente les tarifs. Adopté à l unanimité. "
        "12 CONSEILLERS MUNICIPAUX Sont présents à la réunion publique qui suit. La séance est "
        "levée à 20 h."
    )
    assert [d.objet for d in _points(texte)] == ["TARIFS DE LA CANTINE SCOLAIRE"]


def test_organe_a_l_unanimite_dans_une_longue_phrase() -> None:
    texte = EN_TETE + (
        "OBJET : Acquisition d'une parcelle au lieu-dit Pors Bras\n\n"
        "Monsieur le Maire expose que les consorts LE GALL proposent de céder la parcelle.\n"
        "Le Conseil Municipal, à l'unanimité des votants (Madame Claire MOREL ne prenant pas "
        "part au vote), approuve l'acquisition et autorise le Maire à signer l'acte notarié.\n"
    )
    (point,) = _points(texte)
    assert point.scrutins[0].unanimite
    assert point.scrutins[0].ne_prend_pas_part == 1


def test_puce_titre_puis_issue() -> None:
    texte = (
        "Comité syndical du SIVOM de la Vallée du Tech\n\n"
        "Séance du 7 juillet 2021\n\n"
        "Présents : M. Paul VIDAL, Mme Anne ROUX, M. Luc PETIT\n\n"
        "Étaient à l'ordre du jour :\n\n"
        "- Remplacement d'un délégué : la désignation est reportée à la prochaine réunion.\n\n"
        "- Approbation du compte-rendu du 16 juin 2021 : approuvé à l'unanimité des présents.\n\n"
        "- Budget supplémentaire 2021 : de nombreuses questions ont été posées par M. PETIT, "
        "auxquelles des réponses ont été apportées en séance par le président et le trésorier "
        "du syndicat.\n"
        "Le budget supplémentaire a été approuvé par 4 voix \"Pour\", et 3 abstentions.\n\n"
        "- Divers : le bulletin paraîtra en juin.\n"
    )
    points = _points(texte)
    assert [d.objet for d in points] == [
        "Approbation du compte-rendu du 16 juin 2021",
        "Budget supplémentaire 2021",
    ]
    assert _vote(points[1]) == (4, None, 3, False, ResultatVote.ADOPTE)


# ------------------------------------------------------------------ pages web


def _page(tmp_path: Path, corps: str) -> list[Deliberation]:
    chemin = tmp_path / "page.html"
    chemin.write_text(
        "<html><head><title>Compte rendu - Mairie de Plouvern</title></head><body>"
        "<h1>Conseil municipal du 7 mars 2022</h1><p>Séance du lundi 7 mars 2022.</p>"
        "<p>Présents : M. Paul VIDAL, Mme Anne ROUX, M. Luc PETIT</p>"
        "<p>Secrétaire de séance : Mme Anne ROUX</p>" + corps + "</body></html>",
        encoding="utf-8",
    )
    resultat = lire_fichier(chemin)
    assert resultat.seance is not None, resultat.rapport.vers_texte()
    return list(resultat.seance.deliberations)


def test_html_puces_titre_en_gras_puis_vote(tmp_path: Path) -> None:
    points = _page(
        tmp_path,
        "<p><strong>Approbation du compte rendu du 24 janvier 2022 :</strong><br>"
        "Approbation à la majorité : 9 pour (6 + 3 procurations) et 2 contre (1 + 1 "
        "procuration : R. Castel, L. Tardy).</p><h2>Délibérations</h2><ul>"
        "<li><strong>Vote des taux d'imposition 2022</strong><br>Accord à la majorité : 9 pour, "
        "1 abstention et 1 contre</li>"
        "<li><strong>Adhésion au groupement de commandes</strong><br>Accord à l'unanimité</li>"
        "</ul><aside><h2>Dans la même rubrique</h2><p>Compte rendu du 24 janvier</p></aside>",
    )
    assert [d.objet for d in points] == [
        "Approbation du compte rendu du 24 janvier 2022",
        "Vote des taux d'imposition 2022",
        "Adhésion au groupement de commandes",
    ]
    assert _vote(points[0]) == (9, 2, None, False, ResultatVote.ADOPTE)
    assert _vote(points[1]) == (9, 1, 1, False, ResultatVote.ADOPTE)
    assert _vote(points[2])[3]


def test_html_numero_et_titre_dans_deux_blocs(tmp_path: Path) -> None:
    points = _page(
        tmp_path,
        "<div><b>Adoption du dernier procès-verbal</b> : à l'unanimité</div>"
        "<div><b>N° 2022/14</b></div><div><b>TARIFS DE LA CANTINE SCOLAIRE</b></div>"
        "<div>Le prix du repas est porté à 3,40 €.<br>Pour : 9 Contre : 0 Abstention : 2</div>",
    )
    assert [(d.numero, d.objet) for d in points][1:] == [("2022/14", "TARIFS DE LA CANTINE SCOLAIRE")]
    assert points[0].objet == "Adoption du dernier procès-verbal"
    assert _vote(points[1])[:3] == (9, 0, 2)


def test_html_intertitres_sans_numero(tmp_path: Path) -> None:
    points = _page(
        tmp_path,
        "<h3>Compte administratif 2021</h3><p>Il fait apparaître un excédent de 18 000 €. Le "
        "Président s'étant retiré, il est adopté à l'unanimité des votants.</p>"
        "<h3>Tarifs 2023 des services</h3><p>Adoptés par 12 voix pour et 1 voix contre.</p>"
        "<h3>Prochaine réunion</h3><p>Le 30 juin 2022 à 18 h.</p>",
    )
    assert [d.objet for d in points] == ["Compte administratif 2021", "Tarifs 2023 des services"]
    assert _vote(points[1])[:2] == (12, 1)


def test_html_intertitre_sans_vote_est_dit() -> None:
    texte = texte_html(
        "<body><p>Séance du 7 mars 2022</p><p>Présents : M. Paul VIDAL, Mme Anne ROUX</p>"
        "<h2>Informations générales du maire</h2><h3>Fête de la musique</h3>"
        "<p>Elle aura lieu le 21 juin.</p></body>"
    )
    assert "extrait.intertitre" in _codes(texte)
    assert not lire_extrait(texte).seance.deliberations  # type: ignore[union-attr]


def test_html_ligne_vide_avant_un_intertitre() -> None:
    texte = texte_html(
        "<body><p>Avant</p><h3>Titre</h3><p>Texte</p><ul><li><strong>Gras</strong><br>Vote</li>"
        "<li><strong>Pas seul</strong> dans sa ligne</li></ul></body>"
    )
    assert texte.split("\n") == ["Avant", "", "Titre", "Texte", "", "Gras", "Vote", "Pas seul dans sa ligne"]


@given(st.text(max_size=300))
def test_html_lignes_vides_seules_et_jamais_aux_bords(source: str) -> None:
    texte = texte_html(f"<body><h3>{source}</h3><p>{source}</p></body>")
    lignes = texte.split("\n") if texte else []
    assert "\x00" not in texte
    assert not lignes or (lignes[0] and lignes[-1])
    assert all(a or b for a, b in pairwise(lignes))


# ------------------------------------------------------------------ fonctions


VOTES = st.sampled_from(
    [
        "adopté à l'unanimité.",
        "à l'unanimité",
        "adopté par 15 voix pour et 2 abstentions.",
        "Pour : 8 Contre : 1 Abstention : 1",
        "approuvée à l'unanimité des présents.",
    ]
)
TITRES = st.text(alphabet="abcdefghij ABCDEFXYZ0123456789'-", min_size=3, max_size=80).filter(
    lambda t: sum(c.isalpha() for c in t.strip()) >= 3 and t == t.strip()
)


@given(TITRES, VOTES)
def test_titre_puis_vote_coupe_aux_deux_points(titre: str, vote: str) -> None:
    assert _titre_puis_vote(f"{titre} : {vote}") == (titre, vote)


@given(st.text(max_size=400))
def test_titre_puis_vote_quelconque(texte: str) -> None:
    titre, vote = _titre_puis_vote(texte)
    if vote:
        assert texte.startswith(titre) and texte.endswith(vote)
        assert len(vote) <= 165
    else:
        assert titre == texte


@given(st.text(alphabet="ab (): .N°0123456789ABC", max_size=600))
def test_segmenter_garde_tout_le_texte(ligne: str) -> None:
    morceaux = list(segmenter(ligne))
    assert "".join(m for _, m in morceaux).replace(" ", "") == ligne.replace(" ", "")
    assert all(ligne.find(m, p) >= 0 for p, m in morceaux)  # chaque morceau à sa place ou après
    assert [p for p, _ in morceaux] == sorted(p for p, _ in morceaux)


def test_pas_de_coupe_entre_parentheses() -> None:
    ligne = (
        "Approbation à la majorité : 9 pour (6 + 3 procurations) et 2 contre (1 + 1 procuration : "
        "R. Castel, L. Tardy). " + "Le texte continue ici sans rien dire. " * 6
    )
    assert all("procuration :" not in m[:15] for _, m in segmenter(ligne))


def test_un_nombre_pour_apres_les_deux_points_n_est_pas_un_vote() -> None:
    assert _titre_puis_vote("Répartition des sièges : 3 pour la commune") == (
        "Répartition des sièges : 3 pour la commune",
        "",
    )


def test_unanimite_passee_dans_l_expose_n_est_pas_le_vote() -> None:
    texte = EN_TETE + (
        "OBJET : Convention de déneigement avec le département du Morbihan\n\n"
        "Le département propose de renouveler la convention pour trois hivers.\n"
        "Le conseil municipal, à l'unanimité, en avait posé le principe lors de sa séance de "
        "mars 2019, pour la durée du mandat précédent seulement, sans en fixer le tarif horaire.\n"
    )
    (point,) = _points(texte)
    assert not point.scrutins
    assert "extrait.scrutin-absent" in _codes(texte)


def test_titre_en_capitales_continue_en_minuscules() -> None:
    texte = EN_TETE + (
        "N° 2021/14\n\n"
        "CONVENTION AVEC LE SYNDICAT D'ENERGIE POUR\n"
        "les travaux d'éclairage public\n"
        "Le Maire présente la convention.\n"
        "Adopté à l'unanimité.\n"
    )
    (point,) = _points(texte)
    assert point.objet == "CONVENTION AVEC LE SYNDICAT D'ENERGIE POUR les travaux d'éclairage public"


def test_puces_votees_dans_un_point_numerote_restent_a_ce_point() -> None:
    texte = EN_TETE + (
        "1. Comptes de gestion 2020\n"
        "Le Maire présente les comptes de gestion du receveur.\n"
        "- Budget principal : approuvé à l'unanimité.\n"
        "- Budget annexe de l'eau : approuvé à l'unanimité.\n"
    )
    (point,) = _points(texte)
    assert point.objet == "Comptes de gestion 2020"
    assert point.scrutins[0].unanimite
