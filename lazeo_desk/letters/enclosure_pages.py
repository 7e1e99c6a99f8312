"""An enclosure made into A4 pages: scans scaled onto the page, exports (CSV, JSON, XML) laid out as tables.

Inputs are bytes, outputs PDF bytes; nothing here knows of windows or the database. The limits a file must keep
to are checked before it is stored (``lazeo_desk.services.enclosure_files``); the readers here still bound their
own work, so that a file reaching them some other way cannot cost more than those limits allow.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from PIL import ExifTags, Image, ImageOps, ImageSequence
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from lazeo_desk.domain.messages import Explained, said
from lazeo_desk.letters.fonts import BOLD, REGULAR, register_fonts

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
CSV = "text/csv"
JSON = "application/json"
XML = "application/xml"
IMAGE_TYPES = frozenset({PNG, JPEG, TIFF})
TABLE_TYPES = frozenset({CSV, JSON, XML})

# A scan is set at this resolution on the page: sharp on paper and on screen, a fraction of a 600 dpi original.
SCAN_DPI = 150
PAGE_MARGIN = 10 * mm
# A cell longer than this is cut on the page (the original file, attached whole, keeps every character).
CELL_CHARACTERS = 400
# More columns than this are set on landscape pages.
PORTRAIT_COLUMNS = 6


class EnclosureUnreadable(Explained, ValueError):
    """The file cannot be read as what its first bytes say it is; the message says why in one line."""


@dataclass(frozen=True)
class TableData:
    """A tabular export read into a header row and data rows of text (rows as long as the header)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


# ----------------------------------------------------------------------------------------------------------------
# Tabular exports


