"""The letter log of a case: every letter sent, and the exact PDF kept for it, opened or saved as a copy."""

from __future__ import annotations

import stat
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lazeo_desk.domain.case import Case
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.letters import LetterExtras
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import LetterRow
from lazeo_desk.ui import letter_log, letter_preview
from lazeo_desk.ui.letter_log import (
    COL_KIND,
    COL_METHOD,
    COL_SENT,
    COL_SHA256,
    COL_TRACKING,
    LetterLogModel,
    LetterLogView,
)

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def letters(service: CaseService) -> LetterService:
    return LetterService(service)


@pytest.fixture
def sent_case(service: CaseService, letters: LetterService, clock: FixedClock, make_case: Callable[..., Case]) -> str:
    """A case with an acknowledgement sent on 10 March and an extension notice by registered post on 12 March."""
    case = make_case()
    case.subject.address = ("Kerkstraat 12 bus 3", "9000 Gent", "België")
    reference = service.open_case(case)
    letters.send(reference, letters.draft(reference, LetterKind.ACKNOWLEDGEMENT), method=SendMethod.EMAIL)
    clock.set(datetime(2026, 3, 12, 10, 0, tzinfo=PARIS))
    extras = LetterExtras(extension_reason="dossiers in drie centra")
    draft = letters.draft(reference, LetterKind.EXTENSION_NOTICE, extras=extras)
    letters.send(reference, draft, method=SendMethod.REGISTERED_POST, tracking_number="1A23456789012", extras=extras)
    return reference


@pytest.fixture
def log_view(qtbot: QtBot, letters: LetterService) -> LetterLogView:
    view = LetterLogView(letters=letters)
    qtbot.addWidget(view)
    view.show()
    return view


def _column(view: LetterLogView, column: int) -> list[str]:
    return [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]


def test_the_model_follows_qts_rules(qtmodeltester: Any, letters: LetterService, sent_case: str) -> None:
    model = LetterLogModel()
    model.set_letters(letters.log(sent_case))
    qtmodeltester.check(model)


def test_the_log_lists_each_letter_newest_first(log_view: LetterLogView, sent_case: str) -> None:
    assert log_view.show_case(sent_case)
    assert _column(log_view, COL_SENT) == ["12 Mar 2026", "10 Mar 2026"]
    assert _column(log_view, COL_KIND) == ["Extension notice", "Acknowledgement of receipt"]
    assert _column(log_view, COL_METHOD) == ["Registered post", "E-mail"]
    assert _column(log_view, COL_TRACKING) == ["1A23456789012", ""]
    newest = log_view.model.letter_at(0)
    full = log_view.proxy.index(0, COL_SHA256).data(Qt.ItemDataRole.ToolTipRole)
    assert full == newest.sha256 and log_view.proxy.index(0, COL_SHA256).data().startswith(newest.sha256[:16])
    assert not log_view.empty_label.isVisibleTo(log_view)


def test_sorting_by_date_uses_the_dates_not_their_text(qtbot: QtBot, log_view: LetterLogView, sent_case: str) -> None:
    log_view.show_case(sent_case)
    log_view.view.sortByColumn(COL_SENT, Qt.SortOrder.AscendingOrder)
    assert _column(log_view, COL_SENT) == ["10 Mar 2026", "12 Mar 2026"]


def test_a_case_without_letters_says_so_and_offers_nothing(
    log_view: LetterLogView, service: CaseService, make_case: Callable[..., Case]
) -> None:
    log_view.show_case(service.open_case(make_case()))
    assert log_view.proxy.rowCount() == 0
    assert log_view.empty_label.isVisibleTo(log_view)
    assert not log_view.open_button.isEnabled() and not log_view.save_button.isEnabled()


def test_open_the_pdf_sent_shows_a_private_copy_of_the_exact_pdf(
    qtbot: QtBot, log_view: LetterLogView, letters: LetterService, sent_case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []

    def open_file(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(letter_log, "open_file", open_file)
    log_view.show_case(sent_case)
    log_view.select_row(0)
    assert log_view.open_button.isEnabled()
    qtbot.mouseClick(log_view.open_button, Qt.MouseButton.LeftButton)
    (path,) = opened
    entry = log_view.model.letter_at(0)
    assert path.read_bytes() == letters.stored_pdf(entry.id)
    assert path.name == f"{sent_case}-extension-notice-nl-2026-03-12.pdf"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_save_a_copy_writes_the_stored_pdf(
    qtbot: QtBot, log_view: LetterLogView, letters: LetterService, sent_case: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(letter_preview, "choose_save_path", lambda _parent, _title, _suggested: target)
    log_view.show_case(sent_case)
    log_view.select_row(1)
    qtbot.mouseClick(log_view.save_button, Qt.MouseButton.LeftButton)
    entry = log_view.model.letter_at(1)
    assert entry.kind is LetterKind.ACKNOWLEDGEMENT and entry.sent_on == date(2026, 3, 10)
    assert target.read_bytes() == letters.stored_pdf(entry.id)


def test_a_pdf_changed_since_it_was_sent_is_flagged_before_use(
    log_view: LetterLogView, sent_case: str, db: Database, monkeypatch: pytest.MonkeyPatch, recorded_messages: Any
) -> None:
    with db.transaction() as session:
        row = session.scalars(select(LetterRow).order_by(LetterRow.id.desc())).first()
        assert row is not None
        row.pdf = row.pdf.replace(b"%%EOF", b"%%EOF\n% altered")
    opened: list[Path] = []

    def open_file(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(letter_log, "open_file", open_file)
    log_view.show_case(sent_case)
    log_view.select_row(0)
    recorded_messages.answers.append(False)
    assert log_view.open_selected() is None
    ((title, _text),) = recorded_messages.questions
    assert title == "The PDF does not match its record"
    assert opened == []


def test_no_viewer_for_pdf_files_is_a_message(
    log_view: LetterLogView, sent_case: str, monkeypatch: pytest.MonkeyPatch, recorded_messages: Any
) -> None:
    monkeypatch.setattr(letter_log, "open_file", lambda _path: False)
    log_view.show_case(sent_case)
    log_view.select_row(0)
    assert log_view.open_selected() is None
    ((title, text),) = recorded_messages.errors
    assert title == "The PDF cannot be opened" and "Save a copy" in text
