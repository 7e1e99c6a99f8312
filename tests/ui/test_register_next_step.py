"""The register's "Next step" column, the binding date of paused and extended cases, and hiding columns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.register import RegisterService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.register_columns import column_menu
from lazeo_desk.ui.register_model import COL_DUE, COL_NEXT_STEP, HEADERS, RegisterModel

Store = Callable[..., str]


@pytest.fixture
def register(db: Database, clock: FixedClock) -> RegisterService:
    return RegisterService(Workplace(db, clock))


def _cell(model: RegisterModel, reference: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    model.reload()
    row = model.row_of(reference)
    assert row is not None
    return model.index(row, column).data(role)


def test_the_next_step_column_says_what_to_do_on_each_case(
    stored: Store, register: RegisterService, service: CaseService
) -> None:
    new = stored(received=date(2026, 3, 5), email="elodie@example.be")
    working = stored(received=date(2026, 3, 5), name="Jan Peeters")
    service.change_status(working, Status.IN_PROGRESS)
    answered = stored(received=date(2026, 3, 5), name="An Smet")
    service.change_status(answered, Status.IN_PROGRESS)
    service.change_status(answered, Status.ANSWERED)
    model = RegisterModel(register)
    assert HEADERS[COL_NEXT_STEP] == "Next step"
    assert _cell(model, new, COL_NEXT_STEP) == "Send the acknowledgement"
    # No letter went out on the case in progress either: the acknowledgement still comes first.
    assert _cell(model, working, COL_NEXT_STEP) == "Send the acknowledgement"
    assert _cell(model, answered, COL_NEXT_STEP) == "Close the case"
    assert _cell(model, answered, COL_NEXT_STEP, Qt.ItemDataRole.ToolTipRole) == "Close the case"


def test_an_overdue_case_says_so_in_red(
    stored: Store, register: RegisterService, service: CaseService, clock: FixedClock
) -> None:
    reference = stored(received=date(2026, 1, 5), name="Jan Peeters")
    clock.set(datetime(2026, 3, 10, 9, tzinfo=ZoneInfo("Europe/Paris")))
    model = RegisterModel(register)
    assert _cell(model, reference, COL_NEXT_STEP) == "Overdue since 6 Feb 2026: answer now"
    colour = _cell(model, reference, COL_NEXT_STEP, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor) and colour.name().upper() == "#C62828"


def test_a_paused_case_shows_its_strict_date_as_the_date_that_binds(
    stored: Store, register: RegisterService, service: CaseService
) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.ACCESS,))
    service.mark_awaiting_requester(reference, items="proof of address")
    model = RegisterModel(register)
    assert _cell(model, reference, COL_DUE) == "7 Apr 2026 (strict)"
    assert _cell(model, reference, COL_NEXT_STEP) == (
        "Waiting for the requester since 10 Mar 2026; strict date 7 Apr 2026"
    )


def test_an_extended_case_is_marked_and_asks_for_its_notice(
    stored: Store, register: RegisterService, service: CaseService
) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.ACCESS,))
    service.change_status(reference, Status.IN_PROGRESS)
    service.extend(reference, "files in three centres")
    model = RegisterModel(register)
    assert _cell(model, reference, COL_DUE) == "5 Jun 2026 (extended)"
    assert _cell(model, reference, COL_NEXT_STEP) == "Send the extension notice by 7 Apr 2026"


def test_the_next_step_column_can_be_hidden_and_shown_from_the_header_menu(
    window: MainWindow, stored: Store
) -> None:
    stored(received=date(2026, 3, 5))
    window.refresh()
    header = window.view.horizontalHeader()
    assert not header.isSectionHidden(COL_NEXT_STEP)
    menu = column_menu(window.view, window.columns)
    (entry,) = [a for a in menu.actions() if a.text() == "Next step"]
    entry.toggle()
    assert header.isSectionHidden(COL_NEXT_STEP)
    assert "Reference" not in [a.text() for a in menu.actions()]
    column_menu(window.view, window.columns).actions()[COL_NEXT_STEP - 1].toggle()
    assert not header.isSectionHidden(COL_NEXT_STEP)
