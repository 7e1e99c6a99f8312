"""A case written to the database comes back exactly as it was: every field, every character."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Extension,
    HeirPurpose,
    Jurisdiction,
    Language,
    OutcomeKind,
    Practitioner,
    Relationship,
    Requester,
    RightOutcome,
    Title,
)
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.store.cases import insert_case, load_case
from lazeo_desk.store.database import Database


def full_case() -> Case:
    """Every field set, with the characters that break careless code."""
    return Case(
        jurisdiction=Jurisdiction.FR,
        language=Language.FR,
        channel=Channel.POST,
        received=date(2026, 1, 31),
        rights=(Right.MEDICAL_RECORD, Right.ACCESS, Right.ERASURE),
        subject=DataSubject(
            name="Anaïs O'Brien-<Zoë> & Fils",
            birth_date=date(1948, 5, 17),
            email="anais.obrien@example.fr",
            address=(
                "Résidence « Les Tilleuls » <Bât. B>",
                "12 bis, rue de l'Église & Cie",
                "33000 BORDEAUX",
            ),
            title=Title.MRS,
            family_name="O'Brien-<Zoë>",
            patient_number="FR-204517",
            centre="Bordeaux",
            minor=False,
            deceased=True,
            death_date=date(2025, 12, 24),
            last_consultation=date(2025, 11, 3),
        ),
        requester=Requester(
            relationship=Relationship.HEIR,
            name="Ëlodie Dubois-Lefèvre <fille>",
            address=("Appartement 3", "5 cours Lafayette", "69003 LYON", "FRANCE"),
            email="elodie.dubois@example.org",
            proof="Acte de notoriété du 10/01/2026 & certificat de décès",
            title=Title.MAITRE,
            family_name="Dubois-Lefèvre",
            purpose=HeirPurpose.ASSERT_RIGHTS,
            purpose_explanation="Succession & assurance-vie <contrat 42>",
            designated_practitioner=Practitioner(
                name="Dr. Pieter Wouters", address=("Lange Leemstraat 5", "2018 Antwerpen"), family_name="Wouters"
            ),
        ),
        status=Status.IN_PROGRESS,
        completed=date(2026, 2, 9),
        answered=date(2026, 3, 3),
        closed=date(2026, 3, 4),
        awaiting_since=date(2026, 2, 2),
        info_requested=date(2026, 2, 2),
        extension=Extension("Dossiers dans trois centres\nsur cinq ans", date(2026, 2, 20)),
        records_older_than_5_years=True,
        outcomes={
            Right.MEDICAL_RECORD: RightOutcome(OutcomeKind.GRANTED),
            Right.ERASURE: RightOutcome(
                OutcomeKind.PARTLY_GRANTED,
                "GDPR Art 17(3)(b)/(c): dossier médical conservé jusqu'au 03/11/2045",
            ),
            Right.ACCESS: RightOutcome(OutcomeKind.REFUSED, "Art 15(4) — <tiers> & secret médical"),
        },
        request_text="Madame, Monsieur,\n\nJe souhaite obtenir le dossier médical de mon père.\n\n— É. D.",
        notes="Appel du 2/2 : pièces demandées.\nPièces reçues le 9/2.",
    )


def _store_and_load(db: Database, case: Case, clock: FixedClock, actor: str = "Brigitte Pérez") -> Case:
    with db.transaction() as session:
        insert_case(
            session,
            case,
            due_date=None,
            strict_due_date=None,
            now=clock.now(),
            actor=actor,
            opening_text="opened",
        )
    assert case.reference is not None
    with db.transaction() as session:
        loaded, version = load_case(session, case.reference)
    assert version == 1
    return loaded


def _without_timeline(case: Case) -> Case:
    return dataclasses.replace(case, timeline=[])


def test_a_case_with_every_field_set_comes_back_equal(db: Database, clock: FixedClock) -> None:
    case = full_case()
    loaded = _store_and_load(db, case, clock)
    assert _without_timeline(loaded) == case


def test_the_rights_come_back_in_the_order_they_were_invoked(db: Database, clock: FixedClock) -> None:
    loaded = _store_and_load(db, full_case(), clock)
    assert loaded.rights == (Right.MEDICAL_RECORD, Right.ACCESS, Right.ERASURE)


def test_the_opening_event_is_stored_with_who_and_when(db: Database, clock: FixedClock) -> None:
    loaded = _store_and_load(db, full_case(), clock, actor="Brigitte Pérez")
    [event] = loaded.timeline
    assert event.actor == "Brigitte Pérez"
    assert event.kind == "opened"
    assert event.at == clock.now()
    assert event.at.tzinfo is not None
    assert event.at.astimezone(UTC) == clock.now().astimezone(UTC)


def test_a_case_with_only_the_required_fields_comes_back_equal(db: Database, clock: FixedClock) -> None:
    case = Case(
        jurisdiction=Jurisdiction.LU,
        language=Language.EN,
        channel=Channel.WEB_FORM,
        received=date(2026, 5, 23),
        rights=(Right.PORTABILITY,),
        subject=DataSubject(name="Tom Weber"),
    )
    loaded = _store_and_load(db, case, clock)
    assert _without_timeline(loaded) == case
    assert loaded.extension is None
    assert loaded.outcomes == {}


def test_email_addresses_are_kept_as_typed(db: Database, clock: FixedClock) -> None:
    case = full_case()
    case.subject.email = "Anais.OBrien@Example.fr"
    case.requester.email = "Elodie.Dubois@Example.org"
    loaded = _store_and_load(db, case, clock)
    assert loaded.subject.email == "Anais.OBrien@Example.fr"
    assert loaded.requester.email == "Elodie.Dubois@Example.org"


# Any character a person can type (lone surrogates cannot be encoded); no line break inside one address line.
_TEXT = st.text(max_size=60)
_LINE = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\n"), min_size=1, max_size=40)
_ADDRESS = st.lists(_LINE, max_size=6).map(tuple)
_EMAIL = st.from_regex(r"[a-z0-9._%+-]{1,20}@[a-z0-9.-]{1,20}\.[a-z]{2,6}", fullmatch=True)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    subject_name=_TEXT,
    subject_address=_ADDRESS,
    subject_email=_EMAIL,
    patient_number=st.text(max_size=64),
    centre=st.text(max_size=60),
    requester_name=_TEXT,
    requester_address=_ADDRESS,
    proof=_TEXT,
    reason=_TEXT,
    ground=_TEXT,
    request_text=st.text(max_size=300),
    notes=st.text(max_size=300),
)
def test_any_text_comes_back_unchanged(
    db: Database,
    clock: FixedClock,
    subject_name: str,
    subject_address: tuple[str, ...],
    subject_email: str,
    patient_number: str,
    centre: str,
    requester_name: str,
    requester_address: tuple[str, ...],
    proof: str,
    reason: str,
    ground: str,
    request_text: str,
    notes: str,
) -> None:
    # The database is shared by the examples (a function-scoped fixture): each example adds its own case.
    if db.on_server:
        # PostgreSQL's text holds any character but NUL, which it refuses with a message (test_database_errors).
        subject_name, subject_email, patient_number, centre, requester_name, proof, reason, ground, request_text, \
            notes = (t.replace("\x00", "") for t in (subject_name, subject_email, patient_number, centre,
                                                       requester_name, proof, reason, ground, request_text, notes))
        subject_address = tuple(line.replace("\x00", "") for line in subject_address)
        requester_address = tuple(line.replace("\x00", "") for line in requester_address)
    case = full_case()
    case.subject = dataclasses.replace(
        case.subject,
        name=subject_name,
        address=subject_address,
        email=subject_email,
        patient_number=patient_number,
        centre=centre,
    )
    case.requester = dataclasses.replace(
        case.requester, name=requester_name, address=requester_address, proof=proof
    )
    case.extension = Extension(reason, date(2026, 2, 20))
    case.outcomes[Right.ERASURE] = RightOutcome(OutcomeKind.PARTLY_GRANTED, ground)
    case.request_text = request_text
    case.notes = notes
    loaded = _store_and_load(db, case, clock)
    assert _without_timeline(loaded) == case


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    received=st.dates(date(2000, 1, 1), date(2099, 12, 31)),
    offsets=st.lists(st.none() | st.integers(0, 400), min_size=5, max_size=5),
    rights=st.lists(st.sampled_from(list(Right)), min_size=1, max_size=8, unique=True),
    status=st.sampled_from(list(Status)),
    jurisdiction=st.sampled_from(list(Jurisdiction)),
    language=st.sampled_from(list(Language)),
    channel=st.sampled_from(list(Channel)),
    relationship=st.sampled_from(list(Relationship)),
    flags=st.tuples(st.booleans(), st.booleans(), st.booleans()),
)
def test_any_dates_enums_and_flags_come_back_unchanged(
    db: Database,
    clock: FixedClock,
    received: date,
    offsets: list[int | None],
    rights: list[Right],
    status: Status,
    jurisdiction: Jurisdiction,
    language: Language,
    channel: Channel,
    relationship: Relationship,
    flags: tuple[bool, bool, bool],
) -> None:
    def after(offset: int | None) -> date | None:
        return None if offset is None else date.fromordinal(received.toordinal() + offset)

    minor, deceased, older = flags
    case = Case(
        jurisdiction=jurisdiction,
        language=language,
        channel=channel,
        received=received,
        rights=tuple(rights),
        subject=DataSubject(name="Lotte Maes", minor=minor, deceased=deceased, death_date=after(offsets[4])),
        requester=Requester(relationship, "Jan Maes" if relationship is not Relationship.SELF else ""),
        status=status,
        completed=after(offsets[0]),
        answered=after(offsets[1]),
        closed=after(offsets[2]),
        awaiting_since=after(offsets[3]),
        info_requested=after(offsets[3]),
        records_older_than_5_years=older,
    )
    loaded = _store_and_load(db, case, clock)
    assert _without_timeline(loaded) == case
