"""Timeline entries keep their sentences (template and values) beside the English text, for the window to translate.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Entries written before keep only their English text (NULL here): the window shows that text as it is.
    # A plain ADD COLUMN: the table (and what guards it) stays as it is.
    op.add_column("events", sa.Column("sentences", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("sentences")
