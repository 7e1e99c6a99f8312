"""The register's search also reads the text recognised on scanned letters: a second trigram index (SQLite FTS5),
one row per case over its documents of kind "scan-text", kept in step with them by triggers.

Revision ID: 0013
Revises: 0011

The index comes where the cases have theirs (migration 0010): an engine without FTS5's trigram tokenizer and its
``remove_diacritics`` option gets neither, and the register then reads the recognised texts without an index
(``lazeo_desk.store.search``).

A later migration that rebuilds the ``documents`` table (Alembic's batch mode copies it and drops the old one)
drops these triggers with it: it must create them again.
"""

from alembic import op
from sqlalchemy import text

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None

INDEX = "scan_search"
CASE_INDEX = "case_search"
TOKENIZER = "trigram case_sensitive 0 remove_diacritics 1"
TRIGGERS = ("scan_search_added", "scan_search_removed", "scan_search_changed")
# What the index holds: the recognised texts still kept (an erased one has no content and a date of erasure).
INDEXED = "{row}.kind = 'scan-text' AND {row}.content IS NOT NULL AND {row}.deleted_at IS NULL"
# The case's row of the index: all its texts still kept, one after the other. The text is stored as UTF-8 bytes
# (``documents.content`` holds any file) and read as text, in a UTF-8 database; a word of a search holds no line
# break, so none is found across two texts.
TEXTS_OF_CASE = (
    "SELECT d.case_id, group_concat(CAST(d.content AS TEXT), char(10)) FROM documents d "
    f"WHERE d.case_id = {{case}} AND {INDEXED.format(row='d')} GROUP BY d.case_id"
)


def _index_again(case: str) -> str:
    """The statements that write the row of case ``case`` (an expression) anew, or leave it out without texts."""
    return (
        f"DELETE FROM {INDEX} WHERE rowid = {case}; "
        f"INSERT INTO {INDEX}(rowid, text) {TEXTS_OF_CASE.format(case=case)};"
    )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    found = bind.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
                         {"name": CASE_INDEX})
    if found.first() is None:
        return
    # One row per case, its id as rowid, so that the search reads case ids from the index alone. Contentless: the
    # index keeps no copy of the texts, only their trigrams, and a row is deleted by its id alone
    # (contentless_delete, SQLite 3.43; the tokenizer's remove_diacritics already needs 3.45).
    op.execute(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5(text, content='', contentless_delete=1, tokenize='{TOKENIZER}')"
    )
    new_indexed, old_indexed = INDEXED.format(row="new"), INDEXED.format(row="old")
    op.execute(
        f"CREATE TRIGGER scan_search_added AFTER INSERT ON documents WHEN {new_indexed} BEGIN "
        f"{_index_again('new.case_id')} END"
    )
    op.execute(
        f"CREATE TRIGGER scan_search_removed AFTER DELETE ON documents WHEN {old_indexed} BEGIN "
        f"{_index_again('old.case_id')} END"
    )
    # An erasure (content dropped, date set) takes the text out of its case's row; a text moved to another case
    # leaves one row for the other.
    op.execute(
        f"CREATE TRIGGER scan_search_changed AFTER UPDATE OF kind, content, deleted_at, case_id ON documents "
        f"WHEN ({old_indexed}) OR ({new_indexed}) BEGIN "
        f"{_index_again('old.case_id')} {_index_again('new.case_id')} END"
    )
    op.execute(
        f"INSERT INTO {INDEX}(rowid, text) SELECT d.case_id, group_concat(CAST(d.content AS TEXT), char(10)) "
        f"FROM documents d WHERE d.case_id IS NOT NULL AND {INDEXED.format(row='d')} GROUP BY d.case_id"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute(f"DROP TABLE IF EXISTS {INDEX}")
