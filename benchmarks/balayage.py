"""Balayage des entrées hostiles : chaque commande de ``deliberations`` qui prend un fichier,
face à des entrées absentes, vides, abîmées, démesurées, spéciales ou malveillantes, et à des
sorties piégées (fichier existant, lien symbolique, entrée = sortie, disque plein…).

Chaque cas tourne dans un processus à part (la commande ``deliberations`` installée), limité à
``--delai`` secondes (30 par défaut) ; le temps et la mémoire résidente maximale de ce processus
seul sont mesurés (``/usr/bin/time -f %M`` lance la commande depuis un petit programme C : sa
mémoire ne compte pas celle du balayage ; sans lui, ``os.wait4`` sur le fils, qui compte en plus
la mémoire du balayage au moment du ``fork``). Un cas est en défaut quand :

- il dépasse le délai, ou 1 Gio de mémoire ;
- son entrée fait moins de 10 Mo et il dépasse 5 s ou 200 Mio ;
- son code de sortie n'est pas 0, 1 ou 2 (70 : erreur interne), ou n'est pas l'un de ceux
  attendus pour ce cas (2 pour un fichier absent…) ;
- sa sortie d'erreur contient une trace Python, un message en anglais, un caractère de contrôle
  brut, ou rien du tout avec le code 2 ;
- il écrit, remplace ou supprime un fichier qu'on ne lui a pas demandé d'écrire (le dossier de
  travail entier est comparé avant et après) ;
- avec ``/dev/full`` ou ``PYTHONIOENCODING=ascii``, il ne donne pas une ligne et le code 2 ;
  avec un tube fermé (``| head -1``), il n'est pas silencieux.

Les entrées sont fabriquées dans un dossier temporaire (fichiers creux pour les géants, moins
de 3 Go sur le disque), supprimé à la fin (``--garder DOSSIER`` pour les rejouer à la main).

Usage : python benchmarks/balayage.py [--rapide] [--filtre MOTIF] [--delai 30] [--garder DOSSIER]

``--rapide`` saute les cas de plusieurs centaines de Mo. Ce n'est pas un test : le code de
sortie est 1 s'il reste des défauts.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TIME = "/usr/bin/time"
RACINE = Path(__file__).resolve().parents[1]
MIO = 1024 * 1024
GIO = 1024 * MIO
SEANCE = RACINE / "examples" / "seance-dijon-metropole-2024-09-26.json"
EXTRAIT = RACINE / "examples" / "extrait-dijon-metropole-2024-09-26.txt"
SCDL = RACINE / "tests" / "scdl" / "corpus" / "valide.csv"
MESSAGES = RACINE / "tests" / "actes" / "messages"
ARCHIVE = "SLO-EACT--242100410--20240927-1.tar.gz"
ACTES = ["--deliberation", "20240926_001", "--nature-collectivite", "45",
         "--adresse-retour", "actes@exemple.fr", "--classification-date", "2019-04-18",
         "--date-envoi", "2024-09-27"]  # fmt: skip


# --------------------------------------------------------------------------- fabrication


class Fichier(str):
    """Nom d'une entrée fabriquée à la demande (résolu en chemin au lancement du cas)."""


def _pdf(pages: list[bytes], flux_compresses: dict[int, bytes] | None = None,
         chiffre: bool = False) -> bytes:  # fmt: skip
    """Un PDF minimal écrit à la main : une page par flux de contenu (Helvetica)."""
    flux_compresses = flux_compresses or {}
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objets = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, contenu in enumerate(pages):
        objets.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)
        )
        if i in flux_compresses:
            donnees, filtre = flux_compresses[i], b" /Filter /FlateDecode"
        else:
            donnees, filtre = contenu, b""
        objets.append(b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(donnees), filtre, donnees))
    sortie = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    positions = []
    for i, objet in enumerate(objets, 1):
        positions.append(len(sortie))
        sortie += b"%d 0 obj\n%s\nendobj\n" % (i, objet)
    xref = len(sortie)
    sortie += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objets) + 1)
    for position in positions:
        sortie += b"%010d 00000 n \n" % position
    chiffrement = (
        b" /Encrypt << /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >> /ID [<%s><%s>]"
        % (b"ab" * 32, b"cd" * 32, b"01" * 16, b"01" * 16)
        if chiffre
        else b""
    )
    sortie += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objets) + 1, chiffrement, xref,
    )  # fmt: skip
    return bytes(sortie)


def _page_texte(lignes: list[str]) -> bytes:
    morceaux = [b"BT /F1 9 Tf 40 800 Td 11 TL"]
    for ligne in lignes:
        brut = ligne.encode("cp1252", "replace")
        brut = brut.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        morceaux.append(b"(%s) Tj T*" % brut)
    morceaux.append(b"ET")
    return b"\n".join(morceaux)


def pdf_texte(texte: str, lignes_par_page: int = 60) -> bytes:
    lignes = texte.replace("\t", "    ").splitlines()
    pages = [lignes[i : i + lignes_par_page] for i in range(0, len(lignes), lignes_par_page)]
    return _pdf([_page_texte(p) for p in pages])


def _gzip_morceaux(morceaux: Iterator[bytes] | list[bytes], niveau: int = 6) -> bytes:
    compresseur = zlib.compressobj(niveau, zlib.DEFLATED, 31)
    sortie = bytearray()
    for morceau in morceaux:
        sortie += compresseur.compress(morceau)
    return bytes(sortie + compresseur.flush())


def _remplissage(taille: int, motif: bytes = b"\0") -> Iterator[bytes]:
    bloc = motif * MIO
    while taille > 0:
        yield bloc[: min(taille, MIO)]
        taille -= MIO


def _entete_tar(nom: bytes, taille: int, genre: bytes, taille_octale: bytes | None = None) -> bytes:
    entete = bytearray(512)
    entete[0 : len(nom)] = nom
    entete[100:108] = b"0000644\0"
    entete[124:136] = taille_octale or f"{taille:011o}\0".encode()
    entete[136:148] = b"00000000000\0"
    entete[156:157] = genre
    entete[257:265] = b"ustar\x0000"
    entete[148:156] = b" " * 8
    entete[148:156] = f"{sum(entete):06o}\0 ".encode()
    return bytes(entete)


def _tar(membres: list[tuple[tarfile.TarInfo, bytes]], compression: str = "gz") -> bytes:
    tampon = io.BytesIO()
    with tarfile.open(fileobj=tampon, mode=f"w:{compression}", format=tarfile.PAX_FORMAT) as tar:
        for info, contenu in membres:
            info.size = len(contenu) if info.isreg() else 0
            tar.addfile(info, io.BytesIO(contenu) if info.isreg() else None)
    return tampon.getvalue()


