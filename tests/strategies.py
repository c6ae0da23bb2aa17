"""Stratégies hypothesis : objets valides du modèle, tirés au hasard."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st
from stdnum import luhn

from deliberations.identifiants import departement
from deliberations.model import (
    Assemblee,
    Budget,
    Candidat,
    CategorieDeliberation,
    ChoixVote,
    Civilite,
    Collectivite,
    DecomptesDeclares,
    Deliberation,
    Demission,
    Elu,
    FaitNonEtabli,
    Fonction,
    Mandat,
    ModeScrutin,
    MotifRetrait,
    NatureActe,
    Organe,
    Presence,
    Procuration,
    Registre,
    ResultatVote,
    Retrait,
    RoleMandat,
    Scrutin,
    Seance,
    StatutPresence,
    Transmission,
    TypeCollectivite,
    TypeSeance,
    Vote,
)
from deliberations.nomenclature import matieres
from deliberations.texte import espaces_normalises, sans_invisibles

texte_libre = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda t: espaces_normalises(sans_invisibles(t)) != "")
noms = st.from_regex(r"[A-ZÉ][A-Za-zéèçëÉÈ' -]{0,15}", fullmatch=True).filter(
    lambda t: espaces_normalises(t) != ""
)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))
comptes = st.none() | st.integers(min_value=0, max_value=300)


@st.composite
def sirens(draw: st.DrawFn) -> str:
    corps = draw(st.from_regex(r"[0-9]{8}", fullmatch=True))
    return corps + luhn.calc_check_digit(corps)


@st.composite
def sirets(draw: st.DrawFn, siren: str | None = None) -> str:
    base = (siren or draw(sirens())) + draw(st.from_regex(r"[0-9]{4}", fullmatch=True))
    return base + luhn.calc_check_digit(base)


@st.composite
def periodes(draw: st.DrawFn) -> tuple[dt.date | None, dt.date | None]:
    a, b = draw(st.none() | dates), draw(st.none() | dates)
    if a is not None and b is not None and b < a:
        a, b = b, a
    return a, b


elus = st.builds(
    Elu,
    nom=noms,
    prenom=st.none() | noms,
    civilite=st.none() | st.sampled_from(Civilite),
    identifiant=st.none() | st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True),
)


@st.composite
def collectivites(draw: st.DrawFn) -> Collectivite:
    siren = draw(st.none() | sirens())
    siret = draw(st.none() | sirets(siren=siren))
    return Collectivite(
        nom=draw(texte_libre),
        type=draw(st.sampled_from(TypeCollectivite)),
        siren=siren,
        siret=siret,
        departement=draw(st.none() | st.sampled_from(sorted(departement.CODES))),
        arrondissement=draw(st.none() | st.sampled_from("0123456789")),
        population=draw(comptes),
    )


@st.composite
def mandats(draw: st.DrawFn) -> Mandat:
    debut, fin = draw(periodes())
    role = draw(st.sampled_from(RoleMandat))
    elu = draw(elus)
    titulaire = None
    if role is RoleMandat.SUPPLEANT:
        titulaire = draw(st.none() | elus.filter(lambda t: not t.correspond(elu)))
    return Mandat(
        elu=elu,
        fonction=draw(st.sampled_from(Fonction)),
        debut=debut,
        fin=fin,
        motif_fin=draw(st.none() | texte_libre),
        commune=draw(st.none() | texte_libre),
        role=role,
        titulaire=titulaire,
    )


@st.composite
def presences(draw: st.DrawFn) -> Presence:
    statut = draw(st.sampled_from(StatutPresence))
    arrivee = depart = suppleant = None
    if statut.physiquement_present:
        arrivee = draw(st.none() | st.integers(1, 20))
        depart = draw(st.none() | st.integers(arrivee or 1, 30))
    if statut is StatutPresence.REMPLACE:
        suppleant = draw(st.none() | elus)
    return Presence(
        elu=draw(elus),
        statut=statut,
        arrivee_point=arrivee,
        depart_point=depart,
        suppleant=suppleant,
    )


@st.composite
def procurations(draw: st.DrawFn) -> Procuration:
    mandant = draw(elus)
    mandataire = draw(elus.filter(lambda e: not e.correspond(mandant)))
    debut, fin = draw(periodes())
    return Procuration(
        mandant=mandant,
        mandataire=mandataire,
        date=draw(st.none() | dates),
        debut=debut,
        fin=fin,
        ecrite=draw(st.booleans()),
        maladie=draw(st.booleans()),
    )


scrutins = st.builds(
    Scrutin,
    mode=st.none() | st.sampled_from(ModeScrutin),
    libelle=st.none() | texte_libre,
    pour=comptes,
    contre=comptes,
    abstentions=comptes,
    ne_prend_pas_part=comptes,
    blancs_nuls=comptes,
    dont_procurations=comptes,
    votes=st.lists(
        st.builds(Vote, elu=elus, choix=st.sampled_from(ChoixVote), mandataire=st.none() | elus),
        max_size=3,
    ),
    resultat=st.none() | st.sampled_from(ResultatVote),
    unanimite=st.booleans(),
    voix_preponderante=st.booleans(),
    tour=st.none() | st.integers(1, 3),
    candidats=st.lists(
        st.builds(
            Candidat,
            nom=texte_libre,
            voix=st.integers(0, 100),
            naissance=st.none() | dates,
            designe=st.booleans(),
        ),
        max_size=3,
    ),
    demandeurs=comptes,
    secret_ecarte=st.booleans(),
)


@st.composite
def budgets(draw: st.DrawFn) -> Budget:
    annee = draw(st.integers(1990, 2040))
    intervalle = draw(st.booleans())
    texte = f"{annee}/{annee + draw(st.integers(1, 3))}" if intervalle else str(annee)
    return Budget(annee=texte, nom=draw(st.none() | texte_libre))


transmissions = st.builds(
    Transmission,
    prefecture=st.none() | st.from_regex(r"PREF0[0-9]{2}", fullmatch=True),
    identifiant_actes=st.none() | texte_libre,
    date_envoi=st.none() | dates,
    date_reception=st.none() | dates,
)

deliberations_st = st.builds(
    Deliberation,
    numero=st.from_regex(r"[A-Z0-9][A-Z0-9_]{0,13}", fullmatch=True),
    objet=texte_libre,
    theme=st.none() | texte_libre,
    nature=st.sampled_from(NatureActe),
    matiere=st.none() | st.sampled_from([m.code for m in matieres()]),
    rang=st.none() | st.integers(1, 99),
    date=st.none() | dates,
    rapporteur=st.none() | elus,
    president=st.none() | elus,
    expose=st.none() | texte_libre,
    dispositif=st.lists(texte_libre, max_size=3),
    budget=st.none() | budgets(),
    scrutins=st.lists(scrutins, max_size=2),
    retraits=st.lists(
        st.builds(Retrait, elu=elus, motif=st.sampled_from(MotifRetrait)), max_size=2
    ),
    transmission=st.none() | transmissions,
    url=st.none() | st.just("https://exemple.fr/d/1.pdf"),
    categorie=st.none() | st.sampled_from(CategorieDeliberation),
    representants_organisme=st.lists(elus, max_size=2),
)

assemblees = st.builds(
    Assemblee,
    collectivite=collectivites(),
    organe=st.sampled_from(Organe),
    mandats=st.lists(mandats(), max_size=5),
    effectif_legal=st.none() | st.integers(1, 200),
)

seances = st.builds(
    Seance,
    assemblee=assemblees,
    date=dates,
    heure=st.none() | st.times().map(lambda t: t.replace(microsecond=0)),
    lieu=st.none() | texte_libre,
    president=st.none() | elus,
    secretaires=st.lists(elus, max_size=2),
    date_convocation=st.none() | dates,
    type=st.sampled_from(TypeSeance),
    seconde_convocation=st.booleans(),
    presences=st.lists(presences(), max_size=5),
    procurations=st.lists(procurations(), max_size=3),
    deliberations=st.lists(deliberations_st, max_size=3),
    decomptes=st.none()
    | st.builds(
        DecomptesDeclares,
        membres=comptes,
        en_exercice=comptes,
        presents=comptes,
        absents=comptes,
        procurations=comptes,
        votants=comptes,
    ),
    date_defaut_quorum=st.none() | dates,
    note_explicative=st.none() | st.booleans(),
    demissions=st.lists(
        st.builds(Demission, elu=elus, apres_point=st.integers(0, 10)), max_size=2
    ),
    non_etablis=st.lists(st.sampled_from(FaitNonEtabli), max_size=3),
)

registres = st.builds(Registre, seances=st.lists(seances, max_size=2))

json_quelconque: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda enfants: (
        st.lists(enfants, max_size=4) | st.dictionaries(st.text(max_size=10), enfants, max_size=4)
    ),
    max_leaves=20,
)
