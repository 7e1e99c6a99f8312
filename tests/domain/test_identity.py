"""Identity verification rules: scenarios a DPO meets, and properties that must hold on every path."""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Jurisdiction,
    Language,
    Relationship,
    Requester,
)
from lazeo_desk.domain.deadlines import compute_deadline
from lazeo_desk.domain.identity import (
    IDENTITY_TEXTS,
    Assurance,
    Check,
    CheckResult,
    IntakeRoute,
    ItemRequest,
    Outcome,
    RepeatHandling,
    Rule,
    Situation,
    Topic,
    allowed_outcomes,
    assurance_for_right,
    check_text,
    checks_needed,
    clock_restarts_on,
    conclude,
    contradictions,
    default_route,
    file_establishes_identity,
    has_asked_requester,
    is_same_person,
    is_sufficient,
    item_text,
    items_to_request,
    may_ask_for_id_copy,
    offered_on_route,
    pause_may_be_contested,
    pauses_clock,
    requirements,
    rule_text,
    rules_for,
    second_request_handling,
    situation_warnings,
    status_after,
    suggested_outcome,
    summarise,
    topics_needed,
)
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status

M = CheckResult.MATCHES
X = CheckResult.DOES_NOT_MATCH
N = CheckResult.NOT_CHECKED
SELF, PARENT, MANDATARY, HEIR = Relationship.SELF, Relationship.PARENT, Relationship.MANDATARY, Relationship.HEIR
CONTROL_FOR_HEALTH_DATA = (
    Check.EMAIL_ON_RECORD,
    Check.DOCTOLIB_ACCOUNT,
    Check.POSTAL_ADDRESS_MATCHES,
    Check.ID_SEEN_IN_PERSON,
    Check.REDACTED_ID_COPY,
)


def situation(
    relationship: Relationship,
    route: IntakeRoute,
    jurisdiction: Jurisdiction,
    *rights: Right,
    minor: bool = False,
    deceased: bool = False,
) -> Situation:
    return Situation(relationship, route, jurisdiction, frozenset(rights), minor=minor, deceased=deceased)


@dataclass(frozen=True)
class Scenario:
    """A request as it reaches the DPO, the checks made, and what the rules must make of it."""

    name: str
    situation: Situation
    results: dict[Check, CheckResult]
    sufficient: bool
    items: tuple[tuple[Check, ...], ...] = ()
    id_copy_allowed: bool = False
    offered: frozenset[Check] = field(default_factory=frozenset)


