"""The page: a composed letter laid out on A4 with ReportLab, as a business letter for a DL window envelope.

First page: letterhead, the DPO's contact block, the recipient in the envelope window (left or right, from the
profile), then place and date, references, subject and body. Later pages carry a short running head. Every page
has the company's legal line and the case reference in the footer, and "n/N" when there is more than one page.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.organisation import OrganisationProfile, WindowSide
from lazeo_desk.letters.fonts import BOLD, REGULAR, register_fonts
from lazeo_desk.letters.letter import BlockKind, ComposedLetter, LetterBlock
from lazeo_desk.letters.markup import bold, data

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = 25 * mm
RIGHT_MARGIN = 20 * mm
BOTTOM_MARGIN = 22 * mm
TOP_MARGIN_LATER = 24 * mm
BODY_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
WINDOW_WIDTH = 85 * mm
WINDOW_HEIGHT = 40 * mm
BODY_TOP_FIRST = 100 * mm  # first page: the body starts below the envelope window
FOLD_MARKS = (99 * mm, 198 * mm)  # folding A4 in three for a DL envelope
SIGNATURE_SPACE = 22 * mm
COMPACT_SIGNATURE_SPACE = 15 * mm
KEPT_WITH_SIGNATURE = 2  # blocks of text kept on the signature's page
LIGHT_LAST_PAGE = 0.4  # a last page filled less than this is worth trying to save
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c5c5c")
RULE = colors.HexColor("#9a9a9a")
TABLE_HEAD = colors.HexColor("#ececec")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle
    bullet: ParagraphStyle
    address: ParagraphStyle
    small: ParagraphStyle
    table: ParagraphStyle
    table_head: ParagraphStyle
    note: ParagraphStyle
    subject: ParagraphStyle
    right_column: ParagraphStyle
    signature: ParagraphStyle
    recipient: ParagraphStyle
    mention: ParagraphStyle
    sender: ParagraphStyle
    brand: ParagraphStyle
    footer: ParagraphStyle


@cache
def make_styles(compact: bool = False) -> Styles:
    """The paragraph styles; ``compact`` tightens the spacing a little to save a page. Made once: the letters
    only derive styles from them, never change them."""
    family = register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=family,
        bulletFontName=family,
        fontSize=10.5,
        leading=13.5 if compact else 14,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=5 if compact else 7,
    )
    return Styles(
        body=body,
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=6,
            spaceAfter=5,
            alignment=TA_LEFT,
            keepWithNext=1,
        ),
        label=ParagraphStyle("label", parent=body, fontName=BOLD, spaceAfter=1, alignment=TA_LEFT, keepWithNext=1),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=6 * mm, bulletIndent=2 * mm, spaceAfter=3),
        address=ParagraphStyle("address", parent=body, leftIndent=10 * mm, alignment=TA_LEFT, spaceAfter=0, leading=13),
        small=ParagraphStyle("small", parent=body, fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=0),
        table=ParagraphStyle("table", parent=body, fontSize=8.5, leading=10.5, alignment=TA_LEFT, spaceAfter=0),
        table_head=ParagraphStyle(
            "table_head", parent=body, fontName=BOLD, fontSize=8.5, leading=10.5, alignment=TA_LEFT, spaceAfter=0
        ),
        note=ParagraphStyle(
            "note", parent=body, fontSize=8.5, leading=10.5, textColor=MUTED, spaceBefore=3, spaceAfter=9
        ),
        subject=ParagraphStyle("subject", parent=body, fontName=BOLD, alignment=TA_LEFT, spaceBefore=4, spaceAfter=10),
        right_column=ParagraphStyle("right_column", parent=body, alignment=TA_LEFT, spaceAfter=0),
        signature=ParagraphStyle("signature", parent=body, alignment=TA_LEFT, spaceAfter=0, leading=13.5),
        recipient=ParagraphStyle("recipient", parent=body, fontSize=11, leading=13.5, alignment=TA_LEFT, spaceAfter=0),
        mention=ParagraphStyle(
            "mention", parent=body, fontName=BOLD, fontSize=8.5, leading=11, alignment=TA_LEFT, spaceAfter=3
        ),
        sender=ParagraphStyle(
            "sender", parent=body, fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_LEFT, spaceAfter=0
        ),
        brand=ParagraphStyle(
            "brand", parent=body, fontName=BOLD, fontSize=20, leading=22, alignment=TA_LEFT, spaceAfter=0
        ),
        footer=ParagraphStyle(
            "footer", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED, alignment=TA_CENTER, spaceAfter=0
        ),
    )


# The fragment ReportLab's parser makes of a plain text in each style, kept while the style lives.
_PLAIN_FRAGMENTS: WeakKeyDictionary[ParagraphStyle, Any] = WeakKeyDictionary()


def _plain_fragment(style: ParagraphStyle) -> Any:
    """The fragment of one word of plain text in ``style``, as ReportLab's own parser makes it."""
    fragment = _PLAIN_FRAGMENTS.get(style)
    if fragment is None:
        fragment = Paragraph("x", style).frags[0]
        _PLAIN_FRAGMENTS[style] = fragment
    return fragment


