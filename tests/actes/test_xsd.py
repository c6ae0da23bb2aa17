"""XSD donné par l'utilisateur (``--xsd``) : un schéma inutilisable est refusé avec un message
en français, jamais le message anglais de libxml2 (balayage des entrées hostiles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from deliberations.actes import schema_officiel
from deliberations.cli import main
from deliberations.erreurs import FichierIllisible

ENTETE = b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
XSD = {
    "inclusion-reseau.xsd": ENTETE
    + b'<xs:include schemaLocation="http://203.0.113.1/autre.xsd"/></xs:schema>',
    "inclusion-absente.xsd": ENTETE + b'<xs:include schemaLocation="absent.xsd"/></xs:schema>',
    "element-sans-nom.xsd": ENTETE + b"<xs:element/></xs:schema>",
    "mal-forme.xsd": ENTETE + b"<xs:element",
    "pas-un-schema.xsd": b"<racine/>",
}
ANGLAIS = ("Element '", "Failed", "failed", "not ", "expected", "Start tag", "schema document")


@pytest.mark.parametrize("nom", sorted(XSD))
def test_xsd_inutilisable_message_francais(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], nom: str
) -> None:
    chemin = tmp_path / nom
    chemin.write_bytes(XSD[nom])
    with pytest.raises(FichierIllisible, match=r"XSD (inutilisable|illisible)") as erreur:
        schema_officiel(chemin)
    message = str(erreur.value)
    assert not [mot for mot in ANGLAIS if mot in message], message
    acte = Path(__file__).parent / "messages" / "Acte.xml"
    assert main(["actes", "verifier", str(acte), "--xsd", str(chemin)]) == 2
    sortie = capsys.readouterr().err
    assert sortie.count("\n") == 1 and "XSD" in sortie


def test_xsd_absent(tmp_path: Path) -> None:
    with pytest.raises(FichierIllisible, match="XSD introuvable"):
        schema_officiel(tmp_path / "absent.xsd")
