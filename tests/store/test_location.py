"""Where the database lives: --db, LAZEO_DESK_DB or the user data folder; owner-only folders and files."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from lazeo_desk.store.database import Database
from lazeo_desk.store.location import DB_ENV, database_file, database_url


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A permissive umask, so that owner-only permissions come from the code, not the environment."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_db_path_becomes_an_absolute_sqlite_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    url = database_url("cases.sqlite3", {})
    assert url == f"sqlite:///{tmp_path.resolve() / 'cases.sqlite3'}"
    assert database_file(url) == tmp_path.resolve() / "cases.sqlite3"


def test_a_db_path_may_start_with_the_home_folder(private_home: Path) -> None:
    url = database_url("~/desk.sqlite3", {})
    assert database_file(url) == private_home.resolve() / "desk.sqlite3"


@pytest.mark.parametrize(
    "url", ["sqlite:////srv/dpo/cases.sqlite3", "sqlite://", "postgresql+psycopg://dpo@localhost/lazeo"]
)
def test_a_db_url_is_used_as_given(url: str) -> None:
    assert database_url(url, {}) == url


def test_the_environment_variable_is_used_without_the_option(tmp_path: Path) -> None:
    url = database_url(None, {DB_ENV: str(tmp_path / "env.sqlite3")})
    assert database_file(url) == tmp_path.resolve() / "env.sqlite3"


def test_the_environment_variable_may_be_a_url() -> None:
    assert database_url(None, {DB_ENV: "sqlite://"}) == "sqlite://"


def test_the_option_wins_over_the_environment_variable(tmp_path: Path) -> None:
    url = database_url(str(tmp_path / "option.sqlite3"), {DB_ENV: str(tmp_path / "env.sqlite3")})
    assert database_file(url) == tmp_path.resolve() / "option.sqlite3"


def test_the_environment_is_read_from_the_process_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DB_ENV, str(tmp_path / "process.sqlite3"))
    assert database_file(database_url(None)) == tmp_path.resolve() / "process.sqlite3"


def test_without_option_or_variable_the_database_is_in_the_user_data_folder(private_home: Path) -> None:
    path = database_file(database_url(None, {}))
    assert path is not None
    # The autouse fixture points XDG_DATA_HOME at <home>/data: platformdirs must follow it.
    assert path.is_relative_to((private_home / "data").resolve())
    assert path.suffix == ".sqlite3"


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "postgresql://dpo@localhost/lazeo"])
def test_urls_without_a_file_have_no_database_file(url: str) -> None:
    assert database_file(url) is None


@pytest.mark.usefixtures("open_umask")
def test_the_default_folder_and_file_are_readable_by_the_user_only() -> None:
    url = database_url(None, {})
    path = database_file(url)
    assert path is not None
    assert not path.parent.exists()
    database = Database(url, plain=True)
    try:
        assert _mode(path.parent) == 0o700
        assert _mode(path) == 0o600
    finally:
        database.dispose()


@pytest.mark.usefixtures("open_umask")
def test_a_database_named_with_db_gets_an_owner_only_folder_and_file(tmp_path: Path) -> None:
    path = tmp_path / "new-folder" / "desk.sqlite3"
    database = Database(database_url(str(path), {}), plain=True)
    try:
        assert _mode(path.parent) == 0o700
        assert _mode(path) == 0o600
    finally:
        database.dispose()


@pytest.mark.usefixtures("open_umask")
def test_the_journal_files_of_a_new_database_are_readable_by_the_user_only(tmp_path: Path) -> None:
    # An existing folder the user shares (0755 here): the journal holds the latest writes, i.e. health data.
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    path = folder / "desk.sqlite3"
    database = Database(database_url(str(path), {}), plain=True)
    try:
        with database.transaction() as session:
            session.execute(text("INSERT INTO settings (key, value) VALUES ('actor', '\"Brigitte Perez\"')"))
        journals = [p for p in folder.iterdir() if p != path]
        assert journals, "expected the WAL journal files next to the database"
        assert {p.name: oct(_mode(p)) for p in journals} == {p.name: oct(0o600) for p in journals}
    finally:
        database.dispose()


def test_an_in_memory_url_opens_a_working_database() -> None:
    database = Database("sqlite://", plain=True)
    try:
        assert database.revision() is not None
        assert database.location == "sqlite://"
    finally:
        database.dispose()
