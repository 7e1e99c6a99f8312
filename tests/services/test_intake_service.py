"""The intake service: what the import dialogs ask — prepare a file, create a case from it, or link it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.messages import Message, said
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import ImportOutcome, IntakeRefused, propose_case, read_message
from lazeo_desk.services.intake import CORRECTION_CHARS, IntakeService
from lazeo_desk.store.documents import DocumentKind

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "requests"


@pytest.fixture
def intake(service: CaseService, clock: FixedClock) -> IntakeService:
    clock.set(datetime(2026, 7, 10, 9, 0, tzinfo=clock.now().tzinfo))
    return IntakeService(service.place)


def test_a_new_message_is_prepared_with_the_rules_and_no_match(intake: IntakeService) -> None:
    draft = read_message(SAMPLES / "01-nl-access-gent.eml", clock=intake.clock)
    prepared = intake.prepare(draft.original, DocumentKind.EMAIL, draft)
    assert prepared.matches == ()
    assert prepared.rules.info_request_limit_days > 0


def test_created_linked_then_refused_the_second_time(intake: IntakeService, service: CaseService) -> None:
    first = read_message(SAMPLES / "01-nl-access-gent.eml", clock=intake.clock)
    created = intake.create_from_message(first, propose_case(first).case, corrections=("received: 2026-07-01",))
    assert created.outcome is ImportOutcome.CREATED and created.reference is not None
    opened = service.load(created.reference).case.timeline[0]
    assert opened.actor == "Brigitte Perez"
    assert "corrected by the DPO: received: 2026-07-01" in opened.text

    reminder = read_message(SAMPLES / "06-nl-reminder.eml", clock=intake.clock)
    [match] = intake.prepare(reminder.original, DocumentKind.EMAIL, reminder).matches
    assert match.reference == created.reference
    linked = intake.link_message(reminder, created.reference, match)
    assert linked.outcome is ImportOutcome.LINKED
    event = service.load(created.reference).case.timeline[-1]
    assert f"linked by the DPO to {created.reference}: same e-mail address" in event.text

    with pytest.raises(IntakeRefused, match=created.reference):
        intake.prepare(reminder.original, DocumentKind.EMAIL, reminder)


def test_a_long_correction_is_cut_in_its_value_and_kept_as_a_sentence(
    intake: IntakeService, service: CaseService
) -> None:
    draft = read_message(SAMPLES / "01-nl-access-gent.eml", clock=intake.clock)
    rewritten = said("{field}: {old} → {new}", field=said("notes"), old="", new="x" * 500)
    created = intake.create_from_message(draft, propose_case(draft).case, corrections=(rewritten,))
    assert created.reference is not None
    [corrected] = [
        line for line in service.load(created.reference).case.timeline[0].lines if line.startswith("corrected")
    ]
    assert isinstance(corrected, Message) and corrected.template == "corrected by the DPO: {change}"
    change = corrected.values["change"]
    assert isinstance(change, Message) and change.template == "{field}: {old} → {new}"
    assert change.values["new"] == "x" * (CORRECTION_CHARS - 1) + "…"
    assert change.values["field"] == "notes"
