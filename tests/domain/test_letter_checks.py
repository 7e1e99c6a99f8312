"""Whether a letter may go out on its date (docs/rules.md, "Before a letter goes out"), rule by rule and by country."""

from __future__ import annotations

from datetime import date

import pytest

from lazeo_desk.domain.case import Case, Channel, DataSubject, Extension, Jurisdiction, Language
from lazeo_desk.domain.deadlines import DeadlineReport, compute_deadline
from lazeo_desk.domain.letter_checks import (
    Finding,
    Severity,
    answer_due_for,
    check_letter,
    objects_to_direct_marketing,
)
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status


def _case(
    jurisdiction: Jurisdiction = Jurisdiction.FR,
    rights: tuple[Right, ...] = (Right.ACCESS,),
    received: date = date(2026, 4, 8),
    *,
    status: Status = Status.IN_PROGRESS,
    request_text: str = "",
    info_requested: date | None = None,
    extension: Extension | None = None,
) -> Case:
    return Case(
        jurisdiction=jurisdiction, language=Language.FR, channel=Channel.EMAIL, received=received, rights=rights,
        subject=DataSubject(name="Louise Martin"), status=status, request_text=request_text,
        info_requested=info_requested, extension=extension,
    )


def _report(case: Case) -> DeadlineReport:
    return compute_deadline(
        received=case.received, jurisdiction=case.jurisdiction, rights=case.rights, completed=case.completed,
        extended=case.extension is not None,
    )


def _check(case: Case, kind: LetterKind, on: date, **given: object) -> list[Finding]:
    return check_letter(case, kind, on, deadlines=_report(case), **given)  # type: ignore[arg-type]


def _rules(findings: list[Finding], severity: Severity) -> list[str]:
    return [finding.rule for finding in findings if finding.severity is severity]


# A letter that promises a date ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("jurisdiction", "rights", "received", "last_good_day"),
    [
        # FR: 8 May 2026 + 1 month = 8 June (Monday).
        (Jurisdiction.FR, (Right.ACCESS,), date(2026, 5, 8), date(2026, 6, 8)),
        # BE: 15 days for the file (5 March -> 20 March), before the GDPR month.
        (Jurisdiction.BE, (Right.ACCESS, Right.MEDICAL_RECORD), date(2026, 3, 5), date(2026, 3, 20)),
        # LU: no national clock; 23 May + 1 month = 23 June, a public holiday in Luxembourg -> 24 June.
        (Jurisdiction.LU, (Right.MEDICAL_RECORD,), date(2026, 5, 23), date(2026, 6, 24)),
    ],
)
def test_an_acknowledgement_is_refused_once_the_date_it_promises_has_passed(
    jurisdiction: Jurisdiction, rights: tuple[Right, ...], received: date, last_good_day: date
) -> None:
    case = _case(jurisdiction, rights, received)
    assert _rules(_check(case, LetterKind.ACKNOWLEDGEMENT, last_good_day), Severity.REFUSE) == []
    late = date.fromordinal(last_good_day.toordinal() + 1)
    findings = _check(case, LetterKind.ACKNOWLEDGEMENT, late)
    assert _rules(findings, Severity.REFUSE) == ["promised-date-passed"]
    assert last_good_day.isoformat() in findings[0].said()


def test_the_acknowledgement_of_the_issue_dated_15_june_for_a_request_due_11_may_is_refused() -> None:
    case = _case(Jurisdiction.FR, (Right.ERASURE, Right.OBJECTION), date(2026, 4, 8))
    findings = _check(case, LetterKind.ACKNOWLEDGEMENT, date(2026, 6, 15))
    assert findings[0].refuses and "2026-05-11" in findings[0].said()


def test_a_first_identity_request_after_the_due_date_is_refused_but_a_reminder_is_not() -> None:
    first = _case(received=date(2026, 4, 8), status=Status.VERIFYING_IDENTITY)
    assert _rules(_check(first, LetterKind.IDENTITY_REQUEST, date(2026, 5, 11)), Severity.REFUSE) == []
    assert _rules(_check(first, LetterKind.IDENTITY_REQUEST, date(2026, 5, 12)), Severity.REFUSE) == [
        "promised-date-passed"
    ]
    reminder = _case(
        received=date(2026, 4, 8), status=Status.AWAITING_REQUESTER, info_requested=date(2026, 4, 10)
    )
    assert _rules(_check(reminder, LetterKind.IDENTITY_REQUEST, date(2026, 6, 12)), Severity.REFUSE) == []


# The French reflection period -------------------------------------------------------------------------------------

def test_a_french_medical_file_copy_dated_before_the_48_hours_is_refused_scenario_4() -> None:
    case = _case(Jurisdiction.FR, (Right.MEDICAL_RECORD,), date(2026, 6, 14))
    findings = _check(case, LetterKind.MEDICAL_RECORD_COVER, date(2026, 6, 15))
    assert _rules(findings, Severity.REFUSE) == ["before-earliest-release"]
    assert "2026-06-16" in findings[0].said()
    assert _check(case, LetterKind.MEDICAL_RECORD_COVER, date(2026, 6, 16)) == []


