"""What the notification area reminds the DPO of: the running clocks overdue or due within the lead time.

A notification can show on a locked screen or a shared display: it names references and dates only, never a
person (as the calendar file does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from lazeo_desk.services.register import RegisterService
from lazeo_desk.store import register as store_register
from lazeo_desk.store.register import CaseFilter

# The references a notification names; the others are counted.
NAMED = 6


@dataclass(frozen=True)
class Reminder:
    """On ``today``, with ``lead_days`` of notice: the overdue and the soon-due running cases (reference and
    governing date, most urgent first, at most :data:`NAMED` each) and how many in all."""

    today: date
    lead_days: int
    overdue: tuple[tuple[str, date], ...]
    due: tuple[tuple[str, date], ...]
    overdue_total: int
    due_total: int

    @property
    def empty(self) -> bool:
        return self.overdue_total == 0 and self.due_total == 0

    @property
    def references(self) -> frozenset[str]:
        return frozenset(reference for reference, _ in self.overdue + self.due)


def reminder(register: RegisterService, today: date, lead_days: int) -> Reminder:
    """The reminder for ``today``: overdue cases, and those due from today to ``lead_days`` days on."""
    groups = (
        store_register.running_due_between(None, today - timedelta(days=1)),
        store_register.running_due_between(today, today + timedelta(days=lead_days)),
    )
    found: list[tuple[tuple[str, date], ...]] = []
    totals: list[int] = []
    with register.db.transaction() as session:
        for condition in groups:
            rows = store_register.fetch_page(session, CaseFilter(), today, limit=NAMED, also=condition)
            found.append(tuple((row.reference, row.due_date or today) for row in rows))
            totals.append(store_register.count_cases(session, CaseFilter(), today, also=condition))
    return Reminder(today, lead_days, found[0], found[1], totals[0], totals[1])
