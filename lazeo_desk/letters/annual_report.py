"""The DPO's annual report as PDF: cover, summary, charts, tables, late answers, refusals and the audit trail's head.

Its texts are in ``resources/reports/<lang>/annual-report.txt`` (one ``key = text`` a line), so that they are
reviewed like the letters' and not hidden in code. Charts are ReportLab graphics, vector and embedded; the fonts
are the letters'.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_date
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.messages import said
from lazeo_desk.domain.rights import Right
from lazeo_desk.letters.fonts import BOLD, register_fonts
from lazeo_desk.resources import ResourceError, resources_root
from lazeo_desk.store.report_queries import Counts, ReportData

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c5c5c")
GRID = colors.HexColor("#c8c8c8")
HEAD = colors.HexColor("#e8edf3")
# One colour per right, in Right order: distinguishable in print and for the commonest colour blindness.
PALETTE = [colors.HexColor(c) for c in (
    "#1f4e79", "#e07b00", "#2e8b57", "#b22222", "#7b3f99", "#8c6d1f", "#2a9fd6", "#6b6b6b",
)]
CHART_WIDTH = 160 * mm


def texts_path(language: Language) -> Path:
    return resources_root() / "reports" / language.value / "annual-report.txt"


@lru_cache(maxsize=3)
def report_texts(language: Language) -> dict[str, str]:
    """The report's texts in ``language``: ``key = text`` lines, ``#`` comments."""
    path = texts_path(language)
    if not path.is_file():
        raise ResourceError(said("the report texts are missing: {path}", path=path))
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#") or "=" not in line:
            continue
        key, text = line.split("=", 1)
        found[key.strip()] = text.strip()
    return found


_LOCALES = {Language.EN: "en_GB", Language.FR: "fr_FR", Language.NL: "nl_BE"}


class _Texts:
    def __init__(self, language: Language) -> None:
        self.language = language
        self.table = report_texts(language)
        # The letters' locales: British English dates, Belgian Dutch, French.
        self.locale = _LOCALES[language]

    def __call__(self, key: str, **values: object) -> str:
        text = self.table.get(key, key)
        return text.format(**values) if values else text

    def label(self, prefix: str, key: str) -> str:
        return self.table.get(f"{prefix}.{key}", key)

    def day(self, value: date | None) -> str:
        return format_date(value, "long", locale=self.locale) if value else ""

    def short_day(self, value: date | None) -> str:
        return format_date(value, "short", locale=self.locale) if value else ""

    def month(self, month: str) -> str:
        year, number = (int(part) for part in month.split("-"))
        return format_date(date(year, number, 1), "MMM", locale=self.locale)


def _styles(family: str) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=family, fontSize=10, leading=13.5, textColor=INK, spaceAfter=6)
    return {
        "body": body,
        "muted": ParagraphStyle("muted", parent=body, textColor=MUTED, fontSize=9, leading=12),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=22, leading=27, spaceAfter=14),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=14, leading=18, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=15, leading=19, spaceBefore=8, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=8,
                             spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "hash": ParagraphStyle("hash", parent=body, fontName="Courier", fontSize=8.5, leading=11),
    }


def _table(rows: Sequence[Sequence[object]], widths: Sequence[float], styles: dict[str, ParagraphStyle]) -> Table:
    cells = [[Paragraph(escape(str(v)), styles["cell"]) if isinstance(v, str) else v for v in row] for row in rows]
    table = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ]))
    return table


