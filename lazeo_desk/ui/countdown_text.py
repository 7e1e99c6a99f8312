"""The countdown as words: "12 days left · 9 working days", "due today", "3 days overdue", "paused: …"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from lazeo_desk.domain.deadlines import Countdown, CountdownState
from lazeo_desk.ui.dates import format_day_month

_CONTEXT = "Countdown"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _days(count: int, one: str, many: str) -> str:
    # Explicit singular and plural sources: English, French and Dutch all need no more forms for these phrases.
    return (_tr(one) if count == 1 else _tr(many)).replace("%1", str(count))


def days_left_text(days: int, working_days: int) -> str:
    calendar_part = _days(days, "1 day left", "%1 days left")
    working_part = _days(working_days, "1 working day", "%1 working days")
    return f"{calendar_part} · {working_part}"


def countdown_text(state: Countdown, *, answered: date | None = None) -> str:
    """What the register says about a case's clock on the day ``state`` was computed for."""
    kind = state.state
    if kind is CountdownState.PAUSED:
        if state.paused_since is None:
            return _tr("paused: awaiting requester")
        return _tr("paused: awaiting requester since %1").replace("%1", format_day_month(state.paused_since))
    if kind is CountdownState.OVERDUE:
        return _days(-(state.days_left or 0), "1 day overdue", "%1 days overdue")
    if kind is CountdownState.DUE_TODAY:
        return _tr("due today")
    if kind in (CountdownState.DUE_SOON, CountdownState.ON_TRACK):
        return days_left_text(state.days_left or 0, state.working_days_left or 0)
    if kind is CountdownState.CLOSED_LATE:
        if answered is not None and state.due is not None:
            return _days((answered - state.due).days, "answered 1 day late", "answered %1 days late")
        return _tr("answered late")
    if answered is not None:
        return _tr("answered on time")
    return _tr("no answer due")
