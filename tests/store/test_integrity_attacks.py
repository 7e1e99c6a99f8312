"""Tamper evidence under attack: rows and entries changed, removed or recomputed outside the application, with the
passphrase and without; ``check`` finds each attack and names the entry or row that does not hold."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from outside_access import outside_connection
from sqlalchemy import Connection, select, text

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, OutcomeKind
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.settings_registry import CASE_RETENTION_YEARS
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.maintenance import backup_database, check, run_check
from lazeo_desk.services.passphrase import change_passphrase, restore_backup
from lazeo_desk.services.purge import PurgeService
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store import audit
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.audit import Head
from lazeo_desk.store.cases import load_row
from lazeo_desk.store.database import Database
from lazeo_desk.store.encryption import KdfParams
from lazeo_desk.store.migrations import SCHEMA_HEAD
from lazeo_desk.store.models import AuditRow, CaseRow, DocumentRow, LetterRow

PDF = b"%PDF-1.7 acknowledgement of receipt"
SCAN = b"\x89PNG identity card"
OTHER_SCAN = b"\x89PNG somebody else's identity card"


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


# The database opened as an attacker would, with an SQLite shell or psql (and the passphrase's key, when the
# database is encrypted): no audit listener, no application rule.
outside = outside_connection


def new_case(name: str = "Anaïs Dubois") -> Case:
    return Case(
        jurisdiction=Jurisdiction.FR, language=Language.FR, channel=Channel.POST, received=date(2026, 3, 2),
        rights=(Right.ACCESS, Right.ERASURE), subject=DataSubject(name, email="anais@example.fr"),
    )


def busy_case(db: Database, clock: FixedClock) -> str:
    """A case with two rights, a timeline, a letter and a document, written through the application."""
    service = CaseService(Workplace(db, clock, "Brigitte Perez"))
    reference = service.open_case(new_case())
    service.add_note(reference, "Called the requester back")
    with db.transaction() as session:
        audit.act_as(session, "Brigitte Perez")
        case_id = load_row(session, reference).id
        session.add(LetterRow(
            case_id=case_id, kind="acknowledgement", language="fr", sent_on=date(2026, 3, 10), method="post",
            pdf=PDF, sha256=sha256(PDF), created_at=datetime(2026, 3, 10, 8, 30),
        ))
        session.add(DocumentRow(
            case_id=case_id, kind="id-scan", filename="carte.png", media_type="image/png", size=len(SCAN),
            sha256=sha256(SCAN), content=SCAN, created_at=datetime(2026, 3, 10, 8, 30),
        ))
    return reference


@pytest.fixture(params=["encrypted", "plain"])
def target(
    request: pytest.FixtureRequest, tmp_path: Path, fast_kdf: KdfParams, db_passphrase: str
) -> Iterator[Database]:
    """Each attack is made on an encrypted database (the attacker has the passphrase) and on a plain one."""
    from lazeo_desk.services.passphrase import create_database

    url = f"sqlite:///{tmp_path / 'attacked.sqlite3'}"
    database = (
        create_database(url, db_passphrase, kdf=fast_kdf) if request.param == "encrypted"
        else Database(url, plain=True)
    )
    yield database
    database.dispose()


def only_problem_about(db: Database, *words: str) -> str:
    found = check(db)
    assert found, "the check found nothing"
    assert all(word in found[0] for word in words), found
    return found[0]


# rows edited or removed -------------------------------------------------------------------------------------
def test_a_clean_database_passes(target: Database, clock: FixedClock) -> None:
    busy_case(target, clock)
    assert check(target) == []


@pytest.mark.parametrize(
    ("statement", "part"),
    [
        ("UPDATE cases SET subject_name = 'Someone Else'", "the case row"),
        ("UPDATE cases SET due_date = '2027-01-01'", "the case row"),
        ("UPDATE case_rights SET outcome = 'refused' WHERE \"right\" = 'erasure'", "its rights and outcomes"),
        ("UPDATE case_rights SET position = 1 - position", "its rights and outcomes"),
        ("DELETE FROM case_rights WHERE \"right\" = 'erasure'", "its rights and outcomes"),
        ("INSERT INTO case_rights (case_id, \"right\", position, ground) SELECT id, 'objection', 2, '' FROM cases",
         "its rights and outcomes"),
        ("UPDATE events SET text = 'Nothing happened' WHERE kind = 'note'", "its timeline events"),
        ("DELETE FROM events WHERE kind = 'note'", "its timeline events"),
        ("UPDATE letters SET method = 'email'", "its letters"),
        ("UPDATE documents SET filename = 'other.png'", "its documents"),
    ],
)
def test_a_row_edited_outside_the_application_is_named_with_its_case(
    target: Database, clock: FixedClock, statement: str, part: str
) -> None:
    reference = busy_case(target, clock)
    with outside(target) as connection:
        connection.execute(text(statement))
    problem = only_problem_about(target, f"case {reference}", part)
    assert "changed outside the application" in problem


def test_a_document_swapped_together_with_its_sha256_is_found(target: Database, clock: FixedClock) -> None:
    reference = busy_case(target, clock)
    with outside(target) as connection:
        connection.execute(
            text("UPDATE documents SET content = :content, sha256 = :sha, size = :size"),
            {"content": OTHER_SCAN, "sha": sha256(OTHER_SCAN), "size": len(OTHER_SCAN)},
        )
    # The stored bytes match their (new) hash: only the recorded state tells.
    [problem] = check(target)
    assert problem.startswith(f"case {reference}: its documents differ from the state entry #")


def test_a_letter_swapped_together_with_its_sha256_is_found(target: Database, clock: FixedClock) -> None:
    reference = busy_case(target, clock)
    forged = PDF.replace(b"receipt", b"refusal")
    with outside(target) as connection:
        connection.execute(text("UPDATE letters SET pdf = :pdf, sha256 = :sha"), {"pdf": forged, "sha": sha256(forged)})
    [problem] = check(target)
    assert problem.startswith(f"case {reference}: its letters differ")


def test_a_case_deleted_outside_the_application_is_found(target: Database, clock: FixedClock) -> None:
    reference = busy_case(target, clock)
    kept = CaseService(Workplace(target, clock)).open_case(new_case("Bruno Keller"))
    with outside(target) as connection:
        case_id = connection.execute(text("SELECT id FROM cases WHERE reference = :r"), {"r": reference}).scalar()
        for table in ("documents", "letters", "events", "case_rights"):
            connection.execute(text(f"DELETE FROM {table} WHERE case_id = :id"), {"id": case_id})
        connection.execute(text("DELETE FROM cases WHERE id = :id"), {"id": case_id})
    [problem] = check(target)
    assert problem.startswith(f"case {reference}: entry #")
    assert "says it exists, but it is not in the database" in problem
    assert kept not in problem


def test_a_case_inserted_outside_the_application_is_found(target: Database, clock: FixedClock) -> None:
    reference = busy_case(target, clock)
    with outside(target) as connection:
        # binding_date is computed by the database from the due dates: it cannot be written.
        columns = [c for c in connection.execute(text("SELECT * FROM cases")).keys() if c not in ("id", "binding_date")]
        listed = ", ".join(columns)
        chosen = ", ".join("'DSAR-2026-0999'" if c == "reference" else "999" if c == "sequence" else c
                           for c in columns)
        connection.execute(text(f"INSERT INTO cases ({listed}) SELECT {chosen} FROM cases WHERE reference = :r"),
                           {"r": reference})
    [problem] = check(target)
    assert problem.startswith("case DSAR-2026-0999: no audit entry records it")


# entries removed at the end ---------------------------------------------------------------------------------
def _drop_last(connection: Connection, count: int | None, *, move_head: bool) -> None:
    ids = list(connection.scalars(text("SELECT id FROM audit ORDER BY id DESC")))
    doomed = ids if count is None else ids[:count]
    connection.execute(text(f"DELETE FROM audit WHERE id IN ({', '.join(map(str, doomed))})"))
    if move_head:
        # The careful attacker points the head row at the new last entry, as the application would have.
        last = connection.execute(text("SELECT id, hash, mac FROM audit ORDER BY id DESC LIMIT 1")).first()
        position, digest, mac = last if last is not None else (0, audit.GENESIS, None)
        connection.execute(text("UPDATE audit_head SET position = :p, hash = :h, mac = :m"),
                           {"p": position, "h": digest, "m": mac})


@pytest.mark.parametrize("count", [1, 3])
def test_the_last_entries_deleted_are_found_by_the_head_row(
    target: Database, clock: FixedClock, count: int
) -> None:
    busy_case(target, clock)
    last = len(entries(target))
    with outside(target) as connection:
        _drop_last(connection, count, move_head=False)
    problems = check(target)
    assert any(f"the chain head names entry #{last}, but the last entry is #{last - count}" in p for p in problems)


@pytest.mark.parametrize("count", [1, 3, None])
def test_the_last_entries_deleted_with_the_head_moved_are_found_by_the_anchor(
    target: Database, clock: FixedClock, count: int | None
) -> None:
    busy_case(target, clock)
    last = len(entries(target))
    with outside(target) as connection:
        _drop_last(connection, count, move_head=True)
    problems = check(target)
    remaining = 0 if count is None else last - count
    assert any(
        f"the anchor names entry #{last}, but the trail ends at #{remaining}: entries at the end were removed" in p
        for p in problems
    ), problems


def test_the_anchor_file_removed_with_the_last_entries_is_itself_a_problem(
    target: Database, clock: FixedClock
) -> None:
    busy_case(target, clock)
    with outside(target) as connection:
        _drop_last(connection, 3, move_head=True)
    assert target.anchor_file is not None
    target.anchor_file.unlink()
    problems = check(target)
    assert any("anchor file attacked.sqlite3.anchor is missing" in p for p in problems), problems


def test_a_trail_rewound_with_its_anchor_is_still_caught_by_the_anchor_kept_on_paper(
    target: Database, clock: FixedClock
) -> None:
    busy_case(target, clock)
    paper = run_check(target).head
    assert paper is not None
    with outside(target) as connection:
        _drop_last(connection, 1, move_head=True)
        new_last = connection.execute(text("SELECT id, hash, mac FROM audit ORDER BY id DESC LIMIT 1")).one()
    assert target.anchor_file is not None
    # The attacker rewrites the anchor file too, from values the database shows.
    keyed = new_last[2] is not None
    audit.write_anchor(target.anchor_file, Head(new_last[0], new_last[2] if keyed else new_last[1], keyed))
    result = run_check(target, expect=paper)
    assert any(f"the anchor names entry #{paper.position}" in p for p in result.problems), result.problems


# the chain recomputed ---------------------------------------------------------------------------------------
def entries(db: Database) -> list[AuditRow]:
    with db.transaction() as session:
        return list(session.scalars(select(AuditRow).order_by(AuditRow.id)))


def recompute_chain(connection: Connection, reference: str) -> None:
    """What an insider with this program's source but without the key does after editing a case: record the
    case's new state in its last entry, then compute every hash again from there and move the head."""
    rows = connection.execute(text(
        "SELECT id, at, actor, reference, action, detail, previous_hash, states FROM audit ORDER BY id"
    )).all()
    last_with_state = max(row[0] for row in rows if row[7] and reference in json.loads(row[7]))
    previous = audit.GENESIS
    for entry_id, at, actor, ref, action, detail, _previous, states in rows:
        if entry_id == last_with_state:
            recorded = json.loads(states)
            recorded[reference] = audit.case_states(connection, [reference])[reference]
            states = json.dumps(recorded, sort_keys=True, separators=(",", ":"))
        digest = audit.entry_hash(
            at=datetime.fromisoformat(at), actor=actor, reference=ref, action=action,
            detail_sha256=audit.redacted_digest(detail) or audit.detail_digest(detail), previous_hash=previous,
            states_sha256=audit.detail_digest(states) if states is not None else None,
        )
        connection.execute(
            text("UPDATE audit SET previous_hash = :p, hash = :h, states = :s WHERE id = :id"),
            {"p": previous, "h": digest, "s": states, "id": entry_id},
        )
        previous = digest
    connection.execute(text("UPDATE audit_head SET hash = :h"), {"h": previous})


