"""The audit trail: every change to a case becomes a hash-chained entry, written in the same transaction.

A session listener turns what a flush writes (case fields and status, timeline events, letters, documents,
deletions, settings) into entries with old and new values, so that no writer has to remember to do it. Each
entry's ``hash`` is the SHA-256 of a canonical serialisation of the entry, which includes ``previous_hash``:
an entry edited, removed or reordered outside the application breaks the chain from that point, and
:func:`verify_chain` names it.

The chain cannot fork between two processes: an append first locks the one row of ``audit_head`` (``SELECT … FOR
UPDATE``; on SQLite every transaction already holds the write lock from its ``BEGIN IMMEDIATE``), reads the
previous hash there, and moves the head in the same transaction.

A hash chain alone proves nothing against someone who can write the file: they can edit an entry and compute
the chain again. So each entry written with the passphrase's key also carries a MAC (HMAC-SHA-256 with a key
derived from the passphrase, see :func:`lazeo_desk.store.encryption.audit_key`) over the previous MAC and the
entry's hash; the head (position and MAC) is also written outside the database, in ``<database>.anchor`` after
every commit that appends, in every backup's ``<backup>.anchor``, and on paper (``lazeo-desk check --anchor``):
entries removed at the end, or a chain rebuilt without the key, no longer match it.

Each entry that changes a case also records the state the case reached (:func:`case_states`: a SHA-256 of the
case row, its rights, timeline events, letters and documents, the stored files hashed again from their bytes).
:func:`verify_states` recomputes every case and compares it with the last state recorded for it, so a row edited
or removed outside the application is found even though no entry was touched. Before a change records a new
state, the case as it was (its edited rows read before the flush writes over them) is compared with the state
recorded last: what differs is recorded with the new state, so that ordinary work after an edit made outside the
application does not bless it.

When a case is purged its entries keep their place in the chain but their detail (old and new values, which
hold personal data) is replaced by the SHA-256 of that detail (:func:`redact`); the chain still verifies, and
a redacted entry whose case was never purged counts as tampering.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Result,
    String,
    Table,
    bindparam,
    event,
    insert,
    inspect,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction, sessionmaker

from lazeo_desk.domain.messages import said
from lazeo_desk.store.models import (
    AuditHeadRow,
    AuditRow,
    CaseRightRow,
    CaseRow,
    DocumentRow,
    EventRow,
    LetterRow,
    ProcessingRegisterVersionRow,
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
_TABLES_WITH_CASE_DATA = frozenset({
    "cases", "case_rights", "events", "letters", "documents", "settings", "processing_register_versions",
})
# Tables that belong to no case: their rows enter the state recorded under OUTSIDE_CASES.
_TABLES_OUTSIDE_CASES = frozenset({"settings", "processing_register_versions"})
_AUDIT = cast(Table, AuditRow.__table__)
_HEAD = cast(Table, AuditHeadRow.__table__)
_HEAD_ID = 1
# What a session is given by the database it belongs to: the audit key (None: unencrypted) and where the anchor
# file goes (None: the database is not a file).
KEY_INFO = "lazeo_desk.audit.key"
ANCHOR_INFO = "lazeo_desk.audit.anchor"
_APPENDED = "lazeo_desk.audit.appended"
# Cases changed by bulk statements whose states are still to be recorded (by the next entry, or at commit).
_PENDING = "lazeo_desk.audit.pending"
# The rows a flush is about to edit or remove, as stored before it.
_BEFORE = "lazeo_desk.audit.before"
# The rights of the cases a flush is about to change, as listed before it.
_RIGHTS_BEFORE = "lazeo_desk.audit.rights-before"
# Entries that record reading or copying, not a change: they record no case state (a state recorded on a view
# would bless whatever the case had become).
ACCESS_ACTIONS = frozenset({"viewed", "printed", "saved", "exported", "backed-up", "restored"})
CHAIN_STARTED = "chain-started"
CASES_RECOMPUTED = "cases-recomputed"
ABSENT = "absent"
# The state of what belongs to no case: the settings (deadlines, retention, the DPO's name), the files kept
# outside cases (the letterhead's images, intake files not yet linked) and the versions of the processing
# register. Recorded like a case's, under this name; the register's part only once a version is stored, so that
# the states recorded before versions were kept still compare.
OUTSIDE_CASES = "(settings)"
OUTSIDE_CASES_PARTS = ("settings", "documents", "register")
# In a recorded state: the parts found changed outside the application when the entry was written.
OUTSIDE = "changed-outside"
STATE_PARTS = ("case", "rights", "events", "letters", "documents")
ANCHOR_SUFFIX = ".anchor"


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
    # The cases whose state this entry records (None: its own case, unless it is an access).
    touches: tuple[str, ...] | None = None

    def detail_text(self) -> str:
        return json.dumps(self.detail, ensure_ascii=False, sort_keys=True)

    def touched(self) -> tuple[str, ...]:
        if self.touches is not None:
            return self.touches
        if self.action in ACCESS_ACTIONS or not self.reference:
            return ()
        return (self.reference,)


@dataclass(frozen=True)
class Head:
    """The chain's last entry: its position (id) and its MAC, or its hash where the chain is not keyed."""

    position: int
    value: str
    keyed: bool

    def text(self) -> str:
        return f"{self.position}:{self.value}"

    @classmethod
    def parse(cls, text: str, *, keyed: bool = True) -> Head:
        """``POS:VALUE`` as printed by ``lazeo-desk check --anchor`` (ValueError when it is not that)."""
        position, _, value = text.strip().partition(":")
        if not position.isdigit() or len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
            raise ValueError("an anchor is POSITION:MAC (a number, a colon, 64 hexadecimal digits)")
        return cls(int(position), value, keyed)


