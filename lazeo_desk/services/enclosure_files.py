"""What an enclosure may be, in one place: its type sniffed from its bytes, and the limits that refuse a hostile
file in one line before anything is stored.

A file's name proves nothing; its first bytes say what it is. A PDF is read only as far as its page tree (a
20,000-page file is refused by its page count, without a page being drawn); an image only as far as its header
(its pixel count is checked before a pixel is decoded); an export is read into rows under a bound.
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader

from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.letters.enclosure_pages import (
    CSV,
    JPEG,
    JSON,
    PDF,
    PNG,
    TABLE_TYPES,
    TIFF,
    XML,
    EnclosureUnreadable,
    decoded_text,
    image_frames,
    read_table,
    table_page_count,
)
from lazeo_desk.letters.package import TABLE_COLUMNS, TABLE_ROWS
from lazeo_desk.services.email_reading import EMPTY_FILE, MEBIBYTE, mebibytes


class EnclosureRefused(Explained, ValueError):
    """A file that cannot be an enclosure; the message says why in one line."""


@dataclass(frozen=True)
class EnclosureLimits:
    """How far an enclosure may go. Each default is far above a real patient file, far below what would stall
    the program."""

    # One file: a medical file of a few hundred scanned pages in colour stays under this.
    file_bytes: int = 200 * MEBIBYTE
    # Pages of one PDF or multi-page TIFF: the thickest patient files run to a few hundred.
    pages: int = 2000
    # Pixels of one scanned page: A4 at 600 dpi is about 35 million.
    image_pixels: int = 60_000_000
    # Pixels of every page of one image file together.
    file_pixels: int = 600_000_000
    # Rows and columns of an export laid out as a table (the package's reader keeps to the same bounds).
    table_rows: int = TABLE_ROWS
    table_columns: int = TABLE_COLUMNS


LIMITS = EnclosureLimits()


@dataclass(frozen=True)
class CheckedFile:
    """A file accepted as an enclosure: its type, as its bytes prove it, and its number of pages in the package."""

    media_type: str
    pages: int


_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
)
EXTENSIONS = {PDF: ".pdf", PNG: ".png", JPEG: ".jpg", TIFF: ".tif", CSV: ".csv", JSON: ".json", XML: ".xml"}


def sniff(content: bytes) -> str | None:
    """The media type the file's bytes prove (PDF, PNG, JPEG, TIFF, or a CSV, JSON or XML export), or None."""
    for signature, media_type in _SIGNATURES:
        if content.startswith(signature):
            return media_type
    # ISO 32000-1 §7.5.2 lets the header follow some bytes of junk; readers look in the first kilobyte.
    if b"%PDF-" in content[:1024]:
        return PDF
    head = content[:4096]
    if b"\x00" in head:
        return None
    start = decoded_text(head).lstrip()
    if start.startswith(("{", "[")):
        return JSON
    if start.startswith("<"):
        return XML
    first_line = start.split("\n", 1)[0]
    if any(delimiter in first_line for delimiter in (";", ",", "\t")) and _printable(start):
        return CSV
    return None


def _printable(text: str) -> bool:
    # A binary file that happens to hold a comma is no export: text is mostly letters, digits and punctuation.
    controls = sum(1 for char in text if not char.isprintable() and char not in "\r\n\t")
    return controls <= len(text) // 100


def check_enclosure(content: bytes, limits: EnclosureLimits = LIMITS) -> CheckedFile:
    """The file's type and page count; ``EnclosureRefused`` in one line when it is empty, too large, of a type
    not taken, encrypted, broken, or beyond a limit."""
    if not content:
        raise EnclosureRefused(EMPTY_FILE)
    if len(content) > limits.file_bytes:
        raise EnclosureRefused(
            said(
                "the file is {size}; the limit is {limit}",
                size=mebibytes(len(content)), limit=mebibytes(limits.file_bytes),
            )
        )
    media_type = sniff(content)
    if media_type is None:
        raise EnclosureRefused(
            said("not a PDF, JPEG, PNG, TIFF, CSV, JSON or XML file (its first bytes say otherwise)")
        )
    if media_type == PDF:
        return CheckedFile(PDF, _pdf_pages(content, limits))
    if media_type in TABLE_TYPES:
        try:
            table = read_table(content, media_type, max_rows=limits.table_rows, max_columns=limits.table_columns)
        except EnclosureUnreadable as error:
            raise EnclosureRefused(*error.sentences) from None
        return CheckedFile(media_type, table_page_count(table))
    return CheckedFile(media_type, _image_pages(content, limits))


