"""Les reconnaisseurs : de petites fonctions qui disent ce qu'est une ligne.

Chacune reçoit le texte d'une ligne et renvoie ce qu'elle y reconnaît (un objet typé) ou
``None``. L'analyseur (:mod:`deliberations.extrait.analyse`) les essaie dans l'ordre et
tient l'état (section en cours, délibération en cours).

>>> section("Membres présents :")
Section(nom='presents', reste='', excuses=False, representes=False)
>>> decomptes("Conseillers en exercice : 33 - Présents : 29 - Votants : 33")
[('en_exercice', 33), ('presents', 29), ('votants', 33)]
>>> procuration("Monsieur Cyril GAUCHER pouvoir à Monsieur Emmanuel BICHOT")
('Monsieur Cyril GAUCHER', 'Monsieur Emmanuel BICHOT')
>>> procuration("Mme Anne PETIT (procuration à M. Luc ROUX)")
('Mme Anne PETIT', 'M. Luc ROUX')
>>> votes("SCRUTIN POUR : 78")
[('pour', 78)]
>>> votes("adopté par 25 voix pour, 3 voix contre et 2 abstentions")
[('pour', 25), ('contre', 3), ('abstentions', 2)]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from deliberations.extrait import organes
from deliberations.extrait.collectivite import (
    INSTANCE_CONSULTATIVE,
    capitales_seules,
    commune_seule,
    nom_plausible,
    sans_titre,
)
from deliberations.extrait.dates import (
    MOIS,
    NOMBRE_LETTRES,
    annee_de_l_an,
    fenetre_de_date,
    nombre_en_lettres,
    trouver_date,
)
from deliberations.extrait.normalisation import MORCEAU_MAX
from deliberations.extrait.personnes import PRENOM_ABREGE_FINAL, lire_personne, prenom_usuel
from deliberations.extrait.prefiltres import (
    avec_garde,
    commence_par_un,
    contient_un,
    debuts_requis,
    mots_requis,
    une_des,
)
from deliberations.model import ModeScrutin, Organe, ResultatVote
from deliberations.texte import cle_texte, minuscules_meme_longueur

__all__ = [
    "Mouvement",
    "Section",
    "convocation",
    "date_seance",
    "date_seance_fiable",
    "decision",
    "decomptes",
    "mouvement",
    "numero_deliberation",
    "numero_romain",
    "objet",
    "organe",
    "pouvoirs_respectifs",
    "presidence_d_un_point",
    "presidence_incertaine",
    "president",
    "prise_de_presidence",
    "procuration",
    "procuration_courte",
    "resultat",
    "seconde_convocation",
    "secretaire",
    "section",
    "votes",
]


_plat = minuscules_meme_longueur  # une seule forme « plate » par ligne, en cache


# ------------------------------------------------------------------ en-tête


# Les noms de ``donnees/organes.csv`` (« conseil général » pour le conseil départemental,
# « conseil syndical » pour le comité), puis les tournures qui nomment l'organe par sa
# collectivité : « le Conseil de la Métropole », « le Comité du Syndicat mixte de X »
_ORGANES = tuple(
    (re.compile(motif), organe)
    for motif, organe in (
        *((rf"\b{organes.motif(organes={o})}", o) for o in dict.fromkeys(n.organe for n in organes.NOMS)),
        (r"conseil\s+(?=de\s+(?:la\s+)?metropole)", Organe.CONSEIL_METROPOLITAIN),
        (r"conseil\s+(?=de\s+(?:la\s+)?communaute)", Organe.CONSEIL_COMMUNAUTAIRE),
        (r"comite\s+(?=du\s+(?:syndicat|sivom|sivu|sictom|smictom)\b)", Organe.COMITE_SYNDICAL),
        # « … les conseillers communautaires de Roannais Agglomération, se sont réunis … »
        (
            r"\bconseillers\s+communautaires\s+(?=(?:de|du|d')\s*[^,;.:]{2,80}?,?\s+se\s+sont\s+reunis)",
            Organe.CONSEIL_COMMUNAUTAIRE,
        ),
    )
)
_GENERAUX = (Organe.CONSEIL_DEPARTEMENTAL, Organe.CONSEIL_REGIONAL)
_INDICE_ORGANE = re.compile(r"conseil|comite|commission|bureau|assemblee")


# « Afférents au Conseil municipal : 7 » : un libellé de décompte, pas l'organe (mais « CONSEIL
# DÉPARTEMENTAL Séance du : 26/09/2024 » : une date suit les deux-points)
_DEUX_POINTS_NOMBRE = re.compile(
    rf"(?<!\bdu)(?<!\bdu\s):\s*\d(?!\d?\s*[/.\-]\s*\d|\d?(?:er)?\s+(?:{'|'.join(MOIS)})\b)"
)


_MOTS_INDICE_ORGANE = mots_requis(_INDICE_ORGANE, "conseil", "comite", "commission", "bureau", "assemblee")


def organe(texte: str) -> tuple[Organe, str | None] | None:
    """« du Conseil métropolitain de Dijon métropole » → (organe, « Dijon métropole »).

    Le nom qui suit n'est rendu que s'il est introduit par « de », « d' », « du », « des »
    et a l'air d'un nom : « CONSEIL MUNICIPAL DU 27 MARS 2003 » ne donne pas de nom.
    """
    plat = _plat(texte)
    if not contient_un(plat, _MOTS_INDICE_ORGANE) or not _INDICE_ORGANE.search(plat):
        return None
    candidats = []
    for ordre, (motif, valeur) in enumerate(_ORGANES):
        for trouve in motif.finditer(plat):
            candidats.append((trouve.start(), ordre, trouve, valeur))
    retenu: Organe | None = None
    sigle: tuple[Organe, str] | None = None
    for _debut, _ordre, trouve, valeur in sorted(candidats, key=lambda c: (c[0], c[1])):
        if retenu is not None and valeur is not retenu:
            continue
        if _MENTION_D_UN_AUTRE.search(plat, max(0, trouve.start() - 60), trouve.start()):
            continue  # « Décisions prises par délégation du conseil communautaire »
        if not _DEUX_POINTS_NOMBRE.search(plat[trouve.start() : trouve.end() + 40]):
            retenu = valeur
            fenetre, titre = texte[trouve.end() : trouve.end() + _FENETRE_NOM], ""
            if valeur in _GENERAUX:
                # « CONSEIL DÉPARTEMENTAL DE X EXTRAIT DU PROCÈS-VERBAL … » (en-tête aplati) :
                # le nom finit devant le titre du document
                fenetre, titre = sans_titre(fenetre)
            nom = _nom_apres_organe(fenetre, valeur)
            if nom is not None and valeur in _GENERAUX:
                nom = f"{texte[trouve.start() : trouve.end()]} {_article(texte, trouve.end())}{nom}"
            if nom is not None and _dans_une_phrase(texte[: trouve.start()]):
                nom = _collectivite_du_conseil(nom)  # dans une phrase : la collectivité
            if nom is not None:
                nom, suite = sans_titre(nom)  # « CONSEIL GÉNÉRAL DE X COMMISSION PERMANENTE »
                if _SIGLE_SEUL.fullmatch(nom) and sigle is None:
                    # « du SIVOM du 7 juillet … le Conseil du SIVOM de la Vallée de X » (texte
                    # aplati) : le sigle seul cède au nom développé plus loin
                    sigle = (_organe_restreint(suite) or valeur, nom)
                    continue
                return _organe_restreint(suite or titre, valeur in _GENERAUX) or valeur, nom
    if sigle is not None:
        return sigle
    if retenu in _GENERAUX and (apres := _ORGANE_APRES.match(plat, _fin_du_retenu(candidats, retenu))):
        # « CONSEIL RÉGIONAL COMMISSION PERMANENTE RÉGIONALE » (en-tête aplati) : la commission
        return _organe_restreint(plat[apres.end() :]) or retenu, None
    return (retenu, None) if retenu is not None else None


# L'assemblée qui délègue, ou celle d'une délibération visée : pas l'organe du document
_MENTION_D_UN_AUTRE = re.compile(
    r"(?:\bdelegations?\b[^,;.]{0,25}?\s(?:du|de\s+la|de\s+l'|a\s+la|au|a\s+l')"
    r"|\bvu\s+(?:la|les)\s+deliberations?\b[^,;.]{0,30}?\s(?:du|de\s+la|de\s+l'))\s*$"
)
# (« CONSEIL DÉPARTEMENTAL - Réunion de la commission permanente » : la commission)
_ORGANE_APRES = re.compile(
    r"\s*[-–,:]?\s*(?:(?:reunion|seance)\s+(?:de\s+la\s+|du\s+))?(?=commission\s+permanente|bureau\b)"
)


def _fin_du_retenu(candidats: list[tuple[int, int, re.Match[str], Organe]], retenu: Organe) -> int:
    """La fin de la première mention de l'organe retenu."""
    return min((t.end() for _, _, t, v in candidats if v is retenu), default=0)


_SIGLE_SEUL = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý.\-]{1,11}")


def _dans_une_phrase(avant: str) -> bool:
    """Ce qui précède l'organe finit par un article ou un mot en minuscules (« La
    Commission permanente du », « réuni le ») : une phrase ; un titre aplati (« Plénière CR
    du 24 octobre 2019 CONSEIL RÉGIONAL DE X ») finit par un nombre ou un nom."""
    mots = avant.split()
    return bool(mots) and (mots[-1][:1].islower() or _ARTICLE_SEUL.fullmatch(mots[-1]) is not None)


_ARTICLE_SEUL = re.compile(r"(?i:le|la|les|l'|l’|du|de|des|au|aux)")


def _organe_restreint(suite: str, general: bool = False) -> Organe | None:
    """La commission permanente ou le bureau nommés juste après la collectivité ; après un
    conseil départemental ou régional (``general``), aussi la commission permanente dont le
    titre qui suit donne les délibérations (« CONSEIL DÉPARTEMENTAL DE X EXTRAIT DU
    PROCÈS-VERBAL DES DÉLIBÉRATIONS DE LA COMMISSION PERMANENTE »)."""
    plat = _plat(suite[:60])
    # (« CONSEIL DÉPARTEMENTAL DE X Réunion de la Commission Permanente du … » : la réunion de
    # la commission, nommée après la collectivité dans un en-tête aplati)
    if (reunion := _ORGANE_APRES.match(plat)) is not None:
        plat = plat[reunion.end() :]
    for motif, valeur in _ORGANES:
        if valeur in (Organe.COMMISSION_PERMANENTE, Organe.BUREAU) and motif.match(plat):
            return valeur
    if general and _COMMISSION_DU_TITRE.search(_plat(suite[:160])):
        return Organe.COMMISSION_PERMANENTE
    return None


_COMMISSION_DU_TITRE = re.compile(
    r"^(?:extrait\s+)?(?:du\s+)?(?:registre|proces[\s-]verbal|compte[\s-]rendu)\b[^.;:]{0,60}?"
    r"\bde\s+la\s+commission\s+permanente\b"
)


_PARTICULE = re.compile(r"\s*((?:de\s+la|de\s+l'|du|des|de|d')\s*)", re.I)


_CONSEIL_GENERAL = re.compile(
    r"^conseil\s+(?:(?P<region>regional)|departemental|general)\s+"
    r"(?P<article>de\s+la\s+|de\s+l'\s*|du\s+|des\s+|de\s+|d'\s*)"
)


def _collectivite_du_conseil(nom: str) -> str:
    """« Conseil départemental de la Creuse », lu dans une phrase, nomme l'assemblée ; la
    collectivité est le « Département de la Creuse » (« Région Bretagne » pour un conseil
    régional). Un en-tête (« CONSEIL RÉGIONAL DE X » seul en tête de ligne) reste tel quel.

    >>> _collectivite_du_conseil("Conseil régional de Loire-Océane")
    'Région Loire-Océane'
    >>> _collectivite_du_conseil("Conseil Départemental de la Haute-Lizière")
    'Département de la Haute-Lizière'
    """
    trouve = _CONSEIL_GENERAL.match(_plat(nom))
    if trouve is None:
        return nom
    reste = nom[trouve.end() :].strip()
    if trouve.group("region"):
        return f"Région {reste}"
    return f"Département {nom[trouve.start('article') : trouve.end('article')]}{reste}"


def _article(texte: str, debut: int) -> str:
    """« de la », « du », « de l' »… tel qu'écrit après l'organe."""
    trouve = _PARTICULE.match(texte[debut:])
    return trouve.group(1) if trouve else ""


# (« CONSEIL MUNICIPAL D ORCHAMPS » : l'apostrophe perdue d'une copie, devant une voyelle)
_COMMENCE_PAR_DE = re.compile(r"^(?:de\s|d'|du\s|des\s|d\s(?=(?-i:[AEIOUYÉÈÊÂÎÔH])))", re.I)
_MOT_COMMUNE = re.compile(r"^(?:de\s+la\s+)?(?:commune(?:\s+nouvelle)?|ville)\s+", re.I)
_PARTICULE_INITIALE = re.compile(r"^(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')", re.I)
_FENETRE_NOM = 200
_NOM_COURT = 80
_BORNE_NOM = re.compile(
    r"\s+[-–]\s+|\s*[,;:(]\s*|\s+(?=s[ée]ance\b|r[ée]union\b|en\s+date\b|du\s+\d|d[uû]ment\b|"
    # « … de Brives-sur-Lorne du mardi 3 mai 2016 » : le jour de la date finit le nom
    r"(?i:du\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)|"
    r"se\s+sont\b|sont\b|est\b|s'est\b|s\s+est\b|"
    r"l[ée]galement\b|r[ée]guli[èe]rement\b|s'est\b|convoqu|[àa]\s+(?:\d|l'|la\s|le\s|les\s)"
    # « … de Friesenbach dans sa séance du », « … lors de sa réunion », « … en séance »
    r"|dans\s+(?:sa|la|le|une|son)\s|lors\s+d|en\s+(?:sa|s[ée]ance|session)\b"
    # « Aide du Conseil départemental de la Drôme auprès de la Mairie de … » : la suite d'un
    # objet, pas le nom
    r"|aupr[èe]s\s+d|pour\s+(?:la|le|les|l'|un|une)\s|concernant\b|relati(?:f|ve)s?\s+[àa]\b"
    # « … DE SAINT-AUBIN Prochaine séance : … » (texte aplati) : une autre séance annoncée
    r"|(?:prochaine?|pr[ée]c[ée]dente)\s+(?:s[ée]ance|r[ée]union)\b"
    # « … MUNICIPAL DE VAUDREY JEUDI 26 SEPTEMBRE 2024 » : la date du titre finit le nom
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d)",
    re.I,
)
_MOT_DE_LIEU = re.compile(r"[A-ZÀ-Ý][\w'\-]*|de|du|des|la|le|les|en|sur|sous|et|[ld]'[\w\-]+")


def _enumeration(debut: str, suite: str, apres: str) -> str | None:
    """« de Vaubrun, Saint-Ouen-la-Ferrière et Les Essarts-Bréval, légalement convoqué » : le
    nom continue après la virgule par une énumération de lieux close par « et ». ``None``
    si la virgule n'ouvre pas une énumération (le nom finit là) ; ``""`` si elle en ouvre
    une sans qu'on sache où elle finit (pas de « et ») : le nom n'est pas sûr."""
    if not suite.strip(" :,.-")[len(debut) :].lstrip().startswith(","):
        return None
    morceaux = [debut]
    for _ in range(6):
        partie, *reste = _BORNE_NOM.split(apres, maxsplit=1)
        mots = partie.split()
        if not mots or not all(_MOT_DE_LIEU.fullmatch(m) for m in mots) or len(partie) > 60:
            return None if len(morceaux) == 1 else ""
        morceaux.append(partie.strip())
        if any(m.lower() == "et" for m in mots):  # « ET LES ESSARTS » (en-tête en capitales)
            return ", ".join(morceaux)
        if not reste or not apres[len(partie) :].lstrip().startswith(","):
            return ""
        apres = reste[0]
    return ""


def _nom_apres_organe(suite: str, valeur: Organe) -> str | None:
    """Le nom introduit par « de », « du »… après l'organe, borné par une ponctuation ou le
    verbe de la phrase. Un nom de plus de 80 caractères (« Syndicat intercommunal de collecte
    et de traitement des ordures ménagères de la vallée de… ») n'est rendu que si sa fin est
    lue dans la fenêtre (borne trouvée) : sinon il pourrait être tronqué."""
    reste = suite.strip(" :,.-")
    parties = _BORNE_NOM.split(reste, maxsplit=1)
    reste = parties[0].strip()
    if len(parties) > 1 and (enumeration := _enumeration(reste, suite, parties[1])) is not None:
        if not enumeration:
            return None  # « de Vaubrun, Saint-Ouen, … » : où finit le nom ?
        reste, parties = enumeration, [enumeration, ""]
    if not _COMMENCE_PAR_DE.match(reste):
        return None
    if len(reste) > _NOM_COURT and (len(parties) == 1 or valeur is Organe.CONSEIL_MUNICIPAL):
        return None
    reste = capitales_seules(reste)
    if valeur is Organe.CONSEIL_MUNICIPAL:
        reste = _MOT_COMMUNE.sub("", reste)
        if not _PARTICULE_INITIALE.sub("", reste)[:1].isupper():
            return None  # « … fait part au Conseil Municipal des nouveaux devis » : pas un nom
        nom = commune_seule(reste)
    else:
        nom = _PARTICULE_INITIALE.sub("", reste)
        if len(nom) > _NOM_COURT:
            return nom if nom_plausible(nom, longueur_max=_FENETRE_NOM) else None
    if _CONSEIL_SANS_NOM.fullmatch(_plat(nom)):
        return None  # « La Commission permanente du Conseil général » : l'assemblée, pas un nom
    if _INSTANCE_CONSULTATIVE.match(_plat(nom)):
        return None  # « Conseil Municipal de Jeunes », « … des Enfants » : pas une commune
    return nom if nom_plausible(nom) else None


_CONSEIL_SANS_NOM = re.compile(r"conseil\s+(?:general|departemental|regional)")
_INSTANCE_CONSULTATIVE = re.compile(INSTANCE_CONSULTATIVE)


_JOURS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# une date entière, écrite en chiffres ou en lettres (« 13 février 2017 », « vingt-six
# septembre deux mille vingt-quatre »), regardée devant elle
_DATE_ENTIERE_DEVANT = (
    rf"(?=(?:\d{{1,2}}(?:er)?|{NOMBRE_LETTRES})\s+(?:{'|'.join(MOIS)})\s+(?:\d{{4}}|deux\s+mille?|mil)\b)"
)
# « Conseil de Communauté St André les Alpes le 13 février 2017 » : un lieu sans « de »,
# puis « le » et une date entière (ses mots, en capitales, sont vérifiés dans le texte)
# (« PROCES-VERBAL CONSEIL COMMUNAUTAIRE VAL DES CORMIERS MARDI 14 MARS 2017 » : le nom de
# l'intercommunalité, puis le jour de la semaine et la date entière)
# (pas « … du conseil municipal du lundi 6 novembre » : « du » dit la date, pas un nom)
_LIEU_NU = (
    rf"(?:\s+[^\s:,]{{2,30}}){{1,4}}?(?=\s+le\s+{_DATE_ENTIERE_DEVANT})"
    rf"|(?:\s+(?!(?:du|le|la|ce|au|en|et)\s)[^\s:,]{{2,30}}){{1,4}}?(?=\s+{_JOURS}\s+{_DATE_ENTIERE_DEVANT})"
)
_DATE_TITRE = re.compile(
    # (« Convocation au conseil communautaire : 25 février 2019 » : la date de la convocation)
    rf"(?:^|[\s\-–,.:])(?<!convocation\sau\s)(?<!convocation\sdu\s)(?:seance|reunion|session|{organes.motif(sauf={Organe.BUREAU})}|"
    r"bureau(?:\s+\w+)?|compte[\s-]rendu|proces[\s-]verbal|cm(?=\s+du\b)"
    # « Conseil de communauté du 21 mars 2013 » (pas un nom d'organe : « CONSEIL DE COMMUNAUTÉ
    # DE COMMUNES DU X » nomme la communauté)
    rf"|conseil\s+de\s+(?:la\s+)?communaute(?=\s+du\s|{_LIEU_NU})"
    # « Délibération n° 1 du 18 DECEMBRE 2008 » (recueil d'extraits d'une même séance)
    r"|^\s*deliberation\s+n\s*[°o]\s*\d{1,4})"
    r"(?:\s+(?:publique|ordinaire|extraordinaire|pleniere))?"
    r"(?:\s+(?:n\s*°|no\.?)\s*\d[\w./-]{0,12})?"  # « Séance n° 5 du … »
    # (« … MUNICIPAL D ORCHAMPS JEUDI 26 … » : l'apostrophe perdue d'une copie)
    # (« CONSEIL MUNICIPAL DE SAINT-AUBIN Prochaine séance : jeudi 24 octobre » : la date
    # d'une autre séance, qui n'est pas du titre)
    r"(?:\s+(?:de|d'|d(?=\s))\s*[^\s:]{2,40}"
    r"(?:\s+(?!(?:prochaine?|precedente|derniere|suite)\b)[^\s:]{2,30}){0,3}?|"
    rf"(?P<lieu_nu>{_LIEU_NU}))?"
    rf"(?:\s+(?:en\s+date\s+)?du\b|\s*[-–:]\s*(?=(?:{_JOURS}\s+)?\d)|\s+(?={_JOURS}\s+\d)"
    # « … DU CONSEIL MUNICIPAL 26 SEPTEMBRE 2024 », « … CONSEIL MUNICIPAL Le vingt-six
    # septembre deux mille vingt-quatre » (texte aplati) : une date entière suit le titre
    rf"|\s+(?:le\s+)?{_DATE_ENTIERE_DEVANT})"
)
_AUTRE_DATE_APRES_L_AN = re.compile(
    # (« … l'an deux mille vingt-quatre, à vingt heures Convoqué le : 18.09.2024 », aplati)
    r"\b(?:convocation|convoquee?s?\s+le\b|date\s+d|affich|publi|(?:tele)?transmis|envoi|prochaine|precedente)"
)
_LIEU_VIRGULE_LE = re.compile(r",\s*le\s+$")
# « … le Comité Syndical n'a pu siéger le trois mai deux mille seize par suite de l'absence de
# quorum », « le quorum n'ayant pas été atteint lors de la séance du 3 mai 2016 » : la séance
# manquée, et sa date
_SEANCE_MANQUEE = re.compile(
    r"\bn['’]\s*a\s+(?:pas\s+)?pu\s+(?:sieger|se\s+reunir|deliberer(?:\s+valablement)?)\s+(?=le\s)"
    r"|\b(?:quorum\s+n['’]\s*ayant\s+pas\s+ete\s+atteint|faute\s+de\s+quorum)\s+(?:lors\s+de\s+la|a\s+la)\s+"
    r"(?:seance|reunion)\s+(?=du\s)"
)


def seance_manquee(texte: str) -> dt.date | None:
    """La date d'une séance tenue sans quorum (la première convocation), que le texte cite.

    >>> seance_manquee("le Comité n'a pu siéger le trois mai deux mille seize, faute de quorum")
    datetime.date(2016, 5, 3)
    """
    plat = _plat(texte)
    if "quorum" not in plat:
        return None
    trouve = _SEANCE_MANQUEE.search(plat)
    return trouver_date(fenetre_de_date(texte, trouve.end(), 60)) if trouve is not None else None


_RENVOI_DE_SOMMAIRE = re.compile(r"[^.;:]{0,80}?\bpage\s+\d{1,3}\b(?!\s*(?:/|sur)\s*\d)")
_SANS_QUORUM_APRES = re.compile(
    r"^[^.;]{0,60}?n'ayant\s+pas\s+(?:rassemble|reuni|atteint|ete\s+en\s+nombre)|^[^.;]{0,60}?faute\s+de\s+quorum"
)
_DATE_DEVANT_LE_TITRE = re.compile(
    rf"\s*(\d{{1,2}}(?:er)?\s+(?:{'|'.join(MOIS)})\s+\d{{4}})\s*[-–:]\s*"
    r"(?:proces[\s-]verbal|compte[\s-]rendu|seance|reunion|conseil|comite|assemblee)"
)
# (les petits mots d'un nom de lieu : « St André les Alpes », « Villers-lès-Nancy »)
_LIAISONS_DE_LIEU = frozenset(
    ("le", "la", "les", "l'", "lès", "lez", "sur", "sous", "en", "de", "du", "des", "d'", "et", "aux", "au")
)


# (« LE CONSEIL MUNICIPAL APPROUVE LE 12 MARS … » : en capitales, un verbe, pas un lieu)
_VERBES_APRES_L_ORGANE = frozenset(
    (
        "approuve", "decide", "adopte", "autorise", "vote", "accepte", "emet", "prend", "donne",
        "fixe", "valide", "reuni", "reunie", "charge", "sollicite", "arrete", "delibere",
        "convoque", "designe", "elit",
    )
)  # fmt: skip


def _lieu_nu_plausible(texte: str, titre: re.Match[str]) -> bool:
    """Faux si le lieu nu d'un titre (« Conseil communautaire St André les Alpes le … ») a
    un mot qui n'est pas d'un nom propre (« Le conseil municipal approuve le … »)."""
    if titre.start("lieu_nu") < 0:
        return True
    lieu = texte[titre.start("lieu_nu") : titre.end("lieu_nu")]
    if _AUTRE_DATE_DANS_LE_TITRE.search(plat := _plat(lieu)) or _REFERENCE.search(plat):
        return False  # « Conseil municipal Convocation mardi 7 mars » : la date d'autre chose
    mots = lieu.split()
    return all(
        (mot[:1].isupper() or mot.lower() in _LIAISONS_DE_LIEU or mot.lower()[:2] in ("l'", "d'"))
        and cle_texte(mot) not in _VERBES_APRES_L_ORGANE
        for mot in mots
    )
_AUTRE_DATE_DANS_LE_TITRE = re.compile(
    r"\b(?:(?:tele)?transmise?s?|(?:tele)?transmission|affichee?s?|affichage|publiee?s?|publication"
    r"|recue?s?|reception|envoyee?s?|envoi|deposee?s?|executoire|prefecture|signee?s?"
    # « … réunion du comité Convocation adressée le 18/09/2024 pour la séance du 26/09/2024 »
    r"|adressee?s?|expediee?s?|notifiee?s?|convocations?"
    r"|mise\s+en\s+ligne)\b"
    r"|(?<!en\s)\bdate\s+d(?:e\b|u\b|')"  # « … DE X Date d'affichage : 30 … » (pas « en date du »)
)
_DATE_SEULE = re.compile(
    # (« Compte-rendu de la séance » ⏎ « en date du 11 avril 2014 » : un titre sur deux lignes)
    rf"^\s*(?:(?:en\s+date\s+)?du\s+|le\s+|date\s*:\s*)?(?:{_JOURS}\s+)?"
    # (« 21-11-2016 » seul en tête, sous un titre sans année : aussi avec des tirets)
    r"(?:\d{1,2}(?:er)?\s+[a-z]+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}-\d{1,2}-\d{4}\s*$"
    # « Le vingt-six septembre deux mille vingt-quatre » : l'année en lettres
    rf"|(?:\d{{1,2}}|{NOMBRE_LETTRES})\s+[a-z]+\s+(?:deux\s+mille?|mil)\b)"
)
# le lieu après l'heure d'une date seule, qui ne la rend pas moins seule
_LIEU_APRES_L_HEURE = re.compile(r"(?<=\d)\s*h(?:\s*\d{2})?\s*[-\u2013\u2014]\s.*$")
_REFERENCE = re.compile(
    r"\b(?:vu|(?:la|une|sa|par)\s+deliberation|arrete|approbation|adoption|approuve|precedente|derniere|prochaine?|examen|lecture"
    r"|depuis"  # « … des décisions prises depuis la séance du 11 juillet 2024 »
    # « … le quorum n'ayant pas été atteint lors de la séance du 15 mars » : la séance manquée
    r"|n'ayant\s+pas\s+ete\s+atteint|(?:n'a|n'etait)\s+pas\s+(?:ete\s+)?atteint|faute\s+de\s+quorum)\b"
)
# « Prochaine séance : jeudi 24 octobre », « Suite de la séance du 19 septembre » : la date
# d'une autre séance, juste avant le titre de celle-ci dans un texte aplati
_SEANCE_QUALIFIEE_LE = re.compile(
    # (« … réuni en session publique ordinaire le 14 juin 2016 » : deux qualités)
    rf"\b(?:seance|session|reunion)\s+(?:(?:publique|ordinaire|extraordinaire)\s+){{1,2}}le\s+(?=(?:{_JOURS}\s+)?\d)"
)


def _date_de_seance_qualifiee(texte: str, plat: str) -> dt.date | None:
    """« Réunion tenue en séance publique le 26 septembre 2024 »."""
    qualifiee = _SEANCE_QUALIFIEE_LE.search(plat)
    return trouver_date(fenetre_de_date(texte, qualifiee.end(), 40)) if qualifiee else None


def _reference_avant(avant: str) -> bool:
    """Vrai si le texte avant un titre daté le désigne comme une autre séance (« Vu la
    délibération du … », « Approbation du compte rendu de la séance du … ») ; « prochaine »
    ne vaut que juste devant le titre (« Prochaine séance : 24 octobre 2024 Séance du … » :
    la seconde est celle du document)."""
    return any(
        not t.group(0).startswith("prochain") or _AUTRE_SEANCE.search(avant)
        for t in _REFERENCE.finditer(avant)
    )


_AUTRE_SEANCE = re.compile(r"\b(?:prochaine?|suite\s+de\s+la)[\s:]*$")
_APPROBATION_AVANT = re.compile(
    r"\b(?:approbation|adoption)\s+d[ue]s?\s+(?:proces[\s-]verbal|proces[\s-]verbaux|comptes?[\s-]rendus?)\b[^.;:]{0,70}$"
)


_CONVOCATION_AVANT = re.compile(r"convo(?:cation|quee?s?)\s+(?:du|de\s+la|des?)?\s*.?$")
"""« Date convocation du Conseil Municipal : 7 décembre » : la date de la convocation."""
_L_AN = re.compile(r"(?:^|[\s,.;])l(?:'|\s(?=an\s+(?:deux|mil|\d)))an\s")
"""« L'an deux mille… », et « L an deux mille… » quand l'extraction a perdu l'apostrophe."""
_JOUR_DE_L_AN = re.compile(r"(?:^|[\s.;:])le\s+\S+(?:[\s-]\S+){0,2}\s+[a-z]+\s+de\s*$")
# « … que le compte rendu de la séance du … », et « Le compte rendu de la séance du 3 mars,
# transmis à chaque conseiller, est soumis à l'approbation » en tête de ligne
_DETERMINANT_AVANT = re.compile(r"(?:^\s*|\S\s+)(?:le|au|ce)\s*$")
_CR_PV = re.compile(r"[\s\-–,.:]?(?:compte[\s-]rendu|proces[\s-]verbal)\b")
# « 1. Procès verbal de la réunion du 26 novembre 2013 » : le premier point d'un texte aplati
# approuve la séance précédente, ce n'est pas le titre du document (en tête de ligne, ou collé
# à ce qui précède : « … secrétaire de séance : M. VIALLET Roger 1. Procès verbal … »)
# (« 1/ COMPTE-RENDU Compte-rendu de la séance du … » : le rang, le titre court du point, puis
# la séance approuvée)
_NUMERO_DE_POINT = re.compile(
    r"(?:^|[\s;:])\d{1,2}\s*[./)\-–]\s*(?:(?:compte[\s-]rendu|proces[\s-]verbal|approbation)\s*[-–:.]?\s*)?$"
)


def date_seance(texte: str, entete: bool = True) -> dt.date | None:
    """« Séance du jeudi 26 septembre 2024 », « L'an deux mil vingt… », « CONSEIL MUNICIPAL DU
    26 MARS 2021 », « Du 19 mars 2019 », « JEUDI 19 DECEMBRE 2019 • 18H30 »…

    ``entete`` : la ligne est dans l'en-tête (avant la première délibération) ; les formes
    faibles (date seule sur sa ligne) ne sont cherchées que là.
    """
    trouve = date_seance_fiable(texte, entete)
    return trouve[0] if trouve is not None else None


FIABILITE_OUVERTURE, FIABILITE_SEANCE, FIABILITE_TITRE, FIABILITE_SEULE = 4, 3, 2, 1
_SEANCE_MOT = re.compile(r"\b(?:seance|reunion|session)\b")
_S_EST_REUNI = re.compile(
    r"(?:(?:\bs(?:'|\s)est|\bse\s+sont)\s+(?:reuni|tenu|assemble)e?s?"
    # « La réunion a débuté le 30 novembre 2020 à 20h00 »
    r"|\b(?:seance|reunion)\s+(?:a\s+)?(?:debute|commence)e?)\b(?P<entre>[^.;]{0,80}?\sle\s)?"
)
_DEBUT_DATE = re.compile(
    rf"\s*(?:{_JOURS}\s+)?(?:\d|(?:premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|"
    r"douze|treize|quatorze|quinze|seize|vingt|trente)\b)"
)
_OUVRE_LA_SEANCE = re.compile(r"\bouvr(?:e|ant)\s+la\s+seance\b")
_LE_DATE = re.compile(r"(?:^|(?<=[\s.,]))le" + _DEBUT_DATE.pattern)
_S_EST_EN_FIN = re.compile(r"\b(?:s(?:'|\s)est|se\s+sont)(?P<entre>)$")
_LE_DATE_INITIAL = re.compile(r"^\s*le" + _DEBUT_DATE.pattern)
# le sujet de « s'est réuni » écrit après la date (« Le 26 mai 2024, le Conseil municipal
# […] s'est réuni ») ; sans lui, la ligne continue peut-être « convoqué » (ligne d'avant)
_SUJET_ASSEMBLEE = re.compile(
    r"\b(?:le|la|les)\s+(?:conseil|comite|membres|commission|bureau|assemblee|delegues)\b"
)
_ARRETE_APRES = re.compile(
    r"\b(?:est|a\s+ete|sont|ont\s+ete)\s+(?:arretee?s?|approuvee?s?|adoptee?s?|validee?s?)\b"
    r"|\bsans\s+observation|(?<!s\s)(?<!')\b(?:est|a\s+ete|sont|ont\s+ete)\s*$"
)


