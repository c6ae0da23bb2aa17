"""Familles de mises en page trouvées par la quarante-deuxième mesure hors échantillon
(documents 573 à 582 : textes anciens et copies de PDF abîmées) : chaque règle sur un petit
texte inventé, indépendamment du corpus."""

from __future__ import annotations

import pytest

from tests.extrait.comparaison import projection, seance_lue


@pytest.mark.parametrize("separateur", [">", "›", "»"])
def test_fil_d_ariane_ne_prolonge_pas_le_nom_de_la_commune(separateur: str) -> None:
    """« Commune de X > Vie municipale > Comptes rendus … » (page copiée sur une ligne) : le
    fil d'Ariane n'est pas du nom de la commune."""
    texte = (
        f"Commune de Brassy-le-Val {separateur} Vie municipale {separateur} Comptes rendus "
        "Compte rendu de la réunion du conseil municipal du 4 mars 2011 En exercice : 7 - "
        "Présents : 7. Le conseil municipal s'est réuni sous la présidence de M. Paul RIVET, "
        "maire. Présents : M. Paul RIVET, Mme Anne SOUL. Délibération 2011-01 - Budget : "
        "adopté à l'unanimité."
    )
    assert projection(seance_lue(texte))["collectivite"] == "Brassy-le-Val"


def test_cesure_conditionnelle_dans_un_nom_en_capitales() -> None:
    """« Mme Françoise BOUR­ » / « GEOIS, M. Paul MAIRET » (PDF de traitement de texte, césure
    U+00AD) : un seul nom, « BOURGEOIS », pas le nom composé « BOUR-GEOIS »."""
    texte = (
        "Commune de Valbrune\nConseil municipal du 23 février 2006\n"
        "Le conseil municipal s'est réuni sous la présidence de M. Paul MAIRET, Maire.\n"
        "Présents : M. Paul MAIRET, Mme Nadine JOLY, Mme Françoise BOUR\u00ad\n"
        "GEOIS, M. Thierry VUIL\u00ad\nLEMIN, Mme Odile CHAUVIN.\n"
        "2006/07 – Budget\nAdopté à l'unanimité.\n"
    )
    assert sorted(projection(seance_lue(texte))["presents"]) == [
        "Françoise BOURGEOIS",
        "Nadine JOLY",
        "Odile CHAUVIN",
        "Paul MAIRET",
        "Thierry VUILLEMIN",
    ]


def test_puces_de_word_perdues_o_barre_et_o() -> None:
    """« Ø M. X » (la flèche de Word copiée sans sa police) et « o Pour : 18 » (le cercle) :
    des puces, pas une partie du nom ni du vote."""
    texte = (
        "Mairie de Valbrune\nProcès-verbal du conseil municipal du 15 mai 2007\n"
        "Sous la présidence de M. Jacques DELAGE, Maire.\n"
        "Présents :\nØ M. Jacques DELAGE\nØ Mme Régine MAZAUD\nØ M. Alain LACOTTE\n"
        "Absents excusés représentés :\nØ M. Yves BERNARD, représenté par M. Alain LACOTTE\n"
        "1. Convention de mise à disposition de la salle\n"
        "Le conseil municipal approuve la convention.\n"
        "o Pour : 4\no Contre : 0\no Abstention : 0\n"
    )
    p = projection(seance_lue(texte))
    assert sorted(p["presents"]) == ["Alain LACOTTE", "Jacques DELAGE", "Régine MAZAUD"]
    assert p["procurations"] == [["Yves BERNARD", "Alain LACOTTE"]]
    scrutin = p["deliberations"][0]["scrutin"]
    assert (scrutin["pour"], scrutin["contre"], scrutin["abstentions"]) == (4, 0, 0)


