"""How the end of an identity verification changes the case, and that ID scans are not kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from lazeo_desk.domain.case import (
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
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.deadlines import CountdownState
from lazeo_desk.domain.heirs import HeirStatement
from lazeo_desk.domain.identity import Check, CheckResult, IntakeRoute, ItemRequest, Outcome, VerificationResult
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.services.identity import record_verification
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import DocumentRow

PARIS = ZoneInfo("Europe/Paris")


def _open(service: CaseService) -> str:
    return service.open_case(
        Case(
            jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.EMAIL, received=date(2026, 3, 2),
            rights=(Right.MEDICAL_RECORD,), subject=DataSubject(name="Hélène Garnier", email="h@example.fr"),
        )
    )


def _result(
    outcome: Outcome, scan: Path | None = None, on: date = date(2026, 3, 10), sent: date | None = None
) -> VerificationResult:
    return VerificationResult(
        outcome=outcome,
        route=IntakeRoute.EMAIL_UNKNOWN,
        checks=((Check.NAME_MATCHES, CheckResult.MATCHES),),
        items_requested=(ItemRequest((Check.BIRTH_DATE_MATCHES,)),),
        summary="",
        decided_on=on,
        by="Brigitte Perez",
        attached_scan=scan,
        request_sent_on=sent,
    )


def _scans(db: Database) -> list[DocumentRow]:
    with db.transaction() as session:
        return list(session.scalars(select(DocumentRow).where(DocumentRow.kind == "id-scan")))


def test_verified_moves_the_case_into_work_and_records_the_method(service: CaseService) -> None:
    ref = _open(service)
    loaded = record_verification(service, ref, _result(Outcome.VERIFIED))
    assert loaded.case.status is Status.IN_PROGRESS
    last = loaded.case.timeline[-1]
    assert last.kind == "identity"
    assert "verified" in last.text and "email-unknown" in last.text and "Brigitte Perez" in last.text


def test_deciding_that_more_information_is_needed_does_not_pause_the_clock(service: CaseService) -> None:
    ref = _open(service)
    loaded = record_verification(service, ref, _result(Outcome.MORE_INFORMATION_NEEDED))
    assert loaded.case.status is Status.VERIFYING_IDENTITY
    assert loaded.countdown.state is not CountdownState.PAUSED
    assert loaded.case.awaiting_since is None and loaded.case.info_requested is None
    assert "to ask for: Your date of birth" in loaded.case.timeline[-1].text
    assert "the clock runs until the request for it is sent" in loaded.case.timeline[-1].text


def test_the_pause_starts_on_the_day_the_request_for_information_was_sent(service: CaseService) -> None:
    ref = _open(service)
    loaded = record_verification(service, ref, _result(Outcome.MORE_INFORMATION_NEEDED, sent=date(2026, 3, 6)))
    assert loaded.case.status is Status.AWAITING_REQUESTER
    assert loaded.countdown.state is CountdownState.PAUSED
    assert loaded.case.awaiting_since == date(2026, 3, 6)
    assert loaded.case.info_requested == date(2026, 3, 6)
    assert "sent on 2026-03-06: the clock is paused from that day" in loaded.case.timeline[-1].text


@pytest.mark.parametrize(
    ("sent", "problem"), [(date(2026, 3, 11), "in the future"), (date(2026, 3, 1), "before the request was received")]
)
def test_a_request_for_information_sent_in_the_future_or_before_receipt_is_refused(
    service: CaseService, sent: date, problem: str
) -> None:
    ref = _open(service)
    with pytest.raises(CaseRuleError, match=problem):
        record_verification(service, ref, _result(Outcome.MORE_INFORMATION_NEEDED, sent=sent))
    assert service.load(ref).case.status is Status.NEW


def test_sending_the_identity_request_letter_starts_the_pause_that_day(
    service: CaseService, clock: FixedClock
) -> None:
    ref = _open(service)
    record_verification(service, ref, _result(Outcome.MORE_INFORMATION_NEEDED))
    clock.set(datetime(2026, 3, 6, 9, 0, tzinfo=PARIS))
    letters = LetterService(service)
    draft = letters.draft(ref, LetterKind.IDENTITY_REQUEST, language=Language.FR)
    loaded = letters.send(ref, draft, method=SendMethod.POST)
    assert loaded.case.status is Status.AWAITING_REQUESTER
    assert loaded.case.awaiting_since == date(2026, 3, 6)
    assert loaded.countdown.state is CountdownState.PAUSED


def test_resuming_restarts_the_clock_from_the_day_the_information_arrived(
    service: CaseService, clock: FixedClock
) -> None:
    ref = _open(service)
    record_verification(service, ref, _result(Outcome.MORE_INFORMATION_NEEDED, sent=date(2026, 3, 10)))
    clock.set(datetime(2026, 3, 20, 9, 0, tzinfo=PARIS))
    loaded = record_verification(service, ref, _result(Outcome.VERIFIED, on=date(2026, 3, 20)))
    assert loaded.case.completed == date(2026, 3, 20)
    assert loaded.deadline.due == date(2026, 3, 30)  # 8 days (FR medical file) from 20 March, a Saturday rolled on
    assert loaded.deadline.strict_due == date(2026, 3, 10)


def test_cannot_be_verified_waits_for_the_refusal_letter(service: CaseService) -> None:
    ref = _open(service)
    record_verification(service, ref, _result(Outcome.MORE_INFORMATION_NEEDED))
    loaded = record_verification(service, ref, _result(Outcome.CANNOT_BE_VERIFIED))
    assert loaded.case.status is Status.VERIFYING_IDENTITY
    assert "refusal letter" in loaded.case.timeline[-1].text


def test_an_id_scan_is_kept_only_while_the_verification_lasts(
    service: CaseService, db: Database, tmp_path: Path
) -> None:
    scan = tmp_path / "id-redacted.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    ref = _open(service)
    record_verification(service, ref, _result(Outcome.MORE_INFORMATION_NEEDED, scan))
    (kept,) = _scans(db)
    assert kept.content is not None and kept.deleted_at is None and kept.delete_after_verification
    loaded = record_verification(service, ref, _result(Outcome.VERIFIED))
    (erased,) = _scans(db)
    assert erased.content is None and erased.deleted_at is not None
    assert erased.sha256 == kept.sha256
    assert "ID scan id-redacted.png erased" in loaded.case.timeline[-1].text


def test_an_unreadable_scan_is_refused_and_nothing_changes(service: CaseService, tmp_path: Path) -> None:
    ref = _open(service)
    with pytest.raises(CaseRuleError, match="ID scan: cannot read"):
        record_verification(service, ref, _result(Outcome.VERIFIED, tmp_path / "missing.png"))
    assert service.load(ref).case.status is Status.NEW


def test_what_a_relative_states_in_the_guide_is_recorded_on_the_case(service: CaseService) -> None:
    ref = service.open_case(
        Case(
            jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.POST, received=date(2026, 3, 2),
            rights=(Right.MEDICAL_RECORD,),
            subject=DataSubject(name="Maria Claes", deceased=True, death_date=date(2026, 1, 3)),
            requester=Requester(relationship=Relationship.HEIR, name="Sofie Claes"),
        )
    )
    practitioner = Practitioner("Dr. Pieter Wouters", ("Lange Leemstraat 5", "2018 Antwerpen"), Title.DR)
    result = replace(
        _result(Outcome.VERIFIED),
        heir_statement=HeirStatement(HeirPurpose.ASSERT_RIGHTS, "de nalatenschap", practitioner),
    )
    requester = record_verification(service, ref, result).case.requester
    assert requester.designated_practitioner == practitioner
    assert (requester.purpose, requester.purpose_explanation) == (HeirPurpose.ASSERT_RIGHTS, "de nalatenschap")
    assert "designated practitioner: Dr. Pieter Wouters" in service.load(ref).case.timeline[-1].text
