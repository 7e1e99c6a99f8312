"""Files dropped on the window or chosen with File → Import become cases: read off the GUI thread, then shown
one dialog at a time, and the files that could not be read listed together at the end.

The reading itself is a plain function (:func:`read_intake_file`) that tests and benchmarks call directly.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from lazeo_desk.domain.clock import Clock
from lazeo_desk.services.cases import CaseService, DeadlineRules
from lazeo_desk.services.email_intake import (
    ImportOutcome,
    ImportResult,
    IntakeDraft,
    IntakeRefused,
    Match,
    internal_error,
    read_message,
)
from lazeo_desk.services.intake import IntakeService
from lazeo_desk.services.intake_storage import refusal_reason
from lazeo_desk.services.scan_import import ReadScan, read_scan_file
from lazeo_desk.services.scan_intake import Scan, read_scan, scan_media_type
from lazeo_desk.services.scan_reading import EngineMissing, Progress
from lazeo_desk.store.database import StoreError
from lazeo_desk.store.documents import DocumentKind
from lazeo_desk.ui import message_boxes as messages
from lazeo_desk.ui.background import BackgroundTasks
from lazeo_desk.ui.intake_dialog import (
    IntakeChoice,
    IntakeDialog,
    MessageIntakeDialog,
    ScanIntakeDialog,
    ScanPicture,
    render_scan,
)
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.sentences import sentence_text

MESSAGE_SUFFIXES = frozenset({".eml", ".msg"})
SCAN_SUFFIXES = frozenset({".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"})
IMPORTABLE_SUFFIXES = MESSAGE_SUFFIXES | SCAN_SUFFIXES
# Signatures that no e-mail starts with: such a file is a scan whatever its name says.
_SCAN_SIGNATURES = (b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_SNIFF_BYTES = 1024

_SETTINGS_FOLDER = "Intake/folder"
# Files read ahead of the dialog on screen: the next one is ready at once, and a drop of a thousand messages
# does not hold them all in memory while the DPO goes through them.
READ_AHEAD = 4


# reading (any thread) -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MessageFile:
    """An e-mail read into a draft."""

    path: Path
    draft: IntakeDraft


@dataclass(frozen=True)
class ScanFile:
    """A scanned letter, checked, with its first page drawn, and its text read (None, with ``reading_problem``,
    when Tesseract is not installed)."""

    path: Path
    scan: Scan
    picture: ScanPicture
    read: ReadScan | None = None
    reading_problem: str = ""


@dataclass(frozen=True)
class RefusedFile:
    """A file that cannot become (part of) a case, and why, in one line (a sentence the window translates)."""

    path: Path
    reason: str


ReadFile = MessageFile | ScanFile | RefusedFile


def _is_scan(path: Path) -> bool:
    """Whether to read ``path`` as a scanned letter: by its first bytes when they say so, else by its name."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError:
        return path.suffix.lower() in SCAN_SUFFIXES  # the reader says why it cannot be read
    if head.startswith(_SCAN_SIGNATURES):
        return True
    if path.suffix.lower() in MESSAGE_SUFFIXES:
        return False
    return path.suffix.lower() in SCAN_SUFFIXES or scan_media_type(head) is not None


def read_intake_file(path: Path, clock: Clock, progress: Progress | None = None) -> ReadFile:
    """Read one dropped or chosen file: an e-mail into a draft, a scan with its first page drawn and its text
    recognised (``progress(page, pages)`` before each page), or the reason it is refused (never raises for a bad
    file)."""
    try:
        if _is_scan(path):
            scan = read_scan(path)
            try:
                # PDFium is not thread-safe: the scans and the letter previews take turns.
                from lazeo_desk.ui.letter_preview import locked

                read = read_scan_file(scan, progress=progress, guard=locked)
            except EngineMissing as missing:
                return ScanFile(path, scan, render_scan(scan), reading_problem=missing.sentences[0])
            return ScanFile(path, scan, render_scan(scan), read)
        return MessageFile(path, read_message(path, clock=clock))
    except IntakeRefused as refusal:
        return RefusedFile(path, refusal_reason(refusal))


