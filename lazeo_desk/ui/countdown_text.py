"""The countdown as words: "12 days left · 9 working days", "due today", "3 days overdue", "paused: …"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from lazeo_desk.domain.deadlines import Countdown, CountdownState
from lazeo_desk.ui.dates import format_day_month
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.translation import QT_TRANSLATE_NOOP, translate

_CONTEXT = "Countdown"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# Marked here, where lupdate sees them (it cannot read the context through _tr); translated by _days.
_DAYS = {
    "left": (QT_TRANSLATE_NOOP("Countdown", "1 day left"), QT_TRANSLATE_NOOP("Countdown", "%1 days left")),
    "working": (QT_TRANSLATE_NOOP("Countdown", "1 working day"), QT_TRANSLATE_NOOP("Countdown", "%1 working days")),
    "overdue": (QT_TRANSLATE_NOOP("Countdown", "1 day overdue"), QT_TRANSLATE_NOOP("Countdown", "%1 days overdue")),
    "late": (
        QT_TRANSLATE_NOOP("Countdown", "answered 1 day late"),
        QT_TRANSLATE_NOOP("Countdown", "answered %1 days late"),
    ),
}


def _days(count: int, one: str, many: str) -> str:
    # Explicit singular and plural sources: English, French and Dutch all need no more forms for these phrases.
    return fill(_tr(one) if count == 1 else _tr(many), str(count))


def days_left_text(days: int, working_days: int) -> str:
    calendar_part = _days(days, *_DAYS["left"])
    working_part = _days(working_days, *_DAYS["working"])
    return f"{calendar_part} · {working_part}"


def countdown_text(state: Countdown, *, answered: date | None = None) -> str:
    """What the register says about a case's clock on the day ``state`` was computed for."""
    kind = state.state
    if kind is CountdownState.PAUSED:
        if state.paused_since is None:
            return translate("Countdown", "paused: awaiting requester")
        since = translate("Countdown", "paused: awaiting requester since %1")
        return fill(since, format_day_month(state.paused_since))
    if kind is CountdownState.OVERDUE:
        return _days(-(state.days_left or 0), *_DAYS["overdue"])
    if kind is CountdownState.DUE_TODAY:
        return translate("Countdown", "due today")
    if kind in (CountdownState.DUE_SOON, CountdownState.ON_TRACK):
        return days_left_text(state.days_left or 0, state.working_days_left or 0)
    if kind is CountdownState.CLOSED_LATE:
        if answered is not None and state.due is not None:
            return _days((answered - state.due).days, *_DAYS["late"])
        return translate("Countdown", "answered late")
    if answered is not None:
        return translate("Countdown", "answered on time")
    return translate("Countdown", "no answer due")
