"""Hostile e-mails (issue 13): each is refused in one line before it costs time or memory, or read safely;
nothing is written for a refused file, and no header beyond the limits ever reaches the header parser."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import datetime
from email.headerregistry import HeaderRegistry
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.email_intake import ImportOutcome, IntakeRefused, import_email_lines, import_messages
from lazeo_desk.services.email_reading import parse_message
from lazeo_desk.services.html_text import html_to_text
from lazeo_desk.services.mail_limits import LIMITS, MailLimits
from lazeo_desk.store.database import Database
from lazeo_desk.store.documents import documents_of
from lazeo_desk.store.models import Base

ACTOR = "Brigitte Perez"
HEAD = b"From: Jan Peeters <jan.peeters@example.be>\r\nTo: dpo@lazeo.com\r\nDate: Mon, 09 Mar 2026 10:00:00 +0100\r\n"
REQUEST = b"Geachte,\r\n\r\nGraag inzage in mijn medisch dossier.\r\n\r\nJan Peeters\r\n"


@pytest.fixture
def summer(clock: FixedClock) -> FixedClock:
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    return clock


def snapshot(db: Database) -> dict[str, int]:
    """How many rows each table holds: equal snapshots, nothing written."""
    with db.engine.connect() as connection:
        return {
            name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in Base.metadata.tables.items()
        }


@pytest.fixture
def registry_sees(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, int]]]:
    """Every (header name, length of its value) the header registry is asked to interpret."""
    seen: list[tuple[str, int]] = []
    original = HeaderRegistry.__call__

    def spy(self: HeaderRegistry, name: str, value: str) -> Any:
        seen.append((name.lower(), len(value)))
        return original(self, name, value)

    monkeypatch.setattr(HeaderRegistry, "__call__", spy)
    yield seen


def nested(depth: int) -> bytes:
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n' % (level, level) for level in range(depth)
    )
    return HEAD + b"Subject: nested\r\n" + opening + b"Content-Type: text/plain\r\n\r\n" + REQUEST


def empty_parts(count: int) -> bytes:
    return (
        HEAD
        + b'Subject: parts\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b"Content-Type: text/plain\r\n\r\n"
        + REQUEST
        + b"--b\r\n\r\n" * count
        + b"--b--\r\n"
    )


def with_subject(value: bytes) -> bytes:
    return HEAD + b"Subject: " + value + b"\r\n\r\n" + REQUEST


ATTACKS = {
    # Issue 13: 2.8 MB of encoded words in the Subject drove the reader to 24 GB.
    "encoded words": (with_subject(b" ".join([b"=?utf-8?q?inzage?="] * 200_000)), "the 'Subject' header is"),
    # Issue 13: 200,000 empty parts took 68 s, since empty parts were skipped before any count.
    "empty parts": (empty_parts(200_000), "the message has more than 1000 parts"),
    "nesting": (nested(5_000), "the message nests parts more than 40 deep"),
    "one huge header line": (
        HEAD + b"Subject: x\r\nX-Junk: " + b"a" * (3 * 1024 * 1024) + b"\r\n\r\n" + REQUEST,
        "the 'X-Junk' header is 3145738 characters long; the limit is 65536",
    ),
    "Received headers": (
        b"Received: from relay.example.net by mx.lazeo.com; Mon, 09 Mar 2026 10:00:00 +0100\r\n" * 20_000
        + HEAD
        + b"Subject: hops\r\n\r\n"
        + REQUEST,
        "a header block has more than 500 header fields",
    ),
    "empty lines": (HEAD + b"Subject: lines\r\n\r\n" + REQUEST + b"\n" * 600_000, "more than 500000 lines"),
    "nested comments in From": (
        b"From: " + b"(" * 30_000 + b"\r\nSubject: comments\r\n\r\n" + REQUEST,
        "the message is nested too deeply to be read",
    ),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_hostile_message_is_refused_in_one_line_and_nothing_is_written(
    db: Database, summer: FixedClock, tmp_path: Path, attack: str, registry_sees: list[tuple[str, int]]
) -> None:
    data, reason = ATTACKS[attack]
    path = tmp_path / "hostile.eml"
    path.write_bytes(data)
    before = snapshot(db)
    lines, status = import_email_lines(db, [path], clock=summer, actor=ACTOR)
    assert status == 1
    [line] = lines
    assert line.startswith(f"{path}: rejected: ") and reason in line
    assert "\n" not in line
    assert snapshot(db) == before
    assert all(length <= LIMITS.header_bytes for _name, length in registry_sees)


def test_the_subject_of_encoded_words_never_reaches_the_header_parser(
    summer: FixedClock, registry_sees: list[tuple[str, int]]
) -> None:
    subject = b" ".join([b"=?utf-8?q?inzage?="] * 40)
    with pytest.raises(IntakeRefused, match="the 'Subject' header has 40 encoded words; the limit is 30"):
        parse_message(with_subject(subject), source="m.eml", clock=summer, limits=MailLimits(encoded_words=30))
    assert "subject" not in [name for name, _length in registry_sees]
    draft = parse_message(with_subject(subject), source="m.eml", clock=summer, limits=MailLimits(encoded_words=40))
    assert draft.subject == "inzage" * 40


def test_a_header_over_the_size_limit_is_refused_before_it_is_parsed(
    summer: FixedClock, registry_sees: list[tuple[str, int]]
) -> None:
    # Folded over many lines, as a mail program would write a long header: the whole field counts.
    subject = b"\r\n ".join([b"inzage"] * 200)
    limits = MailLimits(header_bytes=1000)
    with pytest.raises(IntakeRefused, match=r"the 'Subject' header is \d+ characters long; the limit is 1000"):
        parse_message(with_subject(subject), source="m.eml", clock=summer, limits=limits)
    assert registry_sees == []


def test_every_part_counts_against_the_limit_empty_or_not(summer: FixedClock) -> None:
    # The message itself and its text part are two parts; the empty ones count as well.
    limits = MailLimits(parts=12)
    draft = parse_message(empty_parts(10), source="m.eml", clock=summer, limits=limits)
    assert (draft.body.startswith("Geachte"), draft.attachments) == (True, ())
    with pytest.raises(IntakeRefused, match="the message has more than 12 parts"):
        parse_message(empty_parts(11), source="m.eml", clock=summer, limits=limits)


def test_nesting_is_counted_as_the_parts_open(summer: FixedClock) -> None:
    limits = MailLimits(nesting=4)
    assert parse_message(nested(3), source="m.eml", clock=summer, limits=limits).body.startswith("Geachte")
    with pytest.raises(IntakeRefused, match="the message nests parts more than 4 deep"):
        parse_message(nested(4), source="m.eml", clock=summer, limits=limits)


def test_header_fields_are_counted_per_block_and_in_the_whole_message(summer: FixedClock) -> None:
    received = b"Received: from relay.example.net by mx.lazeo.com; Mon, 09 Mar 2026 10:00:00 +0100\r\n"
    many = received * 20 + with_subject(b"inzage")
    assert parse_message(many, source="m.eml", clock=summer, limits=MailLimits(header_fields=30)).subject == "inzage"
    with pytest.raises(IntakeRefused, match="a header block has more than 20 header fields"):
        parse_message(many, source="m.eml", clock=summer, limits=MailLimits(header_fields=20))
    parts = (
        HEAD
        + b'Subject: parts\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        + b"--b\r\nContent-Type: text/plain\r\nX-A: 1\r\nX-B: 2\r\n\r\ninzage\r\n" * 10
        + b"--b--\r\n"
    )
    with pytest.raises(IntakeRefused, match="the message has more than 25 header fields"):
        parse_message(parts, source="m.eml", clock=summer, limits=MailLimits(all_header_fields=25))


def test_the_lines_of_a_message_are_counted_before_it_is_parsed(
    summer: FixedClock, registry_sees: list[tuple[str, int]]
) -> None:
    data = with_subject(b"inzage") + b"a\r\n" * 100
    with pytest.raises(IntakeRefused, match="the message has more than 100 lines"):
        parse_message(data, source="m.eml", clock=summer, limits=MailLimits(lines=100))
    assert registry_sees == []


def test_a_base64_text_within_the_file_limit_is_read(summer: FixedClock) -> None:
    text = REQUEST * 40_000  # 2.6 MB of text
    data = (
        HEAD
        + b"Subject: bomb\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(text)
    )
    draft = parse_message(data, source="m.eml", clock=summer)
    assert draft.body.startswith("Geachte,")
    assert len(draft.body) > 2_000_000


def test_unclosed_html_tags_are_read_as_the_text_they_are() -> None:
    # A few kilobytes of these kept Python's HTMLParser busy for minutes.
    markup = "<p>inzage</p>" + "<a " * 20_000
    converted = html_to_text(markup)
    assert converted.text.startswith("inzage\n<a <a")
    assert converted.text.count("<a") == 20_000


def test_unclosed_comments_and_declarations_hide_the_rest_of_the_markup() -> None:
    assert html_to_text("<p>inzage</p><!-- " + "<p>x" * 1_000).text == "inzage"
    assert html_to_text("<p>inzage</p><!DOCTYPE " + "-" * 1_000).text == "inzage"
    assert html_to_text("<p>inzage</p><script>" + "<p>x" * 1_000).text == "inzage"


def test_a_css_url_with_a_long_run_of_spaces_is_not_a_remote_reference() -> None:
    converted = html_to_text("<style>body{background:url(" + " " * 100_000 + "x)}</style><p>inzage</p>")
    assert (converted.text, converted.remote_references) == ("inzage", 0)


def test_beyond_the_tag_limit_the_tags_are_dropped_and_the_text_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from lazeo_desk.services import html_text

    monkeypatch.setattr(html_text, "MAX_TAGS", 10)
    converted = html_to_text("<p>een</p>" * 5 + "<div><b>twee</b></div>" * 5)
    assert converted.text.split() == ["een"] * 5 + ["twee"] * 5


# addresses ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sender",
    [
        # Issue 13: the decoded display text ran into the address.
        b"=?utf-8?q?victim=40example=2Ecom?=X-Injected",
        b"=?utf-8?q?victim=40example=2Ecom?= X-Injected",
        b"=?utf-8?q?victim@example.com?=X-Injected",
        b"=?utf-8?b?dmljdGltQGV4YW1wbGUuY29t?=",
        b"Jo <=?utf-8?q?victim=40example.com?=>",
        b"=?utf-8?q?victim=40example.com?=\r\n X-Injected",
    ],
)
def test_an_address_is_never_made_of_decoded_display_text(summer: FixedClock, sender: bytes) -> None:
    data = b"From: " + sender + b"\r\nSubject: inzage\r\n\r\n" + REQUEST
    draft = parse_message(data, source="m.eml", clock=summer)
    assert "victim@example.com" not in draft.sender_email
    assert draft.sender_email == ""
    assert any("is not a valid e-mail address" in w for w in draft.warnings)


def test_an_encoded_display_name_is_decoded_and_the_address_kept_as_written(summer: FixedClock) -> None:
    data = b"From: =?utf-8?q?victim=40example.com=3E?= <x@evil.example>\r\nSubject: inzage\r\n\r\n" + REQUEST
    draft = parse_message(data, source="m.eml", clock=summer)
    assert (draft.sender_name, draft.sender_email) == ("victim@example.com>", "x@evil.example")


def test_a_sender_with_an_injected_address_opens_a_case_without_that_address(
    db: Database, summer: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "m.eml"
    path.write_bytes(b"From: =?utf-8?q?victim=40example=2Ecom?=X-Injected\r\nSubject: inzage\r\n\r\n" + REQUEST)
    [result] = import_messages(db, [path], clock=summer, actor=ACTOR)
    # The name is the header as written; no address is taken, so no existing case can be matched through it.
    assert result.outcome is ImportOutcome.CREATED
    with db.transaction() as session:
        assert [d.kind for d in documents_of(session, result.reference)] == ["email"]


local_parts = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._-", min_size=1, max_size=12)
display = st.text(min_size=0, max_size=30)


@given(local_parts, display, st.sampled_from(["q", "b"]), st.sampled_from(["", " ", "X-Injected", " <x@evil.example>"]))
def test_any_encoded_text_in_from_never_becomes_an_address(
    local: str, name: str, encoding: str, tail: str
) -> None:
    clock = FixedClock(datetime(2026, 3, 10, 9, 30).astimezone())
    hidden = f"{name}{local}@example.com"
    if encoding == "b":
        word = f"=?utf-8?b?{base64.b64encode(hidden.encode()).decode()}?="
    else:
        word = "=?utf-8?q?" + "".join(f"={b:02X}" for b in hidden.encode()) + "?="
    data = f"From: {word}{tail}\r\nSubject: inzage\r\n\r\n".encode() + REQUEST
    try:
        draft = parse_message(data, source="m.eml", clock=clock)
    except IntakeRefused as refusal:
        assert "\n" not in str(refusal)
        return
    assert draft.sender_email in ("", "x@evil.example")


# header shapes -----------------------------------------------------------------------------------------------

SMALL = MailLimits(header_bytes=400, encoded_words=12, header_fields=20, all_header_fields=60, parts=8, nesting=4)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Subject", "From", "To", "Received", "Content-Type", "X-Junk", "References"]),
            st.lists(
                st.sampled_from(["inzage", "=?utf-8?q?inzage?=", "=?iso-8859-1?b?aW56YWdl?=", "<a@b.c>", ";", "("]),
                max_size=80,
            ),
            st.sampled_from([" ", "\r\n ", "\r\n\t"]),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_any_header_shape_is_read_or_refused_in_one_line_and_never_parsed_beyond_the_limits(
    headers: list[tuple[str, list[str], str]],
) -> None:
    clock = FixedClock(datetime(2026, 3, 10, 9, 30).astimezone())
    raw = b"".join(f"{name}: {fold.join(words)}\r\n".encode() for name, words, fold in headers)
    seen: list[int] = []
    original = HeaderRegistry.__call__

    def spy(self: HeaderRegistry, name: str, value: str) -> Any:
        seen.append(len(value))
        return original(self, name, value)

    refused = False
    HeaderRegistry.__call__ = spy  # type: ignore[method-assign]
    try:
        parse_message(raw + b"\r\n" + REQUEST, source="any.eml", clock=clock, limits=SMALL)
    except IntakeRefused as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        refused = True
    finally:
        HeaderRegistry.__call__ = original  # type: ignore[method-assign]
    assert all(length <= SMALL.header_bytes for length in seen)
    beyond = len(headers) > SMALL.header_fields or any(
        len(f"{name}: {fold.join(words)}\r\n") > SMALL.header_bytes + 2
        or sum(w.count("=?") for w in words) > SMALL.encoded_words
        for name, words, fold in headers
    )
    if beyond:
        assert refused


# MIME structure headers ----------------------------------------------------------------------------------------


def attachment_with(disposition: bytes, count: int = 1) -> bytes:
    part = b"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: " + disposition + b"\r\n\r\n%PDF-1.4\r\n"
    return (
        HEAD
        + b'Subject: scan\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b"Content-Type: text/plain\r\n\r\n"
        + REQUEST
        + part * count
        + b"--b--\r\n"
    )


def test_mime_structure_headers_are_read_as_text_and_never_handed_to_the_header_registry(
    summer: FixedClock, registry_sees: list[tuple[str, int]]
) -> None:
    # A few kilobytes of these cost Python's header registry a second each; here they are plain text.
    hostile = b'attachment; filename="' + b'<a> ""' * 600 + b'"'
    draft = parse_message(attachment_with(hostile, count=20), source="m.eml", clock=summer)
    assert len(draft.attachments) == 20
    assert not {"content-type", "content-disposition", "content-transfer-encoding"} & {n for n, _ in registry_sees}


def test_too_many_parameters_are_refused_before_anything_reads_them(summer: FixedClock) -> None:
    with pytest.raises(IntakeRefused, match="the 'Content-Disposition' header has 41 parameters; the limit is 40"):
        parse_message(attachment_with(b"attachment" + b"; a=b" * 41), source="m.eml", clock=summer)


@pytest.mark.parametrize(
    ("disposition", "name"),
    [
        (b'attachment; filename="=?UTF-8?B?Y2FydGUtaWRlbnRpdMOpLnBkZg==?="', "carte-identité.pdf"),
        (b"attachment; filename*=UTF-8''carte-identit%C3%A9.pdf", "carte-identité.pdf"),
        (b"attachment; filename*0*=UTF-8''carte-; filename*1*=identit%C3%A9.pdf", "carte-identité.pdf"),
        (b'attachment; filename="=?utf-8?q?a=2F..=2Fb.pdf?="', "b.pdf"),
    ],
)
def test_attachment_names_are_decoded_as_mail_programs_write_them(
    summer: FixedClock, disposition: bytes, name: str
) -> None:
    draft = parse_message(attachment_with(disposition), source="m.eml", clock=summer)
    assert [a.filename for a in draft.attachments] == [name]


def test_outlook_transport_headers_are_measured_like_an_emls() -> None:
    from lazeo_desk.services.mail_limits import MailTooHostile, parse_headers_bounded

    assert parse_headers_bounded("Subject: inzage\r\nFrom: a@example.be\r\n\r\n")["subject"] == "inzage"
    with pytest.raises(MailTooHostile, match="the 'Subject' header is"):
        parse_headers_bounded("Subject: " + "a" * 2_000 + "\r\n\r\n", MailLimits(header_bytes=1_000))


def test_a_forwarded_message_is_kept_with_its_headers_in_the_lines_they_came_in(summer: FixedClock) -> None:
    inner = (
        b"From: Jan Peeters <jan.peeters@example.be>\n"
        b"Received: from relay.example.net\n (by mx.example.be)\n id 42; Mon, 09 Mar 2026 10:00:00 +0100\n"
        b"X-Note: " + b"word " * 2_000 + b"\n"
        b"Subject: Verzoek\n\nIk vraag inzage.\n"
    )
    data = (
        HEAD
        + b'Subject: fwd\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b"Content-Type: text/plain\r\n\r\nZie bijlage.\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n"
        + inner
        + b"--b--\r\n"
    )
    [attached] = parse_message(data, source="m.eml", clock=summer).attachments
    assert attached.content.rstrip(b"\n") == inner.rstrip(b"\n")


# character sets ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        b"Subject: =?punycode?q?" + b"b7" * 30_000 + b"?=",
        b"Subject: =?IDNA?q?inzage?=",
        b"From: =?Punycode*en?b?YWJj?= <jan@example.be>",
        b"Content-Type: application/pdf\r\nContent-Disposition: attachment;\r\n filename*=\r\n punycode''"
        + b"b7" * 3_000,
    ],
)
def test_a_header_in_a_codec_that_is_no_mail_charset_is_refused_before_it_is_decoded(
    summer: FixedClock, header: bytes, registry_sees: list[tuple[str, int]]
) -> None:
    # Python decodes punycode in quadratic time: 80 KB cost two seconds.
    data = b"From: jan@example.be\r\n" + header + b"\r\nSubject: inzage\r\n\r\n" + REQUEST
    with pytest.raises(IntakeRefused, match=r"header is written in (?i:punycode|idna), which is no character set"):
        parse_message(data, source="m.eml", clock=summer)
    assert registry_sees == []


def test_a_body_in_a_codec_that_is_no_mail_charset_is_read_as_utf_8(summer: FixedClock) -> None:
    data = HEAD + b"Subject: inzage\r\nContent-Type: text/plain; charset=punycode\r\n\r\n" + REQUEST + b"b7" * 50_000
    draft = parse_message(data, source="m.eml", clock=summer)
    assert draft.body.startswith("Geachte,")
    assert any("unknown character set 'punycode'" in w for w in draft.warnings)
