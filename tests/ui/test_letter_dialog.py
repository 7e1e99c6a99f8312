"""The letter dialog: the kinds that fit first, a live preview of the real pages, then print, save or record."""

from __future__ import annotations

import email
import email.policy
import errno
import io
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Jurisdiction,
    Language,
    Practitioner,
    Relationship,
    Requester,
    Title,
)
from lazeo_desk.domain.letter_kinds import LetterKind, proposed_kinds
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters import suggested_identity_items
from lazeo_desk.services import file_output, printing
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.ui import email_draft_files, letter_dialog, letter_preview
from lazeo_desk.ui.letter_dialog import LetterDialog, PrinterChoice
from lazeo_desk.ui.template_editor import TemplateEditor

Store = Callable[..., str]
GENT = ("Kerkstraat 12 bus 3", "9000 Gent", "België")


def _pdf_text(pdf: bytes) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def open_dialog(qtbot: QtBot, service: CaseService) -> Iterator[Callable[..., LetterDialog]]:
    """A shown letter dialog on a stored case, its first preview made."""
    opened: list[LetterDialog] = []

    def build(reference: str, *, preview_delay_ms: int = 0) -> LetterDialog:
        dialog = LetterDialog(case_service=service, reference=reference, preview_delay_ms=preview_delay_ms)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.ready() or bool(dialog.preview.problem_text()))
        opened.append(dialog)
        return dialog

    yield build
    for dialog in opened:
        dialog.close()


def _choose(qtbot: QtBot, dialog: LetterDialog, kind: LetterKind) -> None:
    index = dialog.index_of(kind)
    rect = dialog.kinds.visualRect(index)
    qtbot.mouseClick(dialog.kinds.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.chosen_kind() is kind
    _settle(qtbot, dialog)


def _settle(qtbot: QtBot, dialog: LetterDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.preview_busy())


def _in_progress(service: CaseService, stored: Store, **fields: object) -> str:
    reference = stored(address=GENT, **fields)
    service.change_status(reference, Status.IN_PROGRESS)
    return reference


@pytest.fixture
def stored(service: CaseService, make_case: Callable[..., Case]) -> Store:
    """A case with a postal address (a letter without one warns), stored through the service."""

    def store(*, address: tuple[str, ...] = GENT, **fields: object) -> str:
        case = make_case(**fields)
        case.subject.address = address
        return service.open_case(case)

    return store


def test_the_kinds_that_fit_come_first_then_the_others(
    open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store
) -> None:
    reference = stored()
    dialog = open_dialog(reference)
    case = service.load(reference).case
    proposed = proposed_kinds(case)
    assert dialog.proposed_kinds() == proposed
    offered = dialog.offered_kinds()
    assert offered[: len(proposed)] == proposed
    assert sorted(offered) == sorted(LetterKind)
    assert dialog.chosen_kind() is proposed[0]
    assert dialog.chosen_language() is case.language


def test_the_preview_shows_the_rendered_pages_of_the_draft(
    open_dialog: Callable[..., LetterDialog], stored: Store
) -> None:
    dialog = open_dialog(stored())
    draft = dialog.draft
    assert draft is not None and draft.kind is LetterKind.ACKNOWLEDGEMENT
    pages = dialog.preview.page_images()
    assert len(pages) == len(PdfReader(io.BytesIO(draft.pdf)).pages)
    assert all(not page.isNull() and page.height() > page.width() for page in pages)  # A4, upright
    assert dialog.preview.warning_lines() == []


def test_a_kind_that_does_not_fit_is_still_shown_with_a_warning(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], stored: Store
) -> None:
    dialog = open_dialog(stored())
    _choose(qtbot, dialog, LetterKind.ACCESS_RESPONSE)
    assert dialog.draft is not None and not dialog.draft.fits_case
    assert any("does not fit" in line for line in dialog.preview.warning_lines())


def test_a_free_paragraph_typed_reaches_the_rendered_letter_verbatim(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], stored: Store
) -> None:
    dialog = open_dialog(stored())
    typed = "Wij sturen ook de foto's <van 3 maart> mee & meer."
    qtbot.keyClicks(dialog.free_paragraphs, typed)
    _settle(qtbot, dialog)
    assert dialog.ready()
    draft = dialog.draft
    assert draft is not None
    assert typed in draft.letter.free_paragraphs
    assert typed in draft.letter.plain_text()
    assert typed in _pdf_text(draft.pdf)