def test_a_chain_recomputed_without_the_key_fails_its_macs(encrypted_db: Database, clock: FixedClock) -> None:
    reference = busy_case(encrypted_db, clock)
    with outside(encrypted_db) as connection:
        connection.execute(text("UPDATE cases SET subject_name = 'Someone Else'"))
        recompute_chain(connection, reference)
    result = run_check(encrypted_db)
    assert not result.ok
    assert "its MAC does not match (the entry was changed, or the chain recomputed without the key)" in (
        result.problems[0]
    )
    # The unkeyed chain and the recorded states hold: only the MACs tell.
    assert not any(f"case {reference}" in p for p in result.problems)


def test_a_chain_with_its_macs_stripped_and_its_start_moved_is_found(
    encrypted_db: Database, clock: FixedClock
) -> None:
    reference = busy_case(encrypted_db, clock)
    with outside(encrypted_db) as connection:
        connection.execute(text("UPDATE cases SET subject_name = 'Someone Else'"))
        recompute_chain(connection, reference)
        connection.execute(text("UPDATE audit SET mac = NULL"))
        connection.execute(text("UPDATE audit_head SET mac = NULL, keyed_from = NULL"))
    # Opening the database again must not start a new keyed chain over the stripped one.
    encrypted_db.dispose()
    reopened = Database(encrypted_db.url, key=encrypted_db.key)
    try:
        problems = check(reopened)
    finally:
        reopened.dispose()
    assert any("does not match the anchor: the trail was rewritten" in p for p in problems), problems