_MOTS_DATE_TITRE = mots_requis(
    _DATE_TITRE, "seance", "reunion", "session", "conseil", "comite", "commission", "bureau",
    "compte", "proces", "cm", "deliberation", "assemblee",
)
_MOTS_S_EST_REUNI = mots_requis(_S_EST_REUNI, "reuni", "tenu", "assemble", "debute", "commence")
_MOTS_L_AN = mots_requis(_L_AN, "an")
# « Objet : Procès-verbal du comité syndical du mardi 17 décembre 2019 » : le document est le
# procès-verbal de cette séance-là, présenté en rapport à une séance ultérieure dont il porte
# aussi la date (en-tête, titre) ; la séance décrite est celle de l'objet
_OBJET_PROCES_VERBAL = re.compile(
    r"\bobjet\s*:\s*(?:le\s+)?(?:proces[\s-]verbal|compte[\s-]rendu)\s+"
    r"(?:de\s+la\s+(?:seance|reunion)|du\s+(?:comite|conseil|bureau)\b[^:;.]{0,40}?)\s+du\s+"
)


def objet_proces_verbal(texte: str) -> bool:
    """« Objet : Procès-verbal du comité syndical du 17 décembre 2019 » : le document est le
    procès-verbal de cette séance (présenté à une séance ultérieure)."""
    return ("bjet" in texte or "BJET" in texte) and _OBJET_PROCES_VERBAL.search(_plat(texte)) is not None


def _fenetre_avant_autre_date(texte: str, plat: str, debut: int) -> str:
    """La fenêtre de la date d'un titre, arrêtée à une autre date nommée : « Compte rendu du
    conseil municipal Publié le 14/03/2011 Séance du lundi 7/03/2011 » (page aplatie) ne date
    pas la séance de sa publication.

    >>> t = "Compte rendu du conseil Publié le 14/03/2011 Séance du 7/03/2011"
    >>> _fenetre_avant_autre_date(t, _plat(t), 23)
    ' '
    """
    fenetre = fenetre_de_date(texte, debut, 40)
    autre = _AUTRE_DATE_DANS_LE_TITRE.search(plat, debut, debut + len(fenetre))
    return fenetre[: autre.start() - debut] if autre else fenetre


def date_seance_fiable(texte: str, entete: bool = True) -> tuple[dt.date, int] | None:
    """La date de séance d'une ligne et la fiabilité de la tournure qui la donne :
    :data:`FIABILITE_OUVERTURE` (la phrase d'ouverture « L'an deux mille… » en tête de ligne),
    :data:`FIABILITE_SEANCE` (« séance du », « l'an … » dans la ligne, « s'est réuni … le »),
    :data:`FIABILITE_TITRE` (« Conseil municipal du … », « Procès-verbal du … ») ou
    :data:`FIABILITE_SEULE` (une date seule sur sa ligne : peut-être celle d'une publication).

    >>> date_seance_fiable("Le comité s'est tenu lundi 7 juillet 2014 à 18h30")
    (datetime.date(2014, 7, 7), 3)
    >>> date_seance_fiable("PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE MARDI 15 SEPTEMBRE 2020")
    (datetime.date(2020, 9, 15), 2)
    >>> date_seance_fiable("mardi 15 mars 2022")
    (datetime.date(2022, 3, 15), 1)
    >>> date_seance_fiable("Le procès-verbal de la séance du 14 mai 2023 est approuvé.") is None
    True
    >>> date_seance_fiable("COMITÉ 4 FÉVRIER 2020 Objet : Procès-verbal du comité du 17 décembre 2019")
    (datetime.date(2019, 12, 17), 3)
    """
    plat = _plat(texte)
    if (
        entete
        and plat[:1].isdigit()
        and (devant := _DATE_DEVANT_LE_TITRE.match(plat)) is not None
        # (« 12 mars 2022 - Compte rendu du conseil du 3 mars 2022 » : la date de mise en ligne,
        # le titre dit celle de la séance ; lu plus bas)
        and trouver_date(texte[devant.end() :]) is None
    ):
        # « 14 février 2022 - PROCÈS VERBAL DE SÉANCE DU CONSEIL MUNICIPAL » : la date, puis le titre
        date = trouver_date(texte[: devant.end(1)])
        if date is not None:
            return date, FIABILITE_TITRE
    if entete and "objet" in plat and (objet := _OBJET_PROCES_VERBAL.search(plat)) is not None:
        date = trouver_date(fenetre_de_date(texte, objet.end(), 40))
        if date is not None:
            return date, FIABILITE_SEANCE
    reference = -1  # fin de la référence à une autre séance en cours de lecture
    for titre in _DATE_TITRE.finditer(plat) if entete and contient_un(plat, _MOTS_DATE_TITRE) else ():
        # (40 caractères, et le mot coupé entier : « approbation des comptes rendus des séances du »)
        debut = max(0, titre.start() - 40)
        while debut > 0 and plat[debut - 1].isalpha() and titre.start() - debut < 60:
            debut -= 1
        avant = plat[debut : titre.start() + 1]
        if titre.start() >= reference and _AUTRE_SEANCE.search(avant):
            continue  # (sans écarter la séance dont le titre suit : « … 2024 Séance du … »)
        if _AUTRE_DATE_DANS_LE_TITRE.search(plat, titre.start(), titre.end()):
            continue  # « CONSEIL MUNICIPAL DE X Transmis en préfecture le 30 … » : un tampon
        if _LIEU_VIRGULE_LE.search(plat, titre.start(), titre.end()):
            continue  # « … de la commission permanente Vaudrey, le 30 … » : lieu et date d'une lettre
        if not _lieu_nu_plausible(texte, titre):
            continue  # « Le conseil municipal approuve le 12 mars … » : un verbe, pas un lieu
        if (
            titre.start() < reference
            or _reference_avant(avant)
            or _CONVOCATION_AVANT.search(avant)
            # « Approbation du procès-verbal des délibérations de la séance ordinaire du Conseil
            # municipal du 3 avril » : la référence plus loin que 40 caractères
            or _APPROBATION_AVANT.search(plat, max(0, titre.start() - 100), titre.start() + 1)
            or "convoqu" in plat[titre.start() : titre.end()]  # « …, légalement convoqué le … »
            or _ARRETE_APRES.search(plat[titre.end() : titre.end() + 100])
            # « La réunion du vendredi 25 octobre, n'ayant pas rassemblé la majorité … » : la
            # réunion manquée, pas la séance reconvoquée
            or _SANS_QUORUM_APRES.search(plat, titre.end(), titre.end() + 120)
            # « SOMMAIRE … - Séance du 20 mai 2015 RENDU COMPTE DES DECISIONS page 30 » : une
            # entrée de sommaire (d'un recueil), pas la séance
            or ("page" in plat and _RENVOI_DE_SOMMAIRE.match(plat, titre.end(), titre.end() + 90) is not None)
            or (
                _CR_PV.match(plat, titre.start())
                and (
                    _DETERMINANT_AVANT.search(avant)
                    or _NUMERO_DE_POINT.search(plat, max(0, titre.start() - 24), titre.start() + 1)
                )
            )
        ):  # « Approbation du compte rendu de la réunion du Conseil du … », « … est arrêté »,
            # « … que le compte rendu de la séance du … leur a été adressé »
            reference = titre.end() + 40
            continue
        date = trouver_date(_fenetre_avant_autre_date(texte, plat, titre.end()))
        if date is not None:
            seance = _SEANCE_MOT.search(plat[titre.start() : titre.end()])
            return date, FIABILITE_SEANCE if seance else FIABILITE_TITRE
    if entete and " le " in plat and (date := _date_de_seance_qualifiee(texte, plat)) is not None:
        return date, FIABILITE_SEANCE
    an = _L_AN.search(plat) if contient_un(plat, _MOTS_L_AN) else None
    if an and _CERTIFICAT_DE_CONVOCATION.search(plat, an.start(), an.start() + 260):
        an = None  # « L'an …, le dix-huit novembre, Nous, X, certifions avoir convoqué … »
    if an:
        # (la fenêtre s'arrête à une autre date nommée : « … l'an deux mille vingt-quatre, à
        # vingt heures Convocation faite le dix-huit septembre … », aplati)
        fin = an.start() + 200
        if (autre := _AUTRE_DATE_APRES_L_AN.search(plat, an.end(), fin)) is not None:
            fin = autre.start()
        date = trouver_date(texte[an.start() : fin])
        if date is None and autre is not None:
            date = _date_apres_la_reunion(texte, plat, autre.end(), an.start())
        if date is None and (jour := _JOUR_DE_L_AN.search(plat, 0, an.start() + 1)) is not None:
            # « Le vingt-six septembre de l'an deux mille vingt-quatre » : le jour avant l'an
            # (lu depuis ce jour : pas une autre date écrite avant, « Prochaine séance : … »)
            date = trouver_date(texte[jour.start() : an.start() + 200])
        ouverture = not plat[: an.start()].strip(" ,.;-–")  # la phrase d'ouverture
        fiabilite = FIABILITE_OUVERTURE if ouverture else FIABILITE_SEANCE
        return (date, fiabilite) if date is not None else None
    reuni = _S_EST_REUNI.search(plat) if entete and contient_un(plat, _MOTS_S_EST_REUNI) else None
    # (« Le douze mars 2009, le Conseil Communautaire, […] s'est » / « tenu … » : le verbe coupé
    # en fin de ligne)
    reuni = reuni or (_S_EST_EN_FIN.search(plat) if entete and plat.endswith(("est", "sont")) else None)
    if reuni and _LE_DATE_INITIAL.match(plat) and _SUJET_ASSEMBLEE.search(plat, 0, reuni.start()):
        # « Le 26 septembre 2024 à 18 h 30, le Conseil municipal […] s'est réuni »
        date = trouver_date(fenetre_de_date(texte, 0, 90))
        if date is not None:
            return date, FIABILITE_SEANCE
    if entete and "ouvr" in plat and (ouvre := _OUVRE_LA_SEANCE.search(plat)) is not None:
        # « Le quatre mars deux mille dix-neuf à 14 h 30, M. X ouvre la séance du conseil » (en
        # tête de ligne, ou après un titre aplati)
        debut = max(0, ouvre.start() - 250)
        if (le := next(reversed(list(_LE_DATE.finditer(plat, debut, ouvre.start()))), None)) is not None:
            date = trouver_date(fenetre_de_date(texte, le.start(), 90))
            if date is not None:
                return date, FIABILITE_SEANCE
    entre = (reuni.group("entre") or "") if reuni else ""
    if reuni and "convo" not in entre and _DEBUT_DATE.match(plat, reuni.end()):
        # (d'abord : « COMMUNE DE X Le 30 septembre 2024 EXTRAIT … Le Conseil … s'est réuni à
        # la mairie le 26 septembre 2024 », aplati : la date qui suit la réunion est la sienne)
        date = trouver_date(fenetre_de_date(texte, reuni.end(), 45))
        if date is not None:
            return date, FIABILITE_SEANCE
    if reuni and (phrase := _date_en_tete_de_phrase(texte, plat, reuni.start())) is not None:
        return phrase, FIABILITE_SEANCE
    if (
        entete
        and (
            jour := _LE_JOUR_A_L_HEURE.search(plat)
            or (_JOUR_APRES_LE_TITRE.search(plat) if "di " in plat else None)  # (lundi … dimanche)
        )
        # (« Le jeudi … » ouvre la phrase ; pas « … se réunira le mardi … » ; « … CONSEIL DE
        # COMMUNAUTÉ Jeudi 12 mars 2015 à la Maison … » : le jour à majuscule, après le titre)
        and texte[jour.start()] in "LJMVSD"
        and _TITRE_AVANT_LE_JOUR.search(plat, 0, jour.start())
        and not _FUTUR_AVANT_LE_JOUR.search(plat, 0, jour.start())
    ):
        # « PROCES-VERBAL CONSEIL COMMUNAUTAIRE … PAYS DE SORNE Le jeudi 15 mars 2018 à 18 heures
        # au siège … » (en-tête aplati) : le jour, la date et l'heure d'une réunion, après le titre
        date = trouver_date(fenetre_de_date(texte, jour.end(), 30))
        if date is not None:
            return date, FIABILITE_TITRE
    # (« du lundi 29 mars 2004 à 20 h 30 – salle des fêtes de X » : le lieu après l'heure)
    seule = _LIEU_APRES_L_HEURE.sub("", plat)
    if entete and len(seule) <= 60 and _DATE_SEULE.match(plat) and not _ARRETE_APRES.search(plat):
        # (« 3 juin 2019 est adopté sans observation. » : la fin d'une phrase coupée)
        date = trouver_date(texte)
        return (date, FIABILITE_SEULE) if date is not None else None
    return None


_LE_JOUR_A_L_HEURE = re.compile(
    rf"(?<=[\s.;,])le\s+{_JOURS}\s+(?=\d{{1,2}}(?:er)?\s+[a-z]+\s+\d{{4}}\s*,?\s+a\s+\d{{1,2}}\s*(?:h\b|heures?\b))"
)
_JOUR_APRES_LE_TITRE = re.compile(
    rf"(?<=[\s.;,]){_JOURS}\s+(?=\d{{1,2}}(?:er)?\s+[a-z]+\s+\d{{4}}\s*,?\s+a\s)"
)
_FUTUR_AVANT_LE_JOUR = re.compile(r"\b(?:se\s+reunira|aura\s+lieu|prochaine?|sera\s+convoque)")
_TITRE_AVANT_LE_JOUR = re.compile(r"proces[\s-]verbal|compte[\s-]rendu|conseil|comite|bureau|seance|reunion|assemblee")


def _date_apres_la_reunion(texte: str, plat: str, debut: int, an: int) -> dt.date | None:
    """« L'an deux mille dix-neuf, le conseil …, convoqué le 18 septembre, s'est réuni le
    vingt-six septembre » : la convocation dite avant la séance, la date qui suit la réunion
    est celle de la séance (l'année, celle de « L'an … »)."""
    reuni = _S_EST_REUNI.search(plat, debut, debut + 160)
    if reuni is None or not reuni.group("entre") or not _DEBUT_DATE.match(plat, reuni.end()):
        return None
    return trouver_date(fenetre_de_date(texte, reuni.end(), 45), annee_de_l_an(texte[an : an + 80]))


# « … CONSEIL MUNICIPAL Le jeudi 26 septembre 2024 à 20 h, le conseil municipal s'est réuni » :
# dans un texte aplati, la phrase d'ouverture suit le titre sur la même ligne ; « Le » en
# capitale dit le début de la phrase
_LE_DATE_PHRASE = re.compile(r"(?<=[\s.;])le" + _DEBUT_DATE.pattern)


def _date_en_tete_de_phrase(texte: str, plat: str, reuni: int) -> dt.date | None:
    """La date d'une phrase « Le <date>, le conseil … s'est réuni » commencée dans la ligne."""
    debut = max(0, reuni - 160)
    # la plus proche de la réunion (« COMMUNE DE X Le 30 septembre 2024 EXTRAIT … Le 26/09/2024
    # à 20h00, le conseil … s'est réuni » : la date d'en-tête d'abord, celle de la phrase ensuite)
    for trouve in reversed(list(_LE_DATE_PHRASE.finditer(plat, debut, reuni))):
        if texte[trouve.start()] != "L" or not _SUJET_ASSEMBLEE.search(plat, trouve.end(), reuni):
            continue
        return trouver_date(fenetre_de_date(texte, trouve.start(), 90))
    return None


# « Fait et délibéré le 14 mars 2019 », « Fait à Saint-Alban, le 14 mars 2019 », « Délibéré en
# séance le … » : la date d'une signature (celle de la séance le plus souvent, pas toujours)
_SIGNATURE_DATEE = re.compile(
    r"\b(?:fait\s+et\s+delibere|delibere\s+en\s+seance|fait\s+(?:en\s+mairie\s+)?a\s+[^,;:.]{2,60}?)"
    r"\s*,?\s+(?:en\s+seance\s+)?(?:le|du)(?P<date>" + _DEBUT_DATE.pattern + ")"
)
_MOTS_SIGNATURE_DATEE = mots_requis(_SIGNATURE_DATEE, "fait", "delibere")


def date_de_signature(texte: str) -> dt.date | None:
    """La date d'une formule de signature (« Fait à X, le … », « Fait et délibéré le … »).

    >>> date_de_signature("Fait à Saint-Alban-les-Eaux, le 14 mars 2019")
    datetime.date(2019, 3, 14)
    >>> date_de_signature("Fait et délibéré en séance les jour, mois et an susdits.") is None
    True
    """
    plat = _plat(texte)
    if not contient_un(plat, _MOTS_SIGNATURE_DATEE):
        return None
    trouve = _SIGNATURE_DATEE.search(plat)
    if trouve is None:
        return None
    return trouver_date(fenetre_de_date(texte, trouve.start("date"), 45))


# Le certificat de convocation en tête du registre : la phrase « L'an … » date la convocation
# (« Nous, Maire, certifions avoir convoqué … pour le vingt-cinq novembre »), pas la séance.
_CERTIFICAT_DE_CONVOCATION = re.compile(r"\bcertifi\w*\s+avoir\s+convoque|\bavons\s+convoque")


_ANNEE_ECRITE = re.compile(r"\b(?:19|20)\d\d\b|\bmil")


def jour_sans_annee(texte: str) -> tuple[int, int] | None:
    """« Séance du 8 septembre » (sans année) → (8, 9) ; l'année vient d'ailleurs."""
    plat = _plat(texte)
    for titre in _DATE_TITRE.finditer(plat) if contient_un(plat, _MOTS_DATE_TITRE) else ():
        if not _lieu_nu_plausible(texte, titre):
            continue
        fenetre = texte[titre.end() : titre.end() + 40]
        date = trouver_date(fenetre, annee_defaut=2000)
        if date is not None and not _ANNEE_ECRITE.search(_plat(fenetre)):
            return date.day, date.month
    return None


_CONVOCATION = re.compile(r"convocation|convoque")


# « … régulièrement convoqué, s'est réuni le 27 septembre » : la date qui suit la réunion est
# celle de la séance, pas de la convocation ; de même celle d'une autre date nommée (un tampon,
# une publication, une loi visée, la séance suivante) collée à la phrase par une ligne recollée
_REUNION_APRES = re.compile(
    r"\b(?:s'est|s\s+est|se\s+sont)\s+(?:reuni|tenu|assemble)|\bsont\s+reuni|\ba\s+siege\b"
    # « À la suite d'une première convocation, le Comité n'a pu siéger le 3 mai … faute de
    # quorum » : la date de la séance manquée, pas celle de la convocation
    r"|\bn'a\s+(?:pas\s+)?pu\s+(?:sieger|se\s+reunir|deliberer)\b"
    # « … convoqués par le Président. Le comité s'était réuni le 25 février, séance pendant
    # laquelle le quorum n'était pas atteint » : une séance passée ; « … pour la tenue d'une
    # session ordinaire, le jeudi 9 mars » : la date de la réunion annoncée
    r"|\bs(?:'|\s)etai(?:t|ent)\s+reuni|\bpour\s+la\s+tenue\b|\btenue\s+d['\s]\s*une?\s+(?:seance|session|reunion)\b"
    r"|\ben\s+(?:seance|session)\b|\b(?:seance|reunion|session)\s+du\b"
    # (« convocation transmise / affichée le … » restent des dates de convocation)
    r"|\ben\s+(?:sous-)?prefecture\b|\b(?:rendue?s?\s+executoire|mise?\s+a\s+jour"
    r"|mise?\s+en\s+ligne|elections?|prochaine|precedente|loi|decret|ordonnance|vu|certifie"
    r"|compte[\s-]rendu|proces[\s-]verbal)\b"
)


# « Le quorum n'ayant pas été atteint le 22 novembre, le conseil a été convoqué de nouveau le
# 25 novembre » : la convocation de la séance est la seconde, pas celle de la séance manquée
_SECONDE_CONVOCATION = re.compile(
    # (pas « sera convoqué à nouveau » : une séance à venir)
    r"(?<!sera\s)(?<!seront\s)(?<!serait\s)(?<!etre\s)\b(?:convoquee?s?|reunie?s?)\s+(?:de\s+nouveau|a\s+nouveau|(?:pour\s+)?une\s+(?:seconde|deuxieme)"
    r"\s+fois|pour\s+la\s+(?:seconde|deuxieme)\s+fois)\b"
    r"|\b(?:seconde|deuxieme|nouvelle)\s+convocation\b"
)



def _seconde(plat: str) -> re.Match[str] | None:
    if "nouve" not in plat and "onde" not in plat and "xieme" not in plat:
        return None
    return _SECONDE_CONVOCATION.search(plat)


def seconde_convocation(texte: str) -> bool:
    """« … a été convoqué de nouveau le 25 novembre », « Seconde convocation : … »."""
    return _seconde(_plat(texte)) is not None


# « Le procès-verbal de la réunion du 7 février 2022 a été approuvé à l'unanimité. » : la
# phrase du récit qui approuve le compte rendu d'une séance passée, pas le vote d'un point
_PV_PASSE_APPROUVE = re.compile(
    r"^\s*(?:le\s+)?(?:proces[\s-]verbal|compte[\s-]rendu)\s+(?:de\s+la\s+|du\s+|de\s+)"
    r"(?:derniere\s+|precedente\s+)?(?:seance|reunion|conseil|commission|comite|bureau)\b[^.;:]{0,80}?"
    r"\b(?:est|a\s+ete|sont|ont\s+ete)\s+(?:adopte|approuve|valide)"
)


def pv_passe_approuve(texte: str) -> bool:
    """« Le compte rendu de la séance du 4 mai est adopté à l'unanimité. »

    >>> pv_passe_approuve("Le procès-verbal de la réunion du 7 février 2022 a été approuvé à l'unanimité.")
    True
    >>> pv_passe_approuve("Le budget est adopté à l'unanimité.")
    False
    """
    return _PV_PASSE_APPROUVE.search(_plat(texte)) is not None


_ANNEE_EN_LETTRES_COUPEE = re.compile(r"\s+deux\s+mille?\s*$")
_DATE_PUIS_CONVOCATION = re.compile(r"\s*(?:\d{1,3}\s+)?le\s+(?P<date>[^,;:]{6,60}?)\s*,\s*convocation\b")


def convocation(texte: str, annee: int | None = None) -> dt.date | None:
    """« Convocation envoyée le 18 septembre 2024 », « Date de convocation : … »…

    Quand le texte dit une seconde convocation (quorum non atteint à la première), c'est elle.

    >>> convocation("Convocation du 15 mars pour le 22 mars 2019 : le quorum n'ayant pas été "
    ...             "atteint, le conseil a été convoqué de nouveau le 25 mars 2019")
    datetime.date(2019, 3, 25)

    >>> convocation("Le Comité, régulièrement convoqué, s'est réuni le 27 septembre 2005") is None
    True
    >>> convocation("Le Conseil, convoqué le 20 septembre 2005, s'est réuni le 27 septembre 2005")
    datetime.date(2005, 9, 20)
    """
    plat = _plat(texte)
    if annee is not None and (coupee := _ANNEE_EN_LETTRES_COUPEE.search(plat)) is not None:
        # « … convoqué le vingt-trois novembre deux mille » / « dix-sept, … » : l'année coupée
        # par la fin de ligne n'est pas l'an 2000 ; le texte est lu sans elle
        texte, plat = texte[: coupee.start()], plat[: coupee.start()]
    seconde = _seconde(plat)
    if (
        seconde is None
        and (datee := _DATE_PUIS_CONVOCATION.match(plat)) is not None
        and (date := trouver_date(texte[: datee.end("date")], annee_defaut=annee)) is not None
    ):
        # « Le trois mars deux mille dix-sept, convocation du Conseil … pour … le jeudi 9 mars
        # 2017 » : la date qui ouvre la phrase est celle de la convocation
        return date
    for trouve in _CONVOCATION.finditer(plat, seconde.start() if seconde else 0):
        reunion = _REUNION_APRES.search(plat, trouve.end())
        fin = reunion.start() if reunion else len(texte)
        date = trouver_date(texte[trouve.start() : fin], annee_defaut=annee)
        if date is not None:
            return date
    return None


_OUVRE = avec_garde('\\s.;m', re.compile(
    r"(?:^|[\s.;])((?:monsieur|madame|m\.|mr\.?|mme)\s+[^,;]{2,50}?)\s*,\s*(?:president|presidente|maire"
    # « Mme X, 1re Adjointe, préside la séance », « M. X, doyen d'âge, ouvre la séance »
    r"|(?:\w+\s+)?adjointe?|doyen(?:ne)?\s+d'age)"
    r"(?:\s+\w+){0,3}\s*,\s*(?:ouvre|a\s+ouvert\s+la\s+seance|declare\s+(?:la\s+seance\s+)?ouverte|preside"
    # « M. X, Président, dirige les débats », « Mme Y, Maire, assure la présidence »
    r"|dirige\s+les\s+debats|assure\s+la\s+presidence"
    r"|presidant\s+la\s+(?:seance|reunion))"  # « M. X, maire, présidant la séance, »
))


# « Le quorum étant atteint, monsieur NOM Prénom ouvre la séance » : le nom sans fonction
# « Monsieur le Maire, Jean DUPONT, ouvre la séance », « Le Président, M. Alain ROUX, ouvre la
# séance » (la fonction sans civilité, la civilité devant le nom)
_FONCTION_NOM_OUVRE = avec_garde('\\s.;ml', re.compile(
    r"(?:^|[\s.;])(?:(?:monsieur|madame|m\.|mme)\s+)?(?:le|la)\s+(?:president|presidente|maire)\s*,\s*"
    # (« Le Président, Paul Verdier ouvre la séance » : la virgule après le nom oubliée)
    r"([^,;]{2,50}?)\s*(?:,\s*|\s(?=ouvre\s+la\s+seance))"
    # « Le Maire, M. X, ayant constaté que le quorum est atteint, déclare la séance ouverte »
    r"(?:(?:ayant|apres\s+avoir)\s+(?:constate|verifie)[^,;]{0,60}?,\s*)?"
    r"(?:ouvre|declare\s+(?:la\s+seance\s+)?ouverte|preside)"
))
_OUVRE_SANS_FONCTION = avec_garde('\\s.;,m', re.compile(
    # (le nom ne contient pas une autre civilité : « … Mme Anne PETIT Monsieur le Maire ouvre »)
    r"(?:^|[\s.;,])((?:monsieur|madame|m\.|mme)\s+(?!(?:le|la|l')\s)"
    r"(?:(?!(?:monsieur|madame|mme)\s)[^,;.]){2,50}?)\s+"
    # « Le quorum étant atteint, M. X déclare la séance ouverte »
    r"(?:(?:ouvre|declare\s+ouverte)\s+la\s+seance|declare\s+la\s+seance\s+ouverte)\b"
))


# « Paul ARNOUX ouvre la séance » en tête de phrase : un prénom et un NOM, sans civilité
_PRENOM_NOM_OUVRE = re.compile(
    r"(?:^|(?<=[.;:,]\s))([A-ZÉÈ][a-zéèëêïîôç]+(?:-[A-ZÉÈ][a-zéèëêïîôç]+)?\s+[A-ZÉÈÀÂ][A-ZÉÈÀÂÊÎÔÇ'’\-]+"
    r"(?:\s+[A-ZÉÈÀÂ][A-ZÉÈÀÂÊÎÔÇ'’\-]+)?)\s*,?\s+(?:ouvre|d[ée]clare\s+ouverte)\s+la\s+s[ée]ance\b"
)
# « Monsieur le Maire ouvre la séance », « Le Maire ouvre la séance » : le président désigné
# par sa fonction, que l'analyseur rapproche du seul présent que la liste dit maire
_FONCTION_SEULE_OUVRE = avec_garde('\\s.;,ml', re.compile(
    r"(?:^|[\s.;,])((?:(?:monsieur|madame|m\.|mme)\s+)?(?:le|la)\s+(?:maire|presidente?))\s*,?\s+"
    # (« Monsieur le Président, ayant ouvert la séance, fait procéder à l'appel »)
    r"(?:ouvre|declare\s+ouverte|ayant\s+ouvert|a\s+ouvert)\s+la\s+seance\b"
))


_PRESIDENT_DE_SEANCE = re.compile(
    r"^\s*(?:(?:president(?:e)?(?:\s+de\s+(?:la\s+)?seance)?|presidence)\s*:\s*"
    # « Présidence de M. X, maire », « Présidée par Mme Y » (une personne nommée)
    r"|(?:presidence\s+de|presidee?\s+par)\s+(?=(?:m\.|mme|mlle|monsieur|madame)\s)"
    # « Présidé par Paul GARNIER » (sans civilité : un prénom, puis un autre mot)
    r"|presidee?\s+par\s+(?=[a-z][a-z'-]+\s+[a-z]))"
)
_SOUS_LA_PRESIDENCE = avec_garde('\\sprcslo', re.compile(
    # « Présidence de séance assurée par M. X », « la présidence est assurée par Mme Y »
    r"\bpresidence\s+(?:de\s+(?:la\s+)?seance\s+)?(?:est\s+|etant\s+|a\s+ete\s+)?"
    r"(?:assuree|exercee)\s+par\s+(?=(?:m\.|mme|monsieur|madame)\s)"
    # « … s'est réuni salle X, sous la » / « présidence de son Maire, Y. » : ligne coupée
    r"|(?:sous la |^\s*)presidence (?:de\s+|du\s+(?=maire\b|president))"
    r"|sous la presidence\s+(?=(?:monsieur|madame|m\.|mme)\s)"  # « Sous la présidence Monsieur X »
    r"|sous la presidence d'\s*(?=[a-z])"  # « sous la présidence d'Isabelle X, présidente »
    # « … s'est réuni salle du conseil, sous » / « la présidence de Madame X, Maire. »
    r"|^\s*la\s+presidence\s+de\s+(?=(?:m\.|mme|monsieur|madame)\s)"
    # « la séance étant présidée par M. X », « séance présidée par Mme X »
    r"|\b(?:seance|reunion)\s+(?:est\s+|etant\s+|a\s+ete\s+)?presidee\s+par\s+"
    # « La séance …, est ouverte à 18 heures, présidée par M. X, Maire, qui procède à l'appel »
    r"|(?<=,)\s*presidee\s+par\s+(?=(?:m\.|mme|monsieur|madame)\s)"
    # « Elle est présidée par Monsieur X, Maire » (la séance, dite juste avant)
    r"|(?:(?<=\belle\sest\s)|(?<=\bil\sest\s))presidee?\s+par\s+(?=(?:m\.|mme|monsieur|madame)\s)"
    # « Conseil communautaire du 14/05/2019. Présidé par Paul GARNIER. » : une phrase à part
    r"|(?<=[.;]\s)presidee?\s+par\s+(?=(?:m\.|mme|monsieur|madame)\s|[a-z][a-z'-]+\s+[a-z])"
    # « Le conseil communautaire est présidé par M. X, Président »
    r"|\b(?:conseil(?:\s+(?:municipal|communautaire|syndical|de\s+communaute))?|comite(?:\s+syndical)?)"
    r"\s+(?:est\s+|etant\s+|a\s+ete\s+)?preside\s+par\s+(?=(?:m\.|mme|monsieur|madame)\s)"
    # « La séance est ouverte à 18 h 35 par M. le Maire »
    r"|\bseance\s+(?:est\s+|a\s+ete\s+)?ouverte\s+(?:a\s+\d{1,2}\s*h(?:eures?)?(?:\s*\d{2})?\s+)?"
    r"par\s+(?=(?:m\.|mme|monsieur|madame)\s)"
    # « Ouverture de la séance par Mme X, Maire », « Ouverture de la séance à 20 h 35 par M. Y »
    r"|\bouverture\s+de\s+(?:la\s+)?seance\s+(?:a\s+\d{1,2}\s*h(?:eures?)?(?:\s*\d{2})?\s+)?"
    r"par\s+(?=(?:m\.|mme|monsieur|madame)\s)"
))
_CONVOQUE_PAR_SOUS_SA_PRESIDENCE = re.compile(
    # (« … sur la convocation adressée par Monsieur X, Maire, et sous sa présidence »)
    r"\b(?:convoquee?s?|convocation\s+(?:adressee|envoyee|faite))\s+par\s+((?:monsieur|madame|m\.|mme)\s+[^,;]{2,50}?)"
    r"\s*,\s*(?:son\s+|sa\s+)?(?:maire|presidente?)\s*,\s*"
    r"(?:(?:s'\s*est|s\s+est|se\s+sont|s'\s*etait)\s+reunie?s?\b[^.;]{0,40}?|et\s+)"
    r"\bsous\s+sa\s+presidence\b"
)
_SEPARATEUR_FONCTION = re.compile(r"\s*[,;(]\s*")
_SUJET_APRES_LE_NOM = re.compile(
    r"\s+(?:les\s+(?:membres|conseillers|d[ée]l[ée]gu[ée]s|[ée]lus)|le\s+(?:conseil|comit[ée]|bureau))\b",
    re.I,
)
# fin du nom après « présidée par », « ouverte par » : une heure, ou la fin de la phrase
# (« … par Monsieur le Maire, R. X Début de la séance : 20 h » : la rubrique suivante, aplatie)
_FIN_APRES_PAR = re.compile(r"\s+(?:à|a)\s+\d|(?<=[a-zéè]{2})\.(?:\s|$)|\s+(?=D[ée]but\s+de\s+(?:la\s+)?s[ée]ance\b)")
_PRESIDENT_PAR_FONCTION = re.compile(
    r"^(?:m\.|mme|monsieur|madame)?\s*(?:(?:le|la|son|sa)\s+)?(?:maire|president|presidente)$"
)


_CIVILITE_SEULE_NOM = re.compile(r"(?i:m|mme|mmes|mm|mlle|mr|monsieur|madame)\.?")