@pytest.mark.parametrize(
    ("ligne", "mandant", "mandataire"),
    [
        # dans la liste des présents : le mandataire, puis le mandat qu'il porte
        ("Présents : M. Paul RIVET, M. Alain ROUQUETTE (porteur du pouvoir de M. Serge VIALA), "
         "Mme Anne SOUL.", "Serge VIALA", "Alain ROUQUETTE"),
        ("Présents : M. Paul RIVET, M. Alain ROUQUETTE, Mme Anne SOUL (porteuse du pouvoir de "
         "M. Serge VIALA).", "Serge VIALA", "Anne SOUL"),
        # dans la liste des absents : le mandant, puis son mandataire
        ("Présents : M. Paul RIVET, M. Alain ROUQUETTE, Mme Anne SOUL. Absents : M. Serge VIALA "
         "qui s'est fait représenter par M. Alain ROUQUETTE.", "Serge VIALA", "Alain ROUQUETTE"),
        ("Présents : M. Paul RIVET, M. Alain ROUQUETTE, Mme Anne SOUL. Absents excusés : "
         "M. Serge VIALA, qui a donné pouvoir en faveur de Mme Anne SOUL.", "Serge VIALA", "Anne SOUL"),
    ],
)
def test_pouvoirs_porteur_du_pouvoir_s_est_fait_representer_en_faveur_de(
    ligne: str, mandant: str, mandataire: str
) -> None:
    texte = (
        "Commune de Brassy-le-Val\nSéance du conseil municipal du 4 mars 2011\n"
        "Le conseil municipal s'est réuni sous la présidence de M. Paul RIVET, maire.\n"
        f"{ligne}\n1. Budget\nAdopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [[mandant, mandataire]]
    assert mandant not in p["presents"]


def test_maire_s_etant_retiree_pas_d_erreur_du_total_des_voix() -> None:
    """« Mme le Maire s'étant retirée, le conseil approuve le compte administratif par 3 voix
    pour et 0 contre » (5 votants : la maire et son mandant ne votent pas) : un retrait au
    féminin, pas une erreur du CGCT sur le total des voix."""
    from deliberations.validation import valider

    texte = (
        "Commune de Brassy-le-Val\nSéance du conseil municipal du 4 mars 2011\n"
        "Conseillers en exercice : 5 – présents : 4 – votants : 5\n"
        "Le conseil municipal s'est réuni sous la présidence de Mme Anne SOUL, Maire.\n"
        "Présents : Mme Anne SOUL, M. Paul RIVET, M. Luc MARTY, Mme Iris VIDAL.\n"
        "Absent excusé : M. Guy BORIE, qui a donné pouvoir à Mme Anne SOUL.\n"
        "1. Compte administratif 2010\n"
        "Sous la présidence de M. Paul RIVET, Mme le Maire s'étant retirée, le conseil municipal "
        "approuve le compte administratif 2010 par 3 voix pour et 0 contre.\n"
    )
    codes = [c.code for c in valider(seance_lue(texte)).filtrer(au_moins="erreur")]
    assert "vote.total" not in codes


def test_decomptes_en_lettres_apres_un_intitule_commun() -> None:
    """« Nombre de conseillers : en exercice : onze - présents : neuf - votants : dix » : chaque
    libellé après l'intitulé commun et ses deux-points."""
    from deliberations.extrait.reconnaisseurs import decomptes

    assert decomptes("Nombre de conseillers : en exercice : onze - présents : neuf - votants : dix") == [
        ("en_exercice", 11),
        ("presents", 9),
        ("votants", 10),
    ]


@pytest.mark.parametrize(
    "phrase", ["M. FAVIER a reçu pouvoir de M. LAFONT.", "M. LAFONT a donné pouvoir à M. FAVIER."]
)
def test_procuration_en_phrase_apres_la_liste_d_un_texte_aplati(phrase: str) -> None:
    """« Absents : M. LAFONT - Mme ROUX. M. FAVIER a reçu pouvoir de M. LAFONT. M. GIRAUD a été
    désigné secrétaire. » (texte aplati) : la phrase du pouvoir, entre la liste et la phrase du
    secrétaire, est lue."""
    texte = (
        "COMMUNE DE BRASSY Séance du conseil municipal du 17 mars 2003 Nombre de conseillers : "
        "en exercice : cinq - présents : trois - votants : quatre. Le conseil municipal s'est "
        "réuni sous la présidence de M. Paul RIVET, Maire. Présents : MM. RIVET - FAVIER - "
        f"GIRAUD. Absents : M. LAFONT - Mme ROUX. {phrase} M. GIRAUD a été désigné secrétaire. "
        "OBJET : BUDGET Adopté à l'unanimité."
    )
    p = projection(seance_lue(texte))
    assert p["procurations"] == [["LAFONT", "FAVIER"]]
    assert p["secretaires"] == ["GIRAUD"]


def _page_copiee(milieu: str) -> str:
    return (
        "Commune de Brassy-le-Val Compte rendu de la réunion du conseil municipal du 19 novembre "
        "2010 En exercice : 4 - Présents : 4 - Votants : 4. Le conseil municipal s'est réuni "
        "sous la présidence de M. Paul RIVET, maire. Étaient présents : M. P. RIVET, Mme A. "
        f"COLLIN, M. L. MARTY, Mme I. VIDAL. {milieu}"
    )


@pytest.mark.parametrize("verbe", ["a été choisie pour secrétaire", "a été désignée pour secrétaire"])
def test_secretaire_choisie_pour_secretaire(verbe: str) -> None:
    texte = _page_copiee(
        f"Absent : M. R. PIOT. Mme A. COLLIN {verbe}. Délibération 2010-31 - Budget : adopté à "
        "l'unanimité."
    )
    assert projection(seance_lue(texte))["secretaires"] == ["A. COLLIN"]


def test_titre_puis_deux_points_et_le_dispositif_dans_le_flux() -> None:
    """« Délibération 2010-31 - Titre : le conseil municipal retient … » (page copiée sur une
    ligne) : le titre finit aux deux-points, la phrase du conseil est le dispositif."""
    texte = _page_copiee(
        "Délibération 2010-31 - Travaux d'accessibilité de la mairie : le conseil municipal "
        "retient l'entreprise HENRIOT pour un montant de 18 420 € HT. Adopté à l'unanimité. "
        "Délibération 2010-32 - Location du logement communal : le conseil municipal fixe le "
        "loyer mensuel à 430 €. Adopté à l'unanimité."
    )
    objets = [d["objet"] for d in projection(seance_lue(texte))["deliberations"]]
    assert objets == ["Travaux d'accessibilité de la mairie", "Location du logement communal"]


@pytest.mark.parametrize(
    ("ligne", "attendu"),
    [
        ("Ont voté pour : 5 ; ont voté contre : 1 ; se sont abstenus : 1.", [("pour", 5), ("contre", 1), ("abstentions", 1)]),
        ("Pour : 12 ; s'est abstenue : 1 (Mme X).", [("pour", 12), ("abstentions", 1)]),
        ("Se sont abstenues : 2", [("abstentions", 2)]),
    ],
)
def test_votes_se_sont_abstenus(ligne: str, attendu: list[tuple[str, int]]) -> None:
    from deliberations.extrait.reconnaisseurs import votes

    assert votes(ligne) == attendu


def _comite_aplati(milieu: str) -> str:
    return (
        "SYNDICAT INTERCOMMUNAL DES EAUX DU VERNON - COMPTE RENDU DE LA RÉUNION DU COMITÉ "
        "SYNDICAL DU 9 NOVEMBRE 2005 L'an deux mille cinq, le neuf novembre, le Comité syndical "
        "s'est réuni à la mairie de Brassy, la séance étant présidée par M. Roger VUILLAUME, "
        f"Président. Nombre de délégués en exercice : 6 ; présents : 6 ; votants : 6. {milieu}"
    )


def test_delegues_par_commune_mm_a_et_b_capitales_accentuees_siege_en_remplacement() -> None:
    """« Brassy : MM. Roger VUILLAUME et Paul MONNIER ; Vernon : M. Jean PRÊTRE, Mme Colette
    BOURDIER ; M. Noël BARBIER, délégué suppléant de Lizy, siège en remplacement de M. Luc
    MARGUET. » (texte aplati) : deux délégués sous « MM. », un NOM à capitale accentuée, un
    suppléant et le titulaire qu'il remplace."""
    texte = _comite_aplati(
        "Délégués présents : Brassy : MM. Roger VUILLAUME et Paul MONNIER ; Vernon : M. Jean "
        "PRÊTRE, Mme Colette BOURDIER ; Lizy : M. Yves FRANÇOIS ; M. Noël BARBIER, délégué "
        "suppléant de Lizy, siège en remplacement de M. Luc MARGUET. M. Paul MONNIER est désigné "
        "en qualité de secrétaire. 1 - Tarif de l'eau : le Comité adopte le tarif à l'unanimité."
    )
    p = projection(seance_lue(texte))
    assert sorted(p["presents"]) == [
        "Colette BOURDIER", "Jean PRÊTRE", "Paul MONNIER", "Roger VUILLAUME", "Yves FRANÇOIS"
    ]
    assert p["suppleances"] == [["Noël BARBIER", "Luc MARGUET"]]


def test_points_dans_le_flux_le_comite_apres_et_m_le_president_propose() -> None:
    """« 1 - Titre : le Comité, après en avoir pris connaissance, adopte … » : le titre finit aux
    deux-points ; « 2 - Titre : M. le Président propose … Le Comité, par neuf voix … » après un
    point voté : l'exposé du point 2, pas un point sans numéro."""
    texte = _comite_aplati(
        "Délégués présents : M. Roger VUILLAUME, M. Paul MONNIER, M. Jean PRÊTRE. 1 - Rapport "
        "annuel 2004 sur le prix de l'eau : le Comité, après en avoir pris connaissance, adopte "
        "le rapport à l'unanimité. 2 - Tarif de l'eau au 1er janvier 2006 : M. le Président "
        "propose de porter le prix du mètre cube à 1,12 € HT. Le Comité, par deux voix pour et "
        "une voix contre, fixe le prix. 3 - Admission en non-valeur : le Comité accepte "
        "l'admission à l'unanimité."
    )
    deliberations = projection(seance_lue(texte))["deliberations"]
    assert [(d["numero"], d["objet"]) for d in deliberations] == [
        ("1", "Rapport annuel 2004 sur le prix de l'eau"),
        ("2", "Tarif de l'eau au 1er janvier 2006"),
        ("3", "Admission en non-valeur"),
    ]
    assert (deliberations[1]["scrutin"]["pour"], deliberations[1]["scrutin"]["contre"]) == (2, 1)


@pytest.mark.parametrize("intitule", ["Présents (3) :", "PRÉSENTS (3) :", "Étaient présents (3) :"])
def test_compte_des_presents_entre_parentheses_de_la_rubrique(intitule: str) -> None:
    """« Présents (3) : » puis un nom par ligne : le compte écrit des présents."""
    texte = (
        "Mairie de Valbrune\nProcès-verbal du conseil municipal du 15 mai 2007\n"
        "Sous la présidence de M. Jacques DELAGE, Maire.\n"
        f"{intitule}\nM. Jacques DELAGE\nMme Régine MAZAUD\nM. Alain LACOTTE\n"
        "1. Convention de mise à disposition de la salle\nAdopté à l'unanimité.\n"
    )
    assert projection(seance_lue(texte))["decomptes"]["presents"] == 3


def test_decomptes_alignes_sur_leurs_deux_points_a_cote_du_preambule() -> None:
    """Copie ``pdftotext -layout`` : « Pouvoirs             : 2           vingt et un juin, … »
    (libellés alignés sur leurs deux-points en colonne gauche, préambule en colonne droite) :
    chaque nombre avec son libellé."""
    texte = (
        "                         COMMUNAUTÉ DE COMMUNES DU VAL DE SÈVRE\n\n"
        "                 PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE\n"
        "                        Séance du mardi 28 juin 2011\n\n"
        "Délégués en exercice : 5          L'an deux mil onze, le vingt-huit juin à dix-huit heures,\n"
        "Délégués présents    : 3          le Conseil communautaire, légalement convoqué le\n"
        "Pouvoirs             : 1          vingt et un juin, s'est réuni à la salle des fêtes, sous\n"
        "Votants              : 4          la présidence de M. Jean-Claude MOREL, Président.\n\n"
        "Étaient présents : M. Jean-Claude MOREL, M. Pierre GIRET, Mme Lise PAPIN.\n"
        "Excusés ayant donné pouvoir : M. Louis GUÉRIN à Mme Lise PAPIN.\n"
        "Absent : M. Guy BERNIER.\n\n"
        "DÉLIBÉRATION N° 2011-31 : Compte administratif 2010\nAdopté à l'unanimité.\n"
    )
    decomptes = projection(seance_lue(texte))["decomptes"]
    assert (decomptes["en_exercice"], decomptes["presents"], decomptes["procurations"], decomptes["votants"]) == (5, 3, 1, 4)


def test_delegues_par_commune_sur_deux_colonnes_fusionnees() -> None:
    """Copie ``pdftotext -layout`` : « LAGERON : M. Marcel BILLY, M. Roger PROUST        POUGNE :
    M. Alain SICARD » (deux communes par ligne) : chaque commune et ses délégués lus à part."""
    texte = (
        "COMMUNAUTÉ DE COMMUNES DU VAL DE SÈVRE\nConseil communautaire du 28 juin 2011\n"
        "Le conseil communautaire s'est réuni sous la présidence de M. Jean MOREL, Président.\n"
        "Étaient présents :\n"
        "AMBRIEUX : M. Jean MOREL, M. Pierre GIRET            BOUSSANGES : Mme Annick RAGOT\n"
        "CHANTELOUP : M. Guy BERNIER, Mme Lise PAPIN   CLESSAIS : M. René AUBINEAU\n"
        "LAGERON : M. Marcel BILLY\n\n"
        "Absent : M. Fabrice JAUNET (Fénerais)\n\n"
        "DÉLIBÉRATION N° 2011-31 : Compte administratif 2010\nAdopté à l'unanimité.\n"
    )
    assert sorted(projection(seance_lue(texte))["presents"]) == [
        "Annick RAGOT", "Guy BERNIER", "Jean MOREL", "Lise PAPIN", "Marcel BILLY", "Pierre GIRET",
        "René AUBINEAU",
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "M. André COLLOT est arrivé en séance au moment de l'examen du rapport n° 3.",
        "M. André COLLOT arrive en séance lors de l'examen du rapport n° 3.",
    ],
)
def test_arrivee_au_moment_de_l_examen_du_rapport(phrase: str) -> None:
    from deliberations.extrait.reconnaisseurs import mouvement

    lu = mouvement(phrase)
    assert lu is not None
    assert (lu.qui, lu.arrivee, lu.depart) == ("M. André COLLOT", 3, None)