def _too_many_pages(count: int, limits: EnclosureLimits) -> EnclosureRefused:
    return EnclosureRefused(said("the PDF has {count} pages; the limit is {limit}", count=count, limit=limits.pages))


@contextlib.contextmanager
def _quiet_pdf_reader() -> Iterator[None]:
    # pypdf logs what it repairs ("EOF marker not found"); the refusal or the acceptance is what the DPO is told.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _pdf_pages(content: bytes, limits: EnclosureLimits) -> int:
    with _quiet_pdf_reader():
        return _read_pdf_pages(content, limits)


def _read_pdf_pages(content: bytes, limits: EnclosureLimits) -> int:
    broken = said("the PDF is damaged and cannot be read")
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted:
            raise EnclosureRefused(said("the PDF is protected by a password; enclose it unprotected"))
        # The page tree's own count, read before the tree is walked: a huge file is refused at once.
        declared = int(cast(Any, reader.trailer)["/Root"]["/Pages"]["/Count"])
        if declared > limits.pages:
            raise _too_many_pages(declared, limits)
        pages = len(reader.pages)
        if pages > limits.pages:
            raise _too_many_pages(pages, limits)
        for page in reader.pages:
            if float(page.mediabox.width) <= 0 or float(page.mediabox.height) <= 0:
                raise EnclosureRefused(broken)
    except EnclosureRefused:
        raise
    # A hostile PDF can make the reader fail in many ways (a loop in the page tree, a missing object, an endless
    # recursion): every one of them means the same to the DPO.
    except Exception:
        raise EnclosureRefused(broken) from None
    if pages == 0:
        raise EnclosureRefused(said("the PDF has no pages"))
    return pages


def _image_pages(content: bytes, limits: EnclosureLimits) -> int:
    damaged = said("the image is damaged and cannot be read")
    pages = 0
    pixels = 0
    try:
        with warnings.catch_warnings():
            # Pillow warns of a decompression bomb on open; our own, lower limit below says it in our words.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as image:
                for frame in image_frames(image):
                    pages += 1
                    if pages > limits.pages:
                        raise EnclosureRefused(
                            said("the image has more than {limit} pages", limit=limits.pages)
                        )
                    width, height = frame.size
                    if width * height > limits.image_pixels:
                        raise EnclosureRefused(
                            said(
                                "the image is {width} × {height} pixels; the limit is {limit} million pixels a page",
                                width=width, height=height, limit=limits.image_pixels // 1_000_000,
                            )
                        )
                    pixels += width * height
                    if pixels > limits.file_pixels:
                        raise EnclosureRefused(
                            said("the image's pages hold more than {limit} million pixels together",
                                 limit=limits.file_pixels // 1_000_000)
                        )
                    # Decoded within the limits just checked: a truncated or corrupt scan is refused now, not
                    # when the package is made. A JPEG is read through at an eighth of its size: every byte of
                    # it is still decoded, in a sixty-fourth of the memory.
                    if frame.format == "JPEG":
                        frame.draft(frame.mode, (max(1, width // 8), max(1, height // 8)))
                    frame.load()
    except EnclosureRefused:
        raise
    except Image.DecompressionBombError:
        raise EnclosureRefused(
            said("the image has more than {limit} million pixels a page", limit=limits.image_pixels // 1_000_000)
        ) from None
    except (UnidentifiedImageError, OSError, ValueError, EOFError, SyntaxError):
        raise EnclosureRefused(damaged) from None
    if pages == 0:
        raise EnclosureRefused(damaged)
    return pages
