"""ACTES : messages valides pour l'XSD officiel, exemples réels relus sans perte, règles,
archive sûre, attaques XML refusées, retours de la préfecture."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import tarfile
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from deliberations.actes.archive import ArchiveDangereuse, lire_archive
from deliberations.actes.classification import lire_classification
from deliberations.actes.ecriture import xml_acte, xml_enveloppe
from deliberations.actes.lecture import lire_message
from deliberations.actes.messages import AccuseReception, Anomalie, Enveloppe, MetadonneesActe
from deliberations.actes.securite import XMLDangereux, analyser_xml
from deliberations.actes.transmission import (
    Piece,
    appliquer_accuse,
    deliberation_depuis,
    metadonnees_depuis,
    preparer_transmission,
)
from deliberations.actes.verification import (
    verifier_archive,
    verifier_fichiers,
    verifier_transmission,
    verifier_xml,
)
from deliberations.erreurs import FichierIllisible
from deliberations.model import Collectivite, Deliberation, lire_seance
from deliberations.nomenclature import NatureActe, matieres
from deliberations.scdl import ligne_scdl
from tests.conftest import EXEMPLE_SEED

PDF = b"%PDF-1.7\n%test\n"
SEED = lire_seance(EXEMPLE_SEED)
JOUR = dt.date(2024, 9, 27)


def transmission(deliberation: Deliberation | None = None, **changements: object):  # type: ignore[no-untyped-def]
    options: dict[str, object] = {
        "acte": ("deliberation.pdf", PDF),
        "date_decision": SEED.date,
        "classification_date": dt.date(2019, 4, 18),
        "date_envoi": JOUR,
        "adresses_retour": ["actes@metropole-dijon.fr"],
        "nature_collectivite": "45",
    }
    options.update(changements)
    return preparer_transmission(
        SEED.assemblee.collectivite,
        SEED.deliberations[0],
        **options,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def xsd(reference_module: Path) -> Path:
    return reference_module / "actes" / "xsd" / "actesv1_1.xsd"


@pytest.fixture(scope="module")
def reference_module() -> Path:
    from tests.conftest import PARTAGE

    chemin = PARTAGE / "reference"
    if not chemin.exists():
        pytest.skip(
            f"oracle absent : {chemin} ; donnez le dossier qui contient reference/ dans "
            "DELIBERATIONS_PARTAGE (par défaut ../shared, voir le README)"
        )
    return chemin


def valide_xsd(octets: bytes, xsd: Path) -> list[str]:
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    ok = schema.validate(etree.fromstring(octets))
    return [] if ok else [str(e) for e in schema.error_log]  # type: ignore[attr-defined]


# ------------------------------------------------------------------ écriture et XSD


def test_seed_vers_archive_complete(tmp_path: Path, xsd: Path) -> None:
    t = transmission(annexes=[("annexe.pdf", PDF)])
    assert verifier_transmission(t, xsd=xsd, aujourd_hui=JOUR).ok
    chemin = t.ecrire(tmp_path)
    assert chemin.name == "SLO-EACT--242100410--20240927-1.tar.gz"
    noms = [nom for nom, _ in lire_archive(chemin)]
    assert noms == [
        "EACT--242100410--20240927-1.xml",
        "021-242100410-20240926-20240926_001-DE-1-1_0.xml",
        "99_DE-021-242100410-20240926-20240926_001-DE-1-1_1.pdf",
        "99_DE-021-242100410-20240926-20240926_001-DE-1-1_2.pdf",
    ]
    assert verifier_archive(chemin, xsd=xsd, aujourd_hui=JOUR).ok
    for nom, contenu in lire_archive(chemin)[:2]:
        assert valide_xsd(contenu, xsd) == [], nom
        assert contenu.startswith(b"<?xml version='1.0' encoding='ISO-8859-1'?>")


objets = st.text(
    alphabet=st.characters(
        min_codepoint=32, max_codepoint=0x2FF, blacklist_categories=("Cs", "Cc")
    ),
    min_size=1,
    max_size=120,
).filter(lambda t: t.strip() == t and "  " not in t and t)


@given(
    numero=st.from_regex(r"[A-Z0-9]([A-Z0-9_]{0,13}[A-Z0-9])?", fullmatch=True),
    objet=objets,
    nature=st.sampled_from(NatureActe),
    matiere=st.sampled_from([m.code for m in matieres(2)]),
    date=st.dates(dt.date(2005, 1, 1), dt.date(2024, 1, 1)),
    annexes=st.integers(0, 3),
)
def test_messages_engendres_valides_pour_l_xsd(
    numero: str, objet: str, nature: NatureActe, matiere: str, date: dt.date, annexes: int
) -> None:
    from tests.conftest import PARTAGE

    xsd = PARTAGE / "reference" / "actes" / "xsd" / "actesv1_1.xsd"
    if not xsd.exists():
        pytest.skip("XSD officiel absent")
    d = Deliberation(numero=numero, objet=objet, nature=nature, matiere=matiere, date=date)
    t = preparer_transmission(
        SEED.assemblee.collectivite,
        d,
        acte=("a.pdf", PDF),
        annexes=[(f"annexe{i}.pdf", PDF) for i in range(annexes)],
        classification_date=dt.date(2019, 4, 18),
        date_envoi=JOUR,
        adresses_retour=["a@b.fr"],
        nature_collectivite="45",
    )
    for nom, contenu in t.fichiers()[:2]:
        assert valide_xsd(contenu, xsd) == [], nom
    rapport = verifier_transmission(t, aujourd_hui=JOUR)
    assert {c.code for c in rapport.erreurs} <= {"actes.type-pj"} or rapport.ok
    relu = lire_message(t.fichiers()[1][1]).message
    assert relu == t.metadonnees
    assert isinstance(relu, MetadonneesActe)
    d2 = deliberation_depuis(relu)
    # Le modèle normalise les blancs de l'objet (« 0\xa00 » devient « 0 0 ») : l'aller-retour
    # modèle → ACTES → modèle rend la délibération transmise, à l'identique.
    assert (d2.numero, d2.objet, d2.nature, d2.matiere, d2.date) == (
        numero,
        d.objet,
        nature,
        matiere,
        date,
    )


# ------------------------------------------------------------------ exemples réels


def exemples(reference: Path) -> list[Path]:
    return sorted((reference / "actes" / "examples").rglob("*.xml"))


def test_exemples_relus_sans_perte(reference_module: Path) -> None:
    for chemin in exemples(reference_module):
        octets = chemin.read_bytes()
        lu = lire_message(octets, chemin.name)
        if isinstance(lu.message, MetadonneesActe):
            assert lire_message(xml_acte(lu.message)).message == lu.message, chemin.name
        elif isinstance(lu.message, Enveloppe):
            assert lire_message(xml_enveloppe(lu.message)).message == lu.message, chemin.name
        elif lu.type == "RetourClassification":
            classification = lire_classification(octets, chemin.name)
            assert len(classification.matieres) >= 66
        else:
            assert lu.message is not None or lu.type == "EnveloppeMISILLCL", chemin.name


def test_memes_verdicts_que_l_xsd_officiel(reference_module: Path, xsd: Path) -> None:
    """Pour les messages que nous envoyons (Acte, enveloppe), notre structure = l'XSD."""
    for chemin in exemples(reference_module):
        octets = chemin.read_bytes()
        type_ = etree.QName(analyser_xml(octets)).localname
        if type_ not in ("Acte", "EnveloppeCLMISILL"):
            continue
        nous = [c for c in verifier_xml(octets, chemin.name) if c.code == "actes.structure"]
        assert (nous == []) == (valide_xsd(octets, xsd) == []), chemin.name


