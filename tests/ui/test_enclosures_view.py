"""The Enclosures tab of a case: the list, Add…, drag and drop, Remove, and the package's preview."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from enclosure_samples import BOOKINGS_CSV, encrypted_pdf, pdf_with_pages, scan
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.letters import LetterExtras
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.enclosures import EnclosureService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.ui import enclosures_view, letter_preview
from lazeo_desk.ui.case_detail import TAB_ENCLOSURES, CaseDetail
from lazeo_desk.ui.enclosures_model import COL_DATE, COL_PAGES, COL_SIZE, COL_SOURCE, COL_TITLE, EnclosuresModel
from lazeo_desk.ui.enclosures_view import EnclosuresView
from lazeo_desk.ui.intake_dialog import data_size

SOURCE = "Dossier patient (logiciel du centre)"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = {
        "dossier": (tmp_path / "dossier.pdf", pdf_with_pages(3)),
        "photo": (tmp_path / "photo.png", scan(image_format="PNG")),
        "actes": (tmp_path / "actes.csv", BOOKINGS_CSV),
        "locked": (tmp_path / "locked.pdf", encrypted_pdf()),
    }
    for path, content in made.values():
        path.write_bytes(content)
    return {name: path for name, (path, _) in made.items()}


@pytest.fixture
def reference(stored: Callable[..., str]) -> str:
    return stored()


@pytest.fixture
def view(qtbot: QtBot, service: CaseService, reference: str) -> EnclosuresView:
    widget = EnclosuresView(cases=service)
    qtbot.addWidget(widget)
    widget.show_case(reference)
    widget.resize(800, 400)
    widget.show()
    return widget


def _column(view: EnclosuresView, column: int) -> list[str]:
    return [str(view.model.index(row, column).data()) for row in range(view.model.rowCount())]


def _wait_idle(qtbot: QtBot, view: EnclosuresView) -> None:
    qtbot.waitUntil(view.is_idle, timeout=20_000)


def test_the_model_follows_qts_rules(qtmodeltester: Any, service: CaseService, stored: Callable[..., str]) -> None:
    reference = stored()
    EnclosureService(service.place).add(reference, "a.pdf", pdf_with_pages(2), source=SOURCE)
    model = EnclosuresModel()
    model.set_enclosures(EnclosureService(service.place).enclosures(reference))
    qtmodeltester.check(model)


def test_an_empty_case_says_how_to_add_and_offers_no_preview(view: EnclosuresView) -> None:
    assert view.model.rowCount() == 0
    assert view.empty_label.isVisible()
    assert view.add_button.isEnabled()
    assert not view.remove_button.isEnabled() and not view.preview_button.isEnabled()


def test_add_lists_each_file_with_its_title_source_date_pages_and_size(
    qtbot: QtBot, view: EnclosuresView, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(enclosures_view, "choose_files", lambda _parent: [files["dossier"], files["actes"]])
    qtbot.keyClicks(view.source_edit, SOURCE)
    with qtbot.waitSignal(view.changed, timeout=20_000):
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, view)
    assert _column(view, COL_TITLE) == ["dossier", "actes"]
    assert _column(view, COL_SOURCE) == [SOURCE, SOURCE]
    assert _column(view, COL_DATE) == ["10 Mar 2026", "10 Mar 2026"]
    assert _column(view, COL_PAGES) == ["3", "1"]
    assert _column(view, COL_SIZE) == [data_size(files["dossier"].stat().st_size), data_size(len(BOOKINGS_CSV))]
    assert not view.empty_label.isVisible() and view.preview_button.isEnabled()


def test_files_dropped_on_the_list_are_enclosed_and_a_refused_one_is_said(
    qtbot: QtBot, view: EnclosuresView, files: dict[str, Path], recorded_messages: Any
) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(files["photo"])), QUrl.fromLocalFile(str(files["locked"]))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(view.changed, timeout=20_000):
        QApplication.sendEvent(view, drop)
    _wait_idle(qtbot, view)
    assert _column(view, COL_TITLE) == ["photo"]
    ((title, text),) = recorded_messages.errors
    assert title == "Some files were not enclosed"
    assert text == "locked.pdf: the PDF is protected by a password; enclose it unprotected"


def test_a_drop_without_files_is_not_taken(view: EnclosuresView) -> None:
    data = QMimeData()
    data.setText("just text")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, enter)
    assert not enter.isAccepted()


def test_remove_asks_then_drops_the_enclosure(
    qtbot: QtBot, view: EnclosuresView, service: CaseService, reference: str, recorded_messages: Any
) -> None:
    EnclosureService(service.place).add(reference, "a.pdf", pdf_with_pages(1), title="Dossier")
    view.reload()
    view.view.selectRow(0)
    recorded_messages.answers.append(True)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert recorded_messages.questions[0][0] == "Remove the enclosure"
    assert view.model.rowCount() == 0


def test_an_enclosure_sent_with_the_answer_stays_and_the_reason_is_shown(
    qtbot: QtBot, service: CaseService, stored: Callable[..., str], recorded_messages: Any
) -> None:
    reference = stored()
    EnclosureService(service.place).add(reference, "a.pdf", pdf_with_pages(1), title="Dossier")
    letters = LetterService(service)
    extras = LetterExtras(enclosures=("Dossier",))
    letters.send(reference, letters.draft(reference, LetterKind.ACCESS_RESPONSE, extras=extras),
                 method=SendMethod.POST)
    widget = EnclosuresView(cases=service)
    qtbot.addWidget(widget)
    widget.show_case(reference)
    widget.view.selectRow(0)
    assert not widget.remove_selected()
    assert widget.model.rowCount() == 1
    ((title, text),) = recorded_messages.errors
    assert title == "The enclosure stays" and "went out with the answer" in text


def test_the_case_pane_has_an_enclosures_tab_whose_changes_reach_the_timeline(
    qtbot: QtBot, service: CaseService, stored: Callable[..., str], files: dict[str, Path]
) -> None:
    detail = CaseDetail(service)
    qtbot.addWidget(detail)
    reference = stored()
    detail.open_case(reference)
    assert detail.tabs.tabText(TAB_ENCLOSURES) == "Enclosures"
    with qtbot.waitSignal(detail.caseChanged, timeout=20_000):
        detail.enclosures.add_files([files["dossier"]])
    assert detail.loaded is not None
    assert detail.loaded.case.timeline[-1].kind == "enclosure"


def test_preview_shows_the_package_pages_and_saves_it(
    qtbot: QtBot, service: CaseService, stored: Callable[..., str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = stored()
    EnclosureService(service.place).add(reference, "a.pdf", pdf_with_pages(2), title="Dossier")
    widget = EnclosuresView(cases=service)
    qtbot.addWidget(widget)
    widget.show_case(reference)
    dialog = widget.preview_package()
    assert dialog is not None
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        pass
    assert dialog.package is not None
    assert dialog.preview.page_count() == dialog.package.pages >= 4
    assert dialog.save_button.isEnabled()
    target = tmp_path / "package.pdf"
    monkeypatch.setattr(letter_preview, "choose_save_path", lambda _parent, _title, _suggested: target)
    assert dialog.save() == target
    assert len(PdfReader(io.BytesIO(target.read_bytes())).pages) == dialog.package.pages
    dialog.close()
