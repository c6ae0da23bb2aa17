"""Les 24 messages du schéma : un message de référence par type (écrit par l'équipe d'après
l'XSD et les messages réels), valide pour l'XSD, lu et réécrit sans perte ; la vérification
de structure rend le verdict de l'XSD sur chaque mutation ; propriétés hypothesis."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from deliberations.actes import (
    TYPES_MESSAGES,
    AccuseReception,
    AccuseReponse,
    Anomalie,
    CaractereInterdit,
    ClassificationAJour,
    CourrierPrefecture,
    DemandeClassification,
    Emetteur,
    Enveloppe,
    EnveloppePrefecture,
    Fichier,
    MatiereClassification,
    MetadonneesActe,
    NatureClassification,
    Referent,
    RetourClassification,
    TypeCourrier,
    TypePiece,
    analyser_xml,
    ecrire_message,
    lire_message,
    verifier_structure,
    verifier_xml,
)
from deliberations.erreurs import FichierIllisible
from tests.actes.mutations import MESSAGES, toutes


@pytest.fixture(scope="module")
def schema(reference_module: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(reference_module / "actes" / "xsd" / "actesv1_1.xsd")))


@pytest.fixture(scope="module")
def reference_module() -> Path:
    from tests.conftest import PARTAGE

    chemin = PARTAGE / "reference"
    if not chemin.exists():
        pytest.skip(f"oracle absent : {chemin}")
    return chemin


def test_un_message_de_reference_par_type_du_schema() -> None:
    assert {p.stem for p in MESSAGES.glob("*.xml")} == set(TYPES_MESSAGES)
    assert len(TYPES_MESSAGES) == 24


@pytest.mark.parametrize("type_", sorted(TYPES_MESSAGES))
def test_message_lu_et_reecrit_sans_perte(type_: str) -> None:
    octets = (MESSAGES / f"{type_}.xml").read_bytes()
    lu = lire_message(octets, type_)
    assert lu.type == type_ and lu.message is not None
    assert lu.rapport.ok, lu.rapport.vers_texte()
    reecrit = ecrire_message(lu.message)
    assert lire_message(reecrit).message == lu.message
    assert reecrit == octets  # même écriture, octet pour octet
    assert verifier_structure(analyser_xml(octets), type_) == []


@pytest.mark.parametrize("type_", sorted(TYPES_MESSAGES))
def test_message_de_reference_valide_pour_l_xsd(type_: str, schema: etree.XMLSchema) -> None:
    assert schema.validate(etree.parse(str(MESSAGES / f"{type_}.xml")))


def test_structure_meme_verdict_que_l_xsd_sur_chaque_mutation(schema: etree.XMLSchema) -> None:
    desaccords = []
    total = 0
    for message, description, octets in toutes():
        racine = analyser_xml(octets)
        total += 1
        if (not verifier_structure(racine, message)) != schema.validate(etree.ElementTree(racine)):
            desaccords.append(f"{message} : {description}")
    assert total > 8000
    assert desaccords == []


def test_exemples_reels_meme_verdict_que_l_xsd(
    reference_module: Path, schema: etree.XMLSchema
) -> None:
    for chemin in sorted((reference_module / "actes" / "examples").rglob("*.xml")):
        racine = analyser_xml(chemin.read_bytes())
        nous = verifier_structure(racine, chemin.name) == []
        assert nous == schema.validate(etree.ElementTree(racine)), chemin.name


def test_exemples_reels_tous_lus_et_reecrits(reference_module: Path) -> None:
    for chemin in sorted((reference_module / "actes" / "examples").rglob("*.xml")):
        lu = lire_message(chemin.read_bytes(), chemin.name)
        assert lu.message is not None, chemin.name
        assert lire_message(ecrire_message(lu.message)).message == lu.message, chemin.name


# ------------------------------------------------------------------ messages d'erreur précis


def _acte_modifie(avant: bytes, apres: bytes) -> list[str]:
    octets = (MESSAGES / "Acte.xml").read_bytes().replace(avant, apres, 1)
    return [c.message for c in verifier_xml(octets, "acte.xml") if c.code == "actes.structure"]


def test_messages_de_structure_precis() -> None:
    assert _acte_modifie(b'actes:Date="2024-09-26"', b'actes:Date="2024-09-26Z"') == []
    assert _acte_modifie(b'actes:CodeNatureActe="1"', b'actes:CodeNatureActe="+1"') == []
    assert _acte_modifie(b'actes:Nombre="1"', b'actes:Nombre="+1"') == []
    (message,) = _acte_modifie(b'actes:Date="2024-09-26"', b'actes:Date="2019-02-30"')
    assert "n'existe pas" in message and "absente" not in message
    (message,) = _acte_modifie(b'actes:Date="2024', b'Date="2024')
    assert "sans espace de noms" in message and "actes:Date" in message
    (message,) = _acte_modifie(b"<actes:Objet>", b"parasite<actes:Objet>")
    assert "parasite" in message
    messages = _acte_modifie(
        b"http://www.interieur.gouv.fr/ACTES#v1.1-20040216", b"urn:exemple:autre"
    )
    assert len(messages) == 1 and "urn:exemple:autre" in messages[0]


def test_matiere_de_niveau_3_sans_classification_non_verifiable() -> None:
    rapport = verifier_xml(
        (MESSAGES / "Acte.xml").read_bytes(), "acte.xml", aujourd_hui=dt.date(2024, 10, 1)
    )
    assert "actes.matiere-inconnue" not in rapport.codes()
    assert "actes.matiere-non-verifiable" in rapport.codes()


# ------------------------------------------------------------------ propriétés


textes = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"),
    max_size=40,
).filter(
    lambda t: (
        all(c in "\t\n" or ord(c) >= 0x20 for c in t) and "\ufffe" not in t and "\uffff" not in t
    )
)
dates = st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))
fichiers = st.builds(
    Fichier,
    nom=textes,
    signature=st.none() | textes,
)
ids = st.from_regex(r"0[0-9]{2}-[0-9]{9}-[0-9]{8}-[A-Z0-9_]{1,15}-[A-Z]{2}", fullmatch=True)
actes = st.builds(
    MetadonneesActe,
    date=dates,
    numero_interne=textes,
    nature=st.integers(-10, 10**6),
    codes_matiere=st.lists(st.integers(0, 99), min_size=2, max_size=5),
    objet=textes,
    precedent=st.none() | ids,
    classification_date=st.none() | dates,
    document=st.none() | fichiers,
    annexes=st.lists(fichiers, max_size=3),
    annexes_nombre=st.none() | st.integers(0, 5),
    document_papier=st.none() | st.sampled_from(["O", "N", ""]) | textes,
)
referents = st.none() | st.builds(
    Referent, nom=st.none() | textes, telephone=st.none() | textes, email=st.none() | textes
)
enveloppes = st.builds(
    Enveloppe,
    siren=textes,
    departement=textes,
    arrondissement=textes,
    nature=textes,
    referent=referents,
    adresses_retour=st.lists(textes, max_size=3),
    formulaires=st.lists(fichiers, max_size=3),
)
matieres = st.recursive(
    st.builds(MatiereClassification, code=st.integers(0, 99), libelle=textes),
    lambda enfants: st.builds(
        MatiereClassification,
        code=st.integers(0, 99),
        libelle=textes,
        sous_matieres=st.lists(enfants, max_size=2),
    ),
    max_leaves=6,
)
messages = st.one_of(
    actes,
    enveloppes,
    st.builds(
        EnveloppePrefecture,
        emetteur=st.sampled_from(Emetteur),
        departement=textes,
        arrondissement=st.none(),
        referent=referents,
        formulaires=st.lists(fichiers, max_size=2),
        destinataire=textes,
    ),
    st.builds(
        AccuseReception,
        id_acte=textes,
        date_reception=dates,
        acte=st.none() | actes,
        classification_en_cours=dates,
    ),
    st.builds(
        Anomalie,
        sur=st.just("acte"),
        date=dates,
        nature=st.just(2),
        nature_brute=st.just("002"),
        detail=st.none() | textes,
        acte=actes,
        classification_en_cours=dates,
    ),
    st.builds(
        Anomalie,
        sur=st.just("enveloppe"),
        date=dates,
        nature=st.just(5),
        nature_brute=st.just("005"),
        detail=st.none() | textes,
        enveloppe=enveloppes,
    ),
    st.builds(
        AccuseReponse,
        type=st.sampled_from(["ARPieceComplementaire", "ARReponseRejetLettreObservations"]),
        date_reception=dates,
        id_acte=textes,
        date_courrier=dates,
    ),
    st.builds(DemandeClassification, date=st.none() | dates),
    st.builds(ClassificationAJour, date=dates),
    st.builds(
        RetourClassification,
        date=dates,
        natures=st.lists(
            st.builds(
                NatureClassification,
                code=st.none() | st.integers(0, 9),
                libelle=textes,
                type_abrege=textes,
                types_pj=st.lists(st.builds(TypePiece, code=textes, libelle=textes), max_size=2),
            ),
            max_size=2,
        ),
        matieres=st.lists(matieres, max_size=2),
    ),
)


@st.composite
def courriers(draw: st.DrawFn) -> CourrierPrefecture:
    type_ = draw(st.sampled_from(TypeCourrier))
    sans_document = type_.value in {
        "Annulation",
        "ARAnnulation",
        "ARDemandePieceComplementaire",
        "ARLettreObservations",
    }
    avec_texte = type_.value in {"DemandePieceComplementaire", "LettreObservations", "DefereTA"}
    return CourrierPrefecture(
        type=type_,
        id_acte=draw(textes),
        date=None if type_ is TypeCourrier.ANNULATION else draw(dates),
        documents=[] if sans_document else draw(st.lists(fichiers, min_size=1, max_size=3)),
        texte=draw(textes) if avec_texte else None,
    )


@given(st.one_of(messages, courriers()))
def test_tout_message_reecrit_puis_relu_a_l_identique(message: object) -> None:
    """Aller-retour objet → XML → objet, sur des valeurs quelconques (blancs, espaces
    insécables, signes, caractères hors ISO-8859-1 compris)."""
    octets = ecrire_message(message)  # type: ignore[arg-type]
    assert lire_message(octets).message == message


@given(st.text(max_size=30))
def test_caractere_de_controle_erreur_typee(objet: str) -> None:
    meta = MetadonneesActe(
        date=dt.date(2024, 1, 1), numero_interne="A1", nature=1, codes_matiere=(1, 1), objet=objet
    )
    try:
        octets = ecrire_message(meta)
    except CaractereInterdit as erreur:
        assert "Acte/Objet" in str(erreur)
    else:
        assert lire_message(octets).message == meta


@given(st.binary(max_size=400))
def test_octets_quelconques_erreur_typee_ou_constat(octets: bytes) -> None:
    with contextlib.suppress(FichierIllisible):
        lire_message(octets)
    with contextlib.suppress(FichierIllisible):
        verifier_xml(octets, "x.xml")


@given(
    st.sampled_from(sorted(TYPES_MESSAGES)),
    st.integers(0, 10**6),
    st.binary(min_size=1, max_size=3),
)
def test_message_de_reference_abime_erreur_typee_ou_constat(
    type_: str, position: int, octets: bytes
) -> None:
    original = (MESSAGES / f"{type_}.xml").read_bytes()
    i = position % len(original)
    abime = original[:i] + octets + original[i + 1 :]
    with contextlib.suppress(FichierIllisible):
        lire_message(abime)
        verifier_xml(abime, "x.xml")
