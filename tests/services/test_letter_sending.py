"""Sending a letter records it on the case (kind, language, method, PDF, SHA-256) and moves the case on."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, OutcomeKind
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.deadlines import CountdownState
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters import LetterExtras, RefusalGround
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.services.letters import LetterService, SendMethod


def _text(pdf: bytes) -> str:
    import io

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _open(service: CaseService, rights: tuple[Right, ...], received: date = date(2026, 3, 5)) -> str:
    return service.open_case(
        Case(
            jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=received,
            rights=rights,
            subject=DataSubject(name="Anaïs O'Brien-<Zoë> & Fils", email="anais@example.be",
                                address=("Kerkstraat 12 bus 3", "9000 Gent", "België")),
        )
    )


@pytest.fixture
def letters(service: CaseService) -> LetterService:
    return LetterService(service)


def test_a_sent_letter_is_logged_with_its_exact_pdf_and_hash(service: CaseService, letters: LetterService) -> None:
    ref = _open(service, (Right.ACCESS,))
    draft = letters.draft(ref, LetterKind.ACKNOWLEDGEMENT)
    letters.send(ref, draft, method=SendMethod.POST)
    (entry,) = letters.log(ref)
    assert (entry.kind, entry.language, entry.method) == (LetterKind.ACKNOWLEDGEMENT, Language.NL, SendMethod.POST)
    stored = letters.stored_pdf(entry.id)
    assert stored == draft.pdf
    assert entry.sha256 == hashlib.sha256(stored).hexdigest()
    assert "Anaïs O'Brien-<Zoë> & Fils" in _text(stored)
    timeline = service.load(ref).case.timeline
    assert timeline[-1].kind == "letter" and entry.sha256 in timeline[-1].text


def test_registered_post_needs_a_tracking_number(service: CaseService, letters: LetterService) -> None:
    ref = _open(service, (Right.ACCESS,))
    draft = letters.draft(ref, LetterKind.ACKNOWLEDGEMENT)
    with pytest.raises(CaseRuleError, match="tracking number"):
        letters.send(ref, draft, method=SendMethod.REGISTERED_POST)
    assert letters.log(ref) == []
    letters.send(ref, draft, method=SendMethod.REGISTERED_POST, tracking_number="1A23456789012")
    assert letters.log(ref)[0].tracking_number == "1A23456789012"


def test_an_identity_request_pauses_the_clock(service: CaseService, letters: LetterService) -> None:
    ref = _open(service, (Right.ACCESS,))
    letters.send(ref, letters.draft(ref, LetterKind.IDENTITY_REQUEST), method=SendMethod.EMAIL)
    loaded = service.load(ref)
    assert loaded.case.status is Status.AWAITING_REQUESTER
    assert loaded.countdown.state is CountdownState.PAUSED
    assert loaded.case.info_requested == date(2026, 3, 10)


def test_an_extension_notice_records_the_extension_and_its_reasons(
    service: CaseService, letters: LetterService
) -> None:
    ref = _open(service, (Right.ACCESS,))
    extras = LetterExtras(extension_reason="Files in three centres over five years")
    draft = letters.draft(ref, LetterKind.EXTENSION_NOTICE, extras=extras)
    assert "5 juni 2026" in _text(draft.pdf)  # 5 March + 3 months
    letters.send(ref, draft, method=SendMethod.REGISTERED_POST, tracking_number="RR1", extras=extras)
    loaded = service.load(ref)
    assert loaded.case.extension is not None
    assert loaded.case.extension.reason == "Files in three centres over five years"
    assert loaded.deadline.due == date(2026, 6, 5)


def test_the_case_is_answered_once_every_right_has_its_answer(service: CaseService, letters: LetterService) -> None:
    ref = _open(service, (Right.ACCESS, Right.MEDICAL_RECORD))
    service.change_status(ref, Status.IN_PROGRESS)
    copy = LetterExtras(enclosures=("Kopie van de persoonsgegevens",))
    letters.send(ref, letters.draft(ref, LetterKind.ACCESS_RESPONSE, extras=copy), method=SendMethod.POST)
    assert service.load(ref).case.status is Status.IN_PROGRESS
    letters.send(ref, letters.draft(ref, LetterKind.MEDICAL_RECORD_COVER), method=SendMethod.POST)
    case = service.load(ref).case
    assert case.status is Status.ANSWERED
    assert case.answered == date(2026, 3, 10)
    assert case.outcomes[Right.ACCESS].kind is OutcomeKind.GRANTED


def test_an_erasure_partly_refused_records_the_retention_ground(service: CaseService, letters: LetterService) -> None:
    ref = _open(service, (Right.ERASURE,))
    service.change_status(ref, Status.IN_PROGRESS)
    letters.send(ref, letters.draft(ref, LetterKind.ERASURE_PARTLY_REFUSED), method=SendMethod.POST)
    outcome = service.load(ref).case.outcomes[Right.ERASURE]
    assert outcome.kind is OutcomeKind.PARTLY_GRANTED
    assert "17(3)" in outcome.ground


def test_a_refusal_refuses_every_right_with_its_ground(service: CaseService, letters: LetterService) -> None:
    ref = _open(service, (Right.ACCESS,))
    service.change_status(ref, Status.VERIFYING_IDENTITY)
    extras = LetterExtras(refusal_ground=RefusalGround.IDENTITY_NOT_ESTABLISHED, refusal_reason="no reply")
    letters.send(ref, letters.draft(ref, LetterKind.REFUSAL, extras=extras), method=SendMethod.REGISTERED_POST,
                 tracking_number="RR2", extras=extras)
    case = service.load(ref).case
    assert case.status is Status.REFUSED
    assert case.outcomes[Right.ACCESS].kind is OutcomeKind.REFUSED


def test_a_letter_that_does_not_fit_is_still_drafted_and_says_so(service: CaseService, letters: LetterService) -> None:
    ref = _open(service, (Right.ACCESS,))
    draft = letters.draft(ref, LetterKind.PORTABILITY_COVER)
    assert not draft.fits_case
    assert draft.pdf.startswith(b"%PDF")


def test_a_draft_in_another_language_uses_that_language(service: CaseService, letters: LetterService) -> None:
    ref = _open(service, (Right.ACCESS,))
    text = _text(letters.draft(ref, LetterKind.ACKNOWLEDGEMENT, language=Language.FR).pdf)
    assert "5 mars 2026" in text


def test_letters_are_dated_by_the_clock(db: object, letters: LetterService, service: CaseService) -> None:
    ref = _open(service, (Right.ACCESS,))
    assert isinstance(service.clock, FixedClock)
    service.clock.set(datetime(2026, 3, 12, 10, 0, tzinfo=ZoneInfo("Europe/Paris")))
    assert "12 maart 2026" in _text(letters.draft(ref, LetterKind.ACKNOWLEDGEMENT).pdf)