@dataclass(frozen=True)
class ChainReport:
    """What :func:`verify_chain` found: how many entries, and the first broken one (its id) and why.

    ``keyed_from`` is the first entry the keyed chain covers (None: no entry is keyed); ``recorded`` maps each
    reference to the last state an entry recorded for it (entry id, state); ``head`` is the last entry.
    """

    entries: int
    first_broken: int | None = None
    reason: str = ""
    keyed_from: int | None = None
    key_known: bool = False
    states_from: int | None = None
    head: Head | None = None
    recorded: dict[str, tuple[int, Any]] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    # Entries that found, when they were written, parts of a case changed outside the application.
    found_outside: tuple[tuple[int, str, tuple[str, ...]], ...] = ()

    @property
    def ok(self) -> bool:
        return self.first_broken is None and not self.problems

    def describe(self) -> str:
        if self.first_broken is not None:
            return said(
                "Audit trail: entry #{entry} is broken: {reason}", entry=str(self.first_broken), reason=self.reason
            )
        if self.problems:
            return said("Audit trail: {problem}", problem=self.problems[0])
        return said("Audit trail: {count} entries, chain intact", count=self.entries)


# hashing ----------------------------------------------------------------------------------------------------
def _stamp(moment: datetime) -> str:
    return moment.isoformat(sep=" ", timespec="microseconds")


def detail_digest(detail: str) -> str:
    return hashlib.sha256(detail.encode("utf-8")).hexdigest()


def entry_hash(
    *, at: datetime, actor: str, reference: str, action: str, detail_sha256: str, previous_hash: str,
    states_sha256: str | None = None,
) -> str:
    """SHA-256 over the canonical JSON of the entry (keys sorted, ASCII only, no spaces).

    The detail enters through its own SHA-256: a purge can drop the detail and the chain still verifies. An entry
    that records case states covers them too (format 2); the others keep the format they were written in.
    """
    fields: dict[str, object] = {
        "v": _FORMAT_VERSION,
        "at": _stamp(at),
        "actor": actor,
        "reference": reference,
        "action": action,
        "detail_sha256": detail_sha256,
        "previous_hash": previous_hash,
    }
    if states_sha256 is not None:
        fields["v"], fields["states_sha256"] = 2, states_sha256
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def entry_mac(key: bytes, *, previous_mac: str, entry_hash_: str) -> str:
    """The keyed link: HMAC-SHA-256 over the previous entry's MAC and this entry's hash (which covers the rest)."""
    message = json.dumps({"v": 1, "previous_mac": previous_mac, "hash": entry_hash_}, sort_keys=True)
    return hmac.new(key, message.encode("ascii"), hashlib.sha256).hexdigest()


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":"))


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


# case states ------------------------------------------------------------------------------------------------
_CASES = cast(Table, CaseRow.__table__)
# Every column as the database stores it (SELECT *): a column a later version adds, still empty, changes no
# case's state, and neither does the program's own reading of the values.
_STATE_QUERIES = (
    ("rights", 'SELECT * FROM case_rights WHERE case_id IN :ids ORDER BY case_id, "right"'),
    ("events", "SELECT * FROM events WHERE case_id IN :ids ORDER BY case_id, id"),
    ("letters", "SELECT * FROM letters WHERE case_id IN :ids ORDER BY case_id, id"),
    ("documents", "SELECT * FROM documents WHERE case_id IN :ids ORDER BY case_id, id"),
)
# Cases are read a few at a time: their letters and documents come with their bytes.
_STATE_BATCH = 50


