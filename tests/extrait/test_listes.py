"""Listes de présence, procurations, secrétaire et décomptes : formes relevées sur des
documents publiés (corpus 165 à 176), écrites ici sur de petits textes inventés."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from deliberations.extrait import lire_extrait
from deliberations.extrait import reconnaisseurs as r
from deliberations.extrait.normalisation import normaliser, segmenter
from deliberations.model import Seance, StatutPresence, TypeCollectivite
from tests.extrait.comparaison import seance_lue as _seance

ENTETE = "Conseil municipal de Plouvern\nSéance du 4 mai 2021\n"
FIN = "OBJET : Tarifs de la cantine\nAdopté à l'unanimité.\n"



def _codes(texte: str) -> set[str]:
    return {c.code for c in lire_extrait(texte).rapport}


def _noms(seance: Seance, *statuts: StatutPresence) -> list[str]:
    return [f"{p.elu.prenom} {p.elu.nom}" for p in seance.presences if p.statut in statuts]


def _pouvoirs(seance: Seance) -> list[tuple[str, str]]:
    return [(p.mandant.nom, p.mandataire.nom) for p in seance.procurations]


# ------------------------------------------------------------------ présents


def test_nombre_puis_liste_dans_un_meme_item() -> None:
    s = _seance(
        ENTETE + "Nombre de conseillers présents : 3 : AUBERT Lucien, BLANC Odile, SERRE Antoine ;\n"
        + FIN
    )
    assert sorted(_noms(s, StatutPresence.PRESENT)) == [
        "Antoine SERRE", "Lucien AUBERT", "Odile BLANC",
    ]  # fmt: skip
    assert s.decomptes is not None and s.decomptes.presents == 3


def test_pluriel_inclusif_et_neant() -> None:
    texte = (
        ENTETE + "Etaient Présents : Mesdames et Messieurs Paul VIDAL, Anne ROUX\n"
        "Absent(s/es) excusé(s/es) : Luc PETIT\nAbsent(s/es) : NEANT\n"
        "Absent(s/es) représenté(s/es) :\nLuc PETIT donne pouvoir à Paul VIDAL\n" + FIN
    )
    assert normaliser("Absent(s/es) excusé(s/es) :") == "Absents excusés :"
    s = _seance(texte)
    assert sorted(_noms(s, StatutPresence.PRESENT)) == ["Anne ROUX", "Paul VIDAL"]
    assert _pouvoirs(s) == [("PETIT", "VIDAL")]
    assert all(p.elu.nom != "NEANT" for p in s.presences)  # « NEANT » : personne


def test_nom_coupe_en_fin_de_ligne() -> None:
    texte = (
        ENTETE + "Présents : Paul VIDAL, Agnès LE\nGOFF, Anne ROUX, Julien\n"
        "CAPRON (arrivé à 20 h 25)\n"
        "Représentés : Luc PETIT donne pouvoir à Florence\nGIRARDEAU, Eric MARTIN donne pouvoir "
        "à Paul VIDAL\n" + FIN
    )
    texte = texte.replace("Présents : Paul VIDAL,", "Présents : Paul VIDAL, Florence GIRARDEAU,")
    s = _seance(texte)
    assert sorted(_noms(s, StatutPresence.PRESENT)) == [
        "Agnès LE GOFF", "Anne ROUX", "Florence GIRARDEAU", "Julien CAPRON", "Paul VIDAL",
    ]  # fmt: skip
    assert sorted(_pouvoirs(s)) == [("MARTIN", "VIDAL"), ("PETIT", "GIRARDEAU")]


def test_nom_a_particule_en_conseil_municipal() -> None:
    s = _seance(ENTETE + "Présents : Madame Sandrine LE PAGE de KERLIVIO, Monsieur Paul VIDAL.\n" + FIN)
    assert "Sandrine LE PAGE de KERLIVIO" in _noms(s, StatutPresence.PRESENT)


def test_liste_close_par_l_intitule_suivant_sans_ponctuation() -> None:
    ligne = (
        "Etaient Présents : Mesdames et Messieurs Gérard POTIER, Annie LECOMTE, Patrick LANGLOIS "
        "Absent(s/es) excusé(s/es) : Alain VASSEUR Absent(s/es) : Jacky MOREL"
    )
    morceaux = [m for _, m in segmenter(normaliser(ligne))]
    assert morceaux[1:] == ["Absents excusés : Alain VASSEUR", "Absents : Jacky MOREL"]


# ------------------------------------------------------------------ procurations


def test_pouvoirs_colles_sans_separateur_puis_secretaire() -> None:
    texte = (
        ENTETE + "Présents : Gérard POTIER, Annie LECOMTE, Michel DUBUS\n"
        "Absents représentés : Françoise DEBRIE donne pouvoir à Annie LECOMTE Alain VASSEUR donne "
        "pouvoir à Gérard POTIER Monsieur Michel DUBUS a été désigné Secrétaire de séance.\n" + FIN
    )
    s = _seance(texte)
    assert sorted(_pouvoirs(s)) == [("DEBRIE", "LECOMTE"), ("VASSEUR", "POTIER")]
    assert [e.nom for e in s.secretaires] == ["DUBUS"]


def test_pouvoir_suivi_d_une_phrase_dans_un_texte_aplati() -> None:
    # une longue liste sur la même ligne : le texte est aplati (plus de 1 000 caractères)
    liste = ", ".join(f"Jean-Marc LAFON{chr(65 + i)}{chr(66 + i)}" for i in range(24)) * 2
    texte = (
        "Séance du 1er juillet 2021. Etaient présents : Pierre CLAVEL, " + liste + " "
        "Absent excusé ayant donné pouvoir : Guy TEULIER donne pouvoir à Pierre CLAVEL Le quorum "
        "étant atteint, la séance est ouverte. Délibération n° 2021-07-01 Tarifs Adopté à "
        "l'unanimité."
    )
    s = _seance(texte)
    assert _pouvoirs(s) == [("TEULIER", "CLAVEL")]
    assert [p.elu.nom for p in s.presences if p.statut is StatutPresence.EXCUSE] == ["TEULIER"]


def test_precision_entre_le_mandant_et_a() -> None:
    texte = (
        ENTETE + "PRESENTS : Monsieur Hervé TANGUY, Madame Soizic PERON.\n"
        "ABSENT AYANT DONNE PROCURATION : Madame Gaëlle MOAL à Monsieur Hervé TANGUY, Monsieur "
        "Erwan JEGOU (arrivé à la question 3) à Madame Soizic PERON\n" + FIN
    )
    s = _seance(texte)
    assert sorted(_pouvoirs(s)) == [("JEGOU", "PERON"), ("MOAL", "TANGUY")]


def test_de_x_a_y_et_de_z_a_w() -> None:
    texte = (
        ENTETE + "Présents : FABRE Mireille, SERRE Antoine, GIRAUD Paul ;\n"
        "Procurations : de BONNET Claire à FABRE Mireille, de PELLEGRIN Marc à SERRE Antoine, et "
        "de TARDIEU Lise à GIRAUD Paul ;\n" + FIN
    )
    assert sorted(_pouvoirs(_seance(texte))) == [
        ("BONNET", "FABRE"), ("PELLEGRIN", "SERRE"), ("TARDIEU", "GIRAUD"),
    ]  # fmt: skip


def test_intitule_entre_parentheses_n_ouvre_pas_de_liste() -> None:
    ligne = "Approbation à la majorité : 9 pour (6 + 3 procurations) et 2 contre (1 + 1 procuration : R. Castellan)."
    assert len(list(segmenter(ligne))) == 1


# ------------------------------------------------------------------ tableau à croix

_EN_TETE_CROIX = "NOM Prénom\tReprésentant\tPrésent(e) ou suppléé(e)\tSuppléé(e) par, Pouvoir donné à\n"


def test_tableau_de_presence_a_croix() -> None:
    texte = (
        ENTETE + "Présents ayant voix délibérative\n" + _EN_TETE_CROIX
        + "ROUX Denis\tDesaignes\tX\nFAURE Anne\tDesaignes\tX\tSABATIER Jean\n"
        "CROS Michel\tLabatie\t\tROUX Denis\nPONCET Louis\tDevesset\n"
        "M. le Président\tCDC du Haut-Lignon\tX\n" + FIN
    )
    s = _seance(texte)
    assert _noms(s, StatutPresence.PRESENT) == ["Denis ROUX"]
    assert _pouvoirs(s) == [("CROS", "ROUX")]
    assert _noms(s, StatutPresence.ABSENT) == ["Louis PONCET"]
    remplace = [p for p in s.presences if p.statut is StatutPresence.REMPLACE]
    assert [(p.elu.nom, p.suppleant.nom if p.suppleant else None) for p in remplace] == [
        ("FAURE", "SABATIER")
    ]
    assert "extrait.nom-illisible" in _codes(texte)  # « M. le Président » : présent sans nom


# ------------------------------------------------------------------ secrétaire, président


def test_secretaire_elu_a_des_voix_n_est_pas_un_vote() -> None:
    texte = (
        ENTETE + "Présents : Monsieur Loïc CADIOU, Madame Anne ROUX.\n"
        "Monsieur Loïc CADIOU a été élu secrétaire à 20 voix pour et 2 abstentions.\n" + FIN
    )
    assert [e.nom for e in _seance(texte).secretaires] == ["CADIOU"]
    assert "extrait.vote-hors-deliberation" not in _codes(texte)


def test_secretaire_sera() -> None:
    assert r.secretaire("Olivier FAUQUET sera Secrétaire de séance.") == "Olivier FAUQUET"


def test_president_qui_a_preside_la_seance() -> None:
    texte = "régulièrement convoqués par le Président, Monsieur Bernard VIALLE, qui a présidé la séance."
    assert r.president(texte) == "Monsieur Bernard VIALLE"


# ------------------------------------------------------------------ décomptes, type


def test_decomptes_colles_apres_une_parenthese() -> None:
    ligne = "ABSENT : Monsieur Ronan QUEMENER (arrivé à la question 2) En exercice : 23 Présents : 19 Votants : 22"
    morceaux = [m for _, m in segmenter(ligne)]
    assert morceaux[1].startswith("En exercice : 23")
    assert r.mouvement("Monsieur Ronan QUEMENER arrivé à la question 2") == r.Mouvement(
        "Monsieur Ronan QUEMENER", 2, None
    )


def test_effectif_valable_et_presents_parmi() -> None:
    assert r.decomptes("Effectif valable : 7 + 4 procurations /11") == [
        ("presents", 7), ("procurations", 4),
    ]  # fmt: skip
    assert ("presents", 7) in r.decomptes("Étaient présents 7 des élus délégués sur les 9, absents …")
    assert r.decomptes("9 pour (6 + 3 procurations)") == []


def test_type_commune_quand_seuls_le_conseil_municipal_et_le_maire_sont_cites() -> None:
    corps = (
        "Séance du 22 février 2005\nPrésents : DELVAL Roger - MOREAUX Chantal.\n"
        "1. Compte administratif :\nMonsieur le Maire s'étant retiré, le Conseil Municipal "
        "adopte le compte administratif à l'unanimité.\n"
    )
    resultat = lire_extrait(corps)
    assert resultat.seance is not None
    assert resultat.seance.assemblee.collectivite.type is TypeCollectivite.COMMUNE
    autre = lire_extrait(corps.replace("Monsieur le Maire", "Monsieur le Président"))
    assert autre.seance is not None
    assert autre.seance.assemblee.collectivite.type is None


# ------------------------------------------------------------------ propriétés

_PRENOMS = ("Alain", "Annie", "Jean-Luc", "Sylvie", "Gérard", "Hélène", "Marc", "Odile")
# (un nom de famille n'est jamais une civilité : « MLLE Alain » se lit « Mlle Alain »)
_CIVILITES = frozenset(("MLLE", "MMES", "MADAME", "MONSIEUR", "MESSIEURS", "MESDAMES", "MADEMOISELLE"))
_NOMS = st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVZ", min_size=4, max_size=9).filter(
    lambda nom: nom not in _CIVILITES
)
_PERSONNES = st.lists(
    st.tuples(st.sampled_from(_PRENOMS), _NOMS), min_size=3, max_size=8, unique_by=lambda p: p[1]
)


@given(_PERSONNES, st.data())
def test_pouvoirs_colles_relus(personnes: list[tuple[str, str]], data: st.DataObject) -> None:
    """Des pouvoirs « X donne pouvoir à Y » collés sans séparateur : chacun relu."""
    presents, mandants = personnes[:2], personnes[2:]
    pouvoirs = [(m, data.draw(st.sampled_from(presents))) for m in mandants]
    texte = (
        ENTETE + "Présents : " + ", ".join(f"{p} {n}" for p, n in presents) + "\n"
        "Absents représentés : "
        + " ".join(f"{m[0]} {m[1]} donne pouvoir à {y[0]} {y[1]}" for m, y in pouvoirs)
        + "\n" + FIN
    )
    assert sorted(_pouvoirs(_seance(texte))) == sorted((m[1], y[1]) for m, y in pouvoirs)


@given(_PERSONNES, st.lists(st.sampled_from("PSRA"), min_size=8, max_size=8))
def test_tableau_a_croix_relu(personnes: list[tuple[str, str]], statuts: list[str]) -> None:
    """Un tableau à croix écrit d'après des présences tirées au hasard, puis relu : P présent,
    S suppléé par un suppléant, R pouvoir donné au premier délégué (présent), A absent."""
    premier, autres = personnes[0], personnes[1:]
    lignes = [f"{premier[1]} {premier[0]}\tCommune\tX"]
    attendus: dict[str, list[str]] = {"P": [premier[1]], "S": [], "R": [], "A": []}
    for (prenom, nom), statut in zip(autres, statuts, strict=False):
        autre = {"P": "", "S": f"SUPPL{nom} Luc", "R": f"{premier[1]} {premier[0]}", "A": ""}[statut]
        marque = "X" if statut in "PS" else ""
        lignes.append("\t".join(c for c in (f"{nom} {prenom}", "Commune", marque, autre)).rstrip("\t"))
        attendus[statut].append(nom)
    s = _seance(ENTETE + _EN_TETE_CROIX + "\n".join(lignes) + "\n" + FIN)
    par_statut = {
        "P": StatutPresence.PRESENT, "S": StatutPresence.REMPLACE,
        "R": StatutPresence.REPRESENTE, "A": StatutPresence.ABSENT,
    }  # fmt: skip
    for cle, statut in par_statut.items():
        lus = sorted(p.elu.nom for p in s.presences if p.statut is statut)
        assert lus == sorted(attendus[cle]), cle


# ------------------------------------------------------------------ colonnes aplaties, heures


def test_colonnes_d_un_proces_verbal_aplati() -> None:
    ligne = (
        "PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE – LACANAU-VILLE PRESIDENTE : Hélène DARRIET "
        "ETAIENT PRESENTS : Marc LABORDE, Claude BERTIN Membres titulaires : Alain PEYROT "
        "ETAIENT REPRESENTES : Pierre LESCURE (pouvoir à Marc LABORDE) ETAIENT ABSENTS EXCUSES : "
        "Rose MANCIET, Membres suppléants remplaçants un membre titulaire Denis LAPEYRE Membres "
        "suppléants : Odile BRUN SECRETAIRE DE SEANCE : Alain PEYROT ------------ DESIGNATION"
    )
    morceaux = [m for _, m in segmenter(ligne)]
    assert morceaux[1] == "PRESIDENTE : Hélène DARRIET"  # pas « LE PRESIDENTE »
    assert "Membres titulaires : Alain PEYROT" in morceaux
    assert "ETAIENT REPRESENTES : Pierre LESCURE (pouvoir à Marc LABORDE)" in morceaux
    s = _seance("Séance du 15 septembre 2020\n" + ligne + " " + "x " * 500 + "\n" + FIN)
    assert sorted(_noms(s, StatutPresence.PRESENT)) == [
        "Alain PEYROT", "Claude BERTIN", "Hélène DARRIET", "Marc LABORDE",
    ]  # fmt: skip
    assert [(p.elu.nom, p.statut) for p in s.presences if p.elu.nom == "LAPEYRE"] == [
        ("LAPEYRE", StatutPresence.SUPPLEANT)
    ]
    assert all(p.elu.nom != "BRUN" for p in s.presences)  # suppléante sans voix : pas membre
    assert [e.nom for e in s.secretaires] == ["PEYROT"]


def test_pouvoirs_successifs_bornes_par_des_heures() -> None:
    texte = (
        ENTETE + "Sont présents :\nMonsieur Marc RIVALLAN, Madame Hélène DUCLOS, Monsieur Denis "
        "PRIGENT, Monsieur Patrick GUILLOTIN\nSont excusés :\n"
        "Monsieur Yves LE BORGNE (pouvoir à M. RIVALLAN à partir de 11 H 00)\n"
        "Madame Maryvonne LE GALL (pouvoirs à M. GUILLOTIN jusqu'à 10 H 25, à M. PRIGENT de "
        "10 H 25 à 11 H 20, à Mme DUCLOS à partir de 11 H 20)\n"
        "Monsieur Thierry ROPARS, Conseillers régionaux\n" + FIN
    )
    s = _seance(texte)
    assert sorted(_pouvoirs(s)) == [
        ("LE BORGNE", "RIVALLAN"), ("LE GALL", "DUCLOS"), ("LE GALL", "GUILLOTIN"),
        ("LE GALL", "PRIGENT"),
    ]  # fmt: skip
    assert "Yves LE BORGNE" in _noms(s, StatutPresence.PRESENT)  # présent avant 11 h
    assert "Maryvonne LE GALL" not in _noms(s, StatutPresence.PRESENT)  # absente à l'ouverture
    assert "extrait.nom-illisible" not in _codes(texte)  # « Conseillers régionaux » : fonction


@given(_PERSONNES)
def test_nombre_puis_liste_relu(personnes: list[tuple[str, str]]) -> None:
    """« Nombre de conseillers présents : N : NOM Prénom, … ; » écrit puis relu : la liste et
    le nombre tel qu'écrit."""
    liste = ", ".join(f"{nom} {prenom}" for prenom, nom in personnes)
    s = _seance(ENTETE + f"Nombre de conseillers présents : {len(personnes)} : {liste} ;\n" + FIN)
    assert sorted(p.elu.nom for p in s.presences) == sorted(nom for _, nom in personnes)
    assert s.decomptes is not None and s.decomptes.presents == len(personnes)


