"""Store benchmark: seed N sample cases, then time the register's queries (median of three fresh databases).

Run: ``python benchmarks/bench_store.py [--cases N] [--runs R]``. The target is 100,000 cases seeded in under
60 seconds, and an overdue list answered from an index (the query plan is printed).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.orm import Session

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.maintenance import run_check
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.register import (
    CaseFilter,
    QuickFilter,
    RegisterRow,
    SortKey,
    count_cases,
    fetch_page,
    open_binding_dates,
    page_query,
    summary_counts,
)

TARGET_CASES = 100_000
TARGET_SECONDS = 60.0
CLI_PAGE = 1000  # ``case list`` reads the register in pages of this size
WINDOW_PAGE = 200  # the register window's first page
CLOCK = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Paris")))

T = TypeVar("T")


@dataclass
class Timings:
    """Seconds per measured step, one entry per run, and what each step returned on the last run."""

    seconds: dict[str, list[float]] = field(default_factory=dict)
    answers: dict[str, str] = field(default_factory=dict)

    def measure(self, label: str, action: Callable[[], T], describe: Callable[[T], str]) -> T:
        started = time.perf_counter()
        result = action()
        self.seconds.setdefault(label, []).append(time.perf_counter() - started)
        self.answers[label] = describe(result)
        return result


def all_overdue(session: Session, today: date) -> list[RegisterRow]:
    """Every overdue case, read page by page as ``lazeo-desk case list --overdue`` does."""
    rows: list[RegisterRow] = []
    offset = 0
    while True:
        page = fetch_page(
            session, CaseFilter(quick=QuickFilter.OVERDUE), today, offset=offset, limit=CLI_PAGE
        )
        rows.extend(page)
        offset += CLI_PAGE
        if len(page) < CLI_PAGE:
            return rows


def overdue_plan(session: Session, today: date) -> list[str]:
    query = page_query(CaseFilter(quick=QuickFilter.OVERDUE), today).limit(CLI_PAGE)
    compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    return [str(row[-1]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))]


def one_run(cases: int, seed: int, timings: Timings) -> list[str]:
    """Seed a fresh database and time the queries on it; returns the overdue query plan."""
    today = CLOCK.today()
    with tempfile.TemporaryDirectory(prefix="lazeo-bench-") as folder:
        db = Database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}", plain=True)
        try:
            references = timings.measure(
                "seed", lambda: seed_cases(db, cases, seed=seed, clock=CLOCK), lambda r: f"{len(r):,} cases"
            )
            with db.transaction() as session:
                timings.measure(
                    "case list --overdue", lambda: all_overdue(session, today), lambda r: f"{len(r):,} rows"
                )
                timings.measure(
                    "count_cases (all)", lambda: count_cases(session, CaseFilter(), today), lambda r: f"{r:,}"
                )
                timings.measure(
                    "count_cases (overdue)",
                    lambda: count_cases(session, CaseFilter(quick=QuickFilter.OVERDUE), today),
                    lambda r: f"{r:,}",
                )
                timings.measure(
                    "summary_counts",
                    lambda: summary_counts(session, today),
                    lambda r: ", ".join(f"{q.value} {n:,}" for q, n in r.items()),
                )
                timings.measure(
                    "first page, urgency order",
                    lambda: fetch_page(session, CaseFilter(), today, sort=SortKey.URGENCY, limit=WINDOW_PAGE),
                    lambda r: f"{len(r)} rows, first {r[0].reference if r else '-'}",
                )
                timings.measure(
                    "first page, rights order",
                    lambda: fetch_page(session, CaseFilter(), today, sort=SortKey.RIGHTS, limit=WINDOW_PAGE),
                    lambda r: f"{len(r)} rows, first {r[0].reference if r else '-'}",
                )
                timings.measure(
                    "first page, erasure only",
                    lambda: fetch_page(session, CaseFilter(right=Right.ERASURE), today, limit=WINDOW_PAGE),
                    lambda r: f"{len(r)} rows, first {r[0].reference if r else '-'}",
                )
                timings.measure(
                    "open binding dates",
                    lambda: open_binding_dates(session),
                    lambda r: f"{len(r):,} cases",
                )
                plan = overdue_plan(session, today)
            notes = CaseService(Workplace(db, CLOCK, "bench"))
            # The audit trail's cost on a write: the entry, the case's state before and after, the MAC chain.
            timings.measure(
                "a note (first on a case)", lambda: notes.add_note(references[-1], "benchmark note"),
                lambda r: r.case.reference or "-",
            )
            timings.measure(
                "a note (next on the case)", lambda: notes.add_note(references[-1], "another note"),
                lambda r: r.case.reference or "-",
            )
            timings.measure(
                "check (chain, states, files)", lambda: run_check(db), lambda r: "ok" if r.ok else "problems"
            )
            return plan
        finally:
            db.dispose()


def _shown(seconds: float) -> str:
    return f"{seconds:8.3f} s" if seconds >= 1 else f"{seconds * 1000:8.1f} ms"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=int, default=TARGET_CASES, help="cases to seed (default 100000)")
    parser.add_argument("--runs", type=int, default=3, help="fresh databases to measure (default 3)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.cases < 1 or args.runs < 1:
        parser.error("--cases and --runs must be at least 1")

    timings = Timings()
    plan: list[str] = []
    for run in range(1, args.runs + 1):
        print(f"run {run}/{args.runs}: seeding {args.cases:,} cases…", file=sys.stderr, flush=True)
        plan = one_run(args.cases, args.seed, timings)

    print(
        f"lazeo-desk store benchmark: {args.cases:,} cases, today {CLOCK.today().isoformat()}, "
        f"median of {args.runs} run(s) (min – max)"
    )
    for label, values in timings.seconds.items():
        print(
            f"  {label:<28}{_shown(statistics.median(values))}   ({_shown(min(values)).strip()} – "
            f"{_shown(max(values)).strip()})   {timings.answers[label]}"
        )
    print("EXPLAIN QUERY PLAN of the overdue query:")
    for line in plan:
        print(f"  {line}")

    seeding = statistics.median(timings.seconds["seed"])
    rate = args.cases / seeding if seeding else float("inf")
    print(f"Seeding rate: {rate:,.0f} cases/s")
    indexed = any("USING INDEX" in line or "USING COVERING INDEX" in line for line in plan) and not any(
        line.startswith("SCAN cases") for line in plan
    )
    print(f"Overdue query answered from an index: {'yes' if indexed else 'NO'}")
    if args.cases >= TARGET_CASES:
        met = seeding < TARGET_SECONDS
        print(
            f"Target {TARGET_CASES:,} cases seeded in under {TARGET_SECONDS:.0f} s: "
            f"{'met' if met else 'NOT MET'} ({seeding:.1f} s)"
        )
        return 0 if met and indexed else 1
    return 0 if indexed else 1


if __name__ == "__main__":
    raise SystemExit(main())
