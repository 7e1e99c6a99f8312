"""The record of processing activities as PDF, laid out for a supervisory authority (GDPR Art 30(1), 30(4)).

One section per element of Art 30(1): (a) the controller and its DPO, then per activity (b) the purposes, the legal
basis, (c) the categories of data subjects and of data, (d) the recipients, (e) the transfers and their safeguards,
(f) the time limits for erasure; (g) the security measures, and what every activity shares. Its headings are in
``resources/reports/<lang>/processing-record.txt``, reviewed like the letters'; the fonts and styles are the annual
report's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from lazeo_desk.domain.case import Jurisdiction, Language
from lazeo_desk.domain.messages import said
from lazeo_desk.domain.organisation import (
    MEDICAL_FILE_RETENTION,
    MEDICAL_FILE_RETENTION_NOTE,
    LocalText,
    OrganisationProfile,
    ProcessingActivity,
    ProcessingRegister,
)
from lazeo_desk.domain.retention import medical_file_years
from lazeo_desk.letters.annual_report import GRID, HEAD, MUTED, _styles
from lazeo_desk.letters.fonts import register_fonts
from lazeo_desk.letters.phrases import PHRASES
from lazeo_desk.resources import ResourceError, resources_root
from lazeo_desk.wording import long_date


@dataclass(frozen=True)
class RecordFacts:
    """What the record says of itself: the version printed (None: the policy's, never saved), when and by whom
    it was saved, and the day and person printing it."""

    version: int | None
    saved_at: datetime | None
    saved_by: str
    made_on: date
    made_by: str
    retention_years: Mapping[Jurisdiction, int] | None = None


def texts_path(language: Language) -> Path:
    return resources_root() / "reports" / language.value / "processing-record.txt"


@lru_cache(maxsize=3)
def record_texts(language: Language) -> dict[str, str]:
    """The record's headings in ``language``: ``key = text`` lines, ``#`` comments."""
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


def _table(rows: Sequence[Sequence[str]], widths: Sequence[float], styles: dict[str, ParagraphStyle]) -> Table:
    """An element of the record a row: its name (shaded) beside what the register says of it."""
    cells = [[Paragraph(escape(str(value)), styles["cell"]) for value in row] for row in rows]
    table = Table(cells, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (0, -1), HEAD),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _retention(activity: ProcessingActivity, language: Language, facts: RecordFacts) -> str:
    # The medical-file rule is the country's (docs/rules.md, Retention): the record gives all three.
    if activity.retention != MEDICAL_FILE_RETENTION:
        return activity.retention.get(language)
    years = {j.value.lower(): medical_file_years(j, facts.retention_years) for j in Jurisdiction}
    return record_texts(language)["retention_medical"].format(**years)


def _retention_notes(register: ProcessingRegister, language: Language, facts: RecordFacts) -> list[str]:
    if register.retention_note != MEDICAL_FILE_RETENTION_NOTE:
        note = register.retention_note.get(language).strip()
        return [note] if note else []
    notes = PHRASES[language].medical_retention_notes
    return [notes[j].format(years=medical_file_years(j, facts.retention_years)) for j in Jurisdiction]


def _activity_rows(activity: ProcessingActivity, language: Language, facts: RecordFacts) -> list[list[str]]:
    t = record_texts(language)

    def text(value: LocalText) -> str:
        return value.get(language)

    return [
        [t["purpose"], text(activity.purpose)],
        [t["legal_basis"], text(activity.legal_basis)],
        [t["health_data"], t["health_yes"] if activity.health_data else t["health_no"]],
        [t["data_subjects"], text(activity.data_subjects)],
        [t["data_categories"], text(activity.data_categories)],
        [t["recipients"], text(activity.recipients)],
        [t["transfers"], text(activity.transfers)],
        [t["retention"], _retention(activity, language, facts)],
    ]


def render_processing_record(
    register: ProcessingRegister, profile: OrganisationProfile, language: Language, facts: RecordFacts
) -> bytes:
    """The Art 30 record of ``register`` for the controller of ``profile``, in ``language``, as PDF bytes."""
    family = register_fonts()
    t = record_texts(language)
    styles = _styles(family)
    widths = [55 * mm, 115 * mm]

    def day(moment: date | None) -> str:
        return long_date(moment, language.value) if moment is not None else ""

    if facts.version is not None and facts.saved_at is not None:
        version = t["version"].format(version=facts.version, day=day(facts.saved_at.date()), actor=facts.saved_by)
    else:
        version = t["version_default"]
    story: list[Flowable] = [
        Paragraph(escape(t["title"]), styles["title"]),
        Paragraph(escape(t["subtitle"]), styles["muted"]),
        Paragraph(escape(version), styles["body"]),
        Paragraph(escape(t["made"].format(day=day(facts.made_on), actor=facts.made_by)), styles["muted"]),
        Spacer(1, 4 * mm),
        Paragraph(escape(t["controller"]), styles["h1"]),
    ]
    controller = f"{profile.controller_name} ({profile.brand}), {profile.legal_form.get(language)}"
    dpo = ", ".join((profile.dpo_name, profile.dpo_title.get(language), *profile.dpo_address, profile.dpo_email))
    story.append(_table([
        [t["controller_name"], controller],
        [t["controller_seat"], ", ".join(profile.seat_address)],
        [t["controller_registration"], profile.registration],
        [t["controller_website"], profile.website],
        [t["dpo"], dpo],
    ], widths, styles))
    story.append(Paragraph(escape(t["activities"]), styles["h1"]))
    for number, activity in enumerate(register.answerable(), start=1):
        heading = t["activity"].format(number=number, purpose=activity.purpose.get(language))
        story.append(KeepTogether([
            Paragraph(escape(heading), styles["h2"]),
            _table(_activity_rows(activity, language, facts), widths, styles),
        ]))
    notes = _retention_notes(register, language, facts)
    if notes:
        story.append(Paragraph(escape(t["retention_note"]), styles["h2"]))
        story += [Paragraph(escape(note), styles["muted"]) for note in notes]
    story.append(Paragraph(escape(t["security"]), styles["h1"]))
    story.append(Paragraph(escape(register.security_measures.get(language)), styles["body"]))
    story.append(Paragraph(escape(t["general"]), styles["h1"]))
    story.append(_table([
        [t["sources"], register.sources.get(language)],
        [t["storage"], register.storage.get(language)],
        [t["register_transfers"], register.transfers.get(language)],
        [t["automated"], register.automated_decisions.get(language)],
    ], widths, styles))
    referred = [activity for activity in register.activities if activity.doctolib_is_controller]
    if referred:
        story.append(Paragraph(escape(t["doctolib"]), styles["h2"]))
        story += [
            Paragraph(escape(f"{a.purpose.get(language)}: {a.legal_basis.get(language)}"), styles["muted"])
            for a in referred
        ]

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(family, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(20 * mm, 12 * mm, f"{t['title']} — {profile.controller_name}")
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, t["page"].format(page=document.page))
        canvas.restoreState()

    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=22 * mm,
        title=t["title"], author=facts.made_by, subject=profile.controller_name,
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
