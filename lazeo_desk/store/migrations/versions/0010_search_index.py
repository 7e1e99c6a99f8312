"""The register's search reads a trigram full-text index (SQLite FTS5), kept in step with the cases by triggers.

Revision ID: 0010
Revises: 0009

An engine without FTS5's trigram tokenizer and its ``remove_diacritics`` option (SQLite before 3.45, or not
SQLite) gets no index: the register then searches without it (``lazeo_desk.store.search``).
"""

from typing import Any

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

INDEX = "case_search"
# What the search looks in. External content: the index reads these columns of ``cases`` and keeps no copy.
COLUMNS = (
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
TOKENIZER = "trigram case_sensitive 0 remove_diacritics 1"
TRIGGERS = ("case_search_added", "case_search_removed", "case_search_changed")


def _supported(bind: Any) -> bool:
    if bind.dialect.name != "sqlite":
        return False
    try:
        bind.exec_driver_sql(f"CREATE VIRTUAL TABLE temp.case_search_probe USING fts5(x, tokenize='{TOKENIZER}')")
    except DBAPIError:
        return False
    bind.exec_driver_sql("DROP TABLE temp.case_search_probe")
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if not _supported(bind):
        return
    names = ", ".join(COLUMNS)
    new = ", ".join(f"new.{c}" for c in COLUMNS)
    old = ", ".join(f"old.{c}" for c in COLUMNS)
    op.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5({names}, content='cases', content_rowid='id', "
        f"tokenize='{TOKENIZER}')"
    )
    op.execute(
        f"CREATE TRIGGER case_search_added AFTER INSERT ON cases BEGIN "
        f"INSERT INTO {INDEX}(rowid, {names}) VALUES (new.id, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER case_search_removed AFTER DELETE ON cases BEGIN "
        f"INSERT INTO {INDEX}({INDEX}, rowid, {names}) VALUES ('delete', old.id, {old}); END"
    )
    # Only a change to a searched column touches the index: a status or a date changes nothing in it.
    op.execute(
        f"CREATE TRIGGER case_search_changed AFTER UPDATE OF {names} ON cases BEGIN "
        f"INSERT INTO {INDEX}({INDEX}, rowid, {names}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {INDEX}(rowid, {names}) VALUES (new.id, {new}); END"
    )
    op.execute(f"INSERT INTO {INDEX}({INDEX}) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute(f"DROP TABLE IF EXISTS {INDEX}")
