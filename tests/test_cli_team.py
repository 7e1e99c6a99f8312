"""The command line of team mode: ``init-server`` and ``person add|list|remove`` on the PostgreSQL test server, and
their refusals on a database file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from lazeo_desk.cli import main


def test_person_commands_on_a_database_file_are_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--db", str(tmp_path / "lazeo.sqlite3"), "person", "list"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "only on a PostgreSQL server" in err
    assert not (tmp_path / "lazeo.sqlite3").exists()


def test_init_server_on_a_database_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["init-server", f"sqlite:///{tmp_path / 'lazeo.sqlite3'}"])
    assert status == 2
    assert "sets up a PostgreSQL server" in capsys.readouterr().err
    assert not (tmp_path / "lazeo.sqlite3").exists()


def test_a_server_on_another_machine_without_verified_tls_is_refused_before_connecting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A name that would not resolve: the refusal comes before any connection is tried.
    status = main(["init-server", "postgresql+psycopg://dpo@db.lazeo.invalid/lazeo?sslmode=require"])
    err = capsys.readouterr().err
    assert status == 1
    assert "sslmode=verify-full" in err and err.count("\n") == 1


@pytest.mark.postgresql_only
def test_init_server_then_people_added_listed_and_removed(
    team_server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init-server", team_server_url]) == 0
    assert main(["init-server", team_server_url]) == 0
    password = tmp_path / "password"
    password.write_text("correct horse\n", encoding="utf-8")
    db = ["--db", team_server_url]
    assert main([*db, "person", "add", "ana", "--role", "assistant", "--centre", "Gent", "--centre", "Antwerpen",
                 "--password-file", str(password)]) == 0
    assert main([*db, "person", "add", "chloe", "--role", "dpo", "--no-password"]) == 0
    capsys.readouterr()
    assert main([*db, "person", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == ["ana\tassistant\tGent, Antwerpen", "chloe\tdpo\tevery centre"]
    assert main([*db, "person", "remove", "chloe"]) == 0
    engine = create_engine(team_server_url)
    with engine.connect() as connection:
        roles = set(connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname IN ('ana', 'chloe')")
        ).scalars())
        member = connection.execute(text("SELECT pg_has_role('ana', 'lazeo_assistant', 'MEMBER')")).scalar()
    engine.dispose()
    assert roles == {"ana"} and member


@pytest.mark.postgresql_only
@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (["add", "Ana Smith", "--role", "dpo", "--no-password"], "role name: Ana Smith is not usable"),
        (["add", "lazeo_dpo", "--role", "dpo", "--no-password"], "role name: lazeo_dpo is not usable"),
        (["add", "ana", "--role", "assistant", "--no-password"], "an assistant needs at least one centre"),
        (["add", "ana", "--role", "assistant", "--centre", " ", "--no-password"], "centre's name cannot be empty"),
        (["add", "ana", "--role", "dpo"], "give --password-file FILE, or --no-password"),
        (["remove", "dirk"], "dirk is not in the team"),
    ],
)
def test_person_commands_refuse_bad_input_in_one_line_changing_nothing(
    team_server_url: str, arguments: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init-server", team_server_url]) == 0
    capsys.readouterr()
    assert main(["--db", team_server_url, "person", *arguments]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1
    engine = create_engine(team_server_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM team_members")).scalar() == 0
    engine.dispose()


@pytest.mark.postgresql_only
def test_people_cannot_be_listed_before_init_server(team_server_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", team_server_url, "person", "list"]) == 2
    assert "run lazeo-desk init-server first" in capsys.readouterr().err
