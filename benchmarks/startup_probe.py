"""The programs whose start-up the GUI benchmark times: the real window, or a bare PySide6 window.

usage: python benchmarks/startup_probe.py app DATABASE_FILE
       python benchmarks/startup_probe.py bare

Each prints ``painted`` on stdout the moment its window has been painted for the first time (the parent measures
from the moment it started the process). The ``app`` probe then does a DPO's first minute of work (scrolls the
register, types three searches, opens a case). Both end by printing ``peak BYTES``, their peak resident memory.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from lazeo_desk.store.database import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BENCH_MOMENT = datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))
# The raw key of an encrypted benchmark database, in hex (derived once by the parent: the key derivation is slow on
# purpose and is measured apart, not as start-up).
KEY_ENV = "LAZEO_BENCH_KEY"


def open_database(path: str | Path, key: bytes | None = None) -> Database:
    """The benchmark database, plain or encrypted with ``key``."""
    from lazeo_desk.store.database import Database

    url = f"sqlite:///{path}"
    if key is not None:
        return Database(url, key=key)
    return Database(url, plain=True)


def _announce_first_paint(widget: object, ready: object) -> object:
    """Print ``painted`` once, just after the first paint of ``widget`` for which ``ready()`` is true."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
            if not self.done and event.type() == QEvent.Type.Paint and ready():  # type: ignore[operator]
                self.done = True
                # Queued: the paint event being filtered is drawn before this runs.
                QTimer.singleShot(0, lambda: print("painted", flush=True))
            return False

    watcher = FirstPaint()
    widget.installEventFilter(watcher)  # type: ignore[attr-defined]
    return watcher


def report_peak_memory() -> None:
    """Print ``peak BYTES``: the most memory this program has held in RAM (VmHWM, counted from its exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            print(f"peak {int(line.split()[1]) * 1024}", flush=True)
            return


def run_bare() -> int:
    import sqlalchemy  # noqa: F401  (the comparison: a bare window of a program that uses SQLAlchemy and its ORM)
    import sqlalchemy.orm  # noqa: F401
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("bare")
    window.setCentralWidget(label)
    window.resize(1440, 900)
    keep = _announce_first_paint(label, lambda: True)
    window.show()
    while not keep.done:  # type: ignore[attr-defined]
        app.processEvents()
    app.processEvents()
    report_peak_memory()
    return 0


class Phases:
    """Where the start-up goes: ``phase NAME MILLISECONDS`` lines, each phase timed from the end of the last."""

    def __init__(self) -> None:
        self._last = time.perf_counter()

    def done(self, name: str) -> None:
        now = time.perf_counter()
        print(f"phase {name} {(now - self._last) * 1000:.1f}", flush=True)
        self._last = now


def run_app(database_file: str) -> int:
    # The same work as the real start, in the same order; what would be imported on the way anyway is imported
    # one phase earlier so that each cost can be named.
    phases = Phases()
    import sqlalchemy.orm  # noqa: F401
    from PySide6.QtWidgets import QApplication  # noqa: F401

    phases.done("SQLAlchemy and Qt imported (as the bare window)")
    from PySide6.QtCore import QCoreApplication, QSettings

    from lazeo_desk.app import create_application, prepare_window
    from lazeo_desk.app import open_database as open_plain
    from lazeo_desk.domain.clock import FixedClock
    from lazeo_desk.store.holiday_cache import load_public_holidays

    phases.done("lazeo_desk imported (domain, store, services, window)")
    app = create_application(sys.argv[:1])
    key = os.environ.get(KEY_ENV)
    if key:
        database = open_database(database_file, bytes.fromhex(key))
    else:
        # As `lazeo-desk --plain` opens it (the checks of the file included).
        opened = open_plain(f"sqlite:///{database_file}", plain=True)
        assert opened is not None
        database = opened
    phases.done("QApplication created, database opened")
    # As the real start: from the copy of the package's tables (the first run writes it: a cold start).
    year = BENCH_MOMENT.year
    loaded = load_public_holidays(range(year - 1, year + 2), Path(database_file).with_suffix(".holidays.json"))
    phases.done("public holidays loaded " + ("(from the copy)" if loaded.from_copy else "(from the holidays package)"))
    # Window state in a throw-away file: QSettings saves by replacing its file, so it must never be a device.
    settings = QSettings(str(Path(database_file).with_suffix(".ini")), QSettings.Format.IniFormat)
    # The window as the real start prepares it (register, lock, menus); demo: no backup of the day.
    window = prepare_window(
        database, clock=FixedClock(BENCH_MOMENT), demo=True, settings=settings, search_delay_ms=0,
        holidays=loaded.names,
    )
    keep = _announce_first_paint(window.view.viewport(), lambda: window.model.rowCount() > 0)
    phases.done("window prepared (menus, lock), first page read")
    window.show()
    while not keep.done:  # type: ignore[attr-defined]
        app.processEvents()
    app.processEvents()
    phases.done("window shown and painted")

    # A first minute of work, for the peak memory: five more pages, three searches, one case opened.
    for _ in range(5):
        window.view.scrollToBottom()
        app.processEvents()
        if window.model.canFetchMore():
            window.model.fetchMore()
    for text in ("dubois", "@example.org", "DSAR-2026"):
        window.filters.search.setText(text)
        QCoreApplication.processEvents()
        window.apply_filters()
    window.view.selectRow(0)
    window.open_current()
    app.processEvents()
    window.tasks.wait()
    app.processEvents()
    report_peak_memory()
    window.shutdown()
    database.dispose()
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["bare"]:
        return run_bare()
    if argv[:1] == ["app"] and len(argv) == 2:
        return run_app(argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
