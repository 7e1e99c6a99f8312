"""The database tables, in SQLAlchemy 2 declarative style."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.compiler import SQLCompiler


class Base(DeclarativeBase):
    pass


class CaseRow(Base):
    """One data subject request. ``due_date`` is the governing deadline, kept current by the services so that
    the register can filter and sort on it with an index; it is NULL while the clock is paused."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    jurisdiction: Mapped[str] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(2))
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(24))
    received: Mapped[date] = mapped_column(Date)
    completed: Mapped[date | None] = mapped_column(Date)
    answered: Mapped[date | None] = mapped_column(Date)
    closed: Mapped[date | None] = mapped_column(Date)
    awaiting_since: Mapped[date | None] = mapped_column(Date)
    info_requested: Mapped[date | None] = mapped_column(Date)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    extension_notice_date: Mapped[date | None] = mapped_column(Date)
    records_older_than_5_years: Mapped[bool] = mapped_column(Boolean, default=False)
    # The rights are kept once, as the case_rights rows (right_rows, in the requester's order by ``position``).
    due_date: Mapped[date | None] = mapped_column(Date)
    # 0: open (the clock running, or paused awaiting the requester), 2: answered or finished — the register's first
    # sort key; the second is the date that binds (see BINDING_DATE).
    urgency: Mapped[int] = mapped_column(Integer, default=0)
    strict_due_date: Mapped[date | None] = mapped_column(Date)
    request_text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    subject_name: Mapped[str] = mapped_column(String(300))
    subject_name_key: Mapped[str] = mapped_column(String(300))
    subject_birth_date: Mapped[date | None] = mapped_column(Date)
    subject_email: Mapped[str] = mapped_column(String(320), default="")
    subject_address: Mapped[str] = mapped_column(Text, default="")
    subject_title: Mapped[str | None] = mapped_column(String(16))
    subject_family_name: Mapped[str] = mapped_column(String(300), default="")
    patient_number: Mapped[str] = mapped_column(String(64), default="")
    centre: Mapped[str] = mapped_column(String(120), default="")
    minor: Mapped[bool] = mapped_column(Boolean, default=False)
    deceased: Mapped[bool] = mapped_column(Boolean, default=False)
    death_date: Mapped[date | None] = mapped_column(Date)
    last_consultation: Mapped[date | None] = mapped_column(Date)

    requester_relationship: Mapped[str] = mapped_column(String(16), default="self")
    requester_name: Mapped[str] = mapped_column(String(300), default="")
    requester_name_key: Mapped[str] = mapped_column(String(300), default="")
    requester_address: Mapped[str] = mapped_column(Text, default="")
    requester_email: Mapped[str] = mapped_column(String(320), default="")
    requester_proof: Mapped[str] = mapped_column(Text, default="")
    requester_title: Mapped[str | None] = mapped_column(String(16))
    requester_family_name: Mapped[str] = mapped_column(String(300), default="")
    # An heir's stated purpose (FR L.1110-4 V) and the practitioner they designate (BE art. 9 §4, LU).
    requester_purpose: Mapped[str | None] = mapped_column(String(24))
    requester_purpose_explanation: Mapped[str] = mapped_column(Text, default="")
    practitioner_name: Mapped[str | None] = mapped_column(String(300))
    practitioner_address: Mapped[str] = mapped_column(Text, default="")
    practitioner_title: Mapped[str | None] = mapped_column(String(16))
    practitioner_family_name: Mapped[str] = mapped_column(String(300), default="")

    # Who holds the case (a database role on a server, the acting name on a file); NULL while nobody does.
    assignee: Mapped[str | None] = mapped_column(String(120), nullable=True)

    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime())
    updated_at: Mapped[datetime] = mapped_column(DateTime())

    right_rows: Mapped[list[CaseRightRow]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseRightRow.position"
    )
    events: Mapped[list[EventRow]] = relationship(
        back_populates="case", order_by="EventRow.id", cascade="all, delete-orphan"
    )

    # SQLAlchemy adds "WHERE version = <read version>" to every UPDATE and bumps it: a concurrent edit is detected
    # by the database itself, not by a read-then-write check.
    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (
        UniqueConstraint("year", "sequence", name="uq_cases_year_sequence"),
        Index("ix_cases_status_due", "status", "due_date"),
        Index("ix_cases_due", "due_date"),
        Index("ix_cases_received", "received"),
        Index("ix_cases_subject_name_key", "subject_name_key"),
        Index("ix_cases_subject_email", "subject_email"),
        Index("ix_cases_patient_number", "patient_number"),
        Index("ix_cases_jurisdiction", "jurisdiction"),
        Index("ix_cases_centre", "centre"),
        Index("ix_cases_answered", "answered"),
        Index("ix_cases_assignee", "assignee", "id"),
    )


