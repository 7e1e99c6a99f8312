"""A database that cannot be used is refused with one sentence a DPO can act on, and is left untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from lazeo_desk.store.database import Database, StoreError


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
