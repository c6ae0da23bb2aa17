"""Archive ACTES : intégrité (toute modification d'un octet détectée), en-têtes tar hostiles
refusés avant lecture, noms refusés, fichiers spéciaux, écriture sans écrasement ni nom
partagé, sortie ``-o dossier/``."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import tarfile
import threading
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deliberations.actes import (
    TAILLE_MAX_ENTETE,
    ArchiveCorrompue,
    ArchiveDangereuse,
    archive_en_octets,
    lire_archive,
    lire_transmission,
    preparer_transmission,
)
from deliberations.erreurs import FichierIllisible
from deliberations.fichiers import EntreeTropGrande, SortieExistante, SortieRefusee
from deliberations.model import lire_seance
from tests.conftest import EXEMPLE_SEED

SEED = lire_seance(EXEMPLE_SEED)
PDF = b"%PDF-1.7\n%essai\n"


def transmission(**changements: object):  # type: ignore[no-untyped-def]
    options: dict[str, object] = {
        "acte": ("deliberation.pdf", PDF),
        "date_decision": SEED.date,
        "classification_date": dt.date(2019, 4, 18),
        "date_envoi": dt.date(2024, 9, 27),
        "adresses_retour": ["actes@metropole-dijon.fr"],
        "nature_collectivite": "45",
    }
    options.update(changements)
    return preparer_transmission(SEED.assemblee.collectivite, SEED.deliberations[0], **options)  # type: ignore[arg-type]


# ------------------------------------------------------------------ intégrité


def test_archive_ecrite_lisible_par_la_bibliotheque_standard() -> None:
    octets = archive_en_octets([("a.xml", b"<a/>"), ("b.pdf", PDF)], date=0)
    with tarfile.open(fileobj=io.BytesIO(octets)) as tar:
        assert tar.getnames() == ["a.xml", "b.pdf"]
    assert lire_archive(octets) == [("a.xml", b"<a/>"), ("b.pdf", PDF)]


def test_chaque_octet_modifie_detecte_balayage_complet() -> None:
    octets = transmission().fichiers()
    archive = archive_en_octets(octets, date=1_700_000_000)
    for position in range(len(archive)):
        for masque in (0x01, 0x80, 0xFF):
            abimee = bytearray(archive)
            abimee[position] ^= masque
            with pytest.raises((ArchiveCorrompue, ArchiveDangereuse)):
                lire_archive(bytes(abimee))


@given(
    contenus=st.lists(st.binary(max_size=300), min_size=1, max_size=4),
    position=st.integers(min_value=0),
    masque=st.integers(1, 255),
    date=st.integers(0, 2**32 - 1),
)
def test_toute_modification_d_un_octet_detectee(
    contenus: list[bytes], position: int, masque: int, date: int
) -> None:
    archive = archive_en_octets([(f"f{i}.pdf", c) for i, c in enumerate(contenus)], date=date)
    assert [c for _, c in lire_archive(archive)] == contenus
    abimee = bytearray(archive)
    abimee[position % len(archive)] ^= masque
    with pytest.raises((ArchiveCorrompue, ArchiveDangereuse)):
        lire_archive(bytes(abimee))


def test_flux_deflate_abime_erreur_typee() -> None:
    tampon = io.BytesIO()
    with tarfile.open(fileobj=tampon, mode="w:gz") as tar:
        info = tarfile.TarInfo("a.pdf")
        info.size = len(PDF * 50)
        tar.addfile(info, io.BytesIO(PDF * 50))
    octets = bytearray(tampon.getvalue())
    octets[20:30] = b"\xff" * 10
    with pytest.raises(ArchiveCorrompue, match="gzip abîmé"):
        lire_archive(bytes(octets))


def test_crc_gzip_verifie_apres_la_fin_de_l_archive_tar() -> None:
    """La bibliothèque standard s'arrête au bloc de fin du tar : le CRC n'est jamais lu."""
    tampon = io.BytesIO()
    with tarfile.open(fileobj=tampon, mode="w:gz") as tar:
        info = tarfile.TarInfo("a.pdf")
        info.size = len(PDF)
        tar.addfile(info, io.BytesIO(PDF))
    octets = bytearray(tampon.getvalue())
    octets[-6] ^= 0xFF  # dans le CRC-32 final
    with tarfile.open(fileobj=io.BytesIO(bytes(octets))) as tar:
        assert tar.getnames() == ["a.pdf"]  # le pair ne voit rien
    with pytest.raises(ArchiveCorrompue):
        lire_archive(bytes(octets))


def test_archive_tronquee_et_donnees_en_trop() -> None:
    archive = archive_en_octets([("a.pdf", PDF)])
    with pytest.raises(ArchiveCorrompue, match="tronquée"):
        lire_archive(archive[:-10])
    with pytest.raises(ArchiveCorrompue, match="en trop"):
        lire_archive(archive + b"xx")
    with pytest.raises(ArchiveCorrompue):
        lire_archive(b"")


@given(st.binary(max_size=2000))
def test_tar_quelconque_dans_un_gzip_valide_erreur_typee(octets: bytes) -> None:
    compresseur = zlib.compressobj(6, zlib.DEFLATED, 31)
    with contextlib.suppress(FichierIllisible):
        lire_archive(compresseur.compress(octets) + compresseur.flush())


# ------------------------------------------------------------------ en-têtes hostiles


def _entete(nom: bytes, taille: int, genre: bytes) -> bytes:
    entete = bytearray(512)
    entete[0 : len(nom)] = nom
    entete[100:108] = b"0000644\0"
    entete[124:136] = f"{taille:011o}\0".encode()
    entete[136:148] = b"00000000000\0"
    entete[156:157] = genre
    entete[257:265] = b"ustar\x0000"
    entete[148:156] = b" " * 8
    entete[148:156] = f"{sum(entete):06o}\0 ".encode()
    return bytes(entete)


def _gz(*morceaux: bytes) -> bytes:
    compresseur = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join(compresseur.compress(m) for m in morceaux) + compresseur.flush()


@pytest.mark.parametrize("genre", [b"x", b"g", b"L", b"K"])
def test_entete_de_metadonnees_geant_refuse_avant_lecture(genre: bytes) -> None:
    # L'en-tête annonce 1 Gio ; l'archive n'en contient rien : le refus vient de la taille annoncée.
    with pytest.raises(ArchiveDangereuse, match="en-tête de métadonnées"):
        lire_archive(_gz(_entete(b"././@PaxHeader", 1024**3, genre), b"1" * 4096))


def test_entete_pax_de_chiffres_lineaire() -> None:
    corps = b"1" * TAILLE_MAX_ENTETE  # quadratique pour l'analyse PAX de CPython
    with pytest.raises(ArchiveCorrompue, match="PAX"):
        lire_archive(_gz(_entete(b"././@PaxHeader", len(corps), b"x"), corps, bytes(1024)))


def test_noms_longs_pax_et_gnu_lus() -> None:
    long = "99_DE-" + "x" * 150 + ".pdf"
    for format_ in (tarfile.PAX_FORMAT, tarfile.GNU_FORMAT):
        tampon = io.BytesIO()
        with tarfile.open(fileobj=tampon, mode="w:gz", format=format_) as tar:
            for nom in (long, "délibération.pdf"):
                info = tarfile.TarInfo(nom)
                info.size = len(PDF)
                tar.addfile(info, io.BytesIO(PDF))
        assert [n for n, _ in lire_archive(tampon.getvalue())] == [long, "délibération.pdf"]


def _archive_stdlib(*noms: str) -> bytes:
    tampon = io.BytesIO()
    with tarfile.open(fileobj=tampon, mode="w:gz") as tar:
        for i, nom in enumerate(noms):
            contenu = b"GIF89a" if i == 0 else PDF
            info = tarfile.TarInfo(nom)
            info.size = len(contenu)
            tar.addfile(info, io.BytesIO(contenu))
    return tampon.getvalue()


def test_meme_nom_deux_fois_refuse() -> None:
    with pytest.raises(ArchiveDangereuse, match="deux fois"):
        lire_archive(_archive_stdlib("acte.pdf", "acte.pdf"))
    with pytest.raises(ArchiveDangereuse, match="deux fois"):
        archive_en_octets([("acte.pdf", PDF), ("acte.pdf", PDF)])


@pytest.mark.parametrize(
    "nom", ["a\nb.xml", "a\rb.pdf", "a\x1b[31m.pdf", "a\u202eb.pdf", "../x.xml", "d/x.xml", ""]
)
def test_noms_de_membres_refuses(nom: str) -> None:
    with pytest.raises(ArchiveDangereuse):
        lire_archive(
            _archive_stdlib(nom or "x", "b.pdf") if nom else _gz(_entete(b"", 0, b"0"), bytes(1024))
        )
    if nom:
        with pytest.raises(ArchiveDangereuse):
            archive_en_octets([(nom, PDF)])


def test_membres_non_ordinaires_refuses() -> None:
    for genre in (
        tarfile.SYMTYPE,
        tarfile.LNKTYPE,
        tarfile.DIRTYPE,
        tarfile.FIFOTYPE,
        tarfile.CHRTYPE,
    ):
        tampon = io.BytesIO()
        with tarfile.open(fileobj=tampon, mode="w:gz") as tar:
            info = tarfile.TarInfo("x.pdf")
            info.type = genre
            info.linkname = "/etc/passwd"
            tar.addfile(info)
        with pytest.raises(ArchiveDangereuse, match="pas un fichier ordinaire"):
            lire_archive(tampon.getvalue())


# ------------------------------------------------------------------ fichiers spéciaux, tailles


def test_peripherique_tube_et_fichier_trop_gros_refuses(tmp_path: Path) -> None:
    if os.path.exists("/dev/zero"):
        with pytest.raises(FichierIllisible, match="ordinaire"):
            lire_archive("/dev/zero")
        with pytest.raises(FichierIllisible, match="ordinaire"):
            lire_transmission("/dev/zero")
    if hasattr(os, "mkfifo"):
        tube = tmp_path / "tube"
        os.mkfifo(tube)
        with pytest.raises(FichierIllisible, match="ordinaire"):
            lire_archive(tube)  # sans écrivain : ne doit pas bloquer
    creux = tmp_path / "creux.tar.gz"
    with creux.open("wb") as f:
        f.truncate(2 * 1024**3)  # 2 Gio creux : refusé sur sa taille, avant toute lecture
    with pytest.raises(EntreeTropGrande):
        lire_archive(creux)
    with pytest.raises(EntreeTropGrande):
        lire_archive(creux, taille_max=1024)


# ------------------------------------------------------------------ écriture


def test_dossier_absent_avec_barre_cree(tmp_path: Path) -> None:
    t = transmission()
    chemin = t.ecrire(f"{tmp_path}/envois/")
    assert chemin == tmp_path / "envois" / "SLO-EACT--242100410--20240927-1.tar.gz"
    assert lire_transmission(chemin).actes == (t.metadonnees,)


def test_nom_sans_barre_hors_convention_refuse(tmp_path: Path) -> None:
    t = transmission()
    with pytest.raises(SortieRefusee, match="convention"):
        t.ecrire(tmp_path / "envois")
    assert not (tmp_path / "envois").exists()
    with pytest.raises(SortieRefusee, match="convention"):
        t.ecrire(tmp_path / "archive.tar.gz")
    assert t.ecrire(tmp_path / "FST-EACT--242100410--20240927-1.tar.gz").exists()


def test_archive_existante_jamais_remplacee_sans_ecraser(tmp_path: Path) -> None:
    t = transmission()
    cible = tmp_path / t.nom_archive
    cible.write_bytes(b"ancienne")
    with pytest.raises(SortieExistante):
        t.ecrire(cible)
    assert cible.read_bytes() == b"ancienne"
    with pytest.raises(SortieExistante):
        t.ecrire(tmp_path, serie_libre=False)
    assert t.ecrire(tmp_path).name == "SLO-EACT--242100410--20240927-2.tar.gz"
    assert cible.read_bytes() == b"ancienne"
    assert t.ecrire(cible, ecraser=True) == cible and cible.read_bytes() != b"ancienne"


def test_lien_symbolique_refuse(tmp_path: Path) -> None:
    t = transmission()
    ailleurs = tmp_path / "ailleurs.txt"
    ailleurs.write_bytes(b"intact")
    lien = tmp_path / t.nom_archive
    lien.symlink_to(ailleurs)
    for ecraser in (False, True):
        with pytest.raises(SortieRefusee):
            t.ecrire(lien, ecraser=ecraser)
    assert ailleurs.read_bytes() == b"intact"


def test_ecritures_simultanees_jamais_le_meme_nom(tmp_path: Path) -> None:
    t = transmission()
    chemins: list[Path] = []
    depart = threading.Barrier(8)

    def ecrire() -> None:
        depart.wait()
        chemins.append(t.ecrire(tmp_path))

    fils = [threading.Thread(target=ecrire) for _ in range(8)]
    for f in fils:
        f.start()
    for f in fils:
        f.join()
    assert sorted(c.name for c in chemins) == [
        f"SLO-EACT--242100410--20240927-{n}.tar.gz" for n in range(1, 9)
    ]
    for chemin in chemins:
        relue = lire_transmission(chemin)
        assert relue.rapport.ok and relue.actes == (t.metadonnees,)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(c.name for c in chemins)


def test_xml_a_trop_de_balises_refuse_avant_analyse() -> None:
    from deliberations.actes import XMLDangereux, lire_message, verifier_fichiers

    enorme = b"<actes:Acte xmlns:actes='urn:x'>" + b"<a/>" * 60_000 + b"</actes:Acte>"
    with pytest.raises(XMLDangereux, match="balises"):
        lire_message(enorme)
    moyen = b"<a>" + b"<b/>" * 30_000 + b"</a>"
    archive = archive_en_octets([("a.xml", moyen), ("b.xml", moyen)])
    with pytest.raises(XMLDangereux, match="au total"):
        lire_transmission(archive)
    with pytest.raises(XMLDangereux, match="au total"):
        verifier_fichiers(lire_archive(archive))


noms_permis = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp"), blacklist_characters="/\\"
    ),
    min_size=1,
    max_size=120,
).filter(lambda n: not n.startswith("..") and n != ".")


@given(st.dictionaries(noms_permis, st.binary(max_size=200), min_size=1, max_size=5))
def test_archive_ecrite_puis_relue_a_l_identique(fichiers: dict[str, bytes]) -> None:
    """Aller-retour de l'archive, noms non ASCII et longs (en-têtes PAX) compris."""
    assert lire_archive(archive_en_octets(list(fichiers.items()))) == list(fichiers.items())


