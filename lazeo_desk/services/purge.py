"""Retention of the case files themselves: closed cases are kept for a set period, then purged.

Purging removes the case, its timeline, letters and documents, and the old and new values that the audit trail
held about it; what remains is an anonymous statistics line and an audit entry saying the case was purged. The
reference is never handed out again (reference counters only grow).

A case file is the record of how a request was answered, not the patient's medical file: the medical file is kept
by the centre for its country's period (FR 20, BE 30, LU 10 years: ``store.settings.medical_file_years``), which
nothing here shortens. A copy of it enclosed with a letter is not stored with the case; only the cover letter is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lazeo_desk.domain.deadlines import add_months
from lazeo_desk.domain.messages import Problem, said
from lazeo_desk.domain.settings_registry import CASE_RETENTION_YEARS
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseRuleError
from lazeo_desk.services.workplace import AtWorkplace
from lazeo_desk.store import audit
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.cases import load_row, to_utc
from lazeo_desk.store.database import CompactionFailed, StoreError
from lazeo_desk.store.models import (
    CaseRightRow,
    CaseRow,
    CaseStatisticsRow,
    DocumentRow,
    EventRow,
    LetterRow,
    ReferenceCounter,
)

# Years a closed case file is kept after closure (a database setting).
DEFAULT_CASE_RETENTION_YEARS = CASE_RETENTION_YEARS.default
MIN_CASE_RETENTION_YEARS, MAX_CASE_RETENTION_YEARS = CASE_RETENTION_YEARS.limits


def case_file_kept_until(closed: date, years: int) -> date:
    """The last day a closed case file is kept: ``years`` after the day it was closed.

    Source: the controller must be able to show how it answered a request (GDPR Art 5(2), accountability) for
    as long as a claim about that answer can be brought; five years is the general limitation period for civil
    claims in France (Code civil art. 2224) and Belgium (Civil Code art. 2262bis), hence the default. The
    period is counted like the deadlines (Reg. 1182/71 Art 3(2)(c)): 29 February gives 28 February in a common
    year.
    """
    return add_months(closed, 12 * years)


@dataclass(frozen=True)
class PurgeCandidate:
    """A closed case whose retention period is over."""

    reference: str
    closed: date
    kept_until: date


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removed; ``statistics_id`` is the anonymous line kept."""

    reference: str
    documents: int
    letters: int
    events: int
    audit_entries_redacted: int
    statistics_id: int


def retention_years(session: Session) -> int:
    return store_settings.read_or_default(session, CASE_RETENTION_YEARS)


def _outcome(row: CaseRow) -> str:
    return ",".join(f"{r.right}:{r.outcome}" for r in row.right_rows if r.outcome)


def statistics_of(row: CaseRow) -> CaseStatisticsRow:
    """The anonymous line a purged case leaves: nothing in it names, contacts or identifies a person."""
    answered = row.answered
    return CaseStatisticsRow(
        year=row.year,
        jurisdiction=row.jurisdiction,
        channel=row.channel,
        rights=",".join(r.right for r in sorted(row.right_rows, key=lambda r: r.position)),
        outcome=_outcome(row),
        extended=row.extension_notice_date is not None,
        days_to_answer=(answered - row.received).days if answered is not None else None,
        on_time=answered <= row.due_date if answered is not None and row.due_date is not None else None,
    )