def test_the_buttons_wait_while_the_preview_is_out_of_date(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], stored: Store
) -> None:
    dialog = open_dialog(stored(), preview_delay_ms=60_000)
    assert dialog.send_button.isEnabled()
    qtbot.keyClicks(dialog.free_paragraphs, "Nog een zin.")
    assert not dialog.ready()
    assert not dialog.send_button.isEnabled() and not dialog.print_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.preview.busy_label.isVisibleTo(dialog)


def test_an_identity_request_proposes_the_items_to_ask_for_in_the_letters_language(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store
) -> None:
    reference = stored()
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.IDENTITY_REQUEST)
    case = service.load(reference).case
    assert dialog.items.isVisibleTo(dialog)
    assert dialog.items.toPlainText().splitlines() == list(suggested_identity_items(case, Language.NL))
    dialog.language.select(Language.FR)
    _settle(qtbot, dialog)
    assert dialog.items.toPlainText().splitlines() == list(suggested_identity_items(case, Language.FR))
    dialog.items.setPlainText("Een kopie van de volmacht")
    dialog.language.select(Language.EN)
    _settle(qtbot, dialog)
    assert dialog.items.toPlainText() == "Een kopie van de volmacht"
    assert dialog.draft is not None and "Een kopie van de volmacht" in dialog.draft.letter.plain_text()


def test_each_kind_shows_the_fields_it_needs(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], stored: Store
) -> None:
    dialog = open_dialog(stored())
    _choose(qtbot, dialog, LetterKind.EXTENSION_NOTICE)
    assert dialog.extension_reason.isVisibleTo(dialog)
    assert not dialog.refusal_ground.isVisibleTo(dialog) and not dialog.enclosures.isVisibleTo(dialog)
    _choose(qtbot, dialog, LetterKind.ACCESS_RESPONSE)
    assert dialog.enclosures.isVisibleTo(dialog) and not dialog.extension_reason.isVisibleTo(dialog)
    _choose(qtbot, dialog, LetterKind.REFUSAL)
    assert dialog.refusal_ground.isVisibleTo(dialog) and dialog.refusal_reason.isVisibleTo(dialog)
    assert dialog.free_paragraphs.isVisibleTo(dialog)


def test_a_refusal_cannot_go_out_without_its_ground(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], stored: Store
) -> None:
    dialog = open_dialog(stored())
    _choose(qtbot, dialog, LetterKind.REFUSAL)
    assert "ground" in dialog.preview.problem_text()
    assert dialog.draft is None and not dialog.send_button.isEnabled()
    dialog.refusal_ground.select(letter_dialog.RefusalGround.IDENTITY_NOT_ESTABLISHED)
    qtbot.keyClicks(dialog.refusal_reason, "Geen antwoord op onze vraag van 2 maart.")
    _settle(qtbot, dialog)
    assert dialog.ready() and dialog.preview.problem_text() == ""
    assert dialog.draft is not None and "Geen antwoord op onze vraag van 2 maart." in dialog.draft.letter.plain_text()


def test_recording_an_access_response_logs_the_exact_pdf_and_answers_the_case(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store
) -> None:
    reference = _in_progress(service, stored, rights=(Right.ACCESS,))
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.ACCESS_RESPONSE)
    qtbot.keyClicks(dialog.enclosures, "Kopie van uw persoonsgegevens (PDF)")
    _settle(qtbot, dialog)
    assert dialog.chosen_method() is SendMethod.POST
    shown = dialog.draft
    assert shown is not None and "Kopie van uw persoonsgegevens (PDF)" in _pdf_text(shown.pdf)
    with qtbot.waitSignal(dialog.sent, timeout=2000) as signal:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert signal.args == [reference]
    assert not dialog.isVisible()
    letters = LetterService(service)
    (entry,) = letters.log(reference)
    assert (entry.kind, entry.language, entry.method, entry.sent_on) == (
        LetterKind.ACCESS_RESPONSE, Language.NL, SendMethod.POST, date(2026, 3, 10),
    )
    assert letters.stored_pdf(entry.id) == shown.pdf and entry.sha256 == shown.sha256
    case = service.load(reference).case
    assert case.status is Status.ANSWERED and case.answered == date(2026, 3, 10)


