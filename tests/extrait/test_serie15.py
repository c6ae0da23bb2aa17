"""Familles de mises en page trouvées par la quinzième mesure hors échantillon (documents 306
à 315 : conseils municipaux d'Alsace-Moselle, d'outre-mer, d'une commune nouvelle ; compte rendu
sommaire, relevé des décisions, extrait à tableau de vote) : chaque règle sur un petit texte,
indépendamment du corpus."""

from __future__ import annotations

from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.collectivite import dans_la_prose, en_tete
from deliberations.extrait.html import texte_html
from tests.extrait.comparaison import seance_lue as _seance


def _noms(elus: object) -> list[str]:
    return [f"{e.prenom} {e.nom}" if e.prenom else e.nom for e in elus]  # type: ignore[attr-defined]


# --- commune nouvelle : « de la commune nouvelle des X », communes déléguées ---------------


def test_commune_nouvelle_dans_la_prose() -> None:
    texte = "le Conseil Municipal de la commune nouvelle des Trois-Vallons, légalement convoqué"
    assert dans_la_prose(texte) == "Les Trois-Vallons"


def test_commune_nouvelle_en_tete_sans_ses_communes_deleguees() -> None:
    ligne = "COMMUNE NOUVELLE DES TROIS-VALLONS Communes déléguées de Bréville, Saint-Ouen et Aubert"
    assert en_tete(ligne) == ("LES TROIS-VALLONS", "commune")
    assert en_tete("Commune nouvelle de Val-d'Issoire") == ("Val-d'Issoire", "commune")


def test_conseil_municipal_des_jeunes_n_est_pas_une_commune() -> None:
    assert dans_la_prose("le Conseil Municipal des jeunes, réuni en mairie") is None


# --- colonnes de tableau aplaties : une date n'est pas un effectif -------------------------


def test_date_apres_le_libelle_d_un_effectif_n_est_pas_un_nombre() -> None:
    texte = (
        "Date de la convocation : Nombres de membres : 21/08/2013 • Afférents au Conseil "
        "municipal : 11 Date d'affichage : • En exercice : 11 21/08/2013 • Présents : 7"
    )
    assert dict(r.decomptes(texte)) == {"membres": 11, "en_exercice": 11, "presents": 7}
    # « 11/11 » (en exercice sur effectif) reste un nombre
    assert dict(r.decomptes("Nombre de conseillers en exercice : 11/11")) == {"en_exercice": 11}


# --- en-tête d'adresse aplati : « Mairie de X 3 place de l'Église 89310 X Tél. » ----------


def test_en_tete_de_mairie_suivi_de_son_adresse() -> None:
    ligne = (
        "Mairie de Saint-Aubin-des-Prés 3 place de l'Église 89310 Saint-Aubin-des-Prés Tél. 03 86"
        " 75 22 40 RELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL Séance du jeudi 30 juin 2022"
    )
    assert en_tete(ligne) == ("Saint-Aubin-des-Prés", "commune")


# --- noms barrés d'une page web ------------------------------------------------------------


def test_nom_barre_retire_de_la_liste_et_rapporte() -> None:
    page = (
        "<html><body><p>Présents : Mme Anne PETIT, <span style='text-decoration: line-through;'>"
        "M. Luc ROUX</span>, M. Marc VIAL et <s>Mme Iris BLANC</s>.</p></body></html>"
    )
    lignes = texte_html(page).split("\n")
    assert lignes[0] == "Noms barrés dans la page (non repris) : M. Luc ROUX, Mme Iris BLANC"
    assert "ROUX" not in lignes[1] and "BLANC" not in lignes[1]
    assert "Mme Anne PETIT" in lignes[1] and "M. Marc VIAL" in lignes[1]


# --- « X excusé avec procuration à Y » ; « (procuration) » après le mandataire -------------

_ABSENTS_AVEC_PROCURATION = (
    "Séance du 23 mars 2018\nLe Conseil Municipal de Haraucourt, régulièrement convoqué, "
    "s'est réuni sous la présidence de M. Gérard THIRION, Maire.\n"
    "Présents : Gérard THIRION, Patrick HUMBERT, Sylvie MANGIN\n"
    "Absent(s): M. Denis MARCHAL excusé avec procuration à Patrick HUMBERT, Mme Valérie "
    "LAMBERT, excusée avec procuration à M. Gérard THIRION, M. Hervé CLAUDE, excusé.\n"
    "1. Budget primitif\nAdopté à l'unanimité."
)


