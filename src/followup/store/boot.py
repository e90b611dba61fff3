"""Start the store: configure Django, migrate on first use, keep plans current.

`setup()` is what every command that reads or writes through the models
calls first. It costs a Django boot (~250 ms), which is why `followup agenda`
reads the actions table directly and calls this only when the store is new
or its plans are stale.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.store.location import (
    LOCAL_USERNAME,
    database_path,
    database_url,
    lock_path,
    rules_stamp,
    schema_stamp,
)

if TYPE_CHECKING:
    from followup.store.models import User


def setup() -> User:
    """Make the store ready and return the local user.

    1. Configure Django once per process, pointed at the current database
       (FOLLOWUP_HOME may change between calls inside one test process).
    2. If the schema stamp differs from the migrations shipped, apply them
       under a file lock, so two first commands do not both migrate.
    3. Make sure the local user exists.
    4. If the rules changed since the stored plans were computed, recompute them.
    """
    from followup.store.disk import private_database, unusable

    path = database_path()
    url = database_url()
    if url is None or not os.environ.get("FOLLOWUP_SECRET_KEY"):
        # Before Django: its settings make the secret key in this folder.
        _folder(path.parent)
    _configure()
    if url is not None:
        read_only = _point_at_server(url)
    else:
        if not unusable(path.parent):
            private_database(path)
            _in_wal_mode(path)
        read_only = _point_at(path)
    expected = schema_stamp()
    if _reached(url) != expected:
        with migration_lock():
            if _stored_schema_stamp() != expected:
                _migrate(expected)
    user = _local_user()
    # On a full or read-only disk the plans cannot be stored again: the stored
    # ones are shown (a command that writes says the disk is full).
    if user.rules_stamp != rules_stamp() and not read_only:
        from followup.store.services import refresh_plans

        refresh_plans(user)
        user.refresh_from_db()
    return user


def _in_wal_mode(path: Path) -> None:
    """Put a new, empty database file in WAL mode under the migration lock, before Django connects.

    Every connection runs `PRAGMA journal_mode=WAL`. On a fresh file two
    processes doing so at once both read, then both want to write the header,
    and SQLite answers the second "database is locked" at once, whatever the
    busy timeout (its rule against two readers that both want to write).

    Only the file's size is looked at, never its bytes: opening and closing
    the database file outside SQLite drops every POSIX lock this process holds
    on it (a long-running `followup serve` calls this on each request), and a
    command that then believes it is alone deletes the WAL under the server.
    A store with data was put in WAL mode by its first command.
    """
    import sqlite3

    from followup.store.location import BUSY_TIMEOUT_SECONDS

    try:
        if path.stat().st_size:
            return
    except OSError:
        return  # Django's connection says what is wrong with the file
    with exclusive(lock_path()):
        try:
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except sqlite3.Error:
            return
        try:
            db.execute("PRAGMA journal_mode=WAL").fetchone()
        except sqlite3.DatabaseError:
            pass  # the connection below reports it in one sentence
        finally:
            db.close()


def _folder(folder: Path) -> None:
    """The store's folder made, or a sentence naming FOLLOWUP_HOME when it cannot be."""
    from followup.errors import InputError
    from followup.store.disk import private_folder, storage_failure

    try:
        private_folder(folder)
    except OSError as exc:
        if storage_failure(exc, folder) is not None or not os.environ.get("FOLLOWUP_HOME"):
            raise
        raise InputError(
            "FOLLOWUP_HOME",
            f"cannot hold the store: {exc.strerror or exc} ({shown(str(folder))})",
        ) from exc


def shown(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters)"


def _reached(url: str | None) -> int:
    """The stored schema stamp, or, on a server that does not answer, a sentence
    naming DATABASE_URL (exit 69: the service is unavailable, not a bug)."""
    if url is None:
        return _stored_schema_stamp()
    from django.db import OperationalError

    from followup.errors import ServerUnavailable

    try:
        return _stored_schema_stamp()
    except OperationalError as exc:
        from followup.store.server import unreachable

        found = unreachable(exc, url)
        if found is not None:
            raise found from exc
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ServerUnavailable(
            f"DATABASE_URL: the PostgreSQL server does not answer ({shown(first, 160)}); "
            "check the URL and that the server is running"
        ) from exc


