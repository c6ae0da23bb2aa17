"""Familles de mises en page trouvées par la vingt-cinquième mesure hors échantillon (documents
403 à 412 : en-têtes et dates difficiles, registres anciens ou atypiques) : chaque règle sur un
petit texte, indépendamment du corpus."""

from __future__ import annotations

import datetime as dt

from deliberations.extrait import lire_extrait
from deliberations.extrait.dates import trouver_date
from deliberations.extrait.html import texte_html
from tests.extrait.comparaison import projection, seance_lue


def test_premier_du_mois_ocrise() -> None:
    """« le ler OCTOBRE », « le Ier mars » : le « 1er » d'une page OCRisée."""
    assert trouver_date("L'AN DEUX MIL DIX-HUIT, le ler OCTOBRE à vingt heures") == dt.date(2018, 10, 1)
    assert trouver_date("L'an deux mille vingt, le Ier mars") == dt.date(2020, 3, 1)
    # un mot qui finit en « ler » n'est pas un premier du mois
    assert trouver_date("Le conseil va parler octobre 2019") is None


def test_premier_du_mois_ocrise_construit_la_seance() -> None:
    seance = seance_lue(
        "COMMUNE DE VALMONT\nEXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n"
        "L'AN DEUX MIL DIX-NEUF, le ler AVRIL à vingt heures, le Conseil Municipal, dûment\n"
        "convoqué, s'est réuni sous la présidence de M. Luc MARTIN, Maire.\n"
        "Présents : M. Luc MARTIN, Mme Anne ROY.\n"
    )
    assert seance.date == dt.date(2019, 4, 1)


def test_devise_du_bandeau_hors_du_nom() -> None:
    """« Mairie de X Site officiel de la commune » : le nom s'arrête avant la devise."""
    page = (
        "<html><body><div><span>Mairie de Vallon-sur-Gée</span> <span>Site officiel de la "
        "commune</span></div><h1>Compte rendu du conseil municipal du 5 mai 2022</h1>"
        "<p>Le conseil municipal s'est réuni sous la présidence de M. Luc MARTIN, Maire.</p>"
        "<p>Présents : Luc MARTIN, Anne ROY, Paul MARTY.</p></body></html>"
    )
    seance = lire_extrait(texte_html(page)).seance
    assert seance is not None
    assert projection(seance)["collectivite"] == "Vallon-sur-Gée"


def test_seconde_convocation() -> None:
    """La séance tenue sur seconde convocation : la convocation est la seconde, pas celle de la
    séance où le quorum manquait."""
    texte = (
        "COMMUNE DE VALMONT COMPTE RENDU DU CONSEIL MUNICIPAL Convocation du 4 mars 2019 pour la "
        "séance du 11 mars 2019 : le quorum n'ayant pas été atteint, le conseil municipal a été "
        "convoqué de nouveau le 13 mars 2019 pour le 16 mars 2019. L'an deux mille dix-neuf, le "
        "seize mars à vingt heures, le conseil municipal s'est réuni sous la présidence de M. Luc "
        "MARTIN, Maire. Présents : M. Luc MARTIN, Mme Anne ROY."
    )
    seance = seance_lue(texte)
    assert (seance.date, seance.date_convocation) == (dt.date(2019, 3, 16), dt.date(2019, 3, 13))


def test_seconde_convocation_sur_une_autre_ligne() -> None:
    texte = (
        "Commune de Valmont\nSéance du conseil municipal du 16 mars 2019\n"
        "Première convocation : 4 mars 2019 (quorum non atteint le 11 mars 2019)\n"
        "Seconde convocation : 13 mars 2019\n"
        "Sous la présidence de M. Luc MARTIN, Maire.\nPrésents : M. Luc MARTIN, Mme Anne ROY.\n"
    )
    assert seance_lue(texte).date_convocation == dt.date(2019, 3, 13)


def _scrutin(texte_du_point: str) -> dict[str, object]:
    seance = seance_lue(
        "Commune de Valmont\nSéance du conseil municipal du 5 mai 2022\n"
        "Sous la présidence de M. Luc MARTIN, Maire.\nPrésents : M. Luc MARTIN, Mme Anne ROY.\n"
        f"N° 2022-10 : Budget supplémentaire\n{texte_du_point}\n"
    )
    scrutin = projection(seance)["deliberations"][0]["scrutin"]
    assert scrutin is not None
    return scrutin