_LIEU_EN_TETE = re.compile(
    # (« monsieur » / « Commune de X – Conseil municipal » : la civilité coupée de son nom)
    r"(?:(?:[Mm]onsieur|[Mm]adame|M\.|Mme)\s+)?"
    r"(?:Commune|Communauté|Conseil|Mairie|Ville|Syndicat|Département|Région)\s+(?:de|du|des|d')\b",
)


def president(texte: str) -> str | None:
    """« Président : Monsieur REBSAMEN », « sous la présidence de M. X », « Monsieur X,
    Président, ouvre la séance », « Présidence : M. X maire »."""
    if len(texte) > 600:
        return None
    plat = _plat(texte)
    if "presid" not in plat and "ouv" not in plat:  # présidence, présidée, ouvre la séance
        return None
    trouve = _PRESIDENT_DE_SEANCE.match(plat)
    if trouve:
        apres = texte[trouve.end() :]
        if trouve.group(0).rstrip().endswith("par"):  # « Présidée par M. X Début de la séance : … »
            apres = _FIN_APRES_PAR.split(apres, maxsplit=1)[0]
        nom = _apres_la_fonction(apres)
        # « Président de séance : M. » (le nom est sur une autre ligne, ou perdu) : pas un nom
        return None if nom is not None and _CIVILITE_SEULE_NOM.fullmatch(nom.strip()) else nom
    if "sous sa presidence" in plat and (convoque := _CONVOQUE_PAR_SOUS_SA_PRESIDENCE.search(plat)):
        # « … régulièrement convoqué par M. X, Maire, s'est réuni sous sa présidence »
        return texte[convoque.start(1) : convoque.end(1)].strip() or None
    if (
        "adjoint" in plat
        and (adjoint := _PRESIDENCE_D_UN_ADJOINT.search(plat)) is not None
        and not _NOM_APRES_LA_VIRGULE.match(texte, adjoint.end(1))  # (« …, Paul X » : son nom)
    ):
        return texte[adjoint.start(1) : adjoint.end(1)].strip()  # « sous la présidence du 1er Adjoint »
    trouve = _SOUS_LA_PRESIDENCE.search(plat)
    if trouve:
        reste = _derniere_presidence(texte[trouve.end() : trouve.end() + 300])
        if reste is None:
            return None
        # « … se sont réunis sous la présidence de M. X les membres du Comité » : le sujet
        # de la phrase suit le nom
        reste = _SUJET_APRES_LE_NOM.split(reste, maxsplit=1)[0]
        if trouve.group(0).endswith("par "):  # « ouverte à 18 h 35 par M. le Maire. M. X … »
            reste = _FIN_APRES_PAR.split(reste, maxsplit=1)[0]
        nom = _apres_la_fonction(reste)
        # « … sous la présidence de » / « Commune de X – Conseil municipal » (une ligne d'un
        # autre propos recollée à la fin coupée) : un lieu, jamais le président ; « … présidée
        # par M. » (le nom coupé, à la phrase suivante) : une civilité seule, pas un nom
        if nom is not None and (_LIEU_EN_TETE.match(nom) or _CIVILITE_SEULE_NOM.fullmatch(nom.strip())):
            return None
        return nom
    fonction_nom = _FONCTION_NOM_OUVRE.search(plat)
    if fonction_nom is not None and lire_personne(texte[fonction_nom.start(1) : fonction_nom.end(1)]) is None:
        fonction_nom = None  # « Le maire, vu le quorum, ouvre la séance » : une incise, pas un nom
    trouve = (
        _OUVRE.search(plat)
        or fonction_nom
        or (_OUVRE_SANS_FONCTION.search(plat) if "ouv" in plat else None)
        or (_FONCTION_SEULE_OUVRE.search(plat) if "ouv" in plat else None)
    )
    if trouve:
        return texte[trouve.start(1) : trouve.end(1)].strip() or None
    if "ouvre" in texte and (nomme := _PRENOM_NOM_OUVRE.search(texte)) is not None:
        return nomme.group(1)  # « Paul ARNOUX ouvre la séance en présentant … »
    trouve = _A_PRESIDE.search(plat) if "preside" in plat else None
    if trouve:  # « convoqués par le Président, Monsieur X, qui a présidé la séance »
        return texte[trouve.start(1) : trouve.end(1)].strip() or None
    trouve = _C_EST_X_QUI_A_PRESIDE.search(plat) if "preside" in plat and "c'est" in plat else None
    if trouve:  # « C'est Bernard X, premier vice-président, qui, …, a présidé la séance »
        return texte[trouve.start(1) : trouve.end(1)].strip() or None
    return None


def _apres_la_fonction(texte: str) -> str | None:
    """« Madame le Maire, Colette ROUQUETTE » → « Colette ROUQUETTE » ; « M. X, maire » → « M. X »."""
    if "   " in texte and not _UNE_CIVILITE.search(texte.split("   ", 1)[0]):
        # « 19 septembre 2024        M. X, Maire » : la cellule d'une autre colonne (pas
        # « Mme X, Présidente Commune      Délégués … » : le nom vient d'abord, la suite est
        # un tableau recollé par l'aplatissement)
        texte = _AUTRE_COLONNE_AVANT.sub("", texte)
    parties = _SEPARATEUR_FONCTION.split(texte)
    if len(parties) > 1 and (
        _PRESIDENT_PAR_FONCTION.match(tete := _plat(parties[0].strip())) or _ADJOINT_PAR_SON_RANG.match(tete)
    ):
        return _sans_fonction(parties[1])  # « Monsieur le premier adjoint, Paul X »
    # « sous la présidence du maire Ahamada Saïd Abdallah, … » : la fonction devant le nom
    return _sans_fonction(_FONCTION_DEVANT_LE_NOM.sub("", parties[0], count=1))


# (« … sous la Présidence du Maire Paul MOREL » : la fonction en majuscule initiale aussi)
_FONCTION_DEVANT_LE_NOM = re.compile(
    r"^\s*(?:(?i:le|la|son|sa)\s+)?(?i:maire|pr[ée]sidente?)\s+(?=[A-ZÉÈ])(?!(?:[A-ZÉÈ]{2,}\b))"
)


_AUTRE_COLONNE_AVANT = re.compile(r"^.*\S\s{3,}(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s)")
_UNE_CIVILITE = re.compile(r"(?:M\.|Mme|Mlle|Monsieur|Madame)\s")
_PUIS = re.compile(r"[\s,]puis\b")
_DE_PERSONNE = re.compile(
    r"(?:^|[\s,])d(?:e\s+|')(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s|[A-ZÉÈ][a-zéèêëïîôûç-]+\s+[A-ZÉÈ]{2})"
)


_POUR_DES_POINTS = re.compile(r"\s+pour\s+(?:les|la|le)\s+(?:deliberations?|points?|questions?|dossiers?)\b")
_PRESIDENCE_PARTAGEE = re.compile(
    r"\bpour\s+(?:les|la|le)\s+(?:deliberations?|points?|questions?|dossiers?)\b[^.;]{0,80}?\spuis\s+"
    r"(?:sous\s+la\s+presidence\s+)?d(?:e\s|')"
)


def presidence_partagee(texte: str) -> bool:
    """« … sous la présidence de X pour les délibérations A et B puis sous la présidence de Y
    pour les délibérations C à D » : deux présidents, chacun pour une partie des points."""
    return "puis" in texte and _PRESIDENCE_PARTAGEE.search(_plat(texte)) is not None


_POUR_UN_POINT = re.compile(
    r"\bpour\s+(?:le\s+vote\s+du\s+|l'examen\s+du\s+|le\s+|la\s+|l')?"
    r"(?:point|question|deliberation|dossier|compte\s+administratif)|\bcompte\s+administratif"
)


_PRESIDENCE_DE = re.compile(r"sous la presidence de\s+")


def presidence_d_un_point(texte: str) -> bool:
    """« sous la présidence de M. X, puis de M. Y pour le compte administratif » : M. Y ne
    préside qu'un point ; M. X reste le président de séance."""
    plat = _plat(texte)
    trouve = (
        _PRESIDENCE_DE.search(plat) if len(texte) <= 600 and "sous la presidence de" in plat else None
    )
    if trouve is None:
        return False
    puis = _PUIS.search(plat, trouve.end())
    return puis is not None and _POUR_UN_POINT.search(plat, puis.end()) is not None


# « sous la présidence du 1 er Adjoint » (le maire absent) : l'adjoint désigné par son rang,
# que la liste des présents nomme (la phrase s'arrête là)
_PRESIDENCE_D_UN_ADJOINT = re.compile(
    r"\bsous\s+la\s+presidence\s+d(?:u|e\s+(?:m\.|monsieur|madame|mme)\s+(?:le|la))\s+"
    r"((?:\d{1,2}\s*(?:er|ere|re|eme|e)?|premiere?|deuxieme|second|troisieme)\s+adjointe?)\s*(?:[.,;]|$)"
)
_ADJOINT_PAR_SON_RANG = re.compile(
    r"(?:m\.?|mme|monsieur|madame)?\s*(?:le|la|son|sa)\s+(?:\d{1,2}\s*(?:er|ere|re|eme|e)?|premiere?|deuxieme"
    r"|second|troisieme)\s+adjointe?$"
)
_NOM_APRES_LA_VIRGULE = re.compile(r"\s*,\s*[A-ZÉÈ]")

def _derniere_presidence(reste: str) -> str | None:
    """« M. X, doyen d'âge, puis après l'élection du Président, de Mme Y » : la dernière
    présidence, celle des délibérations (« Mme Y ») ; ``None`` si la suite n'est pas nommée."""
    fin = _FIN_PHRASE_NOM.search(reste)
    reste = reste[: fin.start()] if fin else reste
    puis = _PUIS.search(_plat(reste))
    if puis is None or _POUR_UN_POINT.search(_plat(reste), puis.end()):
        return reste  # « puis de M. Y pour le compte administratif » : X préside la séance
    if (partage := _POUR_DES_POINTS.search(_plat(reste), 0, puis.start())) is not None:
        # « … de M. X pour les délibérations 17-10 et 17-11 puis sous la présidence de Y pour
        # les délibérations 17-12 à 17-30 » : X a ouvert la séance (le partage est dit)
        return reste[: partage.start()]
    successeurs = [t.end() for t in _DE_PERSONNE.finditer(reste, puis.end())]
    return reste[successeurs[-1] :] if successeurs else None


def presidence_incertaine(texte: str) -> bool:
    """« sous la présidence de M. X, puis de son premier adjoint » : une succession de
    présidents dont le dernier n'est pas nommé."""
    plat = _plat(texte)
    trouve = (
        _PRESIDENCE_DE.search(plat) if len(texte) <= 600 and "sous la presidence de" in plat else None
    )
    return trouve is not None and president(texte) is None


_PREND_PRESIDENCE = re.compile(
    r"\b(?:prend|assure|reprend|a\s+pris|a\s+assure)\s+la\s+presidence\b"
)
_SUJET = re.compile(
    r"\s*((?:Monsieur|Madame|M\.|Mme)\s+[^,;.]{2,60}?)(?=\s*,|\s+(?:est|prend|assure|reprend)\b)"
)


_MOTS_PREND_PRESIDENCE = mots_requis(_PREND_PRESIDENCE, "presidence")


def prise_de_presidence(texte: str) -> str | None:
    """« Madame Catherine VERDIER, …, est proclamée Présidente et prend la présidence de la
    séance » → « Madame Catherine VERDIER » : le président qui conduit la suite de la séance."""
    if len(texte) > 600:
        return None
    plat = _plat(texte)
    trouve = _PREND_PRESIDENCE.search(plat) if contient_un(plat, _MOTS_PREND_PRESIDENCE) else None
    if trouve is None:
        return None
    debut = 0
    for fin in _FIN_PHRASE_NOM.finditer(texte, 0, trouve.start()):
        debut = fin.end()
    sujet = _SUJET.match(texte, debut)
    if sujet is None and (virgule := texte.rfind(",", debut, trouve.start())) > debut:
        # « En l'absence de Mme le Maire, M. X assure la présidence » : le sujet après
        # le complément de tête
        sujet = _SUJET.match(texte, virgule + 1)
    return sujet.group(1).strip() if sujet else None


# (la fonction entre virgules après le nom, une incise avant « a présidé »)
_C_EST_X_QUI_A_PRESIDE = re.compile(
    r"\bc'est\s+((?:(?:monsieur|madame|m\.|mme)\s+)?[^,;()]{2,50}?)\s*,(?:[^,;()]{0,60},)?"
    r"\s*qui\b[^.;]{0,240}?\ba\s+preside\s+(?:la\s+seance|la\s+reunion|les\s+debats)\b"
)
_A_PRESIDE = re.compile(
    r"(?:^|[\s,;.])((?:monsieur|madame|m\.|mme)\s+[^,;()]{2,50}?)\s*,?\s+qui\s+a\s+preside\s+"
    r"(?:la\s+seance|la\s+reunion|les\s+debats)\b"
)


_FONCTION_APRES = re.compile(
    # (« le Maire », « son Maire » : la fonction seule, que l'analyseur rapproche de la liste)
    r"(?<!\ble)(?<!\bla)(?<!\bson)(?<!\bsa)\s+(?:maire|pr[ée]sidente?|vice-pr[ée]sidente?|adjointe?|d[ée]put[ée]e?-maire)\b.*$",
    re.IGNORECASE,
)


def _sans_fonction(texte: str) -> str | None:
    """« M. Marcel ROCHE maire » → « M. Marcel ROCHE » (la fonction n'est pas le nom) ;
    « M. Paul MAIRE » garde son nom : le mot en capitales est le seul NOM écrit.

    >>> _sans_fonction("M. Marcel ROCHE maire"), _sans_fonction("M. Paul MAIRE")
    ('M. Marcel ROCHE', 'M. Paul MAIRE')
    """
    nom, debut = texte.strip(), 0
    if (possessif := _FONCTION_POSSESSIVE_APRES.search(nom)) is not None:
        nom = nom[: possessif.start()]  # « M. Alain BRISSOT son président après son élection »
    while (trouve := _FONCTION_APRES.search(nom, debut)) is not None:
        mot = trouve.group(0).split()[0]
        if mot.isupper() and _NOM_EN_CAPITALES.search(nom, 0, trouve.start()) is None:
            debut = trouve.start() + 1 + len(mot)  # le NOM de la personne, pas sa fonction
            continue
        nom = nom[: trouve.start()]
        break
    return nom.strip(" .,") or None


_NOM_EN_CAPITALES = re.compile(r"(?<![\w.])(?!MM\b)[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+\b")
# (après un NOM en capitales : « … BRISSOT son président », « … ROUX sa présidente »)
_FONCTION_POSSESSIVE_APRES = re.compile(
    r"(?<=[A-ZÀ-Ý]{2})\s*,?\s+(?:[Ss]on|[Ss]a)\s+(?:[Mm]aire|(?:[Vv]ice-)?[Pp]r[ée]sidente?)\b.*$"
)


_SECRETAIRE_APRES = re.compile(
    r"(?:^|[\s,;.])(?:(?:le|la)\s+secretaire\s+de\s+seance\s+est|(?:est|a\s+ete|ont\s+ete|sont)\s+"
    r"(?:nommee?s?|designee?s?|elue?s?)(?:\(e\)s?|\(s\))?\s+"
    r"(?:en\s+qualite\s+de\s+|comme\s+|pour\s+remplir\s+les\s+fonctions\s+de\s+)?"
    r"secretaires?(?:\s+de\s+(?:la\s+)?seance)?|le\s+secretaire\s+de\s+seance\s+sera|"
    r"(?:a|ont)\s+choisi\s+pour\s+secretaire(?:\s+de\s+seance)?|"
    # (« Le secrétariat de séance est confié à M. X »)
    r"le\s+secretariat\s+(?:de\s+(?:la\s+)?seance\s+)?(?:a\s+ete|est)\s+(?:assure\s+par|confie\s+a)\s*:?|"
    r"la\s+secretaire\s+de\s+seance\s+sera)\s*[,:]?\s*"
)
_SECRETAIRE_AVANT = re.compile(
    # (« M. X est déclaré secrétaire de séance »)
    # (« M. X été nommé secrétaire de séance » : l'auxiliaire oublié)
    # (« Ont été désigné(e)s … : M. X » : l'auxiliaire en tête n'est pas un sujet)
    # (« Madame X accepte et est donc désignée secrétaire de séance » : l'acceptation, l'adverbe)
    r"^(?!(?:a|ont|est|sont)\s)(.{2,120}?)(?:\s+accepte\s+et)?\s+(?:(?:(?:a|ont|est|sont)\s+(?:donc\s+|alors\s+|ainsi\s+)?(?:ete\s+)?|ete\s+)(?:designee?s?|elue?s?|nommee?s?|choisie?s?|declaree?s?)(?:\(e\)s?|\(s\))?\s+"
    # « … désignée parmi les membres du conseil pour remplir les fonctions de secrétaire »
    r"(?:(?:parmi\s+(?:les|ses)\s+membres|au\s+sein)(?:\s+(?:du|de\s+l'|de\s+l')\s*(?:conseil|assemblee|comite)"
    r"(?:\s+municipal|\s+communautaire|\s+syndical)?|\s+presents)?\s+(?=pour\s))?"
    r"(?:pour\s+(?:remplir|assurer)\s+les\s+fonctions\s+de\s+|pour\s+assurer\s+(?=le\s+secretariat)|"
    # « Mme X a été choisie pour secrétaire » (au passif : « le conseil a choisi pour secrétaire
    # Mme X » nomme le secrétaire après)
    r"(?:(?<=ete\schoisi\s)|(?<=ete\schoisie\s)|(?<=ete\sdesigne\s)|(?<=ete\sdesignee\s))pour\s+(?=secretaire)|"
    r"en\s+qualite\s+de\s+|comme\s+|)"
    # « Mme X se porte volontaire pour assurer le secrétariat de séance »
    # « M. X préside la séance ; Mme Y en est la secrétaire »
    r"|sera\s+|seront\s+|en\s+(?:est|sera)\s+(?:le\s+|la\s+)|se\s+(?:porte\s+volontaire|propose)\s+pour\s+(?:assurer|tenir)\s+(?=le\s+secretariat))"
    r"(?:secretaires?|le\s+secretariat\b)"  # « … que Monsieur X sera Secrétaire de séance »
    # « Mme X remplit les fonctions de secrétaire », « M. X assure le secrétariat de séance »
    # (un élu nommé avec sa civilité, pas « La secrétaire de mairie assure le secrétariat »)
    r"|^((?:(?!secretaire\s+de\s+mairie).){0,60}?(?:^|\s)(?:m\.|mme|mr|monsieur|madame|mlle)\s"
    # (« Madame X prend le secrétariat de séance », « … propose d'assurer ce secrétariat »)
    r"(?:(?!secretaire\s+de\s+mairie).){2,60}?)\s+(?:remplit|remplissent|assure|assurent|prend|tient"
    r"|(?:accepte|propose)\s+d'assurer|accepte\s+de\s+remplir|accepte\s+d['\s]\s*etre)\s+(?:les\s+fonctions\s+de\s+)?"
    r"(?:secretaires?|(?:le|ce)\s+secretariat)\b"
    # « Mme X, désignée secrétaire de séance, procède à l'appel »
    r"|^(.{2,120}?)\s*,\s*(?:designee?|elue?|nommee?)(?:\(e\))?\s+(?:comme\s+|en\s+qualite\s+de\s+)?"
    r"secretaires?\s+de\s+(?:la\s+)?seance\b"
    # « La séance est publique, Mme KERN est secrétaire. » (la phrase finit là)
    r"|^(.{2,120}?)\s+est\s+(?:la\s+|le\s+)?secretaire(?:\s+de\s+(?:la\s+)?seance)?\s*\.?\s*$"
)


_FIN_PHRASE_NOM = re.compile(r"(?<=[A-Za-zÀ-ÿ]{3})(?<!Mme)(?<!Mlle)\.\s+(?=[A-ZÉ][a-zé])")


_INTITULE_SECRETAIRE = re.compile(
    # « Désignation du secrétaire de séance : X »
    # (« A été nommée Secrétaire de séance : » puis le nom à la ligne)
    r"^\s*(?:il\s+est\s+procede\s+a\s+la\s+|(?:a|ont)\s+ete\s+(?:nommee?|designee?|elue?)s?\s+(?:comme\s+)?)?"
    r"(?:designation\s+(?:du|de\s+la|d'une?|des)\s+|(?:election|designation)\s+d['\s]\s*une?\s+|fonctions\s+de\s+"
    r"|(?:le|la)\s+(?=secretaire\s+de\s+seance\s*:))?"
    r"(?:secretaires?|secretariat)"
    r"(?:\s+de\s+(?:la\s+)?seance)?"
    r"(?:\s+(?:elue?|designee?|nommee?)(?:\(e\))?)?\s*:\s*"  # « Secrétaire élue : X »
)


_SECRETAIRE_SANS_DEUX_POINTS = re.compile(r"^\s*secretaire\s+de\s+(?:la\s+)?seance\s+")


# fin d'une phrase ou « , et » qui ouvre une proposition, avant le mot « secrétaire »
_PROPOSITION = re.compile(r"(?<=[a-z0-9)]{2})[.;!?]\s+(?=[a-z])|,\s+et\s+")


def _derniere_proposition(plat: str) -> int:
    """Le début de la dernière proposition avant « secrétaire » (0 s'il n'y en a qu'une)."""
    avant = plat[: plat.find("secr")] if "secr" in plat else plat
    coupes = [m.end() for m in _PROPOSITION.finditer(avant)]
    return coupes[-1] if coupes else 0


def intitule_de_secretaire_seul(texte: str) -> bool:
    """« Secrétaire de séance : », « Désignation du secrétaire de séance : » : l'intitulé seul,
    sans le nom (qui suit à la ligne)."""
    return len(texte) <= 80 and _INTITULE_SECRETAIRE.fullmatch(_plat(texte)) is not None


_VIRGULES_DU_PASSIF = re.compile(
    # (« X a été élue, à l'unanimité, secrétaire de séance » : l'incise entre deux virgules)
    r"(?:(?<=elu)|(?<=elue)|(?<=designe)|(?<=designee)|(?<=nomme)|(?<=nommee))\s*,\s*a\s+l'unanimite\s*,(?=\s*secretaire)"
    r"|,(?=\s*a\s+ete\s+(?:designee?|nommee?|elue?)\b)"
    r"|(?:(?<=designe)|(?<=designee)|(?<=nomme)|(?<=nommee))\s*,(?=\s*pour\s+remplir\b)"
)


def secretaire(texte: str) -> str | None:
    """« Secrétaire de séance : M. X », « M. X a été désigné(e) secrétaire de séance »,
    « Est nommée secrétaire, Mme X », « le secrétaire de séance sera M. X »,
    « Secrétariat de séance : X », « désigner Mme X comme secrétaire de séance »."""
    if len(texte) > 600:
        return None
    plat = _plat(texte)
    if "en la personne" in plat and (personne := _EN_LA_PERSONNE_DE.search(plat)) is not None:
        # « … la désignation du secrétaire de séance, qui, sur sa proposition, est élu à
        # l'unanimité, en la personne de M. X »
        return _nom_seul(texte[personne.start(1) : personne.end(1)])
    if plat[:4] in ("en c", "conf") and (visa := _VISA_EN_TETE.match(plat)) is not None:
        return secretaire(texte[visa.end() :])  # « En conformité avec l'article L 2121-15 …, X et Y … »
    if contient_un(plat, _MOTS_REMPLIR_CES_FONCTIONS) and (
        formule := _REMPLIR_CES_FONCTIONS.search(plat) or _SECRETAIRE_PUIS_CES_FONCTIONS.search(plat)
    ):
        return _nom_seul(texte[formule.start(1) : formule.end(1)])
    if "secr" not in plat:  # les autres tournures nomment le secrétaire ou le secrétariat
        return None
    if "," in plat and ("design" in plat or "nomm" in plat or "elu" in plat):
        # « Monsieur X, a été désigné, pour remplir les fonctions de Secrétaire » : les virgules
        # du passif ôtées (remplacées par des espaces : les positions restent celles du texte)
        plat = _VIRGULES_DU_PASSIF.sub(lambda v: " " * len(v.group(0)), plat)
    trouve = _INTITULE_SECRETAIRE.match(plat)
    if trouve is None and (sans := _SECRETAIRE_SANS_DEUX_POINTS.match(plat)) is not None:
        # « Secrétaire de séance Nadine ROUQUET. » (extrait de registre, sans deux-points)
        trouve = sans if texte[sans.end() : sans.end() + 1].isupper() else None
    if trouve:
        reste = texte[trouve.end() :]
        if len(reste) > 60 and (designe := _DESIGNER.search(_plat(reste))) is not None:
            # « SECRÉTAIRE DE SÉANCE : Conformément à l'article …, le Conseil désigne Mme X
            # secrétaire de séance » : la phrase après l'intitulé nomme le secrétaire
            k = next(k for k in (1, 2, 3) if designe.group(k) is not None)
            return _nom_seul(reste[designe.start(k) : designe.end(k)])
        if "volont" in reste or "accept" in reste:
            reste = _VOLONTAIRE_FINAL.sub("", reste)  # « … : M. X se porte volontaire. »
        return _nom_seul(reste, plusieurs=True)
    trouve = _SECRETAIRE_AVANT.search(plat)
    if trouve:
        fin = next(trouve.end(k) for k in (1, 2, 3, 4) if trouve.group(k) is not None)
        debuts = list(_DEBUT_NOM.finditer(plat[:fin]))
        if not debuts and (coupe := _derniere_proposition(plat[:fin])) > 0:
            # « La séance s'est ouverte à 20 h 30. Le procès-verbal … a été adopté, et Lucas
            # HERVÉ a été désigné secrétaire de séance. » : le nom ouvre la dernière proposition
            return _nom_seul(texte[coupe:fin])
        if not debuts and (virgule := plat.rfind(",", 0, fin)) > 0 and lire_personne(texte[virgule + 1 : fin]) is not None:
            return texte[virgule + 1 : fin].strip()  # « Sur proposition du Maire, Sophie Roy est élue … »
        return _nom_seul(texte[debuts[-1].end() if debuts else 0 : fin])
    if (coupe := _derniere_proposition(plat)) > 0 and _SECRETAIRE_AVANT.search(plat[coupe:]):
        return secretaire(texte[coupe:])  # la même, au-delà de 120 caractères
    trouve = _SECRETAIRE_APRES.search(plat)
    if trouve:
        return _nom_seul(texte[trouve.end() :])
    trouve = _DESIGNER.search(plat)
    if trouve:
        k = next(k for k in (1, 2, 3) if trouve.group(k) is not None)
        return _nom_seul(texte[trouve.start(k) : trouve.end(k)])
    trouve = _EN_PRESENCE.search(plat) or _EN_APPOSITION.search(plat)
    if trouve:  # « en présence de Mme X, secrétaire de séance »
        return _nom_seul(texte[trouve.start(1) : trouve.end(1)])
    return None


_EN_LA_PERSONNE_DE = re.compile(
    # (pas « un secrétaire auxiliaire en la personne de M. X, secrétaire général » : un agent)
    r"\bsecretaire\b(?:(?!auxiliaire)[^.;:]){0,160}?\ben\s+la\s+personne\s+de\s+((?:m\.|mme|mlle|monsieur|madame)\s[^,;()]{2,60}?)\s*(?:[.,;(]|$)"
)
# « En conformité avec l'article L 2121-15 du code …, », « Conformément à l'article … , » : le
# visa en tête de la phrase qui nomme le secrétaire
_VISA_EN_TETE = re.compile(r"\s*(?:en\s+conformite\s+avec|conformement\s+a)\s+l'article\b[^,;]{0,120},\s*")
_VOLONTAIRE_FINAL = re.compile(r"\s+(?:se\s+porte\s+volontaire|accepte(?:\s+cette\s+fonction)?)\s*\.?\s*$", re.I)
_EN_PRESENCE = re.compile(
    r"\ben\s+presence\s+de\s+((?:m\.|mme|mr|monsieur|madame)\s[^,;()]{2,60}?),\s*"
    r"secretaire\s+de\s+(?:la\s+)?seance\b"
)


# « … demande à Madame Claire MOUGIN, secrétaire de séance, de procéder à l'appel » : le
# secrétaire nommé en apposition, entre deux virgules (ou avant la fin de la phrase)
_EN_APPOSITION = re.compile(
    r"(?:^|[\s,;:])((?:m\.|mme|mr|monsieur|madame)\s(?:(?!\b(?:m\.|mme|monsieur|madame)\s)[^,;()]){2,60}?)"
    r",\s*secretaire\s+de\s+(?:la\s+)?seance\s*(?:[,.;]|$)"
)
_DEBUT_NOM = re.compile(
    r"(?:^|[,;.:]\s+)(?:et\s+)?(?=m\.|m\s|mr\b|mme\b|monsieur\b|madame\b|mlle\b|mademoiselle\b)"
)
_DESIGNER = re.compile(
    # (« Le conseil municipal nomme Mme X secrétaire de séance » ; « Le conseil désigne Mme X
    # pour assurer le secrétariat de la séance »)
    # (« désigner comme secrétaire de séance Mme X » : la qualité d'abord, le nom ensuite)
    r"(?:design|nomm)(?:er|ent|e)\s+(?!comme\s|en\s+qualite\s)(.{3,80}?)\s+(?:(?:comme|en\s+qualite\s+de|pour\s+(?:remplir|assurer)\s+les\s+"
    r"fonctions\s+de)\s+)?secretaire|design(?:er|ent|e)\s+(.{3,80}?)\s+pour\s+assurer\s+le\s+secretariat\b"
    r"|(?:design|nomm)(?:er|ent|e)\s+(?:comme|en\s+qualite\s+de)\s+secretaire(?:\s+de\s+(?:la\s+)?seance)?\s*:?\s+(.{3,80})"
)
# la formule des registres (L. 2121-15) : « … à la nomination d'un secrétaire pris dans le sein
# du conseil. M. X ayant obtenu la majorité des suffrages, a été désigné pour remplir ces
# fonctions » : la seconde phrase, souvent sur sa ligne, ne dit pas « secrétaire »
_REMPLIR_CES_FONCTIONS = re.compile(
    r"(?:^|[\s,;.:])((?:m\.|mme|mr|monsieur|madame)\s[^,;()]{2,60}?)\s*,?\s+ayant\s+obtenu\s+"
    # (« Madame X ayant obtenu la majorité des suffrages, elle a été désignée pour remplir ces
    # fonctions »)
    r"(?:la\s+)?majorite\s+(?:absolue\s+)?des\s+suffrages\s*,?\s+(?:(?:il|elle)\s+)?a\s+ete\s+(?:designee?|nommee?|elue?)"
    r"(?:\(e\))?\s+pour\s+remplir\s+(?:ces|cette)\s+fonctions?"
)
# (« … à la nomination d'un secrétaire pris dans le sein du conseil : Mme X a été désignée pour
# remplir ces fonctions » : sans le vote, la même phrase que « secrétaire » annonce)
# (« … Madame X est désignée pour remplir cette fonction », « … accepte de remplir cette fonction »)
_REMPLIR_CETTE_FONCTION = (
    r"(?:(?:a\s+ete|est)\s+(?:designee?|nommee?|elue?)(?:\(e\))?\s+pour|accepte\s+de)\s+remplir"
    r"\s+(?:ces|cette)\s+fonctions?\b"
)
_SECRETAIRE_PUIS_CES_FONCTIONS = re.compile(
    r"\bsecretaire\b[^.;]{0,120}?[:.]\s*((?:m\.|mme|mr|monsieur|madame)\s[^,;()]{2,60}?)\s*,?\s+"
    # (« …, à l'unanimité des suffrages, a été désigné … » : le vote entre virgules)
    r"(?:a\s+l'unanimite(?:\s+des\s+suffrages)?\s*,\s*)?"
    + _REMPLIR_CETTE_FONCTION
)
# « Madame X est désignée pour remplir cette fonction » en tête, la nomination d'un secrétaire
# annoncée juste avant (l'analyseur sait si elle l'a été)
_DESIGNE_POUR_CETTE_FONCTION = re.compile(
    r"^\s*((?:m\.|mme|mlle|mr|monsieur|madame)\s[^,;()]{2,60}?)\s*,?\s+" + _REMPLIR_CETTE_FONCTION
)
_DESIGNE_APRES_L_ANNONCE = re.compile(
    r":\s*((?:m\.|mme|mlle|mr|monsieur|madame)\s[^,;:()]{2,60}?)\s*,?\s+(?:a\s+ete|est)\s+"
    r"(?:designee?|nommee?|elue?)(?:\s+(?:secretaire(?:\s+de\s+seance)?|pour\s+remplir\s+(?:ces|cette)\s+fonctions?))?"
    r"\s*\.?\s*$"
)
_MOTS_REMPLIR_CES_FONCTIONS = mots_requis(_REMPLIR_CES_FONCTIONS, "fonction")
mots_requis(_SECRETAIRE_PUIS_CES_FONCTIONS, "fonction")
# « CASTEL Marc OFFICE DE TOURISME INTERCOMMUNAL » : après « NOM Prénom », des mots en capitales
# ne sont plus le nom (le prénom le ferme)
_NOM_PRENOM_PUIS_TITRE = re.compile(
    r"((?:(?:M\.|Mme|Monsieur|Madame)\s+)?[A-ZÉÈÀÂ'’\-]{2,}(?:\s+[A-ZÉÈÀÂ'’\-]{2,})*\s+"
    r"[A-ZÉÈ][a-zéèëêïîôç]+(?:-[A-ZÉÈ][a-zéèëêïîôç]+)?)\s+[A-ZÉÈÀÂ]{2,}\s+[A-ZÉÈÀÂ]"
)
_NOM_PRENOM_PUIS_PHRASE = re.compile(
    r"((?:(?:M\.|Mme|Monsieur|Madame)\s+)?[A-ZÉÈÀÂ'’\-]{2,}(?:\s+[A-ZÉÈÀÂ'’\-]{2,})*\s+"
    r"[A-ZÉÈ][a-zéèëêïîôç]+(?:-[A-ZÉÈ][a-zéèëêïîôç]+)?)\s+(?P<mot>[A-ZÉÈ][a-zéèëêïîôç]+)\s+[a-zéèàd]"
)