def test_exemples_invalides_signales(reference_module: Path) -> None:
    s2low = reference_module / "actes" / "examples" / "s2low"
    attendus = {
        "045-214502494-20170717-D201717-DE-1-1_0.xml": "actes.document-papier-absent",
        "034-000000000-20170701-20170721D-AI-1-2_0.xml": "actes.document-papier-absent",
        "034-000000000-20170701-20170721D-AI-1-3_0.anomalie-avec-erreur.xml": "actes.anomalie-nature-hors-schema",
        "034-000000000-20170701-20170721D-AI-1-3_0.anomalie-mal-presentee.INVALID.xml": "actes.nombre-invalide",
        "fichier-metier-signe.xml": "actes.document-papier-absent",
    }
    for nom, code in attendus.items():
        assert code in lire_message((s2low / nom).read_bytes(), nom).rapport.codes(), nom
    faux = reference_module / "actes" / "examples" / "pastell" / "ar-actes.fakeTdt.xml"
    assert "actes.structure-inattendue" in lire_message(faux.read_bytes()).rapport.codes()


def test_anomalie_nature_999_lue(reference_module: Path) -> None:
    octets = (
        reference_module / "actes" / "examples" / "s2low" / "ANO_EACT--210703385--20170612-2.xml"
    ).read_bytes()
    lu = lire_message(octets.replace(b"<actes:Nature>5<", b"<actes:Nature>999<"))
    assert isinstance(lu.message, Anomalie) and lu.message.nature == 999
    assert "actes.anomalie-nature-hors-schema" in lu.rapport.codes()


