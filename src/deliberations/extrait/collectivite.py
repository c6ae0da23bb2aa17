"""Le nom de la collectivité : en-tête, prose et titre confrontés.

Trois sources, de la plus sûre à la plus faible :

1. l'en-tête (« COMMUNE DE X », « MAIRIE DE X », « Communauté de communes de X »,
   « Département de X ») ;
2. la prose (« le Conseil Municipal de X, dûment convoqué », « le conseil municipal de la
   commune d'X ») ;
3. ce qui suit l'organe dans un titre (« Conseil municipal de X »), accepté seulement s'il
   a l'air d'un nom (ni date, ni jour, ni « réunion du… »).

Pour une commune, le nom est celui de la commune seul (« Commune de X » donne « X »).

>>> en_tete("COMMUNE DE SAINT-ARNOULT-SUR-LOIRE")
('SAINT-ARNOULT-SUR-LOIRE', 'commune')
>>> dans_la_prose("le Conseil Municipal de Vaudrey, dûment convoqué, s'est réuni")
'Vaudrey'
>>> nom_plausible("27 MARS 2003"), nom_plausible("LUNDI 11 AVRIL"), nom_plausible("Brévans")
(False, False, True)
>>> nom_plausible("Madame Catherine VERDIER. Monsieur Paul ROUX ouvre la")
False
>>> nom_plausible("cette"), nom_plausible("notre commune"), nom_plausible("Cette-Eygun")
(False, False, True)
>>> par_le_president("convoqués par le Président de Val de Galaure Agglomération, le 5 mars")
'Val de Galaure Agglomération'
"""

from __future__ import annotations

import re
from importlib import resources

from deliberations.extrait import organes
from deliberations.extrait.dates import MOIS
from deliberations.extrait.prefiltres import contient_un, mots_requis
from deliberations.texte import cle_texte, minuscules_meme_longueur

__all__ = [
    "apres_copyright",
    "collectivite_generale",
    "commune_seule",
    "dans_la_prose",
    "dans_le_titre",
    "en_tete",
    "nature_seule",
    "nom_avant_communaute",
    "nom_borne_ailleurs",
    "nom_plausible",
    "nom_poursuivi",
    "par_le_maire",
    "par_le_president",
    "sans_titre",
    "titre_de_page",
]

_EN_TETE = re.compile(
    r"^\s*(?:(?P<commune>commune(?:\s+nouvelle)?|ville|mairie)\s+(?=d[eu'\s]|des\s)"
    r"|(?P<epci>communaute\s+de\s+communes|communaute\s+d'agglomeration|communaute\s+urbaine"
    r"|metropole|syndicat|sivom|sivu|sivoss?|sictom|smictom|pole\s+d'equilibre|petr)\b"
    r"|(?P<general>departement|region|conseil\s+departemental\s+d|conseil\s+regional\s+d)\b)"
)
INSTANCE_CONSULTATIVE = r"(?:jeunes|enfants|sages|aines|quartiers?)\b"
"""« Conseil Municipal de Jeunes », « … des Sages » : une instance consultative, pas une
commune (motif sur la forme en minuscules sans accents)."""
_PROSE = re.compile(
    r"conseil\s+municipal\s+(?:de\s+la\s+commune\s+(?:nouvelle\s+(?=d))?|de\s+la\s+ville\s+)?"
    # (pas « Conseil Municipal de Jeunes », « … des Enfants » : une instance consultative)
    r"(?P<de>de\s+|d'|(?<=e\s)d(?:es|u)\s+)(?!" + INSTANCE_CONSULTATIVE + r")(?P<nom>[^,;:()]{2,60}?)"
    r"(?=\s*[,;(]|\s+(?:s'est|dument|legalement|regulierement|convoque|reuni|etant|en\s+session|"
    r"a\s+ete|s'\s*est|legalement|sous\s+la"
    # « … de la commune de X était réuni », « … de X se réunit », « … fut réuni », « … a siégé »
    r"|etait|etaient|se\s+reuni|fut|s'etait|a\s+siege|avait|en\s+application|conformement))"
)
_JOURS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
# (un mot du calendrier dans un nom composé n'en est pas un : « Saint-Mars-sous-Ballon »)
_PAS_UN_NOM = re.compile(
    rf"\d|(?<!-)\b(?:{_JOURS}|{'|'.join(MOIS)}|reunion|seance|session|compte|proces|date|ordre|"
    r"jour|extrait|registre|deliberations?|convocation|present|exercice|du\s+mois|assemblee|commission)\b(?!-)"
)
# Une capture qui déborde (« Madame X. Monsieur Y ouvre la ») : civilité, fin de phrase, verbe.
_PERSONNE_OU_PHRASE = re.compile(
    r"\b(?:monsieur|madame|mademoiselle|messieurs|mesdames|mme|mlle)\b|(?:^|\s)m\.\s"
    r"|[a-z]{3}\.\s|(?<![-'])\b(?:est|sont|ont|ouvre|preside|declare|procede|s'est)\b"
)
_ARTICLES = (
    (re.compile(r"^(?:de\s+la\s+)", re.I), "La "),
    (re.compile(r"^(?:de\s+l'\s*|de\s+l\s+)", re.I), "L'"),
    (re.compile(r"^(?:du\s+)", re.I), "Le "),
    (re.compile(r"^(?:des\s+)", re.I), "Les "),
    (re.compile(r"^(?:de\s+|d'\s*|d\s+)", re.I), ""),
)


_DEPARTEMENTS = frozenset(
    cle_texte(ligne).replace("-", " ")
    for ligne in resources.files("deliberations.extrait")
    .joinpath("donnees/departements.txt")
    .read_text("utf-8")
    .splitlines()
    if ligne.strip() and not ligne.startswith("#")
)


_ARTICLE_INITIAL = re.compile(r"^(?:le|la|les|l')\s*")


def sans_departement_final(nom: str) -> str:
    """« VALBERNE Haute Saône » (en-tête aplati) : le nom de la commune sans le département qui
    le suit ; le nom tel quel sinon.

    >>> sans_departement_final("TOMBLAINE Meurthe et Moselle"), sans_departement_final("Vaudrey")
    ('TOMBLAINE', 'Vaudrey')
    """
    mots = nom.split()
    for compte in range(min(4, len(mots) - 1), 0, -1):
        # (« LA CHARITE SUR LOIRE » : après « sur », « en »…, le nom continue)
        if _est_departement(" ".join(mots[-compte:])) and cle_texte(mots[-compte - 1]) not in _LIAISONS_DE_LIEU:
            return " ".join(mots[:-compte])
    return nom


_LIAISONS_DE_LIEU = frozenset(
    ("sur", "sous", "en", "de", "du", "des", "d", "les", "lès", "la", "le", "l", "et", "aux", "au", "a", "lez")
)


def _est_departement(nom: str) -> bool:
    cle = _ARTICLE_INITIAL.sub("", cle_texte(nom)).replace("-", " ")
    return cle in _DEPARTEMENTS


_plat = minuscules_meme_longueur  # une seule forme « plate » par ligne, en cache


_MOT_COLLECTIVITE = re.compile(
    r"(?:la\s+|cette\s+|notre\s+|le\s+)?(?:commune|ville|collectivite|communaute|syndicat|"
    r"metropole|region|departement)"
)


# Un démonstratif, un possessif ou un pronom n'est jamais un nom (« de cette commune »,
# « de notre ville », « de celle-ci ») ; « Cette-Eygun » (trait d'union) reste un nom.
_DEMONSTRATIF = re.compile(
    r"^(?:ce|cet|cette|ces|sa|son|ses|mon|ma|mes|ta|ton|tes|un|une|ladite|ledit|lesdites|lesdits|notre|nos|votre|vos|leur|leurs"
    r"|celle|celui|celles|ceux|elle|il|laquelle|lequel)(?:\s|$)"
)


# « … le Conseil Municipal de la Commune de » / « Kerfourn-Lanvaux dûment convoqué » : la ligne
# coupée ne laisse qu'un article ou une préposition, ce n'est pas un nom
_ARTICLE_PUIS_MINUSCULE = re.compile(r"(?:(?i:la|le|les)\s+|(?i:l)['’]\s*)[a-zàâçéèêëîïôûù]")
_MOTS_OUTILS = re.compile(r"(?:(?:de|du|des|la|le|les|l'|d'|a|au|aux|en|et)\s*)+")


_MOTS_NON_PROPRES = frozenset(
    (
        *("de", "du", "des", "la", "le", "les", "l", "d", "a", "au", "aux", "en", "et", "pour"),
        *("ville", "commune", "mairie", "departement", "region", "communaute", "communes"),
        *("syndicat", "intercommunal", "conseil", "metropole", "agglomeration"),
        *("compte", "rendu", "proces", "verbal"),
    )
)