SCENARIOS = [
    Scenario(
        "patient e-mails from the address on file asking for access",
        situation(SELF, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.BE, Right.ACCESS, Right.MEDICAL_RECORD),
        {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M, Check.EMAIL_ON_RECORD: M},
        sufficient=True,
        offered=frozenset({Check.NAME_MATCHES, Check.BIRTH_DATE_MATCHES, Check.EMAIL_ON_RECORD}),
    ),
    Scenario(
        "unknown e-mail asking for the medical file",
        situation(SELF, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.FR, Right.MEDICAL_RECORD),
        {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M},
        sufficient=False,
        items=(CONTROL_FOR_HEALTH_DATA,),
        id_copy_allowed=True,
        offered=frozenset({Check.POSTAL_ADDRESS_MATCHES, Check.DOCTOLIB_ACCOUNT, Check.REDACTED_ID_COPY}),
    ),
    Scenario(
        "unknown e-mail whose postal address matches the file: the answer goes there by post",
        situation(SELF, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.FR, Right.MEDICAL_RECORD),
        {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M, Check.POSTAL_ADDRESS_MATCHES: M},
        sufficient=True,
    ),
    Scenario(
        "a lawyer by post with a mandate",
        situation(MANDATARY, IntakeRoute.POST, Jurisdiction.FR, Right.MEDICAL_RECORD),
        {
            Check.NAME_MATCHES: M,
            Check.BIRTH_DATE_MATCHES: M,
            Check.SIGNED_LETTER: M,
            Check.SIGNED_MANDATE: M,
            Check.REQUESTER_IDENTITY: M,
        },
        sufficient=True,
        offered=frozenset({Check.SIGNED_LETTER, Check.SIGNED_MANDATE, Check.REQUESTER_IDENTITY}),
    ),
    Scenario(
        "a lawyer by post whose mandate has not arrived",
        situation(MANDATARY, IntakeRoute.POST, Jurisdiction.FR, Right.MEDICAL_RECORD),
        {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M, Check.SIGNED_LETTER: M, Check.REQUESTER_IDENTITY: M},
        sufficient=False,
        items=((Check.SIGNED_MANDATE,),),
    ),
    Scenario(
        "a mother for her 15-year-old, without proof of parental authority",
        situation(PARENT, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.FR, Right.ACCESS, minor=True),
        {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M, Check.EMAIL_ON_RECORD: M},
        sufficient=False,
        items=((Check.PARENTAL_AUTHORITY,),),
        offered=frozenset({Check.PARENTAL_AUTHORITY, Check.EMAIL_ON_RECORD}),
    ),
    Scenario(
        "a mother for her 15-year-old, with proof of parental authority",
        situation(PARENT, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.FR, Right.ACCESS, minor=True),
        {
            Check.NAME_MATCHES: M,
            Check.BIRTH_DATE_MATCHES: M,
            Check.EMAIL_ON_RECORD: M,
            Check.PARENTAL_AUTHORITY: M,
        },
        sufficient=True,
    ),
    Scenario(
        "a son for his deceased father in France, purpose stated, no proof yet",
        situation(HEIR, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.FR, Right.MEDICAL_RECORD, deceased=True),
        {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M, Check.STATED_PURPOSE: M},
        sufficient=False,
        items=((Check.DEATH_CERTIFICATE,), (Check.HEIR_STATUS,)),
        offered=frozenset({Check.DEATH_CERTIFICATE, Check.HEIR_STATUS, Check.STATED_PURPOSE}),
    ),
    Scenario(
        "a son for his deceased father in France, once the documents arrived",
        situation(HEIR, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.FR, Right.MEDICAL_RECORD, deceased=True),
        {
            Check.NAME_MATCHES: M,
            Check.BIRTH_DATE_MATCHES: M,
            Check.STATED_PURPOSE: M,
            Check.DEATH_CERTIFICATE: M,
            Check.HEIR_STATUS: M,
        },
        sufficient=True,
    ),
    Scenario(
        "a son for his deceased father in Belgium also designates a practitioner",
        situation(HEIR, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.BE, Right.MEDICAL_RECORD, deceased=True),
        {
            Check.NAME_MATCHES: M,
            Check.BIRTH_DATE_MATCHES: M,
            Check.STATED_PURPOSE: M,
            Check.DEATH_CERTIFICATE: M,
            Check.HEIR_STATUS: M,
        },
        sufficient=False,
        items=((Check.DESIGNATED_PRACTITIONER,),),
        offered=frozenset({Check.DESIGNATED_PRACTITIONER}),
    ),
    Scenario(
        "an anonymous phone call asking for access",
        situation(SELF, IntakeRoute.PHONE, Jurisdiction.FR, Right.ACCESS),
        {},
        sufficient=False,
        items=((Check.NAME_MATCHES,), (Check.BIRTH_DATE_MATCHES,), CONTROL_FOR_HEALTH_DATA),
        id_copy_allowed=True,
        offered=frozenset({Check.NAME_MATCHES, Check.POSTAL_ADDRESS_MATCHES}),
    ),
    Scenario(
        "an objection to marketing from the address on file",
        situation(SELF, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.FR, Right.OBJECTION),
        {Check.NAME_MATCHES: M, Check.EMAIL_ON_RECORD: M},
        sufficient=True,
    ),
    Scenario(
        "an objection to marketing from an unknown address never leads to an ID copy",
        situation(SELF, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.FR, Right.OBJECTION),
        {Check.NAME_MATCHES: M},
        sufficient=False,
        items=(
            (
                Check.EMAIL_ON_RECORD,
                Check.BIRTH_DATE_MATCHES,
                Check.POSTAL_ADDRESS_MATCHES,
                Check.PATIENT_NUMBER,
                Check.DOCTOLIB_ACCOUNT,
                Check.ID_SEEN_IN_PERSON,
            ),
        ),
    ),
    Scenario(
        "a name that does not match the file is a doubt even when the e-mail matches",
        situation(SELF, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.LU, Right.PORTABILITY),
        {Check.NAME_MATCHES: X, Check.BIRTH_DATE_MATCHES: M, Check.EMAIL_ON_RECORD: M},
        sufficient=False,
        items=((Check.NAME_MATCHES,),),
        id_copy_allowed=True,
    ),
    Scenario(
        "a patient who moved: a different postal address is no doubt",
        situation(SELF, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.BE, Right.ERASURE),
        {
            Check.NAME_MATCHES: M,
            Check.BIRTH_DATE_MATCHES: M,
            Check.EMAIL_ON_RECORD: M,
            Check.POSTAL_ADDRESS_MATCHES: X,
        },
        sufficient=True,
    ),
    Scenario(
        "a patient seen at the desk with an identity document",
        situation(SELF, IntakeRoute.IN_PERSON, Jurisdiction.BE, Right.MEDICAL_RECORD),
        {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M, Check.ID_SEEN_IN_PERSON: M},
        sufficient=True,
        offered=frozenset({Check.ID_SEEN_IN_PERSON}),
    ),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario_sufficiency_items_and_id_copy(scenario: Scenario) -> None:
    assert is_sufficient(scenario.results, scenario.situation) is scenario.sufficient
    items = items_to_request(scenario.results, scenario.situation)
    assert tuple(item.alternatives for item in items) == scenario.items
    assert may_ask_for_id_copy(scenario.results, scenario.situation) is scenario.id_copy_allowed
    assert scenario.offered <= set(checks_needed(scenario.situation))


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario_endings_before_and_after_asking_once(scenario: Scenario) -> None:
    first = allowed_outcomes(sufficient=scenario.sufficient, asked_before=False)
    again = allowed_outcomes(sufficient=scenario.sufficient, asked_before=True)
    if scenario.sufficient:
        assert first == again == {Outcome.VERIFIED}
    else:
        assert first == {Outcome.MORE_INFORMATION_NEEDED}
        assert again == {Outcome.MORE_INFORMATION_NEEDED, Outcome.CANNOT_BE_VERIFIED}


def test_second_request_from_the_same_person_within_a_week_is_linked_not_excessive() -> None:
    first = date(2026, 3, 5)
    assert second_request_handling(first, first + timedelta(days=5)) is RepeatHandling.SAME_REQUEST
    assert second_request_handling(first, first + timedelta(days=7)) is RepeatHandling.SAME_REQUEST
    assert second_request_handling(first, first + timedelta(days=8)) is RepeatHandling.NEW_REQUEST


def test_second_request_after_the_first_case_closed_opens_a_new_case() -> None:
    first = date(2026, 3, 5)
    handling = second_request_handling(first, first + timedelta(days=2), first_case_open=False)
    assert handling is RepeatHandling.NEW_REQUEST


def test_second_request_cannot_precede_the_first() -> None:
    with pytest.raises(ValueError, match="before the first"):
        second_request_handling(date(2026, 3, 5), date(2026, 3, 4))


def test_same_person_by_email_or_by_name_and_birth_date() -> None:
    elodie = DataSubject("Ëlodie Vercammen", date(1987, 2, 14), email="elodie.vercammen@example.be")
    same_mail = DataSubject("E. Vercammen", email="Elodie.Vercammen@example.be ")
    same_name = DataSubject("ëlodie  vercammen", date(1987, 2, 14))
    namesake = DataSubject("Ëlodie Vercammen", date(1990, 1, 1))
    assert is_same_person(elodie, same_mail)
    assert is_same_person(elodie, same_name)
    assert not is_same_person(elodie, namesake)


def make_case(
    channel: Channel,
    *,
    subject_email: str = "elodie.vercammen@example.be",
    requester: Requester | None = None,
    rights: tuple[Right, ...] = (Right.ACCESS, Right.MEDICAL_RECORD),
) -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        channel=channel,
        received=date(2026, 3, 5),
        rights=rights,
        subject=DataSubject("Ëlodie Vercammen", date(1987, 2, 14), email=subject_email),
        requester=requester or Requester(),
    )


