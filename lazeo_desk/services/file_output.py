"""Writing a file the DPO asked for (a letter's PDF, an export) whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from lazeo_desk.domain.messages import Explained
from lazeo_desk.store.location import protected_reason


class ProtectedFile(Explained, OSError):
    """The path asked for is the database, one of its files, or a backup: it is never written over."""


def refuse_protected(path: Path) -> None:
    """Raise :class:`ProtectedFile` when ``path`` must not be written (before any work is spent on its content)."""
    reason = protected_reason(path)
    if reason is not None:
        raise ProtectedFile(reason)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: first to a private file beside it, then renamed over it, so that a full disk
    or a crash leaves the old file (or none), never half a PDF. Raises OSError (:class:`ProtectedFile` when
    ``path`` is the database in use, one of its companion files, a database or backup, or in a backup folder).

    A target that exists but is not a regular file (a device such as /dev/null, a pipe) is written to directly:
    renaming over it would replace the device with a file.
    """
    refuse_protected(path)
    if path.exists() and not path.is_file():
        with open(path, "wb") as handle:
            handle.write(data)
        return
    descriptor, partial_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    partial = Path(partial_name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
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
            return
        try:
            os.fsync(folder)
        except OSError:
            pass
        finally:
            os.close(folder)
