"""Douzième session : corrections relevées à la fusion des reprises de la quarantième série,
chacune sur un petit texte inventé."""

from __future__ import annotations

from deliberations.extrait.reconnaisseurs import decomptes, numero_deliberation


def test_non_represente_n_est_pas_une_procuration() -> None:
    """« Excusé non représenté : 1 » ne compte ni une procuration, ni un absent non excusé ;
    « Membre absent non représenté : 1 » compte un absent."""
    assert decomptes("Excusé non représenté : 1") == []
    assert decomptes("Excusées non représentées : deux") == []
    assert decomptes("Membre absent non représenté : 1") == [("absents", 1)]
    assert decomptes("Représentés : 2") == [("procurations", 2)]


def test_sigle_de_commission_permanente_dans_le_numero() -> None:
    """« CP 22-07-015 – Titre » : le numéro tel qu'écrit, sigle compris ; « CP n° 10.06.21.04 –
    Titre » : « CP » est alors un libellé devant « n° »."""
    lu = numero_deliberation("CP 22-07-015 – Aide aux ports de pêche")
    assert lu is not None and lu[0] == "CP 22-07-015" and lu[2] == "Aide aux ports de pêche"
    lu = numero_deliberation("CP n° 10.06.21.04 – Lycées publics")
    assert lu is not None and lu[0] == "10.06.21.04"


def test_presidence_coupee_apres_la_civilite() -> None:
    """« … la séance étant présidée par M. » (le nom perdu, ou à la phrase suivante) : une
    civilité seule n'est jamais le nom du président."""
    from deliberations.extrait.reconnaisseurs import president

    assert president("le comité s'est réuni à la mairie, la séance étant présidée par M.") is None
    assert president("la séance étant présidée par M. Paul ROUX, Président.") == "M. Paul ROUX"
