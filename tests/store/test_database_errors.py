"""A database that cannot be used is refused with one sentence a DPO can act on, and is left untouched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from lazeo_desk.domain.case import Case, Channel, DataSubject, Jurisdiction, Language
from lazeo_desk.domain.rights import Right
from lazeo_desk.services.cases import CaseService
from lazeo_desk.store import engines
from lazeo_desk.store.database import Database, StoreError


def new_case() -> Case:
    return Case(
        jurisdiction=Jurisdiction.BE, language=Language.NL, channel=Channel.EMAIL, received=date(2026, 3, 5),
        rights=(Right.ACCESS,), subject=DataSubject("Ëlodie Vercammen", email="elodie@example.be"),
    )


def test_a_file_that_is_not_a_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    content = b"%PDF-1.7\n" + bytes(range(256)) * 20
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a lazeo-desk database"):
        Database(f"sqlite:///{path}", plain=True)
    assert path.read_bytes() == content


def test_a_database_from_a_newer_version_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'newer.sqlite3'}"
    newer = Database(url, plain=True)
    with newer.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    newer.dispose()
    with pytest.raises(StoreError) as caught:
        Database(url, plain=True).dispose()
    assert "\n" not in str(caught.value)
    assert "0999" in str(caught.value) or "newer" in str(caught.value)


def test_a_transaction_that_fails_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES ('closure_days', '[]')"))
        raise RuntimeError("the DPO's action failed half-way")
    with db.transaction() as session:
        assert session.execute(text("SELECT count(*) FROM settings")).scalar() == 0


def test_a_server_that_cannot_be_reached_is_named_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        Database(f"postgresql+psycopg://lazeo@/lazeo?host={tmp_path / 'no-server-here'}")
    assert str(caught.value).startswith("The database server cannot be reached: ")
    assert "\n" not in str(caught.value)


def test_a_nul_character_is_kept_in_a_file_and_refused_by_a_server_with_nothing_saved(
    service: CaseService, db: Database
) -> None:
    reference = service.open_case(new_case())
    if not db.on_server:
        service.add_note(reference, "before\x00after")
        assert "before\x00after" in [event.text for event in service.load(reference).case.timeline]
        return
    with pytest.raises(StoreError, match="^A text holds a NUL character, which a PostgreSQL database cannot store"):
        service.add_note(reference, "before\x00after")
    assert "before" not in "".join(event.text for event in service.load(reference).case.timeline)


def test_a_second_program_waits_for_the_write_lock_then_says_the_database_is_busy(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engines, "LOCK_TIMEOUT_MS", 200)
    other = Database(db.url, plain=True)
    try:
        with db.transaction() as session:
            session.execute(text("INSERT INTO settings (key, value) VALUES ('closure_days', '[]')"))
            with pytest.raises(StoreError, match="^The database is busy in another window or program"), \
                    other.transaction() as waiting:
                waiting.execute(text("SELECT count(*) FROM settings"))
        # Once the first transaction ended, the other program writes.
        with other.transaction() as session:
            assert session.execute(text("SELECT count(*) FROM settings")).scalar() == 1
    finally:
        other.dispose()