def decoded_text(content: bytes) -> str:
    """The text of an export: UTF-8 (with or without its byte order mark), else Windows-1252, as the clinics'
    older software writes it."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def read_table(content: bytes, media_type: str, *, max_rows: int, max_columns: int) -> TableData:
    """``content`` as rows and columns; ``EnclosureUnreadable`` when it cannot be, or passes ``max_rows`` data
    rows or ``max_columns`` columns."""
    text = decoded_text(content)
    if media_type == CSV:
        table = _csv_table(text, max_rows, max_columns)
    elif media_type == JSON:
        table = _json_table(text, max_rows, max_columns)
    elif media_type == XML:
        table = _xml_table(text, max_rows, max_columns)
    else:
        raise ValueError(f"not a tabular type: {media_type}")
    if not table.columns:
        raise EnclosureUnreadable(said("the file holds no rows to show"))
    return table


def _too_many_rows(limit: int) -> EnclosureUnreadable:
    return EnclosureUnreadable(said("the export has more than {count} rows", count=limit))


def _too_many_columns(limit: int) -> EnclosureUnreadable:
    return EnclosureUnreadable(said("the export has more than {count} columns", count=limit))


def _csv_table(text: str, max_rows: int, max_columns: int) -> TableData:
    sample = text[: 64 * 1024]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t|")
    except csv.Error:
        # Ragged rows defeat the sniffer: the header line's most frequent separator is the separator.
        first_line = sample.split("\n", 1)[0]
        separator = max(";,\t|", key=first_line.count)

        class Found(csv.excel):
            delimiter = separator

        dialect = Found
    rows: list[tuple[str, ...]] = []
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > max_columns:
                raise _too_many_columns(max_columns)
            rows.append(tuple(row))
            if len(rows) > max_rows + 1:
                raise _too_many_rows(max_rows)
    except csv.Error as error:
        raise EnclosureUnreadable(said("the CSV file cannot be read: {reason}", reason=str(error))) from None
    if not rows:
        return TableData((), ())
    width = max(len(row) for row in rows)
    padded = [row + ("",) * (width - len(row)) for row in rows]
    return TableData(padded[0], tuple(padded[1:]))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _records_table(records: Sequence[dict[str, object]], max_columns: int) -> TableData:
    columns: dict[str, None] = {}
    for record in records:
        for key in record:
            columns.setdefault(str(key), None)
            if len(columns) > max_columns:
                raise _too_many_columns(max_columns)
    names = tuple(columns)
    rows = tuple(tuple(_cell(record.get(name)) for name in names) for record in records)
    return TableData(names, rows)


def _json_table(text: str, max_rows: int, max_columns: int) -> TableData:
    try:
        value = json.loads(text)
    except RecursionError:
        raise EnclosureUnreadable(said("the JSON file nests its values too deeply")) from None
    except ValueError as error:
        raise EnclosureUnreadable(said("the JSON file cannot be read: {reason}", reason=str(error))) from None
    if isinstance(value, dict):
        # An export that wraps its records ({"bookings": [{…}, …]}) is its records; any other object is a form.
        lists = [item for item in value.values() if isinstance(item, list)]
        if len(value) == 1 and lists and all(isinstance(item, dict) for item in lists[0]):
            value = lists[0]
        else:
            if len(value) > max_rows:
                raise _too_many_rows(max_rows)
            return TableData(("", ""), tuple((str(key), _cell(item)) for key, item in value.items()))
    if isinstance(value, list):
        if len(value) > max_rows:
            raise _too_many_rows(max_rows)
        if value and all(isinstance(item, dict) for item in value):
            return _records_table(value, max_columns)
        return TableData(("",), tuple((_cell(item),) for item in value))
    return TableData(("",), ((_cell(value),),))


_DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xml_table(text: str, max_rows: int, max_columns: int) -> TableData:
    # An export needs no document type: refusing declarations refuses entity expansion (the "billion laughs")
    # and external entities before the parser sees them.
    if _DECLARATION.search(text):
        raise EnclosureUnreadable(said("the XML file declares a document type or entities, which exports never do"))
    try:
        root = ET.fromstring(text)
    except ET.ParseError as error:
        raise EnclosureUnreadable(said("the XML file cannot be read: {reason}", reason=str(error))) from None
    children = list(root)
    if len(children) > max_rows:
        raise _too_many_rows(max_rows)
    if children and any(len(child) or child.attrib for child in children):
        records: list[dict[str, object]] = []
        for child in children:
            record: dict[str, object] = {_local(key): value for key, value in child.attrib.items()}
            for field in child:
                record[_local(field.tag)] = "".join(field.itertext()).strip()
            if not record:
                record[_local(child.tag)] = (child.text or "").strip()
            records.append(record)
        return _records_table(records, max_columns)
    if children:
        return TableData(("", ""), tuple((_local(child.tag), (child.text or "").strip()) for child in children))
    return TableData(("",), (((root.text or "").strip(),),))


def _cut(text: str) -> str:
    return text if len(text) <= CELL_CHARACTERS else text[: CELL_CHARACTERS - 1] + "…"


def _column_widths(table: TableData, width: float) -> list[float]:
    # Each column gets a share by its longest text (capped), so that a code column does not take a third of a page.
    longest = [max(4, min(40, len(name))) for name in table.columns]
    for row in table.rows[:500]:
        for index, cell in enumerate(row):
            longest[index] = max(longest[index], min(40, len(cell)))
    total = sum(longest)
    return [width * share / total for share in longest]


def table_pages(table: TableData, *, heading: str, note: str) -> bytes:
    """The table on A4 (landscape when it is wide), its header row repeated on every page, under ``heading`` and
    ``note``."""
    register_fonts()
    page = landscape(A4) if len(table.columns) > PORTRAIT_COLUMNS else A4
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=18 * mm, bottomMargin=15 * mm,
        title=heading,
    )
    title_style = ParagraphStyle("heading", fontName=BOLD, fontSize=12, leading=15, spaceAfter=4)
    muted = colors.HexColor("#5c5c5c")
    note_style = ParagraphStyle("note", fontName=REGULAR, fontSize=8.5, leading=11, textColor=muted)
    cell_style = ParagraphStyle("cell", fontName=REGULAR, fontSize=7.5, leading=9)
    head_style = ParagraphStyle("head", parent=cell_style, fontName=BOLD)
    width = page[0] - 30 * mm
    data: list[list[Paragraph]] = []
    if any(table.columns):
        data.append([Paragraph(escape(_cut(name)), head_style) for name in table.columns])
    data += [[Paragraph(escape(_cut(cell)), cell_style) for cell in row] for row in table.rows]
    story: list[Any] = [Paragraph(escape(heading), title_style), Paragraph(escape(note), note_style), Spacer(1, 4 * mm)]
    if data:
        grid = LongTable(data, colWidths=_column_widths(table, width), repeatRows=1 if any(table.columns) else 0)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9a9a9a")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        if any(table.columns):
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ececec")))
        grid.setStyle(TableStyle(style))
        story.append(grid)
    document.build(story)
    return buffer.getvalue()


# ----------------------------------------------------------------------------------------------------------------
# Scans


def image_frames(image: Image.Image) -> Iterator[Image.Image]:
    """Each page of an image file (a TIFF may hold several)."""
    yield from ImageSequence.Iterator(image)


# A scan already close to the resolution it is shown at is embedded as it is (no second JPEG compression).
SCAN_DPI_KEPT = 1.5


def _page_ready(frame: Image.Image, content: bytes, box: tuple[float, float]) -> tuple[bytes, int, int, bool]:
    """The frame as JPEG bytes at about ``SCAN_DPI`` on the page (its own bytes when it is a plain JPEG close to
    that already), with its pixel size and whether it is greyscale."""
    width, height = frame.size
    scale = min(box[0] / width, box[1] / height)
    target = (max(1, round(width * scale / 72 * SCAN_DPI)), max(1, round(height * scale / 72 * SCAN_DPI)))
    grey = frame.mode in ("1", "L", "I;16", "I", "F") or (frame.mode == "P" and _grey_palette(frame))
    mode = "L" if grey else "RGB"
    close_enough = width <= target[0] * SCAN_DPI_KEPT and height <= target[1] * SCAN_DPI_KEPT
    # Only cameras' JPEGs carry a turn in their EXIF (reading a PNG's would decode it whole).
    upright = frame.format != "JPEG" or frame.getexif().get(ExifTags.Base.Orientation, 1) == 1
    if frame.format == "JPEG" and frame.mode in ("L", "RGB") and close_enough and upright:
        return content, width, height, frame.mode == "L"
    if frame.format == "JPEG":
        # The JPEG decoder scales by 1/2, 1/4 or 1/8 while it decodes: a 600 dpi scan never exists whole in memory.
        frame.draft(mode, target)
    if not upright:
        frame = ImageOps.exif_transpose(frame)
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        ready = flat
    else:
        ready = frame.convert(mode) if frame.mode != mode else frame
    if ready.size[0] > target[0] * SCAN_DPI_KEPT or ready.size[1] > target[1] * SCAN_DPI_KEPT:
        ready = ready.resize(target, Image.Resampling.BILINEAR, reducing_gap=2.0)
    buffer = io.BytesIO()
    ready.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue(), ready.size[0], ready.size[1], grey


def _grey_palette(frame: Image.Image) -> bool:
    palette = frame.getpalette() or []
    return all(palette[i] == palette[i + 1] == palette[i + 2] for i in range(0, len(palette) - 2, 3))


class _ImagePdf:
    """A PDF of pages that each show one JPEG, written directly: the JPEG bytes go in unchanged (DCTDecode), with
    no decoding, re-encoding or hashing by a layout library."""

    def __init__(self) -> None:
        self._objects: list[bytes] = []
        self._pages: list[int] = []

    def _add(self, body: bytes) -> int:
        self._objects.append(body)
        return len(self._objects) + 2  # objects 1 and 2 are the catalogue and the page tree

    def page(self, jpeg: bytes, pixels: tuple[int, int], grey: bool, page: tuple[float, float],
             place: tuple[float, float, float, float]) -> None:
        colours = b"/DeviceGray" if grey else b"/DeviceRGB"
        image = self._add(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 "
            b"/Filter /DCTDecode /Length %d >>\nstream\n" % (pixels[0], pixels[1], colours, len(jpeg))
            + jpeg + b"\nendstream"
        )
        x, y, width, height = place
        drawing = b"q %.2f 0 0 %.2f %.2f %.2f cm /Scan Do Q" % (width, height, x, y)
        contents = self._add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(drawing), drawing))
        self._pages.append(
            self._add(
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                b"/Resources << /XObject << /Scan %d 0 R >> >> >>" % (page[0], page[1], contents, image)
            )
        )

    def bytes(self) -> bytes:
        kids = b" ".join(b"%d 0 R" % number for number in self._pages)
        bodies = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Count %d /Kids [%s] >>" % (len(self._pages), kids),
            *self._objects,
        ]
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(bodies, 1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % number)
            out.write(body)
            out.write(b"\nendobj\n")
        table = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(bodies) + 1, table))
        return out.getvalue()


def image_pages(content: bytes) -> bytes:
    """Every page of an image file on its own A4 page (landscape for a landscape image), scaled to fit within the
    margins, centred."""
    pdf = _ImagePdf()
    with Image.open(io.BytesIO(content)) as image:
        for frame in image_frames(image):
            page = landscape(A4) if frame.size[0] > frame.size[1] else A4
            box = (page[0] - 2 * PAGE_MARGIN, page[1] - 2 * PAGE_MARGIN)
            jpeg, pixel_width, pixel_height, grey = _page_ready(frame, content, box)
            scale = min(box[0] / pixel_width, box[1] / pixel_height)
            shown = (pixel_width * scale, pixel_height * scale)
            place = ((page[0] - shown[0]) / 2, (page[1] - shown[1]) / 2, *shown)
            pdf.page(jpeg, (pixel_width, pixel_height), grey, page, place)
    return pdf.bytes()


def table_page_count(table: TableData) -> int:
    """How many pages a table takes once laid out (scans and PDFs are counted by their readers)."""
    return len(PdfReader(io.BytesIO(table_pages(table, heading=" ", note=" "))).pages)
