"""Opening, reading and changing cases. Every change is one transaction that also writes the timeline."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lazeo_desk.domain.calendars import FROM_PACKAGE, HolidayNames, WorkingCalendar
from lazeo_desk.domain.case import (
    Case,
    Channel,
    Extension,
    Jurisdiction,
    Language,
    OutcomeKind,
    Relationship,
    RightOutcome,
)
from lazeo_desk.domain.deadlines import (
    Countdown,
    DeadlineReport,
    MedicalRecordClock,
    can_extend,
    compute_deadline,
    countdown,
    late_information_request,
)
from lazeo_desk.domain.messages import Explained, Message, Problem, said
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status, check_transition, closing_moves
from lazeo_desk.domain.timeline_lines import request_received
from lazeo_desk.domain.validation import assignee_problem, problems
from lazeo_desk.domain.vocabulary import Vocabulary
from lazeo_desk.services.workplace import AtWorkplace
from lazeo_desk.store import audit
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.cases import (
    StaleCase,
    assignees,
    case_fields,
    insert_case,
    load_row,
    row_to_case,
    to_utc,
    update_case,
)
from lazeo_desk.store.models import CaseRow

# Changes a case in place and returns extra lines for the timeline event.
ChangeFunction = Callable[[Case, Session], list[str]]

# Fields that only their own use case changes (status moves, the clock's pause, the history, the assignment).
_NOT_EDITABLE = frozenset({"reference", "status", "timeline", "awaiting_since", "info_requested", "assignee"})


class CaseRuleError(Explained, ValueError):
    """An action the rules do not allow; the message says which rule."""


@dataclass(frozen=True)
class DeadlineRules:
    """What the deadline engine needs from the settings."""

    closure_days: frozenset[date]
    clocks: Mapping[Jurisdiction, MedicalRecordClock]
    info_request_limit_days: int
    holidays: HolidayNames = field(default=FROM_PACKAGE, compare=False)

    @classmethod
    def load(cls, session: Session, holidays: HolidayNames = FROM_PACKAGE) -> DeadlineRules:
        return cls(
            closure_days=store_settings.closure_days(session),
            clocks=store_settings.medical_record_clocks(session),
            info_request_limit_days=store_settings.info_request_limit_days(session),
            holidays=holidays,
        )

    def calendar(self, jurisdiction: Jurisdiction) -> WorkingCalendar:
        return WorkingCalendar(jurisdiction, self.closure_days, self.holidays)

    def report(self, case: Case) -> DeadlineReport:
        return compute_deadline(
            received=case.received,
            completed=case.completed,
            jurisdiction=case.jurisdiction,
            rights=case.rights,
            extended=case.extension is not None,
            records_older_than_5_years=case.records_older_than_5_years,
            closure_days=self.closure_days,
            clocks=self.clocks,
            holidays=self.holidays,
        )

    def stored_dates(self, case: Case) -> tuple[date | None, date | None]:
        """The governing date kept on the row (None while the clock is paused) and the strict date."""
        report = self.report(case)
        due = None if case.status is Status.AWAITING_REQUESTER else report.due
        return due, report.strict_due


@dataclass(frozen=True)
class LoadedCase:
    """A case as read, with its version (to detect concurrent edits) and its deadline."""

    case: Case
    version: int
    deadline: DeadlineReport
    countdown: Countdown
    late_information_request: bool


@dataclass(frozen=True)
class ChangeSeen:
    """One change someone else made to a case after it was opened here: who, when, and its timeline lines."""

    actor: str
    at: datetime
    kind: str
    lines: tuple[str, ...]


class ChangedMeanwhile(StaleCase):
    """A change refused because the case moved on since it was read: the sentences say who changed what, and
    ``current`` is the case as it is now, so that the edits refused can be applied to it again."""

    def __init__(self, *sentences: str, changes: tuple[ChangeSeen, ...], current: LoadedCase) -> None:
        super().__init__(*sentences)
        self.changes = changes
        self.current = current

    @property
    def people(self) -> tuple[str, ...]:
        """Who made the changes, each once, in the order they made them."""
        return tuple(dict.fromkeys(change.actor for change in self.changes))


# How many lines of the changes made meanwhile a refusal names; the rest are counted.
_CHANGES_NAMED = 8


_FIELD_LABELS: dict[str, Message] = {
    "jurisdiction": said("jurisdiction"),
    "language": said("language"),
    "channel": said("channel"),
    "status": said("status"),
    "received": said("received"),
    "completed": said("completed"),
    "answered": said("answered"),
    "closed": said("closed"),
    "awaiting_since": said("awaiting since"),
    "info_requested": said("information requested"),
    "extension_reason": said("extension reason"),
    "extension_notice_date": said("extension notice date"),
    "records_older_than_5_years": said("records older than 5 years"),
    "rights": said("rights"),
    "request_text": said("request text"),
    "notes": said("notes"),
    "subject_name": said("subject name"),
    "subject_birth_date": said("date of birth"),
    "subject_email": said("subject e-mail"),
    "subject_address": said("subject address"),
    "patient_number": said("patient number"),
    "centre": said("centre"),
    "minor": said("minor"),
    "deceased": said("deceased"),
    "death_date": said("date of death"),
    "last_consultation": said("last consultation"),
    "requester_relationship": said("requester relationship"),
    "requester_name": said("requester name"),
    "requester_address": said("requester address"),
    "requester_email": said("requester e-mail"),
    "requester_proof": said("proof of authority"),
}
# Columns holding a word of a closed vocabulary: the timeline names it in the reader's words.
_VOCABULARY_COLUMNS: dict[str, type[Vocabulary]] = {
    "jurisdiction": Jurisdiction,
    "language": Language,
    "channel": Channel,
    "status": Status,
    "requester_relationship": Relationship,
}
EMPTY = said("(empty)")


def _shown(key: str, value: object) -> object:
    """A column's value as a timeline line names it (a date stays a date, a status a status)."""
    if value is None or value == "":
        return EMPTY
    vocabulary = _VOCABULARY_COLUMNS.get(key)
    if vocabulary is not None and isinstance(value, str):
        return vocabulary(value)
    if key == "rights" and isinstance(value, str):
        return tuple(Right(part) for part in value.split(",") if part)
    if isinstance(value, bool):
        return said("yes") if value else said("no")
    if isinstance(value, date):
        return value
    return str(value).replace("\n", " / ")


