"""The register of processing in the window: an activity edited and saved is a new version that the next access
response prints; a missing element is named and nothing is saved; the letter log marks answers that printed an
older version."""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case, Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_REGISTER
from lazeo_desk.domain.status import Status
from lazeo_desk.letters import LetterExtras
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.processing import ProcessingService
from lazeo_desk.ui.letter_log import COL_REGISTER, LetterLogView
from lazeo_desk.ui.processing_view import ProcessingRegisterDialog

COPY = LetterExtras(enclosures=("Kopie van de persoonsgegevens",))


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def processing(service: CaseService) -> ProcessingService:
    return ProcessingService(service.place)


@pytest.fixture
def dialog(qtbot: QtBot, processing: ProcessingService) -> ProcessingRegisterDialog:
    shown = ProcessingRegisterDialog(service=processing)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _select(dialog: ProcessingRegisterDialog, key: str) -> None:
    keys = [activity.key for activity in dialog.activities.activities()]
    dialog.activity_view.selectRow(keys.index(key))


def _retype(qtbot: QtBot, dialog: ProcessingRegisterDialog, name: str, language: Language, text: str) -> None:
    edit = dialog.activity_texts.edits[(name, language)]
    dialog.activity_texts.tabs.setCurrentIndex(list(Language).index(language))
    edit.selectAll()
    edit.clear()
    qtbot.keyClicks(edit, text)


def _access_case(service: CaseService, make_case: Callable[..., Case]) -> str:
    case = make_case()
    case.subject.address = ("Kerkstraat 12 bus 3", "9000 Gent", "België")
    reference = service.open_case(case)
    service.change_status(reference, Status.IN_PROGRESS)
    return reference


def test_the_models_follow_qts_rules(qtmodeltester: Any, dialog: ProcessingRegisterDialog) -> None:
    qtmodeltester.check(dialog.activities)
    qtmodeltester.check(dialog.versions)


def test_the_window_opens_on_the_policys_register(dialog: ProcessingRegisterDialog) -> None:
    assert dialog.activities.activities() == list(DEFAULT_REGISTER.activities)
    assert "privacy policy" in dialog.in_force_label.text()
    _select(dialog, "marketing")
    assert dialog.key_edit.text() == "marketing"
    retention = dialog.activity_texts.edits[("retention", Language.FR)].toPlainText()
    assert retention == DEFAULT_REGISTER.activities[6].retention.fr


def test_an_activity_edited_in_the_window_reaches_the_next_access_response_only(
    qtbot: QtBot, dialog: ProcessingRegisterDialog, service: CaseService, make_case: Callable[..., Case]
) -> None:
    letters = LetterService(service)
    earlier = _access_case(service, make_case)
    letters.send(earlier, letters.draft(earlier, LetterKind.ACCESS_RESPONSE, extras=COPY), method=SendMethod.POST)
    dialog.reload()
    _select(dialog, "marketing")
    _retype(qtbot, dialog, "retention", Language.NL, "2 jaar na het laatste contact")
    _select(dialog, "care")  # the edit is kept when another activity is shown

    with qtbot.waitSignal(dialog.registerSaved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert saved.args == [2]
    assert dialog.in_force_label.text().endswith("2")
    assert dialog.versions.rowCount() == 2
    assert "marketing" in dialog.versions.index(0, 3).data()
    later = _access_case(service, make_case)
    draft = letters.draft(later, LetterKind.ACCESS_RESPONSE, extras=COPY)
    assert draft.register_version == 2
    assert "2 jaar na het laatste contact" in _text(draft.pdf)
    (sent,) = letters.log(earlier)
    assert "2 jaar na het laatste contact" not in _text(letters.stored_pdf(sent.id))


def test_a_missing_element_is_named_and_nothing_is_saved(
    qtbot: QtBot, dialog: ProcessingRegisterDialog, processing: ProcessingService
) -> None:
    _select(dialog, "care")
    _retype(qtbot, dialog, "recipients", Language.EN, " ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.isVisible()
    assert dialog.banner.lines() == ["care: no text for the recipients (Art 30(1)(d)) in English"]
    assert processing.history() == []


def test_an_activity_added_without_its_texts_lists_each_missing_one(
    qtbot: QtBot, dialog: ProcessingRegisterDialog, processing: ProcessingService
) -> None:
    dialog.add_activity()
    dialog.key_edit.setText("teleconsultation")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    lines = dialog.banner.lines()
    assert len(lines) == 7 * 3
    assert lines[0] == "teleconsultation: no text for the purpose (Art 30(1)(b)) in Dutch"
    assert processing.history() == []


def test_a_broken_import_is_refused_in_the_banner_and_changes_nothing(
    dialog: ProcessingRegisterDialog, processing: ProcessingService, tmp_path: Path
) -> None:
    exported = dialog.export(tmp_path / "register.json")
    assert exported is not None
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["register"]["security_measures"] = {"nl": "", "fr": "", "en": ""}
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    assert dialog.import_file(broken) is None
    assert dialog.banner.lines()[0].startswith("no text for the technical and organisational security measures")
    assert processing.history() == []


def test_the_record_is_exported_in_the_language_chosen(dialog: ProcessingRegisterDialog, tmp_path: Path) -> None:
    dialog.record_language.setCurrentIndex(list(Language).index(Language.NL))
    written = dialog.export(tmp_path / "record.pdf")
    assert written is not None
    assert "Register van de verwerkingsactiviteiten" in _text(written.read_bytes())


def test_the_letter_log_marks_an_answer_that_printed_an_older_version(
    qtbot: QtBot, service: CaseService, processing: ProcessingService, make_case: Callable[..., Case]
) -> None:
    letters = LetterService(service)
    reference = _access_case(service, make_case)
    letters.send(reference, letters.draft(reference, LetterKind.ACCESS_RESPONSE, extras=COPY),
                 method=SendMethod.POST)
    view = LetterLogView(letters=letters)
    qtbot.addWidget(view)
    view.show_case(reference)
    assert view.proxy.index(0, COL_REGISTER).data() == "version 1"
    processing.save(dataclasses.replace(DEFAULT_REGISTER, storage=DEFAULT_REGISTER.transfers))
    view.reload()
    assert view.proxy.index(0, COL_REGISTER).data() == "version 1 (older)"
    assert "version 2 is in force" in view.proxy.index(0, COL_REGISTER).data(Qt.ItemDataRole.ToolTipRole)


def test_closing_with_unsaved_edits_asks_first_and_keeping_them_keeps_the_window(
    qtbot: QtBot, dialog: ProcessingRegisterDialog, recorded_messages: Any
) -> None:
    dialog.close()
    assert not dialog.isVisible() and recorded_messages.questions == []
    dialog.show()
    _select(dialog, "care")
    _retype(qtbot, dialog, "purpose", Language.FR, "Soins")
    recorded_messages.answers.append(False)
    dialog.close()
    assert dialog.isVisible()
    assert recorded_messages.questions[0][0] == "Close without saving?"
    recorded_messages.answers.append(True)
    dialog.close()
    assert not dialog.isVisible()
