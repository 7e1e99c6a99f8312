"""The reports window: a period and filters, the figures, the charts; a click on a figure or a bar asks the
register to show those cases (``casesRequested(CaseFilter)``).

The figures are computed on a worker thread (a year of a large register takes a noticeable part of a second),
each computation in its own database session; when the period or a filter changes while one runs, only the
latest request is computed next, and only its figures are shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.case import Channel, Jurisdiction, Language
from lazeo_desk.domain.report_figures import DAY_BUCKETS, Period
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import OPEN_STATUSES
from lazeo_desk.services.file_output import refuse_protected, write_atomically
from lazeo_desk.services.register_export import ExportFormat, RegisterExportService
from lazeo_desk.services.reports import ReportService
from lazeo_desk.store.database import StoreError
from lazeo_desk.store.register import CaseFilter, Handling, QuickFilter
from lazeo_desk.store.report_queries import Figures, ReportFilter
from lazeo_desk.ui import labels, message_boxes
from lazeo_desk.ui.background import BackgroundTasks
from lazeo_desk.ui.chart_bars import BarChart
from lazeo_desk.ui.date_field import DateField
from lazeo_desk.ui.dates import display_locale
from lazeo_desk.ui.enum_combo import EnumCombo
from lazeo_desk.ui.letter_preview import documents_folder
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain
from lazeo_desk.ui.sentences import error_text

YEAR, QUARTER, MONTH, CUSTOM = "year", "quarter", "month", "custom"

# The figures whose cases the register finds by how they were handled.
_FIGURE_HANDLING = {
    "answered": Handling.ANSWERED,
    "on_time": Handling.ANSWERED_ON_TIME,
    "late": Handling.ANSWERED_LATE,
    "extended": Handling.EXTENDED,
    "partly_refused": Handling.ERASURE_PARTLY_REFUSED,
    "refusals": Handling.REFUSED,
    "identity": Handling.IDENTITY_NOT_ESTABLISHED,
}


class ReportsView(QDialog):
    """Attributes tests use: ``figure_buttons`` (key → button), the charts ``months``, ``on_time``, ``countries``,
    ``centres``, ``channels``, ``days``, ``figures`` (the last figures shown), ``computing_label`` and
    :meth:`is_computing`."""

    casesRequested = Signal(object)

    def __init__(self, service: ReportService, centres: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.setWindowTitle(self.tr("Reports"))
        self._service = service
        self.figures: Figures | None = None
        self._filter: ReportFilter | None = None
        self._filter_done: ReportFilter | None = None
        # One computation at a time, on a thread of the window's own: the latest request waits for the running one.
        self._tasks = BackgroundTasks(self, threads=1)
        self._running: ReportFilter | None = None
        self._wanted: ReportFilter | None = None
        today = service.clock.today()

        self.kind = QComboBox(self)
        for label, key in ((self.tr("Year"), YEAR), (self.tr("Quarter"), QUARTER), (self.tr("Month"), MONTH),
                           (self.tr("Custom"), CUSTOM)):
            self.kind.addItem(label, key)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QComboBox(self)
        self.received_from = DateField(self)
        self.received_to = DateField(self)
        self.received_from.set_date(date(today.year, 1, 1))
        self.received_to.set_date(today)
        self.jurisdiction = EnumCombo(Jurisdiction, self)
        self.jurisdiction.add_none(self.tr("All countries"))
        for jurisdiction in Jurisdiction:
            self.jurisdiction.add(labels.jurisdiction_label(jurisdiction), jurisdiction)
        self.centre = QComboBox(self)
        self.centre.addItem(self.tr("All centres"), "")
        for centre in centres:
            self.centre.addItem(centre, centre)
        self.right = EnumCombo(Right, self)
        self.right.add_none(self.tr("All rights"))
        for right in Right:
            self.right.add(labels.right_label(right), right)
        self.channel = EnumCombo(Channel, self)
        self.channel.add_none(self.tr("All channels"))
        for channel in Channel:
            self.channel.add(labels.channel_label(channel), channel)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(QLabel(self.tr("Period"), self))
        for widget in (self.kind, self.year, self.part, self.received_from, self.received_to, self.jurisdiction,
                       self.centre, self.right, self.channel):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Annual report (PDF)…"), self)
        self.pdf_button.clicked.connect(self.save_annual_report)
        self.export_button = QPushButton(self.tr("Export these cases…"), self)
        self.export_button.setToolTip(self.tr("The cases of the period and filters, one row each (XLSX or CSV)"))
        self.export_button.clicked.connect(self.export_cases)
        self.export_status = QLabel(self)
        self.export_status.setObjectName("pageSubtitle")
        make_plain(self.export_status)
        self._exporting = False
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.export_status)

        self.figure_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        names = (
            ("received", self.tr("Received")), ("answered", self.tr("Answered")),
            ("on_time", self.tr("Answered on time")), ("late", self.tr("Answered late")),
            ("open", self.tr("Open")), ("overdue", self.tr("Open past due")), ("extended", self.tr("Extended")),
            ("median", self.tr("Median days to answer")), ("p90", self.tr("90th percentile of days")),
            ("partly_refused", self.tr("Erasures partly refused")), ("refusals", self.tr("Rights refused")),
            ("identity", self.tr("Identity not established")),
        )
        for index, (key, label) in enumerate(names):
            button = QPushButton(self)
            button.setObjectName("figureButton")
            button.setProperty("caption", label)
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _checked=False, k=key: self._figure_clicked(k))
            self.figure_buttons[key] = button
            grid.addWidget(button, index // 6, index % 6)
        self.computing_label = QLabel(self.tr("Computing…"), self)
        self.computing_label.setObjectName("pageSubtitle")
        self.computing_label.hide()
        self.note = QLabel(self)
        make_plain(self.note)
        self.note.setWordWrap(True)
        self.note.setObjectName("pageSubtitle")

        self.months = BarChart(self.tr("Requests per month, by right"), self)
        self.on_time = BarChart(self.tr("Answered on time, per month"), self, maximum=100, suffix="%")
        self.countries = BarChart(self.tr("Requests by country"), self)
        self.centres = BarChart(self.tr("Requests by centre"), self)
        self.channels = BarChart(self.tr("Requests by channel"), self)
        self.days = BarChart(self.tr("Days to answer"), self)
        self.months.barClicked.connect(self._month_clicked)
        self.on_time.barClicked.connect(self._month_answers_clicked)
        self.countries.barClicked.connect(self._country_clicked)
        self.centres.barClicked.connect(self._centre_clicked)
        self.channels.barClicked.connect(self._channel_clicked)
        self.days.barClicked.connect(self._days_clicked)
        self._charts = (self.months, self.on_time, self.countries, self.centres, self.channels, self.days)
        charts = QGridLayout()
        charts.addWidget(self.months, 0, 0)
        charts.addWidget(self.on_time, 0, 1)
        charts.addWidget(self.countries, 1, 0)
        charts.addWidget(self.centres, 1, 1)
        charts.addWidget(self.channels, 2, 0)
        charts.addWidget(self.days, 2, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(grid)
        layout.addWidget(self.computing_label)
        layout.addWidget(self.note)
        layout.addLayout(charts, 1)
        # Figures out of date while new ones are computed are not buttons to press, but stay legible.
        self.setStyleSheet("QPushButton#figureButton:disabled { color: palette(window-text); }")
        self.resize(1100, 860)

        self._fill_part()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.part, self.centre):
            combo.currentIndexChanged.connect(self.refresh)
        for enum_combo in (self.jurisdiction, self.right, self.channel):
            enum_combo.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        for field in (self.received_from, self.received_to):
            field.dateChanged.connect(self.refresh)
        self._month_keys: list[str] = []
        self._country_keys: list[str] = []
        self._centre_keys: list[str] = []
        self._channel_keys: list[str] = []
        self._kind_changed()

    # the period ----------------------------------------------------------------------------------------------
    def _fill_part(self) -> None:
        self.part.blockSignals(True)
        self.part.clear()
        kind = self.kind.currentData()
        if kind == QUARTER:
            for quarter in range(1, 5):
                self.part.addItem(fill(self.tr("Q%1"), str(quarter)), quarter)
        elif kind == MONTH:
            locale = display_locale()
            for month in range(1, 13):
                self.part.addItem(locale.standaloneMonthName(month), month)
        self.part.blockSignals(False)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self._fill_part()
        self.year.setVisible(kind != CUSTOM)
        self.part.setVisible(kind in (QUARTER, MONTH))
        self.received_from.setVisible(kind == CUSTOM)
        self.received_to.setVisible(kind == CUSTOM)
        self.refresh()

    def set_period(self, kind: str, year: int, part: int | None = None) -> None:
        """Choose a year, a quarter (1-4) or a month (1-12) of ``year``."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.year.setValue(year)
        if part is not None:
            self.part.setCurrentIndex(self.part.findData(part))
        self.refresh()

    def period(self) -> Period | None:
        kind = self.kind.currentData()
        year = self.year.value()
        if kind == YEAR:
            return Period.year(year)
        if kind == QUARTER:
            return Period.quarter(year, int(self.part.currentData() or 1))
        if kind == MONTH:
            return Period.month(year, int(self.part.currentData() or 1))
        start, end = self.received_from.date_value(), self.received_to.date_value()
        if start is None or end is None or end < start:
            return None
        return Period(start, end)

    def report_filter(self) -> ReportFilter | None:
        period = self.period()
        if period is None:
            return None
        return ReportFilter(
            period,
            jurisdiction=self.jurisdiction.current(),
            centre=str(self.centre.currentData() or ""),
            right=self.right.current(),
            channel=self.channel.current(),
        )

    # computing (off the GUI thread) ---------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        """Compute the figures of the period and filters chosen; they are shown when they arrive."""
        try:
            report_filter = self.report_filter()
        except ValueError:
            report_filter = None
        if report_filter is None:
            self.note.setText(self.tr("Give the first and the last day of the period."))
            return
        self._wanted = report_filter
        self._set_computing(True)
        if self._running is None:
            self._start(report_filter)

    def is_computing(self) -> bool:
        """Whether figures asked for have not been shown yet."""
        return self._wanted is not None

    def _start(self, report_filter: ReportFilter) -> None:
        self._running = report_filter
        service = self._service
        # The service opens its own session on the worker thread: none is shared with the window's.
        self._tasks.submit(lambda: (report_filter, service.figures(report_filter)), self._computed, self._failed)

    def _next(self) -> bool:
        """After a computation: start the latest request if it is another one; True when one was started."""
        self._running = None
        if self._wanted is not None and self._wanted != self._filter_done:
            self._start(self._wanted)
            return True
        return False

    def _computed(self, result: object) -> None:
        assert isinstance(result, tuple)
        report_filter, figures = result
        self._filter_done = report_filter
        if self._next():
            return  # a newer request is on its way: these figures are already out of date
        self._wanted = None
        self._filter = report_filter
        self.figures = figures
        self._show(figures)
        self._set_computing(False)

    def _failed(self, error: BaseException) -> None:
        self._filter_done = self._running
        if self._next():
            return
        self._wanted = None
        self._set_computing(False)
        if not isinstance(error, StoreError):
            raise error
        message_boxes.error(self, self.tr("Reports"), error_text(error))

    def _set_computing(self, computing: bool) -> None:
        self.computing_label.setVisible(computing)
        # Figures and bars out of date are not clicked: they would open other cases than they count.
        for widget in (*self.figure_buttons.values(), *self._charts, self.pdf_button):
            widget.setEnabled(not computing)
        self.export_button.setEnabled(not computing and not self._exporting)
        if not computing and self.figures is not None:
            self._enable_figures(self.figures)

    def shutdown(self) -> None:
        """Wait for a computation under way and drop its result (before the database is closed)."""
        self._tasks.shutdown()

    # showing --------------------------------------------------------------------------------------------------

    def _set_figure(self, key: str, value: object) -> None:
        button = self.figure_buttons[key]
        button.setText(f"{value}\n{button.property('caption')}")

    def _show(self, f: Figures) -> None:
        c = f.totals
        none = "–"
        for key, value in (
            ("received", c.received), ("answered", c.answered), ("on_time", c.answered_on_time),
            ("late", c.answered_late), ("open", c.open), ("overdue", c.open_overdue), ("extended", c.extended),
            ("median", f.median_days_to_answer if f.median_days_to_answer is not None else none),
            ("p90", f.p90_days_to_answer if f.p90_days_to_answer is not None else none),
            ("partly_refused", f.erasures_partly_refused), ("refusals", sum(f.refusals.values())),
            ("identity", f.identity.get("cannot-be-verified", 0)),
        ):
            self._set_figure(key, value)
        self.note.setText(
            fill(self.tr("%1 purged requests are counted through their anonymous statistics line."), str(f.purged))
            if f.purged else ""
        )
        locale = display_locale()
        month_names = [locale.monthName(int(m.month[5:]), locale.FormatType.ShortFormat) for m in f.by_month]
        rights = [r for r in Right if any(r.value in m.by_right for m in f.by_month)]
        self.months.set_data(
            month_names,
            [(labels.right_label(r), [float(m.by_right.get(r.value, 0)) for m in f.by_month]) for r in rights],
        )
        self.on_time.set_data(
            month_names,
            [(self.tr("On time"),
              [100.0 * m.answered_on_time / m.answered if m.answered else 0.0 for m in f.by_month])],
        )
        self._country_keys = list(f.by_country)
        self.countries.set_data(
            [labels.jurisdiction_label(Jurisdiction(k)) for k in self._country_keys],
            [(self.tr("Received"), [float(v.received) for v in f.by_country.values()])],
        )
        self._centre_keys = list(f.by_centre)
        self.centres.set_data(
            [k or self.tr("(purged)") for k in self._centre_keys],
            [(self.tr("Received"), [float(v.received) for v in f.by_centre.values()])],
        )
        self._channel_keys = list(f.by_channel)
        self.channels.set_data(
            [labels.channel_label(Channel(k)) for k in self._channel_keys],
            [(self.tr("Received"), [float(v.received) for v in f.by_channel.values()])],
        )
        buckets = [f"{low}–{high}" if high is not None else fill(self.tr("over %1"), str(low - 1))
                   for low, high in DAY_BUCKETS]
        self.days.set_data(buckets, [(self.tr("Answers"), [float(n) for n in f.days_distribution])])
        self._month_keys = [m.month for m in f.by_month]

    def _enable_figures(self, f: Figures) -> None:
        """Every figure opens the register on its cases; a statistic that could not be computed opens nothing."""
        for key, button in self.figure_buttons.items():
            button.setEnabled(
                (key != "median" or f.median_days_to_answer is not None)
                and (key != "p90" or f.p90_days_to_answer is not None)
            )
        tips = {
            "median": self.tr("Opens the answers that took at least this many days (at least half of them)"),
            "p90": self.tr("Opens the answers that took at least this many days (the slowest tenth or more)"),
            "refusals": self.tr("Counts each right refused; opens the requests with a right refused"),
        }
        for key, tip in tips.items():
            self.figure_buttons[key].setToolTip(tip)

    # files ----------------------------------------------------------------------------------------------------
    def choose_path(self, title: str, suggested: str, kinds: str) -> Path | None:
        """Ask where to save (Qt's file dialog); None when cancelled. Tests replace this method."""
        name, _ = QFileDialog.getSaveFileName(self, title, str(documents_folder() / suggested), kinds)
        return Path(name) if name else None

    def save_annual_report(self) -> None:
        if self._filter is None:
            return
        path = self.choose_path(self.tr("Annual report"), f"annual-report-{self._filter.period.start.year}.pdf",
                                self.tr("PDF documents (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        language = {"fr": Language.FR, "nl": Language.NL}.get(display_locale().name()[:2], Language.EN)
        try:
            refuse_protected(path)  # before the report is made: a report made is an audit entry
            write_atomically(path, self._service.annual_report_pdf(self._filter, language))
        except (OSError, StoreError) as error:
            message_boxes.error(self, self.tr("Annual report"), str(error))

    def export_cases(self) -> None:
        if self._filter is None:
            return
        path = self.choose_path(self.tr("Export these cases"), "register.xlsx",
                                self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if path is None:
            return
        export_format = ExportFormat.CSV if path.suffix.lower() == ".csv" else ExportFormat.XLSX
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + ".xlsx")
        service = RegisterExportService(self._service.place)
        wanted = self._base()
        # A large export takes seconds: it runs on the worker thread, after any computation under way.
        self._exporting = True
        self.export_button.setEnabled(False)
        self.export_status.setText(self.tr("Exporting…"))
        self._tasks.submit(lambda: service.export(wanted, path, export_format), self._exported, self._export_failed)

    def is_exporting(self) -> bool:
        return self._exporting

    def _export_ended(self) -> None:
        self._exporting = False
        self.export_button.setEnabled(not self.is_computing())

    def _exported(self, count: object) -> None:
        self._export_ended()
        assert isinstance(count, int)
        self.export_status.setText(
            self.tr("1 case exported") if count == 1 else fill(self.tr("%1 cases exported"), str(count))
        )

    def _export_failed(self, error: BaseException) -> None:
        self._export_ended()
        self.export_status.clear()
        if not isinstance(error, OSError | StoreError):
            raise error
        message_boxes.error(self, self.tr("Export these cases"), error_text(error))

    # clicks: the register, filtered ---------------------------------------------------------------------------
    def _base(self) -> CaseFilter:
        assert self._filter is not None
        return CaseFilter(
            right=self._filter.right,
            jurisdiction=self._filter.jurisdiction,
            centre=self._filter.centre,
            received_from=self._filter.period.start,
            received_to=self._filter.period.end,
            channel=self._filter.channel,
        )

    def _ask(self, change: Callable[[CaseFilter], CaseFilter]) -> None:
        if self._filter is None:
            return
        self.casesRequested.emit(change(self._base()))

    def _figure_clicked(self, key: str) -> None:
        if key == "open":
            self._ask(lambda f: replace(f, statuses=OPEN_STATUSES))
        elif key == "overdue":
            # The summary strip's own count: the same cases, and the strip shows which one is chosen.
            self._ask(lambda f: replace(f, quick=QuickFilter.OVERDUE))
        elif key in ("median", "p90"):
            figures = self.figures
            days = None if figures is None else (
                figures.median_days_to_answer if key == "median" else figures.p90_days_to_answer
            )
            if days is not None:
                self._ask(lambda f: replace(f, handling=Handling.ANSWERED, days_to_answer_from=days))
        elif key in _FIGURE_HANDLING:
            self._ask(lambda f: replace(f, handling=_FIGURE_HANDLING[key]))
        else:
            self._ask(lambda f: f)

    def _month(self, index: int, change: Callable[[CaseFilter], CaseFilter]) -> None:
        year, month = (int(p) for p in self._month_keys[index].split("-"))
        month_period = Period.month(year, month)
        self._ask(lambda f: change(replace(
            f,
            received_from=max(month_period.start, f.received_from or month_period.start),
            received_to=min(month_period.end, f.received_to or month_period.end),
        )))

    def _month_clicked(self, index: int) -> None:
        self._month(index, lambda f: f)

    def _month_answers_clicked(self, index: int) -> None:
        # The on-time rate of a month is made of the answers to its requests: all of them, on time or late.
        self._month(index, lambda f: replace(f, handling=Handling.ANSWERED))

    def _channel_clicked(self, index: int) -> None:
        self._ask(lambda f: replace(f, channel=Channel(self._channel_keys[index])))

    def _days_clicked(self, index: int) -> None:
        low, high = DAY_BUCKETS[index]
        self._ask(lambda f: replace(f, days_to_answer_from=low, days_to_answer_to=high))

    def _country_clicked(self, index: int) -> None:
        self._ask(lambda f: replace(f, jurisdiction=Jurisdiction(self._country_keys[index])))

    def _centre_clicked(self, index: int) -> None:
        centre = self._centre_keys[index]
        if centre:
            self._ask(lambda f: replace(f, centre=centre))
