"""The intake dialog counts the date of receipt in the country the DPO confirms (DOMAIN.md "Dates of receipt")."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lazeo_desk.domain.case import Jurisdiction
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.domain.receipt import ZONES
from lazeo_desk.services.cases import CaseService
from lazeo_desk.services.email_intake import read_message
from lazeo_desk.ui.intake_dialog import MessageIntakeDialog

MIDNIGHT = (
    b"From: Camille Martin <camille.martin@example.fr>\r\nTo: dpo@lazeo.com\r\nSubject: Demande d'acces\r\n"
    b"Date: Sat, 09 May 2026 00:20:00 +0200\r\n\r\nBonjour,\r\n\r\nJe demande l'acces a mon dossier.\r\n"
)


@pytest.fixture
def other_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    # The three countries share one legal time today; a country set in another zone makes the recount visible.
    monkeypatch.setitem(ZONES, Jurisdiction.LU, ZoneInfo("America/New_York"))


def midnight_dialog(qtbot: QtBot, service: CaseService, tmp_path: Path) -> MessageIntakeDialog:
    service.clock.set(datetime(2026, 12, 7, 9, 0, tzinfo=service.clock.now().tzinfo))  # type: ignore[attr-defined]
    path = tmp_path / "midnight.eml"
    path.write_bytes(MIDNIGHT)
    dialog = MessageIntakeDialog(service, service.rules(), read_message(path, clock=service.clock))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_midnight_email_is_prefilled_as_received_on_9_may_and_due_on_9_june(
    qtbot: QtBot, service: CaseService, clock: FixedClock, tmp_path: Path
) -> None:
    dialog = midnight_dialog(qtbot, service, tmp_path)
    assert dialog.form.jurisdiction.current() is Jurisdiction.FR
    assert dialog.form.received.date_value() == date(2026, 5, 9)
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    loaded = service.load(stored.args[0].reference)
    assert (loaded.case.received, loaded.deadline.due) == (date(2026, 5, 9), date(2026, 6, 9))


def test_choosing_another_country_counts_the_date_of_receipt_again(
    qtbot: QtBot, service: CaseService, clock: FixedClock, tmp_path: Path, other_zone: None
) -> None:
    dialog = midnight_dialog(qtbot, service, tmp_path)
    form = dialog.form
    qtbot.keyClicks(form.jurisdiction, "L")
    assert form.jurisdiction.current() is Jurisdiction.LU
    assert form.received.date_value() == date(2026, 5, 8)
    # Typed letters within a moment make one search ("LF"): the next choices are made as a list pick does.
    form.jurisdiction.select(Jurisdiction.FR)
    assert form.received.date_value() == date(2026, 5, 9)
    form.jurisdiction.select(Jurisdiction.LU)
    with qtbot.waitSignal(dialog.stored) as stored:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    case = service.load(stored.args[0].reference).case
    assert (case.jurisdiction, case.received) == (Jurisdiction.LU, date(2026, 5, 8))
    # The recount is not the DPO's correction; the country is.
    [opened] = [event for event in case.timeline if event.kind == "opened"]
    corrected = [line for line in opened.text.splitlines() if "corrected by the DPO" in line]
    assert corrected and "jurisdiction" in corrected[0]
    assert "received" not in corrected[0] and "2026-05-09" not in corrected[0]


def test_a_date_the_dpo_typed_stays_when_the_country_changes(
    qtbot: QtBot, service: CaseService, clock: FixedClock, tmp_path: Path, other_zone: None
) -> None:
    dialog = midnight_dialog(qtbot, service, tmp_path)
    form = dialog.form
    form.received.selectAll()
    qtbot.keyClicks(form.received, "11/05/2026")
    assert form.received.date_value() == date(2026, 5, 11)
    qtbot.keyClicks(form.jurisdiction, "L")
    assert form.received.date_value() == date(2026, 5, 11)