_MOTS_DE_LIAISON = frozenset(("de", "du", "des", "d'", "la", "le", "les", "l'", "sur", "sous", "en", "lez", "et", "aux", "au"))


def _sans_departement_final(nom: str) -> str:
    """« LA CHAPELLE-SOUS-ORBAIS MARNE » (« MAIRIE DE X      MARNE », les espaces réduits) : le
    département écrit à droite de la commune n'est pas dans son nom (« Pont de l'Isère » garde
    le sien : un mot de liaison le précède)."""
    mots = nom.split()
    for k in (1, 2, 3):
        if len(mots) > k and _est_departement(" ".join(mots[-k:])):
            avant = cle_texte(mots[-k - 1])
            if avant not in _MOTS_DE_LIAISON and not mots[-k].lower().startswith(("l'", "l’")):
                return " ".join(mots[:-k])
    return nom


def _mots_du_nom(nom: str) -> list[str]:
    return [m for m in re.findall(r"[a-z0-9]+", cle_texte(nom)) if m not in _MOTS_NON_PROPRES]


def meme_collectivite(a: str, b: str) -> bool:
    """Deux noms qui peuvent désigner la même collectivité : les mots propres de l'un sont
    parmi ceux de l'autre (« Ville de Fontenelle », « FONTENELLE »), ou l'un est un sigle de
    la même initiale suivi de mots de l'autre (« SIAEP de la Vallée de la Sorbelle »).

    >>> meme_collectivite("SIAEP de la Sorbelle", "Syndicat Intercommunal d'Alimentation en Eau Potable de la Sorbelle")
    True
    >>> meme_collectivite("Saint-Julien-du-Sault", "Ville de Fontenelle")
    False
    """
    for court, long_ in ((a, b), (b, a)):
        mots_court, mots_long = _mots_du_nom(court), _mots_du_nom(long_)
        if set(mots_court) <= set(mots_long):  # (« Communauté de » : rien de propre)
            return True
        premier = court.split()[0] if court.split() else ""
        sigle = cle_texte(premier).replace(".", "")
        if (
            3 <= len(sigle) <= 8
            and sigle.isalpha()
            and premier.replace(".", "").isupper()
            and _sigle_de(sigle, long_)
            and set(_mots_du_nom(court.strip()[len(premier) :])) <= set(mots_long)
        ):
            return True
    return False


def _sigle_de(sigle: str, nom: str) -> bool:
    """Les lettres du sigle se lisent dans l'ordre dans le nom, la première en tête (« SIVOM »
    dans « Syndicat Intercommunal à VOcation Multiple » ; pas « SMICTOM » dans « SIVOM du
    Rieutort »)."""
    lettres = iter(re.sub(r"[^a-z]", "", cle_texte(nom)))
    return cle_texte(nom.strip())[:1] == sigle[0] and all(c in lettres for c in sigle)


def nom_plausible(nom: str, longueur_max: int = 80) -> bool:
    """Vrai si le texte a l'air d'un nom de lieu (pas une date, un jour, un titre) ;
    ``longueur_max`` : plus long pour le nom complet d'un syndicat, borné par la phrase."""
    nom = nom.strip()
    plat = _plat(nom)
    return (
        2 <= len(nom) <= longueur_max
        and nom[:1].isalpha()
        and not _PAS_UN_NOM.search(plat)
        and not _PERSONNE_OU_PHRASE.search(plat)
        and not _MOT_COLLECTIVITE.fullmatch(plat)
        and not _DEMONSTRATIF.match(plat)
        and not _MOTS_OUTILS.fullmatch(plat)
        # (« de la proposition de l'ONF », « de l'avis du comité » : un nom commun, pas un lieu)
        and not (_ARTICLE_PUIS_MINUSCULE.match(nom) and any(c.isupper() for c in nom))
    )


# après le nom, ce qui le borne sans doute : un tiret entouré de blancs, une barre, une
# virgule, une fin de ligne ou de texte
_BORNE_DE_NOM = r"(?:\s+[—–|-]\s|\s*[,|]|\s*\n|\s*$)"


def nom_borne_ailleurs(nom: str, texte: str) -> str | None:
    """Le plus long début de ``nom`` (trois mots au moins) que ``texte`` écrit ailleurs borné
    (« SIVOS des Trois Clochers – Mairie de … » en pied de page), quand ``nom`` lui-même n'y
    est écrit qu'une fois : le nom lu en tête d'un texte aplati, prolongé par la devise ou le
    menu de la page (« SIVOS des Trois Clochers Écoles de X »), s'arrête là ; ``None`` sinon.

    >>> t = "SIVOS des Trois Clochers Écoles de Vaux, Blou Présents … SIVOS des Trois Clochers – Mairie"
    >>> nom_borne_ailleurs("SIVOS des Trois Clochers Écoles de Vaux", t)
    'SIVOS des Trois Clochers'
    >>> nom_borne_ailleurs("SIVOS des Trois Clochers", t) is None
    True
    """
    if texte.count(nom) != 1:
        return None
    mots = nom.split(" ")
    for fin in range(len(mots) - 1, 2, -1):
        debut = " ".join(mots[:fin])
        if not mots[fin - 1][:1].isupper() or not nom_plausible(debut):
            continue
        if re.search(re.escape(debut) + _BORNE_DE_NOM, texte) is not None:
            return debut
    return None


# « © 2005 Mairie de X – Tous droits réservés », « Copyright 2010-2012 Commune de X » : la
# signature d'une page web, dans son pied
_COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)|Copyright(?:\s*©)?)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?[-–|]?\s*"
)


def apres_copyright(ligne: str) -> str | None:
    """Ce qui suit la marque de droits d'auteur d'un pied de page web, ``None`` sans marque.

    >>> apres_copyright("Partager Imprimer © 2005 Mairie de Vaux – Tous droits réservés")
    'Mairie de Vaux – Tous droits réservés'
    """
    trouve = _COPYRIGHT.search(ligne) if "©" in ligne or "opyright" in ligne or "(c)" in ligne.lower() else None
    return ligne[trouve.end() :] if trouve is not None else None


def commune_seule(suite: str) -> str:
    """« de Saint-X » → « Saint-X », « du Mesnil » → « Le Mesnil », « des Salines » → « Les Salines »."""
    suite = suite.strip()
    for motif, article in _ARTICLES:
        trouve = motif.match(suite)
        if trouve:
            reste = suite[trouve.end() :].strip()
            if article and reste[:1].isupper() and reste.upper() == reste:
                article = article.upper()
            return article + reste
    return suite


_CAPITALES = re.compile(
    r"\s*(?i:de\s+la\s+|de\s+l'\s*|de\s+l\s+|du\s+|des\s+|de\s+|d'\s*|d\s+)?"
    r"[A-ZÉÈÊÀÂÎÔÛÇË][A-ZÉÈÊÀÂÎÔÛÇË'\-]+(?:[\s\-]+[A-ZÉÈÊÀÂÎÔÛÇË][A-ZÉÈÊÀÂÎÔÛÇË'\-]+)*"
)


_TITRE_APRES = re.compile(
    r"\s+(?=(?:S[EÉ]ANCE|CONSEIL|COMPTE|PROC[EÈ]S|EXTRAIT|R[EÉ]UNION|REGISTRE|D[EÉ]LIB[EÉ]RATION"
    r"|CONVOCATION|D[EÉ]CISIONS\s+(?:DU|DE|DES|PRISES))\b)"
)


_PARTIES = re.compile(r"\s+[—–|]\s+|\s+-\s+(?=\D)|\s+-=-\s+")  # (« VILLE DE X -=- JPL/MC/Secrétariat »)
_MOTS_PARTIES = mots_requis(_PARTIES, "—", "–", "|", "-", "-=-")


# un rang de point (trois chiffres et plus, ou suivi d'un titre à barre) et son tiret
_RANG_DE_POINT = re.compile(r"\s*(?:\d{3,4}\s*[–—-]\s|\d{1,2}\s*[–—-]\s+\S.*\s/\s)")


