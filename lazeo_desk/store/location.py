"""Where the database lives: the user data folder, or what ``--db`` / ``LAZEO_DESK_DB`` say."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "lazeo-desk"
APP_AUTHOR = "LAZEO"
DB_ENV = "LAZEO_DESK_DB"
DB_FILENAME = "lazeo-desk.sqlite3"


def data_folder() -> Path:
    """The user data folder (created on demand, readable by the user only)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return data_folder() / DB_FILENAME


def is_url(text: str) -> bool:
    return "://" in text


def database_url(option: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The SQLAlchemy URL to open: ``--db`` first, then ``LAZEO_DESK_DB``, then the user data folder.

    Both accept a file path or an SQLAlchemy URL.
    """
    chosen = option or environ.get(DB_ENV) or ""
    if chosen and is_url(chosen):
        return chosen
    path = Path(chosen).expanduser() if chosen else default_database_path()
    return f"sqlite:///{path.resolve()}"


def database_file(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for an in-memory or non-SQLite database."""
    prefix = "sqlite:///"
    rest = url[len(prefix):] if url.startswith(prefix) else ""
    # "file:" names an SQLite URI (e.g. read-only mode); its options are not part of a path.
    if not rest or rest == ":memory:" or rest.startswith("file:"):
        return None
    return Path(rest.split("?", 1)[0])


def prepare_folder(path: Path) -> None:
    """Create the database's folder with owner-only permissions (health data)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
