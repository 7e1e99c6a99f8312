"""A case's rights are kept once, as its case_rights rows: the comma-joined copy on the case row goes.

Before the column goes, every case's list is compared with its rows: a right the list names and no row holds
gets a row (after the others, without an outcome), so that no right is lost. Rows are never removed: a row the
list does not name stays, and the audit check then names the case, whose recorded state listed other rights.

Revision ID: 0009
Revises: 0008
"""

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_ROWS = sa.text('SELECT case_id, "right", position FROM case_rights ORDER BY case_id, position')


def _rows(bind: sa.Connection) -> dict[int, list[tuple[str, int]]]:
    found: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for case_id, right, position in bind.execute(_ROWS):
        found[case_id].append((right, position))
    return found


def upgrade() -> None:
    bind = op.get_bind()
    rows = _rows(bind)
    missing = []
    for case_id, listed in bind.execute(sa.text("SELECT id, rights FROM cases ORDER BY id")):
        held = {right for right, _position in rows.get(case_id, ())}
        after = max((position for _right, position in rows.get(case_id, ())), default=-1) + 1
        for right in (key for key in str(listed or "").split(",") if key):
            if right not in held:
                missing.append({"case_id": case_id, "right": right, "position": after})
                held.add(right)
                after += 1
    if missing:
        bind.execute(
            sa.text(
                'INSERT INTO case_rights (case_id, "right", position, outcome, ground) '
                "VALUES (:case_id, :right, :position, NULL, '')"
            ),
            missing,
        )
    # In place, never by copying the table: SQLite would drop the old ``cases`` with foreign keys on, and its
    # ON DELETE CASCADE would take every case's rights, events, letters and documents with it. SQLite drops a
    # column in place since 3.35, PostgreSQL always has.
    with op.batch_alter_table("cases", recreate="never") as batch:
        batch.drop_column("rights")
    # The list is now read from the rows, in their order: from this index alone, without a sort per case.
    op.create_index("ix_case_rights_order", "case_rights", ["case_id", "position", "right"])


def downgrade() -> None:
    op.drop_index("ix_case_rights_order", table_name="case_rights")
    with op.batch_alter_table("cases", recreate="never") as batch:
        batch.add_column(sa.Column("rights", sa.String(200), nullable=False, server_default=""))
    bind = op.get_bind()
    listed = [
        {"case_id": case_id, "rights": ",".join(right for right, _position in found)}
        for case_id, found in _rows(bind).items()
    ]
    if listed:
        bind.execute(sa.text("UPDATE cases SET rights = :rights WHERE id = :case_id"), listed)
