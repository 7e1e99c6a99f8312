"""The reports window: opened by its shortcut, figures for the period and filters chosen, a click on a figure or
a bar showing those cases in the register."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lazeo_desk.domain.case import Case, Channel, Extension, Jurisdiction, OutcomeKind, RightOutcome
from lazeo_desk.domain.identity import Check, CheckResult, IntakeRoute, ItemRequest, Outcome, VerificationResult
from lazeo_desk.domain.report_figures import Period
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.identity import record_verification
from lazeo_desk.store.database import Database, StoreError
from lazeo_desk.store.models import AuditRow
from lazeo_desk.store.register import Handling, QuickFilter
from lazeo_desk.store.report_queries import Figures, ReportFilter
from lazeo_desk.ui.chart_bars import BarChart
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.reports_view import MONTH, QUARTER, YEAR, ReportsView

CaseFactory = Callable[..., Case]


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
    _computed(view, qtbot)
    return view


def _computed(view: ReportsView, qtbot: QtBot) -> None:
    """Wait for the figures asked for to be shown (they are computed on a worker thread)."""
    qtbot.waitUntil(lambda: not view.is_computing())


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
    _computed(view, qtbot)
    assert [_figure(view, k) for k in ("received", "answered", "on_time", "late", "open", "overdue")] == [
        "3", "1", "1", "0", "2", "1",
    ]
    assert _figure(view, "median") == "15"
    view.jurisdiction.select(Jurisdiction.FR)
    _computed(view, qtbot)
    assert _figure(view, "received") == "1"
    view.jurisdiction.select(None)
    view.set_period(QUARTER, 2025, 4)
    _computed(view, qtbot)
    assert _figure(view, "received") == "1"
    view.set_period(MONTH, 2026, 3)
    _computed(view, qtbot)
    assert _figure(view, "received") == "1"
    assert view.months.categories and sum(view.months.totals()) == 1


def test_a_click_on_a_figure_or_a_bar_shows_those_cases_in_the_register(
    window: MainWindow, qtbot: QtBot, stored: Callable[..., str]
) -> None:
    references = _cases(stored)
    view = _open_reports(window, qtbot)
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
    assert view.windowTitle() == "Reports"
    assert view.figure_buttons["received"].text().endswith("Received")


def test_the_annual_report_and_the_export_of_these_cases_are_saved_where_chosen(
    window: MainWindow, qtbot: QtBot, stored: Callable[..., str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    references = _cases(stored)
    view = _open_reports(window, qtbot)
    view.jurisdiction.select(Jurisdiction.BE)
    _computed(view, qtbot)
    chosen = iter([tmp_path / "report", tmp_path / "belgium.csv"])
    monkeypatch.setattr(view, "choose_path", lambda *_args: next(chosen))
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(page.extract_text() or "" for page in PdfReader(tmp_path / "report.pdf").pages)
    assert "Country: Belgium" in text
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.is_exporting())
    assert view.export_status.text() == "2 cases exported" and view.export_button.isEnabled()
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
    with db.transaction() as session:
        before = session.scalar(select(func.count()).select_from(AuditRow))
    monkeypatch.setattr(view, "choose_path", lambda *_args: backups / "annual-report-2026.pdf")
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    assert [text for _title, text in recorded_messages.errors] == ["it is in a folder of lazeo-desk backups"]
    assert not (backups / "annual-report-2026.pdf").exists()
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(AuditRow)) == before


def _verification(outcome: Outcome) -> VerificationResult:
    return VerificationResult(
        outcome=outcome,
        route=IntakeRoute.EMAIL_UNKNOWN,
        checks=((Check.NAME_MATCHES, CheckResult.MATCHES),),
        items_requested=(ItemRequest((Check.BIRTH_DATE_MATCHES,)),),
        summary="",
        decided_on=date(2026, 3, 9),
        by="Brigitte Perez",
    )


def _year_of_cases(service: CaseService, make_case: CaseFactory) -> dict[str, str]:
    """2026 up to 10 March, one case for each figure (BE due dates: 1 month from receipt)."""
    granted = RightOutcome(OutcomeKind.GRANTED)
    refused = RightOutcome(OutcomeKind.REFUSED, "manifestly-unfounded: repeated")
    cases = {
        # Due 2026-02-05, answered after 15 days: on time.
        "on_time": make_case(received=date(2026, 1, 5), status=Status.ANSWERED, answered=date(2026, 1, 20),
                             outcomes={Right.ACCESS: granted}),
        # Due 2026-02-06, answered 2026-02-20 (45 days): late.
        "late": replace(make_case(received=date(2026, 1, 6), status=Status.ANSWERED, answered=date(2026, 2, 20),
                                  outcomes={Right.ACCESS: granted}), channel=Channel.POST),
        # Extended to 2026-04-07; answered after 53 days: on time.
        "extended": make_case(received=date(2026, 1, 7), status=Status.ANSWERED, answered=date(2026, 3, 1),
                              outcomes={Right.ACCESS: granted},
                              extension=Extension("records of thirty years", date(2026, 1, 20))),
        # Two rights refused on one request, after 8 days.
        "refused": replace(make_case(received=date(2026, 2, 2), rights=(Right.ERASURE, Right.OBJECTION),
                                     jurisdiction=Jurisdiction.LU, centre="Luxembourg",
                                     status=Status.REFUSED, answered=date(2026, 2, 10),
                                     outcomes={Right.ERASURE: refused, Right.OBJECTION: refused}),
                           channel=Channel.WEB_FORM),
        # Erasure partly refused, after 22 days.
        "partly": make_case(received=date(2026, 2, 3), rights=(Right.ERASURE,), status=Status.ANSWERED,
                            answered=date(2026, 2, 25),
                            outcomes={Right.ERASURE: RightOutcome(OutcomeKind.PARTLY_GRANTED, "kept 30 years")}),
        # FR, due 2026-03-03: open past due.
        "overdue": make_case(received=date(2026, 2, 3), jurisdiction=Jurisdiction.FR, centre="Lyon",
                             status=Status.IN_PROGRESS),
        # Identity could not be established.
        "identity": make_case(received=date(2026, 3, 2), status=Status.NEW),
        "open": replace(make_case(received=date(2026, 3, 3), status=Status.IN_PROGRESS), channel=Channel.PHONE),
    }
    found = {key: service.open_case(case) for key, case in cases.items()}
    record_verification(service, found["identity"], _verification(Outcome.CANNOT_BE_VERIFIED))
    return found


def _shown_rows(window: MainWindow, qtbot: QtBot) -> int:
    qtbot.waitUntil(window.background_idle)
    while window.model.canFetchMore():
        window.model.fetchMore()
    return window.model.rowCount()


def test_every_figure_opens_the_register_on_as_many_cases_as_it_counts(
    window: MainWindow, qtbot: QtBot, service: CaseService, make_case: CaseFactory
) -> None:
    references = _year_of_cases(service, make_case)
    view = _open_reports(window, qtbot)
    view.refresh()
    _computed(view, qtbot)
    expected = {"received": "8", "answered": "5", "on_time": "4", "late": "1", "open": "3", "overdue": "1",
                "extended": "1", "partly_refused": "1", "identity": "1", "refusals": "2"}
    assert {key: _figure(view, key) for key in expected} == expected
    for key, figure in expected.items():
        qtbot.mouseClick(view.figure_buttons[key], Qt.MouseButton.LeftButton)
        rows = _shown_rows(window, qtbot)
        if key == "refusals":
            # Refusals count per right: two rights refused, on one request.
            assert rows == 1 and window.model.reference_at(0) == references["refused"]
        else:
            assert rows == int(figure), key
        assert window.model.case_filter.received_from == date(2026, 1, 1)
    qtbot.mouseClick(view.figure_buttons["late"], Qt.MouseButton.LeftButton)
    assert window.model.case_filter.handling is Handling.ANSWERED_LATE
    assert window.report_chip.isVisible()
    assert window.report_chip.label.text() == "Filtered from the reports: answered late"
    assert [window.model.reference_at(0)] == [references["late"]]
    # The days to answer of the five answers: 8, 15, 22, 45, 53 — median 22, 90th percentile 53.
    assert (_figure(view, "median"), _figure(view, "p90")) == ("22", "53")
    qtbot.mouseClick(view.figure_buttons["median"], Qt.MouseButton.LeftButton)
    assert _shown_rows(window, qtbot) == 3
    assert window.report_chip.label.text() == "Filtered from the reports: answered · answered in 22 days or more"
    qtbot.mouseClick(view.figure_buttons["p90"], Qt.MouseButton.LeftButton)
    assert _shown_rows(window, qtbot) == 1 and window.model.reference_at(0) == references["extended"]


def test_every_bar_opens_the_register_on_the_cases_it_counts(
    window: MainWindow, qtbot: QtBot, service: CaseService, make_case: CaseFactory
) -> None:
    _year_of_cases(service, make_case)
    view = _open_reports(window, qtbot)
    view.resize(1100, 860)
    figures = view.figures
    assert figures is not None
    # A month's bar stacks its requests by right (two rights refused in February count twice): the bar opens the
    # month's requests.
    for index, month in enumerate(figures.by_month):
        _click_bar(qtbot, view.months, index)
        assert _shown_rows(window, qtbot) == month.received, month.month
    assert [m.received for m in figures.by_month] == [3, 3, 2] and view.months.totals()[1] == 4
    for chart in (view.countries, view.centres, view.channels, view.days):
        assert chart.categories, chart.title
        for index, total in enumerate(chart.totals()):
            if not total:
                continue
            _click_bar(qtbot, chart, index)
            assert _shown_rows(window, qtbot) == int(total), (chart.title, chart.categories[index])
    assert view.channels.categories == ["E-mail", "Phone", "Post", "Web form"]
    # The on-time rate of a month opens the answers to its requests, on time or late.
    for index, month in enumerate(figures.by_month):
        _click_bar(qtbot, view.on_time, index)
        assert _shown_rows(window, qtbot) == month.answered, month.month
    assert window.model.case_filter.handling is Handling.ANSWERED


def test_the_chip_of_a_click_in_the_reports_is_removed_with_its_cross(
    window: MainWindow, qtbot: QtBot, service: CaseService, make_case: CaseFactory
) -> None:
    _year_of_cases(service, make_case)
    view = _open_reports(window, qtbot)
    view.resize(1100, 860)
    _click_bar(qtbot, view.channels, view.channels.categories.index("Post"))
    assert _shown_rows(window, qtbot) == 1
    assert window.report_chip.label.text() == "Filtered from the reports: Post"
    qtbot.mouseClick(window.report_chip.remove_button, Qt.MouseButton.LeftButton)
    assert not window.report_chip.isVisible()
    assert window.model.case_filter.channel is None
    # The period of the click stays, in the filter bar's own fields.
    assert _shown_rows(window, qtbot) == 8
    qtbot.mouseClick(view.figure_buttons["extended"], Qt.MouseButton.LeftButton)
    assert _shown_rows(window, qtbot) == 1
    window.clear_filters()
    assert not window.report_chip.isVisible() and window.model.case_filter.handling is None


def test_the_figures_are_computed_off_the_window_thread_and_the_latest_request_wins(
    window: MainWindow, qtbot: QtBot, stored: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _cases(stored)
    view = _open_reports(window, qtbot)
    service = view._service
    compute = service.figures
    release = threading.Event()
    asked: list[tuple[ReportFilter, bool]] = []

    def slow(report_filter: ReportFilter) -> Figures:
        asked.append((report_filter, threading.current_thread() is threading.main_thread()))
        release.wait(10)
        return compute(report_filter)

    monkeypatch.setattr(service, "figures", slow)
    view.set_period(QUARTER, 2026, 1)
    # The window answers while the first computation waits; the figures shown are marked out of date.
    assert view.is_computing() and view.computing_label.isVisible()
    assert not view.figure_buttons["received"].isEnabled()
    view.set_period(MONTH, 2026, 2)
    view.set_period(MONTH, 2026, 3)
    view.jurisdiction.select(Jurisdiction.BE)
    release.set()
    _computed(view, qtbot)
    latest = ReportFilter(Period.month(2026, 3), jurisdiction=Jurisdiction.BE)
    # The first request, then only the latest: the ones in between were never computed.
    assert [f for f, _ in asked] == [ReportFilter(Period.quarter(2026, 1)), latest]
    assert not any(on_main for _, on_main in asked)
    assert _figure(view, "received") == "1"
    assert not view.computing_label.isVisible() and view.figure_buttons["received"].isEnabled()


def test_a_database_error_while_computing_is_said_once_and_the_view_stays_usable(
    window: MainWindow, qtbot: QtBot, stored: Callable[..., str], monkeypatch: pytest.MonkeyPatch,
    recorded_messages: Any,
) -> None:
    _cases(stored)
    view = _open_reports(window, qtbot)

    def broken(_report_filter: ReportFilter) -> Figures:
        raise StoreError("the database is locked")

    monkeypatch.setattr(view._service, "figures", broken)
    view.set_period(YEAR, 2025)
    _computed(view, qtbot)
    assert [text for _title, text in recorded_messages.errors] == ["the database is locked"]
    assert view.figure_buttons["received"].isEnabled()
