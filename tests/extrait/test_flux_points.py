"""Points, votes, organe et lignes d'en-tête dans les textes aplatis et les pages web : formes
lues sur de petits textes écrits pour le test (mises en page de comptes rendus publiés de
métropole, de communauté, de syndicat scolaire et de commune ; contenu inventé)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.collectivite import par_le_president
from deliberations.extrait.html import texte_html
from deliberations.extrait.normalisation import segmenter
from deliberations.extrait.preparation import entete_repete, preparer
from deliberations.model import Organe, ResultatVote, TypeCollectivite

_PRESENTS = ", ".join(
    f"{prenom} {nom}"
    for prenom, nom in zip(
        ("Anne", "Paul", "Odile", "Marc", "Sophie", "Luc", "Nadia", "Henri", "Julie", "Yves",
         "Laure", "Rémi", "Agnès", "Guy", "Line", "Rose"),
        ("ROUX", "VIDAL", "PETIT", "BRUN", "LEROY", "GALL", "TANGUY", "HAMON", "ROBIC", "MENARD",
         "COLLIN", "BODIN", "ROPARS", "MANCIET", "CAZAUX", "NICOL"),
        strict=True,
    )
)

# Compte rendu de conseil de métropole aplati : « Page k/N » et l'en-tête de service répétés
# dans le flux, points « N- Titre » suivis de « Pour : … Adopté »
METROPOLE_APLATIE = (
    "Page 1/4 Direction des Assemblées Pôle Juridique Compte-rendu du Conseil de Métropole "
    "Séance ordinaire du Jeudi 6 juin 2024 à 18h00 L'an deux mille vingt-quatre et le six juin, "
    "les membres du Conseil de Métropole, légalement convoqués, se sont assemblés au lieu "
    "ordinaire des séances, sous la présidence de Monsieur Paul VIDAL. Nombre de membres en "
    f"exercice : 16 Présents : {_PRESENTS}. Anne ROUX est désignée secrétaire de séance. "
    "1- Approbation du procès-verbal de la séance du 4 avril 2024 Adopté à l'unanimité "
    "2- Voirie - Programme de travaux 2024 Il est proposé d'inscrire 80 000 euros pour la "
    "réfection des chaussées. Pour : 14 Contre : 0 Abstentions : 2 Adopté Page 2/4 Direction "
    "des Assemblées Pôle Juridique 3- Tarifs des piscines 2024-2025 Le rapporteur présente la "
    "grille des tarifs. Pour : 12 Contre : 4 Abstentions : 0 Adopté à la majorité Page 3/4 "
    "Direction des Assemblées Pôle Juridique L'ordre du jour étant épuisé, la séance est levée."
)


def test_en_tete_de_page_repete_retire_du_flux() -> None:
    assert entete_repete(METROPOLE_APLATIE) == "Direction des Assemblées Pôle Juridique"
    prep = preparer(METROPOLE_APLATIE)
    assert not any("Pôle Juridique" in ligne.texte for ligne in prep.lignes)
    assert not any(ligne.texte.startswith("Page") for ligne in prep.lignes)
    raisons = [raison for _n, _brut, raison in prep.retirees]
    assert raisons.count("en-tête de page répété") == 3
    assert raisons.count("numéro de page") == 3


def test_points_numerotes_apres_l_issue_du_vote_dans_le_flux() -> None:
    resultat = lire_extrait(METROPOLE_APLATIE)
    s = resultat.seance
    assert s is not None
    assert s.assemblee.organe is Organe.CONSEIL_METROPOLITAIN
    assert s.president is not None and s.president.nom == "VIDAL"
    assert s.decomptes is not None and s.decomptes.en_exercice == 16
    lus = [(d.numero, d.objet) for d in s.deliberations]
    assert lus == [
        ("1", "Approbation du procès-verbal de la séance du 4 avril 2024"),
        ("2", "Voirie - Programme de travaux 2024"),
        ("3", "Tarifs des piscines 2024-2025"),
    ]
    votes = [(sc.pour, sc.contre, sc.abstentions, sc.unanimite) for d in s.deliberations for sc in d.scrutins]
    assert votes == [(None, None, None, True), (14, 0, 2, False), (12, 4, 0, False)]


def test_un_seul_numero_de_page_n_est_pas_un_en_tete() -> None:
    assert entete_repete("Page 1/2 Service X Séance du 2 mai Texte") is None
    # deux pages, mais rien de commun après leurs numéros
    assert entete_repete("Page 1/2 Service X Texte Page 2/2 Budget Fin") is None


def test_numero_de_page_n_est_pas_un_numero_de_deliberation() -> None:
    assert r.numero_deliberation("Page 1/9 Secrétariat Général") is None


def test_rang_colle_au_tiret() -> None:
    assert r.numero_deliberation("1- Rapport d'activité 2023") == ("1", 1, "Rapport d'activité 2023", True)
    assert r.numero_deliberation("12-Rapport") is None


def test_numero_sans_degre() -> None:
    assert r.numero_deliberation("N 2015-031 : Finances - Taux 2015") == (
        "2015-031",
        None,
        "Finances - Taux 2015",
        False,
    )
    assert r.numero_deliberation("N 12 : rien") is None  # un numéro sans séparateur : pas sûr


# Compte rendu de communauté aplati, sans apostrophes : « N 2015-031 : Rubrique - Titre »
COMMUNAUTE_APLATIE = (
    "COMPTE-RENDU DU CONSEIL COMMUNAUTAIRE DU 9 AVRIL 2015 L an deux mille quinze, le 9 avril, "
    "à 18H30, les membres du Conseil communautaire se sont réunis à la salle des fêtes. "
    f"Étaient présents : {_PRESENTS}. Secrétaire de séance : madame ROUX Anne Le quorum étant "
    "atteint, le Président ouvre la séance. N 2015-041 : Administration générale - Approbation "
    "du compte-rendu du conseil communautaire du 12 mars 2015 Adopté à l unanimité "
    "N 2015-042 : Finances - Vote des taux 2015 Le Président propose de maintenir les taux. "
    "Adopté à la majorité : 2 voix contre, 1 abstention N 2015-043 : Économie - Cession d un "
    "terrain Il est proposé de céder la parcelle AB 12. monsieur GALL Luc ne prend pas part au "
    "vote. Adopté à l unanimité des votants " + "Le Président lève la séance à 20h. " * 3
)


def test_numeros_sans_degre_dans_le_flux() -> None:
    s = lire_extrait(COMMUNAUTE_APLATIE).seance
    assert s is not None
    lus = [(d.numero, d.objet) for d in s.deliberations]
    assert lus == [
        ("2015-041", "Administration générale - Approbation du compte-rendu du conseil "
         "communautaire du 12 mars 2015"),
        ("2015-042", "Finances - Vote des taux 2015"),
        ("2015-043", "Économie - Cession d un terrain"),
    ]
    nppv = [sc.ne_prend_pas_part for d in s.deliberations for sc in d.scrutins]
    assert nppv == [None, None, 1]  # le « ne prend pas part » reste au point 2015-043
    assert s.president is None  # « le Président ouvre la séance » : personne n'est nommé
    assert [e.nom for e in s.secretaires] == ["ROUX"]


def test_deliberation_numero_annee_puis_titre_en_capitales_dans_le_flux() -> None:
    texte = (
        "Commune de SAINT-X - Conseil municipal du 12 AVRIL 2022 Le Conseil Municipal s est réuni "
        f"le 12 avril 2022. Présents : {_PRESENTS}, Secrétaire de séance : Monsieur Paul VIDAL "
        "Délibération 7/2022 BUDGET PRIMITIF 2022 Le Conseil Municipal, après en avoir délibéré, "
        "adopte le budget primitif 2022. Pour : 12 Contre : 2 Abstention : 0 "
        "Délibération 8/2022 VOTE DES TAUX 2022 Le Conseil Municipal, après en avoir délibéré, "
        "décide de reconduire les taux. Adopté à l'unanimité " + "Questions diverses. " * 20
    )
    coupes = [m for _, m in segmenter(texte)]
    assert any(m.startswith("Délibération 8/2022 VOTE") for m in coupes)
    s = lire_extrait(texte).seance
    assert s is not None
    sc7, sc8 = (d.scrutins[0] for d in s.deliberations)
    assert [d.numero for d in s.deliberations] == ["7/2022", "8/2022"]
    assert (sc7.pour, sc7.contre, sc7.abstentions, sc7.unanimite) == (12, 2, 0, False)
    assert sc8.unanimite and sc8.resultat is ResultatVote.ADOPTE


def test_deliberation_citee_dans_la_prose_n_ouvre_pas_de_point() -> None:
    texte = "x " * 200 + "rappelle la délibération 12/2021 du 3 mars qui fixait les tarifs"
    assert all(not m.startswith("délibération") for _, m in segmenter(texte))


# Page d'une commune qui publie le compte rendu d'un syndicat scolaire
SYNDICAT_HTML = """<html><head><title>CR CS 07-03-2017</title></head><body>
<h2>SYNDICAT INTERCOMMUNAL SCOLAIRE DES DEUX RIVES</h2>
<p>Séance du 7 mars 2017</p>
<p>Présents : Mesdames ROUX Anne, PETIT Odile, Messieurs VIDAL Paul, BRUN Marc.</p>
<p>Secrétaire de séance : Madame ROUX Anne</p>
<p>N° 02/2017 : Délibération concernant le compte administratif 2016</p>
<p>Après en avoir délibéré, le conseil syndical approuve avec 03 voix Pour, 0 voix Contre et
1 voix d'Abstention le compte administratif 2016.</p>
<p>N° 03/2017 : Délibération concernant la participation des communes aux frais de transport</p>
<p>Après en avoir délibéré, le conseil syndical décide avec 02 voix Pour, 1 voix Contre et
1 voix d'Abstention de répartir la participation au prorata du nombre des élèves inscrits.</p>
</body></html>"""


def test_voix_pour_contre_et_d_abstention_en_phrase() -> None:
    assert r.votes("avec 06 voix Pour, 0 voix Contre et 0 voix d'Abstention") == [
        ("pour", 6),
        ("contre", 0),
        ("abstentions", 0),
    ]
    resultat = lire_extrait(texte_html(SYNDICAT_HTML))
    s = resultat.seance
    assert s is not None
    votes = [(sc.pour, sc.contre, sc.abstentions, sc.resultat) for d in s.deliberations for sc in d.scrutins]
    # « décide » seul ne dit pas le résultat : laissé vide
    assert votes == [(3, 0, 1, ResultatVote.ADOPTE), (2, 1, 1, None)]


def test_organe_lu_dans_les_dispositifs() -> None:
    resultat = lire_extrait(texte_html(SYNDICAT_HTML))
    assert resultat.seance is not None
    assert resultat.seance.assemblee.organe is Organe.COMITE_SYNDICAL
    assert "extrait.organe-du-dispositif" in {c.code for c in resultat.rapport.constats}
    assert "extrait.organe-absent" not in {c.code for c in resultat.rapport.constats}


def test_conseil_syndical_est_le_comite_syndical() -> None:
    assert r.organe("Réunion du conseil syndical du 3 mai 2019") == (Organe.COMITE_SYNDICAL, None)


def test_commune_face_a_un_organe_non_municipal_signalee() -> None:
    texte = (
        "Commune de Brévans\nCompte rendu du conseil communautaire\nSéance du 2 mai 2019\n"
        "Présents : M. Paul VIDAL, Mme Anne ROUX\nSecrétaire de séance : Mme Anne ROUX\n"
    )
    resultat = lire_extrait(texte)
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.type is not TypeCollectivite.COMMUNE
    codes = {c.code for c in resultat.rapport.constats}
    assert codes & {"extrait.collectivite-incoherente", "extrait.collectivite-organe"}


# Communauté de communes, lignes restituées : décomptes en marge, convocation sur trois lignes,
# président qui ouvre la séance, titre sur deux lignes puis exposé
COMMUNAUTE_LIGNES = """Nombre de membres dont le conseil communautaire doit être composé :       16
Nombre de délégués en exercice :                                             16
Nombre de délégués qui assistent à la séance :                               12

