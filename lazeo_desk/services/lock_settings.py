"""How long the window may stay idle before it locks: a setting read at every start of an encrypted database.

Kept apart from the settings service (which loads the image, backup and purge machinery) so that arming the lock
costs one read.
"""

from __future__ import annotations

from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.database import Database

AUTO_LOCK_MINUTES = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
# The lock must engage on a workstation left alone with health data on screen, so it cannot be switched off; two
# hours covers a long meeting.
AUTO_LOCK_RANGE = (1, 120)


def auto_lock_minutes(db: Database) -> int:
    """Minutes without input after which the window locks (the default when the stored value is not usable)."""
    with db.transaction() as session:
        stored = store_settings.get_setting(session, AUTO_LOCK_MINUTES)
    low, high = AUTO_LOCK_RANGE
    if isinstance(stored, int) and not isinstance(stored, bool) and low <= stored <= high:
        return stored
    return DEFAULT_AUTO_LOCK_MINUTES
