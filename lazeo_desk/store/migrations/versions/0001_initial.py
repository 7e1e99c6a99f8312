"""The first schema: cases, rights, timeline, reference counters, settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reference", sa.String(20), nullable=False, unique=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("jurisdiction", sa.String(2), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("received", sa.Date, nullable=False),
        sa.Column("completed", sa.Date),
        sa.Column("answered", sa.Date),
        sa.Column("closed", sa.Date),
        sa.Column("awaiting_since", sa.Date),
        sa.Column("info_requested", sa.Date),
        sa.Column("extension_reason", sa.Text),
        sa.Column("extension_notice_date", sa.Date),
        sa.Column("records_older_than_5_years", sa.Boolean, nullable=False),
        sa.Column("rights", sa.String(200), nullable=False),
        sa.Column("due_date", sa.Date),
        sa.Column("urgency", sa.Integer, nullable=False),
        sa.Column("strict_due_date", sa.Date),
        sa.Column("request_text", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("subject_name", sa.String(300), nullable=False),
        sa.Column("subject_name_key", sa.String(300), nullable=False),
        sa.Column("subject_birth_date", sa.Date),
        sa.Column("subject_email", sa.String(320), nullable=False),
        sa.Column("subject_address", sa.Text, nullable=False),
        sa.Column("patient_number", sa.String(64), nullable=False),
        sa.Column("centre", sa.String(120), nullable=False),
        sa.Column("minor", sa.Boolean, nullable=False),
        sa.Column("deceased", sa.Boolean, nullable=False),
        sa.Column("death_date", sa.Date),
        sa.Column("last_consultation", sa.Date),
        sa.Column("requester_relationship", sa.String(16), nullable=False),
        sa.Column("requester_name", sa.String(300), nullable=False),
        sa.Column("requester_name_key", sa.String(300), nullable=False),
        sa.Column("requester_address", sa.Text, nullable=False),
        sa.Column("requester_email", sa.String(320), nullable=False),
        sa.Column("requester_proof", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("year", "sequence", name="uq_cases_year_sequence"),
    )
    op.create_index("ix_cases_status_due", "cases", ["status", "due_date"])
    op.create_index("ix_cases_urgency", "cases", ["urgency", "due_date", "id"])
    op.create_index("ix_cases_due", "cases", ["due_date"])
    op.create_index("ix_cases_received", "cases", ["received"])
    op.create_index("ix_cases_subject_name_key", "cases", ["subject_name_key"])
    op.create_index("ix_cases_subject_email", "cases", ["subject_email"])
    op.create_index("ix_cases_patient_number", "cases", ["patient_number"])
    op.create_index("ix_cases_jurisdiction", "cases", ["jurisdiction"])
    op.create_index("ix_cases_centre", "cases", ["centre"])
    op.create_index("ix_cases_answered", "cases", ["answered"])

    op.create_table(
        "case_rights",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("right", sa.String(24), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("outcome", sa.String(24)),
        sa.Column("ground", sa.Text, nullable=False),
    )
    op.create_index("ix_case_rights_right", "case_rights", ["right", "case_id"])

    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_events_case", "events", ["case_id", "id"])

    op.create_table(
        "reference_counters",
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("last_sequence", sa.Integer, nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("settings")
    op.drop_table("reference_counters")
    op.drop_table("events")
    op.drop_table("case_rights")
    op.drop_table("cases")
