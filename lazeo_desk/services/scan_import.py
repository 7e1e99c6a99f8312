"""``lazeo-desk import-scan FILE…``: scanned letters read and stored without a window, one line per file.

Each scan is read (:mod:`lazeo_desk.services.scan_reading`), its fields prefilled
(:mod:`lazeo_desk.services.scan_prefill`), then joined to the case it follows (a quoted reference, the same person)
or opened as a new case, the recognised text kept beside the image.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lazeo_desk.domain.clock import Clock
from lazeo_desk.domain.messages import said
from lazeo_desk.services.email_intake import internal_error
from lazeo_desk.services.email_reading import IntakeRefused
from lazeo_desk.services.intake_storage import ImportOutcome, ImportResult, refusal_reason
from lazeo_desk.services.scan_intake import Scan, read_scan, store_scan
from lazeo_desk.services.scan_prefill import (
    ScanPrefill,
    case_fields,
    find_scan_matches,
    match_reason,
    prefill_notes,
    prefill_scan,
)
from lazeo_desk.services.scan_reading import (
    EngineMissing,
    Guard,
    Progress,
    ScanReading,
    TesseractEngine,
    read_scan_text,
    unguarded,
)
from lazeo_desk.store.database import Database

# What the command line says without Tesseract: unlike the window, which keeps the scan for its fields to be typed,
# it stores nothing.
ENGINE_MISSING_LINE = (
    "the text recognition engine Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-fra "
    "tesseract-ocr-nld): nothing was imported"
)


@dataclass(frozen=True)
class ReadScan:
    """A scan checked and read: what the window shows and what the command line stores."""

    scan: Scan
    reading: ScanReading
    prefill: ScanPrefill


def read_scan_file(
    scan: Scan, *, engine: TesseractEngine | None = None, progress: Progress | None = None, guard: Guard = unguarded
) -> ReadScan:
    """Recognise the pages of a checked scan and prefill the fields; ``IntakeRefused`` for a hostile or damaged
    file, :class:`~lazeo_desk.services.scan_reading.EngineMissing` without Tesseract. ``guard`` runs the PDF
    drawing (see :data:`~lazeo_desk.services.scan_reading.Guard`)."""
    reading = read_scan_text(scan, engine=engine, progress=progress, guard=guard)
    return ReadScan(scan, reading, prefill_scan(reading))


def read_and_prefill(path: Path | str, *, engine: TesseractEngine | None = None) -> ReadScan:
    """Read the file, recognise its pages and prefill the fields; ``IntakeRefused`` for a file that is no scan
    or a hostile one, :class:`~lazeo_desk.services.scan_reading.EngineMissing` without Tesseract."""
    return read_scan_file(read_scan(path), engine=engine)


def import_scan_file(
    db: Database,
    path: Path | str,
    *,
    clock: Clock,
    actor: str,
    received: date | None = None,
    engine: TesseractEngine | None = None,
) -> ImportResult:
    """One scan: joined to the case it follows, else a new case from what was read surely; refused (with the
    reason) when it is no scan, is hostile, or gives no name that can be read surely."""
    source = str(path)
    try:
        read = read_and_prefill(path, engine=engine)
    except IntakeRefused as refusal:
        return ImportResult(source, ImportOutcome.REJECTED, reason=refusal_reason(refusal))
    day = received or clock.today()
    text = read.reading.text if read.reading.has_text else None
    matches = find_scan_matches(db, read.prefill, as_of=day)
    if matches:
        fields = case_fields(read.prefill, received=day)
        return store_scan(
            db, read.scan, fields, clock=clock, actor=actor, link_to=matches[0].reference,
            recognised_text=text, reading_notes=(match_reason(matches[0]), *read.reading.notes),
        )
    if read.prefill.name is None:
        reason = (
            said("no text could be read on the scan: import it in the window and type its fields")
            if not read.reading.has_text
            else said("no name could be read surely on the scan: import it in the window and type the name")
        )
        return ImportResult(source, ImportOutcome.REJECTED, reason=reason)
    fields = case_fields(read.prefill, received=day, request_text=text or "")
    return store_scan(
        db, read.scan, fields, clock=clock, actor=actor, recognised_text=text,
        reading_notes=(*prefill_notes(read.prefill), *read.reading.notes),
    )


def import_scan_lines(
    db: Database,
    paths: Sequence[Path | str],
    *,
    clock: Clock,
    actor: str,
    received: date | None = None,
) -> tuple[list[str], int]:
    """``lazeo-desk import-scan FILE… [--received DATE]``: one line per file and the exit status (0 when every
    file became or joined a case, 1 when any was refused, 2 when no file was given or Tesseract is missing)."""
    if not paths:
        return ["no file to import"], 2
    if received is not None and received > clock.today():
        return [str(said("--received: {day} is in the future", day=received))], 2
    try:
        engine = TesseractEngine()
    except EngineMissing:
        return [ENGINE_MISSING_LINE], 2
    results = []
    for path in paths:
        try:
            results.append(import_scan_file(db, path, clock=clock, actor=actor, received=received, engine=engine))
        except Exception as error:  # noqa: BLE001  (one unforeseen fault must not stop the batch; it is reported)
            results.append(ImportResult(str(path), ImportOutcome.REJECTED, reason=internal_error(error)))
    status = 1 if any(r.outcome is ImportOutcome.REJECTED for r in results) else 0
    return [r.line for r in results], status