class PurgeService(AtWorkplace):
    """Listing and purging the closed cases whose retention period is over."""

    def retention_years(self) -> int:
        with self.db.transaction() as session:
            return retention_years(session)

    def set_retention_years(self, years: int) -> None:
        if not MIN_CASE_RETENTION_YEARS <= years <= MAX_CASE_RETENTION_YEARS:
            raise CaseRuleError(
                Problem(
                    CASE_RETENTION_YEARS.key,
                    said(
                        "closed cases are kept between {low} and {high} years",
                        low=MIN_CASE_RETENTION_YEARS,
                        high=MAX_CASE_RETENTION_YEARS,
                    ),
                )
            )
        with self.db.transaction() as session:
            audit.act_as(session, self.actor, self.clock.now())
            store_settings.write(session, CASE_RETENTION_YEARS, years)

    def candidates(self) -> list[PurgeCandidate]:
        """Closed cases whose retention period ended before today, oldest closure first."""
        today = self.clock.today()
        with self.db.transaction() as session:
            years = retention_years(session)
            # A coarse filter on the indexed year of closure; the exact day is counted below.
            latest_year = today.year - years
            query = (
                select(CaseRow.reference, CaseRow.closed)
                .where(CaseRow.status == Status.CLOSED.value, CaseRow.closed < date(latest_year + 1, 1, 1))
                .order_by(CaseRow.closed, CaseRow.id)
            )
            found = []
            for reference, closed in session.execute(query):
                assert closed is not None
                until = case_file_kept_until(closed, years)
                if until < today:
                    found.append(PurgeCandidate(reference, closed, until))
            return found

    def purge(self, reference: str) -> PurgeReport:
        """Purge one case whose retention period is over (one transaction), then compact the file."""
        report = self._purge_one(reference)
        self.compact()
        return report

    def purge_all_due(self) -> list[PurgeReport]:
        """Purge every candidate, each in its own transaction (an interruption leaves whole cases only), then
        compact the file (also when nothing was due, which finishes a compaction that failed before)."""
        reports = [self._purge_one(candidate.reference) for candidate in self.candidates()]
        self.compact()
        return reports

    def compact(self) -> None:
        """Rebuild the database file and empty the write-ahead log: no copy of purged data stays behind.

        Deleting a row only marks its space free, and earlier versions of rows linger until it is reused;
        :meth:`Database.compact` writes a fresh file from the live rows only. It takes as long as copying the
        database, and purges are rare.
        """
        try:
            self.db.compact()
        except CompactionFailed as error:
            raise StoreError(
                said(
                    "The purge is done, but the database file could not be compacted ({reason}): copies "
                    "of the purged data may remain in its free space. Close the other windows, then purge again.",
                    reason=error.reason,
                )
            ) from error

    def _purge_one(self, reference: str) -> PurgeReport:
        today = self.clock.today()
        with self.db.transaction() as session:
            years = retention_years(session)
            row = load_row(session, reference)
            if row.status != Status.CLOSED.value or row.closed is None:
                raise CaseRuleError(
                    said("{reference} is not closed: only closed cases are purged", reference=row.reference)
                )
            until = case_file_kept_until(row.closed, years)
            if until >= today:
                raise CaseRuleError(
                    said(
                        "{reference} is kept until {day} ({years} years after closure)",
                        reference=row.reference,
                        day=until,
                        years=years,
                    )
                )
            return self._purge(session, row, until, years)

    def _purge(self, session: Session, row: CaseRow, until: date, years: int) -> PurgeReport:
        # Space freed now is zeroed at once (the database erases on delete); compact() then rewrites the file
        # without older copies.
        reference, case_id, closed = row.reference, row.id, row.closed
        statistics = statistics_of(row)
        counter = session.get(ReferenceCounter, row.year)
        if counter is None:
            session.add(ReferenceCounter(year=row.year, last_sequence=row.sequence))
        elif counter.last_sequence < row.sequence:
            counter.last_sequence = row.sequence
        session.add(statistics)
        session.expunge(row)
        session.flush()
        # Straight to the tables: the purge writes its own audit entry, without the personal data it removes.
        statements = {
            "documents": delete(DocumentRow).where(DocumentRow.case_id == case_id),
            "letters": delete(LetterRow).where(LetterRow.case_id == case_id),
            "events": delete(EventRow).where(EventRow.case_id == case_id),
            "rights": delete(CaseRightRow).where(CaseRightRow.case_id == case_id),
            "case": delete(CaseRow).where(CaseRow.id == case_id),
        }
        connection = session.connection()
        removed = {name: connection.execute(statement).rowcount for name, statement in statements.items()}
        del removed["case"]
        redacted = audit.redact(session, reference)
        assert closed is not None
        audit.append(session, [audit.AuditEntry(
            at=to_utc(self.clock.now()),
            actor=self.actor,
            reference=reference,
            action=audit.PURGED,
            detail={
                "closed": closed.isoformat(),
                "kept_until": until.isoformat(),
                "retention_years": years,
                "removed": removed,
                "audit_entries_redacted": redacted,
                "statistics_kept": True,
            },
        )])
        return PurgeReport(
            reference, removed["documents"], removed["letters"], removed["events"], redacted, statistics.id
        )