def test_appel_de_note_colle_au_nom_dont_la_note_dit_l_arrivee() -> None:
    """« M. André COLLOT¹ » parmi les présents, puis la note « ¹ M. André COLLOT est arrivé en
    séance au moment de l'examen du rapport n° 3. » : présent à partir du rapport 3."""
    texte = (
        "CONSEIL GÉNÉRAL DU HAUT-VERNON\nSÉANCE PUBLIQUE DU 22 JUIN 2009\n"
        "Le Conseil général s'est réuni sous la présidence de M. Bernard SAUVAGEOT, Président.\n\n"
        "PRÉSENTS :\nM. Bernard SAUVAGEOT, Président\nM. André COLLOT¹\nMme Simone LAURENT\n\n"
        "¹ M. André COLLOT est arrivé en séance au moment de l'examen du rapport n° 3.\n\n"
        "Rapport n° 1 – Budget\nAdopté à l'unanimité.\n\nRapport n° 2 – Voirie\nAdopté à l'unanimité.\n\n"
        "Rapport n° 3 – Collèges\nAdopté à l'unanimité.\n"
    )
    p = projection(seance_lue(texte))
    assert "André COLLOT" in p["presents"]
    assert p["mouvements"] == {"André COLLOT": [3, None]}


def test_numero_et_objet_dans_la_marge_d_un_registre() -> None:
    """Copie ``pdftotext -layout`` d'un registre : « N° 2004-47 » et l'objet écrits dans la marge
    gauche, ligne à ligne à côté du dispositif (« Vente d'une       GIRARDIN la parcelle … ») :
    l'objet se lit dans la marge, le dispositif dans la colonne de droite."""
    texte = (
        "COMMUNE DE BRÉVANNE\nSÉANCE DU 5 NOVEMBRE 2004\n"
        "Le Conseil Municipal s'est réuni sous la présidence de M. Michel TOURNIER, Maire.\n"
        "Etaient présents : M. Michel TOURNIER, Mme Claudine PAGNOT, M. Robert JACQUEMIN.\n\n"
        "N° 2004-47        Ouï l'exposé de Monsieur le Maire, le Conseil Municipal,\n"
        "                  après en avoir délibéré, accepte de céder à M. et Mme\n"
        "Vente d'une       GIRARDIN la parcelle cadastrée section ZA n° 112.\n"
        "parcelle ZA 112   Adopté par 2 voix pour et 1 abstention.\n\n"
        "N° 2004-48        Le Conseil Municipal, à l'unanimité, approuve le programme\n"
        "Coupes de bois    de coupes de bois proposé par l'Office National des Forêts.\n"
        "exercice 2005\n"
    )
    deliberations = projection(seance_lue(texte))["deliberations"]
    assert [(d["numero"], d["objet"]) for d in deliberations] == [
        ("2004-47", "Vente d'une parcelle ZA 112"),
        ("2004-48", "Coupes de bois exercice 2005"),
    ]
    assert (deliberations[0]["scrutin"]["pour"], deliberations[0]["scrutin"]["abstentions"]) == (2, 1)


