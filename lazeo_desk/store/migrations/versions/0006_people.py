"""People have a title and a recorded family name; an heir's purpose and designated practitioner are kept.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None



def upgrade() -> None:
    # Plain ADD COLUMNs: existing cases keep every value and read as "no title, no family name recorded", which
    # gives the neutral salutation they had before.
    op.add_column("cases", sa.Column("subject_title", sa.String(16), nullable=True))
    op.add_column("cases", sa.Column("subject_family_name", sa.String(300), nullable=False, server_default=""))
    op.add_column("cases", sa.Column("requester_title", sa.String(16), nullable=True))
    op.add_column("cases", sa.Column("requester_family_name", sa.String(300), nullable=False, server_default=""))
    op.add_column("cases", sa.Column("requester_purpose", sa.String(24), nullable=True))
    op.add_column(
        "cases", sa.Column("requester_purpose_explanation", sa.Text, nullable=False, server_default="")
    )
    op.add_column("cases", sa.Column("practitioner_name", sa.String(300), nullable=True))
    op.add_column("cases", sa.Column("practitioner_address", sa.Text, nullable=False, server_default=""))
    op.add_column("cases", sa.Column("practitioner_title", sa.String(16), nullable=True))
    op.add_column("cases", sa.Column("practitioner_family_name", sa.String(300), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        for name in (
            "practitioner_family_name",
            "practitioner_title",
            "practitioner_address",
            "practitioner_name",
            "requester_purpose_explanation",
            "requester_purpose",
            "requester_family_name",
            "requester_title",
            "subject_family_name",
            "subject_title",
        ):
            batch.drop_column(name)