def _nom_puis_phrase(texte: str) -> re.Match[str] | None:
    """« FAURE Laure Vote des … » : le NOM Prénom, puis une phrase ; pas « DUPONT Marie Claire
    est … », dont le mot suivant est un second prénom."""
    trouve = _NOM_PRENOM_PUIS_PHRASE.match(texte)
    return trouve if trouve is not None and not prenom_usuel(trouve.group("mot")) else None
def sans_phrase_apres_le_nom(texte: str) -> str:
    """« FAURE Laure Vote des taux d'imposition » (texte aplati) : « FAURE Laure », le nom sans
    la phrase qui le suit ; le texte tel quel sinon.

    >>> sans_phrase_apres_le_nom("FAURE Laure Vote des taux d'imposition")
    'FAURE Laure'
    """
    trouve = _nom_puis_phrase(texte.strip())
    return trouve.group(1) if trouve is not None else texte


_FIN_NOM = re.compile(
    # (« MM. ROUX, BRUN » : le point de la civilité plurielle ne finit pas le nom)
    r"[;(]|,\s+(?!et\b)|(?<=[a-zà-ÿ]{2})\.(?:\s|$)|(?<=[A-ZÀ-Ý]{2})(?<!\bMM)\.(?:\s|$)|\s+[-=_*]{3}"
    r"|\s+[*•](?:\s|$)"  # « Madame X * AFFAIRES GENERALES » : la rubrique suivante (aplati)
    r"|\s+(?:qui|et\s+a|a\s+accepte|assist[ée]e?)\b"
    # « Mme Lucie X conseillère communautaire de la Commune de Y secrétaire » : sa qualité
    # (après le NOM : pas « Mme la 1ère adjointe Lise CARON »)
    r"|(?<=[A-ZÉÈ]{2})\s+(?=(?:conseill[eè]re?|adjointe?|d[ée]l[ée]gu[ée]e?|vice-pr[ée]sidente?)\s)"
    # « Madame MARCHAL de la Commune de Vauxmont, Secrétaire » : la commune qu'il représente
    r"|(?<=[A-ZÉÈ]{2})\s+(?=(?:de\s+la\s+|pour\s+la\s+)?(?i:commune|ville)\s+(?:de|d['’]|du|des)\b)"
    # « … : Mme X est désignée à l'unanimité »
    r"|\s+(?:est|a\s+été|a\s+ete)\s+(?:désigné|designe|nommé|nomme|élu|elu)e?s?\b"
    r"|\s+(?=(?:Le|La|Les|L'|Il|Elle|Objet|OBJET|Délibération|DELIBERATION|Réunion|Après|Vu|"
    r"Considérant|Ordre|Désignation|Approbation|AFFAIRES|Secrétaire|Rapporteur|Assistai\w*|"
    r"Séance|Prochaine?|Conformément|CONVOCATION|COMPTE\s+RENDU|ORDRE\s+DU\s+JOUR|PROC[EÈ]S|EXTRAIT)\b)"
    # (« Laurent » n'est pas « La » ; « … Mme X Secrétaire de mairie : Mme Y » : la rubrique suivante)
    r"|(?<!\bl[ae])\s+(?=\d)"  # (« Mme la 1ère adjointe Anne PETIT » : un rang, pas la suite)
)


# « La secrétaire de séance, Mme Anne MARTIN » : le bloc des signatures, en fin de document
_SECRETAIRE_SIGNATAIRE = re.compile(
    r"^\s*(?:le|la)\s+secr[ée]taire\s+de\s+s[ée]ance\s*,?\s*", re.IGNORECASE
)
_PERSONNE_SIGNATAIRE = re.compile(
    r"(?:(?i:m\.|mme|mlle|monsieur|madame)\s+)?[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+){1,3}"
)


def designe_apres_l_annonce(texte: str) -> str | None:
    """Après l'intitulé d'un point qui annonce la nomination du secrétaire, « … : Mme X a
    été désignée. » : X.

    >>> designe_apres_l_annonce(" (article L. 2121-15). : Mme Anne FAYOLLE a été désignée.")
    'Mme Anne FAYOLLE'
    """
    trouve = _DESIGNE_APRES_L_ANNONCE.search(_plat(texte)) if len(texte) <= 300 else None
    return texte[trouve.start(1) : trouve.end(1)] if trouve is not None else None


def designe_pour_cette_fonction(texte: str) -> str | None:
    """« Madame X est désignée pour remplir cette fonction », « Mme X accepte de remplir cette
    fonction » : X, qui n'est le secrétaire que si la phrase d'avant annonce sa nomination.

    >>> designe_pour_cette_fonction("Mme Anne FAYOLLE accepte de remplir cette fonction.")
    'Mme Anne FAYOLLE'
    """
    trouve = _DESIGNE_POUR_CETTE_FONCTION.match(_plat(texte)) if len(texte) <= 300 else None
    return texte[trouve.start(1) : trouve.end(1)] if trouve is not None else None


def secretaire_signataire(texte: str, suite: str = "") -> str | None:
    """Le secrétaire nommé dans le bloc des signatures (« La secrétaire de séance, Mme Anne
    MARTIN ») : une personne seule après l'intitulé, rien d'autre ; l'intitulé seul prend le
    nom de la ligne ``suite``.

    >>> secretaire_signataire("La secrétaire de séance, Mme Anne MARTIN")
    'Mme Anne MARTIN'
    >>> secretaire_signataire("Le secrétaire de séance,", suite="Anne MARTIN")
    'Anne MARTIN'
    >>> secretaire_signataire("Le secrétaire de séance, désigné en début de séance") is None
    True
    """
    trouve = _SECRETAIRE_SIGNATAIRE.match(texte)
    if trouve is None:
        return None
    reste = texte[trouve.end() :].strip(" .") or suite.strip(" .")
    personne = _PERSONNE_SIGNATAIRE.fullmatch(reste)
    return personne.group(0) if personne is not None else None


def _nom_seul(texte: str, plusieurs: bool = False) -> str | None:
    """Le nom en tête d'un texte (« Mme Nadine FAURE Délibération 2018-24… » → le nom) ;
    ``plusieurs`` : une liste (« M. A et Mme B ») est gardée entière."""
    if plusieurs and "," in texte[:120]:
        morceaux: list[str] = []
        for m in texte.split(",")[:6]:
            if morceaux and m.strip()[:1].islower():
                break  # « M. X, assistée de Mme Y », « Mme X, conseillère » : pas un autre nom
            coupe = _FIN_NOM.split(m.strip(), maxsplit=1)
            morceaux.append(coupe[0])
            if len(coupe) > 1 and coupe[1].strip():
                break  # « X Le quorum étant atteint, le Président … » : la phrase suivante
        return ", ".join(m.strip(" .:") for m in morceaux if m.strip(" .:")) or None
    nom = _FIN_NOM.split(texte.strip(), maxsplit=1)[0].strip(" ,:")
    if (titre := _NOM_PRENOM_PUIS_TITRE.match(nom) or _nom_puis_phrase(nom)) is not None:
        # « CASTEL Marc OFFICE DE TOURISME », « FAURE Laure Vote des taux … » : le titre ou la
        # phrase qui suit (aplati)
        nom = titre.group(1)
    # (« Mme MAURICE Fr. » : le point du prénom abrégé reste, lire_personne le garde)
    return (nom if PRENOM_ABREGE_FINAL.search(nom) else nom.strip(" ,.:")) or None


_DECOMPTES = tuple(
    (re.compile(motif), cle)
    for motif, cle in (
        # (« Exercice : 6 Présents : 4 » : l'en-tête « En exercice » d'un tableau sans son « En »)
        (r"en\s+exercice|\ben\s+fonctions?\b|^\s*exercice\s*$", "en_exercice"),
        # « Membre absent non représenté : 1 » : un absent, pas une procuration
        (r"\babsente?s?\s+non\s+represente(?:e|es|s)?\b", "absents"),
        # (« Excusé non représenté : 1 » : ni un absent non excusé, ni une procuration)
        (r"\bnon\s+represente(?:e|es|s)?\b", ""),
        # (« Nombre de conseiller absent excusé sans pouvoir : 1 » : ni une procuration, ni tous
        # les absents)
        (r"\bsans\s+(?:pouvoir|procuration)s?\b", ""),
        # (« Nombre de délégués présents et représentés : 53 » : ni les présents ni les
        # procurations, leur somme)
        (r"\bpresente?s?\s+(?:et|ou)\s+represente", ""),
        # (« Délégations de vote : 4 » d'une commission permanente de région)
        # (« Mandats : 3 » d'un conseil communautaire)
        (r"\b(?:procurations?|pouvoirs?|mandats?|representes?|representees?|delegations?\s+de\s+vote)\b", "procurations"),
        # « Nombre de délégués qui assistent à la séance : 17 »
        (r"\b(?:presents?|presentes?)\b|\bqui\s+assist(?:ent|aient)\b", "presents"),
        # « Ayant pris part à la délibération : 17 » (extrait de registre) ; « qui ont pris
        # part » / « à la délibération : 10 » : le libellé coupé, sa fin seule sur la ligne
        (r"\bvotants?\b|\b(?:ayant|qui\s+ont)\s+pris\s+part\b|^\s*a\s+la\s+deliberation\s*$", "votants"),
        (r"\babsente?s?\b", "absents"),  # (« Absente : 1 » : une seule absente)
        # (« Nombre de membres excusés : 3 » : ni l'effectif, ni un nombre que la séance retient)
        (r"\bexcusee?s?\b", ""),
        # « Effectif légal », « Effectif du conseil », « membres afférents au conseil »
        # (« Nombre de délégués : 9 » d'un comité : l'effectif, comme « Nombre de conseillers »)
        (r"\b(?:membres|effectif\s+(?:legal|du\s+conseil)|conseillers|elus|afferents?|delegues)\b", "membres"),
    )
)
_EN_LETTRES = r"(\d{1,4}|[a-z]+(?:-[a-z]+){0,3})"
# « huit conseillers présents sur onze en exercice », « Cinq conseillers étant présents sur les
# sept membres en exercice »
_PRESENTS_SUR = re.compile(
    rf"\b{_EN_LETTRES}\s+(?:conseillers|membres|delegues)\s+(?:(?:etant|sont|etaient)\s+)?presents"
    rf"\s+sur\s+(?:les\s+)?{_EN_LETTRES}\s+(?:(?:conseillers|membres|delegues)\s+)?en\s+exercice"
    rf"(?:\s*,?\s*soit\s+{_EN_LETTRES}\s+votants)?"
)
# « Quorum : 18 membres présents sur 26 – Votants : 21 » : les présents (le total n'est pas dit
# « en exercice »)
_QUORUM_PRESENTS = re.compile(
    rf"\bquorum\s*:\s*{_EN_LETTRES}\s+(?:conseillers|membres|delegues)\s+presents\b"
)
_AVEC_PRESENTS = re.compile(
    rf"\bavec\s+{_EN_LETTRES}\s+(?:conseillers|membres|delegues)\s+presents"
)
_LIBELLE_NOMBRE_SEUL = re.compile(
    # « Membres présents 4 », « Nombre de conseillers présents 11 » (tableau aplati sans deux-points)
    r"^\s*(?:nombre\s+d(?:e\s+|')\s*)?(?:(?:membres|conseillers(?:\s+municipaux)?|delegues)\s+)?"
    r"(en\s+exercice|presents|votants|representes|procurations|pouvoirs|absents)\s+(\d{1,4})\s*$"
)
_SANS_DEUX_POINTS = re.compile(
    r"\b(en\s+exercice|presents|votants|representes|procurations|pouvoirs)\s+(\d{1,4})\b"
)


def _valeur(texte: str) -> int | None:
    return int(texte) if texte.isdigit() else nombre_en_lettres(texte)


_LIBELLE_EN_LETTRES = re.compile(
    r"\s*([a-z' ]{3,60}?)\s*:\s*([a-z]+(?:[\s-][a-z]+){0,3})\s*[.;,]?\s*"
)


# (« Nombre de membres : 21/08/2013 » : le jour d'une date n'est pas un nombre de membres)
# (« Présents : 1. M. Paul ROUX 2. Mme … » : le premier rang d'une liste, pas un nombre)
_LIBELLE_NOMBRE = re.compile(
    r"([a-z' ]{3,90}?)\s*[:=]\s*(?!1\s*[.)\-–]\s*(?:m\.|mme|mlle|mm\.|monsieur|madame)\s)"
    # (« … aux communes membres : 2019-95 » : un numéro de délibération, pas un effectif)
    r"(\d{1,4})\b(?![/.]\d{1,2}[/.]\d)(?!(?<=\d{4})[-/]\d)"
    # (« Nombre de conseillers   Date de la convocation : 7 novembre 2019 » : une date, colonnes
    # fusionnées, pas sept conseillers)
    r"(?!\s*(?:er\s+)?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre"
    r"|novembre|decembre)\b)"
)
# (« Conseillers en exercice = 6 ; Présents = 4 » : le signe égal vaut les deux-points)
_DEUX_POINTS_CHIFFRES = re.compile(r"[:=]\s*\d+")
_EN_EXERCICE_APRES = re.compile(r"\s+(?:(?:conseillers|membres|delegues|elus)\s+)?en\s+exercice\b(?!\s*:)")


def libelles_nombres(plat: str) -> Iterator[re.Match[str]]:
    """Les mêmes correspondances que ``_LIBELLE_NOMBRE.finditer(plat)``, cherchées seulement
    devant chaque « : » suivi d'un nombre : un libellé ne traverse pas un « : » et tient en
    90 caractères, la recherche reste donc linéaire (au lieu de repartir de chaque position).

    >>> [m.groups() for m in libelles_nombres("presents : 12 ; note : vu ; votants : 14")]
    [('presents', '12'), (' votants', '14')]
    """
    reprise = 0  # fin de la correspondance précédente
    for nombre in _DEUX_POINTS_CHIFFRES.finditer(plat):
        colon = nombre.start()
        fin_libelle = colon
        while fin_libelle > reprise and plat[fin_libelle - 1].isspace():
            fin_libelle -= 1
        debut = max(reprise, plat.rfind(":", 0, colon) + 1, fin_libelle - 90)
        trouve = _LIBELLE_NOMBRE.search(plat, debut, nombre.end() + 20)  # (le mois qui suit)
        if trouve is not None:
            reprise = trouve.end()
            yield trouve
_DENOMBRE_PRESENTS = re.compile(
    r"(?:denombre|compte)\s+(\w+(?:[\s-]\w+)?)\s+(?:conseillers|membres)\s+presents"
)
_LIBELLE_DE_VOTE = re.compile(
    r"pour|contre|abstention|prononce|exprimes|majorite|blancs|nuls|quorum"
)
_INDICE_DECOMPTE_EN_PHRASE = re.compile(
    r"denombre|presents\s+sur|avec\s+\w+\s+membres|(?:exercice|presents|votants)\s*:\s*[a-z]"
    r"|(?:conseillers|membres|delegues)\s+presents"
    r"|\ben\s+exercice\s*[,;]"  # « Vingt-deux délégués en exercice, dix-sept présents, … »
    r"|\d\s+etaient\s+presents"  # « Sur les 29 élus que compte le conseil, 21 étaient présents »
    r"|(?:conseillers|membres|delegues)\s+(?:sont|etant|etaient)\s+presents"  # « huit conseillers sont présents »
    r"|\bafferents?\b[^:]{0,40}:\s*[a-z]"  # « Nombre de membres afférents au Conseil municipal : neuf »
    r"|\beffectif\s+(?:legal|du\s+conseil)\s*:\s*[a-z]"  # « Effectif légal : quinze. » (seul)
    r"|\breuni(?:e|s|es)?\b[^.;]{0,80}?\bau\s+nombre\s+de\s+[a-z]"  # « … réunis au nombre de cinq »
)
# « … les membres … se sont réunis en Mairie au nombre de 5 » : les présents
_REUNIS_AU_NOMBRE = re.compile(rf"\breuni(?:e|s|es)?\b[^.;]{{0,80}}?\bau\s+nombre\s+de\s+{_EN_LETTRES}\b")
# « Sur les 29 élus que compte le conseil, 21 étaient présents » (récit) : l'effectif et les présents
_SUR_LES_ELUS = re.compile(
    rf"\bsur\s+les\s+{_EN_LETTRES}\s+(?:elus|conseillers|membres)\s+que\s+compte\s+le\s+conseil"
    rf"(?:\s+municipal)?\s*,\s*{_EN_LETTRES}\s+(?:etaient|sont)\s+presents\b"
)
# « sept conseillers présents. », « Le nombre de conseillers présents étant de 4, … »
_PRESENTS_EN_PHRASE = re.compile(
    rf"^\s*{_EN_LETTRES}\s+(?:conseillers|membres|delegues)\s+(?:municipaux\s+)?presents\s*[.;,]?\s*$"
    rf"|\bnombre\s+de\s+(?:conseillers|membres|delegues)\s+presents\s+(?:etant|est)\s+de\s+{_EN_LETTRES}\b"
)
# « 15 conseillers en exercice, 4 présents, 4 votants » : le nombre avant le libellé
# (trois chiffres au plus : « … 18 septembre 2024 Conseillers en exercice = 6 » ne dit pas 2024
# conseillers en exercice ; aucune assemblée n'en compte mille)
_NOMBRE_EST_DE = re.compile(
    r"\ble\s+nombre\s+d(?:e|es)\s+((?:conseillers\s+|membres\s+)?(?:presents|votants|absents|en\s+exercice))"
    r"\s+est\s+de\s+(\d{1,3})\b"
)
_PRESENTS_A_L_OUVERTURE = re.compile(
    r"\s*(\d{1,3})\s+(?:(?:conseillers|membres|delegues)\s+)?presents\s+"
    r"(?:a\s+l'\s*ouverture\s+de\s+la\s+(?:seance|reunion)|en\s+debut\s+de\s+(?:seance|reunion))\b"
)
_NOMBRE_PUIS_LIBELLE = re.compile(
    r"(?:^|[\s,;(])(\d{1,3})\s+(?:(?:conseillers|membres|delegues)\s+)?(en\s+exercice|presents|votants)\b"
)
# Bornes d'un décompte écrit en lettres dans une phrase ou une suite de décomptes
# « Présents : dix Votants : onze » : en rangée sans ponctuation, le libellé suivant sépare
_LIBELLE_DE_RANGEE = r"(?:votants|presents|absents|excuses|representes|procurations|pouvoirs)\s*:"
# (« Nombre de conseillers : en exercice : onze - présents : neuf » : le libellé après un
# intitulé commun et ses deux-points)
# (« … avec douze membres présents et quatorze votants » : le dernier décompte d'une phrase
# après « et », ou le premier après « avec »)
_AVANT_DECOMPTE = rf"(?:^|[.;,/:\u2013\u2014]\s*|\s-\s|\s(?:et|avec)\s+|\s(?={_LIBELLE_DE_RANGEE}))"
_APRES_DECOMPTE = rf"(?:\s*(?=[.;,/\u2013\u2014]|\s-\s|-?\s*$)|(?=\s+{_LIBELLE_DE_RANGEE}))"
# « Conseillers en exercice : onze – présents : sept – votants : neuf. », « Présents : sept,
# puis huit à partir du point 3. » : chaque libellé suivi d'un nombre en lettres, jusqu'à la
# ponctuation (la suite de la phrase n'est pas lue)
_LIBELLE_LETTRES_FLUX = re.compile(
    rf"{_AVANT_DECOMPTE}([a-z' ]{{3,60}}?)\s*:\s*({NOMBRE_LETTRES}){_APRES_DECOMPTE}"
)
_DEUX_POINTS_LETTRES = re.compile(rf":\s*(?:{NOMBRE_LETTRES}){_APRES_DECOMPTE}")
# « Vingt-deux délégués en exercice, dix-sept présents à l'ouverture, dix-neuf votants »
# (« Sept conseillers présents, un pouvoir, soit huit votants » : les pouvoirs, « soit » devant
# le total)
_LETTRES_PUIS_LIBELLE = re.compile(
    rf"{_AVANT_DECOMPTE}(?:soit\s+)?({NOMBRE_LETTRES})\s+(?:(?:conseillers|delegues|membres)\s+)?"
    r"(en\s+exercice|presents|votants|pouvoirs?\b|procurations?\b)\b"
)
# « le conseil municipal, composé de onze membres en exercice, s'est réuni … »
_COMPOSE_DE_LETTRES = re.compile(
    rf"\bcompose\s+de\s+({NOMBRE_LETTRES})\s+(?:conseillers|delegues|membres)\s+"
    r"(?:municipaux\s+)?en\s+exercice\b"
)


def _decomptes_en_lettres(plat: str) -> list[tuple[str, int]]:
    """Les décomptes écrits en lettres, libellé d'abord (« présents : sept ») ou nombre
    d'abord (« dix-sept présents ») ; nombre d'abord, il en faut deux dans la phrase, dont
    les membres en exercice (« deux présents » seul n'est pas un décompte).

    >>> _decomptes_en_lettres("conseillers en exercice : onze \u2013 presents : sept \u2013 votants : neuf.")
    [('en_exercice', 11), ('presents', 7), ('votants', 9)]
    >>> _decomptes_en_lettres("vingt-deux delegues en exercice, dix-sept presents a l'ouverture, dix-neuf votants.")
    [('en_exercice', 22), ('presents', 17), ('votants', 19)]
    >>> _decomptes_en_lettres("presents : sept, puis huit a partir du point 3.")
    [('presents', 7)]
    """
    resultats: list[tuple[str, int]] = []
    # (recherche rapide d'abord : elle ne part que des deux-points)
    flux = _LIBELLE_LETTRES_FLUX.finditer(plat) if _DEUX_POINTS_LETTRES.search(plat) else ()
    for trouve in flux:
        libelle, valeur = trouve.group(1), nombre_en_lettres(trouve.group(2))
        if valeur is None or _LIBELLE_DE_VOTE.search(libelle):
            continue
        cle = next((c for motif, c in _DECOMPTES if motif.search(libelle)), None)
        if cle:
            resultats.append((cle, valeur))
    if resultats or ("exercice" not in plat and "votants" not in plat):
        return resultats
    nombres = [
        (_CLE_APRES_NOMBRE[t.group(2)[:3]], v)
        for t in _LETTRES_PUIS_LIBELLE.finditer(plat)
        if (v := nombre_en_lettres(t.group(1))) is not None
    ]
    compose = _COMPOSE_DE_LETTRES.search(plat)
    exercice = nombre_en_lettres(compose.group(1)) if compose is not None else None
    # (les présents et les votants d'une phrase à eux, l'effectif dit ailleurs ; « composé de
    # quinze membres en exercice, … avec douze membres présents et quatorze votants » : les trois)
    if len(nombres) >= 2 and any(cle in ("en_exercice", "votants") for cle, _v in nombres):
        if exercice is not None and all(cle != "en_exercice" for cle, _v in nombres):
            return [("en_exercice", exercice), *nombres]
        return nombres
    return [("en_exercice", exercice)] if exercice is not None else []


_CLE_APRES_NOMBRE = {
    "en ": "en_exercice",
    "pre": "presents",
    "vot": "votants",
    "pou": "procurations",
    "pro": "procurations",
}
_TITULAIRES_SUPPLEANTS = re.compile(r"titulaires?|suppleante?s?")
# « Conseillers titulaires élus : 10 », « … en fonction : 10 », « Délégués titulaires en
# exercice : 24 », « … présents : 8 »,
# « Conseiller suppléant présent : 1 » : décomptes d'un comité qui distingue les qualités
# (« Délégués titulaires : 12 » seul, en tête des décomptes d'un comité : les sièges des
# titulaires, les membres en exercice)
_DECOMPTE_PAR_QUALITE = re.compile(
    r"\b(?:conseill|deleg|membr)[a-z]*\s+(?P<qui>titulaire|suppleant)e?s?"
    r"(?:\s+(?P<quoi>elue?s?|en\s+fonctions?|en\s+exercice|presente?s?))?\s*$"
)
_CLES_PAR_QUALITE = {
    ("titulaire", ""): "en_exercice",
    ("titulaire", "el"): "membres",
    ("titulaire", "en"): "en_exercice",
    ("titulaire", "pr"): "presents_titulaires",
    ("suppleant", "pr"): "presents_suppleants",
}


def _decompte_par_qualite(libelle: str) -> str | None:
    """La clé d'un décompte par qualité (titulaires élus, en fonction, présents ; suppléants
    présents), ou rien : ``presents_titulaires`` et ``presents_suppleants`` sont des parties
    des présents, pas leur nombre.

    >>> _decompte_par_qualite("conseillers titulaires en fonction")
    'en_exercice'
    >>> _decompte_par_qualite("conseiller suppleant present")
    'presents_suppleants'
    >>> _decompte_par_qualite("conseillers suppleants elus") is None
    True
    """
    trouve = _DECOMPTE_PAR_QUALITE.search(libelle)
    if trouve is None:
        return None
    return _CLES_PAR_QUALITE.get((trouve.group("qui"), (trouve.group("quoi") or "")[:2]))

_TITULAIRES_ET_SUPPLEANTS = re.compile(r"titulaires\s+(?:et|ou)\s+suppleants")


_MOTS_DECOMPTE_EN_PHRASE = mots_requis(
    _INDICE_DECOMPTE_EN_PHRASE, "denombre", "presents", "membres", "exercice", "votants", "afferent",
    "effectif", "nombre",
)

_MOTS_PRESENTS_SUR = mots_requis(_PRESENTS_SUR, "exercice")
_MOTS_AVEC_PRESENTS = mots_requis(_AVEC_PRESENTS, "avec")
_MOTS_DENOMBRE = mots_requis(_DENOMBRE_PRESENTS, "denombre", "compte")


_PRESENTS_PAR_QUALITE = re.compile(r"presents?(?:\s+ce\s+jour)?\s*:\s*(?=(?:delegues\s+)?titulaires\s*:)")
_QUALITE_DES_PRESENTS = re.compile(r"\b(?:delegues\s+)?(titulaires|suppleants)\s*:")


# (pas « Le quorum est atteint avec cinq conseillers présents sur sept » : le compte de la séance)
_SEUIL_DU_QUORUM = re.compile(r"\brappel\s+du\s+quorum\b|\bquorum\b[^.;]{0,40}?\b(?:fixe\s+a|est\s+de)\s")


def decomptes(texte: str) -> list[tuple[str, int]]:
    """Les nombres annoncés : « Nombre de membres en exercice : 86 », « Présents : 16 / Votants : 17 »."""
    if not _a_un_chiffre(texte) and not (
        contient_un(_plat(texte), _MOTS_DECOMPTE_EN_PHRASE)
        and _INDICE_DECOMPTE_EN_PHRASE.search(_plat(texte))
    ):
        return []
    plat = _plat(texte)
    if "(s)" in plat:
        plat = plat.replace("(s)", "s")  # « Nombre de pouvoir(s) : 1 »
    if plat[:7] == "present" and (qualites := _PRESENTS_PAR_QUALITE.match(plat)) is not None:
        # « Présents ce jour : Titulaires : 6 - Suppléants : 1 - Procurations : 2 » : les parties
        # des présents, chacune dite par sa qualité
        plat = _QUALITE_DES_PRESENTS.sub(r"delegues \1 presents :", plat[qualites.end() :])
    resultats: list[tuple[str, int]] = []
    for trouve in libelles_nombres(plat):
        libelle = trouve.group(1)
        if _LIBELLE_DE_VOTE.search(libelle):
            continue
        if _EN_EXERCICE_APRES.match(plat, trouve.end()):
            # « Conseillers : 23 en exercice – 19 présents » : le mot après le nombre le dit
            resultats.append(("en_exercice", int(trouve.group(2))))
            continue
        if (par_qualite := _decompte_par_qualite(libelle)) is not None:
            resultats.append((par_qualite, int(trouve.group(2))))
            continue
        if _TITULAIRES_SUPPLEANTS.search(libelle) and not _TITULAIRES_ET_SUPPLEANTS.search(libelle):
            continue  # une partie seulement des présents
        for motif, cle in _DECOMPTES:
            # (aucune assemblée n'a mille membres : « Exercice : 2024 » est une année)
            if motif.search(libelle) and len(trouve.group(2)) <= 3:
                resultats.append((cle, int(trouve.group(2))))
                break
    if not resultats and (seul := _LIBELLE_NOMBRE_SEUL.match(plat)) is not None:
        for motif, cle in _DECOMPTES:
            if motif.search(seul.group(1)):
                resultats.append((cle, int(seul.group(2))))
                break
    if "exercice" in plat and not resultats:
        for trouve in _SANS_DEUX_POINTS.finditer(plat):
            for motif, cle in _DECOMPTES:
                if motif.search(trouve.group(1)):
                    resultats.append((cle, int(trouve.group(2))))
                    break
    if not resultats and (lettres := _LIBELLE_EN_LETTRES.fullmatch(plat)) is not None:
        valeur = nombre_en_lettres(lettres.group(2))  # « Conseillers en exercice : onze. »
        for motif, cle in _DECOMPTES:
            if valeur is not None and motif.search(lettres.group(1)):
                resultats.append((cle, valeur))
                break
    if not resultats:
        resultats = _decomptes_en_lettres(plat)
    if not resultats and "exercice" in plat:
        for trouve in _NOMBRE_PUIS_LIBELLE.finditer(plat):
            cle = next(c for m, c in _DECOMPTES if m.search(trouve.group(2)))
            resultats.append((cle, int(trouve.group(1))))
    resultats += _rangee_nombres_puis_libelles(plat, {cle for cle, _v in resultats})
    if not resultats and "est de" in plat:
        # « Le nombre de présents est de 5, le nombre de votants est de 6 dont 1 procuration »
        for trouve in _NOMBRE_EST_DE.finditer(plat):
            lue = next((c for m, c in _DECOMPTES if c and m.search(trouve.group(1))), None)
            if lue is not None:
                resultats.append((lue, int(trouve.group(2))))
        if resultats and (dont := _DONT_PROCURATIONS.search(plat)) is not None:
            resultats.append(("procurations", int(dont.group(1))))
    if not resultats and "presents" in plat and (ouverture := _PRESENTS_A_L_OUVERTURE.match(plat)):
        resultats.append(("presents", int(ouverture.group(1))))  # « 19 présents à l'ouverture de la séance »
    if "quorum" in plat and _SEUIL_DU_QUORUM.search(plat):
        return resultats  # « Rappel du quorum : il est atteint avec 7 membres présents » : un seuil
    phrase = _PRESENTS_EN_PHRASE.search(plat) if not resultats and "presents" in plat else None
    if phrase is not None and (v := _valeur(phrase.group(1) or phrase.group(2))) is not None:
        resultats.append(("presents", v))
    if "au nombre" in plat and (reunis := _REUNIS_AU_NOMBRE.search(plat)) and (v := _valeur(reunis.group(1))):
        resultats.append(("presents", v))
    sur = _PRESENTS_SUR.search(plat) if contient_un(plat, _MOTS_PRESENTS_SUR) else None
    if sur is not None:
        for cle, groupe in (("presents", 1), ("en_exercice", 2), ("votants", 3)):
            if sur.group(groupe) and (valeur := _valeur(sur.group(groupe))) is not None:
                resultats.append((cle, valeur))
    if (
        contient_un(plat, _MOTS_AVEC_PRESENTS)
        and (avec := _AVEC_PRESENTS.search(plat)) is not None
        and (v := _valeur(avec.group(1)))
    ):
        resultats.append(("presents", v))
    quorum = _QUORUM_PRESENTS.search(plat) if sur is None and "quorum" in plat else None
    if quorum is not None and (v := _valeur(quorum.group(1))) is not None:
        resultats.append(("presents", v))
    for trouve in _DENOMBRE_PRESENTS.finditer(plat) if contient_un(plat, _MOTS_DENOMBRE) else ():
        valeur = nombre_en_lettres(trouve.group(1))
        if valeur is not None:
            resultats.append(("presents", valeur))
    if contient_un(plat, _MOTS_PRESENTS_PARMI) and (parmi := _PRESENTS_PARMI.search(plat)) is not None:
        # « Étaient présents 7 des élus délégués sur les 9 » : 7 présents (les 9 : ni effectif
        # légal ni en exercice écrit)
        resultats.append(("presents", int(parmi.group(1))))
    if "que compte" in plat and (elus := _SUR_LES_ELUS.search(plat)) is not None:
        for cle, valeur in (("membres", _valeur(elus.group(1))), ("presents", _valeur(elus.group(2)))):
            if valeur is not None:
                resultats.append((cle, valeur))
    if (somme := _PRESENTS_PLUS_POUVOIRS.match(plat)) is not None:
        # « Effectif valable : 7 + 4 procurations /11 » : présents et procurations
        resultats += [("presents", int(somme.group(1))), ("procurations", int(somme.group(2)))]
    # « A l'ouverture de la séance, 9 délégués étaient présents ; 2 avaient donné pouvoir »
    for trouve in _PHRASE_DECOMPTE.finditer(plat) if contient_un(plat, _MOTS_PHRASE_DECOMPTE) else ():
        if trouve.group(1).isdigit():
            valeur = int(trouve.group(1))
        elif "quorum" in plat or "constat" in plat:
            # en lettres, seulement dans la phrase du quorum (« Le Maire constate que huit
            # conseillers sont présents et que le quorum est atteint ») : « trois conseillers
            # étaient présents » dans l'exposé d'un point n'est pas un décompte de la séance
            valeur = nombre_en_lettres(trouve.group(1))
        else:
            valeur = None
        if valeur is not None and valeur != 1 and _VERBE_AU_SINGULIER.search(trouve.group(0)):
            valeur = None  # (« le point 3 a donné … » : le singulier ne compte qu'une personne)
        if valeur is not None:
            resultats.append(("presents" if trouve.group(2) else "procurations", valeur))
    return [(cle, valeur) for cle, valeur in resultats if cle]  # (« non représenté » : rien)


