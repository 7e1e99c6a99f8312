"""Working as a team on one database: who holds each case, "My cases", a save that lost the race saying who
changed what, and references that stay unique and gap-free when several programs open cases at once."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language, OutcomeKind, RightOutcome
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.rights import Right
from lazeo_desk.domain.status import Status
from lazeo_desk.services.cases import CaseRuleError, CaseService, ChangedMeanwhile, reapplied
from lazeo_desk.services.maintenance import check
from lazeo_desk.services.register import RegisterService
from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import CaseRow
from lazeo_desk.store.register import CaseFilter


def _case(name: str = "Sofie Peeters", received: date = date(2026, 3, 5)) -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE,
        language=Language.NL,
        channel=Channel.EMAIL,
        received=received,
        rights=(Right.ACCESS,),
        subject=DataSubject(name=name, email="sofie.peeters@example.be", centre="Antwerpen"),
    )


def _as(db: Database, clock: FixedClock, person: str) -> CaseService:
    return CaseService(Workplace(db, clock, person))


def _timeline(service: CaseService, reference: str) -> list[tuple[str, str, str]]:
    return [(e.actor, e.kind, e.text) for e in service.load(reference).case.timeline]


# Assignment -------------------------------------------------------------------------------------------------------


def test_a_new_case_is_held_by_nobody_until_it_is_assigned(service: CaseService) -> None:
    reference = service.open_case(_case())
    assert service.load(reference).case.assignee == ""
    assigned = service.assign(reference, "  marc.dupont ")
    assert assigned.case.assignee == "marc.dupont"
    assert service.load(reference).case.assignee == "marc.dupont"
    assert _timeline(service, reference)[-1] == ("Brigitte Perez", "assigned", "assigned to marc.dupont")


def test_reassigning_and_releasing_a_case_say_who_held_it(service: CaseService) -> None:
    reference = service.open_case(_case())
    service.assign(reference, "marc.dupont")
    service.assign(reference, "ines.martin")
    service.assign(reference, "")
    lines = [text for _actor, kind, text in _timeline(service, reference) if kind == "assigned"]
    assert lines == [
        "assigned to marc.dupont",
        "reassigned from marc.dupont to ines.martin",
        "no longer assigned to ines.martin",
    ]
    assert service.load(reference).case.assignee == ""


def test_assigning_a_case_to_whoever_already_holds_it_is_refused_and_writes_nothing(service: CaseService) -> None:
    reference = service.open_case(_case())
    service.assign(reference, "marc.dupont")
    version = service.load(reference).version
    with pytest.raises(CaseRuleError, match="already assigned to marc.dupont"):
        service.assign(reference, "marc.dupont")
    with pytest.raises(CaseRuleError, match="assigned to nobody"):
        service.assign(service.open_case(_case("Jan Claes")), "")
    assert service.load(reference).version == version


@pytest.mark.parametrize("person", ["marc\ndupont", "x" * 121, "tab\there"])
def test_a_name_that_is_not_one_short_printable_line_is_refused(service: CaseService, person: str) -> None:
    reference = service.open_case(_case())
    with pytest.raises(CaseRuleError) as refused:
        service.assign(reference, person)
    assert refused.value.sentences[0].startswith("assignee: ")
    assert service.load(reference).case.assignee == ""


def test_saving_the_form_keeps_an_assignment_made_meanwhile_out_of_the_edit(service: CaseService) -> None:
    reference = service.open_case(_case())
    service.assign(reference, "marc.dupont")
    loaded = service.load(reference)
    loaded.case.notes = "called the centre"
    loaded.case.assignee = "someone typed in"
    saved = service.save(loaded.case, expected_version=loaded.version)
    assert saved.case.assignee == "marc.dupont"
    assert saved.case.notes == "called the centre"


def test_assigning_keeps_the_audit_check_clean(service: CaseService, db: Database) -> None:
    reference = service.open_case(_case())
    service.assign(reference, "marc.dupont")
    service.assign(reference, "ines.martin")
    service.assign(reference, "")
    assert check(db) == []


def test_my_cases_lists_only_the_cases_the_person_holds(db: Database, clock: FixedClock) -> None:
    brigitte = _as(db, clock, "Brigitte Perez")
    first = brigitte.open_case(_case("Sofie Peeters"))
    second = brigitte.open_case(_case("Jan Claes"))
    brigitte.open_case(_case("Lotte Jacobs"))
    brigitte.assign(first, "marc.dupont")
    brigitte.assign(second, "ines.martin")
    register = RegisterService(Workplace(db, clock, "marc.dupont"))
    mine = register.page(CaseFilter(assignee="marc.dupont"), clock.today())
    assert [(row.reference, row.assignee) for row in mine] == [(first, "marc.dupont")]
    everyone = {row.reference: row.assignee for row in register.page(CaseFilter(), clock.today())}
    assert everyone == {first: "marc.dupont", second: "ines.martin", everyone_else(everyone): ""}


def everyone_else(holders: dict[str, str]) -> str:
    return next(reference for reference, holder in holders.items() if not holder)


# A save that lost the race -------------------------------------------------------------------------------------


def test_a_stale_save_names_who_changed_what_and_hands_back_the_current_case(
    db: Database, clock: FixedClock
) -> None:
    brigitte, marc = _as(db, clock, "Brigitte Perez"), _as(db, clock, "marc.dupont")
    reference = brigitte.open_case(_case())
    mine = brigitte.load(reference)
    theirs = marc.load(reference)
    theirs.case.subject.patient_number = "P-2231"
    marc.save(theirs.case, expected_version=theirs.version)
    marc.add_note(reference, "phoned the requester")
    mine.case.notes = "my own edit"
    with pytest.raises(ChangedMeanwhile) as lost:
        brigitte.save(mine.case, expected_version=mine.version)
    refusal = lost.value
    assert refusal.people == ("marc.dupont",)
    assert refusal.sentences[0] == (
        f"{reference} was changed by marc.dupont since you opened it (version 1, now 3): this change was not saved"
    )
    assert refusal.sentences[1:] == (
        "marc.dupont: patient number: (empty) → P-2231",
        "marc.dupont: phoned the requester",
    )
    assert [change.kind for change in refusal.changes] == ["edited", "note"]
    assert refusal.current.version == 3
    assert refusal.current.case.subject.patient_number == "P-2231"
    assert brigitte.load(reference).case.notes == ""


def test_a_stale_status_move_names_the_change_made_since_the_version_it_read(
    db: Database, clock: FixedClock
) -> None:
    brigitte, ines = _as(db, clock, "Brigitte Perez"), _as(db, clock, "ines.martin")
    reference = brigitte.open_case(_case())
    stale = brigitte.load(reference).version
    ines.assign(reference, "ines.martin")
    with pytest.raises(ChangedMeanwhile) as lost:
        brigitte.change_status(reference, Status.IN_PROGRESS, expected_version=stale)
    assert lost.value.sentences[1:] == ("ines.martin: assigned to ines.martin",)
    assert brigitte.load(reference).case.status is Status.NEW


def test_a_long_list_of_changes_is_named_in_part_and_counted(db: Database, clock: FixedClock) -> None:
    brigitte, marc = _as(db, clock, "Brigitte Perez"), _as(db, clock, "marc.dupont")
    reference = brigitte.open_case(_case())
    mine = brigitte.load(reference)
    for number in range(10):
        marc.add_note(reference, f"note {number}")
    with pytest.raises(ChangedMeanwhile) as lost:
        brigitte.save(mine.case, expected_version=mine.version)
    assert lost.value.sentences[-1] == "and 2 more changes"
    assert len(lost.value.changes) == 10


def test_edits_applied_again_keep_what_the_other_changed_and_the_person_left_alone() -> None:
    opened = _case()
    mine = copy.deepcopy(opened)
    mine.notes = "my note"
    mine.subject = replace(mine.subject, email="sofie@new.example")
    mine.outcomes = {Right.ACCESS: RightOutcome(OutcomeKind.GRANTED)}
    theirs = copy.deepcopy(opened)
    theirs.subject = replace(theirs.subject, patient_number="P-2231", email="theirs@example.be")
    theirs.request_text = "the letter, typed in"
    merged = reapplied(opened, mine, theirs)
    assert merged.notes == "my note"
    assert merged.request_text == "the letter, typed in"
    # Field by field inside the data subject: their patient number stays, my e-mail wins where both changed it.
    assert (merged.subject.patient_number, merged.subject.email) == ("P-2231", "sofie@new.example")
    assert merged.outcomes == {Right.ACCESS: RightOutcome(OutcomeKind.GRANTED)}
    assert (opened.notes, theirs.notes) == ("", "")


# Concurrent creation ------------------------------------------------------------------------------------------


def _as_programs(db: Database, clock: FixedClock, workers: int, work: Callable[[CaseService, int], None]) -> None:
    """Run ``work`` in ``workers`` threads started at once, each a program of its own (its own engine and
    connections on the same database) acting as person-N; any failure fails the test."""
    failures: list[BaseException] = []
    start = threading.Barrier(workers)

    def program(number: int) -> None:
        own = Database(db.url, plain=True)
        try:
            service = _as(own, clock, f"person-{number}")
            start.wait()
            work(service, number)
        except BaseException as error:  # noqa: BLE001  (reported below)
            failures.append(error)
        finally:
            own.dispose()

    threads = [threading.Thread(target=program, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_cases_opened_at_once_by_several_programs_get_unique_gap_free_references(
    db: Database, clock: FixedClock
) -> None:
    workers, each = 4, 6
    made: list[str] = []

    def work(service: CaseService, number: int) -> None:
        for item in range(each):
            made.append(service.open_case(_case(f"Person {number}-{item}")))

    _as_programs(db, clock, workers, work)
    assert len(made) == len(set(made)) == workers * each
    with db.transaction() as session:
        sequences = sorted(session.scalars(select(CaseRow.sequence).where(CaseRow.year == 2026)))
    assert sequences == list(range(1, workers * each + 1))
    assert sorted(made) == [f"DSAR-2026-{n:04d}" for n in range(1, workers * each + 1)]
    assert check(db) == []


def test_concurrent_saves_of_one_case_lose_no_update_and_keep_one_audit_chain(db: Database, clock: FixedClock) -> None:
    reference = _as(db, clock, "Brigitte Perez").open_case(_case())
    workers, each = 3, 4
    saved: list[str] = []
    retried: list[int] = []

    def work(service: CaseService, number: int) -> None:
        for item in range(each):
            token = f"p{number}i{item}"
            while True:
                loaded = service.load(reference)
                loaded.case.notes = (loaded.case.notes + " " + token).strip()
                try:
                    service.save(loaded.case, expected_version=loaded.version)
                    break
                except ChangedMeanwhile:
                    retried.append(number)
            saved.append(token)

    _as_programs(db, clock, workers, work)
    final = _as(db, clock, "Brigitte Perez").load(reference)
    assert sorted(final.case.notes.split()) == sorted(saved) and len(saved) == workers * each
    # One version per save, whichever program made it: none was written over a version it had not read.
    assert final.version == 1 + workers * each
    assert check(db) == []