def en_tete(ligne: str) -> tuple[str, str] | None:
    """Un en-tête de collectivité : (nom, genre) où genre vaut commune, epci ou general.

    Une ligne de plusieurs parties (« Département du Jura — Commune de Vaudrey ») donne la
    plus précise : la commune ou l'intercommunalité avant le département ou la région.

    >>> en_tete("Département du Jura — Commune de Vaudrey")
    ('Vaudrey', 'commune')
    >>> en_tete("Commune de Vaudrey (Jura)")
    ('Vaudrey', 'commune')
    >>> en_tete("Garrigues Métropole")
    ('Garrigues Métropole', 'epci')
    """
    if (
        contient_un(ligne, _MOTS_CAPITALES_PUIS_BATIMENT)
        and (batiment := _CAPITALES_PUIS_BATIMENT.match(ligne)) is not None
    ):
        ligne = batiment.group("nom")  # le bâtiment et l'adresse du siège ne sont pas le nom
    if ligne[:1].isdigit() or ligne[1:2].isdigit():
        if _RANG_DE_POINT.match(ligne):
            return None  # « 145 – COMMUNAUTÉ DE COMMUNES X / RAPPORT ANNUEL » : le titre d'un point
        ligne = _PAGE_EN_TETE.sub("", ligne)  # « 1 COMMUNAUTÉ DE COMMUNES … » : le numéro de page
    if (
        _UN_CHIFFRE.search(ligne, 0, 200)
        and (lieu := _LIEU_DU_SIEGE.search(ligne, 0, 200)) is not None
        and _CODE_POSTAL.search(ligne, lieu.end(), lieu.end() + 120)
    ):
        ligne = ligne[: lieu.start()]  # « Communauté … Val de Brenne Parc des Saules, … 37990 X »
    if _UN_CHIFFRE.search(ligne, 0, 200) and (adresse := _ADRESSE_APRES_LE_NOM.search(ligne, 0, 200)):
        ligne = ligne[: adresse.start()]  # « COMMUNAUTÉ DE COMMUNES X 12, Rue du Moulin VILLE … »
    if len(ligne) > 200 and (menu := _MENU.search(ligne, 0, 200)) is not None:
        # « Compte rendu du … | Communauté de communes X Accueil Actualités … » (page copiée
        # sur une ligne) : le menu finit l'en-tête
        ligne = ligne[: menu.start()]
    if ligne.lstrip()[:1] in "Rr0123456789":
        ligne = _DEVISE.sub("", ligne.lstrip())  # « République Française - Département des X Commune de Y »
    if " -" in ligne or "- " in ligne:
        ligne = _noms_a_tirets_recolles(ligne)
    debut = ligne.lstrip()[:3].lower()
    lieu = _LIEU_AVANT_COMMUNE.match(_plat(ligne[:200])) if debut in _DEBUTS_DE_LIEU else None
    if lieu is not None:  # « DÉPARTEMENT DES LANDES MAIRIE DE X … » (en-tête aplati)
        return _en_tete(ligne[lieu.end() :])
    parties = _PARTIES.split(ligne) if len(ligne) <= 200 and contient_un(ligne, _MOTS_PARTIES) else []
    if len(parties) > 1:
        # (un fil d'Ariane « Accueil | Écoles | Syndicat scolaire » ne nomme personne)
        lus = [lu for lu in map(_en_tete_apres_titre, parties) if lu is not None and _nomme(*lu)]
        if lus:
            return min(lus, key=lambda lu: lu[1] == "general")
    lu = _en_tete_apres_titre(ligne)
    if lu is None and len(ligne) > 200 and len(parties := _PARTIES.split(ligne[:200], 2)) > 2:
        # « X Métropole | Bureau métropolitain | Séance du … | Procès-verbal Le Bureau … » (page
        # aplatie) : la première partie d'un en-tête à barres, bornée des deux côtés
        lu = _en_tete(parties[0])
    return lu


# « DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE COMMUNAUTÉ DE COMMUNES DES VALLÉES D'X » (en-tête
# en colonnes aplati) : le titre du registre en capitales, puis le nom de l'intercommunalité
_TITRE_PUIS_EPCI = re.compile(
    r"(?:(?:extrait\s+du\s+registre|proces\s+verbal|registre|compte\s+rendu)\s+)?"
    r"(?:des\s+deliberations\s+)?(?:du|de\s+la)\s+(?:conseil\s+communautaire|comite\s+syndical)\s+"
    r"(?=communaute\s+(?:de\s+communes|d'agglomeration|urbaine)\b|syndicat\s)"
)


def _en_tete_apres_titre(ligne: str) -> tuple[str, str] | None:
    """:func:`_en_tete`, et pour un titre de registre en capitales suivi d'un nom
    d'intercommunalité, ce nom."""
    lu = _en_tete(ligne)
    if lu is not None or not ligne.isupper():
        return lu
    titre = _TITRE_PUIS_EPCI.match(_plat(ligne.strip()))
    return _en_tete(ligne.strip()[titre.end() :]) if titre is not None else None


# « COMMUNAUTE DE COMMUNES DE BREVILLE - SAINT-OLIVE -LAMBERCOURT » : les communes d'un nom
# d'intercommunalité en capitales, jointes par des tirets entourés (ou non) d'espaces ; pas
# « COMMUNE DE X - CONSEIL MUNICIPAL », un titre
_TIRET_ENTRE_CAPITALES = re.compile(
    r"(?<=[A-ZÉÈÀÂÎÔÛÇ]{2})\s*-\s*(?=[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’\-]+\b)"
    r"(?!(?:CONSEIL|PROC[ÈE]S|COMPTE|S[ÉE]ANCE|R[ÉE]UNION|EXTRAIT|REGISTRE|D[ÉE]PARTEMENT|R[ÉE]PUBLIQUE"
    r"|ARRONDISSEMENT|CANTON|BUREAU|COMIT[ÉE]|COMMISSION|ASSEMBL[ÉE]E|SESSION|D[ÉE]LIB[ÉE]RATION|ORDRE"
    r"|RELEV[ÉE]|D[ÉE]CISION|PV|CR|PAGE|MAIRIE|COMMUNE|VILLE|R[ÉE]GION|SYNDICAT|COMMUNAUT[ÉE])\b)"
)
_EPCI_EN_CAPITALES = re.compile(r"COMMUNAUT[ÉE] (?:DE COMMUNES|D'AGGLOM[ÉE]RATION|URBAINE) ")


# (« Communauté de Communes du Pays de Vallorne - Kerbrat Séance du … » : en casse mixte, le
# mot qui suit le tiret n'ouvre pas un titre)
# le nom qui suit le tiret : des mots à majuscule et leurs particules, jusqu'à un mot de titre
# (« Kerbrat Séance du … », « Vallon des Cerisiers, dûment convoqué »)
_TERME_DE_NOM = re.compile(
    r"[A-ZÉÈ][\w'’\-]*(?:\s+(?:(?:de|du|des|d'|d’|la|le|les|en|sur|sous)\s+)?"
    r"(?!(?:Séance|Seance|Compte|Procès|Proces|Conseil|Réunion|Reunion|Extrait|Registre|Date|Le|La|Les|Du)\b)"
    r"[A-ZÉÈ][\w'’\-]*)*"
)
_EPCI_EN_CASSE = re.compile(r"Communaut[ée] (?:de [Cc]ommunes|d['’][Aa]gglom[ée]ration|[Uu]rbaine) ")
_TIRET_ENTRE_MOTS = re.compile(
    r"(?<=[a-zéèêëç]{2})\s+[-–]\s+(?=[A-ZÉÈ][a-zéèêëîïôûç'’\-]+\b)"
    r"(?!(?:Conseil|Proc[èe]s|Compte|S[ée]ance|R[ée]union|Extrait|Registre|D[ée]partement|R[ée]publique"
    r"|Arrondissement|Canton|Bureau|Comit[ée]|Commission|Assembl[ée]e|Session|D[ée]lib[ée]ration|Ordre"
    r"|Relev[ée]|D[ée]cision|Page|Mairie|Commune|Ville|R[ée]gion|Syndicat|Communaut[ée]|Si[èe]ge|Secr[ée]tariat"
    r"|Service|Direction|Accueil|Le|La|Les|Du|Des|De)\b)"
)


def _noms_a_tirets_recolles(ligne: str) -> str:
    """Dans le nom d'une intercommunalité, les tirets entourés d'espaces joignent ses communes :
    ils sont recollés (le nom n'est plus coupé au premier)."""
    if (epci := _EPCI_EN_CAPITALES.search(ligne)) is not None:
        return ligne[: epci.end()] + _TIRET_ENTRE_CAPITALES.sub("-", ligne[epci.end() :])
    if (epci := _EPCI_EN_CASSE.search(ligne)) is not None:
        fin = min(len(ligne), epci.end() + 60)  # (le nom seul : pas la suite de la ligne)
        return ligne[: epci.end()] + _TIRET_ENTRE_MOTS.sub("-", ligne[epci.end() : fin], count=1) + ligne[fin:]
    return ligne


