"""A case has an assignee; on PostgreSQL every change to a case is announced to the other windows.

Revision ID: 0014
Revises: 0013

``cases.assignee`` names who holds the case: on a PostgreSQL server a database role, on an SQLite file the name
the person acting goes by. It is nullable and empty on every existing row: the audit trail's state of each case
leaves empty columns out, so the cases recorded before the upgrade still match their state entries.

On PostgreSQL a trigger sends ``NOTIFY lazeo_cases, '<reference>'`` for every row of ``cases`` written: the
notification is delivered when the transaction commits (and not at all when it rolls back), so a window that
listens refreshes the case that changed and nothing else. SQLite has no such channel: the trigger is skipped there.

Also on PostgreSQL only: the register's search gets a ``pg_trgm`` GIN index over the text it looks in (the reference,
both names as their accent-free keys, both e-mails and the patient number, in lower case; see
``lazeo_desk.store.search.SERVER_TEXT``), so that a search among a million cases reads the index, not every row.
``CREATE EXTENSION pg_trgm`` needs the right to create it (pg_trgm is a trusted extension: a database owner may);
where it is refused or not installed, the upgrade goes on without the index and the search scans, as before.
"""

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

CHANNEL = "lazeo_cases"
TEXT_INDEX = "ix_cases_text_trgm"
# The same expression as lazeo_desk.store.search.SERVER_TEXT: the planner uses the index only for that expression.
SERVER_TEXT = (
    "(lower(reference) || ' ' || subject_name_key || ' ' || requester_name_key || ' ' || lower(subject_email) "
    "|| ' ' || lower(requester_email) || ' ' || lower(patient_number))"
)


def _trigram_schema(bind: Any) -> str | None:
    """The schema holding pg_trgm's operator classes, after creating the extension if it may be; None without it."""
    found = bind.exec_driver_sql(
        "SELECT n.nspname, has_schema_privilege(n.oid, 'USAGE') FROM pg_extension e "
        "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
    ).first()
    if found is not None:
        # Installed in a schema this role may not use (its operator classes out of reach): no index, the search
        # scans, rather than a migration that fails.
        return str(found[0]) if found[1] else None
    # In the schema public where there is one: an extension created in the application's own schema would go with
    # it, and take the indexes of every other schema that uses it along.
    for statement in ("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public", "CREATE EXTENSION IF NOT EXISTS pg_trgm"):
        try:
            # A savepoint: a refusal must not abort the migration's transaction.
            with bind.begin_nested():
                bind.exec_driver_sql(statement)
        except DBAPIError:
            continue
        return _trigram_schema(bind)
    return None


def upgrade() -> None:
    op.add_column("cases", sa.Column("assignee", sa.String(120), nullable=True))
    # "My cases" and the register sorted by who holds each case read this index.
    op.create_index("ix_cases_assignee", "cases", ["assignee", "id"])
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE FUNCTION lazeo_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"PERFORM pg_notify('{CHANNEL}', CASE WHEN TG_OP = 'DELETE' THEN OLD.reference ELSE NEW.reference END); "
        "RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER cases_announced AFTER INSERT OR UPDATE OR DELETE ON cases "
        "FOR EACH ROW EXECUTE FUNCTION lazeo_case_changed()"
    )
    schema = _trigram_schema(op.get_bind())
    if schema is not None:
        op.execute(
            f'CREATE INDEX {TEXT_INDEX} ON cases USING gin ({SERVER_TEXT} "{schema}".gin_trgm_ops)'
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # The extension stays: other indexes, or other databases' objects, may use it.
        op.execute(f"DROP INDEX IF EXISTS {TEXT_INDEX}")
        op.execute("DROP TRIGGER IF EXISTS cases_announced ON cases")
        op.execute("DROP FUNCTION IF EXISTS lazeo_case_changed()")
    op.drop_index("ix_cases_assignee", "cases")
    # Not through a copy of the table (batch mode): SQLite would have to parse the generated column of 0008 again.
    op.execute("ALTER TABLE cases DROP COLUMN assignee")