def test_registered_post_without_a_tracking_number_is_refused_with_a_message(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store,
    recorded_messages: Any,
) -> None:
    reference = stored()
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.EXTENSION_NOTICE)
    assert dialog.chosen_method() is SendMethod.REGISTERED_POST  # customary for an extension notice
    qtbot.keyClicks(dialog.extension_reason, "uw verzoek betreft vijf jaar dossiers in drie centra")
    _settle(qtbot, dialog)
    assert dialog.draft is not None and dialog.draft.letter.mention  # the registered-post line is printed
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    errors = recorded_messages.errors
    assert [title for title, _text in errors] == ["Tracking number needed"]
    assert dialog.isVisible()
    assert LetterService(service).log(reference) == []
    qtbot.keyClicks(dialog.tracking, "1A23456789012")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    (entry,) = LetterService(service).log(reference)
    assert (entry.method, entry.tracking_number) == (SendMethod.REGISTERED_POST, "1A23456789012")
    extension = service.load(reference).case.extension
    assert extension is not None and extension.reason == "uw verzoek betreft vijf jaar dossiers in drie centra"


def test_another_way_of_sending_drops_the_registered_post_line(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], stored: Store
) -> None:
    dialog = open_dialog(stored())
    _choose(qtbot, dialog, LetterKind.EXTENSION_NOTICE)
    qtbot.keyClicks(dialog.extension_reason, "drie centra")
    _settle(qtbot, dialog)
    assert dialog.tracking.isEnabled()
    dialog.method.select(SendMethod.EMAIL)
    _settle(qtbot, dialog)
    assert not dialog.tracking.isEnabled()
    assert dialog.draft is not None and dialog.draft.letter.mention == ""


def test_a_letter_that_does_not_fit_is_recorded_only_when_confirmed(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store,
    recorded_messages: Any,
) -> None:
    reference = stored()  # a new case: its answer is not yet due to go out
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.NO_DATA_HELD)
    recorded_messages.answers.append(False)
    assert not dialog.record_sent()
    assert len(recorded_messages.questions) == 1
    assert LetterService(service).log(reference) == [] and dialog.isVisible()


def test_save_pdf_writes_the_letter_on_screen(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], stored: Store, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = stored()
    dialog = open_dialog(reference)
    asked: list[Path] = []

    def choose(_parent: object, _title: str, suggested: Path) -> Path:
        asked.append(suggested)
        return folder / "brief.pdf"

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(letter_preview, "choose_save_path", choose)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].name == f"{reference}-acknowledgement-nl-2026-03-10.pdf"
    assert dialog.draft is not None
    assert (folder / "brief.pdf").read_bytes() == dialog.draft.pdf
    assert [p.name for p in folder.iterdir()] == ["brief.pdf"]  # no partial file left beside it
    assert "brief.pdf" in dialog.status.text()


def test_a_full_disk_while_saving_is_a_clear_message_and_leaves_no_file(
    open_dialog: Callable[..., LetterDialog], stored: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    recorded_messages: Any,
) -> None:
    dialog = open_dialog(stored())

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(file_output.os, "fsync", full)
    folder = tmp_path / "out"
    folder.mkdir()
    assert dialog.save_pdf(folder / "brief.pdf") is None
    ((title, text),) = recorded_messages.errors
    assert title == "The PDF was not saved" and "the disk is full" in text
    assert list(folder.iterdir()) == []


def test_saving_into_a_missing_folder_says_so(
    open_dialog: Callable[..., LetterDialog], stored: Store, tmp_path: Path, recorded_messages: Any
) -> None:
    dialog = open_dialog(stored())
    assert dialog.save_pdf(tmp_path / "nowhere" / "brief.pdf") is None
    ((_title, text),) = recorded_messages.errors
    assert "the folder does not exist" in text


@dataclass
class RecordedPrinting:
    calls: list[dict[str, object]] = field(default_factory=list)
    error: str = ""

    def print_pdf(self, pdf: bytes, *, printer: str | None, title: str, copies: int = 1) -> printing.PrintJob:
        if self.error:
            raise printing.PrintError(self.error)
        self.calls.append({"pdf": pdf, "printer": printer, "title": title, "copies": copies})
        return printing.PrintJob(printer or "default", f"{printer}-42")


@pytest.fixture
def recorded_printing(monkeypatch: pytest.MonkeyPatch) -> RecordedPrinting:
    recorder = RecordedPrinting()
    monkeypatch.setattr(printing, "print_pdf", recorder.print_pdf)
    monkeypatch.setattr(letter_dialog, "choose_printer", lambda _parent, _title: PrinterChoice("lazeo-pdf", 2))
    return recorder


