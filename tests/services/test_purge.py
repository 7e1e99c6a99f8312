"""Retention of case files: closed cases are kept for the set period, then purged to an anonymous line."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event, func, select

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Jurisdiction,
    Language,
    OutcomeKind,
    Requester,
    RightOutcome,
)
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.services.purge import (
    CASE_RETENTION_YEARS,
    PurgeService,
    case_file_kept_until,
)
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import audit
from lazeo_desk.store.cases import CaseNotFound, load_row
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.models import (
    AuditRow,
    CaseRow,
    CaseStatisticsRow,
    DocumentRow,
    EventRow,
    LetterRow,
)

PARIS = ZoneInfo("Europe/Paris")
NAME = "Zébulon Quennehen-Dufresnoy"


def moment(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 30, tzinfo=PARIS)


def closed_case(
    service: CaseService, clock: FixedClock, *, received: date, closed: date, name: str = NAME,
    email: str = "zebulon@example.fr",
) -> str:
    """A case received, answered and closed on the given days, with a letter and a document."""
    scan = b"\x89PNG identity card of " + name.encode()
    clock.set(moment(received))
    reference = service.open_case(Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST, received=received,
        rights=(Right.ACCESS, Right.ERASURE), request_text=f"Je soussigné {name} demande…",
        subject=DataSubject(name, email=email, address=("12 rue de la Paix", "75002 PARIS")),
        requester=Requester(),
    ))
    service.change_status(reference, Status.IN_PROGRESS)
    with service.db.transaction() as session:
        case_id = load_row(session, reference).id
        session.add(LetterRow(case_id=case_id, kind="access-response", language="fr", sent_on=received,
                              method="post", pdf=b"%PDF " + name.encode(), sha256="0" * 64,
                              created_at=datetime(2020, 1, 1)))
        session.add(DocumentRow(case_id=case_id, kind="scan", filename=f"{name}.png", media_type="image/png",
                                size=len(scan), sha256=hashlib.sha256(scan).hexdigest(), content=scan,
                                created_at=datetime(2020, 1, 1)))
    clock.set(moment(closed))
    service.close(reference, {
        Right.ACCESS: RightOutcome(OutcomeKind.GRANTED),
        Right.ERASURE: RightOutcome(OutcomeKind.PARTLY_GRANTED, "Art 17(3)(c): medical file kept until 2045"),
    })
    return reference


@pytest.fixture
def purger(db: Database, clock: FixedClock) -> PurgeService:
    return PurgeService(Workplace(db, clock, "Brigitte Perez"))


def test_a_case_file_is_kept_five_years_after_closure_by_default(
    service: CaseService, purger: PurgeService, clock: FixedClock
) -> None:
    reference = closed_case(service, clock, received=date(2021, 3, 1), closed=date(2021, 3, 10))
    clock.set(moment(date(2026, 3, 10)))
    assert purger.candidates() == []
    clock.set(moment(date(2026, 3, 11)))
    [candidate] = purger.candidates()
    assert (candidate.reference, candidate.closed, candidate.kept_until) == (
        reference, date(2021, 3, 10), date(2026, 3, 10)
    )


def test_open_and_recent_cases_are_never_listed(
    service: CaseService, purger: PurgeService, clock: FixedClock
) -> None:
    old = closed_case(service, clock, received=date(2019, 5, 2), closed=date(2019, 6, 1))
    closed_case(service, clock, received=date(2024, 5, 2), closed=date(2024, 6, 1), name="Recent Case")
    clock.set(moment(date(2019, 1, 4)))
    service.open_case(Case(jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL,
                           received=date(2019, 1, 3), rights=(Right.ACCESS,),
                           subject=DataSubject("Still Open")))
    clock.set(moment(date(2026, 3, 10)))
    assert [c.reference for c in purger.candidates()] == [old]


def test_the_retention_period_is_a_setting(
    service: CaseService, purger: PurgeService, clock: FixedClock
) -> None:
    reference = closed_case(service, clock, received=date(2021, 3, 1), closed=date(2021, 3, 10))
    clock.set(moment(date(2026, 6, 1)))
    purger.set_retention_years(10)
    assert purger.retention_years() == 10
    assert purger.candidates() == []
    purger.set_retention_years(3)
    assert [c.reference for c in purger.candidates()] == [reference]
    with purger.db.transaction() as session:
        changes = session.scalars(select(AuditRow).where(AuditRow.action == "setting-changed")).all()
    assert [(e.actor, json.loads(e.detail)["setting"]) for e in changes] == [
        ("Brigitte Perez", CASE_RETENTION_YEARS.key), ("Brigitte Perez", CASE_RETENTION_YEARS.key)
    ]


@pytest.mark.parametrize("years", [0, -5, 101])
def test_a_retention_period_out_of_bounds_is_refused(purger: PurgeService, years: int) -> None:
    with pytest.raises(CaseRuleError, match=CASE_RETENTION_YEARS.key):
        purger.set_retention_years(years)


def test_purging_removes_the_personal_data_and_keeps_anonymous_statistics(
    service: CaseService, purger: PurgeService, clock: FixedClock, db: Database
) -> None:
    reference = closed_case(service, clock, received=date(2020, 9, 1), closed=date(2020, 9, 20))
    clock.set(moment(date(2026, 3, 10)))
    report = purger.purge(reference)
    assert (report.reference, report.documents, report.letters) == (reference, 1, 1)
    assert report.events >= 3
    with db.transaction() as session:
        for table in (CaseRow, EventRow, LetterRow, DocumentRow):
            assert session.scalar(select(func.count()).select_from(table)) == 0
        statistics = session.get(CaseStatisticsRow, report.statistics_id)
        assert statistics is not None
        assert (statistics.year, statistics.jurisdiction, statistics.channel, statistics.rights) == (
            2020, "FR", "post", "access,erasure"
        )
        assert statistics.outcome == "access:granted,erasure:partly-granted"
        assert (statistics.days_to_answer, statistics.on_time, statistics.extended) == (19, True, False)
    with pytest.raises(CaseNotFound):
        service.load(reference)


def test_purging_leaves_an_audit_entry_and_a_chain_that_still_verifies(
    service: CaseService, purger: PurgeService, clock: FixedClock, db: Database
) -> None:
    reference = closed_case(service, clock, received=date(2020, 9, 1), closed=date(2020, 9, 20))
    clock.set(moment(date(2026, 3, 10)))
    report = purger.purge(reference)
    with db.transaction() as session:
        trail = audit.entries_for(session, reference)
        assert audit.verify_chain(session).ok
    purge_entry = trail[-1]
    assert (purge_entry.action, purge_entry.actor, purge_entry.at) == (
        "purged", "Brigitte Perez", datetime(2026, 3, 10, 8, 30)
    )
    assert json.loads(purge_entry.detail)["kept_until"] == "2025-09-20"
    assert report.audit_entries_redacted == len(trail) - 1
    assert all(audit.redacted_digest(entry.detail) for entry in trail[:-1])
    assert NAME not in "".join(entry.detail for entry in trail)


@pytest.mark.sqlite_only  # the bytes of the SQLite file
def test_no_trace_of_the_name_is_left_in_the_database_files(
    service: CaseService, purger: PurgeService, clock: FixedClock, db: Database
) -> None:
    reference = closed_case(service, clock, received=date(2020, 9, 1), closed=date(2020, 9, 20))
    kept = closed_case(service, clock, received=date(2025, 9, 1), closed=date(2025, 9, 20),
                       name="Anna Peeters", email="anna@example.be")
    clock.set(moment(date(2026, 3, 10)))
    purger.purge(reference)
    path = Path(db.url.removeprefix("sqlite:///"))
    stored = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for form in (NAME, "Zébulon", "Quennehen", "zebulon@example.fr"):
        assert form.encode() not in stored
        assert form.encode("utf-16-le") not in stored
    assert b"Anna Peeters" in stored
    assert service.load(kept).case.subject.name == "Anna Peeters"


def test_a_purged_reference_is_never_handed_out_again(
    service: CaseService, purger: PurgeService, clock: FixedClock
) -> None:
    first = closed_case(service, clock, received=date(2020, 9, 1), closed=date(2020, 9, 20))
    clock.set(moment(date(2026, 3, 10)))
    purger.purge(first)
    later = service.open_case(Case(jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST,
                                   received=date(2020, 10, 1), rights=(Right.ACCESS,),
                                   subject=DataSubject("Late Letter")))
    assert first == "DSAR-2020-0001"
    assert later == "DSAR-2020-0002"


def test_a_case_still_within_its_retention_period_is_not_purged(
    service: CaseService, purger: PurgeService, clock: FixedClock
) -> None:
    reference = closed_case(service, clock, received=date(2023, 9, 1), closed=date(2023, 9, 20))
    clock.set(moment(date(2026, 3, 10)))
    with pytest.raises(CaseRuleError, match="kept until 2028-09-20"):
        purger.purge(reference)
    assert service.load(reference).case.subject.name == NAME


def test_an_open_case_is_not_purged(service: CaseService, purger: PurgeService, clock: FixedClock) -> None:
    reference = service.open_case(Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 5),
        rights=(Right.ACCESS,), subject=DataSubject("Still Open"),
    ))
    with pytest.raises(CaseRuleError, match="not closed"):
        purger.purge(reference)


def test_every_case_due_is_purged_in_one_go(
    service: CaseService, purger: PurgeService, clock: FixedClock
) -> None:
    references = [
        closed_case(service, clock, received=date(2019, m, 1), closed=date(2019, m, 15), name=f"P {m}")
        for m in (2, 4, 6)
    ]
    clock.set(moment(date(2026, 3, 10)))
    assert [r.reference for r in purger.purge_all_due()] == references
    assert purger.candidates() == []


@pytest.mark.sqlite_only  # SQLite's lock on the file
def test_a_compaction_blocked_by_another_window_is_reported(purger: PurgeService, db: Database) -> None:
    db.dispose()

    def impatient(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=0")

    event.listen(db.engine, "connect", impatient)
    other_window = sqlite3.connect(db.url.removeprefix("sqlite:///"), isolation_level=None)
    try:
        other_window.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError, match="could not be compacted") as refused:
            purger.compact()
    finally:
        other_window.close()
        event.remove(db.engine, "connect", impatient)
    assert "copies of the purged data may remain" in str(refused.value)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 30))
def test_a_case_file_is_kept_the_full_number_of_years(closed: date, years: int) -> None:
    until = case_file_kept_until(closed, years)
    assert until.year == closed.year + years
    assert (until.month, until.day) == (closed.month, closed.day) or (closed.month, closed.day) == (2, 29)