@pytest.mark.parametrize("jurisdiction", [Jurisdiction.BE, Jurisdiction.LU])
def test_a_belgian_or_luxembourg_file_copy_may_go_out_the_day_after_receipt(jurisdiction: Jurisdiction) -> None:
    case = _case(jurisdiction, (Right.MEDICAL_RECORD,), date(2026, 6, 15))
    assert _check(case, LetterKind.MEDICAL_RECORD_COVER, date(2026, 6, 16)) == []


# The national clock is not extended -------------------------------------------------------------------------------

@pytest.mark.parametrize("jurisdiction", [Jurisdiction.FR, Jurisdiction.BE])
def test_an_extension_notice_for_the_medical_file_alone_is_refused(jurisdiction: Jurisdiction) -> None:
    case = _case(jurisdiction, (Right.MEDICAL_RECORD,), date(2026, 6, 15))
    assert _rules(_check(case, LetterKind.EXTENSION_NOTICE, date(2026, 6, 16)), Severity.REFUSE) == [
        "national-clock-extended"
    ]


def test_a_mixed_request_may_extend_its_gdpr_part_and_luxembourg_its_month() -> None:
    mixed = _case(Jurisdiction.FR, (Right.MEDICAL_RECORD, Right.ACCESS), date(2026, 6, 15))
    assert _check(mixed, LetterKind.EXTENSION_NOTICE, date(2026, 6, 16)) == []
    luxembourg = _case(Jurisdiction.LU, (Right.MEDICAL_RECORD,), date(2026, 6, 15))
    assert _check(luxembourg, LetterKind.EXTENSION_NOTICE, date(2026, 6, 16)) == []


# Refusals ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("ground", ["manifestly-unfounded", "excessive"])
def test_an_art_12_5_refusal_without_reasons_is_refused(ground: str) -> None:
    case = _case(status=Status.IN_PROGRESS)
    on = date(2026, 4, 20)
    assert _rules(_check(case, LetterKind.REFUSAL, on, refusal_ground=ground), Severity.REFUSE) == [
        "refusal-without-reasons"
    ]
    assert _rules(_check(case, LetterKind.REFUSAL, on, refusal_ground=ground, refusal_reason="  "), Severity.REFUSE)
    reasons = "Quatrième demande identique depuis le 2 février 2026, chacune déjà satisfaite."
    assert _check(case, LetterKind.REFUSAL, on, refusal_ground=ground, refusal_reason=reasons) == []


def test_a_refusal_for_identity_not_established_needs_no_typed_reasons() -> None:
    case = _case(status=Status.AWAITING_REQUESTER)
    assert _check(case, LetterKind.REFUSAL, date(2026, 4, 20), refusal_ground="identity-not-established") == []


@pytest.mark.parametrize(
    "text",
    [
        "Je m'oppose à la prospection commerciale.",
        "Ik maak bezwaar tegen reclame en de nieuwsbrief.",
        "I object to direct marketing.",
    ],
)
def test_refusing_an_objection_to_direct_marketing_is_refused(text: str) -> None:
    case = _case(rights=(Right.OBJECTION,), request_text=text)
    assert objects_to_direct_marketing(case) is True
    findings = _check(case, LetterKind.REFUSAL, date(2026, 4, 20), refusal_ground="identity-not-established")
    assert _rules(findings, Severity.REFUSE) == ["marketing-objection-refused"]


def test_refusing_an_objection_that_does_not_say_what_it_concerns_is_refused_by_default() -> None:
    case = _case(rights=(Right.OBJECTION,), request_text="Je m'oppose au traitement de mes données.")
    assert objects_to_direct_marketing(case) is None
    findings = _check(case, LetterKind.REFUSAL, date(2026, 4, 20), refusal_ground="identity-not-established")
    assert _rules(findings, Severity.REFUSE) == ["marketing-objection-refused"]
    assert "not about direct marketing" in findings[0].said()


def test_an_objection_recorded_as_not_about_marketing_may_be_refused() -> None:
    case = _case(rights=(Right.OBJECTION,), request_text="Je m'oppose au traitement de mes données.")
    findings = _check(
        case, LetterKind.REFUSAL, date(2026, 4, 20), refusal_ground="identity-not-established",
        objection_not_marketing=True,
    )
    assert findings == []


def test_an_objection_recorded_as_not_about_marketing_whose_words_speak_of_it_is_warned() -> None:
    case = _case(rights=(Right.OBJECTION,), request_text="Je ne veux plus recevoir votre newsletter.")
    findings = _check(
        case, LetterKind.REFUSAL, date(2026, 4, 20), refusal_ground="identity-not-established",
        objection_not_marketing=True,
    )
    assert _rules(findings, Severity.WARN) == ["marketing-objection-refused"]
    assert _rules(findings, Severity.REFUSE) == []


