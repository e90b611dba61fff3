"""Where the store lives: `$FOLLOWUP_HOME`, else the platform's user data directory.

Django-free, so the fast agenda path can find the database without booting it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

DATABASE_NAME = "followup.sqlite3"
LOCK_NAME = "followup.lock"
# The single local user; a server mode will have many (every row has a user).
LOCAL_USERNAME = "local"
# SQLite waits this long for another command's write to finish before giving up.
BUSY_TIMEOUT_SECONDS = 30


def home() -> Path:
    """The folder holding the database: FOLLOWUP_HOME, else e.g. ~/.local/share/followup."""
    override = os.environ.get("FOLLOWUP_HOME")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("followup", appauthor=False)


def database_path() -> Path:
    return home() / DATABASE_NAME


def lock_path() -> Path:
    return home() / LOCK_NAME


def rules_stamp() -> str:
    """A fingerprint of the rules core's source.

    Stored plans were computed by one version of the rules; when the rules
    change (an upgrade), every stored plan is recomputed before it is shown.
    """
    folder = Path(__file__).resolve().parent.parent / "etiquette"
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
