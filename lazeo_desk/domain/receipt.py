"""The date a request was received: a calendar date in the centre's country, not on the workstation."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lazeo_desk.domain.case import Jurisdiction

_HOUR = timedelta(hours=1)


def _last_sunday(year: int, month: int) -> datetime:
    """01:00 (UTC) on the last Sunday of ``month``, when the EU changes its clocks."""
    last = datetime(year, month, 31, 1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


class CentralEuropeanTime(tzinfo):
    """The legal time of France, Belgium and Luxembourg by the EU rule (Directive 2000/84/EC): UTC+1, and UTC+2
    from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.

    Stands in for the IANA zones where the operating system has no time-zone database (Windows without the
    ``tzdata`` package): the same answers for every instant since 1996.
    """

    def _summer(self, utc: datetime) -> bool:
        return _last_sunday(utc.year, 3) <= utc < _last_sunday(utc.year, 10)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return _HOUR
        local = dt.replace(tzinfo=None)
        # The hour repeated in October is summer time the first time (fold 0), winter time the second.
        summer = self._summer(local - 2 * _HOUR) if dt.fold == 0 else self._summer(local - _HOUR)
        return 2 * _HOUR if summer else _HOUR

    def dst(self, dt: datetime | None) -> timedelta:
        return self.utcoffset(dt) - _HOUR

    def tzname(self, dt: datetime | None) -> str:
        return "CEST" if self.dst(dt) else "CET"

    def fromutc(self, dt: datetime) -> datetime:
        utc = dt.replace(tzinfo=None)
        if self._summer(utc):
            return (utc + 2 * _HOUR).replace(tzinfo=self)
        local = (utc + _HOUR).replace(tzinfo=self)
        # The second 02:00-03:00 of the October change.
        october = _last_sunday(utc.year, 10)
        return local.replace(fold=1) if october <= utc < october + _HOUR else local


def legal_time(key: str) -> tzinfo:
    """The IANA zone ``key``, or the EU rule where the system has no time-zone database."""
    try:
        return ZoneInfo(key)
    except ZoneInfoNotFoundError:
        return CentralEuropeanTime()


# The legal time of each country with a LAZEO centre (IANA names).
ZONES: dict[Jurisdiction, tzinfo] = {
    Jurisdiction.FR: legal_time("Europe/Paris"),
    Jurisdiction.BE: legal_time("Europe/Brussels"),
    Jurisdiction.LU: legal_time("Europe/Luxembourg"),
}


def received_on(moment: datetime, jurisdiction: Jurisdiction) -> date:
    """The date of receipt of a request that reached the clinic at ``moment`` (DOMAIN.md "Dates of receipt"):
    the calendar date, in the country of the centre concerned, of that instant — for an e-mail, the time of its
    top-most Received: header, else its Date: header. The workstation's own time zone and the offset in force
    on the day of import play no part: an e-mail of Saturday 9 May 2026 00:20 +0200 reaching a Paris centre was
    received on 9 May, whenever and wherever it is imported (SCENARIOS.md 10).

    ``moment`` must be aware: a naive time names no instant, and guessing its zone is the error this rule
    forbids.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the moment of receipt must carry its UTC offset")
    return moment.astimezone(ZONES[jurisdiction]).date()
