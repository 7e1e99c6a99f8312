"""The search index lists its matches in the register's order, and holds the text read on scanned letters.

Revision ID: 0013
Revises: 0012

Migration 0010's index numbered its entries by case id: a search had to read every match before it could show the
first page in the register's urgency order, so a keystroke cost more as the register grew. This index numbers each
case's entry by its place in that order (its *rank*: urgency, then the date that binds, then the id, packed into one
integer), so that the index itself yields the matches in order and a page stops after its last row.

The rank changes when a case's status or dates change: the triggers then move its entry. The index is contentless
(it keeps no copy of any text, only the trigrams and ranks); ``contentless_delete`` lets a trigger remove an entry by
its rank alone. Each entry also holds the text recognised on the case's scanned letters (documents of kind
``scan-text`` still kept), so that every word of a search may be found in the case or in its letters.

An engine without FTS5's trigram tokenizer with ``remove_diacritics`` or without ``contentless_delete`` (SQLite
before 3.45, or not SQLite) gets no index, as before: the register then searches without it.
"""

from typing import Any

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

INDEX = "case_search"
CASE_COLUMNS = (
    "reference",
    "subject_name",
    "requester_name",
    "subject_email",
    "requester_email",
    "patient_number",
    "subject_address",
    "requester_address",
    "notes",
)
SCAN_COLUMN = "scan_text"
TOKENIZER = "trigram case_sensitive 0 remove_diacritics 1"
TRIGGERS = (
    "case_search_added",
    "case_search_removed",
    "case_search_changed",
    "case_search_scan_added",
    "case_search_scan_changed",
    "case_search_scan_removed",
)
# Urgency above the day number of the date that binds, above the id (see lazeo_desk.store.search.rank_of).
_URGENCY_SHIFT = 2**54
_DAY_SHIFT = 2**32


def rank(row: str) -> str:
    """The rank of the case ``row`` (``new``, ``old`` or a table alias) in the register's urgency order."""
    return (
        f"({row}.urgency * {_URGENCY_SHIFT} + coalesce(CAST(julianday(coalesce({row}.due_date, "
        f"{row}.strict_due_date)) AS INTEGER), 0) * {_DAY_SHIFT} + {row}.id)"
    )


def scan_text(case_id: str) -> str:
    """The text read on the scans of the case ``case_id`` that are still kept, one after another."""
    return (
        "(SELECT group_concat(CAST(d.content AS TEXT), char(10)) FROM documents AS d "
        f"WHERE d.case_id = {case_id} AND d.kind = 'scan-text' AND d.content IS NOT NULL AND d.deleted_at IS NULL)"
    )


_NAMES = ", ".join((*CASE_COLUMNS, SCAN_COLUMN))


def _entry_of(alias: str) -> str:
    return f"{rank(alias)}, {', '.join(f'{alias}.{c}' for c in CASE_COLUMNS)}, {scan_text(f'{alias}.id')}"


def _refresh(case_id: str) -> str:
    """Statements that write the entry of case ``case_id`` again (after its scans changed)."""
    return (
        f"DELETE FROM {INDEX} WHERE rowid = (SELECT {rank('c')} FROM cases AS c WHERE c.id = {case_id}); "
        f"INSERT INTO {INDEX}(rowid, {_NAMES}) SELECT {_entry_of('c')} FROM cases AS c WHERE c.id = {case_id}; "
    )


def _supported(bind: Any) -> bool:
    if bind.dialect.name != "sqlite":
        return False
    try:
        bind.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.case_search_probe USING fts5(x, content='', contentless_delete=1, "
            f"tokenize='{TOKENIZER}')"
        )
    except DBAPIError:
        return False
    bind.exec_driver_sql("DROP TABLE temp.case_search_probe")
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute(f"DROP TABLE IF EXISTS {INDEX}")
    if not _supported(bind):
        return
    op.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5({_NAMES}, content='', contentless_delete=1, "
        f"tokenize='{TOKENIZER}')"
    )
    new_values = f"{rank('new')}, {', '.join(f'new.{c}' for c in CASE_COLUMNS)}, {scan_text('new.id')}"
    op.execute(
        f"CREATE TRIGGER case_search_added AFTER INSERT ON cases BEGIN "
        f"INSERT INTO {INDEX}(rowid, {_NAMES}) VALUES ({new_values}); END"
    )
    op.execute(
        f"CREATE TRIGGER case_search_removed AFTER DELETE ON cases BEGIN "
        f"DELETE FROM {INDEX} WHERE rowid = {rank('old')}; END"
    )
    # A change to a searched column, or to what places the case in the register's order, moves its entry; any
    # other change (a version number, a date of record-keeping) leaves the index as it was.
    moved_by = ", ".join((*CASE_COLUMNS, "urgency", "due_date", "strict_due_date"))
    op.execute(
        f"CREATE TRIGGER case_search_changed AFTER UPDATE OF {moved_by} ON cases BEGIN "
        f"DELETE FROM {INDEX} WHERE rowid = {rank('old')}; "
        f"INSERT INTO {INDEX}(rowid, {_NAMES}) VALUES ({new_values}); END"
    )
    op.execute(
        "CREATE TRIGGER case_search_scan_added AFTER INSERT ON documents WHEN new.kind = 'scan-text' BEGIN "
        f"{_refresh('new.case_id')}END"
    )
    op.execute(
        "CREATE TRIGGER case_search_scan_changed AFTER UPDATE OF kind, case_id, content, deleted_at ON documents "
        "WHEN old.kind = 'scan-text' OR new.kind = 'scan-text' BEGIN "
        f"{_refresh('old.case_id')}{_refresh('new.case_id')}END"
    )
    op.execute(
        "CREATE TRIGGER case_search_scan_removed AFTER DELETE ON documents WHEN old.kind = 'scan-text' BEGIN "
        f"{_refresh('old.case_id')}END"
    )
    op.execute(f"INSERT INTO {INDEX}(rowid, {_NAMES}) SELECT {_entry_of('c')} FROM cases AS c")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute(f"DROP TABLE IF EXISTS {INDEX}")
    if not _supported(op.get_bind()):
        return
    # 0010's index, numbered by case id, with its own triggers.
    names = ", ".join(CASE_COLUMNS)
    op.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5({names}, content='cases', content_rowid='id', "
        f"tokenize='{TOKENIZER}')"
    )
    new = ", ".join(f"new.{c}" for c in CASE_COLUMNS)
    old = ", ".join(f"old.{c}" for c in CASE_COLUMNS)
    op.execute(
        f"CREATE TRIGGER case_search_added AFTER INSERT ON cases BEGIN "
        f"INSERT INTO {INDEX}(rowid, {names}) VALUES (new.id, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER case_search_removed AFTER DELETE ON cases BEGIN "
        f"INSERT INTO {INDEX}({INDEX}, rowid, {names}) VALUES ('delete', old.id, {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER case_search_changed AFTER UPDATE OF {names} ON cases BEGIN "
        f"INSERT INTO {INDEX}({INDEX}, rowid, {names}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {INDEX}(rowid, {names}) VALUES (new.id, {new}); END"
    )
    op.execute(f"INSERT INTO {INDEX}({INDEX}) VALUES ('rebuild')")
