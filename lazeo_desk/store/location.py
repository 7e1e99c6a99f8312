"""Where the database lives: the user data folder, or what ``--db`` / ``LAZEO_DESK_DB`` say."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from lazeo_desk.domain.messages import Message, said

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


# The files that make up one database besides the file itself: SQLite's journals, the key parameters (and those
# of a change under way), the audit anchor, lock files, and the journal of a restore under way. Nothing the
# program writes for the DPO (a letter, an export) may replace one of them, nor a backup.
RESTORE_JOURNAL_SUFFIX = ".restore-journal"
COMPANION_SUFFIXES = (
    "-wal", "-shm", "-journal", ".keyparams", ".keyparams-new", ".anchor", ".lock", RESTORE_JOURNAL_SUFFIX,
)
# Daily backups: ``lazeo-desk-<database id>-YYYY-MM-DD.sqlite3`` (and the older ``lazeo-desk-YYYY-MM-DD.sqlite3``).
BACKUP_NAME = re.compile(r"^lazeo-desk-(?:(?P<owner>[0-9a-f]{16})-)?(?P<day>\d{4}-\d{2}-\d{2})\.sqlite3$")

_in_use: set[Path] = set()
_backup_folders: set[Path] = set()


def remember_database(path: Path) -> None:
    """Note that the database at ``path`` is opened by this program, so that no file written replaces it."""
    _in_use.add(path.absolute())


def remember_backup_folder(folder: Path) -> None:
    """Note a folder that holds backups (the default one is always known)."""
    _backup_folders.add(folder.expanduser().absolute())


def companions(path: Path) -> tuple[Path, ...]:
    """The database at ``path`` and every file that belongs to it."""
    return (path, *(path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES))


def database_identity(path: Path) -> str:
    """A short name for the database at ``path`` (from its resolved path), to keep its backups apart from those
    of another database."""
    return hashlib.sha256(os.fsencode(path.expanduser().resolve())).hexdigest()[:16]


def _same(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _is_database_file(path: Path) -> bool:
    """Whether ``path`` is an SQLite database, plain, or encrypted with its key parameters beside it."""
    from lazeo_desk.store.encryption import FileKind, file_kind, sidecar_path

    try:
        if not path.is_file():
            return False
        kind = file_kind(path)
    except OSError:
        return False
    return kind is FileKind.PLAIN or (kind is FileKind.ENCRYPTED and sidecar_path(path).exists())


def _holds_backups(folder: Path) -> bool:
    if folder in _backup_folders or _same(folder, default_backup_folder()):
        return True
    if any(_same(folder, known) for known in _backup_folders):
        return True
    try:
        with os.scandir(folder) as entries:
            return any(BACKUP_NAME.match(entry.name) for entry in entries)
    except OSError:
        return False


def default_backup_folder() -> Path:
    return data_folder() / "backups"


def protected_reason(path: Path, *, backups: bool = True) -> Message | None:
    """Why no file may be written at ``path``, or None: it is (or belongs to) a database in use, a database or a
    backup, or it lies in a backup folder (``backups=False`` lets a backup replace an older one).

    Paths are compared resolved (symbolic links, ``..``) and by identity (hard links, another mount of the same
    folder), never as text.
    """
    target = path.expanduser().absolute()
    resolved = target.resolve()
    for database in tuple(_in_use):
        for companion in companions(database):
            if resolved == companion.resolve() or _same(target, companion):
                return said("it is the database in use or one of its files")
    if not backups:
        return None
    if _is_database_file(resolved):
        return said("it is a lazeo-desk database or backup")
    for suffix in COMPANION_SUFFIXES:
        if resolved.name.endswith(suffix) and len(resolved.name) > len(suffix):
            if _is_database_file(resolved.with_name(resolved.name[: -len(suffix)])):
                return said("it belongs to a lazeo-desk database or backup")
    if _holds_backups(resolved.parent):
        return said("it is in a folder of lazeo-desk backups")
    return None
