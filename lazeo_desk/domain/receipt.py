"""The date a request was received: a calendar date in the centre's country, not on the workstation."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from lazeo_desk.domain.case import Jurisdiction

# The legal time of each country with a LAZEO centre (IANA names). Where the operating system has no time-zone
# database (Windows), zoneinfo reads the one of the ``tzdata`` package, a dependency for that reason.
ZONES: dict[Jurisdiction, ZoneInfo] = {
    Jurisdiction.FR: ZoneInfo("Europe/Paris"),
    Jurisdiction.BE: ZoneInfo("Europe/Brussels"),
    Jurisdiction.LU: ZoneInfo("Europe/Luxembourg"),
}


def received_on(moment: datetime, jurisdiction: Jurisdiction) -> date:
    """The date of receipt of a request that reached the clinic at ``moment`` (docs/rules.md "Dates of receipt"):
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
