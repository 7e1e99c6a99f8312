"""The DPO's main window: summary counts, search and filters, the case register and the case beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.domain.deadlines import Countdown, CountdownState
from lazeo_desk.domain.status import OPEN_STATUSES
from lazeo_desk.services.calendar import CalendarService
from lazeo_desk.services.case_changes import ChangesLost, listen_for_changes
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.due_summary import DueSummary, due_summary
from lazeo_desk.services.register import RegisterService
from lazeo_desk.services.register_export import ExportFormat, RegisterExportService
from lazeo_desk.services.reminders import Reminder, reminder
from lazeo_desk.services.reports import ReportService
from lazeo_desk.store.database import StoreError
from lazeo_desk.store.register import CaseFilter, QuickFilter
from lazeo_desk.ui import message_boxes
from lazeo_desk.ui.background import BackgroundTasks
from lazeo_desk.ui.calendar_keeper import CalendarKeeper
from lazeo_desk.ui.case_listener import CaseListener
from lazeo_desk.ui.countdown_text import countdown_text
from lazeo_desk.ui.dates import format_date
from lazeo_desk.ui.due_summary_panel import DueSummaryPanel
from lazeo_desk.ui.filter_bar import SEARCH_DELAY_MS, FilterBar
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.plain_text import make_plain, plain_tooltip
from lazeo_desk.ui.register_columns import ColumnFitter, install_column_menu
from lazeo_desk.ui.register_delegates import CountdownDelegate, StatusDelegate
from lazeo_desk.ui.register_model import (
    COL_ASSIGNEE,
    COL_CHANNEL,
    COL_COUNTDOWN,
    COL_DUE,
    COL_JURISDICTION,
    COL_NEXT_STEP,
    COL_RECEIVED,
    COL_REFERENCE,
    COL_RIGHTS,
    COL_STATUS,
    COL_SUBJECT,
    PAGE_SIZE,
    RegisterModel,
)
from lazeo_desk.ui.register_report_chip import ReportChip
from lazeo_desk.ui.reports_view import ReportsView
from lazeo_desk.ui.sentences import error_text
from lazeo_desk.ui.settings_language import stored_reminder_days
from lazeo_desk.ui.style import STYLE_SHEET
from lazeo_desk.ui.summary_strip import SummaryStrip
from lazeo_desk.ui.tray_reminders import TrayReminders

if TYPE_CHECKING:
    from lazeo_desk.ui.case_detail import CaseDetail
    from lazeo_desk.ui.intake_controller import IntakeController
    from lazeo_desk.ui.new_case_dialog import NewCaseDialog

DAY_CHECK_MS = 60_000
# The week's summary names this many cases per group; a click on "more" lists the rest.
DUE_CASES_SHOWN = 5
# When the register is not painted (window hidden), the counts start after this wait all the same.
PENDING_READS_FALLBACK_MS = 300

_COLUMN_WIDTHS = {
    COL_REFERENCE: 148,
    COL_SUBJECT: 196,
    COL_STATUS: 148,
    COL_COUNTDOWN: 268,
    COL_DUE: 110,
    COL_RIGHTS: 160,
    COL_JURISDICTION: 84,
    COL_CHANNEL: 92,
    COL_RECEIVED: 110,
    COL_NEXT_STEP: 320,
    COL_ASSIGNEE: 140,
}

_SETTINGS_GEOMETRY = "MainWindow/geometry"
_SETTINGS_STATE = "MainWindow/state"
_SETTINGS_SPLITTER = "MainWindow/splitter"
_SETTINGS_HEADER = "Register/header"


class MainWindow(QMainWindow):
    """The register window.

    Attributes tests and benchmarks use: ``model`` (:class:`RegisterModel`), ``view`` (the register table),
    ``summary`` (:class:`SummaryStrip`), ``filters`` (:class:`FilterBar`), ``detail`` (:class:`CaseDetail`, built
    when a case is first opened), ``tasks`` (:class:`BackgroundTasks`).
    """

    # The DPO chose another interface language (the application rebuilds the window in it).
    languageRequested = Signal(str)

    def __init__(
        self,
        case_service: CaseService,
        register_service: RegisterService,
        *,
        location: str,
        settings: QSettings | None = None,
        demo: bool = False,
        page_size: int = PAGE_SIZE,
        search_delay_ms: int = SEARCH_DELAY_MS,
    ) -> None:
        super().__init__()
        self._cases = case_service
        self._register = register_service
        self._settings = settings if settings is not None else QSettings()
        self._today = register_service.today()
        self._centres: list[str] = []
        self._count: int | None = None
        self.detail: CaseDetail | None = None
        self._splitter_placed = False
        self.reports: ReportsView | None = None
        self.tasks = BackgroundTasks(self)
        self.lock: QObject | None = None
        self.calendar = CalendarKeeper(CalendarService(case_service.place), self.tasks, self)
        # On a team's server, what colleagues change is shown within moments (ui/case_listener.py).
        self.listener: CaseListener | None = None
        self._listen(case_service)

        # Qt adds the application's display name ("LAZEO Desk") to every window title on Windows and Linux:
        # naming it here too showed it twice.
        title = self.tr("Data subject requests")
        self.setWindowTitle(title + (self.tr(" (demo data)") if demo else ""))
        self.setStyleSheet(STYLE_SHEET)

        self.model = RegisterModel(register_service, page_size=page_size, parent=self)
        self.model.reloaded.connect(self._model_reloaded)
        self.model.failed.connect(self._read_failed)

        page = QWidget(self)
        page.setObjectName("registerPage")
        heading = QHBoxLayout()
        heading_text = QVBoxLayout()
        heading_text.setSpacing(0)
        self.page_title = QLabel(self.tr("Data subject requests"), page)
        self.page_title.setObjectName("pageTitle")
        self.today_label = QLabel(page)
        self.today_label.setObjectName("pageSubtitle")
        heading_text.addWidget(self.page_title)
        heading_text.addWidget(self.today_label)
        heading.addLayout(heading_text)
        heading.addStretch(1)
        self.new_button = QPushButton(self.tr("＋  New case"), page)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(self.tr("Record a new request (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_case)
        heading.addWidget(self.new_button)

        self.summary = SummaryStrip(page)
        self.summary.chosen.connect(self._quick_chosen)
        self.filters = FilterBar(page, search_delay_ms=search_delay_ms)
        self.filters.set_person(case_service.actor)
        heading.insertWidget(heading.indexOf(self.new_button), self.filters.mine)
        heading.insertSpacing(heading.indexOf(self.new_button), 12)
        self.filters.changed.connect(self.apply_filters)
        self.filters.submitted.connect(self._search_submitted)
        self.filters.leaveDown.connect(self._search_submitted)
        self.report_chip = ReportChip(page)
        self.report_chip.removed.connect(self.apply_filters)

        self.view = QTableView(page)
        self.view.setObjectName("register")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(32)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._status_delegate = StatusDelegate(self.view)
        self._countdown_delegate = CountdownDelegate(self.view)
        self.view.setItemDelegateForColumn(COL_STATUS, self._status_delegate)
        self.view.setItemDelegateForColumn(COL_COUNTDOWN, self._countdown_delegate)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(48)
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        # The longest countdown ("paused: awaiting requester since 28 Mar") fits without being cut.
        longest = countdown_text(Countdown(CountdownState.PAUSED, due=None, paused_since=date(2026, 3, 28)))
        header.resizeSection(
            COL_COUNTDOWN, max(_COLUMN_WIDTHS[COL_COUNTDOWN], self.view.fontMetrics().horizontalAdvance(longest) + 44)
        )
        # What to do next reads best beside the countdown; its model column stays where it was.
        header.moveSection(header.visualIndex(COL_NEXT_STEP), COL_DUE)
        header.setSortIndicator(COL_COUNTDOWN, Qt.SortOrder.AscendingOrder)
        self.columns = ColumnFitter(self.view)
        install_column_menu(self.view, self.columns)
        self.view.setSortingEnabled(True)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(self._current_moved)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.filters)
        layout.addWidget(self.report_chip, 0, Qt.AlignmentFlag.AlignLeft)
        self.due_panel = DueSummaryPanel(page)
        self.due_panel.caseChosen.connect(self.open_reference)
        self.due_panel.filterChosen.connect(self.set_quick_filter)
        self.reminders = TrayReminders(self.windowIcon() if not self.windowIcon().isNull() else QIcon(), self)
        self.reminders.openRequested.connect(self._reminder_clicked)
        self._last_reminder: Reminder | None = None
        layout.addWidget(self.due_panel)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(page)

        self.count_label = QLabel(self)
        self.database_label = QLabel(fill(self.tr("Database: %1"), location), self)
        self.database_label.setToolTip(plain_tooltip(location))
        make_plain(self.count_label, self.database_label)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.database_label)

        self._intake: IntakeController | None = None
        self.setAcceptDrops(True)
        self._build_actions()
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start()

        # Reads over every row wait until the list is on screen, so that they do not slow its painting down.
        self._pending_reads: dict[str, Callable[[], None]] = {}
        self._reads_timer = QTimer(self)
        self._reads_timer.setSingleShot(True)
        self._reads_timer.setInterval(PENDING_READS_FALLBACK_MS)
        self._reads_timer.timeout.connect(self._start_pending_reads)
        self.view.viewport().installEventFilter(self)

        self._show_today()
        self.restore_layout()
        self.model.reload()
        self.refresh_counts()
        self._after_paint("centres", self._read_centres)
        self.view.setFocus()
        if self.model.rowCount():
            self.view.selectRow(0)

    # menus and shortcuts ----------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self.new_action = self._action(self.tr("&New case…"), QKeySequence.StandardKey.New, self.new_case)
        file_menu.addAction(self.new_action)
        # The intake machinery (e-mail parsing, its dialogs) loads on first use, not at start-up.
        self.import_action = QAction(
            QCoreApplication.translate("IntakeController", "&Import e-mails and scans…"), self
        )
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(
            QCoreApplication.translate(
                "IntakeController", "Import requests received by e-mail (.eml, .msg) or by post (PDF, PNG, JPEG)"
            )
        )
        self.import_action.setStatusTip(self.import_action.toolTip())
        self.import_action.triggered.connect(lambda: self.intake.choose_files())
        self.addAction(self.import_action)
        file_menu.addAction(self.import_action)
        self.export_action = self._action(
            self.tr("&Export the register…"), QKeySequence("Ctrl+E"), self.export_register
        )
        self.export_action.setToolTip(
            self.tr("The cases the register shows, with its filters and order, as XLSX or CSV (Ctrl+E)")
        )
        self.export_action.setStatusTip(self.export_action.toolTip())
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.calendar_action = self._action(
            self.tr("Keep a &calendar file refreshed…"), None, lambda: self.calendar.choose(self)
        )
        file_menu.addAction(self.calendar_action)
        self.stop_calendar_action = self._action(
            self.tr("Stop refreshing the calendar file"), None, lambda: self.calendar.keep(None)
        )
        file_menu.addAction(self.stop_calendar_action)
        self.calendar.written.connect(
            lambda path, _count: self.statusBar().showMessage(fill(self.tr("Calendar updated: %1"), path), 5000)
        )
        self.calendar.failed.connect(lambda message: self.statusBar().showMessage(message, 10_000))
        self.calendar.stopped.connect(
            lambda: self.statusBar().showMessage(self.tr("The calendar file is no longer refreshed."), 5000)
        )
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        file_menu.addAction(self.quit_action)

        case_menu = menu.addMenu(self.tr("&Case"))
        self.open_action = self._action(self.tr("&Open case"), QKeySequence("Ctrl+O"), self.open_current)
        self.open_action.setToolTip(self.tr("Open the selected case (Enter)"))
        case_menu.addAction(self.open_action)
        self.next_action = self._action(self.tr("Ne&xt case"), QKeySequence("Ctrl+Down"), self.next_case)
        self.previous_action = self._action(
            self.tr("&Previous case"), QKeySequence("Ctrl+Up"), self.previous_case
        )
        case_menu.addAction(self.next_action)
        case_menu.addAction(self.previous_action)
        case_menu.addSeparator()
        self.close_pane_action = self._action(self.tr("&Close the case pane"), None, self.close_detail)
        case_menu.addAction(self.close_pane_action)
        # The same actions on a right click in the register.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addAction(self.open_action)
        self.view.addAction(self.export_action)

        view_menu = menu.addMenu(self.tr("&View"))
        self.search_action = self._action(self.tr("&Search"), QKeySequence.StandardKey.Find, self.focus_search)
        view_menu.addAction(self.search_action)
        view_menu.addAction(self._action(self.tr("&Clear filters"), QKeySequence("Ctrl+Shift+L"), self.clear_filters))
        view_menu.addSeparator()
        self.reports_action = self._action(self.tr("R&eports…"), QKeySequence("Ctrl+Shift+R"), self.open_reports)
        view_menu.addAction(self.reports_action)
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh))
        self.help_menu = menu.addMenu(self.tr("&Help"))

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # the day ----------------------------------------------------------------------------------------------------
    def _show_today(self) -> None:
        self.today_label.setText(fill(self.tr("Today: %1"), format_date(self._today, weekday=True)))

    def check_day(self) -> bool:
        """Ask the clock for the date; when the day changed, count every countdown again. True if it changed."""
        today = self._register.today()
        if today == self._today:
            return False
        self._today = today
        self._show_today()
        selected = self.selected_reference()
        self.model.set_today(today)
        self._select(selected)
        self.refresh_counts()
        if self.detail is not None:
            self.detail.refresh_day()
        return True

    # filtering --------------------------------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        return self.report_chip.apply(self.filters.criteria(self.summary.current()))

    def apply_filters(self) -> None:
        selected = self.selected_reference()
        wanted = self.current_filter()
        searched = wanted.text != self.model.case_filter.text
        self.model.set_filter(wanted)
        self._select(selected)
        if searched:
            # The best matches of a new search are at the top (open cases first): show them there, even when the
            # case selected before is still among them further down.
            self.view.scrollToTop()

    def show_cases(self, case_filter: CaseFilter) -> None:
        """Show the register filtered to ``case_filter`` (a figure or a bar of the reports clicked)."""
        bar = self.filters
        widgets = (bar.search, bar.status, bar.right, bar.jurisdiction, bar.centre, bar.received_from,
                   bar.received_to)
        for widget in widgets:
            widget.blockSignals(True)
        bar.search.clear()
        bar.status.setCurrentIndex(max(bar.status.findData("open"), 0) if case_filter.statuses == OPEN_STATUSES
                                   else 0)
        bar.right.select(case_filter.right)
        bar.jurisdiction.select(case_filter.jurisdiction)
        centre = bar.centre.findData(case_filter.centre)
        if centre < 0 and case_filter.centre:
            # A centre named since the list of centres was last read.
            bar.centre.addItem(case_filter.centre, case_filter.centre)
            centre = bar.centre.count() - 1
        bar.centre.setCurrentIndex(max(centre, 0))
        bar.received_from.set_date(case_filter.received_from)
        bar.received_to.set_date(case_filter.received_to)
        for widget in widgets:
            widget.blockSignals(False)
        self.summary.set_current(case_filter.quick)
        self.report_chip.set_criteria(case_filter)
        self.apply_filters()

    def open_reports(self) -> None:
        """The reports window (one at a time); its clicks filter this register."""
        if self.reports is None:
            service = ReportService(self._cases.place)
            self.reports = ReportsView(service, self._centres, self)
            self.reports.casesRequested.connect(self.show_cases)
        else:
            self.reports.refresh()  # cases may have changed since it was last shown
        self.reports.show()

    def set_quick_filter(self, quick: QuickFilter | None) -> None:
        """As a click on a summary count (None: show every case)."""
        self.summary.set_current(quick)
        self.apply_filters()

    def _quick_chosen(self, _quick: object) -> None:
        self.apply_filters()

    def clear_filters(self) -> None:
        self.summary.set_current(None)
        self.report_chip.clear()
        self.filters.clear()

    # export -------------------------------------------------------------------------------------------------------
    def choose_export_path(self) -> Path | None:
        """Ask where to save the export (Qt's file dialog); None when cancelled. Tests replace this method."""
        from lazeo_desk.ui.letter_preview import documents_folder

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the register"), str(documents_folder() / "register.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        return Path(name) if name else None

    def export_register(self) -> None:
        """Write the cases the register shows (its filters, search and order) to a file chosen, off the GUI
        thread; the export is recorded in the audit trail."""
        path = self.choose_export_path()
        if path is None:
            return
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + ".xlsx")
        export_format = ExportFormat.CSV if path.suffix.lower() == ".csv" else ExportFormat.XLSX
        service = RegisterExportService(self._cases.place)
        # What the list shows, not what the fields say: a search still being typed has not narrowed it yet.
        wanted, sort, descending = self.model.case_filter, self.model.sort_key, self.model.descending
        self.export_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Exporting the register…"))
        self.tasks.submit(
            lambda: (path, service.export(wanted, path, export_format, sort=sort, descending=descending)),
            self._exported,
            self._export_failed,
        )

    def _exported(self, result: object) -> None:
        assert isinstance(result, tuple)
        path, count = result
        self.export_action.setEnabled(True)
        text = self.tr("1 case exported to %2") if count == 1 else self.tr("%1 cases exported to %2")
        self.statusBar().showMessage(
            fill(text, QLocale().toString(count), str(path)), 10_000
        )

    def _export_failed(self, error: BaseException) -> None:
        self.export_action.setEnabled(True)
        self.statusBar().clearMessage()
        if not isinstance(error, OSError | StoreError):
            raise error
        message_boxes.error(
            self, self.tr("Export the register"), error_text(error)
        )

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def _search_submitted(self) -> None:
        self.view.setFocus()
        if self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    # counts (off the GUI thread, once the list is shown: they read every row) ----------------------------------
    def _after_paint(self, key: str, start: Callable[[], None]) -> None:
        """Run ``start`` once the register has been painted (or after a short wait if it is not painted)."""
        self._pending_reads[key] = start
        if not self._reads_timer.isActive():
            self._reads_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if self._pending_reads and event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            QTimer.singleShot(0, self._start_pending_reads)
        return super().eventFilter(watched, event)

    def _start_pending_reads(self) -> None:
        self._reads_timer.stop()
        reads, self._pending_reads = self._pending_reads, {}
        for start in reads.values():
            start()

    def refresh_counts(self) -> None:
        self._after_paint("summary", self._read_summary)
        self._after_paint("count", self._request_count)
        # Whatever changes the counts (an edit, a new case, a new day) may move a date in the calendar file.
        self._after_paint("calendar", self.calendar.refresh)
        self._after_paint("due", self._read_due)
        self._after_paint("reminder", self._read_reminder)

    def _read_due(self) -> None:
        today = self._today
        self.tasks.submit(
            lambda: due_summary(self._register, today, shown=DUE_CASES_SHOWN), self._due_read, self._background_failed
        )

    def _read_reminder(self) -> None:
        days = stored_reminder_days(self._settings)
        if days == 0:
            return
        today = self._today
        self.tasks.submit(lambda: reminder(self._register, today, days), self._reminder_read, self._background_failed)

    def _reminder_read(self, found: object) -> None:
        if isinstance(found, Reminder) and found.today == self._today and self.reminders.remind(found):
            self._last_reminder = found

    def _reminder_clicked(self) -> None:
        """The DPO clicked the notification: the window comes forward on what it spoke of first."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        told = self._last_reminder
        if told is not None:
            self.set_quick_filter(QuickFilter.OVERDUE if told.overdue_total else QuickFilter.DUE_THIS_WEEK)

    def _due_read(self, summary: object) -> None:
        if isinstance(summary, DueSummary) and summary.today == self._today:
            self.due_panel.show_summary(summary)

    def _read_summary(self) -> None:
        today = self._today
        self.tasks.submit(lambda: self._register.summary(today), self._summary_read, self._background_failed)

    def _read_centres(self) -> None:
        self.tasks.submit(self._register.centres, self._centres_read, self._background_failed)

    def _request_count(self) -> None:
        wanted = self.model.case_filter
        today = self._today
        self.tasks.submit(
            lambda: (wanted, today, self._register.count(wanted, today)), self._count_read, self._background_failed
        )

    def _summary_read(self, counts: object) -> None:
        if isinstance(counts, dict):
            self.summary.set_counts(counts)

    def _count_read(self, result: object) -> None:
        assert isinstance(result, tuple)
        wanted, today, count = result
        if wanted == self.model.case_filter and today == self._today:
            self._count = count
            self._show_count()

    def _show_count(self) -> None:
        if self._count is None:
            self.count_label.setText(self.tr("Counting cases…"))
        elif self.model.case_filter == CaseFilter():
            self.count_label.setText(
                fill(self.tr("1 case") if self._count == 1 else self.tr("%1 cases"), QLocale().toString(self._count))
            )
        else:
            self.count_label.setText(
                fill(
                    self.tr("1 case matches") if self._count == 1 else self.tr("%1 cases match"),
                    QLocale().toString(self._count),
                )
            )

    def _centres_read(self, centres: object) -> None:
        if isinstance(centres, list):
            self._centres = [str(c) for c in centres]
            self.filters.set_centres(self._centres)
            if self.detail is not None:
                self.detail.set_centres(self._centres)

    def _background_failed(self, error: BaseException) -> None:
        if isinstance(error, StoreError):
            self.statusBar().showMessage(error_text(error), 10_000)
            return
        raise error

    def _listen(self, case_service: CaseService) -> None:
        try:
            changes = listen_for_changes(case_service.place)
        except ChangesLost as error:
            self.statusBar().showMessage(error_text(error), 10_000)
            return
        if changes is not None:
            self.listener = CaseListener(changes, self)
            self.listener.changed.connect(self.changed_elsewhere)
            self.listener.lost.connect(lambda message: self.statusBar().showMessage(message, 10_000))

    def changed_elsewhere(self, references: list[str]) -> None:
        """Cases changed by someone else (or by this window, heard back): the register and the open case are read
        again; an open case with unsaved edits keeps them and says so."""
        selected = self.selected_reference()
        self.model.refresh()
        self._select(selected)
        self.refresh_counts()
        if self.detail is not None and self.detail.isVisible() and self.detail.reference in references:
            self.detail.changed_elsewhere()

    def _read_failed(self, message: str) -> None:
        message_boxes.error(self, self.tr("The database cannot be read"), message)

    def _model_reloaded(self) -> None:
        self._count = None
        self._show_count()
        self._after_paint("count", self._request_count)

    def background_idle(self) -> bool:
        """Whether every count asked for has arrived (tests and benchmarks wait for this)."""
        return not self._pending_reads and self.tasks.pending() == 0

    # the register -----------------------------------------------------------------------------------------------
    def selected_reference(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.reference_at(index.row())

    def _select(self, reference: str | None) -> None:
        row = self.model.row_of(reference) if reference is not None else None
        if row is None:
            return
        index = self.model.index(row, COL_REFERENCE)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_reference(self.model.reference_at(index.row()))

    def _current_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # With the case pane open, the pane follows the selection (unless it holds unsaved edits).
        detail = self.detail
        if detail is None or not detail.isVisible() or detail.has_unsaved_changes() or not current.isValid():
            return
        reference = self.model.reference_at(current.row())
        if reference != detail.reference:
            detail.open_case(reference)

    def open_current(self) -> bool:
        """Open the selected case beside the register (Enter, or Ctrl+O)."""
        reference = self.selected_reference()
        return reference is not None and self.open_reference(reference)

    def _ensure_detail(self) -> CaseDetail:
        if self.detail is None:
            # Imported when first needed: the register is painted sooner without the case pane's modules.
            from lazeo_desk.ui.case_detail import CaseDetail

            self.detail = CaseDetail(self._cases, centres=self._centres, parent=self.splitter)
            self.detail.caseChanged.connect(self._case_changed)
            self.detail.closeRequested.connect(self.close_detail)
            self.splitter.addWidget(self.detail)
            state = self._settings.value(_SETTINGS_SPLITTER)
            if isinstance(state, QByteArray) and not state.isEmpty():
                self.splitter.restoreState(state)
                self._splitter_placed = True
        return self.detail

    def _place_splitter(self, detail: CaseDetail) -> None:
        """The first time a case opens: the list keeps its working columns in sight, the case takes the rest.

        Done once the case is shown, when the pane knows how narrow it can be; on a wide screen the case pane
        stops at 900 pixels and the list takes what is left.
        """
        if self._splitter_placed:
            return
        self._splitter_placed = True
        total = self.splitter.width()
        view = self.view
        wanted = self.columns.kept_width() + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth()
        pane = detail.minimumSizeHint().width()
        register = max(400, min(total - pane, max(wanted, total - 900)))
        self.splitter.setSizes([register, max(total - register, pane)])

    def _may_leave_case(self, reference: str) -> bool:
        detail = self.detail
        if detail is None or not detail.has_unsaved_changes() or detail.reference == reference:
            return True
        return message_boxes.confirm(
            self,
            self.tr("Unsaved changes"),
            fill(self.tr("%1 has changes that are not saved. Discard them?"), detail.reference or ""),
            yes=self.tr("Discard changes"),
            no=self.tr("Keep editing"),
        )

    def open_reference(self, reference: str) -> bool:
        """Show ``reference`` in the case pane."""
        if not self._may_leave_case(reference):
            return False
        detail = self._ensure_detail()
        if detail.reference == reference and detail.isVisible() and detail.has_unsaved_changes():
            return True
        if not detail.open_case(reference):
            return False
        detail.show()
        self._place_splitter(detail)
        self._select(reference)
        return True

    def close_detail(self) -> None:
        if self.detail is None or not self.detail.isVisible():
            return
        if self.detail.has_unsaved_changes() and not message_boxes.confirm(
            self,
            self.tr("Unsaved changes"),
            fill(self.tr("%1 has changes that are not saved. Discard them?"), self.detail.reference or ""),
            yes=self.tr("Discard changes"),
            no=self.tr("Keep editing"),
        ):
            return
        self.detail.revert()
        self.detail.hide()
        self.view.setFocus()

    def _step(self, delta: int) -> bool:
        current = self.view.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        if row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if not 0 <= row < self.model.rowCount():
            return False
        reference = self.model.reference_at(row)
        if not self._may_leave_case(reference):
            return False
        self._select(reference)
        if self.detail is not None and self.detail.isVisible():
            return self.open_reference(reference)
        return True

    def next_case(self) -> bool:
        """Select (and show, when the case pane is open) the next case in the list."""
        return self._step(1)

    def previous_case(self) -> bool:
        return self._step(-1)

    def _case_changed(self, reference: str) -> None:
        self.model.refresh()
        self._select(reference)
        self.refresh_counts()

    def set_actor(self, name: str) -> None:
        """Who the window's actions are recorded as from now on (the settings may have named the DPO)."""
        self._cases.actor = name
        self.filters.set_person(name)

    def refresh(self) -> None:
        """Read everything again (F5): rules, rows, counts, the open case."""
        selected = self.selected_reference()
        self._register.reload_rules()
        self.model.refresh()
        self._select(selected)
        self.refresh_counts()
        self._after_paint("centres", self._read_centres)
        if self.detail is not None and self.detail.isVisible() and not self.detail.has_unsaved_changes():
            self.detail.reload()

    # new case ---------------------------------------------------------------------------------------------------
    def new_case(self) -> NewCaseDialog:
        """Open the New case dialog (not blocking); the case is selected and shown once created."""
        from lazeo_desk.ui.new_case_dialog import NewCaseDialog

        dialog = NewCaseDialog(
            self._cases, self._register.rules(), today=self._today, centres=self._centres, parent=self
        )
        dialog.created.connect(self._created)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _created(self, reference: str) -> None:
        self.model.refresh()
        self.refresh_counts()
        if self.model.row_of(reference) is None:
            self.statusBar().showMessage(
                fill(self.tr("%1 created; the current filters hide it."), reference), 10_000
            )
        self.open_reference(reference)

    # layout memory ------------------------------------------------------------------------------------------------
    def restore_layout(self) -> None:
        geometry = self._settings.value(_SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        state = self._settings.value(_SETTINGS_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        header = self._settings.value(_SETTINGS_HEADER)
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.columns.restore_header_state(header)

    def save_layout(self) -> None:
        self._settings.setValue(_SETTINGS_GEOMETRY, self.saveGeometry())
        self._settings.setValue(_SETTINGS_STATE, self.saveState())
        self._settings.setValue(_SETTINGS_HEADER, self.columns.header_state())
        if self.detail is not None:
            self._settings.setValue(_SETTINGS_SPLITTER, self.splitter.saveState())
        self._settings.sync()

    # files dropped on the window -----------------------------------------------------------------------------
    @property
    def intake(self) -> IntakeController:
        """Turns dropped or imported files into cases (built on first use)."""
        if self._intake is None:
            from lazeo_desk.ui.intake_controller import IntakeController as Controller

            self._intake = Controller(
                self._cases, parent=self, tasks=self.tasks, centres=lambda: self._centres, settings=self._settings
            )
            self._intake.casesChanged.connect(self.refresh)
            self._intake.batchFinished.connect(lambda summary: self.statusBar().showMessage(summary, 10_000))
            self._intake.readingProgress.connect(lambda progress: self.statusBar().showMessage(progress, 10_000))
        return self._intake

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802  (Qt's name)
        if self.intake.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802  (Qt's name)
        paths = self.intake.paths_from(event.mimeData())
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.intake.import_files(paths)

    def shutdown(self) -> None:
        """Stop the timers and wait for background reads (before the database is closed)."""
        self._day_timer.stop()
        self._reads_timer.stop()
        self._pending_reads.clear()
        if self.listener is not None:
            self.listener.close()
        self.reminders.hide()
        if self._intake is not None:
            self._intake.shutdown()
        if self.reports is not None:
            self.reports.shutdown()
        self.tasks.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.detail is not None and self.detail.isVisible() and self.detail.has_unsaved_changes():
            if not message_boxes.confirm(
                self,
                self.tr("Unsaved changes"),
                fill(
                    self.tr("%1 has changes that are not saved. Quit without saving them?"),
                    self.detail.reference or "",
                ),
                yes=self.tr("Quit without saving"),
                no=self.tr("Keep editing"),
            ):
                event.ignore()
                return
        self.save_layout()
        self.shutdown()
        super().closeEvent(event)
