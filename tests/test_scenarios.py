"""SCENARIOS.md end to end: each request imported, verified, answered by letter and closed, with its dates."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from lazeo_desk.domain.case import (
    Case,
    Channel,
    DataSubject,
    Jurisdiction,
    Language,
    OutcomeKind,
    Practitioner,
    Relationship,
    Requester,
    Title,
)
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.heirs import HeirStatement
from lazeo_desk.domain.identity import Check, CheckResult, IntakeRoute, ItemRequest, Outcome, VerificationResult
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters import LetterExtras
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import import_messages
from lazeo_desk.services.identity import record_verification
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database

REQUESTS = Path(__file__).parent / "data" / "requests"
PARIS = ZoneInfo("Europe/Paris")


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=PARIS)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _verified(on: date, route: IntakeRoute = IntakeRoute.EMAIL_ON_FILE) -> VerificationResult:
    checks = ((Check.NAME_MATCHES, CheckResult.MATCHES), (Check.BIRTH_DATE_MATCHES, CheckResult.MATCHES))
    return VerificationResult(Outcome.VERIFIED, route, checks, (), "", on, "Brigitte Perez")


@pytest.fixture
def desk(db: Database) -> tuple[CaseService, LetterService, FixedClock]:
    clock = FixedClock(_at(date(2026, 3, 5)))
    cases = CaseService(Workplace(db, clock, "Brigitte Perez"))
    return cases, LetterService(cases), clock


def _import(db: Database, clock: FixedClock, name: str) -> str:
    (result,) = import_messages(db, [REQUESTS / name], clock=clock, actor="Brigitte Perez")
    assert result.reference, result.line
    return result.reference


def test_scenario_1_belgian_access_with_medical_file_is_answered_by_its_fifteen_day_clock(
    db: Database, desk: tuple[CaseService, LetterService, FixedClock]
) -> None:
    cases, letters, clock = desk
    reference = _import(db, clock, "01-nl-access-gent.eml")
    loaded = cases.load(reference)
    assert loaded.case.jurisdiction is Jurisdiction.BE and loaded.case.language is Language.NL
    assert set(loaded.case.rights) == {Right.ACCESS, Right.MEDICAL_RECORD}
    assert loaded.deadline.due == date(2026, 3, 20) and loaded.deadline.gdpr.final == date(2026, 4, 7)
    ack = letters.draft(reference, LetterKind.ACKNOWLEDGEMENT)
    assert "20 maart 2026" in _text(ack.pdf)
    letters.send(reference, ack, method=SendMethod.EMAIL)
    record_verification(cases, reference, _verified(date(2026, 3, 5)))
    clock.set(_at(date(2026, 3, 18)))
    enclosures = LetterExtras(enclosures=("Kopie van uw persoonsgegevens", "Afschrift van uw medisch dossier"))
    access = letters.draft(reference, LetterKind.ACCESS_RESPONSE, extras=enclosures)
    text = _text(access.pdf)
    assert "Gegevensbeschermingsautoriteit" in text and "Kopie van uw persoonsgegevens" in text
    letters.send(reference, access, method=SendMethod.POST, extras=enclosures)
    cover = letters.draft(reference, LetterKind.MEDICAL_RECORD_COVER)
    assert "C-307/22" in _text(cover.pdf)
    letters.send(reference, cover, method=SendMethod.REGISTERED_POST, tracking_number="RR123456789BE")
    closed = cases.close(reference)
    assert closed.case.status is Status.CLOSED and closed.case.answered == date(2026, 3, 18)
    assert closed.countdown.state.value == "closed-on-time"


def test_scenario_2_erasure_partly_refused_keeps_the_medical_file_until_2045(
    db: Database, desk: tuple[CaseService, LetterService, FixedClock]
) -> None:
    cases, letters, clock = desk
    clock.set(_at(date(2026, 4, 8)))
    reference = _import(db, clock, "02-fr-erasure-marketing-paris.eml")
    loaded = cases.load(reference)
    assert loaded.deadline.due == date(2026, 5, 11)
    record_verification(cases, reference, _verified(date(2026, 4, 8)))
    edited = cases.load(reference)
    case = edited.case
    case.subject = replace(case.subject, last_consultation=date(2025, 11, 3))
    if Right.OBJECTION not in case.rights:
        case.rights = (*case.rights, Right.OBJECTION)
    cases.save(case, expected_version=edited.version)
    letters.send(reference, letters.draft(reference, LetterKind.OBJECTION_UPHELD), method=SendMethod.EMAIL)
    partly = letters.draft(reference, LetterKind.ERASURE_PARTLY_REFUSED)
    text = _text(partly.pdf)
    assert "3 novembre 2045" in text and "CNIL" in text
    letters.send(reference, partly, method=SendMethod.POST)
    outcome = cases.load(reference).case.outcomes[Right.ERASURE]
    assert outcome.kind is OutcomeKind.PARTLY_GRANTED


def test_scenario_3_portability_in_luxembourg_is_due_after_national_day(
    db: Database, desk: tuple[CaseService, LetterService, FixedClock]
) -> None:
    cases, letters, clock = desk
    clock.set(_at(date(2026, 5, 25)))
    reference = _import(db, clock, "03-en-portability-luxembourg.eml")
    loaded = cases.load(reference)
    assert loaded.case.received == date(2026, 5, 23) and loaded.deadline.due == date(2026, 6, 24)
    record_verification(cases, reference, _verified(date(2026, 5, 25)))
    cover = letters.draft(reference, LetterKind.PORTABILITY_COVER, extras=LetterExtras(enclosures=("data.json",)))
    assert cover.language is Language.EN and "data.json" in _text(cover.pdf)


def test_scenario_4_the_lawyers_letters_go_to_the_lawyer_by_the_eight_day_clock(
    db: Database, desk: tuple[CaseService, LetterService, FixedClock]
) -> None:
    cases, letters, clock = desk
    clock.set(_at(date(2026, 6, 15)))
    reference = _import(db, clock, "04-fr-lawyer-mandate.eml")
    loaded = cases.load(reference)
    assert loaded.case.requester.is_representative
    assert loaded.deadline.due == date(2026, 6, 22) and loaded.deadline.earliest_release == date(2026, 6, 16)
    text = _text(letters.draft(reference, LetterKind.ACKNOWLEDGEMENT).pdf)
    assert loaded.case.requester.name in text


def test_scenario_5_the_heirs_clock_restarts_when_the_documents_arrive(
    db: Database, desk: tuple[CaseService, LetterService, FixedClock]
) -> None:
    cases, letters, clock = desk
    clock.set(_at(date(2026, 7, 6)))
    reference = _import(db, clock, "05-fr-heir-deceased.eml")
    asked = VerificationResult(
        Outcome.MORE_INFORMATION_NEEDED, IntakeRoute.EMAIL_UNKNOWN, (),
        (ItemRequest((Check.DEATH_CERTIFICATE,)), ItemRequest((Check.HEIR_STATUS,))), "", date(2026, 7, 6), "BP",
    )
    record_verification(cases, reference, asked)
    assert cases.load(reference).countdown.state.value != "paused"  # deciding to ask is not asking
    request = letters.draft(reference, LetterKind.IDENTITY_REQUEST)
    letters.send(reference, request, method=SendMethod.EMAIL)
    assert cases.load(reference).countdown.state.value == "paused"
    clock.set(_at(date(2026, 7, 20)))
    loaded = record_verification(cases, reference, _verified(date(2026, 7, 20), IntakeRoute.EMAIL_UNKNOWN))
    assert loaded.deadline.due == date(2026, 7, 28)
    assert loaded.deadline.earliest_release == date(2026, 7, 22)
    assert loaded.deadline.strict_due == date(2026, 7, 15)


def test_scenario_6_the_reminder_joins_the_first_case_which_shows_overdue(
    db: Database, desk: tuple[CaseService, LetterService, FixedClock]
) -> None:
    cases, _letters, clock = desk
    first = _import(db, clock, "01-nl-access-gent.eml")
    clock.set(_at(date(2026, 4, 2)))
    (result,) = import_messages(db, [REQUESTS / "06-nl-reminder.eml"], clock=clock, actor="Brigitte Perez")
    assert result.reference == first and "linked" in result.line
    loaded = cases.load(first)
    assert loaded.countdown.state.value == "overdue" and loaded.countdown.days_left == -13


def test_scenario_7_the_complex_request_is_extended_before_its_first_deadline(
    desk: tuple[CaseService, LetterService, FixedClock]
) -> None:
    cases, letters, clock = desk
    clock.set(_at(date(2026, 2, 2)))
    reference = cases.open_case(
        Case(
            jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST, received=date(2026, 1, 31),
            rights=(Right.ACCESS,),
            subject=DataSubject(name="Camille Martin", address=("3 rue de la Paix", "75002 PARIS")),
        )
    )
    assert cases.load(reference).deadline.extension_notice_by == date(2026, 3, 2)
    clock.set(_at(date(2026, 3, 2)))
    extras = LetterExtras(extension_reason="Cinq années de dossiers dans trois centres")
    notice = letters.draft(reference, LetterKind.EXTENSION_NOTICE, extras=extras)
    assert "30 avril 2026" in _text(notice.pdf)
    loaded = letters.send(reference, notice, method=SendMethod.REGISTERED_POST, tracking_number="1A2", extras=extras)
    assert loaded.deadline.due == date(2026, 4, 30)


def test_scenario_8_a_daughters_request_in_belgium_goes_through_the_practitioner_she_designates(
    desk: tuple[CaseService, LetterService, FixedClock]
) -> None:
    cases, letters, clock = desk
    clock.set(_at(date(2026, 10, 12)))
    reference = cases.open_case(
        Case(
            jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.POST, received=date(2026, 10, 12),
            rights=(Right.MEDICAL_RECORD,),
            subject=DataSubject(name="Maria Claes", deceased=True, death_date=date(2026, 8, 3)),
            requester=Requester(
                relationship=Relationship.HEIR, name="Sofie Claes", title=Title.MRS, family_name="Claes",
                address=("Kasteelpleinstraat 20", "2000 Antwerpen", "België"),
            ),
        )
    )
    asked = letters.draft(reference, LetterKind.IDENTITY_REQUEST)
    assert "de naam en het adres van de beroepsbeoefenaar die u aanwijst" in _text(asked.pdf)
    letters.send(reference, asked, method=SendMethod.POST)
    assert cases.load(reference).countdown.state.value == "paused"

    clock.set(_at(date(2026, 10, 19)))
    practitioner = Practitioner("Dr. Pieter Wouters", ("Lange Leemstraat 5", "2018 Antwerpen", "België"), Title.DR)
    answer = replace(
        _verified(date(2026, 10, 19), IntakeRoute.POST),
        heir_statement=HeirStatement(designated_practitioner=practitioner),
    )
    loaded = record_verification(cases, reference, answer)
    assert loaded.case.completed == date(2026, 10, 19)
    assert loaded.case.requester.designated_practitioner == practitioner

    cover = letters.draft(
        reference, LetterKind.PRACTITIONER_COVER, extras=LetterExtras(enclosures=("Medisch dossier (18 p.)",))
    )
    assert cover.letter.recipient[0] == "Dr. Pieter Wouters"
    assert "Geachte dokter," in _text(cover.pdf)
    notice = letters.draft(reference, LetterKind.HEIR_PRACTITIONER_NOTICE)
    text = " ".join(_text(notice.pdf).split())
    assert notice.letter.recipient[0] == "Mevrouw Sofie Claes"
    assert "uw verzoek van 12 oktober 2026 betreffende wijlen Maria Claes" in text
    assert "AVG" not in text


def test_scenario_8_both_practitioner_letters_can_be_sent_and_the_case_is_then_answered(
    desk: tuple[CaseService, LetterService, FixedClock]
) -> None:
    cases, letters, clock = desk
    clock.set(_at(date(2026, 10, 19)))
    practitioner = Practitioner("Dr. Pieter Wouters", ("Lange Leemstraat 5", "2018 Antwerpen", "België"), Title.DR)
    reference = cases.open_case(
        Case(
            jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.POST, received=date(2026, 10, 12),
            rights=(Right.MEDICAL_RECORD,), status=Status.IN_PROGRESS,
            subject=DataSubject(name="Maria Claes", deceased=True, death_date=date(2026, 8, 3)),
            requester=Requester(
                relationship=Relationship.HEIR, name="Sofie Claes",
                address=("Kasteelpleinstraat 20", "2000 Antwerpen", "België"), designated_practitioner=practitioner,
            ),
        )
    )
    cover = letters.draft(reference, LetterKind.PRACTITIONER_COVER)
    letters.send(reference, cover, method=SendMethod.REGISTERED_POST, tracking_number="1Z999")
    notice = letters.draft(reference, LetterKind.HEIR_PRACTITIONER_NOTICE)
    loaded = letters.send(reference, notice, method=SendMethod.POST)
    assert loaded.case.status is Status.ANSWERED
    assert loaded.case.answered == date(2026, 10, 19)
