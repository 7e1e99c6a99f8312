"""A change committed by one program is heard by another on the same PostgreSQL database (NOTIFY lazeo_cases);
an SQLite file has no such channel."""

from __future__ import annotations

import select
import time
from datetime import date

import pytest
from sqlalchemy import text

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.changes import CaseChanges, listen
from lazeo_desk.store.database import Database


def _case(name: str) -> Case:
    return Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST, received=date(2026, 3, 5),
        rights=(Right.ACCESS,), subject=DataSubject(name=name),
    )


def _heard(changes: CaseChanges, wanted: int, seconds: float = 2.0) -> list[str]:
    """What the listener heard within ``seconds``, waiting on its socket as the window does."""
    found: list[str] = []
    end = time.monotonic() + seconds
    while len(found) < wanted and (left := end - time.monotonic()) > 0:
        select.select([changes.fileno()], [], [], left)
        found += [reference for reference in changes.pending() if reference not in found]
    return found


def test_on_a_file_nothing_listens(db: Database, engine: str) -> None:
    if engine != "sqlite":
        pytest.skip("the file's case")
    assert listen(db) is None


def test_a_change_committed_by_another_program_is_heard_within_two_seconds(
    db: Database, engine: str, clock: FixedClock
) -> None:
    if engine != "postgresql":
        pytest.skip("PostgreSQL's channel")
    changes = listen(db)
    assert changes is not None
    other = Database(db.url)
    try:
        service = CaseService(Workplace(other, clock, "ines.martin"))
        first = service.open_case(_case("Hélène Lefèvre"))
        assert _heard(changes, 1) == [first]
        second = service.open_case(_case("Paul Martin"))
        service.assign(first, "ines.martin")
        service.add_note(second, "called back")
        assert sorted(_heard(changes, 2)) == sorted([first, second])
        assert changes.pending() == []
    finally:
        other.dispose()
        changes.close()


def test_a_change_rolled_back_is_not_heard(db: Database, engine: str, clock: FixedClock) -> None:
    if engine != "postgresql":
        pytest.skip("PostgreSQL's channel")
    reference = CaseService(Workplace(db, clock, "ines.martin")).open_case(_case("Hélène Lefèvre"))
    changes = listen(db)
    assert changes is not None
    try:
        with pytest.raises(RuntimeError), db.transaction() as session:
            session.execute(text("UPDATE cases SET notes = 'never kept' WHERE reference = :r"), {"r": reference})
            raise RuntimeError("changed my mind")
        assert _heard(changes, 1, seconds=0.5) == []
    finally:
        changes.close()
