"""A restore that can be interrupted at any instant: the journal of the swap, and what the next start does with it.

Putting a backup in place of the database takes several renames (the old database and its companion files set
aside, the verified copy moved in, its key parameters after it). Before the first of them, a small journal beside
the database (``<database>.restore-journal``) names the files involved; after each step it records the step done.
Whatever opens the database next (the window, any command) first reads the journal, if there is one: before the
copy was moved in, the swap is rolled back (the database set aside comes back, with its key parameters); after,
it is finished (the restored copy's key parameters follow it). So a kill at any moment leaves either the old
database or the restored one, each with its own key parameters, and never an empty database in their place.

Partial copies and temporary files that a killed backup or restore left beside the database are removed when
it is next opened (:func:`remove_stale_partials`). The module also tells, without any key, whether another
program has the database open (:func:`in_use`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import struct
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lazeo_desk.domain.messages import Message, said
from lazeo_desk.store.audit import ANCHOR_SUFFIX
from lazeo_desk.store.encryption import SIDECAR_SUFFIX, fsync_folder
from lazeo_desk.store.location import RESTORE_JOURNAL_SUFFIX

FORMAT = 1
# The steps, in order; the journal lists those done.
VERIFIED = "backup-verified"  # the copy (and its key parameters) are complete beside the database
SET_ASIDE = "old-set-aside"  # the database and its companions renamed to the aside name
MOVED_IN = "new-moved-in"  # the copy renamed to the database's name
KEYPARAMS = "keyparams-moved"  # the copy's key parameters and audit anchor renamed to the database's
STEPS = (VERIFIED, SET_ASIDE, MOVED_IN, KEYPARAMS)
# The companions that move with a database set aside (and back again on a roll-back).
# The audit anchor among them: a database rolled back without its anchor would look truncated to ``check``.
COMPANIONS = ("-wal", "-shm", "-journal", SIDECAR_SUFFIX, ANCHOR_SUFFIX)


class RecoveryError(Exception):
    """The journal cannot be followed (unreadable, or the files are not where it says): nothing was changed."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Journal:
    """What a restore under way is doing to the database at ``database``."""

    database: Path
    copy: str  # the verified copy's file name, in the database's folder
    aside: str | None  # where the database is set aside (None: there was no database)
    keyparams: bool  # whether the copy has key parameters (an encrypted backup) beside it
    backup: str = ""
    done: list[str] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return journal_path(self.database)

    def file(self, name: str) -> Path:
        return self.database.with_name(name)

    def record(self, step: str) -> None:
        """Note ``step`` as done, on disk, before the next one begins."""
        if step not in self.done:
            self.done.append(step)
        _write(self.path, {
            "format": FORMAT, "database": self.database.name, "copy": self.copy, "aside": self.aside,
            "keyparams": self.keyparams, "backup": self.backup, "done": self.done,
        })

    def finish(self) -> None:
        self.path.unlink(missing_ok=True)
        fsync_folder(self.database.parent)


def journal_path(database: Path) -> Path:
    return database.with_name(database.name + RESTORE_JOURNAL_SUFFIX)


