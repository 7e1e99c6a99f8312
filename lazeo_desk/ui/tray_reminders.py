"""Reminders in the system's notification area while the program runs: what is overdue or due within the lead
time set for this workstation, told at start and each morning, and again when a new case joins the list.

A notification may show on a locked screen: it names references and dates, never a person.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from lazeo_desk.services.reminders import Reminder
from lazeo_desk.ui.dates import format_date
from lazeo_desk.ui.placeholders import fill

SHOWN_MS = 15_000


class TrayReminders(QObject):
    """Tells the DPO of the cases of a :class:`Reminder` once a day each.

    ``available`` is False where the system has no notification area (the reminders are then only in the
    window's week panel). Signals: ``openRequested()`` when the DPO clicks a notification or the icon.
    """

    openRequested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._told: tuple[date, frozenset[str]] | None = None
        self.last_message: tuple[str, str] | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("LAZEO Desk")
            self.tray.messageClicked.connect(self.openRequested)
            self.tray.activated.connect(lambda _reason: self.openRequested.emit())
            self.tray.show()

    @property
    def available(self) -> bool:
        return self.tray is not None

    def message(self, reminder: Reminder) -> tuple[str, str]:
        """The title and text of the notification for ``reminder``."""
        lines: list[str] = []
        if reminder.overdue_total:
            lines.append(fill(self.tr("Overdue: %1"), self._listed(reminder.overdue, reminder.overdue_total)))
        if reminder.due_total:
            last = reminder.today.fromordinal(reminder.today.toordinal() + reminder.lead_days)
            lines.append(fill(self.tr("Due by %1: %2"), format_date(last, weekday=True),
                              self._listed(reminder.due, reminder.due_total)))
        return self.tr("Requests to answer"), "\n".join(lines)

    def _listed(self, cases: tuple[tuple[str, date], ...], total: int) -> str:
        named = ", ".join(fill(self.tr("%1 (%2)"), reference, format_date(day)) for reference, day in cases)
        more = total - len(cases)
        return fill(self.tr("%1 and %2 more"), named, str(more)) if more > 0 else named

    def remind(self, reminder: Reminder) -> tuple[str, str] | None:
        """Tell the DPO of ``reminder`` unless nothing in it is new today; returns what was told (or None)."""
        if reminder.empty or reminder.lead_days < 0:
            return None
        told_today = self._told[1] if self._told is not None and self._told[0] == reminder.today else frozenset()
        if reminder.references <= told_today:
            return None
        self._told = (reminder.today, told_today | reminder.references)
        title, text = self.message(reminder)
        self.last_message = (title, text)
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)
        return title, text

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
