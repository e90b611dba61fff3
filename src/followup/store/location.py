"""Where the store lives: `$FOLLOWUP_HOME`, else the platform's user data directory.

Django-free, so the fast agenda path can find the database without booting it.
"""

from __future__ import annotations

import os
from functools import lru_cache  # the agenda has it already (sqlite3 imports it)

# Not typing's: `followup agenda` imports neither `typing` nor `pathlib`
# (followup/tuples.py); it asks for `database_file()`, a str.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

DATABASE_NAME = "followup.sqlite3"
LOCK_NAME = "followup.lock"
# The single local user; a server mode will have many (every row has a user).
LOCAL_USERNAME = "local"
# SQLite waits this long for another command's write to finish before giving up.
BUSY_TIMEOUT_SECONDS = 30


def home() -> Path:
    """The folder holding the database: FOLLOWUP_HOME, else e.g. ~/.local/share/followup."""
    from pathlib import Path

    return Path(home_folder())


def home_folder() -> str:
    """`home()` as a str, without importing pathlib unless platformdirs must answer."""
    override = os.environ.get("FOLLOWUP_HOME")
    if override:
        return os.path.expanduser(override)
    from platformdirs import user_data_dir

    return user_data_dir("followup", appauthor=False)


def database_path() -> Path:
    return home() / DATABASE_NAME


def database_file() -> str:
    """`database_path()` as a str: the agenda's fast path opens it without pathlib."""
    return os.path.join(home_folder(), DATABASE_NAME)


def database_url() -> str | None:
    """`DATABASE_URL` (postgres://user:password@host:port/name) when the store is on a
    PostgreSQL server (docs/server.md); None for the embedded SQLite file."""
    url = os.environ.get("DATABASE_URL", "").strip()
    return url or None


def store_exists() -> bool:
    """Whether a store may already hold data: a server's database always may."""
    return database_url() is not None or database_path().exists()


def lock_path() -> Path:
    return home() / LOCK_NAME


@lru_cache(maxsize=1)
def _here() -> str:
    """This package's folder, symbolic links resolved: found once (a system call
    per folder of the path), as both stamps ask for it on every agenda."""
    return os.path.dirname(os.path.realpath(__file__))


def rules_stamp() -> str:
    """A fingerprint of the rules core's source.

    Stored plans were computed by one version of the rules; when the rules
    change (an upgrade), every stored plan is recomputed before it is shown.
    """
    return sources_stamp(os.path.join(os.path.dirname(_here()), "etiquette"))


def sources_stamp(folder: str) -> str:
    """The crc32 of the names and contents of the .py files in `folder`, in name order."""
    names = sorted(name for name in os.listdir(folder) if name.endswith(".py"))
    # Every `followup agenda` asks; reading and summing the sources (half a
    # megabyte) is kept in __pycache__ beside their bytecode, under their sizes
    # and modification times, the signature Python itself trusts to reuse that
    # bytecode. No cache, an unreadable or a stale one: summed again.
    signature = ";".join(
        f"{name}:{found.st_size}:{found.st_mtime_ns}"
        for name in names
        for found in (os.stat(os.path.join(folder, name)),)
    )
    cache = os.path.join(folder, "__pycache__", "rules-stamp")
    try:
        with open(cache, encoding="utf-8") as kept:
            known, stamp = kept.read().split("\n")
        if known == signature:
            return stamp
    except (OSError, ValueError):
        pass
    stamp = _summed(folder, names)
    try:  # a temporary file renamed over the cache: a reader sees all of it or none
        temporary = f"{cache}.{os.getpid()}"
        with open(temporary, "w", encoding="utf-8") as written:
            written.write(f"{signature}\n{stamp}")
        os.replace(temporary, cache)
    except OSError:  # a read-only install: summed on every run, as before
        pass
    return stamp


def _summed(folder: str, names: list[str]) -> str:
    import zlib  # only when the sources changed or were never summed

    # crc32, not a cryptographic hash: it only has to notice a change, and
    # zlib loads faster than OpenSSL.
    crc = 0
    for name in names:
        crc = zlib.crc32(name.encode(), crc)
        with open(os.path.join(folder, name), "rb") as source:
            crc = zlib.crc32(source.read(), crc)
    return f"{crc:08x}"


def schema_stamp() -> int:
    """A number that changes with the store's migrations, kept in SQLite's `user_version`.

    A command learns from one pragma that there is nothing to migrate, without
    loading Django's migration graph. Django's own apps (auth, contenttypes)
    add migrations only in feature releases, and pyproject.toml pins Django
    to the 5.2 series, so our migrations alone decide.
    """
    folder = os.path.join(_here(), "migrations")
    names = sorted(
        name for name in os.listdir(folder) if name[:1].isdigit() and name.endswith(".py")
    )
    import zlib

    return zlib.crc32(";".join(names).encode()) & 0x7FFFFFFF