COMPTE-RENDU DU CONSEIL COMMUNAUTAIRE DU 24 SEPTEMBRE 2009

L'an deux mille neuf, le 24 septembre, à 20H30, les membres du Conseil communautaire se sont
réunis à la salle des fêtes, sur la convocation qui leur a été adressée,
par le Président, monsieur VIDAL Paul,
le 17 septembre 2009

Présents : M. Paul VIDAL, Mme Anne ROUX
Secrétaire de séance : madame ROUX Anne

Le quorum étant atteint, monsieur VIDAL Paul ouvre la séance.

N° 2009-58 : Administration générale - Modification des statuts : compétence voirie
d'intérêt communautaire
Le Président rappelle que les conseils municipaux devront se prononcer dans un délai de trois
mois sur la nouvelle rédaction des statuts.
Adopté à l'unanimité
"""


def test_en_tete_d_une_communaute_en_lignes() -> None:
    resultat = lire_extrait(COMMUNAUTE_LIGNES)
    s = resultat.seance
    assert s is not None
    assert s.decomptes is not None
    assert (s.decomptes.membres, s.decomptes.en_exercice, s.decomptes.presents) == (16, 16, 12)
    assert s.date_convocation is not None and s.date_convocation.isoformat() == "2009-09-17"
    assert s.president is not None and s.president.nom == "VIDAL"
    (d,) = s.deliberations
    assert d.objet == (
        "Administration générale - Modification des statuts : compétence voirie d'intérêt "
        "communautaire"
    )


def test_president_qui_ouvre_la_seance() -> None:
    assert r.president("Le quorum étant atteint, madame ROUX Anne ouvre la séance.") == "madame ROUX Anne"
    # la fonction seule, avec ou sans civilité, rapprochée ensuite du présent que la liste dit
    # maire ou président (comme « La séance est ouverte par M. le Maire ») ; sans lui, le
    # président reste non établi
    assert r.president("Le quorum étant atteint, le Président ouvre la séance.") == "le Président"
    assert r.president("Monsieur le Maire ouvre la séance") == "Monsieur le Maire"


def test_secretaire_suivi_d_une_phrase() -> None:
    assert r.secretaire(
        "Secrétaire de séance : madame ROUX Anne Le quorum étant atteint, le Président ouvre la séance."
    ) == "madame ROUX Anne"
    assert r.secretaire("Secrétaires de séance : M. A, Mme B et M. C") == "M. A, Mme B et M. C"


def test_points_en_intertitres_html_numerotes() -> None:
    page = (
        "<html><body><h1>Compte-rendu du Conseil de Métropole</h1>"
        "<h2>Séance ordinaire du Mardi 3 octobre 2023 à 18h00</h2>"
        "<p><strong>Présents :</strong> Paul VIDAL, Anne ROUX, Marc BRUN.</p>"
        "<p>Madame Anne ROUX est désignée en qualité de secrétaire de séance.</p>"
        "<h3>1- Rapport d'activité 2022 du délégataire</h3><p>Le Conseil prend acte du rapport.</p>"
        "<h3>2- Cession du lot n°7</h3><p>Pour : 3 Contre : 0 Abstentions : 0<br>"
        "Adopté à l'unanimité</p></body></html>"
    )
    s = lire_extrait(texte_html(page)).seance
    assert s is not None
    assert [(d.numero, d.objet) for d in s.deliberations] == [
        ("1", "Rapport d'activité 2022 du délégataire"),
        ("2", "Cession du lot n°7"),
    ]
    assert s.deliberations[0].scrutins == ()
    assert s.deliberations[1].scrutins[0].pour == 3


_MOTS = st.sampled_from(["Page 1/3", "Page 2/3", "Service", "X", "Adopté", "1-", "Titre", "à"])


@given(st.lists(_MOTS, max_size=60), st.text(max_size=200))
def test_entete_repete_suit_chaque_numero_de_page(mots: list[str], bruit: str) -> None:
    ligne = " ".join(mots) + " " + bruit
    entete = entete_repete(ligne)
    if entete is not None:
        # l'en-tête suit chacun des numéros de page, mot pour mot
        for morceau in ligne.split("Page ")[1:]:
            assert " ".join(morceau.split()[1:]).startswith(entete)
    texte = (ligne + " ") * 30  # assez long pour être lu comme aplati
    prep = preparer(texte)
    assert all(len(ligne.texte) <= 600 for ligne in prep.lignes)


def test_communaute_presidee_par_l_auteur_de_la_convocation() -> None:
    texte = COMMUNAUTE_LIGNES.replace(
        "par le Président, monsieur VIDAL Paul,",
        "par le Président de la Communauté de communes du Val d'Orne, monsieur VIDAL Paul,",
    )
    s = lire_extrait(texte).seance
    assert s is not None
    assert s.assemblee.collectivite.nom == "Communauté de communes du Val d'Orne"
    assert s.assemblee.collectivite.type is TypeCollectivite.COMMUNAUTE_DE_COMMUNES
    assert par_le_president("par le Président de la Communauté de communes, le 3 mai") is None


_NOMS = ["ARNAUD", "BLANC", "CARON", "DUMAS", "FABRE", "GIRARD", "HUBERT", "JOLY", "LAMBERT", "MARCHAND"]


def _pied(k: int) -> str:
    return f" Conseil communautaire du 11 mars 2015 Compte-rendu {k} {k + 1} "


def test_pied_de_compte_rendu_repete_retire_du_flux() -> None:
    """« … TESTE Laurence Conseil communautaire du 11 mars 2015 Compte-rendu 1 2 pour la commune
    de X : … » (pied de page, puis le numéro de la page suivante) : retiré de chaque page, dit."""
    texte = (
        "COMMUNAUTE DE COMMUNES DU VAL D'ORNE Conseil communautaire du 11 mars 2015 Présents : "
        "pour la commune de ANNEYRON : madame BERTHOLON Sylvie "
        + " ".join(f"monsieur {nom} Paul" for nom in _NOMS) + " madame TESTE Laurence" + _pied(1) + "pour la commune de SAINT-UZE : monsieur VINCENT "
        "Bruno Secrétaire de séance : madame TESTE Laurence. " + "Le rapporteur expose. " * 30
        + "Adopté à l'unanimité." + _pied(2) + "2 - Budget annexe. Adopté à l'unanimité."
    )
    prep = preparer(texte)
    assert [raison for _, _, raison in prep.retirees].count("pied de page") == 2
    assert not any("Compte-rendu" in ligne.texte for ligne in prep.lignes)
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert {"Laurence TESTE", "Bruno VINCENT"} <= {f"{e.prenom} {e.nom}" for e in seance.presents()}


def test_compte_rendu_cite_une_fois_reste() -> None:
    """Un seul « Compte-rendu 2 », ou des numéros qui ne croissent pas : rien n'est retiré."""
    corps = "Le rapporteur expose le projet. " * 40
    une_fois = corps + "Conseil communautaire du 11 mars 2015 Compte-rendu 2 suite " + corps
    assert not preparer(une_fois).retirees
    decroissants = corps + _pied(3) + corps + _pied(1) + corps
    assert not preparer(decroissants).retirees


