"""The register's columns give way by priority on a narrow list: reference, person, countdown and due stay."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.register_columns import (
    KEPT,
    NARROWEST,
    PRIORITY,
    column_menu,
    columns_that_give_way,
    narrowed_widths,
)
from lazeo_desk.ui.register_model import (
    COL_CHANNEL,
    COL_COUNTDOWN,
    COL_DUE,
    COL_NEXT_STEP,
    COL_REFERENCE,
    COL_STATUS,
    COL_SUBJECT,
)

WIDTHS = {column: 100 for column in PRIORITY}


def test_the_least_useful_columns_give_way_first() -> None:
    # Room for six columns of 100: the four kept, the next step, then the status.
    hidden = columns_that_give_way(600, WIDTHS, chosen_hidden=())
    assert hidden == set(PRIORITY[6:])


def test_the_four_working_columns_stay_however_narrow_the_list() -> None:
    hidden = columns_that_give_way(50, WIDTHS, chosen_hidden=())
    assert set(PRIORITY[:KEPT]) == {COL_REFERENCE, COL_SUBJECT, COL_COUNTDOWN, COL_DUE}
    assert hidden == set(PRIORITY[KEPT:])


def test_a_wide_column_that_does_not_fit_leaves_its_room_to_narrower_ones() -> None:
    widths = {**WIDTHS, COL_NEXT_STEP: 300}
    hidden = columns_that_give_way(650, widths, chosen_hidden=())
    assert COL_NEXT_STEP in hidden
    # 400 for the four kept, then the status and the rights take the room the next step could not use.
    assert hidden == {COL_NEXT_STEP} | set(PRIORITY[7:])


def test_a_column_the_dpo_hid_takes_no_room_and_is_not_reported_as_giving_way() -> None:
    hidden = columns_that_give_way(500, WIDTHS, chosen_hidden={COL_NEXT_STEP})
    assert COL_NEXT_STEP not in hidden
    assert COL_STATUS not in hidden  # it takes the next step's room


@given(st.integers(0, 3000), st.lists(st.integers(48, 400), min_size=len(PRIORITY), max_size=len(PRIORITY)))
def test_what_stays_fits_unless_only_the_kept_columns_remain(available: int, sizes: list[int]) -> None:
    widths = dict(zip(PRIORITY, sizes, strict=True))
    hidden = columns_that_give_way(available, widths, chosen_hidden=())
    shown = [c for c in PRIORITY if c not in hidden]
    assert shown[:KEPT] == list(PRIORITY[:KEPT])
    assert len(shown) == KEPT or sum(widths[c] for c in shown) <= available
    # Nothing that gave way would still have fitted in the room left.
    room = available - sum(widths[c] for c in shown)
    assert all(widths[c] > room for c in hidden) or len(shown) == KEPT


def test_the_person_and_the_countdown_narrow_down_to_their_limits_when_the_kept_columns_overflow() -> None:
    widths = {COL_REFERENCE: 148, COL_SUBJECT: 196, COL_COUNTDOWN: 268, COL_DUE: 110}
    narrowed = narrowed_widths(600, widths, widths)
    assert set(narrowed) == {COL_SUBJECT, COL_COUNTDOWN}
    assert 148 + 110 + sum(narrowed.values()) == 600
    too_narrow = narrowed_widths(300, widths, widths)
    assert too_narrow == NARROWEST
    assert narrowed_widths(900, widths, widths) == {}


def _shown(window: MainWindow) -> list[int]:
    header = window.view.horizontalHeader()
    return [c for c in range(header.count()) if not header.isSectionHidden(c)]


def test_at_1366_by_768_with_a_case_open_the_working_columns_are_in_sight(
    qtbot: QtBot, window: MainWindow, stored: object
) -> None:
    reference = stored(received=date(2026, 3, 5))  # type: ignore[operator]
    window.refresh()
    window.resize(1366, 768)
    assert window.open_reference(reference)
    view = window.view
    # Laid out: the list has its share of the width and is narrower than all the columns together.
    qtbot.waitUntil(lambda: 0 < view.viewport().width() < 1000)
    qtbot.wait(50)
    header = view.horizontalHeader()
    for column in (COL_REFERENCE, COL_SUBJECT, COL_COUNTDOWN, COL_DUE):
        assert not header.isSectionHidden(column)
        # Wholly inside the list, with no sideways scrolling needed.
        left = header.sectionViewportPosition(column)
        assert 0 <= left and left + header.sectionSize(column) <= view.viewport().width() + 1
    assert view.horizontalScrollBar().maximum() == 0
    assert window.columns.given_way  # something did give way
    with_case = len(_shown(window))
    # Closing the case gives the room back: columns return, at the DPO's widths.
    window.close_detail()
    qtbot.waitUntil(lambda: len(_shown(window)) > with_case)
    assert header.sectionSize(COL_SUBJECT) >= 196
    window.resize(2600, 900)
    qtbot.waitUntil(lambda: len(_shown(window)) == header.count())


def test_a_column_hidden_from_the_menu_stays_hidden_when_the_list_widens(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1900, 900)
    (entry,) = [a for a in column_menu(window.view, window.columns).actions() if a.text() == "Channel"]
    entry.toggle()
    window.resize(2400, 900)
    qtbot.waitUntil(lambda: window.view.viewport().width() > 2000)
    assert window.view.horizontalHeader().isSectionHidden(COL_CHANNEL)
    assert COL_CHANNEL in window.columns.chosen_hidden


def test_the_saved_header_keeps_the_dpos_columns_not_what_gave_way(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(700, 700)  # the window's narrowest
    qtbot.waitUntil(lambda: window.view.horizontalHeader().isSectionHidden(COL_NEXT_STEP))
    state = window.columns.header_state()
    assert window.view.horizontalHeader().isSectionHidden(COL_NEXT_STEP)  # still fitted on screen
    window.view.horizontalHeader().restoreState(state)
    header = window.view.horizontalHeader()
    assert not any(header.isSectionHidden(c) for c in range(header.count()))