def _state_value(value: object) -> object:
    # Stored files enter by the SHA-256 of their bytes as they are now, beside the hash recorded in their row.
    if isinstance(value, bytes | memoryview):
        content = bytes(value)
        return {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
    return _plain(value)


def _state_row(row: Any) -> dict[str, object]:
    # Empty values (NULL, "", 0, false) are left out, as a column added later holds them until it is filled.
    return {
        column: _state_value(value) for column, value in row.items()
        if value is not None and value != "" and not (isinstance(value, int | float) and value == 0)
    }


_ROW_KEYS = {"case": "id", "rights": "right", "events": "id", "letters": "id", "documents": "id"}


def _part_hash(rows: Sequence[dict[str, object]]) -> str:
    return hashlib.sha256(_canonical(list(rows)).encode("ascii")).hexdigest()


def _rights_listed(rights: Sequence[dict[str, object]]) -> str:
    """A case's rights comma-joined in the requester's order, from its rows as :func:`_state_row` keeps them."""
    def order(row: dict[str, object]) -> tuple[int, str]:
        position = row.get("position", 0)
        return (position if isinstance(position, int) else 0, str(row.get("right")))

    return ",".join(str(row.get("right")) for row in sorted(rights, key=order))


def _with_rights(case_row: dict[str, object], rights: Sequence[dict[str, object]]) -> dict[str, object]:
    """The case part's row: the case's columns and its rights listed in order, as the case row held them up to
    revision 0008. The states recorded before the rights were kept only as case_rights rows still compare, and a
    reordering of the rows changes the case's state."""
    row = {column: value for column, value in case_row.items() if column != "rights"}
    listed = _rights_listed(rights)
    if listed:
        row["rights"] = listed
    return row


def _case_rows(connection: Connection, case_rows: Sequence[Any]) -> dict[str, dict[str, list[dict[str, object]]]]:
    """Each case's rows, part by part, as :func:`_part_hash` hashes them."""
    references = {row["id"]: row["reference"] for row in case_rows}
    parts: dict[int, dict[str, list[dict[str, object]]]] = {
        row["id"]: {"case": [_state_row(row)], "rights": [], "events": [], "letters": [], "documents": []}
        for row in case_rows
    }
    if not references:
        return {}
    for name, statement in _STATE_QUERIES:
        query = text(statement).bindparams(bindparam("ids", expanding=True))
        for row in connection.execute(query, {"ids": list(references)}).mappings():
            parts[row["case_id"]][name].append(_state_row(row))
    for found in parts.values():
        found["case"] = [_with_rights(found["case"][0], found["rights"])]
    return {references[case_id]: found for case_id, found in parts.items()}


def _states_of(connection: Connection, case_rows: Sequence[Any]) -> dict[str, dict[str, str]]:
    return {
        reference: {name: _part_hash(rows) for name, rows in found.items()}
        for reference, found in _case_rows(connection, case_rows).items()
    }


@dataclass(frozen=True)
class Written:
    """A row a change wrote: which part of which case, its key, and the row as stored before (None: a new row).

    ``known`` is False when the row as it was could not be read (a row removed along with its case).
    """

    part: str
    key: str
    before: dict[str, object] | None = None
    removed: bool = False
    known: bool = True


def _row_key(part: str, row: dict[str, object]) -> str:
    return str(row.get(_ROW_KEYS[part]))


def _sort_key(part: str, row: dict[str, object]) -> tuple[int, object]:
    value = row.get(_ROW_KEYS[part])
    return (0, value) if isinstance(value, int) else (1, str(value))


def parts_changed_before(
    rows: dict[str, list[dict[str, object]]], recorded: dict[str, Any], written: Sequence[Written]
) -> list[str]:
    """The parts of a case that, rebuilt as they were before this change (its new rows taken out, its edited and
    removed rows put back as they were), do not hash to the state recorded last: something changed them outside
    the application in between."""
    rebuilt: dict[str, list[dict[str, object]]] = {}
    for part in STATE_PARTS:
        mine = {w.key: w for w in written if w.part == part}
        if any(not w.known for w in mine.values()):
            continue
        before: list[dict[str, object]] = []
        for row in rows[part]:
            change = mine.get(_row_key(part, row))
            if change is None:
                before.append(row)
            elif change.before is not None and not change.removed:
                before.append(_state_row(change.before))
        before += [_state_row(w.before) for w in mine.values() if w.removed and w.before is not None]
        before.sort(key=lambda row: _sort_key(part, row))
        rebuilt[part] = before
    if "case" in rebuilt and "rights" in rebuilt:
        # The case lists its rights as they were before too.
        rebuilt["case"] = [_with_rights(row, rebuilt["rights"]) for row in rebuilt["case"]]
    elif "case" in rebuilt:
        del rebuilt["case"]
    return [part for part in STATE_PARTS if part in rebuilt and recorded.get(part) != _part_hash(rebuilt[part])]


def _rows_of(connection: Connection, references: Iterable[str]) -> dict[str, dict[str, list[dict[str, object]]]]:
    wanted = sorted(set(references))
    found: dict[str, dict[str, list[dict[str, object]]]] = {}
    query = text("SELECT * FROM cases WHERE reference IN :references").bindparams(
        bindparam("references", expanding=True)
    )
    for start in range(0, len(wanted), _STATE_BATCH):
        rows = connection.execute(query, {"references": wanted[start:start + _STATE_BATCH]}).mappings().all()
        found.update(_case_rows(connection, rows))
    return found


def _hashed(found: dict[str, dict[str, list[dict[str, object]]]], references: Iterable[str]) -> dict[str, Any]:
    return {
        reference: {name: _part_hash(rows) for name, rows in found[reference].items()}
        if reference in found else ABSENT
        for reference in sorted(set(references))
    }


def case_states(connection: Connection, references: Iterable[str]) -> dict[str, Any]:
    """Each case's current state: ``{part: SHA-256}`` for the parts of :data:`STATE_PARTS`, or :data:`ABSENT`."""
    wanted = list(references)
    return _hashed(_rows_of(connection, wanted), wanted)


def all_case_states(connection: Connection) -> Iterable[tuple[str, dict[str, str]]]:
    """The state of every case in the database, a few cases at a time."""
    last_id = 0
    query = text("SELECT * FROM cases WHERE id > :last ORDER BY id LIMIT :batch")
    while True:
        rows = connection.execute(query, {"last": last_id, "batch": _STATE_BATCH}).mappings().all()
        if not rows:
            return
        last_id = rows[-1]["id"]
        yield from _states_of(connection, rows).items()


_EMPTY_OUTSIDE_CASES = {"settings": _part_hash([]), "documents": _part_hash([])}


def outside_cases_state(connection: Connection) -> dict[str, str]:
    """The state of the settings and of the files kept outside cases, as :func:`case_states` gives a case's."""
    settings = [_state_row(row) for row in connection.execute(text("SELECT * FROM settings ORDER BY key")).mappings()]
    documents = [
        _state_row(row)
        for row in connection.execute(text("SELECT * FROM documents WHERE case_id IS NULL ORDER BY id")).mappings()
    ]
    state = {"settings": _part_hash(settings), "documents": _part_hash(documents)}
    versions = [
        _state_row(row)
        for row in connection.execute(
            text("SELECT * FROM processing_register_versions ORDER BY version")
        ).mappings()
    ]
    if versions:
        state.update(register=_part_hash(versions))
    return state


def _all_references(connection: Connection) -> list[str]:
    return list(connection.scalars(select(_CASES.c.reference).order_by(_CASES.c.id)))


# the head ---------------------------------------------------------------------------------------------------
@dataclass
class _HeadState:
    position: int
    hash: str
    mac: str | None
    keyed_from: int | None
    states_from: int | None


def _lock_head(connection: Connection) -> _HeadState:
    """The head row, locked until the transaction ends (created from the last entry if it went missing)."""
    row = connection.execute(select(_HEAD).where(_HEAD.c.id == _HEAD_ID).with_for_update()).mappings().first()
    if row is None:
        last = connection.execute(
            select(_AUDIT.c.id, _AUDIT.c.hash, _AUDIT.c.mac).order_by(_AUDIT.c.id.desc()).limit(1)
        ).first()
        head = _HeadState(last[0] if last else 0, last[1] if last else GENESIS, last[2] if last else None,
                          None, None)
        connection.execute(insert(_HEAD).values(
            id=_HEAD_ID, position=head.position, hash=head.hash, mac=head.mac, keyed_from=None, states_from=None
        ))
        return head
    return _HeadState(row["position"], row["hash"], row["mac"], row["keyed_from"], row["states_from"])


def _store_head(connection: Connection, head: _HeadState) -> None:
    connection.execute(update(_HEAD).where(_HEAD.c.id == _HEAD_ID).values(
        position=head.position, hash=head.hash, mac=head.mac, keyed_from=head.keyed_from,
        states_from=head.states_from,
    ))


def _note_head(session: Session, head: _HeadState) -> None:
    """Remember the head this transaction leaves, for the anchor file written once it commits."""
    keyed = head.mac is not None
    session.info[_APPENDED] = Head(head.position, head.mac if keyed else head.hash, keyed)  # type: ignore[arg-type]


def _recorded_state(connection: Connection, reference: str) -> Any:
    """The state the trail recorded last for ``reference`` (None: none recorded).

    Read from the case's own entries (by the reference index), and from the few entries about many cases (bulk
    loads, the chain's start) written after them.
    """
    own = connection.execute(
        text("SELECT id, states FROM audit WHERE reference = :reference AND states IS NOT NULL "
             "ORDER BY id DESC LIMIT 1"),
        {"reference": reference},
    ).first()
    since = own[0] if own is not None else 0
    shared = connection.execute(
        text("SELECT states FROM audit WHERE reference = '' AND id > :since AND states IS NOT NULL ORDER BY id DESC"),
        {"since": since},
    )
    for (states,) in [*shared, *([(own[1],)] if own is not None else [])]:
        found = _state_in(states, reference)
        if found is not None:
            return found
    return None


def _state_in(states: str, reference: str) -> Any:
    """The state ``states`` (JSON, as :func:`append` writes it) records for ``reference``, or None.

    Only that state is decoded: an entry about every case of a large database holds megabytes of them.
    """
    needle = json.dumps(reference) + ":"
    start = states.find(needle)
    if start < 0:
        return None
    try:
        found, _end = json.JSONDecoder().raw_decode(states, start + len(needle))
    except ValueError:
        return None
    return found


# writing entries --------------------------------------------------------------------------------------------
def team_actor(connection: Connection) -> str | None:
    """On a database set up for a team (``lazeo-desk init-server``), the login role every entry must name: the
    server's trigger refuses any other actor, and the entry's hash covers the actor, so the chain is written with
    the name the server checks. None elsewhere (an SQLite file, a server database one DPO uses alone)."""
    if connection.dialect.name == "sqlite":
        return None
    found = connection.execute(
        text("SELECT CASE WHEN to_regclass('team_members') IS NULL THEN NULL ELSE session_user END")
    ).scalar()
    return str(found) if found is not None else None


def append(
    session: Session,
    entries: Sequence[AuditEntry],
    *,
    settle: bool = True,
    rows: dict[str, list[Written]] | None = None,
) -> None:
    """Append ``entries`` to the chain, in the session's transaction, with the states of the cases they changed
    (and, unless not ``settle``, of the cases bulk statements changed before).

    ``rows`` names, per case, the rows this change wrote: the case as it was before is first compared with the
    state recorded last, and what differs is recorded with the new state, as evidence that outlives the change
    (see :func:`verify_states`).
    """
    if not entries:
        return
    connection = session.connection()
    signed_by = team_actor(connection)
    if signed_by is not None:
        entries = [replace(entry, actor=signed_by) for entry in entries]
    key: bytes | None = session.info.get(KEY_INFO)
    head = _lock_head(connection)
    pending = session.info.pop(_PENDING, ()) if settle else ()
    last_touch: dict[str, int] = dict.fromkeys(pending, len(entries) - 1)
    for index, entry in enumerate(entries):
        for reference in entry.touched():
            last_touch[reference] = max(index, last_touch.get(reference, index))
    cases = [reference for reference in last_touch if reference != OUTSIDE_CASES]
    found = _rows_of(connection, cases)
    states = _hashed(found, cases)
    if OUTSIDE_CASES in last_touch:
        states[OUTSIDE_CASES] = outside_cases_state(connection)
    for reference, written in (rows or {}).items():
        if reference in pending or reference not in found:
            continue
        last_state = _recorded_state(connection, reference)
        if not isinstance(last_state, dict):
            continue
        differing = parts_changed_before(found[reference], last_state, written)
        if differing:
            states[reference] = {**states[reference], OUTSIDE: differing}
    recorded: dict[int, dict[str, Any]] = {}
    for reference, index in last_touch.items():
        recorded.setdefault(index, {})[reference] = states[reference]
    for index, entry in enumerate(entries):
        detail = entry.detail_text()
        states_text = _canonical(recorded[index]) if index in recorded else None
        digest = entry_hash(
            at=entry.at, actor=entry.actor, reference=entry.reference, action=entry.action,
            detail_sha256=detail_digest(detail), previous_hash=head.hash,
            states_sha256=detail_digest(states_text) if states_text is not None else None,
        )
        mac: str | None = None
        if key is not None:
            mac = entry_mac(key, previous_mac=head.mac or GENESIS, entry_hash_=digest)
        result = connection.execute(insert(_AUDIT).values(
            at=entry.at, actor=entry.actor, reference=entry.reference, action=entry.action, detail=detail,
            previous_hash=head.hash, hash=digest, states=states_text, mac=mac,
        ))
        inserted = result.inserted_primary_key
        assert inserted is not None
        position = int(inserted[0])
        if key is not None and head.keyed_from is None:
            head.keyed_from = position
        if head.states_from is None:
            head.states_from = position
        head.position, head.hash, head.mac = position, digest, mac
    _store_head(connection, head)
    _note_head(session, head)


def start(session: Session, anchor: Head | None = None) -> bool:
    """Start the keyed chain and the case states, if this database has not yet: one entry records every case.

    Not when the anchor file names a keyed head while the database says no entry is keyed: that is a chain whose
    MACs were stripped, and starting again would hide it. Returns whether anything was written.
    """
    connection = session.connection()
    key: bytes | None = session.info.get(KEY_INFO)
    head = _lock_head(connection)
    if head.states_from is not None and (key is None or head.keyed_from is not None):
        return False
    if key is not None and head.keyed_from is None and anchor is not None and anchor.keyed:
        return False
    references = _all_references(connection)
    outside = outside_cases_state(connection)
    if not references and outside == _EMPTY_OUTSIDE_CASES:
        head.states_from = head.states_from or head.position + 1
        if key is not None:
            head.keyed_from = head.position + 1
        _store_head(connection, head)
        return True
    append(session, [AuditEntry(
        naive_utc(datetime.now(UTC)), SYSTEM_ACTOR, "", CHAIN_STARTED,
        {"cases": len(references), "keyed": key is not None}, touches=(*references, OUTSIDE_CASES),
    )])
    return True


def rekey_chain(session: Session, old_key: bytes, new_key: bytes) -> int:
    """MAC the keyed chain again with ``new_key`` (the passphrase changed). Entries are re-signed only as far as
    they verify under ``old_key``: from the first that does not, they are left as they were, still broken."""
    connection = session.connection()
    head = _lock_head(connection)
    if head.keyed_from is None:
        return 0
    rows = connection.execute(
        select(_AUDIT.c.id, _AUDIT.c.hash, _AUDIT.c.mac).where(_AUDIT.c.id >= head.keyed_from).order_by(_AUDIT.c.id)
    ).all()
    old_previous = new_previous = GENESIS
    changed: list[dict[str, object]] = []
    for entry_id, digest, mac in rows:
        if mac is None or not hmac.compare_digest(
            mac, entry_mac(old_key, previous_mac=old_previous, entry_hash_=digest)
        ):
            break
        new_mac = entry_mac(new_key, previous_mac=new_previous, entry_hash_=digest)
        changed.append({"entry_id": entry_id, "new_mac": new_mac})
        old_previous, new_previous = mac, new_mac
    if changed:
        connection.execute(
            update(_AUDIT).where(_AUDIT.c.id == bindparam("entry_id")).values(mac=bindparam("new_mac")), changed
        )
        if changed[-1]["entry_id"] == head.position:
            head.mac = str(changed[-1]["new_mac"])
            _store_head(connection, head)
            _note_head(session, head)
    return len(changed)


# the anchor -------------------------------------------------------------------------------------------------
def anchor_path(database: Path) -> Path:
    return database.with_name(database.name + ANCHOR_SUFFIX)


def read_anchor(path: Path) -> Head | None:
    """The head kept in an anchor file (None: no file). ValueError when the file is not an anchor."""
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise ValueError("not an anchor file") from None
    words = text.split()
    if len(words) != 3 or words[0] != "lazeo-desk-anchor" or words[2] not in ("keyed", "unkeyed"):
        raise ValueError("not an anchor file")
    return Head.parse(words[1], keyed=words[2] == "keyed")


def write_anchor(path: Path, head: Head) -> None:
    """Write the anchor whole or not at all, readable by its owner only."""
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    descriptor = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as out:
            out.write(f"lazeo-desk-anchor {head.text()} {'keyed' if head.keyed else 'unkeyed'}\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def driver_head(connection: Any) -> Head | None:
    """The head row read on a driver (DB-API) connection, such as a backup copy just written."""
    found = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_head'")
    if found.fetchone() is None:
        return None
    row = connection.execute("SELECT position, hash, mac FROM audit_head WHERE id = 1").fetchone()
    if row is None or not row[0]:
        return None
    return Head(int(row[0]), str(row[2] if row[2] is not None else row[1]), row[2] is not None)


def current_head(connection: Connection) -> Head | None:
    """The head row as it stands (None: no entry yet, or a database from before the head row)."""
    if not inspect(connection).has_table(_HEAD.name):
        return None
    row = connection.execute(select(_HEAD).where(_HEAD.c.id == _HEAD_ID)).mappings().first()
    if row is None or not row["position"]:
        return None
    keyed = row["mac"] is not None
    return Head(row["position"], row["mac"] if keyed else row["hash"], keyed)


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


_PART_OF_ROW: dict[type, tuple[str, str]] = {
    CaseRow: ("case", "id"), CaseRightRow: ("rights", "right"), EventRow: ("events", "id"),
    LetterRow: ("letters", "id"), DocumentRow: ("documents", "id"),
}


class _FlushReader:
    """Turns the objects of one flush into audit entries."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cases: dict[int, _CaseWork] = {}
        self.others: list[tuple[int | None, str, dict[str, Any], datetime | None]] = []
        context = session.info.get(_CONTEXT)
        self.actor: str | None = context[0] if context else None
        self.at: datetime | None = context[1] if context else None
        # Per case: the rows this flush wrote.
        self.written: dict[int, list[Written]] = {}
        self.references: dict[int, str] = {}
        # The cases whose rights this flush wrote.
        self.rights_written: set[int] = set()

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
            self._note(obj, how)
            self._read(obj, how)
        self._read_rights_listed()
        return self._entries()

    def _read_rights_listed(self) -> None:
        """A case's rights as a list, before and after, where the flush added, removed or reordered them."""
        if not self.rights_written:
            return
        before: dict[int, str] = self.session.info.get(_RIGHTS_BEFORE, {})
        after = _listed_rights(self.session.connection(), self.rights_written)
        for case_id in sorted(self.rights_written):
            old, new = before.get(case_id, ""), after.get(case_id, "")
            if old != new:
                self.case(case_id).changes["rights"] = [old or None, new or None]

    def rows(self) -> dict[str, list[Written]]:
        """The rows written, per case reference (after :meth:`read`)."""
        return {self.references[c]: found for c, found in self.written.items() if c in self.references}

    def _note(self, obj: object, how: str) -> None:
        part, key = _PART_OF_ROW.get(type(obj), ("", ""))
        case_id = getattr(obj, "id" if isinstance(obj, CaseRow) else "case_id", None)
        if not part or case_id is None:
            return
        before: dict[str, object] | None = None
        if how != "new":
            before = self.session.info.get(_BEFORE, {}).get(_identity(obj))
        written = Written(
            part, str(getattr(obj, key)), before, removed=how == "deleted", known=how == "new" or before is not None
        )
        self.written.setdefault(case_id, []).append(written)

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
                self.rights_written.add(obj.id)
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
        elif isinstance(obj, ProcessingRegisterVersionRow):
            # Versions are only ever added; an edit or removal is recorded all the same, with what it changed.
            action = {"new": "register-version-saved", "dirty": "register-version-changed"}.get(
                how, "register-version-deleted"
            )
            if how == "dirty":
                changes = _changes(obj)
            else:
                changes = _snapshot(obj, frozenset({"sentences"}), new=how == "new")
            detail = {"version": obj.version, "changes": changes}
            self.others.append((None, action, detail, obj.created_at if how == "new" else None))

    def _read_right(self, obj: CaseRightRow, how: str) -> None:
        work = self.case(obj.case_id)
        self.rights_written.add(obj.case_id)
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
        references = self.references = self._references()
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
            touches = (OUTSIDE_CASES,) if owner is None else None
            entries.append(AuditEntry(moment, actor, reference, action, detail, touches))
        # A case changed only in derived columns (its due date recomputed, say) gets no entry of its own, but
        # its new state is recorded all the same.
        named = {reference for entry in entries for reference in entry.touched()}
        silent = tuple(sorted({references[c] for c in self.cases if c in references} - named))
        if silent and entries:
            entries[-1] = replace(entries[-1], touches=entries[-1].touched() + silent)
        elif silent:
            entries.append(AuditEntry(at or now, actor, "", CASES_RECOMPUTED, {"cases": list(silent)}, silent))
        return entries


# listeners --------------------------------------------------------------------------------------------------
def _refuse_direct_writes(
    session: Session, _context: UOWTransaction, _instances: Iterable[object] | None
) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, AuditRow | AuditHeadRow):
            raise AuditError("audit entries are written only by lazeo_desk.store.audit")


def _identity(obj: object) -> tuple[str, tuple[object, ...]]:
    table = cast(Table, inspect(obj).mapper.local_table)
    return table.name, tuple(getattr(obj, column.key) for column in table.primary_key.columns)


def _read_rows_before(session: Session, _context: UOWTransaction, _instances: Iterable[object] | None) -> None:
    """Before a flush writes over them: the case rows it edits or removes, as stored, for :func:`parts_changed_before`.

    Read from the database, not from the objects' history: an attribute flagged as modified has no old value there.
    """
    connection = session.connection()
    found: dict[tuple[str, tuple[object, ...]], dict[str, object]] = session.info.setdefault(_BEFORE, {})
    for obj in (*session.dirty, *session.deleted):
        if type(obj) not in _PART_OF_ROW or _identity(obj) in found:
            continue
        table = cast(Table, inspect(obj).mapper.local_table)
        columns = list(table.primary_key.columns)
        where = " AND ".join(f'"{column.name}" = :{column.key}' for column in columns)
        row = connection.execute(
            text(f'SELECT * FROM "{table.name}" WHERE {where}'),
            {column.key: getattr(obj, column.key) for column in columns},
        ).mappings().first()
        if row is not None:
            found[_identity(obj)] = dict(row)


def _listed_rights(connection: Connection, case_ids: Iterable[int]) -> dict[int, str]:
    """Each case's rights as stored now, comma-joined in the requester's order (cases without any left out)."""
    rights = cast(Table, CaseRightRow.__table__)
    found: dict[int, list[str]] = {}
    query = (
        select(rights.c.case_id, rights.c.right)
        .where(rights.c.case_id.in_(sorted(set(case_ids))))
        .order_by(rights.c.case_id, rights.c.position)
    )
    for case_id, right in connection.execute(query):
        found.setdefault(case_id, []).append(right)
    return {case_id: ",".join(listed) for case_id, listed in found.items()}


def _read_rights_before(session: Session, _context: UOWTransaction, _instances: Iterable[object] | None) -> None:
    """Before a flush writes them: the rights of the cases it changes, listed as stored, for the entry's
    ``rights`` change (see :meth:`_FlushReader._read_rights_listed`)."""
    case_ids: set[int] = {obj.id for obj in session.deleted if isinstance(obj, CaseRow)}
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, CaseRightRow):
            # A row just added to a case's list has no case_id until the flush: its case has one, unless new too.
            case_id = obj.case_id if obj.case_id is not None else obj.case.id if obj.case is not None else None
            if case_id is not None:
                case_ids.add(case_id)
    if case_ids:
        session.info[_RIGHTS_BEFORE] = _listed_rights(session.connection(), case_ids)


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    reader = _FlushReader(session)
    entries = reader.read()
    append(session, entries, rows=reader.rows())
    session.info.pop(_BEFORE, None)
    session.info.pop(_RIGHTS_BEFORE, None)


