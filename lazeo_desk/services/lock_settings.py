"""How long the window may stay idle before it locks: read at every start of an encrypted database.

Kept apart from the settings service (which loads the image, backup and purge machinery) so that arming the lock
costs one read; what the setting is lives in the registry.
"""

from __future__ import annotations

from lazeo_desk.domain.settings_registry import AUTO_LOCK_MINUTES
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.database import Database


def auto_lock_minutes(db: Database) -> int:
    """Minutes without input after which the window locks (the default when the stored value is not usable)."""
    with db.transaction() as session:
        return store_settings.read_or_default(session, AUTO_LOCK_MINUTES)