def test_excuse_avec_procuration() -> None:
    s = _seance(_ABSENTS_AVEC_PROCURATION)
    assert sorted((_noms([p.mandant])[0], _noms([p.mandataire])[0]) for p in s.procurations) == [
        ("Denis MARCHAL", "Patrick HUMBERT"),
        ("Valérie LAMBERT", "Gérard THIRION"),
    ]
    assert [_noms([p.elu]) for p in s.presences if p.statut.value == "excuse"] == [["Hervé CLAUDE"]]


def test_nature_du_mandat_apres_le_mandataire() -> None:
    assert r.procuration_courte("M. Paul ROSE par Mme Line JOSEPH (procuration)") == (
        "M. Paul ROSE",
        "Mme Line JOSEPH",
    )


def test_deux_pouvoirs_recolles_apres_une_parenthese() -> None:
    from deliberations.extrait.personnes import decouper

    assert decouper("M. A ROSE par Mme B LYS (procuration) Mme C IRIS par M. D THYM (procuration)") == [
        "M. A ROSE par Mme B LYS (procuration)",
        "Mme C IRIS par M. D THYM (procuration)",
    ]


# --- « Sans excuse : » ; liste aplatie finie par « Le procès-verbal de la séance … » --------


def test_sans_excuse_est_un_absent_non_excuse() -> None:
    sec = r.section("Sans excuse : M. LANG Romain")
    assert sec is not None and sec.nom == "absents" and not sec.excuses


def test_liste_aplatie_finie_par_l_approbation_du_proces_verbal() -> None:
    texte = (
        "RELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL de Vergy Séance du jeudi 30 juin 2022 "
        "Président de séance : M. Didier CHARPENTIER, Maire Présents : Didier CHARPENTIER, "
        "Aurélie BRUNET Absents : M. DUMAS, Mme LECLERC Le procès-verbal de la séance du 19 mai "
        "2022 est adopté à l'unanimité. D2022_31 – Tarifs de l'eau Le conseil municipal fixe "
        "la part communale du prix de l'eau à 1,42 € HT le m³ et l'abonnement annuel à 38 € HT "
        "à compter du 1er janvier 2023, après avoir entendu l'exposé du Maire. Vote : 3 pour"
    )
    assert len(texte) > 400  # un texte court sur une ligne est lu comme aplati
    s = _seance(texte)
    assert sorted(_noms(p.elu for p in s.presences if p.statut.value == "absent")) == [
        "DUMAS",
        "LECLERC",
    ]


# --- relevé des décisions : « D2022_31 – Titre », tampons collés, numéro de page ------------


def test_sigle_colle_au_numero() -> None:
    assert r.numero_deliberation("D2022_31 – Finances – Admission en non-valeur") == (
        "D2022_31",
        None,
        "Finances – Admission en non-valeur",
        False,
    )
    assert r.numero_deliberation("DCM n°2020-57 - Objet")[0] == "2020-57"  # type: ignore[index]


_RELEVE_APLATI = (
    "COMMUNE DE VERGY RELEVÉ DES DÉCISIONS DU CONSEIL MUNICIPAL Séance du jeudi 30 juin 2022 "
    "Président de séance : M. Didier CHARPENTIER, Maire Présents : Didier CHARPENTIER, Aurélie "
    "BRUNET, Chloé COLAS Le procès-verbal de la séance du 19 mai 2022 est adopté à l'unanimité. "
    "D2022_31 – Finances – Admission en non-valeur Le conseil municipal admet "
    "en non-valeur les titres de recettes présentés par le comptable. Vote : 3 pour Envoyé en "
    "préfecture le 04/07/2022 Reçu en préfecture le 04/07/2022 Publié le 05/07/2022 ID : "
    "089-218903614-20220630-D2022_31-DE 1/3 D2022_32 – Finances – Prix de l'eau Le conseil "
    "municipal fixe la part communale du prix de l'eau. Vote : 2 pour – 1 contre (Mme COLAS) "
    "D2022_33 – Personnel – Emploi saisonnier Le conseil municipal crée un emploi. Vote : 3 pour"
)


