"""The reports window: opened by its shortcut, figures for the period and filters chosen, a click on a figure or
a bar showing those cases in the register."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lazeo_desk.domain.case import Jurisdiction, OutcomeKind, RightOutcome
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import AuditRow
from lazeo_desk.store.register import QuickFilter
from lazeo_desk.ui.chart_bars import BarChart
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.reports_view import MONTH, QUARTER, ReportsView


def _cases(stored: Callable[..., str]) -> dict[str, str]:
    granted = {Right.ACCESS: RightOutcome(OutcomeKind.GRANTED)}
    return {
        # BE, due 2026-02-05: answered on time.
        "be_answered": stored(received=date(2026, 1, 5), status=Status.ANSWERED, answered=date(2026, 1, 20),
                              outcomes=granted),
        # FR, due 2026-03-03: open past due on 2026-03-10.
        "fr_overdue": stored(received=date(2026, 2, 3), jurisdiction=Jurisdiction.FR, centre="Lyon",
                             status=Status.IN_PROGRESS),
        # BE, open and on track.
        "be_open": stored(received=date(2026, 3, 2), status=Status.IN_PROGRESS, rights=(Right.ERASURE,)),
        "last_year": stored(received=date(2025, 11, 3), status=Status.IN_PROGRESS),
    }


def _open_reports(window: MainWindow, qtbot: QtBot) -> ReportsView:
    assert window.reports_action.shortcut() == QKeySequence("Ctrl+Shift+R")
    window.reports_action.trigger()
    view = window.reports
    assert view is not None
    qtbot.waitExposed(view)
    return view


def _figure(view: ReportsView, key: str) -> str:
    return view.figure_buttons[key].text().split("\n")[0]


def _click_bar(qtbot: QtBot, chart: BarChart, index: int) -> None:
    chart.grab()  # paints it, which places the bars
    rect = chart.bar_rect(index)
    assert not rect.isEmpty()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.center().x()), int(rect.bottom() - 2)))


def test_the_reports_show_the_figures_of_the_year_and_narrow_with_the_filters(
    window: MainWindow, qtbot: QtBot, stored: Callable[..., str]
) -> None:
    _cases(stored)
    view = _open_reports(window, qtbot)
    view.refresh()
    assert [_figure(view, k) for k in ("received", "answered", "on_time", "late", "open", "overdue")] == [
        "3", "1", "1", "0", "2", "1",
    ]
    assert _figure(view, "median") == "15"
    view.jurisdiction.select(Jurisdiction.FR)
    assert _figure(view, "received") == "1"
    view.jurisdiction.select(None)
    view.set_period(QUARTER, 2025, 4)
    assert _figure(view, "received") == "1"
    view.set_period(MONTH, 2026, 3)
    assert _figure(view, "received") == "1"
    assert view.months.categories and sum(view.months.totals()) == 1


def test_a_click_on_a_figure_or_a_bar_shows_those_cases_in_the_register(
    window: MainWindow, qtbot: QtBot, stored: Callable[..., str]
) -> None:
    references = _cases(stored)
    view = _open_reports(window, qtbot)
    view.refresh()
    qtbot.mouseClick(view.figure_buttons["overdue"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.summary.current() is QuickFilter.OVERDUE
    assert window.model.case_filter.received_from == date(2026, 1, 1)
    assert references["fr_overdue"] in window.model.data(window.model.index(0, 0))
    view.resize(1100, 860)
    countries = view.countries.categories
    _click_bar(qtbot, view.countries, countries.index(view.countries.categories[0]))
    qtbot.waitUntil(lambda: window.model.case_filter.jurisdiction is not None)
    assert window.model.case_filter.quick is None
    assert window.model.rowCount() == (2 if window.model.case_filter.jurisdiction is Jurisdiction.BE else 1)
    _click_bar(qtbot, view.months, 0)  # January 2026
    qtbot.waitUntil(lambda: window.model.case_filter.received_to == date(2026, 1, 31))
    assert window.model.rowCount() == 1


def test_the_reports_speak_the_windows_language(
    window: MainWindow, qtbot: QtBot, stored: Callable[..., str]
) -> None:
    _cases(stored)
    view = _open_reports(window, qtbot)
    view.refresh()
    assert view.windowTitle() == "Reports"
    assert view.figure_buttons["received"].text().endswith("Received")


def test_the_annual_report_and_the_export_of_these_cases_are_saved_where_chosen(
    window: MainWindow, qtbot: QtBot, stored: Callable[..., str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    references = _cases(stored)
    view = _open_reports(window, qtbot)
    view.refresh()
    view.jurisdiction.select(Jurisdiction.BE)
    chosen = iter([tmp_path / "report", tmp_path / "belgium.csv"])
    monkeypatch.setattr(view, "choose_path", lambda *_args: next(chosen))
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(page.extract_text() or "" for page in PdfReader(tmp_path / "report.pdf").pages)
    assert "Country: Belgium" in text
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    lines = (tmp_path / "belgium.csv").read_text(encoding="utf-8-sig").splitlines()
    exported = sorted(line.split(",")[0] for line in lines[1:])
    assert exported == sorted([references["be_answered"], references["be_open"]])


def test_an_annual_report_aimed_at_a_backup_folder_is_refused_before_it_is_made_or_recorded(
    window: MainWindow, qtbot: QtBot, stored: Callable[..., str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    recorded_messages: Any, db: Database,
) -> None:
    _cases(stored)
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "lazeo-desk-2026-03-09.sqlite3").write_bytes(b"")
    view = _open_reports(window, qtbot)
    view.refresh()
    with db.transaction() as session:
        before = session.scalar(select(func.count()).select_from(AuditRow))
    monkeypatch.setattr(view, "choose_path", lambda *_args: backups / "annual-report-2026.pdf")
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    assert [text for _title, text in recorded_messages.errors] == ["it is in a folder of lazeo-desk backups"]
    assert not (backups / "annual-report-2026.pdf").exists()
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(AuditRow)) == before