@pytest.mark.parametrize(
    ("channel", "sender", "expected"),
    [
        (Channel.EMAIL, "ELODIE.vercammen@example.be", IntakeRoute.EMAIL_ON_FILE),
        (Channel.EMAIL, "someone@example.org", IntakeRoute.EMAIL_UNKNOWN),
        (Channel.WEB_FORM, "someone@example.org", IntakeRoute.EMAIL_UNKNOWN),
        (Channel.DOCTOLIB, "elodie.vercammen@example.be", IntakeRoute.EMAIL_ON_FILE),
        (Channel.POST, "elodie.vercammen@example.be", IntakeRoute.POST),
        (Channel.IN_PERSON, "", IntakeRoute.IN_PERSON),
        (Channel.PHONE, "", IntakeRoute.PHONE),
    ],
)
def test_default_route_follows_channel_and_sender_address(
    channel: Channel, sender: str, expected: IntakeRoute
) -> None:
    assert default_route(make_case(channel), sender) is expected


def test_default_route_without_sender_uses_the_requesters_address() -> None:
    lawyer = Requester(Relationship.MANDATARY, "Claire Lambert", email="c.lambert@avocats-example.fr")
    assert default_route(make_case(Channel.EMAIL, requester=lawyer)) is IntakeRoute.EMAIL_UNKNOWN
    writes_from_elsewhere = Requester(email="e.v@example.net")
    assert default_route(make_case(Channel.EMAIL, requester=writes_from_elsewhere)) is IntakeRoute.EMAIL_UNKNOWN
    assert default_route(make_case(Channel.EMAIL)) is IntakeRoute.EMAIL_ON_FILE
    assert default_route(make_case(Channel.EMAIL, subject_email="")) is IntakeRoute.EMAIL_UNKNOWN