def _counts_table(
    title_key: str, groups: dict[str, Counts], name: Any, t: _Texts, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    keys = ("column_group", "received", "answered", "on_time", "late", "open", "overdue", "extended")
    header: list[object] = [t(key) for key in keys]
    rows: list[list[object]] = [header]
    for key, c in groups.items():
        rows.append([name(key), str(c.received), str(c.answered), str(c.answered_on_time), str(c.answered_late),
                     str(c.open), str(c.open_overdue), str(c.extended)])
    widths = [37 * mm] + [19 * mm] * 7
    return [KeepTogether([Paragraph(escape(t(title_key)), styles["h2"]), _table(rows, widths, styles)])]


def _axis_font(chart: Any, family: str) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = family
        axis.labels.fontSize = 7.5
    chart.valueAxis.forceZero = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.visibleGrid = True


def _titled(drawing: Drawing, title: str, family: str) -> Drawing:
    drawing.add(String(0, drawing.height - 12, title, fontName=BOLD, fontSize=10.5, fillColor=INK))
    return drawing


def _bar_chart(
    title: str, labels: list[str], series: list[list[float]], family: str, *, stacked: bool = False,
    colours: list[colors.Color] | None = None, value_max: float | None = None, legend_room: float = 0,
) -> Drawing:
    drawing = Drawing(CHART_WIDTH, 62 * mm + legend_room)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 30
    chart.width, chart.height = CHART_WIDTH - 40, 62 * mm - 60
    chart.data = series or [[0]]
    chart.categoryAxis.categoryNames = labels or [""]
    if stacked:
        chart.categoryAxis.style = "stacked"
    _axis_font(chart, family)
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = (colours or PALETTE)[index % len(colours or PALETTE)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    return _titled(drawing, title, family)


def _centre_chart(title: str, groups: dict[str, Counts], t: _Texts, family: str) -> Drawing:
    items = sorted(groups.items(), key=lambda item: -item[1].received)[:15]
    height = max(40 * mm, (len(items) * 6 + 22) * mm)
    drawing = Drawing(CHART_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 70 * mm, 8
    chart.width, chart.height = CHART_WIDTH - 75 * mm, height - 30
    chart.data = [[c.received for _, c in reversed(items)] or [0]]
    chart.categoryAxis.categoryNames = [key or t("no_centre") for key, _ in reversed(items)] or [""]
    _axis_font(chart, family)
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return _titled(drawing, title, family)


def _month_charts(data: ReportData, t: _Texts, family: str) -> list[Drawing]:
    months = data.figures.by_month
    labels = [t.month(m.month) for m in months]
    rights = [r for r in Right if any(r.value in m.by_right for m in months)]
    series = [[float(m.by_right.get(r.value, 0)) for m in months] for r in rights]
    stacked = _bar_chart(t("chart_months"), labels, series, family, stacked=True,
                         colours=[PALETTE[list(Right).index(r)] for r in rights] or None, legend_room=14 * mm)
    legend = Legend()
    legend.x, legend.y = 28, stacked.height - 18
    legend.alignment = "right"
    legend.columnMaximum = 3
    legend.fontName = family
    legend.fontSize = 7
    legend.colorNamePairs = [(PALETTE[list(Right).index(r)], t.label("right", r.value)) for r in rights]
    legend.deltay = 9
    legend.boxAnchor = "nw"
    stacked.add(legend)
    rates = [[100.0 * m.answered_on_time / m.answered if m.answered else 0.0 for m in months]]
    on_time = _bar_chart(t("chart_on_time"), labels, rates, family, colours=[PALETTE[2]], value_max=100)
    return [stacked, on_time]


def _summary(data: ReportData, t: _Texts, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    f = data.figures
    c = f.totals
    found: list[Flowable] = [Paragraph(escape(t("summary")), styles["h1"])]
    found.append(Paragraph(escape(t(
        "summary_text", received=c.received, answered=c.answered, on_time=c.answered_on_time,
        late=c.answered_late, open=c.open, overdue=c.open_overdue, extended=c.extended,
    )), styles["body"]))
    if f.median_days_to_answer is not None:
        found.append(Paragraph(escape(t("summary_median", median=f.median_days_to_answer,
                                        p90=f.p90_days_to_answer)), styles["body"]))
    else:
        found.append(Paragraph(escape(t("summary_no_answer")), styles["body"]))
    if f.purged:
        found.append(Paragraph(escape(t("summary_purged", purged=f.purged)), styles["body"]))
    rows: list[list[object]] = [[t("figures"), ""]]
    for key, value in (
        ("received", c.received), ("answered", c.answered), ("on_time", c.answered_on_time),
        ("late", c.answered_late), ("open", c.open), ("overdue", c.open_overdue), ("extended", c.extended),
        ("median", f.median_days_to_answer if f.median_days_to_answer is not None else "–"),
        ("p90", f.p90_days_to_answer if f.p90_days_to_answer is not None else "–"),
        ("partly_refused", f.erasures_partly_refused), ("purged", f.purged),
        ("identity_verified", f.identity.get("verified", 0)),
        ("identity_more", f.identity.get("more-information-needed", 0)),
        ("identity_failed", f.identity.get("cannot-be-verified", 0)),
    ):
        rows.append([t(key), str(value)])
    found.append(_table(rows, [110 * mm, 30 * mm], styles))
    found.append(Spacer(1, 4 * mm))
    found.append(Paragraph(escape(t("rules")), styles["h2"]))
    found.append(Paragraph(escape(t("rules_text")), styles["muted"]))
    return found


def render_annual_report(data: ReportData, language: Language) -> bytes:
    """The annual report of ``data`` in ``language``, as PDF bytes."""
    family = register_fonts()
    t = _Texts(language)
    styles = _styles(family)
    f = data.figures
    period = data.report_filter.period
    scope = (t("scope_country", country=t.label("country", data.report_filter.jurisdiction.value))
             if data.report_filter.jurisdiction is not None else t("scope_all"))
    story: list[Flowable] = [
        Spacer(1, 50 * mm),
        Paragraph(escape(t("title")), styles["title"]),
        Paragraph(escape(t("subtitle", start=t.day(period.start), end=t.day(period.end))), styles["subtitle"]),
        Paragraph(escape(scope), styles["subtitle"]),
        Spacer(1, 10 * mm),
        Paragraph(escape(t("made", day=t.day(data.made_on), actor=data.actor)), styles["body"]),
        Paragraph(escape(t("purpose")), styles["muted"]),
        PageBreak(),
        *_summary(data, t, styles),
        PageBreak(),
        Paragraph(escape(t("charts")), styles["h1"]),
        *_month_charts(data, t, family),
        _bar_chart(t("chart_countries"), [t.label("country", k) for k in f.by_country],
                   [[float(c.received) for c in f.by_country.values()]], family),
        _centre_chart(t("chart_centres"), f.by_centre, t, family),
        _bar_chart(t("chart_days"), [t(f"days.{i}") for i in range(len(f.days_distribution))],
                   [[float(n) for n in f.days_distribution]], family, colours=[PALETTE[6]]),
        PageBreak(),
        Paragraph(escape(t("tables")), styles["h1"]),
        *_counts_table("by_country", f.by_country, lambda k: t.label("country", k), t, styles),
        *_counts_table("by_right", f.by_right, lambda k: t.label("right", k), t, styles),
        *_counts_table("by_channel", f.by_channel, lambda k: t.label("channel", k), t, styles),
        *_counts_table("by_centre", f.by_centre, lambda k: k or t("no_centre"), t, styles),
        Paragraph(escape(t("late_list")), styles["h1"]),
    ]
    if data.late:
        rows: list[list[object]] = [[t("late_reference"), t("late_received"), t("late_due"), t("late_answered"),
                                     t("late_days"), t("late_reason")]]
        for late in data.late:
            rows.append([late.reference, t.short_day(late.received), t.short_day(late.due),
                         t.short_day(late.answered), str(late.days_late), late.reason or t("no_reason")])
        story.append(_table(rows, [30 * mm, 20 * mm, 20 * mm, 20 * mm, 16 * mm, 54 * mm], styles))
    else:
        story.append(Paragraph(escape(t("late_none")), styles["body"]))
    story.append(Paragraph(escape(t("refusal_list")), styles["h1"]))
    if data.refusals:
        rows = [[t("late_reference"), t("refusal_right"), t("refusal_date"), t("refusal_ground")]]
        for refusal in data.refusals:
            head, _, rest = refusal.ground.partition(":")
            ground = t.label("ground", head.strip()) + (f": {rest.strip()}" if rest.strip() else "")
            rows.append([refusal.reference, t.label("right", refusal.right), t.short_day(refusal.answered),
                         ground])
        story.append(_table(rows, [30 * mm, 30 * mm, 20 * mm, 80 * mm], styles))
    else:
        story.append(Paragraph(escape(t("refusal_none")), styles["body"]))
    story.append(Paragraph(escape(t("audit")), styles["h1"]))
    if data.audit_head is not None:
        story.append(Paragraph(escape(t("audit_text", position=data.audit_head.position)), styles["body"]))
        story.append(Paragraph(escape(data.audit_head.hash), styles["hash"]))
    else:
        story.append(Paragraph(escape(t("audit_empty")), styles["body"]))

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(family, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(20 * mm, 12 * mm, t("title"))
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, t("page", page=document.page))
        canvas.restoreState()

    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=22 * mm,
        title=t("title"), author=data.actor, subject=t("subtitle", start=period.start, end=period.end),
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
