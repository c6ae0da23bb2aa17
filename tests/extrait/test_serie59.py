"""Familles de mises en page trouvées par la cinquante-neuvième mesure hors échantillon
(documents 725 à 734 : tirage général, communes, communautés de communes, syndicat,
départements) : chaque règle sur un petit texte inventé, en lignes et aplati sur une ligne,
indépendamment du corpus."""

from __future__ import annotations

import textwrap

import pytest

from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.collectivite import en_tete
from tests.extrait.comparaison import projection, seance_lue


def _aplati(texte: str) -> str:
    return " ".join(texte.split())


_TETE = (
    "COMMUNE DE VAL-D'ARGENS\nSéance du conseil municipal du 3 juillet 2020\n"
    "Le conseil municipal s'est réuni sous la présidence de Madame Lise BERTIN, Maire.\n"
)
_PRESENTS = "Présents : Mme Lise BERTIN, M. Marc COLIN, Mme Anne DAVID, M. Paul FERRAND.\n"
_SECRETAIRE = "Secrétaire de séance : Mme Anne DAVID.\n"


def _deliberations(texte: str) -> list[dict[str, object]]:
    deliberations: list[dict[str, object]] = projection(seance_lue(texte))["deliberations"]
    return deliberations


@pytest.mark.parametrize("forme", [str, _aplati])
def test_vote_apres_la_phrase_du_dispositif(forme) -> None:  # type: ignore[no-untyped-def]
    """« Titre : le Conseil Municipal désigne M. X délégué titulaire … Vote : unanimité. » sur
    une ligne : le vote, après la phrase, est celui du point (le point était perdu, sans vote
    ni décision lus)."""
    texte = forme(
        _TETE + _PRESENTS + _SECRETAIRE
        + "Délégués au syndicat d'eau : le Conseil Municipal désigne M. Paul FERRAND délégué "
        "titulaire et M. Marc COLIN délégué suppléant au syndicat d'adduction d'eau. Vote : unanimité.\n"
        "Tarifs de la cantine : le Conseil Municipal approuve les tarifs. Adopté à l'unanimité.\n"
    )
    deliberations = _deliberations(texte)
    assert [d["objet"] for d in deliberations] == ["Délégués au syndicat d'eau", "Tarifs de la cantine"]
    scrutin = deliberations[0]["scrutin"]
    assert isinstance(scrutin, dict) and scrutin["unanimite"] and scrutin["resultat"] == "adopte"


def test_vote_numerote_reste_un_titre() -> None:
    """« 3. Vote : budget primitif » : un rang puis un titre, pas un vote coupé de sa phrase."""
    texte = _TETE + _PRESENTS + "3. Vote : budget primitif 2020\nAdopté à l'unanimité.\n"
    assert [d["numero"] for d in _deliberations(texte)] == ["3"]


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize("libelle", ["Absente : 1", "Absent : 1", "Absentes : 2"])
def test_decompte_absente_au_feminin(forme, libelle: str) -> None:  # type: ignore[no-untyped-def]
    """« Membres en exercice : 24 Présents : 19 Représentés : 4 Absente : 1 » : l'absente est
    comptée (le libellé au féminin n'était pas lu)."""
    attendu = int(libelle[-1])
    assert ("absents", attendu) in r.decomptes(f"Membres en exercice : 24 Présents : 19 {libelle}")
    texte = forme(
        "DÉPARTEMENT DU HAUT-LIZON\nCOMMISSION PERMANENTE\nRéunion du 4 mars 2019\n"
        f"Membres en exercice : 24 Présents : 19 Représentés : 4 {libelle}\n"
        "La Commission permanente s'est réunie sous la présidence de M. Paul ARNAUD.\n"
        "Présents : M. Paul ARNAUD, Mme Lise BERTIN.\n"
        "Rapport n° 1-04 – Aide aux communes\nAdopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["decomptes"]["absents"] == attendu


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    ("titre", "suite"),
    [
        ("Subvention à l'association Les Amis du Lavoir", "Mme Anne DAVID, présidente de "
         "l'association, ne prend pas part au vote."),
        ("Convention avec Les Jardins de la Source", "Le conseil municipal approuve la convention."),
        ("Bail du local de La Grange Neuve", "M. Marc COLIN expose le projet de bail."),
    ],
)
def test_article_d_un_nom_propre_dans_le_titre(forme, titre: str, suite: str) -> None:  # type: ignore[no-untyped-def]
    """« … à l'association Les Amis du Lavoir Mme X, présidente, ne prend pas part au vote »
    (texte aplati) : « Les » ouvre le nom de l'association, pas la phrase ; le titre finit
    devant la phrase qui suit le nom."""
    texte = forme(
        _TETE + _PRESENTS + _SECRETAIRE
        + f"Délibération n° 2016-021 : {titre}\n{suite}\nPour : 3 Contre : 0 Abstention : 0\n"
        "Délibération n° 2016-022 : Budget primitif\nAdopté à l'unanimité.\n"
    )
    assert [d["objet"] for d in _deliberations(texte)] == [titre, "Budget primitif"]