def test_print_sends_the_pdf_on_screen_unchanged_to_the_chosen_printer(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], stored: Store, recorded_printing: RecordedPrinting
) -> None:
    reference = stored()
    dialog = open_dialog(reference)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    (call,) = recorded_printing.calls
    assert dialog.draft is not None and call["pdf"] == dialog.draft.pdf
    assert (call["printer"], call["copies"]) == ("lazeo-pdf", 2)
    assert reference in str(call["title"])
    assert "lazeo-pdf" in dialog.status.text()


def test_a_printer_that_refuses_the_letter_is_a_message_not_a_crash(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], stored: Store, recorded_printing: RecordedPrinting,
    recorded_messages: Any,
) -> None:
    recorded_printing.error = "lp: The printer or class does not exist."
    dialog = open_dialog(stored())
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert recorded_messages.errors == [
        ("The letter was not printed", "lp: The printer or class does not exist.")
    ]


def test_cancelling_the_print_dialog_prints_nothing(
    open_dialog: Callable[..., LetterDialog], stored: Store, recorded_printing: RecordedPrinting,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(letter_dialog, "choose_printer", lambda _parent, _title: None)
    dialog = open_dialog(stored())
    assert not dialog.print_letter()
    assert recorded_printing.calls == []


def test_a_case_that_does_not_exist_is_explained_instead_of_crashing(
    open_dialog: Callable[..., LetterDialog],
) -> None:
    dialog = open_dialog("DSAR-2026-0999")
    assert "DSAR-2026-0999" in dialog.preview.problem_text()
    assert not dialog.send_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.offered_kinds() == []


def test_a_template_saved_from_the_dialog_reaches_the_preview(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], stored: Store
) -> None:
    dialog = open_dialog(stored())
    editor = dialog.edit_template()
    assert isinstance(editor, TemplateEditor)
    assert (editor.kind, editor.language) == (LetterKind.ACKNOWLEDGEMENT, Language.NL)
    editor.editor.appendPlainText("\nOok op zaterdag bereikbaar.")
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, dialog)
    assert dialog.draft is not None and "Ook op zaterdag bereikbaar." in dialog.draft.letter.plain_text()
    editor.close()


def _relative_case(jurisdiction: Jurisdiction, practitioner: Practitioner | None) -> Case:
    return Case(
        jurisdiction=jurisdiction, language=Language.FR, channel=Channel.POST, received=date(2026, 3, 2),
        rights=(Right.MEDICAL_RECORD,),
        subject=DataSubject(name="Maria Claes", deceased=True, death_date=date(2026, 1, 3)),
        requester=Requester(
            relationship=Relationship.HEIR, name="Sofie Claes", title=Title.MRS, family_name="Claes",
            address=("Kasteelpleinstraat 20", "2000 Antwerpen", "Belgique"), designated_practitioner=practitioner,
        ),
    )


def test_the_practitioner_cover_is_refused_in_the_dialog_until_the_practitioner_is_recorded(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService
) -> None:
    reference = service.open_case(_relative_case(Jurisdiction.BE, None))
    service.change_status(reference, Status.IN_PROGRESS)
    dialog = open_dialog(reference)
    for kind in (LetterKind.PRACTITIONER_COVER, LetterKind.MEDICAL_RECORD_COVER):
        _choose(qtbot, dialog, kind)
        assert "no designated practitioner is recorded" in dialog.preview.problem_text()
        assert dialog.draft is None and not dialog.send_button.isEnabled()


def test_a_luxembourg_relatives_letter_is_flagged_for_the_dpos_legal_review(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService
) -> None:
    practitioner = Practitioner("Dr Marc Hoffmann", ("2, rue Albert Ier", "L-1117 Luxembourg"), Title.DR)
    reference = service.open_case(_relative_case(Jurisdiction.LU, practitioner))
    service.change_status(reference, Status.IN_PROGRESS)
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.HEIR_PRACTITIONER_NOTICE)
    assert dialog.draft is not None
    assert "is not verified" in dialog.preview.warnings.text()
    assert "article 36 de la loi du 28 août 1998" in dialog.draft.letter.plain_text()
# checks before a letter goes out ----------------------------------------------------------------------------------