@given(_PERSONNES, st.lists(st.integers(8, 19), min_size=1, max_size=3, unique=True))
def test_pouvoirs_successifs_relus(personnes: list[tuple[str, str]], heures: list[int]) -> None:
    """Un mandant et ses pouvoirs successifs « à M. A jusqu'à H, à M. B de H à H', à M. C à
    partir de H' » écrits puis relus, dans l'ordre."""
    heures = sorted(heures)
    mandant, mandataires = personnes[0], personnes[1 : len(heures) + 2]
    bornes = [f"jusqu'à {heures[0]} H 00"]
    bornes += [f"de {a} H 00 à {b} H 00" for a, b in pairwise(heures)]
    bornes.append(f"à partir de {heures[-1]} H 00")
    parties = [f"à M. {nom} {borne}" for (_, nom), borne in zip(mandataires, bornes, strict=False)]
    texte = (
        ENTETE + "Présents : " + ", ".join(f"M. {p} {n}" for p, n in mandataires) + "\n"
        f"Excusés : M. {mandant[0]} {mandant[1]} (pouvoirs " + ", ".join(parties) + ")\n" + FIN
    )
    attendus = [(mandant[1], nom) for (_, nom), _ in zip(mandataires, bornes, strict=False)]
    assert _pouvoirs(_seance(texte)) == attendus