# « 9 présents, 2 pouvoirs, 11 votants », « — 7 présents, 1 pouvoir, 8 votants » : chaque
# nombre avant son libellé (rangée séparée par des virgules, ou dans un texte aplati)
_NOMBRE_PUIS_MOT = re.compile(
    r"(?<![\w:])(\d{1,3})\s+(presents|pouvoirs?|procurations?|representes|votants)\b"
)
_CLE_DU_MOT = {"pr": "presents", "po": "procurations", "re": "procurations", "vo": "votants"}


def _rangee_nombres_puis_libelles(plat: str, deja: set[str]) -> list[tuple[str, int]]:
    """Les nombres écrits avant leur libellé, quand la rangée dit au moins les présents et
    les votants (« deux présents » seul n'est pas un décompte) ; un libellé déjà lu ne l'est
    pas deux fois.

    >>> _rangee_nombres_puis_libelles("9 presents, 2 pouvoirs, 11 votants.", set())
    [('presents', 9), ('procurations', 2), ('votants', 11)]
    >>> _rangee_nombres_puis_libelles("deux presents, 3 votants", set())
    []
    """
    if "votants" not in plat or "present" not in plat:
        return []
    trouves = [(_CLE_DU_MOT[t.group(2)[:2]], int(t.group(1))) for t in _NOMBRE_PUIS_MOT.finditer(plat)]
    cles = [cle for cle, _v in trouves]
    if not {"presents", "votants"} <= set(cles) or len(cles) != len(set(cles)):
        return []
    return [(cle, v) for cle, v in trouves if cle not in deja]


_PRESENTS_PARMI = re.compile(
    r"\b(?:etaient|sont)\s+presente?s?\s+(\d{1,4})\s+(?:des\s+|de\s+nos\s+)?(?:elus\s+)?"
    r"(?:delegues|membres|conseillers|elus)\b(?:\s+[a-z]+){0,2}\s+sur\s+(?:les\s+)?\d{1,4}\b"
)
_PRESENTS_PLUS_POUVOIRS = re.compile(
    r"\s*effectif\s+(?:valable|votant)\s*:\s*(\d{1,4})\s*"
    r"(?:presents?\s*)?\+\s*(\d{1,4})\s+(?:procurations?|pouvoirs?)\b"
)
# (« Le Maire constate que huit conseillers sont présents » : le nombre en lettres aussi)
_PHRASE_DECOMPTE = re.compile(
    rf"\b{_EN_LETTRES}\s+(?:(delegues|membres|conseillers)\s+(?:etaient|sont)\s+presents\b"
    # (« 1 avait donné pouvoir écrit de voter en son nom » : le singulier aussi)
    r"|(?:avaient|avait|ont|a)\s+donne\s+(?:(?:un|leur|son)\s+)?(?:pouvoir|procuration))"
)
_VERBE_AU_SINGULIER = re.compile(r"\s(?:a|avait)\s+donne\b")
_MOTS_PRESENTS_PARMI = mots_requis(_PRESENTS_PARMI, "etaient", "sont")
_MOTS_PHRASE_DECOMPTE = mots_requis(_PHRASE_DECOMPTE, "presents", "donne")


# ------------------------------------------------------------------ présences


@attrs.frozen
class Section:
    """Un titre de liste : présents, absents, procurations ; ``reste`` : la suite de la ligne ;
    ``representes`` : la liste des présents nomme aussi les représentés (« Présents ou
    représentés : »)."""

    nom: str
    reste: str
    excuses: bool = False
    representes: bool = False


_MOTS_INTITULE = frozenset(
    [
        "etaient",
        "etait",
        "siegent",  # « Siègent : », « Siégeaient : » : les membres qui siègent, présents
        "siegeaient",
        "siegeait",
        "sont",
        "est",
        "membres",
        "membre",
        "conseillers",
        "conseiller",
        "conseillere",  # « Conseillère absente non excusée » (une seule)
        "conseilleres",
        "municipaux",
        "municipales",
        "communautaires",
        "delegues",
        "delegue",
        "deleguees",
        "deleguee",
        "elus",
        "elu",
        "titulaires",
        "titulaire",
        "suppleants",
        "suppleant",
        "suppleantes",
        "suppleante",
        "presents",
        "present",
        "presente",
        "presentes",
        "absents",
        "absent",
        "absente",
        "absentes",
        "absence",  # « Absence excusée : X » (« Absence de quorum : » n'est pas un intitulé)
        "absences",
        "excuses",
        "excuse",
        "excusee",
        "excusees",
        "representes",
        "represente",
        "representee",
        "representees",
        "par",
        "pouvoir",
        "pouvoirs",
        "procuration",
        "procurations",
        "mandats",
        "mandat",  # « Absents excusés ayant donné mandat de vote : »
        "representation",  # « Représentation : X par Y »
        "representations",
        "votes",  # « Votes par procuration : X à Y »
        "s",  # « S'est excusé : X », « Se sont excusés : Y »
        "se",
        "ses",  # « Absent ayant présenté ses excuses : X »
        "leurs",
        "ayant",
        "avaient",  # « Etaient absents et avaient donné pouvoir : X à Y »
        "avait",
        "donne",
        "remis",  # « Absents excusés ayant remis un pouvoir : X à Y »
        "un",
        "une",
        "avec",
        "et",
        "non",
        "les",
        "la",
        "a",
        "seance",
        "suivants",
        "suivantes",
        "de",
        "vote",
        "delegation",
        "delegations",
        "voix",
        "deliberative",
        "deliberatives",
        "mesdames",
        "messieurs",
        "mm",
        "mmes",
        "ou",
        "sans",
        "ont",
        "assistent",
        "assistaient",
        "assistait",
        "assiste",
        "assistants",
        "assistant",
        "invites",
        "invitees",
        "invite",
        "egalement",
        "aussi",
        "personnes",
        "autres",
        "participaient",
        "permanents",
        "permanentes",
        "consultatifs",
        "consultatif",
        "consultatives",
    ]
)
# (« Présents (4) : … » : le nombre entre parenthèses n'est pas du titre)
# (« -   Délégués : Messieurs A, B » : un intitulé de sous-liste à puce, copié d'un traitement
# de texte)
_INTITULE = re.compile(
    # (« Absents excusés (3 dont 2 pouvoirs) : » : le compte de la liste, et de ses pouvoirs)
    r"^\s*(?:[-–•]\s+)?(?P<titre>[a-z][a-z' ,()\-/]{2,100}?)\s*"
    # (« Procurations (5/6) : » : deux comptes, l'un pour une partie des points)
    r"(?:\(\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s+dont\s+\d{1,3}\s+[a-z]{3,12})?\)\s*)?(?::|$)"
)
# « Étaient présents, MM. les Conseillers généraux des cantons de : » : le point de la
# civilité plurielle n'arrête pas l'intitulé (remplacé par une espace, même longueur)
_CIVILITE_PLURIELLE_POINT = avec_garde("m", re.compile(r"(?<=,\s)(mm|mmes)\."))
_INTITULE_MAX = 101
_SUITE_D_INTITULE = re.compile(r"[A-ZÉÈÀ][A-ZÉÈÀ' ]{1,40}:|(?i:suppl[ée]ants?|titulaires?)\s*:")
_NOM_PUIS_PRENOM = re.compile(
    r"(?:(?:M\.|MM\.|Mme|Mmes|Monsieur|Madame)\s+)?(?:[A-ZÉÈ]{2}[A-ZÉÈ'’\-]*(?:\s+[A-ZÉÈ]{2}[A-ZÉÈ'’\-]*)?\s+[A-ZÉÈ][a-zéèêëïîôç]"
    r"|[A-ZÉÈ][a-zéèêëïîôç]+(?:-[A-ZÉÈ][a-zéèêëïîôç]+)?\s+[A-ZÉÈ]{2})"
)
_SANS_DEUX_POINTS_INTITULE = re.compile(
    # (« Etaient présents KERBOUL Jean, … Etaient excusés RIOU Yves » : le verbe devant)
    r"^\s*(?:(?:etaient|sont|etait)\s+(?=(?:presents|absente?s?|excusee?s?)\s))?"
    r"((?:present|excuse|absent|suppleant|represente)\(e\)s|pouvoirs?|procurations?"
    # « Présents X, Y », « Absents excusés X et Y », « Ont donné procuration – Suppléant(e)s A à
    # B » : intitulés d'un extrait de registre sans deux-points (le nom suit, en capitale)
    # (« Représentés Mme X représentée par M. Y », « Absents représentés Mme X par M. Y » : le
    # titre `<h2>` d'une page web, sans deux-points ; avant « absents » seul)
    r"|(?:absente?s\s+)?representee?s"
    r"|presents\s+en\s+qualite\s+de\s+titulaires?"
    r"|presents|absents\s+(?:non\s+|ou\s+)?excuses|absents\s+non\s+representes|absents|excuses"
    r"|(?<=etait\s)(?:absente?|excusee?)"  # « Etait absent M. X. »
    r"|ont\s+donne\s+(?:procuration|pouvoir)(?:\s+[-–]\s+suppleant\(e\)s)?"
    r"|assist(?:ent|aient|ait)(?:\s+(?:sans\s+voix\s+deliberatives?|egalement|aussi|en\s+outre\s+a\s+la\s+seance))?"
    r"|membres\s+suppleants\s+remplacants\s+un\s+membre\s+titulaire)\s+"
    # (« PRESENTS PAR PROCURATION : », « EXCUSES REPRESENTES PAR POUVOIR : » : un intitulé
    # entier, lu avec ses deux-points)
    r"(?!(?:par|representee?s?|excusee?s?)\s)"
)
_CLES_INTITULE = re.compile(
    r"present|absent|excuse|represent|pouvoir|procuration|mandats|suppleant|assist|invit|egalement"
)


_MOT_MINUSCULE = re.compile(r"[a-z]+")
_INTITULE_AUTRES = re.compile(
    # (« MEMBRES CONSULTATIFS PRESENTS : » d'une commune nouvelle : des non-élus)
    r"assist|invit|egalement|aussi|sans\s+voix|autres|participaient|consultati"
)
_INTITULE_ABSENTS = re.compile(r"absent|excuse")
_PRENANT_PART_AU_VOTE = re.compile(r"\bprenant\s+part\s+aux?\s+votes?\b")
_SANS_VOTE = re.compile(r"\bsans\s+(?:droit\s+de\s+)?vote\b")
# « Assistaient à la séance : X, Y » seul (pas « Assistaient également à la séance », « … sans
# voix délibérative ») : la liste des membres présents d'un compte rendu de commune
_ASSISTAIENT_A_LA_SEANCE = re.compile(r"assist(?:ent|aient|ait)(?:\s+en\s+outre)?\s+a\s+la\s+seance")
_PERSONNEL = frozenset(("agent", "agents", "personnel", "salarie", "salaries", "salariee", "salariees"))
_AUXILIAIRES = frozenset(("auxiliaire", "auxiliaires"))
_SOUS_INTITULE_FONCTION = re.compile(r"vice\s+presidente?s?|membres|syndics")  # (« Syndics : » d'un syndicat de rivière)
_NON_EXCUSE = re.compile(r"(?:non|sans)\s+excuse")
_SOUS_INTITULE = re.compile(r"membres|delegues|conseillers|titulaires|elus")
_INTITULE_PROCURATIONS = re.compile(r"pouvoir|procuration|represent|delegation|mandats?\b")
_SUPPLEANTS_AVEC_VOIX = re.compile(r"suppleants?\s+(?:avec|ayant)\s+voix")
_DELEGUES_SUPPLEANTS = re.compile(r"(?:delegue|conseiller)e?s?\s+suppleante?s?")
_SANS_POUVOIR_PROCURATION = re.compile(r"sans\s+(?:pouvoir|procuration)|non\s+represent")


_MARQUE_FEMININ_PLURIEL = re.compile(r"\((?:es|e|s)\)")  # « absent(es) », « excusé(e)s »


_PRESENTS_OU_REPRESENTES = re.compile(r"\bpresents?\s+(?:et|ou)\s+representes?\b")


def _nom_section(titre: str) -> Section | None:
    if "(" in titre:
        titre = _MARQUE_FEMININ_PLURIEL.sub("", titre)
    mots = _MOT_MINUSCULE.findall(titre)
    if not mots:
        return None
    if mots[0] in _PERSONNEL and (len(mots) <= 2 or (len(mots) <= 4 and mots[1] in ("du", "de", "des", "d"))):
        # « Agents : X », « Salariés : Y », « Personnel du syndicat : Z » : pas des membres
        return Section("autres", "", False)
    if len(mots) <= 3 and mots[-1] in _AUXILIAIRES:
        # « Secrétaire auxiliaire : Mme X » (article L. 2121-15 du CGCT : pris hors des membres)
        return Section("autres", "", False)
    if mots[:2] in (["liste", "des"], ["noms", "des"], ["nom", "des"]) and len(mots) > 2:
        mots = mots[2:]  # « LISTE DES PRÉSENTS », « Liste des absents excusés »
        titre = " ".join(mots)
    if _SOUS_INTITULE_FONCTION.fullmatch(" ".join(mots)):
        # « Vice-présidents : A, B », « Membres : C, D » sous « Liste des présents » : la liste
        # en cours continue, rangée par fonction
        return Section("", "", False)
    if len(mots) <= 3 and mots[-1] in ("supplee", "suppleee", "supplees", "suppleees") and "non" in mots:
        return Section("absents", "", False)  # « ABSENTS NON SUPPLÉÉS : X, Y » : des absents
    if len(mots) <= 3 and mots[-1] in ("supplee", "suppleee", "supplees", "suppleees"):
        # « Était suppléé : X (commune) par Y, délégué suppléant », « Étaient suppléés : »
        return Section("suppleants", "", False)
    if mots[0] in _SIEGENT and len(mots) == 1:
        return Section("presents", "", False)  # « Siègent : X, Y », « Siégeaient : »
    if mots[:4] == ["ont", "complete", "le", "quorum"]:
        # « Ont complété le quorum après l'appel nominatif : X, Y » : arrivés avant les points
        return Section("presents", "", False)
    complet = " ".join(mots)
    if any(m not in _MOTS_INTITULE for m in mots):
        # « Etaient présents au moment de l'appel nominatif », « Présents (à distance) » :
        # l'intitulé commence par des mots connus jusqu'au mot clé, la suite le précise
        cle = next((i for i, m in enumerate(mots) if _CLES_INTITULE.match(m)), None)
        if cle is None or cle > 3 or any(m not in _MOTS_INTITULE for m in mots[: cle + 1]):
            return None
        titre = " ".join(mots[: cle + 2])
    if "suppleant" in titre and _PRENANT_PART_AU_VOTE.search(complet):
        # « Membre suppléant assistant à la réunion et prenant part au vote : X suppléant de Y »
        return Section("suppleants", "", False)
    if _ASSISTAIENT_A_LA_SEANCE.fullmatch(titre.strip()):
        return Section("presents", "", False)  # « Assistaient à la séance : X, Y » : les présents
    if _INTITULE_AUTRES.search(titre):
        return Section("autres", "", False)
    if _PRESENTS_OU_REPRESENTES.search(titre):
        # « Étaient présents ou représentés : » : la liste de ceux qui votent, chaque pouvoir dit
        # dans sa ligne (« X (Pouvoir à Y) ») ; les autres sont présents
        return Section("presents", "", False, representes=True)
    if _INTITULE_PROCURATIONS.search(titre) and not _SANS_POUVOIR_PROCURATION.search(titre):
        return Section("procurations", "", "excuse" in titre)
    if _SANS_VOTE.search(complet):
        # « Suppléants présents sans vote : » : présents sans siéger (ni présents ni suppléances)
        return Section("autres", "", False)
    if (
        ("suppleant" in titre and ("present" in titre or "remplacant" in titre))
        or _SUPPLEANTS_AVEC_VOIX.search(titre)
        # « Délégués suppléants siégeant avec voix délibérative : » (pas « … sans voix »)
        or ("suppleant" in titre and "siegeant" in titre and "sans voix" not in complet)
    ):  # « Membres suppléants remplaçants un membre titulaire : »
        return Section("suppleants", "", False)
    if titre.strip() in ("suppleants", "suppleantes"):  # (pas « … hors suppléant : », coupé)
        # « Présent(e)s : A, B. » ⏎ « Suppléant(e)s : C, D. » : les suppléants qui siègent (leur
        # titulaire non nommé, dit à la construction)
        return Section("suppleants", "", False)
    if _DELEGUES_SUPPLEANTS.fullmatch(titre.strip()):
        # « Délégués suppléants : X (pour Y) », « Déléguée suppléante : X » : ceux qui siègent
        return Section("suppleants", "", False)
    if titre.strip() == "membres suppleants":
        # « Membres suppléants : X » après les titulaires et les suppléants qui les remplacent :
        # des suppléants présents sans voix, pas des présences
        return Section("autres", "", False)
    if _INTITULE_ABSENTS.search(titre):
        # (« Non excusés : », « Sans excuse : » : des absents non excusés)
        return Section("absents", "", "excuse" in titre and not _NON_EXCUSE.search(titre))
    if "present" in titre:
        return Section("presents", "", False)
    if _SOUS_INTITULE.search(titre):
        return Section("", "", False)  # sous-intitulé : la liste en cours continue
    return None


# (un nombre, pas le premier rang d'une liste : « Présents : 1. M. Paul ROUX 2. Mme … », « 1 - M. X » ;
# un seul présent n'a jamais fait une séance)
_NOMBRE_INITIAL = re.compile(r"^(?!\s*1\s*[.)\-–]\s*(?:m\.|mme|mlle|mm\.|monsieur|madame)\s)\s*\d+\b")
# « Absent(es) ayant voté par procuration en application des articles L. 2121-20 et L. 5211-1
# du Code général des collectivités territoriales: » : l'intitulé cite ses articles avant « : »
_EXCUSES_AYANT_DELEGUE = re.compile(
    r"\s*(?:membres?\s+|conseill[eè]re?s?\s+)?(?:absente?s?\s+)?excusee?s?\s+ayant\s+delegue\s+"
    r"(?:son|leur)\s+(?:mandat|vote|droit\s+de\s+vote)s?\s*:"
)
_PROCURATIONS_ARTICLES = re.compile(
    r"\s*(?:membres\s+|conseillers\s+|elus\s+)?absent(?:\((?:e\)s|es\))|e?s?)\s+ayant\s+"
    r"(?:vote\s+par\s+(?:procuration|pouvoir)|donne\s+(?:procuration|pouvoir))s?\b[^:]{0,200}?:"
    # « Ont délégué leur droit de vote conformément à l'article L. 2121-20 du CGCT : »
    r"|\s*(?:ont|avaient|avait)\s+delegue\s+(?:leur|son)\s+droit\s+de\s+vote\b[^:]{0,200}?:"
)


# Les mots dont l'un figure dans tout intitulé que :func:`section` lit (les réponses de
# _nom_section et des deux tournures de section) : une ligne sans aucun d'eux ni parenthèse
# (« absent(e)s ») n'en est pas un, sans la lire (vérifié par test_reconnaisseurs)
_MOTS_SECTION = (
    "present", "absent", "excuse", "pouvoir", "procuration", "represent", "suppleant",
    "supplee", "membres", "delegues", "conseill", "titulaires", "elus", "vice", "agent",
    "personnel", "salarie", "quorum", "assist", "invit", "egalement", "aussi", "voix",
    "autres", "participaient", "delegation", "mandat", "siege", "auxiliaire", "syndics", "consultati",
)  # fmt: skip
_SIEGENT = frozenset(("siegent", "siegeaient", "siegeait"))


_PRESENTS_EXCUSES_REPRESENTES = re.compile(
    r"(?:(?:delegues|membres|conseillers|elus)\s+)?presents?\s*,\s*(?:absents?\s+)?excuses?"
    r"\s+(?:et|ou)\s+representes?\s*:?"
)


# « Étaient présents tous les délégués à la séance, sauf … » (sans deux-points) : l'intitulé,
# puis la liste par exception
_PRESENTS_TOUS = re.compile(
    r"(?:(?:etaient|sont)\s+)?presente?s?\s+(?=tous\s+les\s+(?:membres|conseillers|delegues|elus)\b)"
)
_COMPTE_EN_FRACTION = re.compile(r"\s*:?\s*\(?\d{1,3}\s*/\s*\d{1,3}\)?\s*:?\s*$")


_MANDATAIRES_DEUX_POINTS = re.compile(r"mandataires?(?:\(s\))?\s*:\s*")


def section(texte: str) -> Section | None:
    """« Membres présents : », « Absents excusés : », « Pouvoirs : », « Étaient présents les
    conseillers municipaux suivants : »… (la liste suit, sur la ligne ou les suivantes)."""
    if len(texte) > 2000:
        return None
    plat = _plat(texte).strip()
    if "(" not in plat and not contient_un(plat, _MOTS_SECTION):
        return None
    if plat[:5] == "dont " and (sous := section(texte.strip()[5:])) is not None:
        return sous  # « DONT ABSENTS AVEC POUVOIR : 2 M. X (pouvoir Y) » : la sous-liste
    if "/" in plat and len(plat) <= _INTITULE_MAX and (fraction := _COMPTE_EN_FRACTION.search(texte)):
        # « TITULAIRES PRÉSENTS 9/12 » : l'intitulé, puis un compte sur l'effectif (non repris)
        return section(texte[: fraction.start()].rstrip() + " :") if fraction.start() > 0 else None
    if "tous" in plat and (tous := _PRESENTS_TOUS.match(plat)) is not None:
        return Section("presents", texte.strip()[tous.end() :])
    if plat[:10] == "mandataire" and (mandataires := _MANDATAIRES_DEUX_POINTS.match(plat)) is not None:
        # « Mandataires : M. Y mandataire de M. X » (après « Procurations : M. X ») ; sans
        # deux-points, « Mandataire » est l'en-tête d'une colonne de tableau
        return Section("procurations", texte.strip()[mandataires.end() :].strip())
    if _PRESENTS_EXCUSES_REPRESENTES.fullmatch(plat):
        # « Délégués présents, excusés et représentés » : la liste de tous les membres, chaque
        # absence dite dans sa ligne (« X (excusé, pouvoir à Y) ») ; les autres sont présents
        return Section("presents", "")
    sans = _SANS_DEUX_POINTS_INTITULE.match(plat)
    if sans and _SUITE_D_INTITULE.match(texte.strip(), sans.end()):
        sans = None  # (« ABSENTS AVEC POUVOIR : 2 M. X » : l'intitulé continue en capitales jusqu'aux deux-points)
    if sans and sans.start(1) > 0 and not _NOM_PUIS_PRENOM.match(texte.strip(), sans.end()):
        # (« Étaient présents Mesdames et Messieurs …, sauf : », « ÉTAIENT ABSENTS NON
        # REPRÉSENTÉS M. X » : pas « NOM Prénom » qui suit l'intitulé)
        sans = None
    if sans and texte.strip()[sans.end() : sans.end() + 1].isupper():
        # « Présent(e)s Alain …», « Pouvoirs M. Lacombe à … » (tableau aplati, sans « : »)
        titre = sans.group(1).replace("(e)", "e")
        # « Suppléant(e)s Louis Marcou (pour Gérard Bessou) » : colonne des suppléants qui siègent
        sec = (
            Section("suppleants", "", False)
            if titre == "suppleantes" or titre.startswith("membres suppleants")
            else _nom_section(titre)
        )
        if sec is not None:
            return attrs.evolve(sec, reste=texte.strip()[sans.end() :].strip())
    if "ayant" in plat and (mandat := _EXCUSES_AYANT_DELEGUE.match(plat)) is not None:
        # « Excusé ayant délégué son mandat : Mme X à Mme Y – M. Z à M. W » : des procurations
        return Section("procurations", texte.strip()[mandat.end() :].strip(), True)
    if ("ayant" in plat or "delegue " in plat) and (longue := _PROCURATIONS_ARTICLES.match(plat)) is not None:
        return Section("procurations", texte.strip()[longue.end() :].strip())
    if (
        ":" not in plat
        and not texte.isupper()
        and (nom := _NOM_APRES_UN_INTITULE.search(texte, 0, _INTITULE_MAX + 40)) is not None
        and 0 < nom.start() <= _INTITULE_MAX
    ):
        # « Absents représentés par procuration Yves GALLAND à Anne BRUN » (sans deux-points) :
        # l'intitulé, puis les noms (la ligne entière était prise pour l'intitulé, les noms
        # perdus en silence)
        avant = section(texte[: nom.start()].rstrip() + " :")
        return attrs.evolve(avant, reste=texte[nom.start() :].strip()) if avant is not None else None
    # sans « : », l'intitulé est toute la ligne (101 caractères au plus) : une longue ligne
    # sans « : » n'en est pas un, sans le parcourir (prouvé par test_reconnaisseurs)
    if "m." in plat:
        plat = _CIVILITE_PLURIELLE_POINT.sub(r"\1 ", plat)
    trouve = _INTITULE.match(plat) if ":" in plat or len(plat) <= _INTITULE_MAX else None
    if trouve is None or (
        _NOMBRE_INITIAL.match(plat[trouve.end() :])
        # (« ETAIENT PRESENTS : 7 M. ROUVIER M. BASTIDE » : le nombre de la liste qui suit)
        and not _NOMBRE_PUIS_CIVILITE.match(plat, trouve.end())
        # (« PRESENTS : 4 Anne MARZIN, Jean KERBOUL » : de même, devant « Prénom NOM »)
        and not _NOMBRE_PUIS_PRENOM_NOM.match(texte.strip(), trouve.end())
    ):
        return None
    sec = _nom_section(trouve.group("titre"))
    if sec is None:
        return None
    reste = texte.strip()[trouve.end() :].strip()
    if (
        sec.nom == "suppleants"
        and (" remplace " in reste or ":" not in texte)
        and _plat(trouve.group("titre")).strip(" :") in ("suppleants", "suppleantes")
    ):
        # « Suppléants : M. X remplace M. Y ; … » : des phrases, lues chacune à part ;
        # « suppléants » seul, sans deux-points : la fin d'un en-tête de colonnes (« Délégués » /
        # « suppléants »), pas une liste
        return None
    # (« Étaient présents : (5) Mesdames et Messieurs A, B » : le nombre reste, lu ensuite)
    compte = 0
    if reste[:1] == "(" and (nombre := _COMPTE_EN_TETE_DE_LISTE.match(reste)) is not None:
        compte = nombre.end()
    if reste[compte : compte + 1] == "M" and (apostrophe := _MESDAMES_ET_MESSIEURS_LES.match(reste, compte)):
        reste = reste[:compte] + reste[apostrophe.end() :]  # « Etaient présents : Mmes et MM. les délégués : »
    return attrs.evolve(sec, reste=reste)


_COMPTE_EN_TETE_DE_LISTE = re.compile(r"\(\d{1,3}\)\s*")
_NOMBRE_PUIS_PRENOM_NOM = re.compile(
    r"\s*\d{1,3}\s+(?:[A-ZÉÈ][a-zéèêëïîôç]+(?:-[A-ZÉÈ][a-zéèêëïîôç]+)?\s+[A-ZÉÈ]{2}|[A-ZÉÈ]{2}[A-ZÉÈ'\-]*\s+[A-ZÉÈ][a-zéèêëïîôç]+\b)"
)
# (« Présents : 11 MM Garnier, Leblond, Mme Tessier » : aussi les civilités plurielles, sans point)
_NOMBRE_PUIS_CIVILITE = re.compile(
    r"\s*\d{1,3}\s+(?:m\.?|mm\.?|mme|mmes|mlle|mrs?\.?|monsieur|madame|messieurs|mesdames)\s+(?!(?:le|la|les)\s|l')"
)


# « Mmes et MM. les délégués : », « Mesdames et Messieurs les conseillers municipaux » : la
# liste est adressée à ses membres, les noms suivent
_NOM_APRES_UN_INTITULE = re.compile(
    r"(?<!\S)(?:[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?\s+)?[A-ZÉÈ]{2}[A-ZÉÈ'\-]*\b"
)
_MESDAMES_ET_MESSIEURS_LES = re.compile(
    r"(?:Mmes|Mesdames)\s+et\s+(?:MM\.?|Messieurs|Ms\.?)\s+(?:les\s+"
    r"(?:d[ée]l[ée]gu[ée]s|conseillers|membres)(?:\s+(?:municipaux|communautaires|titulaires))?\s*:?\s*"
    # « Mesdames et Messieurs Anne X, Paul Y » : la liste adressée, les noms suivent
    r"|(?=[A-ZÉÈ])"
    r"|:\s*(?:[-–]\s*)?)"  # « PRÉSENTS : Mmes et MM. : - AUBERT Lucie - BRUN Michel »
)


_PROCURATION = re.compile(
    # (« X (a donné pouvoir à Y) » : le verbe ouvre la parenthèse ; « X a remis un pouvoir à Y »)
    r"^(?P<mandant>.+?)\s*[(,]?\s*(?:qui\s+)?(?:(?<=[\s(])(?:a|avait)\s+|(?<=\s)à\s+)?"
    # (« X (donne pouvoir à Y) » : le présent, la parenthèse ouverte)
    r"(?:(?<=[\s(])donne|(?<=\s)donné|donnant|ayant\s+donn[ée]|(?<=\s)remis(?:\s+(?:un|son|sa))?)?\s*"
    # (« X (proc. à Y) », « X (pvr à Y) », « X (P. à Y) » : les abréviations)
    # (« X, pouvoirs à Y » : le pluriel d'un compte rendu)
    r"(?<![\w])(?:pouvoirs?(?:\s+de\s+vote)?|procuration(?:\s+de\s+vote)?|proc\.|pvr\.?|(?<=\()p\.(?=\s+(?:à|a)\s)|mandat(?:\s+de\s+vote)?|d[ée]l[ée]gation(?:\s+de\s+vote)?)"
    # « pouvoir donné à Y », « procuration remise à Y », « (pouvoir Mme Y) » sans « à »
    r"(?:\s+(?:donn|remis)[ée]e?)?"
    # « pouvoir écrit de voter … », « procuration écrite à Y »
    r"(?:\s+[ée]crite?)?(?:\s+(?:de|pour)\s+voter\s+en\s+son\s+nom)?"
    r"(?:\s+de\s+(?:le|la|les)\s+repr[ée]senter)?"  # « pouvoir de la représenter à Y »
    # (« qui a donné pouvoir en faveur de M. Y » : le mandataire après « en faveur de »)
    r"\s+(?:(?:à|a(?!\s+[ée]t[ée]\b)|en\s+faveur\s+de)\s+|(?=(?:m|mme|mr|monsieur|madame)\.?\s)"
    # (« Rémi X (pouvoir Anne LE GOFF) » : « Prénom NOM » sans « à », dans la parenthèse)
    r"|(?<=\(pouvoir\s)(?=(?-i:[A-ZÉÈ][a-zéèêëïîôç]+(?:-[A-ZÉÈ][a-zéèêëïîôç]+)?\s+[A-ZÉÈ]{2}))"
    # « donne pouvoir au premier adjoint », « délégation de vote au 1er vice-président »
    r"|au\s+(?=(?:\d{1,2}\s*(?:er|e|ème|eme|nd)|premi[eè]re?|second|deuxi[eè]me|troisi[eè]me|maire|pr[ée]sident)))"
    r"(?P<mandataire>[^)]+?)\s*\)?\s*$",
    re.IGNORECASE,
)
_MOTS_PROCURATION = mots_requis(_PROCURATION, "pouvo", "proc", "mandat", "ga", "pvr", "p.", minuscules=True)
_REPRESENTE = re.compile(
    # « X se fait représenter par Y », « X qui s'est fait représenter par Y »
    r"^(?P<mandant>.+?)\s*[(,]?\s*(?:(?<=\s)est\s+|(?<=\s)(?:qui\s+)?(?:se|s'est)\s+fait\s+)?"
    r"repr[ée]sent(?:[ée]e?s?|er)\s+par\s+(?P<mandataire>[^)]+?)\s*\)?\s*$",
    re.IGNORECASE,
)
# « X ayant délégué son vote à Y », « X a confié son pouvoir à Y » : le verbe dit le mandat
_VOTE_CONFIE = re.compile(
    r"^(?P<mandant>.+?)\s*,?\s+(?:qui\s+)?(?:a|ayant)\s+(?:d[ée]l[ée]gu[ée]|confi[ée])\s+"
    r"(?:son\s+(?:droit\s+de\s+)?(?:vote|pouvoir|mandat)|sa\s+(?:procuration|d[ée]l[ée]gation))\s+"
    r"(?:à|a)\s+(?P<mandataire>[^)]+?)\s*\)?\s*$"
    # « Mme X a chargé M. Y de voter en son nom » : le mandataire entre le verbe et le vote
    # (« Mme X, qui avait chargé M. Y de voter en son nom ; » : le relatif et le plus-que-parfait)
    r"|^(?P<mandant2>[^()]+?)\s*,?\s+(?:qui\s+)?(?:a|avait|ayant)\s+charg[ée]\s+(?P<mandataire2>[^()]+?)\s+de\s+"
    r"(?:voter|la\s+repr[ée]senter|le\s+repr[ée]senter)(?:\s+(?:en\s+son\s+nom|pour\s+(?:elle|lui)))?\s*[.;]?\s*$",
    re.IGNORECASE,
)


# « Mme X (mandataire : M. Y) » : le mandataire nommé par son rôle
# (« Mme X (pouvoir : M. Y) » : de même)
_MANDATAIRE_NOMME = re.compile(
    r"^(?P<mandant>[^()]+?)\s*\(\s*(?:mandataire|pouvoir|procuration)\s*:\s*(?P<mandataire>[^()]+?)\s*\)\s*[.,;]?$",
    re.IGNORECASE,
)


