"""E-mail intake: messages become or join cases; bad input is refused in one line, nothing half-written."""

from __future__ import annotations

import hashlib
import io
import socket
import struct
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from lazeo_desk.domain.case import Jurisdiction, Language, Relationship
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services import intake_storage
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import (
    INTERNAL_ERROR,
    MAX_MESSAGE_BYTES,
    ImportOutcome,
    IntakeRefused,
    find_matches,
    import_email_lines,
    import_messages,
    parse_message,
    propose_case,
    read_message,
    store_draft,
)
from lazeo_desk.services.html_text import html_to_text
from lazeo_desk.services.untrusted_text import safe_filename
from lazeo_desk.store.database import Database
from lazeo_desk.store.documents import DocumentKind, documents_of, read_content
from lazeo_desk.store.models import Base

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = DATA / "requests"
CORPUS = DATA / "email_corpus"
ACTOR = "Brigitte Perez"


def sample(name: str) -> Path:
    return SAMPLES / name


@pytest.fixture
def summer(clock: FixedClock) -> FixedClock:
    """A day after every sample request arrived."""
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    return clock


def snapshot(db: Database) -> dict[str, int]:
    """How many rows each table holds (reference counters included): equal snapshots, nothing written."""
    with db.engine.connect() as connection:
        return {
            name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in Base.metadata.tables.items()
        }


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def message(
    *,
    sender: str = "Jan Peeters <jan.peeters@example.be>",
    subject: str = "Verzoek tot verwijdering",
    date_header: str | None = "Mon, 09 Mar 2026 10:00:00 +0100",
    body: str = "Geachte,\n\nGraag verwijder mijn gegevens.\n\nJan Peeters\n",
    extra: str = "",
) -> bytes:
    headers = [f"From: {sender}", "To: dpo@lazeo.com", f"Subject: {subject}"]
    if date_header is not None:
        headers.append(f"Date: {date_header}")
    text = "\r\n".join(headers) + ("\r\n" + extra.strip() if extra else "") + "\r\n\r\n" + body
    return text.encode("utf-8")


# the six sample requests ------------------------------------------------------------------------------------


