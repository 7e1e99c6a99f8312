"""Hearing the changes colleagues commit to the cases, on a team's PostgreSQL server (see store/changes.py)."""

from __future__ import annotations

from lazeo_desk.services.workplace import Workplace
from lazeo_desk.store.changes import CaseChanges, ChangesLost, listen

__all__ = ["CaseChanges", "ChangesLost", "listen_for_changes"]


def listen_for_changes(place: Workplace) -> CaseChanges | None:
    """A listener for the cases others change at ``place``; None where the database cannot tell (an SQLite file).

    Raises :class:`ChangesLost` when the server refuses the listening connection."""
    return listen(place.db)