def test_situation_of_a_case_takes_the_dpos_route_over_the_default() -> None:
    case = make_case(Channel.EMAIL)
    assert Situation.of(case).route is IntakeRoute.EMAIL_ON_FILE
    chosen = Situation.of(case, IntakeRoute.IN_PERSON)
    assert chosen.route is IntakeRoute.IN_PERSON
    assert chosen.rights == {Right.ACCESS, Right.MEDICAL_RECORD}
    assert chosen.jurisdiction is Jurisdiction.BE


def test_medical_record_and_erasure_need_more_certainty_than_objection_or_withdrawal() -> None:
    for demanding in (Right.MEDICAL_RECORD, Right.ERASURE):
        for light in (Right.OBJECTION, Right.WITHDRAW_CONSENT):
            assert assurance_for_right(demanding) > assurance_for_right(light)


def test_the_most_demanding_right_sets_the_level() -> None:
    mixed = situation(SELF, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.FR, Right.OBJECTION, Right.ERASURE)
    assert mixed.assurance is Assurance.HIGH


def test_a_patient_number_alone_does_not_open_health_data_but_does_for_a_restriction() -> None:
    results = {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M, Check.PATIENT_NUMBER: M}
    assert not is_sufficient(results, situation(SELF, IntakeRoute.POST, Jurisdiction.FR, Right.ACCESS))
    restriction = situation(SELF, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.FR, Right.RESTRICTION)
    assert is_sufficient(results, restriction)


def test_a_letter_by_post_must_be_signed() -> None:
    by_post = situation(SELF, IntakeRoute.POST, Jurisdiction.FR, Right.ACCESS)
    results = {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M, Check.POSTAL_ADDRESS_MATCHES: M}
    assert not is_sufficient(results, by_post)
    assert is_sufficient({**results, Check.SIGNED_LETTER: M}, by_post)


def test_only_a_visit_offers_the_identity_document_seen_and_never_a_copy() -> None:
    assert offered_on_route(Check.ID_SEEN_IN_PERSON, IntakeRoute.IN_PERSON)
    assert not offered_on_route(Check.REDACTED_ID_COPY, IntakeRoute.IN_PERSON)
    for route in IntakeRoute:
        if route is not IntakeRoute.IN_PERSON:
            assert not offered_on_route(Check.ID_SEEN_IN_PERSON, route)


def test_an_heir_is_always_asked_for_the_death_certificate_even_if_the_case_says_alive() -> None:
    confused = situation(HEIR, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.FR, Right.MEDICAL_RECORD)
    results = {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M}
    assert not is_sufficient(results, confused)
    assert (Check.DEATH_CERTIFICATE,) in [item.alternatives for item in items_to_request(results, confused)]
    assert Rule.HEIR_BUT_ALIVE in situation_warnings(confused)


def test_a_parent_of_an_adult_needs_a_mandate_and_is_warned() -> None:
    adult = situation(PARENT, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.BE, Right.ACCESS)
    assert Rule.PARENT_OF_ADULT in situation_warnings(adult)
    results = {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M, Check.EMAIL_ON_RECORD: M}
    assert not is_sufficient(results, adult)
    assert is_sufficient({**results, Check.SIGNED_MANDATE: M}, adult)


def test_a_deceased_patient_asking_themself_is_flagged() -> None:
    odd = situation(SELF, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.FR, Right.ACCESS, deceased=True)
    assert Rule.SELF_BUT_DECEASED in situation_warnings(odd)