def test_an_access_response_with_nothing_enclosed_is_blocked_until_the_copy_is_listed(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store
) -> None:
    reference = _in_progress(service, stored, rights=(Right.ACCESS,))
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.ACCESS_RESPONSE)
    assert dialog.blocked()
    assert dialog.refused.isVisible() and "no-data-held" in dialog.refused.text()
    for button in (dialog.print_button, dialog.save_button, dialog.send_button):
        assert not button.isEnabled()
    assert not dialog.record_sent() and dialog.save_pdf(Path("never.pdf")) is None
    assert LetterService(service).log(reference) == []
    qtbot.keyClicks(dialog.enclosures, "Kopie van uw persoonsgegevens (PDF)")
    _settle(qtbot, dialog)
    assert not dialog.blocked() and not dialog.refused.isVisible()
    assert dialog.send_button.isEnabled() and dialog.save_button.isEnabled()


def test_an_answer_to_a_right_the_request_does_not_invoke_is_blocked_with_the_reason(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store
) -> None:
    reference = _in_progress(service, stored, rights=(Right.ACCESS,))
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.PORTABILITY_COVER)
    assert dialog.blocked()
    assert dialog.refused.isVisible() and "does not invoke" in dialog.refused.text()
    assert not dialog.record_sent()
    assert LetterService(service).log(reference) == []


def test_a_name_no_font_can_draw_blocks_the_letter_and_names_the_characters(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], stored: Store
) -> None:
    dialog = open_dialog(stored(name="王小明"))
    _choose(qtbot, dialog, LetterKind.ACKNOWLEDGEMENT)
    assert dialog.blocked()
    assert "U+738B 王" in dialog.refused.text() and "U+5C0F 小" in dialog.refused.text()
    assert not dialog.print_button.isEnabled()


