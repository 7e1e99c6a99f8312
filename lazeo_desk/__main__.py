"""Allows ``python -m lazeo_desk``."""

from lazeo_desk.cli import main

raise SystemExit(main())
