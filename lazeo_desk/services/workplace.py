"""Where a service works: the database, the clock that says what day it is, and who acts.

Every service takes one :class:`Workplace`, so that the window and the command line hand the same three things
to each of them and never reach past a service for its database.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lazeo_desk.domain.calendars import FROM_PACKAGE, HolidayNames
from lazeo_desk.domain.clock import Clock
from lazeo_desk.services.actor import UNKNOWN_ACTOR, current_actor
from lazeo_desk.store.database import Database


@dataclass(frozen=True)
class Workplace:
    """The database, the clock, the person acting (the timeline's and the audit trail's "who") and where the
    public holidays are read."""

    db: Database
    clock: Clock
    actor: str = UNKNOWN_ACTOR
    # Where the deadlines read the public holidays: the window hands in the copy it read at start-up.
    holidays: HolidayNames = FROM_PACKAGE

    @classmethod
    def of(cls, db: Database, clock: Clock, holidays: HolidayNames = FROM_PACKAGE) -> Workplace:
        """The workplace of whoever uses the program now (see :func:`~lazeo_desk.services.actor.current_actor`)."""
        return cls(db, clock, current_actor(db), holidays)

    def acting_as(self, actor: str) -> Workplace:
        return replace(self, actor=actor)


class AtWorkplace:
    """A service working at one :class:`Workplace`; ``actor`` may change when the DPO names themselves."""

    def __init__(self, place: Workplace) -> None:
        self.place = place

    @property
    def db(self) -> Database:
        return self.place.db

    @property
    def clock(self) -> Clock:
        return self.place.clock

    @property
    def actor(self) -> str:
        return self.place.actor

    @actor.setter
    def actor(self, name: str) -> None:
        self.place = self.place.acting_as(name)
