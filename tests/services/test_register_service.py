"""The register read through its service: the whole list the command line prints, in the window's order."""

from __future__ import annotations

from datetime import UTC, date, datetime

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.register import RegisterService
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.register import CaseFilter

TODAY = date(2026, 3, 10)


def test_every_row_comes_back_across_pages_in_the_order_of_the_first_page(db: Database) -> None:
    clock = FixedClock(datetime(2026, 3, 10, 9, tzinfo=UTC))
    seed_cases(db, 1203, seed=5, clock=clock)
    register = RegisterService(Workplace(db, clock))
    rows = register.all_rows(CaseFilter(), TODAY)
    assert len(rows) == 1203 == len({row.reference for row in rows})
    assert rows[:200] == register.page(CaseFilter(), TODAY, limit=200)


def test_a_limit_keeps_the_first_rows_only(db: Database) -> None:
    clock = FixedClock(datetime(2026, 3, 10, 9, tzinfo=UTC))
    seed_cases(db, 30, seed=5, clock=clock)
    register = RegisterService(Workplace(db, clock))
    assert register.all_rows(CaseFilter(), TODAY, limit=7) == register.page(CaseFilter(), TODAY, limit=7)
    assert len(register.all_rows(CaseFilter(), TODAY, limit=70)) == 30
