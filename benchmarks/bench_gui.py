"""GUI benchmark: start-up to the painted register, a keystroke in the search box to the filtered list, peak memory.

usage: python benchmarks/bench_gui.py [--sizes 1000,10000,100000] [--runs 7] [--data DIR]

For each database size it prints medians over runs, each beside its reference measured in the same run:
  start-up  process start -> register painted        beside a bare PySide6 window that imports SQLAlchemy
  search    keystroke -> filtered list painted        beside the same SQL query through sqlite3 alone
  memory    peak RSS of the window process after a first minute of work (pages scrolled, searches, a case opened)
Targets: start-up within 2x of bare, search within 3x of the raw query, peak memory under 200 MiB, all flat from
1,000 to 100,000 cases. The search is timed with the typing pause (debounce) set to zero; in use the window waits
for a pause of SEARCH_DELAY_MS in the typing before it searches, which is added on purpose and reported apart.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from startup_probe import BENCH_MOMENT, KEY_ENV, open_database  # noqa: E402  (after the path is set)

PROBE = HERE / "startup_probe.py"
SEARCHES = ("dubois", "camille.", "DSAR-2025-03", "BE-12", "xyzzy")
MIB = 1024 * 1024


@dataclass(frozen=True)
class StartupRun:
    seconds: float
    peak_rss: int
    phases: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class SizeResult:
    cases: int
    seed_seconds: float | None
    app_startup: float
    bare_startup: float
    app_search: float
    raw_search: float
    app_peak: float
    bare_peak: float
    phases: tuple[tuple[str, float], ...] = ()


def seed_database(folder: Path, count: int, key: bytes | None = None) -> tuple[Path, float | None]:
    """A database of ``count`` sample cases (kept between runs: seeding 100,000 cases takes a while)."""
    from lazeo_desk.domain.clock import FixedClock
    from lazeo_desk.services.seeding import count_cases, seed_cases

    path = folder / (f"bench-{count}.sqlite3" if key is None else f"bench-{count}-encrypted.sqlite3")
    database = open_database(path, key) if path.exists() else None
    try:
        if database is not None and count_cases(database) == count:
            return path, None
        if database is not None:
            database.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        database = open_database(path, key)
        started = time.perf_counter()
        seed_cases(database, count, seed=1, clock=FixedClock(BENCH_MOMENT))
        return path, time.perf_counter() - started
    finally:
        if database is not None:
            database.dispose()


def time_startup(kind: str, database: Path, key: bytes | None = None) -> StartupRun:
    """Seconds from starting the process to its first painted window, and the process's peak RSS in bytes.

    The peak is the probe's own (VmHWM): the rusage of a child would also count the pages of this process that the
    child held between fork and exec.
    """
    command = [sys.executable, str(PROBE), kind] + ([str(database)] if kind == "app" else [])
    started = time.perf_counter()
    environment = dict(os.environ)
    environment.pop(KEY_ENV, None)
    if key is not None:
        environment[KEY_ENV] = key.hex()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=environment)
    assert process.stdout is not None
    painted: float | None = None
    peak: int | None = None
    phases: list[tuple[str, float]] = []
    for line in process.stdout:
        if line.strip() == "painted" and painted is None:
            painted = time.perf_counter() - started
        elif line.startswith("peak "):
            peak = int(line.split()[1])
        elif line.startswith("phase "):
            name, milliseconds = line[len("phase "):].rstrip().rsplit(" ", 1)
            phases.append((name, float(milliseconds) / 1000))
    if process.wait() != 0 or painted is None or peak is None:
        raise RuntimeError(f"{kind} probe failed (exit {process.returncode})")
    return StartupRun(painted, peak, tuple(phases))


def raw_query_seconds(database: Path, text: str, repeats: int) -> float:
    """The register's first page for ``text``, as SQL run by sqlite3 alone (the floor the window stands on)."""
    from sqlalchemy.dialects import sqlite

    from lazeo_desk.store.register import CaseFilter, page_query
    from lazeo_desk.ui.register_model import PAGE_SIZE

    query = page_query(CaseFilter(text=text), BENCH_MOMENT.date()).limit(PAGE_SIZE)
    sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    connection = sqlite3.connect(database)
    try:
        connection.execute(sql).fetchall()  # warm the page cache, as the window's own first query does
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            connection.execute(sql).fetchall()
            times.append(time.perf_counter() - started)
        return statistics.median(times)
    finally:
        connection.close()


