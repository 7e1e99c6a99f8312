"""Sample cases: loaded clearly marked, removed all together in one action, real cases never touched."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.maintenance import check
from lazeo_desk.services.sample_data import SAMPLES_LOADED, SAMPLES_REMOVED, SampleDataService
from lazeo_desk.services.seeding import SAMPLE_NOTE, count_cases
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.audit import verify_chain
from lazeo_desk.store.cases import load_row
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import AuditRow, CaseRow, DocumentRow, EventRow, LetterRow


@pytest.fixture
def samples(db: Database, clock: FixedClock) -> SampleDataService:
    return SampleDataService(Workplace(db, clock, "Brigitte Perez"))


def _real_case(service: CaseService, *, notes: str = "") -> str:
    return service.open_case(Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 5),
        rights=(Right.ACCESS,), subject=DataSubject(name="Ëlodie Vercammen", centre="Gent"), notes=notes,
    ))


def _audit(db: Database, action: str) -> list[AuditRow]:
    with db.transaction() as session:
        return list(session.scalars(select(AuditRow).where(AuditRow.action == action)))


def test_loaded_sample_cases_are_marked_and_counted(samples: SampleDataService, db: Database) -> None:
    references = samples.load(12)
    assert len(references) == 12
    assert samples.count() == 12
    with db.transaction() as session:
        notes = session.scalars(select(CaseRow.notes)).all()
    assert all(SAMPLE_NOTE in note for note in notes)
    [entry] = _audit(db, SAMPLES_LOADED)
    assert json.loads(entry.detail)["references"] == references
    assert entry.actor == "Brigitte Perez"


def test_removing_the_samples_leaves_the_real_cases(
    samples: SampleDataService, service: CaseService, db: Database
) -> None:
    real = _real_case(service)
    # A DPO who quotes the sample note in a real case's notes does not make it a sample case.
    quoting = _real_case(service, notes=f"Not a {SAMPLE_NOTE}, a real request")
    loaded = samples.load(15)
    assert samples.count() == 15
    removal = samples.remove_all()
    assert sorted(removal.references) == sorted(loaded)
    assert removal.cases == 15
    assert samples.count() == 0
    assert count_cases(db) == 2
    assert service.load(real).case.subject.name == "Ëlodie Vercammen"
    assert service.load(quoting).case.notes.startswith("Not a")


def test_a_sample_case_goes_whole_with_its_timeline_letters_and_documents(
    samples: SampleDataService, service: CaseService, db: Database
) -> None:
    [reference] = samples.load(1)
    service.add_note(reference, "explored the timeline")
    content = b"%PDF sample letter"
    with db.transaction() as session:
        case_id = load_row(session, reference).id
        digest = hashlib.sha256(content).hexdigest()
        session.add(LetterRow(
            case_id=case_id, kind="acknowledgement", language="nl", sent_on=date(2026, 3, 6), method="post",
            pdf=content, sha256=digest, created_at=datetime(2026, 3, 6),
        ))
        session.add(DocumentRow(
            case_id=case_id, kind="email", filename="request.eml", media_type="message/rfc822",
            size=len(content), sha256=digest, content=content, created_at=datetime(2026, 3, 6),
        ))
    removal = samples.remove_all()
    assert (removal.cases, removal.letters, removal.documents) == (1, 1, 1)
    with db.transaction() as session:
        for table in (CaseRow, EventRow, LetterRow, DocumentRow):
            assert session.scalar(select(func.count()).select_from(table)) == 0


def test_the_removal_is_one_audit_entry_naming_the_cases_and_the_chain_holds(
    samples: SampleDataService, db: Database
) -> None:
    loaded = samples.load(5)
    samples.remove_all()
    [entry] = _audit(db, SAMPLES_REMOVED)
    detail = json.loads(entry.detail)
    assert sorted(detail["references"]) == sorted(loaded)
    assert detail["cases"] == 5
    assert entry.actor == "Brigitte Perez"
    with db.transaction() as session:
        assert verify_chain(session).ok
    # The entry records the sample cases as gone: the full check, case states included, stays clean.
    assert json.loads(entry.states or "{}") == dict.fromkeys(loaded, "absent")
    assert check(db) == []


def test_removed_sample_references_are_not_handed_out_again(
    samples: SampleDataService, service: CaseService
) -> None:
    loaded = samples.load(3)
    samples.remove_all()
    reference = _real_case(service)
    assert reference not in loaded
    assert all(reference > earlier for earlier in loaded if earlier.startswith("DSAR-2026-"))


def test_removing_when_there_is_no_sample_case_changes_nothing(
    samples: SampleDataService, service: CaseService, db: Database
) -> None:
    real = _real_case(service)
    removal = samples.remove_all()
    assert removal.cases == 0
    assert _audit(db, SAMPLES_REMOVED) == []
    assert service.load(real).case.reference == real


def test_at_least_one_sample_case_is_loaded(samples: SampleDataService) -> None:
    with pytest.raises(ValueError, match="at least one"):
        samples.load(0)