# ------------------------------------------------------------------ règles métier


@pytest.mark.parametrize(
    ("changement", "code"),
    [
        ({"numero": "_MAUVAIS"}, "actes.numero-interne"),
        ({"numero": "minuscules"}, "actes.numero-interne"),
        ({"objet": "x" * 500}, "actes.objet"),
        ({"date": dt.date(2030, 1, 1)}, "actes.date-future"),
        ({"matiere": "9.9"}, "actes.matiere-inconnue"),
    ],
)
def test_regles_de_la_deliberation(changement: dict[str, object], code: str) -> None:
    d = attrs.evolve(SEED.deliberations[0], **changement)
    t = preparer_transmission(
        SEED.assemblee.collectivite,
        d,
        acte=("a.pdf", PDF),
        date_decision=SEED.date,
        classification_date=dt.date(2019, 4, 18),
        date_envoi=JOUR,
        adresses_retour=["a@b.fr"],
        nature_collectivite="45",
    )
    assert code in verifier_transmission(t, aujourd_hui=JOUR).codes()


def test_numero_deja_utilise_et_latin1() -> None:
    t = transmission()
    assert (
        "actes.numero-deja-utilise"
        in verifier_transmission(t, numeros_utilises=["20240926_001"], aujourd_hui=JOUR).codes()
    )
    d = attrs.evolve(SEED.deliberations[0], objet="Budget 2024 : 10 000 €")
    t = preparer_transmission(
        SEED.assemblee.collectivite,
        d,
        acte=("a.pdf", PDF),
        date_decision=SEED.date,
        classification_date=dt.date(2019, 4, 18),
        date_envoi=JOUR,
        adresses_retour=["a@b.fr"],
        nature_collectivite="45",
    )
    assert verifier_transmission(t, aujourd_hui=JOUR).codes() == ["actes.latin1"]


def test_formats_par_le_contenu() -> None:
    t = transmission(acte=("acte.pdf", b"GIF89a..."))
    assert "actes.format" in verifier_transmission(t, aujourd_hui=JOUR).codes()
    t = transmission(
        annexes=[("plan.png", b"\x89PNG\r\n\x1a\nxxxx"), ("texte.docx", b"PK\x03\x04")]
    )
    codes = verifier_transmission(t, aujourd_hui=JOUR).codes()
    assert codes.count("actes.format") == 1


def test_type_pj_hors_nature_et_classification(reference_module: Path) -> None:
    t = transmission(acte=Piece(nom_origine="a.pdf", contenu=PDF, type_pj="99_AR"))
    assert "actes.type-pj" in verifier_transmission(t, aujourd_hui=JOUR).codes()
    octets = (
        reference_module / "actes" / "examples" / "pastell" / "999-1234----7-2_1.xml"
    ).read_bytes()
    classification = lire_classification(octets)
    t = transmission(classification_date=dt.date(2017, 1, 1))
    codes = verifier_transmission(t, classification=classification, aujourd_hui=JOUR).codes()
    assert "actes.classification-perimee" in codes
    t = transmission(
        classification_date=classification.date,
        annexes=[Piece(nom_origine="rapport.pdf", contenu=PDF, type_pj="21_RP")],
    )
    assert verifier_transmission(t, classification=classification, aujourd_hui=JOUR).ok


