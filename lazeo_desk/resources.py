"""Where the shipped files are (fonts, letter templates, help, translations, icons): the ``resources/`` folder.

In the source tree it is the project root's; in the frozen application PyInstaller unpacks it under
``sys._MEIPASS``; ``$LAZEO_DESK_RESOURCES`` overrides both. Kept apart from the letters so that finding a help page
or a translation does not load the PDF machinery.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from lazeo_desk.domain.messages import Explained, said

RESOURCES_ENV = "LAZEO_DESK_RESOURCES"


class ResourceError(Explained, FileNotFoundError):
    """A shipped file is missing; the message says where it was looked for."""


def _candidates() -> list[Path]:
    candidates: list[Path] = []
    override = os.environ.get(RESOURCES_ENV)
    if override:
        candidates.append(Path(override))
    # PyInstaller unpacks data files under sys._MEIPASS; build.spec puts resources/ at its root.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(Path(__file__).resolve().parents[1] / "resources")
    return candidates


def resources_root() -> Path:
    """The ``resources/`` folder: $LAZEO_DESK_RESOURCES, the frozen app's, or the project root's."""
    candidates = _candidates()
    for candidate in candidates:
        if (candidate / "letters").is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise ResourceError(said("the application's resources were not found (looked in: {folders})", folders=looked))