EXPECTED = {
    "01-nl-access-gent.eml": (
        date(2026, 3, 5),
        (Right.ACCESS, Right.MEDICAL_RECORD),
        Language.NL,
        Jurisdiction.BE,
        "Ëlodie Vercammen",
    ),
    "02-fr-erasure-marketing-paris.eml": (
        date(2026, 4, 8),
        (Right.ERASURE, Right.OBJECTION),
        Language.FR,
        Jurisdiction.FR,
        "François Dupré",
    ),
    "03-en-portability-luxembourg.eml": (
        date(2026, 5, 23),
        (Right.PORTABILITY,),
        Language.EN,
        Jurisdiction.LU,
        "Mark O'Neill",
    ),
    "04-fr-lawyer-mandate.eml": (
        date(2026, 6, 14),
        (Right.MEDICAL_RECORD,),
        Language.FR,
        Jurisdiction.FR,
        "Sophie Martin",
    ),
    "05-fr-heir-deceased.eml": (
        date(2026, 7, 6),
        (Right.ACCESS, Right.MEDICAL_RECORD),
        Language.FR,
        Jurisdiction.FR,
        "Jean Bernard",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_sample_request_becomes_a_case_prefilled_from_the_message(
    db: Database, summer: FixedClock, service: CaseService, name: str
) -> None:
    received, rights, language, jurisdiction, person = EXPECTED[name]
    [result] = import_messages(db, [sample(name)], clock=summer, actor=ACTOR)
    assert result.outcome is ImportOutcome.CREATED, result.line
    case = service.load(result.reference).case
    assert (case.received, case.rights, case.language, case.jurisdiction) == (
        received,
        rights,
        language,
        jurisdiction,
    )
    assert case.subject.name == person
    assert case.request_text.startswith(read_message(sample(name), clock=summer).subject)
    assert case.channel.value == "email"


def test_the_first_sample_keeps_the_patients_address_and_birth_date_and_is_due_on_20_march(
    db: Database, summer: FixedClock, service: CaseService
) -> None:
    [result] = import_messages(db, [sample("01-nl-access-gent.eml")], clock=summer, actor=ACTOR)
    loaded = service.load(result.reference)
    assert loaded.case.subject.email == "elodie.vercammen@example.be"
    assert loaded.case.subject.birth_date == date(1987, 2, 14)
    assert loaded.case.subject.centre == "Gent"
    assert loaded.deadline.due == date(2026, 3, 20)
    assert result.line == f"{sample('01-nl-access-gent.eml')}: {result.reference}"


def test_the_lawyer_asks_for_her_client_and_the_signed_mandate_is_kept(
    db: Database, summer: FixedClock, service: CaseService
) -> None:
    path = sample("04-fr-lawyer-mandate.eml")
    [result] = import_messages(db, [path], clock=summer, actor=ACTOR)
    case = service.load(result.reference).case
    assert case.requester.relationship is Relationship.MANDATARY
    assert case.requester.email == "c.lambert@avocats-example.fr"
    assert case.subject.birth_date == date(1979, 9, 2)
    assert any("proof of authority" in note for note in result.notes)
    with db.transaction() as session:
        documents = documents_of(session, result.reference)
        assert [(d.kind, d.filename, d.media_type) for d in documents] == [
            ("email", "04-fr-lawyer-mandate.eml", "message/rfc822"),
            ("attachment", "mandat-signe.pdf", "application/pdf"),
        ]
        original, mandate = (read_content(session, d.id) for d in documents)
    assert original == path.read_bytes()
    assert mandate.startswith(b"%PDF-1.4")
    assert documents[1].sha256 == hashlib.sha256(mandate).hexdigest()


def test_the_heir_asks_for_his_late_fathers_file(
    db: Database, summer: FixedClock, service: CaseService
) -> None:
    [result] = import_messages(db, [sample("05-fr-heir-deceased.eml")], clock=summer, actor=ACTOR)
    case = service.load(result.reference).case
    assert case.subject.deceased
    assert (case.requester.relationship, case.requester.name) == (Relationship.HEIR, "Thomas Bernard")


def test_the_reminder_joins_the_case_opened_from_the_first_request(
    db: Database, summer: FixedClock, service: CaseService
) -> None:
    paths = sorted(SAMPLES.glob("0*.eml"))
    results = import_messages(db, paths, clock=summer, actor=ACTOR)
    first, reminder = results[0], results[-1]
    assert [r.outcome for r in results] == [ImportOutcome.CREATED] * 5 + [ImportOutcome.LINKED]
    assert reminder.reference == first.reference
    assert reminder.line.startswith(f"{paths[-1]}: linked to {first.reference}")
    case = service.load(first.reference).case
    event = case.timeline[-1]
    assert (event.kind, event.actor) == ("message-linked", ACTOR)
    assert "Ik heb nog steeds geen antwoord ontvangen" in event.text
    assert "same e-mail address" in event.text
    with db.transaction() as session:
        kinds = [(d.kind, d.filename) for d in documents_of(session, first.reference)]
    assert kinds == [("email", "01-nl-access-gent.eml"), ("email", "06-nl-reminder.eml")]
    assert snapshot(db)["cases"] == 5


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Fails any attempt to open a connection (a remote image fetched would be one)."""
    attempts: list[object] = []

    def refuse(*args: object, **_kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError("the intake tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


def test_the_reminders_remote_image_is_never_loaded(summer: FixedClock, no_network: list[object]) -> None:
    draft = read_message(sample("06-nl-reminder.eml"), clock=summer)
    assert "tracker.example.com" not in draft.body
    assert draft.body.startswith("Geachte,")


def test_an_html_only_message_is_read_as_text_and_its_remote_content_is_counted_not_loaded(
    summer: FixedClock, no_network: list[object]
) -> None:
    html = (
        "<html><head><style>body{background:url(https://x.example/bg.png)}</style><title>t</title></head>"
        "<body><p>Je demande l&#39;acc&egrave;s &agrave; mes donn&eacute;es.</p><script>alert(1)</script>"
        "<img src='https://tracker.example.com/p.gif'><img src=cid:logo><a href='https://lazeo.com'>lien</a>"
        "<table><tr><td>Nom</td><td>Dupont</td></tr></table></body></html>"
    )
    data = message(
        sender="Marie Dupont <marie@example.fr>",
        subject="Demande",
        body=html,
        extra="Content-Type: text/html; charset=utf-8",
    )
    draft = parse_message(data, source="html.eml", clock=summer)
    assert "Je demande l'accès à mes données." in draft.body
    assert "alert" not in draft.body and "<" not in draft.body
    assert "Nom Dupont" in " ".join(draft.body.split())
    assert draft.suggested_rights == (Right.ACCESS,)
    assert any("2 remote images" in w for w in draft.warnings)


def test_html_becomes_paragraphs_of_text() -> None:
    converted = html_to_text("<p>Een</p><p>Twee<br>Drie</p><ul><li>vier</li></ul>")
    assert converted.text.split("\n") == ["Een", "", "Twee", "Drie", "", "- vier"]
    assert converted.remote_references == 0


@given(
    st.text(max_size=300)
    | st.lists(st.sampled_from(["<p>", "</p>", "<img src='//x'>", "<!--", "<![", "&#", "<script>", "a"])).map(
        "".join
    )
)
def test_any_html_reads_as_text_without_raising(markup: str) -> None:
    converted = html_to_text(markup)
    assert converted.remote_references >= 0
    assert "\n\n\n" not in converted.text


# dates and headers ------------------------------------------------------------------------------------------


def test_the_received_date_is_the_message_date_in_local_time(summer: FixedClock) -> None:
    # 23:30 in New York on 5 March is 05:30 in Paris on 6 March: the request arrived on the 6th here.
    draft = parse_message(
        message(date_header="Thu, 05 Mar 2026 23:30:00 -0500"), source="m.eml", clock=summer
    )
    assert draft.received == date(2026, 3, 6)
    assert draft.sent_at is not None and draft.sent_at.hour == 5
    assert draft.warnings == ()


@pytest.mark.parametrize(
    ("date_header", "why"),
    [
        (None, "no Date"),
        ("", "no Date"),
        ("not a date at all", "cannot be read"),
        ("Thu, 45 Foo 2026 99:99:99 +0100", "cannot be read"),
        ("Fri, 01 Jan 2100 10:00:00 +0000", "in the future"),
    ],
)
def test_a_missing_unreadable_or_future_date_means_received_today_with_a_warning(
    summer: FixedClock, date_header: str | None, why: str
) -> None:
    draft = parse_message(message(date_header=date_header), source="m.eml", clock=summer)
    assert draft.received == summer.today()
    assert draft.sent_at is None
    assert any(why in w and "correct it" in w for w in draft.warnings)


def test_a_date_without_zone_is_read_as_utc(summer: FixedClock) -> None:
    draft = parse_message(
        message(date_header="Mon, 09 Mar 2026 23:30:00 -0000"), source="m.eml", clock=summer
    )
    assert draft.received == date(2026, 3, 10)


def test_encoded_headers_are_decoded(summer: FixedClock) -> None:
    data = message(
        sender="=?iso-8859-1?q?Fran=E7ois_Dupr=E9?= <F.Dupre@Example.FR>",
        subject="=?utf-8?b?RGVtYW5kZSBkJ2FjY8OocyDDoCBtZXMgZG9ubsOpZXM=?=",
    )
    draft = parse_message(data, source="m.eml", clock=summer)
    assert (draft.sender_name, draft.sender_email) == ("François Dupré", "F.Dupre@Example.FR")
    assert draft.subject == "Demande d'accès à mes données"


def test_an_encoded_word_in_an_unknown_charset_keeps_the_rest_of_the_header(summer: FixedClock) -> None:
    data = message(subject="Verzoek =?x-klingon?q?inzage?= dossier")
    draft = parse_message(data, source="m.eml", clock=summer)
    assert draft.subject.startswith("Verzoek")
    assert "dossier" in draft.subject


def test_a_body_in_an_unknown_charset_keeps_its_words_and_says_so(summer: FixedClock) -> None:
    body = "Je demande l'accès à mon dossier médical.".encode()
    raw = (
        b"From: Marie Dupont <marie@example.fr>\r\nSubject: Demande\r\n"
        b"Date: Mon, 09 Mar 2026 10:00:00 +0100\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-unknown-42\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body
    )
    draft = parse_message(raw, source="m.eml", clock=summer)
    assert draft.body == "Je demande l'accès à mon dossier médical."
    assert any("unknown character set 'x-unknown-42'" in w for w in draft.warnings)


def test_a_body_in_latin_1_without_a_charset_is_still_read(summer: FixedClock) -> None:
    raw = message(body="").replace(
        b"\r\n\r\n", b"\r\nContent-Type: text/plain\r\n\r\n"
    ) + "Données effacées".encode("latin-1")
    draft = parse_message(raw, source="m.eml", clock=summer)
    assert draft.body == "Données effacées"


def test_a_sender_without_a_name_is_named_by_the_address(summer: FixedClock) -> None:
    draft = parse_message(message(sender="anna@example.lu"), source="m.eml", clock=summer)
    proposal = propose_case(draft)
    assert proposal.case.subject.name == "anna@example.lu"
    assert any("no name" in a for a in proposal.assumptions)


def test_control_and_bidirectional_characters_do_not_reach_the_case(summer: FixedClock) -> None:
    data = message(
        sender="=?utf-8?q?Jan=E2=80=AE_Peeters=07?= <jan@example.be>", subject="Verzoek\x1b[31m rood"
    )
    draft = parse_message(data, source="m.eml", clock=summer)
    assert draft.sender_name == "Jan Peeters"
    assert "\x1b" not in draft.subject


# rights suggested -------------------------------------------------------------------------------------------


def test_a_message_that_names_no_right_opens_an_access_case_and_says_so(
    db: Database, summer: FixedClock, service: CaseService, tmp_path: Path
) -> None:
    path = write(tmp_path, "m.eml", message(subject="Vraag", body="Wat weten jullie over mij?\n"))
    [result] = import_messages(db, [path], clock=summer, actor=ACTOR)
    assert result.outcome is ImportOutcome.CREATED
    assert service.load(result.reference).case.rights == (Right.ACCESS,)
    assert "no right recognised in the text: access assumed" in result.notes
    assert "access assumed" in result.line


def test_the_suggestions_and_their_words_are_written_in_the_timeline(
    db: Database, summer: FixedClock, service: CaseService, tmp_path: Path
) -> None:
    [result] = import_messages(db, [write(tmp_path, "m.eml", message())], clock=summer, actor=ACTOR)
    opened = service.load(result.reference).case.timeline[0]
    assert opened.kind == "opened"
    assert "erasure (“verwijdering”, “verwijder”)" in opened.text


# the window's way: read, show, confirm, store --------------------------------------------------------------


def test_the_dpo_confirms_a_corrected_case_before_anything_is_stored(
    db: Database, summer: FixedClock, service: CaseService, tmp_path: Path
) -> None:
    draft = read_message(write(tmp_path, "m.eml", message()), clock=summer)
    before = snapshot(db)
    proposal = propose_case(draft)
    assert snapshot(db) == before
    assert find_matches(db, draft) == []
    corrected = replace(
        proposal.case,
        rights=(Right.ERASURE, Right.OBJECTION),
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
    )
    result = store_draft(db, draft, corrected, clock=summer, actor=ACTOR)
    assert result.outcome is ImportOutcome.CREATED
    stored = service.load(result.reference).case
    assert stored.rights == (Right.ERASURE, Right.OBJECTION)
    assert stored.timeline[0].actor == ACTOR


def test_the_dpo_can_link_a_message_to_a_case_of_their_choice(
    db: Database, summer: FixedClock, service: CaseService, tmp_path: Path
) -> None:
    [opened] = import_messages(db, [write(tmp_path, "a.eml", message())], clock=summer, actor=ACTOR)
    version = service.load(opened.reference).version
    summer.set(datetime(2026, 7, 10, 11, 0, tzinfo=summer.now().tzinfo))
    other = read_message(write(tmp_path, "b.eml", message(sender="Jan <jan.p@other.example>")), clock=summer)
    result = store_draft(db, other, None, clock=summer, actor=ACTOR, link_to=opened.reference.lower())
    assert (result.outcome, result.reference) == (ImportOutcome.LINKED, opened.reference)
    assert service.load(opened.reference).version == version + 1


def test_linking_to_a_case_that_does_not_exist_is_refused(
    db: Database, summer: FixedClock, tmp_path: Path
) -> None:
    draft = read_message(write(tmp_path, "m.eml", message()), clock=summer)
    before = snapshot(db)
    result = store_draft(db, draft, None, clock=summer, actor=ACTOR, link_to="DSAR-2026-0999")
    assert (result.outcome, result.reason) == (ImportOutcome.REJECTED, "no case DSAR-2026-0999 to link to")
    assert snapshot(db) == before


def test_a_case_the_rules_reject_is_refused_with_the_rule(
    db: Database, summer: FixedClock, tmp_path: Path
) -> None:
    draft = read_message(write(tmp_path, "m.eml", message()), clock=summer)
    invalid = replace(propose_case(draft).case, rights=())
    before = snapshot(db)
    result = store_draft(db, draft, invalid, clock=summer, actor=ACTOR)
    assert result.outcome is ImportOutcome.REJECTED
    assert result.reason == "rights: at least one right must be invoked"
    assert snapshot(db) == before


def test_a_reply_quoting_a_reference_joins_that_case(
    db: Database, summer: FixedClock, tmp_path: Path
) -> None:
    [opened] = import_messages(db, [write(tmp_path, "a.eml", message())], clock=summer, actor=ACTOR)
    reply = message(sender="Someone Else <else@example.fr>", subject=f"RE: votre courrier {opened.reference}")
    [linked] = import_messages(db, [write(tmp_path, "b.eml", reply)], clock=summer, actor=ACTOR)
    assert (linked.outcome, linked.reference) == (ImportOutcome.LINKED, opened.reference)


def test_the_named_person_with_birth_date_finds_the_case_opened_by_someone_else(
    db: Database, summer: FixedClock, tmp_path: Path
) -> None:
    first = message(
        sender="Sophie Martin <sophie@example.fr>", body="Mon dossier médical svp. Née le 02/09/1979."
    )
    [opened] = import_messages(db, [write(tmp_path, "a.eml", first)], clock=summer, actor=ACTOR)
    draft = read_message(sample("04-fr-lawyer-mandate.eml"), clock=summer)
    [match] = find_matches(db, draft)
    assert match.reference == opened.reference
    assert "same name and date of birth" in match.summary


# bad input --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty (0 bytes)"),
        (
            b"Hello, this is just a note with no headers at all.\n",
            "not an e-mail: no From, To, Subject or Date",
        ),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "not an e-mail: this is a PDF file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not an e-mail: this is a PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "not an e-mail: this is a ZIP archive"),
        (b'{"from": "json", "subject": "not mail"}', "not an e-mail"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "not a readable Outlook message"),
    ],
)
def test_a_file_that_is_not_an_email_is_refused_in_one_line_and_nothing_is_written(
    db: Database, summer: FixedClock, tmp_path: Path, content: bytes, reason: str
) -> None:
    if content.startswith(b"\xd0\xcf"):
        pytest.importorskip("extract_msg")
    path = write(tmp_path, "request.eml", content)
    before = snapshot(db)
    [result] = import_messages(db, [path], clock=summer, actor=ACTOR)
    assert result.outcome is ImportOutcome.REJECTED
    assert result.reason.startswith(reason)
    assert "\n" not in result.line
    assert snapshot(db) == before


def test_a_missing_file_or_a_folder_is_refused(db: Database, summer: FixedClock, tmp_path: Path) -> None:
    results = import_messages(db, [tmp_path / "gone.eml", tmp_path], clock=summer, actor=ACTOR)
    assert [r.reason for r in results] == ["no such file", "not a file"]


def test_a_message_larger_than_the_limit_is_refused_with_its_size_and_the_limit(
    db: Database, summer: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "huge.eml"
    with path.open("wb") as stream:
        stream.write(message(body=""))
        stream.truncate(MAX_MESSAGE_BYTES + 5 * 1024 * 1024)
    before = snapshot(db)
    [result] = import_messages(db, [path], clock=summer, actor=ACTOR)
    assert result.reason == "the message (attachments included) is 30.0 MiB; the limit is 25.0 MiB"
    assert snapshot(db) == before


def test_a_huge_attachment_given_as_bytes_is_refused_before_parsing(summer: FixedClock) -> None:
    with pytest.raises(IntakeRefused, match=r"is 25\.0 MiB; the limit is 25\.0 MiB \(attachments included\)"):
        parse_message(b"x" * (MAX_MESSAGE_BYTES + 1), source="big.eml", clock=summer)


def test_a_message_without_a_sender_is_refused(db: Database, summer: FixedClock, tmp_path: Path) -> None:
    path = write(
        tmp_path, "m.eml", b"Subject: anonymous\r\nDate: Mon, 09 Mar 2026 10:00:00 +0100\r\n\r\nhi\r\n"
    )
    [result] = import_messages(db, [path], clock=summer, actor=ACTOR)
    assert result.reason == "the message names no sender: a case needs the person's name"


def test_the_same_message_imported_twice_is_refused_the_second_time(
    db: Database, summer: FixedClock, tmp_path: Path
) -> None:
    path = write(tmp_path, "m.eml", message())
    [first] = import_messages(db, [path], clock=summer, actor=ACTOR)
    before = snapshot(db)
    [second] = import_messages(db, [path], clock=summer, actor=ACTOR)
    assert second.reason == f"already imported on {first.reference} (m.eml)"
    assert snapshot(db) == before


def test_a_failure_while_storing_leaves_the_database_as_it_was(
    db: Database, summer: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [opened] = import_messages(db, [write(tmp_path, "a.eml", message())], clock=summer, actor=ACTOR)
    real_add = intake_storage.add_document

    def fail_on_attachments(*args: object, **kwargs: object) -> object:
        if kwargs["kind"] is DocumentKind.ATTACHMENT:
            raise OSError("disk pulled out")
        return real_add(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(intake_storage, "add_document", fail_on_attachments)
    with_attachment = write(tmp_path, "b.eml", MULTIPART.replace(b"Jan Peeters <jan", b"Piet Smet <piet"))
    reminder = write(tmp_path, "c.eml", MULTIPART)
    before = snapshot(db)
    results = import_messages(db, [with_attachment, reminder], clock=summer, actor=ACTOR)
    assert [r.outcome for r in results] == [ImportOutcome.REJECTED, ImportOutcome.REJECTED]
    assert all(r.reason == f"{INTERNAL_ERROR}: disk pulled out" for r in results)
    assert snapshot(db) == before
    monkeypatch.undo()
    [again] = import_messages(db, [reminder], clock=summer, actor=ACTOR)
    assert (again.outcome, again.reference) == (ImportOutcome.LINKED, opened.reference)


MULTIPART = b"""From: Jan Peeters <jan.peeters@example.be>
To: dpo@lazeo.com
Subject: Inzage
Date: Mon, 09 Mar 2026 10:00:00 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Ik vraag inzage.
--b1
Content-Type: application/pdf
Content-Disposition: attachment; filename="../../etc/passwd"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--b1
Content-Type: image/png
Content-Disposition: attachment; filename*=utf-8''%2Fabs%2Fpath%2Fscan%E2%80%AEgnp.exe
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--b1
Content-Type: application/octet-stream
Content-Disposition: attachment; filename="empty.bin"

--b1--
"""


def test_attachment_names_are_made_safe_and_empty_attachments_are_not_kept(summer: FixedClock) -> None:
    draft = parse_message(MULTIPART, source="m.eml", clock=summer)
    assert [(a.filename, a.media_type) for a in draft.attachments] == [
        ("passwd", "application/pdf"),
        ("scangnp.exe", "image/png"),
    ]
    assert "1 empty attachment not kept" in draft.warnings


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd", "passwd"),
        ("/absolute/path/mandat.pdf", "mandat.pdf"),
        ("C:\\Users\\x\\Desktop\\id.jpg", "id.jpg"),
        ("..", "attachment-1.pdf"),
        ("", "attachment-1.pdf"),
        ("bad\x00na\x07me\r\n.pdf", "badname .pdf"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("CON.txt", "_CON.txt"),
        ("nul", "_nul"),
        ('what?<>|*".pdf', "what______.pdf"),
        ("é" * 200 + ".pdf", "é" * 125 + ".pdf"),
    ],
)
def test_an_attachment_name_names_one_file_in_no_folder(name: str, safe: str) -> None:
    assert safe_filename(name, fallback="attachment-1", media_type="application/pdf") == safe


@given(st.text())
def test_any_attachment_name_becomes_a_safe_one(name: str) -> None:
    safe = safe_filename(name, fallback="attachment-1")
    assert safe and safe not in (".", "..")
    assert "/" not in safe and "\\" not in safe
    assert len(safe.encode("utf-8")) <= 255
    assert all(ord(c) >= 32 and c not in "\u202e\u202d\u200e\u200f\x7f" for c in safe)


HEAD = b"From: a@example.be\r\nSubject: x\r\n"


@pytest.mark.parametrize(
    "raw",
    [
        # a multipart without boundary
        HEAD + b"Content-Type: multipart/mixed\r\n\r\nIk vraag inzage.\r\n",
        # a boundary that never closes
        HEAD + b'Content-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\n'
        b"Content-Type: text/plain\r\n\r\nIk vraag inzage.\r\n",
        # broken base64 and a bogus transfer encoding
        HEAD + b"Content-Transfer-Encoding: base64\r\n\r\nSWsgdnJhYWcgaW56YWdl!!!=\r\n",
        HEAD + b"Content-Transfer-Encoding: x-weird\r\n\r\nIk vraag inzage.\r\n",
        # headers in raw 8-bit and a folded header
        "From: Zoë <a@example.be>\r\nSubject: ü\r\n\tcontinued\r\n\r\nIk vraag inzage.\r\n".encode("latin-1"),
        # a charset that names no text encoding
        HEAD + b"Content-Type: text/plain; charset=hex\r\n\r\nIk vraag inzage.\r\n",
    ],
)
def test_broken_mime_is_read_for_what_it_holds(summer: FixedClock, raw: bytes) -> None:
    draft = parse_message(raw, source="m.eml", clock=summer)
    assert draft.sender_email == "a@example.be"
    assert draft.body.startswith("Ik vraag inzage")
    assert Right.ACCESS in draft.suggested_rights


def test_raw_8_bit_headers_are_read_as_windows_1252(summer: FixedClock) -> None:
    raw = "From: Zoë <a@example.be>\r\nSubject: inzage ü\r\n\tcontinued\r\n\r\nIk vraag inzage.\r\n"
    draft = parse_message(raw.encode("cp1252"), source="m.eml", clock=summer)
    assert (draft.sender_name, draft.subject) == ("Zoë", "inzage ü continued")


def test_nesting_beyond_reason_is_refused(summer: FixedClock) -> None:
    depth = 60
    head = b"From: a@example.be\r\nSubject: x\r\n"
    parts = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i) for i in range(depth)
    )
    with pytest.raises(IntakeRefused, match="nested|nests"):
        parse_message(
            head + parts + b"Content-Type: text/plain\r\n\r\nhi\r\n", source="deep.eml", clock=summer
        )


header_lines = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "From",
                "Subject",
                "Date",
                "Content-Type",
                "Content-Transfer-Encoding",
                "Content-Disposition",
                "MIME-Version",
                "X-Junk",
            ]
        ),
        st.text(max_size=60),
    ),
    max_size=8,
)


@given(header_lines, st.binary(max_size=500))
def test_any_message_is_read_or_refused_in_one_line(headers: list[tuple[str, str]], body: bytes) -> None:
    clock = FixedClock(datetime(2026, 3, 10, 9, 30).astimezone())
    raw = b"".join(f"{name}: {value}\r\n".encode("utf-8", "surrogatepass") for name, value in headers)
    try:
        draft = parse_message(raw + b"\r\n" + body, source="any.eml", clock=clock)
    except IntakeRefused as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        return
    for text in (
        draft.sender_name,
        draft.sender_email,
        draft.subject,
        *(a.filename for a in draft.attachments),
    ):
        assert "\n" not in text and "\x00" not in text
    draft.request_text.encode("utf-8")
    propose_case(draft)


@given(st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_in_one_line(data: bytes) -> None:
    clock = FixedClock(datetime(2026, 3, 10, 9, 30).astimezone())
    try:
        draft = parse_message(data, source="any.eml", clock=clock)
    except IntakeRefused as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        return
    assert draft.received <= clock.today()
    assert draft.original == data


# the command line -------------------------------------------------------------------------------------------


def test_the_command_prints_one_line_per_file_and_fails_when_any_was_rejected(
    db: Database, summer: FixedClock, tmp_path: Path
) -> None:
    good = write(tmp_path, "good.eml", message())
    bad = write(tmp_path, "bad.eml", b"")
    lines, status = import_email_lines(db, [good, bad], clock=summer, actor=ACTOR)
    assert lines == [f"{good}: DSAR-2026-0001", f"{bad}: rejected: the file is empty (0 bytes)"]
    assert status == 1
    lines, status = import_email_lines(
        db, [write(tmp_path, "again.eml", message(subject="Nog eens"))], clock=summer, actor=ACTOR
    )
    assert lines == [
        f"{tmp_path / 'again.eml'}: linked to DSAR-2026-0001 (matched DSAR-2026-0001: same e-mail address)"
    ]
    assert status == 0
    assert import_email_lines(db, [], clock=summer, actor=ACTOR) == (["no file to import"], 2)


# Outlook ----------------------------------------------------------------------------------------------------


def outlook_message(headers: str, body: str, attachments: tuple[tuple[str, str, bytes], ...] = ()) -> bytes:
    """A minimal Outlook .msg file ([MS-OXMSG]): transport headers, plain body, attachments by value."""
    from extract_msg.ole_writer import OleWriter

    writer = OleWriter()
    properties = bytearray(8) + struct.pack("<IIII", 0, len(attachments), 0, len(attachments)) + bytearray(8)

    def stream(path: str, tag: str, data: bytes, table: bytearray) -> None:
        writer.addEntry(f"{path}__substg1.0_{tag}", data)
        kind, ident = int(tag[4:], 16), int(tag[:4], 16)
        table += struct.pack("<HHIII", kind, ident, 6, len(data) + (2 if kind == 0x1F else 0), 0)

    stream("", "001A001F", "IPM.Note".encode("utf-16-le"), properties)
    stream("", "007D001F", headers.encode("utf-16-le"), properties)
    stream("", "1000001F", body.encode("utf-16-le"), properties)
    for index, (name, media_type, data) in enumerate(attachments):
        folder = f"__attach_version1.0_#{index:08X}"
        writer.addEntry(folder, storage=True)
        table = bytearray(8)
        stream(f"{folder}/", "3707001F", name.encode("utf-16-le"), table)
        stream(f"{folder}/", "370E001F", media_type.encode("utf-16-le"), table)
        stream(f"{folder}/", "37010102", data, table)
        table += struct.pack("<HHIII", 0x0003, 0x3705, 6, 1, 0)  # attached by value
        writer.addEntry(f"{folder}/__properties_version1.0", bytes(table))
    writer.addEntry("__nameid_version1.0", storage=True)
    for tag in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{tag}", b"")
    writer.addEntry("__properties_version1.0", bytes(properties))
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def test_an_outlook_message_is_read_like_an_eml(
    db: Database, summer: FixedClock, service: CaseService, tmp_path: Path
) -> None:
    pytest.importorskip("extract_msg")
    data = outlook_message(
        "From: =?utf-8?q?No=C3=A9mie_Claes?= <noemie.claes@example.be>\r\n"
        "Subject: Verzoek tot verwijdering\r\n"
        "Date: Mon, 09 Mar 2026 08:15:00 +0100\r\n\r\n",
        "Geachte,\r\n\r\nGraag verwijder mijn gegevens en mijn medisch dossier niet.\r\n",
        (("../identiteitskaart.pdf", "application/pdf", b"%PDF-1.4 id"),),
    )
    path = write(tmp_path, "verzoek.msg", data)
    draft = read_message(path, clock=summer)
    assert (draft.sender_name, draft.sender_email) == ("Noémie Claes", "noemie.claes@example.be")
    assert draft.received == date(2026, 3, 9)
    assert Right.ERASURE in draft.suggested_rights
    assert [(a.filename, a.media_type, a.content) for a in draft.attachments] == [
        ("identiteitskaart.pdf", "application/pdf", b"%PDF-1.4 id")
    ]
    [result] = import_messages(db, [path], clock=summer, actor=ACTOR)
    with db.transaction() as session:
        kinds = [(d.kind, d.filename, d.media_type) for d in documents_of(session, result.reference)]
    assert kinds == [
        ("email", "verzoek.msg", "application/vnd.ms-outlook"),
        ("attachment", "identiteitskaart.pdf", "application/pdf"),
    ]
    assert service.load(result.reference).case.language is Language.NL


def test_an_outlook_message_without_headers_or_date_falls_back_to_today(summer: FixedClock) -> None:
    pytest.importorskip("extract_msg")
    draft = parse_message(outlook_message("", "Je demande l'accès."), source="x.msg", clock=summer)
    assert draft.received == summer.today()
    assert any("no Date" in w for w in draft.warnings)
    assert any("no sender" in w for w in draft.warnings)


# the corpus -------------------------------------------------------------------------------------------------


def corpus() -> list[Path]:
    return sorted(
        p for p in CORPUS.iterdir() if p.suffix in (".eml", ".txt") and p.name.startswith(("msg_", "cpython"))
    )


def test_the_corpus_is_there() -> None:
    assert len(corpus()) >= 200


def test_every_corpus_message_is_imported_or_cleanly_refused(db: Database, summer: FixedClock) -> None:
    results = import_messages(db, corpus(), clock=summer, actor=ACTOR)
    assert len(results) == len(corpus())
    for result in results:
        assert not result.reason.startswith(INTERNAL_ERROR), result.line
        assert "\n" not in result.line
        if result.outcome is ImportOutcome.REJECTED:
            assert result.reason
        else:
            assert result.reference.startswith("DSAR-")
    stored = sum(r.outcome is not ImportOutcome.REJECTED for r in results)
    with db.transaction() as session:
        emails = sum(
            1
            for r in {r.reference for r in results if r.reference}
            for d in documents_of(session, r)
            if d.kind == "email"
        )
    assert emails == stored
    assert stored > 50