def _write(path: Path, data: dict[str, Any]) -> None:
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    descriptor = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(data, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def _plain_name(value: object) -> str:
    # The journal names files of the database's own folder, nothing else.
    if not isinstance(value, str) or not value or "/" in value or "\\" in value or value in (".", ".."):
        raise ValueError("not a file name")
    return value


def read(database: Path) -> Journal | None:
    """The journal beside ``database``, or None when no restore was interrupted. Raises RecoveryError."""
    path = journal_path(database)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(65536)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise RecoveryError(_unreadable(path, str(error.strerror or error))) from None
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("unknown format")
        aside = data.get("aside")
        done = data.get("done")
        if not isinstance(done, list) or not all(step in STEPS for step in done):
            raise ValueError("unknown steps")
        return Journal(
            database=database,
            copy=_plain_name(data.get("copy")),
            aside=None if aside is None else _plain_name(aside),
            keyparams=bool(data.get("keyparams")),
            backup=str(data.get("backup", "")),
            done=list(done),
        )
    except (ValueError, UnicodeDecodeError) as error:
        raise RecoveryError(_unreadable(path, str(error))) from None


def _unreadable(path: Path, detail: str) -> Message:
    return said(
        "A restore was interrupted and its journal {file} cannot be read ({detail}): nothing was opened or "
        "changed. The database set aside is beside it, named <database>.before-restore-…",
        file=path.name,
        detail=detail,
    )


def _rename(source: Path, target: Path) -> None:
    os.replace(source, target)


def _move_set(source: Path, target: Path) -> None:
    """``source`` and its companion files renamed to ``target``'s names, those that exist and are not there."""
    if source.exists() and not target.exists():
        _rename(source, target)
    for suffix in COMPANIONS:
        companion = source.with_name(source.name + suffix)
        moved = target.with_name(target.name + suffix)
        if companion.exists() and not moved.exists():
            _rename(companion, moved)


def _remove_set(path: Path) -> None:
    for name in (path.name, *(path.name + suffix for suffix in COMPANIONS)):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(name).unlink()


# When this run of the program began: a partial copy older than that was left by a run that was killed.
_RUN_STARTED = time.time()
# Partial copies, and the temporary files key parameters and journals are written to before being renamed.
_PARTIAL_NAME = re.compile(r"^\..+\.(?:partial-|(?:keyparams|keyparams-new|restore-journal)\.tmp-)(\d+)$")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def remove_stale_partials(folder: Path) -> tuple[Path, ...]:
    """Remove the partial copies (``.<name>.partial-<pid>``, with their companions) that a killed backup or
    restore left in ``folder``: older than this run, and of a process that is gone. A copy still being written
    by another program is left alone."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return ()
    for entry in entries:
        match = _PARTIAL_NAME.match(entry.name)
        if match is None:
            continue
        try:
            if entry.stat(follow_symlinks=False).st_mtime >= _RUN_STARTED or _alive(int(match.group(1))):
                continue
        except OSError:
            continue
        _remove_set(Path(entry.path))
        removed.append(Path(entry.path))
    return tuple(removed)


def recover(database: Path) -> Message | None:
    """Finish or roll back a restore interrupted at ``database``; what was done (a sentence), or None when no
    restore was under way. Raises RecoveryError when the journal cannot be followed."""
    journal = read(database)
    if journal is None:
        remove_stale_partials(database.parent)
        return None
    copy = journal.file(journal.copy)
    aside = journal.file(journal.aside) if journal.aside else None
    moved_in = MOVED_IN in journal.done or (
        # Killed between the rename and the journal's note of it: the copy is gone from its name, and the
        # database's name holds it (the old database having been set aside first, when there was one).
        (SET_ASIDE in journal.done or (aside is None and VERIFIED in journal.done))
        and not copy.exists()
        and database.exists()
    )
    if moved_in:
        if journal.keyparams:
            sidecar = copy.with_name(copy.name + SIDECAR_SUFFIX)
            if sidecar.exists():
                _rename(sidecar, database.with_name(database.name + SIDECAR_SUFFIX))
        # The backup's anchor travels with its copy, so that the restored trail can be checked against it.
        anchor = copy.with_name(copy.name + ANCHOR_SUFFIX)
        if anchor.exists():
            _rename(anchor, database.with_name(database.name + ANCHOR_SUFFIX))
        journal.record(KEYPARAMS)
        fsync_folder(database.parent)
        journal.finish()
        return said(
            "A restore was interrupted after the backup had been put in place: it was finished ({backup}).",
            backup=journal.backup,
        )
    if aside is not None and aside.exists():
        if database.exists() and database.stat().st_size > 0:
            raise RecoveryError(
                said(
                    "A restore was interrupted, and both the database set aside ({aside}) and another database at "
                    "its place exist: nothing was opened or changed. Keep the right one under the database's name "
                    "and remove {journal}.",
                    aside=aside.name,
                    journal=journal.path.name,
                )
            )
        if database.exists() and not database.stat().st_size:
            database.unlink()
        _move_set(aside, database)
    _remove_set(copy)
    fsync_folder(database.parent)
    journal.finish()
    return said(
        "A restore was interrupted before the backup was put in place: the database is as it was before it."
    )


# is the database open elsewhere? ------------------------------------------------------------------------------
# SQLite (and SQLCipher) hold a shared lock on one byte of the ``-shm`` file for as long as a connection has a
# database in WAL mode open: the "dead man switch" byte, at offset 128 of the unix VFS's lock area.
_DMS_OFFSET = 128
# File descriptors that must stay open: closing a file drops every POSIX lock this process holds on it, which
# would take SQLite's own locks away from a connection of this very process.
_kept_open: list[int] = []


def in_use(database: Path) -> bool:
    """Whether a program (another one, or this one) has the database open, told without its key.

    Only where the system can tell (Linux's open-file-description locks); elsewhere False, and the restore
    relies on the check it makes with the key of the database replaced.
    """
    import fcntl

    getlk = getattr(fcntl, "F_OFD_GETLK", None)
    if getlk is None or not sys.platform.startswith("linux"):
        return False
    try:
        descriptor = os.open(database.with_name(database.name + "-shm"), os.O_RDWR)
    except OSError:
        return False  # no shared memory file: no connection in WAL mode
    layout = "hhqqi"
    query = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, _DMS_OFFSET, 1, 0).ljust(32, b"\0")
    try:
        answer = fcntl.fcntl(descriptor, getlk, query)
    except OSError:
        os.close(descriptor)
        return False
    held = struct.unpack(layout, answer[: struct.calcsize(layout)])[0] != fcntl.F_UNLCK
    if held:
        _kept_open.append(descriptor)
    else:
        os.close(descriptor)
    return held
