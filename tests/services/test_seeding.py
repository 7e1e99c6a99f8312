"""Sample cases: the same for the same seed, varied, and each one a valid case with correct stored dates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from lazeo_desk.domain.case import Case, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.domain.validation import problems
from lazeo_desk.services.cases import DeadlineRules
from lazeo_desk.services.seeding import count_cases, sample_cases, seed_cases
from lazeo_desk.store.cases import load_case, urgency_rank
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import RIGHTS_LISTED, CaseRow

SEEDED = 300
CLOCK = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Paris")))  # as the conftest clock


def _fingerprint(db: Database) -> list[tuple[str, str, str, str, str]]:
    with db.transaction() as session:
        rows = session.execute(
            select(
                CaseRow.reference, CaseRow.subject_name, RIGHTS_LISTED.label("rights"), CaseRow.status, CaseRow.received
            ).order_by(CaseRow.reference)
        ).all()
    return [(r.reference, r.subject_name, r.rights, r.status, r.received.isoformat()) for r in rows]


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One seeded database shared by the module's read-only tests (seeding it per test would dominate)."""
    database = Database(f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'seeded.sqlite3'}", plain=True)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def seeded(seeded_db: Database) -> list[str]:
    return seed_cases(seeded_db, SEEDED, seed=7, clock=CLOCK)


@pytest.fixture(scope="module")
def seeded_cases(seeded_db: Database, seeded: list[str]) -> list[Case]:
    with seeded_db.transaction() as session:
        return [load_case(session, reference)[0] for reference in seeded]


def test_seeding_adds_the_number_of_cases_asked_for(seeded_db: Database, seeded: list[str]) -> None:
    assert len(seeded) == len(set(seeded)) == SEEDED
    assert count_cases(seeded_db) == SEEDED


def test_the_same_seed_gives_the_same_cases(tmp_path: Path, clock: FixedClock) -> None:
    fingerprints = []
    for name in ("first", "second"):
        database = Database(f"sqlite:///{tmp_path / name}.sqlite3", plain=True)
        try:
            seed_cases(database, 120, seed=42, clock=clock)
            fingerprints.append(_fingerprint(database))
        finally:
            database.dispose()
    assert fingerprints[0] == fingerprints[1]
    assert len(fingerprints[0]) == 120


def test_the_same_seed_gives_the_same_sample_cases(clock: FixedClock) -> None:
    assert list(sample_cases(50, 3, clock.today())) == list(sample_cases(50, 3, clock.today()))


def test_different_seeds_give_different_cases(clock: FixedClock) -> None:
    first = [case.subject.name for case in sample_cases(50, 1, clock.today())]
    second = [case.subject.name for case in sample_cases(50, 2, clock.today())]
    assert first != second


def test_seeded_cases_are_varied(seeded_cases: list[Case]) -> None:
    assert {case.jurisdiction for case in seeded_cases} == set(Jurisdiction)
    assert {case.language for case in seeded_cases} == set(Language)
    statuses = Counter(case.status for case in seeded_cases)
    assert len(statuses) >= 5
    assert {Status.NEW, Status.AWAITING_REQUESTER, Status.IN_PROGRESS, Status.CLOSED} <= set(statuses)
    rights = {right for case in seeded_cases for right in case.rights}
    assert len(rights) >= 6
    assert Right.MEDICAL_RECORD in rights
    assert len({case.channel for case in seeded_cases}) >= 4
    assert any(case.requester.is_representative for case in seeded_cases)
    assert any(len(case.rights) > 1 for case in seeded_cases)
    assert len({case.subject.centre for case in seeded_cases}) >= 6


def test_every_seeded_case_passes_domain_validation(seeded_cases: list[Case]) -> None:
    found = {case.reference: problems(case, CLOCK.today()) for case in seeded_cases}
    assert {reference: issues for reference, issues in found.items() if issues} == {}


def test_seeded_cases_were_received_no_later_than_today(seeded_cases: list[Case]) -> None:
    assert max(case.received for case in seeded_cases) <= CLOCK.today()


def test_seeded_references_follow_the_order_of_receipt_within_a_year(seeded_cases: list[Case]) -> None:
    by_year: dict[int, list[Case]] = {}
    for case in seeded_cases:
        by_year.setdefault(case.received.year, []).append(case)
    for cases in by_year.values():
        in_reference_order = sorted(cases, key=lambda c: int(str(c.reference).rsplit("-", 1)[1]))
        assert [c.received for c in in_reference_order] == sorted(c.received for c in cases)
        assert all(str(c.reference).startswith(f"DSAR-{c.received.year}-") for c in cases)


def test_seeded_rows_carry_the_dates_the_deadline_engine_gives(
    seeded_db: Database, seeded_cases: list[Case]
) -> None:
    with seeded_db.transaction() as session:
        rules = DeadlineRules.load(session)
        stored = {
            row.reference: (row.due_date, row.strict_due_date, row.urgency)
            for row in session.execute(
                select(CaseRow.reference, CaseRow.due_date, CaseRow.strict_due_date, CaseRow.urgency)
            )
        }
    for case in seeded_cases:
        due, strict = rules.stored_dates(case)
        assert stored[str(case.reference)] == (due, strict, urgency_rank(case.status)), case.reference


def test_seeded_cases_have_an_opening_event(seeded_cases: list[Case]) -> None:
    assert all([event.kind for event in case.timeline] == ["opened"] for case in seeded_cases)


def test_seeding_no_cases_adds_nothing(db: Database, clock: FixedClock) -> None:
    assert seed_cases(db, 0, seed=1, clock=clock) == []
    assert count_cases(db) == 0


def test_seeding_in_several_batches_gives_the_same_cases(tmp_path: Path, clock: FixedClock) -> None:
    fingerprints = []
    for batch in (7, 5000):
        database = Database(f"sqlite:///{tmp_path / str(batch)}.sqlite3", plain=True)
        try:
            seed_cases(database, 40, seed=9, clock=clock, batch=batch)
            fingerprints.append(_fingerprint(database))
        finally:
            database.dispose()
    assert fingerprints[0] == fingerprints[1]


def test_seeding_more_than_a_million_cases_is_refused_before_anything_is_made(db: Database, clock: FixedClock) -> None:
    with pytest.raises(ValueError, match=r"^cases: 1000000000 is not between 0 and 1000000$"):
        seed_cases(db, 1_000_000_000, seed=1, clock=clock)


def test_forty_sample_cases_show_every_situation_on_the_day_they_are_loaded(db: Database, clock: FixedClock) -> None:
    """The welcome's sample cases: something behind every tile of the register, and every status."""
    from lazeo_desk.services.register import RegisterService
    from lazeo_desk.services.workplace import Workplace

    seed_cases(db, 40, seed=2026, clock=clock)
    tiles = RegisterService(Workplace.of(db, clock)).summary(clock.today())
    assert all(count > 0 for count in tiles.values()), tiles
    with db.transaction() as session:
        cases = [load_case(session, reference)[0] for reference in session.scalars(select(CaseRow.reference))]
    assert {c.status for c in cases} == set(Status)
    assert any(c.extension is not None and c.status.is_open for c in cases)
    assert any(c.answered is not None and (c.answered - c.received).days > 35 for c in cases)
