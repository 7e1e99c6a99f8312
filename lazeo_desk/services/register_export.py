"""The register exported for an authority or a spreadsheet: XLSX or CSV, one row per case, streamed.

Rows come from a streaming cursor in batches and go straight to the file (XlsxWriter's constant-memory mode keeps
no row once written), so the memory used stays flat whatever the register's size. The file is written beside its
target and renamed over it at the end: an interrupted export leaves the old file or none, never half of one.
Each export is an audit entry (who, when, which filter, how many rows).
"""

from __future__ import annotations

import csv
import enum
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from lazeo_desk.services.file_output import stream_atomically
from lazeo_desk.services.reports import record_action
from lazeo_desk.services.workplace import AtWorkplace
from lazeo_desk.store.register import CaseFilter, SortKey
from lazeo_desk.store.report_queries import export_rows

EXPORTED = "exported"

COLUMNS = (
    "reference", "received", "completed", "due", "strict due", "extended", "answered", "status", "rights",
    "outcomes", "country", "centre", "channel", "on time", "days to answer",
)
_DATE_COLUMNS = frozenset({1, 2, 3, 4, 6})
_BOOLEAN_COLUMNS = frozenset({5, 13})
# A spreadsheet reads a cell starting with one of these as a formula (or, for tab and carriage return, as the
# start of one once trimmed): OWASP "CSV injection".
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportFormat(enum.StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


def neutralised(text: str) -> str:
    """``text`` made inert for a spreadsheet: one that would start a formula gets a leading apostrophe, which a
    spreadsheet shows as text (and which a reader sees, so nothing is silently altered)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _values(row: tuple[Any, ...]) -> list[Any]:
    found: list[Any] = []
    for index, value in enumerate(row):
        if index in _BOOLEAN_COLUMNS:
            found.append(None if value is None else bool(value))
        elif isinstance(value, str):
            found.append(neutralised(value))
        else:
            found.append(value)
    return found


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(handle: Any, rows: Iterable[tuple[Any, ...]]) -> int:
    """Write the header and ``rows`` as CSV to a binary ``handle`` (UTF-8 with a BOM, so that Excel reads
    accents); returns the number of rows."""
    handle.write("\ufeff".encode())
    text = _TextSink(handle)
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(v) for v in _values(row)])
        count += 1
    return count


class _TextSink:
    """A text face on a binary file for the csv module, encoding each line as it comes."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def write(self, text: str) -> int:
        return int(self.handle.write(text.encode("utf-8")))


def write_xlsx(handle: Any, rows: Iterable[tuple[Any, ...]]) -> int:
    """Write the header and ``rows`` to a binary ``handle`` as one XLSX sheet: real dates, the header frozen, a
    filter on every column. XlsxWriter in constant-memory mode writes each row out as it comes (flat memory), and
    is told never to read a text as a formula, a number or a link: text cells stay text. Returns the number of
    rows."""
    import xlsxwriter

    book = xlsxwriter.Workbook(handle, {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
        "strings_to_urls": False,
    })
    sheet = book.add_worksheet("Register")
    dated = book.add_format({"num_format": "yyyy-mm-dd"})
    bold = book.add_format({"bold": True})
    for index, width in enumerate((16, 12, 12, 12, 12, 9, 12, 20, 30, 40, 8, 20, 12, 9, 9)):
        sheet.set_column(index, index, width, dated if index in _DATE_COLUMNS else None)
    sheet.freeze_panes(1, 0)
    for column, name in enumerate(COLUMNS):
        sheet.write_string(0, column, name, bold)
    count = 0
    for count, row in enumerate(rows, start=1):
        for column, value in enumerate(_values(row)):
            if value is None:
                continue
            if isinstance(value, date):
                sheet.write_datetime(count, column, value, dated)
            elif isinstance(value, bool):
                sheet.write_boolean(count, column, value)
            elif isinstance(value, int | float):
                sheet.write_number(count, column, value)
            else:
                sheet.write_string(count, column, str(value))
    sheet.autofilter(0, 0, count, len(COLUMNS) - 1)
    book.close()
    return count


def _filter_detail(case_filter: CaseFilter) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if case_filter.text.strip():
        found["text"] = case_filter.text.strip()
    if case_filter.statuses:
        found["statuses"] = sorted(s.value for s in case_filter.statuses)
    if case_filter.right is not None:
        found["right"] = case_filter.right.value
    if case_filter.jurisdiction is not None:
        found["country"] = case_filter.jurisdiction.value
    if case_filter.centre:
        found["centre"] = case_filter.centre
    if case_filter.received_from is not None:
        found["received_from"] = case_filter.received_from.isoformat()
    if case_filter.received_to is not None:
        found["received_to"] = case_filter.received_to.isoformat()
    if case_filter.quick is not None:
        found["quick"] = case_filter.quick.value
    if case_filter.channel is not None:
        found["channel"] = case_filter.channel.value
    if case_filter.handling is not None:
        found["handling"] = case_filter.handling.value
    if case_filter.days_to_answer_from is not None:
        found["days_to_answer_from"] = case_filter.days_to_answer_from
    if case_filter.days_to_answer_to is not None:
        found["days_to_answer_to"] = case_filter.days_to_answer_to
    return found


class RegisterExportService(AtWorkplace):
    """Exports the register as filtered, and records each export in the audit trail."""

    def export(
        self,
        case_filter: CaseFilter,
        path: Path,
        export_format: ExportFormat,
        *,
        sort: SortKey = SortKey.REFERENCE,
        descending: bool = False,
    ) -> int:
        """Write the register filtered by ``case_filter`` to ``path``, in its order for ``sort``; returns the
        number of rows. Raises OSError when the file cannot be written (nothing is then recorded). Each call
        opens its own session, so that it may run on a worker thread."""
        today = self.clock.today()
        writer = write_xlsx if export_format is ExportFormat.XLSX else write_csv
        with self.db.transaction() as session:

            def rows() -> Iterator[tuple[Any, ...]]:
                yield from export_rows(session, case_filter, today, sort=sort, descending=descending)

            count = stream_atomically(path, lambda handle: writer(handle, rows()))
        record_action(self.db, self.clock, self.actor, EXPORTED, {
            "format": export_format.value, "file": path.name, "rows": count, "filter": _filter_detail(case_filter),
            "sort": sort.value + (" descending" if descending else ""),
        })
        return count
