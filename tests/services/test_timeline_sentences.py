"""Timeline entries of letters, identity, intake and samples are kept as sentences; their English stays the record."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, TimelineEvent
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.identity import Check, CheckResult, IntakeRoute, ItemRequest, Outcome, VerificationResult
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import Message
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.sentence_words import channel_phrase
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import ImportOutcome, import_messages
from lazeo_desk.services.identity import record_verification
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.services.sample_data import SampleDataService
from lazeo_desk.services.scan_intake import ScanCaseFields, import_scan
from lazeo_desk.services.seeding import SAMPLE_NOTE
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.documents import sha256_hex

ACTOR = "Brigitte Perez"
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "requests"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def summer(clock: FixedClock) -> FixedClock:
    """A day after every sample request arrived."""
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    return clock


def sentence(line: str, template: str) -> Message:
    assert isinstance(line, Message), f"{line!r} is plain text"
    assert line.template == template
    return line


def the_line(event: TimelineEvent, template: str) -> Message:
    """The one line of ``event`` said with ``template``."""
    [found] = [line for line in event.lines if isinstance(line, Message) and line.template == template]
    return found


def nested(line: Message, name: str) -> list[Message]:
    """The sentences listed in the value ``name`` of ``line``."""
    value = line.values[name]
    assert isinstance(value, tuple) and all(isinstance(item, Message) for item in value)
    return list(value)


def open_case(service: CaseService, rights: tuple[Right, ...] = (Right.ACCESS,)) -> str:
    return service.open_case(
        Case(
            jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 5),
            rights=rights,
            subject=DataSubject(name="Ëlodie Vercammen", email="e.v@example.be",
                                address=("Kerkstraat 12", "9000 Gent", "België")),
        )
    )


# letters ---------------------------------------------------------------------------------------------------------


def test_a_letter_sent_by_registered_post_is_recorded_with_its_kind_language_method_and_tracking(
    service: CaseService,
) -> None:
    letters = LetterService(service)
    ref = open_case(service)
    draft = letters.draft(ref, LetterKind.ACKNOWLEDGEMENT)
    letters.send(ref, draft, method=SendMethod.REGISTERED_POST, tracking_number=" RR 123 456 789 BE ")
    event = service.load(ref).case.timeline[-1]
    line = sentence(
        event.lines[0], "letter {kind} ({language}) sent by {method} (tracking {tracking}); SHA-256 {sha256}"
    )
    assert line.values["kind"] is LetterKind.ACKNOWLEDGEMENT
    assert line.values["language"] is Language.NL
    assert line.values["tracking"] == "RR 123 456 789 BE"
    assert line.values["sha256"] == draft.sha256
    method = line.values["method"]
    assert isinstance(method, Message) and method.template == "registered-post"
    assert event.text == (
        f"letter acknowledgement (nl) sent by registered-post (tracking RR 123 456 789 BE); SHA-256 {draft.sha256}"
    )


@pytest.mark.parametrize("method", [m for m in SendMethod if m is not SendMethod.REGISTERED_POST])
def test_a_letter_sent_without_tracking_names_its_method_by_its_key(service: CaseService, method: SendMethod) -> None:
    letters = LetterService(service)
    ref = open_case(service)
    draft = letters.draft(ref, LetterKind.ACKNOWLEDGEMENT, language=Language.FR)
    letters.send(ref, draft, method=method)
    event = service.load(ref).case.timeline[-1]
    line = sentence(event.lines[0], "letter {kind} ({language}) sent by {method}; SHA-256 {sha256}")
    assert line.values["language"] is Language.FR
    assert event.text == f"letter acknowledgement (fr) sent by {method.value}; SHA-256 {draft.sha256}"


def test_the_retention_ground_of_a_partly_refused_erasure_is_said_in_the_outcome_line(service: CaseService) -> None:
    letters = LetterService(service)
    ref = open_case(service, (Right.ERASURE,))
    service.change_status(ref, Status.IN_PROGRESS)
    letters.send(ref, letters.draft(ref, LetterKind.ERASURE_PARTLY_REFUSED), method=SendMethod.POST)
    loaded = service.load(ref).case
    grounds = [line.values["ground"] for line in loaded.timeline[-1].lines
               if isinstance(line, Message) and "ground" in line.values]
    [ground] = grounds
    assert isinstance(ground, Message)
    assert ground.template == "GDPR Art 17(3)(b)/(c): medical file kept for its legal retention period"
    assert loaded.outcomes[Right.ERASURE].ground == str(ground)


# identity --------------------------------------------------------------------------------------------------------


def verification(
    outcome: Outcome, *, checks: tuple[tuple[Check, CheckResult], ...] = ((Check.NAME_MATCHES, CheckResult.MATCHES),),
    scan: Path | None = None, summary: str = "",
) -> VerificationResult:
    return VerificationResult(
        outcome=outcome,
        route=IntakeRoute.EMAIL_UNKNOWN,
        checks=checks,
        items_requested=(ItemRequest((Check.BIRTH_DATE_MATCHES,)),),
        summary=summary,
        decided_on=date(2026, 3, 10),
        by=ACTOR,
        attached_scan=scan,
    )


def test_a_verified_identity_is_recorded_with_its_method_checks_and_who_decided(service: CaseService) -> None:
    ref = open_case(service)
    summary = "Identity verified on 10 March 2026 by Brigitte Perez."
    checks = ((Check.NAME_MATCHES, CheckResult.MATCHES), (Check.EMAIL_ON_RECORD, CheckResult.DOES_NOT_MATCH))
    case = record_verification(service, ref, verification(Outcome.VERIFIED, checks=checks, summary=summary)).case
    entry = case.timeline[-1]
    head = sentence(entry.lines[0], "identity verification: {outcome} (method {route}; by {by} on {day})")
    assert head.values["by"] == ACTOR and head.values["day"] == date(2026, 3, 10)
    listed = nested(sentence(entry.lines[1], "checks: {checks}"), "checks")
    assert [c.template for c in listed] == ["{check}: {result}"] * 2
    assert not isinstance(entry.lines[2], Message)  # the summary is kept as the DPO concluded it
    assert entry.text.splitlines()[:3] == [
        "identity verification: verified (method email-unknown; by Brigitte Perez on 2026-03-10)",
        "checks: name-matches: matches, email-on-record: does-not-match",
        summary,
    ]


def test_a_verification_without_checks_says_so(service: CaseService) -> None:
    ref = open_case(service)
    entry = record_verification(service, ref, verification(Outcome.VERIFIED, checks=())).case.timeline[-1]
    assert sentence(entry.lines[1], "checks: none") == "checks: none"


def test_asking_for_more_information_records_what_is_to_be_asked(service: CaseService) -> None:
    ref = open_case(service)
    entry = record_verification(service, ref, verification(Outcome.MORE_INFORMATION_NEEDED)).case.timeline[-1]
    asked = the_line(entry, "to ask for: {items}")
    assert str(asked).startswith("to ask for: Your date of birth")
    assert asked in entry.text.splitlines()


def test_an_identity_not_established_erases_the_scan_and_calls_for_the_refusal(
    service: CaseService, tmp_path: Path
) -> None:
    ref = open_case(service)
    scan = tmp_path / "id-redacted.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16)
    kept = record_verification(service, ref, verification(Outcome.MORE_INFORMATION_NEEDED, scan=scan))
    keeping = the_line(kept.case.timeline[-1], "ID scan {filename} kept until the verification ends")
    assert keeping.values["filename"] == "id-redacted.png"
    ended = record_verification(service, ref, verification(Outcome.CANNOT_BE_VERIFIED)).case.timeline[-1]
    refusal = the_line(ended, "identity not established: the refusal letter (Art 11(2), 12(4)) is to be sent")
    erased = the_line(ended, "ID scan {filename} erased: the verification has ended, only its summary is kept")
    assert erased.values["filename"] == "id-redacted.png"
    assert {str(refusal), str(erased)} <= set(ended.text.splitlines())
    assert "ID scan id-redacted.png erased: the verification has ended, only its summary is kept" in ended.text


# e-mails ---------------------------------------------------------------------------------------------------------


def test_a_request_by_e_mail_opens_with_when_who_what_rights_and_the_files_kept(
    db: Database, summer: FixedClock, service: CaseService
) -> None:
    path = SAMPLES / "04-fr-lawyer-mandate.eml"
    [result] = import_messages(db, [path], clock=summer, actor=ACTOR)
    opened = service.load(result.reference).case.timeline[0]
    arrival = sentence(opened.lines[0], "Request received {day} {time} by e-mail from {sender}: “{subject}”")
    assert isinstance(arrival.values["day"], date) and arrival.values["time"] == "12:00"
    rights = sentence(opened.lines[1], "Rights: {rights}")
    assert rights.values["rights"] == (Right.MEDICAL_RECORD,)
    suggested = sentence(opened.lines[2], "Suggested by the text: {suggestions}")
    [suggestion] = nested(suggested, "suggestions")
    assert suggestion.template == "{right} ({words})" and suggestion.values["right"] is Right.MEDICAL_RECORD
    kept = sentence(opened.lines[-1], "Kept: {filename} (SHA-256 {sha256}…) and 1 attachment: {attachments}")
    assert kept.values["attachments"] == ("mandat-signe.pdf",)
    digest = sha256_hex(path.read_bytes())[:16]
    assert opened.text.splitlines() == [
        "Request received 2026-06-14 12:00 by e-mail from Maître Claire Lambert <c.lambert@avocats-example.fr>: "
        "“Demande de communication du dossier médical de Mme Sophie Martin”",
        "Rights: medical-record",
        "Suggested by the text: medical-record (“dossier médical”, “L.1111-7”)",
        "mandatary asking for Sophie Martin (from “conseil de”): proof of authority needed",
        f"Kept: 04-fr-lawyer-mandate.eml (SHA-256 {digest}…) and 1 attachment: mandat-signe.pdf",
    ]


def test_a_message_without_a_date_is_said_received_on_the_day_only(
    db: Database, summer: FixedClock, service: CaseService, tmp_path: Path
) -> None:
    path = tmp_path / "undated.eml"
    path.write_bytes(
        b"From: Jan Peeters <jan.peeters@example.be>\r\nTo: dpo@lazeo.com\r\nSubject: Verzoek\r\n\r\n"
        b"Graag verwijder mijn gegevens.\r\n"
    )
    [result] = import_messages(db, [path], clock=summer, actor=ACTOR)
    opened = service.load(result.reference).case.timeline[0]
    arrival = sentence(opened.lines[0], "Request received {day} by e-mail from {sender}: “{subject}”")
    assert arrival.values["day"] == summer.today()
    assert opened.text.startswith(
        f"Request received {summer.today().isoformat()} by e-mail from Jan Peeters <jan.peeters@example.be>: “Verzoek”"
    )


def test_a_reminder_joins_its_case_saying_why_with_the_message_text_kept_as_written(
    db: Database, summer: FixedClock, service: CaseService
) -> None:
    results = import_messages(db, [SAMPLES / "01-nl-access-gent.eml", SAMPLES / "06-nl-reminder.eml"],
                              clock=summer, actor=ACTOR)
    assert [r.outcome for r in results] == [ImportOutcome.CREATED, ImportOutcome.LINKED]
    linked = service.load(results[0].reference).case.timeline[-1]
    sentence(linked.lines[0], "Message received {day} {time} by e-mail from {sender}: “{subject}”")
    why = sentence(linked.lines[1], "matched {reference}: {reasons}")
    [reason] = nested(why, "reasons")
    assert reason.template == "same e-mail address"
    assert str(why) == f"matched {results[0].reference}: same e-mail address"
    body = [line for line in linked.lines if "Ik heb nog steeds geen antwoord ontvangen" in line]
    assert body and not isinstance(body[0], Message)  # the person's words are not a sentence of the program
    assert linked.text == "\n".join(linked.lines)
    assert results[1].line.endswith(f"(matched {results[0].reference}: same e-mail address)")


# scans -----------------------------------------------------------------------------------------------------------


def test_a_scanned_letter_opens_a_case_said_received_by_post(
    db: Database, clock: FixedClock, service: CaseService, tmp_path: Path
) -> None:
    path = tmp_path / "lettre.pdf"
    path.write_bytes(PDF)
    fields = ScanCaseFields(
        subject=DataSubject(name="Camille Moreau"), jurisdiction=Jurisdiction.FR, language=Language.FR,
        rights=(Right.ACCESS, Right.MEDICAL_RECORD), received=date(2026, 3, 9),
    )
    result = import_scan(db, path, clock=clock, actor=ACTOR, case_fields=fields)
    opened = service.load(result.reference).case.timeline[0]
    arrival = sentence(opened.lines[0], "Request received {day} by post (scanned letter)")
    assert arrival.values["day"] == date(2026, 3, 9)
    assert sentence(opened.lines[1], "Rights: {rights}").values["rights"] == fields.rights
    sentence(opened.lines[-1], "Kept: {filename} (SHA-256 {sha256}…)")
    assert opened.text.splitlines() == [
        "Request received 2026-03-09 by post (scanned letter)",
        "Rights: access, medical-record",
        f"Kept: lettre.pdf (SHA-256 {sha256_hex(PDF)[:16]}…)",
    ]


def test_a_scanned_letter_joined_to_a_case_says_when_it_came(
    db: Database, clock: FixedClock, service: CaseService, tmp_path: Path
) -> None:
    ref = open_case(service)
    path = tmp_path / "reply.pdf"
    path.write_bytes(PDF)
    import_scan(db, path, clock=clock, actor=ACTOR, case_fields=None, link_to=ref)
    linked = service.load(ref).case.timeline[-1]
    arrival = sentence(linked.lines[0], "Letter received {day} by post")
    assert arrival.values["day"] == clock.today()
    assert linked.text.splitlines()[0] == f"Letter received {clock.today().isoformat()} by post"


# sample data -----------------------------------------------------------------------------------------------------


def test_a_sample_case_opens_with_a_sentence_that_still_marks_it_as_a_sample(
    db: Database, clock: FixedClock, service: CaseService
) -> None:
    samples = SampleDataService(Workplace(db, clock))
    [reference] = samples.load(1, seed=7)
    case = service.load(reference).case
    [opened] = case.timeline
    line = sentence(opened.lines[0], "Sample case (demo data): received on {day}, {how}")
    assert line.values["day"] == case.received and line.values["how"] == channel_phrase(case.channel)
    assert opened.text == f"{SAMPLE_NOTE}: received on {case.received.isoformat()}, {channel_phrase(case.channel)}"
    assert samples.count() == 1
    assert samples.remove_all().references == (reference,)