def test_decisions_a_sigle_apres_un_vote_dans_le_flux() -> None:
    s = _seance(_RELEVE_APLATI)
    assert [(d.numero, d.objet, d.scrutin.pour if d.scrutin else None) for d in s.deliberations] == [
        ("D2022_31", "Finances – Admission en non-valeur", 3),
        ("D2022_32", "Finances – Prix de l'eau", 2),
        ("D2022_33", "Personnel – Emploi saisonnier", 3),
    ]


# --- procès-verbal aplati : pied « … – Page 1 sur 3 », rang après un vote, commune déléguée -


_PV_APLATI = (
    "COMMUNE NOUVELLE DES TROIS-VALLONS PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU MARDI 12 "
    "NOVEMBRE 2019 L'an deux mille dix-neuf, le douze novembre, le Conseil Municipal de la commune "
    "nouvelle des Trois-Vallons, légalement convoqué, s'est réuni sous la présidence de M. Hervé "
    "LEBRETON, Maire. Etaient présents : M. Hervé LEBRETON, Mme Nicole DUVAL, M. Jacques HAMEL. "
    "1. Finances – Décision modificative n° 2 Le Conseil Municipal adopte la décision modificative. "
    "Vote : Pour : 3 – Contre : 0 – Abstention : 0 Procès-verbal du conseil municipal du 12 novembre "
    "2019 – Page 1 sur 3 2. Commune déléguée de La Forge-Aubert – Horaires de la mairie annexe M. "
    "Jacques HAMEL propose d'ouvrir la mairie annexe le samedi. Vote : Pour : 2 – Contre : 0 – "
    "Abstention : 1 3. Intercommunalité – Rapport de la commission locale Le Conseil Municipal prend "
    "acte du rapport. Procès-verbal du conseil municipal du 12 novembre 2019 – Page 2 sur 3 "
    "Questions diverses : néant. Procès-verbal du conseil municipal du 12 novembre 2019 – Page 3 sur 3"
)


def test_points_d_un_proces_verbal_aplati_a_pieds_de_page() -> None:
    s = _seance(_PV_APLATI)
    assert s.assemblee.collectivite.nom == "LES TROIS-VALLONS"
    lus = [(d.numero, d.objet, d.scrutin.pour if d.scrutin else None) for d in s.deliberations]
    assert lus == [
        ("1", "Finances – Décision modificative n° 2", 3),
        ("2", "Commune déléguée de La Forge-Aubert – Horaires de la mairie annexe", 2),
        ("3", "Intercommunalité – Rapport de la commission locale", None),
    ]


def test_article_d_un_nom_de_lieu_apres_de_ne_coupe_pas_le_titre() -> None:
    titre, suite = r.couper_titre("Commune déléguée de La Forge-Aubert – Horaires M. X propose")
    assert (titre, suite) == ("Commune déléguée de La Forge-Aubert – Horaires", "M. X propose")


# --- texte de PDF en lignes : un titre coupé par la page se recolle ------------------------

_LIGNES = [
    "L'an deux mil cinq, le vendredi vingt-cinq mars à dix-huit heures trente, le Conseil",
    "Municipal de la commune de Morne-à-Cabri s'est réuni en séance ordinaire à l'Hôtel de",
    "Ville, sous la présidence de M. Félix BELLANCE, Maire, à la suite de la convocation",
    "adressée le 18 mars 2005, en présence de la majorité de ses membres en exercice ce jour.",
    "ETAIENT PRESENTS : M. Félix BELLANCE, Maire ; Mme Gisèle DOMINIQUE ; M. Max ZENON ;",
    "Mme Lucette BORDELAIS ; M. Hugues NAGAU ; Mme Suzy MATHURIN ; M. Joël THEOPHILE.",
    "AFFAIRE N° 1 : CONVENTION AVEC LE SYNDICAT INTERCOMMUNAL D'ALIMENTATION EN EAU",
]
_SUITE = [
    "ET D'ASSAINISSEMENT POUR LA REPRISE DU RESEAU DE LA SECTION DE FOND-CAFE",
    "Le Conseil Municipal, après en avoir délibéré, autorise le Maire à signer la",
    "convention avec le syndicat pour la reprise du réseau et de ses branchements.",
    "VOTANTS : 7          POUR : 7          CONTRE : 0          ABSTENTION : 0",
]


def _titre_de_l_affaire(entre: list[str], saut: str = "") -> str | None:
    suite = [saut + _SUITE[0], *_SUITE[1:]]
    s = _seance("\n".join(["PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL", *_LIGNES, *entre, *suite]))
    return s.deliberations[0].objet