@pytest.mark.sqlite_only  # the anchor is a file beside the database file
def test_on_a_plain_database_a_recomputed_chain_is_caught_only_by_the_anchor(db: Database, clock: FixedClock) -> None:
    reference = busy_case(db, clock)
    with outside(db) as connection:
        connection.execute(text("UPDATE cases SET subject_name = 'Someone Else'"))
        recompute_chain(connection, reference)
    result = run_check(db)
    assert result.problems == [
        f"test.sqlite3.anchor: entry #{len(entries(db))} does not match the anchor: the trail was rewritten (or "
        "rebuilt without the key)"
    ]
    assert any(line.startswith("Keyed chain: none. This database is not encrypted") for line in result.lines)


def test_an_entry_edited_in_the_middle_of_a_keyed_chain_is_named(encrypted_db: Database, clock: FixedClock) -> None:
    busy_case(encrypted_db, clock)
    with outside(encrypted_db) as connection:
        connection.execute(text("UPDATE audit SET actor = 'Someone Else' WHERE id = 2"))
    [problem] = check(encrypted_db)
    assert problem.startswith("Audit trail: entry #2 is broken")


# anchors ----------------------------------------------------------------------------------------------------
def test_an_anchor_kept_on_paper_matches_until_the_trail_is_rewritten(
    encrypted_db: Database, clock: FixedClock
) -> None:
    busy_case(encrypted_db, clock)
    paper = run_check(encrypted_db).head
    assert paper is not None and paper.keyed
    CaseService(Workplace(encrypted_db, clock)).open_case(new_case("Bruno Keller"))
    assert run_check(encrypted_db, expect=paper).ok
    forged = Head(paper.position, "0" * 64, True)
    result = run_check(encrypted_db, expect=forged)
    assert result.problems == [
        f"Expected anchor: entry #{paper.position} does not match the anchor: the trail was rewritten (or rebuilt "
        "without the key)"
    ]


