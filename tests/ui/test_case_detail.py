"""The case pane: the deadline explained, edits with their rules, and every action through its dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Case, DataSubject, Jurisdiction, OutcomeKind, Relationship, Requester
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.deadlines import CountdownState
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status, allowed_moves
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.ui.action_dialogs import ChangeStatusDialog, CloseCaseDialog, ExtendDialog, ResumeDialog
from lazeo_desk.ui.case_detail import CaseDetail
from lazeo_desk.ui.labels import status_label
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.timeline_model import COL_WHAT

Store = Callable[..., str]


def _open(window: MainWindow, reference: str) -> CaseDetail:
    window.refresh()
    assert window.open_reference(reference)
    assert window.detail is not None and window.detail.isVisible()
    return window.detail


def _deadline(detail: CaseDetail) -> dict[str, str]:
    return dict(detail.deadline.lines())


def _timeline_kinds(detail: CaseDetail) -> list[str]:
    model = detail.timeline_model
    return [model.index(row, COL_WHAT).data() for row in range(model.rowCount())]


def _type(qtbot: QtBot, field: object, text: str) -> None:
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def test_the_deadline_is_explained_line_by_line(window: MainWindow, stored: Store) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.ACCESS, Right.MEDICAL_RECORD))
    lines = _deadline(_open(window, reference))
    assert lines["Due date"].startswith("Fri 20 Mar 2026")
    assert lines["Clock starts"].startswith("Thu 5 Mar 2026 — the day the request was received")
    assert lines["GDPR one month"] == "Sun 5 Apr 2026 → Tue 7 Apr 2026 (5 Apr is Easter Sunday; 6 Apr is Easter Monday)"
    assert "15 days" in lines["Medical file"] and lines["Medical file"].endswith("Fri 20 Mar 2026")
    assert "must be notified by Tue 7 Apr 2026" in lines["Extension"]
    assert lines["Countdown"].startswith("10 days left")


def test_a_case_is_extended_through_its_dialog(qtbot: QtBot, window: MainWindow, stored: Store) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.ACCESS,))
    detail = _open(window, reference)
    assert detail.extend_button.isEnabled()
    dialog = detail.extend()
    assert isinstance(dialog, ExtendDialog)
    qtbot.keyClicks(dialog.reason, "Files in three centres over five years")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    loaded = detail.loaded
    assert loaded is not None and loaded.case.extension is not None
    assert loaded.case.extension.reason == "Files in three centres over five years"
    assert _deadline(detail)["Due date"].startswith("Fri 5 Jun 2026")  # start + 3 months (rules.md, rule 5)
    assert "start + 3 months: Fri 5 Jun 2026" in _deadline(detail)["Extension"]
    assert _timeline_kinds(detail)[0] == "Extended"
    assert not detail.extend_button.isEnabled()
    row = window.model.row_of(reference)
    assert row is not None and window.model.row_at(row).due_date == date(2026, 6, 5)


def test_an_extension_needs_its_reasons(qtbot: QtBot, window: MainWindow, stored: Store) -> None:
    detail = _open(window, stored(received=date(2026, 3, 5)))
    dialog = detail.extend()
    assert dialog is not None
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert any("reasons" in line for line in dialog.banner.lines())
    dialog.reject()


def test_extension_is_refused_once_the_first_deadline_has_passed(
    qtbot: QtBot, window: MainWindow, stored: Store
) -> None:
    # SCENARIOS.md, scenario 7: received Saturday 31 January 2026, first deadline Monday 2 March 2026.
    detail = _open(window, stored(received=date(2026, 1, 31), jurisdiction=Jurisdiction.FR))
    assert not detail.extend_button.isEnabled()
    assert "2 Mar 2026" in detail.extend_button.toolTip()
    assert "no longer possible" in _deadline(detail)["Extension"]


def test_an_extension_notified_after_the_first_deadline_is_refused_in_the_dialog(
    qtbot: QtBot, window: MainWindow, stored: Store
) -> None:
    detail = _open(window, stored(received=date(2026, 3, 5)))
    dialog = detail.extend()
    assert dialog is not None
    qtbot.keyClicks(dialog.reason, "Complex request")
    _type(qtbot, dialog.notice_date, "08/04/2026")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert any("has passed" in line for line in dialog.banner.lines())
    dialog.reject()
    assert detail.loaded is not None and detail.loaded.case.extension is None


def test_the_status_menu_offers_only_the_allowed_moves(qtbot: QtBot, window: MainWindow, stored: Store) -> None:
    detail = _open(window, stored())
    offered = [action.text() for action in detail.status_menu.actions()]
    assert offered == [status_label(s) for s in Status if s in allowed_moves(Status.NEW)]
    assert status_label(Status.CLOSED) not in offered and status_label(Status.ANSWERED) not in offered
    move = next(a for a in detail.status_menu.actions() if a.text() == status_label(Status.IN_PROGRESS))
    move.trigger()
    dialogs = detail.findChildren(ChangeStatusDialog)
    assert len(dialogs) == 1
    qtbot.keyClicks(dialogs[0].note, "identity matches the patient file")
    qtbot.mouseClick(dialogs[0].accept_button, Qt.MouseButton.LeftButton)
    assert detail.loaded is not None and detail.loaded.case.status is Status.IN_PROGRESS
    offered = [action.text() for action in detail.status_menu.actions()]
    assert offered == [status_label(s) for s in Status if s in allowed_moves(Status.IN_PROGRESS)]
    assert detail.status_badge.text() == status_label(Status.IN_PROGRESS)


def test_awaiting_the_requester_pauses_the_clock_and_resuming_restarts_it(
    qtbot: QtBot, window: MainWindow, stored: Store, clock: FixedClock
) -> None:
    reference = stored(received=date(2026, 3, 5))
    detail = _open(window, reference)
    dialog = detail.await_requester()
    assert dialog is not None
    qtbot.keyClicks(dialog.items, "a copy of the mandate")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert detail.loaded is not None and detail.loaded.countdown.state is CountdownState.PAUSED
    assert detail.countdown_badge.text() == "paused: awaiting requester since 10 Mar"
    assert detail.resume_button.isVisible() and not detail.await_button.isVisible()
    row = window.model.row_of(reference)
    assert row is not None and window.model.countdown_at(row).state is CountdownState.PAUSED

    clock.set(datetime.combine(date(2026, 3, 16), clock.now().timetz()))
    window.check_day()
    resume = detail.resume()
    assert isinstance(resume, ResumeDialog)
    _type(qtbot, resume.arrived, "13/03/2026")
    qtbot.mouseClick(resume.accept_button, Qt.MouseButton.LeftButton)
    loaded = detail.loaded
    assert loaded is not None and loaded.case.status is Status.IN_PROGRESS
    assert loaded.deadline.start == date(2026, 3, 13)
    assert _deadline(detail)["Clock starts"].startswith("Fri 13 Mar 2026 — the day the request became complete")
    assert "Strict date" in _deadline(detail)


def test_a_late_request_for_information_is_flagged(qtbot: QtBot, window: MainWindow, stored: Store) -> None:
    detail = _open(window, stored(received=date(2026, 2, 20)))
    dialog = detail.await_requester()
    assert dialog is not None
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    warning = detail.deadline.warning()
    assert "more than 7 days after receipt" in warning
    assert "Fri 20 Mar 2026" in warning  # the strict date, counted from first receipt


def test_closing_asks_an_outcome_for_every_right(
    qtbot: QtBot, window: MainWindow, stored: Store, service: CaseService
) -> None:
    reference = stored(received=date(2026, 3, 5), rights=(Right.ERASURE, Right.OBJECTION))
    service.change_status(reference, Status.IN_PROGRESS)
    detail = _open(window, reference)
    dialog = detail.close_case()
    assert isinstance(dialog, CloseCaseDialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and any("every right" in line for line in dialog.banner.lines())
    dialog.outcomes_editor.kinds[Right.ERASURE].select(OutcomeKind.PARTLY_GRANTED)
    dialog.outcomes_editor.kinds[Right.OBJECTION].select(OutcomeKind.GRANTED)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and any("ground" in line for line in dialog.banner.lines())
    qtbot.keyClicks(dialog.outcomes_editor.grounds[Right.ERASURE], "GDPR Art 17(3)(b)/(c): medical file kept")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    loaded = detail.loaded
    assert loaded is not None and loaded.case.status is Status.CLOSED
    assert loaded.case.outcomes[Right.ERASURE].kind is OutcomeKind.PARTLY_GRANTED
    assert detail.countdown_badge.text() == "answered on time"
    assert detail.status_menu.actions() == []


def test_an_edit_is_saved_with_its_timeline_entry(qtbot: QtBot, window: MainWindow, stored: Store) -> None:
    reference = stored(name="Elodie Vercamen")
    detail = _open(window, reference)
    assert not detail.save_button.isEnabled()
    _type(qtbot, detail.form.subject_name, "Ëlodie Vercammen")
    assert detail.save_button.isEnabled() and not detail.extend_button.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    detail.form.subject_name.setFocus()
    qtbot.keyClick(detail.form.subject_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not detail.has_unsaved_changes()
    assert detail.loaded is not None and detail.loaded.case.subject.name == "Ëlodie Vercammen"
    assert _timeline_kinds(detail)[0] == "Edited"
    row = window.model.row_of(reference)
    assert row is not None and window.model.row_at(row).subject_name == "Ëlodie Vercammen"


def test_a_rule_broken_by_an_edit_is_shown_beside_the_field(
    qtbot: QtBot, window: MainWindow, stored: Store
) -> None:
    detail = _open(window, stored())
    detail.form.subject_name.clear()
    qtbot.keyClicks(detail.form.subject_name, " ")
    _type(qtbot, detail.form.received, "05/03/2027")
    assert not detail.save()
    shown = "\n".join(detail.banner.lines())
    assert "Name of the data subject" in shown and "in the future" in shown
    assert detail.form.subject_name.property("invalid") is True
    assert detail.has_unsaved_changes()


def test_a_case_changed_elsewhere_names_the_change_and_keeps_the_edits_to_apply_again(
    qtbot: QtBot, window: MainWindow, stored: Store, db: Any, clock: FixedClock, recorded_messages: Any
) -> None:
    reference = stored()
    detail = _open(window, reference)
    qtbot.keyClicks(detail.form.notes, "phoned the centre")
    colleague = CaseService(Workplace(db, clock, "marc.dupont"))
    theirs = colleague.load(reference)
    theirs.case.subject = replace(theirs.case.subject, patient_number="P-2231")
    colleague.save(theirs.case, expected_version=theirs.version)
    recorded_messages.answers.append(False)
    assert not detail.save()
    title, text = recorded_messages.questions[-1]
    assert title == "Case changed elsewhere"
    assert f"{reference} was changed by marc.dupont since you opened it" in text
    assert "• marc.dupont: patient number: — → P-2231" in text
    assert detail.has_unsaved_changes() and detail.form.notes.toPlainText() == "phoned the centre"
    assert any("Save again to apply your changes" in line for line in detail.banner.lines())
    # Applied again: the colleague's patient number and this window's note, both shown, for a save.
    recorded_messages.answers.append(True)
    assert not detail.save()
    assert detail.has_unsaved_changes()
    assert detail.form.notes.toPlainText() == "phoned the centre"
    assert detail.form.patient_number.text() == "P-2231"
    assert "Edited" in _timeline_kinds(detail)
    assert detail.save()
    stored_now = colleague.load(reference).case
    assert (stored_now.notes, stored_now.subject.patient_number) == ("phoned the centre", "P-2231")


def test_a_luxembourg_relatives_case_is_flagged_for_legal_review_on_the_case_pane(
    window: MainWindow, service: CaseService, make_case: Callable[..., Case]
) -> None:
    relative = Requester(
        relationship=Relationship.HEIR, name="Paul Weber", address=("1, rue Haute", "L-1111 Luxembourg")
    )
    deceased = DataSubject(name="Marc Weber", deceased=True, death_date=date(2026, 1, 3))

    def stored_relative(jurisdiction: Jurisdiction) -> str:
        case = make_case(jurisdiction=jurisdiction, rights=(Right.MEDICAL_RECORD,), requester=relative)
        return service.open_case(replace(case, subject=deceased))

    detail = _open(window, stored_relative(Jurisdiction.LU))
    assert detail.legal_review.isVisible()
    assert "Legal review needed" in detail.legal_review.text() and "28 August 1998" in detail.legal_review.text()
    detail = _open(window, stored_relative(Jurisdiction.BE))
    assert not detail.legal_review.isVisible()
    detail = _open(window, service.open_case(make_case(jurisdiction=Jurisdiction.LU)))
    assert not detail.legal_review.isVisible()