class _Paragraph(Paragraph):
    """A paragraph that breaks its lines once for a width: a block kept together is measured, then placed, at the
    same width, and ReportLab would break every line again each time."""

    _broken_for: float | None = None

    def __init__(self, text: str, style: ParagraphStyle, bulletText: str | None = None) -> None:  # noqa: N803
        # Most of a letter's paragraphs hold no markup at all (names and data are escaped, so any "<" or "&" in
        # them goes through the parser): their one fragment is the style's, with the text as ReportLab's parser
        # would leave it, and parsing them again for every letter is a tenth of its time.
        frags = None
        if bulletText is None and getattr(style, "bulletText", None) is None and "<" not in text and "&" not in text:
            cleaned = cleanBlockQuotedText(text)
            if cleaned:
                text, frags = cleaned, [_plain_fragment(style).clone(text=cleaned)]
        super().__init__(text, style, bulletText, frags=frags)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803  (ReportLab's names)
        # ReportLab's split drops the lines of a paragraph it sends whole to the next page: break them again then.
        if availWidth == self._broken_for and "blPara" in self.__dict__:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._broken_for = availWidth
        return width, height


class _Columns(Flowable):
    """Two columns of flowables side by side on one line (references and date, enclosures and signature), each
    column's flowables one under the other: set where a one-row Table without padding, but ``gap`` after the
    first column, sets them (its own rules: the space before the first flowable and after the last left out),
    without the Table's general machinery, which cost a letter a tenth of its time."""

    def __init__(
        self, first: Sequence[Flowable], second: Sequence[Flowable], widths: tuple[float, float], gap: float,
        first_at_bottom: bool = False,
    ) -> None:
        super().__init__()
        self.columns = (list(first), list(second))
        self.widths = widths
        self.gap = gap
        self.first_at_bottom = first_at_bottom
        self._placed: list[list[tuple[Flowable, float]]] = [[], []]
        self._heights = [0.0, 0.0]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803  (ReportLab's names)
        room = (self.widths[0] - self.gap, self.widths[1])
        for index, (column, width) in enumerate(zip(self.columns, room, strict=True)):
            placed: list[tuple[Flowable, float]] = []
            total = 0.0
            for flowable in column:
                _, height = flowable.wrapOn(self.canv, width, availHeight)
                placed.append((flowable, height))
                total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
            if column:
                total -= column[0].getSpaceBefore() + column[-1].getSpaceAfter()
            self._placed[index], self._heights[index] = placed, total
        self.width, self.height = sum(self.widths), max(self._heights)
        return self.width, self.height

    def draw(self) -> None:
        for index, placed in enumerate(self._placed):
            if not placed:
                continue
            at_bottom = index == 0 and self.first_at_bottom
            y = self._heights[index] if at_bottom else self.height
            y += placed[0][0].getSpaceBefore()
            x = 0.0 if index == 0 else self.widths[0]
            for flowable, height in placed:
                y -= flowable.getSpaceBefore() + height
                flowable.drawOn(self.canv, x, y)
                y -= flowable.getSpaceAfter()


class _MeasuringFrame(Frame):
    """A frame that adds up the height of what it places (holes left by a block moved on excluded) and the most
    that the compact styles could take off it (:func:`most_saved`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.placed_height = 0.0
        self.could_save = 0.0

    def add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:  # noqa: N803  (ReportLab's name)
        top = self._y
        placed = int(super().add(flowable, canv, trySplit))
        if placed:
            self.placed_height += top - self._y
            self.could_save += most_saved(flowable)
        return placed


@cache
def _style_savings() -> tuple[Mapping[str, tuple[float, float]], tuple[float, float]]:
    """For each named style, what the compact one takes off a line (leading) and off a paragraph (space before
    and after); and, for a style made from the body on the spot, the most the body's own change could take."""
    normal, compact = make_styles(False), make_styles(True)
    savings: dict[str, tuple[float, float]] = {}
    for name in Styles.__dataclass_fields__:
        wide, tight = getattr(normal, name), getattr(compact, name)
        savings[wide.name] = (
            max(0.0, wide.leading - tight.leading),
            max(0.0, wide.spaceBefore - tight.spaceBefore) + max(0.0, wide.spaceAfter - tight.spaceAfter),
        )
    body = savings[normal.body.name]
    return savings, body


@cache
def _largest_space_before() -> float:
    styles = make_styles(False)
    return max(float(getattr(styles, name).spaceBefore) for name in Styles.__dataclass_fields__)


def _cell_flowables(cell: object) -> list[Flowable]:
    if isinstance(cell, Flowable):
        return [cell]
    if isinstance(cell, (list, tuple)):
        return [item for item in cell if isinstance(item, Flowable)]
    return []


def most_saved(flowable: Flowable) -> float:
    """The most the compact styles could take off ``flowable`` as placed: the lines of a paragraph keep their
    breaks (the same fonts and widths), each line at most its style's change of leading, the paragraph its
    change of spacing; a table row the most any of its cells could lose. A style made on the spot from the
    body counts the body's whole change."""
    savings, body = _style_savings()
    if isinstance(flowable, Paragraph):
        leading, spacing = savings.get(flowable.style.name, body)
        lines = getattr(getattr(flowable, "blPara", None), "lines", ())
        # A paragraph split over two pages may hold its lines in another form: count them from its height.
        count = max(len(lines), math.ceil(getattr(flowable, "height", 0.0) / max(flowable.style.leading, 1.0)))
        return count * leading + spacing
    if isinstance(flowable, Table):
        return sum(
            max((sum(most_saved(f) for f in _cell_flowables(cell)) for cell in row), default=0.0)
            for row in flowable._cellvalues  # noqa: SLF001  (ReportLab keeps the cells there only)
        )
    if isinstance(flowable, _Columns):
        return max(sum(most_saved(f) for f in column) for column in flowable.columns)
    if isinstance(flowable, KeepTogether):
        return sum(most_saved(f) for f in flowable._content)  # noqa: SLF001
    return 0.0


def _unnested(flowables: Sequence[Flowable]) -> list[Flowable]:
    """``flowables`` with the content of every KeepTogether among them in its place."""
    found: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            found.extend(_unnested(flowable._content))  # noqa: SLF001  (ReportLab keeps the list there only)
        else:
            found.append(flowable)
    return found


def colon(language: Language) -> str:
    """The label separator: French puts a no-break space before the colon."""
    return "\u00a0: " if language is Language.FR else ": "


class NumberedCanvas(Canvas):
    """A canvas that learns the page count before writing, to print "n/N" on letters of several pages.

    Writing the file (fonts subset and compressed) is a third of a letter's time, so it waits for :meth:`write`:
    a layout tried and then discarded for a tighter one is never written.
    """

    def __init__(self, *args: Any, footer: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self._footer = footer
        self._laid_out = False

    def showPage(self) -> None:  # noqa: N802  (ReportLab's name)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            if self._footer is not None:
                self._footer(self, self._pageNumber, total)
            super().showPage()
        self._laid_out = True

    def write(self) -> None:
        """Write the laid-out pages to the file or buffer given at construction."""
        if not self._laid_out:
            raise RuntimeError("the document was not built")
        super().save()


class LetterDocument:
    """Lays out one composed letter; ``build()`` returns the PDF bytes."""

    def __init__(self, letter: ComposedLetter, profile: OrganisationProfile, *, compact: bool = False) -> None:
        self.letter = letter
        self.profile = profile
        self.styles = make_styles(compact)
        self.signature_space = COMPACT_SIGNATURE_SPACE if compact else SIGNATURE_SPACE
        self.pages = 0
        # After lay_out(): the height of the text placed, and the most the compact styles could take off it.
        self.placed_height = 0.0
        self.could_save = 0.0
        self.first_frame_height = 0.0
        self.later_frame_height = 0.0
        self._buffer = io.BytesIO()
        self._canvas: NumberedCanvas | None = None
        self.last_page_fill = 0.0
        self.window_left, self.window_top = (value * mm for value in profile.window_position_mm())
        # The window block keeps to the right margin, like the body; the envelope window is a little wider.
        self.window_width = min(WINDOW_WIDTH, PAGE_WIDTH - RIGHT_MARGIN - self.window_left)

    # --- fixed parts of the page -----------------------------------------------------------------------------

    def _draw_flowable(self, canvas: Canvas, flowable: Flowable, x: float, top: float, width: float) -> float:
        """Draw ``flowable`` with its top ``top`` points from the top of the page; returns its height."""
        _, height = flowable.wrapOn(canvas, width, PAGE_HEIGHT)
        flowable.drawOn(canvas, x, PAGE_HEIGHT - top - height)
        return float(height)

    def _draw_line(self, canvas: Canvas, text: str, style: ParagraphStyle, x: float, top: float, width: float) -> None:
        """One line of plain text placed where a paragraph of ``style`` would set it (its baseline a font size
        below its top), drawn straight on the canvas: the brand and its line are the same on every letter, and a
        paragraph would parse and break them each time. A text too wide for ``width`` is wrapped as a paragraph."""
        if stringWidth(text, style.fontName, style.fontSize) > width:
            self._draw_flowable(canvas, _Paragraph(data(text), style), x, top, width)
            return
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        canvas.drawString(x, PAGE_HEIGHT - top - style.fontSize, text)

    def _draw_brand(self, canvas: Canvas, small: bool) -> None:
        profile = self.profile
        top = 12 * mm if small else 15 * mm
        max_height = (9 if small else 18) * mm
        if profile.logo_path is not None:
            try:
                reader = ImageReader(str(profile.logo_path))
                width, height = reader.getSize()
                scale = min(max_height / height, (45 if small else 70) * mm / width)
                canvas.drawImage(
                    reader, LEFT_MARGIN, PAGE_HEIGHT - top - height * scale, width * scale, height * scale, mask="auto"
                )
                return
            except Exception:  # noqa: BLE001 - an unreadable logo falls back to the brand name (compose warns)
                pass
        style = self.styles.brand
        if small:
            style = ParagraphStyle("brand_small", parent=style, fontSize=11, leading=13)
        brand = profile.brand.strip() or profile.controller_name
        self._draw_line(canvas, brand, style, LEFT_MARGIN, top, 90 * mm)
        if not small:
            line = " · ".join(part for part in (profile.controller_name, profile.website) if part.strip())
            self._draw_line(canvas, line, self.styles.sender, LEFT_MARGIN, top + 9 * mm, 90 * mm)

    def _draw_first_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._draw_brand(canvas, small=False)
        self._draw_fold_marks(canvas)

        # The DPO's contact block sits beside the window, on the side the window leaves free.
        if self.profile.window_side is WindowSide.RIGHT:
            sender_left, sender_width = LEFT_MARGIN, self.window_left - LEFT_MARGIN - 8 * mm
        else:
            sender_left = self.window_left + self.window_width + 10 * mm
            sender_width = PAGE_WIDTH - RIGHT_MARGIN - sender_left
        # Each block is one paragraph, a line break between its lines: the same lines at the same leading, read
        # and set once rather than once a line.
        lines = [bold(self.letter.sender[0])] if self.letter.sender else []
        lines.extend(data(line) for line in self.letter.sender[1:])
        sender = KeepInFrame(
            sender_width, WINDOW_HEIGHT + 5 * mm, [_Paragraph("<br/>".join(lines), self.styles.sender)], mode="shrink"
        )
        self._draw_flowable(canvas, sender, sender_left, self.window_top - 5 * mm, sender_width)

        # The recipient, in the envelope window: shrunk to fit, never spilling out of it.
        content: list[Flowable] = []
        if self.letter.mention:
            content.append(_Paragraph(data(self.letter.mention.upper()), self.styles.mention))
        if self.letter.recipient:
            recipient = "<br/>".join(data(line) for line in self.letter.recipient)
            content.append(_Paragraph(recipient, self.styles.recipient))
        window = KeepInFrame(self.window_width, WINDOW_HEIGHT, content, mode="shrink")
        self._draw_flowable(canvas, window, self.window_left, self.window_top, self.window_width)
        canvas.restoreState()

    def _draw_later_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._draw_brand(canvas, small=True)
        head = " — ".join(
            part for part in (self.letter.recipient[0] if self.letter.recipient else "", self.letter.reference) if part
        )
        style = ParagraphStyle("running", parent=self.styles.sender, alignment=TA_RIGHT)
        self._draw_flowable(
            canvas,
            _Paragraph(data(f"{head} ({self.letter.continued_label})"), style),
            PAGE_WIDTH - RIGHT_MARGIN - 110 * mm,
            13 * mm,
            110 * mm,
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT_MARGIN, PAGE_HEIGHT - 19 * mm, PAGE_WIDTH - RIGHT_MARGIN, PAGE_HEIGHT - 19 * mm)
        canvas.restoreState()

    def _draw_fold_marks(self, canvas: Canvas) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        for y in FOLD_MARKS:
            canvas.line(5 * mm, PAGE_HEIGHT - y, 9 * mm, PAGE_HEIGHT - y)

    def draw_footer(self, canvas: Canvas, page: int, total: int) -> None:
        """The legal line, the case reference and, on letters of several pages, "page/total"."""
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT_MARGIN, 17 * mm, PAGE_WIDTH - RIGHT_MARGIN, 17 * mm)
        legal = KeepInFrame(
            BODY_WIDTH,
            9 * mm,
            [_Paragraph("<br/>".join(data(line) for line in self.letter.footer), self.styles.footer)],
            mode="shrink",
        )
        legal.wrapOn(canvas, BODY_WIDTH, 9 * mm)
        legal.drawOn(canvas, LEFT_MARGIN, 17 * mm - 1.5 * mm - legal.height)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        if self.letter.reference:
            canvas.drawString(LEFT_MARGIN, 8 * mm, self.letter.reference[:60])
        if total > 1:
            canvas.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, 8 * mm, f"{page}/{total}")
        canvas.restoreState()

    # --- the flow of the body --------------------------------------------------------------------------------

    def _column_indent(self) -> float:
        """Date and signature align with the window when it is on the right, with the margin otherwise."""
        if self.profile.window_side is WindowSide.RIGHT:
            return max(0.0, self.window_left - LEFT_MARGIN)
        return 0.0

    def _block(self, block: LetterBlock) -> list[Flowable]:
        styles = self.styles
        kind = block.kind
        if kind in (BlockKind.PARAGRAPH, BlockKind.FREE):
            return [_Paragraph(data(block.text), styles.body)]
        if kind is BlockKind.NOTE:
            return [_Paragraph(data(block.text), styles.note)]
        if kind is BlockKind.HEADING:
            return [_Paragraph(data(block.text), styles.heading)]
        if kind is BlockKind.LABELLED:
            return [_Paragraph(data(block.label), styles.label), _Paragraph(data(block.text), styles.body)]
        if kind is BlockKind.BULLETS:
            flowables: list[Flowable] = [_Paragraph(data(item), styles.bullet, bulletText="•") for item in block.items]
            if flowables:
                flowables.append(Spacer(1, 4))
            return flowables
        if kind is BlockKind.ADDRESS:
            lines: list[Flowable] = [_Paragraph(data(line), styles.address) for line in block.items]
            return [KeepTogether([*lines, Spacer(1, 8)])]
        return [self._table(block.rows)]

    def _table(self, rows: Sequence[tuple[str, ...]]) -> Flowable:
        if not rows:
            return Spacer(1, 0)
        columns = len(rows[0])
        shares = (0.30, 0.20, 0.27, 0.23) if columns == 4 else tuple(1 / columns for _ in range(columns))
        cells = [[_Paragraph(data(cell), self.styles.table_head) for cell in rows[0]]]
        for row in rows[1:]:
            # The first cell names the processing on its first line: set it in bold, the legal basis below.
            name, _, rest = row[0].partition("\n")
            first = bold(name) + (f"<br/>{data(rest)}" if rest else "")
            cells.append(
                [_Paragraph(first, self.styles.table)] + [_Paragraph(data(cell), self.styles.table) for cell in row[1:]]
            )
        table = Table(cells, colWidths=[BODY_WIDTH * share for share in shares], repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEAD),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def _signature(self, lead: Sequence[Flowable]) -> Flowable:
        """Closing, signature space, name and title, kept on one page with ``lead`` (the last paragraph before).

        With the window on the right the signature sits in the right column, under the date, and the list of
        enclosures takes the free left column beside it; otherwise the enclosures follow the signature.
        """
        letter, styles = self.letter, self.styles
        indent = self._column_indent()
        # ReportLab's KeepTogether reports an endless height to make its frame ask it to split: one nested in
        # this one would make the whole block seem taller than any page and always start a new page, leaving a
        # hole under the text before it. Whatever is kept together inside is kept together by this block anyway.
        parts: list[Flowable] = [*_unnested(lead), Spacer(1, 4)]
        if letter.closing:
            closing = ParagraphStyle("closing", parent=styles.body, spaceAfter=styles.body.spaceAfter + 3)
            parts.append(_Paragraph(data(letter.closing), closing))
        signature: list[Flowable] = [_Paragraph(data(letter.signatory_organisation), styles.signature)]
        signature.append(self._signature_space())
        signature.append(_Paragraph(bold(letter.signatory_name), styles.signature))
        if letter.signatory_title:
            signature.append(_Paragraph(data(letter.signatory_title), styles.signature))
        enclosures = self._enclosures()
        if indent <= 0:
            parts.extend(signature)
            if enclosures:
                parts.append(Spacer(1, 12))
                parts.extend(enclosures)
            return KeepTogether(parts)
        parts.append(_Columns(enclosures, signature, (indent, BODY_WIDTH - indent), 6 * mm, first_at_bottom=True))
        return KeepTogether(parts)

    def _enclosures(self) -> list[Flowable]:
        """The list of enclosures ("Pièces jointes"), under or beside the signature."""
        letter, styles = self.letter, self.styles
        if not letter.enclosures:
            return []
        sep = colon(letter.language).rstrip()
        item_style = ParagraphStyle("enclosure", parent=styles.bullet, fontSize=9.5, leading=12, spaceAfter=1)
        items: list[Flowable] = [_Paragraph(bold(letter.enclosures_label + sep), styles.small)]
        items.extend(_Paragraph(data(item), item_style, bulletText="•") for item in letter.enclosures)
        return items

    def _signature_space(self) -> Flowable:
        """The scanned signature when the profile has a readable one, else blank space to sign by hand."""
        path = self.profile.signature_path
        if path is not None:
            try:
                reader = ImageReader(str(path))
                width, height = reader.getSize()
                scale = min(self.signature_space / height, 60 * mm / width)
                image = Image(str(path), width * scale, height * scale)
                image.hAlign = "LEFT"
                return image
            except Exception:  # noqa: BLE001 - an unreadable signature leaves the space to sign by hand
                pass
        return Spacer(1, self.signature_space)

    def compact_could_save_a_page(self) -> bool:
        """Whether the compact layout might need a page less: the text placed, less all the compact styles could
        take off it (and the smaller signature space), must fit the pages but one. A bound, never a guess: when
        it says no, no tighter layout of these words fits in fewer pages."""
        if self.pages < 2:
            return False
        room = self.first_frame_height + (self.pages - 2) * self.later_frame_height
        return self.least_compact_height(self.pages - 1) <= room

    def least_compact_height(self, pages: int) -> float:
        """The least height the words placed by :meth:`lay_out` can take in the compact styles on ``pages``
        pages: less what those styles could take off each flowable, the smaller signature space, and the space
        before that a page's first paragraph drops (in a layout of other page breaks, other ones drop it)."""
        return (
            self.placed_height
            - self.could_save
            - (SIGNATURE_SPACE - COMPACT_SIGNATURE_SPACE)
            - pages * _largest_space_before()
        )

    def story(self) -> list[Flowable]:
        letter, styles = self.letter, self.styles
        sep = colon(letter.language)
        indent = self._column_indent()
        story: list[Flowable] = [NextPageTemplate("later")]
        # References on the left and place and date on the right, on the same line: the French and Belgian
        # business-letter habit, and it keeps the first page for the text.
        split = indent if indent > 0 else BODY_WIDTH * 0.55
        date_style = ParagraphStyle("date", parent=styles.right_column, alignment=TA_LEFT if indent > 0 else TA_RIGHT)
        references = [
            _Paragraph(f"{data(label)}{data(sep)}{data(value)}", styles.small) for label, value in letter.references
        ]
        heading = _Columns(
            references, [_Paragraph(data(letter.place_date), date_style)], (split, BODY_WIDTH - split), 6 * mm
        )
        story.append(heading)
        story.append(Spacer(1, 12))
        story.append(_Paragraph(f"{bold(letter.subject_label + sep)}{bold(letter.subject)}", styles.subject))
        blocks: list[list[Flowable]] = []
        kinds: list[BlockKind] = []
        for block in letter.body:
            flowables = self._block(block)
            # An address (the authority's) stays on the page of the sentence that introduces it.
            if block.kind is BlockKind.ADDRESS and kinds and kinds[-1] in (BlockKind.PARAGRAPH, BlockKind.FREE):
                blocks[-1] = [KeepTogether([*blocks[-1], *flowables])]
                continue
            blocks.append(flowables)
            kinds.append(block.kind)
        # A signature never stands alone on a page, nor with a lone paragraph: the last two blocks of text go
        # with it (one when the one before is a table, none after a table, which may be a page long).
        lead: list[Flowable] = []
        for kind in reversed(kinds[-KEPT_WITH_SIGNATURE:]):
            if kind is BlockKind.TABLE or not blocks:
                break
            lead[:0] = blocks.pop()
        for flowables in blocks:
            story.extend(flowables)
        story.append(self._signature(lead))
        return story

    def build(self) -> bytes:
        """Lay the letter out and write its PDF."""
        self.lay_out()
        return self.write()

    def write(self) -> bytes:
        """The PDF of the layout made by :meth:`lay_out`."""
        if self._canvas is None:
            raise RuntimeError("lay_out() first")
        self._canvas.write()
        return self._buffer.getvalue()

    def lay_out(self) -> None:
        """Place every flowable on its page, learning the page count and the last page's fill; nothing written."""
        buffer = self._buffer = io.BytesIO()
        letter = self.letter
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=LEFT_MARGIN,
            rightMargin=RIGHT_MARGIN,
            topMargin=TOP_MARGIN_LATER,
            bottomMargin=BOTTOM_MARGIN,
            title=letter.subject,
            author=f"{letter.signatory_name}, {letter.signatory_organisation}",
            subject=letter.kind.value + (f" — {letter.reference}" if letter.reference else ""),
            creator="lazeo-desk",
            lang=letter.language.value,
            initialFontName=REGULAR,
            invariant=1,
        )
        body_top = max(BODY_TOP_FIRST, self.window_top + WINDOW_HEIGHT + 5 * mm)
        first = _MeasuringFrame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            BODY_WIDTH,
            PAGE_HEIGHT - body_top - BOTTOM_MARGIN,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later = _MeasuringFrame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            BODY_WIDTH,
            PAGE_HEIGHT - TOP_MARGIN_LATER - BOTTOM_MARGIN,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates(
            [
                PageTemplate(id="first", frames=[first], onPage=self._draw_first_page),
                PageTemplate(id="later", frames=[later], onPage=self._draw_later_page),
            ]
        )

        def canvasmaker(*args: Any, **kwargs: Any) -> NumberedCanvas:
            self._canvas = NumberedCanvas(*args, footer=self.draw_footer, **kwargs)
            return self._canvas

        doc.build(self.story(), canvasmaker=canvasmaker)
        self.pages = doc.page
        self.placed_height = first.placed_height + later.placed_height
        self.could_save = first.could_save + later.could_save
        self.first_frame_height, self.later_frame_height = first._height, later._height  # noqa: SLF001
        frame = doc.frame  # the last page's frame; ReportLab keeps its fill in _y (no public accessor)
        self.last_page_fill = (frame._y1 + frame._height - frame._y) / frame._height


def render_pdf(letter: ComposedLetter, profile: OrganisationProfile) -> bytes:
    """The PDF of a composed letter: A4, fonts embedded.

    When the letter runs onto another page, it is set again with slightly tighter spacing, and that version is
    kept if it saves a page (a last page holding only the enclosures or the signature looks careless). It is
    only tried when it could: when the words placed, less the most that tighter spacing takes off them, still
    overflow the pages but one, no tighter layout saves a page (:meth:`LetterDocument.compact_could_save_a_page`).
    """
    document = LetterDocument(letter, profile)
    document.lay_out()
    if document.last_page_fill < LIGHT_LAST_PAGE and document.compact_could_save_a_page():
        compact = LetterDocument(letter, profile, compact=True)
        compact.lay_out()
        if compact.pages < document.pages:
            return compact.write()
    return document.write()