def describe_changes(before: Case, after: Case) -> list[str]:
    """One line per changed field, with old and new values (for the timeline and the audit)."""
    old, new = case_fields(before), case_fields(after)
    lines: list[str] = [
        said("{field}: {old} → {new}", field=label, old=_shown(key, old[key]), new=_shown(key, new[key]))
        for key, label in _FIELD_LABELS.items()
        if old[key] != new[key]
    ]
    before_outcomes = {k: (v.kind, v.ground) for k, v in before.outcomes.items()}
    after_outcomes = {k: (v.kind, v.ground) for k, v in after.outcomes.items()}
    for right in sorted(set(before_outcomes) | set(after_outcomes)):
        if before_outcomes.get(right) != after_outcomes.get(right):
            outcome = after.outcomes.get(right)
            if outcome is None:
                lines.append(said("outcome {right}: (none)", right=right))
            elif outcome.ground:
                lines.append(
                    said(
                        "outcome {right}: {outcome} ({ground})",
                        right=right,
                        outcome=outcome.kind,
                        ground=outcome.ground,
                    )
                )
            else:
                lines.append(said("outcome {right}: {outcome}", right=right, outcome=outcome.kind))
    return lines


def reapplied(opened: Case, edited: Case, current: Case) -> Case:
    """``current`` with the edits that turned ``opened`` into ``edited`` made again, for a save that lost the race.

    Only what the person changed is carried over, down to each field of the data subject and of the requester: what
    someone else changed meanwhile, and the person left alone, keeps the other's value. Where both changed a field,
    the person's value is the one shown for them to review before they save."""
    merged = copy.deepcopy(current)
    for item in fields(Case):
        name = item.name
        if name in _NOT_EDITABLE or name == "outcomes":
            continue
        before, after = getattr(opened, name), getattr(edited, name)
        if before == after:
            continue
        now = getattr(merged, name)
        if is_dataclass(before) and type(before) is type(after) and type(now) is type(after):
            changed = {
                part.name: getattr(after, part.name)
                for part in fields(before)
                if getattr(before, part.name) != getattr(after, part.name)
            }
            setattr(merged, name, replace(now, **changed))  # type: ignore[type-var]
        else:
            setattr(merged, name, copy.deepcopy(after))
    for right in set(opened.outcomes) | set(edited.outcomes):
        if opened.outcomes.get(right) != edited.outcomes.get(right):
            outcome = edited.outcomes.get(right)
            if outcome is None:
                merged.outcomes.pop(right, None)
            else:
                merged.outcomes[right] = outcome
    return merged


