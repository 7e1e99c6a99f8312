"""Importing files: read off the GUI thread, one dialog each in turn, the refused files listed once at the end."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMessageLogContext,
    QMimeData,
    QPoint,
    QPointF,
    QSettings,
    Qt,
    QtMsgType,
    QUrl,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import func, select

from lazeo_desk.domain.case import Channel, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_reading import OLE_SIGNATURE
from lazeo_desk.store.database import Database
from lazeo_desk.store.documents import documents_of, read_content
from lazeo_desk.store.models import Base
from lazeo_desk.ui import intake_controller
from lazeo_desk.ui.intake_controller import (
    READ_AHEAD,
    IntakeController,
    MessageFile,
    RefusedFile,
    ScanFile,
    read_intake_file,
)
from lazeo_desk.ui.intake_dialog import IntakeDialog, MessageIntakeDialog, ScanIntakeDialog

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "requests"
SIX = sorted(SAMPLES.glob("0*.eml"))

# received, rights, language, country, data subject — as the messages say (SCENARIOS.md 1-5).
EXPECTED = {
    "01-nl-access-gent.eml": (
        date(2026, 3, 5), (Right.ACCESS, Right.MEDICAL_RECORD), Language.NL, Jurisdiction.BE, "Ëlodie Vercammen"
    ),
    "02-fr-erasure-marketing-paris.eml": (
        date(2026, 4, 8), (Right.ERASURE, Right.OBJECTION), Language.FR, Jurisdiction.FR, "François Dupré"
    ),
    "03-en-portability-luxembourg.eml": (
        date(2026, 5, 23), (Right.PORTABILITY,), Language.EN, Jurisdiction.LU, "Mark O'Neill"
    ),
    "04-fr-lawyer-mandate.eml": (
        date(2026, 6, 14), (Right.MEDICAL_RECORD,), Language.FR, Jurisdiction.FR, "Sophie Martin"
    ),
    "05-fr-heir-deceased.eml": (
        date(2026, 7, 6), (Right.ACCESS, Right.MEDICAL_RECORD), Language.FR, Jurisdiction.FR, "Jean Bernard"
    ),
}


@pytest.fixture
def summer(clock: FixedClock) -> FixedClock:
    """A day after every sample request arrived."""
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    return clock


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """Stands for the main window, which owns the controller."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def controller(service: CaseService, host: QWidget, summer: FixedClock) -> Iterator[IntakeController]:
    intake = IntakeController(service, parent=host)
    yield intake
    intake.shutdown()


@pytest.fixture
def changes(controller: IntakeController) -> list[None]:
    """One item each time the controller says the register must be read again."""
    seen: list[None] = []
    controller.casesChanged.connect(lambda: seen.append(None))
    return seen