_NOM_APRES = re.compile(r"\b(?:de|du|des|d')\b|\bd'", re.I)
# (« 1 Communauté de Communes X … » : en capitales ou non, un mot d'en-tête après le numéro)
_PAGE_EN_TETE = re.compile(
    # (« 1 /12 - SIVAL SYNDICAT … » : la page et leur nombre, un tiret, une ligne en capitales)
    r"^\s*\d{1,3}\s*/\s*\d{1,3}\s*[-–]?\s+(?=[A-ZÉÈ]{2,}\b)"
    r"|^\s*\d{1,2}\s+(?=(?:COMMUNAUT[ÉE]|COMMUNE|MAIRIE|SYNDICAT|VILLE|D[ÉE]PARTEMENT|R[ÉE]GION)\b"
    r"|(?:Communaut[ée]|Commune|Mairie|Ville|D[ée]partement)\s+d|(?:Syndicat|R[ée]gion)\s)"
)
# l'adresse du siège après le nom (« 12, Rue du Moulin », « 3 place de la Mairie ») : la fin du nom
_ADRESSE_APRES_LE_NOM = re.compile(
    r"\s+\d{1,4}(?:\s*(?:bis|ter))?\s*,?\s+(?i:rue|avenue|av\.|place|boulevard|bd|route|chemin|all[ée]e"
    r"|impasse|quai|cours|square|esplanade|rond-point)\b"
)
_UN_CHIFFRE = re.compile(r"\d")
# le lieu du siège après le nom (« Parc des Saules », « Bâtiment 2 », « ZA des Landes »), qu'un
# code postal suit : la fin du nom
_LIEU_DU_SIEGE = re.compile(
    r"\s+(?:Parc|PARC|B[âa]timent|B[ÂA]TIMENT|Immeuble|IMMEUBLE|Zone|ZONE|ZA|ZAC|ZAE|ZI|H[ôo]tel|H[ÔO]TEL"
    r"|Quartier|R[ée]sidence|BP|CS)\s+(?=(?:des|de|du|d'|d’|la|le|les|DES|DE|DU|LA|LE|LES)\s|\d|[A-ZÉÈ])"
)
_CODE_POSTAL = re.compile(r"(?<!\d)(?:\d{5}|\d{2} \d{3})(?!\d)")  # (« 61 150 » : l'espace des milliers)  # (sans chiffre, pas d'adresse : l'expression n'est pas essayée)
_DEBUTS_DE_LIEU = frozenset({"dep", "dép", "reg", "rég", "rep", "rép", "arr", "can"})
# Le département (ou la région) qui situe la commune, collé devant elle dans un en-tête aplati.
# « Département de la Meuse. Arrondissement de Verdun. Commune de X » : plusieurs lieux à la
# suite, séparés par des points (devant une commune, un syndicat ou une communauté)
_LIEU_AVANT_COMMUNE = re.compile(
    r"^\s*(?:republique\s+francaise\s+)?(?:(?:departement|region|arrondissement|canton)\s+"
    r"(?:de\s+la\s+|de\s+l'\s*|du\s+|des\s+|de\s+|d'\s*)[a-z'\-]+(?:\s+[a-z'\-]+)?"
    r"\s*[.,;]?\s+)+(?=(?:commune|ville|mairie)\s+(?:d[eu'\s]|des\s)"
    # « DEPARTEMENT DE LA SARTHE Arrondissement de X SYNDICAT INTERCOMMUNAL … » : un syndicat
    # ou une communauté situés de même
    r"|syndicat\s+(?:intercommunal|mixte|departemental|d[eu'\s])|communaute\s+d)"
)


def _nomme(nom: str, genre: str) -> bool:
    """Une partie d'en-tête qui nomme une collectivité : une commune, ou un nom complété."""
    return genre == "commune" or _NOM_APRES.search(nom) is not None


# « Garrigues Métropole », « Val de Galaure Agglomération » : le nom d'usage, le mot de
# l'intercommunalité en dernier, seul sur sa ligne (logo, titre de la page)
_EPCI_EN_FIN = re.compile(
    r"^(?P<nom>[A-ZÀ-Ý][\w'’\-]*(?:\s+(?:[A-ZÀ-Ý][\w'’\-]*|de|du|des|la|le|les|d'|en|sur))"
    r"{0,5})\s+(?:M[ée]tropole|Agglom[ée]ration|Agglo|METROPOLE|MÉTROPOLE|AGGLOMERATION|"
    r"AGGLOMÉRATION)$"
)


# « Brassenne / Communauté de Communes », « Estrigon Communauté de Communes CONSEIL … » : le
# nom d'usage de la communauté (logo) avant sa nature, en tête du document
_NOM_PUIS_COMMUNAUTE = re.compile(
    r"^\s*(?P<nom>[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+){0,2})\s+"
    r"(?P<nature>Communaut[ée]\s+de\s+[Cc]ommunes)(?=\s+[A-ZÀ-Ý]{3,}|\s*$)"
)


def nom_avant_communaute(texte: str) -> str | None:
    """« Estrigon Communauté de Communes CONSEIL COMMUNAUTAIRE … » → « Communauté de communes
    Estrigon » : le nom d'usage, écrit avant la nature en tête du document (logo).

    >>> nom_avant_communaute("Estrigon Communauté de Communes CONSEIL COMMUNAUTAIRE")
    'Communauté de communes Estrigon'
    >>> nom_avant_communaute("Le Président de la Communauté de Communes") is None
    True
    """
    trouve = _NOM_PUIS_COMMUNAUTE.match(texte[:200])
    if trouve is None or not nom_plausible(trouve.group("nom"), longueur_max=40):
        return None
    if _est_mot_courant(trouve.group("nom").split()[0]) or _plat(trouve.group("nom")) in _MOTS_TITRE:
        return None
    return f"Communauté de communes {trouve.group('nom')}"


_MOTS_TITRE = frozenset(("le president", "la presidente", "compte rendu", "proces verbal"))


_FINS_EPCI = frozenset(("opole", "ation", "agglo"))  # métropole, agglomération, agglo
# Ce qu'un texte aplati colle autour d'un en-tête : la devise de l'État avant, l'adresse
# du siège après (« RÉPUBLIQUE FRANÇAISE Syndicat … de la Sorbelle Siège : Mairie de … »).
# (« 12 République Française - Département des X Commune de Y » : un numéro de page, un tiret)
_DEVISE = re.compile(r"^(?:\d{1,3}\s+)?r[ée]publique\s+fran[çc]aise\s*[-–—]?\s+(?=\S)", re.I)
_ADRESSE = re.compile(r"\s(?:si[èe]ge(?:\s+social)?|adresse|lieu)\s*:", re.I)
# « SYNDICAT MIXTE DU PAYS DE X Maison du Pays – 12 rue … » : le nom en capitales, puis le
# bâtiment du siège en casse mixte (ou en capitales, ouvert par un mot de bâtiment : « … DE X
# MAISON DU PAYS – 12 RUE … » ; le nom ne finit pas sur un article), puis son adresse
_CAPITALES_PUIS_BATIMENT = re.compile(
    r"\s*(?P<nom>[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’\-]*(?:\s+[A-ZÉÈÀÂÎÔÛÇ'’\-]+){2,})"
    r"(?:\s+[A-ZÉÈ][a-zéèêëàâçôîûïü'’]+|(?<!\sDE)(?<!\sDU)(?<!\sDES)(?<!\sLA)(?<!\sLE)(?<!\sLES)(?<!')"
    r"\s+(?:MAISON|H[ÔO]TEL|ESPACE|CENTRE|SALLE|MAIRIE|P[ÔO]LE|IMMEUBLE|B[ÂA]TIMENT|CH[ÂA]TEAU)\b)"
    r"(?:\s+[\w'’]+){0,4}\s+[–-]\s+(?:\d{1,4}(?:\s?(?:bis|ter|BIS|TER))?,?\s+[a-zA-Zéè]"
    # (« … Hôtel communautaire – place du Foirail – X » : la voie sans numéro)
    r"|(?:place|rue|avenue|boulevard|route|chemin|all[ée]e|quai|cours|square|impasse)\s)"
)
_MOTS_CAPITALES_PUIS_BATIMENT = mots_requis(_CAPITALES_PUIS_BATIMENT, "-", "–")


_NOM_DEVELOPPE = re.compile(
    r"\s(?=(?:Syndicat|Communaut[ée]|P[ôo]le|[ÉE]tablissement)\s+[a-zéèàô])"
)
_SIGLE_EN_TETE = re.compile(r"\s*([A-Z]{4,})\s")
_NATURES_EN_TETE = frozenset(
    ("syndicat", "communaute", "commune", "mairie", "ville", "departement", "region", "metropole",
     "conseil", "republique", "compte", "proces", "extrait", "seance", "reunion", "pole")
)  # fmt: skip
_NOM_DEVELOPPE_CAPITALES = re.compile(
    r"\s(?=(?:SYNDICAT|COMMUNAUT[ÉE]|P[ÔO]LE|[ÉE]TABLISSEMENT)\s+"
    r"(?:MIXTE|INTERCOMMUNAL|D[ÉE]PARTEMENTAL|DE|D'|DU|DES|D'[ÉE]QUILIBRE)\b)"
)
_ORGANE_DE = re.compile(r"(?:d[eu]s?\s+|d')?(?:conseil|comite|bureau|commission)\b")


# « CC du Val de Brenne » : le sigle d'une communauté de communes en tête de lettre (pas « cc : »,
# la liste des destinataires d'une copie)
_SIGLE_CC = re.compile(r"C\.?C\.?\s+(?:du\s+|de\s+la\s+|de\s+l'|des\s+|de\s+|d')?[A-ZÉÈ][\w'’\- ]{2,50}")


