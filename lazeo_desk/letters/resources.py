"""Where the letter templates and fonts are: the project's ``resources/`` folder, in the source tree or frozen app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.letter_kinds import LetterKind

RESOURCES_ENV = "LAZEO_DESK_RESOURCES"


class ResourceError(FileNotFoundError):
    """A resource file the letters need is missing; the message says where it was looked for."""


def _candidates() -> list[Path]:
    candidates: list[Path] = []
    override = os.environ.get(RESOURCES_ENV)
    if override:
        candidates.append(Path(override))
    # PyInstaller unpacks data files under sys._MEIPASS; build.spec puts resources/ at its root.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    return candidates


def resources_root() -> Path:
    """The ``resources/`` folder: $LAZEO_DESK_RESOURCES, the frozen app's, or the project root's."""
    candidates = _candidates()
    for candidate in candidates:
        if (candidate / "letters").is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise ResourceError(f"the letter resources were not found (looked in: {looked})")


def template_path(kind: LetterKind, language: Language) -> Path:
    """The default template of one letter kind in one language: ``resources/letters/<lang>/<kind>.txt``."""
    return resources_root() / "letters" / language.value / f"{kind.value}.txt"


def font_path(file_name: str) -> Path:
    """A font shipped in ``resources/fonts``."""
    path = resources_root() / "fonts" / file_name
    if not path.is_file():
        raise ResourceError(f"font {file_name} is missing from {path.parent}")
    return path