def test_rejete_suivi_des_voix_ferme_le_titre_dans_le_flux() -> None:
    """« … Subvention au comité des fêtes Rejeté : 2 voix pour, 3 voix contre. » (aplati) : le
    vote commence à « Rejeté », comme à « Adopté : 4 voix pour »."""
    texte = (
        "COMMUNE DE VAUDREY Séance du 26 septembre 2024 Présents : M. Paul ROUX, Mme Anne PETIT "
        "Délibération n° 2024-31 : Tarifs de la cantine Adopté : 4 voix pour, 1 voix contre. "
        "Délibération n° 2024-32 : Subvention au comité des fêtes Rejeté : 2 voix pour, 3 voix contre."
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    d = seance.deliberations[1]
    assert d.objet == "Subvention au comité des fêtes"
    assert d.scrutins[0].resultat is ResultatVote.REJETE


def test_rapport_numerote_ouvre_un_point_dans_le_flux() -> None:
    """« … Secrétaire de séance : Mme X Rapport n° CP-2024-31 : Titre Rapporteur : … » (aplati) :
    le rapport ouvre le point ; « à partir du rapport n° 3 » reste un renvoi."""
    texte = (
        "DÉPARTEMENT DU JURA COMMISSION PERMANENTE Séance du 26 septembre 2024 Présents : M. Paul "
        "ROUX, Mme Anne PETIT (à partir du rapport n° 2), M. Luc BLANC Secrétaire de séance : Mme "
        "Anne PETIT Rapport n° CP-2024-31 : Tarifs de la cantine Rapporteur : M. Luc BLANC Adopté "
        "à l'unanimité. Rapport n° CP-2024-32 : Voirie Rapporteur : M. Luc BLANC Adopté à "
        "l'unanimité."
    )
    seance = lire_extrait(texte).seance
    assert seance is not None
    assert [(d.numero, d.objet) for d in seance.deliberations] == [
        ("CP-2024-31", "Tarifs de la cantine"),
        ("CP-2024-32", "Voirie"),
    ]
    assert "Anne PETIT" in {f"{e.prenom} {e.nom}" for e in seance.presents()}


def test_votants_apres_la_convocation_dans_le_flux() -> None:
    """« Date de convocation : 18 septembre 2024 Votants : 5 dont 1 pouvoir - Présents : 4 »
    (aplati) : « Votants : » ouvre les décomptes, la convocation reste lisible."""
    texte = (
        "COMMUNE DE VAUDREY Séance du 26 septembre 2024 Date de convocation : 18 septembre 2024 "
        "Votants : 5 dont 1 pouvoir - Présents : 4 Présents : M. Paul ROUX, Mme Anne PETIT, M. Luc "
        "BLANC, Mme Iris VIDAL Pouvoirs : Mme Nadia BERGER à M. Luc BLANC "
        "Délibération n° 2024-31 : Tarifs de la cantine Adopté à l'unanimité."
    )
    seance = lire_extrait(texte).seance
    assert seance is not None and seance.date_convocation is not None
    assert seance.date_convocation.isoformat() == "2024-09-18"