class CaseService(AtWorkplace):
    """The case use cases, for one database, one clock and one person acting."""

    # reading -----------------------------------------------------------------------------------------------
    def rules(self) -> DeadlineRules:
        with self.db.transaction() as session:
            return DeadlineRules.load(session, self.place.holidays)

    def load(self, reference: str) -> LoadedCase:
        with self.db.transaction() as session:
            row = load_row(session, reference)
            case = row_to_case(row)
            rules = DeadlineRules.load(session, self.place.holidays)
            return self._loaded(case, row.version, rules)

    def view(self, reference: str) -> LoadedCase:
        """Load ``reference`` for a person to read: the access is recorded (``viewed``) with the reading."""
        with self.db.transaction() as session:
            row = load_row(session, reference)
            case = row_to_case(row)
            rules = DeadlineRules.load(session, self.place.holidays)
            audit.append(session, [audit.AuditEntry(to_utc(self.clock.now()), self.actor, reference, "viewed", {})])
            return self._loaded(case, row.version, rules)

    def record_access(self, reference: str, action: str, detail: dict[str, object] | None = None) -> None:
        """Record that the case was read or copied without being changed: ``printed``, ``saved``, ``exported``."""
        if action not in audit.ACCESS_ACTIONS:
            raise ValueError(f"not an access: {action}")
        with self.db.transaction() as session:
            load_row(session, reference)
            audit.append(
                session, [audit.AuditEntry(to_utc(self.clock.now()), self.actor, reference, action, detail or {})]
            )

    def _loaded(self, case: Case, version: int, rules: DeadlineRules) -> LoadedCase:
        report = rules.report(case)
        today = self.clock.today()
        state = countdown(
            due=report.due,
            today=today,
            calendar_=rules.calendar(case.jurisdiction),
            paused_since=case.awaiting_since if case.status is Status.AWAITING_REQUESTER else None,
            answered=case.answered or case.closed,
            is_open=case.status.is_open,
        )
        late = case.info_requested is not None and late_information_request(
            case.received, case.info_requested, rules.info_request_limit_days
        )
        return LoadedCase(case, version, report, state, late)

    # writing -----------------------------------------------------------------------------------------------
    def open_case(self, case: Case, *, opening_text: str = "") -> str:
        """Store a new case; returns its reference."""
        found = problems(case, self.clock.today())
        if found:
            raise CaseRuleError(*found)
        with self.db.transaction() as session:
            rules = DeadlineRules.load(session, self.place.holidays)
            due, strict = rules.stored_dates(case)
            text = opening_text or request_received(case.channel, day=case.received, rights=case.rights)
            row = insert_case(
                session, case, due_date=due, strict_due_date=strict, now=self.clock.now(), actor=self.actor,
                opening_text=text,
            )
            return row.reference

    def apply_change(
        self,
        reference: str,
        change: ChangeFunction,
        *,
        expected_version: int | None = None,
        kind: str,
        text: str = "",
        events_seen: int | None = None,
    ) -> LoadedCase:
        """Load, change through ``change`` (which returns extra timeline lines), validate and write, in one go.

        With ``expected_version`` the change is refused (:class:`ChangedMeanwhile`) when the case moved on since
        it was read; ``events_seen``, the length of the timeline then read, tells exactly which entries came
        after (without it, one entry for each version missed)."""
        with self.db.transaction() as session:
            row = load_row(session, reference)
            if expected_version is not None and row.version != expected_version:
                rules = DeadlineRules.load(session, self.place.holidays)
                raise self._changed_meanwhile(row, expected_version, events_seen, rules)
            before = row_to_case(row)
            after = copy.deepcopy(before)
            extra = change(after, session)
            found = problems(after, self.clock.today())
            if found:
                raise CaseRuleError(*found)
            rules = DeadlineRules.load(session, self.place.holidays)
            due, strict = rules.stored_dates(after)
            lines = ([text] if text else []) + extra + describe_changes(before, after)
            update_case(
                session, row, after, expected_version=expected_version, due_date=due, strict_due_date=strict,
                now=self.clock.now(), events=[(self.actor, kind, lines or [said("no change")])],
            )
            return self._loaded(row_to_case(row), row.version, rules)

    def _changed_meanwhile(
        self, row: CaseRow, expected_version: int, events_seen: int | None, rules: DeadlineRules
    ) -> ChangedMeanwhile:
        current = row_to_case(row)
        if events_seen is None:
            events_seen = max(0, len(current.timeline) - max(1, row.version - expected_version))
        changes = tuple(
            ChangeSeen(event.actor, event.at, event.kind, event.lines or tuple(event.text.split("\n")))
            for event in current.timeline[events_seen:]
        )
        people = ", ".join(dict.fromkeys(change.actor for change in changes)) or said("someone else")
        lines = [
            said("{person}: {change}", person=change.actor, change=line)
            for change in changes for line in change.lines
        ]
        named = lines[:_CHANGES_NAMED]
        if len(lines) > len(named):
            named.append(said("and {count} more changes", count=len(lines) - len(named)))
        return ChangedMeanwhile(
            said(
                "{reference} was changed by {people} since you opened it (version {opened}, now {current}): "
                "this change was not saved",
                reference=row.reference, people=people, opened=expected_version, current=row.version,
            ),
            *named,
            changes=changes,
            current=self._loaded(current, row.version, rules),
        )

    def team(self) -> list[str]:
        """Who may hold a case, as far as this database knows: whoever holds one now, and the person acting."""
        with self.db.transaction() as session:
            holders = set(assignees(session))
        return sorted(holders | {self.actor}, key=str.casefold)

    def assign(self, reference: str, person: str, *, expected_version: int | None = None) -> LoadedCase:
        """Give the case to ``person`` to hold (on a server a database role, on a file the name they act under);
        an empty ``person`` leaves it with nobody. The timeline says who gave it to whom."""
        person = person.strip()
        problem = assignee_problem(person)
        if problem is not None:
            raise CaseRuleError(problem)

        def change(case: Case, _session: Session) -> list[str]:
            holder = case.assignee
            if holder == person:
                if person:
                    raise CaseRuleError(
                        said("{reference} is already assigned to {person}", reference=case.reference, person=person)
                    )
                raise CaseRuleError(said("{reference} is assigned to nobody", reference=case.reference))
            case.assignee = person
            if not person:
                return [said("no longer assigned to {person}", person=holder)]
            if holder:
                return [said("reassigned from {before} to {after}", before=holder, after=person)]
            return [said("assigned to {person}", person=person)]

        return self.apply_change(reference, change, expected_version=expected_version, kind="assigned")

    def save(self, edited: Case, *, expected_version: int) -> LoadedCase:
        """Store the DPO's edits of a case's fields (the status changes only through :meth:`change_status`)."""
        if edited.reference is None:
            raise CaseRuleError(Problem("reference", said("only a stored case can be saved")))

        def change(case: Case, _session: Session) -> list[str]:
            for item in fields(Case):
                if item.name not in _NOT_EDITABLE:
                    setattr(case, item.name, copy.deepcopy(getattr(edited, item.name)))
            return []

        return self.apply_change(
            edited.reference, change, expected_version=expected_version, kind="edited",
            events_seen=len(edited.timeline),
        )

    def change_status(
        self, reference: str, target: Status, *, note: str = "", expected_version: int | None = None
    ) -> LoadedCase:
        """Move a case along an allowed transition, with what the move implies for its dates.

        Awaiting the requester pauses the clock (GDPR Art 12(2), 12(6) with the policy); leaving that status
        restarts it from the day the information arrived (EDPB Guidelines 01/2022 §159); answering records the
        answered date; closing records the closing date.
        """
        today = self.clock.today()

        def change(case: Case, _session: Session) -> list[str]:
            check_transition(case.status, target)
            lines: list[str] = []
            if target is Status.AWAITING_REQUESTER:
                case.awaiting_since = today
                if case.info_requested is None:
                    case.info_requested = today
            elif case.status is Status.AWAITING_REQUESTER:
                case.completed = today
                case.awaiting_since = None
                lines.append(said("clock restarts from {day} (information received)", day=today))
            if target in (Status.ANSWERED, Status.REFUSED, Status.REFERRED) and case.answered is None:
                case.answered = today
            if target is Status.CLOSED:
                case.closed = today
            if target is Status.IN_PROGRESS and case.answered is not None and case.status is Status.ANSWERED:
                case.answered = None
            case.status = target
            return lines

        return self.apply_change(
            reference, change, expected_version=expected_version, kind="status",
            # A sentence (the items asked for) is kept as it is; a note typed by the DPO is their own words.
            text=note if isinstance(note, Message) else note.strip(),
        )

    def mark_awaiting_requester(self, reference: str, *, items: str = "") -> LoadedCase:
        """The DPO asked the requester for identity or missing details: the clock pauses."""
        return self.change_status(
            reference,
            Status.AWAITING_REQUESTER,
            note=said("asked the requester for: {items}", items=items) if items else "",
        )

    def resume(self, reference: str, *, received_on: date | None = None) -> LoadedCase:
        """The requested information arrived on ``received_on`` (today by default): the clock restarts then."""
        arrived = received_on or self.clock.today()
        if arrived > self.clock.today():
            raise CaseRuleError(Problem("completed", said("the information cannot arrive in the future")))

        def change(case: Case, _session: Session) -> list[str]:
            if case.status is not Status.AWAITING_REQUESTER:
                raise CaseRuleError(said("{reference} is not awaiting the requester", reference=case.reference))
            if case.awaiting_since is not None and arrived < case.awaiting_since:
                raise CaseRuleError(
                    Problem("completed", said("the information cannot arrive before it was asked for"))
                )
            check_transition(case.status, Status.IN_PROGRESS)
            case.status = Status.IN_PROGRESS
            case.completed = arrived
            case.awaiting_since = None
            return [said("clock restarts from {day} (information received)", day=arrived)]

        return self.apply_change(reference, change, kind="resumed")

    def extend(
        self, reference: str, reason: str, *, notice_date: date | None = None, expected_version: int | None = None
    ) -> LoadedCase:
        """Extend by two further months (GDPR Art 12(3)): only with reasons, and only before the first deadline."""
        today = self.clock.today()
        notice = notice_date or today
        if not reason.strip():
            raise CaseRuleError(Problem("extension.reason", said("an extension needs its reasons (GDPR Art 12(3))")))

        def change(case: Case, session: Session) -> list[str]:
            if not case.status.is_open:
                raise CaseRuleError(
                    said(
                        "{reference} is {status}: only an open case can be extended",
                        reference=case.reference,
                        status=case.status,
                    )
                )
            if case.extension is not None:
                raise CaseRuleError(said("{reference} is already extended", reference=case.reference))
            rules = DeadlineRules.load(session, self.place.holidays)
            report = rules.report(case)
            if not can_extend(report.start, notice, rules.calendar(case.jurisdiction)):
                raise CaseRuleError(
                    Problem(
                        "extension",
                        said(
                            "the first deadline ({day}) has passed; GDPR Art 12(3) requires the "
                            "extension to be notified within the first month",
                            day=report.extension_notice_by,
                        ),
                    )
                )
            case.extension = Extension(reason.strip(), notice)
            return []

        return self.apply_change(reference, change, expected_version=expected_version, kind="extended")

    def record_outcome(self, reference: str, right: Right, kind: OutcomeKind, ground: str = "") -> LoadedCase:
        def change(case: Case, _session: Session) -> list[str]:
            case.outcomes[right] = RightOutcome(kind, ground.strip())
            return []

        return self.apply_change(reference, change, kind="outcome")

    def close(self, reference: str, outcomes: Mapping[Right, RightOutcome] | None = None) -> LoadedCase:
        """Record the outcomes and close: an open case is answered first (both moves are in the timeline)."""
        today = self.clock.today()

        def change(case: Case, _session: Session) -> list[str]:
            lines: list[str] = []
            if outcomes:
                case.outcomes.update(outcomes)
            for target in closing_moves(case.status):
                case.status = target
                if target is Status.ANSWERED:
                    case.answered = case.answered or today
                    case.awaiting_since = None
            case.closed = today
            return lines

        return self.apply_change(reference, change, kind="closed")

    def add_note(self, reference: str, text: str) -> LoadedCase:
        if not text.strip():
            raise CaseRuleError(Problem("note", said("the note is empty")))
        return self.apply_change(reference, lambda _c, _s: [], kind="note", text=text.strip())

    def recompute_deadlines(self) -> int:
        """Recount every open case's dates (after closure days or national clocks change); returns how many moved."""
        moved = 0
        with self.db.transaction() as session:
            rules = DeadlineRules.load(session, self.place.holidays)
            open_rows = session.scalars(select(CaseRow).where(CaseRow.urgency < 2))
            for row in open_rows:
                case = row_to_case(row, with_timeline=False)
                due, strict = rules.stored_dates(case)
                if (due, strict) != (row.due_date, row.strict_due_date):
                    row.due_date, row.strict_due_date = due, strict
                    moved += 1
        return moved
