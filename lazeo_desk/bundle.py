"""The application as PyInstaller bundles it (``build.spec``): what it sets right in its environment as it starts."""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

LIBRARY_PATH = "LD_LIBRARY_PATH"
# Where PyInstaller's bootloader keeps the value it replaced (absent when there was none).
ORIGINAL_LIBRARY_PATH = "LD_LIBRARY_PATH_ORIG"


def system_library_path(environ: MutableMapping[str, str]) -> None:
    """Give the system programs the application starts (Tesseract, lp) their own libraries again.

    The bootloader points ``LD_LIBRARY_PATH`` at the bundle's copies of the libraries, and every program started
    from the application inherits it: Tesseract would load the bundle's libpng or libz in place of the ones it was
    built against. The application itself is not affected: the dynamic loader read the variable when it started.
    """
    original = environ.pop(ORIGINAL_LIBRARY_PATH, None)
    if original is None:
        environ.pop(LIBRARY_PATH, None)
    else:
        environ[LIBRARY_PATH] = original


def prepare_environment() -> None:
    """What the bundled application sets right before anything else runs (nothing when run from the sources)."""
    if getattr(sys, "frozen", False):
        system_library_path(os.environ)
