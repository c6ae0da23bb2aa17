"""La structure des messages ACTES, écrite d'après le schéma ``actesv1_1.xsd`` (et
``siret.xsd`` pour ``insee:SIREN``), et sa vérification.

Le schéma est décrit ici comme des données (types simples, attributs, contenus), lues par un
seul vérificateur générique : ordre et nombre des éléments, choix, attributs qualifiés
obligatoires ou interdits, texte hors des éléments, ``xsi:nil``, types simples (dates
``xsd:date`` avec ou sans fuseau, entiers, motifs, longueurs, énumérations) et contenu
``xsd:anyType`` de ``Signature`` (traité « lax » comme le fait l'XSD). Chaque écart est un
constat ``actes.structure`` qui nomme le fichier, l'élément et la valeur. Les règles métier
(numéro interne, objet sur 499 caractères, classification…) sont d'autres codes, vérifiés
ailleurs (:mod:`deliberations.actes.verification`).

>>> from deliberations.actes.securite import analyser_xml
>>> xml = (b'<actes:Annulation xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216"'
...        b' actes:IDActe="021-242100410-20240926-D1-DE">texte</actes:Annulation>')
>>> [c.message for c in verifier_structure(analyser_xml(xml), "annulation.xml")]
['Texte « texte » inattendu dans Annulation (contenu vide attendu).']
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

import attrs
from lxml import etree

from deliberations.actes.ecriture import NS_ACTES, NS_INSEE, NS_XSI
from deliberations.identifiants import acte
from deliberations.validation.rapport import Constat, Severite

__all__ = ["TYPES_RACINES", "verifier_structure"]

Simple = Callable[[str], str | None]
"""Un type simple : la valeur brute → ``None`` si valide, sinon la raison."""

_BLANCS = re.compile(r"[ \t\n\r]+")


def _reduire(valeur: str) -> str:
    return _BLANCS.sub(" ", valeur).strip(" ")


_DATE = re.compile(
    r"^(-?)([1-9][0-9]{4,}|[0-9]{4})-([0-9]{2})-([0-9]{2})(Z|[+-]([0-9]{2}):([0-9]{2}))?$"
)


def _date(valeur: str) -> str | None:
    # libxml2 (le juge : lxml avec l'XSD officiel) ne réduit pas les blancs d'une xsd:date.
    trouve = _DATE.match(valeur)
    if trouve is None:
        return f"« {valeur} » n'est pas une date AAAA-MM-JJ"
    annee, mois, jour = int(trouve.group(2)), int(trouve.group(3)), int(trouve.group(4))
    if annee == 0 or not 1 <= mois <= 12:
        return f"la date « {valeur} » n'existe pas"
    bissextile = calendar.isleap(annee if not trouve.group(1) else 1 - annee)
    jours = [31, 29 if bissextile else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mois - 1]
    if not 1 <= jour <= jours:
        return f"la date « {valeur} » n'existe pas"
    if trouve.group(6) is not None:
        heures, minutes = int(trouve.group(6)), int(trouve.group(7))
        if minutes > 59 or heures > 14 or (heures == 14 and minutes):
            return f"fuseau horaire invalide dans « {valeur} »"
    return None


def _entier(valeur: str) -> str | None:
    return (
        None
        if re.match(r"^[+-]?[0-9]+$", _reduire(valeur))
        else f"« {valeur} » n'est pas un entier"
    )


def _positif(valeur: str) -> str | None:
    v = _reduire(valeur)
    if re.match(r"^(\+?[0-9]+|-0+)$", v):
        return None
    return f"« {valeur} » n'est pas un entier positif ou nul"


def _chaine(valeur: str) -> str | None:
    return None


def _motif(base: Simple, motif: str, quoi: str, reduire: bool = False) -> Simple:
    compile_ = re.compile(motif)

    def verifier(valeur: str) -> str | None:
        raison = base(valeur)
        if raison is not None:
            return raison
        v = _reduire(valeur) if reduire else valeur
        return None if compile_.fullmatch(v) else f"« {valeur} » : {quoi} attendu"

    return verifier


def _longueur(minimum: int, maximum: int, quoi: str) -> Simple:
    def verifier(valeur: str) -> str | None:
        if minimum <= len(valeur) <= maximum:
            return None
        return f"{quoi} de {len(valeur)} caractères"

    return verifier


def _id_acte(valeur: str) -> str | None:
    if acte.conforme_au_schema(valeur):
        return None
    return f"« {valeur} » n'est pas un identifiant d'acte {{dept}}-{{SIREN}}-{{AAAAMMJJ}}-{{numéro}}-{{nature}}"


def _enumeration_entiers(permis: set[int]) -> Simple:
    def verifier(valeur: str) -> str | None:
        raison = _entier(valeur)
        if raison is not None:
            return raison
        if int(_reduire(valeur)) not in permis:
            return f"« {valeur} » hors des valeurs permises ({', '.join(f'{p:03d}' for p in sorted(permis))})"
        return None

    return verifier


def _numerique(longueur: int) -> Simple:
    def verifier(valeur: str) -> str | None:
        v = _reduire(valeur)
        if re.fullmatch(r"[0-9]*", v) and len(v) == longueur:
            return None
        return f"« {valeur} » : {longueur} chiffres attendus"

    return verifier


DEPARTEMENT = _motif(_chaine, r"[0|9][0-9][A|B|0-9]", "département sur 3 caractères")
ARRONDISSEMENT = _motif(_positif, r"[0-9]", "un chiffre", reduire=True)
EMAIL = _motif(
    _chaine,
    r"[_a-zA-Z0-9\-]+(\.[_a-zA-Z0-9\-]+)*@[a-zA-Z0-9\-]+(\.[a-zA-Z0-9\-]+)*\.[a-zA-Z]{2,6}",
    "adresse électronique",
)


@attrs.frozen
class Attribut:
    """Un attribut : nom qualifié, type, obligatoire ou non."""

    espace: str
    nom: str
    type: Simple
    obligatoire: bool = True


@attrs.frozen
class Complexe:
    """Un type complexe : attributs et contenu (``None`` : vide ; ``libre`` : ``xsd:anyType``).

    ``contenu`` est une suite de cases ``(éléments possibles, minimum, maximum)``.
    """

    attributs: tuple[Attribut, ...] = ()
    contenu: tuple[tuple[tuple[Element, ...], int, int], ...] | None = None
    libre: bool = False
    permis: dict[tuple[str, str], Attribut] = attrs.field(init=False, eq=False, repr=False)

    @permis.default
    def _permis(self) -> dict[tuple[str, str], Attribut]:
        return {(a.espace, a.nom): a for a in self.attributs}


@attrs.frozen
class Element:
    """Un élément : nom (dans l'espace ACTES sauf indication), type simple ou complexe."""

    nom: str
    type: Complexe | Simple
    nillable: bool = False
    espace: str = NS_ACTES


N = 10**9


def _a(nom: str, type_: Simple, obligatoire: bool = True) -> Attribut:
    return Attribut(NS_ACTES, nom, type_, obligatoire)


def _e(nom: str, type_: Complexe | Simple, nillable: bool = False) -> Element:
    return Element(nom, type_, nillable)


def _case(
    *elements: Element, minimum: int = 1, maximum: int = 1
) -> tuple[tuple[Element, ...], int, int]:
    return (elements, minimum, maximum)


SIREN = Attribut(NS_INSEE, "SIREN", _numerique(9))
CODE_MATIERE = Complexe((_a("CodeMatiere", _entier),))
ID_ACTE = Complexe((_a("IDActe", _id_acte),))
LIBRE = Complexe(libre=True)
FICHIER = Complexe(
    contenu=(_case(_e("NomFichier", _chaine)), _case(_e("Signature", LIBRE), minimum=0))
)
REFERENT = _e(
    "Referent",
    Complexe(
        contenu=(
            _case(_e("Nom", _chaine), minimum=0),
            _case(_e("Telephone", _chaine), minimum=0),
            _case(_e("Email", EMAIL), minimum=0),
        )
    ),
)
IDCL = _e(
    "IDCL",
    Complexe(
        (
            SIREN,
            _a("Departement", DEPARTEMENT),
            _a("Arrondissement", ARRONDISSEMENT),
            _a("Nature", _motif(_positif, r"[0-9]{2}", "deux chiffres", reduire=True)),
        )
    ),
)
IDSGAR = _e("IDSGAR", Complexe((_a("Departement", DEPARTEMENT),)))
IDPREF = _e("IDPref", Complexe((_a("Departement", DEPARTEMENT),)))
IDSOUSPREF = _e(
    "IDSousPref", Complexe((_a("Departement", DEPARTEMENT), _a("Arrondissement", ARRONDISSEMENT)))
)
FORMULAIRES = _e(
    "FormulairesEnvoyes", Complexe(contenu=(_case(_e("Formulaire", FICHIER), maximum=N),))
)
ENVELOPPE_CL = Complexe(
    contenu=(
        _case(_e("Emetteur", Complexe(contenu=(_case(IDCL), _case(REFERENT, minimum=0))))),
        _case(_e("AdressesRetour", Complexe(contenu=(_case(_e("Email", EMAIL), maximum=N),)))),
        _case(FORMULAIRES),
    )
)
DONNEES_ACTE = Complexe(
    (
        _a("Date", _date),
        _a("NumeroInterne", _longueur(0, 15, "NumeroInterne")),
        _a("CodeNatureActe", _entier),
    ),
    (
        _case(_e("CodeMatiere1", CODE_MATIERE)),
        _case(_e("CodeMatiere2", CODE_MATIERE)),
        _case(_e("CodeMatiere3", CODE_MATIERE), minimum=0),
        _case(_e("CodeMatiere4", CODE_MATIERE), minimum=0),
        _case(_e("CodeMatiere5", CODE_MATIERE), minimum=0),
        _case(_e("Objet", _longueur(0, 500, "Objet"))),
        _case(_e("PrecedentIdentifiantActe", ID_ACTE), minimum=0),
        _case(_e("ClassificationDateVersion", _date)),
        _case(_e("Document", FICHIER)),
        _case(
            _e(
                "Annexes",
                Complexe(
                    (_a("Nombre", _positif),), (_case(_e("Annexe", FICHIER), minimum=0, maximum=N),)
                ),
            )
        ),
        _case(_e("DocumentPapier", _chaine, nillable=True)),
    ),
)
COURRIER = (_a("IDActe", _id_acte), _a("DateCourrierPref", _date))
DOCUMENT = _case(_e("Document", FICHIER))
AR_REPONSE = Complexe(
    (_a("DateReception", _date),), (_case(_e("InfosCourrierPref", Complexe(COURRIER))),)
)
MATIERE = (_a("CodeMatiere", _entier), _a("Libelle", _chaine))


def _matiere(niveau: int) -> Element:
    if niveau == 5:
        return _e("Matiere5", Complexe(MATIERE))
    return _e(
        f"Matiere{niveau}",
        Complexe(
            MATIERE, (_case(_matiere(niveau + 1), minimum=0 if niveau >= 2 else 1, maximum=N),)
        ),
    )


RETOUR_CLASSIFICATION = Complexe(
    contenu=(
        _case(_e("DateClassification", _date)),
        _case(
            _e(
                "NaturesActes",
                Complexe(
                    contenu=(
                        _case(
                            _e(
                                "NatureActe",
                                Complexe(
                                    (
                                        _a("CodeNatureActe", _entier, obligatoire=False),
                                        _a("Libelle", _chaine),
                                        _a("TypeAbrege", _longueur(2, 2, "TypeAbrege")),
                                    ),
                                    (
                                        _case(
                                            _e(
                                                "TypePJNatureActe",
                                                Complexe(
                                                    (
                                                        _a("CodeTypePJ", _chaine),
                                                        _a("Libelle", _chaine),
                                                    )
                                                ),
                                            ),
                                            maximum=N,
                                        ),
                                    ),
                                ),
                            ),
                            maximum=N,
                        ),
                    )
                ),
            )
        ),
        _case(_e("Matieres", Complexe(contenu=(_case(_matiere(1), maximum=N),)))),
    )
)
ACTE_RECU = _case(_e("ActeRecu", DONNEES_ACTE))
CLASSIFICATION_EN_COURS = _case(_e("ClassificationDateVersionEnCours", _date))

TYPES_RACINES: dict[str, Complexe] = {
    "EnveloppeCLMISILL": ENVELOPPE_CL,
    "EnveloppeMISILLCL": Complexe(
        contenu=(
            _case(
                _e(
                    "Emetteur",
                    Complexe(
                        contenu=(_case(IDSGAR, IDPREF, IDSOUSPREF), _case(REFERENT, minimum=0))
                    ),
                )
            ),
            _case(FORMULAIRES),
            _case(_e("Destinataire", Complexe((SIREN,)))),
        )
    ),
    "AnomalieEnveloppe": Complexe(
        contenu=(
            _case(_e("Date", _date)),
            _case(_e("Nature", _enumeration_entiers({1, 2, 3, 4, 5, 100}))),
            _case(_e("Detail", _chaine), minimum=0),
            _case(_e("EnveloppeRecue", ENVELOPPE_CL)),
        )
    ),
    "Acte": DONNEES_ACTE,
    "ARActe": Complexe(
        (_a("IDActe", _id_acte), _a("DateReception", _date)), (ACTE_RECU, CLASSIFICATION_EN_COURS)
    ),
    "AnomalieActe": Complexe(
        contenu=(
            _case(_e("Date", _date)),
            _case(_e("Nature", _motif(_positif, r"[0-9]{3}", "trois chiffres", reduire=True))),
            _case(_e("Detail", _chaine), minimum=0),
            ACTE_RECU,
            CLASSIFICATION_EN_COURS,
        )
    ),
    "CourrierSimple": Complexe(COURRIER, (DOCUMENT,)),
    "ReponseCourrierSimple": Complexe(COURRIER, (DOCUMENT,)),
    "DemandePieceComplementaire": Complexe(
        COURRIER, (_case(_e("DescriptionPieces", _chaine)), DOCUMENT)
    ),
    "ARDemandePieceComplementaire": Complexe(COURRIER),
    "RefusPieceComplementaire": Complexe(COURRIER, (DOCUMENT,)),
    "PieceComplementaire": Complexe(
        COURRIER,
        (_case(_e("Documents", Complexe(contenu=(_case(_e("Document", FICHIER), maximum=N),)))),),
    ),
    "ARPieceComplementaire": AR_REPONSE,
    "LettreObservations": Complexe(COURRIER, (_case(_e("Motif", _chaine)), DOCUMENT)),
    "ARLettreObservations": Complexe(COURRIER),
    "RejetLettreObservations": Complexe(COURRIER, (DOCUMENT,)),
    "ReponseLettreObservations": Complexe(COURRIER, (DOCUMENT,)),
    "ARReponseRejetLettreObservations": AR_REPONSE,
    "DefereTA": Complexe(
        (_a("IDActe", _id_acte),),
        (
            _case(_e("DateDepot", _date)),
            _case(_e("NatureIllegalite", _chaine)),
            _case(
                _e(
                    "PiecesJointes",
                    Complexe(contenu=(_case(_e("PieceJointe", FICHIER), minimum=0, maximum=N),)),
                )
            ),
        ),
    ),
    "Annulation": Complexe((_a("IDActe", _id_acte),)),
    "ARAnnulation": Complexe((_a("IDActe", _id_acte), _a("DateReception", _date))),
    "DemandeClassification": Complexe(contenu=(_case(_e("DateClassification", _date), minimum=0),)),
    "ReponseClassificationSansChangement": Complexe(
        contenu=(_case(_e("DateClassification", _date)),)
    ),
    "RetourClassification": RETOUR_CLASSIFICATION,
}
"""Les 24 messages du schéma, par nom d'élément racine."""

_GLOBAUX: dict[tuple[str, str], Element] = {
    **{(NS_ACTES, nom): _e(nom, type_) for nom, type_ in TYPES_RACINES.items()},
    **{(NS_ACTES, e.nom): e for e in (IDSGAR, IDPREF, IDSOUSPREF, IDCL, REFERENT, FORMULAIRES)},
    **{
        (NS_INSEE, nom): Element(nom, _numerique(n), espace=NS_INSEE)
        for nom, n in (("SIREN", 9), ("NIC", 5), ("SIRET", 14))
    },
}
_ATTRIBUTS_GLOBAUX: dict[tuple[str, str], Simple] = {
    (NS_ACTES, "Arrondissement"): ARRONDISSEMENT,
    (NS_ACTES, "Departement"): DEPARTEMENT,
    (NS_ACTES, "CodeNatureActe"): _entier,
    (NS_ACTES, "CodeMatiere"): _entier,
    (NS_ACTES, "IDActe"): _id_acte,
    **{(NS_INSEE, n): _numerique(9) for n in ("SIREN", "siren")},
    **{(NS_INSEE, n): _numerique(5) for n in ("NIC", "nic")},
    **{(NS_INSEE, n): _numerique(14) for n in ("SIRET", "siret")},
}
_PREFIXES = {NS_ACTES: "actes:", NS_INSEE: "insee:", NS_XSI: "xsi:", "": ""}


def _nom(qname: etree.QName) -> str:
    prefixe = _PREFIXES.get(qname.namespace or "", f"{{{qname.namespace}}}")
    return prefixe + qname.localname


def _extrait(texte: str) -> str:
    court = texte.strip()
    return court[:40] + ("…" if len(court) > 40 else "")


class _Verificateur:
    def __init__(self, fichier: str) -> None:
        self.fichier = fichier
        self.constats: list[Constat] = []

    def erreur(self, chemin: str, message: str) -> None:
        self.constats.append(
            Constat(
                code="actes.structure",
                severite=Severite.ERREUR,
                message=message,
                chemin=f"{self.fichier} : {chemin}",
            )
        )

    def attributs(
        self, element: etree._Element, decl: Element, type_: Complexe, chemin: str
    ) -> bool:
        """Vérifie les attributs ; renvoie ``True`` si l'élément est ``xsi:nil``."""
        permis = type_.permis
        nil = False
        for cle, brute in element.attrib.items():
            valeur = str(brute)
            qname = etree.QName(cle)
            espace = qname.namespace or ""
            if espace == NS_XSI:
                nil = self.attribut_xsi(qname.localname, valeur, decl, chemin) or nil
                continue
            attendu = permis.get((espace, qname.localname))
            if attendu is not None:
                self.simple(attendu.type, valeur, f"{chemin}/@{qname.localname}")
            elif type_.libre and (espace, qname.localname) in _ATTRIBUTS_GLOBAUX:
                self.simple(
                    _ATTRIBUTS_GLOBAUX[(espace, qname.localname)],
                    valeur,
                    f"{chemin}/@{qname.localname}",
                )
            elif type_.libre:
                continue
            elif not espace and any(n == qname.localname for _, n in permis):
                self.erreur(
                    f"{chemin}/@{qname.localname}",
                    f"Attribut « {qname.localname} » sans espace de noms : "
                    f"{_nom(etree.QName(next(e for e, n in permis if n == qname.localname), qname.localname))} attendu.",
                )
            else:
                self.erreur(
                    f"{chemin}/@{qname.localname}",
                    f"Attribut « {_nom(qname)} » non permis sur {decl.nom}.",
                )
        for (espace, nom), attribut in permis.items():
            if (
                attribut.obligatoire
                and element.get(f"{{{espace}}}{nom}") is None
                and element.get(nom) is None
            ):
                self.erreur(f"{chemin}/@{nom}", f"Attribut {_PREFIXES[espace]}{nom} manquant.")
        return nil

    def attribut_xsi(self, nom: str, valeur: str, decl: Element, chemin: str) -> bool:
        if nom in ("schemaLocation", "noNamespaceSchemaLocation"):
            return False
        if nom == "nil":
            v = _reduire(valeur)
            if v not in ("true", "false", "1", "0"):
                self.erreur(f"{chemin}/@xsi:nil", f"xsi:nil « {valeur} » : true ou false attendu.")
                return False
            if not decl.nillable:
                self.erreur(f"{chemin}/@xsi:nil", f"{decl.nom} ne peut pas être xsi:nil.")
                return False
            return v in ("true", "1")
        self.erreur(
            f"{chemin}/@xsi:{nom}", f"Attribut xsi:{nom} non pris en charge sur {decl.nom}."
        )
        return False

    def simple(self, type_: Simple, valeur: str, chemin: str) -> None:
        raison = type_(valeur)
        if raison is not None:
            self.erreur(chemin, f"{chemin.rsplit('/', 1)[-1]} invalide : {raison}.")

    def element(self, element: etree._Element, decl: Element, chemin: str) -> None:
        type_ = decl.type
        if not isinstance(type_, Complexe):
            self.element_simple(element, decl, type_, chemin)
            return
        nil = self.attributs(element, decl, type_, chemin)
        if type_.libre:
            self.libre(element, chemin)
            return
        textes = [element.text or ""] + [e.tail or "" for e in element]
        texte = "".join(textes)
        enfants = [e for e in element if isinstance(e.tag, str)]
        if nil:
            if texte or enfants:
                self.erreur(chemin, f"{decl.nom} est xsi:nil : il doit être vide.")
            return
        if texte.strip(" \t\r\n") or (texte and type_.contenu is None):
            attendu = "contenu vide attendu" if type_.contenu is None else "seulement des éléments"
            self.erreur(
                chemin, f"Texte « {_extrait(texte)} » inattendu dans {decl.nom} ({attendu})."
            )
        self.contenu(enfants, type_.contenu or (), decl, chemin)

    def element_simple(
        self, element: etree._Element, decl: Element, type_: Simple, chemin: str
    ) -> None:
        nil = False
        for cle, brute in element.attrib.items():
            valeur = str(brute)
            qname = etree.QName(cle)
            if qname.namespace == NS_XSI:
                nil = self.attribut_xsi(qname.localname, valeur, decl, chemin) or nil
            else:
                self.erreur(
                    f"{chemin}/@{qname.localname}",
                    f"Attribut « {_nom(qname)} » non permis sur {decl.nom}.",
                )
        enfants = [e for e in element if isinstance(e.tag, str)]
        if enfants:
            self.erreur(
                chemin,
                f"{decl.nom} contient l'élément {_nom(etree.QName(enfants[0]))} : du texte seul attendu.",
            )
            return
        texte = (element.text or "") + "".join(e.tail or "" for e in element)
        if nil:
            if texte:
                self.erreur(chemin, f"{decl.nom} est xsi:nil : il doit être vide.")
            return
        self.simple(type_, texte, chemin)

    def libre(self, element: etree._Element, chemin: str) -> None:
        """``xsd:anyType`` traité « lax » : seuls les éléments déclarés globalement sont vérifiés."""
        for enfant in element:
            if not isinstance(enfant.tag, str):
                continue
            qname = etree.QName(enfant)
            decl = _GLOBAUX.get((qname.namespace or "", qname.localname))
            if decl is not None:
                self.element(enfant, decl, f"{chemin}/{qname.localname}")
            else:
                for cle, brute in enfant.attrib.items():
                    valeur = str(brute)
                    a = etree.QName(cle)
                    type_ = _ATTRIBUTS_GLOBAUX.get((a.namespace or "", a.localname))
                    if type_ is not None:
                        self.simple(type_, valeur, f"{chemin}/{qname.localname}/@{a.localname}")
                self.libre(enfant, f"{chemin}/{qname.localname}")

    def contenu(
        self,
        enfants: list[etree._Element],
        cases: tuple[tuple[tuple[Element, ...], int, int], ...],
        parent: Element,
        chemin: str,
    ) -> None:
        position, compte = 0, 0
        for enfant in enfants:
            qname = etree.QName(enfant)
            cible = None
            for j in range(position, len(cases)):
                elements, _, maximum = cases[j]
                decl = next(
                    (
                        e
                        for e in elements
                        if e.nom == qname.localname and e.espace == qname.namespace
                    ),
                    None,
                )
                if decl is not None and (j > position or compte < maximum):
                    cible = (j, decl)
                    break
            if cible is None:
                self.inattendu(enfant, qname, cases, parent, chemin)
                continue
            j, decl = cible
            if j > position:
                self.manquants(cases[position:j], compte, chemin)
                position, compte = j, 0
            compte += 1
            self.element(enfant, decl, f"{chemin}/{qname.localname}")
        self.manquants(cases[position:], compte, chemin)

    def inattendu(
        self,
        enfant: etree._Element,
        qname: etree.QName,
        cases: tuple[tuple[tuple[Element, ...], int, int], ...],
        parent: Element,
        chemin: str,
    ) -> None:
        noms = {e.nom for elements, _, _ in cases for e in elements}
        if qname.localname in noms and qname.namespace != NS_ACTES:
            raison = (
                f"dans l'espace de noms « {qname.namespace or 'aucun'} » au lieu de celui d'ACTES"
            )
        elif qname.localname in noms:
            raison = "en trop ou mal placé"
        else:
            raison = f"non prévu dans {parent.nom}"
        self.erreur(
            f"{chemin}/{qname.localname}",
            f"Élément {_nom(qname)} {raison} (ligne {enfant.sourceline}).",
        )

    def manquants(
        self, cases: tuple[tuple[tuple[Element, ...], int, int], ...], compte: int, chemin: str
    ) -> None:
        for i, (elements, minimum, _) in enumerate(cases):
            if (compte if i == 0 else 0) < minimum:
                noms = " ou ".join(e.nom for e in elements)
                self.erreur(
                    f"{chemin}/{elements[0].nom}", f"Élément {noms} manquant (ou mal placé)."
                )


def verifier_structure(racine: etree._Element, fichier: str) -> list[Constat]:
    """Les écarts de structure d'un message ACTES par rapport au schéma (code
    ``actes.structure``) ; liste vide si le message est valide pour le schéma."""
    verificateur = _Verificateur(fichier)
    qname = etree.QName(racine)
    decl = _GLOBAUX.get((qname.namespace or "", qname.localname))
    if decl is None:
        if qname.localname in TYPES_RACINES:
            message = (
                f"Élément racine {qname.localname} dans l'espace de noms « {qname.namespace or 'aucun'} » : "
                f"celui d'ACTES ({NS_ACTES}) est attendu."
            )
        else:
            message = f"Élément racine {_nom(qname)} : ce n'est pas un message du schéma ACTES."
        verificateur.erreur(qname.localname, message)
    else:
        verificateur.element(racine, decl, qname.localname)
    return verificateur.constats