def _on_bulk_statement(state: ORMExecuteState) -> Result[Any] | None:
    """Statements that bypass the flush (``session.execute(insert(CaseRow), rows)``) get one entry each, written
    once the statement ran, so that it records the states the cases reached."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    table = getattr(getattr(state.statement, "table", None), "name", None)
    if table == _AUDIT.name or table == _HEAD.name:
        raise AuditError("audit entries are written only by lazeo_desk.store.audit")
    if table not in _TABLES_WITH_CASE_DATA:
        return None
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
    result = state.invoke_statement()
    connection = state.session.connection()
    if table in _TABLES_OUTSIDE_CASES:
        touches: tuple[str, ...] = (OUTSIDE_CASES,)
    elif rows and all("reference" in row for row in rows):
        touches = tuple(str(row["reference"]) for row in rows)
    elif rows and all("case_id" in row for row in rows):
        ids = sorted({row["case_id"] for row in rows if row["case_id"] is not None})
        touches = tuple(connection.scalars(select(_CASES.c.reference).where(_CASES.c.id.in_(ids))))
    else:
        # Which rows a WHERE clause reached is not known: every case's state is recorded again.
        touches = tuple(_all_references(connection))
    append(state.session, [AuditEntry(moment, actor, "", f"bulk-{verb}", detail, ())], settle=False)
    # A bulk load inserts cases, then their rights, then their events: the states are recorded once, after the
    # last of them (by the transaction's next entry, or at commit), not once per statement.
    state.session.info.setdefault(_PENDING, set()).update(touches)
    return result


def _record_pending(session: Session) -> None:
    """Before commit: the states of cases changed by bulk statements that no later entry recorded."""
    pending = session.info.get(_PENDING)
    if not pending:
        return
    context = session.info.get(_CONTEXT)
    actor, at = context if context else (SYSTEM_ACTOR, None)
    moment = at or naive_utc(datetime.now(UTC))
    append(session, [AuditEntry(moment, actor, "", CASES_RECOMPUTED, {"cases": len(pending)}, ())])


def _forget_context(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_CONTEXT, None)
        session.info.pop(_APPENDED, None)
        session.info.pop(_PENDING, None)
        session.info.pop(_BEFORE, None)
        session.info.pop(_RIGHTS_BEFORE, None)


def _write_anchor(session: Session) -> None:
    """After a commit that appended: the head goes to the anchor file beside the database.

    After every such commit rather than only at close: a program that is killed never closes, and the anchor is
    what tells that entries were removed at the end. A failure to write it is not the user's action failing (the
    commit is done); the anchor then stays at an earlier entry, which still verifies.
    """
    head: Head | None = session.info.pop(_APPENDED, None)
    path: Path | None = session.info.get(ANCHOR_INFO)
    if head is None or path is None:
        return
    try:
        write_anchor(path, head)
    except OSError:
        pass


def install(sessions: sessionmaker[Session]) -> None:
    """Make every session of ``sessions`` write the audit trail."""
    event.listen(sessions, "before_flush", _refuse_direct_writes)
    event.listen(sessions, "before_flush", _read_rows_before)
    event.listen(sessions, "before_flush", _read_rights_before)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_bulk_statement)
    event.listen(sessions, "before_commit", _record_pending)
    event.listen(sessions, "after_commit", _write_anchor)
    event.listen(sessions, "after_transaction_end", _forget_context)


# verifying --------------------------------------------------------------------------------------------------
def _parse_stamp(text: object) -> datetime:
    # PostgreSQL's column is typed and gives a time; SQLite's holds whatever was written into it.
    if isinstance(text, datetime):
        return text
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


def _read_head(connection: Connection) -> _HeadState | None:
    if not inspect(connection).has_table(_HEAD.name):
        return None
    row = connection.execute(select(_HEAD).where(_HEAD.c.id == _HEAD_ID)).mappings().first()
    if row is None:
        return None
    return _HeadState(row["position"], row["hash"], row["mac"], row["keyed_from"], row["states_from"])


def verify_chain(session: Session, key: bytes | None = None) -> ChainReport:
    """Walk the trail in order; the first entry whose hash, MAC or link does not hold is named, with why.

    ``key`` (the audit key) verifies the MACs from the entry where the keyed chain starts; without it they are
    only counted. The head row is compared with the last entry.
    """
    connection = session.connection()
    head_row = _read_head(connection)
    has_head = head_row is not None or inspect(connection).has_table(_HEAD.name)
    keyed_from = head_row.keyed_from if head_row else None
    expected_previous = GENESIS
    previous_mac = GENESIS
    previous_id: int | None = None
    count = 0
    purged: set[str] = set()
    redacted: list[tuple[int, str]] = []
    broken: tuple[int, str] | None = None
    recorded: dict[str, tuple[int, Any]] = {}
    outside: list[tuple[int, str, tuple[str, ...]]] = []
    last: tuple[int, str, str | None] | None = None
    # The time is read as stored text: edited into something that is not a time, it is tampering, not a crash.
    columns = [
        _AUDIT.c.id, type_coerce(_AUDIT.c.at, String), _AUDIT.c.actor, _AUDIT.c.reference, _AUDIT.c.action,
        _AUDIT.c.detail, _AUDIT.c.previous_hash, _AUDIT.c.hash,
    ]
    if has_head:
        columns += [_AUDIT.c.states, _AUDIT.c.mac]
    for row in session.execute(select(*columns).order_by(_AUDIT.c.id).execution_options(yield_per=2000)):
        entry_id, stamp, actor, reference, action, detail, previous_hash, stored_hash = row[:8]
        states, mac = (row[8], row[9]) if has_head else (None, None)
        count += 1
        last = (entry_id, stored_hash, mac)
        if action == PURGED:
            purged.add(reference)
        # States are taken from every entry, also past a broken one: the cases are then compared with what the
        # trail says last, and a broken entry does not hide the rows changed with it.
        try:
            state_map = json.loads(states) if states is not None else {}
        except ValueError:
            state_map = None
        if isinstance(state_map, dict):
            for state_reference, state in state_map.items():
                recorded[state_reference] = (entry_id, state)
                if isinstance(state, dict) and isinstance(state.get(OUTSIDE), list):
                    outside.append((entry_id, state_reference, tuple(str(p) for p in state[OUTSIDE])))
        if broken is not None:
            continue
        label = _label(stamp, action, reference)
        try:
            kept = redacted_digest(detail)
            computed = entry_hash(
                at=_parse_stamp(stamp), actor=actor, reference=reference, action=action,
                detail_sha256=kept or detail_digest(detail), previous_hash=previous_hash,
                states_sha256=detail_digest(states) if states is not None else None,
            )
            if not isinstance(state_map, dict):
                raise ValueError("states")
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
        elif keyed_from is not None and entry_id >= keyed_from:
            if mac is None:
                broken = (entry_id, said(
                    "{entry}: it has no MAC although the keyed chain covers it (the chain was rewritten without "
                    "the key)", entry=label))
            elif key is not None and not hmac.compare_digest(
                mac, entry_mac(key, previous_mac=previous_mac, entry_hash_=stored_hash)
            ):
                broken = (entry_id, said(
                    "{entry}: its MAC does not match (the entry was changed, or the chain recomputed without the "
                    "key)", entry=label))
            previous_mac = mac or GENESIS
        elif mac is not None:
            broken = (entry_id, said(
                "{entry}: it carries a MAC but the head row says the keyed chain starts later (the chain's start "
                "was moved)", entry=label))
        expected_previous, previous_id = stored_hash, entry_id
    for entry_id, reference in redacted:
        if reference not in purged and (broken is None or entry_id < broken[0]):
            case = reference or said("(none)")
            broken = (entry_id, said("its detail was removed but case {reference} was never purged", reference=case))
            break
    problems: list[str] = []
    head: Head | None = None
    if last is not None:
        keyed = keyed_from is not None and last[0] >= keyed_from and last[2] is not None
        head = Head(last[0], last[2] if keyed and last[2] else last[1], keyed)
    if has_head:
        problems += _head_problems(head_row, last)
    return ChainReport(
        count, broken[0] if broken else None, broken[1] if broken else "", keyed_from, key is not None,
        head_row.states_from if head_row else None, head, recorded, tuple(problems), tuple(outside),
    )


def _head_problems(head_row: _HeadState | None, last: tuple[int, str, str | None] | None) -> list[str]:
    if head_row is None:
        return [said("the chain head row is missing (it was deleted outside the application)")]
    if last is None:
        if head_row.position:
            return [said(
                "the chain head names entry #{position}, but the trail is empty (all entries were removed)",
                position=str(head_row.position))]
        return []
    position, digest, mac = last
    if head_row.position > position:
        return [said(
            "the chain head names entry #{position}, but the last entry is #{last} (entries at the end were "
            "removed)", position=str(head_row.position), last=str(position))]
    if head_row.position != position or head_row.hash != digest or head_row.mac != mac:
        return [said(
            "the chain head names entry #{position}, which is not the last entry #{last} as written",
            position=str(head_row.position), last=str(position))]
    return []


def compare_anchor(session: Session, anchor: Head) -> str | None:
    """Why the trail does not reach ``anchor`` (a head kept outside the database), or None when it does."""
    row = session.execute(
        select(_AUDIT.c.hash, _AUDIT.c.mac).where(_AUDIT.c.id == anchor.position)
    ).first()
    last = session.scalar(select(_AUDIT.c.id).order_by(_AUDIT.c.id.desc()).limit(1)) or 0
    if row is None:
        if last < anchor.position:
            return said(
                "the anchor names entry #{position}, but the trail ends at #{last}: entries at the end were "
                "removed", position=str(anchor.position), last=str(last))
        return said("the anchor names entry #{position}, which is no longer in the trail",
                    position=str(anchor.position))
    stored = row[1] if anchor.keyed else row[0]
    if stored is None or not hmac.compare_digest(stored, anchor.value):
        return said(
            "entry #{position} does not match the anchor: the trail was rewritten (or rebuilt without the key)",
            position=str(anchor.position))
    return None


def _part_names() -> dict[str, str]:
    return {
        "case": said("the case row"),
        "rights": said("its rights and outcomes"),
        "events": said("its timeline events"),
        "letters": said("its letters"),
        "documents": said("its documents"),
    }


def verify_states(session: Session, report: ChainReport) -> tuple[int, list[str]]:
    """Every case's current state against the last state its entries recorded: how many cases were compared,
    and what does not hold (a case edited, added or removed outside the application)."""
    if report.states_from is None:
        return 0, []
    names = _part_names()
    problems: list[str] = [
        said(
            "case {reference}: entry #{entry} found {parts} changed outside the application before it was written",
            reference=reference, entry=str(entry_id), parts=[names.get(part, part) for part in parts],
        )
        for entry_id, reference, parts in report.found_outside
    ]
    seen: set[str] = set()
    compared = 0
    for reference, state in all_case_states(session.connection()):
        seen.add(reference)
        compared += 1
        found = report.recorded.get(reference)
        if found is None:
            problems.append(said(
                "case {reference}: no audit entry records it (it was added outside the application)",
                reference=reference))
            continue
        entry_id, expected = found
        if expected == ABSENT:
            problems.append(said(
                "case {reference}: entry #{entry} says it was removed, yet it is in the database",
                reference=reference, entry=str(entry_id)))
            continue
        differing = [
            names[part] for part in STATE_PARTS
            if not isinstance(expected, dict) or expected.get(part) != state[part]
        ]
        if differing:
            problems.append(said(
                "case {reference}: {parts} differ from the state entry #{entry} recorded (changed outside the "
                "application)", reference=reference, parts=differing, entry=str(entry_id)))
    outside = outside_cases_state(session.connection())
    entry_id, expected = report.recorded.get(OUTSIDE_CASES, (0, _EMPTY_OUTSIDE_CASES))
    outside_names = {
        "settings": said("the settings"), "documents": said("the files kept outside cases"),
        "register": said("the versions of the processing register"),
    }
    differing = [
        outside_names[part] for part in OUTSIDE_CASES_PARTS
        if not isinstance(expected, dict) or expected.get(part) != outside.get(part)
    ]
    if differing and entry_id:
        problems.append(said(
            "{parts} differ from the state entry #{entry} recorded (changed outside the application)",
            parts=differing, entry=str(entry_id)))
    elif differing:
        problems.append(said(
            "{parts}: no audit entry records them (changed outside the application)", parts=differing))
    for reference, (entry_id, expected) in sorted(report.recorded.items()):
        if reference == OUTSIDE_CASES:
            continue
        if reference not in seen and expected != ABSENT:
            problems.append(said(
                "case {reference}: entry #{entry} says it exists, but it is not in the database (deleted outside "
                "the application)", reference=reference, entry=str(entry_id)))
    return compared, problems


def trail(session: Session, reference: str | None = None) -> list[AuditRow]:
    """The audit trail, oldest first; only the entries about ``reference`` when given."""
    query = select(AuditRow).order_by(AuditRow.id)
    if reference is not None:
        query = query.where(AuditRow.reference == reference)
    return list(session.scalars(query))
