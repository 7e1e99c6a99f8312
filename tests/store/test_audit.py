"""The audit trail: every change is an entry in its own transaction, and the hash chain shows tampering."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from outside_access import outside_sql
from sqlalchemy import func, select, update

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status, TransitionError
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.seeding import seed_cases
from lazeo_desk.store import audit
from lazeo_desk.store.cases import load_row
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import AuditRow, DocumentRow, LetterRow
from lazeo_desk.store.settings import INFO_REQUEST_LIMIT_DAYS, set_setting

PROJECT = Path(__file__).resolve().parents[2]


def new_case(name: str = "Ëlodie Vercammen") -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 5),
        rights=(Right.ACCESS, Right.MEDICAL_RECORD), subject=DataSubject(name, email="elodie@example.be"),
    )


def entries(db: Database) -> list[AuditRow]:
    with db.transaction() as session:
        return list(session.scalars(select(AuditRow).order_by(AuditRow.id)))


def detail(row: AuditRow) -> dict[str, Any]:
    value = json.loads(row.detail)
    assert isinstance(value, dict)
    return value


def outside(db: Database, *statements: str) -> None:
    """Change the database as someone with an SQLite shell (or psql) would, outside the application."""
    for statement in statements:
        outside_sql(db, statement)


def chain(db: Database) -> audit.ChainReport:
    with db.transaction() as session:
        return audit.verify_chain(session)


# what is recorded -------------------------------------------------------------------------------------------
def test_opening_a_case_records_who_when_and_its_values(service: CaseService, db: Database) -> None:
    reference = service.open_case(new_case())
    [entry] = entries(db)
    assert (entry.actor, entry.reference, entry.action) == ("Brigitte Perez", reference, "opened")
    assert entry.at == datetime(2026, 3, 10, 8, 30)  # 9:30 in Paris, kept in UTC
    changes = detail(entry)["changes"]
    assert changes["subject_name"] == [None, "Ëlodie Vercammen"]
    assert changes["rights"] == [None, "access,medical-record"]


def test_an_edit_records_each_old_and_new_value(service: CaseService, db: Database) -> None:
    reference = service.open_case(new_case())
    loaded = service.load(reference)
    edited = loaded.case
    edited.subject.name = "Elodie Vercammen-Peeters"
    edited.notes = "called back"
    service.save(edited, expected_version=loaded.version)
    entry = entries(db)[-1]
    assert entry.action == "edited"
    assert detail(entry)["changes"] == {
        "subject_name": ["Ëlodie Vercammen", "Elodie Vercammen-Peeters"],
        "notes": ["", "called back"],
    }


def test_a_status_change_records_the_old_and_new_status(service: CaseService, db: Database) -> None:
    reference = service.open_case(new_case())
    service.change_status(reference, Status.IN_PROGRESS)
    entry = entries(db)[-1]
    assert entry.action == "status"
    changes = detail(entry)["changes"]
    assert changes["status"] == ["new", "in-progress"]
    assert "status: new → in progress" in str(detail(entry)["event"])


def test_an_outcome_records_the_right_it_is_for(service: CaseService, db: Database) -> None:
    from lazeo_desk.domain.case import OutcomeKind

    reference = service.open_case(new_case())
    service.record_outcome(reference, Right.ACCESS, OutcomeKind.PARTLY_GRANTED, "Art 15(4): third parties")
    changes = detail(entries(db)[-1])["changes"]
    assert changes == {
        "outcome access": [None, "partly-granted"],
        "ground access": ["", "Art 15(4): third parties"],
    }


def test_a_refused_action_leaves_no_entry(service: CaseService, db: Database) -> None:
    reference = service.open_case(new_case())
    before = len(entries(db))
    with pytest.raises(TransitionError):
        service.change_status(reference, Status.CLOSED)
    assert len(entries(db)) == before


def test_an_entry_is_rolled_back_with_its_change(service: CaseService, db: Database) -> None:
    reference = service.open_case(new_case())
    with pytest.raises(RuntimeError), db.transaction() as session:
        load_row(session, reference).notes = "never saved"
        session.flush()
        assert session.scalar(select(func.count()).select_from(AuditRow)) == 2
        raise RuntimeError("the action fails after its change was written")
    assert len(entries(db)) == 1


def test_letters_and_documents_are_recorded_with_the_actor_of_the_transaction(
    service: CaseService, db: Database, clock: FixedClock
) -> None:
    reference = service.open_case(new_case())
    with db.transaction() as session:
        audit.act_as(session, "Brigitte Perez", clock.now())
        case_id = load_row(session, reference).id
        session.add(LetterRow(
            case_id=case_id, kind="acknowledgement", language="nl", sent_on=date(2026, 3, 10), method="email",
            pdf=b"%PDF-1.7 letter", sha256="ab" * 32, created_at=datetime.now(),
        ))
        session.add(DocumentRow(case_id=case_id, kind="scan", filename="id-card.png", media_type="image/png",
                                size=3, sha256="cd" * 32, content=b"png", delete_after_verification=True,
                                created_at=datetime.now()))
    with db.transaction() as session:
        audit.act_as(session, "Brigitte Perez", clock.now())
        document = session.scalars(select(DocumentRow)).one()
        document.content = None
        document.deleted_at = datetime(2026, 3, 10, 8, 31)
    letter, added, erased = entries(db)[-3:]
    actions = [e.action for e in (letter, added, erased)]
    assert actions == ["letter-recorded", "document-added", "document-erased"]
    assert {e.reference for e in (letter, added, erased)} == {reference}
    assert {e.actor for e in (letter, added, erased)} == {"Brigitte Perez"}
    assert detail(letter)["changes"]["sha256"] == [None, "ab" * 32]
    assert detail(erased)["changes"] == {
        "content": ["3 bytes", None], "deleted_at": [None, "2026-03-10 08:31:00.000000"]
    }
    assert detail(erased)["file"] == "id-card.png"


def test_deleting_a_case_records_its_old_values(service: CaseService, db: Database) -> None:
    reference = service.open_case(new_case())
    with db.transaction() as session:
        session.delete(load_row(session, reference))
    entry = entries(db)[-1]
    assert (entry.action, entry.reference) == ("case-deleted", reference)
    assert detail(entry)["changes"]["subject_name"] == ["Ëlodie Vercammen", None]
    assert chain(db).ok


def test_a_setting_change_is_recorded(db: Database) -> None:
    with db.transaction() as session:
        audit.act_as(session, "Brigitte Perez")
        set_setting(session, INFO_REQUEST_LIMIT_DAYS, 10)
    entry = entries(db)[-1]
    assert (entry.action, entry.actor) == ("setting-changed", "Brigitte Perez")
    assert detail(entry) == {"setting": "info_request_limit_days", "changes": {"value": [None, "10"]}}


def test_bulk_inserts_are_recorded_with_the_references_they_add(db: Database, clock: FixedClock) -> None:
    references = seed_cases(db, 3, seed=4, clock=clock)
    recorded = [detail(e) for e in entries(db) if e.action == "bulk-insert"]
    assert {"table": "cases", "rows": 3, "references": references} in recorded
    assert chain(db).ok


def test_audit_rows_cannot_be_written_around_the_chain(service: CaseService, db: Database) -> None:
    service.open_case(new_case())
    with pytest.raises(audit.AuditError), db.transaction() as session:
        session.add(AuditRow(at=datetime.now(), actor="x", reference="", action="forged", detail="{}",
                             previous_hash=audit.GENESIS, hash=audit.GENESIS))
    with pytest.raises(audit.AuditError), db.transaction() as session:
        session.execute(update(AuditRow).values(actor="someone else"))
    assert len(entries(db)) == 1


# the chain --------------------------------------------------------------------------------------------------
@pytest.fixture
def five_entries(service: CaseService, db: Database) -> Database:
    reference = service.open_case(new_case())
    for text in ("first call", "second call", "third call", "fourth call"):
        service.add_note(reference, text)
    assert [e.id for e in entries(db)] == [1, 2, 3, 4, 5]
    return db


def test_an_untouched_trail_verifies(five_entries: Database) -> None:
    report = chain(five_entries)
    assert report.ok
    assert report.entries == 5
    assert report.describe() == "Audit trail: 5 entries, chain intact"


def test_each_entry_links_to_the_hash_of_the_one_before(five_entries: Database) -> None:
    rows = entries(five_entries)
    assert rows[0].previous_hash == audit.GENESIS
    assert [r.previous_hash for r in rows[1:]] == [r.hash for r in rows[:-1]]


@pytest.mark.parametrize(
    ("statements", "first_broken", "reason"),
    [
        (["UPDATE audit SET detail = replace(detail, 'second', 'other') WHERE id = 3"], 3, "changed outside"),
        (["UPDATE audit SET actor = 'Someone Else' WHERE id = 2"], 2, "changed outside"),
        (["UPDATE audit SET at = '2026-01-01 00:00:00.000000' WHERE id = 4"], 4, "changed outside"),
        (["DELETE FROM audit WHERE id = 3"], 4, "does not follow entry #2"),
        (["DELETE FROM audit WHERE id = 1"], 2, "entries before it were removed"),
        (["UPDATE audit SET id = 99 WHERE id = 2"], 3, "does not follow entry #1"),
        (["UPDATE audit SET id = -3 WHERE id = 3", "UPDATE audit SET id = 3 WHERE id = 2",
          "UPDATE audit SET id = 2 WHERE id = -3"], 2, "does not follow entry #1"),
    ],
    ids=["detail edited", "actor edited", "time edited", "entry removed", "first entry removed",
         "entry moved", "entries swapped"],
)
def test_tampering_outside_the_app_names_the_first_broken_entry(
    five_entries: Database, statements: list[str], first_broken: int, reason: str
) -> None:
    outside(five_entries, *statements)
    report = chain(five_entries)
    assert report.first_broken == first_broken
    assert reason in report.reason
    assert f"entry #{first_broken} is broken" in report.describe()


def test_an_edit_with_its_hash_recomputed_still_breaks_the_next_link(five_entries: Database) -> None:
    row = entries(five_entries)[2]
    forged_detail = row.detail.replace("second", "other")
    forged_hash = audit.entry_hash(
        at=row.at, actor=row.actor, reference=row.reference, action=row.action,
        detail_sha256=audit.detail_digest(forged_detail), previous_hash=row.previous_hash,
        states_sha256=audit.detail_digest(row.states) if row.states is not None else None,
    )
    outside_sql(five_entries, "UPDATE audit SET detail = ?, hash = ? WHERE id = 3", forged_detail, forged_hash)
    report = chain(five_entries)
    assert report.first_broken == 4
    assert "does not follow entry #3" in report.reason


def test_a_detail_removed_without_a_purge_counts_as_tampering(five_entries: Database) -> None:
    row = entries(five_entries)[1]
    marker = audit.redaction_marker(audit.detail_digest(row.detail))
    outside_sql(five_entries, "UPDATE audit SET detail = ? WHERE id = 2", marker)
    report = chain(five_entries)
    assert report.first_broken == 2
    assert "never purged" in report.reason


def test_a_trail_redacted_by_a_purge_still_verifies(five_entries: Database, clock: FixedClock) -> None:
    reference = entries(five_entries)[0].reference
    with five_entries.transaction() as session:
        assert audit.redact(session, reference) == 5
        audit.append(session, [audit.AuditEntry(datetime(2031, 3, 11), "DPO", reference, audit.PURGED, {})])
    rows = entries(five_entries)
    assert "Ëlodie" not in "".join(r.detail for r in rows)
    assert chain(five_entries).ok


_field_text = st.text(max_size=30)


@given(
    first=st.tuples(_field_text, _field_text, _field_text, _field_text, _field_text),
    second=st.tuples(_field_text, _field_text, _field_text, _field_text, _field_text),
)
def test_different_entries_never_share_a_hash(
    first: tuple[str, str, str, str, str], second: tuple[str, str, str, str, str]
) -> None:
    def digest(fields: tuple[str, str, str, str, str]) -> str:
        actor, reference, action, text, previous = fields
        return audit.entry_hash(
            at=datetime(2026, 3, 10, 8, 30), actor=actor, reference=reference, action=action,
            detail_sha256=audit.detail_digest(text), previous_hash=previous,
        )

    assert (digest(first) == digest(second)) == (first == second)


# concurrency ------------------------------------------------------------------------------------------------
_WRITER = """
import sys
from datetime import datetime, timezone
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database

db = Database(sys.argv[1], migrate=False, plain=True)
service = CaseService(Workplace(db, FixedClock(datetime.now(timezone.utc)), sys.argv[3]))
for number in range(int(sys.argv[4])):
    service.add_note(sys.argv[2], f"note {number} by {sys.argv[3]}")
"""


def test_two_processes_appending_at_once_keep_one_chain(service: CaseService, db: Database) -> None:
    first, second = service.open_case(new_case("Anna Peeters")), service.open_case(new_case("Bram Maes"))
    notes = 25
    environment = {**os.environ, "PYTHONPATH": str(PROJECT)}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, db.url, reference, actor, str(notes)], env=environment
        )
        for reference, actor in ((first, "writer-a"), (second, "writer-b"))
    ]
    assert [writer.wait(timeout=60) for writer in writers] == [0, 0]
    report = chain(db)
    assert report.ok, report.describe()
    assert report.entries == 2 + 2 * notes
    by_actor = [e.actor for e in entries(db)[2:]]
    assert by_actor.count("writer-a") == by_actor.count("writer-b") == notes


def test_entries_are_stamped_in_utc() -> None:
    moment = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    assert audit.naive_utc(moment) == datetime(2026, 3, 10, 9, 30)
