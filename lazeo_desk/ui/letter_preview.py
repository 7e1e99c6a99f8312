"""A letter's pages shown in the window (rendered off the GUI thread), and what to say when a file cannot be saved.

The pages are drawn by :func:`lazeo_desk.ui.pdf_pages.render_pdf`, a plain function that tests call directly
(files are written by :func:`lazeo_desk.services.file_output.write_atomically`).
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.ui.background import BackgroundTasks
from lazeo_desk.ui.pdf_pages import PdfNotShown, locked, render_pdf
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.sentences import error_text, sentence_text
from lazeo_desk.ui.translation import translate

# A4 is 595 points wide: about 1000 pixels keep small print legible when the page is shown full width.
PAGE_PIXELS = 1000
PAGE_MAX_WIDTH = 900
PAGE_GAP = 18

# A letter runs to a few pages; beyond this many the rest is not drawn (the caption says so).
LETTER_MAX_PAGES = 40

_BOX_STYLES = {
    "warning": "background:#FFF4E0; border-left:4px solid #D98A00; padding:8px 10px; color:#3A2A00;",
    "problem": "background:#FDECEA; border-left:4px solid #C0392B; padding:8px 10px; color:#5A1A13;",
}


class HasPdf(Protocol):
    @property
    def pdf(self) -> bytes: ...


@dataclass(frozen=True)
class Rendered:
    """What a preview job made: its ``value`` (a draft, a template preview…) and the images of its pages."""

    value: Any
    pages: tuple[QImage, ...]
    token: object
    page_count: int = 0


def _make(work: Callable[[], HasPdf], token: object) -> Rendered:
    value = locked(work)
    drawn = render_pdf(value.pdf, width_px=PAGE_PIXELS, max_pages=LETTER_MAX_PAGES)
    if drawn.problem is not None:
        raise PdfNotShown(drawn)
    return Rendered(value, drawn.images, token, drawn.page_count)


class PreviewRunner(QObject):
    """Runs preview jobs on a worker thread, waiting ``delay_ms`` after the last request (typing) before starting.

    Only the newest request's result is delivered: ``ready(Rendered)`` or ``failed(exception, token)``.
    ``token`` is whatever the caller handed in with the request (what the letter was made from).
    """

    ready = Signal(object)
    failed = Signal(object, object)

    def __init__(self, parent: QObject | None = None, *, delay_ms: int = 300) -> None:
        super().__init__(parent)
        self._tasks = BackgroundTasks(self, threads=1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._next: tuple[Callable[[], HasPdf], object] | None = None
        self._generation = 0
        self._running = 0

    def request(self, work: Callable[[], HasPdf], token: object = None, *, now: bool = False) -> None:
        """Make a preview with ``work`` once the typing stops (at once with ``now``); replaces any waiting one."""
        self._next = (work, token)
        self._generation += 1  # a result still on its way is out of date from now on
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def busy(self) -> bool:
        """A request waits or runs whose result has not been delivered yet."""
        return self._next is not None or self._running > 0

    def cancel(self) -> None:
        self._timer.stop()
        self._next = None
        self._generation += 1

    def shutdown(self) -> None:
        """Stop waiting and drop every result not yet delivered (running work is waited for)."""
        self.cancel()
        self._tasks.shutdown()
        self._running = 0

    def _start(self) -> None:
        if self._next is None:
            return
        work, token = self._next
        self._next = None
        generation = self._generation
        self._running += 1

        def done(result: Any) -> None:
            self._running -= 1
            if generation == self._generation:
                self.ready.emit(result)

        def failed(error: BaseException) -> None:
            self._running -= 1
            if generation == self._generation:
                self.failed.emit(error, token)

        self._tasks.submit(lambda: _make(work, token), done, failed)


class LetterPreview(QWidget):
    """The pages of a letter, fitted to the width, with the letter's warnings (amber) or a problem (red) above.

    Signals: ``shown(int)`` — that many pages are now on screen.
    """

    shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images: list[QImage] = []
        self._labels: list[QLabel] = []
        self._width = 0

        self.warnings = QLabel(self)
        self.warnings.setObjectName("letterWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.setStyleSheet(_BOX_STYLES["warning"])
        self.warnings.hide()
        self.problem = QLabel(self)
        self.problem.setObjectName("letterProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setStyleSheet(_BOX_STYLES["problem"])
        self.problem.hide()

        self.caption = QLabel(self)
        self.caption.setStyleSheet("color:#5F6B76;")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_label = QLabel(translate("LetterPreview", "Updating the preview…"), self)
        self.busy_label.setStyleSheet("color:#0B4F8A;")
        self.busy_label.hide()
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.caption)
        caption_row.addStretch(1)
        caption_row.addWidget(self.busy_label)

        self.pages_area = QScrollArea(self)
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setFrameShape(QFrame.Shape.NoFrame)
        self.pages_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sheet = QWidget(self.pages_area)
        self.sheet.setObjectName("previewSheet")
        self.sheet.setStyleSheet("QWidget#previewSheet { background: #E3E6EA; }")
        self._pages_layout = QVBoxLayout(self.sheet)
        self._pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._pages_layout.setSpacing(PAGE_GAP)
        self.empty_label = QLabel(translate("LetterPreview", "The letter appears here."), self.sheet)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color:#5F6B76; padding:40px;")
        self._pages_layout.addWidget(self.empty_label)
        self._pages_layout.addStretch(1)
        self.pages_area.setWidget(self.sheet)
        self.pages_area.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.problem)
        layout.addWidget(self.warnings)
        layout.addLayout(caption_row)
        layout.addWidget(self.pages_area, 1)

    # what is shown ------------------------------------------------------------------------------------------
    def page_count(self) -> int:
        return len(self._images)

    def page_images(self) -> list[QImage]:
        return list(self._images)

    def warning_lines(self) -> list[str]:
        text = self.warnings.text()
        return [line.removeprefix("• ") for line in text.splitlines()] if self.warnings.isVisible() else []

    def problem_text(self) -> str:
        return self.problem.text() if not self.problem.isHidden() else ""

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    def show_warnings(self, lines: Sequence[str]) -> None:
        """The DPO's warnings about the letter (never printed), in the reader's language; hidden when there are
        none."""
        # The sentences are written to be quoted inside others; shown alone, each starts with a capital.
        lines = [_capitalised(sentence_text(line)) for line in lines if line.strip()]
        self.warnings.setText("\n".join(f"• {line}" for line in lines) if len(lines) > 1 else "".join(lines))
        self.warnings.setVisible(bool(lines))

    def show_problem(self, text: str) -> None:
        """The letter cannot be written: say why instead of showing pages that are out of date."""
        self.problem.setText(text)
        self.problem.show()
        self.warnings.hide()
        self._set_images([], 0)
        self.empty_label.setText(translate("LetterPreview", "No letter to show until the problem above is solved."))

    def show_pages(self, images: Sequence[QImage], page_count: int = 0) -> None:
        """Show the pages drawn; ``page_count``, when larger, is how many the letter has in all."""
        self.problem.clear()
        self.problem.hide()
        self._set_images(list(images), max(page_count, len(images)))

    def clear(self) -> None:
        self.problem.hide()
        self.warnings.hide()
        self.empty_label.setText(translate("LetterPreview", "The letter appears here."))
        self._set_images([], 0)

    # layout -------------------------------------------------------------------------------------------------
    def _set_images(self, images: list[QImage], page_count: int) -> None:
        self._images = images
        while len(self._labels) > len(images):
            label = self._labels.pop()
            self._pages_layout.removeWidget(label)
            label.deleteLater()
        while len(self._labels) < len(images):
            label = QLabel(self.sheet)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background:#FFFFFF;")
            shadow = QGraphicsDropShadowEffect(label)
            shadow.setBlurRadius(14)
            shadow.setOffset(0, 2)
            shadow.setColor(QColor(0, 0, 0, 70))
            label.setGraphicsEffect(shadow)
            self._pages_layout.insertWidget(len(self._labels), label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        self.empty_label.setVisible(not images)
        count = len(images)
        if count < page_count:
            caption = fill(translate("LetterPreview", "Pages: %1 (the first %2 shown)"), str(page_count), str(count))
        else:
            caption = fill(translate("LetterPreview", "Pages: %1"), str(count)) if count else ""
        self.caption.setText(caption)
        self._width = 0
        self._fit()
        self.shown.emit(count)

    def _fit(self) -> None:
        """Scale the pages to the width available (sharp on high-density screens)."""
        available = self.pages_area.viewport().width() - 2 * PAGE_GAP
        width = max(200, min(PAGE_MAX_WIDTH, available))
        if width == self._width:
            return
        self._width = width
        ratio = self.devicePixelRatioF()
        for label, image in zip(self._labels, self._images, strict=True):
            scaled = image.scaledToWidth(int(width * ratio), Qt.TransformationMode.SmoothTransformation)
            pixmap = QPixmap.fromImage(scaled)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(width, int(scaled.height() / ratio))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.pages_area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)


# saving -------------------------------------------------------------------------------------------------------
def file_error_text(path: Path, error: OSError) -> str:
    """One sentence for the DPO saying why ``path`` could not be written."""
    reasons = {
        errno.ENOSPC: translate("LetterPreview", "the disk is full"),
        getattr(errno, "EDQUOT", errno.ENOSPC): translate("LetterPreview", "your disk quota is used up"),
        errno.EACCES: translate("LetterPreview", "you may not write in that folder"),
        errno.EPERM: translate("LetterPreview", "you may not write in that folder"),
        errno.EROFS: translate("LetterPreview", "the disk is read-only"),
        errno.ENOENT: translate("LetterPreview", "the folder does not exist"),
        errno.EISDIR: translate("LetterPreview", "a folder has that name"),
        errno.ENAMETOOLONG: translate("LetterPreview", "the name is too long"),
    }
    reason = reasons.get(error.errno or 0) or error.strerror or error_text(error)
    text = translate(
        "LetterPreview", "%1 could not be written: %2. Nothing was saved there; choose another place."
    )
    return fill(text, str(path), reason)


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def choose_save_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Ask where to save a PDF (Qt's file dialog); None when the DPO cancels. Tests replace this function."""
    pdf_files = translate("LetterPreview", "PDF documents (*.pdf)")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), pdf_files)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
