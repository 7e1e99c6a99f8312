"""The case pane says what to do next, and its one button starts doing it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case, Relationship, Requester
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.next_step import NextAction
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.ui.action_dialogs import CloseCaseDialog, ResumeDialog
from lazeo_desk.ui.case_detail import CaseDetail
from lazeo_desk.ui.identity_wizard import IdentityWizard
from lazeo_desk.ui.language import install_language
from lazeo_desk.ui.letter_dialog import LetterDialog
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.settings_language import UiLanguage

Store = Callable[..., str]


def _open(window: MainWindow, reference: str) -> CaseDetail:
    window.refresh()
    assert window.open_reference(reference)
    assert window.detail is not None
    return window.detail


def _acknowledge(service: CaseService, reference: str) -> None:
    letters = LetterService(service)
    letters.send(reference, letters.draft(reference, LetterKind.ACKNOWLEDGEMENT), method=SendMethod.EMAIL)


def _press(qtbot: QtBot, detail: CaseDetail) -> None:
    assert detail.next_step.isVisible() and detail.next_step.button.isEnabled()
    qtbot.mouseClick(detail.next_step.button, Qt.MouseButton.LeftButton)


def _opened(detail: CaseDetail, kind: type) -> object:
    found = [child for child in detail.findChildren(kind) if child.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_a_new_case_asks_for_the_acknowledgement_and_the_button_opens_that_letter(
    qtbot: QtBot, window: MainWindow, stored: Store
) -> None:
    detail = _open(window, stored(received=date(2026, 3, 5), email="elodie@example.be"))
    assert detail.next_step.text.text() == "Send the acknowledgement"
    assert detail.next_step.button.text() == "Write the acknowledgement…"
    _press(qtbot, detail)
    dialog = _opened(detail, LetterDialog)
    assert isinstance(dialog, LetterDialog)
    assert dialog.chosen_kind() is LetterKind.ACKNOWLEDGEMENT
    dialog.reject()


def test_a_request_from_an_unknown_address_opens_the_identity_guide(
    qtbot: QtBot, window: MainWindow, stored: Store
) -> None:
    reference = stored(
        received=date(2026, 3, 5), email="elodie@example.be", requester=Requester(email="someone@else.example")
    )
    detail = _open(window, reference)
    assert detail.next_step.text.text() == "Verify identity — the request came from an address not on file"
    _press(qtbot, detail)
    wizard = _opened(detail, IdentityWizard)
    assert isinstance(wizard, IdentityWizard)
    wizard.reject()


def test_a_case_in_progress_names_its_due_date_and_opens_the_answer_letter(
    qtbot: QtBot, window: MainWindow, stored: Store, service: CaseService
) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.ACCESS,))
    _acknowledge(service, reference)
    service.change_status(reference, Status.IN_PROGRESS)
    detail = _open(window, reference)
    assert detail.next_step.text.text() == "Answer due 7 Apr 2026: prepare the answer (Access)"
    _press(qtbot, detail)
    dialog = _opened(detail, LetterDialog)
    assert isinstance(dialog, LetterDialog)
    assert dialog.chosen_kind() is LetterKind.ACCESS_RESPONSE
    dialog.reject()


def test_a_paused_case_shows_since_when_and_its_strict_date_and_records_the_reply(
    qtbot: QtBot, window: MainWindow, stored: Store, service: CaseService
) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.ACCESS,))
    service.mark_awaiting_requester(reference, items="proof of address")
    detail = _open(window, reference)
    assert detail.next_step.text.text() == "Waiting for the requester since 10 Mar 2026; strict date 7 Apr 2026"
    _press(qtbot, detail)
    assert isinstance(_opened(detail, ResumeDialog), ResumeDialog)


def test_an_answered_case_offers_to_close_it(
    qtbot: QtBot, window: MainWindow, stored: Store, service: CaseService
) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.ACCESS,))
    service.change_status(reference, Status.IN_PROGRESS)
    service.change_status(reference, Status.ANSWERED)
    detail = _open(window, reference)
    assert (detail.next_step.text.text(), detail.next_step.button.text()) == ("Close the case", "Close…")
    _press(qtbot, detail)
    assert isinstance(_opened(detail, CloseCaseDialog), CloseCaseDialog)


def test_a_closed_case_has_no_next_step(window: MainWindow, stored: Store, service: CaseService) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.ACCESS,))
    service.change_status(reference, Status.IN_PROGRESS)
    service.close(reference)
    detail = _open(window, reference)
    assert detail.next_step.step is None and not detail.next_step.isVisible()


def test_a_belgian_relative_in_progress_is_sent_to_the_case_tab_to_record_the_practitioner(
    qtbot: QtBot, window: MainWindow, make_case: Callable[..., Case], service: CaseService
) -> None:
    case = make_case(
        received=date(2026, 3, 5), rights=(Right.MEDICAL_RECORD,),
        requester=Requester(relationship=Relationship.HEIR, name="Jan Vercammen"),
    )
    case.subject.deceased = True
    reference = service.open_case(case)
    _acknowledge(service, reference)
    service.change_status(reference, Status.IN_PROGRESS)
    detail = _open(window, reference)
    assert detail.next_step.step is not None
    assert detail.next_step.step.action is NextAction.RECORD_PRACTITIONER
    _press(qtbot, detail)
    assert detail.tabs.currentIndex() == 1


def test_unsaved_edits_disable_the_next_step_button(qtbot: QtBot, window: MainWindow, stored: Store) -> None:
    detail = _open(window, stored(received=date(2026, 3, 5)))
    qtbot.keyClicks(detail.form.notes, "x")
    assert detail.has_unsaved_changes()
    assert not detail.next_step.button.isEnabled()


@pytest.mark.parametrize(
    ("language", "text", "button"),
    [
        ("fr", "Réponse due le 7 avr. 2026\u00a0: préparez la réponse (Accès)", "Rédiger la réponse…"),
        ("nl", "Antwoord uiterlijk 7 apr 2026: bereid het antwoord voor (Inzage)", "Antwoord opstellen…"),
    ],
)
def test_the_next_step_is_said_in_the_reader_s_language(
    qapp: QApplication, window: MainWindow, stored: Store, service: CaseService, language: str, text: str,
    button: str,
) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.ACCESS,))
    _acknowledge(service, reference)
    service.change_status(reference, Status.IN_PROGRESS)
    install_language(qapp, language)
    try:
        detail = _open(window, reference)
        assert (detail.next_step.text.text(), detail.next_step.button.text()) == (text, button)
    finally:
        install_language(qapp, UiLanguage.ENGLISH)


def test_an_extended_case_says_so_beside_its_date_and_asks_for_the_notice(
    window: MainWindow, stored: Store, service: CaseService
) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.ACCESS,))
    _acknowledge(service, reference)
    service.change_status(reference, Status.IN_PROGRESS)
    service.extend(reference, "files in three centres")
    detail = _open(window, reference)
    assert detail.due_label.text() == "due Fri 5 Jun 2026 (extended)"
    assert detail.next_step.text.text() == "Send the extension notice by 7 Apr 2026"
    assert detail.next_step.button.text() == "Write the extension notice…"
