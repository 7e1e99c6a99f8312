"""The date an e-mail was received: its arrival at the clinic (top-most Received:, else Date:) as a calendar date
in the centre's country, never in the workstation's time zone nor at the offset in force on the day of import."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.receipt import ZONES
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import import_messages, parse_message, propose_case
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database

ACTOR = "Brigitte Perez"
MIDNIGHT_MAIL = "Sat, 09 May 2026 00:20:00 +0200"


def message(*, date_header: str | None = MIDNIGHT_MAIL, received: tuple[str, ...] = (), city: str = "Paris") -> bytes:
    headers = [f"Received: {r}" for r in received]
    headers += ["From: Camille Martin <camille.martin@example.fr>", "To: dpo@lazeo.com", "Subject: Demande d'accès"]
    if date_header is not None:
        headers.append(f"Date: {date_header}")
    body = f"Bonjour,\n\nJe demande l'accès à mon dossier du centre de {city}.\n\nCamille Martin\n"
    return ("\r\n".join(headers) + "\r\n\r\n" + body).encode()


@pytest.fixture(params=["America/New_York", "Asia/Tokyo", "Europe/Paris", "UTC"])
def workstation_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """The workstation's own time zone, as the operating system sets it."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.parametrize("imported", [datetime(2026, 5, 9, 9, 0), datetime(2026, 12, 7, 9, 0)], ids=["May", "December"])
def test_scenario_10_an_email_just_after_midnight_was_received_on_9_may_and_is_due_on_9_june(
    db: Database, tmp_path: Path, workstation_zone: str, imported: datetime
) -> None:
    # The workstation's clock, in its own zone and at the offset of the season of import.
    clock = FixedClock(imported.astimezone())
    path = tmp_path / "midnight.eml"
    path.write_bytes(message())
    [result] = import_messages(db, [path], clock=clock, actor=ACTOR)
    loaded = CaseService(Workplace(db, clock, ACTOR)).load(result.reference)
    assert loaded.case.jurisdiction is Jurisdiction.FR
    assert loaded.case.received == date(2026, 5, 9)
    assert loaded.deadline.due == date(2026, 6, 9)


def test_the_timeline_gives_the_hour_of_arrival_in_the_centres_country(
    db: Database, tmp_path: Path, workstation_zone: str, service: CaseService
) -> None:
    clock = FixedClock(datetime(2026, 12, 7, 9, 0).astimezone())
    path = tmp_path / "midnight.eml"
    path.write_bytes(message())
    [result] = import_messages(db, [path], clock=clock, actor=ACTOR)
    opened = service.load(result.reference).case.timeline[0]
    assert "Request received 2026-05-09 00:20 by e-mail" in opened.text


def test_the_top_most_received_header_is_the_moment_of_arrival(summer_clock: FixedClock) -> None:
    # Sent on Friday evening, relayed, and taken in by the clinic's server after midnight.
    draft = parse_message(
        message(
            date_header="Fri, 08 May 2026 23:40:00 +0200",
            received=(
                "from relay.example.net by mx.lazeo.com with ESMTPS id 42; Fri, 8 May 2026 22:05:00 +0000",
                "from laptop by relay.example.net; Fri, 08 May 2026 23:50:00 +0200",
            ),
        ),
        source="m.eml",
        clock=summer_clock,
    )
    assert draft.arrived_at == datetime(2026, 5, 8, 22, 5, tzinfo=UTC)
    assert draft.received == date(2026, 5, 9)
    assert draft.sent_at is not None and draft.sent_at.date() == date(2026, 5, 8)
    assert draft.warnings == ()


@pytest.mark.parametrize(
    "top",
    [
        "from relay.example.net by mx.lazeo.com with ESMTPS id 42",  # no date at all
        "from relay.example.net by mx.lazeo.com; yesterday around noon",  # a date that cannot be read
        "from relay.example.net by mx.lazeo.com; Fri, 01 Jan 2100 10:00:00 +0000",  # a clock gone wrong
    ],
)
def test_an_unusable_top_most_received_header_gives_way_to_the_date_header(
    summer_clock: FixedClock, top: str
) -> None:
    draft = parse_message(
        message(received=(top, "from laptop by relay.example.net; Fri, 01 May 2026 10:00:00 +0200")),
        source="m.eml",
        clock=summer_clock,
    )
    assert draft.received == date(2026, 5, 9)
    assert draft.arrived_at == draft.sent_at


def test_without_received_headers_the_date_header_is_the_moment_of_arrival(summer_clock: FixedClock) -> None:
    draft = parse_message(message(), source="m.eml", clock=summer_clock)
    assert (draft.received, draft.arrived_at) == (date(2026, 5, 9), draft.sent_at)


def test_a_received_header_is_enough_without_a_date_header(summer_clock: FixedClock) -> None:
    draft = parse_message(
        message(date_header=None, received=("from x by mx.lazeo.com; Sat, 09 May 2026 00:20:00 +0200",)),
        source="m.eml",
        clock=summer_clock,
    )
    assert draft.received == date(2026, 5, 9)
    assert draft.warnings == ()


def test_without_received_or_date_the_message_is_received_today_with_a_warning(summer_clock: FixedClock) -> None:
    # As before this rule: the DPO is told to correct the date, which the form prefills with today.
    draft = parse_message(message(date_header=None), source="m.eml", clock=summer_clock)
    assert (draft.received, draft.arrived_at, draft.sent_at) == (summer_clock.today(), None, None)
    assert any("no Date" in w and "correct it" in w for w in draft.warnings)
    assert propose_case(draft).case.received == summer_clock.today()


def test_the_date_of_receipt_is_recomputed_for_the_country_the_dpo_chooses(
    summer_clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The three countries share one legal time today; a country of another zone shows that the date follows it.
    from zoneinfo import ZoneInfo

    monkeypatch.setitem(ZONES, Jurisdiction.LU, ZoneInfo("America/New_York"))
    draft = parse_message(message(), source="m.eml", clock=summer_clock)
    assert draft.received == draft.received_in(Jurisdiction.FR) == date(2026, 5, 9)
    assert draft.received_in(Jurisdiction.LU) == date(2026, 5, 8)


@pytest.fixture
def summer_clock(clock: FixedClock) -> FixedClock:
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    return clock


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2026, 7, 1)),
    st.integers(min_value=-12 * 60, max_value=14 * 60),
    st.sampled_from(["Gent", "Paris", "Luxembourg"]),
)
def test_any_date_header_gives_the_date_of_its_instant_in_the_centres_country(
    moment: datetime, offset_minutes: int, city: str
) -> None:
    clock = FixedClock(datetime(2026, 7, 10, 9, 0).astimezone())
    written = moment.replace(second=0, microsecond=0, tzinfo=timezone(timedelta(minutes=offset_minutes)))
    sign = "+" if offset_minutes >= 0 else "-"
    hours, minutes = divmod(abs(offset_minutes), 60)
    header = written.strftime("%a, %d %b %Y %H:%M:%S ") + f"{sign}{hours:02d}{minutes:02d}"
    draft = parse_message(message(date_header=header, city=city), source="m.eml", clock=clock)
    jurisdiction = propose_case(draft).case.jurisdiction
    assert draft.received == written.astimezone(ZONES[jurisdiction]).date()
    assert propose_case(draft).case.received == draft.received
