"""The window records reading: opening a case in the case pane is one ``viewed`` entry, not one per repaint."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lazeo_desk.domain.organisation import DEFAULT_PROFILE
from lazeo_desk.services.actor import current_actor
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.database import Database
from lazeo_desk.store.models import AuditRow
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