def test_letters_ask_about_the_patient_when_someone_else_writes() -> None:
    heir = situation(HEIR, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.FR, Right.MEDICAL_RECORD, deceased=True)
    first = items_to_request({}, heir)[0]
    assert first == ItemRequest((Check.NAME_MATCHES,), on_behalf=True)
    for language in Language:
        assert item_text(first, language, Jurisdiction.FR) == check_text(
            Check.NAME_MATCHES, language, Jurisdiction.FR
        ).ask_other


def test_alternatives_are_written_as_one_line_with_the_id_copy_last() -> None:
    item = ItemRequest(CONTROL_FOR_HEALTH_DATA)
    for language in Language:
        line = item_text(item, language, Jurisdiction.FR)
        id_ask = check_text(Check.REDACTED_ID_COPY, language, Jurisdiction.FR).ask
        assert line.endswith(id_ask[1:])
        assert line.startswith(IDENTITY_TEXTS[language].summary.one_of)


def test_french_heirs_are_asked_for_an_acte_de_notoriete_and_belgians_for_the_family_tie() -> None:
    item = ItemRequest((Check.HEIR_STATUS,))
    assert "acte de notoriété" in item_text(item, Language.FR, Jurisdiction.FR)
    assert "erfopvolging" in item_text(item, Language.NL, Jurisdiction.BE)
    assert "acte de notoriété" not in item_text(item, Language.FR, Jurisdiction.BE)


def test_each_step_states_its_rule() -> None:
    be_heir = situation(HEIR, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.BE, Right.MEDICAL_RECORD, deceased=True)
    minor = situation(PARENT, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.FR, Right.ACCESS, minor=True)
    phone = situation(SELF, IntakeRoute.PHONE, Jurisdiction.LU, Right.ACCESS)
    assert rules_for(Topic.DECEASED, be_heir) == (Rule.DECEASED_BE,)
    assert rules_for(Topic.AUTHORITY, minor) == (Rule.MINOR,)
    assert Rule.PHONE in rules_for(Topic.SUBJECT, phone)
    assert topics_needed(be_heir) == (Topic.SUBJECT, Topic.DECEASED)
    assert topics_needed(minor) == (Topic.SUBJECT, Topic.AUTHORITY)


def test_only_asking_for_information_pauses_the_clock() -> None:
    assert [outcome for outcome in Outcome if pauses_clock(outcome)] == [Outcome.MORE_INFORMATION_NEEDED]
    assert status_after(Outcome.VERIFIED) is Status.IN_PROGRESS
    assert status_after(Outcome.MORE_INFORMATION_NEEDED) is Status.AWAITING_REQUESTER
    assert status_after(Outcome.CANNOT_BE_VERIFIED) is Status.REFUSED


def test_suggested_ending_never_declines_on_its_own() -> None:
    assert suggested_outcome(sufficient=True) is Outcome.VERIFIED
    assert suggested_outcome(sufficient=False) is Outcome.MORE_INFORMATION_NEEDED


def test_heir_documents_arriving_restart_the_french_file_clock_with_the_strict_date_beside() -> None:
    received, arrived = date(2026, 7, 6), date(2026, 7, 20)
    report = compute_deadline(
        received=received,
        jurisdiction=Jurisdiction.FR,
        rights=[Right.MEDICAL_RECORD],
        completed=clock_restarts_on(received, arrived),
    )
    assert report.start == arrived
    assert report.due == date(2026, 7, 28)
    assert report.earliest_release == date(2026, 7, 22)
    # Counted from first receipt: 14 July, Bastille Day, rolls to the 15th.
    assert report.strict_due == date(2026, 7, 15)


def test_information_cannot_arrive_before_the_request() -> None:
    with pytest.raises(ValueError, match="before the request was received"):
        clock_restarts_on(date(2026, 7, 6), date(2026, 7, 5))


def test_a_request_for_information_after_seven_days_is_flagged() -> None:
    received = date(2026, 7, 6)
    assert not pause_may_be_contested(received, received + timedelta(days=7), limit_days=7)
    assert pause_may_be_contested(received, received + timedelta(days=8), limit_days=7)
    assert not pause_may_be_contested(received, received + timedelta(days=8), limit_days=10)


def test_asked_before_reads_the_case() -> None:
    case = make_case(Channel.EMAIL)
    assert not has_asked_requester(case)
    case.info_requested = date(2026, 3, 6)
    assert has_asked_requester(case)


PATIENT_ON_FILE = situation(SELF, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.BE, Right.ACCESS, Right.MEDICAL_RECORD)
VERIFIED_BY_FILE = {
    Check.NAME_MATCHES: M,
    Check.BIRTH_DATE_MATCHES: M,
    Check.EMAIL_ON_RECORD: M,
    Check.PATIENT_NUMBER: N,
}


