"""A timeline entry's lines are read as today's sentences: channel as a phrase, no "(empty)", no blank, no repeat."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from lazeo_desk.domain.case import Channel
from lazeo_desk.domain.messages import Message, said
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.sentence_words import channel_phrase
from lazeo_desk.domain.timeline_lines import EMPTY, readable_lines, request_received


def _change(old: object, new: object) -> Message:
    return said("{field}: {old} → {new}", field=said("patient number"), old=old, new=new)


def test_every_channel_has_a_phrase_of_its_own() -> None:
    assert {channel: str(channel_phrase(channel)) for channel in Channel} == {
        Channel.POST: "by post", Channel.EMAIL: "by e-mail", Channel.IN_PERSON: "in person",
        Channel.WEB_FORM: "through the website's form", Channel.PHONE: "by phone",
        Channel.DOCTOLIB: "through Doctolib",
    }


def test_the_opening_says_the_day_then_how_the_request_came() -> None:
    line = request_received(Channel.IN_PERSON, day=date(2026, 11, 1), rights=(Right.ACCESS,))
    assert line == "Request received on 2026-11-01, in person; rights: access"


def test_an_opening_kept_by_an_earlier_version_is_said_again_with_the_channel_as_a_phrase() -> None:
    old = said("Request received {day} by {channel}; rights: {rights}", day=date(2026, 11, 1),
               channel=Channel.IN_PERSON, rights=(Right.ACCESS,))
    assert readable_lines("opened", [old]) == ["Request received on 2026-11-01, in person; rights: access"]


def test_a_field_set_or_cleared_names_no_empty_value_and_an_unchanged_one_is_left_out() -> None:
    empty = said(EMPTY)
    lines = readable_lines("edited", [_change(empty, "P-1"), _change("P-1", empty), _change(empty, empty),
                                      _change("P-1", "P-2")])
    assert lines == ["patient number set to P-1", "patient number cleared (was P-1)", "patient number: P-1 → P-2"]
    assert not any("(empty)" in line for line in lines)


def test_a_date_set_on_the_case_reads_as_what_happened_that_day() -> None:
    answered = said("{field}: {old} → {new}", field=said("answered"), old=said(EMPTY), new=date(2026, 3, 10))
    awaiting = said("{field}: {old} → {new}", field=said("awaiting since"), old=said(EMPTY), new=date(2026, 3, 2))
    assert readable_lines("status", [answered, awaiting]) == [
        "answered on 2026-03-10", "awaiting the requester since 2026-03-02"
    ]
    resumed = said("{field}: {old} → {new}", field=said("awaiting since"), old=date(2026, 3, 2), new=said(EMPTY))
    assert readable_lines("resumed", [resumed]) == ["no longer awaiting the requester (since 2026-03-02)"]


def test_blank_lines_and_repeats_are_left_out() -> None:
    note = "Geachte,\n\n   \nDank u.\n"
    lines = readable_lines("note", [note, "", said("no change"), said("no change")])
    assert lines == ["Geachte,", "Dank u.", "no change"]
    assert "; ;" not in "; ".join(lines)


def test_a_verification_with_its_summary_is_said_once() -> None:
    lines = [
        said("identity verification: {outcome} (method {route}; by {by} on {day})", outcome="verified",
             route="post", by="BP", day=date(2026, 3, 2)),
        said("checks: none"),
        "Vérifiée le 2 mars 2026 par BP. Méthode : courrier. Vérifications : aucune.",
        said("to ask for: {items}", items="Your date of birth"),
        said("{field}: {old} → {new}", field=said("status"), old="new", new="in-progress"),
    ]
    assert readable_lines("identity", lines) == [lines[2], lines[4]]
    # Without a summary the sentences stay, and "checks: none" says that no check was made.
    assert readable_lines("identity", [lines[0], lines[1]]) == [lines[0], "no check was made"]


@given(st.lists(st.text(alphabet=" \n;ab", max_size=12), max_size=6))
def test_no_line_shown_is_blank_or_repeated(texts: list[str]) -> None:
    lines = readable_lines("note", texts)
    assert all(line.strip() for line in lines)
    assert len(lines) == len(set(lines))


def test_a_refusal_ground_kept_as_its_key_is_said_in_words_and_a_typed_ground_as_typed() -> None:
    def outcome(ground: str) -> Message:
        return said("outcome {right}: {outcome} ({ground})", right=Right.ACCESS, outcome="refused", ground=ground)

    assert readable_lines("letter", [outcome("identity-not-established: no reply to two letters")]) == [
        "outcome access: refused (identity not established: no reply to two letters)"
    ]
    assert readable_lines("letter", [outcome("excessive")]) == ["outcome access: refused (excessive request)"]
    assert readable_lines("outcome", [outcome("art. 17(3)")]) == ["outcome access: refused (art. 17(3))"]


def test_an_earlier_opening_whose_channel_was_not_kept_as_a_word_is_said_as_it_was_kept() -> None:
    kept = said("Request received {day} by {channel}; rights: {rights}", day=date(2026, 3, 2), channel="Post",
                rights=(Right.ACCESS,))
    assert readable_lines("opened", [kept]) == [kept]