def test_titre_coupe_par_un_saut_de_page_ou_un_tampon() -> None:
    entier = _titre_de_l_affaire([])
    assert entier is not None and entier.endswith("FOND-CAFE")
    assert _titre_de_l_affaire([], saut="\f") == entier  # (pas de ligne vide au saut de page)
    tampon = [
        "Envoyé en préfecture le 29/03/2005",
        "Reçu en préfecture le 29/03/2005",
        "ID : 971-219710000-20050325-1-DE",
    ]
    assert _titre_de_l_affaire(tampon) == entier


# --- extrait aplati : pied et en-tête identiques autour du numéro de page, vote en tableau -

_EXTRAIT_APLATI = (
    "DEPARTEMENT DE LA MOSELLE COMMUNE DE WELSCHBRUCK Nombre de conseillers élus : 15 Conseillers "
    "en fonction : 14 Conseillers présents : 11 EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL "
    "MUNICIPAL Séance du 12 juin 2009 Sous la présidence de M. Jean-Marie FISCHER, Maire Présents : "
    "MM. Jean-Marie FISCHER, Paul KREMER, Lucien BECK N° 2009/23 OBJET : FORET COMMUNALE – "
    "PROGRAMME DES TRAVAUX 2009 Monsieur le Maire présente au Conseil Municipal le programme des "
    "travaux proposé par l'Office National des Forêts pour l'exercice 2009. Commune de Welschbruck "
    "– Séance du 12 juin 2009 – délibération n° 2009/23 1/2 Commune de Welschbruck – Séance du 12 "
    "juin 2009 – délibération n° 2009/23 Le Conseil Municipal, après en avoir délibéré, ADOPTE le "
    "programme des travaux patrimoniaux 2009 tel que présenté par l'Office National des Forêts, "
    "SOLLICITE l'aide de la Région pour la réfection du chemin forestier, DIT que les crédits "
    "nécessaires sont inscrits au budget primitif 2009 de la forêt, AUTORISE le Maire à signer "
    "tous documents. Votants Pour Contre Abstention 3 2 1 0 Pour extrait conforme 2/2"
)


def test_extrait_aplati_bords_de_page_et_vote_en_tableau() -> None:
    s = _seance(_EXTRAIT_APLATI)
    assert [d.numero for d in s.deliberations] == ["2009/23"]
    scrutin = s.deliberations[0].scrutin
    assert scrutin is not None and (scrutin.pour, scrutin.contre, scrutin.abstentions) == (2, 1, 0)
    assert scrutin.resultat is not None and scrutin.resultat.value == "adopte"


def test_vote_en_tableau_sans_autant_de_nombres_que_de_libelles_reste_tel_quel() -> None:
    from deliberations.extrait.preparation import _VOTE_EN_TABLEAU, _vote_en_ligne

    assert _VOTE_EN_TABLEAU.sub(_vote_en_ligne, "Votants Pour Contre Abstention 12 1 0") == (
        "Votants Pour Contre Abstention 12 1 0"
    )
    assert _VOTE_EN_TABLEAU.sub(_vote_en_ligne, "Pour Contre Abstentions 12 1 0") == (
        "Pour : 12 Contre : 1 Abstentions : 0"
    )


# --- compte rendu sommaire : « N – Objet : résumé : vote », question retirée, avis favorable


_SOMMAIRE = (
    "COMMUNE DE ROUFFIAC COMPTE RENDU SOMMAIRE DE LA SEANCE DU CONSEIL MUNICIPAL DU 21 NOVEMBRE "
    "2016 La séance est ouverte sous la présidence de Mme Catherine DELPEYRAT, Maire. Etaient "
    "présents : Mme Catherine DELPEYRAT, M. Jean-Pierre FAURE, Mme Josiane MAZEAU. "
    "1 – Décision modificative n° 3 du budget communal : virement de 4 200 € vers l'opération "
    "« Voirie 2016 » : adoptée à l'unanimité. 2 – Tarifs de la salle des fêtes : maintien des "
    "tarifs 2016 : adoptés par 2 voix pour et 1 abstention. 3 – Transfert de la compétence "
    "économique : avis favorable par 2 voix pour et 1 voix contre. 4 – Convention avec le SIVOS : "
    "la question est retirée de l'ordre du jour, le projet n'ayant pas été transmis. 5 – Motion "
    "pour le maintien du bureau de poste : adoptée à l'unanimité."
)


