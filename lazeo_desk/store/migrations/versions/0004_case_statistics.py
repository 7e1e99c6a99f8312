"""Anonymous statistics kept for purged cases.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_statistics",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("jurisdiction", sa.String(2), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("rights", sa.String(200), nullable=False),
        sa.Column("outcome", sa.String(400), nullable=False),
        sa.Column("extended", sa.Boolean, nullable=False),
        sa.Column("days_to_answer", sa.Integer),
        sa.Column("on_time", sa.Boolean),
    )
    op.create_index("ix_case_statistics_year", "case_statistics", ["year", "jurisdiction"])


def downgrade() -> None:
    op.drop_table("case_statistics")