def test_conclude_verified_records_method_checks_date_and_who() -> None:
    result = conclude(
        VERIFIED_BY_FILE,
        PATIENT_ON_FILE,
        outcome=Outcome.VERIFIED,
        asked_before=False,
        decided_on=date(2026, 3, 5),
        by=" Brigitte Perez ",
        language=Language.NL,
    )
    assert result.outcome is Outcome.VERIFIED
    assert result.route is IntakeRoute.EMAIL_ON_FILE
    assert result.results == {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M, Check.EMAIL_ON_RECORD: M}
    assert result.items_requested == ()
    assert result.by == "Brigitte Perez"
    assert result.status is Status.IN_PROGRESS and not result.pauses_clock
    assert "5 maart 2026" in result.summary and "Brigitte Perez" in result.summary
    assert IDENTITY_TEXTS[Language.NL].routes[IntakeRoute.EMAIL_ON_FILE] in result.summary


def test_conclude_more_information_lists_the_items_in_the_summary() -> None:
    unknown = situation(SELF, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.FR, Right.MEDICAL_RECORD)
    results = {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M}
    result = conclude(
        results, unknown, outcome=Outcome.MORE_INFORMATION_NEEDED, asked_before=False,
        decided_on=date(2026, 6, 15), by="Brigitte Perez", language=Language.FR,
    )
    assert result.items_requested == items_to_request(results, unknown)
    assert not result.pauses_clock and result.status is Status.VERIFYING_IDENTITY
    assert "15 juin 2026" in result.summary
    assert item_text(result.items_requested[0], Language.FR, Jurisdiction.FR) in result.summary


