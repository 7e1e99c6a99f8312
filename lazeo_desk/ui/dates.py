"""Dates as the DPO reads and types them: the day before the month, never the US order."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# Day first, then month, then year; ".", "/", "-" or a space between them (14/03/2026, 14.3.26, 14-03-2026).
_DAY_FIRST = re.compile(r"^(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4}|\d{2})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
# Two-digit years up to this value are read as 20yy, the others as 19yy (the POSIX strptime convention).
TWO_DIGIT_PIVOT = 68

INPUT_HINT = "dd/mm/yyyy"


class DateInputError(ValueError):
    """The text typed is not a date."""


def parse_date_input(text: str) -> date | None:
    """The date typed in a field: ``None`` when the field is empty, :class:`DateInputError` when it is no date.

    Accepted: 14/03/2026, 14.03.2026, 14-3-2026, 14 3 26, 14032026 and the ISO form 2026-03-14.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _ISO.match(cleaned)
    if match is not None:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _DAY_FIRST.match(cleaned) or _COMPACT.match(cleaned)
        if match is None:
            raise DateInputError(cleaned)
        day, month = int(match.group(1)), int(match.group(2))
        year_text = match.group(3)
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000 if year <= TWO_DIGIT_PIVOT else 1900
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInputError(cleaned) from None


def display_locale() -> QLocale:
    """The locale for month and weekday names; British English where the system's would put the month first."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C or locale.territory() == QLocale.Country.UnitedStates:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(day: date | None, *, weekday: bool = False) -> str:
    """``5 Mar 2026`` (or ``Thu 5 Mar 2026``); an empty string for no date."""
    if day is None:
        return ""
    return display_locale().toString(_qdate(day), "ddd d MMM yyyy" if weekday else "d MMM yyyy")


def format_day_month(day: date) -> str:
    """``14 Mar``, for short phrases such as "awaiting requester since 14 Mar"."""
    return display_locale().toString(_qdate(day), "d MMM")


def format_input(day: date | None) -> str:
    """The text a date field shows for ``day``: ``14/03/2026``."""
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def format_moment(moment: datetime) -> str:
    """``10 Mar 2026 09:30`` in local time (24-hour clock)."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    qmoment = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute))
    return display_locale().toString(qmoment, "d MMM yyyy HH:mm")