@pytest.mark.parametrize(
    ("ligne", "titre"),
    [
        ("Tarifs 2009 du portage Le Président propose de porter le prix", "Tarifs 2009 du portage"),
        ("Vente du terrain Le Conseil Municipal, après en avoir délibéré", "Vente du terrain"),
        ("Cession à la SCI Les Genêts Le prix est de 12 €", "Cession à la SCI Les Genêts"),
        ("Frais de mission Le Maire Monsieur Paul ROUX expose", "Frais de mission"),
    ],
)
def test_article_qui_ouvre_la_phrase(ligne: str, titre: str) -> None:
    """L'article d'une fonction (« Le Maire », « Le Président ») ou d'une assemblée qui délibère
    ouvre toujours la phrase après le titre."""
    assert r.couper_titre(ligne)[0] == titre


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize("assemblee", ["LA COMMISSION PERMANENTE", "LE CONSEIL MUNICIPAL"])
def test_assemblee_en_capitales_ouvre_le_dispositif(forme, assemblee: str) -> None:  # type: ignore[no-untyped-def]
    """« Rapport n° 1-04 – … d'allocations familiales LA COMMISSION PERMANENTE, Vu le code … »
    (texte aplati) : l'assemblée en capitales, suivie d'une virgule, ouvre le dispositif ; elle
    ne finit pas le titre."""
    texte = forme(
        _TETE + _PRESENTS + _SECRETAIRE
        + f"Rapport n° 1-04 – Convention avec la caisse d'allocations familiales\n{assemblee}, "
        "Vu le code général des collectivités territoriales, DÉCIDE d'approuver la convention.\n"
        "Vote : Pour : 4 Contre : 0 Abstention : 0 – Adopté\n"
    )
    objets = [d["objet"] for d in _deliberations(texte)]
    assert objets == ["Convention avec la caisse d'allocations familiales"]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_secretaire_en_apposition(forme) -> None:  # type: ignore[no-untyped-def]
    """« … demande à Madame Anne DAVID, secrétaire de séance, de procéder à l'appel nominatif » :
    la secrétaire nommée en apposition."""
    texte = forme(
        _TETE + "Madame la Maire ouvre la séance et demande à Madame Anne DAVID, secrétaire de "
        "séance, de procéder à l'appel nominatif.\n" + _PRESENTS
        + "1 – Budget primitif\nAdopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["secretaires"] == ["Anne DAVID"]


@pytest.mark.parametrize(
    "phrase",
    [
        "Présents : M. Paul ROUX, Mme Anne DAVID, secrétaire de mairie, M. Marc COLIN.",
        "M. Paul ROUX, secrétaire de séance lors de la précédente réunion, présente le procès-verbal",
    ],
)
def test_apposition_qui_ne_nomme_pas_le_secretaire(phrase: str) -> None:
    """La secrétaire de mairie, ou le secrétaire d'une autre séance, n'est pas le secrétaire."""
    assert r.secretaire(phrase) is None


def test_secretaire_en_apposition_coupee_par_la_largeur() -> None:
    """Texte d'un PDF coupé à largeur fixe : « … demande à Madame Anne DAVID, » / « secrétaire
    de séance, de procéder … » : la ligne en minuscule qui suit la virgule poursuit la phrase (elle
    était lue comme l'intitulé « Secrétaire de séance »)."""
    paragraphe = (
        "Le conseil municipal s'est réuni à la mairie le 3 juillet 2020 sous la présidence de "
        "Madame Lise BERTIN, Maire, qui a ouvert la séance à vingt heures précises devant le public."
    )
    lignes = [
        *textwrap.wrap(paragraphe, 78),
        "Madame la Maire constate que le quorum est atteint et demande à Madame Anne DAVID,",
        "secrétaire de séance, de procéder à l'appel nominatif des conseillers présents ce jour.",
    ]
    texte = (
        "COMMUNE DE VAL-D'ARGENS\nSéance du conseil municipal du 3 juillet 2020\n"
        + "\n".join(lignes) + "\n" + _PRESENTS + "1 – Budget primitif\nAdopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["secretaires"] == ["Anne DAVID"]


@pytest.mark.parametrize(
    "ligne",
    [
        "Communauté de communes du Bocage Côtier Conseil de communauté du 21 mars 2013 Accueil",
        "Communauté de communes du Bocage Côtier Compte rendu du 21 mars 2013",
        "Communauté de communes du Bocage Côtier",
    ],
)
def test_nom_d_epci_suivi_du_titre_et_de_la_date(ligne: str) -> None:
    """« Communauté de communes de X Conseil de communauté du 21 mars 2013 … » (titre d'une page
    web aplatie) : le nom s'arrête au titre du document (il gardait « Conseil de communauté du »,
    valeur fausse sans constat)."""
    assert en_tete(ligne) == ("Communauté de communes du Bocage Côtier", "epci")


@pytest.mark.parametrize("forme", [str, _aplati])
def test_collectivite_epci_de_la_page_aplatie(forme) -> None:  # type: ignore[no-untyped-def]
    texte = forme(
        "Communauté de communes du Bocage Côtier\nConseil de communauté du 21 mars 2013\n"
        "Le conseil de communauté s'est réuni sous la présidence de M. Paul ARNAUD, Président.\n"
        "Présents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN.\n"
        "2013-08 – Budget primitif 2013\nAdopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["collectivite"] == "Communauté de communes du Bocage Côtier"


@pytest.mark.parametrize(
    ("ligne", "date"),
    [
        ("Conseil de communauté du 21 mars 2013", "2013-03-21"),
        ("Conseil de la communauté du 21 mars 2013", "2013-03-21"),
    ],
)
def test_date_du_conseil_de_communaute(ligne: str, date: str) -> None:
    """« Conseil de communauté du 21 mars 2013 » (titre d'une page) : la date de la séance
    (« conseil de communauté » n'était pas un titre daté : la séance n'était pas construite)."""
    lu = r.date_seance_fiable(ligne)
    assert lu is not None and lu[0].isoformat() == date


_SIVOM = (
    "SYNDICAT INTERCOMMUNAL A VOCATION MULTIPLE DES TROIS RIVIERES\n"
    "Le comité syndical s'est réuni le 12 novembre 2009 sous la présidence de M. Paul ARNAUD, "
    "Président.\nPrésents : M. Paul ARNAUD, Mme Lise BERTIN, M. Marc COLIN, Mme Anne DAVID.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    "pied",
    [
        "SIVOM des Trois Rivières – Comité syndical du 12 novembre 2009\n2/3\n",
        "Comité syndical du 12 novembre 2009 – page 2/3\nCOMITÉ SYNDICAL\nSéance du 12 novembre 2009\n",
    ],
)
def test_pied_de_page_puis_point_numerote(forme, pied: str) -> None:  # type: ignore[no-untyped-def]
    """PDF aplati : « … Adopté à l'unanimité. SIVOM … du 12 novembre 2009 2/3 3 – Restauration
    … » ou « … Séance du 12 novembre 2009 3. Tarifs … » : le pied ou l'en-tête de page répété
    finit avant le point suivant (le point était perdu, son vote mêlé au précédent)."""
    texte = forme(
        _SIVOM + "1 – Décision modificative n° 3\nLe comité adopte la décision modificative.\n"
        "Adopté à l'unanimité.\n" + pied + "2. Restauration scolaire : avenant n° 2\n"
        "Le comité approuve l'avenant.\nPour : 3 Contre : 1 Abstention : 0\n"
    )
    deliberations = _deliberations(texte)
    assert [d["numero"] for d in deliberations] == ["1", "2"]
    scrutin = deliberations[1]["scrutin"]
    assert isinstance(scrutin, dict) and (scrutin["pour"], scrutin["contre"]) == (3, 1)


_CC = (
    "COMMUNAUTÉ DE COMMUNES DU PAYS DE LIZAC\nConseil communautaire du 12 avril 2016\n"
    "Le conseil communautaire s'est réuni sous la présidence de M. Henri BOYER, Président.\n"
)
_CC_SUITE = (
    "Pouvoir : Mme Lise HUE (Bléty) à M. Paul DIDIER.\nSecrétaire de séance : Mme Anne CLERC.\n"
    "2016-12 – Budget primitif 2016\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    "presents",
    [
        # la commune, un tiret, ses délégués (les communes étaient lues comme des présents)
        "Délégués présents :\nArlay – M. Henri BOYER, Mme Anne CLERC\nBléty – M. Paul DIDIER\n"
        "Crans – Mme Rose FAURE représentant M. Jean GAY\n",
        # la commune en capitales après un point-virgule, les délégués sans civilité
        "Présents : ARLAY : Henri BOYER, Anne CLERC ; BLÉTY : Paul DIDIER ; CRANS : Rose FAURE, "
        "suppléante de Jean GAY.\n",
    ],
)
def test_delegues_groupes_par_commune(forme, presents: str) -> None:  # type: ignore[no-untyped-def]
    """« Arlay – M. Henri BOYER, Mme Anne CLERC », « ; BLÉTY : Paul DIDIER ; … » : la commune
    est le nom d'un groupe, jamais un présent ; chacun de ses délégués est lu."""
    obtenu = projection(seance_lue(forme(_CC + presents + _CC_SUITE)))
    assert sorted(obtenu["presents"]) == ["Anne CLERC", "Henri BOYER", "Paul DIDIER"]
    assert obtenu["suppleances"] == [["Rose FAURE", "Jean GAY"]]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_prenom_tiret_civilite_reste_une_liste_de_personnes(forme) -> None:  # type: ignore[no-untyped-def]
    """« Présents : Paul Roux – M. Henri BOYER » : « Paul Roux » (un prénom usuel en tête) est
    une personne, pas une commune."""
    texte = forme(
        _CC + "Présents : Paul Roux – M. Henri BOYER, Mme Anne CLERC, M. Paul DIDIER.\n" + _CC_SUITE
    )
    assert "Paul Roux" in projection(seance_lue(texte))["presents"]


_COMMUNE_12 = (
    "COMMUNE DE SAINT-PRIVAT-LES-BOIS\nSéance du conseil municipal du 14 mars 2019\n"
    "Le conseil municipal s'est réuni sous la présidence de M. Alain MOREL, Maire.\n"
    "Présents : M. Alain MOREL, Mme Odile FAURE, M. Paul BLANC, Mme Rose NOIR, M. Luc GRIS, "
    "Mme Eve ROSE, M. Jean VERT, Mme Anne BRUN, M. Marc ROUX, Mme Lise BLEU, M. Yves OCRE, "
    "Mme Ida JAUNE.\nSecrétaire de séance : Mme Odile FAURE.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    "vote",
    [
        "POUR : 12 / CONTRE : 2 / ABST : 1",
        "Pour : douze – Contre : deux – Abstention : une",
        "Vote : Pour = 12 Contre = 2 Abstention = 1",
        "Pour : 12 Contre : 2 Abst. : 1",
    ],
)
def test_point_numerote_apres_le_dernier_nombre_du_vote(forme, vote: str) -> None:  # type: ignore[no-untyped-def]
    """Texte aplati : « … ABST : 1 2 – Tarifs … », « … Abstention : une 2 – … », « … Abstention
    = 1 2 – … » : le rang qui suit le dernier nombre du vote ouvre le point suivant (le point
    était perdu et son unanimité donnée au précédent, valeur fausse sans constat)."""
    texte = forme(
        _COMMUNE_12 + "1 – Budget primitif 2019\nLe maire présente le budget primitif.\n"
        f"{vote}\n2 – Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    deliberations = _deliberations(texte)
    assert [d["objet"] for d in deliberations] == ["Budget primitif 2019", "Tarifs de la cantine"]
    scrutin = deliberations[0]["scrutin"]
    assert isinstance(scrutin, dict)
    assert (scrutin["pour"], scrutin["contre"], scrutin["abstentions"], scrutin["unanimite"]) == (12, 2, 1, False)


_VILLE = (
    "COMMUNE DE MONTFERRAND\nSéance du conseil municipal du 12 décembre 2023\n"
    "Le conseil municipal s'est réuni sous la présidence de M. Frédéric AUBRY, Maire.\n"
    "Présents : M. Frédéric AUBRY, Mme Nathalie BERGER, M. Philippe DELORME, M. Karim BENSAÏD.\n"
)
_VILLE_SUITE = (
    "Secrétaire de séance : M. Karim BENSAÏD\nN° 2023-78 – Budget primitif 2024\n"
    "Adopté à l'unanimité.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    ("representes", "attendu"),
    [
        (
            "Représentés\nMme Laure ANDRÉ représentée par M. Philippe DELORME\n"
            "M. Cédric BARON représenté par Mme Nathalie BERGER\n",
            [["Laure ANDRÉ", "Philippe DELORME"], ["Cédric BARON", "Nathalie BERGER"]],
        ),
        (
            "Absents représentés Mme Laure ANDRÉ par M. Philippe DELORME\n",
            [["Laure ANDRÉ", "Philippe DELORME"]],
        ),
    ],
)
def test_intitule_representes_sans_deux_points(forme, representes: str, attendu: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    """« Représentés » (titre `<h2>` d'une page web, sans deux-points), « Absents représentés
    Mme X par M. Y » : l'intitulé des procurations ; aplati, il finit la liste des présents (le
    dernier présent était lu « Karim BENSAÏD. Représentés », valeur fausse sans constat)."""
    obtenu = projection(seance_lue(forme(_VILLE + representes + _VILLE_SUITE)))
    assert obtenu["procurations"] == attendu
    assert sorted(obtenu["presents"]) == ["Frédéric AUBRY", "Karim BENSAÏD", "Nathalie BERGER", "Philippe DELORME"]


@pytest.mark.parametrize("forme", [str, _aplati])
def test_secretaire_pris_dans_le_sein_du_conseil_sans_vote(forme) -> None:  # type: ignore[no-untyped-def]
    """« Il a été procédé à la nomination d'un secrétaire pris dans le sein du conseil : Mme X a
    été désignée pour remplir ces fonctions. » (la formule du registre, sans « ayant obtenu la
    majorité des suffrages ») : la secrétaire."""
    texte = forme(
        _TETE + _PRESENTS + "Il a été procédé à la nomination d'un secrétaire pris dans le sein du "
        "conseil : Mme Anne DAVID a été désignée pour remplir ces fonctions.\n"
        "1 – Budget primitif\nAdopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["secretaires"] == ["Anne DAVID"]


def test_ces_fonctions_sans_secretaire() -> None:
    """« M. X a été désigné pour remplir ces fonctions » sans « secrétaire » avant : un autre
    mandat (délégué, représentant), pas le secrétaire."""
    phrase = (
        "Désignation d'un délégué au syndicat d'eau : M. Paul ROUX a été désigné pour remplir ces "
        "fonctions."
    )
    assert r.secretaire(phrase) is None


_CP = (
    "DÉPARTEMENT DU TARN\nCOMMISSION PERMANENTE\nSéance du 19 novembre 2021\n"
    "La Commission permanente s'est réunie sous la présidence de M. Thierry CABROL, Président du "
    "Conseil départemental.\nÉtaient présents : M. Thierry CABROL, Mme Agnès ALBERT, M. Jean-Louis "
    "ASSIÉ, Mme Nadia BELKACEM, M. Francis BERTRAND.\n"
    "Absents ayant donné délégation de vote : Mme Évelyne BOUSQUET à Mme Agnès ALBERT.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    ("premier", "second", "numeros", "objets"),
    [
        (
            "CP-2021-11-042 – Aide aux communes rurales",
            "CP-2021-11-043 – Collèges publics",
            ["CP-2021-11-042", "CP-2021-11-043"],
            ["Aide aux communes rurales", "Collèges publics"],
        ),
        (
            "RAPPORT 3-12 AIDE AUX COMMUNES RURALES",
            "RAPPORT 3-13 COLLÈGES PUBLICS",
            ["3-12", "3-13"],
            ["AIDE AUX COMMUNES RURALES", "COLLÈGES PUBLICS"],
        ),
    ],
)
def test_numero_de_rapport_apres_l_issue(forme, premier: str, second: str, numeros: list[str], objets: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Texte aplati : « … Abstention : 0 – Adopté CP-2021-11-043 – Collèges publics … », « …
    – Adopté RAPPORT 3-13 COLLÈGES PUBLICS … » : après l'issue, le numéro ouvre le point suivant
    (il était perdu, son unanimité donnée au précédent) ; « … RURALES LA COMMISSION PERMANENTE,
    après … » : l'assemblée ouvre le dispositif après un titre en capitales aussi."""
    texte = forme(
        _CP + f"{premier}\nLA COMMISSION PERMANENTE, après en avoir délibéré, DÉCIDE d'attribuer "
        "les aides.\nVote : Pour : 6 – Contre : 0 – Abstention : 0 – Adopté\n"
        f"{second}\nAdopté à l'unanimité.\n"
    )
    deliberations = _deliberations(texte)
    assert [d["numero"] for d in deliberations] == numeros
    assert [d["objet"] for d in deliberations] == objets


@pytest.mark.parametrize(
    "ligne",
    [
        "CONVENTION AVEC LE CONSEIL DÉPARTEMENTAL, AVENANT N° 2",
        "DÉLÉGATIONS ACCORDÉES PAR LE CONSEIL MUNICIPAL, COMPTE RENDU",
    ],
)
def test_assemblee_en_capitales_dans_le_titre(ligne: str) -> None:
    """Après une préposition, l'assemblée en capitales fait partie du titre."""
    assert r.couper_titre(ligne)[0] == ligne


@pytest.mark.parametrize("forme", [str, _aplati])
def test_effectif_legal_en_lettres_seul(forme) -> None:  # type: ignore[no-untyped-def]
    """« Effectif légal : quinze. » (la phrase seule, coupée des autres décomptes dans un texte
    aplati) : l'effectif légal."""
    assert ("membres", 15) in r.decomptes("Effectif légal : quinze.")
    texte = forme(
        _TETE + "Effectif légal : quinze. En exercice : quinze. Présents : quatre. Votants : quatre.\n"
        + _PRESENTS + _SECRETAIRE + "1 – Budget primitif\nAdopté à l'unanimité.\n"
    )
    decomptes = projection(seance_lue(texte))["decomptes"]
    assert (decomptes["membres"], decomptes["en_exercice"], decomptes["presents"]) == (15, 15, 4)


_SIX = (
    "COMMUNE DE SAINT-PRIVAT-LES-BOIS\nCompte rendu de la séance du conseil municipal du 14 mars "
    "2019\nLe conseil municipal s'est réuni sous la présidence de M. Alain MOREL, Maire.\n"
    "Présents : M. Alain MOREL, Mme Odile FAURE, M. Paul BLANC, Mme Rose NOIR, M. Luc GRIS, "
    "Mme Eve ROSE.\n"
)
_SIX_SUITE = (
    "Secrétaire de séance : Mme Odile FAURE.\n1 – Budget primitif de la commune\n"
    "Le conseil municipal approuve le budget.\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    "phrase",
    [
        "M. Jean ROUX donne procuration à M. Alain MOREL ; Mme Lise PETIT donne procuration à "
        "Mme Odile FAURE.",
        "Procuration de M. Jean ROUX à M. Alain MOREL, procuration de Mme Lise PETIT à Mme Odile "
        "FAURE.",
    ],
)
def test_deux_procurations_en_phrase_apres_les_presents(forme, phrase: str) -> None:  # type: ignore[no-untyped-def]
    """« M. X donne procuration à M. Y ; Mme Z donne procuration à Mme W. » (aplati : la phrase
    n'était pas lue), « Procuration de X à Y, procuration de Z à W » (en lignes : le second
    pouvoir était perdu, le premier sans mandataire) : les deux procurations."""
    obtenu = projection(seance_lue(forme(_SIX + phrase + "\n" + _SIX_SUITE)))
    assert sorted(obtenu["procurations"]) == [["Jean ROUX", "Alain MOREL"], ["Lise PETIT", "Odile FAURE"]]
    assert len(obtenu["presents"]) == 6


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize("secretaire", ["M. Karim BENSAÏD", "M. Karim BENSAID", "Mme Anne DAVID"])
def test_numero_apres_le_nom_du_secretaire(forme, secretaire: str) -> None:  # type: ignore[no-untyped-def]
    """Texte aplati : « … Secrétaire de séance : M. Karim BENSAÏD 2023-45 – Budget primitif … » :
    le numéro suivi d'un tiret ouvre le point, même après un NOM à tréma (le point était perdu,
    son vote hors de toute délibération)."""
    texte = forme(
        _TETE + _PRESENTS + f"Secrétaire de séance : {secretaire}\n2023-45 – Budget primitif 2024\n"
        "Le conseil municipal approuve le budget primitif.\nPour : 3 Contre : 1 Abstention : 0\n"
        "2023-46 – Tarifs communaux\nAdopté à l'unanimité.\n"
    )
    assert [d["numero"] for d in _deliberations(texte)] == ["2023-45", "2023-46"]


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    "ligne",
    [
        "Suppléant ayant voix délibérative : Mme Rose FAURE pour M. Jean GAY.",
        "Suppléants avec voix délibérative : Mme Rose FAURE pour M. Jean GAY.",
    ],
)
def test_suppleant_pour_titulaire(forme, ligne: str) -> None:  # type: ignore[no-untyped-def]
    """« Suppléant ayant voix délibérative : Mme X pour M. Y » : X siège pour Y (la ligne
    n'était pas lue ; aplatie, l'intitulé restait collé au dernier présent)."""
    texte = forme(
        "SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-LIZON\nCompte rendu du comité syndical du 5 mai "
        "2014\nLe comité syndical s'est réuni sous la présidence de M. Henri BOYER, Président.\n"
        "Présents : M. Henri BOYER, Mme Anne CLERC, M. Paul DIDIER.\n" + ligne + "\n"
        "Excusé : M. Luc HUE.\n1 – Budget primitif 2014\nAdopté à l'unanimité.\n"
    )
    obtenu = projection(seance_lue(texte))
    assert obtenu["suppleances"] == [["Rose FAURE", "Jean GAY"]]
    assert sorted(obtenu["presents"]) == ["Anne CLERC", "Henri BOYER", "Paul DIDIER"]


@pytest.mark.parametrize("forme", [str, _aplati])
@pytest.mark.parametrize(
    "phrase",
    [
        "Adopté par 3 voix pour ; M. Paul FERRAND n'a pas pris part au vote.",
        "Adopté par 3 voix pour, M. Paul FERRAND n’a pas participé au vote.",
    ],
)
def test_n_a_pas_pris_part_au_vote(forme, phrase: str) -> None:  # type: ignore[no-untyped-def]
    """« M. X n'a pas pris part au vote » (passé composé) : un élu ne prend pas part au vote."""
    texte = forme(
        _TETE + _PRESENTS + _SECRETAIRE + "1 – Cession d'un terrain communal\n"
        f"Le conseil municipal approuve la cession.\n{phrase}\n"
    )
    scrutin = _deliberations(texte)[0]["scrutin"]
    assert isinstance(scrutin, dict) and (scrutin["pour"], scrutin["ne_prend_pas_part"]) == (3, 1)


def test_a_pris_part_au_vote_n_est_pas_un_retrait() -> None:
    assert r.resultat("M. Paul ROUX a pris part au vote.") is None


_POINTS_ROMAINS = (
    "I – Travaux de voirie 2020 : choix de l'entreprise\nMonsieur le Maire présente les trois offres "
    "reçues. Le conseil municipal retient l'offre la moins disante.\n"
    "Vote : Pour : 3 Contre : 1 Abstention : 0\n"
    "II – Tarifs de la salle des fêtes\nLe conseil municipal approuve les tarifs de location : "
    "habitants 120 €, extérieurs 210 €.\nPour 4 Contre 0 Abstention 0\n"
)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_points_romains_a_tiret_suivis_de_l_expose(forme) -> None:  # type: ignore[no-untyped-def]
    """Texte aplati : « … I – Travaux de voirie 2020 : choix de l'entreprise Monsieur le Maire
    présente … » : le chiffre romain, le tiret et le titre en casse mixte ouvrent un point même
    suivi de son exposé (aucun point n'était lu) ; « … 210 €. Pour 4 Contre 0 Abstention 0 » :
    le vote sans deux-points, après une phrase finie par un montant, est lu."""
    texte = forme(_TETE + _PRESENTS + _SECRETAIRE + _POINTS_ROMAINS)
    deliberations = _deliberations(texte)
    assert [d["numero"] for d in deliberations] == ["I", "II"]
    assert deliberations[0]["objet"] == "Travaux de voirie 2020 : choix de l'entreprise"
    scrutin = deliberations[1]["scrutin"]
    assert isinstance(scrutin, dict) and (scrutin["pour"], scrutin["contre"]) == (4, 0)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_decomptes_en_lettres_dans_la_phrase_d_ouverture(forme) -> None:  # type: ignore[no-untyped-def]
    """« Le conseil municipal, composé de quinze membres en exercice, s'est réuni avec quatre
    membres présents et cinq votants. » : les trois décomptes (les votants, après « et », étaient
    perdus)."""
    phrase = (
        "Le conseil municipal, composé de quinze membres en exercice, s'est réuni avec quatre "
        "membres présents et cinq votants."
    )
    assert set(r.decomptes(phrase)) == {("en_exercice", 15), ("presents", 4), ("votants", 5)}
    texte = forme(_TETE + phrase + "\n" + _PRESENTS + _SECRETAIRE + "1 – Budget primitif\nAdopté à l'unanimité.\n")
    decomptes = projection(seance_lue(texte))["decomptes"]
    assert (decomptes["en_exercice"], decomptes["presents"], decomptes["votants"]) == (15, 4, 5)


@pytest.mark.parametrize("forme", [str, _aplati])
def test_tableau_intitule_noms_aplati(forme) -> None:  # type: ignore[no-untyped-def]
    """Tableau « intitulé | noms » d'une page web (« Présents ⇥ M. X, … », « Pouvoir ⇥ M. Y à
    M. Z ») : aplati, « … Séance du 4 avril 2022 Présents M. X, … BENSAÏD Pouvoir M. Y à M. Z »
    (intitulés sans deux-points après une année ou un NOM) ; « Pouvoir » au singulier."""
    texte = forme(
        "COMMUNE DE VALBONNE-SUR-LIZE\nSéance du 4 avril 2022\n"
        "Présents\tM. Frédéric AUBRY, Mme Nathalie BERGER, M. Philippe DELORME, M. Karim BENSAÏD\n"
        "Pouvoir\tM. Paul DUBOIS à M. Frédéric AUBRY\n"
        "La séance est ouverte à 20 h 30 sous la présidence de M. Frédéric AUBRY, Maire. Mme Nathalie "
        "BERGER est désignée secrétaire de séance.\n1. Budget primitif 2022\nAdopté à l'unanimité (5 voix).\n"
    )
    obtenu = projection(seance_lue(texte))
    assert sorted(obtenu["presents"]) == ["Frédéric AUBRY", "Karim BENSAÏD", "Nathalie BERGER", "Philippe DELORME"]
    assert obtenu["procurations"] == [["Paul DUBOIS", "Frédéric AUBRY"]]
