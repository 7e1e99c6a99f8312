"""The deadline calendar: one all-day event per open case on the date that binds it, as an iCalendar file.

The file may be read by a calendar program on another device or synchronised through a cloud, so it carries the
case reference and the rights invoked only: no name, no e-mail address, no health detail.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from lazeo_desk import __version__
from lazeo_desk.domain.clock import Clock
from lazeo_desk.domain.settings_registry import CALENDAR_FILE
from lazeo_desk.services.file_output import write_atomically
from lazeo_desk.services.workplace import AtWorkplace
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.database import Database
from lazeo_desk.store.register import BindingDate, open_binding_dates

# The path of the calendar file the window keeps refreshed (a setting; none by default).
_UID_DOMAIN = "lazeo-desk"


def event_uid(reference: str) -> str:
    """The same UID for a case at every export, so that a calendar program updates its event instead of adding
    another."""
    return f"{reference.lower()}@{_UID_DOMAIN}"


def _event(entry: BindingDate, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", event_uid(entry.reference))
    event.add("dtstamp", stamp)
    event.add("dtstart", entry.day)
    event.add("dtend", entry.day + timedelta(days=1))
    rights = ", ".join(right.value for right in entry.rights)
    event.add("summary", f"{entry.reference}: {rights}")
    event.add(
        "description",
        "Strict date (the clock is paused, awaiting the requester)" if entry.paused else "Governing due date",
    )
    # A deadline does not make the DPO busy: it must not block the day in scheduling.
    event.add("transp", "TRANSPARENT")
    return event


def calendar_bytes(entries: Iterable[BindingDate], *, stamp: datetime) -> bytes:
    """The iCalendar text of ``entries`` (RFC 5545), each an all-day event."""
    calendar = Calendar()
    calendar.add("prodid", f"-//BS GROUPE//lazeo-desk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "LAZEO Desk deadlines")
    utc = stamp.astimezone(UTC)
    for entry in entries:
        calendar.add_component(_event(entry, utc))
    return calendar.to_ical()


def write_calendar(db: Database, clock: Clock, path: Path) -> int:
    """Write the calendar of every open case to ``path``, whole or not at all; returns how many events. Raises
    OSError when the file cannot be written."""
    with db.transaction() as session:
        entries = open_binding_dates(session)
    write_atomically(path, calendar_bytes(entries, stamp=clock.now()))
    return len(entries)


def kept_calendar_file(db: Database) -> Path | None:
    """The calendar file the window keeps refreshed, if the DPO chose one."""
    with db.transaction() as session:
        return store_settings.read_or_default(session, CALENDAR_FILE)


def keep_calendar_file(db: Database, path: Path | None) -> None:
    """Choose the calendar file to keep refreshed (None: stop refreshing; the file itself is left as it is)."""
    with db.transaction() as session:
        store_settings.write(session, CALENDAR_FILE, path)


def refresh_kept_calendar(db: Database, clock: Clock) -> tuple[Path, int] | None:
    """Rewrite the kept calendar file, if there is one: its path and how many events. Raises OSError."""
    path = kept_calendar_file(db)
    if path is None:
        return None
    return path, write_calendar(db, clock, path)



class CalendarService(AtWorkplace):
    """The deadlines calendar of one workplace: written once, or kept refreshed in a file the DPO chose."""

    def write(self, path: Path) -> int:
        return write_calendar(self.db, self.clock, path)

    def kept_file(self) -> Path | None:
        return kept_calendar_file(self.db)

    def keep(self, path: Path | None) -> None:
        keep_calendar_file(self.db, path)

    def refresh_kept(self) -> tuple[Path, int] | None:
        return refresh_kept_calendar(self.db, self.clock)
