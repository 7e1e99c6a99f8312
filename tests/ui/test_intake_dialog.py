"""The intake dialog: a file's case prefilled for the DPO, who confirms, corrects, links or skips."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import func, select

from lazeo_desk.domain.case import Channel, Jurisdiction, Language, Relationship
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import ImportOutcome, find_matches, propose_case, read_message, store_draft
from lazeo_desk.services.scan_intake import Scan, check_scan
from lazeo_desk.store.database import Database
from lazeo_desk.store.documents import documents_of, read_content
from lazeo_desk.store.models import Base
from lazeo_desk.ui.intake_dialog import (
    PREVIEW_PIXELS,
    AttachmentsModel,
    IntakeChoice,
    MessageIntakeDialog,
    PreviewProblem,
    ScanIntakeDialog,
    render_scan,
)

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "requests"
ACTOR = "Brigitte Perez"


@pytest.fixture
def summer(clock: FixedClock) -> FixedClock:
    """A day after every sample request arrived."""
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    return clock


def snapshot(db: Database) -> dict[str, int]:
    """How many rows each table holds: equal snapshots, nothing written."""
    with db.engine.connect() as connection:
        return {
            name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in Base.metadata.tables.items()
        }


def message_dialog(qtbot: QtBot, service: CaseService, name: str) -> MessageIntakeDialog:
    draft = read_message(SAMPLES / name, clock=service.clock)
    dialog = MessageIntakeDialog(service, service.rules(), draft, matches=find_matches(service.db, draft))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def png_letter(width: int = 240, height: int = 340) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawText(20, 40, "Ik vraag inzage in mijn medisch dossier.")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def pdf_letter(pages: int = 1) -> bytes:
    stream = BytesIO()
    document = canvas.Canvas(stream, pagesize=A4)
    for number in range(pages):
        document.drawString(72, 770, f"Madame, je demande l'accès à mon dossier médical. ({number + 1})")
        document.showPage()
    document.save()
    return stream.getvalue()


def scan_dialog(qtbot: QtBot, service: CaseService, scan: Scan) -> ScanIntakeDialog:
    dialog = ScanIntakeDialog(service, service.rules(), scan, render_scan(scan))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_into(qtbot: QtBot, field: object, text: str) -> None:
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


# an e-mail, prefilled -----------------------------------------------------------------------------------------------


def test_an_email_prefills_the_case_form_from_the_message(
    qtbot: QtBot, service: CaseService, summer: FixedClock
) -> None:
    dialog = message_dialog(qtbot, service, "01-nl-access-gent.eml")
    form = dialog.form
    assert form.subject_name.text() == "Ëlodie Vercammen"
    assert form.subject_email.text() == "elodie.vercammen@example.be"
    assert form.received.date_value() == date(2026, 3, 5)  # the message's date, not today
    assert form.birth_date.date_value() == date(1987, 2, 14)
    assert form.jurisdiction.current() is Jurisdiction.BE
    assert form.centre.currentText() == "Gent"
    assert form.language.current() is Language.NL
    assert form.channel.current() is Channel.EMAIL
    assert form.chosen_rights() == (Right.ACCESS, Right.MEDICAL_RECORD)
    assert dialog.request_view.isReadOnly()
    assert dialog.request_view.toPlainText().startswith("Verzoek tot inzage in mijn persoonsgegevens\n\nGeachte")
    assert not dialog.match_banner.isVisible()
    assert dialog.choice_new.isChecked() and dialog.create_button.isDefault()
    assert not dialog.link_button.isEnabled()
    assert "Fri 20 Mar 2026" in dialog.due_summary.text()  # Belgian patient law: 15 days


def test_each_suggested_right_is_shown_with_the_words_that_suggested_it(
    qtbot: QtBot, service: CaseService, summer: FixedClock
) -> None:
    dialog = message_dialog(qtbot, service, "01-nl-access-gent.eml")
    shown = dialog.suggestions.accessibleDescription().splitlines()
    assert any(line.startswith("Access:") and "“inzage”, “artikel 15”" in line for line in shown)
    assert any(line.startswith("Medical file:") and "“medisch dossier”" in line for line in shown)
    assert any(line.startswith("Language: Dutch") for line in shown)
    assert any(line.startswith("Country: Belgium (Gent)") for line in shown)
    assert "“inzage”" in dialog.form.right_boxes[Right.ACCESS].toolTip()
    assert dialog.highlighted_words()[:4] == ["inzage", "inzage", "artikel 15", "medisch dossier"]


def test_the_attachments_are_listed_with_name_type_and_size(
    qtbot: QtBot, service: CaseService, summer: FixedClock
) -> None:
    dialog = message_dialog(qtbot, service, "04-fr-lawyer-mandate.eml")
    model = dialog.attachments
    assert model.rowCount() == 1
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row == ["mandat-signe.pdf", "application/pdf", "54 bytes"]
    assert model.headerData(AttachmentsModel.COL_SIZE, Qt.Orientation.Horizontal) == "Size"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == f"SHA-256 {model.attachment(0).sha256}"
    assert dialog.attachments_view.isVisible() and not dialog.no_attachments.isVisible()


def test_what_the_draft_assumed_is_listed_to_check(qtbot: QtBot, service: CaseService, summer: FixedClock) -> None:
    dialog = message_dialog(qtbot, service, "04-fr-lawyer-mandate.eml")
    assert dialog.notes == list(dialog.proposal.assumptions)
    assert any("proof of authority needed" in note for note in dialog.notes)
    assert dialog.form.relationship.current() is Relationship.MANDATARY
    assert dialog.form.requester_email.text() == "c.lambert@avocats-example.fr"
    assert dialog.form.subject_name.text() == "Sophie Martin"


def test_create_stores_the_case_with_the_original_message(
    qtbot: QtBot, service: CaseService, db: Database, summer: FixedClock
) -> None:
    dialog = message_dialog(qtbot, service, "01-nl-access-gent.eml")
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    result = stored.args[0]
    assert result.outcome is ImportOutcome.CREATED
    assert (dialog.choice, dialog.outcome) == (IntakeChoice.CREATE, result)
    loaded = service.load(result.reference)
    assert loaded.case.subject.name == "Ëlodie Vercammen"
    assert loaded.deadline.due == date(2026, 3, 20)
    assert "corrected" not in loaded.case.timeline[0].text  # nothing was changed in the suggestion
    with db.transaction() as session:
        [document] = documents_of(session, result.reference)
        assert read_content(session, document.id) == (SAMPLES / "01-nl-access-gent.eml").read_bytes()


def test_a_correction_typed_by_the_dpo_is_what_is_stored(
    qtbot: QtBot, service: CaseService, summer: FixedClock
) -> None:
    dialog = message_dialog(qtbot, service, "01-nl-access-gent.eml")
    form = dialog.form
    qtbot.keyClick(form.right_boxes[Right.MEDICAL_RECORD], Qt.Key.Key_Space)
    qtbot.keyClicks(form.language, "F")
    assert "Tue 7 Apr 2026" in dialog.due_summary.text()  # without the medical file, the GDPR month governs
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    case = service.load(stored.args[0].reference).case
    assert case.rights == (Right.ACCESS,)
    assert case.language is Language.FR
    opening = case.timeline[0].text
    assert "corrected by the DPO" in opening
    assert "language: nl → fr" in opening
    assert "medical-record (“medisch dossier”)" in opening  # the suggestion set aside stays on record


def test_skip_writes_nothing(qtbot: QtBot, service: CaseService, db: Database, summer: FixedClock) -> None:
    before = snapshot(db)
    dialog = message_dialog(qtbot, service, "02-fr-erasure-marketing-paris.eml")
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert (dialog.choice, dialog.outcome) == (IntakeChoice.SKIP, None)
    assert snapshot(db) == before


def test_a_date_of_receipt_in_the_future_keeps_the_dialog_open_until_corrected(
    qtbot: QtBot, service: CaseService, db: Database, summer: FixedClock
) -> None:
    before = snapshot(db)
    dialog = message_dialog(qtbot, service, "02-fr-erasure-marketing-paris.eml")
    type_into(qtbot, dialog.form.received, "11/07/2026")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert any("in the future" in line for line in dialog.banner.lines())
    assert dialog.form.received.property("invalid") is True
    assert snapshot(db) == before
    type_into(qtbot, dialog.form.received, "09/04/2026")
    with qtbot.waitSignal(dialog.stored):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert service.load(dialog.outcome.reference).case.received == date(2026, 4, 9)  # type: ignore[union-attr]


def test_a_message_dated_in_the_future_is_received_today_and_the_dpo_is_told(
    qtbot: QtBot, service: CaseService, clock: FixedClock
) -> None:
    # The clock says 10 March 2026; the message is dated 8 April.
    dialog = message_dialog(qtbot, service, "02-fr-erasure-marketing-paris.eml")
    assert dialog.form.received.date_value() == date(2026, 3, 10)
    assert any("in the future: received date set to today" in note for note in dialog.notes)


# a follow-up --------------------------------------------------------------------------------------------------------


@pytest.fixture
def first_case(service: CaseService, summer: FixedClock) -> str:
    draft = read_message(SAMPLES / "01-nl-access-gent.eml", clock=summer)
    result = store_draft(service.db, draft, propose_case(draft).case, clock=summer, actor=ACTOR)
    return result.reference


def test_a_follow_up_shows_the_banner_and_link_adds_the_message_to_that_case(
    qtbot: QtBot, service: CaseService, db: Database, first_case: str
) -> None:
    dialog = message_dialog(qtbot, service, "06-nl-reminder.eml")
    assert dialog.match_banner.isVisible()
    banner = dialog.match_text()
    assert banner.startswith(f"This looks like a follow-up of {first_case}")
    assert "Ëlodie Vercammen" in banner and "same e-mail address" in banner
    assert dialog.choice_link.isChecked() and dialog.link_reference() == first_case
    assert dialog.link_button.isDefault() and dialog.link_button.isEnabled()
    assert not dialog.create_button.isEnabled() and not dialog.form.isEnabled()
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    assert (stored.args[0].outcome, stored.args[0].reference) == (ImportOutcome.LINKED, first_case)
    assert snapshot(db)["cases"] == 1
    event = service.load(first_case).case.timeline[-1]
    assert event.kind == "message-linked" and "linked by the DPO" in event.text
    with db.transaction() as session:
        assert [d.filename for d in documents_of(session, first_case)] == [
            "01-nl-access-gent.eml",
            "06-nl-reminder.eml",
        ]


def test_the_dpo_may_open_a_new_case_despite_the_resemblance(
    qtbot: QtBot, service: CaseService, db: Database, first_case: str
) -> None:
    dialog = message_dialog(qtbot, service, "06-nl-reminder.eml")
    qtbot.mouseClick(dialog.choice_new, Qt.MouseButton.LeftButton)
    assert dialog.form.isEnabled() and dialog.create_button.isDefault()
    assert not dialog.link_button.isEnabled()
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.keyClick(dialog.form.subject_name, Qt.Key.Key_Return)
    reference = stored.args[0].reference
    assert reference != first_case and snapshot(db)["cases"] == 2
    assert f"resembles {first_case} (same e-mail address)" in service.load(reference).case.timeline[0].text


def test_linking_to_a_case_that_does_not_exist_says_so_and_writes_nothing(
    qtbot: QtBot, service: CaseService, db: Database, summer: FixedClock
) -> None:
    before = snapshot(db)
    dialog = message_dialog(qtbot, service, "03-en-portability-luxembourg.eml")
    qtbot.mouseClick(dialog.choice_link, Qt.MouseButton.LeftButton)
    assert not dialog.link_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.link_target, "dsar-2026-9999")
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.banner.lines() == ["Nothing was stored: no case DSAR-2026-9999 to link to"]
    assert snapshot(db) == before


# a scanned letter ---------------------------------------------------------------------------------------------------


def test_a_scanned_png_is_shown_beside_a_form_received_today_by_post(
    qtbot: QtBot, service: CaseService, summer: FixedClock
) -> None:
    dialog = scan_dialog(qtbot, service, check_scan(png_letter(), source="brief.png"))
    assert dialog.scan_view.has_picture()
    assert not dialog.scan_view.shown_pixmap().isNull()
    assert dialog.form.received.date_value() == date(2026, 7, 10)
    assert dialog.form.channel.current() is Channel.POST and not dialog.form.channel.isEnabled()
    assert any("correct it from the postmark" in note for note in dialog.notes)
    assert dialog.choice_new.isChecked()


def test_the_first_page_of_a_pdf_scan_is_drawn(summer: FixedClock) -> None:
    picture = render_scan(check_scan(pdf_letter(pages=3), source="lettre.pdf"))
    assert picture.image is not None and picture.problem is None
    assert picture.image.width() == PREVIEW_PIXELS
    assert picture.image.height() > picture.image.width()  # an A4 page, upright
    assert picture.pages == 3


def test_without_the_pdf_renderer_the_scan_is_described_not_drawn(
    qtbot: QtBot, service: CaseService, summer: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # as if it were not installed
    dialog = scan_dialog(qtbot, service, check_scan(pdf_letter(), source="lettre.pdf"))
    assert dialog.picture.problem is PreviewProblem.NO_RENDERER
    assert not dialog.scan_view.has_picture()
    assert "pypdfium2" in dialog.scan_view.page.text()


@contextmanager
def qt_messages() -> Iterator[list[str]]:
    """What Qt logs meanwhile, kept here instead of failing the test (a decoder complaining of a broken file)."""
    logged: list[str] = []

    def keep(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        logged.append(message)

    previous = qInstallMessageHandler(keep)
    try:
        yield logged
    finally:
        qInstallMessageHandler(previous)


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"%PDF-1.7\nthis is no PDF at all", "broken.pdf"),
        (b"\xff\xd8\xff\xe0 not really a JPEG", "broken.jpg"),
        (b"\x89PNG\r\n\x1a\n not really a PNG", "broken.png"),
    ],
)
def test_a_scan_that_cannot_be_drawn_says_why_and_is_still_offered(
    qtbot: QtBot, service: CaseService, summer: FixedClock, content: bytes, name: str
) -> None:
    scan = check_scan(content, source=name)
    with qt_messages() as logged:
        picture = render_scan(scan)
    assert not logged or name.endswith((".jpg", ".png")), logged  # the image decoder's own complaint
    assert picture.problem is PreviewProblem.UNREADABLE
    dialog = ScanIntakeDialog(service, service.rules(), scan, picture)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "cannot be shown here" in dialog.scan_view.page.text()
    assert dialog.create_button.isEnabled()


def test_a_scan_becomes_a_case_by_post_with_the_scan_kept(
    qtbot: QtBot, service: CaseService, db: Database, summer: FixedClock
) -> None:
    content = pdf_letter()
    dialog = scan_dialog(qtbot, service, check_scan(content, source="lettre.pdf"))
    form = dialog.form
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert any("Country" in line for line in dialog.banner.lines())  # the DPO must choose it
    qtbot.keyClicks(form.jurisdiction, "F")
    assert form.language.current() is Language.FR  # the usual language of a French centre
    qtbot.keyClicks(form.subject_name, "Jean Dupont")
    qtbot.keyClick(form.right_boxes[Right.MEDICAL_RECORD], Qt.Key.Key_Space)
    type_into(qtbot, form.received, "07/07/2026")
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    reference = stored.args[0].reference
    case = service.load(reference).case
    assert (case.channel, case.received, case.rights) == (Channel.POST, date(2026, 7, 7), (Right.MEDICAL_RECORD,))
    assert (case.subject.name, case.jurisdiction) == ("Jean Dupont", Jurisdiction.FR)
    with db.transaction() as session:
        [document] = documents_of(session, reference)
        assert (document.kind, document.filename, document.media_type) == ("scan", "lettre.pdf", "application/pdf")
        assert read_content(session, document.id) == content


def test_a_scan_can_be_added_to_an_existing_case_by_its_reference(
    qtbot: QtBot, service: CaseService, db: Database, first_case: str
) -> None:
    dialog = scan_dialog(qtbot, service, check_scan(png_letter(), source="akte.png"))
    qtbot.mouseClick(dialog.choice_link, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.link_target, first_case.lower())
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.keyClick(dialog.link_target, Qt.Key.Key_Return)
    assert (stored.args[0].outcome, stored.args[0].reference) == (ImportOutcome.LINKED, first_case)
    assert snapshot(db)["cases"] == 1
    with db.transaction() as session:
        assert [(d.kind, d.filename) for d in documents_of(session, first_case)][-1] == ("scan", "akte.png")
