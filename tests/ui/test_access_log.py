"""The window records reading: opening a case in the case pane is one ``viewed`` entry, not one per repaint."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lazeo_desk.app import welcome_if_first_run
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.services import printing
from lazeo_desk.services.actor import current_actor
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.letters import LetterService, SendMethod
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import AuditRow
from lazeo_desk.ui import letter_dialog
from lazeo_desk.ui.letter_dialog import LetterDialog, PrinterChoice
from lazeo_desk.ui.letter_log import LetterLogView
from lazeo_desk.ui.main_window import MainWindow

Store = Callable[..., str]


def viewed(db: Database, reference: str) -> list[AuditRow]:
    with db.transaction() as session:
        query = select(AuditRow).where(AuditRow.reference == reference, AuditRow.action == "viewed")
        return list(session.scalars(query.order_by(AuditRow.id)))


def test_opening_a_case_in_the_window_records_one_viewed_entry(
    qtbot: QtBot, open_window: Callable[..., MainWindow], stored: Store, db: Database
) -> None:
    with db.transaction() as session:
        store_settings.set_organisation_profile(session, replace(DEFAULT_PROFILE, dpo_name="Anne Martens"))
    window = open_window()
    reference = stored()
    window.refresh()
    assert window.open_reference(reference)
    detail = window.detail
    assert detail is not None and detail.isVisible()
    # Painting, reloading after a save and choosing it again while open are not new readings.
    detail.repaint()
    detail.reload()
    assert window.open_reference(reference)
    qtbot.wait(10)
    [entry] = viewed(db, reference)
    assert entry.actor == current_actor(db) == "Anne Martens"


def test_closing_and_opening_the_case_again_is_a_second_reading(
    window: MainWindow, stored: Store, db: Database
) -> None:
    first, second = stored(), stored()
    window.refresh()
    assert window.open_reference(first)
    window.close_detail()
    assert window.open_reference(first)
    assert window.open_reference(second)
    assert len(viewed(db, first)) == 2
    assert len(viewed(db, second)) == 1


def _letter_dialog(qtbot: QtBot, service: CaseService, reference: str) -> LetterDialog:
    dialog = LetterDialog(case_service=service, reference=reference, preview_delay_ms=0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ready)
    return dialog


def test_a_letter_printed_or_saved_from_the_window_is_an_access_entry(
    qtbot: QtBot, service: CaseService, stored: Store, db: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = stored()
    dialog = _letter_dialog(qtbot, service, reference)
    monkeypatch.setattr(
        printing, "print_pdf",
        lambda pdf, *, printer, title, copies=1: printing.PrintJob(printer or "default", "7"),
    )
    monkeypatch.setattr(letter_dialog, "choose_printer", lambda _parent, _title: PrinterChoice("lazeo-pdf", 2))
    assert dialog.print_letter()
    assert dialog.save_pdf(tmp_path / "brief.pdf") == tmp_path / "brief.pdf"
    assert dialog.draft is not None
    with db.transaction() as session:
        rows = session.scalars(select(AuditRow).where(AuditRow.reference == reference).order_by(AuditRow.id))
        found = [(row.action, row.actor, json.loads(row.detail)) for row in rows][-2:]
    common = {"letter": "acknowledgement", "language": "nl", "sha256": dialog.draft.sha256}
    assert found == [
        ("printed", service.actor, {**common, "printer": "lazeo-pdf", "copies": 2}),
        ("saved", service.actor, {**common, "file": str(tmp_path / "brief.pdf")}),
    ]


def test_a_copy_of_a_sent_letter_saved_from_the_letter_log_is_exported(
    qtbot: QtBot, service: CaseService, stored: Store, db: Database, tmp_path: Path
) -> None:
    reference = stored()
    letters = LetterService(service)
    letters.send(reference, letters.draft(reference, LetterKind.ACKNOWLEDGEMENT), method=SendMethod.EMAIL)
    view = LetterLogView(letters=letters)
    qtbot.addWidget(view)
    view.show()
    assert view.show_case(reference)
    view.select_row(0)
    target = tmp_path / "copy.pdf"
    assert view.save_copy(target) == target
    [sent] = letters.log(reference)
    with db.transaction() as session:
        last = session.scalars(select(AuditRow).order_by(AuditRow.id.desc()).limit(1)).one()
        assert (last.action, last.actor, last.reference) == ("exported", service.actor, reference)
        assert json.loads(last.detail) == {
            "letter": sent.id, "kind": "acknowledgement", "sha256": sent.sha256, "file": str(target),
        }


def test_the_name_given_in_the_welcome_signs_what_the_window_records_next(
    open_window: Callable[..., MainWindow], stored: Store, db: Database, clock: FixedClock
) -> None:
    window = open_window()
    wizard = welcome_if_first_run(window, db, clock)
    assert wizard is not None
    # What finishing the welcome's profile page stores, then the welcome closes.
    with db.transaction() as session:
        store_settings.set_organisation_profile(session, replace(DEFAULT_PROFILE, dpo_name="Anne Martens"))
    wizard.reject()
    reference = stored()
    window.refresh()
    assert window.open_reference(reference)
    [entry] = viewed(db, reference)
    assert entry.actor == "Anne Martens"
