"""Timeline entries keep their lines as sentences beside the English record, and read back whatever is stored."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import Message, said
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseService
from lazeo_desk.store.cases import load_row, row_to_case
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import EventRow
from lazeo_desk.store.sentences import decode_lines, encode_lines


def _case() -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.POST, received=date(2026, 3, 2),
        rights=(Right.ACCESS, Right.ERASURE), subject=DataSubject("Lotte Maes"),
    )


def test_every_kind_of_value_comes_back_as_it_was_kept() -> None:
    line = said(
        "{day} {moment} {status} {rights} {kind} {count} {flag} {nested} {free}",
        day=date(2026, 3, 2),
        moment=datetime(2026, 3, 2, 9, 30, tzinfo=ZoneInfo("Europe/Paris")),
        status=Status.IN_PROGRESS,
        rights=(Right.ACCESS, Right.ERASURE),
        kind=LetterKind.REFUSAL,
        count=3,
        flag=True,
        nested=said("(empty)"),
        free="Anaïs O'Brien-<Zoë> & Fils",
    )
    (back,) = decode_lines(encode_lines([line]))
    assert isinstance(back, Message)
    assert back.template == line.template
    assert dict(back.values) == dict(line.values)
    assert back == line


def test_plain_lines_are_kept_as_text_beside_sentences() -> None:
    lines = ["a note typed by the DPO", said("the note is empty")]
    back = decode_lines(encode_lines(lines))
    assert back == tuple(lines)
    assert not isinstance(back[0], Message) and isinstance(back[1], Message)


def test_lines_without_any_sentence_keep_nothing_beside_the_text() -> None:
    assert encode_lines(["only the DPO's words"]) is None


def test_damaged_or_unknown_stored_sentences_read_as_nothing() -> None:
    for stored in (None, "", "{", "{}", '[{"template": 3}]', '[{"template": "{x}", "values": {}}]',
                   '[{"template": "{x}", "values": {"x": {"word": "NoSuchWord", "value": "x"}}}]'):
        assert decode_lines(stored) == ()


@given(st.text(max_size=60))
def test_any_free_text_value_round_trips(text: str) -> None:
    (back,) = decode_lines(encode_lines([said("asked the requester for: {items}", items=text)]))
    assert isinstance(back, Message) and back.values["items"] == text


def test_a_field_change_is_kept_as_a_sentence_and_its_english_record_is_unchanged(
    db: Database, service: CaseService
) -> None:
    reference = service.open_case(_case())
    loaded = service.load(reference)
    edited = loaded.case
    edited.channel = Channel.EMAIL
    service.save(edited, expected_version=loaded.version)
    event = service.load(reference).case.timeline[-1]
    assert event.text == "channel: post → email"
    (line,) = event.lines
    assert isinstance(line, Message)
    assert line.template == "{field}: {old} → {new}"
    assert line.values["old"] is Channel.POST and line.values["new"] is Channel.EMAIL


def test_the_opening_entry_names_the_day_channel_and_rights(db: Database, service: CaseService) -> None:
    reference = service.open_case(_case())
    (opening,) = service.load(reference).case.timeline
    assert opening.text == "Request received on 2026-03-02, by post; rights: access, erasure"
    assert opening.lines[0].values["rights"] == (Right.ACCESS, Right.ERASURE)  # type: ignore[attr-defined]


def test_an_entry_written_before_sentences_were_kept_shows_its_text(db: Database, service: CaseService) -> None:
    reference = service.open_case(_case())
    with db.transaction() as session:
        session.execute(update(EventRow).values(sentences=None))
    with db.transaction() as session:
        (event,) = row_to_case(load_row(session, reference)).timeline
    assert event.lines == ()
    assert event.text.startswith("Request received on 2026-03-02")
