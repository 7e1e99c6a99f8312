"""The answer package shown before it goes out: built and drawn off the GUI thread, in the letter preview."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.file_output import write_atomically
from lazeo_desk.services.package import PackageResult, PackageService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.ui import letter_preview, message_boxes
from lazeo_desk.ui.background import BackgroundTasks
from lazeo_desk.ui.letter_preview import LetterPreview, documents_folder, file_error_text
from lazeo_desk.ui.pdf_pages import locked, render_pdf
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.sentences import error_text

# Pages drawn in the window: enough to check the letter, the index and the first enclosures; a package of several
# hundred scanned pages drawn whole would take a gigabyte of images. The saved PDF has every page.
PREVIEW_PAGES = 30
PREVIEW_WIDTH = 800


@dataclass(frozen=True)
class PreviewedPackage:
    result: PackageResult
    pages: tuple[QImage, ...]


def build_and_draw(place: Workplace, reference: str) -> PreviewedPackage:
    """The package of ``reference`` and the images of its first pages (a plain function, run off the GUI thread)."""
    # ReportLab and PDFium keep state of their own: one letter or package is laid out at a time.
    result: PackageResult = locked(lambda: PackageService(place).build_package(reference))
    return PreviewedPackage(result, render_pdf(result.pdf, width_px=PREVIEW_WIDTH, max_pages=PREVIEW_PAGES).images)


class PackagePreviewDialog(QDialog):
    """The package of one case: its pages, what the letter's checks say, and "Save the package…".

    Signals: ``ready()`` once the pages are shown, or the reason they cannot be.
    """

    ready = Signal()

    def __init__(self, *, place: Workplace, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Package of %1"), reference))
        self.resize(900, 900)
        self._place = place
        self._reference = reference
        self._tasks = BackgroundTasks(self, threads=1)
        self.package: PackageResult | None = None

        self.preview = LetterPreview(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save the package…"), self)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

        self.preview.set_busy(True)
        self._tasks.submit(lambda: build_and_draw(place, reference), self._shown, self._failed)

    def _shown(self, value: object) -> None:
        assert isinstance(value, PreviewedPackage)
        self.package = value.result
        self.preview.set_busy(False)
        self.preview.show_warnings([*value.result.refusals, *value.result.cautions])
        self.preview.show_pages(list(value.pages))
        text = fill(self.tr("%1 pages, %2 enclosures."), str(value.result.pages), str(len(value.result.index)))
        if value.result.pages > len(value.pages):
            text += " " + fill(
                self.tr("The first %1 pages are shown; the saved package has them all."), str(len(value.pages))
            )
        self.summary.setText(text)
        self.save_button.setEnabled(True)
        self.ready.emit()

    def _failed(self, error: BaseException) -> None:
        self.preview.set_busy(False)
        self.preview.show_problem(error_text(error))
        self.ready.emit()

    def save(self) -> Path | None:
        """Ask where, write the package whole (or not at all), and record that it left the program."""
        if self.package is None:
            return None
        suggested = documents_folder() / f"{self._reference}-package.pdf"
        path = letter_preview.choose_save_path(self, self.tr("Save the package"), suggested)
        if path is None:
            return None
        try:
            write_atomically(path, self.package.pdf)
        except OSError as error:
            message_boxes.error(self, self.tr("The package was not saved"), file_error_text(path, error))
            return None
        CaseService(self._place).record_access(
            self._reference, "saved",
            {"package": self.package.kind.value, "language": self.package.language.value, "sha256": self.package.sha256,
             "pages": self.package.pages, "file": str(path)},
        )
        return path

    def done(self, result: int) -> None:
        self._tasks.shutdown()
        super().done(result)
