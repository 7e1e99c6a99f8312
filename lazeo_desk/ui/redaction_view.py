"""What to hide in the copy of the data (GDPR Art 15(4)): the DPO draws boxes on the pages and lists terms.

The view decides nothing: it shows the pages (rendered as the letter preview renders them), records the boxes
drawn with the mouse (converted to PDF points with :func:`lazeo_desk.letters.redaction.page_frames`) and the
terms typed, and says so with ``marks_changed``. The redaction itself is :func:`lazeo_desk.letters.redaction.redact`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRubberBand,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lazeo_desk.letters.redaction import Box, PageFrame, RedactionError, page_frames
from lazeo_desk.ui.pdf_pages import problem_text, render_pdf
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.sentences import error_text

PAGE_WIDTH = 620
PAGE_GAP = 16
# A box smaller than this (pixels on screen) is a click, not a box.
MIN_DRAG = 4


class RedactionPage(QWidget):
    """One page, on which boxes are drawn with the mouse (a rubber band) and shown as black areas.

    Signals: ``drawn(int, QRect)`` — the page index and the rectangle drawn, in this widget's pixels.
    """

    drawn = Signal(int, QRect)

    def __init__(self, index: int, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        ratio = image.width() / PAGE_WIDTH
        self._pixmap = QPixmap.fromImage(image)
        # Rendered at the screen's density: shown PAGE_WIDTH wide, sharp on a high-density screen.
        self._pixmap.setDevicePixelRatio(ratio)
        self.setFixedSize(PAGE_WIDTH, round(image.height() / ratio))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self._start: QPoint | None = None
        self._shown: list[QRect] = []

    def sizeHint(self) -> QSize:
        return QSize(self.width(), self.height())

    def show_boxes(self, rects: Sequence[QRect]) -> None:
        self._shown = list(rects)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = event.position().toPoint()
            self._band.setGeometry(QRect(self._start, QSize()))
            self._band.show()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._band.setGeometry(QRect(self._start, event.position().toPoint()).normalized())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is not None and event.button() == Qt.MouseButton.LeftButton:
            rect = QRect(self._start, event.position().toPoint()).normalized().intersected(self.rect())
            self._start = None
            self._band.hide()
            if rect.width() >= MIN_DRAG and rect.height() >= MIN_DRAG:
                self.drawn.emit(self.index, rect)
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        # Shown dark but not opaque, so that the DPO sees what a box covers; the redaction burns it black.
        painter.setPen(QColor(192, 57, 43))
        painter.setBrush(QColor(0, 0, 0, 170))
        for rect in self._shown:
            painter.drawRect(rect)
        painter.end()


class RedactionView(QWidget):
    """The pages of a PDF to draw boxes on, with the boxes drawn and the terms to hide listed beside them.

    Signals: ``marks_changed(tuple[Box, ...], tuple[str, ...])`` — the boxes (PDF points) and terms, whenever
    either changes.
    """

    marks_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frames: tuple[PageFrame, ...] = ()
        self._pages: list[RedactionPage] = []
        # Each box with the rectangle it was drawn as, to show it again on its page.
        self._boxes: list[tuple[Box, QRect]] = []

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("background:#FDECEA; border-left:4px solid #C0392B; padding:8px 10px;")
        self.problem.hide()
        self.hint = QLabel(self.tr("Draw a box on a page with the mouse to hide what it covers."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#5F6B76;")

        self.pages_area = QScrollArea(self)
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setFrameShape(QFrame.Shape.NoFrame)
        self.sheet = QWidget(self.pages_area)
        self.sheet.setObjectName("redactionSheet")
        self.sheet.setStyleSheet("QWidget#redactionSheet { background: #E3E6EA; }")
        self._pages_layout = QVBoxLayout(self.sheet)
        self._pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._pages_layout.setSpacing(PAGE_GAP)
        self._pages_layout.addStretch(1)
        self.pages_area.setWidget(self.sheet)

        self.term_edit = QLineEdit(self)
        self.term_edit.setPlaceholderText(self.tr("A name, a phone number…"))
        self.term_edit.setMaxLength(200)
        self.add_term_button = QPushButton(self.tr("&Add term"), self)
        self.terms_list = QListWidget(self)
        self.remove_term_button = QPushButton(self.tr("Remove &term"), self)
        self.boxes_list = QListWidget(self)
        self.remove_box_button = QPushButton(self.tr("Remove &box"), self)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Terms hidden on every page:"), side))
        term_row = QHBoxLayout()
        term_row.addWidget(self.term_edit, 1)
        term_row.addWidget(self.add_term_button)
        side_layout.addLayout(term_row)
        side_layout.addWidget(self.terms_list, 1)
        side_layout.addWidget(self.remove_term_button)
        side_layout.addWidget(QLabel(self.tr("Boxes drawn:"), side))
        side_layout.addWidget(self.boxes_list, 1)
        side_layout.addWidget(self.remove_box_button)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.pages_area)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        # The pages take the width they are drawn at; the lists take what is left.
        scrollbar = self.pages_area.verticalScrollBar().sizeHint().width()
        self.pages_area.setMinimumWidth(PAGE_WIDTH + 2 * PAGE_GAP + scrollbar + 4)
        side.setMinimumWidth(240)

        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)

        self.add_term_button.clicked.connect(self._add_term)
        self.term_edit.returnPressed.connect(self._add_term)
        self.remove_term_button.clicked.connect(self._remove_term)
        self.remove_box_button.clicked.connect(self._remove_box)
        self.terms_list.currentRowChanged.connect(self._update_buttons)
        self.boxes_list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    # what is shown ------------------------------------------------------------------------------------------
    def set_pdf(self, pdf: bytes) -> None:
        """Show the pages of ``pdf``; the boxes drawn on an earlier PDF are dropped, the terms are kept."""
        for page in self._pages:
            self._pages_layout.removeWidget(page)
            page.deleteLater()
        self._pages = []
        self._boxes = []
        self.boxes_list.clear()
        self.problem.hide()
        try:
            self._frames = page_frames(pdf)
            # Rendered at the size shown, not larger: a package of hundreds of pages stays in memory as pixmaps.
            drawn = render_pdf(
                pdf,
                width_px=round(PAGE_WIDTH * max(1.0, self.devicePixelRatioF())),
                max_pages=len(self._frames),
            )
            images = list(drawn.images)
            if drawn.problem is not None:
                self.problem.setText(problem_text(drawn))
                self.problem.show()
        except RedactionError as error:
            self._frames = ()
            self.problem.setText(error_text(error))
            self.problem.show()
            images = []
        for index, image in enumerate(images):
            page = RedactionPage(index, image, self.sheet)
            page.drawn.connect(self._drawn)
            self._pages_layout.insertWidget(index, page, 0, Qt.AlignmentFlag.AlignHCenter)
            self._pages.append(page)
        self._update_buttons()
        self._announce()

    def page(self, index: int) -> RedactionPage:
        return self._pages[index]

    def page_count(self) -> int:
        return len(self._pages)

    def boxes(self) -> tuple[Box, ...]:
        return tuple(box for box, _ in self._boxes)

    def terms(self) -> tuple[str, ...]:
        return tuple(self.terms_list.item(row).text() for row in range(self.terms_list.count()))

    # changes ------------------------------------------------------------------------------------------------
    def _drawn(self, index: int, rect: QRect) -> None:
        page = self._pages[index]
        width, height = page.width(), page.height()
        box = self._frames[index].box(
            index, rect.left() / width, rect.top() / height, (rect.right() + 1) / width, (rect.bottom() + 1) / height
        )
        self._boxes.append((box, rect))
        item = QListWidgetItem(
            fill(self.tr("Page %1: %2 × %3 pt"), str(index + 1), str(round(box.width)), str(round(box.height)))
        )
        self.boxes_list.addItem(item)
        self._show_boxes(index)
        self._update_buttons()
        self._announce()

    def _remove_box(self) -> None:
        row = self.boxes_list.currentRow()
        if row < 0:
            return
        box, _ = self._boxes.pop(row)
        self.boxes_list.takeItem(row)
        self._show_boxes(box.page)
        self._update_buttons()
        self._announce()

    def _add_term(self) -> None:
        term = " ".join(self.term_edit.text().split())
        if len(term) < 2:
            return
        if term.casefold() in {known.casefold() for known in self.terms()}:
            # Already hidden (the search ignores case): nothing to add.
            self.term_edit.clear()
            return
        self.terms_list.addItem(term)
        self.term_edit.clear()
        self._update_buttons()
        self._announce()

    def _remove_term(self) -> None:
        row = self.terms_list.currentRow()
        if row < 0:
            return
        self.terms_list.takeItem(row)
        self._update_buttons()
        self._announce()

    def _show_boxes(self, index: int) -> None:
        self._pages[index].show_boxes([rect for box, rect in self._boxes if box.page == index])

    def _update_buttons(self) -> None:
        self.remove_term_button.setEnabled(self.terms_list.currentRow() >= 0)
        self.remove_box_button.setEnabled(self.boxes_list.currentRow() >= 0)

    def _announce(self) -> None:
        self.marks_changed.emit(self.boxes(), self.terms())
