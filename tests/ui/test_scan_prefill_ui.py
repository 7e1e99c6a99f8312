"""A scanned letter dropped on the window is read on a worker thread, with progress, and opens with the form
prefilled: each field says where on the scan it was read and how sure; a follow-up proposes the case it follows."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from ocr_letters import Degradation, generated_scan, letter_pdf, make_letter, scanned
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.intake_storage import ImportOutcome
from lazeo_desk.services.scan_intake import recognised_texts
from lazeo_desk.store.database import Database
from lazeo_desk.ui.intake_controller import IntakeController
from lazeo_desk.ui.intake_dialog import IntakeChoice, ScanIntakeDialog


@pytest.fixture
def controller(service: CaseService, qtbot: QtBot, clock: FixedClock) -> Iterator[IntakeController]:
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=clock.now().tzinfo))
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    intake = IntakeController(service, parent=host)
    yield intake
    intake.shutdown()


def opened_dialog(qtbot: QtBot, controller: IntakeController) -> ScanIntakeDialog:
    qtbot.waitUntil(lambda: controller.current_dialog is not None, timeout=60_000)
    dialog = controller.current_dialog
    assert isinstance(dialog, ScanIntakeDialog)
    return dialog


def test_a_dropped_scan_opens_prefilled_with_the_source_of_each_field_and_stores_its_text(
    qtbot: QtBot, controller: IntakeController, service: CaseService, db: Database, tmp_path: Path
) -> None:
    letter, png = generated_scan(21, language=Language.FR)
    path = tmp_path / "courrier.png"
    path.write_bytes(png)
    progress: list[str] = []
    controller.readingProgress.connect(progress.append)
    controller.import_files([path])
    dialog = opened_dialog(qtbot, controller)
    assert progress == ["Reading courrier.png: page 1 of 1"]

    form = dialog.form
    assert form.subject_name.text() == letter.name
    assert form.patient_number.text() == letter.patient_number
    assert form.birth_date.date_value() == letter.birth_date
    assert letter.postcode_line in form.subject_address.toPlainText()
    assert [right for right, box in form.right_boxes.items() if box.isChecked()] == list(letter.rights)
    assert re.match(rf"Read on the scan: read on page 1, line \d+ \(“{re.escape(letter.name)}”\), \d+ % sure$",
                    form.subject_name.toolTip())
    assert "% sure" in form.patient_number.toolTip()
    assert any(line.startswith(f"Name: {form.subject_name.toolTip().removeprefix('Read on the scan: ')}")
               for line in dialog.read_lines)
    # The day of receipt stays the day the DPO stamps, whatever date the letter bears.
    assert form.received.date_value() == date(2026, 12, 1) != letter.written
    assert dialog.choice_new.isChecked()

    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    reference = stored.args[0].reference
    assert service.load(reference).case.subject.name == letter.name
    with db.transaction() as session:
        [text] = recognised_texts(session, reference)
    assert letter.patient_number in text


def test_a_follow_up_letter_quoting_the_reference_proposes_to_link(
    qtbot: QtBot, controller: IntakeController, tmp_path: Path
) -> None:
    _first_letter, first = generated_scan(22, language=Language.NL)
    (tmp_path / "eerste.png").write_bytes(first)
    controller.import_files([tmp_path / "eerste.png"])
    dialog = opened_dialog(qtbot, controller)
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    reference = stored.args[0].reference
    qtbot.waitUntil(lambda: controller.current_dialog is None)

    _again, follow_up = generated_scan(23, language=Language.EN, reference=reference)
    (tmp_path / "reminder.png").write_bytes(follow_up)
    controller.import_files([tmp_path / "reminder.png"])
    second = opened_dialog(qtbot, controller)
    assert second.choice_link.isChecked() and second.link_reference() == reference
    assert second.match_banner.isVisibleTo(second)
    assert reference in second.match_title.text()
    with qtbot.waitSignal(second.stored) as linked:
        qtbot.mouseClick(second.link_button, Qt.MouseButton.LeftButton)
    assert (linked.args[0].outcome, linked.args[0].reference) == (ImportOutcome.LINKED, reference)
    assert second.choice is IntakeChoice.LINK


def test_a_blank_page_of_a_dropped_tiff_is_said_beside_the_scan_and_on_the_timeline(
    qtbot: QtBot, controller: IntakeController, service: CaseService, tmp_path: Path
) -> None:
    letter = make_letter(24, language=Language.EN)
    page = scanned(letter_pdf(letter), Degradation(dpi=200))
    out = io.BytesIO()
    page.save(out, "TIFF", save_all=True, append_images=[Image.new("L", page.size, 255)])
    (tmp_path / "post.tiff").write_bytes(out.getvalue())
    controller.import_files([tmp_path / "post.tiff"])
    dialog = opened_dialog(qtbot, controller)
    # Shown through Pillow: Qt's TIFF reader crashes on such files.
    assert dialog.scan_view.has_picture() and dialog.picture.image is not None
    assert dialog.form.subject_name.text() == letter.name
    assert "page 2: no usable text" in dialog.read_lines
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "page 2: no usable text" in service.load(stored.args[0].reference).case.timeline[0].text