def test_voix_par_groupe_sans_total() -> None:
    """« Pour : groupe A (16), groupe B (2) ; Contre : groupe C (7) » : la somme des groupes."""
    scrutin = _scrutin(
        "Vote : Pour : groupe Gauche Unie pour Valmont (16), groupe des Élus indépendants (2) ; "
        "Contre : groupe Valmont Demain (7). Le rapport est adopté."
    )
    assert (scrutin["pour"], scrutin["contre"], scrutin["resultat"]) == (18, 7, "adopte")
    scrutin = _scrutin(
        "Pour : groupe Valmont Avenir (10), groupe des Écologistes (1) – Abstention : groupe "
        "Valmont Solidaire (5), groupe Agir (2). Adopté à la majorité."
    )
    assert (scrutin["pour"], scrutin["abstentions"]) == (11, 7)
    scrutin = _scrutin("Pour : groupe A (12 voix), groupe B (8 voix) – Contre : groupe C (3 voix).")
    assert (scrutin["pour"], scrutin["contre"]) == (20, 3)


def test_decide_de_retenir_apres_les_voix() -> None:
    scrutin = _scrutin(
        "Après en avoir délibéré, le Conseil Municipal, par 9 voix pour et 1 abstention, "
        "DECIDE de retenir l'offre de l'entreprise et autorise le Maire à signer le marché."
    )
    assert (scrutin["pour"], scrutin["abstentions"], scrutin["resultat"]) == (9, 1, "adopte")


def test_civilite_de_groupe_collee_au_nom() -> None:
    """« Présents:MM.HUMBERT Jean-Marc, COLLIGNON Yves » (OCR) : la civilité n'entre pas dans
    le nom."""
    seance = seance_lue(
        "COMMUNE DE VALMONT EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL SEANCE DU "
        "15 MARS 2019 SOUS LA PRESIDENCE DE M. HUMBERT Jean-Marc, MAIRE. Présents:MM.HUMBERT "
        "Jean-Marc, COLLIGNON Yves, Mme MARCHAL Denise. Absent:M. PETITJEAN Rémi."
    )
    assert sorted(projection(seance)["presents"]) == ["Denise MARCHAL", "Jean-Marc HUMBERT", "Yves COLLIGNON"]


def test_delegations_de_vote_en_decompte() -> None:
    seance = seance_lue(
        "Région de Valmont\nCommission permanente\nRéunion du 8 avril 2022\n"
        "Sous la présidence de M. Luc MARTIN, Président du Conseil régional.\n"
        "Membres en exercice : 30\nPrésents : 24\nDélégations de vote : 4\n"
        "Présents : M. Luc MARTIN, Mme Anne ROY.\n"
    )
    assert seance.decomptes is not None and seance.decomptes.procurations == 4


_NOMS = [
    "LEMONNIER Hervé", "DESLANDES Sophie", "LECOQ Arnaud", "HEBERT Marine", "GODEFROY Pascal",
    "LESUEUR Claire", "VAUTIER Emmanuel", "FLEURY Annick", "LEPETIT Guillaume", "MAUGER Delphine",
    "OSMONT Yannick", "DUHAMEL Florence", "LEBAS Frédéric", "QUESNEL Aurélie", "BOURDON Mathieu",
    "LEGRIS Patricia", "ANQUETIL Romain", "CORBIN Emilie", "DESCHAMPS Xavier", "LEROUX Nadège",
    "TOUTAIN Christophe", "BESNARD Céline", "LAINE Grégory", "HAREL Stéphanie", "VIMONT Bruno",
    "LETELLIER Anne", "GOSSELIN Pierre", "MARIE Jocelyne",
]  # fmt: skip


def _liste_coupee(noms: list[str], largeur: int = 88) -> str:
    """« Étaient présents : M. A, Mme B, … » coupé à ``largeur`` colonnes, comme un PDF."""
    lignes, courante = [], "Étaient présents :"
    for i, nom in enumerate(noms):
        mots = f"{'Mme' if i % 2 else 'M.'} {nom}{'.' if i == len(noms) - 1 else ','}".split()
        for mot in mots:
            if len(courante) + 1 + len(mot) > largeur:
                lignes.append(courante)
                courante = mot
            else:
                courante += " " + mot
    return "\n".join([*lignes, courante])


def test_liste_de_noms_coupee_par_la_largeur_entre_lignes_courtes() -> None:
    """Une copie de PDF aux lignes surtout courtes (titre, décomptes un par ligne, votes) dont
    la liste des présents est coupée par la largeur, parfois entre le nom et le prénom : les
    lignes de la liste sont recollées."""
    courtes = "\n".join(
        ["RÉGION DE VALMONT", "COMMISSION PERMANENTE", "Réunion du vendredi 8 avril 2022", "",
         "Sous la présidence de M. Hervé LEMONNIER, Président du Conseil régional.", "",
         "Membres en exercice : 28", "Présents : 28", "Quorum : 15", ""]
    )  # fmt: skip
    points = "\n".join(
        f"Délibération n° CP 22-04-00{i}\nObjet numéro {i}\nPour : 28\nContre : 0\nADOPTÉ\n"
        for i in range(1, 7)
    )
    seance = seance_lue(f"{courtes}\n{_liste_coupee(_NOMS)}\n\n{points}")
    attendus = sorted(" ".join(reversed(n.split())) for n in _NOMS)
    assert sorted(projection(seance)["presents"]) == attendus


