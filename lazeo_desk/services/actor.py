"""Who acts: the one name the timeline and the audit trail give the person using the program.

The DPO's name from the organisation profile, once the DPO has set one in the settings; until then the login
name on this workstation. On a server database set up for a team, each person signs in as their own database
role, and that role's name is who acts: the server checks it in every audit entry. The window, the command
line and every service ask here, so that the same person is not "DPO" in one entry and a login name in the next.
"""

from __future__ import annotations

import getpass

from lazeo_desk.domain.organisation import OrganisationProfile
from lazeo_desk.domain.settings_registry import ORGANISATION_PROFILE
from lazeo_desk.store import audit
from lazeo_desk.store import settings as store_settings
from lazeo_desk.store.database import Database

# When even the login name cannot be read (no user database entry, as in some containers).
UNKNOWN_ACTOR = "DPO"


def login_name() -> str:
    """The name of the account running the program."""
    try:
        return getpass.getuser() or UNKNOWN_ACTOR
    except (OSError, KeyError):
        return UNKNOWN_ACTOR


def current_actor(db: Database) -> str:
    """The database role on a team's server; else the DPO's name from the settings' organisation profile, or the
    login name where none is set."""
    with db.transaction() as session:
        role = audit.team_actor(session.connection()) if db.on_server else None
        if role is not None:
            return role
        raw = store_settings.get_setting(session, ORGANISATION_PROFILE)
    if isinstance(raw, dict):
        try:
            name = OrganisationProfile.from_dict(raw).dpo_name.strip()
        except (ValueError, TypeError, KeyError):
            name = ""
        if name:
            return name
    return login_name()
