"""The window's search box finds a case by a word read on its scanned letter, through the index or by scanning."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from scan_texts import keep_scan_text, without_search_indexes

from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.services.passphrase import create_database
from lazeo_desk.store.database import Database
from lazeo_desk.store.encryption import KdfParams
from lazeo_desk.ui.main_window import MainWindow

Store = Callable[..., str]


@pytest.fixture(params=["index", "scanning"])
def db(request: pytest.FixtureRequest, tmp_path: Path, fast_kdf: KdfParams, db_passphrase: str) -> Iterator[Database]:
    """The window's database: encrypted and searched through its indexes, or without them and searched by scanning."""
    if request.param == "index":
        database = create_database(f"sqlite:///{tmp_path / 'indexed.sqlite3'}", db_passphrase, kdf=fast_kdf)
    else:
        database = Database(f"sqlite:///{tmp_path / 'scanned.sqlite3'}", plain=True)
        without_search_indexes(database)
    yield database
    database.dispose()


def _type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.focus_search()
    window.filters.search.selectAll()
    qtbot.keyClicks(window.filters.search, text)
    qtbot.waitUntil(lambda: not window.filters.search_pending())


def _rows(window: MainWindow) -> list[str]:
    return [window.model.reference_at(row) for row in range(window.model.rowCount())]


def test_a_word_read_on_a_scanned_letter_finds_its_case_in_the_search_box(
    qtbot: QtBot, db: Database, clock: FixedClock, stored: Store, window: MainWindow
) -> None:
    helene = stored(name="Hélène Lefèvre")
    wout = stored(name="Wout Claes")
    keep_scan_text(db, clock, helene, "Madame, Monsieur,\nJe suis suivie en kinésithérapie à Lyon.\nHélène Lefèvre")
    keep_scan_text(db, clock, wout, "Geachte,\nIk vraag een kopie van mijn dossier.\nWout Claes")
    window.model.reload()
    assert sorted(_rows(window)) == sorted([helene, wout])
    for typed, listed in [
        ("kinesitherapie", [helene]),
        ("KOPIE", [wout]),
        ("lefevre lyon", [helene]),  # the name in the case, the city only in the letter
        ("wout lyon", []),
        ("dossier claes", [wout]),
    ]:
        _type_search(qtbot, window, typed)
        assert _rows(window) == listed, typed