def test_a_late_answer_is_shown_as_a_warning_and_recorded_only_once_confirmed(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store,
    recorded_messages: Any,
) -> None:
    reference = _in_progress(service, stored, rights=(Right.ERASURE,), received=date(2026, 1, 5))
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.ERASURE_DONE)
    assert not dialog.blocked() and dialog.send_button.isEnabled()
    assert "was due on" in dialog.preview.warnings.text()
    recorded_messages.answers.append(False)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    ((title, text),) = recorded_messages.questions
    assert title == "Send this letter despite the warning?" and "late" in text
    assert LetterService(service).log(reference) == [] and dialog.isVisible()
    recorded_messages.answers.append(True)
    with qtbot.waitSignal(dialog.sent, timeout=2000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    (entry,) = LetterService(service).log(reference)
    assert entry.kind is LetterKind.ERASURE_DONE


def test_refusing_an_objection_is_blocked_until_the_dpo_records_that_it_is_not_about_marketing(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store
) -> None:
    dialog = open_dialog(_in_progress(service, stored, rights=(Right.OBJECTION,)))
    _choose(qtbot, dialog, LetterKind.REFUSAL)
    assert dialog.objection_not_marketing.isVisibleTo(dialog) and not dialog.objection_not_marketing.isChecked()
    dialog.refusal_ground.select(letter_dialog.RefusalGround.IDENTITY_NOT_ESTABLISHED)
    _settle(qtbot, dialog)
    assert dialog.blocked() and "direct marketing" in dialog.refused.text()
    assert not dialog.send_button.isEnabled()
    dialog.objection_not_marketing.setChecked(True)
    _settle(qtbot, dialog)
    assert not dialog.blocked() and dialog.draft is not None


def test_the_not_marketing_choice_is_offered_only_for_a_refusal_of_an_objection(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store
) -> None:
    dialog = open_dialog(_in_progress(service, stored, rights=(Right.ACCESS,)))
    _choose(qtbot, dialog, LetterKind.REFUSAL)
    assert not dialog.objection_not_marketing.isVisibleTo(dialog)


def test_write_the_e_mail_draft_writes_the_letter_on_screen_and_records_it_as_sent_by_e_mail(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store, tmp_path: Path,
    recorded_messages: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = _in_progress(service, stored, rights=(Right.ACCESS,), email="elodie.vercammen@example.be")
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.ACCESS_RESPONSE)
    qtbot.keyClicks(dialog.enclosures, "Kopie van uw persoonsgegevens (PDF)")
    _settle(qtbot, dialog)
    assert dialog.email_button.isEnabled()
    target = tmp_path / "answer.eml"
    asked: list[Path] = []

    def choose(_parent: object, _title: str, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(email_draft_files, "choose_eml_path", choose)
    with qtbot.waitSignal(dialog.sent, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.email_button, Qt.MouseButton.LeftButton)
    assert signal.args == [reference] and not dialog.isVisible()
    assert asked[0].name == f"{reference}-access-response-nl-2026-03-10.eml"
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["To"] == "elodie.vercammen@example.be" and message["X-Unsent"] == "1"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "Kopie van uw persoonsgegevens (PDF)" in body.get_content()
    (entry,) = LetterService(service).log(reference)
    assert entry.method is SendMethod.EMAIL and entry.kind is LetterKind.ACCESS_RESPONSE
    ((title, text),) = recorded_messages.infos
    assert title == "E-mail draft written" and str(target) in text


def test_an_e_mail_draft_in_another_language_than_the_cases_is_refused_with_a_message(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store, tmp_path: Path,
    recorded_messages: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = _in_progress(service, stored, rights=(Right.ACCESS,), email="elodie.vercammen@example.be")
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.ACCESS_RESPONSE)
    qtbot.keyClicks(dialog.enclosures, "Kopie van uw persoonsgegevens (PDF)")
    dialog.language.select(Language.FR)
    _settle(qtbot, dialog)
    monkeypatch.setattr(email_draft_files, "choose_eml_path", lambda _parent, _title, _suggested: tmp_path / "x.eml")
    assert not dialog.write_email_draft()
    ((title, text),) = recorded_messages.errors
    assert title == "The e-mail draft was not written" and "Dutch" in text
    assert LetterService(service).log(reference) == [] and not (tmp_path / "x.eml").exists()


def test_a_case_without_an_e_mail_address_gets_no_draft_and_the_reason_is_said(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store, tmp_path: Path,
    recorded_messages: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = _in_progress(service, stored, rights=(Right.ACCESS,))
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.ACCESS_RESPONSE)
    qtbot.keyClicks(dialog.enclosures, "Kopie van uw persoonsgegevens (PDF)")
    _settle(qtbot, dialog)
    monkeypatch.setattr(email_draft_files, "choose_eml_path", lambda _parent, _title, _suggested: tmp_path / "x.eml")
    assert dialog.write_email_draft()
    qtbot.waitUntil(lambda: bool(recorded_messages.errors), timeout=20_000)
    ((title, _text),) = recorded_messages.errors
    assert title == "The e-mail draft was not written"
    assert dialog.isVisible() and dialog.email_button.isEnabled()
    assert LetterService(service).log(reference) == [] and not (tmp_path / "x.eml").exists()


# enclosures kept from the letter dialog ------------------------------------------------------------------------

def test_files_kept_as_enclosures_from_the_dialog_join_the_case_and_the_letters_list(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, recorded_messages: Any,
) -> None:
    from enclosure_samples import BOOKINGS_CSV, encrypted_pdf, pdf_with_pages

    from lazeo_desk.services.enclosures import EnclosureService
    from lazeo_desk.ui import enclosures_view

    reference = _in_progress(service, stored, rights=(Right.ACCESS,))
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.ACCESS_RESPONSE)
    assert dialog.enclose_button.isVisibleTo(dialog)
    files = [tmp_path / "dossier.pdf", tmp_path / "actes.csv", tmp_path / "locked.pdf"]
    for path, content in zip(files, (pdf_with_pages(2), BOOKINGS_CSV, encrypted_pdf()), strict=True):
        path.write_bytes(content)
    monkeypatch.setattr(enclosures_view, "choose_files", lambda _parent: files)
    with qtbot.waitSignal(dialog.enclosuresKept):
        qtbot.mouseClick(dialog.enclose_button, Qt.MouseButton.LeftButton)
    assert dialog.enclosures.toPlainText().splitlines() == ["dossier", "actes"]
    assert [info.title for info in EnclosureService(service.place).enclosures(reference)] == ["dossier", "actes"]
    # The encrypted PDF is refused with its reason, and nothing of it is kept.
    [(_title, text)] = recorded_messages.errors
    assert text.startswith("locked.pdf: ")
    _settle(qtbot, dialog)
    assert not dialog.blocked()  # the access response now lists what it encloses


def test_the_enclose_button_shows_only_for_letters_that_carry_enclosures(
    qtbot: QtBot, open_dialog: Callable[..., LetterDialog], service: CaseService, stored: Store
) -> None:
    reference = _in_progress(service, stored, rights=(Right.ACCESS, Right.ERASURE))
    dialog = open_dialog(reference)
    _choose(qtbot, dialog, LetterKind.ERASURE_DONE)
    assert not dialog.enclose_button.isVisibleTo(dialog)
