"""The New case dialog, driven from the keyboard as the DPO would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import HeirPurpose, Jurisdiction, Language, Practitioner, Relationship, Title
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.ui.main_window import MainWindow
from lazeo_desk.ui.new_case_dialog import NewCaseDialog


def _type_date(qtbot: QtBot, field: object, text: str) -> None:
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def _deadline_text(dialog: NewCaseDialog) -> str:
    return "\n".join(f"{label}: {text}" for label, text in dialog.deadline.lines())


def test_a_case_is_created_by_typing_in_the_dialog(qtbot: QtBot, window: MainWindow, service: CaseService) -> None:
    dialog = window.new_case()
    form = dialog.form
    _type_date(qtbot, form.received, "05/03/2026")
    qtbot.keyClicks(form.jurisdiction, "B")
    qtbot.keyClicks(form.centre.lineEdit(), "Gent")
    qtbot.keyClick(form.right_boxes[Right.ACCESS], Qt.Key.Key_Space)
    qtbot.keyClick(form.right_boxes[Right.MEDICAL_RECORD], Qt.Key.Key_Space)
    qtbot.keyClicks(form.subject_name, "Ëlodie Vercammen")
    _type_date(qtbot, form.birth_date, "14/02/1987")
    qtbot.keyClicks(form.subject_email, "elodie.vercammen@example.be")
    qtbot.keyClicks(form.patient_number, "BE-204518")
    with qtbot.waitSignal(dialog.created) as created:
        qtbot.keyClick(form.subject_name, Qt.Key.Key_Return)
    reference = created.args[0]
    case = service.load(reference).case
    assert case.subject.name == "Ëlodie Vercammen"
    assert case.subject.birth_date == date(1987, 2, 14)
    assert case.jurisdiction is Jurisdiction.BE
    assert case.language is Language.NL  # the usual language of a Belgian centre, until the DPO picks another
    assert case.rights == (Right.ACCESS, Right.MEDICAL_RECORD)
    assert case.subject.centre == "Gent"
    assert window.model.row_of(reference) is not None
    assert window.detail is not None and window.detail.reference == reference


def test_the_deadline_is_counted_as_the_dates_are_typed(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.new_case()
    form = dialog.form
    assert "Type the date of receipt" in _deadline_text(dialog)
    qtbot.keyClicks(form.jurisdiction, "B")
    _type_date(qtbot, form.received, "05/03/2026")
    assert "Due date: Tue 7 Apr 2026" in _deadline_text(dialog)
    assert "5 Apr is Easter Sunday; 6 Apr is Easter Monday" in _deadline_text(dialog)
    qtbot.keyClick(form.right_boxes[Right.MEDICAL_RECORD], Qt.Key.Key_Space)
    assert "Due date: Fri 20 Mar 2026" in _deadline_text(dialog)
    _type_date(qtbot, form.received, "06/03/2026")
    assert "Due date: Mon 23 Mar 2026" in _deadline_text(dialog)  # 21 March is a Saturday


def test_a_half_typed_date_is_flagged_and_the_deadline_waits(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.new_case()
    qtbot.keyClicks(dialog.form.jurisdiction, "F")
    _type_date(qtbot, dialog.form.received, "31/02/2026")
    assert dialog.form.received.property("invalid") is True
    assert "not a date" in dialog.form.received.echo.text()
    assert "Type the date of receipt" in _deadline_text(dialog)


def test_missing_name_and_rights_are_shown_in_the_dialog_which_stays_open(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.new_case()
    qtbot.keyClicks(dialog.form.jurisdiction, "L")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    shown = "\n".join(dialog.banner.lines())
    assert "Name of the data subject" in shown
    assert "Rights" in shown
    assert dialog.form.subject_name.property("invalid") is True
    assert window.model.rowCount() == 0


def test_a_date_of_receipt_in_the_future_is_refused_with_the_rule(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.new_case()
    form = dialog.form
    qtbot.keyClicks(form.jurisdiction, "F")
    _type_date(qtbot, form.received, "11/03/2026")
    qtbot.keyClicks(form.subject_name, "Camille Martin")
    qtbot.keyClick(form.right_boxes[Right.ERASURE], Qt.Key.Key_Space)
    dialog.accept()
    assert dialog.isVisible()
    assert any("in the future" in line for line in dialog.banner.lines())
    assert form.received.property("invalid") is True


def test_a_representative_must_be_named(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.new_case()
    form = dialog.form
    qtbot.keyClicks(form.jurisdiction, "F")
    qtbot.keyClicks(form.subject_name, "Jean Martin")
    qtbot.keyClick(form.right_boxes[Right.MEDICAL_RECORD], Qt.Key.Key_Space)
    assert not form.requester_name.isEnabled()
    qtbot.keyClicks(form.relationship, "M")
    assert form.requester_name.isEnabled()
    dialog.accept()
    assert any("Name of the requester" in line for line in dialog.banner.lines())
    qtbot.keyClicks(form.requester_name, "Claire Faure, avocate")
    with qtbot.waitSignal(dialog.created):
        dialog.accept()


def test_a_belgian_relative_with_titles_purpose_and_practitioner_is_typed_in_the_dialog(
    qtbot: QtBot, window: MainWindow, service: CaseService
) -> None:
    dialog = window.new_case()
    form = dialog.form
    _type_date(qtbot, form.received, "12/01/2026")
    qtbot.keyClicks(form.jurisdiction, "B")
    qtbot.keyClick(form.right_boxes[Right.MEDICAL_RECORD], Qt.Key.Key_Space)
    qtbot.keyClicks(form.subject_name, "Maria Claes")
    qtbot.keyClick(form.deceased, Qt.Key.Key_Space)
    assert not form.practitioner_name.isEnabled() and not form.heir_purpose.isEnabled()
    form.relationship.select(Relationship.HEIR)
    assert form.practitioner_name.isEnabled() and form.requester_title.isEnabled()
    qtbot.keyClicks(form.requester_name, "Sofie Claes")
    form.requester_title.select(Title.MRS)
    qtbot.keyClicks(form.requester_family_name, "Claes")
    form.heir_purpose.select(HeirPurpose.ASSERT_RIGHTS)
    qtbot.keyClicks(form.purpose_explanation, "de nalatenschap")
    qtbot.keyClicks(form.practitioner_name, "Dr. Pieter Wouters")
    qtbot.keyClicks(form.practitioner_address, "Lange Leemstraat 5")
    qtbot.keyClick(form.practitioner_address, Qt.Key.Key_Return)
    qtbot.keyClicks(form.practitioner_address, "2018 Antwerpen")
    with qtbot.waitSignal(dialog.created) as created:
        dialog.accept()
    requester = service.load(created.args[0]).case.requester
    assert (requester.title, requester.family_name) == (Title.MRS, "Claes")
    assert (requester.purpose, requester.purpose_explanation) == (HeirPurpose.ASSERT_RIGHTS, "de nalatenschap")
    assert requester.designated_practitioner == Practitioner(
        "Dr. Pieter Wouters", ("Lange Leemstraat 5", "2018 Antwerpen"), Title.DR
    )


def test_a_lawyers_title_is_shown_and_kept_when_the_case_is_reopened_in_the_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.new_case()
    form = dialog.form
    form.relationship.select(Relationship.MANDATARY)
    form.requester_title.select(Title.MAITRE)
    qtbot.keyClicks(form.requester_family_name, "Roux")
    form.subject_title.select(Title.MRS)
    qtbot.keyClicks(form.subject_family_name, "Martin")
    qtbot.keyClicks(form.jurisdiction, "F")
    case = form.read()
    form.load(case)
    assert form.requester_title.current() is Title.MAITRE
    assert form.requester_family_name.text() == "Roux"
    assert form.subject_title.current() is Title.MRS and form.subject_family_name.text() == "Martin"
    form.relationship.select(Relationship.SELF)
    assert form.read().requester.title is None
