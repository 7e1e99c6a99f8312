"""The register's table model: paged reading, SQL sorting, countdown states and colours."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.deadlines import Countdown, CountdownState, compute_deadline
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.register import RegisterService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.register import CaseFilter
from lazeo_desk.ui.register_model import (
    COL_COUNTDOWN,
    COL_DUE,
    COL_RECEIVED,
    COL_REFERENCE,
    COL_STATUS,
    CountdownRole,
    RegisterModel,
    StatusRole,
)

Store = Callable[..., str]


@pytest.fixture
def register(db: Database, clock: FixedClock) -> RegisterService:
    return RegisterService(Workplace(db, clock))


def _store_many(stored: Store, count: int) -> list[str]:
    return [stored(name=f"Patient {n:03d}", received=date(2026, 3, 9) - timedelta(days=n % 40)) for n in range(count)]


def _states(model: RegisterModel) -> list[CountdownState]:
    found = []
    for row in range(model.rowCount()):
        state = model.index(row, COL_COUNTDOWN).data(CountdownRole)
        assert isinstance(state, Countdown)
        found.append(state.state)
    return found


def test_register_model_passes_the_qt_model_tester(
    qtmodeltester: object, stored: Store, register: RegisterService
) -> None:
    _store_many(stored, 12)
    model = RegisterModel(register, page_size=5)
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_rows_are_read_a_page_at_a_time(stored: Store, register: RegisterService) -> None:
    _store_many(stored, 23)
    model = RegisterModel(register, page_size=10)
    model.reload()
    assert model.rowCount() == 10
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 23
    assert not model.canFetchMore(QModelIndex())
    assert len({model.reference_at(row) for row in range(23)}) == 23


def test_the_default_order_puts_the_most_urgent_case_first(
    stored: Store, register: RegisterService, service: CaseService
) -> None:
    on_track = stored(name="On track", received=date(2026, 3, 9))
    overdue = stored(name="Overdue", received=date(2026, 1, 5))
    due_soon = stored(name="Due soon", received=date(2026, 2, 12))
    paused = stored(name="Paused", received=date(2026, 3, 2))
    service.mark_awaiting_requester(paused, items="proof of identity")
    closed = stored(name="Closed", received=date(2026, 2, 20))
    service.change_status(closed, Status.IN_PROGRESS)
    service.close(closed)
    model = RegisterModel(register)
    model.reload()
    order = [model.reference_at(row) for row in range(model.rowCount())]
    # The paused case sorts by its strict date (2 Apr), which binds before the case on track (due 9 Apr).
    assert order == [overdue, due_soon, paused, on_track, closed]
    assert _states(model) == [
        CountdownState.OVERDUE,
        CountdownState.DUE_SOON,
        CountdownState.PAUSED,
        CountdownState.ON_TRACK,
        CountdownState.CLOSED_ON_TIME,
    ]


def test_sorting_by_a_column_asks_the_database_for_that_order(stored: Store, register: RegisterService) -> None:
    _store_many(stored, 15)
    model = RegisterModel(register, page_size=5)
    model.reload()
    model.sort(COL_RECEIVED, Qt.SortOrder.AscendingOrder)
    first_page = [model.row_at(row).received for row in range(model.rowCount())]
    assert model.rowCount() == 5
    assert first_page == sorted(first_page)
    assert first_page[0] == date(2026, 3, 9) - timedelta(days=14)
    model.sort(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).received == date(2026, 3, 9)


def test_a_filter_reads_only_matching_rows(stored: Store, register: RegisterService) -> None:
    stored(name="Anaïs O'Brien", jurisdiction=Jurisdiction.FR, centre="Paris 16e")
    stored(name="Jan Peeters")
    model = RegisterModel(register)
    model.set_filter(CaseFilter(jurisdiction=Jurisdiction.FR))
    assert [model.row_at(row).subject_name for row in range(model.rowCount())] == ["Anaïs O'Brien"]


def test_the_countdown_cell_gives_days_left_and_the_due_date(
    stored: Store, register: RegisterService, clock: FixedClock
) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.ACCESS, Right.MEDICAL_RECORD))
    model = RegisterModel(register)
    model.reload()
    row = model.row_of(reference)
    assert row is not None
    due = compute_deadline(
        received=date(2026, 3, 5), jurisdiction=Jurisdiction.BE, rights=(Right.ACCESS, Right.MEDICAL_RECORD)
    ).due
    assert due == date(2026, 3, 20)  # Belgian patient law: 15 days (SCENARIOS.md, scenario 1)
    working = register.rules().calendar(Jurisdiction.BE).working_days_after(clock.today(), due)
    assert model.index(row, COL_COUNTDOWN).data() == f"{(due - clock.today()).days} days left · {working} working days"
    assert model.index(row, COL_DUE).data() == "20 Mar 2026"
    assert model.index(row, COL_STATUS).data(StatusRole) == "new"
    assert model.index(row, COL_REFERENCE).data() == reference


def test_a_new_day_counts_every_countdown_again(stored: Store, register: RegisterService, clock: FixedClock) -> None:
    stored(received=date(2026, 3, 5), rights=(Right.MEDICAL_RECORD,))  # due Friday 20 March 2026
    model = RegisterModel(register)
    model.reload()
    assert _states(model) == [CountdownState.ON_TRACK]
    for day, state in (
        (date(2026, 3, 13), CountdownState.DUE_SOON),
        (date(2026, 3, 20), CountdownState.DUE_TODAY),
        (date(2026, 3, 23), CountdownState.OVERDUE),
    ):
        clock.set(clock.now().replace(year=day.year, month=day.month, day=day.day))
        model.set_today(register.today())
        assert _states(model) == [state]


def test_the_view_asks_for_more_rows_when_scrolled_to_the_end(
    qtbot: QtBot, stored: Store, register: RegisterService
) -> None:
    from PySide6.QtWidgets import QTableView

    _store_many(stored, 45)
    model = RegisterModel(register, page_size=20)
    model.reload()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 20
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 40)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 45)
    assert not model.canFetchMore(QModelIndex())


def test_overdue_dates_are_red_and_finished_cases_muted(
    stored: Store, register: RegisterService, service: CaseService
) -> None:
    from lazeo_desk.ui.badges import COUNTDOWN_STYLES, MUTED

    overdue = stored(name="Overdue", received=date(2026, 1, 5))
    on_track = stored(name="On track", received=date(2026, 3, 9))
    finished = stored(name="Finished", received=date(2026, 3, 2))
    service.change_status(finished, Status.WITHDRAWN)
    model = RegisterModel(register)
    model.reload()

    def colour(reference: str, column: int) -> str | None:
        row = model.row_of(reference)
        assert row is not None
        value = model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
        return None if value is None else value.name().upper()

    assert colour(overdue, COL_DUE) == "#C62828"
    assert colour(on_track, COL_DUE) is None
    assert colour(finished, COL_REFERENCE) == MUTED.upper()
    assert COUNTDOWN_STYLES[CountdownState.OVERDUE].background == "#C62828"
