"""Sentences the program says to the person using it, kept apart from the values they name.

A sentence is written once, in English, with ``{name}`` fields: ``said("{day} is in the future", day=received)``.
It *is* a string (its English text, for the command line, logs and tests), and it keeps its template and values
so that the window can say it in the reader's language: the template is the key of its French and Dutch
translations, and each value is shown as the reader expects it (a date in their format, a status in their words).

``said`` is the marker the translation tools look for (``lupdate -tr-function-alias QT_TR_NOOP+=said``): a sentence
is found only where its template is written as a literal inside ``said(…)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any


def english(value: object) -> str:
    """How a value reads in an English sentence: a date in ISO form, a vocabulary word by its label, a list with
    commas."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return ", ".join(english(item) for item in value)
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    return str(value)


class Message(str):
    """A sentence in English that remembers its template and values, so that it can be said in another language."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, values: Mapping[str, object] | None = None) -> Message:
        frozen = MappingProxyType(dict(values or {}))
        text = template.format_map({name: english(value) for name, value in frozen.items()}) if frozen else template
        made = super().__new__(cls, text)
        made.template = template
        made.values = frozen
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.template, dict(self.values)))


def said(template: str, /, **values: object) -> Message:
    """The sentence ``template`` with its ``{name}`` fields filled by ``values``."""
    return Message(template, values)


class Problem(str):
    """One thing wrong with what was entered: the field it concerns (as the domain names it, "subject.name") and
    the sentence saying what is wrong. As a string it reads "field: sentence"."""

    field: str
    message: Message

    def __new__(cls, field: str, message: str) -> Problem:
        sentence = message if isinstance(message, Message) else Message(message)
        made = super().__new__(cls, f"{field}: {sentence}" if field else str(sentence))
        made.field = field
        made.message = sentence
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Problem, (self.field, self.message))


class Explained(Exception):  # noqa: N818  (a base for errors, not an error of its own)
    """An error told in sentences: ``str(error)`` is the English, ``error.sentences`` what the window translates."""

    sentences: tuple[str, ...]

    def __init__(self, *sentences: str) -> None:
        super().__init__("; ".join(sentences))
        self.sentences = sentences
