"""Slow reads (counts over every case) run on a worker thread; their results come back on the GUI thread.

The work itself is a plain function that tests can call directly; this module only carries it across threads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread: a signal emitted from the worker reaches it through the event queue."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, owner: BackgroundTasks, on_done: Done, on_failed: Failed | None) -> None:
        super().__init__()
        self._owner = owner
        self._on_done = on_done
        self._on_failed = on_failed
        self.done.connect(self._deliver)
        self.failed.connect(self._fail)

    def _owner_alive(self) -> bool:
        # The window that asked may have closed while the work ran: its result then has nowhere to go.
        return shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver(self, value: object) -> None:
        if self._owner_alive() and self._owner.forget(self):
            self._on_done(value)

    @Slot(object)
    def _fail(self, error: object) -> None:
        if not self._owner_alive() or not self._owner.forget(self):
            return
        assert isinstance(error, BaseException)
        if self._on_failed is None:
            raise error
        self._on_failed(error)


class BackgroundTasks(QObject):
    """A small thread pool of its own, so that closing the window can wait for exactly its work."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._waiting: set[_Relay] = set()
        self._closed = False

    def submit(self, work: Callable[[], Any], done: Done, failed: Failed | None = None) -> None:
        """Run ``work()`` on a worker thread, then ``done(result)`` (or ``failed(error)``) on the GUI thread."""
        if self._closed:
            return
        relay = _Relay(self, done, failed)
        self._waiting.add(relay)

        def job() -> None:
            try:
                result = work()
            except Exception as error:  # handed to the GUI thread, which decides what to show
                relay.failed.emit(error)
            else:
                relay.done.emit(result)

        self._pool.start(job)

    def forget(self, relay: _Relay) -> bool:
        """Drop a finished relay; False when the result must be ignored (shut down, or already delivered)."""
        if relay not in self._waiting:
            return False
        self._waiting.discard(relay)
        relay.deleteLater()
        return not self._closed

    def pending(self) -> int:
        """How many results have not been delivered yet."""
        return len(self._waiting)

    def wait(self, msecs: int = -1) -> bool:
        """Wait until the workers are idle (results still queued are delivered by the event loop)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Wait for running work and drop every result not yet delivered."""
        self._closed = True
        self._pool.waitForDone()
        for relay in list(self._waiting):
            relay.deleteLater()
        self._waiting.clear()