def test_an_anchor_file_replaced_by_something_else_is_a_problem(target: Database, clock: FixedClock) -> None:
    busy_case(target, clock)
    assert target.anchor_file is not None
    target.anchor_file.write_text("not an anchor\n")
    assert check(target) == [
        "the anchor file attacked.sqlite3.anchor cannot be read as an anchor (damaged or replaced)"
    ]


def test_the_anchor_file_is_private_and_follows_every_commit(target: Database, clock: FixedClock) -> None:
    busy_case(target, clock)
    assert target.anchor_file is not None
    anchor = audit.read_anchor(target.anchor_file)
    last = entries(target)[-1]
    assert anchor is not None
    assert (anchor.position, anchor.keyed) == (last.id, target.encrypted)
    assert anchor.value == (last.mac if target.encrypted else last.hash)
    assert target.anchor_file.stat().st_mode & 0o777 == 0o600


def test_a_backup_carries_its_own_anchor_and_is_refused_when_it_does_not_match(
    target: Database, clock: FixedClock, tmp_path: Path, db_passphrase: str
) -> None:
    busy_case(target, clock)
    copy = tmp_path / "copy.sqlite3"
    backup_database(target, copy, actor="Brigitte Perez")
    anchor = audit.read_anchor(audit.anchor_path(copy))
    assert anchor is not None
    assert anchor.position == entries(target)[-2].id  # the entry after it records the backup itself
    audit.write_anchor(audit.anchor_path(copy), Head(anchor.position + 5, anchor.value, anchor.keyed))
    with pytest.raises(Exception, match="copy.sqlite3.anchor: the anchor names entry"):
        restore_backup(target.url, copy, passphrase=db_passphrase if target.encrypted else None)