_PROCURATION_RECUE = re.compile(
    r"^(?P<mandataire>(?:M\.|Mme|Mlle|Monsieur|Madame|Mr)\s.+?)\s*,?\s*"
    r"(?:a|d[ée]tient|(?:est\s+)?porteu(?:r|se)\s+d(?:u|e(?=\s+la\s))|ayant|a\s+re[çc]u)?\s*(?:le\s+|la\s+)?"
    # (« M. Y mandataire de M X » sous « Mandataires : » : le mandataire nommé d'abord)
    r"(?:pouvoir|procuration|mandataire)\s+(?:de|d')\s*"
    r"(?P<mandant>(?:M\.|Mme|Mlle|Monsieur|Madame|Mr|(?-i:M))\s.+?)\s*\.?$",
    re.IGNORECASE,
)
_COURTE = re.compile(
    # (« X (par Y) » : la parenthèse s'ouvre sur le mot de lien, puis une personne)
    # (« Représentés : Mme X (M. Y) » : la parenthèse nomme le mandataire, sans mot de lien)
    r"^(?P<mandant>.+?)\s+(?P<parenthese>\((?=(?:(?:à|par|pour)\s+)?(?:M\.|Mme|Mlle|Monsieur|Madame)\s))?"
    # (« Pouvoir : Mme X donné à M. Y » : le participe devant « à »)
    r"(?:(?:donn[ée]|remis|confi[ée])e?\s+)?"
    r"(?:(?:à|a|À|au\s+profit\s+de|en\s+faveur\s+de|pour|par|→|->|=>|⇒|>"
    # « M. X au 1er adjoint », « M. Z au Maire » : le mandataire nommé par sa fonction
    r"|au(?=\s+(?:\d{1,2}\s*(?:er|e|ème|eme)\s|(?i:premier\s|second\s|maire\b|pr[ée]sident\b|doyen\b))))\s+"
    r"|(?(parenthese)|(?!)))"
    r"(?P<mandataire>.+?)(?(parenthese)\)|)$"
)
# (un texte tout en capitales : « MME NADIA BERGER A M. LUC BLANC »)
_COURTE_CAPITALES = re.compile(
    r"^(?P<mandant>.+?)\s+(?P<parenthese>\((?=(?:À|A|PAR|POUR)\s+(?:M\.|MME|MLLE|MONSIEUR|MADAME)\s))?"
    r"(?:À|A|AU\s+PROFIT\s+DE|EN\s+FAVEUR\s+DE|POUR|PAR|→|->|=>|⇒|>)"
    r"\s+(?P<mandataire>.+?)(?(parenthese)\)|)$"
)


# (« PROCURATION DE M. LAFITTE À MME DARRIGADE » en capitales : « DE » devant une civilité ;
# « DE LA TOUR Jean » reste un nom)
_DE_INITIAL = re.compile(r"^\s*(?:de|d'|(?:DE|D')(?=\s*(?:M\.|MM\.|MME|MLLE|MONSIEUR|MADAME)\s))\s*(?=[A-ZÉM])")


# « X par Y (procuration) » : la nature du mandat, que l'intitulé dit déjà
_NATURE_DU_MANDAT = re.compile(r"\s*\((?:procuration|pouvoir|mandat)\)\s*$", re.I)


# « Procurations : M. X – M. Y ; … », « <li>Nathalie X : Sabine Y</li> » : deux personnes
# séparées par un tiret entouré de blancs ou par deux-points (chacune avec sa civilité, ou
# « Prénom NOM » de deux à quatre mots à majuscule initiale)
_PERSONNE_BREVE = (
    r"(?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[^–—:;()]{2,60}?"
    r"|[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3})"
)
_COURTE_SEPAREE = re.compile(
    rf"^(?P<mandant>{_PERSONNE_BREVE})(?:\s+[–—-]\s+|\s*:\s+)(?P<mandataire>{_PERSONNE_BREVE})\s*[.;,]?$"
)
# (« Mme A par M. B – Mme C par Mme D » : un mot de lien ou un second tiret dans l'un des deux
# côtés, c'est une liste de pouvoirs d'une autre forme, pas une paire)
_PAS_UNE_PERSONNE_BREVE = re.compile(r"\s(?:par|à|a|au|pour|de)\s|\s[–—-]\s|pouvoir|procuration", re.I)


def _paire_separee(texte: str) -> re.Match[str] | None:
    trouve = _COURTE_SEPAREE.match(texte)
    if trouve is None or any(
        _PAS_UNE_PERSONNE_BREVE.search(trouve.group(cote)) for cote in ("mandant", "mandataire")
    ):
        return None
    return trouve


def paires_separees(texte: str) -> list[tuple[str, str]] | None:
    """« M. X – M. Y ; Mme Z – Mme W » (ou « X : Y ») : chaque morceau entre les
    points-virgules est un mandant et son mandataire séparés d'un tiret ou de deux-points ;
    ``None`` dès qu'un morceau n'a pas cette forme."""
    if len(texte) > 2000:
        return None
    paires = []
    for morceau in texte.split(";"):
        if not morceau.strip(" .,"):
            continue
        trouve = _paire_separee(morceau.strip())
        if trouve is None:
            return None
        paires.append((trouve.group("mandant"), trouve.group("mandataire")))
    return paires or None


def procuration_courte(texte: str) -> tuple[str, str] | None:
    """Dans une liste « Pouvoirs : », la forme brève « X à Y », « de X à Y », « X par Y »,
    « X – Y », « X : Y »."""
    if len(texte) > 300:
        return None
    texte = _DE_INITIAL.sub("", texte.strip())
    trouve = (_COURTE_CAPITALES if texte.isupper() else _COURTE).match(texte)
    if trouve is None and ("–" in texte or "—" in texte or " - " in texte or ":" in texte):
        trouve = _paire_separee(texte)
    if trouve is None:
        return None
    return trouve.group("mandant"), _NATURE_DU_MANDAT.sub("", trouve.group("mandataire"))


_PROCURATION_DE = re.compile(
    r"^(?:pouvoirs?|procurations?|mandats?|d[ée]l[ée]gations?(?:\s+de\s+vote)?)(?:\s+[ée]crite?s?)?\s+"
    # « Pouvoir donné par X à Y », « Pouvoir a été donné par X à Y »
    r"(?:de|d'|(?:a\s+[ée]t[ée]\s+)?(?:donn|remis)[ée]e?\s+par)\s*(?P<mandant>.+?)"
    # « Pouvoir de Mme X (Commune) remis à M. Y » : le participe après le mandant
    # (« Pouvoir de X confié à Y », « Pouvoir de X (donné à Y) »)
    r"(?:\s*(?P<ouvre>\()?\s*(?:donn[ée]|remis|confi[ée])e?)?"
    # « Pouvoir de M. X en faveur de M. Y »
    r"\s+(?:à|a|au\s+profit\s+de|en\s+faveur\s+de|pour)\s+(?P<mandataire>.+?)\s*(?(ouvre)\))\s*$",
    re.IGNORECASE,
)


_INDICE_PROCURATION = avec_garde(
    "pdrmc", re.compile(
        r"pouvoir|procuration|mandat|d[ée]l[ée]gu?ation|d[ée]l[ée]gu[ée]\s+son|repr[ée]sent"
        r"|charg[ée]\s|\bproc\.|\bpvr\b|(?<=\()p\.\s", re.I
    )
)


# « Mme Odile BARRAULT (procuration de Mme BARRAULT à M. TERRIER) » : la parenthèse nomme de
# nouveau le mandant (par son nom seul) avant le mandataire
_PROCURATION_REPETEE = re.compile(
    r"^(?P<mandant>[^()]+?)\s*\(\s*(?:procuration|pouvoir)\s+(?:de|d')\s*(?P<repete>[^()]+?)"
    r"\s+(?:à|a|au\s+profit\s+de)\s+(?P<mandataire>[^()]+?)\s*\)\s*[.,;]?$",
    re.IGNORECASE,
)


def _procuration_repetee(texte: str) -> tuple[str, str] | None:
    trouve = _PROCURATION_REPETEE.match(texte.strip())
    if trouve is None:
        return None
    nom_repete = cle_texte(trouve.group("repete")).split()[-1:]
    if not nom_repete or nom_repete[0] not in cle_texte(trouve.group("mandant")).split():
        return None  # la parenthèse nomme quelqu'un d'autre : pas cette forme
    return trouve.group("mandant").strip(" ,"), trouve.group("mandataire").strip(" ,")


# (un nom ne contient pas de civilité : « …, Mme Iris VIDAL Mme Nadia BERGER et … » aplati)
_PERSONNE_CIVILE = r"(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)\s+(?:(?!\s(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)\s)[^,;.()]){2,50}?"
_ET_OU_VIRGULE = re.compile(r"\s*,\s*|\s+et\s+")
# « Mme X et M. Y ont donné pouvoir respectivement à M. Z et à Mme W » : les mandants, puis
# leurs mandataires dans le même ordre
# (« MM. RAMEL Jean et SABOURIN Luc » : la civilité plurielle vaut pour la personne suivante)
_PERSONNE_SANS_CIVILE = r"[A-ZÉÈ][A-ZÉÈ'’\-]+(?:\s+[A-ZÉÈ][a-zéèêëïîôç\-]+){1,2}"
# (« Pierre LE BRAS », « Anne QUÉRÉ » : « Prénom NOM » sans civilité aussi)
_PERSONNE_PRENOM_NOM = r"[A-ZÉÈ][a-zéèêëïîôç]+(?:-[A-ZÉÈ][a-zéèêëïîôç]+)?\s+[A-ZÉÈ][A-ZÉÈÉ'’\-]+(?:\s+[A-ZÉÈ][A-ZÉÈ'’\-]+)?"
_PERSONNE_DE_LISTE = rf"(?:{_PERSONNE_CIVILE}|{_PERSONNE_SANS_CIVILE}|{_PERSONNE_PRENOM_NOM})"
_POUVOIRS_RESPECTIFS = re.compile(
    # (« Pierre X, Nolwenn Y qui ont donné respectivement procuration à … » : sans civilité aussi)
    rf"(?P<mandants>{_PERSONNE_DE_LISTE}(?:(?:\s*,\s*|\s+et\s+){_PERSONNE_DE_LISTE}){{1,7}})\s*,?\s+"
    r"(?:(?:qui\s+)?(?:ont|avaient|ayant)\s+(?:respectivement\s+)?(?:donn[ée]|remis|confi[ée])\s+(?:respectivement\s+)?(?:leurs?\s+)?"
    r"(?:pouvoirs?|procurations?|mandats?)\s+(?:respectivement\s+)?"
    # « Mme X, M. Y respectivement représentés par M. Z, Mme W »
    r"|(?:sont\s+|ont\s+[ée]t[ée]\s+)?respectivement\s+repr[ée]sent[ée]e?s?\s+par\s+)"
    # (« … respectivement pouvoir à Madame ROBIN, , Monsieur PERRET » : une case laissée vide)
    # (« … respectivement pouvoir à : - M. X, Mme Y » : les deux-points et la puce)
    r"(?:à\s*:\s*(?:[-–]\s*)?)?"
    rf"(?P<mandataires>(?:à\s+)?{_PERSONNE_DE_LISTE}(?:(?:\s*,\s*|\s+et\s+)(?:(?:à\s+)?{_PERSONNE_DE_LISTE})?){{1,7}})"
    r"(?=\s*[.;]|\s*$)"
)


def pouvoirs_respectifs(texte: str) -> str | None:
    """« Mme X et M. Y ont donné pouvoir respectivement à M. Z et à Mme W » réécrit en
    « Mme X donne pouvoir à M. Z ; M. Y donne pouvoir à Mme W » ; ``None`` si le texte n'a pas
    cette forme ou si les deux listes n'ont pas le même nombre de personnes (une case laissée
    vide, « à M. Z, , Mme W », compte : ce pouvoir est donné sans mandataire nommé).

    >>> pouvoirs_respectifs("Mme A ROUX et M. B VIAL ont donné pouvoir respectivement à M. C PONS et à Mme D FAY.")
    'Mme A ROUX donne pouvoir à M. C PONS ; M. B VIAL donne pouvoir à Mme D FAY.'
    """
    trouve = _POUVOIRS_RESPECTIFS.search(texte) if len(texte) <= MORCEAU_MAX else None
    if trouve is None:
        return None
    mandants = _ET_OU_VIRGULE.split(trouve.group("mandants"))
    mandataires = [m.removeprefix("à ").strip() for m in _ET_OU_VIRGULE.split(trouve.group("mandataires"))]
    if len(mandants) != len(mandataires):
        return None
    # (la case vide : un pouvoir donné, à qui, le document ne le dit pas)
    paires = " ; ".join(
        f"{a.strip()} donne pouvoir à {b}" if b else f"{a.strip()} (a donné pouvoir)"
        for a, b in zip(mandants, mandataires, strict=True)
    )
    return texte[: trouve.start()] + paires + texte[trouve.end() :]


def procuration(texte: str) -> tuple[str, str] | None:
    """« X pouvoir à Y », « X donne procuration à Y », « X (représenté par Y) »,
    « Procuration de X à Y », « X (procuration de X à Y) »…"""
    if len(texte) > 300 or not _INDICE_PROCURATION.search(texte):
        return None  # sans l'un de ces mots, aucun des trois motifs ne peut réussir
    if "(" in texte and (repetee := _procuration_repetee(texte)) is not None:
        return repetee
    bas = texte.lower()
    if " de" in bas and "(" not in bas and (recue := _PROCURATION_RECUE.match(texte.strip())):
        # « M. Y a le pouvoir de Mme X » : le mandataire d'abord (« M. Y (pouvoir de Mme X) »
        # dans une liste est lu par l'analyseur : Y est aussi présent)
        mandant = _BUT_DU_MANDAT.sub("", recue.group("mandant"))
        return mandant.strip(" ,()"), recue.group("mandataire").strip(" ,(")
    for motif in (_PROCURATION_DE, _VOTE_CONFIE, _MANDATAIRE_NOMME, _PROCURATION, _REPRESENTE):
        if motif is _PROCURATION and not contient_un(bas, _MOTS_PROCURATION):
            continue  # (« X représenté par Y » : pas de « pouvoir » à chercher à chaque position)
        trouve = motif.match(texte.strip())
        if trouve:
            qui = "2" if motif is _VOTE_CONFIE and trouve.group("mandant") is None else ""
            mandant = _STATUT_DU_MANDANT.sub("", trouve.group("mandant" + qui))
            mandataire = _BUT_DU_MANDAT.sub("", trouve.group("mandataire" + qui))
            if "(" in mandant or "(" in mandataire:  # « X (Orchamps) donne pouvoir à Y (Dole) »
                mandant, mandataire = _LIEU_DU_DELEGUE.sub("", mandant), _LIEU_DU_DELEGUE.sub("", mandataire)
            # (« … à M. Eric CAUDRON (2) » : le compte de la liste après son dernier pouvoir)
            return mandant.strip(" ,("), _COMPTE_FINAL.sub("", mandataire).strip(" ,)")
    return None


_COMPTE_FINAL = re.compile(r"\s*\(\d{1,3}\)?\s*$")


# « Mme X (Orchamps) donne pouvoir à M. Y (LES ROUSSES) » : la commune d'un délégué, entre
# parenthèses après son nom (pas une personne, pas une précision « (excusée) », « (pouvoir) »)
_LIEU_DU_DELEGUE = re.compile(
    r"\s*\((?!\s*(?:M\.|Mme|Mlle|MM\.|Monsieur|Madame)\s)"
    r"(?![^)]*(?i:pouvoir|procuration|suppl|excus|absent|repr[ée]sent|mandat|maire|pr[ée]sid|adjoint))"
    r"[A-ZÉÈÀÂÎÔ][\w'’\- ]{1,40}\)?\s*$"
)


# « M. X (excusé) a donné pouvoir à Y » : l'état du mandant, que la procuration dit déjà
# (et « X, excusée, a donné pouvoir », « X avait donné pouvoir »)
# Motifs d'absence écrits en incise après le nom du mandant (« X, retenue, a confié son
# pouvoir à Y », « X, empêché, donne pouvoir à Y ») : un état, pas une partie du nom
MOTIFS_D_ABSENCE = (
    r"retenue?s?", r"emp[êe]ch[ée]e?s?", r"souffrante?s?", r"indisponibles?", r"malades?",
    r"en\s+d[ée]placement", r"en\s+cong[ée]",
)  # fmt: skip
_STATUT_DU_MANDANT = re.compile(
    # (« Absents : M. CORNU excusé, pouvoir à M. GUYOT » : sans virgule avant l'état aussi)
    # (« M. X, absent excusé / représenté par M. Y » : les deux états à la suite)
    r"\s*\((?:absente?s?|excus[ée]e?s?)\)\s*$|\s*,?\s+(?:absente?s?(?:\s+excus[ée]e?s?)?|excus[ée]e?s?)\s*,?\s*$"
    r"|\s*,\s*(?:absente?s?(?:\s+excus[ée]e?s?)?|excus[ée]e?s?)\s*,?\s*$"
    r"|\s+avai(?:t|en)t?$"
    r"|\s*,?\s+avec$"  # « Mme X avec pouvoir à Mme Y »
    # « Monsieur X étant excusé et ayant donné procuration à Monsieur Y »
    r"|\s*,?\s+[ée]tant\s+(?:absente?|excus[ée]e?|emp[êe]ch[ée]e?)\s*(?:,|\s+et)?\s*$"
    # (« Madame X, retenue, a confié son pouvoir à … » : le motif de l'absence, en incise)
    rf"|\s*,\s*(?:{'|'.join(MOTIFS_D_ABSENCE)})\s*,?\s*$",
    re.I,
)
# « … à M. Y pour voter en son nom » : ce que dit le mandat, pas le nom du mandataire
# (« … à son collègue Alain X » : le lien, pas le nom)
_BUT_DU_MANDAT = re.compile(
    r"\s+pour\s+(?:voter|le|la|les)\b.*$|\s*;\s*$|^\s*(?:son|sa|leur)\s+coll[èe]gue\s+(?=\S)", re.I
)


_INDICE_MOUVEMENT = re.compile(
    r"arriv|rejoint|entre|part|quitt|sort|retire|a\s+partir|des\s+le|jusqu"
)


@attrs.frozen
class Mouvement:
    """Une arrivée ou un départ en cours de séance."""

    qui: str
    arrivee: int | None
    depart: int | None
    # « à partir de la délibération N°151210-302 » : le numéro, dont le rang n'est connu
    # qu'une fois tous les points lus ; le départ a lieu avant ce point
    arrivee_numero: str | None = None
    depart_numero: str | None = None
    # « présent jusqu'à la délibération n° X incluse » : le départ a lieu après ce point
    depart_apres: bool = False


# (« M. X (présent à partir du point n° 2) » : l'état dit avant le point n'est pas du nom)
# (« M. X est arrivé … » : l'auxiliaire n'est pas du nom)
_FIN_AVANT_MOUVEMENT = re.compile(r"(?:[(,\s]+pr[ée]sente?s?|\s+(?:est|sont))?[(,\s]+$")


# (« 3 » mais pas « 2016.85 » : un numéro à séparateur n'est pas un rang)
_POINT = (
    r"(?:le\s+|la\s+|l')?(?:point|question|deliberation|dossier|rapport)\s*(?:n\s*[°o]?\s*)?(\d+)"
    # (?!\d) : « 2019-59 » ne se lit pas « 201 » par retour arrière ; « 2019-BP-03 » : un numéro
    r"(?!\d)(?![./\-]\d)(?!-[a-z]{1,4}-?\d)"
)
# « après le vote de la question 3 », « avant le vote du point 4 »
# (« pendant la présentation du point n° 2 »)
_LE_VOTE_DE = r"(?:(?:le\s+vote|l'examen|la\s+presentation|la\s+discussion)\s+(?:de\s+la|de\s+l'|du)\s*)?"
_ARRIVEE_AU_POINT = re.compile(
    r"\b(?:arrivee?s?|arrive|entre\s+en\s+seance|fait\s+son\s+entree"
    # « Mme X rejoint le comité à 20 h 55, avant le vote du point 2 »
    r"|rejoint\s+(?:la\s+seance|la\s+reunion|l'assemblee|le\s+(?:conseil|comite|bureau)))\b.*?"
    # (« est arrivé en séance au moment de l'examen du rapport n° 3 », « lors de l'examen du … »)
    rf"\b(avant|au\s+moment\s+de|lors\s+de(?=\s+l')|au|a\s+partir\s+du|apres|pour\s+le|des\s+le|lors\s+du|pendant"
    rf"|a(?=\s+la\s+|\s+l'))\s+{_LE_VOTE_DE}{_POINT}"
)
_DEPART_AU_POINT = re.compile(
    r"\b(?:partie?s?|part|depart|quitte|a\s+quitte|sortie?s?|sort|se\s+retire)\b.*?"
    rf"\b(avant|au|apres|a\s+partir\s+du|lors\s+du|a\s+l'issue\s+du)\s+{_LE_VOTE_DE}{_POINT}"
)
_POUVOIR_AVANT = re.compile(r"\b(?:pouvoir|procuration|delegation)\b")
# (« à partir de la question n°5 », « jusqu'à la question n°4 » : l'article féminin aussi)
_A_PARTIR_DU_POINT = re.compile(rf"\b(a\s+partir\s+d(?:u|e(?=\s+la\s))|des\s+l[ea]|jusqu'(?:au|a))\s+{_POINT}")


_MOUVEMENT_NUMERO = re.compile(
    r"\b(?P<sens>arrivee?s?|arrive|rejoint|presente?s?|depart|partie?s?|quitte|sortie?s?)\b[^()]*?"
    r"\b(?:(?:a\s+compter|a\s+partir)\s+(?:de\s+la|du|de)\s+|avant\s+(?:le\s+vote|l'examen)\s+(?:de\s+la|du)\s+"
    r"|au\s+cours\s+de\s+l'examen\s+(?:de\s+la|du)\s+"
    # « (arrivée au point n° 33-2024) », « arrivée lors de la délibération n° 2024-33 »
    # (pas « présent jusqu'à la délibération n° … », la fin d'une présence)
    r"|(?<!jusqu')(?<!jusqu'\s)(?:au|a\s+la|lors\s+(?:de\s+la|du))\s+(?=(?:deliberation|point)\s)"
    # (« quitte la séance à l'issue du rapport n° 2019-BP-03 » : après ce point)
    r"|(?P<apres>apres|a\s+l'issue)\s+(?:(?:le\s+vote\s+)?(?:de\s+la|du|de\s+l')\s*)?(?:la\s+|le\s+|l')?)"
    # « (présent à partir du rapport n° 18-CP-07-03) » : un rapport désigné par son numéro
    r"(?:deliberation\s+|point\s+|rapport\s+)?"
    r"(?:n\s*[°o]?\s*)?(?P<numero>(?:[a-z]{1,4}-?)?\d+[./-][\w./-]*\w)"  # (« B-2024-102 », « C2022-033 », « 2019-BP-03 »)
)


# « Départ de M. X à 18h15 après le B-2024-102 », « Arrivée de Mme Y au point 3 » : la personne
# après le nom du mouvement
_QUI_APRES_LE_MOUVEMENT = re.compile(
    r"^\s*(?:d[ée]part|arriv[ée]e)\s+(?:de\s+|d['’]\s*)(?P<qui>.+?)"
    r"(?=\s+(?:à|a|au|aux|apr[èe]s|avant|lors|pendant|d[èe]s|en\s+cours|pour)\b|\s*[,(;]|\s*$)",
    re.I,
)


def _qui_du_mouvement(texte: str, qui: str) -> str:
    """La personne qui arrive ou part : écrite avant le verbe, ou après « Départ de »."""
    if qui or (apres := _QUI_APRES_LE_MOUVEMENT.match(texte)) is None:
        return sans_incises(qui)
    return apres.group("qui").strip()


# « À 21 h 15, Mme X, appelée à s'absenter, quitte la séance » : l'heure avant le nom et
# l'incise qui le suit ne sont pas la personne
_INCISES_DU_QUI = re.compile(
    r"^\s*(?:à|a|vers)\s+\d{1,2}\s*h\s*(?:\d{2})?\s*,\s*"
    r"|\s*,\s*(?:appel[ée]e?\s+(?:à|a)\s+s['’]\s*absenter|devant\s+s['’]\s*absenter"
    r"|oblig[ée]e?\s+de\s+s['’]\s*absenter)\s*,?\s*$",
    re.IGNORECASE,
)


def sans_incises(qui: str) -> str:
    """La personne d'un mouvement sans l'heure qui la précède ni l'incise qui la suit.

    >>> sans_incises("À 21 h 15, Mme Anne ROY, appelée à s'absenter")
    'Mme Anne ROY'
    """
    return _INCISES_DU_QUI.sub("", qui).strip() if "," in qui else qui


_VERBE_FINAL = re.compile(r"\s+(?:a\s+[ée]t[ée]|a|est|sont)$", re.I)
_RENVOI_INITIAL = re.compile(r"^\(\d{1,2}\)\s*\.?\s*")  # « (2) X a quitté … » : le texte d'un renvoi


_JUSQU_AU_NUMERO = re.compile(
    r"\b(?:presente?s?|siege)\s+jusqu'\s*(?:a\s+la|au)\s+(?:deliberation|point)\s+"
    r"(?:n\s*[°o]?\s*)?(?P<numero>\d+[./-][\w./-]*\w)"
)


def _mouvement_numero(texte: str, plat: str) -> Mouvement | None:
    """« départ à compter de la 2020.04.04 », « X a été présente à partir de la délibération
    N°151210-302 », « X présent jusqu'à la délibération n° 2021-048 incluse », « X quitte la
    séance après le point n° 2019-59 » : le point est
    désigné par son numéro (avec un séparateur), pas son rang."""
    trouve = _MOUVEMENT_NUMERO.search(plat)
    if trouve is None and "jusqu" in plat and (jusqu := _JUSQU_AU_NUMERO.search(plat)) is not None:
        qui = _FIN_AVANT_MOUVEMENT.sub("", texte[: jusqu.start()]).strip()
        numero = texte[jusqu.start("numero") : jusqu.end("numero")]
        return Mouvement(qui, None, None, depart_numero=numero, depart_apres=True)
    if trouve is None:
        return None
    qui = _FIN_AVANT_MOUVEMENT.sub("", texte[: trouve.start()]).strip()
    qui = _qui_du_mouvement(texte, _RENVOI_INITIAL.sub("", _VERBE_FINAL.sub("", qui)))
    numero = texte[trouve.start("numero") : trouve.end("numero")]
    if trouve.group("sens").startswith(("arriv", "present", "rejoint")):
        return None if trouve.group("apres") else Mouvement(qui, None, None, arrivee_numero=numero)
    # « quitte la séance après le point n° 2019-59 » : le départ a lieu après ce point
    return Mouvement(qui, None, None, depart_numero=numero, depart_apres=bool(trouve.group("apres")))


# « Arrivé en cours de séance : », « Arrivées : », « Départ : » : l'intitulé, la personne suit
_MOUVEMENT_EN_INTITULE = re.compile(
    r"\s*(?:arrivee?s?|depart|partie?s?)(?:\s+en\s+cours\s+de\s+(?:seance|reunion))?\s*:\s*"
)


_MOTS_INDICE_MOUVEMENT = mots_requis(
    _INDICE_MOUVEMENT, "arriv", "rejoint", "entre", "part", "quitt", "sort", "retire", "des", "jusqu"
)


def mouvement(texte: str) -> Mouvement | None:
    """« M. X arrivé au point 3 », « Mme Y partie après le point 5 », « quitte la séance… »."""
    plat = _plat(texte)
    if not contient_un(plat, _MOTS_INDICE_MOUVEMENT) or not _INDICE_MOUVEMENT.search(plat):
        return None
    if (par_numero := _mouvement_numero(texte, plat)) is not None:
        return par_numero
    arrivee = _ARRIVEE_AU_POINT.search(plat)
    depart = _DEPART_AU_POINT.search(plat)
    if not arrivee and not depart:
        seul = _A_PARTIR_DU_POINT.search(plat)
        if seul is None or (
            seul.group(1) == "a partir du" and _POUVOIR_AVANT.search(plat, 0, seul.start())
        ):
            # « X donne procuration à Y à partir du point 4 » : la portée du pouvoir, pas une
            # arrivée
            return None
        qui = sans_incises(_FIN_AVANT_MOUVEMENT.sub("", texte[: seul.start()]).strip())
        n = int(seul.group(2))
        if seul.group(1).startswith("jusqu"):
            return Mouvement(qui, None, n)
        return Mouvement(qui, n, None)
    debut = min(t.start() for t in (arrivee, depart) if t is not None)
    # (« M. X a rejoint la séance … » : l'auxiliaire n'est pas du nom)
    qui = _qui_du_mouvement(
        texte, _VERBE_FINAL.sub("", _FIN_AVANT_MOUVEMENT.sub("", texte[:debut]).strip())
    )
    if not qui and (intitule := _MOUVEMENT_EN_INTITULE.match(plat)) is not None:
        # « Arrivé en cours de séance : M. X (COMMUNE), au point 3 » : la personne après
        # l'intitulé, jusqu'au renvoi au point
        renvoi = min(t.start(1) for t in (arrivee, depart) if t is not None)
        qui = texte[intitule.end() : renvoi].strip(" ,;")
    valeur_arrivee = valeur_depart = None
    if arrivee:
        n = int(arrivee.group(2))
        valeur_arrivee = n + 1 if arrivee.group(1) == "apres" else n
    if depart:
        n = int(depart.group(2))
        valeur_depart = n - 1 if depart.group(1) in ("avant", "au", "a partir du", "lors du") else n
    if valeur_depart is not None and valeur_depart < 1:
        valeur_depart = None
    return Mouvement(qui, valeur_arrivee, valeur_depart)


# ------------------------------------------------------------------ délibérations


# « Délibération : tarifs de la garderie » (intertitre d'une page web) : l'objet d'un point
_INTITULE_OBJET = re.compile(
    r"^\s*(?:objet(?:\s+de\s+la\s+deliberation)?\s*[:\-–]"
    r"|deliberation\s*:(?=\s*[a-z][a-z'\s]{2})(?!\s*(?:adopt|rejet|approuv|vote)))\s*"
)


def objet(texte: str) -> str | None:
    """« OBJET : … », « Objet de la délibération : … »."""
    trouve = _INTITULE_OBJET.match(_plat(texte))
    return texte[trouve.end() :].strip() if trouve else None


_NUMEROS = (
    re.compile(
        r"^\s*(?P<mot>deliberation|delib\.?|dcm|dcc|dcs|dc|d|point|question|dossier|affaire|rapport|v(?:oe|œ)ux?|motion)"
        r"\s*(?:n\s*[°o]\.?|numero|no\.?|n\.?(?=\s*\d)|(?=\d)"
        r"|(?<=\s)(?=[a-z]{1,4}-(?:19|20)\d\d-\d)"  # « Délibération CS-2022-031 »
        r"|(?<=\s)(?=[a-z]{1,2}(?:19|20)\d\d[-_/.]\d{1,4}\s*[:\-–]))"  # « Délibération D2014-12 : »
        r"\s*(?::\s*(?=\d))?"  # « n° : 2024-31 »
        r"(?P<numero>(?:[a-z]{2,4}\s+(?=\d))?[\w\-/.]*\d[\w\-/.]*?)\s*(?:[:\-–]\s*|\s|$)"
    ),
    # « N° 2020/14 » seul sur sa ligne (ou « N° 2005-32 – » dont l'« Objet : » a été coupé),
    # le titre en dessous
    # (« N° 2010/06/87 » : année, mois et rang)
    re.compile(r"^\s*(?P<mot>n)\s*[°o]\.?\s*(?P<numero>\d{1,4}(?:[/\-.]\d{1,4}){1,2})\s*[-–:]?\s*$"),
    # (« N° 2024-31 « Objet » » : le trait d'union entre deux chiffres est dans le numéro)
    re.compile(r"^\s*(?P<mot>n)\s*[°o]\.?\s*(?P<numero>\d[\w\-/.]*)\s*(?:[:–]|-(?!\d)|(?<=\s)-)\s*(?=\S)"),
    # « N 2015-031 : Objet » : le « ° » perdu à l'extraction (numéro à séparateur et « : »)
    re.compile(r"^\s*(?P<mot>n)\s+(?P<numero>\d{1,4}[\-/.]\d{1,4})\s*:\s*(?=\S)"),
    re.compile(
        # (« CP 22-07-015 – Objet » : le sigle de la commission permanente est dans le numéro)
        # (« 2024-DEL-031 : Objet » : l'année, le sigle, le rang ; « 22AP.31 – Objet », « 22-AP-31 » :
        # l'année sur deux chiffres, le sigle de la séance, le rang)
        r"^\s*(?:(?!page\b|cp\s+\d)[a-z]{2,4}\s+(?=n|\d))?(?:n\s*[°o]\.?\s*)?(?P<numero>(?:19|20)\d\d[\-_/.][a-z]{2,4}[\-_/.]\d{1,4}|\d\d[\-_/.]?[a-z]{2,4}[\-_/.]\d{1,4}|(?:cp\s+(?=\d)|[a-z]{2,4}-|[a-z](?=-(?:19|20)\d\d)-|[a-z]{1,2}(?=(?:19|20)\d\d))?\d{1,4}(?:[.\-/_]\d{1,4}){1,3})"
        r"(?:\)?\s*(?:[:\-–]\s*|\s+))(?=[^\s\d])"  # « 2.1) Compte administratif »
    ),
    re.compile(r"^\s*(?P<mot>question|point)\s+(?P<numero>\d{1,3})\s*[:\-–]\s*(?=\S)"),
    re.compile(
        r"^\s*(?P<mot>point)?(?P<numero>\d{1,3})\s*(?:ere|eme|e|er)\s+deliberation\s*[:\-–]\s*(?=\S)"
    ),
    # « 1) Objet », « 1. Objet », « 1 - Objet », « 1- Objet », « 1°) Objet », « 1/ Objet »,
    # « 1°/ OBJET »
    # (« 1 ) : Objet » : une transcription qui espace la parenthèse et ajoute deux-points)
    re.compile(r"^\s*(?P<liste>)(?P<numero>\d{1,2})\s*(?:°\s*[)/]|\)(?:\s:)?|\.|\s?[-–]|/)\s+(?=[a-zé])"),
    # « A) Objet » : une lettre capitale (vérifiée sur le texte) et une parenthèse
    # « A/ Objet » : la même lettre suivie d'une barre oblique
    re.compile(r"^\s*(?P<liste>)(?P<numero>[a-h])[)/]\s+(?=[a-zé])"),
)
_UN_DES_NUMEROS = une_des(_NUMEROS)
# (chaque forme lit un chiffre, sauf « a) » et « A/ » qui lisent une parenthèse ou une barre :
# sans l'un ni les autres, la ligne n'est pas essayée ; vérifié par test_vitesse)
_ANNEES = re.compile(r"^(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d$")  # « 2016-2021 © … »
# « Questions diverses », « Informations du maire » : jamais des délibérations
_PAS_UN_POINT = re.compile(
    r"\s*(?:questions?\s+(?:et\s+informations?\s+)?diverses|informations?\b|divers\b|communications?\b|©|republique|"
    # (« 3. Commune déléguée de X – Horaires de la mairie annexe » est un point)
    r"departement\b|region\b|commune\b(?!\s+deleguee)|mairie\b|ville\b|proces[\s-]verbal|compte[\s-]rendu|"
    r"extrait\b|registre\b|recueil\b|page\b"
    # (« 13 - Pouvoirs : 3 - Votants : 16 » : un décompte dont le libellé précède la valeur,
    # colonnes relues à la suite)
    r"|(?:pouvoirs?|procurations?|votants|presents|absents|excuses|representes|exprimes"
    r"|suffrages\s+exprimes)\s*:\s*\d)"
)
_DATE_NUMERIQUE = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{2}|\d{4})$")
# « 1. Procès verbal de la réunion du 26 novembre 2013 » : un point (son approbation), pas le
# titre du document (« 1 Procès-verbal du conseil municipal du … »)
_PV_D_UNE_SEANCE = re.compile(
    r"\s*(?:proces[\s-]verbal|compte[\s-]rendu)\s+de\s+la\s+(?:reunion|seance)\s+(?:du\s+\d|precedente)"
    # « 1/ Procès-verbal du Conseil Municipal du 2 avril 2019 : après lecture … » : la date
    # d'une autre séance, puis deux-points et le récit du point
    r"|\s*(?:proces[\s-]verbal|compte[\s-]rendu)\s+du\s+(?:conseil|comite)\b[^:]{0,60}?\d{4}\s*:"
    # « 2006-142 : Compte rendu des décisions prises par le Président par délégation », « Compte
    # rendu d'activité 2016 » : un point (le conseil en prend acte), pas le titre du document
    # (« B2023-047 Compte rendu des marchés publics signés par délégation » : un point aussi)
    r"|\s*compte[\s-]rendu\s+(?:des\s+(?:decisions|marches|actes|contrats|conventions|arretes)|d'\s*activite|annuel)\b"
    # « RAPPORT N° 1.01 – Compte rendu de l'exercice des délégations accordées au Président » :
    # un point dont l'assemblée prend acte
    r"|\s*compte[\s-]rendu\s+(?:de\s+l'\s*(?:exercice|usage|utilisation)\s+(?:des|de\s+la)\s+delegations?|"
    r"des\s+delegations?)\b"
)


