"""Which letters fit a case, and which go by registered post."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Jurisdiction,
    Language,
    OutcomeKind,
    Relationship,
    Requester,
    RightOutcome,
)
from lazeo_desk.domain.heirs import heir_letter_refusal
from lazeo_desk.domain.letter_kinds import (
    REGISTERED_POST_KINDS,
    LetterInput,
    LetterKind,
    carries_enclosures,
    fits,
    letter_inputs,
    proposed_kinds,
)
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status

ISSUE_KEYS = [
    "acknowledgement", "identity-request", "extension-notice", "access-response", "rectification-done",
    "erasure-done", "erasure-partly-refused", "restriction-applied", "objection-upheld", "consent-withdrawn",
    "portability-cover", "referral-doctolib", "refusal", "medical-record-cover",
    # A deceased patient's relative in Belgium or Luxembourg: the file goes to the practitioner they designate.
    "practitioner-cover", "heir-practitioner-notice",
    "no-data-held",
]  # fmt: skip


def case_of(status: Status, *rights: Right, outcomes: dict[Right, RightOutcome] | None = None) -> Case:
    return Case(
        jurisdiction=Jurisdiction.FR,
        language=Language.FR,
        channel=Channel.EMAIL,
        received=date(2026, 4, 8),
        rights=rights or (Right.ACCESS,),
        subject=DataSubject(name="X"),
        status=status,
        outcomes=outcomes or {},
    )


def test_the_kinds_have_the_keys_of_the_issues_and_of_the_relatives_letters() -> None:
    assert [kind.value for kind in LetterKind] == ISSUE_KEYS
    assert all(kind.description for kind in LetterKind)


def test_refusals_extensions_and_medical_files_go_by_registered_post() -> None:
    assert REGISTERED_POST_KINDS == {
        LetterKind.REFUSAL,
        LetterKind.EXTENSION_NOTICE,
        LetterKind.MEDICAL_RECORD_COVER,
        LetterKind.PRACTITIONER_COVER,
    }
    assert LetterKind.REFUSAL.customarily_registered
    assert not LetterKind.ACKNOWLEDGEMENT.customarily_registered


def test_interim_letters_do_not_answer_the_request() -> None:
    assert not LetterKind.ACKNOWLEDGEMENT.is_final_answer
    assert not LetterKind.EXTENSION_NOTICE.is_final_answer
    assert LetterKind.ACCESS_RESPONSE.is_final_answer
    assert LetterKind.REFUSAL.is_final_answer
    assert LetterKind.PORTABILITY_COVER.answers is Right.PORTABILITY
    assert LetterKind.NO_DATA_HELD.is_final_answer and LetterKind.NO_DATA_HELD.answers is Right.ACCESS


def test_parse_accepts_the_key_and_names_the_known_ones_otherwise() -> None:
    assert LetterKind.parse(" Access_Response ") is LetterKind.ACCESS_RESPONSE
    with pytest.raises(ValueError, match="known: acknowledgement"):
        LetterKind.parse("thank-you")


def test_a_new_case_is_acknowledged_or_asked_for_details() -> None:
    kinds = proposed_kinds(case_of(Status.NEW, Right.ACCESS))
    assert kinds[:2] == [LetterKind.ACKNOWLEDGEMENT, LetterKind.IDENTITY_REQUEST]
    assert LetterKind.ACCESS_RESPONSE not in kinds
    assert LetterKind.REFUSAL not in kinds


def test_a_case_in_progress_proposes_the_answers_to_its_rights_scenario_1() -> None:
    kinds = proposed_kinds(case_of(Status.IN_PROGRESS, Right.ACCESS, Right.MEDICAL_RECORD))
    assert LetterKind.ACCESS_RESPONSE in kinds
    assert LetterKind.NO_DATA_HELD in kinds
    assert LetterKind.MEDICAL_RECORD_COVER in kinds
    assert LetterKind.EXTENSION_NOTICE in kinds
    assert LetterKind.PORTABILITY_COVER not in kinds
    assert LetterKind.IDENTITY_REQUEST not in kinds


def test_erasure_proposes_both_letters_until_an_outcome_is_recorded_scenario_2() -> None:
    open_case = case_of(Status.IN_PROGRESS, Right.ERASURE, Right.OBJECTION)
    assert {LetterKind.ERASURE_DONE, LetterKind.ERASURE_PARTLY_REFUSED, LetterKind.OBJECTION_UPHELD} <= set(
        proposed_kinds(open_case)
    )
    granted = case_of(Status.IN_PROGRESS, Right.ERASURE, outcomes={Right.ERASURE: RightOutcome(OutcomeKind.GRANTED)})
    assert fits(granted, LetterKind.ERASURE_DONE)
    assert not fits(granted, LetterKind.ERASURE_PARTLY_REFUSED)
    partly = case_of(
        Status.IN_PROGRESS,
        Right.ERASURE,
        outcomes={Right.ERASURE: RightOutcome(OutcomeKind.PARTLY_GRANTED, "medical file retention")},
    )
    assert fits(partly, LetterKind.ERASURE_PARTLY_REFUSED)
    assert not fits(partly, LetterKind.ERASURE_DONE)


def test_a_refused_objection_is_not_answered_as_upheld() -> None:
    refused = case_of(
        Status.IN_PROGRESS, Right.OBJECTION, outcomes={Right.OBJECTION: RightOutcome(OutcomeKind.REFUSED, "care")}
    )
    assert not fits(refused, LetterKind.OBJECTION_UPHELD)


def test_awaiting_the_requester_proposes_a_reminder_or_a_refusal() -> None:
    assert proposed_kinds(case_of(Status.AWAITING_REQUESTER)) == [LetterKind.IDENTITY_REQUEST, LetterKind.REFUSAL]


def test_a_refused_or_referred_case_gets_its_letter_again() -> None:
    assert proposed_kinds(case_of(Status.REFUSED)) == [LetterKind.REFUSAL]
    assert proposed_kinds(case_of(Status.REFERRED)) == [LetterKind.REFERRAL_DOCTOLIB]


@pytest.mark.parametrize("status", [Status.CLOSED, Status.WITHDRAWN])
def test_a_closed_or_withdrawn_case_gets_no_letter(status: Status) -> None:
    assert proposed_kinds(case_of(status, *Right)) == []


@given(status=st.sampled_from(list(Status)), rights=st.sets(st.sampled_from(list(Right)), min_size=1))
def test_fits_is_membership_of_the_proposals_without_duplicates(status: Status, rights: set[Right]) -> None:
    case = case_of(status, *sorted(rights))
    proposals = proposed_kinds(case)
    assert len(proposals) == len(set(proposals))
    for kind in LetterKind:
        assert fits(case, kind) == (kind in proposals)
        answered = kind.answers
        if answered is not None and kind in proposals:
            assert answered in rights


def test_a_relatives_case_is_never_proposed_an_extension_notice() -> None:
    relative = case_of(Status.IN_PROGRESS, Right.MEDICAL_RECORD)
    relative.subject = DataSubject(name="Jean Lacoste", deceased=True, death_date=date(2026, 2, 11))
    relative.requester = Requester(relationship=Relationship.HEIR, name="Pierre Lacoste")
    assert LetterKind.EXTENSION_NOTICE not in proposed_kinds(relative)
    assert LetterKind.ACKNOWLEDGEMENT in proposed_kinds(relative)
    assert heir_letter_refusal(relative, LetterKind.EXTENSION_NOTICE) is not None
    assert LetterKind.EXTENSION_NOTICE in proposed_kinds(case_of(Status.IN_PROGRESS, Right.MEDICAL_RECORD))


def test_a_copy_of_data_or_a_file_goes_with_enclosures_whatever_the_template_says() -> None:
    for kind in (LetterKind.ACCESS_RESPONSE, LetterKind.PORTABILITY_COVER, LetterKind.MEDICAL_RECORD_COVER,
                 LetterKind.PRACTITIONER_COVER):
        assert carries_enclosures(kind, frozenset())
    assert not carries_enclosures(LetterKind.ACKNOWLEDGEMENT, frozenset({"reference"}))
    assert carries_enclosures(LetterKind.ACKNOWLEDGEMENT, frozenset({"enclosures"}))


def test_a_letter_asks_only_for_what_its_template_prints() -> None:
    needed = letter_inputs(LetterKind.EXTENSION_NOTICE, frozenset({"extension_reason", "free_paragraphs"}), ())
    assert needed == {LetterInput.EXTENSION_REASON}
    assert letter_inputs(LetterKind.ACKNOWLEDGEMENT, frozenset(), ()) == {LetterInput.FREE_NOTE}


def test_refusing_an_objection_asks_whether_it_is_about_direct_marketing() -> None:
    refusal = frozenset({"refusal_reasons", "free_paragraphs"})
    assert LetterInput.OBJECTION_NOT_MARKETING in letter_inputs(LetterKind.REFUSAL, refusal, (Right.OBJECTION,))
    assert letter_inputs(LetterKind.REFUSAL, refusal, (Right.ACCESS,)) == {LetterInput.REFUSAL}