# The date that binds a case: its governing date, or while the clock is paused the strict date counted from first
# receipt (EDPB Guidelines 01/2022 §159). The register sorts open cases on it, through the index below. The database
# computes it (a generated column: virtual on SQLite, stored on PostgreSQL, which has no other kind; migration 0008
# says which); it is left out of the mapping so that no write and no audit entry ever carries it.
_CASES = cast(Table, CaseRow.__table__)
_CASES.append_column(Column("binding_date", Date, Computed("coalesce(due_date, strict_due_date)")))
BINDING_DATE = _CASES.c.binding_date
Index("ix_cases_urgency", CaseRow.urgency, BINDING_DATE, CaseRow.id)


class CaseRightRow(Base):
    """A right invoked by a case, with the outcome once decided (one row per right, for filtering by right)."""

    __tablename__ = "case_rights"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    right: Mapped[str] = mapped_column(String(24), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(24))
    ground: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[CaseRow] = relationship(back_populates="right_rows")

    __table_args__ = (
        Index("ix_case_rights_right", "right", "case_id"),
        # A case's rights in the requester's order, read from the index alone (the register's rights column).
        Index("ix_case_rights_order", "case_id", "position", "right"),
    )


class _RightsListed(ColumnElement[str]):
    """A case's rights comma-joined in the requester's order, read from its case_rights rows: a scalar subquery
    correlated to the ``cases`` row of the query it is used in (the register sorts on it)."""

    inherit_cache = True
    type = String()