def test_a_refusal_of_a_request_without_an_objection_is_not_concerned_by_the_marketing_rule() -> None:
    case = _case(rights=(Right.ACCESS,), request_text="Je ne veux plus recevoir votre newsletter.")
    findings = _check(case, LetterKind.REFUSAL, date(2026, 4, 20), refusal_ground="identity-not-established")
    assert "marketing-objection-refused" not in _rules(findings, Severity.REFUSE)


def test_a_refusal_after_one_month_of_receipt_is_warned() -> None:
    case = _case(received=date(2026, 4, 8))
    ground = {"refusal_ground": "identity-not-established"}
    assert _check(case, LetterKind.REFUSAL, date(2026, 5, 11), **ground) == []
    findings = _check(case, LetterKind.REFUSAL, date(2026, 11, 11), **ground)
    assert _rules(findings, Severity.WARN) == ["refusal-late"]
    assert "2026-05-11" in findings[0].said() and "184 days" in findings[0].said()


# Answers ----------------------------------------------------------------------------------------------------------

def test_an_access_response_with_nothing_enclosed_is_refused_and_names_the_no_data_held_letter() -> None:
    case = _case()
    findings = _check(case, LetterKind.ACCESS_RESPONSE, date(2026, 4, 20), enclosures=("  ",))
    assert _rules(findings, Severity.REFUSE) == ["access-without-enclosures"]
    assert "no-data-held" in findings[0].said()
    assert _check(case, LetterKind.ACCESS_RESPONSE, date(2026, 4, 20), enclosures=("Copie",)) == []


def test_an_answer_after_its_date_is_warned_not_refused() -> None:
    case = _case(rights=(Right.ERASURE,), received=date(2026, 4, 8))
    assert _check(case, LetterKind.ERASURE_DONE, date(2026, 5, 11)) == []
    findings = _check(case, LetterKind.ERASURE_DONE, date(2026, 5, 13))
    assert _rules(findings, Severity.WARN) == ["answer-late"]
    assert _rules(findings, Severity.REFUSE) == []


def test_in_a_mixed_request_the_file_is_late_after_its_national_date_and_the_rest_after_the_gdpr_date() -> None:
    case = _case(Jurisdiction.BE, (Right.ACCESS, Right.MEDICAL_RECORD), date(2026, 3, 5))
    report = _report(case)
    assert answer_due_for(case, LetterKind.MEDICAL_RECORD_COVER, report) == date(2026, 3, 20)
    assert answer_due_for(case, LetterKind.ACCESS_RESPONSE, report) == date(2026, 4, 7)
    on = date(2026, 3, 25)
    assert _rules(_check(case, LetterKind.MEDICAL_RECORD_COVER, on), Severity.WARN) == ["answer-late"]
    assert _check(case, LetterKind.ACCESS_RESPONSE, on, enclosures=("Kopie",)) == []


def test_an_extended_case_is_answered_on_time_until_its_extended_date() -> None:
    case = _case(received=date(2026, 1, 31), extension=Extension("five years of files", date(2026, 2, 20)))
    assert _check(case, LetterKind.ACCESS_RESPONSE, date(2026, 4, 30), enclosures=("Copie",)) == []
    assert _rules(
        _check(case, LetterKind.ACCESS_RESPONSE, date(2026, 5, 4), enclosures=("Copie",)), Severity.WARN
    ) == ["answer-late"]


def test_refusals_come_before_warnings() -> None:
    case = _case(received=date(2026, 4, 8))
    findings = _check(case, LetterKind.ACCESS_RESPONSE, date(2026, 9, 1))
    assert [finding.severity for finding in findings] == [Severity.REFUSE, Severity.WARN]


# A letter answers the request made -------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", [k for k in LetterKind if k.answers is not None])
def test_an_answer_to_a_right_the_request_does_not_invoke_is_refused(kind: LetterKind) -> None:
    others = tuple(r for r in Right if r is not kind.answers)[:1]
    findings = _check(_case(rights=others), kind, date(2026, 4, 20), enclosures=("Copie du dossier",))
    assert "answers-a-right-not-invoked" in _rules(findings, Severity.REFUSE)
    invoked = _check(_case(rights=(kind.answers,)), kind, date(2026, 4, 20), enclosures=("Copie du dossier",))
    assert "answers-a-right-not-invoked" not in _rules(invoked, Severity.REFUSE)


@pytest.mark.parametrize("kind", [k for k in LetterKind if k.answers is None])
def test_letters_that_answer_no_single_right_are_not_concerned(kind: LetterKind) -> None:
    findings = _check(_case(rights=(Right.ERASURE,)), kind, date(2026, 4, 20))
    assert "answers-a-right-not-invoked" not in _rules(findings, Severity.REFUSE)


def test_a_letter_one_day_late_says_day_in_the_singular() -> None:
    case = _case(rights=(Right.ERASURE,), received=date(2026, 4, 8))
    [finding] = _check(case, LetterKind.ERASURE_DONE, date(2026, 5, 12))
    assert ", 1 day late:" in finding.said()
