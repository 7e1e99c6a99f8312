"""Sentences kept in the database: a timeline entry's lines as templates and values, in JSON.

The English text of an entry is the record; these are kept beside it so that the window can say the same lines in
the reader's language. Values keep their kind (a date, a status, a right, a nested sentence) so that they are shown
as the reader expects. What cannot be read back (a damaged or future format) gives plain text, never an error: the
English text is always there.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any

from lazeo_desk.domain.messages import Message
from lazeo_desk.domain.sentence_words import word_class, word_key


def _value(value: object) -> Any:
    if isinstance(value, Message):
        return {"said": _sentence(value)}
    if isinstance(value, Enum) and (key := word_key(value)) is not None:
        return {"word": key, "value": value.value}
    if isinstance(value, datetime):
        return {"moment": value.isoformat()}
    if isinstance(value, date):
        return {"day": value.isoformat()}
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, tuple | list):
        return {"list": [_value(item) for item in value]}
    return str(value)


def _sentence(message: Message) -> dict[str, Any]:
    return {"template": message.template, "values": {name: _value(v) for name, v in message.values.items()}}


def encode_lines(lines: Sequence[str]) -> str | None:
    """The JSON kept for ``lines``; None when none of them is a sentence (nothing to translate)."""
    if not any(isinstance(line, Message) for line in lines):
        return None
    return json.dumps(
        [_sentence(line) if isinstance(line, Message) else {"text": str(line)} for line in lines],
        ensure_ascii=False,
    )


def _read_value(data: Any) -> object:
    if isinstance(data, dict):
        if "said" in data:
            return _read_sentence(data["said"])
        if "word" in data:
            return word_class(data["word"])(data["value"])
        if "moment" in data:
            return datetime.fromisoformat(data["moment"])
        if "day" in data:
            return date.fromisoformat(data["day"])
        if "list" in data:
            return tuple(_read_value(item) for item in data["list"])
        raise ValueError("unknown value")
    return data


def _read_sentence(data: Any) -> Message:
    values = data.get("values", {})
    if not isinstance(data.get("template"), str) or not isinstance(values, dict):
        raise ValueError("not a sentence")
    read = {str(name): _read_value(value) for name, value in values.items()}
    data["template"].format_map(read)  # a template whose fields are not all kept is not a sentence (KeyError)
    return Message(data["template"], read)


def decode_lines(stored: str | None) -> tuple[str, ...]:
    """The lines kept by :func:`encode_lines`; empty when there are none or they cannot be read back."""
    if not stored:
        return ()
    try:
        data = json.loads(stored)
        if not isinstance(data, list):
            return ()
        return tuple(
            _read_sentence(item) if "template" in item else str(item["text"])
            for item in data
            if isinstance(item, dict)
        )
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
        return ()
