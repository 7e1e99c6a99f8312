"""Redaction of a PDF before it leaves the clinic: what concerns other persons is hidden for good (GDPR Art 15(4)).

Pure: PDF bytes in, PDF bytes out; no Qt, no database. A page with anything to hide is rendered to an image with
opaque black boxes burnt in, and that image replaces the page, so that no text, image, annotation or metadata of
the hidden area survives in the file (drawing a black rectangle over text, as many tools do, leaves the text
underneath to be copied). Pages with nothing to hide are kept as they were; the document's metadata (Info
dictionary, XMP) is dropped, and so are attached files that contain a term.

Terms are found in each page's text layer, ignoring case, accents and line wraps; a scanned page has no text
layer, and what it shows is hidden with boxes drawn by the DPO.
"""

from __future__ import annotations

import ctypes
import io
import re
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.letters.pdfium_lock import PDFIUM_LOCK
from lazeo_desk.wording import text

if TYPE_CHECKING:
    from PIL import Image
    from pypdf import PdfWriter

# What a hostile or careless file may cost: an answer package of a few hundred pages is normal, a file of ten
# thousand pages or a page the size of a football pitch is not.
MAX_PDF_BYTES = 512 * 1024 * 1024
MAX_PAGES = 5000
MAX_TERMS = 200
MAX_TERM_CHARS = 200
MAX_BOXES = 10_000
MAX_SECONDS = 600.0
# 200 dpi keeps small print legible on a redacted page; an oversized page is rendered coarser so that one page
# never takes more than about 120 MB of memory (40 million pixels of three bytes).
RENDER_DPI = 200
MAX_PAGE_PIXELS = 40_000_000
# A term shorter than this would hide half the document ("a", "de"): it is refused.
MIN_TERM_CHARS = 2
# A term made of at least this many digits (a phone or patient number) is also found written with other
# separators: "04 12 34 56 78" finds "0412345678" and "04.12.34.56.78".
NUMBER_DIGITS = 6
# Black boxes reach this far (points) beyond the letters they cover: sideways, so that no edge of a letter shows;
# up and down only a little, as a letter's box already spans the font's ascent and descent and lines of ordinary
# spacing would otherwise be struck through.
MARGIN_POINTS = 1.5
MARGIN_POINTS_VERTICAL = 0.3
JPEG_QUALITY = 80

# Why passages are hidden; each has its summary sentence in the wording (redaction.summary.<reason>.one/many).
REASONS = ("other-persons",)



class RedactionError(Explained, ValueError):
    """A PDF or a request that cannot be redacted; the message is one line naming what is wrong."""


class Box(NamedTuple):
    """An area to hide on page ``page`` (counted from 0), in PDF points in the page's own coordinates: ``x``, ``y``
    its lower-left corner measured from the origin of the page's media box, as text positions are given in a PDF."""

    page: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Hidden:
    """What was hidden on one page: ``what`` is ``"box"`` or ``"term"``, ``term`` the term (empty for boxes),
    ``count`` how many passages."""

    page: int
    what: str
    term: str
    count: int


@dataclass(frozen=True)
class RedactionReport:
    """What was hidden, where and why: one :class:`Hidden` per page and term (and one per page for boxes), the
    attached files removed because they contained a term, and the reason (a key of :data:`REASONS`)."""

    reason: str
    hidden: tuple[Hidden, ...] = ()
    removed_attachments: tuple[str, ...] = ()

    @property
    def passages(self) -> int:
        return sum(item.count for item in self.hidden) + len(self.removed_attachments)

    @property
    def pages(self) -> tuple[int, ...]:
        """The pages that were replaced by images (counted from 0)."""
        return tuple(sorted({item.page for item in self.hidden}))

    def summary(self, language: str) -> str:
        """The sentence for the package's index ("3 passages concerning other persons were hidden (Art 15(4)
        GDPR)."), in ``language``; empty when nothing was hidden."""
        count = self.passages
        if count == 0:
            return ""
        number = "one" if count == 1 else "many"
        return text(language, f"redaction.summary.{self.reason}.{number}").format(count=count)


@dataclass(frozen=True)
class Redacted:
    """The redacted PDF and what was hidden in it."""

    pdf: bytes
    report: RedactionReport