# normal use stays clean -------------------------------------------------------------------------------------
def test_normal_use_keeps_the_check_clean(target: Database, clock: FixedClock, tmp_path: Path,
                                          db_passphrase: str) -> None:
    reference = busy_case(target, clock)
    service = CaseService(Workplace(target, clock, "Brigitte Perez"))
    loaded = service.view(reference)
    edited = loaded.case
    edited.notes = "Prefers letters by post"
    service.save(edited, expected_version=loaded.version)
    service.record_outcome(reference, Right.ACCESS, OutcomeKind.GRANTED)
    service.add_note(reference, "Second note")
    assert service.recompute_deadlines() >= 0
    service.record_access(reference, "printed", {"letter": "acknowledgement"})
    copy = tmp_path / "copy.sqlite3"
    backup_database(target, copy, actor="Brigitte Perez")
    service.add_note(reference, "After the backup")
    assert check(target) == []
    target.dispose()
    restore_backup(target.url, copy, passphrase=db_passphrase if target.encrypted else None)
    reopened = Database(target.url, key=target.key, plain=target.key is None)
    try:
        assert check(reopened) == []
        assert entries(reopened)[-1].action == "restored"
    finally:
        reopened.dispose()


def test_a_purge_keeps_the_check_clean(db: Database, clock: FixedClock) -> None:
    reference = busy_case(db, clock)
    other = CaseService(Workplace(db, clock)).open_case(new_case("Bruno Keller"))
    with db.transaction() as session:
        row = load_row(session, reference)
        row.status, row.closed = "closed", date(2010, 1, 4)
    report = PurgeService(Workplace(db, clock)).purge(reference)
    assert report.reference == reference
    assert check(db) == []
    with outside(db) as connection:
        connection.execute(text("UPDATE cases SET notes = 'edited' WHERE reference = :r"), {"r": other})
    [problem] = check(db)
    assert problem.startswith(f"case {other}: the case row differ")


def test_a_changed_passphrase_signs_the_chain_again(encrypted_db: Database, clock: FixedClock,
                                                    db_passphrase: str, fast_kdf: KdfParams) -> None:
    busy_case(encrypted_db, clock)
    before = entries(encrypted_db)
    change_passphrase(encrypted_db, db_passphrase, "a whole new passphrase of some length", kdf=fast_kdf)
    after = entries(encrypted_db)
    assert [e.hash for e in after] == [e.hash for e in before]
    assert all(a.mac != b.mac for a, b in zip(after, before, strict=True))
    assert check(encrypted_db) == []