@given(st.binary(max_size=600))
def test_lire_octets_quelconques_erreur_typee(octets: bytes) -> None:
    from deliberations.actes import lire

    with contextlib.suppress(FichierIllisible):
        lire(octets)
    with contextlib.suppress(FichierIllisible):
        lire(b"\x1f\x8b" + octets)


def test_entete_pax_global_ou_creux_refuse() -> None:
    for genre, corps in ((b"g", b"15 path=evil.x\n"), (b"x", b"22 GNU.sparse.major=1\n")):
        archive = _gz(
            _entete(b"././@PaxHeader", len(corps), genre),
            corps + bytes(-len(corps) % 512),
            _entete(b"a.pdf", 0, b"0"),
            bytes(1024),
        )
        with pytest.raises(ArchiveDangereuse):
            lire_archive(archive)


@pytest.mark.parametrize(
    "octets", [b"", b"abc", b"<a>", b"<a></b>", b"<a/><b/>", b"<a>\x00</a>", b"<a b=1/>"]
)
def test_xml_mal_forme_message_en_francais(octets: bytes) -> None:
    from deliberations.actes.securite import XMLIllisible, analyser_xml

    with pytest.raises(XMLIllisible) as erreur:
        analyser_xml(octets, "m.xml")
    message = str(erreur.value)
    assert message.startswith("m.xml : XML mal formé ligne 1 : ")
    for anglais in ("Document", "expected", "tag", "Extra", "Char", "AttValue", "mismatch"):
        assert anglais not in message, message