_NUMERO_EN_FIN = re.compile(
    r"(?P<objet>[A-ZÉÈÀÂÎÔ][^:]{2,200}?)\s*:\s*(?P<numero>(?:19|20)\d{2}[-./]\d{1,3})\s*"
)


_LIBELLE_DE_NUMERO = re.compile(r"(?:\b[Nn]\s*[°o]|\bnum[ée]ro)\s*$", re.I)


def numero_en_fin(texte: str) -> tuple[str, int | None, str, bool] | None:
    """« Tarifs de la piscine pour la saison 2010 : 2010-93 » : le numéro au bout du titre."""
    if len(texte) > 260 or ":" not in texte:
        return None
    propre = texte.strip()  # (sans blancs au bout : la correspondance finit par « \d »)
    trouve = _NUMERO_EN_FIN.fullmatch(propre) if propre[-1:].isdigit() else None
    if trouve is None or _LIBELLE_DE_NUMERO.search(trouve.group("objet")):
        return None  # (« Délibération n° : 2024-31 » : un libellé, pas un titre)
    return trouve.group("numero"), None, trouve.group("objet").strip(), False


# « Tarifs de la cantine 2010-2011 (délibération n° 2010-31) » : le numéro entre parenthèses au
# bout du titre
_NUMERO_FINAL_ENTRE_PARENTHESES = re.compile(
    r"(?P<objet>[A-ZÉÈÀÂÎÔ][^()]{2,200}?)\s*\(\s*(?:d[ée]lib[ée]ration|d[ée]lib\.|DCM|dcm)\s*"
    r"(?:n\s*[°o]\.?|N\s*[°o]\.?)\s*(?P<numero>[\w\-/.]*\d[\w\-/.]*)\s*\)",
    re.IGNORECASE,
)


def numero_entre_parentheses_en_fin(texte: str) -> tuple[str, str, str] | None:
    """« Titre (délibération n° 2010-31) » : le numéro d'un point au bout de son titre ; rend le
    numéro, le titre et ce qui suit sur la ligne (l'exposé, quand la ligne a été recollée)."""
    propre = texte.strip()
    if ")" not in propre[:260]:
        return None
    trouve = _NUMERO_FINAL_ENTRE_PARENTHESES.match(propre)
    if trouve is None:
        return None
    suite = propre[trouve.end() :].strip()
    if suite and not suite[:1].isupper():
        return None
    return trouve.group("numero"), trouve.group("objet").strip(), suite


_PUCE_INITIALE = re.compile(r"^\s*[-–•*]\s+")
_DEBUTS_PUCE_INITIALE = debuts_requis(_PUCE_INITIALE, "-–•*", blancs=True)
_SIGLES_COLLES = frozenset(("d", "dcm", "dcc", "dcs", "dc"))


_RANG_PUIS_NUMERO = re.compile(
    r"\s*(?:point|question)\s+\d{1,3}\s*[:\-–]\s*(?=(?:deliberation\s+)?n\s*[°o]\s*\d)"
)


def numero_deliberation(texte: str) -> tuple[str, int | None, str, bool] | None:
    """« Délibération n° 2024-123 », « DCM n°2020-57 - Objet », « 2016.84 : Objet »,
    « N° 06.2019.01 – Objet », « Question 1 – Objet », « CP 22-07-015 – Objet »,
    « 1) Objet » → (numéro, rang, suite de la ligne, forme faible).

    Une forme faible (« 1) », « 1. », « 1 - ») peut aussi être une puce du dispositif :
    l'analyseur en décide d'après le contexte.
    """
    if len(texte) > 600:
        return None
    puce = _PUCE_INITIALE.match(texte) if commence_par_un(texte, _DEBUTS_PUCE_INITIALE, True) else None
    if puce:
        texte = texte[puce.end() :]
    plat = _plat(texte)
    if ")" not in plat and "/" not in plat and not _a_un_chiffre(plat):
        return None
    if _UN_DES_NUMEROS.match(plat) is None:
        return None
    if (tete_du_point := _RANG_PUIS_NUMERO.match(plat)) is not None:
        # « Point 1 – n° 24-2023 : Objet » : le numéro de la délibération, pas le rang du point
        return numero_deliberation(texte[tete_du_point.end() :])
    for motif in _NUMEROS:
        trouve = motif.match(plat)
        if trouve:
            break
    else:
        return None
    numero = texte[trouve.start("numero") : trouve.end("numero")].strip(" .-")
    if trouve.groupdict().get("mot") in _SIGLES_COLLES and trouve.end("mot") == trouve.start("numero"):
        # « D2022_31 – Objet », « DCM2020-57 » : le sigle collé au nombre fait partie du numéro
        numero = texte[trouve.start("mot") : trouve.end("numero")].strip(" .-")
    suite = plat[trouve.end() :]
    mot = trouve.groupdict().get("mot") or ""
    if (not mot and _DATE_NUMERIQUE.match(numero)) or _ANNEES.match(numero):
        return None
    if _PAS_UN_POINT.match(suite) and not _PV_D_UNE_SEANCE.match(suite):
        return None
    groupes = trouve.groupdict()
    faible = groupes.get("liste") is not None
    mot = groupes.get("mot") or ""
    if faible and numero.isalpha():
        titre = texte[trouve.end() :].strip()
        # (« a) Rentrée scolaire : tarifs – M. le Maire propose … » : le titre avant le tiret de
        # l'exposé, dans le flux d'un texte aplati)
        tete = _TITRE_PUIS_EXPOSE.match(titre)
        court = tete.group(1) if tete else titre
        if not numero.isupper() and not (
            court[:1].isupper() and len(court) <= 120 and court[-1:] not in ".;,:"
        ):
            return None  # « a) de fixer … » : un alinéa, pas un point (« a) Titre » en est un)
        return numero, ord(numero.upper()) - ord("A") + 1, titre, faible
    rang = (
        int(numero)
        if numero.isdigit() and (faible or mot in ("point", "question", "dossier", "affaire"))
        else None
    )
    debut = trouve.end()
    if suite[:3] == "du " and (datee := _DATE_DE_L_ACTE.match(suite)) is not None:
        debut += datee.end()  # « Délibération n° 2024-31 du 26 septembre 2024 : Titre »
    return numero, rang, texte[debut:].strip(), faible


_TITRE_PUIS_EXPOSE = re.compile(
    r"([^.;]{2,120}?)\s[-–]\s(?=(?:M\.|Mme|Monsieur|Madame|Le|La|Les|L'|Il|Elle)\s)"
)


# la date de l'acte entre le numéro et le titre (« du 26 septembre 2024 : », « du 26/09/2024 - »)
_DATE_DE_L_ACTE = re.compile(
    r"du\s+(?:\d{1,2}(?:er)?\s+[a-z]+\s+\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})\s*[:\-–]\s*(?=\S)"
)


_VALEURS_ROMAINES = {"i": 1, "v": 5, "x": 10, "l": 50}
# « II ATTRIBUTION … », « I/ COMPTE ADMINISTRATIF 2018 », « III - URBANISME » : un chiffre romain
# (sans séparateur, « / », « - », « . » ou « ) ») suivi d'un titre en capitales (un mot de trois
# lettres au moins) ; le « I » d'un nom (« Corinne GARROS I ») n'est jamais au début d'une ligne
_ROMAIN_TITRE = re.compile(
    r"\s*(?P<numero>[IVXL]{1,7})\s*(?:/|[-–.)])?\s+(?=[A-ZÉÈÊÀÂÎÔÛÇ]{3}[A-ZÉÈÊÀÂÎÔÛÇ'’\-]*(?:\s|$))"
)


# « I – Vote du compte administratif 2005 » : un chiffre romain, un tiret, un titre en minuscules
_ROMAIN_TIRET = re.compile(r"\s*(?P<numero>[IVXL]{1,7})\s*[-–]\s+(?=[A-ZÉÈÊÀÂÎÔÛÇ][a-zéèêàâîôûç])")


# « I. Assainissement collectif : … » : un chiffre romain, un point, un titre en minuscules
_ROMAIN_POINT = re.compile(r"\s*(?P<numero>[IVXL]{1,7})\.\s+(?=[A-ZÉÈÊÀÂÎÔÛÇ][a-zéèêàâîôûç])")


def romain_point(texte: str) -> bool:
    """« I. Assainissement collectif » : un chiffre romain suivi d'un point et d'un titre qui
    n'est pas en capitales (l'analyseur ne l'accepte que dans un texte aplati, le titre coupé
    de sa suite).

    >>> romain_point("II. Tarifs de la cantine"), romain_point("II – Tarifs"), romain_point("I.Tarifs")
    (True, False, False)
    """
    return _ROMAIN_POINT.match(texte) is not None


def romain_tiret(texte: str) -> bool:
    """« I – Vote du compte administratif » : un chiffre romain suivi d'un tiret et d'un titre
    qui n'est pas en capitales (l'analyseur ne l'accepte que sur une ligne courte à elle).

    >>> romain_tiret("II – Budget primitif 2006"), romain_tiret("II BUDGET")
    (True, False)
    """
    return _ROMAIN_TIRET.match(texte) is not None


def entier_romain(chiffres: str) -> int | None:
    """La valeur d'un nombre romain écrit dans sa forme usuelle (``None`` sinon).

    >>> entier_romain("XIV"), entier_romain("IIII"), entier_romain("IC")
    (14, None, None)
    """
    valeurs = [_VALEURS_ROMAINES.get(c) for c in chiffres.lower()]
    if not valeurs or any(v is None for v in valeurs):
        return None
    total = 0
    for i, v in enumerate(valeurs):
        assert v is not None
        suivant = valeurs[i + 1] if i + 1 < len(valeurs) else None
        total += -v if suivant is not None and suivant > v else v
    return total if 0 < total < 90 and _en_romain(total) == chiffres.upper() else None


def _en_romain(n: int) -> str:
    texte = ""
    for valeur, chiffres in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        compte, n = divmod(n, valeur)
        texte += chiffres * compte
    return texte


def numero_romain(texte: str) -> tuple[str, int, str] | None:
    """« II ATTRIBUTION DE COMPENSATION », « I/ FINANCES » → (numéro tel qu'écrit, rang, titre).

    Le titre commence par un mot en capitales ; l'analyseur vérifie que le rang est celui du
    point attendu (une rubrique « I - FINANCES » au-dessus de points « 1 - … » n'en est pas un).

    >>> numero_romain("II/ TRANSPORT SCOLAIRE")
    ('II', 2, 'TRANSPORT SCOLAIRE')
    >>> numero_romain("IL EST DECIDE") is None, numero_romain("I Approbation") is None
    (True, True)
    """
    if len(texte) > 2000:
        return None
    trouve = _ROMAIN_TITRE.match(texte) or _ROMAIN_TIRET.match(texte) or _ROMAIN_POINT.match(texte)
    if trouve is None:
        return None
    rang = entier_romain(trouve.group("numero"))
    if rang is None or _PAS_UN_POINT.match(_plat(texte), trouve.end()):
        return None  # « IV QUESTIONS DIVERSES » : pas une délibération
    return trouve.group("numero"), rang, texte[trouve.end() :].strip()


_APPROBATION = re.compile(
    r"^\s*(?:approbation|adoption)\s+d[ue]s?\s+(?:derniers?\s+)?(?:proces[\s-]verbal|compte[\s-]rendu|pv\b|comite|conseil|"
    r"la\s+seance|la\s+reunion)"
)
_FIN_TITRE = re.compile(
    # « … SCI Les Genêts Le prix » : l'article entre un sigle et un nom propre n'ouvre rien
    # (un sigle court), mais après un titre en capitales il ouvre la phrase
    # (« … de la résidence Les Micocouliers » au bout du titre : un nom propre, pas une phrase ;
    # « Commune déléguée de La Forge-Aubert » : après « de », « à », l'article est d'un nom)
    r"(?:(?<![A-ZÉÈ]{2})|(?<=[A-ZÉÈ]{5}))(?<!\sde)(?<!\sà)(?<!\sdu)\s+"
    r"(?=(?:Le|La|Les)\s(?![A-ZÉÈ][\w'’-]+\s*$))"
    r"|(?<=[A-ZÉÈ]{2})\s+(?=(?:Le|La|Les)\s+[a-zéèêàç])"
    r"|\s+(?=(?:Il|Elle|Vu|Considérant|Après|Apres|Sur|Aucune|"
    r"Aucun|Ce|Cette|Après|Afin|Suite)\s)"
    r"|(?<=[a-zéèêàç])\s+(?=(?:À|A)\s+la\s+suite\s)"  # « … receveur municipal À la suite de … »
    # (« Vente de la parcelle AB 212 à M. et Mme X » : après « à », « et », la civilité est
    # celle d'un nom du titre)
    r"|(?<!\sà)(?<!\set)(?<!\sde)(?<!\spar)(?<!\spour)(?<!\savec)\s+(?=(?:Monsieur|Madame|M\.|Mme)\s)"
    r"|(?<=[A-ZÉÈ]{5})\s+(?=[A-ZÉÈ][a-zéèêàç]+\s)"  # « … LES CAMBOUS Afin d'aménager »
    # (pas après un sigle dans un titre en casse mixte : « avec le PETR Portes de Gascogne »)
    r"|(?<=[A-ZÉÈ]{3})(?<![a-zéè]\s[A-ZÉÈ]{3})(?<![a-zéè]\s[A-ZÉÈ]{4})(?<![a-zéè]\s[A-ZÉÈ]{5})"
    r"\s+(?=[A-ZÉÈ][a-zéèêàç]+\s+(?![A-ZÉÈ][a-zéèêàç]))"
    r"|\s+(?=[A-ZÉÈ]\.(?:-[A-ZÉÈ]\.)?\s+[A-ZÉÈ][a-zéèêàç]+\s+[a-zéèêàç])"  # « … R. Delpech présente »
    r"|(?:(?<=n°\s\d)|(?<=n°\d)|(?<=n°\s\d\d)|(?<=n°\d\d))\s+(?=[A-ZÉÈ][a-zéèêàç]+\s+[a-zéèêàç\d])"
    r"|(?<!\sM\.)(?<!\sM)[.;]\s+|,\s+(?=adopt|approuv|à\s+\d+\s+voix|a\s+\d+\s+voix)|(?<=\d{4})\s+(?=[A-ZÉ])(?!(?:DE|DU|DES|ET|AU|AUX)\s+[A-ZÉÈ]{2})"
    # « … N°1 Rapporteur : X », « … 2021 Vote : Unanimité » : une rubrique ferme le titre
    r"|\s+(?=(?:[Rr]apporteu(?:r|se)s?|RAPPORTEU(?:R|SE)S?|[Vv]ote|VOTE)\s?:)"
    # « … d'allocations familiales LA COMMISSION PERMANENTE, Vu … » : l'assemblée en capitales,
    # sujet du dispositif, après un titre en casse mixte
    r"|(?<=[a-zéèêàçû\d)])\s+(?=(?:LE|LA|L['’])\s*(?:CONSEIL|COMMISSION|COMIT[EÉ]|BUREAU|ASSEMBL[EÉ]E)\b[^,.;:]{0,40},)"
    # (après un titre en capitales aussi, sauf après une préposition : « … RURALES LA COMMISSION
    # PERMANENTE, après … », pas « CONVENTION AVEC LE CONSEIL DÉPARTEMENTAL, … »)
    r"|(?<=[A-ZÉÈÀ]{3})(?<!\sDES)(?<!\sAUX)(?<!\sAVEC)(?<!\sPOUR)(?<!\sSUR)(?<!\sPAR)(?<!\sENTRE)"
    r"(?<!\sVERS)(?<!\sSOUS)\s+(?=(?:LE|LA|L['’])\s*(?:CONSEIL|COMMISSION|COMIT[EÉ]|BUREAU|ASSEMBL[EÉ]E)"
    r"\b[^,.;:]{0,40},\s*(?:$|[a-zéè]|VU\b|Vu\b|D[ÉE]CIDE\b|APR[ÈE]S\b|Apr[èe]s\b|SUR\b|Sur\b))"
    # « … de la cantine Unanimité », « … 4 voix pour, 1 voix contre », « … POUR 4 – CONTRE 1 » :
    # le vote, sans phrase, suit le titre
    # (« … : avis favorable par 14 voix pour » : la phrase du vote commence plus tôt)
    r"|(?<!\spar)(?<!\sà)(?<!\sa)(?<!\savec)(?<!\sde)\s+"
    r"(?=(?:Unanimit[ée]|UNANIMIT[ÉE]|Adopt[ée]|ADOPT[ÉE]|\d{1,3}\s+voix\s+pour\b"
    r"|(?:Pour|POUR)\s*:?\s*\d{1,3}\b))"
)


# « … des effectifs Création d'un poste », « … du cimetière Trois entreprises ont » : un mot
# à majuscule suivi d'un mot en minuscules, après un mot qui n'appelle pas un nom propre
_MAJUSCULE_PHRASE = re.compile(
    r"(?<=[a-zéèêàçùûôîïA-Z])\s+(?=[A-ZÉÈÀÂ][a-zéèêàçùûôîï]+\s+[a-zéèêàçùûôîï])"
)
# « … au syndicat mixte du SCoT Sont désignés : … » : après un sigle, seul un mot qui ouvre
# d'ordinaire une phrase la commence (« SIVOM Vallée du Lys » reste un nom)
_SIGLE_FIN_DE_TITRE = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
_OUVRE_UNE_PHRASE = frozenset(
    {
        "Le",
        "La",
        "Les",
        "Il",
        "Elle",
        "Ils",
        "Elles",
        "Sont",
        "Est",
        "Sera",
        "Seront",
        "Ce",
        "Cette",
        "Vu",
        "Considérant",
        "Après",
        "Sur",
        "Suite",
        "Monsieur",
        "Madame",
        # « … au syndicat mixte du SCoT Deux candidats se présentent » : un nombre sujet
        *("Deux", "Trois", "Quatre", "Cinq", "Plusieurs", "Aucun", "Aucune"),
    }
)
# « … familiales Sylvie Bonnafous rappelle que » : l'orateur qui ouvre l'exposé
_ORATEUR = re.compile(
    r"(?<=[a-zéèêàçùûôîï])\s+(?=(?:[A-ZÉÈ][a-zéèêàçï]+-)?[A-ZÉÈ][a-zéèêàçï]+\s+"
    r"[A-ZÉÈ][A-Za-zÉÈéèêàçï]+(?:-[A-ZÉÈ][A-Za-zÉÈéèêàçï]+)?\s+"
    r"(?:rappelle|présente|presente|expose|propose|indique|informe|explique|précise|precise|"
    r"souligne|annonce|demande|souhaite|soumet|signale|estime|rapporte|donne|fait)\b)"
)
# « … à la SARL Brenne Bois Hubert SAINT-AUBIN, associé de la société, ne prend pas part au
# vote » : le conseiller intéressé, nommé après le titre, ouvre la phrase
_INTERESSE = re.compile(
    # (« … à M. et Mme BARTHE Mme Estelle BARTHE, intéressée, ne prend pas part … » : « Mme »
    # n'est pas un prénom, la civilité du couple reste dans le titre)
    r"(?<=[a-zéèêàçùûôîï])\s+(?=(?:M\.\s+|Mme\s+)?(?!(?:Mme|Mmes|Mlle)\s)[A-ZÉÈ][a-zéèêàçï]+(?:-[A-ZÉÈ][a-zéèêàçï]+)?\s+"
    r"[A-ZÉÈ][A-ZÉÈ'’\-]+\b[^.]{0,80}?\bne\s+prend\s+pas\s+part)"
)
# Mots après lesquels un mot à majuscule est un nom propre (« zone du Puech », « rue Haute »)
_AVANT_NOM_PROPRE = frozenset(
    {
        *("de", "du", "des", "d", "la", "le", "les", "l", "à", "a", "au", "aux", "en", "et"),
        *("sur", "sous", "pour", "avec", "par", "entre", "chez", "ou", "vers", "contre"),
        *("dit", "dite", "dits", "dites", "saint", "sainte", "lieu-dit", "lieudit"),
        *("rue", "avenue", "route", "place", "chemin", "impasse", "allée", "allee"),
        *("boulevard", "quai"),
    }
)


def _debut_de_phrase(texte: str, depart: int = 3) -> re.Match[str] | None:
    """Le premier mot à majuscule qui ouvre une phrase dans un titre aplati (voir plus haut)."""
    for trouve in _MAJUSCULE_PHRASE.finditer(texte, depart):
        debut = trouve.start()
        mot = texte[texte.rfind(" ", 0, debut) + 1 : debut]
        if mot.islower() and mot not in _AVANT_NOM_PROPRE:
            return trouve
        suivant = texte[trouve.end() :].split(" ", 1)[0]
        if len(mot) <= 8 and _SIGLE_FIN_DE_TITRE.fullmatch(mot) and suivant in _OUVRE_UNE_PHRASE:
            return trouve
        if suivant in _OUVRE_APRES_NOM_PROPRE and _nom_propre_avant(texte, debut, mot):
            return trouve
    return None


# « … du chemin rural dit des Pâtis Trois entreprises ont été consultées » : après un nom
# propre (un mot à majuscule appelé par « des », « rue »…), un mot qui ne finit jamais un nom
# de lieu ouvre la phrase (pas « Le », « La », « Sur » : « Bourg La Reine », « Ville Sur Yon »)
_OUVRE_APRES_NOM_PROPRE = frozenset(
    {
        *("Il", "Elle", "Ils", "Elles", "Vu", "Considérant", "Monsieur", "Madame"),
        *("Deux", "Trois", "Quatre", "Cinq", "Six", "Plusieurs", "Aucun", "Aucune"),
    }
)


def _nom_propre_avant(texte: str, debut: int, mot: str) -> bool:
    """Le mot qui finit avant ``debut`` est un nom propre appelé par le mot qui le précède."""
    if not (mot[:1].isupper() and mot[1:].islower()):
        return False
    avant = texte[: texte.rfind(" ", 0, debut)].rsplit(" ", 1)[-1:]
    return bool(avant) and avant[0].lower() in _AVANT_NOM_PROPRE


# « (point ajouté à l'ordre du jour) », « (point supplémentaire) » après un titre
_MENTION_D_AJOUT = re.compile(
    r"\((?:point\s+|question\s+)?(?:ajout[ée]e?|rajout[ée]e?|suppl[ée]mentaire)[^()]{0,60}\)",
    re.IGNORECASE,
)


def couper_titre(texte: str) -> tuple[str, str]:
    """Dans une ligne aplatie, le titre d'un point et la suite (exposé, vote).

    >>> couper_titre("Tarifs 2009 du portage Le Président propose de porter le prix")
    ('Tarifs 2009 du portage', 'Le Président propose de porter le prix')
    >>> couper_titre("Modification du tableau des effectifs Création d un poste")
    ('Modification du tableau des effectifs', 'Création d un poste')
    >>> couper_titre("Cession à la SCI Les Genêts Le prix est de 12 €")
    ('Cession à la SCI Les Genêts', 'Le prix est de 12 €')
    """
    if (
        "(" in texte
        and (ajout := _MENTION_D_AJOUT.search(texte, 0, 300)) is not None
        and len(texte[: ajout.start()].split()) >= 2  # (pas la mention en tête, avant le titre)
        and "." not in texte[: ajout.start()]
    ):
        # « Titre de la Société Les Amis (point ajouté) La délibération … » : la mention de
        # l'ordre du jour ferme le titre
        return texte[: ajout.end()].strip(" ,"), texte[ajout.end() :].strip()
    depart = 3
    while True:
        candidats = [
            t
            for t in (
                _FIN_TITRE.search(texte, depart),
                _ORATEUR.search(texte, depart),
                _debut_de_phrase(texte, depart),
                _INTERESSE.search(texte, depart) if "prend pas part" in texte else None,
            )
            if t is not None
        ]
        if not candidats:
            return texte.strip(), ""
        trouve = min(candidats, key=lambda t: t.start())
        if not _dans_un_nom_de_lieu(texte, trouve.start()) and not _article_d_un_nom(texte, trouve.end()):
            return texte[: trouve.start()].strip(" ,"), texte[trouve.end() :].strip()
        depart = trouve.start() + 1


# « … à l'association Les Amis du Lavoir Mme X, présidente, ne prend pas part … » : l'article
# suivi de mots à majuscule (et de leurs liaisons), puis d'une phrase qui s'ouvre, est celui
# d'un nom propre (pas « … Le Conseil Municipal, après … » : rien ne s'ouvre après le nom)
_ARTICLE_DE_NOM = re.compile(
    # (pas « Le Maire Monsieur X », « Le Président M. X » : une fonction, sujet de la phrase)
    r"(?:Le|La|Les)\s+(?!(?:Maire|Pr[ée]sident|Conseil|Comit|Bureau|Commission|Pr[ée]f|Tr[ée]sor|"
    r"Rapporteu|Vice|Adjoint|Direct|Secr[ée]taire)\w*\b)[A-ZÉÈÀÂÎÔ][\w'’-]+"
    r"(?:\s+(?:(?:de|du|des|la|le|les|et|sur|sous|en)\s+|d['’]){0,2}"
    r"[A-ZÉÈÀÂÎÔ][\w'’-]*[a-zéèêàç][\w'’-]*)*\s+"
    r"(?=(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[A-ZÉÈ]|(?:Le|La|Les|Il|Elle)\s+[a-zéèêàç])"
)


def _article_d_un_nom(texte: str, i: int) -> bool:
    """À ``i``, l'article d'un nom propre que suit une phrase (voir :data:`_ARTICLE_DE_NOM`)."""
    return texte[i : i + 3] in ("Le ", "La ", "Les") and _ARTICLE_DE_NOM.match(texte, i) is not None


_LIEU_DIT_FINAL = re.compile(r"\b(?:lieu[\s-]?dit|lieux[\s-]dits)\s*«?\s*$", re.IGNORECASE)


def _dans_un_nom_de_lieu(texte: str, i: int) -> bool:
    """« au lieu-dit « La Côte Saint-Jean » », « au lieu-dit Les Grandes Ouches » : l'article
    d'un nom de lieu, ou un mot entre guillemets ouverts, n'ouvre pas la phrase suivante."""
    avant = texte[:i]
    if avant.count("«") > avant.count("»") and "»" in texte[i:]:
        return True
    return _LIEU_DIT_FINAL.search(avant) is not None


def approbation(texte: str) -> str | None:
    """« Approbation du procès-verbal du 29 juin 2017 » : un point sans numéro."""
    if len(texte) > 600 or not _APPROBATION.match(_plat(texte)):
        return None
    return texte.strip()


_ORGANE_QUI_ADOPTE = (
    r"(?:le|la)\s+(?:conseil|comite|commission|bureau)(?:\s+(?:municipal|communautaire"
    r"|syndical|departemental|regional|permanente|de\s+communaute))?"
)
# « Après en avoir délibéré, (le Conseil de Communauté) approuve … »
_DELIBERE_PUIS_ADOPTE = re.compile(
    rf"apres\s+en\s+avoir\s+delibere\s*,?\s*(?:{_ORGANE_QUI_ADOPTE}\s*,?\s*)?"
    # « …, par 9 voix pour et 1 abstention, approuve » : le vote entre le délibéré et le verbe
    # (« par 25 voix pour et 5 voix contre (groupe X : MM. A, B), APPROUVE » : les virgules
    # d'une parenthèse de noms ne ferment pas le vote)
    # (« par huit voix pour et deux abstentions (MM. X et Y), approuve » : voix en lettres)
    r"(?:(?:par\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+){0,3})\s+voix(?:[^,()]|\([^()]{0,200}\)){0,120}"
    r"|a\s+l\W?\s*unanimite[^,]{0,40}),\s*)?"
    # (« après en avoir délibéré, accepte la vente » : l'acceptation dit l'adoption ; « …, par
    # 4 voix pour et 1 voix contre, DÉCIDE d'approuver les tarifs », « …, DECIDE de retenir
    # l'offre »)
    r"(?:approuve|adopte|accepte|retient|decide\s+d(?:'\s*|e\s+)(?:approuver|adopter|accepter|retenir))\b"
)
# (« Le Conseil Municipal accepte de verser une subvention … » : l'acceptation dit l'adoption ;
# « Trois devis ont été reçus. Le conseil retient l'entreprise … » : aussi après une phrase ;
# « Trois offres ont été reçues. Après analyse, le conseil retient l'offre … », « Sur
# proposition du Maire, le conseil approuve … » : derrière un complément court suivi d'une virgule)
# (« Le Président ayant quitté la salle, le conseil, réuni sous la présidence de M. X, premier
# vice-président, adopte … », « le comité, siégeant sous la présidence de … », « le conseil,
# présidé par Mme Y, approuve … » : une incise de participe entre l'organe et le verbe)
# (« M. le Maire ayant quitté la salle, le conseil, sous la présidence de M. X, premier
# adjoint, approuve … », « le conseil, la séance étant présidée par M. X, adopte … » : l'incise
# de la présidence)
_ORGANE_ADOPTE = re.compile(
    # (« … la voix du Maire est prépondérante : le conseil retient l'entreprise A » : le partage
    # des voix tranché, puis la décision)
    rf"(?:\s*|.{{0,200}}?[.!?]\s+|.{{0,300}}?\bpreponderante\s*[:;,]\s+)(?:[^.,;:]{{3,60}},\s*)?"
    rf"{_ORGANE_QUI_ADOPTE}(?:\s*,\s*(?:reunie?\s|siegeant\s|presidee?\s|sous\s+la\s+presidence\s"
    r"|la\s+seance\s+etant\s+presidee\s)"
    r"[^;:]{3,120}?,)?"
    r"\s+(?:approuve|adopte|retient|accepte)\b"
)
# « Le Conseil Municipal décide d'adhérer au groupement …, approuve la convention et autorise … » :
# l'approbation coordonnée à la décision, dans la même phrase
_ORGANE_DECIDE_ET_APPROUVE = re.compile(
    rf"\s*{_ORGANE_QUI_ADOPTE}\s*,?\s+decide\s+d[e'][^.;:]{{0,200}}?(?:,|\bet)\s+(?:approuve|adopte)\b"
)
# « Les membres du comité syndical décident à la majorité : - d'approuver … »
# (« DÉCIDE par 25 voix pour, 6 voix contre, d'adopter … » : les voix, puis le verbe d'adoption)
_DECIDE_A_LA_MAJORITE = re.compile(
    r"\bdecide(?:nt)?\s+(?:a\s+la\s+majorite\b"
    r"|par\s+\d{1,3}\s+voix\s+pour\b[^.;:]{0,80}?,?\s+d'\s*(?:adopter|approuver)\b)"
)


