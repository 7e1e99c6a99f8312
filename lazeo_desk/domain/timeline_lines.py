"""A timeline entry's lines as a person reads them: whole sentences, each said once, none empty.

The lines kept in the database are the record and are never rewritten; this is how they are read. Entries kept by
earlier versions name the channel as a label glued into the sentence ("received 1 Nov 2026 by In person") and mark
an empty field "(empty)": they are said again with today's sentences, so that old and new entries read alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from lazeo_desk.domain.case import Channel
from lazeo_desk.domain.messages import Message, said
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.sentence_words import channel_phrase

# The sentences of services/cases.py and services/identity.py this module recognises, by their templates.
EMPTY = "(empty)"
FIELD_CHANGED = "{field}: {old} → {new}"
VERIFICATION = "identity verification: {outcome} (method {route}; by {by} on {day})"
CHECKS = "checks: {checks}"
NO_CHECKS = "checks: none"
TO_ASK_FOR = "to ask for: {items}"


def request_received(channel: Channel, *, day: date, rights: Sequence[Right]) -> Message:
    """The first line of a case opened by hand: when and how it came, and the rights it invokes."""
    return said(
        "Request received on {day}, {how}; rights: {rights}", day=day, how=channel_phrase(channel), rights=rights
    )


def sample_received(channel: Channel, *, day: date) -> Message:
    """The first line of a sample case (its start, "Sample case (demo data):", marks the case as a sample)."""
    return said("Sample case (demo data): received on {day}, {how}", day=day, how=channel_phrase(channel))


def _said_again(build: Callable[..., Message]) -> Callable[[Mapping[str, object]], Message | None]:
    def again(values: Mapping[str, object]) -> Message | None:
        channel = values.get("channel")
        if not isinstance(channel, Channel):
            return None
        return build(channel, **{name: value for name, value in values.items() if name != "channel"})

    return again


# Sentences of earlier versions and how they are said now (None: as they were kept).
_EARLIER: dict[str, Callable[[Mapping[str, object]], Message | None]] = {
    "Request received {day} by {channel}; rights: {rights}": _said_again(request_received),
    "Sample case (demo data): received {day} by {channel}": _said_again(sample_received),
}


# Words kept as keys by earlier sentences (how a letter was sent), and the words a sentence uses for them.
_KEYS_AS_WORDS: dict[str, Message] = {
    "registered-post": said("registered post"),
    "email": said("e-mail"),
    "hand-delivery": said("hand delivery"),
}


def _with_words(line: Message) -> Message:
    if not any(isinstance(v, Message) and v.template in _KEYS_AS_WORDS for v in line.values.values()):
        return line
    return Message(
        line.template,
        {
            name: _KEYS_AS_WORDS[value.template]
            if isinstance(value, Message) and value.template in _KEYS_AS_WORDS
            else value
            for name, value in line.values.items()
        },
    )


OUTCOME_WITH_GROUND = "outcome {right}: {outcome} ({ground})"
# The refusal grounds a refusal letter records as the outcome's ground, by their stored keys (letters/context.py,
# RefusalGround), with the reasons typed after a colon.
_REFUSAL_GROUNDS: dict[str, Message] = {
    "identity-not-established": said("identity not established"),
    "manifestly-unfounded": said("manifestly unfounded request"),
    "excessive": said("excessive request"),
}


def _ground_in_words(line: Message) -> Message:
    ground = line.values.get("ground")
    if not isinstance(ground, str) or isinstance(ground, Message):
        return line
    key, colon, reasons = ground.partition(":")
    words = _REFUSAL_GROUNDS.get(key.strip())
    if words is None:
        return line
    said_ground = said("{ground}: {reasons}", ground=words, reasons=reasons.strip()) if reasons.strip() else words
    return Message(line.template, {**line.values, "ground": said_ground})


def _is_empty(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, Message) and value.template == EMPTY)


# A date set on the case reads as what happened that day ("answered on 10 March 2026"), by its field's label.
_DAY_SET: dict[str, Callable[[object], Message]] = {
    "answered": lambda day: said("answered on {day}", day=day),
    "closed": lambda day: said("closed on {day}", day=day),
    "completed": lambda day: said("complete on {day}", day=day),
    "awaiting since": lambda day: said("awaiting the requester since {day}", day=day),
    "information requested": lambda day: said("information asked for on {day}", day=day),
    "extension notice date": lambda day: said("extension notified on {day}", day=day),
}


def _field_change(line: Message) -> Message | None:
    """A field's change said as a person would: set, cleared or changed, never "(empty)"; None when unchanged."""
    field, old, new = (line.values.get(name) for name in ("field", "old", "new"))
    if _is_empty(old) and _is_empty(new):
        return None
    if _is_empty(old):
        day_set = _DAY_SET.get(field.template) if isinstance(field, Message) else None
        if day_set is not None:
            return day_set(new)
        return said("{field} set to {new}", field=field, new=new)
    if _is_empty(new):
        if isinstance(field, Message) and field.template == "awaiting since":
            return said("no longer awaiting the requester (since {day})", day=old)
        return said("{field} cleared (was {old})", field=field, old=old)
    return line


def _said_now(line: Message) -> Message | None:
    line = _with_words(line)
    again = _EARLIER.get(line.template)
    if again is not None:
        try:
            return again(line.values) or line
        except TypeError:  # values that do not fit the sentence of today: the line is said as it was kept
            return line
    if line.template == FIELD_CHANGED:
        return _field_change(line)
    if line.template == NO_CHECKS:
        return said("no check was made")
    if line.template == OUTCOME_WITH_GROUND:
        return _ground_in_words(line)
    return line


def _plain_lines(text: str) -> list[str]:
    return [part.rstrip() for part in text.splitlines() if part.strip()]


def readable_lines(kind: str, lines: Sequence[str]) -> list[str]:
    """``lines`` of a timeline entry of ``kind`` as they are shown: sentences of today, no empty line, no repeat.

    A verification summary (identity, kept in the words the DPO concluded in) already says the outcome, the
    method, who, when, the checks and what was asked: the sentences that say the same are left out beside it.
    """
    summary = kind == "identity" and any(not isinstance(line, Message) and line.strip() for line in lines)
    repeated = {VERIFICATION, CHECKS, NO_CHECKS, TO_ASK_FOR} if summary else set()
    shown: list[str] = []
    for line in lines:
        if isinstance(line, Message):
            if line.template in repeated:
                continue
            now = _said_now(line)
            parts: list[str] = [] if now is None or not now.strip() else [now]
        else:
            parts = _plain_lines(str(line))
        for part in parts:
            if part not in shown:
                shown.append(part)
    return shown
