"""The case register as the window lists it: pages of rows, their countdowns, the summary counts, the centres."""

from __future__ import annotations

from datetime import date

from lazeo_desk.domain.deadlines import Countdown, countdown
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import DeadlineRules
from lazeo_desk.services.workplace import AtWorkplace, Workplace
from lazeo_desk.store import register
from lazeo_desk.store.register import CaseFilter, QuickFilter, RegisterRow, SortKey


class RegisterService(AtWorkplace):
    """Read-only access to the register for one database and clock.

    Each call opens its own short session, so that :meth:`count`, :meth:`summary` and :meth:`centres` may run
    on a worker thread while the window reads pages on its own.
    """

    def __init__(self, place: Workplace) -> None:
        super().__init__(place)
        self._rules: DeadlineRules | None = None

    def today(self) -> date:
        return self.clock.today()

    def rules(self) -> DeadlineRules:
        """The deadline settings, read once and kept until :meth:`reload_rules`."""
        if self._rules is None:
            with self.db.transaction() as session:
                self._rules = DeadlineRules.load(session, self.place.holidays)
        return self._rules

    def reload_rules(self) -> None:
        self._rules = None

    def page(
        self,
        case_filter: CaseFilter,
        today: date,
        *,
        sort: SortKey = SortKey.URGENCY,
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[RegisterRow]:
        with self.db.transaction() as session:
            return register.fetch_page(
                session, case_filter, today, sort=sort, descending=descending, offset=offset, limit=limit
            )

    def all_rows(
        self,
        case_filter: CaseFilter,
        today: date,
        *,
        limit: int | None = None,
        sort: SortKey = SortKey.URGENCY,
        descending: bool = False,
    ) -> list[RegisterRow]:
        """Every row the filter keeps (at most ``limit``), in the register's order, read in one transaction so
        that a case saved meanwhile is neither listed twice nor missed; pages keep each query small."""
        rows: list[RegisterRow] = []
        page = 1000
        with self.db.transaction() as session:
            while limit is None or len(rows) < limit:
                chunk = register.fetch_page(
                    session, case_filter, today, sort=sort, descending=descending, offset=len(rows), limit=page
                )
                rows.extend(chunk)
                if len(chunk) < page:
                    break
        return rows if limit is None else rows[:limit]

    def count(self, case_filter: CaseFilter, today: date) -> int:
        with self.db.transaction() as session:
            return register.count_cases(session, case_filter, today)

    def summary(self, today: date) -> dict[QuickFilter, int]:
        with self.db.transaction() as session:
            return register.summary_counts(session, today)

    def centres(self) -> list[str]:
        with self.db.transaction() as session:
            return register.centres(session)

    def countdown(self, row: RegisterRow, today: date) -> Countdown:
        """Where the row's case stands on ``today`` (the register's countdown column)."""
        return countdown(
            due=row.due_date,
            today=today,
            calendar_=self.rules().calendar(row.jurisdiction),
            paused_since=row.awaiting_since if row.status is Status.AWAITING_REQUESTER else None,
            answered=row.answered,
            is_open=row.status.is_open,
        )
