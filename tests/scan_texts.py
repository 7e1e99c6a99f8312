"""Recognised texts kept with cases as a scanned letter leaves them, and a register without its search indexes: what
the search tests of the store, the command line and the window share."""

from __future__ import annotations

import hashlib

from sqlalchemy import text

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.intake_storage import ImportOutcome
from lazeo_desk.services.scan_intake import check_scan, store_scan
from lazeo_desk.store.database import Database

ACTOR = "Brigitte Perez"
_PNG = b"\x89PNG\r\n\x1a\n"


def keep_scan_text(db: Database, clock: FixedClock, reference: str, recognised: str) -> None:
    """A scanned letter joined to case ``reference`` with ``recognised`` as the text read on it (no engine runs:
    the image is a PNG signature followed by bytes of its own, so that no two scans are the same file)."""
    image = _PNG + hashlib.sha256(f"{reference}\n{recognised}".encode()).digest()
    result = store_scan(
        db, check_scan(image, source="letter.png"), None, clock=clock, actor=ACTOR, link_to=reference,
        recognised_text=recognised,
    )
    assert result.outcome is ImportOutcome.LINKED, result.line


SEARCH_TRIGGERS = ("case_search_added", "case_search_removed", "case_search_changed",
                   "case_search_scan_added", "case_search_scan_changed", "case_search_scan_removed")


def without_search_indexes(db: Database) -> None:
    """Take the search index out of ``db``, as an engine without FTS5's trigram tokenizer never had them: the
    register is then searched by scanning, whatever the SQLite of the machine running the tests."""
    with db.engine.begin() as connection:
        for trigger in SEARCH_TRIGGERS:
            connection.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        connection.execute(text("DROP TABLE IF EXISTS case_search"))
    # Whether a connection has the index is remembered per connection: the next ones read the schema again.
    db.dispose()