def test_annexes_nombre_et_fichier_absent() -> None:
    t = transmission(annexes=[("a.pdf", PDF)])
    fichiers = t.fichiers()
    metier = fichiers[1][1].replace(b'actes:Nombre="1"', b'actes:Nombre="3"')
    fichiers[1] = (fichiers[1][0], metier)
    codes = verifier_fichiers(fichiers, aujourd_hui=JOUR).codes()
    assert "actes.annexes-nombre" in codes
    codes = verifier_fichiers(t.fichiers()[:-1], aujourd_hui=JOUR).codes()
    assert "actes.fichier-absent" in codes


def test_enveloppe_sans_adresse_et_siren_faux() -> None:
    t = transmission(adresses_retour=[])
    codes = verifier_transmission(t, aujourd_hui=JOUR).codes()
    assert "actes.adresse-retour" in codes
    fichiers = t.fichiers()
    fichiers[0] = (fichiers[0][0], fichiers[0][1].replace(b"242100410", b"242100411"))
    assert "actes.siren" in verifier_fichiers(fichiers, aujourd_hui=JOUR).codes()


def test_archive_trop_grosse() -> None:
    t = transmission()
    codes = verifier_fichiers(
        t.fichiers(), nom_archive=t.nom_archive, taille_archive=151 * 1024 * 1024, aujourd_hui=JOUR
    ).codes()
    assert "actes.taille-archive" in codes


def test_nom_archive_hors_convention() -> None:
    t = transmission()
    codes = verifier_fichiers(t.fichiers(), nom_archive="archive.tar.gz", aujourd_hui=JOUR).codes()
    assert "actes.nom-fichier" in codes


# ------------------------------------------------------------------ archive sûre


def archive_avec(*membres: tarfile.TarInfo, contenus: dict[str, bytes] | None = None) -> bytes:
    tampon = io.BytesIO()
    with tarfile.open(fileobj=tampon, mode="w:gz") as tar:
        for m in membres:
            donnees = (contenus or {}).get(m.name, b"")
            if m.isfile():
                m.size = len(donnees)
            tar.addfile(m, io.BytesIO(donnees) if m.isfile() else None)
    return tampon.getvalue()


def test_archive_chemin_hors_archive() -> None:
    for nom in ("../evasion.xml", "/etc/passwd", "dossier/fichier.xml"):
        with pytest.raises(ArchiveDangereuse):
            lire_archive(archive_avec(tarfile.TarInfo(nom), contenus={nom: b"x"}))


def test_archive_liens_refuses() -> None:
    for genre in (tarfile.SYMTYPE, tarfile.LNKTYPE):
        lien = tarfile.TarInfo("lien.xml")
        lien.type = genre
        lien.linkname = "/etc/passwd"
        with pytest.raises(ArchiveDangereuse, match="liens"):
            lire_archive(archive_avec(lien))


def test_archive_dossier_et_trop_gros() -> None:
    dossier = tarfile.TarInfo("d")
    dossier.type = tarfile.DIRTYPE
    with pytest.raises(ArchiveDangereuse):
        lire_archive(archive_avec(dossier))
    gros = archive_avec(tarfile.TarInfo("gros.pdf"), contenus={"gros.pdf": b"0" * 5000})
    with pytest.raises(ArchiveDangereuse, match="décompressé"):
        lire_archive(gros, taille_decompressee_max=4000)
    nombreux = archive_avec(*(tarfile.TarInfo(f"f{i}.pdf") for i in range(5)))
    with pytest.raises(ArchiveDangereuse, match="membres"):
        lire_archive(nombreux, membres_max=4)