@dataclass(frozen=True)
class _Prepared:
    """What the dialog needs beyond the file, read from the database just before it opens."""

    item: MessageFile | ScanFile
    rules: DeadlineRules
    matches: tuple[Match, ...] = ()


def _prepare(cases: CaseService, item: MessageFile | ScanFile) -> _Prepared | RefusedFile:
    """Refuse a file already kept on a case; find the cases a message may belong to (any thread)."""
    intake = IntakeService(cases.place)
    try:
        if isinstance(item, MessageFile):
            prepared = intake.prepare(item.draft.original, DocumentKind.EMAIL, item.draft)
        else:
            prepared = intake.prepare_scan(item.scan, item.read.prefill if item.read is not None else None)
    except IntakeRefused as refusal:
        return RefusedFile(item.path, refusal_reason(refusal))
    return _Prepared(item, prepared.rules, prepared.matches)


# the controller (GUI thread) ------------------------------------------------------------------------------------


@dataclass
class _Entry:
    path: Path
    reading: bool = False
    read: ReadFile | None = None


@dataclass
class _Batch:
    """What became of the files since the last batch ended."""

    total: int = 0
    shown: int = 0
    created: list[str] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    refused: list[RefusedFile] = field(default_factory=list)


AskPaths = Callable[[QWidget, str], list[Path]]