def test_releve_objet_resume_vote() -> None:
    s = _seance(_SOMMAIRE)
    lus = [(d.numero, d.objet, d.scrutin.pour if d.scrutin else None) for d in s.deliberations]
    assert lus == [
        ("1", "Décision modificative n° 3 du budget communal", None),
        ("2", "Tarifs de la salle des fêtes", 2),
        ("3", "Transfert de la compétence économique", 2),
        ("5", "Motion pour le maintien du bureau de poste", None),
    ]
    assert s.deliberations[2].scrutin is not None and s.deliberations[2].scrutin.resultat is None


# --- page web : rubriques romaines au-dessus de points « – TITRE » --------------------------

_RUBRIQUES_ROMAINES = """<html><body><h1>Conseil municipal du 9 décembre 2021</h1>
<p><strong>PRÉSENTS :</strong><br />Annick LE BERRE, Yann GUÉGUEN, Gildas CARIOU.</p>
<p><strong>SECRÉTAIRE DE SÉANCE :</strong> Yann GUÉGUEN</p>
<p><strong>FINANCES</strong></p>
<p><strong>I – PORT DE PLAISANCE</strong></p>
<p><strong>– BUDGET PRIMITIF DU PORT 2022</strong></p>
<p>Le Conseil municipal, après en avoir délibéré, approuve le budget primitif du port.</p>
<p>Adopté à l’unanimité.</p>
<p><strong>II – BUDGET COMMUNAL</strong></p>
<p><strong>– BUDGET PRIMITIF 2022 DE LA COMMUNE</strong></p>
<p>Adopté par 2 voix pour et 1 voix contre.</p>
<p><strong>– TARIFS MUNICIPAUX 2022</strong></p>
<p>Les tarifs sont revalorisés de 2 %.</p>
<p>Adopté à l’unanimité.</p>
</body></html>"""


def test_rubriques_romaines_puis_points_a_tiret() -> None:
    s = _seance(texte_html(_RUBRIQUES_ROMAINES))
    assert [d.objet for d in s.deliberations] == [
        "BUDGET PRIMITIF DU PORT 2022",
        "BUDGET PRIMITIF 2022 DE LA COMMUNE",
        "TARIFS MUNICIPAUX 2022",
    ]


# --- « Nom Prénom » en casse ordinaire dans un document « NOM Prénom » ----------------------


def test_secretaire_nom_prenom_en_casse_ordinaire_d_apres_l_ordre_du_document() -> None:
    texte = (
        "Compte-rendu des délibérations du Conseil Municipal séance du 13/03/2019\n"
        "Le 13 Mars 2019, le Conseil Municipal de WILLERSPACH, régulièrement convoqué, s'est réuni "
        "sous la présidence de M. KLEIN Bernard, Maire.\n"
        "Membres présents : M. KLEIN Bernard, Maire, M. HUEBER Marc, Mme SCHMITT Odile, M. WALTER "
        "Jean-Luc, Mme GROFF Sandrine.\n"
        "Secrétaire de la séance : Gerber Martine\n"
        "Approbation du compte rendu de la réunion du 16 janvier 2019\n"
        "A l'unanimité (pour : 5 - contre : 0 - abstention : 0)."
    )
    assert _noms(_seance(texte).secretaires) == ["Martine Gerber"]


# --- article de presse : présidence « du maire X », effectif et présents dans le récit -----


def test_presidence_du_maire_nomme_sans_capitales() -> None:
    texte = "Réuni dimanche 14 décembre 2008, sous la présidence du maire Ahamada Saïd Abdallah, le conseil a voté."
    assert r.president(texte) == "Ahamada Saïd Abdallah"


def test_effectif_et_presents_dans_le_recit() -> None:
    texte = "Sur les 29 élus que compte le conseil, 21 étaient présents."
    assert dict(r.decomptes(texte)) == {"membres": 29, "presents": 21}
    # sans « que compte le conseil », « les 29 » n'est pas dit l'effectif
    assert r.decomptes("Sur les 29 élus présents au congrès, 21 étaient présents.") == []


# --- page aplatie : points sans numéro en casse ordinaire après le vote du précédent --------