# l'adresse qui suit un nom d'en-tête dans un texte aplati : « 12 rue de la Gare », « 3 bis, place … »
_NUMERO_ET_RUE = re.compile(
    r"\s+\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|place|boulevard|bd|chemin|route|all[ée]e|"
    r"impasse|quai|cours|square)\b",
    re.I,
)
_GROUPEMENT_EN_TETE = re.compile(r"(?:Syndicat|Communaut[ée]|P[ôo]le|M[ée]tropole)\s", re.I)
_NOM_PUIS_SIGLE = re.compile(r"(?P<nom>[^()]{10,}?)\s*\((?P<sigle>[A-ZÉÈ]{2,10})\)(?=\s+\S)")


def _en_tete(ligne: str) -> tuple[str, str] | None:
    texte = ligne.strip()
    if texte[:1] in ("R", "r"):
        texte = _DEVISE.sub("", texte)
    if ":" in texte and (adresse := _ADRESSE.search(texte)) is not None:
        texte = texte[: adresse.start()]
    if (
        "(" in texte
        and (sigle_final := _NOM_PUIS_SIGLE.match(texte)) is not None
        # (ou le nom en casse mixte d'un groupement : « Syndicat Intercommunal d'Électricité du
        # Jura (SIEJ) Réunion du Comité syndical … », texte aplati)
        and (_capitales_avant(texte, sigle_final.end("nom")) or _GROUPEMENT_EN_TETE.match(texte) is not None)
        # (le sigle du nom, « SIVOS » de « SYNDICAT INTERCOMMUNAL À VOCATION SCOLAIRE … » ;
        # pas « CHÂTEAU-CHINON (VILLE) »)
        and _sigle_de(cle_texte(sigle_final.group("sigle")), sigle_final.group("nom"))
    ):
        # « SYNDICAT … DES TROIS CLOCHERS (SIVOS) Bréhan-le-Bois – … » (en-tête aplati) : le
        # sigle entre parenthèses ferme le nom en capitales ; les communes membres suivent
        texte = sigle_final.group("nom")
    if " Mairie d" in texte and _capitales_avant(texte, texte.index(" Mairie d")):
        # « SYNDICAT … DU LÉGER Mairie de X – 71390 » : la mairie du siège, en casse mixte
        texte = texte[: texte.index(" Mairie d")]
    developpe = _NOM_DEVELOPPE.search(texte) if " " in texte[:60] and texte[:4].isupper() else None
    sigle = None
    if developpe is None and (sigle := _SIGLE_EN_TETE.match(texte)) is not None and (
        cle_texte(sigle.group(1)) not in _NATURES_EN_TETE
    ):
        # (le même en-tête tout en capitales : « SMICTOM DES VALS DE X SYNDICAT MIXTE DE … »)
        developpe = _NOM_DEVELOPPE_CAPITALES.search(texte, sigle.end())
    if sigle is not None and _NOM_DEVELOPPE_CAPITALES.match(texte, sigle.end(1)):
        # « SIVAL SYNDICAT INTERCOMMUNAL DU VAL D ORBIEU » : le sigle seul devant le nom
        # développé en capitales ; le nom est la suite
        texte = texte[sigle.end() :]
    elif developpe is not None and _capitales_avant(texte, developpe.start()):
        # « SMICTOM DES VALS DE X Syndicat mixte de collecte … » : le sigle et son territoire
        # en capitales, puis le nom développé en casse mixte, qui n'en est pas la suite
        texte = texte[: developpe.start()]
    texte = texte.strip(" .,:;-–—")
    if (
        len(texte) <= 60
        and texte[-5:].lower() in _FINS_EPCI
        and _EPCI_EN_FIN.match(texte)
        and nom_plausible(texte)
        and not _ORGANE_DE.match(_plat(texte))  # « DU CONSEIL MÉTROPOLITAIN DE X MÉTROPOLE »
    ):
        return texte, "epci"
    if texte[:1] == "C" and _SIGLE_CC.match(texte):
        # « CC du Val de Brenne », « C.C. Val de Brenne » : le sigle (suivi du titre du document
        # dans un texte aplati : « CC du Val de Brenne Conseil communautaire Séance du … »)
        nom_cc = sans_titre(texte)[0]
        if (rue := _NUMERO_ET_RUE.search(nom_cc)) is not None:
            nom_cc = nom_cc[: rue.start()]  # « CC Val de Brenne 12 rue de la Gare – 39380 Vaudrey »
        if _SIGLE_CC.fullmatch(nom_cc) and nom_plausible(nom_cc):
            return nom_cc, "epci"
    trouve = _EN_TETE.match(_plat(texte[:120]))
    if trouve is None:
        return None
    coupe = _SEPARATEUR.search(texte, trouve.end())
    if (
        coupe is not None
        and trouve.group("epci")
        and coupe.group(0).strip() == ","
        and (apres_virgule := _SUITE_D_EPCI_APRES_VIRGULE.match(texte, coupe.end())) is not None
    ):
        # « COMMUNAUTE D'AGGLOMERATION DE BRENNE-SORNAC, VAL D'ORNE CONSEIL COMMUNAUTAIRE … » :
        # la virgule est dans le nom (les mots en capitales qui la suivent, jusqu'au titre)
        texte, coupe = texte[: apres_virgule.end()], None
    if coupe is not None and nom_plausible(commune_seule(texte[trouve.end() : coupe.start()])):
        texte = texte[: coupe.start()]  # « Commune de X — séance ordinaire, salle… »
    if trouve.group("epci") and (nom_epci := _epci_aplati(texte, trouve.end())) is not None:
        # « Communauté de communes de X Conseil de communauté du » (aplati, coupé devant la
        # date) : le nom s'arrête au titre du document, comme dans une ligne plus longue
        texte = nom_epci
    if len(texte) > 100 or not nom_plausible(commune_seule(texte[trouve.end() :])):
        # en-tête suivi du texte (ligne aplatie) : le nom en capitales seulement, ou le nom
        # suivi du titre du document (« Commune de X Séance du 28 février 2023 … »)
        if trouve.group("commune"):
            nom, suite = sans_titre(texte[trouve.end() : trouve.end() + 100], commune=True)
            nom = commune_seule(nom).rstrip(" .,;:-")
            if nom.endswith(")"):
                nom = _LIEU_ENTRE_PARENTHESES.sub("", nom)
            if suite and nom[:1].isupper() and nom_plausible(nom) and not _est_departement(nom):
                return nom, "commune"
        if trouve.group("epci"):
            nom_epci = _epci_aplati(texte, trouve.end())
            return (nom_epci, "epci") if nom_epci is not None else None
        capitales = _CAPITALES.match(texte[trouve.end() :])
        if capitales is None or not trouve.group("commune"):
            return None
        nom = _TITRE_APRES.split(capitales.group(0))[0]
        texte = texte[: trouve.end()] + nom
    if trouve.group("commune"):
        nom = _sans_departement_final(commune_seule(texte[trouve.end() :]))
        return (nom, "commune") if nom_plausible(nom) and not _est_departement(nom) else None
    if _PAS_UN_NOM.search(_plat(texte[trouve.end() :])):
        return None
    return texte, "epci" if trouve.group("epci") else "general"


def _capitales_avant(texte: str, fin: int) -> bool:
    """Vrai si le texte avant ``fin`` est un nom en capitales de trois mots au moins."""
    avant = texte[:fin]
    return avant.isupper() and avant.count(" ") >= 2


