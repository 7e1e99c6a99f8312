"""The audit trail: every change to a case becomes a hash-chained entry, written in the same transaction.

A session listener turns what a flush writes (case fields and status, timeline events, letters, documents,
deletions, settings) into entries with old and new values, so that no writer has to remember to do it. Each
entry's ``hash`` is the SHA-256 of a canonical serialisation of the entry, which includes ``previous_hash``:
an entry edited, removed or reordered outside the application breaks the chain from that point, and
:func:`verify_chain` names it.

The chain cannot fork between two processes: an entry is first inserted, which takes SQLite's write lock (or
fails if another writer committed since this transaction's snapshot), and only then is the previous hash read
and the entry's hash written; no other writer can append in between.

When a case is purged its entries keep their place in the chain but their detail (old and new values, which
hold personal data) is replaced by the SHA-256 of that detail (:func:`redact`); the chain still verifies, and
a redacted entry whose case was never purged counts as tampering.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import String, Table, bindparam, event, insert, inspect, select, type_coerce, update
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction, sessionmaker

from lazeo_desk.domain.messages import said
from lazeo_desk.store.models import (
    AuditRow,
    CaseRightRow,
    CaseRow,
    DocumentRow,
    EventRow,
    LetterRow,
    SettingRow,
)

GENESIS = "0" * 64
SYSTEM_ACTOR = "lazeo-desk"
PURGED = "purged"
_FORMAT_VERSION = 1
_CONTEXT = "lazeo_desk.audit.context"

# Derived or bookkeeping columns: they change with every edit and say nothing a reader of the trail needs.
_CASE_COLUMNS_LEFT_OUT = frozenset({
    "id", "year", "sequence", "version", "created_at", "updated_at", "subject_name_key", "requester_name_key",
    "urgency",
})
_RIGHT_COLUMNS_LEFT_OUT = frozenset({"case_id", "right", "position"})
_FILE_COLUMNS_LEFT_OUT = frozenset({"id", "case_id", "created_at"})
_TABLES_WITH_CASE_DATA = frozenset({"cases", "case_rights", "events", "letters", "documents", "settings"})
_AUDIT = cast(Table, AuditRow.__table__)


class AuditError(RuntimeError):
    """Something tried to write the audit trail other than through this module (a bug, not the user's)."""


@dataclass(frozen=True)
class AuditEntry:
    """An entry about to be appended: ``at`` is naive UTC, ``detail`` becomes JSON text."""

    at: datetime
    actor: str
    reference: str
    action: str
    detail: dict[str, Any]

    def detail_text(self) -> str:
        return json.dumps(self.detail, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class ChainReport:
    """What :func:`verify_chain` found: how many entries, and the first broken one (its id) and why."""

    entries: int
    first_broken: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_broken is None

    def describe(self) -> str:
        if self.ok:
            return said("Audit trail: {count} entries, chain intact", count=self.entries)
        return said(
            "Audit trail: entry #{entry} is broken: {reason}", entry=str(self.first_broken), reason=self.reason
        )


# hashing ----------------------------------------------------------------------------------------------------
def _stamp(moment: datetime) -> str:
    return moment.isoformat(sep=" ", timespec="microseconds")


def detail_digest(detail: str) -> str:
    return hashlib.sha256(detail.encode("utf-8")).hexdigest()


def entry_hash(
    *, at: datetime, actor: str, reference: str, action: str, detail_sha256: str, previous_hash: str
) -> str:
    """SHA-256 over the canonical JSON of the entry (keys sorted, ASCII only, no spaces).

    The detail enters through its own SHA-256: a purge can drop the detail and the chain still verifies.
    """
    canonical = json.dumps(
        {
            "v": _FORMAT_VERSION,
            "at": _stamp(at),
            "actor": actor,
            "reference": reference,
            "action": action,
            "detail_sha256": detail_sha256,
            "previous_hash": previous_hash,
        },
        sort_keys=True,
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def redaction_marker(original_digest: str) -> str:
    """The detail left in place of a purged entry's detail: only the SHA-256 of what was there."""
    return json.dumps({"redacted": PURGED, "sha256": original_digest}, sort_keys=True)


def redacted_digest(detail: str) -> str | None:
    """The SHA-256 kept by :func:`redaction_marker`, or None when ``detail`` is an ordinary detail."""
    if not detail.startswith('{"redacted"'):
        return None
    try:
        data = json.loads(detail)
    except ValueError:
        return None
    if isinstance(data, dict) and set(data) == {"redacted", "sha256"} and data["redacted"] == PURGED:
        digest = data["sha256"]
        if isinstance(digest, str) and len(digest) == 64:
            return digest
    return None


# writing ----------------------------------------------------------------------------------------------------
def naive_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is None else moment.astimezone(UTC).replace(tzinfo=None)


def act_as(session: Session, actor: str, at: datetime | None = None) -> None:
    """Name who acts, and when, for the entries of this transaction that no timeline event dates and signs
    (letters, documents, settings). Forgotten at the end of the transaction."""
    session.info[_CONTEXT] = (actor, naive_utc(at) if at is not None else None)


def append(session: Session, entries: Sequence[AuditEntry]) -> None:
    """Append ``entries`` to the chain, in the session's transaction."""
    if not entries:
        return
    connection = session.connection()
    ids: list[int] = []
    for entry in entries:
        # Inserting first takes the write lock; the previous hash is read only once it is held.
        result = connection.execute(
            insert(_AUDIT).values(
                at=entry.at, actor=entry.actor, reference=entry.reference, action=entry.action,
                detail=entry.detail_text(), previous_hash="", hash="",
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        ids.append(int(key[0]))
    previous = connection.scalar(
        select(_AUDIT.c.hash).where(_AUDIT.c.id < ids[0]).order_by(_AUDIT.c.id.desc()).limit(1)
    ) or GENESIS
    chained = []
    for entry_id, entry in zip(ids, entries, strict=True):
        digest = entry_hash(
            at=entry.at, actor=entry.actor, reference=entry.reference, action=entry.action,
            detail_sha256=detail_digest(entry.detail_text()), previous_hash=previous,
        )
        chained.append({"entry_id": entry_id, "previous": previous, "digest": digest})
        previous = digest
    connection.execute(
        update(_AUDIT)
        .where(_AUDIT.c.id == bindparam("entry_id"))
        .values(previous_hash=bindparam("previous"), hash=bindparam("digest")),
        chained,
    )


def redact(session: Session, reference: str) -> int:
    """Replace the detail of every entry about ``reference`` by its SHA-256 (the case is being purged)."""
    connection = session.connection()
    rows = connection.execute(
        select(_AUDIT.c.id, _AUDIT.c.detail).where(_AUDIT.c.reference == reference)
    ).all()
    changed = [
        {"entry_id": entry_id, "marker": redaction_marker(detail_digest(detail))}
        for entry_id, detail in rows
        if redacted_digest(detail) is None
    ]
    if changed:
        connection.execute(
            update(_AUDIT).where(_AUDIT.c.id == bindparam("entry_id")).values(detail=bindparam("marker")),
            changed,
        )
    return len(changed)


def entries_for(session: Session, reference: str) -> list[AuditRow]:
    """The entries about one case, oldest first."""
    query = select(AuditRow).where(AuditRow.reference == reference).order_by(AuditRow.id)
    return list(session.scalars(query))


# reading what a flush wrote ---------------------------------------------------------------------------------
def _plain(value: object) -> object:
    """A JSON value for a column value."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return _stamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"{len(value)} bytes"
    return str(value)


def _changes(obj: object, left_out: frozenset[str] = frozenset()) -> dict[str, list[object]]:
    """``{column: [old, new]}`` for the columns this flush changed."""
    state = inspect(obj)
    found: dict[str, list[object]] = {}
    for attribute in state.mapper.column_attrs:
        if attribute.key in left_out:
            continue
        history = state.attrs[attribute.key].history
        if not history.added:
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0]
        if old != new:
            found[attribute.key] = [_plain(old), _plain(new)]
    return found


def _snapshot(obj: object, left_out: frozenset[str], *, new: bool) -> dict[str, list[object]]:
    """``{column: [None, value]}`` for a new row, ``[value, None]`` for a deleted one; empties omitted."""
    found: dict[str, list[object]] = {}
    for attribute in inspect(obj).mapper.column_attrs:
        value = getattr(obj, attribute.key)
        if attribute.key in left_out or value is None or value == "" or value is False:
            continue
        found[attribute.key] = [None, _plain(value)] if new else [_plain(value), None]
    return found


@dataclass
class _CaseWork:
    """What one flush did to one case."""

    reference: str = ""
    created: bool = False
    deleted: bool = False
    changes: dict[str, list[object]] = field(default_factory=dict)
    events: list[EventRow] = field(default_factory=list)


class _FlushReader:
    """Turns the objects of one flush into audit entries."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cases: dict[int, _CaseWork] = {}
        self.others: list[tuple[int | None, str, dict[str, Any], datetime | None]] = []
        context = session.info.get(_CONTEXT)
        self.actor: str | None = context[0] if context else None
        self.at: datetime | None = context[1] if context else None

    def case(self, case_id: int) -> _CaseWork:
        return self.cases.setdefault(case_id, _CaseWork())

    def read(self) -> list[AuditEntry]:
        session = self.session
        work = [(obj, "new") for obj in session.new]
        work += [
            (obj, "dirty") for obj in session.dirty if session.is_modified(obj, include_collections=False)
        ]
        work += [(obj, "deleted") for obj in session.deleted]
        # Cases first, so that the rows deleted with a case are known to go with it.
        for obj, how in sorted(work, key=lambda item: not isinstance(item[0], CaseRow)):
            self._read(obj, how)
        return self._entries()

    def _read(self, obj: object, how: str) -> None:
        if isinstance(obj, CaseRow):
            work = self.case(obj.id)
            work.reference = obj.reference
            if how == "new":
                work.created = True
                work.changes.update(_snapshot(obj, _CASE_COLUMNS_LEFT_OUT, new=True))
            elif how == "dirty":
                work.changes.update(_changes(obj, _CASE_COLUMNS_LEFT_OUT))
            else:
                work.deleted = True
                work.changes.update(_snapshot(obj, _CASE_COLUMNS_LEFT_OUT, new=False))
        elif isinstance(obj, CaseRightRow):
            self._read_right(obj, how)
        elif isinstance(obj, EventRow):
            if how == "new":
                self.case(obj.case_id).events.append(obj)
            elif obj.case_id not in self.cases or not self.cases[obj.case_id].deleted:
                # The timeline is append-only: say so when something edits or removes an event.
                if how == "dirty":
                    action, changes = "event-changed", _changes(obj)
                else:
                    action, changes = "event-deleted", _snapshot(obj, frozenset({"id", "case_id"}), new=False)
                self.others.append((obj.case_id, action, {"event": obj.id, "changes": changes}, None))
        elif isinstance(obj, LetterRow):
            self._read_file(obj, how, "letter", obj.created_at if how == "new" else None)
        elif isinstance(obj, DocumentRow):
            just_erased = bool(inspect(obj).attrs["deleted_at"].history.added)
            erased = how == "dirty" and obj.deleted_at is not None and just_erased
            when = obj.created_at if how == "new" else obj.deleted_at if erased else None
            self._read_file(obj, "erased" if erased else how, "document", when)
        elif isinstance(obj, SettingRow):
            if how == "dirty":
                changes = _changes(obj)
            else:
                changes = {"value": [None, obj.value] if how == "new" else [obj.value, None]}
            self.others.append((None, "setting-changed", {"setting": obj.key, "changes": changes}, None))

    def _read_right(self, obj: CaseRightRow, how: str) -> None:
        work = self.case(obj.case_id)
        if how == "dirty":
            found = _changes(obj, _RIGHT_COLUMNS_LEFT_OUT)
        else:
            found = _snapshot(obj, _RIGHT_COLUMNS_LEFT_OUT, new=how == "new")
        for column, values in found.items():
            work.changes[f"{column} {obj.right}"] = values

    def _read_file(self, obj: LetterRow | DocumentRow, how: str, noun: str, when: datetime | None) -> None:
        action = {"new": "added", "dirty": "changed", "deleted": "deleted", "erased": "erased"}[how]
        if noun == "letter" and how == "new":
            action = "recorded"
        if how in ("new", "deleted"):
            changes = _snapshot(obj, _FILE_COLUMNS_LEFT_OUT, new=how == "new")
        else:
            changes = _changes(obj, _FILE_COLUMNS_LEFT_OUT)
        detail: dict[str, Any] = {noun: obj.id, "changes": changes}
        if how != "new":
            detail["file"] = obj.filename if isinstance(obj, DocumentRow) else obj.kind
            detail["sha256"] = obj.sha256
        self.others.append((obj.case_id, f"{noun}-{action}", detail, when))

    def _references(self) -> dict[int, str]:
        known = {case_id: work.reference for case_id, work in self.cases.items() if work.reference}
        wanted = set(self.cases) | {case_id for case_id, *_ in self.others if case_id is not None}
        missing = sorted(wanted - set(known))
        if missing:
            query = select(CaseRow.id, CaseRow.reference).where(CaseRow.id.in_(missing))
            for case_id, reference in self.session.connection().execute(query):
                known[case_id] = reference
        return known

    def _who(self) -> tuple[str, datetime | None]:
        """Who and when, for entries no event signs: the transaction's, else the flush's first event's."""
        if self.actor is not None:
            return self.actor, self.at
        for work in self.cases.values():
            if work.events:
                return work.events[0].actor, work.events[0].at
        return SYSTEM_ACTOR, self.at

    def _entries(self) -> list[AuditEntry]:
        references = self._references()
        actor, at = self._who()
        now = naive_utc(datetime.now(UTC))
        entries: list[AuditEntry] = []
        detail: dict[str, Any]
        for case_id in sorted(self.cases):
            work = self.cases[case_id]
            reference = references.get(case_id, "")
            if work.deleted:
                detail = {"changes": work.changes}
                entries.append(AuditEntry(at or now, actor, reference, "case-deleted", detail))
                continue
            changes = work.changes
            for row in sorted(work.events, key=lambda e: e.id):
                detail = {"event": row.text}
                if changes:
                    detail["changes"], changes = changes, {}
                entries.append(AuditEntry(naive_utc(row.at), row.actor, reference, row.kind, detail))
            if changes:
                action = "case-opened" if work.created else "case-changed"
                entries.append(AuditEntry(at or now, actor, reference, action, {"changes": changes}))
        for owner, action, detail, when in self.others:
            reference = references.get(owner, "") if owner is not None else ""
            moment = self.at or (naive_utc(when) if when is not None else None) or at or now
            entries.append(AuditEntry(moment, actor, reference, action, detail))
        return entries


# listeners --------------------------------------------------------------------------------------------------
def _refuse_direct_writes(
    session: Session, _context: UOWTransaction, _instances: Iterable[object] | None
) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, AuditRow):
            raise AuditError("audit entries are written only by lazeo_desk.store.audit")


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    append(session, _FlushReader(session).read())


def _on_bulk_statement(state: ORMExecuteState) -> None:
    """Statements that bypass the flush (``session.execute(insert(CaseRow), rows)``) get one entry each."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(getattr(state.statement, "table", None), "name", None)
    if table == _AUDIT.name:
        raise AuditError("audit entries are written only by lazeo_desk.store.audit")
    if table not in _TABLES_WITH_CASE_DATA:
        return
    parameters = state.parameters
    rows = parameters if isinstance(parameters, list) else []
    verb = "insert" if state.is_insert else "update" if state.is_update else "delete"
    detail: dict[str, Any] = {"table": table, "rows": len(rows) if rows else None}
    if table == "cases" and state.is_insert:
        detail["references"] = [row.get("reference") for row in rows]
    context = state.session.info.get(_CONTEXT)
    actor, at = context if context else (SYSTEM_ACTOR, None)
    stamps = [row.get("created_at") or row.get("at") for row in rows]
    dated = [naive_utc(s) for s in stamps if isinstance(s, datetime)]
    moment = at or (max(dated) if dated else naive_utc(datetime.now(UTC)))
    append(state.session, [AuditEntry(moment, actor, "", f"bulk-{verb}", detail)])


def _forget_context(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_CONTEXT, None)


def install(sessions: sessionmaker[Session]) -> None:
    """Make every session of ``sessions`` write the audit trail."""
    event.listen(sessions, "before_flush", _refuse_direct_writes)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_bulk_statement)
    event.listen(sessions, "after_transaction_end", _forget_context)


# verifying --------------------------------------------------------------------------------------------------
def _parse_stamp(text: object) -> datetime:
    if not isinstance(text, str):
        raise ValueError(f"not a time: {text!r}")
    return datetime.fromisoformat(text)


def _label(stamp: object, action: str, reference: str) -> str:
    """How a broken entry is named: when it was written, what it records, and about which case."""
    if reference:
        return said("{moment}, {action} on {reference}", moment=str(stamp), action=action, reference=reference)
    return said("{moment}, {action}", moment=str(stamp), action=action)


def _unlinked(entry_id: int, previous_id: int | None, label: str) -> tuple[int, str]:
    if previous_id is None:
        return entry_id, said("{entry}: the entries before it were removed", entry=label)
    return entry_id, said(
        "{entry}: it does not follow entry #{previous} (an entry between them was removed, or the "
        "entries were reordered)",
        entry=label,
        previous=str(previous_id),
    )


def verify_chain(session: Session) -> ChainReport:
    """Walk the trail in order; the first entry whose hash or link does not hold is named, with why."""
    expected_previous = GENESIS
    previous_id: int | None = None
    count = 0
    purged: set[str] = set()
    redacted: list[tuple[int, str]] = []
    broken: tuple[int, str] | None = None
    # The time is read as stored text: edited into something that is not a time, it is tampering, not a crash.
    query = select(
        _AUDIT.c.id, type_coerce(_AUDIT.c.at, String), _AUDIT.c.actor, _AUDIT.c.reference, _AUDIT.c.action,
        _AUDIT.c.detail, _AUDIT.c.previous_hash, _AUDIT.c.hash,
    ).order_by(_AUDIT.c.id)
    for entry_id, stamp, actor, reference, action, detail, previous_hash, stored_hash in session.execute(
        query.execution_options(yield_per=2000)
    ):
        count += 1
        if action == PURGED:
            purged.add(reference)
        if broken is not None:
            continue
        label = _label(stamp, action, reference)
        try:
            kept = redacted_digest(detail)
            computed = entry_hash(
                at=_parse_stamp(stamp), actor=actor, reference=reference, action=action,
                detail_sha256=kept or detail_digest(detail), previous_hash=previous_hash,
            )
        except (TypeError, ValueError, AttributeError):
            broken = (
                entry_id, said("{entry}: it was changed outside the application into something unreadable", entry=label)
            )
            continue
        if kept is not None:
            redacted.append((entry_id, reference))
        if previous_hash != expected_previous:
            broken = _unlinked(entry_id, previous_id, label)
        elif stored_hash != computed:
            broken = (entry_id, said("{entry}: its content was changed outside the application", entry=label))
        expected_previous, previous_id = stored_hash, entry_id
    for entry_id, reference in redacted:
        if reference not in purged and (broken is None or entry_id < broken[0]):
            case = reference or said("(none)")
            broken = (entry_id, said("its detail was removed but case {reference} was never purged", reference=case))
            break
    if broken is None:
        return ChainReport(count)
    return ChainReport(count, broken[0], broken[1])
