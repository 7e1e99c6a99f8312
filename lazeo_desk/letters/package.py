"""The answer package: one PDF with the answer letter, an index of the enclosures, then the enclosures as pages.

PDF enclosures keep their pages; scans are set on A4; exports are laid out as tables and also attached inside the
PDF as the original files (the structured, machine-readable copy portability asks for, GDPR Art 20(1)). Every page
is stamped with the case reference and "n/N". Inputs are bytes and their descriptions, the output PDF bytes:
nothing here knows of windows or the database.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter, Transformation
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from lazeo_desk import wording
from lazeo_desk.letters.enclosure_pages import (
    IMAGE_TYPES,
    PDF,
    TABLE_TYPES,
    image_pages,
    read_table,
    table_pages,
)
from lazeo_desk.letters.fonts import BOLD, REGULAR, register_fonts

# What may change the enclosures' pages before they join the package (redaction): PDF bytes in, PDF bytes out.
PageFilter = Callable[[bytes], bytes]

# The reader's bounds on an export laid out as a table (the stored files were checked against the same numbers).
TABLE_ROWS = 20_000
TABLE_COLUMNS = 60


@dataclass(frozen=True)
class PackageEnclosure:
    """One enclosure as the package needs it: its description, its type (as sniffed) and its bytes."""

    title: str
    source: str
    document_date: date
    media_type: str
    filename: str
    content: bytes


@dataclass(frozen=True)
class IndexLine:
    """A line of the package's index: the enclosure's number, description, pages and first page in the PDF."""

    number: int
    title: str
    source: str
    document_date: date
    pages: int
    first_page: int
    attached: str = ""


@dataclass(frozen=True)
class ComposedPackage:
    pdf: bytes
    pages: int
    index: tuple[IndexLine, ...]


def enclosure_pdf(enclosure: PackageEnclosure, *, number: int, language: str) -> bytes:
    """The pages of one enclosure as a PDF of its own."""
    if enclosure.media_type == PDF:
        return enclosure.content
    if enclosure.media_type in IMAGE_TYPES:
        return image_pages(enclosure.content)
    if enclosure.media_type in TABLE_TYPES:
        table = read_table(
            enclosure.content, enclosure.media_type, max_rows=TABLE_ROWS, max_columns=TABLE_COLUMNS
        )
        heading = wording.text(language, "package.enclosure.heading").format(number=number, title=enclosure.title)
        note = wording.text(language, "package.enclosure.attached").format(filename=enclosure.filename)
        return table_pages(table, heading=heading, note=note)
    raise ValueError(f"no pages for {enclosure.media_type}")


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


# ----------------------------------------------------------------------------------------------------------------
# The index


def index_pdf(reference: str, lines: Sequence[IndexLine], language: str, note: str = "") -> bytes:
    """The index of the enclosures, on A4: number, title, source, date, pages, and where each starts; ``note``
    (what was hidden from the copy, Art 15(4)) under the table."""
    register_fonts()
    words = wording.entries(language)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
        title=words["package.index.title"].text,
    )
    title_style = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18, spaceAfter=6)
    body_style = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13, spaceAfter=4)
    cell_style = ParagraphStyle("cell", fontName=REGULAR, fontSize=9, leading=11)
    head_style = ParagraphStyle("head", parent=cell_style, fontName=BOLD)
    heads = [
        words[f"package.index.{name}"].text
        for name in ("number", "document", "source", "date", "pages", "first_page")
    ]
    data: list[list[Any]] = [[Paragraph(escape(head), head_style) for head in heads]]
    for line in lines:
        title = escape(line.title)
        if line.attached:
            attached = wording.text(language, "package.index.attached").format(filename=line.attached)
            title += f"<br/><font size='8' color='#5c5c5c'>{escape(attached)}</font>"
        data.append([
            Paragraph(str(line.number), cell_style),
            Paragraph(title, cell_style),
            Paragraph(escape(line.source), cell_style),
            Paragraph(escape(wording.long_date(line.document_date, language)), cell_style),
            Paragraph(str(line.pages), cell_style),
            Paragraph(str(line.first_page), cell_style),
        ])
    grid = LongTable(data, colWidths=[10 * mm, 58 * mm, 42 * mm, 28 * mm, 14 * mm, 18 * mm], repeatRows=1)
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9a9a9a")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ececec")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story: list[Any] = [
        Paragraph(escape(words["package.index.title"].text), title_style),
        Paragraph(escape(words["package.index.reference"].text.format(reference=reference)), body_style),
        Paragraph(
            escape(words["package.index.intro"].text)
            + (" " + escape(words["package.index.originals"].text) if any(line.attached for line in lines) else ""),
            body_style,
        ),
        Spacer(1, 3 * mm),
        grid,
    ]
    if note:
        story += [Spacer(1, 4 * mm), Paragraph(escape(note), body_style)]
    document.build(story)
    return buffer.getvalue()


# ----------------------------------------------------------------------------------------------------------------
# Stamps


def _stamps(reference: str, sizes: Sequence[tuple[float, float]]) -> bytes:
    """One page per page of the package, each of that page's size, carrying "REF — n/N" in its top right corner
    on a white ground (legible over a dark scan)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    total = len(sizes)
    for number, (width, height) in enumerate(sizes, 1):
        canvas.setPageSize((width, height))
        label = f"{reference} — {number}/{total}"
        size = 8
        text_width = canvas.stringWidth(label, REGULAR, size)
        x = width - 10 * mm - text_width
        y = height - 7 * mm
        canvas.setFillColor(colors.white)
        canvas.rect(x - 1.5 * mm, y - 1.2 * mm, text_width + 3 * mm, size + 1.6 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#1a1a1a"))
        canvas.setFont(REGULAR, size)
        canvas.drawString(x, y, label)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# ----------------------------------------------------------------------------------------------------------------
# The package


def compose_package(
    *,
    reference: str,
    letter_pdf: bytes,
    enclosures: Iterable[PackageEnclosure],
    language: str,
    redaction: PageFilter | None = None,
    index_note: Callable[[], str] | None = None,
    originals: bool = True,
) -> ComposedPackage:
    """The whole package as one PDF.

    ``enclosures`` is read once, in order, each made into pages as it comes: a generator that reads each file when
    asked keeps one enclosure's bytes in memory at a time (the exports, attached whole, are kept to the end).
    ``redaction``, when given, receives the enclosures' pages as one PDF and returns them changed (same number of
    pages) and the original exports with them, and removes an export holding a hidden term. ``originals`` false
    attaches no export (areas hidden by hand cannot be matched against a file). ``index_note``,
    asked once the enclosures' pages are made, gives a sentence for the index (what the redaction hid).
    """
    # With a redaction, the exports go in with the pages it reads: it removes a file holding a hidden term, and
    # the survivors are attached.
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(letter_pdf)))
    letter_pages = len(writer.pages)
    enclosure_writer = PdfWriter() if redaction is not None else writer
    described: list[tuple[str, str, date]] = []
    counts: list[int] = []
    attachments: dict[int, tuple[str, bytes]] = {}
    for number, item in enumerate(enclosures, 1):
        part = PdfReader(io.BytesIO(enclosure_pdf(item, number=number, language=language)))
        counts.append(len(part.pages))
        enclosure_writer.append(part)
        described.append((item.title, item.source, item.document_date))
        if originals and item.media_type in TABLE_TYPES:
            # A PDF names its attachments uniquely: a name met twice gets the enclosure's number in front.
            taken = any(name == item.filename for name, _ in attachments.values())
            attachments[number] = (f"{number}-{item.filename}" if taken else item.filename, item.content)
    if redaction is not None:
        for name, content in attachments.values():
            enclosure_writer.add_attachment(name, content)
        buffer = io.BytesIO()
        enclosure_writer.write(buffer)
        del enclosure_writer
        redacted = PdfReader(io.BytesIO(redaction(buffer.getvalue())))
        writer.append(redacted)
        kept = set(redacted.attachments)
        attachments = {number: item for number, item in attachments.items() if item[0] in kept}

    def lines(first: int) -> list[IndexLine]:
        found: list[IndexLine] = []
        for number, ((title, source, day), pages) in enumerate(zip(described, counts, strict=True), 1):
            attached = attachments[number][0] if number in attachments else ""
            found.append(IndexLine(number, title, source, day, pages, first, attached))
            first += pages
        return found

    # The index's own length decides where the enclosures start: set it once to count its pages, then for good;
    # it goes in after the letter, before the enclosures already in place.
    note = index_note() if index_note is not None else ""
    index_pages = page_count(index_pdf(reference, lines(letter_pages + 1), language, note))
    index = lines(letter_pages + index_pages + 1)
    for offset, page in enumerate(PdfReader(io.BytesIO(index_pdf(reference, index, language, note))).pages):
        writer.insert_page(page, letter_pages + offset)
    # Bookmarks, so that a reader's side panel lists the index and each enclosure.
    writer.add_outline_item(title=wording.text(language, "package.index.title"), page_number=letter_pages)
    for line in index:
        writer.add_outline_item(title=f"{line.number}. {line.title}", page_number=line.first_page - 1)
    for page in writer.pages:
        if page.get("/Rotate", 0):
            page.transfer_rotation_to_content()
    sizes = [(float(page.mediabox.width), float(page.mediabox.height)) for page in writer.pages]
    stamps = PdfReader(io.BytesIO(_stamps(reference, sizes)))
    for page, stamp in zip(writer.pages, stamps.pages, strict=True):
        # The stamp's origin is the lower left of its page; a page whose box does not start at 0,0 moves it there.
        left, bottom = float(page.mediabox.left), float(page.mediabox.bottom)
        if left or bottom:
            page.merge_transformed_page(stamp, Transformation().translate(left, bottom))
        else:
            page.merge_page(stamp)
    for name, content in attachments.values():
        writer.add_attachment(name, content)
    writer.add_metadata({"/Title": reference, "/Producer": "LAZEO Desk"})
    out = io.BytesIO()
    writer.write(out)
    return ComposedPackage(out.getvalue(), len(sizes), tuple(index))
