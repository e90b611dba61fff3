"""A full disk or a read-only store: told in one sentence, and read-only work still done.

SQLite in WAL mode creates two files beside the database (`-wal`, `-shm`) when
the first connection opens it; on a full or read-only disk that fails with
"disk I/O error", even for a command that only reads. So a command that
cannot open the store normally opens it read-only and immutable
(`read_only_uri`): `list`, `agenda`, `show` and `export` to another disk still
work, and a write is refused with `StorageError` instead of a traceback.

Django-free: the agenda's fast path and the command line's last net use it.
"""

from __future__ import annotations

import errno
import os
import sqlite3

from followup.errors import FollowupError

# Not typing's: the agenda reads through this module and imports neither
# `typing` nor `pathlib` (followup/tuples.py); paths are str or Path alike.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

# Below this many free bytes SQLite cannot grow its journal: the disk is full.
NEARLY_FULL = 256 * 1024


class StorageError(FollowupError):
    """The disk holding the store is full or read-only: nothing was changed."""

    exit_code = 74  # EX_IOERR in sysexits.h: an input/output error, not bad input


def is_full(folder: str | os.PathLike[str]) -> bool:
    try:
        # What shutil.disk_usage reports as free, without importing shutil
        # (and its compression modules) on the agenda's every run.
        found = os.statvfs(_existing(folder))
        return found.f_bavail * found.f_frsize < NEARLY_FULL
    except OSError:
        return False


def is_read_only(folder: str | os.PathLike[str]) -> bool:
    place = _existing(folder)
    try:
        if os.statvfs(place).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):
        pass
    return not os.access(place, os.W_OK)


def _existing(folder: str | os.PathLike[str]) -> str:
    place = os.path.abspath(folder)
    while not os.path.exists(place) and place != os.path.dirname(place):
        place = os.path.dirname(place)
    return place


def full_message(folder: Path) -> str:
    return (
        f"no space left on the disk holding {folder}; nothing was changed "
        "(free some space and run the command again)"
    )


def read_only_message(folder: Path) -> str:
    return f"the store in {folder} is read-only; nothing was changed"


_DISK_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG}
_SQLITE_WORDS = (
    "disk i/o error",
    "database or disk is full",
    "readonly database",
    "read-only",
    "unable to open database file",
)


def storage_failure(exc: BaseException, folder: Path) -> StorageError | None:
    """`exc` as a StorageError when a full or read-only disk caused it, else None."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, StorageError):
            return current
        if isinstance(current, OSError) and current.errno in _DISK_ERRNOS:
            if current.errno == errno.EROFS:
                return StorageError(read_only_message(folder))
            return StorageError(full_message(folder))
        if isinstance(current, sqlite3.Error) or type(current).__name__ == "OperationalError":
            words = str(current).lower()
            if any(w in words for w in _SQLITE_WORDS):
                if "full" in words or is_full(folder):
                    return StorageError(full_message(folder))
                if is_read_only(folder):
                    return StorageError(read_only_message(folder))
        current = current.__cause__ or current.__context__
    return None


def unusable(folder: str | os.PathLike[str]) -> bool:
    """The store's disk cannot take a write: full or read-only."""
    return is_full(folder) or is_read_only(folder)


def read_only_uri(path: str | os.PathLike[str]) -> str:
    """A URI that opens `path` without writing anything beside it.

    `immutable=1`: SQLite neither creates the WAL's index nor takes locks,
    which is sound only because no one can write on this disk either.
    """
    from urllib.parse import quote  # only on a full or read-only disk

    return f"file:{quote(os.fspath(path))}?mode=ro&immutable=1"


def connect_for_reading(path: str | os.PathLike[str], timeout: float) -> sqlite3.Connection:
    """A plain sqlite3 connection for a read; read-only when the disk takes no writes."""
    if unusable(os.path.dirname(os.path.abspath(path))):
        return sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)
    return sqlite3.connect(path, timeout=timeout)


def private_folder(folder: Path) -> None:
    """Make the store's folder (mode 0700: other local users neither list nor read it)."""
    if not folder.exists():
        try:
            folder.mkdir(parents=True, mode=0o700)
        except FileExistsError:
            if not folder.is_dir():
                raise
            return  # another first command made it a moment ago
        os.chmod(folder, 0o700)  # mkdir's mode is cut by the umask


def private_database(path: Path) -> None:
    """Create the database file 0600 before SQLite does (its -wal and -shm take its mode).

    A store made by an older version, readable by all, is narrowed to its owner.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        return
    if mode & 0o077:
        for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            try:
                os.chmod(name, 0o600)
            except FileNotFoundError:
                pass
            except OSError:
                return  # a read-only disk: nothing to narrow, nothing to write either


def write_private(path: Path, data: bytes) -> None:
    """Write an export whole (a temporary file, then a rename) and readable by its owner only."""
    import tempfile
    from pathlib import Path

    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
