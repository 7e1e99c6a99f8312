"""The sentences of the layers below the window (rule violations, refusals, errors), said in the reader's language.

The domain, store and services write their sentences in English with :func:`lazeo_desk.domain.messages.said`; the
translations live in the interface's catalogues under the empty context, where lupdate puts texts marked with
``said`` (``-tr-function-alias QT_TR_NOOP+=said``). A sentence without a translation, or a plain string, is shown
as it is: never nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.messages import Explained, Message
from lazeo_desk.domain.messages import Problem as RuleProblem
from lazeo_desk.domain.sentence_words import word_key
from lazeo_desk.domain.timeline_lines import EMPTY
from lazeo_desk.ui import labels
from lazeo_desk.ui.dates import display_locale, format_date, format_moment
from lazeo_desk.ui.form_problems import Problem, split_problems
from lazeo_desk.ui.letter_labels import kind_label
from lazeo_desk.ui.translation import ui_language

# The context lupdate gives to texts marked with said() (a marker aliased to QT_TR_NOOP outside any class).
SAID_CONTEXT = ""
NO_VALUE = "—"


def language_in_sentence(language: Language) -> str:
    """A language's name inside a sentence: French writes it in lower case ("en anglais"), where its label, alone
    on a tab or in a list, starts with a capital; Dutch and English capitalise it everywhere."""
    label = labels.language_label(language)
    if ui_language() is Language.FR:
        return label[:1].lower() + label[1:]
    return label


# One label for each key of domain/sentence_words.py (a test checks that none is missing).
WORD_LABELS: dict[str, Callable[[Any], str]] = {
    "Status": labels.status_label,
    "Right": labels.right_label,
    "Jurisdiction": labels.jurisdiction_label,
    "Language": language_in_sentence,
    "Channel": labels.channel_label,
    "Relationship": labels.relationship_label,
    "OutcomeKind": labels.outcome_label,
    "LetterKind": kind_label,
}


@cache
def identity_word_labels() -> dict[str, Callable[[Any], str]]:
    """The identity words, which have their own texts in the three languages (domain/identity.py); loaded when a
    sentence names one, not when the window starts."""
    from lazeo_desk.domain.identity import texts

    return {
        "Check": lambda check: texts(ui_language()).checks[check].label,
        "CheckResult": lambda result: texts(ui_language()).results[result],
        "IntakeRoute": lambda route: texts(ui_language()).routes[route],
        "Outcome": lambda outcome: texts(ui_language()).outcomes[outcome].label,
    }


def long_date(day: date) -> str:
    """A date written out as a sentence says it: "1 November 2026", "1er novembre 2026", "1 november 2026"."""
    locale = display_locale()
    text = locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
    if day.day == 1 and locale.language() == QLocale.Language.French:
        # French writes the first of the month as an ordinal (le 1er novembre), every other day as a number.
        return "1er" + text[1:]
    return text


def value_text(value: object, *, long_dates: bool = False) -> str:
    """A value as the reader expects it inside a sentence: dates in their format, vocabulary in their words.

    ``long_dates`` writes dates out ("1 November 2026"), as a sentence of the timeline reads them.
    """
    if isinstance(value, datetime):
        return format_moment(value)
    if isinstance(value, date):
        return long_date(value) if long_dates else format_date(value)
    if isinstance(value, Enum):
        key = word_key(value)
        shown = None if key is None else WORD_LABELS.get(key) or identity_word_labels().get(key)
        if shown is not None:
            return shown(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return QLocale().toString(value)
    if isinstance(value, Message):
        if value.template == EMPTY:
            # A field without a value: the dash the window shows for one, in every language.
            return NO_VALUE
        return sentence_text(value, long_dates=long_dates)
    if isinstance(value, tuple | list):
        return ", ".join(value_text(item, long_dates=long_dates) for item in value)
    return str(value)


def sentence_text(text: str, *, long_dates: bool = False) -> str:
    """``text`` in the reader's language when it is a sentence of the layers below; otherwise ``text`` itself."""
    if isinstance(text, RuleProblem):
        return sentence_text(text.message, long_dates=long_dates)
    if not isinstance(text, Message):
        return str(text)
    template = QCoreApplication.translate(SAID_CONTEXT, text.template)
    values = {name: value_text(value, long_dates=long_dates) for name, value in text.values.items()}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or misspelled a field must not hide the message: say it in English.
        return text.template.format_map(values)


def error_text(error: BaseException) -> str:
    """What an error raised below the window says, in the reader's language."""
    if isinstance(error, Explained):
        return "; ".join(_with_field(s) for s in error.sentences)
    return str(error)


def _with_field(sentence: str) -> str:
    if isinstance(sentence, RuleProblem) and sentence.field:
        return f"{sentence.field}: {sentence_text(sentence.message)}"
    return sentence_text(sentence)


def problems_in(error_or_sentences: BaseException | Sequence[str]) -> list[Problem]:
    """The form problems an error (or a list of rule problems) names: each field with its translated sentence.

    Sentences that name no field come with the key "" (shown without a label).
    """
    if isinstance(error_or_sentences, Explained):
        sentences: list[str] = list(error_or_sentences.sentences)
    elif isinstance(error_or_sentences, BaseException):
        sentences = [str(error_or_sentences)]
    else:
        sentences = list(error_or_sentences)
    found = []
    for sentence in sentences:
        if isinstance(sentence, RuleProblem):
            found.append(Problem(sentence.field, sentence_text(sentence.message)))
        elif isinstance(sentence, Message):
            found.append(Problem("", sentence_text(sentence)))
        else:
            # An English "field: what is wrong; …" string from code that does not say() its sentences yet.
            found.extend(Problem(key, text) for key, text in split_problems(sentence))
    return found
