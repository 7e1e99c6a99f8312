"""The next step of stored cases: the same answer from the whole case and from its line in the register."""

from __future__ import annotations

from datetime import date

import pytest

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, Relationship, Requester
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.next_step import NextAction, NextStep
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.next_steps import letters_sent, step_of_loaded, step_of_row
from lazeo_desk.services.register import RegisterService
from lazeo_desk.store.register import CaseFilter


def _case(*, email: str = "", relationship: Relationship = Relationship.SELF) -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        channel=Channel.EMAIL,
        received=date(2026, 3, 5),
        rights=(Right.ACCESS, Right.MEDICAL_RECORD),
        subject=DataSubject(
            name="Sofie Peeters", email="sofie.peeters@example.be", deceased=relationship is Relationship.HEIR
        ),
        requester=Requester(relationship=relationship, name="Jan Peeters", email=email)
        if relationship is not Relationship.SELF
        else Requester(),
    )


def _both(service: CaseService, reference: str) -> tuple[NextStep, NextStep | None]:
    today = service.clock.today()
    loaded = service.load(reference)
    whole = step_of_loaded(loaded, letters_sent(service, reference), today)
    register = RegisterService(service.place)
    (row,) = [r for r in register.page(CaseFilter(), today) if r.reference == reference]
    assert whole is not None
    return whole, step_of_row(row, register.rules(), today)


def test_a_new_case_is_acknowledged_first_in_the_pane_and_in_the_register(service: CaseService) -> None:
    reference = service.open_case(_case())
    whole, line = _both(service, reference)
    assert whole == line
    assert whole.action is NextAction.SEND_ACKNOWLEDGEMENT


def test_a_sent_acknowledgement_moves_the_step_on_to_identity(service: CaseService) -> None:
    reference = service.open_case(_case())
    letters = LetterService(service)
    letters.send(reference, letters.draft(reference, LetterKind.ACKNOWLEDGEMENT), method=SendMethod.EMAIL)
    whole, line = _both(service, reference)
    assert whole == line
    assert whole.action is NextAction.VERIFY_IDENTITY


def test_a_belgian_relative_without_a_practitioner_is_asked_for_one_everywhere(service: CaseService) -> None:
    reference = service.open_case(_case(relationship=Relationship.HEIR, email="jan@example.be"))
    letters = LetterService(service)
    letters.send(reference, letters.draft(reference, LetterKind.ACKNOWLEDGEMENT), method=SendMethod.EMAIL)
    service.change_status(reference, Status.IN_PROGRESS)
    whole, line = _both(service, reference)
    assert whole == line
    assert whole.action is NextAction.RECORD_PRACTITIONER


@pytest.mark.parametrize("extended", [False, True])
def test_an_extension_without_a_notice_asks_for_the_notice_in_both_places(
    service: CaseService, clock: FixedClock, extended: bool
) -> None:
    reference = service.open_case(_case())
    letters = LetterService(service)
    letters.send(reference, letters.draft(reference, LetterKind.ACKNOWLEDGEMENT), method=SendMethod.EMAIL)
    service.change_status(reference, Status.IN_PROGRESS)
    if extended:
        service.extend(reference, "many archived files")
    whole, line = _both(service, reference)
    assert whole == line
    expected = NextAction.SEND_EXTENSION_NOTICE if extended else NextAction.PREPARE_ANSWER
    assert whole.action is expected


def test_a_paused_case_waits_with_its_strict_date_in_both_places(service: CaseService) -> None:
    reference = service.open_case(_case())
    loaded = service.mark_awaiting_requester(reference, items="a copy of the ID card")
    whole, line = _both(service, reference)
    assert whole == line
    assert whole.action is NextAction.WAIT_FOR_REQUESTER
    assert whole.due == loaded.deadline.strict_due
