"""Where the letter templates and fonts are: the project's ``resources/`` folder, in the source tree or frozen app."""

from __future__ import annotations

from pathlib import Path

from lazeo_desk.domain.case import Language
from lazeo_desk.domain.letter_kinds import LetterKind
from lazeo_desk.domain.messages import said
from lazeo_desk.resources import RESOURCES_ENV, ResourceError, resources_root

__all__ = ["RESOURCES_ENV", "ResourceError", "font_path", "resources_root", "template_path"]

def template_path(kind: LetterKind, language: Language) -> Path:
    """The default template of one letter kind in one language: ``resources/letters/<lang>/<kind>.txt``."""
    return resources_root() / "letters" / language.value / f"{kind.value}.txt"


def font_path(file_name: str) -> Path:
    """A font shipped in ``resources/fonts``."""
    path = resources_root() / "fonts" / file_name
    if not path.is_file():
        raise ResourceError(said("font {name} is missing from {folder}", name=file_name, folder=path.parent))
    return path
