"""The package preview's actions: passages hidden with the real redaction widgets, the package saved with what was
hidden recorded, an e-mail draft with the package attached encrypted and its password shown once, and the package
printed then recorded as sent by registered post."""

from __future__ import annotations

import email
import io
import json
from collections.abc import Callable
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from lazeo_desk.domain.messages import said
from lazeo_desk.letters.redaction import RedactionError
from lazeo_desk.services import printing
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.enclosures import EnclosureService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.maintenance import audit_trail
from lazeo_desk.ui import email_draft_files, enclosures_preview, letter_preview
from lazeo_desk.ui.enclosures_preview import PackagePreviewDialog
from lazeo_desk.ui.letter_dialog import PrinterChoice

WIDTH, HEIGHT = A4
THIRD_PARTY = "Jerome Vandenbroucke"
NEIGHBOUR = "Marc Peeters"


def _pages(*lines: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for line in lines:
        canvas.drawString(72, 720, line)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _text(pdf: bytes, password: str = "") -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def _trail(service: CaseService, reference: str, action: str) -> list[dict[str, Any]]:
    return [json.loads(entry.detail) for entry in audit_trail(service.db, reference) if entry.action == action]


@pytest.fixture
def reference(service: CaseService, stored: Callable[..., str]) -> str:
    reference = stored(email="elodie.vercammen@example.be")
    enclosures = EnclosureService(service.place)
    enclosures.add(reference, "consult.pdf", _pages(f"Consultation with {THIRD_PARTY} present", "Page two"),
                   title="Consultation")
    enclosures.add(reference, "visit.pdf", _pages(f"Visit reported by {NEIGHBOUR}"), title="Visit")
    return reference


@pytest.fixture
def dialog(qtbot: QtBot, service: CaseService, reference: str) -> PackagePreviewDialog:
    shown = PackagePreviewDialog(place=service.place, reference=reference)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.package is not None and not shown.is_busy(), timeout=60_000)
    return shown


