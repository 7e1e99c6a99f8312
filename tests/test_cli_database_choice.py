"""A mistyped --db never quietly starts an empty database: a missing folder is refused, a new file announced."""

from __future__ import annotations

from pathlib import Path

import pytest

from lazeo_desk.cli import main
from lazeo_desk.domain.clock import FixedClock
from lazeo_desk.store.location import database_file, database_url


@pytest.fixture(autouse=True)
def plain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAZEO_DESK_PLAIN", "1")


@pytest.mark.parametrize(
    "command", [["case", "list"], ["check"], ["seed", "--cases", "2"], ["purge"], ["backup", "copy.sqlite3"]]
)
def test_a_db_in_a_folder_that_does_not_exist_is_refused_and_nothing_is_created(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    typo = tmp_path / "dossiers-dpo" / "desk.sqlite3"
    assert main(["--db", str(typo), *command], clock=clock) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"lazeo-desk: error: db: the folder {typo.parent} does not exist; nothing was created (give --create to "
        "start a new database there)\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_the_environment_variable_with_a_missing_folder_is_refused_too(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LAZEO_DESK_DB", str(tmp_path / "nowhere" / "desk.sqlite3"))
    assert main(["case", "list"], clock=clock) == 2
    assert list(tmp_path.iterdir()) == []


def test_the_window_is_not_started_on_a_missing_folder(tmp_path: Path, clock: FixedClock) -> None:
    assert main(["--db", str(tmp_path / "nowhere" / "desk.sqlite3")], clock=clock) == 2
    assert list(tmp_path.iterdir()) == []


def test_create_makes_the_folder_and_the_database_silently(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new" / "desk.sqlite3"
    assert main(["--db", str(path), "--create", "case", "list"], clock=clock) == 0
    assert capsys.readouterr().err == "0 cases\n"
    assert path.is_file()


def test_a_new_file_in_an_existing_folder_is_announced_so_it_never_looks_like_lost_cases(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk-typo.sqlite3"
    assert main(["--db", str(path), "case", "list"], clock=clock) == 0
    assert capsys.readouterr().err == f"lazeo-desk: new empty database created at {path}\n0 cases\n"
    assert main(["--db", str(path), "case", "list"], clock=clock) == 0
    assert capsys.readouterr().err == "0 cases\n"


def test_the_user_data_folder_is_still_created_on_first_run(
    clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    default = database_file(database_url(None, {}))
    assert default is not None and not default.parent.exists()
    assert main(["case", "list"], clock=clock) == 0
    assert default.is_file()
    assert "new empty database created" in capsys.readouterr().err


def test_a_missing_database_with_a_copy_set_aside_by_a_restore_is_pointed_out(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    aside = tmp_path / "desk.sqlite3.before-restore-20260310-093000"
    aside.write_bytes(b"SQLite format 3\x00")
    assert main(["--db", str(tmp_path / "desk.sqlite3"), "case", "list"], clock=clock) == 0
    err = capsys.readouterr().err
    assert f"a database set aside by a restore is beside it: {aside}" in err


def test_the_demo_database_in_the_user_data_folder_is_created_on_first_use(
    clock: FixedClock, private_home: Path
) -> None:
    from lazeo_desk.store.location import data_folder

    demo = data_folder() / "demo.sqlite3"
    assert not demo.parent.exists()
    assert main(["--db", str(demo), "seed", "--cases", "1"], clock=clock) == 0
    assert demo.is_file()


def test_a_database_on_a_server_is_not_restored_from_a_missing_dump_and_no_passphrase_is_asked(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    server = f"postgresql+psycopg://lazeo@/lazeo?host={tmp_path / 'socket'}"
    dump = tmp_path / "team.dump"
    assert main(["--db", server, "restore", str(dump)], clock=clock) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"lazeo-desk: the restore failed, nothing was replaced: there is no backup file at {dump}\n"


def test_a_server_that_does_not_answer_is_said_in_one_line(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    server = f"postgresql+psycopg://lazeo@/lazeo?host={tmp_path / 'socket'}"
    assert main(["--db", server, "case", "list"], clock=clock) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("lazeo-desk: The database server cannot be reached: ")
    assert err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