_POINTS_SANS_NUMERO_APLATIS = (
    "Compte-rendu des délibérations du Conseil Municipal séance du 27/08/2013 Le 27 Août 2013, le "
    "Conseil Municipal de FRIESENBACH, régulièrement convoqué le 21/08/2013, s'est réuni sous la "
    "présidence de M. GASSER Pierre, Maire. Membres présents : MM. GASSER Pierre, Maire, HEINRICH "
    "Paul, Mme KUENEMANN Odile. Secrétaire de la séance : Nadia KELLER Approbation du compte rendu "
    "de la réunion du 09 juillet 2013 Aucune observation. Le Conseil Municipal, après en avoir "
    "délibéré, approuve le compte-rendu. A l'unanimité (pour : 3 - contre : 0 - abstention : 0) des "
    "membres présents et représentés. Rénovation de l'éclairage public de la rue des Vergers "
    "Monsieur le Maire présente le devis de l'entreprise retenue. A l'unanimité (pour : 3 - contre :"
    " 0 - abstention : 0) des membres présents et représentés. Location de la chasse communale "
    "Le locataire du lot n° 2 demande l'agrément d'un nouveau permissionnaire. Le Conseil "
    "Municipal émet un avis favorable. A la majorité (pour : 2 - contre : 1 - abstention : 0) des "
    "membres présents et représentés. Divers Le Maire informe les conseillers de la fin des travaux."
)


def test_points_sans_numero_apres_un_vote_dans_un_texte_aplati() -> None:
    s = _seance(_POINTS_SANS_NUMERO_APLATIS)
    assert [(d.objet, d.scrutin.pour if d.scrutin else None) for d in s.deliberations] == [
        ("Approbation du compte rendu de la réunion du 09 juillet 2013", 3),
        ("Rénovation de l'éclairage public de la rue des Vergers", 3),
        ("Location de la chasse communale", 2),
    ]


# --- initiales complétées par les noms barrés de la page ; « le conseil accepte » ----------

_TABLEAU_BARRE = """<html><head><title>Séance du 23-03-2018 - Mairie d'Haraucourt</title></head><body>
<p>PROCES-VERBAL DES DELIBERATIONS DU CONSEIL MUNICIPAL</p>
<p>Séance du 23 mars 2018</p>
<p>L'an deux mille dix-huit et le vingt-trois mars, le Conseil Municipal de cette commune,
régulièrement convoqué, s'est réuni sous la présidence de M. Gérard THIRION, Maire.</p>
<p>Présents (dans l'ordre du tableau) : Mesdames et Messieurs Gérard THIRION,
<span style="text-decoration: line-through;">Denis MARCHAL</span>, Patrick HUMBERT,
<s>Hervé CLAUDE</s> et Sylvie MANGIN.</p>
<p>Absent(s): M. D. Marchal excusé avec procuration à P. Humbert, M. H. Claude, excusé.</p>
<p><strong>Point 1 : Subvention à l'association foncière</strong></p>
<p>M. Patrick HUMBERT quitte la salle et ne prend pas part au vote. Le Conseil Municipal accepte de
verser une subvention de 1 500 €.</p>
<p>Vote : Pour : 3 Contre : 0 Abstention : 0</p>
</body></html>"""


def test_initiales_completees_par_les_noms_barres() -> None:
    s = _seance(texte_html(_TABLEAU_BARRE))
    assert _noms(p.elu for p in s.presences if p.statut.value == "present") == [
        "Gérard THIRION",
        "Patrick HUMBERT",
        "Sylvie MANGIN",
    ]
    assert [(_noms([p.mandant])[0], _noms([p.mandataire])[0]) for p in s.procurations] == [
        ("Denis MARCHAL", "Patrick HUMBERT")
    ]
    assert _noms(p.elu for p in s.presences if p.statut.value == "excuse") == ["Hervé CLAUDE"]


def test_le_conseil_accepte_dit_l_adoption() -> None:
    s = _seance(texte_html(_TABLEAU_BARRE))
    scrutin = s.deliberations[0].scrutin
    assert scrutin is not None and scrutin.resultat is not None and scrutin.resultat.value == "adopte"
    assert r.decision_adoptee("Le Conseil Municipal accepte de verser une subvention de 1 500 €.")


def test_titre_coupe_par_un_numero_de_page_entre_deux_blancs() -> None:
    entier = _titre_de_l_affaire([])
    assert _titre_de_l_affaire(["", "Page 2 sur 3", ""]) == entier
