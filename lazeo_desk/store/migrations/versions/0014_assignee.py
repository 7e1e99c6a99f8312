"""A case has an assignee; on PostgreSQL every change to a case is announced to the other windows.

Revision ID: 0014
Revises: 0013

``cases.assignee`` names who holds the case: on a PostgreSQL server a database role, on an SQLite file the name
the person acting goes by. It is nullable and empty on every existing row: the audit trail's state of each case
leaves empty columns out, so the cases recorded before the upgrade still match their state entries.

On PostgreSQL a trigger sends ``NOTIFY lazeo_cases, '<reference>'`` for every row of ``cases`` written: the
notification is delivered when the transaction commits (and not at all when it rolls back), so a window that
listens refreshes the case that changed and nothing else. SQLite has no such channel: the trigger is skipped there.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

CHANNEL = "lazeo_cases"


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


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS cases_announced ON cases")
        op.execute("DROP FUNCTION IF EXISTS lazeo_case_changed()")
    op.drop_index("ix_cases_assignee", "cases")
    # Not through a copy of the table (batch mode): SQLite would have to parse the generated column of 0008 again.
    op.execute("ALTER TABLE cases DROP COLUMN assignee")
