"""The next step of a case, for the case pane, the register and the command line (rules in domain/next_step.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from lazeo_desk.domain.case import Case, DataSubject, Extension, Language, Practitioner, Requester
from lazeo_desk.domain.deadlines import clock_start, gdpr_deadline
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.next_step import CaseFacts, NextStep, next_step
from lazeo_desk.services.cases import CaseService, DeadlineRules, LoadedCase
from lazeo_desk.store.cases import load_row
from lazeo_desk.store.models import LetterRow
from lazeo_desk.store.register import RegisterRow


def step_of_loaded(loaded: LoadedCase, letters_sent: Iterable[LetterKind], today: date) -> NextStep | None:
    """The next step of a case read whole, with the kinds of letter in its log."""
    report = loaded.deadline
    facts = CaseFacts.of(
        loaded.case,
        due=report.due,
        strict_due=report.strict_due,
        extension_notice_by=report.extension_notice_by,
        letters_sent=letters_sent,
    )
    return next_step(facts, today)


def letters_sent(cases: CaseService, reference: str) -> frozenset[LetterKind]:
    """The kinds of letter in a case's log."""
    with cases.db.transaction() as session:
        row = load_row(session, reference)
        kinds = session.scalars(select(LetterRow.kind).where(LetterRow.case_id == row.id).distinct())
        return frozenset(LetterKind(kind) for kind in kinds)


def step_of_row(row: RegisterRow, rules: DeadlineRules, today: date) -> NextStep | None:
    """The next step of a register line, from what its page query read (no further query per line)."""
    practitioner = Practitioner(row.practitioner_name) if row.practitioner_name else None
    case = Case(
        jurisdiction=row.jurisdiction,
        language=Language.EN,  # the letters' language plays no part in the next step
        channel=row.channel,
        received=row.received,
        rights=row.rights,
        subject=DataSubject(name=row.subject_name, email=row.subject_email),
        requester=Requester(
            relationship=row.requester_relationship,
            name=row.requester_name,
            email=row.requester_email,
            designated_practitioner=practitioner,
        ),
        status=row.status,
        reference=row.reference,
        completed=row.completed,
        answered=row.answered,
        awaiting_since=row.awaiting_since,
        # Only whether it is extended matters here; the reasons stay in the case.
        extension=Extension("", row.received) if row.extended else None,
    )
    notice_by = gdpr_deadline(clock_start(row.received, row.completed), rules.calendar(row.jurisdiction)).final
    facts = CaseFacts.of(
        case,
        due=row.due_date,
        strict_due=row.strict_due_date,
        extension_notice_by=notice_by,
        letters_sent=row.letters_sent,
        pending_rights=(row.first_pending_right,) if row.first_pending_right is not None else (),
    )
    return next_step(facts, today)
