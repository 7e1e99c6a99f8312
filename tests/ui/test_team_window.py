"""The window on a team's database: who holds each case in the register, "My cases", and assigning from the case
pane."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from lazeo_desk.app import build_main_window
from lazeo_desk.domain.case import Case
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.register_model import COL_ASSIGNEE, HEADERS

Store = Callable[..., str]
# Where the PostgreSQL test server is named (tests/conftest.py).
POSTGRES_ENV = "LAZEO_TEST_POSTGRES"


def _holders(window: MainWindow) -> dict[str, str]:
    model = window.model
    return {
        model.reference_at(row): model.index(row, COL_ASSIGNEE).data() for row in range(model.rowCount())
    }


def test_the_register_shows_who_holds_each_case(window: MainWindow, stored: Store, service: CaseService) -> None:
    held, free = stored(name="Sofie Peeters"), stored(name="Jan Claes")
    service.assign(held, "ines.martin")
    window.refresh()
    assert HEADERS[COL_ASSIGNEE] == "Assigned to"
    assert window.model.headerData(COL_ASSIGNEE, Qt.Orientation.Horizontal) == "Assigned to"
    assert _holders(window) == {held: "ines.martin", free: ""}


def test_my_cases_lists_only_the_cases_the_person_acting_holds(
    qtbot: QtBot, window: MainWindow, stored: Store, service: CaseService
) -> None:
    mine, theirs, nobodys = stored(name="Sofie Peeters"), stored(name="Jan Claes"), stored(name="Lotte Jacobs")
    service.assign(mine, "marc.dupont")
    service.assign(theirs, "ines.martin")
    window.set_actor("marc.dupont")
    window.refresh()
    qtbot.mouseClick(window.filters.mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert _holders(window) == {mine: "marc.dupont"}
    window.filters.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    assert not window.filters.mine.isChecked()
    assert set(_holders(window)) == {mine, theirs, nobodys}


def test_a_case_is_assigned_and_released_from_the_case_pane(
    qtbot: QtBot, window: MainWindow, stored: Store, service: CaseService
) -> None:
    reference = stored()
    service.assign(stored(name="Jan Claes"), "ines.martin")
    window.set_actor("marc.dupont")
    window.refresh()
    assert window.open_reference(reference)
    detail = window.detail
    assert detail is not None
    offered = [detail.assignee.itemText(i) for i in range(detail.assignee.count())]
    assert offered == ["ines.martin", "marc.dupont"]
    detail.assignee.setEditText("ines.martin")
    qtbot.mouseClick(detail.assign_button, Qt.MouseButton.LeftButton)
    assert service.load(reference).case.assignee == "ines.martin"
    assert _holders(window)[reference] == "ines.martin"
    assert detail.timeline_model.rowCount() == 2
    assert service.load(reference).case.timeline[-1].actor == "marc.dupont"
    detail.assignee.setEditText("")
    qtbot.mouseClick(detail.assign_button, Qt.MouseButton.LeftButton)
    assert service.load(reference).case.assignee == ""
    assert _holders(window)[reference] == ""


def test_assigning_a_case_someone_else_changed_meanwhile_is_refused_with_an_offer_to_reload(
    qtbot: QtBot, window: MainWindow, stored: Store, db: Database, clock: FixedClock, recorded_messages: object
) -> None:
    reference = stored()
    assert window.open_reference(reference)
    detail = window.detail
    assert detail is not None
    CaseService(Workplace(db, clock, "ines.martin")).add_note(reference, "taken over the phone")
    recorded_messages.answers.append(True)  # type: ignore[attr-defined]
    detail.assignee.setEditText("marc.dupont")
    assert not detail.assign()
    title, text = recorded_messages.questions[-1]  # type: ignore[attr-defined]
    assert title == "Case changed elsewhere" and "ines.martin" in text
    loaded = detail.loaded
    assert loaded is not None and loaded.case.assignee == "" and loaded.version == 2


# Hearing colleagues' changes -------------------------------------------------------------------------------------


def test_on_a_file_the_window_listens_to_nobody(window: MainWindow) -> None:
    assert window.listener is None


@pytest.fixture
def server_window(
    qtbot: QtBot, clock: FixedClock, ui_settings: QSettings, request: pytest.FixtureRequest,
    recorded_messages: object,
) -> Iterator[MainWindow]:
    """A window on the PostgreSQL test server (``.ci/with-postgres`` names it in LAZEO_TEST_POSTGRES)."""
    if not os.environ.get(POSTGRES_ENV):
        pytest.skip("needs the PostgreSQL test server: run under .ci/with-postgres")
    db = request.getfixturevalue("postgres_database").fresh()
    window = build_main_window(db, clock=clock, settings=ui_settings, search_delay_ms=20)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.background_idle)
    yield window
    window.shutdown()
    db.dispose()


def test_a_colleagues_changes_reach_the_register_and_the_open_case_within_two_seconds(
    qtbot: QtBot, server_window: MainWindow, clock: FixedClock, make_case: Callable[..., Case]
) -> None:
    window = server_window
    assert window.listener is not None
    elsewhere = Database(window._cases.db.url)
    try:
        colleague = CaseService(Workplace(elsewhere, clock, "ines.martin"))
        with qtbot.waitSignal(window.listener.changed, timeout=2000) as heard:
            reference = colleague.open_case(make_case())
        assert heard.args == [[reference]]
        qtbot.waitUntil(lambda: window.model.row_of(reference) is not None, timeout=2000)
        assert window.open_reference(reference)
        detail = window.detail
        assert detail is not None
        colleague.assign(reference, "ines.martin")
        qtbot.waitUntil(lambda: _holders(window).get(reference) == "ines.martin", timeout=2000)
        qtbot.waitUntil(lambda: detail.assignee.currentText() == "ines.martin", timeout=2000)
        # Edits under way are kept, and the pane says the case moved on.
        qtbot.keyClicks(detail.form.notes, "my own words")
        colleague.add_note(reference, "phoned the requester")
        qtbot.waitUntil(lambda: any("just changed by someone else" in line for line in detail.banner.lines()),
                        timeout=2000)
        assert detail.has_unsaved_changes() and detail.form.notes.toPlainText() == "my own words"
    finally:
        elsewhere.dispose()