@pytest.mark.parametrize(
    ("results", "outcome", "asked_before", "scan", "message"),
    [
        ({Check.NAME_MATCHES: M}, Outcome.VERIFIED, True, None, "cannot be 'verified'"),
        ({Check.NAME_MATCHES: M}, Outcome.CANNOT_BE_VERIFIED, False, None, "only after asking the requester once"),
        (VERIFIED_BY_FILE, Outcome.MORE_INFORMATION_NEEDED, False, None, "nothing more may be asked"),
        (VERIFIED_BY_FILE, Outcome.VERIFIED, False, Path("/tmp/id.png"), "no identity document may be kept"),
    ],
)
def test_conclude_refuses_endings_the_rules_forbid(
    results: dict[Check, CheckResult], outcome: Outcome, asked_before: bool, scan: Path | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        conclude(
            results, PATIENT_ON_FILE, outcome=outcome, asked_before=asked_before,
            decided_on=date(2026, 3, 5), by="Brigitte Perez", attached_scan=scan,
        )


def test_conclude_needs_who_decided() -> None:
    with pytest.raises(ValueError, match="who decided"):
        conclude(
            VERIFIED_BY_FILE, PATIENT_ON_FILE, outcome=Outcome.VERIFIED, asked_before=False,
            decided_on=date(2026, 3, 5), by="  ",
        )


def test_conclude_keeps_the_scan_path_only_where_an_id_copy_may_be_asked() -> None:
    unknown = situation(SELF, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.FR, Right.MEDICAL_RECORD)
    results = {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M, Check.REDACTED_ID_COPY: M}
    result = conclude(
        results, unknown, outcome=Outcome.VERIFIED, asked_before=True,
        decided_on=date(2026, 6, 20), by="Brigitte Perez", attached_scan=Path("/tmp/scan.pdf"),
    )
    assert result.attached_scan == Path("/tmp/scan.pdf")
    assert IDENTITY_TEXTS[Language.EN].summary.scan_attached in result.summary


# --- Texts ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
def test_every_text_exists_in_every_language(language: Language) -> None:
    table = IDENTITY_TEXTS[language]
    assert set(table.checks) == set(Check)
    assert set(table.results) == set(CheckResult)
    assert set(table.routes) == set(IntakeRoute)
    assert set(table.assurance) == set(Assurance)
    assert set(table.outcomes) == set(Outcome)
    assert set(table.rules) == set(Rule)
    for text in [*table.checks.values(), *table.checks_by_jurisdiction.values()]:
        assert text.label.strip() and text.what.strip() and text.why.strip() and text.ask.strip()
    assert all(text.strip() for text in table.rules.values())


def test_jurisdiction_wordings_are_the_same_in_every_language() -> None:
    keys = {language: set(IDENTITY_TEXTS[language].checks_by_jurisdiction) for language in Language}
    assert keys[Language.EN] == keys[Language.FR] == keys[Language.NL]


@pytest.mark.parametrize("language", list(Language))
def test_every_text_fills_its_blanks(language: Language) -> None:
    assert "12" in rule_text(Rule.LATE_REQUEST, language, days=12)
    for rule in Rule:
        if rule is not Rule.LATE_REQUEST:
            assert "{" not in rule_text(rule, language)
    one_line = summarise(
        Outcome.CANNOT_BE_VERIFIED, PATIENT_ON_FILE, [(Check.NAME_MATCHES, X)],
        [ItemRequest((Check.NAME_MATCHES,))],
        decided_on=date(2026, 4, 1), by="Brigitte Perez", language=language,
    )
    assert "{" not in one_line and "Brigitte Perez" in one_line


@pytest.mark.parametrize(
    ("language", "photo", "number"),
    [(Language.EN, "photo", "national number"), (Language.FR, "photo", "numéro national"),
     (Language.NL, "foto", "rijksregisternummer")],
)
def test_the_id_copy_is_always_asked_for_redacted(language: Language, photo: str, number: str) -> None:
    for jurisdiction in Jurisdiction:
        ask = check_text(Check.REDACTED_ID_COPY, language, jurisdiction).ask
        assert photo in ask and number in ask


# --- Properties ----------------------------------------------------------------------------------------------

situations = st.builds(
    Situation,
    relationship=st.sampled_from(Relationship),
    route=st.sampled_from(IntakeRoute),
    jurisdiction=st.sampled_from(Jurisdiction),
    rights=st.frozensets(st.sampled_from(Right), min_size=1),
    minor=st.booleans(),
    deceased=st.booleans(),
)
result_sets = st.dictionaries(st.sampled_from(Check), st.sampled_from(CheckResult))
CONTACT = {Check.POSTAL_ADDRESS_MATCHES, Check.EMAIL_ON_RECORD, Check.DOCTOLIB_ACCOUNT, Check.PATIENT_NUMBER}


@given(situations, result_sets, result_sets)
def test_adding_checks_never_makes_a_sufficient_set_insufficient(
    where: Situation, results: dict[Check, CheckResult], more: dict[Check, CheckResult]
) -> None:
    if not is_sufficient(results, where):
        return
    # New evidence: checks not yet made, each a match, not checked, or a changed contact detail.
    added = {
        check: result
        for check, result in more.items()
        if results.get(check, N) is N and (result is not X or check in CONTACT)
    }
    assert is_sufficient({**results, **added}, where)


@given(situations, result_sets)
def test_no_path_asks_for_an_unredacted_id_and_the_copy_comes_last(
    where: Situation, results: dict[Check, CheckResult]
) -> None:
    id_checks = {check for check in Check if check.topic is Topic.ID_DOCUMENT}
    assert id_checks == {Check.REDACTED_ID_COPY}
    for item in items_to_request(results, where):
        if Check.REDACTED_ID_COPY in item.alternatives:
            assert item.alternatives[-1] is Check.REDACTED_ID_COPY
            assert len(item.alternatives) > 1
            assert may_ask_for_id_copy(results, where)


@given(situations, result_sets)
def test_an_id_copy_is_never_asked_where_the_file_establishes_identity(
    where: Situation, results: dict[Check, CheckResult]
) -> None:
    if file_establishes_identity(results, where):
        assert not may_ask_for_id_copy(results, where)
        assert all(Check.REDACTED_ID_COPY not in item.alternatives for item in items_to_request(results, where))


@given(situations, result_sets)
def test_something_is_asked_exactly_when_the_verification_is_not_sufficient(
    where: Situation, results: dict[Check, CheckResult]
) -> None:
    assert (items_to_request(results, where) == ()) is is_sufficient(results, where)


@given(situations)
def test_every_need_can_be_met_by_a_check_its_route_offers(where: Situation) -> None:
    offered = set(checks_needed(where))
    for requirement in requirements(where):
        assert offered & set(requirement.any_of), requirement


@given(situations, result_sets)
def test_a_request_that_only_stops_processing_never_leads_to_an_id_copy(
    where: Situation, results: dict[Check, CheckResult]
) -> None:
    if where.assurance is Assurance.LOW and where.relationship is SELF:
        assert not may_ask_for_id_copy(results, where)


@given(situations, result_sets)
def test_only_mismatches_of_identity_or_proof_raise_a_doubt(
    where: Situation, results: dict[Check, CheckResult]
) -> None:
    for check in contradictions(results, where):
        assert results[check] is X and check not in CONTACT


@given(st.booleans(), st.booleans())
def test_declining_needs_a_prior_question_and_verified_needs_sufficiency(sufficient: bool, asked: bool) -> None:
    allowed = allowed_outcomes(sufficient=sufficient, asked_before=asked)
    assert (Outcome.VERIFIED in allowed) is sufficient
    if Outcome.CANNOT_BE_VERIFIED in allowed:
        assert asked and not sufficient


@given(situations, result_sets, st.sampled_from(Outcome), st.booleans())
def test_a_concluded_result_keeps_only_the_checks_made(
    where: Situation, results: dict[Check, CheckResult], outcome: Outcome, asked: bool
) -> None:
    sufficient = is_sufficient(results, where)
    if outcome not in allowed_outcomes(sufficient=sufficient, asked_before=asked):
        return
    result = conclude(results, where, outcome=outcome, asked_before=asked, decided_on=date(2026, 1, 2), by="DPO")
    assert all(value is not N for _, value in result.checks)
    assert (result.items_requested == ()) is (outcome is Outcome.VERIFIED)


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=1, max_value=30),
)
def test_a_repeat_is_the_same_request_exactly_within_the_window(first: date, gap: int, window: int) -> None:
    handling = second_request_handling(first, first + timedelta(days=gap), window_days=window)
    assert (handling is RepeatHandling.SAME_REQUEST) is (gap <= window)


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=90),
    st.sampled_from(Jurisdiction),
)
def test_resuming_starts_the_clock_on_the_day_the_information_arrived(
    received: date, delay: int, where: Jurisdiction
) -> None:
    arrived = received + timedelta(days=delay)
    report = compute_deadline(received=received, jurisdiction=where, completed=clock_restarts_on(received, arrived))
    assert report.start == arrived
    assert report.strict_due <= report.due