@dataclass
class _PageFind:
    rects: list[tuple[float, float, float, float]] = field(default_factory=list)  # left, bottom, right, top
    hidden: list[Hidden] = field(default_factory=list)


def redact(pdf: bytes, *, boxes: Sequence[Box], terms: Sequence[str], reason: str) -> Redacted:
    """``pdf`` with every box and every occurrence of every term hidden for good, and the report of what was.

    Raises :class:`RedactionError` (one line) for a file that is not a readable PDF, is encrypted, is too large,
    or takes too long, and for a box outside the document or a term too short to mean anything.
    """
    started = time.monotonic()
    if reason not in REASONS:
        raise RedactionError(said("reason: {reason} is not a reason for hiding passages", reason=reason))
    if len(pdf) > MAX_PDF_BYTES:
        raise RedactionError(said("the PDF is larger than {limit} MB", limit=MAX_PDF_BYTES // (1024 * 1024)))
    wanted = _checked_terms(terms)
    if len(boxes) > MAX_BOXES:
        raise RedactionError(said("more than {limit} boxes to hide", limit=MAX_BOXES))
    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as error:
            raise RedactionError(said("the PDF cannot be read ({reason})", reason=str(error))) from None
        try:
            count = len(document)
            if count > MAX_PAGES:
                raise RedactionError(said("the PDF has more than {limit} pages", limit=MAX_PAGES))
            finds = _find(document, count, boxes, wanted, started)
            images = {index: _burnt_page(document, index, find.rects, started) for index, find in finds.items()}
        finally:
            document.close()
    output, removed = _assemble(pdf, images, wanted)
    hidden = tuple(item for index in sorted(finds) for item in finds[index].hidden)
    return Redacted(output, RedactionReport(reason, hidden, removed))


@dataclass(frozen=True)
class PageFrame:
    """How a page as shown (an image, rotation and crop box applied) maps onto the page's own coordinates.

    A point shown at ``(u, v)`` — fractions of the shown width and height, from the top-left corner — is the page
    point ``(x0 + u * ux + v * vx, y0 + u * uy + v * vy)`` in PDF points, as a :class:`Box` wants it.
    """

    x0: float
    y0: float
    ux: float
    uy: float
    vx: float
    vy: float

    def point(self, u: float, v: float) -> tuple[float, float]:
        return self.x0 + u * self.ux + v * self.vx, self.y0 + u * self.uy + v * self.vy

    def box(self, page: int, u0: float, v0: float, u1: float, v1: float) -> Box:
        """The :class:`Box` covering the shown rectangle between the corners ``(u0, v0)`` and ``(u1, v1)``."""
        corners = [self.point(u, v) for u in (u0, u1) for v in (v0, v1)]
        xs = [x for x, _ in corners]
        ys = [y for _, y in corners]
        return Box(page, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def page_frames(pdf: bytes) -> tuple[PageFrame, ...]:
    """The :class:`PageFrame` of every page of ``pdf``, for a window that lets the DPO draw boxes on its pages.

    Raises :class:`RedactionError` for a file that cannot be read.
    """
    frames: list[PageFrame] = []
    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as error:
            raise RedactionError(said("the PDF cannot be read ({reason})", reason=str(error))) from None
        try:
            if len(document) > MAX_PAGES:
                raise RedactionError(said("the PDF has more than {limit} pages", limit=MAX_PAGES))
            for index in range(len(document)):
                page = document[index]
                try:
                    # PDFium's own mapping, read at three corners of a large virtual screen: exact for any
                    # rotation and crop box, and the same mapping the redaction burns boxes with.
                    size = 100_000
                    origin = _page_point(page, size, 0, 0)
                    across = _page_point(page, size, size, 0)
                    down = _page_point(page, size, 0, size)
                    frames.append(PageFrame(
                        origin[0], origin[1], across[0] - origin[0], across[1] - origin[1],
                        down[0] - origin[0], down[1] - origin[1],
                    ))
                finally:
                    page.close()
        finally:
            document.close()
    return tuple(frames)


def _page_point(page: pdfium.PdfPage, size: int, device_x: int, device_y: int) -> tuple[float, float]:
    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDF_DeviceToPage(page, 0, 0, size, size, 0, device_x, device_y, ctypes.byref(x), ctypes.byref(y))
    return x.value, y.value


# ----------------------------------------------------------------------------------------------------------------
# Terms: text normalised so that case, accents, line wraps and separators do not matter

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
_HYPHENS = frozenset("-\u00ad\u2010\u2011\u2012\u2013\u0002")
_SPACES = frozenset(" \t\r\n\u00a0\u2007\u202f\u2009\u200b\x0c\ufffe")
_BREAKS = frozenset("\r\n")
_NUMBER_SEPARATORS = frozenset("./()+")


def _fold(char: str) -> str:
    """One character as the search sees it: lower case, no accent (NFKD without combining marks)."""
    decomposed = unicodedata.normalize("NFKD", char.translate(_QUOTES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _normal_term(term: str) -> str:
    pieces: list[str] = []
    for char in term.strip():
        if char in _HYPHENS:
            continue
        if char in _SPACES or char.isspace():
            if pieces and pieces[-1] != " ":
                pieces.append(" ")
            continue
        pieces.append(_fold(char))
    return "".join(pieces).strip()


def _digits(term: str) -> str:
    """The digits of a term that is a number (a phone number), or "" when it is words."""
    if re.fullmatch(r"[\d\s.\-/()+]+", term) is None:
        return ""
    digits = re.sub(r"\D", "", term)
    return digits if len(digits) >= NUMBER_DIGITS else ""


@dataclass(frozen=True)
class _Term:
    given: str
    words: str
    digits: str


def _checked_terms(terms: Sequence[str]) -> list[_Term]:
    if len(terms) > MAX_TERMS:
        raise RedactionError(said("more than {limit} terms to hide", limit=MAX_TERMS))
    checked: list[_Term] = []
    for term in terms:
        if len(term) > MAX_TERM_CHARS:
            raise RedactionError(said("a term to hide is longer than {limit} characters", limit=MAX_TERM_CHARS))
        words = _normal_term(term)
        if len(words.replace(" ", "")) < MIN_TERM_CHARS:
            raise RedactionError(said("term {term}: too short to hide", term=term.strip()))
        if all(known.words != words for known in checked):
            checked.append(_Term(term.strip(), words, _digits(term)))
    return checked


class _Stream(NamedTuple):
    """A page's text as searched (``text``) and, for each of its characters, the index of the PDF character."""

    text: str
    origin: list[int]


def _streams(textpage: pdfium.PdfTextPage) -> tuple[_Stream, _Stream]:
    """The page's text folded for words, and its digits alone (for numbers)."""
    words: list[str] = []
    word_origin: list[int] = []
    digits: list[str] = []
    digit_origin: list[int] = []
    after_hyphen = False
    for index in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage, index)
        char = chr(code) if 0 < code < 0x110000 else "\ufffe"
        if char in _HYPHENS:
            # A word cut at the end of a line ("Du-" / "pont") is found whole: the hyphen and the break vanish.
            after_hyphen = True
            continue
        if char in _SPACES or char.isspace():
            if after_hyphen and char in _BREAKS:
                continue
            if words and words[-1] != " ":
                words.append(" ")
                word_origin.append(index)
            continue
        after_hyphen = False
        if char.isdigit():
            digits.append(char)
            digit_origin.append(index)
        elif char not in _NUMBER_SEPARATORS and digits and digits[-1] != "|":
            # Digits are joined across separators only: a word between two numbers keeps them apart.
            digits.append("|")
            digit_origin.append(index)
        for folded in _fold(char):
            words.append(folded)
            word_origin.append(index)
    return _Stream("".join(words), word_origin), _Stream("".join(digits), digit_origin)


def _occurrences(stream: _Stream, needle: str) -> list[tuple[int, int]]:
    """The PDF character ranges (first, last) where ``needle`` occurs, overlapping occurrences included."""
    found: list[tuple[int, int]] = []
    start = stream.text.find(needle)
    while start >= 0:
        found.append((stream.origin[start], stream.origin[start + len(needle) - 1]))
        start = stream.text.find(needle, start + 1)
    return found


def _char_rects(textpage: pdfium.PdfTextPage, first: int, last: int) -> list[tuple[float, float, float, float]]:
    rects: list[tuple[float, float, float, float]] = []
    for index in range(first, last + 1):
        if pdfium_c.FPDFText_IsGenerated(textpage, index) == 1:
            # A space or line break PDFium inserted between lines: its box would stripe the text around it.
            continue
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        if right > left and top > bottom:
            rects.append((
                left - MARGIN_POINTS, bottom - MARGIN_POINTS_VERTICAL, right + MARGIN_POINTS,
                top + MARGIN_POINTS_VERTICAL,
            ))
    return rects


def _find(
    document: pdfium.PdfDocument, count: int, boxes: Sequence[Box], terms: Sequence[_Term], started: float
) -> dict[int, _PageFind]:
    finds: dict[int, _PageFind] = {}
    for box in boxes:
        if not 0 <= box.page < count:
            raise RedactionError(said("box on page {page}: the PDF has {count} pages", page=box.page + 1, count=count))
        if not (box.width > 0 and box.height > 0):
            raise RedactionError(said("box on page {page}: it has no area", page=box.page + 1))
        find = finds.setdefault(box.page, _PageFind())
        find.rects.append((box.x, box.y, box.x + box.width, box.y + box.height))
    for index, find in finds.items():
        find.hidden.append(Hidden(index, "box", "", len(find.rects)))
    if not terms:
        return finds
    for index in range(count):
        _check_time(started)
        page = document[index]
        textpage = page.get_textpage()
        try:
            words, digits = _streams(textpage)
            for term in terms:
                ranges = _occurrences(words, term.words)
                if term.digits:
                    ranges = sorted(set(ranges) | set(_occurrences(digits, term.digits)))
                if not ranges:
                    continue
                find = finds.setdefault(index, _PageFind())
                for first, last in ranges:
                    find.rects.extend(_char_rects(textpage, first, last))
                find.hidden.append(Hidden(index, "term", term.given, len(ranges)))
        finally:
            textpage.close()
            page.close()
    return finds


def _check_time(started: float) -> None:
    if time.monotonic() - started > MAX_SECONDS:
        raise RedactionError(said("redaction took longer than {limit} seconds", limit=int(MAX_SECONDS)))


# ----------------------------------------------------------------------------------------------------------------
# Pages burnt: rendered, blacked out, encoded


@dataclass(frozen=True)
class _PageImage:
    jpeg: bytes
    width_px: int
    height_px: int
    width_pt: float
    height_pt: float
    grey: bool = False


def _device(page: pdfium.PdfPage, width: int, height: int, x: float, y: float) -> tuple[int, int]:
    """Where the page point (x, y) falls on a bitmap of ``width`` × ``height`` pixels showing the whole page
    (PDFium accounts for the crop box and the page's rotation)."""
    device_x, device_y = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDF_PageToDevice(page, 0, 0, width, height, 0, x, y, ctypes.byref(device_x), ctypes.byref(device_y))
    return device_x.value, device_y.value


def _grey(image: Image.Image) -> bool:
    """The page shows no colour (measured on a reduced copy: anti-aliasing may tint single pixels)."""
    from PIL import ImageChops

    red, green, blue = image.reduce(4).split()
    spreads = [ImageChops.difference(one, other).getextrema() for one, other in ((red, green), (green, blue))]
    return all(isinstance(spread[1], int | float) and spread[1] <= 16 for spread in spreads)


def _burnt_page(
    document: pdfium.PdfDocument, index: int, rects: Sequence[tuple[float, float, float, float]], started: float
) -> _PageImage:
    from PIL import ImageDraw

    _check_time(started)
    page = document[index]
    try:
        width_pt, height_pt = page.get_size()
        if not (width_pt > 0 and height_pt > 0):
            raise RedactionError(said("page {page} has no size", page=index + 1))
        scale = RENDER_DPI / 72
        pixels = width_pt * height_pt * scale * scale
        if pixels > MAX_PAGE_PIXELS:
            # A little under the bound: PDFium rounds each side up to whole pixels.
            scale *= (MAX_PAGE_PIXELS / pixels) ** 0.5 * 0.99
        bitmap = page.render(scale=scale, may_draw_forms=True)
        try:
            image = bitmap.to_pil().convert("RGB")
        finally:
            bitmap.close()
        draw = ImageDraw.Draw(image)
        for left, bottom, right, top in rects:
            corners = [_device(page, image.width, image.height, x, y) for x in (left, right) for y in (bottom, top)]
            xs = [point[0] for point in corners]
            ys = [point[1] for point in corners]
            # One pixel more on every side: rounding never leaves a sliver of a letter.
            draw.rectangle((min(xs) - 1, min(ys) - 1, max(xs) + 1, max(ys) + 1), fill=(0, 0, 0))
        if _grey(image):
            # Most pages of a medical file are black on white: one channel instead of three, a third of the bytes.
            image = image.convert("L")
        encoded = io.BytesIO()
        image.save(encoded, format="JPEG", quality=JPEG_QUALITY, subsampling=2)
        return _PageImage(encoded.getvalue(), image.width, image.height, width_pt, height_pt, image.mode == "L")
    finally:
        page.close()


# ----------------------------------------------------------------------------------------------------------------
# The output file: burnt pages in place of the originals, the others copied, metadata dropped


def _add_image_page(writer: PdfWriter, image: _PageImage) -> None:
    """A page the size of the one it replaces, showing the burnt image (the JPEG is embedded as it is)."""
    from pypdf.generic import DictionaryObject, NameObject, NumberObject, StreamObject

    picture = StreamObject()
    picture._data = image.jpeg  # noqa: SLF001  (pypdf writes a stream's bytes as given, with its /Filter)
    picture.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(image.width_px),
        NameObject("/Height"): NumberObject(image.height_px),
        NameObject("/ColorSpace"): NameObject("/DeviceGray" if image.grey else "/DeviceRGB"),
        NameObject("/BitsPerComponent"): NumberObject(8),
        NameObject("/Filter"): NameObject("/DCTDecode"),
    })
    drawing = StreamObject()
    drawing._data = f"q {image.width_pt:.4f} 0 0 {image.height_pt:.4f} 0 0 cm /Burnt Do Q".encode("ascii")  # noqa: SLF001
    page = writer.add_blank_page(image.width_pt, image.height_pt)
    page[NameObject("/Resources")] = DictionaryObject({
        NameObject("/XObject"): DictionaryObject({NameObject("/Burnt"): writer._add_object(picture)}),  # noqa: SLF001
    })
    page[NameObject("/Contents")] = writer._add_object(drawing)  # noqa: SLF001


def _assemble(pdf: bytes, images: dict[int, _PageImage], terms: Sequence[_Term]) -> tuple[bytes, tuple[str, ...]]:
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError
    from pypdf.generic import NameObject

    try:
        reader = PdfReader(io.BytesIO(pdf))
        if reader.is_encrypted:
            raise RedactionError(said("the PDF is encrypted: it cannot be redacted"))
        # Only pages are copied: the outline, forms, scripts and names of the original stay behind.
        writer = PdfWriter()
        for index, original in enumerate(reader.pages):
            if index in images:
                _add_image_page(writer, images[index])
            else:
                page = writer.add_page(original)
                for private in ("/Metadata", "/PieceInfo"):
                    if NameObject(private) in page:
                        del page[NameObject(private)]
        removed: list[str] = []
        for name, contents in _attachments(reader):
            if terms and _mentions(contents, terms):
                removed.append(name)
            else:
                writer.add_attachment(name, contents)
        writer.metadata = None
        out = io.BytesIO()
        writer.write(out)
    except (PdfReadError, KeyError, ValueError, TypeError) as error:
        if isinstance(error, RedactionError):
            raise
        raise RedactionError(said("the PDF cannot be read ({reason})", reason=str(error))) from None
    return out.getvalue(), tuple(removed)


def _attachments(reader: object) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for name, versions in getattr(reader, "attachments", {}).items():
        for contents in versions:
            found.append((str(name), bytes(contents)))
    return found


def _mentions(contents: bytes, terms: Sequence[_Term]) -> bool:
    """An attached file (an export as CSV, JSON or XML) mentions a term, read as UTF-8 or else Latin-1."""
    try:
        decoded = contents.decode("utf-8")
    except UnicodeDecodeError:
        decoded = contents.decode("latin-1")
    folded = _normal_term(decoded)
    # Numbers are compared without their separators, one written number at a time.
    numbers = {re.sub(r"\D", "", run) for run in re.findall(r"\d[\d .\-/()]*", decoded)}
    return any(
        term.words in folded or (term.digits and any(term.digits in number for number in numbers)) for term in terms
    )
