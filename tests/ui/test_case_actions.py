"""The case pane's identity guide and letter dialog: opened from their buttons, their outcome lands on the case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case
from lazeo_desk.domain.identity import Check, CheckResult, IntakeRoute, ItemRequest, Outcome, VerificationResult
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.status import Status
from lazeo_desk.letters.context import RefusalGround
from lazeo_desk.services.cases import CaseService
from lazeo_desk.ui.case_detail import TAB_LETTERS, CaseDetail
from lazeo_desk.ui.identity_wizard import IdentityWizard
from lazeo_desk.ui.letter_dialog import LetterDialog
from lazeo_desk.ui.main_window import MainWindow

GENT = ("Kerkstraat 12 bus 3", "9000 Gent", "België")


def _detail(window: MainWindow, reference: str) -> CaseDetail:
    window.refresh()
    assert window.open_reference(reference)
    assert window.detail is not None
    return window.detail


def _result(outcome: Outcome) -> VerificationResult:
    return VerificationResult(
        outcome=outcome, route=IntakeRoute.EMAIL_ON_FILE, checks=((Check.NAME_MATCHES, CheckResult.MATCHES),),
        items_requested=(ItemRequest((Check.BIRTH_DATE_MATCHES,)),), summary="", decided_on=date(2026, 3, 10),
        by="Brigitte Perez",
    )


def _open_wizard(qtbot: QtBot, detail: CaseDetail) -> IdentityWizard:
    qtbot.mouseClick(detail.identity_button, Qt.MouseButton.LeftButton)
    wizards = [w for w in detail.findChildren(IdentityWizard) if w.isVisible()]
    assert len(wizards) == 1
    return wizards[0]


def test_a_finished_verification_moves_the_case_into_work(
    qtbot: QtBot, window: MainWindow, stored: Callable[..., str]
) -> None:
    reference = stored(email="elodie@example.be")
    detail = _detail(window, reference)
    assert detail.identity_button.isEnabled()
    wizard = _open_wizard(qtbot, detail)
    with qtbot.waitSignal(detail.caseChanged, timeout=2000):
        wizard.verified.emit(_result(Outcome.VERIFIED))
    loaded = detail.loaded
    assert loaded is not None and loaded.case.status is Status.IN_PROGRESS
    assert loaded.case.timeline[-1].kind == "identity"
    assert not detail.identity_button.isEnabled()


def test_more_information_proposes_the_identity_request_which_alone_pauses_the_case(
    qtbot: QtBot, window: MainWindow, stored: Callable[..., str]
) -> None:
    reference = stored(email="elodie@example.be")
    detail = _detail(window, reference)
    wizard = _open_wizard(qtbot, detail)
    wizard.verified.emit(_result(Outcome.MORE_INFORMATION_NEEDED))
    loaded = detail.loaded
    # Deciding to ask is not asking: the clock keeps running until the identity request is sent.
    assert loaded is not None and loaded.case.status is Status.VERIFYING_IDENTITY
    assert loaded.case.awaiting_since is None
    dialogs = [d for d in detail.findChildren(LetterDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].chosen_kind() is LetterKind.IDENTITY_REQUEST
    # Exactly what the verification found missing, in the letter's language (the case is Dutch).
    assert dialogs[0].items.toPlainText() == "Uw geboortedatum"


def test_an_identity_that_cannot_be_verified_proposes_the_refusal_on_that_ground(
    qtbot: QtBot, window: MainWindow, stored: Callable[..., str]
) -> None:
    reference = stored(email="elodie@example.be")
    detail = _detail(window, reference)
    first = _open_wizard(qtbot, detail)
    first.verified.emit(_result(Outcome.MORE_INFORMATION_NEEDED))
    first.reject()
    for dialog in detail.findChildren(LetterDialog):
        dialog.reject()
    wizard = _open_wizard(qtbot, detail)
    wizard.verified.emit(_result(Outcome.CANNOT_BE_VERIFIED))
    loaded = detail.loaded
    assert loaded is not None and loaded.case.status is Status.VERIFYING_IDENTITY
    (letter,) = [d for d in detail.findChildren(LetterDialog) if d.isVisible()]
    assert letter.chosen_kind() is LetterKind.REFUSAL
    assert letter.refusal_ground.current() is RefusalGround.IDENTITY_NOT_ESTABLISHED


def test_a_letter_sent_from_the_case_appears_in_its_letters_tab(
    qtbot: QtBot, window: MainWindow, make_case: Callable[..., Case], service: CaseService
) -> None:
    case = make_case()
    case.subject.address = GENT
    reference = service.open_case(case)
    detail = _detail(window, reference)
    assert detail.letter_log.model.rowCount() == 0
    qtbot.mouseClick(detail.letter_button, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in detail.findChildren(LetterDialog) if d.isVisible()]
    index = dialog.index_of(LetterKind.ACKNOWLEDGEMENT)
    qtbot.mouseClick(dialog.kinds.viewport(), Qt.MouseButton.LeftButton, pos=dialog.kinds.visualRect(index).center())
    qtbot.waitUntil(lambda: not dialog.preview_busy() and dialog.send_button.isEnabled())
    with qtbot.waitSignal(detail.caseChanged, timeout=3000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    detail.tabs.setCurrentIndex(TAB_LETTERS)
    assert detail.letter_log.model.rowCount() == 1
    assert "letter" in [event.kind for event in service.load(reference).case.timeline]
