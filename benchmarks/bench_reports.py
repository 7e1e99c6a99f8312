"""Reports benchmark: a year's report and an XLSX export of the register at 100,000 cases, each beside the raw SQL.

Run: ``python benchmarks/bench_reports.py [--cases N] [--runs R]``. Targets: the report of the busiest year in
under 1 s, the export of every case to XLSX in under 20 s with flat memory (the peak Python allocation is
measured on exports of a quarter and of all the cases: it should not grow with the number of rows).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import text

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.report_figures import Period
from lazeo_desk.services.register_export import ExportFormat, RegisterExportService
from lazeo_desk.services.reports import ReportService
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.register import CaseFilter
from lazeo_desk.store.report_queries import ReportFilter

TARGET_CASES = 100_000
REPORT_TARGET = 1.0
EXPORT_TARGET = 20.0
CLOCK = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Paris")))

T = TypeVar("T")

RAW_REPORT = """
    SELECT COUNT(*), SUM(answered IS NOT NULL), SUM(answered <= due_date), SUM(answered > due_date),
           SUM(status IN ('new', 'verifying-identity', 'awaiting-requester', 'in-progress'))
    FROM cases WHERE received BETWEEN :start AND :end
"""
RAW_EXPORT = "SELECT * FROM cases ORDER BY year, sequence"


def _timed(action: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def _peak(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=TARGET_CASES)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lazeo-bench-") as folder:
        db = Database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}", plain=True)
        seconds, _ = _timed(lambda: seed_cases(db, args.cases, seed=1, clock=CLOCK))
        print(f"seeded {args.cases:,} cases in {seconds:.1f} s")
        with db.transaction() as session:
            busiest = int(session.execute(text(
                "SELECT year FROM cases GROUP BY year ORDER BY COUNT(*) DESC LIMIT 1"
            )).scalar_one())
        period = Period.year(busiest)
        reports = ReportService(Workplace(db, CLOCK, "bench"))
        report_filter = ReportFilter(period)
        raw_times, report_times = [], []
        for _ in range(args.runs):
            with db.transaction() as session:
                raw, _ = _timed(lambda: session.execute(
                    text(RAW_REPORT), {"start": period.start, "end": period.end}
                ).one())
            raw_times.append(raw)
            took, found = _timed(lambda: reports.figures(report_filter))
            report_times.append(took)
        print(f"report of {busiest} ({found.totals.received:,} cases received), median of {args.runs} run(s):")
        print(f"  raw SQL (five counts)        {statistics.median(raw_times):8.3f} s")
        print(f"  every figure of the report   {statistics.median(report_times):8.3f} s   (target < {REPORT_TARGET} s)")

        exports = RegisterExportService(Workplace(db, CLOCK, "bench"))
        target = Path(folder) / "register.xlsx"
        raw_times, export_times = [], []
        for _ in range(args.runs):
            with db.transaction() as session:
                raw, _ = _timed(lambda: sum(1 for _ in session.execute(text(RAW_EXPORT))))
            raw_times.append(raw)
            took, rows = _timed(lambda: exports.export(CaseFilter(), target, ExportFormat.XLSX))
            export_times.append(took)
        print(f"export of the register ({rows:,} rows), median of {args.runs} run(s):")
        print(f"  raw SQL (every row read)     {statistics.median(raw_times):8.3f} s")
        print(f"  XLSX written                 {statistics.median(export_times):8.3f} s   (target < {EXPORT_TARGET} s)"
              f"   {target.stat().st_size / 1e6:.1f} MB")
        quarter = CaseFilter(received_from=period.start, received_to=Period.quarter(busiest, 1).end)
        small = _peak(lambda: exports.export(quarter, target, ExportFormat.XLSX))
        large = _peak(lambda: exports.export(CaseFilter(), target, ExportFormat.XLSX))
        print(f"  peak Python memory: {small / 1e6:.1f} MB for one quarter, {large / 1e6:.1f} MB for every case")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
