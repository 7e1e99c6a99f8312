"""Paused cases sort among the open ones by their strict date: the urgency index orders by the date that binds.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A paused case was ranked 1, after every running clock; it is now open like them and sorts by its strict date.
    op.execute("UPDATE cases SET urgency = 0 WHERE urgency = 1")
    # Virtual on SQLite: computed when read, so existing rows need no rewrite and no write path can forget it.
    # PostgreSQL (15) has stored generated columns only: computed on every write, just as impossible to forget.
    virtual = op.get_bind().dialect.name == "sqlite"
    op.add_column(
        "cases",
        sa.Column(
            "binding_date", sa.Date, sa.Computed("coalesce(due_date, strict_due_date)", persisted=not virtual)
        ),
    )
    op.drop_index("ix_cases_urgency", table_name="cases")
    op.create_index("ix_cases_urgency", "cases", ["urgency", "binding_date", "id"])


def downgrade() -> None:
    op.drop_index("ix_cases_urgency", table_name="cases")
    op.create_index("ix_cases_urgency", "cases", ["urgency", "due_date", "id"])
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("binding_date")
    op.execute("UPDATE cases SET urgency = 1 WHERE status = 'awaiting-requester'")
