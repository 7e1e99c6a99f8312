"""What day it is: a clock the application asks, and tests set."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol


class Clock(Protocol):
    """Tells the date and time; every "today" in the program comes from one."""

    def today(self) -> date: ...

    def now(self) -> datetime: ...


class SystemClock:
    """The workstation's local date and time."""

    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now().astimezone()


class FixedClock:
    """A clock that stays where it is set (tests, demos, benchmarks)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def today(self) -> date:
        return self.moment.date()

    def now(self) -> datetime:
        return self.moment

    def set(self, moment: datetime) -> None:
        self.moment = moment