# « Communauté de communes X Accueil › Conseil … », « … – Monthiers Accueil » : le menu ou le
# fil d'Ariane d'une page copiée, collé au nom (texte aplati, lignes recollées)
# (« Accueil Actualités Compétences … » : le menu, chaque entrée à majuscule)
_NAVIGATION = (
    r"\s+(?=(?:[Aa]ccueil|ACCUEIL|[Vv]ous\s+[êe]tes\s+ici|[Aa]ller\s+au\s+contenu)"
    r"(?:\s*(?:[›»>|/:]|$)|\s+[A-ZÉÈÀÂÎÔ][a-zéèêàâîôûç]"
    # (« MAIRIE DE X ACCUEIL LA COMMUNE VIE MUNICIPALE … » : le menu d'une page tout en capitales)
    r"|(?<=ACCUEIL)\s+[A-ZÉÈÀÂÎÔ]{2,}\b))"
)
_MENU = re.compile(_NAVIGATION)
_SEPARATEUR = re.compile(
    _NAVIGATION + r"|\s+[—–|-]\s+|\s*,\s+|\s+:\s+"  # « Mairie de X : le blog… »
    r"|\s+[›»>]\s+"  # « Commune de X > Vie municipale > … » : le fil d'Ariane d'une page copiée
    r"|\s{3,}|\t"  # « COMMUNE DE X        DU CONSEIL MUNICIPAL » : colonnes d'une page
    r"|\s+\((?!(?i:ville|campagne)\))(?=[^()]{2,40}\)\s*$)"  # « Commune de X (Jura) »
    # « VILLE DE X (Haute-Savoie) COMPTE-RENDU DU CONSEIL … » : le département, puis le titre
    r"|\s+\((?!(?i:ville|campagne)\))(?=[^()]{2,40}\)\s+(?i:compte|proc[èe]s|extrait|registre|s[ée]ance"
    r"|conseil|r[ée]union|d[ée]lib[ée]ration)\b)"
    # « COMMUNE NOUVELLE DE X Communes déléguées de A, B et C » : les communes déléguées
    r"|\s+(?=(?i:communes?\s+d[ée]l[ée]gu[ée]es?)\b)"
    # « COMMUNE DE X Commune associée de Y » (fusion-association) : la commune associée
    r"|\s+(?=(?i:communes?\s+associ[ée]es?)\b)"
    # « Mairie de X Site officiel de la commune », « Ville de X Bienvenue » : la devise du
    # bandeau d'un site, sur la ligne du nom
    r"|\s+(?=(?i:site\s+(?:officiel|internet|web)|bienvenue|portail\s+(?:officiel|citoyen))\b)"
    # « MAIRIE DE X TÉL. 03 … », « COMMUNE DE X CODE POSTAL 39380 » (en-tête aplati en capitales)
    r"|\s+(?=(?i:t[ée]l[ée]?(?:phone)?\b|code\s+postal\b|courriel\b|e-?mail\b|fax\b))"
    # « COMMUNE DE X LE 30 SEPTEMBRE 2024 » : une date, pas le nom
    r"|\s+(?=(?i:le\s+)?\d{1,2}(?:er)?\s+(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t"
    r"|septembre|octobre|novembre|d[ée]cembre)\b)"
    # « VILLE DE X RÉPUBLIQUE FRANÇAISE » : la colonne voisine de l'en-tête, recollée
    r"|\s+(?=(?i:r[ée]publique\s+fran[çc]aise)\b)"
    # « MAIRIE DE X Direction Générale des Services », « … Service Urbanisme » : un service de
    # la mairie, en casse mixte, après le nom
    r"|\s+(?=(?:Direction|Service|Secr[ée]tariat|Cabinet)\s+(?:[Gg][ée]n[ée]ral|d[eu]s?\b|[A-ZÉ][a-zé]))"
    # « Mairie de X 3 place de l'Église 89310 X Tél. … » (en-tête d'adresse aplati)
    r"|\s+(?=\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?i:rue|place|avenue|route|chemin|impasse|all[ée]e"
    r"|boulevard|quai|square|cours|faubourg|grande[\s-]rue)\b)"
)
# « COMMUNE DE X (Jura) EXTRAIT DU REGISTRE… » (aplati) : le département entre parenthèses
# après le nom n'en est pas ; « Château-Chinon (Ville) » garde sa partie du nom
# (après la virgule d'un nom d'intercommunalité en capitales : des mots en capitales, pas un
# lieu administratif, puis le titre du document ou la fin)
_SUITE_D_EPCI_APRES_VIRGULE = re.compile(
    r"(?!(?:D[ÉE]PARTEMENT|CANTON|ARRONDISSEMENT|R[ÉE]GION|R[ÉE]PUBLIQUE|SI[ÈE]GE)\b)"
    r"[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’\-]+(?:\s+(?:[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’\-]+|D'|DE|DU|DES|LA|LE|LES)){0,4}"
    r"(?=\s+(?:CONSEIL|COMIT[ÉE]|COMPTE|PROC[ÈE]S|S[ÉE]ANCE|EXTRAIT|REGISTRE|BUREAU|R[ÉE]UNION)\b|\s*$)"
)
_LIEU_ENTRE_PARENTHESES = re.compile(r"\s*\((?!(?i:ville|campagne)\))[^()]{2,40}\)$")

# Ce qu'un texte aplati colle au nom d'un en-tête : un organe, le titre du document.
_SUITE_DE_TITRE = re.compile(
    # (« … DE L'ISLE-SUR-LE-DOUBS Le conseil municipal s'est réuni … » : l'article ouvre la phrase)
    rf"\s+(?=(?:(?:le|la|les|du|des|de\s+la)\s+)?(?:{organes.motif()}|bureau\s+municipal|seance|session|"
    r"compte[\s-]+rendu|proces[\s-]+verbal|pv|releve\s+des\s+decisions|decisions\s+(?:du|de|des|prises)|extrait|registre|deliberations?|convocation|"
    r"ordre\s+du\s+jour|"
    # « CONSEIL RÉGIONAL DE X Assemblée plénière Séance du … » : l'intitulé de la réunion
    r"(?:assemblee|seance|reunion)\s+pleniere|"
    # « … DE L'ISLE-SUR-LE-DOUBS Publié le : 30/09/2024 » : la mention d'un tampon
    r"(?:tele)?transmise?s?|publiee?s?|affichee?s?|envoyee?s?|recue?s?\s+(?:en|le)|rendue?\s+executoire|"
    r"certifiee?s?|date\s+d|"
    r"reunion\s+(?:du|de|ordinaire|extraordinaire))\b)"
)


# Ce qui suit le nom d'une commune dans un en-tête en capitales (« X DÉPARTEMENT DE Y »).
_SUITE_DE_COMMUNE = re.compile(r"\s+(?=(?:departement|canton|arrondissement|region)\b)")


def sans_titre(nom: str, *, commune: bool = False) -> tuple[str, str]:
    """Le nom sans l'organe ou le titre qu'un texte aplati lui colle, et cette suite ; pour
    une commune (``commune``), sans non plus le département, le canton ou l'arrondissement.

    >>> sans_titre("Lanvézec Conseil municipal")
    ('Lanvézec', 'Conseil municipal')
    >>> sans_titre("CONSEIL GENERAL DE LA HAUTE-VEZERE COMMISSION PERMANENTE")
    ('CONSEIL GENERAL DE LA HAUTE-VEZERE', 'COMMISSION PERMANENTE')
    >>> sans_titre("Département de La Réunion")
    ('Département de La Réunion', '')
    >>> sans_titre("LESCURRY-BAS DÉPARTEMENT DES PYRÉNÉES", commune=True)
    ('LESCURRY-BAS', 'DÉPARTEMENT DES PYRÉNÉES')
    """
    plat = _plat(nom)
    trouve = _SUITE_DE_TITRE.search(plat, 1)
    if commune:
        suite = _SUITE_DE_COMMUNE.search(plat, 1)
        if suite is not None and (trouve is None or suite.start() < trouve.start()):
            trouve = suite
    if trouve is None or not nom_plausible(nom[: trouve.start()], 200):
        return nom, ""
    return nom[: trouve.start()], nom[trouve.end() :]


_FIN_EPCI_APLATI = re.compile(
    r"\s+(?=\d|(?:extrait|s[ée]ance|compte|proc[èe]s|r[ée]union|registre|d[ée]lib[ée]rations?"
    r"|rel[ée]v[ée]\s+des\s+d[ée]cisions"
    r"|conseil|comit[ée]|d[ée]partement|arrondissement|r[ée]publique"
    # le service qui rédige (« … DU FORON DIRECTION DES AFFAIRES GENERALES Suivi des … »)
    r"|direction\s+(?:des|de\s+la|du|g[ée]n[ée]rale)|secr[ée]tariat\s+g[ée]n[ée]ral"
    r"|service\s+(?:des|de\s+la|du)|suivi\s+(?:des|par))\b)",
    re.IGNORECASE,
)


def _epci_aplati(texte: str, debut: int) -> str | None:
    """« Communauté de Communes Terres de X 1 Extrait du Registre … » (en-tête d'un texte
    aplati) : le nom s'arrête au premier nombre ou au premier mot de titre.

    >>> _epci_aplati("Communauté de Communes Terres de Brénon 1 Extrait du Registre", 22)
    'Communauté de Communes Terres de Brénon'
    """
    coupe = _FIN_EPCI_APLATI.search(texte, debut, debut + 100)
    if coupe is None:
        return None
    nom = texte[: coupe.start()].strip(" ,.;:-")
    if nature_seule(nom) or not nom_plausible(nom[debut:], longueur_max=90):
        return None
    return nom


# « Conseil municipal du … – X », et « Séance du 26 novembre 2019 - X » (la séance datée, sans
# organe : l'organe se lit dans la page ; une commune lue là est écartée si c'est celui d'une
# intercommunalité)
_TITRE_DE_PAGE = re.compile(
    r"^(?P<tete>.*\bconseil\s+municipal\b.*?|s[ée]ance\s+(?:publique\s+)?du\s+\d{1,2}(?:er)?\s+\w+\s+\d{4})"
    r"\s+[—–|-]\s+(?P<nom>[^—–|]{2,60}?)\s*$",
    re.I,
)
_MOT_DE_NOM = re.compile(r"(?:[A-ZÉÈÊÀÂÎÔÛÇ][\w'’]*|d[eu]|des|la|le|les|l'|d'|en|sur|sous|lès|lez)")