def test_groupe_politique_ouvre_une_ligne_non_recollee() -> None:
    """Dans une copie de PDF coupée à la largeur, « Groupe X : Mme A, … » ouvre sa liste : la
    ligne n'est pas recollée au dernier nom du groupe précédent."""
    texte = "\n".join(
        [
            "Région de Valmont - Commission permanente régionale",
            "Réunion du vendredi 19 mai 2023",
            "La Commission permanente régionale s'est réunie le vendredi 19 mai 2023 à 9 h 30, à l'Hôtel de",
            "Région, sous la présidence de Mme Hélène CORDIER, Présidente du Conseil régional, sur la",
            "convocation adressée le 9 mai 2023 à chacun des membres de la commission, dans les formes et",
            "délais prévus par le règlement intérieur de l'assemblée, par voie électronique et par courrier.",
            "Étaient présents :",
            "Groupe Socialistes et Citoyens : Mme Hélène CORDIER, M. Olivier BARBIER, Mme Nadia BENSALEM,",
            "M. Jean-Yves GOUJON, Mme Estelle LEROUX, M. Denis FAUCHER, M. Paul VIDAL, M. Romain VASLIN",
            "Groupe Écologie et Solidarités : Mme Claire DUCHÊNE, M. Pierre-Alain FOUQUET, Mme Inès",
            "RABIER",
        ]
    )
    presents = projection(seance_lue(texte))["presents"]
    assert "Romain VASLIN" in presents and "Claire DUCHÊNE" in presents


def test_excuse_a_la_reprise_d_une_seance_suspendue() -> None:
    """« M. X, présent la veille, est excusé à la reprise » : parti après le dernier point voté
    avant la suspension."""
    seance = seance_lue(
        "Commune de Valmont\nSéance du conseil municipal du 17 mars 2022\n"
        "Sous la présidence de M. Luc MARTIN, Maire.\n"
        "Présents : M. Luc MARTIN, Mme Anne ROY, M. Paul MARTY, M. Yves GARAT.\n"
        "1 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
        "2 – Subvention au comité des fêtes\nAdopté à l'unanimité.\n"
        "La séance est suspendue à 23 h 40 et reprise le vendredi 18 mars 2022 à 18 h 30.\n"
        "M. Paul MARTY, présent la veille, est excusé à la reprise.\n"
        "3 – Création d'un emploi\nAdopté à l'unanimité.\n"
    )
    assert projection(seance)["mouvements"] == {"Paul MARTY": [None, 2]}
    assert seance.date == dt.date(2022, 3, 17)


def test_convocation_a_nouveau_d_une_seance_a_venir() -> None:
    """« Le conseil sera convoqué à nouveau le 20 juin » (séance à venir) ne remplace pas la
    convocation de la séance."""
    seance = seance_lue(
        "Commune de Valmont\nSéance du conseil municipal du 16 mai 2022\n"
        "Date de convocation : 9 mai 2022\n"
        "Sous la présidence de M. Luc MARTIN, Maire.\nPrésents : M. Luc MARTIN, Mme Anne ROY.\n"
        "1 – Plan local d'urbanisme\nLe conseil municipal sera convoqué à nouveau le 13 juin 2022 "
        "pour arrêter le projet.\nAdopté à l'unanimité.\n"
    )
    assert seance.date_convocation == dt.date(2022, 5, 9)
    assert (
        seance_lue(
            "Commune de Valmont\nSéance du conseil municipal du 16 mai 2022, convoqué le 9 mai "
            "2022 ; le conseil sera convoqué à nouveau le 13 juin 2022.\n"
            "Présents : M. Luc MARTIN, Mme Anne ROY.\n"
        ).date_convocation
        == dt.date(2022, 5, 9)
    )


def test_seance_lue_avant_sa_convocation_signalee() -> None:
    """Sans la phrase d'ouverture, « Convocation du 15 novembre pour la séance du 22 … convoqué
    de nouveau le 25 pour le 29 » donne la séance manquée : la date lue précède la convocation
    lue, c'est dit (la date n'est jamais fausse en silence)."""
    resultat = lire_extrait(
        "COMMUNE DE VAUDREY Convocation du 15 novembre 2019 pour la séance du vendredi 22 "
        "novembre 2019 : le quorum n'ayant pas été atteint, le conseil municipal a été convoqué "
        "de nouveau le 25 novembre 2019 pour le vendredi 29 novembre 2019. Présents : Mme Anne "
        "PETIT, M. Luc BLANC. Délibération n° 2019-38 : Budget Adopté à l'unanimité."
    )
    seance = resultat.seance
    assert seance is not None
    assert (seance.date, seance.date_convocation) == (dt.date(2019, 11, 22), dt.date(2019, 11, 25))
    assert "extrait.date-convocation" in {c.code for c in resultat.rapport}
