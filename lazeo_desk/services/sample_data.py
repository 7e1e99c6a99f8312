"""Sample cases to explore the program with: loaded clearly marked, and removed all together in one action.

A sample case is recognised by two marks that only seeding leaves together: its notes carry ``SAMPLE_NOTE``,
and its timeline opens with the event seeding writes (signed by the program, its text starting with the same
note). A real case whose notes happen to quote the note is therefore never removed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lazeo_desk.services.seeding import SAMPLE_NOTE, seed_cases
from lazeo_desk.services.workplace import AtWorkplace
from lazeo_desk.store import audit
from lazeo_desk.store.cases import to_utc
from lazeo_desk.store.models import CaseRightRow, CaseRow, DocumentRow, EventRow, LetterRow

# Enough cases to meet every status and country, few enough to read through.
SAMPLE_COUNT = 40
SAMPLE_SEED = 2026
SAMPLES_LOADED = "sample-cases-loaded"
SAMPLES_REMOVED = "sample-cases-removed"


@dataclass(frozen=True)
class SampleRemoval:
    """What removing the sample cases took away."""

    references: tuple[str, ...]
    letters: int
    documents: int

    @property
    def cases(self) -> int:
        return len(self.references)


def _sample_ids(session: Session) -> list[tuple[int, str]]:
    """(id, reference) of every case seeding created and whose notes still carry the sample mark."""
    first_event = (
        select(EventRow.case_id, EventRow.actor, EventRow.text)
        .where(EventRow.kind == "opened")
        .order_by(EventRow.case_id, EventRow.id)
        .subquery()
    )
    query = (
        select(CaseRow.id, CaseRow.reference)
        .join(first_event, first_event.c.case_id == CaseRow.id)
        .where(CaseRow.notes.contains(SAMPLE_NOTE, autoescape=True))
        .where(first_event.c.actor == audit.SYSTEM_ACTOR)
        .where(first_event.c.text.startswith(f"{SAMPLE_NOTE}:", autoescape=True))
        .distinct()
        .order_by(CaseRow.id)
    )
    return [(case_id, reference) for case_id, reference in session.execute(query)]


class SampleDataService(AtWorkplace):
    """Loading and removing the sample cases, for one database, one clock and one person acting."""

    def count(self) -> int:
        """How many sample cases the database holds."""
        with self.db.transaction() as session:
            return len(_sample_ids(session))

    def load(self, count: int = SAMPLE_COUNT, *, seed: int = SAMPLE_SEED) -> list[str]:
        """Add ``count`` sample cases (the same ones for the same seed); returns their references."""
        if count < 1:
            raise ValueError("count: at least one sample case")
        references = seed_cases(self.db, count, seed=seed, clock=self.clock)
        with self.db.transaction() as session:
            audit.append(session, [audit.AuditEntry(
                at=to_utc(self.clock.now()), actor=self.actor, reference="", action=SAMPLES_LOADED,
                detail={"cases": len(references), "seed": seed, "references": references},
            )])
        return references

    def remove_all(self) -> SampleRemoval:
        """Remove every sample case with its timeline, letters and documents, in one transaction.

        The references are not handed out again (the counters only grow), and the audit trail keeps the
        sample cases' history followed by one entry naming what was removed.
        """
        with self.db.transaction() as session:
            found = _sample_ids(session)
            if not found:
                return SampleRemoval((), 0, 0)
            ids = [case_id for case_id, _ in found]
            references = tuple(reference for _, reference in found)
            connection = session.connection()
            # Straight to the tables, as a purge does: one audit entry says what went, instead of one per row.
            removed: dict[str, int] = {}
            for name, table, column in (
                ("documents", DocumentRow, DocumentRow.case_id),
                ("letters", LetterRow, LetterRow.case_id),
                ("events", EventRow, EventRow.case_id),
                ("rights", CaseRightRow, CaseRightRow.case_id),
                ("cases", CaseRow, CaseRow.id),
            ):
                removed[name] = 0
                # SQLite limits the bound parameters of a statement: 500 ids at a time stay far below it.
                for start in range(0, len(ids), 500):
                    result = connection.execute(delete(table).where(column.in_(ids[start:start + 500])))
                    removed[name] += result.rowcount
            audit.append(session, [audit.AuditEntry(
                at=to_utc(self.clock.now()), actor=self.actor, reference="", action=SAMPLES_REMOVED,
                detail={"cases": len(references), "references": list(references), "removed": removed},
                touches=references,
            )])
            return SampleRemoval(references, removed["letters"], removed["documents"])