def snapshot(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        return {
            name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in Base.metadata.tables.items()
        }


def next_dialog(qtbot: QtBot, controller: IntakeController, previous: IntakeDialog | None = None) -> IntakeDialog:
    """The dialog the controller opens next (once the file has been read in the background)."""
    qtbot.waitUntil(lambda: controller.current_dialog is not None and controller.current_dialog is not previous)
    dialog = controller.current_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def png_bytes() -> bytes:
    image = QImage(120, 170, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def pdf_bytes() -> bytes:
    stream = BytesIO()
    document = canvas.Canvas(stream, pagesize=A4)
    document.drawString(72, 770, "Je demande l'accès à mon dossier médical.")
    document.showPage()
    document.save()
    return stream.getvalue()


@contextmanager
def qt_messages() -> Iterator[list[str]]:
    """What Qt logs meanwhile, kept here instead of failing the test."""
    logged: list[str] = []

    def keep(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        logged.append(message)

    previous = qInstallMessageHandler(keep)
    try:
        yield logged
    finally:
        qInstallMessageHandler(previous)


def file_urls(*names: str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(name) for name in names])
    return mime


# the six sample requests, through the dialogs ------------------------------------------------------------------------


def test_the_six_sample_emails_become_five_cases_and_the_reminder_joins_the_first(
    qtbot: QtBot, controller: IntakeController, service: CaseService, db: Database, changes: list[None]
) -> None:
    controller.import_files(SIX)
    created: dict[str, str] = {}
    dialog: IntakeDialog | None = None
    for path in SIX[:5]:
        dialog = next_dialog(qtbot, controller, dialog)
        assert isinstance(dialog, MessageIntakeDialog) and dialog.draft.source == str(path)
        assert not dialog.match_banner.isVisible()
        with qtbot.waitSignal(dialog.stored) as stored:
            qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        created[path.name] = stored.args[0].reference
    first = created["01-nl-access-gent.eml"]
    dialog = next_dialog(qtbot, controller, dialog)
    assert isinstance(dialog, MessageIntakeDialog) and dialog.draft.source == str(SIX[5])
    assert dialog.match_banner.isVisible() and f"follow-up of {first}" in dialog.match_text()
    with qtbot.waitSignal(controller.batchFinished) as finished:
        qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] == "5 cases created, 1 file added to a case"
    assert controller.is_idle() and len(changes) == 6

    for name, (received, rights, language, jurisdiction, person) in EXPECTED.items():
        case = service.load(created[name]).case
        assert (case.received, case.rights, case.language, case.jurisdiction) == (
            received, rights, language, jurisdiction
        ), name
        assert (case.subject.name, case.channel) == (person, Channel.EMAIL)
    assert snapshot(db)["cases"] == 5
    with db.transaction() as session:
        kept = [d.filename for d in documents_of(session, first)]
    assert kept == ["01-nl-access-gent.eml", "06-nl-reminder.eml"]


def test_files_are_read_a_few_ahead_of_the_dialog_not_all_at_once(
    qtbot: QtBot, controller: IntakeController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[Path] = []

    def counted(path: Path, clock: FixedClock, progress: object = None) -> object:
        reads.append(path)
        return read_intake_file(path, clock)  # e-mails only here: no page to report

    monkeypatch.setattr(intake_controller, "read_intake_file", counted)
    paths = []
    for number in range(10):
        paths.append(tmp_path / f"{number:02d}.eml")
        paths[-1].write_bytes(SIX[2].read_bytes())
    controller.import_files(paths)
    dialog = next_dialog(qtbot, controller)
    qtbot.waitUntil(lambda: len(reads) == READ_AHEAD + 1)  # the one shown, and the next ones waiting
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    next_dialog(qtbot, controller, dialog)
    qtbot.waitUntil(lambda: len(reads) == READ_AHEAD + 2)
    assert sorted(reads) == paths[: READ_AHEAD + 2]  # two workers: in either order


def test_the_dialogs_follow_the_order_of_the_files_and_say_where_the_batch_is(
    qtbot: QtBot, controller: IntakeController
) -> None:
    controller.import_files([SIX[2], SIX[0]])
    dialog = next_dialog(qtbot, controller)
    assert dialog.windowTitle() == "Import 03-en-portability-luxembourg.eml (1 of 2)"
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    dialog = next_dialog(qtbot, controller, dialog)
    assert dialog.windowTitle() == "Import 01-nl-access-gent.eml (2 of 2)"
    with qtbot.waitSignal(controller.batchFinished) as finished:
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] == "2 skipped"


# what is refused, and what is written then ---------------------------------------------------------------------


def test_a_file_that_is_not_an_email_is_refused_with_its_reason_and_nothing_is_written(
    qtbot: QtBot,
    controller: IntakeController,
    db: Database,
    tmp_path: Path,
    recorded_messages: Any,
    changes: list[None],
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Call Mrs Peeters back about her appointment.\n", encoding="utf-8")
    before = snapshot(db)
    with qtbot.waitSignal(controller.batchFinished) as finished:
        controller.import_files([notes])
    assert controller.current_dialog is None
    assert recorded_messages.errors == [
        (
            "1 file was not imported",
            "• notes.txt: not an e-mail: no From, To, Subject or Date header at the top of the file",
        )
    ]
    assert finished.args[0] == "1 refused"
    assert snapshot(db) == before and changes == []


def test_the_refused_files_are_listed_together_once_the_dialogs_are_closed(
    qtbot: QtBot, controller: IntakeController, tmp_path: Path, recorded_messages: Any
) -> None:
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    missing = tmp_path / "gone.eml"
    controller.import_files([empty, SIX[0], missing])
    dialog = next_dialog(qtbot, controller)
    assert recorded_messages.errors == []  # nothing interrupts the DPO while a dialog is open
    with qtbot.waitSignal(controller.batchFinished) as finished:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    [(title, text)] = recorded_messages.errors
    assert title == "2 files were not imported"
    assert text.splitlines() == ["• empty.eml: the file is empty (0 bytes)", "• gone.eml: no such file"]
    assert finished.args[0] == "1 case created, 2 refused"


def test_a_message_already_imported_is_refused_before_its_dialog_opens(
    qtbot: QtBot, controller: IntakeController, db: Database, recorded_messages: Any
) -> None:
    controller.import_files([SIX[0]])
    dialog = next_dialog(qtbot, controller)
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(controller.is_idle)
    before = snapshot(db)
    with qtbot.waitSignal(controller.batchFinished):
        controller.import_files([SIX[0]])
    assert controller.current_dialog is None
    [(_title, text)] = recorded_messages.errors
    reference = stored.args[0].reference
    assert text == f"• 01-nl-access-gent.eml: already imported on {reference} (01-nl-access-gent.eml)"
    assert snapshot(db) == before


def test_skip_writes_nothing(
    qtbot: QtBot, controller: IntakeController, db: Database, changes: list[None]
) -> None:
    before = snapshot(db)
    controller.import_files([SIX[1]])
    dialog = next_dialog(qtbot, controller)
    with qtbot.waitSignal(controller.batchFinished) as finished:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert finished.args[0] == "1 skipped"
    assert snapshot(db) == before and changes == []


# scanned letters -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "make"), [("brief.png", png_bytes), ("lettre.pdf", pdf_bytes)])
def test_a_scan_becomes_a_case_by_post_with_the_scan_stored(
    qtbot: QtBot,
    controller: IntakeController,
    service: CaseService,
    db: Database,
    tmp_path: Path,
    name: str,
    make: object,
) -> None:
    content = make()  # type: ignore[operator]
    path = tmp_path / name
    path.write_bytes(content)
    controller.import_files([path])
    dialog = next_dialog(qtbot, controller)
    assert isinstance(dialog, ScanIntakeDialog) and dialog.scan_view.has_picture()
    qtbot.keyClicks(dialog.form.jurisdiction, "B")
    qtbot.keyClicks(dialog.form.subject_name, "Marie Claes")
    qtbot.keyClick(dialog.form.right_boxes[Right.ACCESS], Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    reference = stored.args[0].reference
    case = service.load(reference).case
    assert (case.channel, case.received, case.language) == (Channel.POST, date(2026, 7, 10), Language.NL)
    with db.transaction() as session:
        [document] = [d for d in documents_of(session, reference) if d.kind == "scan"]
        assert (document.kind, document.filename) == ("scan", name)
        assert read_content(session, document.id) == content


def test_a_pdf_saved_under_an_email_name_is_read_as_the_scan_it_is(
    qtbot: QtBot, controller: IntakeController, tmp_path: Path
) -> None:
    path = tmp_path / "brief.eml"
    path.write_bytes(pdf_bytes())
    controller.import_files([path])
    dialog = next_dialog(qtbot, controller)
    assert isinstance(dialog, ScanIntakeDialog)
    assert dialog.scan.filename == "brief.pdf"
    assert any("although its name says otherwise" in note for note in dialog.notes)


# reading, as a plain function ------------------------------------------------------------------------------------


def test_reading_gives_a_draft_a_scan_or_a_reason(summer: FixedClock, tmp_path: Path) -> None:
    assert isinstance(read_intake_file(SIX[0], summer), MessageFile)
    scan = tmp_path / "scan.png"
    scan.write_bytes(png_bytes())
    read = read_intake_file(scan, summer)
    assert isinstance(read, ScanFile) and read.picture.image is not None
    assert read_intake_file(tmp_path, summer) == RefusedFile(tmp_path, "not a file")
    assert read_intake_file(tmp_path / "gone.pdf", summer) == RefusedFile(tmp_path / "gone.pdf", "no such file")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(
    content=st.binary(max_size=3000)
    | st.builds(
        bytes.__add__,
        st.sampled_from([b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"From: a@b.be\n\n", OLE_SIGNATURE]),
        st.binary(max_size=500),
    ),
    suffix=st.sampled_from([".eml", ".msg", ".pdf", ".txt", ""]),
)
def test_any_file_is_read_or_refused_never_raised(summer: FixedClock, content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder, qt_messages() as logged:
        path = Path(folder) / f"dropped{suffix}"
        path.write_bytes(content)
        read = read_intake_file(path, summer)
    # An image decoder may complain of a broken image (then shown as "cannot be shown"); nothing else may log.
    assert not logged or content.startswith((b"\x89PNG", b"\xff\xd8\xff")), logged
    assert isinstance(read, MessageFile | ScanFile | RefusedFile)
    if isinstance(read, RefusedFile):
        assert read.reason and "\n" not in read.reason


# drag and drop, and File → Import… -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "names",
    [["/mail/a.eml"], ["/mail/b.MSG"], ["/scans/c.pdf"], ["/scans/d.PNG"], ["/scans/e.jpg"], ["/scans/f.jpeg"]],
)
def test_a_drag_of_email_or_scan_files_is_accepted(controller: IntakeController, names: list[str]) -> None:
    mime = file_urls(*names)
    assert controller.accepts(mime)
    assert controller.paths_from(mime) == [Path(n) for n in names]


def test_a_drag_without_an_importable_file_is_not_accepted(controller: IntakeController) -> None:
    assert not controller.accepts(file_urls("/docs/notes.txt", "/docs/photo.gif"))
    assert controller.paths_from(file_urls("/docs/notes.txt")) == []
    remote = QMimeData()
    remote.setUrls([QUrl("https://example.com/request.eml")])
    assert not controller.accepts(remote)
    text = QMimeData()
    text.setText("/mail/a.eml")
    assert not controller.accepts(text) and controller.paths_from(text) == []


def test_other_files_dropped_with_an_email_come_along_to_be_refused_by_name(controller: IntakeController) -> None:
    mime = file_urls("/mail/a.eml", "/docs/notes.txt")
    assert controller.accepts(mime)
    assert controller.paths_from(mime) == [Path("/mail/a.eml"), Path("/docs/notes.txt")]


def test_files_dropped_on_the_main_window_become_cases_in_its_register(
    qtbot: QtBot, db: Database, summer: FixedClock, ui_settings: QSettings
) -> None:
    from lazeo_desk.app import build_main_window

    window = build_main_window(db, clock=summer, settings=ui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.background_idle)
    assert window.model.rowCount() == 0
    mime = file_urls(str(SIX[2]))
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    dialog = next_dialog(qtbot, window.intake)
    assert dialog.filename == "03-en-portability-luxembourg.eml"
    assert dialog.create_case()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.shutdown()


def test_file_import_asks_for_files_and_remembers_the_folder(
    qtbot: QtBot, service: CaseService, host: QWidget, summer: FixedClock, ui_settings: QSettings
) -> None:
    asked: list[str] = []

    def ask(parent: QWidget, folder: str) -> list[Path]:
        assert parent is host
        asked.append(folder)
        return [SIX[1]]

    intake = IntakeController(service, parent=host, settings=ui_settings, ask_paths=ask)
    action = intake.import_action(host)
    assert action.shortcut() == QKeySequence("Ctrl+I")
    assert action.text() == "&Import e-mails and scans…"
    action.trigger()
    dialog = next_dialog(qtbot, intake)
    assert dialog.filename == "02-fr-erasure-marketing-paris.eml"
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(intake.is_idle)
    action.trigger()
    assert asked == ["", str(SAMPLES)]
    next_dialog(qtbot, intake, dialog).reject()
    intake.shutdown()
