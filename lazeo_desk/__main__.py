"""Allows ``python -m lazeo_desk``; also the bundled application's entry point (``build.spec``)."""

from lazeo_desk.bundle import prepare_environment
from lazeo_desk.cli import main

prepare_environment()
raise SystemExit(main())