class IntakeController(QObject):
    """Imports requests for the main window, which owns it.

    :meth:`import_files` reads each file on a worker thread, then opens one :class:`IntakeDialog` at a time, in
    the order given; the files refused are listed in one message once every dialog is closed.

    Signals: ``casesChanged()`` each time a file was stored (a case created, or a file added to one);
    ``dialogOpened(IntakeDialog)``; ``batchFinished(str)`` with a one-line summary when nothing is left to show.
    Attribute: ``current_dialog`` (the dialog open now, or None).
    """

    casesChanged = Signal()
    dialogOpened = Signal(object)
    batchFinished = Signal(str)
    # "Reading lettre.pdf: page 2 of 3", while a scan's text is recognised on a worker thread.
    readingProgress = Signal(str)
    # Emitted on the worker thread; received here on the GUI thread, where the sentence is made.
    _pageReached = Signal(str, int, int)

    def __init__(
        self,
        cases: CaseService,
        *,
        parent: QWidget,
        tasks: BackgroundTasks | None = None,
        centres: Callable[[], Iterable[str]] = tuple,
        settings: QSettings | None = None,
        ask_paths: AskPaths | None = None,
    ) -> None:
        super().__init__(parent)
        self._cases = cases
        self._window = parent
        self._own_tasks = tasks is None
        self._tasks = tasks if tasks is not None else BackgroundTasks(self)
        self._centres = centres
        self._settings = settings
        self._ask_paths = ask_paths or self._ask_with_file_dialog
        self._folder = ""
        self._entries: deque[_Entry] = deque()
        self._preparing = False
        self._batch = _Batch()
        self._closed = False
        self.current_dialog: IntakeDialog | None = None
        self._pageReached.connect(self._page_reached)

    # drag and drop ---------------------------------------------------------------------------------------------
    @staticmethod
    def _local_paths(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]

    def accepts(self, mime: QMimeData) -> bool:
        """Whether a drag carries at least one file this window imports (.eml, .msg, .pdf, .png, .jpg, .jpeg, .tif,
        .tiff)."""
        return any(path.suffix.lower() in IMPORTABLE_SUFFIXES for path in self._local_paths(mime))

    def paths_from(self, mime: QMimeData) -> list[Path]:
        """The files a drop carries, when it carries one this window imports; the others come along, so that
        each is imported or refused with its reason rather than dropped without a word."""
        paths = self._local_paths(mime)
        return paths if any(p.suffix.lower() in IMPORTABLE_SUFFIXES for p in paths) else []

    # File → Import… ----------------------------------------------------------------------------------------------
    def import_action(self, parent: QObject | None = None) -> QAction:
        """The File → Import… action (Ctrl+I): choose e-mails and scans, then import them."""
        action = QAction(self.tr("&Import e-mails and scans…"), parent if parent is not None else self)
        action.setShortcut(QKeySequence("Ctrl+I"))
        action.setToolTip(self.tr("Import requests received by e-mail (.eml, .msg) or by post (PDF, PNG, JPEG, TIFF)"))
        action.setStatusTip(action.toolTip())
        action.triggered.connect(self.choose_files)
        return action

    def choose_files(self) -> list[Path]:
        """Ask which files to import (several at once), then import them; returns the files chosen."""
        paths = self._ask_paths(self._window, self._start_folder())
        if paths:
            self._remember_folder(paths[0].parent)
            self.import_files(paths)
        return paths

    def _start_folder(self) -> str:
        if self._settings is not None:
            value = self._settings.value(_SETTINGS_FOLDER, "")
            return str(value) if value else ""
        return self._folder

    def _remember_folder(self, folder: Path) -> None:
        self._folder = str(folder)
        if self._settings is not None:
            self._settings.setValue(_SETTINGS_FOLDER, self._folder)

    def _ask_with_file_dialog(self, parent: QWidget, folder: str) -> list[Path]:
        filters = ";;".join(
            [
                self.tr("Requests (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
                self.tr("E-mails (*.eml *.msg)"),
                self.tr("Scanned letters (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
                self.tr("All files (*)"),
            ]
        )
        names, _chosen = QFileDialog.getOpenFileNames(parent, self.tr("Import requests"), folder, filters)
        return [Path(name) for name in names]

    # the batch -----------------------------------------------------------------------------------------------------
    def import_files(self, paths: Iterable[Path | str]) -> None:
        """Read each file off the GUI thread, then show their dialogs one after the other (in this order)."""
        if self._closed:
            return
        for raw in paths:
            self._entries.append(_Entry(Path(raw)))
            self._batch.total += 1
        self._advance()

    def _read_ahead(self) -> None:
        clock = self._cases.clock
        for entry in list(self._entries)[:READ_AHEAD]:
            if not entry.reading:
                entry.reading = True
                progress = partial(self._pageReached.emit, entry.path.name)
                self._tasks.submit(
                    partial(read_intake_file, entry.path, clock, progress),
                    partial(self._read, entry),
                    partial(self._read_failed, entry),
                )

    def _page_reached(self, name: str, page: int, pages: int) -> None:
        self.readingProgress.emit(
            fill(self.tr("Reading %1: page %2 of %3"), name, str(page), str(pages))
        )

    def is_idle(self) -> bool:
        """Whether every file given has been dealt with (tests and benchmarks wait for this)."""
        return not self._entries and not self._preparing and self.current_dialog is None

    def _read(self, entry: _Entry, result: object) -> None:
        assert isinstance(result, MessageFile | ScanFile | RefusedFile)
        entry.read = result
        self._advance()

    def _read_failed(self, entry: _Entry, error: BaseException) -> None:
        # A fault of the program, not of the file: the batch goes on and the reason says it is a bug to report.
        entry.read = RefusedFile(entry.path, internal_error(error))
        self._advance()

    def _advance(self) -> None:
        """Open the next dialog when the one before is closed and its file has been read."""
        if self._closed:
            return
        self._read_ahead()
        while self.current_dialog is None and not self._preparing and self._entries:
            head = self._entries[0]
            if head.read is None:
                return
            self._entries.popleft()
            self._read_ahead()
            if isinstance(head.read, RefusedFile):
                self._batch.refused.append(head.read)
                continue
            # Looked up only now: a file earlier in the batch may have just opened the case this one belongs to.
            self._preparing = True
            self._tasks.submit(
                partial(_prepare, self._cases, head.read),
                self._prepared,
                partial(self._prepare_failed, head.path),
            )
            return
        if self.is_idle() and self._batch.total:
            self._finish_batch()

    def _prepared(self, result: object) -> None:
        self._preparing = False
        if isinstance(result, RefusedFile):
            self._batch.refused.append(result)
            self._advance()
            return
        assert isinstance(result, _Prepared)
        self._open_dialog(result)

    def _prepare_failed(self, path: Path, error: BaseException) -> None:
        self._preparing = False
        reason = refusal_reason(error) if isinstance(error, StoreError) else internal_error(error)
        self._batch.refused.append(RefusedFile(path, reason))
        self._advance()

    def _open_dialog(self, prepared: _Prepared) -> None:
        item = prepared.item
        centres = list(self._centres())
        dialog: IntakeDialog
        if isinstance(item, MessageFile):
            dialog = MessageIntakeDialog(
                self._cases, prepared.rules, item.draft, matches=prepared.matches, centres=centres,
                parent=self._window,
            )
        else:
            dialog = ScanIntakeDialog(
                self._cases, prepared.rules, item.scan, item.picture, centres=centres, parent=self._window,
                read=item.read, reading_problem=item.reading_problem, matches=prepared.matches,
            )
        self._batch.shown += 1
        dialog.set_progress(self._batch.shown, self._batch.shown + self._waiting())
        dialog.stored.connect(self._stored)
        dialog.finished.connect(partial(self._dialog_closed, dialog, item.path))
        self.current_dialog = dialog
        dialog.open()
        self.dialogOpened.emit(dialog)

    def _waiting(self) -> int:
        """Files still to show (those already refused excepted)."""
        return sum(1 for e in self._entries if not isinstance(e.read, RefusedFile))

    def _stored(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        if result.outcome is ImportOutcome.CREATED:
            self._batch.created.append(result.reference)
        else:
            self._batch.linked.append(result.reference)
        self.casesChanged.emit()

    def _dialog_closed(self, dialog: IntakeDialog, path: Path, _code: int) -> None:
        if dialog.choice is IntakeChoice.SKIP:
            self._batch.skipped.append(path)
        self.current_dialog = None
        dialog.deleteLater()
        # After the closing dialog has finished its own work: the next one opens from the event loop.
        QTimer.singleShot(0, self, self._advance)

    def _finish_batch(self) -> None:
        batch, self._batch = self._batch, _Batch()
        if batch.refused:
            lines = "\n".join(
                fill(self.tr("• %1: %2"), refused.path.name, sentence_text(refused.reason))
                for refused in batch.refused
            )
            title = (
                self.tr("1 file was not imported")
                if len(batch.refused) == 1
                else fill(self.tr("%1 files were not imported"), str(len(batch.refused)))
            )
            messages.error(self._window, title, lines)
        self.batchFinished.emit(self._summary(batch))

    def _summary(self, batch: _Batch) -> str:
        """"2 cases created, 1 file added to a case, 1 skipped, 1 refused"."""
        parts = []
        if batch.created:
            parts.append(
                self.tr("1 case created")
                if len(batch.created) == 1
                else fill(self.tr("%1 cases created"), str(len(batch.created)))
            )
        if batch.linked:
            parts.append(
                self.tr("1 file added to a case")
                if len(batch.linked) == 1
                else fill(self.tr("%1 files added to cases"), str(len(batch.linked)))
            )
        if batch.skipped:
            parts.append(fill(self.tr("%1 skipped"), str(len(batch.skipped))))
        if batch.refused:
            parts.append(fill(self.tr("%1 refused"), str(len(batch.refused))))
        return ", ".join(parts) if parts else self.tr("Nothing imported")

    def shutdown(self) -> None:
        """Stop reading (the window is closing): results still to come are dropped."""
        self._closed = True
        self._entries.clear()
        if self._own_tasks:
            self._tasks.shutdown()
