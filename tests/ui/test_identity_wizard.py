"""The identity wizard, walked through its real widgets to each of its three endings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402  (after the Qt platform is chosen)
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWizard,
)
from pytestqt.qtbot import QtBot  # noqa: E402

from lazeo_desk.domain.case import (  # noqa: E402
    Case,
    Channel,
    DataSubject,
    HeirPurpose,
    Jurisdiction,
    Language,
    Practitioner,
    Relationship,
    Requester,
    Title,
)
from lazeo_desk.domain.identity import (  # noqa: E402
    Check,
    CheckResult,
    IntakeRoute,
    Outcome,
    Rule,
    Situation,
    VerificationResult,
    check_text,
    item_alternatives,
    items_to_request,
    rule_text,
    texts,
)
from lazeo_desk.domain.rights import Right  # noqa: E402
from lazeo_desk.domain.settings_registry import INFO_REQUEST_LIMIT_DAYS  # noqa: E402
from lazeo_desk.domain.status import Status  # noqa: E402
from lazeo_desk.ui.identity_wizard import IdentityWizard, PageId  # noqa: E402

DPO = "Brigitte Perez"
M, X = CheckResult.MATCHES, CheckResult.DOES_NOT_MATCH


def gent_patient() -> Case:
    """Scenario 1: a Belgian patient writes from the address on her file."""
    return Case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        channel=Channel.EMAIL,
        received=date(2026, 3, 5),
        rights=(Right.ACCESS, Right.MEDICAL_RECORD),
        subject=DataSubject("Ëlodie Vercammen", date(1987, 2, 14), email="elodie.vercammen@example.be"),
        reference="DSAR-2026-0001",
    )


def unknown_address() -> Case:
    """A patient asks for her medical file from an address the file does not know."""
    return Case(
        jurisdiction=Jurisdiction.FR,
        language=Language.FR,
        channel=Channel.EMAIL,
        received=date(2026, 6, 1),
        rights=(Right.MEDICAL_RECORD,),
        subject=DataSubject("Sophie Martin", date(1979, 9, 2), email="sophie.martin@example.fr"),
        requester=Requester(email="s.m.1979@example.net"),
        reference="DSAR-2026-0042",
    )


def lawyer_by_post() -> Case:
    return Case(
        jurisdiction=Jurisdiction.FR,
        language=Language.FR,
        channel=Channel.POST,
        received=date(2026, 6, 14),
        rights=(Right.MEDICAL_RECORD,),
        subject=DataSubject("Sophie Martin", date(1979, 9, 2)),
        requester=Requester(Relationship.MANDATARY, "Claire Lambert"),
        reference="DSAR-2026-0031",
    )


def heir(jurisdiction: Jurisdiction) -> Case:
    return Case(
        jurisdiction=jurisdiction,
        language=Language.FR,
        channel=Channel.EMAIL,
        received=date(2026, 7, 6),
        rights=(Right.MEDICAL_RECORD,),
        subject=DataSubject("Jean Bernard", date(1948, 5, 3), deceased=True, death_date=date(2026, 5, 12)),
        requester=Requester(Relationship.HEIR, "Thomas Bernard", email="thomas.bernard@example.fr"),
        reference="DSAR-2026-0050",
    )


def anonymous_caller_asked_before() -> Case:
    """An anonymous caller was told what to send and never answered: the case waits for them."""
    return Case(
        jurisdiction=Jurisdiction.LU,
        language=Language.EN,
        channel=Channel.PHONE,
        received=date(2026, 5, 4),
        rights=(Right.ACCESS,),
        subject=DataSubject("(unknown caller)"),
        status=Status.AWAITING_REQUESTER,
        info_requested=date(2026, 5, 4),
        awaiting_since=date(2026, 5, 4),
        reference="DSAR-2026-0040",
    )


WizardFactory = Callable[..., IdentityWizard]


@pytest.fixture
def open_wizard(qtbot: QtBot) -> WizardFactory:
    def make(case: Case, *, today: date, language: Language = Language.EN) -> IdentityWizard:
        wizard = IdentityWizard(
            case, today=today, actor=DPO, info_request_limit_days=INFO_REQUEST_LIMIT_DAYS.default, language=language
        )
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def radio(wizard: IdentityWizard, name: str) -> QRadioButton:
    found = wizard.currentPage().findChild(QRadioButton, name)
    assert found is not None, f"no radio button {name!r} on page {wizard.currentId()}"
    return found


def choose(qtbot: QtBot, button: QRadioButton) -> None:
    """Click the round indicator, as a person does (a radio button does not react beyond its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def record(qtbot: QtBot, wizard: IdentityWizard, check: Check, result: CheckResult = M) -> None:
    button = radio(wizard, f"check:{check.value}:{result.value}")
    choose(qtbot, button)
    assert button.isChecked()


def press(qtbot: QtBot, wizard: IdentityWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, wizard: IdentityWizard) -> None:
    press(qtbot, wizard, QWizard.WizardButton.NextButton)


def finish(qtbot: QtBot, wizard: IdentityWizard) -> VerificationResult:
    with qtbot.waitSignal(wizard.verified, timeout=2000) as blocker:
        press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    result = blocker.args[0]
    assert isinstance(result, VerificationResult)
    assert wizard.result() is result
    return result


def page_text(wizard: IdentityWizard, name: str) -> str:
    label = wizard.currentPage().findChild(QLabel, name)
    assert label is not None, name
    return label.text() if not label.isHidden() else ""


def test_patient_writing_from_the_address_on_file_is_verified_without_an_id_step(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    wizard = open_wizard(gent_patient(), today=date(2026, 3, 5))
    assert radio(wizard, "route:email-on-file").isChecked()
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.SUBJECT
    for check in (Check.NAME_MATCHES, Check.BIRTH_DATE_MATCHES, Check.EMAIL_ON_RECORD):
        record(qtbot, wizard, check)
    assert page_text(wizard, "status") == rule_text(Rule.FILE_ESTABLISHES_IDENTITY, Language.EN)
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.OUTCOME
    assert PageId.ID_DOCUMENT not in wizard.visitedIds()
    assert radio(wizard, "outcome:verified").isChecked()
    assert not radio(wizard, "outcome:more-information-needed").isEnabled()
    assert not radio(wizard, "outcome:cannot-be-verified").isEnabled()
    result = finish(qtbot, wizard)

    assert result.outcome is Outcome.VERIFIED
    assert result.route is IntakeRoute.EMAIL_ON_FILE
    assert result.results == {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M, Check.EMAIL_ON_RECORD: M}
    assert (result.decided_on, result.by, result.attached_scan) == (date(2026, 3, 5), DPO, None)
    assert result.items_requested == ()
    assert result.status is Status.IN_PROGRESS


def test_unknown_address_asking_for_the_file_ends_asking_for_more_with_the_late_flag(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    case = unknown_address()
    wizard = open_wizard(case, today=date(2026, 6, 12))
    assert radio(wizard, "route:email-unknown").isChecked()
    next_page(qtbot, wizard)
    assert wizard.currentPage().findChild(QRadioButton, "check:email-on-record:matches") is None
    record(qtbot, wizard, Check.NAME_MATCHES)
    record(qtbot, wizard, Check.BIRTH_DATE_MATCHES)
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.ID_DOCUMENT
    assert "redacted" in page_text(wizard, "rule:id-copy")
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.OUTCOME
    assert radio(wizard, "outcome:more-information-needed").isChecked()
    assert not radio(wizard, "outcome:verified").isEnabled()
    assert not radio(wizard, "outcome:cannot-be-verified").isEnabled()
    situation = Situation.of(case, IntakeRoute.EMAIL_UNKNOWN)
    expected_items = items_to_request({Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M}, situation)
    for alternative in item_alternatives(expected_items[0], Language.EN, Jurisdiction.FR):
        assert alternative in page_text(wizard, "items")
    assert "11 days after receipt" in page_text(wizard, "late-warning")
    result = finish(qtbot, wizard)

    assert result.outcome is Outcome.MORE_INFORMATION_NEEDED
    assert result.items_requested == expected_items
    # Deciding to ask is not asking: the clock pauses when the request goes out.
    assert not result.pauses_clock and result.status is Status.VERIFYING_IDENTITY
    assert result.request_sent_on is None


def test_a_request_already_sent_pauses_the_clock_from_the_day_recorded(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    wizard = open_wizard(unknown_address(), today=date(2026, 6, 12))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.OUTCOME
    assert radio(wizard, "outcome:more-information-needed").isChecked()
    assert "only once the request goes out" in page_text(wizard, "notice")
    assert "11 days after receipt" in page_text(wizard, "late-warning")
    sent = wizard.currentPage().findChild(QCheckBox, "request-sent")
    sent_on = wizard.currentPage().findChild(QLineEdit, "request-sent-on")
    assert sent is not None and sent_on is not None and sent.isVisible()
    qtbot.mouseClick(sent, Qt.MouseButton.LeftButton, pos=QPoint(8, sent.height() // 2))
    sent_on.clear()
    qtbot.keyClicks(sent_on, "13/06/2026")
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() is None
    assert "future" in page_text(wizard, "error")

    sent_on.clear()
    qtbot.keyClicks(sent_on, "04/06/2026")
    assert page_text(wizard, "late-warning") == ""
    result = finish(qtbot, wizard)
    assert result.request_sent_on == date(2026, 6, 4)
    assert result.pauses_clock and result.status is Status.AWAITING_REQUESTER


def test_a_request_for_information_within_seven_days_is_not_flagged(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    wizard = open_wizard(unknown_address(), today=date(2026, 6, 3))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.OUTCOME
    assert radio(wizard, "outcome:more-information-needed").isChecked()
    assert page_text(wizard, "late-warning") == ""


def test_after_asking_once_the_dpo_can_decline_an_anonymous_caller(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    wizard = open_wizard(anonymous_caller_asked_before(), today=date(2026, 6, 8))
    assert radio(wizard, "route:phone").isChecked()
    assert wizard.currentPage().findChild(QLabel, "asked-before") is not None
    next_page(qtbot, wizard)
    assert rule_text(Rule.PHONE, Language.EN) in page_text(wizard, f"rule:{Rule.PHONE.value}")
    record(qtbot, wizard, Check.NAME_MATCHES, CheckResult.NOT_CHECKED)
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.ID_DOCUMENT
    next_page(qtbot, wizard)

    decline = radio(wizard, "outcome:cannot-be-verified")
    assert decline.isEnabled()
    choose(qtbot, decline)
    assert rule_text(Rule.REFUSAL, Language.EN) in page_text(wizard, "notice")
    result = finish(qtbot, wizard)

    assert result.outcome is Outcome.CANNOT_BE_VERIFIED
    assert result.status is Status.REFUSED and not result.pauses_clock
    assert result.route is IntakeRoute.PHONE
    assert result.checks == ()
    assert {Check.NAME_MATCHES} == set(result.items_requested[0].alternatives)
    assert "11(2)" in result.summary


def test_declining_is_impossible_before_asking_once(qtbot: QtBot, open_wizard: WizardFactory) -> None:
    wizard = open_wizard(unknown_address(), today=date(2026, 6, 2))
    for _ in range(3):
        next_page(qtbot, wizard)
    decline = radio(wizard, "outcome:cannot-be-verified")
    choose(qtbot, decline)
    assert not decline.isChecked()
    assert radio(wizard, "outcome:more-information-needed").isChecked()


def test_an_attached_id_scan_comes_back_as_a_path_and_is_not_copied(
    qtbot: QtBot, open_wizard: WizardFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = tmp_path / "redacted-id.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n not really an image")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_args, **_kw: (str(scan), "")))
    wizard = open_wizard(unknown_address(), today=date(2026, 6, 3))
    next_page(qtbot, wizard)
    record(qtbot, wizard, Check.NAME_MATCHES)
    record(qtbot, wizard, Check.BIRTH_DATE_MATCHES)
    next_page(qtbot, wizard)

    attach = wizard.currentPage().findChild(QPushButton, "attach-scan")
    assert attach is not None
    qtbot.mouseClick(attach, Qt.MouseButton.LeftButton)
    path_field = wizard.currentPage().findChild(QLineEdit, "scan-path")
    assert path_field is not None and path_field.text() == str(scan)
    record(qtbot, wizard, Check.REDACTED_ID_COPY)
    next_page(qtbot, wizard)

    assert radio(wizard, "outcome:verified").isChecked()
    result = finish(qtbot, wizard)
    assert result.outcome is Outcome.VERIFIED
    assert result.attached_scan == scan
    assert result.results[Check.REDACTED_ID_COPY] is M
    assert sorted(p.name for p in tmp_path.iterdir()) == ["redacted-id.png"]


def test_a_scan_path_that_does_not_exist_keeps_the_dpo_on_the_page_with_a_message(
    qtbot: QtBot, open_wizard: WizardFactory, tmp_path: Path
) -> None:
    wizard = open_wizard(unknown_address(), today=date(2026, 6, 3))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    path_field = wizard.currentPage().findChild(QLineEdit, "scan-path")
    assert path_field is not None
    qtbot.keyClicks(path_field, str(tmp_path / "missing.pdf"))
    record(qtbot, wizard, Check.REDACTED_ID_COPY)
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.ID_DOCUMENT
    assert "does not exist" in page_text(wizard, "scan-error")


def test_a_scan_without_the_result_of_the_check_is_refused(
    qtbot: QtBot, open_wizard: WizardFactory, tmp_path: Path
) -> None:
    scan = tmp_path / "id.pdf"
    scan.write_bytes(b"%PDF-1.4\n")
    wizard = open_wizard(unknown_address(), today=date(2026, 6, 3))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    path_field = wizard.currentPage().findChild(QLineEdit, "scan-path")
    assert path_field is not None
    qtbot.keyClicks(path_field, str(scan))
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.ID_DOCUMENT
    assert "Record what the attached copy showed" in page_text(wizard, "scan-error")


def test_once_the_file_establishes_identity_the_id_step_and_its_scan_are_dropped(
    qtbot: QtBot, open_wizard: WizardFactory, tmp_path: Path
) -> None:
    scan = tmp_path / "id.png"
    scan.write_bytes(b"image")
    wizard = open_wizard(unknown_address(), today=date(2026, 6, 3))
    next_page(qtbot, wizard)
    record(qtbot, wizard, Check.NAME_MATCHES)
    record(qtbot, wizard, Check.BIRTH_DATE_MATCHES)
    next_page(qtbot, wizard)
    path_field = wizard.currentPage().findChild(QLineEdit, "scan-path")
    assert path_field is not None
    qtbot.keyClicks(path_field, str(scan))
    record(qtbot, wizard, Check.REDACTED_ID_COPY)
    press(qtbot, wizard, QWizard.WizardButton.BackButton)

    assert wizard.currentId() == PageId.SUBJECT
    record(qtbot, wizard, Check.POSTAL_ADDRESS_MATCHES)
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.OUTCOME
    result = finish(qtbot, wizard)
    assert result.outcome is Outcome.VERIFIED
    assert result.attached_scan is None
    assert Check.REDACTED_ID_COPY in result.results  # what was checked stays recorded; the document does not


def test_a_lawyer_by_post_shows_the_authority_page_and_is_verified_with_the_mandate(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    wizard = open_wizard(lawyer_by_post(), today=date(2026, 6, 15), language=Language.FR)
    assert radio(wizard, "route:post").isChecked()
    next_page(qtbot, wizard)
    for check in (Check.NAME_MATCHES, Check.BIRTH_DATE_MATCHES, Check.SIGNED_LETTER):
        record(qtbot, wizard, check)
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.AUTHORITY
    assert rule_text(Rule.MANDATE, Language.FR) == page_text(wizard, f"rule:{Rule.MANDATE.value}")
    assert "Still missing" in page_text(wizard, "status")
    record(qtbot, wizard, Check.SIGNED_MANDATE)
    record(qtbot, wizard, Check.REQUESTER_IDENTITY)
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.OUTCOME
    result = finish(qtbot, wizard)
    assert result.outcome is Outcome.VERIFIED
    assert result.route is IntakeRoute.POST
    assert result.results[Check.SIGNED_MANDATE] is M and result.results[Check.REQUESTER_IDENTITY] is M
    assert "juin 2026" in result.summary


def test_a_son_in_belgium_is_asked_for_the_practitioner_he_designates(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    wizard = open_wizard(heir(Jurisdiction.BE), today=date(2026, 7, 7))
    next_page(qtbot, wizard)
    record(qtbot, wizard, Check.NAME_MATCHES)
    record(qtbot, wizard, Check.BIRTH_DATE_MATCHES)
    next_page(qtbot, wizard)

    assert wizard.currentId() == PageId.DECEASED
    assert page_text(wizard, f"rule:{Rule.DECEASED_BE.value}") == rule_text(Rule.DECEASED_BE, Language.EN)
    for check in (Check.DEATH_CERTIFICATE, Check.HEIR_STATUS, Check.STATED_PURPOSE):
        record(qtbot, wizard, check)
    next_page(qtbot, wizard)

    result = finish(qtbot, wizard)
    assert result.outcome is Outcome.MORE_INFORMATION_NEEDED
    assert [item.alternatives for item in result.items_requested] == [(Check.DESIGNATED_PRACTITIONER,)]


def test_a_son_in_france_gives_a_purpose_and_no_practitioner(qtbot: QtBot, open_wizard: WizardFactory) -> None:
    wizard = open_wizard(heir(Jurisdiction.FR), today=date(2026, 7, 6))
    next_page(qtbot, wizard)
    record(qtbot, wizard, Check.NAME_MATCHES)
    record(qtbot, wizard, Check.BIRTH_DATE_MATCHES)
    next_page(qtbot, wizard)
    assert wizard.currentPage().findChild(QRadioButton, "check:designated-practitioner:matches") is None
    record(qtbot, wizard, Check.STATED_PURPOSE)
    next_page(qtbot, wizard)

    result = finish(qtbot, wizard)
    assert [item.alternatives for item in result.items_requested] == [
        (Check.DEATH_CERTIFICATE,),
        (Check.HEIR_STATUS,),
    ]


def test_choosing_another_route_offers_the_checks_of_that_route(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    wizard = open_wizard(gent_patient(), today=date(2026, 3, 5))
    next_page(qtbot, wizard)
    record(qtbot, wizard, Check.EMAIL_ON_RECORD)
    press(qtbot, wizard, QWizard.WizardButton.BackButton)
    choose(qtbot, radio(wizard, "route:post"))
    next_page(qtbot, wizard)

    page = wizard.currentPage()
    assert page.findChild(QRadioButton, "check:signed-letter:matches") is not None
    assert page.findChild(QRadioButton, "check:email-on-record:matches") is None
    for check in (Check.NAME_MATCHES, Check.BIRTH_DATE_MATCHES, Check.POSTAL_ADDRESS_MATCHES, Check.SIGNED_LETTER):
        record(qtbot, wizard, check)
    next_page(qtbot, wizard)
    result = finish(qtbot, wizard)
    assert result.route is IntakeRoute.POST
    assert Check.EMAIL_ON_RECORD not in result.results


def test_a_name_that_does_not_match_is_shown_as_a_doubt_and_blocks_verified(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    wizard = open_wizard(gent_patient(), today=date(2026, 3, 5))
    next_page(qtbot, wizard)
    record(qtbot, wizard, Check.NAME_MATCHES, X)
    record(qtbot, wizard, Check.BIRTH_DATE_MATCHES)
    record(qtbot, wizard, Check.EMAIL_ON_RECORD)
    label = check_text(Check.NAME_MATCHES, Language.EN, Jurisdiction.BE).label
    assert label in page_text(wizard, "status") and "doubt" in page_text(wizard, "status")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.OUTCOME
    assert not radio(wizard, "outcome:verified").isEnabled()
    result = finish(qtbot, wizard)
    assert result.outcome is Outcome.MORE_INFORMATION_NEEDED
    assert result.results[Check.NAME_MATCHES] is X


def test_each_check_says_what_to_check_and_why_in_the_chosen_language(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    wizard = open_wizard(gent_patient(), today=date(2026, 3, 5), language=Language.NL)
    assert texts(Language.NL).routes[IntakeRoute.EMAIL_ON_FILE] == radio(wizard, "route:email-on-file").text()
    next_page(qtbot, wizard)
    page = wizard.currentPage()
    assert page_text(wizard, f"rule:{Rule.PROPORTIONALITY.value}") == rule_text(Rule.PROPORTIONALITY, Language.NL)
    assert page_text(wizard, f"rule:{Rule.OVER_COLLECTION.value}") == rule_text(Rule.OVER_COLLECTION, Language.NL)
    shown = " ".join(label.text() for label in page.findChildren(QLabel))
    for check in (Check.NAME_MATCHES, Check.EMAIL_ON_RECORD):
        text = check_text(check, Language.NL, Jurisdiction.BE)
        assert text.label in shown and text.what in shown and text.why in shown


def test_cancelling_emits_nothing(qtbot: QtBot, open_wizard: WizardFactory) -> None:
    wizard = open_wizard(gent_patient(), today=date(2026, 3, 5))
    next_page(qtbot, wizard)
    record(qtbot, wizard, Check.NAME_MATCHES)
    with qtbot.assertNotEmitted(wizard.verified):
        press(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.result() is None
    assert not wizard.isVisible()


def test_a_deceased_patient_recorded_as_asking_themself_is_warned_on_the_first_page(
    open_wizard: WizardFactory,
) -> None:
    case = gent_patient()
    case.subject.deceased = True
    wizard = open_wizard(case, today=date(2026, 3, 5))
    assert page_text(wizard, f"warning:{Rule.SELF_BUT_DECEASED.value}") == rule_text(
        Rule.SELF_BUT_DECEASED, Language.EN
    )


def test_a_daughter_in_belgium_names_her_practitioner_in_the_guide_scenario_8(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    wizard = open_wizard(heir(Jurisdiction.BE), today=date(2026, 7, 7))
    next_page(qtbot, wizard)
    record(qtbot, wizard, Check.NAME_MATCHES)
    record(qtbot, wizard, Check.BIRTH_DATE_MATCHES)
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.DECEASED
    page = wizard.currentPage()
    name = page.findChild(QLineEdit, "practitioner-name")
    address = page.findChild(QLineEdit, "practitioner-address")
    assert name is not None and address is not None and name.isVisible()
    qtbot.keyClicks(name, "Dr. Pieter Wouters")
    qtbot.keyClicks(address, "Lange Leemstraat 5 / 2018 Antwerpen")
    for check in (Check.DEATH_CERTIFICATE, Check.HEIR_STATUS, Check.STATED_PURPOSE, Check.DESIGNATED_PRACTITIONER):
        record(qtbot, wizard, check)
    next_page(qtbot, wizard)

    result = finish(qtbot, wizard)
    assert result.outcome is Outcome.VERIFIED
    assert result.heir_statement is not None
    practitioner = result.heir_statement.designated_practitioner
    assert practitioner == Practitioner("Dr. Pieter Wouters", ("Lange Leemstraat 5", "2018 Antwerpen"), Title.DR)


def test_a_son_in_france_states_his_purpose_in_the_guide_and_names_no_practitioner(
    qtbot: QtBot, open_wizard: WizardFactory
) -> None:
    wizard = open_wizard(heir(Jurisdiction.FR), today=date(2026, 7, 6))
    next_page(qtbot, wizard)
    record(qtbot, wizard, Check.NAME_MATCHES)
    record(qtbot, wizard, Check.BIRTH_DATE_MATCHES)
    next_page(qtbot, wizard)
    page = wizard.currentPage()
    assert not page.findChild(QLineEdit, "practitioner-name").isVisible()  # type: ignore[union-attr]
    purpose = page.findChild(QComboBox, "heir-purpose")
    assert purpose is not None
    purpose.setCurrentIndex(purpose.findData(HeirPurpose.CAUSES_OF_DEATH.value))
    record(qtbot, wizard, Check.STATED_PURPOSE)
    next_page(qtbot, wizard)

    result = finish(qtbot, wizard)
    assert result.heir_statement is not None
    assert result.heir_statement.purpose is HeirPurpose.CAUSES_OF_DEATH
    assert result.heir_statement.designated_practitioner is None
