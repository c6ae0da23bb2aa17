"""Lecture indulgente des messages ACTES : les 24 types du schéma, dans les deux sens.

Les retours réels s'écartent parfois du schéma (nature d'anomalie ``999`` ou ``2``,
``DocumentPapier`` absent avant 2018, éléments en trop) : le lecteur les accepte et le dit
par des constats, au lieu de refuser le message. Les textes sont gardés tels quels (blancs
compris) ; une valeur illisible est laissée vide avec un constat qui cite la valeur.

>>> ar = (b'<?xml version="1.0" encoding="ISO-8859-1"?><actes:ARActe xmlns:actes='
...       b'"http://www.interieur.gouv.fr/ACTES#v1.1-20040216" actes:IDActe="021-242100410-20240926-X-DE"'
...       b' actes:DateReception="2024-09-30"/>')
>>> lu = lire_message(ar, "ar.xml")
>>> lu.message.id_acte, lu.message.date_reception
('021-242100410-20240926-X-DE', datetime.date(2024, 9, 30))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import attrs
from lxml import etree

from deliberations.actes.ecriture import NS_ACTES, NS_INSEE, NS_XSI
from deliberations.actes.messages import (
    TYPES_MESSAGES,
    AccuseReception,
    AccuseReponse,
    Anomalie,
    ClassificationAJour,
    CourrierPrefecture,
    DemandeClassification,
    Emetteur,
    Enveloppe,
    EnveloppePrefecture,
    Fichier,
    MatiereClassification,
    MessageActes,
    MetadonneesActe,
    NatureClassification,
    Referent,
    RetourClassification,
    TypeCourrier,
    TypePiece,
)
from deliberations.actes.securite import analyser_xml
from deliberations.actes.structure import verifier_structure
from deliberations.validation.rapport import Constat, Rapport, Severite

__all__ = ["LectureMessage", "Message", "lire_acte", "lire_message"]

Message = MessageActes

_XSI_NIL = f"{{{NS_XSI}}}nil"
_DATE = re.compile(r"^(-?[0-9]{4,})-([0-9]{2})-([0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?$")
_ENTIER = re.compile(r"^[+-]?[0-9]+$")


@attrs.frozen
class LectureMessage:
    """Le message lu (``None`` si ce n'est pas un message ACTES lisible) et les constats."""

    type: str
    message: MessageActes | None
    rapport: Rapport


class _Lecteur:
    def __init__(self, nom: str) -> None:
        self.nom = nom
        self.constats: list[Constat] = []

    def constat(self, code: str, severite: Severite, chemin: str, message: str) -> None:
        self.constats.append(
            Constat(code=code, severite=severite, message=message, chemin=f"{self.nom} : {chemin}")
        )

    def enfant(self, element: etree._Element | None, nom: str) -> etree._Element | None:
        return None if element is None else element.find(f"{{{NS_ACTES}}}{nom}")

    def enfants(self, element: etree._Element | None, nom: str) -> list[etree._Element]:
        return [] if element is None else element.findall(f"{{{NS_ACTES}}}{nom}")

    def texte(self, element: etree._Element | None, nom: str) -> str | None:
        enfant = self.enfant(element, nom)
        return None if enfant is None else (enfant.text or "")

    def attribut(self, element: etree._Element, nom: str, espace: str = NS_ACTES) -> str | None:
        valeur = element.get(f"{{{espace}}}{nom}")
        if valeur is None:
            valeur = element.get(nom)  # attribut non qualifié (message mal formé mais lisible)
            if valeur is not None:
                prefixe = "insee" if espace == NS_INSEE else "actes"
                self.constat(
                    "actes.attribut-non-qualifie",
                    Severite.AVERTISSEMENT,
                    f"{etree.QName(element).localname}/@{nom}",
                    f"Attribut « {nom} » sans espace de noms ({prefixe}:{nom} attendu) ; lu quand même.",
                )
        return valeur

    def date(self, valeur: str | None, chemin: str, obligatoire: bool = True) -> dt.date | None:
        if valeur is None:
            if obligatoire:
                self.constat(
                    "actes.date-manquante",
                    Severite.AVERTISSEMENT,
                    chemin,
                    "Date absente (le schéma l'exige) : laissée vide.",
                )
            return None
        trouve = _DATE.match(valeur.strip())
        try:
            if trouve is None:
                raise ValueError
            date = dt.date(int(trouve.group(1)), int(trouve.group(2)), int(trouve.group(3)))
        except ValueError:
            self.constat(
                "actes.date-invalide",
                Severite.ERREUR,
                chemin,
                f"Date « {valeur} » illisible ou impossible (AAAA-MM-JJ attendu).",
            )
            return None
        if trouve.group(4):
            self.constat(
                "actes.date-fuseau",
                Severite.INFO,
                chemin,
                f"Date « {valeur} » : le fuseau horaire {trouve.group(4)} est ignoré.",
            )
        return date

    def entier(self, valeur: str | None, chemin: str) -> int | None:
        if valeur is None:
            return None
        if not _ENTIER.match(valeur.strip()):
            self.constat(
                "actes.nombre-invalide",
                Severite.ERREUR,
                chemin,
                f"Nombre illisible : « {valeur} ».",
            )
            return None
        return int(valeur.strip())

    def inattendus(self, element: etree._Element, permis: set[str], chemin: str) -> None:
        for enfant in element:
            if not isinstance(enfant.tag, str):
                continue
            qname = etree.QName(enfant)
            if qname.namespace != NS_ACTES or qname.localname not in permis:
                self.constat(
                    "actes.element-ignore",
                    Severite.AVERTISSEMENT,
                    f"{chemin}/{qname.localname}",
                    f"Élément « {qname.localname} » hors du schéma à cet endroit : ignoré.",
                )

    def fichier(self, element: etree._Element | None) -> Fichier | None:
        if element is None:
            return None
        nom = self.texte(element, "NomFichier")
        if nom is None:
            self.constat(
                "actes.fichier-sans-nom",
                Severite.ERREUR,
                etree.QName(element).localname,
                "Fichier sans NomFichier.",
            )
            nom = ""
        signature = self.enfant(element, "Signature")
        if signature is None:
            return Fichier(nom=nom)
        if len(signature) == 0:
            return Fichier(nom=nom, signature=signature.text or "")
        interieur = (signature.text or "").replace("&", "&amp;").replace("<", "&lt;")
        for e in signature:
            interieur += etree.tostring(e, encoding="unicode", with_tail=True)
        return Fichier(nom=nom, signature=interieur, signature_xml=True)

    def referent(self, parent: etree._Element | None) -> Referent | None:
        element = self.enfant(parent, "Referent")
        if element is None:
            return None
        return Referent(
            nom=self.texte(element, "Nom"),
            telephone=self.texte(element, "Telephone"),
            email=self.texte(element, "Email"),
        )

    def formulaires(self, element: etree._Element) -> list[Fichier]:
        conteneur = self.enfant(element, "FormulairesEnvoyes")
        return [f for f in map(self.fichier, self.enfants(conteneur, "Formulaire")) if f]


_ENFANTS_ACTE = {
    *(f"CodeMatiere{n}" for n in range(1, 6)),
    "Objet", "PrecedentIdentifiantActe", "ClassificationDateVersion", "Document", "Annexes",
    "DocumentPapier",
}  # fmt: skip


def _acte(lecteur: _Lecteur, element: etree._Element) -> MetadonneesActe | None:
    chemin = etree.QName(element).localname
    lecteur.inattendus(element, _ENFANTS_ACTE, chemin)
    date = lecteur.date(lecteur.attribut(element, "Date"), f"{chemin}/@Date")
    numero = lecteur.attribut(element, "NumeroInterne")
    nature = lecteur.entier(
        lecteur.attribut(element, "CodeNatureActe"), f"{chemin}/@CodeNatureActe"
    )
    codes: list[int | None] = []
    for niveau in range(1, 6):
        enfant = lecteur.enfant(element, f"CodeMatiere{niveau}")
        code = None if enfant is None else lecteur.attribut(enfant, "CodeMatiere")
        codes.append(lecteur.entier(code, f"{chemin}/CodeMatiere{niveau}"))
    objet = lecteur.texte(element, "Objet")
    precedent_element = lecteur.enfant(element, "PrecedentIdentifiantActe")
    precedent = None if precedent_element is None else lecteur.attribut(precedent_element, "IDActe")
    classification = lecteur.date(
        lecteur.texte(element, "ClassificationDateVersion"), f"{chemin}/ClassificationDateVersion"
    )
    annexes_element = lecteur.enfant(element, "Annexes")
    nombre = None
    if annexes_element is not None:
        nombre = lecteur.entier(
            lecteur.attribut(annexes_element, "Nombre"), f"{chemin}/Annexes/@Nombre"
        )
    annexes = [f for f in map(lecteur.fichier, lecteur.enfants(annexes_element, "Annexe")) if f]
    papier_element = lecteur.enfant(element, "DocumentPapier")
    papier, nil = None, False
    if papier_element is None:
        lecteur.constat(
            "actes.document-papier-absent",
            Severite.INFO,
            chemin,
            "DocumentPapier absent (forme des messages d'avant 2018).",
        )
    elif papier_element.get(_XSI_NIL, "").strip() in ("true", "1"):
        nil = True
    else:
        papier = papier_element.text or ""
    if date is None or numero is None or nature is None or objet is None:
        manquants = [
            nom
            for nom, valeur in (
                ("Date", date),
                ("NumeroInterne", numero),
                ("CodeNatureActe", nature),
                ("Objet", objet),
            )
            if valeur is None
        ]
        lecteur.constat(
            "actes.acte-incomplet",
            Severite.ERREUR,
            chemin,
            f"{', '.join(manquants)} absent(s) ou illisible(s) : acte illisible.",
        )
        return None
    return MetadonneesActe(
        date=date,
        numero_interne=numero,
        nature=nature,
        codes_matiere=codes,
        objet=objet,
        precedent=precedent,
        classification_date=classification,
        document=lecteur.fichier(lecteur.enfant(element, "Document")),
        annexes=annexes,
        annexes_nombre=nombre,
        document_papier=papier,
        document_papier_nil=nil,
    )


def _enveloppe(lecteur: _Lecteur, element: etree._Element) -> Enveloppe | None:
    emetteur = lecteur.enfant(element, "Emetteur")
    idcl = lecteur.enfant(emetteur, "IDCL")
    if idcl is None:
        lecteur.constat("actes.emetteur-absent", Severite.ERREUR, "Emetteur", "IDCL absent.")
        return None
    adresses = lecteur.enfant(element, "AdressesRetour")
    return Enveloppe(
        siren=lecteur.attribut(idcl, "SIREN", NS_INSEE) or "",
        departement=lecteur.attribut(idcl, "Departement") or "",
        arrondissement=lecteur.attribut(idcl, "Arrondissement") or "",
        nature=lecteur.attribut(idcl, "Nature") or "",
        referent=lecteur.referent(emetteur),
        adresses_retour=[e.text or "" for e in lecteur.enfants(adresses, "Email")],
        formulaires=lecteur.formulaires(element),
    )


def _enveloppe_prefecture(lecteur: _Lecteur, element: etree._Element) -> EnveloppePrefecture | None:
    emetteur = lecteur.enfant(element, "Emetteur")
    for type_ in Emetteur:
        service = lecteur.enfant(emetteur, type_.value)
        if service is not None:
            break
    else:
        lecteur.constat(
            "actes.emetteur-absent",
            Severite.ERREUR,
            "Emetteur",
            "Ni IDSGAR, ni IDPref, ni IDSousPref : service émetteur inconnu.",
        )
        return None
    destinataire = lecteur.enfant(element, "Destinataire")
    return EnveloppePrefecture(
        emetteur=type_,
        departement=lecteur.attribut(service, "Departement") or "",
        arrondissement=lecteur.attribut(service, "Arrondissement"),
        referent=lecteur.referent(emetteur),
        formulaires=lecteur.formulaires(element),
        destinataire=(
            "" if destinataire is None else lecteur.attribut(destinataire, "SIREN", NS_INSEE) or ""
        ),
    )


def _accuse(lecteur: _Lecteur, racine: etree._Element) -> AccuseReception:
    recus = lecteur.enfants(racine, "ActeRecu")
    if len(recus) != 1 or lecteur.enfant(racine, "Acte") is not None:
        lecteur.constat(
            "actes.structure-inattendue",
            Severite.AVERTISSEMENT,
            "ARActe",
            f"{len(recus)} ActeRecu (un seul attendu) ou élément Acte en trop ; le premier est lu.",
        )
    return AccuseReception(
        id_acte=lecteur.attribut(racine, "IDActe") or "",
        date_reception=lecteur.date(
            lecteur.attribut(racine, "DateReception"), "ARActe/@DateReception"
        ),
        acte=_acte(lecteur, recus[0]) if recus else None,
        classification_en_cours=lecteur.date(
            lecteur.texte(racine, "ClassificationDateVersionEnCours"),
            "ClassificationDateVersionEnCours",
        ),
    )


def _nature_anomalie(lecteur: _Lecteur, brute: str, sur: str) -> int | None:
    nature = lecteur.entier(brute, "Nature") if brute.strip() else None
    if sur == "acte" and not re.fullmatch(r"[0-9]{3}", brute.strip()):
        lecteur.constat(
            "actes.anomalie-nature-hors-schema",
            Severite.AVERTISSEMENT,
            "Nature",
            f"Nature d'anomalie « {brute} » hors du motif du schéma (3 chiffres) ; lue quand même.",
        )
    elif sur == "enveloppe" and nature not in {1, 2, 3, 4, 5, 100}:
        lecteur.constat(
            "actes.anomalie-nature-hors-schema",
            Severite.AVERTISSEMENT,
            "Nature",
            f"Nature d'anomalie d'enveloppe {brute} hors de l'énumération du schéma ; lue quand même.",
        )
    return nature


def _anomalie(lecteur: _Lecteur, racine: etree._Element) -> Anomalie:
    type_ = etree.QName(racine).localname
    sur = "acte" if type_ == "AnomalieActe" else "enveloppe"
    brute = lecteur.texte(racine, "Nature") or ""
    recu = lecteur.enfant(racine, "ActeRecu")
    enveloppe = lecteur.enfant(racine, "EnveloppeRecue")
    return Anomalie(
        sur=sur,
        date=lecteur.date(lecteur.texte(racine, "Date"), f"{type_}/Date"),
        nature=_nature_anomalie(lecteur, brute, sur),
        nature_brute=brute,
        detail=lecteur.texte(racine, "Detail"),
        acte=_acte(lecteur, recu) if recu is not None else None,
        enveloppe=_enveloppe(lecteur, enveloppe) if enveloppe is not None else None,
        classification_en_cours=lecteur.date(
            lecteur.texte(racine, "ClassificationDateVersionEnCours"),
            f"{type_}/ClassificationDateVersionEnCours",
            obligatoire=sur == "acte",
        ),
    )


def _courrier(lecteur: _Lecteur, racine: etree._Element) -> CourrierPrefecture:
    type_ = TypeCourrier(etree.QName(racine).localname)
    documents = [f for f in map(lecteur.fichier, lecteur.enfants(racine, "Document")) if f]
    for conteneur, balise in (("Documents", "Document"), ("PiecesJointes", "PieceJointe")):
        for element in lecteur.enfants(lecteur.enfant(racine, conteneur), balise):
            fichier = lecteur.fichier(element)
            if fichier is not None:
                documents.append(fichier)
    texte = None
    for balise in ("DescriptionPieces", "Motif", "NatureIllegalite"):
        texte = texte if texte is not None else lecteur.texte(racine, balise)
    if type_ is TypeCourrier.DEFERE_TA:
        date_brute, lieu = lecteur.texte(racine, "DateDepot"), "DateDepot"
    elif type_ is TypeCourrier.AR_ANNULATION:
        date_brute, lieu = lecteur.attribut(racine, "DateReception"), "@DateReception"
    else:
        date_brute, lieu = lecteur.attribut(racine, "DateCourrierPref"), "@DateCourrierPref"
    return CourrierPrefecture(
        type=type_,
        id_acte=lecteur.attribut(racine, "IDActe"),
        date=lecteur.date(
            date_brute, f"{type_.value}/{lieu}", obligatoire=type_ is not TypeCourrier.ANNULATION
        ),
        documents=documents,
        texte=texte,
    )


def _accuse_reponse(lecteur: _Lecteur, racine: etree._Element) -> AccuseReponse:
    type_ = etree.QName(racine).localname
    infos = lecteur.enfant(racine, "InfosCourrierPref")
    return AccuseReponse(
        type=type_,
        date_reception=lecteur.date(
            lecteur.attribut(racine, "DateReception"), f"{type_}/@DateReception"
        ),
        id_acte=None if infos is None else lecteur.attribut(infos, "IDActe"),
        date_courrier=lecteur.date(
            None if infos is None else lecteur.attribut(infos, "DateCourrierPref"),
            f"{type_}/InfosCourrierPref/@DateCourrierPref",
        ),
    )


def _demande(lecteur: _Lecteur, racine: etree._Element) -> DemandeClassification:
    date = lecteur.texte(racine, "DateClassification")
    return DemandeClassification(date=lecteur.date(date, "DateClassification", obligatoire=False))


def _a_jour(lecteur: _Lecteur, racine: etree._Element) -> ClassificationAJour:
    return ClassificationAJour(
        date=lecteur.date(lecteur.texte(racine, "DateClassification"), "DateClassification")
    )


def _matieres(
    lecteur: _Lecteur, parent: etree._Element | None, niveau: int
) -> list[MatiereClassification]:
    matieres: list[MatiereClassification] = []
    for element in lecteur.enfants(parent, f"Matiere{niveau}"):
        code = lecteur.entier(
            lecteur.attribut(element, "CodeMatiere"), f"Matiere{niveau}/@CodeMatiere"
        )
        if code is None:
            lecteur.constat(
                "actes.matiere-ignoree",
                Severite.AVERTISSEMENT,
                f"Matiere{niveau}",
                "Matière sans code lisible : ignorée avec ses sous-matières.",
            )
            continue
        matieres.append(
            MatiereClassification(
                code=code,
                libelle=lecteur.attribut(element, "Libelle") or "",
                sous_matieres=_matieres(lecteur, element, niveau + 1) if niveau < 5 else (),
            )
        )
    return matieres


def _retour_classification(lecteur: _Lecteur, racine: etree._Element) -> RetourClassification:
    natures = []
    for element in lecteur.enfants(lecteur.enfant(racine, "NaturesActes"), "NatureActe"):
        natures.append(
            NatureClassification(
                code=lecteur.entier(
                    lecteur.attribut(element, "CodeNatureActe"), "NatureActe/@CodeNatureActe"
                ),
                libelle=lecteur.attribut(element, "Libelle") or "",
                type_abrege=lecteur.attribut(element, "TypeAbrege") or "",
                types_pj=[
                    TypePiece(
                        code=lecteur.attribut(t, "CodeTypePJ") or "",
                        libelle=lecteur.attribut(t, "Libelle") or "",
                    )
                    for t in lecteur.enfants(element, "TypePJNatureActe")
                ],
            )
        )
    return RetourClassification(
        date=lecteur.date(lecteur.texte(racine, "DateClassification"), "DateClassification"),
        natures=natures,
        matieres=_matieres(lecteur, lecteur.enfant(racine, "Matieres"), 1),
    )


_LECTEURS: dict[str, Callable[[_Lecteur, etree._Element], MessageActes | None]] = {
    "Acte": _acte,
    "EnveloppeCLMISILL": _enveloppe,
    "EnveloppeMISILLCL": _enveloppe_prefecture,
    "ARActe": _accuse,
    "AnomalieActe": _anomalie,
    "AnomalieEnveloppe": _anomalie,
    "ARPieceComplementaire": _accuse_reponse,
    "ARReponseRejetLettreObservations": _accuse_reponse,
    "DemandeClassification": _demande,
    "ReponseClassificationSansChangement": _a_jour,
    "RetourClassification": _retour_classification,
    **{t.value: _courrier for t in TypeCourrier},
}
assert set(_LECTEURS) == set(TYPES_MESSAGES)


def lire_message(octets: bytes, nom: str = "<message>", *, ecarts: bool = True) -> LectureMessage:
    """Lit un message ACTES, quel qu'il soit ; lève une erreur typée si le XML est illisible.

    Avec ``ecarts`` (par défaut), chaque écart au schéma est aussi un constat
    ``actes.lecture-hors-schema`` (la vérification, qui les signale elle-même, s'en passe).
    """
    racine = analyser_xml(octets, nom)
    lecteur = _Lecteur(nom)
    qname = etree.QName(racine)
    type_ = qname.localname
    if qname.namespace != NS_ACTES:
        lecteur.constat(
            "actes.espace-de-noms",
            Severite.ERREUR,
            type_,
            f"Élément racine dans l'espace de noms « {qname.namespace or 'aucun'} », "
            f"pas dans celui d'ACTES ({NS_ACTES}).",
        )
        return LectureMessage(type_, None, Rapport(lecteur.constats))
    lire = _LECTEURS.get(type_)
    if lire is None:
        lecteur.constat(
            "actes.message-inconnu",
            Severite.ERREUR,
            type_,
            f"« {type_} » n'est pas un message du schéma ACTES : contenu non converti.",
        )
        return LectureMessage(type_, None, Rapport(lecteur.constats))
    message = lire(lecteur, racine)
    for ecart in verifier_structure(racine, nom) if ecarts else ():
        lecteur.constats.append(
            attrs.evolve(
                ecart,
                code="actes.lecture-hors-schema",
                severite=Severite.AVERTISSEMENT,
                message=f"Écart au schéma (lu quand même) : {ecart.message}",
            )
        )
    return LectureMessage(type_, message, Rapport(lecteur.constats))


def lire_acte(octets: bytes, nom: str = "<acte>") -> tuple[MetadonneesActe | None, Rapport]:
    """Lit un fichier métier ``actes:Acte``."""
    lu = lire_message(octets, nom)
    if not isinstance(lu.message, MetadonneesActe):
        rapport = lu.rapport + Rapport(
            [
                Constat(
                    code="actes.pas-un-acte",
                    severite=Severite.ERREUR,
                    message=f"Le fichier contient un message « {lu.type} », pas un acte.",
                    chemin=nom,
                )
            ]
        )
        return None, rapport
    return lu.message, lu.rapport