_BLANCS_OU_TIRETS = re.compile(r"[\s\-]+")


def titre_de_page(ligne: str) -> str | None:
    """Le titre d'une page web « Conseil municipal du 23 novembre 2020 – Brissac-en-Layon » :
    après le dernier séparateur, le nom du site, qui est celui de la commune dont la page
    rapporte le conseil municipal ; ``None`` si la fin n'a pas l'air d'un nom de lieu."""
    if len(ligne) > 200 or not any(c in ligne for c in "-–—|"):
        return None
    trouve = _TITRE_DE_PAGE.match(ligne.strip())
    if trouve is None:
        return None
    nom = trouve.group("nom").strip()
    if (menu := _MENU.search(" " + nom)) is not None:
        # « … – Monthiers-la-Chaussée Accueil » (lignes recollées) ; « … – Accueil » : rien
        nom = nom[: max(menu.start() - 1, 0)]
    mots = _BLANCS_OU_TIRETS.split(nom)
    if (
        not nom_plausible(nom)
        or len(mots) > 8
        or not nom[:1].isupper()
        or not all(_MOT_DE_NOM.fullmatch(m) for m in mots if m)
        or en_tete(nom) is not None
    ):
        return None
    return nom


_DANS_LE_TITRE = re.compile(
    r"\b(?:registre|deliberations?|proces[\s-]+verbal|compte[\s-]+rendu)\b[^:;]{0,80}?"
    r"\bde\s+la\s+(?:commune|ville)\s+(?P<de>de\s+|d'|du\s+|des\s+)(?P<nom>[^,;:()]{2,60}?)\s*$"
)


def dans_le_titre(ligne: str) -> str | None:
    """« EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE LA COMMUNE DE X » → « X »."""
    if len(ligne) > 200 or (
        "ommune" not in ligne
        and "OMMUNE" not in ligne
        and "ille" not in ligne
        and "ILLE" not in ligne
    ):
        return None  # « … DE LA COMMUNE DE X », « … de la ville de X »
    return _commune_lue(ligne, _DANS_LE_TITRE.search(_plat(ligne)))


def capitales_seules(nom: str) -> str:
    """« DE SAINT-AUBIN Le jeudi … », « … DE L'ISLE-SUR-LE-DOUBS Vaudrey, le 30 … » (texte
    aplati) : un nom écrit tout en capitales finit au premier mot en casse de titre qui le
    suit (le début de la phrase suivante).

    >>> capitales_seules("DE SAINT-AUBIN Le"), capitales_seules("de Saint-Aubin Le Vieux")
    ('DE SAINT-AUBIN', 'de Saint-Aubin Le Vieux')
    """
    mots = nom.split()
    for rang, mot in enumerate(mots):
        if any(c.islower() for c in mot):
            capitales = [m for m in mots[:rang] if sum(c.isupper() for c in m) >= 2]
            if rang and capitales and mot[0].isupper() and mot[1:2].islower():
                return " ".join(mots[:rang])
            return nom
    return nom


def _commune_lue(ligne: str, trouve: re.Match[str] | None) -> str | None:
    """La commune d'une capture (groupes ``de`` et ``nom``), si elle a l'air d'un nom."""
    if trouve is None:
        return None
    nom = commune_seule(capitales_seules(ligne[trouve.start("de") : trouve.end("nom")]))
    return nom if nom_plausible(nom) else None


_A_LA_MAIRIE = re.compile(
    r"\b(?:s'est\s+reuni|se\s+reunit|s'est\s+assemble|se\s+sont\s+reunis)\b[^.;]{0,120}?"
    r"\b(?:a\s+la|en)\s+mairie\s+(?P<de>de\s+|d')(?P<nom>[^,;:().]{2,60}?)"
    r"(?=\s*[,;(.]|\s+(?:sous|en\s|a\s|le\s|salle|\d)|\s*$)"
)

_MOTS_A_LA_MAIRIE = mots_requis(_A_LA_MAIRIE, "mairie")


def dans_la_prose(ligne: str) -> str | None:
    """« le Conseil Municipal de X, dûment convoqué » → « X » ; « le conseil municipal …
    se réunit en séance publique à la mairie de X » (ou « en Mairie de X ») → « X »."""
    plat = _plat(ligne)
    trouve = _PROSE.search(plat)
    if trouve is None and contient_un(plat, _MOTS_A_LA_MAIRIE):
        trouve = _A_LA_MAIRIE.search(plat)
    return _commune_lue(ligne, trouve)


_GENERALE = re.compile(
    r"\b(?:departement|region)\s+(?:(?:de\s+la|de\s+l'?|du|des|de|d')\s*)?"
    r"[a-z][a-z'\-]*(?=[\s,.;:]|$)"
)


_MOTS_GENERALE = mots_requis(_GENERALE, "departement", "region")
_BLANC_OU_APOSTROPHE = re.compile(r"[\s']")
_SEPARATEURS_DE_NOM = re.compile(r"[\s'’\-]+")


def _cle_nom_long(nom: str) -> str:
    return _SEPARATEURS_DE_NOM.sub(" ", cle_texte(nom)).strip()


# Noms de plusieurs mots (« Centre-Val de Loire », « Territoire de Belfort ») : lus en entier
_NOMS_LONGS = frozenset(
    cle
    for fichier in ("donnees/regions.txt", "donnees/departements.txt")
    for ligne in resources.files("deliberations.extrait").joinpath(fichier).read_text("utf-8").splitlines()
    if ligne.strip() and not ligne.startswith("#") and " " in (cle := _cle_nom_long(ligne))
)
_MOTS_SUIVANTS = re.compile(r"\s+[^\s,.;:()]+")


def _fin_du_nom_long(ligne: str, mot: str, fin: int) -> int:
    """La fin d'un nom connu de plusieurs mots qui commence par ``mot`` (lu jusqu'à ``fin``) :
    « RÉGION CENTRE-VAL » suivi de « DE LOIRE » ; ``fin`` s'il n'y en a pas."""
    fins, position = [], fin
    for _ in range(3):
        suivant = _MOTS_SUIVANTS.match(ligne, position)
        if suivant is None:
            break
        position = suivant.end()
        fins.append(position)
    for position in reversed(fins):
        if _cle_nom_long(mot + ligne[fin:position]) in _NOMS_LONGS:
            return position
    return fin


def collectivite_generale(ligne: str) -> str | None:
    """« Département de la Haute-Vézère », « RÉGION LIGÉRIE » n'importe où dans une ligne
    (titre d'un recueil, en-tête aplati) : le nom est un seul mot, à traits d'union.

    >>> collectivite_generale("RECUEIL DES ACTES DU DEPARTEMENT DE L ARVENNE Numéro 12")
    'DEPARTEMENT DE L ARVENNE'
    >>> collectivite_generale("RÉGION CENTRE-VAL DE LOIRE Commission permanente")
    'RÉGION CENTRE-VAL DE LOIRE'
    """
    plat = _plat(ligne[:400])
    trouve = _GENERALE.search(plat) if contient_un(plat, _MOTS_GENERALE) else None
    if trouve is None:
        return None
    nom = ligne[trouve.start() : trouve.end()].strip()
    dernier = _BLANC_OU_APOSTROPHE.split(nom)[-1]
    if not dernier[:1].isupper() or not nom_plausible(dernier) or _est_mot_courant(dernier):
        return None
    return ligne[trouve.start() : _fin_du_nom_long(ligne, dernier, trouve.end())].strip()


def _est_mot_courant(mot: str) -> bool:
    return cle_texte(mot) in {"la", "le", "les", "de", "du", "des", "et", "en"}


# « convoqués par le Président de Val de Galaure Agglomération, le 5 mars », « par le
# Président de la Communauté de communes du Pays de X, monsieur Y » : l'auteur de la
# convocation nomme la collectivité d'une assemblée intercommunale.
_PAR_LE_PRESIDENT = re.compile(
    r"\bpar\s+(?:monsieur\s+|madame\s+)?(?:le|la)\s+presidente?\s+"
    r"(?P<article>de\s+la\s+|de\s+l'\s*|du\s+|de\s+)"
    # (« … du Syndicat X le 28 novembre » : « le » d'une date ; « des Eaux de la Barberolle » :
    # « la » du nom)
    r"(?P<nom>[^,;:()]{3,80}?)(?=\s*[,;:(]|\s+le\s+(?=\d|1er|premier)|\s+(?:monsieur|madame|m\.|mme)\s|\s*$)"
)
_NOM_INTERCOMMUNAL = re.compile(
    r"\b(?:communaute|agglomeration|metropole|syndicat|sivom|sivu|sictom|smictom|syndical)\b"
)