def test_cesure_conditionnelle_d_un_texte_utf8_relu_en_windows_1252() -> None:
    """« DUÂ­MAS » (la césure U+00AD, octets C2 AD, relue en Windows-1252) dans un texte dont
    les accents le sont aussi (« HÃ©lÃ¨ne ») : « DUMAS »."""
    from deliberations.extrait.normalisation import reencoder

    assert reencoder("Mme HÃ©lÃ¨ne DUÂ\u00adMAS")[0] == "Mme Hélène DU\u00adMAS"


def test_registre_a_marge_puis_tampon_colle() -> None:
    """Le bloc d'un registre à marge finit à la ligne qui déborde la marge (un tampon collé
    sous le dernier point) : l'objet du point reste lu."""
    texte = (
        "COMMUNE DE BRÉVANNE\nSÉANCE DU 5 NOVEMBRE 2004\n"
        "Le Conseil Municipal s'est réuni sous la présidence de M. Michel TOURNIER, Maire.\n"
        "Etaient présents : M. Michel TOURNIER, Mme Claudine PAGNOT, M. Robert JACQUEMIN.\n\n"
        "N° 2004-48        Le Conseil Municipal, à l'unanimité, approuve le programme\n"
        "Coupes de bois    de coupes de bois proposé par l'Office National des Forêts.\n\n"
        "N° 2004-49        Le Conseil Municipal, à l'unanimité, décide d'instaurer la\n"
        "Participation     participation sur l'ensemble du territoire communal.\n"
        "pour voirie\n"
        "Envoyé en préfecture le 09/11/2004\n"
    )
    objets = [d["objet"] for d in projection(seance_lue(texte))["deliberations"]]
    assert objets == ["Coupes de bois", "Participation pour voirie"]


def test_pv_apres_le_nom_de_la_commune() -> None:
    """« Mairie de X PV du Conseil municipal du 15/05/2007 » (en-tête de page dont les colonnes
    ont été recollées) : « PV » ouvre le titre, il n'est pas du nom de la commune."""
    from deliberations.extrait.collectivite import sans_titre

    assert sans_titre("Saint-Aurèle-sur-Glane PV du Conseil municipal du 15/05/2007", commune=True)[0] == (
        "Saint-Aurèle-sur-Glane"
    )
