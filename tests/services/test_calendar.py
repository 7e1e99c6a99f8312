"""The deadline calendar: read back with icalendar, one all-day event per open case, nothing personal in it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, Requester
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.calendar import (
    event_uid,
    keep_calendar_file,
    kept_calendar_file,
    refresh_kept_calendar,
    write_calendar,
)
from lazeo_desk.services.cases import CaseService
from lazeo_desk.store.database import Database


def _case(name: str, received: date, rights: tuple[Right, ...] = (Right.ACCESS,)) -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        channel=Channel.EMAIL,
        received=received,
        rights=rights,
        subject=DataSubject(name=name, email=f"{name.split()[0].lower()}@example.be", patient_number="BE-4711"),
        requester=Requester(),
        request_text="Ik wil mijn dossier over mijn behandeling van de huid",
    )


def _events(path: Path) -> dict[str, dict[str, object]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(event["uid"]): {
            "start": event.decoded("dtstart"),
            "end": event.decoded("dtend"),
            "summary": str(event["summary"]),
            "description": str(event["description"]),
        }
        for event in calendar.walk("VEVENT")
    }


@pytest.fixture
def cases(service: CaseService) -> dict[str, str]:
    running = service.open_case(_case("Ëlodie Vercammen", date(2026, 3, 5), (Right.ACCESS, Right.MEDICAL_RECORD)))
    paused = service.open_case(_case("Jan Maes", date(2026, 3, 2)))
    service.mark_awaiting_requester(paused, items="proof of address")
    closed = service.open_case(_case("An Smet", date(2026, 2, 20)))
    service.change_status(closed, Status.IN_PROGRESS)
    service.close(closed)
    return {"running": running, "paused": paused, "closed": closed}


def test_each_open_case_is_one_all_day_event_on_the_date_that_binds_it(
    db: Database, clock: FixedClock, cases: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "deadlines.ics"
    assert write_calendar(db, clock, path) == 2
    events = _events(path)
    assert set(events) == {event_uid(cases["running"]), event_uid(cases["paused"])}
    running = events[event_uid(cases["running"])]
    # Belgian medical file: 15 days (20 Mar) governs; an all-day event ends the next day, exclusive.
    assert (running["start"], running["end"]) == (date(2026, 3, 20), date(2026, 3, 21))
    assert running["summary"] == f"{cases['running']}: access, medical-record"
    assert running["description"] == "Governing due date"
    paused = events[event_uid(cases["paused"])]
    assert paused["start"] == date(2026, 4, 2)  # the strict date, counted from first receipt
    assert paused["description"].startswith("Strict date")  # type: ignore[union-attr]


def test_the_calendar_holds_no_name_e_mail_or_request_text(
    db: Database, clock: FixedClock, cases: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "deadlines.ics"
    write_calendar(db, clock, path)
    text = path.read_bytes().decode("utf-8").lower()
    for personal in ("vercammen", "ëlodie", "maes", "@example.be", "be-4711", "dossier", "proof of address"):
        assert personal not in text


def test_a_second_export_keeps_each_case_s_uid_and_moves_its_date(
    db: Database, clock: FixedClock, service: CaseService, cases: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "deadlines.ics"
    write_calendar(db, clock, path)
    service.resume(cases["paused"])
    clock.set(datetime(2026, 3, 11, 9, tzinfo=ZoneInfo("Europe/Paris")))
    write_calendar(db, clock, path)
    events = _events(path)
    assert set(events) == {event_uid(cases["running"]), event_uid(cases["paused"])}
    # Resumed on 10 Mar: the month runs from then.
    assert events[event_uid(cases["paused"])]["start"] == date(2026, 4, 10)


def test_a_calendar_that_cannot_be_written_raises_and_writes_nothing(
    db: Database, clock: FixedClock, cases: dict[str, str], tmp_path: Path
) -> None:
    with pytest.raises(OSError):
        write_calendar(db, clock, tmp_path / "missing-folder" / "deadlines.ics")
    assert not (tmp_path / "missing-folder").exists()
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith((".ics", ".part"))]


def test_the_kept_calendar_file_is_rewritten_only_once_chosen(
    db: Database, clock: FixedClock, cases: dict[str, str], tmp_path: Path
) -> None:
    assert kept_calendar_file(db) is None
    assert refresh_kept_calendar(db, clock) is None
    path = tmp_path / "kept.ics"
    keep_calendar_file(db, path)
    assert kept_calendar_file(db) == path
    assert refresh_kept_calendar(db, clock) == (path, 2)
    assert len(_events(path)) == 2
    keep_calendar_file(db, None)
    assert kept_calendar_file(db) is None
