"""The deadline explained line by line: start, raw and rolled ends, extension, medical-file clock, strict date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from lazeo_desk.domain.calendars import holiday_name
from lazeo_desk.domain.case import Extension
from lazeo_desk.domain.deadlines import Countdown, DeadlineReport, Governing, Period, RolledDate, Unit
from lazeo_desk.ui.badges import COUNTDOWN_STYLES
from lazeo_desk.ui.countdown_text import countdown_text
from lazeo_desk.ui.dates import format_date, format_day_month
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import escaped
from lazeo_desk.ui.translation import ui_language


@dataclass(frozen=True)
class ClockSituation:
    """What the report alone does not say: today, the pause, the extension and the request for information."""

    today: date
    received: date
    countdown: Countdown | None = None
    answered: date | None = None
    paused_since: date | None = None
    extension: Extension | None = None
    info_requested: date | None = None
    late_information_request: bool = False
    # The DPO's setting, needed only to explain a late request for information.
    info_request_limit_days: int | None = None
    is_open: bool = True


class DeadlineView(QWidget):
    """A form of read-only lines; :meth:`show_report` fills it, :meth:`show_nothing` says why it is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._form.setHorizontalSpacing(14)
        self._form.setVerticalSpacing(7)
        outer.addLayout(self._form)
        self._warning = QLabel(self)
        self._warning.setObjectName("edpbWarning")
        self._warning.setWordWrap(True)
        self._warning.setStyleSheet(
            "QLabel#edpbWarning { background: #FFF4D6; color: #5C3D00; border: 1px solid #F0D48A;"
            " border-radius: 6px; padding: 8px 10px; }"
        )
        self._warning.hide()
        outer.addWidget(self._warning)
        outer.addStretch(1)
        self._texts: list[tuple[str, str]] = []

    # reading back (tests, accessibility) ------------------------------------------------------------------
    def lines(self) -> list[tuple[str, str]]:
        """The (label, text) pairs shown, as plain text."""
        return list(self._texts)

    def warning(self) -> str:
        return self._warning.text() if self._warning.isVisibleTo(self) else ""

    # filling ------------------------------------------------------------------------------------------------
    def _clear(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._texts = []
        self._warning.hide()

    def _row(self, label: str, text: str, *, rich: str | None = None, style: str = "") -> QLabel:
        value = QLabel(self)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if rich is not None:
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setText(rich)
        else:
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setText(text)
        if style:
            value.setStyleSheet(style)
        caption = QLabel(label, self)
        caption.setObjectName("deadlineCaption")
        caption.setStyleSheet("color: #5F6B76;")
        self._form.addRow(caption, value)
        self._texts.append((label, text))
        return value

    def show_nothing(self, reason: str) -> None:
        self._clear()
        self._row("", reason, style="color: #5F6B76; font-style: italic;")

    def _skipped(self, rolled: RolledDate) -> str:
        reasons = []
        for day, reason in rolled.skipped:
            if day.weekday() == 5 and reason == "a Saturday":
                why = self.tr("a Saturday")
            elif day.weekday() == 6 and reason == "a Sunday":
                why = self.tr("a Sunday")
            elif reason == "an office closure day":
                why = self.tr("an office closure day")
            else:
                why = holiday_name(day, reason, ui_language())
            reasons.append(fill(self.tr("%1 is %2"), format_day_month(day), why))
        return "; ".join(reasons)

    def _rolled(self, rolled: RolledDate) -> str:
        if not rolled.skipped:
            return format_date(rolled.final, weekday=True)
        return fill(
            self.tr("%1 → %2 (%3)"),
            format_date(rolled.raw, weekday=True),
            format_date(rolled.final, weekday=True),
            self._skipped(rolled),
        )

    def _period(self, period: Period) -> str:
        if period.unit is Unit.DAYS:
            return fill(self.tr("1 day") if period.amount == 1 else self.tr("%1 days"), str(period.amount))
        return fill(self.tr("1 month") if period.amount == 1 else self.tr("%1 months"), str(period.amount))

    def show_report(self, report: DeadlineReport, situation: ClockSituation) -> None:
        self._clear()
        paused = situation.paused_since is not None and situation.is_open
        due_text = format_date(report.due, weekday=True)
        governing = {
            Governing.GDPR: self.tr("GDPR Art 12(3): one month"),
            Governing.GDPR_EXTENDED: self.tr("GDPR Art 12(3): extended by two further months"),
            Governing.NATIONAL: self.tr("national patient law: the medical file's shorter clock"),
        }[report.governing]
        if paused:
            assert situation.paused_since is not None
            text = fill(
                self.tr("Clock paused since %1 (awaiting the requester): it restarts the day the information arrives"),
                format_date(situation.paused_since, weekday=True),
            )
            self._row(self.tr("Due date"), text, style="color: #5F6368; font-style: italic;")
        else:
            text = f"{due_text} — {governing}"
            self._row(
                self.tr("Due date"), text, rich=f"<b style='font-size: 13pt'>{escaped(due_text)}</b>"
                f"<br><span style='color:#5F6B76'>{escaped(governing)}</span>"
            )
        if situation.countdown is not None:
            state = situation.countdown
            words = countdown_text(state, answered=situation.answered)
            label = self._row(self.tr("Countdown"), words)
            label.setStyleSheet(COUNTDOWN_STYLES[state.state].stylesheet())
            label.setMaximumWidth(label.fontMetrics().horizontalAdvance(words) + 40)
        start_why = (
            self.tr("the day the request became complete; that day is not counted")
            if report.started_on_completion
            else self.tr("the day the request was received; that day is not counted")
        )
        self._row(self.tr("Clock starts"), f"{format_date(report.start, weekday=True)} — {start_why}")
        self._row(self.tr("GDPR one month"), self._rolled(report.gdpr))
        if report.extended is not None:
            text = fill(self.tr("start + 3 months: %1"), self._rolled(report.extended))
            if situation.extension is not None:
                text += "\n" + fill(
                    self.tr("notified on %1: %2"),
                    format_date(situation.extension.notice_date),
                    situation.extension.reason,
                )
            self._row(self.tr("Extension"), text)
        elif situation.is_open:
            by = format_date(report.extension_notice_by, weekday=True)
            if situation.today <= report.extension_notice_by:
                text = self.tr("not extended; an extension (two further months, with reasons) must be notified by %1")
                self._row(self.tr("Extension"), fill(text, by))
            else:
                text = self.tr("not extended; no longer possible: the first deadline passed on %1")
                self._row(self.tr("Extension"), fill(text, by), style="color: #8A9199;")
        if report.national is not None and report.national_period is not None:
            text = fill(
                self.tr("%1 (%2): %3"),
                self._period(report.national_period),
                report.national_source,
                self._rolled(report.national),
            )
            self._row(self.tr("Medical file"), text)
        elif report.national_source:
            self._row(
                self.tr("Medical file"),
                fill(self.tr("no shorter national deadline (%1): the GDPR month applies"), report.national_source),
            )
        if report.earliest_release is not None:
            self._row(
                self.tr("Not sent before"),
                fill(
                    self.tr("%1 (reflection period of the national law)"),
                    format_date(report.earliest_release, weekday=True),
                ),
            )
        if report.strict_due != report.due or paused:
            self._row(
                self.tr("Strict date"),
                fill(
                    self.tr("%1, counted from first receipt as if nothing had paused"),
                    format_date(report.strict_due, weekday=True),
                ),
            )
        limit = situation.info_request_limit_days
        if situation.late_information_request and situation.info_requested is not None and limit is not None:
            self._warning.setText(
                fill(
                    self.tr(
                        "The request for information went out on %1, more than %2 days after receipt: the EDPB may not "
                        "accept the pause (Guidelines 01/2022, §159). Keep to the strict date: %3."
                    ),
                    format_date(situation.info_requested), str(limit), format_date(report.strict_due, weekday=True),
                )
            )
            self._warning.show()