def make_it_a_revision_0006_database(db: Database) -> int:
    """Turn ``db`` into what version 0006 wrote: no head row, no MACs, no states, entries hashed the old way.
    Returns how many entries it holds."""
    with outside(db) as connection:
        rows = connection.execute(text(
            "SELECT id, at, actor, reference, action, detail FROM audit ORDER BY id"
        )).all()
        previous = audit.GENESIS
        for entry_id, at, actor, reference, action, detail in rows:
            digest = audit.entry_hash(
                at=datetime.fromisoformat(at), actor=actor, reference=reference, action=action,
                detail_sha256=audit.detail_digest(detail), previous_hash=previous,
            )
            connection.execute(text("UPDATE audit SET previous_hash = :p, hash = :h WHERE id = :id"),
                               {"p": previous, "h": digest, "id": entry_id})
            previous = digest
        # What 0014 added after it: who holds each case.
        connection.execute(text("DROP INDEX ix_cases_assignee"))
        connection.execute(text("ALTER TABLE cases DROP COLUMN assignee"))
        # What 0013 put in place of 0010's index: one that also holds the scans' text, numbered by rank.
        for trigger in ("case_search_scan_added", "case_search_scan_changed", "case_search_scan_removed"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        # What 0012 added after it: the versions of the processing register, and the version a letter printed.
        connection.execute(text("DROP TABLE processing_register_versions"))
        connection.execute(text("ALTER TABLE letters DROP COLUMN register_version"))
        # What 0011 added after it: the enclosures' title, source, date and pages.
        for column in ("title", "source", "document_date", "pages"):
            connection.execute(text(f"ALTER TABLE documents DROP COLUMN {column}"))
        # What 0010 added after it: the search index and the triggers keeping it in step.
        for trigger in ("case_search_added", "case_search_removed", "case_search_changed"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        connection.execute(text("DROP TABLE IF EXISTS case_search"))
        # What 0009 took away after it: the rights listed on the case row, beside its case_rights rows.
        connection.execute(text("DROP INDEX ix_case_rights_order"))
        connection.execute(text("ALTER TABLE cases ADD COLUMN rights VARCHAR(200) NOT NULL DEFAULT ''"))
        connection.execute(text(
            "UPDATE cases SET rights = COALESCE((SELECT group_concat(o.\"right\", ',') FROM (SELECT \"right\" "
            "FROM case_rights WHERE case_id = cases.id ORDER BY position) o), '')"
        ))
        # What 0008 added after it: the computed binding date and the urgency index over it.
        connection.execute(text("DROP INDEX ix_cases_urgency"))
        connection.execute(text("ALTER TABLE cases DROP COLUMN binding_date"))
        connection.execute(text("CREATE INDEX ix_cases_urgency ON cases (urgency, due_date, id)"))
        connection.execute(text("DROP TABLE audit_head"))
        connection.execute(text("ALTER TABLE audit DROP COLUMN states"))
        connection.execute(text("ALTER TABLE audit DROP COLUMN mac"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0006'"))
    assert db.anchor_file is not None
    db.anchor_file.unlink()
    db.dispose()
    return len(rows)


def make_it_a_revision_0008_database(db: Database) -> None:
    """Take ``db`` back to revision 0008 through the migrations: the rights listed on the case row again."""
    from alembic import command

    from lazeo_desk.store.database import alembic_config

    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0008")
    db.dispose()


def reopened(db: Database) -> Database:
    return Database(db.url, key=db.key, plain=db.key is None)


def cases_of_many_kinds(db: Database, clock: FixedClock) -> dict[str, tuple[Right, ...]]:
    """A busy case, a case whose rights were reordered and decided, sample cases written in bulk: each case's
    rights as the application reads them."""
    busy_case(db, clock)
    service = CaseService(Workplace(db, clock, "Brigitte Perez"))
    reordered = service.open_case(Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 3),
        rights=(Right.OBJECTION, Right.ACCESS), subject=DataSubject("Joris Peeters"),
    ))
    loaded = service.load(reordered)
    edited = loaded.case
    edited.rights = (Right.WITHDRAW_CONSENT, Right.ACCESS, Right.OBJECTION)
    service.save(edited, expected_version=loaded.version)
    service.record_outcome(reordered, Right.OBJECTION, OutcomeKind.GRANTED, "")
    seed_cases(db, 25, seed=5, clock=clock)
    with db.transaction() as session:
        references = list(session.scalars(select(CaseRow.reference)))
    return {reference: service.load(reference).case.rights for reference in references}


def last_recorded_case_hashes(db: Database) -> dict[str, str]:
    """The hash of each case's row, as the last entry that recorded the case's state recorded it."""
    found: dict[str, str] = {}
    for row in entries(db):
        for reference, state in json.loads(row.states or "{}").items():
            if isinstance(state, dict):
                found[reference] = state["case"]
    return found


def test_a_database_of_revision_0008_upgrades_with_every_right_in_order_and_checks_clean(
    target: Database, clock: FixedClock
) -> None:
    rights = cases_of_many_kinds(target, clock)
    assert check(target) == []
    make_it_a_revision_0008_database(target)
    old = Database(target.url, key=target.key, plain=target.key is None, migrate=False)
    try:
        assert old.revision() == "0008"
        with old.engine.connect() as connection:
            rows = connection.execute(text("SELECT * FROM cases")).mappings().all()
        # The list is back on each case row, and the states the trail recorded are those of these rows, as
        # revision 0008 hashed them: nothing was recorded on the upgrade's behalf.
        assert {row["reference"]: row["rights"] for row in rows} == {
            reference: ",".join(right.value for right in listed) for reference, listed in rights.items()
        }
        recorded = last_recorded_case_hashes(old)
        assert {row["reference"]: audit._part_hash([audit._state_row(row)]) for row in rows} == recorded
        entries_before = len(entries(old))
    finally:
        old.dispose()
    upgraded = reopened(target)
    try:
        assert upgraded.revision() == SCHEMA_HEAD
        assert check(upgraded) == []
        service = CaseService(Workplace(upgraded, clock, "Brigitte Perez"))
        assert {reference: service.load(reference).case.rights for reference in rights} == rights
        assert len(entries(upgraded)) == entries_before
    finally:
        upgraded.dispose()


def test_a_case_of_revision_0008_that_lost_its_rights_rows_gets_them_back_from_its_list(
    target: Database, clock: FixedClock
) -> None:
    reference = busy_case(target, clock)
    make_it_a_revision_0008_database(target)
    with outside(target) as connection:
        connection.execute(text("DELETE FROM case_rights"))
    upgraded = reopened(target)
    try:
        service = CaseService(Workplace(upgraded, clock, "Brigitte Perez"))
        assert service.load(reference).case.rights == (Right.ACCESS, Right.ERASURE)
        # Rebuilt as they were written (no outcome had been recorded), the rows match the state recorded.
        assert check(upgraded) == []
    finally:
        upgraded.dispose()


def test_a_case_of_revision_0008_whose_list_disagrees_with_its_rows_is_named_after_the_upgrade(
    target: Database, clock: FixedClock
) -> None:
    reference = busy_case(target, clock)
    make_it_a_revision_0008_database(target)
    with outside(target) as connection:
        connection.execute(text("UPDATE cases SET rights = 'erasure,access,portability'"))
    upgraded = reopened(target)
    try:
        service = CaseService(Workplace(upgraded, clock, "Brigitte Perez"))
        # No right is lost: the one only the list named is kept, after the rows' own.
        assert service.load(reference).case.rights == (Right.ACCESS, Right.ERASURE, Right.PORTABILITY)
        [problem] = check(upgraded)
        assert problem.startswith(f"case {reference}: ")
        assert "its rights and outcomes" in problem
    finally:
        upgraded.dispose()


@pytest.mark.sqlite_only  # only SQLite files were written by revision 0006
def test_an_old_database_is_keyed_from_its_first_new_entry_and_checks_clean(
    target: Database, clock: FixedClock
) -> None:
    reference = busy_case(target, clock)
    old_entries = make_it_a_revision_0006_database(target)
    upgraded = Database(target.url, key=target.key, plain=target.key is None)
    try:
        rows = entries(upgraded)
        started = rows[-1]
        assert (started.id, started.action, started.actor) == (old_entries + 1, "chain-started", "lazeo-desk")
        assert json.loads(started.states or "{}").keys() == {reference, audit.OUTSIDE_CASES}
        assert all(row.mac is None and row.states is None for row in rows[:-1])
        result = run_check(upgraded)
        assert result.problems == []
        keyed = [line for line in result.lines if line.startswith("Keyed chain")]
        if target.encrypted:
            assert started.mac is not None
            assert keyed == [
                f"Keyed chain: from entry #{old_entries + 1}, every MAC verified; the entries before "
                f"#{old_entries + 1} predate the key and are verified by the unkeyed chain only"
            ]
        else:
            assert started.mac is None
            assert keyed[0].startswith("Keyed chain: none.")
        # From then on, the cases recorded by the first new entry are protected like any other.
        with outside(upgraded) as connection:
            connection.execute(text("UPDATE cases SET notes = 'edited'"))
        [problem] = check(upgraded)
        assert problem.startswith(f"case {reference}: the case row differ")
    finally:
        upgraded.dispose()


def test_cases_loaded_in_bulk_are_recorded_once_and_check_clean(db: Database, clock: FixedClock) -> None:
    references = seed_cases(db, 120, seed=3, clock=clock)
    rows = entries(db)
    stated = [row for row in rows if row.states]
    assert [row.action for row in stated] == ["cases-recomputed"]
    assert sorted(json.loads(stated[0].states or "{}")) == sorted(references)
    assert check(db) == []
    with outside(db) as connection:
        connection.execute(text("UPDATE events SET actor = 'Someone Else' WHERE id = 7"))
    [problem] = check(db)
    assert "its timeline events differ" in problem


def test_a_column_added_by_a_later_version_changes_no_state_until_it_is_filled(
    db: Database, clock: FixedClock
) -> None:
    reference = busy_case(db, clock)
    with outside(db) as connection:
        connection.execute(text("ALTER TABLE cases ADD COLUMN language_of_reply TEXT"))
        connection.execute(text("ALTER TABLE events ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE"))
    assert check(db) == []
    with outside(db) as connection:
        connection.execute(text("UPDATE cases SET language_of_reply = 'fr'"))
    [problem] = check(db)
    assert problem.startswith(f"case {reference}: the case row differ")


@pytest.mark.parametrize(
    ("statement", "part"),
    [
        ("UPDATE events SET text = 'Nothing happened' WHERE kind = 'note'", "its timeline events"),
        ("UPDATE letters SET method = 'email'", "its letters"),
        ("UPDATE documents SET filename = 'other.png'", "its documents"),
        ("UPDATE case_rights SET ground = 'made up' WHERE \"right\" = 'erasure'", "its rights and outcomes"),
        ("UPDATE cases SET subject_email = 'other@example.fr'", "the case row"),
    ],
)
def test_a_change_made_after_tampering_does_not_bless_it(
    target: Database, clock: FixedClock, statement: str, part: str
) -> None:
    reference = busy_case(target, clock)
    with outside(target) as connection:
        connection.execute(text(statement))
    # The DPO goes on working on the case: the note's entry records the new state, and what it found.
    CaseService(Workplace(target, clock, "Brigitte Perez")).add_note(reference, "Reminder sent")
    note = entries(target)[-1]
    problems = check(target)
    assert problems == [
        f"case {reference}: entry #{note.id} found {part} changed outside the application before it was written"
    ]


def test_ordinary_work_finds_nothing_changed_outside(target: Database, clock: FixedClock) -> None:
    reference = busy_case(target, clock)
    service = CaseService(Workplace(target, clock, "Brigitte Perez"))
    service.add_note(reference, "Reminder sent")
    service.record_outcome(reference, Right.ACCESS, OutcomeKind.GRANTED)
    service.add_note(reference, "Second reminder")
    rows = entries(target)
    assert not any(audit.OUTSIDE in (row.states or "") for row in rows)
    assert check(target) == []


def test_a_setting_changed_outside_the_application_is_found(target: Database, clock: FixedClock) -> None:
    busy_case(target, clock)
    # Through the application: recorded, and the check stays clean.
    with target.transaction() as session:
        store_settings.write(session, CASE_RETENTION_YEARS, 7)
    assert check(target) == []
    with outside(target) as connection:
        connection.execute(text("UPDATE settings SET value = '1' WHERE key = 'case_retention_years'"))
    [problem] = check(target)
    assert problem.startswith("the settings differ from the state entry #")


def test_a_file_kept_outside_cases_swapped_with_its_sha256_is_found(target: Database, clock: FixedClock) -> None:
    busy_case(target, clock)
    with target.transaction() as session:
        session.add(DocumentRow(
            case_id=None, kind="letterhead", filename="logo.png", media_type="image/png", size=len(SCAN),
            sha256=sha256(SCAN), content=SCAN, created_at=datetime(2026, 3, 10, 8, 30),
        ))
    assert check(target) == []
    with outside(target) as connection:
        connection.execute(
            text("UPDATE documents SET content = :c, sha256 = :s, size = :n WHERE case_id IS NULL"),
            {"c": OTHER_SCAN, "s": sha256(OTHER_SCAN), "n": len(OTHER_SCAN)},
        )
    [problem] = check(target)
    assert problem.startswith("the files kept outside cases differ from the state entry #")


@pytest.mark.sqlite_only  # only SQLite files were written by revision 0006
def test_settings_written_before_the_states_were_recorded_are_part_of_the_first_entry(
    db: Database, clock: FixedClock
) -> None:
    with db.transaction() as session:
        store_settings.write(session, CASE_RETENTION_YEARS, 7)
    make_it_a_revision_0006_database(db)
    upgraded = Database(db.url, plain=True)
    try:
        started = entries(upgraded)[-1]
        assert started.action == "chain-started"
        assert audit.OUTSIDE_CASES in json.loads(started.states or "{}")
        assert check(upgraded) == []
    finally:
        upgraded.dispose()
