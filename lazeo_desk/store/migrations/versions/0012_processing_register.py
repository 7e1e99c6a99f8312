"""The processing register is kept in versions, and an access response records the version it printed.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No version is written here: the policy's register becomes version 1 when it is first printed or edited,
    # through the application, so that the audit trail records it.
    op.create_table(
        "processing_register_versions",
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("sentences", sa.Text, nullable=True),
    )
    # Nullable and empty on every existing letter: the audit trail's state of each case leaves empty columns out,
    # so the letters recorded before the upgrade still match their state entries.
    op.add_column("letters", sa.Column("register_version", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("letters") as batch:
        batch.drop_column("register_version")
    op.drop_table("processing_register_versions")