def _configure() -> None:
    import django
    from django.apps import apps

    if not apps.ready:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.store.settings")
        machine = os.environ.get("TZ")
        django.setup()
        _keep_machine_zone(machine)


def _keep_machine_zone(machine: str | None) -> None:
    """Put back the process's TZ, which Django sets to TIME_ZONE ("UTC") when it reads
    its settings.

    The machine's zone is the `timezone` setting's default (config.machine_timezone
    reads TZ, then /etc/localtime): after Django had started, every command that
    needs the store offered and used "UTC" as your machine's zone (issue 16).
    Django itself reads TIME_ZONE, never the process's TZ, since USE_TZ is on.
    """
    import time

    if machine is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = machine
    time.tzset()


_OPTIONS: dict[str, Any] | None = None


def _point_at(path: Path) -> bool:
    """Point Django at `path`: read-only and immutable when its disk takes no writes.

    On a full or read-only disk SQLite cannot create the WAL's files, so even a
    read would fail; opened read-only, `list` and `export` still work and a
    write fails with an error the command line turns into one sentence.
    Returns whether the store is opened read-only.
    """
    from django.conf import settings
    from django.db import connections

    from followup.store.disk import read_only_uri, unusable

    connection = connections["default"]
    global _OPTIONS
    if _OPTIONS is None:
        # Kept aside once: the connection's settings are the same dict as
        # settings.DATABASES, which the read-only mode below changes.
        _OPTIONS = dict(settings.DATABASES["default"]["OPTIONS"])  # type: ignore[arg-type]
    options: dict[str, Any] = dict(_OPTIONS)
    name = str(path)
    if path.exists() and unusable(path.parent):
        name = read_only_uri(path)
        options.pop("init_command", None)  # PRAGMA journal_mode=WAL would write
        options.pop("transaction_mode", None)  # BEGIN IMMEDIATE takes a write lock
    if connection.settings_dict["NAME"] != name or connection.settings_dict["OPTIONS"] != options:
        connection.close()
        connection.settings_dict["NAME"] = name
        connection.settings_dict["OPTIONS"] = options
    return name != str(path)


def _point_at_server(url: str) -> bool:
    """Point Django at the PostgreSQL database of `url` (DATABASE_URL may change
    between calls inside one test process, as FOLLOWUP_HOME does)."""
    from django.db import connections

    from followup.store.server import database_settings

    connection = connections["default"]
    wanted = database_settings(url)
    keys = ("NAME", "USER", "PASSWORD", "HOST", "PORT")
    if any(connection.settings_dict.get(k) != wanted.get(k) for k in keys):
        connection.close()
        for key in keys:
            connection.settings_dict[key] = wanted.get(key)
    return False


def _stored_schema_stamp() -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            from followup.store.server import stamp

            return stamp(cursor)
        cursor.execute("PRAGMA user_version")
        row = cursor.fetchone()
    return int(row[0]) if row else 0


def _migrate(stamp: int) -> None:
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0, interactive=False)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            from followup.store.server import set_stamp

            set_stamp(cursor, stamp)
        else:
            cursor.execute(f"PRAGMA user_version = {int(stamp)}")


@contextlib.contextmanager
def migration_lock() -> Iterator[None]:
    """Held while migrating: a file lock beside SQLite's file; on PostgreSQL an
    advisory lock, since the processes may be on several machines."""
    from django.db import connection

    if connection.vendor != "postgresql":
        with exclusive(lock_path()):
            yield
        return
    from followup.store.server import MIGRATION_LOCK

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [MIGRATION_LOCK])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [MIGRATION_LOCK])


def _local_user() -> User:
    from django.db import transaction

    from followup.store.models import User

    user = User.objects.filter(username=LOCAL_USERNAME).first()
    if user is None:
        with transaction.atomic():
            user, _ = User.objects.get_or_create(username=LOCAL_USERNAME)
    return user


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created if missing) for the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        if sys.platform == "win32":  # pragma: no cover - the lock of Windows
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
