"""The case use cases: validation, one timeline event per change, status rules, the paused clock, extension,
optimistic locking, closing and recounting deadlines."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import IntegrityError

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Extension,
    Jurisdiction,
    Language,
    OutcomeKind,
    Relationship,
    Requester,
    RightOutcome,
)
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.deadlines import CountdownState, Governing
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import TRANSITIONS, Status, TransitionError, check_transition
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.cases import CaseNotFound, StaleCase
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import CaseRightRow, CaseRow, EventRow, ReferenceCounter

PARIS = ZoneInfo("Europe/Paris")


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=PARIS)


def _case(
    received: date = date(2026, 3, 5),
    *,
    jurisdiction: Jurisdiction = Jurisdiction.BE,
    rights: tuple[Right, ...] = (Right.ACCESS,),
    status: Status = Status.NEW,
    name: str = "Sofie Peeters",
) -> Case:
    return Case(
        jurisdiction=jurisdiction,
        language=Language.NL,
        channel=Channel.EMAIL,
        received=received,
        rights=rights,
        status=status,
        subject=DataSubject(name=name, email="sofie.peeters@example.be", centre="Antwerpen"),
    )


@dataclasses.dataclass(frozen=True)
class Stored:
    """What the database holds for one case, read with plain queries."""

    status: str
    version: int
    due_date: date | None
    strict_due_date: date | None
    urgency: int
    rights: tuple[tuple[str, str | None, str], ...]
    events: tuple[tuple[str, str], ...]


def _stored(db: Database, reference: str) -> Stored:
    with db.transaction() as session:
        row = session.scalars(select(CaseRow).where(CaseRow.reference == reference)).one()
        events = session.execute(
            select(EventRow.kind, EventRow.text).where(EventRow.case_id == row.id).order_by(EventRow.id)
        ).all()
        return Stored(
            row.status,
            row.version,
            row.due_date,
            row.strict_due_date,
            row.urgency,
            tuple((r.right, r.outcome, r.ground) for r in row.right_rows),
            tuple((kind, body) for kind, body in events),
        )


def _counts(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (CaseRow, CaseRightRow, EventRow, ReferenceCounter)
        }


def _change_line(body: str, label: str) -> tuple[str, str]:
    """The old and new values of ``label`` in a timeline text ("label: old → new")."""
    [line] = [line for line in body.splitlines() if line.startswith(f"{label}:")]
    old, new = line.removeprefix(f"{label}:").split("→")
    return old.strip(), new.strip()


# Opening ----------------------------------------------------------------------------------------------------


def test_opening_a_case_stores_it_with_its_governing_due_date(service: CaseService, db: Database) -> None:
    # SCENARIOS.md 1: Gent, received 2026-03-05, access and medical file: the Belgian 15 days govern.
    reference = service.open_case(_case(rights=(Right.ACCESS, Right.MEDICAL_RECORD)))
    stored = _stored(db, reference)
    assert stored.due_date == date(2026, 3, 20)
    assert stored.strict_due_date == date(2026, 3, 20)
    assert stored.version == 1
    assert [kind for kind, _ in stored.events] == ["opened"]
    assert service.load(reference).deadline.gdpr.final == date(2026, 4, 7)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda c: setattr(c.subject, "name", "  "), "subject.name"),
        (lambda c: setattr(c, "rights", ()), "rights"),
        (lambda c: setattr(c, "rights", (Right.ACCESS, Right.ACCESS)), "rights"),
        (lambda c: setattr(c, "received", date(2026, 3, 11)), "received"),
        (lambda c: setattr(c, "completed", date(2026, 3, 4)), "completed"),
        (lambda c: setattr(c, "answered", date(2026, 3, 1)), "answered"),
        (lambda c: setattr(c.subject, "birth_date", date(2026, 3, 6)), "subject.birth_date"),
        (lambda c: setattr(c.subject, "death_date", date(2026, 1, 1)), "subject.death_date"),
        (lambda c: setattr(c, "requester", Requester(Relationship.PARENT)), "requester.name"),
        (
            lambda c: setattr(c, "requester", Requester(Relationship.HEIR, "Jan Peeters")),
            "requester.relationship",
        ),
        (lambda c: setattr(c, "extension", Extension(" ", date(2026, 3, 6))), "extension.reason"),
        (
            lambda c: setattr(c, "outcomes", {Right.ERASURE: RightOutcome(OutcomeKind.GRANTED)}),
            "outcomes.erasure",
        ),
        (
            lambda c: setattr(c, "outcomes", {Right.ACCESS: RightOutcome(OutcomeKind.REFUSED)}),
            "outcomes.access",
        ),
    ],
)
def test_open_case_rejects_an_invalid_case_naming_the_field_and_writes_nothing(
    service: CaseService, db: Database, change: Callable[[Case], None], field: str
) -> None:
    case = _case()
    change(case)
    with pytest.raises(CaseRuleError) as caught:
        service.open_case(case)
    assert f"{field}:" in str(caught.value)
    assert set(_counts(db).values()) == {0}
    assert case.reference is None


def test_a_case_opened_as_awaiting_the_requester_must_say_since_when(
    service: CaseService, db: Database
) -> None:
    # Without that day the register shows the open case as closed and the case detail as running.
    case = _case(status=Status.AWAITING_REQUESTER)
    with pytest.raises(CaseRuleError, match="awaiting_since:"):
        service.open_case(case)
    assert set(_counts(db).values()) == {0}


def test_every_problem_of_a_case_is_named_at_once(service: CaseService) -> None:
    case = _case()
    case.subject.name = ""
    case.rights = ()
    with pytest.raises(CaseRuleError) as caught:
        service.open_case(case)
    assert "subject.name:" in str(caught.value)
    assert "rights:" in str(caught.value)


def test_loading_an_unknown_reference_says_so(service: CaseService) -> None:
    with pytest.raises(CaseNotFound, match="DSAR-2026-0042"):
        service.load("DSAR-2026-0042")


def test_a_reference_is_found_whatever_its_case(service: CaseService) -> None:
    reference = service.open_case(_case())
    assert service.load(f" {reference.lower()} ").case.reference == reference


# One timeline event per change, in the same transaction -----------------------------------------------------


def test_each_change_writes_exactly_one_timeline_event(
    service: CaseService, db: Database, clock: FixedClock
) -> None:
    reference = service.open_case(_case(rights=(Right.ACCESS, Right.ERASURE)))
    actions: list[tuple[str, Callable[[], object]]] = [
        ("status", lambda: service.change_status(reference, Status.VERIFYING_IDENTITY)),
        ("status", lambda: service.mark_awaiting_requester(reference, items="a copy of the mandate")),
        ("resumed", lambda: service.resume(reference)),
        ("note", lambda: service.add_note(reference, "Called the patient back")),
        ("extended", lambda: service.extend(reference, "Files in three centres")),
        ("outcome", lambda: service.record_outcome(reference, Right.ACCESS, OutcomeKind.GRANTED)),
        (
            "closed",
            lambda: service.close(
                reference, {Right.ERASURE: RightOutcome(OutcomeKind.PARTLY_GRANTED, "Art 17(3)(c)")}
            ),
        ),
    ]
    for expected_kind, action in actions:
        before = _stored(db, reference)
        action()
        after = _stored(db, reference)
        assert len(after.events) == len(before.events) + 1, expected_kind
        assert after.events[-1][0] == expected_kind
        assert after.version == before.version + 1
    assert {event.actor for event in service.load(reference).case.timeline} == {service.actor}


def test_an_edit_is_recorded_with_old_and_new_values(service: CaseService, db: Database) -> None:
    reference = service.open_case(_case())
    loaded = service.load(reference)
    edited = loaded.case
    edited.subject.name = "Sofie Peeters-Maes"
    edited.subject.address = ("Kerkstraat 12 bus 3", "2000 Antwerpen")
    edited.notes = "Prefers letters"
    service.save(edited, expected_version=loaded.version)
    kind, body = _stored(db, reference).events[-1]
    assert kind == "edited"
    assert _change_line(body, "subject name") == ("Sofie Peeters", "Sofie Peeters-Maes")
    assert _change_line(body, "subject address") == ("(empty)", "Kerkstraat 12 bus 3 / 2000 Antwerpen")
    assert _change_line(body, "notes") == ("(empty)", "Prefers letters")
    assert "centre" not in body


def test_a_status_move_is_recorded_with_old_and_new_status(service: CaseService, db: Database) -> None:
    reference = service.open_case(_case())
    service.change_status(reference, Status.IN_PROGRESS, note="Identity matches the patient file")
    kind, body = _stored(db, reference).events[-1]
    assert kind == "status"
    assert "Identity matches the patient file" in body
    old, new = _change_line(body, "status")
    assert Status.parse(old) is Status.NEW
    assert Status.parse(new) is Status.IN_PROGRESS


@contextmanager
def _failing_timeline(db: Database) -> Iterator[list[str]]:
    """Make every timeline insert fail, and record the statements sent before it."""
    sent: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(statement)

    with db.engine.begin() as connection:
        if db.on_server:
            connection.execute(text(
                "CREATE FUNCTION refuse_events() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'timeline refused' USING ERRCODE = 'integrity_constraint_violation'; END $$"
            ))
            connection.execute(text(
                "CREATE TRIGGER refuse_events BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION refuse_events()"
            ))
        else:
            connection.execute(
                text(
                    "CREATE TRIGGER refuse_events BEFORE INSERT ON events "
                    "BEGIN SELECT RAISE(ABORT, 'timeline refused'); END"
                )
            )
    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
        with db.engine.begin() as connection:
            if db.on_server:
                connection.execute(text("DROP TRIGGER refuse_events ON events"))
                connection.execute(text("DROP FUNCTION refuse_events()"))
            else:
                connection.execute(text("DROP TRIGGER refuse_events"))


def test_a_change_is_not_kept_when_its_timeline_event_cannot_be_written(
    service: CaseService, db: Database
) -> None:
    reference = service.open_case(_case())
    before = _stored(db, reference)
    with _failing_timeline(db) as sent, pytest.raises(IntegrityError):
        service.change_status(reference, Status.IN_PROGRESS)
    # The case row was updated before the event failed: the rollback undid it.
    assert any(statement.startswith("UPDATE cases") for statement in sent)
    assert _stored(db, reference) == before


# Status rules -----------------------------------------------------------------------------------------------


def _open_in(service: CaseService, status: Status) -> str:
    case = _case(status=status)
    if status is Status.AWAITING_REQUESTER:
        case.awaiting_since = case.info_requested = date(2026, 3, 6)
    if status in (Status.ANSWERED, Status.CLOSED, Status.REFUSED, Status.REFERRED):
        case.answered = date(2026, 3, 9)
    if status is Status.CLOSED:
        case.closed = date(2026, 3, 9)
    return service.open_case(case)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Status.NEW, Status.CLOSED),
        (Status.NEW, Status.ANSWERED),
        (Status.AWAITING_REQUESTER, Status.ANSWERED),
        (Status.IN_PROGRESS, Status.CLOSED),
        (Status.CLOSED, Status.IN_PROGRESS),
        (Status.REFUSED, Status.IN_PROGRESS),
        (Status.IN_PROGRESS, Status.IN_PROGRESS),
    ],
)
def test_a_forbidden_status_move_names_the_rule_and_writes_nothing(
    service: CaseService, db: Database, current: Status, target: Status
) -> None:
    reference = _open_in(service, current)
    before = _stored(db, reference)
    with pytest.raises(TransitionError) as caught:
        service.change_status(reference, target)
    with pytest.raises(TransitionError) as rule:
        check_transition(current, target)
    assert str(caught.value) == str(rule.value)
    assert current.label in str(caught.value)
    assert _stored(db, reference) == before


def test_every_forbidden_move_is_refused_and_every_allowed_move_is_recorded(
    service: CaseService, db: Database
) -> None:
    for current in Status:
        for target in Status:
            reference = _open_in(service, current)
            before = _stored(db, reference)
            if target in TRANSITIONS[current]:
                assert service.change_status(reference, target).case.status is target
                assert len(_stored(db, reference).events) == len(before.events) + 1
            else:
                with pytest.raises(TransitionError):
                    service.change_status(reference, target)
                assert _stored(db, reference) == before, f"{current} -> {target}"


def test_closing_a_new_case_is_refused_and_writes_nothing(service: CaseService, db: Database) -> None:
    reference = service.open_case(_case())
    before = _stored(db, reference)
    with pytest.raises(TransitionError):
        service.close(reference, {Right.ACCESS: RightOutcome(OutcomeKind.GRANTED)})
    assert _stored(db, reference) == before


# The paused clock -------------------------------------------------------------------------------------------


def test_awaiting_the_requester_pauses_the_clock(
    service: CaseService, db: Database, clock: FixedClock
) -> None:
    reference = service.open_case(_case(status=Status.IN_PROGRESS))
    loaded = service.mark_awaiting_requester(reference, items="proof of identity")
    assert loaded.countdown.state is CountdownState.PAUSED
    assert loaded.case.awaiting_since == clock.today()
    assert loaded.case.info_requested == clock.today()
    stored = _stored(db, reference)
    assert stored.due_date is None
    assert stored.strict_due_date is not None
    assert "proof of identity" in stored.events[-1][1]
    assert service.load(reference).countdown.state is CountdownState.PAUSED


def test_resuming_restarts_the_clock_from_the_day_the_information_arrived(
    service: CaseService, db: Database, clock: FixedClock
) -> None:
    # SCENARIOS.md 5: Bordeaux, received Monday 2026-07-06, the heir's proof arrives Monday 2026-07-20.
    clock.set(_at(date(2026, 7, 6)))
    reference = service.open_case(
        _case(date(2026, 7, 6), jurisdiction=Jurisdiction.FR, rights=(Right.MEDICAL_RECORD,))
    )
    clock.set(_at(date(2026, 7, 7)))
    service.mark_awaiting_requester(reference, items="death certificate and acte de notoriété")
    clock.set(_at(date(2026, 7, 21)))
    loaded = service.resume(reference, received_on=date(2026, 7, 20))
    assert loaded.case.status is Status.IN_PROGRESS
    assert loaded.case.completed == date(2026, 7, 20)
    assert loaded.case.awaiting_since is None
    assert loaded.deadline.due == date(2026, 7, 28)
    assert loaded.deadline.earliest_release == date(2026, 7, 22)
    assert loaded.deadline.strict_due == date(2026, 7, 15)
    stored = _stored(db, reference)
    assert (stored.due_date, stored.strict_due_date) == (date(2026, 7, 28), date(2026, 7, 15))
    assert "2026-07-20" in stored.events[-1][1]


def test_resuming_through_a_status_move_restarts_the_clock_today(
    service: CaseService, db: Database, clock: FixedClock
) -> None:
    reference = service.open_case(_case(date(2026, 3, 2)))
    service.mark_awaiting_requester(reference)
    clock.set(_at(date(2026, 3, 16)))
    loaded = service.change_status(reference, Status.IN_PROGRESS)
    assert loaded.case.completed == date(2026, 3, 16)
    assert loaded.deadline.start == date(2026, 3, 16)
    assert _stored(db, reference).due_date == loaded.deadline.due


@pytest.mark.parametrize(
    ("arrived", "field"),
    [(date(2026, 3, 9), "completed"), (date(2026, 3, 11), "completed")],
    ids=["before-it-was-asked-for", "in-the-future"],
)
def test_information_cannot_arrive_before_it_was_asked_for_or_in_the_future(
    service: CaseService, db: Database, arrived: date, field: str
) -> None:
    reference = service.open_case(_case())
    service.mark_awaiting_requester(reference)
    before = _stored(db, reference)
    with pytest.raises(CaseRuleError, match=f"^{field}:"):
        service.resume(reference, received_on=arrived)
    assert _stored(db, reference) == before


def test_only_a_case_awaiting_the_requester_can_resume(service: CaseService, db: Database) -> None:
    reference = service.open_case(_case())
    before = _stored(db, reference)
    with pytest.raises(CaseRuleError):
        service.resume(reference)
    assert _stored(db, reference) == before


@pytest.mark.parametrize(("days_after_receipt", "late"), [(7, False), (8, True)])
def test_a_request_for_information_sent_more_than_a_week_after_receipt_is_flagged(
    service: CaseService, clock: FixedClock, days_after_receipt: int, late: bool
) -> None:
    received = date(2026, 2, 20)
    clock.set(_at(date.fromordinal(received.toordinal() + days_after_receipt)))
    reference = service.open_case(_case(received))
    assert service.mark_awaiting_requester(reference).late_information_request is late


# Extension --------------------------------------------------------------------------------------------------


def _scenario_7(service: CaseService, clock: FixedClock) -> str:
    """SCENARIOS.md 7: an access request received Saturday 2026-01-31 in France."""
    clock.set(_at(date(2026, 2, 2)))
    return service.open_case(_case(date(2026, 1, 31), jurisdiction=Jurisdiction.FR))


def test_an_extension_needs_a_reason_and_writes_nothing_without_one(
    service: CaseService, db: Database, clock: FixedClock
) -> None:
    reference = _scenario_7(service, clock)
    before = _stored(db, reference)
    with pytest.raises(CaseRuleError, match="^extension.reason:"):
        service.extend(reference, "   ")
    assert _stored(db, reference) == before


def test_an_extension_on_the_last_day_of_the_first_month_counts_three_months_from_receipt(
    service: CaseService, db: Database, clock: FixedClock
) -> None:
    reference = _scenario_7(service, clock)
    clock.set(_at(date(2026, 3, 2)))
    loaded = service.extend(reference, "Five years of files in three centres")
    assert loaded.deadline.due == date(2026, 4, 30)
    assert loaded.deadline.governing is Governing.GDPR_EXTENDED
    assert loaded.case.extension == Extension("Five years of files in three centres", date(2026, 3, 2))
    stored = _stored(db, reference)
    assert stored.due_date == date(2026, 4, 30)
    assert stored.events[-1][0] == "extended"


def test_an_extension_is_refused_after_the_first_deadline_and_writes_nothing(
    service: CaseService, db: Database, clock: FixedClock
) -> None:
    reference = _scenario_7(service, clock)
    clock.set(_at(date(2026, 3, 3)))
    before = _stored(db, reference)
    with pytest.raises(CaseRuleError) as caught:
        service.extend(reference, "Five years of files in three centres")
    assert "2026-03-02" in str(caught.value)
    assert "Art 12(3)" in str(caught.value)
    assert _stored(db, reference) == before


def test_a_case_is_extended_only_once(service: CaseService, db: Database, clock: FixedClock) -> None:
    reference = _scenario_7(service, clock)
    service.extend(reference, "Files in three centres")
    before = _stored(db, reference)
    with pytest.raises(CaseRuleError):
        service.extend(reference, "Still complex")
    assert _stored(db, reference) == before


def test_a_finished_case_cannot_be_extended(service: CaseService, db: Database) -> None:
    reference = _open_in(service, Status.ANSWERED)
    before = _stored(db, reference)
    with pytest.raises(CaseRuleError):
        service.extend(reference, "Too late to think of it")
    assert _stored(db, reference) == before


# Optimistic locking -----------------------------------------------------------------------------------------


def test_saving_with_a_stale_version_raises_and_writes_nothing(service: CaseService, db: Database) -> None:
    reference = service.open_case(_case())
    mine, theirs = service.load(reference), service.load(reference)
    theirs.case.notes = "Edited in the other window"
    service.save(theirs.case, expected_version=theirs.version)
    before = _stored(db, reference)
    mine.case.notes = "Edited here"
    with pytest.raises(StaleCase, match=reference):
        service.save(mine.case, expected_version=mine.version)
    assert _stored(db, reference) == before
    assert service.load(reference).case.notes == "Edited in the other window"


def test_a_status_move_with_a_stale_version_raises_and_writes_nothing(
    service: CaseService, db: Database
) -> None:
    reference = service.open_case(_case())
    stale = service.load(reference).version
    service.add_note(reference, "Someone else was here")
    before = _stored(db, reference)
    with pytest.raises(StaleCase):
        service.change_status(reference, Status.IN_PROGRESS, expected_version=stale)
    assert _stored(db, reference) == before


def test_saving_with_the_current_version_succeeds_and_bumps_it(service: CaseService) -> None:
    reference = service.open_case(_case())
    loaded = service.load(reference)
    loaded.case.notes = "First edit"
    saved = service.save(loaded.case, expected_version=loaded.version)
    assert saved.version == loaded.version + 1
    assert service.load(reference).case.notes == "First edit"


def test_saving_edits_leaves_the_status_and_the_timeline_to_their_own_use_cases(
    service: CaseService, db: Database
) -> None:
    reference = service.open_case(_case())
    loaded = service.load(reference)
    loaded.case.status = Status.CLOSED
    loaded.case.timeline = []
    loaded.case.notes = "Only this changes"
    saved = service.save(loaded.case, expected_version=loaded.version)
    assert saved.case.status is Status.NEW
    assert [event.kind for event in saved.case.timeline] == ["opened", "edited"]


# Closing ----------------------------------------------------------------------------------------------------


def test_closing_records_the_outcomes_and_the_dates(
    service: CaseService, db: Database, clock: FixedClock
) -> None:
    reference = service.open_case(_case(rights=(Right.ERASURE, Right.OBJECTION), status=Status.IN_PROGRESS))
    outcomes = {
        Right.ERASURE: RightOutcome(OutcomeKind.PARTLY_GRANTED, "GDPR Art 17(3)(b)/(c): medical file kept"),
        Right.OBJECTION: RightOutcome(OutcomeKind.GRANTED),
    }
    loaded = service.close(reference, outcomes)
    assert loaded.case.status is Status.CLOSED
    assert loaded.case.answered == clock.today()
    assert loaded.case.closed == clock.today()
    assert loaded.countdown.state is CountdownState.CLOSED_ON_TIME
    again = service.load(reference).case
    assert again.outcomes == outcomes
    kind, body = _stored(db, reference).events[-1]
    assert kind == "closed"
    assert "answered" in body and "closed" in body
    assert _stored(db, reference).urgency == 2


def test_closing_with_a_refusal_without_ground_is_refused_and_writes_nothing(
    service: CaseService, db: Database
) -> None:
    reference = service.open_case(_case(status=Status.IN_PROGRESS))
    before = _stored(db, reference)
    with pytest.raises(CaseRuleError, match="outcomes.access:"):
        service.close(reference, {Right.ACCESS: RightOutcome(OutcomeKind.REFUSED)})
    assert _stored(db, reference) == before


def test_an_answered_case_closes_without_being_answered_again(
    service: CaseService, clock: FixedClock
) -> None:
    reference = service.open_case(_case(status=Status.IN_PROGRESS))
    service.change_status(reference, Status.ANSWERED)
    answered_on = clock.today()
    clock.set(_at(date(2026, 3, 20)))
    loaded = service.close(reference)
    assert loaded.case.answered == answered_on
    assert loaded.case.closed == date(2026, 3, 20)


# Recounting after a settings change -------------------------------------------------------------------------


def test_a_new_closure_day_moves_the_due_date_of_an_affected_open_case(
    service: CaseService, db: Database
) -> None:
    # France: 2026-04-05 is a Sunday and 2026-04-06 Easter Monday,
    # so a case received 2026-03-05 is due 2026-04-07.
    affected = service.open_case(_case(date(2026, 3, 5), jurisdiction=Jurisdiction.FR))
    unaffected = service.open_case(_case(date(2026, 3, 2), jurisdiction=Jurisdiction.FR))
    finished = _open_in(service, Status.CLOSED)
    assert _stored(db, affected).due_date == date(2026, 4, 7)
    unaffected_due = _stored(db, unaffected).due_date
    finished_due = _stored(db, finished).due_date
    with db.transaction() as session:
        store_settings.set_closure_days(session, {date(2026, 4, 7)})
    assert service.recompute_deadlines() == 1
    assert _stored(db, affected).due_date == date(2026, 4, 8)
    assert _stored(db, affected).strict_due_date == date(2026, 4, 8)
    assert _stored(db, unaffected).due_date == unaffected_due
    assert _stored(db, finished).due_date == finished_due
    assert service.load(affected).deadline.due == date(2026, 4, 8)


def test_recounting_twice_moves_nothing_the_second_time(service: CaseService, db: Database) -> None:
    service.open_case(_case(date(2026, 3, 5), jurisdiction=Jurisdiction.FR))
    with db.transaction() as session:
        store_settings.set_closure_days(session, {date(2026, 4, 7)})
    assert service.recompute_deadlines() == 1
    assert service.recompute_deadlines() == 0


def test_a_paused_case_stays_paused_when_deadlines_are_recounted(service: CaseService, db: Database) -> None:
    reference = service.open_case(_case(date(2026, 3, 5), jurisdiction=Jurisdiction.FR))
    service.mark_awaiting_requester(reference)
    with db.transaction() as session:
        store_settings.set_closure_days(session, {date(2026, 4, 7)})
    service.recompute_deadlines()
    stored = _stored(db, reference)
    assert stored.due_date is None
    assert stored.strict_due_date == date(2026, 4, 8)