def _info(nom: str, genre: bytes = tarfile.REGTYPE, lien: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(nom)
    info.type = genre
    info.linkname = lien
    info.mode = 0o644
    info.mtime = 1727395200
    return info


def _imbrication(profondeur: int) -> bytes:
    return b"[" * profondeur + b"]" * profondeur


@dataclass
class Fabrique:
    """Fabrique les entrées à la demande, dans ``dossier/entrees``."""

    dossier: Path
    cli: list[str]
    rapide: bool = False
    _cache: dict[str, Path] = field(default_factory=dict)

    @property
    def entrees(self) -> Path:
        return self.dossier / "entrees"

    def chemin(self, nom: str) -> Path:
        if nom in self._cache:
            return self._cache[nom]
        chemin = self.entrees / nom
        if not (chemin.exists() or chemin.is_symlink()):
            chemin.parent.mkdir(parents=True, exist_ok=True)
            GENERATEURS[nom](self, chemin)
        self._cache[nom] = chemin
        return chemin

    def octets(self, nom: str) -> bytes:
        return self.chemin(nom).read_bytes()

    # Les entrées de base, valides.
    def archive(self) -> bytes:
        cible = self.entrees / "envoi"
        if not (cible / ARCHIVE).exists():
            cible.mkdir(parents=True, exist_ok=True)
            acte = self.chemin("acte.pdf")
            subprocess.run(
                [*self.cli, "actes", "generer", str(SEANCE), "--acte", str(acte), *ACTES,
                 "-o", f"{cible}/"],
                check=True, capture_output=True,
            )  # fmt: skip
        return (cible / ARCHIVE).read_bytes()

    def membres_archive(self) -> list[tuple[tarfile.TarInfo, bytes]]:
        membres = []
        with tarfile.open(fileobj=io.BytesIO(self.archive())) as tar:
            for info in tar.getmembers():
                fichier = tar.extractfile(info)
                membres.append((info, fichier.read() if fichier else b""))
        return membres


GENERATEURS: dict[str, Callable[[Fabrique, Path], object]] = {}


def generateur(*noms: str) -> Callable[[Callable[[Fabrique, Path], object]], object]:
    def enregistrer(fonction: Callable[[Fabrique, Path], object]) -> object:
        for nom in noms:
            GENERATEURS[nom] = fonction
        return fonction

    return enregistrer


def _ecrire(contenu: bytes | Callable[[Fabrique], bytes]) -> Callable[[Fabrique, Path], None]:
    def fabriquer(fab: Fabrique, chemin: Path) -> None:
        chemin.write_bytes(contenu(fab) if callable(contenu) else contenu)

    return fabriquer


# Entrées valides de chaque nature.
BASES: dict[str, Callable[[Fabrique], bytes]] = {
    "json": lambda fab: SEANCE.read_bytes(),
    "txt": lambda fab: EXTRAIT.read_bytes(),
    "csv": lambda fab: SCDL.read_bytes(),
    "xml": lambda fab: (MESSAGES / "Acte.xml").read_bytes(),
    "classif.xml": lambda fab: (MESSAGES / "RetourClassification.xml").read_bytes(),
    "pdf": lambda fab: pdf_texte(EXTRAIT.read_text("utf-8")),
    "html": lambda fab: (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Extrait</title></head><body>"
        + "".join(f"<p>{ligne}</p>" for ligne in EXTRAIT.read_text("utf-8").splitlines())
        + "</body></html>"
    ).encode(),
    "tar.gz": lambda fab: fab.archive(),
}
for _nature, _base in BASES.items():
    GENERATEURS[f"base.{_nature}"] = _ecrire(_base)
GENERATEURS["acte.pdf"] = _ecrire(_pdf([_page_texte(["Deliberation n 20240926_001"])]))

# Les catégories génériques, pour chaque nature d'entrée.
MAUVAISE_NATURE = {"json": "pdf", "txt": "tar.gz", "csv": "json", "xml": "json",
                   "classif.xml": "csv", "pdf": "txt", "html": "pdf", "tar.gz": "pdf"}  # fmt: skip
TEXTUELLES = ("json", "txt", "csv", "xml", "classif.xml", "html")


def _generiques(nature: str) -> None:
    base = BASES[nature]

    def creux(fab: Fabrique, chemin: Path) -> None:
        with chemin.open("wb") as f:
            f.truncate(GIO)

    def texte(fab: Fabrique) -> str:
        brut = base(fab)
        if brut.startswith(b"<?xml") and b"ISO-8859-1" in brut[:60]:
            return brut.decode("latin-1").replace("ISO-8859-1", "UTF-8")
        return brut.decode("utf-8-sig")

    GENERATEURS[f"vide.{nature}"] = _ecrire(b"")
    GENERATEURS[f"aleatoire.{nature}"] = _ecrire(lambda fab: os.urandom(64 * 1024))
    GENERATEURS[f"creux.{nature}"] = creux
    GENERATEURS[f"tube.{nature}"] = lambda fab, chemin: os.mkfifo(chemin)
    GENERATEURS[f"dossier.{nature}"] = lambda fab, chemin: chemin.mkdir()
    GENERATEURS[f"mauvais.{nature}"] = _ecrire(lambda fab: BASES[MAUVAISE_NATURE[nature]](fab))
    GENERATEURS[f"tronque.{nature}"] = _ecrire(lambda fab: base(fab)[: len(base(fab)) * 3 // 5])
    GENERATEURS[f"lien-boucle.{nature}"] = lambda fab, chemin: os.symlink(chemin.name, chemin)
    if nature in TEXTUELLES:
        GENERATEURS[f"utf16.{nature}"] = _ecrire(lambda fab: texte(fab).encode("utf-16"))
        GENERATEURS[f"latin1.{nature}"] = _ecrire(
            lambda fab: texte(fab).encode("latin-1", "replace")
        )
        GENERATEURS[f"ebcdic.{nature}"] = _ecrire(lambda fab: texte(fab).encode("cp500", "replace"))
        GENERATEURS[f"nul.{nature}"] = _ecrire(lambda fab: base(fab).replace(b"\n", b"\0\n", 5))


for _nature in BASES:
    _generiques(_nature)


# JSON hostile.
def _seance() -> dict[str, object]:
    return json.loads(SEANCE.read_text("utf-8"))


def _seance_modifiee(modifier: Callable[[dict[str, object]], object]) -> bytes:
    seance = _seance()
    modifier(seance)
    return json.dumps(seance, ensure_ascii=False).encode()


def _nom(seance: dict[str, object], valeur: object) -> None:
    seance["assemblee"]["collectivite"]["nom"] = valeur  # type: ignore[index]


GENERATEURS.update({
    "imbrication-1000.json": _ecrire(_imbrication(1000)),
    "imbrication-100000.json": _ecrire(_imbrication(100_000)),
    "imbrication-dans-seance.json": _ecrire(_seance_modifiee(
        lambda s: s.__setitem__("secretaires", json.loads(_imbrication(900))))),
    "surrogat.json": _ecrire(SEANCE.read_bytes().replace(b"Dijon m\xc3\xa9tropole", b"Dijon \\ud800", 1)),
    "cles-doubles.json": _ecrire(SEANCE.read_bytes().replace(b'"date":', b'"date": "1999-01-01", "date":', 1)),
    "nombre-5000-chiffres.json": _ecrire(_seance_modifiee(
        lambda s: s["decomptes"].__setitem__("membres", int("9" * 4000))  # type: ignore[attr-defined]
    ).replace(b"9" * 4000, b"9" * 5000)),
    "nombre-1e999.json": _ecrire(SEANCE.read_bytes().replace(b'"membres": 86', b'"membres": 1e999', 1)),
    "nan.json": _ecrire(SEANCE.read_bytes().replace(b'"membres": 86', b'"membres": NaN', 1)),
    "tableau.json": _ecrire(b"[]"),
    "chaine.json": _ecrire(b'"seance"'),
    "null.json": _ecrire(b"null"),
    "bom.json": _ecrire(b"\xef\xbb\xbf" + SEANCE.read_bytes()),
    "controles.json": _ecrire(_seance_modifiee(lambda s: _nom(s, "Dijon \x1b[31mROUGE\x1b[0m \u202etiur\u202c"))),
    "nom-geant.json": _ecrire(_seance_modifiee(lambda s: _nom(s, "D" * 5_000_000))),
    "registre-300-seances.json": _ecrire(
        lambda fab: json.dumps({"seances": [_seance()] * 300}, ensure_ascii=False).encode()
    ),
})


# XML hostile.
RIRES = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>\n"
)


def _xml_acte_avec(fab: Fabrique, avant_racine: bytes = b"", objet: bytes | None = None) -> bytes:
    acte = BASES["xml"](fab)
    if objet is not None:
        acte = re.sub(rb"<actes:Objet>.*?</actes:Objet>", b"<actes:Objet>" + objet + b"</actes:Objet>", acte, count=1, flags=re.S)
    if avant_racine:
        acte = acte.replace(b"<actes:Acte ", avant_racine + b"<actes:Acte ", 1)
    return acte


GENERATEURS.update({
    "entite-externe.xml": _ecrire(lambda fab: _xml_acte_avec(
        fab, b'<!DOCTYPE actes:Acte [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n', b"&x;")),
    "dtd-externe.xml": _ecrire(lambda fab: _xml_acte_avec(
        fab, b'<!DOCTYPE actes:Acte SYSTEM "http://203.0.113.1/acte.dtd">\n')),
    "entite-parametre.xml": _ecrire(lambda fab: _xml_acte_avec(
        fab, b'<!DOCTYPE actes:Acte [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n')),
    "imbrication-profonde.xml": _ecrire(b"<a>" * 100_000 + b"</a>" * 100_000),
    "attribut-geant.xml": _ecrire(lambda fab: BASES["xml"](fab).replace(
        b'actes:NumeroInterne="D2024_117"', b'actes:NumeroInterne="' + b"A" * 15_000_000 + b'"', 1)),
    "balises-2-millions.xml": _ecrire(b"<a>" + b"<b/>" * 2_000_000 + b"</a>"),
    "xinclude.xml": _ecrire(lambda fab: _xml_acte_avec(
        fab, objet=b'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>')),
    "ebcdic-declare.xml": _ecrire(lambda fab: BASES["xml"](fab).decode("latin-1").replace(
        "ISO-8859-1", "IBM500").encode("cp500", "replace")),
    "controles.xml": _ecrire(lambda fab: _xml_acte_avec(fab, objet="Objet \u202etiur\u202c &#x1b;[31m".encode())),
})


def _rires(fab: Fabrique, chemin: Path) -> None:
    chemin.write_bytes(RIRES + b"<lolz>&lol9;</lolz>")


def _utf32(nom: str) -> Callable[[Fabrique, Path], None]:
    def fabriquer(fab: Fabrique, chemin: Path) -> None:
        texte = fab.octets(nom).decode("latin-1").replace("ISO-8859-1", "UTF-32")
        texte = texte.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-32"?>')
        chemin.write_bytes(texte.encode("utf-32"))

    return fabriquer


GENERATEURS["rires-utf32.xml"] = _utf32("rires.xml")
GENERATEURS["entite-externe-utf32.xml"] = _utf32("entite-externe.xml")


GENERATEURS["rires.xml"] = _rires
GENERATEURS["rires-dans-acte.xml"] = _ecrire(lambda fab: _xml_acte_avec(
    fab, RIRES.replace(b"lolz", b"actes:Acte").replace(b'<?xml version="1.0"?>\n', b""), b"&lol9;"))
GENERATEURS["xsd-rires.xsd"] = _rires
GENERATEURS["xsd-externe.xsd"] = _ecrire(
    b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
    b'<xs:include schemaLocation="http://203.0.113.1/autre.xsd"/></xs:schema>'
)
GENERATEURS["xsd-fichier.xsd"] = _ecrire(
    b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
    b'<xs:include schemaLocation="file:///etc/passwd"/></xs:schema>'
)


# HTML hostile (extraits).
GENERATEURS.update({
    "imbrication.html": _ecrire(b"<html><body>" + b"<div>" * 100_000 + b"Extrait" + b"</div>" * 100_000 + b"</body></html>"),
    "rires.html": _ecrire(RIRES.replace(b"lolz", b"html") + b"<html><body><p>&lol9;</p></body></html>"),
    "attribut-geant.html": _ecrire(b'<html><body><p title="' + b"A" * 4_000_000 + b'">Extrait</p></body></html>'),
})


# Texte d'extrait hostile.
GENERATEURS.update({
    "controles.txt": _ecrire(EXTRAIT.read_bytes().replace(
        b"Dijon", "Dijon \x1b[31mROUGE\x1b[0m \u202etiur\u202c".encode(), 1)),
    "ligne-4-mo.txt": _ecrire(b"Le conseil " * 400_000),
    "un-million-de-lignes.txt": _ecrire(b"vu\n" * 1_000_000),
    # sous la borne de taille (1 Mio) : bornés par le nombre de lignes, ou lus en temps linéaire
    "un-million-de-lignes-courtes.txt": _ecrire(b"x\n" * 500_000),
    "phrases-de-vote.txt": _ecrire(
        "Séance du 4 mai 2021\n".encode()
        + b"".join(
            f"Délibération n° 2021-{i} : Objet {i}\nLe conseil, par 12 voix pour, 3 voix contre "
            "et 1 abstention, M. Jean DUPONT ne prenant pas part au vote, donne pouvoir à Mme "
            "Anne AUTRE, adopte.\n".encode()
            for i in range(4_500)
        )
    ),
    "extrait-repete.txt": _ecrire(EXTRAIT.read_bytes() * 600),
})


# PDF hostiles.
def _bombe_pdf(fab: Fabrique, chemin: Path) -> None:
    compresseur = zlib.compressobj(9)
    brut = bytearray()
    for morceau in _remplissage(GIO, b" "):
        brut += compresseur.compress(morceau)
    brut += compresseur.flush()
    chemin.write_bytes(_pdf([b""], {0: bytes(brut)}))


GENERATEURS.update({
    "bombe.pdf": _bombe_pdf,
    "5000-pages.pdf": _ecrire(_pdf([_page_texte([f"Page {i}"]) for i in range(5000)])),
    "chiffre.pdf": _ecrire(lambda fab: _pdf([_page_texte(["Secret"])], chiffre=True)),
    "sans-texte.pdf": _ecrire(_pdf([b""])),
})


# CSV hostiles.
def _entete_scdl() -> bytes:
    return SCDL.read_bytes().split(b"\n", 1)[0] + b"\n"


def _ligne_geante(taille: int) -> Callable[[Fabrique, Path], None]:
    def fabriquer(fab: Fabrique, chemin: Path) -> None:
        with chemin.open("wb") as f:
            f.write(_entete_scdl())
            for morceau in _remplissage(taille, b"a"):
                f.write(morceau)
            f.write(b"\n")

    return fabriquer


def _csv_controles() -> bytes:
    lignes = SCDL.read_bytes().split(b"\n")
    lignes[1] = lignes[1].replace(b"Commune de Saint-Exemple", "\x1b[31mROUGE\x1b[0m \u202etiur\u202c".encode(), 1)
    return b"\n".join(lignes)


GENERATEURS.update({
    "ligne-20-mo.csv": _ligne_geante(20 * MIO),
    "ligne-200-mo.csv": _ligne_geante(200 * MIO),
    "100000-colonnes.csv": _ecrire(b",".join(b"C%d" % i for i in range(100_000)) + b"\n" + b"1," * 99_999 + b"1\n"),
    "un-million-de-lignes.csv": _ecrire(lambda fab: _entete_scdl() + b"1\n" * 1_000_000),
    "guillemet-ouvert.csv": _ecrire(lambda fab: SCDL.read_bytes().replace(b",2023_001,", b',"2023_001,', 1) + b"suite\n" * 1000),
    "controles.csv": _ecrire(lambda fab: _csv_controles()),
    "entete-seule.csv": _ecrire(lambda fab: _entete_scdl()),
    "cr-seuls.csv": _ecrire(lambda fab: SCDL.read_bytes().replace(b"\n", b"\r")),
    "formule.csv": _ecrire(lambda fab: SCDL.read_bytes().replace(b"Commune de Saint-Exemple", b"=HYPERLINK(\"http://x\")", 1)),
})


# Archives hostiles (à partir de l'archive valide produite par « actes generer »).
def _pax_quadratique(fab: Fabrique, chemin: Path) -> None:
    corps = b"1" * MIO
    chemin.write_bytes(_gzip_morceaux([_entete_tar(b"././@PaxHeader", len(corps), b"x"), corps,
                                       bytes(-len(corps) % 512)]))  # fmt: skip


def _pax_geant(fab: Fabrique, chemin: Path) -> None:
    enregistrement = b"%d comment=" % GIO
    chemin.write_bytes(_gzip_morceaux([
        _entete_tar(b"././@PaxHeader", GIO, b"x"), enregistrement,
        *_remplissage(GIO - len(enregistrement) - 1, b"a"), b"\n"], 1))  # fmt: skip


def _bombe_gzip(fab: Fabrique, chemin: Path) -> None:
    taille = 4 * GIO
    chemin.write_bytes(_gzip_morceaux([_entete_tar(b"zeros.pdf", taille, b"0"),
                                       *_remplissage(taille)], 9))  # fmt: skip


def _membre_149(fab: Fabrique, chemin: Path) -> None:
    n = 149 * MIO
    chemin.write_bytes(_gzip_morceaux([_entete_tar(b"zeros.pdf", n, b"0"), *_remplissage(n),
                                       bytes(-n % 512 + 1024)], 1))  # fmt: skip


def _altere(transformer: Callable[[bytes], bytes]) -> Callable[[Fabrique, Path], None]:
    def fabriquer(fab: Fabrique, chemin: Path) -> None:
        chemin.write_bytes(transformer(fab.archive()))

    return fabriquer


def _corrompre_milieu(octets: bytes) -> bytes:
    milieu = len(octets) // 2
    return octets[:milieu] + bytes(b ^ 0x5A for b in octets[milieu : milieu + 16]) + octets[milieu + 16 :]


def _avec_membre(info: Callable[[], tarfile.TarInfo], contenu: bytes = b"") -> Callable[[Fabrique, Path], None]:
    def fabriquer(fab: Fabrique, chemin: Path) -> None:
        chemin.write_bytes(_tar([*fab.membres_archive(), (info(), contenu)]))

    return fabriquer


def _metier_remplace(contenu: Callable[[Fabrique], bytes]) -> Callable[[Fabrique, Path], None]:
    def fabriquer(fab: Fabrique, chemin: Path) -> None:
        membres = [
            (info, contenu(fab) if info.name.startswith("021-") else octets)
            for info, octets in fab.membres_archive()
        ]
        chemin.write_bytes(_tar(membres))

    return fabriquer


def _taille_declaree(fab: Fabrique, chemin: Path) -> None:
    brut = b"".join(_entete_tar(i.name.encode(), len(o), b"0") + o + bytes(-len(o) % 512)
                    for i, o in fab.membres_archive())  # fmt: skip
    brut += _entete_tar(b"geant.pdf", 0, b"0", b"77777777777\0") + b"%PDF" + bytes(508)
    chemin.write_bytes(gzip.compress(brut + bytes(1024)))


def _tar_brut(compression: str) -> Callable[[Fabrique, Path], None]:
    def fabriquer(fab: Fabrique, chemin: Path) -> None:
        chemin.write_bytes(_tar(fab.membres_archive(), compression))

    return fabriquer


def _zip(fab: Fabrique, chemin: Path) -> None:
    import zipfile

    with zipfile.ZipFile(chemin, "w") as archive:
        for info, octets in fab.membres_archive():
            archive.writestr(info.name, octets)


GENERATEURS.update({
    "pax-quadratique.tar.gz": _pax_quadratique,
    "pax-1-gio.tar.gz": _pax_geant,
    "bombe-gzip-4-gio.tar.gz": _bombe_gzip,
    "membre-149-mio.tar.gz": _membre_149,
    "crc-faux.tar.gz": _altere(lambda o: o[:-8] + bytes(b ^ 0xFF for b in o[-8:-4]) + o[-4:]),
    "deflate-corrompu.tar.gz": _altere(_corrompre_milieu),
    "gzip-tronque.tar.gz": _altere(lambda o: o[: len(o) * 3 // 5]),
    "dechets-apres.tar.gz": _altere(lambda o: o + b"des octets en trop\n" * 10),
    "deux-flux-gzip.tar.gz": _altere(lambda o: o + o),
    "membres-doubles.tar.gz": lambda fab, chemin: chemin.write_bytes(_tar(fab.membres_archive() * 2)),
    "lien-symbolique.tar.gz": _avec_membre(lambda: _info("passwd.pdf", tarfile.SYMTYPE, "/etc/passwd")),
    "lien-physique.tar.gz": _avec_membre(lambda: _info("passwd.pdf", tarfile.LNKTYPE, "/etc/passwd")),
    "peripherique.tar.gz": _avec_membre(lambda: _info("zero.pdf", tarfile.CHRTYPE)),
    "tube.tar.gz": _avec_membre(lambda: _info("tube.pdf", tarfile.FIFOTYPE)),
    "remontee.tar.gz": _avec_membre(lambda: _info("../../../tmp/balayage-evasion.pdf"), b"%PDF-1.4\n"),
    "chemin-absolu.tar.gz": _avec_membre(lambda: _info("/tmp/balayage-absolu.pdf"), b"%PDF-1.4\n"),
    "taille-declaree-8-gio.tar.gz": _taille_declaree,
    "100000-membres.tar.gz": lambda fab, chemin: chemin.write_bytes(
        _tar([(_info(f"m{i}.pdf"), b"") for i in range(100_000)])),
    "tar-sans-compression.tar.gz": _tar_brut(""),
    "bzip2.tar.gz": _tar_brut("bz2"),
    "xz.tar.gz": _tar_brut("xz"),
    "zip.tar.gz": _zip,
    "rires-dans-archive.tar.gz": _metier_remplace(lambda fab: _xml_acte_avec(
        fab, RIRES.replace(b"lolz", b"actes:Acte").replace(b'<?xml version="1.0"?>\n', b""), b"&lol9;")),
    "xml-profond-dans-archive.tar.gz": _metier_remplace(lambda fab: b"<a>" * 100_000 + b"</a>" * 100_000),
    "controles-dans-archive.tar.gz": _metier_remplace(lambda fab: _xml_acte_avec(
        fab, objet="Objet \u202etiur\u202c &#x1b;[31m".encode())),
})


# --------------------------------------------------------------------------- cas


@dataclass
class Cas:
    categorie: str
    commande: str
    nom: str
    argv: list[str]
    codes: frozenset[int] = frozenset({0, 1, 2})
    entree: str | None = None  # nom d'entrée fabriquée, ou chemin littéral, pour la taille
    permis: tuple[str, ...] = ()  # chemins (relatifs au dossier de travail) qu'on peut écrire
    stdin: str | None = None
    stdout: str = "fichier"  # fichier | plein | tube-ferme
    env: dict[str, str] = field(default_factory=dict)
    gros: bool = False
    une_ligne: bool = False
    texte: bool = False  # sortie standard lue par un humain : contrôles bruts interdits
    preparer: Callable[[Path], None] | None = None
    controler: Callable[[Path, list[Resultat]], list[str]] | None = None
    concurrents: int = 1

    @property
    def ident(self) -> str:
        return f"{self.categorie}/{self.commande}/{self.nom}"


@dataclass
class Resultat:
    code: int
    secondes: float
    mio: float
    sortie: bytes
    erreur: str
    expire: bool


DEUX = frozenset({2})
UN_DEUX = frozenset({1, 2})


# Chaque point d'entrée : nature de l'entrée, fonction qui construit la commande, et s'il accepte
# un dossier (traitement par lot).
def _points() -> list[tuple[str, str, Callable[[str], list[str]], bool]]:
    return [
        ("resumer", "json", lambda f: ["resumer", f], False),
        ("valider", "json", lambda f: ["valider", f], True),
        ("valider (extrait)", "txt", lambda f: ["valider", f], True),
        ("scdl valider", "csv", lambda f: ["scdl", "valider", f], True),
        ("scdl lire", "csv", lambda f: ["scdl", "lire", f], False),
        ("scdl ecrire", "json", lambda f: ["scdl", "ecrire", f, "-o", "sortie.csv"], False),
        ("extrait lire", "txt", lambda f: ["extrait", "lire", f], True),
        ("extrait lire (pdf)", "pdf", lambda f: ["extrait", "lire", f], True),
        ("extrait lire (html)", "html", lambda f: ["extrait", "lire", f], True),
        ("actes generer", "json",
         lambda f: ["actes", "generer", f, "--acte", Fichier("acte.pdf"), *ACTES, "-o", "envoi/"], False),
        ("actes generer --acte", "pdf",
         lambda f: ["actes", "generer", str(SEANCE), "--acte", f, *ACTES, "-o", "envoi/"], False),
        ("actes generer --classif", "classif.xml",
         lambda f: ["actes", "generer", str(SEANCE), "--acte", Fichier("acte.pdf"), *ACTES,
                    "--classification", f, "-o", "envoi/"], False),
        ("actes verifier", "tar.gz", lambda f: ["actes", "verifier", f], False),
        ("actes verifier (xml)", "xml", lambda f: ["actes", "verifier", f], False),
        ("actes verifier --classif", "classif.xml",
         lambda f: ["actes", "verifier", Fichier("base.tar.gz"), "--classification", f], False),
        ("actes lire", "tar.gz", lambda f: ["actes", "lire", f], False),
        ("actes lire (xml)", "xml", lambda f: ["actes", "lire", f], False),
        ("exporter popolo", "json", lambda f: ["exporter", "popolo", f], False),
    ]  # fmt: skip


PERMIS_POINT = {"scdl ecrire": ("sortie.csv",), "actes generer": ("envoi",),
                "actes generer --acte": ("envoi",), "actes generer --classif": ("envoi",)}  # fmt: skip

GENERIQUES = [
    # catégorie, préfixe de l'entrée, codes attendus (lot : un dossier est permis)
    ("absent", "absent", DEUX),
    ("dossier", "dossier", DEUX),
    ("vide", "vide", UN_DEUX),
    ("aléatoire", "aleatoire", UN_DEUX),
    ("mauvaise nature", "mauvais", UN_DEUX),
    ("tronqué", "tronque", UN_DEUX),
    ("géant creux", "creux", UN_DEUX),
    ("spécial", "tube", DEUX),
    ("spécial", "lien-boucle", DEUX),
    ("spécial", "/dev/zero", DEUX),
    ("spécial", "/dev/null", UN_DEUX),
    ("encodage", "utf16", frozenset({0, 1, 2})),
    ("encodage", "latin1", frozenset({0, 1, 2})),
    ("encodage", "ebcdic", UN_DEUX),
    ("encodage", "nul", frozenset({0, 1, 2})),
]


def cas_generiques() -> list[Cas]:
    liste = []
    for commande, nature, argv, lot in _points():
        for categorie, prefixe, codes in GENERIQUES:
            if prefixe in ("utf16", "latin1", "ebcdic", "nul") and nature not in TEXTUELLES:
                continue
            entree = prefixe if prefixe.startswith("/") else f"{prefixe}.{nature}"
            if prefixe == "dossier" and lot:
                codes = frozenset({0, 1, 2})
            if prefixe == "tronque" and nature in ("txt", "html", "pdf"):
                codes = frozenset({0, 1, 2})  # un texte coupé reste un texte ; l'acte est opaque
            cible = entree if prefixe.startswith("/") else Fichier(entree)
            if prefixe == "absent":
                cible = str(Path("entrees-absentes") / entree)
            liste.append(Cas(categorie, commande, prefixe, argv(cible), codes, entree=entree,
                             permis=PERMIS_POINT.get(commande, ())))  # fmt: skip
    return liste


def cas_hostiles() -> list[Cas]:
    liste: list[Cas] = []
    json_ = {"imbrication-1000.json": UN_DEUX, "imbrication-100000.json": UN_DEUX,
             "imbrication-dans-seance.json": UN_DEUX, "surrogat.json": UN_DEUX,
             "cles-doubles.json": UN_DEUX, "nombre-5000-chiffres.json": UN_DEUX,
             "nombre-1e999.json": UN_DEUX, "nan.json": UN_DEUX, "tableau.json": UN_DEUX,
             "chaine.json": UN_DEUX, "null.json": UN_DEUX, "bom.json": frozenset({0, 1, 2}),
             "controles.json": UN_DEUX, "nom-geant.json": frozenset({0, 1, 2}),
             "registre-300-seances.json": frozenset({0, 1, 2})}  # fmt: skip
    points_json = [p for p in _points() if p[1] == "json"]
    for nom, codes in json_.items():
        for commande, _, argv, _ in points_json:
            texte = commande in ("resumer", "valider")
            liste.append(Cas("JSON hostile", commande, nom, argv(Fichier(nom)), codes, entree=nom,
                             permis=PERMIS_POINT.get(commande, ()), texte=texte))  # fmt: skip
    xml = ["rires.xml", "rires-utf32.xml", "entite-externe-utf32.xml", "rires-dans-acte.xml", "entite-externe.xml", "dtd-externe.xml",
           "entite-parametre.xml", "imbrication-profonde.xml", "attribut-geant.xml",
           "balises-2-millions.xml", "xinclude.xml", "ebcdic-declare.xml", "controles.xml"]  # fmt: skip
    for nom in xml:
        codes = frozenset({0, 1, 2}) if nom == "controles.xml" else UN_DEUX
        liste.append(Cas("XML hostile", "actes verifier", nom, ["actes", "verifier", Fichier(nom)],
                         codes, entree=nom, texte=True))  # fmt: skip
        # « actes lire » lit ce qui est lisible et avertit (code 0) d'un écart au schéma.
        codes = frozenset({0, 1, 2}) if nom in ("controles.xml", "xinclude.xml") else codes
        liste.append(Cas("XML hostile", "actes lire", nom, ["actes", "lire", Fichier(nom)],
                         codes, entree=nom))  # fmt: skip
    for nom in ("rires.xml", "entite-externe.xml", "imbrication-profonde.xml"):
        liste.append(Cas("XML hostile", "actes verifier --classif", nom,
                         ["actes", "verifier", Fichier("base.tar.gz"), "--classification", Fichier(nom)],
                         UN_DEUX, entree=nom))  # fmt: skip
    for nom in ("xsd-rires.xsd", "xsd-externe.xsd", "xsd-fichier.xsd"):
        liste.append(Cas("XML hostile", "actes verifier --xsd", nom,
                         ["actes", "verifier", Fichier("base.tar.gz"), "--xsd", Fichier(nom)],
                         UN_DEUX, entree=nom))  # fmt: skip
    for nom in ("imbrication.html", "rires.html", "attribut-geant.html"):
        for commande in ("extrait lire", "valider"):
            liste.append(Cas("HTML hostile", commande, nom, [*commande.split(), Fichier(nom)],
                             UN_DEUX, entree=nom))  # fmt: skip
    for nom, codes in {"controles.txt": frozenset({0, 1}), "ligne-4-mo.txt": UN_DEUX,
                       "un-million-de-lignes.txt": UN_DEUX,
                       "un-million-de-lignes-courtes.txt": UN_DEUX,
                       "phrases-de-vote.txt": frozenset({0, 1, 2}),
                       "extrait-repete.txt": frozenset({0, 1, 2})}.items():  # fmt: skip
        for commande in ("extrait lire", "valider"):
            liste.append(Cas("texte hostile", commande, nom, [*commande.split(), Fichier(nom)],
                             codes, entree=nom, texte=commande == "valider"))  # fmt: skip
        liste.append(Cas("texte hostile", "extrait lire --format texte", nom,
                         ["extrait", "lire", "--format", "texte", Fichier(nom)], codes, entree=nom,
                         texte=True))  # fmt: skip
    for nom in ("bombe.pdf", "5000-pages.pdf", "chiffre.pdf", "sans-texte.pdf"):
        for commande in ("extrait lire", "valider"):
            liste.append(Cas("PDF", commande, nom, [*commande.split(), Fichier(nom)], UN_DEUX,
                             entree=nom))  # fmt: skip
        liste.append(Cas("PDF", "extrait lire pdftotext", nom,
                         ["extrait", "lire", "--moteur-pdf", "pdftotext", Fichier(nom)], UN_DEUX,
                         entree=nom))  # fmt: skip
    liste.append(Cas("PDF", "actes generer --acte", "bombe.pdf",
                     ["actes", "generer", str(SEANCE), "--acte", Fichier("bombe.pdf"), *ACTES,
                      "-o", "envoi/"], frozenset({0}), entree="bombe.pdf", permis=("envoi",)))  # fmt: skip
    csv = {"ligne-20-mo.csv": UN_DEUX, "ligne-200-mo.csv": UN_DEUX,
           "100000-colonnes.csv": UN_DEUX, "un-million-de-lignes.csv": UN_DEUX,
           "guillemet-ouvert.csv": UN_DEUX, "controles.csv": frozenset({0, 1}),
           "entete-seule.csv": frozenset({0, 1, 2}), "cr-seuls.csv": frozenset({0, 1, 2}),
           "formule.csv": frozenset({0, 1})}  # fmt: skip
    for nom, codes in csv.items():
        gros = nom == "ligne-200-mo.csv"
        liste.append(Cas("CSV hostile", "scdl valider", nom, ["scdl", "valider", Fichier(nom)],
                         codes, entree=nom, gros=gros, texte=True))  # fmt: skip
        liste.append(Cas("CSV hostile", "scdl valider --format json", nom,
                         ["scdl", "valider", "--format", "json", Fichier(nom)], codes, entree=nom,
                         gros=gros))  # fmt: skip
        liste.append(Cas("CSV hostile", "scdl lire", nom, ["scdl", "lire", Fichier(nom)], codes,
                         entree=nom, gros=gros))  # fmt: skip
    liste.append(Cas("CSV hostile", "scdl valider", "géant creux (limite 1 Gio)",
                     ["scdl", "valider", Fichier("creux.csv")], UN_DEUX, entree="creux.csv",
                     gros=True))  # fmt: skip
    archives = ["pax-quadratique.tar.gz", "pax-1-gio.tar.gz", "bombe-gzip-4-gio.tar.gz",
                "membre-149-mio.tar.gz", "crc-faux.tar.gz", "deflate-corrompu.tar.gz",
                "gzip-tronque.tar.gz", "dechets-apres.tar.gz", "deux-flux-gzip.tar.gz",
                "membres-doubles.tar.gz", "lien-symbolique.tar.gz", "lien-physique.tar.gz",
                "peripherique.tar.gz", "tube.tar.gz", "remontee.tar.gz", "chemin-absolu.tar.gz",
                "taille-declaree-8-gio.tar.gz", "100000-membres.tar.gz",
                "tar-sans-compression.tar.gz", "bzip2.tar.gz", "xz.tar.gz", "zip.tar.gz",
                "rires-dans-archive.tar.gz", "xml-profond-dans-archive.tar.gz",
                "controles-dans-archive.tar.gz"]  # fmt: skip
    lourdes = {"pax-1-gio.tar.gz", "bombe-gzip-4-gio.tar.gz", "membre-149-mio.tar.gz"}
    acceptables = {"tar-sans-compression.tar.gz", "deux-flux-gzip.tar.gz", "bzip2.tar.gz",
                   "xz.tar.gz", "controles-dans-archive.tar.gz", "membre-149-mio.tar.gz"}  # fmt: skip
    for nom in archives:
        codes = frozenset({0, 1, 2}) if nom in acceptables else UN_DEUX
        for commande in ("actes verifier", "actes lire"):
            liste.append(Cas("archive hostile", commande, nom, [*commande.split(), Fichier(nom)],
                             codes, entree=nom, gros=nom in lourdes,
                             texte=commande == "actes verifier"))  # fmt: skip
    return liste


def cas_entree_standard() -> list[Cas]:
    liste = []
    for commande, argv in {"resumer": ["resumer", "-"], "scdl lire": ["scdl", "lire", "-"],
                           "extrait lire": ["extrait", "lire", "-"],
                           "actes lire": ["actes", "lire", "-"]}.items():  # fmt: skip
        liste.append(Cas("spécial", commande, "entrée standard /dev/zero", argv, UN_DEUX,
                         stdin="/dev/zero", entree="/dev/zero"))  # fmt: skip
        liste.append(Cas("spécial", commande, "entrée standard aléatoire", argv, UN_DEUX,
                         stdin="aleatoire.json", entree="aleatoire.json"))  # fmt: skip
    return liste


def cas_sorties_standard() -> list[Cas]:
    commandes = {
        "schema": ["schema"],
        "regles": ["regles"],
        "resumer": ["resumer", str(SEANCE)],
        "valider": ["valider", str(SEANCE)],
        "valider --format html": ["valider", "--format", "html", str(SEANCE)],
        "scdl valider": ["scdl", "valider", "--format", "json", Fichier("base.csv")],
        "scdl lire": ["scdl", "lire", Fichier("base.csv")],
        "extrait lire": ["extrait", "lire", str(EXTRAIT)],
        "actes verifier": ["actes", "verifier", Fichier("base.tar.gz")],
        "actes lire": ["actes", "lire", Fichier("base.tar.gz")],
        "exporter popolo": ["exporter", "popolo", str(SEANCE)],
        "valider (lot)": ["valider", str(EXTRAIT), str(SEANCE), "--travailleurs", "2"],
    }
    liste = []
    for commande, argv in commandes.items():
        liste.append(Cas("sortie standard", commande, "/dev/full", argv, DEUX, stdout="plein",
                         une_ligne=True))  # fmt: skip
        liste.append(Cas("sortie standard", commande, "PYTHONIOENCODING=ascii", argv, frozenset({0, 1, 2}),
                         env={"PYTHONIOENCODING": "ascii"}, une_ligne=True))  # fmt: skip
        liste.append(Cas("sortie standard", commande, "| head -1", argv, frozenset({0, 1}),
                         stdout="tube-ferme"))  # fmt: skip
    return liste


def _fichier(relatif: str, contenu: bytes = b"ne pas toucher\n") -> Callable[[Path], None]:
    def preparer(travail: Path) -> None:
        (travail / relatif).parent.mkdir(parents=True, exist_ok=True)
        (travail / relatif).write_bytes(contenu)

    return preparer


def _lien(relatif: str, cible: str, creer_cible: bool = True) -> Callable[[Path], None]:
    def preparer(travail: Path) -> None:
        if creer_cible:
            (travail / cible).write_bytes(b"cible du lien : ne pas toucher\n")
        (travail / relatif).symlink_to(cible)

    return preparer


def _tube(relatif: str) -> Callable[[Path], None]:
    return lambda travail: os.mkfifo(travail / relatif)


def _copie_seance(travail: Path) -> None:
    shutil.copy(SEANCE, travail / "seance.json")


def cas_sorties_fichiers() -> list[Cas]:
    """Sorties piégées : les sous-commandes qui écrivent un fichier."""
    ecrivains = {
        "scdl ecrire": (["scdl", "ecrire", str(SEANCE), "-o"], "sortie.csv", frozenset({0, 1})),
        "exporter popolo": (["exporter", "popolo", str(SEANCE), "-o"], "sortie.json", frozenset({0})),
        "valider --bilan": (["valider", str(SEANCE), str(EXTRAIT), "--travailleurs", "2", "--bilan"],
                            "bilan.csv", frozenset({0, 1})),
        "scdl valider --bilan": (["scdl", "valider", Fichier("base.csv"), Fichier("controles.csv"),
                                  "--travailleurs", "2", "--bilan"], "bilan.csv", frozenset({0, 1})),
        "extrait lire --scdl": (["extrait", "lire", str(EXTRAIT), Fichier("controles.txt"),
                                 "--travailleurs", "2", "--bilan", "bilan.csv", "--scdl"],
                                "lot.csv", frozenset({0, 1})),
    }  # fmt: skip
    liste = []
    for commande, (argv, nom, ok) in ecrivains.items():
        permis_ok = (nom, "bilan.csv") if commande == "extrait lire --scdl" else (nom,)
        permis = ("bilan.csv",) if commande == "extrait lire --scdl" else ()
        liste += [
            Cas("sortie fichier", commande, "existant sans --force", [*argv, nom], DEUX,
                preparer=_fichier(nom), permis=permis),
            Cas("sortie fichier", commande, "existant avec --force", [*argv, nom, "--force"], ok,
                preparer=_fichier(nom), permis=permis_ok),
            Cas("sortie fichier", commande, "lien symbolique", [*argv, nom], DEUX,
                preparer=_lien(nom, "cible.txt"), permis=permis),
            Cas("sortie fichier", commande, "lien symbolique --force", [*argv, nom, "--force"],
                DEUX, preparer=_lien(nom, "cible.txt"), permis=permis),
            Cas("sortie fichier", commande, "lien pendant", [*argv, nom], DEUX,
                preparer=_lien(nom, "nulle-part.txt", creer_cible=False), permis=permis),
            Cas("sortie fichier", commande, "lien pendant --force", [*argv, nom, "--force"], DEUX,
                preparer=_lien(nom, "nulle-part.txt", creer_cible=False), permis=permis),
            Cas("sortie fichier", commande, "dossier manquant", [*argv, f"manque/{nom}"], DEUX,
                permis=permis),
            Cas("sortie fichier", commande, "sortie = dossier", [*argv, "dossier"], DEUX,
                preparer=lambda t: (t / "dossier").mkdir(), permis=permis),
            Cas("sortie fichier", commande, "sortie = tube --force", [*argv, nom, "--force"],
                DEUX, preparer=_tube(nom), permis=permis),
        ]  # fmt: skip
    for commande, argv in {"scdl ecrire": ["scdl", "ecrire", "seance.json", "-o", "seance.json"],
                           "exporter popolo": ["exporter", "popolo", "seance.json", "-o",
                                               "seance.json"]}.items():  # fmt: skip
        liste.append(Cas("sortie fichier", commande, "entrée = sortie", argv, DEUX,
                         preparer=_copie_seance))  # fmt: skip
        liste.append(Cas("sortie fichier", commande, "entrée = sortie --force", [*argv, "--force"],
                         DEUX, preparer=_copie_seance))  # fmt: skip
    liste.append(Cas("sortie fichier", "scdl ecrire --datapackage", "datapackage.json existant",
                     ["scdl", "ecrire", str(SEANCE), "-o", "sortie.csv", "--datapackage"], DEUX,
                     preparer=_fichier("datapackage.json")))  # fmt: skip
    generer = ["actes", "generer", str(SEANCE), "--acte", Fichier("acte.pdf"), *ACTES]
    liste += [
        Cas("sortie fichier", "actes generer", "-o dossier/ manquant", [*generer, "-o", "envoi/"],
            frozenset({0}), permis=("envoi",)),
        Cas("sortie fichier", "actes generer", "archive existante sans --force",
            [*generer, "-o", ARCHIVE], DEUX, preparer=_fichier(ARCHIVE)),
        Cas("sortie fichier", "actes generer", "archive existante --force",
            [*generer, "-o", ARCHIVE, "--force"], frozenset({0}), preparer=_fichier(ARCHIVE),
            permis=(ARCHIVE,)),
        Cas("sortie fichier", "actes generer", "archive = lien symbolique",
            [*generer, "-o", ARCHIVE, "--force"], DEUX, preparer=_lien(ARCHIVE, "cible.txt")),
        Cas("sortie fichier", "actes generer", "archive = lien pendant",
            [*generer, "-o", ARCHIVE], DEUX, preparer=_lien(ARCHIVE, "nulle", creer_cible=False)),
        Cas("sortie fichier", "actes generer", "archive = tube --force",
            [*generer, "-o", ARCHIVE, "--force"], DEUX, preparer=_tube(ARCHIVE)),
        Cas("sortie fichier", "actes generer", "dossier manquant (sans /)",
            [*generer, "-o", f"manque/{ARCHIVE}"], DEUX),
        Cas("sortie fichier", "actes generer", "nom hors convention",
            [*generer, "-o", "archive.tar.gz"], DEUX),
        Cas("sortie fichier", "actes generer", "4 en même temps dans un dossier",
            [*generer, "-o", "envoi/"], frozenset({0}), permis=("envoi",), concurrents=4,
            controler=_controle_concurrents),
    ]  # fmt: skip
    return liste


def _controle_concurrents(travail: Path, resultats: list[Resultat]) -> list[str]:
    archives = sorted(p.name for p in (travail / "envoi").iterdir()) if (travail / "envoi").is_dir() else []
    reussis = sum(r.code == 0 for r in resultats)
    defauts = []
    if len(archives) != reussis or len(set(archives)) != len(archives):
        defauts.append(f"{reussis} réussite(s) mais archives écrites : {archives}")
    if any(nom.startswith(".") for nom in archives):
        defauts.append(f"fichier temporaire laissé : {archives}")
    return defauts


def cas_lots() -> list[Cas]:
    def dossier_piege(travail: Path) -> None:
        lot = travail / "lot"
        lot.mkdir()
        shutil.copy(EXTRAIT, lot / "a.txt")
        os.mkfifo(lot / "tube.txt")
        os.symlink("boucle.txt", lot / "boucle.txt")
        with (lot / "creux.txt").open("wb") as f:
            f.truncate(GIO)
        (lot / "vide.txt").write_bytes(b"")
        (lot / "binaire.txt").write_bytes(os.urandom(4096))

    liste = []
    for commande, argv in {"valider": ["valider", "lot", "--travailleurs", "2"],
                           "extrait lire": ["extrait", "lire", "lot", "--travailleurs", "2"],
                           "scdl valider": ["scdl", "valider", "lot", "--travailleurs", "2"]}.items():  # fmt: skip
        liste.append(Cas("lot", commande, "dossier piégé (tube, boucle, creux, vide)", argv,
                         UN_DEUX, preparer=dossier_piege))  # fmt: skip
        liste.append(Cas("lot", commande, "dossier vide", argv, frozenset({0, 1, 2}),
                         preparer=lambda t: (t / "lot").mkdir()))  # fmt: skip
    return liste


def tous_les_cas() -> list[Cas]:
    return [*cas_generiques(), *cas_hostiles(), *cas_entree_standard(), *cas_sorties_standard(),
            *cas_sorties_fichiers(), *cas_lots()]  # fmt: skip


# --------------------------------------------------------------------------- exécution

ANGLAIS = re.compile(
    r"\b(Error|Exception|Errno|Expecting|the|is|of|not|found|expected|failed|cannot|unable|must|"
    r"unexpected|invalid|Invalid|No such|denied|codec|decode|encode|Premature|mismatch|"
    r"Document|Extra data|Unterminated|exceeds?|limit|object|attribute)\b"
)
CITATION = re.compile(r"«[^»]*(?:»|$)")
ACCENT_ECHAPPE = re.compile(r"\\x[89a-f][0-9a-f]|\\u00[89a-f]")
BRUIT_TUBE = re.compile(r"Broken pipe|BrokenPipe|Exception ignored|EPIPE")
CONTROLES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _instantane(racine: Path) -> dict[str, tuple[int, int, int, int]]:
    etat = {}
    for dossier, sous, fichiers in os.walk(racine):
        if Path(dossier) == racine and "captures" in sous:
            sous.remove("captures")
        for nom in [*sous, *fichiers]:
            chemin = os.path.join(dossier, nom)
            s = os.lstat(chemin)
            etat[os.path.relpath(chemin, racine)] = (s.st_mode, s.st_size, s.st_mtime_ns, s.st_ino)
    return etat


def _lancer_un(cas: Cas, argv: list[str], travail: Path, captures: Path, ouverts: list[object],
               rang: int) -> subprocess.Popen[bytes] | tuple[subprocess.Popen[bytes], subprocess.Popen[bytes]]:  # fmt: skip
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", **cas.env}
    env.pop("PYTHONWARNINGS", None)
    stdin = open(cas.stdin, "rb") if cas.stdin else subprocess.DEVNULL  # noqa: SIM115
    erreur = open(captures / f"err{rang}", "wb")  # noqa: SIM115
    ouverts += [stdin, erreur]
    if Path(TIME).exists():  # mémoire du seul processus lancé (time est un petit programme C)
        argv = [TIME, "-f", "%M", "-o", str(captures / f"rss{rang}"), *argv]
    if cas.stdout == "tube-ferme":
        processus = subprocess.Popen(argv, cwd=travail, env=env, stdin=stdin, stdout=subprocess.PIPE,
                                     stderr=erreur, start_new_session=True)  # fmt: skip
        tete = subprocess.Popen(["head", "-1"], stdin=processus.stdout, stdout=subprocess.DEVNULL)
        assert processus.stdout is not None
        processus.stdout.close()
        return processus, tete
    sortie = open("/dev/full" if cas.stdout == "plein" else captures / f"out{rang}", "wb")  # noqa: SIM115
    ouverts.append(sortie)
    return subprocess.Popen(argv, cwd=travail, env=env, stdin=stdin, stdout=sortie, stderr=erreur,
                            start_new_session=True)  # fmt: skip


def _attendre(processus: list[subprocess.Popen[bytes]], delai: float) -> list[tuple[int, float, float, bool]]:
    debut = time.monotonic()
    fin: dict[int, tuple[int, float, float, bool]] = {}
    while len(fin) < len(processus):
        for p in processus:
            if p.pid in fin:
                continue
            pid, statut, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                p.returncode = os.waitstatus_to_exitcode(statut)
                fin[p.pid] = (p.returncode, time.monotonic() - debut, usage.ru_maxrss / 1024, False)
        if time.monotonic() - debut > delai:
            for p in processus:
                if p.pid not in fin:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(p.pid, signal.SIGKILL)
                    _, statut, usage = os.wait4(p.pid, 0)
                    p.returncode = os.waitstatus_to_exitcode(statut)
                    # Tué avec /usr/bin/time : pas de mesure (l'usage lu ici serait celui de
                    # time, copié du balayage au fork) ; sans time, celui de la commande.
                    mio = float("nan") if Path(TIME).exists() else usage.ru_maxrss / 1024
                    fin[p.pid] = (p.returncode, delai, mio, True)
        time.sleep(0.005)
    return [fin[p.pid] for p in processus]


def executer(cas: Cas, fab: Fabrique, delai: float) -> tuple[list[Resultat], list[str], int]:
    travail = fab.dossier / "travail"
    captures = fab.dossier / "captures"
    for dossier in (travail, captures):
        shutil.rmtree(dossier, ignore_errors=True)
        dossier.mkdir()
    argv = [*fab.cli, *(str(fab.chemin(a)) if isinstance(a, Fichier) else a for a in cas.argv)]
    if cas.stdin and not cas.stdin.startswith("/"):
        cas = Cas(**{**cas.__dict__, "stdin": str(fab.chemin(cas.stdin))})
    taille = _taille(cas, fab)
    if cas.preparer:
        cas.preparer(travail)
    avant = _instantane(fab.dossier)
    ouverts: list[object] = []
    lances = [_lancer_un(cas, argv, travail, captures, ouverts, i) for i in range(cas.concurrents)]
    principaux = [x[0] if isinstance(x, tuple) else x for x in lances]
    mesures = _attendre(principaux, delai)
    for x in lances:
        if isinstance(x, tuple):
            x[1].wait(timeout=5)
    for f in ouverts:
        if hasattr(f, "close"):
            f.close()  # type: ignore[attr-defined]
    resultats = []
    for i, (code, secondes, mio, expire) in enumerate(mesures):
        sortie = (captures / f"out{i}").read_bytes() if (captures / f"out{i}").exists() else b""
        erreur = (captures / f"err{i}").read_bytes().decode("utf-8", "replace")
        rss = captures / f"rss{i}"
        if rss.exists() and rss.read_text().strip().splitlines()[-1:] != []:
            derniere = rss.read_text().strip().splitlines()[-1]
            mio = int(derniere) / 1024 if derniere.isdigit() else mio
        resultats.append(Resultat(code, secondes, mio, sortie, erreur, expire))
    apres = _instantane(fab.dossier)
    defauts = [d for r in resultats for d in juger(cas, r, taille)]
    defauts += _ecritures(cas, avant, apres)
    if cas.controler:
        defauts += cas.controler(travail, resultats)
    return resultats, list(dict.fromkeys(defauts)), taille


def _taille(cas: Cas, fab: Fabrique) -> int:
    if cas.stdin == "/dev/zero":
        return 1 << 62  # entrée sans fin : seules les bornes de 30 s et 1 Gio s'appliquent
    if cas.entree is None or cas.entree.startswith("/") or cas.entree.startswith("absent"):
        return 0
    chemin = fab.chemin(cas.entree)
    return chemin.stat().st_size if chemin.is_file() and not chemin.is_symlink() else 0


def _ecritures(cas: Cas, avant: dict[str, tuple[int, int, int, int]],
               apres: dict[str, tuple[int, int, int, int]]) -> list[str]:  # fmt: skip
    permis = [Path("travail") / p for p in cas.permis]

    def autorise(relatif: str) -> bool:
        chemin = Path(relatif)
        return any(chemin == p or p in chemin.parents for p in permis)

    defauts = []
    for relatif in sorted(set(avant) | set(apres)):
        if autorise(relatif) or relatif == "travail":
            continue
        if relatif not in avant:
            defauts.append(f"écrit sans demande : {relatif}")
        elif relatif not in apres:
            defauts.append(f"supprimé : {relatif}")
        elif avant[relatif] != apres[relatif]:
            defauts.append(f"modifié ou remplacé : {relatif}")
    return defauts


def juger(cas: Cas, r: Resultat, taille: int) -> list[str]:
    defauts = []
    petit = taille < 10 * 1000 * 1000
    if r.expire:
        defauts.append(f"délai dépassé ({r.secondes:.0f} s)")
    if r.mio > 1024:
        defauts.append(f"mémoire {r.mio:.0f} Mio > 1 Gio")
    elif petit and r.mio > 200:
        defauts.append(f"mémoire {r.mio:.0f} Mio > 200 Mio pour une entrée de moins de 10 Mo")
    if petit and r.secondes > 5 and not r.expire:
        defauts.append(f"{r.secondes:.1f} s > 5 s pour une entrée de moins de 10 Mo")
    if r.code not in (0, 1, 2):
        defauts.append(f"code de sortie {r.code}")
    elif r.code not in cas.codes and not r.expire:
        defauts.append(f"code {r.code} au lieu de {'/'.join(map(str, sorted(cas.codes)))}")
    if "Traceback" in r.erreur:
        defauts.append("trace Python sur la sortie d'erreur")
    # le texte du document cité entre guillemets (« … », coupé ou non) n'est pas le message
    lignes_anglaises = [
        ligne for ligne in r.erreur.splitlines() if ANGLAIS.search(CITATION.sub("", ligne))
    ]
    if lignes_anglaises and "Traceback" not in r.erreur:
        defauts.append(f"message en anglais : {lignes_anglaises[0][:110]!r}")
    if r.code == 2 and not r.erreur.strip() and not r.expire:
        defauts.append("code 2 sans message")
    if cas.une_ligne and r.code == 2 and r.erreur.count("\n") != 1:
        defauts.append(f"{r.erreur.count(chr(10))} lignes d'erreur au lieu d'une")
    if cas.env.get("PYTHONIOENCODING") == "ascii":
        if r.code in (0, 1) and not r.sortie.isascii():
            defauts.append("encodage ascii : sortie standard écrite hors ASCII")
        if ACCENT_ECHAPPE.search(r.erreur):
            defauts.append("encodage ascii : accents écrits \\xe9 sur la sortie d'erreur")
    if CONTROLES.search(r.erreur):
        defauts.append("caractère de contrôle brut sur la sortie d'erreur")
    if cas.texte and CONTROLES.search(r.sortie.decode("utf-8", "replace")):
        defauts.append("caractère de contrôle brut sur la sortie standard (texte)")
    if cas.stdout == "tube-ferme" and BRUIT_TUBE.search(r.erreur):
        defauts.append("tube fermé : message d'erreur")
    return defauts


def reproduction(cas: Cas, fab: Fabrique) -> str:
    argv = ["deliberations", *(str(fab.chemin(a)) if isinstance(a, Fichier) else a for a in cas.argv)]
    texte = shlex.join(argv)
    prefixe = "".join(f"{k}={v} " for k, v in cas.env.items())
    if cas.stdin:
        texte += f" < {cas.stdin}"
    if cas.stdout == "plein":
        texte += " > /dev/full"
    elif cas.stdout == "tube-ferme":
        texte += " | head -1"
    return f"(cd {fab.dossier / 'travail'} && {prefixe}{texte})"


def _cli(option: str | None) -> list[str]:
    if option:
        return shlex.split(option)
    voisin = Path(sys.executable).with_name("deliberations")
    trouve = str(voisin) if voisin.exists() else shutil.which("deliberations")
    if not trouve:
        raise SystemExit("commande deliberations introuvable : installer le paquet, ou --cli")
    return [trouve]


def main() -> int:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parseur.add_argument("--rapide", action="store_true", help="sauter les cas de centaines de Mo")
    parseur.add_argument("--filtre", help="ne lancer que les cas dont l'identifiant contient MOTIF")
    parseur.add_argument("--delai", type=float, default=30.0, help="délai par cas, en secondes")
    parseur.add_argument("--garder", type=Path, help="dossier des entrées, gardé à la fin")
    parseur.add_argument("--cli", help="commande à lancer (défaut : deliberations installée)")
    a = parseur.parse_args()
    cas = [c for c in tous_les_cas() if not (a.rapide and c.gros)]
    if a.filtre:
        cas = [c for c in cas if a.filtre.lower() in c.ident.lower()]
    dossier = a.garder or Path(tempfile.mkdtemp(prefix="balayage-"))
    dossier.mkdir(parents=True, exist_ok=True)
    fab = Fabrique(dossier.resolve(), _cli(a.cli), a.rapide)
    par_categorie: dict[str, Counter[str]] = defaultdict(Counter)
    en_defaut: list[tuple[Cas, list[str]]] = []
    print(f"{len(cas)} cas ; entrées dans {dossier}")
    print(f"{'catégorie':16} {'commande':26} {'cas':34} {'taille':>9} {'code':>4} {'s':>6} "
          f"{'Mio':>6}  verdict")  # fmt: skip
    try:
        for c in cas:
            resultats, defauts, taille = executer(c, fab, a.delai)
            pire = max(resultats, key=lambda r: (r.secondes, r.mio))
            codes = ",".join(sorted({str(r.code) for r in resultats}))
            verdict = "ok" if not defauts else "DÉFAUT : " + " ; ".join(defauts)
            print(f"{c.categorie:16} {c.commande[:26]:26} {c.nom[:34]:34} {_octets(taille):>9} "
                  f"{codes:>4} {pire.secondes:6.2f} {_mio(resultats):>6}  {verdict}",
                  flush=True)  # fmt: skip
            par_categorie[c.categorie]["cas"] += 1
            if defauts:
                par_categorie[c.categorie]["défauts"] += 1
                en_defaut.append((c, defauts))
        _resume(par_categorie, en_defaut, fab)
    finally:
        shutil.rmtree(fab.dossier / "travail", ignore_errors=True)
        shutil.rmtree(fab.dossier / "captures", ignore_errors=True)
        if not a.garder:
            shutil.rmtree(dossier, ignore_errors=True)
    return 1 if en_defaut else 0


def _mio(resultats: list[Resultat]) -> str:
    mesures = [r.mio for r in resultats if r.mio == r.mio]  # nan : pas de mesure
    return f"{max(mesures):.0f}" if mesures else "?"


def _octets(n: int) -> str:
    for unite, facteur in (("Gio", GIO), ("Mio", MIO), ("Kio", 1024)):
        if n >= facteur:
            return f"{n / facteur:.0f} {unite}"
    return f"{n} o"


def _resume(par_categorie: dict[str, Counter[str]], en_defaut: list[tuple[Cas, list[str]]],
            fab: Fabrique) -> None:  # fmt: skip
    print("\nRésumé par catégorie")
    print(f"{'catégorie':18} {'cas':>5} {'défauts':>8}")
    for categorie, compte in par_categorie.items():
        print(f"{categorie:18} {compte['cas']:5} {compte['défauts']:8}")
    total = sum(c["cas"] for c in par_categorie.values())
    print(f"{'total':18} {total:5} {len(en_defaut):8}")
    if en_defaut:
        print("\nDéfauts (à rejouer avec --garder DOSSIER) :")
        for c, defauts in en_defaut:
            print(f"- {c.ident} : {' ; '.join(defauts)}\n    {reproduction(c, fab)}")


if __name__ == "__main__":
    sys.exit(main())
