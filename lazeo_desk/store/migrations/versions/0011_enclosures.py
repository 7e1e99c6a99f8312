"""Enclosures of an answer keep a title, the source they were taken from, their date and their number of pages.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable and empty on every existing row: the audit trail's state of each case leaves empty columns out,
    # so the cases recorded before the upgrade still match their state entries.
    op.add_column("documents", sa.Column("title", sa.String(255), nullable=True))
    op.add_column("documents", sa.Column("source", sa.String(255), nullable=True))
    op.add_column("documents", sa.Column("document_date", sa.Date, nullable=True))
    op.add_column("documents", sa.Column("pages", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        for name in ("pages", "document_date", "source", "title"):
            batch.drop_column(name)
