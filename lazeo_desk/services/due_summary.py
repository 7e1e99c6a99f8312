"""What is due this week: the overdue cases, those due today and those due within seven days, from the register."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement

from lazeo_desk.domain.deadlines import DUE_SOON_DAYS
from lazeo_desk.domain.messages import Message
from lazeo_desk.services.cases import DeadlineRules
from lazeo_desk.services.next_steps import step_of_row
from lazeo_desk.services.register import RegisterService
from lazeo_desk.store import register as store_register
from lazeo_desk.store.register import CaseFilter, RegisterRow

# How many cases each group names; the others are counted (the register's quick filters list them all).
SHOWN_PER_GROUP = 8


class DueGroup(enum.StrEnum):
    """The groups of the summary, most pressing first (docs/rules.md, Countdown: overdue, due today, due soon)."""

    OVERDUE = "overdue"
    DUE_TODAY = "due-today"
    DUE_SOON = "due-soon"


@dataclass(frozen=True)
class DueCase:
    """One case of the summary: its reference, the person, the governing date and the next step."""

    reference: str
    subject_name: str
    due: date
    next_step: Message | None


@dataclass(frozen=True)
class DueSummary:
    """The summary on ``today``: for each group its first cases (in the register's order) and how many in all."""

    today: date
    cases: dict[DueGroup, tuple[DueCase, ...]]
    totals: dict[DueGroup, int]

    @property
    def empty(self) -> bool:
        return not any(self.totals.values())


def group_range(group: DueGroup, today: date) -> tuple[date | None, date]:
    """The governing dates of a group: before today; today; from tomorrow to seven days on (docs/rules.md,
    Countdown)."""
    if group is DueGroup.OVERDUE:
        return None, today - timedelta(days=1)
    if group is DueGroup.DUE_TODAY:
        return today, today
    return today + timedelta(days=1), today + timedelta(days=DUE_SOON_DAYS)


def _due_case(row: RegisterRow, rules: DeadlineRules, today: date) -> DueCase:
    step = step_of_row(row, rules, today)
    return DueCase(row.reference, row.subject_name, row.due_date or today, step.said() if step else None)


def due_summary(register: RegisterService, today: date, *, shown: int = SHOWN_PER_GROUP) -> DueSummary:
    """The running clocks overdue, due today and due within seven days, each group read from the urgency index."""
    cases: dict[DueGroup, tuple[DueCase, ...]] = {}
    totals: dict[DueGroup, int] = {}
    rules = register.rules()
    with register.db.transaction() as session:
        for group in DueGroup:
            condition: ColumnElement[bool] = store_register.running_due_between(*group_range(group, today))
            rows = store_register.fetch_page(session, CaseFilter(), today, limit=shown, also=condition)
            cases[group] = tuple(_due_case(row, rules, today) for row in rows)
            totals[group] = store_register.count_cases(session, CaseFilter(), today, also=condition)
    return DueSummary(today, cases, totals)