@given(st.binary(max_size=600))
def test_archive_octets_quelconques(octets: bytes) -> None:
    with contextlib.suppress(FichierIllisible):
        lire_archive(octets)


# ------------------------------------------------------------------ attaques XML


ATTAQUES = {
    "billion-laughs": b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>',
    "quadratique": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "'
    + b"x" * 5000
    + b'">]><a>'
    + b"&x;" * 1000
    + b"</a>",
    "entite-externe": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&xxe;</a>',
    "dtd-externe": b'<?xml version="1.0"?><!DOCTYPE a SYSTEM "http://127.0.0.1:1/evil.dtd"><a/>',
    "utf16-doctype": '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'.encode(
        "utf-16"
    ),
}


@pytest.mark.parametrize("nom", sorted(ATTAQUES))
def test_attaques_xml_refusees(nom: str) -> None:
    with pytest.raises(XMLDangereux):
        lire_message(ATTAQUES[nom], nom)
    with pytest.raises(XMLDangereux):
        lire_classification(ATTAQUES[nom], nom)


@given(st.binary(max_size=500))
def test_xml_quelconque_erreur_typee(octets: bytes) -> None:
    with contextlib.suppress(FichierIllisible):
        lire_message(octets)


# ------------------------------------------------------------------ retours


def test_accuse_reception_met_a_jour_la_transmission_et_le_scdl() -> None:
    ar = (
        b'<?xml version="1.0" encoding="ISO-8859-1"?><actes:ARActe xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216"'
        b' actes:IDActe="021-242100410-20240926-20240926_001-DE" actes:DateReception="2024-09-30"/>'
    )
    lu = lire_message(ar).message
    assert isinstance(lu, AccuseReception)
    d = appliquer_accuse(
        attrs.evolve(SEED.deliberations[0], matiere="8.2"), lu.id_acte, lu.date_reception, "PREF021"
    )
    ligne, _ = ligne_scdl(
        Collectivite(nom="Dijon métropole", siret="24210041000016"),
        d,
        date=SEED.date,
        vote_effectif=86,
    )
    assert (ligne["PREF_ID"], ligne["PREF_DATE"]) == ("PREF021", "2024-09-30")
    assert d.transmission is not None and d.transmission.identifiant_actes == lu.id_acte


def test_metadonnees_aller_retour_modele() -> None:
    meta = metadonnees_depuis(SEED.deliberations[0], date_decision=SEED.date)
    d = deliberation_depuis(meta)
    assert (d.numero, d.objet, d.matiere, d.date) == (
        "20240926_001",
        SEED.deliberations[0].objet,
        "8.2",
        SEED.date,
    )


def test_archive_relue_vers_le_modele(tmp_path: Path) -> None:
    from deliberations.actes.relecture import lire_transmission

    t = transmission(annexes=[("annexe.pdf", PDF)])
    relue = lire_transmission(t.ecrire(tmp_path))
    assert relue.enveloppe == t.enveloppe
    assert relue.actes == (t.metadonnees,)
    (d,) = relue.deliberations
    attendue = SEED.deliberations[0]
    assert (d.numero, d.objet, d.nature, d.matiere, d.date) == (
        attendue.numero,
        attendue.objet,
        attendue.nature,
        attendue.matiere,
        SEED.date,
    )
    assert [nom for nom, _ in relue.fichiers] == [nom for nom, _ in t.fichiers()]


@given(st.binary(max_size=500))
def test_classification_octets_quelconques(octets: bytes) -> None:
    with contextlib.suppress(FichierIllisible):
        lire_classification(octets)


def test_classification_relue_d_un_exemple(reference_module: Path) -> None:
    octets = (
        reference_module / "actes" / "examples" / "pastell" / "999-1234----7-2_1.xml"
    ).read_bytes()
    c = lire_classification(octets)
    assert c.date == dt.date(2019, 4, 18)
    assert sum(len(t) for t in c.types_pj.values()) == 115
    assert len([m for m in c.matieres if m.niveau == 3]) == 225
    assert c.type_pj_permis(1, "99_DE") and not c.type_pj_permis(1, "99_AR")
