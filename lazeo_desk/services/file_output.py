"""Writing a file the DPO asked for (a letter's PDF, an export) whole or not at all."""

from __future__ import annotations

import atexit
import errno
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

import platformdirs

from lazeo_desk.domain.messages import Explained
from lazeo_desk.store.location import APP_AUTHOR, APP_NAME, protected_reason

T = TypeVar("T")


class ProtectedFile(Explained, OSError):
    """The path asked for is the database, one of its files, or a backup: it is never written over."""


def refuse_protected(path: Path) -> None:
    """Raise :class:`ProtectedFile` when ``path`` must not be written (before any work is spent on its content)."""
    reason = protected_reason(path)
    if reason is not None:
        raise ProtectedFile(reason)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (see :func:`stream_atomically`)."""
    stream_atomically(path, lambda handle: handle.write(data))


def stream_atomically(path: Path, write: Callable[[BinaryIO], T]) -> T:
    """Have ``write`` fill ``path``: first a private file beside it, then renamed over it, so that a full disk or
    a crash leaves the old file (or none), never half a file; returns what ``write`` returned. Raises OSError
    (:class:`ProtectedFile` when ``path`` is the database in use, one of its companion files, a database or
    backup, or in a backup folder).

    A target that exists but is not a regular file (a device such as /dev/null, a pipe) is written to directly:
    renaming over it would replace the device with a file.
    """
    refuse_protected(path)
    if path.exists() and not path.is_file():
        with open(path, "wb") as handle:
            return write(handle)
    descriptor, partial_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    partial = Path(partial_name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # the rename itself reaches the disk (POSIX; Windows has no folder handle)
        try:
            folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return result
        try:
            os.fsync(folder)
        except OSError:
            pass
        finally:
            os.close(folder)
    return result


# PDFs handed to the system's viewer ("open the letter sent") must exist as files: they go to a folder of this
# process under the user's runtime folder (on Linux /run/user/<uid>, memory only, the user's alone), mode 0700,
# removed at exit; a folder left by a run that crashed is removed at the next start.
_SCRATCH_NAME = re.compile(r"^letters-(\d+)$")
_scratch: Path | None = None


def runtime_folder() -> Path:
    """The program's folder in the user's runtime folder (``$XDG_RUNTIME_DIR``, else ``/run/user/<uid>``); where
    the system has none, a folder of the user's own in the temporary folder."""
    if os.name != "posix":
        return Path(platformdirs.user_runtime_dir(APP_NAME, APP_AUTHOR))
    given = os.environ.get("XDG_RUNTIME_DIR", "")
    if given and os.path.isabs(given) and os.path.isdir(given):
        return Path(given) / APP_NAME
    per_user = Path(f"/run/user/{os.getuid()}")
    if per_user.is_dir() and os.access(per_user, os.W_OK):
        return per_user / APP_NAME
    return Path(tempfile.gettempdir()) / f"{APP_NAME}-{os.getuid()}"


def _private_folder(path: Path) -> None:
    """Make ``path`` a folder only the user can enter; refuse one that is someone else's or a link (a shared
    temporary folder is where another user could have prepared it)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    status = os.lstat(path)
    if not stat.S_ISDIR(status.st_mode) or (hasattr(os, "getuid") and status.st_uid != os.getuid()):
        raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), str(path))
    path.chmod(0o700)


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False
    return False


def clear_stale_scratch(base: Path | None = None) -> list[Path]:
    """Remove the scratch folders of runs that are over (crashed, killed); returns those removed."""
    base = base or runtime_folder()
    removed = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _SCRATCH_NAME.match(entry.name)
        if match is None or int(match.group(1)) == os.getpid() or not _gone(int(match.group(1))):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def private_scratch_folder() -> Path:
    """This run's folder for files handed to another program (mode 0700, removed at exit). Raises OSError."""
    global _scratch
    if _scratch is not None and _scratch.is_dir():
        return _scratch
    base = runtime_folder()
    _private_folder(base)
    clear_stale_scratch(base)
    folder = base / f"letters-{os.getpid()}"
    _private_folder(folder)
    _scratch = folder
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder
