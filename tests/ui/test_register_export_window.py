"""The register exported from the window: exactly the cases it shows (filters, search, a click in the reports, its
order), as XLSX or CSV, written off the window's thread and recorded in the audit trail."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lazeo_desk.domain.case import Jurisdiction, OutcomeKind, RightOutcome
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import AuditRow
from lazeo_desk.store.register import CaseFilter, Handling
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.register_model import COL_RECEIVED

GRANTED = {Right.ACCESS: RightOutcome(OutcomeKind.GRANTED)}


@pytest.fixture
def cases(stored: Callable[..., str]) -> dict[str, str]:
    return {
        "anna_be": stored(name="Anna Peeters", received=date(2026, 1, 5), status=Status.ANSWERED,
                          answered=date(2026, 1, 20), outcomes=GRANTED),
        "anna_be_late": stored(name="Anna Janssens", received=date(2026, 1, 6), status=Status.ANSWERED,
                               answered=date(2026, 2, 20), outcomes=GRANTED),
        "anna_be_open": stored(name="Anna Maes", received=date(2026, 3, 2), status=Status.IN_PROGRESS),
        "anna_fr": stored(name="Anna Martin", received=date(2026, 2, 3), jurisdiction=Jurisdiction.FR,
                          centre="Lyon", status=Status.IN_PROGRESS),
        "bert_be": stored(name="Bert Claes", received=date(2026, 2, 9), status=Status.IN_PROGRESS),
    }


def _all_shown(window: MainWindow) -> list[str]:
    while window.model.canFetchMore():
        window.model.fetchMore()
    return [window.model.reference_at(row) for row in range(window.model.rowCount())]


def _export(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(window, "choose_export_path", lambda: target)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: window.background_idle() and window.export_action.isEnabled())


def test_the_xlsx_export_holds_exactly_the_filtered_and_searched_cases_in_the_registers_order(
    window: MainWindow, qtbot: QtBot, cases: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    db: Database,
) -> None:
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.export_action in window.file_menu.actions()
    assert window.export_action in window.view.actions()  # the register's right-click menu
    window.filters.jurisdiction.select(Jurisdiction.BE)
    qtbot.keyClicks(window.filters.search, "anna")
    qtbot.waitUntil(lambda: window.model.case_filter.text == "anna")
    window.view.sortByColumn(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
    shown = _all_shown(window)
    assert shown == [cases["anna_be_open"], cases["anna_be_late"], cases["anna_be"]]
    target = tmp_path / "register.xlsx"
    _export(window, qtbot, monkeypatch, target)
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == shown
    assert rows[1][1].date() == date(2026, 3, 2)  # a real date
    assert window.statusBar().currentMessage() == f"3 cases exported to {target}"
    with db.transaction() as session:
        detail = session.scalar(select(AuditRow.detail).where(AuditRow.action == "exported"))
    recorded = json.loads(detail or "{}")
    assert recorded["filter"] == {"text": "anna", "country": "BE"}
    assert (recorded["rows"], recorded["format"], recorded["sort"]) == (3, "xlsx", "received descending")


def test_the_csv_export_after_a_click_in_the_reports_holds_the_cases_that_click_showed(
    window: MainWindow, qtbot: QtBot, cases: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.show_cases(CaseFilter(received_from=date(2026, 1, 1), received_to=date(2026, 12, 31),
                                 handling=Handling.ANSWERED_LATE))
    assert window.report_chip.isVisible()
    assert _all_shown(window) == [cases["anna_be_late"]]
    target = tmp_path / "late"
    _export(window, qtbot, monkeypatch, target)
    written = tmp_path / "late.xlsx"  # no known extension: a workbook
    assert written.exists()
    target = tmp_path / "late.csv"
    _export(window, qtbot, monkeypatch, target)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == [cases["anna_be_late"]]
    assert window.statusBar().currentMessage() == f"1 case exported to {target}"


def test_an_export_aimed_at_a_backup_folder_is_refused_in_one_message_and_recorded_nowhere(
    window: MainWindow, qtbot: QtBot, cases: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    recorded_messages: Any, db: Database,
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "lazeo-desk-2026-03-09.sqlite3").write_bytes(b"")
    with db.transaction() as session:
        before = session.scalar(select(func.count()).select_from(AuditRow))
    _export(window, qtbot, monkeypatch, backups / "register.csv")
    assert recorded_messages.errors == [("Export the register", "it is in a folder of lazeo-desk backups")]
    assert not (backups / "register.csv").exists()
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(AuditRow)) == before
    assert window.export_action.isEnabled()


def test_cancelling_the_file_dialog_exports_nothing(
    window: MainWindow, qtbot: QtBot, cases: dict[str, str], monkeypatch: pytest.MonkeyPatch, db: Database,
) -> None:
    monkeypatch.setattr(window, "choose_export_path", lambda: None)
    window.export_action.trigger()
    assert window.background_idle() and window.export_action.isEnabled()
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(AuditRow).where(AuditRow.action == "exported")) == 0