def window_search_seconds(database: Path, text: str, repeats: int) -> float:
    """Keystroke (the last letter of ``text``) to the filtered register painted, in the real window."""
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from lazeo_desk.app import build_main_window, create_application
    from lazeo_desk.domain.clock import FixedClock

    app = create_application(sys.argv[:1])
    db = open_database(database)
    # QSettings saves by replacing its file: a throw-away file beside the database, never a device.
    settings = QSettings(str(Path(database).with_suffix(".ini")), QSettings.Format.IniFormat)
    window = build_main_window(db, clock=FixedClock(BENCH_MOMENT), settings=settings, search_delay_ms=0)
    state = {"reloaded": False, "shown": False}

    class ShownAfterReload(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
            if event.type() == QEvent.Type.Paint and state["reloaded"] and not state["shown"]:
                QTimer.singleShot(0, lambda: state.__setitem__("shown", True))
            return False

    watcher = ShownAfterReload()
    window.view.viewport().installEventFilter(watcher)
    window.model.reloaded.connect(lambda: state.__setitem__("reloaded", True))
    window.show()
    QApplication.processEvents()
    times = []
    try:
        for _ in range(repeats):
            # The text up to the last letter is in place and shown, the counts it asked for have arrived.
            window.filters.search.setText(text[:-1])
            while window.filters.search_pending() or not window.background_idle():
                QApplication.processEvents()
            QApplication.processEvents()
            state["reloaded"] = state["shown"] = False
            started = time.perf_counter()
            QTest.keyClicks(window.filters.search, text[-1])
            while not state["shown"]:
                app.processEvents()
            times.append(time.perf_counter() - started)
            window.tasks.wait()
            QApplication.processEvents()
    finally:
        window.shutdown()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        db.dispose()
    return statistics.median(times)


def measure(folder: Path, count: int, runs: int) -> SizeResult:
    database, seeded = seed_database(folder, count)
    app_runs, bare_runs = [], []
    time_startup("bare", database)  # a first start warms the disk cache for both
    time_startup("app", database)
    for _ in range(runs):
        bare_runs.append(time_startup("bare", database))
        app_runs.append(time_startup("app", database))
    app_search = statistics.median(window_search_seconds(database, text, runs) for text in SEARCHES)
    raw_search = statistics.median(raw_query_seconds(database, text, runs) for text in SEARCHES)
    return SizeResult(
        cases=count,
        seed_seconds=seeded,
        app_startup=statistics.median(r.seconds for r in app_runs),
        bare_startup=statistics.median(r.seconds for r in bare_runs),
        app_search=app_search,
        raw_search=raw_search,
        app_peak=statistics.median(r.peak_rss for r in app_runs) / MIB,
        bare_peak=statistics.median(r.peak_rss for r in bare_runs) / MIB,
        phases=tuple(
            (name, statistics.median(run.phases[index][1] for run in app_runs))
            for index, (name, _seconds) in enumerate(app_runs[0].phases)
        ),
    )


@dataclass(frozen=True)
class EncryptedResult:
    cases: int
    startup: float
    peak: float


def key_derivation(runs: int) -> tuple[bytes, float, float] | None:
    """A key for the encrypted databases, the median time to derive one, and the memory it takes (MiB)."""
    try:
        from lazeo_desk.store.encryption import DEFAULT_KDF, derive_key
    except ImportError:
        return None
    salt = b"lazeo-desk bench"  # fixed, so that the databases kept between runs open again
    times = []
    key = b""
    for _ in range(max(runs // 2, 2)):
        started = time.perf_counter()
        key = derive_key("correct horse battery staple", salt, DEFAULT_KDF)
        times.append(time.perf_counter() - started)
    return key, statistics.median(times), DEFAULT_KDF.memory_cost / 1024


def measure_encrypted(folder: Path, count: int, runs: int, key: bytes) -> EncryptedResult:
    database, _seeded = seed_database(folder, count, key)
    time_startup("app", database, key)
    app_runs = [time_startup("app", database, key) for _ in range(runs)]
    return EncryptedResult(
        count, statistics.median(r.seconds for r in app_runs), statistics.median(r.peak_rss for r in app_runs) / MIB
    )


def report_encrypted(plain: list[SizeResult], encrypted: list[EncryptedResult], kdf: tuple[float, float]) -> None:
    seconds, memory = kdf
    print()
    print("encrypted database (SQLCipher), the key given to the window as after unlocking:")
    print(f"  key derivation (Argon2id, slow on purpose, once per unlock): {seconds * 1000:.0f} ms, "
          f"{memory:.0f} MiB working memory — not start-up overhead, not in the figures below")
    for result in encrypted:
        reference = next(p for p in plain if p.cases == result.cases)
        print(f"  {result.cases:>8,} cases: start-up {result.startup * 1000:.0f} ms "
              f"(plain {reference.app_startup * 1000:.0f} ms, bare {reference.bare_startup * 1000:.0f} ms, "
              f"{result.startup / reference.bare_startup:.2f}x bare), peak {result.peak:.0f} MiB")


def report(results: list[SizeResult]) -> None:
    from lazeo_desk.ui.filter_bar import SEARCH_DELAY_MS

    print()
    print(f"{'cases':>8} | {'start-up':>9} {'bare':>7} {'ratio':>6} | {'search':>8} {'raw SQL':>8} {'ratio':>6} |"
          f" {'peak RSS':>9} {'bare':>8}")
    print("-" * 90)
    for r in results:
        print(
            f"{r.cases:>8,} | {r.app_startup * 1000:>7.0f}ms {r.bare_startup * 1000:>5.0f}ms "
            f"{r.app_startup / r.bare_startup:>5.2f}x | {r.app_search * 1000:>6.1f}ms {r.raw_search * 1000:>6.1f}ms "
            f"{r.app_search / r.raw_search:>5.2f}x | {r.app_peak:>5.0f} MiB {r.bare_peak:>4.0f} MiB"
        )
    print()
    first, last = results[0], results[-1]
    print(f"where the start-up goes ({last.cases:,} cases, medians; the rest is the interpreter starting):")
    for name, seconds in last.phases:
        print(f"  {seconds * 1000:7.1f} ms  {name}")
    print()
    if len(results) > 1:
        print(
            f"growth {first.cases:,} -> {last.cases:,} cases: start-up x{last.app_startup / first.app_startup:.2f}, "
            f"search x{last.app_search / first.app_search:.2f}, peak memory x{last.app_peak / first.app_peak:.2f}"
        )
        # What the window adds to the query (model reset, paint) apart from the substring scan, which grows with
        # the table whatever the window does.
        own = ", ".join(f"{(r.app_search - r.raw_search) * 1000:.1f} ms at {r.cases:,}" for r in results)
        print(f"  search: the raw SQL grows x{last.raw_search / first.raw_search:.0f}; the window's own part: {own}")
    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    print(f"targets at {last.cases:,} cases:")
    print(f"  start-up within 2x the bare window: {verdict(last.app_startup <= 2 * last.bare_startup)}"
          f" ({last.app_startup / last.bare_startup:.2f}x)")
    print(f"  search within 3x the raw SQL query: {verdict(last.app_search <= 3 * last.raw_search)}"
          f" ({last.app_search / last.raw_search:.2f}x)")
    print(f"  peak memory under 200 MiB at every size: {verdict(all(r.app_peak < 200 for r in results))}")
    print(f"search timed without the typing pause; in use the window waits {SEARCH_DELAY_MS} ms after the last key")
    print("figures above: a plain (not encrypted) database")
    for r in results:
        if r.seed_seconds is not None:
            print(f"seeded {r.cases:,} cases in {r.seed_seconds:.1f} s (bulk insert, not part of the figures)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated numbers of cases")
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (medians are reported)")
    parser.add_argument("--no-encrypted", action="store_true", help="skip the encrypted databases")
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "lazeo-desk-bench",
                        help="folder for the seeded databases (kept between runs)")
    args = parser.parse_args(argv)
    args.data.mkdir(mode=0o700, parents=True, exist_ok=True)
    sizes = [int(part) for part in args.sizes.split(",") if part.strip()]
    print(f"platform: {os.environ['QT_QPA_PLATFORM']}, runs: {args.runs}, python: {sys.version.split()[0]}")
    results = []
    for count in sizes:
        result = measure(args.data, count, args.runs)
        print(f"  {count:,} cases: start-up {result.app_startup * 1000:.0f} ms (bare {result.bare_startup * 1000:.0f}),"
              f" search {result.app_search * 1000:.1f} ms (raw {result.raw_search * 1000:.1f}),"
              f" peak {result.app_peak:.0f} MiB", flush=True)
        results.append(result)
    report(results)
    if not args.no_encrypted:
        try:
            derived = key_derivation(args.runs)
            if derived is None:
                print("\nencrypted database: not measured (no encryption in this version)")
                return 0
            key, kdf_seconds, kdf_memory = derived
            encrypted = [measure_encrypted(args.data, count, args.runs, key) for count in sizes]
        except Exception as error:  # the encrypted store is optional here: report why it was not measured
            print(f"\nencrypted database: not measured ({type(error).__name__}: {error})")
            return 0
        report_encrypted(results, encrypted, (kdf_seconds, kdf_memory))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