def _hide(qtbot: QtBot, dialog: PackagePreviewDialog, *, term: str = "", box_on_page: int | None = None) -> None:
    """Open "Hide passages…", type ``term`` and draw a box over the line of ``box_on_page`` with the mouse, OK."""
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
    hiding = dialog.hiding_dialog
    assert hiding is not None
    qtbot.waitUntil(hiding.ok_button.isEnabled, timeout=60_000)
    view = hiding.view
    if term:
        qtbot.keyClicks(view.term_edit, term)
        qtbot.mouseClick(view.add_term_button, Qt.MouseButton.LeftButton)
    if box_on_page is not None:
        page = view.page(box_on_page)
        view.pages_area.ensureWidgetVisible(page)
        scale = page.width() / WIDTH
        # The line is written 720 pt above the bottom edge: from 60 pt left, 100 pt below the top, to 135 pt.
        start, end = QPoint(round(60 * scale), round(100 * scale)), QPoint(round(400 * scale), round(135 * scale))
        qtbot.mousePress(page, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(page, end)
        qtbot.mouseRelease(page, Qt.MouseButton.LeftButton, pos=end)
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        qtbot.mouseClick(hiding.ok_button, Qt.MouseButton.LeftButton)


def test_the_pages_to_hide_passages_on_are_the_enclosures_alone(
    qtbot: QtBot, dialog: PackagePreviewDialog
) -> None:
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
    hiding = dialog.hiding_dialog
    assert hiding is not None
    qtbot.waitUntil(hiding.ok_button.isEnabled, timeout=60_000)
    # Three pages of enclosures; the letter and the index are not among them.
    assert hiding.view.page_count() == 3
    hiding.reject()


def test_a_term_and_a_box_hidden_in_the_window_are_gone_from_the_saved_package_and_recorded(
    qtbot: QtBot, dialog: PackagePreviewDialog, service: CaseService, reference: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert THIRD_PARTY in _text(dialog.package.pdf if dialog.package else b"")
    # The neighbour's line is on the third page of the enclosures (the first of the second enclosure).
    _hide(qtbot, dialog, term=THIRD_PARTY, box_on_page=2)
    package = dialog.package
    assert package is not None and package.hidden is not None
    assert package.hidden.passages == 2
    assert "2 passages hidden." in dialog.summary.text()
    target = tmp_path / "package.pdf"
    monkeypatch.setattr(letter_preview, "choose_save_path", lambda _parent, _title, _suggested: target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = _text(target.read_bytes())
    assert THIRD_PARTY not in saved and NEIGHBOUR not in saved
    assert "Page two" in saved
    (record,) = _trail(service, reference, "saved")
    assert record["file"] == str(target) and record["sha256"] == package.sha256
    hidden = record["hidden"]
    assert hidden["passages"] == 2 and hidden["reason"] == "other-persons"
    assert {(item["page"], item["what"]) for item in hidden["where"]} == {(1, "term"), (3, "box")}


def test_a_term_found_nowhere_is_said_in_the_summary(qtbot: QtBot, dialog: PackagePreviewDialog) -> None:
    _hide(qtbot, dialog, term="Nobody Known")
    assert dialog.package is not None and dialog.package.hidden is not None
    assert dialog.package.hidden.passages == 0
    assert "Nothing to hide was found in the enclosures." in dialog.summary.text()


def test_the_marks_stay_when_the_hiding_window_is_opened_again(
    qtbot: QtBot, dialog: PackagePreviewDialog
) -> None:
    _hide(qtbot, dialog, term=THIRD_PARTY)
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
    assert dialog.hiding_dialog is not None
    assert dialog.hiding_dialog.terms() == (THIRD_PARTY,)
    dialog.hiding_dialog.reject()


def test_a_package_that_cannot_be_rebuilt_is_said_and_the_passages_can_be_chosen_again(
    qtbot: QtBot, dialog: PackagePreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_place: object, _reference: str, _hiding: object = None) -> object:
        raise RedactionError(said("the pages of the enclosures cannot be read"))

    monkeypatch.setattr(enclosures_preview, "build_and_draw", refuse)
    _hide(qtbot, dialog, term=THIRD_PARTY)
    assert dialog.package is None
    assert not dialog.save_button.isEnabled() and not dialog.email_button.isEnabled()
    assert not dialog.print_button.isEnabled()
    assert dialog.hide_button.isEnabled()
    assert dialog.hide_passages() is dialog.hiding_dialog
    assert dialog.hiding_dialog is not None and dialog.hiding_dialog.terms() == (THIRD_PARTY,)
    dialog.hiding_dialog.reject()


def test_the_e_mail_draft_carries_the_hidden_package_encrypted_and_shows_its_password_once(
    qtbot: QtBot, dialog: PackagePreviewDialog, service: CaseService, reference: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _hide(qtbot, dialog, term=THIRD_PARTY)
    target = tmp_path / "answer.eml"
    monkeypatch.setattr(email_draft_files, "choose_eml_path", lambda _parent, _title, _suggested: target)
    with qtbot.waitSignal(dialog.sent, timeout=60_000) as sent:
        qtbot.mouseClick(dialog.email_button, Qt.MouseButton.LeftButton)
    assert sent.args == [reference]
    assert "One passage hidden." in dialog.summary.text()
    # The answer went out: it is not sent a second time from here; the package can still be saved.
    assert not dialog.email_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()
    shown = dialog.password_dialog
    assert shown is not None and shown.isVisible()
    password = shown.password.text()
    assert len(password) >= 12 and password in shown.note.toPlainText()
    qtbot.mouseClick(shown.copy_password_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == password

    message = email.message_from_bytes(target.read_bytes(), policy=default)
    assert message["To"] == "elodie.vercammen@example.be" and message["X-Unsent"] == "1"
    attached = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    data = attached[f"{reference}-data.pdf"]
    assert PdfReader(io.BytesIO(data)).is_encrypted
    opened = _text(data, password)
    assert "Page two" in opened and THIRD_PARTY not in opened

    (logged,) = LetterService(service).log(reference)
    assert logged.method is SendMethod.EMAIL
    saved = _trail(service, reference, "saved")
    assert [entry["file"] for entry in saved] == [str(target), str(target)]
    assert saved[1]["hidden"]["passages"] == 1
    assert saved[1]["encrypted_sha256"] == saved[0]["attachment_sha256"]
    # The password is kept nowhere: not in the record, and gone from the window once closed.
    assert all(password not in entry.detail for entry in audit_trail(service.db, reference))
    shown.accept()
    assert shown.password.text() == "" and shown.note.toPlainText() == ""


def test_a_cancelled_file_choice_writes_no_draft(
    qtbot: QtBot, dialog: PackagePreviewDialog, service: CaseService, reference: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(email_draft_files, "choose_eml_path", lambda _parent, _title, _suggested: None)
    qtbot.mouseClick(dialog.email_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_busy() and dialog.password_dialog is None
    assert LetterService(service).log(reference) == []


def test_a_case_without_an_address_is_said_and_no_draft_is_recorded(
    qtbot: QtBot, service: CaseService, stored: Callable[..., str], tmp_path: Path, recorded_messages: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = stored()
    EnclosureService(service.place).add(reference, "a.pdf", _pages("Dossier"), title="Dossier")
    shown = PackagePreviewDialog(place=service.place, reference=reference)
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.package is not None and not shown.is_busy(), timeout=60_000)
    target = tmp_path / "answer.eml"
    monkeypatch.setattr(email_draft_files, "choose_eml_path", lambda _parent, _title, _suggested: target)
    with qtbot.waitSignal(shown.emailed, timeout=60_000):
        qtbot.mouseClick(shown.email_button, Qt.MouseButton.LeftButton)
    ((title, _text_shown),) = recorded_messages.errors
    assert title == "The e-mail draft was not written"
    assert not target.exists() and LetterService(service).log(reference) == []


class PrintRecorder:
    def __init__(self) -> None:
        self.jobs: list[tuple[bytes, str | None, int]] = []

    def print_pdf(self, pdf: bytes, *, printer: str | None, title: str, copies: int = 1) -> printing.PrintJob:
        self.jobs.append((pdf, printer, copies))
        return printing.PrintJob(printer or "default", f"{printer}-42")


@pytest.fixture
def printer(monkeypatch: pytest.MonkeyPatch) -> PrintRecorder:
    recorder = PrintRecorder()
    monkeypatch.setattr(printing, "print_pdf", recorder.print_pdf)
    monkeypatch.setattr(enclosures_preview, "choose_printer", lambda _parent, _title: PrinterChoice("lazeo-pdf", 1))
    return recorder


def test_the_printed_package_is_recorded_as_sent_by_registered_post_with_its_tracking_number(
    qtbot: QtBot, dialog: PackagePreviewDialog, service: CaseService, reference: str, printer: PrintRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _hide(qtbot, dialog, term=THIRD_PARTY)
    monkeypatch.setattr(enclosures_preview, "ask_tracking_number", lambda _parent: "1A 234 567 8901 2")
    with qtbot.waitSignal(dialog.sent, timeout=10_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    package = dialog.package
    assert package is not None
    ((pdf, queue, copies),) = printer.jobs
    assert pdf == package.pdf and queue == "lazeo-pdf" and copies == 1
    assert THIRD_PARTY not in _text(pdf)
    (logged,) = LetterService(service).log(reference)
    assert logged.method is SendMethod.REGISTERED_POST and logged.tracking_number == "1A 234 567 8901 2"
    (printed,) = _trail(service, reference, "printed")
    assert printed["printer"] == "lazeo-pdf" and printed["sha256"] == package.sha256
    assert printed["hidden"]["passages"] == 1
    assert "Recorded as sent by registered post (1A 234 567 8901 2)." in dialog.status.text()
    assert not dialog.print_button.isEnabled() and not dialog.email_button.isEnabled()


def test_an_empty_tracking_number_is_asked_again_and_a_cancel_records_nothing(
    qtbot: QtBot, dialog: PackagePreviewDialog, service: CaseService, reference: str, printer: PrintRecorder,
    recorded_messages: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = ["  ", None]
    monkeypatch.setattr(enclosures_preview, "ask_tracking_number", lambda _parent: answers.pop(0))
    assert not dialog.print_package()
    assert len(printer.jobs) == 1
    assert [title for title, _ in recorded_messages.errors] == ["Tracking number needed"]
    assert LetterService(service).log(reference) == []
    assert dialog.status.text().endswith("Not recorded as sent.")


def test_a_printer_that_refuses_the_package_is_a_message_and_nothing_is_recorded(
    qtbot: QtBot, dialog: PackagePreviewDialog, service: CaseService, reference: str, recorded_messages: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(_pdf: bytes, **_options: object) -> printing.PrintJob:
        raise printing.PrintError("lp: The printer or class does not exist.")

    monkeypatch.setattr(printing, "print_pdf", refuse)
    monkeypatch.setattr(enclosures_preview, "choose_printer", lambda _parent, _title: PrinterChoice("gone", 1))
    assert not dialog.print_package()
    assert recorded_messages.errors == [("The package was not printed", "lp: The printer or class does not exist.")]
    assert LetterService(service).log(reference) == [] and _trail(service, reference, "printed") == []
