"""The next step of a case: one rule at a time, then properties that hold for every case and every day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Extension,
    Jurisdiction,
    Language,
    OutcomeKind,
    Practitioner,
    Relationship,
    Requester,
    RightOutcome,
)
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.next_step import CaseFacts, NextAction, NextStep, next_step
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import OPEN_STATUSES, Status

RECEIVED = date(2026, 11, 6)
DUE = date(2026, 12, 8)
STRICT = date(2027, 1, 5)
NOTICE_BY = date(2026, 12, 8)
TODAY = date(2026, 11, 20)


def a_case(**changes: object) -> Case:
    case = Case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        channel=Channel.EMAIL,
        received=RECEIVED,
        rights=(Right.ACCESS,),
        subject=DataSubject(name="Sofie Claes", email="sofie@example.be"),
        status=Status.IN_PROGRESS,
    )
    for name, value in changes.items():
        setattr(case, name, value)
    return case


def facts(case: Case, letters: frozenset[LetterKind] = frozenset({LetterKind.ACKNOWLEDGEMENT})) -> CaseFacts:
    return CaseFacts.of(case, due=DUE, strict_due=STRICT, extension_notice_by=NOTICE_BY, letters_sent=letters)


def step(case: Case, today: date = TODAY, **kwargs: frozenset[LetterKind]) -> NextStep:
    found = next_step(facts(case, **kwargs), today)
    assert found is not None
    return found


def test_a_request_from_an_address_not_on_file_is_verified_before_anything_is_sent() -> None:
    case = a_case(status=Status.NEW, requester=Requester(email="someone@elsewhere.example"))
    found = step(case, letters=frozenset())
    assert found.action is NextAction.VERIFY_IDENTITY
    assert found.said() == "Verify identity — the request came from an address not on file"


def test_a_new_request_from_the_address_on_file_is_acknowledged_first() -> None:
    case = a_case(status=Status.NEW, requester=Requester(email="Sofie@Example.be"))
    found = step(case, letters=frozenset())
    assert found.action is NextAction.SEND_ACKNOWLEDGEMENT
    assert found.letter is LetterKind.ACKNOWLEDGEMENT
    assert found.said() == "Send the acknowledgement"


def test_once_acknowledged_a_new_request_is_verified() -> None:
    case = a_case(status=Status.VERIFYING_IDENTITY, channel=Channel.POST)
    found = step(case)
    assert (found.action, found.said()) == (NextAction.VERIFY_IDENTITY, "Verify the requester's identity")


def test_a_case_in_progress_names_the_answer_and_its_date() -> None:
    found = step(a_case())
    assert found.action is NextAction.PREPARE_ANSWER
    assert found.letter is LetterKind.ACCESS_RESPONSE
    assert found.due == DUE
    assert found.said() == "Answer due 2026-12-08: prepare the answer (access)"
    assert found.said().values["day"] == DUE


def test_the_answer_prepared_is_for_the_first_right_still_without_an_outcome() -> None:
    case = a_case(
        rights=(Right.ACCESS, Right.ERASURE), outcomes={Right.ACCESS: RightOutcome(OutcomeKind.GRANTED)}
    )
    found = step(case)
    assert (found.right, found.letter) == (Right.ERASURE, LetterKind.ERASURE_PARTLY_REFUSED)


def test_an_extension_without_its_notice_asks_for_the_notice_before_the_first_deadline() -> None:
    case = a_case(extension=Extension("many files", RECEIVED))
    found = step(case)
    assert found.action is NextAction.SEND_EXTENSION_NOTICE
    assert found.due == NOTICE_BY
    assert found.letter is LetterKind.EXTENSION_NOTICE
    assert found.said() == "Send the extension notice by 2026-12-08"


def test_an_extension_notice_already_sent_is_not_asked_again() -> None:
    case = a_case(extension=Extension("many files", RECEIVED))
    found = step(case, letters=frozenset({LetterKind.ACKNOWLEDGEMENT, LetterKind.EXTENSION_NOTICE}))
    assert found.action is NextAction.PREPARE_ANSWER


def test_an_extension_notice_is_not_asked_once_the_first_month_is_over() -> None:
    case = a_case(extension=Extension("many files", RECEIVED))
    assert step(case, today=NOTICE_BY + timedelta(days=1)).action is not NextAction.SEND_EXTENSION_NOTICE


def test_a_paused_case_waits_for_the_requester_and_shows_its_strict_date() -> None:
    case = a_case(status=Status.AWAITING_REQUESTER, awaiting_since=date(2026, 12, 2))
    found = step(case)
    assert found.action is NextAction.WAIT_FOR_REQUESTER
    assert found.due == STRICT
    assert found.said() == "Waiting for the requester since 2026-12-02; strict date 2027-01-05"


def test_past_the_governing_date_the_answer_is_overdue_from_the_next_day() -> None:
    found = step(a_case(), today=DUE + timedelta(days=3))
    assert found.action is NextAction.ANSWER_OVERDUE
    assert found.since == DUE + timedelta(days=1)
    assert found.said() == "Overdue since 2026-12-09: answer now"
    assert found.letter is LetterKind.ACCESS_RESPONSE


def test_on_the_due_date_itself_the_answer_is_not_yet_overdue() -> None:
    assert step(a_case(), today=DUE).action is NextAction.PREPARE_ANSWER


@pytest.mark.parametrize("country", [Jurisdiction.BE, Jurisdiction.LU])
def test_a_relative_in_belgium_or_luxembourg_without_a_practitioner_is_asked_to_designate_one(
    country: Jurisdiction,
) -> None:
    case = a_case(
        jurisdiction=country,
        rights=(Right.MEDICAL_RECORD,),
        requester=Requester(relationship=Relationship.HEIR, name="Jan Claes", email="sofie@example.be"),
    )
    found = step(case)
    assert found.action is NextAction.RECORD_PRACTITIONER
    assert found.said().startswith("Record the designated practitioner")


def test_a_relative_with_a_practitioner_gets_the_practitioner_cover_letter_prepared() -> None:
    case = a_case(
        rights=(Right.MEDICAL_RECORD,),
        requester=Requester(
            relationship=Relationship.HEIR, email="sofie@example.be",
            designated_practitioner=Practitioner("Dr. Wouters"),
        ),
    )
    assert step(case).letter is LetterKind.PRACTITIONER_COVER


def test_a_french_heir_needs_no_practitioner_and_receives_the_file_directly() -> None:
    case = a_case(
        jurisdiction=Jurisdiction.FR,
        rights=(Right.MEDICAL_RECORD,),
        requester=Requester(relationship=Relationship.HEIR, email="sofie@example.be"),
    )
    found = step(case)
    assert (found.action, found.letter) == (NextAction.PREPARE_ANSWER, LetterKind.MEDICAL_RECORD_COVER)


@pytest.mark.parametrize("status", [Status.ANSWERED, Status.REFUSED, Status.WITHDRAWN, Status.REFERRED])
def test_a_finished_case_not_yet_closed_is_to_be_closed(status: Status) -> None:
    found = step(a_case(status=status))
    assert (found.action, found.said(), found.due) == (NextAction.CLOSE_CASE, "Close the case", None)


def test_the_json_form_names_the_action_the_text_and_the_date() -> None:
    assert step(a_case()).to_json() == {
        "action": "prepare-answer",
        "text": "Answer due 2026-12-08: prepare the answer (access)",
        "due": "2026-12-08",
    }


# properties ---------------------------------------------------------------------------------------------------

_facts = st.builds(
    CaseFacts,
    status=st.sampled_from(Status),
    jurisdiction=st.sampled_from(Jurisdiction),
    rights=st.lists(st.sampled_from(Right), min_size=1, max_size=3, unique=True).map(tuple),
    pending_rights=st.lists(st.sampled_from(Right), max_size=2, unique=True).map(tuple),
    due=st.none() | st.dates(date(2026, 1, 1), date(2027, 12, 31)),
    strict_due=st.none() | st.dates(date(2026, 1, 1), date(2027, 12, 31)),
    awaiting_since=st.none() | st.dates(date(2026, 1, 1), date(2027, 12, 31)),
    extended=st.booleans(),
    extension_notice_by=st.none() | st.dates(date(2026, 1, 1), date(2027, 12, 31)),
    letters_sent=st.frozensets(st.sampled_from(LetterKind), max_size=3),
    sender_on_file=st.booleans(),
    heir=st.booleans(),
    practitioner_missing=st.booleans(),
)
_days = st.dates(date(2026, 1, 1), date(2027, 12, 31))


@given(_facts, _days)
def test_an_open_case_always_has_a_next_step_and_a_closed_one_never(case_facts: CaseFacts, today: date) -> None:
    found = next_step(case_facts, today)
    if case_facts.status is Status.CLOSED:
        assert found is None
    elif case_facts.status in OPEN_STATUSES:
        assert found is not None and found.action is not NextAction.CLOSE_CASE
    else:
        assert found is not None and found.action is NextAction.CLOSE_CASE


@given(_facts, _days)
def test_a_running_clock_past_its_date_always_says_overdue(case_facts: CaseFacts, today: date) -> None:
    running = replace(case_facts, status=Status.IN_PROGRESS, due=today - timedelta(days=1))
    found = next_step(running, today)
    assert found is not None and found.action is NextAction.ANSWER_OVERDUE


@given(_facts, _days)
def test_every_step_is_a_sentence_with_its_template(case_facts: CaseFacts, today: date) -> None:
    found = next_step(case_facts, today)
    if found is not None:
        assert found.said().template
        assert str(found.said()) == found.to_json()["text"]


def test_in_the_last_week_before_the_due_date_the_answer_comes_before_the_acknowledgement() -> None:
    case = a_case()
    assert step(case, letters=frozenset(), today=DUE - timedelta(days=8)).action is NextAction.SEND_ACKNOWLEDGEMENT
    assert step(case, letters=frozenset(), today=DUE - timedelta(days=7)).action is NextAction.PREPARE_ANSWER
    new = a_case(status=Status.NEW, channel=Channel.POST)
    assert step(new, letters=frozenset(), today=DUE).action is NextAction.VERIFY_IDENTITY
