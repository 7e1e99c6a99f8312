"""SCENARIOS.md 9 and 11 end to end: the dates letters promise and the letters that may go out on their date."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.letters import LetterExtras
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import import_messages
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database

REQUESTS = Path(__file__).parent / "data" / "requests"
PARIS = ZoneInfo("Europe/Paris")


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=PARIS)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_scenario_9_the_lawyer_gets_22_june_for_the_file_no_extension_and_no_copy_before_16_june(db: Database) -> None:
    clock = FixedClock(_at(date(2026, 6, 15)))
    cases = CaseService(Workplace(db, clock, "Brigitte Perez"))
    letters = LetterService(cases)
    (result,) = import_messages(db, [REQUESTS / "04-fr-lawyer-mandate.eml"], clock=clock, actor="Brigitte Perez")
    reference = result.reference
    assert reference is not None
    ack = letters.draft(reference, LetterKind.ACKNOWLEDGEMENT)
    text = _text(ack.pdf)
    assert "au plus tard le 22 juin 2026" in text and "prolong" not in text
    assert ack.findings == ()
    letters.send(reference, ack, method=SendMethod.EMAIL)
    copy = LetterExtras(enclosures=("Copie du dossier médical (34 pages)",))
    early = letters.draft(reference, LetterKind.MEDICAL_RECORD_COVER, extras=copy)
    assert [finding.rule for finding in early.refusals] == ["before-earliest-release"]
    on_time = letters.draft(reference, LetterKind.MEDICAL_RECORD_COVER, extras=copy, on=date(2026, 6, 16))
    assert on_time.refusals == () and on_time.cautions == ()
    late_ack = letters.draft(reference, LetterKind.ACKNOWLEDGEMENT, on=date(2026, 6, 23))
    assert [finding.rule for finding in late_ack.refusals] == ["promised-date-passed"]


def test_scenario_11_nothing_to_give_is_answered_by_e_mail_with_the_no_data_held_letter(db: Database) -> None:
    clock = FixedClock(_at(date(2026, 11, 3)))
    cases = CaseService(Workplace(db, clock, "Brigitte Perez"))
    letters = LetterService(cases)
    reference = cases.open_case(
        Case(
            jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.EMAIL, received=date(2026, 11, 3),
            rights=(Right.ACCESS,), subject=DataSubject(name="Camille Durand", email="camille@example.fr"),
        )
    )
    assert cases.load(reference).deadline.due == date(2026, 12, 3)
    cases.change_status(reference, Status.IN_PROGRESS)
    clock.set(_at(date(2026, 11, 24)))
    empty_access = letters.draft(reference, LetterKind.ACCESS_RESPONSE)
    assert "no-data-held" in empty_access.refusals[0].said()
    answer = letters.draft(reference, LetterKind.NO_DATA_HELD)
    assert answer.findings == ()
    assert "ne traite pas vos données personnelles" in _text(answer.pdf)
    letters.send(reference, answer, method=SendMethod.EMAIL)
    loaded = cases.load(reference)
    assert loaded.case.status is Status.ANSWERED and loaded.case.answered == date(2026, 11, 24)
    (entry,) = letters.log(reference)
    assert (entry.kind, entry.method) == (LetterKind.NO_DATA_HELD, SendMethod.EMAIL)
