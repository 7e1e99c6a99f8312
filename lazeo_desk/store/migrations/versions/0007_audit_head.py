"""The audit chain's head row, keyed MACs and case states on entries.

The head row starts at the last entry already written: entries before it stay verified by the unkeyed chain,
and the keyed chain and the case states start with the first entry written once the database is opened again
(``keyed_from`` and ``states_from`` stay NULL until then).

Revision ID: 0007
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_GENESIS = "0" * 64


def upgrade() -> None:
    bind = op.get_bind()
    columns = {column["name"] for column in sa.inspect(bind).get_columns("audit")}
    if "states" not in columns:
        op.add_column("audit", sa.Column("states", sa.Text, nullable=True))
    if "mac" not in columns:
        op.add_column("audit", sa.Column("mac", sa.String(64), nullable=True))
    if "audit_head" not in sa.inspect(bind).get_table_names():
        op.create_table(
            "audit_head",
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("position", sa.Integer, nullable=False),
            sa.Column("hash", sa.String(64), nullable=False),
            sa.Column("mac", sa.String(64), nullable=True),
            sa.Column("keyed_from", sa.Integer, nullable=True),
            sa.Column("states_from", sa.Integer, nullable=True),
        )
    if bind.execute(sa.text("SELECT count(*) FROM audit_head")).scalar():
        return
    last = bind.execute(sa.text("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")).first()
    bind.execute(
        sa.text("INSERT INTO audit_head (id, position, hash) VALUES (1, :position, :hash)"),
        {"position": last[0] if last else 0, "hash": last[1] if last else _GENESIS},
    )


def downgrade() -> None:
    op.drop_table("audit_head")
    with op.batch_alter_table("audit") as batch:
        batch.drop_column("mac")
        batch.drop_column("states")
