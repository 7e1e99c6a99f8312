"""Refusals and notes of intake and identity are sentences the window can translate; the command line reads English."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, Relationship
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.identity import (
    Check,
    CheckResult,
    ConclusionError,
    IntakeRoute,
    ItemRequest,
    Outcome,
    Situation,
    VerificationResult,
    conclude,
)
from lazeo_desk.domain.messages import Explained, Message, Problem
from lazeo_desk.domain.rights import Right
from lazeo_desk.services import scan_intake
from lazeo_desk.services.cases import CaseRuleError, CaseService
from lazeo_desk.services.email_intake import (
    INTERNAL_ERROR,
    ImportOutcome,
    IntakeRefused,
    import_messages,
    internal_error,
    parse_message,
    propose_case,
    read_message,
    store_draft,
)
from lazeo_desk.services.identity import record_verification
from lazeo_desk.services.scan_intake import ScanCaseFields, check_scan, import_scan, read_scan
from lazeo_desk.store.database import Database

ACTOR = "Brigitte Perez"
PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def summer(clock: FixedClock) -> FixedClock:
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    return clock


def mail(*, sender: str = "Jan Peeters <jan.peeters@example.be>", date_header: str = "") -> bytes:
    headers = [f"From: {sender}", "To: dpo@lazeo.com", "Subject: Verzoek"]
    if date_header:
        headers.append(f"Date: {date_header}")
    return ("\r\n".join(headers) + "\r\n\r\nGraag verwijder mijn gegevens.\r\n").encode("utf-8")


def refusal_of(path: Path, clock: FixedClock) -> IntakeRefused:
    with pytest.raises(IntakeRefused) as raised:
        read_message(path, clock=clock)
    return raised.value


def only_sentence(error: Explained) -> Message:
    [sentence] = error.sentences
    assert isinstance(sentence, Message)
    return sentence


# e-mails ---------------------------------------------------------------------------------------------------------


def test_a_pdf_dropped_as_an_email_is_refused_with_a_sentence_of_its_own(summer: FixedClock, tmp_path: Path) -> None:
    path = tmp_path / "request.eml"
    path.write_bytes(PDF)
    refusal = refusal_of(path, summer)
    assert isinstance(refusal, Explained) and isinstance(refusal, ValueError)
    sentence = only_sentence(refusal)
    assert sentence.template == "not an e-mail: this is a PDF file: import a scanned letter as a scan"
    assert str(refusal) == sentence.template


def test_a_missing_file_is_refused_with_a_sentence_and_no_value(summer: FixedClock, tmp_path: Path) -> None:
    sentence = only_sentence(refusal_of(tmp_path / "gone.eml", summer))
    assert (sentence.template, dict(sentence.values)) == ("no such file", {})


def test_the_size_refusal_keeps_the_sizes_as_numbers_for_the_reader(summer: FixedClock) -> None:
    with pytest.raises(IntakeRefused) as raised:
        parse_message(b"x" * (25 * 1024 * 1024 + 1), source="big.eml", clock=summer)
    sentence = only_sentence(raised.value)
    assert sentence.template == "the message is {size}; the limit is {limit} (attachments included)"
    size, limit = sentence.values["size"], sentence.values["limit"]
    assert isinstance(size, Message) and isinstance(limit, Message)
    assert (size.template, size.values["amount"]) == ("{amount} MiB", 25.0)
    assert str(raised.value) == "the message is 25.0 MiB; the limit is 25.0 MiB (attachments included)"


def test_a_message_dated_in_the_future_warns_with_both_dates_as_dates(clock: FixedClock) -> None:
    draft = parse_message(mail(date_header="Wed, 08 Apr 2026 10:00:00 +0200"), source="m.eml", clock=clock)
    [warning] = [w for w in draft.warnings if "in the future" in w]
    assert isinstance(warning, Message)
    assert dict(warning.values) == {"dated": date(2026, 4, 8), "today": date(2026, 3, 10)}
    assert warning == (
        "the message is dated 2026-04-08, in the future: received date set to today (2026-03-10); correct it"
    )


def test_what_the_proposal_assumed_names_the_country_and_language_by_their_words(summer: FixedClock) -> None:
    draft = parse_message(mail(sender="someone@example.org"), source="m.eml", clock=summer)
    assumed = {a.template: a for a in propose_case(draft).assumptions if isinstance(a, Message)}
    country = assumed["the centre's country is not named: {country} assumed"]
    assert country.values["country"] is Jurisdiction.FR
    assert country == "the centre's country is not named: FR assumed"
    assert "the sender gives no name: the e-mail address stands for it" in assumed


def test_linking_to_a_missing_case_gives_the_reference_as_a_value_and_the_cli_line_stays_english(
    db: Database, summer: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(mail())
    draft = read_message(path, clock=summer)
    result = store_draft(db, draft, None, clock=summer, actor=ACTOR, link_to="dsar-2026-0999")
    assert result.outcome is ImportOutcome.REJECTED
    assert isinstance(result.reason, Message)
    assert (result.reason.template, dict(result.reason.values)) == (
        "no case {reference} to link to",
        {"reference": "DSAR-2026-0999"},
    )
    assert result.line == f"{path}: rejected: no case DSAR-2026-0999 to link to"


def test_a_file_imported_twice_is_refused_naming_the_case_it_is_on(
    db: Database, summer: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(mail())
    [first] = import_messages(db, [path], clock=summer, actor=ACTOR)
    [second] = import_messages(db, [path], clock=summer, actor=ACTOR)
    assert isinstance(second.reason, Message)
    assert second.reason.template == "already imported on {reference} ({filename})"
    assert dict(second.reason.values) == {"reference": first.reference, "filename": "m.eml"}


def test_a_fault_of_the_program_is_reported_as_one_sentence_starting_with_the_known_words() -> None:
    reason = internal_error(OSError("disk pulled out"))
    assert isinstance(reason, Message)
    assert reason.startswith(INTERNAL_ERROR)
    assert reason == f"{INTERNAL_ERROR}: disk pulled out"


# scans -----------------------------------------------------------------------------------------------------------


def test_a_misnamed_scan_is_noted_in_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    path.write_bytes(PNG)
    [note] = read_scan(path).notes
    assert isinstance(note, Message)
    assert note.template == "the file is a PNG image although its name says otherwise"


def test_a_scan_over_the_limit_names_itself_and_both_sizes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_intake, "MAX_SCAN_BYTES", 2 * 1024 * 1024)
    with pytest.raises(IntakeRefused) as raised:
        check_scan(PDF + b"0" * (3 * 1024 * 1024), source="big.pdf")
    sentence = only_sentence(raised.value)
    assert sentence.template == "{what} is {size}; the limit is {limit}"
    what = sentence.values["what"]
    assert isinstance(what, Message) and what.template == "the scan"
    assert str(raised.value) == "the scan is 3.0 MiB; the limit is 2 MiB"


def test_a_scan_without_a_received_date_notes_today_as_a_date(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(PDF)
    fields = ScanCaseFields(subject=DataSubject(name="An Peeters"), jurisdiction=Jurisdiction.BE, language=Language.NL)
    result = import_scan(db, path, clock=clock, actor=ACTOR, case_fields=fields)
    notes = {n.template: n for n in result.notes if isinstance(n, Message)}
    received = notes["received date set to today ({today}): correct it from the postmark"]
    assert received.values["today"] == date(2026, 3, 10)
    assert "no right ticked: access assumed" in notes


# identity --------------------------------------------------------------------------------------------------------


def _open(service: CaseService) -> str:
    return service.open_case(
        Case(
            jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.EMAIL, received=date(2026, 3, 2),
            rights=(Right.MEDICAL_RECORD,), subject=DataSubject(name="Hélène Garnier", email="h@example.fr"),
        )
    )


def test_an_empty_id_scan_is_refused_naming_the_file(service: CaseService, tmp_path: Path) -> None:
    empty = tmp_path / "id.png"
    empty.write_bytes(b"")
    result = VerificationResult(
        outcome=Outcome.MORE_INFORMATION_NEEDED,
        route=IntakeRoute.EMAIL_UNKNOWN,
        checks=((Check.NAME_MATCHES, CheckResult.MATCHES),),
        items_requested=(ItemRequest((Check.BIRTH_DATE_MATCHES,)),),
        summary="",
        decided_on=date(2026, 3, 10),
        by=ACTOR,
        attached_scan=empty,
    )
    with pytest.raises(CaseRuleError) as raised:
        record_verification(service, _open(service), result)
    sentence = only_sentence(raised.value)
    assert (sentence.template, dict(sentence.values)) == ("ID scan: {name} is empty", {"name": "id.png"})


def test_an_ending_the_rules_forbid_is_a_field_problem_with_its_sentence() -> None:
    who = Situation(Relationship.SELF, IntakeRoute.EMAIL_UNKNOWN, Jurisdiction.FR, frozenset({Right.MEDICAL_RECORD}))
    with pytest.raises(ConclusionError) as raised:
        conclude(
            {Check.NAME_MATCHES: CheckResult.MATCHES}, who, outcome=Outcome.VERIFIED, asked_before=True,
            decided_on=date(2026, 3, 5), by=ACTOR,
        )
    assert isinstance(raised.value, ValueError)
    [problem] = raised.value.sentences
    assert isinstance(problem, Problem) and problem.field == "outcome"
    assert problem.message.template == "the checks do not establish identity yet, it cannot be 'verified'"
    assert str(raised.value) == "outcome: the checks do not establish identity yet, it cannot be 'verified'"