@given(st.text(alphabet=string.ascii_letters + "@. ", max_size=30))
def test_default_route_of_an_email_is_on_file_only_for_the_exact_address(sender: str) -> None:
    case = make_case(Channel.EMAIL)
    route = default_route(case, sender)
    expected = sender.strip().casefold() == case.subject.email.casefold()
    assert (route is IntakeRoute.EMAIL_ON_FILE) is expected


def test_an_id_copy_that_does_not_match_is_never_asked_for_again_on_its_own() -> None:
    patient = situation(SELF, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.BE, Right.ACCESS)
    results = {
        Check.NAME_MATCHES: M,
        Check.BIRTH_DATE_MATCHES: M,
        Check.POSTAL_ADDRESS_MATCHES: M,
        Check.REDACTED_ID_COPY: X,
    }
    assert not is_sufficient(results, patient)
    assert [item.alternatives for item in items_to_request(results, patient)] == [CONTROL_FOR_HEALTH_DATA]


@pytest.mark.parametrize("status", list(Status))
def test_identity_is_verified_only_before_the_case_is_worked_on(status: Status) -> None:
    from lazeo_desk.domain.identity import may_verify

    expected = status in (Status.NEW, Status.VERIFYING_IDENTITY, Status.AWAITING_REQUESTER)
    assert may_verify(status) is expected


def test_asking_for_more_pauses_the_clock_only_once_the_request_is_sent() -> None:
    unknown = situation(SELF, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.FR, Right.MEDICAL_RECORD)
    results = {Check.NAME_MATCHES: M, Check.BIRTH_DATE_MATCHES: M}
    sent = conclude(
        results, unknown, outcome=Outcome.MORE_INFORMATION_NEEDED, asked_before=False,
        decided_on=date(2026, 6, 15), by="Brigitte Perez", request_sent_on=date(2026, 6, 12),
    )
    assert sent.pauses_clock and sent.status is Status.AWAITING_REQUESTER
    assert sent.request_sent_on == date(2026, 6, 12)
    verified = conclude(
        {**results, Check.EMAIL_ON_RECORD: M}, situation(SELF, IntakeRoute.EMAIL_ON_FILE, Jurisdiction.FR),
        outcome=Outcome.VERIFIED, asked_before=False, decided_on=date(2026, 6, 15), by="Brigitte Perez",
        request_sent_on=date(2026, 6, 12),
    )
    assert verified.request_sent_on is None and not verified.pauses_clock
