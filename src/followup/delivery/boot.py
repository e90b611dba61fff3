"""Make the store ready for delivery: the store's own setup, then this app's tables.

The store migrates when its own schema stamp changes; a store created before
delivery existed lacks our tables, so we check our latest migration once per
process and database and apply ours under the store's lock if needed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followup.store.models import User

_ready: set[str] = set()


def latest_migration() -> str:
    folder = Path(__file__).resolve().parent / "migrations"
    return max(p.stem for p in folder.glob("[0-9]*.py"))


def _applied(name: str) -> bool:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM django_migrations WHERE app = 'delivery' AND name = %s", [name]
        )
        return cursor.fetchone() is not None


def setup() -> User:
    from django.core.management import call_command

    from followup.store.boot import migration_lock
    from followup.store.boot import setup as store_setup
    from followup.store.location import database_path, database_url

    user = store_setup()
    path = database_url() or str(database_path())
    if path not in _ready:
        name = latest_migration()
        if not _applied(name):
            with migration_lock():
                if not _applied(name):
                    call_command("migrate", "delivery", verbosity=0, interactive=False)
        _ready.add(path)
    return user