def decision_adoptee(texte: str) -> bool:
    """« Le Conseil Municipal, après en avoir délibéré, approuve la convention » : la phrase du
    dispositif dit elle-même que la délibération est adoptée."""
    plat = _plat(texte)
    if len(plat) >= 300:
        # « Le Conseil Municipal, après en avoir délibéré, ADOPTE le programme …, SOLLICITE …,
        # DIT … » (texte aplati : le dispositif entier sur une ligne) : la phrase d'ouverture
        return _DELIBERE_PUIS_ADOPTE.match(plat, plat.find("apres en avoir delibere")) is not None
    return bool(
        _DELIBERE_PUIS_ADOPTE.search(plat)
        or _ORGANE_ADOPTE.match(plat)
        or _ORGANE_DECIDE_ET_APPROUVE.match(plat)
        or _DECIDE_A_LA_MAJORITE.search(plat)
    )


_VERBE_DECISION = re.compile(r"\b(?:decide|arrete|approuve|adopte)\b\s*:?\s*")
_DELIBERE = re.compile(r"delibere\s*[,:]?\s*")
_OUVRE_DISPOSITIF = re.compile(
    r"apres\s+en\s+avoir\s+delibere|\bdecide\s*:?\s*$|^\s*decide\b"
)


_MOTS_OUVRE_DISPOSITIF = mots_requis(_OUVRE_DISPOSITIF, "delibere", "decide")


def decision(texte: str) -> str | None:
    """La phrase qui ouvre le dispositif : « Le Conseil, après en avoir délibéré, décide : ».

    Renvoie la décision écrite sur la même ligne (« d'approuver… »), ou ``""``, ou ``None``
    si la ligne n'ouvre pas le dispositif.
    """
    plat = _plat(texte)
    if (
        len(plat) >= 300
        or not contient_un(plat, _MOTS_OUVRE_DISPOSITIF)
        or not _OUVRE_DISPOSITIF.search(plat)
    ):
        return None
    trouve = _VERBE_DECISION.search(plat)
    if trouve is None:
        trouve = _DELIBERE.search(plat)
    fin = trouve.end() if trouve else len(plat)
    return texte[fin:].strip()


_VOTE_LIBELLES = (
    (
        r"ne\s+se\s+prononce(?:nt)?\s+pas|ne\s+prend?(?:nent)?\s+pas\s+part(?:\s+au\s+vote)?|nppv|sans\s+participation|refus\s+de\s+vote"
        # « 1 conseillère n'ayant pas pris part au vote »
        r"|(?:(?:conseill|membre|elu|delegue)[a-z]*\s+)?(?:n'\s*ayant|ne\s+prenant)\s+pas\s+(?:pris\s+)?part\s+au\s+vote",
        "ne_prend_pas_part",
    ),
    (r"(?:bulletins?\s+)?(?:blancs?(?:\s+(?:et|ou)\s+nuls?)?|nuls?)", "blancs_nuls"),
    # « 0 voix d'Abstention » ; « S'abstiennent : 4 (M. X, …) », « S'abstient : 1 » ; « Ont voté
    # pour : 5 ; ont voté contre : 1 ; se sont abstenus : 1 », « s'est abstenu : 1 »
    (
        r"(?:voix\s+d'\s*)?abstentions?|s'\s*abstien(?:nen)?t|se\s+sont\s+abstenu(?:e|s|es)?"
        r"|s'\s*est\s+abstenue?",
        "abstentions",
    ),
    (r"(?:voix\s+|votes?\s+)?contre", "contre"),
    (r"(?:voix\s+|votes?\s+)?pour", "pour"),
    (r"suffrages\s+exprimes", "exprimes"),
)


_JAMAIS = re.compile(r"(?!)")
_VOTE_MOTIFS_BRUTS = tuple(
    (
        cle,
        # (« suffrages exprimés : 4 pour, 1 contre » : les voix pour, pas le nombre d'exprimés)
        re.compile(
            # (« Ont voté contre (5) : M. A, … », « … ont voté pour (24). » : le nombre entre
            # parenthèses ; « Ont voté pour : les 24 autres votants »)
            rf"(?:^|[\s/,;(])(?:{libelle})\s*(?:[:=]\s*(?:les\s+(?=\d{{1,3}}\s+autres\b))?"
            rf"|\(\s*(?=\d{{1,3}}\s*\)\s*(?:[:.;]|$)))(\d+)"
            + (r"(?!\d|\s+(?:voix\s+)?(?:pour|contre)\b(?!\s*:))" if cle == "exprimes" else "")
        ),
        # « 12 voix pour », jamais « les taux de 2008 pour la taxe » (une année, pas des voix)
        # « pour,3 voix contre » (virgule collée d'un PDF aplati) : oui ; « 6,3 voix » : non
        # (« Exprimés : 5 Pour : 4 » : « 5 » n'est pas suivi de ses voix pour, mais d'un libellé)
        # (« … et 1 abstention (M. X) : - APPROUVE » : le deux-points qui ouvre le dispositif
        # n'est pas celui d'un libellé, qu'un nombre suivrait)
        re.compile(rf"(?<![\d.])(?<!\d,)(\d{{1,3}})\s+(?:{libelle})\b(?!\s*[:=]\s*\d)"),
        re.compile(rf"(?:^|[\s/,;(:])(?:{libelle})\s+(\d+)\b"),
    )
    for libelle, cle in _VOTE_LIBELLES
) + tuple(
    # « Opposition : 0 Approbation : 30 » : seulement suivis de deux-points (« 2019 Approbation
    # du procès-verbal » n'est pas un vote)
    (cle, re.compile(rf"(?:^|[\s/,;(]){libelle}\s*:\s*(\d+)"), _JAMAIS, _JAMAIS)
    for libelle, cle in (("opposition", "contre"), ("approbation", "pour"))
)
# « 012 pour tenir compte », « 3 pour la commune » : « pour » suivi d'un infinitif ou d'un
# article dit un but, pas des voix (sauf « 12 voix pour »)
# (« … nécessaires au chapitre 65 pour » / « la participation … » : le numéro d'un chapitre,
# d'un article, d'un compte, pas des voix)
_POUR_SANS_VOIX = re.compile(
    r"(?<!\bchapitre\s)(?<!\barticle\s)(?<!\bcompte\s)(?<!\bcomptes\s)(?<!\bpage\s)(?<!\bannexe\s)"
    r"(?<![\d.,])(\d{1,3})\s+(?:(?:voix|votes?)\s+pour\b|pour\b"
    r"(?!\s+(?:la|le|les|l'|un|une|des|du|ce|cette|[a-z]+(?:er|ir|re))\b))(?!\s*[:=])"
)
# (les motifs des voix « pour » avant le libellé remplacés par celui qui écarte un but)
_VOTE_MOTIFS = tuple(
    (cle, apres, _POUR_SANS_VOIX if cle == "pour" else avant, sans)
    for cle, apres, avant, sans in _VOTE_MOTIFS_BRUTS
)
# Le mot sans lequel aucun motif d'une clé ne peut réussir (préfiltre : une recherche par
# sous-chaîne coûte bien moins que trois expressions sur toute la ligne)
_INDICES_VOTE: dict[str, tuple[str, ...]] = {
    "ne_prend_pas_part": ("prononce", "part", "nppv", "particip", "refus"),
    "blancs_nuls": ("blanc", "nul"),
    "abstentions": ("abstention", "abstien", "abstenu"),
    "contre": ("contre", "opposition"),
    "pour": ("pour", "approbation"),
    "exprimes": ("exprimes",),
}
# « POUR 10  CONTRE 0  ABSTENTION 0 », « VOTE : Pour 4 Abstention 1 » : le libellé avant le
# nombre, sans deux-points (le nombre suivi d'un séparateur, de la fin ou d'un autre libellé :
# « pour 3 ans » n'en est pas un) ; « 12 pour 3 contre 1 abstention » : le nombre avant
_VOIX_LIBELLE_D_ABORD = re.compile(
    r"\b(?:pour|contre|abstentions?)\s+\d{1,3}(?![\d.,]\d)(?:\s+voix)?"  # « pour 6,9 M€ » : non
    r"\s*(?:$|[,;\-–/)]|\.(?:\s|$)|(?:et\s+)?(?:pour|contre|abstentions?)\b)"  # (« Vote : pour 19. »)
)
_VOIX_NOMBRE_D_ABORD = re.compile(r"(?<![\d.,])\d{1,3}\s+(?:voix\s+)?(?:pour|contre|abstentions?)\b")


def _libelle_d_abord(plat: str) -> bool:
    """Vrai quand la ligne écrit ses voix libellé puis nombre : la première des deux formes
    trouvées l'emporte."""
    libelle = _VOIX_LIBELLE_D_ABORD.search(plat)
    if libelle is None:
        return False
    nombre = _VOIX_NOMBRE_D_ABORD.search(plat)
    return nombre is None or libelle.start() < nombre.start()


_INDICE_VOTE = re.compile(r"\d")
_CHIFFRE_ASCII = re.compile(r"[0-9]")  # (un texte ASCII n'a pas d'autres chiffres que ceux-là)


def _a_un_chiffre(texte: str) -> bool:
    """``_INDICE_VOTE.search(texte)``, plus vite sur un texte ASCII (le cas courant)."""
    return (_CHIFFRE_ASCII if texte.isascii() else _INDICE_VOTE).search(texte) is not None
_UNANIMITE_VOIX = re.compile(r"\bunanimite\b[^()]{0,40}\(\s*(\d+)\s+voix\b")
_VOIX_CONTRE = re.compile(r"\bpar\s+(\d+)\s+voix\s+contre\s+(\d+)\b")
_MOTS_VOTE = re.compile(
    r"pour|contre|abstention|abstenu|blanc|nul|prononce|part|nppv|exprim|procuration|pouvoir|particip|refus|voix"
    r"|opposition|approbation"
)
_LIBELLE_AVANT = re.compile(
    r"(?:pour|contre|abstentions?|votants|exprimes|blancs|nuls|part\s+au\s+vote|opposition|approbation)"
    r"\s*:\s*$"
)


def pour_unanime(texte: str) -> int | None:
    """« Adopté à l'unanimité des votants (9 voix) » → 9 ; ``None`` sans nombre de voix."""
    trouve = _UNANIMITE_VOIX.search(_plat(texte)) if len(texte) <= 2000 else None
    return int(trouve.group(1)) if trouve else None


_UNITES_VOTE = (
    r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
    r"seize|vingt|trente|quarante|cinquante|soixante"
)
# (gardée : un nombre en lettres commence par l'une de ces lettres)
_NOMBRE_AVANT_VOIX = avec_garde("udtqcshnov", re.compile(
    rf"\b((?:{_UNITES_VOTE})(?:[\s-]+(?:et[\s-]+)?(?:{_UNITES_VOTE}))*)"
    r"(?=\s+(?:voix|votes?|bulletins?|abstentions?|pour\b|contre\b))"
))
_MOTS_NOMBRE_AVANT_VOIX = mots_requis(
    _NOMBRE_AVANT_VOIX, "voix", "vote", "bulletin", "abstention", "pour", "contre"
)
# « Pour : cinq ; Contre : zéro » : le nombre en lettres après le libellé et ses deux-points
_NOMBRE_APRES_LIBELLE = re.compile(
    # (« Abstention : néant », « Contre : aucun » : zéro)
    # (« zéro » et « néant » ne sont que des nombres : la rubrique suivante d'un texte aplati
    # peut les suivre, « Abstention : zéro FINANCES … »)
    r"\b((?:pour|contre|abstentions?)\s*:\s*)((?:zéro|zero|néant|neant)\b|(?:aucune?|"
    + _UNITES_VOTE
    + r")(?:[\s-]+(?:et[\s-]+)?(?:"
    + _UNITES_VOTE
    + r"))*\b"
    # le nombre seul jusqu'au libellé suivant (« Pour : un avis favorable » n'en est pas un ;
    # « Contre : deux (M. X, Mme Y) » : les noms entre parenthèses)
    r"(?=\s*(?:[;,.\-–/()]|$)|\s+(?:contre|abstentions?|voix|votants?|pour)\b))"
)
# « par dix-neuf voix contre six » : le second nombre, après « voix contre », en lettres aussi
_CONTRE_EN_LETTRES = re.compile(
    rf"(\bpar\s+\d+\s+voix\s+contre\s+)((?:{_UNITES_VOTE})(?:[\s-]+(?:et[\s-]+)?(?:{_UNITES_VOTE}))*)\b"
)
# « vingt voix pour, zéro contre » : zéro en lettres devant le libellé
_ZERO_AVANT_LIBELLE = re.compile(r"\bz[ée]ro\s+(?=(?:voix\s+)?(?:contre|abstentions?|pour)\b)")
_PAR_VOIX = re.compile(r"\bpar\s+(\d+)\s+voix\b(?!\s+(?:pour|contre))")


def _chiffrer(plat: str) -> str:
    """« par quatre voix pour et deux contre » → « par 4 voix pour et 2 contre » ; « Pour :
    cinq ; Contre : zéro » → « Pour : 5 ; Contre : 0 »."""

    def chiffre(trouve: re.Match[str]) -> str:
        valeur = nombre_en_lettres(trouve.group(1))
        return str(valeur) if valeur is not None else trouve.group(1)

    def apres_libelle(trouve: re.Match[str]) -> str:
        valeur = 0 if trouve.group(2).lower() in _ZERO_EN_MOTS else nombre_en_lettres(trouve.group(2))
        return trouve.group(1) + (str(valeur) if valeur is not None else trouve.group(2))

    def second(trouve: re.Match[str]) -> str:
        valeur = nombre_en_lettres(trouve.group(2))
        return trouve.group(1) + (str(valeur) if valeur is not None else trouve.group(2))

    if "aucun" in plat:  # « par dix voix pour, aucune voix contre et une abstention »
        plat = _AUCUNE_VOIX.sub("0 ", plat)
    if "z" in plat:  # « vingt voix pour, zéro contre »
        plat = _ZERO_AVANT_LIBELLE.sub("0 ", plat)
    plat = _NOMBRE_AVANT_VOIX.sub(chiffre, plat)
    if "voix contre" in plat:  # « par dix-neuf voix contre six »
        plat = _CONTRE_EN_LETTRES.sub(second, plat)
    return _NOMBRE_APRES_LIBELLE.sub(apres_libelle, plat)


_ZERO_EN_MOTS = frozenset(("néant", "neant", "aucun", "aucune"))
# « Contre : / » : la barre oblique d'une case vide, aucune voix (pas « Pour : 8/10 »)
_BARRE_POUR_ZERO = re.compile(r"\b((?:pour|contre|abstentions?)\s*:\s*)/(?=\s|$)")
_AUCUNE_VOIX = re.compile(r"\baucune?\s+(?=(?:voix\s+)?(?:contre|abstention)\b)")


_DONT_PROCURATIONS = re.compile(r"\bdont\s+(\d+)\s+(?:procuration|pouvoir)")


_FONCTION_NE_VOTE_PAS = re.compile(
    r"\((?:le|la)\s+(?:president|presidente|maire|vice-presidente?)\s+ne\s+prend\s+pas\s+part"
    r"\s+au\s+vote\)"
)


# « Pour : groupe A (16), groupe B (2) ; Contre : groupe C (7) » : les voix par groupe politique,
# sans total ; le total d'un libellé est la somme de ses groupes
_VOIX_PAR_GROUPE = re.compile(
    r"\b(pour|contre|abstentions?)\s*:\s*"
    r"((?:le\s+|les\s+)?groupes?\s+[^():;]{1,80}?\(\s*\d{1,3}(?:\s+voix)?\s*\)"
    r"(?:\s*(?:,|\bet\b)\s*(?:le\s+|les\s+)?(?:groupes?\s+)?[^():;,]{1,80}?\(\s*\d{1,3}(?:\s+voix)?\s*\))*)"
)
_VOIX_D_UN_GROUPE = re.compile(r"\(\s*(\d{1,3})(?:\s+voix)?\s*\)")


# les coquilles du mot dans un libellé de vote : « ABSTENTON », « Abstension »
# (« ABST : 1 », « Abst. : 1 » : l'abréviation d'une ligne de vote)
_ABSTENTION_COQUILLE = re.compile(r"\babst(?:enton|ension|entation)s?\b|\babst\b\.?(?=\s*:\s*\d)")


def _total_des_groupes(trouve: re.Match[str]) -> str:
    total = sum(int(v) for v in _VOIX_D_UN_GROUPE.findall(trouve.group(2)))
    return f"{trouve.group(1)} : {total}"


# (le libellé, ses points de conduite, puis le nombre : un tableau de vote copié d'un PDF)
_POINTS_DE_CONDUITE_VOTE = re.compile(
    r"\b(pour|contre|abstentions?|votants|ne\s+prenn?(?:ent|d)\s+pas\s+part)\s*\.{4,}\s*(?=\d)"
)


# « Pour (14) », « Contre (2 : M. X, Mme Y) », « Ont voté contre (4) : noms » : le nombre entre
# parenthèses après le libellé, seul ou suivi des noms
_VOIX_ENTRE_PARENTHESES = re.compile(r"\b(pour|contre|abstentions?)\s*\(\s*(\d{1,3})\s*(\)|:)")


def _voix_hors_parentheses(trouve: re.Match[str]) -> str:
    suite = " (" if trouve.group(3) == ":" else ""
    return f"{trouve.group(1)} : {trouve.group(2)}{suite}"


# « Contre : M. X, Mme Y », « s'abstiennent : M. Z et Mme W », « Contre : Prénom NOM, Prénom
# NOM. » : les votants nommés sans nombre ; leur nombre est celui des personnes nommées (le
# libellé sans casse, les noms en capitales ; « Contre : NÉANT » n'est pas un nom)
_NOM_VOTANT = (
    r"(?:(?:M\.|Mme|Mlle|MM\.|Mmes|Mrs?\.)\s+)?(?:[A-ZÉÈ][a-zà-ÿ'’]+(?:-[A-ZÉÈ][a-zà-ÿ'’]+)?\s+)?"
    r"(?!(?:N[ÉE]ANT|AUCUNE?|PERSONNE|Z[ÉE]RO|SANS|NON)\b)(?:(?:LE|LA|DE|DU|D')\s*)?[A-ZÀ-Ý][A-ZÀ-Ý'’-]+\b"
)
_VOTANTS_NOMMES = re.compile(
    # (« Se sont abstenus : M. X », « S'est abstenue : Mme Y » : le verbe pour libellé)
    r"(?i:\b(contre|abstentions?|s['’]abstiennent|s['’]abstient|se\s+sont\s+abstenu(?:e|s|es)?"
    r"|s['’]\s*est\s+abstenue?))\s*:\s*"
    rf"({_NOM_VOTANT}(?:\s*(?:,|\bet\b)\s*{_NOM_VOTANT})*)"
)
_SEPARATEUR_VOTANTS = re.compile(r"\s*(?:,|\bet\b)\s*")


# (« 2 contre : M. X, Mme Y » : le nombre est écrit ; pas « Pour : 11 Contre : M. X », le
# nombre d'un autre libellé)
_NOMBRE_DEVANT_LIBELLE = re.compile(r"(?<![:\d])(?<!:\s)\d+\s*(?:voix\s+)?$")


def _votants_comptes(trouve: re.Match[str]) -> str:
    if _NOMBRE_DEVANT_LIBELLE.search(trouve.string[max(0, trouve.start() - 30) : trouve.start()]):
        return trouve.group(0)  # « 2 contre : M. X, Mme Y » : le nombre est écrit
    libelle = "contre" if trouve.group(1).lower() == "contre" else "abstentions"
    return f"{libelle} : {len(_SEPARATEUR_VOTANTS.split(trouve.group(2)))}"


def votes(texte: str) -> list[tuple[str, int]]:
    """Les décomptes d'un vote : « POUR : 78 », « Contre : 0 », « 25 voix pour », « par
    quatre voix pour et deux contre »…

    >>> votes("Pour : groupe A (16), groupe B (2) ; Contre : groupe C (7). Adopté.")
    [('pour', 18), ('contre', 7)]
    """
    if ":" in texte:  # « Contre : M. X, Mme Y » : les votants nommés, comptés
        texte = _VOTANTS_NOMMES.sub(_votants_comptes, texte)
    plat = _plat(texte)
    if "abst" in plat:
        plat = _ABSTENTION_COQUILLE.sub("abstention", plat)  # « ABSTENTON : 0 », « ABST : 0 »
    if "...." in plat:  # « POUR ........ 18   CONTRE ....... 1 » : points de conduite
        plat = _POINTS_DE_CONDUITE_VOTE.sub(r"\1 : ", plat)
    if "groupe" in plat and "(" in plat and len(plat) <= 2000:
        plat = _VOIX_PAR_GROUPE.sub(_total_des_groupes, plat)
    if "(" in plat:  # « Pour (14) – Contre (2 : M. X, Mme Y) », « Ont voté contre (4) : … »
        plat = _VOIX_ENTRE_PARENTHESES.sub(_voix_hors_parentheses, plat)
    if ": /" in plat or ":/" in plat:  # « Pour : 8 Contre : / Abstention : / » : aucune voix
        plat = _BARRE_POUR_ZERO.sub(r"\g<1>0", plat)
    if (
        len(plat) <= 600  # borné : temps linéaire
        and contient_un(plat, _MOTS_NOMBRE_AVANT_VOIX)
        and (_NOMBRE_AVANT_VOIX.search(plat) or (":" in plat and _NOMBRE_APRES_LIBELLE.search(plat)))
    ):
        plat = _chiffrer(plat)
    if not _a_un_chiffre(plat):
        return []
    if not _MOTS_VOTE.search(plat):
        return []
    trouves: list[tuple[str, int, int]] = []
    libelle_d_abord = _libelle_d_abord(plat)
    for cle, apres, avant, sans_deux_points in _VOTE_MOTIFS:
        if not contient_un(plat, _INDICES_VOTE[cle]):
            continue
        for trouve in apres.finditer(plat):
            trouves.append((cle, int(trouve.group(1)), trouve.start()))
        if libelle_d_abord:
            trouves.extend(
                (cle, int(t.group(1)), t.start()) for t in sans_deux_points.finditer(plat)
            )
            continue
        for trouve in avant.finditer(plat):
            libelle = _LIBELLE_AVANT.search(plat[max(0, trouve.start() - 40) : trouve.start()])
            # (« suffrages exprimés : 4 pour, 1 contre » : les voix après le total annoncé)
            if libelle is None or (libelle.group(0).startswith("exprimes") and cle in ("pour", "contre")):
                trouves.append((cle, int(trouve.group(1)), trouve.start()))
    seules = _PAR_VOIX.search(plat)
    if seules:  # « adopté par 5 voix » : des voix pour, sans autre décompte
        trouves.append(("pour", int(seules.group(1)), seules.start()))
    unanimes = _UNANIMITE_VOIX.search(plat)
    if unanimes:  # « à l'unanimité des votants (9 voix) »
        trouves.append(("pour", int(unanimes.group(1)), unanimes.start()))
    election = _VOIX_CONTRE.search(plat)
    if election:  # « élu par 7 voix contre 3 » : 7 pour, 3 contre (avant « 7 voix contre »)
        trouves.append(("pour", int(election.group(1)), -2))
        trouves.append(("contre", int(election.group(2)), -1))
    dont = _DONT_PROCURATIONS.search(plat)
    if dont:
        trouves.append(("dont_procurations", int(dont.group(1)), dont.start()))
    if trouves and "part" in plat and (seul := _FONCTION_NE_VOTE_PAS.search(plat)):
        # « 14 pour, 0 contre (le Président ne prend pas part au vote) » : un membre de moins
        trouves.append(("ne_prend_pas_part", 1, seul.start()))
    vus: set[str] = set()
    uniques: list[tuple[str, int]] = []
    for cle, valeur, _position in sorted(trouves, key=lambda x: x[2]):
        if cle not in vus:
            vus.add(cle)
            uniques.append((cle, valeur))
    return uniques


_INDICE_RESULTAT = re.compile(
    r"unanim|adopt|approuv|accept|accord\s+a\s|approbation\s+a\s|rejet|scrutin|bulletin|main\s+levee|appel\s+nominal|electroni|"
    r"^\s*votee?s?\s+par\s+\d|refuse(?:nt)?\s+(?:la|cette)\s+proposition|"
    r"pas\s+(?:part\s+)?au\s+vote|non[\s-]participation\s+au\s+vote|ni\s+au\s+vote"
)


@attrs.frozen
class Resultat:
    """Ce qu'une phrase dit de l'issue : résultat, unanimité, mode, exceptions (« moins 1 »)."""

    resultat: ResultatVote | None
    unanimite: bool
    mode: ModeScrutin | None
    moins: tuple[tuple[str, int], ...]


_REJETE = re.compile(
    r"\brejetee?s?\b|\bn'est\s+pas\s+adopte"
    # « le conseil, à l'unanimité, refuse la proposition. », « rejette la proposition par 3 voix
    # contre » : la proposition mise aux voix est rejetée (« refuse la proposition de la société
    # X » est au contraire une délibération adoptée : la phrase doit s'arrêter ou passer au vote)
    r"|\b(?:rejett?e(?:nt)?|refuse(?:nt)?)\s+(?:la|cette)\s+proposition(?=\s*(?:[.;]|$|,?\s*(?:par|a)\s+\w+\s+voix\b))"
)
_PAS_DE_SCRUTIN_SECRET = re.compile(
    r"\bne\s+pas\s+(?:recourir|proceder)\s+au\s+(?:scrutin|vote)\s+secret"
)
_UNANIMITE_MOINS = re.compile(
    r"moins\s+(\w+)\s+(abstentions?|voix\s+contre|contre|vote\s+contre"
    # « à l'unanimité moins une voix (M. X, contre) » : le sens de la voix est dans la parenthèse
    r"|voix\s*\([^()]{0,80}?[\s,:]\s*(?:contre|abstentions?)\s*\)"
    # « Unanimité moins 2 voix (contre : M. X, Mme Y) » : le sens en tête de la parenthèse
    r"|voix\s*\(\s*(?:contre|abstentions?)\s*:)"
)
_NE_PREND_PAS_PART = re.compile(
    r"(?:\b(?:le\s+president|la\s+presidente|le\s+maire|la\s+maire|(?:m\.|mme|monsieur|madame"
    r"|[a-z]\.(?:-[a-z]\.)?)\s+[\w'\-]+(?:\s+[\w'\-]+){0,3})|(?:^|[.;]\s+)[\w'\-]+\s+[\w'\-]+"
    # « …, Robert CLUZEL ne prenant pas part au vote » : un nom après une virgule (pas « les
    # élus concernés », dont le nombre n'est pas dit)
    r"|,\s+(?!(?:les|des|ces|leurs|tous|toutes|plusieurs|certains|certaines|deux|trois|quatre|cinq)\b)"
    r"[\w'\-]+\s+[\w'\-]+"
    # « M. X, maire de » / « Chavanne, ne prend pas part au vote. » : la fin de l'incise coupée
    # en fin de ligne, seule avant la virgule
    r"|^[\w'\-]+(?=\s*,\s*ne\s+pren))\s*(?:,[^,]{1,60},)?\s*,?\s*(?:[^,.]{1,40}?\s+et\s+)?"
    # (« M. X n'a pas pris part au vote » : le passé composé aussi)
    r"(?:ne\s+prend|ne\s+prenant|ne\s+participe|n'\s*a\s+pas\s+pris|n'\s*a\s+pas\s+participe|"
    r"ne\s+participant)\s+(?:pas\s+(?:part\s+)?au\s+vote|(?<=pris\s)part\s+au\s+vote|(?<=participe\s)au\s+vote"
    # « ne prend part ni au débat ni au vote », « ne participe ni au débat ni au vote »
    r"|(?:part\s+)?ni\s+aux?\s+(?:debats?|discussions?|deliberations?)\s+ni\s+au\s+vote)"
)
# « Ne prennent pas part au vote : Mme X, M. Y. » : les élus nommés après l'intitulé (un
# nombre après les deux-points est un décompte, lu par :func:`votes`)
_NE_PRENNENT_PAS_PART_NOMMES = re.compile(
    # (« Non-participation au vote : M. X et Mme Y » : l'intitulé en nom)
    r"(?:ne\s+prennent\s+pas\s+part|non[\s-]participation)\s+au\s+vote\s*:\s*(?!\d)"
    r"((?:\bm\.|[^.;:()]){3,200}?)\s*(?:[.;(]|$|\s+pour\s*:)"  # (« M. X » : le point de « M. »)
)
_SEPARATEUR_DE_NOMS = re.compile(r"\s*,\s*|\s+et\s+")


def _ne_prennent_pas_part_nommes(plat: str) -> int | None:
    """Le nombre d'élus nommés après « Ne prennent pas part au vote : »."""
    trouve = _NE_PRENNENT_PAS_PART_NOMMES.search(plat)
    if trouve is None:
        return None
    noms = [n for n in _SEPARATEUR_DE_NOMS.split(trouve.group(1)) if n.strip()]
    return len(noms) if all(any(c.isalpha() for c in n) for n in noms) else None


# (« Accord unanime du Comité (9 votants) », « vote unanime » : l'unanimité)
_UNANIMITE = re.compile(r"\bunanimite\b|\bunanimement\b|\b(?:accord|vote)\s+unanime\b")
_ADOPTE = re.compile(
    r"\b(?:adoptee?s?|approuvee?s?|accepte(?:e|es|s)?)\b"
    r"|\b(?:accord|approbation)\s+a\s+la\s+majorite\b"  # « Accord à la majorité : 9 pour … »
    r"|^\s*votee?s?\s+par\s+\d"  # « Voté par 8 voix pour et 2 contre. »
)
# « Adopté à la majorité : les groupes A, B votent pour ; le groupe C vote contre ; … » : l'issue
# en tête, puis le détail des votes par groupe (long, sans nombre), pas une phrase d'exposé
# « cette phrase ayant été approuvée par le Conseil le 2 avril », « la convention approuvée par
# délibération du 3 mars » : l'approbation d'une autre séance, pas l'issue du point
_APPROBATION_PASSEE = re.compile(
    r"\b(?:ayant|avait|avaient)\s+ete\s+(?:adoptee?s?|approuvee?s?|acceptee?s?)\b"
    r"|\b(?:adoptee?s?|approuvee?s?)\s+(?:par\s+(?:la\s+|une\s+)?deliberation\b"
    r"|(?:par\s+le\s+(?:conseil|comite)\s+)?(?:le|lors\s+de\s+la\s+seance\s+du)\s+\d)"
)


def _sans_approbation_passee(plat: str) -> str:
    if "ete " not in plat and " par " not in plat and " le " not in plat:
        return plat
    return _APPROBATION_PASSEE.sub(" ", plat)


_ISSUE_EN_TETE = re.compile(r"\s*(?:adoptee?s?|approuvee?s?|rejetee?s?)\s+a\s+la\s+majorite\s*[:;,(]")
_SCRUTIN_SECRET = re.compile(
    r"scrutin\s+secret|bulletins?\s+secrets?|vote\s+a\s+bulletin"
)
_MAIN_LEVEE = re.compile(r"main\s+levee")
_REJET_MOT = re.compile(r"\brejet")
_REFUSE = re.compile(r"\brefusen?t?\b|\bn'approuven?t?\s+pas\b")
_SCRUTIN_PUBLIC = re.compile(r"scrutin\s+public|appel\s+nominal")
_VOTE_ELECTRONIQUE = re.compile(r"vote\s+electronique|boitiers?\s+electroniques?")


_MOTS_INDICE_RESULTAT = mots_requis(
    _INDICE_RESULTAT, "unanim", "adopt", "approuv", "accept", "accord", "approbation", "rejet",
    "scrutin", "bulletin", "main", "appel", "electroni", "vote", "pas", "refus",
)


def resultat(texte: str) -> Resultat | None:
    """« ADOPTÉ À L'UNANIMITÉ », « Unanimité moins 1 abstention », « rejeté », « à bulletin secret »."""
    plat = _plat(texte)
    if not contient_un(plat, _MOTS_INDICE_RESULTAT) or not _INDICE_RESULTAT.search(plat):
        return None
    unanimite = bool(_UNANIMITE.search(plat))
    issue = None
    if _ADOPTE.search(_sans_approbation_passee(plat)) or (
        unanimite and not _REJET_MOT.search(plat) and not _REFUSE.search(plat)
    ):  # (« à l'unanimité, refuse la proposition » : adoptée ou rejetée ? non dit)
        issue = ResultatVote.ADOPTE
    if _REJETE.search(plat):
        issue = ResultatVote.REJETE
    mode = None
    if _PAS_DE_SCRUTIN_SECRET.search(plat):
        mode = None  # « décide à l'unanimité de ne pas recourir au scrutin secret »
    elif _SCRUTIN_SECRET.search(plat):
        mode = ModeScrutin.SECRET
    elif _MAIN_LEVEE.search(plat):
        mode = ModeScrutin.MAIN_LEVEE
    elif _SCRUTIN_PUBLIC.search(plat):
        mode = ModeScrutin.PUBLIC
    elif _VOTE_ELECTRONIQUE.search(plat):
        mode = ModeScrutin.ELECTRONIQUE
    moins: list[tuple[str, int]] = []
    for trouve in _UNANIMITE_MOINS.finditer(plat):
        n = (
            int(trouve.group(1))
            if trouve.group(1).isdigit()
            else nombre_en_lettres(trouve.group(1))
        )
        if n is not None:
            genre = trouve.group(2)
            abstention = genre.startswith("abst") or (genre.startswith("voix") and "abst" in genre)
            moins.append(("abstentions" if abstention else "contre", n))
    if ("ne prennent" in plat or "participation" in plat) and (
        nommes := _ne_prennent_pas_part_nommes(plat)
    ):
        moins.append(("ne_prend_pas_part", nommes))
    elif (
        "ne pren" in plat or "ne particip" in plat or "pas pris part" in plat or "pas participe" in plat
    ) and _NE_PREND_PAS_PART.search(plat):
        moins.append(("ne_prend_pas_part", 1))
    if issue is None and mode is None and not unanimite and not moins:
        return None
    if len(plat) > 200 and issue is not None and not unanimite and not _ISSUE_EN_TETE.match(plat):
        return None  # phrase longue d'exposé, pas un résultat
    return Resultat(issue, unanimite, mode, tuple(moins))
