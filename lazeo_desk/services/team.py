"""Team mode: setting up a shared PostgreSQL server and the people who work on it (see
:mod:`lazeo_desk.store.team` for what each role may do and how the server enforces it)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.exc import DatabaseError

from lazeo_desk.domain.messages import said
from lazeo_desk.services.passphrase import open_server_database
from lazeo_desk.store import engines, team
from lazeo_desk.store.database import Database, StoreError, explain
from lazeo_desk.store.team import AppRole, Person, TeamError, check_role_name

__all__ = [
    "AppRole", "Person", "TeamError", "add_person", "check_role_name", "init_server", "people", "remove_person",
    "role_of",
]

NOT_ON_SQLITE = said(
    "People and roles exist only on a PostgreSQL server (team mode); a database file is one DPO's alone."
)


def _server(url: str) -> Database:
    if not engines.on_server(url):
        raise TeamError(NOT_ON_SQLITE)
    return open_server_database(url)


def init_server(url: str) -> None:
    """Bring the database at ``url`` to the current schema and set up the team's roles, grants, row-level
    security and audit trigger (run by a superuser or the database owner; running it again changes nothing)."""
    db = _server(url)
    try:
        with db.engine.begin() as connection:
            team.set_up(connection)
    except DatabaseError as error:
        raise StoreError(explain(error)) from error
    finally:
        db.dispose()


def add_person(url: str, role_name: str, role: AppRole, centres: Sequence[str], password: str | None) -> None:
    """Let ``role_name`` sign in as a ``role`` of the team (with their ``centres``, for an assistant)."""
    check_role_name(role_name)
    db = _server(url)
    try:
        with db.engine.begin() as connection:
            team.add_person(connection, role_name, role, tuple(dict.fromkeys(centres)), password)
    except DatabaseError as error:
        raise StoreError(explain(error)) from error
    finally:
        db.dispose()


def people(url: str) -> list[Person]:
    db = _server(url)
    try:
        with db.engine.begin() as connection:
            return team.people(connection)
    except DatabaseError as error:
        raise StoreError(explain(error)) from error
    finally:
        db.dispose()


def remove_person(url: str, role_name: str) -> bool:
    """Take ``role_name`` out of the team and drop their login role; False when they were not in it."""
    check_role_name(role_name)
    db = _server(url)
    try:
        with db.engine.begin() as connection:
            return team.remove_person(connection, role_name)
    except DatabaseError as error:
        raise StoreError(explain(error)) from error
    finally:
        db.dispose()


def role_of(db: Database) -> AppRole | None:
    """The team role of whoever has ``db`` open (None: a database file, a server database not set up for a team,
    or a person in none of the groups; a superuser is a DPO)."""
    if not db.on_server:
        return None
    try:
        with db.engine.connect() as connection:
            return team.app_role_of(connection) if team.is_set_up(connection) else None
    except DatabaseError as error:
        raise StoreError(explain(error)) from error