@compiles(_RightsListed)
def _rights_listed(_element: _RightsListed, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite before 3.44 takes no ORDER BY inside an aggregate: it joins the rows in the order the subquery gives.
    ordered = (
        select(CaseRightRow.right)
        .where(CaseRightRow.case_id == CaseRow.id)
        .order_by(CaseRightRow.position)
        .correlate(CaseRow)
        .subquery()
    )
    return compiler.process(select(func.aggregate_strings(ordered.c.right, ",")).scalar_subquery(), **kw)


@compiles(_RightsListed, "postgresql")
def _rights_listed_in_order(_element: _RightsListed, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL does not promise to keep a subquery's order into an aggregate: the order is the aggregate's own.
    joined = func.aggregate_strings(CaseRightRow.right, ",").aggregate_order_by(CaseRightRow.position)
    query = select(joined).where(CaseRightRow.case_id == CaseRow.id).correlate(CaseRow)
    return compiler.process(query.scalar_subquery(), **kw)


RIGHTS_LISTED = _RightsListed()


class EventRow(Base):
    """One entry of a case's timeline. Rows are only ever inserted."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime())
    actor: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(40))
    # The English text is the record (the audit trail hashes it); ``sentences`` (JSON, see store/sentences.py) lets
    # the window say the same lines in the reader's language. NULL for entries written before it existed.
    text: Mapped[str] = mapped_column(Text)
    sentences: Mapped[str | None] = mapped_column(Text, nullable=True)

    case: Mapped[CaseRow] = relationship(back_populates="events")

    __table_args__ = (Index("ix_events_case", "case_id", "id"),)


class ReferenceCounter(Base):
    """The last sequence number handed out per year: references are never reused, even after a purge."""

    __tablename__ = "reference_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer)


class SettingRow(Base):
    """A business setting (JSON value); stored in the database so that it travels with a backup."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LetterRow(Base):
    """A letter sent on a case: what, in which language, how, and the exact PDF sent with its SHA-256."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(2))
    sent_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(24))
    tracking_number: Mapped[str] = mapped_column(String(64), default="")
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime())
    # The version of the processing register an access response printed (GDPR Art 15(1), Art 30); NULL for
    # letters that print none, and for those sent before versions were kept.
    register_version: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (Index("ix_letters_case", "case_id", "id"),)


class ProcessingRegisterVersionRow(Base):
    """One version of the processing register (GDPR Art 30): the whole register as JSON, who saved it and when,
    and what changed from the version before (``summary`` in English, ``sentences`` to say it in the reader's
    language). Versions are only ever added: the latest is the register in force, and an access response names
    the version it printed."""

    __tablename__ = "processing_register_versions"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(DateTime())
    actor: Mapped[str] = mapped_column(String(120))
    content: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    sentences: Mapped[str | None] = mapped_column(Text, nullable=True)


class DocumentRow(Base):
    """A file kept with a case (original e-mail, attachment, scanned letter, ID scan, enclosure), with its SHA-256.

    The content lives inside the database so that it is encrypted with it and travels with every backup.
    ``delete_after_verification`` marks ID scans, which are erased when the verification ends (only the summary
    stays); ``deleted_at`` records that erasure, the row itself stays for the record.
    """

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    delete_after_verification: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime())
    created_at: Mapped[datetime] = mapped_column(DateTime())
    # Enclosures of an answer only: what the index of the package says of each (other kinds leave them empty).
    title: Mapped[str | None] = mapped_column(String(255))
    source: Mapped[str | None] = mapped_column(String(255))
    document_date: Mapped[date | None] = mapped_column(Date)
    pages: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_documents_case", "case_id", "id"), Index("ix_documents_sha256", "sha256"))


class AuditRow(Base):
    """One entry of the audit trail: who changed what, when, with old and new values.

    Entries form a hash chain: ``hash`` covers the entry's content and ``previous_hash``, so an entry edited,
    removed or reordered outside the application breaks the chain from that point.
    """

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime())
    actor: Mapped[str] = mapped_column(String(120))
    reference: Mapped[str] = mapped_column(String(20), default="")
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # JSON ``{reference: state}`` for the cases this entry's change left in a new state (see store/audit.py);
    # NULL for entries that changed no case, and for those written before states were recorded.
    states: Mapped[str | None] = mapped_column(Text, nullable=True)
    # HMAC-SHA-256 over the previous entry's MAC and this entry's hash, keyed from the passphrase; NULL before
    # the keyed chain started, and in an unencrypted database (no passphrase, no key).
    mac: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (Index("ix_audit_reference", "reference", "id"),)


class AuditHeadRow(Base):
    """The one row naming the chain's last entry. Every append locks it first, so the chain cannot fork.

    ``keyed_from`` and ``states_from`` are the positions from which entries carry a MAC and case states: what
    came before was written by a version that did not record them.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str | None] = mapped_column(String(64), nullable=True)
    keyed_from: Mapped[int | None] = mapped_column(Integer, nullable=True)
    states_from: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CaseStatisticsRow(Base):
    """What remains of a purged case: an anonymous line for yearly statistics, with nothing naming anyone.

    ``outcome`` lists the answer given to each right (``access:granted,erasure:partly-granted``);
    ``days_to_answer`` counts calendar days from receipt to the answer; ``on_time`` compares the answer with
    the governing deadline (NULL when the case ended without an answer, e.g. withdrawn).
    """

    __tablename__ = "case_statistics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    jurisdiction: Mapped[str] = mapped_column(String(2))
    channel: Mapped[str] = mapped_column(String(16))
    # The rights the case invoked, comma-joined in the requester's order: copied from its case_rights rows when it
    # was purged, as those rows go with the case.
    rights: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(400), default="")
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    days_to_answer: Mapped[int | None] = mapped_column(Integer)
    on_time: Mapped[bool | None] = mapped_column(Boolean)

    __table_args__ = (Index("ix_case_statistics_year", "year", "jurisdiction"),)
