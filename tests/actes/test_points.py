"""Les neuf points de l'issue 11 (un test au moins chacun ; les points 5, 6 et 8 ont aussi
leurs tests dans ``test_archive.py`` et ``test_messages.py``), le caractère de contrôle dans
un objet (issue 16) et la ligne de commande ``actes``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

import deliberations.actes as actes
from deliberations.actes import (
    AccuseIncompatible,
    AccuseReception,
    Anomalie,
    DonneesIncompletes,
    EnveloppePrefecture,
    LectureMessage,
    RetourClassification,
    TransmissionRelue,
    appliquer_accuse,
    archive_en_octets,
    ecrire_message,
    lire,
    lire_classification,
    lire_message,
    preparer_transmission,
    verifier_fichiers,
    verifier_transmission,
)
from deliberations.cli import main
from deliberations.fichiers import SortieRefusee
from deliberations.model import Collectivite, lire_seance
from deliberations.scdl import ligne_scdl
from tests.actes.mutations import MESSAGES
from tests.conftest import EXEMPLE_SEED

SEED = lire_seance(EXEMPLE_SEED)
PDF = b"%PDF-1.7\n%essai\n"
JOUR = dt.date(2024, 9, 27)


@pytest.fixture(scope="module")
def exemples() -> Path:
    from tests.conftest import PARTAGE

    chemin = PARTAGE / "reference" / "actes" / "examples"
    if not chemin.exists():
        pytest.skip(f"oracle absent : {chemin}")
    return chemin


def transmission(**changements: object):  # type: ignore[no-untyped-def]
    options: dict[str, object] = {
        "acte": ("deliberation.pdf", PDF),
        "date_decision": SEED.date,
        "classification_date": dt.date(2019, 4, 18),
        "date_envoi": JOUR,
        "adresses_retour": ["actes@metropole-dijon.fr"],
        "nature_collectivite": "45",
    }
    options.update(changements)
    return preparer_transmission(SEED.assemblee.collectivite, SEED.deliberations[0], **options)  # type: ignore[arg-type]


def archive_prefecture(t: object) -> bytes:
    """Archive de retour modelée sur les envois de S²LOW : enveloppe MISILLCL, ARActe, anomalie."""
    enveloppe = (MESSAGES / "EnveloppeMISILLCL.xml").read_bytes()
    return archive_en_octets(
        [
            ("EACT--SPREF0212-242100410-20240930-1.xml", enveloppe),
            (
                "021-242100410-20240926-D2024_117-DE-1-2_0.xml",
                (MESSAGES / "ARActe.xml").read_bytes(),
            ),
            (
                "021-242100410-20240926-D2024_117-DE-1-3_0.xml",
                (MESSAGES / "AnomalieActe.xml").read_bytes(),
            ),
        ]
    )


# 1. AnomalieActe : la date de classification à utiliser est lue.
def test_1_anomalie_acte_garde_la_classification_en_cours(exemples: Path) -> None:
    for chemin in sorted(exemples.rglob("*1-3_0*.xml")):
        lu = lire_message(chemin.read_bytes(), chemin.name)
        assert isinstance(lu.message, Anomalie)
        assert lu.message.classification_en_cours == dt.date(2008, 12, 31)
    lu = lire_message((MESSAGES / "AnomalieActe.xml").read_bytes())
    assert isinstance(lu.message, Anomalie) and lu.message.classification_en_cours == dt.date(
        2023, 1, 10
    )


# 2. L'enveloppe de la préfecture est lue ; une archive de retour aussi, et vérifiée comme telle.
def test_2_enveloppe_et_archive_de_la_prefecture(exemples: Path) -> None:
    chemin = exemples / "s2low" / "TACT--SPREF0011-000000000-20170721-4.xml"
    lu = lire_message(chemin.read_bytes(), chemin.name)
    assert isinstance(lu.message, EnveloppePrefecture) and lu.rapport.ok
    assert lu.message.identifiant == "SPREF0011" and lu.message.destinataire == "000000000"
    relue = lire(archive_prefecture(None))
    assert isinstance(relue, TransmissionRelue)
    assert relue.prefecture == "SPREF0212"
    assert [type(m).__name__ for _, m in relue.messages] == [
        "EnveloppePrefecture",
        "AccuseReception",
        "Anomalie",
    ]
    assert len(relue.anomalies) == 1 and len(relue.accuses) == 1
    rapport = verifier_fichiers(lire_archive_octets(archive_prefecture(None)))
    assert rapport.ok and "actes.archive-prefecture" in rapport.codes()
    assert "actes.enveloppe" not in rapport.codes()


def lire_archive_octets(octets: bytes) -> list[tuple[str, bytes]]:
    return actes.lire_archive(octets)


# 3. Tous les messages sont convertis, et une archive entière se lit.
@pytest.mark.parametrize(
    "type_",
    [
        "RetourClassification",
        "ARPieceComplementaire",
        "ARReponseRejetLettreObservations",
        "ReponseClassificationSansChangement",
    ],
)
def test_3_messages_autrefois_non_convertis(type_: str) -> None:
    lu = lire((MESSAGES / f"{type_}.xml").read_bytes())
    assert isinstance(lu, LectureMessage) and lu.message is not None and lu.rapport.ok


# 4. Une classification sans types de pièces ne dit rien des types de pièces.
def test_4_classification_sans_types_de_pieces(exemples: Path) -> None:
    octets = (exemples / "pastell" / "classification-2004-04-01.fakeTdt.xml").read_bytes()
    classification = lire_classification(octets)
    assert classification.complete is False
    t = transmission(classification_date=classification.date)
    assert verifier_transmission(t, classification=classification, aujourd_hui=JOUR).ok
    t = transmission(
        classification_date=classification.date,
        annexes=[actes.Piece(nom_origine="rapport.pdf", contenu=PDF, type_pj="21_RP")],
    )
    rapport = verifier_transmission(t, classification=classification, aujourd_hui=JOUR)
    assert rapport.ok and "actes.type-pj-non-verifiable" in rapport.codes()
    retour = lire_message(octets).message
    assert isinstance(retour, RetourClassification) and all(not n.types_pj for n in retour.natures)


# 7. Un nom d'archive hors convention est refusé à l'écriture (voir aussi test_archive).
def test_7_nom_hors_convention_refuse_a_l_ecriture(tmp_path: Path) -> None:
    with pytest.raises(SortieRefusee, match="convention"):
        transmission().ecrire(tmp_path / "mon-archive.tar.gz")
    assert list(tmp_path.iterdir()) == []


# 9. Ce dont a besoin celui qui prépare une transmission.
def test_9_identifiant_actes_expose() -> None:
    t = transmission()
    assert t.id_acte == "021-242100410-20240926-20240926_001-DE"


def test_9_accuse_d_un_autre_acte_refuse() -> None:
    d = SEED.deliberations[0]
    with pytest.raises(AccuseIncompatible, match="20240926_002"):
        appliquer_accuse(d, "021-242100410-20240926-20240926_002-DE", dt.date(2024, 9, 30))
    with pytest.raises(AccuseIncompatible, match="nature"):
        appliquer_accuse(d, "021-242100410-20240926-20240926_001-AR", dt.date(2024, 9, 30))
    with pytest.raises(AccuseIncompatible, match="mal formé"):
        appliquer_accuse(d, "n'importe quoi", None)


def test_9_arrondissement_absent_nomme_le_champ() -> None:
    sans = attrs.evolve(SEED.assemblee.collectivite, arrondissement=None)
    with pytest.raises(DonneesIncompletes, match="arrondissement"):
        preparer_transmission(
            sans,
            SEED.deliberations[0],
            acte=("a.pdf", PDF),
            date_decision=SEED.date,
            nature_collectivite="45",
        )
    t = preparer_transmission(
        sans,
        SEED.deliberations[0],
        acte=("a.pdf", PDF),
        date_decision=SEED.date,
        nature_collectivite="45",
        arrondissement="2",
    )
    assert t.enveloppe.arrondissement == "2"


def test_9_api_publique_du_paquet() -> None:
    for nom in actes.__all__:
        assert getattr(actes, nom) is not None, nom
    assert {
        "preparer_transmission",
        "lire",
        "appliquer_accuse",
        "verifier_archive",
        "ecrire_message",
    } <= set(actes.__all__)


def test_de_la_seance_au_pref_id_du_scdl() -> None:
    t = transmission()
    ar = AccuseReception(
        id_acte=t.id_acte,
        date_reception=dt.date(2024, 9, 30),
        acte=t.metadonnees,
        classification_en_cours=dt.date(2019, 4, 18),
    )
    enveloppe = EnveloppePrefecture(
        emetteur=actes.Emetteur.PREFECTURE,
        departement="021",
        formulaires=["ar.xml"],
        destinataire="242100410",
    )
    retour = lire(
        archive_en_octets(
            [
                ("EACT--PREF021-242100410-20240930-1.xml", ecrire_message(enveloppe)),
                ("ar.xml", ecrire_message(ar)),
            ]
        )
    )
    assert isinstance(retour, TransmissionRelue)
    d = appliquer_accuse(SEED.deliberations[0], retour.accuses[0], prefecture=retour.enveloppe)  # type: ignore[arg-type]
    ligne, _ = ligne_scdl(
        Collectivite(nom="Dijon métropole", siret="24210041000016"),
        d,
        date=SEED.date,
        vote_effectif=86,
    )
    assert (ligne["PREF_ID"], ligne["PREF_DATE"]) == ("PREF021", "2024-09-30")


# Issue 16, point 4 : un caractère de contrôle dans l'objet devient un constat.
def test_caractere_de_controle_dans_l_objet_constat() -> None:
    d = attrs.evolve(SEED.deliberations[0])
    object.__setattr__(d, "objet", "Budget \x1b[31m2024")  # le modèle l'accepte
    t = preparer_transmission(
        SEED.assemblee.collectivite, d, acte=("a.pdf", PDF), date_decision=SEED.date,
        classification_date=dt.date(2019, 4, 18), date_envoi=JOUR, adresses_retour=["a@b.fr"], nature_collectivite="45",
    )  # fmt: skip
    rapport = verifier_transmission(t, aujourd_hui=JOUR)
    assert not rapport.ok and "actes.caractere-interdit" in rapport.codes()


# ------------------------------------------------------------------ ligne de commande


def _seance_avec_objet(tmp_path: Path, objet: str) -> Path:
    donnees = json.loads(EXEMPLE_SEED.read_text("utf-8"))
    donnees["deliberations"][0]["objet"] = objet
    chemin = tmp_path / "seance.json"
    chemin.write_text(json.dumps(donnees, ensure_ascii=False), "utf-8")
    return chemin


def _generer(seance: Path, tmp_path: Path, *options: str) -> list[str]:
    acte = tmp_path / "acte.pdf"
    acte.write_bytes(PDF)
    return [
        "actes", "generer", str(seance), "--deliberation", "20240926_001", "--acte", str(acte),
        "--classification-date", "2019-04-18", "--date-envoi", "2024-09-27", "--nature-collectivite", "45",
        "--adresse-retour", "a@b.fr", *options,
    ]  # fmt: skip


def test_cli_generer_sortie_dossier_et_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_generer(EXEMPLE_SEED, tmp_path, "-o", f"{tmp_path}/envois/")) == 0
    assert main(_generer(EXEMPLE_SEED, tmp_path, "-o", f"{tmp_path}/envois/")) == 0
    assert sorted(p.name for p in (tmp_path / "envois").iterdir()) == [
        "SLO-EACT--242100410--20240927-1.tar.gz",
        "SLO-EACT--242100410--20240927-2.tar.gz",
    ]
    assert main(_generer(EXEMPLE_SEED, tmp_path, "-o", f"{tmp_path}/envois/", "--serie", "1")) == 2
    assert (
        main(
            _generer(EXEMPLE_SEED, tmp_path, "-o", f"{tmp_path}/envois/", "--serie", "1", "--force")
        )
        == 0
    )
    assert main(_generer(EXEMPLE_SEED, tmp_path, "-o", str(tmp_path / "sortie"))) == 2
    assert not (tmp_path / "sortie").exists()
    capsys.readouterr()


def test_cli_type_des_annexes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    annexe = tmp_path / "rapport.pdf"
    annexe.write_bytes(PDF)
    options = ["--annexe", str(annexe), "--type-annexe", "22_BF", "-o", f"{tmp_path}/"]
    assert main(_generer(EXEMPLE_SEED, tmp_path, *options)) == 0
    chemin = Path(capsys.readouterr().out.strip())
    noms = [nom for nom, _ in actes.lire_archive(chemin)]
    assert noms[-1].startswith("22_BF-")


def test_cli_objet_avec_caractere_de_controle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seance = _seance_avec_objet(tmp_path, "Budget \x07 2024")
    code = main(_generer(seance, tmp_path, "-o", f"{tmp_path}/"))
    sortie = capsys.readouterr()
    if code == 2:  # le chargeur du modèle a refusé le caractère : refus à l'entrée
        assert "deliberations :" in sortie.err
    else:
        assert code == 1 and "actes.caractere-interdit" in sortie.err
    assert not list(tmp_path.glob("*.tar.gz"))


def test_cli_lire_archive_et_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "retour.tar.gz"
    archive.write_bytes(archive_prefecture(None))
    assert main(["actes", "lire", str(archive)]) == 0
    sortie = json.loads(capsys.readouterr().out)
    assert sortie["type"] == "archive" and sortie["prefecture"] == "SPREF0212"
    assert sortie["messages"][2]["message"]["classification_en_cours"] == "2023-01-10"
    assert main(["actes", "verifier", str(archive)]) == 0
    capsys.readouterr()
    for type_ in sorted(actes.TYPES_MESSAGES):
        assert main(["actes", "lire", str(MESSAGES / f"{type_}.xml")]) == 0, type_
        assert json.loads(capsys.readouterr().out)["message"] is not None
        assert main(["actes", "verifier", str(MESSAGES / f"{type_}.xml")]) == 0, type_
        capsys.readouterr()


def test_cli_fichiers_speciaux_et_taille(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gros = tmp_path / "gros.xml"
    with gros.open("wb") as f:
        f.truncate(3 * 1024 * 1024)
    for action in ("lire", "verifier"):
        assert main(["actes", action, str(gros), "--taille-max", "1"]) == 2
        assert "limite" in capsys.readouterr().err
        assert main(["actes", action, "/dev/zero"]) == 2
        assert "ordinaire" in capsys.readouterr().err


def test_cli_huit_generer_simultanes_huit_noms(tmp_path: Path) -> None:
    """Huit processus ``actes generer`` dans un même dossier : huit archives, huit noms."""
    import subprocess
    import sys

    sortie = tmp_path / "envois"
    programme = "from deliberations.cli import main; import sys; sys.exit(main(sys.argv[1:]))"
    commande = [
        sys.executable,
        "-c",
        programme,
        *_generer(EXEMPLE_SEED, tmp_path, "-o", f"{sortie}/"),
    ]
    processus = [
        subprocess.Popen(commande, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        for _ in range(8)
    ]
    chemins = [p.communicate()[0].decode().strip() for p in processus]
    assert [p.returncode for p in processus] == [0] * 8
    assert len(set(chemins)) == 8
    assert sorted(p.name for p in sortie.iterdir()) == sorted(Path(c).name for c in chemins)
    for chemin in chemins:
        assert actes.verifier_archive(chemin, aujourd_hui=JOUR).ok
