"""PDF pages drawn as images with PDFium, with the work bounded: a crafted or enormous file cannot exhaust memory.

Used for the letters' preview and for a scanned letter's first page. :func:`render_pdf` never raises: a file
that cannot be drawn comes back with its problem, which :func:`problem_text` words for the reader. Images may be
made outside the GUI thread; PDFium is not thread-safe, so every use of it (and of ReportLab, which keeps
module-level state) takes :func:`locked` turns.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QImage

from lazeo_desk.letters.pdfium_lock import PDFIUM_LOCK
from lazeo_desk.services.email_reading import first_line
from lazeo_desk.ui.placeholders import fill
from lazeo_desk.ui.translation import translate

# A taller page (a receipt roll, a crafted file) is drawn smaller rather than as a huge bitmap.
DRAWN_MAX_HEIGHT = 3000
# A page is never drawn wider than this, whatever the caller asks (a poster-sized page stays a preview).
DRAWN_MAX_WIDTH = 4000

# Shared with the redaction, which also draws pages with PDFium.
_LOCK = PDFIUM_LOCK


def locked(work: Callable[[], Any]) -> Any:
    """Run ``work`` while nothing else lays out a letter or draws a PDF."""
    with _LOCK:
        return work()


class PdfProblem(enum.Enum):
    """Why a PDF's pages are not drawn."""

    NO_RENDERER = "no-renderer"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class PdfPages:
    """The pages drawn (``images``, the first ``max_pages`` at most), how many the file has, or why none."""

    images: tuple[QImage, ...]
    page_count: int = 0
    problem: PdfProblem | None = None
    detail: str = ""

    @property
    def all_drawn(self) -> bool:
        return self.problem is None and len(self.images) == self.page_count


def render_pdf(content: bytes, *, width_px: int, max_pages: int, max_height_px: int = DRAWN_MAX_HEIGHT) -> PdfPages:
    """The first ``max_pages`` pages of ``content``, each ``width_px`` wide (narrower when a page is so tall that
    it would exceed ``max_height_px``). Never raises: a file PDFium cannot read comes back with its problem."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return PdfPages((), problem=PdfProblem.NO_RENDERER)
    width_px = max(1, min(width_px, DRAWN_MAX_WIDTH))

    def draw() -> PdfPages:
        document = pdfium.PdfDocument(content)
        try:
            count = len(document)
            if count == 0:
                raise ValueError("the PDF has no page")
            images = []
            for index in range(min(count, max_pages)):
                page = document[index]
                try:
                    width, height = max(page.get_width(), 1.0), max(page.get_height(), 1.0)
                    scale = min(width_px / width, max_height_px / height)
                    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
                    try:
                        data = bytes(bitmap.buffer)
                        image = QImage(data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
                        # The QImage only points into ``data``: the copy owns its pixels.
                        images.append(image.copy())
                    finally:
                        bitmap.close()
                finally:
                    page.close()
            return PdfPages(tuple(images), count)
        finally:
            document.close()

    try:
        result: PdfPages = locked(draw)
    except Exception as error:  # noqa: BLE001  (PDFium's faults on a hostile file are reported, not raised)
        return PdfPages((), problem=PdfProblem.UNREADABLE, detail=first_line(error))
    return result


def problem_text(pages: PdfPages) -> str:
    """One sentence saying why the pages are not shown ("" when they are)."""
    if pages.problem is PdfProblem.NO_RENDERER:
        return translate(
            "PdfPages", "The PDF cannot be shown here: the PDF viewer component (pypdfium2) is not installed."
        )
    if pages.problem is PdfProblem.UNREADABLE:
        return fill(translate("PdfPages", "The PDF cannot be shown here: %1."), pages.detail)
    return ""


class PdfNotShown(Exception):
    """A PDF made by the program could not be drawn; its message is :func:`problem_text`'s sentence."""

    def __init__(self, pages: PdfPages) -> None:
        super().__init__(pages.detail)
        self.pages = pages

    def __str__(self) -> str:
        return problem_text(self.pages)
