"""Familles de mises en page trouvées par la vingt-sixième mesure hors échantillon (documents
413 à 422 : présence en tableaux et en colonnes, copiés d'un PDF ou d'une page web) : chaque
règle sur un petit texte, indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import lire_extrait
from deliberations.extrait.html import texte_html
from tests.extrait.comparaison import projection


def _lu(texte: str) -> dict[str, object]:
    seance = lire_extrait(texte).seance
    assert seance is not None, texte
    return projection(seance)


_COMMUNE = (
    "COMMUNE DE VAUCLERC\nProcès-verbal du conseil municipal du 20 mai 2019\n"
    "sous la présidence de M. Jean DELORME, Maire.\n\n"
)
_POINT = "\nN° 2019-11 – Tarifs de la cantine\nAdopté à l'unanimité.\n"


def test_tableau_pdftotext_une_colonne_par_statut_cochee() -> None:
    """« Nom Prénom   Présent   Absent   Excusé   Pouvoir à » (pdftotext -layout) : la croix
    est rangée dans la colonne sous laquelle elle est écrite."""
    lu = _lu(
        _COMMUNE
        + "   Nom Prénom              Présent    Absent     Excusé     Pouvoir à\n"
        + "   DELORME Jean               X\n"
        + "   ROY Anne                                         X       DELORME Jean\n"
        + "   MARTY Paul                            X\n"
        + "   GARAT Luc                                        X\n"
        + "   VIAL Iris                  X\n"
        + _POINT
    )
    assert lu["presents"] == ["Jean DELORME", "Iris VIAL"]
    assert lu["absents"] == ["Paul MARTY"]
    assert sorted(lu["excuses"]) == ["Anne ROY", "Luc GARAT"]  # type: ignore[type-var]
    assert lu["procurations"] == [["Anne ROY", "Jean DELORME"]]


_SYNDICAT = (
    "SYNDICAT INTERCOMMUNAL DES EAUX DU LIZON\nComité syndical du 21 septembre 2016\n"
    "sous la présidence de M. Lionel GAUTHIER, Président.\n\n"
)


def test_tableau_a_lettres_commune_ecrite_une_fois() -> None:
    """« Commune   Délégué   P   A   E   Pouvoir à » : une colonne par lettre ; la commune
    n'est écrite que sur la première rangée de ses délégués (« LES ESSARTS » n'est pas un
    délégué) ; les cellules vides de fin de rangée tombent avec les blancs."""
    lu = _lu(
        _SYNDICAT
        + "  Commune              Délégué                        P    A    E    Pouvoir à\n"
        + "  BELVAL               M. Lionel GAUTHIER             X\n"
        + "                       M. Daniel FORTIN                         X    M. GAUTHIER\n"
        + "  LES ESSARTS          M. Thierry BAUDRY                        X\n"
        + "                       M. Raymond COLAS               X\n"
        + "                       Mme Anne BRUN                       X\n"
        + "\nDélibération n° 2016-18 : Rapport annuel\nAdopté à l'unanimité.\n"
    )
    assert lu["presents"] == ["Lionel GAUTHIER", "Raymond COLAS"]
    assert lu["absents"] == ["Anne BRUN"]
    assert sorted(lu["excuses"]) == ["Daniel FORTIN", "Thierry BAUDRY"]  # type: ignore[type-var]
    assert lu["procurations"] == [["Daniel FORTIN", "Lionel GAUTHIER"]]


def test_feuille_d_emargement_a_pointilles() -> None:
    """« NOM Prénom   Fonction   Présence / Signature » puis « X Y   Maire   Présent   ….. » :
    les pointillés de la signature ne sont pas une cellule ; « Absente excusée » est excusée."""
    lu = _lu(
        _COMMUNE
        + " NOM Prénom           Fonction          Présence / Signature\n"
        + " DELORME Jean         Maire             Présent        .....................\n"
        + " ROY Anne             1re Adjointe      Présente       .....................\n"
        + " MARTY Paul           Conseiller        Absent excusé (pouvoir à M. DELORME)\n"
        + " VIAL Iris            Conseillère       Absente excusée\n"
        + " GARAT Luc            Conseiller        Absent\n"
        + _POINT
    )
    assert lu["presents"] == ["Jean DELORME", "Anne ROY"]
    assert lu["excuses"] == ["Iris VIAL", "Paul MARTY"]
    assert lu["absents"] == ["Luc GARAT"]
    assert lu["procurations"] == [["Paul MARTY", "Jean DELORME"]]


def test_table_membre_situation_pouvoir_donne_a() -> None:
    """``<table>`` « Membre | Situation | Pouvoir donné à », « NOM Prénom », cellules vides."""
    html = (
        "<html><body><h1>Commune de Vauclerc</h1>"
        "<p>Conseil municipal du 20 mai 2019, sous la présidence de M. Jean DELORME, Maire.</p>"
        "<table><thead><tr><th>Membre</th><th>Situation</th><th>Pouvoir donné à</th></tr></thead>"
        "<tbody><tr><td>DELORME Jean</td><td>Présent</td><td></td></tr>"
        "<tr><td>LE ROUX Anne</td><td>Excusée</td><td>DELORME Jean</td></tr>"
        "<tr><td>MARTY Paul</td><td>Absent</td><td></td></tr>"
        "<tr><td>LE GALL Iris</td><td>Présente</td><td></td></tr></tbody></table>"
        "<h3>2019-11 – Tarifs de la cantine</h3><p>Adopté à l'unanimité.</p>"
        "</body></html>"
    )
    lu = _lu(texte_html(html))
    assert lu["presents"] == ["Jean DELORME", "Iris LE GALL"]
    assert lu["absents"] == ["Paul MARTY"]
    assert lu["procurations"] == [["Anne LE ROUX", "Jean DELORME"]]


def test_table_conseiller_departemental_une_colonne_par_statut() -> None:
    """« Conseiller départemental | Présent | Excusé | Pouvoir à » à croix : deux colonnes de
    statut disent un en-tête (une rangée n'a jamais deux statuts)."""
    html = (
        "<html><body><p>Département de l'Indre</p>"
        "<h1>Procès-verbal de la Commission permanente du lundi 10 juin 2024</h1>"
        "<p>sous la présidence de M. Alain BRISSET, Président du Conseil départemental.</p>"
        "<table><tr><th>Conseiller départemental</th><th>Présent</th><th>Excusé</th>"
        "<th>Pouvoir à</th></tr>"
        "<tr><td>M. Alain BRISSET</td><td>X</td><td></td><td></td></tr>"
        "<tr><td>M. Hugues LAFORÊT</td><td></td><td>X</td><td>M. Alain BRISSET</td></tr>"
        "<tr><td>Mme Odile PASQUET</td><td></td><td>X</td><td></td></tr>"
        "<tr><td>Mme Sylvie SERRE</td><td>X</td><td></td><td></td></tr></table>"
        "<h3>Rapport n° CP-2024-06-01 — Aide aux communes</h3><p>Adopté à l'unanimité.</p>"
        "</body></html>"
    )
    lu = _lu(texte_html(html))
    assert lu["presents"] == ["Alain BRISSET", "Sylvie SERRE"]
    assert lu["procurations"] == [["Hugues LAFORÊT", "Alain BRISSET"]]
    assert "Odile PASQUET" in lu["excuses"]  # type: ignore[operator]


_CC = (
    "<html><head><title>Compte rendu du conseil communautaire du 12 avril 2018 | CC du Val de "
    "Sorne</title></head><body><h1>Conseil communautaire du jeudi 12 avril 2018</h1>"
    "<p>Le conseil de la Communauté de communes du Val de Sorne s'est réuni le jeudi 12 avril "
    "2018, sous la présidence de M. René CASTAN, Président.</p>"
)


def test_suppleant_present_dans_sa_colonne() -> None:
    """« Commune | Titulaire | Présence | Délégué suppléant | Présence » : le suppléant
    « Présent » siège pour le titulaire de sa rangée ; un suppléant sans présence, non."""
    html = (
        _CC
        + "<table><tr><th>Commune</th><th>Délégué(s) titulaire(s)</th><th>Présence</th>"
        "<th>Délégué suppléant</th><th>Présence</th></tr>"
        "<tr><td rowspan='2'>AUBRAC</td><td>M. René CASTAN</td><td>Présent</td>"
        "<td rowspan='2'></td><td rowspan='2'></td></tr>"
        "<tr><td>Mme Lucie ROUVE</td><td>Présente</td></tr>"
        "<tr><td>BARRAC</td><td>M. Henri COSTES</td><td>Excusé</td><td>M. Marc ISSALY</td>"
        "<td>Présent</td></tr>"
        "<tr><td>ESPINASSE</td><td>Mme Claudine MOULY</td><td>Présente</td>"
        "<td>M. Guy ROZIÈRES</td><td></td></tr></table>"
        "<h3>Délibération n° 2018-045 : Budget primitif</h3><p>Adopté à l'unanimité.</p>"
        "</body></html>"
    )
    lu = _lu(texte_html(html))
    assert lu["suppleances"] == [["Marc ISSALY", "Henri COSTES"]]
    assert lu["presents"] == ["René CASTAN", "Lucie ROUVE", "Claudine MOULY"]


def test_sigle_du_titre_cede_au_nom_developpe() -> None:
    """« CC du Val de Sorne » (titre de la page) et « Communauté de communes du Val de Sorne »
    (phrase d'ouverture) : le nom complet, même lu dans une source moins sûre."""
    lu = _lu(texte_html(_CC + "<h3>Délibération n° 2018-045 : Budget</h3><p>Adopté.</p></body></html>"))
    assert lu["collectivite"] == "Communauté de communes du Val de Sorne"


def test_presidence_en_tete_de_ligne_apres_sous() -> None:
    """« … s'est réuni salle du conseil, sous » / « la présidence de Madame X, Maire. » (ligne
    coupée par la mise en page, trop peu de lignes pour reconnaître la largeur)."""
    from deliberations.extrait.reconnaisseurs import president

    assert president("la présidence de Madame Christine LAFARGUE, Maire.") == "Madame Christine LAFARGUE"
    assert president("la présidence de la commission des finances") is None


def test_visionneur_nom_prenom_presence_cellules_vides_sautees() -> None:
    """« Nom », « Prénom », « Présence », « Pouvoir à » puis une cellule par ligne ; le
    visionneur saute les cellules vides : « MALLET Brigitte » après « E » est le mandataire,
    « TARDIEU » après « P » commence la rangée suivante."""
    lu = _lu(
        _COMMUNE
        + "Légende : P : présent, A : absent, E : excusé\nNom\nPrénom\nPrésence\nPouvoir à\n"
        + "MALLET\nBrigitte\nP\nSOULIÉ\nDanielle\nE\nMALLET Brigitte\nTARDIEU\nMichel\nP\n"
        + "BESSIÈRE\nPaul\nA\nVAYSSE\nCorinne\nE\nPRADAL\nThierry\nP\n"
        + _POINT
    )
    # (le président, absent du tableau, est compté présent)
    assert lu["presents"] == ["Brigitte MALLET", "Michel TARDIEU", "Thierry PRADAL", "Jean DELORME"]
    assert lu["procurations"] == [["Danielle SOULIÉ", "Brigitte MALLET"]]
    assert lu["absents"] == ["Paul BESSIÈRE"]
    assert "Corinne VAYSSE" in lu["excuses"]  # type: ignore[operator]


_COLONNES = (
    "Conseiller municipal\nMme Hélène MOREAU\nM. Bernard THIERRY\nM. Joël SIMONNET\n"
    "M. Frédéric LANGLOIS\nSituation\n"
)


def test_visionneur_colonnes_lues_l_une_apres_l_autre() -> None:
    """« Conseiller municipal » puis quatre noms, « Situation » puis quatre états : appariés
    dans l'ordre."""
    lu = _lu(_COMMUNE + _COLONNES + "Présente\nPrésent\nExcusé\nAbsent\n" + _POINT)
    assert lu["presents"] == ["Hélène MOREAU", "Bernard THIERRY", "Jean DELORME"]
    assert lu["excuses"] == ["Joël SIMONNET"]
    assert lu["absents"] == ["Frédéric LANGLOIS"]


def test_visionneur_colonnes_de_longueurs_differentes_non_appariees() -> None:
    """Trois états pour quatre noms : rien n'apparie sûrement un nom à son état ; aucun
    présent n'est donné, et le rapport le dit."""
    resultat = lire_extrait(_COMMUNE + _COLONNES + "Présente\nPrésent\nExcusé\n" + _POINT)
    assert resultat.seance is not None
    assert projection(resultat.seance)["presents"] == []
    assert resultat.rapport.filtrer(prefixe="extrait.presents-manquants").constats


_VOTE_NOMINATIF = (
    "Commune de Vauclerc\nProcès-verbal du conseil municipal du 20 mai 2019\n"
    "sous la présidence de M. Jean DELORME, Maire.\n"
    "Présents : M. Jean DELORME, Mme Anne ROY, M. Paul MARTY.\n\n"
    "N° 2019-11 – Tarifs de la cantine\nIl est procédé au vote nominatif.\n"
)


def _scrutin(texte: str) -> dict[str, object]:
    deliberations = _lu(texte)["deliberations"]
    assert isinstance(deliberations, list) and len(deliberations) == 1
    scrutin = deliberations[0]["scrutin"]
    assert isinstance(scrutin, dict)
    return scrutin


def test_vote_nominatif_en_tableau_ligne_total() -> None:
    """« Nom | Pour | Contre | Abstention » à croix puis « Total » (page web) : un scrutin
    public, les voix de la ligne « Total »."""
    scrutin = _scrutin(
        _VOTE_NOMINATIF
        + "Nom\tPour\tContre\tAbstention\nDELORME Jean\tX\nROY Anne (pouvoir)\t\tX\n"
        + "MARTY Paul\t\t\tX\nTotal\t1\t1\t1\nLe rapport est adopté.\n"
    )
    assert (scrutin["pour"], scrutin["contre"], scrutin["abstentions"]) == (1, 1, 1)
    assert (scrutin["mode"], scrutin["resultat"]) == ("public", "adopte")


def test_vote_nominatif_pdftotext_colonnes_alignees() -> None:
    """Le même tableau copié par pdftotext -layout (colonnes alignées par des blancs)."""
    scrutin = _scrutin(
        _VOTE_NOMINATIF
        + "\n  Délégué                 Pour     Contre    Abstention\n"
        + "  DELORME Jean             X\n  ROY Anne                          X\n"
        + "  MARTY Paul                                   X\n"
        + "  Total                    1         1           1\n\nAdopté.\n"
    )
    assert (scrutin["pour"], scrutin["contre"], scrutin["abstentions"]) == (1, 1, 1)
    assert scrutin["mode"] == "public"


def test_vote_nominatif_sans_total_non_recompte() -> None:
    """Sans ligne « Total », les croix ne sont pas recomptées : voix vides, scrutin public."""
    scrutin = _scrutin(
        _VOTE_NOMINATIF
        + "Nom\tPour\tContre\tAbstention\nDELORME Jean\tX\nROY Anne\t\tX\nMARTY Paul\t\t\tX\n"
        + "Le rapport est adopté.\n"
    )
    assert (scrutin["pour"], scrutin["contre"], scrutin["mode"]) == (None, None, "public")


def test_tableau_a_lettres_legende_sous_le_tableau() -> None:
    """« Commune   Délégués titulaires   Délégués suppléants », rangées « COMMUNE   M. X   P
    M. Y   - », la légende des lettres sous le tableau (série 24, document 397) ; la commune
    coupée sur deux lignes (« SAINT-MAIXENT- » / « DU-BOCAGE ») n'est pas une personne."""
    lu = _lu(
        _SYNDICAT
        + "Commune              Délégués titulaires          Délégués suppléants\n"
        + "BRÉHAN               Mme Sophie RENARD      P      M. Kévin LOISEL      -\n"
        + "                     Mme Aurélie DAVID      E (pouvoir à Mme Sophie RENARD)\n"
        + "COULANGES            M. Patrice HUET        S      Mme Laure GENTY      P\n"
        + "                     M. Cédric PASCAL       A\n"
        + "SAINT-MAIXENT-       M. Rémi GOUJON         P      M. Yves TESSIER      -\n"
        + "DU-BOCAGE            Mme Nadège PROUST      P\n"
        + "P : présent – E : excusé – A : absent – S : remplacé par son suppléant\n"
        + "\nDélibération n° 2016-18 : Rapport annuel\nAdopté à l'unanimité.\n"
    )
    assert lu["presents"] == ["Sophie RENARD", "Rémi GOUJON", "Nadège PROUST", "Lionel GAUTHIER"]
    assert lu["absents"] == ["Cédric PASCAL"]
    assert lu["procurations"] == [["Aurélie DAVID", "Sophie RENARD"]]
    assert lu["suppleances"] == [["Laure GENTY", "Patrice HUET"]]


def test_suppleant_abrege_entre_parentheses() -> None:
    """« M. X (suppl. de M. Y) » dans une liste de présents : X siège pour Y."""
    lu = _lu(
        _EN_TETE_CC
        + "Présents : M. René CASTAN, M. Hugo FERRAND (suppl. de M. Émile CANCÉ), Mme Lucie ROUVE.\n"
        + _POINT
    )
    assert lu["presents"] == ["René CASTAN", "Lucie ROUVE"]
    assert lu["suppleances"] == [["Hugo FERRAND", "Émile CANCÉ"]]


_EN_TETE_CC = (
    "COMMUNAUTÉ DE COMMUNES DU VAL DE SORNE\nProcès-verbal du conseil communautaire du 28 novembre "
    "2019\nsous la présidence de M. René CASTAN, Président.\n\n"
)


def test_tableau_par_commune_listes_dans_les_cellules() -> None:
    """« Commune   Délégués titulaires   Suppléants siégeant » (pdftotext -layout) : délégués
    séparés par des virgules, cellule poursuivie sur la ligne suivante, colonne vide (série 24,
    document 395)."""
    lu = _lu(
        _EN_TETE_CC
        + "ÉTAIENT PRÉSENTS :\n"
        + "Commune            Délégués titulaires                Suppléants siégeant\n"
        + "AIGUEBRUNE         M. René CASTAN, Mme Lucie ROUVE\n"
        + "CASTELVIEL                                            M. Hugo FERRAND (suppl. de M. Émile CANCÉ)\n"
        + "LUZENS             Mme Brigitte CALMELS, M. Olivier TEULIER,\n"
        + "                   M. Henri VIDAL\n"
        + "\nEXCUSÉ : M. Émile CANCÉ\n"
        + _POINT
    )
    assert lu["presents"] == ["René CASTAN", "Lucie ROUVE", "Brigitte CALMELS", "Olivier TEULIER", "Henri VIDAL"]
    assert lu["suppleances"] == [["Hugo FERRAND", "Émile CANCÉ"]]