def par_le_president(ligne: str) -> str | None:
    """La collectivité intercommunale nommée par l'auteur de la convocation (« par le
    Président de X ») ; ``None`` si le nom n'a pas l'air d'un nom d'intercommunalité."""
    if "sident" not in ligne and "SIDENT" not in ligne:
        return None
    plat = _plat(ligne[:2000])
    trouve = _PAR_LE_PRESIDENT.search(plat)
    if trouve is None or not _NOM_INTERCOMMUNAL.search(trouve.group("nom")):
        return None
    nom = ligne[trouve.start("nom") : trouve.end("nom")].strip()
    if not set(_MOTS_DE_NOM.findall(_plat(nom))) - _MOTS_GENERIQUES:
        return None  # « la Communauté de communes » : une nature, pas un nom
    return nom if nom_plausible(nom, longueur_max=90) and nom[:1].isupper() else None


# « sous la présidence de M. VALMONT Hugues, Maire de Saint-Brice-des-Landes » : la commune
# dont le président de séance est le maire
_PAR_LE_MAIRE = re.compile(
    r"\bpresidence\s+de\s+(?:monsieur|madame|m\.|mme)\s+[^,;:()]{2,60},\s*maire\s+"
    r"(?:de\s+la\s+commune\s+)?(?P<article>de\s+la\s+|de\s+l'\s*|du\s+|des\s+|de\s+|d'\s*)"
    # (« … Maire de Montrevel en application des dispositions de l'article … » : une incise)
    r"(?P<nom>[^,;:()]{2,60}?)(?=\s*[,;:.(]|\s+(?:et|qui|a|ouvre)\s|\s+(?:en\s+application|conformement|vu)\b|\s*$)"
)


def par_le_maire(ligne: str) -> str | None:
    """La commune dont le président de séance est dit maire (« sous la présidence de M. X,
    Maire de Saint-Brice ») ; ``None`` sinon.

    >>> par_le_maire("s'est réuni sous la présidence de M. VALMONT Hugues, Maire de Saint-Brice-des-Landes.")
    'Saint-Brice-des-Landes'
    >>> par_le_maire("sous la présidence de M. Paul ROUX, maire de la commune.") is None
    True
    """
    if "aire" not in ligne and "AIRE" not in ligne:
        return None
    plat = _plat(ligne[:2000])
    trouve = _PAR_LE_MAIRE.search(plat)
    if trouve is None:
        return None
    nom = commune_seule(ligne[trouve.start("article") : trouve.end("nom")].strip())
    return nom if nom[:1].isupper() and nom_plausible(nom, longueur_max=60) else None


_MOTS_DE_NOM = re.compile(r"[a-z0-9]+")
_MOTS_GENERIQUES = frozenset(
    [
        "communaute",
        "communes",
        "commune",
        "agglomeration",
        "urbaine",
        "syndicat",
        "syndical",
        "intercommunal",
        "intercommunale",
        "mixte",
        "metropole",
        "pays",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
    ]
)


# Les mots qui disent la nature d'une assemblée intercommunale, jamais son nom.
_MOTS_DE_NATURE = _MOTS_GENERIQUES | frozenset(
    [
        "pour",
        "a",
        "vocation",
        "unique",
        "multiple",
        "multiples",
        "assainissement",
        "eau",
        "eaux",
        "energie",
        "energies",
        "scolaire",
        "regroupement",
        "intercommunaux",
        "et",
        # services d'un syndicat : « d'alimentation en eau potable », « de collecte et de
        # traitement des ordures ménagères », « d'électrification »
        "en",
        "alimentation",
        "adduction",
        "distribution",
        "production",
        "potable",
        "electricite",
        "electrification",
        "gaz",
        "collecte",
        "traitement",
        "elimination",
        "ordures",
        "menageres",
        "dechets",
        "transport",
        "transports",
        "ramassage",
        "gestion",
        "amenagement",
        "entretien",
        "voirie",
        # (« Syndicat intercommunal d'électrification » / « du canton de X » : le nom continue
        # sur la ligne suivante)
        "restauration",
        "collective",
        # « Pôle d'équilibre territorial et rural » (PETR) : la nature, sans le pays
        "pole",
        "equilibre",
        "territorial",
        "rural",
    ]
)


def nature_seule(nom: str) -> bool:
    """Vrai si le nom ne dit que la nature de l'assemblée, sans nom propre.

    >>> nature_seule("Syndicat Intercommunal pour l'Assainissement"), nature_seule("Communauté d'agglomération")
    (True, True)
    >>> nature_seule("Communauté d'agglomération du Causse Noir")
    False
    """
    mots = set(_MOTS_DE_NOM.findall(_plat(nom)))
    return bool(mots) and mots <= _MOTS_DE_NATURE


_SUITE_DE_NOM = re.compile(
    r"^\s*(?:[Dd][Ee]\s+[Ll][Aa]\s+|[Dd][Ee]\s+[Ll]'\s*|[Dd][Uu]\s+|[Dd][Ee][Ss]\s+|[Dd]'\s*)[A-ZÀ-Ý]"
)
_FIN_DE_SUITE = re.compile(
    r"\s*[,;:(]|\s+(?:convoqu|s'est|d[uû]ment|l[ée]galement|r[ée]guli[èe]rement|r[ée]uni|sous\s+la)",
    re.IGNORECASE,
)


# un en-tête de deux lignes, la nature seule sur la première, le nom seul sur la seconde : un
# nom de lieu (mots à majuscule, liés par « de », « du », « sur »…), pas un organe ni une fonction
_NOM_DE_LIEU_SEUL = re.compile(
    r"[A-ZÉÈÀÂÎÔ][\w'’\-]+(?:\s+(?:de\s+la|de|du|des|d'|l'|la|le|les|en|sur|sous|et|lès|lez"
    r"|[A-ZÉÈÀÂÎÔ][\w'’\-]+)){0,6}"
)
_PAS_UN_LIEU = re.compile(
    r"\b(?:conseil|president|presidente|maire|bureau|comite|commission|assemblee|seance|siege"
    r"|service|direction|secretariat|accueil|extrait|registre|deliberations?|proces|compte"
    r"|republique|liberte)\b"
)


def nom_poursuivi(nom: str, ligne: str, suivante: str) -> str:
    """Un nom qui ne dit que la nature de l'assemblée, lu en fin de ligne, se poursuit sur la
    ligne suivante quand elle commence par « de la », « du », « des »… et une majuscule (titre
    sur deux lignes, phrase coupée) ; sinon le nom lu.

    >>> nom_poursuivi("SYNDICAT POUR L'ASSAINISSEMENT", "SYNDICAT POUR L'ASSAINISSEMENT", "DE LA REGION DE X")
    "SYNDICAT POUR L'ASSAINISSEMENT DE LA REGION DE X"
    >>> nom_poursuivi("Communauté d'agglomération", "le Conseil de la Communauté d'agglomération",
    ...               "du Causse Noir, convoqué le 3 décembre 2015, s'est réuni")
    "Communauté d'agglomération du Causse Noir"
    >>> nom_poursuivi("Communauté de communes", "Communauté de communes", "Val de Brenne")
    'Communauté de communes Val de Brenne'
    >>> nom_poursuivi("Communauté de communes", "Communauté de communes", "Conseil communautaire")
    'Communauté de communes'
    """
    if (
        (" - " in ligne or " – " in ligne)
        and _EPCI_EN_CASSE.match(nom)
        and (fin := ligne.find(nom)) >= 0
        and (tiret := _TIRET_ENTRE_MOTS.match(ligne, fin + len(nom))) is not None
        and (terme := _TERME_DE_NOM.match(ligne, tiret.end())) is not None
    ):
        # « … de la Communauté de Communes du Pays de Vallorne - Kerbrat Séance du … » : le nom
        # se poursuit après le tiret entouré d'espaces
        return f"{nom}-{terme.group(0)}"  # (le trait d'union du nom officiel)
    fin_de_ligne = cle_texte(ligne).rstrip(" ,;:.").endswith(cle_texte(nom).rstrip(" ,;:."))
    if not nature_seule(nom) or not fin_de_ligne:
        return nom
    if cle_texte(ligne).strip(" ,;:.") == cle_texte(nom).strip(" ,;:.") and _NOM_DE_LIEU_SEUL.fullmatch(
        suivante.strip()
    ) and not _PAS_UN_LIEU.search(cle_texte(suivante)):
        return f"{nom} {suivante.strip()}"  # « Communauté de communes » / « Val de Brenne »
    if not _SUITE_DE_NOM.match(suivante):
        return nom
    suite = _FIN_DE_SUITE.split(suivante, maxsplit=1)[0].strip(" .")
    return f"{nom} {suite}" if nom_plausible(suite) else nom
